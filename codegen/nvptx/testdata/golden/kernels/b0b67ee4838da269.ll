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
	%861 = phi i32 [ %860, %838 ], [ %1839, %1827 ]
	%862 = phi i1 [ true, %838 ], [ false, %1827 ]
	%863 = and i1 %862, %856
	br i1 %863, label %mass_bins, label %mass_topk

mass_done:
	%864 = icmp sgt i32 %1829, 0
	%865 = select i1 %864, i32 %1829, i32 0
	%866 = add i32 %326, %865
	%867 = add i32 %866, %0
	br label %2312

mass_bins:
	%868 = shl i32 1, %3
	%869 = sub i32 %868, 1
	br label %878

mass_topk:
	%870 = icmp sgt i32 %861, 0
	br i1 %870, label %topk, label %topk_done

mass_taken:
	%871 = sub i32 %861, 1
	%872 = call i32 @llvm.ctlz.i32(i32 %871, i1 false)
	%873 = icmp sgt i32 %861, 1
	%874 = sub i32 32, %872
	%875 = select i1 %873, i32 %874, i32 0
	%876 = shl i32 1, %875
	%877 = add i32 %861, %0
	br label %1741

878:
	%879 = phi i32 [ 0, %mass_bins ], [ %927, %926 ]
	%880 = icmp slt i32 %879, %16
	br i1 %880, label %881, label %889

881:
	%882 = add i32 %879, %0
	%883 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %882
	%884 = load i32, i32 addrspace(3)* %883
	%885 = icmp ugt i32 %884, %857
	%886 = icmp eq i32 %884, %857
	%887 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %885)
	%888 = icmp eq i32 %3, 0
	br i1 %888, label %920, label %926

889:
	call void @llvm.nvvm.barrier0()
	%890 = sdiv i32 %16, 256
	%891 = mul i32 %890, 8
	%892 = icmp slt i32 %0, %891
	%893 = select i1 %892, i32 %0, i32 0
	%894 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %893
	%895 = load i32, i32 addrspace(3)* %894
	%896 = select i1 %892, i32 %895, i32 0
	%897 = and i32 %0, 31
	%898 = lshr i32 %0, 5
	%899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %896, i32 1, i32 0)
	%900 = icmp uge i32 %897, 1
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %902, i32 2, i32 0)
	%904 = icmp uge i32 %897, 2
	%905 = select i1 %904, i32 %903, i32 0
	%906 = add i32 %902, %905
	%907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %906, i32 4, i32 0)
	%908 = icmp uge i32 %897, 4
	%909 = select i1 %908, i32 %907, i32 0
	%910 = add i32 %906, %909
	%911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %910, i32 8, i32 0)
	%912 = icmp uge i32 %897, 8
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %910, %913
	%915 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %914, i32 16, i32 0)
	%916 = icmp uge i32 %897, 16
	%917 = select i1 %916, i32 %915, i32 0
	%918 = add i32 %914, %917
	%919 = icmp eq i32 %897, 31
	br i1 %919, label %928, label %930

920:
	%921 = sdiv i32 %879, 256
	%922 = mul i32 %921, 8
	%923 = add i32 %922, %4
	%924 = call i32 @llvm.ctpop.i32(i32 %887)
	%925 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %923
	store i32 %924, i32 addrspace(3)* %925
	br label %926

926:
	%927 = add i32 %879, 256
	br label %878

928:
	%929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %898
	store i32 %918, i32 addrspace(3)* %929
	br label %930

930:
	call void @llvm.nvvm.barrier0()
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %898, 0
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 0, %934
	%936 = add i32 0, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %898, 1
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %898, 2
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %898, 3
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %898, 4
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %898, 5
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %898, 6
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%974 = load i32, i32 addrspace(3)* %973
	%975 = icmp sgt i32 %898, 7
	%976 = select i1 %975, i32 %974, i32 0
	%977 = add i32 %971, %976
	%978 = add i32 %972, %974
	%979 = add i32 %977, %918
	%980 = sub i32 %979, %896
	br i1 %892, label %981, label %983

981:
	%982 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %980, i32 addrspace(3)* %982
	br label %983

983:
	call void @llvm.nvvm.barrier0()
	br label %984

984:
	%985 = phi i32 [ 0, %983 ], [ %1008, %1007 ]
	%986 = icmp slt i32 %985, %16
	br i1 %986, label %987, label %1003

987:
	%988 = add i32 %985, %0
	%989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %988
	%990 = load i32, i32 addrspace(3)* %989
	%991 = icmp ugt i32 %990, %857
	%992 = icmp eq i32 %990, %857
	%993 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %991)
	%994 = sdiv i32 %985, 256
	%995 = mul i32 %994, 8
	%996 = add i32 %995, %4
	%997 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %991)
	%998 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %996
	%999 = load i32, i32 addrspace(3)* %998
	%1000 = and i32 %997, %869
	%1001 = call i32 @llvm.ctpop.i32(i32 %1000)
	%1002 = add i32 %999, %1001
	br i1 %991, label %1004, label %1007

1003:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1004:
	%1005 = add i32 %985, %0
	%1006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1002
	store i32 %1005, i32 addrspace(3)* %1006
	br label %1007

1007:
	%1008 = add i32 %985, 256
	br label %984

topk:
	call void @llvm.nvvm.barrier0()
	%1009 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1009
	call void @llvm.nvvm.barrier0()
	br label %1010

topk_done:
	br label %mass_taken

1010:
	%1011 = phi i32 [ %0, %topk ], [ %1060, %1059 ]
	%1012 = icmp slt i32 %1011, %16
	br i1 %1012, label %1013, label %1023

1013:
	%1014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1011
	%1015 = load i32, i32 addrspace(3)* %1014
	%1016 = icmp uge i32 %1015, 2
	%1017 = and i32 %1015, 0
	%1018 = icmp eq i32 %1017, 0
	%1019 = and i1 %1016, %1018
	%1020 = lshr i32 %1015, 24
	%1021 = and i32 %1020, 255
	%1022 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1019)
	br i1 %1022, label %1051, label %1059

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
	br i1 %1050, label %1066, label %1068

1051:
	%1052 = select i1 %1019, i32 %1021, i32 256
	%1053 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1052)
	%1054 = shl i32 1, %3
	%1055 = sub i32 %1054, 1
	%1056 = and i32 %1053, %1055
	%1057 = icmp eq i32 %1056, 0
	%1058 = and i1 %1019, %1057
	br i1 %1058, label %1061, label %1065

1059:
	%1060 = add i32 %1011, 256
	br label %1010

1061:
	%1062 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1021
	%1063 = call i32 @llvm.ctpop.i32(i32 %1053)
	%1064 = atomicrmw add i32 addrspace(3)* %1062, i32 %1063 monotonic
	br label %1065

1065:
	br label %1059

1066:
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1029
	store i32 %1049, i32 addrspace(3)* %1067
	br label %1068

1068:
	call void @llvm.nvvm.barrier0()
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %1029, 0
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 0, %1072
	%1074 = add i32 0, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %1029, 1
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1082 = load i32, i32 addrspace(3)* %1081
	%1083 = icmp sgt i32 %1029, 2
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = add i32 %1079, %1084
	%1086 = add i32 %1080, %1082
	%1087 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1088 = load i32, i32 addrspace(3)* %1087
	%1089 = icmp sgt i32 %1029, 3
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = add i32 %1085, %1090
	%1092 = add i32 %1086, %1088
	%1093 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1094 = load i32, i32 addrspace(3)* %1093
	%1095 = icmp sgt i32 %1029, 4
	%1096 = select i1 %1095, i32 %1094, i32 0
	%1097 = add i32 %1091, %1096
	%1098 = add i32 %1092, %1094
	%1099 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1100 = load i32, i32 addrspace(3)* %1099
	%1101 = icmp sgt i32 %1029, 5
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1097, %1102
	%1104 = add i32 %1098, %1100
	%1105 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1106 = load i32, i32 addrspace(3)* %1105
	%1107 = icmp sgt i32 %1029, 6
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = add i32 %1103, %1108
	%1110 = add i32 %1104, %1106
	%1111 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1112 = load i32, i32 addrspace(3)* %1111
	%1113 = icmp sgt i32 %1029, 7
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = add i32 %1109, %1114
	%1116 = add i32 %1110, %1112
	%1117 = add i32 %1115, %1049
	%1118 = sub i32 %1117, %1026
	%1119 = icmp slt i32 %1118, %861
	%1120 = add i32 %1118, %1026
	%1121 = icmp sle i32 %861, %1120
	%1122 = and i1 %1119, %1121
	br i1 %1122, label %1123, label %1126

