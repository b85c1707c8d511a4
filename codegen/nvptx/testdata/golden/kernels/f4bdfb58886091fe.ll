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
	%946 = phi i32 [ %945, %923 ], [ %1851, %1839 ]
	%947 = phi i1 [ true, %923 ], [ false, %1839 ]
	%948 = and i1 %947, %941
	br i1 %948, label %mass_bins, label %mass_topk

mass_done:
	%949 = icmp sgt i32 %1841, %412
	%950 = select i1 %949, i32 %1841, i32 %412
	%951 = add i32 %406, %950
	%952 = add i32 %951, %0
	br label %2324

mass_bins:
	%953 = shl i32 1, %3
	%954 = sub i32 %953, 1
	br label %956

mass_topk:
	%955 = icmp sgt i32 %946, 0
	br i1 %955, label %topk, label %topk_done

mass_taken:
	br label %1819

956:
	%957 = phi i32 [ 0, %mass_bins ], [ %1005, %1004 ]
	%958 = icmp slt i32 %957, %16
	br i1 %958, label %959, label %967

959:
	%960 = add i32 %957, %0
	%961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %960
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp ugt i32 %962, %942
	%964 = icmp eq i32 %962, %942
	%965 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %963)
	%966 = icmp eq i32 %3, 0
	br i1 %966, label %998, label %1004

967:
	call void @llvm.nvvm.barrier0()
	%968 = sdiv i32 %16, 256
	%969 = mul i32 %968, 8
	%970 = icmp slt i32 %0, %969
	%971 = select i1 %970, i32 %0, i32 0
	%972 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %971
	%973 = load i32, i32 addrspace(3)* %972
	%974 = select i1 %970, i32 %973, i32 0
	%975 = and i32 %0, 31
	%976 = lshr i32 %0, 5
	%977 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %974, i32 1, i32 0)
	%978 = icmp uge i32 %975, 1
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %980, i32 2, i32 0)
	%982 = icmp uge i32 %975, 2
	%983 = select i1 %982, i32 %981, i32 0
	%984 = add i32 %980, %983
	%985 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %984, i32 4, i32 0)
	%986 = icmp uge i32 %975, 4
	%987 = select i1 %986, i32 %985, i32 0
	%988 = add i32 %984, %987
	%989 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %988, i32 8, i32 0)
	%990 = icmp uge i32 %975, 8
	%991 = select i1 %990, i32 %989, i32 0
	%992 = add i32 %988, %991
	%993 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %992, i32 16, i32 0)
	%994 = icmp uge i32 %975, 16
	%995 = select i1 %994, i32 %993, i32 0
	%996 = add i32 %992, %995
	%997 = icmp eq i32 %975, 31
	br i1 %997, label %1006, label %1008

998:
	%999 = sdiv i32 %957, 256
	%1000 = mul i32 %999, 8
	%1001 = add i32 %1000, %4
	%1002 = call i32 @llvm.ctpop.i32(i32 %965)
	%1003 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1001
	store i32 %1002, i32 addrspace(3)* %1003
	br label %1004

1004:
	%1005 = add i32 %957, 256
	br label %956

1006:
	%1007 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %976
	store i32 %996, i32 addrspace(3)* %1007
	br label %1008

1008:
	call void @llvm.nvvm.barrier0()
	%1009 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1010 = load i32, i32 addrspace(3)* %1009
	%1011 = icmp sgt i32 %976, 0
	%1012 = select i1 %1011, i32 %1010, i32 0
	%1013 = add i32 0, %1012
	%1014 = add i32 0, %1010
	%1015 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1016 = load i32, i32 addrspace(3)* %1015
	%1017 = icmp sgt i32 %976, 1
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = add i32 %1013, %1018
	%1020 = add i32 %1014, %1016
	%1021 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1022 = load i32, i32 addrspace(3)* %1021
	%1023 = icmp sgt i32 %976, 2
	%1024 = select i1 %1023, i32 %1022, i32 0
	%1025 = add i32 %1019, %1024
	%1026 = add i32 %1020, %1022
	%1027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1028 = load i32, i32 addrspace(3)* %1027
	%1029 = icmp sgt i32 %976, 3
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = add i32 %1025, %1030
	%1032 = add i32 %1026, %1028
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %976, 4
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 %1031, %1036
	%1038 = add i32 %1032, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %976, 5
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %976, 6
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1043, %1048
	%1050 = add i32 %1044, %1046
	%1051 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1052 = load i32, i32 addrspace(3)* %1051
	%1053 = icmp sgt i32 %976, 7
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = add i32 %1049, %1054
	%1056 = add i32 %1050, %1052
	%1057 = add i32 %1055, %996
	%1058 = sub i32 %1057, %974
	br i1 %970, label %1059, label %1061

1059:
	%1060 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1058, i32 addrspace(3)* %1060
	br label %1061

1061:
	call void @llvm.nvvm.barrier0()
	br label %1062

1062:
	%1063 = phi i32 [ 0, %1061 ], [ %1086, %1085 ]
	%1064 = icmp slt i32 %1063, %16
	br i1 %1064, label %1065, label %1081

1065:
	%1066 = add i32 %1063, %0
	%1067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1066
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp ugt i32 %1068, %942
	%1070 = icmp eq i32 %1068, %942
	%1071 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1069)
	%1072 = sdiv i32 %1063, 256
	%1073 = mul i32 %1072, 8
	%1074 = add i32 %1073, %4
	%1075 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1069)
	%1076 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1074
	%1077 = load i32, i32 addrspace(3)* %1076
	%1078 = and i32 %1075, %954
	%1079 = call i32 @llvm.ctpop.i32(i32 %1078)
	%1080 = add i32 %1077, %1079
	br i1 %1069, label %1082, label %1085

1081:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1082:
	%1083 = add i32 %1063, %0
	%1084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1080
	store i32 %1083, i32 addrspace(3)* %1084
	br label %1085

1085:
	%1086 = add i32 %1063, 256
	br label %1062

topk:
	call void @llvm.nvvm.barrier0()
	%1087 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1087
	call void @llvm.nvvm.barrier0()
	br label %1088

topk_done:
	br label %mass_taken

1088:
	%1089 = phi i32 [ %0, %topk ], [ %1138, %1137 ]
	%1090 = icmp slt i32 %1089, %16
	br i1 %1090, label %1091, label %1101

1091:
	%1092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1089
	%1093 = load i32, i32 addrspace(3)* %1092
	%1094 = icmp uge i32 %1093, 2
	%1095 = and i32 %1093, 0
	%1096 = icmp eq i32 %1095, 0
	%1097 = and i1 %1094, %1096
	%1098 = lshr i32 %1093, 24
	%1099 = and i32 %1098, 255
	%1100 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1097)
	br i1 %1100, label %1129, label %1137

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
	br i1 %1128, label %1144, label %1146

1129:
	%1130 = select i1 %1097, i32 %1099, i32 256
	%1131 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1130)
	%1132 = shl i32 1, %3
	%1133 = sub i32 %1132, 1
	%1134 = and i32 %1131, %1133
	%1135 = icmp eq i32 %1134, 0
	%1136 = and i1 %1097, %1135
	br i1 %1136, label %1139, label %1143

1137:
	%1138 = add i32 %1089, 256
	br label %1088

1139:
	%1140 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1099
	%1141 = call i32 @llvm.ctpop.i32(i32 %1131)
	%1142 = atomicrmw add i32 addrspace(3)* %1140, i32 %1141 monotonic
	br label %1143

1143:
	br label %1137

1144:
	%1145 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1107
	store i32 %1127, i32 addrspace(3)* %1145
	br label %1146

