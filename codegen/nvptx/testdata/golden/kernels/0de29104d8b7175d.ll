define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, %R
	%4 = add i32 %2, 2
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	br label %8

8:
	%9 = phi i32 [ 0, %entry ], [ %193, %scan_next ]
	%10 = phi i32 [ 0, %entry ], [ %192, %scan_next ]
	%11 = icmp slt i32 %9, %R
	br i1 %11, label %12, label %30

12:
	%13 = add i32 %0, 0
	%14 = add i32 %9, %13
	%15 = add i32 %0, 256
	%16 = add i32 %9, %15
	%17 = add i32 %0, 512
	%18 = add i32 %9, %17
	%19 = add i32 %0, 768
	%20 = add i32 %9, %19
	%21 = add i32 %0, 1024
	%22 = add i32 %9, %21
	%23 = add i32 %0, 1280
	%24 = add i32 %9, %23
	%25 = add i32 %0, 1536
	%26 = add i32 %9, %25
	%27 = add i32 %0, 1792
	%28 = add i32 %9, %27
	%29 = icmp sge i32 %10, %7
	br i1 %29, label %scan_zero, label %scan_tile

30:
	ret void

scan_zero:
	%31 = icmp slt i32 %14, %R
	br i1 %31, label %194, label %198

scan_tile:
	%32 = icmp slt i32 %14, %R
	%33 = select i1 %32, i32 %14, i32 0
	%34 = add i32 %3, %33
	%35 = sext i32 %34 to i64
	%36 = getelementptr i32, i32* %ties, i64 %35
	%37 = load i32, i32* %36
	%38 = select i1 %32, i32 %37, i32 0
	%39 = icmp slt i32 %16, %R
	%40 = select i1 %39, i32 %16, i32 0
	%41 = add i32 %3, %40
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %ties, i64 %42
	%44 = load i32, i32* %43
	%45 = select i1 %39, i32 %44, i32 0
	%46 = icmp slt i32 %18, %R
	%47 = select i1 %46, i32 %18, i32 0
	%48 = add i32 %3, %47
	%49 = sext i32 %48 to i64
	%50 = getelementptr i32, i32* %ties, i64 %49
	%51 = load i32, i32* %50
	%52 = select i1 %46, i32 %51, i32 0
	%53 = icmp slt i32 %20, %R
	%54 = select i1 %53, i32 %20, i32 0
	%55 = add i32 %3, %54
	%56 = sext i32 %55 to i64
	%57 = getelementptr i32, i32* %ties, i64 %56
	%58 = load i32, i32* %57
	%59 = select i1 %53, i32 %58, i32 0
	%60 = icmp slt i32 %22, %R
	%61 = select i1 %60, i32 %22, i32 0
	%62 = add i32 %3, %61
	%63 = sext i32 %62 to i64
	%64 = getelementptr i32, i32* %ties, i64 %63
	%65 = load i32, i32* %64
	%66 = select i1 %60, i32 %65, i32 0
	%67 = icmp slt i32 %24, %R
	%68 = select i1 %67, i32 %24, i32 0
	%69 = add i32 %3, %68
	%70 = sext i32 %69 to i64
	%71 = getelementptr i32, i32* %ties, i64 %70
	%72 = load i32, i32* %71
	%73 = select i1 %67, i32 %72, i32 0
	%74 = icmp slt i32 %26, %R
	%75 = select i1 %74, i32 %26, i32 0
	%76 = add i32 %3, %75
	%77 = sext i32 %76 to i64
	%78 = getelementptr i32, i32* %ties, i64 %77
	%79 = load i32, i32* %78
	%80 = select i1 %74, i32 %79, i32 0
	%81 = icmp slt i32 %28, %R
	%82 = select i1 %81, i32 %28, i32 0
	%83 = add i32 %3, %82
	%84 = sext i32 %83 to i64
	%85 = getelementptr i32, i32* %ties, i64 %84
	%86 = load i32, i32* %85
	%87 = select i1 %81, i32 %86, i32 0
	%88 = add i32 %0, 0
	%89 = lshr i32 %88, 5
	%90 = add i32 %88, %89
	%91 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %90
	store i32 %38, i32 addrspace(3)* %91
	%92 = add i32 %0, 256
	%93 = lshr i32 %92, 5
	%94 = add i32 %92, %93
	%95 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %94
	store i32 %45, i32 addrspace(3)* %95
	%96 = add i32 %0, 512
	%97 = lshr i32 %96, 5
	%98 = add i32 %96, %97
	%99 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %98
	store i32 %52, i32 addrspace(3)* %99
	%100 = add i32 %0, 768
	%101 = lshr i32 %100, 5
	%102 = add i32 %100, %101
	%103 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %102
	store i32 %59, i32 addrspace(3)* %103
	%104 = add i32 %0, 1024
	%105 = lshr i32 %104, 5
	%106 = add i32 %104, %105
	%107 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %106
	store i32 %66, i32 addrspace(3)* %107
	%108 = add i32 %0, 1280
	%109 = lshr i32 %108, 5
	%110 = add i32 %108, %109
	%111 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %110
	store i32 %73, i32 addrspace(3)* %111
	%112 = add i32 %0, 1536
	%113 = lshr i32 %112, 5
	%114 = add i32 %112, %113
	%115 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %114
	store i32 %80, i32 addrspace(3)* %115
	%116 = add i32 %0, 1792
	%117 = lshr i32 %116, 5
	%118 = add i32 %116, %117
	%119 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %118
	store i32 %87, i32 addrspace(3)* %119
	call void @llvm.nvvm.barrier0()
	%120 = mul i32 %0, 8
	%121 = add i32 %120, 0
	%122 = lshr i32 %121, 5
	%123 = add i32 %121, %122
	%124 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %123
	%125 = load i32, i32 addrspace(3)* %124
	%126 = add i32 0, %125
	%127 = add i32 %120, 1
	%128 = lshr i32 %127, 5
	%129 = add i32 %127, %128
	%130 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %129
	%131 = load i32, i32 addrspace(3)* %130
	%132 = add i32 %126, %131
	%133 = add i32 %120, 2
	%134 = lshr i32 %133, 5
	%135 = add i32 %133, %134
	%136 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %135
	%137 = load i32, i32 addrspace(3)* %136
	%138 = add i32 %132, %137
	%139 = add i32 %120, 3
	%140 = lshr i32 %139, 5
	%141 = add i32 %139, %140
	%142 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %141
	%143 = load i32, i32 addrspace(3)* %142
	%144 = add i32 %138, %143
	%145 = add i32 %120, 4
	%146 = lshr i32 %145, 5
	%147 = add i32 %145, %146
	%148 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %147
	%149 = load i32, i32 addrspace(3)* %148
	%150 = add i32 %144, %149
	%151 = add i32 %120, 5
	%152 = lshr i32 %151, 5
	%153 = add i32 %151, %152
	%154 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %153
	%155 = load i32, i32 addrspace(3)* %154
	%156 = add i32 %150, %155
	%157 = add i32 %120, 6
	%158 = lshr i32 %157, 5
	%159 = add i32 %157, %158
	%160 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %159
	%161 = load i32, i32 addrspace(3)* %160
	%162 = add i32 %156, %161
	%163 = add i32 %120, 7
	%164 = lshr i32 %163, 5
	%165 = add i32 %163, %164
	%166 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %165
	%167 = load i32, i32 addrspace(3)* %166
	%168 = add i32 %162, %167
	%169 = and i32 %0, 31
	%170 = lshr i32 %0, 5
	%171 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %168, i32 1, i32 0)
	%172 = icmp uge i32 %169, 1
	%173 = select i1 %172, i32 %171, i32 0
	%174 = add i32 %168, %173
	%175 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 2, i32 0)
	%176 = icmp uge i32 %169, 2
	%177 = select i1 %176, i32 %175, i32 0
	%178 = add i32 %174, %177
	%179 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %178, i32 4, i32 0)
	%180 = icmp uge i32 %169, 4
	%181 = select i1 %180, i32 %179, i32 0
	%182 = add i32 %178, %181
	%183 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %182, i32 8, i32 0)
	%184 = icmp uge i32 %169, 8
	%185 = select i1 %184, i32 %183, i32 0
	%186 = add i32 %182, %185
	%187 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %186, i32 16, i32 0)
	%188 = icmp uge i32 %169, 16
	%189 = select i1 %188, i32 %187, i32 0
	%190 = add i32 %186, %189
	%191 = icmp eq i32 %169, 31
	br i1 %191, label %241, label %243