1123:
	%1124 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1024, i32 addrspace(3)* %1124
	%1125 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1118, i32 addrspace(3)* %1125
	br label %1126

1126:
	call void @llvm.nvvm.barrier0()
	%1127 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1130 = load i32, i32 addrspace(3)* %1129
	%1131 = sub i32 %861, %1130
	%1132 = shl i32 %1128, 24
	%1133 = or i32 0, %1132
	%1134 = or i32 0, u0xFF000000
	br label %1135

1135:
	%1136 = phi i32 [ %0, %1126 ], [ %1185, %1184 ]
	%1137 = icmp slt i32 %1136, %16
	br i1 %1137, label %1138, label %1148

1138:
	%1139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1136
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = icmp uge i32 %1140, 2
	%1142 = and i32 %1140, %1134
	%1143 = icmp eq i32 %1142, %1133
	%1144 = and i1 %1141, %1143
	%1145 = lshr i32 %1140, 16
	%1146 = and i32 %1145, 255
	%1147 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1144)
	br i1 %1147, label %1176, label %1184

1148:
	call void @llvm.nvvm.barrier0()
	%1149 = sub i32 255, %0
	%1150 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1149
	%1151 = load i32, i32 addrspace(3)* %1150
	%1152 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1152
	%1153 = and i32 %0, 31
	%1154 = lshr i32 %0, 5
	%1155 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1151, i32 1, i32 0)
	%1156 = icmp uge i32 %1153, 1
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = add i32 %1151, %1157
	%1159 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1158, i32 2, i32 0)
	%1160 = icmp uge i32 %1153, 2
	%1161 = select i1 %1160, i32 %1159, i32 0
	%1162 = add i32 %1158, %1161
	%1163 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1162, i32 4, i32 0)
	%1164 = icmp uge i32 %1153, 4
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = add i32 %1162, %1165
	%1167 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1166, i32 8, i32 0)
	%1168 = icmp uge i32 %1153, 8
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 %1166, %1169
	%1171 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1170, i32 16, i32 0)
	%1172 = icmp uge i32 %1153, 16
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = add i32 %1170, %1173
	%1175 = icmp eq i32 %1153, 31
	br i1 %1175, label %1191, label %1193

1176:
	%1177 = select i1 %1144, i32 %1146, i32 256
	%1178 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1177)
	%1179 = shl i32 1, %3
	%1180 = sub i32 %1179, 1
	%1181 = and i32 %1178, %1180
	%1182 = icmp eq i32 %1181, 0
	%1183 = and i1 %1144, %1182
	br i1 %1183, label %1186, label %1190

1184:
	%1185 = add i32 %1136, 256
	br label %1135

1186:
	%1187 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1146
	%1188 = call i32 @llvm.ctpop.i32(i32 %1178)
	%1189 = atomicrmw add i32 addrspace(3)* %1187, i32 %1188 monotonic
	br label %1190

1190:
	br label %1184

1191:
	%1192 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1154
	store i32 %1174, i32 addrspace(3)* %1192
	br label %1193

1193:
	call void @llvm.nvvm.barrier0()
	%1194 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = icmp sgt i32 %1154, 0
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = add i32 0, %1197
	%1199 = add i32 0, %1195
	%1200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = icmp sgt i32 %1154, 1
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = add i32 %1198, %1203
	%1205 = add i32 %1199, %1201
	%1206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = icmp sgt i32 %1154, 2
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = add i32 %1204, %1209
	%1211 = add i32 %1205, %1207
	%1212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = icmp sgt i32 %1154, 3
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = add i32 %1210, %1215
	%1217 = add i32 %1211, %1213
	%1218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = icmp sgt i32 %1154, 4
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 %1216, %1221
	%1223 = add i32 %1217, %1219
	%1224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = icmp sgt i32 %1154, 5
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = add i32 %1222, %1227
	%1229 = add i32 %1223, %1225
	%1230 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1231 = load i32, i32 addrspace(3)* %1230
	%1232 = icmp sgt i32 %1154, 6
	%1233 = select i1 %1232, i32 %1231, i32 0
	%1234 = add i32 %1228, %1233
	%1235 = add i32 %1229, %1231
	%1236 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = icmp sgt i32 %1154, 7
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = add i32 %1234, %1239
	%1241 = add i32 %1235, %1237
	%1242 = add i32 %1240, %1174
	%1243 = sub i32 %1242, %1151
	%1244 = icmp slt i32 %1243, %1131
	%1245 = add i32 %1243, %1151
	%1246 = icmp sle i32 %1131, %1245
	%1247 = and i1 %1244, %1246
	br i1 %1247, label %1248, label %1251

1248:
	%1249 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1149, i32 addrspace(3)* %1249
	%1250 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1243, i32 addrspace(3)* %1250
	br label %1251

1251:
	call void @llvm.nvvm.barrier0()
	%1252 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1253 = load i32, i32 addrspace(3)* %1252
	%1254 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1255 = load i32, i32 addrspace(3)* %1254
	%1256 = sub i32 %1131, %1255
	%1257 = shl i32 %1253, 16
	%1258 = or i32 %1133, %1257
	%1259 = or i32 %1134, u0xFF0000
	br label %1260

1260:
	%1261 = phi i32 [ %0, %1251 ], [ %1310, %1309 ]
	%1262 = icmp slt i32 %1261, %16
	br i1 %1262, label %1263, label %1273

1263:
	%1264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1261
	%1265 = load i32, i32 addrspace(3)* %1264
	%1266 = icmp uge i32 %1265, 2
	%1267 = and i32 %1265, %1259
	%1268 = icmp eq i32 %1267, %1258
	%1269 = and i1 %1266, %1268
	%1270 = lshr i32 %1265, 8
	%1271 = and i32 %1270, 255
	%1272 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1269)
	br i1 %1272, label %1301, label %1309

1273:
	call void @llvm.nvvm.barrier0()
	%1274 = sub i32 255, %0
	%1275 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1274
	%1276 = load i32, i32 addrspace(3)* %1275
	%1277 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1277
	%1278 = and i32 %0, 31
	%1279 = lshr i32 %0, 5
	%1280 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1276, i32 1, i32 0)
	%1281 = icmp uge i32 %1278, 1
	%1282 = select i1 %1281, i32 %1280, i32 0
	%1283 = add i32 %1276, %1282
	%1284 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1283, i32 2, i32 0)
	%1285 = icmp uge i32 %1278, 2
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = add i32 %1283, %1286
	%1288 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1287, i32 4, i32 0)
	%1289 = icmp uge i32 %1278, 4
	%1290 = select i1 %1289, i32 %1288, i32 0
	%1291 = add i32 %1287, %1290
	%1292 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1291, i32 8, i32 0)
	%1293 = icmp uge i32 %1278, 8
	%1294 = select i1 %1293, i32 %1292, i32 0
	%1295 = add i32 %1291, %1294
	%1296 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1295, i32 16, i32 0)
	%1297 = icmp uge i32 %1278, 16
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = add i32 %1295, %1298
	%1300 = icmp eq i32 %1278, 31
	br i1 %1300, label %1316, label %1318

1301:
	%1302 = select i1 %1269, i32 %1271, i32 256
	%1303 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1302)
	%1304 = shl i32 1, %3
	%1305 = sub i32 %1304, 1
	%1306 = and i32 %1303, %1305
	%1307 = icmp eq i32 %1306, 0
	%1308 = and i1 %1269, %1307
	br i1 %1308, label %1311, label %1315

1309:
	%1310 = add i32 %1261, 256
	br label %1260

