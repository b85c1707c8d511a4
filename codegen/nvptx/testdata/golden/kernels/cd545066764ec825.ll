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
	%479 = phi i32 [ %0, %404 ], [ %545, %544 ]
	%480 = icmp slt i32 %479, %16
	br i1 %480, label %481, label %497

481:
	%482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %479
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp uge i32 %483, 2
	%485 = and i32 %483, 0
	%486 = icmp eq i32 %485, 0
	%487 = and i1 %484, %486
	%488 = lshr i32 %483, 24
	%489 = and i32 %488, 255
	%490 = select i1 %487, i32 %489, i32 256
	%491 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %490)
	%492 = shl i32 1, %3
	%493 = sub i32 %492, 1
	%494 = and i32 %491, %493
	%495 = icmp eq i32 %494, 0
	%496 = and i1 %487, %495
	br i1 %496, label %526, label %530

497:
	call void @llvm.nvvm.barrier0()
	%498 = sub i32 255, %0
	%499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %498
	%500 = load i32, i32 addrspace(3)* %499
	%501 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %498
	%502 = load i32, i32 addrspace(3)* %501
	%503 = and i32 %0, 31
	%504 = lshr i32 %0, 5
	%505 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %502, i32 1, i32 0)
	%506 = icmp uge i32 %503, 1
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %502, %507
	%509 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %508, i32 2, i32 0)
	%510 = icmp uge i32 %503, 2
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 %508, %511
	%513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %512, i32 4, i32 0)
	%514 = icmp uge i32 %503, 4
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %512, %515
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 8, i32 0)
	%518 = icmp uge i32 %503, 8
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %516, %519
	%521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %520, i32 16, i32 0)
	%522 = icmp uge i32 %503, 16
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %520, %523
	%525 = icmp eq i32 %503, 31
	br i1 %525, label %546, label %548

526:
	%527 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %489
	%528 = call i32 @llvm.ctpop.i32(i32 %491)
	%529 = atomicrmw add i32 addrspace(3)* %527, i32 %528 monotonic
	br label %530

530:
	%531 = sub i32 %483, 2
	%532 = bitcast i32 %531 to float
	%533 = fcmp ogt float %532, 0.0
	%534 = select i1 %533, float %532, float 0.0
	%535 = fcmp olt float %534, 1.0
	%536 = select i1 %535, float %534, float 1.0
	%537 = fmul float %536, 262144.0
	%538 = fptosi float %537 to i32
	%539 = icmp sgt i32 %538, 0
	%540 = and i1 %487, %539
	br i1 %540, label %541, label %544

541:
	%542 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %489
	%543 = atomicrmw add i32 addrspace(3)* %542, i32 %538 monotonic
	br label %544

544:
	%545 = add i32 %479, 256
	br label %478

546:
	%547 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %504
	store i32 %524, i32 addrspace(3)* %547
	br label %548

548:
	call void @llvm.nvvm.barrier0()
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %504, 0
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 0, %552
	%554 = add i32 0, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %504, 1
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %504, 2
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %504, 3
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %504, 4
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %504, 5
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%586 = load i32, i32 addrspace(3)* %585
	%587 = icmp sgt i32 %504, 6
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = add i32 %584, %586
	%591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%592 = load i32, i32 addrspace(3)* %591
	%593 = icmp sgt i32 %504, 7
	%594 = select i1 %593, i32 %592, i32 0
	%595 = add i32 %589, %594
	%596 = add i32 %590, %592
	%597 = add i32 %595, %524
	%598 = sub i32 %597, %502
	%599 = and i32 %0, 31
	%600 = lshr i32 %0, 5
	%601 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %500, i32 1, i32 0)
	%602 = icmp uge i32 %599, 1
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %500, %603
	%605 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %604, i32 2, i32 0)
	%606 = icmp uge i32 %599, 2
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %604, %607
	%609 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %608, i32 4, i32 0)
	%610 = icmp uge i32 %599, 4
	%611 = select i1 %610, i32 %609, i32 0
	%612 = add i32 %608, %611
	%613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %612, i32 8, i32 0)
	%614 = icmp uge i32 %599, 8
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %612, %615
	%617 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %616, i32 16, i32 0)
	%618 = icmp uge i32 %599, 16
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %616, %619
	%621 = icmp eq i32 %599, 31
	br i1 %621, label %622, label %624

622:
	%623 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %600
	store i32 %620, i32 addrspace(3)* %623
	br label %624

624:
	call void @llvm.nvvm.barrier0()
	%625 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%626 = load i32, i32 addrspace(3)* %625
	%627 = icmp sgt i32 %600, 0
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 0, %628
	%630 = add i32 0, %626
	%631 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%632 = load i32, i32 addrspace(3)* %631
	%633 = icmp sgt i32 %600, 1
	%634 = select i1 %633, i32 %632, i32 0
	%635 = add i32 %629, %634
	%636 = add i32 %630, %632
	%637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%638 = load i32, i32 addrspace(3)* %637
	%639 = icmp sgt i32 %600, 2
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %635, %640
	%642 = add i32 %636, %638
	%643 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%644 = load i32, i32 addrspace(3)* %643
	%645 = icmp sgt i32 %600, 3
	%646 = select i1 %645, i32 %644, i32 0
	%647 = add i32 %641, %646
	%648 = add i32 %642, %644
	%649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%650 = load i32, i32 addrspace(3)* %649
	%651 = icmp sgt i32 %600, 4
	%652 = select i1 %651, i32 %650, i32 0
	%653 = add i32 %647, %652
	%654 = add i32 %648, %650
	%655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%656 = load i32, i32 addrspace(3)* %655
	%657 = icmp sgt i32 %600, 5
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %653, %658
	%660 = add i32 %654, %656
	%661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%662 = load i32, i32 addrspace(3)* %661
	%663 = icmp sgt i32 %600, 6
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %659, %664
	%666 = add i32 %660, %662
	%667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%668 = load i32, i32 addrspace(3)* %667
	%669 = icmp sgt i32 %600, 7
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %665, %670
	%672 = add i32 %666, %668
	%673 = add i32 %671, %620
	%674 = sub i32 %673, %500
	%675 = icmp slt i32 %598, %421
	%676 = add i32 %598, %502
	%677 = icmp sle i32 %421, %676
	%678 = and i1 %675, %677
	%679 = icmp slt i32 %596, %421
	%680 = icmp eq i32 %0, 0
	%681 = and i1 %679, %680
	%682 = or i1 %678, %681
	br i1 %682, label %683, label %689

683:
	%684 = select i1 %679, i32 0, i32 %498
	%685 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %684, i32 addrspace(3)* %685
	%686 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %598, i32 addrspace(3)* %686
	%687 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %674, i32 addrspace(3)* %687
	%688 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %500, i32 addrspace(3)* %688
	br label %689

689:
	call void @llvm.nvvm.barrier0()
	%690 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%691 = load i32, i32 addrspace(3)* %690
	%692 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%693 = load i32, i32 addrspace(3)* %692
	%694 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%695 = load i32, i32 addrspace(3)* %694
	%696 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%697 = load i32, i32 addrspace(3)* %696
	%698 = shl i32 %691, 24
	%699 = or i32 0, %698
	%700 = sub i32 %421, %693
	%701 = add i32 0, %695
	%702 = or i1 false, %679
	%703 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%704 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %704
	%705 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %705
	call void @llvm.nvvm.barrier0()
	br label %706

706:
	%707 = phi i32 [ %0, %689 ], [ %773, %772 ]
	%708 = icmp slt i32 %707, %16
	br i1 %708, label %709, label %725

709:
	%710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %707
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp uge i32 %711, 2
	%713 = and i32 %711, %703
	%714 = icmp eq i32 %713, %699
	%715 = and i1 %712, %714
	%716 = lshr i32 %711, 16
	%717 = and i32 %716, 255
	%718 = select i1 %715, i32 %717, i32 256
	%719 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %718)
	%720 = shl i32 1, %3
	%721 = sub i32 %720, 1
	%722 = and i32 %719, %721
	%723 = icmp eq i32 %722, 0
	%724 = and i1 %715, %723
	br i1 %724, label %754, label %758

725:
	call void @llvm.nvvm.barrier0()
	%726 = sub i32 255, %0
	%727 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %726
	%728 = load i32, i32 addrspace(3)* %727
	%729 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %726
	%730 = load i32, i32 addrspace(3)* %729
	%731 = and i32 %0, 31
	%732 = lshr i32 %0, 5
	%733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %730, i32 1, i32 0)
	%734 = icmp uge i32 %731, 1
	%735 = select i1 %734, i32 %733, i32 0
	%736 = add i32 %730, %735
	%737 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %736, i32 2, i32 0)
	%738 = icmp uge i32 %731, 2
	%739 = select i1 %738, i32 %737, i32 0
	%740 = add i32 %736, %739
	%741 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %740, i32 4, i32 0)
	%742 = icmp uge i32 %731, 4
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %740, %743
	%745 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %744, i32 8, i32 0)
	%746 = icmp uge i32 %731, 8
	%747 = select i1 %746, i32 %745, i32 0
	%748 = add i32 %744, %747
	%749 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %748, i32 16, i32 0)
	%750 = icmp uge i32 %731, 16
	%751 = select i1 %750, i32 %749, i32 0
	%752 = add i32 %748, %751
	%753 = icmp eq i32 %731, 31
	br i1 %753, label %774, label %776

754:
	%755 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %717
	%756 = call i32 @llvm.ctpop.i32(i32 %719)
	%757 = atomicrmw add i32 addrspace(3)* %755, i32 %756 monotonic
	br label %758

758:
	%759 = sub i32 %711, 2
	%760 = bitcast i32 %759 to float
	%761 = fcmp ogt float %760, 0.0
	%762 = select i1 %761, float %760, float 0.0
	%763 = fcmp olt float %762, 1.0
	%764 = select i1 %763, float %762, float 1.0
	%765 = fmul float %764, 262144.0
	%766 = fptosi float %765 to i32
	%767 = icmp sgt i32 %766, 0
	%768 = and i1 %715, %767
	br i1 %768, label %769, label %772

