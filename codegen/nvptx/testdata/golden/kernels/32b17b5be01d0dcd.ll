define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %R, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %0, %13
	%15 = icmp slt i32 %14, %R
	%16 = select i1 %15, i32 %14, i32 %R
	%17 = add i32 %16, %13
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 %R
	br label %20

20:
	%21 = phi i32 [ %16, %entry ], [ %106, %24 ]
	%22 = phi i32 [ 0, %entry ], [ %105, %24 ]
	%23 = icmp slt i32 %21, %19
	br i1 %23, label %24, label %107

24:
	%25 = sub i32 %19, 1
	%26 = add i32 %21, 0
	%27 = icmp slt i32 %26, %19
	%28 = icmp slt i32 %26, %25
	%29 = select i1 %28, i32 %26, i32 %25
	%30 = add i32 %21, 1
	%31 = icmp slt i32 %30, %19
	%32 = icmp slt i32 %30, %25
	%33 = select i1 %32, i32 %30, i32 %25
	%34 = add i32 %21, 2
	%35 = icmp slt i32 %34, %19
	%36 = icmp slt i32 %34, %25
	%37 = select i1 %36, i32 %34, i32 %25
	%38 = add i32 %21, 3
	%39 = icmp slt i32 %38, %19
	%40 = icmp slt i32 %38, %25
	%41 = select i1 %40, i32 %38, i32 %25
	%42 = add i32 %21, 4
	%43 = icmp slt i32 %42, %19
	%44 = icmp slt i32 %42, %25
	%45 = select i1 %44, i32 %42, i32 %25
	%46 = add i32 %21, 5
	%47 = icmp slt i32 %46, %19
	%48 = icmp slt i32 %46, %25
	%49 = select i1 %48, i32 %46, i32 %25
	%50 = add i32 %21, 6
	%51 = icmp slt i32 %50, %19
	%52 = icmp slt i32 %50, %25
	%53 = select i1 %52, i32 %50, i32 %25
	%54 = add i32 %21, 7
	%55 = icmp slt i32 %54, %19
	%56 = icmp slt i32 %54, %25
	%57 = select i1 %56, i32 %54, i32 %25
	%58 = add i32 %7, %29
	%59 = sext i32 %58 to i64
	%60 = getelementptr i32, i32* %ties, i64 %59
	%61 = load i32, i32* %60
	%62 = add i32 %7, %33
	%63 = sext i32 %62 to i64
	%64 = getelementptr i32, i32* %ties, i64 %63
	%65 = load i32, i32* %64
	%66 = add i32 %7, %37
	%67 = sext i32 %66 to i64
	%68 = getelementptr i32, i32* %ties, i64 %67
	%69 = load i32, i32* %68
	%70 = add i32 %7, %41
	%71 = sext i32 %70 to i64
	%72 = getelementptr i32, i32* %ties, i64 %71
	%73 = load i32, i32* %72
	%74 = add i32 %7, %45
	%75 = sext i32 %74 to i64
	%76 = getelementptr i32, i32* %ties, i64 %75
	%77 = load i32, i32* %76
	%78 = add i32 %7, %49
	%79 = sext i32 %78 to i64
	%80 = getelementptr i32, i32* %ties, i64 %79
	%81 = load i32, i32* %80
	%82 = add i32 %7, %53
	%83 = sext i32 %82 to i64
	%84 = getelementptr i32, i32* %ties, i64 %83
	%85 = load i32, i32* %84
	%86 = add i32 %7, %57
	%87 = sext i32 %86 to i64
	%88 = getelementptr i32, i32* %ties, i64 %87
	%89 = load i32, i32* %88
	%90 = select i1 %27, i32 %61, i32 0
	%91 = add i32 %22, %90
	%92 = select i1 %31, i32 %65, i32 0
	%93 = add i32 %91, %92
	%94 = select i1 %35, i32 %69, i32 0
	%95 = add i32 %93, %94
	%96 = select i1 %39, i32 %73, i32 0
	%97 = add i32 %95, %96
	%98 = select i1 %43, i32 %77, i32 0
	%99 = add i32 %97, %98
	%100 = select i1 %47, i32 %81, i32 0
	%101 = add i32 %99, %100
	%102 = select i1 %51, i32 %85, i32 0
	%103 = add i32 %101, %102
	%104 = select i1 %55, i32 %89, i32 0
	%105 = add i32 %103, %104
	%106 = add i32 %21, 8
	br label %20

