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
	%19 = phi i32 [ %0, %entry ], [ %223, %221 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %222, %221 ]
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
	br i1 %25, label %155, label %158

140:
	%141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%142 = call float @llvm.nvvm.fmax.f(float %20, float %141)
	%143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %142, i32 8, i32 31)
	%144 = call float @llvm.nvvm.fmax.f(float %142, float %143)
	%145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %144, i32 4, i32 31)
	%146 = call float @llvm.nvvm.fmax.f(float %144, float %145)
	%147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %146, i32 2, i32 31)
	%148 = call float @llvm.nvvm.fmax.f(float %146, float %147)
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 1, i32 31)
	%150 = call float @llvm.nvvm.fmax.f(float %148, float %149)
	%151 = lshr i32 %0, 5
	%152 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%153 = icmp eq i32 %152, 0
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %24
	store i32 %156, i32 addrspace(3)* %157
	br label %158

158:
	%159 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%160 = icmp slt i32 %28, %NK
	%161 = icmp ne i8 %71, 0
	%162 = and i1 %160, %161
	%163 = select i1 %162, float %75, float 0xFFF0000000000000
	br i1 %29, label %164, label %167

164:
	%165 = bitcast float %163 to i32
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %28
	store i32 %165, i32 addrspace(3)* %166
	br label %167

167:
	%168 = call float @llvm.nvvm.fmax.f(float %159, float %163)
	%169 = icmp slt i32 %32, %NK
	%170 = icmp ne i8 %81, 0
	%171 = and i1 %169, %170
	%172 = select i1 %171, float %85, float 0xFFF0000000000000
	br i1 %33, label %173, label %176

173:
	%174 = bitcast float %172 to i32
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %32
	store i32 %174, i32 addrspace(3)* %175
	br label %176

176:
	%177 = call float @llvm.nvvm.fmax.f(float %168, float %172)
	%178 = icmp slt i32 %36, %NK
	%179 = icmp ne i8 %91, 0
	%180 = and i1 %178, %179
	%181 = select i1 %180, float %95, float 0xFFF0000000000000
	br i1 %37, label %182, label %185

182:
	%183 = bitcast float %181 to i32
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %36
	store i32 %183, i32 addrspace(3)* %184
	br label %185

185:
	%186 = call float @llvm.nvvm.fmax.f(float %177, float %181)
	%187 = icmp slt i32 %40, %NK
	%188 = icmp ne i8 %101, 0
	%189 = and i1 %187, %188
	%190 = select i1 %189, float %105, float 0xFFF0000000000000
	br i1 %41, label %191, label %194

191:
	%192 = bitcast float %190 to i32
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %40
	store i32 %192, i32 addrspace(3)* %193
	br label %194

194:
	%195 = call float @llvm.nvvm.fmax.f(float %186, float %190)
	%196 = icmp slt i32 %44, %NK
	%197 = icmp ne i8 %111, 0
	%198 = and i1 %196, %197
	%199 = select i1 %198, float %115, float 0xFFF0000000000000
	br i1 %45, label %200, label %203

200:
	%201 = bitcast float %199 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %44
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %195, float %199)
	%205 = icmp slt i32 %48, %NK
	%206 = icmp ne i8 %121, 0
	%207 = and i1 %205, %206
	%208 = select i1 %207, float %125, float 0xFFF0000000000000
	br i1 %49, label %209, label %212

209:
	%210 = bitcast float %208 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %48
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %204, float %208)
	%214 = icmp slt i32 %52, %NK
	%215 = icmp ne i8 %131, 0
	%216 = and i1 %214, %215
	%217 = select i1 %216, float %135, float 0xFFF0000000000000
	br i1 %53, label %218, label %221

218:
	%219 = bitcast float %217 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %52
	store i32 %219, i32 addrspace(3)* %220
	br label %221

221:
	%222 = call float @llvm.nvvm.fmax.f(float %213, float %217)
	%223 = add i32 %19, 2048
	br label %18

224:
	store float %150, float addrspace(3)* %154
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%247 = load float, float addrspace(3)* %246
	%248 = call float @llvm.nvvm.fmax.f(float %245, float %247)
	%249 = fcmp oeq float %248, 0xFFF0000000000000
	%250 = select i1 %249, float 0.0, float %248
	br label %251

251:
	%252 = phi i32 [ %0, %225 ], [ %267, %255 ]
	%253 = phi float [ 0.0, %225 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %16
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %252
	store i32 %263, i32 addrspace(3)* %264
	%265 = select i1 %259, float %261, float 0.0
	%266 = fadd float %253, %265
	%267 = add i32 %252, 256
	br label %251

268:
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %253, i32 16, i32 31)
	%270 = fadd float %253, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 8, i32 31)
	%272 = fadd float %270, %271
	%273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %272, i32 4, i32 31)
	%274 = fadd float %272, %273
	%275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %274, i32 2, i32 31)
	%276 = fadd float %274, %275
	%277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %276, i32 1, i32 31)
	%278 = fadd float %276, %277
	%279 = lshr i32 %0, 5
	%280 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%281 = icmp eq i32 %280, 0
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 64
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 64
	%313 = icmp slt i32 %312, %M
	%314 = select i1 %313, i32 %312, i32 %M
	%315 = sub i32 %314, 1
	%316 = add i32 %315, %off
	%317 = icmp slt i32 %310, 0
	%318 = sub i32 0, %310
	%319 = sub i32 64, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 64
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 64
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 64, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 64
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 64
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %376, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %375, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %334
	%339 = load i32, i32 addrspace(3)* %338
	%340 = bitcast i32 %339 to float
	%341 = fcmp oge float %340, 0.0
	%342 = fmul float %340, %308
	%343 = select i1 %341, float %342, float -1.0
	%344 = icmp slt i32 %334, %NK
	br i1 %344, label %360, label %364

345:
	%346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %335, i32 16, i32 31)
	%347 = fadd float %335, %346
	%348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %347, i32 8, i32 31)
	%349 = fadd float %347, %348
	%350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %349, i32 4, i32 31)
	%351 = fadd float %349, %350
	%352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 2, i32 31)
	%353 = fadd float %351, %352
	%354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%355 = fadd float %353, %354
	%356 = lshr i32 %0, 5
	%357 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%358 = icmp eq i32 %357, 0
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %356
	br i1 %358, label %377, label %378

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp sge i32 %334, %324
	%366 = icmp sle i32 %334, %332
	%367 = and i1 %365, %366
	%368 = or i1 false, %367
	%369 = bitcast float %343 to i32
	%370 = add i32 %369, 2
	%371 = select i1 %368, i32 1, i32 %370
	%372 = select i1 %341, i32 %371, i32 0
	%373 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %334
	store i32 %372, i32 addrspace(3)* %373
	%374 = uitofp i1 %341 to float
	%375 = fadd float %335, %374
	%376 = add i32 %334, 256
	br label %333

377:
	store float %355, float addrspace(3)* %359
	br label %378

378:
	call void @llvm.nvvm.barrier0()
	%379 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%380 = load float, float addrspace(3)* %379
	%381 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%382 = load float, float addrspace(3)* %381
	%383 = fadd float %380, %382
	%384 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%385 = load float, float addrspace(3)* %384
	%386 = fadd float %383, %385
	%387 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%388 = load float, float addrspace(3)* %387
	%389 = fadd float %386, %388
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%391 = load float, float addrspace(3)* %390
	%392 = fadd float %389, %391
	%393 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%394 = load float, float addrspace(3)* %393
	%395 = fadd float %392, %394
	%396 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%397 = load float, float addrspace(3)* %396
	%398 = fadd float %395, %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = fptosi float %401 to i32
	%403 = icmp eq i32 %0, 0
	br i1 %403, label %404, label %408

404:
	%405 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%406 = load i32, i32 addrspace(3)* %405
	%407 = icmp eq i32 %406, 1
	br i1 %407, label %416, label %424

408:
	call void @llvm.nvvm.barrier0()
	%409 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%410 = load i32, i32 addrspace(3)* %409
	%411 = sub i32 %402, %410
	%412 = icmp sgt i32 %411, 0
	%413 = select i1 %412, i32 %411, i32 0
	%414 = shl i32 1, %3
	%415 = sub i32 %414, 1
	br label %470

416:
	%417 = add i32 %13, 0
	%418 = sext i32 %417 to i64
	%419 = getelementptr i32, i32* %list, i64 %418
	store i32 0, i32* %419
	%420 = add i32 %13, %NK
	%421 = add i32 %420, 0
	%422 = sext i32 %421 to i64
	%423 = getelementptr i32, i32* %list, i64 %422
	store i32 1, i32* %423
	br label %424

424:
	%425 = add i32 %11, 0
	%426 = sext i32 %425 to i64
	%427 = getelementptr float, float* %e, i64 %426
	%428 = load float, float* %427
	%429 = add i32 0, 1
	%430 = select i1 %407, i32 %429, i32 0
	%431 = fpext float %428 to double
	%432 = fadd double 0.0, %431
	%433 = select i1 %407, double %432, double 0.0
	%434 = icmp sgt i32 %324, 1
	%435 = select i1 %434, i32 %324, i32 1
	%436 = add i32 %332, 1
	%437 = icmp slt i32 %436, %NK
	%438 = select i1 %437, i32 %436, i32 %NK
	br label %439

439:
	%440 = phi i32 [ %435, %424 ], [ %469, %459 ]
	%441 = phi i32 [ %430, %424 ], [ %465, %459 ]
	%442 = phi double [ %433, %424 ], [ %468, %459 ]
	%443 = icmp slt i32 %440, %438
	br i1 %443, label %444, label %448

444:
	%445 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %440
	%446 = load i32, i32 addrspace(3)* %445
	%447 = icmp eq i32 %446, 1
	br i1 %447, label %451, label %459

448:
	%449 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %441, i32 addrspace(3)* %449
	%450 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %442, double addrspace(3)* %450
	br label %408

451:
	%452 = add i32 %13, %441
	%453 = sext i32 %452 to i64
	%454 = getelementptr i32, i32* %list, i64 %453
	store i32 %440, i32* %454
	%455 = add i32 %13, %NK
	%456 = add i32 %455, %441
	%457 = sext i32 %456 to i64
	%458 = getelementptr i32, i32* %list, i64 %457
	store i32 1, i32* %458
	br label %459

459:
	%460 = add i32 %11, %440
	%461 = sext i32 %460 to i64
	%462 = getelementptr float, float* %e, i64 %461
	%463 = load float, float* %462
	%464 = add i32 %441, 1
	%465 = select i1 %447, i32 %464, i32 %441
	%466 = fpext float %463 to double
	%467 = fadd double %442, %466
	%468 = select i1 %447, double %467, double %442
	%469 = add i32 %440, 1
	br label %439

470:
	%471 = phi i32 [ 0, %408 ], [ %519, %518 ]
	%472 = icmp slt i32 %471, %16
	br i1 %472, label %473, label %481

473:
	%474 = add i32 %471, %0
	%475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %474
	%476 = load i32, i32 addrspace(3)* %475
	%477 = icmp ugt i32 %476, 1
	%478 = icmp eq i32 %476, 1
	%479 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %477)
	%480 = icmp eq i32 %3, 0
	br i1 %480, label %512, label %518

481:
	call void @llvm.nvvm.barrier0()
	%482 = sdiv i32 %16, 256
	%483 = mul i32 %482, 8
	%484 = icmp slt i32 %0, %483
	%485 = select i1 %484, i32 %0, i32 0
	%486 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %485
	%487 = load i32, i32 addrspace(3)* %486
	%488 = select i1 %484, i32 %487, i32 0
	%489 = and i32 %0, 31
	%490 = lshr i32 %0, 5
	%491 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %488, i32 1, i32 0)
	%492 = icmp uge i32 %489, 1
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %488, %493
	%495 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %494, i32 2, i32 0)
	%496 = icmp uge i32 %489, 2
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %494, %497
	%499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %498, i32 4, i32 0)
	%500 = icmp uge i32 %489, 4
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %498, %501
	%503 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %502, i32 8, i32 0)
	%504 = icmp uge i32 %489, 8
	%505 = select i1 %504, i32 %503, i32 0
	%506 = add i32 %502, %505
	%507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %506, i32 16, i32 0)
	%508 = icmp uge i32 %489, 16
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %506, %509
	%511 = icmp eq i32 %489, 31
	br i1 %511, label %520, label %522

512:
	%513 = sdiv i32 %471, 256
	%514 = mul i32 %513, 8
	%515 = add i32 %514, %4
	%516 = call i32 @llvm.ctpop.i32(i32 %479)
	%517 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %515
	store i32 %516, i32 addrspace(3)* %517
	br label %518

518:
	%519 = add i32 %471, 256
	br label %470

520:
	%521 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %490
	store i32 %510, i32 addrspace(3)* %521
	br label %522

522:
	call void @llvm.nvvm.barrier0()
	%523 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%524 = load i32, i32 addrspace(3)* %523
	%525 = icmp sgt i32 %490, 0
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 0, %526
	%528 = add i32 0, %524
	%529 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%530 = load i32, i32 addrspace(3)* %529
	%531 = icmp sgt i32 %490, 1
	%532 = select i1 %531, i32 %530, i32 0
	%533 = add i32 %527, %532
	%534 = add i32 %528, %530
	%535 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%536 = load i32, i32 addrspace(3)* %535
	%537 = icmp sgt i32 %490, 2
	%538 = select i1 %537, i32 %536, i32 0
	%539 = add i32 %533, %538
	%540 = add i32 %534, %536
	%541 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%542 = load i32, i32 addrspace(3)* %541
	%543 = icmp sgt i32 %490, 3
	%544 = select i1 %543, i32 %542, i32 0
	%545 = add i32 %539, %544
	%546 = add i32 %540, %542
	%547 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%548 = load i32, i32 addrspace(3)* %547
	%549 = icmp sgt i32 %490, 4
	%550 = select i1 %549, i32 %548, i32 0
	%551 = add i32 %545, %550
	%552 = add i32 %546, %548
	%553 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%554 = load i32, i32 addrspace(3)* %553
	%555 = icmp sgt i32 %490, 5
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %551, %556
	%558 = add i32 %552, %554
	%559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%560 = load i32, i32 addrspace(3)* %559
	%561 = icmp sgt i32 %490, 6
	%562 = select i1 %561, i32 %560, i32 0
	%563 = add i32 %557, %562
	%564 = add i32 %558, %560
	%565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%566 = load i32, i32 addrspace(3)* %565
	%567 = icmp sgt i32 %490, 7
	%568 = select i1 %567, i32 %566, i32 0
	%569 = add i32 %563, %568
	%570 = add i32 %564, %566
	%571 = add i32 %569, %510
	%572 = sub i32 %571, %488
	br i1 %484, label %573, label %575

573:
	%574 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %572, i32 addrspace(3)* %574
	br label %575

575:
	call void @llvm.nvvm.barrier0()
	br label %576

576:
	%577 = phi i32 [ 0, %575 ], [ %602, %601 ]
	%578 = icmp slt i32 %577, %16
	br i1 %578, label %579, label %595

579:
	%580 = add i32 %577, %0
	%581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %580
	%582 = load i32, i32 addrspace(3)* %581
	%583 = icmp ugt i32 %582, 1
	%584 = icmp eq i32 %582, 1
	%585 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %583)
	%586 = sdiv i32 %577, 256
	%587 = mul i32 %586, 8
	%588 = add i32 %587, %4
	%589 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %583)
	%590 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %588
	%591 = load i32, i32 addrspace(3)* %590
	%592 = and i32 %589, %415
	%593 = call i32 @llvm.ctpop.i32(i32 %592)
	%594 = add i32 %591, %593
	br i1 %583, label %598, label %601

595:
	call void @llvm.nvvm.barrier0()
	%596 = icmp slt i32 %0, %413
	%597 = icmp sle i32 %413, 256
	br i1 %597, label %write_rank, label %write_long

598:
	%599 = add i32 %577, %0
	%600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %594
	store i32 %599, i32 addrspace(3)* %600
	br label %601

601:
	%602 = add i32 %577, 256
	br label %576

write_rank:
	br i1 %596, label %4609, label %4615

write_sort:
	%603 = sub i32 %413, 1
	%604 = call i32 @llvm.ctlz.i32(i32 %603, i1 false)
	%605 = icmp sgt i32 %413, 1
	%606 = sub i32 32, %604
	%607 = select i1 %605, i32 %606, i32 0
	%608 = shl i32 1, %607
	%609 = add i32 %413, %0
	br label %4527

write_done:
	%610 = add i32 %410, %413
	%611 = icmp sle i32 %M, 16
	%612 = add i32 %610, 1
	%613 = add i32 %410, %413
	%614 = icmp sgt i32 %612, %613
	%615 = select i1 %614, i32 %612, i32 %613
	%616 = icmp slt i32 %615, %NK
	%617 = select i1 %616, i32 %615, i32 %NK
	%618 = select i1 %611, i32 %NK, i32 %617
	%619 = add i32 %610, %0
	br label %4648

write_long:
	%620 = icmp sle i32 %413, 2048
	br i1 %620, label %write_radix, label %write_sort

write_radix:
	%621 = shl i32 1, %3
	%622 = sub i32 %621, 1
	%623 = add i32 0, %0
	%624 = icmp slt i32 0, %413
	%625 = icmp slt i32 %623, %413
	br i1 %624, label %626, label %633

626:
	%627 = select i1 %625, i32 %623, i32 0
	%628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %627
	%629 = load i32, i32 addrspace(3)* %628
	%630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %629
	%631 = load i32, i32 addrspace(3)* %630
	%632 = xor i32 %631, -1
	br label %633

633:
	%634 = phi i32 [ 0, %write_radix ], [ %629, %626 ]
	%635 = phi i32 [ 0, %write_radix ], [ %632, %626 ]
	%636 = add i32 256, %0
	%637 = icmp slt i32 256, %413
	%638 = icmp slt i32 %636, %413
	br i1 %637, label %639, label %646

639:
	%640 = select i1 %638, i32 %636, i32 0
	%641 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %640
	%642 = load i32, i32 addrspace(3)* %641
	%643 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %642
	%644 = load i32, i32 addrspace(3)* %643
	%645 = xor i32 %644, -1
	br label %646

646:
	%647 = phi i32 [ 0, %633 ], [ %642, %639 ]
	%648 = phi i32 [ 0, %633 ], [ %645, %639 ]
	%649 = add i32 512, %0
	%650 = icmp slt i32 512, %413
	%651 = icmp slt i32 %649, %413
	br i1 %650, label %652, label %659

652:
	%653 = select i1 %651, i32 %649, i32 0
	%654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %653
	%655 = load i32, i32 addrspace(3)* %654
	%656 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %655
	%657 = load i32, i32 addrspace(3)* %656
	%658 = xor i32 %657, -1
	br label %659

659:
	%660 = phi i32 [ 0, %646 ], [ %655, %652 ]
	%661 = phi i32 [ 0, %646 ], [ %658, %652 ]
	%662 = add i32 768, %0
	%663 = icmp slt i32 768, %413
	%664 = icmp slt i32 %662, %413
	br i1 %663, label %665, label %672

665:
	%666 = select i1 %664, i32 %662, i32 0
	%667 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %666
	%668 = load i32, i32 addrspace(3)* %667
	%669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %668
	%670 = load i32, i32 addrspace(3)* %669
	%671 = xor i32 %670, -1
	br label %672

672:
	%673 = phi i32 [ 0, %659 ], [ %668, %665 ]
	%674 = phi i32 [ 0, %659 ], [ %671, %665 ]
	%675 = add i32 1024, %0
	%676 = icmp slt i32 1024, %413
	%677 = icmp slt i32 %675, %413
	br i1 %676, label %678, label %685

678:
	%679 = select i1 %677, i32 %675, i32 0
	%680 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %679
	%681 = load i32, i32 addrspace(3)* %680
	%682 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %681
	%683 = load i32, i32 addrspace(3)* %682
	%684 = xor i32 %683, -1
	br label %685

685:
	%686 = phi i32 [ 0, %672 ], [ %681, %678 ]
	%687 = phi i32 [ 0, %672 ], [ %684, %678 ]
	%688 = add i32 1280, %0
	%689 = icmp slt i32 1280, %413
	%690 = icmp slt i32 %688, %413
	br i1 %689, label %691, label %698

691:
	%692 = select i1 %690, i32 %688, i32 0
	%693 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %692
	%694 = load i32, i32 addrspace(3)* %693
	%695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %694
	%696 = load i32, i32 addrspace(3)* %695
	%697 = xor i32 %696, -1
	br label %698

698:
	%699 = phi i32 [ 0, %685 ], [ %694, %691 ]
	%700 = phi i32 [ 0, %685 ], [ %697, %691 ]
	%701 = add i32 1536, %0
	%702 = icmp slt i32 1536, %413
	%703 = icmp slt i32 %701, %413
	br i1 %702, label %704, label %711

704:
	%705 = select i1 %703, i32 %701, i32 0
	%706 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %705
	%707 = load i32, i32 addrspace(3)* %706
	%708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %707
	%709 = load i32, i32 addrspace(3)* %708
	%710 = xor i32 %709, -1
	br label %711

711:
	%712 = phi i32 [ 0, %698 ], [ %707, %704 ]
	%713 = phi i32 [ 0, %698 ], [ %710, %704 ]
	%714 = add i32 1792, %0
	%715 = icmp slt i32 1792, %413
	%716 = icmp slt i32 %714, %413
	br i1 %715, label %717, label %724

717:
	%718 = select i1 %716, i32 %714, i32 0
	%719 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %718
	%720 = load i32, i32 addrspace(3)* %719
	%721 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %720
	%722 = load i32, i32 addrspace(3)* %721
	%723 = xor i32 %722, -1
	br label %724

724:
	%725 = phi i32 [ 0, %711 ], [ %720, %717 ]
	%726 = phi i32 [ 0, %711 ], [ %723, %717 ]
	call void @llvm.nvvm.barrier0()
	%727 = add i32 %0, 0
	%728 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %727
	store i32 0, i32 addrspace(3)* %728
	%729 = add i32 %0, 256
	%730 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %729
	store i32 0, i32 addrspace(3)* %730
	%731 = add i32 %0, 512
	%732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %731
	store i32 0, i32 addrspace(3)* %732
	%733 = add i32 %0, 768
	%734 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %733
	store i32 0, i32 addrspace(3)* %734
	call void @llvm.nvvm.barrier0()
	br i1 %624, label %735, label %744

735:
	%736 = lshr i32 %635, 0
	%737 = and i32 %736, 15
	%738 = select i1 %625, i32 %737, i32 16
	%739 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %738)
	%740 = and i32 %739, %622
	%741 = call i32 @llvm.ctpop.i32(i32 %740)
	%742 = icmp eq i32 %741, 0
	%743 = and i1 %625, %742
	br i1 %743, label %746, label %753

744:
	%745 = phi i32 [ 0, %724 ], [ %741, %753 ]
	br i1 %637, label %754, label %763

746:
	%747 = call i32 @llvm.ctpop.i32(i32 %739)
	%748 = add i32 0, %4
	%749 = mul i32 %737, 64
	%750 = add i32 %749, %748
	%751 = add i32 0, %750
	%752 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %751
	store i32 %747, i32 addrspace(3)* %752
	br label %753

753:
	br label %744

754:
	%755 = lshr i32 %648, 0
	%756 = and i32 %755, 15
	%757 = select i1 %638, i32 %756, i32 16
	%758 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %757)
	%759 = and i32 %758, %622
	%760 = call i32 @llvm.ctpop.i32(i32 %759)
	%761 = icmp eq i32 %760, 0
	%762 = and i1 %638, %761
	br i1 %762, label %765, label %772

763:
	%764 = phi i32 [ 0, %744 ], [ %760, %772 ]
	br i1 %650, label %773, label %782

765:
	%766 = call i32 @llvm.ctpop.i32(i32 %758)
	%767 = add i32 8, %4
	%768 = mul i32 %756, 64
	%769 = add i32 %768, %767
	%770 = add i32 0, %769
	%771 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %770
	store i32 %766, i32 addrspace(3)* %771
	br label %772

772:
	br label %763

773:
	%774 = lshr i32 %661, 0
	%775 = and i32 %774, 15
	%776 = select i1 %651, i32 %775, i32 16
	%777 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %776)
	%778 = and i32 %777, %622
	%779 = call i32 @llvm.ctpop.i32(i32 %778)
	%780 = icmp eq i32 %779, 0
	%781 = and i1 %651, %780
	br i1 %781, label %784, label %791

782:
	%783 = phi i32 [ 0, %763 ], [ %779, %791 ]
	br i1 %663, label %792, label %801

784:
	%785 = call i32 @llvm.ctpop.i32(i32 %777)
	%786 = add i32 16, %4
	%787 = mul i32 %775, 64
	%788 = add i32 %787, %786
	%789 = add i32 0, %788
	%790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %789
	store i32 %785, i32 addrspace(3)* %790
	br label %791

791:
	br label %782

792:
	%793 = lshr i32 %674, 0
	%794 = and i32 %793, 15
	%795 = select i1 %664, i32 %794, i32 16
	%796 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %795)
	%797 = and i32 %796, %622
	%798 = call i32 @llvm.ctpop.i32(i32 %797)
	%799 = icmp eq i32 %798, 0
	%800 = and i1 %664, %799
	br i1 %800, label %803, label %810

801:
	%802 = phi i32 [ 0, %782 ], [ %798, %810 ]
	br i1 %676, label %811, label %820

803:
	%804 = call i32 @llvm.ctpop.i32(i32 %796)
	%805 = add i32 24, %4
	%806 = mul i32 %794, 64
	%807 = add i32 %806, %805
	%808 = add i32 0, %807
	%809 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %808
	store i32 %804, i32 addrspace(3)* %809
	br label %810

810:
	br label %801

811:
	%812 = lshr i32 %687, 0
	%813 = and i32 %812, 15
	%814 = select i1 %677, i32 %813, i32 16
	%815 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %814)
	%816 = and i32 %815, %622
	%817 = call i32 @llvm.ctpop.i32(i32 %816)
	%818 = icmp eq i32 %817, 0
	%819 = and i1 %677, %818
	br i1 %819, label %822, label %829

820:
	%821 = phi i32 [ 0, %801 ], [ %817, %829 ]
	br i1 %689, label %830, label %839

822:
	%823 = call i32 @llvm.ctpop.i32(i32 %815)
	%824 = add i32 32, %4
	%825 = mul i32 %813, 64
	%826 = add i32 %825, %824
	%827 = add i32 0, %826
	%828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %827
	store i32 %823, i32 addrspace(3)* %828
	br label %829