769:
	%770 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %717
	%771 = atomicrmw add i32 addrspace(3)* %770, i32 %766 monotonic
	br label %772

772:
	%773 = add i32 %707, 256
	br label %706

774:
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %732
	store i32 %752, i32 addrspace(3)* %775
	br label %776

776:
	call void @llvm.nvvm.barrier0()
	%777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%778 = load i32, i32 addrspace(3)* %777
	%779 = icmp sgt i32 %732, 0
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 0, %780
	%782 = add i32 0, %778
	%783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%784 = load i32, i32 addrspace(3)* %783
	%785 = icmp sgt i32 %732, 1
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 %781, %786
	%788 = add i32 %782, %784
	%789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%790 = load i32, i32 addrspace(3)* %789
	%791 = icmp sgt i32 %732, 2
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %787, %792
	%794 = add i32 %788, %790
	%795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%796 = load i32, i32 addrspace(3)* %795
	%797 = icmp sgt i32 %732, 3
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %793, %798
	%800 = add i32 %794, %796
	%801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%802 = load i32, i32 addrspace(3)* %801
	%803 = icmp sgt i32 %732, 4
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %799, %804
	%806 = add i32 %800, %802
	%807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%808 = load i32, i32 addrspace(3)* %807
	%809 = icmp sgt i32 %732, 5
	%810 = select i1 %809, i32 %808, i32 0
	%811 = add i32 %805, %810
	%812 = add i32 %806, %808
	%813 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%814 = load i32, i32 addrspace(3)* %813
	%815 = icmp sgt i32 %732, 6
	%816 = select i1 %815, i32 %814, i32 0
	%817 = add i32 %811, %816
	%818 = add i32 %812, %814
	%819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%820 = load i32, i32 addrspace(3)* %819
	%821 = icmp sgt i32 %732, 7
	%822 = select i1 %821, i32 %820, i32 0
	%823 = add i32 %817, %822
	%824 = add i32 %818, %820
	%825 = add i32 %823, %752
	%826 = sub i32 %825, %730
	%827 = and i32 %0, 31
	%828 = lshr i32 %0, 5
	%829 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %728, i32 1, i32 0)
	%830 = icmp uge i32 %827, 1
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %728, %831
	%833 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %832, i32 2, i32 0)
	%834 = icmp uge i32 %827, 2
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %832, %835
	%837 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %836, i32 4, i32 0)
	%838 = icmp uge i32 %827, 4
	%839 = select i1 %838, i32 %837, i32 0
	%840 = add i32 %836, %839
	%841 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %840, i32 8, i32 0)
	%842 = icmp uge i32 %827, 8
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %840, %843
	%845 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %844, i32 16, i32 0)
	%846 = icmp uge i32 %827, 16
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %844, %847
	%849 = icmp eq i32 %827, 31
	br i1 %849, label %850, label %852

850:
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %828
	store i32 %848, i32 addrspace(3)* %851
	br label %852

852:
	call void @llvm.nvvm.barrier0()
	%853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%854 = load i32, i32 addrspace(3)* %853
	%855 = icmp sgt i32 %828, 0
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 0, %856
	%858 = add i32 0, %854
	%859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%860 = load i32, i32 addrspace(3)* %859
	%861 = icmp sgt i32 %828, 1
	%862 = select i1 %861, i32 %860, i32 0
	%863 = add i32 %857, %862
	%864 = add i32 %858, %860
	%865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%866 = load i32, i32 addrspace(3)* %865
	%867 = icmp sgt i32 %828, 2
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %863, %868
	%870 = add i32 %864, %866
	%871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%872 = load i32, i32 addrspace(3)* %871
	%873 = icmp sgt i32 %828, 3
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %869, %874
	%876 = add i32 %870, %872
	%877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp sgt i32 %828, 4
	%880 = select i1 %879, i32 %878, i32 0
	%881 = add i32 %875, %880
	%882 = add i32 %876, %878
	%883 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%884 = load i32, i32 addrspace(3)* %883
	%885 = icmp sgt i32 %828, 5
	%886 = select i1 %885, i32 %884, i32 0
	%887 = add i32 %881, %886
	%888 = add i32 %882, %884
	%889 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%890 = load i32, i32 addrspace(3)* %889
	%891 = icmp sgt i32 %828, 6
	%892 = select i1 %891, i32 %890, i32 0
	%893 = add i32 %887, %892
	%894 = add i32 %888, %890
	%895 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%896 = load i32, i32 addrspace(3)* %895
	%897 = icmp sgt i32 %828, 7
	%898 = select i1 %897, i32 %896, i32 0
	%899 = add i32 %893, %898
	%900 = add i32 %894, %896
	%901 = add i32 %899, %848
	%902 = sub i32 %901, %728
	%903 = icmp slt i32 %826, %700
	%904 = add i32 %826, %730
	%905 = icmp sle i32 %700, %904
	%906 = and i1 %903, %905
	%907 = icmp slt i32 %824, %700
	%908 = icmp eq i32 %0, 0
	%909 = and i1 %907, %908
	%910 = or i1 %906, %909
	br i1 %910, label %911, label %917

911:
	%912 = select i1 %907, i32 0, i32 %726
	%913 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %912, i32 addrspace(3)* %913
	%914 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %826, i32 addrspace(3)* %914
	%915 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %902, i32 addrspace(3)* %915
	%916 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %728, i32 addrspace(3)* %916
	br label %917

917:
	call void @llvm.nvvm.barrier0()
	%918 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%919 = load i32, i32 addrspace(3)* %918
	%920 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%921 = load i32, i32 addrspace(3)* %920
	%922 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%923 = load i32, i32 addrspace(3)* %922
	%924 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%925 = load i32, i32 addrspace(3)* %924
	%926 = shl i32 %919, 16
	%927 = or i32 %699, %926
	%928 = sub i32 %700, %921
	%929 = add i32 %701, %923
	%930 = or i1 %702, %907
	%931 = or i32 %703, u0xFF0000
	%932 = add i32 %929, %925
	%933 = select i1 %930, i32 %407, i32 %932
	%934 = select i1 %930, i32 2, i32 %927
	%935 = icmp sge i32 %933, %412
	%936 = sub i32 %934, 1
	%937 = icmp slt i32 %412, %407
	%938 = select i1 %937, i32 %412, i32 %407
	%939 = select i1 %935, i32 %933, i32 %938
	br label %mass

mass:
	%940 = phi i32 [ %939, %917 ], [ %1833, %1821 ]
	%941 = phi i1 [ true, %917 ], [ false, %1821 ]
	%942 = and i1 %941, %935
	br i1 %942, label %mass_bins, label %mass_topk

mass_done:
	%943 = icmp sgt i32 %1823, %412
	%944 = select i1 %943, i32 %1823, i32 %412
	%945 = add i32 %406, %944
	%946 = add i32 %945, %0
	br label %2306

mass_bins:
	%947 = shl i32 1, %3
	%948 = sub i32 %947, 1
	br label %950

mass_topk:
	%949 = icmp sgt i32 %940, 0
	br i1 %949, label %topk, label %topk_done

mass_taken:
	br label %1801

950:
	%951 = phi i32 [ 0, %mass_bins ], [ %999, %998 ]
	%952 = icmp slt i32 %951, %16
	br i1 %952, label %953, label %961

953:
	%954 = add i32 %951, %0
	%955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %954
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp ugt i32 %956, %936
	%958 = icmp eq i32 %956, %936
	%959 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %957)
	%960 = icmp eq i32 %3, 0
	br i1 %960, label %992, label %998

961:
	call void @llvm.nvvm.barrier0()
	%962 = sdiv i32 %16, 256
	%963 = mul i32 %962, 8
	%964 = icmp slt i32 %0, %963
	%965 = select i1 %964, i32 %0, i32 0
	%966 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %965
	%967 = load i32, i32 addrspace(3)* %966
	%968 = select i1 %964, i32 %967, i32 0
	%969 = and i32 %0, 31
	%970 = lshr i32 %0, 5
	%971 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %968, i32 1, i32 0)
	%972 = icmp uge i32 %969, 1
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %974, i32 2, i32 0)
	%976 = icmp uge i32 %969, 2
	%977 = select i1 %976, i32 %975, i32 0
	%978 = add i32 %974, %977
	%979 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %978, i32 4, i32 0)
	%980 = icmp uge i32 %969, 4
	%981 = select i1 %980, i32 %979, i32 0
	%982 = add i32 %978, %981
	%983 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %982, i32 8, i32 0)
	%984 = icmp uge i32 %969, 8
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %982, %985
	%987 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %986, i32 16, i32 0)
	%988 = icmp uge i32 %969, 16
	%989 = select i1 %988, i32 %987, i32 0
	%990 = add i32 %986, %989
	%991 = icmp eq i32 %969, 31
	br i1 %991, label %1000, label %1002

992:
	%993 = sdiv i32 %951, 256
	%994 = mul i32 %993, 8
	%995 = add i32 %994, %4
	%996 = call i32 @llvm.ctpop.i32(i32 %959)
	%997 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %995
	store i32 %996, i32 addrspace(3)* %997
	br label %998

998:
	%999 = add i32 %951, 256
	br label %950

1000:
	%1001 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %970
	store i32 %990, i32 addrspace(3)* %1001
	br label %1002

1002:
	call void @llvm.nvvm.barrier0()
	%1003 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = icmp sgt i32 %970, 0
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = add i32 0, %1006
	%1008 = add i32 0, %1004
	%1009 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1010 = load i32, i32 addrspace(3)* %1009
	%1011 = icmp sgt i32 %970, 1
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = add i32 %1007, %1012
	%1014 = add i32 %1008, %1010
	%1015 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1016 = load i32, i32 addrspace(3)* %1015
	%1017 = icmp sgt i32 %970, 2
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = add i32 %1013, %1018
	%1020 = add i32 %1014, %1016
	%1021 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1022 = load i32, i32 addrspace(3)* %1021
	%1023 = icmp sgt i32 %970, 3
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = add i32 %1019, %1024
	%1026 = add i32 %1020, %1022
	%1027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1028 = load i32, i32 addrspace(3)* %1027
	%1029 = icmp sgt i32 %970, 4
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = add i32 %1025, %1030
	%1032 = add i32 %1026, %1028
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %970, 5
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 %1031, %1036
	%1038 = add i32 %1032, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %970, 6
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %970, 7
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1043, %1048
	%1050 = add i32 %1044, %1046
	%1051 = add i32 %1049, %990
	%1052 = sub i32 %1051, %968
	br i1 %964, label %1053, label %1055

