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
	%249 = sub i32 64, 1
	%250 = add i32 %248, %249
	%251 = sdiv i32 %250, 64
	%252 = sub i32 0, %251
	%253 = sdiv i32 %240, 64
	%254 = select i1 %247, i32 %252, i32 %253
	%255 = icmp slt i32 %246, 0
	%256 = sub i32 0, %246
	%257 = sub i32 64, 1
	%258 = add i32 %256, %257
	%259 = sdiv i32 %258, 64
	%260 = sub i32 0, %259
	%261 = sdiv i32 %246, 64
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
	br i1 %339, label %355, label %363

340:
	call void @llvm.nvvm.barrier0()
	%341 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%342 = load i32, i32 addrspace(3)* %341
	%343 = sub i32 %334, %342
	%344 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%345 = load double, double addrspace(3)* %344
	%346 = fsub double 0x3FEE666666666666, %345
	%347 = fmul double %346, 262144.0
	%348 = call double @llvm.ceil.f64(double %347)
	%349 = call double @llvm.maxnum.f64(double %348, double 0.0)
	%350 = call double @llvm.minnum.f64(double %349, double 1.073741824e+09)
	%351 = fptosi double %350 to i32
	%352 = add i32 %351, 1
	call void @llvm.nvvm.barrier0()
	%353 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %353
	%354 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %354
	call void @llvm.nvvm.barrier0()
	br label %409

355:
	%356 = add i32 %13, 0
	%357 = sext i32 %356 to i64
	%358 = getelementptr i32, i32* %list, i64 %357
	store i32 0, i32* %358
	%359 = add i32 %13, %NK
	%360 = add i32 %359, 0
	%361 = sext i32 %360 to i64
	%362 = getelementptr i32, i32* %list, i64 %361
	store i32 1, i32* %362
	br label %363

363:
	%364 = add i32 %11, 0
	%365 = sext i32 %364 to i64
	%366 = getelementptr float, float* %e, i64 %365
	%367 = load float, float* %366
	%368 = add i32 0, 1
	%369 = select i1 %339, i32 %368, i32 0
	%370 = fpext float %367 to double
	%371 = fadd double 0.0, %370
	%372 = select i1 %339, double %371, double 0.0
	%373 = icmp sgt i32 %254, 1
	%374 = select i1 %373, i32 %254, i32 1
	%375 = add i32 %262, 1
	%376 = icmp slt i32 %375, %NK
	%377 = select i1 %376, i32 %375, i32 %NK
	br label %378

378:
	%379 = phi i32 [ %374, %363 ], [ %408, %398 ]
	%380 = phi i32 [ %369, %363 ], [ %404, %398 ]
	%381 = phi double [ %372, %363 ], [ %407, %398 ]
	%382 = icmp slt i32 %379, %377
	br i1 %382, label %383, label %387

383:
	%384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %379
	%385 = load i32, i32 addrspace(3)* %384
	%386 = icmp eq i32 %385, 1
	br i1 %386, label %390, label %398

387:
	%388 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %380, i32 addrspace(3)* %388
	%389 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %381, double addrspace(3)* %389
	br label %340

390:
	%391 = add i32 %13, %380
	%392 = sext i32 %391 to i64
	%393 = getelementptr i32, i32* %list, i64 %392
	store i32 %379, i32* %393
	%394 = add i32 %13, %NK
	%395 = add i32 %394, %380
	%396 = sext i32 %395 to i64
	%397 = getelementptr i32, i32* %list, i64 %396
	store i32 1, i32* %397
	br label %398

398:
	%399 = add i32 %11, %379
	%400 = sext i32 %399 to i64
	%401 = getelementptr float, float* %e, i64 %400
	%402 = load float, float* %401
	%403 = add i32 %380, 1
	%404 = select i1 %386, i32 %403, i32 %380
	%405 = fpext float %402 to double
	%406 = fadd double %381, %405
	%407 = select i1 %386, double %406, double %381
	%408 = add i32 %379, 1
	br label %378

409:
	%410 = phi i32 [ %0, %340 ], [ %479, %478 ]
	%411 = icmp slt i32 %410, %16
	br i1 %411, label %412, label %422

412:
	%413 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %410
	%414 = load i32, i32 addrspace(3)* %413
	%415 = icmp uge i32 %414, 2
	%416 = and i32 %414, 0
	%417 = icmp eq i32 %416, 0
	%418 = and i1 %415, %417
	%419 = lshr i32 %414, 24
	%420 = and i32 %419, 255
	%421 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %418)
	br i1 %421, label %451, label %459

422:
	call void @llvm.nvvm.barrier0()
	%423 = sub i32 255, %0
	%424 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %423
	%425 = load i32, i32 addrspace(3)* %424
	%426 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %423
	%427 = load i32, i32 addrspace(3)* %426
	%428 = and i32 %0, 31
	%429 = lshr i32 %0, 5
	%430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %427, i32 1, i32 0)
	%431 = icmp uge i32 %428, 1
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %427, %432
	%434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %433, i32 2, i32 0)
	%435 = icmp uge i32 %428, 2
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %433, %436
	%438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %437, i32 4, i32 0)
	%439 = icmp uge i32 %428, 4
	%440 = select i1 %439, i32 %438, i32 0
	%441 = add i32 %437, %440
	%442 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %441, i32 8, i32 0)
	%443 = icmp uge i32 %428, 8
	%444 = select i1 %443, i32 %442, i32 0
	%445 = add i32 %441, %444
	%446 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %445, i32 16, i32 0)
	%447 = icmp uge i32 %428, 16
	%448 = select i1 %447, i32 %446, i32 0
	%449 = add i32 %445, %448
	%450 = icmp eq i32 %428, 31
	br i1 %450, label %480, label %482

451:
	%452 = select i1 %418, i32 %420, i32 256
	%453 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %452)
	%454 = shl i32 1, %3
	%455 = sub i32 %454, 1
	%456 = and i32 %453, %455
	%457 = icmp eq i32 %456, 0
	%458 = and i1 %418, %457
	br i1 %458, label %470, label %474

459:
	%460 = sub i32 %414, 2
	%461 = bitcast i32 %460 to float
	%462 = fcmp ogt float %461, 0.0
	%463 = select i1 %462, float %461, float 0.0
	%464 = fcmp olt float %463, 1.0
	%465 = select i1 %464, float %463, float 1.0
	%466 = fmul float %465, 262144.0
	%467 = fptosi float %466 to i32
	%468 = icmp sgt i32 %467, 0
	%469 = and i1 %418, %468
	br i1 %469, label %475, label %478

470:
	%471 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %420
	%472 = call i32 @llvm.ctpop.i32(i32 %453)
	%473 = atomicrmw add i32 addrspace(3)* %471, i32 %472 monotonic
	br label %474

474:
	br label %459

475:
	%476 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %420
	%477 = atomicrmw add i32 addrspace(3)* %476, i32 %467 monotonic
	br label %478

478:
	%479 = add i32 %410, 256
	br label %409

480:
	%481 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %429
	store i32 %449, i32 addrspace(3)* %481
	br label %482

482:
	call void @llvm.nvvm.barrier0()
	%483 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%484 = load i32, i32 addrspace(3)* %483
	%485 = icmp sgt i32 %429, 0
	%486 = select i1 %485, i32 %484, i32 0
	%487 = add i32 0, %486
	%488 = add i32 0, %484
	%489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%490 = load i32, i32 addrspace(3)* %489
	%491 = icmp sgt i32 %429, 1
	%492 = select i1 %491, i32 %490, i32 0
	%493 = add i32 %487, %492
	%494 = add i32 %488, %490
	%495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%496 = load i32, i32 addrspace(3)* %495
	%497 = icmp sgt i32 %429, 2
	%498 = select i1 %497, i32 %496, i32 0
	%499 = add i32 %493, %498
	%500 = add i32 %494, %496
	%501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%502 = load i32, i32 addrspace(3)* %501
	%503 = icmp sgt i32 %429, 3
	%504 = select i1 %503, i32 %502, i32 0
	%505 = add i32 %499, %504
	%506 = add i32 %500, %502
	%507 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%508 = load i32, i32 addrspace(3)* %507
	%509 = icmp sgt i32 %429, 4
	%510 = select i1 %509, i32 %508, i32 0
	%511 = add i32 %505, %510
	%512 = add i32 %506, %508
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%514 = load i32, i32 addrspace(3)* %513
	%515 = icmp sgt i32 %429, 5
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 %511, %516
	%518 = add i32 %512, %514
	%519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%520 = load i32, i32 addrspace(3)* %519
	%521 = icmp sgt i32 %429, 6
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %517, %522
	%524 = add i32 %518, %520
	%525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%526 = load i32, i32 addrspace(3)* %525
	%527 = icmp sgt i32 %429, 7
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = add i32 %524, %526
	%531 = add i32 %529, %449
	%532 = sub i32 %531, %427
	%533 = and i32 %0, 31
	%534 = lshr i32 %0, 5
	%535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %425, i32 1, i32 0)
	%536 = icmp uge i32 %533, 1
	%537 = select i1 %536, i32 %535, i32 0
	%538 = add i32 %425, %537
	%539 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %538, i32 2, i32 0)
	%540 = icmp uge i32 %533, 2
	%541 = select i1 %540, i32 %539, i32 0
	%542 = add i32 %538, %541
	%543 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %542, i32 4, i32 0)
	%544 = icmp uge i32 %533, 4
	%545 = select i1 %544, i32 %543, i32 0
	%546 = add i32 %542, %545
	%547 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %546, i32 8, i32 0)
	%548 = icmp uge i32 %533, 8
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %546, %549
	%551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %550, i32 16, i32 0)
	%552 = icmp uge i32 %533, 16
	%553 = select i1 %552, i32 %551, i32 0
	%554 = add i32 %550, %553
	%555 = icmp eq i32 %533, 31
	br i1 %555, label %556, label %558

556:
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %534
	store i32 %554, i32 addrspace(3)* %557
	br label %558

558:
	call void @llvm.nvvm.barrier0()
	%559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%560 = load i32, i32 addrspace(3)* %559
	%561 = icmp sgt i32 %534, 0
	%562 = select i1 %561, i32 %560, i32 0
	%563 = add i32 0, %562
	%564 = add i32 0, %560
	%565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%566 = load i32, i32 addrspace(3)* %565
	%567 = icmp sgt i32 %534, 1
	%568 = select i1 %567, i32 %566, i32 0
	%569 = add i32 %563, %568
	%570 = add i32 %564, %566
	%571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%572 = load i32, i32 addrspace(3)* %571
	%573 = icmp sgt i32 %534, 2
	%574 = select i1 %573, i32 %572, i32 0
	%575 = add i32 %569, %574
	%576 = add i32 %570, %572
	%577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%578 = load i32, i32 addrspace(3)* %577
	%579 = icmp sgt i32 %534, 3
	%580 = select i1 %579, i32 %578, i32 0
	%581 = add i32 %575, %580
	%582 = add i32 %576, %578
	%583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%584 = load i32, i32 addrspace(3)* %583
	%585 = icmp sgt i32 %534, 4
	%586 = select i1 %585, i32 %584, i32 0
	%587 = add i32 %581, %586
	%588 = add i32 %582, %584
	%589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%590 = load i32, i32 addrspace(3)* %589
	%591 = icmp sgt i32 %534, 5
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %587, %592
	%594 = add i32 %588, %590
	%595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%596 = load i32, i32 addrspace(3)* %595
	%597 = icmp sgt i32 %534, 6
	%598 = select i1 %597, i32 %596, i32 0
	%599 = add i32 %593, %598
	%600 = add i32 %594, %596
	%601 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%602 = load i32, i32 addrspace(3)* %601
	%603 = icmp sgt i32 %534, 7
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %599, %604
	%606 = add i32 %600, %602
	%607 = add i32 %605, %554
	%608 = sub i32 %607, %425
	%609 = icmp slt i32 %532, %352
	%610 = add i32 %532, %427
	%611 = icmp sle i32 %352, %610
	%612 = and i1 %609, %611
	%613 = icmp slt i32 %530, %352
	%614 = icmp eq i32 %0, 0
	%615 = and i1 %613, %614
	%616 = or i1 %612, %615
	br i1 %616, label %617, label %623

