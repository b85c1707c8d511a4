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
	%19 = phi i32 [ %0, %entry ], [ %209, %207 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %208, %207 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %140

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
	%62 = add i32 %11, %57
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = icmp slt i32 %28, %17
	%67 = select i1 %66, i32 %28, i32 %17
	%68 = add i32 %10, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i8, i8* %cls, i64 %69
	%71 = load i8, i8* %70
	%72 = add i32 %11, %67
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = icmp slt i32 %32, %17
	%77 = select i1 %76, i32 %32, i32 %17
	%78 = add i32 %10, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = add i32 %11, %77
	%83 = sext i32 %82 to i64
	%84 = getelementptr float, float* %e, i64 %83
	%85 = load float, float* %84
	%86 = icmp slt i32 %36, %17
	%87 = select i1 %86, i32 %36, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = add i32 %11, %87
	%93 = sext i32 %92 to i64
	%94 = getelementptr float, float* %e, i64 %93
	%95 = load float, float* %94
	%96 = icmp slt i32 %40, %17
	%97 = select i1 %96, i32 %40, i32 %17
	%98 = add i32 %10, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i8, i8* %cls, i64 %99
	%101 = load i8, i8* %100
	%102 = add i32 %11, %97
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %e, i64 %103
	%105 = load float, float* %104
	%106 = icmp slt i32 %44, %17
	%107 = select i1 %106, i32 %44, i32 %17
	%108 = add i32 %10, %107
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = add i32 %11, %107
	%113 = sext i32 %112 to i64
	%114 = getelementptr float, float* %e, i64 %113
	%115 = load float, float* %114
	%116 = icmp slt i32 %48, %17
	%117 = select i1 %116, i32 %48, i32 %17
	%118 = add i32 %10, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr i8, i8* %cls, i64 %119
	%121 = load i8, i8* %120
	%122 = add i32 %11, %117
	%123 = sext i32 %122 to i64
	%124 = getelementptr float, float* %e, i64 %123
	%125 = load float, float* %124
	%126 = icmp slt i32 %52, %17
	%127 = select i1 %126, i32 %52, i32 %17
	%128 = add i32 %10, %127
	%129 = sext i32 %128 to i64
	%130 = getelementptr i8, i8* %cls, i64 %129
	%131 = load i8, i8* %130
	%132 = add i32 %11, %127
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %24, %NK
	%137 = icmp ne i8 %61, 0
	%138 = and i1 %136, %137
	%139 = select i1 %138, float %65, float 0xFFF0000000000000
	br i1 %25, label %141, label %144

140:
	br label %210

141:
	%142 = bitcast float %139 to i32
	%143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %24
	store i32 %142, i32 addrspace(3)* %143
	br label %144

144:
	%145 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%146 = icmp slt i32 %28, %NK
	%147 = icmp ne i8 %71, 0
	%148 = and i1 %146, %147
	%149 = select i1 %148, float %75, float 0xFFF0000000000000
	br i1 %29, label %150, label %153

150:
	%151 = bitcast float %149 to i32
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %28
	store i32 %151, i32 addrspace(3)* %152
	br label %153

153:
	%154 = call float @llvm.nvvm.fmax.f(float %145, float %149)
	%155 = icmp slt i32 %32, %NK
	%156 = icmp ne i8 %81, 0
	%157 = and i1 %155, %156
	%158 = select i1 %157, float %85, float 0xFFF0000000000000
	br i1 %33, label %159, label %162

159:
	%160 = bitcast float %158 to i32
	%161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %32
	store i32 %160, i32 addrspace(3)* %161
	br label %162

162:
	%163 = call float @llvm.nvvm.fmax.f(float %154, float %158)
	%164 = icmp slt i32 %36, %NK
	%165 = icmp ne i8 %91, 0
	%166 = and i1 %164, %165
	%167 = select i1 %166, float %95, float 0xFFF0000000000000
	br i1 %37, label %168, label %171

168:
	%169 = bitcast float %167 to i32
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %36
	store i32 %169, i32 addrspace(3)* %170
	br label %171

171:
	%172 = call float @llvm.nvvm.fmax.f(float %163, float %167)
	%173 = icmp slt i32 %40, %NK
	%174 = icmp ne i8 %101, 0
	%175 = and i1 %173, %174
	%176 = select i1 %175, float %105, float 0xFFF0000000000000
	br i1 %41, label %177, label %180

177:
	%178 = bitcast float %176 to i32
	%179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %40
	store i32 %178, i32 addrspace(3)* %179
	br label %180

180:
	%181 = call float @llvm.nvvm.fmax.f(float %172, float %176)
	%182 = icmp slt i32 %44, %NK
	%183 = icmp ne i8 %111, 0
	%184 = and i1 %182, %183
	%185 = select i1 %184, float %115, float 0xFFF0000000000000
	br i1 %45, label %186, label %189

186:
	%187 = bitcast float %185 to i32
	%188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %44
	store i32 %187, i32 addrspace(3)* %188
	br label %189

189:
	%190 = call float @llvm.nvvm.fmax.f(float %181, float %185)
	%191 = icmp slt i32 %48, %NK
	%192 = icmp ne i8 %121, 0
	%193 = and i1 %191, %192
	%194 = select i1 %193, float %125, float 0xFFF0000000000000
	br i1 %49, label %195, label %198

195:
	%196 = bitcast float %194 to i32
	%197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %48
	store i32 %196, i32 addrspace(3)* %197
	br label %198

198:
	%199 = call float @llvm.nvvm.fmax.f(float %190, float %194)
	%200 = icmp slt i32 %52, %NK
	%201 = icmp ne i8 %131, 0
	%202 = and i1 %200, %201
	%203 = select i1 %202, float %135, float 0xFFF0000000000000
	br i1 %53, label %204, label %207

204:
	%205 = bitcast float %203 to i32
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %52
	store i32 %205, i32 addrspace(3)* %206
	br label %207

207:
	%208 = call float @llvm.nvvm.fmax.f(float %199, float %203)
	%209 = add i32 %19, 2048
	br label %18

210:
	%211 = phi i32 [ %0, %140 ], [ %221, %213 ]
	%212 = icmp slt i32 %211, %16
	br i1 %212, label %213, label %222

213:
	%214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %211
	%215 = load i32, i32 addrspace(3)* %214
	%216 = bitcast i32 %215 to float
	%217 = fcmp one float %216, 0xFFF0000000000000
	%218 = select i1 %217, float %216, float -1.0
	%219 = bitcast float %218 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %211
	store i32 %219, i32 addrspace(3)* %220
	%221 = add i32 %211, 256
	br label %210

222:
	%223 = mul i32 %1, 64
	%224 = add i32 %223, %off
	%225 = add i32 %1, 1
	%226 = mul i32 %225, 64
	%227 = icmp slt i32 %226, %M
	%228 = select i1 %227, i32 %226, i32 %M
	%229 = sub i32 %228, 1
	%230 = add i32 %229, %off
	%231 = icmp slt i32 %224, 0
	%232 = sub i32 0, %224
	%233 = sub i32 32, 1
	%234 = add i32 %232, %233
	%235 = sdiv i32 %234, 32
	%236 = sub i32 0, %235
	%237 = sdiv i32 %224, 32
	%238 = select i1 %231, i32 %236, i32 %237
	%239 = icmp slt i32 %230, 0
	%240 = sub i32 0, %230
	%241 = sub i32 32, 1
	%242 = add i32 %240, %241
	%243 = sdiv i32 %242, 32
	%244 = sub i32 0, %243
	%245 = sdiv i32 %230, 32
	%246 = select i1 %239, i32 %244, i32 %245
	br label %247

247:
	%248 = phi i32 [ %0, %222 ], [ %292, %278 ]
	%249 = phi float [ 0.0, %222 ], [ %291, %278 ]
	%250 = icmp slt i32 %248, %16
	br i1 %250, label %251, label %259

251:
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %248
	%253 = load i32, i32 addrspace(3)* %252
	%254 = bitcast i32 %253 to float
	%255 = fcmp oge float %254, 0.0
	%256 = fmul float %254, 1.0
	%257 = select i1 %255, float %256, float -1.0
	%258 = icmp slt i32 %248, %NK
	br i1 %258, label %274, label %278

259:
	%260 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %249, i32 16, i32 31)
	%261 = fadd float %249, %260
	%262 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %261, i32 8, i32 31)
	%263 = fadd float %261, %262
	%264 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %263, i32 4, i32 31)
	%265 = fadd float %263, %264
	%266 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %265, i32 2, i32 31)
	%267 = fadd float %265, %266
	%268 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %267, i32 1, i32 31)
	%269 = fadd float %267, %268
	%270 = lshr i32 %0, 5
	%271 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%272 = icmp eq i32 %271, 0
	%273 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %270
	br i1 %272, label %293, label %294

274:
	%275 = add i32 %11, %248
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	store float %257, float* %277
	br label %278

278:
	%279 = icmp sge i32 %248, %238
	%280 = icmp sle i32 %248, %246
	%281 = and i1 %279, %280
	%282 = or i1 false, %281
	%283 = icmp eq i32 %248, 0
	%284 = or i1 %282, %283
	%285 = bitcast float %257 to i32
	%286 = add i32 %285, 2
	%287 = select i1 %284, i32 1, i32 %286
	%288 = select i1 %255, i32 %287, i32 0
	%289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %248
	store i32 %288, i32 addrspace(3)* %289
	%290 = uitofp i1 %255 to float
	%291 = fadd float %249, %290
	%292 = add i32 %248, 256
	br label %247

293:
	store float %269, float addrspace(3)* %273
	br label %294

294:
	call void @llvm.nvvm.barrier0()
	%295 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%296 = load float, float addrspace(3)* %295
	%297 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%298 = load float, float addrspace(3)* %297
	%299 = fadd float %296, %298
	%300 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%301 = load float, float addrspace(3)* %300
	%302 = fadd float %299, %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = fptosi float %317 to i32
	%319 = icmp eq i32 %0, 0
	br i1 %319, label %320, label %324

320:
	%321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%322 = load i32, i32 addrspace(3)* %321
	%323 = icmp eq i32 %322, 1
	br i1 %323, label %341, label %349

324:
	call void @llvm.nvvm.barrier0()
	%325 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%326 = load i32, i32 addrspace(3)* %325
	%327 = sub i32 %318, %326
	%328 = sitofp i32 %318 to double
	%329 = fmul double 0x3FB999999999999A, %328
	%330 = fsub double %329, 0x3E112E0BE826D695
	%331 = call double @llvm.ceil.f64(double %330)
	%332 = fptosi double %331 to i32
	%333 = sub i32 %332, %326
	%334 = icmp sgt i32 %333, 0
	%335 = select i1 %334, i32 %333, i32 0
	%336 = icmp slt i32 %335, %327
	%337 = select i1 %336, i32 %335, i32 %327
	%338 = icmp sgt i32 %337, 0
	%339 = select i1 %338, i32 %337, i32 0
	%340 = icmp sgt i32 %339, 0
	br i1 %340, label %topk, label %topk_done

341:
	%342 = add i32 %13, 0
	%343 = sext i32 %342 to i64
	%344 = getelementptr i32, i32* %list, i64 %343
	store i32 0, i32* %344
	%345 = add i32 %13, %NK
	%346 = add i32 %345, 0
	%347 = sext i32 %346 to i64
	%348 = getelementptr i32, i32* %list, i64 %347
	store i32 1, i32* %348
	br label %349

349:
	%350 = add i32 %11, 0
	%351 = sext i32 %350 to i64
	%352 = getelementptr float, float* %e, i64 %351
	%353 = load float, float* %352
	%354 = add i32 0, 1
	%355 = select i1 %323, i32 %354, i32 0
	%356 = fpext float %353 to double
	%357 = fadd double 0.0, %356
	%358 = select i1 %323, double %357, double 0.0
	%359 = icmp sgt i32 %238, 1
	%360 = select i1 %359, i32 %238, i32 1
	%361 = add i32 %246, 1
	%362 = icmp slt i32 %361, %NK
	%363 = select i1 %362, i32 %361, i32 %NK
	br label %364

364:
	%365 = phi i32 [ %360, %349 ], [ %394, %384 ]
	%366 = phi i32 [ %355, %349 ], [ %390, %384 ]
	%367 = phi double [ %358, %349 ], [ %393, %384 ]
	%368 = icmp slt i32 %365, %363
	br i1 %368, label %369, label %373

369:
	%370 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %365
	%371 = load i32, i32 addrspace(3)* %370
	%372 = icmp eq i32 %371, 1
	br i1 %372, label %376, label %384

373:
	%374 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %366, i32 addrspace(3)* %374
	%375 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %367, double addrspace(3)* %375
	br label %324

376:
	%377 = add i32 %13, %366
	%378 = sext i32 %377 to i64
	%379 = getelementptr i32, i32* %list, i64 %378
	store i32 %365, i32* %379
	%380 = add i32 %13, %NK
	%381 = add i32 %380, %366
	%382 = sext i32 %381 to i64
	%383 = getelementptr i32, i32* %list, i64 %382
	store i32 1, i32* %383
	br label %384

384:
	%385 = add i32 %11, %365
	%386 = sext i32 %385 to i64
	%387 = getelementptr float, float* %e, i64 %386
	%388 = load float, float* %387
	%389 = add i32 %366, 1
	%390 = select i1 %372, i32 %389, i32 %366
	%391 = fpext float %388 to double
	%392 = fadd double %367, %391
	%393 = select i1 %372, double %392, double %367
	%394 = add i32 %365, 1
	br label %364

topk:
	call void @llvm.nvvm.barrier0()
	%395 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %395
	call void @llvm.nvvm.barrier0()
	br label %398

topk_done:
	%396 = icmp slt i32 %0, %339
	%397 = icmp sle i32 %339, 256
	br i1 %397, label %write_rank, label %write_long

398:
	%399 = phi i32 [ %0, %topk ], [ %448, %447 ]
	%400 = icmp slt i32 %399, %16
	br i1 %400, label %401, label %411

401:
	%402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %399
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp uge i32 %403, 2
	%405 = and i32 %403, 0
	%406 = icmp eq i32 %405, 0
	%407 = and i1 %404, %406
	%408 = lshr i32 %403, 24
	%409 = and i32 %408, 255
	%410 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %407)
	br i1 %410, label %439, label %447

411:
	call void @llvm.nvvm.barrier0()
	%412 = sub i32 255, %0
	%413 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %412
	%414 = load i32, i32 addrspace(3)* %413
	%415 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %415
	%416 = and i32 %0, 31
	%417 = lshr i32 %0, 5
	%418 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %414, i32 1, i32 0)
	%419 = icmp uge i32 %416, 1
	%420 = select i1 %419, i32 %418, i32 0
	%421 = add i32 %414, %420
	%422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %421, i32 2, i32 0)
	%423 = icmp uge i32 %416, 2
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %421, %424
	%426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %425, i32 4, i32 0)
	%427 = icmp uge i32 %416, 4
	%428 = select i1 %427, i32 %426, i32 0
	%429 = add i32 %425, %428
	%430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %429, i32 8, i32 0)
	%431 = icmp uge i32 %416, 8
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %429, %432
	%434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %433, i32 16, i32 0)
	%435 = icmp uge i32 %416, 16
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %433, %436
	%438 = icmp eq i32 %416, 31
	br i1 %438, label %454, label %456

439:
	%440 = select i1 %407, i32 %409, i32 256
	%441 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %440)
	%442 = shl i32 1, %3
	%443 = sub i32 %442, 1
	%444 = and i32 %441, %443
	%445 = icmp eq i32 %444, 0
	%446 = and i1 %407, %445
	br i1 %446, label %449, label %453

447:
	%448 = add i32 %399, 256
	br label %398

449:
	%450 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %409
	%451 = call i32 @llvm.ctpop.i32(i32 %441)
	%452 = atomicrmw add i32 addrspace(3)* %450, i32 %451 monotonic
	br label %453

453:
	br label %447

454:
	%455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %417
	store i32 %437, i32 addrspace(3)* %455
	br label %456

456:
	call void @llvm.nvvm.barrier0()
	%457 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%458 = load i32, i32 addrspace(3)* %457
	%459 = icmp sgt i32 %417, 0
	%460 = select i1 %459, i32 %458, i32 0
	%461 = add i32 0, %460
	%462 = add i32 0, %458
	%463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%464 = load i32, i32 addrspace(3)* %463
	%465 = icmp sgt i32 %417, 1
	%466 = select i1 %465, i32 %464, i32 0
	%467 = add i32 %461, %466
	%468 = add i32 %462, %464
	%469 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%470 = load i32, i32 addrspace(3)* %469
	%471 = icmp sgt i32 %417, 2
	%472 = select i1 %471, i32 %470, i32 0
	%473 = add i32 %467, %472
	%474 = add i32 %468, %470
	%475 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%476 = load i32, i32 addrspace(3)* %475
	%477 = icmp sgt i32 %417, 3
	%478 = select i1 %477, i32 %476, i32 0
	%479 = add i32 %473, %478
	%480 = add i32 %474, %476
	%481 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%482 = load i32, i32 addrspace(3)* %481
	%483 = icmp sgt i32 %417, 4
	%484 = select i1 %483, i32 %482, i32 0
	%485 = add i32 %479, %484
	%486 = add i32 %480, %482
	%487 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%488 = load i32, i32 addrspace(3)* %487
	%489 = icmp sgt i32 %417, 5
	%490 = select i1 %489, i32 %488, i32 0
	%491 = add i32 %485, %490
	%492 = add i32 %486, %488
	%493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%494 = load i32, i32 addrspace(3)* %493
	%495 = icmp sgt i32 %417, 6
	%496 = select i1 %495, i32 %494, i32 0
	%497 = add i32 %491, %496
	%498 = add i32 %492, %494
	%499 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%500 = load i32, i32 addrspace(3)* %499
	%501 = icmp sgt i32 %417, 7
	%502 = select i1 %501, i32 %500, i32 0
	%503 = add i32 %497, %502
	%504 = add i32 %498, %500
	%505 = add i32 %503, %437
	%506 = sub i32 %505, %414
	%507 = icmp slt i32 %506, %339
	%508 = add i32 %506, %414
	%509 = icmp sle i32 %339, %508
	%510 = and i1 %507, %509
	br i1 %510, label %511, label %514

511:
	%512 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %412, i32 addrspace(3)* %512
	%513 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %506, i32 addrspace(3)* %513
	br label %514

514:
	call void @llvm.nvvm.barrier0()
	%515 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%516 = load i32, i32 addrspace(3)* %515
	%517 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%518 = load i32, i32 addrspace(3)* %517
	%519 = sub i32 %339, %518
	%520 = shl i32 %516, 24
	%521 = or i32 0, %520
	%522 = or i32 0, u0xFF000000
	br label %523

523:
	%524 = phi i32 [ %0, %514 ], [ %573, %572 ]
	%525 = icmp slt i32 %524, %16
	br i1 %525, label %526, label %536

526:
	%527 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %524
	%528 = load i32, i32 addrspace(3)* %527
	%529 = icmp uge i32 %528, 2
	%530 = and i32 %528, %522
	%531 = icmp eq i32 %530, %521
	%532 = and i1 %529, %531
	%533 = lshr i32 %528, 16
	%534 = and i32 %533, 255
	%535 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %532)
	br i1 %535, label %564, label %572

536:
	call void @llvm.nvvm.barrier0()
	%537 = sub i32 255, %0
	%538 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %537
	%539 = load i32, i32 addrspace(3)* %538
	%540 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %540
	%541 = and i32 %0, 31
	%542 = lshr i32 %0, 5
	%543 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %539, i32 1, i32 0)
	%544 = icmp uge i32 %541, 1
	%545 = select i1 %544, i32 %543, i32 0
	%546 = add i32 %539, %545
	%547 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %546, i32 2, i32 0)
	%548 = icmp uge i32 %541, 2
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %546, %549
	%551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %550, i32 4, i32 0)
	%552 = icmp uge i32 %541, 4
	%553 = select i1 %552, i32 %551, i32 0
	%554 = add i32 %550, %553
	%555 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %554, i32 8, i32 0)
	%556 = icmp uge i32 %541, 8
	%557 = select i1 %556, i32 %555, i32 0
	%558 = add i32 %554, %557
	%559 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %558, i32 16, i32 0)
	%560 = icmp uge i32 %541, 16
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %558, %561
	%563 = icmp eq i32 %541, 31
	br i1 %563, label %579, label %581

564:
	%565 = select i1 %532, i32 %534, i32 256
	%566 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %565)
	%567 = shl i32 1, %3
	%568 = sub i32 %567, 1
	%569 = and i32 %566, %568
	%570 = icmp eq i32 %569, 0
	%571 = and i1 %532, %570
	br i1 %571, label %574, label %578

572:
	%573 = add i32 %524, 256
	br label %523

574:
	%575 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %534
	%576 = call i32 @llvm.ctpop.i32(i32 %566)
	%577 = atomicrmw add i32 addrspace(3)* %575, i32 %576 monotonic
	br label %578

578:
	br label %572

579:
	%580 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %542
	store i32 %562, i32 addrspace(3)* %580
	br label %581

581:
	call void @llvm.nvvm.barrier0()
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %542, 0
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 0, %585
	%587 = add i32 0, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %542, 1
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %542, 2
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %542, 3
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %542, 4
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %542, 5
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%619 = load i32, i32 addrspace(3)* %618
	%620 = icmp sgt i32 %542, 6
	%621 = select i1 %620, i32 %619, i32 0
	%622 = add i32 %616, %621
	%623 = add i32 %617, %619
	%624 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%625 = load i32, i32 addrspace(3)* %624
	%626 = icmp sgt i32 %542, 7
	%627 = select i1 %626, i32 %625, i32 0
	%628 = add i32 %622, %627
	%629 = add i32 %623, %625
	%630 = add i32 %628, %562
	%631 = sub i32 %630, %539
	%632 = icmp slt i32 %631, %519
	%633 = add i32 %631, %539
	%634 = icmp sle i32 %519, %633
	%635 = and i1 %632, %634
	br i1 %635, label %636, label %639

636:
	%637 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %537, i32 addrspace(3)* %637
	%638 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %631, i32 addrspace(3)* %638
	br label %639

639:
	call void @llvm.nvvm.barrier0()
	%640 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%641 = load i32, i32 addrspace(3)* %640
	%642 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%643 = load i32, i32 addrspace(3)* %642
	%644 = sub i32 %519, %643
	%645 = shl i32 %641, 16
	%646 = or i32 %521, %645
	%647 = or i32 %522, u0xFF0000
	br label %648

648:
	%649 = phi i32 [ %0, %639 ], [ %698, %697 ]
	%650 = icmp slt i32 %649, %16
	br i1 %650, label %651, label %661

651:
	%652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %649
	%653 = load i32, i32 addrspace(3)* %652
	%654 = icmp uge i32 %653, 2
	%655 = and i32 %653, %647
	%656 = icmp eq i32 %655, %646
	%657 = and i1 %654, %656
	%658 = lshr i32 %653, 8
	%659 = and i32 %658, 255
	%660 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %657)
	br i1 %660, label %689, label %697

661:
	call void @llvm.nvvm.barrier0()
	%662 = sub i32 255, %0
	%663 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %662
	%664 = load i32, i32 addrspace(3)* %663
	%665 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %665
	%666 = and i32 %0, 31
	%667 = lshr i32 %0, 5
	%668 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %664, i32 1, i32 0)
	%669 = icmp uge i32 %666, 1
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %664, %670
	%672 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %671, i32 2, i32 0)
	%673 = icmp uge i32 %666, 2
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %671, %674
	%676 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %675, i32 4, i32 0)
	%677 = icmp uge i32 %666, 4
	%678 = select i1 %677, i32 %676, i32 0
	%679 = add i32 %675, %678
	%680 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %679, i32 8, i32 0)
	%681 = icmp uge i32 %666, 8
	%682 = select i1 %681, i32 %680, i32 0
	%683 = add i32 %679, %682
	%684 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %683, i32 16, i32 0)
	%685 = icmp uge i32 %666, 16
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %683, %686
	%688 = icmp eq i32 %666, 31
	br i1 %688, label %704, label %706

689:
	%690 = select i1 %657, i32 %659, i32 256
	%691 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %690)
	%692 = shl i32 1, %3
	%693 = sub i32 %692, 1
	%694 = and i32 %691, %693
	%695 = icmp eq i32 %694, 0
	%696 = and i1 %657, %695
	br i1 %696, label %699, label %703

697:
	%698 = add i32 %649, 256
	br label %648

699:
	%700 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %659
	%701 = call i32 @llvm.ctpop.i32(i32 %691)
	%702 = atomicrmw add i32 addrspace(3)* %700, i32 %701 monotonic
	br label %703

703:
	br label %697

704:
	%705 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %667
	store i32 %687, i32 addrspace(3)* %705
	br label %706

706:
	call void @llvm.nvvm.barrier0()
	%707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%708 = load i32, i32 addrspace(3)* %707
	%709 = icmp sgt i32 %667, 0
	%710 = select i1 %709, i32 %708, i32 0
	%711 = add i32 0, %710
	%712 = add i32 0, %708
	%713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%714 = load i32, i32 addrspace(3)* %713
	%715 = icmp sgt i32 %667, 1
	%716 = select i1 %715, i32 %714, i32 0
	%717 = add i32 %711, %716
	%718 = add i32 %712, %714
	%719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%720 = load i32, i32 addrspace(3)* %719
	%721 = icmp sgt i32 %667, 2
	%722 = select i1 %721, i32 %720, i32 0
	%723 = add i32 %717, %722
	%724 = add i32 %718, %720
	%725 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%726 = load i32, i32 addrspace(3)* %725
	%727 = icmp sgt i32 %667, 3
	%728 = select i1 %727, i32 %726, i32 0
	%729 = add i32 %723, %728
	%730 = add i32 %724, %726
	%731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%732 = load i32, i32 addrspace(3)* %731
	%733 = icmp sgt i32 %667, 4
	%734 = select i1 %733, i32 %732, i32 0
	%735 = add i32 %729, %734
	%736 = add i32 %730, %732
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%738 = load i32, i32 addrspace(3)* %737
	%739 = icmp sgt i32 %667, 5
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 %735, %740
	%742 = add i32 %736, %738
	%743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%744 = load i32, i32 addrspace(3)* %743
	%745 = icmp sgt i32 %667, 6
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %741, %746
	%748 = add i32 %742, %744
	%749 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%750 = load i32, i32 addrspace(3)* %749
	%751 = icmp sgt i32 %667, 7
	%752 = select i1 %751, i32 %750, i32 0
	%753 = add i32 %747, %752
	%754 = add i32 %748, %750
	%755 = add i32 %753, %687
	%756 = sub i32 %755, %664
	%757 = icmp slt i32 %756, %644
	%758 = add i32 %756, %664
	%759 = icmp sle i32 %644, %758
	%760 = and i1 %757, %759
	br i1 %760, label %761, label %764

761:
	%762 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %662, i32 addrspace(3)* %762
	%763 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %756, i32 addrspace(3)* %763
	br label %764

764:
	call void @llvm.nvvm.barrier0()
	%765 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%766 = load i32, i32 addrspace(3)* %765
	%767 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%768 = load i32, i32 addrspace(3)* %767
	%769 = sub i32 %644, %768
	%770 = shl i32 %766, 8
	%771 = or i32 %646, %770
	%772 = or i32 %647, u0xFF00
	br label %773

773:
	%774 = phi i32 [ %0, %764 ], [ %823, %822 ]
	%775 = icmp slt i32 %774, %16
	br i1 %775, label %776, label %786

776:
	%777 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %774
	%778 = load i32, i32 addrspace(3)* %777
	%779 = icmp uge i32 %778, 2
	%780 = and i32 %778, %772
	%781 = icmp eq i32 %780, %771
	%782 = and i1 %779, %781
	%783 = lshr i32 %778, 0
	%784 = and i32 %783, 255
	%785 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %782)
	br i1 %785, label %814, label %822

786:
	call void @llvm.nvvm.barrier0()
	%787 = sub i32 255, %0
	%788 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %787
	%789 = load i32, i32 addrspace(3)* %788
	%790 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %790
	%791 = and i32 %0, 31
	%792 = lshr i32 %0, 5
	%793 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %789, i32 1, i32 0)
	%794 = icmp uge i32 %791, 1
	%795 = select i1 %794, i32 %793, i32 0
	%796 = add i32 %789, %795
	%797 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %796, i32 2, i32 0)
	%798 = icmp uge i32 %791, 2
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %796, %799
	%801 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %800, i32 4, i32 0)
	%802 = icmp uge i32 %791, 4
	%803 = select i1 %802, i32 %801, i32 0
	%804 = add i32 %800, %803
	%805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %804, i32 8, i32 0)
	%806 = icmp uge i32 %791, 8
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %804, %807
	%809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %808, i32 16, i32 0)
	%810 = icmp uge i32 %791, 16
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %808, %811
	%813 = icmp eq i32 %791, 31
	br i1 %813, label %829, label %831

814:
	%815 = select i1 %782, i32 %784, i32 256
	%816 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %815)
	%817 = shl i32 1, %3
	%818 = sub i32 %817, 1
	%819 = and i32 %816, %818
	%820 = icmp eq i32 %819, 0
	%821 = and i1 %782, %820
	br i1 %821, label %824, label %828

822:
	%823 = add i32 %774, 256
	br label %773

824:
	%825 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %784
	%826 = call i32 @llvm.ctpop.i32(i32 %816)
	%827 = atomicrmw add i32 addrspace(3)* %825, i32 %826 monotonic
	br label %828

828:
	br label %822

829:
	%830 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %792
	store i32 %812, i32 addrspace(3)* %830
	br label %831