1311:
	%1312 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1271
	%1313 = call i32 @llvm.ctpop.i32(i32 %1303)
	%1314 = atomicrmw add i32 addrspace(3)* %1312, i32 %1313 monotonic
	br label %1315

1315:
	br label %1309

1316:
	%1317 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1279
	store i32 %1299, i32 addrspace(3)* %1317
	br label %1318

1318:
	call void @llvm.nvvm.barrier0()
	%1319 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1320 = load i32, i32 addrspace(3)* %1319
	%1321 = icmp sgt i32 %1279, 0
	%1322 = select i1 %1321, i32 %1320, i32 0
	%1323 = add i32 0, %1322
	%1324 = add i32 0, %1320
	%1325 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1326 = load i32, i32 addrspace(3)* %1325
	%1327 = icmp sgt i32 %1279, 1
	%1328 = select i1 %1327, i32 %1326, i32 0
	%1329 = add i32 %1323, %1328
	%1330 = add i32 %1324, %1326
	%1331 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = icmp sgt i32 %1279, 2
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = add i32 %1329, %1334
	%1336 = add i32 %1330, %1332
	%1337 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1338 = load i32, i32 addrspace(3)* %1337
	%1339 = icmp sgt i32 %1279, 3
	%1340 = select i1 %1339, i32 %1338, i32 0
	%1341 = add i32 %1335, %1340
	%1342 = add i32 %1336, %1338
	%1343 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1344 = load i32, i32 addrspace(3)* %1343
	%1345 = icmp sgt i32 %1279, 4
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = add i32 %1341, %1346
	%1348 = add i32 %1342, %1344
	%1349 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1350 = load i32, i32 addrspace(3)* %1349
	%1351 = icmp sgt i32 %1279, 5
	%1352 = select i1 %1351, i32 %1350, i32 0
	%1353 = add i32 %1347, %1352
	%1354 = add i32 %1348, %1350
	%1355 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1356 = load i32, i32 addrspace(3)* %1355
	%1357 = icmp sgt i32 %1279, 6
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = add i32 %1353, %1358
	%1360 = add i32 %1354, %1356
	%1361 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1362 = load i32, i32 addrspace(3)* %1361
	%1363 = icmp sgt i32 %1279, 7
	%1364 = select i1 %1363, i32 %1362, i32 0
	%1365 = add i32 %1359, %1364
	%1366 = add i32 %1360, %1362
	%1367 = add i32 %1365, %1299
	%1368 = sub i32 %1367, %1276
	%1369 = icmp slt i32 %1368, %1256
	%1370 = add i32 %1368, %1276
	%1371 = icmp sle i32 %1256, %1370
	%1372 = and i1 %1369, %1371
	br i1 %1372, label %1373, label %1376

1373:
	%1374 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1274, i32 addrspace(3)* %1374
	%1375 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1368, i32 addrspace(3)* %1375
	br label %1376

1376:
	call void @llvm.nvvm.barrier0()
	%1377 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1378 = load i32, i32 addrspace(3)* %1377
	%1379 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1380 = load i32, i32 addrspace(3)* %1379
	%1381 = sub i32 %1256, %1380
	%1382 = shl i32 %1378, 8
	%1383 = or i32 %1258, %1382
	%1384 = or i32 %1259, u0xFF00
	br label %1385

1385:
	%1386 = phi i32 [ %0, %1376 ], [ %1435, %1434 ]
	%1387 = icmp slt i32 %1386, %16
	br i1 %1387, label %1388, label %1398

1388:
	%1389 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1386
	%1390 = load i32, i32 addrspace(3)* %1389
	%1391 = icmp uge i32 %1390, 2
	%1392 = and i32 %1390, %1384
	%1393 = icmp eq i32 %1392, %1383
	%1394 = and i1 %1391, %1393
	%1395 = lshr i32 %1390, 0
	%1396 = and i32 %1395, 255
	%1397 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1394)
	br i1 %1397, label %1426, label %1434

1398:
	call void @llvm.nvvm.barrier0()
	%1399 = sub i32 255, %0
	%1400 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1399
	%1401 = load i32, i32 addrspace(3)* %1400
	%1402 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1402
	%1403 = and i32 %0, 31
	%1404 = lshr i32 %0, 5
	%1405 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1401, i32 1, i32 0)
	%1406 = icmp uge i32 %1403, 1
	%1407 = select i1 %1406, i32 %1405, i32 0
	%1408 = add i32 %1401, %1407
	%1409 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1408, i32 2, i32 0)
	%1410 = icmp uge i32 %1403, 2
	%1411 = select i1 %1410, i32 %1409, i32 0
	%1412 = add i32 %1408, %1411
	%1413 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1412, i32 4, i32 0)
	%1414 = icmp uge i32 %1403, 4
	%1415 = select i1 %1414, i32 %1413, i32 0
	%1416 = add i32 %1412, %1415
	%1417 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1416, i32 8, i32 0)
	%1418 = icmp uge i32 %1403, 8
	%1419 = select i1 %1418, i32 %1417, i32 0
	%1420 = add i32 %1416, %1419
	%1421 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1420, i32 16, i32 0)
	%1422 = icmp uge i32 %1403, 16
	%1423 = select i1 %1422, i32 %1421, i32 0
	%1424 = add i32 %1420, %1423
	%1425 = icmp eq i32 %1403, 31
	br i1 %1425, label %1441, label %1443

1426:
	%1427 = select i1 %1394, i32 %1396, i32 256
	%1428 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1427)
	%1429 = shl i32 1, %3
	%1430 = sub i32 %1429, 1
	%1431 = and i32 %1428, %1430
	%1432 = icmp eq i32 %1431, 0
	%1433 = and i1 %1394, %1432
	br i1 %1433, label %1436, label %1440

1434:
	%1435 = add i32 %1386, 256
	br label %1385

1436:
	%1437 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1396
	%1438 = call i32 @llvm.ctpop.i32(i32 %1428)
	%1439 = atomicrmw add i32 addrspace(3)* %1437, i32 %1438 monotonic
	br label %1440

1440:
	br label %1434

1441:
	%1442 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1404
	store i32 %1424, i32 addrspace(3)* %1442
	br label %1443

1443:
	call void @llvm.nvvm.barrier0()
	%1444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = icmp sgt i32 %1404, 0
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 0, %1447
	%1449 = add i32 0, %1445
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1451 = load i32, i32 addrspace(3)* %1450
	%1452 = icmp sgt i32 %1404, 1
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1448, %1453
	%1455 = add i32 %1449, %1451
	%1456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1457 = load i32, i32 addrspace(3)* %1456
	%1458 = icmp sgt i32 %1404, 2
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = add i32 %1455, %1457
	%1462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = icmp sgt i32 %1404, 3
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = add i32 %1460, %1465
	%1467 = add i32 %1461, %1463
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = icmp sgt i32 %1404, 4
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 %1466, %1471
	%1473 = add i32 %1467, %1469
	%1474 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1475 = load i32, i32 addrspace(3)* %1474
	%1476 = icmp sgt i32 %1404, 5
	%1477 = select i1 %1476, i32 %1475, i32 0
	%1478 = add i32 %1472, %1477
	%1479 = add i32 %1473, %1475
	%1480 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1481 = load i32, i32 addrspace(3)* %1480
	%1482 = icmp sgt i32 %1404, 6
	%1483 = select i1 %1482, i32 %1481, i32 0
	%1484 = add i32 %1478, %1483
	%1485 = add i32 %1479, %1481
	%1486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1487 = load i32, i32 addrspace(3)* %1486
	%1488 = icmp sgt i32 %1404, 7
	%1489 = select i1 %1488, i32 %1487, i32 0
	%1490 = add i32 %1484, %1489
	%1491 = add i32 %1485, %1487
	%1492 = add i32 %1490, %1424
	%1493 = sub i32 %1492, %1401
	%1494 = icmp slt i32 %1493, %1381
	%1495 = add i32 %1493, %1401
	%1496 = icmp sle i32 %1381, %1495
	%1497 = and i1 %1494, %1496
	br i1 %1497, label %1498, label %1501

