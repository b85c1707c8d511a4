define ptx_kernel void @$K(i16* %q, i16* %k, i16* %v, float* %part, float* %ml, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hr, i32 %T, i32 %S) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = and i32 %0, 31
	%2 = lshr i32 %0, 5
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%4 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%5 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%6 = mul i32 %4, %hr
	%7 = mul i32 %hr, %M
	%8 = sdiv i32 %6, %group
	%9 = mul i32 %8, %N
	%10 = mul i32 %9, 128
	%11 = mul i32 %8, %N
	%12 = mul i32 %11, 128
	%13 = udiv i32 %6, %lh
	%14 = mul i32 %13, %NQ
	%15 = mul i32 %14, 2
	%16 = mul i32 %15, %NK
	%17 = mul i32 %6, %ch
	%18 = mul i32 %17, %NQ
	%19 = mul i32 %18, %NK
	%20 = sub i32 %N, %M
	%21 = mul i32 %5, 8
	%22 = add i32 %21, 0
	%23 = icmp slt i32 %22, %7
	%24 = sub i32 %7, 1
	%25 = select i1 %23, i32 %22, i32 %24
	%26 = sdiv i32 %25, %M
	%27 = add i32 %6, %26
	%28 = srem i32 %25, %M
	%29 = mul i32 %27, %M
	%30 = add i32 %29, %28
	%31 = add i32 %28, %20
	%32 = sitofp i32 %31 to float
	%33 = sitofp i32 %27 to float
	%34 = mul i32 %30, 128
	%35 = mul i32 %1, 4
	%36 = add i32 %34, %35
	%37 = sext i32 %36 to i64
	%38 = getelementptr i16, i16* %q, i64 %37
	%39 = getelementptr i16, i16* %38, i64 0
	%40 = bitcast i16* %39 to <2 x i32>*
	%41 = load <2 x i32>, <2 x i32>* %40, align 8
	%42 = extractelement <2 x i32> %41, i32 0
	%43 = extractelement <2 x i32> %41, i32 1
	%44 = shl i32 %42, 16
	%45 = bitcast i32 %44 to float
	%46 = and i32 %42, -65536
	%47 = bitcast i32 %46 to float
	%48 = shl i32 %43, 16
	%49 = bitcast i32 %48 to float
	%50 = and i32 %43, -65536
	%51 = bitcast i32 %50 to float
	%52 = mul i32 %5, 8
	%53 = add i32 %52, 1
	%54 = icmp slt i32 %53, %7
	%55 = sub i32 %7, 1
	%56 = select i1 %54, i32 %53, i32 %55
	%57 = sdiv i32 %56, %M
	%58 = add i32 %6, %57
	%59 = srem i32 %56, %M
	%60 = mul i32 %58, %M
	%61 = add i32 %60, %59
	%62 = add i32 %59, %20
	%63 = sitofp i32 %62 to float
	%64 = sitofp i32 %58 to float
	%65 = mul i32 %61, 128
	%66 = mul i32 %1, 4
	%67 = add i32 %65, %66
	%68 = sext i32 %67 to i64
	%69 = getelementptr i16, i16* %q, i64 %68
	%70 = getelementptr i16, i16* %69, i64 0
	%71 = bitcast i16* %70 to <2 x i32>*
	%72 = load <2 x i32>, <2 x i32>* %71, align 8
	%73 = extractelement <2 x i32> %72, i32 0
	%74 = extractelement <2 x i32> %72, i32 1
	%75 = shl i32 %73, 16
	%76 = bitcast i32 %75 to float
	%77 = and i32 %73, -65536
	%78 = bitcast i32 %77 to float
	%79 = shl i32 %74, 16
	%80 = bitcast i32 %79 to float
	%81 = and i32 %74, -65536
	%82 = bitcast i32 %81 to float
	%83 = mul i32 %5, 8
	%84 = add i32 %83, 2
	%85 = icmp slt i32 %84, %7
	%86 = sub i32 %7, 1
	%87 = select i1 %85, i32 %84, i32 %86
	%88 = sdiv i32 %87, %M
	%89 = add i32 %6, %88
	%90 = srem i32 %87, %M
	%91 = mul i32 %89, %M
	%92 = add i32 %91, %90
	%93 = add i32 %90, %20
	%94 = sitofp i32 %93 to float
	%95 = sitofp i32 %89 to float
	%96 = mul i32 %92, 128
	%97 = mul i32 %1, 4
	%98 = add i32 %96, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i16, i16* %q, i64 %99
	%101 = getelementptr i16, i16* %100, i64 0
	%102 = bitcast i16* %101 to <2 x i32>*
	%103 = load <2 x i32>, <2 x i32>* %102, align 8
	%104 = extractelement <2 x i32> %103, i32 0
	%105 = extractelement <2 x i32> %103, i32 1
	%106 = shl i32 %104, 16
	%107 = bitcast i32 %106 to float
	%108 = and i32 %104, -65536
	%109 = bitcast i32 %108 to float
	%110 = shl i32 %105, 16
	%111 = bitcast i32 %110 to float
	%112 = and i32 %105, -65536
	%113 = bitcast i32 %112 to float
	%114 = mul i32 %5, 8
	%115 = add i32 %114, 3
	%116 = icmp slt i32 %115, %7
	%117 = sub i32 %7, 1
	%118 = select i1 %116, i32 %115, i32 %117
	%119 = sdiv i32 %118, %M
	%120 = add i32 %6, %119
	%121 = srem i32 %118, %M
	%122 = mul i32 %120, %M
	%123 = add i32 %122, %121
	%124 = add i32 %121, %20
	%125 = sitofp i32 %124 to float
	%126 = sitofp i32 %120 to float
	%127 = mul i32 %123, 128
	%128 = mul i32 %1, 4
	%129 = add i32 %127, %128
	%130 = sext i32 %129 to i64
	%131 = getelementptr i16, i16* %q, i64 %130
	%132 = getelementptr i16, i16* %131, i64 0
	%133 = bitcast i16* %132 to <2 x i32>*
	%134 = load <2 x i32>, <2 x i32>* %133, align 8
	%135 = extractelement <2 x i32> %134, i32 0
	%136 = extractelement <2 x i32> %134, i32 1
	%137 = shl i32 %135, 16
	%138 = bitcast i32 %137 to float
	%139 = and i32 %135, -65536
	%140 = bitcast i32 %139 to float
	%141 = shl i32 %136, 16
	%142 = bitcast i32 %141 to float
	%143 = and i32 %136, -65536
	%144 = bitcast i32 %143 to float
	%145 = mul i32 %5, 8
	%146 = add i32 %145, 4
	%147 = icmp slt i32 %146, %7
	%148 = sub i32 %7, 1
	%149 = select i1 %147, i32 %146, i32 %148
	%150 = sdiv i32 %149, %M
	%151 = add i32 %6, %150
	%152 = srem i32 %149, %M
	%153 = mul i32 %151, %M
	%154 = add i32 %153, %152
	%155 = add i32 %152, %20
	%156 = sitofp i32 %155 to float
	%157 = sitofp i32 %151 to float
	%158 = mul i32 %154, 128
	%159 = mul i32 %1, 4
	%160 = add i32 %158, %159
	%161 = sext i32 %160 to i64
	%162 = getelementptr i16, i16* %q, i64 %161
	%163 = getelementptr i16, i16* %162, i64 0
	%164 = bitcast i16* %163 to <2 x i32>*
	%165 = load <2 x i32>, <2 x i32>* %164, align 8
	%166 = extractelement <2 x i32> %165, i32 0
	%167 = extractelement <2 x i32> %165, i32 1
	%168 = shl i32 %166, 16
	%169 = bitcast i32 %168 to float
	%170 = and i32 %166, -65536
	%171 = bitcast i32 %170 to float
	%172 = shl i32 %167, 16
	%173 = bitcast i32 %172 to float
	%174 = and i32 %167, -65536
	%175 = bitcast i32 %174 to float
	%176 = mul i32 %5, 8
	%177 = add i32 %176, 5
	%178 = icmp slt i32 %177, %7
	%179 = sub i32 %7, 1
	%180 = select i1 %178, i32 %177, i32 %179
	%181 = sdiv i32 %180, %M
	%182 = add i32 %6, %181
	%183 = srem i32 %180, %M
	%184 = mul i32 %182, %M
	%185 = add i32 %184, %183
	%186 = add i32 %183, %20
	%187 = sitofp i32 %186 to float
	%188 = sitofp i32 %182 to float
	%189 = mul i32 %185, 128
	%190 = mul i32 %1, 4
	%191 = add i32 %189, %190
	%192 = sext i32 %191 to i64
	%193 = getelementptr i16, i16* %q, i64 %192
	%194 = getelementptr i16, i16* %193, i64 0
	%195 = bitcast i16* %194 to <2 x i32>*
	%196 = load <2 x i32>, <2 x i32>* %195, align 8
	%197 = extractelement <2 x i32> %196, i32 0
	%198 = extractelement <2 x i32> %196, i32 1
	%199 = shl i32 %197, 16
	%200 = bitcast i32 %199 to float
	%201 = and i32 %197, -65536
	%202 = bitcast i32 %201 to float
	%203 = shl i32 %198, 16
	%204 = bitcast i32 %203 to float
	%205 = and i32 %198, -65536
	%206 = bitcast i32 %205 to float
	%207 = mul i32 %5, 8
	%208 = add i32 %207, 6
	%209 = icmp slt i32 %208, %7
	%210 = sub i32 %7, 1
	%211 = select i1 %209, i32 %208, i32 %210
	%212 = sdiv i32 %211, %M
	%213 = add i32 %6, %212
	%214 = srem i32 %211, %M
	%215 = mul i32 %213, %M
	%216 = add i32 %215, %214
	%217 = add i32 %214, %20
	%218 = sitofp i32 %217 to float
	%219 = sitofp i32 %213 to float
	%220 = mul i32 %216, 128
	%221 = mul i32 %1, 4
	%222 = add i32 %220, %221
	%223 = sext i32 %222 to i64
	%224 = getelementptr i16, i16* %q, i64 %223
	%225 = getelementptr i16, i16* %224, i64 0
	%226 = bitcast i16* %225 to <2 x i32>*
	%227 = load <2 x i32>, <2 x i32>* %226, align 8
	%228 = extractelement <2 x i32> %227, i32 0
	%229 = extractelement <2 x i32> %227, i32 1
	%230 = shl i32 %228, 16
	%231 = bitcast i32 %230 to float
	%232 = and i32 %228, -65536
	%233 = bitcast i32 %232 to float
	%234 = shl i32 %229, 16
	%235 = bitcast i32 %234 to float
	%236 = and i32 %229, -65536
	%237 = bitcast i32 %236 to float
	%238 = mul i32 %5, 8
	%239 = add i32 %238, 7
	%240 = icmp slt i32 %239, %7
	%241 = sub i32 %7, 1
	%242 = select i1 %240, i32 %239, i32 %241
	%243 = sdiv i32 %242, %M
	%244 = add i32 %6, %243
	%245 = srem i32 %242, %M
	%246 = mul i32 %244, %M
	%247 = add i32 %246, %245
	%248 = add i32 %245, %20
	%249 = sitofp i32 %248 to float
	%250 = sitofp i32 %244 to float
	%251 = mul i32 %247, 128
	%252 = mul i32 %1, 4
	%253 = add i32 %251, %252
	%254 = sext i32 %253 to i64
	%255 = getelementptr i16, i16* %q, i64 %254
	%256 = getelementptr i16, i16* %255, i64 0
	%257 = bitcast i16* %256 to <2 x i32>*
	%258 = load <2 x i32>, <2 x i32>* %257, align 8
	%259 = extractelement <2 x i32> %258, i32 0
	%260 = extractelement <2 x i32> %258, i32 1
	%261 = shl i32 %259, 16
	%262 = bitcast i32 %261 to float
	%263 = and i32 %259, -65536
	%264 = bitcast i32 %263 to float
	%265 = shl i32 %260, 16
	%266 = bitcast i32 %265 to float
	%267 = and i32 %260, -65536
	%268 = bitcast i32 %267 to float
	%269 = mul i32 %T, 8
	br label %270

270:
	%271 = phi i32 [ %2, %entry ], [ %337, %824 ]
	%272 = phi float [ 0xFFF0000000000000, %entry ], [ %825, %824 ]
	%273 = phi float [ 0xFFF0000000000000, %entry ], [ %826, %824 ]
	%274 = phi float [ 0xFFF0000000000000, %entry ], [ %827, %824 ]
	%275 = phi float [ 0xFFF0000000000000, %entry ], [ %828, %824 ]
	%276 = phi float [ 0xFFF0000000000000, %entry ], [ %829, %824 ]
	%277 = phi float [ 0xFFF0000000000000, %entry ], [ %830, %824 ]
	%278 = phi float [ 0xFFF0000000000000, %entry ], [ %831, %824 ]
	%279 = phi float [ 0xFFF0000000000000, %entry ], [ %832, %824 ]
	%280 = phi float [ 0.0, %entry ], [ %833, %824 ]
	%281 = phi float [ 0.0, %entry ], [ %834, %824 ]
	%282 = phi float [ 0.0, %entry ], [ %835, %824 ]
	%283 = phi float [ 0.0, %entry ], [ %836, %824 ]
	%284 = phi float [ 0.0, %entry ], [ %837, %824 ]
	%285 = phi float [ 0.0, %entry ], [ %838, %824 ]
	%286 = phi float [ 0.0, %entry ], [ %839, %824 ]
	%287 = phi float [ 0.0, %entry ], [ %840, %824 ]
	%288 = phi float [ 0.0, %entry ], [ %841, %824 ]
	%289 = phi float [ 0.0, %entry ], [ %842, %824 ]
	%290 = phi float [ 0.0, %entry ], [ %843, %824 ]
	%291 = phi float [ 0.0, %entry ], [ %844, %824 ]
	%292 = phi float [ 0.0, %entry ], [ %845, %824 ]
	%293 = phi float [ 0.0, %entry ], [ %846, %824 ]
	%294 = phi float [ 0.0, %entry ], [ %847, %824 ]
	%295 = phi float [ 0.0, %entry ], [ %848, %824 ]
	%296 = phi float [ 0.0, %entry ], [ %849, %824 ]
	%297 = phi float [ 0.0, %entry ], [ %850, %824 ]
	%298 = phi float [ 0.0, %entry ], [ %851, %824 ]
	%299 = phi float [ 0.0, %entry ], [ %852, %824 ]
	%300 = phi float [ 0.0, %entry ], [ %853, %824 ]
	%301 = phi float [ 0.0, %entry ], [ %854, %824 ]
	%302 = phi float [ 0.0, %entry ], [ %855, %824 ]
	%303 = phi float [ 0.0, %entry ], [ %856, %824 ]
	%304 = phi float [ 0.0, %entry ], [ %857, %824 ]
	%305 = phi float [ 0.0, %entry ], [ %858, %824 ]
	%306 = phi float [ 0.0, %entry ], [ %859, %824 ]
	%307 = phi float [ 0.0, %entry ], [ %860, %824 ]
	%308 = phi float [ 0.0, %entry ], [ %861, %824 ]
	%309 = phi float [ 0.0, %entry ], [ %862, %824 ]
	%310 = phi float [ 0.0, %entry ], [ %863, %824 ]
	%311 = phi float [ 0.0, %entry ], [ %864, %824 ]
	%312 = phi float [ 0.0, %entry ], [ %865, %824 ]
	%313 = phi float [ 0.0, %entry ], [ %866, %824 ]
	%314 = phi float [ 0.0, %entry ], [ %867, %824 ]
	%315 = phi float [ 0.0, %entry ], [ %868, %824 ]
	%316 = phi float [ 0.0, %entry ], [ %869, %824 ]
	%317 = phi float [ 0.0, %entry ], [ %870, %824 ]
	%318 = phi float [ 0.0, %entry ], [ %871, %824 ]
	%319 = phi float [ 0.0, %entry ], [ %872, %824 ]
	%320 = icmp slt i32 %271, %269
	br i1 %320, label %321, label %338

321:
	%322 = udiv i32 %271, 8
	%323 = mul i32 %322, %S
	%324 = add i32 %3, %323
	%325 = icmp slt i32 %324, %NK
	%326 = select i1 %325, i32 %324, i32 0
	%327 = add i32 %16, %326
	%328 = sext i32 %327 to i64
	%329 = getelementptr i32, i32* %list, i64 %328
	%330 = load i32, i32* %329
	%331 = select i1 %325, i32 %330, i32 -1
	%332 = mul i32 %331, 64
	%333 = urem i32 %271, 8
	%334 = mul i32 %333, 8
	%335 = add i32 %332, %334
	%336 = icmp sge i32 %331, 0
	%337 = add i32 %271, 4
	br i1 %336, label %353, label %824

338:
	%339 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %280, i32 1, i32 31)
	%340 = fadd float %280, %339
	%341 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %340, i32 2, i32 31)
	%342 = fadd float %340, %341
	%343 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %342, i32 4, i32 31)
	%344 = fadd float %342, %343
	%345 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %344, i32 8, i32 31)
	%346 = fadd float %344, %345
	%347 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %346, i32 16, i32 31)
	%348 = fadd float %346, %347
	%349 = fmul float %348, 0.25
	%350 = mul i32 %2, 8
	%351 = add i32 %350, 0
	%352 = icmp eq i32 %1, 0
	br i1 %352, label %2271, label %2274