831:
	call void @llvm.nvvm.barrier0()
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp sgt i32 %792, 0
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 0, %835
	%837 = add i32 0, %833
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%839 = load i32, i32 addrspace(3)* %838
	%840 = icmp sgt i32 %792, 1
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %836, %841
	%843 = add i32 %837, %839
	%844 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%845 = load i32, i32 addrspace(3)* %844
	%846 = icmp sgt i32 %792, 2
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %842, %847
	%849 = add i32 %843, %845
	%850 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%851 = load i32, i32 addrspace(3)* %850
	%852 = icmp sgt i32 %792, 3
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %848, %853
	%855 = add i32 %849, %851
	%856 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%857 = load i32, i32 addrspace(3)* %856
	%858 = icmp sgt i32 %792, 4
	%859 = select i1 %858, i32 %857, i32 0
	%860 = add i32 %854, %859
	%861 = add i32 %855, %857
	%862 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%863 = load i32, i32 addrspace(3)* %862
	%864 = icmp sgt i32 %792, 5
	%865 = select i1 %864, i32 %863, i32 0
	%866 = add i32 %860, %865
	%867 = add i32 %861, %863
	%868 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%869 = load i32, i32 addrspace(3)* %868
	%870 = icmp sgt i32 %792, 6
	%871 = select i1 %870, i32 %869, i32 0
	%872 = add i32 %866, %871
	%873 = add i32 %867, %869
	%874 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%875 = load i32, i32 addrspace(3)* %874
	%876 = icmp sgt i32 %792, 7
	%877 = select i1 %876, i32 %875, i32 0
	%878 = add i32 %872, %877
	%879 = add i32 %873, %875
	%880 = add i32 %878, %812
	%881 = sub i32 %880, %789
	%882 = icmp slt i32 %881, %769
	%883 = add i32 %881, %789
	%884 = icmp sle i32 %769, %883
	%885 = and i1 %882, %884
	br i1 %885, label %886, label %889

886:
	%887 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %787, i32 addrspace(3)* %887
	%888 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %881, i32 addrspace(3)* %888
	br label %889

889:
	call void @llvm.nvvm.barrier0()
	%890 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%891 = load i32, i32 addrspace(3)* %890
	%892 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%893 = load i32, i32 addrspace(3)* %892
	%894 = sub i32 %769, %893
	%895 = shl i32 %891, 0
	%896 = or i32 %771, %895
	%897 = or i32 %772, 255
	%898 = shl i32 1, %3
	%899 = sub i32 %898, 1
	br label %900

900:
	%901 = phi i32 [ 0, %889 ], [ %955, %954 ]
	%902 = icmp slt i32 %901, %16
	br i1 %902, label %903, label %912

903:
	%904 = add i32 %901, %0
	%905 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %904
	%906 = load i32, i32 addrspace(3)* %905
	%907 = icmp ugt i32 %906, %896
	%908 = icmp eq i32 %906, %896
	%909 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %907)
	%910 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %908)
	%911 = icmp eq i32 %3, 0
	br i1 %911, label %946, label %954

912:
	call void @llvm.nvvm.barrier0()
	%913 = sdiv i32 %16, 256
	%914 = mul i32 %913, 8
	%915 = icmp slt i32 %0, %914
	%916 = select i1 %915, i32 %0, i32 0
	%917 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %916
	%918 = load i32, i32 addrspace(3)* %917
	%919 = select i1 %915, i32 %918, i32 0
	%920 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %916
	%921 = load i32, i32 addrspace(3)* %920
	%922 = select i1 %915, i32 %921, i32 0
	%923 = and i32 %0, 31
	%924 = lshr i32 %0, 5
	%925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %922, i32 1, i32 0)
	%926 = icmp uge i32 %923, 1
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %922, %927
	%929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %928, i32 2, i32 0)
	%930 = icmp uge i32 %923, 2
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %928, %931
	%933 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %932, i32 4, i32 0)
	%934 = icmp uge i32 %923, 4
	%935 = select i1 %934, i32 %933, i32 0
	%936 = add i32 %932, %935
	%937 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %936, i32 8, i32 0)
	%938 = icmp uge i32 %923, 8
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %936, %939
	%941 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %940, i32 16, i32 0)
	%942 = icmp uge i32 %923, 16
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 %940, %943
	%945 = icmp eq i32 %923, 31
	br i1 %945, label %956, label %958

946:
	%947 = sdiv i32 %901, 256
	%948 = mul i32 %947, 8
	%949 = add i32 %948, %4
	%950 = call i32 @llvm.ctpop.i32(i32 %909)
	%951 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %949
	store i32 %950, i32 addrspace(3)* %951
	%952 = call i32 @llvm.ctpop.i32(i32 %910)
	%953 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %949
	store i32 %952, i32 addrspace(3)* %953
	br label %954

954:
	%955 = add i32 %901, 256
	br label %900

956:
	%957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %924
	store i32 %944, i32 addrspace(3)* %957
	br label %958

958:
	call void @llvm.nvvm.barrier0()
	%959 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%960 = load i32, i32 addrspace(3)* %959
	%961 = icmp sgt i32 %924, 0
	%962 = select i1 %961, i32 %960, i32 0
	%963 = add i32 0, %962
	%964 = add i32 0, %960
	%965 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%966 = load i32, i32 addrspace(3)* %965
	%967 = icmp sgt i32 %924, 1
	%968 = select i1 %967, i32 %966, i32 0
	%969 = add i32 %963, %968
	%970 = add i32 %964, %966
	%971 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%972 = load i32, i32 addrspace(3)* %971
	%973 = icmp sgt i32 %924, 2
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %969, %974
	%976 = add i32 %970, %972
	%977 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%978 = load i32, i32 addrspace(3)* %977
	%979 = icmp sgt i32 %924, 3
	%980 = select i1 %979, i32 %978, i32 0
	%981 = add i32 %975, %980
	%982 = add i32 %976, %978
	%983 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp sgt i32 %924, 4
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %981, %986
	%988 = add i32 %982, %984
	%989 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%990 = load i32, i32 addrspace(3)* %989
	%991 = icmp sgt i32 %924, 5
	%992 = select i1 %991, i32 %990, i32 0
	%993 = add i32 %987, %992
	%994 = add i32 %988, %990
	%995 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%996 = load i32, i32 addrspace(3)* %995
	%997 = icmp sgt i32 %924, 6
	%998 = select i1 %997, i32 %996, i32 0
	%999 = add i32 %993, %998
	%1000 = add i32 %994, %996
	%1001 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1002 = load i32, i32 addrspace(3)* %1001
	%1003 = icmp sgt i32 %924, 7
	%1004 = select i1 %1003, i32 %1002, i32 0
	%1005 = add i32 %999, %1004
	%1006 = add i32 %1000, %1002
	%1007 = add i32 %1005, %944
	%1008 = sub i32 %1007, %922
	%1009 = sub i32 %894, %1008
	%1010 = icmp sgt i32 %1009, 0
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = icmp slt i32 %1011, %922
	%1013 = select i1 %1012, i32 %1011, i32 %922
	%1014 = add i32 %919, %1013
	%1015 = and i32 %0, 31
	%1016 = lshr i32 %0, 5
	%1017 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1014, i32 1, i32 0)
	%1018 = icmp uge i32 %1015, 1
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1014, %1019
	%1021 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1020, i32 2, i32 0)
	%1022 = icmp uge i32 %1015, 2
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1020, %1023
	%1025 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1024, i32 4, i32 0)
	%1026 = icmp uge i32 %1015, 4
	%1027 = select i1 %1026, i32 %1025, i32 0
	%1028 = add i32 %1024, %1027
	%1029 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1028, i32 8, i32 0)
	%1030 = icmp uge i32 %1015, 8
	%1031 = select i1 %1030, i32 %1029, i32 0
	%1032 = add i32 %1028, %1031
	%1033 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1032, i32 16, i32 0)
	%1034 = icmp uge i32 %1015, 16
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = add i32 %1032, %1035
	%1037 = icmp eq i32 %1015, 31
	br i1 %1037, label %1038, label %1040

1038:
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1016
	store i32 %1036, i32 addrspace(3)* %1039
	br label %1040

1040:
	call void @llvm.nvvm.barrier0()
	%1041 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1042 = load i32, i32 addrspace(3)* %1041
	%1043 = icmp sgt i32 %1016, 0
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 0, %1044
	%1046 = add i32 0, %1042
	%1047 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1048 = load i32, i32 addrspace(3)* %1047
	%1049 = icmp sgt i32 %1016, 1
	%1050 = select i1 %1049, i32 %1048, i32 0
	%1051 = add i32 %1045, %1050
	%1052 = add i32 %1046, %1048
	%1053 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1054 = load i32, i32 addrspace(3)* %1053
	%1055 = icmp sgt i32 %1016, 2
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1051, %1056
	%1058 = add i32 %1052, %1054
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1060 = load i32, i32 addrspace(3)* %1059
	%1061 = icmp sgt i32 %1016, 3
	%1062 = select i1 %1061, i32 %1060, i32 0
	%1063 = add i32 %1057, %1062
	%1064 = add i32 %1058, %1060
	%1065 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1066 = load i32, i32 addrspace(3)* %1065
	%1067 = icmp sgt i32 %1016, 4
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1063, %1068
	%1070 = add i32 %1064, %1066
	%1071 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1072 = load i32, i32 addrspace(3)* %1071
	%1073 = icmp sgt i32 %1016, 5
	%1074 = select i1 %1073, i32 %1072, i32 0
	%1075 = add i32 %1069, %1074
	%1076 = add i32 %1070, %1072
	%1077 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1078 = load i32, i32 addrspace(3)* %1077
	%1079 = icmp sgt i32 %1016, 6
	%1080 = select i1 %1079, i32 %1078, i32 0
	%1081 = add i32 %1075, %1080
	%1082 = add i32 %1076, %1078
	%1083 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = icmp sgt i32 %1016, 7
	%1086 = select i1 %1085, i32 %1084, i32 0
	%1087 = add i32 %1081, %1086
	%1088 = add i32 %1082, %1084
	%1089 = add i32 %1087, %1036
	%1090 = sub i32 %1089, %1014
	br i1 %915, label %1091, label %1094

1091:
	%1092 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1090, i32 addrspace(3)* %1092
	%1093 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1008, i32 addrspace(3)* %1093
	br label %1094

1094:
	call void @llvm.nvvm.barrier0()
	br label %1095

1095:
	%1096 = phi i32 [ 0, %1094 ], [ %1128, %1127 ]
	%1097 = icmp slt i32 %1096, %16
	br i1 %1097, label %1098, label %1123

1098:
	%1099 = add i32 %1096, %0
	%1100 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1099
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = icmp ugt i32 %1101, %896
	%1103 = icmp eq i32 %1101, %896
	%1104 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1102)
	%1105 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1103)
	%1106 = sdiv i32 %1096, 256
	%1107 = mul i32 %1106, 8
	%1108 = add i32 %1107, %4
	%1109 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1108
	%1110 = load i32, i32 addrspace(3)* %1109
	%1111 = and i32 %1105, %899
	%1112 = call i32 @llvm.ctpop.i32(i32 %1111)
	%1113 = add i32 %1110, %1112
	%1114 = icmp slt i32 %1113, %894
	%1115 = and i1 %1103, %1114
	%1116 = or i1 %1102, %1115
	%1117 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1116)
	%1118 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1108
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = and i32 %1117, %899
	%1121 = call i32 @llvm.ctpop.i32(i32 %1120)
	%1122 = add i32 %1119, %1121
	br i1 %1116, label %1124, label %1127

1123:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1124:
	%1125 = add i32 %1096, %0
	%1126 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1122
	store i32 %1125, i32 addrspace(3)* %1126
	br label %1127

1127:
	%1128 = add i32 %1096, 256
	br label %1095

write_rank:
	br i1 %396, label %5135, label %5141

write_sort:
	%1129 = sub i32 %339, 1
	%1130 = call i32 @llvm.ctlz.i32(i32 %1129, i1 false)
	%1131 = icmp sgt i32 %339, 1
	%1132 = sub i32 32, %1130
	%1133 = select i1 %1131, i32 %1132, i32 0
	%1134 = shl i32 1, %1133
	%1135 = add i32 %339, %0
	br label %5053

write_done:
	%1136 = add i32 %326, %339
	%1137 = icmp sle i32 %M, 16
	%1138 = add i32 %1136, 1
	%1139 = add i32 %326, %339
	%1140 = icmp sgt i32 %1138, %1139
	%1141 = select i1 %1140, i32 %1138, i32 %1139
	%1142 = icmp slt i32 %1141, %NK
	%1143 = select i1 %1142, i32 %1141, i32 %NK
	%1144 = select i1 %1137, i32 %NK, i32 %1143
	%1145 = add i32 %1136, %0
	br label %5174

write_long:
	%1146 = icmp sle i32 %339, 2048
	br i1 %1146, label %write_radix, label %write_sort

write_radix:
	%1147 = shl i32 1, %3
	%1148 = sub i32 %1147, 1
	%1149 = add i32 0, %0
	%1150 = icmp slt i32 0, %339
	%1151 = icmp slt i32 %1149, %339
	br i1 %1150, label %1152, label %1159

1152:
	%1153 = select i1 %1151, i32 %1149, i32 0
	%1154 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1153
	%1155 = load i32, i32 addrspace(3)* %1154
	%1156 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1155
	%1157 = load i32, i32 addrspace(3)* %1156
	%1158 = xor i32 %1157, -1
	br label %1159

1159:
	%1160 = phi i32 [ 0, %write_radix ], [ %1155, %1152 ]
	%1161 = phi i32 [ 0, %write_radix ], [ %1158, %1152 ]
	%1162 = add i32 256, %0
	%1163 = icmp slt i32 256, %339
	%1164 = icmp slt i32 %1162, %339
	br i1 %1163, label %1165, label %1172

1165:
	%1166 = select i1 %1164, i32 %1162, i32 0
	%1167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1166
	%1168 = load i32, i32 addrspace(3)* %1167
	%1169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1168
	%1170 = load i32, i32 addrspace(3)* %1169
	%1171 = xor i32 %1170, -1
	br label %1172

1172:
	%1173 = phi i32 [ 0, %1159 ], [ %1168, %1165 ]
	%1174 = phi i32 [ 0, %1159 ], [ %1171, %1165 ]
	%1175 = add i32 512, %0
	%1176 = icmp slt i32 512, %339
	%1177 = icmp slt i32 %1175, %339
	br i1 %1176, label %1178, label %1185

1178:
	%1179 = select i1 %1177, i32 %1175, i32 0
	%1180 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1179
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1181
	%1183 = load i32, i32 addrspace(3)* %1182
	%1184 = xor i32 %1183, -1
	br label %1185

1185:
	%1186 = phi i32 [ 0, %1172 ], [ %1181, %1178 ]
	%1187 = phi i32 [ 0, %1172 ], [ %1184, %1178 ]
	%1188 = add i32 768, %0
	%1189 = icmp slt i32 768, %339
	%1190 = icmp slt i32 %1188, %339
	br i1 %1189, label %1191, label %1198

1191:
	%1192 = select i1 %1190, i32 %1188, i32 0
	%1193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1192
	%1194 = load i32, i32 addrspace(3)* %1193
	%1195 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1194
	%1196 = load i32, i32 addrspace(3)* %1195
	%1197 = xor i32 %1196, -1
	br label %1198

1198:
	%1199 = phi i32 [ 0, %1185 ], [ %1194, %1191 ]
	%1200 = phi i32 [ 0, %1185 ], [ %1197, %1191 ]
	%1201 = add i32 1024, %0
	%1202 = icmp slt i32 1024, %339
	%1203 = icmp slt i32 %1201, %339
	br i1 %1202, label %1204, label %1211

1204:
	%1205 = select i1 %1203, i32 %1201, i32 0
	%1206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1205
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1207
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = xor i32 %1209, -1
	br label %1211

1211:
	%1212 = phi i32 [ 0, %1198 ], [ %1207, %1204 ]
	%1213 = phi i32 [ 0, %1198 ], [ %1210, %1204 ]
	%1214 = add i32 1280, %0
	%1215 = icmp slt i32 1280, %339
	%1216 = icmp slt i32 %1214, %339
	br i1 %1215, label %1217, label %1224

1217:
	%1218 = select i1 %1216, i32 %1214, i32 0
	%1219 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1218
	%1220 = load i32, i32 addrspace(3)* %1219
	%1221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1220
	%1222 = load i32, i32 addrspace(3)* %1221
	%1223 = xor i32 %1222, -1
	br label %1224

1224:
	%1225 = phi i32 [ 0, %1211 ], [ %1220, %1217 ]
	%1226 = phi i32 [ 0, %1211 ], [ %1223, %1217 ]
	%1227 = add i32 1536, %0
	%1228 = icmp slt i32 1536, %339
	%1229 = icmp slt i32 %1227, %339
	br i1 %1228, label %1230, label %1237

1230:
	%1231 = select i1 %1229, i32 %1227, i32 0
	%1232 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1231
	%1233 = load i32, i32 addrspace(3)* %1232
	%1234 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1233
	%1235 = load i32, i32 addrspace(3)* %1234
	%1236 = xor i32 %1235, -1
	br label %1237

1237:
	%1238 = phi i32 [ 0, %1224 ], [ %1233, %1230 ]
	%1239 = phi i32 [ 0, %1224 ], [ %1236, %1230 ]
	%1240 = add i32 1792, %0
	%1241 = icmp slt i32 1792, %339
	%1242 = icmp slt i32 %1240, %339
	br i1 %1241, label %1243, label %1250

1243:
	%1244 = select i1 %1242, i32 %1240, i32 0
	%1245 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1244
	%1246 = load i32, i32 addrspace(3)* %1245
	%1247 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1246
	%1248 = load i32, i32 addrspace(3)* %1247
	%1249 = xor i32 %1248, -1
	br label %1250

1250:
	%1251 = phi i32 [ 0, %1237 ], [ %1246, %1243 ]
	%1252 = phi i32 [ 0, %1237 ], [ %1249, %1243 ]
	call void @llvm.nvvm.barrier0()
	%1253 = add i32 %0, 0
	%1254 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1253
	store i32 0, i32 addrspace(3)* %1254
	%1255 = add i32 %0, 256
	%1256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1255
	store i32 0, i32 addrspace(3)* %1256
	%1257 = add i32 %0, 512
	%1258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1257
	store i32 0, i32 addrspace(3)* %1258
	%1259 = add i32 %0, 768
	%1260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1259
	store i32 0, i32 addrspace(3)* %1260
	call void @llvm.nvvm.barrier0()
	br i1 %1150, label %1261, label %1270

1261:
	%1262 = lshr i32 %1161, 0
	%1263 = and i32 %1262, 15
	%1264 = select i1 %1151, i32 %1263, i32 16
	%1265 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1264)
	%1266 = and i32 %1265, %1148
	%1267 = call i32 @llvm.ctpop.i32(i32 %1266)
	%1268 = icmp eq i32 %1267, 0
	%1269 = and i1 %1151, %1268
	br i1 %1269, label %1272, label %1279

1270:
	%1271 = phi i32 [ 0, %1250 ], [ %1267, %1279 ]
	br i1 %1163, label %1280, label %1289

1272:
	%1273 = call i32 @llvm.ctpop.i32(i32 %1265)
	%1274 = add i32 0, %4
	%1275 = mul i32 %1263, 64
	%1276 = add i32 %1275, %1274
	%1277 = add i32 0, %1276
	%1278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1277
	store i32 %1273, i32 addrspace(3)* %1278
	br label %1279

1279:
	br label %1270

1280:
	%1281 = lshr i32 %1174, 0
	%1282 = and i32 %1281, 15
	%1283 = select i1 %1164, i32 %1282, i32 16
	%1284 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1283)
	%1285 = and i32 %1284, %1148
	%1286 = call i32 @llvm.ctpop.i32(i32 %1285)
	%1287 = icmp eq i32 %1286, 0
	%1288 = and i1 %1164, %1287
	br i1 %1288, label %1291, label %1298

1289:
	%1290 = phi i32 [ 0, %1270 ], [ %1286, %1298 ]
	br i1 %1176, label %1299, label %1308

1291:
	%1292 = call i32 @llvm.ctpop.i32(i32 %1284)
	%1293 = add i32 8, %4
	%1294 = mul i32 %1282, 64
	%1295 = add i32 %1294, %1293
	%1296 = add i32 0, %1295
	%1297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1296
	store i32 %1292, i32 addrspace(3)* %1297
	br label %1298

1298:
	br label %1289

1299:
	%1300 = lshr i32 %1187, 0
	%1301 = and i32 %1300, 15
	%1302 = select i1 %1177, i32 %1301, i32 16
	%1303 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1302)
	%1304 = and i32 %1303, %1148
	%1305 = call i32 @llvm.ctpop.i32(i32 %1304)
	%1306 = icmp eq i32 %1305, 0
	%1307 = and i1 %1177, %1306
	br i1 %1307, label %1310, label %1317

1308:
	%1309 = phi i32 [ 0, %1289 ], [ %1305, %1317 ]
	br i1 %1189, label %1318, label %1327

1310:
	%1311 = call i32 @llvm.ctpop.i32(i32 %1303)
	%1312 = add i32 16, %4
	%1313 = mul i32 %1301, 64
	%1314 = add i32 %1313, %1312
	%1315 = add i32 0, %1314
	%1316 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1315
	store i32 %1311, i32 addrspace(3)* %1316
	br label %1317

1317:
	br label %1308

1318:
	%1319 = lshr i32 %1200, 0
	%1320 = and i32 %1319, 15
	%1321 = select i1 %1190, i32 %1320, i32 16
	%1322 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1321)
	%1323 = and i32 %1322, %1148
	%1324 = call i32 @llvm.ctpop.i32(i32 %1323)
	%1325 = icmp eq i32 %1324, 0
	%1326 = and i1 %1190, %1325
	br i1 %1326, label %1329, label %1336

1327:
	%1328 = phi i32 [ 0, %1308 ], [ %1324, %1336 ]
	br i1 %1202, label %1337, label %1346

1329:
	%1330 = call i32 @llvm.ctpop.i32(i32 %1322)
	%1331 = add i32 24, %4
	%1332 = mul i32 %1320, 64
	%1333 = add i32 %1332, %1331
	%1334 = add i32 0, %1333
	%1335 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1334
	store i32 %1330, i32 addrspace(3)* %1335
	br label %1336

1336:
	br label %1327

1337:
	%1338 = lshr i32 %1213, 0
	%1339 = and i32 %1338, 15
	%1340 = select i1 %1203, i32 %1339, i32 16
	%1341 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1340)
	%1342 = and i32 %1341, %1148
	%1343 = call i32 @llvm.ctpop.i32(i32 %1342)
	%1344 = icmp eq i32 %1343, 0
	%1345 = and i1 %1203, %1344
	br i1 %1345, label %1348, label %1355

1346:
	%1347 = phi i32 [ 0, %1327 ], [ %1343, %1355 ]
	br i1 %1215, label %1356, label %1365

1348:
	%1349 = call i32 @llvm.ctpop.i32(i32 %1341)
	%1350 = add i32 32, %4
	%1351 = mul i32 %1339, 64
	%1352 = add i32 %1351, %1350
	%1353 = add i32 0, %1352
	%1354 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1353
	store i32 %1349, i32 addrspace(3)* %1354
	br label %1355

1355:
	br label %1346

1356:
	%1357 = lshr i32 %1226, 0
	%1358 = and i32 %1357, 15
	%1359 = select i1 %1216, i32 %1358, i32 16
	%1360 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1359)
	%1361 = and i32 %1360, %1148
	%1362 = call i32 @llvm.ctpop.i32(i32 %1361)
	%1363 = icmp eq i32 %1362, 0
	%1364 = and i1 %1216, %1363
	br i1 %1364, label %1367, label %1374

1365:
	%1366 = phi i32 [ 0, %1346 ], [ %1362, %1374 ]
	br i1 %1228, label %1375, label %1384

1367:
	%1368 = call i32 @llvm.ctpop.i32(i32 %1360)
	%1369 = add i32 40, %4
	%1370 = mul i32 %1358, 64
	%1371 = add i32 %1370, %1369
	%1372 = add i32 0, %1371
	%1373 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1372
	store i32 %1368, i32 addrspace(3)* %1373
	br label %1374

1374:
	br label %1365

1375:
	%1376 = lshr i32 %1239, 0
	%1377 = and i32 %1376, 15
	%1378 = select i1 %1229, i32 %1377, i32 16
	%1379 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1378)
	%1380 = and i32 %1379, %1148
	%1381 = call i32 @llvm.ctpop.i32(i32 %1380)
	%1382 = icmp eq i32 %1381, 0
	%1383 = and i1 %1229, %1382
	br i1 %1383, label %1386, label %1393

1384:
	%1385 = phi i32 [ 0, %1365 ], [ %1381, %1393 ]
	br i1 %1241, label %1394, label %1403

1386:
	%1387 = call i32 @llvm.ctpop.i32(i32 %1379)
	%1388 = add i32 48, %4
	%1389 = mul i32 %1377, 64
	%1390 = add i32 %1389, %1388
	%1391 = add i32 0, %1390
	%1392 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1391
	store i32 %1387, i32 addrspace(3)* %1392
	br label %1393

1393:
	br label %1384

1394:
	%1395 = lshr i32 %1252, 0
	%1396 = and i32 %1395, 15
	%1397 = select i1 %1242, i32 %1396, i32 16
	%1398 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1397)
	%1399 = and i32 %1398, %1148
	%1400 = call i32 @llvm.ctpop.i32(i32 %1399)
	%1401 = icmp eq i32 %1400, 0
	%1402 = and i1 %1242, %1401
	br i1 %1402, label %1448, label %1455

1403:
	%1404 = phi i32 [ 0, %1384 ], [ %1400, %1455 ]
	call void @llvm.nvvm.barrier0()
	%1405 = mul i32 %0, 4
	%1406 = add i32 %1405, 0
	%1407 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1406
	%1408 = load i32, i32 addrspace(3)* %1407
	%1409 = add i32 0, %1408
	%1410 = mul i32 %0, 4
	%1411 = add i32 %1410, 1
	%1412 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1411
	%1413 = load i32, i32 addrspace(3)* %1412
	%1414 = add i32 %1409, %1413
	%1415 = mul i32 %0, 4
	%1416 = add i32 %1415, 2
	%1417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1416
	%1418 = load i32, i32 addrspace(3)* %1417
	%1419 = add i32 %1414, %1418
	%1420 = mul i32 %0, 4
	%1421 = add i32 %1420, 3
	%1422 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1421
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = add i32 %1419, %1423
	%1425 = and i32 %0, 31
	%1426 = lshr i32 %0, 5
	%1427 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1424, i32 1, i32 0)
	%1428 = icmp uge i32 %1425, 1
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 %1424, %1429
	%1431 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1430, i32 2, i32 0)
	%1432 = icmp uge i32 %1425, 2
	%1433 = select i1 %1432, i32 %1431, i32 0
	%1434 = add i32 %1430, %1433
	%1435 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1434, i32 4, i32 0)
	%1436 = icmp uge i32 %1425, 4
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = add i32 %1434, %1437
	%1439 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1438, i32 8, i32 0)
	%1440 = icmp uge i32 %1425, 8
	%1441 = select i1 %1440, i32 %1439, i32 0
	%1442 = add i32 %1438, %1441
	%1443 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1442, i32 16, i32 0)
	%1444 = icmp uge i32 %1425, 16
	%1445 = select i1 %1444, i32 %1443, i32 0
	%1446 = add i32 %1442, %1445
	%1447 = icmp eq i32 %1425, 31
	br i1 %1447, label %1456, label %1458

1448:
	%1449 = call i32 @llvm.ctpop.i32(i32 %1398)
	%1450 = add i32 56, %4
	%1451 = mul i32 %1396, 64
	%1452 = add i32 %1451, %1450
	%1453 = add i32 0, %1452
	%1454 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1453
	store i32 %1449, i32 addrspace(3)* %1454
	br label %1455

1455:
	br label %1403

1456:
	%1457 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1426
	store i32 %1446, i32 addrspace(3)* %1457
	br label %1458

1458:
	call void @llvm.nvvm.barrier0()
	%1459 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1460 = load i32, i32 addrspace(3)* %1459
	%1461 = icmp sgt i32 %1426, 0
	%1462 = select i1 %1461, i32 %1460, i32 0
	%1463 = add i32 0, %1462
	%1464 = add i32 0, %1460
	%1465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1466 = load i32, i32 addrspace(3)* %1465
	%1467 = icmp sgt i32 %1426, 1
	%1468 = select i1 %1467, i32 %1466, i32 0
	%1469 = add i32 %1463, %1468
	%1470 = add i32 %1464, %1466
	%1471 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1472 = load i32, i32 addrspace(3)* %1471
	%1473 = icmp sgt i32 %1426, 2
	%1474 = select i1 %1473, i32 %1472, i32 0
	%1475 = add i32 %1469, %1474
	%1476 = add i32 %1470, %1472
	%1477 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1478 = load i32, i32 addrspace(3)* %1477
	%1479 = icmp sgt i32 %1426, 3
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = add i32 %1475, %1480
	%1482 = add i32 %1476, %1478
	%1483 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1484 = load i32, i32 addrspace(3)* %1483
	%1485 = icmp sgt i32 %1426, 4
	%1486 = select i1 %1485, i32 %1484, i32 0
	%1487 = add i32 %1481, %1486
	%1488 = add i32 %1482, %1484
	%1489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1490 = load i32, i32 addrspace(3)* %1489
	%1491 = icmp sgt i32 %1426, 5
	%1492 = select i1 %1491, i32 %1490, i32 0
	%1493 = add i32 %1487, %1492
	%1494 = add i32 %1488, %1490
	%1495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1496 = load i32, i32 addrspace(3)* %1495
	%1497 = icmp sgt i32 %1426, 6
	%1498 = select i1 %1497, i32 %1496, i32 0
	%1499 = add i32 %1493, %1498
	%1500 = add i32 %1494, %1496
	%1501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1502 = load i32, i32 addrspace(3)* %1501
	%1503 = icmp sgt i32 %1426, 7
	%1504 = select i1 %1503, i32 %1502, i32 0
	%1505 = add i32 %1499, %1504
	%1506 = add i32 %1500, %1502
	%1507 = add i32 %1505, %1446
	%1508 = sub i32 %1507, %1424
	%1509 = mul i32 %0, 4
	%1510 = add i32 %1509, 0
	%1511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1510
	store i32 %1508, i32 addrspace(3)* %1511
	%1512 = add i32 %1508, %1408
	%1513 = mul i32 %0, 4
	%1514 = add i32 %1513, 1
	%1515 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1514
	store i32 %1512, i32 addrspace(3)* %1515
	%1516 = add i32 %1512, %1413
	%1517 = mul i32 %0, 4
	%1518 = add i32 %1517, 2
	%1519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1518
	store i32 %1516, i32 addrspace(3)* %1519
	%1520 = add i32 %1516, %1418
	%1521 = mul i32 %0, 4
	%1522 = add i32 %1521, 3
	%1523 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1522
	store i32 %1520, i32 addrspace(3)* %1523
	%1524 = add i32 %1520, %1423
	%1525 = add i32 %0, 1024
	%1526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1525
	store i32 0, i32 addrspace(3)* %1526
	%1527 = add i32 %0, 1280
	%1528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1527
	store i32 0, i32 addrspace(3)* %1528
	%1529 = add i32 %0, 1536
	%1530 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1529
	store i32 0, i32 addrspace(3)* %1530
	%1531 = add i32 %0, 1792
	%1532 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1531
	store i32 0, i32 addrspace(3)* %1532
	call void @llvm.nvvm.barrier0()
	%1533 = and i1 %1150, %1151
	br i1 %1533, label %1534, label %1547

