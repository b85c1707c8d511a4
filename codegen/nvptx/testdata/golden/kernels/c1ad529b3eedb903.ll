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
	%319 = sub i32 32, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 32
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 32
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 32, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 32
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 32
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %372, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %371, %364 ]
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
	br i1 %358, label %373, label %374

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = bitcast float %343 to i32
	%366 = add i32 %365, 2
	%367 = select i1 false, i32 1, i32 %366
	%368 = select i1 %341, i32 %367, i32 0
	%369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %334
	store i32 %368, i32 addrspace(3)* %369
	%370 = uitofp i1 %341 to float
	%371 = fadd float %335, %370
	%372 = add i32 %334, 256
	br label %333

373:
	store float %355, float addrspace(3)* %359
	br label %374

374:
	call void @llvm.nvvm.barrier0()
	%375 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%376 = load float, float addrspace(3)* %375
	%377 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%378 = load float, float addrspace(3)* %377
	%379 = fadd float %376, %378
	%380 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%381 = load float, float addrspace(3)* %380
	%382 = fadd float %379, %381
	%383 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%384 = load float, float addrspace(3)* %383
	%385 = fadd float %382, %384
	%386 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%387 = load float, float addrspace(3)* %386
	%388 = fadd float %385, %387
	%389 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%390 = load float, float addrspace(3)* %389
	%391 = fadd float %388, %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = fptosi float %397 to i32
	%399 = icmp eq i32 %0, 0
	br i1 %399, label %400, label %404

400:
	%401 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%402 = load i32, i32 addrspace(3)* %401
	%403 = icmp eq i32 %402, 1
	br i1 %403, label %424, label %432

404:
	call void @llvm.nvvm.barrier0()
	%405 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%406 = load i32, i32 addrspace(3)* %405
	%407 = sub i32 %398, %406
	%408 = icmp slt i32 2, %398
	%409 = select i1 %408, i32 2, i32 %398
	%410 = sub i32 %409, %406
	%411 = icmp slt i32 %410, %407
	%412 = select i1 %411, i32 %410, i32 %407
	%413 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%414 = load double, double addrspace(3)* %413
	%415 = fsub double 0x3FECCCCCCCCCCCCD, %414
	%416 = fmul double %415, 262144.0
	%417 = call double @llvm.ceil.f64(double %416)
	%418 = call double @llvm.maxnum.f64(double %417, double 0.0)
	%419 = call double @llvm.minnum.f64(double %418, double 1.073741824e+09)
	%420 = fptosi double %419 to i32
	%421 = add i32 %420, 1
	call void @llvm.nvvm.barrier0()
	%422 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %422
	%423 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %423
	call void @llvm.nvvm.barrier0()
	br label %478

424:
	%425 = add i32 %13, 0
	%426 = sext i32 %425 to i64
	%427 = getelementptr i32, i32* %list, i64 %426
	store i32 0, i32* %427
	%428 = add i32 %13, %NK
	%429 = add i32 %428, 0
	%430 = sext i32 %429 to i64
	%431 = getelementptr i32, i32* %list, i64 %430
	store i32 1, i32* %431
	br label %432

432:
	%433 = add i32 %11, 0
	%434 = sext i32 %433 to i64
	%435 = getelementptr float, float* %e, i64 %434
	%436 = load float, float* %435
	%437 = add i32 0, 1
	%438 = select i1 %403, i32 %437, i32 0
	%439 = fpext float %436 to double
	%440 = fadd double 0.0, %439
	%441 = select i1 %403, double %440, double 0.0
	%442 = icmp sgt i32 %324, 1
	%443 = select i1 %442, i32 %324, i32 1
	%444 = add i32 %332, 1
	%445 = icmp slt i32 %444, %NK
	%446 = select i1 %445, i32 %444, i32 %NK
	br label %447

447:
	%448 = phi i32 [ %443, %432 ], [ %477, %467 ]
	%449 = phi i32 [ %438, %432 ], [ %473, %467 ]
	%450 = phi double [ %441, %432 ], [ %476, %467 ]
	%451 = icmp slt i32 %448, %446
	br i1 %451, label %452, label %456

452:
	%453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %448
	%454 = load i32, i32 addrspace(3)* %453
	%455 = icmp eq i32 %454, 1
	br i1 %455, label %459, label %467

456:
	%457 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %449, i32 addrspace(3)* %457
	%458 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %450, double addrspace(3)* %458
	br label %404

459:
	%460 = add i32 %13, %449
	%461 = sext i32 %460 to i64
	%462 = getelementptr i32, i32* %list, i64 %461
	store i32 %448, i32* %462
	%463 = add i32 %13, %NK
	%464 = add i32 %463, %449
	%465 = sext i32 %464 to i64
	%466 = getelementptr i32, i32* %list, i64 %465
	store i32 1, i32* %466
	br label %467

467:
	%468 = add i32 %11, %448
	%469 = sext i32 %468 to i64
	%470 = getelementptr float, float* %e, i64 %469
	%471 = load float, float* %470
	%472 = add i32 %449, 1
	%473 = select i1 %455, i32 %472, i32 %449
	%474 = fpext float %471 to double
	%475 = fadd double %450, %474
	%476 = select i1 %455, double %475, double %450
	%477 = add i32 %448, 1
	br label %447

478:
	%479 = phi i32 [ %0, %404 ], [ %548, %547 ]
	%480 = icmp slt i32 %479, %16
	br i1 %480, label %481, label %491

481:
	%482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %479
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp uge i32 %483, 2
	%485 = and i32 %483, 0
	%486 = icmp eq i32 %485, 0
	%487 = and i1 %484, %486
	%488 = lshr i32 %483, 24
	%489 = and i32 %488, 255
	%490 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %487)
	br i1 %490, label %520, label %528

491:
	call void @llvm.nvvm.barrier0()
	%492 = sub i32 255, %0
	%493 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %492
	%494 = load i32, i32 addrspace(3)* %493
	%495 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %492
	%496 = load i32, i32 addrspace(3)* %495
	%497 = and i32 %0, 31
	%498 = lshr i32 %0, 5
	%499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %496, i32 1, i32 0)
	%500 = icmp uge i32 %497, 1
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %496, %501
	%503 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %502, i32 2, i32 0)
	%504 = icmp uge i32 %497, 2
	%505 = select i1 %504, i32 %503, i32 0
	%506 = add i32 %502, %505
	%507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %506, i32 4, i32 0)
	%508 = icmp uge i32 %497, 4
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %506, %509
	%511 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %510, i32 8, i32 0)
	%512 = icmp uge i32 %497, 8
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %510, %513
	%515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %514, i32 16, i32 0)
	%516 = icmp uge i32 %497, 16
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %514, %517
	%519 = icmp eq i32 %497, 31
	br i1 %519, label %549, label %551

520:
	%521 = select i1 %487, i32 %489, i32 256
	%522 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %521)
	%523 = shl i32 1, %3
	%524 = sub i32 %523, 1
	%525 = and i32 %522, %524
	%526 = icmp eq i32 %525, 0
	%527 = and i1 %487, %526
	br i1 %527, label %539, label %543

528:
	%529 = sub i32 %483, 2
	%530 = bitcast i32 %529 to float
	%531 = fcmp ogt float %530, 0.0
	%532 = select i1 %531, float %530, float 0.0
	%533 = fcmp olt float %532, 1.0
	%534 = select i1 %533, float %532, float 1.0
	%535 = fmul float %534, 262144.0
	%536 = fptosi float %535 to i32
	%537 = icmp sgt i32 %536, 0
	%538 = and i1 %487, %537
	br i1 %538, label %544, label %547

539:
	%540 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %489
	%541 = call i32 @llvm.ctpop.i32(i32 %522)
	%542 = atomicrmw add i32 addrspace(3)* %540, i32 %541 monotonic
	br label %543

543:
	br label %528

544:
	%545 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %489
	%546 = atomicrmw add i32 addrspace(3)* %545, i32 %536 monotonic
	br label %547

547:
	%548 = add i32 %479, 256
	br label %478

549:
	%550 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %498
	store i32 %518, i32 addrspace(3)* %550
	br label %551

551:
	call void @llvm.nvvm.barrier0()
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %498, 0
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 0, %555
	%557 = add i32 0, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %498, 1
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %498, 2
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %498, 3
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %498, 4
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %498, 5
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %498, 6
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %498, 7
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = add i32 %598, %518
	%601 = sub i32 %600, %496
	%602 = and i32 %0, 31
	%603 = lshr i32 %0, 5
	%604 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %494, i32 1, i32 0)
	%605 = icmp uge i32 %602, 1
	%606 = select i1 %605, i32 %604, i32 0
	%607 = add i32 %494, %606
	%608 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %607, i32 2, i32 0)
	%609 = icmp uge i32 %602, 2
	%610 = select i1 %609, i32 %608, i32 0
	%611 = add i32 %607, %610
	%612 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %611, i32 4, i32 0)
	%613 = icmp uge i32 %602, 4
	%614 = select i1 %613, i32 %612, i32 0
	%615 = add i32 %611, %614
	%616 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %615, i32 8, i32 0)
	%617 = icmp uge i32 %602, 8
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %615, %618
	%620 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %619, i32 16, i32 0)
	%621 = icmp uge i32 %602, 16
	%622 = select i1 %621, i32 %620, i32 0
	%623 = add i32 %619, %622
	%624 = icmp eq i32 %602, 31
	br i1 %624, label %625, label %627

625:
	%626 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %603
	store i32 %623, i32 addrspace(3)* %626
	br label %627

627:
	call void @llvm.nvvm.barrier0()
	%628 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%629 = load i32, i32 addrspace(3)* %628
	%630 = icmp sgt i32 %603, 0
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 0, %631
	%633 = add i32 0, %629
	%634 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%635 = load i32, i32 addrspace(3)* %634
	%636 = icmp sgt i32 %603, 1
	%637 = select i1 %636, i32 %635, i32 0
	%638 = add i32 %632, %637
	%639 = add i32 %633, %635
	%640 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%641 = load i32, i32 addrspace(3)* %640
	%642 = icmp sgt i32 %603, 2
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %638, %643
	%645 = add i32 %639, %641
	%646 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%647 = load i32, i32 addrspace(3)* %646
	%648 = icmp sgt i32 %603, 3
	%649 = select i1 %648, i32 %647, i32 0
	%650 = add i32 %644, %649
	%651 = add i32 %645, %647
	%652 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%653 = load i32, i32 addrspace(3)* %652
	%654 = icmp sgt i32 %603, 4
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %650, %655
	%657 = add i32 %651, %653
	%658 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%659 = load i32, i32 addrspace(3)* %658
	%660 = icmp sgt i32 %603, 5
	%661 = select i1 %660, i32 %659, i32 0
	%662 = add i32 %656, %661
	%663 = add i32 %657, %659
	%664 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%665 = load i32, i32 addrspace(3)* %664
	%666 = icmp sgt i32 %603, 6
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %662, %667
	%669 = add i32 %663, %665
	%670 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%671 = load i32, i32 addrspace(3)* %670
	%672 = icmp sgt i32 %603, 7
	%673 = select i1 %672, i32 %671, i32 0
	%674 = add i32 %668, %673
	%675 = add i32 %669, %671
	%676 = add i32 %674, %623
	%677 = sub i32 %676, %494
	%678 = icmp slt i32 %601, %421
	%679 = add i32 %601, %496
	%680 = icmp sle i32 %421, %679
	%681 = and i1 %678, %680
	%682 = icmp slt i32 %599, %421
	%683 = icmp eq i32 %0, 0
	%684 = and i1 %682, %683
	%685 = or i1 %681, %684
	br i1 %685, label %686, label %692

