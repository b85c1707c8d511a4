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
	%21 = mul i32 %5, 4
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
	%52 = mul i32 %5, 4
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
	%83 = mul i32 %5, 4
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
	%114 = mul i32 %5, 4
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
	%145 = mul i32 %T, 8
	br label %146

146:
	%147 = phi i32 [ %2, %entry ], [ %189, %676 ]
	%148 = phi float [ 0xFFF0000000000000, %entry ], [ %677, %676 ]
	%149 = phi float [ 0xFFF0000000000000, %entry ], [ %678, %676 ]
	%150 = phi float [ 0xFFF0000000000000, %entry ], [ %679, %676 ]
	%151 = phi float [ 0xFFF0000000000000, %entry ], [ %680, %676 ]
	%152 = phi float [ 0.0, %entry ], [ %681, %676 ]
	%153 = phi float [ 0.0, %entry ], [ %682, %676 ]
	%154 = phi float [ 0.0, %entry ], [ %683, %676 ]
	%155 = phi float [ 0.0, %entry ], [ %684, %676 ]
	%156 = phi float [ 0.0, %entry ], [ %685, %676 ]
	%157 = phi float [ 0.0, %entry ], [ %686, %676 ]
	%158 = phi float [ 0.0, %entry ], [ %687, %676 ]
	%159 = phi float [ 0.0, %entry ], [ %688, %676 ]
	%160 = phi float [ 0.0, %entry ], [ %689, %676 ]
	%161 = phi float [ 0.0, %entry ], [ %690, %676 ]
	%162 = phi float [ 0.0, %entry ], [ %691, %676 ]
	%163 = phi float [ 0.0, %entry ], [ %692, %676 ]
	%164 = phi float [ 0.0, %entry ], [ %693, %676 ]
	%165 = phi float [ 0.0, %entry ], [ %694, %676 ]
	%166 = phi float [ 0.0, %entry ], [ %695, %676 ]
	%167 = phi float [ 0.0, %entry ], [ %696, %676 ]
	%168 = phi float [ 0.0, %entry ], [ %697, %676 ]
	%169 = phi float [ 0.0, %entry ], [ %698, %676 ]
	%170 = phi float [ 0.0, %entry ], [ %699, %676 ]
	%171 = phi float [ 0.0, %entry ], [ %700, %676 ]
	%172 = icmp slt i32 %147, %145
	br i1 %172, label %173, label %190

173:
	%174 = udiv i32 %147, 8
	%175 = mul i32 %174, %S
	%176 = add i32 %3, %175
	%177 = icmp slt i32 %176, %NK
	%178 = select i1 %177, i32 %176, i32 0
	%179 = add i32 %16, %178
	%180 = sext i32 %179 to i64
	%181 = getelementptr i32, i32* %list, i64 %180
	%182 = load i32, i32* %181
	%183 = select i1 %177, i32 %182, i32 -1
	%184 = mul i32 %183, 64
	%185 = urem i32 %147, 8
	%186 = mul i32 %185, 8
	%187 = add i32 %184, %186
	%188 = icmp sge i32 %183, 0
	%189 = add i32 %147, 4
	br i1 %188, label %205, label %676

190:
	%191 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %152, i32 1, i32 31)
	%192 = fadd float %152, %191
	%193 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %192, i32 2, i32 31)
	%194 = fadd float %192, %193
	%195 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %194, i32 4, i32 31)
	%196 = fadd float %194, %195
	%197 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %196, i32 8, i32 31)
	%198 = fadd float %196, %197
	%199 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %198, i32 16, i32 31)
	%200 = fadd float %198, %199
	%201 = fmul float %200, 0.25
	%202 = mul i32 %2, 4
	%203 = add i32 %202, 0
	%204 = icmp eq i32 %1, 0
	br i1 %204, label %1347, label %1350