1534:
	%1535 = lshr i32 %1161, 0
	%1536 = and i32 %1535, 15
	%1537 = add i32 0, %4
	%1538 = mul i32 %1536, 64
	%1539 = add i32 %1538, %1537
	%1540 = add i32 0, %1539
	%1541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1540
	%1542 = load i32, i32 addrspace(3)* %1541
	%1543 = add i32 %1542, %1271
	%1544 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1543
	store i32 %1160, i32 addrspace(3)* %1544
	%1545 = add i32 %1543, 2048
	%1546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1545
	store i32 %1161, i32 addrspace(3)* %1546
	br label %1547

1547:
	%1548 = and i1 %1163, %1164
	br i1 %1548, label %1549, label %1562

1549:
	%1550 = lshr i32 %1174, 0
	%1551 = and i32 %1550, 15
	%1552 = add i32 8, %4
	%1553 = mul i32 %1551, 64
	%1554 = add i32 %1553, %1552
	%1555 = add i32 0, %1554
	%1556 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1555
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = add i32 %1557, %1290
	%1559 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1558
	store i32 %1173, i32 addrspace(3)* %1559
	%1560 = add i32 %1558, 2048
	%1561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1560
	store i32 %1174, i32 addrspace(3)* %1561
	br label %1562

1562:
	%1563 = and i1 %1176, %1177
	br i1 %1563, label %1564, label %1577

1564:
	%1565 = lshr i32 %1187, 0
	%1566 = and i32 %1565, 15
	%1567 = add i32 16, %4
	%1568 = mul i32 %1566, 64
	%1569 = add i32 %1568, %1567
	%1570 = add i32 0, %1569
	%1571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1570
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = add i32 %1572, %1309
	%1574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1573
	store i32 %1186, i32 addrspace(3)* %1574
	%1575 = add i32 %1573, 2048
	%1576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1575
	store i32 %1187, i32 addrspace(3)* %1576
	br label %1577

1577:
	%1578 = and i1 %1189, %1190
	br i1 %1578, label %1579, label %1592

1579:
	%1580 = lshr i32 %1200, 0
	%1581 = and i32 %1580, 15
	%1582 = add i32 24, %4
	%1583 = mul i32 %1581, 64
	%1584 = add i32 %1583, %1582
	%1585 = add i32 0, %1584
	%1586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1585
	%1587 = load i32, i32 addrspace(3)* %1586
	%1588 = add i32 %1587, %1328
	%1589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1588
	store i32 %1199, i32 addrspace(3)* %1589
	%1590 = add i32 %1588, 2048
	%1591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1590
	store i32 %1200, i32 addrspace(3)* %1591
	br label %1592

1592:
	%1593 = and i1 %1202, %1203
	br i1 %1593, label %1594, label %1607

1594:
	%1595 = lshr i32 %1213, 0
	%1596 = and i32 %1595, 15
	%1597 = add i32 32, %4
	%1598 = mul i32 %1596, 64
	%1599 = add i32 %1598, %1597
	%1600 = add i32 0, %1599
	%1601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1600
	%1602 = load i32, i32 addrspace(3)* %1601
	%1603 = add i32 %1602, %1347
	%1604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1603
	store i32 %1212, i32 addrspace(3)* %1604
	%1605 = add i32 %1603, 2048
	%1606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1605
	store i32 %1213, i32 addrspace(3)* %1606
	br label %1607

1607:
	%1608 = and i1 %1215, %1216
	br i1 %1608, label %1609, label %1622

1609:
	%1610 = lshr i32 %1226, 0
	%1611 = and i32 %1610, 15
	%1612 = add i32 40, %4
	%1613 = mul i32 %1611, 64
	%1614 = add i32 %1613, %1612
	%1615 = add i32 0, %1614
	%1616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1615
	%1617 = load i32, i32 addrspace(3)* %1616
	%1618 = add i32 %1617, %1366
	%1619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1618
	store i32 %1225, i32 addrspace(3)* %1619
	%1620 = add i32 %1618, 2048
	%1621 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1620
	store i32 %1226, i32 addrspace(3)* %1621
	br label %1622

1622:
	%1623 = and i1 %1228, %1229
	br i1 %1623, label %1624, label %1637

1624:
	%1625 = lshr i32 %1239, 0
	%1626 = and i32 %1625, 15
	%1627 = add i32 48, %4
	%1628 = mul i32 %1626, 64
	%1629 = add i32 %1628, %1627
	%1630 = add i32 0, %1629
	%1631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1630
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = add i32 %1632, %1385
	%1634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1633
	store i32 %1238, i32 addrspace(3)* %1634
	%1635 = add i32 %1633, 2048
	%1636 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1635
	store i32 %1239, i32 addrspace(3)* %1636
	br label %1637

1637:
	%1638 = and i1 %1241, %1242
	br i1 %1638, label %1639, label %1652

1639:
	%1640 = lshr i32 %1252, 0
	%1641 = and i32 %1640, 15
	%1642 = add i32 56, %4
	%1643 = mul i32 %1641, 64
	%1644 = add i32 %1643, %1642
	%1645 = add i32 0, %1644
	%1646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1645
	%1647 = load i32, i32 addrspace(3)* %1646
	%1648 = add i32 %1647, %1404
	%1649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1648
	store i32 %1251, i32 addrspace(3)* %1649
	%1650 = add i32 %1648, 2048
	%1651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1650
	store i32 %1252, i32 addrspace(3)* %1651
	br label %1652

1652:
	call void @llvm.nvvm.barrier0()
	%1653 = add i32 0, %0
	%1654 = and i1 %1150, %1151
	br i1 %1654, label %1655, label %1661

1655:
	%1656 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1653
	%1657 = load i32, i32 addrspace(3)* %1656
	%1658 = add i32 %1653, 2048
	%1659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1658
	%1660 = load i32, i32 addrspace(3)* %1659
	br label %1661

1661:
	%1662 = phi i32 [ %1160, %1652 ], [ %1657, %1655 ]
	%1663 = phi i32 [ %1161, %1652 ], [ %1660, %1655 ]
	%1664 = add i32 256, %0
	%1665 = and i1 %1163, %1164
	br i1 %1665, label %1666, label %1672

1666:
	%1667 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1664
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = add i32 %1664, 2048
	%1670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1669
	%1671 = load i32, i32 addrspace(3)* %1670
	br label %1672

1672:
	%1673 = phi i32 [ %1173, %1661 ], [ %1668, %1666 ]
	%1674 = phi i32 [ %1174, %1661 ], [ %1671, %1666 ]
	%1675 = add i32 512, %0
	%1676 = and i1 %1176, %1177
	br i1 %1676, label %1677, label %1683

1677:
	%1678 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1675
	%1679 = load i32, i32 addrspace(3)* %1678
	%1680 = add i32 %1675, 2048
	%1681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1680
	%1682 = load i32, i32 addrspace(3)* %1681
	br label %1683

1683:
	%1684 = phi i32 [ %1186, %1672 ], [ %1679, %1677 ]
	%1685 = phi i32 [ %1187, %1672 ], [ %1682, %1677 ]
	%1686 = add i32 768, %0
	%1687 = and i1 %1189, %1190
	br i1 %1687, label %1688, label %1694

1688:
	%1689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1686
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = add i32 %1686, 2048
	%1692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1691
	%1693 = load i32, i32 addrspace(3)* %1692
	br label %1694

1694:
	%1695 = phi i32 [ %1199, %1683 ], [ %1690, %1688 ]
	%1696 = phi i32 [ %1200, %1683 ], [ %1693, %1688 ]
	%1697 = add i32 1024, %0
	%1698 = and i1 %1202, %1203
	br i1 %1698, label %1699, label %1705

1699:
	%1700 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1697
	%1701 = load i32, i32 addrspace(3)* %1700
	%1702 = add i32 %1697, 2048
	%1703 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1702
	%1704 = load i32, i32 addrspace(3)* %1703
	br label %1705

1705:
	%1706 = phi i32 [ %1212, %1694 ], [ %1701, %1699 ]
	%1707 = phi i32 [ %1213, %1694 ], [ %1704, %1699 ]
	%1708 = add i32 1280, %0
	%1709 = and i1 %1215, %1216
	br i1 %1709, label %1710, label %1716

1710:
	%1711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1708
	%1712 = load i32, i32 addrspace(3)* %1711
	%1713 = add i32 %1708, 2048
	%1714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1713
	%1715 = load i32, i32 addrspace(3)* %1714
	br label %1716

1716:
	%1717 = phi i32 [ %1225, %1705 ], [ %1712, %1710 ]
	%1718 = phi i32 [ %1226, %1705 ], [ %1715, %1710 ]
	%1719 = add i32 1536, %0
	%1720 = and i1 %1228, %1229
	br i1 %1720, label %1721, label %1727

1721:
	%1722 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1719
	%1723 = load i32, i32 addrspace(3)* %1722
	%1724 = add i32 %1719, 2048
	%1725 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1724
	%1726 = load i32, i32 addrspace(3)* %1725
	br label %1727

1727:
	%1728 = phi i32 [ %1238, %1716 ], [ %1723, %1721 ]
	%1729 = phi i32 [ %1239, %1716 ], [ %1726, %1721 ]
	%1730 = add i32 1792, %0
	%1731 = and i1 %1241, %1242
	br i1 %1731, label %1732, label %1738

1732:
	%1733 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1730
	%1734 = load i32, i32 addrspace(3)* %1733
	%1735 = add i32 %1730, 2048
	%1736 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1735
	%1737 = load i32, i32 addrspace(3)* %1736
	br label %1738

1738:
	%1739 = phi i32 [ %1251, %1727 ], [ %1734, %1732 ]
	%1740 = phi i32 [ %1252, %1727 ], [ %1737, %1732 ]
	br i1 %1150, label %1741, label %1750

1741:
	%1742 = lshr i32 %1663, 4
	%1743 = and i32 %1742, 15
	%1744 = select i1 %1151, i32 %1743, i32 16
	%1745 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1744)
	%1746 = and i32 %1745, %1148
	%1747 = call i32 @llvm.ctpop.i32(i32 %1746)
	%1748 = icmp eq i32 %1747, 0
	%1749 = and i1 %1151, %1748
	br i1 %1749, label %1752, label %1759

1750:
	%1751 = phi i32 [ 0, %1738 ], [ %1747, %1759 ]
	br i1 %1163, label %1760, label %1769

1752:
	%1753 = call i32 @llvm.ctpop.i32(i32 %1745)
	%1754 = add i32 0, %4
	%1755 = mul i32 %1743, 64
	%1756 = add i32 %1755, %1754
	%1757 = add i32 1024, %1756
	%1758 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1757
	store i32 %1753, i32 addrspace(3)* %1758
	br label %1759

1759:
	br label %1750

1760:
	%1761 = lshr i32 %1674, 4
	%1762 = and i32 %1761, 15
	%1763 = select i1 %1164, i32 %1762, i32 16
	%1764 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1763)
	%1765 = and i32 %1764, %1148
	%1766 = call i32 @llvm.ctpop.i32(i32 %1765)
	%1767 = icmp eq i32 %1766, 0
	%1768 = and i1 %1164, %1767
	br i1 %1768, label %1771, label %1778

1769:
	%1770 = phi i32 [ 0, %1750 ], [ %1766, %1778 ]
	br i1 %1176, label %1779, label %1788

1771:
	%1772 = call i32 @llvm.ctpop.i32(i32 %1764)
	%1773 = add i32 8, %4
	%1774 = mul i32 %1762, 64
	%1775 = add i32 %1774, %1773
	%1776 = add i32 1024, %1775
	%1777 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1776
	store i32 %1772, i32 addrspace(3)* %1777
	br label %1778

1778:
	br label %1769

1779:
	%1780 = lshr i32 %1685, 4
	%1781 = and i32 %1780, 15
	%1782 = select i1 %1177, i32 %1781, i32 16
	%1783 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1782)
	%1784 = and i32 %1783, %1148
	%1785 = call i32 @llvm.ctpop.i32(i32 %1784)
	%1786 = icmp eq i32 %1785, 0
	%1787 = and i1 %1177, %1786
	br i1 %1787, label %1790, label %1797

1788:
	%1789 = phi i32 [ 0, %1769 ], [ %1785, %1797 ]
	br i1 %1189, label %1798, label %1807

1790:
	%1791 = call i32 @llvm.ctpop.i32(i32 %1783)
	%1792 = add i32 16, %4
	%1793 = mul i32 %1781, 64
	%1794 = add i32 %1793, %1792
	%1795 = add i32 1024, %1794
	%1796 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1795
	store i32 %1791, i32 addrspace(3)* %1796
	br label %1797

1797:
	br label %1788

1798:
	%1799 = lshr i32 %1696, 4
	%1800 = and i32 %1799, 15
	%1801 = select i1 %1190, i32 %1800, i32 16
	%1802 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1801)
	%1803 = and i32 %1802, %1148
	%1804 = call i32 @llvm.ctpop.i32(i32 %1803)
	%1805 = icmp eq i32 %1804, 0
	%1806 = and i1 %1190, %1805
	br i1 %1806, label %1809, label %1816

1807:
	%1808 = phi i32 [ 0, %1788 ], [ %1804, %1816 ]
	br i1 %1202, label %1817, label %1826

1809:
	%1810 = call i32 @llvm.ctpop.i32(i32 %1802)
	%1811 = add i32 24, %4
	%1812 = mul i32 %1800, 64
	%1813 = add i32 %1812, %1811
	%1814 = add i32 1024, %1813
	%1815 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1814
	store i32 %1810, i32 addrspace(3)* %1815
	br label %1816

1816:
	br label %1807

1817:
	%1818 = lshr i32 %1707, 4
	%1819 = and i32 %1818, 15
	%1820 = select i1 %1203, i32 %1819, i32 16
	%1821 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1820)
	%1822 = and i32 %1821, %1148
	%1823 = call i32 @llvm.ctpop.i32(i32 %1822)
	%1824 = icmp eq i32 %1823, 0
	%1825 = and i1 %1203, %1824
	br i1 %1825, label %1828, label %1835

1826:
	%1827 = phi i32 [ 0, %1807 ], [ %1823, %1835 ]
	br i1 %1215, label %1836, label %1845

1828:
	%1829 = call i32 @llvm.ctpop.i32(i32 %1821)
	%1830 = add i32 32, %4
	%1831 = mul i32 %1819, 64
	%1832 = add i32 %1831, %1830
	%1833 = add i32 1024, %1832
	%1834 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1833
	store i32 %1829, i32 addrspace(3)* %1834
	br label %1835

1835:
	br label %1826

1836:
	%1837 = lshr i32 %1718, 4
	%1838 = and i32 %1837, 15
	%1839 = select i1 %1216, i32 %1838, i32 16
	%1840 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1839)
	%1841 = and i32 %1840, %1148
	%1842 = call i32 @llvm.ctpop.i32(i32 %1841)
	%1843 = icmp eq i32 %1842, 0
	%1844 = and i1 %1216, %1843
	br i1 %1844, label %1847, label %1854

1845:
	%1846 = phi i32 [ 0, %1826 ], [ %1842, %1854 ]
	br i1 %1228, label %1855, label %1864

1847:
	%1848 = call i32 @llvm.ctpop.i32(i32 %1840)
	%1849 = add i32 40, %4
	%1850 = mul i32 %1838, 64
	%1851 = add i32 %1850, %1849
	%1852 = add i32 1024, %1851
	%1853 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1852
	store i32 %1848, i32 addrspace(3)* %1853
	br label %1854

1854:
	br label %1845

1855:
	%1856 = lshr i32 %1729, 4
	%1857 = and i32 %1856, 15
	%1858 = select i1 %1229, i32 %1857, i32 16
	%1859 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1858)
	%1860 = and i32 %1859, %1148
	%1861 = call i32 @llvm.ctpop.i32(i32 %1860)
	%1862 = icmp eq i32 %1861, 0
	%1863 = and i1 %1229, %1862
	br i1 %1863, label %1866, label %1873

1864:
	%1865 = phi i32 [ 0, %1845 ], [ %1861, %1873 ]
	br i1 %1241, label %1874, label %1883

1866:
	%1867 = call i32 @llvm.ctpop.i32(i32 %1859)
	%1868 = add i32 48, %4
	%1869 = mul i32 %1857, 64
	%1870 = add i32 %1869, %1868
	%1871 = add i32 1024, %1870
	%1872 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1871
	store i32 %1867, i32 addrspace(3)* %1872
	br label %1873

1873:
	br label %1864

1874:
	%1875 = lshr i32 %1740, 4
	%1876 = and i32 %1875, 15
	%1877 = select i1 %1242, i32 %1876, i32 16
	%1878 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1877)
	%1879 = and i32 %1878, %1148
	%1880 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1881 = icmp eq i32 %1880, 0
	%1882 = and i1 %1242, %1881
	br i1 %1882, label %1928, label %1935

1883:
	%1884 = phi i32 [ 0, %1864 ], [ %1880, %1935 ]
	call void @llvm.nvvm.barrier0()
	%1885 = mul i32 %0, 4
	%1886 = add i32 %1885, 1024
	%1887 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1886
	%1888 = load i32, i32 addrspace(3)* %1887
	%1889 = add i32 0, %1888
	%1890 = mul i32 %0, 4
	%1891 = add i32 %1890, 1025
	%1892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1891
	%1893 = load i32, i32 addrspace(3)* %1892
	%1894 = add i32 %1889, %1893
	%1895 = mul i32 %0, 4
	%1896 = add i32 %1895, 1026
	%1897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1896
	%1898 = load i32, i32 addrspace(3)* %1897
	%1899 = add i32 %1894, %1898
	%1900 = mul i32 %0, 4
	%1901 = add i32 %1900, 1027
	%1902 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1901
	%1903 = load i32, i32 addrspace(3)* %1902
	%1904 = add i32 %1899, %1903
	%1905 = and i32 %0, 31
	%1906 = lshr i32 %0, 5
	%1907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1904, i32 1, i32 0)
	%1908 = icmp uge i32 %1905, 1
	%1909 = select i1 %1908, i32 %1907, i32 0
	%1910 = add i32 %1904, %1909
	%1911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1910, i32 2, i32 0)
	%1912 = icmp uge i32 %1905, 2
	%1913 = select i1 %1912, i32 %1911, i32 0
	%1914 = add i32 %1910, %1913
	%1915 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1914, i32 4, i32 0)
	%1916 = icmp uge i32 %1905, 4
	%1917 = select i1 %1916, i32 %1915, i32 0
	%1918 = add i32 %1914, %1917
	%1919 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1918, i32 8, i32 0)
	%1920 = icmp uge i32 %1905, 8
	%1921 = select i1 %1920, i32 %1919, i32 0
	%1922 = add i32 %1918, %1921
	%1923 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1922, i32 16, i32 0)
	%1924 = icmp uge i32 %1905, 16
	%1925 = select i1 %1924, i32 %1923, i32 0
	%1926 = add i32 %1922, %1925
	%1927 = icmp eq i32 %1905, 31
	br i1 %1927, label %1936, label %1938

1928:
	%1929 = call i32 @llvm.ctpop.i32(i32 %1878)
	%1930 = add i32 56, %4
	%1931 = mul i32 %1876, 64
	%1932 = add i32 %1931, %1930
	%1933 = add i32 1024, %1932
	%1934 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1933
	store i32 %1929, i32 addrspace(3)* %1934
	br label %1935

1935:
	br label %1883

1936:
	%1937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1906
	store i32 %1926, i32 addrspace(3)* %1937
	br label %1938

1938:
	call void @llvm.nvvm.barrier0()
	%1939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = icmp sgt i32 %1906, 0
	%1942 = select i1 %1941, i32 %1940, i32 0
	%1943 = add i32 0, %1942
	%1944 = add i32 0, %1940
	%1945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1946 = load i32, i32 addrspace(3)* %1945
	%1947 = icmp sgt i32 %1906, 1
	%1948 = select i1 %1947, i32 %1946, i32 0
	%1949 = add i32 %1943, %1948
	%1950 = add i32 %1944, %1946
	%1951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1952 = load i32, i32 addrspace(3)* %1951
	%1953 = icmp sgt i32 %1906, 2
	%1954 = select i1 %1953, i32 %1952, i32 0
	%1955 = add i32 %1949, %1954
	%1956 = add i32 %1950, %1952
	%1957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1958 = load i32, i32 addrspace(3)* %1957
	%1959 = icmp sgt i32 %1906, 3
	%1960 = select i1 %1959, i32 %1958, i32 0
	%1961 = add i32 %1955, %1960
	%1962 = add i32 %1956, %1958
	%1963 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1964 = load i32, i32 addrspace(3)* %1963
	%1965 = icmp sgt i32 %1906, 4
	%1966 = select i1 %1965, i32 %1964, i32 0
	%1967 = add i32 %1961, %1966
	%1968 = add i32 %1962, %1964
	%1969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1970 = load i32, i32 addrspace(3)* %1969
	%1971 = icmp sgt i32 %1906, 5
	%1972 = select i1 %1971, i32 %1970, i32 0
	%1973 = add i32 %1967, %1972
	%1974 = add i32 %1968, %1970
	%1975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1976 = load i32, i32 addrspace(3)* %1975
	%1977 = icmp sgt i32 %1906, 6
	%1978 = select i1 %1977, i32 %1976, i32 0
	%1979 = add i32 %1973, %1978
	%1980 = add i32 %1974, %1976
	%1981 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1982 = load i32, i32 addrspace(3)* %1981
	%1983 = icmp sgt i32 %1906, 7
	%1984 = select i1 %1983, i32 %1982, i32 0
	%1985 = add i32 %1979, %1984
	%1986 = add i32 %1980, %1982
	%1987 = add i32 %1985, %1926
	%1988 = sub i32 %1987, %1904
	%1989 = mul i32 %0, 4
	%1990 = add i32 %1989, 1024
	%1991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1990
	store i32 %1988, i32 addrspace(3)* %1991
	%1992 = add i32 %1988, %1888
	%1993 = mul i32 %0, 4
	%1994 = add i32 %1993, 1025
	%1995 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1994
	store i32 %1992, i32 addrspace(3)* %1995
	%1996 = add i32 %1992, %1893
	%1997 = mul i32 %0, 4
	%1998 = add i32 %1997, 1026
	%1999 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1998
	store i32 %1996, i32 addrspace(3)* %1999
	%2000 = add i32 %1996, %1898
	%2001 = mul i32 %0, 4
	%2002 = add i32 %2001, 1027
	%2003 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2002
	store i32 %2000, i32 addrspace(3)* %2003
	%2004 = add i32 %2000, %1903
	%2005 = add i32 %0, 0
	%2006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2005
	store i32 0, i32 addrspace(3)* %2006
	%2007 = add i32 %0, 256
	%2008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2007
	store i32 0, i32 addrspace(3)* %2008
	%2009 = add i32 %0, 512
	%2010 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2009
	store i32 0, i32 addrspace(3)* %2010
	%2011 = add i32 %0, 768
	%2012 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2011
	store i32 0, i32 addrspace(3)* %2012
	call void @llvm.nvvm.barrier0()
	%2013 = and i1 %1150, %1151
	br i1 %2013, label %2014, label %2027

2014:
	%2015 = lshr i32 %1663, 4
	%2016 = and i32 %2015, 15
	%2017 = add i32 0, %4
	%2018 = mul i32 %2016, 64
	%2019 = add i32 %2018, %2017
	%2020 = add i32 1024, %2019
	%2021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2020
	%2022 = load i32, i32 addrspace(3)* %2021
	%2023 = add i32 %2022, %1751
	%2024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2023
	store i32 %1662, i32 addrspace(3)* %2024
	%2025 = add i32 %2023, 2048
	%2026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2025
	store i32 %1663, i32 addrspace(3)* %2026
	br label %2027

2027:
	%2028 = and i1 %1163, %1164
	br i1 %2028, label %2029, label %2042

2029:
	%2030 = lshr i32 %1674, 4
	%2031 = and i32 %2030, 15
	%2032 = add i32 8, %4
	%2033 = mul i32 %2031, 64
	%2034 = add i32 %2033, %2032
	%2035 = add i32 1024, %2034
	%2036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2035
	%2037 = load i32, i32 addrspace(3)* %2036
	%2038 = add i32 %2037, %1770
	%2039 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2038
	store i32 %1673, i32 addrspace(3)* %2039
	%2040 = add i32 %2038, 2048
	%2041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2040
	store i32 %1674, i32 addrspace(3)* %2041
	br label %2042

2042:
	%2043 = and i1 %1176, %1177
	br i1 %2043, label %2044, label %2057

2044:
	%2045 = lshr i32 %1685, 4
	%2046 = and i32 %2045, 15
	%2047 = add i32 16, %4
	%2048 = mul i32 %2046, 64
	%2049 = add i32 %2048, %2047
	%2050 = add i32 1024, %2049
	%2051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2050
	%2052 = load i32, i32 addrspace(3)* %2051
	%2053 = add i32 %2052, %1789
	%2054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2053
	store i32 %1684, i32 addrspace(3)* %2054
	%2055 = add i32 %2053, 2048
	%2056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2055
	store i32 %1685, i32 addrspace(3)* %2056
	br label %2057

2057:
	%2058 = and i1 %1189, %1190
	br i1 %2058, label %2059, label %2072

2059:
	%2060 = lshr i32 %1696, 4
	%2061 = and i32 %2060, 15
	%2062 = add i32 24, %4
	%2063 = mul i32 %2061, 64
	%2064 = add i32 %2063, %2062
	%2065 = add i32 1024, %2064
	%2066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2065
	%2067 = load i32, i32 addrspace(3)* %2066
	%2068 = add i32 %2067, %1808
	%2069 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2068
	store i32 %1695, i32 addrspace(3)* %2069
	%2070 = add i32 %2068, 2048
	%2071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2070
	store i32 %1696, i32 addrspace(3)* %2071
	br label %2072

2072:
	%2073 = and i1 %1202, %1203
	br i1 %2073, label %2074, label %2087

2074:
	%2075 = lshr i32 %1707, 4
	%2076 = and i32 %2075, 15
	%2077 = add i32 32, %4
	%2078 = mul i32 %2076, 64
	%2079 = add i32 %2078, %2077
	%2080 = add i32 1024, %2079
	%2081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2080
	%2082 = load i32, i32 addrspace(3)* %2081
	%2083 = add i32 %2082, %1827
	%2084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2083
	store i32 %1706, i32 addrspace(3)* %2084
	%2085 = add i32 %2083, 2048
	%2086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2085
	store i32 %1707, i32 addrspace(3)* %2086
	br label %2087

2087:
	%2088 = and i1 %1215, %1216
	br i1 %2088, label %2089, label %2102

2089:
	%2090 = lshr i32 %1718, 4
	%2091 = and i32 %2090, 15
	%2092 = add i32 40, %4
	%2093 = mul i32 %2091, 64
	%2094 = add i32 %2093, %2092
	%2095 = add i32 1024, %2094
	%2096 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2095
	%2097 = load i32, i32 addrspace(3)* %2096
	%2098 = add i32 %2097, %1846
	%2099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2098
	store i32 %1717, i32 addrspace(3)* %2099
	%2100 = add i32 %2098, 2048
	%2101 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2100
	store i32 %1718, i32 addrspace(3)* %2101
	br label %2102

2102:
	%2103 = and i1 %1228, %1229
	br i1 %2103, label %2104, label %2117

2104:
	%2105 = lshr i32 %1729, 4
	%2106 = and i32 %2105, 15
	%2107 = add i32 48, %4
	%2108 = mul i32 %2106, 64
	%2109 = add i32 %2108, %2107
	%2110 = add i32 1024, %2109
	%2111 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2110
	%2112 = load i32, i32 addrspace(3)* %2111
	%2113 = add i32 %2112, %1865
	%2114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2113
	store i32 %1728, i32 addrspace(3)* %2114
	%2115 = add i32 %2113, 2048
	%2116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2115
	store i32 %1729, i32 addrspace(3)* %2116
	br label %2117

2117:
	%2118 = and i1 %1241, %1242
	br i1 %2118, label %2119, label %2132

2119:
	%2120 = lshr i32 %1740, 4
	%2121 = and i32 %2120, 15
	%2122 = add i32 56, %4
	%2123 = mul i32 %2121, 64
	%2124 = add i32 %2123, %2122
	%2125 = add i32 1024, %2124
	%2126 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2125
	%2127 = load i32, i32 addrspace(3)* %2126
	%2128 = add i32 %2127, %1884
	%2129 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2128
	store i32 %1739, i32 addrspace(3)* %2129
	%2130 = add i32 %2128, 2048
	%2131 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2130
	store i32 %1740, i32 addrspace(3)* %2131
	br label %2132

