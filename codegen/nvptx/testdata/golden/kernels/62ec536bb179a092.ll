define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%17 = sub i32 %NK, 1
	br label %18

18:
	%19 = phi i32 [ %0, %entry ], [ %225, %223 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %224, %223 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %107

22:
	%23 = sub i32 %16, 1
	%24 = add i32 %19, 0
	%25 = icmp slt i32 %24, %16
	%26 = icmp slt i32 %24, %23
	%27 = select i1 %26, i32 %24, i32 %23
	%28 = add i32 %19, 256
	%29 = icmp slt i32 %28, %16
	%30 = icmp slt i32 %28, %23
	%31 = select i1 %30, i32 %28, i32 %23
	%32 = add i32 %19, 512
	%33 = icmp slt i32 %32, %16
	%34 = icmp slt i32 %32, %23
	%35 = select i1 %34, i32 %32, i32 %23
	%36 = add i32 %19, 768
	%37 = icmp slt i32 %36, %16
	%38 = icmp slt i32 %36, %23
	%39 = select i1 %38, i32 %36, i32 %23
	%40 = add i32 %19, 1024
	%41 = icmp slt i32 %40, %16
	%42 = icmp slt i32 %40, %23
	%43 = select i1 %42, i32 %40, i32 %23
	%44 = add i32 %19, 1280
	%45 = icmp slt i32 %44, %16
	%46 = icmp slt i32 %44, %23
	%47 = select i1 %46, i32 %44, i32 %23
	%48 = add i32 %19, 1536
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %23
	%51 = select i1 %50, i32 %48, i32 %23
	%52 = add i32 %19, 1792
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %23
	%55 = select i1 %54, i32 %52, i32 %23
	%56 = icmp slt i32 %24, %17
	%57 = select i1 %56, i32 %24, i32 %17
	%58 = add i32 %10, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %cls, i64 %59
	%61 = load i8, i8* %60
	%62 = icmp slt i32 %28, %17
	%63 = select i1 %62, i32 %28, i32 %17
	%64 = add i32 %10, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i8, i8* %cls, i64 %65
	%67 = load i8, i8* %66
	%68 = icmp slt i32 %32, %17
	%69 = select i1 %68, i32 %32, i32 %17
	%70 = add i32 %10, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i8, i8* %cls, i64 %71
	%73 = load i8, i8* %72
	%74 = icmp slt i32 %36, %17
	%75 = select i1 %74, i32 %36, i32 %17
	%76 = add i32 %10, %75
	%77 = sext i32 %76 to i64
	%78 = getelementptr i8, i8* %cls, i64 %77
	%79 = load i8, i8* %78
	%80 = icmp slt i32 %40, %17
	%81 = select i1 %80, i32 %40, i32 %17
	%82 = add i32 %10, %81
	%83 = sext i32 %82 to i64
	%84 = getelementptr i8, i8* %cls, i64 %83
	%85 = load i8, i8* %84
	%86 = icmp slt i32 %44, %17
	%87 = select i1 %86, i32 %44, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = icmp slt i32 %48, %17
	%93 = select i1 %92, i32 %48, i32 %17
	%94 = add i32 %10, %93
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp slt i32 %52, %17
	%99 = select i1 %98, i32 %52, i32 %17
	%100 = add i32 %10, %99
	%101 = sext i32 %100 to i64
	%102 = getelementptr i8, i8* %cls, i64 %101
	%103 = load i8, i8* %102
	%104 = icmp slt i32 %24, %NK
	%105 = icmp ne i8 %61, 0
	%106 = and i1 %104, %105
	br i1 %106, label %108, label %113

107:
	br label %226

108:
	%109 = add i32 %11, %24
	%110 = sext i32 %109 to i64
	%111 = getelementptr float, float* %e, i64 %110
	%112 = load float, float* %111
	br label %113

113:
	%114 = phi float [ 0xFFF0000000000000, %22 ], [ %112, %108 ]
	%115 = icmp slt i32 %28, %NK
	%116 = icmp ne i8 %67, 0
	%117 = and i1 %115, %116
	br i1 %117, label %118, label %123

118:
	%119 = add i32 %11, %28
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	br label %123

123:
	%124 = phi float [ 0xFFF0000000000000, %113 ], [ %122, %118 ]
	%125 = icmp slt i32 %32, %NK
	%126 = icmp ne i8 %73, 0
	%127 = and i1 %125, %126
	br i1 %127, label %128, label %133

128:
	%129 = add i32 %11, %32
	%130 = sext i32 %129 to i64
	%131 = getelementptr float, float* %e, i64 %130
	%132 = load float, float* %131
	br label %133

133:
	%134 = phi float [ 0xFFF0000000000000, %123 ], [ %132, %128 ]
	%135 = icmp slt i32 %36, %NK
	%136 = icmp ne i8 %79, 0
	%137 = and i1 %135, %136
	br i1 %137, label %138, label %143

138:
	%139 = add i32 %11, %36
	%140 = sext i32 %139 to i64
	%141 = getelementptr float, float* %e, i64 %140
	%142 = load float, float* %141
	br label %143

143:
	%144 = phi float [ 0xFFF0000000000000, %133 ], [ %142, %138 ]
	%145 = icmp slt i32 %40, %NK
	%146 = icmp ne i8 %85, 0
	%147 = and i1 %145, %146
	br i1 %147, label %148, label %153

148:
	%149 = add i32 %11, %40
	%150 = sext i32 %149 to i64
	%151 = getelementptr float, float* %e, i64 %150
	%152 = load float, float* %151
	br label %153

153:
	%154 = phi float [ 0xFFF0000000000000, %143 ], [ %152, %148 ]
	%155 = icmp slt i32 %44, %NK
	%156 = icmp ne i8 %91, 0
	%157 = and i1 %155, %156
	br i1 %157, label %158, label %163

158:
	%159 = add i32 %11, %44
	%160 = sext i32 %159 to i64
	%161 = getelementptr float, float* %e, i64 %160
	%162 = load float, float* %161
	br label %163

163:
	%164 = phi float [ 0xFFF0000000000000, %153 ], [ %162, %158 ]
	%165 = icmp slt i32 %48, %NK
	%166 = icmp ne i8 %97, 0
	%167 = and i1 %165, %166
	br i1 %167, label %168, label %173

168:
	%169 = add i32 %11, %48
	%170 = sext i32 %169 to i64
	%171 = getelementptr float, float* %e, i64 %170
	%172 = load float, float* %171
	br label %173

173:
	%174 = phi float [ 0xFFF0000000000000, %163 ], [ %172, %168 ]
	%175 = icmp slt i32 %52, %NK
	%176 = icmp ne i8 %103, 0
	%177 = and i1 %175, %176
	br i1 %177, label %178, label %183

178:
	%179 = add i32 %11, %52
	%180 = sext i32 %179 to i64
	%181 = getelementptr float, float* %e, i64 %180
	%182 = load float, float* %181
	br label %183

183:
	%184 = phi float [ 0xFFF0000000000000, %173 ], [ %182, %178 ]
	br i1 %25, label %185, label %188

185:
	%186 = bitcast float %114 to i32
	%187 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %24
	store i32 %186, i32 addrspace(3)* %187
	br label %188

188:
	%189 = call float @llvm.nvvm.fmax.f(float %20, float %114)
	br i1 %29, label %190, label %193

190:
	%191 = bitcast float %124 to i32
	%192 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %28
	store i32 %191, i32 addrspace(3)* %192
	br label %193

193:
	%194 = call float @llvm.nvvm.fmax.f(float %189, float %124)
	br i1 %33, label %195, label %198

195:
	%196 = bitcast float %134 to i32
	%197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %32
	store i32 %196, i32 addrspace(3)* %197
	br label %198

198:
	%199 = call float @llvm.nvvm.fmax.f(float %194, float %134)
	br i1 %37, label %200, label %203

200:
	%201 = bitcast float %144 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %36
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %199, float %144)
	br i1 %41, label %205, label %208