205:
	%206 = add i32 %19, %183
	%207 = sext i32 %206 to i64
	%208 = getelementptr i8, i8* %cls, i64 %207
	%209 = load i8, i8* %208
	%210 = icmp ne i8 %209, 2
	%211 = sub i32 %N, 1
	%212 = add i32 %187, 0
	%213 = icmp slt i32 %212, %211
	%214 = select i1 %213, i32 %212, i32 %211
	%215 = mul i32 %214, 128
	%216 = mul i32 %1, 4
	%217 = add i32 %215, %216
	%218 = add i32 %10, %217
	%219 = sext i32 %218 to i64
	%220 = getelementptr i16, i16* %k, i64 %219
	%221 = getelementptr i16, i16* %220, i64 0
	%222 = bitcast i16* %221 to <2 x i32>*
	%223 = load <2 x i32>, <2 x i32>* %222, align 8
	%224 = extractelement <2 x i32> %223, i32 0
	%225 = extractelement <2 x i32> %223, i32 1
	%226 = shl i32 %224, 16
	%227 = bitcast i32 %226 to float
	%228 = and i32 %224, -65536
	%229 = bitcast i32 %228 to float
	%230 = shl i32 %225, 16
	%231 = bitcast i32 %230 to float
	%232 = and i32 %225, -65536
	%233 = bitcast i32 %232 to float
	%234 = add i32 %187, 1
	%235 = icmp slt i32 %234, %211
	%236 = select i1 %235, i32 %234, i32 %211
	%237 = mul i32 %236, 128
	%238 = mul i32 %1, 4
	%239 = add i32 %237, %238
	%240 = add i32 %10, %239
	%241 = sext i32 %240 to i64
	%242 = getelementptr i16, i16* %k, i64 %241
	%243 = getelementptr i16, i16* %242, i64 0
	%244 = bitcast i16* %243 to <2 x i32>*
	%245 = load <2 x i32>, <2 x i32>* %244, align 8
	%246 = extractelement <2 x i32> %245, i32 0
	%247 = extractelement <2 x i32> %245, i32 1
	%248 = shl i32 %246, 16
	%249 = bitcast i32 %248 to float
	%250 = and i32 %246, -65536
	%251 = bitcast i32 %250 to float
	%252 = shl i32 %247, 16
	%253 = bitcast i32 %252 to float
	%254 = and i32 %247, -65536
	%255 = bitcast i32 %254 to float
	%256 = add i32 %187, 2
	%257 = icmp slt i32 %256, %211
	%258 = select i1 %257, i32 %256, i32 %211
	%259 = mul i32 %258, 128
	%260 = mul i32 %1, 4
	%261 = add i32 %259, %260
	%262 = add i32 %10, %261
	%263 = sext i32 %262 to i64
	%264 = getelementptr i16, i16* %k, i64 %263
	%265 = getelementptr i16, i16* %264, i64 0
	%266 = bitcast i16* %265 to <2 x i32>*
	%267 = load <2 x i32>, <2 x i32>* %266, align 8
	%268 = extractelement <2 x i32> %267, i32 0
	%269 = extractelement <2 x i32> %267, i32 1
	%270 = shl i32 %268, 16
	%271 = bitcast i32 %270 to float
	%272 = and i32 %268, -65536
	%273 = bitcast i32 %272 to float
	%274 = shl i32 %269, 16
	%275 = bitcast i32 %274 to float
	%276 = and i32 %269, -65536
	%277 = bitcast i32 %276 to float
	%278 = add i32 %187, 3
	%279 = icmp slt i32 %278, %211
	%280 = select i1 %279, i32 %278, i32 %211
	%281 = mul i32 %280, 128
	%282 = mul i32 %1, 4
	%283 = add i32 %281, %282
	%284 = add i32 %10, %283
	%285 = sext i32 %284 to i64
	%286 = getelementptr i16, i16* %k, i64 %285
	%287 = getelementptr i16, i16* %286, i64 0
	%288 = bitcast i16* %287 to <2 x i32>*
	%289 = load <2 x i32>, <2 x i32>* %288, align 8
	%290 = extractelement <2 x i32> %289, i32 0
	%291 = extractelement <2 x i32> %289, i32 1
	%292 = shl i32 %290, 16
	%293 = bitcast i32 %292 to float
	%294 = and i32 %290, -65536
	%295 = bitcast i32 %294 to float
	%296 = shl i32 %291, 16
	%297 = bitcast i32 %296 to float
	%298 = and i32 %291, -65536
	%299 = bitcast i32 %298 to float
	%300 = add i32 %187, 4
	%301 = icmp slt i32 %300, %211
	%302 = select i1 %301, i32 %300, i32 %211
	%303 = mul i32 %302, 128
	%304 = mul i32 %1, 4
	%305 = add i32 %303, %304
	%306 = add i32 %10, %305
	%307 = sext i32 %306 to i64
	%308 = getelementptr i16, i16* %k, i64 %307
	%309 = getelementptr i16, i16* %308, i64 0
	%310 = bitcast i16* %309 to <2 x i32>*
	%311 = load <2 x i32>, <2 x i32>* %310, align 8
	%312 = extractelement <2 x i32> %311, i32 0
	%313 = extractelement <2 x i32> %311, i32 1
	%314 = shl i32 %312, 16
	%315 = bitcast i32 %314 to float
	%316 = and i32 %312, -65536
	%317 = bitcast i32 %316 to float
	%318 = shl i32 %313, 16
	%319 = bitcast i32 %318 to float
	%320 = and i32 %313, -65536
	%321 = bitcast i32 %320 to float
	%322 = add i32 %187, 5
	%323 = icmp slt i32 %322, %211
	%324 = select i1 %323, i32 %322, i32 %211
	%325 = mul i32 %324, 128
	%326 = mul i32 %1, 4
	%327 = add i32 %325, %326
	%328 = add i32 %10, %327
	%329 = sext i32 %328 to i64
	%330 = getelementptr i16, i16* %k, i64 %329
	%331 = getelementptr i16, i16* %330, i64 0
	%332 = bitcast i16* %331 to <2 x i32>*
	%333 = load <2 x i32>, <2 x i32>* %332, align 8
	%334 = extractelement <2 x i32> %333, i32 0
	%335 = extractelement <2 x i32> %333, i32 1
	%336 = shl i32 %334, 16
	%337 = bitcast i32 %336 to float
	%338 = and i32 %334, -65536
	%339 = bitcast i32 %338 to float
	%340 = shl i32 %335, 16
	%341 = bitcast i32 %340 to float
	%342 = and i32 %335, -65536
	%343 = bitcast i32 %342 to float
	%344 = add i32 %187, 6
	%345 = icmp slt i32 %344, %211
	%346 = select i1 %345, i32 %344, i32 %211
	%347 = mul i32 %346, 128
	%348 = mul i32 %1, 4
	%349 = add i32 %347, %348
	%350 = add i32 %10, %349
	%351 = sext i32 %350 to i64
	%352 = getelementptr i16, i16* %k, i64 %351
	%353 = getelementptr i16, i16* %352, i64 0
	%354 = bitcast i16* %353 to <2 x i32>*
	%355 = load <2 x i32>, <2 x i32>* %354, align 8
	%356 = extractelement <2 x i32> %355, i32 0
	%357 = extractelement <2 x i32> %355, i32 1
	%358 = shl i32 %356, 16
	%359 = bitcast i32 %358 to float
	%360 = and i32 %356, -65536
	%361 = bitcast i32 %360 to float
	%362 = shl i32 %357, 16
	%363 = bitcast i32 %362 to float
	%364 = and i32 %357, -65536
	%365 = bitcast i32 %364 to float
	%366 = add i32 %187, 7
	%367 = icmp slt i32 %366, %211
	%368 = select i1 %367, i32 %366, i32 %211
	%369 = mul i32 %368, 128
	%370 = mul i32 %1, 4
	%371 = add i32 %369, %370
	%372 = add i32 %10, %371
	%373 = sext i32 %372 to i64
	%374 = getelementptr i16, i16* %k, i64 %373
	%375 = getelementptr i16, i16* %374, i64 0
	%376 = bitcast i16* %375 to <2 x i32>*
	%377 = load <2 x i32>, <2 x i32>* %376, align 8
	%378 = extractelement <2 x i32> %377, i32 0
	%379 = extractelement <2 x i32> %377, i32 1
	%380 = shl i32 %378, 16
	%381 = bitcast i32 %380 to float
	%382 = and i32 %378, -65536
	%383 = bitcast i32 %382 to float
	%384 = shl i32 %379, 16
	%385 = bitcast i32 %384 to float
	%386 = and i32 %379, -65536
	%387 = bitcast i32 %386 to float
	%388 = add i32 %187, 0
	%389 = icmp slt i32 %388, %211
	%390 = select i1 %389, i32 %388, i32 %211
	%391 = mul i32 %390, 128
	%392 = mul i32 %1, 4
	%393 = add i32 %391, %392
	%394 = add i32 %12, %393
	%395 = sext i32 %394 to i64
	%396 = getelementptr i16, i16* %v, i64 %395
	%397 = getelementptr i16, i16* %396, i64 0
	%398 = bitcast i16* %397 to <2 x i32>*
	%399 = load <2 x i32>, <2 x i32>* %398, align 8
	%400 = extractelement <2 x i32> %399, i32 0
	%401 = extractelement <2 x i32> %399, i32 1
	%402 = shl i32 %400, 16
	%403 = bitcast i32 %402 to float
	%404 = and i32 %400, -65536
	%405 = bitcast i32 %404 to float
	%406 = shl i32 %401, 16
	%407 = bitcast i32 %406 to float
	%408 = and i32 %401, -65536
	%409 = bitcast i32 %408 to float
	%410 = add i32 %187, 1
	%411 = icmp slt i32 %410, %211
	%412 = select i1 %411, i32 %410, i32 %211
	%413 = mul i32 %412, 128
	%414 = mul i32 %1, 4
	%415 = add i32 %413, %414
	%416 = add i32 %12, %415
	%417 = sext i32 %416 to i64
	%418 = getelementptr i16, i16* %v, i64 %417
	%419 = getelementptr i16, i16* %418, i64 0
	%420 = bitcast i16* %419 to <2 x i32>*
	%421 = load <2 x i32>, <2 x i32>* %420, align 8
	%422 = extractelement <2 x i32> %421, i32 0
	%423 = extractelement <2 x i32> %421, i32 1
	%424 = shl i32 %422, 16
	%425 = bitcast i32 %424 to float
	%426 = and i32 %422, -65536
	%427 = bitcast i32 %426 to float
	%428 = shl i32 %423, 16
	%429 = bitcast i32 %428 to float
	%430 = and i32 %423, -65536
	%431 = bitcast i32 %430 to float
	%432 = add i32 %187, 2
	%433 = icmp slt i32 %432, %211
	%434 = select i1 %433, i32 %432, i32 %211
	%435 = mul i32 %434, 128
	%436 = mul i32 %1, 4
	%437 = add i32 %435, %436
	%438 = add i32 %12, %437
	%439 = sext i32 %438 to i64
	%440 = getelementptr i16, i16* %v, i64 %439
	%441 = getelementptr i16, i16* %440, i64 0
	%442 = bitcast i16* %441 to <2 x i32>*
	%443 = load <2 x i32>, <2 x i32>* %442, align 8
	%444 = extractelement <2 x i32> %443, i32 0
	%445 = extractelement <2 x i32> %443, i32 1
	%446 = shl i32 %444, 16
	%447 = bitcast i32 %446 to float
	%448 = and i32 %444, -65536
	%449 = bitcast i32 %448 to float
	%450 = shl i32 %445, 16
	%451 = bitcast i32 %450 to float
	%452 = and i32 %445, -65536
	%453 = bitcast i32 %452 to float
	%454 = add i32 %187, 3
	%455 = icmp slt i32 %454, %211
	%456 = select i1 %455, i32 %454, i32 %211
	%457 = mul i32 %456, 128
	%458 = mul i32 %1, 4
	%459 = add i32 %457, %458
	%460 = add i32 %12, %459
	%461 = sext i32 %460 to i64
	%462 = getelementptr i16, i16* %v, i64 %461
	%463 = getelementptr i16, i16* %462, i64 0
	%464 = bitcast i16* %463 to <2 x i32>*
	%465 = load <2 x i32>, <2 x i32>* %464, align 8
	%466 = extractelement <2 x i32> %465, i32 0
	%467 = extractelement <2 x i32> %465, i32 1
	%468 = shl i32 %466, 16
	%469 = bitcast i32 %468 to float
	%470 = and i32 %466, -65536
	%471 = bitcast i32 %470 to float
	%472 = shl i32 %467, 16
	%473 = bitcast i32 %472 to float
	%474 = and i32 %467, -65536
	%475 = bitcast i32 %474 to float
	%476 = add i32 %187, 4
	%477 = icmp slt i32 %476, %211
	%478 = select i1 %477, i32 %476, i32 %211
	%479 = mul i32 %478, 128
	%480 = mul i32 %1, 4
	%481 = add i32 %479, %480
	%482 = add i32 %12, %481
	%483 = sext i32 %482 to i64
	%484 = getelementptr i16, i16* %v, i64 %483
	%485 = getelementptr i16, i16* %484, i64 0
	%486 = bitcast i16* %485 to <2 x i32>*
	%487 = load <2 x i32>, <2 x i32>* %486, align 8
	%488 = extractelement <2 x i32> %487, i32 0
	%489 = extractelement <2 x i32> %487, i32 1
	%490 = shl i32 %488, 16
	%491 = bitcast i32 %490 to float
	%492 = and i32 %488, -65536
	%493 = bitcast i32 %492 to float
	%494 = shl i32 %489, 16
	%495 = bitcast i32 %494 to float
	%496 = and i32 %489, -65536
	%497 = bitcast i32 %496 to float
	%498 = add i32 %187, 5
	%499 = icmp slt i32 %498, %211
	%500 = select i1 %499, i32 %498, i32 %211
	%501 = mul i32 %500, 128
	%502 = mul i32 %1, 4
	%503 = add i32 %501, %502
	%504 = add i32 %12, %503
	%505 = sext i32 %504 to i64
	%506 = getelementptr i16, i16* %v, i64 %505
	%507 = getelementptr i16, i16* %506, i64 0
	%508 = bitcast i16* %507 to <2 x i32>*
	%509 = load <2 x i32>, <2 x i32>* %508, align 8
	%510 = extractelement <2 x i32> %509, i32 0
	%511 = extractelement <2 x i32> %509, i32 1
	%512 = shl i32 %510, 16
	%513 = bitcast i32 %512 to float
	%514 = and i32 %510, -65536
	%515 = bitcast i32 %514 to float
	%516 = shl i32 %511, 16
	%517 = bitcast i32 %516 to float
	%518 = and i32 %511, -65536
	%519 = bitcast i32 %518 to float
	%520 = add i32 %187, 6
	%521 = icmp slt i32 %520, %211
	%522 = select i1 %521, i32 %520, i32 %211
	%523 = mul i32 %522, 128
	%524 = mul i32 %1, 4
	%525 = add i32 %523, %524
	%526 = add i32 %12, %525
	%527 = sext i32 %526 to i64
	%528 = getelementptr i16, i16* %v, i64 %527
	%529 = getelementptr i16, i16* %528, i64 0
	%530 = bitcast i16* %529 to <2 x i32>*
	%531 = load <2 x i32>, <2 x i32>* %530, align 8
	%532 = extractelement <2 x i32> %531, i32 0
	%533 = extractelement <2 x i32> %531, i32 1
	%534 = shl i32 %532, 16
	%535 = bitcast i32 %534 to float
	%536 = and i32 %532, -65536
	%537 = bitcast i32 %536 to float
	%538 = shl i32 %533, 16
	%539 = bitcast i32 %538 to float
	%540 = and i32 %533, -65536
	%541 = bitcast i32 %540 to float
	%542 = add i32 %187, 7
	%543 = icmp slt i32 %542, %211
	%544 = select i1 %543, i32 %542, i32 %211
	%545 = mul i32 %544, 128
	%546 = mul i32 %1, 4
	%547 = add i32 %545, %546
	%548 = add i32 %12, %547
	%549 = sext i32 %548 to i64
	%550 = getelementptr i16, i16* %v, i64 %549
	%551 = getelementptr i16, i16* %550, i64 0
	%552 = bitcast i16* %551 to <2 x i32>*
	%553 = load <2 x i32>, <2 x i32>* %552, align 8
	%554 = extractelement <2 x i32> %553, i32 0
	%555 = extractelement <2 x i32> %553, i32 1
	%556 = shl i32 %554, 16
	%557 = bitcast i32 %556 to float
	%558 = and i32 %554, -65536
	%559 = bitcast i32 %558 to float
	%560 = shl i32 %555, 16
	%561 = bitcast i32 %560 to float
	%562 = and i32 %555, -65536
	%563 = bitcast i32 %562 to float
	%564 = lshr i32 %1, 2
	%565 = add i32 %187, %564
	%566 = sitofp i32 %565 to float
	%567 = icmp slt i32 %565, %N
	%568 = and i32 %1, 3
	%569 = icmp eq i32 %568, 0
	%570 = call float @llvm.fma.f32(float %45, float %227, float 0.0)
	%571 = call float @llvm.fma.f32(float %47, float %229, float %570)
	%572 = call float @llvm.fma.f32(float %49, float %231, float %571)
	%573 = call float @llvm.fma.f32(float %51, float %233, float %572)
	%574 = call float @llvm.fma.f32(float %45, float %249, float 0.0)
	%575 = call float @llvm.fma.f32(float %47, float %251, float %574)
	%576 = call float @llvm.fma.f32(float %49, float %253, float %575)
	%577 = call float @llvm.fma.f32(float %51, float %255, float %576)
	%578 = call float @llvm.fma.f32(float %45, float %271, float 0.0)
	%579 = call float @llvm.fma.f32(float %47, float %273, float %578)
	%580 = call float @llvm.fma.f32(float %49, float %275, float %579)
	%581 = call float @llvm.fma.f32(float %51, float %277, float %580)
	%582 = call float @llvm.fma.f32(float %45, float %293, float 0.0)
	%583 = call float @llvm.fma.f32(float %47, float %295, float %582)
	%584 = call float @llvm.fma.f32(float %49, float %297, float %583)
	%585 = call float @llvm.fma.f32(float %51, float %299, float %584)
	%586 = call float @llvm.fma.f32(float %45, float %315, float 0.0)
	%587 = call float @llvm.fma.f32(float %47, float %317, float %586)
	%588 = call float @llvm.fma.f32(float %49, float %319, float %587)
	%589 = call float @llvm.fma.f32(float %51, float %321, float %588)
	%590 = call float @llvm.fma.f32(float %45, float %337, float 0.0)
	%591 = call float @llvm.fma.f32(float %47, float %339, float %590)
	%592 = call float @llvm.fma.f32(float %49, float %341, float %591)
	%593 = call float @llvm.fma.f32(float %51, float %343, float %592)
	%594 = call float @llvm.fma.f32(float %45, float %359, float 0.0)
	%595 = call float @llvm.fma.f32(float %47, float %361, float %594)
	%596 = call float @llvm.fma.f32(float %49, float %363, float %595)
	%597 = call float @llvm.fma.f32(float %51, float %365, float %596)
	%598 = call float @llvm.fma.f32(float %45, float %381, float 0.0)
	%599 = call float @llvm.fma.f32(float %47, float %383, float %598)
	%600 = call float @llvm.fma.f32(float %49, float %385, float %599)
	%601 = call float @llvm.fma.f32(float %51, float %387, float %600)
	%602 = and i32 %1, 16
	%603 = icmp ne i32 %602, 0
	%604 = select i1 %603, float %573, float %589
	%605 = select i1 %603, float %589, float %573
	%606 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %604, i32 16, i32 31)
	%607 = fadd float %605, %606
	%608 = select i1 %603, float %577, float %593
	%609 = select i1 %603, float %593, float %577
	%610 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %608, i32 16, i32 31)
	%611 = fadd float %609, %610
	%612 = select i1 %603, float %581, float %597
	%613 = select i1 %603, float %597, float %581
	%614 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %612, i32 16, i32 31)
	%615 = fadd float %613, %614
	%616 = select i1 %603, float %585, float %601
	%617 = select i1 %603, float %601, float %585
	%618 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %616, i32 16, i32 31)
	%619 = fadd float %617, %618
	%620 = and i32 %1, 8
	%621 = icmp ne i32 %620, 0
	%622 = select i1 %621, float %607, float %615
	%623 = select i1 %621, float %615, float %607
	%624 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %622, i32 8, i32 31)
	%625 = fadd float %623, %624
	%626 = select i1 %621, float %611, float %619
	%627 = select i1 %621, float %619, float %611
	%628 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %626, i32 8, i32 31)
	%629 = fadd float %627, %628
	%630 = and i32 %1, 4
	%631 = icmp ne i32 %630, 0
	%632 = select i1 %631, float %625, float %629
	%633 = select i1 %631, float %629, float %625
	%634 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %632, i32 4, i32 31)
	%635 = fadd float %633, %634
	%636 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %635, i32 1, i32 31)
	%637 = fadd float %635, %636
	%638 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %637, i32 2, i32 31)
	%639 = fadd float %637, %638
	%640 = fmul float %639, 0x3FB6A09E60000000
	%641 = fcmp ole float %566, %32
	%642 = uitofp i1 %641 to float
	%643 = fcmp une float %642, 0.0
	%644 = fsub float %32, %566
	%645 = fcmp olt float %644, 4096.0
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = fcmp olt float %566, 4.0
	%649 = uitofp i1 %648 to float
	%650 = fcmp une float %649, 0.0
	%651 = or i1 %647, %650
	%652 = uitofp i1 %651 to float
	%653 = fcmp une float %652, 0.0
	%654 = and i1 %643, %653
	%655 = uitofp i1 %654 to float
	%656 = fcmp une float %655, 0.0
	%657 = xor i1 %210, true
	%658 = or i1 %657, %656
	%659 = and i1 %567, %658
	%660 = fmul float %640, 0x3FF7154760000000
	%661 = select i1 %659, float %660, float 0xFFF0000000000000
	%662 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %661, i32 4, i32 31)
	%663 = call float @llvm.nvvm.fmax.f(float %661, float %662)
	%664 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %663, i32 8, i32 31)
	%665 = call float @llvm.nvvm.fmax.f(float %663, float %664)
	%666 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %665, i32 16, i32 31)
	%667 = call float @llvm.nvvm.fmax.f(float %665, float %666)
	%668 = call float @llvm.nvvm.fmax.f(float %148, float %667)
	%669 = fcmp oeq float %668, 0xFFF0000000000000
	%670 = select i1 %669, float 0.0, float %668
	%671 = fsub float %148, %670
	%672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %671)
	%673 = fsub float %661, %670
	%674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %673)
	%675 = call float @llvm.fma.f32(float %152, float %672, float %674)
	br i1 %569, label %701, label %706