353:
	%354 = add i32 %19, %331
	%355 = sext i32 %354 to i64
	%356 = getelementptr i8, i8* %cls, i64 %355
	%357 = load i8, i8* %356
	%358 = icmp ne i8 %357, 2
	%359 = sub i32 %N, 1
	%360 = add i32 %335, 0
	%361 = icmp slt i32 %360, %359
	%362 = select i1 %361, i32 %360, i32 %359
	%363 = mul i32 %362, 128
	%364 = mul i32 %1, 4
	%365 = add i32 %363, %364
	%366 = add i32 %10, %365
	%367 = sext i32 %366 to i64
	%368 = getelementptr i16, i16* %k, i64 %367
	%369 = getelementptr i16, i16* %368, i64 0
	%370 = bitcast i16* %369 to <2 x i32>*
	%371 = load <2 x i32>, <2 x i32>* %370, align 8
	%372 = extractelement <2 x i32> %371, i32 0
	%373 = extractelement <2 x i32> %371, i32 1
	%374 = shl i32 %372, 16
	%375 = bitcast i32 %374 to float
	%376 = and i32 %372, -65536
	%377 = bitcast i32 %376 to float
	%378 = shl i32 %373, 16
	%379 = bitcast i32 %378 to float
	%380 = and i32 %373, -65536
	%381 = bitcast i32 %380 to float
	%382 = add i32 %335, 1
	%383 = icmp slt i32 %382, %359
	%384 = select i1 %383, i32 %382, i32 %359
	%385 = mul i32 %384, 128
	%386 = mul i32 %1, 4
	%387 = add i32 %385, %386
	%388 = add i32 %10, %387
	%389 = sext i32 %388 to i64
	%390 = getelementptr i16, i16* %k, i64 %389
	%391 = getelementptr i16, i16* %390, i64 0
	%392 = bitcast i16* %391 to <2 x i32>*
	%393 = load <2 x i32>, <2 x i32>* %392, align 8
	%394 = extractelement <2 x i32> %393, i32 0
	%395 = extractelement <2 x i32> %393, i32 1
	%396 = shl i32 %394, 16
	%397 = bitcast i32 %396 to float
	%398 = and i32 %394, -65536
	%399 = bitcast i32 %398 to float
	%400 = shl i32 %395, 16
	%401 = bitcast i32 %400 to float
	%402 = and i32 %395, -65536
	%403 = bitcast i32 %402 to float
	%404 = add i32 %335, 2
	%405 = icmp slt i32 %404, %359
	%406 = select i1 %405, i32 %404, i32 %359
	%407 = mul i32 %406, 128
	%408 = mul i32 %1, 4
	%409 = add i32 %407, %408
	%410 = add i32 %10, %409
	%411 = sext i32 %410 to i64
	%412 = getelementptr i16, i16* %k, i64 %411
	%413 = getelementptr i16, i16* %412, i64 0
	%414 = bitcast i16* %413 to <2 x i32>*
	%415 = load <2 x i32>, <2 x i32>* %414, align 8
	%416 = extractelement <2 x i32> %415, i32 0
	%417 = extractelement <2 x i32> %415, i32 1
	%418 = shl i32 %416, 16
	%419 = bitcast i32 %418 to float
	%420 = and i32 %416, -65536
	%421 = bitcast i32 %420 to float
	%422 = shl i32 %417, 16
	%423 = bitcast i32 %422 to float
	%424 = and i32 %417, -65536
	%425 = bitcast i32 %424 to float
	%426 = add i32 %335, 3
	%427 = icmp slt i32 %426, %359
	%428 = select i1 %427, i32 %426, i32 %359
	%429 = mul i32 %428, 128
	%430 = mul i32 %1, 4
	%431 = add i32 %429, %430
	%432 = add i32 %10, %431
	%433 = sext i32 %432 to i64
	%434 = getelementptr i16, i16* %k, i64 %433
	%435 = getelementptr i16, i16* %434, i64 0
	%436 = bitcast i16* %435 to <2 x i32>*
	%437 = load <2 x i32>, <2 x i32>* %436, align 8
	%438 = extractelement <2 x i32> %437, i32 0
	%439 = extractelement <2 x i32> %437, i32 1
	%440 = shl i32 %438, 16
	%441 = bitcast i32 %440 to float
	%442 = and i32 %438, -65536
	%443 = bitcast i32 %442 to float
	%444 = shl i32 %439, 16
	%445 = bitcast i32 %444 to float
	%446 = and i32 %439, -65536
	%447 = bitcast i32 %446 to float
	%448 = add i32 %335, 4
	%449 = icmp slt i32 %448, %359
	%450 = select i1 %449, i32 %448, i32 %359
	%451 = mul i32 %450, 128
	%452 = mul i32 %1, 4
	%453 = add i32 %451, %452
	%454 = add i32 %10, %453
	%455 = sext i32 %454 to i64
	%456 = getelementptr i16, i16* %k, i64 %455
	%457 = getelementptr i16, i16* %456, i64 0
	%458 = bitcast i16* %457 to <2 x i32>*
	%459 = load <2 x i32>, <2 x i32>* %458, align 8
	%460 = extractelement <2 x i32> %459, i32 0
	%461 = extractelement <2 x i32> %459, i32 1
	%462 = shl i32 %460, 16
	%463 = bitcast i32 %462 to float
	%464 = and i32 %460, -65536
	%465 = bitcast i32 %464 to float
	%466 = shl i32 %461, 16
	%467 = bitcast i32 %466 to float
	%468 = and i32 %461, -65536
	%469 = bitcast i32 %468 to float
	%470 = add i32 %335, 5
	%471 = icmp slt i32 %470, %359
	%472 = select i1 %471, i32 %470, i32 %359
	%473 = mul i32 %472, 128
	%474 = mul i32 %1, 4
	%475 = add i32 %473, %474
	%476 = add i32 %10, %475
	%477 = sext i32 %476 to i64
	%478 = getelementptr i16, i16* %k, i64 %477
	%479 = getelementptr i16, i16* %478, i64 0
	%480 = bitcast i16* %479 to <2 x i32>*
	%481 = load <2 x i32>, <2 x i32>* %480, align 8
	%482 = extractelement <2 x i32> %481, i32 0
	%483 = extractelement <2 x i32> %481, i32 1
	%484 = shl i32 %482, 16
	%485 = bitcast i32 %484 to float
	%486 = and i32 %482, -65536
	%487 = bitcast i32 %486 to float
	%488 = shl i32 %483, 16
	%489 = bitcast i32 %488 to float
	%490 = and i32 %483, -65536
	%491 = bitcast i32 %490 to float
	%492 = add i32 %335, 6
	%493 = icmp slt i32 %492, %359
	%494 = select i1 %493, i32 %492, i32 %359
	%495 = mul i32 %494, 128
	%496 = mul i32 %1, 4
	%497 = add i32 %495, %496
	%498 = add i32 %10, %497
	%499 = sext i32 %498 to i64
	%500 = getelementptr i16, i16* %k, i64 %499
	%501 = getelementptr i16, i16* %500, i64 0
	%502 = bitcast i16* %501 to <2 x i32>*
	%503 = load <2 x i32>, <2 x i32>* %502, align 8
	%504 = extractelement <2 x i32> %503, i32 0
	%505 = extractelement <2 x i32> %503, i32 1
	%506 = shl i32 %504, 16
	%507 = bitcast i32 %506 to float
	%508 = and i32 %504, -65536
	%509 = bitcast i32 %508 to float
	%510 = shl i32 %505, 16
	%511 = bitcast i32 %510 to float
	%512 = and i32 %505, -65536
	%513 = bitcast i32 %512 to float
	%514 = add i32 %335, 7
	%515 = icmp slt i32 %514, %359
	%516 = select i1 %515, i32 %514, i32 %359
	%517 = mul i32 %516, 128
	%518 = mul i32 %1, 4
	%519 = add i32 %517, %518
	%520 = add i32 %10, %519
	%521 = sext i32 %520 to i64
	%522 = getelementptr i16, i16* %k, i64 %521
	%523 = getelementptr i16, i16* %522, i64 0
	%524 = bitcast i16* %523 to <2 x i32>*
	%525 = load <2 x i32>, <2 x i32>* %524, align 8
	%526 = extractelement <2 x i32> %525, i32 0
	%527 = extractelement <2 x i32> %525, i32 1
	%528 = shl i32 %526, 16
	%529 = bitcast i32 %528 to float
	%530 = and i32 %526, -65536
	%531 = bitcast i32 %530 to float
	%532 = shl i32 %527, 16
	%533 = bitcast i32 %532 to float
	%534 = and i32 %527, -65536
	%535 = bitcast i32 %534 to float
	%536 = add i32 %335, 0
	%537 = icmp slt i32 %536, %359
	%538 = select i1 %537, i32 %536, i32 %359
	%539 = mul i32 %538, 128
	%540 = mul i32 %1, 4
	%541 = add i32 %539, %540
	%542 = add i32 %12, %541
	%543 = sext i32 %542 to i64
	%544 = getelementptr i16, i16* %v, i64 %543
	%545 = getelementptr i16, i16* %544, i64 0
	%546 = bitcast i16* %545 to <2 x i32>*
	%547 = load <2 x i32>, <2 x i32>* %546, align 8
	%548 = extractelement <2 x i32> %547, i32 0
	%549 = extractelement <2 x i32> %547, i32 1
	%550 = shl i32 %548, 16
	%551 = bitcast i32 %550 to float
	%552 = and i32 %548, -65536
	%553 = bitcast i32 %552 to float
	%554 = shl i32 %549, 16
	%555 = bitcast i32 %554 to float
	%556 = and i32 %549, -65536
	%557 = bitcast i32 %556 to float
	%558 = add i32 %335, 1
	%559 = icmp slt i32 %558, %359
	%560 = select i1 %559, i32 %558, i32 %359
	%561 = mul i32 %560, 128
	%562 = mul i32 %1, 4
	%563 = add i32 %561, %562
	%564 = add i32 %12, %563
	%565 = sext i32 %564 to i64
	%566 = getelementptr i16, i16* %v, i64 %565
	%567 = getelementptr i16, i16* %566, i64 0
	%568 = bitcast i16* %567 to <2 x i32>*
	%569 = load <2 x i32>, <2 x i32>* %568, align 8
	%570 = extractelement <2 x i32> %569, i32 0
	%571 = extractelement <2 x i32> %569, i32 1
	%572 = shl i32 %570, 16
	%573 = bitcast i32 %572 to float
	%574 = and i32 %570, -65536
	%575 = bitcast i32 %574 to float
	%576 = shl i32 %571, 16
	%577 = bitcast i32 %576 to float
	%578 = and i32 %571, -65536
	%579 = bitcast i32 %578 to float
	%580 = add i32 %335, 2
	%581 = icmp slt i32 %580, %359
	%582 = select i1 %581, i32 %580, i32 %359
	%583 = mul i32 %582, 128
	%584 = mul i32 %1, 4
	%585 = add i32 %583, %584
	%586 = add i32 %12, %585
	%587 = sext i32 %586 to i64
	%588 = getelementptr i16, i16* %v, i64 %587
	%589 = getelementptr i16, i16* %588, i64 0
	%590 = bitcast i16* %589 to <2 x i32>*
	%591 = load <2 x i32>, <2 x i32>* %590, align 8
	%592 = extractelement <2 x i32> %591, i32 0
	%593 = extractelement <2 x i32> %591, i32 1
	%594 = shl i32 %592, 16
	%595 = bitcast i32 %594 to float
	%596 = and i32 %592, -65536
	%597 = bitcast i32 %596 to float
	%598 = shl i32 %593, 16
	%599 = bitcast i32 %598 to float
	%600 = and i32 %593, -65536
	%601 = bitcast i32 %600 to float
	%602 = add i32 %335, 3
	%603 = icmp slt i32 %602, %359
	%604 = select i1 %603, i32 %602, i32 %359
	%605 = mul i32 %604, 128
	%606 = mul i32 %1, 4
	%607 = add i32 %605, %606
	%608 = add i32 %12, %607
	%609 = sext i32 %608 to i64
	%610 = getelementptr i16, i16* %v, i64 %609
	%611 = getelementptr i16, i16* %610, i64 0
	%612 = bitcast i16* %611 to <2 x i32>*
	%613 = load <2 x i32>, <2 x i32>* %612, align 8
	%614 = extractelement <2 x i32> %613, i32 0
	%615 = extractelement <2 x i32> %613, i32 1
	%616 = shl i32 %614, 16
	%617 = bitcast i32 %616 to float
	%618 = and i32 %614, -65536
	%619 = bitcast i32 %618 to float
	%620 = shl i32 %615, 16
	%621 = bitcast i32 %620 to float
	%622 = and i32 %615, -65536
	%623 = bitcast i32 %622 to float
	%624 = add i32 %335, 4
	%625 = icmp slt i32 %624, %359
	%626 = select i1 %625, i32 %624, i32 %359
	%627 = mul i32 %626, 128
	%628 = mul i32 %1, 4
	%629 = add i32 %627, %628
	%630 = add i32 %12, %629
	%631 = sext i32 %630 to i64
	%632 = getelementptr i16, i16* %v, i64 %631
	%633 = getelementptr i16, i16* %632, i64 0
	%634 = bitcast i16* %633 to <2 x i32>*
	%635 = load <2 x i32>, <2 x i32>* %634, align 8
	%636 = extractelement <2 x i32> %635, i32 0
	%637 = extractelement <2 x i32> %635, i32 1
	%638 = shl i32 %636, 16
	%639 = bitcast i32 %638 to float
	%640 = and i32 %636, -65536
	%641 = bitcast i32 %640 to float
	%642 = shl i32 %637, 16
	%643 = bitcast i32 %642 to float
	%644 = and i32 %637, -65536
	%645 = bitcast i32 %644 to float
	%646 = add i32 %335, 5
	%647 = icmp slt i32 %646, %359
	%648 = select i1 %647, i32 %646, i32 %359
	%649 = mul i32 %648, 128
	%650 = mul i32 %1, 4
	%651 = add i32 %649, %650
	%652 = add i32 %12, %651
	%653 = sext i32 %652 to i64
	%654 = getelementptr i16, i16* %v, i64 %653
	%655 = getelementptr i16, i16* %654, i64 0
	%656 = bitcast i16* %655 to <2 x i32>*
	%657 = load <2 x i32>, <2 x i32>* %656, align 8
	%658 = extractelement <2 x i32> %657, i32 0
	%659 = extractelement <2 x i32> %657, i32 1
	%660 = shl i32 %658, 16
	%661 = bitcast i32 %660 to float
	%662 = and i32 %658, -65536
	%663 = bitcast i32 %662 to float
	%664 = shl i32 %659, 16
	%665 = bitcast i32 %664 to float
	%666 = and i32 %659, -65536
	%667 = bitcast i32 %666 to float
	%668 = add i32 %335, 6
	%669 = icmp slt i32 %668, %359
	%670 = select i1 %669, i32 %668, i32 %359
	%671 = mul i32 %670, 128
	%672 = mul i32 %1, 4
	%673 = add i32 %671, %672
	%674 = add i32 %12, %673
	%675 = sext i32 %674 to i64
	%676 = getelementptr i16, i16* %v, i64 %675
	%677 = getelementptr i16, i16* %676, i64 0
	%678 = bitcast i16* %677 to <2 x i32>*
	%679 = load <2 x i32>, <2 x i32>* %678, align 8
	%680 = extractelement <2 x i32> %679, i32 0
	%681 = extractelement <2 x i32> %679, i32 1
	%682 = shl i32 %680, 16
	%683 = bitcast i32 %682 to float
	%684 = and i32 %680, -65536
	%685 = bitcast i32 %684 to float
	%686 = shl i32 %681, 16
	%687 = bitcast i32 %686 to float
	%688 = and i32 %681, -65536
	%689 = bitcast i32 %688 to float
	%690 = add i32 %335, 7
	%691 = icmp slt i32 %690, %359
	%692 = select i1 %691, i32 %690, i32 %359
	%693 = mul i32 %692, 128
	%694 = mul i32 %1, 4
	%695 = add i32 %693, %694
	%696 = add i32 %12, %695
	%697 = sext i32 %696 to i64
	%698 = getelementptr i16, i16* %v, i64 %697
	%699 = getelementptr i16, i16* %698, i64 0
	%700 = bitcast i16* %699 to <2 x i32>*
	%701 = load <2 x i32>, <2 x i32>* %700, align 8
	%702 = extractelement <2 x i32> %701, i32 0
	%703 = extractelement <2 x i32> %701, i32 1
	%704 = shl i32 %702, 16
	%705 = bitcast i32 %704 to float
	%706 = and i32 %702, -65536
	%707 = bitcast i32 %706 to float
	%708 = shl i32 %703, 16
	%709 = bitcast i32 %708 to float
	%710 = and i32 %703, -65536
	%711 = bitcast i32 %710 to float
	%712 = lshr i32 %1, 2
	%713 = add i32 %335, %712
	%714 = sitofp i32 %713 to float
	%715 = icmp slt i32 %713, %N
	%716 = and i32 %1, 3
	%717 = icmp eq i32 %716, 0
	%718 = call float @llvm.fma.f32(float %45, float %375, float 0.0)
	%719 = call float @llvm.fma.f32(float %47, float %377, float %718)
	%720 = call float @llvm.fma.f32(float %49, float %379, float %719)
	%721 = call float @llvm.fma.f32(float %51, float %381, float %720)
	%722 = call float @llvm.fma.f32(float %45, float %397, float 0.0)
	%723 = call float @llvm.fma.f32(float %47, float %399, float %722)
	%724 = call float @llvm.fma.f32(float %49, float %401, float %723)
	%725 = call float @llvm.fma.f32(float %51, float %403, float %724)
	%726 = call float @llvm.fma.f32(float %45, float %419, float 0.0)
	%727 = call float @llvm.fma.f32(float %47, float %421, float %726)
	%728 = call float @llvm.fma.f32(float %49, float %423, float %727)
	%729 = call float @llvm.fma.f32(float %51, float %425, float %728)
	%730 = call float @llvm.fma.f32(float %45, float %441, float 0.0)
	%731 = call float @llvm.fma.f32(float %47, float %443, float %730)
	%732 = call float @llvm.fma.f32(float %49, float %445, float %731)
	%733 = call float @llvm.fma.f32(float %51, float %447, float %732)
	%734 = call float @llvm.fma.f32(float %45, float %463, float 0.0)
	%735 = call float @llvm.fma.f32(float %47, float %465, float %734)
	%736 = call float @llvm.fma.f32(float %49, float %467, float %735)
	%737 = call float @llvm.fma.f32(float %51, float %469, float %736)
	%738 = call float @llvm.fma.f32(float %45, float %485, float 0.0)
	%739 = call float @llvm.fma.f32(float %47, float %487, float %738)
	%740 = call float @llvm.fma.f32(float %49, float %489, float %739)
	%741 = call float @llvm.fma.f32(float %51, float %491, float %740)
	%742 = call float @llvm.fma.f32(float %45, float %507, float 0.0)
	%743 = call float @llvm.fma.f32(float %47, float %509, float %742)
	%744 = call float @llvm.fma.f32(float %49, float %511, float %743)
	%745 = call float @llvm.fma.f32(float %51, float %513, float %744)
	%746 = call float @llvm.fma.f32(float %45, float %529, float 0.0)
	%747 = call float @llvm.fma.f32(float %47, float %531, float %746)
	%748 = call float @llvm.fma.f32(float %49, float %533, float %747)
	%749 = call float @llvm.fma.f32(float %51, float %535, float %748)
	%750 = and i32 %1, 16
	%751 = icmp ne i32 %750, 0
	%752 = select i1 %751, float %721, float %737
	%753 = select i1 %751, float %737, float %721
	%754 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %752, i32 16, i32 31)
	%755 = fadd float %753, %754
	%756 = select i1 %751, float %725, float %741
	%757 = select i1 %751, float %741, float %725
	%758 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %756, i32 16, i32 31)
	%759 = fadd float %757, %758
	%760 = select i1 %751, float %729, float %745
	%761 = select i1 %751, float %745, float %729
	%762 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %760, i32 16, i32 31)
	%763 = fadd float %761, %762
	%764 = select i1 %751, float %733, float %749
	%765 = select i1 %751, float %749, float %733
	%766 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %764, i32 16, i32 31)
	%767 = fadd float %765, %766
	%768 = and i32 %1, 8
	%769 = icmp ne i32 %768, 0
	%770 = select i1 %769, float %755, float %763
	%771 = select i1 %769, float %763, float %755
	%772 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %770, i32 8, i32 31)
	%773 = fadd float %771, %772
	%774 = select i1 %769, float %759, float %767
	%775 = select i1 %769, float %767, float %759
	%776 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %774, i32 8, i32 31)
	%777 = fadd float %775, %776
	%778 = and i32 %1, 4
	%779 = icmp ne i32 %778, 0
	%780 = select i1 %779, float %773, float %777
	%781 = select i1 %779, float %777, float %773
	%782 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %780, i32 4, i32 31)
	%783 = fadd float %781, %782
	%784 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %783, i32 1, i32 31)
	%785 = fadd float %783, %784
	%786 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %785, i32 2, i32 31)
	%787 = fadd float %785, %786
	%788 = fmul float %787, 0x3FB6A09E60000000
	%789 = fcmp ole float %714, %32
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = fsub float %32, %714
	%793 = fcmp olt float %792, 4096.0
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = fcmp olt float %714, 4.0
	%797 = uitofp i1 %796 to float
	%798 = fcmp une float %797, 0.0
	%799 = or i1 %795, %798
	%800 = uitofp i1 %799 to float
	%801 = fcmp une float %800, 0.0
	%802 = and i1 %791, %801
	%803 = uitofp i1 %802 to float
	%804 = fcmp une float %803, 0.0
	%805 = xor i1 %358, true
	%806 = or i1 %805, %804
	%807 = and i1 %715, %806
	%808 = fmul float %788, 0x3FF7154760000000
	%809 = select i1 %807, float %808, float 0xFFF0000000000000
	%810 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %809, i32 4, i32 31)
	%811 = call float @llvm.nvvm.fmax.f(float %809, float %810)
	%812 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %811, i32 8, i32 31)
	%813 = call float @llvm.nvvm.fmax.f(float %811, float %812)
	%814 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %813, i32 16, i32 31)
	%815 = call float @llvm.nvvm.fmax.f(float %813, float %814)
	%816 = call float @llvm.nvvm.fmax.f(float %272, float %815)
	%817 = fcmp oeq float %816, 0xFFF0000000000000
	%818 = select i1 %817, float 0.0, float %816
	%819 = fsub float %272, %818
	%820 = call float @llvm.nvvm.ex2.approx.ftz.f(float %819)
	%821 = fsub float %809, %818
	%822 = call float @llvm.nvvm.ex2.approx.ftz.f(float %821)
	%823 = call float @llvm.fma.f32(float %280, float %820, float %822)
	br i1 %717, label %873, label %878

824:
	%825 = phi float [ %272, %321 ], [ %816, %1662 ]
	%826 = phi float [ %273, %321 ], [ %977, %1662 ]
	%827 = phi float [ %274, %321 ], [ %1089, %1662 ]
	%828 = phi float [ %275, %321 ], [ %1201, %1662 ]
	%829 = phi float [ %276, %321 ], [ %1313, %1662 ]
	%830 = phi float [ %277, %321 ], [ %1425, %1662 ]
	%831 = phi float [ %278, %321 ], [ %1537, %1662 ]
	%832 = phi float [ %279, %321 ], [ %1649, %1662 ]
	%833 = phi float [ %280, %321 ], [ %823, %1662 ]
	%834 = phi float [ %281, %321 ], [ %984, %1662 ]
	%835 = phi float [ %282, %321 ], [ %1096, %1662 ]
	%836 = phi float [ %283, %321 ], [ %1208, %1662 ]
	%837 = phi float [ %284, %321 ], [ %1320, %1662 ]
	%838 = phi float [ %285, %321 ], [ %1432, %1662 ]
	%839 = phi float [ %286, %321 ], [ %1544, %1662 ]
	%840 = phi float [ %287, %321 ], [ %1656, %1662 ]
	%841 = phi float [ %288, %321 ], [ %1735, %1662 ]
	%842 = phi float [ %289, %321 ], [ %1736, %1662 ]
	%843 = phi float [ %290, %321 ], [ %1737, %1662 ]
	%844 = phi float [ %291, %321 ], [ %1738, %1662 ]
	%845 = phi float [ %292, %321 ], [ %1811, %1662 ]
	%846 = phi float [ %293, %321 ], [ %1812, %1662 ]
	%847 = phi float [ %294, %321 ], [ %1813, %1662 ]
	%848 = phi float [ %295, %321 ], [ %1814, %1662 ]
	%849 = phi float [ %296, %321 ], [ %1887, %1662 ]
	%850 = phi float [ %297, %321 ], [ %1888, %1662 ]
	%851 = phi float [ %298, %321 ], [ %1889, %1662 ]
	%852 = phi float [ %299, %321 ], [ %1890, %1662 ]
	%853 = phi float [ %300, %321 ], [ %1963, %1662 ]
	%854 = phi float [ %301, %321 ], [ %1964, %1662 ]
	%855 = phi float [ %302, %321 ], [ %1965, %1662 ]
	%856 = phi float [ %303, %321 ], [ %1966, %1662 ]
	%857 = phi float [ %304, %321 ], [ %2039, %1662 ]
	%858 = phi float [ %305, %321 ], [ %2040, %1662 ]
	%859 = phi float [ %306, %321 ], [ %2041, %1662 ]
	%860 = phi float [ %307, %321 ], [ %2042, %1662 ]
	%861 = phi float [ %308, %321 ], [ %2115, %1662 ]
	%862 = phi float [ %309, %321 ], [ %2116, %1662 ]
	%863 = phi float [ %310, %321 ], [ %2117, %1662 ]
	%864 = phi float [ %311, %321 ], [ %2118, %1662 ]
	%865 = phi float [ %312, %321 ], [ %2191, %1662 ]
	%866 = phi float [ %313, %321 ], [ %2192, %1662 ]
	%867 = phi float [ %314, %321 ], [ %2193, %1662 ]
	%868 = phi float [ %315, %321 ], [ %2194, %1662 ]
	%869 = phi float [ %316, %321 ], [ %2267, %1662 ]
	%870 = phi float [ %317, %321 ], [ %2268, %1662 ]
	%871 = phi float [ %318, %321 ], [ %2269, %1662 ]
	%872 = phi float [ %319, %321 ], [ %2270, %1662 ]
	br label %270