686:
	%687 = select i1 %682, i32 0, i32 %492
	%688 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %687, i32 addrspace(3)* %688
	%689 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %601, i32 addrspace(3)* %689
	%690 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %677, i32 addrspace(3)* %690
	%691 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %494, i32 addrspace(3)* %691
	br label %692

692:
	call void @llvm.nvvm.barrier0()
	%693 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%694 = load i32, i32 addrspace(3)* %693
	%695 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%696 = load i32, i32 addrspace(3)* %695
	%697 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%698 = load i32, i32 addrspace(3)* %697
	%699 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%700 = load i32, i32 addrspace(3)* %699
	%701 = shl i32 %694, 24
	%702 = or i32 0, %701
	%703 = sub i32 %421, %696
	%704 = add i32 0, %698
	%705 = or i1 false, %682
	%706 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %707
	%708 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %708
	call void @llvm.nvvm.barrier0()
	br label %709

709:
	%710 = phi i32 [ %0, %692 ], [ %779, %778 ]
	%711 = icmp slt i32 %710, %16
	br i1 %711, label %712, label %722

712:
	%713 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %710
	%714 = load i32, i32 addrspace(3)* %713
	%715 = icmp uge i32 %714, 2
	%716 = and i32 %714, %706
	%717 = icmp eq i32 %716, %702
	%718 = and i1 %715, %717
	%719 = lshr i32 %714, 16
	%720 = and i32 %719, 255
	%721 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %718)
	br i1 %721, label %751, label %759

722:
	call void @llvm.nvvm.barrier0()
	%723 = sub i32 255, %0
	%724 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %723
	%725 = load i32, i32 addrspace(3)* %724
	%726 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %723
	%727 = load i32, i32 addrspace(3)* %726
	%728 = and i32 %0, 31
	%729 = lshr i32 %0, 5
	%730 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %727, i32 1, i32 0)
	%731 = icmp uge i32 %728, 1
	%732 = select i1 %731, i32 %730, i32 0
	%733 = add i32 %727, %732
	%734 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %733, i32 2, i32 0)
	%735 = icmp uge i32 %728, 2
	%736 = select i1 %735, i32 %734, i32 0
	%737 = add i32 %733, %736
	%738 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %737, i32 4, i32 0)
	%739 = icmp uge i32 %728, 4
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 %737, %740
	%742 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %741, i32 8, i32 0)
	%743 = icmp uge i32 %728, 8
	%744 = select i1 %743, i32 %742, i32 0
	%745 = add i32 %741, %744
	%746 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %745, i32 16, i32 0)
	%747 = icmp uge i32 %728, 16
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %745, %748
	%750 = icmp eq i32 %728, 31
	br i1 %750, label %780, label %782

751:
	%752 = select i1 %718, i32 %720, i32 256
	%753 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %752)
	%754 = shl i32 1, %3
	%755 = sub i32 %754, 1
	%756 = and i32 %753, %755
	%757 = icmp eq i32 %756, 0
	%758 = and i1 %718, %757
	br i1 %758, label %770, label %774

759:
	%760 = sub i32 %714, 2
	%761 = bitcast i32 %760 to float
	%762 = fcmp ogt float %761, 0.0
	%763 = select i1 %762, float %761, float 0.0
	%764 = fcmp olt float %763, 1.0
	%765 = select i1 %764, float %763, float 1.0
	%766 = fmul float %765, 262144.0
	%767 = fptosi float %766 to i32
	%768 = icmp sgt i32 %767, 0
	%769 = and i1 %718, %768
	br i1 %769, label %775, label %778

770:
	%771 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %720
	%772 = call i32 @llvm.ctpop.i32(i32 %753)
	%773 = atomicrmw add i32 addrspace(3)* %771, i32 %772 monotonic
	br label %774

774:
	br label %759

775:
	%776 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %720
	%777 = atomicrmw add i32 addrspace(3)* %776, i32 %767 monotonic
	br label %778

778:
	%779 = add i32 %710, 256
	br label %709

780:
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %729
	store i32 %749, i32 addrspace(3)* %781
	br label %782

782:
	call void @llvm.nvvm.barrier0()
	%783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%784 = load i32, i32 addrspace(3)* %783
	%785 = icmp sgt i32 %729, 0
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 0, %786
	%788 = add i32 0, %784
	%789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%790 = load i32, i32 addrspace(3)* %789
	%791 = icmp sgt i32 %729, 1
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %787, %792
	%794 = add i32 %788, %790
	%795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%796 = load i32, i32 addrspace(3)* %795
	%797 = icmp sgt i32 %729, 2
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %793, %798
	%800 = add i32 %794, %796
	%801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%802 = load i32, i32 addrspace(3)* %801
	%803 = icmp sgt i32 %729, 3
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %799, %804
	%806 = add i32 %800, %802
	%807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%808 = load i32, i32 addrspace(3)* %807
	%809 = icmp sgt i32 %729, 4
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %805, %810
	%812 = add i32 %806, %808
	%813 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%814 = load i32, i32 addrspace(3)* %813
	%815 = icmp sgt i32 %729, 5
	%816 = select i1 %815, i32 %814, i32 0
	%817 = add i32 %811, %816
	%818 = add i32 %812, %814
	%819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%820 = load i32, i32 addrspace(3)* %819
	%821 = icmp sgt i32 %729, 6
	%822 = select i1 %821, i32 %820, i32 0
	%823 = add i32 %817, %822
	%824 = add i32 %818, %820
	%825 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%826 = load i32, i32 addrspace(3)* %825
	%827 = icmp sgt i32 %729, 7
	%828 = select i1 %827, i32 %826, i32 0
	%829 = add i32 %823, %828
	%830 = add i32 %824, %826
	%831 = add i32 %829, %749
	%832 = sub i32 %831, %727
	%833 = and i32 %0, 31
	%834 = lshr i32 %0, 5
	%835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %725, i32 1, i32 0)
	%836 = icmp uge i32 %833, 1
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %725, %837
	%839 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %838, i32 2, i32 0)
	%840 = icmp uge i32 %833, 2
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %838, %841
	%843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %842, i32 4, i32 0)
	%844 = icmp uge i32 %833, 4
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 %842, %845
	%847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %846, i32 8, i32 0)
	%848 = icmp uge i32 %833, 8
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %846, %849
	%851 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %850, i32 16, i32 0)
	%852 = icmp uge i32 %833, 16
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %850, %853
	%855 = icmp eq i32 %833, 31
	br i1 %855, label %856, label %858

856:
	%857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %834
	store i32 %854, i32 addrspace(3)* %857
	br label %858

858:
	call void @llvm.nvvm.barrier0()
	%859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%860 = load i32, i32 addrspace(3)* %859
	%861 = icmp sgt i32 %834, 0
	%862 = select i1 %861, i32 %860, i32 0
	%863 = add i32 0, %862
	%864 = add i32 0, %860
	%865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%866 = load i32, i32 addrspace(3)* %865
	%867 = icmp sgt i32 %834, 1
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %863, %868
	%870 = add i32 %864, %866
	%871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%872 = load i32, i32 addrspace(3)* %871
	%873 = icmp sgt i32 %834, 2
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %869, %874
	%876 = add i32 %870, %872
	%877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp sgt i32 %834, 3
	%880 = select i1 %879, i32 %878, i32 0
	%881 = add i32 %875, %880
	%882 = add i32 %876, %878
	%883 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%884 = load i32, i32 addrspace(3)* %883
	%885 = icmp sgt i32 %834, 4
	%886 = select i1 %885, i32 %884, i32 0
	%887 = add i32 %881, %886
	%888 = add i32 %882, %884
	%889 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%890 = load i32, i32 addrspace(3)* %889
	%891 = icmp sgt i32 %834, 5
	%892 = select i1 %891, i32 %890, i32 0
	%893 = add i32 %887, %892
	%894 = add i32 %888, %890
	%895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%896 = load i32, i32 addrspace(3)* %895
	%897 = icmp sgt i32 %834, 6
	%898 = select i1 %897, i32 %896, i32 0
	%899 = add i32 %893, %898
	%900 = add i32 %894, %896
	%901 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%902 = load i32, i32 addrspace(3)* %901
	%903 = icmp sgt i32 %834, 7
	%904 = select i1 %903, i32 %902, i32 0
	%905 = add i32 %899, %904
	%906 = add i32 %900, %902
	%907 = add i32 %905, %854
	%908 = sub i32 %907, %725
	%909 = icmp slt i32 %832, %703
	%910 = add i32 %832, %727
	%911 = icmp sle i32 %703, %910
	%912 = and i1 %909, %911
	%913 = icmp slt i32 %830, %703
	%914 = icmp eq i32 %0, 0
	%915 = and i1 %913, %914
	%916 = or i1 %912, %915
	br i1 %916, label %917, label %923

917:
	%918 = select i1 %913, i32 0, i32 %723
	%919 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %918, i32 addrspace(3)* %919
	%920 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %832, i32 addrspace(3)* %920
	%921 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %908, i32 addrspace(3)* %921
	%922 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %725, i32 addrspace(3)* %922
	br label %923

923:
	call void @llvm.nvvm.barrier0()
	%924 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%925 = load i32, i32 addrspace(3)* %924
	%926 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%927 = load i32, i32 addrspace(3)* %926
	%928 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%929 = load i32, i32 addrspace(3)* %928
	%930 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%931 = load i32, i32 addrspace(3)* %930
	%932 = shl i32 %925, 16
	%933 = or i32 %702, %932
	%934 = sub i32 %703, %927
	%935 = add i32 %704, %929
	%936 = or i1 %705, %913
	%937 = or i32 %706, u0xFF0000
	%938 = add i32 %935, %931
	%939 = select i1 %936, i32 %407, i32 %938
	%940 = select i1 %936, i32 2, i32 %933
	%941 = icmp sge i32 %939, %412
	%942 = sub i32 %940, 1
	%943 = icmp slt i32 %412, %407
	%944 = select i1 %943, i32 %412, i32 %407
	%945 = select i1 %941, i32 %939, i32 %944
	br label %mass

mass:
	%946 = phi i32 [ %945, %923 ], [ %1859, %1847 ]
	%947 = phi i1 [ true, %923 ], [ false, %1847 ]
	%948 = and i1 %947, %941
	br i1 %948, label %mass_bins, label %mass_topk