205:
	%206 = bitcast float %154 to i32
	%207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %40
	store i32 %206, i32 addrspace(3)* %207
	br label %208

208:
	%209 = call float @llvm.nvvm.fmax.f(float %204, float %154)
	br i1 %45, label %210, label %213

210:
	%211 = bitcast float %164 to i32
	%212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %44
	store i32 %211, i32 addrspace(3)* %212
	br label %213

213:
	%214 = call float @llvm.nvvm.fmax.f(float %209, float %164)
	br i1 %49, label %215, label %218

215:
	%216 = bitcast float %174 to i32
	%217 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %48
	store i32 %216, i32 addrspace(3)* %217
	br label %218

218:
	%219 = call float @llvm.nvvm.fmax.f(float %214, float %174)
	br i1 %53, label %220, label %223

220:
	%221 = bitcast float %184 to i32
	%222 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %52
	store i32 %221, i32 addrspace(3)* %222
	br label %223

223:
	%224 = call float @llvm.nvvm.fmax.f(float %219, float %184)
	%225 = add i32 %19, 2048
	br label %18

226:
	%227 = phi i32 [ %0, %107 ], [ %237, %229 ]
	%228 = icmp slt i32 %227, %16
	br i1 %228, label %229, label %238

229:
	%230 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %227
	%231 = load i32, i32 addrspace(3)* %230
	%232 = bitcast i32 %231 to float
	%233 = fcmp one float %232, 0xFFF0000000000000
	%234 = select i1 %233, float %232, float -1.0
	%235 = bitcast float %234 to i32
	%236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %227
	store i32 %235, i32 addrspace(3)* %236
	%237 = add i32 %227, 256
	br label %226

238:
	%239 = mul i32 %1, 64
	%240 = add i32 %239, %off
	%241 = add i32 %1, 1
	%242 = mul i32 %241, 64
	%243 = icmp slt i32 %242, %M
	%244 = select i1 %243, i32 %242, i32 %M
	%245 = sub i32 %244, 1
	%246 = add i32 %245, %off
	%247 = icmp slt i32 %240, 0
	%248 = sub i32 0, %240
	%249 = sub i32 32, 1
	%250 = add i32 %248, %249
	%251 = sdiv i32 %250, 32
	%252 = sub i32 0, %251
	%253 = sdiv i32 %240, 32
	%254 = select i1 %247, i32 %252, i32 %253
	%255 = icmp slt i32 %246, 0
	%256 = sub i32 0, %246
	%257 = sub i32 32, 1
	%258 = add i32 %256, %257
	%259 = sdiv i32 %258, 32
	%260 = sub i32 0, %259
	%261 = sdiv i32 %246, 32
	%262 = select i1 %255, i32 %260, i32 %261
	br label %263

263:
	%264 = phi i32 [ %0, %238 ], [ %308, %294 ]
	%265 = phi float [ 0.0, %238 ], [ %307, %294 ]
	%266 = icmp slt i32 %264, %16
	br i1 %266, label %267, label %275

267:
	%268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %264
	%269 = load i32, i32 addrspace(3)* %268
	%270 = bitcast i32 %269 to float
	%271 = fcmp oge float %270, 0.0
	%272 = fmul float %270, 1.0
	%273 = select i1 %271, float %272, float -1.0
	%274 = icmp slt i32 %264, %NK
	br i1 %274, label %290, label %294

275:
	%276 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %265, i32 16, i32 31)
	%277 = fadd float %265, %276
	%278 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %277, i32 8, i32 31)
	%279 = fadd float %277, %278
	%280 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %279, i32 4, i32 31)
	%281 = fadd float %279, %280
	%282 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %281, i32 2, i32 31)
	%283 = fadd float %281, %282
	%284 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %283, i32 1, i32 31)
	%285 = fadd float %283, %284
	%286 = lshr i32 %0, 5
	%287 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%288 = icmp eq i32 %287, 0
	%289 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %286
	br i1 %288, label %309, label %310

290:
	%291 = add i32 %11, %264
	%292 = sext i32 %291 to i64
	%293 = getelementptr float, float* %e, i64 %292
	store float %273, float* %293
	br label %294

294:
	%295 = icmp sge i32 %264, %254
	%296 = icmp sle i32 %264, %262
	%297 = and i1 %295, %296
	%298 = or i1 false, %297
	%299 = icmp eq i32 %264, 0
	%300 = or i1 %298, %299
	%301 = bitcast float %273 to i32
	%302 = add i32 %301, 2
	%303 = select i1 %300, i32 1, i32 %302
	%304 = select i1 %271, i32 %303, i32 0
	%305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %264
	store i32 %304, i32 addrspace(3)* %305
	%306 = uitofp i1 %271 to float
	%307 = fadd float %265, %306
	%308 = add i32 %264, 256
	br label %263

309:
	store float %285, float addrspace(3)* %289
	br label %310

310:
	call void @llvm.nvvm.barrier0()
	%311 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%312 = load float, float addrspace(3)* %311
	%313 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%314 = load float, float addrspace(3)* %313
	%315 = fadd float %312, %314
	%316 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%317 = load float, float addrspace(3)* %316
	%318 = fadd float %315, %317
	%319 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%320 = load float, float addrspace(3)* %319
	%321 = fadd float %318, %320
	%322 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%323 = load float, float addrspace(3)* %322
	%324 = fadd float %321, %323
	%325 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%326 = load float, float addrspace(3)* %325
	%327 = fadd float %324, %326
	%328 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%329 = load float, float addrspace(3)* %328
	%330 = fadd float %327, %329
	%331 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%332 = load float, float addrspace(3)* %331
	%333 = fadd float %330, %332
	%334 = fptosi float %333 to i32
	%335 = icmp eq i32 %0, 0
	br i1 %335, label %336, label %340