scan_next:
	%192 = phi i32 [ %10, %240 ], [ %463, %462 ]
	%193 = add i32 %9, 2048
	br label %8

194:
	%195 = add i32 %3, %14
	%196 = sext i32 %195 to i64
	%197 = getelementptr i32, i32* %ties, i64 %196
	store i32 0, i32* %197
	br label %198

198:
	%199 = icmp slt i32 %16, %R
	br i1 %199, label %200, label %204

200:
	%201 = add i32 %3, %16
	%202 = sext i32 %201 to i64
	%203 = getelementptr i32, i32* %ties, i64 %202
	store i32 0, i32* %203
	br label %204

204:
	%205 = icmp slt i32 %18, %R
	br i1 %205, label %206, label %210

206:
	%207 = add i32 %3, %18
	%208 = sext i32 %207 to i64
	%209 = getelementptr i32, i32* %ties, i64 %208
	store i32 0, i32* %209
	br label %210

210:
	%211 = icmp slt i32 %20, %R
	br i1 %211, label %212, label %216

212:
	%213 = add i32 %3, %20
	%214 = sext i32 %213 to i64
	%215 = getelementptr i32, i32* %ties, i64 %214
	store i32 0, i32* %215
	br label %216

216:
	%217 = icmp slt i32 %22, %R
	br i1 %217, label %218, label %222

