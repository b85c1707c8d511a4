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
	%233 = sub i32 64, 1
	%234 = add i32 %232, %233
	%235 = sdiv i32 %234, 64
	%236 = sub i32 0, %235
	%237 = sdiv i32 %224, 64
	%238 = select i1 %231, i32 %236, i32 %237
	%239 = icmp slt i32 %230, 0
	%240 = sub i32 0, %230
	%241 = sub i32 64, 1
	%242 = add i32 %240, %241
	%243 = sdiv i32 %242, 64
	%244 = sub i32 0, %243
	%245 = sdiv i32 %230, 64
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
	br i1 %323, label %339, label %347

324:
	call void @llvm.nvvm.barrier0()
	%325 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%326 = load i32, i32 addrspace(3)* %325
	%327 = sub i32 %318, %326
	%328 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%329 = load double, double addrspace(3)* %328
	%330 = fsub double 0x3FEE666666666666, %329
	%331 = fmul double %330, 262144.0
	%332 = call double @llvm.ceil.f64(double %331)
	%333 = call double @llvm.maxnum.f64(double %332, double 0.0)
	%334 = call double @llvm.minnum.f64(double %333, double 1.073741824e+09)
	%335 = fptosi double %334 to i32
	%336 = add i32 %335, 1
	call void @llvm.nvvm.barrier0()
	%337 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %337
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %338
	call void @llvm.nvvm.barrier0()
	br label %393

339:
	%340 = add i32 %13, 0
	%341 = sext i32 %340 to i64
	%342 = getelementptr i32, i32* %list, i64 %341
	store i32 0, i32* %342
	%343 = add i32 %13, %NK
	%344 = add i32 %343, 0
	%345 = sext i32 %344 to i64
	%346 = getelementptr i32, i32* %list, i64 %345
	store i32 1, i32* %346
	br label %347

347:
	%348 = add i32 %11, 0
	%349 = sext i32 %348 to i64
	%350 = getelementptr float, float* %e, i64 %349
	%351 = load float, float* %350
	%352 = add i32 0, 1
	%353 = select i1 %323, i32 %352, i32 0
	%354 = fpext float %351 to double
	%355 = fadd double 0.0, %354
	%356 = select i1 %323, double %355, double 0.0
	%357 = icmp sgt i32 %238, 1
	%358 = select i1 %357, i32 %238, i32 1
	%359 = add i32 %246, 1
	%360 = icmp slt i32 %359, %NK
	%361 = select i1 %360, i32 %359, i32 %NK
	br label %362

362:
	%363 = phi i32 [ %358, %347 ], [ %392, %382 ]
	%364 = phi i32 [ %353, %347 ], [ %388, %382 ]
	%365 = phi double [ %356, %347 ], [ %391, %382 ]
	%366 = icmp slt i32 %363, %361
	br i1 %366, label %367, label %371

367:
	%368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %363
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp eq i32 %369, 1
	br i1 %370, label %374, label %382

371:
	%372 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %364, i32 addrspace(3)* %372
	%373 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %365, double addrspace(3)* %373
	br label %324

374:
	%375 = add i32 %13, %364
	%376 = sext i32 %375 to i64
	%377 = getelementptr i32, i32* %list, i64 %376
	store i32 %363, i32* %377
	%378 = add i32 %13, %NK
	%379 = add i32 %378, %364
	%380 = sext i32 %379 to i64
	%381 = getelementptr i32, i32* %list, i64 %380
	store i32 1, i32* %381
	br label %382

382:
	%383 = add i32 %11, %363
	%384 = sext i32 %383 to i64
	%385 = getelementptr float, float* %e, i64 %384
	%386 = load float, float* %385
	%387 = add i32 %364, 1
	%388 = select i1 %370, i32 %387, i32 %364
	%389 = fpext float %386 to double
	%390 = fadd double %365, %389
	%391 = select i1 %370, double %390, double %365
	%392 = add i32 %363, 1
	br label %362

393:
	%394 = phi i32 [ %0, %324 ], [ %460, %459 ]
	%395 = icmp slt i32 %394, %16
	br i1 %395, label %396, label %412

396:
	%397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %394
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp uge i32 %398, 2
	%400 = and i32 %398, 0
	%401 = icmp eq i32 %400, 0
	%402 = and i1 %399, %401
	%403 = lshr i32 %398, 24
	%404 = and i32 %403, 255
	%405 = select i1 %402, i32 %404, i32 256
	%406 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %405)
	%407 = shl i32 1, %3
	%408 = sub i32 %407, 1
	%409 = and i32 %406, %408
	%410 = icmp eq i32 %409, 0
	%411 = and i1 %402, %410
	br i1 %411, label %441, label %445

412:
	call void @llvm.nvvm.barrier0()
	%413 = sub i32 255, %0
	%414 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %413
	%415 = load i32, i32 addrspace(3)* %414
	%416 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %413
	%417 = load i32, i32 addrspace(3)* %416
	%418 = and i32 %0, 31
	%419 = lshr i32 %0, 5
	%420 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %417, i32 1, i32 0)
	%421 = icmp uge i32 %418, 1
	%422 = select i1 %421, i32 %420, i32 0
	%423 = add i32 %417, %422
	%424 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %423, i32 2, i32 0)
	%425 = icmp uge i32 %418, 2
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %423, %426
	%428 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %427, i32 4, i32 0)
	%429 = icmp uge i32 %418, 4
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %427, %430
	%432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %431, i32 8, i32 0)
	%433 = icmp uge i32 %418, 8
	%434 = select i1 %433, i32 %432, i32 0
	%435 = add i32 %431, %434
	%436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %435, i32 16, i32 0)
	%437 = icmp uge i32 %418, 16
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %435, %438
	%440 = icmp eq i32 %418, 31
	br i1 %440, label %461, label %463

441:
	%442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %404
	%443 = call i32 @llvm.ctpop.i32(i32 %406)
	%444 = atomicrmw add i32 addrspace(3)* %442, i32 %443 monotonic
	br label %445

445:
	%446 = sub i32 %398, 2
	%447 = bitcast i32 %446 to float
	%448 = fcmp ogt float %447, 0.0
	%449 = select i1 %448, float %447, float 0.0
	%450 = fcmp olt float %449, 1.0
	%451 = select i1 %450, float %449, float 1.0
	%452 = fmul float %451, 262144.0
	%453 = fptosi float %452 to i32
	%454 = icmp sgt i32 %453, 0
	%455 = and i1 %402, %454
	br i1 %455, label %456, label %459

456:
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %404
	%458 = atomicrmw add i32 addrspace(3)* %457, i32 %453 monotonic
	br label %459

459:
	%460 = add i32 %394, 256
	br label %393

461:
	%462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %419
	store i32 %439, i32 addrspace(3)* %462
	br label %463

463:
	call void @llvm.nvvm.barrier0()
	%464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%465 = load i32, i32 addrspace(3)* %464
	%466 = icmp sgt i32 %419, 0
	%467 = select i1 %466, i32 %465, i32 0
	%468 = add i32 0, %467
	%469 = add i32 0, %465
	%470 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%471 = load i32, i32 addrspace(3)* %470
	%472 = icmp sgt i32 %419, 1
	%473 = select i1 %472, i32 %471, i32 0
	%474 = add i32 %468, %473
	%475 = add i32 %469, %471
	%476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%477 = load i32, i32 addrspace(3)* %476
	%478 = icmp sgt i32 %419, 2
	%479 = select i1 %478, i32 %477, i32 0
	%480 = add i32 %474, %479
	%481 = add i32 %475, %477
	%482 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp sgt i32 %419, 3
	%485 = select i1 %484, i32 %483, i32 0
	%486 = add i32 %480, %485
	%487 = add i32 %481, %483
	%488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp sgt i32 %419, 4
	%491 = select i1 %490, i32 %489, i32 0
	%492 = add i32 %486, %491
	%493 = add i32 %487, %489
	%494 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%495 = load i32, i32 addrspace(3)* %494
	%496 = icmp sgt i32 %419, 5
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %492, %497
	%499 = add i32 %493, %495
	%500 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%501 = load i32, i32 addrspace(3)* %500
	%502 = icmp sgt i32 %419, 6
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %498, %503
	%505 = add i32 %499, %501
	%506 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%507 = load i32, i32 addrspace(3)* %506
	%508 = icmp sgt i32 %419, 7
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %504, %509
	%511 = add i32 %505, %507
	%512 = add i32 %510, %439
	%513 = sub i32 %512, %417
	%514 = and i32 %0, 31
	%515 = lshr i32 %0, 5
	%516 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %415, i32 1, i32 0)
	%517 = icmp uge i32 %514, 1
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %415, %518
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %519, i32 2, i32 0)
	%521 = icmp uge i32 %514, 2
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %519, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 4, i32 0)
	%525 = icmp uge i32 %514, 4
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 8, i32 0)
	%529 = icmp uge i32 %514, 8
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %531, i32 16, i32 0)
	%533 = icmp uge i32 %514, 16
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %531, %534
	%536 = icmp eq i32 %514, 31
	br i1 %536, label %537, label %539

537:
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %515
	store i32 %535, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %515, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %515, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %515, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %515, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %515, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %515, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %515, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %515, 7
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = add i32 %586, %535
	%589 = sub i32 %588, %415
	%590 = icmp slt i32 %513, %336
	%591 = add i32 %513, %417
	%592 = icmp sle i32 %336, %591
	%593 = and i1 %590, %592
	%594 = icmp slt i32 %511, %336
	%595 = icmp eq i32 %0, 0
	%596 = and i1 %594, %595
	%597 = or i1 %593, %596
	br i1 %597, label %598, label %604

598:
	%599 = select i1 %594, i32 0, i32 %413
	%600 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %599, i32 addrspace(3)* %600
	%601 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %513, i32 addrspace(3)* %601
	%602 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %589, i32 addrspace(3)* %602
	%603 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %415, i32 addrspace(3)* %603
	br label %604