829:
	br label %820

830:
	%831 = lshr i32 %700, 0
	%832 = and i32 %831, 15
	%833 = select i1 %690, i32 %832, i32 16
	%834 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %833)
	%835 = and i32 %834, %622
	%836 = call i32 @llvm.ctpop.i32(i32 %835)
	%837 = icmp eq i32 %836, 0
	%838 = and i1 %690, %837
	br i1 %838, label %841, label %848

839:
	%840 = phi i32 [ 0, %820 ], [ %836, %848 ]
	br i1 %702, label %849, label %858

841:
	%842 = call i32 @llvm.ctpop.i32(i32 %834)
	%843 = add i32 40, %4
	%844 = mul i32 %832, 64
	%845 = add i32 %844, %843
	%846 = add i32 0, %845
	%847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %846
	store i32 %842, i32 addrspace(3)* %847
	br label %848

848:
	br label %839

849:
	%850 = lshr i32 %713, 0
	%851 = and i32 %850, 15
	%852 = select i1 %703, i32 %851, i32 16
	%853 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %852)
	%854 = and i32 %853, %622
	%855 = call i32 @llvm.ctpop.i32(i32 %854)
	%856 = icmp eq i32 %855, 0
	%857 = and i1 %703, %856
	br i1 %857, label %860, label %867

858:
	%859 = phi i32 [ 0, %839 ], [ %855, %867 ]
	br i1 %715, label %868, label %877

860:
	%861 = call i32 @llvm.ctpop.i32(i32 %853)
	%862 = add i32 48, %4
	%863 = mul i32 %851, 64
	%864 = add i32 %863, %862
	%865 = add i32 0, %864
	%866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %865
	store i32 %861, i32 addrspace(3)* %866
	br label %867

867:
	br label %858

868:
	%869 = lshr i32 %726, 0
	%870 = and i32 %869, 15
	%871 = select i1 %716, i32 %870, i32 16
	%872 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %871)
	%873 = and i32 %872, %622
	%874 = call i32 @llvm.ctpop.i32(i32 %873)
	%875 = icmp eq i32 %874, 0
	%876 = and i1 %716, %875
	br i1 %876, label %922, label %929

877:
	%878 = phi i32 [ 0, %858 ], [ %874, %929 ]
	call void @llvm.nvvm.barrier0()
	%879 = mul i32 %0, 4
	%880 = add i32 %879, 0
	%881 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %880
	%882 = load i32, i32 addrspace(3)* %881
	%883 = add i32 0, %882
	%884 = mul i32 %0, 4
	%885 = add i32 %884, 1
	%886 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %885
	%887 = load i32, i32 addrspace(3)* %886
	%888 = add i32 %883, %887
	%889 = mul i32 %0, 4
	%890 = add i32 %889, 2
	%891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %890
	%892 = load i32, i32 addrspace(3)* %891
	%893 = add i32 %888, %892
	%894 = mul i32 %0, 4
	%895 = add i32 %894, 3
	%896 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %895
	%897 = load i32, i32 addrspace(3)* %896
	%898 = add i32 %893, %897
	%899 = and i32 %0, 31
	%900 = lshr i32 %0, 5
	%901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %898, i32 1, i32 0)
	%902 = icmp uge i32 %899, 1
	%903 = select i1 %902, i32 %901, i32 0
	%904 = add i32 %898, %903
	%905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 2, i32 0)
	%906 = icmp uge i32 %899, 2
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %904, %907
	%909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %908, i32 4, i32 0)
	%910 = icmp uge i32 %899, 4
	%911 = select i1 %910, i32 %909, i32 0
	%912 = add i32 %908, %911
	%913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %912, i32 8, i32 0)
	%914 = icmp uge i32 %899, 8
	%915 = select i1 %914, i32 %913, i32 0
	%916 = add i32 %912, %915
	%917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %916, i32 16, i32 0)
	%918 = icmp uge i32 %899, 16
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %916, %919
	%921 = icmp eq i32 %899, 31
	br i1 %921, label %930, label %932

922:
	%923 = call i32 @llvm.ctpop.i32(i32 %872)
	%924 = add i32 56, %4
	%925 = mul i32 %870, 64
	%926 = add i32 %925, %924
	%927 = add i32 0, %926
	%928 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %927
	store i32 %923, i32 addrspace(3)* %928
	br label %929

929:
	br label %877

930:
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %900
	store i32 %920, i32 addrspace(3)* %931
	br label %932

932:
	call void @llvm.nvvm.barrier0()
	%933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%934 = load i32, i32 addrspace(3)* %933
	%935 = icmp sgt i32 %900, 0
	%936 = select i1 %935, i32 %934, i32 0
	%937 = add i32 0, %936
	%938 = add i32 0, %934
	%939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%940 = load i32, i32 addrspace(3)* %939
	%941 = icmp sgt i32 %900, 1
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 %937, %942
	%944 = add i32 %938, %940
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %900, 2
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %943, %948
	%950 = add i32 %944, %946
	%951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%952 = load i32, i32 addrspace(3)* %951
	%953 = icmp sgt i32 %900, 3
	%954 = select i1 %953, i32 %952, i32 0
	%955 = add i32 %949, %954
	%956 = add i32 %950, %952
	%957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%958 = load i32, i32 addrspace(3)* %957
	%959 = icmp sgt i32 %900, 4
	%960 = select i1 %959, i32 %958, i32 0
	%961 = add i32 %955, %960
	%962 = add i32 %956, %958
	%963 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%964 = load i32, i32 addrspace(3)* %963
	%965 = icmp sgt i32 %900, 5
	%966 = select i1 %965, i32 %964, i32 0
	%967 = add i32 %961, %966
	%968 = add i32 %962, %964
	%969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%970 = load i32, i32 addrspace(3)* %969
	%971 = icmp sgt i32 %900, 6
	%972 = select i1 %971, i32 %970, i32 0
	%973 = add i32 %967, %972
	%974 = add i32 %968, %970
	%975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%976 = load i32, i32 addrspace(3)* %975
	%977 = icmp sgt i32 %900, 7
	%978 = select i1 %977, i32 %976, i32 0
	%979 = add i32 %973, %978
	%980 = add i32 %974, %976
	%981 = add i32 %979, %920
	%982 = sub i32 %981, %898
	%983 = mul i32 %0, 4
	%984 = add i32 %983, 0
	%985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %984
	store i32 %982, i32 addrspace(3)* %985
	%986 = add i32 %982, %882
	%987 = mul i32 %0, 4
	%988 = add i32 %987, 1
	%989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %988
	store i32 %986, i32 addrspace(3)* %989
	%990 = add i32 %986, %887
	%991 = mul i32 %0, 4
	%992 = add i32 %991, 2
	%993 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %992
	store i32 %990, i32 addrspace(3)* %993
	%994 = add i32 %990, %892
	%995 = mul i32 %0, 4
	%996 = add i32 %995, 3
	%997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %996
	store i32 %994, i32 addrspace(3)* %997
	%998 = add i32 %994, %897
	%999 = add i32 %0, 1024
	%1000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %999
	store i32 0, i32 addrspace(3)* %1000
	%1001 = add i32 %0, 1280
	%1002 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1001
	store i32 0, i32 addrspace(3)* %1002
	%1003 = add i32 %0, 1536
	%1004 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1003
	store i32 0, i32 addrspace(3)* %1004
	%1005 = add i32 %0, 1792
	%1006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1005
	store i32 0, i32 addrspace(3)* %1006
	call void @llvm.nvvm.barrier0()
	%1007 = and i1 %624, %625
	br i1 %1007, label %1008, label %1021

1008:
	%1009 = lshr i32 %635, 0
	%1010 = and i32 %1009, 15
	%1011 = add i32 0, %4
	%1012 = mul i32 %1010, 64
	%1013 = add i32 %1012, %1011
	%1014 = add i32 0, %1013
	%1015 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1014
	%1016 = load i32, i32 addrspace(3)* %1015
	%1017 = add i32 %1016, %745
	%1018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1017
	store i32 %634, i32 addrspace(3)* %1018
	%1019 = add i32 %1017, 2048
	%1020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1019
	store i32 %635, i32 addrspace(3)* %1020
	br label %1021

1021:
	%1022 = and i1 %637, %638
	br i1 %1022, label %1023, label %1036

1023:
	%1024 = lshr i32 %648, 0
	%1025 = and i32 %1024, 15
	%1026 = add i32 8, %4
	%1027 = mul i32 %1025, 64
	%1028 = add i32 %1027, %1026
	%1029 = add i32 0, %1028
	%1030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1029
	%1031 = load i32, i32 addrspace(3)* %1030
	%1032 = add i32 %1031, %764
	%1033 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1032
	store i32 %647, i32 addrspace(3)* %1033
	%1034 = add i32 %1032, 2048
	%1035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1034
	store i32 %648, i32 addrspace(3)* %1035
	br label %1036

1036:
	%1037 = and i1 %650, %651
	br i1 %1037, label %1038, label %1051

1038:
	%1039 = lshr i32 %661, 0
	%1040 = and i32 %1039, 15
	%1041 = add i32 16, %4
	%1042 = mul i32 %1040, 64
	%1043 = add i32 %1042, %1041
	%1044 = add i32 0, %1043
	%1045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1044
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = add i32 %1046, %783
	%1048 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1047
	store i32 %660, i32 addrspace(3)* %1048
	%1049 = add i32 %1047, 2048
	%1050 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1049
	store i32 %661, i32 addrspace(3)* %1050
	br label %1051

1051:
	%1052 = and i1 %663, %664
	br i1 %1052, label %1053, label %1066

1053:
	%1054 = lshr i32 %674, 0
	%1055 = and i32 %1054, 15
	%1056 = add i32 24, %4
	%1057 = mul i32 %1055, 64
	%1058 = add i32 %1057, %1056
	%1059 = add i32 0, %1058
	%1060 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1059
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = add i32 %1061, %802
	%1063 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1062
	store i32 %673, i32 addrspace(3)* %1063
	%1064 = add i32 %1062, 2048
	%1065 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1064
	store i32 %674, i32 addrspace(3)* %1065
	br label %1066

1066:
	%1067 = and i1 %676, %677
	br i1 %1067, label %1068, label %1081

1068:
	%1069 = lshr i32 %687, 0
	%1070 = and i32 %1069, 15
	%1071 = add i32 32, %4
	%1072 = mul i32 %1070, 64
	%1073 = add i32 %1072, %1071
	%1074 = add i32 0, %1073
	%1075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1074
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = add i32 %1076, %821
	%1078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1077
	store i32 %686, i32 addrspace(3)* %1078
	%1079 = add i32 %1077, 2048
	%1080 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1079
	store i32 %687, i32 addrspace(3)* %1080
	br label %1081

1081:
	%1082 = and i1 %689, %690
	br i1 %1082, label %1083, label %1096

1083:
	%1084 = lshr i32 %700, 0
	%1085 = and i32 %1084, 15
	%1086 = add i32 40, %4
	%1087 = mul i32 %1085, 64
	%1088 = add i32 %1087, %1086
	%1089 = add i32 0, %1088
	%1090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1089
	%1091 = load i32, i32 addrspace(3)* %1090
	%1092 = add i32 %1091, %840
	%1093 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1092
	store i32 %699, i32 addrspace(3)* %1093
	%1094 = add i32 %1092, 2048
	%1095 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1094
	store i32 %700, i32 addrspace(3)* %1095
	br label %1096

1096:
	%1097 = and i1 %702, %703
	br i1 %1097, label %1098, label %1111

1098:
	%1099 = lshr i32 %713, 0
	%1100 = and i32 %1099, 15
	%1101 = add i32 48, %4
	%1102 = mul i32 %1100, 64
	%1103 = add i32 %1102, %1101
	%1104 = add i32 0, %1103
	%1105 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1104
	%1106 = load i32, i32 addrspace(3)* %1105
	%1107 = add i32 %1106, %859
	%1108 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1107
	store i32 %712, i32 addrspace(3)* %1108
	%1109 = add i32 %1107, 2048
	%1110 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1109
	store i32 %713, i32 addrspace(3)* %1110
	br label %1111

1111:
	%1112 = and i1 %715, %716
	br i1 %1112, label %1113, label %1126

1113:
	%1114 = lshr i32 %726, 0
	%1115 = and i32 %1114, 15
	%1116 = add i32 56, %4
	%1117 = mul i32 %1115, 64
	%1118 = add i32 %1117, %1116
	%1119 = add i32 0, %1118
	%1120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1119
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = add i32 %1121, %878
	%1123 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1122
	store i32 %725, i32 addrspace(3)* %1123
	%1124 = add i32 %1122, 2048
	%1125 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1124
	store i32 %726, i32 addrspace(3)* %1125
	br label %1126

1126:
	call void @llvm.nvvm.barrier0()
	%1127 = add i32 0, %0
	%1128 = and i1 %624, %625
	br i1 %1128, label %1129, label %1135

1129:
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1127
	%1131 = load i32, i32 addrspace(3)* %1130
	%1132 = add i32 %1127, 2048
	%1133 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1132
	%1134 = load i32, i32 addrspace(3)* %1133
	br label %1135

1135:
	%1136 = phi i32 [ %634, %1126 ], [ %1131, %1129 ]
	%1137 = phi i32 [ %635, %1126 ], [ %1134, %1129 ]
	%1138 = add i32 256, %0
	%1139 = and i1 %637, %638
	br i1 %1139, label %1140, label %1146

1140:
	%1141 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1138
	%1142 = load i32, i32 addrspace(3)* %1141
	%1143 = add i32 %1138, 2048
	%1144 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1143
	%1145 = load i32, i32 addrspace(3)* %1144
	br label %1146

1146:
	%1147 = phi i32 [ %647, %1135 ], [ %1142, %1140 ]
	%1148 = phi i32 [ %648, %1135 ], [ %1145, %1140 ]
	%1149 = add i32 512, %0
	%1150 = and i1 %650, %651
	br i1 %1150, label %1151, label %1157

1151:
	%1152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1149
	%1153 = load i32, i32 addrspace(3)* %1152
	%1154 = add i32 %1149, 2048
	%1155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1154
	%1156 = load i32, i32 addrspace(3)* %1155
	br label %1157

1157:
	%1158 = phi i32 [ %660, %1146 ], [ %1153, %1151 ]
	%1159 = phi i32 [ %661, %1146 ], [ %1156, %1151 ]
	%1160 = add i32 768, %0
	%1161 = and i1 %663, %664
	br i1 %1161, label %1162, label %1168

1162:
	%1163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1160
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = add i32 %1160, 2048
	%1166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1165
	%1167 = load i32, i32 addrspace(3)* %1166
	br label %1168

1168:
	%1169 = phi i32 [ %673, %1157 ], [ %1164, %1162 ]
	%1170 = phi i32 [ %674, %1157 ], [ %1167, %1162 ]
	%1171 = add i32 1024, %0
	%1172 = and i1 %676, %677
	br i1 %1172, label %1173, label %1179

1173:
	%1174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1171
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = add i32 %1171, 2048
	%1177 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1176
	%1178 = load i32, i32 addrspace(3)* %1177
	br label %1179

1179:
	%1180 = phi i32 [ %686, %1168 ], [ %1175, %1173 ]
	%1181 = phi i32 [ %687, %1168 ], [ %1178, %1173 ]
	%1182 = add i32 1280, %0
	%1183 = and i1 %689, %690
	br i1 %1183, label %1184, label %1190

1184:
	%1185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1182
	%1186 = load i32, i32 addrspace(3)* %1185
	%1187 = add i32 %1182, 2048
	%1188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1187
	%1189 = load i32, i32 addrspace(3)* %1188
	br label %1190

1190:
	%1191 = phi i32 [ %699, %1179 ], [ %1186, %1184 ]
	%1192 = phi i32 [ %700, %1179 ], [ %1189, %1184 ]
	%1193 = add i32 1536, %0
	%1194 = and i1 %702, %703
	br i1 %1194, label %1195, label %1201

1195:
	%1196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1193
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = add i32 %1193, 2048
	%1199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1198
	%1200 = load i32, i32 addrspace(3)* %1199
	br label %1201

1201:
	%1202 = phi i32 [ %712, %1190 ], [ %1197, %1195 ]
	%1203 = phi i32 [ %713, %1190 ], [ %1200, %1195 ]
	%1204 = add i32 1792, %0
	%1205 = and i1 %715, %716
	br i1 %1205, label %1206, label %1212

1206:
	%1207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1204
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = add i32 %1204, 2048
	%1210 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1209
	%1211 = load i32, i32 addrspace(3)* %1210
	br label %1212

1212:
	%1213 = phi i32 [ %725, %1201 ], [ %1208, %1206 ]
	%1214 = phi i32 [ %726, %1201 ], [ %1211, %1206 ]
	br i1 %624, label %1215, label %1224

1215:
	%1216 = lshr i32 %1137, 4
	%1217 = and i32 %1216, 15
	%1218 = select i1 %625, i32 %1217, i32 16
	%1219 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1218)
	%1220 = and i32 %1219, %622
	%1221 = call i32 @llvm.ctpop.i32(i32 %1220)
	%1222 = icmp eq i32 %1221, 0
	%1223 = and i1 %625, %1222
	br i1 %1223, label %1226, label %1233

1224:
	%1225 = phi i32 [ 0, %1212 ], [ %1221, %1233 ]
	br i1 %637, label %1234, label %1243

1226:
	%1227 = call i32 @llvm.ctpop.i32(i32 %1219)
	%1228 = add i32 0, %4
	%1229 = mul i32 %1217, 64
	%1230 = add i32 %1229, %1228
	%1231 = add i32 1024, %1230
	%1232 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1231
	store i32 %1227, i32 addrspace(3)* %1232
	br label %1233

1233:
	br label %1224

1234:
	%1235 = lshr i32 %1148, 4
	%1236 = and i32 %1235, 15
	%1237 = select i1 %638, i32 %1236, i32 16
	%1238 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1237)
	%1239 = and i32 %1238, %622
	%1240 = call i32 @llvm.ctpop.i32(i32 %1239)
	%1241 = icmp eq i32 %1240, 0
	%1242 = and i1 %638, %1241
	br i1 %1242, label %1245, label %1252

1243:
	%1244 = phi i32 [ 0, %1224 ], [ %1240, %1252 ]
	br i1 %650, label %1253, label %1262

1245:
	%1246 = call i32 @llvm.ctpop.i32(i32 %1238)
	%1247 = add i32 8, %4
	%1248 = mul i32 %1236, 64
	%1249 = add i32 %1248, %1247
	%1250 = add i32 1024, %1249
	%1251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1250
	store i32 %1246, i32 addrspace(3)* %1251
	br label %1252

1252:
	br label %1243

1253:
	%1254 = lshr i32 %1159, 4
	%1255 = and i32 %1254, 15
	%1256 = select i1 %651, i32 %1255, i32 16
	%1257 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1256)
	%1258 = and i32 %1257, %622
	%1259 = call i32 @llvm.ctpop.i32(i32 %1258)
	%1260 = icmp eq i32 %1259, 0
	%1261 = and i1 %651, %1260
	br i1 %1261, label %1264, label %1271

1262:
	%1263 = phi i32 [ 0, %1243 ], [ %1259, %1271 ]
	br i1 %663, label %1272, label %1281

1264:
	%1265 = call i32 @llvm.ctpop.i32(i32 %1257)
	%1266 = add i32 16, %4
	%1267 = mul i32 %1255, 64
	%1268 = add i32 %1267, %1266
	%1269 = add i32 1024, %1268
	%1270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1269
	store i32 %1265, i32 addrspace(3)* %1270
	br label %1271

1271:
	br label %1262

1272:
	%1273 = lshr i32 %1170, 4
	%1274 = and i32 %1273, 15
	%1275 = select i1 %664, i32 %1274, i32 16
	%1276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1275)
	%1277 = and i32 %1276, %622
	%1278 = call i32 @llvm.ctpop.i32(i32 %1277)
	%1279 = icmp eq i32 %1278, 0
	%1280 = and i1 %664, %1279
	br i1 %1280, label %1283, label %1290

1281:
	%1282 = phi i32 [ 0, %1262 ], [ %1278, %1290 ]
	br i1 %676, label %1291, label %1300

1283:
	%1284 = call i32 @llvm.ctpop.i32(i32 %1276)
	%1285 = add i32 24, %4
	%1286 = mul i32 %1274, 64
	%1287 = add i32 %1286, %1285
	%1288 = add i32 1024, %1287
	%1289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1288
	store i32 %1284, i32 addrspace(3)* %1289
	br label %1290

1290:
	br label %1281

1291:
	%1292 = lshr i32 %1181, 4
	%1293 = and i32 %1292, 15
	%1294 = select i1 %677, i32 %1293, i32 16
	%1295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1294)
	%1296 = and i32 %1295, %622
	%1297 = call i32 @llvm.ctpop.i32(i32 %1296)
	%1298 = icmp eq i32 %1297, 0
	%1299 = and i1 %677, %1298
	br i1 %1299, label %1302, label %1309

1300:
	%1301 = phi i32 [ 0, %1281 ], [ %1297, %1309 ]
	br i1 %689, label %1310, label %1319

1302:
	%1303 = call i32 @llvm.ctpop.i32(i32 %1295)
	%1304 = add i32 32, %4
	%1305 = mul i32 %1293, 64
	%1306 = add i32 %1305, %1304
	%1307 = add i32 1024, %1306
	%1308 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1307
	store i32 %1303, i32 addrspace(3)* %1308
	br label %1309

1309:
	br label %1300

1310:
	%1311 = lshr i32 %1192, 4
	%1312 = and i32 %1311, 15
	%1313 = select i1 %690, i32 %1312, i32 16
	%1314 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1313)
	%1315 = and i32 %1314, %622
	%1316 = call i32 @llvm.ctpop.i32(i32 %1315)
	%1317 = icmp eq i32 %1316, 0
	%1318 = and i1 %690, %1317
	br i1 %1318, label %1321, label %1328

1319:
	%1320 = phi i32 [ 0, %1300 ], [ %1316, %1328 ]
	br i1 %702, label %1329, label %1338

1321:
	%1322 = call i32 @llvm.ctpop.i32(i32 %1314)
	%1323 = add i32 40, %4
	%1324 = mul i32 %1312, 64
	%1325 = add i32 %1324, %1323
	%1326 = add i32 1024, %1325
	%1327 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1326
	store i32 %1322, i32 addrspace(3)* %1327
	br label %1328

1328:
	br label %1319

1329:
	%1330 = lshr i32 %1203, 4
	%1331 = and i32 %1330, 15
	%1332 = select i1 %703, i32 %1331, i32 16
	%1333 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1332)
	%1334 = and i32 %1333, %622
	%1335 = call i32 @llvm.ctpop.i32(i32 %1334)
	%1336 = icmp eq i32 %1335, 0
	%1337 = and i1 %703, %1336
	br i1 %1337, label %1340, label %1347

1338:
	%1339 = phi i32 [ 0, %1319 ], [ %1335, %1347 ]
	br i1 %715, label %1348, label %1357

1340:
	%1341 = call i32 @llvm.ctpop.i32(i32 %1333)
	%1342 = add i32 48, %4
	%1343 = mul i32 %1331, 64
	%1344 = add i32 %1343, %1342
	%1345 = add i32 1024, %1344
	%1346 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1345
	store i32 %1341, i32 addrspace(3)* %1346
	br label %1347

1347:
	br label %1338

1348:
	%1349 = lshr i32 %1214, 4
	%1350 = and i32 %1349, 15
	%1351 = select i1 %716, i32 %1350, i32 16
	%1352 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1351)
	%1353 = and i32 %1352, %622
	%1354 = call i32 @llvm.ctpop.i32(i32 %1353)
	%1355 = icmp eq i32 %1354, 0
	%1356 = and i1 %716, %1355
	br i1 %1356, label %1402, label %1409

1357:
	%1358 = phi i32 [ 0, %1338 ], [ %1354, %1409 ]
	call void @llvm.nvvm.barrier0()
	%1359 = mul i32 %0, 4
	%1360 = add i32 %1359, 1024
	%1361 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1360
	%1362 = load i32, i32 addrspace(3)* %1361
	%1363 = add i32 0, %1362
	%1364 = mul i32 %0, 4
	%1365 = add i32 %1364, 1025
	%1366 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1365
	%1367 = load i32, i32 addrspace(3)* %1366
	%1368 = add i32 %1363, %1367
	%1369 = mul i32 %0, 4
	%1370 = add i32 %1369, 1026
	%1371 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1370
	%1372 = load i32, i32 addrspace(3)* %1371
	%1373 = add i32 %1368, %1372
	%1374 = mul i32 %0, 4
	%1375 = add i32 %1374, 1027
	%1376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1375
	%1377 = load i32, i32 addrspace(3)* %1376
	%1378 = add i32 %1373, %1377
	%1379 = and i32 %0, 31
	%1380 = lshr i32 %0, 5
	%1381 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1378, i32 1, i32 0)
	%1382 = icmp uge i32 %1379, 1
	%1383 = select i1 %1382, i32 %1381, i32 0
	%1384 = add i32 %1378, %1383
	%1385 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1384, i32 2, i32 0)
	%1386 = icmp uge i32 %1379, 2
	%1387 = select i1 %1386, i32 %1385, i32 0
	%1388 = add i32 %1384, %1387
	%1389 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1388, i32 4, i32 0)
	%1390 = icmp uge i32 %1379, 4
	%1391 = select i1 %1390, i32 %1389, i32 0
	%1392 = add i32 %1388, %1391
	%1393 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1392, i32 8, i32 0)
	%1394 = icmp uge i32 %1379, 8
	%1395 = select i1 %1394, i32 %1393, i32 0
	%1396 = add i32 %1392, %1395
	%1397 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1396, i32 16, i32 0)
	%1398 = icmp uge i32 %1379, 16
	%1399 = select i1 %1398, i32 %1397, i32 0
	%1400 = add i32 %1396, %1399
	%1401 = icmp eq i32 %1379, 31
	br i1 %1401, label %1410, label %1412

1402:
	%1403 = call i32 @llvm.ctpop.i32(i32 %1352)
	%1404 = add i32 56, %4
	%1405 = mul i32 %1350, 64
	%1406 = add i32 %1405, %1404
	%1407 = add i32 1024, %1406
	%1408 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1407
	store i32 %1403, i32 addrspace(3)* %1408
	br label %1409

1409:
	br label %1357