1498:
	%1499 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1399, i32 addrspace(3)* %1499
	%1500 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1493, i32 addrspace(3)* %1500
	br label %1501

1501:
	call void @llvm.nvvm.barrier0()
	%1502 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1503 = load i32, i32 addrspace(3)* %1502
	%1504 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1505 = load i32, i32 addrspace(3)* %1504
	%1506 = sub i32 %1381, %1505
	%1507 = shl i32 %1503, 0
	%1508 = or i32 %1383, %1507
	%1509 = or i32 %1384, 255
	%1510 = shl i32 1, %3
	%1511 = sub i32 %1510, 1
	br label %1512

1512:
	%1513 = phi i32 [ 0, %1501 ], [ %1567, %1566 ]
	%1514 = icmp slt i32 %1513, %16
	br i1 %1514, label %1515, label %1524

1515:
	%1516 = add i32 %1513, %0
	%1517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1516
	%1518 = load i32, i32 addrspace(3)* %1517
	%1519 = icmp ugt i32 %1518, %1508
	%1520 = icmp eq i32 %1518, %1508
	%1521 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1519)
	%1522 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1520)
	%1523 = icmp eq i32 %3, 0
	br i1 %1523, label %1558, label %1566

1524:
	call void @llvm.nvvm.barrier0()
	%1525 = sdiv i32 %16, 256
	%1526 = mul i32 %1525, 8
	%1527 = icmp slt i32 %0, %1526
	%1528 = select i1 %1527, i32 %0, i32 0
	%1529 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1528
	%1530 = load i32, i32 addrspace(3)* %1529
	%1531 = select i1 %1527, i32 %1530, i32 0
	%1532 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1528
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = select i1 %1527, i32 %1533, i32 0
	%1535 = and i32 %0, 31
	%1536 = lshr i32 %0, 5
	%1537 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1534, i32 1, i32 0)
	%1538 = icmp uge i32 %1535, 1
	%1539 = select i1 %1538, i32 %1537, i32 0
	%1540 = add i32 %1534, %1539
	%1541 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1540, i32 2, i32 0)
	%1542 = icmp uge i32 %1535, 2
	%1543 = select i1 %1542, i32 %1541, i32 0
	%1544 = add i32 %1540, %1543
	%1545 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1544, i32 4, i32 0)
	%1546 = icmp uge i32 %1535, 4
	%1547 = select i1 %1546, i32 %1545, i32 0
	%1548 = add i32 %1544, %1547
	%1549 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1548, i32 8, i32 0)
	%1550 = icmp uge i32 %1535, 8
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = add i32 %1548, %1551
	%1553 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1552, i32 16, i32 0)
	%1554 = icmp uge i32 %1535, 16
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = add i32 %1552, %1555
	%1557 = icmp eq i32 %1535, 31
	br i1 %1557, label %1568, label %1570

1558:
	%1559 = sdiv i32 %1513, 256
	%1560 = mul i32 %1559, 8
	%1561 = add i32 %1560, %4
	%1562 = call i32 @llvm.ctpop.i32(i32 %1521)
	%1563 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1561
	store i32 %1562, i32 addrspace(3)* %1563
	%1564 = call i32 @llvm.ctpop.i32(i32 %1522)
	%1565 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1561
	store i32 %1564, i32 addrspace(3)* %1565
	br label %1566

1566:
	%1567 = add i32 %1513, 256
	br label %1512

1568:
	%1569 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1536
	store i32 %1556, i32 addrspace(3)* %1569
	br label %1570

1570:
	call void @llvm.nvvm.barrier0()
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = icmp sgt i32 %1536, 0
	%1574 = select i1 %1573, i32 %1572, i32 0
	%1575 = add i32 0, %1574
	%1576 = add i32 0, %1572
	%1577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp sgt i32 %1536, 1
	%1580 = select i1 %1579, i32 %1578, i32 0
	%1581 = add i32 %1575, %1580
	%1582 = add i32 %1576, %1578
	%1583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1584 = load i32, i32 addrspace(3)* %1583
	%1585 = icmp sgt i32 %1536, 2
	%1586 = select i1 %1585, i32 %1584, i32 0
	%1587 = add i32 %1581, %1586
	%1588 = add i32 %1582, %1584
	%1589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = icmp sgt i32 %1536, 3
	%1592 = select i1 %1591, i32 %1590, i32 0
	%1593 = add i32 %1587, %1592
	%1594 = add i32 %1588, %1590
	%1595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1596 = load i32, i32 addrspace(3)* %1595
	%1597 = icmp sgt i32 %1536, 4
	%1598 = select i1 %1597, i32 %1596, i32 0
	%1599 = add i32 %1593, %1598
	%1600 = add i32 %1594, %1596
	%1601 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1602 = load i32, i32 addrspace(3)* %1601
	%1603 = icmp sgt i32 %1536, 5
	%1604 = select i1 %1603, i32 %1602, i32 0
	%1605 = add i32 %1599, %1604
	%1606 = add i32 %1600, %1602
	%1607 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = icmp sgt i32 %1536, 6
	%1610 = select i1 %1609, i32 %1608, i32 0
	%1611 = add i32 %1605, %1610
	%1612 = add i32 %1606, %1608
	%1613 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1614 = load i32, i32 addrspace(3)* %1613
	%1615 = icmp sgt i32 %1536, 7
	%1616 = select i1 %1615, i32 %1614, i32 0
	%1617 = add i32 %1611, %1616
	%1618 = add i32 %1612, %1614
	%1619 = add i32 %1617, %1556
	%1620 = sub i32 %1619, %1534
	%1621 = sub i32 %1506, %1620
	%1622 = icmp sgt i32 %1621, 0
	%1623 = select i1 %1622, i32 %1621, i32 0
	%1624 = icmp slt i32 %1623, %1534
	%1625 = select i1 %1624, i32 %1623, i32 %1534
	%1626 = add i32 %1531, %1625
	%1627 = and i32 %0, 31
	%1628 = lshr i32 %0, 5
	%1629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1626, i32 1, i32 0)
	%1630 = icmp uge i32 %1627, 1
	%1631 = select i1 %1630, i32 %1629, i32 0
	%1632 = add i32 %1626, %1631
	%1633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1632, i32 2, i32 0)
	%1634 = icmp uge i32 %1627, 2
	%1635 = select i1 %1634, i32 %1633, i32 0
	%1636 = add i32 %1632, %1635
	%1637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1636, i32 4, i32 0)
	%1638 = icmp uge i32 %1627, 4
	%1639 = select i1 %1638, i32 %1637, i32 0
	%1640 = add i32 %1636, %1639
	%1641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1640, i32 8, i32 0)
	%1642 = icmp uge i32 %1627, 8
	%1643 = select i1 %1642, i32 %1641, i32 0
	%1644 = add i32 %1640, %1643
	%1645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1644, i32 16, i32 0)
	%1646 = icmp uge i32 %1627, 16
	%1647 = select i1 %1646, i32 %1645, i32 0
	%1648 = add i32 %1644, %1647
	%1649 = icmp eq i32 %1627, 31
	br i1 %1649, label %1650, label %1652

1650:
	%1651 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1628
	store i32 %1648, i32 addrspace(3)* %1651
	br label %1652

1652:
	call void @llvm.nvvm.barrier0()
	%1653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1654 = load i32, i32 addrspace(3)* %1653
	%1655 = icmp sgt i32 %1628, 0
	%1656 = select i1 %1655, i32 %1654, i32 0
	%1657 = add i32 0, %1656
	%1658 = add i32 0, %1654
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1628, 1
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 %1657, %1662
	%1664 = add i32 %1658, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1628, 2
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1628, 3
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1628, 4
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = icmp sgt i32 %1628, 5
	%1686 = select i1 %1685, i32 %1684, i32 0
	%1687 = add i32 %1681, %1686
	%1688 = add i32 %1682, %1684
	%1689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = icmp sgt i32 %1628, 6
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = add i32 %1687, %1692
	%1694 = add i32 %1688, %1690
	%1695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = icmp sgt i32 %1628, 7
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = add i32 %1693, %1698
	%1700 = add i32 %1694, %1696
	%1701 = add i32 %1699, %1648
	%1702 = sub i32 %1701, %1626
	br i1 %1527, label %1703, label %1706