2132:
	call void @llvm.nvvm.barrier0()
	%2133 = add i32 0, %0
	%2134 = and i1 %1150, %1151
	br i1 %2134, label %2135, label %2141

2135:
	%2136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2133
	%2137 = load i32, i32 addrspace(3)* %2136
	%2138 = add i32 %2133, 2048
	%2139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2138
	%2140 = load i32, i32 addrspace(3)* %2139
	br label %2141

2141:
	%2142 = phi i32 [ %1662, %2132 ], [ %2137, %2135 ]
	%2143 = phi i32 [ %1663, %2132 ], [ %2140, %2135 ]
	%2144 = add i32 256, %0
	%2145 = and i1 %1163, %1164
	br i1 %2145, label %2146, label %2152

2146:
	%2147 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2144
	%2148 = load i32, i32 addrspace(3)* %2147
	%2149 = add i32 %2144, 2048
	%2150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2149
	%2151 = load i32, i32 addrspace(3)* %2150
	br label %2152

2152:
	%2153 = phi i32 [ %1673, %2141 ], [ %2148, %2146 ]
	%2154 = phi i32 [ %1674, %2141 ], [ %2151, %2146 ]
	%2155 = add i32 512, %0
	%2156 = and i1 %1176, %1177
	br i1 %2156, label %2157, label %2163

2157:
	%2158 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2155
	%2159 = load i32, i32 addrspace(3)* %2158
	%2160 = add i32 %2155, 2048
	%2161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2160
	%2162 = load i32, i32 addrspace(3)* %2161
	br label %2163

2163:
	%2164 = phi i32 [ %1684, %2152 ], [ %2159, %2157 ]
	%2165 = phi i32 [ %1685, %2152 ], [ %2162, %2157 ]
	%2166 = add i32 768, %0
	%2167 = and i1 %1189, %1190
	br i1 %2167, label %2168, label %2174

2168:
	%2169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2166
	%2170 = load i32, i32 addrspace(3)* %2169
	%2171 = add i32 %2166, 2048
	%2172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2171
	%2173 = load i32, i32 addrspace(3)* %2172
	br label %2174

2174:
	%2175 = phi i32 [ %1695, %2163 ], [ %2170, %2168 ]
	%2176 = phi i32 [ %1696, %2163 ], [ %2173, %2168 ]
	%2177 = add i32 1024, %0
	%2178 = and i1 %1202, %1203
	br i1 %2178, label %2179, label %2185

2179:
	%2180 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2177
	%2181 = load i32, i32 addrspace(3)* %2180
	%2182 = add i32 %2177, 2048
	%2183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2182
	%2184 = load i32, i32 addrspace(3)* %2183
	br label %2185

2185:
	%2186 = phi i32 [ %1706, %2174 ], [ %2181, %2179 ]
	%2187 = phi i32 [ %1707, %2174 ], [ %2184, %2179 ]
	%2188 = add i32 1280, %0
	%2189 = and i1 %1215, %1216
	br i1 %2189, label %2190, label %2196

2190:
	%2191 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2188
	%2192 = load i32, i32 addrspace(3)* %2191
	%2193 = add i32 %2188, 2048
	%2194 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2193
	%2195 = load i32, i32 addrspace(3)* %2194
	br label %2196

2196:
	%2197 = phi i32 [ %1717, %2185 ], [ %2192, %2190 ]
	%2198 = phi i32 [ %1718, %2185 ], [ %2195, %2190 ]
	%2199 = add i32 1536, %0
	%2200 = and i1 %1228, %1229
	br i1 %2200, label %2201, label %2207

2201:
	%2202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2199
	%2203 = load i32, i32 addrspace(3)* %2202
	%2204 = add i32 %2199, 2048
	%2205 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2204
	%2206 = load i32, i32 addrspace(3)* %2205
	br label %2207

2207:
	%2208 = phi i32 [ %1728, %2196 ], [ %2203, %2201 ]
	%2209 = phi i32 [ %1729, %2196 ], [ %2206, %2201 ]
	%2210 = add i32 1792, %0
	%2211 = and i1 %1241, %1242
	br i1 %2211, label %2212, label %2218

2212:
	%2213 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2210
	%2214 = load i32, i32 addrspace(3)* %2213
	%2215 = add i32 %2210, 2048
	%2216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2215
	%2217 = load i32, i32 addrspace(3)* %2216
	br label %2218

2218:
	%2219 = phi i32 [ %1739, %2207 ], [ %2214, %2212 ]
	%2220 = phi i32 [ %1740, %2207 ], [ %2217, %2212 ]
	br i1 %1150, label %2221, label %2230

2221:
	%2222 = lshr i32 %2143, 8
	%2223 = and i32 %2222, 15
	%2224 = select i1 %1151, i32 %2223, i32 16
	%2225 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2224)
	%2226 = and i32 %2225, %1148
	%2227 = call i32 @llvm.ctpop.i32(i32 %2226)
	%2228 = icmp eq i32 %2227, 0
	%2229 = and i1 %1151, %2228
	br i1 %2229, label %2232, label %2239

2230:
	%2231 = phi i32 [ 0, %2218 ], [ %2227, %2239 ]
	br i1 %1163, label %2240, label %2249

2232:
	%2233 = call i32 @llvm.ctpop.i32(i32 %2225)
	%2234 = add i32 0, %4
	%2235 = mul i32 %2223, 64
	%2236 = add i32 %2235, %2234
	%2237 = add i32 0, %2236
	%2238 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2237
	store i32 %2233, i32 addrspace(3)* %2238
	br label %2239

2239:
	br label %2230

2240:
	%2241 = lshr i32 %2154, 8
	%2242 = and i32 %2241, 15
	%2243 = select i1 %1164, i32 %2242, i32 16
	%2244 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2243)
	%2245 = and i32 %2244, %1148
	%2246 = call i32 @llvm.ctpop.i32(i32 %2245)
	%2247 = icmp eq i32 %2246, 0
	%2248 = and i1 %1164, %2247
	br i1 %2248, label %2251, label %2258

2249:
	%2250 = phi i32 [ 0, %2230 ], [ %2246, %2258 ]
	br i1 %1176, label %2259, label %2268

2251:
	%2252 = call i32 @llvm.ctpop.i32(i32 %2244)
	%2253 = add i32 8, %4
	%2254 = mul i32 %2242, 64
	%2255 = add i32 %2254, %2253
	%2256 = add i32 0, %2255
	%2257 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2256
	store i32 %2252, i32 addrspace(3)* %2257
	br label %2258

2258:
	br label %2249

2259:
	%2260 = lshr i32 %2165, 8
	%2261 = and i32 %2260, 15
	%2262 = select i1 %1177, i32 %2261, i32 16
	%2263 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2262)
	%2264 = and i32 %2263, %1148
	%2265 = call i32 @llvm.ctpop.i32(i32 %2264)
	%2266 = icmp eq i32 %2265, 0
	%2267 = and i1 %1177, %2266
	br i1 %2267, label %2270, label %2277

2268:
	%2269 = phi i32 [ 0, %2249 ], [ %2265, %2277 ]
	br i1 %1189, label %2278, label %2287

2270:
	%2271 = call i32 @llvm.ctpop.i32(i32 %2263)
	%2272 = add i32 16, %4
	%2273 = mul i32 %2261, 64
	%2274 = add i32 %2273, %2272
	%2275 = add i32 0, %2274
	%2276 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2275
	store i32 %2271, i32 addrspace(3)* %2276
	br label %2277

2277:
	br label %2268

2278:
	%2279 = lshr i32 %2176, 8
	%2280 = and i32 %2279, 15
	%2281 = select i1 %1190, i32 %2280, i32 16
	%2282 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2281)
	%2283 = and i32 %2282, %1148
	%2284 = call i32 @llvm.ctpop.i32(i32 %2283)
	%2285 = icmp eq i32 %2284, 0
	%2286 = and i1 %1190, %2285
	br i1 %2286, label %2289, label %2296

2287:
	%2288 = phi i32 [ 0, %2268 ], [ %2284, %2296 ]
	br i1 %1202, label %2297, label %2306

2289:
	%2290 = call i32 @llvm.ctpop.i32(i32 %2282)
	%2291 = add i32 24, %4
	%2292 = mul i32 %2280, 64
	%2293 = add i32 %2292, %2291
	%2294 = add i32 0, %2293
	%2295 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2294
	store i32 %2290, i32 addrspace(3)* %2295
	br label %2296

2296:
	br label %2287

2297:
	%2298 = lshr i32 %2187, 8
	%2299 = and i32 %2298, 15
	%2300 = select i1 %1203, i32 %2299, i32 16
	%2301 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2300)
	%2302 = and i32 %2301, %1148
	%2303 = call i32 @llvm.ctpop.i32(i32 %2302)
	%2304 = icmp eq i32 %2303, 0
	%2305 = and i1 %1203, %2304
	br i1 %2305, label %2308, label %2315

2306:
	%2307 = phi i32 [ 0, %2287 ], [ %2303, %2315 ]
	br i1 %1215, label %2316, label %2325

2308:
	%2309 = call i32 @llvm.ctpop.i32(i32 %2301)
	%2310 = add i32 32, %4
	%2311 = mul i32 %2299, 64
	%2312 = add i32 %2311, %2310
	%2313 = add i32 0, %2312
	%2314 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2313
	store i32 %2309, i32 addrspace(3)* %2314
	br label %2315

2315:
	br label %2306

2316:
	%2317 = lshr i32 %2198, 8
	%2318 = and i32 %2317, 15
	%2319 = select i1 %1216, i32 %2318, i32 16
	%2320 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2319)
	%2321 = and i32 %2320, %1148
	%2322 = call i32 @llvm.ctpop.i32(i32 %2321)
	%2323 = icmp eq i32 %2322, 0
	%2324 = and i1 %1216, %2323
	br i1 %2324, label %2327, label %2334

2325:
	%2326 = phi i32 [ 0, %2306 ], [ %2322, %2334 ]
	br i1 %1228, label %2335, label %2344

2327:
	%2328 = call i32 @llvm.ctpop.i32(i32 %2320)
	%2329 = add i32 40, %4
	%2330 = mul i32 %2318, 64
	%2331 = add i32 %2330, %2329
	%2332 = add i32 0, %2331
	%2333 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2332
	store i32 %2328, i32 addrspace(3)* %2333
	br label %2334

2334:
	br label %2325

2335:
	%2336 = lshr i32 %2209, 8
	%2337 = and i32 %2336, 15
	%2338 = select i1 %1229, i32 %2337, i32 16
	%2339 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2338)
	%2340 = and i32 %2339, %1148
	%2341 = call i32 @llvm.ctpop.i32(i32 %2340)
	%2342 = icmp eq i32 %2341, 0
	%2343 = and i1 %1229, %2342
	br i1 %2343, label %2346, label %2353

2344:
	%2345 = phi i32 [ 0, %2325 ], [ %2341, %2353 ]
	br i1 %1241, label %2354, label %2363

2346:
	%2347 = call i32 @llvm.ctpop.i32(i32 %2339)
	%2348 = add i32 48, %4
	%2349 = mul i32 %2337, 64
	%2350 = add i32 %2349, %2348
	%2351 = add i32 0, %2350
	%2352 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2351
	store i32 %2347, i32 addrspace(3)* %2352
	br label %2353

2353:
	br label %2344

2354:
	%2355 = lshr i32 %2220, 8
	%2356 = and i32 %2355, 15
	%2357 = select i1 %1242, i32 %2356, i32 16
	%2358 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2357)
	%2359 = and i32 %2358, %1148
	%2360 = call i32 @llvm.ctpop.i32(i32 %2359)
	%2361 = icmp eq i32 %2360, 0
	%2362 = and i1 %1242, %2361
	br i1 %2362, label %2408, label %2415

2363:
	%2364 = phi i32 [ 0, %2344 ], [ %2360, %2415 ]
	call void @llvm.nvvm.barrier0()
	%2365 = mul i32 %0, 4
	%2366 = add i32 %2365, 0
	%2367 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2366
	%2368 = load i32, i32 addrspace(3)* %2367
	%2369 = add i32 0, %2368
	%2370 = mul i32 %0, 4
	%2371 = add i32 %2370, 1
	%2372 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2371
	%2373 = load i32, i32 addrspace(3)* %2372
	%2374 = add i32 %2369, %2373
	%2375 = mul i32 %0, 4
	%2376 = add i32 %2375, 2
	%2377 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2376
	%2378 = load i32, i32 addrspace(3)* %2377
	%2379 = add i32 %2374, %2378
	%2380 = mul i32 %0, 4
	%2381 = add i32 %2380, 3
	%2382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2381
	%2383 = load i32, i32 addrspace(3)* %2382
	%2384 = add i32 %2379, %2383
	%2385 = and i32 %0, 31
	%2386 = lshr i32 %0, 5
	%2387 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2384, i32 1, i32 0)
	%2388 = icmp uge i32 %2385, 1
	%2389 = select i1 %2388, i32 %2387, i32 0
	%2390 = add i32 %2384, %2389
	%2391 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2390, i32 2, i32 0)
	%2392 = icmp uge i32 %2385, 2
	%2393 = select i1 %2392, i32 %2391, i32 0
	%2394 = add i32 %2390, %2393
	%2395 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2394, i32 4, i32 0)
	%2396 = icmp uge i32 %2385, 4
	%2397 = select i1 %2396, i32 %2395, i32 0
	%2398 = add i32 %2394, %2397
	%2399 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2398, i32 8, i32 0)
	%2400 = icmp uge i32 %2385, 8
	%2401 = select i1 %2400, i32 %2399, i32 0
	%2402 = add i32 %2398, %2401
	%2403 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2402, i32 16, i32 0)
	%2404 = icmp uge i32 %2385, 16
	%2405 = select i1 %2404, i32 %2403, i32 0
	%2406 = add i32 %2402, %2405
	%2407 = icmp eq i32 %2385, 31
	br i1 %2407, label %2416, label %2418

2408:
	%2409 = call i32 @llvm.ctpop.i32(i32 %2358)
	%2410 = add i32 56, %4
	%2411 = mul i32 %2356, 64
	%2412 = add i32 %2411, %2410
	%2413 = add i32 0, %2412
	%2414 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2413
	store i32 %2409, i32 addrspace(3)* %2414
	br label %2415

2415:
	br label %2363

2416:
	%2417 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2386
	store i32 %2406, i32 addrspace(3)* %2417
	br label %2418

2418:
	call void @llvm.nvvm.barrier0()
	%2419 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = icmp sgt i32 %2386, 0
	%2422 = select i1 %2421, i32 %2420, i32 0
	%2423 = add i32 0, %2422
	%2424 = add i32 0, %2420
	%2425 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2426 = load i32, i32 addrspace(3)* %2425
	%2427 = icmp sgt i32 %2386, 1
	%2428 = select i1 %2427, i32 %2426, i32 0
	%2429 = add i32 %2423, %2428
	%2430 = add i32 %2424, %2426
	%2431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2432 = load i32, i32 addrspace(3)* %2431
	%2433 = icmp sgt i32 %2386, 2
	%2434 = select i1 %2433, i32 %2432, i32 0
	%2435 = add i32 %2429, %2434
	%2436 = add i32 %2430, %2432
	%2437 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2438 = load i32, i32 addrspace(3)* %2437
	%2439 = icmp sgt i32 %2386, 3
	%2440 = select i1 %2439, i32 %2438, i32 0
	%2441 = add i32 %2435, %2440
	%2442 = add i32 %2436, %2438
	%2443 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2444 = load i32, i32 addrspace(3)* %2443
	%2445 = icmp sgt i32 %2386, 4
	%2446 = select i1 %2445, i32 %2444, i32 0
	%2447 = add i32 %2441, %2446
	%2448 = add i32 %2442, %2444
	%2449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2450 = load i32, i32 addrspace(3)* %2449
	%2451 = icmp sgt i32 %2386, 5
	%2452 = select i1 %2451, i32 %2450, i32 0
	%2453 = add i32 %2447, %2452
	%2454 = add i32 %2448, %2450
	%2455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2456 = load i32, i32 addrspace(3)* %2455
	%2457 = icmp sgt i32 %2386, 6
	%2458 = select i1 %2457, i32 %2456, i32 0
	%2459 = add i32 %2453, %2458
	%2460 = add i32 %2454, %2456
	%2461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2462 = load i32, i32 addrspace(3)* %2461
	%2463 = icmp sgt i32 %2386, 7
	%2464 = select i1 %2463, i32 %2462, i32 0
	%2465 = add i32 %2459, %2464
	%2466 = add i32 %2460, %2462
	%2467 = add i32 %2465, %2406
	%2468 = sub i32 %2467, %2384
	%2469 = mul i32 %0, 4
	%2470 = add i32 %2469, 0
	%2471 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2470
	store i32 %2468, i32 addrspace(3)* %2471
	%2472 = add i32 %2468, %2368
	%2473 = mul i32 %0, 4
	%2474 = add i32 %2473, 1
	%2475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2474
	store i32 %2472, i32 addrspace(3)* %2475
	%2476 = add i32 %2472, %2373
	%2477 = mul i32 %0, 4
	%2478 = add i32 %2477, 2
	%2479 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2478
	store i32 %2476, i32 addrspace(3)* %2479
	%2480 = add i32 %2476, %2378
	%2481 = mul i32 %0, 4
	%2482 = add i32 %2481, 3
	%2483 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2482
	store i32 %2480, i32 addrspace(3)* %2483
	%2484 = add i32 %2480, %2383
	%2485 = add i32 %0, 1024
	%2486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2485
	store i32 0, i32 addrspace(3)* %2486
	%2487 = add i32 %0, 1280
	%2488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2487
	store i32 0, i32 addrspace(3)* %2488
	%2489 = add i32 %0, 1536
	%2490 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2489
	store i32 0, i32 addrspace(3)* %2490
	%2491 = add i32 %0, 1792
	%2492 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2491
	store i32 0, i32 addrspace(3)* %2492
	call void @llvm.nvvm.barrier0()
	%2493 = and i1 %1150, %1151
	br i1 %2493, label %2494, label %2507

2494:
	%2495 = lshr i32 %2143, 8
	%2496 = and i32 %2495, 15
	%2497 = add i32 0, %4
	%2498 = mul i32 %2496, 64
	%2499 = add i32 %2498, %2497
	%2500 = add i32 0, %2499
	%2501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2500
	%2502 = load i32, i32 addrspace(3)* %2501
	%2503 = add i32 %2502, %2231
	%2504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2503
	store i32 %2142, i32 addrspace(3)* %2504
	%2505 = add i32 %2503, 2048
	%2506 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2505
	store i32 %2143, i32 addrspace(3)* %2506
	br label %2507

2507:
	%2508 = and i1 %1163, %1164
	br i1 %2508, label %2509, label %2522

2509:
	%2510 = lshr i32 %2154, 8
	%2511 = and i32 %2510, 15
	%2512 = add i32 8, %4
	%2513 = mul i32 %2511, 64
	%2514 = add i32 %2513, %2512
	%2515 = add i32 0, %2514
	%2516 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2515
	%2517 = load i32, i32 addrspace(3)* %2516
	%2518 = add i32 %2517, %2250
	%2519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2518
	store i32 %2153, i32 addrspace(3)* %2519
	%2520 = add i32 %2518, 2048
	%2521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2520
	store i32 %2154, i32 addrspace(3)* %2521
	br label %2522

2522:
	%2523 = and i1 %1176, %1177
	br i1 %2523, label %2524, label %2537

2524:
	%2525 = lshr i32 %2165, 8
	%2526 = and i32 %2525, 15
	%2527 = add i32 16, %4
	%2528 = mul i32 %2526, 64
	%2529 = add i32 %2528, %2527
	%2530 = add i32 0, %2529
	%2531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2530
	%2532 = load i32, i32 addrspace(3)* %2531
	%2533 = add i32 %2532, %2269
	%2534 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2533
	store i32 %2164, i32 addrspace(3)* %2534
	%2535 = add i32 %2533, 2048
	%2536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2535
	store i32 %2165, i32 addrspace(3)* %2536
	br label %2537

2537:
	%2538 = and i1 %1189, %1190
	br i1 %2538, label %2539, label %2552

2539:
	%2540 = lshr i32 %2176, 8
	%2541 = and i32 %2540, 15
	%2542 = add i32 24, %4
	%2543 = mul i32 %2541, 64
	%2544 = add i32 %2543, %2542
	%2545 = add i32 0, %2544
	%2546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2545
	%2547 = load i32, i32 addrspace(3)* %2546
	%2548 = add i32 %2547, %2288
	%2549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2548
	store i32 %2175, i32 addrspace(3)* %2549
	%2550 = add i32 %2548, 2048
	%2551 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2550
	store i32 %2176, i32 addrspace(3)* %2551
	br label %2552

2552:
	%2553 = and i1 %1202, %1203
	br i1 %2553, label %2554, label %2567

2554:
	%2555 = lshr i32 %2187, 8
	%2556 = and i32 %2555, 15
	%2557 = add i32 32, %4
	%2558 = mul i32 %2556, 64
	%2559 = add i32 %2558, %2557
	%2560 = add i32 0, %2559
	%2561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2560
	%2562 = load i32, i32 addrspace(3)* %2561
	%2563 = add i32 %2562, %2307
	%2564 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2563
	store i32 %2186, i32 addrspace(3)* %2564
	%2565 = add i32 %2563, 2048
	%2566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2565
	store i32 %2187, i32 addrspace(3)* %2566
	br label %2567

2567:
	%2568 = and i1 %1215, %1216
	br i1 %2568, label %2569, label %2582

2569:
	%2570 = lshr i32 %2198, 8
	%2571 = and i32 %2570, 15
	%2572 = add i32 40, %4
	%2573 = mul i32 %2571, 64
	%2574 = add i32 %2573, %2572
	%2575 = add i32 0, %2574
	%2576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2575
	%2577 = load i32, i32 addrspace(3)* %2576
	%2578 = add i32 %2577, %2326
	%2579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2578
	store i32 %2197, i32 addrspace(3)* %2579
	%2580 = add i32 %2578, 2048
	%2581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2580
	store i32 %2198, i32 addrspace(3)* %2581
	br label %2582

2582:
	%2583 = and i1 %1228, %1229
	br i1 %2583, label %2584, label %2597

2584:
	%2585 = lshr i32 %2209, 8
	%2586 = and i32 %2585, 15
	%2587 = add i32 48, %4
	%2588 = mul i32 %2586, 64
	%2589 = add i32 %2588, %2587
	%2590 = add i32 0, %2589
	%2591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2590
	%2592 = load i32, i32 addrspace(3)* %2591
	%2593 = add i32 %2592, %2345
	%2594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2593
	store i32 %2208, i32 addrspace(3)* %2594
	%2595 = add i32 %2593, 2048
	%2596 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2595
	store i32 %2209, i32 addrspace(3)* %2596
	br label %2597

2597:
	%2598 = and i1 %1241, %1242
	br i1 %2598, label %2599, label %2612

2599:
	%2600 = lshr i32 %2220, 8
	%2601 = and i32 %2600, 15
	%2602 = add i32 56, %4
	%2603 = mul i32 %2601, 64
	%2604 = add i32 %2603, %2602
	%2605 = add i32 0, %2604
	%2606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2605
	%2607 = load i32, i32 addrspace(3)* %2606
	%2608 = add i32 %2607, %2364
	%2609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2608
	store i32 %2219, i32 addrspace(3)* %2609
	%2610 = add i32 %2608, 2048
	%2611 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2610
	store i32 %2220, i32 addrspace(3)* %2611
	br label %2612

2612:
	call void @llvm.nvvm.barrier0()
	%2613 = add i32 0, %0
	%2614 = and i1 %1150, %1151
	br i1 %2614, label %2615, label %2621

2615:
	%2616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2613
	%2617 = load i32, i32 addrspace(3)* %2616
	%2618 = add i32 %2613, 2048
	%2619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2618
	%2620 = load i32, i32 addrspace(3)* %2619
	br label %2621

2621:
	%2622 = phi i32 [ %2142, %2612 ], [ %2617, %2615 ]
	%2623 = phi i32 [ %2143, %2612 ], [ %2620, %2615 ]
	%2624 = add i32 256, %0
	%2625 = and i1 %1163, %1164
	br i1 %2625, label %2626, label %2632

2626:
	%2627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2624
	%2628 = load i32, i32 addrspace(3)* %2627
	%2629 = add i32 %2624, 2048
	%2630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2629
	%2631 = load i32, i32 addrspace(3)* %2630
	br label %2632

2632:
	%2633 = phi i32 [ %2153, %2621 ], [ %2628, %2626 ]
	%2634 = phi i32 [ %2154, %2621 ], [ %2631, %2626 ]
	%2635 = add i32 512, %0
	%2636 = and i1 %1176, %1177
	br i1 %2636, label %2637, label %2643

2637:
	%2638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2635
	%2639 = load i32, i32 addrspace(3)* %2638
	%2640 = add i32 %2635, 2048
	%2641 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2640
	%2642 = load i32, i32 addrspace(3)* %2641
	br label %2643

2643:
	%2644 = phi i32 [ %2164, %2632 ], [ %2639, %2637 ]
	%2645 = phi i32 [ %2165, %2632 ], [ %2642, %2637 ]
	%2646 = add i32 768, %0
	%2647 = and i1 %1189, %1190
	br i1 %2647, label %2648, label %2654

2648:
	%2649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2646
	%2650 = load i32, i32 addrspace(3)* %2649
	%2651 = add i32 %2646, 2048
	%2652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2651
	%2653 = load i32, i32 addrspace(3)* %2652
	br label %2654

2654:
	%2655 = phi i32 [ %2175, %2643 ], [ %2650, %2648 ]
	%2656 = phi i32 [ %2176, %2643 ], [ %2653, %2648 ]
	%2657 = add i32 1024, %0
	%2658 = and i1 %1202, %1203
	br i1 %2658, label %2659, label %2665

2659:
	%2660 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2657
	%2661 = load i32, i32 addrspace(3)* %2660
	%2662 = add i32 %2657, 2048
	%2663 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2662
	%2664 = load i32, i32 addrspace(3)* %2663
	br label %2665

2665:
	%2666 = phi i32 [ %2186, %2654 ], [ %2661, %2659 ]
	%2667 = phi i32 [ %2187, %2654 ], [ %2664, %2659 ]
	%2668 = add i32 1280, %0
	%2669 = and i1 %1215, %1216
	br i1 %2669, label %2670, label %2676

2670:
	%2671 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2668
	%2672 = load i32, i32 addrspace(3)* %2671
	%2673 = add i32 %2668, 2048
	%2674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2673
	%2675 = load i32, i32 addrspace(3)* %2674
	br label %2676

2676:
	%2677 = phi i32 [ %2197, %2665 ], [ %2672, %2670 ]
	%2678 = phi i32 [ %2198, %2665 ], [ %2675, %2670 ]
	%2679 = add i32 1536, %0
	%2680 = and i1 %1228, %1229
	br i1 %2680, label %2681, label %2687

2681:
	%2682 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2679
	%2683 = load i32, i32 addrspace(3)* %2682
	%2684 = add i32 %2679, 2048
	%2685 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2684
	%2686 = load i32, i32 addrspace(3)* %2685
	br label %2687

2687:
	%2688 = phi i32 [ %2208, %2676 ], [ %2683, %2681 ]
	%2689 = phi i32 [ %2209, %2676 ], [ %2686, %2681 ]
	%2690 = add i32 1792, %0
	%2691 = and i1 %1241, %1242
	br i1 %2691, label %2692, label %2698

2692:
	%2693 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2690
	%2694 = load i32, i32 addrspace(3)* %2693
	%2695 = add i32 %2690, 2048
	%2696 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2695
	%2697 = load i32, i32 addrspace(3)* %2696
	br label %2698

2698:
	%2699 = phi i32 [ %2219, %2687 ], [ %2694, %2692 ]
	%2700 = phi i32 [ %2220, %2687 ], [ %2697, %2692 ]
	br i1 %1150, label %2701, label %2710

2701:
	%2702 = lshr i32 %2623, 12
	%2703 = and i32 %2702, 15
	%2704 = select i1 %1151, i32 %2703, i32 16
	%2705 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2704)
	%2706 = and i32 %2705, %1148
	%2707 = call i32 @llvm.ctpop.i32(i32 %2706)
	%2708 = icmp eq i32 %2707, 0
	%2709 = and i1 %1151, %2708
	br i1 %2709, label %2712, label %2719

2710:
	%2711 = phi i32 [ 0, %2698 ], [ %2707, %2719 ]
	br i1 %1163, label %2720, label %2729

2712:
	%2713 = call i32 @llvm.ctpop.i32(i32 %2705)
	%2714 = add i32 0, %4
	%2715 = mul i32 %2703, 64
	%2716 = add i32 %2715, %2714
	%2717 = add i32 1024, %2716
	%2718 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2717
	store i32 %2713, i32 addrspace(3)* %2718
	br label %2719

2719:
	br label %2710

2720:
	%2721 = lshr i32 %2634, 12
	%2722 = and i32 %2721, 15
	%2723 = select i1 %1164, i32 %2722, i32 16
	%2724 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2723)
	%2725 = and i32 %2724, %1148
	%2726 = call i32 @llvm.ctpop.i32(i32 %2725)
	%2727 = icmp eq i32 %2726, 0
	%2728 = and i1 %1164, %2727
	br i1 %2728, label %2731, label %2738

2729:
	%2730 = phi i32 [ 0, %2710 ], [ %2726, %2738 ]
	br i1 %1176, label %2739, label %2748

2731:
	%2732 = call i32 @llvm.ctpop.i32(i32 %2724)
	%2733 = add i32 8, %4
	%2734 = mul i32 %2722, 64
	%2735 = add i32 %2734, %2733
	%2736 = add i32 1024, %2735
	%2737 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2736
	store i32 %2732, i32 addrspace(3)* %2737
	br label %2738

2738:
	br label %2729