1410:
	%1411 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1380
	store i32 %1400, i32 addrspace(3)* %1411
	br label %1412

1412:
	call void @llvm.nvvm.barrier0()
	%1413 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1414 = load i32, i32 addrspace(3)* %1413
	%1415 = icmp sgt i32 %1380, 0
	%1416 = select i1 %1415, i32 %1414, i32 0
	%1417 = add i32 0, %1416
	%1418 = add i32 0, %1414
	%1419 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1420 = load i32, i32 addrspace(3)* %1419
	%1421 = icmp sgt i32 %1380, 1
	%1422 = select i1 %1421, i32 %1420, i32 0
	%1423 = add i32 %1417, %1422
	%1424 = add i32 %1418, %1420
	%1425 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1426 = load i32, i32 addrspace(3)* %1425
	%1427 = icmp sgt i32 %1380, 2
	%1428 = select i1 %1427, i32 %1426, i32 0
	%1429 = add i32 %1423, %1428
	%1430 = add i32 %1424, %1426
	%1431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1432 = load i32, i32 addrspace(3)* %1431
	%1433 = icmp sgt i32 %1380, 3
	%1434 = select i1 %1433, i32 %1432, i32 0
	%1435 = add i32 %1429, %1434
	%1436 = add i32 %1430, %1432
	%1437 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1438 = load i32, i32 addrspace(3)* %1437
	%1439 = icmp sgt i32 %1380, 4
	%1440 = select i1 %1439, i32 %1438, i32 0
	%1441 = add i32 %1435, %1440
	%1442 = add i32 %1436, %1438
	%1443 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1444 = load i32, i32 addrspace(3)* %1443
	%1445 = icmp sgt i32 %1380, 5
	%1446 = select i1 %1445, i32 %1444, i32 0
	%1447 = add i32 %1441, %1446
	%1448 = add i32 %1442, %1444
	%1449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = icmp sgt i32 %1380, 6
	%1452 = select i1 %1451, i32 %1450, i32 0
	%1453 = add i32 %1447, %1452
	%1454 = add i32 %1448, %1450
	%1455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1456 = load i32, i32 addrspace(3)* %1455
	%1457 = icmp sgt i32 %1380, 7
	%1458 = select i1 %1457, i32 %1456, i32 0
	%1459 = add i32 %1453, %1458
	%1460 = add i32 %1454, %1456
	%1461 = add i32 %1459, %1400
	%1462 = sub i32 %1461, %1378
	%1463 = mul i32 %0, 4
	%1464 = add i32 %1463, 1024
	%1465 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1464
	store i32 %1462, i32 addrspace(3)* %1465
	%1466 = add i32 %1462, %1362
	%1467 = mul i32 %0, 4
	%1468 = add i32 %1467, 1025
	%1469 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1468
	store i32 %1466, i32 addrspace(3)* %1469
	%1470 = add i32 %1466, %1367
	%1471 = mul i32 %0, 4
	%1472 = add i32 %1471, 1026
	%1473 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1472
	store i32 %1470, i32 addrspace(3)* %1473
	%1474 = add i32 %1470, %1372
	%1475 = mul i32 %0, 4
	%1476 = add i32 %1475, 1027
	%1477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1476
	store i32 %1474, i32 addrspace(3)* %1477
	%1478 = add i32 %1474, %1377
	%1479 = add i32 %0, 0
	%1480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1479
	store i32 0, i32 addrspace(3)* %1480
	%1481 = add i32 %0, 256
	%1482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1481
	store i32 0, i32 addrspace(3)* %1482
	%1483 = add i32 %0, 512
	%1484 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1483
	store i32 0, i32 addrspace(3)* %1484
	%1485 = add i32 %0, 768
	%1486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1485
	store i32 0, i32 addrspace(3)* %1486
	call void @llvm.nvvm.barrier0()
	%1487 = and i1 %624, %625
	br i1 %1487, label %1488, label %1501

1488:
	%1489 = lshr i32 %1137, 4
	%1490 = and i32 %1489, 15
	%1491 = add i32 0, %4
	%1492 = mul i32 %1490, 64
	%1493 = add i32 %1492, %1491
	%1494 = add i32 1024, %1493
	%1495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1494
	%1496 = load i32, i32 addrspace(3)* %1495
	%1497 = add i32 %1496, %1225
	%1498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1497
	store i32 %1136, i32 addrspace(3)* %1498
	%1499 = add i32 %1497, 2048
	%1500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1499
	store i32 %1137, i32 addrspace(3)* %1500
	br label %1501

1501:
	%1502 = and i1 %637, %638
	br i1 %1502, label %1503, label %1516

1503:
	%1504 = lshr i32 %1148, 4
	%1505 = and i32 %1504, 15
	%1506 = add i32 8, %4
	%1507 = mul i32 %1505, 64
	%1508 = add i32 %1507, %1506
	%1509 = add i32 1024, %1508
	%1510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1509
	%1511 = load i32, i32 addrspace(3)* %1510
	%1512 = add i32 %1511, %1244
	%1513 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1512
	store i32 %1147, i32 addrspace(3)* %1513
	%1514 = add i32 %1512, 2048
	%1515 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1514
	store i32 %1148, i32 addrspace(3)* %1515
	br label %1516

1516:
	%1517 = and i1 %650, %651
	br i1 %1517, label %1518, label %1531

1518:
	%1519 = lshr i32 %1159, 4
	%1520 = and i32 %1519, 15
	%1521 = add i32 16, %4
	%1522 = mul i32 %1520, 64
	%1523 = add i32 %1522, %1521
	%1524 = add i32 1024, %1523
	%1525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1524
	%1526 = load i32, i32 addrspace(3)* %1525
	%1527 = add i32 %1526, %1263
	%1528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1527
	store i32 %1158, i32 addrspace(3)* %1528
	%1529 = add i32 %1527, 2048
	%1530 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1529
	store i32 %1159, i32 addrspace(3)* %1530
	br label %1531

1531:
	%1532 = and i1 %663, %664
	br i1 %1532, label %1533, label %1546

1533:
	%1534 = lshr i32 %1170, 4
	%1535 = and i32 %1534, 15
	%1536 = add i32 24, %4
	%1537 = mul i32 %1535, 64
	%1538 = add i32 %1537, %1536
	%1539 = add i32 1024, %1538
	%1540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1539
	%1541 = load i32, i32 addrspace(3)* %1540
	%1542 = add i32 %1541, %1282
	%1543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1542
	store i32 %1169, i32 addrspace(3)* %1543
	%1544 = add i32 %1542, 2048
	%1545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1544
	store i32 %1170, i32 addrspace(3)* %1545
	br label %1546

1546:
	%1547 = and i1 %676, %677
	br i1 %1547, label %1548, label %1561

1548:
	%1549 = lshr i32 %1181, 4
	%1550 = and i32 %1549, 15
	%1551 = add i32 32, %4
	%1552 = mul i32 %1550, 64
	%1553 = add i32 %1552, %1551
	%1554 = add i32 1024, %1553
	%1555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1554
	%1556 = load i32, i32 addrspace(3)* %1555
	%1557 = add i32 %1556, %1301
	%1558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1557
	store i32 %1180, i32 addrspace(3)* %1558
	%1559 = add i32 %1557, 2048
	%1560 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1559
	store i32 %1181, i32 addrspace(3)* %1560
	br label %1561

1561:
	%1562 = and i1 %689, %690
	br i1 %1562, label %1563, label %1576

1563:
	%1564 = lshr i32 %1192, 4
	%1565 = and i32 %1564, 15
	%1566 = add i32 40, %4
	%1567 = mul i32 %1565, 64
	%1568 = add i32 %1567, %1566
	%1569 = add i32 1024, %1568
	%1570 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1569
	%1571 = load i32, i32 addrspace(3)* %1570
	%1572 = add i32 %1571, %1320
	%1573 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1572
	store i32 %1191, i32 addrspace(3)* %1573
	%1574 = add i32 %1572, 2048
	%1575 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1574
	store i32 %1192, i32 addrspace(3)* %1575
	br label %1576

1576:
	%1577 = and i1 %702, %703
	br i1 %1577, label %1578, label %1591

1578:
	%1579 = lshr i32 %1203, 4
	%1580 = and i32 %1579, 15
	%1581 = add i32 48, %4
	%1582 = mul i32 %1580, 64
	%1583 = add i32 %1582, %1581
	%1584 = add i32 1024, %1583
	%1585 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1584
	%1586 = load i32, i32 addrspace(3)* %1585
	%1587 = add i32 %1586, %1339
	%1588 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1587
	store i32 %1202, i32 addrspace(3)* %1588
	%1589 = add i32 %1587, 2048
	%1590 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1589
	store i32 %1203, i32 addrspace(3)* %1590
	br label %1591

1591:
	%1592 = and i1 %715, %716
	br i1 %1592, label %1593, label %1606

1593:
	%1594 = lshr i32 %1214, 4
	%1595 = and i32 %1594, 15
	%1596 = add i32 56, %4
	%1597 = mul i32 %1595, 64
	%1598 = add i32 %1597, %1596
	%1599 = add i32 1024, %1598
	%1600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1599
	%1601 = load i32, i32 addrspace(3)* %1600
	%1602 = add i32 %1601, %1358
	%1603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1602
	store i32 %1213, i32 addrspace(3)* %1603
	%1604 = add i32 %1602, 2048
	%1605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1604
	store i32 %1214, i32 addrspace(3)* %1605
	br label %1606

1606:
	call void @llvm.nvvm.barrier0()
	%1607 = add i32 0, %0
	%1608 = and i1 %624, %625
	br i1 %1608, label %1609, label %1615

1609:
	%1610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1607
	%1611 = load i32, i32 addrspace(3)* %1610
	%1612 = add i32 %1607, 2048
	%1613 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1612
	%1614 = load i32, i32 addrspace(3)* %1613
	br label %1615

1615:
	%1616 = phi i32 [ %1136, %1606 ], [ %1611, %1609 ]
	%1617 = phi i32 [ %1137, %1606 ], [ %1614, %1609 ]
	%1618 = add i32 256, %0
	%1619 = and i1 %637, %638
	br i1 %1619, label %1620, label %1626

1620:
	%1621 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1618
	%1622 = load i32, i32 addrspace(3)* %1621
	%1623 = add i32 %1618, 2048
	%1624 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1623
	%1625 = load i32, i32 addrspace(3)* %1624
	br label %1626

1626:
	%1627 = phi i32 [ %1147, %1615 ], [ %1622, %1620 ]
	%1628 = phi i32 [ %1148, %1615 ], [ %1625, %1620 ]
	%1629 = add i32 512, %0
	%1630 = and i1 %650, %651
	br i1 %1630, label %1631, label %1637

1631:
	%1632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1629
	%1633 = load i32, i32 addrspace(3)* %1632
	%1634 = add i32 %1629, 2048
	%1635 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1634
	%1636 = load i32, i32 addrspace(3)* %1635
	br label %1637

1637:
	%1638 = phi i32 [ %1158, %1626 ], [ %1633, %1631 ]
	%1639 = phi i32 [ %1159, %1626 ], [ %1636, %1631 ]
	%1640 = add i32 768, %0
	%1641 = and i1 %663, %664
	br i1 %1641, label %1642, label %1648

1642:
	%1643 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1640
	%1644 = load i32, i32 addrspace(3)* %1643
	%1645 = add i32 %1640, 2048
	%1646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1645
	%1647 = load i32, i32 addrspace(3)* %1646
	br label %1648

1648:
	%1649 = phi i32 [ %1169, %1637 ], [ %1644, %1642 ]
	%1650 = phi i32 [ %1170, %1637 ], [ %1647, %1642 ]
	%1651 = add i32 1024, %0
	%1652 = and i1 %676, %677
	br i1 %1652, label %1653, label %1659

1653:
	%1654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1651
	%1655 = load i32, i32 addrspace(3)* %1654
	%1656 = add i32 %1651, 2048
	%1657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1656
	%1658 = load i32, i32 addrspace(3)* %1657
	br label %1659

1659:
	%1660 = phi i32 [ %1180, %1648 ], [ %1655, %1653 ]
	%1661 = phi i32 [ %1181, %1648 ], [ %1658, %1653 ]
	%1662 = add i32 1280, %0
	%1663 = and i1 %689, %690
	br i1 %1663, label %1664, label %1670

1664:
	%1665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1662
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = add i32 %1662, 2048
	%1668 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1667
	%1669 = load i32, i32 addrspace(3)* %1668
	br label %1670

1670:
	%1671 = phi i32 [ %1191, %1659 ], [ %1666, %1664 ]
	%1672 = phi i32 [ %1192, %1659 ], [ %1669, %1664 ]
	%1673 = add i32 1536, %0
	%1674 = and i1 %702, %703
	br i1 %1674, label %1675, label %1681

1675:
	%1676 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1673
	%1677 = load i32, i32 addrspace(3)* %1676
	%1678 = add i32 %1673, 2048
	%1679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1678
	%1680 = load i32, i32 addrspace(3)* %1679
	br label %1681

1681:
	%1682 = phi i32 [ %1202, %1670 ], [ %1677, %1675 ]
	%1683 = phi i32 [ %1203, %1670 ], [ %1680, %1675 ]
	%1684 = add i32 1792, %0
	%1685 = and i1 %715, %716
	br i1 %1685, label %1686, label %1692

1686:
	%1687 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1684
	%1688 = load i32, i32 addrspace(3)* %1687
	%1689 = add i32 %1684, 2048
	%1690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1689
	%1691 = load i32, i32 addrspace(3)* %1690
	br label %1692

1692:
	%1693 = phi i32 [ %1213, %1681 ], [ %1688, %1686 ]
	%1694 = phi i32 [ %1214, %1681 ], [ %1691, %1686 ]
	br i1 %624, label %1695, label %1704

1695:
	%1696 = lshr i32 %1617, 8
	%1697 = and i32 %1696, 15
	%1698 = select i1 %625, i32 %1697, i32 16
	%1699 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1698)
	%1700 = and i32 %1699, %622
	%1701 = call i32 @llvm.ctpop.i32(i32 %1700)
	%1702 = icmp eq i32 %1701, 0
	%1703 = and i1 %625, %1702
	br i1 %1703, label %1706, label %1713

1704:
	%1705 = phi i32 [ 0, %1692 ], [ %1701, %1713 ]
	br i1 %637, label %1714, label %1723

1706:
	%1707 = call i32 @llvm.ctpop.i32(i32 %1699)
	%1708 = add i32 0, %4
	%1709 = mul i32 %1697, 64
	%1710 = add i32 %1709, %1708
	%1711 = add i32 0, %1710
	%1712 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1711
	store i32 %1707, i32 addrspace(3)* %1712
	br label %1713

1713:
	br label %1704

1714:
	%1715 = lshr i32 %1628, 8
	%1716 = and i32 %1715, 15
	%1717 = select i1 %638, i32 %1716, i32 16
	%1718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1717)
	%1719 = and i32 %1718, %622
	%1720 = call i32 @llvm.ctpop.i32(i32 %1719)
	%1721 = icmp eq i32 %1720, 0
	%1722 = and i1 %638, %1721
	br i1 %1722, label %1725, label %1732

1723:
	%1724 = phi i32 [ 0, %1704 ], [ %1720, %1732 ]
	br i1 %650, label %1733, label %1742

1725:
	%1726 = call i32 @llvm.ctpop.i32(i32 %1718)
	%1727 = add i32 8, %4
	%1728 = mul i32 %1716, 64
	%1729 = add i32 %1728, %1727
	%1730 = add i32 0, %1729
	%1731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1730
	store i32 %1726, i32 addrspace(3)* %1731
	br label %1732

1732:
	br label %1723

1733:
	%1734 = lshr i32 %1639, 8
	%1735 = and i32 %1734, 15
	%1736 = select i1 %651, i32 %1735, i32 16
	%1737 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1736)
	%1738 = and i32 %1737, %622
	%1739 = call i32 @llvm.ctpop.i32(i32 %1738)
	%1740 = icmp eq i32 %1739, 0
	%1741 = and i1 %651, %1740
	br i1 %1741, label %1744, label %1751

1742:
	%1743 = phi i32 [ 0, %1723 ], [ %1739, %1751 ]
	br i1 %663, label %1752, label %1761

1744:
	%1745 = call i32 @llvm.ctpop.i32(i32 %1737)
	%1746 = add i32 16, %4
	%1747 = mul i32 %1735, 64
	%1748 = add i32 %1747, %1746
	%1749 = add i32 0, %1748
	%1750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1749
	store i32 %1745, i32 addrspace(3)* %1750
	br label %1751

1751:
	br label %1742

1752:
	%1753 = lshr i32 %1650, 8
	%1754 = and i32 %1753, 15
	%1755 = select i1 %664, i32 %1754, i32 16
	%1756 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1755)
	%1757 = and i32 %1756, %622
	%1758 = call i32 @llvm.ctpop.i32(i32 %1757)
	%1759 = icmp eq i32 %1758, 0
	%1760 = and i1 %664, %1759
	br i1 %1760, label %1763, label %1770

1761:
	%1762 = phi i32 [ 0, %1742 ], [ %1758, %1770 ]
	br i1 %676, label %1771, label %1780

1763:
	%1764 = call i32 @llvm.ctpop.i32(i32 %1756)
	%1765 = add i32 24, %4
	%1766 = mul i32 %1754, 64
	%1767 = add i32 %1766, %1765
	%1768 = add i32 0, %1767
	%1769 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1768
	store i32 %1764, i32 addrspace(3)* %1769
	br label %1770

1770:
	br label %1761

1771:
	%1772 = lshr i32 %1661, 8
	%1773 = and i32 %1772, 15
	%1774 = select i1 %677, i32 %1773, i32 16
	%1775 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1774)
	%1776 = and i32 %1775, %622
	%1777 = call i32 @llvm.ctpop.i32(i32 %1776)
	%1778 = icmp eq i32 %1777, 0
	%1779 = and i1 %677, %1778
	br i1 %1779, label %1782, label %1789

1780:
	%1781 = phi i32 [ 0, %1761 ], [ %1777, %1789 ]
	br i1 %689, label %1790, label %1799

1782:
	%1783 = call i32 @llvm.ctpop.i32(i32 %1775)
	%1784 = add i32 32, %4
	%1785 = mul i32 %1773, 64
	%1786 = add i32 %1785, %1784
	%1787 = add i32 0, %1786
	%1788 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1787
	store i32 %1783, i32 addrspace(3)* %1788
	br label %1789

1789:
	br label %1780

1790:
	%1791 = lshr i32 %1672, 8
	%1792 = and i32 %1791, 15
	%1793 = select i1 %690, i32 %1792, i32 16
	%1794 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1793)
	%1795 = and i32 %1794, %622
	%1796 = call i32 @llvm.ctpop.i32(i32 %1795)
	%1797 = icmp eq i32 %1796, 0
	%1798 = and i1 %690, %1797
	br i1 %1798, label %1801, label %1808

1799:
	%1800 = phi i32 [ 0, %1780 ], [ %1796, %1808 ]
	br i1 %702, label %1809, label %1818

1801:
	%1802 = call i32 @llvm.ctpop.i32(i32 %1794)
	%1803 = add i32 40, %4
	%1804 = mul i32 %1792, 64
	%1805 = add i32 %1804, %1803
	%1806 = add i32 0, %1805
	%1807 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1806
	store i32 %1802, i32 addrspace(3)* %1807
	br label %1808

1808:
	br label %1799

1809:
	%1810 = lshr i32 %1683, 8
	%1811 = and i32 %1810, 15
	%1812 = select i1 %703, i32 %1811, i32 16
	%1813 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1812)
	%1814 = and i32 %1813, %622
	%1815 = call i32 @llvm.ctpop.i32(i32 %1814)
	%1816 = icmp eq i32 %1815, 0
	%1817 = and i1 %703, %1816
	br i1 %1817, label %1820, label %1827

1818:
	%1819 = phi i32 [ 0, %1799 ], [ %1815, %1827 ]
	br i1 %715, label %1828, label %1837

1820:
	%1821 = call i32 @llvm.ctpop.i32(i32 %1813)
	%1822 = add i32 48, %4
	%1823 = mul i32 %1811, 64
	%1824 = add i32 %1823, %1822
	%1825 = add i32 0, %1824
	%1826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1825
	store i32 %1821, i32 addrspace(3)* %1826
	br label %1827

1827:
	br label %1818

1828:
	%1829 = lshr i32 %1694, 8
	%1830 = and i32 %1829, 15
	%1831 = select i1 %716, i32 %1830, i32 16
	%1832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1831)
	%1833 = and i32 %1832, %622
	%1834 = call i32 @llvm.ctpop.i32(i32 %1833)
	%1835 = icmp eq i32 %1834, 0
	%1836 = and i1 %716, %1835
	br i1 %1836, label %1882, label %1889

1837:
	%1838 = phi i32 [ 0, %1818 ], [ %1834, %1889 ]
	call void @llvm.nvvm.barrier0()
	%1839 = mul i32 %0, 4
	%1840 = add i32 %1839, 0
	%1841 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1840
	%1842 = load i32, i32 addrspace(3)* %1841
	%1843 = add i32 0, %1842
	%1844 = mul i32 %0, 4
	%1845 = add i32 %1844, 1
	%1846 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1845
	%1847 = load i32, i32 addrspace(3)* %1846
	%1848 = add i32 %1843, %1847
	%1849 = mul i32 %0, 4
	%1850 = add i32 %1849, 2
	%1851 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1850
	%1852 = load i32, i32 addrspace(3)* %1851
	%1853 = add i32 %1848, %1852
	%1854 = mul i32 %0, 4
	%1855 = add i32 %1854, 3
	%1856 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1855
	%1857 = load i32, i32 addrspace(3)* %1856
	%1858 = add i32 %1853, %1857
	%1859 = and i32 %0, 31
	%1860 = lshr i32 %0, 5
	%1861 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1858, i32 1, i32 0)
	%1862 = icmp uge i32 %1859, 1
	%1863 = select i1 %1862, i32 %1861, i32 0
	%1864 = add i32 %1858, %1863
	%1865 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1864, i32 2, i32 0)
	%1866 = icmp uge i32 %1859, 2
	%1867 = select i1 %1866, i32 %1865, i32 0
	%1868 = add i32 %1864, %1867
	%1869 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1868, i32 4, i32 0)
	%1870 = icmp uge i32 %1859, 4
	%1871 = select i1 %1870, i32 %1869, i32 0
	%1872 = add i32 %1868, %1871
	%1873 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1872, i32 8, i32 0)
	%1874 = icmp uge i32 %1859, 8
	%1875 = select i1 %1874, i32 %1873, i32 0
	%1876 = add i32 %1872, %1875
	%1877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1876, i32 16, i32 0)
	%1878 = icmp uge i32 %1859, 16
	%1879 = select i1 %1878, i32 %1877, i32 0
	%1880 = add i32 %1876, %1879
	%1881 = icmp eq i32 %1859, 31
	br i1 %1881, label %1890, label %1892

1882:
	%1883 = call i32 @llvm.ctpop.i32(i32 %1832)
	%1884 = add i32 56, %4
	%1885 = mul i32 %1830, 64
	%1886 = add i32 %1885, %1884
	%1887 = add i32 0, %1886
	%1888 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1887
	store i32 %1883, i32 addrspace(3)* %1888
	br label %1889

1889:
	br label %1837

1890:
	%1891 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1860
	store i32 %1880, i32 addrspace(3)* %1891
	br label %1892

1892:
	call void @llvm.nvvm.barrier0()
	%1893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1894 = load i32, i32 addrspace(3)* %1893
	%1895 = icmp sgt i32 %1860, 0
	%1896 = select i1 %1895, i32 %1894, i32 0
	%1897 = add i32 0, %1896
	%1898 = add i32 0, %1894
	%1899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1900 = load i32, i32 addrspace(3)* %1899
	%1901 = icmp sgt i32 %1860, 1
	%1902 = select i1 %1901, i32 %1900, i32 0
	%1903 = add i32 %1897, %1902
	%1904 = add i32 %1898, %1900
	%1905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1906 = load i32, i32 addrspace(3)* %1905
	%1907 = icmp sgt i32 %1860, 2
	%1908 = select i1 %1907, i32 %1906, i32 0
	%1909 = add i32 %1903, %1908
	%1910 = add i32 %1904, %1906
	%1911 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1912 = load i32, i32 addrspace(3)* %1911
	%1913 = icmp sgt i32 %1860, 3
	%1914 = select i1 %1913, i32 %1912, i32 0
	%1915 = add i32 %1909, %1914
	%1916 = add i32 %1910, %1912
	%1917 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1918 = load i32, i32 addrspace(3)* %1917
	%1919 = icmp sgt i32 %1860, 4
	%1920 = select i1 %1919, i32 %1918, i32 0
	%1921 = add i32 %1915, %1920
	%1922 = add i32 %1916, %1918
	%1923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1924 = load i32, i32 addrspace(3)* %1923
	%1925 = icmp sgt i32 %1860, 5
	%1926 = select i1 %1925, i32 %1924, i32 0
	%1927 = add i32 %1921, %1926
	%1928 = add i32 %1922, %1924
	%1929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1930 = load i32, i32 addrspace(3)* %1929
	%1931 = icmp sgt i32 %1860, 6
	%1932 = select i1 %1931, i32 %1930, i32 0
	%1933 = add i32 %1927, %1932
	%1934 = add i32 %1928, %1930
	%1935 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1936 = load i32, i32 addrspace(3)* %1935
	%1937 = icmp sgt i32 %1860, 7
	%1938 = select i1 %1937, i32 %1936, i32 0
	%1939 = add i32 %1933, %1938
	%1940 = add i32 %1934, %1936
	%1941 = add i32 %1939, %1880
	%1942 = sub i32 %1941, %1858
	%1943 = mul i32 %0, 4
	%1944 = add i32 %1943, 0
	%1945 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1944
	store i32 %1942, i32 addrspace(3)* %1945
	%1946 = add i32 %1942, %1842
	%1947 = mul i32 %0, 4
	%1948 = add i32 %1947, 1
	%1949 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1948
	store i32 %1946, i32 addrspace(3)* %1949
	%1950 = add i32 %1946, %1847
	%1951 = mul i32 %0, 4
	%1952 = add i32 %1951, 2
	%1953 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1952
	store i32 %1950, i32 addrspace(3)* %1953
	%1954 = add i32 %1950, %1852
	%1955 = mul i32 %0, 4
	%1956 = add i32 %1955, 3
	%1957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1956
	store i32 %1954, i32 addrspace(3)* %1957
	%1958 = add i32 %1954, %1857
	%1959 = add i32 %0, 1024
	%1960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1959
	store i32 0, i32 addrspace(3)* %1960
	%1961 = add i32 %0, 1280
	%1962 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1961
	store i32 0, i32 addrspace(3)* %1962
	%1963 = add i32 %0, 1536
	%1964 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1963
	store i32 0, i32 addrspace(3)* %1964
	%1965 = add i32 %0, 1792
	%1966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1965
	store i32 0, i32 addrspace(3)* %1966
	call void @llvm.nvvm.barrier0()
	%1967 = and i1 %624, %625
	br i1 %1967, label %1968, label %1981