107:
	%108 = and i32 %0, 31
	%109 = lshr i32 %0, 5
	%110 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %22, i32 1, i32 0)
	%111 = icmp uge i32 %108, 1
	%112 = select i1 %111, i32 %110, i32 0
	%113 = add i32 %22, %112
	%114 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %113, i32 2, i32 0)
	%115 = icmp uge i32 %108, 2
	%116 = select i1 %115, i32 %114, i32 0
	%117 = add i32 %113, %116
	%118 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %117, i32 4, i32 0)
	%119 = icmp uge i32 %108, 4
	%120 = select i1 %119, i32 %118, i32 0
	%121 = add i32 %117, %120
	%122 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %121, i32 8, i32 0)
	%123 = icmp uge i32 %108, 8
	%124 = select i1 %123, i32 %122, i32 0
	%125 = add i32 %121, %124
	%126 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %125, i32 16, i32 0)
	%127 = icmp uge i32 %108, 16
	%128 = select i1 %127, i32 %126, i32 0
	%129 = add i32 %125, %128
	%130 = icmp eq i32 %108, 31
	br i1 %130, label %131, label %133

131:
	%132 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %109
	store i32 %129, i32 addrspace(3)* %132
	br label %133

133:
	call void @llvm.nvvm.barrier0()
	%134 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%135 = load i32, i32 addrspace(3)* %134
	%136 = icmp sgt i32 %109, 0
	%137 = select i1 %136, i32 %135, i32 0
	%138 = add i32 0, %137
	%139 = add i32 0, %135
	%140 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%141 = load i32, i32 addrspace(3)* %140
	%142 = icmp sgt i32 %109, 1
	%143 = select i1 %142, i32 %141, i32 0
	%144 = add i32 %138, %143
	%145 = add i32 %139, %141
	%146 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%147 = load i32, i32 addrspace(3)* %146
	%148 = icmp sgt i32 %109, 2
	%149 = select i1 %148, i32 %147, i32 0
	%150 = add i32 %144, %149
	%151 = add i32 %145, %147
	%152 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%153 = load i32, i32 addrspace(3)* %152
	%154 = icmp sgt i32 %109, 3
	%155 = select i1 %154, i32 %153, i32 0
	%156 = add i32 %150, %155
	%157 = add i32 %151, %153
	%158 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%159 = load i32, i32 addrspace(3)* %158
	%160 = icmp sgt i32 %109, 4
	%161 = select i1 %160, i32 %159, i32 0
	%162 = add i32 %156, %161
	%163 = add i32 %157, %159
	%164 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%165 = load i32, i32 addrspace(3)* %164
	%166 = icmp sgt i32 %109, 5
	%167 = select i1 %166, i32 %165, i32 0
	%168 = add i32 %162, %167
	%169 = add i32 %163, %165
	%170 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%171 = load i32, i32 addrspace(3)* %170
	%172 = icmp sgt i32 %109, 6
	%173 = select i1 %172, i32 %171, i32 0
	%174 = add i32 %168, %173
	%175 = add i32 %169, %171
	%176 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%177 = load i32, i32 addrspace(3)* %176
	%178 = icmp sgt i32 %109, 7
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = add i32 %175, %177
	%182 = add i32 %180, %129
	%183 = sub i32 %182, %22
	br label %184

184:
	%185 = phi i32 [ %16, %133 ], [ %351, %348 ]
	%186 = phi i32 [ %183, %133 ], [ %350, %348 ]
	%187 = icmp slt i32 %185, %19
	br i1 %187, label %188, label %259