617:
	%618 = select i1 %613, i32 0, i32 %423
	%619 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %618, i32 addrspace(3)* %619
	%620 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %532, i32 addrspace(3)* %620
	%621 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %608, i32 addrspace(3)* %621
	%622 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %425, i32 addrspace(3)* %622
	br label %623

623:
	call void @llvm.nvvm.barrier0()
	%624 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%625 = load i32, i32 addrspace(3)* %624
	%626 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%627 = load i32, i32 addrspace(3)* %626
	%628 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%629 = load i32, i32 addrspace(3)* %628
	%630 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%631 = load i32, i32 addrspace(3)* %630
	%632 = shl i32 %625, 24
	%633 = or i32 0, %632
	%634 = sub i32 %352, %627
	%635 = add i32 0, %629
	%636 = or i1 false, %613
	%637 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%638 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %638
	%639 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %639
	call void @llvm.nvvm.barrier0()
	br label %640

640:
	%641 = phi i32 [ %0, %623 ], [ %710, %709 ]
	%642 = icmp slt i32 %641, %16
	br i1 %642, label %643, label %653

643:
	%644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %641
	%645 = load i32, i32 addrspace(3)* %644
	%646 = icmp uge i32 %645, 2
	%647 = and i32 %645, %637
	%648 = icmp eq i32 %647, %633
	%649 = and i1 %646, %648
	%650 = lshr i32 %645, 16
	%651 = and i32 %650, 255
	%652 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %649)
	br i1 %652, label %682, label %690

653:
	call void @llvm.nvvm.barrier0()
	%654 = sub i32 255, %0
	%655 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %654
	%656 = load i32, i32 addrspace(3)* %655
	%657 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %654
	%658 = load i32, i32 addrspace(3)* %657
	%659 = and i32 %0, 31
	%660 = lshr i32 %0, 5
	%661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %658, i32 1, i32 0)
	%662 = icmp uge i32 %659, 1
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %658, %663
	%665 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %664, i32 2, i32 0)
	%666 = icmp uge i32 %659, 2
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %664, %667
	%669 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %668, i32 4, i32 0)
	%670 = icmp uge i32 %659, 4
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %668, %671
	%673 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %672, i32 8, i32 0)
	%674 = icmp uge i32 %659, 8
	%675 = select i1 %674, i32 %673, i32 0
	%676 = add i32 %672, %675
	%677 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %676, i32 16, i32 0)
	%678 = icmp uge i32 %659, 16
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %676, %679
	%681 = icmp eq i32 %659, 31
	br i1 %681, label %711, label %713

682:
	%683 = select i1 %649, i32 %651, i32 256
	%684 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %683)
	%685 = shl i32 1, %3
	%686 = sub i32 %685, 1
	%687 = and i32 %684, %686
	%688 = icmp eq i32 %687, 0
	%689 = and i1 %649, %688
	br i1 %689, label %701, label %705

690:
	%691 = sub i32 %645, 2
	%692 = bitcast i32 %691 to float
	%693 = fcmp ogt float %692, 0.0
	%694 = select i1 %693, float %692, float 0.0
	%695 = fcmp olt float %694, 1.0
	%696 = select i1 %695, float %694, float 1.0
	%697 = fmul float %696, 262144.0
	%698 = fptosi float %697 to i32
	%699 = icmp sgt i32 %698, 0
	%700 = and i1 %649, %699
	br i1 %700, label %706, label %709

701:
	%702 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %651
	%703 = call i32 @llvm.ctpop.i32(i32 %684)
	%704 = atomicrmw add i32 addrspace(3)* %702, i32 %703 monotonic
	br label %705

705:
	br label %690

706:
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %651
	%708 = atomicrmw add i32 addrspace(3)* %707, i32 %698 monotonic
	br label %709

709:
	%710 = add i32 %641, 256
	br label %640

711:
	%712 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %660
	store i32 %680, i32 addrspace(3)* %712
	br label %713

713:
	call void @llvm.nvvm.barrier0()
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%715 = load i32, i32 addrspace(3)* %714
	%716 = icmp sgt i32 %660, 0
	%717 = select i1 %716, i32 %715, i32 0
	%718 = add i32 0, %717
	%719 = add i32 0, %715
	%720 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%721 = load i32, i32 addrspace(3)* %720
	%722 = icmp sgt i32 %660, 1
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %718, %723
	%725 = add i32 %719, %721
	%726 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%727 = load i32, i32 addrspace(3)* %726
	%728 = icmp sgt i32 %660, 2
	%729 = select i1 %728, i32 %727, i32 0
	%730 = add i32 %724, %729
	%731 = add i32 %725, %727
	%732 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%733 = load i32, i32 addrspace(3)* %732
	%734 = icmp sgt i32 %660, 3
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %730, %735
	%737 = add i32 %731, %733
	%738 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%739 = load i32, i32 addrspace(3)* %738
	%740 = icmp sgt i32 %660, 4
	%741 = select i1 %740, i32 %739, i32 0
	%742 = add i32 %736, %741
	%743 = add i32 %737, %739
	%744 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%745 = load i32, i32 addrspace(3)* %744
	%746 = icmp sgt i32 %660, 5
	%747 = select i1 %746, i32 %745, i32 0
	%748 = add i32 %742, %747
	%749 = add i32 %743, %745
	%750 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%751 = load i32, i32 addrspace(3)* %750
	%752 = icmp sgt i32 %660, 6
	%753 = select i1 %752, i32 %751, i32 0
	%754 = add i32 %748, %753
	%755 = add i32 %749, %751
	%756 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%757 = load i32, i32 addrspace(3)* %756
	%758 = icmp sgt i32 %660, 7
	%759 = select i1 %758, i32 %757, i32 0
	%760 = add i32 %754, %759
	%761 = add i32 %755, %757
	%762 = add i32 %760, %680
	%763 = sub i32 %762, %658
	%764 = and i32 %0, 31
	%765 = lshr i32 %0, 5
	%766 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %656, i32 1, i32 0)
	%767 = icmp uge i32 %764, 1
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %656, %768
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %769, i32 2, i32 0)
	%771 = icmp uge i32 %764, 2
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %769, %772
	%774 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %773, i32 4, i32 0)
	%775 = icmp uge i32 %764, 4
	%776 = select i1 %775, i32 %774, i32 0
	%777 = add i32 %773, %776
	%778 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %777, i32 8, i32 0)
	%779 = icmp uge i32 %764, 8
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %777, %780
	%782 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %781, i32 16, i32 0)
	%783 = icmp uge i32 %764, 16
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %781, %784
	%786 = icmp eq i32 %764, 31
	br i1 %786, label %787, label %789

787:
	%788 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %765
	store i32 %785, i32 addrspace(3)* %788
	br label %789

789:
	call void @llvm.nvvm.barrier0()
	%790 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%791 = load i32, i32 addrspace(3)* %790
	%792 = icmp sgt i32 %765, 0
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 0, %793
	%795 = add i32 0, %791
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%797 = load i32, i32 addrspace(3)* %796
	%798 = icmp sgt i32 %765, 1
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %794, %799
	%801 = add i32 %795, %797
	%802 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%803 = load i32, i32 addrspace(3)* %802
	%804 = icmp sgt i32 %765, 2
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %800, %805
	%807 = add i32 %801, %803
	%808 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%809 = load i32, i32 addrspace(3)* %808
	%810 = icmp sgt i32 %765, 3
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %806, %811
	%813 = add i32 %807, %809
	%814 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%815 = load i32, i32 addrspace(3)* %814
	%816 = icmp sgt i32 %765, 4
	%817 = select i1 %816, i32 %815, i32 0
	%818 = add i32 %812, %817
	%819 = add i32 %813, %815
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %765, 5
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %818, %823
	%825 = add i32 %819, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %765, 6
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp sgt i32 %765, 7
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %830, %835
	%837 = add i32 %831, %833
	%838 = add i32 %836, %785
	%839 = sub i32 %838, %656
	%840 = icmp slt i32 %763, %634
	%841 = add i32 %763, %658
	%842 = icmp sle i32 %634, %841
	%843 = and i1 %840, %842
	%844 = icmp slt i32 %761, %634
	%845 = icmp eq i32 %0, 0
	%846 = and i1 %844, %845
	%847 = or i1 %843, %846
	br i1 %847, label %848, label %854

848:
	%849 = select i1 %844, i32 0, i32 %654
	%850 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %849, i32 addrspace(3)* %850
	%851 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %763, i32 addrspace(3)* %851
	%852 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %839, i32 addrspace(3)* %852
	%853 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %656, i32 addrspace(3)* %853
	br label %854

854:
	call void @llvm.nvvm.barrier0()
	%855 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%856 = load i32, i32 addrspace(3)* %855
	%857 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%858 = load i32, i32 addrspace(3)* %857
	%859 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%860 = load i32, i32 addrspace(3)* %859
	%861 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%862 = load i32, i32 addrspace(3)* %861
	%863 = shl i32 %856, 16
	%864 = or i32 %633, %863
	%865 = sub i32 %634, %858
	%866 = add i32 %635, %860
	%867 = or i1 %636, %844
	%868 = or i32 %637, u0xFF0000
	%869 = add i32 %866, %862
	%870 = select i1 %867, i32 %343, i32 %869
	%871 = select i1 %867, i32 2, i32 %864
	%872 = icmp sge i32 %870, 0
	%873 = sub i32 %871, 1
	%874 = icmp slt i32 0, %343
	%875 = select i1 %874, i32 0, i32 %343
	%876 = select i1 %872, i32 %870, i32 %875
	br label %mass

mass:
	%877 = phi i32 [ %876, %854 ], [ %1863, %1851 ]
	%878 = phi i1 [ true, %854 ], [ false, %1851 ]
	%879 = and i1 %878, %872
	br i1 %879, label %mass_bins, label %mass_topk

