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
	%330 = fsub double 0x3FECCCCCCCCCCCCD, %329
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
	%394 = phi i32 [ %0, %324 ], [ %463, %462 ]
	%395 = icmp slt i32 %394, %16
	br i1 %395, label %396, label %406

396:
	%397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %394
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp uge i32 %398, 2
	%400 = and i32 %398, 0
	%401 = icmp eq i32 %400, 0
	%402 = and i1 %399, %401
	%403 = lshr i32 %398, 24
	%404 = and i32 %403, 255
	%405 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %402)
	br i1 %405, label %435, label %443

406:
	call void @llvm.nvvm.barrier0()
	%407 = sub i32 255, %0
	%408 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %407
	%409 = load i32, i32 addrspace(3)* %408
	%410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %407
	%411 = load i32, i32 addrspace(3)* %410
	%412 = and i32 %0, 31
	%413 = lshr i32 %0, 5
	%414 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %411, i32 1, i32 0)
	%415 = icmp uge i32 %412, 1
	%416 = select i1 %415, i32 %414, i32 0
	%417 = add i32 %411, %416
	%418 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %417, i32 2, i32 0)
	%419 = icmp uge i32 %412, 2
	%420 = select i1 %419, i32 %418, i32 0
	%421 = add i32 %417, %420
	%422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %421, i32 4, i32 0)
	%423 = icmp uge i32 %412, 4
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %421, %424
	%426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %425, i32 8, i32 0)
	%427 = icmp uge i32 %412, 8
	%428 = select i1 %427, i32 %426, i32 0
	%429 = add i32 %425, %428
	%430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %429, i32 16, i32 0)
	%431 = icmp uge i32 %412, 16
	%432 = select i1 %431, i32 %430, i32 0
	%433 = add i32 %429, %432
	%434 = icmp eq i32 %412, 31
	br i1 %434, label %464, label %466

435:
	%436 = select i1 %402, i32 %404, i32 256
	%437 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %436)
	%438 = shl i32 1, %3
	%439 = sub i32 %438, 1
	%440 = and i32 %437, %439
	%441 = icmp eq i32 %440, 0
	%442 = and i1 %402, %441
	br i1 %442, label %454, label %458

443:
	%444 = sub i32 %398, 2
	%445 = bitcast i32 %444 to float
	%446 = fcmp ogt float %445, 0.0
	%447 = select i1 %446, float %445, float 0.0
	%448 = fcmp olt float %447, 1.0
	%449 = select i1 %448, float %447, float 1.0
	%450 = fmul float %449, 262144.0
	%451 = fptosi float %450 to i32
	%452 = icmp sgt i32 %451, 0
	%453 = and i1 %402, %452
	br i1 %453, label %459, label %462

454:
	%455 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %404
	%456 = call i32 @llvm.ctpop.i32(i32 %437)
	%457 = atomicrmw add i32 addrspace(3)* %455, i32 %456 monotonic
	br label %458

458:
	br label %443

459:
	%460 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %404
	%461 = atomicrmw add i32 addrspace(3)* %460, i32 %451 monotonic
	br label %462

462:
	%463 = add i32 %394, 256
	br label %393

464:
	%465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %413
	store i32 %433, i32 addrspace(3)* %465
	br label %466

466:
	call void @llvm.nvvm.barrier0()
	%467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%468 = load i32, i32 addrspace(3)* %467
	%469 = icmp sgt i32 %413, 0
	%470 = select i1 %469, i32 %468, i32 0
	%471 = add i32 0, %470
	%472 = add i32 0, %468
	%473 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%474 = load i32, i32 addrspace(3)* %473
	%475 = icmp sgt i32 %413, 1
	%476 = select i1 %475, i32 %474, i32 0
	%477 = add i32 %471, %476
	%478 = add i32 %472, %474
	%479 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%480 = load i32, i32 addrspace(3)* %479
	%481 = icmp sgt i32 %413, 2
	%482 = select i1 %481, i32 %480, i32 0
	%483 = add i32 %477, %482
	%484 = add i32 %478, %480
	%485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%486 = load i32, i32 addrspace(3)* %485
	%487 = icmp sgt i32 %413, 3
	%488 = select i1 %487, i32 %486, i32 0
	%489 = add i32 %483, %488
	%490 = add i32 %484, %486
	%491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%492 = load i32, i32 addrspace(3)* %491
	%493 = icmp sgt i32 %413, 4
	%494 = select i1 %493, i32 %492, i32 0
	%495 = add i32 %489, %494
	%496 = add i32 %490, %492
	%497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%498 = load i32, i32 addrspace(3)* %497
	%499 = icmp sgt i32 %413, 5
	%500 = select i1 %499, i32 %498, i32 0
	%501 = add i32 %495, %500
	%502 = add i32 %496, %498
	%503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%504 = load i32, i32 addrspace(3)* %503
	%505 = icmp sgt i32 %413, 6
	%506 = select i1 %505, i32 %504, i32 0
	%507 = add i32 %501, %506
	%508 = add i32 %502, %504
	%509 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%510 = load i32, i32 addrspace(3)* %509
	%511 = icmp sgt i32 %413, 7
	%512 = select i1 %511, i32 %510, i32 0
	%513 = add i32 %507, %512
	%514 = add i32 %508, %510
	%515 = add i32 %513, %433
	%516 = sub i32 %515, %411
	%517 = and i32 %0, 31
	%518 = lshr i32 %0, 5
	%519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %409, i32 1, i32 0)
	%520 = icmp uge i32 %517, 1
	%521 = select i1 %520, i32 %519, i32 0
	%522 = add i32 %409, %521
	%523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %522, i32 2, i32 0)
	%524 = icmp uge i32 %517, 2
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %522, %525
	%527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %526, i32 4, i32 0)
	%528 = icmp uge i32 %517, 4
	%529 = select i1 %528, i32 %527, i32 0
	%530 = add i32 %526, %529
	%531 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %530, i32 8, i32 0)
	%532 = icmp uge i32 %517, 8
	%533 = select i1 %532, i32 %531, i32 0
	%534 = add i32 %530, %533
	%535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %534, i32 16, i32 0)
	%536 = icmp uge i32 %517, 16
	%537 = select i1 %536, i32 %535, i32 0
	%538 = add i32 %534, %537
	%539 = icmp eq i32 %517, 31
	br i1 %539, label %540, label %542

540:
	%541 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %518
	store i32 %538, i32 addrspace(3)* %541
	br label %542

542:
	call void @llvm.nvvm.barrier0()
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %518, 0
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 0, %546
	%548 = add i32 0, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %518, 1
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %518, 2
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %518, 3
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %518, 4
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %518, 5
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %518, 6
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%586 = load i32, i32 addrspace(3)* %585
	%587 = icmp sgt i32 %518, 7
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = add i32 %584, %586
	%591 = add i32 %589, %538
	%592 = sub i32 %591, %409
	%593 = icmp slt i32 %516, %336
	%594 = add i32 %516, %411
	%595 = icmp sle i32 %336, %594
	%596 = and i1 %593, %595
	%597 = icmp slt i32 %514, %336
	%598 = icmp eq i32 %0, 0
	%599 = and i1 %597, %598
	%600 = or i1 %596, %599
	br i1 %600, label %601, label %607

601:
	%602 = select i1 %597, i32 0, i32 %407
	%603 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %602, i32 addrspace(3)* %603
	%604 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %516, i32 addrspace(3)* %604
	%605 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %592, i32 addrspace(3)* %605
	%606 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %409, i32 addrspace(3)* %606
	br label %607

607:
	call void @llvm.nvvm.barrier0()
	%608 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%609 = load i32, i32 addrspace(3)* %608
	%610 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%611 = load i32, i32 addrspace(3)* %610
	%612 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%613 = load i32, i32 addrspace(3)* %612
	%614 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%615 = load i32, i32 addrspace(3)* %614
	%616 = shl i32 %609, 24
	%617 = or i32 0, %616
	%618 = sub i32 %336, %611
	%619 = add i32 0, %613
	%620 = or i1 false, %597
	%621 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %622
	%623 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %623
	call void @llvm.nvvm.barrier0()
	br label %624

624:
	%625 = phi i32 [ %0, %607 ], [ %694, %693 ]
	%626 = icmp slt i32 %625, %16
	br i1 %626, label %627, label %637

627:
	%628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %625
	%629 = load i32, i32 addrspace(3)* %628
	%630 = icmp uge i32 %629, 2
	%631 = and i32 %629, %621
	%632 = icmp eq i32 %631, %617
	%633 = and i1 %630, %632
	%634 = lshr i32 %629, 16
	%635 = and i32 %634, 255
	%636 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %633)
	br i1 %636, label %666, label %674

637:
	call void @llvm.nvvm.barrier0()
	%638 = sub i32 255, %0
	%639 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %638
	%640 = load i32, i32 addrspace(3)* %639
	%641 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %638
	%642 = load i32, i32 addrspace(3)* %641
	%643 = and i32 %0, 31
	%644 = lshr i32 %0, 5
	%645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %642, i32 1, i32 0)
	%646 = icmp uge i32 %643, 1
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %642, %647
	%649 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %648, i32 2, i32 0)
	%650 = icmp uge i32 %643, 2
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %648, %651
	%653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %652, i32 4, i32 0)
	%654 = icmp uge i32 %643, 4
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %652, %655
	%657 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %656, i32 8, i32 0)
	%658 = icmp uge i32 %643, 8
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %656, %659
	%661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %660, i32 16, i32 0)
	%662 = icmp uge i32 %643, 16
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %660, %663
	%665 = icmp eq i32 %643, 31
	br i1 %665, label %695, label %697

666:
	%667 = select i1 %633, i32 %635, i32 256
	%668 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %667)
	%669 = shl i32 1, %3
	%670 = sub i32 %669, 1
	%671 = and i32 %668, %670
	%672 = icmp eq i32 %671, 0
	%673 = and i1 %633, %672
	br i1 %673, label %685, label %689

674:
	%675 = sub i32 %629, 2
	%676 = bitcast i32 %675 to float
	%677 = fcmp ogt float %676, 0.0
	%678 = select i1 %677, float %676, float 0.0
	%679 = fcmp olt float %678, 1.0
	%680 = select i1 %679, float %678, float 1.0
	%681 = fmul float %680, 262144.0
	%682 = fptosi float %681 to i32
	%683 = icmp sgt i32 %682, 0
	%684 = and i1 %633, %683
	br i1 %684, label %690, label %693

685:
	%686 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %635
	%687 = call i32 @llvm.ctpop.i32(i32 %668)
	%688 = atomicrmw add i32 addrspace(3)* %686, i32 %687 monotonic
	br label %689

689:
	br label %674