336:
	%337 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%338 = load i32, i32 addrspace(3)* %337
	%339 = icmp eq i32 %338, 1
	br i1 %339, label %357, label %365

340:
	call void @llvm.nvvm.barrier0()
	%341 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%342 = load i32, i32 addrspace(3)* %341
	%343 = sub i32 %334, %342
	%344 = sitofp i32 %334 to double
	%345 = fmul double 0x3FB999999999999A, %344
	%346 = fsub double %345, 0x3E112E0BE826D695
	%347 = call double @llvm.ceil.f64(double %346)
	%348 = fptosi double %347 to i32
	%349 = sub i32 %348, %342
	%350 = icmp sgt i32 %349, 0
	%351 = select i1 %350, i32 %349, i32 0
	%352 = icmp slt i32 %351, %343
	%353 = select i1 %352, i32 %351, i32 %343
	%354 = icmp sgt i32 %353, 0
	%355 = select i1 %354, i32 %353, i32 0
	%356 = icmp sgt i32 %355, 0
	br i1 %356, label %topk, label %topk_done

357:
	%358 = add i32 %13, 0
	%359 = sext i32 %358 to i64
	%360 = getelementptr i32, i32* %list, i64 %359
	store i32 0, i32* %360
	%361 = add i32 %13, %NK
	%362 = add i32 %361, 0
	%363 = sext i32 %362 to i64
	%364 = getelementptr i32, i32* %list, i64 %363
	store i32 1, i32* %364
	br label %365

365:
	%366 = add i32 %11, 0
	%367 = sext i32 %366 to i64
	%368 = getelementptr float, float* %e, i64 %367
	%369 = load float, float* %368
	%370 = add i32 0, 1
	%371 = select i1 %339, i32 %370, i32 0
	%372 = fpext float %369 to double
	%373 = fadd double 0.0, %372
	%374 = select i1 %339, double %373, double 0.0
	%375 = icmp sgt i32 %254, 1
	%376 = select i1 %375, i32 %254, i32 1
	%377 = add i32 %262, 1
	%378 = icmp slt i32 %377, %NK
	%379 = select i1 %378, i32 %377, i32 %NK
	br label %380

380:
	%381 = phi i32 [ %376, %365 ], [ %410, %400 ]
	%382 = phi i32 [ %371, %365 ], [ %406, %400 ]
	%383 = phi double [ %374, %365 ], [ %409, %400 ]
	%384 = icmp slt i32 %381, %379
	br i1 %384, label %385, label %389

385:
	%386 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %381
	%387 = load i32, i32 addrspace(3)* %386
	%388 = icmp eq i32 %387, 1
	br i1 %388, label %392, label %400

389:
	%390 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %382, i32 addrspace(3)* %390
	%391 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %383, double addrspace(3)* %391
	br label %340

392:
	%393 = add i32 %13, %382
	%394 = sext i32 %393 to i64
	%395 = getelementptr i32, i32* %list, i64 %394
	store i32 %381, i32* %395
	%396 = add i32 %13, %NK
	%397 = add i32 %396, %382
	%398 = sext i32 %397 to i64
	%399 = getelementptr i32, i32* %list, i64 %398
	store i32 1, i32* %399
	br label %400

400:
	%401 = add i32 %11, %381
	%402 = sext i32 %401 to i64
	%403 = getelementptr float, float* %e, i64 %402
	%404 = load float, float* %403
	%405 = add i32 %382, 1
	%406 = select i1 %388, i32 %405, i32 %382
	%407 = fpext float %404 to double
	%408 = fadd double %383, %407
	%409 = select i1 %388, double %408, double %383
	%410 = add i32 %381, 1
	br label %380

topk:
	call void @llvm.nvvm.barrier0()
	%411 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %411
	call void @llvm.nvvm.barrier0()
	br label %414

topk_done:
	%412 = icmp slt i32 %0, %355
	%413 = icmp sle i32 %355, 256
	br i1 %413, label %write_rank, label %write_sort

414:
	%415 = phi i32 [ %0, %topk ], [ %464, %463 ]
	%416 = icmp slt i32 %415, %16
	br i1 %416, label %417, label %427

417:
	%418 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %415
	%419 = load i32, i32 addrspace(3)* %418
	%420 = icmp uge i32 %419, 2
	%421 = and i32 %419, 0
	%422 = icmp eq i32 %421, 0
	%423 = and i1 %420, %422
	%424 = lshr i32 %419, 24
	%425 = and i32 %424, 255
	%426 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %423)
	br i1 %426, label %455, label %463

427:
	call void @llvm.nvvm.barrier0()
	%428 = sub i32 255, %0
	%429 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %428
	%430 = load i32, i32 addrspace(3)* %429
	%431 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %431
	%432 = and i32 %0, 31
	%433 = lshr i32 %0, 5
	%434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %430, i32 1, i32 0)
	%435 = icmp uge i32 %432, 1
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %430, %436
	%438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %437, i32 2, i32 0)
	%439 = icmp uge i32 %432, 2
	%440 = select i1 %439, i32 %438, i32 0
	%441 = add i32 %437, %440
	%442 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %441, i32 4, i32 0)
	%443 = icmp uge i32 %432, 4
	%444 = select i1 %443, i32 %442, i32 0
	%445 = add i32 %441, %444
	%446 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %445, i32 8, i32 0)
	%447 = icmp uge i32 %432, 8
	%448 = select i1 %447, i32 %446, i32 0
	%449 = add i32 %445, %448
	%450 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %449, i32 16, i32 0)
	%451 = icmp uge i32 %432, 16
	%452 = select i1 %451, i32 %450, i32 0
	%453 = add i32 %449, %452
	%454 = icmp eq i32 %432, 31
	br i1 %454, label %470, label %472

455:
	%456 = select i1 %423, i32 %425, i32 256
	%457 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %456)
	%458 = shl i32 1, %3
	%459 = sub i32 %458, 1
	%460 = and i32 %457, %459
	%461 = icmp eq i32 %460, 0
	%462 = and i1 %423, %461
	br i1 %462, label %465, label %469

463:
	%464 = add i32 %415, 256
	br label %414

465:
	%466 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %425
	%467 = call i32 @llvm.ctpop.i32(i32 %457)
	%468 = atomicrmw add i32 addrspace(3)* %466, i32 %467 monotonic
	br label %469

469:
	br label %463

470:
	%471 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %433
	store i32 %453, i32 addrspace(3)* %471
	br label %472