604:
	call void @llvm.nvvm.barrier0()
	%605 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%606 = load i32, i32 addrspace(3)* %605
	%607 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%608 = load i32, i32 addrspace(3)* %607
	%609 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%610 = load i32, i32 addrspace(3)* %609
	%611 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%612 = load i32, i32 addrspace(3)* %611
	%613 = shl i32 %606, 24
	%614 = or i32 0, %613
	%615 = sub i32 %336, %608
	%616 = add i32 0, %610
	%617 = or i1 false, %594
	%618 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %619
	%620 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %620
	call void @llvm.nvvm.barrier0()
	br label %621

621:
	%622 = phi i32 [ %0, %604 ], [ %688, %687 ]
	%623 = icmp slt i32 %622, %16
	br i1 %623, label %624, label %640

624:
	%625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %622
	%626 = load i32, i32 addrspace(3)* %625
	%627 = icmp uge i32 %626, 2
	%628 = and i32 %626, %618
	%629 = icmp eq i32 %628, %614
	%630 = and i1 %627, %629
	%631 = lshr i32 %626, 16
	%632 = and i32 %631, 255
	%633 = select i1 %630, i32 %632, i32 256
	%634 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %633)
	%635 = shl i32 1, %3
	%636 = sub i32 %635, 1
	%637 = and i32 %634, %636
	%638 = icmp eq i32 %637, 0
	%639 = and i1 %630, %638
	br i1 %639, label %669, label %673

640:
	call void @llvm.nvvm.barrier0()
	%641 = sub i32 255, %0
	%642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %641
	%643 = load i32, i32 addrspace(3)* %642
	%644 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %641
	%645 = load i32, i32 addrspace(3)* %644
	%646 = and i32 %0, 31
	%647 = lshr i32 %0, 5
	%648 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %645, i32 1, i32 0)
	%649 = icmp uge i32 %646, 1
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %645, %650
	%652 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %651, i32 2, i32 0)
	%653 = icmp uge i32 %646, 2
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %651, %654
	%656 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %655, i32 4, i32 0)
	%657 = icmp uge i32 %646, 4
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %655, %658
	%660 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %659, i32 8, i32 0)
	%661 = icmp uge i32 %646, 8
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %659, %662
	%664 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %663, i32 16, i32 0)
	%665 = icmp uge i32 %646, 16
	%666 = select i1 %665, i32 %664, i32 0
	%667 = add i32 %663, %666
	%668 = icmp eq i32 %646, 31
	br i1 %668, label %689, label %691

669:
	%670 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %632
	%671 = call i32 @llvm.ctpop.i32(i32 %634)
	%672 = atomicrmw add i32 addrspace(3)* %670, i32 %671 monotonic
	br label %673

673:
	%674 = sub i32 %626, 2
	%675 = bitcast i32 %674 to float
	%676 = fcmp ogt float %675, 0.0
	%677 = select i1 %676, float %675, float 0.0
	%678 = fcmp olt float %677, 1.0
	%679 = select i1 %678, float %677, float 1.0
	%680 = fmul float %679, 262144.0
	%681 = fptosi float %680 to i32
	%682 = icmp sgt i32 %681, 0
	%683 = and i1 %630, %682
	br i1 %683, label %684, label %687

684:
	%685 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %632
	%686 = atomicrmw add i32 addrspace(3)* %685, i32 %681 monotonic
	br label %687

687:
	%688 = add i32 %622, 256
	br label %621

689:
	%690 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %647
	store i32 %667, i32 addrspace(3)* %690
	br label %691

691:
	call void @llvm.nvvm.barrier0()
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %647, 0
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 0, %695
	%697 = add i32 0, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %647, 1
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %647, 2
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %647, 3
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %647, 4
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %647, 5
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %647, 6
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %647, 7
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = add i32 %738, %667
	%741 = sub i32 %740, %645
	%742 = and i32 %0, 31
	%743 = lshr i32 %0, 5
	%744 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %643, i32 1, i32 0)
	%745 = icmp uge i32 %742, 1
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %643, %746
	%748 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %747, i32 2, i32 0)
	%749 = icmp uge i32 %742, 2
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %747, %750
	%752 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %751, i32 4, i32 0)
	%753 = icmp uge i32 %742, 4
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %751, %754
	%756 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %755, i32 8, i32 0)
	%757 = icmp uge i32 %742, 8
	%758 = select i1 %757, i32 %756, i32 0
	%759 = add i32 %755, %758
	%760 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %759, i32 16, i32 0)
	%761 = icmp uge i32 %742, 16
	%762 = select i1 %761, i32 %760, i32 0
	%763 = add i32 %759, %762
	%764 = icmp eq i32 %742, 31
	br i1 %764, label %765, label %767

765:
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %743
	store i32 %763, i32 addrspace(3)* %766
	br label %767

767:
	call void @llvm.nvvm.barrier0()
	%768 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%769 = load i32, i32 addrspace(3)* %768
	%770 = icmp sgt i32 %743, 0
	%771 = select i1 %770, i32 %769, i32 0
	%772 = add i32 0, %771
	%773 = add i32 0, %769
	%774 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%775 = load i32, i32 addrspace(3)* %774
	%776 = icmp sgt i32 %743, 1
	%777 = select i1 %776, i32 %775, i32 0
	%778 = add i32 %772, %777
	%779 = add i32 %773, %775
	%780 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%781 = load i32, i32 addrspace(3)* %780
	%782 = icmp sgt i32 %743, 2
	%783 = select i1 %782, i32 %781, i32 0
	%784 = add i32 %778, %783
	%785 = add i32 %779, %781
	%786 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%787 = load i32, i32 addrspace(3)* %786
	%788 = icmp sgt i32 %743, 3
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %784, %789
	%791 = add i32 %785, %787
	%792 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%793 = load i32, i32 addrspace(3)* %792
	%794 = icmp sgt i32 %743, 4
	%795 = select i1 %794, i32 %793, i32 0
	%796 = add i32 %790, %795
	%797 = add i32 %791, %793
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %743, 5
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 %796, %801
	%803 = add i32 %797, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %743, 6
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %743, 7
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = add i32 %814, %763
	%817 = sub i32 %816, %643
	%818 = icmp slt i32 %741, %615
	%819 = add i32 %741, %645
	%820 = icmp sle i32 %615, %819
	%821 = and i1 %818, %820
	%822 = icmp slt i32 %739, %615
	%823 = icmp eq i32 %0, 0
	%824 = and i1 %822, %823
	%825 = or i1 %821, %824
	br i1 %825, label %826, label %832

826:
	%827 = select i1 %822, i32 0, i32 %641
	%828 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %827, i32 addrspace(3)* %828
	%829 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %741, i32 addrspace(3)* %829
	%830 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %817, i32 addrspace(3)* %830
	%831 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %643, i32 addrspace(3)* %831
	br label %832

832:
	call void @llvm.nvvm.barrier0()
	%833 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%834 = load i32, i32 addrspace(3)* %833
	%835 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%836 = load i32, i32 addrspace(3)* %835
	%837 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%838 = load i32, i32 addrspace(3)* %837
	%839 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%840 = load i32, i32 addrspace(3)* %839
	%841 = shl i32 %834, 16
	%842 = or i32 %614, %841
	%843 = sub i32 %615, %836
	%844 = add i32 %616, %838
	%845 = or i1 %617, %822
	%846 = or i32 %618, u0xFF0000
	%847 = add i32 %844, %840
	%848 = select i1 %845, i32 %327, i32 %847
	%849 = select i1 %845, i32 2, i32 %842
	%850 = icmp sge i32 %848, 0
	%851 = sub i32 %849, 1
	%852 = icmp slt i32 0, %327
	%853 = select i1 %852, i32 0, i32 %327
	%854 = select i1 %850, i32 %848, i32 %853
	br label %mass

mass:
	%855 = phi i32 [ %854, %832 ], [ %1821, %1809 ]
	%856 = phi i1 [ true, %832 ], [ false, %1809 ]
	%857 = and i1 %856, %850
	br i1 %857, label %mass_bins, label %mass_topk

mass_done:
	%858 = icmp sgt i32 %1811, 0
	%859 = select i1 %858, i32 %1811, i32 0
	%860 = add i32 %326, %859
	%861 = add i32 %860, %0
	br label %2294

mass_bins:
	%862 = shl i32 1, %3
	%863 = sub i32 %862, 1
	br label %872

mass_topk:
	%864 = icmp sgt i32 %855, 0
	br i1 %864, label %topk, label %topk_done

mass_taken:
	%865 = sub i32 %855, 1
	%866 = call i32 @llvm.ctlz.i32(i32 %865, i1 false)
	%867 = icmp sgt i32 %855, 1
	%868 = sub i32 32, %866
	%869 = select i1 %867, i32 %868, i32 0
	%870 = shl i32 1, %869
	%871 = add i32 %855, %0
	br label %1723

872:
	%873 = phi i32 [ 0, %mass_bins ], [ %921, %920 ]
	%874 = icmp slt i32 %873, %16
	br i1 %874, label %875, label %883

875:
	%876 = add i32 %873, %0
	%877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %876
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp ugt i32 %878, %851
	%880 = icmp eq i32 %878, %851
	%881 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %879)
	%882 = icmp eq i32 %3, 0
	br i1 %882, label %914, label %920

883:
	call void @llvm.nvvm.barrier0()
	%884 = sdiv i32 %16, 256
	%885 = mul i32 %884, 8
	%886 = icmp slt i32 %0, %885
	%887 = select i1 %886, i32 %0, i32 0
	%888 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %887
	%889 = load i32, i32 addrspace(3)* %888
	%890 = select i1 %886, i32 %889, i32 0
	%891 = and i32 %0, 31
	%892 = lshr i32 %0, 5
	%893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %890, i32 1, i32 0)
	%894 = icmp uge i32 %891, 1
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %896, i32 2, i32 0)
	%898 = icmp uge i32 %891, 2
	%899 = select i1 %898, i32 %897, i32 0
	%900 = add i32 %896, %899
	%901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %900, i32 4, i32 0)
	%902 = icmp uge i32 %891, 4
	%903 = select i1 %902, i32 %901, i32 0
	%904 = add i32 %900, %903
	%905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 8, i32 0)
	%906 = icmp uge i32 %891, 8
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %904, %907
	%909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %908, i32 16, i32 0)
	%910 = icmp uge i32 %891, 16
	%911 = select i1 %910, i32 %909, i32 0
	%912 = add i32 %908, %911
	%913 = icmp eq i32 %891, 31
	br i1 %913, label %922, label %924