690:
	%691 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %635
	%692 = atomicrmw add i32 addrspace(3)* %691, i32 %682 monotonic
	br label %693

693:
	%694 = add i32 %625, 256
	br label %624

695:
	%696 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %644
	store i32 %664, i32 addrspace(3)* %696
	br label %697

697:
	call void @llvm.nvvm.barrier0()
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %644, 0
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 0, %701
	%703 = add i32 0, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %644, 1
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %644, 2
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %644, 3
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %644, 4
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %644, 5
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %644, 6
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%741 = load i32, i32 addrspace(3)* %740
	%742 = icmp sgt i32 %644, 7
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %738, %743
	%745 = add i32 %739, %741
	%746 = add i32 %744, %664
	%747 = sub i32 %746, %642
	%748 = and i32 %0, 31
	%749 = lshr i32 %0, 5
	%750 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %640, i32 1, i32 0)
	%751 = icmp uge i32 %748, 1
	%752 = select i1 %751, i32 %750, i32 0
	%753 = add i32 %640, %752
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %753, i32 2, i32 0)
	%755 = icmp uge i32 %748, 2
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %753, %756
	%758 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %757, i32 4, i32 0)
	%759 = icmp uge i32 %748, 4
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %757, %760
	%762 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %761, i32 8, i32 0)
	%763 = icmp uge i32 %748, 8
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %761, %764
	%766 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %765, i32 16, i32 0)
	%767 = icmp uge i32 %748, 16
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %765, %768
	%770 = icmp eq i32 %748, 31
	br i1 %770, label %771, label %773

771:
	%772 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %749
	store i32 %769, i32 addrspace(3)* %772
	br label %773

773:
	call void @llvm.nvvm.barrier0()
	%774 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%775 = load i32, i32 addrspace(3)* %774
	%776 = icmp sgt i32 %749, 0
	%777 = select i1 %776, i32 %775, i32 0
	%778 = add i32 0, %777
	%779 = add i32 0, %775
	%780 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%781 = load i32, i32 addrspace(3)* %780
	%782 = icmp sgt i32 %749, 1
	%783 = select i1 %782, i32 %781, i32 0
	%784 = add i32 %778, %783
	%785 = add i32 %779, %781
	%786 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%787 = load i32, i32 addrspace(3)* %786
	%788 = icmp sgt i32 %749, 2
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %784, %789
	%791 = add i32 %785, %787
	%792 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%793 = load i32, i32 addrspace(3)* %792
	%794 = icmp sgt i32 %749, 3
	%795 = select i1 %794, i32 %793, i32 0
	%796 = add i32 %790, %795
	%797 = add i32 %791, %793
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %749, 4
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 %796, %801
	%803 = add i32 %797, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %749, 5
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %749, 6
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%817 = load i32, i32 addrspace(3)* %816
	%818 = icmp sgt i32 %749, 7
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %814, %819
	%821 = add i32 %815, %817
	%822 = add i32 %820, %769
	%823 = sub i32 %822, %640
	%824 = icmp slt i32 %747, %618
	%825 = add i32 %747, %642
	%826 = icmp sle i32 %618, %825
	%827 = and i1 %824, %826
	%828 = icmp slt i32 %745, %618
	%829 = icmp eq i32 %0, 0
	%830 = and i1 %828, %829
	%831 = or i1 %827, %830
	br i1 %831, label %832, label %838

832:
	%833 = select i1 %828, i32 0, i32 %638
	%834 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %833, i32 addrspace(3)* %834
	%835 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %747, i32 addrspace(3)* %835
	%836 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %823, i32 addrspace(3)* %836
	%837 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %640, i32 addrspace(3)* %837
	br label %838

838:
	call void @llvm.nvvm.barrier0()
	%839 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%840 = load i32, i32 addrspace(3)* %839
	%841 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%842 = load i32, i32 addrspace(3)* %841
	%843 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%844 = load i32, i32 addrspace(3)* %843
	%845 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%846 = load i32, i32 addrspace(3)* %845
	%847 = shl i32 %840, 16
	%848 = or i32 %617, %847
	%849 = sub i32 %618, %842
	%850 = add i32 %619, %844
	%851 = or i1 %620, %828
	%852 = or i32 %621, u0xFF0000
	%853 = add i32 %850, %846
	%854 = select i1 %851, i32 %327, i32 %853
	%855 = select i1 %851, i32 2, i32 %848
	%856 = icmp sge i32 %854, 0
	%857 = sub i32 %855, 1
	%858 = icmp slt i32 0, %327
	%859 = select i1 %858, i32 0, i32 %327
	%860 = select i1 %856, i32 %854, i32 %859
	br label %mass

mass:
	%861 = phi i32 [ %860, %838 ], [ %1847, %1835 ]
	%862 = phi i1 [ true, %838 ], [ false, %1835 ]
	%863 = and i1 %862, %856
	br i1 %863, label %mass_bins, label %mass_topk

mass_done:
	%864 = icmp sgt i32 %1837, 0
	%865 = select i1 %864, i32 %1837, i32 0
	%866 = add i32 %326, %865
	%867 = icmp sle i32 %M, 16
	%868 = add i32 %866, 1
	%869 = add i32 %326, %861
	%870 = icmp sgt i32 %868, %869
	%871 = select i1 %870, i32 %868, i32 %869
	%872 = icmp slt i32 %871, %NK
	%873 = select i1 %872, i32 %871, i32 %NK
	%874 = select i1 %867, i32 %NK, i32 %873
	%875 = add i32 %866, %0
	br label %2320

mass_bins:
	%876 = shl i32 1, %3
	%877 = sub i32 %876, 1
	br label %886

mass_topk:
	%878 = icmp sgt i32 %861, 0
	br i1 %878, label %topk, label %topk_done

mass_taken:
	%879 = sub i32 %861, 1
	%880 = call i32 @llvm.ctlz.i32(i32 %879, i1 false)
	%881 = icmp sgt i32 %861, 1
	%882 = sub i32 32, %880
	%883 = select i1 %881, i32 %882, i32 0
	%884 = shl i32 1, %883
	%885 = add i32 %861, %0
	br label %1749

886:
	%887 = phi i32 [ 0, %mass_bins ], [ %935, %934 ]
	%888 = icmp slt i32 %887, %16
	br i1 %888, label %889, label %897

889:
	%890 = add i32 %887, %0
	%891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %890
	%892 = load i32, i32 addrspace(3)* %891
	%893 = icmp ugt i32 %892, %857
	%894 = icmp eq i32 %892, %857
	%895 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %893)
	%896 = icmp eq i32 %3, 0
	br i1 %896, label %928, label %934

897:
	call void @llvm.nvvm.barrier0()
	%898 = sdiv i32 %16, 256
	%899 = mul i32 %898, 8
	%900 = icmp slt i32 %0, %899
	%901 = select i1 %900, i32 %0, i32 0
	%902 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %901
	%903 = load i32, i32 addrspace(3)* %902
	%904 = select i1 %900, i32 %903, i32 0
	%905 = and i32 %0, 31
	%906 = lshr i32 %0, 5
	%907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 1, i32 0)
	%908 = icmp uge i32 %905, 1
	%909 = select i1 %908, i32 %907, i32 0
	%910 = add i32 %904, %909
	%911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %910, i32 2, i32 0)
	%912 = icmp uge i32 %905, 2
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %910, %913
	%915 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %914, i32 4, i32 0)
	%916 = icmp uge i32 %905, 4
	%917 = select i1 %916, i32 %915, i32 0
	%918 = add i32 %914, %917
	%919 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %918, i32 8, i32 0)
	%920 = icmp uge i32 %905, 8
	%921 = select i1 %920, i32 %919, i32 0
	%922 = add i32 %918, %921
	%923 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %922, i32 16, i32 0)
	%924 = icmp uge i32 %905, 16
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %922, %925
	%927 = icmp eq i32 %905, 31
	br i1 %927, label %936, label %938

928:
	%929 = sdiv i32 %887, 256
	%930 = mul i32 %929, 8
	%931 = add i32 %930, %4
	%932 = call i32 @llvm.ctpop.i32(i32 %895)
	%933 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %931
	store i32 %932, i32 addrspace(3)* %933
	br label %934

934:
	%935 = add i32 %887, 256
	br label %886

936:
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %906
	store i32 %926, i32 addrspace(3)* %937
	br label %938

938:
	call void @llvm.nvvm.barrier0()
	%939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%940 = load i32, i32 addrspace(3)* %939
	%941 = icmp sgt i32 %906, 0
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 0, %942
	%944 = add i32 0, %940
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %906, 1
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %943, %948
	%950 = add i32 %944, %946
	%951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%952 = load i32, i32 addrspace(3)* %951
	%953 = icmp sgt i32 %906, 2
	%954 = select i1 %953, i32 %952, i32 0
	%955 = add i32 %949, %954
	%956 = add i32 %950, %952
	%957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%958 = load i32, i32 addrspace(3)* %957
	%959 = icmp sgt i32 %906, 3
	%960 = select i1 %959, i32 %958, i32 0
	%961 = add i32 %955, %960
	%962 = add i32 %956, %958
	%963 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%964 = load i32, i32 addrspace(3)* %963
	%965 = icmp sgt i32 %906, 4
	%966 = select i1 %965, i32 %964, i32 0
	%967 = add i32 %961, %966
	%968 = add i32 %962, %964
	%969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%970 = load i32, i32 addrspace(3)* %969
	%971 = icmp sgt i32 %906, 5
	%972 = select i1 %971, i32 %970, i32 0
	%973 = add i32 %967, %972
	%974 = add i32 %968, %970
	%975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%976 = load i32, i32 addrspace(3)* %975
	%977 = icmp sgt i32 %906, 6
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 %973, %978
	%980 = add i32 %974, %976
	%981 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%982 = load i32, i32 addrspace(3)* %981
	%983 = icmp sgt i32 %906, 7
	%984 = select i1 %983, i32 %982, i32 0
	%985 = add i32 %979, %984
	%986 = add i32 %980, %982
	%987 = add i32 %985, %926
	%988 = sub i32 %987, %904
	br i1 %900, label %989, label %991

989:
	%990 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %988, i32 addrspace(3)* %990
	br label %991

991:
	call void @llvm.nvvm.barrier0()
	br label %992

992:
	%993 = phi i32 [ 0, %991 ], [ %1016, %1015 ]
	%994 = icmp slt i32 %993, %16
	br i1 %994, label %995, label %1011