1968:
	%1969 = lshr i32 %1617, 8
	%1970 = and i32 %1969, 15
	%1971 = add i32 0, %4
	%1972 = mul i32 %1970, 64
	%1973 = add i32 %1972, %1971
	%1974 = add i32 0, %1973
	%1975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1974
	%1976 = load i32, i32 addrspace(3)* %1975
	%1977 = add i32 %1976, %1705
	%1978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1977
	store i32 %1616, i32 addrspace(3)* %1978
	%1979 = add i32 %1977, 2048
	%1980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1979
	store i32 %1617, i32 addrspace(3)* %1980
	br label %1981

1981:
	%1982 = and i1 %637, %638
	br i1 %1982, label %1983, label %1996

1983:
	%1984 = lshr i32 %1628, 8
	%1985 = and i32 %1984, 15
	%1986 = add i32 8, %4
	%1987 = mul i32 %1985, 64
	%1988 = add i32 %1987, %1986
	%1989 = add i32 0, %1988
	%1990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1989
	%1991 = load i32, i32 addrspace(3)* %1990
	%1992 = add i32 %1991, %1724
	%1993 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1992
	store i32 %1627, i32 addrspace(3)* %1993
	%1994 = add i32 %1992, 2048
	%1995 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1994
	store i32 %1628, i32 addrspace(3)* %1995
	br label %1996

1996:
	%1997 = and i1 %650, %651
	br i1 %1997, label %1998, label %2011

1998:
	%1999 = lshr i32 %1639, 8
	%2000 = and i32 %1999, 15
	%2001 = add i32 16, %4
	%2002 = mul i32 %2000, 64
	%2003 = add i32 %2002, %2001
	%2004 = add i32 0, %2003
	%2005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2004
	%2006 = load i32, i32 addrspace(3)* %2005
	%2007 = add i32 %2006, %1743
	%2008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2007
	store i32 %1638, i32 addrspace(3)* %2008
	%2009 = add i32 %2007, 2048
	%2010 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2009
	store i32 %1639, i32 addrspace(3)* %2010
	br label %2011

2011:
	%2012 = and i1 %663, %664
	br i1 %2012, label %2013, label %2026

2013:
	%2014 = lshr i32 %1650, 8
	%2015 = and i32 %2014, 15
	%2016 = add i32 24, %4
	%2017 = mul i32 %2015, 64
	%2018 = add i32 %2017, %2016
	%2019 = add i32 0, %2018
	%2020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2019
	%2021 = load i32, i32 addrspace(3)* %2020
	%2022 = add i32 %2021, %1762
	%2023 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2022
	store i32 %1649, i32 addrspace(3)* %2023
	%2024 = add i32 %2022, 2048
	%2025 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2024
	store i32 %1650, i32 addrspace(3)* %2025
	br label %2026

2026:
	%2027 = and i1 %676, %677
	br i1 %2027, label %2028, label %2041

2028:
	%2029 = lshr i32 %1661, 8
	%2030 = and i32 %2029, 15
	%2031 = add i32 32, %4
	%2032 = mul i32 %2030, 64
	%2033 = add i32 %2032, %2031
	%2034 = add i32 0, %2033
	%2035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2034
	%2036 = load i32, i32 addrspace(3)* %2035
	%2037 = add i32 %2036, %1781
	%2038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2037
	store i32 %1660, i32 addrspace(3)* %2038
	%2039 = add i32 %2037, 2048
	%2040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2039
	store i32 %1661, i32 addrspace(3)* %2040
	br label %2041

2041:
	%2042 = and i1 %689, %690
	br i1 %2042, label %2043, label %2056

2043:
	%2044 = lshr i32 %1672, 8
	%2045 = and i32 %2044, 15
	%2046 = add i32 40, %4
	%2047 = mul i32 %2045, 64
	%2048 = add i32 %2047, %2046
	%2049 = add i32 0, %2048
	%2050 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2049
	%2051 = load i32, i32 addrspace(3)* %2050
	%2052 = add i32 %2051, %1800
	%2053 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2052
	store i32 %1671, i32 addrspace(3)* %2053
	%2054 = add i32 %2052, 2048
	%2055 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2054
	store i32 %1672, i32 addrspace(3)* %2055
	br label %2056

2056:
	%2057 = and i1 %702, %703
	br i1 %2057, label %2058, label %2071

2058:
	%2059 = lshr i32 %1683, 8
	%2060 = and i32 %2059, 15
	%2061 = add i32 48, %4
	%2062 = mul i32 %2060, 64
	%2063 = add i32 %2062, %2061
	%2064 = add i32 0, %2063
	%2065 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2064
	%2066 = load i32, i32 addrspace(3)* %2065
	%2067 = add i32 %2066, %1819
	%2068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2067
	store i32 %1682, i32 addrspace(3)* %2068
	%2069 = add i32 %2067, 2048
	%2070 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2069
	store i32 %1683, i32 addrspace(3)* %2070
	br label %2071

2071:
	%2072 = and i1 %715, %716
	br i1 %2072, label %2073, label %2086

2073:
	%2074 = lshr i32 %1694, 8
	%2075 = and i32 %2074, 15
	%2076 = add i32 56, %4
	%2077 = mul i32 %2075, 64
	%2078 = add i32 %2077, %2076
	%2079 = add i32 0, %2078
	%2080 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2079
	%2081 = load i32, i32 addrspace(3)* %2080
	%2082 = add i32 %2081, %1838
	%2083 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2082
	store i32 %1693, i32 addrspace(3)* %2083
	%2084 = add i32 %2082, 2048
	%2085 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2084
	store i32 %1694, i32 addrspace(3)* %2085
	br label %2086

2086:
	call void @llvm.nvvm.barrier0()
	%2087 = add i32 0, %0
	%2088 = and i1 %624, %625
	br i1 %2088, label %2089, label %2095

2089:
	%2090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2087
	%2091 = load i32, i32 addrspace(3)* %2090
	%2092 = add i32 %2087, 2048
	%2093 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2092
	%2094 = load i32, i32 addrspace(3)* %2093
	br label %2095

2095:
	%2096 = phi i32 [ %1616, %2086 ], [ %2091, %2089 ]
	%2097 = phi i32 [ %1617, %2086 ], [ %2094, %2089 ]
	%2098 = add i32 256, %0
	%2099 = and i1 %637, %638
	br i1 %2099, label %2100, label %2106

2100:
	%2101 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2098
	%2102 = load i32, i32 addrspace(3)* %2101
	%2103 = add i32 %2098, 2048
	%2104 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2103
	%2105 = load i32, i32 addrspace(3)* %2104
	br label %2106

2106:
	%2107 = phi i32 [ %1627, %2095 ], [ %2102, %2100 ]
	%2108 = phi i32 [ %1628, %2095 ], [ %2105, %2100 ]
	%2109 = add i32 512, %0
	%2110 = and i1 %650, %651
	br i1 %2110, label %2111, label %2117

2111:
	%2112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2109
	%2113 = load i32, i32 addrspace(3)* %2112
	%2114 = add i32 %2109, 2048
	%2115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2114
	%2116 = load i32, i32 addrspace(3)* %2115
	br label %2117

2117:
	%2118 = phi i32 [ %1638, %2106 ], [ %2113, %2111 ]
	%2119 = phi i32 [ %1639, %2106 ], [ %2116, %2111 ]
	%2120 = add i32 768, %0
	%2121 = and i1 %663, %664
	br i1 %2121, label %2122, label %2128

2122:
	%2123 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2120
	%2124 = load i32, i32 addrspace(3)* %2123
	%2125 = add i32 %2120, 2048
	%2126 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2125
	%2127 = load i32, i32 addrspace(3)* %2126
	br label %2128

2128:
	%2129 = phi i32 [ %1649, %2117 ], [ %2124, %2122 ]
	%2130 = phi i32 [ %1650, %2117 ], [ %2127, %2122 ]
	%2131 = add i32 1024, %0
	%2132 = and i1 %676, %677
	br i1 %2132, label %2133, label %2139

2133:
	%2134 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2131
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = add i32 %2131, 2048
	%2137 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2136
	%2138 = load i32, i32 addrspace(3)* %2137
	br label %2139

2139:
	%2140 = phi i32 [ %1660, %2128 ], [ %2135, %2133 ]
	%2141 = phi i32 [ %1661, %2128 ], [ %2138, %2133 ]
	%2142 = add i32 1280, %0
	%2143 = and i1 %689, %690
	br i1 %2143, label %2144, label %2150

2144:
	%2145 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2142
	%2146 = load i32, i32 addrspace(3)* %2145
	%2147 = add i32 %2142, 2048
	%2148 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2147
	%2149 = load i32, i32 addrspace(3)* %2148
	br label %2150

2150:
	%2151 = phi i32 [ %1671, %2139 ], [ %2146, %2144 ]
	%2152 = phi i32 [ %1672, %2139 ], [ %2149, %2144 ]
	%2153 = add i32 1536, %0
	%2154 = and i1 %702, %703
	br i1 %2154, label %2155, label %2161

2155:
	%2156 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2153
	%2157 = load i32, i32 addrspace(3)* %2156
	%2158 = add i32 %2153, 2048
	%2159 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2158
	%2160 = load i32, i32 addrspace(3)* %2159
	br label %2161

2161:
	%2162 = phi i32 [ %1682, %2150 ], [ %2157, %2155 ]
	%2163 = phi i32 [ %1683, %2150 ], [ %2160, %2155 ]
	%2164 = add i32 1792, %0
	%2165 = and i1 %715, %716
	br i1 %2165, label %2166, label %2172

2166:
	%2167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2164
	%2168 = load i32, i32 addrspace(3)* %2167
	%2169 = add i32 %2164, 2048
	%2170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2169
	%2171 = load i32, i32 addrspace(3)* %2170
	br label %2172

2172:
	%2173 = phi i32 [ %1693, %2161 ], [ %2168, %2166 ]
	%2174 = phi i32 [ %1694, %2161 ], [ %2171, %2166 ]
	br i1 %624, label %2175, label %2184

2175:
	%2176 = lshr i32 %2097, 12
	%2177 = and i32 %2176, 15
	%2178 = select i1 %625, i32 %2177, i32 16
	%2179 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2178)
	%2180 = and i32 %2179, %622
	%2181 = call i32 @llvm.ctpop.i32(i32 %2180)
	%2182 = icmp eq i32 %2181, 0
	%2183 = and i1 %625, %2182
	br i1 %2183, label %2186, label %2193

2184:
	%2185 = phi i32 [ 0, %2172 ], [ %2181, %2193 ]
	br i1 %637, label %2194, label %2203

2186:
	%2187 = call i32 @llvm.ctpop.i32(i32 %2179)
	%2188 = add i32 0, %4
	%2189 = mul i32 %2177, 64
	%2190 = add i32 %2189, %2188
	%2191 = add i32 1024, %2190
	%2192 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2191
	store i32 %2187, i32 addrspace(3)* %2192
	br label %2193

2193:
	br label %2184

2194:
	%2195 = lshr i32 %2108, 12
	%2196 = and i32 %2195, 15
	%2197 = select i1 %638, i32 %2196, i32 16
	%2198 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2197)
	%2199 = and i32 %2198, %622
	%2200 = call i32 @llvm.ctpop.i32(i32 %2199)
	%2201 = icmp eq i32 %2200, 0
	%2202 = and i1 %638, %2201
	br i1 %2202, label %2205, label %2212

2203:
	%2204 = phi i32 [ 0, %2184 ], [ %2200, %2212 ]
	br i1 %650, label %2213, label %2222

2205:
	%2206 = call i32 @llvm.ctpop.i32(i32 %2198)
	%2207 = add i32 8, %4
	%2208 = mul i32 %2196, 64
	%2209 = add i32 %2208, %2207
	%2210 = add i32 1024, %2209
	%2211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2210
	store i32 %2206, i32 addrspace(3)* %2211
	br label %2212

2212:
	br label %2203

2213:
	%2214 = lshr i32 %2119, 12
	%2215 = and i32 %2214, 15
	%2216 = select i1 %651, i32 %2215, i32 16
	%2217 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2216)
	%2218 = and i32 %2217, %622
	%2219 = call i32 @llvm.ctpop.i32(i32 %2218)
	%2220 = icmp eq i32 %2219, 0
	%2221 = and i1 %651, %2220
	br i1 %2221, label %2224, label %2231

2222:
	%2223 = phi i32 [ 0, %2203 ], [ %2219, %2231 ]
	br i1 %663, label %2232, label %2241

2224:
	%2225 = call i32 @llvm.ctpop.i32(i32 %2217)
	%2226 = add i32 16, %4
	%2227 = mul i32 %2215, 64
	%2228 = add i32 %2227, %2226
	%2229 = add i32 1024, %2228
	%2230 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2229
	store i32 %2225, i32 addrspace(3)* %2230
	br label %2231

2231:
	br label %2222

2232:
	%2233 = lshr i32 %2130, 12
	%2234 = and i32 %2233, 15
	%2235 = select i1 %664, i32 %2234, i32 16
	%2236 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2235)
	%2237 = and i32 %2236, %622
	%2238 = call i32 @llvm.ctpop.i32(i32 %2237)
	%2239 = icmp eq i32 %2238, 0
	%2240 = and i1 %664, %2239
	br i1 %2240, label %2243, label %2250

2241:
	%2242 = phi i32 [ 0, %2222 ], [ %2238, %2250 ]
	br i1 %676, label %2251, label %2260

2243:
	%2244 = call i32 @llvm.ctpop.i32(i32 %2236)
	%2245 = add i32 24, %4
	%2246 = mul i32 %2234, 64
	%2247 = add i32 %2246, %2245
	%2248 = add i32 1024, %2247
	%2249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2248
	store i32 %2244, i32 addrspace(3)* %2249
	br label %2250

2250:
	br label %2241

2251:
	%2252 = lshr i32 %2141, 12
	%2253 = and i32 %2252, 15
	%2254 = select i1 %677, i32 %2253, i32 16
	%2255 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2254)
	%2256 = and i32 %2255, %622
	%2257 = call i32 @llvm.ctpop.i32(i32 %2256)
	%2258 = icmp eq i32 %2257, 0
	%2259 = and i1 %677, %2258
	br i1 %2259, label %2262, label %2269

2260:
	%2261 = phi i32 [ 0, %2241 ], [ %2257, %2269 ]
	br i1 %689, label %2270, label %2279

2262:
	%2263 = call i32 @llvm.ctpop.i32(i32 %2255)
	%2264 = add i32 32, %4
	%2265 = mul i32 %2253, 64
	%2266 = add i32 %2265, %2264
	%2267 = add i32 1024, %2266
	%2268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2267
	store i32 %2263, i32 addrspace(3)* %2268
	br label %2269

2269:
	br label %2260

2270:
	%2271 = lshr i32 %2152, 12
	%2272 = and i32 %2271, 15
	%2273 = select i1 %690, i32 %2272, i32 16
	%2274 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2273)
	%2275 = and i32 %2274, %622
	%2276 = call i32 @llvm.ctpop.i32(i32 %2275)
	%2277 = icmp eq i32 %2276, 0
	%2278 = and i1 %690, %2277
	br i1 %2278, label %2281, label %2288

2279:
	%2280 = phi i32 [ 0, %2260 ], [ %2276, %2288 ]
	br i1 %702, label %2289, label %2298

2281:
	%2282 = call i32 @llvm.ctpop.i32(i32 %2274)
	%2283 = add i32 40, %4
	%2284 = mul i32 %2272, 64
	%2285 = add i32 %2284, %2283
	%2286 = add i32 1024, %2285
	%2287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2286
	store i32 %2282, i32 addrspace(3)* %2287
	br label %2288

2288:
	br label %2279

2289:
	%2290 = lshr i32 %2163, 12
	%2291 = and i32 %2290, 15
	%2292 = select i1 %703, i32 %2291, i32 16
	%2293 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2292)
	%2294 = and i32 %2293, %622
	%2295 = call i32 @llvm.ctpop.i32(i32 %2294)
	%2296 = icmp eq i32 %2295, 0
	%2297 = and i1 %703, %2296
	br i1 %2297, label %2300, label %2307

2298:
	%2299 = phi i32 [ 0, %2279 ], [ %2295, %2307 ]
	br i1 %715, label %2308, label %2317

2300:
	%2301 = call i32 @llvm.ctpop.i32(i32 %2293)
	%2302 = add i32 48, %4
	%2303 = mul i32 %2291, 64
	%2304 = add i32 %2303, %2302
	%2305 = add i32 1024, %2304
	%2306 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2305
	store i32 %2301, i32 addrspace(3)* %2306
	br label %2307

2307:
	br label %2298

2308:
	%2309 = lshr i32 %2174, 12
	%2310 = and i32 %2309, 15
	%2311 = select i1 %716, i32 %2310, i32 16
	%2312 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2311)
	%2313 = and i32 %2312, %622
	%2314 = call i32 @llvm.ctpop.i32(i32 %2313)
	%2315 = icmp eq i32 %2314, 0
	%2316 = and i1 %716, %2315
	br i1 %2316, label %2362, label %2369

2317:
	%2318 = phi i32 [ 0, %2298 ], [ %2314, %2369 ]
	call void @llvm.nvvm.barrier0()
	%2319 = mul i32 %0, 4
	%2320 = add i32 %2319, 1024
	%2321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2320
	%2322 = load i32, i32 addrspace(3)* %2321
	%2323 = add i32 0, %2322
	%2324 = mul i32 %0, 4
	%2325 = add i32 %2324, 1025
	%2326 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2325
	%2327 = load i32, i32 addrspace(3)* %2326
	%2328 = add i32 %2323, %2327
	%2329 = mul i32 %0, 4
	%2330 = add i32 %2329, 1026
	%2331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2330
	%2332 = load i32, i32 addrspace(3)* %2331
	%2333 = add i32 %2328, %2332
	%2334 = mul i32 %0, 4
	%2335 = add i32 %2334, 1027
	%2336 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2335
	%2337 = load i32, i32 addrspace(3)* %2336
	%2338 = add i32 %2333, %2337
	%2339 = and i32 %0, 31
	%2340 = lshr i32 %0, 5
	%2341 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2338, i32 1, i32 0)
	%2342 = icmp uge i32 %2339, 1
	%2343 = select i1 %2342, i32 %2341, i32 0
	%2344 = add i32 %2338, %2343
	%2345 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2344, i32 2, i32 0)
	%2346 = icmp uge i32 %2339, 2
	%2347 = select i1 %2346, i32 %2345, i32 0
	%2348 = add i32 %2344, %2347
	%2349 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2348, i32 4, i32 0)
	%2350 = icmp uge i32 %2339, 4
	%2351 = select i1 %2350, i32 %2349, i32 0
	%2352 = add i32 %2348, %2351
	%2353 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2352, i32 8, i32 0)
	%2354 = icmp uge i32 %2339, 8
	%2355 = select i1 %2354, i32 %2353, i32 0
	%2356 = add i32 %2352, %2355
	%2357 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2356, i32 16, i32 0)
	%2358 = icmp uge i32 %2339, 16
	%2359 = select i1 %2358, i32 %2357, i32 0
	%2360 = add i32 %2356, %2359
	%2361 = icmp eq i32 %2339, 31
	br i1 %2361, label %2370, label %2372

2362:
	%2363 = call i32 @llvm.ctpop.i32(i32 %2312)
	%2364 = add i32 56, %4
	%2365 = mul i32 %2310, 64
	%2366 = add i32 %2365, %2364
	%2367 = add i32 1024, %2366
	%2368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2367
	store i32 %2363, i32 addrspace(3)* %2368
	br label %2369

2369:
	br label %2317

2370:
	%2371 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2340
	store i32 %2360, i32 addrspace(3)* %2371
	br label %2372

2372:
	call void @llvm.nvvm.barrier0()
	%2373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2374 = load i32, i32 addrspace(3)* %2373
	%2375 = icmp sgt i32 %2340, 0
	%2376 = select i1 %2375, i32 %2374, i32 0
	%2377 = add i32 0, %2376
	%2378 = add i32 0, %2374
	%2379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2380 = load i32, i32 addrspace(3)* %2379
	%2381 = icmp sgt i32 %2340, 1
	%2382 = select i1 %2381, i32 %2380, i32 0
	%2383 = add i32 %2377, %2382
	%2384 = add i32 %2378, %2380
	%2385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2386 = load i32, i32 addrspace(3)* %2385
	%2387 = icmp sgt i32 %2340, 2
	%2388 = select i1 %2387, i32 %2386, i32 0
	%2389 = add i32 %2383, %2388
	%2390 = add i32 %2384, %2386
	%2391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2392 = load i32, i32 addrspace(3)* %2391
	%2393 = icmp sgt i32 %2340, 3
	%2394 = select i1 %2393, i32 %2392, i32 0
	%2395 = add i32 %2389, %2394
	%2396 = add i32 %2390, %2392
	%2397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2398 = load i32, i32 addrspace(3)* %2397
	%2399 = icmp sgt i32 %2340, 4
	%2400 = select i1 %2399, i32 %2398, i32 0
	%2401 = add i32 %2395, %2400
	%2402 = add i32 %2396, %2398
	%2403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2404 = load i32, i32 addrspace(3)* %2403
	%2405 = icmp sgt i32 %2340, 5
	%2406 = select i1 %2405, i32 %2404, i32 0
	%2407 = add i32 %2401, %2406
	%2408 = add i32 %2402, %2404
	%2409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2410 = load i32, i32 addrspace(3)* %2409
	%2411 = icmp sgt i32 %2340, 6
	%2412 = select i1 %2411, i32 %2410, i32 0
	%2413 = add i32 %2407, %2412
	%2414 = add i32 %2408, %2410
	%2415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2416 = load i32, i32 addrspace(3)* %2415
	%2417 = icmp sgt i32 %2340, 7
	%2418 = select i1 %2417, i32 %2416, i32 0
	%2419 = add i32 %2413, %2418
	%2420 = add i32 %2414, %2416
	%2421 = add i32 %2419, %2360
	%2422 = sub i32 %2421, %2338
	%2423 = mul i32 %0, 4
	%2424 = add i32 %2423, 1024
	%2425 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2424
	store i32 %2422, i32 addrspace(3)* %2425
	%2426 = add i32 %2422, %2322
	%2427 = mul i32 %0, 4
	%2428 = add i32 %2427, 1025
	%2429 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2428
	store i32 %2426, i32 addrspace(3)* %2429
	%2430 = add i32 %2426, %2327
	%2431 = mul i32 %0, 4
	%2432 = add i32 %2431, 1026
	%2433 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2432
	store i32 %2430, i32 addrspace(3)* %2433
	%2434 = add i32 %2430, %2332
	%2435 = mul i32 %0, 4
	%2436 = add i32 %2435, 1027
	%2437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2436
	store i32 %2434, i32 addrspace(3)* %2437
	%2438 = add i32 %2434, %2337
	%2439 = add i32 %0, 0
	%2440 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2439
	store i32 0, i32 addrspace(3)* %2440
	%2441 = add i32 %0, 256
	%2442 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2441
	store i32 0, i32 addrspace(3)* %2442
	%2443 = add i32 %0, 512
	%2444 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2443
	store i32 0, i32 addrspace(3)* %2444
	%2445 = add i32 %0, 768
	%2446 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2445
	store i32 0, i32 addrspace(3)* %2446
	call void @llvm.nvvm.barrier0()
	%2447 = and i1 %624, %625
	br i1 %2447, label %2448, label %2461

2448:
	%2449 = lshr i32 %2097, 12
	%2450 = and i32 %2449, 15
	%2451 = add i32 0, %4
	%2452 = mul i32 %2450, 64
	%2453 = add i32 %2452, %2451
	%2454 = add i32 1024, %2453
	%2455 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2454
	%2456 = load i32, i32 addrspace(3)* %2455
	%2457 = add i32 %2456, %2185
	%2458 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2457
	store i32 %2096, i32 addrspace(3)* %2458
	%2459 = add i32 %2457, 2048
	%2460 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2459
	store i32 %2097, i32 addrspace(3)* %2460
	br label %2461

2461:
	%2462 = and i1 %637, %638
	br i1 %2462, label %2463, label %2476

2463:
	%2464 = lshr i32 %2108, 12
	%2465 = and i32 %2464, 15
	%2466 = add i32 8, %4
	%2467 = mul i32 %2465, 64
	%2468 = add i32 %2467, %2466
	%2469 = add i32 1024, %2468
	%2470 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2469
	%2471 = load i32, i32 addrspace(3)* %2470
	%2472 = add i32 %2471, %2204
	%2473 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2472
	store i32 %2107, i32 addrspace(3)* %2473
	%2474 = add i32 %2472, 2048
	%2475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2474
	store i32 %2108, i32 addrspace(3)* %2475
	br label %2476

2476:
	%2477 = and i1 %650, %651
	br i1 %2477, label %2478, label %2491

2478:
	%2479 = lshr i32 %2119, 12
	%2480 = and i32 %2479, 15
	%2481 = add i32 16, %4
	%2482 = mul i32 %2480, 64
	%2483 = add i32 %2482, %2481
	%2484 = add i32 1024, %2483
	%2485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2484
	%2486 = load i32, i32 addrspace(3)* %2485
	%2487 = add i32 %2486, %2223
	%2488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2487
	store i32 %2118, i32 addrspace(3)* %2488
	%2489 = add i32 %2487, 2048
	%2490 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2489
	store i32 %2119, i32 addrspace(3)* %2490
	br label %2491

2491:
	%2492 = and i1 %663, %664
	br i1 %2492, label %2493, label %2506

