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
	%334 = phi i32 [ %0, %284 ], [ %387, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %386, %364 ]
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
	br i1 %358, label %388, label %389

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
	%369 = mul i32 %1, 64
	%370 = sdiv i32 %369, 256
	%371 = mul i32 %370, 256
	%372 = sdiv i32 %371, 64
	%373 = add i32 %370, 1
	%374 = mul i32 %373, 256
	%375 = sdiv i32 %374, 64
	%376 = icmp sge i32 %334, %372
	%377 = icmp slt i32 %334, %375
	%378 = and i1 %376, %377
	%379 = or i1 %368, %378
	%380 = bitcast float %343 to i32
	%381 = add i32 %380, 2
	%382 = select i1 %379, i32 1, i32 %381
	%383 = select i1 %341, i32 %382, i32 0
	%384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %334
	store i32 %383, i32 addrspace(3)* %384
	%385 = uitofp i1 %341 to float
	%386 = fadd float %335, %385
	%387 = add i32 %334, 256
	br label %333

388:
	store float %355, float addrspace(3)* %359
	br label %389

389:
	call void @llvm.nvvm.barrier0()
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%391 = load float, float addrspace(3)* %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%405 = load float, float addrspace(3)* %404
	%406 = fadd float %403, %405
	%407 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%408 = load float, float addrspace(3)* %407
	%409 = fadd float %406, %408
	%410 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%411 = load float, float addrspace(3)* %410
	%412 = fadd float %409, %411
	%413 = fptosi float %412 to i32
	%414 = icmp eq i32 %0, 0
	br i1 %414, label %415, label %419

415:
	%416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%417 = load i32, i32 addrspace(3)* %416
	%418 = icmp eq i32 %417, 1
	br i1 %418, label %427, label %435

419:
	call void @llvm.nvvm.barrier0()
	%420 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%421 = load i32, i32 addrspace(3)* %420
	%422 = sub i32 %413, %421
	%423 = icmp sgt i32 %422, 0
	%424 = select i1 %423, i32 %422, i32 0
	%425 = shl i32 1, %3
	%426 = sub i32 %425, 1
	br label %492

427:
	%428 = add i32 %13, 0
	%429 = sext i32 %428 to i64
	%430 = getelementptr i32, i32* %list, i64 %429
	store i32 0, i32* %430
	%431 = add i32 %13, %NK
	%432 = add i32 %431, 0
	%433 = sext i32 %432 to i64
	%434 = getelementptr i32, i32* %list, i64 %433
	store i32 1, i32* %434
	br label %435

435:
	%436 = add i32 %11, 0
	%437 = sext i32 %436 to i64
	%438 = getelementptr float, float* %e, i64 %437
	%439 = load float, float* %438
	%440 = add i32 0, 1
	%441 = select i1 %418, i32 %440, i32 0
	%442 = fpext float %439 to double
	%443 = fadd double 0.0, %442
	%444 = select i1 %418, double %443, double 0.0
	%445 = mul i32 %1, 64
	%446 = sdiv i32 %445, 256
	%447 = mul i32 %446, 256
	%448 = sdiv i32 %447, 64
	%449 = add i32 %446, 1
	%450 = mul i32 %449, 256
	%451 = sdiv i32 %450, 64
	%452 = icmp slt i32 %324, %448
	%453 = select i1 %452, i32 %324, i32 %448
	%454 = icmp sgt i32 %453, 1
	%455 = select i1 %454, i32 %453, i32 1
	%456 = add i32 %332, 1
	%457 = icmp sgt i32 %456, %451
	%458 = select i1 %457, i32 %456, i32 %451
	%459 = icmp slt i32 %458, %NK
	%460 = select i1 %459, i32 %458, i32 %NK
	br label %461

461:
	%462 = phi i32 [ %455, %435 ], [ %491, %481 ]
	%463 = phi i32 [ %441, %435 ], [ %487, %481 ]
	%464 = phi double [ %444, %435 ], [ %490, %481 ]
	%465 = icmp slt i32 %462, %460
	br i1 %465, label %466, label %470

466:
	%467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %462
	%468 = load i32, i32 addrspace(3)* %467
	%469 = icmp eq i32 %468, 1
	br i1 %469, label %473, label %481

470:
	%471 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %463, i32 addrspace(3)* %471
	%472 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %464, double addrspace(3)* %472
	br label %419

473:
	%474 = add i32 %13, %463
	%475 = sext i32 %474 to i64
	%476 = getelementptr i32, i32* %list, i64 %475
	store i32 %462, i32* %476
	%477 = add i32 %13, %NK
	%478 = add i32 %477, %463
	%479 = sext i32 %478 to i64
	%480 = getelementptr i32, i32* %list, i64 %479
	store i32 1, i32* %480
	br label %481

481:
	%482 = add i32 %11, %462
	%483 = sext i32 %482 to i64
	%484 = getelementptr float, float* %e, i64 %483
	%485 = load float, float* %484
	%486 = add i32 %463, 1
	%487 = select i1 %469, i32 %486, i32 %463
	%488 = fpext float %485 to double
	%489 = fadd double %464, %488
	%490 = select i1 %469, double %489, double %464
	%491 = add i32 %462, 1
	br label %461

492:
	%493 = phi i32 [ 0, %419 ], [ %541, %540 ]
	%494 = icmp slt i32 %493, %16
	br i1 %494, label %495, label %503

495:
	%496 = add i32 %493, %0
	%497 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %496
	%498 = load i32, i32 addrspace(3)* %497
	%499 = icmp ugt i32 %498, 1
	%500 = icmp eq i32 %498, 1
	%501 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %499)
	%502 = icmp eq i32 %3, 0
	br i1 %502, label %534, label %540

503:
	call void @llvm.nvvm.barrier0()
	%504 = sdiv i32 %16, 256
	%505 = mul i32 %504, 8
	%506 = icmp slt i32 %0, %505
	%507 = select i1 %506, i32 %0, i32 0
	%508 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %507
	%509 = load i32, i32 addrspace(3)* %508
	%510 = select i1 %506, i32 %509, i32 0
	%511 = and i32 %0, 31
	%512 = lshr i32 %0, 5
	%513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %510, i32 1, i32 0)
	%514 = icmp uge i32 %511, 1
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %510, %515
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 2, i32 0)
	%518 = icmp uge i32 %511, 2
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %516, %519
	%521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %520, i32 4, i32 0)
	%522 = icmp uge i32 %511, 4
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %520, %523
	%525 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %524, i32 8, i32 0)
	%526 = icmp uge i32 %511, 8
	%527 = select i1 %526, i32 %525, i32 0
	%528 = add i32 %524, %527
	%529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %528, i32 16, i32 0)
	%530 = icmp uge i32 %511, 16
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %528, %531
	%533 = icmp eq i32 %511, 31
	br i1 %533, label %542, label %544

534:
	%535 = sdiv i32 %493, 256
	%536 = mul i32 %535, 8
	%537 = add i32 %536, %4
	%538 = call i32 @llvm.ctpop.i32(i32 %501)
	%539 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %537
	store i32 %538, i32 addrspace(3)* %539
	br label %540

540:
	%541 = add i32 %493, 256
	br label %492

542:
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %512
	store i32 %532, i32 addrspace(3)* %543
	br label %544

544:
	call void @llvm.nvvm.barrier0()
	%545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%546 = load i32, i32 addrspace(3)* %545
	%547 = icmp sgt i32 %512, 0
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 0, %548
	%550 = add i32 0, %546
	%551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%552 = load i32, i32 addrspace(3)* %551
	%553 = icmp sgt i32 %512, 1
	%554 = select i1 %553, i32 %552, i32 0
	%555 = add i32 %549, %554
	%556 = add i32 %550, %552
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%558 = load i32, i32 addrspace(3)* %557
	%559 = icmp sgt i32 %512, 2
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %555, %560
	%562 = add i32 %556, %558
	%563 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%564 = load i32, i32 addrspace(3)* %563
	%565 = icmp sgt i32 %512, 3
	%566 = select i1 %565, i32 %564, i32 0
	%567 = add i32 %561, %566
	%568 = add i32 %562, %564
	%569 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%570 = load i32, i32 addrspace(3)* %569
	%571 = icmp sgt i32 %512, 4
	%572 = select i1 %571, i32 %570, i32 0
	%573 = add i32 %567, %572
	%574 = add i32 %568, %570
	%575 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%576 = load i32, i32 addrspace(3)* %575
	%577 = icmp sgt i32 %512, 5
	%578 = select i1 %577, i32 %576, i32 0
	%579 = add i32 %573, %578
	%580 = add i32 %574, %576
	%581 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%582 = load i32, i32 addrspace(3)* %581
	%583 = icmp sgt i32 %512, 6
	%584 = select i1 %583, i32 %582, i32 0
	%585 = add i32 %579, %584
	%586 = add i32 %580, %582
	%587 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%588 = load i32, i32 addrspace(3)* %587
	%589 = icmp sgt i32 %512, 7
	%590 = select i1 %589, i32 %588, i32 0
	%591 = add i32 %585, %590
	%592 = add i32 %586, %588
	%593 = add i32 %591, %532
	%594 = sub i32 %593, %510
	br i1 %506, label %595, label %597

595:
	%596 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %594, i32 addrspace(3)* %596
	br label %597

597:
	call void @llvm.nvvm.barrier0()
	br label %598

598:
	%599 = phi i32 [ 0, %597 ], [ %624, %623 ]
	%600 = icmp slt i32 %599, %16
	br i1 %600, label %601, label %617

601:
	%602 = add i32 %599, %0
	%603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %602
	%604 = load i32, i32 addrspace(3)* %603
	%605 = icmp ugt i32 %604, 1
	%606 = icmp eq i32 %604, 1
	%607 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %605)
	%608 = sdiv i32 %599, 256
	%609 = mul i32 %608, 8
	%610 = add i32 %609, %4
	%611 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %605)
	%612 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %610
	%613 = load i32, i32 addrspace(3)* %612
	%614 = and i32 %611, %426
	%615 = call i32 @llvm.ctpop.i32(i32 %614)
	%616 = add i32 %613, %615
	br i1 %605, label %620, label %623

617:
	call void @llvm.nvvm.barrier0()
	%618 = icmp slt i32 %0, %424
	%619 = icmp sle i32 %424, 256
	br i1 %619, label %write_rank, label %write_long

620:
	%621 = add i32 %599, %0
	%622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %616
	store i32 %621, i32 addrspace(3)* %622
	br label %623

623:
	%624 = add i32 %599, 256
	br label %598

write_rank:
	br i1 %618, label %4631, label %4637

write_sort:
	%625 = sub i32 %424, 1
	%626 = call i32 @llvm.ctlz.i32(i32 %625, i1 false)
	%627 = icmp sgt i32 %424, 1
	%628 = sub i32 32, %626
	%629 = select i1 %627, i32 %628, i32 0
	%630 = shl i32 1, %629
	%631 = add i32 %424, %0
	br label %4549

write_done:
	%632 = add i32 %421, %424
	%633 = icmp sle i32 %M, 16
	%634 = add i32 %632, 1
	%635 = add i32 %421, %424
	%636 = icmp sgt i32 %634, %635
	%637 = select i1 %636, i32 %634, i32 %635
	%638 = icmp slt i32 %637, %NK
	%639 = select i1 %638, i32 %637, i32 %NK
	%640 = select i1 %633, i32 %NK, i32 %639
	%641 = add i32 %632, %0
	br label %4670

write_long:
	%642 = icmp sle i32 %424, 2048
	br i1 %642, label %write_radix, label %write_sort

write_radix:
	%643 = shl i32 1, %3
	%644 = sub i32 %643, 1
	%645 = add i32 0, %0
	%646 = icmp slt i32 0, %424
	%647 = icmp slt i32 %645, %424
	br i1 %646, label %648, label %655

648:
	%649 = select i1 %647, i32 %645, i32 0
	%650 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %649
	%651 = load i32, i32 addrspace(3)* %650
	%652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %651
	%653 = load i32, i32 addrspace(3)* %652
	%654 = xor i32 %653, -1
	br label %655

655:
	%656 = phi i32 [ 0, %write_radix ], [ %651, %648 ]
	%657 = phi i32 [ 0, %write_radix ], [ %654, %648 ]
	%658 = add i32 256, %0
	%659 = icmp slt i32 256, %424
	%660 = icmp slt i32 %658, %424
	br i1 %659, label %661, label %668

661:
	%662 = select i1 %660, i32 %658, i32 0
	%663 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %662
	%664 = load i32, i32 addrspace(3)* %663
	%665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %664
	%666 = load i32, i32 addrspace(3)* %665
	%667 = xor i32 %666, -1
	br label %668

668:
	%669 = phi i32 [ 0, %655 ], [ %664, %661 ]
	%670 = phi i32 [ 0, %655 ], [ %667, %661 ]
	%671 = add i32 512, %0
	%672 = icmp slt i32 512, %424
	%673 = icmp slt i32 %671, %424
	br i1 %672, label %674, label %681

674:
	%675 = select i1 %673, i32 %671, i32 0
	%676 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %675
	%677 = load i32, i32 addrspace(3)* %676
	%678 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %677
	%679 = load i32, i32 addrspace(3)* %678
	%680 = xor i32 %679, -1
	br label %681

681:
	%682 = phi i32 [ 0, %668 ], [ %677, %674 ]
	%683 = phi i32 [ 0, %668 ], [ %680, %674 ]
	%684 = add i32 768, %0
	%685 = icmp slt i32 768, %424
	%686 = icmp slt i32 %684, %424
	br i1 %685, label %687, label %694

687:
	%688 = select i1 %686, i32 %684, i32 0
	%689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %688
	%690 = load i32, i32 addrspace(3)* %689
	%691 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %690
	%692 = load i32, i32 addrspace(3)* %691
	%693 = xor i32 %692, -1
	br label %694

694:
	%695 = phi i32 [ 0, %681 ], [ %690, %687 ]
	%696 = phi i32 [ 0, %681 ], [ %693, %687 ]
	%697 = add i32 1024, %0
	%698 = icmp slt i32 1024, %424
	%699 = icmp slt i32 %697, %424
	br i1 %698, label %700, label %707

700:
	%701 = select i1 %699, i32 %697, i32 0
	%702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %701
	%703 = load i32, i32 addrspace(3)* %702
	%704 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %703
	%705 = load i32, i32 addrspace(3)* %704
	%706 = xor i32 %705, -1
	br label %707

707:
	%708 = phi i32 [ 0, %694 ], [ %703, %700 ]
	%709 = phi i32 [ 0, %694 ], [ %706, %700 ]
	%710 = add i32 1280, %0
	%711 = icmp slt i32 1280, %424
	%712 = icmp slt i32 %710, %424
	br i1 %711, label %713, label %720

713:
	%714 = select i1 %712, i32 %710, i32 0
	%715 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %714
	%716 = load i32, i32 addrspace(3)* %715
	%717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %716
	%718 = load i32, i32 addrspace(3)* %717
	%719 = xor i32 %718, -1
	br label %720

720:
	%721 = phi i32 [ 0, %707 ], [ %716, %713 ]
	%722 = phi i32 [ 0, %707 ], [ %719, %713 ]
	%723 = add i32 1536, %0
	%724 = icmp slt i32 1536, %424
	%725 = icmp slt i32 %723, %424
	br i1 %724, label %726, label %733

726:
	%727 = select i1 %725, i32 %723, i32 0
	%728 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %727
	%729 = load i32, i32 addrspace(3)* %728
	%730 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %729
	%731 = load i32, i32 addrspace(3)* %730
	%732 = xor i32 %731, -1
	br label %733

733:
	%734 = phi i32 [ 0, %720 ], [ %729, %726 ]
	%735 = phi i32 [ 0, %720 ], [ %732, %726 ]
	%736 = add i32 1792, %0
	%737 = icmp slt i32 1792, %424
	%738 = icmp slt i32 %736, %424
	br i1 %737, label %739, label %746

739:
	%740 = select i1 %738, i32 %736, i32 0
	%741 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %740
	%742 = load i32, i32 addrspace(3)* %741
	%743 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %742
	%744 = load i32, i32 addrspace(3)* %743
	%745 = xor i32 %744, -1
	br label %746

746:
	%747 = phi i32 [ 0, %733 ], [ %742, %739 ]
	%748 = phi i32 [ 0, %733 ], [ %745, %739 ]
	call void @llvm.nvvm.barrier0()
	%749 = add i32 %0, 0
	%750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %749
	store i32 0, i32 addrspace(3)* %750
	%751 = add i32 %0, 256
	%752 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %751
	store i32 0, i32 addrspace(3)* %752
	%753 = add i32 %0, 512
	%754 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %753
	store i32 0, i32 addrspace(3)* %754
	%755 = add i32 %0, 768
	%756 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %755
	store i32 0, i32 addrspace(3)* %756
	call void @llvm.nvvm.barrier0()
	br i1 %646, label %757, label %766

757:
	%758 = lshr i32 %657, 0
	%759 = and i32 %758, 15
	%760 = select i1 %647, i32 %759, i32 16
	%761 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %760)
	%762 = and i32 %761, %644
	%763 = call i32 @llvm.ctpop.i32(i32 %762)
	%764 = icmp eq i32 %763, 0
	%765 = and i1 %647, %764
	br i1 %765, label %768, label %775

766:
	%767 = phi i32 [ 0, %746 ], [ %763, %775 ]
	br i1 %659, label %776, label %785

768:
	%769 = call i32 @llvm.ctpop.i32(i32 %761)
	%770 = add i32 0, %4
	%771 = mul i32 %759, 64
	%772 = add i32 %771, %770
	%773 = add i32 0, %772
	%774 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %773
	store i32 %769, i32 addrspace(3)* %774
	br label %775

775:
	br label %766

776:
	%777 = lshr i32 %670, 0
	%778 = and i32 %777, 15
	%779 = select i1 %660, i32 %778, i32 16
	%780 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %779)
	%781 = and i32 %780, %644
	%782 = call i32 @llvm.ctpop.i32(i32 %781)
	%783 = icmp eq i32 %782, 0
	%784 = and i1 %660, %783
	br i1 %784, label %787, label %794

785:
	%786 = phi i32 [ 0, %766 ], [ %782, %794 ]
	br i1 %672, label %795, label %804

787:
	%788 = call i32 @llvm.ctpop.i32(i32 %780)
	%789 = add i32 8, %4
	%790 = mul i32 %778, 64
	%791 = add i32 %790, %789
	%792 = add i32 0, %791
	%793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %792
	store i32 %788, i32 addrspace(3)* %793
	br label %794

794:
	br label %785

795:
	%796 = lshr i32 %683, 0
	%797 = and i32 %796, 15
	%798 = select i1 %673, i32 %797, i32 16
	%799 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %798)
	%800 = and i32 %799, %644
	%801 = call i32 @llvm.ctpop.i32(i32 %800)
	%802 = icmp eq i32 %801, 0
	%803 = and i1 %673, %802
	br i1 %803, label %806, label %813

804:
	%805 = phi i32 [ 0, %785 ], [ %801, %813 ]
	br i1 %685, label %814, label %823

806:
	%807 = call i32 @llvm.ctpop.i32(i32 %799)
	%808 = add i32 16, %4
	%809 = mul i32 %797, 64
	%810 = add i32 %809, %808
	%811 = add i32 0, %810
	%812 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %811
	store i32 %807, i32 addrspace(3)* %812
	br label %813

813:
	br label %804

814:
	%815 = lshr i32 %696, 0
	%816 = and i32 %815, 15
	%817 = select i1 %686, i32 %816, i32 16
	%818 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %817)
	%819 = and i32 %818, %644
	%820 = call i32 @llvm.ctpop.i32(i32 %819)
	%821 = icmp eq i32 %820, 0
	%822 = and i1 %686, %821
	br i1 %822, label %825, label %832

823:
	%824 = phi i32 [ 0, %804 ], [ %820, %832 ]
	br i1 %698, label %833, label %842

825:
	%826 = call i32 @llvm.ctpop.i32(i32 %818)
	%827 = add i32 24, %4
	%828 = mul i32 %816, 64
	%829 = add i32 %828, %827
	%830 = add i32 0, %829
	%831 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %830
	store i32 %826, i32 addrspace(3)* %831
	br label %832

832:
	br label %823

833:
	%834 = lshr i32 %709, 0
	%835 = and i32 %834, 15
	%836 = select i1 %699, i32 %835, i32 16
	%837 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %836)
	%838 = and i32 %837, %644
	%839 = call i32 @llvm.ctpop.i32(i32 %838)
	%840 = icmp eq i32 %839, 0
	%841 = and i1 %699, %840
	br i1 %841, label %844, label %851

842:
	%843 = phi i32 [ 0, %823 ], [ %839, %851 ]
	br i1 %711, label %852, label %861

844:
	%845 = call i32 @llvm.ctpop.i32(i32 %837)
	%846 = add i32 32, %4
	%847 = mul i32 %835, 64
	%848 = add i32 %847, %846
	%849 = add i32 0, %848
	%850 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %849
	store i32 %845, i32 addrspace(3)* %850
	br label %851

851:
	br label %842

852:
	%853 = lshr i32 %722, 0
	%854 = and i32 %853, 15
	%855 = select i1 %712, i32 %854, i32 16
	%856 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %855)
	%857 = and i32 %856, %644
	%858 = call i32 @llvm.ctpop.i32(i32 %857)
	%859 = icmp eq i32 %858, 0
	%860 = and i1 %712, %859
	br i1 %860, label %863, label %870

861:
	%862 = phi i32 [ 0, %842 ], [ %858, %870 ]
	br i1 %724, label %871, label %880

863:
	%864 = call i32 @llvm.ctpop.i32(i32 %856)
	%865 = add i32 40, %4
	%866 = mul i32 %854, 64
	%867 = add i32 %866, %865
	%868 = add i32 0, %867
	%869 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %868
	store i32 %864, i32 addrspace(3)* %869
	br label %870

870:
	br label %861

871:
	%872 = lshr i32 %735, 0
	%873 = and i32 %872, 15
	%874 = select i1 %725, i32 %873, i32 16
	%875 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %874)
	%876 = and i32 %875, %644
	%877 = call i32 @llvm.ctpop.i32(i32 %876)
	%878 = icmp eq i32 %877, 0
	%879 = and i1 %725, %878
	br i1 %879, label %882, label %889

880:
	%881 = phi i32 [ 0, %861 ], [ %877, %889 ]
	br i1 %737, label %890, label %899

882:
	%883 = call i32 @llvm.ctpop.i32(i32 %875)
	%884 = add i32 48, %4
	%885 = mul i32 %873, 64
	%886 = add i32 %885, %884
	%887 = add i32 0, %886
	%888 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %887
	store i32 %883, i32 addrspace(3)* %888
	br label %889

889:
	br label %880

890:
	%891 = lshr i32 %748, 0
	%892 = and i32 %891, 15
	%893 = select i1 %738, i32 %892, i32 16
	%894 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %893)
	%895 = and i32 %894, %644
	%896 = call i32 @llvm.ctpop.i32(i32 %895)
	%897 = icmp eq i32 %896, 0
	%898 = and i1 %738, %897
	br i1 %898, label %944, label %951