995:
	%996 = add i32 %993, %0
	%997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %996
	%998 = load i32, i32 addrspace(3)* %997
	%999 = icmp ugt i32 %998, %857
	%1000 = icmp eq i32 %998, %857
	%1001 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %999)
	%1002 = sdiv i32 %993, 256
	%1003 = mul i32 %1002, 8
	%1004 = add i32 %1003, %4
	%1005 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %999)
	%1006 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1004
	%1007 = load i32, i32 addrspace(3)* %1006
	%1008 = and i32 %1005, %877
	%1009 = call i32 @llvm.ctpop.i32(i32 %1008)
	%1010 = add i32 %1007, %1009
	br i1 %999, label %1012, label %1015

1011:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1012:
	%1013 = add i32 %993, %0
	%1014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1010
	store i32 %1013, i32 addrspace(3)* %1014
	br label %1015

1015:
	%1016 = add i32 %993, 256
	br label %992

topk:
	call void @llvm.nvvm.barrier0()
	%1017 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1017
	call void @llvm.nvvm.barrier0()
	br label %1018

topk_done:
	br label %mass_taken

1018:
	%1019 = phi i32 [ %0, %topk ], [ %1068, %1067 ]
	%1020 = icmp slt i32 %1019, %16
	br i1 %1020, label %1021, label %1031

1021:
	%1022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1019
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = icmp uge i32 %1023, 2
	%1025 = and i32 %1023, 0
	%1026 = icmp eq i32 %1025, 0
	%1027 = and i1 %1024, %1026
	%1028 = lshr i32 %1023, 24
	%1029 = and i32 %1028, 255
	%1030 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1027)
	br i1 %1030, label %1059, label %1067

1031:
	call void @llvm.nvvm.barrier0()
	%1032 = sub i32 255, %0
	%1033 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1032
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1035
	%1036 = and i32 %0, 31
	%1037 = lshr i32 %0, 5
	%1038 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1034, i32 1, i32 0)
	%1039 = icmp uge i32 %1036, 1
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 %1034, %1040
	%1042 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1041, i32 2, i32 0)
	%1043 = icmp uge i32 %1036, 2
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 %1041, %1044
	%1046 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1045, i32 4, i32 0)
	%1047 = icmp uge i32 %1036, 4
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1045, %1048
	%1050 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1049, i32 8, i32 0)
	%1051 = icmp uge i32 %1036, 8
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1049, %1052
	%1054 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1053, i32 16, i32 0)
	%1055 = icmp uge i32 %1036, 16
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1053, %1056
	%1058 = icmp eq i32 %1036, 31
	br i1 %1058, label %1074, label %1076

1059:
	%1060 = select i1 %1027, i32 %1029, i32 256
	%1061 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1060)
	%1062 = shl i32 1, %3
	%1063 = sub i32 %1062, 1
	%1064 = and i32 %1061, %1063
	%1065 = icmp eq i32 %1064, 0
	%1066 = and i1 %1027, %1065
	br i1 %1066, label %1069, label %1073

1067:
	%1068 = add i32 %1019, 256
	br label %1018

1069:
	%1070 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1029
	%1071 = call i32 @llvm.ctpop.i32(i32 %1061)
	%1072 = atomicrmw add i32 addrspace(3)* %1070, i32 %1071 monotonic
	br label %1073

1073:
	br label %1067

1074:
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1037
	store i32 %1057, i32 addrspace(3)* %1075
	br label %1076

1076:
	call void @llvm.nvvm.barrier0()
	%1077 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1078 = load i32, i32 addrspace(3)* %1077
	%1079 = icmp sgt i32 %1037, 0
	%1080 = select i1 %1079, i32 %1078, i32 0
	%1081 = add i32 0, %1080
	%1082 = add i32 0, %1078
	%1083 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = icmp sgt i32 %1037, 1
	%1086 = select i1 %1085, i32 %1084, i32 0
	%1087 = add i32 %1081, %1086
	%1088 = add i32 %1082, %1084
	%1089 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1090 = load i32, i32 addrspace(3)* %1089
	%1091 = icmp sgt i32 %1037, 2
	%1092 = select i1 %1091, i32 %1090, i32 0
	%1093 = add i32 %1087, %1092
	%1094 = add i32 %1088, %1090
	%1095 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1096 = load i32, i32 addrspace(3)* %1095
	%1097 = icmp sgt i32 %1037, 3
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = add i32 %1093, %1098
	%1100 = add i32 %1094, %1096
	%1101 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1102 = load i32, i32 addrspace(3)* %1101
	%1103 = icmp sgt i32 %1037, 4
	%1104 = select i1 %1103, i32 %1102, i32 0
	%1105 = add i32 %1099, %1104
	%1106 = add i32 %1100, %1102
	%1107 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1108 = load i32, i32 addrspace(3)* %1107
	%1109 = icmp sgt i32 %1037, 5
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = add i32 %1105, %1110
	%1112 = add i32 %1106, %1108
	%1113 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1114 = load i32, i32 addrspace(3)* %1113
	%1115 = icmp sgt i32 %1037, 6
	%1116 = select i1 %1115, i32 %1114, i32 0
	%1117 = add i32 %1111, %1116
	%1118 = add i32 %1112, %1114
	%1119 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1120 = load i32, i32 addrspace(3)* %1119
	%1121 = icmp sgt i32 %1037, 7
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = add i32 %1117, %1122
	%1124 = add i32 %1118, %1120
	%1125 = add i32 %1123, %1057
	%1126 = sub i32 %1125, %1034
	%1127 = icmp slt i32 %1126, %861
	%1128 = add i32 %1126, %1034
	%1129 = icmp sle i32 %861, %1128
	%1130 = and i1 %1127, %1129
	br i1 %1130, label %1131, label %1134

1131:
	%1132 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1032, i32 addrspace(3)* %1132
	%1133 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1126, i32 addrspace(3)* %1133
	br label %1134

1134:
	call void @llvm.nvvm.barrier0()
	%1135 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1136 = load i32, i32 addrspace(3)* %1135
	%1137 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1138 = load i32, i32 addrspace(3)* %1137
	%1139 = sub i32 %861, %1138
	%1140 = shl i32 %1136, 24
	%1141 = or i32 0, %1140
	%1142 = or i32 0, u0xFF000000
	br label %1143

1143:
	%1144 = phi i32 [ %0, %1134 ], [ %1193, %1192 ]
	%1145 = icmp slt i32 %1144, %16
	br i1 %1145, label %1146, label %1156

1146:
	%1147 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1144
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = icmp uge i32 %1148, 2
	%1150 = and i32 %1148, %1142
	%1151 = icmp eq i32 %1150, %1141
	%1152 = and i1 %1149, %1151
	%1153 = lshr i32 %1148, 16
	%1154 = and i32 %1153, 255
	%1155 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1152)
	br i1 %1155, label %1184, label %1192

1156:
	call void @llvm.nvvm.barrier0()
	%1157 = sub i32 255, %0
	%1158 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1157
	%1159 = load i32, i32 addrspace(3)* %1158
	%1160 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1160
	%1161 = and i32 %0, 31
	%1162 = lshr i32 %0, 5
	%1163 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1159, i32 1, i32 0)
	%1164 = icmp uge i32 %1161, 1
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = add i32 %1159, %1165
	%1167 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1166, i32 2, i32 0)
	%1168 = icmp uge i32 %1161, 2
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 %1166, %1169
	%1171 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1170, i32 4, i32 0)
	%1172 = icmp uge i32 %1161, 4
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = add i32 %1170, %1173
	%1175 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1174, i32 8, i32 0)
	%1176 = icmp uge i32 %1161, 8
	%1177 = select i1 %1176, i32 %1175, i32 0
	%1178 = add i32 %1174, %1177
	%1179 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1178, i32 16, i32 0)
	%1180 = icmp uge i32 %1161, 16
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = add i32 %1178, %1181
	%1183 = icmp eq i32 %1161, 31
	br i1 %1183, label %1199, label %1201

1184:
	%1185 = select i1 %1152, i32 %1154, i32 256
	%1186 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1185)
	%1187 = shl i32 1, %3
	%1188 = sub i32 %1187, 1
	%1189 = and i32 %1186, %1188
	%1190 = icmp eq i32 %1189, 0
	%1191 = and i1 %1152, %1190
	br i1 %1191, label %1194, label %1198

1192:
	%1193 = add i32 %1144, 256
	br label %1143

1194:
	%1195 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1154
	%1196 = call i32 @llvm.ctpop.i32(i32 %1186)
	%1197 = atomicrmw add i32 addrspace(3)* %1195, i32 %1196 monotonic
	br label %1198

1198:
	br label %1192

1199:
	%1200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1162
	store i32 %1182, i32 addrspace(3)* %1200
	br label %1201

1201:
	call void @llvm.nvvm.barrier0()
	%1202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp sgt i32 %1162, 0
	%1205 = select i1 %1204, i32 %1203, i32 0
	%1206 = add i32 0, %1205
	%1207 = add i32 0, %1203
	%1208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = icmp sgt i32 %1162, 1
	%1211 = select i1 %1210, i32 %1209, i32 0
	%1212 = add i32 %1206, %1211
	%1213 = add i32 %1207, %1209
	%1214 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1215 = load i32, i32 addrspace(3)* %1214
	%1216 = icmp sgt i32 %1162, 2
	%1217 = select i1 %1216, i32 %1215, i32 0
	%1218 = add i32 %1212, %1217
	%1219 = add i32 %1213, %1215
	%1220 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1221 = load i32, i32 addrspace(3)* %1220
	%1222 = icmp sgt i32 %1162, 3
	%1223 = select i1 %1222, i32 %1221, i32 0
	%1224 = add i32 %1218, %1223
	%1225 = add i32 %1219, %1221
	%1226 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = icmp sgt i32 %1162, 4
	%1229 = select i1 %1228, i32 %1227, i32 0
	%1230 = add i32 %1224, %1229
	%1231 = add i32 %1225, %1227
	%1232 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1233 = load i32, i32 addrspace(3)* %1232
	%1234 = icmp sgt i32 %1162, 5
	%1235 = select i1 %1234, i32 %1233, i32 0
	%1236 = add i32 %1230, %1235
	%1237 = add i32 %1231, %1233
	%1238 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1239 = load i32, i32 addrspace(3)* %1238
	%1240 = icmp sgt i32 %1162, 6
	%1241 = select i1 %1240, i32 %1239, i32 0
	%1242 = add i32 %1236, %1241
	%1243 = add i32 %1237, %1239
	%1244 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1245 = load i32, i32 addrspace(3)* %1244
	%1246 = icmp sgt i32 %1162, 7
	%1247 = select i1 %1246, i32 %1245, i32 0
	%1248 = add i32 %1242, %1247
	%1249 = add i32 %1243, %1245
	%1250 = add i32 %1248, %1182
	%1251 = sub i32 %1250, %1159
	%1252 = icmp slt i32 %1251, %1139
	%1253 = add i32 %1251, %1159
	%1254 = icmp sle i32 %1139, %1253
	%1255 = and i1 %1252, %1254
	br i1 %1255, label %1256, label %1259