1053:
	%1054 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1052, i32 addrspace(3)* %1054
	br label %1055

1055:
	call void @llvm.nvvm.barrier0()
	br label %1056

1056:
	%1057 = phi i32 [ 0, %1055 ], [ %1080, %1079 ]
	%1058 = icmp slt i32 %1057, %16
	br i1 %1058, label %1059, label %1075

1059:
	%1060 = add i32 %1057, %0
	%1061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1060
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp ugt i32 %1062, %936
	%1064 = icmp eq i32 %1062, %936
	%1065 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1063)
	%1066 = sdiv i32 %1057, 256
	%1067 = mul i32 %1066, 8
	%1068 = add i32 %1067, %4
	%1069 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1063)
	%1070 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1068
	%1071 = load i32, i32 addrspace(3)* %1070
	%1072 = and i32 %1069, %948
	%1073 = call i32 @llvm.ctpop.i32(i32 %1072)
	%1074 = add i32 %1071, %1073
	br i1 %1063, label %1076, label %1079

1075:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1076:
	%1077 = add i32 %1057, %0
	%1078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1074
	store i32 %1077, i32 addrspace(3)* %1078
	br label %1079

1079:
	%1080 = add i32 %1057, 256
	br label %1056

topk:
	call void @llvm.nvvm.barrier0()
	%1081 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1081
	call void @llvm.nvvm.barrier0()
	br label %1082

topk_done:
	br label %mass_taken

1082:
	%1083 = phi i32 [ %0, %topk ], [ %1134, %1133 ]
	%1084 = icmp slt i32 %1083, %16
	br i1 %1084, label %1085, label %1101

1085:
	%1086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1083
	%1087 = load i32, i32 addrspace(3)* %1086
	%1088 = icmp uge i32 %1087, 2
	%1089 = and i32 %1087, 0
	%1090 = icmp eq i32 %1089, 0
	%1091 = and i1 %1088, %1090
	%1092 = lshr i32 %1087, 24
	%1093 = and i32 %1092, 255
	%1094 = select i1 %1091, i32 %1093, i32 256
	%1095 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1094)
	%1096 = shl i32 1, %3
	%1097 = sub i32 %1096, 1
	%1098 = and i32 %1095, %1097
	%1099 = icmp eq i32 %1098, 0
	%1100 = and i1 %1091, %1099
	br i1 %1100, label %1129, label %1133

1101:
	call void @llvm.nvvm.barrier0()
	%1102 = sub i32 255, %0
	%1103 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1102
	%1104 = load i32, i32 addrspace(3)* %1103
	%1105 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1105
	%1106 = and i32 %0, 31
	%1107 = lshr i32 %0, 5
	%1108 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1104, i32 1, i32 0)
	%1109 = icmp uge i32 %1106, 1
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = add i32 %1104, %1110
	%1112 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1111, i32 2, i32 0)
	%1113 = icmp uge i32 %1106, 2
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = add i32 %1111, %1114
	%1116 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1115, i32 4, i32 0)
	%1117 = icmp uge i32 %1106, 4
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 %1115, %1118
	%1120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1119, i32 8, i32 0)
	%1121 = icmp uge i32 %1106, 8
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = add i32 %1119, %1122
	%1124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1123, i32 16, i32 0)
	%1125 = icmp uge i32 %1106, 16
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = add i32 %1123, %1126
	%1128 = icmp eq i32 %1106, 31
	br i1 %1128, label %1135, label %1137

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1093
	%1131 = call i32 @llvm.ctpop.i32(i32 %1095)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = add i32 %1083, 256
	br label %1082

1135:
	%1136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1107
	store i32 %1127, i32 addrspace(3)* %1136
	br label %1137

1137:
	call void @llvm.nvvm.barrier0()
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1139 = load i32, i32 addrspace(3)* %1138
	%1140 = icmp sgt i32 %1107, 0
	%1141 = select i1 %1140, i32 %1139, i32 0
	%1142 = add i32 0, %1141
	%1143 = add i32 0, %1139
	%1144 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1145 = load i32, i32 addrspace(3)* %1144
	%1146 = icmp sgt i32 %1107, 1
	%1147 = select i1 %1146, i32 %1145, i32 0
	%1148 = add i32 %1142, %1147
	%1149 = add i32 %1143, %1145
	%1150 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1151 = load i32, i32 addrspace(3)* %1150
	%1152 = icmp sgt i32 %1107, 2
	%1153 = select i1 %1152, i32 %1151, i32 0
	%1154 = add i32 %1148, %1153
	%1155 = add i32 %1149, %1151
	%1156 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1157 = load i32, i32 addrspace(3)* %1156
	%1158 = icmp sgt i32 %1107, 3
	%1159 = select i1 %1158, i32 %1157, i32 0
	%1160 = add i32 %1154, %1159
	%1161 = add i32 %1155, %1157
	%1162 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1163 = load i32, i32 addrspace(3)* %1162
	%1164 = icmp sgt i32 %1107, 4
	%1165 = select i1 %1164, i32 %1163, i32 0
	%1166 = add i32 %1160, %1165
	%1167 = add i32 %1161, %1163
	%1168 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1169 = load i32, i32 addrspace(3)* %1168
	%1170 = icmp sgt i32 %1107, 5
	%1171 = select i1 %1170, i32 %1169, i32 0
	%1172 = add i32 %1166, %1171
	%1173 = add i32 %1167, %1169
	%1174 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = icmp sgt i32 %1107, 6
	%1177 = select i1 %1176, i32 %1175, i32 0
	%1178 = add i32 %1172, %1177
	%1179 = add i32 %1173, %1175
	%1180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = icmp sgt i32 %1107, 7
	%1183 = select i1 %1182, i32 %1181, i32 0
	%1184 = add i32 %1178, %1183
	%1185 = add i32 %1179, %1181
	%1186 = add i32 %1184, %1127
	%1187 = sub i32 %1186, %1104
	%1188 = icmp slt i32 %1187, %940
	%1189 = add i32 %1187, %1104
	%1190 = icmp sle i32 %940, %1189
	%1191 = and i1 %1188, %1190
	br i1 %1191, label %1192, label %1195

1192:
	%1193 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1102, i32 addrspace(3)* %1193
	%1194 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1187, i32 addrspace(3)* %1194
	br label %1195

1195:
	call void @llvm.nvvm.barrier0()
	%1196 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1199 = load i32, i32 addrspace(3)* %1198
	%1200 = sub i32 %940, %1199
	%1201 = shl i32 %1197, 24
	%1202 = or i32 0, %1201
	%1203 = or i32 0, u0xFF000000
	br label %1204

1204:
	%1205 = phi i32 [ %0, %1195 ], [ %1256, %1255 ]
	%1206 = icmp slt i32 %1205, %16
	br i1 %1206, label %1207, label %1223

1207:
	%1208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1205
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = icmp uge i32 %1209, 2
	%1211 = and i32 %1209, %1203
	%1212 = icmp eq i32 %1211, %1202
	%1213 = and i1 %1210, %1212
	%1214 = lshr i32 %1209, 16
	%1215 = and i32 %1214, 255
	%1216 = select i1 %1213, i32 %1215, i32 256
	%1217 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1216)
	%1218 = shl i32 1, %3
	%1219 = sub i32 %1218, 1
	%1220 = and i32 %1217, %1219
	%1221 = icmp eq i32 %1220, 0
	%1222 = and i1 %1213, %1221
	br i1 %1222, label %1251, label %1255

1223:
	call void @llvm.nvvm.barrier0()
	%1224 = sub i32 255, %0
	%1225 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1224
	%1226 = load i32, i32 addrspace(3)* %1225
	%1227 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1227
	%1228 = and i32 %0, 31
	%1229 = lshr i32 %0, 5
	%1230 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1226, i32 1, i32 0)
	%1231 = icmp uge i32 %1228, 1
	%1232 = select i1 %1231, i32 %1230, i32 0
	%1233 = add i32 %1226, %1232
	%1234 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1233, i32 2, i32 0)
	%1235 = icmp uge i32 %1228, 2
	%1236 = select i1 %1235, i32 %1234, i32 0
	%1237 = add i32 %1233, %1236
	%1238 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1237, i32 4, i32 0)
	%1239 = icmp uge i32 %1228, 4
	%1240 = select i1 %1239, i32 %1238, i32 0
	%1241 = add i32 %1237, %1240
	%1242 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1241, i32 8, i32 0)
	%1243 = icmp uge i32 %1228, 8
	%1244 = select i1 %1243, i32 %1242, i32 0
	%1245 = add i32 %1241, %1244
	%1246 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1245, i32 16, i32 0)
	%1247 = icmp uge i32 %1228, 16
	%1248 = select i1 %1247, i32 %1246, i32 0
	%1249 = add i32 %1245, %1248
	%1250 = icmp eq i32 %1228, 31
	br i1 %1250, label %1257, label %1259

1251:
	%1252 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1215
	%1253 = call i32 @llvm.ctpop.i32(i32 %1217)
	%1254 = atomicrmw add i32 addrspace(3)* %1252, i32 %1253 monotonic
	br label %1255

1255:
	%1256 = add i32 %1205, 256
	br label %1204

1257:
	%1258 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1229
	store i32 %1249, i32 addrspace(3)* %1258
	br label %1259