899:
	%900 = phi i32 [ 0, %880 ], [ %896, %951 ]
	call void @llvm.nvvm.barrier0()
	%901 = mul i32 %0, 4
	%902 = add i32 %901, 0
	%903 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %902
	%904 = load i32, i32 addrspace(3)* %903
	%905 = add i32 0, %904
	%906 = mul i32 %0, 4
	%907 = add i32 %906, 1
	%908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %907
	%909 = load i32, i32 addrspace(3)* %908
	%910 = add i32 %905, %909
	%911 = mul i32 %0, 4
	%912 = add i32 %911, 2
	%913 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %912
	%914 = load i32, i32 addrspace(3)* %913
	%915 = add i32 %910, %914
	%916 = mul i32 %0, 4
	%917 = add i32 %916, 3
	%918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %917
	%919 = load i32, i32 addrspace(3)* %918
	%920 = add i32 %915, %919
	%921 = and i32 %0, 31
	%922 = lshr i32 %0, 5
	%923 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %920, i32 1, i32 0)
	%924 = icmp uge i32 %921, 1
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %920, %925
	%927 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %926, i32 2, i32 0)
	%928 = icmp uge i32 %921, 2
	%929 = select i1 %928, i32 %927, i32 0
	%930 = add i32 %926, %929
	%931 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %930, i32 4, i32 0)
	%932 = icmp uge i32 %921, 4
	%933 = select i1 %932, i32 %931, i32 0
	%934 = add i32 %930, %933
	%935 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %934, i32 8, i32 0)
	%936 = icmp uge i32 %921, 8
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %934, %937
	%939 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %938, i32 16, i32 0)
	%940 = icmp uge i32 %921, 16
	%941 = select i1 %940, i32 %939, i32 0
	%942 = add i32 %938, %941
	%943 = icmp eq i32 %921, 31
	br i1 %943, label %952, label %954

944:
	%945 = call i32 @llvm.ctpop.i32(i32 %894)
	%946 = add i32 56, %4
	%947 = mul i32 %892, 64
	%948 = add i32 %947, %946
	%949 = add i32 0, %948
	%950 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %949
	store i32 %945, i32 addrspace(3)* %950
	br label %951

951:
	br label %899

952:
	%953 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %922
	store i32 %942, i32 addrspace(3)* %953
	br label %954

954:
	call void @llvm.nvvm.barrier0()
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %922, 0
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 0, %958
	%960 = add i32 0, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %922, 1
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %922, 2
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%974 = load i32, i32 addrspace(3)* %973
	%975 = icmp sgt i32 %922, 3
	%976 = select i1 %975, i32 %974, i32 0
	%977 = add i32 %971, %976
	%978 = add i32 %972, %974
	%979 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%980 = load i32, i32 addrspace(3)* %979
	%981 = icmp sgt i32 %922, 4
	%982 = select i1 %981, i32 %980, i32 0
	%983 = add i32 %977, %982
	%984 = add i32 %978, %980
	%985 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%986 = load i32, i32 addrspace(3)* %985
	%987 = icmp sgt i32 %922, 5
	%988 = select i1 %987, i32 %986, i32 0
	%989 = add i32 %983, %988
	%990 = add i32 %984, %986
	%991 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%992 = load i32, i32 addrspace(3)* %991
	%993 = icmp sgt i32 %922, 6
	%994 = select i1 %993, i32 %992, i32 0
	%995 = add i32 %989, %994
	%996 = add i32 %990, %992
	%997 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%998 = load i32, i32 addrspace(3)* %997
	%999 = icmp sgt i32 %922, 7
	%1000 = select i1 %999, i32 %998, i32 0
	%1001 = add i32 %995, %1000
	%1002 = add i32 %996, %998
	%1003 = add i32 %1001, %942
	%1004 = sub i32 %1003, %920
	%1005 = mul i32 %0, 4
	%1006 = add i32 %1005, 0
	%1007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1006
	store i32 %1004, i32 addrspace(3)* %1007
	%1008 = add i32 %1004, %904
	%1009 = mul i32 %0, 4
	%1010 = add i32 %1009, 1
	%1011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1010
	store i32 %1008, i32 addrspace(3)* %1011
	%1012 = add i32 %1008, %909
	%1013 = mul i32 %0, 4
	%1014 = add i32 %1013, 2
	%1015 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1014
	store i32 %1012, i32 addrspace(3)* %1015
	%1016 = add i32 %1012, %914
	%1017 = mul i32 %0, 4
	%1018 = add i32 %1017, 3
	%1019 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1018
	store i32 %1016, i32 addrspace(3)* %1019
	%1020 = add i32 %1016, %919
	%1021 = add i32 %0, 1024
	%1022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1021
	store i32 0, i32 addrspace(3)* %1022
	%1023 = add i32 %0, 1280
	%1024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1023
	store i32 0, i32 addrspace(3)* %1024
	%1025 = add i32 %0, 1536
	%1026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1025
	store i32 0, i32 addrspace(3)* %1026
	%1027 = add i32 %0, 1792
	%1028 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1027
	store i32 0, i32 addrspace(3)* %1028
	call void @llvm.nvvm.barrier0()
	%1029 = and i1 %646, %647
	br i1 %1029, label %1030, label %1043

1030:
	%1031 = lshr i32 %657, 0
	%1032 = and i32 %1031, 15
	%1033 = add i32 0, %4
	%1034 = mul i32 %1032, 64
	%1035 = add i32 %1034, %1033
	%1036 = add i32 0, %1035
	%1037 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1036
	%1038 = load i32, i32 addrspace(3)* %1037
	%1039 = add i32 %1038, %767
	%1040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1039
	store i32 %656, i32 addrspace(3)* %1040
	%1041 = add i32 %1039, 2048
	%1042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1041
	store i32 %657, i32 addrspace(3)* %1042
	br label %1043

1043:
	%1044 = and i1 %659, %660
	br i1 %1044, label %1045, label %1058

1045:
	%1046 = lshr i32 %670, 0
	%1047 = and i32 %1046, 15
	%1048 = add i32 8, %4
	%1049 = mul i32 %1047, 64
	%1050 = add i32 %1049, %1048
	%1051 = add i32 0, %1050
	%1052 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1051
	%1053 = load i32, i32 addrspace(3)* %1052
	%1054 = add i32 %1053, %786
	%1055 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1054
	store i32 %669, i32 addrspace(3)* %1055
	%1056 = add i32 %1054, 2048
	%1057 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1056
	store i32 %670, i32 addrspace(3)* %1057
	br label %1058

1058:
	%1059 = and i1 %672, %673
	br i1 %1059, label %1060, label %1073

1060:
	%1061 = lshr i32 %683, 0
	%1062 = and i32 %1061, 15
	%1063 = add i32 16, %4
	%1064 = mul i32 %1062, 64
	%1065 = add i32 %1064, %1063
	%1066 = add i32 0, %1065
	%1067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1066
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = add i32 %1068, %805
	%1070 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1069
	store i32 %682, i32 addrspace(3)* %1070
	%1071 = add i32 %1069, 2048
	%1072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1071
	store i32 %683, i32 addrspace(3)* %1072
	br label %1073

1073:
	%1074 = and i1 %685, %686
	br i1 %1074, label %1075, label %1088

1075:
	%1076 = lshr i32 %696, 0
	%1077 = and i32 %1076, 15
	%1078 = add i32 24, %4
	%1079 = mul i32 %1077, 64
	%1080 = add i32 %1079, %1078
	%1081 = add i32 0, %1080
	%1082 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1081
	%1083 = load i32, i32 addrspace(3)* %1082
	%1084 = add i32 %1083, %824
	%1085 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1084
	store i32 %695, i32 addrspace(3)* %1085
	%1086 = add i32 %1084, 2048
	%1087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1086
	store i32 %696, i32 addrspace(3)* %1087
	br label %1088

1088:
	%1089 = and i1 %698, %699
	br i1 %1089, label %1090, label %1103

1090:
	%1091 = lshr i32 %709, 0
	%1092 = and i32 %1091, 15
	%1093 = add i32 32, %4
	%1094 = mul i32 %1092, 64
	%1095 = add i32 %1094, %1093
	%1096 = add i32 0, %1095
	%1097 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1096
	%1098 = load i32, i32 addrspace(3)* %1097
	%1099 = add i32 %1098, %843
	%1100 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1099
	store i32 %708, i32 addrspace(3)* %1100
	%1101 = add i32 %1099, 2048
	%1102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1101
	store i32 %709, i32 addrspace(3)* %1102
	br label %1103

1103:
	%1104 = and i1 %711, %712
	br i1 %1104, label %1105, label %1118

1105:
	%1106 = lshr i32 %722, 0
	%1107 = and i32 %1106, 15
	%1108 = add i32 40, %4
	%1109 = mul i32 %1107, 64
	%1110 = add i32 %1109, %1108
	%1111 = add i32 0, %1110
	%1112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1111
	%1113 = load i32, i32 addrspace(3)* %1112
	%1114 = add i32 %1113, %862
	%1115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1114
	store i32 %721, i32 addrspace(3)* %1115
	%1116 = add i32 %1114, 2048
	%1117 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1116
	store i32 %722, i32 addrspace(3)* %1117
	br label %1118

1118:
	%1119 = and i1 %724, %725
	br i1 %1119, label %1120, label %1133

1120:
	%1121 = lshr i32 %735, 0
	%1122 = and i32 %1121, 15
	%1123 = add i32 48, %4
	%1124 = mul i32 %1122, 64
	%1125 = add i32 %1124, %1123
	%1126 = add i32 0, %1125
	%1127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1126
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = add i32 %1128, %881
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1129
	store i32 %734, i32 addrspace(3)* %1130
	%1131 = add i32 %1129, 2048
	%1132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1131
	store i32 %735, i32 addrspace(3)* %1132
	br label %1133

1133:
	%1134 = and i1 %737, %738
	br i1 %1134, label %1135, label %1148

1135:
	%1136 = lshr i32 %748, 0
	%1137 = and i32 %1136, 15
	%1138 = add i32 56, %4
	%1139 = mul i32 %1137, 64
	%1140 = add i32 %1139, %1138
	%1141 = add i32 0, %1140
	%1142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1141
	%1143 = load i32, i32 addrspace(3)* %1142
	%1144 = add i32 %1143, %900
	%1145 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1144
	store i32 %747, i32 addrspace(3)* %1145
	%1146 = add i32 %1144, 2048
	%1147 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1146
	store i32 %748, i32 addrspace(3)* %1147
	br label %1148

1148:
	call void @llvm.nvvm.barrier0()
	%1149 = add i32 0, %0
	%1150 = and i1 %646, %647
	br i1 %1150, label %1151, label %1157

1151:
	%1152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1149
	%1153 = load i32, i32 addrspace(3)* %1152
	%1154 = add i32 %1149, 2048
	%1155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1154
	%1156 = load i32, i32 addrspace(3)* %1155
	br label %1157

1157:
	%1158 = phi i32 [ %656, %1148 ], [ %1153, %1151 ]
	%1159 = phi i32 [ %657, %1148 ], [ %1156, %1151 ]
	%1160 = add i32 256, %0
	%1161 = and i1 %659, %660
	br i1 %1161, label %1162, label %1168

1162:
	%1163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1160
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = add i32 %1160, 2048
	%1166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1165
	%1167 = load i32, i32 addrspace(3)* %1166
	br label %1168

1168:
	%1169 = phi i32 [ %669, %1157 ], [ %1164, %1162 ]
	%1170 = phi i32 [ %670, %1157 ], [ %1167, %1162 ]
	%1171 = add i32 512, %0
	%1172 = and i1 %672, %673
	br i1 %1172, label %1173, label %1179

1173:
	%1174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1171
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = add i32 %1171, 2048
	%1177 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1176
	%1178 = load i32, i32 addrspace(3)* %1177
	br label %1179

1179:
	%1180 = phi i32 [ %682, %1168 ], [ %1175, %1173 ]
	%1181 = phi i32 [ %683, %1168 ], [ %1178, %1173 ]
	%1182 = add i32 768, %0
	%1183 = and i1 %685, %686
	br i1 %1183, label %1184, label %1190

1184:
	%1185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1182
	%1186 = load i32, i32 addrspace(3)* %1185
	%1187 = add i32 %1182, 2048
	%1188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1187
	%1189 = load i32, i32 addrspace(3)* %1188
	br label %1190

1190:
	%1191 = phi i32 [ %695, %1179 ], [ %1186, %1184 ]
	%1192 = phi i32 [ %696, %1179 ], [ %1189, %1184 ]
	%1193 = add i32 1024, %0
	%1194 = and i1 %698, %699
	br i1 %1194, label %1195, label %1201

1195:
	%1196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1193
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = add i32 %1193, 2048
	%1199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1198
	%1200 = load i32, i32 addrspace(3)* %1199
	br label %1201

1201:
	%1202 = phi i32 [ %708, %1190 ], [ %1197, %1195 ]
	%1203 = phi i32 [ %709, %1190 ], [ %1200, %1195 ]
	%1204 = add i32 1280, %0
	%1205 = and i1 %711, %712
	br i1 %1205, label %1206, label %1212

1206:
	%1207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1204
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = add i32 %1204, 2048
	%1210 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1209
	%1211 = load i32, i32 addrspace(3)* %1210
	br label %1212

1212:
	%1213 = phi i32 [ %721, %1201 ], [ %1208, %1206 ]
	%1214 = phi i32 [ %722, %1201 ], [ %1211, %1206 ]
	%1215 = add i32 1536, %0
	%1216 = and i1 %724, %725
	br i1 %1216, label %1217, label %1223

1217:
	%1218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1215
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = add i32 %1215, 2048
	%1221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1220
	%1222 = load i32, i32 addrspace(3)* %1221
	br label %1223

1223:
	%1224 = phi i32 [ %734, %1212 ], [ %1219, %1217 ]
	%1225 = phi i32 [ %735, %1212 ], [ %1222, %1217 ]
	%1226 = add i32 1792, %0
	%1227 = and i1 %737, %738
	br i1 %1227, label %1228, label %1234

1228:
	%1229 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1226
	%1230 = load i32, i32 addrspace(3)* %1229
	%1231 = add i32 %1226, 2048
	%1232 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1231
	%1233 = load i32, i32 addrspace(3)* %1232
	br label %1234

1234:
	%1235 = phi i32 [ %747, %1223 ], [ %1230, %1228 ]
	%1236 = phi i32 [ %748, %1223 ], [ %1233, %1228 ]
	br i1 %646, label %1237, label %1246

1237:
	%1238 = lshr i32 %1159, 4
	%1239 = and i32 %1238, 15
	%1240 = select i1 %647, i32 %1239, i32 16
	%1241 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1240)
	%1242 = and i32 %1241, %644
	%1243 = call i32 @llvm.ctpop.i32(i32 %1242)
	%1244 = icmp eq i32 %1243, 0
	%1245 = and i1 %647, %1244
	br i1 %1245, label %1248, label %1255

1246:
	%1247 = phi i32 [ 0, %1234 ], [ %1243, %1255 ]
	br i1 %659, label %1256, label %1265

1248:
	%1249 = call i32 @llvm.ctpop.i32(i32 %1241)
	%1250 = add i32 0, %4
	%1251 = mul i32 %1239, 64
	%1252 = add i32 %1251, %1250
	%1253 = add i32 1024, %1252
	%1254 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1253
	store i32 %1249, i32 addrspace(3)* %1254
	br label %1255

1255:
	br label %1246

1256:
	%1257 = lshr i32 %1170, 4
	%1258 = and i32 %1257, 15
	%1259 = select i1 %660, i32 %1258, i32 16
	%1260 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1259)
	%1261 = and i32 %1260, %644
	%1262 = call i32 @llvm.ctpop.i32(i32 %1261)
	%1263 = icmp eq i32 %1262, 0
	%1264 = and i1 %660, %1263
	br i1 %1264, label %1267, label %1274

1265:
	%1266 = phi i32 [ 0, %1246 ], [ %1262, %1274 ]
	br i1 %672, label %1275, label %1284

1267:
	%1268 = call i32 @llvm.ctpop.i32(i32 %1260)
	%1269 = add i32 8, %4
	%1270 = mul i32 %1258, 64
	%1271 = add i32 %1270, %1269
	%1272 = add i32 1024, %1271
	%1273 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1272
	store i32 %1268, i32 addrspace(3)* %1273
	br label %1274

1274:
	br label %1265

1275:
	%1276 = lshr i32 %1181, 4
	%1277 = and i32 %1276, 15
	%1278 = select i1 %673, i32 %1277, i32 16
	%1279 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1278)
	%1280 = and i32 %1279, %644
	%1281 = call i32 @llvm.ctpop.i32(i32 %1280)
	%1282 = icmp eq i32 %1281, 0
	%1283 = and i1 %673, %1282
	br i1 %1283, label %1286, label %1293

1284:
	%1285 = phi i32 [ 0, %1265 ], [ %1281, %1293 ]
	br i1 %685, label %1294, label %1303

1286:
	%1287 = call i32 @llvm.ctpop.i32(i32 %1279)
	%1288 = add i32 16, %4
	%1289 = mul i32 %1277, 64
	%1290 = add i32 %1289, %1288
	%1291 = add i32 1024, %1290
	%1292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1291
	store i32 %1287, i32 addrspace(3)* %1292
	br label %1293

1293:
	br label %1284

1294:
	%1295 = lshr i32 %1192, 4
	%1296 = and i32 %1295, 15
	%1297 = select i1 %686, i32 %1296, i32 16
	%1298 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1297)
	%1299 = and i32 %1298, %644
	%1300 = call i32 @llvm.ctpop.i32(i32 %1299)
	%1301 = icmp eq i32 %1300, 0
	%1302 = and i1 %686, %1301
	br i1 %1302, label %1305, label %1312

1303:
	%1304 = phi i32 [ 0, %1284 ], [ %1300, %1312 ]
	br i1 %698, label %1313, label %1322

1305:
	%1306 = call i32 @llvm.ctpop.i32(i32 %1298)
	%1307 = add i32 24, %4
	%1308 = mul i32 %1296, 64
	%1309 = add i32 %1308, %1307
	%1310 = add i32 1024, %1309
	%1311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1310
	store i32 %1306, i32 addrspace(3)* %1311
	br label %1312

1312:
	br label %1303

1313:
	%1314 = lshr i32 %1203, 4
	%1315 = and i32 %1314, 15
	%1316 = select i1 %699, i32 %1315, i32 16
	%1317 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1316)
	%1318 = and i32 %1317, %644
	%1319 = call i32 @llvm.ctpop.i32(i32 %1318)
	%1320 = icmp eq i32 %1319, 0
	%1321 = and i1 %699, %1320
	br i1 %1321, label %1324, label %1331

1322:
	%1323 = phi i32 [ 0, %1303 ], [ %1319, %1331 ]
	br i1 %711, label %1332, label %1341

1324:
	%1325 = call i32 @llvm.ctpop.i32(i32 %1317)
	%1326 = add i32 32, %4
	%1327 = mul i32 %1315, 64
	%1328 = add i32 %1327, %1326
	%1329 = add i32 1024, %1328
	%1330 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1329
	store i32 %1325, i32 addrspace(3)* %1330
	br label %1331

1331:
	br label %1322

1332:
	%1333 = lshr i32 %1214, 4
	%1334 = and i32 %1333, 15
	%1335 = select i1 %712, i32 %1334, i32 16
	%1336 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1335)
	%1337 = and i32 %1336, %644
	%1338 = call i32 @llvm.ctpop.i32(i32 %1337)
	%1339 = icmp eq i32 %1338, 0
	%1340 = and i1 %712, %1339
	br i1 %1340, label %1343, label %1350

1341:
	%1342 = phi i32 [ 0, %1322 ], [ %1338, %1350 ]
	br i1 %724, label %1351, label %1360

1343:
	%1344 = call i32 @llvm.ctpop.i32(i32 %1336)
	%1345 = add i32 40, %4
	%1346 = mul i32 %1334, 64
	%1347 = add i32 %1346, %1345
	%1348 = add i32 1024, %1347
	%1349 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1348
	store i32 %1344, i32 addrspace(3)* %1349
	br label %1350

1350:
	br label %1341

1351:
	%1352 = lshr i32 %1225, 4
	%1353 = and i32 %1352, 15
	%1354 = select i1 %725, i32 %1353, i32 16
	%1355 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1354)
	%1356 = and i32 %1355, %644
	%1357 = call i32 @llvm.ctpop.i32(i32 %1356)
	%1358 = icmp eq i32 %1357, 0
	%1359 = and i1 %725, %1358
	br i1 %1359, label %1362, label %1369

1360:
	%1361 = phi i32 [ 0, %1341 ], [ %1357, %1369 ]
	br i1 %737, label %1370, label %1379

1362:
	%1363 = call i32 @llvm.ctpop.i32(i32 %1355)
	%1364 = add i32 48, %4
	%1365 = mul i32 %1353, 64
	%1366 = add i32 %1365, %1364
	%1367 = add i32 1024, %1366
	%1368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1367
	store i32 %1363, i32 addrspace(3)* %1368
	br label %1369

1369:
	br label %1360

1370:
	%1371 = lshr i32 %1236, 4
	%1372 = and i32 %1371, 15
	%1373 = select i1 %738, i32 %1372, i32 16
	%1374 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1373)
	%1375 = and i32 %1374, %644
	%1376 = call i32 @llvm.ctpop.i32(i32 %1375)
	%1377 = icmp eq i32 %1376, 0
	%1378 = and i1 %738, %1377
	br i1 %1378, label %1424, label %1431

1379:
	%1380 = phi i32 [ 0, %1360 ], [ %1376, %1431 ]
	call void @llvm.nvvm.barrier0()
	%1381 = mul i32 %0, 4
	%1382 = add i32 %1381, 1024
	%1383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1382
	%1384 = load i32, i32 addrspace(3)* %1383
	%1385 = add i32 0, %1384
	%1386 = mul i32 %0, 4
	%1387 = add i32 %1386, 1025
	%1388 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1387
	%1389 = load i32, i32 addrspace(3)* %1388
	%1390 = add i32 %1385, %1389
	%1391 = mul i32 %0, 4
	%1392 = add i32 %1391, 1026
	%1393 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1392
	%1394 = load i32, i32 addrspace(3)* %1393
	%1395 = add i32 %1390, %1394
	%1396 = mul i32 %0, 4
	%1397 = add i32 %1396, 1027
	%1398 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1397
	%1399 = load i32, i32 addrspace(3)* %1398
	%1400 = add i32 %1395, %1399
	%1401 = and i32 %0, 31
	%1402 = lshr i32 %0, 5
	%1403 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1400, i32 1, i32 0)
	%1404 = icmp uge i32 %1401, 1
	%1405 = select i1 %1404, i32 %1403, i32 0
	%1406 = add i32 %1400, %1405
	%1407 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1406, i32 2, i32 0)
	%1408 = icmp uge i32 %1401, 2
	%1409 = select i1 %1408, i32 %1407, i32 0
	%1410 = add i32 %1406, %1409
	%1411 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1410, i32 4, i32 0)
	%1412 = icmp uge i32 %1401, 4
	%1413 = select i1 %1412, i32 %1411, i32 0
	%1414 = add i32 %1410, %1413
	%1415 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1414, i32 8, i32 0)
	%1416 = icmp uge i32 %1401, 8
	%1417 = select i1 %1416, i32 %1415, i32 0
	%1418 = add i32 %1414, %1417
	%1419 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1418, i32 16, i32 0)
	%1420 = icmp uge i32 %1401, 16
	%1421 = select i1 %1420, i32 %1419, i32 0
	%1422 = add i32 %1418, %1421
	%1423 = icmp eq i32 %1401, 31
	br i1 %1423, label %1432, label %1434

1424:
	%1425 = call i32 @llvm.ctpop.i32(i32 %1374)
	%1426 = add i32 56, %4
	%1427 = mul i32 %1372, 64
	%1428 = add i32 %1427, %1426
	%1429 = add i32 1024, %1428
	%1430 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1429
	store i32 %1425, i32 addrspace(3)* %1430
	br label %1431

1431:
	br label %1379

1432:
	%1433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1402
	store i32 %1422, i32 addrspace(3)* %1433
	br label %1434