1146:
	call void @llvm.nvvm.barrier0()
	%1147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = icmp sgt i32 %1107, 0
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 0, %1150
	%1152 = add i32 0, %1148
	%1153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1154 = load i32, i32 addrspace(3)* %1153
	%1155 = icmp sgt i32 %1107, 1
	%1156 = select i1 %1155, i32 %1154, i32 0
	%1157 = add i32 %1151, %1156
	%1158 = add i32 %1152, %1154
	%1159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1160 = load i32, i32 addrspace(3)* %1159
	%1161 = icmp sgt i32 %1107, 2
	%1162 = select i1 %1161, i32 %1160, i32 0
	%1163 = add i32 %1157, %1162
	%1164 = add i32 %1158, %1160
	%1165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1166 = load i32, i32 addrspace(3)* %1165
	%1167 = icmp sgt i32 %1107, 3
	%1168 = select i1 %1167, i32 %1166, i32 0
	%1169 = add i32 %1163, %1168
	%1170 = add i32 %1164, %1166
	%1171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1172 = load i32, i32 addrspace(3)* %1171
	%1173 = icmp sgt i32 %1107, 4
	%1174 = select i1 %1173, i32 %1172, i32 0
	%1175 = add i32 %1169, %1174
	%1176 = add i32 %1170, %1172
	%1177 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1178 = load i32, i32 addrspace(3)* %1177
	%1179 = icmp sgt i32 %1107, 5
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = add i32 %1175, %1180
	%1182 = add i32 %1176, %1178
	%1183 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = icmp sgt i32 %1107, 6
	%1186 = select i1 %1185, i32 %1184, i32 0
	%1187 = add i32 %1181, %1186
	%1188 = add i32 %1182, %1184
	%1189 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = icmp sgt i32 %1107, 7
	%1192 = select i1 %1191, i32 %1190, i32 0
	%1193 = add i32 %1187, %1192
	%1194 = add i32 %1188, %1190
	%1195 = add i32 %1193, %1127
	%1196 = sub i32 %1195, %1104
	%1197 = icmp slt i32 %1196, %946
	%1198 = add i32 %1196, %1104
	%1199 = icmp sle i32 %946, %1198
	%1200 = and i1 %1197, %1199
	br i1 %1200, label %1201, label %1204

1201:
	%1202 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1102, i32 addrspace(3)* %1202
	%1203 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1196, i32 addrspace(3)* %1203
	br label %1204

1204:
	call void @llvm.nvvm.barrier0()
	%1205 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1206 = load i32, i32 addrspace(3)* %1205
	%1207 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = sub i32 %946, %1208
	%1210 = shl i32 %1206, 24
	%1211 = or i32 0, %1210
	%1212 = or i32 0, u0xFF000000
	br label %1213

1213:
	%1214 = phi i32 [ %0, %1204 ], [ %1263, %1262 ]
	%1215 = icmp slt i32 %1214, %16
	br i1 %1215, label %1216, label %1226

1216:
	%1217 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1214
	%1218 = load i32, i32 addrspace(3)* %1217
	%1219 = icmp uge i32 %1218, 2
	%1220 = and i32 %1218, %1212
	%1221 = icmp eq i32 %1220, %1211
	%1222 = and i1 %1219, %1221
	%1223 = lshr i32 %1218, 16
	%1224 = and i32 %1223, 255
	%1225 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1222)
	br i1 %1225, label %1254, label %1262

1226:
	call void @llvm.nvvm.barrier0()
	%1227 = sub i32 255, %0
	%1228 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1227
	%1229 = load i32, i32 addrspace(3)* %1228
	%1230 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1230
	%1231 = and i32 %0, 31
	%1232 = lshr i32 %0, 5
	%1233 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1229, i32 1, i32 0)
	%1234 = icmp uge i32 %1231, 1
	%1235 = select i1 %1234, i32 %1233, i32 0
	%1236 = add i32 %1229, %1235
	%1237 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1236, i32 2, i32 0)
	%1238 = icmp uge i32 %1231, 2
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = add i32 %1236, %1239
	%1241 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1240, i32 4, i32 0)
	%1242 = icmp uge i32 %1231, 4
	%1243 = select i1 %1242, i32 %1241, i32 0
	%1244 = add i32 %1240, %1243
	%1245 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1244, i32 8, i32 0)
	%1246 = icmp uge i32 %1231, 8
	%1247 = select i1 %1246, i32 %1245, i32 0
	%1248 = add i32 %1244, %1247
	%1249 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1248, i32 16, i32 0)
	%1250 = icmp uge i32 %1231, 16
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = add i32 %1248, %1251
	%1253 = icmp eq i32 %1231, 31
	br i1 %1253, label %1269, label %1271

1254:
	%1255 = select i1 %1222, i32 %1224, i32 256
	%1256 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1255)
	%1257 = shl i32 1, %3
	%1258 = sub i32 %1257, 1
	%1259 = and i32 %1256, %1258
	%1260 = icmp eq i32 %1259, 0
	%1261 = and i1 %1222, %1260
	br i1 %1261, label %1264, label %1268

1262:
	%1263 = add i32 %1214, 256
	br label %1213

1264:
	%1265 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1224
	%1266 = call i32 @llvm.ctpop.i32(i32 %1256)
	%1267 = atomicrmw add i32 addrspace(3)* %1265, i32 %1266 monotonic
	br label %1268

1268:
	br label %1262

1269:
	%1270 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1232
	store i32 %1252, i32 addrspace(3)* %1270
	br label %1271

1271:
	call void @llvm.nvvm.barrier0()
	%1272 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1273 = load i32, i32 addrspace(3)* %1272
	%1274 = icmp sgt i32 %1232, 0
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 0, %1275
	%1277 = add i32 0, %1273
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = icmp sgt i32 %1232, 1
	%1281 = select i1 %1280, i32 %1279, i32 0
	%1282 = add i32 %1276, %1281
	%1283 = add i32 %1277, %1279
	%1284 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = icmp sgt i32 %1232, 2
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1282, %1287
	%1289 = add i32 %1283, %1285
	%1290 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1291 = load i32, i32 addrspace(3)* %1290
	%1292 = icmp sgt i32 %1232, 3
	%1293 = select i1 %1292, i32 %1291, i32 0
	%1294 = add i32 %1288, %1293
	%1295 = add i32 %1289, %1291
	%1296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1297 = load i32, i32 addrspace(3)* %1296
	%1298 = icmp sgt i32 %1232, 4
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 %1294, %1299
	%1301 = add i32 %1295, %1297
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = icmp sgt i32 %1232, 5
	%1305 = select i1 %1304, i32 %1303, i32 0
	%1306 = add i32 %1300, %1305
	%1307 = add i32 %1301, %1303
	%1308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1309 = load i32, i32 addrspace(3)* %1308
	%1310 = icmp sgt i32 %1232, 6
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = add i32 %1306, %1311
	%1313 = add i32 %1307, %1309
	%1314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = icmp sgt i32 %1232, 7
	%1317 = select i1 %1316, i32 %1315, i32 0
	%1318 = add i32 %1312, %1317
	%1319 = add i32 %1313, %1315
	%1320 = add i32 %1318, %1252
	%1321 = sub i32 %1320, %1229
	%1322 = icmp slt i32 %1321, %1209
	%1323 = add i32 %1321, %1229
	%1324 = icmp sle i32 %1209, %1323
	%1325 = and i1 %1322, %1324
	br i1 %1325, label %1326, label %1329

1326:
	%1327 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1227, i32 addrspace(3)* %1327
	%1328 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1321, i32 addrspace(3)* %1328
	br label %1329

1329:
	call void @llvm.nvvm.barrier0()
	%1330 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1333 = load i32, i32 addrspace(3)* %1332
	%1334 = sub i32 %1209, %1333
	%1335 = shl i32 %1331, 16
	%1336 = or i32 %1211, %1335
	%1337 = or i32 %1212, u0xFF0000
	br label %1338

1338:
	%1339 = phi i32 [ %0, %1329 ], [ %1388, %1387 ]
	%1340 = icmp slt i32 %1339, %16
	br i1 %1340, label %1341, label %1351

1341:
	%1342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1339
	%1343 = load i32, i32 addrspace(3)* %1342
	%1344 = icmp uge i32 %1343, 2
	%1345 = and i32 %1343, %1337
	%1346 = icmp eq i32 %1345, %1336
	%1347 = and i1 %1344, %1346
	%1348 = lshr i32 %1343, 8
	%1349 = and i32 %1348, 255
	%1350 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1347)
	br i1 %1350, label %1379, label %1387