2739:
	%2740 = lshr i32 %2645, 12
	%2741 = and i32 %2740, 15
	%2742 = select i1 %1177, i32 %2741, i32 16
	%2743 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2742)
	%2744 = and i32 %2743, %1148
	%2745 = call i32 @llvm.ctpop.i32(i32 %2744)
	%2746 = icmp eq i32 %2745, 0
	%2747 = and i1 %1177, %2746
	br i1 %2747, label %2750, label %2757

2748:
	%2749 = phi i32 [ 0, %2729 ], [ %2745, %2757 ]
	br i1 %1189, label %2758, label %2767

2750:
	%2751 = call i32 @llvm.ctpop.i32(i32 %2743)
	%2752 = add i32 16, %4
	%2753 = mul i32 %2741, 64
	%2754 = add i32 %2753, %2752
	%2755 = add i32 1024, %2754
	%2756 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2755
	store i32 %2751, i32 addrspace(3)* %2756
	br label %2757

2757:
	br label %2748

2758:
	%2759 = lshr i32 %2656, 12
	%2760 = and i32 %2759, 15
	%2761 = select i1 %1190, i32 %2760, i32 16
	%2762 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2761)
	%2763 = and i32 %2762, %1148
	%2764 = call i32 @llvm.ctpop.i32(i32 %2763)
	%2765 = icmp eq i32 %2764, 0
	%2766 = and i1 %1190, %2765
	br i1 %2766, label %2769, label %2776

2767:
	%2768 = phi i32 [ 0, %2748 ], [ %2764, %2776 ]
	br i1 %1202, label %2777, label %2786

2769:
	%2770 = call i32 @llvm.ctpop.i32(i32 %2762)
	%2771 = add i32 24, %4
	%2772 = mul i32 %2760, 64
	%2773 = add i32 %2772, %2771
	%2774 = add i32 1024, %2773
	%2775 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2774
	store i32 %2770, i32 addrspace(3)* %2775
	br label %2776

2776:
	br label %2767

2777:
	%2778 = lshr i32 %2667, 12
	%2779 = and i32 %2778, 15
	%2780 = select i1 %1203, i32 %2779, i32 16
	%2781 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2780)
	%2782 = and i32 %2781, %1148
	%2783 = call i32 @llvm.ctpop.i32(i32 %2782)
	%2784 = icmp eq i32 %2783, 0
	%2785 = and i1 %1203, %2784
	br i1 %2785, label %2788, label %2795

2786:
	%2787 = phi i32 [ 0, %2767 ], [ %2783, %2795 ]
	br i1 %1215, label %2796, label %2805

2788:
	%2789 = call i32 @llvm.ctpop.i32(i32 %2781)
	%2790 = add i32 32, %4
	%2791 = mul i32 %2779, 64
	%2792 = add i32 %2791, %2790
	%2793 = add i32 1024, %2792
	%2794 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2793
	store i32 %2789, i32 addrspace(3)* %2794
	br label %2795

2795:
	br label %2786

2796:
	%2797 = lshr i32 %2678, 12
	%2798 = and i32 %2797, 15
	%2799 = select i1 %1216, i32 %2798, i32 16
	%2800 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2799)
	%2801 = and i32 %2800, %1148
	%2802 = call i32 @llvm.ctpop.i32(i32 %2801)
	%2803 = icmp eq i32 %2802, 0
	%2804 = and i1 %1216, %2803
	br i1 %2804, label %2807, label %2814

2805:
	%2806 = phi i32 [ 0, %2786 ], [ %2802, %2814 ]
	br i1 %1228, label %2815, label %2824

2807:
	%2808 = call i32 @llvm.ctpop.i32(i32 %2800)
	%2809 = add i32 40, %4
	%2810 = mul i32 %2798, 64
	%2811 = add i32 %2810, %2809
	%2812 = add i32 1024, %2811
	%2813 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2812
	store i32 %2808, i32 addrspace(3)* %2813
	br label %2814

2814:
	br label %2805

2815:
	%2816 = lshr i32 %2689, 12
	%2817 = and i32 %2816, 15
	%2818 = select i1 %1229, i32 %2817, i32 16
	%2819 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2818)
	%2820 = and i32 %2819, %1148
	%2821 = call i32 @llvm.ctpop.i32(i32 %2820)
	%2822 = icmp eq i32 %2821, 0
	%2823 = and i1 %1229, %2822
	br i1 %2823, label %2826, label %2833

2824:
	%2825 = phi i32 [ 0, %2805 ], [ %2821, %2833 ]
	br i1 %1241, label %2834, label %2843

2826:
	%2827 = call i32 @llvm.ctpop.i32(i32 %2819)
	%2828 = add i32 48, %4
	%2829 = mul i32 %2817, 64
	%2830 = add i32 %2829, %2828
	%2831 = add i32 1024, %2830
	%2832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2831
	store i32 %2827, i32 addrspace(3)* %2832
	br label %2833

2833:
	br label %2824

2834:
	%2835 = lshr i32 %2700, 12
	%2836 = and i32 %2835, 15
	%2837 = select i1 %1242, i32 %2836, i32 16
	%2838 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2837)
	%2839 = and i32 %2838, %1148
	%2840 = call i32 @llvm.ctpop.i32(i32 %2839)
	%2841 = icmp eq i32 %2840, 0
	%2842 = and i1 %1242, %2841
	br i1 %2842, label %2888, label %2895

2843:
	%2844 = phi i32 [ 0, %2824 ], [ %2840, %2895 ]
	call void @llvm.nvvm.barrier0()
	%2845 = mul i32 %0, 4
	%2846 = add i32 %2845, 1024
	%2847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2846
	%2848 = load i32, i32 addrspace(3)* %2847
	%2849 = add i32 0, %2848
	%2850 = mul i32 %0, 4
	%2851 = add i32 %2850, 1025
	%2852 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2851
	%2853 = load i32, i32 addrspace(3)* %2852
	%2854 = add i32 %2849, %2853
	%2855 = mul i32 %0, 4
	%2856 = add i32 %2855, 1026
	%2857 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2856
	%2858 = load i32, i32 addrspace(3)* %2857
	%2859 = add i32 %2854, %2858
	%2860 = mul i32 %0, 4
	%2861 = add i32 %2860, 1027
	%2862 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2861
	%2863 = load i32, i32 addrspace(3)* %2862
	%2864 = add i32 %2859, %2863
	%2865 = and i32 %0, 31
	%2866 = lshr i32 %0, 5
	%2867 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2864, i32 1, i32 0)
	%2868 = icmp uge i32 %2865, 1
	%2869 = select i1 %2868, i32 %2867, i32 0
	%2870 = add i32 %2864, %2869
	%2871 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2870, i32 2, i32 0)
	%2872 = icmp uge i32 %2865, 2
	%2873 = select i1 %2872, i32 %2871, i32 0
	%2874 = add i32 %2870, %2873
	%2875 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2874, i32 4, i32 0)
	%2876 = icmp uge i32 %2865, 4
	%2877 = select i1 %2876, i32 %2875, i32 0
	%2878 = add i32 %2874, %2877
	%2879 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2878, i32 8, i32 0)
	%2880 = icmp uge i32 %2865, 8
	%2881 = select i1 %2880, i32 %2879, i32 0
	%2882 = add i32 %2878, %2881
	%2883 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2882, i32 16, i32 0)
	%2884 = icmp uge i32 %2865, 16
	%2885 = select i1 %2884, i32 %2883, i32 0
	%2886 = add i32 %2882, %2885
	%2887 = icmp eq i32 %2865, 31
	br i1 %2887, label %2896, label %2898

2888:
	%2889 = call i32 @llvm.ctpop.i32(i32 %2838)
	%2890 = add i32 56, %4
	%2891 = mul i32 %2836, 64
	%2892 = add i32 %2891, %2890
	%2893 = add i32 1024, %2892
	%2894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2893
	store i32 %2889, i32 addrspace(3)* %2894
	br label %2895

2895:
	br label %2843

2896:
	%2897 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2866
	store i32 %2886, i32 addrspace(3)* %2897
	br label %2898

2898:
	call void @llvm.nvvm.barrier0()
	%2899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2900 = load i32, i32 addrspace(3)* %2899
	%2901 = icmp sgt i32 %2866, 0
	%2902 = select i1 %2901, i32 %2900, i32 0
	%2903 = add i32 0, %2902
	%2904 = add i32 0, %2900
	%2905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2906 = load i32, i32 addrspace(3)* %2905
	%2907 = icmp sgt i32 %2866, 1
	%2908 = select i1 %2907, i32 %2906, i32 0
	%2909 = add i32 %2903, %2908
	%2910 = add i32 %2904, %2906
	%2911 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2912 = load i32, i32 addrspace(3)* %2911
	%2913 = icmp sgt i32 %2866, 2
	%2914 = select i1 %2913, i32 %2912, i32 0
	%2915 = add i32 %2909, %2914
	%2916 = add i32 %2910, %2912
	%2917 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2918 = load i32, i32 addrspace(3)* %2917
	%2919 = icmp sgt i32 %2866, 3
	%2920 = select i1 %2919, i32 %2918, i32 0
	%2921 = add i32 %2915, %2920
	%2922 = add i32 %2916, %2918
	%2923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2924 = load i32, i32 addrspace(3)* %2923
	%2925 = icmp sgt i32 %2866, 4
	%2926 = select i1 %2925, i32 %2924, i32 0
	%2927 = add i32 %2921, %2926
	%2928 = add i32 %2922, %2924
	%2929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2930 = load i32, i32 addrspace(3)* %2929
	%2931 = icmp sgt i32 %2866, 5
	%2932 = select i1 %2931, i32 %2930, i32 0
	%2933 = add i32 %2927, %2932
	%2934 = add i32 %2928, %2930
	%2935 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2936 = load i32, i32 addrspace(3)* %2935
	%2937 = icmp sgt i32 %2866, 6
	%2938 = select i1 %2937, i32 %2936, i32 0
	%2939 = add i32 %2933, %2938
	%2940 = add i32 %2934, %2936
	%2941 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2942 = load i32, i32 addrspace(3)* %2941
	%2943 = icmp sgt i32 %2866, 7
	%2944 = select i1 %2943, i32 %2942, i32 0
	%2945 = add i32 %2939, %2944
	%2946 = add i32 %2940, %2942
	%2947 = add i32 %2945, %2886
	%2948 = sub i32 %2947, %2864
	%2949 = mul i32 %0, 4
	%2950 = add i32 %2949, 1024
	%2951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2950
	store i32 %2948, i32 addrspace(3)* %2951
	%2952 = add i32 %2948, %2848
	%2953 = mul i32 %0, 4
	%2954 = add i32 %2953, 1025
	%2955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2954
	store i32 %2952, i32 addrspace(3)* %2955
	%2956 = add i32 %2952, %2853
	%2957 = mul i32 %0, 4
	%2958 = add i32 %2957, 1026
	%2959 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2958
	store i32 %2956, i32 addrspace(3)* %2959
	%2960 = add i32 %2956, %2858
	%2961 = mul i32 %0, 4
	%2962 = add i32 %2961, 1027
	%2963 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2962
	store i32 %2960, i32 addrspace(3)* %2963
	%2964 = add i32 %2960, %2863
	%2965 = add i32 %0, 0
	%2966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2965
	store i32 0, i32 addrspace(3)* %2966
	%2967 = add i32 %0, 256
	%2968 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2967
	store i32 0, i32 addrspace(3)* %2968
	%2969 = add i32 %0, 512
	%2970 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2969
	store i32 0, i32 addrspace(3)* %2970
	%2971 = add i32 %0, 768
	%2972 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2971
	store i32 0, i32 addrspace(3)* %2972
	call void @llvm.nvvm.barrier0()
	%2973 = and i1 %1150, %1151
	br i1 %2973, label %2974, label %2987

2974:
	%2975 = lshr i32 %2623, 12
	%2976 = and i32 %2975, 15
	%2977 = add i32 0, %4
	%2978 = mul i32 %2976, 64
	%2979 = add i32 %2978, %2977
	%2980 = add i32 1024, %2979
	%2981 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2980
	%2982 = load i32, i32 addrspace(3)* %2981
	%2983 = add i32 %2982, %2711
	%2984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2983
	store i32 %2622, i32 addrspace(3)* %2984
	%2985 = add i32 %2983, 2048
	%2986 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2985
	store i32 %2623, i32 addrspace(3)* %2986
	br label %2987

2987:
	%2988 = and i1 %1163, %1164
	br i1 %2988, label %2989, label %3002

2989:
	%2990 = lshr i32 %2634, 12
	%2991 = and i32 %2990, 15
	%2992 = add i32 8, %4
	%2993 = mul i32 %2991, 64
	%2994 = add i32 %2993, %2992
	%2995 = add i32 1024, %2994
	%2996 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2995
	%2997 = load i32, i32 addrspace(3)* %2996
	%2998 = add i32 %2997, %2730
	%2999 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2998
	store i32 %2633, i32 addrspace(3)* %2999
	%3000 = add i32 %2998, 2048
	%3001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3000
	store i32 %2634, i32 addrspace(3)* %3001
	br label %3002

3002:
	%3003 = and i1 %1176, %1177
	br i1 %3003, label %3004, label %3017

3004:
	%3005 = lshr i32 %2645, 12
	%3006 = and i32 %3005, 15
	%3007 = add i32 16, %4
	%3008 = mul i32 %3006, 64
	%3009 = add i32 %3008, %3007
	%3010 = add i32 1024, %3009
	%3011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3010
	%3012 = load i32, i32 addrspace(3)* %3011
	%3013 = add i32 %3012, %2749
	%3014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3013
	store i32 %2644, i32 addrspace(3)* %3014
	%3015 = add i32 %3013, 2048
	%3016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3015
	store i32 %2645, i32 addrspace(3)* %3016
	br label %3017

3017:
	%3018 = and i1 %1189, %1190
	br i1 %3018, label %3019, label %3032

3019:
	%3020 = lshr i32 %2656, 12
	%3021 = and i32 %3020, 15
	%3022 = add i32 24, %4
	%3023 = mul i32 %3021, 64
	%3024 = add i32 %3023, %3022
	%3025 = add i32 1024, %3024
	%3026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3025
	%3027 = load i32, i32 addrspace(3)* %3026
	%3028 = add i32 %3027, %2768
	%3029 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3028
	store i32 %2655, i32 addrspace(3)* %3029
	%3030 = add i32 %3028, 2048
	%3031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3030
	store i32 %2656, i32 addrspace(3)* %3031
	br label %3032

3032:
	%3033 = and i1 %1202, %1203
	br i1 %3033, label %3034, label %3047

3034:
	%3035 = lshr i32 %2667, 12
	%3036 = and i32 %3035, 15
	%3037 = add i32 32, %4
	%3038 = mul i32 %3036, 64
	%3039 = add i32 %3038, %3037
	%3040 = add i32 1024, %3039
	%3041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3040
	%3042 = load i32, i32 addrspace(3)* %3041
	%3043 = add i32 %3042, %2787
	%3044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3043
	store i32 %2666, i32 addrspace(3)* %3044
	%3045 = add i32 %3043, 2048
	%3046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3045
	store i32 %2667, i32 addrspace(3)* %3046
	br label %3047

3047:
	%3048 = and i1 %1215, %1216
	br i1 %3048, label %3049, label %3062

3049:
	%3050 = lshr i32 %2678, 12
	%3051 = and i32 %3050, 15
	%3052 = add i32 40, %4
	%3053 = mul i32 %3051, 64
	%3054 = add i32 %3053, %3052
	%3055 = add i32 1024, %3054
	%3056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3055
	%3057 = load i32, i32 addrspace(3)* %3056
	%3058 = add i32 %3057, %2806
	%3059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3058
	store i32 %2677, i32 addrspace(3)* %3059
	%3060 = add i32 %3058, 2048
	%3061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3060
	store i32 %2678, i32 addrspace(3)* %3061
	br label %3062

3062:
	%3063 = and i1 %1228, %1229
	br i1 %3063, label %3064, label %3077

3064:
	%3065 = lshr i32 %2689, 12
	%3066 = and i32 %3065, 15
	%3067 = add i32 48, %4
	%3068 = mul i32 %3066, 64
	%3069 = add i32 %3068, %3067
	%3070 = add i32 1024, %3069
	%3071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3070
	%3072 = load i32, i32 addrspace(3)* %3071
	%3073 = add i32 %3072, %2825
	%3074 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3073
	store i32 %2688, i32 addrspace(3)* %3074
	%3075 = add i32 %3073, 2048
	%3076 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3075
	store i32 %2689, i32 addrspace(3)* %3076
	br label %3077

3077:
	%3078 = and i1 %1241, %1242
	br i1 %3078, label %3079, label %3092

3079:
	%3080 = lshr i32 %2700, 12
	%3081 = and i32 %3080, 15
	%3082 = add i32 56, %4
	%3083 = mul i32 %3081, 64
	%3084 = add i32 %3083, %3082
	%3085 = add i32 1024, %3084
	%3086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3085
	%3087 = load i32, i32 addrspace(3)* %3086
	%3088 = add i32 %3087, %2844
	%3089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3088
	store i32 %2699, i32 addrspace(3)* %3089
	%3090 = add i32 %3088, 2048
	%3091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3090
	store i32 %2700, i32 addrspace(3)* %3091
	br label %3092

3092:
	call void @llvm.nvvm.barrier0()
	%3093 = add i32 0, %0
	%3094 = and i1 %1150, %1151
	br i1 %3094, label %3095, label %3101

3095:
	%3096 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3093
	%3097 = load i32, i32 addrspace(3)* %3096
	%3098 = add i32 %3093, 2048
	%3099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3098
	%3100 = load i32, i32 addrspace(3)* %3099
	br label %3101

3101:
	%3102 = phi i32 [ %2622, %3092 ], [ %3097, %3095 ]
	%3103 = phi i32 [ %2623, %3092 ], [ %3100, %3095 ]
	%3104 = add i32 256, %0
	%3105 = and i1 %1163, %1164
	br i1 %3105, label %3106, label %3112

3106:
	%3107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3104
	%3108 = load i32, i32 addrspace(3)* %3107
	%3109 = add i32 %3104, 2048
	%3110 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3109
	%3111 = load i32, i32 addrspace(3)* %3110
	br label %3112

3112:
	%3113 = phi i32 [ %2633, %3101 ], [ %3108, %3106 ]
	%3114 = phi i32 [ %2634, %3101 ], [ %3111, %3106 ]
	%3115 = add i32 512, %0
	%3116 = and i1 %1176, %1177
	br i1 %3116, label %3117, label %3123

3117:
	%3118 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3115
	%3119 = load i32, i32 addrspace(3)* %3118
	%3120 = add i32 %3115, 2048
	%3121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3120
	%3122 = load i32, i32 addrspace(3)* %3121
	br label %3123

3123:
	%3124 = phi i32 [ %2644, %3112 ], [ %3119, %3117 ]
	%3125 = phi i32 [ %2645, %3112 ], [ %3122, %3117 ]
	%3126 = add i32 768, %0
	%3127 = and i1 %1189, %1190
	br i1 %3127, label %3128, label %3134

3128:
	%3129 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3126
	%3130 = load i32, i32 addrspace(3)* %3129
	%3131 = add i32 %3126, 2048
	%3132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3131
	%3133 = load i32, i32 addrspace(3)* %3132
	br label %3134

3134:
	%3135 = phi i32 [ %2655, %3123 ], [ %3130, %3128 ]
	%3136 = phi i32 [ %2656, %3123 ], [ %3133, %3128 ]
	%3137 = add i32 1024, %0
	%3138 = and i1 %1202, %1203
	br i1 %3138, label %3139, label %3145

3139:
	%3140 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3137
	%3141 = load i32, i32 addrspace(3)* %3140
	%3142 = add i32 %3137, 2048
	%3143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3142
	%3144 = load i32, i32 addrspace(3)* %3143
	br label %3145

3145:
	%3146 = phi i32 [ %2666, %3134 ], [ %3141, %3139 ]
	%3147 = phi i32 [ %2667, %3134 ], [ %3144, %3139 ]
	%3148 = add i32 1280, %0
	%3149 = and i1 %1215, %1216
	br i1 %3149, label %3150, label %3156

3150:
	%3151 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3148
	%3152 = load i32, i32 addrspace(3)* %3151
	%3153 = add i32 %3148, 2048
	%3154 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3153
	%3155 = load i32, i32 addrspace(3)* %3154
	br label %3156

3156:
	%3157 = phi i32 [ %2677, %3145 ], [ %3152, %3150 ]
	%3158 = phi i32 [ %2678, %3145 ], [ %3155, %3150 ]
	%3159 = add i32 1536, %0
	%3160 = and i1 %1228, %1229
	br i1 %3160, label %3161, label %3167

3161:
	%3162 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3159
	%3163 = load i32, i32 addrspace(3)* %3162
	%3164 = add i32 %3159, 2048
	%3165 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3164
	%3166 = load i32, i32 addrspace(3)* %3165
	br label %3167

3167:
	%3168 = phi i32 [ %2688, %3156 ], [ %3163, %3161 ]
	%3169 = phi i32 [ %2689, %3156 ], [ %3166, %3161 ]
	%3170 = add i32 1792, %0
	%3171 = and i1 %1241, %1242
	br i1 %3171, label %3172, label %3178

3172:
	%3173 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3170
	%3174 = load i32, i32 addrspace(3)* %3173
	%3175 = add i32 %3170, 2048
	%3176 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3175
	%3177 = load i32, i32 addrspace(3)* %3176
	br label %3178

3178:
	%3179 = phi i32 [ %2699, %3167 ], [ %3174, %3172 ]
	%3180 = phi i32 [ %2700, %3167 ], [ %3177, %3172 ]
	br i1 %1150, label %3181, label %3190

3181:
	%3182 = lshr i32 %3103, 16
	%3183 = and i32 %3182, 15
	%3184 = select i1 %1151, i32 %3183, i32 16
	%3185 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3184)
	%3186 = and i32 %3185, %1148
	%3187 = call i32 @llvm.ctpop.i32(i32 %3186)
	%3188 = icmp eq i32 %3187, 0
	%3189 = and i1 %1151, %3188
	br i1 %3189, label %3192, label %3199

3190:
	%3191 = phi i32 [ 0, %3178 ], [ %3187, %3199 ]
	br i1 %1163, label %3200, label %3209

3192:
	%3193 = call i32 @llvm.ctpop.i32(i32 %3185)
	%3194 = add i32 0, %4
	%3195 = mul i32 %3183, 64
	%3196 = add i32 %3195, %3194
	%3197 = add i32 0, %3196
	%3198 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3197
	store i32 %3193, i32 addrspace(3)* %3198
	br label %3199

3199:
	br label %3190

3200:
	%3201 = lshr i32 %3114, 16
	%3202 = and i32 %3201, 15
	%3203 = select i1 %1164, i32 %3202, i32 16
	%3204 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3203)
	%3205 = and i32 %3204, %1148
	%3206 = call i32 @llvm.ctpop.i32(i32 %3205)
	%3207 = icmp eq i32 %3206, 0
	%3208 = and i1 %1164, %3207
	br i1 %3208, label %3211, label %3218

3209:
	%3210 = phi i32 [ 0, %3190 ], [ %3206, %3218 ]
	br i1 %1176, label %3219, label %3228

3211:
	%3212 = call i32 @llvm.ctpop.i32(i32 %3204)
	%3213 = add i32 8, %4
	%3214 = mul i32 %3202, 64
	%3215 = add i32 %3214, %3213
	%3216 = add i32 0, %3215
	%3217 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3216
	store i32 %3212, i32 addrspace(3)* %3217
	br label %3218

3218:
	br label %3209

3219:
	%3220 = lshr i32 %3125, 16
	%3221 = and i32 %3220, 15
	%3222 = select i1 %1177, i32 %3221, i32 16
	%3223 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3222)
	%3224 = and i32 %3223, %1148
	%3225 = call i32 @llvm.ctpop.i32(i32 %3224)
	%3226 = icmp eq i32 %3225, 0
	%3227 = and i1 %1177, %3226
	br i1 %3227, label %3230, label %3237

3228:
	%3229 = phi i32 [ 0, %3209 ], [ %3225, %3237 ]
	br i1 %1189, label %3238, label %3247

3230:
	%3231 = call i32 @llvm.ctpop.i32(i32 %3223)
	%3232 = add i32 16, %4
	%3233 = mul i32 %3221, 64
	%3234 = add i32 %3233, %3232
	%3235 = add i32 0, %3234
	%3236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3235
	store i32 %3231, i32 addrspace(3)* %3236
	br label %3237

3237:
	br label %3228

3238:
	%3239 = lshr i32 %3136, 16
	%3240 = and i32 %3239, 15
	%3241 = select i1 %1190, i32 %3240, i32 16
	%3242 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3241)
	%3243 = and i32 %3242, %1148
	%3244 = call i32 @llvm.ctpop.i32(i32 %3243)
	%3245 = icmp eq i32 %3244, 0
	%3246 = and i1 %1190, %3245
	br i1 %3246, label %3249, label %3256

3247:
	%3248 = phi i32 [ 0, %3228 ], [ %3244, %3256 ]
	br i1 %1202, label %3257, label %3266

3249:
	%3250 = call i32 @llvm.ctpop.i32(i32 %3242)
	%3251 = add i32 24, %4
	%3252 = mul i32 %3240, 64
	%3253 = add i32 %3252, %3251
	%3254 = add i32 0, %3253
	%3255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3254
	store i32 %3250, i32 addrspace(3)* %3255
	br label %3256

3256:
	br label %3247

3257:
	%3258 = lshr i32 %3147, 16
	%3259 = and i32 %3258, 15
	%3260 = select i1 %1203, i32 %3259, i32 16
	%3261 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3260)
	%3262 = and i32 %3261, %1148
	%3263 = call i32 @llvm.ctpop.i32(i32 %3262)
	%3264 = icmp eq i32 %3263, 0
	%3265 = and i1 %1203, %3264
	br i1 %3265, label %3268, label %3275

3266:
	%3267 = phi i32 [ 0, %3247 ], [ %3263, %3275 ]
	br i1 %1215, label %3276, label %3285

3268:
	%3269 = call i32 @llvm.ctpop.i32(i32 %3261)
	%3270 = add i32 32, %4
	%3271 = mul i32 %3259, 64
	%3272 = add i32 %3271, %3270
	%3273 = add i32 0, %3272
	%3274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3273
	store i32 %3269, i32 addrspace(3)* %3274
	br label %3275

3275:
	br label %3266

3276:
	%3277 = lshr i32 %3158, 16
	%3278 = and i32 %3277, 15
	%3279 = select i1 %1216, i32 %3278, i32 16
	%3280 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3279)
	%3281 = and i32 %3280, %1148
	%3282 = call i32 @llvm.ctpop.i32(i32 %3281)
	%3283 = icmp eq i32 %3282, 0
	%3284 = and i1 %1216, %3283
	br i1 %3284, label %3287, label %3294

3285:
	%3286 = phi i32 [ 0, %3266 ], [ %3282, %3294 ]
	br i1 %1228, label %3295, label %3304

3287:
	%3288 = call i32 @llvm.ctpop.i32(i32 %3280)
	%3289 = add i32 40, %4
	%3290 = mul i32 %3278, 64
	%3291 = add i32 %3290, %3289
	%3292 = add i32 0, %3291
	%3293 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3292
	store i32 %3288, i32 addrspace(3)* %3293
	br label %3294

3294:
	br label %3285

3295:
	%3296 = lshr i32 %3169, 16
	%3297 = and i32 %3296, 15
	%3298 = select i1 %1229, i32 %3297, i32 16
	%3299 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3298)
	%3300 = and i32 %3299, %1148
	%3301 = call i32 @llvm.ctpop.i32(i32 %3300)
	%3302 = icmp eq i32 %3301, 0
	%3303 = and i1 %1229, %3302
	br i1 %3303, label %3306, label %3313

3304:
	%3305 = phi i32 [ 0, %3285 ], [ %3301, %3313 ]
	br i1 %1241, label %3314, label %3323

3306:
	%3307 = call i32 @llvm.ctpop.i32(i32 %3299)
	%3308 = add i32 48, %4
	%3309 = mul i32 %3297, 64
	%3310 = add i32 %3309, %3308
	%3311 = add i32 0, %3310
	%3312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3311
	store i32 %3307, i32 addrspace(3)* %3312
	br label %3313

3313:
	br label %3304

3314:
	%3315 = lshr i32 %3180, 16
	%3316 = and i32 %3315, 15
	%3317 = select i1 %1242, i32 %3316, i32 16
	%3318 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3317)
	%3319 = and i32 %3318, %1148
	%3320 = call i32 @llvm.ctpop.i32(i32 %3319)
	%3321 = icmp eq i32 %3320, 0
	%3322 = and i1 %1242, %3321
	br i1 %3322, label %3368, label %3375

3323:
	%3324 = phi i32 [ 0, %3304 ], [ %3320, %3375 ]
	call void @llvm.nvvm.barrier0()
	%3325 = mul i32 %0, 4
	%3326 = add i32 %3325, 0
	%3327 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3326
	%3328 = load i32, i32 addrspace(3)* %3327
	%3329 = add i32 0, %3328
	%3330 = mul i32 %0, 4
	%3331 = add i32 %3330, 1
	%3332 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3331
	%3333 = load i32, i32 addrspace(3)* %3332
	%3334 = add i32 %3329, %3333
	%3335 = mul i32 %0, 4
	%3336 = add i32 %3335, 2
	%3337 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3336
	%3338 = load i32, i32 addrspace(3)* %3337
	%3339 = add i32 %3334, %3338
	%3340 = mul i32 %0, 4
	%3341 = add i32 %3340, 3
	%3342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3341
	%3343 = load i32, i32 addrspace(3)* %3342
	%3344 = add i32 %3339, %3343
	%3345 = and i32 %0, 31
	%3346 = lshr i32 %0, 5
	%3347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3344, i32 1, i32 0)
	%3348 = icmp uge i32 %3345, 1
	%3349 = select i1 %3348, i32 %3347, i32 0
	%3350 = add i32 %3344, %3349
	%3351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3350, i32 2, i32 0)
	%3352 = icmp uge i32 %3345, 2
	%3353 = select i1 %3352, i32 %3351, i32 0
	%3354 = add i32 %3350, %3353
	%3355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3354, i32 4, i32 0)
	%3356 = icmp uge i32 %3345, 4
	%3357 = select i1 %3356, i32 %3355, i32 0
	%3358 = add i32 %3354, %3357
	%3359 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3358, i32 8, i32 0)
	%3360 = icmp uge i32 %3345, 8
	%3361 = select i1 %3360, i32 %3359, i32 0
	%3362 = add i32 %3358, %3361
	%3363 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3362, i32 16, i32 0)
	%3364 = icmp uge i32 %3345, 16
	%3365 = select i1 %3364, i32 %3363, i32 0
	%3366 = add i32 %3362, %3365
	%3367 = icmp eq i32 %3345, 31
	br i1 %3367, label %3376, label %3378