1259:
	call void @llvm.nvvm.barrier0()
	%1260 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1261 = load i32, i32 addrspace(3)* %1260
	%1262 = icmp sgt i32 %1229, 0
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 0, %1263
	%1265 = add i32 0, %1261
	%1266 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1267 = load i32, i32 addrspace(3)* %1266
	%1268 = icmp sgt i32 %1229, 1
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = add i32 %1264, %1269
	%1271 = add i32 %1265, %1267
	%1272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = icmp sgt i32 %1229, 2
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1270, %1275
	%1277 = add i32 %1271, %1273
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = icmp sgt i32 %1229, 3
	%1281 = select i1 %1280, i32 %1279, i32 0
	%1282 = add i32 %1276, %1281
	%1283 = add i32 %1277, %1279
	%1284 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = icmp sgt i32 %1229, 4
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1282, %1287
	%1289 = add i32 %1283, %1285
	%1290 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1291 = load i32, i32 addrspace(3)* %1290
	%1292 = icmp sgt i32 %1229, 5
	%1293 = select i1 %1292, i32 %1291, i32 0
	%1294 = add i32 %1288, %1293
	%1295 = add i32 %1289, %1291
	%1296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1297 = load i32, i32 addrspace(3)* %1296
	%1298 = icmp sgt i32 %1229, 6
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 %1294, %1299
	%1301 = add i32 %1295, %1297
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = icmp sgt i32 %1229, 7
	%1305 = select i1 %1304, i32 %1303, i32 0
	%1306 = add i32 %1300, %1305
	%1307 = add i32 %1301, %1303
	%1308 = add i32 %1306, %1249
	%1309 = sub i32 %1308, %1226
	%1310 = icmp slt i32 %1309, %1200
	%1311 = add i32 %1309, %1226
	%1312 = icmp sle i32 %1200, %1311
	%1313 = and i1 %1310, %1312
	br i1 %1313, label %1314, label %1317

1314:
	%1315 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1224, i32 addrspace(3)* %1315
	%1316 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1309, i32 addrspace(3)* %1316
	br label %1317

1317:
	call void @llvm.nvvm.barrier0()
	%1318 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = sub i32 %1200, %1321
	%1323 = shl i32 %1319, 16
	%1324 = or i32 %1202, %1323
	%1325 = or i32 %1203, u0xFF0000
	br label %1326

1326:
	%1327 = phi i32 [ %0, %1317 ], [ %1378, %1377 ]
	%1328 = icmp slt i32 %1327, %16
	br i1 %1328, label %1329, label %1345

1329:
	%1330 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1327
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp uge i32 %1331, 2
	%1333 = and i32 %1331, %1325
	%1334 = icmp eq i32 %1333, %1324
	%1335 = and i1 %1332, %1334
	%1336 = lshr i32 %1331, 8
	%1337 = and i32 %1336, 255
	%1338 = select i1 %1335, i32 %1337, i32 256
	%1339 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1338)
	%1340 = shl i32 1, %3
	%1341 = sub i32 %1340, 1
	%1342 = and i32 %1339, %1341
	%1343 = icmp eq i32 %1342, 0
	%1344 = and i1 %1335, %1343
	br i1 %1344, label %1373, label %1377

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = sub i32 255, %0
	%1347 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1346
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1349
	%1350 = and i32 %0, 31
	%1351 = lshr i32 %0, 5
	%1352 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1348, i32 1, i32 0)
	%1353 = icmp uge i32 %1350, 1
	%1354 = select i1 %1353, i32 %1352, i32 0
	%1355 = add i32 %1348, %1354
	%1356 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1355, i32 2, i32 0)
	%1357 = icmp uge i32 %1350, 2
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = add i32 %1355, %1358
	%1360 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1359, i32 4, i32 0)
	%1361 = icmp uge i32 %1350, 4
	%1362 = select i1 %1361, i32 %1360, i32 0
	%1363 = add i32 %1359, %1362
	%1364 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1363, i32 8, i32 0)
	%1365 = icmp uge i32 %1350, 8
	%1366 = select i1 %1365, i32 %1364, i32 0
	%1367 = add i32 %1363, %1366
	%1368 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1367, i32 16, i32 0)
	%1369 = icmp uge i32 %1350, 16
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = add i32 %1367, %1370
	%1372 = icmp eq i32 %1350, 31
	br i1 %1372, label %1379, label %1381

1373:
	%1374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1337
	%1375 = call i32 @llvm.ctpop.i32(i32 %1339)
	%1376 = atomicrmw add i32 addrspace(3)* %1374, i32 %1375 monotonic
	br label %1377

1377:
	%1378 = add i32 %1327, 256
	br label %1326

1379:
	%1380 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1351
	store i32 %1371, i32 addrspace(3)* %1380
	br label %1381

1381:
	call void @llvm.nvvm.barrier0()
	%1382 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = icmp sgt i32 %1351, 0
	%1385 = select i1 %1384, i32 %1383, i32 0
	%1386 = add i32 0, %1385
	%1387 = add i32 0, %1383
	%1388 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = icmp sgt i32 %1351, 1
	%1391 = select i1 %1390, i32 %1389, i32 0
	%1392 = add i32 %1386, %1391
	%1393 = add i32 %1387, %1389
	%1394 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = icmp sgt i32 %1351, 2
	%1397 = select i1 %1396, i32 %1395, i32 0
	%1398 = add i32 %1392, %1397
	%1399 = add i32 %1393, %1395
	%1400 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1401 = load i32, i32 addrspace(3)* %1400
	%1402 = icmp sgt i32 %1351, 3
	%1403 = select i1 %1402, i32 %1401, i32 0
	%1404 = add i32 %1398, %1403
	%1405 = add i32 %1399, %1401
	%1406 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1407 = load i32, i32 addrspace(3)* %1406
	%1408 = icmp sgt i32 %1351, 4
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = add i32 %1404, %1409
	%1411 = add i32 %1405, %1407
	%1412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1413 = load i32, i32 addrspace(3)* %1412
	%1414 = icmp sgt i32 %1351, 5
	%1415 = select i1 %1414, i32 %1413, i32 0
	%1416 = add i32 %1410, %1415
	%1417 = add i32 %1411, %1413
	%1418 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1419 = load i32, i32 addrspace(3)* %1418
	%1420 = icmp sgt i32 %1351, 6
	%1421 = select i1 %1420, i32 %1419, i32 0
	%1422 = add i32 %1416, %1421
	%1423 = add i32 %1417, %1419
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1425 = load i32, i32 addrspace(3)* %1424
	%1426 = icmp sgt i32 %1351, 7
	%1427 = select i1 %1426, i32 %1425, i32 0
	%1428 = add i32 %1422, %1427
	%1429 = add i32 %1423, %1425
	%1430 = add i32 %1428, %1371
	%1431 = sub i32 %1430, %1348
	%1432 = icmp slt i32 %1431, %1322
	%1433 = add i32 %1431, %1348
	%1434 = icmp sle i32 %1322, %1433
	%1435 = and i1 %1432, %1434
	br i1 %1435, label %1436, label %1439

1436:
	%1437 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1346, i32 addrspace(3)* %1437
	%1438 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1431, i32 addrspace(3)* %1438
	br label %1439

1439:
	call void @llvm.nvvm.barrier0()
	%1440 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1441 = load i32, i32 addrspace(3)* %1440
	%1442 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1443 = load i32, i32 addrspace(3)* %1442
	%1444 = sub i32 %1322, %1443
	%1445 = shl i32 %1441, 8
	%1446 = or i32 %1324, %1445
	%1447 = or i32 %1325, u0xFF00
	br label %1448

1448:
	%1449 = phi i32 [ %0, %1439 ], [ %1500, %1499 ]
	%1450 = icmp slt i32 %1449, %16
	br i1 %1450, label %1451, label %1467

1451:
	%1452 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1449
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp uge i32 %1453, 2
	%1455 = and i32 %1453, %1447
	%1456 = icmp eq i32 %1455, %1446
	%1457 = and i1 %1454, %1456
	%1458 = lshr i32 %1453, 0
	%1459 = and i32 %1458, 255
	%1460 = select i1 %1457, i32 %1459, i32 256
	%1461 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1460)
	%1462 = shl i32 1, %3
	%1463 = sub i32 %1462, 1
	%1464 = and i32 %1461, %1463
	%1465 = icmp eq i32 %1464, 0
	%1466 = and i1 %1457, %1465
	br i1 %1466, label %1495, label %1499

1467:
	call void @llvm.nvvm.barrier0()
	%1468 = sub i32 255, %0
	%1469 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1468
	%1470 = load i32, i32 addrspace(3)* %1469
	%1471 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1471
	%1472 = and i32 %0, 31
	%1473 = lshr i32 %0, 5
	%1474 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1470, i32 1, i32 0)
	%1475 = icmp uge i32 %1472, 1
	%1476 = select i1 %1475, i32 %1474, i32 0
	%1477 = add i32 %1470, %1476
	%1478 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1477, i32 2, i32 0)
	%1479 = icmp uge i32 %1472, 2
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = add i32 %1477, %1480
	%1482 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1481, i32 4, i32 0)
	%1483 = icmp uge i32 %1472, 4
	%1484 = select i1 %1483, i32 %1482, i32 0
	%1485 = add i32 %1481, %1484
	%1486 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1485, i32 8, i32 0)
	%1487 = icmp uge i32 %1472, 8
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = add i32 %1485, %1488
	%1490 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1489, i32 16, i32 0)
	%1491 = icmp uge i32 %1472, 16
	%1492 = select i1 %1491, i32 %1490, i32 0
	%1493 = add i32 %1489, %1492
	%1494 = icmp eq i32 %1472, 31
	br i1 %1494, label %1501, label %1503

1495:
	%1496 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1459
	%1497 = call i32 @llvm.ctpop.i32(i32 %1461)
	%1498 = atomicrmw add i32 addrspace(3)* %1496, i32 %1497 monotonic
	br label %1499

1499:
	%1500 = add i32 %1449, 256
	br label %1448

1501:
	%1502 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1473
	store i32 %1493, i32 addrspace(3)* %1502
	br label %1503