1434:
	call void @llvm.nvvm.barrier0()
	%1435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1436 = load i32, i32 addrspace(3)* %1435
	%1437 = icmp sgt i32 %1402, 0
	%1438 = select i1 %1437, i32 %1436, i32 0
	%1439 = add i32 0, %1438
	%1440 = add i32 0, %1436
	%1441 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1442 = load i32, i32 addrspace(3)* %1441
	%1443 = icmp sgt i32 %1402, 1
	%1444 = select i1 %1443, i32 %1442, i32 0
	%1445 = add i32 %1439, %1444
	%1446 = add i32 %1440, %1442
	%1447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1448 = load i32, i32 addrspace(3)* %1447
	%1449 = icmp sgt i32 %1402, 2
	%1450 = select i1 %1449, i32 %1448, i32 0
	%1451 = add i32 %1445, %1450
	%1452 = add i32 %1446, %1448
	%1453 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1454 = load i32, i32 addrspace(3)* %1453
	%1455 = icmp sgt i32 %1402, 3
	%1456 = select i1 %1455, i32 %1454, i32 0
	%1457 = add i32 %1451, %1456
	%1458 = add i32 %1452, %1454
	%1459 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1460 = load i32, i32 addrspace(3)* %1459
	%1461 = icmp sgt i32 %1402, 4
	%1462 = select i1 %1461, i32 %1460, i32 0
	%1463 = add i32 %1457, %1462
	%1464 = add i32 %1458, %1460
	%1465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1466 = load i32, i32 addrspace(3)* %1465
	%1467 = icmp sgt i32 %1402, 5
	%1468 = select i1 %1467, i32 %1466, i32 0
	%1469 = add i32 %1463, %1468
	%1470 = add i32 %1464, %1466
	%1471 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1472 = load i32, i32 addrspace(3)* %1471
	%1473 = icmp sgt i32 %1402, 6
	%1474 = select i1 %1473, i32 %1472, i32 0
	%1475 = add i32 %1469, %1474
	%1476 = add i32 %1470, %1472
	%1477 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1478 = load i32, i32 addrspace(3)* %1477
	%1479 = icmp sgt i32 %1402, 7
	%1480 = select i1 %1479, i32 %1478, i32 0
	%1481 = add i32 %1475, %1480
	%1482 = add i32 %1476, %1478
	%1483 = add i32 %1481, %1422
	%1484 = sub i32 %1483, %1400
	%1485 = mul i32 %0, 4
	%1486 = add i32 %1485, 1024
	%1487 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1486
	store i32 %1484, i32 addrspace(3)* %1487
	%1488 = add i32 %1484, %1384
	%1489 = mul i32 %0, 4
	%1490 = add i32 %1489, 1025
	%1491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1490
	store i32 %1488, i32 addrspace(3)* %1491
	%1492 = add i32 %1488, %1389
	%1493 = mul i32 %0, 4
	%1494 = add i32 %1493, 1026
	%1495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1494
	store i32 %1492, i32 addrspace(3)* %1495
	%1496 = add i32 %1492, %1394
	%1497 = mul i32 %0, 4
	%1498 = add i32 %1497, 1027
	%1499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1498
	store i32 %1496, i32 addrspace(3)* %1499
	%1500 = add i32 %1496, %1399
	%1501 = add i32 %0, 0
	%1502 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1501
	store i32 0, i32 addrspace(3)* %1502
	%1503 = add i32 %0, 256
	%1504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1503
	store i32 0, i32 addrspace(3)* %1504
	%1505 = add i32 %0, 512
	%1506 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1505
	store i32 0, i32 addrspace(3)* %1506
	%1507 = add i32 %0, 768
	%1508 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1507
	store i32 0, i32 addrspace(3)* %1508
	call void @llvm.nvvm.barrier0()
	%1509 = and i1 %646, %647
	br i1 %1509, label %1510, label %1523

1510:
	%1511 = lshr i32 %1159, 4
	%1512 = and i32 %1511, 15
	%1513 = add i32 0, %4
	%1514 = mul i32 %1512, 64
	%1515 = add i32 %1514, %1513
	%1516 = add i32 1024, %1515
	%1517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1516
	%1518 = load i32, i32 addrspace(3)* %1517
	%1519 = add i32 %1518, %1247
	%1520 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1519
	store i32 %1158, i32 addrspace(3)* %1520
	%1521 = add i32 %1519, 2048
	%1522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1521
	store i32 %1159, i32 addrspace(3)* %1522
	br label %1523

1523:
	%1524 = and i1 %659, %660
	br i1 %1524, label %1525, label %1538

1525:
	%1526 = lshr i32 %1170, 4
	%1527 = and i32 %1526, 15
	%1528 = add i32 8, %4
	%1529 = mul i32 %1527, 64
	%1530 = add i32 %1529, %1528
	%1531 = add i32 1024, %1530
	%1532 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1531
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = add i32 %1533, %1266
	%1535 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1534
	store i32 %1169, i32 addrspace(3)* %1535
	%1536 = add i32 %1534, 2048
	%1537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1536
	store i32 %1170, i32 addrspace(3)* %1537
	br label %1538

1538:
	%1539 = and i1 %672, %673
	br i1 %1539, label %1540, label %1553

1540:
	%1541 = lshr i32 %1181, 4
	%1542 = and i32 %1541, 15
	%1543 = add i32 16, %4
	%1544 = mul i32 %1542, 64
	%1545 = add i32 %1544, %1543
	%1546 = add i32 1024, %1545
	%1547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1546
	%1548 = load i32, i32 addrspace(3)* %1547
	%1549 = add i32 %1548, %1285
	%1550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1549
	store i32 %1180, i32 addrspace(3)* %1550
	%1551 = add i32 %1549, 2048
	%1552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1551
	store i32 %1181, i32 addrspace(3)* %1552
	br label %1553

1553:
	%1554 = and i1 %685, %686
	br i1 %1554, label %1555, label %1568

1555:
	%1556 = lshr i32 %1192, 4
	%1557 = and i32 %1556, 15
	%1558 = add i32 24, %4
	%1559 = mul i32 %1557, 64
	%1560 = add i32 %1559, %1558
	%1561 = add i32 1024, %1560
	%1562 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1561
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = add i32 %1563, %1304
	%1565 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1564
	store i32 %1191, i32 addrspace(3)* %1565
	%1566 = add i32 %1564, 2048
	%1567 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1566
	store i32 %1192, i32 addrspace(3)* %1567
	br label %1568

1568:
	%1569 = and i1 %698, %699
	br i1 %1569, label %1570, label %1583

1570:
	%1571 = lshr i32 %1203, 4
	%1572 = and i32 %1571, 15
	%1573 = add i32 32, %4
	%1574 = mul i32 %1572, 64
	%1575 = add i32 %1574, %1573
	%1576 = add i32 1024, %1575
	%1577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1576
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = add i32 %1578, %1323
	%1580 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1579
	store i32 %1202, i32 addrspace(3)* %1580
	%1581 = add i32 %1579, 2048
	%1582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1581
	store i32 %1203, i32 addrspace(3)* %1582
	br label %1583

1583:
	%1584 = and i1 %711, %712
	br i1 %1584, label %1585, label %1598

1585:
	%1586 = lshr i32 %1214, 4
	%1587 = and i32 %1586, 15
	%1588 = add i32 40, %4
	%1589 = mul i32 %1587, 64
	%1590 = add i32 %1589, %1588
	%1591 = add i32 1024, %1590
	%1592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1591
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = add i32 %1593, %1342
	%1595 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1594
	store i32 %1213, i32 addrspace(3)* %1595
	%1596 = add i32 %1594, 2048
	%1597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1596
	store i32 %1214, i32 addrspace(3)* %1597
	br label %1598

1598:
	%1599 = and i1 %724, %725
	br i1 %1599, label %1600, label %1613

1600:
	%1601 = lshr i32 %1225, 4
	%1602 = and i32 %1601, 15
	%1603 = add i32 48, %4
	%1604 = mul i32 %1602, 64
	%1605 = add i32 %1604, %1603
	%1606 = add i32 1024, %1605
	%1607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1606
	%1608 = load i32, i32 addrspace(3)* %1607
	%1609 = add i32 %1608, %1361
	%1610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1609
	store i32 %1224, i32 addrspace(3)* %1610
	%1611 = add i32 %1609, 2048
	%1612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1611
	store i32 %1225, i32 addrspace(3)* %1612
	br label %1613

1613:
	%1614 = and i1 %737, %738
	br i1 %1614, label %1615, label %1628

1615:
	%1616 = lshr i32 %1236, 4
	%1617 = and i32 %1616, 15
	%1618 = add i32 56, %4
	%1619 = mul i32 %1617, 64
	%1620 = add i32 %1619, %1618
	%1621 = add i32 1024, %1620
	%1622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1621
	%1623 = load i32, i32 addrspace(3)* %1622
	%1624 = add i32 %1623, %1380
	%1625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1624
	store i32 %1235, i32 addrspace(3)* %1625
	%1626 = add i32 %1624, 2048
	%1627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1626
	store i32 %1236, i32 addrspace(3)* %1627
	br label %1628

1628:
	call void @llvm.nvvm.barrier0()
	%1629 = add i32 0, %0
	%1630 = and i1 %646, %647
	br i1 %1630, label %1631, label %1637

1631:
	%1632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1629
	%1633 = load i32, i32 addrspace(3)* %1632
	%1634 = add i32 %1629, 2048
	%1635 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1634
	%1636 = load i32, i32 addrspace(3)* %1635
	br label %1637

1637:
	%1638 = phi i32 [ %1158, %1628 ], [ %1633, %1631 ]
	%1639 = phi i32 [ %1159, %1628 ], [ %1636, %1631 ]
	%1640 = add i32 256, %0
	%1641 = and i1 %659, %660
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
	%1651 = add i32 512, %0
	%1652 = and i1 %672, %673
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
	%1662 = add i32 768, %0
	%1663 = and i1 %685, %686
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
	%1673 = add i32 1024, %0
	%1674 = and i1 %698, %699
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
	%1684 = add i32 1280, %0
	%1685 = and i1 %711, %712
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
	%1695 = add i32 1536, %0
	%1696 = and i1 %724, %725
	br i1 %1696, label %1697, label %1703

1697:
	%1698 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1695
	%1699 = load i32, i32 addrspace(3)* %1698
	%1700 = add i32 %1695, 2048
	%1701 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1700
	%1702 = load i32, i32 addrspace(3)* %1701
	br label %1703

1703:
	%1704 = phi i32 [ %1224, %1692 ], [ %1699, %1697 ]
	%1705 = phi i32 [ %1225, %1692 ], [ %1702, %1697 ]
	%1706 = add i32 1792, %0
	%1707 = and i1 %737, %738
	br i1 %1707, label %1708, label %1714

1708:
	%1709 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1706
	%1710 = load i32, i32 addrspace(3)* %1709
	%1711 = add i32 %1706, 2048
	%1712 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1711
	%1713 = load i32, i32 addrspace(3)* %1712
	br label %1714

1714:
	%1715 = phi i32 [ %1235, %1703 ], [ %1710, %1708 ]
	%1716 = phi i32 [ %1236, %1703 ], [ %1713, %1708 ]
	br i1 %646, label %1717, label %1726

1717:
	%1718 = lshr i32 %1639, 8
	%1719 = and i32 %1718, 15
	%1720 = select i1 %647, i32 %1719, i32 16
	%1721 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1720)
	%1722 = and i32 %1721, %644
	%1723 = call i32 @llvm.ctpop.i32(i32 %1722)
	%1724 = icmp eq i32 %1723, 0
	%1725 = and i1 %647, %1724
	br i1 %1725, label %1728, label %1735

1726:
	%1727 = phi i32 [ 0, %1714 ], [ %1723, %1735 ]
	br i1 %659, label %1736, label %1745

1728:
	%1729 = call i32 @llvm.ctpop.i32(i32 %1721)
	%1730 = add i32 0, %4
	%1731 = mul i32 %1719, 64
	%1732 = add i32 %1731, %1730
	%1733 = add i32 0, %1732
	%1734 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1733
	store i32 %1729, i32 addrspace(3)* %1734
	br label %1735

1735:
	br label %1726

1736:
	%1737 = lshr i32 %1650, 8
	%1738 = and i32 %1737, 15
	%1739 = select i1 %660, i32 %1738, i32 16
	%1740 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1739)
	%1741 = and i32 %1740, %644
	%1742 = call i32 @llvm.ctpop.i32(i32 %1741)
	%1743 = icmp eq i32 %1742, 0
	%1744 = and i1 %660, %1743
	br i1 %1744, label %1747, label %1754

1745:
	%1746 = phi i32 [ 0, %1726 ], [ %1742, %1754 ]
	br i1 %672, label %1755, label %1764

1747:
	%1748 = call i32 @llvm.ctpop.i32(i32 %1740)
	%1749 = add i32 8, %4
	%1750 = mul i32 %1738, 64
	%1751 = add i32 %1750, %1749
	%1752 = add i32 0, %1751
	%1753 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1752
	store i32 %1748, i32 addrspace(3)* %1753
	br label %1754

1754:
	br label %1745

1755:
	%1756 = lshr i32 %1661, 8
	%1757 = and i32 %1756, 15
	%1758 = select i1 %673, i32 %1757, i32 16
	%1759 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1758)
	%1760 = and i32 %1759, %644
	%1761 = call i32 @llvm.ctpop.i32(i32 %1760)
	%1762 = icmp eq i32 %1761, 0
	%1763 = and i1 %673, %1762
	br i1 %1763, label %1766, label %1773

1764:
	%1765 = phi i32 [ 0, %1745 ], [ %1761, %1773 ]
	br i1 %685, label %1774, label %1783

1766:
	%1767 = call i32 @llvm.ctpop.i32(i32 %1759)
	%1768 = add i32 16, %4
	%1769 = mul i32 %1757, 64
	%1770 = add i32 %1769, %1768
	%1771 = add i32 0, %1770
	%1772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1771
	store i32 %1767, i32 addrspace(3)* %1772
	br label %1773

1773:
	br label %1764

1774:
	%1775 = lshr i32 %1672, 8
	%1776 = and i32 %1775, 15
	%1777 = select i1 %686, i32 %1776, i32 16
	%1778 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1777)
	%1779 = and i32 %1778, %644
	%1780 = call i32 @llvm.ctpop.i32(i32 %1779)
	%1781 = icmp eq i32 %1780, 0
	%1782 = and i1 %686, %1781
	br i1 %1782, label %1785, label %1792

1783:
	%1784 = phi i32 [ 0, %1764 ], [ %1780, %1792 ]
	br i1 %698, label %1793, label %1802

1785:
	%1786 = call i32 @llvm.ctpop.i32(i32 %1778)
	%1787 = add i32 24, %4
	%1788 = mul i32 %1776, 64
	%1789 = add i32 %1788, %1787
	%1790 = add i32 0, %1789
	%1791 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1790
	store i32 %1786, i32 addrspace(3)* %1791
	br label %1792

1792:
	br label %1783

1793:
	%1794 = lshr i32 %1683, 8
	%1795 = and i32 %1794, 15
	%1796 = select i1 %699, i32 %1795, i32 16
	%1797 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1796)
	%1798 = and i32 %1797, %644
	%1799 = call i32 @llvm.ctpop.i32(i32 %1798)
	%1800 = icmp eq i32 %1799, 0
	%1801 = and i1 %699, %1800
	br i1 %1801, label %1804, label %1811

1802:
	%1803 = phi i32 [ 0, %1783 ], [ %1799, %1811 ]
	br i1 %711, label %1812, label %1821

1804:
	%1805 = call i32 @llvm.ctpop.i32(i32 %1797)
	%1806 = add i32 32, %4
	%1807 = mul i32 %1795, 64
	%1808 = add i32 %1807, %1806
	%1809 = add i32 0, %1808
	%1810 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1809
	store i32 %1805, i32 addrspace(3)* %1810
	br label %1811

1811:
	br label %1802

1812:
	%1813 = lshr i32 %1694, 8
	%1814 = and i32 %1813, 15
	%1815 = select i1 %712, i32 %1814, i32 16
	%1816 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1815)
	%1817 = and i32 %1816, %644
	%1818 = call i32 @llvm.ctpop.i32(i32 %1817)
	%1819 = icmp eq i32 %1818, 0
	%1820 = and i1 %712, %1819
	br i1 %1820, label %1823, label %1830

1821:
	%1822 = phi i32 [ 0, %1802 ], [ %1818, %1830 ]
	br i1 %724, label %1831, label %1840

1823:
	%1824 = call i32 @llvm.ctpop.i32(i32 %1816)
	%1825 = add i32 40, %4
	%1826 = mul i32 %1814, 64
	%1827 = add i32 %1826, %1825
	%1828 = add i32 0, %1827
	%1829 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1828
	store i32 %1824, i32 addrspace(3)* %1829
	br label %1830

1830:
	br label %1821

1831:
	%1832 = lshr i32 %1705, 8
	%1833 = and i32 %1832, 15
	%1834 = select i1 %725, i32 %1833, i32 16
	%1835 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1834)
	%1836 = and i32 %1835, %644
	%1837 = call i32 @llvm.ctpop.i32(i32 %1836)
	%1838 = icmp eq i32 %1837, 0
	%1839 = and i1 %725, %1838
	br i1 %1839, label %1842, label %1849

1840:
	%1841 = phi i32 [ 0, %1821 ], [ %1837, %1849 ]
	br i1 %737, label %1850, label %1859

1842:
	%1843 = call i32 @llvm.ctpop.i32(i32 %1835)
	%1844 = add i32 48, %4
	%1845 = mul i32 %1833, 64
	%1846 = add i32 %1845, %1844
	%1847 = add i32 0, %1846
	%1848 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1847
	store i32 %1843, i32 addrspace(3)* %1848
	br label %1849

1849:
	br label %1840

1850:
	%1851 = lshr i32 %1716, 8
	%1852 = and i32 %1851, 15
	%1853 = select i1 %738, i32 %1852, i32 16
	%1854 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1853)
	%1855 = and i32 %1854, %644
	%1856 = call i32 @llvm.ctpop.i32(i32 %1855)
	%1857 = icmp eq i32 %1856, 0
	%1858 = and i1 %738, %1857
	br i1 %1858, label %1904, label %1911

1859:
	%1860 = phi i32 [ 0, %1840 ], [ %1856, %1911 ]
	call void @llvm.nvvm.barrier0()
	%1861 = mul i32 %0, 4
	%1862 = add i32 %1861, 0
	%1863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1862
	%1864 = load i32, i32 addrspace(3)* %1863
	%1865 = add i32 0, %1864
	%1866 = mul i32 %0, 4
	%1867 = add i32 %1866, 1
	%1868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1867
	%1869 = load i32, i32 addrspace(3)* %1868
	%1870 = add i32 %1865, %1869
	%1871 = mul i32 %0, 4
	%1872 = add i32 %1871, 2
	%1873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1872
	%1874 = load i32, i32 addrspace(3)* %1873
	%1875 = add i32 %1870, %1874
	%1876 = mul i32 %0, 4
	%1877 = add i32 %1876, 3
	%1878 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1877
	%1879 = load i32, i32 addrspace(3)* %1878
	%1880 = add i32 %1875, %1879
	%1881 = and i32 %0, 31
	%1882 = lshr i32 %0, 5
	%1883 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 1, i32 0)
	%1884 = icmp uge i32 %1881, 1
	%1885 = select i1 %1884, i32 %1883, i32 0
	%1886 = add i32 %1880, %1885
	%1887 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1886, i32 2, i32 0)
	%1888 = icmp uge i32 %1881, 2
	%1889 = select i1 %1888, i32 %1887, i32 0
	%1890 = add i32 %1886, %1889
	%1891 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1890, i32 4, i32 0)
	%1892 = icmp uge i32 %1881, 4
	%1893 = select i1 %1892, i32 %1891, i32 0
	%1894 = add i32 %1890, %1893
	%1895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1894, i32 8, i32 0)
	%1896 = icmp uge i32 %1881, 8
	%1897 = select i1 %1896, i32 %1895, i32 0
	%1898 = add i32 %1894, %1897
	%1899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1898, i32 16, i32 0)
	%1900 = icmp uge i32 %1881, 16
	%1901 = select i1 %1900, i32 %1899, i32 0
	%1902 = add i32 %1898, %1901
	%1903 = icmp eq i32 %1881, 31
	br i1 %1903, label %1912, label %1914

1904:
	%1905 = call i32 @llvm.ctpop.i32(i32 %1854)
	%1906 = add i32 56, %4
	%1907 = mul i32 %1852, 64
	%1908 = add i32 %1907, %1906
	%1909 = add i32 0, %1908
	%1910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1909
	store i32 %1905, i32 addrspace(3)* %1910
	br label %1911

1911:
	br label %1859

1912:
	%1913 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1882
	store i32 %1902, i32 addrspace(3)* %1913
	br label %1914

1914:
	call void @llvm.nvvm.barrier0()
	%1915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1916 = load i32, i32 addrspace(3)* %1915
	%1917 = icmp sgt i32 %1882, 0
	%1918 = select i1 %1917, i32 %1916, i32 0
	%1919 = add i32 0, %1918
	%1920 = add i32 0, %1916
	%1921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1922 = load i32, i32 addrspace(3)* %1921
	%1923 = icmp sgt i32 %1882, 1
	%1924 = select i1 %1923, i32 %1922, i32 0
	%1925 = add i32 %1919, %1924
	%1926 = add i32 %1920, %1922
	%1927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1928 = load i32, i32 addrspace(3)* %1927
	%1929 = icmp sgt i32 %1882, 2
	%1930 = select i1 %1929, i32 %1928, i32 0
	%1931 = add i32 %1925, %1930
	%1932 = add i32 %1926, %1928
	%1933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1934 = load i32, i32 addrspace(3)* %1933
	%1935 = icmp sgt i32 %1882, 3
	%1936 = select i1 %1935, i32 %1934, i32 0
	%1937 = add i32 %1931, %1936
	%1938 = add i32 %1932, %1934
	%1939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = icmp sgt i32 %1882, 4
	%1942 = select i1 %1941, i32 %1940, i32 0
	%1943 = add i32 %1937, %1942
	%1944 = add i32 %1938, %1940
	%1945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1946 = load i32, i32 addrspace(3)* %1945
	%1947 = icmp sgt i32 %1882, 5
	%1948 = select i1 %1947, i32 %1946, i32 0
	%1949 = add i32 %1943, %1948
	%1950 = add i32 %1944, %1946
	%1951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1952 = load i32, i32 addrspace(3)* %1951
	%1953 = icmp sgt i32 %1882, 6
	%1954 = select i1 %1953, i32 %1952, i32 0
	%1955 = add i32 %1949, %1954
	%1956 = add i32 %1950, %1952
	%1957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1958 = load i32, i32 addrspace(3)* %1957
	%1959 = icmp sgt i32 %1882, 7
	%1960 = select i1 %1959, i32 %1958, i32 0
	%1961 = add i32 %1955, %1960
	%1962 = add i32 %1956, %1958
	%1963 = add i32 %1961, %1902
	%1964 = sub i32 %1963, %1880
	%1965 = mul i32 %0, 4
	%1966 = add i32 %1965, 0
	%1967 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1966
	store i32 %1964, i32 addrspace(3)* %1967
	%1968 = add i32 %1964, %1864
	%1969 = mul i32 %0, 4
	%1970 = add i32 %1969, 1
	%1971 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1970
	store i32 %1968, i32 addrspace(3)* %1971
	%1972 = add i32 %1968, %1869
	%1973 = mul i32 %0, 4
	%1974 = add i32 %1973, 2
	%1975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1974
	store i32 %1972, i32 addrspace(3)* %1975
	%1976 = add i32 %1972, %1874
	%1977 = mul i32 %0, 4
	%1978 = add i32 %1977, 3
	%1979 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1978
	store i32 %1976, i32 addrspace(3)* %1979
	%1980 = add i32 %1976, %1879
	%1981 = add i32 %0, 1024
	%1982 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1981
	store i32 0, i32 addrspace(3)* %1982
	%1983 = add i32 %0, 1280
	%1984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1983
	store i32 0, i32 addrspace(3)* %1984
	%1985 = add i32 %0, 1536
	%1986 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1985
	store i32 0, i32 addrspace(3)* %1986
	%1987 = add i32 %0, 1792
	%1988 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1987
	store i32 0, i32 addrspace(3)* %1988
	call void @llvm.nvvm.barrier0()
	%1989 = and i1 %646, %647
	br i1 %1989, label %1990, label %2003