1703:
	%1704 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1702, i32 addrspace(3)* %1704
	%1705 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1620, i32 addrspace(3)* %1705
	br label %1706

1706:
	call void @llvm.nvvm.barrier0()
	br label %1707

1707:
	%1708 = phi i32 [ 0, %1706 ], [ %1740, %1739 ]
	%1709 = icmp slt i32 %1708, %16
	br i1 %1709, label %1710, label %1735

1710:
	%1711 = add i32 %1708, %0
	%1712 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1711
	%1713 = load i32, i32 addrspace(3)* %1712
	%1714 = icmp ugt i32 %1713, %1508
	%1715 = icmp eq i32 %1713, %1508
	%1716 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1714)
	%1717 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1715)
	%1718 = sdiv i32 %1708, 256
	%1719 = mul i32 %1718, 8
	%1720 = add i32 %1719, %4
	%1721 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1720
	%1722 = load i32, i32 addrspace(3)* %1721
	%1723 = and i32 %1717, %1511
	%1724 = call i32 @llvm.ctpop.i32(i32 %1723)
	%1725 = add i32 %1722, %1724
	%1726 = icmp slt i32 %1725, %1506
	%1727 = and i1 %1715, %1726
	%1728 = or i1 %1714, %1727
	%1729 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1728)
	%1730 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1720
	%1731 = load i32, i32 addrspace(3)* %1730
	%1732 = and i32 %1729, %1511
	%1733 = call i32 @llvm.ctpop.i32(i32 %1732)
	%1734 = add i32 %1731, %1733
	br i1 %1728, label %1736, label %1739

1735:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1736:
	%1737 = add i32 %1708, %0
	%1738 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1734
	store i32 %1737, i32 addrspace(3)* %1738
	br label %1739

1739:
	%1740 = add i32 %1708, 256
	br label %1707

1741:
	%1742 = phi i32 [ %877, %mass_taken ], [ %1746, %1744 ]
	%1743 = icmp slt i32 %1742, %876
	br i1 %1743, label %1744, label %1747

1744:
	%1745 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1742
	store i32 -1, i32 addrspace(3)* %1745
	%1746 = add i32 %1742, 256
	br label %1741

1747:
	call void @llvm.nvvm.barrier0()
	%1748 = add i32 %875, 1
	br label %1749

1749:
	%1750 = phi i32 [ 1, %1747 ], [ %1766, %1765 ]
	%1751 = icmp slt i32 %1750, %1748
	br i1 %1751, label %1752, label %1754

1752:
	%1753 = shl i32 1, %1750
	br label %1755

1754:
	br label %1807

1755:
	%1756 = phi i32 [ 0, %1752 ], [ %1801, %1800 ]
	%1757 = icmp slt i32 %1756, %1750
	br i1 %1757, label %1758, label %1765

1758:
	%1759 = sub i32 %1750, 1
	%1760 = sub i32 %1759, %1756
	%1761 = shl i32 1, %1760
	%1762 = sub i32 %1750, 1
	%1763 = sub i32 %1762, %1756
	%1764 = lshr i32 %876, 1
	br label %1767

1765:
	%1766 = add i32 %1750, 1
	br label %1749

1767:
	%1768 = phi i32 [ %0, %1758 ], [ %1806, %1805 ]
	%1769 = icmp slt i32 %1768, %1764
	br i1 %1769, label %1770, label %1800

1770:
	%1771 = lshr i32 %1768, %1763
	%1772 = add i32 %1763, 1
	%1773 = shl i32 %1771, %1772
	%1774 = sub i32 %1761, 1
	%1775 = and i32 %1768, %1774
	%1776 = or i32 %1773, %1775
	%1777 = or i32 %1776, %1761
	%1778 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1776
	%1779 = load i32, i32 addrspace(3)* %1778
	%1780 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1777
	%1781 = load i32, i32 addrspace(3)* %1780
	%1782 = and i32 %1776, %1753
	%1783 = icmp eq i32 %1782, 0
	%1784 = icmp sge i32 %1781, 0
	%1785 = select i1 %1784, i32 %1781, i32 0
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1785
	%1787 = load i32, i32 addrspace(3)* %1786
	%1788 = select i1 %1784, i32 %1787, i32 0
	%1789 = icmp sge i32 %1779, 0
	%1790 = select i1 %1789, i32 %1779, i32 0
	%1791 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1790
	%1792 = load i32, i32 addrspace(3)* %1791
	%1793 = select i1 %1789, i32 %1792, i32 0
	%1794 = icmp ugt i32 %1788, %1793
	%1795 = icmp eq i32 %1788, %1793
	%1796 = icmp slt i32 %1781, %1779
	%1797 = and i1 %1795, %1796
	%1798 = or i1 %1794, %1797
	%1799 = icmp eq i1 %1798, %1783
	br i1 %1799, label %1802, label %1805

1800:
	call void @llvm.nvvm.barrier0()
	%1801 = add i32 %1756, 1
	br label %1755

1802:
	%1803 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1776
	store i32 %1781, i32 addrspace(3)* %1803
	%1804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1777
	store i32 %1779, i32 addrspace(3)* %1804
	br label %1805

1805:
	%1806 = add i32 %1768, 256
	br label %1767

1807:
	%1808 = phi i32 [ %0, %1754 ], [ %1821, %1810 ]
	%1809 = icmp slt i32 %1808, %861
	br i1 %1809, label %1810, label %1822

1810:
	%1811 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1808
	%1812 = load i32, i32 addrspace(3)* %1811
	%1813 = add i32 %326, %1808
	%1814 = add i32 %13, %1813
	%1815 = sext i32 %1814 to i64
	%1816 = getelementptr i32, i32* %list, i64 %1815
	store i32 %1812, i32* %1816
	%1817 = add i32 %13, %NK
	%1818 = add i32 %1817, %1813
	%1819 = sext i32 %1818 to i64
	%1820 = getelementptr i32, i32* %list, i64 %1819
	store i32 0, i32* %1820
	%1821 = add i32 %1808, 256
	br label %1807

1822:
	call void @llvm.nvvm.barrier0()
	%1823 = icmp eq i32 %4, 0
	br i1 %1823, label %1824, label %1827

1824:
	%1825 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1826 = load double, double addrspace(3)* %1825
	br label %1840

1827:
	call void @llvm.nvvm.barrier0()
	%1828 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1829 = load i32, i32 addrspace(3)* %1828
	%1830 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1831 = load i32, i32 addrspace(3)* %1830
	%1832 = icmp ne i32 %1831, 0
	%1833 = icmp sge i32 %861, %327
	%1834 = or i1 %1832, %1833
	%1835 = mul i32 %861, 4
	%1836 = icmp sgt i32 %1835, 64
	%1837 = select i1 %1836, i32 %1835, i32 64
	%1838 = icmp slt i32 %1837, %327
	%1839 = select i1 %1838, i32 %1837, i32 %327
	br i1 %1834, label %mass_done, label %mass

1840:
	%1841 = phi i32 [ 0, %1824 ], [ %2305, %2302 ]
	%1842 = phi double [ %1826, %1824 ], [ %2303, %2302 ]
	%1843 = phi i32 [ 0, %1824 ], [ %2304, %2302 ]
	%1844 = icmp slt i32 %1841, %861
	br i1 %1844, label %1845, label %1848

1845:
	%1846 = add i32 %1841, %3
	%1847 = icmp slt i32 %1846, %861
	br i1 %1847, label %1850, label %1857

1848:
	%1849 = icmp eq i32 %3, 0
	br i1 %1849, label %2306, label %2311

1850:
	%1851 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1846
	%1852 = load i32, i32 addrspace(3)* %1851
	%1853 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1852
	%1854 = load i32, i32 addrspace(3)* %1853
	%1855 = sub i32 %1854, 2
	%1856 = bitcast i32 %1855 to float
	br label %1857