2493:
	%2494 = lshr i32 %2130, 12
	%2495 = and i32 %2494, 15
	%2496 = add i32 24, %4
	%2497 = mul i32 %2495, 64
	%2498 = add i32 %2497, %2496
	%2499 = add i32 1024, %2498
	%2500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2499
	%2501 = load i32, i32 addrspace(3)* %2500
	%2502 = add i32 %2501, %2242
	%2503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2502
	store i32 %2129, i32 addrspace(3)* %2503
	%2504 = add i32 %2502, 2048
	%2505 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2504
	store i32 %2130, i32 addrspace(3)* %2505
	br label %2506

2506:
	%2507 = and i1 %676, %677
	br i1 %2507, label %2508, label %2521

2508:
	%2509 = lshr i32 %2141, 12
	%2510 = and i32 %2509, 15
	%2511 = add i32 32, %4
	%2512 = mul i32 %2510, 64
	%2513 = add i32 %2512, %2511
	%2514 = add i32 1024, %2513
	%2515 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2514
	%2516 = load i32, i32 addrspace(3)* %2515
	%2517 = add i32 %2516, %2261
	%2518 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2517
	store i32 %2140, i32 addrspace(3)* %2518
	%2519 = add i32 %2517, 2048
	%2520 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2519
	store i32 %2141, i32 addrspace(3)* %2520
	br label %2521

2521:
	%2522 = and i1 %689, %690
	br i1 %2522, label %2523, label %2536

2523:
	%2524 = lshr i32 %2152, 12
	%2525 = and i32 %2524, 15
	%2526 = add i32 40, %4
	%2527 = mul i32 %2525, 64
	%2528 = add i32 %2527, %2526
	%2529 = add i32 1024, %2528
	%2530 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2529
	%2531 = load i32, i32 addrspace(3)* %2530
	%2532 = add i32 %2531, %2280
	%2533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2532
	store i32 %2151, i32 addrspace(3)* %2533
	%2534 = add i32 %2532, 2048
	%2535 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2534
	store i32 %2152, i32 addrspace(3)* %2535
	br label %2536

2536:
	%2537 = and i1 %702, %703
	br i1 %2537, label %2538, label %2551

2538:
	%2539 = lshr i32 %2163, 12
	%2540 = and i32 %2539, 15
	%2541 = add i32 48, %4
	%2542 = mul i32 %2540, 64
	%2543 = add i32 %2542, %2541
	%2544 = add i32 1024, %2543
	%2545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2544
	%2546 = load i32, i32 addrspace(3)* %2545
	%2547 = add i32 %2546, %2299
	%2548 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2547
	store i32 %2162, i32 addrspace(3)* %2548
	%2549 = add i32 %2547, 2048
	%2550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2549
	store i32 %2163, i32 addrspace(3)* %2550
	br label %2551

2551:
	%2552 = and i1 %715, %716
	br i1 %2552, label %2553, label %2566

2553:
	%2554 = lshr i32 %2174, 12
	%2555 = and i32 %2554, 15
	%2556 = add i32 56, %4
	%2557 = mul i32 %2555, 64
	%2558 = add i32 %2557, %2556
	%2559 = add i32 1024, %2558
	%2560 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2559
	%2561 = load i32, i32 addrspace(3)* %2560
	%2562 = add i32 %2561, %2318
	%2563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2562
	store i32 %2173, i32 addrspace(3)* %2563
	%2564 = add i32 %2562, 2048
	%2565 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2564
	store i32 %2174, i32 addrspace(3)* %2565
	br label %2566

2566:
	call void @llvm.nvvm.barrier0()
	%2567 = add i32 0, %0
	%2568 = and i1 %624, %625
	br i1 %2568, label %2569, label %2575

2569:
	%2570 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2567
	%2571 = load i32, i32 addrspace(3)* %2570
	%2572 = add i32 %2567, 2048
	%2573 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2572
	%2574 = load i32, i32 addrspace(3)* %2573
	br label %2575

2575:
	%2576 = phi i32 [ %2096, %2566 ], [ %2571, %2569 ]
	%2577 = phi i32 [ %2097, %2566 ], [ %2574, %2569 ]
	%2578 = add i32 256, %0
	%2579 = and i1 %637, %638
	br i1 %2579, label %2580, label %2586

2580:
	%2581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2578
	%2582 = load i32, i32 addrspace(3)* %2581
	%2583 = add i32 %2578, 2048
	%2584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2583
	%2585 = load i32, i32 addrspace(3)* %2584
	br label %2586

2586:
	%2587 = phi i32 [ %2107, %2575 ], [ %2582, %2580 ]
	%2588 = phi i32 [ %2108, %2575 ], [ %2585, %2580 ]
	%2589 = add i32 512, %0
	%2590 = and i1 %650, %651
	br i1 %2590, label %2591, label %2597

2591:
	%2592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2589
	%2593 = load i32, i32 addrspace(3)* %2592
	%2594 = add i32 %2589, 2048
	%2595 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2594
	%2596 = load i32, i32 addrspace(3)* %2595
	br label %2597

2597:
	%2598 = phi i32 [ %2118, %2586 ], [ %2593, %2591 ]
	%2599 = phi i32 [ %2119, %2586 ], [ %2596, %2591 ]
	%2600 = add i32 768, %0
	%2601 = and i1 %663, %664
	br i1 %2601, label %2602, label %2608

2602:
	%2603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2600
	%2604 = load i32, i32 addrspace(3)* %2603
	%2605 = add i32 %2600, 2048
	%2606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2605
	%2607 = load i32, i32 addrspace(3)* %2606
	br label %2608

2608:
	%2609 = phi i32 [ %2129, %2597 ], [ %2604, %2602 ]
	%2610 = phi i32 [ %2130, %2597 ], [ %2607, %2602 ]
	%2611 = add i32 1024, %0
	%2612 = and i1 %676, %677
	br i1 %2612, label %2613, label %2619

2613:
	%2614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2611
	%2615 = load i32, i32 addrspace(3)* %2614
	%2616 = add i32 %2611, 2048
	%2617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2616
	%2618 = load i32, i32 addrspace(3)* %2617
	br label %2619

2619:
	%2620 = phi i32 [ %2140, %2608 ], [ %2615, %2613 ]
	%2621 = phi i32 [ %2141, %2608 ], [ %2618, %2613 ]
	%2622 = add i32 1280, %0
	%2623 = and i1 %689, %690
	br i1 %2623, label %2624, label %2630

2624:
	%2625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2622
	%2626 = load i32, i32 addrspace(3)* %2625
	%2627 = add i32 %2622, 2048
	%2628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2627
	%2629 = load i32, i32 addrspace(3)* %2628
	br label %2630

2630:
	%2631 = phi i32 [ %2151, %2619 ], [ %2626, %2624 ]
	%2632 = phi i32 [ %2152, %2619 ], [ %2629, %2624 ]
	%2633 = add i32 1536, %0
	%2634 = and i1 %702, %703
	br i1 %2634, label %2635, label %2641

2635:
	%2636 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2633
	%2637 = load i32, i32 addrspace(3)* %2636
	%2638 = add i32 %2633, 2048
	%2639 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2638
	%2640 = load i32, i32 addrspace(3)* %2639
	br label %2641

2641:
	%2642 = phi i32 [ %2162, %2630 ], [ %2637, %2635 ]
	%2643 = phi i32 [ %2163, %2630 ], [ %2640, %2635 ]
	%2644 = add i32 1792, %0
	%2645 = and i1 %715, %716
	br i1 %2645, label %2646, label %2652

2646:
	%2647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2644
	%2648 = load i32, i32 addrspace(3)* %2647
	%2649 = add i32 %2644, 2048
	%2650 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2649
	%2651 = load i32, i32 addrspace(3)* %2650
	br label %2652

2652:
	%2653 = phi i32 [ %2173, %2641 ], [ %2648, %2646 ]
	%2654 = phi i32 [ %2174, %2641 ], [ %2651, %2646 ]
	br i1 %624, label %2655, label %2664

2655:
	%2656 = lshr i32 %2577, 16
	%2657 = and i32 %2656, 15
	%2658 = select i1 %625, i32 %2657, i32 16
	%2659 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2658)
	%2660 = and i32 %2659, %622
	%2661 = call i32 @llvm.ctpop.i32(i32 %2660)
	%2662 = icmp eq i32 %2661, 0
	%2663 = and i1 %625, %2662
	br i1 %2663, label %2666, label %2673

2664:
	%2665 = phi i32 [ 0, %2652 ], [ %2661, %2673 ]
	br i1 %637, label %2674, label %2683

2666:
	%2667 = call i32 @llvm.ctpop.i32(i32 %2659)
	%2668 = add i32 0, %4
	%2669 = mul i32 %2657, 64
	%2670 = add i32 %2669, %2668
	%2671 = add i32 0, %2670
	%2672 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2671
	store i32 %2667, i32 addrspace(3)* %2672
	br label %2673

2673:
	br label %2664

2674:
	%2675 = lshr i32 %2588, 16
	%2676 = and i32 %2675, 15
	%2677 = select i1 %638, i32 %2676, i32 16
	%2678 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2677)
	%2679 = and i32 %2678, %622
	%2680 = call i32 @llvm.ctpop.i32(i32 %2679)
	%2681 = icmp eq i32 %2680, 0
	%2682 = and i1 %638, %2681
	br i1 %2682, label %2685, label %2692

2683:
	%2684 = phi i32 [ 0, %2664 ], [ %2680, %2692 ]
	br i1 %650, label %2693, label %2702

2685:
	%2686 = call i32 @llvm.ctpop.i32(i32 %2678)
	%2687 = add i32 8, %4
	%2688 = mul i32 %2676, 64
	%2689 = add i32 %2688, %2687
	%2690 = add i32 0, %2689
	%2691 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2690
	store i32 %2686, i32 addrspace(3)* %2691
	br label %2692

2692:
	br label %2683

2693:
	%2694 = lshr i32 %2599, 16
	%2695 = and i32 %2694, 15
	%2696 = select i1 %651, i32 %2695, i32 16
	%2697 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2696)
	%2698 = and i32 %2697, %622
	%2699 = call i32 @llvm.ctpop.i32(i32 %2698)
	%2700 = icmp eq i32 %2699, 0
	%2701 = and i1 %651, %2700
	br i1 %2701, label %2704, label %2711

2702:
	%2703 = phi i32 [ 0, %2683 ], [ %2699, %2711 ]
	br i1 %663, label %2712, label %2721

2704:
	%2705 = call i32 @llvm.ctpop.i32(i32 %2697)
	%2706 = add i32 16, %4
	%2707 = mul i32 %2695, 64
	%2708 = add i32 %2707, %2706
	%2709 = add i32 0, %2708
	%2710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2709
	store i32 %2705, i32 addrspace(3)* %2710
	br label %2711

2711:
	br label %2702

2712:
	%2713 = lshr i32 %2610, 16
	%2714 = and i32 %2713, 15
	%2715 = select i1 %664, i32 %2714, i32 16
	%2716 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2715)
	%2717 = and i32 %2716, %622
	%2718 = call i32 @llvm.ctpop.i32(i32 %2717)
	%2719 = icmp eq i32 %2718, 0
	%2720 = and i1 %664, %2719
	br i1 %2720, label %2723, label %2730

2721:
	%2722 = phi i32 [ 0, %2702 ], [ %2718, %2730 ]
	br i1 %676, label %2731, label %2740

2723:
	%2724 = call i32 @llvm.ctpop.i32(i32 %2716)
	%2725 = add i32 24, %4
	%2726 = mul i32 %2714, 64
	%2727 = add i32 %2726, %2725
	%2728 = add i32 0, %2727
	%2729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2728
	store i32 %2724, i32 addrspace(3)* %2729
	br label %2730

2730:
	br label %2721

2731:
	%2732 = lshr i32 %2621, 16
	%2733 = and i32 %2732, 15
	%2734 = select i1 %677, i32 %2733, i32 16
	%2735 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2734)
	%2736 = and i32 %2735, %622
	%2737 = call i32 @llvm.ctpop.i32(i32 %2736)
	%2738 = icmp eq i32 %2737, 0
	%2739 = and i1 %677, %2738
	br i1 %2739, label %2742, label %2749

2740:
	%2741 = phi i32 [ 0, %2721 ], [ %2737, %2749 ]
	br i1 %689, label %2750, label %2759

2742:
	%2743 = call i32 @llvm.ctpop.i32(i32 %2735)
	%2744 = add i32 32, %4
	%2745 = mul i32 %2733, 64
	%2746 = add i32 %2745, %2744
	%2747 = add i32 0, %2746
	%2748 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2747
	store i32 %2743, i32 addrspace(3)* %2748
	br label %2749

2749:
	br label %2740

2750:
	%2751 = lshr i32 %2632, 16
	%2752 = and i32 %2751, 15
	%2753 = select i1 %690, i32 %2752, i32 16
	%2754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2753)
	%2755 = and i32 %2754, %622
	%2756 = call i32 @llvm.ctpop.i32(i32 %2755)
	%2757 = icmp eq i32 %2756, 0
	%2758 = and i1 %690, %2757
	br i1 %2758, label %2761, label %2768

2759:
	%2760 = phi i32 [ 0, %2740 ], [ %2756, %2768 ]
	br i1 %702, label %2769, label %2778

2761:
	%2762 = call i32 @llvm.ctpop.i32(i32 %2754)
	%2763 = add i32 40, %4
	%2764 = mul i32 %2752, 64
	%2765 = add i32 %2764, %2763
	%2766 = add i32 0, %2765
	%2767 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2766
	store i32 %2762, i32 addrspace(3)* %2767
	br label %2768

2768:
	br label %2759

2769:
	%2770 = lshr i32 %2643, 16
	%2771 = and i32 %2770, 15
	%2772 = select i1 %703, i32 %2771, i32 16
	%2773 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2772)
	%2774 = and i32 %2773, %622
	%2775 = call i32 @llvm.ctpop.i32(i32 %2774)
	%2776 = icmp eq i32 %2775, 0
	%2777 = and i1 %703, %2776
	br i1 %2777, label %2780, label %2787

2778:
	%2779 = phi i32 [ 0, %2759 ], [ %2775, %2787 ]
	br i1 %715, label %2788, label %2797

2780:
	%2781 = call i32 @llvm.ctpop.i32(i32 %2773)
	%2782 = add i32 48, %4
	%2783 = mul i32 %2771, 64
	%2784 = add i32 %2783, %2782
	%2785 = add i32 0, %2784
	%2786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2785
	store i32 %2781, i32 addrspace(3)* %2786
	br label %2787

2787:
	br label %2778

2788:
	%2789 = lshr i32 %2654, 16
	%2790 = and i32 %2789, 15
	%2791 = select i1 %716, i32 %2790, i32 16
	%2792 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2791)
	%2793 = and i32 %2792, %622
	%2794 = call i32 @llvm.ctpop.i32(i32 %2793)
	%2795 = icmp eq i32 %2794, 0
	%2796 = and i1 %716, %2795
	br i1 %2796, label %2842, label %2849

2797:
	%2798 = phi i32 [ 0, %2778 ], [ %2794, %2849 ]
	call void @llvm.nvvm.barrier0()
	%2799 = mul i32 %0, 4
	%2800 = add i32 %2799, 0
	%2801 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2800
	%2802 = load i32, i32 addrspace(3)* %2801
	%2803 = add i32 0, %2802
	%2804 = mul i32 %0, 4
	%2805 = add i32 %2804, 1
	%2806 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2805
	%2807 = load i32, i32 addrspace(3)* %2806
	%2808 = add i32 %2803, %2807
	%2809 = mul i32 %0, 4
	%2810 = add i32 %2809, 2
	%2811 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2810
	%2812 = load i32, i32 addrspace(3)* %2811
	%2813 = add i32 %2808, %2812
	%2814 = mul i32 %0, 4
	%2815 = add i32 %2814, 3
	%2816 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2815
	%2817 = load i32, i32 addrspace(3)* %2816
	%2818 = add i32 %2813, %2817
	%2819 = and i32 %0, 31
	%2820 = lshr i32 %0, 5
	%2821 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2818, i32 1, i32 0)
	%2822 = icmp uge i32 %2819, 1
	%2823 = select i1 %2822, i32 %2821, i32 0
	%2824 = add i32 %2818, %2823
	%2825 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2824, i32 2, i32 0)
	%2826 = icmp uge i32 %2819, 2
	%2827 = select i1 %2826, i32 %2825, i32 0
	%2828 = add i32 %2824, %2827
	%2829 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2828, i32 4, i32 0)
	%2830 = icmp uge i32 %2819, 4
	%2831 = select i1 %2830, i32 %2829, i32 0
	%2832 = add i32 %2828, %2831
	%2833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2832, i32 8, i32 0)
	%2834 = icmp uge i32 %2819, 8
	%2835 = select i1 %2834, i32 %2833, i32 0
	%2836 = add i32 %2832, %2835
	%2837 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2836, i32 16, i32 0)
	%2838 = icmp uge i32 %2819, 16
	%2839 = select i1 %2838, i32 %2837, i32 0
	%2840 = add i32 %2836, %2839
	%2841 = icmp eq i32 %2819, 31
	br i1 %2841, label %2850, label %2852

2842:
	%2843 = call i32 @llvm.ctpop.i32(i32 %2792)
	%2844 = add i32 56, %4
	%2845 = mul i32 %2790, 64
	%2846 = add i32 %2845, %2844
	%2847 = add i32 0, %2846
	%2848 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2847
	store i32 %2843, i32 addrspace(3)* %2848
	br label %2849

2849:
	br label %2797

2850:
	%2851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2820
	store i32 %2840, i32 addrspace(3)* %2851
	br label %2852

2852:
	call void @llvm.nvvm.barrier0()
	%2853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2854 = load i32, i32 addrspace(3)* %2853
	%2855 = icmp sgt i32 %2820, 0
	%2856 = select i1 %2855, i32 %2854, i32 0
	%2857 = add i32 0, %2856
	%2858 = add i32 0, %2854
	%2859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2860 = load i32, i32 addrspace(3)* %2859
	%2861 = icmp sgt i32 %2820, 1
	%2862 = select i1 %2861, i32 %2860, i32 0
	%2863 = add i32 %2857, %2862
	%2864 = add i32 %2858, %2860
	%2865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2866 = load i32, i32 addrspace(3)* %2865
	%2867 = icmp sgt i32 %2820, 2
	%2868 = select i1 %2867, i32 %2866, i32 0
	%2869 = add i32 %2863, %2868
	%2870 = add i32 %2864, %2866
	%2871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2872 = load i32, i32 addrspace(3)* %2871
	%2873 = icmp sgt i32 %2820, 3
	%2874 = select i1 %2873, i32 %2872, i32 0
	%2875 = add i32 %2869, %2874
	%2876 = add i32 %2870, %2872
	%2877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2878 = load i32, i32 addrspace(3)* %2877
	%2879 = icmp sgt i32 %2820, 4
	%2880 = select i1 %2879, i32 %2878, i32 0
	%2881 = add i32 %2875, %2880
	%2882 = add i32 %2876, %2878
	%2883 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2884 = load i32, i32 addrspace(3)* %2883
	%2885 = icmp sgt i32 %2820, 5
	%2886 = select i1 %2885, i32 %2884, i32 0
	%2887 = add i32 %2881, %2886
	%2888 = add i32 %2882, %2884
	%2889 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2890 = load i32, i32 addrspace(3)* %2889
	%2891 = icmp sgt i32 %2820, 6
	%2892 = select i1 %2891, i32 %2890, i32 0
	%2893 = add i32 %2887, %2892
	%2894 = add i32 %2888, %2890
	%2895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2896 = load i32, i32 addrspace(3)* %2895
	%2897 = icmp sgt i32 %2820, 7
	%2898 = select i1 %2897, i32 %2896, i32 0
	%2899 = add i32 %2893, %2898
	%2900 = add i32 %2894, %2896
	%2901 = add i32 %2899, %2840
	%2902 = sub i32 %2901, %2818
	%2903 = mul i32 %0, 4
	%2904 = add i32 %2903, 0
	%2905 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2904
	store i32 %2902, i32 addrspace(3)* %2905
	%2906 = add i32 %2902, %2802
	%2907 = mul i32 %0, 4
	%2908 = add i32 %2907, 1
	%2909 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2908
	store i32 %2906, i32 addrspace(3)* %2909
	%2910 = add i32 %2906, %2807
	%2911 = mul i32 %0, 4
	%2912 = add i32 %2911, 2
	%2913 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2912
	store i32 %2910, i32 addrspace(3)* %2913
	%2914 = add i32 %2910, %2812
	%2915 = mul i32 %0, 4
	%2916 = add i32 %2915, 3
	%2917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2916
	store i32 %2914, i32 addrspace(3)* %2917
	%2918 = add i32 %2914, %2817
	%2919 = add i32 %0, 1024
	%2920 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2919
	store i32 0, i32 addrspace(3)* %2920
	%2921 = add i32 %0, 1280
	%2922 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2921
	store i32 0, i32 addrspace(3)* %2922
	%2923 = add i32 %0, 1536
	%2924 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2923
	store i32 0, i32 addrspace(3)* %2924
	%2925 = add i32 %0, 1792
	%2926 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2925
	store i32 0, i32 addrspace(3)* %2926
	call void @llvm.nvvm.barrier0()
	%2927 = and i1 %624, %625
	br i1 %2927, label %2928, label %2941

2928:
	%2929 = lshr i32 %2577, 16
	%2930 = and i32 %2929, 15
	%2931 = add i32 0, %4
	%2932 = mul i32 %2930, 64
	%2933 = add i32 %2932, %2931
	%2934 = add i32 0, %2933
	%2935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2934
	%2936 = load i32, i32 addrspace(3)* %2935
	%2937 = add i32 %2936, %2665
	%2938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2937
	store i32 %2576, i32 addrspace(3)* %2938
	%2939 = add i32 %2937, 2048
	%2940 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2939
	store i32 %2577, i32 addrspace(3)* %2940
	br label %2941

2941:
	%2942 = and i1 %637, %638
	br i1 %2942, label %2943, label %2956

2943:
	%2944 = lshr i32 %2588, 16
	%2945 = and i32 %2944, 15
	%2946 = add i32 8, %4
	%2947 = mul i32 %2945, 64
	%2948 = add i32 %2947, %2946
	%2949 = add i32 0, %2948
	%2950 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2949
	%2951 = load i32, i32 addrspace(3)* %2950
	%2952 = add i32 %2951, %2684
	%2953 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2952
	store i32 %2587, i32 addrspace(3)* %2953
	%2954 = add i32 %2952, 2048
	%2955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2954
	store i32 %2588, i32 addrspace(3)* %2955
	br label %2956

2956:
	%2957 = and i1 %650, %651
	br i1 %2957, label %2958, label %2971

2958:
	%2959 = lshr i32 %2599, 16
	%2960 = and i32 %2959, 15
	%2961 = add i32 16, %4
	%2962 = mul i32 %2960, 64
	%2963 = add i32 %2962, %2961
	%2964 = add i32 0, %2963
	%2965 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2964
	%2966 = load i32, i32 addrspace(3)* %2965
	%2967 = add i32 %2966, %2703
	%2968 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2967
	store i32 %2598, i32 addrspace(3)* %2968
	%2969 = add i32 %2967, 2048
	%2970 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2969
	store i32 %2599, i32 addrspace(3)* %2970
	br label %2971

2971:
	%2972 = and i1 %663, %664
	br i1 %2972, label %2973, label %2986

2973:
	%2974 = lshr i32 %2610, 16
	%2975 = and i32 %2974, 15
	%2976 = add i32 24, %4
	%2977 = mul i32 %2975, 64
	%2978 = add i32 %2977, %2976
	%2979 = add i32 0, %2978
	%2980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2979
	%2981 = load i32, i32 addrspace(3)* %2980
	%2982 = add i32 %2981, %2722
	%2983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2982
	store i32 %2609, i32 addrspace(3)* %2983
	%2984 = add i32 %2982, 2048
	%2985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2984
	store i32 %2610, i32 addrspace(3)* %2985
	br label %2986

2986:
	%2987 = and i1 %676, %677
	br i1 %2987, label %2988, label %3001

2988:
	%2989 = lshr i32 %2621, 16
	%2990 = and i32 %2989, 15
	%2991 = add i32 32, %4
	%2992 = mul i32 %2990, 64
	%2993 = add i32 %2992, %2991
	%2994 = add i32 0, %2993
	%2995 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2994
	%2996 = load i32, i32 addrspace(3)* %2995
	%2997 = add i32 %2996, %2741
	%2998 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2997
	store i32 %2620, i32 addrspace(3)* %2998
	%2999 = add i32 %2997, 2048
	%3000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2999
	store i32 %2621, i32 addrspace(3)* %3000
	br label %3001

3001:
	%3002 = and i1 %689, %690
	br i1 %3002, label %3003, label %3016

3003:
	%3004 = lshr i32 %2632, 16
	%3005 = and i32 %3004, 15
	%3006 = add i32 40, %4
	%3007 = mul i32 %3005, 64
	%3008 = add i32 %3007, %3006
	%3009 = add i32 0, %3008
	%3010 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3009
	%3011 = load i32, i32 addrspace(3)* %3010
	%3012 = add i32 %3011, %2760
	%3013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3012
	store i32 %2631, i32 addrspace(3)* %3013
	%3014 = add i32 %3012, 2048
	%3015 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3014
	store i32 %2632, i32 addrspace(3)* %3015
	br label %3016

3016:
	%3017 = and i1 %702, %703
	br i1 %3017, label %3018, label %3031

3018:
	%3019 = lshr i32 %2643, 16
	%3020 = and i32 %3019, 15
	%3021 = add i32 48, %4
	%3022 = mul i32 %3020, 64
	%3023 = add i32 %3022, %3021
	%3024 = add i32 0, %3023
	%3025 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3024
	%3026 = load i32, i32 addrspace(3)* %3025
	%3027 = add i32 %3026, %2779
	%3028 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3027
	store i32 %2642, i32 addrspace(3)* %3028
	%3029 = add i32 %3027, 2048
	%3030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3029
	store i32 %2643, i32 addrspace(3)* %3030
	br label %3031

3031:
	%3032 = and i1 %715, %716
	br i1 %3032, label %3033, label %3046

3033:
	%3034 = lshr i32 %2654, 16
	%3035 = and i32 %3034, 15
	%3036 = add i32 56, %4
	%3037 = mul i32 %3035, 64
	%3038 = add i32 %3037, %3036
	%3039 = add i32 0, %3038
	%3040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3039
	%3041 = load i32, i32 addrspace(3)* %3040
	%3042 = add i32 %3041, %2798
	%3043 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3042
	store i32 %2653, i32 addrspace(3)* %3043
	%3044 = add i32 %3042, 2048
	%3045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3044
	store i32 %2654, i32 addrspace(3)* %3045
	br label %3046