mass_done:
	%880 = icmp sgt i32 %1853, 0
	%881 = select i1 %880, i32 %1853, i32 0
	%882 = add i32 %342, %881
	%883 = icmp sle i32 %M, 16
	%884 = add i32 %882, 1
	%885 = add i32 %342, %877
	%886 = icmp sgt i32 %884, %885
	%887 = select i1 %886, i32 %884, i32 %885
	%888 = icmp slt i32 %887, %NK
	%889 = select i1 %888, i32 %887, i32 %NK
	%890 = select i1 %883, i32 %NK, i32 %889
	%891 = add i32 %882, %0
	br label %2336

mass_bins:
	%892 = shl i32 1, %3
	%893 = sub i32 %892, 1
	br label %902

mass_topk:
	%894 = icmp sgt i32 %877, 0
	br i1 %894, label %topk, label %topk_done

mass_taken:
	%895 = sub i32 %877, 1
	%896 = call i32 @llvm.ctlz.i32(i32 %895, i1 false)
	%897 = icmp sgt i32 %877, 1
	%898 = sub i32 32, %896
	%899 = select i1 %897, i32 %898, i32 0
	%900 = shl i32 1, %899
	%901 = add i32 %877, %0
	br label %1765

902:
	%903 = phi i32 [ 0, %mass_bins ], [ %951, %950 ]
	%904 = icmp slt i32 %903, %16
	br i1 %904, label %905, label %913

905:
	%906 = add i32 %903, %0
	%907 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %906
	%908 = load i32, i32 addrspace(3)* %907
	%909 = icmp ugt i32 %908, %873
	%910 = icmp eq i32 %908, %873
	%911 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %909)
	%912 = icmp eq i32 %3, 0
	br i1 %912, label %944, label %950

913:
	call void @llvm.nvvm.barrier0()
	%914 = sdiv i32 %16, 256
	%915 = mul i32 %914, 8
	%916 = icmp slt i32 %0, %915
	%917 = select i1 %916, i32 %0, i32 0
	%918 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %917
	%919 = load i32, i32 addrspace(3)* %918
	%920 = select i1 %916, i32 %919, i32 0
	%921 = and i32 %0, 31
	%922 = lshr i32 %0, 5
	%923 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %920, i32 1, i32 0)
	%924 = icmp uge i32 %921, 1
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %920, %925
	%927 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %926, i32 2, i32 0)
	%928 = icmp uge i32 %921, 2
	%929 = select i1 %928, i32 %927, i32 0
	%930 = add i32 %926, %929
	%931 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %930, i32 4, i32 0)
	%932 = icmp uge i32 %921, 4
	%933 = select i1 %932, i32 %931, i32 0
	%934 = add i32 %930, %933
	%935 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %934, i32 8, i32 0)
	%936 = icmp uge i32 %921, 8
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %934, %937
	%939 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %938, i32 16, i32 0)
	%940 = icmp uge i32 %921, 16
	%941 = select i1 %940, i32 %939, i32 0
	%942 = add i32 %938, %941
	%943 = icmp eq i32 %921, 31
	br i1 %943, label %952, label %954

944:
	%945 = sdiv i32 %903, 256
	%946 = mul i32 %945, 8
	%947 = add i32 %946, %4
	%948 = call i32 @llvm.ctpop.i32(i32 %911)
	%949 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %947
	store i32 %948, i32 addrspace(3)* %949
	br label %950

950:
	%951 = add i32 %903, 256
	br label %902

952:
	%953 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %922
	store i32 %942, i32 addrspace(3)* %953
	br label %954

954:
	call void @llvm.nvvm.barrier0()
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %922, 0
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 0, %958
	%960 = add i32 0, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %922, 1
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %922, 2
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%974 = load i32, i32 addrspace(3)* %973
	%975 = icmp sgt i32 %922, 3
	%976 = select i1 %975, i32 %974, i32 0
	%977 = add i32 %971, %976
	%978 = add i32 %972, %974
	%979 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%980 = load i32, i32 addrspace(3)* %979
	%981 = icmp sgt i32 %922, 4
	%982 = select i1 %981, i32 %980, i32 0
	%983 = add i32 %977, %982
	%984 = add i32 %978, %980
	%985 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%986 = load i32, i32 addrspace(3)* %985
	%987 = icmp sgt i32 %922, 5
	%988 = select i1 %987, i32 %986, i32 0
	%989 = add i32 %983, %988
	%990 = add i32 %984, %986
	%991 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%992 = load i32, i32 addrspace(3)* %991
	%993 = icmp sgt i32 %922, 6
	%994 = select i1 %993, i32 %992, i32 0
	%995 = add i32 %989, %994
	%996 = add i32 %990, %992
	%997 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%998 = load i32, i32 addrspace(3)* %997
	%999 = icmp sgt i32 %922, 7
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = add i32 %995, %1000
	%1002 = add i32 %996, %998
	%1003 = add i32 %1001, %942
	%1004 = sub i32 %1003, %920
	br i1 %916, label %1005, label %1007

1005:
	%1006 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1004, i32 addrspace(3)* %1006
	br label %1007

1007:
	call void @llvm.nvvm.barrier0()
	br label %1008

1008:
	%1009 = phi i32 [ 0, %1007 ], [ %1032, %1031 ]
	%1010 = icmp slt i32 %1009, %16
	br i1 %1010, label %1011, label %1027

1011:
	%1012 = add i32 %1009, %0
	%1013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1012
	%1014 = load i32, i32 addrspace(3)* %1013
	%1015 = icmp ugt i32 %1014, %873
	%1016 = icmp eq i32 %1014, %873
	%1017 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1015)
	%1018 = sdiv i32 %1009, 256
	%1019 = mul i32 %1018, 8
	%1020 = add i32 %1019, %4
	%1021 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1015)
	%1022 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1020
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = and i32 %1021, %893
	%1025 = call i32 @llvm.ctpop.i32(i32 %1024)
	%1026 = add i32 %1023, %1025
	br i1 %1015, label %1028, label %1031

1027:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1028:
	%1029 = add i32 %1009, %0
	%1030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1026
	store i32 %1029, i32 addrspace(3)* %1030
	br label %1031

1031:
	%1032 = add i32 %1009, 256
	br label %1008

topk:
	call void @llvm.nvvm.barrier0()
	%1033 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1033
	call void @llvm.nvvm.barrier0()
	br label %1034

topk_done:
	br label %mass_taken

1034:
	%1035 = phi i32 [ %0, %topk ], [ %1084, %1083 ]
	%1036 = icmp slt i32 %1035, %16
	br i1 %1036, label %1037, label %1047

1037:
	%1038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1035
	%1039 = load i32, i32 addrspace(3)* %1038
	%1040 = icmp uge i32 %1039, 2
	%1041 = and i32 %1039, 0
	%1042 = icmp eq i32 %1041, 0
	%1043 = and i1 %1040, %1042
	%1044 = lshr i32 %1039, 24
	%1045 = and i32 %1044, 255
	%1046 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1043)
	br i1 %1046, label %1075, label %1083

1047:
	call void @llvm.nvvm.barrier0()
	%1048 = sub i32 255, %0
	%1049 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1048
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1051
	%1052 = and i32 %0, 31
	%1053 = lshr i32 %0, 5
	%1054 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1050, i32 1, i32 0)
	%1055 = icmp uge i32 %1052, 1
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1050, %1056
	%1058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1057, i32 2, i32 0)
	%1059 = icmp uge i32 %1052, 2
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1057, %1060
	%1062 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1061, i32 4, i32 0)
	%1063 = icmp uge i32 %1052, 4
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1061, %1064
	%1066 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1065, i32 8, i32 0)
	%1067 = icmp uge i32 %1052, 8
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1065, %1068
	%1070 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1069, i32 16, i32 0)
	%1071 = icmp uge i32 %1052, 16
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1069, %1072
	%1074 = icmp eq i32 %1052, 31
	br i1 %1074, label %1090, label %1092

1075:
	%1076 = select i1 %1043, i32 %1045, i32 256
	%1077 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1076)
	%1078 = shl i32 1, %3
	%1079 = sub i32 %1078, 1
	%1080 = and i32 %1077, %1079
	%1081 = icmp eq i32 %1080, 0
	%1082 = and i1 %1043, %1081
	br i1 %1082, label %1085, label %1089

1083:
	%1084 = add i32 %1035, 256
	br label %1034

1085:
	%1086 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1045
	%1087 = call i32 @llvm.ctpop.i32(i32 %1077)
	%1088 = atomicrmw add i32 addrspace(3)* %1086, i32 %1087 monotonic
	br label %1089

1089:
	br label %1083

1090:
	%1091 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1053
	store i32 %1073, i32 addrspace(3)* %1091
	br label %1092

1092:
	call void @llvm.nvvm.barrier0()
	%1093 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1094 = load i32, i32 addrspace(3)* %1093
	%1095 = icmp sgt i32 %1053, 0
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = add i32 0, %1096
	%1098 = add i32 0, %1094
	%1099 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1100 = load i32, i32 addrspace(3)* %1099
	%1101 = icmp sgt i32 %1053, 1
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1097, %1102
	%1104 = add i32 %1098, %1100
	%1105 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1106 = load i32, i32 addrspace(3)* %1105
	%1107 = icmp sgt i32 %1053, 2
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = add i32 %1103, %1108
	%1110 = add i32 %1104, %1106
	%1111 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1112 = load i32, i32 addrspace(3)* %1111
	%1113 = icmp sgt i32 %1053, 3
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = add i32 %1109, %1114
	%1116 = add i32 %1110, %1112
	%1117 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1118 = load i32, i32 addrspace(3)* %1117
	%1119 = icmp sgt i32 %1053, 4
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = add i32 %1115, %1120
	%1122 = add i32 %1116, %1118
	%1123 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1124 = load i32, i32 addrspace(3)* %1123
	%1125 = icmp sgt i32 %1053, 5
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = add i32 %1121, %1126
	%1128 = add i32 %1122, %1124
	%1129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1130 = load i32, i32 addrspace(3)* %1129
	%1131 = icmp sgt i32 %1053, 6
	%1132 = select i1 %1131, i32 %1130, i32 0
	%1133 = add i32 %1127, %1132
	%1134 = add i32 %1128, %1130
	%1135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1136 = load i32, i32 addrspace(3)* %1135
	%1137 = icmp sgt i32 %1053, 7
	%1138 = select i1 %1137, i32 %1136, i32 0
	%1139 = add i32 %1133, %1138
	%1140 = add i32 %1134, %1136
	%1141 = add i32 %1139, %1073
	%1142 = sub i32 %1141, %1050
	%1143 = icmp slt i32 %1142, %877
	%1144 = add i32 %1142, %1050
	%1145 = icmp sle i32 %877, %1144
	%1146 = and i1 %1143, %1145
	br i1 %1146, label %1147, label %1150

1147:
	%1148 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1048, i32 addrspace(3)* %1148
	%1149 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1142, i32 addrspace(3)* %1149
	br label %1150

1150:
	call void @llvm.nvvm.barrier0()
	%1151 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1152 = load i32, i32 addrspace(3)* %1151
	%1153 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1154 = load i32, i32 addrspace(3)* %1153
	%1155 = sub i32 %877, %1154
	%1156 = shl i32 %1152, 24
	%1157 = or i32 0, %1156
	%1158 = or i32 0, u0xFF000000
	br label %1159