1256:
	%1257 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1157, i32 addrspace(3)* %1257
	%1258 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1251, i32 addrspace(3)* %1258
	br label %1259

1259:
	call void @llvm.nvvm.barrier0()
	%1260 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1263 = load i32, i32 addrspace(3)* %1262
	%1264 = sub i32 %1139, %1263
	%1265 = shl i32 %1261, 16
	%1266 = or i32 %1141, %1265
	%1267 = or i32 %1142, u0xFF0000
	br label %1268

1268:
	%1269 = phi i32 [ %0, %1259 ], [ %1318, %1317 ]
	%1270 = icmp slt i32 %1269, %16
	br i1 %1270, label %1271, label %1281

1271:
	%1272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1269
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = icmp uge i32 %1273, 2
	%1275 = and i32 %1273, %1267
	%1276 = icmp eq i32 %1275, %1266
	%1277 = and i1 %1274, %1276
	%1278 = lshr i32 %1273, 8
	%1279 = and i32 %1278, 255
	%1280 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1277)
	br i1 %1280, label %1309, label %1317

1281:
	call void @llvm.nvvm.barrier0()
	%1282 = sub i32 255, %0
	%1283 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1282
	%1284 = load i32, i32 addrspace(3)* %1283
	%1285 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1285
	%1286 = and i32 %0, 31
	%1287 = lshr i32 %0, 5
	%1288 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1284, i32 1, i32 0)
	%1289 = icmp uge i32 %1286, 1
	%1290 = select i1 %1289, i32 %1288, i32 0
	%1291 = add i32 %1284, %1290
	%1292 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1291, i32 2, i32 0)
	%1293 = icmp uge i32 %1286, 2
	%1294 = select i1 %1293, i32 %1292, i32 0
	%1295 = add i32 %1291, %1294
	%1296 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1295, i32 4, i32 0)
	%1297 = icmp uge i32 %1286, 4
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = add i32 %1295, %1298
	%1300 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1299, i32 8, i32 0)
	%1301 = icmp uge i32 %1286, 8
	%1302 = select i1 %1301, i32 %1300, i32 0
	%1303 = add i32 %1299, %1302
	%1304 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1303, i32 16, i32 0)
	%1305 = icmp uge i32 %1286, 16
	%1306 = select i1 %1305, i32 %1304, i32 0
	%1307 = add i32 %1303, %1306
	%1308 = icmp eq i32 %1286, 31
	br i1 %1308, label %1324, label %1326

1309:
	%1310 = select i1 %1277, i32 %1279, i32 256
	%1311 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1310)
	%1312 = shl i32 1, %3
	%1313 = sub i32 %1312, 1
	%1314 = and i32 %1311, %1313
	%1315 = icmp eq i32 %1314, 0
	%1316 = and i1 %1277, %1315
	br i1 %1316, label %1319, label %1323

1317:
	%1318 = add i32 %1269, 256
	br label %1268

1319:
	%1320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1279
	%1321 = call i32 @llvm.ctpop.i32(i32 %1311)
	%1322 = atomicrmw add i32 addrspace(3)* %1320, i32 %1321 monotonic
	br label %1323

1323:
	br label %1317

1324:
	%1325 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1287
	store i32 %1307, i32 addrspace(3)* %1325
	br label %1326

1326:
	call void @llvm.nvvm.barrier0()
	%1327 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1328 = load i32, i32 addrspace(3)* %1327
	%1329 = icmp sgt i32 %1287, 0
	%1330 = select i1 %1329, i32 %1328, i32 0
	%1331 = add i32 0, %1330
	%1332 = add i32 0, %1328
	%1333 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1334 = load i32, i32 addrspace(3)* %1333
	%1335 = icmp sgt i32 %1287, 1
	%1336 = select i1 %1335, i32 %1334, i32 0
	%1337 = add i32 %1331, %1336
	%1338 = add i32 %1332, %1334
	%1339 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1340 = load i32, i32 addrspace(3)* %1339
	%1341 = icmp sgt i32 %1287, 2
	%1342 = select i1 %1341, i32 %1340, i32 0
	%1343 = add i32 %1337, %1342
	%1344 = add i32 %1338, %1340
	%1345 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1346 = load i32, i32 addrspace(3)* %1345
	%1347 = icmp sgt i32 %1287, 3
	%1348 = select i1 %1347, i32 %1346, i32 0
	%1349 = add i32 %1343, %1348
	%1350 = add i32 %1344, %1346
	%1351 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1352 = load i32, i32 addrspace(3)* %1351
	%1353 = icmp sgt i32 %1287, 4
	%1354 = select i1 %1353, i32 %1352, i32 0
	%1355 = add i32 %1349, %1354
	%1356 = add i32 %1350, %1352
	%1357 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1358 = load i32, i32 addrspace(3)* %1357
	%1359 = icmp sgt i32 %1287, 5
	%1360 = select i1 %1359, i32 %1358, i32 0
	%1361 = add i32 %1355, %1360
	%1362 = add i32 %1356, %1358
	%1363 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1364 = load i32, i32 addrspace(3)* %1363
	%1365 = icmp sgt i32 %1287, 6
	%1366 = select i1 %1365, i32 %1364, i32 0
	%1367 = add i32 %1361, %1366
	%1368 = add i32 %1362, %1364
	%1369 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1370 = load i32, i32 addrspace(3)* %1369
	%1371 = icmp sgt i32 %1287, 7
	%1372 = select i1 %1371, i32 %1370, i32 0
	%1373 = add i32 %1367, %1372
	%1374 = add i32 %1368, %1370
	%1375 = add i32 %1373, %1307
	%1376 = sub i32 %1375, %1284
	%1377 = icmp slt i32 %1376, %1264
	%1378 = add i32 %1376, %1284
	%1379 = icmp sle i32 %1264, %1378
	%1380 = and i1 %1377, %1379
	br i1 %1380, label %1381, label %1384

1381:
	%1382 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1282, i32 addrspace(3)* %1382
	%1383 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1376, i32 addrspace(3)* %1383
	br label %1384

1384:
	call void @llvm.nvvm.barrier0()
	%1385 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1386 = load i32, i32 addrspace(3)* %1385
	%1387 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1388 = load i32, i32 addrspace(3)* %1387
	%1389 = sub i32 %1264, %1388
	%1390 = shl i32 %1386, 8
	%1391 = or i32 %1266, %1390
	%1392 = or i32 %1267, u0xFF00
	br label %1393

1393:
	%1394 = phi i32 [ %0, %1384 ], [ %1443, %1442 ]
	%1395 = icmp slt i32 %1394, %16
	br i1 %1395, label %1396, label %1406

1396:
	%1397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1394
	%1398 = load i32, i32 addrspace(3)* %1397
	%1399 = icmp uge i32 %1398, 2
	%1400 = and i32 %1398, %1392
	%1401 = icmp eq i32 %1400, %1391
	%1402 = and i1 %1399, %1401
	%1403 = lshr i32 %1398, 0
	%1404 = and i32 %1403, 255
	%1405 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1402)
	br i1 %1405, label %1434, label %1442

1406:
	call void @llvm.nvvm.barrier0()
	%1407 = sub i32 255, %0
	%1408 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1407
	%1409 = load i32, i32 addrspace(3)* %1408
	%1410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1410
	%1411 = and i32 %0, 31
	%1412 = lshr i32 %0, 5
	%1413 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1409, i32 1, i32 0)
	%1414 = icmp uge i32 %1411, 1
	%1415 = select i1 %1414, i32 %1413, i32 0
	%1416 = add i32 %1409, %1415
	%1417 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1416, i32 2, i32 0)
	%1418 = icmp uge i32 %1411, 2
	%1419 = select i1 %1418, i32 %1417, i32 0
	%1420 = add i32 %1416, %1419
	%1421 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1420, i32 4, i32 0)
	%1422 = icmp uge i32 %1411, 4
	%1423 = select i1 %1422, i32 %1421, i32 0
	%1424 = add i32 %1420, %1423
	%1425 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1424, i32 8, i32 0)
	%1426 = icmp uge i32 %1411, 8
	%1427 = select i1 %1426, i32 %1425, i32 0
	%1428 = add i32 %1424, %1427
	%1429 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1428, i32 16, i32 0)
	%1430 = icmp uge i32 %1411, 16
	%1431 = select i1 %1430, i32 %1429, i32 0
	%1432 = add i32 %1428, %1431
	%1433 = icmp eq i32 %1411, 31
	br i1 %1433, label %1449, label %1451

1434:
	%1435 = select i1 %1402, i32 %1404, i32 256
	%1436 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1435)
	%1437 = shl i32 1, %3
	%1438 = sub i32 %1437, 1
	%1439 = and i32 %1436, %1438
	%1440 = icmp eq i32 %1439, 0
	%1441 = and i1 %1402, %1440
	br i1 %1441, label %1444, label %1448

1442:
	%1443 = add i32 %1394, 256
	br label %1393

1444:
	%1445 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1404
	%1446 = call i32 @llvm.ctpop.i32(i32 %1436)
	%1447 = atomicrmw add i32 addrspace(3)* %1445, i32 %1446 monotonic
	br label %1448

1448:
	br label %1442

1449:
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1412
	store i32 %1432, i32 addrspace(3)* %1450
	br label %1451

1451:
	call void @llvm.nvvm.barrier0()
	%1452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp sgt i32 %1412, 0
	%1455 = select i1 %1454, i32 %1453, i32 0
	%1456 = add i32 0, %1455
	%1457 = add i32 0, %1453
	%1458 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1459 = load i32, i32 addrspace(3)* %1458
	%1460 = icmp sgt i32 %1412, 1
	%1461 = select i1 %1460, i32 %1459, i32 0
	%1462 = add i32 %1456, %1461
	%1463 = add i32 %1457, %1459
	%1464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1465 = load i32, i32 addrspace(3)* %1464
	%1466 = icmp sgt i32 %1412, 2
	%1467 = select i1 %1466, i32 %1465, i32 0
	%1468 = add i32 %1462, %1467
	%1469 = add i32 %1463, %1465
	%1470 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1471 = load i32, i32 addrspace(3)* %1470
	%1472 = icmp sgt i32 %1412, 3
	%1473 = select i1 %1472, i32 %1471, i32 0
	%1474 = add i32 %1468, %1473
	%1475 = add i32 %1469, %1471
	%1476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1477 = load i32, i32 addrspace(3)* %1476
	%1478 = icmp sgt i32 %1412, 4
	%1479 = select i1 %1478, i32 %1477, i32 0
	%1480 = add i32 %1474, %1479
	%1481 = add i32 %1475, %1477
	%1482 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1483 = load i32, i32 addrspace(3)* %1482
	%1484 = icmp sgt i32 %1412, 5
	%1485 = select i1 %1484, i32 %1483, i32 0
	%1486 = add i32 %1480, %1485
	%1487 = add i32 %1481, %1483
	%1488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1489 = load i32, i32 addrspace(3)* %1488
	%1490 = icmp sgt i32 %1412, 6
	%1491 = select i1 %1490, i32 %1489, i32 0
	%1492 = add i32 %1486, %1491
	%1493 = add i32 %1487, %1489
	%1494 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1495 = load i32, i32 addrspace(3)* %1494
	%1496 = icmp sgt i32 %1412, 7
	%1497 = select i1 %1496, i32 %1495, i32 0
	%1498 = add i32 %1492, %1497
	%1499 = add i32 %1493, %1495
	%1500 = add i32 %1498, %1432
	%1501 = sub i32 %1500, %1409
	%1502 = icmp slt i32 %1501, %1389
	%1503 = add i32 %1501, %1409
	%1504 = icmp sle i32 %1389, %1503
	%1505 = and i1 %1502, %1504
	br i1 %1505, label %1506, label %1509