1351:
	call void @llvm.nvvm.barrier0()
	%1352 = sub i32 255, %0
	%1353 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1352
	%1354 = load i32, i32 addrspace(3)* %1353
	%1355 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1355
	%1356 = and i32 %0, 31
	%1357 = lshr i32 %0, 5
	%1358 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1354, i32 1, i32 0)
	%1359 = icmp uge i32 %1356, 1
	%1360 = select i1 %1359, i32 %1358, i32 0
	%1361 = add i32 %1354, %1360
	%1362 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1361, i32 2, i32 0)
	%1363 = icmp uge i32 %1356, 2
	%1364 = select i1 %1363, i32 %1362, i32 0
	%1365 = add i32 %1361, %1364
	%1366 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1365, i32 4, i32 0)
	%1367 = icmp uge i32 %1356, 4
	%1368 = select i1 %1367, i32 %1366, i32 0
	%1369 = add i32 %1365, %1368
	%1370 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1369, i32 8, i32 0)
	%1371 = icmp uge i32 %1356, 8
	%1372 = select i1 %1371, i32 %1370, i32 0
	%1373 = add i32 %1369, %1372
	%1374 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1373, i32 16, i32 0)
	%1375 = icmp uge i32 %1356, 16
	%1376 = select i1 %1375, i32 %1374, i32 0
	%1377 = add i32 %1373, %1376
	%1378 = icmp eq i32 %1356, 31
	br i1 %1378, label %1394, label %1396

1379:
	%1380 = select i1 %1347, i32 %1349, i32 256
	%1381 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1380)
	%1382 = shl i32 1, %3
	%1383 = sub i32 %1382, 1
	%1384 = and i32 %1381, %1383
	%1385 = icmp eq i32 %1384, 0
	%1386 = and i1 %1347, %1385
	br i1 %1386, label %1389, label %1393

1387:
	%1388 = add i32 %1339, 256
	br label %1338

1389:
	%1390 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1349
	%1391 = call i32 @llvm.ctpop.i32(i32 %1381)
	%1392 = atomicrmw add i32 addrspace(3)* %1390, i32 %1391 monotonic
	br label %1393

1393:
	br label %1387

1394:
	%1395 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1357
	store i32 %1377, i32 addrspace(3)* %1395
	br label %1396

1396:
	call void @llvm.nvvm.barrier0()
	%1397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1398 = load i32, i32 addrspace(3)* %1397
	%1399 = icmp sgt i32 %1357, 0
	%1400 = select i1 %1399, i32 %1398, i32 0
	%1401 = add i32 0, %1400
	%1402 = add i32 0, %1398
	%1403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1404 = load i32, i32 addrspace(3)* %1403
	%1405 = icmp sgt i32 %1357, 1
	%1406 = select i1 %1405, i32 %1404, i32 0
	%1407 = add i32 %1401, %1406
	%1408 = add i32 %1402, %1404
	%1409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1410 = load i32, i32 addrspace(3)* %1409
	%1411 = icmp sgt i32 %1357, 2
	%1412 = select i1 %1411, i32 %1410, i32 0
	%1413 = add i32 %1407, %1412
	%1414 = add i32 %1408, %1410
	%1415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1416 = load i32, i32 addrspace(3)* %1415
	%1417 = icmp sgt i32 %1357, 3
	%1418 = select i1 %1417, i32 %1416, i32 0
	%1419 = add i32 %1413, %1418
	%1420 = add i32 %1414, %1416
	%1421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1422 = load i32, i32 addrspace(3)* %1421
	%1423 = icmp sgt i32 %1357, 4
	%1424 = select i1 %1423, i32 %1422, i32 0
	%1425 = add i32 %1419, %1424
	%1426 = add i32 %1420, %1422
	%1427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1428 = load i32, i32 addrspace(3)* %1427
	%1429 = icmp sgt i32 %1357, 5
	%1430 = select i1 %1429, i32 %1428, i32 0
	%1431 = add i32 %1425, %1430
	%1432 = add i32 %1426, %1428
	%1433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1434 = load i32, i32 addrspace(3)* %1433
	%1435 = icmp sgt i32 %1357, 6
	%1436 = select i1 %1435, i32 %1434, i32 0
	%1437 = add i32 %1431, %1436
	%1438 = add i32 %1432, %1434
	%1439 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1440 = load i32, i32 addrspace(3)* %1439
	%1441 = icmp sgt i32 %1357, 7
	%1442 = select i1 %1441, i32 %1440, i32 0
	%1443 = add i32 %1437, %1442
	%1444 = add i32 %1438, %1440
	%1445 = add i32 %1443, %1377
	%1446 = sub i32 %1445, %1354
	%1447 = icmp slt i32 %1446, %1334
	%1448 = add i32 %1446, %1354
	%1449 = icmp sle i32 %1334, %1448
	%1450 = and i1 %1447, %1449
	br i1 %1450, label %1451, label %1454

1451:
	%1452 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1352, i32 addrspace(3)* %1452
	%1453 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1446, i32 addrspace(3)* %1453
	br label %1454

1454:
	call void @llvm.nvvm.barrier0()
	%1455 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1456 = load i32, i32 addrspace(3)* %1455
	%1457 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1458 = load i32, i32 addrspace(3)* %1457
	%1459 = sub i32 %1334, %1458
	%1460 = shl i32 %1456, 8
	%1461 = or i32 %1336, %1460
	%1462 = or i32 %1337, u0xFF00
	br label %1463

1463:
	%1464 = phi i32 [ %0, %1454 ], [ %1513, %1512 ]
	%1465 = icmp slt i32 %1464, %16
	br i1 %1465, label %1466, label %1476

1466:
	%1467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1464
	%1468 = load i32, i32 addrspace(3)* %1467
	%1469 = icmp uge i32 %1468, 2
	%1470 = and i32 %1468, %1462
	%1471 = icmp eq i32 %1470, %1461
	%1472 = and i1 %1469, %1471
	%1473 = lshr i32 %1468, 0
	%1474 = and i32 %1473, 255
	%1475 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1472)
	br i1 %1475, label %1504, label %1512

1476:
	call void @llvm.nvvm.barrier0()
	%1477 = sub i32 255, %0
	%1478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1477
	%1479 = load i32, i32 addrspace(3)* %1478
	%1480 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1480
	%1481 = and i32 %0, 31
	%1482 = lshr i32 %0, 5
	%1483 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1479, i32 1, i32 0)
	%1484 = icmp uge i32 %1481, 1
	%1485 = select i1 %1484, i32 %1483, i32 0
	%1486 = add i32 %1479, %1485
	%1487 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1486, i32 2, i32 0)
	%1488 = icmp uge i32 %1481, 2
	%1489 = select i1 %1488, i32 %1487, i32 0
	%1490 = add i32 %1486, %1489
	%1491 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1490, i32 4, i32 0)
	%1492 = icmp uge i32 %1481, 4
	%1493 = select i1 %1492, i32 %1491, i32 0
	%1494 = add i32 %1490, %1493
	%1495 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1494, i32 8, i32 0)
	%1496 = icmp uge i32 %1481, 8
	%1497 = select i1 %1496, i32 %1495, i32 0
	%1498 = add i32 %1494, %1497
	%1499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1498, i32 16, i32 0)
	%1500 = icmp uge i32 %1481, 16
	%1501 = select i1 %1500, i32 %1499, i32 0
	%1502 = add i32 %1498, %1501
	%1503 = icmp eq i32 %1481, 31
	br i1 %1503, label %1519, label %1521

1504:
	%1505 = select i1 %1472, i32 %1474, i32 256
	%1506 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1505)
	%1507 = shl i32 1, %3
	%1508 = sub i32 %1507, 1
	%1509 = and i32 %1506, %1508
	%1510 = icmp eq i32 %1509, 0
	%1511 = and i1 %1472, %1510
	br i1 %1511, label %1514, label %1518

1512:
	%1513 = add i32 %1464, 256
	br label %1463

1514:
	%1515 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1474
	%1516 = call i32 @llvm.ctpop.i32(i32 %1506)
	%1517 = atomicrmw add i32 addrspace(3)* %1515, i32 %1516 monotonic
	br label %1518

1518:
	br label %1512

1519:
	%1520 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1482
	store i32 %1502, i32 addrspace(3)* %1520
	br label %1521