mass_done:
	%949 = icmp sgt i32 %1849, %412
	%950 = select i1 %949, i32 %1849, i32 %412
	%951 = add i32 %406, %950
	%952 = icmp sle i32 %M, 16
	%953 = add i32 %951, 1
	%954 = add i32 %406, %946
	%955 = icmp sgt i32 %953, %954
	%956 = select i1 %955, i32 %953, i32 %954
	%957 = icmp slt i32 %956, %NK
	%958 = select i1 %957, i32 %956, i32 %NK
	%959 = select i1 %952, i32 %NK, i32 %958
	%960 = add i32 %951, %0
	br label %2332

mass_bins:
	%961 = shl i32 1, %3
	%962 = sub i32 %961, 1
	br label %964

mass_topk:
	%963 = icmp sgt i32 %946, 0
	br i1 %963, label %topk, label %topk_done

mass_taken:
	br label %1827

964:
	%965 = phi i32 [ 0, %mass_bins ], [ %1013, %1012 ]
	%966 = icmp slt i32 %965, %16
	br i1 %966, label %967, label %975

967:
	%968 = add i32 %965, %0
	%969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %968
	%970 = load i32, i32 addrspace(3)* %969
	%971 = icmp ugt i32 %970, %942
	%972 = icmp eq i32 %970, %942
	%973 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %971)
	%974 = icmp eq i32 %3, 0
	br i1 %974, label %1006, label %1012

975:
	call void @llvm.nvvm.barrier0()
	%976 = sdiv i32 %16, 256
	%977 = mul i32 %976, 8
	%978 = icmp slt i32 %0, %977
	%979 = select i1 %978, i32 %0, i32 0
	%980 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %979
	%981 = load i32, i32 addrspace(3)* %980
	%982 = select i1 %978, i32 %981, i32 0
	%983 = and i32 %0, 31
	%984 = lshr i32 %0, 5
	%985 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %982, i32 1, i32 0)
	%986 = icmp uge i32 %983, 1
	%987 = select i1 %986, i32 %985, i32 0
	%988 = add i32 %982, %987
	%989 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %988, i32 2, i32 0)
	%990 = icmp uge i32 %983, 2
	%991 = select i1 %990, i32 %989, i32 0
	%992 = add i32 %988, %991
	%993 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %992, i32 4, i32 0)
	%994 = icmp uge i32 %983, 4
	%995 = select i1 %994, i32 %993, i32 0
	%996 = add i32 %992, %995
	%997 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %996, i32 8, i32 0)
	%998 = icmp uge i32 %983, 8
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = add i32 %996, %999
	%1001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1000, i32 16, i32 0)
	%1002 = icmp uge i32 %983, 16
	%1003 = select i1 %1002, i32 %1001, i32 0
	%1004 = add i32 %1000, %1003
	%1005 = icmp eq i32 %983, 31
	br i1 %1005, label %1014, label %1016

1006:
	%1007 = sdiv i32 %965, 256
	%1008 = mul i32 %1007, 8
	%1009 = add i32 %1008, %4
	%1010 = call i32 @llvm.ctpop.i32(i32 %973)
	%1011 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1009
	store i32 %1010, i32 addrspace(3)* %1011
	br label %1012

1012:
	%1013 = add i32 %965, 256
	br label %964

1014:
	%1015 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %984
	store i32 %1004, i32 addrspace(3)* %1015
	br label %1016

1016:
	call void @llvm.nvvm.barrier0()
	%1017 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1018 = load i32, i32 addrspace(3)* %1017
	%1019 = icmp sgt i32 %984, 0
	%1020 = select i1 %1019, i32 %1018, i32 0
	%1021 = add i32 0, %1020
	%1022 = add i32 0, %1018
	%1023 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1024 = load i32, i32 addrspace(3)* %1023
	%1025 = icmp sgt i32 %984, 1
	%1026 = select i1 %1025, i32 %1024, i32 0
	%1027 = add i32 %1021, %1026
	%1028 = add i32 %1022, %1024
	%1029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1030 = load i32, i32 addrspace(3)* %1029
	%1031 = icmp sgt i32 %984, 2
	%1032 = select i1 %1031, i32 %1030, i32 0
	%1033 = add i32 %1027, %1032
	%1034 = add i32 %1028, %1030
	%1035 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1036 = load i32, i32 addrspace(3)* %1035
	%1037 = icmp sgt i32 %984, 3
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = add i32 %1033, %1038
	%1040 = add i32 %1034, %1036
	%1041 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1042 = load i32, i32 addrspace(3)* %1041
	%1043 = icmp sgt i32 %984, 4
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 %1039, %1044
	%1046 = add i32 %1040, %1042
	%1047 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1048 = load i32, i32 addrspace(3)* %1047
	%1049 = icmp sgt i32 %984, 5
	%1050 = select i1 %1049, i32 %1048, i32 0
	%1051 = add i32 %1045, %1050
	%1052 = add i32 %1046, %1048
	%1053 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1054 = load i32, i32 addrspace(3)* %1053
	%1055 = icmp sgt i32 %984, 6
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1051, %1056
	%1058 = add i32 %1052, %1054
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1060 = load i32, i32 addrspace(3)* %1059
	%1061 = icmp sgt i32 %984, 7
	%1062 = select i1 %1061, i32 %1060, i32 0
	%1063 = add i32 %1057, %1062
	%1064 = add i32 %1058, %1060
	%1065 = add i32 %1063, %1004
	%1066 = sub i32 %1065, %982
	br i1 %978, label %1067, label %1069

1067:
	%1068 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1066, i32 addrspace(3)* %1068
	br label %1069

1069:
	call void @llvm.nvvm.barrier0()
	br label %1070

1070:
	%1071 = phi i32 [ 0, %1069 ], [ %1094, %1093 ]
	%1072 = icmp slt i32 %1071, %16
	br i1 %1072, label %1073, label %1089

1073:
	%1074 = add i32 %1071, %0
	%1075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1074
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp ugt i32 %1076, %942
	%1078 = icmp eq i32 %1076, %942
	%1079 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1077)
	%1080 = sdiv i32 %1071, 256
	%1081 = mul i32 %1080, 8
	%1082 = add i32 %1081, %4
	%1083 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1077)
	%1084 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1082
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = and i32 %1083, %962
	%1087 = call i32 @llvm.ctpop.i32(i32 %1086)
	%1088 = add i32 %1085, %1087
	br i1 %1077, label %1090, label %1093

1089:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1090:
	%1091 = add i32 %1071, %0
	%1092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1088
	store i32 %1091, i32 addrspace(3)* %1092
	br label %1093

1093:
	%1094 = add i32 %1071, 256
	br label %1070

topk:
	call void @llvm.nvvm.barrier0()
	%1095 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1095
	call void @llvm.nvvm.barrier0()
	br label %1096

topk_done:
	br label %mass_taken

1096:
	%1097 = phi i32 [ %0, %topk ], [ %1146, %1145 ]
	%1098 = icmp slt i32 %1097, %16
	br i1 %1098, label %1099, label %1109

1099:
	%1100 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1097
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = icmp uge i32 %1101, 2
	%1103 = and i32 %1101, 0
	%1104 = icmp eq i32 %1103, 0
	%1105 = and i1 %1102, %1104
	%1106 = lshr i32 %1101, 24
	%1107 = and i32 %1106, 255
	%1108 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1105)
	br i1 %1108, label %1137, label %1145

1109:
	call void @llvm.nvvm.barrier0()
	%1110 = sub i32 255, %0
	%1111 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1110
	%1112 = load i32, i32 addrspace(3)* %1111
	%1113 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1113
	%1114 = and i32 %0, 31
	%1115 = lshr i32 %0, 5
	%1116 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1112, i32 1, i32 0)
	%1117 = icmp uge i32 %1114, 1
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 %1112, %1118
	%1120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1119, i32 2, i32 0)
	%1121 = icmp uge i32 %1114, 2
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = add i32 %1119, %1122
	%1124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1123, i32 4, i32 0)
	%1125 = icmp uge i32 %1114, 4
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = add i32 %1123, %1126
	%1128 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1127, i32 8, i32 0)
	%1129 = icmp uge i32 %1114, 8
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = add i32 %1127, %1130
	%1132 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1131, i32 16, i32 0)
	%1133 = icmp uge i32 %1114, 16
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = add i32 %1131, %1134
	%1136 = icmp eq i32 %1114, 31
	br i1 %1136, label %1152, label %1154

1137:
	%1138 = select i1 %1105, i32 %1107, i32 256
	%1139 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1138)
	%1140 = shl i32 1, %3
	%1141 = sub i32 %1140, 1
	%1142 = and i32 %1139, %1141
	%1143 = icmp eq i32 %1142, 0
	%1144 = and i1 %1105, %1143
	br i1 %1144, label %1147, label %1151

1145:
	%1146 = add i32 %1097, 256
	br label %1096

1147:
	%1148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1107
	%1149 = call i32 @llvm.ctpop.i32(i32 %1139)
	%1150 = atomicrmw add i32 addrspace(3)* %1148, i32 %1149 monotonic
	br label %1151

1151:
	br label %1145

1152:
	%1153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1115
	store i32 %1135, i32 addrspace(3)* %1153
	br label %1154

1154:
	call void @llvm.nvvm.barrier0()
	%1155 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = icmp sgt i32 %1115, 0
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 0, %1158
	%1160 = add i32 0, %1156
	%1161 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1162 = load i32, i32 addrspace(3)* %1161
	%1163 = icmp sgt i32 %1115, 1
	%1164 = select i1 %1163, i32 %1162, i32 0
	%1165 = add i32 %1159, %1164
	%1166 = add i32 %1160, %1162
	%1167 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1168 = load i32, i32 addrspace(3)* %1167
	%1169 = icmp sgt i32 %1115, 2
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = add i32 %1165, %1170
	%1172 = add i32 %1166, %1168
	%1173 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1174 = load i32, i32 addrspace(3)* %1173
	%1175 = icmp sgt i32 %1115, 3
	%1176 = select i1 %1175, i32 %1174, i32 0
	%1177 = add i32 %1171, %1176
	%1178 = add i32 %1172, %1174
	%1179 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = icmp sgt i32 %1115, 4
	%1182 = select i1 %1181, i32 %1180, i32 0
	%1183 = add i32 %1177, %1182
	%1184 = add i32 %1178, %1180
	%1185 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1186 = load i32, i32 addrspace(3)* %1185
	%1187 = icmp sgt i32 %1115, 5
	%1188 = select i1 %1187, i32 %1186, i32 0
	%1189 = add i32 %1183, %1188
	%1190 = add i32 %1184, %1186
	%1191 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1192 = load i32, i32 addrspace(3)* %1191
	%1193 = icmp sgt i32 %1115, 6
	%1194 = select i1 %1193, i32 %1192, i32 0
	%1195 = add i32 %1189, %1194
	%1196 = add i32 %1190, %1192
	%1197 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1198 = load i32, i32 addrspace(3)* %1197
	%1199 = icmp sgt i32 %1115, 7
	%1200 = select i1 %1199, i32 %1198, i32 0
	%1201 = add i32 %1195, %1200
	%1202 = add i32 %1196, %1198
	%1203 = add i32 %1201, %1135
	%1204 = sub i32 %1203, %1112
	%1205 = icmp slt i32 %1204, %946
	%1206 = add i32 %1204, %1112
	%1207 = icmp sle i32 %946, %1206
	%1208 = and i1 %1205, %1207
	br i1 %1208, label %1209, label %1212