472:
	call void @llvm.nvvm.barrier0()
	%473 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%474 = load i32, i32 addrspace(3)* %473
	%475 = icmp sgt i32 %433, 0
	%476 = select i1 %475, i32 %474, i32 0
	%477 = add i32 0, %476
	%478 = add i32 0, %474
	%479 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%480 = load i32, i32 addrspace(3)* %479
	%481 = icmp sgt i32 %433, 1
	%482 = select i1 %481, i32 %480, i32 0
	%483 = add i32 %477, %482
	%484 = add i32 %478, %480
	%485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%486 = load i32, i32 addrspace(3)* %485
	%487 = icmp sgt i32 %433, 2
	%488 = select i1 %487, i32 %486, i32 0
	%489 = add i32 %483, %488
	%490 = add i32 %484, %486
	%491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%492 = load i32, i32 addrspace(3)* %491
	%493 = icmp sgt i32 %433, 3
	%494 = select i1 %493, i32 %492, i32 0
	%495 = add i32 %489, %494
	%496 = add i32 %490, %492
	%497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%498 = load i32, i32 addrspace(3)* %497
	%499 = icmp sgt i32 %433, 4
	%500 = select i1 %499, i32 %498, i32 0
	%501 = add i32 %495, %500
	%502 = add i32 %496, %498
	%503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%504 = load i32, i32 addrspace(3)* %503
	%505 = icmp sgt i32 %433, 5
	%506 = select i1 %505, i32 %504, i32 0
	%507 = add i32 %501, %506
	%508 = add i32 %502, %504
	%509 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%510 = load i32, i32 addrspace(3)* %509
	%511 = icmp sgt i32 %433, 6
	%512 = select i1 %511, i32 %510, i32 0
	%513 = add i32 %507, %512
	%514 = add i32 %508, %510
	%515 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%516 = load i32, i32 addrspace(3)* %515
	%517 = icmp sgt i32 %433, 7
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %513, %518
	%520 = add i32 %514, %516
	%521 = add i32 %519, %453
	%522 = sub i32 %521, %430
	%523 = icmp slt i32 %522, %355
	%524 = add i32 %522, %430
	%525 = icmp sle i32 %355, %524
	%526 = and i1 %523, %525
	br i1 %526, label %527, label %530

527:
	%528 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %428, i32 addrspace(3)* %528
	%529 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %522, i32 addrspace(3)* %529
	br label %530

530:
	call void @llvm.nvvm.barrier0()
	%531 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%532 = load i32, i32 addrspace(3)* %531
	%533 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%534 = load i32, i32 addrspace(3)* %533
	%535 = sub i32 %355, %534
	%536 = shl i32 %532, 24
	%537 = or i32 0, %536
	%538 = or i32 0, u0xFF000000
	br label %539

539:
	%540 = phi i32 [ %0, %530 ], [ %589, %588 ]
	%541 = icmp slt i32 %540, %16
	br i1 %541, label %542, label %552

542:
	%543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %540
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp uge i32 %544, 2
	%546 = and i32 %544, %538
	%547 = icmp eq i32 %546, %537
	%548 = and i1 %545, %547
	%549 = lshr i32 %544, 16
	%550 = and i32 %549, 255
	%551 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %548)
	br i1 %551, label %580, label %588

552:
	call void @llvm.nvvm.barrier0()
	%553 = sub i32 255, %0
	%554 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %553
	%555 = load i32, i32 addrspace(3)* %554
	%556 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %556
	%557 = and i32 %0, 31
	%558 = lshr i32 %0, 5
	%559 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %555, i32 1, i32 0)
	%560 = icmp uge i32 %557, 1
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %555, %561
	%563 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %562, i32 2, i32 0)
	%564 = icmp uge i32 %557, 2
	%565 = select i1 %564, i32 %563, i32 0
	%566 = add i32 %562, %565
	%567 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %566, i32 4, i32 0)
	%568 = icmp uge i32 %557, 4
	%569 = select i1 %568, i32 %567, i32 0
	%570 = add i32 %566, %569
	%571 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %570, i32 8, i32 0)
	%572 = icmp uge i32 %557, 8
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %570, %573
	%575 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %574, i32 16, i32 0)
	%576 = icmp uge i32 %557, 16
	%577 = select i1 %576, i32 %575, i32 0
	%578 = add i32 %574, %577
	%579 = icmp eq i32 %557, 31
	br i1 %579, label %595, label %597

580:
	%581 = select i1 %548, i32 %550, i32 256
	%582 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %581)
	%583 = shl i32 1, %3
	%584 = sub i32 %583, 1
	%585 = and i32 %582, %584
	%586 = icmp eq i32 %585, 0
	%587 = and i1 %548, %586
	br i1 %587, label %590, label %594

588:
	%589 = add i32 %540, 256
	br label %539

590:
	%591 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %550
	%592 = call i32 @llvm.ctpop.i32(i32 %582)
	%593 = atomicrmw add i32 addrspace(3)* %591, i32 %592 monotonic
	br label %594

594:
	br label %588

595:
	%596 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %558
	store i32 %578, i32 addrspace(3)* %596
	br label %597

597:
	call void @llvm.nvvm.barrier0()
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%599 = load i32, i32 addrspace(3)* %598
	%600 = icmp sgt i32 %558, 0
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 0, %601
	%603 = add i32 0, %599
	%604 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%605 = load i32, i32 addrspace(3)* %604
	%606 = icmp sgt i32 %558, 1
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %602, %607
	%609 = add i32 %603, %605
	%610 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp sgt i32 %558, 2
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %608, %613
	%615 = add i32 %609, %611
	%616 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%617 = load i32, i32 addrspace(3)* %616
	%618 = icmp sgt i32 %558, 3
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %614, %619
	%621 = add i32 %615, %617
	%622 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%623 = load i32, i32 addrspace(3)* %622
	%624 = icmp sgt i32 %558, 4
	%625 = select i1 %624, i32 %623, i32 0
	%626 = add i32 %620, %625
	%627 = add i32 %621, %623
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%629 = load i32, i32 addrspace(3)* %628
	%630 = icmp sgt i32 %558, 5
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %626, %631
	%633 = add i32 %627, %629
	%634 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%635 = load i32, i32 addrspace(3)* %634
	%636 = icmp sgt i32 %558, 6
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %632, %637
	%639 = add i32 %633, %635
	%640 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%641 = load i32, i32 addrspace(3)* %640
	%642 = icmp sgt i32 %558, 7
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %638, %643
	%645 = add i32 %639, %641
	%646 = add i32 %644, %578
	%647 = sub i32 %646, %555
	%648 = icmp slt i32 %647, %535
	%649 = add i32 %647, %555
	%650 = icmp sle i32 %535, %649
	%651 = and i1 %648, %650
	br i1 %651, label %652, label %655

652:
	%653 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %553, i32 addrspace(3)* %653
	%654 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %647, i32 addrspace(3)* %654
	br label %655