1503:
	call void @llvm.nvvm.barrier0()
	%1504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1505 = load i32, i32 addrspace(3)* %1504
	%1506 = icmp sgt i32 %1473, 0
	%1507 = select i1 %1506, i32 %1505, i32 0
	%1508 = add i32 0, %1507
	%1509 = add i32 0, %1505
	%1510 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1511 = load i32, i32 addrspace(3)* %1510
	%1512 = icmp sgt i32 %1473, 1
	%1513 = select i1 %1512, i32 %1511, i32 0
	%1514 = add i32 %1508, %1513
	%1515 = add i32 %1509, %1511
	%1516 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1517 = load i32, i32 addrspace(3)* %1516
	%1518 = icmp sgt i32 %1473, 2
	%1519 = select i1 %1518, i32 %1517, i32 0
	%1520 = add i32 %1514, %1519
	%1521 = add i32 %1515, %1517
	%1522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1523 = load i32, i32 addrspace(3)* %1522
	%1524 = icmp sgt i32 %1473, 3
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1520, %1525
	%1527 = add i32 %1521, %1523
	%1528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1529 = load i32, i32 addrspace(3)* %1528
	%1530 = icmp sgt i32 %1473, 4
	%1531 = select i1 %1530, i32 %1529, i32 0
	%1532 = add i32 %1526, %1531
	%1533 = add i32 %1527, %1529
	%1534 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1535 = load i32, i32 addrspace(3)* %1534
	%1536 = icmp sgt i32 %1473, 5
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1532, %1537
	%1539 = add i32 %1533, %1535
	%1540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1541 = load i32, i32 addrspace(3)* %1540
	%1542 = icmp sgt i32 %1473, 6
	%1543 = select i1 %1542, i32 %1541, i32 0
	%1544 = add i32 %1538, %1543
	%1545 = add i32 %1539, %1541
	%1546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1547 = load i32, i32 addrspace(3)* %1546
	%1548 = icmp sgt i32 %1473, 7
	%1549 = select i1 %1548, i32 %1547, i32 0
	%1550 = add i32 %1544, %1549
	%1551 = add i32 %1545, %1547
	%1552 = add i32 %1550, %1493
	%1553 = sub i32 %1552, %1470
	%1554 = icmp slt i32 %1553, %1444
	%1555 = add i32 %1553, %1470
	%1556 = icmp sle i32 %1444, %1555
	%1557 = and i1 %1554, %1556
	br i1 %1557, label %1558, label %1561

1558:
	%1559 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1468, i32 addrspace(3)* %1559
	%1560 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1553, i32 addrspace(3)* %1560
	br label %1561

1561:
	call void @llvm.nvvm.barrier0()
	%1562 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = sub i32 %1444, %1565
	%1567 = shl i32 %1563, 0
	%1568 = or i32 %1446, %1567
	%1569 = or i32 %1447, 255
	%1570 = shl i32 1, %3
	%1571 = sub i32 %1570, 1
	br label %1572

1572:
	%1573 = phi i32 [ 0, %1561 ], [ %1627, %1626 ]
	%1574 = icmp slt i32 %1573, %16
	br i1 %1574, label %1575, label %1584

1575:
	%1576 = add i32 %1573, %0
	%1577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1576
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp ugt i32 %1578, %1568
	%1580 = icmp eq i32 %1578, %1568
	%1581 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1579)
	%1582 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1580)
	%1583 = icmp eq i32 %3, 0
	br i1 %1583, label %1618, label %1626

1584:
	call void @llvm.nvvm.barrier0()
	%1585 = sdiv i32 %16, 256
	%1586 = mul i32 %1585, 8
	%1587 = icmp slt i32 %0, %1586
	%1588 = select i1 %1587, i32 %0, i32 0
	%1589 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1588
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = select i1 %1587, i32 %1590, i32 0
	%1592 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1588
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = select i1 %1587, i32 %1593, i32 0
	%1595 = and i32 %0, 31
	%1596 = lshr i32 %0, 5
	%1597 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1594, i32 1, i32 0)
	%1598 = icmp uge i32 %1595, 1
	%1599 = select i1 %1598, i32 %1597, i32 0
	%1600 = add i32 %1594, %1599
	%1601 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1600, i32 2, i32 0)
	%1602 = icmp uge i32 %1595, 2
	%1603 = select i1 %1602, i32 %1601, i32 0
	%1604 = add i32 %1600, %1603
	%1605 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1604, i32 4, i32 0)
	%1606 = icmp uge i32 %1595, 4
	%1607 = select i1 %1606, i32 %1605, i32 0
	%1608 = add i32 %1604, %1607
	%1609 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1608, i32 8, i32 0)
	%1610 = icmp uge i32 %1595, 8
	%1611 = select i1 %1610, i32 %1609, i32 0
	%1612 = add i32 %1608, %1611
	%1613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1612, i32 16, i32 0)
	%1614 = icmp uge i32 %1595, 16
	%1615 = select i1 %1614, i32 %1613, i32 0
	%1616 = add i32 %1612, %1615
	%1617 = icmp eq i32 %1595, 31
	br i1 %1617, label %1628, label %1630

1618:
	%1619 = sdiv i32 %1573, 256
	%1620 = mul i32 %1619, 8
	%1621 = add i32 %1620, %4
	%1622 = call i32 @llvm.ctpop.i32(i32 %1581)
	%1623 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1621
	store i32 %1622, i32 addrspace(3)* %1623
	%1624 = call i32 @llvm.ctpop.i32(i32 %1582)
	%1625 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1621
	store i32 %1624, i32 addrspace(3)* %1625
	br label %1626

1626:
	%1627 = add i32 %1573, 256
	br label %1572

1628:
	%1629 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1596
	store i32 %1616, i32 addrspace(3)* %1629
	br label %1630

1630:
	call void @llvm.nvvm.barrier0()
	%1631 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = icmp sgt i32 %1596, 0
	%1634 = select i1 %1633, i32 %1632, i32 0
	%1635 = add i32 0, %1634
	%1636 = add i32 0, %1632
	%1637 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = icmp sgt i32 %1596, 1
	%1640 = select i1 %1639, i32 %1638, i32 0
	%1641 = add i32 %1635, %1640
	%1642 = add i32 %1636, %1638
	%1643 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1644 = load i32, i32 addrspace(3)* %1643
	%1645 = icmp sgt i32 %1596, 2
	%1646 = select i1 %1645, i32 %1644, i32 0
	%1647 = add i32 %1641, %1646
	%1648 = add i32 %1642, %1644
	%1649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = icmp sgt i32 %1596, 3
	%1652 = select i1 %1651, i32 %1650, i32 0
	%1653 = add i32 %1647, %1652
	%1654 = add i32 %1648, %1650
	%1655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1656 = load i32, i32 addrspace(3)* %1655
	%1657 = icmp sgt i32 %1596, 4
	%1658 = select i1 %1657, i32 %1656, i32 0
	%1659 = add i32 %1653, %1658
	%1660 = add i32 %1654, %1656
	%1661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1662 = load i32, i32 addrspace(3)* %1661
	%1663 = icmp sgt i32 %1596, 5
	%1664 = select i1 %1663, i32 %1662, i32 0
	%1665 = add i32 %1659, %1664
	%1666 = add i32 %1660, %1662
	%1667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = icmp sgt i32 %1596, 6
	%1670 = select i1 %1669, i32 %1668, i32 0
	%1671 = add i32 %1665, %1670
	%1672 = add i32 %1666, %1668
	%1673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1674 = load i32, i32 addrspace(3)* %1673
	%1675 = icmp sgt i32 %1596, 7
	%1676 = select i1 %1675, i32 %1674, i32 0
	%1677 = add i32 %1671, %1676
	%1678 = add i32 %1672, %1674
	%1679 = add i32 %1677, %1616
	%1680 = sub i32 %1679, %1594
	%1681 = sub i32 %1566, %1680
	%1682 = icmp sgt i32 %1681, 0
	%1683 = select i1 %1682, i32 %1681, i32 0
	%1684 = icmp slt i32 %1683, %1594
	%1685 = select i1 %1684, i32 %1683, i32 %1594
	%1686 = add i32 %1591, %1685
	%1687 = and i32 %0, 31
	%1688 = lshr i32 %0, 5
	%1689 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1686, i32 1, i32 0)
	%1690 = icmp uge i32 %1687, 1
	%1691 = select i1 %1690, i32 %1689, i32 0
	%1692 = add i32 %1686, %1691
	%1693 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1692, i32 2, i32 0)
	%1694 = icmp uge i32 %1687, 2
	%1695 = select i1 %1694, i32 %1693, i32 0
	%1696 = add i32 %1692, %1695
	%1697 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1696, i32 4, i32 0)
	%1698 = icmp uge i32 %1687, 4
	%1699 = select i1 %1698, i32 %1697, i32 0
	%1700 = add i32 %1696, %1699
	%1701 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1700, i32 8, i32 0)
	%1702 = icmp uge i32 %1687, 8
	%1703 = select i1 %1702, i32 %1701, i32 0
	%1704 = add i32 %1700, %1703
	%1705 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1704, i32 16, i32 0)
	%1706 = icmp uge i32 %1687, 16
	%1707 = select i1 %1706, i32 %1705, i32 0
	%1708 = add i32 %1704, %1707
	%1709 = icmp eq i32 %1687, 31
	br i1 %1709, label %1710, label %1712

1710:
	%1711 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1688
	store i32 %1708, i32 addrspace(3)* %1711
	br label %1712