1857:
	%1858 = phi float [ 0.0, %1845 ], [ %1856, %1850 ]
	%1859 = fpext float %1858 to double
	%1860 = fcmp one float %1858, 0.0
	%1861 = call float @llvm.fabs.f32(float %1858)
	%1862 = fcmp olt float %1861, 0x3E20000000000000
	%1863 = and i1 %1860, %1862
	%1864 = fmul double %1842, 4.503599627370496e+15
	%1865 = call double @llvm.trunc.f64(double %1864)
	%1866 = fcmp oeq double %1864, %1865
	%1867 = bitcast double %1859 to i64
	%1868 = trunc i64 %1867 to i32
	%1869 = lshr i64 %1867, 32
	%1870 = trunc i64 %1869 to i32
	%1871 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1868, i32 1, i32 0)
	%1872 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1870, i32 1, i32 0)
	%1873 = zext i32 %1871 to i64
	%1874 = zext i32 %1872 to i64
	%1875 = shl i64 %1874, 32
	%1876 = or i64 %1873, %1875
	%1877 = bitcast i64 %1876 to double
	%1878 = icmp uge i32 %3, 1
	%1879 = fadd double %1859, %1877
	%1880 = select i1 %1878, double %1879, double %1859
	%1881 = bitcast double %1880 to i64
	%1882 = trunc i64 %1881 to i32
	%1883 = lshr i64 %1881, 32
	%1884 = trunc i64 %1883 to i32
	%1885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1882, i32 2, i32 0)
	%1886 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1884, i32 2, i32 0)
	%1887 = zext i32 %1885 to i64
	%1888 = zext i32 %1886 to i64
	%1889 = shl i64 %1888, 32
	%1890 = or i64 %1887, %1889
	%1891 = bitcast i64 %1890 to double
	%1892 = icmp uge i32 %3, 2
	%1893 = fadd double %1880, %1891
	%1894 = select i1 %1892, double %1893, double %1880
	%1895 = bitcast double %1894 to i64
	%1896 = trunc i64 %1895 to i32
	%1897 = lshr i64 %1895, 32
	%1898 = trunc i64 %1897 to i32
	%1899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1896, i32 4, i32 0)
	%1900 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1898, i32 4, i32 0)
	%1901 = zext i32 %1899 to i64
	%1902 = zext i32 %1900 to i64
	%1903 = shl i64 %1902, 32
	%1904 = or i64 %1901, %1903
	%1905 = bitcast i64 %1904 to double
	%1906 = icmp uge i32 %3, 4
	%1907 = fadd double %1894, %1905
	%1908 = select i1 %1906, double %1907, double %1894
	%1909 = bitcast double %1908 to i64
	%1910 = trunc i64 %1909 to i32
	%1911 = lshr i64 %1909, 32
	%1912 = trunc i64 %1911 to i32
	%1913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1910, i32 8, i32 0)
	%1914 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1912, i32 8, i32 0)
	%1915 = zext i32 %1913 to i64
	%1916 = zext i32 %1914 to i64
	%1917 = shl i64 %1916, 32
	%1918 = or i64 %1915, %1917
	%1919 = bitcast i64 %1918 to double
	%1920 = icmp uge i32 %3, 8
	%1921 = fadd double %1908, %1919
	%1922 = select i1 %1920, double %1921, double %1908
	%1923 = bitcast double %1922 to i64
	%1924 = trunc i64 %1923 to i32
	%1925 = lshr i64 %1923, 32
	%1926 = trunc i64 %1925 to i32
	%1927 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1924, i32 16, i32 0)
	%1928 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1926, i32 16, i32 0)
	%1929 = zext i32 %1927 to i64
	%1930 = zext i32 %1928 to i64
	%1931 = shl i64 %1930, 32
	%1932 = or i64 %1929, %1931
	%1933 = bitcast i64 %1932 to double
	%1934 = icmp uge i32 %3, 16
	%1935 = fadd double %1922, %1933
	%1936 = select i1 %1934, double %1935, double %1922
	%1937 = bitcast double %1936 to i64
	%1938 = trunc i64 %1937 to i32
	%1939 = lshr i64 %1937, 32
	%1940 = trunc i64 %1939 to i32
	%1941 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1938, i32 31, i32 31)
	%1942 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1940, i32 31, i32 31)
	%1943 = zext i32 %1941 to i64
	%1944 = zext i32 %1942 to i64
	%1945 = shl i64 %1944, 32
	%1946 = or i64 %1943, %1945
	%1947 = bitcast i64 %1946 to double
	%1948 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1863)
	%1949 = xor i1 %1948, true
	%1950 = and i1 %1866, %1949
	%1951 = fadd double %1842, %1947
	%1952 = fcmp olt double %1951, 1.5
	%1953 = and i1 %1950, %1952
	%1954 = fcmp oge double %1842, 0x3FECCCCCCCCCCCCD
	%1955 = or i1 %1953, %1954
	br i1 %1955, label %1956, label %1981

1956:
	%1957 = fsub double %1936, %1859
	%1958 = fadd double %1842, %1957
	%1959 = fcmp olt double %1958, 0x3FECCCCCCCCCCCCD
	%1960 = and i1 %1847, %1959
	%1961 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1960)
	%1962 = call i32 @llvm.ctpop.i32(i32 %1961)
	%1963 = sub i32 %1962, 1
	%1964 = icmp sgt i32 %1963, 0
	%1965 = select i1 %1964, i32 %1963, i32 0
	%1966 = bitcast double %1936 to i64
	%1967 = trunc i64 %1966 to i32
	%1968 = lshr i64 %1966, 32
	%1969 = trunc i64 %1968 to i32
	%1970 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1967, i32 %1965, i32 31)
	%1971 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1969, i32 %1965, i32 31)
	%1972 = zext i32 %1970 to i64
	%1973 = zext i32 %1971 to i64
	%1974 = shl i64 %1973, 32
	%1975 = or i64 %1972, %1974
	%1976 = bitcast i64 %1975 to double
	%1977 = icmp sgt i32 %1962, 0
	%1978 = fadd double %1842, %1976
	%1979 = select i1 %1977, double %1978, double %1842
	%1980 = add i32 %1843, %1962
	br label %2302