1521:
	call void @llvm.nvvm.barrier0()
	%1522 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1523 = load i32, i32 addrspace(3)* %1522
	%1524 = icmp sgt i32 %1482, 0
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 0, %1525
	%1527 = add i32 0, %1523
	%1528 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1529 = load i32, i32 addrspace(3)* %1528
	%1530 = icmp sgt i32 %1482, 1
	%1531 = select i1 %1530, i32 %1529, i32 0
	%1532 = add i32 %1526, %1531
	%1533 = add i32 %1527, %1529
	%1534 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1535 = load i32, i32 addrspace(3)* %1534
	%1536 = icmp sgt i32 %1482, 2
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1532, %1537
	%1539 = add i32 %1533, %1535
	%1540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1541 = load i32, i32 addrspace(3)* %1540
	%1542 = icmp sgt i32 %1482, 3
	%1543 = select i1 %1542, i32 %1541, i32 0
	%1544 = add i32 %1538, %1543
	%1545 = add i32 %1539, %1541
	%1546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1547 = load i32, i32 addrspace(3)* %1546
	%1548 = icmp sgt i32 %1482, 4
	%1549 = select i1 %1548, i32 %1547, i32 0
	%1550 = add i32 %1544, %1549
	%1551 = add i32 %1545, %1547
	%1552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1553 = load i32, i32 addrspace(3)* %1552
	%1554 = icmp sgt i32 %1482, 5
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = add i32 %1550, %1555
	%1557 = add i32 %1551, %1553
	%1558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1559 = load i32, i32 addrspace(3)* %1558
	%1560 = icmp sgt i32 %1482, 6
	%1561 = select i1 %1560, i32 %1559, i32 0
	%1562 = add i32 %1556, %1561
	%1563 = add i32 %1557, %1559
	%1564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = icmp sgt i32 %1482, 7
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = add i32 %1562, %1567
	%1569 = add i32 %1563, %1565
	%1570 = add i32 %1568, %1502
	%1571 = sub i32 %1570, %1479
	%1572 = icmp slt i32 %1571, %1459
	%1573 = add i32 %1571, %1479
	%1574 = icmp sle i32 %1459, %1573
	%1575 = and i1 %1572, %1574
	br i1 %1575, label %1576, label %1579

1576:
	%1577 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1477, i32 addrspace(3)* %1577
	%1578 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1571, i32 addrspace(3)* %1578
	br label %1579

1579:
	call void @llvm.nvvm.barrier0()
	%1580 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1581 = load i32, i32 addrspace(3)* %1580
	%1582 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1583 = load i32, i32 addrspace(3)* %1582
	%1584 = sub i32 %1459, %1583
	%1585 = shl i32 %1581, 0
	%1586 = or i32 %1461, %1585
	%1587 = or i32 %1462, 255
	%1588 = shl i32 1, %3
	%1589 = sub i32 %1588, 1
	br label %1590

1590:
	%1591 = phi i32 [ 0, %1579 ], [ %1645, %1644 ]
	%1592 = icmp slt i32 %1591, %16
	br i1 %1592, label %1593, label %1602

1593:
	%1594 = add i32 %1591, %0
	%1595 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1594
	%1596 = load i32, i32 addrspace(3)* %1595
	%1597 = icmp ugt i32 %1596, %1586
	%1598 = icmp eq i32 %1596, %1586
	%1599 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1597)
	%1600 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1598)
	%1601 = icmp eq i32 %3, 0
	br i1 %1601, label %1636, label %1644

1602:
	call void @llvm.nvvm.barrier0()
	%1603 = sdiv i32 %16, 256
	%1604 = mul i32 %1603, 8
	%1605 = icmp slt i32 %0, %1604
	%1606 = select i1 %1605, i32 %0, i32 0
	%1607 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1606
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = select i1 %1605, i32 %1608, i32 0
	%1610 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1606
	%1611 = load i32, i32 addrspace(3)* %1610
	%1612 = select i1 %1605, i32 %1611, i32 0
	%1613 = and i32 %0, 31
	%1614 = lshr i32 %0, 5
	%1615 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1612, i32 1, i32 0)
	%1616 = icmp uge i32 %1613, 1
	%1617 = select i1 %1616, i32 %1615, i32 0
	%1618 = add i32 %1612, %1617
	%1619 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1618, i32 2, i32 0)
	%1620 = icmp uge i32 %1613, 2
	%1621 = select i1 %1620, i32 %1619, i32 0
	%1622 = add i32 %1618, %1621
	%1623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1622, i32 4, i32 0)
	%1624 = icmp uge i32 %1613, 4
	%1625 = select i1 %1624, i32 %1623, i32 0
	%1626 = add i32 %1622, %1625
	%1627 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1626, i32 8, i32 0)
	%1628 = icmp uge i32 %1613, 8
	%1629 = select i1 %1628, i32 %1627, i32 0
	%1630 = add i32 %1626, %1629
	%1631 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1630, i32 16, i32 0)
	%1632 = icmp uge i32 %1613, 16
	%1633 = select i1 %1632, i32 %1631, i32 0
	%1634 = add i32 %1630, %1633
	%1635 = icmp eq i32 %1613, 31
	br i1 %1635, label %1646, label %1648

1636:
	%1637 = sdiv i32 %1591, 256
	%1638 = mul i32 %1637, 8
	%1639 = add i32 %1638, %4
	%1640 = call i32 @llvm.ctpop.i32(i32 %1599)
	%1641 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1639
	store i32 %1640, i32 addrspace(3)* %1641
	%1642 = call i32 @llvm.ctpop.i32(i32 %1600)
	%1643 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1639
	store i32 %1642, i32 addrspace(3)* %1643
	br label %1644

1644:
	%1645 = add i32 %1591, 256
	br label %1590

1646:
	%1647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1614
	store i32 %1634, i32 addrspace(3)* %1647
	br label %1648

1648:
	call void @llvm.nvvm.barrier0()
	%1649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1650 = load i32, i32 addrspace(3)* %1649
	%1651 = icmp sgt i32 %1614, 0
	%1652 = select i1 %1651, i32 %1650, i32 0
	%1653 = add i32 0, %1652
	%1654 = add i32 0, %1650
	%1655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1656 = load i32, i32 addrspace(3)* %1655
	%1657 = icmp sgt i32 %1614, 1
	%1658 = select i1 %1657, i32 %1656, i32 0
	%1659 = add i32 %1653, %1658
	%1660 = add i32 %1654, %1656
	%1661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1662 = load i32, i32 addrspace(3)* %1661
	%1663 = icmp sgt i32 %1614, 2
	%1664 = select i1 %1663, i32 %1662, i32 0
	%1665 = add i32 %1659, %1664
	%1666 = add i32 %1660, %1662
	%1667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1668 = load i32, i32 addrspace(3)* %1667
	%1669 = icmp sgt i32 %1614, 3
	%1670 = select i1 %1669, i32 %1668, i32 0
	%1671 = add i32 %1665, %1670
	%1672 = add i32 %1666, %1668
	%1673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1674 = load i32, i32 addrspace(3)* %1673
	%1675 = icmp sgt i32 %1614, 4
	%1676 = select i1 %1675, i32 %1674, i32 0
	%1677 = add i32 %1671, %1676
	%1678 = add i32 %1672, %1674
	%1679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1680 = load i32, i32 addrspace(3)* %1679
	%1681 = icmp sgt i32 %1614, 5
	%1682 = select i1 %1681, i32 %1680, i32 0
	%1683 = add i32 %1677, %1682
	%1684 = add i32 %1678, %1680
	%1685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1686 = load i32, i32 addrspace(3)* %1685
	%1687 = icmp sgt i32 %1614, 6
	%1688 = select i1 %1687, i32 %1686, i32 0
	%1689 = add i32 %1683, %1688
	%1690 = add i32 %1684, %1686
	%1691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1692 = load i32, i32 addrspace(3)* %1691
	%1693 = icmp sgt i32 %1614, 7
	%1694 = select i1 %1693, i32 %1692, i32 0
	%1695 = add i32 %1689, %1694
	%1696 = add i32 %1690, %1692
	%1697 = add i32 %1695, %1634
	%1698 = sub i32 %1697, %1612
	%1699 = sub i32 %1584, %1698
	%1700 = icmp sgt i32 %1699, 0
	%1701 = select i1 %1700, i32 %1699, i32 0
	%1702 = icmp slt i32 %1701, %1612
	%1703 = select i1 %1702, i32 %1701, i32 %1612
	%1704 = add i32 %1609, %1703
	%1705 = and i32 %0, 31
	%1706 = lshr i32 %0, 5
	%1707 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1704, i32 1, i32 0)
	%1708 = icmp uge i32 %1705, 1
	%1709 = select i1 %1708, i32 %1707, i32 0
	%1710 = add i32 %1704, %1709
	%1711 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1710, i32 2, i32 0)
	%1712 = icmp uge i32 %1705, 2
	%1713 = select i1 %1712, i32 %1711, i32 0
	%1714 = add i32 %1710, %1713
	%1715 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1714, i32 4, i32 0)
	%1716 = icmp uge i32 %1705, 4
	%1717 = select i1 %1716, i32 %1715, i32 0
	%1718 = add i32 %1714, %1717
	%1719 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1718, i32 8, i32 0)
	%1720 = icmp uge i32 %1705, 8
	%1721 = select i1 %1720, i32 %1719, i32 0
	%1722 = add i32 %1718, %1721
	%1723 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1722, i32 16, i32 0)
	%1724 = icmp uge i32 %1705, 16
	%1725 = select i1 %1724, i32 %1723, i32 0
	%1726 = add i32 %1722, %1725
	%1727 = icmp eq i32 %1705, 31
	br i1 %1727, label %1728, label %1730