1159:
	%1160 = phi i32 [ %0, %1150 ], [ %1209, %1208 ]
	%1161 = icmp slt i32 %1160, %16
	br i1 %1161, label %1162, label %1172

1162:
	%1163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1160
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = icmp uge i32 %1164, 2
	%1166 = and i32 %1164, %1158
	%1167 = icmp eq i32 %1166, %1157
	%1168 = and i1 %1165, %1167
	%1169 = lshr i32 %1164, 16
	%1170 = and i32 %1169, 255
	%1171 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1168)
	br i1 %1171, label %1200, label %1208

1172:
	call void @llvm.nvvm.barrier0()
	%1173 = sub i32 255, %0
	%1174 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1173
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1176
	%1177 = and i32 %0, 31
	%1178 = lshr i32 %0, 5
	%1179 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1175, i32 1, i32 0)
	%1180 = icmp uge i32 %1177, 1
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = add i32 %1175, %1181
	%1183 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1182, i32 2, i32 0)
	%1184 = icmp uge i32 %1177, 2
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = add i32 %1182, %1185
	%1187 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1186, i32 4, i32 0)
	%1188 = icmp uge i32 %1177, 4
	%1189 = select i1 %1188, i32 %1187, i32 0
	%1190 = add i32 %1186, %1189
	%1191 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1190, i32 8, i32 0)
	%1192 = icmp uge i32 %1177, 8
	%1193 = select i1 %1192, i32 %1191, i32 0
	%1194 = add i32 %1190, %1193
	%1195 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1194, i32 16, i32 0)
	%1196 = icmp uge i32 %1177, 16
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = add i32 %1194, %1197
	%1199 = icmp eq i32 %1177, 31
	br i1 %1199, label %1215, label %1217

1200:
	%1201 = select i1 %1168, i32 %1170, i32 256
	%1202 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1201)
	%1203 = shl i32 1, %3
	%1204 = sub i32 %1203, 1
	%1205 = and i32 %1202, %1204
	%1206 = icmp eq i32 %1205, 0
	%1207 = and i1 %1168, %1206
	br i1 %1207, label %1210, label %1214

1208:
	%1209 = add i32 %1160, 256
	br label %1159

1210:
	%1211 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1170
	%1212 = call i32 @llvm.ctpop.i32(i32 %1202)
	%1213 = atomicrmw add i32 addrspace(3)* %1211, i32 %1212 monotonic
	br label %1214

1214:
	br label %1208

1215:
	%1216 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1178
	store i32 %1198, i32 addrspace(3)* %1216
	br label %1217

1217:
	call void @llvm.nvvm.barrier0()
	%1218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = icmp sgt i32 %1178, 0
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 0, %1221
	%1223 = add i32 0, %1219
	%1224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = icmp sgt i32 %1178, 1
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = add i32 %1222, %1227
	%1229 = add i32 %1223, %1225
	%1230 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1231 = load i32, i32 addrspace(3)* %1230
	%1232 = icmp sgt i32 %1178, 2
	%1233 = select i1 %1232, i32 %1231, i32 0
	%1234 = add i32 %1228, %1233
	%1235 = add i32 %1229, %1231
	%1236 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = icmp sgt i32 %1178, 3
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = add i32 %1234, %1239
	%1241 = add i32 %1235, %1237
	%1242 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = icmp sgt i32 %1178, 4
	%1245 = select i1 %1244, i32 %1243, i32 0
	%1246 = add i32 %1240, %1245
	%1247 = add i32 %1241, %1243
	%1248 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = icmp sgt i32 %1178, 5
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = add i32 %1246, %1251
	%1253 = add i32 %1247, %1249
	%1254 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1255 = load i32, i32 addrspace(3)* %1254
	%1256 = icmp sgt i32 %1178, 6
	%1257 = select i1 %1256, i32 %1255, i32 0
	%1258 = add i32 %1252, %1257
	%1259 = add i32 %1253, %1255
	%1260 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = icmp sgt i32 %1178, 7
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 %1258, %1263
	%1265 = add i32 %1259, %1261
	%1266 = add i32 %1264, %1198
	%1267 = sub i32 %1266, %1175
	%1268 = icmp slt i32 %1267, %1155
	%1269 = add i32 %1267, %1175
	%1270 = icmp sle i32 %1155, %1269
	%1271 = and i1 %1268, %1270
	br i1 %1271, label %1272, label %1275

1272:
	%1273 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1173, i32 addrspace(3)* %1273
	%1274 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1267, i32 addrspace(3)* %1274
	br label %1275

1275:
	call void @llvm.nvvm.barrier0()
	%1276 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1277 = load i32, i32 addrspace(3)* %1276
	%1278 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = sub i32 %1155, %1279
	%1281 = shl i32 %1277, 16
	%1282 = or i32 %1157, %1281
	%1283 = or i32 %1158, u0xFF0000
	br label %1284

1284:
	%1285 = phi i32 [ %0, %1275 ], [ %1334, %1333 ]
	%1286 = icmp slt i32 %1285, %16
	br i1 %1286, label %1287, label %1297

1287:
	%1288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1285
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = icmp uge i32 %1289, 2
	%1291 = and i32 %1289, %1283
	%1292 = icmp eq i32 %1291, %1282
	%1293 = and i1 %1290, %1292
	%1294 = lshr i32 %1289, 8
	%1295 = and i32 %1294, 255
	%1296 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1293)
	br i1 %1296, label %1325, label %1333

1297:
	call void @llvm.nvvm.barrier0()
	%1298 = sub i32 255, %0
	%1299 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1298
	%1300 = load i32, i32 addrspace(3)* %1299
	%1301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1301
	%1302 = and i32 %0, 31
	%1303 = lshr i32 %0, 5
	%1304 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1300, i32 1, i32 0)
	%1305 = icmp uge i32 %1302, 1
	%1306 = select i1 %1305, i32 %1304, i32 0
	%1307 = add i32 %1300, %1306
	%1308 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1307, i32 2, i32 0)
	%1309 = icmp uge i32 %1302, 2
	%1310 = select i1 %1309, i32 %1308, i32 0
	%1311 = add i32 %1307, %1310
	%1312 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1311, i32 4, i32 0)
	%1313 = icmp uge i32 %1302, 4
	%1314 = select i1 %1313, i32 %1312, i32 0
	%1315 = add i32 %1311, %1314
	%1316 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1315, i32 8, i32 0)
	%1317 = icmp uge i32 %1302, 8
	%1318 = select i1 %1317, i32 %1316, i32 0
	%1319 = add i32 %1315, %1318
	%1320 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1319, i32 16, i32 0)
	%1321 = icmp uge i32 %1302, 16
	%1322 = select i1 %1321, i32 %1320, i32 0
	%1323 = add i32 %1319, %1322
	%1324 = icmp eq i32 %1302, 31
	br i1 %1324, label %1340, label %1342

1325:
	%1326 = select i1 %1293, i32 %1295, i32 256
	%1327 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1326)
	%1328 = shl i32 1, %3
	%1329 = sub i32 %1328, 1
	%1330 = and i32 %1327, %1329
	%1331 = icmp eq i32 %1330, 0
	%1332 = and i1 %1293, %1331
	br i1 %1332, label %1335, label %1339

1333:
	%1334 = add i32 %1285, 256
	br label %1284

1335:
	%1336 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1295
	%1337 = call i32 @llvm.ctpop.i32(i32 %1327)
	%1338 = atomicrmw add i32 addrspace(3)* %1336, i32 %1337 monotonic
	br label %1339

1339:
	br label %1333

1340:
	%1341 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1303
	store i32 %1323, i32 addrspace(3)* %1341
	br label %1342

1342:
	call void @llvm.nvvm.barrier0()
	%1343 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1344 = load i32, i32 addrspace(3)* %1343
	%1345 = icmp sgt i32 %1303, 0
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = add i32 0, %1346
	%1348 = add i32 0, %1344
	%1349 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1350 = load i32, i32 addrspace(3)* %1349
	%1351 = icmp sgt i32 %1303, 1
	%1352 = select i1 %1351, i32 %1350, i32 0
	%1353 = add i32 %1347, %1352
	%1354 = add i32 %1348, %1350
	%1355 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1356 = load i32, i32 addrspace(3)* %1355
	%1357 = icmp sgt i32 %1303, 2
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = add i32 %1353, %1358
	%1360 = add i32 %1354, %1356
	%1361 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1362 = load i32, i32 addrspace(3)* %1361
	%1363 = icmp sgt i32 %1303, 3
	%1364 = select i1 %1363, i32 %1362, i32 0
	%1365 = add i32 %1359, %1364
	%1366 = add i32 %1360, %1362
	%1367 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1368 = load i32, i32 addrspace(3)* %1367
	%1369 = icmp sgt i32 %1303, 4
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = add i32 %1365, %1370
	%1372 = add i32 %1366, %1368
	%1373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1374 = load i32, i32 addrspace(3)* %1373
	%1375 = icmp sgt i32 %1303, 5
	%1376 = select i1 %1375, i32 %1374, i32 0
	%1377 = add i32 %1371, %1376
	%1378 = add i32 %1372, %1374
	%1379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1380 = load i32, i32 addrspace(3)* %1379
	%1381 = icmp sgt i32 %1303, 6
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = add i32 %1377, %1382
	%1384 = add i32 %1378, %1380
	%1385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1386 = load i32, i32 addrspace(3)* %1385
	%1387 = icmp sgt i32 %1303, 7
	%1388 = select i1 %1387, i32 %1386, i32 0
	%1389 = add i32 %1383, %1388
	%1390 = add i32 %1384, %1386
	%1391 = add i32 %1389, %1323
	%1392 = sub i32 %1391, %1300
	%1393 = icmp slt i32 %1392, %1280
	%1394 = add i32 %1392, %1300
	%1395 = icmp sle i32 %1280, %1394
	%1396 = and i1 %1393, %1395
	br i1 %1396, label %1397, label %1400

1397:
	%1398 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1298, i32 addrspace(3)* %1398
	%1399 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1392, i32 addrspace(3)* %1399
	br label %1400

1400:
	call void @llvm.nvvm.barrier0()
	%1401 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1402 = load i32, i32 addrspace(3)* %1401
	%1403 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1404 = load i32, i32 addrspace(3)* %1403
	%1405 = sub i32 %1280, %1404
	%1406 = shl i32 %1402, 8
	%1407 = or i32 %1282, %1406
	%1408 = or i32 %1283, u0xFF00
	br label %1409

1409:
	%1410 = phi i32 [ %0, %1400 ], [ %1459, %1458 ]
	%1411 = icmp slt i32 %1410, %16
	br i1 %1411, label %1412, label %1422

1412:
	%1413 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1410
	%1414 = load i32, i32 addrspace(3)* %1413
	%1415 = icmp uge i32 %1414, 2
	%1416 = and i32 %1414, %1408
	%1417 = icmp eq i32 %1416, %1407
	%1418 = and i1 %1415, %1417
	%1419 = lshr i32 %1414, 0
	%1420 = and i32 %1419, 255
	%1421 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1418)
	br i1 %1421, label %1450, label %1458