676:
	%677 = phi float [ %148, %173 ], [ %668, %1042 ]
	%678 = phi float [ %149, %173 ], [ %805, %1042 ]
	%679 = phi float [ %150, %173 ], [ %917, %1042 ]
	%680 = phi float [ %151, %173 ], [ %1029, %1042 ]
	%681 = phi float [ %152, %173 ], [ %675, %1042 ]
	%682 = phi float [ %153, %173 ], [ %812, %1042 ]
	%683 = phi float [ %154, %173 ], [ %924, %1042 ]
	%684 = phi float [ %155, %173 ], [ %1036, %1042 ]
	%685 = phi float [ %156, %173 ], [ %1115, %1042 ]
	%686 = phi float [ %157, %173 ], [ %1116, %1042 ]
	%687 = phi float [ %158, %173 ], [ %1117, %1042 ]
	%688 = phi float [ %159, %173 ], [ %1118, %1042 ]
	%689 = phi float [ %160, %173 ], [ %1191, %1042 ]
	%690 = phi float [ %161, %173 ], [ %1192, %1042 ]
	%691 = phi float [ %162, %173 ], [ %1193, %1042 ]
	%692 = phi float [ %163, %173 ], [ %1194, %1042 ]
	%693 = phi float [ %164, %173 ], [ %1267, %1042 ]
	%694 = phi float [ %165, %173 ], [ %1268, %1042 ]
	%695 = phi float [ %166, %173 ], [ %1269, %1042 ]
	%696 = phi float [ %167, %173 ], [ %1270, %1042 ]
	%697 = phi float [ %168, %173 ], [ %1343, %1042 ]
	%698 = phi float [ %169, %173 ], [ %1344, %1042 ]
	%699 = phi float [ %170, %173 ], [ %1345, %1042 ]
	%700 = phi float [ %171, %173 ], [ %1346, %1042 ]
	br label %146

701:
	%702 = mul i32 %2, 32
	%703 = add i32 0, %564
	%704 = add i32 %702, %703
	%705 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %704
	store float %674, float addrspace(3)* %705
	br label %706

706:
	%707 = call float @llvm.fma.f32(float %76, float %227, float 0.0)
	%708 = call float @llvm.fma.f32(float %78, float %229, float %707)
	%709 = call float @llvm.fma.f32(float %80, float %231, float %708)
	%710 = call float @llvm.fma.f32(float %82, float %233, float %709)
	%711 = call float @llvm.fma.f32(float %76, float %249, float 0.0)
	%712 = call float @llvm.fma.f32(float %78, float %251, float %711)
	%713 = call float @llvm.fma.f32(float %80, float %253, float %712)
	%714 = call float @llvm.fma.f32(float %82, float %255, float %713)
	%715 = call float @llvm.fma.f32(float %76, float %271, float 0.0)
	%716 = call float @llvm.fma.f32(float %78, float %273, float %715)
	%717 = call float @llvm.fma.f32(float %80, float %275, float %716)
	%718 = call float @llvm.fma.f32(float %82, float %277, float %717)
	%719 = call float @llvm.fma.f32(float %76, float %293, float 0.0)
	%720 = call float @llvm.fma.f32(float %78, float %295, float %719)
	%721 = call float @llvm.fma.f32(float %80, float %297, float %720)
	%722 = call float @llvm.fma.f32(float %82, float %299, float %721)
	%723 = call float @llvm.fma.f32(float %76, float %315, float 0.0)
	%724 = call float @llvm.fma.f32(float %78, float %317, float %723)
	%725 = call float @llvm.fma.f32(float %80, float %319, float %724)
	%726 = call float @llvm.fma.f32(float %82, float %321, float %725)
	%727 = call float @llvm.fma.f32(float %76, float %337, float 0.0)
	%728 = call float @llvm.fma.f32(float %78, float %339, float %727)
	%729 = call float @llvm.fma.f32(float %80, float %341, float %728)
	%730 = call float @llvm.fma.f32(float %82, float %343, float %729)
	%731 = call float @llvm.fma.f32(float %76, float %359, float 0.0)
	%732 = call float @llvm.fma.f32(float %78, float %361, float %731)
	%733 = call float @llvm.fma.f32(float %80, float %363, float %732)
	%734 = call float @llvm.fma.f32(float %82, float %365, float %733)
	%735 = call float @llvm.fma.f32(float %76, float %381, float 0.0)
	%736 = call float @llvm.fma.f32(float %78, float %383, float %735)
	%737 = call float @llvm.fma.f32(float %80, float %385, float %736)
	%738 = call float @llvm.fma.f32(float %82, float %387, float %737)
	%739 = and i32 %1, 16
	%740 = icmp ne i32 %739, 0
	%741 = select i1 %740, float %710, float %726
	%742 = select i1 %740, float %726, float %710
	%743 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %741, i32 16, i32 31)
	%744 = fadd float %742, %743
	%745 = select i1 %740, float %714, float %730
	%746 = select i1 %740, float %730, float %714
	%747 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %745, i32 16, i32 31)
	%748 = fadd float %746, %747
	%749 = select i1 %740, float %718, float %734
	%750 = select i1 %740, float %734, float %718
	%751 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %749, i32 16, i32 31)
	%752 = fadd float %750, %751
	%753 = select i1 %740, float %722, float %738
	%754 = select i1 %740, float %738, float %722
	%755 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %753, i32 16, i32 31)
	%756 = fadd float %754, %755
	%757 = and i32 %1, 8
	%758 = icmp ne i32 %757, 0
	%759 = select i1 %758, float %744, float %752
	%760 = select i1 %758, float %752, float %744
	%761 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %759, i32 8, i32 31)
	%762 = fadd float %760, %761
	%763 = select i1 %758, float %748, float %756
	%764 = select i1 %758, float %756, float %748
	%765 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %763, i32 8, i32 31)
	%766 = fadd float %764, %765
	%767 = and i32 %1, 4
	%768 = icmp ne i32 %767, 0
	%769 = select i1 %768, float %762, float %766
	%770 = select i1 %768, float %766, float %762
	%771 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %769, i32 4, i32 31)
	%772 = fadd float %770, %771
	%773 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %772, i32 1, i32 31)
	%774 = fadd float %772, %773
	%775 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %774, i32 2, i32 31)
	%776 = fadd float %774, %775
	%777 = fmul float %776, 0x3FB6A09E60000000
	%778 = fcmp ole float %566, %63
	%779 = uitofp i1 %778 to float
	%780 = fcmp une float %779, 0.0
	%781 = fsub float %63, %566
	%782 = fcmp olt float %781, 4096.0
	%783 = uitofp i1 %782 to float
	%784 = fcmp une float %783, 0.0
	%785 = fcmp olt float %566, 4.0
	%786 = uitofp i1 %785 to float
	%787 = fcmp une float %786, 0.0
	%788 = or i1 %784, %787
	%789 = uitofp i1 %788 to float
	%790 = fcmp une float %789, 0.0
	%791 = and i1 %780, %790
	%792 = uitofp i1 %791 to float
	%793 = fcmp une float %792, 0.0
	%794 = xor i1 %210, true
	%795 = or i1 %794, %793
	%796 = and i1 %567, %795
	%797 = fmul float %777, 0x3FF7154760000000
	%798 = select i1 %796, float %797, float 0xFFF0000000000000
	%799 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %798, i32 4, i32 31)
	%800 = call float @llvm.nvvm.fmax.f(float %798, float %799)
	%801 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %800, i32 8, i32 31)
	%802 = call float @llvm.nvvm.fmax.f(float %800, float %801)
	%803 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %802, i32 16, i32 31)
	%804 = call float @llvm.nvvm.fmax.f(float %802, float %803)
	%805 = call float @llvm.nvvm.fmax.f(float %149, float %804)
	%806 = fcmp oeq float %805, 0xFFF0000000000000
	%807 = select i1 %806, float 0.0, float %805
	%808 = fsub float %149, %807
	%809 = call float @llvm.nvvm.ex2.approx.ftz.f(float %808)
	%810 = fsub float %798, %807
	%811 = call float @llvm.nvvm.ex2.approx.ftz.f(float %810)
	%812 = call float @llvm.fma.f32(float %153, float %809, float %811)
	br i1 %569, label %813, label %818

