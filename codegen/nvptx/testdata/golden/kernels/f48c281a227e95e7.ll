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
	%399 = phi i32 [ %0, %topk ], [ %450, %449 ]
	%400 = icmp slt i32 %399, %16
	br i1 %400, label %401, label %417

401:
	%402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %399
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp uge i32 %403, 2
	%405 = and i32 %403, 0
	%406 = icmp eq i32 %405, 0
	%407 = and i1 %404, %406
	%408 = lshr i32 %403, 24
	%409 = and i32 %408, 255
	%410 = select i1 %407, i32 %409, i32 256
	%411 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %410)
	%412 = shl i32 1, %3
	%413 = sub i32 %412, 1
	%414 = and i32 %411, %413
	%415 = icmp eq i32 %414, 0
	%416 = and i1 %407, %415
	br i1 %416, label %445, label %449

417:
	call void @llvm.nvvm.barrier0()
	%418 = sub i32 255, %0
	%419 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %418
	%420 = load i32, i32 addrspace(3)* %419
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %421
	%422 = and i32 %0, 31
	%423 = lshr i32 %0, 5
	%424 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %420, i32 1, i32 0)
	%425 = icmp uge i32 %422, 1
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %420, %426
	%428 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %427, i32 2, i32 0)
	%429 = icmp uge i32 %422, 2
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %427, %430
	%432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %431, i32 4, i32 0)
	%433 = icmp uge i32 %422, 4
	%434 = select i1 %433, i32 %432, i32 0
	%435 = add i32 %431, %434
	%436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %435, i32 8, i32 0)
	%437 = icmp uge i32 %422, 8
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %435, %438
	%440 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %439, i32 16, i32 0)
	%441 = icmp uge i32 %422, 16
	%442 = select i1 %441, i32 %440, i32 0
	%443 = add i32 %439, %442
	%444 = icmp eq i32 %422, 31
	br i1 %444, label %451, label %453

445:
	%446 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %409
	%447 = call i32 @llvm.ctpop.i32(i32 %411)
	%448 = atomicrmw add i32 addrspace(3)* %446, i32 %447 monotonic
	br label %449

449:
	%450 = add i32 %399, 256
	br label %398

451:
	%452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %423
	store i32 %443, i32 addrspace(3)* %452
	br label %453

453:
	call void @llvm.nvvm.barrier0()
	%454 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%455 = load i32, i32 addrspace(3)* %454
	%456 = icmp sgt i32 %423, 0
	%457 = select i1 %456, i32 %455, i32 0
	%458 = add i32 0, %457
	%459 = add i32 0, %455
	%460 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%461 = load i32, i32 addrspace(3)* %460
	%462 = icmp sgt i32 %423, 1
	%463 = select i1 %462, i32 %461, i32 0
	%464 = add i32 %458, %463
	%465 = add i32 %459, %461
	%466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%467 = load i32, i32 addrspace(3)* %466
	%468 = icmp sgt i32 %423, 2
	%469 = select i1 %468, i32 %467, i32 0
	%470 = add i32 %464, %469
	%471 = add i32 %465, %467
	%472 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%473 = load i32, i32 addrspace(3)* %472
	%474 = icmp sgt i32 %423, 3
	%475 = select i1 %474, i32 %473, i32 0
	%476 = add i32 %470, %475
	%477 = add i32 %471, %473
	%478 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%479 = load i32, i32 addrspace(3)* %478
	%480 = icmp sgt i32 %423, 4
	%481 = select i1 %480, i32 %479, i32 0
	%482 = add i32 %476, %481
	%483 = add i32 %477, %479
	%484 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%485 = load i32, i32 addrspace(3)* %484
	%486 = icmp sgt i32 %423, 5
	%487 = select i1 %486, i32 %485, i32 0
	%488 = add i32 %482, %487
	%489 = add i32 %483, %485
	%490 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%491 = load i32, i32 addrspace(3)* %490
	%492 = icmp sgt i32 %423, 6
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %488, %493
	%495 = add i32 %489, %491
	%496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%497 = load i32, i32 addrspace(3)* %496
	%498 = icmp sgt i32 %423, 7
	%499 = select i1 %498, i32 %497, i32 0
	%500 = add i32 %494, %499
	%501 = add i32 %495, %497
	%502 = add i32 %500, %443
	%503 = sub i32 %502, %420
	%504 = icmp slt i32 %503, %339
	%505 = add i32 %503, %420
	%506 = icmp sle i32 %339, %505
	%507 = and i1 %504, %506
	br i1 %507, label %508, label %511