1209:
	%1210 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1110, i32 addrspace(3)* %1210
	%1211 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1204, i32 addrspace(3)* %1211
	br label %1212

1212:
	call void @llvm.nvvm.barrier0()
	%1213 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1214 = load i32, i32 addrspace(3)* %1213
	%1215 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1216 = load i32, i32 addrspace(3)* %1215
	%1217 = sub i32 %946, %1216
	%1218 = shl i32 %1214, 24
	%1219 = or i32 0, %1218
	%1220 = or i32 0, u0xFF000000
	br label %1221

1221:
	%1222 = phi i32 [ %0, %1212 ], [ %1271, %1270 ]
	%1223 = icmp slt i32 %1222, %16
	br i1 %1223, label %1224, label %1234

1224:
	%1225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1222
	%1226 = load i32, i32 addrspace(3)* %1225
	%1227 = icmp uge i32 %1226, 2
	%1228 = and i32 %1226, %1220
	%1229 = icmp eq i32 %1228, %1219
	%1230 = and i1 %1227, %1229
	%1231 = lshr i32 %1226, 16
	%1232 = and i32 %1231, 255
	%1233 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1230)
	br i1 %1233, label %1262, label %1270

1234:
	call void @llvm.nvvm.barrier0()
	%1235 = sub i32 255, %0
	%1236 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1235
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1238
	%1239 = and i32 %0, 31
	%1240 = lshr i32 %0, 5
	%1241 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1237, i32 1, i32 0)
	%1242 = icmp uge i32 %1239, 1
	%1243 = select i1 %1242, i32 %1241, i32 0
	%1244 = add i32 %1237, %1243
	%1245 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1244, i32 2, i32 0)
	%1246 = icmp uge i32 %1239, 2
	%1247 = select i1 %1246, i32 %1245, i32 0
	%1248 = add i32 %1244, %1247
	%1249 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1248, i32 4, i32 0)
	%1250 = icmp uge i32 %1239, 4
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = add i32 %1248, %1251
	%1253 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1252, i32 8, i32 0)
	%1254 = icmp uge i32 %1239, 8
	%1255 = select i1 %1254, i32 %1253, i32 0
	%1256 = add i32 %1252, %1255
	%1257 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1256, i32 16, i32 0)
	%1258 = icmp uge i32 %1239, 16
	%1259 = select i1 %1258, i32 %1257, i32 0
	%1260 = add i32 %1256, %1259
	%1261 = icmp eq i32 %1239, 31
	br i1 %1261, label %1277, label %1279

1262:
	%1263 = select i1 %1230, i32 %1232, i32 256
	%1264 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1263)
	%1265 = shl i32 1, %3
	%1266 = sub i32 %1265, 1
	%1267 = and i32 %1264, %1266
	%1268 = icmp eq i32 %1267, 0
	%1269 = and i1 %1230, %1268
	br i1 %1269, label %1272, label %1276

1270:
	%1271 = add i32 %1222, 256
	br label %1221

1272:
	%1273 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1232
	%1274 = call i32 @llvm.ctpop.i32(i32 %1264)
	%1275 = atomicrmw add i32 addrspace(3)* %1273, i32 %1274 monotonic
	br label %1276

1276:
	br label %1270

1277:
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1240
	store i32 %1260, i32 addrspace(3)* %1278
	br label %1279

1279:
	call void @llvm.nvvm.barrier0()
	%1280 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1281 = load i32, i32 addrspace(3)* %1280
	%1282 = icmp sgt i32 %1240, 0
	%1283 = select i1 %1282, i32 %1281, i32 0
	%1284 = add i32 0, %1283
	%1285 = add i32 0, %1281
	%1286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1287 = load i32, i32 addrspace(3)* %1286
	%1288 = icmp sgt i32 %1240, 1
	%1289 = select i1 %1288, i32 %1287, i32 0
	%1290 = add i32 %1284, %1289
	%1291 = add i32 %1285, %1287
	%1292 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1293 = load i32, i32 addrspace(3)* %1292
	%1294 = icmp sgt i32 %1240, 2
	%1295 = select i1 %1294, i32 %1293, i32 0
	%1296 = add i32 %1290, %1295
	%1297 = add i32 %1291, %1293
	%1298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1299 = load i32, i32 addrspace(3)* %1298
	%1300 = icmp sgt i32 %1240, 3
	%1301 = select i1 %1300, i32 %1299, i32 0
	%1302 = add i32 %1296, %1301
	%1303 = add i32 %1297, %1299
	%1304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = icmp sgt i32 %1240, 4
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = add i32 %1302, %1307
	%1309 = add i32 %1303, %1305
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1240, 5
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 %1308, %1313
	%1315 = add i32 %1309, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1240, 6
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1240, 7
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = add i32 %1326, %1260
	%1329 = sub i32 %1328, %1237
	%1330 = icmp slt i32 %1329, %1217
	%1331 = add i32 %1329, %1237
	%1332 = icmp sle i32 %1217, %1331
	%1333 = and i1 %1330, %1332
	br i1 %1333, label %1334, label %1337

1334:
	%1335 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1235, i32 addrspace(3)* %1335
	%1336 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1329, i32 addrspace(3)* %1336
	br label %1337

1337:
	call void @llvm.nvvm.barrier0()
	%1338 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1341 = load i32, i32 addrspace(3)* %1340
	%1342 = sub i32 %1217, %1341
	%1343 = shl i32 %1339, 16
	%1344 = or i32 %1219, %1343
	%1345 = or i32 %1220, u0xFF0000
	br label %1346

1346:
	%1347 = phi i32 [ %0, %1337 ], [ %1396, %1395 ]
	%1348 = icmp slt i32 %1347, %16
	br i1 %1348, label %1349, label %1359

1349:
	%1350 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1347
	%1351 = load i32, i32 addrspace(3)* %1350
	%1352 = icmp uge i32 %1351, 2
	%1353 = and i32 %1351, %1345
	%1354 = icmp eq i32 %1353, %1344
	%1355 = and i1 %1352, %1354
	%1356 = lshr i32 %1351, 8
	%1357 = and i32 %1356, 255
	%1358 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1355)
	br i1 %1358, label %1387, label %1395

1359:
	call void @llvm.nvvm.barrier0()
	%1360 = sub i32 255, %0
	%1361 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1360
	%1362 = load i32, i32 addrspace(3)* %1361
	%1363 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1363
	%1364 = and i32 %0, 31
	%1365 = lshr i32 %0, 5
	%1366 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1362, i32 1, i32 0)
	%1367 = icmp uge i32 %1364, 1
	%1368 = select i1 %1367, i32 %1366, i32 0
	%1369 = add i32 %1362, %1368
	%1370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1369, i32 2, i32 0)
	%1371 = icmp uge i32 %1364, 2
	%1372 = select i1 %1371, i32 %1370, i32 0
	%1373 = add i32 %1369, %1372
	%1374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1373, i32 4, i32 0)
	%1375 = icmp uge i32 %1364, 4
	%1376 = select i1 %1375, i32 %1374, i32 0
	%1377 = add i32 %1373, %1376
	%1378 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1377, i32 8, i32 0)
	%1379 = icmp uge i32 %1364, 8
	%1380 = select i1 %1379, i32 %1378, i32 0
	%1381 = add i32 %1377, %1380
	%1382 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1381, i32 16, i32 0)
	%1383 = icmp uge i32 %1364, 16
	%1384 = select i1 %1383, i32 %1382, i32 0
	%1385 = add i32 %1381, %1384
	%1386 = icmp eq i32 %1364, 31
	br i1 %1386, label %1402, label %1404

1387:
	%1388 = select i1 %1355, i32 %1357, i32 256
	%1389 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1388)
	%1390 = shl i32 1, %3
	%1391 = sub i32 %1390, 1
	%1392 = and i32 %1389, %1391
	%1393 = icmp eq i32 %1392, 0
	%1394 = and i1 %1355, %1393
	br i1 %1394, label %1397, label %1401

1395:
	%1396 = add i32 %1347, 256
	br label %1346

1397:
	%1398 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1357
	%1399 = call i32 @llvm.ctpop.i32(i32 %1389)
	%1400 = atomicrmw add i32 addrspace(3)* %1398, i32 %1399 monotonic
	br label %1401

1401:
	br label %1395

1402:
	%1403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1365
	store i32 %1385, i32 addrspace(3)* %1403
	br label %1404

1404:
	call void @llvm.nvvm.barrier0()
	%1405 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1406 = load i32, i32 addrspace(3)* %1405
	%1407 = icmp sgt i32 %1365, 0
	%1408 = select i1 %1407, i32 %1406, i32 0
	%1409 = add i32 0, %1408
	%1410 = add i32 0, %1406
	%1411 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1412 = load i32, i32 addrspace(3)* %1411
	%1413 = icmp sgt i32 %1365, 1
	%1414 = select i1 %1413, i32 %1412, i32 0
	%1415 = add i32 %1409, %1414
	%1416 = add i32 %1410, %1412
	%1417 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1418 = load i32, i32 addrspace(3)* %1417
	%1419 = icmp sgt i32 %1365, 2
	%1420 = select i1 %1419, i32 %1418, i32 0
	%1421 = add i32 %1415, %1420
	%1422 = add i32 %1416, %1418
	%1423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1424 = load i32, i32 addrspace(3)* %1423
	%1425 = icmp sgt i32 %1365, 3
	%1426 = select i1 %1425, i32 %1424, i32 0
	%1427 = add i32 %1421, %1426
	%1428 = add i32 %1422, %1424
	%1429 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1430 = load i32, i32 addrspace(3)* %1429
	%1431 = icmp sgt i32 %1365, 4
	%1432 = select i1 %1431, i32 %1430, i32 0
	%1433 = add i32 %1427, %1432
	%1434 = add i32 %1428, %1430
	%1435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1436 = load i32, i32 addrspace(3)* %1435
	%1437 = icmp sgt i32 %1365, 5
	%1438 = select i1 %1437, i32 %1436, i32 0
	%1439 = add i32 %1433, %1438
	%1440 = add i32 %1434, %1436
	%1441 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1442 = load i32, i32 addrspace(3)* %1441
	%1443 = icmp sgt i32 %1365, 6
	%1444 = select i1 %1443, i32 %1442, i32 0
	%1445 = add i32 %1439, %1444
	%1446 = add i32 %1440, %1442
	%1447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1448 = load i32, i32 addrspace(3)* %1447
	%1449 = icmp sgt i32 %1365, 7
	%1450 = select i1 %1449, i32 %1448, i32 0
	%1451 = add i32 %1445, %1450
	%1452 = add i32 %1446, %1448
	%1453 = add i32 %1451, %1385
	%1454 = sub i32 %1453, %1362
	%1455 = icmp slt i32 %1454, %1342
	%1456 = add i32 %1454, %1362
	%1457 = icmp sle i32 %1342, %1456
	%1458 = and i1 %1455, %1457
	br i1 %1458, label %1459, label %1462