813:
	%814 = mul i32 %2, 32
	%815 = add i32 8, %564
	%816 = add i32 %814, %815
	%817 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %816
	store float %811, float addrspace(3)* %817
	br label %818

818:
	%819 = call float @llvm.fma.f32(float %107, float %227, float 0.0)
	%820 = call float @llvm.fma.f32(float %109, float %229, float %819)
	%821 = call float @llvm.fma.f32(float %111, float %231, float %820)
	%822 = call float @llvm.fma.f32(float %113, float %233, float %821)
	%823 = call float @llvm.fma.f32(float %107, float %249, float 0.0)
	%824 = call float @llvm.fma.f32(float %109, float %251, float %823)
	%825 = call float @llvm.fma.f32(float %111, float %253, float %824)
	%826 = call float @llvm.fma.f32(float %113, float %255, float %825)
	%827 = call float @llvm.fma.f32(float %107, float %271, float 0.0)
	%828 = call float @llvm.fma.f32(float %109, float %273, float %827)
	%829 = call float @llvm.fma.f32(float %111, float %275, float %828)
	%830 = call float @llvm.fma.f32(float %113, float %277, float %829)
	%831 = call float @llvm.fma.f32(float %107, float %293, float 0.0)
	%832 = call float @llvm.fma.f32(float %109, float %295, float %831)
	%833 = call float @llvm.fma.f32(float %111, float %297, float %832)
	%834 = call float @llvm.fma.f32(float %113, float %299, float %833)
	%835 = call float @llvm.fma.f32(float %107, float %315, float 0.0)
	%836 = call float @llvm.fma.f32(float %109, float %317, float %835)
	%837 = call float @llvm.fma.f32(float %111, float %319, float %836)
	%838 = call float @llvm.fma.f32(float %113, float %321, float %837)
	%839 = call float @llvm.fma.f32(float %107, float %337, float 0.0)
	%840 = call float @llvm.fma.f32(float %109, float %339, float %839)
	%841 = call float @llvm.fma.f32(float %111, float %341, float %840)
	%842 = call float @llvm.fma.f32(float %113, float %343, float %841)
	%843 = call float @llvm.fma.f32(float %107, float %359, float 0.0)
	%844 = call float @llvm.fma.f32(float %109, float %361, float %843)
	%845 = call float @llvm.fma.f32(float %111, float %363, float %844)
	%846 = call float @llvm.fma.f32(float %113, float %365, float %845)
	%847 = call float @llvm.fma.f32(float %107, float %381, float 0.0)
	%848 = call float @llvm.fma.f32(float %109, float %383, float %847)
	%849 = call float @llvm.fma.f32(float %111, float %385, float %848)
	%850 = call float @llvm.fma.f32(float %113, float %387, float %849)
	%851 = and i32 %1, 16
	%852 = icmp ne i32 %851, 0
	%853 = select i1 %852, float %822, float %838
	%854 = select i1 %852, float %838, float %822
	%855 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %853, i32 16, i32 31)
	%856 = fadd float %854, %855
	%857 = select i1 %852, float %826, float %842
	%858 = select i1 %852, float %842, float %826
	%859 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %857, i32 16, i32 31)
	%860 = fadd float %858, %859
	%861 = select i1 %852, float %830, float %846
	%862 = select i1 %852, float %846, float %830
	%863 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %861, i32 16, i32 31)
	%864 = fadd float %862, %863
	%865 = select i1 %852, float %834, float %850
	%866 = select i1 %852, float %850, float %834
	%867 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %865, i32 16, i32 31)
	%868 = fadd float %866, %867
	%869 = and i32 %1, 8
	%870 = icmp ne i32 %869, 0
	%871 = select i1 %870, float %856, float %864
	%872 = select i1 %870, float %864, float %856
	%873 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %871, i32 8, i32 31)
	%874 = fadd float %872, %873
	%875 = select i1 %870, float %860, float %868
	%876 = select i1 %870, float %868, float %860
	%877 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %875, i32 8, i32 31)
	%878 = fadd float %876, %877
	%879 = and i32 %1, 4
	%880 = icmp ne i32 %879, 0
	%881 = select i1 %880, float %874, float %878
	%882 = select i1 %880, float %878, float %874
	%883 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %881, i32 4, i32 31)
	%884 = fadd float %882, %883
	%885 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %884, i32 1, i32 31)
	%886 = fadd float %884, %885
	%887 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %886, i32 2, i32 31)
	%888 = fadd float %886, %887
	%889 = fmul float %888, 0x3FB6A09E60000000
	%890 = fcmp ole float %566, %94
	%891 = uitofp i1 %890 to float
	%892 = fcmp une float %891, 0.0
	%893 = fsub float %94, %566
	%894 = fcmp olt float %893, 4096.0
	%895 = uitofp i1 %894 to float
	%896 = fcmp une float %895, 0.0
	%897 = fcmp olt float %566, 4.0
	%898 = uitofp i1 %897 to float
	%899 = fcmp une float %898, 0.0
	%900 = or i1 %896, %899
	%901 = uitofp i1 %900 to float
	%902 = fcmp une float %901, 0.0
	%903 = and i1 %892, %902
	%904 = uitofp i1 %903 to float
	%905 = fcmp une float %904, 0.0
	%906 = xor i1 %210, true
	%907 = or i1 %906, %905
	%908 = and i1 %567, %907
	%909 = fmul float %889, 0x3FF7154760000000
	%910 = select i1 %908, float %909, float 0xFFF0000000000000
	%911 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %910, i32 4, i32 31)
	%912 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%913 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %912, i32 8, i32 31)
	%914 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%915 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %914, i32 16, i32 31)
	%916 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%917 = call float @llvm.nvvm.fmax.f(float %150, float %916)
	%918 = fcmp oeq float %917, 0xFFF0000000000000
	%919 = select i1 %918, float 0.0, float %917
	%920 = fsub float %150, %919
	%921 = call float @llvm.nvvm.ex2.approx.ftz.f(float %920)
	%922 = fsub float %910, %919
	%923 = call float @llvm.nvvm.ex2.approx.ftz.f(float %922)
	%924 = call float @llvm.fma.f32(float %154, float %921, float %923)
	br i1 %569, label %925, label %930

925:
	%926 = mul i32 %2, 32
	%927 = add i32 16, %564
	%928 = add i32 %926, %927
	%929 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %928
	store float %923, float addrspace(3)* %929
	br label %930