873:
	%874 = mul i32 %2, 64
	%875 = add i32 0, %712
	%876 = add i32 %874, %875
	%877 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %876
	store float %822, float addrspace(3)* %877
	br label %878

878:
	%879 = call float @llvm.fma.f32(float %76, float %375, float 0.0)
	%880 = call float @llvm.fma.f32(float %78, float %377, float %879)
	%881 = call float @llvm.fma.f32(float %80, float %379, float %880)
	%882 = call float @llvm.fma.f32(float %82, float %381, float %881)
	%883 = call float @llvm.fma.f32(float %76, float %397, float 0.0)
	%884 = call float @llvm.fma.f32(float %78, float %399, float %883)
	%885 = call float @llvm.fma.f32(float %80, float %401, float %884)
	%886 = call float @llvm.fma.f32(float %82, float %403, float %885)
	%887 = call float @llvm.fma.f32(float %76, float %419, float 0.0)
	%888 = call float @llvm.fma.f32(float %78, float %421, float %887)
	%889 = call float @llvm.fma.f32(float %80, float %423, float %888)
	%890 = call float @llvm.fma.f32(float %82, float %425, float %889)
	%891 = call float @llvm.fma.f32(float %76, float %441, float 0.0)
	%892 = call float @llvm.fma.f32(float %78, float %443, float %891)
	%893 = call float @llvm.fma.f32(float %80, float %445, float %892)
	%894 = call float @llvm.fma.f32(float %82, float %447, float %893)
	%895 = call float @llvm.fma.f32(float %76, float %463, float 0.0)
	%896 = call float @llvm.fma.f32(float %78, float %465, float %895)
	%897 = call float @llvm.fma.f32(float %80, float %467, float %896)
	%898 = call float @llvm.fma.f32(float %82, float %469, float %897)
	%899 = call float @llvm.fma.f32(float %76, float %485, float 0.0)
	%900 = call float @llvm.fma.f32(float %78, float %487, float %899)
	%901 = call float @llvm.fma.f32(float %80, float %489, float %900)
	%902 = call float @llvm.fma.f32(float %82, float %491, float %901)
	%903 = call float @llvm.fma.f32(float %76, float %507, float 0.0)
	%904 = call float @llvm.fma.f32(float %78, float %509, float %903)
	%905 = call float @llvm.fma.f32(float %80, float %511, float %904)
	%906 = call float @llvm.fma.f32(float %82, float %513, float %905)
	%907 = call float @llvm.fma.f32(float %76, float %529, float 0.0)
	%908 = call float @llvm.fma.f32(float %78, float %531, float %907)
	%909 = call float @llvm.fma.f32(float %80, float %533, float %908)
	%910 = call float @llvm.fma.f32(float %82, float %535, float %909)
	%911 = and i32 %1, 16
	%912 = icmp ne i32 %911, 0
	%913 = select i1 %912, float %882, float %898
	%914 = select i1 %912, float %898, float %882
	%915 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %913, i32 16, i32 31)
	%916 = fadd float %914, %915
	%917 = select i1 %912, float %886, float %902
	%918 = select i1 %912, float %902, float %886
	%919 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %917, i32 16, i32 31)
	%920 = fadd float %918, %919
	%921 = select i1 %912, float %890, float %906
	%922 = select i1 %912, float %906, float %890
	%923 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %921, i32 16, i32 31)
	%924 = fadd float %922, %923
	%925 = select i1 %912, float %894, float %910
	%926 = select i1 %912, float %910, float %894
	%927 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %925, i32 16, i32 31)
	%928 = fadd float %926, %927
	%929 = and i32 %1, 8
	%930 = icmp ne i32 %929, 0
	%931 = select i1 %930, float %916, float %924
	%932 = select i1 %930, float %924, float %916
	%933 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %931, i32 8, i32 31)
	%934 = fadd float %932, %933
	%935 = select i1 %930, float %920, float %928
	%936 = select i1 %930, float %928, float %920
	%937 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %935, i32 8, i32 31)
	%938 = fadd float %936, %937
	%939 = and i32 %1, 4
	%940 = icmp ne i32 %939, 0
	%941 = select i1 %940, float %934, float %938
	%942 = select i1 %940, float %938, float %934
	%943 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %941, i32 4, i32 31)
	%944 = fadd float %942, %943
	%945 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %944, i32 1, i32 31)
	%946 = fadd float %944, %945
	%947 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %946, i32 2, i32 31)
	%948 = fadd float %946, %947
	%949 = fmul float %948, 0x3FB6A09E60000000
	%950 = fcmp ole float %714, %63
	%951 = uitofp i1 %950 to float
	%952 = fcmp une float %951, 0.0
	%953 = fsub float %63, %714
	%954 = fcmp olt float %953, 4096.0
	%955 = uitofp i1 %954 to float
	%956 = fcmp une float %955, 0.0
	%957 = fcmp olt float %714, 4.0
	%958 = uitofp i1 %957 to float
	%959 = fcmp une float %958, 0.0
	%960 = or i1 %956, %959
	%961 = uitofp i1 %960 to float
	%962 = fcmp une float %961, 0.0
	%963 = and i1 %952, %962
	%964 = uitofp i1 %963 to float
	%965 = fcmp une float %964, 0.0
	%966 = xor i1 %358, true
	%967 = or i1 %966, %965
	%968 = and i1 %715, %967
	%969 = fmul float %949, 0x3FF7154760000000
	%970 = select i1 %968, float %969, float 0xFFF0000000000000
	%971 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %970, i32 4, i32 31)
	%972 = call float @llvm.nvvm.fmax.f(float %970, float %971)
	%973 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %972, i32 8, i32 31)
	%974 = call float @llvm.nvvm.fmax.f(float %972, float %973)
	%975 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %974, i32 16, i32 31)
	%976 = call float @llvm.nvvm.fmax.f(float %974, float %975)
	%977 = call float @llvm.nvvm.fmax.f(float %273, float %976)
	%978 = fcmp oeq float %977, 0xFFF0000000000000
	%979 = select i1 %978, float 0.0, float %977
	%980 = fsub float %273, %979
	%981 = call float @llvm.nvvm.ex2.approx.ftz.f(float %980)
	%982 = fsub float %970, %979
	%983 = call float @llvm.nvvm.ex2.approx.ftz.f(float %982)
	%984 = call float @llvm.fma.f32(float %281, float %981, float %983)
	br i1 %717, label %985, label %990

985:
	%986 = mul i32 %2, 64
	%987 = add i32 8, %712
	%988 = add i32 %986, %987
	%989 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %988
	store float %983, float addrspace(3)* %989
	br label %990

990:
	%991 = call float @llvm.fma.f32(float %107, float %375, float 0.0)
	%992 = call float @llvm.fma.f32(float %109, float %377, float %991)
	%993 = call float @llvm.fma.f32(float %111, float %379, float %992)
	%994 = call float @llvm.fma.f32(float %113, float %381, float %993)
	%995 = call float @llvm.fma.f32(float %107, float %397, float 0.0)
	%996 = call float @llvm.fma.f32(float %109, float %399, float %995)
	%997 = call float @llvm.fma.f32(float %111, float %401, float %996)
	%998 = call float @llvm.fma.f32(float %113, float %403, float %997)
	%999 = call float @llvm.fma.f32(float %107, float %419, float 0.0)
	%1000 = call float @llvm.fma.f32(float %109, float %421, float %999)
	%1001 = call float @llvm.fma.f32(float %111, float %423, float %1000)
	%1002 = call float @llvm.fma.f32(float %113, float %425, float %1001)
	%1003 = call float @llvm.fma.f32(float %107, float %441, float 0.0)
	%1004 = call float @llvm.fma.f32(float %109, float %443, float %1003)
	%1005 = call float @llvm.fma.f32(float %111, float %445, float %1004)
	%1006 = call float @llvm.fma.f32(float %113, float %447, float %1005)
	%1007 = call float @llvm.fma.f32(float %107, float %463, float 0.0)
	%1008 = call float @llvm.fma.f32(float %109, float %465, float %1007)
	%1009 = call float @llvm.fma.f32(float %111, float %467, float %1008)
	%1010 = call float @llvm.fma.f32(float %113, float %469, float %1009)
	%1011 = call float @llvm.fma.f32(float %107, float %485, float 0.0)
	%1012 = call float @llvm.fma.f32(float %109, float %487, float %1011)
	%1013 = call float @llvm.fma.f32(float %111, float %489, float %1012)
	%1014 = call float @llvm.fma.f32(float %113, float %491, float %1013)
	%1015 = call float @llvm.fma.f32(float %107, float %507, float 0.0)
	%1016 = call float @llvm.fma.f32(float %109, float %509, float %1015)
	%1017 = call float @llvm.fma.f32(float %111, float %511, float %1016)
	%1018 = call float @llvm.fma.f32(float %113, float %513, float %1017)
	%1019 = call float @llvm.fma.f32(float %107, float %529, float 0.0)
	%1020 = call float @llvm.fma.f32(float %109, float %531, float %1019)
	%1021 = call float @llvm.fma.f32(float %111, float %533, float %1020)
	%1022 = call float @llvm.fma.f32(float %113, float %535, float %1021)
	%1023 = and i32 %1, 16
	%1024 = icmp ne i32 %1023, 0
	%1025 = select i1 %1024, float %994, float %1010
	%1026 = select i1 %1024, float %1010, float %994
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1025, i32 16, i32 31)
	%1028 = fadd float %1026, %1027
	%1029 = select i1 %1024, float %998, float %1014
	%1030 = select i1 %1024, float %1014, float %998
	%1031 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1029, i32 16, i32 31)
	%1032 = fadd float %1030, %1031
	%1033 = select i1 %1024, float %1002, float %1018
	%1034 = select i1 %1024, float %1018, float %1002
	%1035 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1033, i32 16, i32 31)
	%1036 = fadd float %1034, %1035
	%1037 = select i1 %1024, float %1006, float %1022
	%1038 = select i1 %1024, float %1022, float %1006
	%1039 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1037, i32 16, i32 31)
	%1040 = fadd float %1038, %1039
	%1041 = and i32 %1, 8
	%1042 = icmp ne i32 %1041, 0
	%1043 = select i1 %1042, float %1028, float %1036
	%1044 = select i1 %1042, float %1036, float %1028
	%1045 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1043, i32 8, i32 31)
	%1046 = fadd float %1044, %1045
	%1047 = select i1 %1042, float %1032, float %1040
	%1048 = select i1 %1042, float %1040, float %1032
	%1049 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1047, i32 8, i32 31)
	%1050 = fadd float %1048, %1049
	%1051 = and i32 %1, 4
	%1052 = icmp ne i32 %1051, 0
	%1053 = select i1 %1052, float %1046, float %1050
	%1054 = select i1 %1052, float %1050, float %1046
	%1055 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1053, i32 4, i32 31)
	%1056 = fadd float %1054, %1055
	%1057 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1056, i32 1, i32 31)
	%1058 = fadd float %1056, %1057
	%1059 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1058, i32 2, i32 31)
	%1060 = fadd float %1058, %1059
	%1061 = fmul float %1060, 0x3FB6A09E60000000
	%1062 = fcmp ole float %714, %94
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = fsub float %94, %714
	%1066 = fcmp olt float %1065, 4096.0
	%1067 = uitofp i1 %1066 to float
	%1068 = fcmp une float %1067, 0.0
	%1069 = fcmp olt float %714, 4.0
	%1070 = uitofp i1 %1069 to float
	%1071 = fcmp une float %1070, 0.0
	%1072 = or i1 %1068, %1071
	%1073 = uitofp i1 %1072 to float
	%1074 = fcmp une float %1073, 0.0
	%1075 = and i1 %1064, %1074
	%1076 = uitofp i1 %1075 to float
	%1077 = fcmp une float %1076, 0.0
	%1078 = xor i1 %358, true
	%1079 = or i1 %1078, %1077
	%1080 = and i1 %715, %1079
	%1081 = fmul float %1061, 0x3FF7154760000000
	%1082 = select i1 %1080, float %1081, float 0xFFF0000000000000
	%1083 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1082, i32 4, i32 31)
	%1084 = call float @llvm.nvvm.fmax.f(float %1082, float %1083)
	%1085 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1084, i32 8, i32 31)
	%1086 = call float @llvm.nvvm.fmax.f(float %1084, float %1085)
	%1087 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1086, i32 16, i32 31)
	%1088 = call float @llvm.nvvm.fmax.f(float %1086, float %1087)
	%1089 = call float @llvm.nvvm.fmax.f(float %274, float %1088)
	%1090 = fcmp oeq float %1089, 0xFFF0000000000000
	%1091 = select i1 %1090, float 0.0, float %1089
	%1092 = fsub float %274, %1091
	%1093 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1092)
	%1094 = fsub float %1082, %1091
	%1095 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1094)
	%1096 = call float @llvm.fma.f32(float %282, float %1093, float %1095)
	br i1 %717, label %1097, label %1102

1097:
	%1098 = mul i32 %2, 64
	%1099 = add i32 16, %712
	%1100 = add i32 %1098, %1099
	%1101 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1100
	store float %1095, float addrspace(3)* %1101
	br label %1102

1102:
	%1103 = call float @llvm.fma.f32(float %138, float %375, float 0.0)
	%1104 = call float @llvm.fma.f32(float %140, float %377, float %1103)
	%1105 = call float @llvm.fma.f32(float %142, float %379, float %1104)
	%1106 = call float @llvm.fma.f32(float %144, float %381, float %1105)
	%1107 = call float @llvm.fma.f32(float %138, float %397, float 0.0)
	%1108 = call float @llvm.fma.f32(float %140, float %399, float %1107)
	%1109 = call float @llvm.fma.f32(float %142, float %401, float %1108)
	%1110 = call float @llvm.fma.f32(float %144, float %403, float %1109)
	%1111 = call float @llvm.fma.f32(float %138, float %419, float 0.0)
	%1112 = call float @llvm.fma.f32(float %140, float %421, float %1111)
	%1113 = call float @llvm.fma.f32(float %142, float %423, float %1112)
	%1114 = call float @llvm.fma.f32(float %144, float %425, float %1113)
	%1115 = call float @llvm.fma.f32(float %138, float %441, float 0.0)
	%1116 = call float @llvm.fma.f32(float %140, float %443, float %1115)
	%1117 = call float @llvm.fma.f32(float %142, float %445, float %1116)
	%1118 = call float @llvm.fma.f32(float %144, float %447, float %1117)
	%1119 = call float @llvm.fma.f32(float %138, float %463, float 0.0)
	%1120 = call float @llvm.fma.f32(float %140, float %465, float %1119)
	%1121 = call float @llvm.fma.f32(float %142, float %467, float %1120)
	%1122 = call float @llvm.fma.f32(float %144, float %469, float %1121)
	%1123 = call float @llvm.fma.f32(float %138, float %485, float 0.0)
	%1124 = call float @llvm.fma.f32(float %140, float %487, float %1123)
	%1125 = call float @llvm.fma.f32(float %142, float %489, float %1124)
	%1126 = call float @llvm.fma.f32(float %144, float %491, float %1125)
	%1127 = call float @llvm.fma.f32(float %138, float %507, float 0.0)
	%1128 = call float @llvm.fma.f32(float %140, float %509, float %1127)
	%1129 = call float @llvm.fma.f32(float %142, float %511, float %1128)
	%1130 = call float @llvm.fma.f32(float %144, float %513, float %1129)
	%1131 = call float @llvm.fma.f32(float %138, float %529, float 0.0)
	%1132 = call float @llvm.fma.f32(float %140, float %531, float %1131)
	%1133 = call float @llvm.fma.f32(float %142, float %533, float %1132)
	%1134 = call float @llvm.fma.f32(float %144, float %535, float %1133)
	%1135 = and i32 %1, 16
	%1136 = icmp ne i32 %1135, 0
	%1137 = select i1 %1136, float %1106, float %1122
	%1138 = select i1 %1136, float %1122, float %1106
	%1139 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1137, i32 16, i32 31)
	%1140 = fadd float %1138, %1139
	%1141 = select i1 %1136, float %1110, float %1126
	%1142 = select i1 %1136, float %1126, float %1110
	%1143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1141, i32 16, i32 31)
	%1144 = fadd float %1142, %1143
	%1145 = select i1 %1136, float %1114, float %1130
	%1146 = select i1 %1136, float %1130, float %1114
	%1147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1145, i32 16, i32 31)
	%1148 = fadd float %1146, %1147
	%1149 = select i1 %1136, float %1118, float %1134
	%1150 = select i1 %1136, float %1134, float %1118
	%1151 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1149, i32 16, i32 31)
	%1152 = fadd float %1150, %1151
	%1153 = and i32 %1, 8
	%1154 = icmp ne i32 %1153, 0
	%1155 = select i1 %1154, float %1140, float %1148
	%1156 = select i1 %1154, float %1148, float %1140
	%1157 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1155, i32 8, i32 31)
	%1158 = fadd float %1156, %1157
	%1159 = select i1 %1154, float %1144, float %1152
	%1160 = select i1 %1154, float %1152, float %1144
	%1161 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1159, i32 8, i32 31)
	%1162 = fadd float %1160, %1161
	%1163 = and i32 %1, 4
	%1164 = icmp ne i32 %1163, 0
	%1165 = select i1 %1164, float %1158, float %1162
	%1166 = select i1 %1164, float %1162, float %1158
	%1167 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1165, i32 4, i32 31)
	%1168 = fadd float %1166, %1167
	%1169 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1168, i32 1, i32 31)
	%1170 = fadd float %1168, %1169
	%1171 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1170, i32 2, i32 31)
	%1172 = fadd float %1170, %1171
	%1173 = fmul float %1172, 0x3FB6A09E60000000
	%1174 = fcmp ole float %714, %125
	%1175 = uitofp i1 %1174 to float
	%1176 = fcmp une float %1175, 0.0
	%1177 = fsub float %125, %714
	%1178 = fcmp olt float %1177, 4096.0
	%1179 = uitofp i1 %1178 to float
	%1180 = fcmp une float %1179, 0.0
	%1181 = fcmp olt float %714, 4.0
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = or i1 %1180, %1183
	%1185 = uitofp i1 %1184 to float
	%1186 = fcmp une float %1185, 0.0
	%1187 = and i1 %1176, %1186
	%1188 = uitofp i1 %1187 to float
	%1189 = fcmp une float %1188, 0.0
	%1190 = xor i1 %358, true
	%1191 = or i1 %1190, %1189
	%1192 = and i1 %715, %1191
	%1193 = fmul float %1173, 0x3FF7154760000000
	%1194 = select i1 %1192, float %1193, float 0xFFF0000000000000
	%1195 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1194, i32 4, i32 31)
	%1196 = call float @llvm.nvvm.fmax.f(float %1194, float %1195)
	%1197 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1196, i32 8, i32 31)
	%1198 = call float @llvm.nvvm.fmax.f(float %1196, float %1197)
	%1199 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1198, i32 16, i32 31)
	%1200 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1201 = call float @llvm.nvvm.fmax.f(float %275, float %1200)
	%1202 = fcmp oeq float %1201, 0xFFF0000000000000
	%1203 = select i1 %1202, float 0.0, float %1201
	%1204 = fsub float %275, %1203
	%1205 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1204)
	%1206 = fsub float %1194, %1203
	%1207 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1206)
	%1208 = call float @llvm.fma.f32(float %283, float %1205, float %1207)
	br i1 %717, label %1209, label %1214