914:
	%915 = sdiv i32 %873, 256
	%916 = mul i32 %915, 8
	%917 = add i32 %916, %4
	%918 = call i32 @llvm.ctpop.i32(i32 %881)
	%919 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %917
	store i32 %918, i32 addrspace(3)* %919
	br label %920

920:
	%921 = add i32 %873, 256
	br label %872

922:
	%923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %892
	store i32 %912, i32 addrspace(3)* %923
	br label %924

924:
	call void @llvm.nvvm.barrier0()
	%925 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%926 = load i32, i32 addrspace(3)* %925
	%927 = icmp sgt i32 %892, 0
	%928 = select i1 %927, i32 %926, i32 0
	%929 = add i32 0, %928
	%930 = add i32 0, %926
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %892, 1
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 %929, %934
	%936 = add i32 %930, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %892, 2
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %892, 3
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %892, 4
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %892, 5
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %892, 6
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %892, 7
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = add i32 %971, %912
	%974 = sub i32 %973, %890
	br i1 %886, label %975, label %977

975:
	%976 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %974, i32 addrspace(3)* %976
	br label %977

977:
	call void @llvm.nvvm.barrier0()
	br label %978

978:
	%979 = phi i32 [ 0, %977 ], [ %1002, %1001 ]
	%980 = icmp slt i32 %979, %16
	br i1 %980, label %981, label %997

981:
	%982 = add i32 %979, %0
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %851
	%986 = icmp eq i32 %984, %851
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = sdiv i32 %979, 256
	%989 = mul i32 %988, 8
	%990 = add i32 %989, %4
	%991 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%992 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %990
	%993 = load i32, i32 addrspace(3)* %992
	%994 = and i32 %991, %863
	%995 = call i32 @llvm.ctpop.i32(i32 %994)
	%996 = add i32 %993, %995
	br i1 %985, label %998, label %1001

997:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

998:
	%999 = add i32 %979, %0
	%1000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %996
	store i32 %999, i32 addrspace(3)* %1000
	br label %1001

1001:
	%1002 = add i32 %979, 256
	br label %978

topk:
	call void @llvm.nvvm.barrier0()
	%1003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1003
	call void @llvm.nvvm.barrier0()
	br label %1004

topk_done:
	br label %mass_taken

1004:
	%1005 = phi i32 [ %0, %topk ], [ %1056, %1055 ]
	%1006 = icmp slt i32 %1005, %16
	br i1 %1006, label %1007, label %1023

1007:
	%1008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1005
	%1009 = load i32, i32 addrspace(3)* %1008
	%1010 = icmp uge i32 %1009, 2
	%1011 = and i32 %1009, 0
	%1012 = icmp eq i32 %1011, 0
	%1013 = and i1 %1010, %1012
	%1014 = lshr i32 %1009, 24
	%1015 = and i32 %1014, 255
	%1016 = select i1 %1013, i32 %1015, i32 256
	%1017 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1016)
	%1018 = shl i32 1, %3
	%1019 = sub i32 %1018, 1
	%1020 = and i32 %1017, %1019
	%1021 = icmp eq i32 %1020, 0
	%1022 = and i1 %1013, %1021
	br i1 %1022, label %1051, label %1055

1023:
	call void @llvm.nvvm.barrier0()
	%1024 = sub i32 255, %0
	%1025 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1024
	%1026 = load i32, i32 addrspace(3)* %1025
	%1027 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1027
	%1028 = and i32 %0, 31
	%1029 = lshr i32 %0, 5
	%1030 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1026, i32 1, i32 0)
	%1031 = icmp uge i32 %1028, 1
	%1032 = select i1 %1031, i32 %1030, i32 0
	%1033 = add i32 %1026, %1032
	%1034 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1033, i32 2, i32 0)
	%1035 = icmp uge i32 %1028, 2
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 %1033, %1036
	%1038 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1037, i32 4, i32 0)
	%1039 = icmp uge i32 %1028, 4
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 %1037, %1040
	%1042 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1041, i32 8, i32 0)
	%1043 = icmp uge i32 %1028, 8
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 %1041, %1044
	%1046 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1045, i32 16, i32 0)
	%1047 = icmp uge i32 %1028, 16
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1045, %1048
	%1050 = icmp eq i32 %1028, 31
	br i1 %1050, label %1057, label %1059

1051:
	%1052 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1015
	%1053 = call i32 @llvm.ctpop.i32(i32 %1017)
	%1054 = atomicrmw add i32 addrspace(3)* %1052, i32 %1053 monotonic
	br label %1055

1055:
	%1056 = add i32 %1005, 256
	br label %1004

1057:
	%1058 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1029
	store i32 %1049, i32 addrspace(3)* %1058
	br label %1059

1059:
	call void @llvm.nvvm.barrier0()
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %1029, 0
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 0, %1063
	%1065 = add i32 0, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %1029, 1
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %1029, 2
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1079 = load i32, i32 addrspace(3)* %1078
	%1080 = icmp sgt i32 %1029, 3
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = add i32 %1076, %1081
	%1083 = add i32 %1077, %1079
	%1084 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = icmp sgt i32 %1029, 4
	%1087 = select i1 %1086, i32 %1085, i32 0
	%1088 = add i32 %1082, %1087
	%1089 = add i32 %1083, %1085
	%1090 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1091 = load i32, i32 addrspace(3)* %1090
	%1092 = icmp sgt i32 %1029, 5
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = add i32 %1088, %1093
	%1095 = add i32 %1089, %1091
	%1096 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1097 = load i32, i32 addrspace(3)* %1096
	%1098 = icmp sgt i32 %1029, 6
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 %1094, %1099
	%1101 = add i32 %1095, %1097
	%1102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1103 = load i32, i32 addrspace(3)* %1102
	%1104 = icmp sgt i32 %1029, 7
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1100, %1105
	%1107 = add i32 %1101, %1103
	%1108 = add i32 %1106, %1049
	%1109 = sub i32 %1108, %1026
	%1110 = icmp slt i32 %1109, %855
	%1111 = add i32 %1109, %1026
	%1112 = icmp sle i32 %855, %1111
	%1113 = and i1 %1110, %1112
	br i1 %1113, label %1114, label %1117

1114:
	%1115 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1024, i32 addrspace(3)* %1115
	%1116 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1109, i32 addrspace(3)* %1116
	br label %1117

1117:
	call void @llvm.nvvm.barrier0()
	%1118 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = sub i32 %855, %1121
	%1123 = shl i32 %1119, 24
	%1124 = or i32 0, %1123
	%1125 = or i32 0, u0xFF000000
	br label %1126

1126:
	%1127 = phi i32 [ %0, %1117 ], [ %1178, %1177 ]
	%1128 = icmp slt i32 %1127, %16
	br i1 %1128, label %1129, label %1145

1129:
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1127
	%1131 = load i32, i32 addrspace(3)* %1130
	%1132 = icmp uge i32 %1131, 2
	%1133 = and i32 %1131, %1125
	%1134 = icmp eq i32 %1133, %1124
	%1135 = and i1 %1132, %1134
	%1136 = lshr i32 %1131, 16
	%1137 = and i32 %1136, 255
	%1138 = select i1 %1135, i32 %1137, i32 256
	%1139 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1138)
	%1140 = shl i32 1, %3
	%1141 = sub i32 %1140, 1
	%1142 = and i32 %1139, %1141
	%1143 = icmp eq i32 %1142, 0
	%1144 = and i1 %1135, %1143
	br i1 %1144, label %1173, label %1177

1145:
	call void @llvm.nvvm.barrier0()
	%1146 = sub i32 255, %0
	%1147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1146
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1149
	%1150 = and i32 %0, 31
	%1151 = lshr i32 %0, 5
	%1152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1148, i32 1, i32 0)
	%1153 = icmp uge i32 %1150, 1
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1148, %1154
	%1156 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1155, i32 2, i32 0)
	%1157 = icmp uge i32 %1150, 2
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 %1155, %1158
	%1160 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1159, i32 4, i32 0)
	%1161 = icmp uge i32 %1150, 4
	%1162 = select i1 %1161, i32 %1160, i32 0
	%1163 = add i32 %1159, %1162
	%1164 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1163, i32 8, i32 0)
	%1165 = icmp uge i32 %1150, 8
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = add i32 %1163, %1166
	%1168 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1167, i32 16, i32 0)
	%1169 = icmp uge i32 %1150, 16
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = add i32 %1167, %1170
	%1172 = icmp eq i32 %1150, 31
	br i1 %1172, label %1179, label %1181

1173:
	%1174 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1137
	%1175 = call i32 @llvm.ctpop.i32(i32 %1139)
	%1176 = atomicrmw add i32 addrspace(3)* %1174, i32 %1175 monotonic
	br label %1177

1177:
	%1178 = add i32 %1127, 256
	br label %1126

1179:
	%1180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1151
	store i32 %1171, i32 addrspace(3)* %1180
	br label %1181