655:
	call void @llvm.nvvm.barrier0()
	%656 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%657 = load i32, i32 addrspace(3)* %656
	%658 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%659 = load i32, i32 addrspace(3)* %658
	%660 = sub i32 %535, %659
	%661 = shl i32 %657, 16
	%662 = or i32 %537, %661
	%663 = or i32 %538, u0xFF0000
	br label %664

664:
	%665 = phi i32 [ %0, %655 ], [ %714, %713 ]
	%666 = icmp slt i32 %665, %16
	br i1 %666, label %667, label %677

667:
	%668 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %665
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp uge i32 %669, 2
	%671 = and i32 %669, %663
	%672 = icmp eq i32 %671, %662
	%673 = and i1 %670, %672
	%674 = lshr i32 %669, 8
	%675 = and i32 %674, 255
	%676 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %673)
	br i1 %676, label %705, label %713

677:
	call void @llvm.nvvm.barrier0()
	%678 = sub i32 255, %0
	%679 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %678
	%680 = load i32, i32 addrspace(3)* %679
	%681 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %681
	%682 = and i32 %0, 31
	%683 = lshr i32 %0, 5
	%684 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %680, i32 1, i32 0)
	%685 = icmp uge i32 %682, 1
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %680, %686
	%688 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %687, i32 2, i32 0)
	%689 = icmp uge i32 %682, 2
	%690 = select i1 %689, i32 %688, i32 0
	%691 = add i32 %687, %690
	%692 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %691, i32 4, i32 0)
	%693 = icmp uge i32 %682, 4
	%694 = select i1 %693, i32 %692, i32 0
	%695 = add i32 %691, %694
	%696 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %695, i32 8, i32 0)
	%697 = icmp uge i32 %682, 8
	%698 = select i1 %697, i32 %696, i32 0
	%699 = add i32 %695, %698
	%700 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %699, i32 16, i32 0)
	%701 = icmp uge i32 %682, 16
	%702 = select i1 %701, i32 %700, i32 0
	%703 = add i32 %699, %702
	%704 = icmp eq i32 %682, 31
	br i1 %704, label %720, label %722

705:
	%706 = select i1 %673, i32 %675, i32 256
	%707 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %706)
	%708 = shl i32 1, %3
	%709 = sub i32 %708, 1
	%710 = and i32 %707, %709
	%711 = icmp eq i32 %710, 0
	%712 = and i1 %673, %711
	br i1 %712, label %715, label %719

713:
	%714 = add i32 %665, 256
	br label %664

715:
	%716 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %675
	%717 = call i32 @llvm.ctpop.i32(i32 %707)
	%718 = atomicrmw add i32 addrspace(3)* %716, i32 %717 monotonic
	br label %719

719:
	br label %713

720:
	%721 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %683
	store i32 %703, i32 addrspace(3)* %721
	br label %722

722:
	call void @llvm.nvvm.barrier0()
	%723 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%724 = load i32, i32 addrspace(3)* %723
	%725 = icmp sgt i32 %683, 0
	%726 = select i1 %725, i32 %724, i32 0
	%727 = add i32 0, %726
	%728 = add i32 0, %724
	%729 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%730 = load i32, i32 addrspace(3)* %729
	%731 = icmp sgt i32 %683, 1
	%732 = select i1 %731, i32 %730, i32 0
	%733 = add i32 %727, %732
	%734 = add i32 %728, %730
	%735 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%736 = load i32, i32 addrspace(3)* %735
	%737 = icmp sgt i32 %683, 2
	%738 = select i1 %737, i32 %736, i32 0
	%739 = add i32 %733, %738
	%740 = add i32 %734, %736
	%741 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%742 = load i32, i32 addrspace(3)* %741
	%743 = icmp sgt i32 %683, 3
	%744 = select i1 %743, i32 %742, i32 0
	%745 = add i32 %739, %744
	%746 = add i32 %740, %742
	%747 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%748 = load i32, i32 addrspace(3)* %747
	%749 = icmp sgt i32 %683, 4
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %745, %750
	%752 = add i32 %746, %748
	%753 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%754 = load i32, i32 addrspace(3)* %753
	%755 = icmp sgt i32 %683, 5
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %751, %756
	%758 = add i32 %752, %754
	%759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%760 = load i32, i32 addrspace(3)* %759
	%761 = icmp sgt i32 %683, 6
	%762 = select i1 %761, i32 %760, i32 0
	%763 = add i32 %757, %762
	%764 = add i32 %758, %760
	%765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%766 = load i32, i32 addrspace(3)* %765
	%767 = icmp sgt i32 %683, 7
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %763, %768
	%770 = add i32 %764, %766
	%771 = add i32 %769, %703
	%772 = sub i32 %771, %680
	%773 = icmp slt i32 %772, %660
	%774 = add i32 %772, %680
	%775 = icmp sle i32 %660, %774
	%776 = and i1 %773, %775
	br i1 %776, label %777, label %780

777:
	%778 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %678, i32 addrspace(3)* %778
	%779 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %772, i32 addrspace(3)* %779
	br label %780

780:
	call void @llvm.nvvm.barrier0()
	%781 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%782 = load i32, i32 addrspace(3)* %781
	%783 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%784 = load i32, i32 addrspace(3)* %783
	%785 = sub i32 %660, %784
	%786 = shl i32 %782, 8
	%787 = or i32 %662, %786
	%788 = or i32 %663, u0xFF00
	br label %789

789:
	%790 = phi i32 [ %0, %780 ], [ %839, %838 ]
	%791 = icmp slt i32 %790, %16
	br i1 %791, label %792, label %802

792:
	%793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %790
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp uge i32 %794, 2
	%796 = and i32 %794, %788
	%797 = icmp eq i32 %796, %787
	%798 = and i1 %795, %797
	%799 = lshr i32 %794, 0
	%800 = and i32 %799, 255
	%801 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %798)
	br i1 %801, label %830, label %838

802:
	call void @llvm.nvvm.barrier0()
	%803 = sub i32 255, %0
	%804 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %803
	%805 = load i32, i32 addrspace(3)* %804
	%806 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %806
	%807 = and i32 %0, 31
	%808 = lshr i32 %0, 5
	%809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %805, i32 1, i32 0)
	%810 = icmp uge i32 %807, 1
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %805, %811
	%813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %812, i32 2, i32 0)
	%814 = icmp uge i32 %807, 2
	%815 = select i1 %814, i32 %813, i32 0
	%816 = add i32 %812, %815
	%817 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %816, i32 4, i32 0)
	%818 = icmp uge i32 %807, 4
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %816, %819
	%821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %820, i32 8, i32 0)
	%822 = icmp uge i32 %807, 8
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %820, %823
	%825 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %824, i32 16, i32 0)
	%826 = icmp uge i32 %807, 16
	%827 = select i1 %826, i32 %825, i32 0
	%828 = add i32 %824, %827
	%829 = icmp eq i32 %807, 31
	br i1 %829, label %845, label %847