508:
	%509 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %418, i32 addrspace(3)* %509
	%510 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %503, i32 addrspace(3)* %510
	br label %511

511:
	call void @llvm.nvvm.barrier0()
	%512 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%513 = load i32, i32 addrspace(3)* %512
	%514 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%515 = load i32, i32 addrspace(3)* %514
	%516 = sub i32 %339, %515
	%517 = shl i32 %513, 24
	%518 = or i32 0, %517
	%519 = or i32 0, u0xFF000000
	br label %520

520:
	%521 = phi i32 [ %0, %511 ], [ %572, %571 ]
	%522 = icmp slt i32 %521, %16
	br i1 %522, label %523, label %539

523:
	%524 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %521
	%525 = load i32, i32 addrspace(3)* %524
	%526 = icmp uge i32 %525, 2
	%527 = and i32 %525, %519
	%528 = icmp eq i32 %527, %518
	%529 = and i1 %526, %528
	%530 = lshr i32 %525, 16
	%531 = and i32 %530, 255
	%532 = select i1 %529, i32 %531, i32 256
	%533 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %532)
	%534 = shl i32 1, %3
	%535 = sub i32 %534, 1
	%536 = and i32 %533, %535
	%537 = icmp eq i32 %536, 0
	%538 = and i1 %529, %537
	br i1 %538, label %567, label %571

539:
	call void @llvm.nvvm.barrier0()
	%540 = sub i32 255, %0
	%541 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %540
	%542 = load i32, i32 addrspace(3)* %541
	%543 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %543
	%544 = and i32 %0, 31
	%545 = lshr i32 %0, 5
	%546 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %542, i32 1, i32 0)
	%547 = icmp uge i32 %544, 1
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %542, %548
	%550 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %549, i32 2, i32 0)
	%551 = icmp uge i32 %544, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %549, %552
	%554 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %553, i32 4, i32 0)
	%555 = icmp uge i32 %544, 4
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %553, %556
	%558 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %557, i32 8, i32 0)
	%559 = icmp uge i32 %544, 8
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %557, %560
	%562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %561, i32 16, i32 0)
	%563 = icmp uge i32 %544, 16
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %561, %564
	%566 = icmp eq i32 %544, 31
	br i1 %566, label %573, label %575

567:
	%568 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %531
	%569 = call i32 @llvm.ctpop.i32(i32 %533)
	%570 = atomicrmw add i32 addrspace(3)* %568, i32 %569 monotonic
	br label %571

571:
	%572 = add i32 %521, 256
	br label %520

573:
	%574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %545
	store i32 %565, i32 addrspace(3)* %574
	br label %575

575:
	call void @llvm.nvvm.barrier0()
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %545, 0
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 0, %579
	%581 = add i32 0, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %545, 1
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %545, 2
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %545, 3
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %545, 4
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %545, 5
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %545, 6
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%619 = load i32, i32 addrspace(3)* %618
	%620 = icmp sgt i32 %545, 7
	%621 = select i1 %620, i32 %619, i32 0
	%622 = add i32 %616, %621
	%623 = add i32 %617, %619
	%624 = add i32 %622, %565
	%625 = sub i32 %624, %542
	%626 = icmp slt i32 %625, %516
	%627 = add i32 %625, %542
	%628 = icmp sle i32 %516, %627
	%629 = and i1 %626, %628
	br i1 %629, label %630, label %633