1990:
	%1991 = lshr i32 %1639, 8
	%1992 = and i32 %1991, 15
	%1993 = add i32 0, %4
	%1994 = mul i32 %1992, 64
	%1995 = add i32 %1994, %1993
	%1996 = add i32 0, %1995
	%1997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1996
	%1998 = load i32, i32 addrspace(3)* %1997
	%1999 = add i32 %1998, %1727
	%2000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1999
	store i32 %1638, i32 addrspace(3)* %2000
	%2001 = add i32 %1999, 2048
	%2002 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2001
	store i32 %1639, i32 addrspace(3)* %2002
	br label %2003

2003:
	%2004 = and i1 %659, %660
	br i1 %2004, label %2005, label %2018

2005:
	%2006 = lshr i32 %1650, 8
	%2007 = and i32 %2006, 15
	%2008 = add i32 8, %4
	%2009 = mul i32 %2007, 64
	%2010 = add i32 %2009, %2008
	%2011 = add i32 0, %2010
	%2012 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2011
	%2013 = load i32, i32 addrspace(3)* %2012
	%2014 = add i32 %2013, %1746
	%2015 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2014
	store i32 %1649, i32 addrspace(3)* %2015
	%2016 = add i32 %2014, 2048
	%2017 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2016
	store i32 %1650, i32 addrspace(3)* %2017
	br label %2018

2018:
	%2019 = and i1 %672, %673
	br i1 %2019, label %2020, label %2033

2020:
	%2021 = lshr i32 %1661, 8
	%2022 = and i32 %2021, 15
	%2023 = add i32 16, %4
	%2024 = mul i32 %2022, 64
	%2025 = add i32 %2024, %2023
	%2026 = add i32 0, %2025
	%2027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2026
	%2028 = load i32, i32 addrspace(3)* %2027
	%2029 = add i32 %2028, %1765
	%2030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2029
	store i32 %1660, i32 addrspace(3)* %2030
	%2031 = add i32 %2029, 2048
	%2032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2031
	store i32 %1661, i32 addrspace(3)* %2032
	br label %2033

2033:
	%2034 = and i1 %685, %686
	br i1 %2034, label %2035, label %2048

2035:
	%2036 = lshr i32 %1672, 8
	%2037 = and i32 %2036, 15
	%2038 = add i32 24, %4
	%2039 = mul i32 %2037, 64
	%2040 = add i32 %2039, %2038
	%2041 = add i32 0, %2040
	%2042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2041
	%2043 = load i32, i32 addrspace(3)* %2042
	%2044 = add i32 %2043, %1784
	%2045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2044
	store i32 %1671, i32 addrspace(3)* %2045
	%2046 = add i32 %2044, 2048
	%2047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2046
	store i32 %1672, i32 addrspace(3)* %2047
	br label %2048

2048:
	%2049 = and i1 %698, %699
	br i1 %2049, label %2050, label %2063

2050:
	%2051 = lshr i32 %1683, 8
	%2052 = and i32 %2051, 15
	%2053 = add i32 32, %4
	%2054 = mul i32 %2052, 64
	%2055 = add i32 %2054, %2053
	%2056 = add i32 0, %2055
	%2057 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2056
	%2058 = load i32, i32 addrspace(3)* %2057
	%2059 = add i32 %2058, %1803
	%2060 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2059
	store i32 %1682, i32 addrspace(3)* %2060
	%2061 = add i32 %2059, 2048
	%2062 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2061
	store i32 %1683, i32 addrspace(3)* %2062
	br label %2063

2063:
	%2064 = and i1 %711, %712
	br i1 %2064, label %2065, label %2078

2065:
	%2066 = lshr i32 %1694, 8
	%2067 = and i32 %2066, 15
	%2068 = add i32 40, %4
	%2069 = mul i32 %2067, 64
	%2070 = add i32 %2069, %2068
	%2071 = add i32 0, %2070
	%2072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2071
	%2073 = load i32, i32 addrspace(3)* %2072
	%2074 = add i32 %2073, %1822
	%2075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2074
	store i32 %1693, i32 addrspace(3)* %2075
	%2076 = add i32 %2074, 2048
	%2077 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2076
	store i32 %1694, i32 addrspace(3)* %2077
	br label %2078

2078:
	%2079 = and i1 %724, %725
	br i1 %2079, label %2080, label %2093

2080:
	%2081 = lshr i32 %1705, 8
	%2082 = and i32 %2081, 15
	%2083 = add i32 48, %4
	%2084 = mul i32 %2082, 64
	%2085 = add i32 %2084, %2083
	%2086 = add i32 0, %2085
	%2087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2086
	%2088 = load i32, i32 addrspace(3)* %2087
	%2089 = add i32 %2088, %1841
	%2090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2089
	store i32 %1704, i32 addrspace(3)* %2090
	%2091 = add i32 %2089, 2048
	%2092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2091
	store i32 %1705, i32 addrspace(3)* %2092
	br label %2093

2093:
	%2094 = and i1 %737, %738
	br i1 %2094, label %2095, label %2108

2095:
	%2096 = lshr i32 %1716, 8
	%2097 = and i32 %2096, 15
	%2098 = add i32 56, %4
	%2099 = mul i32 %2097, 64
	%2100 = add i32 %2099, %2098
	%2101 = add i32 0, %2100
	%2102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2101
	%2103 = load i32, i32 addrspace(3)* %2102
	%2104 = add i32 %2103, %1860
	%2105 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2104
	store i32 %1715, i32 addrspace(3)* %2105
	%2106 = add i32 %2104, 2048
	%2107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2106
	store i32 %1716, i32 addrspace(3)* %2107
	br label %2108

2108:
	call void @llvm.nvvm.barrier0()
	%2109 = add i32 0, %0
	%2110 = and i1 %646, %647
	br i1 %2110, label %2111, label %2117

2111:
	%2112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2109
	%2113 = load i32, i32 addrspace(3)* %2112
	%2114 = add i32 %2109, 2048
	%2115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2114
	%2116 = load i32, i32 addrspace(3)* %2115
	br label %2117

2117:
	%2118 = phi i32 [ %1638, %2108 ], [ %2113, %2111 ]
	%2119 = phi i32 [ %1639, %2108 ], [ %2116, %2111 ]
	%2120 = add i32 256, %0
	%2121 = and i1 %659, %660
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
	%2131 = add i32 512, %0
	%2132 = and i1 %672, %673
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
	%2142 = add i32 768, %0
	%2143 = and i1 %685, %686
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
	%2153 = add i32 1024, %0
	%2154 = and i1 %698, %699
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
	%2164 = add i32 1280, %0
	%2165 = and i1 %711, %712
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
	%2175 = add i32 1536, %0
	%2176 = and i1 %724, %725
	br i1 %2176, label %2177, label %2183

2177:
	%2178 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2175
	%2179 = load i32, i32 addrspace(3)* %2178
	%2180 = add i32 %2175, 2048
	%2181 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2180
	%2182 = load i32, i32 addrspace(3)* %2181
	br label %2183

2183:
	%2184 = phi i32 [ %1704, %2172 ], [ %2179, %2177 ]
	%2185 = phi i32 [ %1705, %2172 ], [ %2182, %2177 ]
	%2186 = add i32 1792, %0
	%2187 = and i1 %737, %738
	br i1 %2187, label %2188, label %2194

2188:
	%2189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2186
	%2190 = load i32, i32 addrspace(3)* %2189
	%2191 = add i32 %2186, 2048
	%2192 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2191
	%2193 = load i32, i32 addrspace(3)* %2192
	br label %2194

2194:
	%2195 = phi i32 [ %1715, %2183 ], [ %2190, %2188 ]
	%2196 = phi i32 [ %1716, %2183 ], [ %2193, %2188 ]
	br i1 %646, label %2197, label %2206

2197:
	%2198 = lshr i32 %2119, 12
	%2199 = and i32 %2198, 15
	%2200 = select i1 %647, i32 %2199, i32 16
	%2201 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2200)
	%2202 = and i32 %2201, %644
	%2203 = call i32 @llvm.ctpop.i32(i32 %2202)
	%2204 = icmp eq i32 %2203, 0
	%2205 = and i1 %647, %2204
	br i1 %2205, label %2208, label %2215

2206:
	%2207 = phi i32 [ 0, %2194 ], [ %2203, %2215 ]
	br i1 %659, label %2216, label %2225

2208:
	%2209 = call i32 @llvm.ctpop.i32(i32 %2201)
	%2210 = add i32 0, %4
	%2211 = mul i32 %2199, 64
	%2212 = add i32 %2211, %2210
	%2213 = add i32 1024, %2212
	%2214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2213
	store i32 %2209, i32 addrspace(3)* %2214
	br label %2215

2215:
	br label %2206

2216:
	%2217 = lshr i32 %2130, 12
	%2218 = and i32 %2217, 15
	%2219 = select i1 %660, i32 %2218, i32 16
	%2220 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2219)
	%2221 = and i32 %2220, %644
	%2222 = call i32 @llvm.ctpop.i32(i32 %2221)
	%2223 = icmp eq i32 %2222, 0
	%2224 = and i1 %660, %2223
	br i1 %2224, label %2227, label %2234

2225:
	%2226 = phi i32 [ 0, %2206 ], [ %2222, %2234 ]
	br i1 %672, label %2235, label %2244

2227:
	%2228 = call i32 @llvm.ctpop.i32(i32 %2220)
	%2229 = add i32 8, %4
	%2230 = mul i32 %2218, 64
	%2231 = add i32 %2230, %2229
	%2232 = add i32 1024, %2231
	%2233 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2232
	store i32 %2228, i32 addrspace(3)* %2233
	br label %2234

2234:
	br label %2225

2235:
	%2236 = lshr i32 %2141, 12
	%2237 = and i32 %2236, 15
	%2238 = select i1 %673, i32 %2237, i32 16
	%2239 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2238)
	%2240 = and i32 %2239, %644
	%2241 = call i32 @llvm.ctpop.i32(i32 %2240)
	%2242 = icmp eq i32 %2241, 0
	%2243 = and i1 %673, %2242
	br i1 %2243, label %2246, label %2253

2244:
	%2245 = phi i32 [ 0, %2225 ], [ %2241, %2253 ]
	br i1 %685, label %2254, label %2263

2246:
	%2247 = call i32 @llvm.ctpop.i32(i32 %2239)
	%2248 = add i32 16, %4
	%2249 = mul i32 %2237, 64
	%2250 = add i32 %2249, %2248
	%2251 = add i32 1024, %2250
	%2252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2251
	store i32 %2247, i32 addrspace(3)* %2252
	br label %2253

2253:
	br label %2244

2254:
	%2255 = lshr i32 %2152, 12
	%2256 = and i32 %2255, 15
	%2257 = select i1 %686, i32 %2256, i32 16
	%2258 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2257)
	%2259 = and i32 %2258, %644
	%2260 = call i32 @llvm.ctpop.i32(i32 %2259)
	%2261 = icmp eq i32 %2260, 0
	%2262 = and i1 %686, %2261
	br i1 %2262, label %2265, label %2272

2263:
	%2264 = phi i32 [ 0, %2244 ], [ %2260, %2272 ]
	br i1 %698, label %2273, label %2282

2265:
	%2266 = call i32 @llvm.ctpop.i32(i32 %2258)
	%2267 = add i32 24, %4
	%2268 = mul i32 %2256, 64
	%2269 = add i32 %2268, %2267
	%2270 = add i32 1024, %2269
	%2271 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2270
	store i32 %2266, i32 addrspace(3)* %2271
	br label %2272

2272:
	br label %2263

2273:
	%2274 = lshr i32 %2163, 12
	%2275 = and i32 %2274, 15
	%2276 = select i1 %699, i32 %2275, i32 16
	%2277 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2276)
	%2278 = and i32 %2277, %644
	%2279 = call i32 @llvm.ctpop.i32(i32 %2278)
	%2280 = icmp eq i32 %2279, 0
	%2281 = and i1 %699, %2280
	br i1 %2281, label %2284, label %2291

2282:
	%2283 = phi i32 [ 0, %2263 ], [ %2279, %2291 ]
	br i1 %711, label %2292, label %2301

2284:
	%2285 = call i32 @llvm.ctpop.i32(i32 %2277)
	%2286 = add i32 32, %4
	%2287 = mul i32 %2275, 64
	%2288 = add i32 %2287, %2286
	%2289 = add i32 1024, %2288
	%2290 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2289
	store i32 %2285, i32 addrspace(3)* %2290
	br label %2291

2291:
	br label %2282

2292:
	%2293 = lshr i32 %2174, 12
	%2294 = and i32 %2293, 15
	%2295 = select i1 %712, i32 %2294, i32 16
	%2296 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2295)
	%2297 = and i32 %2296, %644
	%2298 = call i32 @llvm.ctpop.i32(i32 %2297)
	%2299 = icmp eq i32 %2298, 0
	%2300 = and i1 %712, %2299
	br i1 %2300, label %2303, label %2310

2301:
	%2302 = phi i32 [ 0, %2282 ], [ %2298, %2310 ]
	br i1 %724, label %2311, label %2320

2303:
	%2304 = call i32 @llvm.ctpop.i32(i32 %2296)
	%2305 = add i32 40, %4
	%2306 = mul i32 %2294, 64
	%2307 = add i32 %2306, %2305
	%2308 = add i32 1024, %2307
	%2309 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2308
	store i32 %2304, i32 addrspace(3)* %2309
	br label %2310

2310:
	br label %2301

2311:
	%2312 = lshr i32 %2185, 12
	%2313 = and i32 %2312, 15
	%2314 = select i1 %725, i32 %2313, i32 16
	%2315 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2314)
	%2316 = and i32 %2315, %644
	%2317 = call i32 @llvm.ctpop.i32(i32 %2316)
	%2318 = icmp eq i32 %2317, 0
	%2319 = and i1 %725, %2318
	br i1 %2319, label %2322, label %2329

2320:
	%2321 = phi i32 [ 0, %2301 ], [ %2317, %2329 ]
	br i1 %737, label %2330, label %2339

2322:
	%2323 = call i32 @llvm.ctpop.i32(i32 %2315)
	%2324 = add i32 48, %4
	%2325 = mul i32 %2313, 64
	%2326 = add i32 %2325, %2324
	%2327 = add i32 1024, %2326
	%2328 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2327
	store i32 %2323, i32 addrspace(3)* %2328
	br label %2329

2329:
	br label %2320

2330:
	%2331 = lshr i32 %2196, 12
	%2332 = and i32 %2331, 15
	%2333 = select i1 %738, i32 %2332, i32 16
	%2334 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2333)
	%2335 = and i32 %2334, %644
	%2336 = call i32 @llvm.ctpop.i32(i32 %2335)
	%2337 = icmp eq i32 %2336, 0
	%2338 = and i1 %738, %2337
	br i1 %2338, label %2384, label %2391

2339:
	%2340 = phi i32 [ 0, %2320 ], [ %2336, %2391 ]
	call void @llvm.nvvm.barrier0()
	%2341 = mul i32 %0, 4
	%2342 = add i32 %2341, 1024
	%2343 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2342
	%2344 = load i32, i32 addrspace(3)* %2343
	%2345 = add i32 0, %2344
	%2346 = mul i32 %0, 4
	%2347 = add i32 %2346, 1025
	%2348 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2347
	%2349 = load i32, i32 addrspace(3)* %2348
	%2350 = add i32 %2345, %2349
	%2351 = mul i32 %0, 4
	%2352 = add i32 %2351, 1026
	%2353 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2352
	%2354 = load i32, i32 addrspace(3)* %2353
	%2355 = add i32 %2350, %2354
	%2356 = mul i32 %0, 4
	%2357 = add i32 %2356, 1027
	%2358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2357
	%2359 = load i32, i32 addrspace(3)* %2358
	%2360 = add i32 %2355, %2359
	%2361 = and i32 %0, 31
	%2362 = lshr i32 %0, 5
	%2363 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2360, i32 1, i32 0)
	%2364 = icmp uge i32 %2361, 1
	%2365 = select i1 %2364, i32 %2363, i32 0
	%2366 = add i32 %2360, %2365
	%2367 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2366, i32 2, i32 0)
	%2368 = icmp uge i32 %2361, 2
	%2369 = select i1 %2368, i32 %2367, i32 0
	%2370 = add i32 %2366, %2369
	%2371 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2370, i32 4, i32 0)
	%2372 = icmp uge i32 %2361, 4
	%2373 = select i1 %2372, i32 %2371, i32 0
	%2374 = add i32 %2370, %2373
	%2375 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2374, i32 8, i32 0)
	%2376 = icmp uge i32 %2361, 8
	%2377 = select i1 %2376, i32 %2375, i32 0
	%2378 = add i32 %2374, %2377
	%2379 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2378, i32 16, i32 0)
	%2380 = icmp uge i32 %2361, 16
	%2381 = select i1 %2380, i32 %2379, i32 0
	%2382 = add i32 %2378, %2381
	%2383 = icmp eq i32 %2361, 31
	br i1 %2383, label %2392, label %2394

2384:
	%2385 = call i32 @llvm.ctpop.i32(i32 %2334)
	%2386 = add i32 56, %4
	%2387 = mul i32 %2332, 64
	%2388 = add i32 %2387, %2386
	%2389 = add i32 1024, %2388
	%2390 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2389
	store i32 %2385, i32 addrspace(3)* %2390
	br label %2391

2391:
	br label %2339

2392:
	%2393 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2362
	store i32 %2382, i32 addrspace(3)* %2393
	br label %2394

2394:
	call void @llvm.nvvm.barrier0()
	%2395 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2396 = load i32, i32 addrspace(3)* %2395
	%2397 = icmp sgt i32 %2362, 0
	%2398 = select i1 %2397, i32 %2396, i32 0
	%2399 = add i32 0, %2398
	%2400 = add i32 0, %2396
	%2401 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2402 = load i32, i32 addrspace(3)* %2401
	%2403 = icmp sgt i32 %2362, 1
	%2404 = select i1 %2403, i32 %2402, i32 0
	%2405 = add i32 %2399, %2404
	%2406 = add i32 %2400, %2402
	%2407 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2408 = load i32, i32 addrspace(3)* %2407
	%2409 = icmp sgt i32 %2362, 2
	%2410 = select i1 %2409, i32 %2408, i32 0
	%2411 = add i32 %2405, %2410
	%2412 = add i32 %2406, %2408
	%2413 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2414 = load i32, i32 addrspace(3)* %2413
	%2415 = icmp sgt i32 %2362, 3
	%2416 = select i1 %2415, i32 %2414, i32 0
	%2417 = add i32 %2411, %2416
	%2418 = add i32 %2412, %2414
	%2419 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = icmp sgt i32 %2362, 4
	%2422 = select i1 %2421, i32 %2420, i32 0
	%2423 = add i32 %2417, %2422
	%2424 = add i32 %2418, %2420
	%2425 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2426 = load i32, i32 addrspace(3)* %2425
	%2427 = icmp sgt i32 %2362, 5
	%2428 = select i1 %2427, i32 %2426, i32 0
	%2429 = add i32 %2423, %2428
	%2430 = add i32 %2424, %2426
	%2431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2432 = load i32, i32 addrspace(3)* %2431
	%2433 = icmp sgt i32 %2362, 6
	%2434 = select i1 %2433, i32 %2432, i32 0
	%2435 = add i32 %2429, %2434
	%2436 = add i32 %2430, %2432
	%2437 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2438 = load i32, i32 addrspace(3)* %2437
	%2439 = icmp sgt i32 %2362, 7
	%2440 = select i1 %2439, i32 %2438, i32 0
	%2441 = add i32 %2435, %2440
	%2442 = add i32 %2436, %2438
	%2443 = add i32 %2441, %2382
	%2444 = sub i32 %2443, %2360
	%2445 = mul i32 %0, 4
	%2446 = add i32 %2445, 1024
	%2447 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2446
	store i32 %2444, i32 addrspace(3)* %2447
	%2448 = add i32 %2444, %2344
	%2449 = mul i32 %0, 4
	%2450 = add i32 %2449, 1025
	%2451 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2450
	store i32 %2448, i32 addrspace(3)* %2451
	%2452 = add i32 %2448, %2349
	%2453 = mul i32 %0, 4
	%2454 = add i32 %2453, 1026
	%2455 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2454
	store i32 %2452, i32 addrspace(3)* %2455
	%2456 = add i32 %2452, %2354
	%2457 = mul i32 %0, 4
	%2458 = add i32 %2457, 1027
	%2459 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2458
	store i32 %2456, i32 addrspace(3)* %2459
	%2460 = add i32 %2456, %2359
	%2461 = add i32 %0, 0
	%2462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2461
	store i32 0, i32 addrspace(3)* %2462
	%2463 = add i32 %0, 256
	%2464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2463
	store i32 0, i32 addrspace(3)* %2464
	%2465 = add i32 %0, 512
	%2466 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2465
	store i32 0, i32 addrspace(3)* %2466
	%2467 = add i32 %0, 768
	%2468 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2467
	store i32 0, i32 addrspace(3)* %2468
	call void @llvm.nvvm.barrier0()
	%2469 = and i1 %646, %647
	br i1 %2469, label %2470, label %2483

2470:
	%2471 = lshr i32 %2119, 12
	%2472 = and i32 %2471, 15
	%2473 = add i32 0, %4
	%2474 = mul i32 %2472, 64
	%2475 = add i32 %2474, %2473
	%2476 = add i32 1024, %2475
	%2477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2476
	%2478 = load i32, i32 addrspace(3)* %2477
	%2479 = add i32 %2478, %2207
	%2480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2479
	store i32 %2118, i32 addrspace(3)* %2480
	%2481 = add i32 %2479, 2048
	%2482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2481
	store i32 %2119, i32 addrspace(3)* %2482
	br label %2483

2483:
	%2484 = and i1 %659, %660
	br i1 %2484, label %2485, label %2498

2485:
	%2486 = lshr i32 %2130, 12
	%2487 = and i32 %2486, 15
	%2488 = add i32 8, %4
	%2489 = mul i32 %2487, 64
	%2490 = add i32 %2489, %2488
	%2491 = add i32 1024, %2490
	%2492 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2491
	%2493 = load i32, i32 addrspace(3)* %2492
	%2494 = add i32 %2493, %2226
	%2495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2494
	store i32 %2129, i32 addrspace(3)* %2495
	%2496 = add i32 %2494, 2048
	%2497 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2496
	store i32 %2130, i32 addrspace(3)* %2497
	br label %2498

2498:
	%2499 = and i1 %672, %673
	br i1 %2499, label %2500, label %2513

2500:
	%2501 = lshr i32 %2141, 12
	%2502 = and i32 %2501, 15
	%2503 = add i32 16, %4
	%2504 = mul i32 %2502, 64
	%2505 = add i32 %2504, %2503
	%2506 = add i32 1024, %2505
	%2507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2506
	%2508 = load i32, i32 addrspace(3)* %2507
	%2509 = add i32 %2508, %2245
	%2510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2509
	store i32 %2140, i32 addrspace(3)* %2510
	%2511 = add i32 %2509, 2048
	%2512 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2511
	store i32 %2141, i32 addrspace(3)* %2512
	br label %2513

2513:
	%2514 = and i1 %685, %686
	br i1 %2514, label %2515, label %2528

2515:
	%2516 = lshr i32 %2152, 12
	%2517 = and i32 %2516, 15
	%2518 = add i32 24, %4
	%2519 = mul i32 %2517, 64
	%2520 = add i32 %2519, %2518
	%2521 = add i32 1024, %2520
	%2522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2521
	%2523 = load i32, i32 addrspace(3)* %2522
	%2524 = add i32 %2523, %2264
	%2525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2524
	store i32 %2151, i32 addrspace(3)* %2525
	%2526 = add i32 %2524, 2048
	%2527 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2526
	store i32 %2152, i32 addrspace(3)* %2527
	br label %2528

2528:
	%2529 = and i1 %698, %699
	br i1 %2529, label %2530, label %2543