830:
	%831 = select i1 %798, i32 %800, i32 256
	%832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %831)
	%833 = shl i32 1, %3
	%834 = sub i32 %833, 1
	%835 = and i32 %832, %834
	%836 = icmp eq i32 %835, 0
	%837 = and i1 %798, %836
	br i1 %837, label %840, label %844

838:
	%839 = add i32 %790, 256
	br label %789

840:
	%841 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %800
	%842 = call i32 @llvm.ctpop.i32(i32 %832)
	%843 = atomicrmw add i32 addrspace(3)* %841, i32 %842 monotonic
	br label %844

844:
	br label %838

845:
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %808
	store i32 %828, i32 addrspace(3)* %846
	br label %847

847:
	call void @llvm.nvvm.barrier0()
	%848 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%849 = load i32, i32 addrspace(3)* %848
	%850 = icmp sgt i32 %808, 0
	%851 = select i1 %850, i32 %849, i32 0
	%852 = add i32 0, %851
	%853 = add i32 0, %849
	%854 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp sgt i32 %808, 1
	%857 = select i1 %856, i32 %855, i32 0
	%858 = add i32 %852, %857
	%859 = add i32 %853, %855
	%860 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%861 = load i32, i32 addrspace(3)* %860
	%862 = icmp sgt i32 %808, 2
	%863 = select i1 %862, i32 %861, i32 0
	%864 = add i32 %858, %863
	%865 = add i32 %859, %861
	%866 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%867 = load i32, i32 addrspace(3)* %866
	%868 = icmp sgt i32 %808, 3
	%869 = select i1 %868, i32 %867, i32 0
	%870 = add i32 %864, %869
	%871 = add i32 %865, %867
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%873 = load i32, i32 addrspace(3)* %872
	%874 = icmp sgt i32 %808, 4
	%875 = select i1 %874, i32 %873, i32 0
	%876 = add i32 %870, %875
	%877 = add i32 %871, %873
	%878 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%879 = load i32, i32 addrspace(3)* %878
	%880 = icmp sgt i32 %808, 5
	%881 = select i1 %880, i32 %879, i32 0
	%882 = add i32 %876, %881
	%883 = add i32 %877, %879
	%884 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%885 = load i32, i32 addrspace(3)* %884
	%886 = icmp sgt i32 %808, 6
	%887 = select i1 %886, i32 %885, i32 0
	%888 = add i32 %882, %887
	%889 = add i32 %883, %885
	%890 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%891 = load i32, i32 addrspace(3)* %890
	%892 = icmp sgt i32 %808, 7
	%893 = select i1 %892, i32 %891, i32 0
	%894 = add i32 %888, %893
	%895 = add i32 %889, %891
	%896 = add i32 %894, %828
	%897 = sub i32 %896, %805
	%898 = icmp slt i32 %897, %785
	%899 = add i32 %897, %805
	%900 = icmp sle i32 %785, %899
	%901 = and i1 %898, %900
	br i1 %901, label %902, label %905

902:
	%903 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %803, i32 addrspace(3)* %903
	%904 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %897, i32 addrspace(3)* %904
	br label %905

905:
	call void @llvm.nvvm.barrier0()
	%906 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%907 = load i32, i32 addrspace(3)* %906
	%908 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%909 = load i32, i32 addrspace(3)* %908
	%910 = sub i32 %785, %909
	%911 = shl i32 %907, 0
	%912 = or i32 %787, %911
	%913 = or i32 %788, 255
	%914 = shl i32 1, %3
	%915 = sub i32 %914, 1
	br label %916

916:
	%917 = phi i32 [ 0, %905 ], [ %971, %970 ]
	%918 = icmp slt i32 %917, %16
	br i1 %918, label %919, label %928

919:
	%920 = add i32 %917, %0
	%921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %920
	%922 = load i32, i32 addrspace(3)* %921
	%923 = icmp ugt i32 %922, %912
	%924 = icmp eq i32 %922, %912
	%925 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %923)
	%926 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %924)
	%927 = icmp eq i32 %3, 0
	br i1 %927, label %962, label %970

928:
	call void @llvm.nvvm.barrier0()
	%929 = sdiv i32 %16, 256
	%930 = mul i32 %929, 8
	%931 = icmp slt i32 %0, %930
	%932 = select i1 %931, i32 %0, i32 0
	%933 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %932
	%934 = load i32, i32 addrspace(3)* %933
	%935 = select i1 %931, i32 %934, i32 0
	%936 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %932
	%937 = load i32, i32 addrspace(3)* %936
	%938 = select i1 %931, i32 %937, i32 0
	%939 = and i32 %0, 31
	%940 = lshr i32 %0, 5
	%941 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %938, i32 1, i32 0)
	%942 = icmp uge i32 %939, 1
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 %938, %943
	%945 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %944, i32 2, i32 0)
	%946 = icmp uge i32 %939, 2
	%947 = select i1 %946, i32 %945, i32 0
	%948 = add i32 %944, %947
	%949 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %948, i32 4, i32 0)
	%950 = icmp uge i32 %939, 4
	%951 = select i1 %950, i32 %949, i32 0
	%952 = add i32 %948, %951
	%953 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %952, i32 8, i32 0)
	%954 = icmp uge i32 %939, 8
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %952, %955
	%957 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %956, i32 16, i32 0)
	%958 = icmp uge i32 %939, 16
	%959 = select i1 %958, i32 %957, i32 0
	%960 = add i32 %956, %959
	%961 = icmp eq i32 %939, 31
	br i1 %961, label %972, label %974

962:
	%963 = sdiv i32 %917, 256
	%964 = mul i32 %963, 8
	%965 = add i32 %964, %4
	%966 = call i32 @llvm.ctpop.i32(i32 %925)
	%967 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %965
	store i32 %966, i32 addrspace(3)* %967
	%968 = call i32 @llvm.ctpop.i32(i32 %926)
	%969 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %965
	store i32 %968, i32 addrspace(3)* %969
	br label %970

970:
	%971 = add i32 %917, 256
	br label %916

972:
	%973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %940
	store i32 %960, i32 addrspace(3)* %973
	br label %974