630:
	%631 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %540, i32 addrspace(3)* %631
	%632 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %625, i32 addrspace(3)* %632
	br label %633

633:
	call void @llvm.nvvm.barrier0()
	%634 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%635 = load i32, i32 addrspace(3)* %634
	%636 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%637 = load i32, i32 addrspace(3)* %636
	%638 = sub i32 %516, %637
	%639 = shl i32 %635, 16
	%640 = or i32 %518, %639
	%641 = or i32 %519, u0xFF0000
	br label %642

642:
	%643 = phi i32 [ %0, %633 ], [ %694, %693 ]
	%644 = icmp slt i32 %643, %16
	br i1 %644, label %645, label %661

645:
	%646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %643
	%647 = load i32, i32 addrspace(3)* %646
	%648 = icmp uge i32 %647, 2
	%649 = and i32 %647, %641
	%650 = icmp eq i32 %649, %640
	%651 = and i1 %648, %650
	%652 = lshr i32 %647, 8
	%653 = and i32 %652, 255
	%654 = select i1 %651, i32 %653, i32 256
	%655 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %654)
	%656 = shl i32 1, %3
	%657 = sub i32 %656, 1
	%658 = and i32 %655, %657
	%659 = icmp eq i32 %658, 0
	%660 = and i1 %651, %659
	br i1 %660, label %689, label %693

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
	br i1 %688, label %695, label %697

689:
	%690 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %653
	%691 = call i32 @llvm.ctpop.i32(i32 %655)
	%692 = atomicrmw add i32 addrspace(3)* %690, i32 %691 monotonic
	br label %693

693:
	%694 = add i32 %643, 256
	br label %642

695:
	%696 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %667
	store i32 %687, i32 addrspace(3)* %696
	br label %697

697:
	call void @llvm.nvvm.barrier0()
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %667, 0
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 0, %701
	%703 = add i32 0, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %667, 1
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %667, 2
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %667, 3
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %667, 4
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %667, 5
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %667, 6
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%741 = load i32, i32 addrspace(3)* %740
	%742 = icmp sgt i32 %667, 7
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %738, %743
	%745 = add i32 %739, %741
	%746 = add i32 %744, %687
	%747 = sub i32 %746, %664
	%748 = icmp slt i32 %747, %638
	%749 = add i32 %747, %664
	%750 = icmp sle i32 %638, %749
	%751 = and i1 %748, %750
	br i1 %751, label %752, label %755

752:
	%753 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %662, i32 addrspace(3)* %753
	%754 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %747, i32 addrspace(3)* %754
	br label %755

755:
	call void @llvm.nvvm.barrier0()
	%756 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%757 = load i32, i32 addrspace(3)* %756
	%758 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%759 = load i32, i32 addrspace(3)* %758
	%760 = sub i32 %638, %759
	%761 = shl i32 %757, 8
	%762 = or i32 %640, %761
	%763 = or i32 %641, u0xFF00
	br label %764

764:
	%765 = phi i32 [ %0, %755 ], [ %816, %815 ]
	%766 = icmp slt i32 %765, %16
	br i1 %766, label %767, label %783

767:
	%768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %765
	%769 = load i32, i32 addrspace(3)* %768
	%770 = icmp uge i32 %769, 2
	%771 = and i32 %769, %763
	%772 = icmp eq i32 %771, %762
	%773 = and i1 %770, %772
	%774 = lshr i32 %769, 0
	%775 = and i32 %774, 255
	%776 = select i1 %773, i32 %775, i32 256
	%777 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %776)
	%778 = shl i32 1, %3
	%779 = sub i32 %778, 1
	%780 = and i32 %777, %779
	%781 = icmp eq i32 %780, 0
	%782 = and i1 %773, %781
	br i1 %782, label %811, label %815