2530:
	%2531 = lshr i32 %2163, 12
	%2532 = and i32 %2531, 15
	%2533 = add i32 32, %4
	%2534 = mul i32 %2532, 64
	%2535 = add i32 %2534, %2533
	%2536 = add i32 1024, %2535
	%2537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2536
	%2538 = load i32, i32 addrspace(3)* %2537
	%2539 = add i32 %2538, %2283
	%2540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2539
	store i32 %2162, i32 addrspace(3)* %2540
	%2541 = add i32 %2539, 2048
	%2542 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2541
	store i32 %2163, i32 addrspace(3)* %2542
	br label %2543

2543:
	%2544 = and i1 %711, %712
	br i1 %2544, label %2545, label %2558

2545:
	%2546 = lshr i32 %2174, 12
	%2547 = and i32 %2546, 15
	%2548 = add i32 40, %4
	%2549 = mul i32 %2547, 64
	%2550 = add i32 %2549, %2548
	%2551 = add i32 1024, %2550
	%2552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2551
	%2553 = load i32, i32 addrspace(3)* %2552
	%2554 = add i32 %2553, %2302
	%2555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2554
	store i32 %2173, i32 addrspace(3)* %2555
	%2556 = add i32 %2554, 2048
	%2557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2556
	store i32 %2174, i32 addrspace(3)* %2557
	br label %2558

2558:
	%2559 = and i1 %724, %725
	br i1 %2559, label %2560, label %2573

2560:
	%2561 = lshr i32 %2185, 12
	%2562 = and i32 %2561, 15
	%2563 = add i32 48, %4
	%2564 = mul i32 %2562, 64
	%2565 = add i32 %2564, %2563
	%2566 = add i32 1024, %2565
	%2567 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2566
	%2568 = load i32, i32 addrspace(3)* %2567
	%2569 = add i32 %2568, %2321
	%2570 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2569
	store i32 %2184, i32 addrspace(3)* %2570
	%2571 = add i32 %2569, 2048
	%2572 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2571
	store i32 %2185, i32 addrspace(3)* %2572
	br label %2573

2573:
	%2574 = and i1 %737, %738
	br i1 %2574, label %2575, label %2588

2575:
	%2576 = lshr i32 %2196, 12
	%2577 = and i32 %2576, 15
	%2578 = add i32 56, %4
	%2579 = mul i32 %2577, 64
	%2580 = add i32 %2579, %2578
	%2581 = add i32 1024, %2580
	%2582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2581
	%2583 = load i32, i32 addrspace(3)* %2582
	%2584 = add i32 %2583, %2340
	%2585 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2584
	store i32 %2195, i32 addrspace(3)* %2585
	%2586 = add i32 %2584, 2048
	%2587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2586
	store i32 %2196, i32 addrspace(3)* %2587
	br label %2588

2588:
	call void @llvm.nvvm.barrier0()
	%2589 = add i32 0, %0
	%2590 = and i1 %646, %647
	br i1 %2590, label %2591, label %2597

2591:
	%2592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2589
	%2593 = load i32, i32 addrspace(3)* %2592
	%2594 = add i32 %2589, 2048
	%2595 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2594
	%2596 = load i32, i32 addrspace(3)* %2595
	br label %2597

2597:
	%2598 = phi i32 [ %2118, %2588 ], [ %2593, %2591 ]
	%2599 = phi i32 [ %2119, %2588 ], [ %2596, %2591 ]
	%2600 = add i32 256, %0
	%2601 = and i1 %659, %660
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
	%2611 = add i32 512, %0
	%2612 = and i1 %672, %673
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
	%2622 = add i32 768, %0
	%2623 = and i1 %685, %686
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
	%2633 = add i32 1024, %0
	%2634 = and i1 %698, %699
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
	%2644 = add i32 1280, %0
	%2645 = and i1 %711, %712
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
	%2655 = add i32 1536, %0
	%2656 = and i1 %724, %725
	br i1 %2656, label %2657, label %2663

2657:
	%2658 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2655
	%2659 = load i32, i32 addrspace(3)* %2658
	%2660 = add i32 %2655, 2048
	%2661 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2660
	%2662 = load i32, i32 addrspace(3)* %2661
	br label %2663

2663:
	%2664 = phi i32 [ %2184, %2652 ], [ %2659, %2657 ]
	%2665 = phi i32 [ %2185, %2652 ], [ %2662, %2657 ]
	%2666 = add i32 1792, %0
	%2667 = and i1 %737, %738
	br i1 %2667, label %2668, label %2674

2668:
	%2669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2666
	%2670 = load i32, i32 addrspace(3)* %2669
	%2671 = add i32 %2666, 2048
	%2672 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2671
	%2673 = load i32, i32 addrspace(3)* %2672
	br label %2674

2674:
	%2675 = phi i32 [ %2195, %2663 ], [ %2670, %2668 ]
	%2676 = phi i32 [ %2196, %2663 ], [ %2673, %2668 ]
	br i1 %646, label %2677, label %2686

2677:
	%2678 = lshr i32 %2599, 16
	%2679 = and i32 %2678, 15
	%2680 = select i1 %647, i32 %2679, i32 16
	%2681 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2680)
	%2682 = and i32 %2681, %644
	%2683 = call i32 @llvm.ctpop.i32(i32 %2682)
	%2684 = icmp eq i32 %2683, 0
	%2685 = and i1 %647, %2684
	br i1 %2685, label %2688, label %2695

2686:
	%2687 = phi i32 [ 0, %2674 ], [ %2683, %2695 ]
	br i1 %659, label %2696, label %2705

2688:
	%2689 = call i32 @llvm.ctpop.i32(i32 %2681)
	%2690 = add i32 0, %4
	%2691 = mul i32 %2679, 64
	%2692 = add i32 %2691, %2690
	%2693 = add i32 0, %2692
	%2694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2693
	store i32 %2689, i32 addrspace(3)* %2694
	br label %2695

2695:
	br label %2686

2696:
	%2697 = lshr i32 %2610, 16
	%2698 = and i32 %2697, 15
	%2699 = select i1 %660, i32 %2698, i32 16
	%2700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2699)
	%2701 = and i32 %2700, %644
	%2702 = call i32 @llvm.ctpop.i32(i32 %2701)
	%2703 = icmp eq i32 %2702, 0
	%2704 = and i1 %660, %2703
	br i1 %2704, label %2707, label %2714

2705:
	%2706 = phi i32 [ 0, %2686 ], [ %2702, %2714 ]
	br i1 %672, label %2715, label %2724

2707:
	%2708 = call i32 @llvm.ctpop.i32(i32 %2700)
	%2709 = add i32 8, %4
	%2710 = mul i32 %2698, 64
	%2711 = add i32 %2710, %2709
	%2712 = add i32 0, %2711
	%2713 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2712
	store i32 %2708, i32 addrspace(3)* %2713
	br label %2714

2714:
	br label %2705

2715:
	%2716 = lshr i32 %2621, 16
	%2717 = and i32 %2716, 15
	%2718 = select i1 %673, i32 %2717, i32 16
	%2719 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2718)
	%2720 = and i32 %2719, %644
	%2721 = call i32 @llvm.ctpop.i32(i32 %2720)
	%2722 = icmp eq i32 %2721, 0
	%2723 = and i1 %673, %2722
	br i1 %2723, label %2726, label %2733

2724:
	%2725 = phi i32 [ 0, %2705 ], [ %2721, %2733 ]
	br i1 %685, label %2734, label %2743

2726:
	%2727 = call i32 @llvm.ctpop.i32(i32 %2719)
	%2728 = add i32 16, %4
	%2729 = mul i32 %2717, 64
	%2730 = add i32 %2729, %2728
	%2731 = add i32 0, %2730
	%2732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2731
	store i32 %2727, i32 addrspace(3)* %2732
	br label %2733

2733:
	br label %2724

2734:
	%2735 = lshr i32 %2632, 16
	%2736 = and i32 %2735, 15
	%2737 = select i1 %686, i32 %2736, i32 16
	%2738 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2737)
	%2739 = and i32 %2738, %644
	%2740 = call i32 @llvm.ctpop.i32(i32 %2739)
	%2741 = icmp eq i32 %2740, 0
	%2742 = and i1 %686, %2741
	br i1 %2742, label %2745, label %2752

2743:
	%2744 = phi i32 [ 0, %2724 ], [ %2740, %2752 ]
	br i1 %698, label %2753, label %2762

2745:
	%2746 = call i32 @llvm.ctpop.i32(i32 %2738)
	%2747 = add i32 24, %4
	%2748 = mul i32 %2736, 64
	%2749 = add i32 %2748, %2747
	%2750 = add i32 0, %2749
	%2751 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2750
	store i32 %2746, i32 addrspace(3)* %2751
	br label %2752

2752:
	br label %2743

2753:
	%2754 = lshr i32 %2643, 16
	%2755 = and i32 %2754, 15
	%2756 = select i1 %699, i32 %2755, i32 16
	%2757 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2756)
	%2758 = and i32 %2757, %644
	%2759 = call i32 @llvm.ctpop.i32(i32 %2758)
	%2760 = icmp eq i32 %2759, 0
	%2761 = and i1 %699, %2760
	br i1 %2761, label %2764, label %2771

2762:
	%2763 = phi i32 [ 0, %2743 ], [ %2759, %2771 ]
	br i1 %711, label %2772, label %2781

2764:
	%2765 = call i32 @llvm.ctpop.i32(i32 %2757)
	%2766 = add i32 32, %4
	%2767 = mul i32 %2755, 64
	%2768 = add i32 %2767, %2766
	%2769 = add i32 0, %2768
	%2770 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2769
	store i32 %2765, i32 addrspace(3)* %2770
	br label %2771

2771:
	br label %2762

2772:
	%2773 = lshr i32 %2654, 16
	%2774 = and i32 %2773, 15
	%2775 = select i1 %712, i32 %2774, i32 16
	%2776 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2775)
	%2777 = and i32 %2776, %644
	%2778 = call i32 @llvm.ctpop.i32(i32 %2777)
	%2779 = icmp eq i32 %2778, 0
	%2780 = and i1 %712, %2779
	br i1 %2780, label %2783, label %2790

2781:
	%2782 = phi i32 [ 0, %2762 ], [ %2778, %2790 ]
	br i1 %724, label %2791, label %2800

2783:
	%2784 = call i32 @llvm.ctpop.i32(i32 %2776)
	%2785 = add i32 40, %4
	%2786 = mul i32 %2774, 64
	%2787 = add i32 %2786, %2785
	%2788 = add i32 0, %2787
	%2789 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2788
	store i32 %2784, i32 addrspace(3)* %2789
	br label %2790

2790:
	br label %2781

2791:
	%2792 = lshr i32 %2665, 16
	%2793 = and i32 %2792, 15
	%2794 = select i1 %725, i32 %2793, i32 16
	%2795 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2794)
	%2796 = and i32 %2795, %644
	%2797 = call i32 @llvm.ctpop.i32(i32 %2796)
	%2798 = icmp eq i32 %2797, 0
	%2799 = and i1 %725, %2798
	br i1 %2799, label %2802, label %2809

2800:
	%2801 = phi i32 [ 0, %2781 ], [ %2797, %2809 ]
	br i1 %737, label %2810, label %2819

2802:
	%2803 = call i32 @llvm.ctpop.i32(i32 %2795)
	%2804 = add i32 48, %4
	%2805 = mul i32 %2793, 64
	%2806 = add i32 %2805, %2804
	%2807 = add i32 0, %2806
	%2808 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2807
	store i32 %2803, i32 addrspace(3)* %2808
	br label %2809

2809:
	br label %2800

2810:
	%2811 = lshr i32 %2676, 16
	%2812 = and i32 %2811, 15
	%2813 = select i1 %738, i32 %2812, i32 16
	%2814 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2813)
	%2815 = and i32 %2814, %644
	%2816 = call i32 @llvm.ctpop.i32(i32 %2815)
	%2817 = icmp eq i32 %2816, 0
	%2818 = and i1 %738, %2817
	br i1 %2818, label %2864, label %2871

2819:
	%2820 = phi i32 [ 0, %2800 ], [ %2816, %2871 ]
	call void @llvm.nvvm.barrier0()
	%2821 = mul i32 %0, 4
	%2822 = add i32 %2821, 0
	%2823 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2822
	%2824 = load i32, i32 addrspace(3)* %2823
	%2825 = add i32 0, %2824
	%2826 = mul i32 %0, 4
	%2827 = add i32 %2826, 1
	%2828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2827
	%2829 = load i32, i32 addrspace(3)* %2828
	%2830 = add i32 %2825, %2829
	%2831 = mul i32 %0, 4
	%2832 = add i32 %2831, 2
	%2833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2832
	%2834 = load i32, i32 addrspace(3)* %2833
	%2835 = add i32 %2830, %2834
	%2836 = mul i32 %0, 4
	%2837 = add i32 %2836, 3
	%2838 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2837
	%2839 = load i32, i32 addrspace(3)* %2838
	%2840 = add i32 %2835, %2839
	%2841 = and i32 %0, 31
	%2842 = lshr i32 %0, 5
	%2843 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2840, i32 1, i32 0)
	%2844 = icmp uge i32 %2841, 1
	%2845 = select i1 %2844, i32 %2843, i32 0
	%2846 = add i32 %2840, %2845
	%2847 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2846, i32 2, i32 0)
	%2848 = icmp uge i32 %2841, 2
	%2849 = select i1 %2848, i32 %2847, i32 0
	%2850 = add i32 %2846, %2849
	%2851 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2850, i32 4, i32 0)
	%2852 = icmp uge i32 %2841, 4
	%2853 = select i1 %2852, i32 %2851, i32 0
	%2854 = add i32 %2850, %2853
	%2855 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2854, i32 8, i32 0)
	%2856 = icmp uge i32 %2841, 8
	%2857 = select i1 %2856, i32 %2855, i32 0
	%2858 = add i32 %2854, %2857
	%2859 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2858, i32 16, i32 0)
	%2860 = icmp uge i32 %2841, 16
	%2861 = select i1 %2860, i32 %2859, i32 0
	%2862 = add i32 %2858, %2861
	%2863 = icmp eq i32 %2841, 31
	br i1 %2863, label %2872, label %2874

2864:
	%2865 = call i32 @llvm.ctpop.i32(i32 %2814)
	%2866 = add i32 56, %4
	%2867 = mul i32 %2812, 64
	%2868 = add i32 %2867, %2866
	%2869 = add i32 0, %2868
	%2870 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2869
	store i32 %2865, i32 addrspace(3)* %2870
	br label %2871

2871:
	br label %2819

2872:
	%2873 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2842
	store i32 %2862, i32 addrspace(3)* %2873
	br label %2874

2874:
	call void @llvm.nvvm.barrier0()
	%2875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2876 = load i32, i32 addrspace(3)* %2875
	%2877 = icmp sgt i32 %2842, 0
	%2878 = select i1 %2877, i32 %2876, i32 0
	%2879 = add i32 0, %2878
	%2880 = add i32 0, %2876
	%2881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2882 = load i32, i32 addrspace(3)* %2881
	%2883 = icmp sgt i32 %2842, 1
	%2884 = select i1 %2883, i32 %2882, i32 0
	%2885 = add i32 %2879, %2884
	%2886 = add i32 %2880, %2882
	%2887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2888 = load i32, i32 addrspace(3)* %2887
	%2889 = icmp sgt i32 %2842, 2
	%2890 = select i1 %2889, i32 %2888, i32 0
	%2891 = add i32 %2885, %2890
	%2892 = add i32 %2886, %2888
	%2893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2894 = load i32, i32 addrspace(3)* %2893
	%2895 = icmp sgt i32 %2842, 3
	%2896 = select i1 %2895, i32 %2894, i32 0
	%2897 = add i32 %2891, %2896
	%2898 = add i32 %2892, %2894
	%2899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2900 = load i32, i32 addrspace(3)* %2899
	%2901 = icmp sgt i32 %2842, 4
	%2902 = select i1 %2901, i32 %2900, i32 0
	%2903 = add i32 %2897, %2902
	%2904 = add i32 %2898, %2900
	%2905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2906 = load i32, i32 addrspace(3)* %2905
	%2907 = icmp sgt i32 %2842, 5
	%2908 = select i1 %2907, i32 %2906, i32 0
	%2909 = add i32 %2903, %2908
	%2910 = add i32 %2904, %2906
	%2911 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2912 = load i32, i32 addrspace(3)* %2911
	%2913 = icmp sgt i32 %2842, 6
	%2914 = select i1 %2913, i32 %2912, i32 0
	%2915 = add i32 %2909, %2914
	%2916 = add i32 %2910, %2912
	%2917 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2918 = load i32, i32 addrspace(3)* %2917
	%2919 = icmp sgt i32 %2842, 7
	%2920 = select i1 %2919, i32 %2918, i32 0
	%2921 = add i32 %2915, %2920
	%2922 = add i32 %2916, %2918
	%2923 = add i32 %2921, %2862
	%2924 = sub i32 %2923, %2840
	%2925 = mul i32 %0, 4
	%2926 = add i32 %2925, 0
	%2927 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2926
	store i32 %2924, i32 addrspace(3)* %2927
	%2928 = add i32 %2924, %2824
	%2929 = mul i32 %0, 4
	%2930 = add i32 %2929, 1
	%2931 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2930
	store i32 %2928, i32 addrspace(3)* %2931
	%2932 = add i32 %2928, %2829
	%2933 = mul i32 %0, 4
	%2934 = add i32 %2933, 2
	%2935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2934
	store i32 %2932, i32 addrspace(3)* %2935
	%2936 = add i32 %2932, %2834
	%2937 = mul i32 %0, 4
	%2938 = add i32 %2937, 3
	%2939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2938
	store i32 %2936, i32 addrspace(3)* %2939
	%2940 = add i32 %2936, %2839
	%2941 = add i32 %0, 1024
	%2942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2941
	store i32 0, i32 addrspace(3)* %2942
	%2943 = add i32 %0, 1280
	%2944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2943
	store i32 0, i32 addrspace(3)* %2944
	%2945 = add i32 %0, 1536
	%2946 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2945
	store i32 0, i32 addrspace(3)* %2946
	%2947 = add i32 %0, 1792
	%2948 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2947
	store i32 0, i32 addrspace(3)* %2948
	call void @llvm.nvvm.barrier0()
	%2949 = and i1 %646, %647
	br i1 %2949, label %2950, label %2963

2950:
	%2951 = lshr i32 %2599, 16
	%2952 = and i32 %2951, 15
	%2953 = add i32 0, %4
	%2954 = mul i32 %2952, 64
	%2955 = add i32 %2954, %2953
	%2956 = add i32 0, %2955
	%2957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2956
	%2958 = load i32, i32 addrspace(3)* %2957
	%2959 = add i32 %2958, %2687
	%2960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2959
	store i32 %2598, i32 addrspace(3)* %2960
	%2961 = add i32 %2959, 2048
	%2962 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2961
	store i32 %2599, i32 addrspace(3)* %2962
	br label %2963

2963:
	%2964 = and i1 %659, %660
	br i1 %2964, label %2965, label %2978

2965:
	%2966 = lshr i32 %2610, 16
	%2967 = and i32 %2966, 15
	%2968 = add i32 8, %4
	%2969 = mul i32 %2967, 64
	%2970 = add i32 %2969, %2968
	%2971 = add i32 0, %2970
	%2972 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2971
	%2973 = load i32, i32 addrspace(3)* %2972
	%2974 = add i32 %2973, %2706
	%2975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2974
	store i32 %2609, i32 addrspace(3)* %2975
	%2976 = add i32 %2974, 2048
	%2977 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2976
	store i32 %2610, i32 addrspace(3)* %2977
	br label %2978

2978:
	%2979 = and i1 %672, %673
	br i1 %2979, label %2980, label %2993

2980:
	%2981 = lshr i32 %2621, 16
	%2982 = and i32 %2981, 15
	%2983 = add i32 16, %4
	%2984 = mul i32 %2982, 64
	%2985 = add i32 %2984, %2983
	%2986 = add i32 0, %2985
	%2987 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2986
	%2988 = load i32, i32 addrspace(3)* %2987
	%2989 = add i32 %2988, %2725
	%2990 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2989
	store i32 %2620, i32 addrspace(3)* %2990
	%2991 = add i32 %2989, 2048
	%2992 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2991
	store i32 %2621, i32 addrspace(3)* %2992
	br label %2993

2993:
	%2994 = and i1 %685, %686
	br i1 %2994, label %2995, label %3008

2995:
	%2996 = lshr i32 %2632, 16
	%2997 = and i32 %2996, 15
	%2998 = add i32 24, %4
	%2999 = mul i32 %2997, 64
	%3000 = add i32 %2999, %2998
	%3001 = add i32 0, %3000
	%3002 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3001
	%3003 = load i32, i32 addrspace(3)* %3002
	%3004 = add i32 %3003, %2744
	%3005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3004
	store i32 %2631, i32 addrspace(3)* %3005
	%3006 = add i32 %3004, 2048
	%3007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3006
	store i32 %2632, i32 addrspace(3)* %3007
	br label %3008

3008:
	%3009 = and i1 %698, %699
	br i1 %3009, label %3010, label %3023

3010:
	%3011 = lshr i32 %2643, 16
	%3012 = and i32 %3011, 15
	%3013 = add i32 32, %4
	%3014 = mul i32 %3012, 64
	%3015 = add i32 %3014, %3013
	%3016 = add i32 0, %3015
	%3017 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3016
	%3018 = load i32, i32 addrspace(3)* %3017
	%3019 = add i32 %3018, %2763
	%3020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3019
	store i32 %2642, i32 addrspace(3)* %3020
	%3021 = add i32 %3019, 2048
	%3022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3021
	store i32 %2643, i32 addrspace(3)* %3022
	br label %3023

3023:
	%3024 = and i1 %711, %712
	br i1 %3024, label %3025, label %3038

3025:
	%3026 = lshr i32 %2654, 16
	%3027 = and i32 %3026, 15
	%3028 = add i32 40, %4
	%3029 = mul i32 %3027, 64
	%3030 = add i32 %3029, %3028
	%3031 = add i32 0, %3030
	%3032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3031
	%3033 = load i32, i32 addrspace(3)* %3032
	%3034 = add i32 %3033, %2782
	%3035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3034
	store i32 %2653, i32 addrspace(3)* %3035
	%3036 = add i32 %3034, 2048
	%3037 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3036
	store i32 %2654, i32 addrspace(3)* %3037
	br label %3038

3038:
	%3039 = and i1 %724, %725
	br i1 %3039, label %3040, label %3053

3040:
	%3041 = lshr i32 %2665, 16
	%3042 = and i32 %3041, 15
	%3043 = add i32 48, %4
	%3044 = mul i32 %3042, 64
	%3045 = add i32 %3044, %3043
	%3046 = add i32 0, %3045
	%3047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3046
	%3048 = load i32, i32 addrspace(3)* %3047
	%3049 = add i32 %3048, %2801
	%3050 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3049
	store i32 %2664, i32 addrspace(3)* %3050
	%3051 = add i32 %3049, 2048
	%3052 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3051
	store i32 %2665, i32 addrspace(3)* %3052
	br label %3053

3053:
	%3054 = and i1 %737, %738
	br i1 %3054, label %3055, label %3068

3055:
	%3056 = lshr i32 %2676, 16
	%3057 = and i32 %3056, 15
	%3058 = add i32 56, %4
	%3059 = mul i32 %3057, 64
	%3060 = add i32 %3059, %3058
	%3061 = add i32 0, %3060
	%3062 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3061
	%3063 = load i32, i32 addrspace(3)* %3062
	%3064 = add i32 %3063, %2820
	%3065 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3064
	store i32 %2675, i32 addrspace(3)* %3065
	%3066 = add i32 %3064, 2048
	%3067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3066
	store i32 %2676, i32 addrspace(3)* %3067
	br label %3068

3068:
	call void @llvm.nvvm.barrier0()
	%3069 = add i32 0, %0
	%3070 = and i1 %646, %647
	br i1 %3070, label %3071, label %3077

3071:
	%3072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3069
	%3073 = load i32, i32 addrspace(3)* %3072
	%3074 = add i32 %3069, 2048
	%3075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3074
	%3076 = load i32, i32 addrspace(3)* %3075
	br label %3077