1422:
	call void @llvm.nvvm.barrier0()
	%1423 = sub i32 255, %0
	%1424 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1423
	%1425 = load i32, i32 addrspace(3)* %1424
	%1426 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1426
	%1427 = and i32 %0, 31
	%1428 = lshr i32 %0, 5
	%1429 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1425, i32 1, i32 0)
	%1430 = icmp uge i32 %1427, 1
	%1431 = select i1 %1430, i32 %1429, i32 0
	%1432 = add i32 %1425, %1431
	%1433 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1432, i32 2, i32 0)
	%1434 = icmp uge i32 %1427, 2
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1432, %1435
	%1437 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1436, i32 4, i32 0)
	%1438 = icmp uge i32 %1427, 4
	%1439 = select i1 %1438, i32 %1437, i32 0
	%1440 = add i32 %1436, %1439
	%1441 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1440, i32 8, i32 0)
	%1442 = icmp uge i32 %1427, 8
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = add i32 %1440, %1443
	%1445 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1444, i32 16, i32 0)
	%1446 = icmp uge i32 %1427, 16
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1444, %1447
	%1449 = icmp eq i32 %1427, 31
	br i1 %1449, label %1465, label %1467

1450:
	%1451 = select i1 %1418, i32 %1420, i32 256
	%1452 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1451)
	%1453 = shl i32 1, %3
	%1454 = sub i32 %1453, 1
	%1455 = and i32 %1452, %1454
	%1456 = icmp eq i32 %1455, 0
	%1457 = and i1 %1418, %1456
	br i1 %1457, label %1460, label %1464

1458:
	%1459 = add i32 %1410, 256
	br label %1409

1460:
	%1461 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1420
	%1462 = call i32 @llvm.ctpop.i32(i32 %1452)
	%1463 = atomicrmw add i32 addrspace(3)* %1461, i32 %1462 monotonic
	br label %1464

1464:
	br label %1458

1465:
	%1466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1428
	store i32 %1448, i32 addrspace(3)* %1466
	br label %1467

1467:
	call void @llvm.nvvm.barrier0()
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = icmp sgt i32 %1428, 0
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 0, %1471
	%1473 = add i32 0, %1469
	%1474 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1475 = load i32, i32 addrspace(3)* %1474
	%1476 = icmp sgt i32 %1428, 1
	%1477 = select i1 %1476, i32 %1475, i32 0
	%1478 = add i32 %1472, %1477
	%1479 = add i32 %1473, %1475
	%1480 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1481 = load i32, i32 addrspace(3)* %1480
	%1482 = icmp sgt i32 %1428, 2
	%1483 = select i1 %1482, i32 %1481, i32 0
	%1484 = add i32 %1478, %1483
	%1485 = add i32 %1479, %1481
	%1486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1487 = load i32, i32 addrspace(3)* %1486
	%1488 = icmp sgt i32 %1428, 3
	%1489 = select i1 %1488, i32 %1487, i32 0
	%1490 = add i32 %1484, %1489
	%1491 = add i32 %1485, %1487
	%1492 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1493 = load i32, i32 addrspace(3)* %1492
	%1494 = icmp sgt i32 %1428, 4
	%1495 = select i1 %1494, i32 %1493, i32 0
	%1496 = add i32 %1490, %1495
	%1497 = add i32 %1491, %1493
	%1498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1499 = load i32, i32 addrspace(3)* %1498
	%1500 = icmp sgt i32 %1428, 5
	%1501 = select i1 %1500, i32 %1499, i32 0
	%1502 = add i32 %1496, %1501
	%1503 = add i32 %1497, %1499
	%1504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1505 = load i32, i32 addrspace(3)* %1504
	%1506 = icmp sgt i32 %1428, 6
	%1507 = select i1 %1506, i32 %1505, i32 0
	%1508 = add i32 %1502, %1507
	%1509 = add i32 %1503, %1505
	%1510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1511 = load i32, i32 addrspace(3)* %1510
	%1512 = icmp sgt i32 %1428, 7
	%1513 = select i1 %1512, i32 %1511, i32 0
	%1514 = add i32 %1508, %1513
	%1515 = add i32 %1509, %1511
	%1516 = add i32 %1514, %1448
	%1517 = sub i32 %1516, %1425
	%1518 = icmp slt i32 %1517, %1405
	%1519 = add i32 %1517, %1425
	%1520 = icmp sle i32 %1405, %1519
	%1521 = and i1 %1518, %1520
	br i1 %1521, label %1522, label %1525

1522:
	%1523 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1423, i32 addrspace(3)* %1523
	%1524 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1517, i32 addrspace(3)* %1524
	br label %1525

1525:
	call void @llvm.nvvm.barrier0()
	%1526 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1527 = load i32, i32 addrspace(3)* %1526
	%1528 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1529 = load i32, i32 addrspace(3)* %1528
	%1530 = sub i32 %1405, %1529
	%1531 = shl i32 %1527, 0
	%1532 = or i32 %1407, %1531
	%1533 = or i32 %1408, 255
	%1534 = shl i32 1, %3
	%1535 = sub i32 %1534, 1
	br label %1536

1536:
	%1537 = phi i32 [ 0, %1525 ], [ %1591, %1590 ]
	%1538 = icmp slt i32 %1537, %16
	br i1 %1538, label %1539, label %1548

1539:
	%1540 = add i32 %1537, %0
	%1541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1540
	%1542 = load i32, i32 addrspace(3)* %1541
	%1543 = icmp ugt i32 %1542, %1532
	%1544 = icmp eq i32 %1542, %1532
	%1545 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1543)
	%1546 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1544)
	%1547 = icmp eq i32 %3, 0
	br i1 %1547, label %1582, label %1590

1548:
	call void @llvm.nvvm.barrier0()
	%1549 = sdiv i32 %16, 256
	%1550 = mul i32 %1549, 8
	%1551 = icmp slt i32 %0, %1550
	%1552 = select i1 %1551, i32 %0, i32 0
	%1553 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1552
	%1554 = load i32, i32 addrspace(3)* %1553
	%1555 = select i1 %1551, i32 %1554, i32 0
	%1556 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1552
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = select i1 %1551, i32 %1557, i32 0
	%1559 = and i32 %0, 31
	%1560 = lshr i32 %0, 5
	%1561 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1558, i32 1, i32 0)
	%1562 = icmp uge i32 %1559, 1
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = add i32 %1558, %1563
	%1565 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1564, i32 2, i32 0)
	%1566 = icmp uge i32 %1559, 2
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = add i32 %1564, %1567
	%1569 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1568, i32 4, i32 0)
	%1570 = icmp uge i32 %1559, 4
	%1571 = select i1 %1570, i32 %1569, i32 0
	%1572 = add i32 %1568, %1571
	%1573 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1572, i32 8, i32 0)
	%1574 = icmp uge i32 %1559, 8
	%1575 = select i1 %1574, i32 %1573, i32 0
	%1576 = add i32 %1572, %1575
	%1577 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1576, i32 16, i32 0)
	%1578 = icmp uge i32 %1559, 16
	%1579 = select i1 %1578, i32 %1577, i32 0
	%1580 = add i32 %1576, %1579
	%1581 = icmp eq i32 %1559, 31
	br i1 %1581, label %1592, label %1594

1582:
	%1583 = sdiv i32 %1537, 256
	%1584 = mul i32 %1583, 8
	%1585 = add i32 %1584, %4
	%1586 = call i32 @llvm.ctpop.i32(i32 %1545)
	%1587 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1585
	store i32 %1586, i32 addrspace(3)* %1587
	%1588 = call i32 @llvm.ctpop.i32(i32 %1546)
	%1589 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1585
	store i32 %1588, i32 addrspace(3)* %1589
	br label %1590

1590:
	%1591 = add i32 %1537, 256
	br label %1536

1592:
	%1593 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1560
	store i32 %1580, i32 addrspace(3)* %1593
	br label %1594

1594:
	call void @llvm.nvvm.barrier0()
	%1595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1596 = load i32, i32 addrspace(3)* %1595
	%1597 = icmp sgt i32 %1560, 0
	%1598 = select i1 %1597, i32 %1596, i32 0
	%1599 = add i32 0, %1598
	%1600 = add i32 0, %1596
	%1601 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1602 = load i32, i32 addrspace(3)* %1601
	%1603 = icmp sgt i32 %1560, 1
	%1604 = select i1 %1603, i32 %1602, i32 0
	%1605 = add i32 %1599, %1604
	%1606 = add i32 %1600, %1602
	%1607 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = icmp sgt i32 %1560, 2
	%1610 = select i1 %1609, i32 %1608, i32 0
	%1611 = add i32 %1605, %1610
	%1612 = add i32 %1606, %1608
	%1613 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1614 = load i32, i32 addrspace(3)* %1613
	%1615 = icmp sgt i32 %1560, 3
	%1616 = select i1 %1615, i32 %1614, i32 0
	%1617 = add i32 %1611, %1616
	%1618 = add i32 %1612, %1614
	%1619 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1620 = load i32, i32 addrspace(3)* %1619
	%1621 = icmp sgt i32 %1560, 4
	%1622 = select i1 %1621, i32 %1620, i32 0
	%1623 = add i32 %1617, %1622
	%1624 = add i32 %1618, %1620
	%1625 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1626 = load i32, i32 addrspace(3)* %1625
	%1627 = icmp sgt i32 %1560, 5
	%1628 = select i1 %1627, i32 %1626, i32 0
	%1629 = add i32 %1623, %1628
	%1630 = add i32 %1624, %1626
	%1631 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = icmp sgt i32 %1560, 6
	%1634 = select i1 %1633, i32 %1632, i32 0
	%1635 = add i32 %1629, %1634
	%1636 = add i32 %1630, %1632
	%1637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = icmp sgt i32 %1560, 7
	%1640 = select i1 %1639, i32 %1638, i32 0
	%1641 = add i32 %1635, %1640
	%1642 = add i32 %1636, %1638
	%1643 = add i32 %1641, %1580
	%1644 = sub i32 %1643, %1558
	%1645 = sub i32 %1530, %1644
	%1646 = icmp sgt i32 %1645, 0
	%1647 = select i1 %1646, i32 %1645, i32 0
	%1648 = icmp slt i32 %1647, %1558
	%1649 = select i1 %1648, i32 %1647, i32 %1558
	%1650 = add i32 %1555, %1649
	%1651 = and i32 %0, 31
	%1652 = lshr i32 %0, 5
	%1653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1650, i32 1, i32 0)
	%1654 = icmp uge i32 %1651, 1
	%1655 = select i1 %1654, i32 %1653, i32 0
	%1656 = add i32 %1650, %1655
	%1657 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1656, i32 2, i32 0)
	%1658 = icmp uge i32 %1651, 2
	%1659 = select i1 %1658, i32 %1657, i32 0
	%1660 = add i32 %1656, %1659
	%1661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1660, i32 4, i32 0)
	%1662 = icmp uge i32 %1651, 4
	%1663 = select i1 %1662, i32 %1661, i32 0
	%1664 = add i32 %1660, %1663
	%1665 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1664, i32 8, i32 0)
	%1666 = icmp uge i32 %1651, 8
	%1667 = select i1 %1666, i32 %1665, i32 0
	%1668 = add i32 %1664, %1667
	%1669 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1668, i32 16, i32 0)
	%1670 = icmp uge i32 %1651, 16
	%1671 = select i1 %1670, i32 %1669, i32 0
	%1672 = add i32 %1668, %1671
	%1673 = icmp eq i32 %1651, 31
	br i1 %1673, label %1674, label %1676