1459:
	%1460 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1360, i32 addrspace(3)* %1460
	%1461 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1454, i32 addrspace(3)* %1461
	br label %1462

1462:
	call void @llvm.nvvm.barrier0()
	%1463 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1464 = load i32, i32 addrspace(3)* %1463
	%1465 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1466 = load i32, i32 addrspace(3)* %1465
	%1467 = sub i32 %1342, %1466
	%1468 = shl i32 %1464, 8
	%1469 = or i32 %1344, %1468
	%1470 = or i32 %1345, u0xFF00
	br label %1471

1471:
	%1472 = phi i32 [ %0, %1462 ], [ %1521, %1520 ]
	%1473 = icmp slt i32 %1472, %16
	br i1 %1473, label %1474, label %1484

1474:
	%1475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1472
	%1476 = load i32, i32 addrspace(3)* %1475
	%1477 = icmp uge i32 %1476, 2
	%1478 = and i32 %1476, %1470
	%1479 = icmp eq i32 %1478, %1469
	%1480 = and i1 %1477, %1479
	%1481 = lshr i32 %1476, 0
	%1482 = and i32 %1481, 255
	%1483 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1480)
	br i1 %1483, label %1512, label %1520

1484:
	call void @llvm.nvvm.barrier0()
	%1485 = sub i32 255, %0
	%1486 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1485
	%1487 = load i32, i32 addrspace(3)* %1486
	%1488 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1488
	%1489 = and i32 %0, 31
	%1490 = lshr i32 %0, 5
	%1491 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1487, i32 1, i32 0)
	%1492 = icmp uge i32 %1489, 1
	%1493 = select i1 %1492, i32 %1491, i32 0
	%1494 = add i32 %1487, %1493
	%1495 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1494, i32 2, i32 0)
	%1496 = icmp uge i32 %1489, 2
	%1497 = select i1 %1496, i32 %1495, i32 0
	%1498 = add i32 %1494, %1497
	%1499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1498, i32 4, i32 0)
	%1500 = icmp uge i32 %1489, 4
	%1501 = select i1 %1500, i32 %1499, i32 0
	%1502 = add i32 %1498, %1501
	%1503 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1502, i32 8, i32 0)
	%1504 = icmp uge i32 %1489, 8
	%1505 = select i1 %1504, i32 %1503, i32 0
	%1506 = add i32 %1502, %1505
	%1507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1506, i32 16, i32 0)
	%1508 = icmp uge i32 %1489, 16
	%1509 = select i1 %1508, i32 %1507, i32 0
	%1510 = add i32 %1506, %1509
	%1511 = icmp eq i32 %1489, 31
	br i1 %1511, label %1527, label %1529

1512:
	%1513 = select i1 %1480, i32 %1482, i32 256
	%1514 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1513)
	%1515 = shl i32 1, %3
	%1516 = sub i32 %1515, 1
	%1517 = and i32 %1514, %1516
	%1518 = icmp eq i32 %1517, 0
	%1519 = and i1 %1480, %1518
	br i1 %1519, label %1522, label %1526

1520:
	%1521 = add i32 %1472, 256
	br label %1471

1522:
	%1523 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1482
	%1524 = call i32 @llvm.ctpop.i32(i32 %1514)
	%1525 = atomicrmw add i32 addrspace(3)* %1523, i32 %1524 monotonic
	br label %1526

1526:
	br label %1520

1527:
	%1528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1490
	store i32 %1510, i32 addrspace(3)* %1528
	br label %1529

1529:
	call void @llvm.nvvm.barrier0()
	%1530 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1531 = load i32, i32 addrspace(3)* %1530
	%1532 = icmp sgt i32 %1490, 0
	%1533 = select i1 %1532, i32 %1531, i32 0
	%1534 = add i32 0, %1533
	%1535 = add i32 0, %1531
	%1536 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1537 = load i32, i32 addrspace(3)* %1536
	%1538 = icmp sgt i32 %1490, 1
	%1539 = select i1 %1538, i32 %1537, i32 0
	%1540 = add i32 %1534, %1539
	%1541 = add i32 %1535, %1537
	%1542 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1543 = load i32, i32 addrspace(3)* %1542
	%1544 = icmp sgt i32 %1490, 2
	%1545 = select i1 %1544, i32 %1543, i32 0
	%1546 = add i32 %1540, %1545
	%1547 = add i32 %1541, %1543
	%1548 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1549 = load i32, i32 addrspace(3)* %1548
	%1550 = icmp sgt i32 %1490, 3
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = add i32 %1546, %1551
	%1553 = add i32 %1547, %1549
	%1554 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1555 = load i32, i32 addrspace(3)* %1554
	%1556 = icmp sgt i32 %1490, 4
	%1557 = select i1 %1556, i32 %1555, i32 0
	%1558 = add i32 %1552, %1557
	%1559 = add i32 %1553, %1555
	%1560 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1561 = load i32, i32 addrspace(3)* %1560
	%1562 = icmp sgt i32 %1490, 5
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = add i32 %1558, %1563
	%1565 = add i32 %1559, %1561
	%1566 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1567 = load i32, i32 addrspace(3)* %1566
	%1568 = icmp sgt i32 %1490, 6
	%1569 = select i1 %1568, i32 %1567, i32 0
	%1570 = add i32 %1564, %1569
	%1571 = add i32 %1565, %1567
	%1572 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1573 = load i32, i32 addrspace(3)* %1572
	%1574 = icmp sgt i32 %1490, 7
	%1575 = select i1 %1574, i32 %1573, i32 0
	%1576 = add i32 %1570, %1575
	%1577 = add i32 %1571, %1573
	%1578 = add i32 %1576, %1510
	%1579 = sub i32 %1578, %1487
	%1580 = icmp slt i32 %1579, %1467
	%1581 = add i32 %1579, %1487
	%1582 = icmp sle i32 %1467, %1581
	%1583 = and i1 %1580, %1582
	br i1 %1583, label %1584, label %1587

1584:
	%1585 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1485, i32 addrspace(3)* %1585
	%1586 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1579, i32 addrspace(3)* %1586
	br label %1587

1587:
	call void @llvm.nvvm.barrier0()
	%1588 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1589 = load i32, i32 addrspace(3)* %1588
	%1590 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1591 = load i32, i32 addrspace(3)* %1590
	%1592 = sub i32 %1467, %1591
	%1593 = shl i32 %1589, 0
	%1594 = or i32 %1469, %1593
	%1595 = or i32 %1470, 255
	%1596 = shl i32 1, %3
	%1597 = sub i32 %1596, 1
	br label %1598

1598:
	%1599 = phi i32 [ 0, %1587 ], [ %1653, %1652 ]
	%1600 = icmp slt i32 %1599, %16
	br i1 %1600, label %1601, label %1610

1601:
	%1602 = add i32 %1599, %0
	%1603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1602
	%1604 = load i32, i32 addrspace(3)* %1603
	%1605 = icmp ugt i32 %1604, %1594
	%1606 = icmp eq i32 %1604, %1594
	%1607 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1605)
	%1608 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1606)
	%1609 = icmp eq i32 %3, 0
	br i1 %1609, label %1644, label %1652

1610:
	call void @llvm.nvvm.barrier0()
	%1611 = sdiv i32 %16, 256
	%1612 = mul i32 %1611, 8
	%1613 = icmp slt i32 %0, %1612
	%1614 = select i1 %1613, i32 %0, i32 0
	%1615 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1614
	%1616 = load i32, i32 addrspace(3)* %1615
	%1617 = select i1 %1613, i32 %1616, i32 0
	%1618 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1614
	%1619 = load i32, i32 addrspace(3)* %1618
	%1620 = select i1 %1613, i32 %1619, i32 0
	%1621 = and i32 %0, 31
	%1622 = lshr i32 %0, 5
	%1623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1620, i32 1, i32 0)
	%1624 = icmp uge i32 %1621, 1
	%1625 = select i1 %1624, i32 %1623, i32 0
	%1626 = add i32 %1620, %1625
	%1627 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1626, i32 2, i32 0)
	%1628 = icmp uge i32 %1621, 2
	%1629 = select i1 %1628, i32 %1627, i32 0
	%1630 = add i32 %1626, %1629
	%1631 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1630, i32 4, i32 0)
	%1632 = icmp uge i32 %1621, 4
	%1633 = select i1 %1632, i32 %1631, i32 0
	%1634 = add i32 %1630, %1633
	%1635 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1634, i32 8, i32 0)
	%1636 = icmp uge i32 %1621, 8
	%1637 = select i1 %1636, i32 %1635, i32 0
	%1638 = add i32 %1634, %1637
	%1639 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1638, i32 16, i32 0)
	%1640 = icmp uge i32 %1621, 16
	%1641 = select i1 %1640, i32 %1639, i32 0
	%1642 = add i32 %1638, %1641
	%1643 = icmp eq i32 %1621, 31
	br i1 %1643, label %1654, label %1656

1644:
	%1645 = sdiv i32 %1599, 256
	%1646 = mul i32 %1645, 8
	%1647 = add i32 %1646, %4
	%1648 = call i32 @llvm.ctpop.i32(i32 %1607)
	%1649 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1647
	store i32 %1648, i32 addrspace(3)* %1649
	%1650 = call i32 @llvm.ctpop.i32(i32 %1608)
	%1651 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1647
	store i32 %1650, i32 addrspace(3)* %1651
	br label %1652

1652:
	%1653 = add i32 %1599, 256
	br label %1598

1654:
	%1655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1622
	store i32 %1642, i32 addrspace(3)* %1655
	br label %1656