783:
	call void @llvm.nvvm.barrier0()
	%784 = sub i32 255, %0
	%785 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %784
	%786 = load i32, i32 addrspace(3)* %785
	%787 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %787
	%788 = and i32 %0, 31
	%789 = lshr i32 %0, 5
	%790 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %786, i32 1, i32 0)
	%791 = icmp uge i32 %788, 1
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %786, %792
	%794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %793, i32 2, i32 0)
	%795 = icmp uge i32 %788, 2
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %793, %796
	%798 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %797, i32 4, i32 0)
	%799 = icmp uge i32 %788, 4
	%800 = select i1 %799, i32 %798, i32 0
	%801 = add i32 %797, %800
	%802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %801, i32 8, i32 0)
	%803 = icmp uge i32 %788, 8
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %801, %804
	%806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %805, i32 16, i32 0)
	%807 = icmp uge i32 %788, 16
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %805, %808
	%810 = icmp eq i32 %788, 31
	br i1 %810, label %817, label %819

811:
	%812 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %775
	%813 = call i32 @llvm.ctpop.i32(i32 %777)
	%814 = atomicrmw add i32 addrspace(3)* %812, i32 %813 monotonic
	br label %815

815:
	%816 = add i32 %765, 256
	br label %764

817:
	%818 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %789
	store i32 %809, i32 addrspace(3)* %818
	br label %819

819:
	call void @llvm.nvvm.barrier0()
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %789, 0
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 0, %823
	%825 = add i32 0, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %789, 1
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp sgt i32 %789, 2
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %830, %835
	%837 = add i32 %831, %833
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%839 = load i32, i32 addrspace(3)* %838
	%840 = icmp sgt i32 %789, 3
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %836, %841
	%843 = add i32 %837, %839
	%844 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%845 = load i32, i32 addrspace(3)* %844
	%846 = icmp sgt i32 %789, 4
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %842, %847
	%849 = add i32 %843, %845
	%850 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%851 = load i32, i32 addrspace(3)* %850
	%852 = icmp sgt i32 %789, 5
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %848, %853
	%855 = add i32 %849, %851
	%856 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%857 = load i32, i32 addrspace(3)* %856
	%858 = icmp sgt i32 %789, 6
	%859 = select i1 %858, i32 %857, i32 0
	%860 = add i32 %854, %859
	%861 = add i32 %855, %857
	%862 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%863 = load i32, i32 addrspace(3)* %862
	%864 = icmp sgt i32 %789, 7
	%865 = select i1 %864, i32 %863, i32 0
	%866 = add i32 %860, %865
	%867 = add i32 %861, %863
	%868 = add i32 %866, %809
	%869 = sub i32 %868, %786
	%870 = icmp slt i32 %869, %760
	%871 = add i32 %869, %786
	%872 = icmp sle i32 %760, %871
	%873 = and i1 %870, %872
	br i1 %873, label %874, label %877

874:
	%875 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %784, i32 addrspace(3)* %875
	%876 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %869, i32 addrspace(3)* %876
	br label %877

877:
	call void @llvm.nvvm.barrier0()
	%878 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%879 = load i32, i32 addrspace(3)* %878
	%880 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%881 = load i32, i32 addrspace(3)* %880
	%882 = sub i32 %760, %881
	%883 = shl i32 %879, 0
	%884 = or i32 %762, %883
	%885 = or i32 %763, 255
	%886 = shl i32 1, %3
	%887 = sub i32 %886, 1
	br label %888

888:
	%889 = phi i32 [ 0, %877 ], [ %943, %942 ]
	%890 = icmp slt i32 %889, %16
	br i1 %890, label %891, label %900

891:
	%892 = add i32 %889, %0
	%893 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %892
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp ugt i32 %894, %884
	%896 = icmp eq i32 %894, %884
	%897 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %895)
	%898 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %896)
	%899 = icmp eq i32 %3, 0
	br i1 %899, label %934, label %942