3077:
	%3078 = phi i32 [ %2598, %3068 ], [ %3073, %3071 ]
	%3079 = phi i32 [ %2599, %3068 ], [ %3076, %3071 ]
	%3080 = add i32 256, %0
	%3081 = and i1 %659, %660
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
	%3091 = add i32 512, %0
	%3092 = and i1 %672, %673
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
	%3102 = add i32 768, %0
	%3103 = and i1 %685, %686
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
	%3113 = add i32 1024, %0
	%3114 = and i1 %698, %699
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
	%3124 = add i32 1280, %0
	%3125 = and i1 %711, %712
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
	%3135 = add i32 1536, %0
	%3136 = and i1 %724, %725
	br i1 %3136, label %3137, label %3143

3137:
	%3138 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3135
	%3139 = load i32, i32 addrspace(3)* %3138
	%3140 = add i32 %3135, 2048
	%3141 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3140
	%3142 = load i32, i32 addrspace(3)* %3141
	br label %3143

3143:
	%3144 = phi i32 [ %2664, %3132 ], [ %3139, %3137 ]
	%3145 = phi i32 [ %2665, %3132 ], [ %3142, %3137 ]
	%3146 = add i32 1792, %0
	%3147 = and i1 %737, %738
	br i1 %3147, label %3148, label %3154

3148:
	%3149 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3146
	%3150 = load i32, i32 addrspace(3)* %3149
	%3151 = add i32 %3146, 2048
	%3152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3151
	%3153 = load i32, i32 addrspace(3)* %3152
	br label %3154

3154:
	%3155 = phi i32 [ %2675, %3143 ], [ %3150, %3148 ]
	%3156 = phi i32 [ %2676, %3143 ], [ %3153, %3148 ]
	br i1 %646, label %3157, label %3166

3157:
	%3158 = lshr i32 %3079, 20
	%3159 = and i32 %3158, 15
	%3160 = select i1 %647, i32 %3159, i32 16
	%3161 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3160)
	%3162 = and i32 %3161, %644
	%3163 = call i32 @llvm.ctpop.i32(i32 %3162)
	%3164 = icmp eq i32 %3163, 0
	%3165 = and i1 %647, %3164
	br i1 %3165, label %3168, label %3175

3166:
	%3167 = phi i32 [ 0, %3154 ], [ %3163, %3175 ]
	br i1 %659, label %3176, label %3185

3168:
	%3169 = call i32 @llvm.ctpop.i32(i32 %3161)
	%3170 = add i32 0, %4
	%3171 = mul i32 %3159, 64
	%3172 = add i32 %3171, %3170
	%3173 = add i32 1024, %3172
	%3174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3173
	store i32 %3169, i32 addrspace(3)* %3174
	br label %3175

3175:
	br label %3166

3176:
	%3177 = lshr i32 %3090, 20
	%3178 = and i32 %3177, 15
	%3179 = select i1 %660, i32 %3178, i32 16
	%3180 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3179)
	%3181 = and i32 %3180, %644
	%3182 = call i32 @llvm.ctpop.i32(i32 %3181)
	%3183 = icmp eq i32 %3182, 0
	%3184 = and i1 %660, %3183
	br i1 %3184, label %3187, label %3194

3185:
	%3186 = phi i32 [ 0, %3166 ], [ %3182, %3194 ]
	br i1 %672, label %3195, label %3204

3187:
	%3188 = call i32 @llvm.ctpop.i32(i32 %3180)
	%3189 = add i32 8, %4
	%3190 = mul i32 %3178, 64
	%3191 = add i32 %3190, %3189
	%3192 = add i32 1024, %3191
	%3193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3192
	store i32 %3188, i32 addrspace(3)* %3193
	br label %3194

3194:
	br label %3185

3195:
	%3196 = lshr i32 %3101, 20
	%3197 = and i32 %3196, 15
	%3198 = select i1 %673, i32 %3197, i32 16
	%3199 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3198)
	%3200 = and i32 %3199, %644
	%3201 = call i32 @llvm.ctpop.i32(i32 %3200)
	%3202 = icmp eq i32 %3201, 0
	%3203 = and i1 %673, %3202
	br i1 %3203, label %3206, label %3213

3204:
	%3205 = phi i32 [ 0, %3185 ], [ %3201, %3213 ]
	br i1 %685, label %3214, label %3223

3206:
	%3207 = call i32 @llvm.ctpop.i32(i32 %3199)
	%3208 = add i32 16, %4
	%3209 = mul i32 %3197, 64
	%3210 = add i32 %3209, %3208
	%3211 = add i32 1024, %3210
	%3212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3211
	store i32 %3207, i32 addrspace(3)* %3212
	br label %3213

3213:
	br label %3204

3214:
	%3215 = lshr i32 %3112, 20
	%3216 = and i32 %3215, 15
	%3217 = select i1 %686, i32 %3216, i32 16
	%3218 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3217)
	%3219 = and i32 %3218, %644
	%3220 = call i32 @llvm.ctpop.i32(i32 %3219)
	%3221 = icmp eq i32 %3220, 0
	%3222 = and i1 %686, %3221
	br i1 %3222, label %3225, label %3232

3223:
	%3224 = phi i32 [ 0, %3204 ], [ %3220, %3232 ]
	br i1 %698, label %3233, label %3242

3225:
	%3226 = call i32 @llvm.ctpop.i32(i32 %3218)
	%3227 = add i32 24, %4
	%3228 = mul i32 %3216, 64
	%3229 = add i32 %3228, %3227
	%3230 = add i32 1024, %3229
	%3231 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3230
	store i32 %3226, i32 addrspace(3)* %3231
	br label %3232

3232:
	br label %3223

3233:
	%3234 = lshr i32 %3123, 20
	%3235 = and i32 %3234, 15
	%3236 = select i1 %699, i32 %3235, i32 16
	%3237 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3236)
	%3238 = and i32 %3237, %644
	%3239 = call i32 @llvm.ctpop.i32(i32 %3238)
	%3240 = icmp eq i32 %3239, 0
	%3241 = and i1 %699, %3240
	br i1 %3241, label %3244, label %3251

3242:
	%3243 = phi i32 [ 0, %3223 ], [ %3239, %3251 ]
	br i1 %711, label %3252, label %3261

3244:
	%3245 = call i32 @llvm.ctpop.i32(i32 %3237)
	%3246 = add i32 32, %4
	%3247 = mul i32 %3235, 64
	%3248 = add i32 %3247, %3246
	%3249 = add i32 1024, %3248
	%3250 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3249
	store i32 %3245, i32 addrspace(3)* %3250
	br label %3251

3251:
	br label %3242

3252:
	%3253 = lshr i32 %3134, 20
	%3254 = and i32 %3253, 15
	%3255 = select i1 %712, i32 %3254, i32 16
	%3256 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3255)
	%3257 = and i32 %3256, %644
	%3258 = call i32 @llvm.ctpop.i32(i32 %3257)
	%3259 = icmp eq i32 %3258, 0
	%3260 = and i1 %712, %3259
	br i1 %3260, label %3263, label %3270

3261:
	%3262 = phi i32 [ 0, %3242 ], [ %3258, %3270 ]
	br i1 %724, label %3271, label %3280

3263:
	%3264 = call i32 @llvm.ctpop.i32(i32 %3256)
	%3265 = add i32 40, %4
	%3266 = mul i32 %3254, 64
	%3267 = add i32 %3266, %3265
	%3268 = add i32 1024, %3267
	%3269 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3268
	store i32 %3264, i32 addrspace(3)* %3269
	br label %3270

3270:
	br label %3261

3271:
	%3272 = lshr i32 %3145, 20
	%3273 = and i32 %3272, 15
	%3274 = select i1 %725, i32 %3273, i32 16
	%3275 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3274)
	%3276 = and i32 %3275, %644
	%3277 = call i32 @llvm.ctpop.i32(i32 %3276)
	%3278 = icmp eq i32 %3277, 0
	%3279 = and i1 %725, %3278
	br i1 %3279, label %3282, label %3289

3280:
	%3281 = phi i32 [ 0, %3261 ], [ %3277, %3289 ]
	br i1 %737, label %3290, label %3299

3282:
	%3283 = call i32 @llvm.ctpop.i32(i32 %3275)
	%3284 = add i32 48, %4
	%3285 = mul i32 %3273, 64
	%3286 = add i32 %3285, %3284
	%3287 = add i32 1024, %3286
	%3288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3287
	store i32 %3283, i32 addrspace(3)* %3288
	br label %3289

3289:
	br label %3280

3290:
	%3291 = lshr i32 %3156, 20
	%3292 = and i32 %3291, 15
	%3293 = select i1 %738, i32 %3292, i32 16
	%3294 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3293)
	%3295 = and i32 %3294, %644
	%3296 = call i32 @llvm.ctpop.i32(i32 %3295)
	%3297 = icmp eq i32 %3296, 0
	%3298 = and i1 %738, %3297
	br i1 %3298, label %3344, label %3351

3299:
	%3300 = phi i32 [ 0, %3280 ], [ %3296, %3351 ]
	call void @llvm.nvvm.barrier0()
	%3301 = mul i32 %0, 4
	%3302 = add i32 %3301, 1024
	%3303 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3302
	%3304 = load i32, i32 addrspace(3)* %3303
	%3305 = add i32 0, %3304
	%3306 = mul i32 %0, 4
	%3307 = add i32 %3306, 1025
	%3308 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3307
	%3309 = load i32, i32 addrspace(3)* %3308
	%3310 = add i32 %3305, %3309
	%3311 = mul i32 %0, 4
	%3312 = add i32 %3311, 1026
	%3313 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3312
	%3314 = load i32, i32 addrspace(3)* %3313
	%3315 = add i32 %3310, %3314
	%3316 = mul i32 %0, 4
	%3317 = add i32 %3316, 1027
	%3318 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3317
	%3319 = load i32, i32 addrspace(3)* %3318
	%3320 = add i32 %3315, %3319
	%3321 = and i32 %0, 31
	%3322 = lshr i32 %0, 5
	%3323 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3320, i32 1, i32 0)
	%3324 = icmp uge i32 %3321, 1
	%3325 = select i1 %3324, i32 %3323, i32 0
	%3326 = add i32 %3320, %3325
	%3327 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3326, i32 2, i32 0)
	%3328 = icmp uge i32 %3321, 2
	%3329 = select i1 %3328, i32 %3327, i32 0
	%3330 = add i32 %3326, %3329
	%3331 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3330, i32 4, i32 0)
	%3332 = icmp uge i32 %3321, 4
	%3333 = select i1 %3332, i32 %3331, i32 0
	%3334 = add i32 %3330, %3333
	%3335 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3334, i32 8, i32 0)
	%3336 = icmp uge i32 %3321, 8
	%3337 = select i1 %3336, i32 %3335, i32 0
	%3338 = add i32 %3334, %3337
	%3339 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3338, i32 16, i32 0)
	%3340 = icmp uge i32 %3321, 16
	%3341 = select i1 %3340, i32 %3339, i32 0
	%3342 = add i32 %3338, %3341
	%3343 = icmp eq i32 %3321, 31
	br i1 %3343, label %3352, label %3354

3344:
	%3345 = call i32 @llvm.ctpop.i32(i32 %3294)
	%3346 = add i32 56, %4
	%3347 = mul i32 %3292, 64
	%3348 = add i32 %3347, %3346
	%3349 = add i32 1024, %3348
	%3350 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3349
	store i32 %3345, i32 addrspace(3)* %3350
	br label %3351

3351:
	br label %3299

3352:
	%3353 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3322
	store i32 %3342, i32 addrspace(3)* %3353
	br label %3354

3354:
	call void @llvm.nvvm.barrier0()
	%3355 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3356 = load i32, i32 addrspace(3)* %3355
	%3357 = icmp sgt i32 %3322, 0
	%3358 = select i1 %3357, i32 %3356, i32 0
	%3359 = add i32 0, %3358
	%3360 = add i32 0, %3356
	%3361 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3362 = load i32, i32 addrspace(3)* %3361
	%3363 = icmp sgt i32 %3322, 1
	%3364 = select i1 %3363, i32 %3362, i32 0
	%3365 = add i32 %3359, %3364
	%3366 = add i32 %3360, %3362
	%3367 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3368 = load i32, i32 addrspace(3)* %3367
	%3369 = icmp sgt i32 %3322, 2
	%3370 = select i1 %3369, i32 %3368, i32 0
	%3371 = add i32 %3365, %3370
	%3372 = add i32 %3366, %3368
	%3373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3374 = load i32, i32 addrspace(3)* %3373
	%3375 = icmp sgt i32 %3322, 3
	%3376 = select i1 %3375, i32 %3374, i32 0
	%3377 = add i32 %3371, %3376
	%3378 = add i32 %3372, %3374
	%3379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = icmp sgt i32 %3322, 4
	%3382 = select i1 %3381, i32 %3380, i32 0
	%3383 = add i32 %3377, %3382
	%3384 = add i32 %3378, %3380
	%3385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3386 = load i32, i32 addrspace(3)* %3385
	%3387 = icmp sgt i32 %3322, 5
	%3388 = select i1 %3387, i32 %3386, i32 0
	%3389 = add i32 %3383, %3388
	%3390 = add i32 %3384, %3386
	%3391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3392 = load i32, i32 addrspace(3)* %3391
	%3393 = icmp sgt i32 %3322, 6
	%3394 = select i1 %3393, i32 %3392, i32 0
	%3395 = add i32 %3389, %3394
	%3396 = add i32 %3390, %3392
	%3397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3398 = load i32, i32 addrspace(3)* %3397
	%3399 = icmp sgt i32 %3322, 7
	%3400 = select i1 %3399, i32 %3398, i32 0
	%3401 = add i32 %3395, %3400
	%3402 = add i32 %3396, %3398
	%3403 = add i32 %3401, %3342
	%3404 = sub i32 %3403, %3320
	%3405 = mul i32 %0, 4
	%3406 = add i32 %3405, 1024
	%3407 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3406
	store i32 %3404, i32 addrspace(3)* %3407
	%3408 = add i32 %3404, %3304
	%3409 = mul i32 %0, 4
	%3410 = add i32 %3409, 1025
	%3411 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3410
	store i32 %3408, i32 addrspace(3)* %3411
	%3412 = add i32 %3408, %3309
	%3413 = mul i32 %0, 4
	%3414 = add i32 %3413, 1026
	%3415 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3414
	store i32 %3412, i32 addrspace(3)* %3415
	%3416 = add i32 %3412, %3314
	%3417 = mul i32 %0, 4
	%3418 = add i32 %3417, 1027
	%3419 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3418
	store i32 %3416, i32 addrspace(3)* %3419
	%3420 = add i32 %3416, %3319
	%3421 = add i32 %0, 0
	%3422 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3421
	store i32 0, i32 addrspace(3)* %3422
	%3423 = add i32 %0, 256
	%3424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3423
	store i32 0, i32 addrspace(3)* %3424
	%3425 = add i32 %0, 512
	%3426 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3425
	store i32 0, i32 addrspace(3)* %3426
	%3427 = add i32 %0, 768
	%3428 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3427
	store i32 0, i32 addrspace(3)* %3428
	call void @llvm.nvvm.barrier0()
	%3429 = and i1 %646, %647
	br i1 %3429, label %3430, label %3443

3430:
	%3431 = lshr i32 %3079, 20
	%3432 = and i32 %3431, 15
	%3433 = add i32 0, %4
	%3434 = mul i32 %3432, 64
	%3435 = add i32 %3434, %3433
	%3436 = add i32 1024, %3435
	%3437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3436
	%3438 = load i32, i32 addrspace(3)* %3437
	%3439 = add i32 %3438, %3167
	%3440 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3439
	store i32 %3078, i32 addrspace(3)* %3440
	%3441 = add i32 %3439, 2048
	%3442 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3441
	store i32 %3079, i32 addrspace(3)* %3442
	br label %3443

3443:
	%3444 = and i1 %659, %660
	br i1 %3444, label %3445, label %3458

3445:
	%3446 = lshr i32 %3090, 20
	%3447 = and i32 %3446, 15
	%3448 = add i32 8, %4
	%3449 = mul i32 %3447, 64
	%3450 = add i32 %3449, %3448
	%3451 = add i32 1024, %3450
	%3452 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3451
	%3453 = load i32, i32 addrspace(3)* %3452
	%3454 = add i32 %3453, %3186
	%3455 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3454
	store i32 %3089, i32 addrspace(3)* %3455
	%3456 = add i32 %3454, 2048
	%3457 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3456
	store i32 %3090, i32 addrspace(3)* %3457
	br label %3458

3458:
	%3459 = and i1 %672, %673
	br i1 %3459, label %3460, label %3473

3460:
	%3461 = lshr i32 %3101, 20
	%3462 = and i32 %3461, 15
	%3463 = add i32 16, %4
	%3464 = mul i32 %3462, 64
	%3465 = add i32 %3464, %3463
	%3466 = add i32 1024, %3465
	%3467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3466
	%3468 = load i32, i32 addrspace(3)* %3467
	%3469 = add i32 %3468, %3205
	%3470 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3469
	store i32 %3100, i32 addrspace(3)* %3470
	%3471 = add i32 %3469, 2048
	%3472 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3471
	store i32 %3101, i32 addrspace(3)* %3472
	br label %3473

3473:
	%3474 = and i1 %685, %686
	br i1 %3474, label %3475, label %3488

3475:
	%3476 = lshr i32 %3112, 20
	%3477 = and i32 %3476, 15
	%3478 = add i32 24, %4
	%3479 = mul i32 %3477, 64
	%3480 = add i32 %3479, %3478
	%3481 = add i32 1024, %3480
	%3482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3481
	%3483 = load i32, i32 addrspace(3)* %3482
	%3484 = add i32 %3483, %3224
	%3485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3484
	store i32 %3111, i32 addrspace(3)* %3485
	%3486 = add i32 %3484, 2048
	%3487 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3486
	store i32 %3112, i32 addrspace(3)* %3487
	br label %3488

3488:
	%3489 = and i1 %698, %699
	br i1 %3489, label %3490, label %3503

3490:
	%3491 = lshr i32 %3123, 20
	%3492 = and i32 %3491, 15
	%3493 = add i32 32, %4
	%3494 = mul i32 %3492, 64
	%3495 = add i32 %3494, %3493
	%3496 = add i32 1024, %3495
	%3497 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3496
	%3498 = load i32, i32 addrspace(3)* %3497
	%3499 = add i32 %3498, %3243
	%3500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3499
	store i32 %3122, i32 addrspace(3)* %3500
	%3501 = add i32 %3499, 2048
	%3502 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3501
	store i32 %3123, i32 addrspace(3)* %3502
	br label %3503

3503:
	%3504 = and i1 %711, %712
	br i1 %3504, label %3505, label %3518

3505:
	%3506 = lshr i32 %3134, 20
	%3507 = and i32 %3506, 15
	%3508 = add i32 40, %4
	%3509 = mul i32 %3507, 64
	%3510 = add i32 %3509, %3508
	%3511 = add i32 1024, %3510
	%3512 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3511
	%3513 = load i32, i32 addrspace(3)* %3512
	%3514 = add i32 %3513, %3262
	%3515 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3514
	store i32 %3133, i32 addrspace(3)* %3515
	%3516 = add i32 %3514, 2048
	%3517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3516
	store i32 %3134, i32 addrspace(3)* %3517
	br label %3518

3518:
	%3519 = and i1 %724, %725
	br i1 %3519, label %3520, label %3533

3520:
	%3521 = lshr i32 %3145, 20
	%3522 = and i32 %3521, 15
	%3523 = add i32 48, %4
	%3524 = mul i32 %3522, 64
	%3525 = add i32 %3524, %3523
	%3526 = add i32 1024, %3525
	%3527 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3526
	%3528 = load i32, i32 addrspace(3)* %3527
	%3529 = add i32 %3528, %3281
	%3530 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3529
	store i32 %3144, i32 addrspace(3)* %3530
	%3531 = add i32 %3529, 2048
	%3532 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3531
	store i32 %3145, i32 addrspace(3)* %3532
	br label %3533

3533:
	%3534 = and i1 %737, %738
	br i1 %3534, label %3535, label %3548

3535:
	%3536 = lshr i32 %3156, 20
	%3537 = and i32 %3536, 15
	%3538 = add i32 56, %4
	%3539 = mul i32 %3537, 64
	%3540 = add i32 %3539, %3538
	%3541 = add i32 1024, %3540
	%3542 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3541
	%3543 = load i32, i32 addrspace(3)* %3542
	%3544 = add i32 %3543, %3300
	%3545 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3544
	store i32 %3155, i32 addrspace(3)* %3545
	%3546 = add i32 %3544, 2048
	%3547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3546
	store i32 %3156, i32 addrspace(3)* %3547
	br label %3548

3548:
	call void @llvm.nvvm.barrier0()
	%3549 = add i32 0, %0
	%3550 = and i1 %646, %647
	br i1 %3550, label %3551, label %3557

3551:
	%3552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3549
	%3553 = load i32, i32 addrspace(3)* %3552
	%3554 = add i32 %3549, 2048
	%3555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3554
	%3556 = load i32, i32 addrspace(3)* %3555
	br label %3557

3557:
	%3558 = phi i32 [ %3078, %3548 ], [ %3553, %3551 ]
	%3559 = phi i32 [ %3079, %3548 ], [ %3556, %3551 ]
	%3560 = add i32 256, %0
	%3561 = and i1 %659, %660
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
	%3571 = add i32 512, %0
	%3572 = and i1 %672, %673
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
	%3582 = add i32 768, %0
	%3583 = and i1 %685, %686
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
	%3593 = add i32 1024, %0
	%3594 = and i1 %698, %699
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
	%3604 = add i32 1280, %0
	%3605 = and i1 %711, %712
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
	%3615 = add i32 1536, %0
	%3616 = and i1 %724, %725
	br i1 %3616, label %3617, label %3623

3617:
	%3618 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3615
	%3619 = load i32, i32 addrspace(3)* %3618
	%3620 = add i32 %3615, 2048
	%3621 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3620
	%3622 = load i32, i32 addrspace(3)* %3621
	br label %3623

3623:
	%3624 = phi i32 [ %3144, %3612 ], [ %3619, %3617 ]
	%3625 = phi i32 [ %3145, %3612 ], [ %3622, %3617 ]
	%3626 = add i32 1792, %0
	%3627 = and i1 %737, %738
	br i1 %3627, label %3628, label %3634

3628:
	%3629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3626
	%3630 = load i32, i32 addrspace(3)* %3629
	%3631 = add i32 %3626, 2048
	%3632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3631
	%3633 = load i32, i32 addrspace(3)* %3632
	br label %3634

3634:
	%3635 = phi i32 [ %3155, %3623 ], [ %3630, %3628 ]
	%3636 = phi i32 [ %3156, %3623 ], [ %3633, %3628 ]
	br i1 %646, label %3637, label %3646

3637:
	%3638 = lshr i32 %3559, 24
	%3639 = and i32 %3638, 15
	%3640 = select i1 %647, i32 %3639, i32 16
	%3641 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3640)
	%3642 = and i32 %3641, %644
	%3643 = call i32 @llvm.ctpop.i32(i32 %3642)
	%3644 = icmp eq i32 %3643, 0
	%3645 = and i1 %647, %3644
	br i1 %3645, label %3648, label %3655

3646:
	%3647 = phi i32 [ 0, %3634 ], [ %3643, %3655 ]
	br i1 %659, label %3656, label %3665

3648:
	%3649 = call i32 @llvm.ctpop.i32(i32 %3641)
	%3650 = add i32 0, %4
	%3651 = mul i32 %3639, 64
	%3652 = add i32 %3651, %3650
	%3653 = add i32 0, %3652
	%3654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3653
	store i32 %3649, i32 addrspace(3)* %3654
	br label %3655

3655:
	br label %3646