1728:
	%1729 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1706
	store i32 %1726, i32 addrspace(3)* %1729
	br label %1730

1730:
	call void @llvm.nvvm.barrier0()
	%1731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = icmp sgt i32 %1706, 0
	%1734 = select i1 %1733, i32 %1732, i32 0
	%1735 = add i32 0, %1734
	%1736 = add i32 0, %1732
	%1737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1738 = load i32, i32 addrspace(3)* %1737
	%1739 = icmp sgt i32 %1706, 1
	%1740 = select i1 %1739, i32 %1738, i32 0
	%1741 = add i32 %1735, %1740
	%1742 = add i32 %1736, %1738
	%1743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1744 = load i32, i32 addrspace(3)* %1743
	%1745 = icmp sgt i32 %1706, 2
	%1746 = select i1 %1745, i32 %1744, i32 0
	%1747 = add i32 %1741, %1746
	%1748 = add i32 %1742, %1744
	%1749 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1750 = load i32, i32 addrspace(3)* %1749
	%1751 = icmp sgt i32 %1706, 3
	%1752 = select i1 %1751, i32 %1750, i32 0
	%1753 = add i32 %1747, %1752
	%1754 = add i32 %1748, %1750
	%1755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1756 = load i32, i32 addrspace(3)* %1755
	%1757 = icmp sgt i32 %1706, 4
	%1758 = select i1 %1757, i32 %1756, i32 0
	%1759 = add i32 %1753, %1758
	%1760 = add i32 %1754, %1756
	%1761 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1762 = load i32, i32 addrspace(3)* %1761
	%1763 = icmp sgt i32 %1706, 5
	%1764 = select i1 %1763, i32 %1762, i32 0
	%1765 = add i32 %1759, %1764
	%1766 = add i32 %1760, %1762
	%1767 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1768 = load i32, i32 addrspace(3)* %1767
	%1769 = icmp sgt i32 %1706, 6
	%1770 = select i1 %1769, i32 %1768, i32 0
	%1771 = add i32 %1765, %1770
	%1772 = add i32 %1766, %1768
	%1773 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = icmp sgt i32 %1706, 7
	%1776 = select i1 %1775, i32 %1774, i32 0
	%1777 = add i32 %1771, %1776
	%1778 = add i32 %1772, %1774
	%1779 = add i32 %1777, %1726
	%1780 = sub i32 %1779, %1704
	br i1 %1605, label %1781, label %1784

1781:
	%1782 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1780, i32 addrspace(3)* %1782
	%1783 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1698, i32 addrspace(3)* %1783
	br label %1784

1784:
	call void @llvm.nvvm.barrier0()
	br label %1785

1785:
	%1786 = phi i32 [ 0, %1784 ], [ %1818, %1817 ]
	%1787 = icmp slt i32 %1786, %16
	br i1 %1787, label %1788, label %1813

1788:
	%1789 = add i32 %1786, %0
	%1790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1789
	%1791 = load i32, i32 addrspace(3)* %1790
	%1792 = icmp ugt i32 %1791, %1586
	%1793 = icmp eq i32 %1791, %1586
	%1794 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1792)
	%1795 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1793)
	%1796 = sdiv i32 %1786, 256
	%1797 = mul i32 %1796, 8
	%1798 = add i32 %1797, %4
	%1799 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1798
	%1800 = load i32, i32 addrspace(3)* %1799
	%1801 = and i32 %1795, %1589
	%1802 = call i32 @llvm.ctpop.i32(i32 %1801)
	%1803 = add i32 %1800, %1802
	%1804 = icmp slt i32 %1803, %1584
	%1805 = and i1 %1793, %1804
	%1806 = or i1 %1792, %1805
	%1807 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1806)
	%1808 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1798
	%1809 = load i32, i32 addrspace(3)* %1808
	%1810 = and i32 %1807, %1589
	%1811 = call i32 @llvm.ctpop.i32(i32 %1810)
	%1812 = add i32 %1809, %1811
	br i1 %1806, label %1814, label %1817

1813:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1814:
	%1815 = add i32 %1786, %0
	%1816 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1812
	store i32 %1815, i32 addrspace(3)* %1816
	br label %1817

1817:
	%1818 = add i32 %1786, 256
	br label %1785

1819:
	%1820 = phi i32 [ %0, %mass_taken ], [ %1833, %1822 ]
	%1821 = icmp slt i32 %1820, %946
	br i1 %1821, label %1822, label %1834

1822:
	%1823 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1820
	%1824 = load i32, i32 addrspace(3)* %1823
	%1825 = add i32 %406, %1820
	%1826 = add i32 %13, %1825
	%1827 = sext i32 %1826 to i64
	%1828 = getelementptr i32, i32* %list, i64 %1827
	store i32 %1824, i32* %1828
	%1829 = add i32 %13, %NK
	%1830 = add i32 %1829, %1825
	%1831 = sext i32 %1830 to i64
	%1832 = getelementptr i32, i32* %list, i64 %1831
	store i32 0, i32* %1832
	%1833 = add i32 %1820, 256
	br label %1819

1834:
	call void @llvm.nvvm.barrier0()
	%1835 = icmp eq i32 %4, 0
	br i1 %1835, label %1836, label %1839

1836:
	%1837 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1838 = load double, double addrspace(3)* %1837
	br label %1852

1839:
	call void @llvm.nvvm.barrier0()
	%1840 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1841 = load i32, i32 addrspace(3)* %1840
	%1842 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1843 = load i32, i32 addrspace(3)* %1842
	%1844 = icmp ne i32 %1843, 0
	%1845 = icmp sge i32 %946, %407
	%1846 = or i1 %1844, %1845
	%1847 = mul i32 %946, 4
	%1848 = icmp sgt i32 %1847, 64
	%1849 = select i1 %1848, i32 %1847, i32 64
	%1850 = icmp slt i32 %1849, %407
	%1851 = select i1 %1850, i32 %1849, i32 %407
	br i1 %1846, label %mass_done, label %mass

1852:
	%1853 = phi i32 [ 0, %1836 ], [ %2317, %2314 ]
	%1854 = phi double [ %1838, %1836 ], [ %2315, %2314 ]
	%1855 = phi i32 [ 0, %1836 ], [ %2316, %2314 ]
	%1856 = icmp slt i32 %1853, %946
	br i1 %1856, label %1857, label %1860

1857:
	%1858 = add i32 %1853, %3
	%1859 = icmp slt i32 %1858, %946
	br i1 %1859, label %1862, label %1869

1860:
	%1861 = icmp eq i32 %3, 0
	br i1 %1861, label %2318, label %2323

