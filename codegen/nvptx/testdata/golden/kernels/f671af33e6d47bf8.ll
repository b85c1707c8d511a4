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
	%8 = add i32 %R, 255
	%9 = sdiv i32 %8, 256
	%10 = mul i32 %0, %9
	%11 = icmp slt i32 %10, %R
	%12 = select i1 %11, i32 %10, i32 %R
	%13 = add i32 %12, %9
	%14 = icmp slt i32 %13, %R
	%15 = select i1 %14, i32 %13, i32 %R
	br label %16

16:
	%17 = phi i32 [ %12, %entry ], [ %102, %20 ]
	%18 = phi i32 [ 0, %entry ], [ %101, %20 ]
	%19 = icmp slt i32 %17, %15
	br i1 %19, label %20, label %103

20:
	%21 = sub i32 %15, 1
	%22 = add i32 %17, 0
	%23 = icmp slt i32 %22, %15
	%24 = icmp slt i32 %22, %21
	%25 = select i1 %24, i32 %22, i32 %21
	%26 = add i32 %17, 1
	%27 = icmp slt i32 %26, %15
	%28 = icmp slt i32 %26, %21
	%29 = select i1 %28, i32 %26, i32 %21
	%30 = add i32 %17, 2
	%31 = icmp slt i32 %30, %15
	%32 = icmp slt i32 %30, %21
	%33 = select i1 %32, i32 %30, i32 %21
	%34 = add i32 %17, 3
	%35 = icmp slt i32 %34, %15
	%36 = icmp slt i32 %34, %21
	%37 = select i1 %36, i32 %34, i32 %21
	%38 = add i32 %17, 4
	%39 = icmp slt i32 %38, %15
	%40 = icmp slt i32 %38, %21
	%41 = select i1 %40, i32 %38, i32 %21
	%42 = add i32 %17, 5
	%43 = icmp slt i32 %42, %15
	%44 = icmp slt i32 %42, %21
	%45 = select i1 %44, i32 %42, i32 %21
	%46 = add i32 %17, 6
	%47 = icmp slt i32 %46, %15
	%48 = icmp slt i32 %46, %21
	%49 = select i1 %48, i32 %46, i32 %21
	%50 = add i32 %17, 7
	%51 = icmp slt i32 %50, %15
	%52 = icmp slt i32 %50, %21
	%53 = select i1 %52, i32 %50, i32 %21
	%54 = add i32 %3, %25
	%55 = sext i32 %54 to i64
	%56 = getelementptr i32, i32* %ties, i64 %55
	%57 = load i32, i32* %56
	%58 = add i32 %3, %29
	%59 = sext i32 %58 to i64
	%60 = getelementptr i32, i32* %ties, i64 %59
	%61 = load i32, i32* %60
	%62 = add i32 %3, %33
	%63 = sext i32 %62 to i64
	%64 = getelementptr i32, i32* %ties, i64 %63
	%65 = load i32, i32* %64
	%66 = add i32 %3, %37
	%67 = sext i32 %66 to i64
	%68 = getelementptr i32, i32* %ties, i64 %67
	%69 = load i32, i32* %68
	%70 = add i32 %3, %41
	%71 = sext i32 %70 to i64
	%72 = getelementptr i32, i32* %ties, i64 %71
	%73 = load i32, i32* %72
	%74 = add i32 %3, %45
	%75 = sext i32 %74 to i64
	%76 = getelementptr i32, i32* %ties, i64 %75
	%77 = load i32, i32* %76
	%78 = add i32 %3, %49
	%79 = sext i32 %78 to i64
	%80 = getelementptr i32, i32* %ties, i64 %79
	%81 = load i32, i32* %80
	%82 = add i32 %3, %53
	%83 = sext i32 %82 to i64
	%84 = getelementptr i32, i32* %ties, i64 %83
	%85 = load i32, i32* %84
	%86 = select i1 %23, i32 %57, i32 0
	%87 = add i32 %18, %86
	%88 = select i1 %27, i32 %61, i32 0
	%89 = add i32 %87, %88
	%90 = select i1 %31, i32 %65, i32 0
	%91 = add i32 %89, %90
	%92 = select i1 %35, i32 %69, i32 0
	%93 = add i32 %91, %92
	%94 = select i1 %39, i32 %73, i32 0
	%95 = add i32 %93, %94
	%96 = select i1 %43, i32 %77, i32 0
	%97 = add i32 %95, %96
	%98 = select i1 %47, i32 %81, i32 0
	%99 = add i32 %97, %98
	%100 = select i1 %51, i32 %85, i32 0
	%101 = add i32 %99, %100
	%102 = add i32 %17, 8
	br label %16