900:
	call void @llvm.nvvm.barrier0()
	%901 = sdiv i32 %16, 256
	%902 = mul i32 %901, 8
	%903 = icmp slt i32 %0, %902
	%904 = select i1 %903, i32 %0, i32 0
	%905 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %904
	%906 = load i32, i32 addrspace(3)* %905
	%907 = select i1 %903, i32 %906, i32 0
	%908 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %904
	%909 = load i32, i32 addrspace(3)* %908
	%910 = select i1 %903, i32 %909, i32 0
	%911 = and i32 %0, 31
	%912 = lshr i32 %0, 5
	%913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %910, i32 1, i32 0)
	%914 = icmp uge i32 %911, 1
	%915 = select i1 %914, i32 %913, i32 0
	%916 = add i32 %910, %915
	%917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %916, i32 2, i32 0)
	%918 = icmp uge i32 %911, 2
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %916, %919
	%921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %920, i32 4, i32 0)
	%922 = icmp uge i32 %911, 4
	%923 = select i1 %922, i32 %921, i32 0
	%924 = add i32 %920, %923
	%925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %924, i32 8, i32 0)
	%926 = icmp uge i32 %911, 8
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %924, %927
	%929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %928, i32 16, i32 0)
	%930 = icmp uge i32 %911, 16
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %928, %931
	%933 = icmp eq i32 %911, 31
	br i1 %933, label %944, label %946

934:
	%935 = sdiv i32 %889, 256
	%936 = mul i32 %935, 8
	%937 = add i32 %936, %4
	%938 = call i32 @llvm.ctpop.i32(i32 %897)
	%939 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %937
	store i32 %938, i32 addrspace(3)* %939
	%940 = call i32 @llvm.ctpop.i32(i32 %898)
	%941 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %937
	store i32 %940, i32 addrspace(3)* %941
	br label %942

942:
	%943 = add i32 %889, 256
	br label %888

944:
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %912
	store i32 %932, i32 addrspace(3)* %945
	br label %946

946:
	call void @llvm.nvvm.barrier0()
	%947 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%948 = load i32, i32 addrspace(3)* %947
	%949 = icmp sgt i32 %912, 0
	%950 = select i1 %949, i32 %948, i32 0
	%951 = add i32 0, %950
	%952 = add i32 0, %948
	%953 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%954 = load i32, i32 addrspace(3)* %953
	%955 = icmp sgt i32 %912, 1
	%956 = select i1 %955, i32 %954, i32 0
	%957 = add i32 %951, %956
	%958 = add i32 %952, %954
	%959 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%960 = load i32, i32 addrspace(3)* %959
	%961 = icmp sgt i32 %912, 2
	%962 = select i1 %961, i32 %960, i32 0
	%963 = add i32 %957, %962
	%964 = add i32 %958, %960
	%965 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%966 = load i32, i32 addrspace(3)* %965
	%967 = icmp sgt i32 %912, 3
	%968 = select i1 %967, i32 %966, i32 0
	%969 = add i32 %963, %968
	%970 = add i32 %964, %966
	%971 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%972 = load i32, i32 addrspace(3)* %971
	%973 = icmp sgt i32 %912, 4
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %969, %974
	%976 = add i32 %970, %972
	%977 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%978 = load i32, i32 addrspace(3)* %977
	%979 = icmp sgt i32 %912, 5
	%980 = select i1 %979, i32 %978, i32 0
	%981 = add i32 %975, %980
	%982 = add i32 %976, %978
	%983 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp sgt i32 %912, 6
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %981, %986
	%988 = add i32 %982, %984
	%989 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%990 = load i32, i32 addrspace(3)* %989
	%991 = icmp sgt i32 %912, 7
	%992 = select i1 %991, i32 %990, i32 0
	%993 = add i32 %987, %992
	%994 = add i32 %988, %990
	%995 = add i32 %993, %932
	%996 = sub i32 %995, %910
	%997 = sub i32 %882, %996
	%998 = icmp sgt i32 %997, 0
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = icmp slt i32 %999, %910
	%1001 = select i1 %1000, i32 %999, i32 %910
	%1002 = add i32 %907, %1001
	%1003 = and i32 %0, 31
	%1004 = lshr i32 %0, 5
	%1005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 1, i32 0)
	%1006 = icmp uge i32 %1003, 1
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1002, %1007
	%1009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1008, i32 2, i32 0)
	%1010 = icmp uge i32 %1003, 2
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = add i32 %1008, %1011
	%1013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1012, i32 4, i32 0)
	%1014 = icmp uge i32 %1003, 4
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = add i32 %1012, %1015
	%1017 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1016, i32 8, i32 0)
	%1018 = icmp uge i32 %1003, 8
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1016, %1019
	%1021 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1020, i32 16, i32 0)
	%1022 = icmp uge i32 %1003, 16
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1020, %1023
	%1025 = icmp eq i32 %1003, 31
	br i1 %1025, label %1026, label %1028