1712:
	call void @llvm.nvvm.barrier0()
	%1713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1714 = load i32, i32 addrspace(3)* %1713
	%1715 = icmp sgt i32 %1688, 0
	%1716 = select i1 %1715, i32 %1714, i32 0
	%1717 = add i32 0, %1716
	%1718 = add i32 0, %1714
	%1719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = icmp sgt i32 %1688, 1
	%1722 = select i1 %1721, i32 %1720, i32 0
	%1723 = add i32 %1717, %1722
	%1724 = add i32 %1718, %1720
	%1725 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1726 = load i32, i32 addrspace(3)* %1725
	%1727 = icmp sgt i32 %1688, 2
	%1728 = select i1 %1727, i32 %1726, i32 0
	%1729 = add i32 %1723, %1728
	%1730 = add i32 %1724, %1726
	%1731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = icmp sgt i32 %1688, 3
	%1734 = select i1 %1733, i32 %1732, i32 0
	%1735 = add i32 %1729, %1734
	%1736 = add i32 %1730, %1732
	%1737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1738 = load i32, i32 addrspace(3)* %1737
	%1739 = icmp sgt i32 %1688, 4
	%1740 = select i1 %1739, i32 %1738, i32 0
	%1741 = add i32 %1735, %1740
	%1742 = add i32 %1736, %1738
	%1743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1744 = load i32, i32 addrspace(3)* %1743
	%1745 = icmp sgt i32 %1688, 5
	%1746 = select i1 %1745, i32 %1744, i32 0
	%1747 = add i32 %1741, %1746
	%1748 = add i32 %1742, %1744
	%1749 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1750 = load i32, i32 addrspace(3)* %1749
	%1751 = icmp sgt i32 %1688, 6
	%1752 = select i1 %1751, i32 %1750, i32 0
	%1753 = add i32 %1747, %1752
	%1754 = add i32 %1748, %1750
	%1755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1756 = load i32, i32 addrspace(3)* %1755
	%1757 = icmp sgt i32 %1688, 7
	%1758 = select i1 %1757, i32 %1756, i32 0
	%1759 = add i32 %1753, %1758
	%1760 = add i32 %1754, %1756
	%1761 = add i32 %1759, %1708
	%1762 = sub i32 %1761, %1686
	br i1 %1587, label %1763, label %1766

1763:
	%1764 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1762, i32 addrspace(3)* %1764
	%1765 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1680, i32 addrspace(3)* %1765
	br label %1766

1766:
	call void @llvm.nvvm.barrier0()
	br label %1767

1767:
	%1768 = phi i32 [ 0, %1766 ], [ %1800, %1799 ]
	%1769 = icmp slt i32 %1768, %16
	br i1 %1769, label %1770, label %1795

1770:
	%1771 = add i32 %1768, %0
	%1772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1771
	%1773 = load i32, i32 addrspace(3)* %1772
	%1774 = icmp ugt i32 %1773, %1568
	%1775 = icmp eq i32 %1773, %1568
	%1776 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1774)
	%1777 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1775)
	%1778 = sdiv i32 %1768, 256
	%1779 = mul i32 %1778, 8
	%1780 = add i32 %1779, %4
	%1781 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1780
	%1782 = load i32, i32 addrspace(3)* %1781
	%1783 = and i32 %1777, %1571
	%1784 = call i32 @llvm.ctpop.i32(i32 %1783)
	%1785 = add i32 %1782, %1784
	%1786 = icmp slt i32 %1785, %1566
	%1787 = and i1 %1775, %1786
	%1788 = or i1 %1774, %1787
	%1789 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1788)
	%1790 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1780
	%1791 = load i32, i32 addrspace(3)* %1790
	%1792 = and i32 %1789, %1571
	%1793 = call i32 @llvm.ctpop.i32(i32 %1792)
	%1794 = add i32 %1791, %1793
	br i1 %1788, label %1796, label %1799

1795:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1796:
	%1797 = add i32 %1768, %0
	%1798 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1794
	store i32 %1797, i32 addrspace(3)* %1798
	br label %1799

1799:
	%1800 = add i32 %1768, 256
	br label %1767

1801:
	%1802 = phi i32 [ %0, %mass_taken ], [ %1815, %1804 ]
	%1803 = icmp slt i32 %1802, %940
	br i1 %1803, label %1804, label %1816

1804:
	%1805 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1802
	%1806 = load i32, i32 addrspace(3)* %1805
	%1807 = add i32 %406, %1802
	%1808 = add i32 %13, %1807
	%1809 = sext i32 %1808 to i64
	%1810 = getelementptr i32, i32* %list, i64 %1809
	store i32 %1806, i32* %1810
	%1811 = add i32 %13, %NK
	%1812 = add i32 %1811, %1807
	%1813 = sext i32 %1812 to i64
	%1814 = getelementptr i32, i32* %list, i64 %1813
	store i32 0, i32* %1814
	%1815 = add i32 %1802, 256
	br label %1801

1816:
	call void @llvm.nvvm.barrier0()
	%1817 = icmp eq i32 %4, 0
	br i1 %1817, label %1818, label %1821

1818:
	%1819 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1820 = load double, double addrspace(3)* %1819
	br label %1834

1821:
	call void @llvm.nvvm.barrier0()
	%1822 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1823 = load i32, i32 addrspace(3)* %1822
	%1824 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1825 = load i32, i32 addrspace(3)* %1824
	%1826 = icmp ne i32 %1825, 0
	%1827 = icmp sge i32 %940, %407
	%1828 = or i1 %1826, %1827
	%1829 = mul i32 %940, 4
	%1830 = icmp sgt i32 %1829, 64
	%1831 = select i1 %1830, i32 %1829, i32 64
	%1832 = icmp slt i32 %1831, %407
	%1833 = select i1 %1832, i32 %1831, i32 %407
	br i1 %1828, label %mass_done, label %mass

1834:
	%1835 = phi i32 [ 0, %1818 ], [ %2299, %2296 ]
	%1836 = phi double [ %1820, %1818 ], [ %2297, %2296 ]
	%1837 = phi i32 [ 0, %1818 ], [ %2298, %2296 ]
	%1838 = icmp slt i32 %1835, %940
	br i1 %1838, label %1839, label %1842

1839:
	%1840 = add i32 %1835, %3
	%1841 = icmp slt i32 %1840, %940
	br i1 %1841, label %1844, label %1851

1842:
	%1843 = icmp eq i32 %3, 0
	br i1 %1843, label %2300, label %2305

1844:
	%1845 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1840
	%1846 = load i32, i32 addrspace(3)* %1845
	%1847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1846
	%1848 = load i32, i32 addrspace(3)* %1847
	%1849 = sub i32 %1848, 2
	%1850 = bitcast i32 %1849 to float
	br label %1851

1851:
	%1852 = phi float [ 0.0, %1839 ], [ %1850, %1844 ]
	%1853 = fpext float %1852 to double
	%1854 = fcmp one float %1852, 0.0
	%1855 = call float @llvm.fabs.f32(float %1852)
	%1856 = fcmp olt float %1855, 0x3E20000000000000
	%1857 = and i1 %1854, %1856
	%1858 = fmul double %1836, 4.503599627370496e+15
	%1859 = call double @llvm.trunc.f64(double %1858)
	%1860 = fcmp oeq double %1858, %1859
	%1861 = bitcast double %1853 to i64
	%1862 = trunc i64 %1861 to i32
	%1863 = lshr i64 %1861, 32
	%1864 = trunc i64 %1863 to i32
	%1865 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1862, i32 1, i32 0)
	%1866 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1864, i32 1, i32 0)
	%1867 = zext i32 %1865 to i64
	%1868 = zext i32 %1866 to i64
	%1869 = shl i64 %1868, 32
	%1870 = or i64 %1867, %1869
	%1871 = bitcast i64 %1870 to double
	%1872 = icmp uge i32 %3, 1
	%1873 = fadd double %1853, %1871
	%1874 = select i1 %1872, double %1873, double %1853
	%1875 = bitcast double %1874 to i64
	%1876 = trunc i64 %1875 to i32
	%1877 = lshr i64 %1875, 32
	%1878 = trunc i64 %1877 to i32
	%1879 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1876, i32 2, i32 0)
	%1880 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1878, i32 2, i32 0)
	%1881 = zext i32 %1879 to i64
	%1882 = zext i32 %1880 to i64
	%1883 = shl i64 %1882, 32
	%1884 = or i64 %1881, %1883
	%1885 = bitcast i64 %1884 to double
	%1886 = icmp uge i32 %3, 2
	%1887 = fadd double %1874, %1885
	%1888 = select i1 %1886, double %1887, double %1874
	%1889 = bitcast double %1888 to i64
	%1890 = trunc i64 %1889 to i32
	%1891 = lshr i64 %1889, 32
	%1892 = trunc i64 %1891 to i32
	%1893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1890, i32 4, i32 0)
	%1894 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 4, i32 0)
	%1895 = zext i32 %1893 to i64
	%1896 = zext i32 %1894 to i64
	%1897 = shl i64 %1896, 32
	%1898 = or i64 %1895, %1897
	%1899 = bitcast i64 %1898 to double
	%1900 = icmp uge i32 %3, 4
	%1901 = fadd double %1888, %1899
	%1902 = select i1 %1900, double %1901, double %1888
	%1903 = bitcast double %1902 to i64
	%1904 = trunc i64 %1903 to i32
	%1905 = lshr i64 %1903, 32
	%1906 = trunc i64 %1905 to i32
	%1907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1904, i32 8, i32 0)
	%1908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 8, i32 0)
	%1909 = zext i32 %1907 to i64
	%1910 = zext i32 %1908 to i64
	%1911 = shl i64 %1910, 32
	%1912 = or i64 %1909, %1911
	%1913 = bitcast i64 %1912 to double
	%1914 = icmp uge i32 %3, 8
	%1915 = fadd double %1902, %1913
	%1916 = select i1 %1914, double %1915, double %1902
	%1917 = bitcast double %1916 to i64
	%1918 = trunc i64 %1917 to i32
	%1919 = lshr i64 %1917, 32
	%1920 = trunc i64 %1919 to i32
	%1921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1918, i32 16, i32 0)
	%1922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1920, i32 16, i32 0)
	%1923 = zext i32 %1921 to i64
	%1924 = zext i32 %1922 to i64
	%1925 = shl i64 %1924, 32
	%1926 = or i64 %1923, %1925
	%1927 = bitcast i64 %1926 to double
	%1928 = icmp uge i32 %3, 16
	%1929 = fadd double %1916, %1927
	%1930 = select i1 %1928, double %1929, double %1916
	%1931 = bitcast double %1930 to i64
	%1932 = trunc i64 %1931 to i32
	%1933 = lshr i64 %1931, 32
	%1934 = trunc i64 %1933 to i32
	%1935 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1932, i32 31, i32 31)
	%1936 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1934, i32 31, i32 31)
	%1937 = zext i32 %1935 to i64
	%1938 = zext i32 %1936 to i64
	%1939 = shl i64 %1938, 32
	%1940 = or i64 %1937, %1939
	%1941 = bitcast i64 %1940 to double
	%1942 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1857)
	%1943 = xor i1 %1942, true
	%1944 = and i1 %1860, %1943
	%1945 = fadd double %1836, %1941
	%1946 = fcmp olt double %1945, 1.5
	%1947 = and i1 %1944, %1946
	%1948 = fcmp oge double %1836, 0x3FECCCCCCCCCCCCD
	%1949 = or i1 %1947, %1948
	br i1 %1949, label %1950, label %1975