188:
	%189 = sub i32 %19, 1
	%190 = add i32 %185, 0
	%191 = icmp slt i32 %190, %19
	%192 = icmp slt i32 %190, %189
	%193 = select i1 %192, i32 %190, i32 %189
	%194 = add i32 %185, 1
	%195 = icmp slt i32 %194, %19
	%196 = icmp slt i32 %194, %189
	%197 = select i1 %196, i32 %194, i32 %189
	%198 = add i32 %185, 2
	%199 = icmp slt i32 %198, %19
	%200 = icmp slt i32 %198, %189
	%201 = select i1 %200, i32 %198, i32 %189
	%202 = add i32 %185, 3
	%203 = icmp slt i32 %202, %19
	%204 = icmp slt i32 %202, %189
	%205 = select i1 %204, i32 %202, i32 %189
	%206 = add i32 %185, 4
	%207 = icmp slt i32 %206, %19
	%208 = icmp slt i32 %206, %189
	%209 = select i1 %208, i32 %206, i32 %189
	%210 = add i32 %185, 5
	%211 = icmp slt i32 %210, %19
	%212 = icmp slt i32 %210, %189
	%213 = select i1 %212, i32 %210, i32 %189
	%214 = add i32 %185, 6
	%215 = icmp slt i32 %214, %19
	%216 = icmp slt i32 %214, %189
	%217 = select i1 %216, i32 %214, i32 %189
	%218 = add i32 %185, 7
	%219 = icmp slt i32 %218, %19
	%220 = icmp slt i32 %218, %189
	%221 = select i1 %220, i32 %218, i32 %189
	%222 = add i32 %7, %193
	%223 = sext i32 %222 to i64
	%224 = getelementptr i32, i32* %ties, i64 %223
	%225 = load i32, i32* %224
	%226 = add i32 %7, %197
	%227 = sext i32 %226 to i64
	%228 = getelementptr i32, i32* %ties, i64 %227
	%229 = load i32, i32* %228
	%230 = add i32 %7, %201
	%231 = sext i32 %230 to i64
	%232 = getelementptr i32, i32* %ties, i64 %231
	%233 = load i32, i32* %232
	%234 = add i32 %7, %205
	%235 = sext i32 %234 to i64
	%236 = getelementptr i32, i32* %ties, i64 %235
	%237 = load i32, i32* %236
	%238 = add i32 %7, %209
	%239 = sext i32 %238 to i64
	%240 = getelementptr i32, i32* %ties, i64 %239
	%241 = load i32, i32* %240
	%242 = add i32 %7, %213
	%243 = sext i32 %242 to i64
	%244 = getelementptr i32, i32* %ties, i64 %243
	%245 = load i32, i32* %244
	%246 = add i32 %7, %217
	%247 = sext i32 %246 to i64
	%248 = getelementptr i32, i32* %ties, i64 %247
	%249 = load i32, i32* %248
	%250 = add i32 %7, %221
	%251 = sext i32 %250 to i64
	%252 = getelementptr i32, i32* %ties, i64 %251
	%253 = load i32, i32* %252
	%254 = sub i32 %11, %186
	%255 = icmp slt i32 %254, %225
	%256 = select i1 %255, i32 %254, i32 %225
	%257 = icmp sgt i32 %256, 0
	%258 = select i1 %257, i32 %256, i32 0
	br i1 %191, label %260, label %264

259:
	ret void

260:
	%261 = add i32 %7, %190
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %ties, i64 %262
	store i32 %258, i32* %263
	br label %264

264:
	%265 = select i1 %191, i32 %225, i32 0
	%266 = add i32 %186, %265
	%267 = sub i32 %11, %266
	%268 = icmp slt i32 %267, %229
	%269 = select i1 %268, i32 %267, i32 %229
	%270 = icmp sgt i32 %269, 0
	%271 = select i1 %270, i32 %269, i32 0
	br i1 %195, label %272, label %276