1674:
	%1675 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1652
	store i32 %1672, i32 addrspace(3)* %1675
	br label %1676

1676:
	call void @llvm.nvvm.barrier0()
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1652, 0
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 0, %1680
	%1682 = add i32 0, %1678
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = icmp sgt i32 %1652, 1
	%1686 = select i1 %1685, i32 %1684, i32 0
	%1687 = add i32 %1681, %1686
	%1688 = add i32 %1682, %1684
	%1689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = icmp sgt i32 %1652, 2
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = add i32 %1687, %1692
	%1694 = add i32 %1688, %1690
	%1695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = icmp sgt i32 %1652, 3
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = add i32 %1693, %1698
	%1700 = add i32 %1694, %1696
	%1701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1702 = load i32, i32 addrspace(3)* %1701
	%1703 = icmp sgt i32 %1652, 4
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = add i32 %1699, %1704
	%1706 = add i32 %1700, %1702
	%1707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1708 = load i32, i32 addrspace(3)* %1707
	%1709 = icmp sgt i32 %1652, 5
	%1710 = select i1 %1709, i32 %1708, i32 0
	%1711 = add i32 %1705, %1710
	%1712 = add i32 %1706, %1708
	%1713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1714 = load i32, i32 addrspace(3)* %1713
	%1715 = icmp sgt i32 %1652, 6
	%1716 = select i1 %1715, i32 %1714, i32 0
	%1717 = add i32 %1711, %1716
	%1718 = add i32 %1712, %1714
	%1719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = icmp sgt i32 %1652, 7
	%1722 = select i1 %1721, i32 %1720, i32 0
	%1723 = add i32 %1717, %1722
	%1724 = add i32 %1718, %1720
	%1725 = add i32 %1723, %1672
	%1726 = sub i32 %1725, %1650
	br i1 %1551, label %1727, label %1730

1727:
	%1728 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1726, i32 addrspace(3)* %1728
	%1729 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1644, i32 addrspace(3)* %1729
	br label %1730

1730:
	call void @llvm.nvvm.barrier0()
	br label %1731

1731:
	%1732 = phi i32 [ 0, %1730 ], [ %1764, %1763 ]
	%1733 = icmp slt i32 %1732, %16
	br i1 %1733, label %1734, label %1759

1734:
	%1735 = add i32 %1732, %0
	%1736 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1735
	%1737 = load i32, i32 addrspace(3)* %1736
	%1738 = icmp ugt i32 %1737, %1532
	%1739 = icmp eq i32 %1737, %1532
	%1740 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1738)
	%1741 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1739)
	%1742 = sdiv i32 %1732, 256
	%1743 = mul i32 %1742, 8
	%1744 = add i32 %1743, %4
	%1745 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1744
	%1746 = load i32, i32 addrspace(3)* %1745
	%1747 = and i32 %1741, %1535
	%1748 = call i32 @llvm.ctpop.i32(i32 %1747)
	%1749 = add i32 %1746, %1748
	%1750 = icmp slt i32 %1749, %1530
	%1751 = and i1 %1739, %1750
	%1752 = or i1 %1738, %1751
	%1753 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1752)
	%1754 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1744
	%1755 = load i32, i32 addrspace(3)* %1754
	%1756 = and i32 %1753, %1535
	%1757 = call i32 @llvm.ctpop.i32(i32 %1756)
	%1758 = add i32 %1755, %1757
	br i1 %1752, label %1760, label %1763

1759:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1760:
	%1761 = add i32 %1732, %0
	%1762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1758
	store i32 %1761, i32 addrspace(3)* %1762
	br label %1763

1763:
	%1764 = add i32 %1732, 256
	br label %1731

1765:
	%1766 = phi i32 [ %901, %mass_taken ], [ %1770, %1768 ]
	%1767 = icmp slt i32 %1766, %900
	br i1 %1767, label %1768, label %1771

1768:
	%1769 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1766
	store i32 -1, i32 addrspace(3)* %1769
	%1770 = add i32 %1766, 256
	br label %1765

1771:
	call void @llvm.nvvm.barrier0()
	%1772 = add i32 %899, 1
	br label %1773

1773:
	%1774 = phi i32 [ 1, %1771 ], [ %1790, %1789 ]
	%1775 = icmp slt i32 %1774, %1772
	br i1 %1775, label %1776, label %1778

1776:
	%1777 = shl i32 1, %1774
	br label %1779

1778:
	br label %1831

1779:
	%1780 = phi i32 [ 0, %1776 ], [ %1825, %1824 ]
	%1781 = icmp slt i32 %1780, %1774
	br i1 %1781, label %1782, label %1789

1782:
	%1783 = sub i32 %1774, 1
	%1784 = sub i32 %1783, %1780
	%1785 = shl i32 1, %1784
	%1786 = sub i32 %1774, 1
	%1787 = sub i32 %1786, %1780
	%1788 = lshr i32 %900, 1
	br label %1791

1789:
	%1790 = add i32 %1774, 1
	br label %1773

1791:
	%1792 = phi i32 [ %0, %1782 ], [ %1830, %1829 ]
	%1793 = icmp slt i32 %1792, %1788
	br i1 %1793, label %1794, label %1824

1794:
	%1795 = lshr i32 %1792, %1787
	%1796 = add i32 %1787, 1
	%1797 = shl i32 %1795, %1796
	%1798 = sub i32 %1785, 1
	%1799 = and i32 %1792, %1798
	%1800 = or i32 %1797, %1799
	%1801 = or i32 %1800, %1785
	%1802 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1800
	%1803 = load i32, i32 addrspace(3)* %1802
	%1804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1801
	%1805 = load i32, i32 addrspace(3)* %1804
	%1806 = and i32 %1800, %1777
	%1807 = icmp eq i32 %1806, 0
	%1808 = icmp sge i32 %1805, 0
	%1809 = select i1 %1808, i32 %1805, i32 0
	%1810 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1809
	%1811 = load i32, i32 addrspace(3)* %1810
	%1812 = select i1 %1808, i32 %1811, i32 0
	%1813 = icmp sge i32 %1803, 0
	%1814 = select i1 %1813, i32 %1803, i32 0
	%1815 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1814
	%1816 = load i32, i32 addrspace(3)* %1815
	%1817 = select i1 %1813, i32 %1816, i32 0
	%1818 = icmp ugt i32 %1812, %1817
	%1819 = icmp eq i32 %1812, %1817
	%1820 = icmp slt i32 %1805, %1803
	%1821 = and i1 %1819, %1820
	%1822 = or i1 %1818, %1821
	%1823 = icmp eq i1 %1822, %1807
	br i1 %1823, label %1826, label %1829

1824:
	call void @llvm.nvvm.barrier0()
	%1825 = add i32 %1780, 1
	br label %1779

1826:
	%1827 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1800
	store i32 %1805, i32 addrspace(3)* %1827
	%1828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1801
	store i32 %1803, i32 addrspace(3)* %1828
	br label %1829

1829:
	%1830 = add i32 %1792, 256
	br label %1791

1831:
	%1832 = phi i32 [ %0, %1778 ], [ %1845, %1834 ]
	%1833 = icmp slt i32 %1832, %877
	br i1 %1833, label %1834, label %1846

1834:
	%1835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1832
	%1836 = load i32, i32 addrspace(3)* %1835
	%1837 = add i32 %342, %1832
	%1838 = add i32 %13, %1837
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i32, i32* %list, i64 %1839
	store i32 %1836, i32* %1840
	%1841 = add i32 %13, %NK
	%1842 = add i32 %1841, %1837
	%1843 = sext i32 %1842 to i64
	%1844 = getelementptr i32, i32* %list, i64 %1843
	store i32 0, i32* %1844
	%1845 = add i32 %1832, 256
	br label %1831

1846:
	call void @llvm.nvvm.barrier0()
	%1847 = icmp eq i32 %4, 0
	br i1 %1847, label %1848, label %1851

1848:
	%1849 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1850 = load double, double addrspace(3)* %1849
	br label %1864

1851:
	call void @llvm.nvvm.barrier0()
	%1852 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1853 = load i32, i32 addrspace(3)* %1852
	%1854 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1855 = load i32, i32 addrspace(3)* %1854
	%1856 = icmp ne i32 %1855, 0
	%1857 = icmp sge i32 %877, %343
	%1858 = or i1 %1856, %1857
	%1859 = mul i32 %877, 4
	%1860 = icmp sgt i32 %1859, 64
	%1861 = select i1 %1860, i32 %1859, i32 64
	%1862 = icmp slt i32 %1861, %343
	%1863 = select i1 %1862, i32 %1861, i32 %343
	br i1 %1858, label %mass_done, label %mass

1864:
	%1865 = phi i32 [ 0, %1848 ], [ %2329, %2326 ]
	%1866 = phi double [ %1850, %1848 ], [ %2327, %2326 ]
	%1867 = phi i32 [ 0, %1848 ], [ %2328, %2326 ]
	%1868 = icmp slt i32 %1865, %877
	br i1 %1868, label %1869, label %1872

1869:
	%1870 = add i32 %1865, %3
	%1871 = icmp slt i32 %1870, %877
	br i1 %1871, label %1874, label %1881

1872:
	%1873 = icmp eq i32 %3, 0
	br i1 %1873, label %2330, label %2335

1874:
	%1875 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1870
	%1876 = load i32, i32 addrspace(3)* %1875
	%1877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1876
	%1878 = load i32, i32 addrspace(3)* %1877
	%1879 = sub i32 %1878, 2
	%1880 = bitcast i32 %1879 to float
	br label %1881