1950:
	%1951 = fsub double %1930, %1853
	%1952 = fadd double %1836, %1951
	%1953 = fcmp olt double %1952, 0x3FECCCCCCCCCCCCD
	%1954 = and i1 %1841, %1953
	%1955 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1954)
	%1956 = call i32 @llvm.ctpop.i32(i32 %1955)
	%1957 = sub i32 %1956, 1
	%1958 = icmp sgt i32 %1957, 0
	%1959 = select i1 %1958, i32 %1957, i32 0
	%1960 = bitcast double %1930 to i64
	%1961 = trunc i64 %1960 to i32
	%1962 = lshr i64 %1960, 32
	%1963 = trunc i64 %1962 to i32
	%1964 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1961, i32 %1959, i32 31)
	%1965 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1963, i32 %1959, i32 31)
	%1966 = zext i32 %1964 to i64
	%1967 = zext i32 %1965 to i64
	%1968 = shl i64 %1967, 32
	%1969 = or i64 %1966, %1968
	%1970 = bitcast i64 %1969 to double
	%1971 = icmp sgt i32 %1956, 0
	%1972 = fadd double %1836, %1970
	%1973 = select i1 %1971, double %1972, double %1836
	%1974 = add i32 %1837, %1956
	br label %2296

1975:
	%1976 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 0, i32 31)
	%1977 = fcmp olt double %1836, 0x3FECCCCCCCCCCCCD
	%1978 = add i32 %1835, 0
	%1979 = icmp slt i32 %1978, %940
	%1980 = and i1 %1977, %1979
	%1981 = fpext float %1976 to double
	%1982 = fadd double %1836, %1981
	%1983 = select i1 %1980, double %1982, double %1836
	%1984 = add i32 %1837, 1
	%1985 = select i1 %1980, i32 %1984, i32 %1837
	%1986 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 1, i32 31)
	%1987 = fcmp olt double %1983, 0x3FECCCCCCCCCCCCD
	%1988 = add i32 %1835, 1
	%1989 = icmp slt i32 %1988, %940
	%1990 = and i1 %1987, %1989
	%1991 = fpext float %1986 to double
	%1992 = fadd double %1983, %1991
	%1993 = select i1 %1990, double %1992, double %1983
	%1994 = add i32 %1985, 1
	%1995 = select i1 %1990, i32 %1994, i32 %1985
	%1996 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 2, i32 31)
	%1997 = fcmp olt double %1993, 0x3FECCCCCCCCCCCCD
	%1998 = add i32 %1835, 2
	%1999 = icmp slt i32 %1998, %940
	%2000 = and i1 %1997, %1999
	%2001 = fpext float %1996 to double
	%2002 = fadd double %1993, %2001
	%2003 = select i1 %2000, double %2002, double %1993
	%2004 = add i32 %1995, 1
	%2005 = select i1 %2000, i32 %2004, i32 %1995
	%2006 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 3, i32 31)
	%2007 = fcmp olt double %2003, 0x3FECCCCCCCCCCCCD
	%2008 = add i32 %1835, 3
	%2009 = icmp slt i32 %2008, %940
	%2010 = and i1 %2007, %2009
	%2011 = fpext float %2006 to double
	%2012 = fadd double %2003, %2011
	%2013 = select i1 %2010, double %2012, double %2003
	%2014 = add i32 %2005, 1
	%2015 = select i1 %2010, i32 %2014, i32 %2005
	%2016 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 4, i32 31)
	%2017 = fcmp olt double %2013, 0x3FECCCCCCCCCCCCD
	%2018 = add i32 %1835, 4
	%2019 = icmp slt i32 %2018, %940
	%2020 = and i1 %2017, %2019
	%2021 = fpext float %2016 to double
	%2022 = fadd double %2013, %2021
	%2023 = select i1 %2020, double %2022, double %2013
	%2024 = add i32 %2015, 1
	%2025 = select i1 %2020, i32 %2024, i32 %2015
	%2026 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 5, i32 31)
	%2027 = fcmp olt double %2023, 0x3FECCCCCCCCCCCCD
	%2028 = add i32 %1835, 5
	%2029 = icmp slt i32 %2028, %940
	%2030 = and i1 %2027, %2029
	%2031 = fpext float %2026 to double
	%2032 = fadd double %2023, %2031
	%2033 = select i1 %2030, double %2032, double %2023
	%2034 = add i32 %2025, 1
	%2035 = select i1 %2030, i32 %2034, i32 %2025
	%2036 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 6, i32 31)
	%2037 = fcmp olt double %2033, 0x3FECCCCCCCCCCCCD
	%2038 = add i32 %1835, 6
	%2039 = icmp slt i32 %2038, %940
	%2040 = and i1 %2037, %2039
	%2041 = fpext float %2036 to double
	%2042 = fadd double %2033, %2041
	%2043 = select i1 %2040, double %2042, double %2033
	%2044 = add i32 %2035, 1
	%2045 = select i1 %2040, i32 %2044, i32 %2035
	%2046 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 7, i32 31)
	%2047 = fcmp olt double %2043, 0x3FECCCCCCCCCCCCD
	%2048 = add i32 %1835, 7
	%2049 = icmp slt i32 %2048, %940
	%2050 = and i1 %2047, %2049
	%2051 = fpext float %2046 to double
	%2052 = fadd double %2043, %2051
	%2053 = select i1 %2050, double %2052, double %2043
	%2054 = add i32 %2045, 1
	%2055 = select i1 %2050, i32 %2054, i32 %2045
	%2056 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 8, i32 31)
	%2057 = fcmp olt double %2053, 0x3FECCCCCCCCCCCCD
	%2058 = add i32 %1835, 8
	%2059 = icmp slt i32 %2058, %940
	%2060 = and i1 %2057, %2059
	%2061 = fpext float %2056 to double
	%2062 = fadd double %2053, %2061
	%2063 = select i1 %2060, double %2062, double %2053
	%2064 = add i32 %2055, 1
	%2065 = select i1 %2060, i32 %2064, i32 %2055
	%2066 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 9, i32 31)
	%2067 = fcmp olt double %2063, 0x3FECCCCCCCCCCCCD
	%2068 = add i32 %1835, 9
	%2069 = icmp slt i32 %2068, %940
	%2070 = and i1 %2067, %2069
	%2071 = fpext float %2066 to double
	%2072 = fadd double %2063, %2071
	%2073 = select i1 %2070, double %2072, double %2063
	%2074 = add i32 %2065, 1
	%2075 = select i1 %2070, i32 %2074, i32 %2065
	%2076 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 10, i32 31)
	%2077 = fcmp olt double %2073, 0x3FECCCCCCCCCCCCD
	%2078 = add i32 %1835, 10
	%2079 = icmp slt i32 %2078, %940
	%2080 = and i1 %2077, %2079
	%2081 = fpext float %2076 to double
	%2082 = fadd double %2073, %2081
	%2083 = select i1 %2080, double %2082, double %2073
	%2084 = add i32 %2075, 1
	%2085 = select i1 %2080, i32 %2084, i32 %2075
	%2086 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 11, i32 31)
	%2087 = fcmp olt double %2083, 0x3FECCCCCCCCCCCCD
	%2088 = add i32 %1835, 11
	%2089 = icmp slt i32 %2088, %940
	%2090 = and i1 %2087, %2089
	%2091 = fpext float %2086 to double
	%2092 = fadd double %2083, %2091
	%2093 = select i1 %2090, double %2092, double %2083
	%2094 = add i32 %2085, 1
	%2095 = select i1 %2090, i32 %2094, i32 %2085
	%2096 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 12, i32 31)
	%2097 = fcmp olt double %2093, 0x3FECCCCCCCCCCCCD
	%2098 = add i32 %1835, 12
	%2099 = icmp slt i32 %2098, %940
	%2100 = and i1 %2097, %2099
	%2101 = fpext float %2096 to double
	%2102 = fadd double %2093, %2101
	%2103 = select i1 %2100, double %2102, double %2093
	%2104 = add i32 %2095, 1
	%2105 = select i1 %2100, i32 %2104, i32 %2095
	%2106 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 13, i32 31)
	%2107 = fcmp olt double %2103, 0x3FECCCCCCCCCCCCD
	%2108 = add i32 %1835, 13
	%2109 = icmp slt i32 %2108, %940
	%2110 = and i1 %2107, %2109
	%2111 = fpext float %2106 to double
	%2112 = fadd double %2103, %2111
	%2113 = select i1 %2110, double %2112, double %2103
	%2114 = add i32 %2105, 1
	%2115 = select i1 %2110, i32 %2114, i32 %2105
	%2116 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 14, i32 31)
	%2117 = fcmp olt double %2113, 0x3FECCCCCCCCCCCCD
	%2118 = add i32 %1835, 14
	%2119 = icmp slt i32 %2118, %940
	%2120 = and i1 %2117, %2119
	%2121 = fpext float %2116 to double
	%2122 = fadd double %2113, %2121
	%2123 = select i1 %2120, double %2122, double %2113
	%2124 = add i32 %2115, 1
	%2125 = select i1 %2120, i32 %2124, i32 %2115
	%2126 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 15, i32 31)
	%2127 = fcmp olt double %2123, 0x3FECCCCCCCCCCCCD
	%2128 = add i32 %1835, 15
	%2129 = icmp slt i32 %2128, %940
	%2130 = and i1 %2127, %2129
	%2131 = fpext float %2126 to double
	%2132 = fadd double %2123, %2131
	%2133 = select i1 %2130, double %2132, double %2123
	%2134 = add i32 %2125, 1
	%2135 = select i1 %2130, i32 %2134, i32 %2125
	%2136 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 16, i32 31)
	%2137 = fcmp olt double %2133, 0x3FECCCCCCCCCCCCD
	%2138 = add i32 %1835, 16
	%2139 = icmp slt i32 %2138, %940
	%2140 = and i1 %2137, %2139
	%2141 = fpext float %2136 to double
	%2142 = fadd double %2133, %2141
	%2143 = select i1 %2140, double %2142, double %2133
	%2144 = add i32 %2135, 1
	%2145 = select i1 %2140, i32 %2144, i32 %2135
	%2146 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 17, i32 31)
	%2147 = fcmp olt double %2143, 0x3FECCCCCCCCCCCCD
	%2148 = add i32 %1835, 17
	%2149 = icmp slt i32 %2148, %940
	%2150 = and i1 %2147, %2149
	%2151 = fpext float %2146 to double
	%2152 = fadd double %2143, %2151
	%2153 = select i1 %2150, double %2152, double %2143
	%2154 = add i32 %2145, 1
	%2155 = select i1 %2150, i32 %2154, i32 %2145
	%2156 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 18, i32 31)
	%2157 = fcmp olt double %2153, 0x3FECCCCCCCCCCCCD
	%2158 = add i32 %1835, 18
	%2159 = icmp slt i32 %2158, %940
	%2160 = and i1 %2157, %2159
	%2161 = fpext float %2156 to double
	%2162 = fadd double %2153, %2161
	%2163 = select i1 %2160, double %2162, double %2153
	%2164 = add i32 %2155, 1
	%2165 = select i1 %2160, i32 %2164, i32 %2155
	%2166 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 19, i32 31)
	%2167 = fcmp olt double %2163, 0x3FECCCCCCCCCCCCD
	%2168 = add i32 %1835, 19
	%2169 = icmp slt i32 %2168, %940
	%2170 = and i1 %2167, %2169
	%2171 = fpext float %2166 to double
	%2172 = fadd double %2163, %2171
	%2173 = select i1 %2170, double %2172, double %2163
	%2174 = add i32 %2165, 1
	%2175 = select i1 %2170, i32 %2174, i32 %2165
	%2176 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 20, i32 31)
	%2177 = fcmp olt double %2173, 0x3FECCCCCCCCCCCCD
	%2178 = add i32 %1835, 20
	%2179 = icmp slt i32 %2178, %940
	%2180 = and i1 %2177, %2179
	%2181 = fpext float %2176 to double
	%2182 = fadd double %2173, %2181
	%2183 = select i1 %2180, double %2182, double %2173
	%2184 = add i32 %2175, 1
	%2185 = select i1 %2180, i32 %2184, i32 %2175
	%2186 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 21, i32 31)
	%2187 = fcmp olt double %2183, 0x3FECCCCCCCCCCCCD
	%2188 = add i32 %1835, 21
	%2189 = icmp slt i32 %2188, %940
	%2190 = and i1 %2187, %2189
	%2191 = fpext float %2186 to double
	%2192 = fadd double %2183, %2191
	%2193 = select i1 %2190, double %2192, double %2183
	%2194 = add i32 %2185, 1
	%2195 = select i1 %2190, i32 %2194, i32 %2185
	%2196 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 22, i32 31)
	%2197 = fcmp olt double %2193, 0x3FECCCCCCCCCCCCD
	%2198 = add i32 %1835, 22
	%2199 = icmp slt i32 %2198, %940
	%2200 = and i1 %2197, %2199
	%2201 = fpext float %2196 to double
	%2202 = fadd double %2193, %2201
	%2203 = select i1 %2200, double %2202, double %2193
	%2204 = add i32 %2195, 1
	%2205 = select i1 %2200, i32 %2204, i32 %2195
	%2206 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 23, i32 31)
	%2207 = fcmp olt double %2203, 0x3FECCCCCCCCCCCCD
	%2208 = add i32 %1835, 23
	%2209 = icmp slt i32 %2208, %940
	%2210 = and i1 %2207, %2209
	%2211 = fpext float %2206 to double
	%2212 = fadd double %2203, %2211
	%2213 = select i1 %2210, double %2212, double %2203
	%2214 = add i32 %2205, 1
	%2215 = select i1 %2210, i32 %2214, i32 %2205
	%2216 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 24, i32 31)
	%2217 = fcmp olt double %2213, 0x3FECCCCCCCCCCCCD
	%2218 = add i32 %1835, 24
	%2219 = icmp slt i32 %2218, %940
	%2220 = and i1 %2217, %2219
	%2221 = fpext float %2216 to double
	%2222 = fadd double %2213, %2221
	%2223 = select i1 %2220, double %2222, double %2213
	%2224 = add i32 %2215, 1
	%2225 = select i1 %2220, i32 %2224, i32 %2215
	%2226 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 25, i32 31)
	%2227 = fcmp olt double %2223, 0x3FECCCCCCCCCCCCD
	%2228 = add i32 %1835, 25
	%2229 = icmp slt i32 %2228, %940
	%2230 = and i1 %2227, %2229
	%2231 = fpext float %2226 to double
	%2232 = fadd double %2223, %2231
	%2233 = select i1 %2230, double %2232, double %2223
	%2234 = add i32 %2225, 1
	%2235 = select i1 %2230, i32 %2234, i32 %2225
	%2236 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 26, i32 31)
	%2237 = fcmp olt double %2233, 0x3FECCCCCCCCCCCCD
	%2238 = add i32 %1835, 26
	%2239 = icmp slt i32 %2238, %940
	%2240 = and i1 %2237, %2239
	%2241 = fpext float %2236 to double
	%2242 = fadd double %2233, %2241
	%2243 = select i1 %2240, double %2242, double %2233
	%2244 = add i32 %2235, 1
	%2245 = select i1 %2240, i32 %2244, i32 %2235
	%2246 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 27, i32 31)
	%2247 = fcmp olt double %2243, 0x3FECCCCCCCCCCCCD
	%2248 = add i32 %1835, 27
	%2249 = icmp slt i32 %2248, %940
	%2250 = and i1 %2247, %2249
	%2251 = fpext float %2246 to double
	%2252 = fadd double %2243, %2251
	%2253 = select i1 %2250, double %2252, double %2243
	%2254 = add i32 %2245, 1
	%2255 = select i1 %2250, i32 %2254, i32 %2245
	%2256 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 28, i32 31)
	%2257 = fcmp olt double %2253, 0x3FECCCCCCCCCCCCD
	%2258 = add i32 %1835, 28
	%2259 = icmp slt i32 %2258, %940
	%2260 = and i1 %2257, %2259
	%2261 = fpext float %2256 to double
	%2262 = fadd double %2253, %2261
	%2263 = select i1 %2260, double %2262, double %2253
	%2264 = add i32 %2255, 1
	%2265 = select i1 %2260, i32 %2264, i32 %2255
	%2266 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 29, i32 31)
	%2267 = fcmp olt double %2263, 0x3FECCCCCCCCCCCCD
	%2268 = add i32 %1835, 29
	%2269 = icmp slt i32 %2268, %940
	%2270 = and i1 %2267, %2269
	%2271 = fpext float %2266 to double
	%2272 = fadd double %2263, %2271
	%2273 = select i1 %2270, double %2272, double %2263
	%2274 = add i32 %2265, 1
	%2275 = select i1 %2270, i32 %2274, i32 %2265
	%2276 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 30, i32 31)
	%2277 = fcmp olt double %2273, 0x3FECCCCCCCCCCCCD
	%2278 = add i32 %1835, 30
	%2279 = icmp slt i32 %2278, %940
	%2280 = and i1 %2277, %2279
	%2281 = fpext float %2276 to double
	%2282 = fadd double %2273, %2281
	%2283 = select i1 %2280, double %2282, double %2273
	%2284 = add i32 %2275, 1
	%2285 = select i1 %2280, i32 %2284, i32 %2275
	%2286 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1852, i32 31, i32 31)
	%2287 = fcmp olt double %2283, 0x3FECCCCCCCCCCCCD
	%2288 = add i32 %1835, 31
	%2289 = icmp slt i32 %2288, %940
	%2290 = and i1 %2287, %2289
	%2291 = fpext float %2286 to double
	%2292 = fadd double %2283, %2291
	%2293 = select i1 %2290, double %2292, double %2283
	%2294 = add i32 %2285, 1
	%2295 = select i1 %2290, i32 %2294, i32 %2285
	br label %2296