1181:
	call void @llvm.nvvm.barrier0()
	%1182 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1183 = load i32, i32 addrspace(3)* %1182
	%1184 = icmp sgt i32 %1151, 0
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = add i32 0, %1185
	%1187 = add i32 0, %1183
	%1188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1189 = load i32, i32 addrspace(3)* %1188
	%1190 = icmp sgt i32 %1151, 1
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = add i32 %1186, %1191
	%1193 = add i32 %1187, %1189
	%1194 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = icmp sgt i32 %1151, 2
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = add i32 %1192, %1197
	%1199 = add i32 %1193, %1195
	%1200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = icmp sgt i32 %1151, 3
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = add i32 %1198, %1203
	%1205 = add i32 %1199, %1201
	%1206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = icmp sgt i32 %1151, 4
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = add i32 %1204, %1209
	%1211 = add i32 %1205, %1207
	%1212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = icmp sgt i32 %1151, 5
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = add i32 %1210, %1215
	%1217 = add i32 %1211, %1213
	%1218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = icmp sgt i32 %1151, 6
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 %1216, %1221
	%1223 = add i32 %1217, %1219
	%1224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = icmp sgt i32 %1151, 7
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = add i32 %1222, %1227
	%1229 = add i32 %1223, %1225
	%1230 = add i32 %1228, %1171
	%1231 = sub i32 %1230, %1148
	%1232 = icmp slt i32 %1231, %1122
	%1233 = add i32 %1231, %1148
	%1234 = icmp sle i32 %1122, %1233
	%1235 = and i1 %1232, %1234
	br i1 %1235, label %1236, label %1239

1236:
	%1237 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1146, i32 addrspace(3)* %1237
	%1238 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1231, i32 addrspace(3)* %1238
	br label %1239

1239:
	call void @llvm.nvvm.barrier0()
	%1240 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1241 = load i32, i32 addrspace(3)* %1240
	%1242 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = sub i32 %1122, %1243
	%1245 = shl i32 %1241, 16
	%1246 = or i32 %1124, %1245
	%1247 = or i32 %1125, u0xFF0000
	br label %1248

1248:
	%1249 = phi i32 [ %0, %1239 ], [ %1300, %1299 ]
	%1250 = icmp slt i32 %1249, %16
	br i1 %1250, label %1251, label %1267

1251:
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1249
	%1253 = load i32, i32 addrspace(3)* %1252
	%1254 = icmp uge i32 %1253, 2
	%1255 = and i32 %1253, %1247
	%1256 = icmp eq i32 %1255, %1246
	%1257 = and i1 %1254, %1256
	%1258 = lshr i32 %1253, 8
	%1259 = and i32 %1258, 255
	%1260 = select i1 %1257, i32 %1259, i32 256
	%1261 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1260)
	%1262 = shl i32 1, %3
	%1263 = sub i32 %1262, 1
	%1264 = and i32 %1261, %1263
	%1265 = icmp eq i32 %1264, 0
	%1266 = and i1 %1257, %1265
	br i1 %1266, label %1295, label %1299

1267:
	call void @llvm.nvvm.barrier0()
	%1268 = sub i32 255, %0
	%1269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1268
	%1270 = load i32, i32 addrspace(3)* %1269
	%1271 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1271
	%1272 = and i32 %0, 31
	%1273 = lshr i32 %0, 5
	%1274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1270, i32 1, i32 0)
	%1275 = icmp uge i32 %1272, 1
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = add i32 %1270, %1276
	%1278 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1277, i32 2, i32 0)
	%1279 = icmp uge i32 %1272, 2
	%1280 = select i1 %1279, i32 %1278, i32 0
	%1281 = add i32 %1277, %1280
	%1282 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1281, i32 4, i32 0)
	%1283 = icmp uge i32 %1272, 4
	%1284 = select i1 %1283, i32 %1282, i32 0
	%1285 = add i32 %1281, %1284
	%1286 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1285, i32 8, i32 0)
	%1287 = icmp uge i32 %1272, 8
	%1288 = select i1 %1287, i32 %1286, i32 0
	%1289 = add i32 %1285, %1288
	%1290 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1289, i32 16, i32 0)
	%1291 = icmp uge i32 %1272, 16
	%1292 = select i1 %1291, i32 %1290, i32 0
	%1293 = add i32 %1289, %1292
	%1294 = icmp eq i32 %1272, 31
	br i1 %1294, label %1301, label %1303

1295:
	%1296 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1259
	%1297 = call i32 @llvm.ctpop.i32(i32 %1261)
	%1298 = atomicrmw add i32 addrspace(3)* %1296, i32 %1297 monotonic
	br label %1299

1299:
	%1300 = add i32 %1249, 256
	br label %1248

1301:
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1273
	store i32 %1293, i32 addrspace(3)* %1302
	br label %1303

1303:
	call void @llvm.nvvm.barrier0()
	%1304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = icmp sgt i32 %1273, 0
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = add i32 0, %1307
	%1309 = add i32 0, %1305
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1273, 1
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 %1308, %1313
	%1315 = add i32 %1309, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1273, 2
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1273, 3
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = icmp sgt i32 %1273, 4
	%1331 = select i1 %1330, i32 %1329, i32 0
	%1332 = add i32 %1326, %1331
	%1333 = add i32 %1327, %1329
	%1334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = icmp sgt i32 %1273, 5
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = add i32 %1332, %1337
	%1339 = add i32 %1333, %1335
	%1340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1341 = load i32, i32 addrspace(3)* %1340
	%1342 = icmp sgt i32 %1273, 6
	%1343 = select i1 %1342, i32 %1341, i32 0
	%1344 = add i32 %1338, %1343
	%1345 = add i32 %1339, %1341
	%1346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = icmp sgt i32 %1273, 7
	%1349 = select i1 %1348, i32 %1347, i32 0
	%1350 = add i32 %1344, %1349
	%1351 = add i32 %1345, %1347
	%1352 = add i32 %1350, %1293
	%1353 = sub i32 %1352, %1270
	%1354 = icmp slt i32 %1353, %1244
	%1355 = add i32 %1353, %1270
	%1356 = icmp sle i32 %1244, %1355
	%1357 = and i1 %1354, %1356
	br i1 %1357, label %1358, label %1361

1358:
	%1359 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1268, i32 addrspace(3)* %1359
	%1360 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1353, i32 addrspace(3)* %1360
	br label %1361

1361:
	call void @llvm.nvvm.barrier0()
	%1362 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1363 = load i32, i32 addrspace(3)* %1362
	%1364 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = sub i32 %1244, %1365
	%1367 = shl i32 %1363, 8
	%1368 = or i32 %1246, %1367
	%1369 = or i32 %1247, u0xFF00
	br label %1370

1370:
	%1371 = phi i32 [ %0, %1361 ], [ %1422, %1421 ]
	%1372 = icmp slt i32 %1371, %16
	br i1 %1372, label %1373, label %1389

1373:
	%1374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1371
	%1375 = load i32, i32 addrspace(3)* %1374
	%1376 = icmp uge i32 %1375, 2
	%1377 = and i32 %1375, %1369
	%1378 = icmp eq i32 %1377, %1368
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1375, 0
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1417, label %1421

1389:
	call void @llvm.nvvm.barrier0()
	%1390 = sub i32 255, %0
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1390
	%1392 = load i32, i32 addrspace(3)* %1391
	%1393 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1393
	%1394 = and i32 %0, 31
	%1395 = lshr i32 %0, 5
	%1396 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1392, i32 1, i32 0)
	%1397 = icmp uge i32 %1394, 1
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = add i32 %1392, %1398
	%1400 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1399, i32 2, i32 0)
	%1401 = icmp uge i32 %1394, 2
	%1402 = select i1 %1401, i32 %1400, i32 0
	%1403 = add i32 %1399, %1402
	%1404 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1403, i32 4, i32 0)
	%1405 = icmp uge i32 %1394, 4
	%1406 = select i1 %1405, i32 %1404, i32 0
	%1407 = add i32 %1403, %1406
	%1408 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1407, i32 8, i32 0)
	%1409 = icmp uge i32 %1394, 8
	%1410 = select i1 %1409, i32 %1408, i32 0
	%1411 = add i32 %1407, %1410
	%1412 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1411, i32 16, i32 0)
	%1413 = icmp uge i32 %1394, 16
	%1414 = select i1 %1413, i32 %1412, i32 0
	%1415 = add i32 %1411, %1414
	%1416 = icmp eq i32 %1394, 31
	br i1 %1416, label %1423, label %1425

1417:
	%1418 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1381
	%1419 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1420 = atomicrmw add i32 addrspace(3)* %1418, i32 %1419 monotonic
	br label %1421

1421:
	%1422 = add i32 %1371, 256
	br label %1370

1423:
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1395
	store i32 %1415, i32 addrspace(3)* %1424
	br label %1425

1425:
	call void @llvm.nvvm.barrier0()
	%1426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1427 = load i32, i32 addrspace(3)* %1426
	%1428 = icmp sgt i32 %1395, 0
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 0, %1429
	%1431 = add i32 0, %1427
	%1432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1433 = load i32, i32 addrspace(3)* %1432
	%1434 = icmp sgt i32 %1395, 1
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1430, %1435
	%1437 = add i32 %1431, %1433
	%1438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1439 = load i32, i32 addrspace(3)* %1438
	%1440 = icmp sgt i32 %1395, 2
	%1441 = select i1 %1440, i32 %1439, i32 0
	%1442 = add i32 %1436, %1441
	%1443 = add i32 %1437, %1439
	%1444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = icmp sgt i32 %1395, 3
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1442, %1447
	%1449 = add i32 %1443, %1445
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1451 = load i32, i32 addrspace(3)* %1450
	%1452 = icmp sgt i32 %1395, 4
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1448, %1453
	%1455 = add i32 %1449, %1451
	%1456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1457 = load i32, i32 addrspace(3)* %1456
	%1458 = icmp sgt i32 %1395, 5
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = add i32 %1455, %1457
	%1462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = icmp sgt i32 %1395, 6
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = add i32 %1460, %1465
	%1467 = add i32 %1461, %1463
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = icmp sgt i32 %1395, 7
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 %1466, %1471
	%1473 = add i32 %1467, %1469
	%1474 = add i32 %1472, %1415
	%1475 = sub i32 %1474, %1392
	%1476 = icmp slt i32 %1475, %1366
	%1477 = add i32 %1475, %1392
	%1478 = icmp sle i32 %1366, %1477
	%1479 = and i1 %1476, %1478
	br i1 %1479, label %1480, label %1483