1862:
	%1863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1858
	%1864 = load i32, i32 addrspace(3)* %1863
	%1865 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1864
	%1866 = load i32, i32 addrspace(3)* %1865
	%1867 = sub i32 %1866, 2
	%1868 = bitcast i32 %1867 to float
	br label %1869

1869:
	%1870 = phi float [ 0.0, %1857 ], [ %1868, %1862 ]
	%1871 = fpext float %1870 to double
	%1872 = fcmp one float %1870, 0.0
	%1873 = call float @llvm.fabs.f32(float %1870)
	%1874 = fcmp olt float %1873, 0x3E20000000000000
	%1875 = and i1 %1872, %1874
	%1876 = fmul double %1854, 4.503599627370496e+15
	%1877 = call double @llvm.trunc.f64(double %1876)
	%1878 = fcmp oeq double %1876, %1877
	%1879 = bitcast double %1871 to i64
	%1880 = trunc i64 %1879 to i32
	%1881 = lshr i64 %1879, 32
	%1882 = trunc i64 %1881 to i32
	%1883 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 1, i32 0)
	%1884 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1882, i32 1, i32 0)
	%1885 = zext i32 %1883 to i64
	%1886 = zext i32 %1884 to i64
	%1887 = shl i64 %1886, 32
	%1888 = or i64 %1885, %1887
	%1889 = bitcast i64 %1888 to double
	%1890 = icmp uge i32 %3, 1
	%1891 = fadd double %1871, %1889
	%1892 = select i1 %1890, double %1891, double %1871
	%1893 = bitcast double %1892 to i64
	%1894 = trunc i64 %1893 to i32
	%1895 = lshr i64 %1893, 32
	%1896 = trunc i64 %1895 to i32
	%1897 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1894, i32 2, i32 0)
	%1898 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1896, i32 2, i32 0)
	%1899 = zext i32 %1897 to i64
	%1900 = zext i32 %1898 to i64
	%1901 = shl i64 %1900, 32
	%1902 = or i64 %1899, %1901
	%1903 = bitcast i64 %1902 to double
	%1904 = icmp uge i32 %3, 2
	%1905 = fadd double %1892, %1903
	%1906 = select i1 %1904, double %1905, double %1892
	%1907 = bitcast double %1906 to i64
	%1908 = trunc i64 %1907 to i32
	%1909 = lshr i64 %1907, 32
	%1910 = trunc i64 %1909 to i32
	%1911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1908, i32 4, i32 0)
	%1912 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1910, i32 4, i32 0)
	%1913 = zext i32 %1911 to i64
	%1914 = zext i32 %1912 to i64
	%1915 = shl i64 %1914, 32
	%1916 = or i64 %1913, %1915
	%1917 = bitcast i64 %1916 to double
	%1918 = icmp uge i32 %3, 4
	%1919 = fadd double %1906, %1917
	%1920 = select i1 %1918, double %1919, double %1906
	%1921 = bitcast double %1920 to i64
	%1922 = trunc i64 %1921 to i32
	%1923 = lshr i64 %1921, 32
	%1924 = trunc i64 %1923 to i32
	%1925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1922, i32 8, i32 0)
	%1926 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1924, i32 8, i32 0)
	%1927 = zext i32 %1925 to i64
	%1928 = zext i32 %1926 to i64
	%1929 = shl i64 %1928, 32
	%1930 = or i64 %1927, %1929
	%1931 = bitcast i64 %1930 to double
	%1932 = icmp uge i32 %3, 8
	%1933 = fadd double %1920, %1931
	%1934 = select i1 %1932, double %1933, double %1920
	%1935 = bitcast double %1934 to i64
	%1936 = trunc i64 %1935 to i32
	%1937 = lshr i64 %1935, 32
	%1938 = trunc i64 %1937 to i32
	%1939 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1936, i32 16, i32 0)
	%1940 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1938, i32 16, i32 0)
	%1941 = zext i32 %1939 to i64
	%1942 = zext i32 %1940 to i64
	%1943 = shl i64 %1942, 32
	%1944 = or i64 %1941, %1943
	%1945 = bitcast i64 %1944 to double
	%1946 = icmp uge i32 %3, 16
	%1947 = fadd double %1934, %1945
	%1948 = select i1 %1946, double %1947, double %1934
	%1949 = bitcast double %1948 to i64
	%1950 = trunc i64 %1949 to i32
	%1951 = lshr i64 %1949, 32
	%1952 = trunc i64 %1951 to i32
	%1953 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1950, i32 31, i32 31)
	%1954 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1952, i32 31, i32 31)
	%1955 = zext i32 %1953 to i64
	%1956 = zext i32 %1954 to i64
	%1957 = shl i64 %1956, 32
	%1958 = or i64 %1955, %1957
	%1959 = bitcast i64 %1958 to double
	%1960 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1875)
	%1961 = xor i1 %1960, true
	%1962 = and i1 %1878, %1961
	%1963 = fadd double %1854, %1959
	%1964 = fcmp olt double %1963, 1.5
	%1965 = and i1 %1962, %1964
	%1966 = fcmp oge double %1854, 0x3FECCCCCCCCCCCCD
	%1967 = or i1 %1965, %1966
	br i1 %1967, label %1968, label %1993

1968:
	%1969 = fsub double %1948, %1871
	%1970 = fadd double %1854, %1969
	%1971 = fcmp olt double %1970, 0x3FECCCCCCCCCCCCD
	%1972 = and i1 %1859, %1971
	%1973 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1972)
	%1974 = call i32 @llvm.ctpop.i32(i32 %1973)
	%1975 = sub i32 %1974, 1
	%1976 = icmp sgt i32 %1975, 0
	%1977 = select i1 %1976, i32 %1975, i32 0
	%1978 = bitcast double %1948 to i64
	%1979 = trunc i64 %1978 to i32
	%1980 = lshr i64 %1978, 32
	%1981 = trunc i64 %1980 to i32
	%1982 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1979, i32 %1977, i32 31)
	%1983 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1981, i32 %1977, i32 31)
	%1984 = zext i32 %1982 to i64
	%1985 = zext i32 %1983 to i64
	%1986 = shl i64 %1985, 32
	%1987 = or i64 %1984, %1986
	%1988 = bitcast i64 %1987 to double
	%1989 = icmp sgt i32 %1974, 0
	%1990 = fadd double %1854, %1988
	%1991 = select i1 %1989, double %1990, double %1854
	%1992 = add i32 %1855, %1974
	br label %2314