3656:
	%3657 = lshr i32 %3570, 24
	%3658 = and i32 %3657, 15
	%3659 = select i1 %660, i32 %3658, i32 16
	%3660 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3659)
	%3661 = and i32 %3660, %644
	%3662 = call i32 @llvm.ctpop.i32(i32 %3661)
	%3663 = icmp eq i32 %3662, 0
	%3664 = and i1 %660, %3663
	br i1 %3664, label %3667, label %3674

3665:
	%3666 = phi i32 [ 0, %3646 ], [ %3662, %3674 ]
	br i1 %672, label %3675, label %3684

3667:
	%3668 = call i32 @llvm.ctpop.i32(i32 %3660)
	%3669 = add i32 8, %4
	%3670 = mul i32 %3658, 64
	%3671 = add i32 %3670, %3669
	%3672 = add i32 0, %3671
	%3673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3672
	store i32 %3668, i32 addrspace(3)* %3673
	br label %3674

3674:
	br label %3665

3675:
	%3676 = lshr i32 %3581, 24
	%3677 = and i32 %3676, 15
	%3678 = select i1 %673, i32 %3677, i32 16
	%3679 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3678)
	%3680 = and i32 %3679, %644
	%3681 = call i32 @llvm.ctpop.i32(i32 %3680)
	%3682 = icmp eq i32 %3681, 0
	%3683 = and i1 %673, %3682
	br i1 %3683, label %3686, label %3693

3684:
	%3685 = phi i32 [ 0, %3665 ], [ %3681, %3693 ]
	br i1 %685, label %3694, label %3703

3686:
	%3687 = call i32 @llvm.ctpop.i32(i32 %3679)
	%3688 = add i32 16, %4
	%3689 = mul i32 %3677, 64
	%3690 = add i32 %3689, %3688
	%3691 = add i32 0, %3690
	%3692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3691
	store i32 %3687, i32 addrspace(3)* %3692
	br label %3693

3693:
	br label %3684

3694:
	%3695 = lshr i32 %3592, 24
	%3696 = and i32 %3695, 15
	%3697 = select i1 %686, i32 %3696, i32 16
	%3698 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3697)
	%3699 = and i32 %3698, %644
	%3700 = call i32 @llvm.ctpop.i32(i32 %3699)
	%3701 = icmp eq i32 %3700, 0
	%3702 = and i1 %686, %3701
	br i1 %3702, label %3705, label %3712

3703:
	%3704 = phi i32 [ 0, %3684 ], [ %3700, %3712 ]
	br i1 %698, label %3713, label %3722

3705:
	%3706 = call i32 @llvm.ctpop.i32(i32 %3698)
	%3707 = add i32 24, %4
	%3708 = mul i32 %3696, 64
	%3709 = add i32 %3708, %3707
	%3710 = add i32 0, %3709
	%3711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3710
	store i32 %3706, i32 addrspace(3)* %3711
	br label %3712

3712:
	br label %3703

3713:
	%3714 = lshr i32 %3603, 24
	%3715 = and i32 %3714, 15
	%3716 = select i1 %699, i32 %3715, i32 16
	%3717 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3716)
	%3718 = and i32 %3717, %644
	%3719 = call i32 @llvm.ctpop.i32(i32 %3718)
	%3720 = icmp eq i32 %3719, 0
	%3721 = and i1 %699, %3720
	br i1 %3721, label %3724, label %3731

3722:
	%3723 = phi i32 [ 0, %3703 ], [ %3719, %3731 ]
	br i1 %711, label %3732, label %3741

3724:
	%3725 = call i32 @llvm.ctpop.i32(i32 %3717)
	%3726 = add i32 32, %4
	%3727 = mul i32 %3715, 64
	%3728 = add i32 %3727, %3726
	%3729 = add i32 0, %3728
	%3730 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3729
	store i32 %3725, i32 addrspace(3)* %3730
	br label %3731

3731:
	br label %3722

3732:
	%3733 = lshr i32 %3614, 24
	%3734 = and i32 %3733, 15
	%3735 = select i1 %712, i32 %3734, i32 16
	%3736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3735)
	%3737 = and i32 %3736, %644
	%3738 = call i32 @llvm.ctpop.i32(i32 %3737)
	%3739 = icmp eq i32 %3738, 0
	%3740 = and i1 %712, %3739
	br i1 %3740, label %3743, label %3750

3741:
	%3742 = phi i32 [ 0, %3722 ], [ %3738, %3750 ]
	br i1 %724, label %3751, label %3760

3743:
	%3744 = call i32 @llvm.ctpop.i32(i32 %3736)
	%3745 = add i32 40, %4
	%3746 = mul i32 %3734, 64
	%3747 = add i32 %3746, %3745
	%3748 = add i32 0, %3747
	%3749 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3748
	store i32 %3744, i32 addrspace(3)* %3749
	br label %3750

3750:
	br label %3741

3751:
	%3752 = lshr i32 %3625, 24
	%3753 = and i32 %3752, 15
	%3754 = select i1 %725, i32 %3753, i32 16
	%3755 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3754)
	%3756 = and i32 %3755, %644
	%3757 = call i32 @llvm.ctpop.i32(i32 %3756)
	%3758 = icmp eq i32 %3757, 0
	%3759 = and i1 %725, %3758
	br i1 %3759, label %3762, label %3769

3760:
	%3761 = phi i32 [ 0, %3741 ], [ %3757, %3769 ]
	br i1 %737, label %3770, label %3779

3762:
	%3763 = call i32 @llvm.ctpop.i32(i32 %3755)
	%3764 = add i32 48, %4
	%3765 = mul i32 %3753, 64
	%3766 = add i32 %3765, %3764
	%3767 = add i32 0, %3766
	%3768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3767
	store i32 %3763, i32 addrspace(3)* %3768
	br label %3769

3769:
	br label %3760

3770:
	%3771 = lshr i32 %3636, 24
	%3772 = and i32 %3771, 15
	%3773 = select i1 %738, i32 %3772, i32 16
	%3774 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3773)
	%3775 = and i32 %3774, %644
	%3776 = call i32 @llvm.ctpop.i32(i32 %3775)
	%3777 = icmp eq i32 %3776, 0
	%3778 = and i1 %738, %3777
	br i1 %3778, label %3824, label %3831

3779:
	%3780 = phi i32 [ 0, %3760 ], [ %3776, %3831 ]
	call void @llvm.nvvm.barrier0()
	%3781 = mul i32 %0, 4
	%3782 = add i32 %3781, 0
	%3783 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3782
	%3784 = load i32, i32 addrspace(3)* %3783
	%3785 = add i32 0, %3784
	%3786 = mul i32 %0, 4
	%3787 = add i32 %3786, 1
	%3788 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3787
	%3789 = load i32, i32 addrspace(3)* %3788
	%3790 = add i32 %3785, %3789
	%3791 = mul i32 %0, 4
	%3792 = add i32 %3791, 2
	%3793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3792
	%3794 = load i32, i32 addrspace(3)* %3793
	%3795 = add i32 %3790, %3794
	%3796 = mul i32 %0, 4
	%3797 = add i32 %3796, 3
	%3798 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3797
	%3799 = load i32, i32 addrspace(3)* %3798
	%3800 = add i32 %3795, %3799
	%3801 = and i32 %0, 31
	%3802 = lshr i32 %0, 5
	%3803 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3800, i32 1, i32 0)
	%3804 = icmp uge i32 %3801, 1
	%3805 = select i1 %3804, i32 %3803, i32 0
	%3806 = add i32 %3800, %3805
	%3807 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3806, i32 2, i32 0)
	%3808 = icmp uge i32 %3801, 2
	%3809 = select i1 %3808, i32 %3807, i32 0
	%3810 = add i32 %3806, %3809
	%3811 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3810, i32 4, i32 0)
	%3812 = icmp uge i32 %3801, 4
	%3813 = select i1 %3812, i32 %3811, i32 0
	%3814 = add i32 %3810, %3813
	%3815 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3814, i32 8, i32 0)
	%3816 = icmp uge i32 %3801, 8
	%3817 = select i1 %3816, i32 %3815, i32 0
	%3818 = add i32 %3814, %3817
	%3819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3818, i32 16, i32 0)
	%3820 = icmp uge i32 %3801, 16
	%3821 = select i1 %3820, i32 %3819, i32 0
	%3822 = add i32 %3818, %3821
	%3823 = icmp eq i32 %3801, 31
	br i1 %3823, label %3832, label %3834

3824:
	%3825 = call i32 @llvm.ctpop.i32(i32 %3774)
	%3826 = add i32 56, %4
	%3827 = mul i32 %3772, 64
	%3828 = add i32 %3827, %3826
	%3829 = add i32 0, %3828
	%3830 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3829
	store i32 %3825, i32 addrspace(3)* %3830
	br label %3831

3831:
	br label %3779

3832:
	%3833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3802
	store i32 %3822, i32 addrspace(3)* %3833
	br label %3834

3834:
	call void @llvm.nvvm.barrier0()
	%3835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3836 = load i32, i32 addrspace(3)* %3835
	%3837 = icmp sgt i32 %3802, 0
	%3838 = select i1 %3837, i32 %3836, i32 0
	%3839 = add i32 0, %3838
	%3840 = add i32 0, %3836
	%3841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3842 = load i32, i32 addrspace(3)* %3841
	%3843 = icmp sgt i32 %3802, 1
	%3844 = select i1 %3843, i32 %3842, i32 0
	%3845 = add i32 %3839, %3844
	%3846 = add i32 %3840, %3842
	%3847 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3848 = load i32, i32 addrspace(3)* %3847
	%3849 = icmp sgt i32 %3802, 2
	%3850 = select i1 %3849, i32 %3848, i32 0
	%3851 = add i32 %3845, %3850
	%3852 = add i32 %3846, %3848
	%3853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3854 = load i32, i32 addrspace(3)* %3853
	%3855 = icmp sgt i32 %3802, 3
	%3856 = select i1 %3855, i32 %3854, i32 0
	%3857 = add i32 %3851, %3856
	%3858 = add i32 %3852, %3854
	%3859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3860 = load i32, i32 addrspace(3)* %3859
	%3861 = icmp sgt i32 %3802, 4
	%3862 = select i1 %3861, i32 %3860, i32 0
	%3863 = add i32 %3857, %3862
	%3864 = add i32 %3858, %3860
	%3865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3866 = load i32, i32 addrspace(3)* %3865
	%3867 = icmp sgt i32 %3802, 5
	%3868 = select i1 %3867, i32 %3866, i32 0
	%3869 = add i32 %3863, %3868
	%3870 = add i32 %3864, %3866
	%3871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3872 = load i32, i32 addrspace(3)* %3871
	%3873 = icmp sgt i32 %3802, 6
	%3874 = select i1 %3873, i32 %3872, i32 0
	%3875 = add i32 %3869, %3874
	%3876 = add i32 %3870, %3872
	%3877 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3878 = load i32, i32 addrspace(3)* %3877
	%3879 = icmp sgt i32 %3802, 7
	%3880 = select i1 %3879, i32 %3878, i32 0
	%3881 = add i32 %3875, %3880
	%3882 = add i32 %3876, %3878
	%3883 = add i32 %3881, %3822
	%3884 = sub i32 %3883, %3800
	%3885 = mul i32 %0, 4
	%3886 = add i32 %3885, 0
	%3887 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3886
	store i32 %3884, i32 addrspace(3)* %3887
	%3888 = add i32 %3884, %3784
	%3889 = mul i32 %0, 4
	%3890 = add i32 %3889, 1
	%3891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3890
	store i32 %3888, i32 addrspace(3)* %3891
	%3892 = add i32 %3888, %3789
	%3893 = mul i32 %0, 4
	%3894 = add i32 %3893, 2
	%3895 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3894
	store i32 %3892, i32 addrspace(3)* %3895
	%3896 = add i32 %3892, %3794
	%3897 = mul i32 %0, 4
	%3898 = add i32 %3897, 3
	%3899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3898
	store i32 %3896, i32 addrspace(3)* %3899
	%3900 = add i32 %3896, %3799
	%3901 = add i32 %0, 1024
	%3902 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3901
	store i32 0, i32 addrspace(3)* %3902
	%3903 = add i32 %0, 1280
	%3904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3903
	store i32 0, i32 addrspace(3)* %3904
	%3905 = add i32 %0, 1536
	%3906 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3905
	store i32 0, i32 addrspace(3)* %3906
	%3907 = add i32 %0, 1792
	%3908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3907
	store i32 0, i32 addrspace(3)* %3908
	call void @llvm.nvvm.barrier0()
	%3909 = and i1 %646, %647
	br i1 %3909, label %3910, label %3923

3910:
	%3911 = lshr i32 %3559, 24
	%3912 = and i32 %3911, 15
	%3913 = add i32 0, %4
	%3914 = mul i32 %3912, 64
	%3915 = add i32 %3914, %3913
	%3916 = add i32 0, %3915
	%3917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3916
	%3918 = load i32, i32 addrspace(3)* %3917
	%3919 = add i32 %3918, %3647
	%3920 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3919
	store i32 %3558, i32 addrspace(3)* %3920
	%3921 = add i32 %3919, 2048
	%3922 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3921
	store i32 %3559, i32 addrspace(3)* %3922
	br label %3923

3923:
	%3924 = and i1 %659, %660
	br i1 %3924, label %3925, label %3938

3925:
	%3926 = lshr i32 %3570, 24
	%3927 = and i32 %3926, 15
	%3928 = add i32 8, %4
	%3929 = mul i32 %3927, 64
	%3930 = add i32 %3929, %3928
	%3931 = add i32 0, %3930
	%3932 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3931
	%3933 = load i32, i32 addrspace(3)* %3932
	%3934 = add i32 %3933, %3666
	%3935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3934
	store i32 %3569, i32 addrspace(3)* %3935
	%3936 = add i32 %3934, 2048
	%3937 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3936
	store i32 %3570, i32 addrspace(3)* %3937
	br label %3938

3938:
	%3939 = and i1 %672, %673
	br i1 %3939, label %3940, label %3953

3940:
	%3941 = lshr i32 %3581, 24
	%3942 = and i32 %3941, 15
	%3943 = add i32 16, %4
	%3944 = mul i32 %3942, 64
	%3945 = add i32 %3944, %3943
	%3946 = add i32 0, %3945
	%3947 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3946
	%3948 = load i32, i32 addrspace(3)* %3947
	%3949 = add i32 %3948, %3685
	%3950 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3949
	store i32 %3580, i32 addrspace(3)* %3950
	%3951 = add i32 %3949, 2048
	%3952 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3951
	store i32 %3581, i32 addrspace(3)* %3952
	br label %3953

3953:
	%3954 = and i1 %685, %686
	br i1 %3954, label %3955, label %3968

3955:
	%3956 = lshr i32 %3592, 24
	%3957 = and i32 %3956, 15
	%3958 = add i32 24, %4
	%3959 = mul i32 %3957, 64
	%3960 = add i32 %3959, %3958
	%3961 = add i32 0, %3960
	%3962 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3961
	%3963 = load i32, i32 addrspace(3)* %3962
	%3964 = add i32 %3963, %3704
	%3965 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3964
	store i32 %3591, i32 addrspace(3)* %3965
	%3966 = add i32 %3964, 2048
	%3967 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3966
	store i32 %3592, i32 addrspace(3)* %3967
	br label %3968

3968:
	%3969 = and i1 %698, %699
	br i1 %3969, label %3970, label %3983

3970:
	%3971 = lshr i32 %3603, 24
	%3972 = and i32 %3971, 15
	%3973 = add i32 32, %4
	%3974 = mul i32 %3972, 64
	%3975 = add i32 %3974, %3973
	%3976 = add i32 0, %3975
	%3977 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3976
	%3978 = load i32, i32 addrspace(3)* %3977
	%3979 = add i32 %3978, %3723
	%3980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3979
	store i32 %3602, i32 addrspace(3)* %3980
	%3981 = add i32 %3979, 2048
	%3982 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3981
	store i32 %3603, i32 addrspace(3)* %3982
	br label %3983

3983:
	%3984 = and i1 %711, %712
	br i1 %3984, label %3985, label %3998

3985:
	%3986 = lshr i32 %3614, 24
	%3987 = and i32 %3986, 15
	%3988 = add i32 40, %4
	%3989 = mul i32 %3987, 64
	%3990 = add i32 %3989, %3988
	%3991 = add i32 0, %3990
	%3992 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3991
	%3993 = load i32, i32 addrspace(3)* %3992
	%3994 = add i32 %3993, %3742
	%3995 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3994
	store i32 %3613, i32 addrspace(3)* %3995
	%3996 = add i32 %3994, 2048
	%3997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3996
	store i32 %3614, i32 addrspace(3)* %3997
	br label %3998

3998:
	%3999 = and i1 %724, %725
	br i1 %3999, label %4000, label %4013

4000:
	%4001 = lshr i32 %3625, 24
	%4002 = and i32 %4001, 15
	%4003 = add i32 48, %4
	%4004 = mul i32 %4002, 64
	%4005 = add i32 %4004, %4003
	%4006 = add i32 0, %4005
	%4007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4006
	%4008 = load i32, i32 addrspace(3)* %4007
	%4009 = add i32 %4008, %3761
	%4010 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4009
	store i32 %3624, i32 addrspace(3)* %4010
	%4011 = add i32 %4009, 2048
	%4012 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4011
	store i32 %3625, i32 addrspace(3)* %4012
	br label %4013

4013:
	%4014 = and i1 %737, %738
	br i1 %4014, label %4015, label %4028

4015:
	%4016 = lshr i32 %3636, 24
	%4017 = and i32 %4016, 15
	%4018 = add i32 56, %4
	%4019 = mul i32 %4017, 64
	%4020 = add i32 %4019, %4018
	%4021 = add i32 0, %4020
	%4022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4021
	%4023 = load i32, i32 addrspace(3)* %4022
	%4024 = add i32 %4023, %3780
	%4025 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4024
	store i32 %3635, i32 addrspace(3)* %4025
	%4026 = add i32 %4024, 2048
	%4027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4026
	store i32 %3636, i32 addrspace(3)* %4027
	br label %4028

4028:
	call void @llvm.nvvm.barrier0()
	%4029 = add i32 0, %0
	%4030 = and i1 %646, %647
	br i1 %4030, label %4031, label %4037

4031:
	%4032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4029
	%4033 = load i32, i32 addrspace(3)* %4032
	%4034 = add i32 %4029, 2048
	%4035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4034
	%4036 = load i32, i32 addrspace(3)* %4035
	br label %4037

4037:
	%4038 = phi i32 [ %3558, %4028 ], [ %4033, %4031 ]
	%4039 = phi i32 [ %3559, %4028 ], [ %4036, %4031 ]
	%4040 = add i32 256, %0
	%4041 = and i1 %659, %660
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
	%4051 = add i32 512, %0
	%4052 = and i1 %672, %673
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
	%4062 = add i32 768, %0
	%4063 = and i1 %685, %686
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
	%4073 = add i32 1024, %0
	%4074 = and i1 %698, %699
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
	%4084 = add i32 1280, %0
	%4085 = and i1 %711, %712
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
	%4095 = add i32 1536, %0
	%4096 = and i1 %724, %725
	br i1 %4096, label %4097, label %4103

4097:
	%4098 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4095
	%4099 = load i32, i32 addrspace(3)* %4098
	%4100 = add i32 %4095, 2048
	%4101 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4100
	%4102 = load i32, i32 addrspace(3)* %4101
	br label %4103

4103:
	%4104 = phi i32 [ %3624, %4092 ], [ %4099, %4097 ]
	%4105 = phi i32 [ %3625, %4092 ], [ %4102, %4097 ]
	%4106 = add i32 1792, %0
	%4107 = and i1 %737, %738
	br i1 %4107, label %4108, label %4114

4108:
	%4109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4106
	%4110 = load i32, i32 addrspace(3)* %4109
	%4111 = add i32 %4106, 2048
	%4112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4111
	%4113 = load i32, i32 addrspace(3)* %4112
	br label %4114

4114:
	%4115 = phi i32 [ %3635, %4103 ], [ %4110, %4108 ]
	%4116 = phi i32 [ %3636, %4103 ], [ %4113, %4108 ]
	br i1 %646, label %4117, label %4126

4117:
	%4118 = lshr i32 %4039, 28
	%4119 = and i32 %4118, 15
	%4120 = select i1 %647, i32 %4119, i32 16
	%4121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4120)
	%4122 = and i32 %4121, %644
	%4123 = call i32 @llvm.ctpop.i32(i32 %4122)
	%4124 = icmp eq i32 %4123, 0
	%4125 = and i1 %647, %4124
	br i1 %4125, label %4128, label %4135

4126:
	%4127 = phi i32 [ 0, %4114 ], [ %4123, %4135 ]
	br i1 %659, label %4136, label %4145

4128:
	%4129 = call i32 @llvm.ctpop.i32(i32 %4121)
	%4130 = add i32 0, %4
	%4131 = mul i32 %4119, 64
	%4132 = add i32 %4131, %4130
	%4133 = add i32 1024, %4132
	%4134 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4133
	store i32 %4129, i32 addrspace(3)* %4134
	br label %4135

4135:
	br label %4126

4136:
	%4137 = lshr i32 %4050, 28
	%4138 = and i32 %4137, 15
	%4139 = select i1 %660, i32 %4138, i32 16
	%4140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4139)
	%4141 = and i32 %4140, %644
	%4142 = call i32 @llvm.ctpop.i32(i32 %4141)
	%4143 = icmp eq i32 %4142, 0
	%4144 = and i1 %660, %4143
	br i1 %4144, label %4147, label %4154

4145:
	%4146 = phi i32 [ 0, %4126 ], [ %4142, %4154 ]
	br i1 %672, label %4155, label %4164

4147:
	%4148 = call i32 @llvm.ctpop.i32(i32 %4140)
	%4149 = add i32 8, %4
	%4150 = mul i32 %4138, 64
	%4151 = add i32 %4150, %4149
	%4152 = add i32 1024, %4151
	%4153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4152
	store i32 %4148, i32 addrspace(3)* %4153
	br label %4154

4154:
	br label %4145

4155:
	%4156 = lshr i32 %4061, 28
	%4157 = and i32 %4156, 15
	%4158 = select i1 %673, i32 %4157, i32 16
	%4159 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4158)
	%4160 = and i32 %4159, %644
	%4161 = call i32 @llvm.ctpop.i32(i32 %4160)
	%4162 = icmp eq i32 %4161, 0
	%4163 = and i1 %673, %4162
	br i1 %4163, label %4166, label %4173

4164:
	%4165 = phi i32 [ 0, %4145 ], [ %4161, %4173 ]
	br i1 %685, label %4174, label %4183

4166:
	%4167 = call i32 @llvm.ctpop.i32(i32 %4159)
	%4168 = add i32 16, %4
	%4169 = mul i32 %4157, 64
	%4170 = add i32 %4169, %4168
	%4171 = add i32 1024, %4170
	%4172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4171
	store i32 %4167, i32 addrspace(3)* %4172
	br label %4173

4173:
	br label %4164

4174:
	%4175 = lshr i32 %4072, 28
	%4176 = and i32 %4175, 15
	%4177 = select i1 %686, i32 %4176, i32 16
	%4178 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4177)
	%4179 = and i32 %4178, %644
	%4180 = call i32 @llvm.ctpop.i32(i32 %4179)
	%4181 = icmp eq i32 %4180, 0
	%4182 = and i1 %686, %4181
	br i1 %4182, label %4185, label %4192

4183:
	%4184 = phi i32 [ 0, %4164 ], [ %4180, %4192 ]
	br i1 %698, label %4193, label %4202

4185:
	%4186 = call i32 @llvm.ctpop.i32(i32 %4178)
	%4187 = add i32 24, %4
	%4188 = mul i32 %4176, 64
	%4189 = add i32 %4188, %4187
	%4190 = add i32 1024, %4189
	%4191 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4190
	store i32 %4186, i32 addrspace(3)* %4191
	br label %4192

4192:
	br label %4183