930:
	%931 = call float @llvm.fma.f32(float %138, float %227, float 0.0)
	%932 = call float @llvm.fma.f32(float %140, float %229, float %931)
	%933 = call float @llvm.fma.f32(float %142, float %231, float %932)
	%934 = call float @llvm.fma.f32(float %144, float %233, float %933)
	%935 = call float @llvm.fma.f32(float %138, float %249, float 0.0)
	%936 = call float @llvm.fma.f32(float %140, float %251, float %935)
	%937 = call float @llvm.fma.f32(float %142, float %253, float %936)
	%938 = call float @llvm.fma.f32(float %144, float %255, float %937)
	%939 = call float @llvm.fma.f32(float %138, float %271, float 0.0)
	%940 = call float @llvm.fma.f32(float %140, float %273, float %939)
	%941 = call float @llvm.fma.f32(float %142, float %275, float %940)
	%942 = call float @llvm.fma.f32(float %144, float %277, float %941)
	%943 = call float @llvm.fma.f32(float %138, float %293, float 0.0)
	%944 = call float @llvm.fma.f32(float %140, float %295, float %943)
	%945 = call float @llvm.fma.f32(float %142, float %297, float %944)
	%946 = call float @llvm.fma.f32(float %144, float %299, float %945)
	%947 = call float @llvm.fma.f32(float %138, float %315, float 0.0)
	%948 = call float @llvm.fma.f32(float %140, float %317, float %947)
	%949 = call float @llvm.fma.f32(float %142, float %319, float %948)
	%950 = call float @llvm.fma.f32(float %144, float %321, float %949)
	%951 = call float @llvm.fma.f32(float %138, float %337, float 0.0)
	%952 = call float @llvm.fma.f32(float %140, float %339, float %951)
	%953 = call float @llvm.fma.f32(float %142, float %341, float %952)
	%954 = call float @llvm.fma.f32(float %144, float %343, float %953)
	%955 = call float @llvm.fma.f32(float %138, float %359, float 0.0)
	%956 = call float @llvm.fma.f32(float %140, float %361, float %955)
	%957 = call float @llvm.fma.f32(float %142, float %363, float %956)
	%958 = call float @llvm.fma.f32(float %144, float %365, float %957)
	%959 = call float @llvm.fma.f32(float %138, float %381, float 0.0)
	%960 = call float @llvm.fma.f32(float %140, float %383, float %959)
	%961 = call float @llvm.fma.f32(float %142, float %385, float %960)
	%962 = call float @llvm.fma.f32(float %144, float %387, float %961)
	%963 = and i32 %1, 16
	%964 = icmp ne i32 %963, 0
	%965 = select i1 %964, float %934, float %950
	%966 = select i1 %964, float %950, float %934
	%967 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %965, i32 16, i32 31)
	%968 = fadd float %966, %967
	%969 = select i1 %964, float %938, float %954
	%970 = select i1 %964, float %954, float %938
	%971 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %969, i32 16, i32 31)
	%972 = fadd float %970, %971
	%973 = select i1 %964, float %942, float %958
	%974 = select i1 %964, float %958, float %942
	%975 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %973, i32 16, i32 31)
	%976 = fadd float %974, %975
	%977 = select i1 %964, float %946, float %962
	%978 = select i1 %964, float %962, float %946
	%979 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %977, i32 16, i32 31)
	%980 = fadd float %978, %979
	%981 = and i32 %1, 8
	%982 = icmp ne i32 %981, 0
	%983 = select i1 %982, float %968, float %976
	%984 = select i1 %982, float %976, float %968
	%985 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %983, i32 8, i32 31)
	%986 = fadd float %984, %985
	%987 = select i1 %982, float %972, float %980
	%988 = select i1 %982, float %980, float %972
	%989 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %987, i32 8, i32 31)
	%990 = fadd float %988, %989
	%991 = and i32 %1, 4
	%992 = icmp ne i32 %991, 0
	%993 = select i1 %992, float %986, float %990
	%994 = select i1 %992, float %990, float %986
	%995 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %993, i32 4, i32 31)
	%996 = fadd float %994, %995
	%997 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %996, i32 1, i32 31)
	%998 = fadd float %996, %997
	%999 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %998, i32 2, i32 31)
	%1000 = fadd float %998, %999
	%1001 = fmul float %1000, 0x3FB6A09E60000000
	%1002 = fcmp ole float %566, %125
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = fsub float %125, %566
	%1006 = fcmp olt float %1005, 4096.0
	%1007 = uitofp i1 %1006 to float
	%1008 = fcmp une float %1007, 0.0
	%1009 = fcmp olt float %566, 4.0
	%1010 = uitofp i1 %1009 to float
	%1011 = fcmp une float %1010, 0.0
	%1012 = or i1 %1008, %1011
	%1013 = uitofp i1 %1012 to float
	%1014 = fcmp une float %1013, 0.0
	%1015 = and i1 %1004, %1014
	%1016 = uitofp i1 %1015 to float
	%1017 = fcmp une float %1016, 0.0
	%1018 = xor i1 %210, true
	%1019 = or i1 %1018, %1017
	%1020 = and i1 %567, %1019
	%1021 = fmul float %1001, 0x3FF7154760000000
	%1022 = select i1 %1020, float %1021, float 0xFFF0000000000000
	%1023 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1022, i32 4, i32 31)
	%1024 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1025 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1024, i32 8, i32 31)
	%1026 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1026, i32 16, i32 31)
	%1028 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1029 = call float @llvm.nvvm.fmax.f(float %151, float %1028)
	%1030 = fcmp oeq float %1029, 0xFFF0000000000000
	%1031 = select i1 %1030, float 0.0, float %1029
	%1032 = fsub float %151, %1031
	%1033 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1032)
	%1034 = fsub float %1022, %1031
	%1035 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1034)
	%1036 = call float @llvm.fma.f32(float %155, float %1033, float %1035)
	br i1 %569, label %1037, label %1042

1037:
	%1038 = mul i32 %2, 32
	%1039 = add i32 24, %564
	%1040 = add i32 %1038, %1039
	%1041 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1040
	store float %1035, float addrspace(3)* %1041
	br label %1042