1993:
	%1994 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 0, i32 31)
	%1995 = fcmp olt double %1854, 0x3FECCCCCCCCCCCCD
	%1996 = add i32 %1853, 0
	%1997 = icmp slt i32 %1996, %946
	%1998 = and i1 %1995, %1997
	%1999 = fpext float %1994 to double
	%2000 = fadd double %1854, %1999
	%2001 = select i1 %1998, double %2000, double %1854
	%2002 = add i32 %1855, 1
	%2003 = select i1 %1998, i32 %2002, i32 %1855
	%2004 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 1, i32 31)
	%2005 = fcmp olt double %2001, 0x3FECCCCCCCCCCCCD
	%2006 = add i32 %1853, 1
	%2007 = icmp slt i32 %2006, %946
	%2008 = and i1 %2005, %2007
	%2009 = fpext float %2004 to double
	%2010 = fadd double %2001, %2009
	%2011 = select i1 %2008, double %2010, double %2001
	%2012 = add i32 %2003, 1
	%2013 = select i1 %2008, i32 %2012, i32 %2003
	%2014 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 2, i32 31)
	%2015 = fcmp olt double %2011, 0x3FECCCCCCCCCCCCD
	%2016 = add i32 %1853, 2
	%2017 = icmp slt i32 %2016, %946
	%2018 = and i1 %2015, %2017
	%2019 = fpext float %2014 to double
	%2020 = fadd double %2011, %2019
	%2021 = select i1 %2018, double %2020, double %2011
	%2022 = add i32 %2013, 1
	%2023 = select i1 %2018, i32 %2022, i32 %2013
	%2024 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 3, i32 31)
	%2025 = fcmp olt double %2021, 0x3FECCCCCCCCCCCCD
	%2026 = add i32 %1853, 3
	%2027 = icmp slt i32 %2026, %946
	%2028 = and i1 %2025, %2027
	%2029 = fpext float %2024 to double
	%2030 = fadd double %2021, %2029
	%2031 = select i1 %2028, double %2030, double %2021
	%2032 = add i32 %2023, 1
	%2033 = select i1 %2028, i32 %2032, i32 %2023
	%2034 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 4, i32 31)
	%2035 = fcmp olt double %2031, 0x3FECCCCCCCCCCCCD
	%2036 = add i32 %1853, 4
	%2037 = icmp slt i32 %2036, %946
	%2038 = and i1 %2035, %2037
	%2039 = fpext float %2034 to double
	%2040 = fadd double %2031, %2039
	%2041 = select i1 %2038, double %2040, double %2031
	%2042 = add i32 %2033, 1
	%2043 = select i1 %2038, i32 %2042, i32 %2033
	%2044 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 5, i32 31)
	%2045 = fcmp olt double %2041, 0x3FECCCCCCCCCCCCD
	%2046 = add i32 %1853, 5
	%2047 = icmp slt i32 %2046, %946
	%2048 = and i1 %2045, %2047
	%2049 = fpext float %2044 to double
	%2050 = fadd double %2041, %2049
	%2051 = select i1 %2048, double %2050, double %2041
	%2052 = add i32 %2043, 1
	%2053 = select i1 %2048, i32 %2052, i32 %2043
	%2054 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 6, i32 31)
	%2055 = fcmp olt double %2051, 0x3FECCCCCCCCCCCCD
	%2056 = add i32 %1853, 6
	%2057 = icmp slt i32 %2056, %946
	%2058 = and i1 %2055, %2057
	%2059 = fpext float %2054 to double
	%2060 = fadd double %2051, %2059
	%2061 = select i1 %2058, double %2060, double %2051
	%2062 = add i32 %2053, 1
	%2063 = select i1 %2058, i32 %2062, i32 %2053
	%2064 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 7, i32 31)
	%2065 = fcmp olt double %2061, 0x3FECCCCCCCCCCCCD
	%2066 = add i32 %1853, 7
	%2067 = icmp slt i32 %2066, %946
	%2068 = and i1 %2065, %2067
	%2069 = fpext float %2064 to double
	%2070 = fadd double %2061, %2069
	%2071 = select i1 %2068, double %2070, double %2061
	%2072 = add i32 %2063, 1
	%2073 = select i1 %2068, i32 %2072, i32 %2063
	%2074 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 8, i32 31)
	%2075 = fcmp olt double %2071, 0x3FECCCCCCCCCCCCD
	%2076 = add i32 %1853, 8
	%2077 = icmp slt i32 %2076, %946
	%2078 = and i1 %2075, %2077
	%2079 = fpext float %2074 to double
	%2080 = fadd double %2071, %2079
	%2081 = select i1 %2078, double %2080, double %2071
	%2082 = add i32 %2073, 1
	%2083 = select i1 %2078, i32 %2082, i32 %2073
	%2084 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 9, i32 31)
	%2085 = fcmp olt double %2081, 0x3FECCCCCCCCCCCCD
	%2086 = add i32 %1853, 9
	%2087 = icmp slt i32 %2086, %946
	%2088 = and i1 %2085, %2087
	%2089 = fpext float %2084 to double
	%2090 = fadd double %2081, %2089
	%2091 = select i1 %2088, double %2090, double %2081
	%2092 = add i32 %2083, 1
	%2093 = select i1 %2088, i32 %2092, i32 %2083
	%2094 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 10, i32 31)
	%2095 = fcmp olt double %2091, 0x3FECCCCCCCCCCCCD
	%2096 = add i32 %1853, 10
	%2097 = icmp slt i32 %2096, %946
	%2098 = and i1 %2095, %2097
	%2099 = fpext float %2094 to double
	%2100 = fadd double %2091, %2099
	%2101 = select i1 %2098, double %2100, double %2091
	%2102 = add i32 %2093, 1
	%2103 = select i1 %2098, i32 %2102, i32 %2093
	%2104 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 11, i32 31)
	%2105 = fcmp olt double %2101, 0x3FECCCCCCCCCCCCD
	%2106 = add i32 %1853, 11
	%2107 = icmp slt i32 %2106, %946
	%2108 = and i1 %2105, %2107
	%2109 = fpext float %2104 to double
	%2110 = fadd double %2101, %2109
	%2111 = select i1 %2108, double %2110, double %2101
	%2112 = add i32 %2103, 1
	%2113 = select i1 %2108, i32 %2112, i32 %2103
	%2114 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 12, i32 31)
	%2115 = fcmp olt double %2111, 0x3FECCCCCCCCCCCCD
	%2116 = add i32 %1853, 12
	%2117 = icmp slt i32 %2116, %946
	%2118 = and i1 %2115, %2117
	%2119 = fpext float %2114 to double
	%2120 = fadd double %2111, %2119
	%2121 = select i1 %2118, double %2120, double %2111
	%2122 = add i32 %2113, 1
	%2123 = select i1 %2118, i32 %2122, i32 %2113
	%2124 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 13, i32 31)
	%2125 = fcmp olt double %2121, 0x3FECCCCCCCCCCCCD
	%2126 = add i32 %1853, 13
	%2127 = icmp slt i32 %2126, %946
	%2128 = and i1 %2125, %2127
	%2129 = fpext float %2124 to double
	%2130 = fadd double %2121, %2129
	%2131 = select i1 %2128, double %2130, double %2121
	%2132 = add i32 %2123, 1
	%2133 = select i1 %2128, i32 %2132, i32 %2123
	%2134 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 14, i32 31)
	%2135 = fcmp olt double %2131, 0x3FECCCCCCCCCCCCD
	%2136 = add i32 %1853, 14
	%2137 = icmp slt i32 %2136, %946
	%2138 = and i1 %2135, %2137
	%2139 = fpext float %2134 to double
	%2140 = fadd double %2131, %2139
	%2141 = select i1 %2138, double %2140, double %2131
	%2142 = add i32 %2133, 1
	%2143 = select i1 %2138, i32 %2142, i32 %2133
	%2144 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 15, i32 31)
	%2145 = fcmp olt double %2141, 0x3FECCCCCCCCCCCCD
	%2146 = add i32 %1853, 15
	%2147 = icmp slt i32 %2146, %946
	%2148 = and i1 %2145, %2147
	%2149 = fpext float %2144 to double
	%2150 = fadd double %2141, %2149
	%2151 = select i1 %2148, double %2150, double %2141
	%2152 = add i32 %2143, 1
	%2153 = select i1 %2148, i32 %2152, i32 %2143
	%2154 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 16, i32 31)
	%2155 = fcmp olt double %2151, 0x3FECCCCCCCCCCCCD
	%2156 = add i32 %1853, 16
	%2157 = icmp slt i32 %2156, %946
	%2158 = and i1 %2155, %2157
	%2159 = fpext float %2154 to double
	%2160 = fadd double %2151, %2159
	%2161 = select i1 %2158, double %2160, double %2151
	%2162 = add i32 %2153, 1
	%2163 = select i1 %2158, i32 %2162, i32 %2153
	%2164 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 17, i32 31)
	%2165 = fcmp olt double %2161, 0x3FECCCCCCCCCCCCD
	%2166 = add i32 %1853, 17
	%2167 = icmp slt i32 %2166, %946
	%2168 = and i1 %2165, %2167
	%2169 = fpext float %2164 to double
	%2170 = fadd double %2161, %2169
	%2171 = select i1 %2168, double %2170, double %2161
	%2172 = add i32 %2163, 1
	%2173 = select i1 %2168, i32 %2172, i32 %2163
	%2174 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 18, i32 31)
	%2175 = fcmp olt double %2171, 0x3FECCCCCCCCCCCCD
	%2176 = add i32 %1853, 18
	%2177 = icmp slt i32 %2176, %946
	%2178 = and i1 %2175, %2177
	%2179 = fpext float %2174 to double
	%2180 = fadd double %2171, %2179
	%2181 = select i1 %2178, double %2180, double %2171
	%2182 = add i32 %2173, 1
	%2183 = select i1 %2178, i32 %2182, i32 %2173
	%2184 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 19, i32 31)
	%2185 = fcmp olt double %2181, 0x3FECCCCCCCCCCCCD
	%2186 = add i32 %1853, 19
	%2187 = icmp slt i32 %2186, %946
	%2188 = and i1 %2185, %2187
	%2189 = fpext float %2184 to double
	%2190 = fadd double %2181, %2189
	%2191 = select i1 %2188, double %2190, double %2181
	%2192 = add i32 %2183, 1
	%2193 = select i1 %2188, i32 %2192, i32 %2183
	%2194 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 20, i32 31)
	%2195 = fcmp olt double %2191, 0x3FECCCCCCCCCCCCD
	%2196 = add i32 %1853, 20
	%2197 = icmp slt i32 %2196, %946
	%2198 = and i1 %2195, %2197
	%2199 = fpext float %2194 to double
	%2200 = fadd double %2191, %2199
	%2201 = select i1 %2198, double %2200, double %2191
	%2202 = add i32 %2193, 1
	%2203 = select i1 %2198, i32 %2202, i32 %2193
	%2204 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 21, i32 31)
	%2205 = fcmp olt double %2201, 0x3FECCCCCCCCCCCCD
	%2206 = add i32 %1853, 21
	%2207 = icmp slt i32 %2206, %946
	%2208 = and i1 %2205, %2207
	%2209 = fpext float %2204 to double
	%2210 = fadd double %2201, %2209
	%2211 = select i1 %2208, double %2210, double %2201
	%2212 = add i32 %2203, 1
	%2213 = select i1 %2208, i32 %2212, i32 %2203
	%2214 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 22, i32 31)
	%2215 = fcmp olt double %2211, 0x3FECCCCCCCCCCCCD
	%2216 = add i32 %1853, 22
	%2217 = icmp slt i32 %2216, %946
	%2218 = and i1 %2215, %2217
	%2219 = fpext float %2214 to double
	%2220 = fadd double %2211, %2219
	%2221 = select i1 %2218, double %2220, double %2211
	%2222 = add i32 %2213, 1
	%2223 = select i1 %2218, i32 %2222, i32 %2213
	%2224 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 23, i32 31)
	%2225 = fcmp olt double %2221, 0x3FECCCCCCCCCCCCD
	%2226 = add i32 %1853, 23
	%2227 = icmp slt i32 %2226, %946
	%2228 = and i1 %2225, %2227
	%2229 = fpext float %2224 to double
	%2230 = fadd double %2221, %2229
	%2231 = select i1 %2228, double %2230, double %2221
	%2232 = add i32 %2223, 1
	%2233 = select i1 %2228, i32 %2232, i32 %2223
	%2234 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 24, i32 31)
	%2235 = fcmp olt double %2231, 0x3FECCCCCCCCCCCCD
	%2236 = add i32 %1853, 24
	%2237 = icmp slt i32 %2236, %946
	%2238 = and i1 %2235, %2237
	%2239 = fpext float %2234 to double
	%2240 = fadd double %2231, %2239
	%2241 = select i1 %2238, double %2240, double %2231
	%2242 = add i32 %2233, 1
	%2243 = select i1 %2238, i32 %2242, i32 %2233
	%2244 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 25, i32 31)
	%2245 = fcmp olt double %2241, 0x3FECCCCCCCCCCCCD
	%2246 = add i32 %1853, 25
	%2247 = icmp slt i32 %2246, %946
	%2248 = and i1 %2245, %2247
	%2249 = fpext float %2244 to double
	%2250 = fadd double %2241, %2249
	%2251 = select i1 %2248, double %2250, double %2241
	%2252 = add i32 %2243, 1
	%2253 = select i1 %2248, i32 %2252, i32 %2243
	%2254 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 26, i32 31)
	%2255 = fcmp olt double %2251, 0x3FECCCCCCCCCCCCD
	%2256 = add i32 %1853, 26
	%2257 = icmp slt i32 %2256, %946
	%2258 = and i1 %2255, %2257
	%2259 = fpext float %2254 to double
	%2260 = fadd double %2251, %2259
	%2261 = select i1 %2258, double %2260, double %2251
	%2262 = add i32 %2253, 1
	%2263 = select i1 %2258, i32 %2262, i32 %2253
	%2264 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 27, i32 31)
	%2265 = fcmp olt double %2261, 0x3FECCCCCCCCCCCCD
	%2266 = add i32 %1853, 27
	%2267 = icmp slt i32 %2266, %946
	%2268 = and i1 %2265, %2267
	%2269 = fpext float %2264 to double
	%2270 = fadd double %2261, %2269
	%2271 = select i1 %2268, double %2270, double %2261
	%2272 = add i32 %2263, 1
	%2273 = select i1 %2268, i32 %2272, i32 %2263
	%2274 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 28, i32 31)
	%2275 = fcmp olt double %2271, 0x3FECCCCCCCCCCCCD
	%2276 = add i32 %1853, 28
	%2277 = icmp slt i32 %2276, %946
	%2278 = and i1 %2275, %2277
	%2279 = fpext float %2274 to double
	%2280 = fadd double %2271, %2279
	%2281 = select i1 %2278, double %2280, double %2271
	%2282 = add i32 %2273, 1
	%2283 = select i1 %2278, i32 %2282, i32 %2273
	%2284 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 29, i32 31)
	%2285 = fcmp olt double %2281, 0x3FECCCCCCCCCCCCD
	%2286 = add i32 %1853, 29
	%2287 = icmp slt i32 %2286, %946
	%2288 = and i1 %2285, %2287
	%2289 = fpext float %2284 to double
	%2290 = fadd double %2281, %2289
	%2291 = select i1 %2288, double %2290, double %2281
	%2292 = add i32 %2283, 1
	%2293 = select i1 %2288, i32 %2292, i32 %2283
	%2294 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 30, i32 31)
	%2295 = fcmp olt double %2291, 0x3FECCCCCCCCCCCCD
	%2296 = add i32 %1853, 30
	%2297 = icmp slt i32 %2296, %946
	%2298 = and i1 %2295, %2297
	%2299 = fpext float %2294 to double
	%2300 = fadd double %2291, %2299
	%2301 = select i1 %2298, double %2300, double %2291
	%2302 = add i32 %2293, 1
	%2303 = select i1 %2298, i32 %2302, i32 %2293
	%2304 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1870, i32 31, i32 31)
	%2305 = fcmp olt double %2301, 0x3FECCCCCCCCCCCCD
	%2306 = add i32 %1853, 31
	%2307 = icmp slt i32 %2306, %946
	%2308 = and i1 %2305, %2307
	%2309 = fpext float %2304 to double
	%2310 = fadd double %2301, %2309
	%2311 = select i1 %2308, double %2310, double %2301
	%2312 = add i32 %2303, 1
	%2313 = select i1 %2308, i32 %2312, i32 %2303
	br label %2314