1656:
	call void @llvm.nvvm.barrier0()
	%1657 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1658 = load i32, i32 addrspace(3)* %1657
	%1659 = icmp sgt i32 %1622, 0
	%1660 = select i1 %1659, i32 %1658, i32 0
	%1661 = add i32 0, %1660
	%1662 = add i32 0, %1658
	%1663 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1664 = load i32, i32 addrspace(3)* %1663
	%1665 = icmp sgt i32 %1622, 1
	%1666 = select i1 %1665, i32 %1664, i32 0
	%1667 = add i32 %1661, %1666
	%1668 = add i32 %1662, %1664
	%1669 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1670 = load i32, i32 addrspace(3)* %1669
	%1671 = icmp sgt i32 %1622, 2
	%1672 = select i1 %1671, i32 %1670, i32 0
	%1673 = add i32 %1667, %1672
	%1674 = add i32 %1668, %1670
	%1675 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1676 = load i32, i32 addrspace(3)* %1675
	%1677 = icmp sgt i32 %1622, 3
	%1678 = select i1 %1677, i32 %1676, i32 0
	%1679 = add i32 %1673, %1678
	%1680 = add i32 %1674, %1676
	%1681 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1682 = load i32, i32 addrspace(3)* %1681
	%1683 = icmp sgt i32 %1622, 4
	%1684 = select i1 %1683, i32 %1682, i32 0
	%1685 = add i32 %1679, %1684
	%1686 = add i32 %1680, %1682
	%1687 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1688 = load i32, i32 addrspace(3)* %1687
	%1689 = icmp sgt i32 %1622, 5
	%1690 = select i1 %1689, i32 %1688, i32 0
	%1691 = add i32 %1685, %1690
	%1692 = add i32 %1686, %1688
	%1693 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1694 = load i32, i32 addrspace(3)* %1693
	%1695 = icmp sgt i32 %1622, 6
	%1696 = select i1 %1695, i32 %1694, i32 0
	%1697 = add i32 %1691, %1696
	%1698 = add i32 %1692, %1694
	%1699 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1700 = load i32, i32 addrspace(3)* %1699
	%1701 = icmp sgt i32 %1622, 7
	%1702 = select i1 %1701, i32 %1700, i32 0
	%1703 = add i32 %1697, %1702
	%1704 = add i32 %1698, %1700
	%1705 = add i32 %1703, %1642
	%1706 = sub i32 %1705, %1620
	%1707 = sub i32 %1592, %1706
	%1708 = icmp sgt i32 %1707, 0
	%1709 = select i1 %1708, i32 %1707, i32 0
	%1710 = icmp slt i32 %1709, %1620
	%1711 = select i1 %1710, i32 %1709, i32 %1620
	%1712 = add i32 %1617, %1711
	%1713 = and i32 %0, 31
	%1714 = lshr i32 %0, 5
	%1715 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1712, i32 1, i32 0)
	%1716 = icmp uge i32 %1713, 1
	%1717 = select i1 %1716, i32 %1715, i32 0
	%1718 = add i32 %1712, %1717
	%1719 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1718, i32 2, i32 0)
	%1720 = icmp uge i32 %1713, 2
	%1721 = select i1 %1720, i32 %1719, i32 0
	%1722 = add i32 %1718, %1721
	%1723 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1722, i32 4, i32 0)
	%1724 = icmp uge i32 %1713, 4
	%1725 = select i1 %1724, i32 %1723, i32 0
	%1726 = add i32 %1722, %1725
	%1727 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1726, i32 8, i32 0)
	%1728 = icmp uge i32 %1713, 8
	%1729 = select i1 %1728, i32 %1727, i32 0
	%1730 = add i32 %1726, %1729
	%1731 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1730, i32 16, i32 0)
	%1732 = icmp uge i32 %1713, 16
	%1733 = select i1 %1732, i32 %1731, i32 0
	%1734 = add i32 %1730, %1733
	%1735 = icmp eq i32 %1713, 31
	br i1 %1735, label %1736, label %1738

1736:
	%1737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1714
	store i32 %1734, i32 addrspace(3)* %1737
	br label %1738

1738:
	call void @llvm.nvvm.barrier0()
	%1739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1740 = load i32, i32 addrspace(3)* %1739
	%1741 = icmp sgt i32 %1714, 0
	%1742 = select i1 %1741, i32 %1740, i32 0
	%1743 = add i32 0, %1742
	%1744 = add i32 0, %1740
	%1745 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1746 = load i32, i32 addrspace(3)* %1745
	%1747 = icmp sgt i32 %1714, 1
	%1748 = select i1 %1747, i32 %1746, i32 0
	%1749 = add i32 %1743, %1748
	%1750 = add i32 %1744, %1746
	%1751 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1752 = load i32, i32 addrspace(3)* %1751
	%1753 = icmp sgt i32 %1714, 2
	%1754 = select i1 %1753, i32 %1752, i32 0
	%1755 = add i32 %1749, %1754
	%1756 = add i32 %1750, %1752
	%1757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1758 = load i32, i32 addrspace(3)* %1757
	%1759 = icmp sgt i32 %1714, 3
	%1760 = select i1 %1759, i32 %1758, i32 0
	%1761 = add i32 %1755, %1760
	%1762 = add i32 %1756, %1758
	%1763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1764 = load i32, i32 addrspace(3)* %1763
	%1765 = icmp sgt i32 %1714, 4
	%1766 = select i1 %1765, i32 %1764, i32 0
	%1767 = add i32 %1761, %1766
	%1768 = add i32 %1762, %1764
	%1769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1770 = load i32, i32 addrspace(3)* %1769
	%1771 = icmp sgt i32 %1714, 5
	%1772 = select i1 %1771, i32 %1770, i32 0
	%1773 = add i32 %1767, %1772
	%1774 = add i32 %1768, %1770
	%1775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1776 = load i32, i32 addrspace(3)* %1775
	%1777 = icmp sgt i32 %1714, 6
	%1778 = select i1 %1777, i32 %1776, i32 0
	%1779 = add i32 %1773, %1778
	%1780 = add i32 %1774, %1776
	%1781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1782 = load i32, i32 addrspace(3)* %1781
	%1783 = icmp sgt i32 %1714, 7
	%1784 = select i1 %1783, i32 %1782, i32 0
	%1785 = add i32 %1779, %1784
	%1786 = add i32 %1780, %1782
	%1787 = add i32 %1785, %1734
	%1788 = sub i32 %1787, %1712
	br i1 %1613, label %1789, label %1792

1789:
	%1790 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1788, i32 addrspace(3)* %1790
	%1791 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1706, i32 addrspace(3)* %1791
	br label %1792

1792:
	call void @llvm.nvvm.barrier0()
	br label %1793

1793:
	%1794 = phi i32 [ 0, %1792 ], [ %1826, %1825 ]
	%1795 = icmp slt i32 %1794, %16
	br i1 %1795, label %1796, label %1821

1796:
	%1797 = add i32 %1794, %0
	%1798 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1797
	%1799 = load i32, i32 addrspace(3)* %1798
	%1800 = icmp ugt i32 %1799, %1594
	%1801 = icmp eq i32 %1799, %1594
	%1802 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1800)
	%1803 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1801)
	%1804 = sdiv i32 %1794, 256
	%1805 = mul i32 %1804, 8
	%1806 = add i32 %1805, %4
	%1807 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1806
	%1808 = load i32, i32 addrspace(3)* %1807
	%1809 = and i32 %1803, %1597
	%1810 = call i32 @llvm.ctpop.i32(i32 %1809)
	%1811 = add i32 %1808, %1810
	%1812 = icmp slt i32 %1811, %1592
	%1813 = and i1 %1801, %1812
	%1814 = or i1 %1800, %1813
	%1815 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1814)
	%1816 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1806
	%1817 = load i32, i32 addrspace(3)* %1816
	%1818 = and i32 %1815, %1597
	%1819 = call i32 @llvm.ctpop.i32(i32 %1818)
	%1820 = add i32 %1817, %1819
	br i1 %1814, label %1822, label %1825

1821:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1822:
	%1823 = add i32 %1794, %0
	%1824 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1820
	store i32 %1823, i32 addrspace(3)* %1824
	br label %1825

1825:
	%1826 = add i32 %1794, 256
	br label %1793

1827:
	%1828 = phi i32 [ %0, %mass_taken ], [ %1841, %1830 ]
	%1829 = icmp slt i32 %1828, %946
	br i1 %1829, label %1830, label %1842

1830:
	%1831 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1828
	%1832 = load i32, i32 addrspace(3)* %1831
	%1833 = add i32 %406, %1828
	%1834 = add i32 %13, %1833
	%1835 = sext i32 %1834 to i64
	%1836 = getelementptr i32, i32* %list, i64 %1835
	store i32 %1832, i32* %1836
	%1837 = add i32 %13, %NK
	%1838 = add i32 %1837, %1833
	%1839 = sext i32 %1838 to i64
	%1840 = getelementptr i32, i32* %list, i64 %1839
	store i32 0, i32* %1840
	%1841 = add i32 %1828, 256
	br label %1827

1842:
	call void @llvm.nvvm.barrier0()
	%1843 = icmp eq i32 %4, 0
	br i1 %1843, label %1844, label %1847

1844:
	%1845 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1846 = load double, double addrspace(3)* %1845
	br label %1860

1847:
	call void @llvm.nvvm.barrier0()
	%1848 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1849 = load i32, i32 addrspace(3)* %1848
	%1850 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1851 = load i32, i32 addrspace(3)* %1850
	%1852 = icmp ne i32 %1851, 0
	%1853 = icmp sge i32 %946, %407
	%1854 = or i1 %1852, %1853
	%1855 = mul i32 %946, 4
	%1856 = icmp sgt i32 %1855, 64
	%1857 = select i1 %1856, i32 %1855, i32 64
	%1858 = icmp slt i32 %1857, %407
	%1859 = select i1 %1858, i32 %1857, i32 %407
	br i1 %1854, label %mass_done, label %mass

1860:
	%1861 = phi i32 [ 0, %1844 ], [ %2325, %2322 ]
	%1862 = phi double [ %1846, %1844 ], [ %2323, %2322 ]
	%1863 = phi i32 [ 0, %1844 ], [ %2324, %2322 ]
	%1864 = icmp slt i32 %1861, %946
	br i1 %1864, label %1865, label %1868

1865:
	%1866 = add i32 %1861, %3
	%1867 = icmp slt i32 %1866, %946
	br i1 %1867, label %1870, label %1877

1868:
	%1869 = icmp eq i32 %3, 0
	br i1 %1869, label %2326, label %2331

1870:
	%1871 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1866
	%1872 = load i32, i32 addrspace(3)* %1871
	%1873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1872
	%1874 = load i32, i32 addrspace(3)* %1873
	%1875 = sub i32 %1874, 2
	%1876 = bitcast i32 %1875 to float
	br label %1877