103:
	%104 = and i32 %0, 31
	%105 = lshr i32 %0, 5
	%106 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %18, i32 1, i32 0)
	%107 = icmp uge i32 %104, 1
	%108 = select i1 %107, i32 %106, i32 0
	%109 = add i32 %18, %108
	%110 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %109, i32 2, i32 0)
	%111 = icmp uge i32 %104, 2
	%112 = select i1 %111, i32 %110, i32 0
	%113 = add i32 %109, %112
	%114 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %113, i32 4, i32 0)
	%115 = icmp uge i32 %104, 4
	%116 = select i1 %115, i32 %114, i32 0
	%117 = add i32 %113, %116
	%118 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %117, i32 8, i32 0)
	%119 = icmp uge i32 %104, 8
	%120 = select i1 %119, i32 %118, i32 0
	%121 = add i32 %117, %120
	%122 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %121, i32 16, i32 0)
	%123 = icmp uge i32 %104, 16
	%124 = select i1 %123, i32 %122, i32 0
	%125 = add i32 %121, %124
	%126 = icmp eq i32 %104, 31
	br i1 %126, label %127, label %129

127:
	%128 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %105
	store i32 %125, i32 addrspace(3)* %128
	br label %129

129:
	call void @llvm.nvvm.barrier0()
	%130 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%131 = load i32, i32 addrspace(3)* %130
	%132 = icmp sgt i32 %105, 0
	%133 = select i1 %132, i32 %131, i32 0
	%134 = add i32 0, %133
	%135 = add i32 0, %131
	%136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%137 = load i32, i32 addrspace(3)* %136
	%138 = icmp sgt i32 %105, 1
	%139 = select i1 %138, i32 %137, i32 0
	%140 = add i32 %134, %139
	%141 = add i32 %135, %137
	%142 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%143 = load i32, i32 addrspace(3)* %142
	%144 = icmp sgt i32 %105, 2
	%145 = select i1 %144, i32 %143, i32 0
	%146 = add i32 %140, %145
	%147 = add i32 %141, %143
	%148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%149 = load i32, i32 addrspace(3)* %148
	%150 = icmp sgt i32 %105, 3
	%151 = select i1 %150, i32 %149, i32 0
	%152 = add i32 %146, %151
	%153 = add i32 %147, %149
	%154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%155 = load i32, i32 addrspace(3)* %154
	%156 = icmp sgt i32 %105, 4
	%157 = select i1 %156, i32 %155, i32 0
	%158 = add i32 %152, %157
	%159 = add i32 %153, %155
	%160 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%161 = load i32, i32 addrspace(3)* %160
	%162 = icmp sgt i32 %105, 5
	%163 = select i1 %162, i32 %161, i32 0
	%164 = add i32 %158, %163
	%165 = add i32 %159, %161
	%166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%167 = load i32, i32 addrspace(3)* %166
	%168 = icmp sgt i32 %105, 6
	%169 = select i1 %168, i32 %167, i32 0
	%170 = add i32 %164, %169
	%171 = add i32 %165, %167
	%172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%173 = load i32, i32 addrspace(3)* %172
	%174 = icmp sgt i32 %105, 7
	%175 = select i1 %174, i32 %173, i32 0
	%176 = add i32 %170, %175
	%177 = add i32 %171, %173
	%178 = add i32 %176, %125
	%179 = sub i32 %178, %18
	br label %180