1026:
	%1027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1004
	store i32 %1024, i32 addrspace(3)* %1027
	br label %1028

1028:
	call void @llvm.nvvm.barrier0()
	%1029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1030 = load i32, i32 addrspace(3)* %1029
	%1031 = icmp sgt i32 %1004, 0
	%1032 = select i1 %1031, i32 %1030, i32 0
	%1033 = add i32 0, %1032
	%1034 = add i32 0, %1030
	%1035 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1036 = load i32, i32 addrspace(3)* %1035
	%1037 = icmp sgt i32 %1004, 1
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = add i32 %1033, %1038
	%1040 = add i32 %1034, %1036
	%1041 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1042 = load i32, i32 addrspace(3)* %1041
	%1043 = icmp sgt i32 %1004, 2
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 %1039, %1044
	%1046 = add i32 %1040, %1042
	%1047 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1048 = load i32, i32 addrspace(3)* %1047
	%1049 = icmp sgt i32 %1004, 3
	%1050 = select i1 %1049, i32 %1048, i32 0
	%1051 = add i32 %1045, %1050
	%1052 = add i32 %1046, %1048
	%1053 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1054 = load i32, i32 addrspace(3)* %1053
	%1055 = icmp sgt i32 %1004, 4
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1051, %1056
	%1058 = add i32 %1052, %1054
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1060 = load i32, i32 addrspace(3)* %1059
	%1061 = icmp sgt i32 %1004, 5
	%1062 = select i1 %1061, i32 %1060, i32 0
	%1063 = add i32 %1057, %1062
	%1064 = add i32 %1058, %1060
	%1065 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1066 = load i32, i32 addrspace(3)* %1065
	%1067 = icmp sgt i32 %1004, 6
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1063, %1068
	%1070 = add i32 %1064, %1066
	%1071 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1072 = load i32, i32 addrspace(3)* %1071
	%1073 = icmp sgt i32 %1004, 7
	%1074 = select i1 %1073, i32 %1072, i32 0
	%1075 = add i32 %1069, %1074
	%1076 = add i32 %1070, %1072
	%1077 = add i32 %1075, %1024
	%1078 = sub i32 %1077, %1002
	br i1 %903, label %1079, label %1082

1079:
	%1080 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1078, i32 addrspace(3)* %1080
	%1081 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %996, i32 addrspace(3)* %1081
	br label %1082

1082:
	call void @llvm.nvvm.barrier0()
	br label %1083

1083:
	%1084 = phi i32 [ 0, %1082 ], [ %1116, %1115 ]
	%1085 = icmp slt i32 %1084, %16
	br i1 %1085, label %1086, label %1111

1086:
	%1087 = add i32 %1084, %0
	%1088 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1087
	%1089 = load i32, i32 addrspace(3)* %1088
	%1090 = icmp ugt i32 %1089, %884
	%1091 = icmp eq i32 %1089, %884
	%1092 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1090)
	%1093 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1094 = sdiv i32 %1084, 256
	%1095 = mul i32 %1094, 8
	%1096 = add i32 %1095, %4
	%1097 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1096
	%1098 = load i32, i32 addrspace(3)* %1097
	%1099 = and i32 %1093, %887
	%1100 = call i32 @llvm.ctpop.i32(i32 %1099)
	%1101 = add i32 %1098, %1100
	%1102 = icmp slt i32 %1101, %882
	%1103 = and i1 %1091, %1102
	%1104 = or i1 %1090, %1103
	%1105 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1104)
	%1106 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1096
	%1107 = load i32, i32 addrspace(3)* %1106
	%1108 = and i32 %1105, %887
	%1109 = call i32 @llvm.ctpop.i32(i32 %1108)
	%1110 = add i32 %1107, %1109
	br i1 %1104, label %1112, label %1115