218:
	%219 = add i32 %3, %22
	%220 = sext i32 %219 to i64
	%221 = getelementptr i32, i32* %ties, i64 %220
	store i32 0, i32* %221
	br label %222

222:
	%223 = icmp slt i32 %24, %R
	br i1 %223, label %224, label %228

224:
	%225 = add i32 %3, %24
	%226 = sext i32 %225 to i64
	%227 = getelementptr i32, i32* %ties, i64 %226
	store i32 0, i32* %227
	br label %228

228:
	%229 = icmp slt i32 %26, %R
	br i1 %229, label %230, label %234

230:
	%231 = add i32 %3, %26
	%232 = sext i32 %231 to i64
	%233 = getelementptr i32, i32* %ties, i64 %232
	store i32 0, i32* %233
	br label %234

234:
	%235 = icmp slt i32 %28, %R
	br i1 %235, label %236, label %240

236:
	%237 = add i32 %3, %28
	%238 = sext i32 %237 to i64
	%239 = getelementptr i32, i32* %ties, i64 %238
	store i32 0, i32* %239
	br label %240

240:
	br label %scan_next

241:
	%242 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %170
	store i32 %190, i32 addrspace(3)* %242
	br label %243

243:
	call void @llvm.nvvm.barrier0()
	%244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%245 = load i32, i32 addrspace(3)* %244
	%246 = icmp sgt i32 %170, 0
	%247 = select i1 %246, i32 %245, i32 0
	%248 = add i32 0, %247
	%249 = add i32 0, %245
	%250 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%251 = load i32, i32 addrspace(3)* %250
	%252 = icmp sgt i32 %170, 1
	%253 = select i1 %252, i32 %251, i32 0
	%254 = add i32 %248, %253
	%255 = add i32 %249, %251
	%256 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%257 = load i32, i32 addrspace(3)* %256
	%258 = icmp sgt i32 %170, 2
	%259 = select i1 %258, i32 %257, i32 0
	%260 = add i32 %254, %259
	%261 = add i32 %255, %257
	%262 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%263 = load i32, i32 addrspace(3)* %262
	%264 = icmp sgt i32 %170, 3
	%265 = select i1 %264, i32 %263, i32 0
	%266 = add i32 %260, %265
	%267 = add i32 %261, %263
	%268 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%269 = load i32, i32 addrspace(3)* %268
	%270 = icmp sgt i32 %170, 4
	%271 = select i1 %270, i32 %269, i32 0
	%272 = add i32 %266, %271
	%273 = add i32 %267, %269
	%274 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%275 = load i32, i32 addrspace(3)* %274
	%276 = icmp sgt i32 %170, 5
	%277 = select i1 %276, i32 %275, i32 0
	%278 = add i32 %272, %277
	%279 = add i32 %273, %275
	%280 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%281 = load i32, i32 addrspace(3)* %280
	%282 = icmp sgt i32 %170, 6
	%283 = select i1 %282, i32 %281, i32 0
	%284 = add i32 %278, %283
	%285 = add i32 %279, %281
	%286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%287 = load i32, i32 addrspace(3)* %286
	%288 = icmp sgt i32 %170, 7
	%289 = select i1 %288, i32 %287, i32 0
	%290 = add i32 %284, %289
	%291 = add i32 %285, %287
	%292 = add i32 %290, %190
	%293 = sub i32 %292, %168
	%294 = add i32 %10, %293
	%295 = sub i32 %7, %294
	%296 = icmp slt i32 %295, %125
	%297 = select i1 %296, i32 %295, i32 %125
	%298 = icmp sgt i32 %297, 0
	%299 = select i1 %298, i32 %297, i32 0
	%300 = add i32 %120, 0
	%301 = lshr i32 %300, 5
	%302 = add i32 %300, %301
	%303 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %302
	store i32 %299, i32 addrspace(3)* %303
	%304 = add i32 %294, %125
	%305 = sub i32 %7, %304
	%306 = icmp slt i32 %305, %131
	%307 = select i1 %306, i32 %305, i32 %131
	%308 = icmp sgt i32 %307, 0
	%309 = select i1 %308, i32 %307, i32 0
	%310 = add i32 %120, 1
	%311 = lshr i32 %310, 5
	%312 = add i32 %310, %311
	%313 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %312
	store i32 %309, i32 addrspace(3)* %313
	%314 = add i32 %304, %131
	%315 = sub i32 %7, %314
	%316 = icmp slt i32 %315, %137
	%317 = select i1 %316, i32 %315, i32 %137
	%318 = icmp sgt i32 %317, 0
	%319 = select i1 %318, i32 %317, i32 0
	%320 = add i32 %120, 2
	%321 = lshr i32 %320, 5
	%322 = add i32 %320, %321
	%323 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %322
	store i32 %319, i32 addrspace(3)* %323
	%324 = add i32 %314, %137
	%325 = sub i32 %7, %324
	%326 = icmp slt i32 %325, %143
	%327 = select i1 %326, i32 %325, i32 %143
	%328 = icmp sgt i32 %327, 0
	%329 = select i1 %328, i32 %327, i32 0
	%330 = add i32 %120, 3
	%331 = lshr i32 %330, 5
	%332 = add i32 %330, %331
	%333 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %332
	store i32 %329, i32 addrspace(3)* %333
	%334 = add i32 %324, %143
	%335 = sub i32 %7, %334
	%336 = icmp slt i32 %335, %149
	%337 = select i1 %336, i32 %335, i32 %149
	%338 = icmp sgt i32 %337, 0
	%339 = select i1 %338, i32 %337, i32 0
	%340 = add i32 %120, 4
	%341 = lshr i32 %340, 5
	%342 = add i32 %340, %341
	%343 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %342
	store i32 %339, i32 addrspace(3)* %343
	%344 = add i32 %334, %149
	%345 = sub i32 %7, %344
	%346 = icmp slt i32 %345, %155
	%347 = select i1 %346, i32 %345, i32 %155
	%348 = icmp sgt i32 %347, 0
	%349 = select i1 %348, i32 %347, i32 0
	%350 = add i32 %120, 5
	%351 = lshr i32 %350, 5
	%352 = add i32 %350, %351
	%353 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %352
	store i32 %349, i32 addrspace(3)* %353
	%354 = add i32 %344, %155
	%355 = sub i32 %7, %354
	%356 = icmp slt i32 %355, %161
	%357 = select i1 %356, i32 %355, i32 %161
	%358 = icmp sgt i32 %357, 0
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %120, 6
	%361 = lshr i32 %360, 5
	%362 = add i32 %360, %361
	%363 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %362
	store i32 %359, i32 addrspace(3)* %363
	%364 = add i32 %354, %161
	%365 = sub i32 %7, %364
	%366 = icmp slt i32 %365, %167
	%367 = select i1 %366, i32 %365, i32 %167
	%368 = icmp sgt i32 %367, 0
	%369 = select i1 %368, i32 %367, i32 0
	%370 = add i32 %120, 7
	%371 = lshr i32 %370, 5
	%372 = add i32 %370, %371
	%373 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %372
	store i32 %369, i32 addrspace(3)* %373
	%374 = add i32 %364, %167
	call void @llvm.nvvm.barrier0()
	%375 = icmp slt i32 %14, %R
	br i1 %375, label %376, label %385