2314:
	%2315 = phi double [ %1991, %1968 ], [ %2311, %1993 ]
	%2316 = phi i32 [ %1992, %1968 ], [ %2313, %1993 ]
	%2317 = add i32 %1853, 32
	br label %1852

2318:
	%2319 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1855, i32 addrspace(3)* %2319
	%2320 = fcmp oge double %1854, 0x3FECCCCCCCCCCCCD
	%2321 = zext i1 %2320 to i32
	%2322 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2321, i32 addrspace(3)* %2322
	br label %2323

2323:
	br label %1839

2324:
	%2325 = phi i32 [ %952, %mass_done ], [ %2335, %2327 ]
	%2326 = icmp slt i32 %2325, %NK
	br i1 %2326, label %2327, label %2336

2327:
	%2328 = add i32 %13, %2325
	%2329 = sext i32 %2328 to i64
	%2330 = getelementptr i32, i32* %list, i64 %2329
	store i32 -1, i32* %2330
	%2331 = add i32 %13, %NK
	%2332 = add i32 %2331, %2325
	%2333 = sext i32 %2332 to i64
	%2334 = getelementptr i32, i32* %list, i64 %2333
	store i32 -1, i32* %2334
	%2335 = add i32 %2325, 256
	br label %2324

2336:
	ret void
}