3046:
	call void @llvm.nvvm.barrier0()
	%3047 = add i32 0, %0
	%3048 = and i1 %624, %625
	br i1 %3048, label %3049, label %3055

3049:
	%3050 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3047
	%3051 = load i32, i32 addrspace(3)* %3050
	%3052 = add i32 %3047, 2048
	%3053 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3052
	%3054 = load i32, i32 addrspace(3)* %3053
	br label %3055

3055:
	%3056 = phi i32 [ %2576, %3046 ], [ %3051, %3049 ]
	%3057 = phi i32 [ %2577, %3046 ], [ %3054, %3049 ]
	%3058 = add i32 256, %0
	%3059 = and i1 %637, %638
	br i1 %3059, label %3060, label %3066

3060:
	%3061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3058
	%3062 = load i32, i32 addrspace(3)* %3061
	%3063 = add i32 %3058, 2048
	%3064 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3063
	%3065 = load i32, i32 addrspace(3)* %3064
	br label %3066

3066:
	%3067 = phi i32 [ %2587, %3055 ], [ %3062, %3060 ]
	%3068 = phi i32 [ %2588, %3055 ], [ %3065, %3060 ]
	%3069 = add i32 512, %0
	%3070 = and i1 %650, %651
	br i1 %3070, label %3071, label %3077

3071:
	%3072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3069
	%3073 = load i32, i32 addrspace(3)* %3072
	%3074 = add i32 %3069, 2048
	%3075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3074
	%3076 = load i32, i32 addrspace(3)* %3075
	br label %3077

3077:
	%3078 = phi i32 [ %2598, %3066 ], [ %3073, %3071 ]
	%3079 = phi i32 [ %2599, %3066 ], [ %3076, %3071 ]
	%3080 = add i32 768, %0
	%3081 = and i1 %663, %664
	br i1 %3081, label %3082, label %3088

3082:
	%3083 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3080
	%3084 = load i32, i32 addrspace(3)* %3083
	%3085 = add i32 %3080, 2048
	%3086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3085
	%3087 = load i32, i32 addrspace(3)* %3086
	br label %3088

3088:
	%3089 = phi i32 [ %2609, %3077 ], [ %3084, %3082 ]
	%3090 = phi i32 [ %2610, %3077 ], [ %3087, %3082 ]
	%3091 = add i32 1024, %0
	%3092 = and i1 %676, %677
	br i1 %3092, label %3093, label %3099

3093:
	%3094 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3091
	%3095 = load i32, i32 addrspace(3)* %3094
	%3096 = add i32 %3091, 2048
	%3097 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3096
	%3098 = load i32, i32 addrspace(3)* %3097
	br label %3099

3099:
	%3100 = phi i32 [ %2620, %3088 ], [ %3095, %3093 ]
	%3101 = phi i32 [ %2621, %3088 ], [ %3098, %3093 ]
	%3102 = add i32 1280, %0
	%3103 = and i1 %689, %690
	br i1 %3103, label %3104, label %3110

3104:
	%3105 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3102
	%3106 = load i32, i32 addrspace(3)* %3105
	%3107 = add i32 %3102, 2048
	%3108 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3107
	%3109 = load i32, i32 addrspace(3)* %3108
	br label %3110

3110:
	%3111 = phi i32 [ %2631, %3099 ], [ %3106, %3104 ]
	%3112 = phi i32 [ %2632, %3099 ], [ %3109, %3104 ]
	%3113 = add i32 1536, %0
	%3114 = and i1 %702, %703
	br i1 %3114, label %3115, label %3121

3115:
	%3116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3113
	%3117 = load i32, i32 addrspace(3)* %3116
	%3118 = add i32 %3113, 2048
	%3119 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3118
	%3120 = load i32, i32 addrspace(3)* %3119
	br label %3121

3121:
	%3122 = phi i32 [ %2642, %3110 ], [ %3117, %3115 ]
	%3123 = phi i32 [ %2643, %3110 ], [ %3120, %3115 ]
	%3124 = add i32 1792, %0
	%3125 = and i1 %715, %716
	br i1 %3125, label %3126, label %3132

3126:
	%3127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3124
	%3128 = load i32, i32 addrspace(3)* %3127
	%3129 = add i32 %3124, 2048
	%3130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3129
	%3131 = load i32, i32 addrspace(3)* %3130
	br label %3132

3132:
	%3133 = phi i32 [ %2653, %3121 ], [ %3128, %3126 ]
	%3134 = phi i32 [ %2654, %3121 ], [ %3131, %3126 ]
	br i1 %624, label %3135, label %3144

3135:
	%3136 = lshr i32 %3057, 20
	%3137 = and i32 %3136, 15
	%3138 = select i1 %625, i32 %3137, i32 16
	%3139 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3138)
	%3140 = and i32 %3139, %622
	%3141 = call i32 @llvm.ctpop.i32(i32 %3140)
	%3142 = icmp eq i32 %3141, 0
	%3143 = and i1 %625, %3142
	br i1 %3143, label %3146, label %3153

3144:
	%3145 = phi i32 [ 0, %3132 ], [ %3141, %3153 ]
	br i1 %637, label %3154, label %3163

3146:
	%3147 = call i32 @llvm.ctpop.i32(i32 %3139)
	%3148 = add i32 0, %4
	%3149 = mul i32 %3137, 64
	%3150 = add i32 %3149, %3148
	%3151 = add i32 1024, %3150
	%3152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3151
	store i32 %3147, i32 addrspace(3)* %3152
	br label %3153

3153:
	br label %3144

3154:
	%3155 = lshr i32 %3068, 20
	%3156 = and i32 %3155, 15
	%3157 = select i1 %638, i32 %3156, i32 16
	%3158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3157)
	%3159 = and i32 %3158, %622
	%3160 = call i32 @llvm.ctpop.i32(i32 %3159)
	%3161 = icmp eq i32 %3160, 0
	%3162 = and i1 %638, %3161
	br i1 %3162, label %3165, label %3172

3163:
	%3164 = phi i32 [ 0, %3144 ], [ %3160, %3172 ]
	br i1 %650, label %3173, label %3182

3165:
	%3166 = call i32 @llvm.ctpop.i32(i32 %3158)
	%3167 = add i32 8, %4
	%3168 = mul i32 %3156, 64
	%3169 = add i32 %3168, %3167
	%3170 = add i32 1024, %3169
	%3171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3170
	store i32 %3166, i32 addrspace(3)* %3171
	br label %3172

3172:
	br label %3163

3173:
	%3174 = lshr i32 %3079, 20
	%3175 = and i32 %3174, 15
	%3176 = select i1 %651, i32 %3175, i32 16
	%3177 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3176)
	%3178 = and i32 %3177, %622
	%3179 = call i32 @llvm.ctpop.i32(i32 %3178)
	%3180 = icmp eq i32 %3179, 0
	%3181 = and i1 %651, %3180
	br i1 %3181, label %3184, label %3191

3182:
	%3183 = phi i32 [ 0, %3163 ], [ %3179, %3191 ]
	br i1 %663, label %3192, label %3201

3184:
	%3185 = call i32 @llvm.ctpop.i32(i32 %3177)
	%3186 = add i32 16, %4
	%3187 = mul i32 %3175, 64
	%3188 = add i32 %3187, %3186
	%3189 = add i32 1024, %3188
	%3190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3189
	store i32 %3185, i32 addrspace(3)* %3190
	br label %3191

3191:
	br label %3182

3192:
	%3193 = lshr i32 %3090, 20
	%3194 = and i32 %3193, 15
	%3195 = select i1 %664, i32 %3194, i32 16
	%3196 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3195)
	%3197 = and i32 %3196, %622
	%3198 = call i32 @llvm.ctpop.i32(i32 %3197)
	%3199 = icmp eq i32 %3198, 0
	%3200 = and i1 %664, %3199
	br i1 %3200, label %3203, label %3210

3201:
	%3202 = phi i32 [ 0, %3182 ], [ %3198, %3210 ]
	br i1 %676, label %3211, label %3220

3203:
	%3204 = call i32 @llvm.ctpop.i32(i32 %3196)
	%3205 = add i32 24, %4
	%3206 = mul i32 %3194, 64
	%3207 = add i32 %3206, %3205
	%3208 = add i32 1024, %3207
	%3209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3208
	store i32 %3204, i32 addrspace(3)* %3209
	br label %3210

3210:
	br label %3201

3211:
	%3212 = lshr i32 %3101, 20
	%3213 = and i32 %3212, 15
	%3214 = select i1 %677, i32 %3213, i32 16
	%3215 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3214)
	%3216 = and i32 %3215, %622
	%3217 = call i32 @llvm.ctpop.i32(i32 %3216)
	%3218 = icmp eq i32 %3217, 0
	%3219 = and i1 %677, %3218
	br i1 %3219, label %3222, label %3229

3220:
	%3221 = phi i32 [ 0, %3201 ], [ %3217, %3229 ]
	br i1 %689, label %3230, label %3239

3222:
	%3223 = call i32 @llvm.ctpop.i32(i32 %3215)
	%3224 = add i32 32, %4
	%3225 = mul i32 %3213, 64
	%3226 = add i32 %3225, %3224
	%3227 = add i32 1024, %3226
	%3228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3227
	store i32 %3223, i32 addrspace(3)* %3228
	br label %3229

3229:
	br label %3220

3230:
	%3231 = lshr i32 %3112, 20
	%3232 = and i32 %3231, 15
	%3233 = select i1 %690, i32 %3232, i32 16
	%3234 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3233)
	%3235 = and i32 %3234, %622
	%3236 = call i32 @llvm.ctpop.i32(i32 %3235)
	%3237 = icmp eq i32 %3236, 0
	%3238 = and i1 %690, %3237
	br i1 %3238, label %3241, label %3248

3239:
	%3240 = phi i32 [ 0, %3220 ], [ %3236, %3248 ]
	br i1 %702, label %3249, label %3258

3241:
	%3242 = call i32 @llvm.ctpop.i32(i32 %3234)
	%3243 = add i32 40, %4
	%3244 = mul i32 %3232, 64
	%3245 = add i32 %3244, %3243
	%3246 = add i32 1024, %3245
	%3247 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3246
	store i32 %3242, i32 addrspace(3)* %3247
	br label %3248

3248:
	br label %3239

3249:
	%3250 = lshr i32 %3123, 20
	%3251 = and i32 %3250, 15
	%3252 = select i1 %703, i32 %3251, i32 16
	%3253 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3252)
	%3254 = and i32 %3253, %622
	%3255 = call i32 @llvm.ctpop.i32(i32 %3254)
	%3256 = icmp eq i32 %3255, 0
	%3257 = and i1 %703, %3256
	br i1 %3257, label %3260, label %3267

3258:
	%3259 = phi i32 [ 0, %3239 ], [ %3255, %3267 ]
	br i1 %715, label %3268, label %3277

3260:
	%3261 = call i32 @llvm.ctpop.i32(i32 %3253)
	%3262 = add i32 48, %4
	%3263 = mul i32 %3251, 64
	%3264 = add i32 %3263, %3262
	%3265 = add i32 1024, %3264
	%3266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3265
	store i32 %3261, i32 addrspace(3)* %3266
	br label %3267

3267:
	br label %3258

3268:
	%3269 = lshr i32 %3134, 20
	%3270 = and i32 %3269, 15
	%3271 = select i1 %716, i32 %3270, i32 16
	%3272 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3271)
	%3273 = and i32 %3272, %622
	%3274 = call i32 @llvm.ctpop.i32(i32 %3273)
	%3275 = icmp eq i32 %3274, 0
	%3276 = and i1 %716, %3275
	br i1 %3276, label %3322, label %3329

3277:
	%3278 = phi i32 [ 0, %3258 ], [ %3274, %3329 ]
	call void @llvm.nvvm.barrier0()
	%3279 = mul i32 %0, 4
	%3280 = add i32 %3279, 1024
	%3281 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3280
	%3282 = load i32, i32 addrspace(3)* %3281
	%3283 = add i32 0, %3282
	%3284 = mul i32 %0, 4
	%3285 = add i32 %3284, 1025
	%3286 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3285
	%3287 = load i32, i32 addrspace(3)* %3286
	%3288 = add i32 %3283, %3287
	%3289 = mul i32 %0, 4
	%3290 = add i32 %3289, 1026
	%3291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3290
	%3292 = load i32, i32 addrspace(3)* %3291
	%3293 = add i32 %3288, %3292
	%3294 = mul i32 %0, 4
	%3295 = add i32 %3294, 1027
	%3296 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3295
	%3297 = load i32, i32 addrspace(3)* %3296
	%3298 = add i32 %3293, %3297
	%3299 = and i32 %0, 31
	%3300 = lshr i32 %0, 5
	%3301 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3298, i32 1, i32 0)
	%3302 = icmp uge i32 %3299, 1
	%3303 = select i1 %3302, i32 %3301, i32 0
	%3304 = add i32 %3298, %3303
	%3305 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3304, i32 2, i32 0)
	%3306 = icmp uge i32 %3299, 2
	%3307 = select i1 %3306, i32 %3305, i32 0
	%3308 = add i32 %3304, %3307
	%3309 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3308, i32 4, i32 0)
	%3310 = icmp uge i32 %3299, 4
	%3311 = select i1 %3310, i32 %3309, i32 0
	%3312 = add i32 %3308, %3311
	%3313 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3312, i32 8, i32 0)
	%3314 = icmp uge i32 %3299, 8
	%3315 = select i1 %3314, i32 %3313, i32 0
	%3316 = add i32 %3312, %3315
	%3317 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3316, i32 16, i32 0)
	%3318 = icmp uge i32 %3299, 16
	%3319 = select i1 %3318, i32 %3317, i32 0
	%3320 = add i32 %3316, %3319
	%3321 = icmp eq i32 %3299, 31
	br i1 %3321, label %3330, label %3332

3322:
	%3323 = call i32 @llvm.ctpop.i32(i32 %3272)
	%3324 = add i32 56, %4
	%3325 = mul i32 %3270, 64
	%3326 = add i32 %3325, %3324
	%3327 = add i32 1024, %3326
	%3328 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3327
	store i32 %3323, i32 addrspace(3)* %3328
	br label %3329

3329:
	br label %3277

3330:
	%3331 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3300
	store i32 %3320, i32 addrspace(3)* %3331
	br label %3332

3332:
	call void @llvm.nvvm.barrier0()
	%3333 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3334 = load i32, i32 addrspace(3)* %3333
	%3335 = icmp sgt i32 %3300, 0
	%3336 = select i1 %3335, i32 %3334, i32 0
	%3337 = add i32 0, %3336
	%3338 = add i32 0, %3334
	%3339 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3340 = load i32, i32 addrspace(3)* %3339
	%3341 = icmp sgt i32 %3300, 1
	%3342 = select i1 %3341, i32 %3340, i32 0
	%3343 = add i32 %3337, %3342
	%3344 = add i32 %3338, %3340
	%3345 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3346 = load i32, i32 addrspace(3)* %3345
	%3347 = icmp sgt i32 %3300, 2
	%3348 = select i1 %3347, i32 %3346, i32 0
	%3349 = add i32 %3343, %3348
	%3350 = add i32 %3344, %3346
	%3351 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3352 = load i32, i32 addrspace(3)* %3351
	%3353 = icmp sgt i32 %3300, 3
	%3354 = select i1 %3353, i32 %3352, i32 0
	%3355 = add i32 %3349, %3354
	%3356 = add i32 %3350, %3352
	%3357 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3358 = load i32, i32 addrspace(3)* %3357
	%3359 = icmp sgt i32 %3300, 4
	%3360 = select i1 %3359, i32 %3358, i32 0
	%3361 = add i32 %3355, %3360
	%3362 = add i32 %3356, %3358
	%3363 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3364 = load i32, i32 addrspace(3)* %3363
	%3365 = icmp sgt i32 %3300, 5
	%3366 = select i1 %3365, i32 %3364, i32 0
	%3367 = add i32 %3361, %3366
	%3368 = add i32 %3362, %3364
	%3369 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3370 = load i32, i32 addrspace(3)* %3369
	%3371 = icmp sgt i32 %3300, 6
	%3372 = select i1 %3371, i32 %3370, i32 0
	%3373 = add i32 %3367, %3372
	%3374 = add i32 %3368, %3370
	%3375 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3376 = load i32, i32 addrspace(3)* %3375
	%3377 = icmp sgt i32 %3300, 7
	%3378 = select i1 %3377, i32 %3376, i32 0
	%3379 = add i32 %3373, %3378
	%3380 = add i32 %3374, %3376
	%3381 = add i32 %3379, %3320
	%3382 = sub i32 %3381, %3298
	%3383 = mul i32 %0, 4
	%3384 = add i32 %3383, 1024
	%3385 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3384
	store i32 %3382, i32 addrspace(3)* %3385
	%3386 = add i32 %3382, %3282
	%3387 = mul i32 %0, 4
	%3388 = add i32 %3387, 1025
	%3389 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3388
	store i32 %3386, i32 addrspace(3)* %3389
	%3390 = add i32 %3386, %3287
	%3391 = mul i32 %0, 4
	%3392 = add i32 %3391, 1026
	%3393 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3392
	store i32 %3390, i32 addrspace(3)* %3393
	%3394 = add i32 %3390, %3292
	%3395 = mul i32 %0, 4
	%3396 = add i32 %3395, 1027
	%3397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3396
	store i32 %3394, i32 addrspace(3)* %3397
	%3398 = add i32 %3394, %3297
	%3399 = add i32 %0, 0
	%3400 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3399
	store i32 0, i32 addrspace(3)* %3400
	%3401 = add i32 %0, 256
	%3402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3401
	store i32 0, i32 addrspace(3)* %3402
	%3403 = add i32 %0, 512
	%3404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3403
	store i32 0, i32 addrspace(3)* %3404
	%3405 = add i32 %0, 768
	%3406 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3405
	store i32 0, i32 addrspace(3)* %3406
	call void @llvm.nvvm.barrier0()
	%3407 = and i1 %624, %625
	br i1 %3407, label %3408, label %3421

3408:
	%3409 = lshr i32 %3057, 20
	%3410 = and i32 %3409, 15
	%3411 = add i32 0, %4
	%3412 = mul i32 %3410, 64
	%3413 = add i32 %3412, %3411
	%3414 = add i32 1024, %3413
	%3415 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3414
	%3416 = load i32, i32 addrspace(3)* %3415
	%3417 = add i32 %3416, %3145
	%3418 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3417
	store i32 %3056, i32 addrspace(3)* %3418
	%3419 = add i32 %3417, 2048
	%3420 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3419
	store i32 %3057, i32 addrspace(3)* %3420
	br label %3421

3421:
	%3422 = and i1 %637, %638
	br i1 %3422, label %3423, label %3436

3423:
	%3424 = lshr i32 %3068, 20
	%3425 = and i32 %3424, 15
	%3426 = add i32 8, %4
	%3427 = mul i32 %3425, 64
	%3428 = add i32 %3427, %3426
	%3429 = add i32 1024, %3428
	%3430 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3429
	%3431 = load i32, i32 addrspace(3)* %3430
	%3432 = add i32 %3431, %3164
	%3433 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3432
	store i32 %3067, i32 addrspace(3)* %3433
	%3434 = add i32 %3432, 2048
	%3435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3434
	store i32 %3068, i32 addrspace(3)* %3435
	br label %3436

3436:
	%3437 = and i1 %650, %651
	br i1 %3437, label %3438, label %3451

3438:
	%3439 = lshr i32 %3079, 20
	%3440 = and i32 %3439, 15
	%3441 = add i32 16, %4
	%3442 = mul i32 %3440, 64
	%3443 = add i32 %3442, %3441
	%3444 = add i32 1024, %3443
	%3445 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3444
	%3446 = load i32, i32 addrspace(3)* %3445
	%3447 = add i32 %3446, %3183
	%3448 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3447
	store i32 %3078, i32 addrspace(3)* %3448
	%3449 = add i32 %3447, 2048
	%3450 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3449
	store i32 %3079, i32 addrspace(3)* %3450
	br label %3451

3451:
	%3452 = and i1 %663, %664
	br i1 %3452, label %3453, label %3466

3453:
	%3454 = lshr i32 %3090, 20
	%3455 = and i32 %3454, 15
	%3456 = add i32 24, %4
	%3457 = mul i32 %3455, 64
	%3458 = add i32 %3457, %3456
	%3459 = add i32 1024, %3458
	%3460 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3459
	%3461 = load i32, i32 addrspace(3)* %3460
	%3462 = add i32 %3461, %3202
	%3463 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3462
	store i32 %3089, i32 addrspace(3)* %3463
	%3464 = add i32 %3462, 2048
	%3465 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3464
	store i32 %3090, i32 addrspace(3)* %3465
	br label %3466

3466:
	%3467 = and i1 %676, %677
	br i1 %3467, label %3468, label %3481

3468:
	%3469 = lshr i32 %3101, 20
	%3470 = and i32 %3469, 15
	%3471 = add i32 32, %4
	%3472 = mul i32 %3470, 64
	%3473 = add i32 %3472, %3471
	%3474 = add i32 1024, %3473
	%3475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3474
	%3476 = load i32, i32 addrspace(3)* %3475
	%3477 = add i32 %3476, %3221
	%3478 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3477
	store i32 %3100, i32 addrspace(3)* %3478
	%3479 = add i32 %3477, 2048
	%3480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3479
	store i32 %3101, i32 addrspace(3)* %3480
	br label %3481

3481:
	%3482 = and i1 %689, %690
	br i1 %3482, label %3483, label %3496

3483:
	%3484 = lshr i32 %3112, 20
	%3485 = and i32 %3484, 15
	%3486 = add i32 40, %4
	%3487 = mul i32 %3485, 64
	%3488 = add i32 %3487, %3486
	%3489 = add i32 1024, %3488
	%3490 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3489
	%3491 = load i32, i32 addrspace(3)* %3490
	%3492 = add i32 %3491, %3240
	%3493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3492
	store i32 %3111, i32 addrspace(3)* %3493
	%3494 = add i32 %3492, 2048
	%3495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3494
	store i32 %3112, i32 addrspace(3)* %3495
	br label %3496

3496:
	%3497 = and i1 %702, %703
	br i1 %3497, label %3498, label %3511

3498:
	%3499 = lshr i32 %3123, 20
	%3500 = and i32 %3499, 15
	%3501 = add i32 48, %4
	%3502 = mul i32 %3500, 64
	%3503 = add i32 %3502, %3501
	%3504 = add i32 1024, %3503
	%3505 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3504
	%3506 = load i32, i32 addrspace(3)* %3505
	%3507 = add i32 %3506, %3259
	%3508 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3507
	store i32 %3122, i32 addrspace(3)* %3508
	%3509 = add i32 %3507, 2048
	%3510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3509
	store i32 %3123, i32 addrspace(3)* %3510
	br label %3511

3511:
	%3512 = and i1 %715, %716
	br i1 %3512, label %3513, label %3526

3513:
	%3514 = lshr i32 %3134, 20
	%3515 = and i32 %3514, 15
	%3516 = add i32 56, %4
	%3517 = mul i32 %3515, 64
	%3518 = add i32 %3517, %3516
	%3519 = add i32 1024, %3518
	%3520 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3519
	%3521 = load i32, i32 addrspace(3)* %3520
	%3522 = add i32 %3521, %3278
	%3523 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3522
	store i32 %3133, i32 addrspace(3)* %3523
	%3524 = add i32 %3522, 2048
	%3525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3524
	store i32 %3134, i32 addrspace(3)* %3525
	br label %3526

3526:
	call void @llvm.nvvm.barrier0()
	%3527 = add i32 0, %0
	%3528 = and i1 %624, %625
	br i1 %3528, label %3529, label %3535

3529:
	%3530 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3527
	%3531 = load i32, i32 addrspace(3)* %3530
	%3532 = add i32 %3527, 2048
	%3533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3532
	%3534 = load i32, i32 addrspace(3)* %3533
	br label %3535

3535:
	%3536 = phi i32 [ %3056, %3526 ], [ %3531, %3529 ]
	%3537 = phi i32 [ %3057, %3526 ], [ %3534, %3529 ]
	%3538 = add i32 256, %0
	%3539 = and i1 %637, %638
	br i1 %3539, label %3540, label %3546

3540:
	%3541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3538
	%3542 = load i32, i32 addrspace(3)* %3541
	%3543 = add i32 %3538, 2048
	%3544 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3543
	%3545 = load i32, i32 addrspace(3)* %3544
	br label %3546

3546:
	%3547 = phi i32 [ %3067, %3535 ], [ %3542, %3540 ]
	%3548 = phi i32 [ %3068, %3535 ], [ %3545, %3540 ]
	%3549 = add i32 512, %0
	%3550 = and i1 %650, %651
	br i1 %3550, label %3551, label %3557

3551:
	%3552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3549
	%3553 = load i32, i32 addrspace(3)* %3552
	%3554 = add i32 %3549, 2048
	%3555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3554
	%3556 = load i32, i32 addrspace(3)* %3555
	br label %3557

3557:
	%3558 = phi i32 [ %3078, %3546 ], [ %3553, %3551 ]
	%3559 = phi i32 [ %3079, %3546 ], [ %3556, %3551 ]
	%3560 = add i32 768, %0
	%3561 = and i1 %663, %664
	br i1 %3561, label %3562, label %3568

3562:
	%3563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3560
	%3564 = load i32, i32 addrspace(3)* %3563
	%3565 = add i32 %3560, 2048
	%3566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3565
	%3567 = load i32, i32 addrspace(3)* %3566
	br label %3568

3568:
	%3569 = phi i32 [ %3089, %3557 ], [ %3564, %3562 ]
	%3570 = phi i32 [ %3090, %3557 ], [ %3567, %3562 ]
	%3571 = add i32 1024, %0
	%3572 = and i1 %676, %677
	br i1 %3572, label %3573, label %3579

3573:
	%3574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3571
	%3575 = load i32, i32 addrspace(3)* %3574
	%3576 = add i32 %3571, 2048
	%3577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3576
	%3578 = load i32, i32 addrspace(3)* %3577
	br label %3579

3579:
	%3580 = phi i32 [ %3100, %3568 ], [ %3575, %3573 ]
	%3581 = phi i32 [ %3101, %3568 ], [ %3578, %3573 ]
	%3582 = add i32 1280, %0
	%3583 = and i1 %689, %690
	br i1 %3583, label %3584, label %3590