376:
	%377 = add i32 %0, 0
	%378 = lshr i32 %377, 5
	%379 = add i32 %377, %378
	%380 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %379
	%381 = load i32, i32 addrspace(3)* %380
	%382 = add i32 %3, %14
	%383 = sext i32 %382 to i64
	%384 = getelementptr i32, i32* %ties, i64 %383
	store i32 %381, i32* %384
	br label %385

385:
	%386 = icmp slt i32 %16, %R
	br i1 %386, label %387, label %396

387:
	%388 = add i32 %0, 256
	%389 = lshr i32 %388, 5
	%390 = add i32 %388, %389
	%391 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %390
	%392 = load i32, i32 addrspace(3)* %391
	%393 = add i32 %3, %16
	%394 = sext i32 %393 to i64
	%395 = getelementptr i32, i32* %ties, i64 %394
	store i32 %392, i32* %395
	br label %396

396:
	%397 = icmp slt i32 %18, %R
	br i1 %397, label %398, label %407

398:
	%399 = add i32 %0, 512
	%400 = lshr i32 %399, 5
	%401 = add i32 %399, %400
	%402 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %401
	%403 = load i32, i32 addrspace(3)* %402
	%404 = add i32 %3, %18
	%405 = sext i32 %404 to i64
	%406 = getelementptr i32, i32* %ties, i64 %405
	store i32 %403, i32* %406
	br label %407