4193:
	%4194 = lshr i32 %4083, 28
	%4195 = and i32 %4194, 15
	%4196 = select i1 %699, i32 %4195, i32 16
	%4197 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4196)
	%4198 = and i32 %4197, %644
	%4199 = call i32 @llvm.ctpop.i32(i32 %4198)
	%4200 = icmp eq i32 %4199, 0
	%4201 = and i1 %699, %4200
	br i1 %4201, label %4204, label %4211

4202:
	%4203 = phi i32 [ 0, %4183 ], [ %4199, %4211 ]
	br i1 %711, label %4212, label %4221

4204:
	%4205 = call i32 @llvm.ctpop.i32(i32 %4197)
	%4206 = add i32 32, %4
	%4207 = mul i32 %4195, 64
	%4208 = add i32 %4207, %4206
	%4209 = add i32 1024, %4208
	%4210 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4209
	store i32 %4205, i32 addrspace(3)* %4210
	br label %4211

4211:
	br label %4202

4212:
	%4213 = lshr i32 %4094, 28
	%4214 = and i32 %4213, 15
	%4215 = select i1 %712, i32 %4214, i32 16
	%4216 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4215)
	%4217 = and i32 %4216, %644
	%4218 = call i32 @llvm.ctpop.i32(i32 %4217)
	%4219 = icmp eq i32 %4218, 0
	%4220 = and i1 %712, %4219
	br i1 %4220, label %4223, label %4230

4221:
	%4222 = phi i32 [ 0, %4202 ], [ %4218, %4230 ]
	br i1 %724, label %4231, label %4240

4223:
	%4224 = call i32 @llvm.ctpop.i32(i32 %4216)
	%4225 = add i32 40, %4
	%4226 = mul i32 %4214, 64
	%4227 = add i32 %4226, %4225
	%4228 = add i32 1024, %4227
	%4229 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4228
	store i32 %4224, i32 addrspace(3)* %4229
	br label %4230

4230:
	br label %4221

4231:
	%4232 = lshr i32 %4105, 28
	%4233 = and i32 %4232, 15
	%4234 = select i1 %725, i32 %4233, i32 16
	%4235 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4234)
	%4236 = and i32 %4235, %644
	%4237 = call i32 @llvm.ctpop.i32(i32 %4236)
	%4238 = icmp eq i32 %4237, 0
	%4239 = and i1 %725, %4238
	br i1 %4239, label %4242, label %4249

4240:
	%4241 = phi i32 [ 0, %4221 ], [ %4237, %4249 ]
	br i1 %737, label %4250, label %4259

4242:
	%4243 = call i32 @llvm.ctpop.i32(i32 %4235)
	%4244 = add i32 48, %4
	%4245 = mul i32 %4233, 64
	%4246 = add i32 %4245, %4244
	%4247 = add i32 1024, %4246
	%4248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4247
	store i32 %4243, i32 addrspace(3)* %4248
	br label %4249

4249:
	br label %4240

4250:
	%4251 = lshr i32 %4116, 28
	%4252 = and i32 %4251, 15
	%4253 = select i1 %738, i32 %4252, i32 16
	%4254 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4253)
	%4255 = and i32 %4254, %644
	%4256 = call i32 @llvm.ctpop.i32(i32 %4255)
	%4257 = icmp eq i32 %4256, 0
	%4258 = and i1 %738, %4257
	br i1 %4258, label %4304, label %4311

4259:
	%4260 = phi i32 [ 0, %4240 ], [ %4256, %4311 ]
	call void @llvm.nvvm.barrier0()
	%4261 = mul i32 %0, 4
	%4262 = add i32 %4261, 1024
	%4263 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4262
	%4264 = load i32, i32 addrspace(3)* %4263
	%4265 = add i32 0, %4264
	%4266 = mul i32 %0, 4
	%4267 = add i32 %4266, 1025
	%4268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4267
	%4269 = load i32, i32 addrspace(3)* %4268
	%4270 = add i32 %4265, %4269
	%4271 = mul i32 %0, 4
	%4272 = add i32 %4271, 1026
	%4273 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4272
	%4274 = load i32, i32 addrspace(3)* %4273
	%4275 = add i32 %4270, %4274
	%4276 = mul i32 %0, 4
	%4277 = add i32 %4276, 1027
	%4278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4277
	%4279 = load i32, i32 addrspace(3)* %4278
	%4280 = add i32 %4275, %4279
	%4281 = and i32 %0, 31
	%4282 = lshr i32 %0, 5
	%4283 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4280, i32 1, i32 0)
	%4284 = icmp uge i32 %4281, 1
	%4285 = select i1 %4284, i32 %4283, i32 0
	%4286 = add i32 %4280, %4285
	%4287 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4286, i32 2, i32 0)
	%4288 = icmp uge i32 %4281, 2
	%4289 = select i1 %4288, i32 %4287, i32 0
	%4290 = add i32 %4286, %4289
	%4291 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4290, i32 4, i32 0)
	%4292 = icmp uge i32 %4281, 4
	%4293 = select i1 %4292, i32 %4291, i32 0
	%4294 = add i32 %4290, %4293
	%4295 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4294, i32 8, i32 0)
	%4296 = icmp uge i32 %4281, 8
	%4297 = select i1 %4296, i32 %4295, i32 0
	%4298 = add i32 %4294, %4297
	%4299 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4298, i32 16, i32 0)
	%4300 = icmp uge i32 %4281, 16
	%4301 = select i1 %4300, i32 %4299, i32 0
	%4302 = add i32 %4298, %4301
	%4303 = icmp eq i32 %4281, 31
	br i1 %4303, label %4312, label %4314

4304:
	%4305 = call i32 @llvm.ctpop.i32(i32 %4254)
	%4306 = add i32 56, %4
	%4307 = mul i32 %4252, 64
	%4308 = add i32 %4307, %4306
	%4309 = add i32 1024, %4308
	%4310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4309
	store i32 %4305, i32 addrspace(3)* %4310
	br label %4311

4311:
	br label %4259

4312:
	%4313 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4282
	store i32 %4302, i32 addrspace(3)* %4313
	br label %4314

4314:
	call void @llvm.nvvm.barrier0()
	%4315 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4316 = load i32, i32 addrspace(3)* %4315
	%4317 = icmp sgt i32 %4282, 0
	%4318 = select i1 %4317, i32 %4316, i32 0
	%4319 = add i32 0, %4318
	%4320 = add i32 0, %4316
	%4321 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4322 = load i32, i32 addrspace(3)* %4321
	%4323 = icmp sgt i32 %4282, 1
	%4324 = select i1 %4323, i32 %4322, i32 0
	%4325 = add i32 %4319, %4324
	%4326 = add i32 %4320, %4322
	%4327 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4328 = load i32, i32 addrspace(3)* %4327
	%4329 = icmp sgt i32 %4282, 2
	%4330 = select i1 %4329, i32 %4328, i32 0
	%4331 = add i32 %4325, %4330
	%4332 = add i32 %4326, %4328
	%4333 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4334 = load i32, i32 addrspace(3)* %4333
	%4335 = icmp sgt i32 %4282, 3
	%4336 = select i1 %4335, i32 %4334, i32 0
	%4337 = add i32 %4331, %4336
	%4338 = add i32 %4332, %4334
	%4339 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4340 = load i32, i32 addrspace(3)* %4339
	%4341 = icmp sgt i32 %4282, 4
	%4342 = select i1 %4341, i32 %4340, i32 0
	%4343 = add i32 %4337, %4342
	%4344 = add i32 %4338, %4340
	%4345 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4346 = load i32, i32 addrspace(3)* %4345
	%4347 = icmp sgt i32 %4282, 5
	%4348 = select i1 %4347, i32 %4346, i32 0
	%4349 = add i32 %4343, %4348
	%4350 = add i32 %4344, %4346
	%4351 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4352 = load i32, i32 addrspace(3)* %4351
	%4353 = icmp sgt i32 %4282, 6
	%4354 = select i1 %4353, i32 %4352, i32 0
	%4355 = add i32 %4349, %4354
	%4356 = add i32 %4350, %4352
	%4357 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4358 = load i32, i32 addrspace(3)* %4357
	%4359 = icmp sgt i32 %4282, 7
	%4360 = select i1 %4359, i32 %4358, i32 0
	%4361 = add i32 %4355, %4360
	%4362 = add i32 %4356, %4358
	%4363 = add i32 %4361, %4302
	%4364 = sub i32 %4363, %4280
	%4365 = mul i32 %0, 4
	%4366 = add i32 %4365, 1024
	%4367 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4366
	store i32 %4364, i32 addrspace(3)* %4367
	%4368 = add i32 %4364, %4264
	%4369 = mul i32 %0, 4
	%4370 = add i32 %4369, 1025
	%4371 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4370
	store i32 %4368, i32 addrspace(3)* %4371
	%4372 = add i32 %4368, %4269
	%4373 = mul i32 %0, 4
	%4374 = add i32 %4373, 1026
	%4375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4374
	store i32 %4372, i32 addrspace(3)* %4375
	%4376 = add i32 %4372, %4274
	%4377 = mul i32 %0, 4
	%4378 = add i32 %4377, 1027
	%4379 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4378
	store i32 %4376, i32 addrspace(3)* %4379
	%4380 = add i32 %4376, %4279
	%4381 = add i32 %0, 0
	%4382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4381
	store i32 0, i32 addrspace(3)* %4382
	%4383 = add i32 %0, 256
	%4384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4383
	store i32 0, i32 addrspace(3)* %4384
	%4385 = add i32 %0, 512
	%4386 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4385
	store i32 0, i32 addrspace(3)* %4386
	%4387 = add i32 %0, 768
	%4388 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4387
	store i32 0, i32 addrspace(3)* %4388
	call void @llvm.nvvm.barrier0()
	%4389 = and i1 %646, %647
	br i1 %4389, label %4390, label %4408

4390:
	%4391 = lshr i32 %4039, 28
	%4392 = and i32 %4391, 15
	%4393 = add i32 0, %4
	%4394 = mul i32 %4392, 64
	%4395 = add i32 %4394, %4393
	%4396 = add i32 1024, %4395
	%4397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4396
	%4398 = load i32, i32 addrspace(3)* %4397
	%4399 = add i32 %4398, %4127
	%4400 = add i32 %421, %4399
	%4401 = add i32 %13, %4400
	%4402 = sext i32 %4401 to i64
	%4403 = getelementptr i32, i32* %list, i64 %4402
	store i32 %4038, i32* %4403
	%4404 = add i32 %13, %NK
	%4405 = add i32 %4404, %4400
	%4406 = sext i32 %4405 to i64
	%4407 = getelementptr i32, i32* %list, i64 %4406
	store i32 0, i32* %4407
	br label %4408

4408:
	%4409 = and i1 %659, %660
	br i1 %4409, label %4410, label %4428

4410:
	%4411 = lshr i32 %4050, 28
	%4412 = and i32 %4411, 15
	%4413 = add i32 8, %4
	%4414 = mul i32 %4412, 64
	%4415 = add i32 %4414, %4413
	%4416 = add i32 1024, %4415
	%4417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4416
	%4418 = load i32, i32 addrspace(3)* %4417
	%4419 = add i32 %4418, %4146
	%4420 = add i32 %421, %4419
	%4421 = add i32 %13, %4420
	%4422 = sext i32 %4421 to i64
	%4423 = getelementptr i32, i32* %list, i64 %4422
	store i32 %4049, i32* %4423
	%4424 = add i32 %13, %NK
	%4425 = add i32 %4424, %4420
	%4426 = sext i32 %4425 to i64
	%4427 = getelementptr i32, i32* %list, i64 %4426
	store i32 0, i32* %4427
	br label %4428

4428:
	%4429 = and i1 %672, %673
	br i1 %4429, label %4430, label %4448

4430:
	%4431 = lshr i32 %4061, 28
	%4432 = and i32 %4431, 15
	%4433 = add i32 16, %4
	%4434 = mul i32 %4432, 64
	%4435 = add i32 %4434, %4433
	%4436 = add i32 1024, %4435
	%4437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4436
	%4438 = load i32, i32 addrspace(3)* %4437
	%4439 = add i32 %4438, %4165
	%4440 = add i32 %421, %4439
	%4441 = add i32 %13, %4440
	%4442 = sext i32 %4441 to i64
	%4443 = getelementptr i32, i32* %list, i64 %4442
	store i32 %4060, i32* %4443
	%4444 = add i32 %13, %NK
	%4445 = add i32 %4444, %4440
	%4446 = sext i32 %4445 to i64
	%4447 = getelementptr i32, i32* %list, i64 %4446
	store i32 0, i32* %4447
	br label %4448

4448:
	%4449 = and i1 %685, %686
	br i1 %4449, label %4450, label %4468

4450:
	%4451 = lshr i32 %4072, 28
	%4452 = and i32 %4451, 15
	%4453 = add i32 24, %4
	%4454 = mul i32 %4452, 64
	%4455 = add i32 %4454, %4453
	%4456 = add i32 1024, %4455
	%4457 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4456
	%4458 = load i32, i32 addrspace(3)* %4457
	%4459 = add i32 %4458, %4184
	%4460 = add i32 %421, %4459
	%4461 = add i32 %13, %4460
	%4462 = sext i32 %4461 to i64
	%4463 = getelementptr i32, i32* %list, i64 %4462
	store i32 %4071, i32* %4463
	%4464 = add i32 %13, %NK
	%4465 = add i32 %4464, %4460
	%4466 = sext i32 %4465 to i64
	%4467 = getelementptr i32, i32* %list, i64 %4466
	store i32 0, i32* %4467
	br label %4468

4468:
	%4469 = and i1 %698, %699
	br i1 %4469, label %4470, label %4488

4470:
	%4471 = lshr i32 %4083, 28
	%4472 = and i32 %4471, 15
	%4473 = add i32 32, %4
	%4474 = mul i32 %4472, 64
	%4475 = add i32 %4474, %4473
	%4476 = add i32 1024, %4475
	%4477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4476
	%4478 = load i32, i32 addrspace(3)* %4477
	%4479 = add i32 %4478, %4203
	%4480 = add i32 %421, %4479
	%4481 = add i32 %13, %4480
	%4482 = sext i32 %4481 to i64
	%4483 = getelementptr i32, i32* %list, i64 %4482
	store i32 %4082, i32* %4483
	%4484 = add i32 %13, %NK
	%4485 = add i32 %4484, %4480
	%4486 = sext i32 %4485 to i64
	%4487 = getelementptr i32, i32* %list, i64 %4486
	store i32 0, i32* %4487
	br label %4488

4488:
	%4489 = and i1 %711, %712
	br i1 %4489, label %4490, label %4508

4490:
	%4491 = lshr i32 %4094, 28
	%4492 = and i32 %4491, 15
	%4493 = add i32 40, %4
	%4494 = mul i32 %4492, 64
	%4495 = add i32 %4494, %4493
	%4496 = add i32 1024, %4495
	%4497 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4496
	%4498 = load i32, i32 addrspace(3)* %4497
	%4499 = add i32 %4498, %4222
	%4500 = add i32 %421, %4499
	%4501 = add i32 %13, %4500
	%4502 = sext i32 %4501 to i64
	%4503 = getelementptr i32, i32* %list, i64 %4502
	store i32 %4093, i32* %4503
	%4504 = add i32 %13, %NK
	%4505 = add i32 %4504, %4500
	%4506 = sext i32 %4505 to i64
	%4507 = getelementptr i32, i32* %list, i64 %4506
	store i32 0, i32* %4507
	br label %4508

4508:
	%4509 = and i1 %724, %725
	br i1 %4509, label %4510, label %4528

4510:
	%4511 = lshr i32 %4105, 28
	%4512 = and i32 %4511, 15
	%4513 = add i32 48, %4
	%4514 = mul i32 %4512, 64
	%4515 = add i32 %4514, %4513
	%4516 = add i32 1024, %4515
	%4517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4516
	%4518 = load i32, i32 addrspace(3)* %4517
	%4519 = add i32 %4518, %4241
	%4520 = add i32 %421, %4519
	%4521 = add i32 %13, %4520
	%4522 = sext i32 %4521 to i64
	%4523 = getelementptr i32, i32* %list, i64 %4522
	store i32 %4104, i32* %4523
	%4524 = add i32 %13, %NK
	%4525 = add i32 %4524, %4520
	%4526 = sext i32 %4525 to i64
	%4527 = getelementptr i32, i32* %list, i64 %4526
	store i32 0, i32* %4527
	br label %4528

4528:
	%4529 = and i1 %737, %738
	br i1 %4529, label %4530, label %4548

4530:
	%4531 = lshr i32 %4116, 28
	%4532 = and i32 %4531, 15
	%4533 = add i32 56, %4
	%4534 = mul i32 %4532, 64
	%4535 = add i32 %4534, %4533
	%4536 = add i32 1024, %4535
	%4537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4536
	%4538 = load i32, i32 addrspace(3)* %4537
	%4539 = add i32 %4538, %4260
	%4540 = add i32 %421, %4539
	%4541 = add i32 %13, %4540
	%4542 = sext i32 %4541 to i64
	%4543 = getelementptr i32, i32* %list, i64 %4542
	store i32 %4115, i32* %4543
	%4544 = add i32 %13, %NK
	%4545 = add i32 %4544, %4540
	%4546 = sext i32 %4545 to i64
	%4547 = getelementptr i32, i32* %list, i64 %4546
	store i32 0, i32* %4547
	br label %4548

4548:
	br label %write_done

4549:
	%4550 = phi i32 [ %631, %write_sort ], [ %4554, %4552 ]
	%4551 = icmp slt i32 %4550, %630
	br i1 %4551, label %4552, label %4555

4552:
	%4553 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4550
	store i32 -1, i32 addrspace(3)* %4553
	%4554 = add i32 %4550, 256
	br label %4549

4555:
	call void @llvm.nvvm.barrier0()
	%4556 = add i32 %629, 1
	br label %4557

4557:
	%4558 = phi i32 [ 1, %4555 ], [ %4574, %4573 ]
	%4559 = icmp slt i32 %4558, %4556
	br i1 %4559, label %4560, label %4562

4560:
	%4561 = shl i32 1, %4558
	br label %4563

4562:
	br label %4615

4563:
	%4564 = phi i32 [ 0, %4560 ], [ %4609, %4608 ]
	%4565 = icmp slt i32 %4564, %4558
	br i1 %4565, label %4566, label %4573

4566:
	%4567 = sub i32 %4558, 1
	%4568 = sub i32 %4567, %4564
	%4569 = shl i32 1, %4568
	%4570 = sub i32 %4558, 1
	%4571 = sub i32 %4570, %4564
	%4572 = lshr i32 %630, 1
	br label %4575

4573:
	%4574 = add i32 %4558, 1
	br label %4557

4575:
	%4576 = phi i32 [ %0, %4566 ], [ %4614, %4613 ]
	%4577 = icmp slt i32 %4576, %4572
	br i1 %4577, label %4578, label %4608

4578:
	%4579 = lshr i32 %4576, %4571
	%4580 = add i32 %4571, 1
	%4581 = shl i32 %4579, %4580
	%4582 = sub i32 %4569, 1
	%4583 = and i32 %4576, %4582
	%4584 = or i32 %4581, %4583
	%4585 = or i32 %4584, %4569
	%4586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4584
	%4587 = load i32, i32 addrspace(3)* %4586
	%4588 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4585
	%4589 = load i32, i32 addrspace(3)* %4588
	%4590 = and i32 %4584, %4561
	%4591 = icmp eq i32 %4590, 0
	%4592 = icmp sge i32 %4589, 0
	%4593 = select i1 %4592, i32 %4589, i32 0
	%4594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4593
	%4595 = load i32, i32 addrspace(3)* %4594
	%4596 = select i1 %4592, i32 %4595, i32 0
	%4597 = icmp sge i32 %4587, 0
	%4598 = select i1 %4597, i32 %4587, i32 0
	%4599 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4598
	%4600 = load i32, i32 addrspace(3)* %4599
	%4601 = select i1 %4597, i32 %4600, i32 0
	%4602 = icmp ugt i32 %4596, %4601
	%4603 = icmp eq i32 %4596, %4601
	%4604 = icmp slt i32 %4589, %4587
	%4605 = and i1 %4603, %4604
	%4606 = or i1 %4602, %4605
	%4607 = icmp eq i1 %4606, %4591
	br i1 %4607, label %4610, label %4613

4608:
	call void @llvm.nvvm.barrier0()
	%4609 = add i32 %4564, 1
	br label %4563

4610:
	%4611 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4584
	store i32 %4589, i32 addrspace(3)* %4611
	%4612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4585
	store i32 %4587, i32 addrspace(3)* %4612
	br label %4613

4613:
	%4614 = add i32 %4576, 256
	br label %4575

4615:
	%4616 = phi i32 [ %0, %4562 ], [ %4629, %4618 ]
	%4617 = icmp slt i32 %4616, %424
	br i1 %4617, label %4618, label %4630

4618:
	%4619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4616
	%4620 = load i32, i32 addrspace(3)* %4619
	%4621 = add i32 %421, %4616
	%4622 = add i32 %13, %4621
	%4623 = sext i32 %4622 to i64
	%4624 = getelementptr i32, i32* %list, i64 %4623
	store i32 %4620, i32* %4624
	%4625 = add i32 %13, %NK
	%4626 = add i32 %4625, %4621
	%4627 = sext i32 %4626 to i64
	%4628 = getelementptr i32, i32* %list, i64 %4627
	store i32 0, i32* %4628
	%4629 = add i32 %4616, 256
	br label %4615

4630:
	br label %write_done

4631:
	%4632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4633 = load i32, i32 addrspace(3)* %4632
	%4634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4633
	%4635 = load i32, i32 addrspace(3)* %4634
	%4636 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %4635, i32 addrspace(3)* %4636
	br label %4637

4637:
	call void @llvm.nvvm.barrier0()
	br i1 %618, label %4638, label %4643

4638:
	%4639 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4640 = load i32, i32 addrspace(3)* %4639
	%4641 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%4642 = load i32, i32 addrspace(3)* %4641
	br label %4644

4643:
	br label %write_done

4644:
	%4645 = phi i32 [ 0, %4638 ], [ %4660, %4648 ]
	%4646 = phi i32 [ 0, %4638 ], [ %4659, %4648 ]
	%4647 = icmp slt i32 %4645, %424
	br i1 %4647, label %4648, label %4661

4648:
	%4649 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %4645
	%4650 = load i32, i32 addrspace(3)* %4649
	%4651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4645
	%4652 = load i32, i32 addrspace(3)* %4651
	%4653 = icmp ugt i32 %4650, %4642
	%4654 = icmp eq i32 %4650, %4642
	%4655 = icmp slt i32 %4652, %4640
	%4656 = and i1 %4654, %4655
	%4657 = or i1 %4653, %4656
	%4658 = zext i1 %4657 to i32
	%4659 = add i32 %4646, %4658
	%4660 = add i32 %4645, 1
	br label %4644

4661:
	%4662 = add i32 %421, %4646
	%4663 = add i32 %13, %4662
	%4664 = sext i32 %4663 to i64
	%4665 = getelementptr i32, i32* %list, i64 %4664
	store i32 %4640, i32* %4665
	%4666 = add i32 %13, %NK
	%4667 = add i32 %4666, %4662
	%4668 = sext i32 %4667 to i64
	%4669 = getelementptr i32, i32* %list, i64 %4668
	store i32 0, i32* %4669
	br label %4643

4670:
	%4671 = phi i32 [ %641, %write_done ], [ %4681, %4673 ]
	%4672 = icmp slt i32 %4671, %640
	br i1 %4672, label %4673, label %4682

4673:
	%4674 = add i32 %13, %4671
	%4675 = sext i32 %4674 to i64
	%4676 = getelementptr i32, i32* %list, i64 %4675
	store i32 -1, i32* %4676
	%4677 = add i32 %13, %NK
	%4678 = add i32 %4677, %4671
	%4679 = sext i32 %4678 to i64
	%4680 = getelementptr i32, i32* %list, i64 %4679
	store i32 -1, i32* %4680
	%4681 = add i32 %4671, 256
	br label %4670

4682:
	ret void
}