1209:
	%1210 = mul i32 %2, 64
	%1211 = add i32 24, %712
	%1212 = add i32 %1210, %1211
	%1213 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1212
	store float %1207, float addrspace(3)* %1213
	br label %1214

1214:
	%1215 = call float @llvm.fma.f32(float %169, float %375, float 0.0)
	%1216 = call float @llvm.fma.f32(float %171, float %377, float %1215)
	%1217 = call float @llvm.fma.f32(float %173, float %379, float %1216)
	%1218 = call float @llvm.fma.f32(float %175, float %381, float %1217)
	%1219 = call float @llvm.fma.f32(float %169, float %397, float 0.0)
	%1220 = call float @llvm.fma.f32(float %171, float %399, float %1219)
	%1221 = call float @llvm.fma.f32(float %173, float %401, float %1220)
	%1222 = call float @llvm.fma.f32(float %175, float %403, float %1221)
	%1223 = call float @llvm.fma.f32(float %169, float %419, float 0.0)
	%1224 = call float @llvm.fma.f32(float %171, float %421, float %1223)
	%1225 = call float @llvm.fma.f32(float %173, float %423, float %1224)
	%1226 = call float @llvm.fma.f32(float %175, float %425, float %1225)
	%1227 = call float @llvm.fma.f32(float %169, float %441, float 0.0)
	%1228 = call float @llvm.fma.f32(float %171, float %443, float %1227)
	%1229 = call float @llvm.fma.f32(float %173, float %445, float %1228)
	%1230 = call float @llvm.fma.f32(float %175, float %447, float %1229)
	%1231 = call float @llvm.fma.f32(float %169, float %463, float 0.0)
	%1232 = call float @llvm.fma.f32(float %171, float %465, float %1231)
	%1233 = call float @llvm.fma.f32(float %173, float %467, float %1232)
	%1234 = call float @llvm.fma.f32(float %175, float %469, float %1233)
	%1235 = call float @llvm.fma.f32(float %169, float %485, float 0.0)
	%1236 = call float @llvm.fma.f32(float %171, float %487, float %1235)
	%1237 = call float @llvm.fma.f32(float %173, float %489, float %1236)
	%1238 = call float @llvm.fma.f32(float %175, float %491, float %1237)
	%1239 = call float @llvm.fma.f32(float %169, float %507, float 0.0)
	%1240 = call float @llvm.fma.f32(float %171, float %509, float %1239)
	%1241 = call float @llvm.fma.f32(float %173, float %511, float %1240)
	%1242 = call float @llvm.fma.f32(float %175, float %513, float %1241)
	%1243 = call float @llvm.fma.f32(float %169, float %529, float 0.0)
	%1244 = call float @llvm.fma.f32(float %171, float %531, float %1243)
	%1245 = call float @llvm.fma.f32(float %173, float %533, float %1244)
	%1246 = call float @llvm.fma.f32(float %175, float %535, float %1245)
	%1247 = and i32 %1, 16
	%1248 = icmp ne i32 %1247, 0
	%1249 = select i1 %1248, float %1218, float %1234
	%1250 = select i1 %1248, float %1234, float %1218
	%1251 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1249, i32 16, i32 31)
	%1252 = fadd float %1250, %1251
	%1253 = select i1 %1248, float %1222, float %1238
	%1254 = select i1 %1248, float %1238, float %1222
	%1255 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1253, i32 16, i32 31)
	%1256 = fadd float %1254, %1255
	%1257 = select i1 %1248, float %1226, float %1242
	%1258 = select i1 %1248, float %1242, float %1226
	%1259 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1257, i32 16, i32 31)
	%1260 = fadd float %1258, %1259
	%1261 = select i1 %1248, float %1230, float %1246
	%1262 = select i1 %1248, float %1246, float %1230
	%1263 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1261, i32 16, i32 31)
	%1264 = fadd float %1262, %1263
	%1265 = and i32 %1, 8
	%1266 = icmp ne i32 %1265, 0
	%1267 = select i1 %1266, float %1252, float %1260
	%1268 = select i1 %1266, float %1260, float %1252
	%1269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1267, i32 8, i32 31)
	%1270 = fadd float %1268, %1269
	%1271 = select i1 %1266, float %1256, float %1264
	%1272 = select i1 %1266, float %1264, float %1256
	%1273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1271, i32 8, i32 31)
	%1274 = fadd float %1272, %1273
	%1275 = and i32 %1, 4
	%1276 = icmp ne i32 %1275, 0
	%1277 = select i1 %1276, float %1270, float %1274
	%1278 = select i1 %1276, float %1274, float %1270
	%1279 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1277, i32 4, i32 31)
	%1280 = fadd float %1278, %1279
	%1281 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1280, i32 1, i32 31)
	%1282 = fadd float %1280, %1281
	%1283 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1282, i32 2, i32 31)
	%1284 = fadd float %1282, %1283
	%1285 = fmul float %1284, 0x3FB6A09E60000000
	%1286 = fcmp ole float %714, %156
	%1287 = uitofp i1 %1286 to float
	%1288 = fcmp une float %1287, 0.0
	%1289 = fsub float %156, %714
	%1290 = fcmp olt float %1289, 4096.0
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = fcmp olt float %714, 4.0
	%1294 = uitofp i1 %1293 to float
	%1295 = fcmp une float %1294, 0.0
	%1296 = or i1 %1292, %1295
	%1297 = uitofp i1 %1296 to float
	%1298 = fcmp une float %1297, 0.0
	%1299 = and i1 %1288, %1298
	%1300 = uitofp i1 %1299 to float
	%1301 = fcmp une float %1300, 0.0
	%1302 = xor i1 %358, true
	%1303 = or i1 %1302, %1301
	%1304 = and i1 %715, %1303
	%1305 = fmul float %1285, 0x3FF7154760000000
	%1306 = select i1 %1304, float %1305, float 0xFFF0000000000000
	%1307 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1306, i32 4, i32 31)
	%1308 = call float @llvm.nvvm.fmax.f(float %1306, float %1307)
	%1309 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1308, i32 8, i32 31)
	%1310 = call float @llvm.nvvm.fmax.f(float %1308, float %1309)
	%1311 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1310, i32 16, i32 31)
	%1312 = call float @llvm.nvvm.fmax.f(float %1310, float %1311)
	%1313 = call float @llvm.nvvm.fmax.f(float %276, float %1312)
	%1314 = fcmp oeq float %1313, 0xFFF0000000000000
	%1315 = select i1 %1314, float 0.0, float %1313
	%1316 = fsub float %276, %1315
	%1317 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1316)
	%1318 = fsub float %1306, %1315
	%1319 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1318)
	%1320 = call float @llvm.fma.f32(float %284, float %1317, float %1319)
	br i1 %717, label %1321, label %1326

1321:
	%1322 = mul i32 %2, 64
	%1323 = add i32 32, %712
	%1324 = add i32 %1322, %1323
	%1325 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1324
	store float %1319, float addrspace(3)* %1325
	br label %1326

1326:
	%1327 = call float @llvm.fma.f32(float %200, float %375, float 0.0)
	%1328 = call float @llvm.fma.f32(float %202, float %377, float %1327)
	%1329 = call float @llvm.fma.f32(float %204, float %379, float %1328)
	%1330 = call float @llvm.fma.f32(float %206, float %381, float %1329)
	%1331 = call float @llvm.fma.f32(float %200, float %397, float 0.0)
	%1332 = call float @llvm.fma.f32(float %202, float %399, float %1331)
	%1333 = call float @llvm.fma.f32(float %204, float %401, float %1332)
	%1334 = call float @llvm.fma.f32(float %206, float %403, float %1333)
	%1335 = call float @llvm.fma.f32(float %200, float %419, float 0.0)
	%1336 = call float @llvm.fma.f32(float %202, float %421, float %1335)
	%1337 = call float @llvm.fma.f32(float %204, float %423, float %1336)
	%1338 = call float @llvm.fma.f32(float %206, float %425, float %1337)
	%1339 = call float @llvm.fma.f32(float %200, float %441, float 0.0)
	%1340 = call float @llvm.fma.f32(float %202, float %443, float %1339)
	%1341 = call float @llvm.fma.f32(float %204, float %445, float %1340)
	%1342 = call float @llvm.fma.f32(float %206, float %447, float %1341)
	%1343 = call float @llvm.fma.f32(float %200, float %463, float 0.0)
	%1344 = call float @llvm.fma.f32(float %202, float %465, float %1343)
	%1345 = call float @llvm.fma.f32(float %204, float %467, float %1344)
	%1346 = call float @llvm.fma.f32(float %206, float %469, float %1345)
	%1347 = call float @llvm.fma.f32(float %200, float %485, float 0.0)
	%1348 = call float @llvm.fma.f32(float %202, float %487, float %1347)
	%1349 = call float @llvm.fma.f32(float %204, float %489, float %1348)
	%1350 = call float @llvm.fma.f32(float %206, float %491, float %1349)
	%1351 = call float @llvm.fma.f32(float %200, float %507, float 0.0)
	%1352 = call float @llvm.fma.f32(float %202, float %509, float %1351)
	%1353 = call float @llvm.fma.f32(float %204, float %511, float %1352)
	%1354 = call float @llvm.fma.f32(float %206, float %513, float %1353)
	%1355 = call float @llvm.fma.f32(float %200, float %529, float 0.0)
	%1356 = call float @llvm.fma.f32(float %202, float %531, float %1355)
	%1357 = call float @llvm.fma.f32(float %204, float %533, float %1356)
	%1358 = call float @llvm.fma.f32(float %206, float %535, float %1357)
	%1359 = and i32 %1, 16
	%1360 = icmp ne i32 %1359, 0
	%1361 = select i1 %1360, float %1330, float %1346
	%1362 = select i1 %1360, float %1346, float %1330
	%1363 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1361, i32 16, i32 31)
	%1364 = fadd float %1362, %1363
	%1365 = select i1 %1360, float %1334, float %1350
	%1366 = select i1 %1360, float %1350, float %1334
	%1367 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1365, i32 16, i32 31)
	%1368 = fadd float %1366, %1367
	%1369 = select i1 %1360, float %1338, float %1354
	%1370 = select i1 %1360, float %1354, float %1338
	%1371 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1369, i32 16, i32 31)
	%1372 = fadd float %1370, %1371
	%1373 = select i1 %1360, float %1342, float %1358
	%1374 = select i1 %1360, float %1358, float %1342
	%1375 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1373, i32 16, i32 31)
	%1376 = fadd float %1374, %1375
	%1377 = and i32 %1, 8
	%1378 = icmp ne i32 %1377, 0
	%1379 = select i1 %1378, float %1364, float %1372
	%1380 = select i1 %1378, float %1372, float %1364
	%1381 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1379, i32 8, i32 31)
	%1382 = fadd float %1380, %1381
	%1383 = select i1 %1378, float %1368, float %1376
	%1384 = select i1 %1378, float %1376, float %1368
	%1385 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1383, i32 8, i32 31)
	%1386 = fadd float %1384, %1385
	%1387 = and i32 %1, 4
	%1388 = icmp ne i32 %1387, 0
	%1389 = select i1 %1388, float %1382, float %1386
	%1390 = select i1 %1388, float %1386, float %1382
	%1391 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1389, i32 4, i32 31)
	%1392 = fadd float %1390, %1391
	%1393 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1392, i32 1, i32 31)
	%1394 = fadd float %1392, %1393
	%1395 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1394, i32 2, i32 31)
	%1396 = fadd float %1394, %1395
	%1397 = fmul float %1396, 0x3FB6A09E60000000
	%1398 = fcmp ole float %714, %187
	%1399 = uitofp i1 %1398 to float
	%1400 = fcmp une float %1399, 0.0
	%1401 = fsub float %187, %714
	%1402 = fcmp olt float %1401, 4096.0
	%1403 = uitofp i1 %1402 to float
	%1404 = fcmp une float %1403, 0.0
	%1405 = fcmp olt float %714, 4.0
	%1406 = uitofp i1 %1405 to float
	%1407 = fcmp une float %1406, 0.0
	%1408 = or i1 %1404, %1407
	%1409 = uitofp i1 %1408 to float
	%1410 = fcmp une float %1409, 0.0
	%1411 = and i1 %1400, %1410
	%1412 = uitofp i1 %1411 to float
	%1413 = fcmp une float %1412, 0.0
	%1414 = xor i1 %358, true
	%1415 = or i1 %1414, %1413
	%1416 = and i1 %715, %1415
	%1417 = fmul float %1397, 0x3FF7154760000000
	%1418 = select i1 %1416, float %1417, float 0xFFF0000000000000
	%1419 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1418, i32 4, i32 31)
	%1420 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1421 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1420, i32 8, i32 31)
	%1422 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1423 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1422, i32 16, i32 31)
	%1424 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1425 = call float @llvm.nvvm.fmax.f(float %277, float %1424)
	%1426 = fcmp oeq float %1425, 0xFFF0000000000000
	%1427 = select i1 %1426, float 0.0, float %1425
	%1428 = fsub float %277, %1427
	%1429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1428)
	%1430 = fsub float %1418, %1427
	%1431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1430)
	%1432 = call float @llvm.fma.f32(float %285, float %1429, float %1431)
	br i1 %717, label %1433, label %1438

1433:
	%1434 = mul i32 %2, 64
	%1435 = add i32 40, %712
	%1436 = add i32 %1434, %1435
	%1437 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1436
	store float %1431, float addrspace(3)* %1437
	br label %1438

1438:
	%1439 = call float @llvm.fma.f32(float %231, float %375, float 0.0)
	%1440 = call float @llvm.fma.f32(float %233, float %377, float %1439)
	%1441 = call float @llvm.fma.f32(float %235, float %379, float %1440)
	%1442 = call float @llvm.fma.f32(float %237, float %381, float %1441)
	%1443 = call float @llvm.fma.f32(float %231, float %397, float 0.0)
	%1444 = call float @llvm.fma.f32(float %233, float %399, float %1443)
	%1445 = call float @llvm.fma.f32(float %235, float %401, float %1444)
	%1446 = call float @llvm.fma.f32(float %237, float %403, float %1445)
	%1447 = call float @llvm.fma.f32(float %231, float %419, float 0.0)
	%1448 = call float @llvm.fma.f32(float %233, float %421, float %1447)
	%1449 = call float @llvm.fma.f32(float %235, float %423, float %1448)
	%1450 = call float @llvm.fma.f32(float %237, float %425, float %1449)
	%1451 = call float @llvm.fma.f32(float %231, float %441, float 0.0)
	%1452 = call float @llvm.fma.f32(float %233, float %443, float %1451)
	%1453 = call float @llvm.fma.f32(float %235, float %445, float %1452)
	%1454 = call float @llvm.fma.f32(float %237, float %447, float %1453)
	%1455 = call float @llvm.fma.f32(float %231, float %463, float 0.0)
	%1456 = call float @llvm.fma.f32(float %233, float %465, float %1455)
	%1457 = call float @llvm.fma.f32(float %235, float %467, float %1456)
	%1458 = call float @llvm.fma.f32(float %237, float %469, float %1457)
	%1459 = call float @llvm.fma.f32(float %231, float %485, float 0.0)
	%1460 = call float @llvm.fma.f32(float %233, float %487, float %1459)
	%1461 = call float @llvm.fma.f32(float %235, float %489, float %1460)
	%1462 = call float @llvm.fma.f32(float %237, float %491, float %1461)
	%1463 = call float @llvm.fma.f32(float %231, float %507, float 0.0)
	%1464 = call float @llvm.fma.f32(float %233, float %509, float %1463)
	%1465 = call float @llvm.fma.f32(float %235, float %511, float %1464)
	%1466 = call float @llvm.fma.f32(float %237, float %513, float %1465)
	%1467 = call float @llvm.fma.f32(float %231, float %529, float 0.0)
	%1468 = call float @llvm.fma.f32(float %233, float %531, float %1467)
	%1469 = call float @llvm.fma.f32(float %235, float %533, float %1468)
	%1470 = call float @llvm.fma.f32(float %237, float %535, float %1469)
	%1471 = and i32 %1, 16
	%1472 = icmp ne i32 %1471, 0
	%1473 = select i1 %1472, float %1442, float %1458
	%1474 = select i1 %1472, float %1458, float %1442
	%1475 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1473, i32 16, i32 31)
	%1476 = fadd float %1474, %1475
	%1477 = select i1 %1472, float %1446, float %1462
	%1478 = select i1 %1472, float %1462, float %1446
	%1479 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1477, i32 16, i32 31)
	%1480 = fadd float %1478, %1479
	%1481 = select i1 %1472, float %1450, float %1466
	%1482 = select i1 %1472, float %1466, float %1450
	%1483 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1481, i32 16, i32 31)
	%1484 = fadd float %1482, %1483
	%1485 = select i1 %1472, float %1454, float %1470
	%1486 = select i1 %1472, float %1470, float %1454
	%1487 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1485, i32 16, i32 31)
	%1488 = fadd float %1486, %1487
	%1489 = and i32 %1, 8
	%1490 = icmp ne i32 %1489, 0
	%1491 = select i1 %1490, float %1476, float %1484
	%1492 = select i1 %1490, float %1484, float %1476
	%1493 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1491, i32 8, i32 31)
	%1494 = fadd float %1492, %1493
	%1495 = select i1 %1490, float %1480, float %1488
	%1496 = select i1 %1490, float %1488, float %1480
	%1497 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1495, i32 8, i32 31)
	%1498 = fadd float %1496, %1497
	%1499 = and i32 %1, 4
	%1500 = icmp ne i32 %1499, 0
	%1501 = select i1 %1500, float %1494, float %1498
	%1502 = select i1 %1500, float %1498, float %1494
	%1503 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1501, i32 4, i32 31)
	%1504 = fadd float %1502, %1503
	%1505 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1504, i32 1, i32 31)
	%1506 = fadd float %1504, %1505
	%1507 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1506, i32 2, i32 31)
	%1508 = fadd float %1506, %1507
	%1509 = fmul float %1508, 0x3FB6A09E60000000
	%1510 = fcmp ole float %714, %218
	%1511 = uitofp i1 %1510 to float
	%1512 = fcmp une float %1511, 0.0
	%1513 = fsub float %218, %714
	%1514 = fcmp olt float %1513, 4096.0
	%1515 = uitofp i1 %1514 to float
	%1516 = fcmp une float %1515, 0.0
	%1517 = fcmp olt float %714, 4.0
	%1518 = uitofp i1 %1517 to float
	%1519 = fcmp une float %1518, 0.0
	%1520 = or i1 %1516, %1519
	%1521 = uitofp i1 %1520 to float
	%1522 = fcmp une float %1521, 0.0
	%1523 = and i1 %1512, %1522
	%1524 = uitofp i1 %1523 to float
	%1525 = fcmp une float %1524, 0.0
	%1526 = xor i1 %358, true
	%1527 = or i1 %1526, %1525
	%1528 = and i1 %715, %1527
	%1529 = fmul float %1509, 0x3FF7154760000000
	%1530 = select i1 %1528, float %1529, float 0xFFF0000000000000
	%1531 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1530, i32 4, i32 31)
	%1532 = call float @llvm.nvvm.fmax.f(float %1530, float %1531)
	%1533 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1532, i32 8, i32 31)
	%1534 = call float @llvm.nvvm.fmax.f(float %1532, float %1533)
	%1535 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1534, i32 16, i32 31)
	%1536 = call float @llvm.nvvm.fmax.f(float %1534, float %1535)
	%1537 = call float @llvm.nvvm.fmax.f(float %278, float %1536)
	%1538 = fcmp oeq float %1537, 0xFFF0000000000000
	%1539 = select i1 %1538, float 0.0, float %1537
	%1540 = fsub float %278, %1539
	%1541 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1540)
	%1542 = fsub float %1530, %1539
	%1543 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1542)
	%1544 = call float @llvm.fma.f32(float %286, float %1541, float %1543)
	br i1 %717, label %1545, label %1550

1545:
	%1546 = mul i32 %2, 64
	%1547 = add i32 48, %712
	%1548 = add i32 %1546, %1547
	%1549 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1548
	store float %1543, float addrspace(3)* %1549
	br label %1550