180:
	%181 = phi i32 [ %12, %129 ], [ %347, %344 ]
	%182 = phi i32 [ %179, %129 ], [ %346, %344 ]
	%183 = icmp slt i32 %181, %15
	br i1 %183, label %184, label %255

184:
	%185 = sub i32 %15, 1
	%186 = add i32 %181, 0
	%187 = icmp slt i32 %186, %15
	%188 = icmp slt i32 %186, %185
	%189 = select i1 %188, i32 %186, i32 %185
	%190 = add i32 %181, 1
	%191 = icmp slt i32 %190, %15
	%192 = icmp slt i32 %190, %185
	%193 = select i1 %192, i32 %190, i32 %185
	%194 = add i32 %181, 2
	%195 = icmp slt i32 %194, %15
	%196 = icmp slt i32 %194, %185
	%197 = select i1 %196, i32 %194, i32 %185
	%198 = add i32 %181, 3
	%199 = icmp slt i32 %198, %15
	%200 = icmp slt i32 %198, %185
	%201 = select i1 %200, i32 %198, i32 %185
	%202 = add i32 %181, 4
	%203 = icmp slt i32 %202, %15
	%204 = icmp slt i32 %202, %185
	%205 = select i1 %204, i32 %202, i32 %185
	%206 = add i32 %181, 5
	%207 = icmp slt i32 %206, %15
	%208 = icmp slt i32 %206, %185
	%209 = select i1 %208, i32 %206, i32 %185
	%210 = add i32 %181, 6
	%211 = icmp slt i32 %210, %15
	%212 = icmp slt i32 %210, %185
	%213 = select i1 %212, i32 %210, i32 %185
	%214 = add i32 %181, 7
	%215 = icmp slt i32 %214, %15
	%216 = icmp slt i32 %214, %185
	%217 = select i1 %216, i32 %214, i32 %185
	%218 = add i32 %3, %189
	%219 = sext i32 %218 to i64
	%220 = getelementptr i32, i32* %ties, i64 %219
	%221 = load i32, i32* %220
	%222 = add i32 %3, %193
	%223 = sext i32 %222 to i64
	%224 = getelementptr i32, i32* %ties, i64 %223
	%225 = load i32, i32* %224
	%226 = add i32 %3, %197
	%227 = sext i32 %226 to i64
	%228 = getelementptr i32, i32* %ties, i64 %227
	%229 = load i32, i32* %228
	%230 = add i32 %3, %201
	%231 = sext i32 %230 to i64
	%232 = getelementptr i32, i32* %ties, i64 %231
	%233 = load i32, i32* %232
	%234 = add i32 %3, %205
	%235 = sext i32 %234 to i64
	%236 = getelementptr i32, i32* %ties, i64 %235
	%237 = load i32, i32* %236
	%238 = add i32 %3, %209
	%239 = sext i32 %238 to i64
	%240 = getelementptr i32, i32* %ties, i64 %239
	%241 = load i32, i32* %240
	%242 = add i32 %3, %213
	%243 = sext i32 %242 to i64
	%244 = getelementptr i32, i32* %ties, i64 %243
	%245 = load i32, i32* %244
	%246 = add i32 %3, %217
	%247 = sext i32 %246 to i64
	%248 = getelementptr i32, i32* %ties, i64 %247
	%249 = load i32, i32* %248
	%250 = sub i32 %7, %182
	%251 = icmp slt i32 %250, %221
	%252 = select i1 %251, i32 %250, i32 %221
	%253 = icmp sgt i32 %252, 0
	%254 = select i1 %253, i32 %252, i32 0
	br i1 %187, label %256, label %260

255:
	ret void

256:
	%257 = add i32 %3, %186
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %ties, i64 %258
	store i32 %254, i32* %259
	br label %260

260:
	%261 = select i1 %187, i32 %221, i32 0
	%262 = add i32 %182, %261
	%263 = sub i32 %7, %262
	%264 = icmp slt i32 %263, %225
	%265 = select i1 %264, i32 %263, i32 %225
	%266 = icmp sgt i32 %265, 0
	%267 = select i1 %266, i32 %265, i32 0
	br i1 %191, label %268, label %272