1981:
	%1982 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 0, i32 31)
	%1983 = fcmp olt double %1842, 0x3FECCCCCCCCCCCCD
	%1984 = add i32 %1841, 0
	%1985 = icmp slt i32 %1984, %861
	%1986 = and i1 %1983, %1985
	%1987 = fpext float %1982 to double
	%1988 = fadd double %1842, %1987
	%1989 = select i1 %1986, double %1988, double %1842
	%1990 = add i32 %1843, 1
	%1991 = select i1 %1986, i32 %1990, i32 %1843
	%1992 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 1, i32 31)
	%1993 = fcmp olt double %1989, 0x3FECCCCCCCCCCCCD
	%1994 = add i32 %1841, 1
	%1995 = icmp slt i32 %1994, %861
	%1996 = and i1 %1993, %1995
	%1997 = fpext float %1992 to double
	%1998 = fadd double %1989, %1997
	%1999 = select i1 %1996, double %1998, double %1989
	%2000 = add i32 %1991, 1
	%2001 = select i1 %1996, i32 %2000, i32 %1991
	%2002 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 2, i32 31)
	%2003 = fcmp olt double %1999, 0x3FECCCCCCCCCCCCD
	%2004 = add i32 %1841, 2
	%2005 = icmp slt i32 %2004, %861
	%2006 = and i1 %2003, %2005
	%2007 = fpext float %2002 to double
	%2008 = fadd double %1999, %2007
	%2009 = select i1 %2006, double %2008, double %1999
	%2010 = add i32 %2001, 1
	%2011 = select i1 %2006, i32 %2010, i32 %2001
	%2012 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 3, i32 31)
	%2013 = fcmp olt double %2009, 0x3FECCCCCCCCCCCCD
	%2014 = add i32 %1841, 3
	%2015 = icmp slt i32 %2014, %861
	%2016 = and i1 %2013, %2015
	%2017 = fpext float %2012 to double
	%2018 = fadd double %2009, %2017
	%2019 = select i1 %2016, double %2018, double %2009
	%2020 = add i32 %2011, 1
	%2021 = select i1 %2016, i32 %2020, i32 %2011
	%2022 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 4, i32 31)
	%2023 = fcmp olt double %2019, 0x3FECCCCCCCCCCCCD
	%2024 = add i32 %1841, 4
	%2025 = icmp slt i32 %2024, %861
	%2026 = and i1 %2023, %2025
	%2027 = fpext float %2022 to double
	%2028 = fadd double %2019, %2027
	%2029 = select i1 %2026, double %2028, double %2019
	%2030 = add i32 %2021, 1
	%2031 = select i1 %2026, i32 %2030, i32 %2021
	%2032 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 5, i32 31)
	%2033 = fcmp olt double %2029, 0x3FECCCCCCCCCCCCD
	%2034 = add i32 %1841, 5
	%2035 = icmp slt i32 %2034, %861
	%2036 = and i1 %2033, %2035
	%2037 = fpext float %2032 to double
	%2038 = fadd double %2029, %2037
	%2039 = select i1 %2036, double %2038, double %2029
	%2040 = add i32 %2031, 1
	%2041 = select i1 %2036, i32 %2040, i32 %2031
	%2042 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 6, i32 31)
	%2043 = fcmp olt double %2039, 0x3FECCCCCCCCCCCCD
	%2044 = add i32 %1841, 6
	%2045 = icmp slt i32 %2044, %861
	%2046 = and i1 %2043, %2045
	%2047 = fpext float %2042 to double
	%2048 = fadd double %2039, %2047
	%2049 = select i1 %2046, double %2048, double %2039
	%2050 = add i32 %2041, 1
	%2051 = select i1 %2046, i32 %2050, i32 %2041
	%2052 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 7, i32 31)
	%2053 = fcmp olt double %2049, 0x3FECCCCCCCCCCCCD
	%2054 = add i32 %1841, 7
	%2055 = icmp slt i32 %2054, %861
	%2056 = and i1 %2053, %2055
	%2057 = fpext float %2052 to double
	%2058 = fadd double %2049, %2057
	%2059 = select i1 %2056, double %2058, double %2049
	%2060 = add i32 %2051, 1
	%2061 = select i1 %2056, i32 %2060, i32 %2051
	%2062 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 8, i32 31)
	%2063 = fcmp olt double %2059, 0x3FECCCCCCCCCCCCD
	%2064 = add i32 %1841, 8
	%2065 = icmp slt i32 %2064, %861
	%2066 = and i1 %2063, %2065
	%2067 = fpext float %2062 to double
	%2068 = fadd double %2059, %2067
	%2069 = select i1 %2066, double %2068, double %2059
	%2070 = add i32 %2061, 1
	%2071 = select i1 %2066, i32 %2070, i32 %2061
	%2072 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 9, i32 31)
	%2073 = fcmp olt double %2069, 0x3FECCCCCCCCCCCCD
	%2074 = add i32 %1841, 9
	%2075 = icmp slt i32 %2074, %861
	%2076 = and i1 %2073, %2075
	%2077 = fpext float %2072 to double
	%2078 = fadd double %2069, %2077
	%2079 = select i1 %2076, double %2078, double %2069
	%2080 = add i32 %2071, 1
	%2081 = select i1 %2076, i32 %2080, i32 %2071
	%2082 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 10, i32 31)
	%2083 = fcmp olt double %2079, 0x3FECCCCCCCCCCCCD
	%2084 = add i32 %1841, 10
	%2085 = icmp slt i32 %2084, %861
	%2086 = and i1 %2083, %2085
	%2087 = fpext float %2082 to double
	%2088 = fadd double %2079, %2087
	%2089 = select i1 %2086, double %2088, double %2079
	%2090 = add i32 %2081, 1
	%2091 = select i1 %2086, i32 %2090, i32 %2081
	%2092 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 11, i32 31)
	%2093 = fcmp olt double %2089, 0x3FECCCCCCCCCCCCD
	%2094 = add i32 %1841, 11
	%2095 = icmp slt i32 %2094, %861
	%2096 = and i1 %2093, %2095
	%2097 = fpext float %2092 to double
	%2098 = fadd double %2089, %2097
	%2099 = select i1 %2096, double %2098, double %2089
	%2100 = add i32 %2091, 1
	%2101 = select i1 %2096, i32 %2100, i32 %2091
	%2102 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 12, i32 31)
	%2103 = fcmp olt double %2099, 0x3FECCCCCCCCCCCCD
	%2104 = add i32 %1841, 12
	%2105 = icmp slt i32 %2104, %861
	%2106 = and i1 %2103, %2105
	%2107 = fpext float %2102 to double
	%2108 = fadd double %2099, %2107
	%2109 = select i1 %2106, double %2108, double %2099
	%2110 = add i32 %2101, 1
	%2111 = select i1 %2106, i32 %2110, i32 %2101
	%2112 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 13, i32 31)
	%2113 = fcmp olt double %2109, 0x3FECCCCCCCCCCCCD
	%2114 = add i32 %1841, 13
	%2115 = icmp slt i32 %2114, %861
	%2116 = and i1 %2113, %2115
	%2117 = fpext float %2112 to double
	%2118 = fadd double %2109, %2117
	%2119 = select i1 %2116, double %2118, double %2109
	%2120 = add i32 %2111, 1
	%2121 = select i1 %2116, i32 %2120, i32 %2111
	%2122 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 14, i32 31)
	%2123 = fcmp olt double %2119, 0x3FECCCCCCCCCCCCD
	%2124 = add i32 %1841, 14
	%2125 = icmp slt i32 %2124, %861
	%2126 = and i1 %2123, %2125
	%2127 = fpext float %2122 to double
	%2128 = fadd double %2119, %2127
	%2129 = select i1 %2126, double %2128, double %2119
	%2130 = add i32 %2121, 1
	%2131 = select i1 %2126, i32 %2130, i32 %2121
	%2132 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 15, i32 31)
	%2133 = fcmp olt double %2129, 0x3FECCCCCCCCCCCCD
	%2134 = add i32 %1841, 15
	%2135 = icmp slt i32 %2134, %861
	%2136 = and i1 %2133, %2135
	%2137 = fpext float %2132 to double
	%2138 = fadd double %2129, %2137
	%2139 = select i1 %2136, double %2138, double %2129
	%2140 = add i32 %2131, 1
	%2141 = select i1 %2136, i32 %2140, i32 %2131
	%2142 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 16, i32 31)
	%2143 = fcmp olt double %2139, 0x3FECCCCCCCCCCCCD
	%2144 = add i32 %1841, 16
	%2145 = icmp slt i32 %2144, %861
	%2146 = and i1 %2143, %2145
	%2147 = fpext float %2142 to double
	%2148 = fadd double %2139, %2147
	%2149 = select i1 %2146, double %2148, double %2139
	%2150 = add i32 %2141, 1
	%2151 = select i1 %2146, i32 %2150, i32 %2141
	%2152 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 17, i32 31)
	%2153 = fcmp olt double %2149, 0x3FECCCCCCCCCCCCD
	%2154 = add i32 %1841, 17
	%2155 = icmp slt i32 %2154, %861
	%2156 = and i1 %2153, %2155
	%2157 = fpext float %2152 to double
	%2158 = fadd double %2149, %2157
	%2159 = select i1 %2156, double %2158, double %2149
	%2160 = add i32 %2151, 1
	%2161 = select i1 %2156, i32 %2160, i32 %2151
	%2162 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 18, i32 31)
	%2163 = fcmp olt double %2159, 0x3FECCCCCCCCCCCCD
	%2164 = add i32 %1841, 18
	%2165 = icmp slt i32 %2164, %861
	%2166 = and i1 %2163, %2165
	%2167 = fpext float %2162 to double
	%2168 = fadd double %2159, %2167
	%2169 = select i1 %2166, double %2168, double %2159
	%2170 = add i32 %2161, 1
	%2171 = select i1 %2166, i32 %2170, i32 %2161
	%2172 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 19, i32 31)
	%2173 = fcmp olt double %2169, 0x3FECCCCCCCCCCCCD
	%2174 = add i32 %1841, 19
	%2175 = icmp slt i32 %2174, %861
	%2176 = and i1 %2173, %2175
	%2177 = fpext float %2172 to double
	%2178 = fadd double %2169, %2177
	%2179 = select i1 %2176, double %2178, double %2169
	%2180 = add i32 %2171, 1
	%2181 = select i1 %2176, i32 %2180, i32 %2171
	%2182 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 20, i32 31)
	%2183 = fcmp olt double %2179, 0x3FECCCCCCCCCCCCD
	%2184 = add i32 %1841, 20
	%2185 = icmp slt i32 %2184, %861
	%2186 = and i1 %2183, %2185
	%2187 = fpext float %2182 to double
	%2188 = fadd double %2179, %2187
	%2189 = select i1 %2186, double %2188, double %2179
	%2190 = add i32 %2181, 1
	%2191 = select i1 %2186, i32 %2190, i32 %2181
	%2192 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 21, i32 31)
	%2193 = fcmp olt double %2189, 0x3FECCCCCCCCCCCCD
	%2194 = add i32 %1841, 21
	%2195 = icmp slt i32 %2194, %861
	%2196 = and i1 %2193, %2195
	%2197 = fpext float %2192 to double
	%2198 = fadd double %2189, %2197
	%2199 = select i1 %2196, double %2198, double %2189
	%2200 = add i32 %2191, 1
	%2201 = select i1 %2196, i32 %2200, i32 %2191
	%2202 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 22, i32 31)
	%2203 = fcmp olt double %2199, 0x3FECCCCCCCCCCCCD
	%2204 = add i32 %1841, 22
	%2205 = icmp slt i32 %2204, %861
	%2206 = and i1 %2203, %2205
	%2207 = fpext float %2202 to double
	%2208 = fadd double %2199, %2207
	%2209 = select i1 %2206, double %2208, double %2199
	%2210 = add i32 %2201, 1
	%2211 = select i1 %2206, i32 %2210, i32 %2201
	%2212 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 23, i32 31)
	%2213 = fcmp olt double %2209, 0x3FECCCCCCCCCCCCD
	%2214 = add i32 %1841, 23
	%2215 = icmp slt i32 %2214, %861
	%2216 = and i1 %2213, %2215
	%2217 = fpext float %2212 to double
	%2218 = fadd double %2209, %2217
	%2219 = select i1 %2216, double %2218, double %2209
	%2220 = add i32 %2211, 1
	%2221 = select i1 %2216, i32 %2220, i32 %2211
	%2222 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 24, i32 31)
	%2223 = fcmp olt double %2219, 0x3FECCCCCCCCCCCCD
	%2224 = add i32 %1841, 24
	%2225 = icmp slt i32 %2224, %861
	%2226 = and i1 %2223, %2225
	%2227 = fpext float %2222 to double
	%2228 = fadd double %2219, %2227
	%2229 = select i1 %2226, double %2228, double %2219
	%2230 = add i32 %2221, 1
	%2231 = select i1 %2226, i32 %2230, i32 %2221
	%2232 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 25, i32 31)
	%2233 = fcmp olt double %2229, 0x3FECCCCCCCCCCCCD
	%2234 = add i32 %1841, 25
	%2235 = icmp slt i32 %2234, %861
	%2236 = and i1 %2233, %2235
	%2237 = fpext float %2232 to double
	%2238 = fadd double %2229, %2237
	%2239 = select i1 %2236, double %2238, double %2229
	%2240 = add i32 %2231, 1
	%2241 = select i1 %2236, i32 %2240, i32 %2231
	%2242 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 26, i32 31)
	%2243 = fcmp olt double %2239, 0x3FECCCCCCCCCCCCD
	%2244 = add i32 %1841, 26
	%2245 = icmp slt i32 %2244, %861
	%2246 = and i1 %2243, %2245
	%2247 = fpext float %2242 to double
	%2248 = fadd double %2239, %2247
	%2249 = select i1 %2246, double %2248, double %2239
	%2250 = add i32 %2241, 1
	%2251 = select i1 %2246, i32 %2250, i32 %2241
	%2252 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 27, i32 31)
	%2253 = fcmp olt double %2249, 0x3FECCCCCCCCCCCCD
	%2254 = add i32 %1841, 27
	%2255 = icmp slt i32 %2254, %861
	%2256 = and i1 %2253, %2255
	%2257 = fpext float %2252 to double
	%2258 = fadd double %2249, %2257
	%2259 = select i1 %2256, double %2258, double %2249
	%2260 = add i32 %2251, 1
	%2261 = select i1 %2256, i32 %2260, i32 %2251
	%2262 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 28, i32 31)
	%2263 = fcmp olt double %2259, 0x3FECCCCCCCCCCCCD
	%2264 = add i32 %1841, 28
	%2265 = icmp slt i32 %2264, %861
	%2266 = and i1 %2263, %2265
	%2267 = fpext float %2262 to double
	%2268 = fadd double %2259, %2267
	%2269 = select i1 %2266, double %2268, double %2259
	%2270 = add i32 %2261, 1
	%2271 = select i1 %2266, i32 %2270, i32 %2261
	%2272 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 29, i32 31)
	%2273 = fcmp olt double %2269, 0x3FECCCCCCCCCCCCD
	%2274 = add i32 %1841, 29
	%2275 = icmp slt i32 %2274, %861
	%2276 = and i1 %2273, %2275
	%2277 = fpext float %2272 to double
	%2278 = fadd double %2269, %2277
	%2279 = select i1 %2276, double %2278, double %2269
	%2280 = add i32 %2271, 1
	%2281 = select i1 %2276, i32 %2280, i32 %2271
	%2282 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 30, i32 31)
	%2283 = fcmp olt double %2279, 0x3FECCCCCCCCCCCCD
	%2284 = add i32 %1841, 30
	%2285 = icmp slt i32 %2284, %861
	%2286 = and i1 %2283, %2285
	%2287 = fpext float %2282 to double
	%2288 = fadd double %2279, %2287
	%2289 = select i1 %2286, double %2288, double %2279
	%2290 = add i32 %2281, 1
	%2291 = select i1 %2286, i32 %2290, i32 %2281
	%2292 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1858, i32 31, i32 31)
	%2293 = fcmp olt double %2289, 0x3FECCCCCCCCCCCCD
	%2294 = add i32 %1841, 31
	%2295 = icmp slt i32 %2294, %861
	%2296 = and i1 %2293, %2295
	%2297 = fpext float %2292 to double
	%2298 = fadd double %2289, %2297
	%2299 = select i1 %2296, double %2298, double %2289
	%2300 = add i32 %2291, 1
	%2301 = select i1 %2296, i32 %2300, i32 %2291
	br label %2302