1506:
	%1507 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1407, i32 addrspace(3)* %1507
	%1508 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1501, i32 addrspace(3)* %1508
	br label %1509

1509:
	call void @llvm.nvvm.barrier0()
	%1510 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1511 = load i32, i32 addrspace(3)* %1510
	%1512 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1513 = load i32, i32 addrspace(3)* %1512
	%1514 = sub i32 %1389, %1513
	%1515 = shl i32 %1511, 0
	%1516 = or i32 %1391, %1515
	%1517 = or i32 %1392, 255
	%1518 = shl i32 1, %3
	%1519 = sub i32 %1518, 1
	br label %1520

1520:
	%1521 = phi i32 [ 0, %1509 ], [ %1575, %1574 ]
	%1522 = icmp slt i32 %1521, %16
	br i1 %1522, label %1523, label %1532

1523:
	%1524 = add i32 %1521, %0
	%1525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1524
	%1526 = load i32, i32 addrspace(3)* %1525
	%1527 = icmp ugt i32 %1526, %1516
	%1528 = icmp eq i32 %1526, %1516
	%1529 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1527)
	%1530 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1528)
	%1531 = icmp eq i32 %3, 0
	br i1 %1531, label %1566, label %1574

1532:
	call void @llvm.nvvm.barrier0()
	%1533 = sdiv i32 %16, 256
	%1534 = mul i32 %1533, 8
	%1535 = icmp slt i32 %0, %1534
	%1536 = select i1 %1535, i32 %0, i32 0
	%1537 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1536
	%1538 = load i32, i32 addrspace(3)* %1537
	%1539 = select i1 %1535, i32 %1538, i32 0
	%1540 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1536
	%1541 = load i32, i32 addrspace(3)* %1540
	%1542 = select i1 %1535, i32 %1541, i32 0
	%1543 = and i32 %0, 31
	%1544 = lshr i32 %0, 5
	%1545 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1542, i32 1, i32 0)
	%1546 = icmp uge i32 %1543, 1
	%1547 = select i1 %1546, i32 %1545, i32 0
	%1548 = add i32 %1542, %1547
	%1549 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1548, i32 2, i32 0)
	%1550 = icmp uge i32 %1543, 2
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = add i32 %1548, %1551
	%1553 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1552, i32 4, i32 0)
	%1554 = icmp uge i32 %1543, 4
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = add i32 %1552, %1555
	%1557 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1556, i32 8, i32 0)
	%1558 = icmp uge i32 %1543, 8
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1556, %1559
	%1561 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1560, i32 16, i32 0)
	%1562 = icmp uge i32 %1543, 16
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = add i32 %1560, %1563
	%1565 = icmp eq i32 %1543, 31
	br i1 %1565, label %1576, label %1578

1566:
	%1567 = sdiv i32 %1521, 256
	%1568 = mul i32 %1567, 8
	%1569 = add i32 %1568, %4
	%1570 = call i32 @llvm.ctpop.i32(i32 %1529)
	%1571 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1569
	store i32 %1570, i32 addrspace(3)* %1571
	%1572 = call i32 @llvm.ctpop.i32(i32 %1530)
	%1573 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1569
	store i32 %1572, i32 addrspace(3)* %1573
	br label %1574

1574:
	%1575 = add i32 %1521, 256
	br label %1520

1576:
	%1577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1544
	store i32 %1564, i32 addrspace(3)* %1577
	br label %1578

1578:
	call void @llvm.nvvm.barrier0()
	%1579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1580 = load i32, i32 addrspace(3)* %1579
	%1581 = icmp sgt i32 %1544, 0
	%1582 = select i1 %1581, i32 %1580, i32 0
	%1583 = add i32 0, %1582
	%1584 = add i32 0, %1580
	%1585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1586 = load i32, i32 addrspace(3)* %1585
	%1587 = icmp sgt i32 %1544, 1
	%1588 = select i1 %1587, i32 %1586, i32 0
	%1589 = add i32 %1583, %1588
	%1590 = add i32 %1584, %1586
	%1591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1592 = load i32, i32 addrspace(3)* %1591
	%1593 = icmp sgt i32 %1544, 2
	%1594 = select i1 %1593, i32 %1592, i32 0
	%1595 = add i32 %1589, %1594
	%1596 = add i32 %1590, %1592
	%1597 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1598 = load i32, i32 addrspace(3)* %1597
	%1599 = icmp sgt i32 %1544, 3
	%1600 = select i1 %1599, i32 %1598, i32 0
	%1601 = add i32 %1595, %1600
	%1602 = add i32 %1596, %1598
	%1603 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1604 = load i32, i32 addrspace(3)* %1603
	%1605 = icmp sgt i32 %1544, 4
	%1606 = select i1 %1605, i32 %1604, i32 0
	%1607 = add i32 %1601, %1606
	%1608 = add i32 %1602, %1604
	%1609 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1610 = load i32, i32 addrspace(3)* %1609
	%1611 = icmp sgt i32 %1544, 5
	%1612 = select i1 %1611, i32 %1610, i32 0
	%1613 = add i32 %1607, %1612
	%1614 = add i32 %1608, %1610
	%1615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1616 = load i32, i32 addrspace(3)* %1615
	%1617 = icmp sgt i32 %1544, 6
	%1618 = select i1 %1617, i32 %1616, i32 0
	%1619 = add i32 %1613, %1618
	%1620 = add i32 %1614, %1616
	%1621 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1622 = load i32, i32 addrspace(3)* %1621
	%1623 = icmp sgt i32 %1544, 7
	%1624 = select i1 %1623, i32 %1622, i32 0
	%1625 = add i32 %1619, %1624
	%1626 = add i32 %1620, %1622
	%1627 = add i32 %1625, %1564
	%1628 = sub i32 %1627, %1542
	%1629 = sub i32 %1514, %1628
	%1630 = icmp sgt i32 %1629, 0
	%1631 = select i1 %1630, i32 %1629, i32 0
	%1632 = icmp slt i32 %1631, %1542
	%1633 = select i1 %1632, i32 %1631, i32 %1542
	%1634 = add i32 %1539, %1633
	%1635 = and i32 %0, 31
	%1636 = lshr i32 %0, 5
	%1637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1634, i32 1, i32 0)
	%1638 = icmp uge i32 %1635, 1
	%1639 = select i1 %1638, i32 %1637, i32 0
	%1640 = add i32 %1634, %1639
	%1641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1640, i32 2, i32 0)
	%1642 = icmp uge i32 %1635, 2
	%1643 = select i1 %1642, i32 %1641, i32 0
	%1644 = add i32 %1640, %1643
	%1645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1644, i32 4, i32 0)
	%1646 = icmp uge i32 %1635, 4
	%1647 = select i1 %1646, i32 %1645, i32 0
	%1648 = add i32 %1644, %1647
	%1649 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1648, i32 8, i32 0)
	%1650 = icmp uge i32 %1635, 8
	%1651 = select i1 %1650, i32 %1649, i32 0
	%1652 = add i32 %1648, %1651
	%1653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1652, i32 16, i32 0)
	%1654 = icmp uge i32 %1635, 16
	%1655 = select i1 %1654, i32 %1653, i32 0
	%1656 = add i32 %1652, %1655
	%1657 = icmp eq i32 %1635, 31
	br i1 %1657, label %1658, label %1660

1658:
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1636
	store i32 %1656, i32 addrspace(3)* %1659
	br label %1660

1660:
	call void @llvm.nvvm.barrier0()
	%1661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1662 = load i32, i32 addrspace(3)* %1661
	%1663 = icmp sgt i32 %1636, 0
	%1664 = select i1 %1663, i32 %1662, i32 0
	%1665 = add i32 0, %1664
	%1666 = add i32 0, %1662
	%1667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = icmp sgt i32 %1636, 1
	%1670 = select i1 %1669, i32 %1668, i32 0
	%1671 = add i32 %1665, %1670
	%1672 = add i32 %1666, %1668
	%1673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1674 = load i32, i32 addrspace(3)* %1673
	%1675 = icmp sgt i32 %1636, 2
	%1676 = select i1 %1675, i32 %1674, i32 0
	%1677 = add i32 %1671, %1676
	%1678 = add i32 %1672, %1674
	%1679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1680 = load i32, i32 addrspace(3)* %1679
	%1681 = icmp sgt i32 %1636, 3
	%1682 = select i1 %1681, i32 %1680, i32 0
	%1683 = add i32 %1677, %1682
	%1684 = add i32 %1678, %1680
	%1685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1686 = load i32, i32 addrspace(3)* %1685
	%1687 = icmp sgt i32 %1636, 4
	%1688 = select i1 %1687, i32 %1686, i32 0
	%1689 = add i32 %1683, %1688
	%1690 = add i32 %1684, %1686
	%1691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1692 = load i32, i32 addrspace(3)* %1691
	%1693 = icmp sgt i32 %1636, 5
	%1694 = select i1 %1693, i32 %1692, i32 0
	%1695 = add i32 %1689, %1694
	%1696 = add i32 %1690, %1692
	%1697 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1698 = load i32, i32 addrspace(3)* %1697
	%1699 = icmp sgt i32 %1636, 6
	%1700 = select i1 %1699, i32 %1698, i32 0
	%1701 = add i32 %1695, %1700
	%1702 = add i32 %1696, %1698
	%1703 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = icmp sgt i32 %1636, 7
	%1706 = select i1 %1705, i32 %1704, i32 0
	%1707 = add i32 %1701, %1706
	%1708 = add i32 %1702, %1704
	%1709 = add i32 %1707, %1656
	%1710 = sub i32 %1709, %1634
	br i1 %1535, label %1711, label %1714