974:
	call void @llvm.nvvm.barrier0()
	%975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%976 = load i32, i32 addrspace(3)* %975
	%977 = icmp sgt i32 %940, 0
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 0, %978
	%980 = add i32 0, %976
	%981 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%982 = load i32, i32 addrspace(3)* %981
	%983 = icmp sgt i32 %940, 1
	%984 = select i1 %983, i32 %982, i32 0
	%985 = add i32 %979, %984
	%986 = add i32 %980, %982
	%987 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%988 = load i32, i32 addrspace(3)* %987
	%989 = icmp sgt i32 %940, 2
	%990 = select i1 %989, i32 %988, i32 0
	%991 = add i32 %985, %990
	%992 = add i32 %986, %988
	%993 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%994 = load i32, i32 addrspace(3)* %993
	%995 = icmp sgt i32 %940, 3
	%996 = select i1 %995, i32 %994, i32 0
	%997 = add i32 %991, %996
	%998 = add i32 %992, %994
	%999 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1000 = load i32, i32 addrspace(3)* %999
	%1001 = icmp sgt i32 %940, 4
	%1002 = select i1 %1001, i32 %1000, i32 0
	%1003 = add i32 %997, %1002
	%1004 = add i32 %998, %1000
	%1005 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1006 = load i32, i32 addrspace(3)* %1005
	%1007 = icmp sgt i32 %940, 5
	%1008 = select i1 %1007, i32 %1006, i32 0
	%1009 = add i32 %1003, %1008
	%1010 = add i32 %1004, %1006
	%1011 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1012 = load i32, i32 addrspace(3)* %1011
	%1013 = icmp sgt i32 %940, 6
	%1014 = select i1 %1013, i32 %1012, i32 0
	%1015 = add i32 %1009, %1014
	%1016 = add i32 %1010, %1012
	%1017 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1018 = load i32, i32 addrspace(3)* %1017
	%1019 = icmp sgt i32 %940, 7
	%1020 = select i1 %1019, i32 %1018, i32 0
	%1021 = add i32 %1015, %1020
	%1022 = add i32 %1016, %1018
	%1023 = add i32 %1021, %960
	%1024 = sub i32 %1023, %938
	%1025 = sub i32 %910, %1024
	%1026 = icmp sgt i32 %1025, 0
	%1027 = select i1 %1026, i32 %1025, i32 0
	%1028 = icmp slt i32 %1027, %938
	%1029 = select i1 %1028, i32 %1027, i32 %938
	%1030 = add i32 %935, %1029
	%1031 = and i32 %0, 31
	%1032 = lshr i32 %0, 5
	%1033 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1030, i32 1, i32 0)
	%1034 = icmp uge i32 %1031, 1
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = add i32 %1030, %1035
	%1037 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1036, i32 2, i32 0)
	%1038 = icmp uge i32 %1031, 2
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = add i32 %1036, %1039
	%1041 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1040, i32 4, i32 0)
	%1042 = icmp uge i32 %1031, 4
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = add i32 %1040, %1043
	%1045 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1044, i32 8, i32 0)
	%1046 = icmp uge i32 %1031, 8
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = add i32 %1044, %1047
	%1049 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1048, i32 16, i32 0)
	%1050 = icmp uge i32 %1031, 16
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = add i32 %1048, %1051
	%1053 = icmp eq i32 %1031, 31
	br i1 %1053, label %1054, label %1056

1054:
	%1055 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1032
	store i32 %1052, i32 addrspace(3)* %1055
	br label %1056

1056:
	call void @llvm.nvvm.barrier0()
	%1057 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = icmp sgt i32 %1032, 0
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 0, %1060
	%1062 = add i32 0, %1058
	%1063 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1064 = load i32, i32 addrspace(3)* %1063
	%1065 = icmp sgt i32 %1032, 1
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = add i32 %1061, %1066
	%1068 = add i32 %1062, %1064
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %1032, 2
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = add i32 %1068, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %1032, 3
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1082 = load i32, i32 addrspace(3)* %1081
	%1083 = icmp sgt i32 %1032, 4
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = add i32 %1079, %1084
	%1086 = add i32 %1080, %1082
	%1087 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1088 = load i32, i32 addrspace(3)* %1087
	%1089 = icmp sgt i32 %1032, 5
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = add i32 %1085, %1090
	%1092 = add i32 %1086, %1088
	%1093 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1094 = load i32, i32 addrspace(3)* %1093
	%1095 = icmp sgt i32 %1032, 6
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = add i32 %1091, %1096
	%1098 = add i32 %1092, %1094
	%1099 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1100 = load i32, i32 addrspace(3)* %1099
	%1101 = icmp sgt i32 %1032, 7
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1097, %1102
	%1104 = add i32 %1098, %1100
	%1105 = add i32 %1103, %1052
	%1106 = sub i32 %1105, %1030
	br i1 %931, label %1107, label %1110

1107:
	%1108 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1106, i32 addrspace(3)* %1108
	%1109 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1024, i32 addrspace(3)* %1109
	br label %1110

1110:
	call void @llvm.nvvm.barrier0()
	br label %1111

1111:
	%1112 = phi i32 [ 0, %1110 ], [ %1144, %1143 ]
	%1113 = icmp slt i32 %1112, %16
	br i1 %1113, label %1114, label %1139

1114:
	%1115 = add i32 %1112, %0
	%1116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1115
	%1117 = load i32, i32 addrspace(3)* %1116
	%1118 = icmp ugt i32 %1117, %912
	%1119 = icmp eq i32 %1117, %912
	%1120 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1118)
	%1121 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1119)
	%1122 = sdiv i32 %1112, 256
	%1123 = mul i32 %1122, 8
	%1124 = add i32 %1123, %4
	%1125 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1124
	%1126 = load i32, i32 addrspace(3)* %1125
	%1127 = and i32 %1121, %915
	%1128 = call i32 @llvm.ctpop.i32(i32 %1127)
	%1129 = add i32 %1126, %1128
	%1130 = icmp slt i32 %1129, %910
	%1131 = and i1 %1119, %1130
	%1132 = or i1 %1118, %1131
	%1133 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1132)
	%1134 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1124
	%1135 = load i32, i32 addrspace(3)* %1134
	%1136 = and i32 %1133, %915
	%1137 = call i32 @llvm.ctpop.i32(i32 %1136)
	%1138 = add i32 %1135, %1137
	br i1 %1132, label %1140, label %1143

1139:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1140:
	%1141 = add i32 %1112, %0
	%1142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1138
	store i32 %1141, i32 addrspace(3)* %1142
	br label %1143

1143:
	%1144 = add i32 %1112, 256
	br label %1111

write_rank:
	br i1 %412, label %1244, label %1250

write_sort:
	%1145 = sub i32 %355, 1
	%1146 = call i32 @llvm.ctlz.i32(i32 %1145, i1 false)
	%1147 = icmp sgt i32 %355, 1
	%1148 = sub i32 32, %1146
	%1149 = select i1 %1147, i32 %1148, i32 0
	%1150 = shl i32 1, %1149
	%1151 = add i32 %355, %0
	br label %1162

write_done:
	%1152 = add i32 %342, %355
	%1153 = icmp sle i32 %M, 16
	%1154 = add i32 %1152, 1
	%1155 = add i32 %342, %355
	%1156 = icmp sgt i32 %1154, %1155
	%1157 = select i1 %1156, i32 %1154, i32 %1155
	%1158 = icmp slt i32 %1157, %NK
	%1159 = select i1 %1158, i32 %1157, i32 %NK
	%1160 = select i1 %1153, i32 %NK, i32 %1159
	%1161 = add i32 %1152, %0
	br label %1283