1480:
	%1481 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1390, i32 addrspace(3)* %1481
	%1482 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1475, i32 addrspace(3)* %1482
	br label %1483

1483:
	call void @llvm.nvvm.barrier0()
	%1484 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1485 = load i32, i32 addrspace(3)* %1484
	%1486 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1487 = load i32, i32 addrspace(3)* %1486
	%1488 = sub i32 %1366, %1487
	%1489 = shl i32 %1485, 0
	%1490 = or i32 %1368, %1489
	%1491 = or i32 %1369, 255
	%1492 = shl i32 1, %3
	%1493 = sub i32 %1492, 1
	br label %1494

1494:
	%1495 = phi i32 [ 0, %1483 ], [ %1549, %1548 ]
	%1496 = icmp slt i32 %1495, %16
	br i1 %1496, label %1497, label %1506

1497:
	%1498 = add i32 %1495, %0
	%1499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1498
	%1500 = load i32, i32 addrspace(3)* %1499
	%1501 = icmp ugt i32 %1500, %1490
	%1502 = icmp eq i32 %1500, %1490
	%1503 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1501)
	%1504 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1502)
	%1505 = icmp eq i32 %3, 0
	br i1 %1505, label %1540, label %1548

1506:
	call void @llvm.nvvm.barrier0()
	%1507 = sdiv i32 %16, 256
	%1508 = mul i32 %1507, 8
	%1509 = icmp slt i32 %0, %1508
	%1510 = select i1 %1509, i32 %0, i32 0
	%1511 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1510
	%1512 = load i32, i32 addrspace(3)* %1511
	%1513 = select i1 %1509, i32 %1512, i32 0
	%1514 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1510
	%1515 = load i32, i32 addrspace(3)* %1514
	%1516 = select i1 %1509, i32 %1515, i32 0
	%1517 = and i32 %0, 31
	%1518 = lshr i32 %0, 5
	%1519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1516, i32 1, i32 0)
	%1520 = icmp uge i32 %1517, 1
	%1521 = select i1 %1520, i32 %1519, i32 0
	%1522 = add i32 %1516, %1521
	%1523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1522, i32 2, i32 0)
	%1524 = icmp uge i32 %1517, 2
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1522, %1525
	%1527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1526, i32 4, i32 0)
	%1528 = icmp uge i32 %1517, 4
	%1529 = select i1 %1528, i32 %1527, i32 0
	%1530 = add i32 %1526, %1529
	%1531 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1530, i32 8, i32 0)
	%1532 = icmp uge i32 %1517, 8
	%1533 = select i1 %1532, i32 %1531, i32 0
	%1534 = add i32 %1530, %1533
	%1535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1534, i32 16, i32 0)
	%1536 = icmp uge i32 %1517, 16
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1534, %1537
	%1539 = icmp eq i32 %1517, 31
	br i1 %1539, label %1550, label %1552

1540:
	%1541 = sdiv i32 %1495, 256
	%1542 = mul i32 %1541, 8
	%1543 = add i32 %1542, %4
	%1544 = call i32 @llvm.ctpop.i32(i32 %1503)
	%1545 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1543
	store i32 %1544, i32 addrspace(3)* %1545
	%1546 = call i32 @llvm.ctpop.i32(i32 %1504)
	%1547 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1543
	store i32 %1546, i32 addrspace(3)* %1547
	br label %1548

1548:
	%1549 = add i32 %1495, 256
	br label %1494

1550:
	%1551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1518
	store i32 %1538, i32 addrspace(3)* %1551
	br label %1552

1552:
	call void @llvm.nvvm.barrier0()
	%1553 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1554 = load i32, i32 addrspace(3)* %1553
	%1555 = icmp sgt i32 %1518, 0
	%1556 = select i1 %1555, i32 %1554, i32 0
	%1557 = add i32 0, %1556
	%1558 = add i32 0, %1554
	%1559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1560 = load i32, i32 addrspace(3)* %1559
	%1561 = icmp sgt i32 %1518, 1
	%1562 = select i1 %1561, i32 %1560, i32 0
	%1563 = add i32 %1557, %1562
	%1564 = add i32 %1558, %1560
	%1565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1566 = load i32, i32 addrspace(3)* %1565
	%1567 = icmp sgt i32 %1518, 2
	%1568 = select i1 %1567, i32 %1566, i32 0
	%1569 = add i32 %1563, %1568
	%1570 = add i32 %1564, %1566
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = icmp sgt i32 %1518, 3
	%1574 = select i1 %1573, i32 %1572, i32 0
	%1575 = add i32 %1569, %1574
	%1576 = add i32 %1570, %1572
	%1577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp sgt i32 %1518, 4
	%1580 = select i1 %1579, i32 %1578, i32 0
	%1581 = add i32 %1575, %1580
	%1582 = add i32 %1576, %1578
	%1583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1584 = load i32, i32 addrspace(3)* %1583
	%1585 = icmp sgt i32 %1518, 5
	%1586 = select i1 %1585, i32 %1584, i32 0
	%1587 = add i32 %1581, %1586
	%1588 = add i32 %1582, %1584
	%1589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = icmp sgt i32 %1518, 6
	%1592 = select i1 %1591, i32 %1590, i32 0
	%1593 = add i32 %1587, %1592
	%1594 = add i32 %1588, %1590
	%1595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1596 = load i32, i32 addrspace(3)* %1595
	%1597 = icmp sgt i32 %1518, 7
	%1598 = select i1 %1597, i32 %1596, i32 0
	%1599 = add i32 %1593, %1598
	%1600 = add i32 %1594, %1596
	%1601 = add i32 %1599, %1538
	%1602 = sub i32 %1601, %1516
	%1603 = sub i32 %1488, %1602
	%1604 = icmp sgt i32 %1603, 0
	%1605 = select i1 %1604, i32 %1603, i32 0
	%1606 = icmp slt i32 %1605, %1516
	%1607 = select i1 %1606, i32 %1605, i32 %1516
	%1608 = add i32 %1513, %1607
	%1609 = and i32 %0, 31
	%1610 = lshr i32 %0, 5
	%1611 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1608, i32 1, i32 0)
	%1612 = icmp uge i32 %1609, 1
	%1613 = select i1 %1612, i32 %1611, i32 0
	%1614 = add i32 %1608, %1613
	%1615 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1614, i32 2, i32 0)
	%1616 = icmp uge i32 %1609, 2
	%1617 = select i1 %1616, i32 %1615, i32 0
	%1618 = add i32 %1614, %1617
	%1619 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1618, i32 4, i32 0)
	%1620 = icmp uge i32 %1609, 4
	%1621 = select i1 %1620, i32 %1619, i32 0
	%1622 = add i32 %1618, %1621
	%1623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1622, i32 8, i32 0)
	%1624 = icmp uge i32 %1609, 8
	%1625 = select i1 %1624, i32 %1623, i32 0
	%1626 = add i32 %1622, %1625
	%1627 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1626, i32 16, i32 0)
	%1628 = icmp uge i32 %1609, 16
	%1629 = select i1 %1628, i32 %1627, i32 0
	%1630 = add i32 %1626, %1629
	%1631 = icmp eq i32 %1609, 31
	br i1 %1631, label %1632, label %1634

1632:
	%1633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1610
	store i32 %1630, i32 addrspace(3)* %1633
	br label %1634

1634:
	call void @llvm.nvvm.barrier0()
	%1635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = icmp sgt i32 %1610, 0
	%1638 = select i1 %1637, i32 %1636, i32 0
	%1639 = add i32 0, %1638
	%1640 = add i32 0, %1636
	%1641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = icmp sgt i32 %1610, 1
	%1644 = select i1 %1643, i32 %1642, i32 0
	%1645 = add i32 %1639, %1644
	%1646 = add i32 %1640, %1642
	%1647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1648 = load i32, i32 addrspace(3)* %1647
	%1649 = icmp sgt i32 %1610, 2
	%1650 = select i1 %1649, i32 %1648, i32 0
	%1651 = add i32 %1645, %1650
	%1652 = add i32 %1646, %1648
	%1653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1654 = load i32, i32 addrspace(3)* %1653
	%1655 = icmp sgt i32 %1610, 3
	%1656 = select i1 %1655, i32 %1654, i32 0
	%1657 = add i32 %1651, %1656
	%1658 = add i32 %1652, %1654
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1610, 4
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 %1657, %1662
	%1664 = add i32 %1658, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1610, 5
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1610, 6
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1610, 7
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = add i32 %1681, %1630
	%1684 = sub i32 %1683, %1608
	br i1 %1509, label %1685, label %1688

1685:
	%1686 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1684, i32 addrspace(3)* %1686
	%1687 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1602, i32 addrspace(3)* %1687
	br label %1688

1688:
	call void @llvm.nvvm.barrier0()
	br label %1689

1689:
	%1690 = phi i32 [ 0, %1688 ], [ %1722, %1721 ]
	%1691 = icmp slt i32 %1690, %16
	br i1 %1691, label %1692, label %1717

1692:
	%1693 = add i32 %1690, %0
	%1694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1693
	%1695 = load i32, i32 addrspace(3)* %1694
	%1696 = icmp ugt i32 %1695, %1490
	%1697 = icmp eq i32 %1695, %1490
	%1698 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1696)
	%1699 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1697)
	%1700 = sdiv i32 %1690, 256
	%1701 = mul i32 %1700, 8
	%1702 = add i32 %1701, %4
	%1703 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1702
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = and i32 %1699, %1493
	%1706 = call i32 @llvm.ctpop.i32(i32 %1705)
	%1707 = add i32 %1704, %1706
	%1708 = icmp slt i32 %1707, %1488
	%1709 = and i1 %1697, %1708
	%1710 = or i1 %1696, %1709
	%1711 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1710)
	%1712 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1702
	%1713 = load i32, i32 addrspace(3)* %1712
	%1714 = and i32 %1711, %1493
	%1715 = call i32 @llvm.ctpop.i32(i32 %1714)
	%1716 = add i32 %1713, %1715
	br i1 %1710, label %1718, label %1721