1550:
	%1551 = call float @llvm.fma.f32(float %262, float %375, float 0.0)
	%1552 = call float @llvm.fma.f32(float %264, float %377, float %1551)
	%1553 = call float @llvm.fma.f32(float %266, float %379, float %1552)
	%1554 = call float @llvm.fma.f32(float %268, float %381, float %1553)
	%1555 = call float @llvm.fma.f32(float %262, float %397, float 0.0)
	%1556 = call float @llvm.fma.f32(float %264, float %399, float %1555)
	%1557 = call float @llvm.fma.f32(float %266, float %401, float %1556)
	%1558 = call float @llvm.fma.f32(float %268, float %403, float %1557)
	%1559 = call float @llvm.fma.f32(float %262, float %419, float 0.0)
	%1560 = call float @llvm.fma.f32(float %264, float %421, float %1559)
	%1561 = call float @llvm.fma.f32(float %266, float %423, float %1560)
	%1562 = call float @llvm.fma.f32(float %268, float %425, float %1561)
	%1563 = call float @llvm.fma.f32(float %262, float %441, float 0.0)
	%1564 = call float @llvm.fma.f32(float %264, float %443, float %1563)
	%1565 = call float @llvm.fma.f32(float %266, float %445, float %1564)
	%1566 = call float @llvm.fma.f32(float %268, float %447, float %1565)
	%1567 = call float @llvm.fma.f32(float %262, float %463, float 0.0)
	%1568 = call float @llvm.fma.f32(float %264, float %465, float %1567)
	%1569 = call float @llvm.fma.f32(float %266, float %467, float %1568)
	%1570 = call float @llvm.fma.f32(float %268, float %469, float %1569)
	%1571 = call float @llvm.fma.f32(float %262, float %485, float 0.0)
	%1572 = call float @llvm.fma.f32(float %264, float %487, float %1571)
	%1573 = call float @llvm.fma.f32(float %266, float %489, float %1572)
	%1574 = call float @llvm.fma.f32(float %268, float %491, float %1573)
	%1575 = call float @llvm.fma.f32(float %262, float %507, float 0.0)
	%1576 = call float @llvm.fma.f32(float %264, float %509, float %1575)
	%1577 = call float @llvm.fma.f32(float %266, float %511, float %1576)
	%1578 = call float @llvm.fma.f32(float %268, float %513, float %1577)
	%1579 = call float @llvm.fma.f32(float %262, float %529, float 0.0)
	%1580 = call float @llvm.fma.f32(float %264, float %531, float %1579)
	%1581 = call float @llvm.fma.f32(float %266, float %533, float %1580)
	%1582 = call float @llvm.fma.f32(float %268, float %535, float %1581)
	%1583 = and i32 %1, 16
	%1584 = icmp ne i32 %1583, 0
	%1585 = select i1 %1584, float %1554, float %1570
	%1586 = select i1 %1584, float %1570, float %1554
	%1587 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1585, i32 16, i32 31)
	%1588 = fadd float %1586, %1587
	%1589 = select i1 %1584, float %1558, float %1574
	%1590 = select i1 %1584, float %1574, float %1558
	%1591 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1589, i32 16, i32 31)
	%1592 = fadd float %1590, %1591
	%1593 = select i1 %1584, float %1562, float %1578
	%1594 = select i1 %1584, float %1578, float %1562
	%1595 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1593, i32 16, i32 31)
	%1596 = fadd float %1594, %1595
	%1597 = select i1 %1584, float %1566, float %1582
	%1598 = select i1 %1584, float %1582, float %1566
	%1599 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1597, i32 16, i32 31)
	%1600 = fadd float %1598, %1599
	%1601 = and i32 %1, 8
	%1602 = icmp ne i32 %1601, 0
	%1603 = select i1 %1602, float %1588, float %1596
	%1604 = select i1 %1602, float %1596, float %1588
	%1605 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1603, i32 8, i32 31)
	%1606 = fadd float %1604, %1605
	%1607 = select i1 %1602, float %1592, float %1600
	%1608 = select i1 %1602, float %1600, float %1592
	%1609 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1607, i32 8, i32 31)
	%1610 = fadd float %1608, %1609
	%1611 = and i32 %1, 4
	%1612 = icmp ne i32 %1611, 0
	%1613 = select i1 %1612, float %1606, float %1610
	%1614 = select i1 %1612, float %1610, float %1606
	%1615 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1613, i32 4, i32 31)
	%1616 = fadd float %1614, %1615
	%1617 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1616, i32 1, i32 31)
	%1618 = fadd float %1616, %1617
	%1619 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1618, i32 2, i32 31)
	%1620 = fadd float %1618, %1619
	%1621 = fmul float %1620, 0x3FB6A09E60000000
	%1622 = fcmp ole float %714, %249
	%1623 = uitofp i1 %1622 to float
	%1624 = fcmp une float %1623, 0.0
	%1625 = fsub float %249, %714
	%1626 = fcmp olt float %1625, 4096.0
	%1627 = uitofp i1 %1626 to float
	%1628 = fcmp une float %1627, 0.0
	%1629 = fcmp olt float %714, 4.0
	%1630 = uitofp i1 %1629 to float
	%1631 = fcmp une float %1630, 0.0
	%1632 = or i1 %1628, %1631
	%1633 = uitofp i1 %1632 to float
	%1634 = fcmp une float %1633, 0.0
	%1635 = and i1 %1624, %1634
	%1636 = uitofp i1 %1635 to float
	%1637 = fcmp une float %1636, 0.0
	%1638 = xor i1 %358, true
	%1639 = or i1 %1638, %1637
	%1640 = and i1 %715, %1639
	%1641 = fmul float %1621, 0x3FF7154760000000
	%1642 = select i1 %1640, float %1641, float 0xFFF0000000000000
	%1643 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1642, i32 4, i32 31)
	%1644 = call float @llvm.nvvm.fmax.f(float %1642, float %1643)
	%1645 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1644, i32 8, i32 31)
	%1646 = call float @llvm.nvvm.fmax.f(float %1644, float %1645)
	%1647 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1646, i32 16, i32 31)
	%1648 = call float @llvm.nvvm.fmax.f(float %1646, float %1647)
	%1649 = call float @llvm.nvvm.fmax.f(float %279, float %1648)
	%1650 = fcmp oeq float %1649, 0xFFF0000000000000
	%1651 = select i1 %1650, float 0.0, float %1649
	%1652 = fsub float %279, %1651
	%1653 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1652)
	%1654 = fsub float %1642, %1651
	%1655 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1654)
	%1656 = call float @llvm.fma.f32(float %287, float %1653, float %1655)
	br i1 %717, label %1657, label %1662

1657:
	%1658 = mul i32 %2, 64
	%1659 = add i32 56, %712
	%1660 = add i32 %1658, %1659
	%1661 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1660
	store float %1655, float addrspace(3)* %1661
	br label %1662