1162:
	%1163 = phi i32 [ %1151, %write_sort ], [ %1167, %1165 ]
	%1164 = icmp slt i32 %1163, %1150
	br i1 %1164, label %1165, label %1168

1165:
	%1166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1163
	store i32 -1, i32 addrspace(3)* %1166
	%1167 = add i32 %1163, 256
	br label %1162

1168:
	call void @llvm.nvvm.barrier0()
	%1169 = add i32 %1149, 1
	br label %1170

1170:
	%1171 = phi i32 [ 1, %1168 ], [ %1187, %1186 ]
	%1172 = icmp slt i32 %1171, %1169
	br i1 %1172, label %1173, label %1175

1173:
	%1174 = shl i32 1, %1171
	br label %1176

1175:
	br label %1228

1176:
	%1177 = phi i32 [ 0, %1173 ], [ %1222, %1221 ]
	%1178 = icmp slt i32 %1177, %1171
	br i1 %1178, label %1179, label %1186

1179:
	%1180 = sub i32 %1171, 1
	%1181 = sub i32 %1180, %1177
	%1182 = shl i32 1, %1181
	%1183 = sub i32 %1171, 1
	%1184 = sub i32 %1183, %1177
	%1185 = lshr i32 %1150, 1
	br label %1188

1186:
	%1187 = add i32 %1171, 1
	br label %1170

1188:
	%1189 = phi i32 [ %0, %1179 ], [ %1227, %1226 ]
	%1190 = icmp slt i32 %1189, %1185
	br i1 %1190, label %1191, label %1221

1191:
	%1192 = lshr i32 %1189, %1184
	%1193 = add i32 %1184, 1
	%1194 = shl i32 %1192, %1193
	%1195 = sub i32 %1182, 1
	%1196 = and i32 %1189, %1195
	%1197 = or i32 %1194, %1196
	%1198 = or i32 %1197, %1182
	%1199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1197
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1198
	%1202 = load i32, i32 addrspace(3)* %1201
	%1203 = and i32 %1197, %1174
	%1204 = icmp eq i32 %1203, 0
	%1205 = icmp sge i32 %1202, 0
	%1206 = select i1 %1205, i32 %1202, i32 0
	%1207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1206
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = select i1 %1205, i32 %1208, i32 0
	%1210 = icmp sge i32 %1200, 0
	%1211 = select i1 %1210, i32 %1200, i32 0
	%1212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1211
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = select i1 %1210, i32 %1213, i32 0
	%1215 = icmp ugt i32 %1209, %1214
	%1216 = icmp eq i32 %1209, %1214
	%1217 = icmp slt i32 %1202, %1200
	%1218 = and i1 %1216, %1217
	%1219 = or i1 %1215, %1218
	%1220 = icmp eq i1 %1219, %1204
	br i1 %1220, label %1223, label %1226

1221:
	call void @llvm.nvvm.barrier0()
	%1222 = add i32 %1177, 1
	br label %1176

1223:
	%1224 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1197
	store i32 %1202, i32 addrspace(3)* %1224
	%1225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1198
	store i32 %1200, i32 addrspace(3)* %1225
	br label %1226

1226:
	%1227 = add i32 %1189, 256
	br label %1188

1228:
	%1229 = phi i32 [ %0, %1175 ], [ %1242, %1231 ]
	%1230 = icmp slt i32 %1229, %355
	br i1 %1230, label %1231, label %1243

1231:
	%1232 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1229
	%1233 = load i32, i32 addrspace(3)* %1232
	%1234 = add i32 %342, %1229
	%1235 = add i32 %13, %1234
	%1236 = sext i32 %1235 to i64
	%1237 = getelementptr i32, i32* %list, i64 %1236
	store i32 %1233, i32* %1237
	%1238 = add i32 %13, %NK
	%1239 = add i32 %1238, %1234
	%1240 = sext i32 %1239 to i64
	%1241 = getelementptr i32, i32* %list, i64 %1240
	store i32 0, i32* %1241
	%1242 = add i32 %1229, 256
	br label %1228

1243:
	br label %write_done

1244:
	%1245 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1246 = load i32, i32 addrspace(3)* %1245
	%1247 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1246
	%1248 = load i32, i32 addrspace(3)* %1247
	%1249 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1248, i32 addrspace(3)* %1249
	br label %1250

1250:
	call void @llvm.nvvm.barrier0()
	br i1 %412, label %1251, label %1256

1251:
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1253 = load i32, i32 addrspace(3)* %1252
	%1254 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1255 = load i32, i32 addrspace(3)* %1254
	br label %1257

1256:
	br label %write_done

1257:
	%1258 = phi i32 [ 0, %1251 ], [ %1273, %1261 ]
	%1259 = phi i32 [ 0, %1251 ], [ %1272, %1261 ]
	%1260 = icmp slt i32 %1258, %355
	br i1 %1260, label %1261, label %1274

1261:
	%1262 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1258
	%1263 = load i32, i32 addrspace(3)* %1262
	%1264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1258
	%1265 = load i32, i32 addrspace(3)* %1264
	%1266 = icmp ugt i32 %1263, %1255
	%1267 = icmp eq i32 %1263, %1255
	%1268 = icmp slt i32 %1265, %1253
	%1269 = and i1 %1267, %1268
	%1270 = or i1 %1266, %1269
	%1271 = zext i1 %1270 to i32
	%1272 = add i32 %1259, %1271
	%1273 = add i32 %1258, 1
	br label %1257

1274:
	%1275 = add i32 %342, %1259
	%1276 = add i32 %13, %1275
	%1277 = sext i32 %1276 to i64
	%1278 = getelementptr i32, i32* %list, i64 %1277
	store i32 %1253, i32* %1278
	%1279 = add i32 %13, %NK
	%1280 = add i32 %1279, %1275
	%1281 = sext i32 %1280 to i64
	%1282 = getelementptr i32, i32* %list, i64 %1281
	store i32 0, i32* %1282
	br label %1256

1283:
	%1284 = phi i32 [ %1161, %write_done ], [ %1294, %1286 ]
	%1285 = icmp slt i32 %1284, %1160
	br i1 %1285, label %1286, label %1295

1286:
	%1287 = add i32 %13, %1284
	%1288 = sext i32 %1287 to i64
	%1289 = getelementptr i32, i32* %list, i64 %1288
	store i32 -1, i32* %1289
	%1290 = add i32 %13, %NK
	%1291 = add i32 %1290, %1284
	%1292 = sext i32 %1291 to i64
	%1293 = getelementptr i32, i32* %list, i64 %1292
	store i32 -1, i32* %1293
	%1294 = add i32 %1284, 256
	br label %1283

1295:
	ret void
}