1881:
	%1882 = phi float [ 0.0, %1869 ], [ %1880, %1874 ]
	%1883 = fpext float %1882 to double
	%1884 = fcmp one float %1882, 0.0
	%1885 = call float @llvm.fabs.f32(float %1882)
	%1886 = fcmp olt float %1885, 0x3E20000000000000
	%1887 = and i1 %1884, %1886
	%1888 = fmul double %1866, 4.503599627370496e+15
	%1889 = call double @llvm.trunc.f64(double %1888)
	%1890 = fcmp oeq double %1888, %1889
	%1891 = bitcast double %1883 to i64
	%1892 = trunc i64 %1891 to i32
	%1893 = lshr i64 %1891, 32
	%1894 = trunc i64 %1893 to i32
	%1895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 1, i32 0)
	%1896 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1894, i32 1, i32 0)
	%1897 = zext i32 %1895 to i64
	%1898 = zext i32 %1896 to i64
	%1899 = shl i64 %1898, 32
	%1900 = or i64 %1897, %1899
	%1901 = bitcast i64 %1900 to double
	%1902 = icmp uge i32 %3, 1
	%1903 = fadd double %1883, %1901
	%1904 = select i1 %1902, double %1903, double %1883
	%1905 = bitcast double %1904 to i64
	%1906 = trunc i64 %1905 to i32
	%1907 = lshr i64 %1905, 32
	%1908 = trunc i64 %1907 to i32
	%1909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 2, i32 0)
	%1910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1908, i32 2, i32 0)
	%1911 = zext i32 %1909 to i64
	%1912 = zext i32 %1910 to i64
	%1913 = shl i64 %1912, 32
	%1914 = or i64 %1911, %1913
	%1915 = bitcast i64 %1914 to double
	%1916 = icmp uge i32 %3, 2
	%1917 = fadd double %1904, %1915
	%1918 = select i1 %1916, double %1917, double %1904
	%1919 = bitcast double %1918 to i64
	%1920 = trunc i64 %1919 to i32
	%1921 = lshr i64 %1919, 32
	%1922 = trunc i64 %1921 to i32
	%1923 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1920, i32 4, i32 0)
	%1924 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1922, i32 4, i32 0)
	%1925 = zext i32 %1923 to i64
	%1926 = zext i32 %1924 to i64
	%1927 = shl i64 %1926, 32
	%1928 = or i64 %1925, %1927
	%1929 = bitcast i64 %1928 to double
	%1930 = icmp uge i32 %3, 4
	%1931 = fadd double %1918, %1929
	%1932 = select i1 %1930, double %1931, double %1918
	%1933 = bitcast double %1932 to i64
	%1934 = trunc i64 %1933 to i32
	%1935 = lshr i64 %1933, 32
	%1936 = trunc i64 %1935 to i32
	%1937 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1934, i32 8, i32 0)
	%1938 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1936, i32 8, i32 0)
	%1939 = zext i32 %1937 to i64
	%1940 = zext i32 %1938 to i64
	%1941 = shl i64 %1940, 32
	%1942 = or i64 %1939, %1941
	%1943 = bitcast i64 %1942 to double
	%1944 = icmp uge i32 %3, 8
	%1945 = fadd double %1932, %1943
	%1946 = select i1 %1944, double %1945, double %1932
	%1947 = bitcast double %1946 to i64
	%1948 = trunc i64 %1947 to i32
	%1949 = lshr i64 %1947, 32
	%1950 = trunc i64 %1949 to i32
	%1951 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1948, i32 16, i32 0)
	%1952 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1950, i32 16, i32 0)
	%1953 = zext i32 %1951 to i64
	%1954 = zext i32 %1952 to i64
	%1955 = shl i64 %1954, 32
	%1956 = or i64 %1953, %1955
	%1957 = bitcast i64 %1956 to double
	%1958 = icmp uge i32 %3, 16
	%1959 = fadd double %1946, %1957
	%1960 = select i1 %1958, double %1959, double %1946
	%1961 = bitcast double %1960 to i64
	%1962 = trunc i64 %1961 to i32
	%1963 = lshr i64 %1961, 32
	%1964 = trunc i64 %1963 to i32
	%1965 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1962, i32 31, i32 31)
	%1966 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1964, i32 31, i32 31)
	%1967 = zext i32 %1965 to i64
	%1968 = zext i32 %1966 to i64
	%1969 = shl i64 %1968, 32
	%1970 = or i64 %1967, %1969
	%1971 = bitcast i64 %1970 to double
	%1972 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1887)
	%1973 = xor i1 %1972, true
	%1974 = and i1 %1890, %1973
	%1975 = fadd double %1866, %1971
	%1976 = fcmp olt double %1975, 1.5
	%1977 = and i1 %1974, %1976
	%1978 = fcmp oge double %1866, 0x3FEE666666666666
	%1979 = or i1 %1977, %1978
	br i1 %1979, label %1980, label %2005

1980:
	%1981 = fsub double %1960, %1883
	%1982 = fadd double %1866, %1981
	%1983 = fcmp olt double %1982, 0x3FEE666666666666
	%1984 = and i1 %1871, %1983
	%1985 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1984)
	%1986 = call i32 @llvm.ctpop.i32(i32 %1985)
	%1987 = sub i32 %1986, 1
	%1988 = icmp sgt i32 %1987, 0
	%1989 = select i1 %1988, i32 %1987, i32 0
	%1990 = bitcast double %1960 to i64
	%1991 = trunc i64 %1990 to i32
	%1992 = lshr i64 %1990, 32
	%1993 = trunc i64 %1992 to i32
	%1994 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1991, i32 %1989, i32 31)
	%1995 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1993, i32 %1989, i32 31)
	%1996 = zext i32 %1994 to i64
	%1997 = zext i32 %1995 to i64
	%1998 = shl i64 %1997, 32
	%1999 = or i64 %1996, %1998
	%2000 = bitcast i64 %1999 to double
	%2001 = icmp sgt i32 %1986, 0
	%2002 = fadd double %1866, %2000
	%2003 = select i1 %2001, double %2002, double %1866
	%2004 = add i32 %1867, %1986
	br label %2326