1042:
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	%1043 = fmul float %156, %672
	%1044 = fmul float %157, %672
	%1045 = fmul float %158, %672
	%1046 = fmul float %159, %672
	%1047 = mul i32 %2, 32
	%1048 = add i32 0, 0
	%1049 = add i32 %1047, %1048
	%1050 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1049
	%1051 = load float, float addrspace(3)* %1050
	%1052 = call float @llvm.fma.f32(float %1051, float %403, float %1043)
	%1053 = call float @llvm.fma.f32(float %1051, float %405, float %1044)
	%1054 = call float @llvm.fma.f32(float %1051, float %407, float %1045)
	%1055 = call float @llvm.fma.f32(float %1051, float %409, float %1046)
	%1056 = mul i32 %2, 32
	%1057 = add i32 0, 1
	%1058 = add i32 %1056, %1057
	%1059 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1058
	%1060 = load float, float addrspace(3)* %1059
	%1061 = call float @llvm.fma.f32(float %1060, float %425, float %1052)
	%1062 = call float @llvm.fma.f32(float %1060, float %427, float %1053)
	%1063 = call float @llvm.fma.f32(float %1060, float %429, float %1054)
	%1064 = call float @llvm.fma.f32(float %1060, float %431, float %1055)
	%1065 = mul i32 %2, 32
	%1066 = add i32 0, 2
	%1067 = add i32 %1065, %1066
	%1068 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1067
	%1069 = load float, float addrspace(3)* %1068
	%1070 = call float @llvm.fma.f32(float %1069, float %447, float %1061)
	%1071 = call float @llvm.fma.f32(float %1069, float %449, float %1062)
	%1072 = call float @llvm.fma.f32(float %1069, float %451, float %1063)
	%1073 = call float @llvm.fma.f32(float %1069, float %453, float %1064)
	%1074 = mul i32 %2, 32
	%1075 = add i32 0, 3
	%1076 = add i32 %1074, %1075
	%1077 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1076
	%1078 = load float, float addrspace(3)* %1077
	%1079 = call float @llvm.fma.f32(float %1078, float %469, float %1070)
	%1080 = call float @llvm.fma.f32(float %1078, float %471, float %1071)
	%1081 = call float @llvm.fma.f32(float %1078, float %473, float %1072)
	%1082 = call float @llvm.fma.f32(float %1078, float %475, float %1073)
	%1083 = mul i32 %2, 32
	%1084 = add i32 0, 4
	%1085 = add i32 %1083, %1084
	%1086 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1085
	%1087 = load float, float addrspace(3)* %1086
	%1088 = call float @llvm.fma.f32(float %1087, float %491, float %1079)
	%1089 = call float @llvm.fma.f32(float %1087, float %493, float %1080)
	%1090 = call float @llvm.fma.f32(float %1087, float %495, float %1081)
	%1091 = call float @llvm.fma.f32(float %1087, float %497, float %1082)
	%1092 = mul i32 %2, 32
	%1093 = add i32 0, 5
	%1094 = add i32 %1092, %1093
	%1095 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1094
	%1096 = load float, float addrspace(3)* %1095
	%1097 = call float @llvm.fma.f32(float %1096, float %513, float %1088)
	%1098 = call float @llvm.fma.f32(float %1096, float %515, float %1089)
	%1099 = call float @llvm.fma.f32(float %1096, float %517, float %1090)
	%1100 = call float @llvm.fma.f32(float %1096, float %519, float %1091)
	%1101 = mul i32 %2, 32
	%1102 = add i32 0, 6
	%1103 = add i32 %1101, %1102
	%1104 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1103
	%1105 = load float, float addrspace(3)* %1104
	%1106 = call float @llvm.fma.f32(float %1105, float %535, float %1097)
	%1107 = call float @llvm.fma.f32(float %1105, float %537, float %1098)
	%1108 = call float @llvm.fma.f32(float %1105, float %539, float %1099)
	%1109 = call float @llvm.fma.f32(float %1105, float %541, float %1100)
	%1110 = mul i32 %2, 32
	%1111 = add i32 0, 7
	%1112 = add i32 %1110, %1111
	%1113 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1112
	%1114 = load float, float addrspace(3)* %1113
	%1115 = call float @llvm.fma.f32(float %1114, float %557, float %1106)
	%1116 = call float @llvm.fma.f32(float %1114, float %559, float %1107)
	%1117 = call float @llvm.fma.f32(float %1114, float %561, float %1108)
	%1118 = call float @llvm.fma.f32(float %1114, float %563, float %1109)
	%1119 = fmul float %160, %809
	%1120 = fmul float %161, %809
	%1121 = fmul float %162, %809
	%1122 = fmul float %163, %809
	%1123 = mul i32 %2, 32
	%1124 = add i32 8, 0
	%1125 = add i32 %1123, %1124
	%1126 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1125
	%1127 = load float, float addrspace(3)* %1126
	%1128 = call float @llvm.fma.f32(float %1127, float %403, float %1119)
	%1129 = call float @llvm.fma.f32(float %1127, float %405, float %1120)
	%1130 = call float @llvm.fma.f32(float %1127, float %407, float %1121)
	%1131 = call float @llvm.fma.f32(float %1127, float %409, float %1122)
	%1132 = mul i32 %2, 32
	%1133 = add i32 8, 1
	%1134 = add i32 %1132, %1133
	%1135 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1134
	%1136 = load float, float addrspace(3)* %1135
	%1137 = call float @llvm.fma.f32(float %1136, float %425, float %1128)
	%1138 = call float @llvm.fma.f32(float %1136, float %427, float %1129)
	%1139 = call float @llvm.fma.f32(float %1136, float %429, float %1130)
	%1140 = call float @llvm.fma.f32(float %1136, float %431, float %1131)
	%1141 = mul i32 %2, 32
	%1142 = add i32 8, 2
	%1143 = add i32 %1141, %1142
	%1144 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1143
	%1145 = load float, float addrspace(3)* %1144
	%1146 = call float @llvm.fma.f32(float %1145, float %447, float %1137)
	%1147 = call float @llvm.fma.f32(float %1145, float %449, float %1138)
	%1148 = call float @llvm.fma.f32(float %1145, float %451, float %1139)
	%1149 = call float @llvm.fma.f32(float %1145, float %453, float %1140)
	%1150 = mul i32 %2, 32
	%1151 = add i32 8, 3
	%1152 = add i32 %1150, %1151
	%1153 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1152
	%1154 = load float, float addrspace(3)* %1153
	%1155 = call float @llvm.fma.f32(float %1154, float %469, float %1146)
	%1156 = call float @llvm.fma.f32(float %1154, float %471, float %1147)
	%1157 = call float @llvm.fma.f32(float %1154, float %473, float %1148)
	%1158 = call float @llvm.fma.f32(float %1154, float %475, float %1149)
	%1159 = mul i32 %2, 32
	%1160 = add i32 8, 4
	%1161 = add i32 %1159, %1160
	%1162 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1161
	%1163 = load float, float addrspace(3)* %1162
	%1164 = call float @llvm.fma.f32(float %1163, float %491, float %1155)
	%1165 = call float @llvm.fma.f32(float %1163, float %493, float %1156)
	%1166 = call float @llvm.fma.f32(float %1163, float %495, float %1157)
	%1167 = call float @llvm.fma.f32(float %1163, float %497, float %1158)
	%1168 = mul i32 %2, 32
	%1169 = add i32 8, 5
	%1170 = add i32 %1168, %1169
	%1171 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1170
	%1172 = load float, float addrspace(3)* %1171
	%1173 = call float @llvm.fma.f32(float %1172, float %513, float %1164)
	%1174 = call float @llvm.fma.f32(float %1172, float %515, float %1165)
	%1175 = call float @llvm.fma.f32(float %1172, float %517, float %1166)
	%1176 = call float @llvm.fma.f32(float %1172, float %519, float %1167)
	%1177 = mul i32 %2, 32
	%1178 = add i32 8, 6
	%1179 = add i32 %1177, %1178
	%1180 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1179
	%1181 = load float, float addrspace(3)* %1180
	%1182 = call float @llvm.fma.f32(float %1181, float %535, float %1173)
	%1183 = call float @llvm.fma.f32(float %1181, float %537, float %1174)
	%1184 = call float @llvm.fma.f32(float %1181, float %539, float %1175)
	%1185 = call float @llvm.fma.f32(float %1181, float %541, float %1176)
	%1186 = mul i32 %2, 32
	%1187 = add i32 8, 7
	%1188 = add i32 %1186, %1187
	%1189 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1188
	%1190 = load float, float addrspace(3)* %1189
	%1191 = call float @llvm.fma.f32(float %1190, float %557, float %1182)
	%1192 = call float @llvm.fma.f32(float %1190, float %559, float %1183)
	%1193 = call float @llvm.fma.f32(float %1190, float %561, float %1184)
	%1194 = call float @llvm.fma.f32(float %1190, float %563, float %1185)
	%1195 = fmul float %164, %921
	%1196 = fmul float %165, %921
	%1197 = fmul float %166, %921
	%1198 = fmul float %167, %921
	%1199 = mul i32 %2, 32
	%1200 = add i32 16, 0
	%1201 = add i32 %1199, %1200
	%1202 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1201
	%1203 = load float, float addrspace(3)* %1202
	%1204 = call float @llvm.fma.f32(float %1203, float %403, float %1195)
	%1205 = call float @llvm.fma.f32(float %1203, float %405, float %1196)
	%1206 = call float @llvm.fma.f32(float %1203, float %407, float %1197)
	%1207 = call float @llvm.fma.f32(float %1203, float %409, float %1198)
	%1208 = mul i32 %2, 32
	%1209 = add i32 16, 1
	%1210 = add i32 %1208, %1209
	%1211 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1210
	%1212 = load float, float addrspace(3)* %1211
	%1213 = call float @llvm.fma.f32(float %1212, float %425, float %1204)
	%1214 = call float @llvm.fma.f32(float %1212, float %427, float %1205)
	%1215 = call float @llvm.fma.f32(float %1212, float %429, float %1206)
	%1216 = call float @llvm.fma.f32(float %1212, float %431, float %1207)
	%1217 = mul i32 %2, 32
	%1218 = add i32 16, 2
	%1219 = add i32 %1217, %1218
	%1220 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1219
	%1221 = load float, float addrspace(3)* %1220
	%1222 = call float @llvm.fma.f32(float %1221, float %447, float %1213)
	%1223 = call float @llvm.fma.f32(float %1221, float %449, float %1214)
	%1224 = call float @llvm.fma.f32(float %1221, float %451, float %1215)
	%1225 = call float @llvm.fma.f32(float %1221, float %453, float %1216)
	%1226 = mul i32 %2, 32
	%1227 = add i32 16, 3
	%1228 = add i32 %1226, %1227
	%1229 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1228
	%1230 = load float, float addrspace(3)* %1229
	%1231 = call float @llvm.fma.f32(float %1230, float %469, float %1222)
	%1232 = call float @llvm.fma.f32(float %1230, float %471, float %1223)
	%1233 = call float @llvm.fma.f32(float %1230, float %473, float %1224)
	%1234 = call float @llvm.fma.f32(float %1230, float %475, float %1225)
	%1235 = mul i32 %2, 32
	%1236 = add i32 16, 4
	%1237 = add i32 %1235, %1236
	%1238 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1237
	%1239 = load float, float addrspace(3)* %1238
	%1240 = call float @llvm.fma.f32(float %1239, float %491, float %1231)
	%1241 = call float @llvm.fma.f32(float %1239, float %493, float %1232)
	%1242 = call float @llvm.fma.f32(float %1239, float %495, float %1233)
	%1243 = call float @llvm.fma.f32(float %1239, float %497, float %1234)
	%1244 = mul i32 %2, 32
	%1245 = add i32 16, 5
	%1246 = add i32 %1244, %1245
	%1247 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1246
	%1248 = load float, float addrspace(3)* %1247
	%1249 = call float @llvm.fma.f32(float %1248, float %513, float %1240)
	%1250 = call float @llvm.fma.f32(float %1248, float %515, float %1241)
	%1251 = call float @llvm.fma.f32(float %1248, float %517, float %1242)
	%1252 = call float @llvm.fma.f32(float %1248, float %519, float %1243)
	%1253 = mul i32 %2, 32
	%1254 = add i32 16, 6
	%1255 = add i32 %1253, %1254
	%1256 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1255
	%1257 = load float, float addrspace(3)* %1256
	%1258 = call float @llvm.fma.f32(float %1257, float %535, float %1249)
	%1259 = call float @llvm.fma.f32(float %1257, float %537, float %1250)
	%1260 = call float @llvm.fma.f32(float %1257, float %539, float %1251)
	%1261 = call float @llvm.fma.f32(float %1257, float %541, float %1252)
	%1262 = mul i32 %2, 32
	%1263 = add i32 16, 7
	%1264 = add i32 %1262, %1263
	%1265 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1264
	%1266 = load float, float addrspace(3)* %1265
	%1267 = call float @llvm.fma.f32(float %1266, float %557, float %1258)
	%1268 = call float @llvm.fma.f32(float %1266, float %559, float %1259)
	%1269 = call float @llvm.fma.f32(float %1266, float %561, float %1260)
	%1270 = call float @llvm.fma.f32(float %1266, float %563, float %1261)
	%1271 = fmul float %168, %1033
	%1272 = fmul float %169, %1033
	%1273 = fmul float %170, %1033
	%1274 = fmul float %171, %1033
	%1275 = mul i32 %2, 32
	%1276 = add i32 24, 0
	%1277 = add i32 %1275, %1276
	%1278 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1277
	%1279 = load float, float addrspace(3)* %1278
	%1280 = call float @llvm.fma.f32(float %1279, float %403, float %1271)
	%1281 = call float @llvm.fma.f32(float %1279, float %405, float %1272)
	%1282 = call float @llvm.fma.f32(float %1279, float %407, float %1273)
	%1283 = call float @llvm.fma.f32(float %1279, float %409, float %1274)
	%1284 = mul i32 %2, 32
	%1285 = add i32 24, 1
	%1286 = add i32 %1284, %1285
	%1287 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1286
	%1288 = load float, float addrspace(3)* %1287
	%1289 = call float @llvm.fma.f32(float %1288, float %425, float %1280)
	%1290 = call float @llvm.fma.f32(float %1288, float %427, float %1281)
	%1291 = call float @llvm.fma.f32(float %1288, float %429, float %1282)
	%1292 = call float @llvm.fma.f32(float %1288, float %431, float %1283)
	%1293 = mul i32 %2, 32
	%1294 = add i32 24, 2
	%1295 = add i32 %1293, %1294
	%1296 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1295
	%1297 = load float, float addrspace(3)* %1296
	%1298 = call float @llvm.fma.f32(float %1297, float %447, float %1289)
	%1299 = call float @llvm.fma.f32(float %1297, float %449, float %1290)
	%1300 = call float @llvm.fma.f32(float %1297, float %451, float %1291)
	%1301 = call float @llvm.fma.f32(float %1297, float %453, float %1292)
	%1302 = mul i32 %2, 32
	%1303 = add i32 24, 3
	%1304 = add i32 %1302, %1303
	%1305 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1304
	%1306 = load float, float addrspace(3)* %1305
	%1307 = call float @llvm.fma.f32(float %1306, float %469, float %1298)
	%1308 = call float @llvm.fma.f32(float %1306, float %471, float %1299)
	%1309 = call float @llvm.fma.f32(float %1306, float %473, float %1300)
	%1310 = call float @llvm.fma.f32(float %1306, float %475, float %1301)
	%1311 = mul i32 %2, 32
	%1312 = add i32 24, 4
	%1313 = add i32 %1311, %1312
	%1314 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1313
	%1315 = load float, float addrspace(3)* %1314
	%1316 = call float @llvm.fma.f32(float %1315, float %491, float %1307)
	%1317 = call float @llvm.fma.f32(float %1315, float %493, float %1308)
	%1318 = call float @llvm.fma.f32(float %1315, float %495, float %1309)
	%1319 = call float @llvm.fma.f32(float %1315, float %497, float %1310)
	%1320 = mul i32 %2, 32
	%1321 = add i32 24, 5
	%1322 = add i32 %1320, %1321
	%1323 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1322
	%1324 = load float, float addrspace(3)* %1323
	%1325 = call float @llvm.fma.f32(float %1324, float %513, float %1316)
	%1326 = call float @llvm.fma.f32(float %1324, float %515, float %1317)
	%1327 = call float @llvm.fma.f32(float %1324, float %517, float %1318)
	%1328 = call float @llvm.fma.f32(float %1324, float %519, float %1319)
	%1329 = mul i32 %2, 32
	%1330 = add i32 24, 6
	%1331 = add i32 %1329, %1330
	%1332 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1331
	%1333 = load float, float addrspace(3)* %1332
	%1334 = call float @llvm.fma.f32(float %1333, float %535, float %1325)
	%1335 = call float @llvm.fma.f32(float %1333, float %537, float %1326)
	%1336 = call float @llvm.fma.f32(float %1333, float %539, float %1327)
	%1337 = call float @llvm.fma.f32(float %1333, float %541, float %1328)
	%1338 = mul i32 %2, 32
	%1339 = add i32 24, 7
	%1340 = add i32 %1338, %1339
	%1341 = getelementptr [128 x float], [128 x float] addrspace(3)* @$K_p, i32 0, i32 %1340
	%1342 = load float, float addrspace(3)* %1341
	%1343 = call float @llvm.fma.f32(float %1342, float %557, float %1334)
	%1344 = call float @llvm.fma.f32(float %1342, float %559, float %1335)
	%1345 = call float @llvm.fma.f32(float %1342, float %561, float %1336)
	%1346 = call float @llvm.fma.f32(float %1342, float %563, float %1337)
	call void @llvm.nvvm.bar.warp.sync(i32 -1)
	br label %676