2302:
	%2303 = phi double [ %1979, %1956 ], [ %2299, %1981 ]
	%2304 = phi i32 [ %1980, %1956 ], [ %2301, %1981 ]
	%2305 = add i32 %1841, 32
	br label %1840

2306:
	%2307 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1843, i32 addrspace(3)* %2307
	%2308 = fcmp oge double %1842, 0x3FECCCCCCCCCCCCD
	%2309 = zext i1 %2308 to i32
	%2310 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2309, i32 addrspace(3)* %2310
	br label %2311

2311:
	br label %1827

2312:
	%2313 = phi i32 [ %867, %mass_done ], [ %2323, %2315 ]
	%2314 = icmp slt i32 %2313, %NK
	br i1 %2314, label %2315, label %2324

2315:
	%2316 = add i32 %13, %2313
	%2317 = sext i32 %2316 to i64
	%2318 = getelementptr i32, i32* %list, i64 %2317
	store i32 -1, i32* %2318
	%2319 = add i32 %13, %NK
	%2320 = add i32 %2319, %2313
	%2321 = sext i32 %2320 to i64
	%2322 = getelementptr i32, i32* %list, i64 %2321
	store i32 -1, i32* %2322
	%2323 = add i32 %2313, 256
	br label %2312

2324:
	ret void
}