1711:
	%1712 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1710, i32 addrspace(3)* %1712
	%1713 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1628, i32 addrspace(3)* %1713
	br label %1714

1714:
	call void @llvm.nvvm.barrier0()
	br label %1715

1715:
	%1716 = phi i32 [ 0, %1714 ], [ %1748, %1747 ]
	%1717 = icmp slt i32 %1716, %16
	br i1 %1717, label %1718, label %1743

1718:
	%1719 = add i32 %1716, %0
	%1720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1719
	%1721 = load i32, i32 addrspace(3)* %1720
	%1722 = icmp ugt i32 %1721, %1516
	%1723 = icmp eq i32 %1721, %1516
	%1724 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1722)
	%1725 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1723)
	%1726 = sdiv i32 %1716, 256
	%1727 = mul i32 %1726, 8
	%1728 = add i32 %1727, %4
	%1729 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1728
	%1730 = load i32, i32 addrspace(3)* %1729
	%1731 = and i32 %1725, %1519
	%1732 = call i32 @llvm.ctpop.i32(i32 %1731)
	%1733 = add i32 %1730, %1732
	%1734 = icmp slt i32 %1733, %1514
	%1735 = and i1 %1723, %1734
	%1736 = or i1 %1722, %1735
	%1737 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1736)
	%1738 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1728
	%1739 = load i32, i32 addrspace(3)* %1738
	%1740 = and i32 %1737, %1519
	%1741 = call i32 @llvm.ctpop.i32(i32 %1740)
	%1742 = add i32 %1739, %1741
	br i1 %1736, label %1744, label %1747

1743:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1744:
	%1745 = add i32 %1716, %0
	%1746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1742
	store i32 %1745, i32 addrspace(3)* %1746
	br label %1747

1747:
	%1748 = add i32 %1716, 256
	br label %1715

1749:
	%1750 = phi i32 [ %885, %mass_taken ], [ %1754, %1752 ]
	%1751 = icmp slt i32 %1750, %884
	br i1 %1751, label %1752, label %1755

1752:
	%1753 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1750
	store i32 -1, i32 addrspace(3)* %1753
	%1754 = add i32 %1750, 256
	br label %1749

1755:
	call void @llvm.nvvm.barrier0()
	%1756 = add i32 %883, 1
	br label %1757

1757:
	%1758 = phi i32 [ 1, %1755 ], [ %1774, %1773 ]
	%1759 = icmp slt i32 %1758, %1756
	br i1 %1759, label %1760, label %1762

1760:
	%1761 = shl i32 1, %1758
	br label %1763

1762:
	br label %1815

1763:
	%1764 = phi i32 [ 0, %1760 ], [ %1809, %1808 ]
	%1765 = icmp slt i32 %1764, %1758
	br i1 %1765, label %1766, label %1773

1766:
	%1767 = sub i32 %1758, 1
	%1768 = sub i32 %1767, %1764
	%1769 = shl i32 1, %1768
	%1770 = sub i32 %1758, 1
	%1771 = sub i32 %1770, %1764
	%1772 = lshr i32 %884, 1
	br label %1775

1773:
	%1774 = add i32 %1758, 1
	br label %1757

1775:
	%1776 = phi i32 [ %0, %1766 ], [ %1814, %1813 ]
	%1777 = icmp slt i32 %1776, %1772
	br i1 %1777, label %1778, label %1808

1778:
	%1779 = lshr i32 %1776, %1771
	%1780 = add i32 %1771, 1
	%1781 = shl i32 %1779, %1780
	%1782 = sub i32 %1769, 1
	%1783 = and i32 %1776, %1782
	%1784 = or i32 %1781, %1783
	%1785 = or i32 %1784, %1769
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1784
	%1787 = load i32, i32 addrspace(3)* %1786
	%1788 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1785
	%1789 = load i32, i32 addrspace(3)* %1788
	%1790 = and i32 %1784, %1761
	%1791 = icmp eq i32 %1790, 0
	%1792 = icmp sge i32 %1789, 0
	%1793 = select i1 %1792, i32 %1789, i32 0
	%1794 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1793
	%1795 = load i32, i32 addrspace(3)* %1794
	%1796 = select i1 %1792, i32 %1795, i32 0
	%1797 = icmp sge i32 %1787, 0
	%1798 = select i1 %1797, i32 %1787, i32 0
	%1799 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1798
	%1800 = load i32, i32 addrspace(3)* %1799
	%1801 = select i1 %1797, i32 %1800, i32 0
	%1802 = icmp ugt i32 %1796, %1801
	%1803 = icmp eq i32 %1796, %1801
	%1804 = icmp slt i32 %1789, %1787
	%1805 = and i1 %1803, %1804
	%1806 = or i1 %1802, %1805
	%1807 = icmp eq i1 %1806, %1791
	br i1 %1807, label %1810, label %1813

1808:
	call void @llvm.nvvm.barrier0()
	%1809 = add i32 %1764, 1
	br label %1763

1810:
	%1811 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1784
	store i32 %1789, i32 addrspace(3)* %1811
	%1812 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1785
	store i32 %1787, i32 addrspace(3)* %1812
	br label %1813

1813:
	%1814 = add i32 %1776, 256
	br label %1775

1815:
	%1816 = phi i32 [ %0, %1762 ], [ %1829, %1818 ]
	%1817 = icmp slt i32 %1816, %861
	br i1 %1817, label %1818, label %1830

1818:
	%1819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1816
	%1820 = load i32, i32 addrspace(3)* %1819
	%1821 = add i32 %326, %1816
	%1822 = add i32 %13, %1821
	%1823 = sext i32 %1822 to i64
	%1824 = getelementptr i32, i32* %list, i64 %1823
	store i32 %1820, i32* %1824
	%1825 = add i32 %13, %NK
	%1826 = add i32 %1825, %1821
	%1827 = sext i32 %1826 to i64
	%1828 = getelementptr i32, i32* %list, i64 %1827
	store i32 0, i32* %1828
	%1829 = add i32 %1816, 256
	br label %1815

1830:
	call void @llvm.nvvm.barrier0()
	%1831 = icmp eq i32 %4, 0
	br i1 %1831, label %1832, label %1835

1832:
	%1833 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1834 = load double, double addrspace(3)* %1833
	br label %1848

1835:
	call void @llvm.nvvm.barrier0()
	%1836 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1837 = load i32, i32 addrspace(3)* %1836
	%1838 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1839 = load i32, i32 addrspace(3)* %1838
	%1840 = icmp ne i32 %1839, 0
	%1841 = icmp sge i32 %861, %327
	%1842 = or i1 %1840, %1841
	%1843 = mul i32 %861, 4
	%1844 = icmp sgt i32 %1843, 64
	%1845 = select i1 %1844, i32 %1843, i32 64
	%1846 = icmp slt i32 %1845, %327
	%1847 = select i1 %1846, i32 %1845, i32 %327
	br i1 %1842, label %mass_done, label %mass

1848:
	%1849 = phi i32 [ 0, %1832 ], [ %2313, %2310 ]
	%1850 = phi double [ %1834, %1832 ], [ %2311, %2310 ]
	%1851 = phi i32 [ 0, %1832 ], [ %2312, %2310 ]
	%1852 = icmp slt i32 %1849, %861
	br i1 %1852, label %1853, label %1856

1853:
	%1854 = add i32 %1849, %3
	%1855 = icmp slt i32 %1854, %861
	br i1 %1855, label %1858, label %1865

1856:
	%1857 = icmp eq i32 %3, 0
	br i1 %1857, label %2314, label %2319

1858:
	%1859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1854
	%1860 = load i32, i32 addrspace(3)* %1859
	%1861 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1860
	%1862 = load i32, i32 addrspace(3)* %1861
	%1863 = sub i32 %1862, 2
	%1864 = bitcast i32 %1863 to float
	br label %1865

1865:
	%1866 = phi float [ 0.0, %1853 ], [ %1864, %1858 ]
	%1867 = fpext float %1866 to double
	%1868 = fcmp one float %1866, 0.0
	%1869 = call float @llvm.fabs.f32(float %1866)
	%1870 = fcmp olt float %1869, 0x3E20000000000000
	%1871 = and i1 %1868, %1870
	%1872 = fmul double %1850, 4.503599627370496e+15
	%1873 = call double @llvm.trunc.f64(double %1872)
	%1874 = fcmp oeq double %1872, %1873
	%1875 = bitcast double %1867 to i64
	%1876 = trunc i64 %1875 to i32
	%1877 = lshr i64 %1875, 32
	%1878 = trunc i64 %1877 to i32
	%1879 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1876, i32 1, i32 0)
	%1880 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1878, i32 1, i32 0)
	%1881 = zext i32 %1879 to i64
	%1882 = zext i32 %1880 to i64
	%1883 = shl i64 %1882, 32
	%1884 = or i64 %1881, %1883
	%1885 = bitcast i64 %1884 to double
	%1886 = icmp uge i32 %3, 1
	%1887 = fadd double %1867, %1885
	%1888 = select i1 %1886, double %1887, double %1867
	%1889 = bitcast double %1888 to i64
	%1890 = trunc i64 %1889 to i32
	%1891 = lshr i64 %1889, 32
	%1892 = trunc i64 %1891 to i32
	%1893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1890, i32 2, i32 0)
	%1894 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 2, i32 0)
	%1895 = zext i32 %1893 to i64
	%1896 = zext i32 %1894 to i64
	%1897 = shl i64 %1896, 32
	%1898 = or i64 %1895, %1897
	%1899 = bitcast i64 %1898 to double
	%1900 = icmp uge i32 %3, 2
	%1901 = fadd double %1888, %1899
	%1902 = select i1 %1900, double %1901, double %1888
	%1903 = bitcast double %1902 to i64
	%1904 = trunc i64 %1903 to i32
	%1905 = lshr i64 %1903, 32
	%1906 = trunc i64 %1905 to i32
	%1907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1904, i32 4, i32 0)
	%1908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 4, i32 0)
	%1909 = zext i32 %1907 to i64
	%1910 = zext i32 %1908 to i64
	%1911 = shl i64 %1910, 32
	%1912 = or i64 %1909, %1911
	%1913 = bitcast i64 %1912 to double
	%1914 = icmp uge i32 %3, 4
	%1915 = fadd double %1902, %1913
	%1916 = select i1 %1914, double %1915, double %1902
	%1917 = bitcast double %1916 to i64
	%1918 = trunc i64 %1917 to i32
	%1919 = lshr i64 %1917, 32
	%1920 = trunc i64 %1919 to i32
	%1921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1918, i32 8, i32 0)
	%1922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1920, i32 8, i32 0)
	%1923 = zext i32 %1921 to i64
	%1924 = zext i32 %1922 to i64
	%1925 = shl i64 %1924, 32
	%1926 = or i64 %1923, %1925
	%1927 = bitcast i64 %1926 to double
	%1928 = icmp uge i32 %3, 8
	%1929 = fadd double %1916, %1927
	%1930 = select i1 %1928, double %1929, double %1916
	%1931 = bitcast double %1930 to i64
	%1932 = trunc i64 %1931 to i32
	%1933 = lshr i64 %1931, 32
	%1934 = trunc i64 %1933 to i32
	%1935 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1932, i32 16, i32 0)
	%1936 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1934, i32 16, i32 0)
	%1937 = zext i32 %1935 to i64
	%1938 = zext i32 %1936 to i64
	%1939 = shl i64 %1938, 32
	%1940 = or i64 %1937, %1939
	%1941 = bitcast i64 %1940 to double
	%1942 = icmp uge i32 %3, 16
	%1943 = fadd double %1930, %1941
	%1944 = select i1 %1942, double %1943, double %1930
	%1945 = bitcast double %1944 to i64
	%1946 = trunc i64 %1945 to i32
	%1947 = lshr i64 %1945, 32
	%1948 = trunc i64 %1947 to i32
	%1949 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1946, i32 31, i32 31)
	%1950 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1948, i32 31, i32 31)
	%1951 = zext i32 %1949 to i64
	%1952 = zext i32 %1950 to i64
	%1953 = shl i64 %1952, 32
	%1954 = or i64 %1951, %1953
	%1955 = bitcast i64 %1954 to double
	%1956 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1871)
	%1957 = xor i1 %1956, true
	%1958 = and i1 %1874, %1957
	%1959 = fadd double %1850, %1955
	%1960 = fcmp olt double %1959, 1.5
	%1961 = and i1 %1958, %1960
	%1962 = fcmp oge double %1850, 0x3FECCCCCCCCCCCCD
	%1963 = or i1 %1961, %1962
	br i1 %1963, label %1964, label %1989