3368:
	%3369 = call i32 @llvm.ctpop.i32(i32 %3318)
	%3370 = add i32 56, %4
	%3371 = mul i32 %3316, 64
	%3372 = add i32 %3371, %3370
	%3373 = add i32 0, %3372
	%3374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3373
	store i32 %3369, i32 addrspace(3)* %3374
	br label %3375

3375:
	br label %3323

3376:
	%3377 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3346
	store i32 %3366, i32 addrspace(3)* %3377
	br label %3378

3378:
	call void @llvm.nvvm.barrier0()
	%3379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = icmp sgt i32 %3346, 0
	%3382 = select i1 %3381, i32 %3380, i32 0
	%3383 = add i32 0, %3382
	%3384 = add i32 0, %3380
	%3385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3386 = load i32, i32 addrspace(3)* %3385
	%3387 = icmp sgt i32 %3346, 1
	%3388 = select i1 %3387, i32 %3386, i32 0
	%3389 = add i32 %3383, %3388
	%3390 = add i32 %3384, %3386
	%3391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3392 = load i32, i32 addrspace(3)* %3391
	%3393 = icmp sgt i32 %3346, 2
	%3394 = select i1 %3393, i32 %3392, i32 0
	%3395 = add i32 %3389, %3394
	%3396 = add i32 %3390, %3392
	%3397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3398 = load i32, i32 addrspace(3)* %3397
	%3399 = icmp sgt i32 %3346, 3
	%3400 = select i1 %3399, i32 %3398, i32 0
	%3401 = add i32 %3395, %3400
	%3402 = add i32 %3396, %3398
	%3403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3404 = load i32, i32 addrspace(3)* %3403
	%3405 = icmp sgt i32 %3346, 4
	%3406 = select i1 %3405, i32 %3404, i32 0
	%3407 = add i32 %3401, %3406
	%3408 = add i32 %3402, %3404
	%3409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3410 = load i32, i32 addrspace(3)* %3409
	%3411 = icmp sgt i32 %3346, 5
	%3412 = select i1 %3411, i32 %3410, i32 0
	%3413 = add i32 %3407, %3412
	%3414 = add i32 %3408, %3410
	%3415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3416 = load i32, i32 addrspace(3)* %3415
	%3417 = icmp sgt i32 %3346, 6
	%3418 = select i1 %3417, i32 %3416, i32 0
	%3419 = add i32 %3413, %3418
	%3420 = add i32 %3414, %3416
	%3421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3422 = load i32, i32 addrspace(3)* %3421
	%3423 = icmp sgt i32 %3346, 7
	%3424 = select i1 %3423, i32 %3422, i32 0
	%3425 = add i32 %3419, %3424
	%3426 = add i32 %3420, %3422
	%3427 = add i32 %3425, %3366
	%3428 = sub i32 %3427, %3344
	%3429 = mul i32 %0, 4
	%3430 = add i32 %3429, 0
	%3431 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3430
	store i32 %3428, i32 addrspace(3)* %3431
	%3432 = add i32 %3428, %3328
	%3433 = mul i32 %0, 4
	%3434 = add i32 %3433, 1
	%3435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3434
	store i32 %3432, i32 addrspace(3)* %3435
	%3436 = add i32 %3432, %3333
	%3437 = mul i32 %0, 4
	%3438 = add i32 %3437, 2
	%3439 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3438
	store i32 %3436, i32 addrspace(3)* %3439
	%3440 = add i32 %3436, %3338
	%3441 = mul i32 %0, 4
	%3442 = add i32 %3441, 3
	%3443 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3442
	store i32 %3440, i32 addrspace(3)* %3443
	%3444 = add i32 %3440, %3343
	%3445 = add i32 %0, 1024
	%3446 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3445
	store i32 0, i32 addrspace(3)* %3446
	%3447 = add i32 %0, 1280
	%3448 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3447
	store i32 0, i32 addrspace(3)* %3448
	%3449 = add i32 %0, 1536
	%3450 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3449
	store i32 0, i32 addrspace(3)* %3450
	%3451 = add i32 %0, 1792
	%3452 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3451
	store i32 0, i32 addrspace(3)* %3452
	call void @llvm.nvvm.barrier0()
	%3453 = and i1 %1150, %1151
	br i1 %3453, label %3454, label %3467

3454:
	%3455 = lshr i32 %3103, 16
	%3456 = and i32 %3455, 15
	%3457 = add i32 0, %4
	%3458 = mul i32 %3456, 64
	%3459 = add i32 %3458, %3457
	%3460 = add i32 0, %3459
	%3461 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3460
	%3462 = load i32, i32 addrspace(3)* %3461
	%3463 = add i32 %3462, %3191
	%3464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3463
	store i32 %3102, i32 addrspace(3)* %3464
	%3465 = add i32 %3463, 2048
	%3466 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3465
	store i32 %3103, i32 addrspace(3)* %3466
	br label %3467

3467:
	%3468 = and i1 %1163, %1164
	br i1 %3468, label %3469, label %3482

3469:
	%3470 = lshr i32 %3114, 16
	%3471 = and i32 %3470, 15
	%3472 = add i32 8, %4
	%3473 = mul i32 %3471, 64
	%3474 = add i32 %3473, %3472
	%3475 = add i32 0, %3474
	%3476 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3475
	%3477 = load i32, i32 addrspace(3)* %3476
	%3478 = add i32 %3477, %3210
	%3479 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3478
	store i32 %3113, i32 addrspace(3)* %3479
	%3480 = add i32 %3478, 2048
	%3481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3480
	store i32 %3114, i32 addrspace(3)* %3481
	br label %3482

3482:
	%3483 = and i1 %1176, %1177
	br i1 %3483, label %3484, label %3497

3484:
	%3485 = lshr i32 %3125, 16
	%3486 = and i32 %3485, 15
	%3487 = add i32 16, %4
	%3488 = mul i32 %3486, 64
	%3489 = add i32 %3488, %3487
	%3490 = add i32 0, %3489
	%3491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3490
	%3492 = load i32, i32 addrspace(3)* %3491
	%3493 = add i32 %3492, %3229
	%3494 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3493
	store i32 %3124, i32 addrspace(3)* %3494
	%3495 = add i32 %3493, 2048
	%3496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3495
	store i32 %3125, i32 addrspace(3)* %3496
	br label %3497

3497:
	%3498 = and i1 %1189, %1190
	br i1 %3498, label %3499, label %3512

3499:
	%3500 = lshr i32 %3136, 16
	%3501 = and i32 %3500, 15
	%3502 = add i32 24, %4
	%3503 = mul i32 %3501, 64
	%3504 = add i32 %3503, %3502
	%3505 = add i32 0, %3504
	%3506 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3505
	%3507 = load i32, i32 addrspace(3)* %3506
	%3508 = add i32 %3507, %3248
	%3509 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3508
	store i32 %3135, i32 addrspace(3)* %3509
	%3510 = add i32 %3508, 2048
	%3511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3510
	store i32 %3136, i32 addrspace(3)* %3511
	br label %3512

3512:
	%3513 = and i1 %1202, %1203
	br i1 %3513, label %3514, label %3527

3514:
	%3515 = lshr i32 %3147, 16
	%3516 = and i32 %3515, 15
	%3517 = add i32 32, %4
	%3518 = mul i32 %3516, 64
	%3519 = add i32 %3518, %3517
	%3520 = add i32 0, %3519
	%3521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3520
	%3522 = load i32, i32 addrspace(3)* %3521
	%3523 = add i32 %3522, %3267
	%3524 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3523
	store i32 %3146, i32 addrspace(3)* %3524
	%3525 = add i32 %3523, 2048
	%3526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3525
	store i32 %3147, i32 addrspace(3)* %3526
	br label %3527

3527:
	%3528 = and i1 %1215, %1216
	br i1 %3528, label %3529, label %3542

3529:
	%3530 = lshr i32 %3158, 16
	%3531 = and i32 %3530, 15
	%3532 = add i32 40, %4
	%3533 = mul i32 %3531, 64
	%3534 = add i32 %3533, %3532
	%3535 = add i32 0, %3534
	%3536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3535
	%3537 = load i32, i32 addrspace(3)* %3536
	%3538 = add i32 %3537, %3286
	%3539 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3538
	store i32 %3157, i32 addrspace(3)* %3539
	%3540 = add i32 %3538, 2048
	%3541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3540
	store i32 %3158, i32 addrspace(3)* %3541
	br label %3542

3542:
	%3543 = and i1 %1228, %1229
	br i1 %3543, label %3544, label %3557

3544:
	%3545 = lshr i32 %3169, 16
	%3546 = and i32 %3545, 15
	%3547 = add i32 48, %4
	%3548 = mul i32 %3546, 64
	%3549 = add i32 %3548, %3547
	%3550 = add i32 0, %3549
	%3551 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3550
	%3552 = load i32, i32 addrspace(3)* %3551
	%3553 = add i32 %3552, %3305
	%3554 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3553
	store i32 %3168, i32 addrspace(3)* %3554
	%3555 = add i32 %3553, 2048
	%3556 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3555
	store i32 %3169, i32 addrspace(3)* %3556
	br label %3557

3557:
	%3558 = and i1 %1241, %1242
	br i1 %3558, label %3559, label %3572

3559:
	%3560 = lshr i32 %3180, 16
	%3561 = and i32 %3560, 15
	%3562 = add i32 56, %4
	%3563 = mul i32 %3561, 64
	%3564 = add i32 %3563, %3562
	%3565 = add i32 0, %3564
	%3566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3565
	%3567 = load i32, i32 addrspace(3)* %3566
	%3568 = add i32 %3567, %3324
	%3569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3568
	store i32 %3179, i32 addrspace(3)* %3569
	%3570 = add i32 %3568, 2048
	%3571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3570
	store i32 %3180, i32 addrspace(3)* %3571
	br label %3572

3572:
	call void @llvm.nvvm.barrier0()
	%3573 = add i32 0, %0
	%3574 = and i1 %1150, %1151
	br i1 %3574, label %3575, label %3581

3575:
	%3576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3573
	%3577 = load i32, i32 addrspace(3)* %3576
	%3578 = add i32 %3573, 2048
	%3579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3578
	%3580 = load i32, i32 addrspace(3)* %3579
	br label %3581

3581:
	%3582 = phi i32 [ %3102, %3572 ], [ %3577, %3575 ]
	%3583 = phi i32 [ %3103, %3572 ], [ %3580, %3575 ]
	%3584 = add i32 256, %0
	%3585 = and i1 %1163, %1164
	br i1 %3585, label %3586, label %3592

3586:
	%3587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3584
	%3588 = load i32, i32 addrspace(3)* %3587
	%3589 = add i32 %3584, 2048
	%3590 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3589
	%3591 = load i32, i32 addrspace(3)* %3590
	br label %3592

3592:
	%3593 = phi i32 [ %3113, %3581 ], [ %3588, %3586 ]
	%3594 = phi i32 [ %3114, %3581 ], [ %3591, %3586 ]
	%3595 = add i32 512, %0
	%3596 = and i1 %1176, %1177
	br i1 %3596, label %3597, label %3603

3597:
	%3598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3595
	%3599 = load i32, i32 addrspace(3)* %3598
	%3600 = add i32 %3595, 2048
	%3601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3600
	%3602 = load i32, i32 addrspace(3)* %3601
	br label %3603

3603:
	%3604 = phi i32 [ %3124, %3592 ], [ %3599, %3597 ]
	%3605 = phi i32 [ %3125, %3592 ], [ %3602, %3597 ]
	%3606 = add i32 768, %0
	%3607 = and i1 %1189, %1190
	br i1 %3607, label %3608, label %3614

3608:
	%3609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3606
	%3610 = load i32, i32 addrspace(3)* %3609
	%3611 = add i32 %3606, 2048
	%3612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3611
	%3613 = load i32, i32 addrspace(3)* %3612
	br label %3614

3614:
	%3615 = phi i32 [ %3135, %3603 ], [ %3610, %3608 ]
	%3616 = phi i32 [ %3136, %3603 ], [ %3613, %3608 ]
	%3617 = add i32 1024, %0
	%3618 = and i1 %1202, %1203
	br i1 %3618, label %3619, label %3625

3619:
	%3620 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3617
	%3621 = load i32, i32 addrspace(3)* %3620
	%3622 = add i32 %3617, 2048
	%3623 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3622
	%3624 = load i32, i32 addrspace(3)* %3623
	br label %3625

3625:
	%3626 = phi i32 [ %3146, %3614 ], [ %3621, %3619 ]
	%3627 = phi i32 [ %3147, %3614 ], [ %3624, %3619 ]
	%3628 = add i32 1280, %0
	%3629 = and i1 %1215, %1216
	br i1 %3629, label %3630, label %3636

3630:
	%3631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3628
	%3632 = load i32, i32 addrspace(3)* %3631
	%3633 = add i32 %3628, 2048
	%3634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3633
	%3635 = load i32, i32 addrspace(3)* %3634
	br label %3636

3636:
	%3637 = phi i32 [ %3157, %3625 ], [ %3632, %3630 ]
	%3638 = phi i32 [ %3158, %3625 ], [ %3635, %3630 ]
	%3639 = add i32 1536, %0
	%3640 = and i1 %1228, %1229
	br i1 %3640, label %3641, label %3647

3641:
	%3642 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3639
	%3643 = load i32, i32 addrspace(3)* %3642
	%3644 = add i32 %3639, 2048
	%3645 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3644
	%3646 = load i32, i32 addrspace(3)* %3645
	br label %3647

3647:
	%3648 = phi i32 [ %3168, %3636 ], [ %3643, %3641 ]
	%3649 = phi i32 [ %3169, %3636 ], [ %3646, %3641 ]
	%3650 = add i32 1792, %0
	%3651 = and i1 %1241, %1242
	br i1 %3651, label %3652, label %3658

3652:
	%3653 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3650
	%3654 = load i32, i32 addrspace(3)* %3653
	%3655 = add i32 %3650, 2048
	%3656 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3655
	%3657 = load i32, i32 addrspace(3)* %3656
	br label %3658

3658:
	%3659 = phi i32 [ %3179, %3647 ], [ %3654, %3652 ]
	%3660 = phi i32 [ %3180, %3647 ], [ %3657, %3652 ]
	br i1 %1150, label %3661, label %3670

3661:
	%3662 = lshr i32 %3583, 20
	%3663 = and i32 %3662, 15
	%3664 = select i1 %1151, i32 %3663, i32 16
	%3665 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3664)
	%3666 = and i32 %3665, %1148
	%3667 = call i32 @llvm.ctpop.i32(i32 %3666)
	%3668 = icmp eq i32 %3667, 0
	%3669 = and i1 %1151, %3668
	br i1 %3669, label %3672, label %3679

3670:
	%3671 = phi i32 [ 0, %3658 ], [ %3667, %3679 ]
	br i1 %1163, label %3680, label %3689

3672:
	%3673 = call i32 @llvm.ctpop.i32(i32 %3665)
	%3674 = add i32 0, %4
	%3675 = mul i32 %3663, 64
	%3676 = add i32 %3675, %3674
	%3677 = add i32 1024, %3676
	%3678 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3677
	store i32 %3673, i32 addrspace(3)* %3678
	br label %3679

3679:
	br label %3670

3680:
	%3681 = lshr i32 %3594, 20
	%3682 = and i32 %3681, 15
	%3683 = select i1 %1164, i32 %3682, i32 16
	%3684 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3683)
	%3685 = and i32 %3684, %1148
	%3686 = call i32 @llvm.ctpop.i32(i32 %3685)
	%3687 = icmp eq i32 %3686, 0
	%3688 = and i1 %1164, %3687
	br i1 %3688, label %3691, label %3698

3689:
	%3690 = phi i32 [ 0, %3670 ], [ %3686, %3698 ]
	br i1 %1176, label %3699, label %3708

3691:
	%3692 = call i32 @llvm.ctpop.i32(i32 %3684)
	%3693 = add i32 8, %4
	%3694 = mul i32 %3682, 64
	%3695 = add i32 %3694, %3693
	%3696 = add i32 1024, %3695
	%3697 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3696
	store i32 %3692, i32 addrspace(3)* %3697
	br label %3698

3698:
	br label %3689

3699:
	%3700 = lshr i32 %3605, 20
	%3701 = and i32 %3700, 15
	%3702 = select i1 %1177, i32 %3701, i32 16
	%3703 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3702)
	%3704 = and i32 %3703, %1148
	%3705 = call i32 @llvm.ctpop.i32(i32 %3704)
	%3706 = icmp eq i32 %3705, 0
	%3707 = and i1 %1177, %3706
	br i1 %3707, label %3710, label %3717

3708:
	%3709 = phi i32 [ 0, %3689 ], [ %3705, %3717 ]
	br i1 %1189, label %3718, label %3727

3710:
	%3711 = call i32 @llvm.ctpop.i32(i32 %3703)
	%3712 = add i32 16, %4
	%3713 = mul i32 %3701, 64
	%3714 = add i32 %3713, %3712
	%3715 = add i32 1024, %3714
	%3716 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3715
	store i32 %3711, i32 addrspace(3)* %3716
	br label %3717

3717:
	br label %3708

3718:
	%3719 = lshr i32 %3616, 20
	%3720 = and i32 %3719, 15
	%3721 = select i1 %1190, i32 %3720, i32 16
	%3722 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3721)
	%3723 = and i32 %3722, %1148
	%3724 = call i32 @llvm.ctpop.i32(i32 %3723)
	%3725 = icmp eq i32 %3724, 0
	%3726 = and i1 %1190, %3725
	br i1 %3726, label %3729, label %3736

3727:
	%3728 = phi i32 [ 0, %3708 ], [ %3724, %3736 ]
	br i1 %1202, label %3737, label %3746

3729:
	%3730 = call i32 @llvm.ctpop.i32(i32 %3722)
	%3731 = add i32 24, %4
	%3732 = mul i32 %3720, 64
	%3733 = add i32 %3732, %3731
	%3734 = add i32 1024, %3733
	%3735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3734
	store i32 %3730, i32 addrspace(3)* %3735
	br label %3736

3736:
	br label %3727

3737:
	%3738 = lshr i32 %3627, 20
	%3739 = and i32 %3738, 15
	%3740 = select i1 %1203, i32 %3739, i32 16
	%3741 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3740)
	%3742 = and i32 %3741, %1148
	%3743 = call i32 @llvm.ctpop.i32(i32 %3742)
	%3744 = icmp eq i32 %3743, 0
	%3745 = and i1 %1203, %3744
	br i1 %3745, label %3748, label %3755

3746:
	%3747 = phi i32 [ 0, %3727 ], [ %3743, %3755 ]
	br i1 %1215, label %3756, label %3765

3748:
	%3749 = call i32 @llvm.ctpop.i32(i32 %3741)
	%3750 = add i32 32, %4
	%3751 = mul i32 %3739, 64
	%3752 = add i32 %3751, %3750
	%3753 = add i32 1024, %3752
	%3754 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3753
	store i32 %3749, i32 addrspace(3)* %3754
	br label %3755

3755:
	br label %3746

3756:
	%3757 = lshr i32 %3638, 20
	%3758 = and i32 %3757, 15
	%3759 = select i1 %1216, i32 %3758, i32 16
	%3760 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3759)
	%3761 = and i32 %3760, %1148
	%3762 = call i32 @llvm.ctpop.i32(i32 %3761)
	%3763 = icmp eq i32 %3762, 0
	%3764 = and i1 %1216, %3763
	br i1 %3764, label %3767, label %3774

3765:
	%3766 = phi i32 [ 0, %3746 ], [ %3762, %3774 ]
	br i1 %1228, label %3775, label %3784

3767:
	%3768 = call i32 @llvm.ctpop.i32(i32 %3760)
	%3769 = add i32 40, %4
	%3770 = mul i32 %3758, 64
	%3771 = add i32 %3770, %3769
	%3772 = add i32 1024, %3771
	%3773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3772
	store i32 %3768, i32 addrspace(3)* %3773
	br label %3774

3774:
	br label %3765

3775:
	%3776 = lshr i32 %3649, 20
	%3777 = and i32 %3776, 15
	%3778 = select i1 %1229, i32 %3777, i32 16
	%3779 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3778)
	%3780 = and i32 %3779, %1148
	%3781 = call i32 @llvm.ctpop.i32(i32 %3780)
	%3782 = icmp eq i32 %3781, 0
	%3783 = and i1 %1229, %3782
	br i1 %3783, label %3786, label %3793

3784:
	%3785 = phi i32 [ 0, %3765 ], [ %3781, %3793 ]
	br i1 %1241, label %3794, label %3803

3786:
	%3787 = call i32 @llvm.ctpop.i32(i32 %3779)
	%3788 = add i32 48, %4
	%3789 = mul i32 %3777, 64
	%3790 = add i32 %3789, %3788
	%3791 = add i32 1024, %3790
	%3792 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3791
	store i32 %3787, i32 addrspace(3)* %3792
	br label %3793

3793:
	br label %3784

3794:
	%3795 = lshr i32 %3660, 20
	%3796 = and i32 %3795, 15
	%3797 = select i1 %1242, i32 %3796, i32 16
	%3798 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3797)
	%3799 = and i32 %3798, %1148
	%3800 = call i32 @llvm.ctpop.i32(i32 %3799)
	%3801 = icmp eq i32 %3800, 0
	%3802 = and i1 %1242, %3801
	br i1 %3802, label %3848, label %3855

3803:
	%3804 = phi i32 [ 0, %3784 ], [ %3800, %3855 ]
	call void @llvm.nvvm.barrier0()
	%3805 = mul i32 %0, 4
	%3806 = add i32 %3805, 1024
	%3807 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3806
	%3808 = load i32, i32 addrspace(3)* %3807
	%3809 = add i32 0, %3808
	%3810 = mul i32 %0, 4
	%3811 = add i32 %3810, 1025
	%3812 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3811
	%3813 = load i32, i32 addrspace(3)* %3812
	%3814 = add i32 %3809, %3813
	%3815 = mul i32 %0, 4
	%3816 = add i32 %3815, 1026
	%3817 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3816
	%3818 = load i32, i32 addrspace(3)* %3817
	%3819 = add i32 %3814, %3818
	%3820 = mul i32 %0, 4
	%3821 = add i32 %3820, 1027
	%3822 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3821
	%3823 = load i32, i32 addrspace(3)* %3822
	%3824 = add i32 %3819, %3823
	%3825 = and i32 %0, 31
	%3826 = lshr i32 %0, 5
	%3827 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3824, i32 1, i32 0)
	%3828 = icmp uge i32 %3825, 1
	%3829 = select i1 %3828, i32 %3827, i32 0
	%3830 = add i32 %3824, %3829
	%3831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3830, i32 2, i32 0)
	%3832 = icmp uge i32 %3825, 2
	%3833 = select i1 %3832, i32 %3831, i32 0
	%3834 = add i32 %3830, %3833
	%3835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3834, i32 4, i32 0)
	%3836 = icmp uge i32 %3825, 4
	%3837 = select i1 %3836, i32 %3835, i32 0
	%3838 = add i32 %3834, %3837
	%3839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3838, i32 8, i32 0)
	%3840 = icmp uge i32 %3825, 8
	%3841 = select i1 %3840, i32 %3839, i32 0
	%3842 = add i32 %3838, %3841
	%3843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3842, i32 16, i32 0)
	%3844 = icmp uge i32 %3825, 16
	%3845 = select i1 %3844, i32 %3843, i32 0
	%3846 = add i32 %3842, %3845
	%3847 = icmp eq i32 %3825, 31
	br i1 %3847, label %3856, label %3858

3848:
	%3849 = call i32 @llvm.ctpop.i32(i32 %3798)
	%3850 = add i32 56, %4
	%3851 = mul i32 %3796, 64
	%3852 = add i32 %3851, %3850
	%3853 = add i32 1024, %3852
	%3854 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3853
	store i32 %3849, i32 addrspace(3)* %3854
	br label %3855

3855:
	br label %3803

3856:
	%3857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3826
	store i32 %3846, i32 addrspace(3)* %3857
	br label %3858

3858:
	call void @llvm.nvvm.barrier0()
	%3859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3860 = load i32, i32 addrspace(3)* %3859
	%3861 = icmp sgt i32 %3826, 0
	%3862 = select i1 %3861, i32 %3860, i32 0
	%3863 = add i32 0, %3862
	%3864 = add i32 0, %3860
	%3865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3866 = load i32, i32 addrspace(3)* %3865
	%3867 = icmp sgt i32 %3826, 1
	%3868 = select i1 %3867, i32 %3866, i32 0
	%3869 = add i32 %3863, %3868
	%3870 = add i32 %3864, %3866
	%3871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3872 = load i32, i32 addrspace(3)* %3871
	%3873 = icmp sgt i32 %3826, 2
	%3874 = select i1 %3873, i32 %3872, i32 0
	%3875 = add i32 %3869, %3874
	%3876 = add i32 %3870, %3872
	%3877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3878 = load i32, i32 addrspace(3)* %3877
	%3879 = icmp sgt i32 %3826, 3
	%3880 = select i1 %3879, i32 %3878, i32 0
	%3881 = add i32 %3875, %3880
	%3882 = add i32 %3876, %3878
	%3883 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3884 = load i32, i32 addrspace(3)* %3883
	%3885 = icmp sgt i32 %3826, 4
	%3886 = select i1 %3885, i32 %3884, i32 0
	%3887 = add i32 %3881, %3886
	%3888 = add i32 %3882, %3884
	%3889 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3890 = load i32, i32 addrspace(3)* %3889
	%3891 = icmp sgt i32 %3826, 5
	%3892 = select i1 %3891, i32 %3890, i32 0
	%3893 = add i32 %3887, %3892
	%3894 = add i32 %3888, %3890
	%3895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3896 = load i32, i32 addrspace(3)* %3895
	%3897 = icmp sgt i32 %3826, 6
	%3898 = select i1 %3897, i32 %3896, i32 0
	%3899 = add i32 %3893, %3898
	%3900 = add i32 %3894, %3896
	%3901 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3902 = load i32, i32 addrspace(3)* %3901
	%3903 = icmp sgt i32 %3826, 7
	%3904 = select i1 %3903, i32 %3902, i32 0
	%3905 = add i32 %3899, %3904
	%3906 = add i32 %3900, %3902
	%3907 = add i32 %3905, %3846
	%3908 = sub i32 %3907, %3824
	%3909 = mul i32 %0, 4
	%3910 = add i32 %3909, 1024
	%3911 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3910
	store i32 %3908, i32 addrspace(3)* %3911
	%3912 = add i32 %3908, %3808
	%3913 = mul i32 %0, 4
	%3914 = add i32 %3913, 1025
	%3915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3914
	store i32 %3912, i32 addrspace(3)* %3915
	%3916 = add i32 %3912, %3813
	%3917 = mul i32 %0, 4
	%3918 = add i32 %3917, 1026
	%3919 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3918
	store i32 %3916, i32 addrspace(3)* %3919
	%3920 = add i32 %3916, %3818
	%3921 = mul i32 %0, 4
	%3922 = add i32 %3921, 1027
	%3923 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3922
	store i32 %3920, i32 addrspace(3)* %3923
	%3924 = add i32 %3920, %3823
	%3925 = add i32 %0, 0
	%3926 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3925
	store i32 0, i32 addrspace(3)* %3926
	%3927 = add i32 %0, 256
	%3928 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3927
	store i32 0, i32 addrspace(3)* %3928
	%3929 = add i32 %0, 512
	%3930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3929
	store i32 0, i32 addrspace(3)* %3930
	%3931 = add i32 %0, 768
	%3932 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3931
	store i32 0, i32 addrspace(3)* %3932
	call void @llvm.nvvm.barrier0()
	%3933 = and i1 %1150, %1151
	br i1 %3933, label %3934, label %3947

3934:
	%3935 = lshr i32 %3583, 20
	%3936 = and i32 %3935, 15
	%3937 = add i32 0, %4
	%3938 = mul i32 %3936, 64
	%3939 = add i32 %3938, %3937
	%3940 = add i32 1024, %3939
	%3941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3940
	%3942 = load i32, i32 addrspace(3)* %3941
	%3943 = add i32 %3942, %3671
	%3944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3943
	store i32 %3582, i32 addrspace(3)* %3944
	%3945 = add i32 %3943, 2048
	%3946 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3945
	store i32 %3583, i32 addrspace(3)* %3946
	br label %3947

3947:
	%3948 = and i1 %1163, %1164
	br i1 %3948, label %3949, label %3962

3949:
	%3950 = lshr i32 %3594, 20
	%3951 = and i32 %3950, 15
	%3952 = add i32 8, %4
	%3953 = mul i32 %3951, 64
	%3954 = add i32 %3953, %3952
	%3955 = add i32 1024, %3954
	%3956 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3955
	%3957 = load i32, i32 addrspace(3)* %3956
	%3958 = add i32 %3957, %3690
	%3959 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3958
	store i32 %3593, i32 addrspace(3)* %3959
	%3960 = add i32 %3958, 2048
	%3961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3960
	store i32 %3594, i32 addrspace(3)* %3961
	br label %3962

3962:
	%3963 = and i1 %1176, %1177
	br i1 %3963, label %3964, label %3977