1877:
	%1878 = phi float [ 0.0, %1865 ], [ %1876, %1870 ]
	%1879 = fpext float %1878 to double
	%1880 = fcmp one float %1878, 0.0
	%1881 = call float @llvm.fabs.f32(float %1878)
	%1882 = fcmp olt float %1881, 0x3E20000000000000
	%1883 = and i1 %1880, %1882
	%1884 = fmul double %1862, 4.503599627370496e+15
	%1885 = call double @llvm.trunc.f64(double %1884)
	%1886 = fcmp oeq double %1884, %1885
	%1887 = bitcast double %1879 to i64
	%1888 = trunc i64 %1887 to i32
	%1889 = lshr i64 %1887, 32
	%1890 = trunc i64 %1889 to i32
	%1891 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1888, i32 1, i32 0)
	%1892 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1890, i32 1, i32 0)
	%1893 = zext i32 %1891 to i64
	%1894 = zext i32 %1892 to i64
	%1895 = shl i64 %1894, 32
	%1896 = or i64 %1893, %1895
	%1897 = bitcast i64 %1896 to double
	%1898 = icmp uge i32 %3, 1
	%1899 = fadd double %1879, %1897
	%1900 = select i1 %1898, double %1899, double %1879
	%1901 = bitcast double %1900 to i64
	%1902 = trunc i64 %1901 to i32
	%1903 = lshr i64 %1901, 32
	%1904 = trunc i64 %1903 to i32
	%1905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1902, i32 2, i32 0)
	%1906 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1904, i32 2, i32 0)
	%1907 = zext i32 %1905 to i64
	%1908 = zext i32 %1906 to i64
	%1909 = shl i64 %1908, 32
	%1910 = or i64 %1907, %1909
	%1911 = bitcast i64 %1910 to double
	%1912 = icmp uge i32 %3, 2
	%1913 = fadd double %1900, %1911
	%1914 = select i1 %1912, double %1913, double %1900
	%1915 = bitcast double %1914 to i64
	%1916 = trunc i64 %1915 to i32
	%1917 = lshr i64 %1915, 32
	%1918 = trunc i64 %1917 to i32
	%1919 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1916, i32 4, i32 0)
	%1920 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1918, i32 4, i32 0)
	%1921 = zext i32 %1919 to i64
	%1922 = zext i32 %1920 to i64
	%1923 = shl i64 %1922, 32
	%1924 = or i64 %1921, %1923
	%1925 = bitcast i64 %1924 to double
	%1926 = icmp uge i32 %3, 4
	%1927 = fadd double %1914, %1925
	%1928 = select i1 %1926, double %1927, double %1914
	%1929 = bitcast double %1928 to i64
	%1930 = trunc i64 %1929 to i32
	%1931 = lshr i64 %1929, 32
	%1932 = trunc i64 %1931 to i32
	%1933 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1930, i32 8, i32 0)
	%1934 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1932, i32 8, i32 0)
	%1935 = zext i32 %1933 to i64
	%1936 = zext i32 %1934 to i64
	%1937 = shl i64 %1936, 32
	%1938 = or i64 %1935, %1937
	%1939 = bitcast i64 %1938 to double
	%1940 = icmp uge i32 %3, 8
	%1941 = fadd double %1928, %1939
	%1942 = select i1 %1940, double %1941, double %1928
	%1943 = bitcast double %1942 to i64
	%1944 = trunc i64 %1943 to i32
	%1945 = lshr i64 %1943, 32
	%1946 = trunc i64 %1945 to i32
	%1947 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1944, i32 16, i32 0)
	%1948 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1946, i32 16, i32 0)
	%1949 = zext i32 %1947 to i64
	%1950 = zext i32 %1948 to i64
	%1951 = shl i64 %1950, 32
	%1952 = or i64 %1949, %1951
	%1953 = bitcast i64 %1952 to double
	%1954 = icmp uge i32 %3, 16
	%1955 = fadd double %1942, %1953
	%1956 = select i1 %1954, double %1955, double %1942
	%1957 = bitcast double %1956 to i64
	%1958 = trunc i64 %1957 to i32
	%1959 = lshr i64 %1957, 32
	%1960 = trunc i64 %1959 to i32
	%1961 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1958, i32 31, i32 31)
	%1962 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1960, i32 31, i32 31)
	%1963 = zext i32 %1961 to i64
	%1964 = zext i32 %1962 to i64
	%1965 = shl i64 %1964, 32
	%1966 = or i64 %1963, %1965
	%1967 = bitcast i64 %1966 to double
	%1968 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1883)
	%1969 = xor i1 %1968, true
	%1970 = and i1 %1886, %1969
	%1971 = fadd double %1862, %1967
	%1972 = fcmp olt double %1971, 1.5
	%1973 = and i1 %1970, %1972
	%1974 = fcmp oge double %1862, 0x3FECCCCCCCCCCCCD
	%1975 = or i1 %1973, %1974
	br i1 %1975, label %1976, label %2001

1976:
	%1977 = fsub double %1956, %1879
	%1978 = fadd double %1862, %1977
	%1979 = fcmp olt double %1978, 0x3FECCCCCCCCCCCCD
	%1980 = and i1 %1867, %1979
	%1981 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1980)
	%1982 = call i32 @llvm.ctpop.i32(i32 %1981)
	%1983 = sub i32 %1982, 1
	%1984 = icmp sgt i32 %1983, 0
	%1985 = select i1 %1984, i32 %1983, i32 0
	%1986 = bitcast double %1956 to i64
	%1987 = trunc i64 %1986 to i32
	%1988 = lshr i64 %1986, 32
	%1989 = trunc i64 %1988 to i32
	%1990 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1987, i32 %1985, i32 31)
	%1991 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1989, i32 %1985, i32 31)
	%1992 = zext i32 %1990 to i64
	%1993 = zext i32 %1991 to i64
	%1994 = shl i64 %1993, 32
	%1995 = or i64 %1992, %1994
	%1996 = bitcast i64 %1995 to double
	%1997 = icmp sgt i32 %1982, 0
	%1998 = fadd double %1862, %1996
	%1999 = select i1 %1997, double %1998, double %1862
	%2000 = add i32 %1863, %1982
	br label %2322