1662:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1663 = fmul float %288, %820
	%1664 = fmul float %289, %820
	%1665 = fmul float %290, %820
	%1666 = fmul float %291, %820
	%1667 = mul i32 %2, 64
	%1668 = add i32 0, 0
	%1669 = add i32 %1667, %1668
	%1670 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1669
	%1671 = load float, float addrspace(3)* %1670
	%1672 = call float @llvm.fma.f32(float %1671, float %551, float %1663)
	%1673 = call float @llvm.fma.f32(float %1671, float %553, float %1664)
	%1674 = call float @llvm.fma.f32(float %1671, float %555, float %1665)
	%1675 = call float @llvm.fma.f32(float %1671, float %557, float %1666)
	%1676 = mul i32 %2, 64
	%1677 = add i32 0, 1
	%1678 = add i32 %1676, %1677
	%1679 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1678
	%1680 = load float, float addrspace(3)* %1679
	%1681 = call float @llvm.fma.f32(float %1680, float %573, float %1672)
	%1682 = call float @llvm.fma.f32(float %1680, float %575, float %1673)
	%1683 = call float @llvm.fma.f32(float %1680, float %577, float %1674)
	%1684 = call float @llvm.fma.f32(float %1680, float %579, float %1675)
	%1685 = mul i32 %2, 64
	%1686 = add i32 0, 2
	%1687 = add i32 %1685, %1686
	%1688 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1687
	%1689 = load float, float addrspace(3)* %1688
	%1690 = call float @llvm.fma.f32(float %1689, float %595, float %1681)
	%1691 = call float @llvm.fma.f32(float %1689, float %597, float %1682)
	%1692 = call float @llvm.fma.f32(float %1689, float %599, float %1683)
	%1693 = call float @llvm.fma.f32(float %1689, float %601, float %1684)
	%1694 = mul i32 %2, 64
	%1695 = add i32 0, 3
	%1696 = add i32 %1694, %1695
	%1697 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1696
	%1698 = load float, float addrspace(3)* %1697
	%1699 = call float @llvm.fma.f32(float %1698, float %617, float %1690)
	%1700 = call float @llvm.fma.f32(float %1698, float %619, float %1691)
	%1701 = call float @llvm.fma.f32(float %1698, float %621, float %1692)
	%1702 = call float @llvm.fma.f32(float %1698, float %623, float %1693)
	%1703 = mul i32 %2, 64
	%1704 = add i32 0, 4
	%1705 = add i32 %1703, %1704
	%1706 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1705
	%1707 = load float, float addrspace(3)* %1706
	%1708 = call float @llvm.fma.f32(float %1707, float %639, float %1699)
	%1709 = call float @llvm.fma.f32(float %1707, float %641, float %1700)
	%1710 = call float @llvm.fma.f32(float %1707, float %643, float %1701)
	%1711 = call float @llvm.fma.f32(float %1707, float %645, float %1702)
	%1712 = mul i32 %2, 64
	%1713 = add i32 0, 5
	%1714 = add i32 %1712, %1713
	%1715 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1714
	%1716 = load float, float addrspace(3)* %1715
	%1717 = call float @llvm.fma.f32(float %1716, float %661, float %1708)
	%1718 = call float @llvm.fma.f32(float %1716, float %663, float %1709)
	%1719 = call float @llvm.fma.f32(float %1716, float %665, float %1710)
	%1720 = call float @llvm.fma.f32(float %1716, float %667, float %1711)
	%1721 = mul i32 %2, 64
	%1722 = add i32 0, 6
	%1723 = add i32 %1721, %1722
	%1724 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1723
	%1725 = load float, float addrspace(3)* %1724
	%1726 = call float @llvm.fma.f32(float %1725, float %683, float %1717)
	%1727 = call float @llvm.fma.f32(float %1725, float %685, float %1718)
	%1728 = call float @llvm.fma.f32(float %1725, float %687, float %1719)
	%1729 = call float @llvm.fma.f32(float %1725, float %689, float %1720)
	%1730 = mul i32 %2, 64
	%1731 = add i32 0, 7
	%1732 = add i32 %1730, %1731
	%1733 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1732
	%1734 = load float, float addrspace(3)* %1733
	%1735 = call float @llvm.fma.f32(float %1734, float %705, float %1726)
	%1736 = call float @llvm.fma.f32(float %1734, float %707, float %1727)
	%1737 = call float @llvm.fma.f32(float %1734, float %709, float %1728)
	%1738 = call float @llvm.fma.f32(float %1734, float %711, float %1729)
	%1739 = fmul float %292, %981
	%1740 = fmul float %293, %981
	%1741 = fmul float %294, %981
	%1742 = fmul float %295, %981
	%1743 = mul i32 %2, 64
	%1744 = add i32 8, 0
	%1745 = add i32 %1743, %1744
	%1746 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1745
	%1747 = load float, float addrspace(3)* %1746
	%1748 = call float @llvm.fma.f32(float %1747, float %551, float %1739)
	%1749 = call float @llvm.fma.f32(float %1747, float %553, float %1740)
	%1750 = call float @llvm.fma.f32(float %1747, float %555, float %1741)
	%1751 = call float @llvm.fma.f32(float %1747, float %557, float %1742)
	%1752 = mul i32 %2, 64
	%1753 = add i32 8, 1
	%1754 = add i32 %1752, %1753
	%1755 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1754
	%1756 = load float, float addrspace(3)* %1755
	%1757 = call float @llvm.fma.f32(float %1756, float %573, float %1748)
	%1758 = call float @llvm.fma.f32(float %1756, float %575, float %1749)
	%1759 = call float @llvm.fma.f32(float %1756, float %577, float %1750)
	%1760 = call float @llvm.fma.f32(float %1756, float %579, float %1751)
	%1761 = mul i32 %2, 64
	%1762 = add i32 8, 2
	%1763 = add i32 %1761, %1762
	%1764 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1763
	%1765 = load float, float addrspace(3)* %1764
	%1766 = call float @llvm.fma.f32(float %1765, float %595, float %1757)
	%1767 = call float @llvm.fma.f32(float %1765, float %597, float %1758)
	%1768 = call float @llvm.fma.f32(float %1765, float %599, float %1759)
	%1769 = call float @llvm.fma.f32(float %1765, float %601, float %1760)
	%1770 = mul i32 %2, 64
	%1771 = add i32 8, 3
	%1772 = add i32 %1770, %1771
	%1773 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1772
	%1774 = load float, float addrspace(3)* %1773
	%1775 = call float @llvm.fma.f32(float %1774, float %617, float %1766)
	%1776 = call float @llvm.fma.f32(float %1774, float %619, float %1767)
	%1777 = call float @llvm.fma.f32(float %1774, float %621, float %1768)
	%1778 = call float @llvm.fma.f32(float %1774, float %623, float %1769)
	%1779 = mul i32 %2, 64
	%1780 = add i32 8, 4
	%1781 = add i32 %1779, %1780
	%1782 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1781
	%1783 = load float, float addrspace(3)* %1782
	%1784 = call float @llvm.fma.f32(float %1783, float %639, float %1775)
	%1785 = call float @llvm.fma.f32(float %1783, float %641, float %1776)
	%1786 = call float @llvm.fma.f32(float %1783, float %643, float %1777)
	%1787 = call float @llvm.fma.f32(float %1783, float %645, float %1778)
	%1788 = mul i32 %2, 64
	%1789 = add i32 8, 5
	%1790 = add i32 %1788, %1789
	%1791 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1790
	%1792 = load float, float addrspace(3)* %1791
	%1793 = call float @llvm.fma.f32(float %1792, float %661, float %1784)
	%1794 = call float @llvm.fma.f32(float %1792, float %663, float %1785)
	%1795 = call float @llvm.fma.f32(float %1792, float %665, float %1786)
	%1796 = call float @llvm.fma.f32(float %1792, float %667, float %1787)
	%1797 = mul i32 %2, 64
	%1798 = add i32 8, 6
	%1799 = add i32 %1797, %1798
	%1800 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1799
	%1801 = load float, float addrspace(3)* %1800
	%1802 = call float @llvm.fma.f32(float %1801, float %683, float %1793)
	%1803 = call float @llvm.fma.f32(float %1801, float %685, float %1794)
	%1804 = call float @llvm.fma.f32(float %1801, float %687, float %1795)
	%1805 = call float @llvm.fma.f32(float %1801, float %689, float %1796)
	%1806 = mul i32 %2, 64
	%1807 = add i32 8, 7
	%1808 = add i32 %1806, %1807
	%1809 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1808
	%1810 = load float, float addrspace(3)* %1809
	%1811 = call float @llvm.fma.f32(float %1810, float %705, float %1802)
	%1812 = call float @llvm.fma.f32(float %1810, float %707, float %1803)
	%1813 = call float @llvm.fma.f32(float %1810, float %709, float %1804)
	%1814 = call float @llvm.fma.f32(float %1810, float %711, float %1805)
	%1815 = fmul float %296, %1093
	%1816 = fmul float %297, %1093
	%1817 = fmul float %298, %1093
	%1818 = fmul float %299, %1093
	%1819 = mul i32 %2, 64
	%1820 = add i32 16, 0
	%1821 = add i32 %1819, %1820
	%1822 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1821
	%1823 = load float, float addrspace(3)* %1822
	%1824 = call float @llvm.fma.f32(float %1823, float %551, float %1815)
	%1825 = call float @llvm.fma.f32(float %1823, float %553, float %1816)
	%1826 = call float @llvm.fma.f32(float %1823, float %555, float %1817)
	%1827 = call float @llvm.fma.f32(float %1823, float %557, float %1818)
	%1828 = mul i32 %2, 64
	%1829 = add i32 16, 1
	%1830 = add i32 %1828, %1829
	%1831 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1830
	%1832 = load float, float addrspace(3)* %1831
	%1833 = call float @llvm.fma.f32(float %1832, float %573, float %1824)
	%1834 = call float @llvm.fma.f32(float %1832, float %575, float %1825)
	%1835 = call float @llvm.fma.f32(float %1832, float %577, float %1826)
	%1836 = call float @llvm.fma.f32(float %1832, float %579, float %1827)
	%1837 = mul i32 %2, 64
	%1838 = add i32 16, 2
	%1839 = add i32 %1837, %1838
	%1840 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1839
	%1841 = load float, float addrspace(3)* %1840
	%1842 = call float @llvm.fma.f32(float %1841, float %595, float %1833)
	%1843 = call float @llvm.fma.f32(float %1841, float %597, float %1834)
	%1844 = call float @llvm.fma.f32(float %1841, float %599, float %1835)
	%1845 = call float @llvm.fma.f32(float %1841, float %601, float %1836)
	%1846 = mul i32 %2, 64
	%1847 = add i32 16, 3
	%1848 = add i32 %1846, %1847
	%1849 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1848
	%1850 = load float, float addrspace(3)* %1849
	%1851 = call float @llvm.fma.f32(float %1850, float %617, float %1842)
	%1852 = call float @llvm.fma.f32(float %1850, float %619, float %1843)
	%1853 = call float @llvm.fma.f32(float %1850, float %621, float %1844)
	%1854 = call float @llvm.fma.f32(float %1850, float %623, float %1845)
	%1855 = mul i32 %2, 64
	%1856 = add i32 16, 4
	%1857 = add i32 %1855, %1856
	%1858 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1857
	%1859 = load float, float addrspace(3)* %1858
	%1860 = call float @llvm.fma.f32(float %1859, float %639, float %1851)
	%1861 = call float @llvm.fma.f32(float %1859, float %641, float %1852)
	%1862 = call float @llvm.fma.f32(float %1859, float %643, float %1853)
	%1863 = call float @llvm.fma.f32(float %1859, float %645, float %1854)
	%1864 = mul i32 %2, 64
	%1865 = add i32 16, 5
	%1866 = add i32 %1864, %1865
	%1867 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1866
	%1868 = load float, float addrspace(3)* %1867
	%1869 = call float @llvm.fma.f32(float %1868, float %661, float %1860)
	%1870 = call float @llvm.fma.f32(float %1868, float %663, float %1861)
	%1871 = call float @llvm.fma.f32(float %1868, float %665, float %1862)
	%1872 = call float @llvm.fma.f32(float %1868, float %667, float %1863)
	%1873 = mul i32 %2, 64
	%1874 = add i32 16, 6
	%1875 = add i32 %1873, %1874
	%1876 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1875
	%1877 = load float, float addrspace(3)* %1876
	%1878 = call float @llvm.fma.f32(float %1877, float %683, float %1869)
	%1879 = call float @llvm.fma.f32(float %1877, float %685, float %1870)
	%1880 = call float @llvm.fma.f32(float %1877, float %687, float %1871)
	%1881 = call float @llvm.fma.f32(float %1877, float %689, float %1872)
	%1882 = mul i32 %2, 64
	%1883 = add i32 16, 7
	%1884 = add i32 %1882, %1883
	%1885 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1884
	%1886 = load float, float addrspace(3)* %1885
	%1887 = call float @llvm.fma.f32(float %1886, float %705, float %1878)
	%1888 = call float @llvm.fma.f32(float %1886, float %707, float %1879)
	%1889 = call float @llvm.fma.f32(float %1886, float %709, float %1880)
	%1890 = call float @llvm.fma.f32(float %1886, float %711, float %1881)
	%1891 = fmul float %300, %1205
	%1892 = fmul float %301, %1205
	%1893 = fmul float %302, %1205
	%1894 = fmul float %303, %1205
	%1895 = mul i32 %2, 64
	%1896 = add i32 24, 0
	%1897 = add i32 %1895, %1896
	%1898 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1897
	%1899 = load float, float addrspace(3)* %1898
	%1900 = call float @llvm.fma.f32(float %1899, float %551, float %1891)
	%1901 = call float @llvm.fma.f32(float %1899, float %553, float %1892)
	%1902 = call float @llvm.fma.f32(float %1899, float %555, float %1893)
	%1903 = call float @llvm.fma.f32(float %1899, float %557, float %1894)
	%1904 = mul i32 %2, 64
	%1905 = add i32 24, 1
	%1906 = add i32 %1904, %1905
	%1907 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1906
	%1908 = load float, float addrspace(3)* %1907
	%1909 = call float @llvm.fma.f32(float %1908, float %573, float %1900)
	%1910 = call float @llvm.fma.f32(float %1908, float %575, float %1901)
	%1911 = call float @llvm.fma.f32(float %1908, float %577, float %1902)
	%1912 = call float @llvm.fma.f32(float %1908, float %579, float %1903)
	%1913 = mul i32 %2, 64
	%1914 = add i32 24, 2
	%1915 = add i32 %1913, %1914
	%1916 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1915
	%1917 = load float, float addrspace(3)* %1916
	%1918 = call float @llvm.fma.f32(float %1917, float %595, float %1909)
	%1919 = call float @llvm.fma.f32(float %1917, float %597, float %1910)
	%1920 = call float @llvm.fma.f32(float %1917, float %599, float %1911)
	%1921 = call float @llvm.fma.f32(float %1917, float %601, float %1912)
	%1922 = mul i32 %2, 64
	%1923 = add i32 24, 3
	%1924 = add i32 %1922, %1923
	%1925 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1924
	%1926 = load float, float addrspace(3)* %1925
	%1927 = call float @llvm.fma.f32(float %1926, float %617, float %1918)
	%1928 = call float @llvm.fma.f32(float %1926, float %619, float %1919)
	%1929 = call float @llvm.fma.f32(float %1926, float %621, float %1920)
	%1930 = call float @llvm.fma.f32(float %1926, float %623, float %1921)
	%1931 = mul i32 %2, 64
	%1932 = add i32 24, 4
	%1933 = add i32 %1931, %1932
	%1934 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1933
	%1935 = load float, float addrspace(3)* %1934
	%1936 = call float @llvm.fma.f32(float %1935, float %639, float %1927)
	%1937 = call float @llvm.fma.f32(float %1935, float %641, float %1928)
	%1938 = call float @llvm.fma.f32(float %1935, float %643, float %1929)
	%1939 = call float @llvm.fma.f32(float %1935, float %645, float %1930)
	%1940 = mul i32 %2, 64
	%1941 = add i32 24, 5
	%1942 = add i32 %1940, %1941
	%1943 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1942
	%1944 = load float, float addrspace(3)* %1943
	%1945 = call float @llvm.fma.f32(float %1944, float %661, float %1936)
	%1946 = call float @llvm.fma.f32(float %1944, float %663, float %1937)
	%1947 = call float @llvm.fma.f32(float %1944, float %665, float %1938)
	%1948 = call float @llvm.fma.f32(float %1944, float %667, float %1939)
	%1949 = mul i32 %2, 64
	%1950 = add i32 24, 6
	%1951 = add i32 %1949, %1950
	%1952 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1951
	%1953 = load float, float addrspace(3)* %1952
	%1954 = call float @llvm.fma.f32(float %1953, float %683, float %1945)
	%1955 = call float @llvm.fma.f32(float %1953, float %685, float %1946)
	%1956 = call float @llvm.fma.f32(float %1953, float %687, float %1947)
	%1957 = call float @llvm.fma.f32(float %1953, float %689, float %1948)
	%1958 = mul i32 %2, 64
	%1959 = add i32 24, 7
	%1960 = add i32 %1958, %1959
	%1961 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1960
	%1962 = load float, float addrspace(3)* %1961
	%1963 = call float @llvm.fma.f32(float %1962, float %705, float %1954)
	%1964 = call float @llvm.fma.f32(float %1962, float %707, float %1955)
	%1965 = call float @llvm.fma.f32(float %1962, float %709, float %1956)
	%1966 = call float @llvm.fma.f32(float %1962, float %711, float %1957)
	%1967 = fmul float %304, %1317
	%1968 = fmul float %305, %1317
	%1969 = fmul float %306, %1317
	%1970 = fmul float %307, %1317
	%1971 = mul i32 %2, 64
	%1972 = add i32 32, 0
	%1973 = add i32 %1971, %1972
	%1974 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1973
	%1975 = load float, float addrspace(3)* %1974
	%1976 = call float @llvm.fma.f32(float %1975, float %551, float %1967)
	%1977 = call float @llvm.fma.f32(float %1975, float %553, float %1968)
	%1978 = call float @llvm.fma.f32(float %1975, float %555, float %1969)
	%1979 = call float @llvm.fma.f32(float %1975, float %557, float %1970)
	%1980 = mul i32 %2, 64
	%1981 = add i32 32, 1
	%1982 = add i32 %1980, %1981
	%1983 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1982
	%1984 = load float, float addrspace(3)* %1983
	%1985 = call float @llvm.fma.f32(float %1984, float %573, float %1976)
	%1986 = call float @llvm.fma.f32(float %1984, float %575, float %1977)
	%1987 = call float @llvm.fma.f32(float %1984, float %577, float %1978)
	%1988 = call float @llvm.fma.f32(float %1984, float %579, float %1979)
	%1989 = mul i32 %2, 64
	%1990 = add i32 32, 2
	%1991 = add i32 %1989, %1990
	%1992 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %1991
	%1993 = load float, float addrspace(3)* %1992
	%1994 = call float @llvm.fma.f32(float %1993, float %595, float %1985)
	%1995 = call float @llvm.fma.f32(float %1993, float %597, float %1986)
	%1996 = call float @llvm.fma.f32(float %1993, float %599, float %1987)
	%1997 = call float @llvm.fma.f32(float %1993, float %601, float %1988)
	%1998 = mul i32 %2, 64
	%1999 = add i32 32, 3
	%2000 = add i32 %1998, %1999
	%2001 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2000
	%2002 = load float, float addrspace(3)* %2001
	%2003 = call float @llvm.fma.f32(float %2002, float %617, float %1994)
	%2004 = call float @llvm.fma.f32(float %2002, float %619, float %1995)
	%2005 = call float @llvm.fma.f32(float %2002, float %621, float %1996)
	%2006 = call float @llvm.fma.f32(float %2002, float %623, float %1997)
	%2007 = mul i32 %2, 64
	%2008 = add i32 32, 4
	%2009 = add i32 %2007, %2008
	%2010 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2009
	%2011 = load float, float addrspace(3)* %2010
	%2012 = call float @llvm.fma.f32(float %2011, float %639, float %2003)
	%2013 = call float @llvm.fma.f32(float %2011, float %641, float %2004)
	%2014 = call float @llvm.fma.f32(float %2011, float %643, float %2005)
	%2015 = call float @llvm.fma.f32(float %2011, float %645, float %2006)
	%2016 = mul i32 %2, 64
	%2017 = add i32 32, 5
	%2018 = add i32 %2016, %2017
	%2019 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2018
	%2020 = load float, float addrspace(3)* %2019
	%2021 = call float @llvm.fma.f32(float %2020, float %661, float %2012)
	%2022 = call float @llvm.fma.f32(float %2020, float %663, float %2013)
	%2023 = call float @llvm.fma.f32(float %2020, float %665, float %2014)
	%2024 = call float @llvm.fma.f32(float %2020, float %667, float %2015)
	%2025 = mul i32 %2, 64
	%2026 = add i32 32, 6
	%2027 = add i32 %2025, %2026
	%2028 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2027
	%2029 = load float, float addrspace(3)* %2028
	%2030 = call float @llvm.fma.f32(float %2029, float %683, float %2021)
	%2031 = call float @llvm.fma.f32(float %2029, float %685, float %2022)
	%2032 = call float @llvm.fma.f32(float %2029, float %687, float %2023)
	%2033 = call float @llvm.fma.f32(float %2029, float %689, float %2024)
	%2034 = mul i32 %2, 64
	%2035 = add i32 32, 7
	%2036 = add i32 %2034, %2035
	%2037 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2036
	%2038 = load float, float addrspace(3)* %2037
	%2039 = call float @llvm.fma.f32(float %2038, float %705, float %2030)
	%2040 = call float @llvm.fma.f32(float %2038, float %707, float %2031)
	%2041 = call float @llvm.fma.f32(float %2038, float %709, float %2032)
	%2042 = call float @llvm.fma.f32(float %2038, float %711, float %2033)
	%2043 = fmul float %308, %1429
	%2044 = fmul float %309, %1429
	%2045 = fmul float %310, %1429
	%2046 = fmul float %311, %1429
	%2047 = mul i32 %2, 64
	%2048 = add i32 40, 0
	%2049 = add i32 %2047, %2048
	%2050 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2049
	%2051 = load float, float addrspace(3)* %2050
	%2052 = call float @llvm.fma.f32(float %2051, float %551, float %2043)
	%2053 = call float @llvm.fma.f32(float %2051, float %553, float %2044)
	%2054 = call float @llvm.fma.f32(float %2051, float %555, float %2045)
	%2055 = call float @llvm.fma.f32(float %2051, float %557, float %2046)
	%2056 = mul i32 %2, 64
	%2057 = add i32 40, 1
	%2058 = add i32 %2056, %2057
	%2059 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2058
	%2060 = load float, float addrspace(3)* %2059
	%2061 = call float @llvm.fma.f32(float %2060, float %573, float %2052)
	%2062 = call float @llvm.fma.f32(float %2060, float %575, float %2053)
	%2063 = call float @llvm.fma.f32(float %2060, float %577, float %2054)
	%2064 = call float @llvm.fma.f32(float %2060, float %579, float %2055)
	%2065 = mul i32 %2, 64
	%2066 = add i32 40, 2
	%2067 = add i32 %2065, %2066
	%2068 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2067
	%2069 = load float, float addrspace(3)* %2068
	%2070 = call float @llvm.fma.f32(float %2069, float %595, float %2061)
	%2071 = call float @llvm.fma.f32(float %2069, float %597, float %2062)
	%2072 = call float @llvm.fma.f32(float %2069, float %599, float %2063)
	%2073 = call float @llvm.fma.f32(float %2069, float %601, float %2064)
	%2074 = mul i32 %2, 64
	%2075 = add i32 40, 3
	%2076 = add i32 %2074, %2075
	%2077 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2076
	%2078 = load float, float addrspace(3)* %2077
	%2079 = call float @llvm.fma.f32(float %2078, float %617, float %2070)
	%2080 = call float @llvm.fma.f32(float %2078, float %619, float %2071)
	%2081 = call float @llvm.fma.f32(float %2078, float %621, float %2072)
	%2082 = call float @llvm.fma.f32(float %2078, float %623, float %2073)
	%2083 = mul i32 %2, 64
	%2084 = add i32 40, 4
	%2085 = add i32 %2083, %2084
	%2086 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2085
	%2087 = load float, float addrspace(3)* %2086
	%2088 = call float @llvm.fma.f32(float %2087, float %639, float %2079)
	%2089 = call float @llvm.fma.f32(float %2087, float %641, float %2080)
	%2090 = call float @llvm.fma.f32(float %2087, float %643, float %2081)
	%2091 = call float @llvm.fma.f32(float %2087, float %645, float %2082)
	%2092 = mul i32 %2, 64
	%2093 = add i32 40, 5
	%2094 = add i32 %2092, %2093
	%2095 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2094
	%2096 = load float, float addrspace(3)* %2095
	%2097 = call float @llvm.fma.f32(float %2096, float %661, float %2088)
	%2098 = call float @llvm.fma.f32(float %2096, float %663, float %2089)
	%2099 = call float @llvm.fma.f32(float %2096, float %665, float %2090)
	%2100 = call float @llvm.fma.f32(float %2096, float %667, float %2091)
	%2101 = mul i32 %2, 64
	%2102 = add i32 40, 6
	%2103 = add i32 %2101, %2102
	%2104 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2103
	%2105 = load float, float addrspace(3)* %2104
	%2106 = call float @llvm.fma.f32(float %2105, float %683, float %2097)
	%2107 = call float @llvm.fma.f32(float %2105, float %685, float %2098)
	%2108 = call float @llvm.fma.f32(float %2105, float %687, float %2099)
	%2109 = call float @llvm.fma.f32(float %2105, float %689, float %2100)
	%2110 = mul i32 %2, 64
	%2111 = add i32 40, 7
	%2112 = add i32 %2110, %2111
	%2113 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2112
	%2114 = load float, float addrspace(3)* %2113
	%2115 = call float @llvm.fma.f32(float %2114, float %705, float %2106)
	%2116 = call float @llvm.fma.f32(float %2114, float %707, float %2107)
	%2117 = call float @llvm.fma.f32(float %2114, float %709, float %2108)
	%2118 = call float @llvm.fma.f32(float %2114, float %711, float %2109)
	%2119 = fmul float %312, %1541
	%2120 = fmul float %313, %1541
	%2121 = fmul float %314, %1541
	%2122 = fmul float %315, %1541
	%2123 = mul i32 %2, 64
	%2124 = add i32 48, 0
	%2125 = add i32 %2123, %2124
	%2126 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2125
	%2127 = load float, float addrspace(3)* %2126
	%2128 = call float @llvm.fma.f32(float %2127, float %551, float %2119)
	%2129 = call float @llvm.fma.f32(float %2127, float %553, float %2120)
	%2130 = call float @llvm.fma.f32(float %2127, float %555, float %2121)
	%2131 = call float @llvm.fma.f32(float %2127, float %557, float %2122)
	%2132 = mul i32 %2, 64
	%2133 = add i32 48, 1
	%2134 = add i32 %2132, %2133
	%2135 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2134
	%2136 = load float, float addrspace(3)* %2135
	%2137 = call float @llvm.fma.f32(float %2136, float %573, float %2128)
	%2138 = call float @llvm.fma.f32(float %2136, float %575, float %2129)
	%2139 = call float @llvm.fma.f32(float %2136, float %577, float %2130)
	%2140 = call float @llvm.fma.f32(float %2136, float %579, float %2131)
	%2141 = mul i32 %2, 64
	%2142 = add i32 48, 2
	%2143 = add i32 %2141, %2142
	%2144 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2143
	%2145 = load float, float addrspace(3)* %2144
	%2146 = call float @llvm.fma.f32(float %2145, float %595, float %2137)
	%2147 = call float @llvm.fma.f32(float %2145, float %597, float %2138)
	%2148 = call float @llvm.fma.f32(float %2145, float %599, float %2139)
	%2149 = call float @llvm.fma.f32(float %2145, float %601, float %2140)
	%2150 = mul i32 %2, 64
	%2151 = add i32 48, 3
	%2152 = add i32 %2150, %2151
	%2153 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2152
	%2154 = load float, float addrspace(3)* %2153
	%2155 = call float @llvm.fma.f32(float %2154, float %617, float %2146)
	%2156 = call float @llvm.fma.f32(float %2154, float %619, float %2147)
	%2157 = call float @llvm.fma.f32(float %2154, float %621, float %2148)
	%2158 = call float @llvm.fma.f32(float %2154, float %623, float %2149)
	%2159 = mul i32 %2, 64
	%2160 = add i32 48, 4
	%2161 = add i32 %2159, %2160
	%2162 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2161
	%2163 = load float, float addrspace(3)* %2162
	%2164 = call float @llvm.fma.f32(float %2163, float %639, float %2155)
	%2165 = call float @llvm.fma.f32(float %2163, float %641, float %2156)
	%2166 = call float @llvm.fma.f32(float %2163, float %643, float %2157)
	%2167 = call float @llvm.fma.f32(float %2163, float %645, float %2158)
	%2168 = mul i32 %2, 64
	%2169 = add i32 48, 5
	%2170 = add i32 %2168, %2169
	%2171 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2170
	%2172 = load float, float addrspace(3)* %2171
	%2173 = call float @llvm.fma.f32(float %2172, float %661, float %2164)
	%2174 = call float @llvm.fma.f32(float %2172, float %663, float %2165)
	%2175 = call float @llvm.fma.f32(float %2172, float %665, float %2166)
	%2176 = call float @llvm.fma.f32(float %2172, float %667, float %2167)
	%2177 = mul i32 %2, 64
	%2178 = add i32 48, 6
	%2179 = add i32 %2177, %2178
	%2180 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2179
	%2181 = load float, float addrspace(3)* %2180
	%2182 = call float @llvm.fma.f32(float %2181, float %683, float %2173)
	%2183 = call float @llvm.fma.f32(float %2181, float %685, float %2174)
	%2184 = call float @llvm.fma.f32(float %2181, float %687, float %2175)
	%2185 = call float @llvm.fma.f32(float %2181, float %689, float %2176)
	%2186 = mul i32 %2, 64
	%2187 = add i32 48, 7
	%2188 = add i32 %2186, %2187
	%2189 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2188
	%2190 = load float, float addrspace(3)* %2189
	%2191 = call float @llvm.fma.f32(float %2190, float %705, float %2182)
	%2192 = call float @llvm.fma.f32(float %2190, float %707, float %2183)
	%2193 = call float @llvm.fma.f32(float %2190, float %709, float %2184)
	%2194 = call float @llvm.fma.f32(float %2190, float %711, float %2185)
	%2195 = fmul float %316, %1653
	%2196 = fmul float %317, %1653
	%2197 = fmul float %318, %1653
	%2198 = fmul float %319, %1653
	%2199 = mul i32 %2, 64
	%2200 = add i32 56, 0
	%2201 = add i32 %2199, %2200
	%2202 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2201
	%2203 = load float, float addrspace(3)* %2202
	%2204 = call float @llvm.fma.f32(float %2203, float %551, float %2195)
	%2205 = call float @llvm.fma.f32(float %2203, float %553, float %2196)
	%2206 = call float @llvm.fma.f32(float %2203, float %555, float %2197)
	%2207 = call float @llvm.fma.f32(float %2203, float %557, float %2198)
	%2208 = mul i32 %2, 64
	%2209 = add i32 56, 1
	%2210 = add i32 %2208, %2209
	%2211 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2210
	%2212 = load float, float addrspace(3)* %2211
	%2213 = call float @llvm.fma.f32(float %2212, float %573, float %2204)
	%2214 = call float @llvm.fma.f32(float %2212, float %575, float %2205)
	%2215 = call float @llvm.fma.f32(float %2212, float %577, float %2206)
	%2216 = call float @llvm.fma.f32(float %2212, float %579, float %2207)
	%2217 = mul i32 %2, 64
	%2218 = add i32 56, 2
	%2219 = add i32 %2217, %2218
	%2220 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2219
	%2221 = load float, float addrspace(3)* %2220
	%2222 = call float @llvm.fma.f32(float %2221, float %595, float %2213)
	%2223 = call float @llvm.fma.f32(float %2221, float %597, float %2214)
	%2224 = call float @llvm.fma.f32(float %2221, float %599, float %2215)
	%2225 = call float @llvm.fma.f32(float %2221, float %601, float %2216)
	%2226 = mul i32 %2, 64
	%2227 = add i32 56, 3
	%2228 = add i32 %2226, %2227
	%2229 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2228
	%2230 = load float, float addrspace(3)* %2229
	%2231 = call float @llvm.fma.f32(float %2230, float %617, float %2222)
	%2232 = call float @llvm.fma.f32(float %2230, float %619, float %2223)
	%2233 = call float @llvm.fma.f32(float %2230, float %621, float %2224)
	%2234 = call float @llvm.fma.f32(float %2230, float %623, float %2225)
	%2235 = mul i32 %2, 64
	%2236 = add i32 56, 4
	%2237 = add i32 %2235, %2236
	%2238 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2237
	%2239 = load float, float addrspace(3)* %2238
	%2240 = call float @llvm.fma.f32(float %2239, float %639, float %2231)
	%2241 = call float @llvm.fma.f32(float %2239, float %641, float %2232)
	%2242 = call float @llvm.fma.f32(float %2239, float %643, float %2233)
	%2243 = call float @llvm.fma.f32(float %2239, float %645, float %2234)
	%2244 = mul i32 %2, 64
	%2245 = add i32 56, 5
	%2246 = add i32 %2244, %2245
	%2247 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2246
	%2248 = load float, float addrspace(3)* %2247
	%2249 = call float @llvm.fma.f32(float %2248, float %661, float %2240)
	%2250 = call float @llvm.fma.f32(float %2248, float %663, float %2241)
	%2251 = call float @llvm.fma.f32(float %2248, float %665, float %2242)
	%2252 = call float @llvm.fma.f32(float %2248, float %667, float %2243)
	%2253 = mul i32 %2, 64
	%2254 = add i32 56, 6
	%2255 = add i32 %2253, %2254
	%2256 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2255
	%2257 = load float, float addrspace(3)* %2256
	%2258 = call float @llvm.fma.f32(float %2257, float %683, float %2249)
	%2259 = call float @llvm.fma.f32(float %2257, float %685, float %2250)
	%2260 = call float @llvm.fma.f32(float %2257, float %687, float %2251)
	%2261 = call float @llvm.fma.f32(float %2257, float %689, float %2252)
	%2262 = mul i32 %2, 64
	%2263 = add i32 56, 7
	%2264 = add i32 %2262, %2263
	%2265 = getelementptr [256 x float], [256 x float] addrspace(3)* @$K_p, i32 0, i32 %2264
	%2266 = load float, float addrspace(3)* %2265
	%2267 = call float @llvm.fma.f32(float %2266, float %705, float %2258)
	%2268 = call float @llvm.fma.f32(float %2266, float %707, float %2259)
	%2269 = call float @llvm.fma.f32(float %2266, float %709, float %2260)
	%2270 = call float @llvm.fma.f32(float %2266, float %711, float %2261)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %824

2271:
	%2272 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %351
	store float %272, float addrspace(3)* %2272
	%2273 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %351
	store float %349, float addrspace(3)* %2273
	br label %2274

2274:
	%2275 = mul i32 %1, 4
	%2276 = add i32 %2275, 0
	%2277 = mul i32 %351, 128
	%2278 = add i32 %2277, %2276
	%2279 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2278
	store float %288, float addrspace(3)* %2279
	%2280 = mul i32 %1, 4
	%2281 = add i32 %2280, 1
	%2282 = mul i32 %351, 128
	%2283 = add i32 %2282, %2281
	%2284 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2283
	store float %289, float addrspace(3)* %2284
	%2285 = mul i32 %1, 4
	%2286 = add i32 %2285, 2
	%2287 = mul i32 %351, 128
	%2288 = add i32 %2287, %2286
	%2289 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2288
	store float %290, float addrspace(3)* %2289
	%2290 = mul i32 %1, 4
	%2291 = add i32 %2290, 3
	%2292 = mul i32 %351, 128
	%2293 = add i32 %2292, %2291
	%2294 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2293
	store float %291, float addrspace(3)* %2294
	%2295 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %281, i32 1, i32 31)
	%2296 = fadd float %281, %2295
	%2297 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2296, i32 2, i32 31)
	%2298 = fadd float %2296, %2297
	%2299 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2298, i32 4, i32 31)
	%2300 = fadd float %2298, %2299
	%2301 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2300, i32 8, i32 31)
	%2302 = fadd float %2300, %2301
	%2303 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2302, i32 16, i32 31)
	%2304 = fadd float %2302, %2303
	%2305 = fmul float %2304, 0.25
	%2306 = mul i32 %2, 8
	%2307 = add i32 %2306, 1
	%2308 = icmp eq i32 %1, 0
	br i1 %2308, label %2309, label %2312