3584:
	%3585 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3582
	%3586 = load i32, i32 addrspace(3)* %3585
	%3587 = add i32 %3582, 2048
	%3588 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3587
	%3589 = load i32, i32 addrspace(3)* %3588
	br label %3590

3590:
	%3591 = phi i32 [ %3111, %3579 ], [ %3586, %3584 ]
	%3592 = phi i32 [ %3112, %3579 ], [ %3589, %3584 ]
	%3593 = add i32 1536, %0
	%3594 = and i1 %702, %703
	br i1 %3594, label %3595, label %3601

3595:
	%3596 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3593
	%3597 = load i32, i32 addrspace(3)* %3596
	%3598 = add i32 %3593, 2048
	%3599 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3598
	%3600 = load i32, i32 addrspace(3)* %3599
	br label %3601

3601:
	%3602 = phi i32 [ %3122, %3590 ], [ %3597, %3595 ]
	%3603 = phi i32 [ %3123, %3590 ], [ %3600, %3595 ]
	%3604 = add i32 1792, %0
	%3605 = and i1 %715, %716
	br i1 %3605, label %3606, label %3612

3606:
	%3607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3604
	%3608 = load i32, i32 addrspace(3)* %3607
	%3609 = add i32 %3604, 2048
	%3610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3609
	%3611 = load i32, i32 addrspace(3)* %3610
	br label %3612

3612:
	%3613 = phi i32 [ %3133, %3601 ], [ %3608, %3606 ]
	%3614 = phi i32 [ %3134, %3601 ], [ %3611, %3606 ]
	br i1 %624, label %3615, label %3624

3615:
	%3616 = lshr i32 %3537, 24
	%3617 = and i32 %3616, 15
	%3618 = select i1 %625, i32 %3617, i32 16
	%3619 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3618)
	%3620 = and i32 %3619, %622
	%3621 = call i32 @llvm.ctpop.i32(i32 %3620)
	%3622 = icmp eq i32 %3621, 0
	%3623 = and i1 %625, %3622
	br i1 %3623, label %3626, label %3633

3624:
	%3625 = phi i32 [ 0, %3612 ], [ %3621, %3633 ]
	br i1 %637, label %3634, label %3643

3626:
	%3627 = call i32 @llvm.ctpop.i32(i32 %3619)
	%3628 = add i32 0, %4
	%3629 = mul i32 %3617, 64
	%3630 = add i32 %3629, %3628
	%3631 = add i32 0, %3630
	%3632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3631
	store i32 %3627, i32 addrspace(3)* %3632
	br label %3633

3633:
	br label %3624

3634:
	%3635 = lshr i32 %3548, 24
	%3636 = and i32 %3635, 15
	%3637 = select i1 %638, i32 %3636, i32 16
	%3638 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3637)
	%3639 = and i32 %3638, %622
	%3640 = call i32 @llvm.ctpop.i32(i32 %3639)
	%3641 = icmp eq i32 %3640, 0
	%3642 = and i1 %638, %3641
	br i1 %3642, label %3645, label %3652

3643:
	%3644 = phi i32 [ 0, %3624 ], [ %3640, %3652 ]
	br i1 %650, label %3653, label %3662

3645:
	%3646 = call i32 @llvm.ctpop.i32(i32 %3638)
	%3647 = add i32 8, %4
	%3648 = mul i32 %3636, 64
	%3649 = add i32 %3648, %3647
	%3650 = add i32 0, %3649
	%3651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3650
	store i32 %3646, i32 addrspace(3)* %3651
	br label %3652

3652:
	br label %3643

3653:
	%3654 = lshr i32 %3559, 24
	%3655 = and i32 %3654, 15
	%3656 = select i1 %651, i32 %3655, i32 16
	%3657 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3656)
	%3658 = and i32 %3657, %622
	%3659 = call i32 @llvm.ctpop.i32(i32 %3658)
	%3660 = icmp eq i32 %3659, 0
	%3661 = and i1 %651, %3660
	br i1 %3661, label %3664, label %3671

3662:
	%3663 = phi i32 [ 0, %3643 ], [ %3659, %3671 ]
	br i1 %663, label %3672, label %3681

3664:
	%3665 = call i32 @llvm.ctpop.i32(i32 %3657)
	%3666 = add i32 16, %4
	%3667 = mul i32 %3655, 64
	%3668 = add i32 %3667, %3666
	%3669 = add i32 0, %3668
	%3670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3669
	store i32 %3665, i32 addrspace(3)* %3670
	br label %3671

3671:
	br label %3662

3672:
	%3673 = lshr i32 %3570, 24
	%3674 = and i32 %3673, 15
	%3675 = select i1 %664, i32 %3674, i32 16
	%3676 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3675)
	%3677 = and i32 %3676, %622
	%3678 = call i32 @llvm.ctpop.i32(i32 %3677)
	%3679 = icmp eq i32 %3678, 0
	%3680 = and i1 %664, %3679
	br i1 %3680, label %3683, label %3690

3681:
	%3682 = phi i32 [ 0, %3662 ], [ %3678, %3690 ]
	br i1 %676, label %3691, label %3700

3683:
	%3684 = call i32 @llvm.ctpop.i32(i32 %3676)
	%3685 = add i32 24, %4
	%3686 = mul i32 %3674, 64
	%3687 = add i32 %3686, %3685
	%3688 = add i32 0, %3687
	%3689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3688
	store i32 %3684, i32 addrspace(3)* %3689
	br label %3690

3690:
	br label %3681

3691:
	%3692 = lshr i32 %3581, 24
	%3693 = and i32 %3692, 15
	%3694 = select i1 %677, i32 %3693, i32 16
	%3695 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3694)
	%3696 = and i32 %3695, %622
	%3697 = call i32 @llvm.ctpop.i32(i32 %3696)
	%3698 = icmp eq i32 %3697, 0
	%3699 = and i1 %677, %3698
	br i1 %3699, label %3702, label %3709

3700:
	%3701 = phi i32 [ 0, %3681 ], [ %3697, %3709 ]
	br i1 %689, label %3710, label %3719

3702:
	%3703 = call i32 @llvm.ctpop.i32(i32 %3695)
	%3704 = add i32 32, %4
	%3705 = mul i32 %3693, 64
	%3706 = add i32 %3705, %3704
	%3707 = add i32 0, %3706
	%3708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3707
	store i32 %3703, i32 addrspace(3)* %3708
	br label %3709

3709:
	br label %3700

3710:
	%3711 = lshr i32 %3592, 24
	%3712 = and i32 %3711, 15
	%3713 = select i1 %690, i32 %3712, i32 16
	%3714 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3713)
	%3715 = and i32 %3714, %622
	%3716 = call i32 @llvm.ctpop.i32(i32 %3715)
	%3717 = icmp eq i32 %3716, 0
	%3718 = and i1 %690, %3717
	br i1 %3718, label %3721, label %3728

3719:
	%3720 = phi i32 [ 0, %3700 ], [ %3716, %3728 ]
	br i1 %702, label %3729, label %3738

3721:
	%3722 = call i32 @llvm.ctpop.i32(i32 %3714)
	%3723 = add i32 40, %4
	%3724 = mul i32 %3712, 64
	%3725 = add i32 %3724, %3723
	%3726 = add i32 0, %3725
	%3727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3726
	store i32 %3722, i32 addrspace(3)* %3727
	br label %3728

3728:
	br label %3719

3729:
	%3730 = lshr i32 %3603, 24
	%3731 = and i32 %3730, 15
	%3732 = select i1 %703, i32 %3731, i32 16
	%3733 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3732)
	%3734 = and i32 %3733, %622
	%3735 = call i32 @llvm.ctpop.i32(i32 %3734)
	%3736 = icmp eq i32 %3735, 0
	%3737 = and i1 %703, %3736
	br i1 %3737, label %3740, label %3747

3738:
	%3739 = phi i32 [ 0, %3719 ], [ %3735, %3747 ]
	br i1 %715, label %3748, label %3757

3740:
	%3741 = call i32 @llvm.ctpop.i32(i32 %3733)
	%3742 = add i32 48, %4
	%3743 = mul i32 %3731, 64
	%3744 = add i32 %3743, %3742
	%3745 = add i32 0, %3744
	%3746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3745
	store i32 %3741, i32 addrspace(3)* %3746
	br label %3747

3747:
	br label %3738

3748:
	%3749 = lshr i32 %3614, 24
	%3750 = and i32 %3749, 15
	%3751 = select i1 %716, i32 %3750, i32 16
	%3752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3751)
	%3753 = and i32 %3752, %622
	%3754 = call i32 @llvm.ctpop.i32(i32 %3753)
	%3755 = icmp eq i32 %3754, 0
	%3756 = and i1 %716, %3755
	br i1 %3756, label %3802, label %3809

3757:
	%3758 = phi i32 [ 0, %3738 ], [ %3754, %3809 ]
	call void @llvm.nvvm.barrier0()
	%3759 = mul i32 %0, 4
	%3760 = add i32 %3759, 0
	%3761 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3760
	%3762 = load i32, i32 addrspace(3)* %3761
	%3763 = add i32 0, %3762
	%3764 = mul i32 %0, 4
	%3765 = add i32 %3764, 1
	%3766 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3765
	%3767 = load i32, i32 addrspace(3)* %3766
	%3768 = add i32 %3763, %3767
	%3769 = mul i32 %0, 4
	%3770 = add i32 %3769, 2
	%3771 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3770
	%3772 = load i32, i32 addrspace(3)* %3771
	%3773 = add i32 %3768, %3772
	%3774 = mul i32 %0, 4
	%3775 = add i32 %3774, 3
	%3776 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3775
	%3777 = load i32, i32 addrspace(3)* %3776
	%3778 = add i32 %3773, %3777
	%3779 = and i32 %0, 31
	%3780 = lshr i32 %0, 5
	%3781 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3778, i32 1, i32 0)
	%3782 = icmp uge i32 %3779, 1
	%3783 = select i1 %3782, i32 %3781, i32 0
	%3784 = add i32 %3778, %3783
	%3785 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3784, i32 2, i32 0)
	%3786 = icmp uge i32 %3779, 2
	%3787 = select i1 %3786, i32 %3785, i32 0
	%3788 = add i32 %3784, %3787
	%3789 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3788, i32 4, i32 0)
	%3790 = icmp uge i32 %3779, 4
	%3791 = select i1 %3790, i32 %3789, i32 0
	%3792 = add i32 %3788, %3791
	%3793 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3792, i32 8, i32 0)
	%3794 = icmp uge i32 %3779, 8
	%3795 = select i1 %3794, i32 %3793, i32 0
	%3796 = add i32 %3792, %3795
	%3797 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3796, i32 16, i32 0)
	%3798 = icmp uge i32 %3779, 16
	%3799 = select i1 %3798, i32 %3797, i32 0
	%3800 = add i32 %3796, %3799
	%3801 = icmp eq i32 %3779, 31
	br i1 %3801, label %3810, label %3812

3802:
	%3803 = call i32 @llvm.ctpop.i32(i32 %3752)
	%3804 = add i32 56, %4
	%3805 = mul i32 %3750, 64
	%3806 = add i32 %3805, %3804
	%3807 = add i32 0, %3806
	%3808 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3807
	store i32 %3803, i32 addrspace(3)* %3808
	br label %3809

3809:
	br label %3757

3810:
	%3811 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3780
	store i32 %3800, i32 addrspace(3)* %3811
	br label %3812

3812:
	call void @llvm.nvvm.barrier0()
	%3813 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3814 = load i32, i32 addrspace(3)* %3813
	%3815 = icmp sgt i32 %3780, 0
	%3816 = select i1 %3815, i32 %3814, i32 0
	%3817 = add i32 0, %3816
	%3818 = add i32 0, %3814
	%3819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3820 = load i32, i32 addrspace(3)* %3819
	%3821 = icmp sgt i32 %3780, 1
	%3822 = select i1 %3821, i32 %3820, i32 0
	%3823 = add i32 %3817, %3822
	%3824 = add i32 %3818, %3820
	%3825 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3826 = load i32, i32 addrspace(3)* %3825
	%3827 = icmp sgt i32 %3780, 2
	%3828 = select i1 %3827, i32 %3826, i32 0
	%3829 = add i32 %3823, %3828
	%3830 = add i32 %3824, %3826
	%3831 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3832 = load i32, i32 addrspace(3)* %3831
	%3833 = icmp sgt i32 %3780, 3
	%3834 = select i1 %3833, i32 %3832, i32 0
	%3835 = add i32 %3829, %3834
	%3836 = add i32 %3830, %3832
	%3837 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3838 = load i32, i32 addrspace(3)* %3837
	%3839 = icmp sgt i32 %3780, 4
	%3840 = select i1 %3839, i32 %3838, i32 0
	%3841 = add i32 %3835, %3840
	%3842 = add i32 %3836, %3838
	%3843 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3844 = load i32, i32 addrspace(3)* %3843
	%3845 = icmp sgt i32 %3780, 5
	%3846 = select i1 %3845, i32 %3844, i32 0
	%3847 = add i32 %3841, %3846
	%3848 = add i32 %3842, %3844
	%3849 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3850 = load i32, i32 addrspace(3)* %3849
	%3851 = icmp sgt i32 %3780, 6
	%3852 = select i1 %3851, i32 %3850, i32 0
	%3853 = add i32 %3847, %3852
	%3854 = add i32 %3848, %3850
	%3855 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3856 = load i32, i32 addrspace(3)* %3855
	%3857 = icmp sgt i32 %3780, 7
	%3858 = select i1 %3857, i32 %3856, i32 0
	%3859 = add i32 %3853, %3858
	%3860 = add i32 %3854, %3856
	%3861 = add i32 %3859, %3800
	%3862 = sub i32 %3861, %3778
	%3863 = mul i32 %0, 4
	%3864 = add i32 %3863, 0
	%3865 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3864
	store i32 %3862, i32 addrspace(3)* %3865
	%3866 = add i32 %3862, %3762
	%3867 = mul i32 %0, 4
	%3868 = add i32 %3867, 1
	%3869 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3868
	store i32 %3866, i32 addrspace(3)* %3869
	%3870 = add i32 %3866, %3767
	%3871 = mul i32 %0, 4
	%3872 = add i32 %3871, 2
	%3873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3872
	store i32 %3870, i32 addrspace(3)* %3873
	%3874 = add i32 %3870, %3772
	%3875 = mul i32 %0, 4
	%3876 = add i32 %3875, 3
	%3877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3876
	store i32 %3874, i32 addrspace(3)* %3877
	%3878 = add i32 %3874, %3777
	%3879 = add i32 %0, 1024
	%3880 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3879
	store i32 0, i32 addrspace(3)* %3880
	%3881 = add i32 %0, 1280
	%3882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3881
	store i32 0, i32 addrspace(3)* %3882
	%3883 = add i32 %0, 1536
	%3884 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3883
	store i32 0, i32 addrspace(3)* %3884
	%3885 = add i32 %0, 1792
	%3886 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3885
	store i32 0, i32 addrspace(3)* %3886
	call void @llvm.nvvm.barrier0()
	%3887 = and i1 %624, %625
	br i1 %3887, label %3888, label %3901

3888:
	%3889 = lshr i32 %3537, 24
	%3890 = and i32 %3889, 15
	%3891 = add i32 0, %4
	%3892 = mul i32 %3890, 64
	%3893 = add i32 %3892, %3891
	%3894 = add i32 0, %3893
	%3895 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3894
	%3896 = load i32, i32 addrspace(3)* %3895
	%3897 = add i32 %3896, %3625
	%3898 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3897
	store i32 %3536, i32 addrspace(3)* %3898
	%3899 = add i32 %3897, 2048
	%3900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3899
	store i32 %3537, i32 addrspace(3)* %3900
	br label %3901

3901:
	%3902 = and i1 %637, %638
	br i1 %3902, label %3903, label %3916

3903:
	%3904 = lshr i32 %3548, 24
	%3905 = and i32 %3904, 15
	%3906 = add i32 8, %4
	%3907 = mul i32 %3905, 64
	%3908 = add i32 %3907, %3906
	%3909 = add i32 0, %3908
	%3910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3909
	%3911 = load i32, i32 addrspace(3)* %3910
	%3912 = add i32 %3911, %3644
	%3913 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3912
	store i32 %3547, i32 addrspace(3)* %3913
	%3914 = add i32 %3912, 2048
	%3915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3914
	store i32 %3548, i32 addrspace(3)* %3915
	br label %3916

3916:
	%3917 = and i1 %650, %651
	br i1 %3917, label %3918, label %3931

3918:
	%3919 = lshr i32 %3559, 24
	%3920 = and i32 %3919, 15
	%3921 = add i32 16, %4
	%3922 = mul i32 %3920, 64
	%3923 = add i32 %3922, %3921
	%3924 = add i32 0, %3923
	%3925 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3924
	%3926 = load i32, i32 addrspace(3)* %3925
	%3927 = add i32 %3926, %3663
	%3928 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3927
	store i32 %3558, i32 addrspace(3)* %3928
	%3929 = add i32 %3927, 2048
	%3930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3929
	store i32 %3559, i32 addrspace(3)* %3930
	br label %3931

3931:
	%3932 = and i1 %663, %664
	br i1 %3932, label %3933, label %3946

3933:
	%3934 = lshr i32 %3570, 24
	%3935 = and i32 %3934, 15
	%3936 = add i32 24, %4
	%3937 = mul i32 %3935, 64
	%3938 = add i32 %3937, %3936
	%3939 = add i32 0, %3938
	%3940 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3939
	%3941 = load i32, i32 addrspace(3)* %3940
	%3942 = add i32 %3941, %3682
	%3943 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3942
	store i32 %3569, i32 addrspace(3)* %3943
	%3944 = add i32 %3942, 2048
	%3945 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3944
	store i32 %3570, i32 addrspace(3)* %3945
	br label %3946

3946:
	%3947 = and i1 %676, %677
	br i1 %3947, label %3948, label %3961

3948:
	%3949 = lshr i32 %3581, 24
	%3950 = and i32 %3949, 15
	%3951 = add i32 32, %4
	%3952 = mul i32 %3950, 64
	%3953 = add i32 %3952, %3951
	%3954 = add i32 0, %3953
	%3955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3954
	%3956 = load i32, i32 addrspace(3)* %3955
	%3957 = add i32 %3956, %3701
	%3958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3957
	store i32 %3580, i32 addrspace(3)* %3958
	%3959 = add i32 %3957, 2048
	%3960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3959
	store i32 %3581, i32 addrspace(3)* %3960
	br label %3961

3961:
	%3962 = and i1 %689, %690
	br i1 %3962, label %3963, label %3976

3963:
	%3964 = lshr i32 %3592, 24
	%3965 = and i32 %3964, 15
	%3966 = add i32 40, %4
	%3967 = mul i32 %3965, 64
	%3968 = add i32 %3967, %3966
	%3969 = add i32 0, %3968
	%3970 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3969
	%3971 = load i32, i32 addrspace(3)* %3970
	%3972 = add i32 %3971, %3720
	%3973 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3972
	store i32 %3591, i32 addrspace(3)* %3973
	%3974 = add i32 %3972, 2048
	%3975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3974
	store i32 %3592, i32 addrspace(3)* %3975
	br label %3976

3976:
	%3977 = and i1 %702, %703
	br i1 %3977, label %3978, label %3991

3978:
	%3979 = lshr i32 %3603, 24
	%3980 = and i32 %3979, 15
	%3981 = add i32 48, %4
	%3982 = mul i32 %3980, 64
	%3983 = add i32 %3982, %3981
	%3984 = add i32 0, %3983
	%3985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3984
	%3986 = load i32, i32 addrspace(3)* %3985
	%3987 = add i32 %3986, %3739
	%3988 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3987
	store i32 %3602, i32 addrspace(3)* %3988
	%3989 = add i32 %3987, 2048
	%3990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3989
	store i32 %3603, i32 addrspace(3)* %3990
	br label %3991

3991:
	%3992 = and i1 %715, %716
	br i1 %3992, label %3993, label %4006

3993:
	%3994 = lshr i32 %3614, 24
	%3995 = and i32 %3994, 15
	%3996 = add i32 56, %4
	%3997 = mul i32 %3995, 64
	%3998 = add i32 %3997, %3996
	%3999 = add i32 0, %3998
	%4000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3999
	%4001 = load i32, i32 addrspace(3)* %4000
	%4002 = add i32 %4001, %3758
	%4003 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4002
	store i32 %3613, i32 addrspace(3)* %4003
	%4004 = add i32 %4002, 2048
	%4005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4004
	store i32 %3614, i32 addrspace(3)* %4005
	br label %4006

4006:
	call void @llvm.nvvm.barrier0()
	%4007 = add i32 0, %0
	%4008 = and i1 %624, %625
	br i1 %4008, label %4009, label %4015

4009:
	%4010 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4007
	%4011 = load i32, i32 addrspace(3)* %4010
	%4012 = add i32 %4007, 2048
	%4013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4012
	%4014 = load i32, i32 addrspace(3)* %4013
	br label %4015

4015:
	%4016 = phi i32 [ %3536, %4006 ], [ %4011, %4009 ]
	%4017 = phi i32 [ %3537, %4006 ], [ %4014, %4009 ]
	%4018 = add i32 256, %0
	%4019 = and i1 %637, %638
	br i1 %4019, label %4020, label %4026

4020:
	%4021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4018
	%4022 = load i32, i32 addrspace(3)* %4021
	%4023 = add i32 %4018, 2048
	%4024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4023
	%4025 = load i32, i32 addrspace(3)* %4024
	br label %4026

4026:
	%4027 = phi i32 [ %3547, %4015 ], [ %4022, %4020 ]
	%4028 = phi i32 [ %3548, %4015 ], [ %4025, %4020 ]
	%4029 = add i32 512, %0
	%4030 = and i1 %650, %651
	br i1 %4030, label %4031, label %4037

4031:
	%4032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4029
	%4033 = load i32, i32 addrspace(3)* %4032
	%4034 = add i32 %4029, 2048
	%4035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4034
	%4036 = load i32, i32 addrspace(3)* %4035
	br label %4037

4037:
	%4038 = phi i32 [ %3558, %4026 ], [ %4033, %4031 ]
	%4039 = phi i32 [ %3559, %4026 ], [ %4036, %4031 ]
	%4040 = add i32 768, %0
	%4041 = and i1 %663, %664
	br i1 %4041, label %4042, label %4048

4042:
	%4043 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4040
	%4044 = load i32, i32 addrspace(3)* %4043
	%4045 = add i32 %4040, 2048
	%4046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4045
	%4047 = load i32, i32 addrspace(3)* %4046
	br label %4048

4048:
	%4049 = phi i32 [ %3569, %4037 ], [ %4044, %4042 ]
	%4050 = phi i32 [ %3570, %4037 ], [ %4047, %4042 ]
	%4051 = add i32 1024, %0
	%4052 = and i1 %676, %677
	br i1 %4052, label %4053, label %4059

4053:
	%4054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4051
	%4055 = load i32, i32 addrspace(3)* %4054
	%4056 = add i32 %4051, 2048
	%4057 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4056
	%4058 = load i32, i32 addrspace(3)* %4057
	br label %4059

4059:
	%4060 = phi i32 [ %3580, %4048 ], [ %4055, %4053 ]
	%4061 = phi i32 [ %3581, %4048 ], [ %4058, %4053 ]
	%4062 = add i32 1280, %0
	%4063 = and i1 %689, %690
	br i1 %4063, label %4064, label %4070

4064:
	%4065 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4062
	%4066 = load i32, i32 addrspace(3)* %4065
	%4067 = add i32 %4062, 2048
	%4068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4067
	%4069 = load i32, i32 addrspace(3)* %4068
	br label %4070

4070:
	%4071 = phi i32 [ %3591, %4059 ], [ %4066, %4064 ]
	%4072 = phi i32 [ %3592, %4059 ], [ %4069, %4064 ]
	%4073 = add i32 1536, %0
	%4074 = and i1 %702, %703
	br i1 %4074, label %4075, label %4081

4075:
	%4076 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4073
	%4077 = load i32, i32 addrspace(3)* %4076
	%4078 = add i32 %4073, 2048
	%4079 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4078
	%4080 = load i32, i32 addrspace(3)* %4079
	br label %4081

4081:
	%4082 = phi i32 [ %3602, %4070 ], [ %4077, %4075 ]
	%4083 = phi i32 [ %3603, %4070 ], [ %4080, %4075 ]
	%4084 = add i32 1792, %0
	%4085 = and i1 %715, %716
	br i1 %4085, label %4086, label %4092

4086:
	%4087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4084
	%4088 = load i32, i32 addrspace(3)* %4087
	%4089 = add i32 %4084, 2048
	%4090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4089
	%4091 = load i32, i32 addrspace(3)* %4090
	br label %4092

4092:
	%4093 = phi i32 [ %3613, %4081 ], [ %4088, %4086 ]
	%4094 = phi i32 [ %3614, %4081 ], [ %4091, %4086 ]
	br i1 %624, label %4095, label %4104

4095:
	%4096 = lshr i32 %4017, 28
	%4097 = and i32 %4096, 15
	%4098 = select i1 %625, i32 %4097, i32 16
	%4099 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4098)
	%4100 = and i32 %4099, %622
	%4101 = call i32 @llvm.ctpop.i32(i32 %4100)
	%4102 = icmp eq i32 %4101, 0
	%4103 = and i1 %625, %4102
	br i1 %4103, label %4106, label %4113

4104:
	%4105 = phi i32 [ 0, %4092 ], [ %4101, %4113 ]
	br i1 %637, label %4114, label %4123

4106:
	%4107 = call i32 @llvm.ctpop.i32(i32 %4099)
	%4108 = add i32 0, %4
	%4109 = mul i32 %4097, 64
	%4110 = add i32 %4109, %4108
	%4111 = add i32 1024, %4110
	%4112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4111
	store i32 %4107, i32 addrspace(3)* %4112
	br label %4113

4113:
	br label %4104

4114:
	%4115 = lshr i32 %4028, 28
	%4116 = and i32 %4115, 15
	%4117 = select i1 %638, i32 %4116, i32 16
	%4118 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4117)
	%4119 = and i32 %4118, %622
	%4120 = call i32 @llvm.ctpop.i32(i32 %4119)
	%4121 = icmp eq i32 %4120, 0
	%4122 = and i1 %638, %4121
	br i1 %4122, label %4125, label %4132