1964:
	%1965 = fsub double %1944, %1867
	%1966 = fadd double %1850, %1965
	%1967 = fcmp olt double %1966, 0x3FECCCCCCCCCCCCD
	%1968 = and i1 %1855, %1967
	%1969 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1968)
	%1970 = call i32 @llvm.ctpop.i32(i32 %1969)
	%1971 = sub i32 %1970, 1
	%1972 = icmp sgt i32 %1971, 0
	%1973 = select i1 %1972, i32 %1971, i32 0
	%1974 = bitcast double %1944 to i64
	%1975 = trunc i64 %1974 to i32
	%1976 = lshr i64 %1974, 32
	%1977 = trunc i64 %1976 to i32
	%1978 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1975, i32 %1973, i32 31)
	%1979 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1977, i32 %1973, i32 31)
	%1980 = zext i32 %1978 to i64
	%1981 = zext i32 %1979 to i64
	%1982 = shl i64 %1981, 32
	%1983 = or i64 %1980, %1982
	%1984 = bitcast i64 %1983 to double
	%1985 = icmp sgt i32 %1970, 0
	%1986 = fadd double %1850, %1984
	%1987 = select i1 %1985, double %1986, double %1850
	%1988 = add i32 %1851, %1970
	br label %2310

1989:
	%1990 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 0, i32 31)
	%1991 = fcmp olt double %1850, 0x3FECCCCCCCCCCCCD
	%1992 = add i32 %1849, 0
	%1993 = icmp slt i32 %1992, %861
	%1994 = and i1 %1991, %1993
	%1995 = fpext float %1990 to double
	%1996 = fadd double %1850, %1995
	%1997 = select i1 %1994, double %1996, double %1850
	%1998 = add i32 %1851, 1
	%1999 = select i1 %1994, i32 %1998, i32 %1851
	%2000 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 1, i32 31)
	%2001 = fcmp olt double %1997, 0x3FECCCCCCCCCCCCD
	%2002 = add i32 %1849, 1
	%2003 = icmp slt i32 %2002, %861
	%2004 = and i1 %2001, %2003
	%2005 = fpext float %2000 to double
	%2006 = fadd double %1997, %2005
	%2007 = select i1 %2004, double %2006, double %1997
	%2008 = add i32 %1999, 1
	%2009 = select i1 %2004, i32 %2008, i32 %1999
	%2010 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 2, i32 31)
	%2011 = fcmp olt double %2007, 0x3FECCCCCCCCCCCCD
	%2012 = add i32 %1849, 2
	%2013 = icmp slt i32 %2012, %861
	%2014 = and i1 %2011, %2013
	%2015 = fpext float %2010 to double
	%2016 = fadd double %2007, %2015
	%2017 = select i1 %2014, double %2016, double %2007
	%2018 = add i32 %2009, 1
	%2019 = select i1 %2014, i32 %2018, i32 %2009
	%2020 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 3, i32 31)
	%2021 = fcmp olt double %2017, 0x3FECCCCCCCCCCCCD
	%2022 = add i32 %1849, 3
	%2023 = icmp slt i32 %2022, %861
	%2024 = and i1 %2021, %2023
	%2025 = fpext float %2020 to double
	%2026 = fadd double %2017, %2025
	%2027 = select i1 %2024, double %2026, double %2017
	%2028 = add i32 %2019, 1
	%2029 = select i1 %2024, i32 %2028, i32 %2019
	%2030 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 4, i32 31)
	%2031 = fcmp olt double %2027, 0x3FECCCCCCCCCCCCD
	%2032 = add i32 %1849, 4
	%2033 = icmp slt i32 %2032, %861
	%2034 = and i1 %2031, %2033
	%2035 = fpext float %2030 to double
	%2036 = fadd double %2027, %2035
	%2037 = select i1 %2034, double %2036, double %2027
	%2038 = add i32 %2029, 1
	%2039 = select i1 %2034, i32 %2038, i32 %2029
	%2040 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 5, i32 31)
	%2041 = fcmp olt double %2037, 0x3FECCCCCCCCCCCCD
	%2042 = add i32 %1849, 5
	%2043 = icmp slt i32 %2042, %861
	%2044 = and i1 %2041, %2043
	%2045 = fpext float %2040 to double
	%2046 = fadd double %2037, %2045
	%2047 = select i1 %2044, double %2046, double %2037
	%2048 = add i32 %2039, 1
	%2049 = select i1 %2044, i32 %2048, i32 %2039
	%2050 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 6, i32 31)
	%2051 = fcmp olt double %2047, 0x3FECCCCCCCCCCCCD
	%2052 = add i32 %1849, 6
	%2053 = icmp slt i32 %2052, %861
	%2054 = and i1 %2051, %2053
	%2055 = fpext float %2050 to double
	%2056 = fadd double %2047, %2055
	%2057 = select i1 %2054, double %2056, double %2047
	%2058 = add i32 %2049, 1
	%2059 = select i1 %2054, i32 %2058, i32 %2049
	%2060 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 7, i32 31)
	%2061 = fcmp olt double %2057, 0x3FECCCCCCCCCCCCD
	%2062 = add i32 %1849, 7
	%2063 = icmp slt i32 %2062, %861
	%2064 = and i1 %2061, %2063
	%2065 = fpext float %2060 to double
	%2066 = fadd double %2057, %2065
	%2067 = select i1 %2064, double %2066, double %2057
	%2068 = add i32 %2059, 1
	%2069 = select i1 %2064, i32 %2068, i32 %2059
	%2070 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 8, i32 31)
	%2071 = fcmp olt double %2067, 0x3FECCCCCCCCCCCCD
	%2072 = add i32 %1849, 8
	%2073 = icmp slt i32 %2072, %861
	%2074 = and i1 %2071, %2073
	%2075 = fpext float %2070 to double
	%2076 = fadd double %2067, %2075
	%2077 = select i1 %2074, double %2076, double %2067
	%2078 = add i32 %2069, 1
	%2079 = select i1 %2074, i32 %2078, i32 %2069
	%2080 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 9, i32 31)
	%2081 = fcmp olt double %2077, 0x3FECCCCCCCCCCCCD
	%2082 = add i32 %1849, 9
	%2083 = icmp slt i32 %2082, %861
	%2084 = and i1 %2081, %2083
	%2085 = fpext float %2080 to double
	%2086 = fadd double %2077, %2085
	%2087 = select i1 %2084, double %2086, double %2077
	%2088 = add i32 %2079, 1
	%2089 = select i1 %2084, i32 %2088, i32 %2079
	%2090 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 10, i32 31)
	%2091 = fcmp olt double %2087, 0x3FECCCCCCCCCCCCD
	%2092 = add i32 %1849, 10
	%2093 = icmp slt i32 %2092, %861
	%2094 = and i1 %2091, %2093
	%2095 = fpext float %2090 to double
	%2096 = fadd double %2087, %2095
	%2097 = select i1 %2094, double %2096, double %2087
	%2098 = add i32 %2089, 1
	%2099 = select i1 %2094, i32 %2098, i32 %2089
	%2100 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 11, i32 31)
	%2101 = fcmp olt double %2097, 0x3FECCCCCCCCCCCCD
	%2102 = add i32 %1849, 11
	%2103 = icmp slt i32 %2102, %861
	%2104 = and i1 %2101, %2103
	%2105 = fpext float %2100 to double
	%2106 = fadd double %2097, %2105
	%2107 = select i1 %2104, double %2106, double %2097
	%2108 = add i32 %2099, 1
	%2109 = select i1 %2104, i32 %2108, i32 %2099
	%2110 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 12, i32 31)
	%2111 = fcmp olt double %2107, 0x3FECCCCCCCCCCCCD
	%2112 = add i32 %1849, 12
	%2113 = icmp slt i32 %2112, %861
	%2114 = and i1 %2111, %2113
	%2115 = fpext float %2110 to double
	%2116 = fadd double %2107, %2115
	%2117 = select i1 %2114, double %2116, double %2107
	%2118 = add i32 %2109, 1
	%2119 = select i1 %2114, i32 %2118, i32 %2109
	%2120 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 13, i32 31)
	%2121 = fcmp olt double %2117, 0x3FECCCCCCCCCCCCD
	%2122 = add i32 %1849, 13
	%2123 = icmp slt i32 %2122, %861
	%2124 = and i1 %2121, %2123
	%2125 = fpext float %2120 to double
	%2126 = fadd double %2117, %2125
	%2127 = select i1 %2124, double %2126, double %2117
	%2128 = add i32 %2119, 1
	%2129 = select i1 %2124, i32 %2128, i32 %2119
	%2130 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 14, i32 31)
	%2131 = fcmp olt double %2127, 0x3FECCCCCCCCCCCCD
	%2132 = add i32 %1849, 14
	%2133 = icmp slt i32 %2132, %861
	%2134 = and i1 %2131, %2133
	%2135 = fpext float %2130 to double
	%2136 = fadd double %2127, %2135
	%2137 = select i1 %2134, double %2136, double %2127
	%2138 = add i32 %2129, 1
	%2139 = select i1 %2134, i32 %2138, i32 %2129
	%2140 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 15, i32 31)
	%2141 = fcmp olt double %2137, 0x3FECCCCCCCCCCCCD
	%2142 = add i32 %1849, 15
	%2143 = icmp slt i32 %2142, %861
	%2144 = and i1 %2141, %2143
	%2145 = fpext float %2140 to double
	%2146 = fadd double %2137, %2145
	%2147 = select i1 %2144, double %2146, double %2137
	%2148 = add i32 %2139, 1
	%2149 = select i1 %2144, i32 %2148, i32 %2139
	%2150 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 16, i32 31)
	%2151 = fcmp olt double %2147, 0x3FECCCCCCCCCCCCD
	%2152 = add i32 %1849, 16
	%2153 = icmp slt i32 %2152, %861
	%2154 = and i1 %2151, %2153
	%2155 = fpext float %2150 to double
	%2156 = fadd double %2147, %2155
	%2157 = select i1 %2154, double %2156, double %2147
	%2158 = add i32 %2149, 1
	%2159 = select i1 %2154, i32 %2158, i32 %2149
	%2160 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 17, i32 31)
	%2161 = fcmp olt double %2157, 0x3FECCCCCCCCCCCCD
	%2162 = add i32 %1849, 17
	%2163 = icmp slt i32 %2162, %861
	%2164 = and i1 %2161, %2163
	%2165 = fpext float %2160 to double
	%2166 = fadd double %2157, %2165
	%2167 = select i1 %2164, double %2166, double %2157
	%2168 = add i32 %2159, 1
	%2169 = select i1 %2164, i32 %2168, i32 %2159
	%2170 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 18, i32 31)
	%2171 = fcmp olt double %2167, 0x3FECCCCCCCCCCCCD
	%2172 = add i32 %1849, 18
	%2173 = icmp slt i32 %2172, %861
	%2174 = and i1 %2171, %2173
	%2175 = fpext float %2170 to double
	%2176 = fadd double %2167, %2175
	%2177 = select i1 %2174, double %2176, double %2167
	%2178 = add i32 %2169, 1
	%2179 = select i1 %2174, i32 %2178, i32 %2169
	%2180 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 19, i32 31)
	%2181 = fcmp olt double %2177, 0x3FECCCCCCCCCCCCD
	%2182 = add i32 %1849, 19
	%2183 = icmp slt i32 %2182, %861
	%2184 = and i1 %2181, %2183
	%2185 = fpext float %2180 to double
	%2186 = fadd double %2177, %2185
	%2187 = select i1 %2184, double %2186, double %2177
	%2188 = add i32 %2179, 1
	%2189 = select i1 %2184, i32 %2188, i32 %2179
	%2190 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 20, i32 31)
	%2191 = fcmp olt double %2187, 0x3FECCCCCCCCCCCCD
	%2192 = add i32 %1849, 20
	%2193 = icmp slt i32 %2192, %861
	%2194 = and i1 %2191, %2193
	%2195 = fpext float %2190 to double
	%2196 = fadd double %2187, %2195
	%2197 = select i1 %2194, double %2196, double %2187
	%2198 = add i32 %2189, 1
	%2199 = select i1 %2194, i32 %2198, i32 %2189
	%2200 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 21, i32 31)
	%2201 = fcmp olt double %2197, 0x3FECCCCCCCCCCCCD
	%2202 = add i32 %1849, 21
	%2203 = icmp slt i32 %2202, %861
	%2204 = and i1 %2201, %2203
	%2205 = fpext float %2200 to double
	%2206 = fadd double %2197, %2205
	%2207 = select i1 %2204, double %2206, double %2197
	%2208 = add i32 %2199, 1
	%2209 = select i1 %2204, i32 %2208, i32 %2199
	%2210 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 22, i32 31)
	%2211 = fcmp olt double %2207, 0x3FECCCCCCCCCCCCD
	%2212 = add i32 %1849, 22
	%2213 = icmp slt i32 %2212, %861
	%2214 = and i1 %2211, %2213
	%2215 = fpext float %2210 to double
	%2216 = fadd double %2207, %2215
	%2217 = select i1 %2214, double %2216, double %2207
	%2218 = add i32 %2209, 1
	%2219 = select i1 %2214, i32 %2218, i32 %2209
	%2220 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 23, i32 31)
	%2221 = fcmp olt double %2217, 0x3FECCCCCCCCCCCCD
	%2222 = add i32 %1849, 23
	%2223 = icmp slt i32 %2222, %861
	%2224 = and i1 %2221, %2223
	%2225 = fpext float %2220 to double
	%2226 = fadd double %2217, %2225
	%2227 = select i1 %2224, double %2226, double %2217
	%2228 = add i32 %2219, 1
	%2229 = select i1 %2224, i32 %2228, i32 %2219
	%2230 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 24, i32 31)
	%2231 = fcmp olt double %2227, 0x3FECCCCCCCCCCCCD
	%2232 = add i32 %1849, 24
	%2233 = icmp slt i32 %2232, %861
	%2234 = and i1 %2231, %2233
	%2235 = fpext float %2230 to double
	%2236 = fadd double %2227, %2235
	%2237 = select i1 %2234, double %2236, double %2227
	%2238 = add i32 %2229, 1
	%2239 = select i1 %2234, i32 %2238, i32 %2229
	%2240 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 25, i32 31)
	%2241 = fcmp olt double %2237, 0x3FECCCCCCCCCCCCD
	%2242 = add i32 %1849, 25
	%2243 = icmp slt i32 %2242, %861
	%2244 = and i1 %2241, %2243
	%2245 = fpext float %2240 to double
	%2246 = fadd double %2237, %2245
	%2247 = select i1 %2244, double %2246, double %2237
	%2248 = add i32 %2239, 1
	%2249 = select i1 %2244, i32 %2248, i32 %2239
	%2250 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 26, i32 31)
	%2251 = fcmp olt double %2247, 0x3FECCCCCCCCCCCCD
	%2252 = add i32 %1849, 26
	%2253 = icmp slt i32 %2252, %861
	%2254 = and i1 %2251, %2253
	%2255 = fpext float %2250 to double
	%2256 = fadd double %2247, %2255
	%2257 = select i1 %2254, double %2256, double %2247
	%2258 = add i32 %2249, 1
	%2259 = select i1 %2254, i32 %2258, i32 %2249
	%2260 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 27, i32 31)
	%2261 = fcmp olt double %2257, 0x3FECCCCCCCCCCCCD
	%2262 = add i32 %1849, 27
	%2263 = icmp slt i32 %2262, %861
	%2264 = and i1 %2261, %2263
	%2265 = fpext float %2260 to double
	%2266 = fadd double %2257, %2265
	%2267 = select i1 %2264, double %2266, double %2257
	%2268 = add i32 %2259, 1
	%2269 = select i1 %2264, i32 %2268, i32 %2259
	%2270 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 28, i32 31)
	%2271 = fcmp olt double %2267, 0x3FECCCCCCCCCCCCD
	%2272 = add i32 %1849, 28
	%2273 = icmp slt i32 %2272, %861
	%2274 = and i1 %2271, %2273
	%2275 = fpext float %2270 to double
	%2276 = fadd double %2267, %2275
	%2277 = select i1 %2274, double %2276, double %2267
	%2278 = add i32 %2269, 1
	%2279 = select i1 %2274, i32 %2278, i32 %2269
	%2280 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 29, i32 31)
	%2281 = fcmp olt double %2277, 0x3FECCCCCCCCCCCCD
	%2282 = add i32 %1849, 29
	%2283 = icmp slt i32 %2282, %861
	%2284 = and i1 %2281, %2283
	%2285 = fpext float %2280 to double
	%2286 = fadd double %2277, %2285
	%2287 = select i1 %2284, double %2286, double %2277
	%2288 = add i32 %2279, 1
	%2289 = select i1 %2284, i32 %2288, i32 %2279
	%2290 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 30, i32 31)
	%2291 = fcmp olt double %2287, 0x3FECCCCCCCCCCCCD
	%2292 = add i32 %1849, 30
	%2293 = icmp slt i32 %2292, %861
	%2294 = and i1 %2291, %2293
	%2295 = fpext float %2290 to double
	%2296 = fadd double %2287, %2295
	%2297 = select i1 %2294, double %2296, double %2287
	%2298 = add i32 %2289, 1
	%2299 = select i1 %2294, i32 %2298, i32 %2289
	%2300 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1866, i32 31, i32 31)
	%2301 = fcmp olt double %2297, 0x3FECCCCCCCCCCCCD
	%2302 = add i32 %1849, 31
	%2303 = icmp slt i32 %2302, %861
	%2304 = and i1 %2301, %2303
	%2305 = fpext float %2300 to double
	%2306 = fadd double %2297, %2305
	%2307 = select i1 %2304, double %2306, double %2297
	%2308 = add i32 %2299, 1
	%2309 = select i1 %2304, i32 %2308, i32 %2299
	br label %2310