1347:
	%1348 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 %203
	store float %148, float addrspace(3)* %1348
	%1349 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 %203
	store float %201, float addrspace(3)* %1349
	br label %1350

1350:
	%1351 = mul i32 %1, 4
	%1352 = add i32 %1351, 0
	%1353 = mul i32 %203, 128
	%1354 = add i32 %1353, %1352
	%1355 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1354
	store float %156, float addrspace(3)* %1355
	%1356 = mul i32 %1, 4
	%1357 = add i32 %1356, 1
	%1358 = mul i32 %203, 128
	%1359 = add i32 %1358, %1357
	%1360 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1359
	store float %157, float addrspace(3)* %1360
	%1361 = mul i32 %1, 4
	%1362 = add i32 %1361, 2
	%1363 = mul i32 %203, 128
	%1364 = add i32 %1363, %1362
	%1365 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1364
	store float %158, float addrspace(3)* %1365
	%1366 = mul i32 %1, 4
	%1367 = add i32 %1366, 3
	%1368 = mul i32 %203, 128
	%1369 = add i32 %1368, %1367
	%1370 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1369
	store float %159, float addrspace(3)* %1370
	%1371 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %153, i32 1, i32 31)
	%1372 = fadd float %153, %1371
	%1373 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1372, i32 2, i32 31)
	%1374 = fadd float %1372, %1373
	%1375 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1374, i32 4, i32 31)
	%1376 = fadd float %1374, %1375
	%1377 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1376, i32 8, i32 31)
	%1378 = fadd float %1376, %1377
	%1379 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1378, i32 16, i32 31)
	%1380 = fadd float %1378, %1379
	%1381 = fmul float %1380, 0.25
	%1382 = mul i32 %2, 4
	%1383 = add i32 %1382, 1
	%1384 = icmp eq i32 %1, 0
	br i1 %1384, label %1385, label %1388

1385:
	%1386 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 %1383
	store float %149, float addrspace(3)* %1386
	%1387 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 %1383
	store float %1381, float addrspace(3)* %1387
	br label %1388

1388:
	%1389 = mul i32 %1, 4
	%1390 = add i32 %1389, 0
	%1391 = mul i32 %1383, 128
	%1392 = add i32 %1391, %1390
	%1393 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1392
	store float %160, float addrspace(3)* %1393
	%1394 = mul i32 %1, 4
	%1395 = add i32 %1394, 1
	%1396 = mul i32 %1383, 128
	%1397 = add i32 %1396, %1395
	%1398 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1397
	store float %161, float addrspace(3)* %1398
	%1399 = mul i32 %1, 4
	%1400 = add i32 %1399, 2
	%1401 = mul i32 %1383, 128
	%1402 = add i32 %1401, %1400
	%1403 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1402
	store float %162, float addrspace(3)* %1403
	%1404 = mul i32 %1, 4
	%1405 = add i32 %1404, 3
	%1406 = mul i32 %1383, 128
	%1407 = add i32 %1406, %1405
	%1408 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1407
	store float %163, float addrspace(3)* %1408
	%1409 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %154, i32 1, i32 31)
	%1410 = fadd float %154, %1409
	%1411 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1410, i32 2, i32 31)
	%1412 = fadd float %1410, %1411
	%1413 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1412, i32 4, i32 31)
	%1414 = fadd float %1412, %1413
	%1415 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1414, i32 8, i32 31)
	%1416 = fadd float %1414, %1415
	%1417 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1416, i32 16, i32 31)
	%1418 = fadd float %1416, %1417
	%1419 = fmul float %1418, 0.25
	%1420 = mul i32 %2, 4
	%1421 = add i32 %1420, 2
	%1422 = icmp eq i32 %1, 0
	br i1 %1422, label %1423, label %1426

1423:
	%1424 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 %1421
	store float %150, float addrspace(3)* %1424
	%1425 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 %1421
	store float %1419, float addrspace(3)* %1425
	br label %1426

1426:
	%1427 = mul i32 %1, 4
	%1428 = add i32 %1427, 0
	%1429 = mul i32 %1421, 128
	%1430 = add i32 %1429, %1428
	%1431 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1430
	store float %164, float addrspace(3)* %1431
	%1432 = mul i32 %1, 4
	%1433 = add i32 %1432, 1
	%1434 = mul i32 %1421, 128
	%1435 = add i32 %1434, %1433
	%1436 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1435
	store float %165, float addrspace(3)* %1436
	%1437 = mul i32 %1, 4
	%1438 = add i32 %1437, 2
	%1439 = mul i32 %1421, 128
	%1440 = add i32 %1439, %1438
	%1441 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1440
	store float %166, float addrspace(3)* %1441
	%1442 = mul i32 %1, 4
	%1443 = add i32 %1442, 3
	%1444 = mul i32 %1421, 128
	%1445 = add i32 %1444, %1443
	%1446 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1445
	store float %167, float addrspace(3)* %1446
	%1447 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %155, i32 1, i32 31)
	%1448 = fadd float %155, %1447
	%1449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1448, i32 2, i32 31)
	%1450 = fadd float %1448, %1449
	%1451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1450, i32 4, i32 31)
	%1452 = fadd float %1450, %1451
	%1453 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1452, i32 8, i32 31)
	%1454 = fadd float %1452, %1453
	%1455 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1454, i32 16, i32 31)
	%1456 = fadd float %1454, %1455
	%1457 = fmul float %1456, 0.25
	%1458 = mul i32 %2, 4
	%1459 = add i32 %1458, 3
	%1460 = icmp eq i32 %1, 0
	br i1 %1460, label %1461, label %1464

1461:
	%1462 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 %1459
	store float %151, float addrspace(3)* %1462
	%1463 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 %1459
	store float %1457, float addrspace(3)* %1463
	br label %1464

1464:
	%1465 = mul i32 %1, 4
	%1466 = add i32 %1465, 0
	%1467 = mul i32 %1459, 128
	%1468 = add i32 %1467, %1466
	%1469 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1468
	store float %168, float addrspace(3)* %1469
	%1470 = mul i32 %1, 4
	%1471 = add i32 %1470, 1
	%1472 = mul i32 %1459, 128
	%1473 = add i32 %1472, %1471
	%1474 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1473
	store float %169, float addrspace(3)* %1474
	%1475 = mul i32 %1, 4
	%1476 = add i32 %1475, 2
	%1477 = mul i32 %1459, 128
	%1478 = add i32 %1477, %1476
	%1479 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1478
	store float %170, float addrspace(3)* %1479
	%1480 = mul i32 %1, 4
	%1481 = add i32 %1480, 3
	%1482 = mul i32 %1459, 128
	%1483 = add i32 %1482, %1481
	%1484 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1483
	store float %171, float addrspace(3)* %1484
	call void @llvm.nvvm.barrier0()
	%1485 = mul i32 %2, 32
	%1486 = add i32 %1485, %1
	br i1 %23, label %1487, label %1524

1487:
	%1488 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 0
	%1489 = load float, float addrspace(3)* %1488
	%1490 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 0
	%1491 = load float, float addrspace(3)* %1490
	%1492 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 4
	%1493 = load float, float addrspace(3)* %1492
	%1494 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 4
	%1495 = load float, float addrspace(3)* %1494
	%1496 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 8
	%1497 = load float, float addrspace(3)* %1496
	%1498 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 8
	%1499 = load float, float addrspace(3)* %1498
	%1500 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 12
	%1501 = load float, float addrspace(3)* %1500
	%1502 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 12
	%1503 = load float, float addrspace(3)* %1502
	%1504 = call float @llvm.nvvm.fmax.f(float %1489, float %1493)
	%1505 = call float @llvm.nvvm.fmax.f(float %1497, float %1501)
	%1506 = call float @llvm.nvvm.fmax.f(float %1504, float %1505)
	%1507 = fcmp oeq float %1506, 0xFFF0000000000000
	%1508 = select i1 %1507, float 0.0, float %1506
	%1509 = fsub float %1489, %1508
	%1510 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1509)
	%1511 = call float @llvm.fma.f32(float %1510, float %1491, float 0.0)
	%1512 = fsub float %1493, %1508
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = call float @llvm.fma.f32(float %1513, float %1495, float %1511)
	%1515 = fsub float %1497, %1508
	%1516 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1515)
	%1517 = call float @llvm.fma.f32(float %1516, float %1499, float %1514)
	%1518 = fsub float %1501, %1508
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = call float @llvm.fma.f32(float %1519, float %1503, float %1517)
	%1521 = mul i32 %30, %S
	%1522 = add i32 %1521, %3
	%1523 = icmp eq i32 %1486, 0
	br i1 %1523, label %1525, label %1533

1524:
	br i1 %54, label %1560, label %1597

1525:
	%1526 = mul i32 %1522, 2
	%1527 = sext i32 %1526 to i64
	%1528 = getelementptr float, float* %ml, i64 %1527
	store float %1506, float* %1528
	%1529 = mul i32 %1522, 2
	%1530 = add i32 %1529, 1
	%1531 = sext i32 %1530 to i64
	%1532 = getelementptr float, float* %ml, i64 %1531
	store float %1520, float* %1532
	br label %1533

1533:
	br label %1534

1534:
	%1535 = phi i32 [ %1486, %1533 ], [ %1558, %1537 ]
	%1536 = icmp slt i32 %1535, 128
	br i1 %1536, label %1537, label %1559

1537:
	%1538 = add i32 0, %1535
	%1539 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1538
	%1540 = load float, float addrspace(3)* %1539
	%1541 = call float @llvm.fma.f32(float %1510, float %1540, float 0.0)
	%1542 = add i32 512, %1535
	%1543 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1542
	%1544 = load float, float addrspace(3)* %1543
	%1545 = call float @llvm.fma.f32(float %1513, float %1544, float %1541)
	%1546 = add i32 1024, %1535
	%1547 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1546
	%1548 = load float, float addrspace(3)* %1547
	%1549 = call float @llvm.fma.f32(float %1516, float %1548, float %1545)
	%1550 = add i32 1536, %1535
	%1551 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1550
	%1552 = load float, float addrspace(3)* %1551
	%1553 = call float @llvm.fma.f32(float %1519, float %1552, float %1549)
	%1554 = mul i32 %1522, 128
	%1555 = add i32 %1554, %1535
	%1556 = sext i32 %1555 to i64
	%1557 = getelementptr float, float* %part, i64 %1556
	store float %1553, float* %1557
	%1558 = add i32 %1535, 128
	br label %1534

1559:
	br label %1524