1717:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1718:
	%1719 = add i32 %1690, %0
	%1720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1716
	store i32 %1719, i32 addrspace(3)* %1720
	br label %1721

1721:
	%1722 = add i32 %1690, 256
	br label %1689

1723:
	%1724 = phi i32 [ %871, %mass_taken ], [ %1728, %1726 ]
	%1725 = icmp slt i32 %1724, %870
	br i1 %1725, label %1726, label %1729

1726:
	%1727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1724
	store i32 -1, i32 addrspace(3)* %1727
	%1728 = add i32 %1724, 256
	br label %1723

1729:
	call void @llvm.nvvm.barrier0()
	%1730 = add i32 %869, 1
	br label %1731

1731:
	%1732 = phi i32 [ 1, %1729 ], [ %1748, %1747 ]
	%1733 = icmp slt i32 %1732, %1730
	br i1 %1733, label %1734, label %1736

1734:
	%1735 = shl i32 1, %1732
	br label %1737

1736:
	br label %1789

1737:
	%1738 = phi i32 [ 0, %1734 ], [ %1783, %1782 ]
	%1739 = icmp slt i32 %1738, %1732
	br i1 %1739, label %1740, label %1747

1740:
	%1741 = sub i32 %1732, 1
	%1742 = sub i32 %1741, %1738
	%1743 = shl i32 1, %1742
	%1744 = sub i32 %1732, 1
	%1745 = sub i32 %1744, %1738
	%1746 = lshr i32 %870, 1
	br label %1749

1747:
	%1748 = add i32 %1732, 1
	br label %1731

1749:
	%1750 = phi i32 [ %0, %1740 ], [ %1788, %1787 ]
	%1751 = icmp slt i32 %1750, %1746
	br i1 %1751, label %1752, label %1782

1752:
	%1753 = lshr i32 %1750, %1745
	%1754 = add i32 %1745, 1
	%1755 = shl i32 %1753, %1754
	%1756 = sub i32 %1743, 1
	%1757 = and i32 %1750, %1756
	%1758 = or i32 %1755, %1757
	%1759 = or i32 %1758, %1743
	%1760 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1758
	%1761 = load i32, i32 addrspace(3)* %1760
	%1762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1759
	%1763 = load i32, i32 addrspace(3)* %1762
	%1764 = and i32 %1758, %1735
	%1765 = icmp eq i32 %1764, 0
	%1766 = icmp sge i32 %1763, 0
	%1767 = select i1 %1766, i32 %1763, i32 0
	%1768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1767
	%1769 = load i32, i32 addrspace(3)* %1768
	%1770 = select i1 %1766, i32 %1769, i32 0
	%1771 = icmp sge i32 %1761, 0
	%1772 = select i1 %1771, i32 %1761, i32 0
	%1773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1772
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = select i1 %1771, i32 %1774, i32 0
	%1776 = icmp ugt i32 %1770, %1775
	%1777 = icmp eq i32 %1770, %1775
	%1778 = icmp slt i32 %1763, %1761
	%1779 = and i1 %1777, %1778
	%1780 = or i1 %1776, %1779
	%1781 = icmp eq i1 %1780, %1765
	br i1 %1781, label %1784, label %1787

1782:
	call void @llvm.nvvm.barrier0()
	%1783 = add i32 %1738, 1
	br label %1737

1784:
	%1785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1758
	store i32 %1763, i32 addrspace(3)* %1785
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1759
	store i32 %1761, i32 addrspace(3)* %1786
	br label %1787

1787:
	%1788 = add i32 %1750, 256
	br label %1749

1789:
	%1790 = phi i32 [ %0, %1736 ], [ %1803, %1792 ]
	%1791 = icmp slt i32 %1790, %855
	br i1 %1791, label %1792, label %1804

1792:
	%1793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1790
	%1794 = load i32, i32 addrspace(3)* %1793
	%1795 = add i32 %326, %1790
	%1796 = add i32 %13, %1795
	%1797 = sext i32 %1796 to i64
	%1798 = getelementptr i32, i32* %list, i64 %1797
	store i32 %1794, i32* %1798
	%1799 = add i32 %13, %NK
	%1800 = add i32 %1799, %1795
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr i32, i32* %list, i64 %1801
	store i32 0, i32* %1802
	%1803 = add i32 %1790, 256
	br label %1789

1804:
	call void @llvm.nvvm.barrier0()
	%1805 = icmp eq i32 %4, 0
	br i1 %1805, label %1806, label %1809

1806:
	%1807 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1808 = load double, double addrspace(3)* %1807
	br label %1822

1809:
	call void @llvm.nvvm.barrier0()
	%1810 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1811 = load i32, i32 addrspace(3)* %1810
	%1812 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1813 = load i32, i32 addrspace(3)* %1812
	%1814 = icmp ne i32 %1813, 0
	%1815 = icmp sge i32 %855, %327
	%1816 = or i1 %1814, %1815
	%1817 = mul i32 %855, 4
	%1818 = icmp sgt i32 %1817, 64
	%1819 = select i1 %1818, i32 %1817, i32 64
	%1820 = icmp slt i32 %1819, %327
	%1821 = select i1 %1820, i32 %1819, i32 %327
	br i1 %1816, label %mass_done, label %mass

1822:
	%1823 = phi i32 [ 0, %1806 ], [ %2287, %2284 ]
	%1824 = phi double [ %1808, %1806 ], [ %2285, %2284 ]
	%1825 = phi i32 [ 0, %1806 ], [ %2286, %2284 ]
	%1826 = icmp slt i32 %1823, %855
	br i1 %1826, label %1827, label %1830

1827:
	%1828 = add i32 %1823, %3
	%1829 = icmp slt i32 %1828, %855
	br i1 %1829, label %1832, label %1839

1830:
	%1831 = icmp eq i32 %3, 0
	br i1 %1831, label %2288, label %2293

1832:
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1828
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1834
	%1836 = load i32, i32 addrspace(3)* %1835
	%1837 = sub i32 %1836, 2
	%1838 = bitcast i32 %1837 to float
	br label %1839

1839:
	%1840 = phi float [ 0.0, %1827 ], [ %1838, %1832 ]
	%1841 = fpext float %1840 to double
	%1842 = fcmp one float %1840, 0.0
	%1843 = call float @llvm.fabs.f32(float %1840)
	%1844 = fcmp olt float %1843, 0x3E20000000000000
	%1845 = and i1 %1842, %1844
	%1846 = fmul double %1824, 4.503599627370496e+15
	%1847 = call double @llvm.trunc.f64(double %1846)
	%1848 = fcmp oeq double %1846, %1847
	%1849 = bitcast double %1841 to i64
	%1850 = trunc i64 %1849 to i32
	%1851 = lshr i64 %1849, 32
	%1852 = trunc i64 %1851 to i32
	%1853 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1850, i32 1, i32 0)
	%1854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1852, i32 1, i32 0)
	%1855 = zext i32 %1853 to i64
	%1856 = zext i32 %1854 to i64
	%1857 = shl i64 %1856, 32
	%1858 = or i64 %1855, %1857
	%1859 = bitcast i64 %1858 to double
	%1860 = icmp uge i32 %3, 1
	%1861 = fadd double %1841, %1859
	%1862 = select i1 %1860, double %1861, double %1841
	%1863 = bitcast double %1862 to i64
	%1864 = trunc i64 %1863 to i32
	%1865 = lshr i64 %1863, 32
	%1866 = trunc i64 %1865 to i32
	%1867 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1864, i32 2, i32 0)
	%1868 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1866, i32 2, i32 0)
	%1869 = zext i32 %1867 to i64
	%1870 = zext i32 %1868 to i64
	%1871 = shl i64 %1870, 32
	%1872 = or i64 %1869, %1871
	%1873 = bitcast i64 %1872 to double
	%1874 = icmp uge i32 %3, 2
	%1875 = fadd double %1862, %1873
	%1876 = select i1 %1874, double %1875, double %1862
	%1877 = bitcast double %1876 to i64
	%1878 = trunc i64 %1877 to i32
	%1879 = lshr i64 %1877, 32
	%1880 = trunc i64 %1879 to i32
	%1881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1878, i32 4, i32 0)
	%1882 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 4, i32 0)
	%1883 = zext i32 %1881 to i64
	%1884 = zext i32 %1882 to i64
	%1885 = shl i64 %1884, 32
	%1886 = or i64 %1883, %1885
	%1887 = bitcast i64 %1886 to double
	%1888 = icmp uge i32 %3, 4
	%1889 = fadd double %1876, %1887
	%1890 = select i1 %1888, double %1889, double %1876
	%1891 = bitcast double %1890 to i64
	%1892 = trunc i64 %1891 to i32
	%1893 = lshr i64 %1891, 32
	%1894 = trunc i64 %1893 to i32
	%1895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 8, i32 0)
	%1896 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1894, i32 8, i32 0)
	%1897 = zext i32 %1895 to i64
	%1898 = zext i32 %1896 to i64
	%1899 = shl i64 %1898, 32
	%1900 = or i64 %1897, %1899
	%1901 = bitcast i64 %1900 to double
	%1902 = icmp uge i32 %3, 8
	%1903 = fadd double %1890, %1901
	%1904 = select i1 %1902, double %1903, double %1890
	%1905 = bitcast double %1904 to i64
	%1906 = trunc i64 %1905 to i32
	%1907 = lshr i64 %1905, 32
	%1908 = trunc i64 %1907 to i32
	%1909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 16, i32 0)
	%1910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1908, i32 16, i32 0)
	%1911 = zext i32 %1909 to i64
	%1912 = zext i32 %1910 to i64
	%1913 = shl i64 %1912, 32
	%1914 = or i64 %1911, %1913
	%1915 = bitcast i64 %1914 to double
	%1916 = icmp uge i32 %3, 16
	%1917 = fadd double %1904, %1915
	%1918 = select i1 %1916, double %1917, double %1904
	%1919 = bitcast double %1918 to i64
	%1920 = trunc i64 %1919 to i32
	%1921 = lshr i64 %1919, 32
	%1922 = trunc i64 %1921 to i32
	%1923 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1920, i32 31, i32 31)
	%1924 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1922, i32 31, i32 31)
	%1925 = zext i32 %1923 to i64
	%1926 = zext i32 %1924 to i64
	%1927 = shl i64 %1926, 32
	%1928 = or i64 %1925, %1927
	%1929 = bitcast i64 %1928 to double
	%1930 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1845)
	%1931 = xor i1 %1930, true
	%1932 = and i1 %1848, %1931
	%1933 = fadd double %1824, %1929
	%1934 = fcmp olt double %1933, 1.5
	%1935 = and i1 %1932, %1934
	%1936 = fcmp oge double %1824, 0x3FEE666666666666
	%1937 = or i1 %1935, %1936
	br i1 %1937, label %1938, label %1963