2296:
	%2297 = phi double [ %1973, %1950 ], [ %2293, %1975 ]
	%2298 = phi i32 [ %1974, %1950 ], [ %2295, %1975 ]
	%2299 = add i32 %1835, 32
	br label %1834

2300:
	%2301 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1837, i32 addrspace(3)* %2301
	%2302 = fcmp oge double %1836, 0x3FECCCCCCCCCCCCD
	%2303 = zext i1 %2302 to i32
	%2304 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2303, i32 addrspace(3)* %2304
	br label %2305

2305:
	br label %1821

2306:
	%2307 = phi i32 [ %946, %mass_done ], [ %2317, %2309 ]
	%2308 = icmp slt i32 %2307, %NK
	br i1 %2308, label %2309, label %2318

2309:
	%2310 = add i32 %13, %2307
	%2311 = sext i32 %2310 to i64
	%2312 = getelementptr i32, i32* %list, i64 %2311
	store i32 -1, i32* %2312
	%2313 = add i32 %13, %NK
	%2314 = add i32 %2313, %2307
	%2315 = sext i32 %2314 to i64
	%2316 = getelementptr i32, i32* %list, i64 %2315
	store i32 -1, i32* %2316
	%2317 = add i32 %2307, 256
	br label %2306

2318:
	ret void
}