3964:
	%3965 = lshr i32 %3605, 20
	%3966 = and i32 %3965, 15
	%3967 = add i32 16, %4
	%3968 = mul i32 %3966, 64
	%3969 = add i32 %3968, %3967
	%3970 = add i32 1024, %3969
	%3971 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3970
	%3972 = load i32, i32 addrspace(3)* %3971
	%3973 = add i32 %3972, %3709
	%3974 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3973
	store i32 %3604, i32 addrspace(3)* %3974
	%3975 = add i32 %3973, 2048
	%3976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3975
	store i32 %3605, i32 addrspace(3)* %3976
	br label %3977

3977:
	%3978 = and i1 %1189, %1190
	br i1 %3978, label %3979, label %3992

3979:
	%3980 = lshr i32 %3616, 20
	%3981 = and i32 %3980, 15
	%3982 = add i32 24, %4
	%3983 = mul i32 %3981, 64
	%3984 = add i32 %3983, %3982
	%3985 = add i32 1024, %3984
	%3986 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3985
	%3987 = load i32, i32 addrspace(3)* %3986
	%3988 = add i32 %3987, %3728
	%3989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3988
	store i32 %3615, i32 addrspace(3)* %3989
	%3990 = add i32 %3988, 2048
	%3991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3990
	store i32 %3616, i32 addrspace(3)* %3991
	br label %3992

3992:
	%3993 = and i1 %1202, %1203
	br i1 %3993, label %3994, label %4007

3994:
	%3995 = lshr i32 %3627, 20
	%3996 = and i32 %3995, 15
	%3997 = add i32 32, %4
	%3998 = mul i32 %3996, 64
	%3999 = add i32 %3998, %3997
	%4000 = add i32 1024, %3999
	%4001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4000
	%4002 = load i32, i32 addrspace(3)* %4001
	%4003 = add i32 %4002, %3747
	%4004 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4003
	store i32 %3626, i32 addrspace(3)* %4004
	%4005 = add i32 %4003, 2048
	%4006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4005
	store i32 %3627, i32 addrspace(3)* %4006
	br label %4007

4007:
	%4008 = and i1 %1215, %1216
	br i1 %4008, label %4009, label %4022

4009:
	%4010 = lshr i32 %3638, 20
	%4011 = and i32 %4010, 15
	%4012 = add i32 40, %4
	%4013 = mul i32 %4011, 64
	%4014 = add i32 %4013, %4012
	%4015 = add i32 1024, %4014
	%4016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4015
	%4017 = load i32, i32 addrspace(3)* %4016
	%4018 = add i32 %4017, %3766
	%4019 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4018
	store i32 %3637, i32 addrspace(3)* %4019
	%4020 = add i32 %4018, 2048
	%4021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4020
	store i32 %3638, i32 addrspace(3)* %4021
	br label %4022

4022:
	%4023 = and i1 %1228, %1229
	br i1 %4023, label %4024, label %4037

4024:
	%4025 = lshr i32 %3649, 20
	%4026 = and i32 %4025, 15
	%4027 = add i32 48, %4
	%4028 = mul i32 %4026, 64
	%4029 = add i32 %4028, %4027
	%4030 = add i32 1024, %4029
	%4031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4030
	%4032 = load i32, i32 addrspace(3)* %4031
	%4033 = add i32 %4032, %3785
	%4034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4033
	store i32 %3648, i32 addrspace(3)* %4034
	%4035 = add i32 %4033, 2048
	%4036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4035
	store i32 %3649, i32 addrspace(3)* %4036
	br label %4037

4037:
	%4038 = and i1 %1241, %1242
	br i1 %4038, label %4039, label %4052

4039:
	%4040 = lshr i32 %3660, 20
	%4041 = and i32 %4040, 15
	%4042 = add i32 56, %4
	%4043 = mul i32 %4041, 64
	%4044 = add i32 %4043, %4042
	%4045 = add i32 1024, %4044
	%4046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4045
	%4047 = load i32, i32 addrspace(3)* %4046
	%4048 = add i32 %4047, %3804
	%4049 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4048
	store i32 %3659, i32 addrspace(3)* %4049
	%4050 = add i32 %4048, 2048
	%4051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4050
	store i32 %3660, i32 addrspace(3)* %4051
	br label %4052

4052:
	call void @llvm.nvvm.barrier0()
	%4053 = add i32 0, %0
	%4054 = and i1 %1150, %1151
	br i1 %4054, label %4055, label %4061

4055:
	%4056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4053
	%4057 = load i32, i32 addrspace(3)* %4056
	%4058 = add i32 %4053, 2048
	%4059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4058
	%4060 = load i32, i32 addrspace(3)* %4059
	br label %4061

4061:
	%4062 = phi i32 [ %3582, %4052 ], [ %4057, %4055 ]
	%4063 = phi i32 [ %3583, %4052 ], [ %4060, %4055 ]
	%4064 = add i32 256, %0
	%4065 = and i1 %1163, %1164
	br i1 %4065, label %4066, label %4072

4066:
	%4067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4064
	%4068 = load i32, i32 addrspace(3)* %4067
	%4069 = add i32 %4064, 2048
	%4070 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4069
	%4071 = load i32, i32 addrspace(3)* %4070
	br label %4072

4072:
	%4073 = phi i32 [ %3593, %4061 ], [ %4068, %4066 ]
	%4074 = phi i32 [ %3594, %4061 ], [ %4071, %4066 ]
	%4075 = add i32 512, %0
	%4076 = and i1 %1176, %1177
	br i1 %4076, label %4077, label %4083

4077:
	%4078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4075
	%4079 = load i32, i32 addrspace(3)* %4078
	%4080 = add i32 %4075, 2048
	%4081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4080
	%4082 = load i32, i32 addrspace(3)* %4081
	br label %4083

4083:
	%4084 = phi i32 [ %3604, %4072 ], [ %4079, %4077 ]
	%4085 = phi i32 [ %3605, %4072 ], [ %4082, %4077 ]
	%4086 = add i32 768, %0
	%4087 = and i1 %1189, %1190
	br i1 %4087, label %4088, label %4094

4088:
	%4089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4086
	%4090 = load i32, i32 addrspace(3)* %4089
	%4091 = add i32 %4086, 2048
	%4092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4091
	%4093 = load i32, i32 addrspace(3)* %4092
	br label %4094

4094:
	%4095 = phi i32 [ %3615, %4083 ], [ %4090, %4088 ]
	%4096 = phi i32 [ %3616, %4083 ], [ %4093, %4088 ]
	%4097 = add i32 1024, %0
	%4098 = and i1 %1202, %1203
	br i1 %4098, label %4099, label %4105

4099:
	%4100 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4097
	%4101 = load i32, i32 addrspace(3)* %4100
	%4102 = add i32 %4097, 2048
	%4103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4102
	%4104 = load i32, i32 addrspace(3)* %4103
	br label %4105

4105:
	%4106 = phi i32 [ %3626, %4094 ], [ %4101, %4099 ]
	%4107 = phi i32 [ %3627, %4094 ], [ %4104, %4099 ]
	%4108 = add i32 1280, %0
	%4109 = and i1 %1215, %1216
	br i1 %4109, label %4110, label %4116

4110:
	%4111 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4108
	%4112 = load i32, i32 addrspace(3)* %4111
	%4113 = add i32 %4108, 2048
	%4114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4113
	%4115 = load i32, i32 addrspace(3)* %4114
	br label %4116

4116:
	%4117 = phi i32 [ %3637, %4105 ], [ %4112, %4110 ]
	%4118 = phi i32 [ %3638, %4105 ], [ %4115, %4110 ]
	%4119 = add i32 1536, %0
	%4120 = and i1 %1228, %1229
	br i1 %4120, label %4121, label %4127

4121:
	%4122 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4119
	%4123 = load i32, i32 addrspace(3)* %4122
	%4124 = add i32 %4119, 2048
	%4125 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4124
	%4126 = load i32, i32 addrspace(3)* %4125
	br label %4127

4127:
	%4128 = phi i32 [ %3648, %4116 ], [ %4123, %4121 ]
	%4129 = phi i32 [ %3649, %4116 ], [ %4126, %4121 ]
	%4130 = add i32 1792, %0
	%4131 = and i1 %1241, %1242
	br i1 %4131, label %4132, label %4138

4132:
	%4133 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4130
	%4134 = load i32, i32 addrspace(3)* %4133
	%4135 = add i32 %4130, 2048
	%4136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4135
	%4137 = load i32, i32 addrspace(3)* %4136
	br label %4138

4138:
	%4139 = phi i32 [ %3659, %4127 ], [ %4134, %4132 ]
	%4140 = phi i32 [ %3660, %4127 ], [ %4137, %4132 ]
	br i1 %1150, label %4141, label %4150

4141:
	%4142 = lshr i32 %4063, 24
	%4143 = and i32 %4142, 15
	%4144 = select i1 %1151, i32 %4143, i32 16
	%4145 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4144)
	%4146 = and i32 %4145, %1148
	%4147 = call i32 @llvm.ctpop.i32(i32 %4146)
	%4148 = icmp eq i32 %4147, 0
	%4149 = and i1 %1151, %4148
	br i1 %4149, label %4152, label %4159

4150:
	%4151 = phi i32 [ 0, %4138 ], [ %4147, %4159 ]
	br i1 %1163, label %4160, label %4169

4152:
	%4153 = call i32 @llvm.ctpop.i32(i32 %4145)
	%4154 = add i32 0, %4
	%4155 = mul i32 %4143, 64
	%4156 = add i32 %4155, %4154
	%4157 = add i32 0, %4156
	%4158 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4157
	store i32 %4153, i32 addrspace(3)* %4158
	br label %4159

4159:
	br label %4150

4160:
	%4161 = lshr i32 %4074, 24
	%4162 = and i32 %4161, 15
	%4163 = select i1 %1164, i32 %4162, i32 16
	%4164 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4163)
	%4165 = and i32 %4164, %1148
	%4166 = call i32 @llvm.ctpop.i32(i32 %4165)
	%4167 = icmp eq i32 %4166, 0
	%4168 = and i1 %1164, %4167
	br i1 %4168, label %4171, label %4178

4169:
	%4170 = phi i32 [ 0, %4150 ], [ %4166, %4178 ]
	br i1 %1176, label %4179, label %4188

4171:
	%4172 = call i32 @llvm.ctpop.i32(i32 %4164)
	%4173 = add i32 8, %4
	%4174 = mul i32 %4162, 64
	%4175 = add i32 %4174, %4173
	%4176 = add i32 0, %4175
	%4177 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4176
	store i32 %4172, i32 addrspace(3)* %4177
	br label %4178

4178:
	br label %4169

4179:
	%4180 = lshr i32 %4085, 24
	%4181 = and i32 %4180, 15
	%4182 = select i1 %1177, i32 %4181, i32 16
	%4183 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4182)
	%4184 = and i32 %4183, %1148
	%4185 = call i32 @llvm.ctpop.i32(i32 %4184)
	%4186 = icmp eq i32 %4185, 0
	%4187 = and i1 %1177, %4186
	br i1 %4187, label %4190, label %4197

4188:
	%4189 = phi i32 [ 0, %4169 ], [ %4185, %4197 ]
	br i1 %1189, label %4198, label %4207

4190:
	%4191 = call i32 @llvm.ctpop.i32(i32 %4183)
	%4192 = add i32 16, %4
	%4193 = mul i32 %4181, 64
	%4194 = add i32 %4193, %4192
	%4195 = add i32 0, %4194
	%4196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4195
	store i32 %4191, i32 addrspace(3)* %4196
	br label %4197

4197:
	br label %4188

4198:
	%4199 = lshr i32 %4096, 24
	%4200 = and i32 %4199, 15
	%4201 = select i1 %1190, i32 %4200, i32 16
	%4202 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4201)
	%4203 = and i32 %4202, %1148
	%4204 = call i32 @llvm.ctpop.i32(i32 %4203)
	%4205 = icmp eq i32 %4204, 0
	%4206 = and i1 %1190, %4205
	br i1 %4206, label %4209, label %4216

4207:
	%4208 = phi i32 [ 0, %4188 ], [ %4204, %4216 ]
	br i1 %1202, label %4217, label %4226

4209:
	%4210 = call i32 @llvm.ctpop.i32(i32 %4202)
	%4211 = add i32 24, %4
	%4212 = mul i32 %4200, 64
	%4213 = add i32 %4212, %4211
	%4214 = add i32 0, %4213
	%4215 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4214
	store i32 %4210, i32 addrspace(3)* %4215
	br label %4216

4216:
	br label %4207

4217:
	%4218 = lshr i32 %4107, 24
	%4219 = and i32 %4218, 15
	%4220 = select i1 %1203, i32 %4219, i32 16
	%4221 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4220)
	%4222 = and i32 %4221, %1148
	%4223 = call i32 @llvm.ctpop.i32(i32 %4222)
	%4224 = icmp eq i32 %4223, 0
	%4225 = and i1 %1203, %4224
	br i1 %4225, label %4228, label %4235

4226:
	%4227 = phi i32 [ 0, %4207 ], [ %4223, %4235 ]
	br i1 %1215, label %4236, label %4245

4228:
	%4229 = call i32 @llvm.ctpop.i32(i32 %4221)
	%4230 = add i32 32, %4
	%4231 = mul i32 %4219, 64
	%4232 = add i32 %4231, %4230
	%4233 = add i32 0, %4232
	%4234 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4233
	store i32 %4229, i32 addrspace(3)* %4234
	br label %4235

4235:
	br label %4226

4236:
	%4237 = lshr i32 %4118, 24
	%4238 = and i32 %4237, 15
	%4239 = select i1 %1216, i32 %4238, i32 16
	%4240 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4239)
	%4241 = and i32 %4240, %1148
	%4242 = call i32 @llvm.ctpop.i32(i32 %4241)
	%4243 = icmp eq i32 %4242, 0
	%4244 = and i1 %1216, %4243
	br i1 %4244, label %4247, label %4254

4245:
	%4246 = phi i32 [ 0, %4226 ], [ %4242, %4254 ]
	br i1 %1228, label %4255, label %4264

4247:
	%4248 = call i32 @llvm.ctpop.i32(i32 %4240)
	%4249 = add i32 40, %4
	%4250 = mul i32 %4238, 64
	%4251 = add i32 %4250, %4249
	%4252 = add i32 0, %4251
	%4253 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4252
	store i32 %4248, i32 addrspace(3)* %4253
	br label %4254

4254:
	br label %4245

4255:
	%4256 = lshr i32 %4129, 24
	%4257 = and i32 %4256, 15
	%4258 = select i1 %1229, i32 %4257, i32 16
	%4259 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4258)
	%4260 = and i32 %4259, %1148
	%4261 = call i32 @llvm.ctpop.i32(i32 %4260)
	%4262 = icmp eq i32 %4261, 0
	%4263 = and i1 %1229, %4262
	br i1 %4263, label %4266, label %4273

4264:
	%4265 = phi i32 [ 0, %4245 ], [ %4261, %4273 ]
	br i1 %1241, label %4274, label %4283

4266:
	%4267 = call i32 @llvm.ctpop.i32(i32 %4259)
	%4268 = add i32 48, %4
	%4269 = mul i32 %4257, 64
	%4270 = add i32 %4269, %4268
	%4271 = add i32 0, %4270
	%4272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4271
	store i32 %4267, i32 addrspace(3)* %4272
	br label %4273

4273:
	br label %4264

4274:
	%4275 = lshr i32 %4140, 24
	%4276 = and i32 %4275, 15
	%4277 = select i1 %1242, i32 %4276, i32 16
	%4278 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4277)
	%4279 = and i32 %4278, %1148
	%4280 = call i32 @llvm.ctpop.i32(i32 %4279)
	%4281 = icmp eq i32 %4280, 0
	%4282 = and i1 %1242, %4281
	br i1 %4282, label %4328, label %4335

4283:
	%4284 = phi i32 [ 0, %4264 ], [ %4280, %4335 ]
	call void @llvm.nvvm.barrier0()
	%4285 = mul i32 %0, 4
	%4286 = add i32 %4285, 0
	%4287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4286
	%4288 = load i32, i32 addrspace(3)* %4287
	%4289 = add i32 0, %4288
	%4290 = mul i32 %0, 4
	%4291 = add i32 %4290, 1
	%4292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4291
	%4293 = load i32, i32 addrspace(3)* %4292
	%4294 = add i32 %4289, %4293
	%4295 = mul i32 %0, 4
	%4296 = add i32 %4295, 2
	%4297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4296
	%4298 = load i32, i32 addrspace(3)* %4297
	%4299 = add i32 %4294, %4298
	%4300 = mul i32 %0, 4
	%4301 = add i32 %4300, 3
	%4302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4301
	%4303 = load i32, i32 addrspace(3)* %4302
	%4304 = add i32 %4299, %4303
	%4305 = and i32 %0, 31
	%4306 = lshr i32 %0, 5
	%4307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4304, i32 1, i32 0)
	%4308 = icmp uge i32 %4305, 1
	%4309 = select i1 %4308, i32 %4307, i32 0
	%4310 = add i32 %4304, %4309
	%4311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4310, i32 2, i32 0)
	%4312 = icmp uge i32 %4305, 2
	%4313 = select i1 %4312, i32 %4311, i32 0
	%4314 = add i32 %4310, %4313
	%4315 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4314, i32 4, i32 0)
	%4316 = icmp uge i32 %4305, 4
	%4317 = select i1 %4316, i32 %4315, i32 0
	%4318 = add i32 %4314, %4317
	%4319 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4318, i32 8, i32 0)
	%4320 = icmp uge i32 %4305, 8
	%4321 = select i1 %4320, i32 %4319, i32 0
	%4322 = add i32 %4318, %4321
	%4323 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4322, i32 16, i32 0)
	%4324 = icmp uge i32 %4305, 16
	%4325 = select i1 %4324, i32 %4323, i32 0
	%4326 = add i32 %4322, %4325
	%4327 = icmp eq i32 %4305, 31
	br i1 %4327, label %4336, label %4338

4328:
	%4329 = call i32 @llvm.ctpop.i32(i32 %4278)
	%4330 = add i32 56, %4
	%4331 = mul i32 %4276, 64
	%4332 = add i32 %4331, %4330
	%4333 = add i32 0, %4332
	%4334 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4333
	store i32 %4329, i32 addrspace(3)* %4334
	br label %4335

4335:
	br label %4283

4336:
	%4337 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4306
	store i32 %4326, i32 addrspace(3)* %4337
	br label %4338

4338:
	call void @llvm.nvvm.barrier0()
	%4339 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4340 = load i32, i32 addrspace(3)* %4339
	%4341 = icmp sgt i32 %4306, 0
	%4342 = select i1 %4341, i32 %4340, i32 0
	%4343 = add i32 0, %4342
	%4344 = add i32 0, %4340
	%4345 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4346 = load i32, i32 addrspace(3)* %4345
	%4347 = icmp sgt i32 %4306, 1
	%4348 = select i1 %4347, i32 %4346, i32 0
	%4349 = add i32 %4343, %4348
	%4350 = add i32 %4344, %4346
	%4351 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4352 = load i32, i32 addrspace(3)* %4351
	%4353 = icmp sgt i32 %4306, 2
	%4354 = select i1 %4353, i32 %4352, i32 0
	%4355 = add i32 %4349, %4354
	%4356 = add i32 %4350, %4352
	%4357 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4358 = load i32, i32 addrspace(3)* %4357
	%4359 = icmp sgt i32 %4306, 3
	%4360 = select i1 %4359, i32 %4358, i32 0
	%4361 = add i32 %4355, %4360
	%4362 = add i32 %4356, %4358
	%4363 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4364 = load i32, i32 addrspace(3)* %4363
	%4365 = icmp sgt i32 %4306, 4
	%4366 = select i1 %4365, i32 %4364, i32 0
	%4367 = add i32 %4361, %4366
	%4368 = add i32 %4362, %4364
	%4369 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4370 = load i32, i32 addrspace(3)* %4369
	%4371 = icmp sgt i32 %4306, 5
	%4372 = select i1 %4371, i32 %4370, i32 0
	%4373 = add i32 %4367, %4372
	%4374 = add i32 %4368, %4370
	%4375 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4376 = load i32, i32 addrspace(3)* %4375
	%4377 = icmp sgt i32 %4306, 6
	%4378 = select i1 %4377, i32 %4376, i32 0
	%4379 = add i32 %4373, %4378
	%4380 = add i32 %4374, %4376
	%4381 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4382 = load i32, i32 addrspace(3)* %4381
	%4383 = icmp sgt i32 %4306, 7
	%4384 = select i1 %4383, i32 %4382, i32 0
	%4385 = add i32 %4379, %4384
	%4386 = add i32 %4380, %4382
	%4387 = add i32 %4385, %4326
	%4388 = sub i32 %4387, %4304
	%4389 = mul i32 %0, 4
	%4390 = add i32 %4389, 0
	%4391 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4390
	store i32 %4388, i32 addrspace(3)* %4391
	%4392 = add i32 %4388, %4288
	%4393 = mul i32 %0, 4
	%4394 = add i32 %4393, 1
	%4395 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4394
	store i32 %4392, i32 addrspace(3)* %4395
	%4396 = add i32 %4392, %4293
	%4397 = mul i32 %0, 4
	%4398 = add i32 %4397, 2
	%4399 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4398
	store i32 %4396, i32 addrspace(3)* %4399
	%4400 = add i32 %4396, %4298
	%4401 = mul i32 %0, 4
	%4402 = add i32 %4401, 3
	%4403 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4402
	store i32 %4400, i32 addrspace(3)* %4403
	%4404 = add i32 %4400, %4303
	%4405 = add i32 %0, 1024
	%4406 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4405
	store i32 0, i32 addrspace(3)* %4406
	%4407 = add i32 %0, 1280
	%4408 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4407
	store i32 0, i32 addrspace(3)* %4408
	%4409 = add i32 %0, 1536
	%4410 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4409
	store i32 0, i32 addrspace(3)* %4410
	%4411 = add i32 %0, 1792
	%4412 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4411
	store i32 0, i32 addrspace(3)* %4412
	call void @llvm.nvvm.barrier0()
	%4413 = and i1 %1150, %1151
	br i1 %4413, label %4414, label %4427

4414:
	%4415 = lshr i32 %4063, 24
	%4416 = and i32 %4415, 15
	%4417 = add i32 0, %4
	%4418 = mul i32 %4416, 64
	%4419 = add i32 %4418, %4417
	%4420 = add i32 0, %4419
	%4421 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4420
	%4422 = load i32, i32 addrspace(3)* %4421
	%4423 = add i32 %4422, %4151
	%4424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4423
	store i32 %4062, i32 addrspace(3)* %4424
	%4425 = add i32 %4423, 2048
	%4426 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4425
	store i32 %4063, i32 addrspace(3)* %4426
	br label %4427

4427:
	%4428 = and i1 %1163, %1164
	br i1 %4428, label %4429, label %4442

4429:
	%4430 = lshr i32 %4074, 24
	%4431 = and i32 %4430, 15
	%4432 = add i32 8, %4
	%4433 = mul i32 %4431, 64
	%4434 = add i32 %4433, %4432
	%4435 = add i32 0, %4434
	%4436 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4435
	%4437 = load i32, i32 addrspace(3)* %4436
	%4438 = add i32 %4437, %4170
	%4439 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4438
	store i32 %4073, i32 addrspace(3)* %4439
	%4440 = add i32 %4438, 2048
	%4441 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4440
	store i32 %4074, i32 addrspace(3)* %4441
	br label %4442

4442:
	%4443 = and i1 %1176, %1177
	br i1 %4443, label %4444, label %4457

4444:
	%4445 = lshr i32 %4085, 24
	%4446 = and i32 %4445, 15
	%4447 = add i32 16, %4
	%4448 = mul i32 %4446, 64
	%4449 = add i32 %4448, %4447
	%4450 = add i32 0, %4449
	%4451 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4450
	%4452 = load i32, i32 addrspace(3)* %4451
	%4453 = add i32 %4452, %4189
	%4454 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4453
	store i32 %4084, i32 addrspace(3)* %4454
	%4455 = add i32 %4453, 2048
	%4456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4455
	store i32 %4085, i32 addrspace(3)* %4456
	br label %4457

4457:
	%4458 = and i1 %1189, %1190
	br i1 %4458, label %4459, label %4472

4459:
	%4460 = lshr i32 %4096, 24
	%4461 = and i32 %4460, 15
	%4462 = add i32 24, %4
	%4463 = mul i32 %4461, 64
	%4464 = add i32 %4463, %4462
	%4465 = add i32 0, %4464
	%4466 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4465
	%4467 = load i32, i32 addrspace(3)* %4466
	%4468 = add i32 %4467, %4208
	%4469 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4468
	store i32 %4095, i32 addrspace(3)* %4469
	%4470 = add i32 %4468, 2048
	%4471 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4470
	store i32 %4096, i32 addrspace(3)* %4471
	br label %4472

4472:
	%4473 = and i1 %1202, %1203
	br i1 %4473, label %4474, label %4487

4474:
	%4475 = lshr i32 %4107, 24
	%4476 = and i32 %4475, 15
	%4477 = add i32 32, %4
	%4478 = mul i32 %4476, 64
	%4479 = add i32 %4478, %4477
	%4480 = add i32 0, %4479
	%4481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4480
	%4482 = load i32, i32 addrspace(3)* %4481
	%4483 = add i32 %4482, %4227
	%4484 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4483
	store i32 %4106, i32 addrspace(3)* %4484
	%4485 = add i32 %4483, 2048
	%4486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4485
	store i32 %4107, i32 addrspace(3)* %4486
	br label %4487

4487:
	%4488 = and i1 %1215, %1216
	br i1 %4488, label %4489, label %4502

4489:
	%4490 = lshr i32 %4118, 24
	%4491 = and i32 %4490, 15
	%4492 = add i32 40, %4
	%4493 = mul i32 %4491, 64
	%4494 = add i32 %4493, %4492
	%4495 = add i32 0, %4494
	%4496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4495
	%4497 = load i32, i32 addrspace(3)* %4496
	%4498 = add i32 %4497, %4246
	%4499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4498
	store i32 %4117, i32 addrspace(3)* %4499
	%4500 = add i32 %4498, 2048
	%4501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4500
	store i32 %4118, i32 addrspace(3)* %4501
	br label %4502

4502:
	%4503 = and i1 %1228, %1229
	br i1 %4503, label %4504, label %4517

4504:
	%4505 = lshr i32 %4129, 24
	%4506 = and i32 %4505, 15
	%4507 = add i32 48, %4
	%4508 = mul i32 %4506, 64
	%4509 = add i32 %4508, %4507
	%4510 = add i32 0, %4509
	%4511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4510
	%4512 = load i32, i32 addrspace(3)* %4511
	%4513 = add i32 %4512, %4265
	%4514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4513
	store i32 %4128, i32 addrspace(3)* %4514
	%4515 = add i32 %4513, 2048
	%4516 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4515
	store i32 %4129, i32 addrspace(3)* %4516
	br label %4517

4517:
	%4518 = and i1 %1241, %1242
	br i1 %4518, label %4519, label %4532

4519:
	%4520 = lshr i32 %4140, 24
	%4521 = and i32 %4520, 15
	%4522 = add i32 56, %4
	%4523 = mul i32 %4521, 64
	%4524 = add i32 %4523, %4522
	%4525 = add i32 0, %4524
	%4526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4525
	%4527 = load i32, i32 addrspace(3)* %4526
	%4528 = add i32 %4527, %4284
	%4529 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4528
	store i32 %4139, i32 addrspace(3)* %4529
	%4530 = add i32 %4528, 2048
	%4531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4530
	store i32 %4140, i32 addrspace(3)* %4531
	br label %4532

4532:
	call void @llvm.nvvm.barrier0()
	%4533 = add i32 0, %0
	%4534 = and i1 %1150, %1151
	br i1 %4534, label %4535, label %4541

4535:
	%4536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4533
	%4537 = load i32, i32 addrspace(3)* %4536
	%4538 = add i32 %4533, 2048
	%4539 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4538
	%4540 = load i32, i32 addrspace(3)* %4539
	br label %4541

4541:
	%4542 = phi i32 [ %4062, %4532 ], [ %4537, %4535 ]
	%4543 = phi i32 [ %4063, %4532 ], [ %4540, %4535 ]
	%4544 = add i32 256, %0
	%4545 = and i1 %1163, %1164
	br i1 %4545, label %4546, label %4552

4546:
	%4547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4544
	%4548 = load i32, i32 addrspace(3)* %4547
	%4549 = add i32 %4544, 2048
	%4550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4549
	%4551 = load i32, i32 addrspace(3)* %4550
	br label %4552

4552:
	%4553 = phi i32 [ %4073, %4541 ], [ %4548, %4546 ]
	%4554 = phi i32 [ %4074, %4541 ], [ %4551, %4546 ]
	%4555 = add i32 512, %0
	%4556 = and i1 %1176, %1177
	br i1 %4556, label %4557, label %4563

4557:
	%4558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4555
	%4559 = load i32, i32 addrspace(3)* %4558
	%4560 = add i32 %4555, 2048
	%4561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4560
	%4562 = load i32, i32 addrspace(3)* %4561
	br label %4563

4563:
	%4564 = phi i32 [ %4084, %4552 ], [ %4559, %4557 ]
	%4565 = phi i32 [ %4085, %4552 ], [ %4562, %4557 ]
	%4566 = add i32 768, %0
	%4567 = and i1 %1189, %1190
	br i1 %4567, label %4568, label %4574

4568:
	%4569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4566
	%4570 = load i32, i32 addrspace(3)* %4569
	%4571 = add i32 %4566, 2048
	%4572 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4571
	%4573 = load i32, i32 addrspace(3)* %4572
	br label %4574

4574:
	%4575 = phi i32 [ %4095, %4563 ], [ %4570, %4568 ]
	%4576 = phi i32 [ %4096, %4563 ], [ %4573, %4568 ]
	%4577 = add i32 1024, %0
	%4578 = and i1 %1202, %1203
	br i1 %4578, label %4579, label %4585