2001:
	%2002 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 0, i32 31)
	%2003 = fcmp olt double %1862, 0x3FECCCCCCCCCCCCD
	%2004 = add i32 %1861, 0
	%2005 = icmp slt i32 %2004, %946
	%2006 = and i1 %2003, %2005
	%2007 = fpext float %2002 to double
	%2008 = fadd double %1862, %2007
	%2009 = select i1 %2006, double %2008, double %1862
	%2010 = add i32 %1863, 1
	%2011 = select i1 %2006, i32 %2010, i32 %1863
	%2012 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 1, i32 31)
	%2013 = fcmp olt double %2009, 0x3FECCCCCCCCCCCCD
	%2014 = add i32 %1861, 1
	%2015 = icmp slt i32 %2014, %946
	%2016 = and i1 %2013, %2015
	%2017 = fpext float %2012 to double
	%2018 = fadd double %2009, %2017
	%2019 = select i1 %2016, double %2018, double %2009
	%2020 = add i32 %2011, 1
	%2021 = select i1 %2016, i32 %2020, i32 %2011
	%2022 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 2, i32 31)
	%2023 = fcmp olt double %2019, 0x3FECCCCCCCCCCCCD
	%2024 = add i32 %1861, 2
	%2025 = icmp slt i32 %2024, %946
	%2026 = and i1 %2023, %2025
	%2027 = fpext float %2022 to double
	%2028 = fadd double %2019, %2027
	%2029 = select i1 %2026, double %2028, double %2019
	%2030 = add i32 %2021, 1
	%2031 = select i1 %2026, i32 %2030, i32 %2021
	%2032 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 3, i32 31)
	%2033 = fcmp olt double %2029, 0x3FECCCCCCCCCCCCD
	%2034 = add i32 %1861, 3
	%2035 = icmp slt i32 %2034, %946
	%2036 = and i1 %2033, %2035
	%2037 = fpext float %2032 to double
	%2038 = fadd double %2029, %2037
	%2039 = select i1 %2036, double %2038, double %2029
	%2040 = add i32 %2031, 1
	%2041 = select i1 %2036, i32 %2040, i32 %2031
	%2042 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 4, i32 31)
	%2043 = fcmp olt double %2039, 0x3FECCCCCCCCCCCCD
	%2044 = add i32 %1861, 4
	%2045 = icmp slt i32 %2044, %946
	%2046 = and i1 %2043, %2045
	%2047 = fpext float %2042 to double
	%2048 = fadd double %2039, %2047
	%2049 = select i1 %2046, double %2048, double %2039
	%2050 = add i32 %2041, 1
	%2051 = select i1 %2046, i32 %2050, i32 %2041
	%2052 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 5, i32 31)
	%2053 = fcmp olt double %2049, 0x3FECCCCCCCCCCCCD
	%2054 = add i32 %1861, 5
	%2055 = icmp slt i32 %2054, %946
	%2056 = and i1 %2053, %2055
	%2057 = fpext float %2052 to double
	%2058 = fadd double %2049, %2057
	%2059 = select i1 %2056, double %2058, double %2049
	%2060 = add i32 %2051, 1
	%2061 = select i1 %2056, i32 %2060, i32 %2051
	%2062 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 6, i32 31)
	%2063 = fcmp olt double %2059, 0x3FECCCCCCCCCCCCD
	%2064 = add i32 %1861, 6
	%2065 = icmp slt i32 %2064, %946
	%2066 = and i1 %2063, %2065
	%2067 = fpext float %2062 to double
	%2068 = fadd double %2059, %2067
	%2069 = select i1 %2066, double %2068, double %2059
	%2070 = add i32 %2061, 1
	%2071 = select i1 %2066, i32 %2070, i32 %2061
	%2072 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 7, i32 31)
	%2073 = fcmp olt double %2069, 0x3FECCCCCCCCCCCCD
	%2074 = add i32 %1861, 7
	%2075 = icmp slt i32 %2074, %946
	%2076 = and i1 %2073, %2075
	%2077 = fpext float %2072 to double
	%2078 = fadd double %2069, %2077
	%2079 = select i1 %2076, double %2078, double %2069
	%2080 = add i32 %2071, 1
	%2081 = select i1 %2076, i32 %2080, i32 %2071
	%2082 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 8, i32 31)
	%2083 = fcmp olt double %2079, 0x3FECCCCCCCCCCCCD
	%2084 = add i32 %1861, 8
	%2085 = icmp slt i32 %2084, %946
	%2086 = and i1 %2083, %2085
	%2087 = fpext float %2082 to double
	%2088 = fadd double %2079, %2087
	%2089 = select i1 %2086, double %2088, double %2079
	%2090 = add i32 %2081, 1
	%2091 = select i1 %2086, i32 %2090, i32 %2081
	%2092 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 9, i32 31)
	%2093 = fcmp olt double %2089, 0x3FECCCCCCCCCCCCD
	%2094 = add i32 %1861, 9
	%2095 = icmp slt i32 %2094, %946
	%2096 = and i1 %2093, %2095
	%2097 = fpext float %2092 to double
	%2098 = fadd double %2089, %2097
	%2099 = select i1 %2096, double %2098, double %2089
	%2100 = add i32 %2091, 1
	%2101 = select i1 %2096, i32 %2100, i32 %2091
	%2102 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 10, i32 31)
	%2103 = fcmp olt double %2099, 0x3FECCCCCCCCCCCCD
	%2104 = add i32 %1861, 10
	%2105 = icmp slt i32 %2104, %946
	%2106 = and i1 %2103, %2105
	%2107 = fpext float %2102 to double
	%2108 = fadd double %2099, %2107
	%2109 = select i1 %2106, double %2108, double %2099
	%2110 = add i32 %2101, 1
	%2111 = select i1 %2106, i32 %2110, i32 %2101
	%2112 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 11, i32 31)
	%2113 = fcmp olt double %2109, 0x3FECCCCCCCCCCCCD
	%2114 = add i32 %1861, 11
	%2115 = icmp slt i32 %2114, %946
	%2116 = and i1 %2113, %2115
	%2117 = fpext float %2112 to double
	%2118 = fadd double %2109, %2117
	%2119 = select i1 %2116, double %2118, double %2109
	%2120 = add i32 %2111, 1
	%2121 = select i1 %2116, i32 %2120, i32 %2111
	%2122 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 12, i32 31)
	%2123 = fcmp olt double %2119, 0x3FECCCCCCCCCCCCD
	%2124 = add i32 %1861, 12
	%2125 = icmp slt i32 %2124, %946
	%2126 = and i1 %2123, %2125
	%2127 = fpext float %2122 to double
	%2128 = fadd double %2119, %2127
	%2129 = select i1 %2126, double %2128, double %2119
	%2130 = add i32 %2121, 1
	%2131 = select i1 %2126, i32 %2130, i32 %2121
	%2132 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 13, i32 31)
	%2133 = fcmp olt double %2129, 0x3FECCCCCCCCCCCCD
	%2134 = add i32 %1861, 13
	%2135 = icmp slt i32 %2134, %946
	%2136 = and i1 %2133, %2135
	%2137 = fpext float %2132 to double
	%2138 = fadd double %2129, %2137
	%2139 = select i1 %2136, double %2138, double %2129
	%2140 = add i32 %2131, 1
	%2141 = select i1 %2136, i32 %2140, i32 %2131
	%2142 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 14, i32 31)
	%2143 = fcmp olt double %2139, 0x3FECCCCCCCCCCCCD
	%2144 = add i32 %1861, 14
	%2145 = icmp slt i32 %2144, %946
	%2146 = and i1 %2143, %2145
	%2147 = fpext float %2142 to double
	%2148 = fadd double %2139, %2147
	%2149 = select i1 %2146, double %2148, double %2139
	%2150 = add i32 %2141, 1
	%2151 = select i1 %2146, i32 %2150, i32 %2141
	%2152 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 15, i32 31)
	%2153 = fcmp olt double %2149, 0x3FECCCCCCCCCCCCD
	%2154 = add i32 %1861, 15
	%2155 = icmp slt i32 %2154, %946
	%2156 = and i1 %2153, %2155
	%2157 = fpext float %2152 to double
	%2158 = fadd double %2149, %2157
	%2159 = select i1 %2156, double %2158, double %2149
	%2160 = add i32 %2151, 1
	%2161 = select i1 %2156, i32 %2160, i32 %2151
	%2162 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 16, i32 31)
	%2163 = fcmp olt double %2159, 0x3FECCCCCCCCCCCCD
	%2164 = add i32 %1861, 16
	%2165 = icmp slt i32 %2164, %946
	%2166 = and i1 %2163, %2165
	%2167 = fpext float %2162 to double
	%2168 = fadd double %2159, %2167
	%2169 = select i1 %2166, double %2168, double %2159
	%2170 = add i32 %2161, 1
	%2171 = select i1 %2166, i32 %2170, i32 %2161
	%2172 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 17, i32 31)
	%2173 = fcmp olt double %2169, 0x3FECCCCCCCCCCCCD
	%2174 = add i32 %1861, 17
	%2175 = icmp slt i32 %2174, %946
	%2176 = and i1 %2173, %2175
	%2177 = fpext float %2172 to double
	%2178 = fadd double %2169, %2177
	%2179 = select i1 %2176, double %2178, double %2169
	%2180 = add i32 %2171, 1
	%2181 = select i1 %2176, i32 %2180, i32 %2171
	%2182 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 18, i32 31)
	%2183 = fcmp olt double %2179, 0x3FECCCCCCCCCCCCD
	%2184 = add i32 %1861, 18
	%2185 = icmp slt i32 %2184, %946
	%2186 = and i1 %2183, %2185
	%2187 = fpext float %2182 to double
	%2188 = fadd double %2179, %2187
	%2189 = select i1 %2186, double %2188, double %2179
	%2190 = add i32 %2181, 1
	%2191 = select i1 %2186, i32 %2190, i32 %2181
	%2192 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 19, i32 31)
	%2193 = fcmp olt double %2189, 0x3FECCCCCCCCCCCCD
	%2194 = add i32 %1861, 19
	%2195 = icmp slt i32 %2194, %946
	%2196 = and i1 %2193, %2195
	%2197 = fpext float %2192 to double
	%2198 = fadd double %2189, %2197
	%2199 = select i1 %2196, double %2198, double %2189
	%2200 = add i32 %2191, 1
	%2201 = select i1 %2196, i32 %2200, i32 %2191
	%2202 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 20, i32 31)
	%2203 = fcmp olt double %2199, 0x3FECCCCCCCCCCCCD
	%2204 = add i32 %1861, 20
	%2205 = icmp slt i32 %2204, %946
	%2206 = and i1 %2203, %2205
	%2207 = fpext float %2202 to double
	%2208 = fadd double %2199, %2207
	%2209 = select i1 %2206, double %2208, double %2199
	%2210 = add i32 %2201, 1
	%2211 = select i1 %2206, i32 %2210, i32 %2201
	%2212 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 21, i32 31)
	%2213 = fcmp olt double %2209, 0x3FECCCCCCCCCCCCD
	%2214 = add i32 %1861, 21
	%2215 = icmp slt i32 %2214, %946
	%2216 = and i1 %2213, %2215
	%2217 = fpext float %2212 to double
	%2218 = fadd double %2209, %2217
	%2219 = select i1 %2216, double %2218, double %2209
	%2220 = add i32 %2211, 1
	%2221 = select i1 %2216, i32 %2220, i32 %2211
	%2222 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 22, i32 31)
	%2223 = fcmp olt double %2219, 0x3FECCCCCCCCCCCCD
	%2224 = add i32 %1861, 22
	%2225 = icmp slt i32 %2224, %946
	%2226 = and i1 %2223, %2225
	%2227 = fpext float %2222 to double
	%2228 = fadd double %2219, %2227
	%2229 = select i1 %2226, double %2228, double %2219
	%2230 = add i32 %2221, 1
	%2231 = select i1 %2226, i32 %2230, i32 %2221
	%2232 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 23, i32 31)
	%2233 = fcmp olt double %2229, 0x3FECCCCCCCCCCCCD
	%2234 = add i32 %1861, 23
	%2235 = icmp slt i32 %2234, %946
	%2236 = and i1 %2233, %2235
	%2237 = fpext float %2232 to double
	%2238 = fadd double %2229, %2237
	%2239 = select i1 %2236, double %2238, double %2229
	%2240 = add i32 %2231, 1
	%2241 = select i1 %2236, i32 %2240, i32 %2231
	%2242 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 24, i32 31)
	%2243 = fcmp olt double %2239, 0x3FECCCCCCCCCCCCD
	%2244 = add i32 %1861, 24
	%2245 = icmp slt i32 %2244, %946
	%2246 = and i1 %2243, %2245
	%2247 = fpext float %2242 to double
	%2248 = fadd double %2239, %2247
	%2249 = select i1 %2246, double %2248, double %2239
	%2250 = add i32 %2241, 1
	%2251 = select i1 %2246, i32 %2250, i32 %2241
	%2252 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 25, i32 31)
	%2253 = fcmp olt double %2249, 0x3FECCCCCCCCCCCCD
	%2254 = add i32 %1861, 25
	%2255 = icmp slt i32 %2254, %946
	%2256 = and i1 %2253, %2255
	%2257 = fpext float %2252 to double
	%2258 = fadd double %2249, %2257
	%2259 = select i1 %2256, double %2258, double %2249
	%2260 = add i32 %2251, 1
	%2261 = select i1 %2256, i32 %2260, i32 %2251
	%2262 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 26, i32 31)
	%2263 = fcmp olt double %2259, 0x3FECCCCCCCCCCCCD
	%2264 = add i32 %1861, 26
	%2265 = icmp slt i32 %2264, %946
	%2266 = and i1 %2263, %2265
	%2267 = fpext float %2262 to double
	%2268 = fadd double %2259, %2267
	%2269 = select i1 %2266, double %2268, double %2259
	%2270 = add i32 %2261, 1
	%2271 = select i1 %2266, i32 %2270, i32 %2261
	%2272 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 27, i32 31)
	%2273 = fcmp olt double %2269, 0x3FECCCCCCCCCCCCD
	%2274 = add i32 %1861, 27
	%2275 = icmp slt i32 %2274, %946
	%2276 = and i1 %2273, %2275
	%2277 = fpext float %2272 to double
	%2278 = fadd double %2269, %2277
	%2279 = select i1 %2276, double %2278, double %2269
	%2280 = add i32 %2271, 1
	%2281 = select i1 %2276, i32 %2280, i32 %2271
	%2282 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 28, i32 31)
	%2283 = fcmp olt double %2279, 0x3FECCCCCCCCCCCCD
	%2284 = add i32 %1861, 28
	%2285 = icmp slt i32 %2284, %946
	%2286 = and i1 %2283, %2285
	%2287 = fpext float %2282 to double
	%2288 = fadd double %2279, %2287
	%2289 = select i1 %2286, double %2288, double %2279
	%2290 = add i32 %2281, 1
	%2291 = select i1 %2286, i32 %2290, i32 %2281
	%2292 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 29, i32 31)
	%2293 = fcmp olt double %2289, 0x3FECCCCCCCCCCCCD
	%2294 = add i32 %1861, 29
	%2295 = icmp slt i32 %2294, %946
	%2296 = and i1 %2293, %2295
	%2297 = fpext float %2292 to double
	%2298 = fadd double %2289, %2297
	%2299 = select i1 %2296, double %2298, double %2289
	%2300 = add i32 %2291, 1
	%2301 = select i1 %2296, i32 %2300, i32 %2291
	%2302 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 30, i32 31)
	%2303 = fcmp olt double %2299, 0x3FECCCCCCCCCCCCD
	%2304 = add i32 %1861, 30
	%2305 = icmp slt i32 %2304, %946
	%2306 = and i1 %2303, %2305
	%2307 = fpext float %2302 to double
	%2308 = fadd double %2299, %2307
	%2309 = select i1 %2306, double %2308, double %2299
	%2310 = add i32 %2301, 1
	%2311 = select i1 %2306, i32 %2310, i32 %2301
	%2312 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1878, i32 31, i32 31)
	%2313 = fcmp olt double %2309, 0x3FECCCCCCCCCCCCD
	%2314 = add i32 %1861, 31
	%2315 = icmp slt i32 %2314, %946
	%2316 = and i1 %2313, %2315
	%2317 = fpext float %2312 to double
	%2318 = fadd double %2309, %2317
	%2319 = select i1 %2316, double %2318, double %2309
	%2320 = add i32 %2311, 1
	%2321 = select i1 %2316, i32 %2320, i32 %2311
	br label %2322

2322:
	%2323 = phi double [ %1999, %1976 ], [ %2319, %2001 ]
	%2324 = phi i32 [ %2000, %1976 ], [ %2321, %2001 ]
	%2325 = add i32 %1861, 32
	br label %1860

2326:
	%2327 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1863, i32 addrspace(3)* %2327
	%2328 = fcmp oge double %1862, 0x3FECCCCCCCCCCCCD
	%2329 = zext i1 %2328 to i32
	%2330 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2329, i32 addrspace(3)* %2330
	br label %2331

2331:
	br label %1847

2332:
	%2333 = phi i32 [ %960, %mass_done ], [ %2343, %2335 ]
	%2334 = icmp slt i32 %2333, %959
	br i1 %2334, label %2335, label %2344

2335:
	%2336 = add i32 %13, %2333
	%2337 = sext i32 %2336 to i64
	%2338 = getelementptr i32, i32* %list, i64 %2337
	store i32 -1, i32* %2338
	%2339 = add i32 %13, %NK
	%2340 = add i32 %2339, %2333
	%2341 = sext i32 %2340 to i64
	%2342 = getelementptr i32, i32* %list, i64 %2341
	store i32 -1, i32* %2342
	%2343 = add i32 %2333, 256
	br label %2332

2344:
	ret void
}