4123:
	%4124 = phi i32 [ 0, %4104 ], [ %4120, %4132 ]
	br i1 %650, label %4133, label %4142

4125:
	%4126 = call i32 @llvm.ctpop.i32(i32 %4118)
	%4127 = add i32 8, %4
	%4128 = mul i32 %4116, 64
	%4129 = add i32 %4128, %4127
	%4130 = add i32 1024, %4129
	%4131 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4130
	store i32 %4126, i32 addrspace(3)* %4131
	br label %4132

4132:
	br label %4123

4133:
	%4134 = lshr i32 %4039, 28
	%4135 = and i32 %4134, 15
	%4136 = select i1 %651, i32 %4135, i32 16
	%4137 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4136)
	%4138 = and i32 %4137, %622
	%4139 = call i32 @llvm.ctpop.i32(i32 %4138)
	%4140 = icmp eq i32 %4139, 0
	%4141 = and i1 %651, %4140
	br i1 %4141, label %4144, label %4151

4142:
	%4143 = phi i32 [ 0, %4123 ], [ %4139, %4151 ]
	br i1 %663, label %4152, label %4161

4144:
	%4145 = call i32 @llvm.ctpop.i32(i32 %4137)
	%4146 = add i32 16, %4
	%4147 = mul i32 %4135, 64
	%4148 = add i32 %4147, %4146
	%4149 = add i32 1024, %4148
	%4150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4149
	store i32 %4145, i32 addrspace(3)* %4150
	br label %4151

4151:
	br label %4142

4152:
	%4153 = lshr i32 %4050, 28
	%4154 = and i32 %4153, 15
	%4155 = select i1 %664, i32 %4154, i32 16
	%4156 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4155)
	%4157 = and i32 %4156, %622
	%4158 = call i32 @llvm.ctpop.i32(i32 %4157)
	%4159 = icmp eq i32 %4158, 0
	%4160 = and i1 %664, %4159
	br i1 %4160, label %4163, label %4170

4161:
	%4162 = phi i32 [ 0, %4142 ], [ %4158, %4170 ]
	br i1 %676, label %4171, label %4180

4163:
	%4164 = call i32 @llvm.ctpop.i32(i32 %4156)
	%4165 = add i32 24, %4
	%4166 = mul i32 %4154, 64
	%4167 = add i32 %4166, %4165
	%4168 = add i32 1024, %4167
	%4169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4168
	store i32 %4164, i32 addrspace(3)* %4169
	br label %4170

4170:
	br label %4161

4171:
	%4172 = lshr i32 %4061, 28
	%4173 = and i32 %4172, 15
	%4174 = select i1 %677, i32 %4173, i32 16
	%4175 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4174)
	%4176 = and i32 %4175, %622
	%4177 = call i32 @llvm.ctpop.i32(i32 %4176)
	%4178 = icmp eq i32 %4177, 0
	%4179 = and i1 %677, %4178
	br i1 %4179, label %4182, label %4189

4180:
	%4181 = phi i32 [ 0, %4161 ], [ %4177, %4189 ]
	br i1 %689, label %4190, label %4199

4182:
	%4183 = call i32 @llvm.ctpop.i32(i32 %4175)
	%4184 = add i32 32, %4
	%4185 = mul i32 %4173, 64
	%4186 = add i32 %4185, %4184
	%4187 = add i32 1024, %4186
	%4188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4187
	store i32 %4183, i32 addrspace(3)* %4188
	br label %4189

4189:
	br label %4180

4190:
	%4191 = lshr i32 %4072, 28
	%4192 = and i32 %4191, 15
	%4193 = select i1 %690, i32 %4192, i32 16
	%4194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4193)
	%4195 = and i32 %4194, %622
	%4196 = call i32 @llvm.ctpop.i32(i32 %4195)
	%4197 = icmp eq i32 %4196, 0
	%4198 = and i1 %690, %4197
	br i1 %4198, label %4201, label %4208

4199:
	%4200 = phi i32 [ 0, %4180 ], [ %4196, %4208 ]
	br i1 %702, label %4209, label %4218

4201:
	%4202 = call i32 @llvm.ctpop.i32(i32 %4194)
	%4203 = add i32 40, %4
	%4204 = mul i32 %4192, 64
	%4205 = add i32 %4204, %4203
	%4206 = add i32 1024, %4205
	%4207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4206
	store i32 %4202, i32 addrspace(3)* %4207
	br label %4208

4208:
	br label %4199

4209:
	%4210 = lshr i32 %4083, 28
	%4211 = and i32 %4210, 15
	%4212 = select i1 %703, i32 %4211, i32 16
	%4213 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4212)
	%4214 = and i32 %4213, %622
	%4215 = call i32 @llvm.ctpop.i32(i32 %4214)
	%4216 = icmp eq i32 %4215, 0
	%4217 = and i1 %703, %4216
	br i1 %4217, label %4220, label %4227

4218:
	%4219 = phi i32 [ 0, %4199 ], [ %4215, %4227 ]
	br i1 %715, label %4228, label %4237

4220:
	%4221 = call i32 @llvm.ctpop.i32(i32 %4213)
	%4222 = add i32 48, %4
	%4223 = mul i32 %4211, 64
	%4224 = add i32 %4223, %4222
	%4225 = add i32 1024, %4224
	%4226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4225
	store i32 %4221, i32 addrspace(3)* %4226
	br label %4227

4227:
	br label %4218

4228:
	%4229 = lshr i32 %4094, 28
	%4230 = and i32 %4229, 15
	%4231 = select i1 %716, i32 %4230, i32 16
	%4232 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4231)
	%4233 = and i32 %4232, %622
	%4234 = call i32 @llvm.ctpop.i32(i32 %4233)
	%4235 = icmp eq i32 %4234, 0
	%4236 = and i1 %716, %4235
	br i1 %4236, label %4282, label %4289

4237:
	%4238 = phi i32 [ 0, %4218 ], [ %4234, %4289 ]
	call void @llvm.nvvm.barrier0()
	%4239 = mul i32 %0, 4
	%4240 = add i32 %4239, 1024
	%4241 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4240
	%4242 = load i32, i32 addrspace(3)* %4241
	%4243 = add i32 0, %4242
	%4244 = mul i32 %0, 4
	%4245 = add i32 %4244, 1025
	%4246 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4245
	%4247 = load i32, i32 addrspace(3)* %4246
	%4248 = add i32 %4243, %4247
	%4249 = mul i32 %0, 4
	%4250 = add i32 %4249, 1026
	%4251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4250
	%4252 = load i32, i32 addrspace(3)* %4251
	%4253 = add i32 %4248, %4252
	%4254 = mul i32 %0, 4
	%4255 = add i32 %4254, 1027
	%4256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4255
	%4257 = load i32, i32 addrspace(3)* %4256
	%4258 = add i32 %4253, %4257
	%4259 = and i32 %0, 31
	%4260 = lshr i32 %0, 5
	%4261 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4258, i32 1, i32 0)
	%4262 = icmp uge i32 %4259, 1
	%4263 = select i1 %4262, i32 %4261, i32 0
	%4264 = add i32 %4258, %4263
	%4265 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4264, i32 2, i32 0)
	%4266 = icmp uge i32 %4259, 2
	%4267 = select i1 %4266, i32 %4265, i32 0
	%4268 = add i32 %4264, %4267
	%4269 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4268, i32 4, i32 0)
	%4270 = icmp uge i32 %4259, 4
	%4271 = select i1 %4270, i32 %4269, i32 0
	%4272 = add i32 %4268, %4271
	%4273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4272, i32 8, i32 0)
	%4274 = icmp uge i32 %4259, 8
	%4275 = select i1 %4274, i32 %4273, i32 0
	%4276 = add i32 %4272, %4275
	%4277 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4276, i32 16, i32 0)
	%4278 = icmp uge i32 %4259, 16
	%4279 = select i1 %4278, i32 %4277, i32 0
	%4280 = add i32 %4276, %4279
	%4281 = icmp eq i32 %4259, 31
	br i1 %4281, label %4290, label %4292

4282:
	%4283 = call i32 @llvm.ctpop.i32(i32 %4232)
	%4284 = add i32 56, %4
	%4285 = mul i32 %4230, 64
	%4286 = add i32 %4285, %4284
	%4287 = add i32 1024, %4286
	%4288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4287
	store i32 %4283, i32 addrspace(3)* %4288
	br label %4289

4289:
	br label %4237

4290:
	%4291 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4260
	store i32 %4280, i32 addrspace(3)* %4291
	br label %4292

4292:
	call void @llvm.nvvm.barrier0()
	%4293 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4294 = load i32, i32 addrspace(3)* %4293
	%4295 = icmp sgt i32 %4260, 0
	%4296 = select i1 %4295, i32 %4294, i32 0
	%4297 = add i32 0, %4296
	%4298 = add i32 0, %4294
	%4299 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4300 = load i32, i32 addrspace(3)* %4299
	%4301 = icmp sgt i32 %4260, 1
	%4302 = select i1 %4301, i32 %4300, i32 0
	%4303 = add i32 %4297, %4302
	%4304 = add i32 %4298, %4300
	%4305 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4306 = load i32, i32 addrspace(3)* %4305
	%4307 = icmp sgt i32 %4260, 2
	%4308 = select i1 %4307, i32 %4306, i32 0
	%4309 = add i32 %4303, %4308
	%4310 = add i32 %4304, %4306
	%4311 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4312 = load i32, i32 addrspace(3)* %4311
	%4313 = icmp sgt i32 %4260, 3
	%4314 = select i1 %4313, i32 %4312, i32 0
	%4315 = add i32 %4309, %4314
	%4316 = add i32 %4310, %4312
	%4317 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4318 = load i32, i32 addrspace(3)* %4317
	%4319 = icmp sgt i32 %4260, 4
	%4320 = select i1 %4319, i32 %4318, i32 0
	%4321 = add i32 %4315, %4320
	%4322 = add i32 %4316, %4318
	%4323 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4324 = load i32, i32 addrspace(3)* %4323
	%4325 = icmp sgt i32 %4260, 5
	%4326 = select i1 %4325, i32 %4324, i32 0
	%4327 = add i32 %4321, %4326
	%4328 = add i32 %4322, %4324
	%4329 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4330 = load i32, i32 addrspace(3)* %4329
	%4331 = icmp sgt i32 %4260, 6
	%4332 = select i1 %4331, i32 %4330, i32 0
	%4333 = add i32 %4327, %4332
	%4334 = add i32 %4328, %4330
	%4335 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4336 = load i32, i32 addrspace(3)* %4335
	%4337 = icmp sgt i32 %4260, 7
	%4338 = select i1 %4337, i32 %4336, i32 0
	%4339 = add i32 %4333, %4338
	%4340 = add i32 %4334, %4336
	%4341 = add i32 %4339, %4280
	%4342 = sub i32 %4341, %4258
	%4343 = mul i32 %0, 4
	%4344 = add i32 %4343, 1024
	%4345 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4344
	store i32 %4342, i32 addrspace(3)* %4345
	%4346 = add i32 %4342, %4242
	%4347 = mul i32 %0, 4
	%4348 = add i32 %4347, 1025
	%4349 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4348
	store i32 %4346, i32 addrspace(3)* %4349
	%4350 = add i32 %4346, %4247
	%4351 = mul i32 %0, 4
	%4352 = add i32 %4351, 1026
	%4353 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4352
	store i32 %4350, i32 addrspace(3)* %4353
	%4354 = add i32 %4350, %4252
	%4355 = mul i32 %0, 4
	%4356 = add i32 %4355, 1027
	%4357 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4356
	store i32 %4354, i32 addrspace(3)* %4357
	%4358 = add i32 %4354, %4257
	%4359 = add i32 %0, 0
	%4360 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4359
	store i32 0, i32 addrspace(3)* %4360
	%4361 = add i32 %0, 256
	%4362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4361
	store i32 0, i32 addrspace(3)* %4362
	%4363 = add i32 %0, 512
	%4364 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4363
	store i32 0, i32 addrspace(3)* %4364
	%4365 = add i32 %0, 768
	%4366 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4365
	store i32 0, i32 addrspace(3)* %4366
	call void @llvm.nvvm.barrier0()
	%4367 = and i1 %624, %625
	br i1 %4367, label %4368, label %4386

4368:
	%4369 = lshr i32 %4017, 28
	%4370 = and i32 %4369, 15
	%4371 = add i32 0, %4
	%4372 = mul i32 %4370, 64
	%4373 = add i32 %4372, %4371
	%4374 = add i32 1024, %4373
	%4375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4374
	%4376 = load i32, i32 addrspace(3)* %4375
	%4377 = add i32 %4376, %4105
	%4378 = add i32 %410, %4377
	%4379 = add i32 %13, %4378
	%4380 = sext i32 %4379 to i64
	%4381 = getelementptr i32, i32* %list, i64 %4380
	store i32 %4016, i32* %4381
	%4382 = add i32 %13, %NK
	%4383 = add i32 %4382, %4378
	%4384 = sext i32 %4383 to i64
	%4385 = getelementptr i32, i32* %list, i64 %4384
	store i32 0, i32* %4385
	br label %4386

4386:
	%4387 = and i1 %637, %638
	br i1 %4387, label %4388, label %4406

4388:
	%4389 = lshr i32 %4028, 28
	%4390 = and i32 %4389, 15
	%4391 = add i32 8, %4
	%4392 = mul i32 %4390, 64
	%4393 = add i32 %4392, %4391
	%4394 = add i32 1024, %4393
	%4395 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4394
	%4396 = load i32, i32 addrspace(3)* %4395
	%4397 = add i32 %4396, %4124
	%4398 = add i32 %410, %4397
	%4399 = add i32 %13, %4398
	%4400 = sext i32 %4399 to i64
	%4401 = getelementptr i32, i32* %list, i64 %4400
	store i32 %4027, i32* %4401
	%4402 = add i32 %13, %NK
	%4403 = add i32 %4402, %4398
	%4404 = sext i32 %4403 to i64
	%4405 = getelementptr i32, i32* %list, i64 %4404
	store i32 0, i32* %4405
	br label %4406

4406:
	%4407 = and i1 %650, %651
	br i1 %4407, label %4408, label %4426

4408:
	%4409 = lshr i32 %4039, 28
	%4410 = and i32 %4409, 15
	%4411 = add i32 16, %4
	%4412 = mul i32 %4410, 64
	%4413 = add i32 %4412, %4411
	%4414 = add i32 1024, %4413
	%4415 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4414
	%4416 = load i32, i32 addrspace(3)* %4415
	%4417 = add i32 %4416, %4143
	%4418 = add i32 %410, %4417
	%4419 = add i32 %13, %4418
	%4420 = sext i32 %4419 to i64
	%4421 = getelementptr i32, i32* %list, i64 %4420
	store i32 %4038, i32* %4421
	%4422 = add i32 %13, %NK
	%4423 = add i32 %4422, %4418
	%4424 = sext i32 %4423 to i64
	%4425 = getelementptr i32, i32* %list, i64 %4424
	store i32 0, i32* %4425
	br label %4426

4426:
	%4427 = and i1 %663, %664
	br i1 %4427, label %4428, label %4446

4428:
	%4429 = lshr i32 %4050, 28
	%4430 = and i32 %4429, 15
	%4431 = add i32 24, %4
	%4432 = mul i32 %4430, 64
	%4433 = add i32 %4432, %4431
	%4434 = add i32 1024, %4433
	%4435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4434
	%4436 = load i32, i32 addrspace(3)* %4435
	%4437 = add i32 %4436, %4162
	%4438 = add i32 %410, %4437
	%4439 = add i32 %13, %4438
	%4440 = sext i32 %4439 to i64
	%4441 = getelementptr i32, i32* %list, i64 %4440
	store i32 %4049, i32* %4441
	%4442 = add i32 %13, %NK
	%4443 = add i32 %4442, %4438
	%4444 = sext i32 %4443 to i64
	%4445 = getelementptr i32, i32* %list, i64 %4444
	store i32 0, i32* %4445
	br label %4446

4446:
	%4447 = and i1 %676, %677
	br i1 %4447, label %4448, label %4466

4448:
	%4449 = lshr i32 %4061, 28
	%4450 = and i32 %4449, 15
	%4451 = add i32 32, %4
	%4452 = mul i32 %4450, 64
	%4453 = add i32 %4452, %4451
	%4454 = add i32 1024, %4453
	%4455 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4454
	%4456 = load i32, i32 addrspace(3)* %4455
	%4457 = add i32 %4456, %4181
	%4458 = add i32 %410, %4457
	%4459 = add i32 %13, %4458
	%4460 = sext i32 %4459 to i64
	%4461 = getelementptr i32, i32* %list, i64 %4460
	store i32 %4060, i32* %4461
	%4462 = add i32 %13, %NK
	%4463 = add i32 %4462, %4458
	%4464 = sext i32 %4463 to i64
	%4465 = getelementptr i32, i32* %list, i64 %4464
	store i32 0, i32* %4465
	br label %4466

4466:
	%4467 = and i1 %689, %690
	br i1 %4467, label %4468, label %4486

4468:
	%4469 = lshr i32 %4072, 28
	%4470 = and i32 %4469, 15
	%4471 = add i32 40, %4
	%4472 = mul i32 %4470, 64
	%4473 = add i32 %4472, %4471
	%4474 = add i32 1024, %4473
	%4475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4474
	%4476 = load i32, i32 addrspace(3)* %4475
	%4477 = add i32 %4476, %4200
	%4478 = add i32 %410, %4477
	%4479 = add i32 %13, %4478
	%4480 = sext i32 %4479 to i64
	%4481 = getelementptr i32, i32* %list, i64 %4480
	store i32 %4071, i32* %4481
	%4482 = add i32 %13, %NK
	%4483 = add i32 %4482, %4478
	%4484 = sext i32 %4483 to i64
	%4485 = getelementptr i32, i32* %list, i64 %4484
	store i32 0, i32* %4485
	br label %4486

4486:
	%4487 = and i1 %702, %703
	br i1 %4487, label %4488, label %4506

4488:
	%4489 = lshr i32 %4083, 28
	%4490 = and i32 %4489, 15
	%4491 = add i32 48, %4
	%4492 = mul i32 %4490, 64
	%4493 = add i32 %4492, %4491
	%4494 = add i32 1024, %4493
	%4495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4494
	%4496 = load i32, i32 addrspace(3)* %4495
	%4497 = add i32 %4496, %4219
	%4498 = add i32 %410, %4497
	%4499 = add i32 %13, %4498
	%4500 = sext i32 %4499 to i64
	%4501 = getelementptr i32, i32* %list, i64 %4500
	store i32 %4082, i32* %4501
	%4502 = add i32 %13, %NK
	%4503 = add i32 %4502, %4498
	%4504 = sext i32 %4503 to i64
	%4505 = getelementptr i32, i32* %list, i64 %4504
	store i32 0, i32* %4505
	br label %4506

4506:
	%4507 = and i1 %715, %716
	br i1 %4507, label %4508, label %4526

4508:
	%4509 = lshr i32 %4094, 28
	%4510 = and i32 %4509, 15
	%4511 = add i32 56, %4
	%4512 = mul i32 %4510, 64
	%4513 = add i32 %4512, %4511
	%4514 = add i32 1024, %4513
	%4515 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4514
	%4516 = load i32, i32 addrspace(3)* %4515
	%4517 = add i32 %4516, %4238
	%4518 = add i32 %410, %4517
	%4519 = add i32 %13, %4518
	%4520 = sext i32 %4519 to i64
	%4521 = getelementptr i32, i32* %list, i64 %4520
	store i32 %4093, i32* %4521
	%4522 = add i32 %13, %NK
	%4523 = add i32 %4522, %4518
	%4524 = sext i32 %4523 to i64
	%4525 = getelementptr i32, i32* %list, i64 %4524
	store i32 0, i32* %4525
	br label %4526

4526:
	br label %write_done

4527:
	%4528 = phi i32 [ %609, %write_sort ], [ %4532, %4530 ]
	%4529 = icmp slt i32 %4528, %608
	br i1 %4529, label %4530, label %4533

4530:
	%4531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4528
	store i32 -1, i32 addrspace(3)* %4531
	%4532 = add i32 %4528, 256
	br label %4527

4533:
	call void @llvm.nvvm.barrier0()
	%4534 = add i32 %607, 1
	br label %4535

4535:
	%4536 = phi i32 [ 1, %4533 ], [ %4552, %4551 ]
	%4537 = icmp slt i32 %4536, %4534
	br i1 %4537, label %4538, label %4540

4538:
	%4539 = shl i32 1, %4536
	br label %4541

4540:
	br label %4593

4541:
	%4542 = phi i32 [ 0, %4538 ], [ %4587, %4586 ]
	%4543 = icmp slt i32 %4542, %4536
	br i1 %4543, label %4544, label %4551

4544:
	%4545 = sub i32 %4536, 1
	%4546 = sub i32 %4545, %4542
	%4547 = shl i32 1, %4546
	%4548 = sub i32 %4536, 1
	%4549 = sub i32 %4548, %4542
	%4550 = lshr i32 %608, 1
	br label %4553

4551:
	%4552 = add i32 %4536, 1
	br label %4535

4553:
	%4554 = phi i32 [ %0, %4544 ], [ %4592, %4591 ]
	%4555 = icmp slt i32 %4554, %4550
	br i1 %4555, label %4556, label %4586

4556:
	%4557 = lshr i32 %4554, %4549
	%4558 = add i32 %4549, 1
	%4559 = shl i32 %4557, %4558
	%4560 = sub i32 %4547, 1
	%4561 = and i32 %4554, %4560
	%4562 = or i32 %4559, %4561
	%4563 = or i32 %4562, %4547
	%4564 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4562
	%4565 = load i32, i32 addrspace(3)* %4564
	%4566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4563
	%4567 = load i32, i32 addrspace(3)* %4566
	%4568 = and i32 %4562, %4539
	%4569 = icmp eq i32 %4568, 0
	%4570 = icmp sge i32 %4567, 0
	%4571 = select i1 %4570, i32 %4567, i32 0
	%4572 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4571
	%4573 = load i32, i32 addrspace(3)* %4572
	%4574 = select i1 %4570, i32 %4573, i32 0
	%4575 = icmp sge i32 %4565, 0
	%4576 = select i1 %4575, i32 %4565, i32 0
	%4577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4576
	%4578 = load i32, i32 addrspace(3)* %4577
	%4579 = select i1 %4575, i32 %4578, i32 0
	%4580 = icmp ugt i32 %4574, %4579
	%4581 = icmp eq i32 %4574, %4579
	%4582 = icmp slt i32 %4567, %4565
	%4583 = and i1 %4581, %4582
	%4584 = or i1 %4580, %4583
	%4585 = icmp eq i1 %4584, %4569
	br i1 %4585, label %4588, label %4591

4586:
	call void @llvm.nvvm.barrier0()
	%4587 = add i32 %4542, 1
	br label %4541

4588:
	%4589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4562
	store i32 %4567, i32 addrspace(3)* %4589
	%4590 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4563
	store i32 %4565, i32 addrspace(3)* %4590
	br label %4591

4591:
	%4592 = add i32 %4554, 256
	br label %4553

4593:
	%4594 = phi i32 [ %0, %4540 ], [ %4607, %4596 ]
	%4595 = icmp slt i32 %4594, %413
	br i1 %4595, label %4596, label %4608

4596:
	%4597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4594
	%4598 = load i32, i32 addrspace(3)* %4597
	%4599 = add i32 %410, %4594
	%4600 = add i32 %13, %4599
	%4601 = sext i32 %4600 to i64
	%4602 = getelementptr i32, i32* %list, i64 %4601
	store i32 %4598, i32* %4602
	%4603 = add i32 %13, %NK
	%4604 = add i32 %4603, %4599
	%4605 = sext i32 %4604 to i64
	%4606 = getelementptr i32, i32* %list, i64 %4605
	store i32 0, i32* %4606
	%4607 = add i32 %4594, 256
	br label %4593

4608:
	br label %write_done

4609:
	%4610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4611 = load i32, i32 addrspace(3)* %4610
	%4612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4611
	%4613 = load i32, i32 addrspace(3)* %4612
	%4614 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %4613, i32 addrspace(3)* %4614
	br label %4615

4615:
	call void @llvm.nvvm.barrier0()
	br i1 %596, label %4616, label %4621

4616:
	%4617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4618 = load i32, i32 addrspace(3)* %4617
	%4619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%4620 = load i32, i32 addrspace(3)* %4619
	br label %4622

4621:
	br label %write_done

4622:
	%4623 = phi i32 [ 0, %4616 ], [ %4638, %4626 ]
	%4624 = phi i32 [ 0, %4616 ], [ %4637, %4626 ]
	%4625 = icmp slt i32 %4623, %413
	br i1 %4625, label %4626, label %4639

4626:
	%4627 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %4623
	%4628 = load i32, i32 addrspace(3)* %4627
	%4629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4623
	%4630 = load i32, i32 addrspace(3)* %4629
	%4631 = icmp ugt i32 %4628, %4620
	%4632 = icmp eq i32 %4628, %4620
	%4633 = icmp slt i32 %4630, %4618
	%4634 = and i1 %4632, %4633
	%4635 = or i1 %4631, %4634
	%4636 = zext i1 %4635 to i32
	%4637 = add i32 %4624, %4636
	%4638 = add i32 %4623, 1
	br label %4622

4639:
	%4640 = add i32 %410, %4624
	%4641 = add i32 %13, %4640
	%4642 = sext i32 %4641 to i64
	%4643 = getelementptr i32, i32* %list, i64 %4642
	store i32 %4618, i32* %4643
	%4644 = add i32 %13, %NK
	%4645 = add i32 %4644, %4640
	%4646 = sext i32 %4645 to i64
	%4647 = getelementptr i32, i32* %list, i64 %4646
	store i32 0, i32* %4647
	br label %4621

4648:
	%4649 = phi i32 [ %619, %write_done ], [ %4659, %4651 ]
	%4650 = icmp slt i32 %4649, %618
	br i1 %4650, label %4651, label %4660

4651:
	%4652 = add i32 %13, %4649
	%4653 = sext i32 %4652 to i64
	%4654 = getelementptr i32, i32* %list, i64 %4653
	store i32 -1, i32* %4654
	%4655 = add i32 %13, %NK
	%4656 = add i32 %4655, %4649
	%4657 = sext i32 %4656 to i64
	%4658 = getelementptr i32, i32* %list, i64 %4657
	store i32 -1, i32* %4658
	%4659 = add i32 %4649, 256
	br label %4648

4660:
	ret void
}
