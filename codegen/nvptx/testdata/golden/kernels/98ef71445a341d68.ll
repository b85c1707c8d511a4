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
	br i1 %397, label %write_rank, label %write_sort

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
	br i1 %396, label %1228, label %1234

write_sort:
	%1129 = sub i32 %339, 1
	%1130 = call i32 @llvm.ctlz.i32(i32 %1129, i1 false)
	%1131 = icmp sgt i32 %339, 1
	%1132 = sub i32 32, %1130
	%1133 = select i1 %1131, i32 %1132, i32 0
	%1134 = shl i32 1, %1133
	%1135 = add i32 %339, %0
	br label %1146

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
	br label %1267

1146:
	%1147 = phi i32 [ %1135, %write_sort ], [ %1151, %1149 ]
	%1148 = icmp slt i32 %1147, %1134
	br i1 %1148, label %1149, label %1152

1149:
	%1150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1147
	store i32 -1, i32 addrspace(3)* %1150
	%1151 = add i32 %1147, 256
	br label %1146

1152:
	call void @llvm.nvvm.barrier0()
	%1153 = add i32 %1133, 1
	br label %1154

1154:
	%1155 = phi i32 [ 1, %1152 ], [ %1171, %1170 ]
	%1156 = icmp slt i32 %1155, %1153
	br i1 %1156, label %1157, label %1159

1157:
	%1158 = shl i32 1, %1155
	br label %1160

1159:
	br label %1212

1160:
	%1161 = phi i32 [ 0, %1157 ], [ %1206, %1205 ]
	%1162 = icmp slt i32 %1161, %1155
	br i1 %1162, label %1163, label %1170

1163:
	%1164 = sub i32 %1155, 1
	%1165 = sub i32 %1164, %1161
	%1166 = shl i32 1, %1165
	%1167 = sub i32 %1155, 1
	%1168 = sub i32 %1167, %1161
	%1169 = lshr i32 %1134, 1
	br label %1172

1170:
	%1171 = add i32 %1155, 1
	br label %1154

1172:
	%1173 = phi i32 [ %0, %1163 ], [ %1211, %1210 ]
	%1174 = icmp slt i32 %1173, %1169
	br i1 %1174, label %1175, label %1205

1175:
	%1176 = lshr i32 %1173, %1168
	%1177 = add i32 %1168, 1
	%1178 = shl i32 %1176, %1177
	%1179 = sub i32 %1166, 1
	%1180 = and i32 %1173, %1179
	%1181 = or i32 %1178, %1180
	%1182 = or i32 %1181, %1166
	%1183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1181
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1182
	%1186 = load i32, i32 addrspace(3)* %1185
	%1187 = and i32 %1181, %1158
	%1188 = icmp eq i32 %1187, 0
	%1189 = icmp sge i32 %1186, 0
	%1190 = select i1 %1189, i32 %1186, i32 0
	%1191 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1190
	%1192 = load i32, i32 addrspace(3)* %1191
	%1193 = select i1 %1189, i32 %1192, i32 0
	%1194 = icmp sge i32 %1184, 0
	%1195 = select i1 %1194, i32 %1184, i32 0
	%1196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1195
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = select i1 %1194, i32 %1197, i32 0
	%1199 = icmp ugt i32 %1193, %1198
	%1200 = icmp eq i32 %1193, %1198
	%1201 = icmp slt i32 %1186, %1184
	%1202 = and i1 %1200, %1201
	%1203 = or i1 %1199, %1202
	%1204 = icmp eq i1 %1203, %1188
	br i1 %1204, label %1207, label %1210

1205:
	call void @llvm.nvvm.barrier0()
	%1206 = add i32 %1161, 1
	br label %1160

1207:
	%1208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1181
	store i32 %1186, i32 addrspace(3)* %1208
	%1209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1182
	store i32 %1184, i32 addrspace(3)* %1209
	br label %1210

1210:
	%1211 = add i32 %1173, 256
	br label %1172

1212:
	%1213 = phi i32 [ %0, %1159 ], [ %1226, %1215 ]
	%1214 = icmp slt i32 %1213, %339
	br i1 %1214, label %1215, label %1227

1215:
	%1216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1213
	%1217 = load i32, i32 addrspace(3)* %1216
	%1218 = add i32 %326, %1213
	%1219 = add i32 %13, %1218
	%1220 = sext i32 %1219 to i64
	%1221 = getelementptr i32, i32* %list, i64 %1220
	store i32 %1217, i32* %1221
	%1222 = add i32 %13, %NK
	%1223 = add i32 %1222, %1218
	%1224 = sext i32 %1223 to i64
	%1225 = getelementptr i32, i32* %list, i64 %1224
	store i32 0, i32* %1225
	%1226 = add i32 %1213, 256
	br label %1212

1227:
	br label %write_done

1228:
	%1229 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1230 = load i32, i32 addrspace(3)* %1229
	%1231 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1230
	%1232 = load i32, i32 addrspace(3)* %1231
	%1233 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1232, i32 addrspace(3)* %1233
	br label %1234

1234:
	call void @llvm.nvvm.barrier0()
	br i1 %396, label %1235, label %1240

1235:
	%1236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1239 = load i32, i32 addrspace(3)* %1238
	br label %1241

1240:
	br label %write_done

1241:
	%1242 = phi i32 [ 0, %1235 ], [ %1257, %1245 ]
	%1243 = phi i32 [ 0, %1235 ], [ %1256, %1245 ]
	%1244 = icmp slt i32 %1242, %339
	br i1 %1244, label %1245, label %1258

1245:
	%1246 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1242
	%1247 = load i32, i32 addrspace(3)* %1246
	%1248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1242
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = icmp ugt i32 %1247, %1239
	%1251 = icmp eq i32 %1247, %1239
	%1252 = icmp slt i32 %1249, %1237
	%1253 = and i1 %1251, %1252
	%1254 = or i1 %1250, %1253
	%1255 = zext i1 %1254 to i32
	%1256 = add i32 %1243, %1255
	%1257 = add i32 %1242, 1
	br label %1241

1258:
	%1259 = add i32 %326, %1243
	%1260 = add i32 %13, %1259
	%1261 = sext i32 %1260 to i64
	%1262 = getelementptr i32, i32* %list, i64 %1261
	store i32 %1237, i32* %1262
	%1263 = add i32 %13, %NK
	%1264 = add i32 %1263, %1259
	%1265 = sext i32 %1264 to i64
	%1266 = getelementptr i32, i32* %list, i64 %1265
	store i32 0, i32* %1266
	br label %1240

1267:
	%1268 = phi i32 [ %1145, %write_done ], [ %1278, %1270 ]
	%1269 = icmp slt i32 %1268, %1144
	br i1 %1269, label %1270, label %1279

1270:
	%1271 = add i32 %13, %1268
	%1272 = sext i32 %1271 to i64
	%1273 = getelementptr i32, i32* %list, i64 %1272
	store i32 -1, i32* %1273
	%1274 = add i32 %13, %NK
	%1275 = add i32 %1274, %1268
	%1276 = sext i32 %1275 to i64
	%1277 = getelementptr i32, i32* %list, i64 %1276
	store i32 -1, i32* %1277
	%1278 = add i32 %1268, 256
	br label %1267

1279:
	ret void
}
