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
	br i1 %597, label %write_rank, label %write_sort

598:
	%599 = add i32 %577, %0
	%600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %594
	store i32 %599, i32 addrspace(3)* %600
	br label %601

601:
	%602 = add i32 %577, 256
	br label %576

write_rank:
	br i1 %596, label %702, label %708

write_sort:
	%603 = sub i32 %413, 1
	%604 = call i32 @llvm.ctlz.i32(i32 %603, i1 false)
	%605 = icmp sgt i32 %413, 1
	%606 = sub i32 32, %604
	%607 = select i1 %605, i32 %606, i32 0
	%608 = shl i32 1, %607
	%609 = add i32 %413, %0
	br label %620

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
	br label %741

620:
	%621 = phi i32 [ %609, %write_sort ], [ %625, %623 ]
	%622 = icmp slt i32 %621, %608
	br i1 %622, label %623, label %626

623:
	%624 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %621
	store i32 -1, i32 addrspace(3)* %624
	%625 = add i32 %621, 256
	br label %620

626:
	call void @llvm.nvvm.barrier0()
	%627 = add i32 %607, 1
	br label %628

628:
	%629 = phi i32 [ 1, %626 ], [ %645, %644 ]
	%630 = icmp slt i32 %629, %627
	br i1 %630, label %631, label %633

631:
	%632 = shl i32 1, %629
	br label %634

633:
	br label %686

634:
	%635 = phi i32 [ 0, %631 ], [ %680, %679 ]
	%636 = icmp slt i32 %635, %629
	br i1 %636, label %637, label %644

637:
	%638 = sub i32 %629, 1
	%639 = sub i32 %638, %635
	%640 = shl i32 1, %639
	%641 = sub i32 %629, 1
	%642 = sub i32 %641, %635
	%643 = lshr i32 %608, 1
	br label %646

644:
	%645 = add i32 %629, 1
	br label %628

646:
	%647 = phi i32 [ %0, %637 ], [ %685, %684 ]
	%648 = icmp slt i32 %647, %643
	br i1 %648, label %649, label %679

649:
	%650 = lshr i32 %647, %642
	%651 = add i32 %642, 1
	%652 = shl i32 %650, %651
	%653 = sub i32 %640, 1
	%654 = and i32 %647, %653
	%655 = or i32 %652, %654
	%656 = or i32 %655, %640
	%657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %655
	%658 = load i32, i32 addrspace(3)* %657
	%659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %656
	%660 = load i32, i32 addrspace(3)* %659
	%661 = and i32 %655, %632
	%662 = icmp eq i32 %661, 0
	%663 = icmp sge i32 %660, 0
	%664 = select i1 %663, i32 %660, i32 0
	%665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %664
	%666 = load i32, i32 addrspace(3)* %665
	%667 = select i1 %663, i32 %666, i32 0
	%668 = icmp sge i32 %658, 0
	%669 = select i1 %668, i32 %658, i32 0
	%670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %669
	%671 = load i32, i32 addrspace(3)* %670
	%672 = select i1 %668, i32 %671, i32 0
	%673 = icmp ugt i32 %667, %672
	%674 = icmp eq i32 %667, %672
	%675 = icmp slt i32 %660, %658
	%676 = and i1 %674, %675
	%677 = or i1 %673, %676
	%678 = icmp eq i1 %677, %662
	br i1 %678, label %681, label %684

679:
	call void @llvm.nvvm.barrier0()
	%680 = add i32 %635, 1
	br label %634

681:
	%682 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %655
	store i32 %660, i32 addrspace(3)* %682
	%683 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %656
	store i32 %658, i32 addrspace(3)* %683
	br label %684

684:
	%685 = add i32 %647, 256
	br label %646

686:
	%687 = phi i32 [ %0, %633 ], [ %700, %689 ]
	%688 = icmp slt i32 %687, %413
	br i1 %688, label %689, label %701

689:
	%690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %687
	%691 = load i32, i32 addrspace(3)* %690
	%692 = add i32 %410, %687
	%693 = add i32 %13, %692
	%694 = sext i32 %693 to i64
	%695 = getelementptr i32, i32* %list, i64 %694
	store i32 %691, i32* %695
	%696 = add i32 %13, %NK
	%697 = add i32 %696, %692
	%698 = sext i32 %697 to i64
	%699 = getelementptr i32, i32* %list, i64 %698
	store i32 0, i32* %699
	%700 = add i32 %687, 256
	br label %686

701:
	br label %write_done

702:
	%703 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%704 = load i32, i32 addrspace(3)* %703
	%705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %704
	%706 = load i32, i32 addrspace(3)* %705
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %706, i32 addrspace(3)* %707
	br label %708

708:
	call void @llvm.nvvm.barrier0()
	br i1 %596, label %709, label %714

709:
	%710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%711 = load i32, i32 addrspace(3)* %710
	%712 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%713 = load i32, i32 addrspace(3)* %712
	br label %715

714:
	br label %write_done

715:
	%716 = phi i32 [ 0, %709 ], [ %731, %719 ]
	%717 = phi i32 [ 0, %709 ], [ %730, %719 ]
	%718 = icmp slt i32 %716, %413
	br i1 %718, label %719, label %732

719:
	%720 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %716
	%721 = load i32, i32 addrspace(3)* %720
	%722 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %716
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp ugt i32 %721, %713
	%725 = icmp eq i32 %721, %713
	%726 = icmp slt i32 %723, %711
	%727 = and i1 %725, %726
	%728 = or i1 %724, %727
	%729 = zext i1 %728 to i32
	%730 = add i32 %717, %729
	%731 = add i32 %716, 1
	br label %715

732:
	%733 = add i32 %410, %717
	%734 = add i32 %13, %733
	%735 = sext i32 %734 to i64
	%736 = getelementptr i32, i32* %list, i64 %735
	store i32 %711, i32* %736
	%737 = add i32 %13, %NK
	%738 = add i32 %737, %733
	%739 = sext i32 %738 to i64
	%740 = getelementptr i32, i32* %list, i64 %739
	store i32 0, i32* %740
	br label %714

741:
	%742 = phi i32 [ %619, %write_done ], [ %752, %744 ]
	%743 = icmp slt i32 %742, %618
	br i1 %743, label %744, label %753

744:
	%745 = add i32 %13, %742
	%746 = sext i32 %745 to i64
	%747 = getelementptr i32, i32* %list, i64 %746
	store i32 -1, i32* %747
	%748 = add i32 %13, %NK
	%749 = add i32 %748, %742
	%750 = sext i32 %749 to i64
	%751 = getelementptr i32, i32* %list, i64 %750
	store i32 -1, i32* %751
	%752 = add i32 %742, 256
	br label %741

753:
	ret void
}