2005:
	%2006 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 0, i32 31)
	%2007 = fcmp olt double %1866, 0x3FEE666666666666
	%2008 = add i32 %1865, 0
	%2009 = icmp slt i32 %2008, %877
	%2010 = and i1 %2007, %2009
	%2011 = fpext float %2006 to double
	%2012 = fadd double %1866, %2011
	%2013 = select i1 %2010, double %2012, double %1866
	%2014 = add i32 %1867, 1
	%2015 = select i1 %2010, i32 %2014, i32 %1867
	%2016 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 1, i32 31)
	%2017 = fcmp olt double %2013, 0x3FEE666666666666
	%2018 = add i32 %1865, 1
	%2019 = icmp slt i32 %2018, %877
	%2020 = and i1 %2017, %2019
	%2021 = fpext float %2016 to double
	%2022 = fadd double %2013, %2021
	%2023 = select i1 %2020, double %2022, double %2013
	%2024 = add i32 %2015, 1
	%2025 = select i1 %2020, i32 %2024, i32 %2015
	%2026 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 2, i32 31)
	%2027 = fcmp olt double %2023, 0x3FEE666666666666
	%2028 = add i32 %1865, 2
	%2029 = icmp slt i32 %2028, %877
	%2030 = and i1 %2027, %2029
	%2031 = fpext float %2026 to double
	%2032 = fadd double %2023, %2031
	%2033 = select i1 %2030, double %2032, double %2023
	%2034 = add i32 %2025, 1
	%2035 = select i1 %2030, i32 %2034, i32 %2025
	%2036 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 3, i32 31)
	%2037 = fcmp olt double %2033, 0x3FEE666666666666
	%2038 = add i32 %1865, 3
	%2039 = icmp slt i32 %2038, %877
	%2040 = and i1 %2037, %2039
	%2041 = fpext float %2036 to double
	%2042 = fadd double %2033, %2041
	%2043 = select i1 %2040, double %2042, double %2033
	%2044 = add i32 %2035, 1
	%2045 = select i1 %2040, i32 %2044, i32 %2035
	%2046 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 4, i32 31)
	%2047 = fcmp olt double %2043, 0x3FEE666666666666
	%2048 = add i32 %1865, 4
	%2049 = icmp slt i32 %2048, %877
	%2050 = and i1 %2047, %2049
	%2051 = fpext float %2046 to double
	%2052 = fadd double %2043, %2051
	%2053 = select i1 %2050, double %2052, double %2043
	%2054 = add i32 %2045, 1
	%2055 = select i1 %2050, i32 %2054, i32 %2045
	%2056 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 5, i32 31)
	%2057 = fcmp olt double %2053, 0x3FEE666666666666
	%2058 = add i32 %1865, 5
	%2059 = icmp slt i32 %2058, %877
	%2060 = and i1 %2057, %2059
	%2061 = fpext float %2056 to double
	%2062 = fadd double %2053, %2061
	%2063 = select i1 %2060, double %2062, double %2053
	%2064 = add i32 %2055, 1
	%2065 = select i1 %2060, i32 %2064, i32 %2055
	%2066 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 6, i32 31)
	%2067 = fcmp olt double %2063, 0x3FEE666666666666
	%2068 = add i32 %1865, 6
	%2069 = icmp slt i32 %2068, %877
	%2070 = and i1 %2067, %2069
	%2071 = fpext float %2066 to double
	%2072 = fadd double %2063, %2071
	%2073 = select i1 %2070, double %2072, double %2063
	%2074 = add i32 %2065, 1
	%2075 = select i1 %2070, i32 %2074, i32 %2065
	%2076 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 7, i32 31)
	%2077 = fcmp olt double %2073, 0x3FEE666666666666
	%2078 = add i32 %1865, 7
	%2079 = icmp slt i32 %2078, %877
	%2080 = and i1 %2077, %2079
	%2081 = fpext float %2076 to double
	%2082 = fadd double %2073, %2081
	%2083 = select i1 %2080, double %2082, double %2073
	%2084 = add i32 %2075, 1
	%2085 = select i1 %2080, i32 %2084, i32 %2075
	%2086 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 8, i32 31)
	%2087 = fcmp olt double %2083, 0x3FEE666666666666
	%2088 = add i32 %1865, 8
	%2089 = icmp slt i32 %2088, %877
	%2090 = and i1 %2087, %2089
	%2091 = fpext float %2086 to double
	%2092 = fadd double %2083, %2091
	%2093 = select i1 %2090, double %2092, double %2083
	%2094 = add i32 %2085, 1
	%2095 = select i1 %2090, i32 %2094, i32 %2085
	%2096 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 9, i32 31)
	%2097 = fcmp olt double %2093, 0x3FEE666666666666
	%2098 = add i32 %1865, 9
	%2099 = icmp slt i32 %2098, %877
	%2100 = and i1 %2097, %2099
	%2101 = fpext float %2096 to double
	%2102 = fadd double %2093, %2101
	%2103 = select i1 %2100, double %2102, double %2093
	%2104 = add i32 %2095, 1
	%2105 = select i1 %2100, i32 %2104, i32 %2095
	%2106 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 10, i32 31)
	%2107 = fcmp olt double %2103, 0x3FEE666666666666
	%2108 = add i32 %1865, 10
	%2109 = icmp slt i32 %2108, %877
	%2110 = and i1 %2107, %2109
	%2111 = fpext float %2106 to double
	%2112 = fadd double %2103, %2111
	%2113 = select i1 %2110, double %2112, double %2103
	%2114 = add i32 %2105, 1
	%2115 = select i1 %2110, i32 %2114, i32 %2105
	%2116 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 11, i32 31)
	%2117 = fcmp olt double %2113, 0x3FEE666666666666
	%2118 = add i32 %1865, 11
	%2119 = icmp slt i32 %2118, %877
	%2120 = and i1 %2117, %2119
	%2121 = fpext float %2116 to double
	%2122 = fadd double %2113, %2121
	%2123 = select i1 %2120, double %2122, double %2113
	%2124 = add i32 %2115, 1
	%2125 = select i1 %2120, i32 %2124, i32 %2115
	%2126 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 12, i32 31)
	%2127 = fcmp olt double %2123, 0x3FEE666666666666
	%2128 = add i32 %1865, 12
	%2129 = icmp slt i32 %2128, %877
	%2130 = and i1 %2127, %2129
	%2131 = fpext float %2126 to double
	%2132 = fadd double %2123, %2131
	%2133 = select i1 %2130, double %2132, double %2123
	%2134 = add i32 %2125, 1
	%2135 = select i1 %2130, i32 %2134, i32 %2125
	%2136 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 13, i32 31)
	%2137 = fcmp olt double %2133, 0x3FEE666666666666
	%2138 = add i32 %1865, 13
	%2139 = icmp slt i32 %2138, %877
	%2140 = and i1 %2137, %2139
	%2141 = fpext float %2136 to double
	%2142 = fadd double %2133, %2141
	%2143 = select i1 %2140, double %2142, double %2133
	%2144 = add i32 %2135, 1
	%2145 = select i1 %2140, i32 %2144, i32 %2135
	%2146 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 14, i32 31)
	%2147 = fcmp olt double %2143, 0x3FEE666666666666
	%2148 = add i32 %1865, 14
	%2149 = icmp slt i32 %2148, %877
	%2150 = and i1 %2147, %2149
	%2151 = fpext float %2146 to double
	%2152 = fadd double %2143, %2151
	%2153 = select i1 %2150, double %2152, double %2143
	%2154 = add i32 %2145, 1
	%2155 = select i1 %2150, i32 %2154, i32 %2145
	%2156 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 15, i32 31)
	%2157 = fcmp olt double %2153, 0x3FEE666666666666
	%2158 = add i32 %1865, 15
	%2159 = icmp slt i32 %2158, %877
	%2160 = and i1 %2157, %2159
	%2161 = fpext float %2156 to double
	%2162 = fadd double %2153, %2161
	%2163 = select i1 %2160, double %2162, double %2153
	%2164 = add i32 %2155, 1
	%2165 = select i1 %2160, i32 %2164, i32 %2155
	%2166 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 16, i32 31)
	%2167 = fcmp olt double %2163, 0x3FEE666666666666
	%2168 = add i32 %1865, 16
	%2169 = icmp slt i32 %2168, %877
	%2170 = and i1 %2167, %2169
	%2171 = fpext float %2166 to double
	%2172 = fadd double %2163, %2171
	%2173 = select i1 %2170, double %2172, double %2163
	%2174 = add i32 %2165, 1
	%2175 = select i1 %2170, i32 %2174, i32 %2165
	%2176 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 17, i32 31)
	%2177 = fcmp olt double %2173, 0x3FEE666666666666
	%2178 = add i32 %1865, 17
	%2179 = icmp slt i32 %2178, %877
	%2180 = and i1 %2177, %2179
	%2181 = fpext float %2176 to double
	%2182 = fadd double %2173, %2181
	%2183 = select i1 %2180, double %2182, double %2173
	%2184 = add i32 %2175, 1
	%2185 = select i1 %2180, i32 %2184, i32 %2175
	%2186 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 18, i32 31)
	%2187 = fcmp olt double %2183, 0x3FEE666666666666
	%2188 = add i32 %1865, 18
	%2189 = icmp slt i32 %2188, %877
	%2190 = and i1 %2187, %2189
	%2191 = fpext float %2186 to double
	%2192 = fadd double %2183, %2191
	%2193 = select i1 %2190, double %2192, double %2183
	%2194 = add i32 %2185, 1
	%2195 = select i1 %2190, i32 %2194, i32 %2185
	%2196 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 19, i32 31)
	%2197 = fcmp olt double %2193, 0x3FEE666666666666
	%2198 = add i32 %1865, 19
	%2199 = icmp slt i32 %2198, %877
	%2200 = and i1 %2197, %2199
	%2201 = fpext float %2196 to double
	%2202 = fadd double %2193, %2201
	%2203 = select i1 %2200, double %2202, double %2193
	%2204 = add i32 %2195, 1
	%2205 = select i1 %2200, i32 %2204, i32 %2195
	%2206 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 20, i32 31)
	%2207 = fcmp olt double %2203, 0x3FEE666666666666
	%2208 = add i32 %1865, 20
	%2209 = icmp slt i32 %2208, %877
	%2210 = and i1 %2207, %2209
	%2211 = fpext float %2206 to double
	%2212 = fadd double %2203, %2211
	%2213 = select i1 %2210, double %2212, double %2203
	%2214 = add i32 %2205, 1
	%2215 = select i1 %2210, i32 %2214, i32 %2205
	%2216 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 21, i32 31)
	%2217 = fcmp olt double %2213, 0x3FEE666666666666
	%2218 = add i32 %1865, 21
	%2219 = icmp slt i32 %2218, %877
	%2220 = and i1 %2217, %2219
	%2221 = fpext float %2216 to double
	%2222 = fadd double %2213, %2221
	%2223 = select i1 %2220, double %2222, double %2213
	%2224 = add i32 %2215, 1
	%2225 = select i1 %2220, i32 %2224, i32 %2215
	%2226 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 22, i32 31)
	%2227 = fcmp olt double %2223, 0x3FEE666666666666
	%2228 = add i32 %1865, 22
	%2229 = icmp slt i32 %2228, %877
	%2230 = and i1 %2227, %2229
	%2231 = fpext float %2226 to double
	%2232 = fadd double %2223, %2231
	%2233 = select i1 %2230, double %2232, double %2223
	%2234 = add i32 %2225, 1
	%2235 = select i1 %2230, i32 %2234, i32 %2225
	%2236 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 23, i32 31)
	%2237 = fcmp olt double %2233, 0x3FEE666666666666
	%2238 = add i32 %1865, 23
	%2239 = icmp slt i32 %2238, %877
	%2240 = and i1 %2237, %2239
	%2241 = fpext float %2236 to double
	%2242 = fadd double %2233, %2241
	%2243 = select i1 %2240, double %2242, double %2233
	%2244 = add i32 %2235, 1
	%2245 = select i1 %2240, i32 %2244, i32 %2235
	%2246 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 24, i32 31)
	%2247 = fcmp olt double %2243, 0x3FEE666666666666
	%2248 = add i32 %1865, 24
	%2249 = icmp slt i32 %2248, %877
	%2250 = and i1 %2247, %2249
	%2251 = fpext float %2246 to double
	%2252 = fadd double %2243, %2251
	%2253 = select i1 %2250, double %2252, double %2243
	%2254 = add i32 %2245, 1
	%2255 = select i1 %2250, i32 %2254, i32 %2245
	%2256 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 25, i32 31)
	%2257 = fcmp olt double %2253, 0x3FEE666666666666
	%2258 = add i32 %1865, 25
	%2259 = icmp slt i32 %2258, %877
	%2260 = and i1 %2257, %2259
	%2261 = fpext float %2256 to double
	%2262 = fadd double %2253, %2261
	%2263 = select i1 %2260, double %2262, double %2253
	%2264 = add i32 %2255, 1
	%2265 = select i1 %2260, i32 %2264, i32 %2255
	%2266 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 26, i32 31)
	%2267 = fcmp olt double %2263, 0x3FEE666666666666
	%2268 = add i32 %1865, 26
	%2269 = icmp slt i32 %2268, %877
	%2270 = and i1 %2267, %2269
	%2271 = fpext float %2266 to double
	%2272 = fadd double %2263, %2271
	%2273 = select i1 %2270, double %2272, double %2263
	%2274 = add i32 %2265, 1
	%2275 = select i1 %2270, i32 %2274, i32 %2265
	%2276 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 27, i32 31)
	%2277 = fcmp olt double %2273, 0x3FEE666666666666
	%2278 = add i32 %1865, 27
	%2279 = icmp slt i32 %2278, %877
	%2280 = and i1 %2277, %2279
	%2281 = fpext float %2276 to double
	%2282 = fadd double %2273, %2281
	%2283 = select i1 %2280, double %2282, double %2273
	%2284 = add i32 %2275, 1
	%2285 = select i1 %2280, i32 %2284, i32 %2275
	%2286 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 28, i32 31)
	%2287 = fcmp olt double %2283, 0x3FEE666666666666
	%2288 = add i32 %1865, 28
	%2289 = icmp slt i32 %2288, %877
	%2290 = and i1 %2287, %2289
	%2291 = fpext float %2286 to double
	%2292 = fadd double %2283, %2291
	%2293 = select i1 %2290, double %2292, double %2283
	%2294 = add i32 %2285, 1
	%2295 = select i1 %2290, i32 %2294, i32 %2285
	%2296 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 29, i32 31)
	%2297 = fcmp olt double %2293, 0x3FEE666666666666
	%2298 = add i32 %1865, 29
	%2299 = icmp slt i32 %2298, %877
	%2300 = and i1 %2297, %2299
	%2301 = fpext float %2296 to double
	%2302 = fadd double %2293, %2301
	%2303 = select i1 %2300, double %2302, double %2293
	%2304 = add i32 %2295, 1
	%2305 = select i1 %2300, i32 %2304, i32 %2295
	%2306 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 30, i32 31)
	%2307 = fcmp olt double %2303, 0x3FEE666666666666
	%2308 = add i32 %1865, 30
	%2309 = icmp slt i32 %2308, %877
	%2310 = and i1 %2307, %2309
	%2311 = fpext float %2306 to double
	%2312 = fadd double %2303, %2311
	%2313 = select i1 %2310, double %2312, double %2303
	%2314 = add i32 %2305, 1
	%2315 = select i1 %2310, i32 %2314, i32 %2305
	%2316 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1882, i32 31, i32 31)
	%2317 = fcmp olt double %2313, 0x3FEE666666666666
	%2318 = add i32 %1865, 31
	%2319 = icmp slt i32 %2318, %877
	%2320 = and i1 %2317, %2319
	%2321 = fpext float %2316 to double
	%2322 = fadd double %2313, %2321
	%2323 = select i1 %2320, double %2322, double %2313
	%2324 = add i32 %2315, 1
	%2325 = select i1 %2320, i32 %2324, i32 %2315
	br label %2326

2326:
	%2327 = phi double [ %2003, %1980 ], [ %2323, %2005 ]
	%2328 = phi i32 [ %2004, %1980 ], [ %2325, %2005 ]
	%2329 = add i32 %1865, 32
	br label %1864

2330:
	%2331 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1867, i32 addrspace(3)* %2331
	%2332 = fcmp oge double %1866, 0x3FEE666666666666
	%2333 = zext i1 %2332 to i32
	%2334 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2333, i32 addrspace(3)* %2334
	br label %2335

2335:
	br label %1851

2336:
	%2337 = phi i32 [ %891, %mass_done ], [ %2347, %2339 ]
	%2338 = icmp slt i32 %2337, %890
	br i1 %2338, label %2339, label %2348

2339:
	%2340 = add i32 %13, %2337
	%2341 = sext i32 %2340 to i64
	%2342 = getelementptr i32, i32* %list, i64 %2341
	store i32 -1, i32* %2342
	%2343 = add i32 %13, %NK
	%2344 = add i32 %2343, %2337
	%2345 = sext i32 %2344 to i64
	%2346 = getelementptr i32, i32* %list, i64 %2345
	store i32 -1, i32* %2346
	%2347 = add i32 %2337, 256
	br label %2336

2348:
	ret void
}