1560:
	%1561 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 1
	%1562 = load float, float addrspace(3)* %1561
	%1563 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 1
	%1564 = load float, float addrspace(3)* %1563
	%1565 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 5
	%1566 = load float, float addrspace(3)* %1565
	%1567 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 5
	%1568 = load float, float addrspace(3)* %1567
	%1569 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 9
	%1570 = load float, float addrspace(3)* %1569
	%1571 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 9
	%1572 = load float, float addrspace(3)* %1571
	%1573 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 13
	%1574 = load float, float addrspace(3)* %1573
	%1575 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 13
	%1576 = load float, float addrspace(3)* %1575
	%1577 = call float @llvm.nvvm.fmax.f(float %1562, float %1566)
	%1578 = call float @llvm.nvvm.fmax.f(float %1570, float %1574)
	%1579 = call float @llvm.nvvm.fmax.f(float %1577, float %1578)
	%1580 = fcmp oeq float %1579, 0xFFF0000000000000
	%1581 = select i1 %1580, float 0.0, float %1579
	%1582 = fsub float %1562, %1581
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1583, float %1564, float 0.0)
	%1585 = fsub float %1566, %1581
	%1586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1585)
	%1587 = call float @llvm.fma.f32(float %1586, float %1568, float %1584)
	%1588 = fsub float %1570, %1581
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = call float @llvm.fma.f32(float %1589, float %1572, float %1587)
	%1591 = fsub float %1574, %1581
	%1592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1591)
	%1593 = call float @llvm.fma.f32(float %1592, float %1576, float %1590)
	%1594 = mul i32 %61, %S
	%1595 = add i32 %1594, %3
	%1596 = icmp eq i32 %1486, 0
	br i1 %1596, label %1598, label %1606

1597:
	br i1 %85, label %1633, label %1670

1598:
	%1599 = mul i32 %1595, 2
	%1600 = sext i32 %1599 to i64
	%1601 = getelementptr float, float* %ml, i64 %1600
	store float %1579, float* %1601
	%1602 = mul i32 %1595, 2
	%1603 = add i32 %1602, 1
	%1604 = sext i32 %1603 to i64
	%1605 = getelementptr float, float* %ml, i64 %1604
	store float %1593, float* %1605
	br label %1606

1606:
	br label %1607

1607:
	%1608 = phi i32 [ %1486, %1606 ], [ %1631, %1610 ]
	%1609 = icmp slt i32 %1608, 128
	br i1 %1609, label %1610, label %1632

1610:
	%1611 = add i32 128, %1608
	%1612 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1611
	%1613 = load float, float addrspace(3)* %1612
	%1614 = call float @llvm.fma.f32(float %1583, float %1613, float 0.0)
	%1615 = add i32 640, %1608
	%1616 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1615
	%1617 = load float, float addrspace(3)* %1616
	%1618 = call float @llvm.fma.f32(float %1586, float %1617, float %1614)
	%1619 = add i32 1152, %1608
	%1620 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1619
	%1621 = load float, float addrspace(3)* %1620
	%1622 = call float @llvm.fma.f32(float %1589, float %1621, float %1618)
	%1623 = add i32 1664, %1608
	%1624 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1623
	%1625 = load float, float addrspace(3)* %1624
	%1626 = call float @llvm.fma.f32(float %1592, float %1625, float %1622)
	%1627 = mul i32 %1595, 128
	%1628 = add i32 %1627, %1608
	%1629 = sext i32 %1628 to i64
	%1630 = getelementptr float, float* %part, i64 %1629
	store float %1626, float* %1630
	%1631 = add i32 %1608, 128
	br label %1607

1632:
	br label %1597

1633:
	%1634 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 2
	%1635 = load float, float addrspace(3)* %1634
	%1636 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 2
	%1637 = load float, float addrspace(3)* %1636
	%1638 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 6
	%1639 = load float, float addrspace(3)* %1638
	%1640 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 6
	%1641 = load float, float addrspace(3)* %1640
	%1642 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 10
	%1643 = load float, float addrspace(3)* %1642
	%1644 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 10
	%1645 = load float, float addrspace(3)* %1644
	%1646 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 14
	%1647 = load float, float addrspace(3)* %1646
	%1648 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 14
	%1649 = load float, float addrspace(3)* %1648
	%1650 = call float @llvm.nvvm.fmax.f(float %1635, float %1639)
	%1651 = call float @llvm.nvvm.fmax.f(float %1643, float %1647)
	%1652 = call float @llvm.nvvm.fmax.f(float %1650, float %1651)
	%1653 = fcmp oeq float %1652, 0xFFF0000000000000
	%1654 = select i1 %1653, float 0.0, float %1652
	%1655 = fsub float %1635, %1654
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1656, float %1637, float 0.0)
	%1658 = fsub float %1639, %1654
	%1659 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1658)
	%1660 = call float @llvm.fma.f32(float %1659, float %1641, float %1657)
	%1661 = fsub float %1643, %1654
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = call float @llvm.fma.f32(float %1662, float %1645, float %1660)
	%1664 = fsub float %1647, %1654
	%1665 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1664)
	%1666 = call float @llvm.fma.f32(float %1665, float %1649, float %1663)
	%1667 = mul i32 %92, %S
	%1668 = add i32 %1667, %3
	%1669 = icmp eq i32 %1486, 0
	br i1 %1669, label %1671, label %1679

1670:
	br i1 %116, label %1706, label %1743

1671:
	%1672 = mul i32 %1668, 2
	%1673 = sext i32 %1672 to i64
	%1674 = getelementptr float, float* %ml, i64 %1673
	store float %1652, float* %1674
	%1675 = mul i32 %1668, 2
	%1676 = add i32 %1675, 1
	%1677 = sext i32 %1676 to i64
	%1678 = getelementptr float, float* %ml, i64 %1677
	store float %1666, float* %1678
	br label %1679

1679:
	br label %1680

1680:
	%1681 = phi i32 [ %1486, %1679 ], [ %1704, %1683 ]
	%1682 = icmp slt i32 %1681, 128
	br i1 %1682, label %1683, label %1705

1683:
	%1684 = add i32 256, %1681
	%1685 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1684
	%1686 = load float, float addrspace(3)* %1685
	%1687 = call float @llvm.fma.f32(float %1656, float %1686, float 0.0)
	%1688 = add i32 768, %1681
	%1689 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1688
	%1690 = load float, float addrspace(3)* %1689
	%1691 = call float @llvm.fma.f32(float %1659, float %1690, float %1687)
	%1692 = add i32 1280, %1681
	%1693 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1692
	%1694 = load float, float addrspace(3)* %1693
	%1695 = call float @llvm.fma.f32(float %1662, float %1694, float %1691)
	%1696 = add i32 1792, %1681
	%1697 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1696
	%1698 = load float, float addrspace(3)* %1697
	%1699 = call float @llvm.fma.f32(float %1665, float %1698, float %1695)
	%1700 = mul i32 %1668, 128
	%1701 = add i32 %1700, %1681
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr float, float* %part, i64 %1702
	store float %1699, float* %1703
	%1704 = add i32 %1681, 128
	br label %1680

1705:
	br label %1670

1706:
	%1707 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 3
	%1708 = load float, float addrspace(3)* %1707
	%1709 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 3
	%1710 = load float, float addrspace(3)* %1709
	%1711 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 7
	%1712 = load float, float addrspace(3)* %1711
	%1713 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 7
	%1714 = load float, float addrspace(3)* %1713
	%1715 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 11
	%1716 = load float, float addrspace(3)* %1715
	%1717 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 11
	%1718 = load float, float addrspace(3)* %1717
	%1719 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_m, i32 0, i32 15
	%1720 = load float, float addrspace(3)* %1719
	%1721 = getelementptr [16 x float], [16 x float] addrspace(3)* @$K_l, i32 0, i32 15
	%1722 = load float, float addrspace(3)* %1721
	%1723 = call float @llvm.nvvm.fmax.f(float %1708, float %1712)
	%1724 = call float @llvm.nvvm.fmax.f(float %1716, float %1720)
	%1725 = call float @llvm.nvvm.fmax.f(float %1723, float %1724)
	%1726 = fcmp oeq float %1725, 0xFFF0000000000000
	%1727 = select i1 %1726, float 0.0, float %1725
	%1728 = fsub float %1708, %1727
	%1729 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1728)
	%1730 = call float @llvm.fma.f32(float %1729, float %1710, float 0.0)
	%1731 = fsub float %1712, %1727
	%1732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1731)
	%1733 = call float @llvm.fma.f32(float %1732, float %1714, float %1730)
	%1734 = fsub float %1716, %1727
	%1735 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1734)
	%1736 = call float @llvm.fma.f32(float %1735, float %1718, float %1733)
	%1737 = fsub float %1720, %1727
	%1738 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1737)
	%1739 = call float @llvm.fma.f32(float %1738, float %1722, float %1736)
	%1740 = mul i32 %123, %S
	%1741 = add i32 %1740, %3
	%1742 = icmp eq i32 %1486, 0
	br i1 %1742, label %1744, label %1752

1743:
	ret void

1744:
	%1745 = mul i32 %1741, 2
	%1746 = sext i32 %1745 to i64
	%1747 = getelementptr float, float* %ml, i64 %1746
	store float %1725, float* %1747
	%1748 = mul i32 %1741, 2
	%1749 = add i32 %1748, 1
	%1750 = sext i32 %1749 to i64
	%1751 = getelementptr float, float* %ml, i64 %1750
	store float %1739, float* %1751
	br label %1752

1752:
	br label %1753

1753:
	%1754 = phi i32 [ %1486, %1752 ], [ %1777, %1756 ]
	%1755 = icmp slt i32 %1754, 128
	br i1 %1755, label %1756, label %1778

1756:
	%1757 = add i32 384, %1754
	%1758 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1757
	%1759 = load float, float addrspace(3)* %1758
	%1760 = call float @llvm.fma.f32(float %1729, float %1759, float 0.0)
	%1761 = add i32 896, %1754
	%1762 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1761
	%1763 = load float, float addrspace(3)* %1762
	%1764 = call float @llvm.fma.f32(float %1732, float %1763, float %1760)
	%1765 = add i32 1408, %1754
	%1766 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1765
	%1767 = load float, float addrspace(3)* %1766
	%1768 = call float @llvm.fma.f32(float %1735, float %1767, float %1764)
	%1769 = add i32 1920, %1754
	%1770 = getelementptr [2048 x float], [2048 x float] addrspace(3)* @$K_acc, i32 0, i32 %1769
	%1771 = load float, float addrspace(3)* %1770
	%1772 = call float @llvm.fma.f32(float %1738, float %1771, float %1768)
	%1773 = mul i32 %1741, 128
	%1774 = add i32 %1773, %1754
	%1775 = sext i32 %1774 to i64
	%1776 = getelementptr float, float* %part, i64 %1775
	store float %1772, float* %1776
	%1777 = add i32 %1754, 128
	br label %1753

1778:
	br label %1743
}