1938:
	%1939 = fsub double %1918, %1841
	%1940 = fadd double %1824, %1939
	%1941 = fcmp olt double %1940, 0x3FEE666666666666
	%1942 = and i1 %1829, %1941
	%1943 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1942)
	%1944 = call i32 @llvm.ctpop.i32(i32 %1943)
	%1945 = sub i32 %1944, 1
	%1946 = icmp sgt i32 %1945, 0
	%1947 = select i1 %1946, i32 %1945, i32 0
	%1948 = bitcast double %1918 to i64
	%1949 = trunc i64 %1948 to i32
	%1950 = lshr i64 %1948, 32
	%1951 = trunc i64 %1950 to i32
	%1952 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1949, i32 %1947, i32 31)
	%1953 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1951, i32 %1947, i32 31)
	%1954 = zext i32 %1952 to i64
	%1955 = zext i32 %1953 to i64
	%1956 = shl i64 %1955, 32
	%1957 = or i64 %1954, %1956
	%1958 = bitcast i64 %1957 to double
	%1959 = icmp sgt i32 %1944, 0
	%1960 = fadd double %1824, %1958
	%1961 = select i1 %1959, double %1960, double %1824
	%1962 = add i32 %1825, %1944
	br label %2284

1963:
	%1964 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 0, i32 31)
	%1965 = fcmp olt double %1824, 0x3FEE666666666666
	%1966 = add i32 %1823, 0
	%1967 = icmp slt i32 %1966, %855
	%1968 = and i1 %1965, %1967
	%1969 = fpext float %1964 to double
	%1970 = fadd double %1824, %1969
	%1971 = select i1 %1968, double %1970, double %1824
	%1972 = add i32 %1825, 1
	%1973 = select i1 %1968, i32 %1972, i32 %1825
	%1974 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 1, i32 31)
	%1975 = fcmp olt double %1971, 0x3FEE666666666666
	%1976 = add i32 %1823, 1
	%1977 = icmp slt i32 %1976, %855
	%1978 = and i1 %1975, %1977
	%1979 = fpext float %1974 to double
	%1980 = fadd double %1971, %1979
	%1981 = select i1 %1978, double %1980, double %1971
	%1982 = add i32 %1973, 1
	%1983 = select i1 %1978, i32 %1982, i32 %1973
	%1984 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 2, i32 31)
	%1985 = fcmp olt double %1981, 0x3FEE666666666666
	%1986 = add i32 %1823, 2
	%1987 = icmp slt i32 %1986, %855
	%1988 = and i1 %1985, %1987
	%1989 = fpext float %1984 to double
	%1990 = fadd double %1981, %1989
	%1991 = select i1 %1988, double %1990, double %1981
	%1992 = add i32 %1983, 1
	%1993 = select i1 %1988, i32 %1992, i32 %1983
	%1994 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 3, i32 31)
	%1995 = fcmp olt double %1991, 0x3FEE666666666666
	%1996 = add i32 %1823, 3
	%1997 = icmp slt i32 %1996, %855
	%1998 = and i1 %1995, %1997
	%1999 = fpext float %1994 to double
	%2000 = fadd double %1991, %1999
	%2001 = select i1 %1998, double %2000, double %1991
	%2002 = add i32 %1993, 1
	%2003 = select i1 %1998, i32 %2002, i32 %1993
	%2004 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 4, i32 31)
	%2005 = fcmp olt double %2001, 0x3FEE666666666666
	%2006 = add i32 %1823, 4
	%2007 = icmp slt i32 %2006, %855
	%2008 = and i1 %2005, %2007
	%2009 = fpext float %2004 to double
	%2010 = fadd double %2001, %2009
	%2011 = select i1 %2008, double %2010, double %2001
	%2012 = add i32 %2003, 1
	%2013 = select i1 %2008, i32 %2012, i32 %2003
	%2014 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 5, i32 31)
	%2015 = fcmp olt double %2011, 0x3FEE666666666666
	%2016 = add i32 %1823, 5
	%2017 = icmp slt i32 %2016, %855
	%2018 = and i1 %2015, %2017
	%2019 = fpext float %2014 to double
	%2020 = fadd double %2011, %2019
	%2021 = select i1 %2018, double %2020, double %2011
	%2022 = add i32 %2013, 1
	%2023 = select i1 %2018, i32 %2022, i32 %2013
	%2024 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 6, i32 31)
	%2025 = fcmp olt double %2021, 0x3FEE666666666666
	%2026 = add i32 %1823, 6
	%2027 = icmp slt i32 %2026, %855
	%2028 = and i1 %2025, %2027
	%2029 = fpext float %2024 to double
	%2030 = fadd double %2021, %2029
	%2031 = select i1 %2028, double %2030, double %2021
	%2032 = add i32 %2023, 1
	%2033 = select i1 %2028, i32 %2032, i32 %2023
	%2034 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 7, i32 31)
	%2035 = fcmp olt double %2031, 0x3FEE666666666666
	%2036 = add i32 %1823, 7
	%2037 = icmp slt i32 %2036, %855
	%2038 = and i1 %2035, %2037
	%2039 = fpext float %2034 to double
	%2040 = fadd double %2031, %2039
	%2041 = select i1 %2038, double %2040, double %2031
	%2042 = add i32 %2033, 1
	%2043 = select i1 %2038, i32 %2042, i32 %2033
	%2044 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 8, i32 31)
	%2045 = fcmp olt double %2041, 0x3FEE666666666666
	%2046 = add i32 %1823, 8
	%2047 = icmp slt i32 %2046, %855
	%2048 = and i1 %2045, %2047
	%2049 = fpext float %2044 to double
	%2050 = fadd double %2041, %2049
	%2051 = select i1 %2048, double %2050, double %2041
	%2052 = add i32 %2043, 1
	%2053 = select i1 %2048, i32 %2052, i32 %2043
	%2054 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 9, i32 31)
	%2055 = fcmp olt double %2051, 0x3FEE666666666666
	%2056 = add i32 %1823, 9
	%2057 = icmp slt i32 %2056, %855
	%2058 = and i1 %2055, %2057
	%2059 = fpext float %2054 to double
	%2060 = fadd double %2051, %2059
	%2061 = select i1 %2058, double %2060, double %2051
	%2062 = add i32 %2053, 1
	%2063 = select i1 %2058, i32 %2062, i32 %2053
	%2064 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 10, i32 31)
	%2065 = fcmp olt double %2061, 0x3FEE666666666666
	%2066 = add i32 %1823, 10
	%2067 = icmp slt i32 %2066, %855
	%2068 = and i1 %2065, %2067
	%2069 = fpext float %2064 to double
	%2070 = fadd double %2061, %2069
	%2071 = select i1 %2068, double %2070, double %2061
	%2072 = add i32 %2063, 1
	%2073 = select i1 %2068, i32 %2072, i32 %2063
	%2074 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 11, i32 31)
	%2075 = fcmp olt double %2071, 0x3FEE666666666666
	%2076 = add i32 %1823, 11
	%2077 = icmp slt i32 %2076, %855
	%2078 = and i1 %2075, %2077
	%2079 = fpext float %2074 to double
	%2080 = fadd double %2071, %2079
	%2081 = select i1 %2078, double %2080, double %2071
	%2082 = add i32 %2073, 1
	%2083 = select i1 %2078, i32 %2082, i32 %2073
	%2084 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 12, i32 31)
	%2085 = fcmp olt double %2081, 0x3FEE666666666666
	%2086 = add i32 %1823, 12
	%2087 = icmp slt i32 %2086, %855
	%2088 = and i1 %2085, %2087
	%2089 = fpext float %2084 to double
	%2090 = fadd double %2081, %2089
	%2091 = select i1 %2088, double %2090, double %2081
	%2092 = add i32 %2083, 1
	%2093 = select i1 %2088, i32 %2092, i32 %2083
	%2094 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 13, i32 31)
	%2095 = fcmp olt double %2091, 0x3FEE666666666666
	%2096 = add i32 %1823, 13
	%2097 = icmp slt i32 %2096, %855
	%2098 = and i1 %2095, %2097
	%2099 = fpext float %2094 to double
	%2100 = fadd double %2091, %2099
	%2101 = select i1 %2098, double %2100, double %2091
	%2102 = add i32 %2093, 1
	%2103 = select i1 %2098, i32 %2102, i32 %2093
	%2104 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 14, i32 31)
	%2105 = fcmp olt double %2101, 0x3FEE666666666666
	%2106 = add i32 %1823, 14
	%2107 = icmp slt i32 %2106, %855
	%2108 = and i1 %2105, %2107
	%2109 = fpext float %2104 to double
	%2110 = fadd double %2101, %2109
	%2111 = select i1 %2108, double %2110, double %2101
	%2112 = add i32 %2103, 1
	%2113 = select i1 %2108, i32 %2112, i32 %2103
	%2114 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 15, i32 31)
	%2115 = fcmp olt double %2111, 0x3FEE666666666666
	%2116 = add i32 %1823, 15
	%2117 = icmp slt i32 %2116, %855
	%2118 = and i1 %2115, %2117
	%2119 = fpext float %2114 to double
	%2120 = fadd double %2111, %2119
	%2121 = select i1 %2118, double %2120, double %2111
	%2122 = add i32 %2113, 1
	%2123 = select i1 %2118, i32 %2122, i32 %2113
	%2124 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 16, i32 31)
	%2125 = fcmp olt double %2121, 0x3FEE666666666666
	%2126 = add i32 %1823, 16
	%2127 = icmp slt i32 %2126, %855
	%2128 = and i1 %2125, %2127
	%2129 = fpext float %2124 to double
	%2130 = fadd double %2121, %2129
	%2131 = select i1 %2128, double %2130, double %2121
	%2132 = add i32 %2123, 1
	%2133 = select i1 %2128, i32 %2132, i32 %2123
	%2134 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 17, i32 31)
	%2135 = fcmp olt double %2131, 0x3FEE666666666666
	%2136 = add i32 %1823, 17
	%2137 = icmp slt i32 %2136, %855
	%2138 = and i1 %2135, %2137
	%2139 = fpext float %2134 to double
	%2140 = fadd double %2131, %2139
	%2141 = select i1 %2138, double %2140, double %2131
	%2142 = add i32 %2133, 1
	%2143 = select i1 %2138, i32 %2142, i32 %2133
	%2144 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 18, i32 31)
	%2145 = fcmp olt double %2141, 0x3FEE666666666666
	%2146 = add i32 %1823, 18
	%2147 = icmp slt i32 %2146, %855
	%2148 = and i1 %2145, %2147
	%2149 = fpext float %2144 to double
	%2150 = fadd double %2141, %2149
	%2151 = select i1 %2148, double %2150, double %2141
	%2152 = add i32 %2143, 1
	%2153 = select i1 %2148, i32 %2152, i32 %2143
	%2154 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 19, i32 31)
	%2155 = fcmp olt double %2151, 0x3FEE666666666666
	%2156 = add i32 %1823, 19
	%2157 = icmp slt i32 %2156, %855
	%2158 = and i1 %2155, %2157
	%2159 = fpext float %2154 to double
	%2160 = fadd double %2151, %2159
	%2161 = select i1 %2158, double %2160, double %2151
	%2162 = add i32 %2153, 1
	%2163 = select i1 %2158, i32 %2162, i32 %2153
	%2164 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 20, i32 31)
	%2165 = fcmp olt double %2161, 0x3FEE666666666666
	%2166 = add i32 %1823, 20
	%2167 = icmp slt i32 %2166, %855
	%2168 = and i1 %2165, %2167
	%2169 = fpext float %2164 to double
	%2170 = fadd double %2161, %2169
	%2171 = select i1 %2168, double %2170, double %2161
	%2172 = add i32 %2163, 1
	%2173 = select i1 %2168, i32 %2172, i32 %2163
	%2174 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 21, i32 31)
	%2175 = fcmp olt double %2171, 0x3FEE666666666666
	%2176 = add i32 %1823, 21
	%2177 = icmp slt i32 %2176, %855
	%2178 = and i1 %2175, %2177
	%2179 = fpext float %2174 to double
	%2180 = fadd double %2171, %2179
	%2181 = select i1 %2178, double %2180, double %2171
	%2182 = add i32 %2173, 1
	%2183 = select i1 %2178, i32 %2182, i32 %2173
	%2184 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 22, i32 31)
	%2185 = fcmp olt double %2181, 0x3FEE666666666666
	%2186 = add i32 %1823, 22
	%2187 = icmp slt i32 %2186, %855
	%2188 = and i1 %2185, %2187
	%2189 = fpext float %2184 to double
	%2190 = fadd double %2181, %2189
	%2191 = select i1 %2188, double %2190, double %2181
	%2192 = add i32 %2183, 1
	%2193 = select i1 %2188, i32 %2192, i32 %2183
	%2194 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 23, i32 31)
	%2195 = fcmp olt double %2191, 0x3FEE666666666666
	%2196 = add i32 %1823, 23
	%2197 = icmp slt i32 %2196, %855
	%2198 = and i1 %2195, %2197
	%2199 = fpext float %2194 to double
	%2200 = fadd double %2191, %2199
	%2201 = select i1 %2198, double %2200, double %2191
	%2202 = add i32 %2193, 1
	%2203 = select i1 %2198, i32 %2202, i32 %2193
	%2204 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 24, i32 31)
	%2205 = fcmp olt double %2201, 0x3FEE666666666666
	%2206 = add i32 %1823, 24
	%2207 = icmp slt i32 %2206, %855
	%2208 = and i1 %2205, %2207
	%2209 = fpext float %2204 to double
	%2210 = fadd double %2201, %2209
	%2211 = select i1 %2208, double %2210, double %2201
	%2212 = add i32 %2203, 1
	%2213 = select i1 %2208, i32 %2212, i32 %2203
	%2214 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 25, i32 31)
	%2215 = fcmp olt double %2211, 0x3FEE666666666666
	%2216 = add i32 %1823, 25
	%2217 = icmp slt i32 %2216, %855
	%2218 = and i1 %2215, %2217
	%2219 = fpext float %2214 to double
	%2220 = fadd double %2211, %2219
	%2221 = select i1 %2218, double %2220, double %2211
	%2222 = add i32 %2213, 1
	%2223 = select i1 %2218, i32 %2222, i32 %2213
	%2224 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 26, i32 31)
	%2225 = fcmp olt double %2221, 0x3FEE666666666666
	%2226 = add i32 %1823, 26
	%2227 = icmp slt i32 %2226, %855
	%2228 = and i1 %2225, %2227
	%2229 = fpext float %2224 to double
	%2230 = fadd double %2221, %2229
	%2231 = select i1 %2228, double %2230, double %2221
	%2232 = add i32 %2223, 1
	%2233 = select i1 %2228, i32 %2232, i32 %2223
	%2234 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 27, i32 31)
	%2235 = fcmp olt double %2231, 0x3FEE666666666666
	%2236 = add i32 %1823, 27
	%2237 = icmp slt i32 %2236, %855
	%2238 = and i1 %2235, %2237
	%2239 = fpext float %2234 to double
	%2240 = fadd double %2231, %2239
	%2241 = select i1 %2238, double %2240, double %2231
	%2242 = add i32 %2233, 1
	%2243 = select i1 %2238, i32 %2242, i32 %2233
	%2244 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 28, i32 31)
	%2245 = fcmp olt double %2241, 0x3FEE666666666666
	%2246 = add i32 %1823, 28
	%2247 = icmp slt i32 %2246, %855
	%2248 = and i1 %2245, %2247
	%2249 = fpext float %2244 to double
	%2250 = fadd double %2241, %2249
	%2251 = select i1 %2248, double %2250, double %2241
	%2252 = add i32 %2243, 1
	%2253 = select i1 %2248, i32 %2252, i32 %2243
	%2254 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 29, i32 31)
	%2255 = fcmp olt double %2251, 0x3FEE666666666666
	%2256 = add i32 %1823, 29
	%2257 = icmp slt i32 %2256, %855
	%2258 = and i1 %2255, %2257
	%2259 = fpext float %2254 to double
	%2260 = fadd double %2251, %2259
	%2261 = select i1 %2258, double %2260, double %2251
	%2262 = add i32 %2253, 1
	%2263 = select i1 %2258, i32 %2262, i32 %2253
	%2264 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 30, i32 31)
	%2265 = fcmp olt double %2261, 0x3FEE666666666666
	%2266 = add i32 %1823, 30
	%2267 = icmp slt i32 %2266, %855
	%2268 = and i1 %2265, %2267
	%2269 = fpext float %2264 to double
	%2270 = fadd double %2261, %2269
	%2271 = select i1 %2268, double %2270, double %2261
	%2272 = add i32 %2263, 1
	%2273 = select i1 %2268, i32 %2272, i32 %2263
	%2274 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 31, i32 31)
	%2275 = fcmp olt double %2271, 0x3FEE666666666666
	%2276 = add i32 %1823, 31
	%2277 = icmp slt i32 %2276, %855
	%2278 = and i1 %2275, %2277
	%2279 = fpext float %2274 to double
	%2280 = fadd double %2271, %2279
	%2281 = select i1 %2278, double %2280, double %2271
	%2282 = add i32 %2273, 1
	%2283 = select i1 %2278, i32 %2282, i32 %2273
	br label %2284

2284:
	%2285 = phi double [ %1961, %1938 ], [ %2281, %1963 ]
	%2286 = phi i32 [ %1962, %1938 ], [ %2283, %1963 ]
	%2287 = add i32 %1823, 32
	br label %1822

2288:
	%2289 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1825, i32 addrspace(3)* %2289
	%2290 = fcmp oge double %1824, 0x3FEE666666666666
	%2291 = zext i1 %2290 to i32
	%2292 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2291, i32 addrspace(3)* %2292
	br label %2293

2293:
	br label %1809

2294:
	%2295 = phi i32 [ %861, %mass_done ], [ %2305, %2297 ]
	%2296 = icmp slt i32 %2295, %NK
	br i1 %2296, label %2297, label %2306

2297:
	%2298 = add i32 %13, %2295
	%2299 = sext i32 %2298 to i64
	%2300 = getelementptr i32, i32* %list, i64 %2299
	store i32 -1, i32* %2300
	%2301 = add i32 %13, %NK
	%2302 = add i32 %2301, %2295
	%2303 = sext i32 %2302 to i64
	%2304 = getelementptr i32, i32* %list, i64 %2303
	store i32 -1, i32* %2304
	%2305 = add i32 %2295, 256
	br label %2294

2306:
	ret void
}
