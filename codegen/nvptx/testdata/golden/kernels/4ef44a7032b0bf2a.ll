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
	br i1 %619, label %write_rank, label %write_sort

620:
	%621 = add i32 %599, %0
	%622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %616
	store i32 %621, i32 addrspace(3)* %622
	br label %623

623:
	%624 = add i32 %599, 256
	br label %598

write_rank:
	br i1 %618, label %724, label %730

write_sort:
	%625 = sub i32 %424, 1
	%626 = call i32 @llvm.ctlz.i32(i32 %625, i1 false)
	%627 = icmp sgt i32 %424, 1
	%628 = sub i32 32, %626
	%629 = select i1 %627, i32 %628, i32 0
	%630 = shl i32 1, %629
	%631 = add i32 %424, %0
	br label %642

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
	br label %763

642:
	%643 = phi i32 [ %631, %write_sort ], [ %647, %645 ]
	%644 = icmp slt i32 %643, %630
	br i1 %644, label %645, label %648

645:
	%646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %643
	store i32 -1, i32 addrspace(3)* %646
	%647 = add i32 %643, 256
	br label %642

648:
	call void @llvm.nvvm.barrier0()
	%649 = add i32 %629, 1
	br label %650

650:
	%651 = phi i32 [ 1, %648 ], [ %667, %666 ]
	%652 = icmp slt i32 %651, %649
	br i1 %652, label %653, label %655

653:
	%654 = shl i32 1, %651
	br label %656

655:
	br label %708

656:
	%657 = phi i32 [ 0, %653 ], [ %702, %701 ]
	%658 = icmp slt i32 %657, %651
	br i1 %658, label %659, label %666

659:
	%660 = sub i32 %651, 1
	%661 = sub i32 %660, %657
	%662 = shl i32 1, %661
	%663 = sub i32 %651, 1
	%664 = sub i32 %663, %657
	%665 = lshr i32 %630, 1
	br label %668

666:
	%667 = add i32 %651, 1
	br label %650

668:
	%669 = phi i32 [ %0, %659 ], [ %707, %706 ]
	%670 = icmp slt i32 %669, %665
	br i1 %670, label %671, label %701

671:
	%672 = lshr i32 %669, %664
	%673 = add i32 %664, 1
	%674 = shl i32 %672, %673
	%675 = sub i32 %662, 1
	%676 = and i32 %669, %675
	%677 = or i32 %674, %676
	%678 = or i32 %677, %662
	%679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %677
	%680 = load i32, i32 addrspace(3)* %679
	%681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %678
	%682 = load i32, i32 addrspace(3)* %681
	%683 = and i32 %677, %654
	%684 = icmp eq i32 %683, 0
	%685 = icmp sge i32 %682, 0
	%686 = select i1 %685, i32 %682, i32 0
	%687 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %686
	%688 = load i32, i32 addrspace(3)* %687
	%689 = select i1 %685, i32 %688, i32 0
	%690 = icmp sge i32 %680, 0
	%691 = select i1 %690, i32 %680, i32 0
	%692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %691
	%693 = load i32, i32 addrspace(3)* %692
	%694 = select i1 %690, i32 %693, i32 0
	%695 = icmp ugt i32 %689, %694
	%696 = icmp eq i32 %689, %694
	%697 = icmp slt i32 %682, %680
	%698 = and i1 %696, %697
	%699 = or i1 %695, %698
	%700 = icmp eq i1 %699, %684
	br i1 %700, label %703, label %706

701:
	call void @llvm.nvvm.barrier0()
	%702 = add i32 %657, 1
	br label %656

703:
	%704 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %677
	store i32 %682, i32 addrspace(3)* %704
	%705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %678
	store i32 %680, i32 addrspace(3)* %705
	br label %706

706:
	%707 = add i32 %669, 256
	br label %668

708:
	%709 = phi i32 [ %0, %655 ], [ %722, %711 ]
	%710 = icmp slt i32 %709, %424
	br i1 %710, label %711, label %723

711:
	%712 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %709
	%713 = load i32, i32 addrspace(3)* %712
	%714 = add i32 %421, %709
	%715 = add i32 %13, %714
	%716 = sext i32 %715 to i64
	%717 = getelementptr i32, i32* %list, i64 %716
	store i32 %713, i32* %717
	%718 = add i32 %13, %NK
	%719 = add i32 %718, %714
	%720 = sext i32 %719 to i64
	%721 = getelementptr i32, i32* %list, i64 %720
	store i32 0, i32* %721
	%722 = add i32 %709, 256
	br label %708

723:
	br label %write_done

724:
	%725 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%726 = load i32, i32 addrspace(3)* %725
	%727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %726
	%728 = load i32, i32 addrspace(3)* %727
	%729 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %728, i32 addrspace(3)* %729
	br label %730

730:
	call void @llvm.nvvm.barrier0()
	br i1 %618, label %731, label %736

731:
	%732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%733 = load i32, i32 addrspace(3)* %732
	%734 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%735 = load i32, i32 addrspace(3)* %734
	br label %737

736:
	br label %write_done

737:
	%738 = phi i32 [ 0, %731 ], [ %753, %741 ]
	%739 = phi i32 [ 0, %731 ], [ %752, %741 ]
	%740 = icmp slt i32 %738, %424
	br i1 %740, label %741, label %754

741:
	%742 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %738
	%743 = load i32, i32 addrspace(3)* %742
	%744 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %738
	%745 = load i32, i32 addrspace(3)* %744
	%746 = icmp ugt i32 %743, %735
	%747 = icmp eq i32 %743, %735
	%748 = icmp slt i32 %745, %733
	%749 = and i1 %747, %748
	%750 = or i1 %746, %749
	%751 = zext i1 %750 to i32
	%752 = add i32 %739, %751
	%753 = add i32 %738, 1
	br label %737

754:
	%755 = add i32 %421, %739
	%756 = add i32 %13, %755
	%757 = sext i32 %756 to i64
	%758 = getelementptr i32, i32* %list, i64 %757
	store i32 %733, i32* %758
	%759 = add i32 %13, %NK
	%760 = add i32 %759, %755
	%761 = sext i32 %760 to i64
	%762 = getelementptr i32, i32* %list, i64 %761
	store i32 0, i32* %762
	br label %736

763:
	%764 = phi i32 [ %641, %write_done ], [ %774, %766 ]
	%765 = icmp slt i32 %764, %640
	br i1 %765, label %766, label %775

766:
	%767 = add i32 %13, %764
	%768 = sext i32 %767 to i64
	%769 = getelementptr i32, i32* %list, i64 %768
	store i32 -1, i32* %769
	%770 = add i32 %13, %NK
	%771 = add i32 %770, %764
	%772 = sext i32 %771 to i64
	%773 = getelementptr i32, i32* %list, i64 %772
	store i32 -1, i32* %773
	%774 = add i32 %764, 256
	br label %763

775:
	ret void
}