4579:
	%4580 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4577
	%4581 = load i32, i32 addrspace(3)* %4580
	%4582 = add i32 %4577, 2048
	%4583 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4582
	%4584 = load i32, i32 addrspace(3)* %4583
	br label %4585

4585:
	%4586 = phi i32 [ %4106, %4574 ], [ %4581, %4579 ]
	%4587 = phi i32 [ %4107, %4574 ], [ %4584, %4579 ]
	%4588 = add i32 1280, %0
	%4589 = and i1 %1215, %1216
	br i1 %4589, label %4590, label %4596

4590:
	%4591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4588
	%4592 = load i32, i32 addrspace(3)* %4591
	%4593 = add i32 %4588, 2048
	%4594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4593
	%4595 = load i32, i32 addrspace(3)* %4594
	br label %4596

4596:
	%4597 = phi i32 [ %4117, %4585 ], [ %4592, %4590 ]
	%4598 = phi i32 [ %4118, %4585 ], [ %4595, %4590 ]
	%4599 = add i32 1536, %0
	%4600 = and i1 %1228, %1229
	br i1 %4600, label %4601, label %4607

4601:
	%4602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4599
	%4603 = load i32, i32 addrspace(3)* %4602
	%4604 = add i32 %4599, 2048
	%4605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4604
	%4606 = load i32, i32 addrspace(3)* %4605
	br label %4607

4607:
	%4608 = phi i32 [ %4128, %4596 ], [ %4603, %4601 ]
	%4609 = phi i32 [ %4129, %4596 ], [ %4606, %4601 ]
	%4610 = add i32 1792, %0
	%4611 = and i1 %1241, %1242
	br i1 %4611, label %4612, label %4618

4612:
	%4613 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4610
	%4614 = load i32, i32 addrspace(3)* %4613
	%4615 = add i32 %4610, 2048
	%4616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4615
	%4617 = load i32, i32 addrspace(3)* %4616
	br label %4618

4618:
	%4619 = phi i32 [ %4139, %4607 ], [ %4614, %4612 ]
	%4620 = phi i32 [ %4140, %4607 ], [ %4617, %4612 ]
	br i1 %1150, label %4621, label %4630

4621:
	%4622 = lshr i32 %4543, 28
	%4623 = and i32 %4622, 15
	%4624 = select i1 %1151, i32 %4623, i32 16
	%4625 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4624)
	%4626 = and i32 %4625, %1148
	%4627 = call i32 @llvm.ctpop.i32(i32 %4626)
	%4628 = icmp eq i32 %4627, 0
	%4629 = and i1 %1151, %4628
	br i1 %4629, label %4632, label %4639

4630:
	%4631 = phi i32 [ 0, %4618 ], [ %4627, %4639 ]
	br i1 %1163, label %4640, label %4649

4632:
	%4633 = call i32 @llvm.ctpop.i32(i32 %4625)
	%4634 = add i32 0, %4
	%4635 = mul i32 %4623, 64
	%4636 = add i32 %4635, %4634
	%4637 = add i32 1024, %4636
	%4638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4637
	store i32 %4633, i32 addrspace(3)* %4638
	br label %4639

4639:
	br label %4630

4640:
	%4641 = lshr i32 %4554, 28
	%4642 = and i32 %4641, 15
	%4643 = select i1 %1164, i32 %4642, i32 16
	%4644 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4643)
	%4645 = and i32 %4644, %1148
	%4646 = call i32 @llvm.ctpop.i32(i32 %4645)
	%4647 = icmp eq i32 %4646, 0
	%4648 = and i1 %1164, %4647
	br i1 %4648, label %4651, label %4658

4649:
	%4650 = phi i32 [ 0, %4630 ], [ %4646, %4658 ]
	br i1 %1176, label %4659, label %4668

4651:
	%4652 = call i32 @llvm.ctpop.i32(i32 %4644)
	%4653 = add i32 8, %4
	%4654 = mul i32 %4642, 64
	%4655 = add i32 %4654, %4653
	%4656 = add i32 1024, %4655
	%4657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4656
	store i32 %4652, i32 addrspace(3)* %4657
	br label %4658

4658:
	br label %4649

4659:
	%4660 = lshr i32 %4565, 28
	%4661 = and i32 %4660, 15
	%4662 = select i1 %1177, i32 %4661, i32 16
	%4663 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4662)
	%4664 = and i32 %4663, %1148
	%4665 = call i32 @llvm.ctpop.i32(i32 %4664)
	%4666 = icmp eq i32 %4665, 0
	%4667 = and i1 %1177, %4666
	br i1 %4667, label %4670, label %4677

4668:
	%4669 = phi i32 [ 0, %4649 ], [ %4665, %4677 ]
	br i1 %1189, label %4678, label %4687

4670:
	%4671 = call i32 @llvm.ctpop.i32(i32 %4663)
	%4672 = add i32 16, %4
	%4673 = mul i32 %4661, 64
	%4674 = add i32 %4673, %4672
	%4675 = add i32 1024, %4674
	%4676 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4675
	store i32 %4671, i32 addrspace(3)* %4676
	br label %4677

4677:
	br label %4668

4678:
	%4679 = lshr i32 %4576, 28
	%4680 = and i32 %4679, 15
	%4681 = select i1 %1190, i32 %4680, i32 16
	%4682 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4681)
	%4683 = and i32 %4682, %1148
	%4684 = call i32 @llvm.ctpop.i32(i32 %4683)
	%4685 = icmp eq i32 %4684, 0
	%4686 = and i1 %1190, %4685
	br i1 %4686, label %4689, label %4696

4687:
	%4688 = phi i32 [ 0, %4668 ], [ %4684, %4696 ]
	br i1 %1202, label %4697, label %4706

4689:
	%4690 = call i32 @llvm.ctpop.i32(i32 %4682)
	%4691 = add i32 24, %4
	%4692 = mul i32 %4680, 64
	%4693 = add i32 %4692, %4691
	%4694 = add i32 1024, %4693
	%4695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4694
	store i32 %4690, i32 addrspace(3)* %4695
	br label %4696

4696:
	br label %4687

4697:
	%4698 = lshr i32 %4587, 28
	%4699 = and i32 %4698, 15
	%4700 = select i1 %1203, i32 %4699, i32 16
	%4701 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4700)
	%4702 = and i32 %4701, %1148
	%4703 = call i32 @llvm.ctpop.i32(i32 %4702)
	%4704 = icmp eq i32 %4703, 0
	%4705 = and i1 %1203, %4704
	br i1 %4705, label %4708, label %4715

4706:
	%4707 = phi i32 [ 0, %4687 ], [ %4703, %4715 ]
	br i1 %1215, label %4716, label %4725

4708:
	%4709 = call i32 @llvm.ctpop.i32(i32 %4701)
	%4710 = add i32 32, %4
	%4711 = mul i32 %4699, 64
	%4712 = add i32 %4711, %4710
	%4713 = add i32 1024, %4712
	%4714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4713
	store i32 %4709, i32 addrspace(3)* %4714
	br label %4715

4715:
	br label %4706

4716:
	%4717 = lshr i32 %4598, 28
	%4718 = and i32 %4717, 15
	%4719 = select i1 %1216, i32 %4718, i32 16
	%4720 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4719)
	%4721 = and i32 %4720, %1148
	%4722 = call i32 @llvm.ctpop.i32(i32 %4721)
	%4723 = icmp eq i32 %4722, 0
	%4724 = and i1 %1216, %4723
	br i1 %4724, label %4727, label %4734

4725:
	%4726 = phi i32 [ 0, %4706 ], [ %4722, %4734 ]
	br i1 %1228, label %4735, label %4744

4727:
	%4728 = call i32 @llvm.ctpop.i32(i32 %4720)
	%4729 = add i32 40, %4
	%4730 = mul i32 %4718, 64
	%4731 = add i32 %4730, %4729
	%4732 = add i32 1024, %4731
	%4733 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4732
	store i32 %4728, i32 addrspace(3)* %4733
	br label %4734

4734:
	br label %4725

4735:
	%4736 = lshr i32 %4609, 28
	%4737 = and i32 %4736, 15
	%4738 = select i1 %1229, i32 %4737, i32 16
	%4739 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4738)
	%4740 = and i32 %4739, %1148
	%4741 = call i32 @llvm.ctpop.i32(i32 %4740)
	%4742 = icmp eq i32 %4741, 0
	%4743 = and i1 %1229, %4742
	br i1 %4743, label %4746, label %4753

4744:
	%4745 = phi i32 [ 0, %4725 ], [ %4741, %4753 ]
	br i1 %1241, label %4754, label %4763

4746:
	%4747 = call i32 @llvm.ctpop.i32(i32 %4739)
	%4748 = add i32 48, %4
	%4749 = mul i32 %4737, 64
	%4750 = add i32 %4749, %4748
	%4751 = add i32 1024, %4750
	%4752 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4751
	store i32 %4747, i32 addrspace(3)* %4752
	br label %4753

4753:
	br label %4744

4754:
	%4755 = lshr i32 %4620, 28
	%4756 = and i32 %4755, 15
	%4757 = select i1 %1242, i32 %4756, i32 16
	%4758 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4757)
	%4759 = and i32 %4758, %1148
	%4760 = call i32 @llvm.ctpop.i32(i32 %4759)
	%4761 = icmp eq i32 %4760, 0
	%4762 = and i1 %1242, %4761
	br i1 %4762, label %4808, label %4815

4763:
	%4764 = phi i32 [ 0, %4744 ], [ %4760, %4815 ]
	call void @llvm.nvvm.barrier0()
	%4765 = mul i32 %0, 4
	%4766 = add i32 %4765, 1024
	%4767 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4766
	%4768 = load i32, i32 addrspace(3)* %4767
	%4769 = add i32 0, %4768
	%4770 = mul i32 %0, 4
	%4771 = add i32 %4770, 1025
	%4772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4771
	%4773 = load i32, i32 addrspace(3)* %4772
	%4774 = add i32 %4769, %4773
	%4775 = mul i32 %0, 4
	%4776 = add i32 %4775, 1026
	%4777 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4776
	%4778 = load i32, i32 addrspace(3)* %4777
	%4779 = add i32 %4774, %4778
	%4780 = mul i32 %0, 4
	%4781 = add i32 %4780, 1027
	%4782 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4781
	%4783 = load i32, i32 addrspace(3)* %4782
	%4784 = add i32 %4779, %4783
	%4785 = and i32 %0, 31
	%4786 = lshr i32 %0, 5
	%4787 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4784, i32 1, i32 0)
	%4788 = icmp uge i32 %4785, 1
	%4789 = select i1 %4788, i32 %4787, i32 0
	%4790 = add i32 %4784, %4789
	%4791 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4790, i32 2, i32 0)
	%4792 = icmp uge i32 %4785, 2
	%4793 = select i1 %4792, i32 %4791, i32 0
	%4794 = add i32 %4790, %4793
	%4795 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4794, i32 4, i32 0)
	%4796 = icmp uge i32 %4785, 4
	%4797 = select i1 %4796, i32 %4795, i32 0
	%4798 = add i32 %4794, %4797
	%4799 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4798, i32 8, i32 0)
	%4800 = icmp uge i32 %4785, 8
	%4801 = select i1 %4800, i32 %4799, i32 0
	%4802 = add i32 %4798, %4801
	%4803 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4802, i32 16, i32 0)
	%4804 = icmp uge i32 %4785, 16
	%4805 = select i1 %4804, i32 %4803, i32 0
	%4806 = add i32 %4802, %4805
	%4807 = icmp eq i32 %4785, 31
	br i1 %4807, label %4816, label %4818

4808:
	%4809 = call i32 @llvm.ctpop.i32(i32 %4758)
	%4810 = add i32 56, %4
	%4811 = mul i32 %4756, 64
	%4812 = add i32 %4811, %4810
	%4813 = add i32 1024, %4812
	%4814 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4813
	store i32 %4809, i32 addrspace(3)* %4814
	br label %4815

4815:
	br label %4763

4816:
	%4817 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4786
	store i32 %4806, i32 addrspace(3)* %4817
	br label %4818

4818:
	call void @llvm.nvvm.barrier0()
	%4819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4820 = load i32, i32 addrspace(3)* %4819
	%4821 = icmp sgt i32 %4786, 0
	%4822 = select i1 %4821, i32 %4820, i32 0
	%4823 = add i32 0, %4822
	%4824 = add i32 0, %4820
	%4825 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4826 = load i32, i32 addrspace(3)* %4825
	%4827 = icmp sgt i32 %4786, 1
	%4828 = select i1 %4827, i32 %4826, i32 0
	%4829 = add i32 %4823, %4828
	%4830 = add i32 %4824, %4826
	%4831 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4832 = load i32, i32 addrspace(3)* %4831
	%4833 = icmp sgt i32 %4786, 2
	%4834 = select i1 %4833, i32 %4832, i32 0
	%4835 = add i32 %4829, %4834
	%4836 = add i32 %4830, %4832
	%4837 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4838 = load i32, i32 addrspace(3)* %4837
	%4839 = icmp sgt i32 %4786, 3
	%4840 = select i1 %4839, i32 %4838, i32 0
	%4841 = add i32 %4835, %4840
	%4842 = add i32 %4836, %4838
	%4843 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4844 = load i32, i32 addrspace(3)* %4843
	%4845 = icmp sgt i32 %4786, 4
	%4846 = select i1 %4845, i32 %4844, i32 0
	%4847 = add i32 %4841, %4846
	%4848 = add i32 %4842, %4844
	%4849 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4850 = load i32, i32 addrspace(3)* %4849
	%4851 = icmp sgt i32 %4786, 5
	%4852 = select i1 %4851, i32 %4850, i32 0
	%4853 = add i32 %4847, %4852
	%4854 = add i32 %4848, %4850
	%4855 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4856 = load i32, i32 addrspace(3)* %4855
	%4857 = icmp sgt i32 %4786, 6
	%4858 = select i1 %4857, i32 %4856, i32 0
	%4859 = add i32 %4853, %4858
	%4860 = add i32 %4854, %4856
	%4861 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4862 = load i32, i32 addrspace(3)* %4861
	%4863 = icmp sgt i32 %4786, 7
	%4864 = select i1 %4863, i32 %4862, i32 0
	%4865 = add i32 %4859, %4864
	%4866 = add i32 %4860, %4862
	%4867 = add i32 %4865, %4806
	%4868 = sub i32 %4867, %4784
	%4869 = mul i32 %0, 4
	%4870 = add i32 %4869, 1024
	%4871 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4870
	store i32 %4868, i32 addrspace(3)* %4871
	%4872 = add i32 %4868, %4768
	%4873 = mul i32 %0, 4
	%4874 = add i32 %4873, 1025
	%4875 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4874
	store i32 %4872, i32 addrspace(3)* %4875
	%4876 = add i32 %4872, %4773
	%4877 = mul i32 %0, 4
	%4878 = add i32 %4877, 1026
	%4879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4878
	store i32 %4876, i32 addrspace(3)* %4879
	%4880 = add i32 %4876, %4778
	%4881 = mul i32 %0, 4
	%4882 = add i32 %4881, 1027
	%4883 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4882
	store i32 %4880, i32 addrspace(3)* %4883
	%4884 = add i32 %4880, %4783
	%4885 = add i32 %0, 0
	%4886 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4885
	store i32 0, i32 addrspace(3)* %4886
	%4887 = add i32 %0, 256
	%4888 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4887
	store i32 0, i32 addrspace(3)* %4888
	%4889 = add i32 %0, 512
	%4890 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4889
	store i32 0, i32 addrspace(3)* %4890
	%4891 = add i32 %0, 768
	%4892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4891
	store i32 0, i32 addrspace(3)* %4892
	call void @llvm.nvvm.barrier0()
	%4893 = and i1 %1150, %1151
	br i1 %4893, label %4894, label %4912

4894:
	%4895 = lshr i32 %4543, 28
	%4896 = and i32 %4895, 15
	%4897 = add i32 0, %4
	%4898 = mul i32 %4896, 64
	%4899 = add i32 %4898, %4897
	%4900 = add i32 1024, %4899
	%4901 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4900
	%4902 = load i32, i32 addrspace(3)* %4901
	%4903 = add i32 %4902, %4631
	%4904 = add i32 %326, %4903
	%4905 = add i32 %13, %4904
	%4906 = sext i32 %4905 to i64
	%4907 = getelementptr i32, i32* %list, i64 %4906
	store i32 %4542, i32* %4907
	%4908 = add i32 %13, %NK
	%4909 = add i32 %4908, %4904
	%4910 = sext i32 %4909 to i64
	%4911 = getelementptr i32, i32* %list, i64 %4910
	store i32 0, i32* %4911
	br label %4912

4912:
	%4913 = and i1 %1163, %1164
	br i1 %4913, label %4914, label %4932

4914:
	%4915 = lshr i32 %4554, 28
	%4916 = and i32 %4915, 15
	%4917 = add i32 8, %4
	%4918 = mul i32 %4916, 64
	%4919 = add i32 %4918, %4917
	%4920 = add i32 1024, %4919
	%4921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4920
	%4922 = load i32, i32 addrspace(3)* %4921
	%4923 = add i32 %4922, %4650
	%4924 = add i32 %326, %4923
	%4925 = add i32 %13, %4924
	%4926 = sext i32 %4925 to i64
	%4927 = getelementptr i32, i32* %list, i64 %4926
	store i32 %4553, i32* %4927
	%4928 = add i32 %13, %NK
	%4929 = add i32 %4928, %4924
	%4930 = sext i32 %4929 to i64
	%4931 = getelementptr i32, i32* %list, i64 %4930
	store i32 0, i32* %4931
	br label %4932

4932:
	%4933 = and i1 %1176, %1177
	br i1 %4933, label %4934, label %4952

4934:
	%4935 = lshr i32 %4565, 28
	%4936 = and i32 %4935, 15
	%4937 = add i32 16, %4
	%4938 = mul i32 %4936, 64
	%4939 = add i32 %4938, %4937
	%4940 = add i32 1024, %4939
	%4941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4940
	%4942 = load i32, i32 addrspace(3)* %4941
	%4943 = add i32 %4942, %4669
	%4944 = add i32 %326, %4943
	%4945 = add i32 %13, %4944
	%4946 = sext i32 %4945 to i64
	%4947 = getelementptr i32, i32* %list, i64 %4946
	store i32 %4564, i32* %4947
	%4948 = add i32 %13, %NK
	%4949 = add i32 %4948, %4944
	%4950 = sext i32 %4949 to i64
	%4951 = getelementptr i32, i32* %list, i64 %4950
	store i32 0, i32* %4951
	br label %4952

4952:
	%4953 = and i1 %1189, %1190
	br i1 %4953, label %4954, label %4972

4954:
	%4955 = lshr i32 %4576, 28
	%4956 = and i32 %4955, 15
	%4957 = add i32 24, %4
	%4958 = mul i32 %4956, 64
	%4959 = add i32 %4958, %4957
	%4960 = add i32 1024, %4959
	%4961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4960
	%4962 = load i32, i32 addrspace(3)* %4961
	%4963 = add i32 %4962, %4688
	%4964 = add i32 %326, %4963
	%4965 = add i32 %13, %4964
	%4966 = sext i32 %4965 to i64
	%4967 = getelementptr i32, i32* %list, i64 %4966
	store i32 %4575, i32* %4967
	%4968 = add i32 %13, %NK
	%4969 = add i32 %4968, %4964
	%4970 = sext i32 %4969 to i64
	%4971 = getelementptr i32, i32* %list, i64 %4970
	store i32 0, i32* %4971
	br label %4972

4972:
	%4973 = and i1 %1202, %1203
	br i1 %4973, label %4974, label %4992

4974:
	%4975 = lshr i32 %4587, 28
	%4976 = and i32 %4975, 15
	%4977 = add i32 32, %4
	%4978 = mul i32 %4976, 64
	%4979 = add i32 %4978, %4977
	%4980 = add i32 1024, %4979
	%4981 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4980
	%4982 = load i32, i32 addrspace(3)* %4981
	%4983 = add i32 %4982, %4707
	%4984 = add i32 %326, %4983
	%4985 = add i32 %13, %4984
	%4986 = sext i32 %4985 to i64
	%4987 = getelementptr i32, i32* %list, i64 %4986
	store i32 %4586, i32* %4987
	%4988 = add i32 %13, %NK
	%4989 = add i32 %4988, %4984
	%4990 = sext i32 %4989 to i64
	%4991 = getelementptr i32, i32* %list, i64 %4990
	store i32 0, i32* %4991
	br label %4992

4992:
	%4993 = and i1 %1215, %1216
	br i1 %4993, label %4994, label %5012

4994:
	%4995 = lshr i32 %4598, 28
	%4996 = and i32 %4995, 15
	%4997 = add i32 40, %4
	%4998 = mul i32 %4996, 64
	%4999 = add i32 %4998, %4997
	%5000 = add i32 1024, %4999
	%5001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5000
	%5002 = load i32, i32 addrspace(3)* %5001
	%5003 = add i32 %5002, %4726
	%5004 = add i32 %326, %5003
	%5005 = add i32 %13, %5004
	%5006 = sext i32 %5005 to i64
	%5007 = getelementptr i32, i32* %list, i64 %5006
	store i32 %4597, i32* %5007
	%5008 = add i32 %13, %NK
	%5009 = add i32 %5008, %5004
	%5010 = sext i32 %5009 to i64
	%5011 = getelementptr i32, i32* %list, i64 %5010
	store i32 0, i32* %5011
	br label %5012

5012:
	%5013 = and i1 %1228, %1229
	br i1 %5013, label %5014, label %5032

5014:
	%5015 = lshr i32 %4609, 28
	%5016 = and i32 %5015, 15
	%5017 = add i32 48, %4
	%5018 = mul i32 %5016, 64
	%5019 = add i32 %5018, %5017
	%5020 = add i32 1024, %5019
	%5021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5020
	%5022 = load i32, i32 addrspace(3)* %5021
	%5023 = add i32 %5022, %4745
	%5024 = add i32 %326, %5023
	%5025 = add i32 %13, %5024
	%5026 = sext i32 %5025 to i64
	%5027 = getelementptr i32, i32* %list, i64 %5026
	store i32 %4608, i32* %5027
	%5028 = add i32 %13, %NK
	%5029 = add i32 %5028, %5024
	%5030 = sext i32 %5029 to i64
	%5031 = getelementptr i32, i32* %list, i64 %5030
	store i32 0, i32* %5031
	br label %5032

5032:
	%5033 = and i1 %1241, %1242
	br i1 %5033, label %5034, label %5052

5034:
	%5035 = lshr i32 %4620, 28
	%5036 = and i32 %5035, 15
	%5037 = add i32 56, %4
	%5038 = mul i32 %5036, 64
	%5039 = add i32 %5038, %5037
	%5040 = add i32 1024, %5039
	%5041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5040
	%5042 = load i32, i32 addrspace(3)* %5041
	%5043 = add i32 %5042, %4764
	%5044 = add i32 %326, %5043
	%5045 = add i32 %13, %5044
	%5046 = sext i32 %5045 to i64
	%5047 = getelementptr i32, i32* %list, i64 %5046
	store i32 %4619, i32* %5047
	%5048 = add i32 %13, %NK
	%5049 = add i32 %5048, %5044
	%5050 = sext i32 %5049 to i64
	%5051 = getelementptr i32, i32* %list, i64 %5050
	store i32 0, i32* %5051
	br label %5052

5052:
	br label %write_done

5053:
	%5054 = phi i32 [ %1135, %write_sort ], [ %5058, %5056 ]
	%5055 = icmp slt i32 %5054, %1134
	br i1 %5055, label %5056, label %5059

5056:
	%5057 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5054
	store i32 -1, i32 addrspace(3)* %5057
	%5058 = add i32 %5054, 256
	br label %5053

5059:
	call void @llvm.nvvm.barrier0()
	%5060 = add i32 %1133, 1
	br label %5061

5061:
	%5062 = phi i32 [ 1, %5059 ], [ %5078, %5077 ]
	%5063 = icmp slt i32 %5062, %5060
	br i1 %5063, label %5064, label %5066

5064:
	%5065 = shl i32 1, %5062
	br label %5067

5066:
	br label %5119

5067:
	%5068 = phi i32 [ 0, %5064 ], [ %5113, %5112 ]
	%5069 = icmp slt i32 %5068, %5062
	br i1 %5069, label %5070, label %5077

5070:
	%5071 = sub i32 %5062, 1
	%5072 = sub i32 %5071, %5068
	%5073 = shl i32 1, %5072
	%5074 = sub i32 %5062, 1
	%5075 = sub i32 %5074, %5068
	%5076 = lshr i32 %1134, 1
	br label %5079

5077:
	%5078 = add i32 %5062, 1
	br label %5061

5079:
	%5080 = phi i32 [ %0, %5070 ], [ %5118, %5117 ]
	%5081 = icmp slt i32 %5080, %5076
	br i1 %5081, label %5082, label %5112

5082:
	%5083 = lshr i32 %5080, %5075
	%5084 = add i32 %5075, 1
	%5085 = shl i32 %5083, %5084
	%5086 = sub i32 %5073, 1
	%5087 = and i32 %5080, %5086
	%5088 = or i32 %5085, %5087
	%5089 = or i32 %5088, %5073
	%5090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5088
	%5091 = load i32, i32 addrspace(3)* %5090
	%5092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5089
	%5093 = load i32, i32 addrspace(3)* %5092
	%5094 = and i32 %5088, %5065
	%5095 = icmp eq i32 %5094, 0
	%5096 = icmp sge i32 %5093, 0
	%5097 = select i1 %5096, i32 %5093, i32 0
	%5098 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5097
	%5099 = load i32, i32 addrspace(3)* %5098
	%5100 = select i1 %5096, i32 %5099, i32 0
	%5101 = icmp sge i32 %5091, 0
	%5102 = select i1 %5101, i32 %5091, i32 0
	%5103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5102
	%5104 = load i32, i32 addrspace(3)* %5103
	%5105 = select i1 %5101, i32 %5104, i32 0
	%5106 = icmp ugt i32 %5100, %5105
	%5107 = icmp eq i32 %5100, %5105
	%5108 = icmp slt i32 %5093, %5091
	%5109 = and i1 %5107, %5108
	%5110 = or i1 %5106, %5109
	%5111 = icmp eq i1 %5110, %5095
	br i1 %5111, label %5114, label %5117

5112:
	call void @llvm.nvvm.barrier0()
	%5113 = add i32 %5068, 1
	br label %5067

5114:
	%5115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5088
	store i32 %5093, i32 addrspace(3)* %5115
	%5116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5089
	store i32 %5091, i32 addrspace(3)* %5116
	br label %5117

5117:
	%5118 = add i32 %5080, 256
	br label %5079

5119:
	%5120 = phi i32 [ %0, %5066 ], [ %5133, %5122 ]
	%5121 = icmp slt i32 %5120, %339
	br i1 %5121, label %5122, label %5134

5122:
	%5123 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5120
	%5124 = load i32, i32 addrspace(3)* %5123
	%5125 = add i32 %326, %5120
	%5126 = add i32 %13, %5125
	%5127 = sext i32 %5126 to i64
	%5128 = getelementptr i32, i32* %list, i64 %5127
	store i32 %5124, i32* %5128
	%5129 = add i32 %13, %NK
	%5130 = add i32 %5129, %5125
	%5131 = sext i32 %5130 to i64
	%5132 = getelementptr i32, i32* %list, i64 %5131
	store i32 0, i32* %5132
	%5133 = add i32 %5120, 256
	br label %5119

5134:
	br label %write_done

5135:
	%5136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%5137 = load i32, i32 addrspace(3)* %5136
	%5138 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5137
	%5139 = load i32, i32 addrspace(3)* %5138
	%5140 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %5139, i32 addrspace(3)* %5140
	br label %5141

5141:
	call void @llvm.nvvm.barrier0()
	br i1 %396, label %5142, label %5147

5142:
	%5143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%5144 = load i32, i32 addrspace(3)* %5143
	%5145 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%5146 = load i32, i32 addrspace(3)* %5145
	br label %5148

5147:
	br label %write_done

5148:
	%5149 = phi i32 [ 0, %5142 ], [ %5164, %5152 ]
	%5150 = phi i32 [ 0, %5142 ], [ %5163, %5152 ]
	%5151 = icmp slt i32 %5149, %339
	br i1 %5151, label %5152, label %5165

5152:
	%5153 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %5149
	%5154 = load i32, i32 addrspace(3)* %5153
	%5155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5149
	%5156 = load i32, i32 addrspace(3)* %5155
	%5157 = icmp ugt i32 %5154, %5146
	%5158 = icmp eq i32 %5154, %5146
	%5159 = icmp slt i32 %5156, %5144
	%5160 = and i1 %5158, %5159
	%5161 = or i1 %5157, %5160
	%5162 = zext i1 %5161 to i32
	%5163 = add i32 %5150, %5162
	%5164 = add i32 %5149, 1
	br label %5148

5165:
	%5166 = add i32 %326, %5150
	%5167 = add i32 %13, %5166
	%5168 = sext i32 %5167 to i64
	%5169 = getelementptr i32, i32* %list, i64 %5168
	store i32 %5144, i32* %5169
	%5170 = add i32 %13, %NK
	%5171 = add i32 %5170, %5166
	%5172 = sext i32 %5171 to i64
	%5173 = getelementptr i32, i32* %list, i64 %5172
	store i32 0, i32* %5173
	br label %5147

5174:
	%5175 = phi i32 [ %1145, %write_done ], [ %5185, %5177 ]
	%5176 = icmp slt i32 %5175, %1144
	br i1 %5176, label %5177, label %5186

5177:
	%5178 = add i32 %13, %5175
	%5179 = sext i32 %5178 to i64
	%5180 = getelementptr i32, i32* %list, i64 %5179
	store i32 -1, i32* %5180
	%5181 = add i32 %13, %NK
	%5182 = add i32 %5181, %5175
	%5183 = sext i32 %5182 to i64
	%5184 = getelementptr i32, i32* %list, i64 %5183
	store i32 -1, i32* %5184
	%5185 = add i32 %5175, 256
	br label %5174

5186:
	ret void
}