268:
	%269 = add i32 %3, %190
	%270 = sext i32 %269 to i64
	%271 = getelementptr i32, i32* %ties, i64 %270
	store i32 %267, i32* %271
	br label %272

272:
	%273 = select i1 %191, i32 %225, i32 0
	%274 = add i32 %262, %273
	%275 = sub i32 %7, %274
	%276 = icmp slt i32 %275, %229
	%277 = select i1 %276, i32 %275, i32 %229
	%278 = icmp sgt i32 %277, 0
	%279 = select i1 %278, i32 %277, i32 0
	br i1 %195, label %280, label %284

280:
	%281 = add i32 %3, %194
	%282 = sext i32 %281 to i64
	%283 = getelementptr i32, i32* %ties, i64 %282
	store i32 %279, i32* %283
	br label %284

284:
	%285 = select i1 %195, i32 %229, i32 0
	%286 = add i32 %274, %285
	%287 = sub i32 %7, %286
	%288 = icmp slt i32 %287, %233
	%289 = select i1 %288, i32 %287, i32 %233
	%290 = icmp sgt i32 %289, 0
	%291 = select i1 %290, i32 %289, i32 0
	br i1 %199, label %292, label %296

292:
	%293 = add i32 %3, %198
	%294 = sext i32 %293 to i64
	%295 = getelementptr i32, i32* %ties, i64 %294
	store i32 %291, i32* %295
	br label %296

296:
	%297 = select i1 %199, i32 %233, i32 0
	%298 = add i32 %286, %297
	%299 = sub i32 %7, %298
	%300 = icmp slt i32 %299, %237
	%301 = select i1 %300, i32 %299, i32 %237
	%302 = icmp sgt i32 %301, 0
	%303 = select i1 %302, i32 %301, i32 0
	br i1 %203, label %304, label %308

304:
	%305 = add i32 %3, %202
	%306 = sext i32 %305 to i64
	%307 = getelementptr i32, i32* %ties, i64 %306
	store i32 %303, i32* %307
	br label %308

308:
	%309 = select i1 %203, i32 %237, i32 0
	%310 = add i32 %298, %309
	%311 = sub i32 %7, %310
	%312 = icmp slt i32 %311, %241
	%313 = select i1 %312, i32 %311, i32 %241
	%314 = icmp sgt i32 %313, 0
	%315 = select i1 %314, i32 %313, i32 0
	br i1 %207, label %316, label %320

316:
	%317 = add i32 %3, %206
	%318 = sext i32 %317 to i64
	%319 = getelementptr i32, i32* %ties, i64 %318
	store i32 %315, i32* %319
	br label %320

320:
	%321 = select i1 %207, i32 %241, i32 0
	%322 = add i32 %310, %321
	%323 = sub i32 %7, %322
	%324 = icmp slt i32 %323, %245
	%325 = select i1 %324, i32 %323, i32 %245
	%326 = icmp sgt i32 %325, 0
	%327 = select i1 %326, i32 %325, i32 0
	br i1 %211, label %328, label %332

328:
	%329 = add i32 %3, %210
	%330 = sext i32 %329 to i64
	%331 = getelementptr i32, i32* %ties, i64 %330
	store i32 %327, i32* %331
	br label %332

332:
	%333 = select i1 %211, i32 %245, i32 0
	%334 = add i32 %322, %333
	%335 = sub i32 %7, %334
	%336 = icmp slt i32 %335, %249
	%337 = select i1 %336, i32 %335, i32 %249
	%338 = icmp sgt i32 %337, 0
	%339 = select i1 %338, i32 %337, i32 0
	br i1 %215, label %340, label %344

340:
	%341 = add i32 %3, %214
	%342 = sext i32 %341 to i64
	%343 = getelementptr i32, i32* %ties, i64 %342
	store i32 %339, i32* %343
	br label %344

344:
	%345 = select i1 %215, i32 %249, i32 0
	%346 = add i32 %334, %345
	%347 = add i32 %181, 8
	br label %180
}