2310:
	%2311 = phi double [ %1987, %1964 ], [ %2307, %1989 ]
	%2312 = phi i32 [ %1988, %1964 ], [ %2309, %1989 ]
	%2313 = add i32 %1849, 32
	br label %1848

2314:
	%2315 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1851, i32 addrspace(3)* %2315
	%2316 = fcmp oge double %1850, 0x3FECCCCCCCCCCCCD
	%2317 = zext i1 %2316 to i32
	%2318 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2317, i32 addrspace(3)* %2318
	br label %2319

2319:
	br label %1835

2320:
	%2321 = phi i32 [ %875, %mass_done ], [ %2331, %2323 ]
	%2322 = icmp slt i32 %2321, %874
	br i1 %2322, label %2323, label %2332

2323:
	%2324 = add i32 %13, %2321
	%2325 = sext i32 %2324 to i64
	%2326 = getelementptr i32, i32* %list, i64 %2325
	store i32 -1, i32* %2326
	%2327 = add i32 %13, %NK
	%2328 = add i32 %2327, %2321
	%2329 = sext i32 %2328 to i64
	%2330 = getelementptr i32, i32* %list, i64 %2329
	store i32 -1, i32* %2330
	%2331 = add i32 %2321, 256
	br label %2320

2332:
	ret void
}