1111:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1112:
	%1113 = add i32 %1084, %0
	%1114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1110
	store i32 %1113, i32 addrspace(3)* %1114
	br label %1115

1115:
	%1116 = add i32 %1084, 256
	br label %1083

write_rank:
	br i1 %396, label %1208, label %1214

write_sort:
	%1117 = sub i32 %339, 1
	%1118 = call i32 @llvm.ctlz.i32(i32 %1117, i1 false)
	%1119 = icmp sgt i32 %339, 1
	%1120 = sub i32 32, %1118
	%1121 = select i1 %1119, i32 %1120, i32 0
	%1122 = shl i32 1, %1121
	%1123 = add i32 %339, %0
	br label %1126

write_done:
	%1124 = add i32 %326, %339
	%1125 = add i32 %1124, %0
	br label %1247

1126:
	%1127 = phi i32 [ %1123, %write_sort ], [ %1131, %1129 ]
	%1128 = icmp slt i32 %1127, %1122
	br i1 %1128, label %1129, label %1132

1129:
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1127
	store i32 -1, i32 addrspace(3)* %1130
	%1131 = add i32 %1127, 256
	br label %1126

1132:
	call void @llvm.nvvm.barrier0()
	%1133 = add i32 %1121, 1
	br label %1134

1134:
	%1135 = phi i32 [ 1, %1132 ], [ %1151, %1150 ]
	%1136 = icmp slt i32 %1135, %1133
	br i1 %1136, label %1137, label %1139

1137:
	%1138 = shl i32 1, %1135
	br label %1140

1139:
	br label %1192

1140:
	%1141 = phi i32 [ 0, %1137 ], [ %1186, %1185 ]
	%1142 = icmp slt i32 %1141, %1135
	br i1 %1142, label %1143, label %1150

1143:
	%1144 = sub i32 %1135, 1
	%1145 = sub i32 %1144, %1141
	%1146 = shl i32 1, %1145
	%1147 = sub i32 %1135, 1
	%1148 = sub i32 %1147, %1141
	%1149 = lshr i32 %1122, 1
	br label %1152

1150:
	%1151 = add i32 %1135, 1
	br label %1134

1152:
	%1153 = phi i32 [ %0, %1143 ], [ %1191, %1190 ]
	%1154 = icmp slt i32 %1153, %1149
	br i1 %1154, label %1155, label %1185

1155:
	%1156 = lshr i32 %1153, %1148
	%1157 = add i32 %1148, 1
	%1158 = shl i32 %1156, %1157
	%1159 = sub i32 %1146, 1
	%1160 = and i32 %1153, %1159
	%1161 = or i32 %1158, %1160
	%1162 = or i32 %1161, %1146
	%1163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1161
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1162
	%1166 = load i32, i32 addrspace(3)* %1165
	%1167 = and i32 %1161, %1138
	%1168 = icmp eq i32 %1167, 0
	%1169 = icmp sge i32 %1166, 0
	%1170 = select i1 %1169, i32 %1166, i32 0
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	%1173 = select i1 %1169, i32 %1172, i32 0
	%1174 = icmp sge i32 %1164, 0
	%1175 = select i1 %1174, i32 %1164, i32 0
	%1176 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1175
	%1177 = load i32, i32 addrspace(3)* %1176
	%1178 = select i1 %1174, i32 %1177, i32 0
	%1179 = icmp ugt i32 %1173, %1178
	%1180 = icmp eq i32 %1173, %1178
	%1181 = icmp slt i32 %1166, %1164
	%1182 = and i1 %1180, %1181
	%1183 = or i1 %1179, %1182
	%1184 = icmp eq i1 %1183, %1168
	br i1 %1184, label %1187, label %1190