2309:
	%2310 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2307
	store float %273, float addrspace(3)* %2310
	%2311 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2307
	store float %2305, float addrspace(3)* %2311
	br label %2312

2312:
	%2313 = mul i32 %1, 4
	%2314 = add i32 %2313, 0
	%2315 = mul i32 %2307, 128
	%2316 = add i32 %2315, %2314
	%2317 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2316
	store float %292, float addrspace(3)* %2317
	%2318 = mul i32 %1, 4
	%2319 = add i32 %2318, 1
	%2320 = mul i32 %2307, 128
	%2321 = add i32 %2320, %2319
	%2322 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2321
	store float %293, float addrspace(3)* %2322
	%2323 = mul i32 %1, 4
	%2324 = add i32 %2323, 2
	%2325 = mul i32 %2307, 128
	%2326 = add i32 %2325, %2324
	%2327 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2326
	store float %294, float addrspace(3)* %2327
	%2328 = mul i32 %1, 4
	%2329 = add i32 %2328, 3
	%2330 = mul i32 %2307, 128
	%2331 = add i32 %2330, %2329
	%2332 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2331
	store float %295, float addrspace(3)* %2332
	%2333 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %282, i32 1, i32 31)
	%2334 = fadd float %282, %2333
	%2335 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2334, i32 2, i32 31)
	%2336 = fadd float %2334, %2335
	%2337 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2336, i32 4, i32 31)
	%2338 = fadd float %2336, %2337
	%2339 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2338, i32 8, i32 31)
	%2340 = fadd float %2338, %2339
	%2341 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2340, i32 16, i32 31)
	%2342 = fadd float %2340, %2341
	%2343 = fmul float %2342, 0.25
	%2344 = mul i32 %2, 8
	%2345 = add i32 %2344, 2
	%2346 = icmp eq i32 %1, 0
	br i1 %2346, label %2347, label %2350

2347:
	%2348 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2345
	store float %274, float addrspace(3)* %2348
	%2349 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2345
	store float %2343, float addrspace(3)* %2349
	br label %2350

2350:
	%2351 = mul i32 %1, 4
	%2352 = add i32 %2351, 0
	%2353 = mul i32 %2345, 128
	%2354 = add i32 %2353, %2352
	%2355 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2354
	store float %296, float addrspace(3)* %2355
	%2356 = mul i32 %1, 4
	%2357 = add i32 %2356, 1
	%2358 = mul i32 %2345, 128
	%2359 = add i32 %2358, %2357
	%2360 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2359
	store float %297, float addrspace(3)* %2360
	%2361 = mul i32 %1, 4
	%2362 = add i32 %2361, 2
	%2363 = mul i32 %2345, 128
	%2364 = add i32 %2363, %2362
	%2365 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2364
	store float %298, float addrspace(3)* %2365
	%2366 = mul i32 %1, 4
	%2367 = add i32 %2366, 3
	%2368 = mul i32 %2345, 128
	%2369 = add i32 %2368, %2367
	%2370 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2369
	store float %299, float addrspace(3)* %2370
	%2371 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %283, i32 1, i32 31)
	%2372 = fadd float %283, %2371
	%2373 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2372, i32 2, i32 31)
	%2374 = fadd float %2372, %2373
	%2375 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2374, i32 4, i32 31)
	%2376 = fadd float %2374, %2375
	%2377 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2376, i32 8, i32 31)
	%2378 = fadd float %2376, %2377
	%2379 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2378, i32 16, i32 31)
	%2380 = fadd float %2378, %2379
	%2381 = fmul float %2380, 0.25
	%2382 = mul i32 %2, 8
	%2383 = add i32 %2382, 3
	%2384 = icmp eq i32 %1, 0
	br i1 %2384, label %2385, label %2388

2385:
	%2386 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2383
	store float %275, float addrspace(3)* %2386
	%2387 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2383
	store float %2381, float addrspace(3)* %2387
	br label %2388

2388:
	%2389 = mul i32 %1, 4
	%2390 = add i32 %2389, 0
	%2391 = mul i32 %2383, 128
	%2392 = add i32 %2391, %2390
	%2393 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2392
	store float %300, float addrspace(3)* %2393
	%2394 = mul i32 %1, 4
	%2395 = add i32 %2394, 1
	%2396 = mul i32 %2383, 128
	%2397 = add i32 %2396, %2395
	%2398 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2397
	store float %301, float addrspace(3)* %2398
	%2399 = mul i32 %1, 4
	%2400 = add i32 %2399, 2
	%2401 = mul i32 %2383, 128
	%2402 = add i32 %2401, %2400
	%2403 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2402
	store float %302, float addrspace(3)* %2403
	%2404 = mul i32 %1, 4
	%2405 = add i32 %2404, 3
	%2406 = mul i32 %2383, 128
	%2407 = add i32 %2406, %2405
	%2408 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2407
	store float %303, float addrspace(3)* %2408
	%2409 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %284, i32 1, i32 31)
	%2410 = fadd float %284, %2409
	%2411 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2410, i32 2, i32 31)
	%2412 = fadd float %2410, %2411
	%2413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2412, i32 4, i32 31)
	%2414 = fadd float %2412, %2413
	%2415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2414, i32 8, i32 31)
	%2416 = fadd float %2414, %2415
	%2417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2416, i32 16, i32 31)
	%2418 = fadd float %2416, %2417
	%2419 = fmul float %2418, 0.25
	%2420 = mul i32 %2, 8
	%2421 = add i32 %2420, 4
	%2422 = icmp eq i32 %1, 0
	br i1 %2422, label %2423, label %2426

2423:
	%2424 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2421
	store float %276, float addrspace(3)* %2424
	%2425 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2421
	store float %2419, float addrspace(3)* %2425
	br label %2426

2426:
	%2427 = mul i32 %1, 4
	%2428 = add i32 %2427, 0
	%2429 = mul i32 %2421, 128
	%2430 = add i32 %2429, %2428
	%2431 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2430
	store float %304, float addrspace(3)* %2431
	%2432 = mul i32 %1, 4
	%2433 = add i32 %2432, 1
	%2434 = mul i32 %2421, 128
	%2435 = add i32 %2434, %2433
	%2436 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2435
	store float %305, float addrspace(3)* %2436
	%2437 = mul i32 %1, 4
	%2438 = add i32 %2437, 2
	%2439 = mul i32 %2421, 128
	%2440 = add i32 %2439, %2438
	%2441 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2440
	store float %306, float addrspace(3)* %2441
	%2442 = mul i32 %1, 4
	%2443 = add i32 %2442, 3
	%2444 = mul i32 %2421, 128
	%2445 = add i32 %2444, %2443
	%2446 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2445
	store float %307, float addrspace(3)* %2446
	%2447 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %285, i32 1, i32 31)
	%2448 = fadd float %285, %2447
	%2449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2448, i32 2, i32 31)
	%2450 = fadd float %2448, %2449
	%2451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2450, i32 4, i32 31)
	%2452 = fadd float %2450, %2451
	%2453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2452, i32 8, i32 31)
	%2454 = fadd float %2452, %2453
	%2455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2454, i32 16, i32 31)
	%2456 = fadd float %2454, %2455
	%2457 = fmul float %2456, 0.25
	%2458 = mul i32 %2, 8
	%2459 = add i32 %2458, 5
	%2460 = icmp eq i32 %1, 0
	br i1 %2460, label %2461, label %2464

2461:
	%2462 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2459
	store float %277, float addrspace(3)* %2462
	%2463 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2459
	store float %2457, float addrspace(3)* %2463
	br label %2464

2464:
	%2465 = mul i32 %1, 4
	%2466 = add i32 %2465, 0
	%2467 = mul i32 %2459, 128
	%2468 = add i32 %2467, %2466
	%2469 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2468
	store float %308, float addrspace(3)* %2469
	%2470 = mul i32 %1, 4
	%2471 = add i32 %2470, 1
	%2472 = mul i32 %2459, 128
	%2473 = add i32 %2472, %2471
	%2474 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2473
	store float %309, float addrspace(3)* %2474
	%2475 = mul i32 %1, 4
	%2476 = add i32 %2475, 2
	%2477 = mul i32 %2459, 128
	%2478 = add i32 %2477, %2476
	%2479 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2478
	store float %310, float addrspace(3)* %2479
	%2480 = mul i32 %1, 4
	%2481 = add i32 %2480, 3
	%2482 = mul i32 %2459, 128
	%2483 = add i32 %2482, %2481
	%2484 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2483
	store float %311, float addrspace(3)* %2484
	%2485 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %286, i32 1, i32 31)
	%2486 = fadd float %286, %2485
	%2487 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2486, i32 2, i32 31)
	%2488 = fadd float %2486, %2487
	%2489 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2488, i32 4, i32 31)
	%2490 = fadd float %2488, %2489
	%2491 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2490, i32 8, i32 31)
	%2492 = fadd float %2490, %2491
	%2493 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2492, i32 16, i32 31)
	%2494 = fadd float %2492, %2493
	%2495 = fmul float %2494, 0.25
	%2496 = mul i32 %2, 8
	%2497 = add i32 %2496, 6
	%2498 = icmp eq i32 %1, 0
	br i1 %2498, label %2499, label %2502

2499:
	%2500 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2497
	store float %278, float addrspace(3)* %2500
	%2501 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2497
	store float %2495, float addrspace(3)* %2501
	br label %2502

2502:
	%2503 = mul i32 %1, 4
	%2504 = add i32 %2503, 0
	%2505 = mul i32 %2497, 128
	%2506 = add i32 %2505, %2504
	%2507 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2506
	store float %312, float addrspace(3)* %2507
	%2508 = mul i32 %1, 4
	%2509 = add i32 %2508, 1
	%2510 = mul i32 %2497, 128
	%2511 = add i32 %2510, %2509
	%2512 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2511
	store float %313, float addrspace(3)* %2512
	%2513 = mul i32 %1, 4
	%2514 = add i32 %2513, 2
	%2515 = mul i32 %2497, 128
	%2516 = add i32 %2515, %2514
	%2517 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2516
	store float %314, float addrspace(3)* %2517
	%2518 = mul i32 %1, 4
	%2519 = add i32 %2518, 3
	%2520 = mul i32 %2497, 128
	%2521 = add i32 %2520, %2519
	%2522 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2521
	store float %315, float addrspace(3)* %2522
	%2523 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %287, i32 1, i32 31)
	%2524 = fadd float %287, %2523
	%2525 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2524, i32 2, i32 31)
	%2526 = fadd float %2524, %2525
	%2527 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2526, i32 4, i32 31)
	%2528 = fadd float %2526, %2527
	%2529 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2528, i32 8, i32 31)
	%2530 = fadd float %2528, %2529
	%2531 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2530, i32 16, i32 31)
	%2532 = fadd float %2530, %2531
	%2533 = fmul float %2532, 0.25
	%2534 = mul i32 %2, 8
	%2535 = add i32 %2534, 7
	%2536 = icmp eq i32 %1, 0
	br i1 %2536, label %2537, label %2540

2537:
	%2538 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 %2535
	store float %279, float addrspace(3)* %2538
	%2539 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 %2535
	store float %2533, float addrspace(3)* %2539
	br label %2540

2540:
	%2541 = mul i32 %1, 4
	%2542 = add i32 %2541, 0
	%2543 = mul i32 %2535, 128
	%2544 = add i32 %2543, %2542
	%2545 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2544
	store float %316, float addrspace(3)* %2545
	%2546 = mul i32 %1, 4
	%2547 = add i32 %2546, 1
	%2548 = mul i32 %2535, 128
	%2549 = add i32 %2548, %2547
	%2550 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2549
	store float %317, float addrspace(3)* %2550
	%2551 = mul i32 %1, 4
	%2552 = add i32 %2551, 2
	%2553 = mul i32 %2535, 128
	%2554 = add i32 %2553, %2552
	%2555 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2554
	store float %318, float addrspace(3)* %2555
	%2556 = mul i32 %1, 4
	%2557 = add i32 %2556, 3
	%2558 = mul i32 %2535, 128
	%2559 = add i32 %2558, %2557
	%2560 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2559
	store float %319, float addrspace(3)* %2560
	call void @llvm.nvvm.barrier0()
	%2561 = mul i32 %2, 32
	%2562 = add i32 %2561, %1
	br i1 %23, label %2563, label %2600

2563:
	%2564 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 0
	%2565 = load float, float addrspace(3)* %2564
	%2566 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 0
	%2567 = load float, float addrspace(3)* %2566
	%2568 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 8
	%2569 = load float, float addrspace(3)* %2568
	%2570 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 8
	%2571 = load float, float addrspace(3)* %2570
	%2572 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 16
	%2573 = load float, float addrspace(3)* %2572
	%2574 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 16
	%2575 = load float, float addrspace(3)* %2574
	%2576 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 24
	%2577 = load float, float addrspace(3)* %2576
	%2578 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 24
	%2579 = load float, float addrspace(3)* %2578
	%2580 = call float @llvm.nvvm.fmax.f(float %2565, float %2569)
	%2581 = call float @llvm.nvvm.fmax.f(float %2573, float %2577)
	%2582 = call float @llvm.nvvm.fmax.f(float %2580, float %2581)
	%2583 = fcmp oeq float %2582, 0xFFF0000000000000
	%2584 = select i1 %2583, float 0.0, float %2582
	%2585 = fsub float %2565, %2584
	%2586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2585)
	%2587 = call float @llvm.fma.f32(float %2586, float %2567, float 0.0)
	%2588 = fsub float %2569, %2584
	%2589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2588)
	%2590 = call float @llvm.fma.f32(float %2589, float %2571, float %2587)
	%2591 = fsub float %2573, %2584
	%2592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2591)
	%2593 = call float @llvm.fma.f32(float %2592, float %2575, float %2590)
	%2594 = fsub float %2577, %2584
	%2595 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2594)
	%2596 = call float @llvm.fma.f32(float %2595, float %2579, float %2593)
	%2597 = mul i32 %30, %S
	%2598 = add i32 %2597, %3
	%2599 = icmp eq i32 %2562, 0
	br i1 %2599, label %2601, label %2609

2600:
	br i1 %54, label %2636, label %2673

2601:
	%2602 = mul i32 %2598, 2
	%2603 = sext i32 %2602 to i64
	%2604 = getelementptr float, float* %ml, i64 %2603
	store float %2582, float* %2604
	%2605 = mul i32 %2598, 2
	%2606 = add i32 %2605, 1
	%2607 = sext i32 %2606 to i64
	%2608 = getelementptr float, float* %ml, i64 %2607
	store float %2596, float* %2608
	br label %2609

2609:
	br label %2610

2610:
	%2611 = phi i32 [ %2562, %2609 ], [ %2634, %2613 ]
	%2612 = icmp slt i32 %2611, 128
	br i1 %2612, label %2613, label %2635

2613:
	%2614 = add i32 0, %2611
	%2615 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2614
	%2616 = load float, float addrspace(3)* %2615
	%2617 = call float @llvm.fma.f32(float %2586, float %2616, float 0.0)
	%2618 = add i32 1024, %2611
	%2619 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2618
	%2620 = load float, float addrspace(3)* %2619
	%2621 = call float @llvm.fma.f32(float %2589, float %2620, float %2617)
	%2622 = add i32 2048, %2611
	%2623 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2622
	%2624 = load float, float addrspace(3)* %2623
	%2625 = call float @llvm.fma.f32(float %2592, float %2624, float %2621)
	%2626 = add i32 3072, %2611
	%2627 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2626
	%2628 = load float, float addrspace(3)* %2627
	%2629 = call float @llvm.fma.f32(float %2595, float %2628, float %2625)
	%2630 = mul i32 %2598, 128
	%2631 = add i32 %2630, %2611
	%2632 = sext i32 %2631 to i64
	%2633 = getelementptr float, float* %part, i64 %2632
	store float %2629, float* %2633
	%2634 = add i32 %2611, 128
	br label %2610

2635:
	br label %2600

2636:
	%2637 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 1
	%2638 = load float, float addrspace(3)* %2637
	%2639 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 1
	%2640 = load float, float addrspace(3)* %2639
	%2641 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 9
	%2642 = load float, float addrspace(3)* %2641
	%2643 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 9
	%2644 = load float, float addrspace(3)* %2643
	%2645 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 17
	%2646 = load float, float addrspace(3)* %2645
	%2647 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 17
	%2648 = load float, float addrspace(3)* %2647
	%2649 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 25
	%2650 = load float, float addrspace(3)* %2649
	%2651 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 25
	%2652 = load float, float addrspace(3)* %2651
	%2653 = call float @llvm.nvvm.fmax.f(float %2638, float %2642)
	%2654 = call float @llvm.nvvm.fmax.f(float %2646, float %2650)
	%2655 = call float @llvm.nvvm.fmax.f(float %2653, float %2654)
	%2656 = fcmp oeq float %2655, 0xFFF0000000000000
	%2657 = select i1 %2656, float 0.0, float %2655
	%2658 = fsub float %2638, %2657
	%2659 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2658)
	%2660 = call float @llvm.fma.f32(float %2659, float %2640, float 0.0)
	%2661 = fsub float %2642, %2657
	%2662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2661)
	%2663 = call float @llvm.fma.f32(float %2662, float %2644, float %2660)
	%2664 = fsub float %2646, %2657
	%2665 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2664)
	%2666 = call float @llvm.fma.f32(float %2665, float %2648, float %2663)
	%2667 = fsub float %2650, %2657
	%2668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2667)
	%2669 = call float @llvm.fma.f32(float %2668, float %2652, float %2666)
	%2670 = mul i32 %61, %S
	%2671 = add i32 %2670, %3
	%2672 = icmp eq i32 %2562, 0
	br i1 %2672, label %2674, label %2682

2673:
	br i1 %85, label %2709, label %2746

2674:
	%2675 = mul i32 %2671, 2
	%2676 = sext i32 %2675 to i64
	%2677 = getelementptr float, float* %ml, i64 %2676
	store float %2655, float* %2677
	%2678 = mul i32 %2671, 2
	%2679 = add i32 %2678, 1
	%2680 = sext i32 %2679 to i64
	%2681 = getelementptr float, float* %ml, i64 %2680
	store float %2669, float* %2681
	br label %2682

2682:
	br label %2683

2683:
	%2684 = phi i32 [ %2562, %2682 ], [ %2707, %2686 ]
	%2685 = icmp slt i32 %2684, 128
	br i1 %2685, label %2686, label %2708

2686:
	%2687 = add i32 128, %2684
	%2688 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2687
	%2689 = load float, float addrspace(3)* %2688
	%2690 = call float @llvm.fma.f32(float %2659, float %2689, float 0.0)
	%2691 = add i32 1152, %2684
	%2692 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2691
	%2693 = load float, float addrspace(3)* %2692
	%2694 = call float @llvm.fma.f32(float %2662, float %2693, float %2690)
	%2695 = add i32 2176, %2684
	%2696 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2695
	%2697 = load float, float addrspace(3)* %2696
	%2698 = call float @llvm.fma.f32(float %2665, float %2697, float %2694)
	%2699 = add i32 3200, %2684
	%2700 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2699
	%2701 = load float, float addrspace(3)* %2700
	%2702 = call float @llvm.fma.f32(float %2668, float %2701, float %2698)
	%2703 = mul i32 %2671, 128
	%2704 = add i32 %2703, %2684
	%2705 = sext i32 %2704 to i64
	%2706 = getelementptr float, float* %part, i64 %2705
	store float %2702, float* %2706
	%2707 = add i32 %2684, 128
	br label %2683

2708:
	br label %2673

2709:
	%2710 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 2
	%2711 = load float, float addrspace(3)* %2710
	%2712 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 2
	%2713 = load float, float addrspace(3)* %2712
	%2714 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 10
	%2715 = load float, float addrspace(3)* %2714
	%2716 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 10
	%2717 = load float, float addrspace(3)* %2716
	%2718 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 18
	%2719 = load float, float addrspace(3)* %2718
	%2720 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 18
	%2721 = load float, float addrspace(3)* %2720
	%2722 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 26
	%2723 = load float, float addrspace(3)* %2722
	%2724 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 26
	%2725 = load float, float addrspace(3)* %2724
	%2726 = call float @llvm.nvvm.fmax.f(float %2711, float %2715)
	%2727 = call float @llvm.nvvm.fmax.f(float %2719, float %2723)
	%2728 = call float @llvm.nvvm.fmax.f(float %2726, float %2727)
	%2729 = fcmp oeq float %2728, 0xFFF0000000000000
	%2730 = select i1 %2729, float 0.0, float %2728
	%2731 = fsub float %2711, %2730
	%2732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2731)
	%2733 = call float @llvm.fma.f32(float %2732, float %2713, float 0.0)
	%2734 = fsub float %2715, %2730
	%2735 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2734)
	%2736 = call float @llvm.fma.f32(float %2735, float %2717, float %2733)
	%2737 = fsub float %2719, %2730
	%2738 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2737)
	%2739 = call float @llvm.fma.f32(float %2738, float %2721, float %2736)
	%2740 = fsub float %2723, %2730
	%2741 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2740)
	%2742 = call float @llvm.fma.f32(float %2741, float %2725, float %2739)
	%2743 = mul i32 %92, %S
	%2744 = add i32 %2743, %3
	%2745 = icmp eq i32 %2562, 0
	br i1 %2745, label %2747, label %2755