407:
	%408 = icmp slt i32 %20, %R
	br i1 %408, label %409, label %418

409:
	%410 = add i32 %0, 768
	%411 = lshr i32 %410, 5
	%412 = add i32 %410, %411
	%413 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %412
	%414 = load i32, i32 addrspace(3)* %413
	%415 = add i32 %3, %20
	%416 = sext i32 %415 to i64
	%417 = getelementptr i32, i32* %ties, i64 %416
	store i32 %414, i32* %417
	br label %418

418:
	%419 = icmp slt i32 %22, %R
	br i1 %419, label %420, label %429

420:
	%421 = add i32 %0, 1024
	%422 = lshr i32 %421, 5
	%423 = add i32 %421, %422
	%424 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %423
	%425 = load i32, i32 addrspace(3)* %424
	%426 = add i32 %3, %22
	%427 = sext i32 %426 to i64
	%428 = getelementptr i32, i32* %ties, i64 %427
	store i32 %425, i32* %428
	br label %429

429:
	%430 = icmp slt i32 %24, %R
	br i1 %430, label %431, label %440

431:
	%432 = add i32 %0, 1280
	%433 = lshr i32 %432, 5
	%434 = add i32 %432, %433
	%435 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %434
	%436 = load i32, i32 addrspace(3)* %435
	%437 = add i32 %3, %24
	%438 = sext i32 %437 to i64
	%439 = getelementptr i32, i32* %ties, i64 %438
	store i32 %436, i32* %439
	br label %440

440:
	%441 = icmp slt i32 %26, %R
	br i1 %441, label %442, label %451

442:
	%443 = add i32 %0, 1536
	%444 = lshr i32 %443, 5
	%445 = add i32 %443, %444
	%446 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %445
	%447 = load i32, i32 addrspace(3)* %446
	%448 = add i32 %3, %26
	%449 = sext i32 %448 to i64
	%450 = getelementptr i32, i32* %ties, i64 %449
	store i32 %447, i32* %450
	br label %451

451:
	%452 = icmp slt i32 %28, %R
	br i1 %452, label %453, label %462

453:
	%454 = add i32 %0, 1792
	%455 = lshr i32 %454, 5
	%456 = add i32 %454, %455
	%457 = getelementptr [2112 x i32], [2112 x i32] addrspace(3)* @$K_tile, i32 0, i32 %456
	%458 = load i32, i32 addrspace(3)* %457
	%459 = add i32 %3, %28
	%460 = sext i32 %459 to i64
	%461 = getelementptr i32, i32* %ties, i64 %460
	store i32 %458, i32* %461
	br label %462

462:
	call void @llvm.nvvm.barrier0()
	%463 = add i32 %10, %291
	br label %scan_next
}