1185:
	call void @llvm.nvvm.barrier0()
	%1186 = add i32 %1141, 1
	br label %1140

1187:
	%1188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1161
	store i32 %1166, i32 addrspace(3)* %1188
	%1189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1162
	store i32 %1164, i32 addrspace(3)* %1189
	br label %1190

1190:
	%1191 = add i32 %1153, 256
	br label %1152

1192:
	%1193 = phi i32 [ %0, %1139 ], [ %1206, %1195 ]
	%1194 = icmp slt i32 %1193, %339
	br i1 %1194, label %1195, label %1207

1195:
	%1196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1193
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = add i32 %326, %1193
	%1199 = add i32 %13, %1198
	%1200 = sext i32 %1199 to i64
	%1201 = getelementptr i32, i32* %list, i64 %1200
	store i32 %1197, i32* %1201
	%1202 = add i32 %13, %NK
	%1203 = add i32 %1202, %1198
	%1204 = sext i32 %1203 to i64
	%1205 = getelementptr i32, i32* %list, i64 %1204
	store i32 0, i32* %1205
	%1206 = add i32 %1193, 256
	br label %1192

1207:
	br label %write_done

1208:
	%1209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1210 = load i32, i32 addrspace(3)* %1209
	%1211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1210
	%1212 = load i32, i32 addrspace(3)* %1211
	%1213 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1212, i32 addrspace(3)* %1213
	br label %1214

1214:
	call void @llvm.nvvm.barrier0()
	br i1 %396, label %1215, label %1220

1215:
	%1216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1217 = load i32, i32 addrspace(3)* %1216
	%1218 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1219 = load i32, i32 addrspace(3)* %1218
	br label %1221

1220:
	br label %write_done

1221:
	%1222 = phi i32 [ 0, %1215 ], [ %1237, %1225 ]
	%1223 = phi i32 [ 0, %1215 ], [ %1236, %1225 ]
	%1224 = icmp slt i32 %1222, %339
	br i1 %1224, label %1225, label %1238

1225:
	%1226 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1222
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1222
	%1229 = load i32, i32 addrspace(3)* %1228
	%1230 = icmp ugt i32 %1227, %1219
	%1231 = icmp eq i32 %1227, %1219
	%1232 = icmp slt i32 %1229, %1217
	%1233 = and i1 %1231, %1232
	%1234 = or i1 %1230, %1233
	%1235 = zext i1 %1234 to i32
	%1236 = add i32 %1223, %1235
	%1237 = add i32 %1222, 1
	br label %1221

1238:
	%1239 = add i32 %326, %1223
	%1240 = add i32 %13, %1239
	%1241 = sext i32 %1240 to i64
	%1242 = getelementptr i32, i32* %list, i64 %1241
	store i32 %1217, i32* %1242
	%1243 = add i32 %13, %NK
	%1244 = add i32 %1243, %1239
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr i32, i32* %list, i64 %1245
	store i32 0, i32* %1246
	br label %1220

1247:
	%1248 = phi i32 [ %1125, %write_done ], [ %1258, %1250 ]
	%1249 = icmp slt i32 %1248, %NK
	br i1 %1249, label %1250, label %1259

1250:
	%1251 = add i32 %13, %1248
	%1252 = sext i32 %1251 to i64
	%1253 = getelementptr i32, i32* %list, i64 %1252
	store i32 -1, i32* %1253
	%1254 = add i32 %13, %NK
	%1255 = add i32 %1254, %1248
	%1256 = sext i32 %1255 to i64
	%1257 = getelementptr i32, i32* %list, i64 %1256
	store i32 -1, i32* %1257
	%1258 = add i32 %1248, 256
	br label %1247

1259:
	ret void
}