2746:
	br i1 %116, label %2782, label %2819

2747:
	%2748 = mul i32 %2744, 2
	%2749 = sext i32 %2748 to i64
	%2750 = getelementptr float, float* %ml, i64 %2749
	store float %2728, float* %2750
	%2751 = mul i32 %2744, 2
	%2752 = add i32 %2751, 1
	%2753 = sext i32 %2752 to i64
	%2754 = getelementptr float, float* %ml, i64 %2753
	store float %2742, float* %2754
	br label %2755

2755:
	br label %2756

2756:
	%2757 = phi i32 [ %2562, %2755 ], [ %2780, %2759 ]
	%2758 = icmp slt i32 %2757, 128
	br i1 %2758, label %2759, label %2781

2759:
	%2760 = add i32 256, %2757
	%2761 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2760
	%2762 = load float, float addrspace(3)* %2761
	%2763 = call float @llvm.fma.f32(float %2732, float %2762, float 0.0)
	%2764 = add i32 1280, %2757
	%2765 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2764
	%2766 = load float, float addrspace(3)* %2765
	%2767 = call float @llvm.fma.f32(float %2735, float %2766, float %2763)
	%2768 = add i32 2304, %2757
	%2769 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2768
	%2770 = load float, float addrspace(3)* %2769
	%2771 = call float @llvm.fma.f32(float %2738, float %2770, float %2767)
	%2772 = add i32 3328, %2757
	%2773 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2772
	%2774 = load float, float addrspace(3)* %2773
	%2775 = call float @llvm.fma.f32(float %2741, float %2774, float %2771)
	%2776 = mul i32 %2744, 128
	%2777 = add i32 %2776, %2757
	%2778 = sext i32 %2777 to i64
	%2779 = getelementptr float, float* %part, i64 %2778
	store float %2775, float* %2779
	%2780 = add i32 %2757, 128
	br label %2756

2781:
	br label %2746

2782:
	%2783 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 3
	%2784 = load float, float addrspace(3)* %2783
	%2785 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 3
	%2786 = load float, float addrspace(3)* %2785
	%2787 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 11
	%2788 = load float, float addrspace(3)* %2787
	%2789 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 11
	%2790 = load float, float addrspace(3)* %2789
	%2791 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 19
	%2792 = load float, float addrspace(3)* %2791
	%2793 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 19
	%2794 = load float, float addrspace(3)* %2793
	%2795 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 27
	%2796 = load float, float addrspace(3)* %2795
	%2797 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 27
	%2798 = load float, float addrspace(3)* %2797
	%2799 = call float @llvm.nvvm.fmax.f(float %2784, float %2788)
	%2800 = call float @llvm.nvvm.fmax.f(float %2792, float %2796)
	%2801 = call float @llvm.nvvm.fmax.f(float %2799, float %2800)
	%2802 = fcmp oeq float %2801, 0xFFF0000000000000
	%2803 = select i1 %2802, float 0.0, float %2801
	%2804 = fsub float %2784, %2803
	%2805 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2804)
	%2806 = call float @llvm.fma.f32(float %2805, float %2786, float 0.0)
	%2807 = fsub float %2788, %2803
	%2808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2807)
	%2809 = call float @llvm.fma.f32(float %2808, float %2790, float %2806)
	%2810 = fsub float %2792, %2803
	%2811 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2810)
	%2812 = call float @llvm.fma.f32(float %2811, float %2794, float %2809)
	%2813 = fsub float %2796, %2803
	%2814 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2813)
	%2815 = call float @llvm.fma.f32(float %2814, float %2798, float %2812)
	%2816 = mul i32 %123, %S
	%2817 = add i32 %2816, %3
	%2818 = icmp eq i32 %2562, 0
	br i1 %2818, label %2820, label %2828

2819:
	br i1 %147, label %2855, label %2892

2820:
	%2821 = mul i32 %2817, 2
	%2822 = sext i32 %2821 to i64
	%2823 = getelementptr float, float* %ml, i64 %2822
	store float %2801, float* %2823
	%2824 = mul i32 %2817, 2
	%2825 = add i32 %2824, 1
	%2826 = sext i32 %2825 to i64
	%2827 = getelementptr float, float* %ml, i64 %2826
	store float %2815, float* %2827
	br label %2828

2828:
	br label %2829

2829:
	%2830 = phi i32 [ %2562, %2828 ], [ %2853, %2832 ]
	%2831 = icmp slt i32 %2830, 128
	br i1 %2831, label %2832, label %2854

2832:
	%2833 = add i32 384, %2830
	%2834 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2833
	%2835 = load float, float addrspace(3)* %2834
	%2836 = call float @llvm.fma.f32(float %2805, float %2835, float 0.0)
	%2837 = add i32 1408, %2830
	%2838 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2837
	%2839 = load float, float addrspace(3)* %2838
	%2840 = call float @llvm.fma.f32(float %2808, float %2839, float %2836)
	%2841 = add i32 2432, %2830
	%2842 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2841
	%2843 = load float, float addrspace(3)* %2842
	%2844 = call float @llvm.fma.f32(float %2811, float %2843, float %2840)
	%2845 = add i32 3456, %2830
	%2846 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2845
	%2847 = load float, float addrspace(3)* %2846
	%2848 = call float @llvm.fma.f32(float %2814, float %2847, float %2844)
	%2849 = mul i32 %2817, 128
	%2850 = add i32 %2849, %2830
	%2851 = sext i32 %2850 to i64
	%2852 = getelementptr float, float* %part, i64 %2851
	store float %2848, float* %2852
	%2853 = add i32 %2830, 128
	br label %2829

2854:
	br label %2819

2855:
	%2856 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 4
	%2857 = load float, float addrspace(3)* %2856
	%2858 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 4
	%2859 = load float, float addrspace(3)* %2858
	%2860 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 12
	%2861 = load float, float addrspace(3)* %2860
	%2862 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 12
	%2863 = load float, float addrspace(3)* %2862
	%2864 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 20
	%2865 = load float, float addrspace(3)* %2864
	%2866 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 20
	%2867 = load float, float addrspace(3)* %2866
	%2868 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 28
	%2869 = load float, float addrspace(3)* %2868
	%2870 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 28
	%2871 = load float, float addrspace(3)* %2870
	%2872 = call float @llvm.nvvm.fmax.f(float %2857, float %2861)
	%2873 = call float @llvm.nvvm.fmax.f(float %2865, float %2869)
	%2874 = call float @llvm.nvvm.fmax.f(float %2872, float %2873)
	%2875 = fcmp oeq float %2874, 0xFFF0000000000000
	%2876 = select i1 %2875, float 0.0, float %2874
	%2877 = fsub float %2857, %2876
	%2878 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2877)
	%2879 = call float @llvm.fma.f32(float %2878, float %2859, float 0.0)
	%2880 = fsub float %2861, %2876
	%2881 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2880)
	%2882 = call float @llvm.fma.f32(float %2881, float %2863, float %2879)
	%2883 = fsub float %2865, %2876
	%2884 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2883)
	%2885 = call float @llvm.fma.f32(float %2884, float %2867, float %2882)
	%2886 = fsub float %2869, %2876
	%2887 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2886)
	%2888 = call float @llvm.fma.f32(float %2887, float %2871, float %2885)
	%2889 = mul i32 %154, %S
	%2890 = add i32 %2889, %3
	%2891 = icmp eq i32 %2562, 0
	br i1 %2891, label %2893, label %2901

2892:
	br i1 %178, label %2928, label %2965

2893:
	%2894 = mul i32 %2890, 2
	%2895 = sext i32 %2894 to i64
	%2896 = getelementptr float, float* %ml, i64 %2895
	store float %2874, float* %2896
	%2897 = mul i32 %2890, 2
	%2898 = add i32 %2897, 1
	%2899 = sext i32 %2898 to i64
	%2900 = getelementptr float, float* %ml, i64 %2899
	store float %2888, float* %2900
	br label %2901

2901:
	br label %2902

2902:
	%2903 = phi i32 [ %2562, %2901 ], [ %2926, %2905 ]
	%2904 = icmp slt i32 %2903, 128
	br i1 %2904, label %2905, label %2927

2905:
	%2906 = add i32 512, %2903
	%2907 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2906
	%2908 = load float, float addrspace(3)* %2907
	%2909 = call float @llvm.fma.f32(float %2878, float %2908, float 0.0)
	%2910 = add i32 1536, %2903
	%2911 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2910
	%2912 = load float, float addrspace(3)* %2911
	%2913 = call float @llvm.fma.f32(float %2881, float %2912, float %2909)
	%2914 = add i32 2560, %2903
	%2915 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2914
	%2916 = load float, float addrspace(3)* %2915
	%2917 = call float @llvm.fma.f32(float %2884, float %2916, float %2913)
	%2918 = add i32 3584, %2903
	%2919 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2918
	%2920 = load float, float addrspace(3)* %2919
	%2921 = call float @llvm.fma.f32(float %2887, float %2920, float %2917)
	%2922 = mul i32 %2890, 128
	%2923 = add i32 %2922, %2903
	%2924 = sext i32 %2923 to i64
	%2925 = getelementptr float, float* %part, i64 %2924
	store float %2921, float* %2925
	%2926 = add i32 %2903, 128
	br label %2902

2927:
	br label %2892

2928:
	%2929 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 5
	%2930 = load float, float addrspace(3)* %2929
	%2931 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 5
	%2932 = load float, float addrspace(3)* %2931
	%2933 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 13
	%2934 = load float, float addrspace(3)* %2933
	%2935 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 13
	%2936 = load float, float addrspace(3)* %2935
	%2937 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 21
	%2938 = load float, float addrspace(3)* %2937
	%2939 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 21
	%2940 = load float, float addrspace(3)* %2939
	%2941 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 29
	%2942 = load float, float addrspace(3)* %2941
	%2943 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 29
	%2944 = load float, float addrspace(3)* %2943
	%2945 = call float @llvm.nvvm.fmax.f(float %2930, float %2934)
	%2946 = call float @llvm.nvvm.fmax.f(float %2938, float %2942)
	%2947 = call float @llvm.nvvm.fmax.f(float %2945, float %2946)
	%2948 = fcmp oeq float %2947, 0xFFF0000000000000
	%2949 = select i1 %2948, float 0.0, float %2947
	%2950 = fsub float %2930, %2949
	%2951 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2950)
	%2952 = call float @llvm.fma.f32(float %2951, float %2932, float 0.0)
	%2953 = fsub float %2934, %2949
	%2954 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2953)
	%2955 = call float @llvm.fma.f32(float %2954, float %2936, float %2952)
	%2956 = fsub float %2938, %2949
	%2957 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2956)
	%2958 = call float @llvm.fma.f32(float %2957, float %2940, float %2955)
	%2959 = fsub float %2942, %2949
	%2960 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2959)
	%2961 = call float @llvm.fma.f32(float %2960, float %2944, float %2958)
	%2962 = mul i32 %185, %S
	%2963 = add i32 %2962, %3
	%2964 = icmp eq i32 %2562, 0
	br i1 %2964, label %2966, label %2974

2965:
	br i1 %209, label %3001, label %3038

2966:
	%2967 = mul i32 %2963, 2
	%2968 = sext i32 %2967 to i64
	%2969 = getelementptr float, float* %ml, i64 %2968
	store float %2947, float* %2969
	%2970 = mul i32 %2963, 2
	%2971 = add i32 %2970, 1
	%2972 = sext i32 %2971 to i64
	%2973 = getelementptr float, float* %ml, i64 %2972
	store float %2961, float* %2973
	br label %2974

2974:
	br label %2975

2975:
	%2976 = phi i32 [ %2562, %2974 ], [ %2999, %2978 ]
	%2977 = icmp slt i32 %2976, 128
	br i1 %2977, label %2978, label %3000

2978:
	%2979 = add i32 640, %2976
	%2980 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2979
	%2981 = load float, float addrspace(3)* %2980
	%2982 = call float @llvm.fma.f32(float %2951, float %2981, float 0.0)
	%2983 = add i32 1664, %2976
	%2984 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2983
	%2985 = load float, float addrspace(3)* %2984
	%2986 = call float @llvm.fma.f32(float %2954, float %2985, float %2982)
	%2987 = add i32 2688, %2976
	%2988 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2987
	%2989 = load float, float addrspace(3)* %2988
	%2990 = call float @llvm.fma.f32(float %2957, float %2989, float %2986)
	%2991 = add i32 3712, %2976
	%2992 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %2991
	%2993 = load float, float addrspace(3)* %2992
	%2994 = call float @llvm.fma.f32(float %2960, float %2993, float %2990)
	%2995 = mul i32 %2963, 128
	%2996 = add i32 %2995, %2976
	%2997 = sext i32 %2996 to i64
	%2998 = getelementptr float, float* %part, i64 %2997
	store float %2994, float* %2998
	%2999 = add i32 %2976, 128
	br label %2975

3000:
	br label %2965

3001:
	%3002 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 6
	%3003 = load float, float addrspace(3)* %3002
	%3004 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 6
	%3005 = load float, float addrspace(3)* %3004
	%3006 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 14
	%3007 = load float, float addrspace(3)* %3006
	%3008 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 14
	%3009 = load float, float addrspace(3)* %3008
	%3010 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 22
	%3011 = load float, float addrspace(3)* %3010
	%3012 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 22
	%3013 = load float, float addrspace(3)* %3012
	%3014 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 30
	%3015 = load float, float addrspace(3)* %3014
	%3016 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 30
	%3017 = load float, float addrspace(3)* %3016
	%3018 = call float @llvm.nvvm.fmax.f(float %3003, float %3007)
	%3019 = call float @llvm.nvvm.fmax.f(float %3011, float %3015)
	%3020 = call float @llvm.nvvm.fmax.f(float %3018, float %3019)
	%3021 = fcmp oeq float %3020, 0xFFF0000000000000
	%3022 = select i1 %3021, float 0.0, float %3020
	%3023 = fsub float %3003, %3022
	%3024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3023)
	%3025 = call float @llvm.fma.f32(float %3024, float %3005, float 0.0)
	%3026 = fsub float %3007, %3022
	%3027 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3026)
	%3028 = call float @llvm.fma.f32(float %3027, float %3009, float %3025)
	%3029 = fsub float %3011, %3022
	%3030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3029)
	%3031 = call float @llvm.fma.f32(float %3030, float %3013, float %3028)
	%3032 = fsub float %3015, %3022
	%3033 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3032)
	%3034 = call float @llvm.fma.f32(float %3033, float %3017, float %3031)
	%3035 = mul i32 %216, %S
	%3036 = add i32 %3035, %3
	%3037 = icmp eq i32 %2562, 0
	br i1 %3037, label %3039, label %3047

3038:
	br i1 %240, label %3074, label %3111

3039:
	%3040 = mul i32 %3036, 2
	%3041 = sext i32 %3040 to i64
	%3042 = getelementptr float, float* %ml, i64 %3041
	store float %3020, float* %3042
	%3043 = mul i32 %3036, 2
	%3044 = add i32 %3043, 1
	%3045 = sext i32 %3044 to i64
	%3046 = getelementptr float, float* %ml, i64 %3045
	store float %3034, float* %3046
	br label %3047

3047:
	br label %3048

3048:
	%3049 = phi i32 [ %2562, %3047 ], [ %3072, %3051 ]
	%3050 = icmp slt i32 %3049, 128
	br i1 %3050, label %3051, label %3073

3051:
	%3052 = add i32 768, %3049
	%3053 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3052
	%3054 = load float, float addrspace(3)* %3053
	%3055 = call float @llvm.fma.f32(float %3024, float %3054, float 0.0)
	%3056 = add i32 1792, %3049
	%3057 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3056
	%3058 = load float, float addrspace(3)* %3057
	%3059 = call float @llvm.fma.f32(float %3027, float %3058, float %3055)
	%3060 = add i32 2816, %3049
	%3061 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3060
	%3062 = load float, float addrspace(3)* %3061
	%3063 = call float @llvm.fma.f32(float %3030, float %3062, float %3059)
	%3064 = add i32 3840, %3049
	%3065 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3064
	%3066 = load float, float addrspace(3)* %3065
	%3067 = call float @llvm.fma.f32(float %3033, float %3066, float %3063)
	%3068 = mul i32 %3036, 128
	%3069 = add i32 %3068, %3049
	%3070 = sext i32 %3069 to i64
	%3071 = getelementptr float, float* %part, i64 %3070
	store float %3067, float* %3071
	%3072 = add i32 %3049, 128
	br label %3048

3073:
	br label %3038

3074:
	%3075 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 7
	%3076 = load float, float addrspace(3)* %3075
	%3077 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 7
	%3078 = load float, float addrspace(3)* %3077
	%3079 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 15
	%3080 = load float, float addrspace(3)* %3079
	%3081 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 15
	%3082 = load float, float addrspace(3)* %3081
	%3083 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 23
	%3084 = load float, float addrspace(3)* %3083
	%3085 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 23
	%3086 = load float, float addrspace(3)* %3085
	%3087 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_m, i32 0, i32 31
	%3088 = load float, float addrspace(3)* %3087
	%3089 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_l, i32 0, i32 31
	%3090 = load float, float addrspace(3)* %3089
	%3091 = call float @llvm.nvvm.fmax.f(float %3076, float %3080)
	%3092 = call float @llvm.nvvm.fmax.f(float %3084, float %3088)
	%3093 = call float @llvm.nvvm.fmax.f(float %3091, float %3092)
	%3094 = fcmp oeq float %3093, 0xFFF0000000000000
	%3095 = select i1 %3094, float 0.0, float %3093
	%3096 = fsub float %3076, %3095
	%3097 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3096)
	%3098 = call float @llvm.fma.f32(float %3097, float %3078, float 0.0)
	%3099 = fsub float %3080, %3095
	%3100 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3099)
	%3101 = call float @llvm.fma.f32(float %3100, float %3082, float %3098)
	%3102 = fsub float %3084, %3095
	%3103 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3102)
	%3104 = call float @llvm.fma.f32(float %3103, float %3086, float %3101)
	%3105 = fsub float %3088, %3095
	%3106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %3105)
	%3107 = call float @llvm.fma.f32(float %3106, float %3090, float %3104)
	%3108 = mul i32 %247, %S
	%3109 = add i32 %3108, %3
	%3110 = icmp eq i32 %2562, 0
	br i1 %3110, label %3112, label %3120

3111:
	ret void

3112:
	%3113 = mul i32 %3109, 2
	%3114 = sext i32 %3113 to i64
	%3115 = getelementptr float, float* %ml, i64 %3114
	store float %3093, float* %3115
	%3116 = mul i32 %3109, 2
	%3117 = add i32 %3116, 1
	%3118 = sext i32 %3117 to i64
	%3119 = getelementptr float, float* %ml, i64 %3118
	store float %3107, float* %3119
	br label %3120

3120:
	br label %3121

3121:
	%3122 = phi i32 [ %2562, %3120 ], [ %3145, %3124 ]
	%3123 = icmp slt i32 %3122, 128
	br i1 %3123, label %3124, label %3146

3124:
	%3125 = add i32 896, %3122
	%3126 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3125
	%3127 = load float, float addrspace(3)* %3126
	%3128 = call float @llvm.fma.f32(float %3097, float %3127, float 0.0)
	%3129 = add i32 1920, %3122
	%3130 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3129
	%3131 = load float, float addrspace(3)* %3130
	%3132 = call float @llvm.fma.f32(float %3100, float %3131, float %3128)
	%3133 = add i32 2944, %3122
	%3134 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3133
	%3135 = load float, float addrspace(3)* %3134
	%3136 = call float @llvm.fma.f32(float %3103, float %3135, float %3132)
	%3137 = add i32 3968, %3122
	%3138 = getelementptr [4096 x float], [4096 x float] addrspace(3)* @$K_acc, i32 0, i32 %3137
	%3139 = load float, float addrspace(3)* %3138
	%3140 = call float @llvm.fma.f32(float %3106, float %3139, float %3136)
	%3141 = mul i32 %3109, 128
	%3142 = add i32 %3141, %3122
	%3143 = sext i32 %3142 to i64
	%3144 = getelementptr float, float* %part, i64 %3143
	store float %3140, float* %3144
	%3145 = add i32 %3122, 128
	br label %3121

3146:
	br label %3111
}