272:
	%273 = add i32 %7, %194
	%274 = sext i32 %273 to i64
	%275 = getelementptr i32, i32* %ties, i64 %274
	store i32 %271, i32* %275
	br label %276

276:
	%277 = select i1 %195, i32 %229, i32 0
	%278 = add i32 %266, %277
	%279 = sub i32 %11, %278
	%280 = icmp slt i32 %279, %233
	%281 = select i1 %280, i32 %279, i32 %233
	%282 = icmp sgt i32 %281, 0
	%283 = select i1 %282, i32 %281, i32 0
	br i1 %199, label %284, label %288

284:
	%285 = add i32 %7, %198
	%286 = sext i32 %285 to i64
	%287 = getelementptr i32, i32* %ties, i64 %286
	store i32 %283, i32* %287
	br label %288

288:
	%289 = select i1 %199, i32 %233, i32 0
	%290 = add i32 %278, %289
	%291 = sub i32 %11, %290
	%292 = icmp slt i32 %291, %237
	%293 = select i1 %292, i32 %291, i32 %237
	%294 = icmp sgt i32 %293, 0
	%295 = select i1 %294, i32 %293, i32 0
	br i1 %203, label %296, label %300

296:
	%297 = add i32 %7, %202
	%298 = sext i32 %297 to i64
	%299 = getelementptr i32, i32* %ties, i64 %298
	store i32 %295, i32* %299
	br label %300

300:
	%301 = select i1 %203, i32 %237, i32 0
	%302 = add i32 %290, %301
	%303 = sub i32 %11, %302
	%304 = icmp slt i32 %303, %241
	%305 = select i1 %304, i32 %303, i32 %241
	%306 = icmp sgt i32 %305, 0
	%307 = select i1 %306, i32 %305, i32 0
	br i1 %207, label %308, label %312

308:
	%309 = add i32 %7, %206
	%310 = sext i32 %309 to i64
	%311 = getelementptr i32, i32* %ties, i64 %310
	store i32 %307, i32* %311
	br label %312

312:
	%313 = select i1 %207, i32 %241, i32 0
	%314 = add i32 %302, %313
	%315 = sub i32 %11, %314
	%316 = icmp slt i32 %315, %245
	%317 = select i1 %316, i32 %315, i32 %245
	%318 = icmp sgt i32 %317, 0
	%319 = select i1 %318, i32 %317, i32 0
	br i1 %211, label %320, label %324

320:
	%321 = add i32 %7, %210
	%322 = sext i32 %321 to i64
	%323 = getelementptr i32, i32* %ties, i64 %322
	store i32 %319, i32* %323
	br label %324

324:
	%325 = select i1 %211, i32 %245, i32 0
	%326 = add i32 %314, %325
	%327 = sub i32 %11, %326
	%328 = icmp slt i32 %327, %249
	%329 = select i1 %328, i32 %327, i32 %249
	%330 = icmp sgt i32 %329, 0
	%331 = select i1 %330, i32 %329, i32 0
	br i1 %215, label %332, label %336

332:
	%333 = add i32 %7, %214
	%334 = sext i32 %333 to i64
	%335 = getelementptr i32, i32* %ties, i64 %334
	store i32 %331, i32* %335
	br label %336

336:
	%337 = select i1 %215, i32 %249, i32 0
	%338 = add i32 %326, %337
	%339 = sub i32 %11, %338
	%340 = icmp slt i32 %339, %253
	%341 = select i1 %340, i32 %339, i32 %253
	%342 = icmp sgt i32 %341, 0
	%343 = select i1 %342, i32 %341, i32 0
	br i1 %219, label %344, label %348

344:
	%345 = add i32 %7, %218
	%346 = sext i32 %345 to i64
	%347 = getelementptr i32, i32* %ties, i64 %346
	store i32 %343, i32* %347
	br label %348

348:
	%349 = select i1 %219, i32 %253, i32 0
	%350 = add i32 %338, %349
	%351 = add i32 %185, 8
	br label %184
}
