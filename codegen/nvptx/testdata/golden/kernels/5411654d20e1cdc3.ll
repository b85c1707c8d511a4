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
	br i1 %418, label %434, label %442

419:
	call void @llvm.nvvm.barrier0()
	%420 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%421 = load i32, i32 addrspace(3)* %420
	%422 = sub i32 %413, %421
	%423 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%424 = load double, double addrspace(3)* %423
	%425 = fsub double 0x3FECCCCCCCCCCCCD, %424
	%426 = fmul double %425, 262144.0
	%427 = call double @llvm.ceil.f64(double %426)
	%428 = call double @llvm.maxnum.f64(double %427, double 0.0)
	%429 = call double @llvm.minnum.f64(double %428, double 1.073741824e+09)
	%430 = fptosi double %429 to i32
	%431 = add i32 %430, 1
	call void @llvm.nvvm.barrier0()
	%432 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %432
	%433 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %433
	call void @llvm.nvvm.barrier0()
	br label %499

434:
	%435 = add i32 %13, 0
	%436 = sext i32 %435 to i64
	%437 = getelementptr i32, i32* %list, i64 %436
	store i32 0, i32* %437
	%438 = add i32 %13, %NK
	%439 = add i32 %438, 0
	%440 = sext i32 %439 to i64
	%441 = getelementptr i32, i32* %list, i64 %440
	store i32 1, i32* %441
	br label %442

442:
	%443 = add i32 %11, 0
	%444 = sext i32 %443 to i64
	%445 = getelementptr float, float* %e, i64 %444
	%446 = load float, float* %445
	%447 = add i32 0, 1
	%448 = select i1 %418, i32 %447, i32 0
	%449 = fpext float %446 to double
	%450 = fadd double 0.0, %449
	%451 = select i1 %418, double %450, double 0.0
	%452 = mul i32 %1, 64
	%453 = sdiv i32 %452, 256
	%454 = mul i32 %453, 256
	%455 = sdiv i32 %454, 64
	%456 = add i32 %453, 1
	%457 = mul i32 %456, 256
	%458 = sdiv i32 %457, 64
	%459 = icmp slt i32 %324, %455
	%460 = select i1 %459, i32 %324, i32 %455
	%461 = icmp sgt i32 %460, 1
	%462 = select i1 %461, i32 %460, i32 1
	%463 = add i32 %332, 1
	%464 = icmp sgt i32 %463, %458
	%465 = select i1 %464, i32 %463, i32 %458
	%466 = icmp slt i32 %465, %NK
	%467 = select i1 %466, i32 %465, i32 %NK
	br label %468

468:
	%469 = phi i32 [ %462, %442 ], [ %498, %488 ]
	%470 = phi i32 [ %448, %442 ], [ %494, %488 ]
	%471 = phi double [ %451, %442 ], [ %497, %488 ]
	%472 = icmp slt i32 %469, %467
	br i1 %472, label %473, label %477

473:
	%474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %469
	%475 = load i32, i32 addrspace(3)* %474
	%476 = icmp eq i32 %475, 1
	br i1 %476, label %480, label %488

477:
	%478 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %470, i32 addrspace(3)* %478
	%479 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %471, double addrspace(3)* %479
	br label %419

480:
	%481 = add i32 %13, %470
	%482 = sext i32 %481 to i64
	%483 = getelementptr i32, i32* %list, i64 %482
	store i32 %469, i32* %483
	%484 = add i32 %13, %NK
	%485 = add i32 %484, %470
	%486 = sext i32 %485 to i64
	%487 = getelementptr i32, i32* %list, i64 %486
	store i32 1, i32* %487
	br label %488

488:
	%489 = add i32 %11, %469
	%490 = sext i32 %489 to i64
	%491 = getelementptr float, float* %e, i64 %490
	%492 = load float, float* %491
	%493 = add i32 %470, 1
	%494 = select i1 %476, i32 %493, i32 %470
	%495 = fpext float %492 to double
	%496 = fadd double %471, %495
	%497 = select i1 %476, double %496, double %471
	%498 = add i32 %469, 1
	br label %468

499:
	%500 = phi i32 [ %0, %419 ], [ %569, %568 ]
	%501 = icmp slt i32 %500, %16
	br i1 %501, label %502, label %512

502:
	%503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %500
	%504 = load i32, i32 addrspace(3)* %503
	%505 = icmp uge i32 %504, 2
	%506 = and i32 %504, 0
	%507 = icmp eq i32 %506, 0
	%508 = and i1 %505, %507
	%509 = lshr i32 %504, 24
	%510 = and i32 %509, 255
	%511 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %508)
	br i1 %511, label %541, label %549

512:
	call void @llvm.nvvm.barrier0()
	%513 = sub i32 255, %0
	%514 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %513
	%515 = load i32, i32 addrspace(3)* %514
	%516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %513
	%517 = load i32, i32 addrspace(3)* %516
	%518 = and i32 %0, 31
	%519 = lshr i32 %0, 5
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %517, i32 1, i32 0)
	%521 = icmp uge i32 %518, 1
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %517, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 2, i32 0)
	%525 = icmp uge i32 %518, 2
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 4, i32 0)
	%529 = icmp uge i32 %518, 4
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %531, i32 8, i32 0)
	%533 = icmp uge i32 %518, 8
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %531, %534
	%536 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %535, i32 16, i32 0)
	%537 = icmp uge i32 %518, 16
	%538 = select i1 %537, i32 %536, i32 0
	%539 = add i32 %535, %538
	%540 = icmp eq i32 %518, 31
	br i1 %540, label %570, label %572

541:
	%542 = select i1 %508, i32 %510, i32 256
	%543 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %542)
	%544 = shl i32 1, %3
	%545 = sub i32 %544, 1
	%546 = and i32 %543, %545
	%547 = icmp eq i32 %546, 0
	%548 = and i1 %508, %547
	br i1 %548, label %560, label %564

549:
	%550 = sub i32 %504, 2
	%551 = bitcast i32 %550 to float
	%552 = fcmp ogt float %551, 0.0
	%553 = select i1 %552, float %551, float 0.0
	%554 = fcmp olt float %553, 1.0
	%555 = select i1 %554, float %553, float 1.0
	%556 = fmul float %555, 262144.0
	%557 = fptosi float %556 to i32
	%558 = icmp sgt i32 %557, 0
	%559 = and i1 %508, %558
	br i1 %559, label %565, label %568

560:
	%561 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %510
	%562 = call i32 @llvm.ctpop.i32(i32 %543)
	%563 = atomicrmw add i32 addrspace(3)* %561, i32 %562 monotonic
	br label %564

564:
	br label %549

565:
	%566 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %510
	%567 = atomicrmw add i32 addrspace(3)* %566, i32 %557 monotonic
	br label %568

568:
	%569 = add i32 %500, 256
	br label %499

570:
	%571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %519
	store i32 %539, i32 addrspace(3)* %571
	br label %572

572:
	call void @llvm.nvvm.barrier0()
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %519, 0
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 0, %576
	%578 = add i32 0, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %519, 1
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%586 = load i32, i32 addrspace(3)* %585
	%587 = icmp sgt i32 %519, 2
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = add i32 %584, %586
	%591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%592 = load i32, i32 addrspace(3)* %591
	%593 = icmp sgt i32 %519, 3
	%594 = select i1 %593, i32 %592, i32 0
	%595 = add i32 %589, %594
	%596 = add i32 %590, %592
	%597 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%598 = load i32, i32 addrspace(3)* %597
	%599 = icmp sgt i32 %519, 4
	%600 = select i1 %599, i32 %598, i32 0
	%601 = add i32 %595, %600
	%602 = add i32 %596, %598
	%603 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%604 = load i32, i32 addrspace(3)* %603
	%605 = icmp sgt i32 %519, 5
	%606 = select i1 %605, i32 %604, i32 0
	%607 = add i32 %601, %606
	%608 = add i32 %602, %604
	%609 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%610 = load i32, i32 addrspace(3)* %609
	%611 = icmp sgt i32 %519, 6
	%612 = select i1 %611, i32 %610, i32 0
	%613 = add i32 %607, %612
	%614 = add i32 %608, %610
	%615 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%616 = load i32, i32 addrspace(3)* %615
	%617 = icmp sgt i32 %519, 7
	%618 = select i1 %617, i32 %616, i32 0
	%619 = add i32 %613, %618
	%620 = add i32 %614, %616
	%621 = add i32 %619, %539
	%622 = sub i32 %621, %517
	%623 = and i32 %0, 31
	%624 = lshr i32 %0, 5
	%625 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %515, i32 1, i32 0)
	%626 = icmp uge i32 %623, 1
	%627 = select i1 %626, i32 %625, i32 0
	%628 = add i32 %515, %627
	%629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %628, i32 2, i32 0)
	%630 = icmp uge i32 %623, 2
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %628, %631
	%633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %632, i32 4, i32 0)
	%634 = icmp uge i32 %623, 4
	%635 = select i1 %634, i32 %633, i32 0
	%636 = add i32 %632, %635
	%637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %636, i32 8, i32 0)
	%638 = icmp uge i32 %623, 8
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %636, %639
	%641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %640, i32 16, i32 0)
	%642 = icmp uge i32 %623, 16
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %640, %643
	%645 = icmp eq i32 %623, 31
	br i1 %645, label %646, label %648

646:
	%647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %624
	store i32 %644, i32 addrspace(3)* %647
	br label %648

648:
	call void @llvm.nvvm.barrier0()
	%649 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%650 = load i32, i32 addrspace(3)* %649
	%651 = icmp sgt i32 %624, 0
	%652 = select i1 %651, i32 %650, i32 0
	%653 = add i32 0, %652
	%654 = add i32 0, %650
	%655 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%656 = load i32, i32 addrspace(3)* %655
	%657 = icmp sgt i32 %624, 1
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %653, %658
	%660 = add i32 %654, %656
	%661 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%662 = load i32, i32 addrspace(3)* %661
	%663 = icmp sgt i32 %624, 2
	%664 = select i1 %663, i32 %662, i32 0
	%665 = add i32 %659, %664
	%666 = add i32 %660, %662
	%667 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%668 = load i32, i32 addrspace(3)* %667
	%669 = icmp sgt i32 %624, 3
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %665, %670
	%672 = add i32 %666, %668
	%673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%674 = load i32, i32 addrspace(3)* %673
	%675 = icmp sgt i32 %624, 4
	%676 = select i1 %675, i32 %674, i32 0
	%677 = add i32 %671, %676
	%678 = add i32 %672, %674
	%679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%680 = load i32, i32 addrspace(3)* %679
	%681 = icmp sgt i32 %624, 5
	%682 = select i1 %681, i32 %680, i32 0
	%683 = add i32 %677, %682
	%684 = add i32 %678, %680
	%685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%686 = load i32, i32 addrspace(3)* %685
	%687 = icmp sgt i32 %624, 6
	%688 = select i1 %687, i32 %686, i32 0
	%689 = add i32 %683, %688
	%690 = add i32 %684, %686
	%691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%692 = load i32, i32 addrspace(3)* %691
	%693 = icmp sgt i32 %624, 7
	%694 = select i1 %693, i32 %692, i32 0
	%695 = add i32 %689, %694
	%696 = add i32 %690, %692
	%697 = add i32 %695, %644
	%698 = sub i32 %697, %515
	%699 = icmp slt i32 %622, %431
	%700 = add i32 %622, %517
	%701 = icmp sle i32 %431, %700
	%702 = and i1 %699, %701
	%703 = icmp slt i32 %620, %431
	%704 = icmp eq i32 %0, 0
	%705 = and i1 %703, %704
	%706 = or i1 %702, %705
	br i1 %706, label %707, label %713

707:
	%708 = select i1 %703, i32 0, i32 %513
	%709 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %708, i32 addrspace(3)* %709
	%710 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %622, i32 addrspace(3)* %710
	%711 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %698, i32 addrspace(3)* %711
	%712 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %515, i32 addrspace(3)* %712
	br label %713

713:
	call void @llvm.nvvm.barrier0()
	%714 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%715 = load i32, i32 addrspace(3)* %714
	%716 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%717 = load i32, i32 addrspace(3)* %716
	%718 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%719 = load i32, i32 addrspace(3)* %718
	%720 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%721 = load i32, i32 addrspace(3)* %720
	%722 = shl i32 %715, 24
	%723 = or i32 0, %722
	%724 = sub i32 %431, %717
	%725 = add i32 0, %719
	%726 = or i1 false, %703
	%727 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%728 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %728
	%729 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %729
	call void @llvm.nvvm.barrier0()
	br label %730

730:
	%731 = phi i32 [ %0, %713 ], [ %800, %799 ]
	%732 = icmp slt i32 %731, %16
	br i1 %732, label %733, label %743

733:
	%734 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %731
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp uge i32 %735, 2
	%737 = and i32 %735, %727
	%738 = icmp eq i32 %737, %723
	%739 = and i1 %736, %738
	%740 = lshr i32 %735, 16
	%741 = and i32 %740, 255
	%742 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %739)
	br i1 %742, label %772, label %780

743:
	call void @llvm.nvvm.barrier0()
	%744 = sub i32 255, %0
	%745 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %744
	%746 = load i32, i32 addrspace(3)* %745
	%747 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %744
	%748 = load i32, i32 addrspace(3)* %747
	%749 = and i32 %0, 31
	%750 = lshr i32 %0, 5
	%751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %748, i32 1, i32 0)
	%752 = icmp uge i32 %749, 1
	%753 = select i1 %752, i32 %751, i32 0
	%754 = add i32 %748, %753
	%755 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %754, i32 2, i32 0)
	%756 = icmp uge i32 %749, 2
	%757 = select i1 %756, i32 %755, i32 0
	%758 = add i32 %754, %757
	%759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %758, i32 4, i32 0)
	%760 = icmp uge i32 %749, 4
	%761 = select i1 %760, i32 %759, i32 0
	%762 = add i32 %758, %761
	%763 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %762, i32 8, i32 0)
	%764 = icmp uge i32 %749, 8
	%765 = select i1 %764, i32 %763, i32 0
	%766 = add i32 %762, %765
	%767 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %766, i32 16, i32 0)
	%768 = icmp uge i32 %749, 16
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %766, %769
	%771 = icmp eq i32 %749, 31
	br i1 %771, label %801, label %803

772:
	%773 = select i1 %739, i32 %741, i32 256
	%774 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %773)
	%775 = shl i32 1, %3
	%776 = sub i32 %775, 1
	%777 = and i32 %774, %776
	%778 = icmp eq i32 %777, 0
	%779 = and i1 %739, %778
	br i1 %779, label %791, label %795

780:
	%781 = sub i32 %735, 2
	%782 = bitcast i32 %781 to float
	%783 = fcmp ogt float %782, 0.0
	%784 = select i1 %783, float %782, float 0.0
	%785 = fcmp olt float %784, 1.0
	%786 = select i1 %785, float %784, float 1.0
	%787 = fmul float %786, 262144.0
	%788 = fptosi float %787 to i32
	%789 = icmp sgt i32 %788, 0
	%790 = and i1 %739, %789
	br i1 %790, label %796, label %799

791:
	%792 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %741
	%793 = call i32 @llvm.ctpop.i32(i32 %774)
	%794 = atomicrmw add i32 addrspace(3)* %792, i32 %793 monotonic
	br label %795

795:
	br label %780

796:
	%797 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %741
	%798 = atomicrmw add i32 addrspace(3)* %797, i32 %788 monotonic
	br label %799

799:
	%800 = add i32 %731, 256
	br label %730

801:
	%802 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %750
	store i32 %770, i32 addrspace(3)* %802
	br label %803

803:
	call void @llvm.nvvm.barrier0()
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %750, 0
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 0, %807
	%809 = add i32 0, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %750, 1
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%817 = load i32, i32 addrspace(3)* %816
	%818 = icmp sgt i32 %750, 2
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %814, %819
	%821 = add i32 %815, %817
	%822 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%823 = load i32, i32 addrspace(3)* %822
	%824 = icmp sgt i32 %750, 3
	%825 = select i1 %824, i32 %823, i32 0
	%826 = add i32 %820, %825
	%827 = add i32 %821, %823
	%828 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%829 = load i32, i32 addrspace(3)* %828
	%830 = icmp sgt i32 %750, 4
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %826, %831
	%833 = add i32 %827, %829
	%834 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%835 = load i32, i32 addrspace(3)* %834
	%836 = icmp sgt i32 %750, 5
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %832, %837
	%839 = add i32 %833, %835
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %750, 6
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %838, %843
	%845 = add i32 %839, %841
	%846 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%847 = load i32, i32 addrspace(3)* %846
	%848 = icmp sgt i32 %750, 7
	%849 = select i1 %848, i32 %847, i32 0
	%850 = add i32 %844, %849
	%851 = add i32 %845, %847
	%852 = add i32 %850, %770
	%853 = sub i32 %852, %748
	%854 = and i32 %0, 31
	%855 = lshr i32 %0, 5
	%856 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %746, i32 1, i32 0)
	%857 = icmp uge i32 %854, 1
	%858 = select i1 %857, i32 %856, i32 0
	%859 = add i32 %746, %858
	%860 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %859, i32 2, i32 0)
	%861 = icmp uge i32 %854, 2
	%862 = select i1 %861, i32 %860, i32 0
	%863 = add i32 %859, %862
	%864 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %863, i32 4, i32 0)
	%865 = icmp uge i32 %854, 4
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 %863, %866
	%868 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %867, i32 8, i32 0)
	%869 = icmp uge i32 %854, 8
	%870 = select i1 %869, i32 %868, i32 0
	%871 = add i32 %867, %870
	%872 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %871, i32 16, i32 0)
	%873 = icmp uge i32 %854, 16
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %871, %874
	%876 = icmp eq i32 %854, 31
	br i1 %876, label %877, label %879

877:
	%878 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %855
	store i32 %875, i32 addrspace(3)* %878
	br label %879

879:
	call void @llvm.nvvm.barrier0()
	%880 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%881 = load i32, i32 addrspace(3)* %880
	%882 = icmp sgt i32 %855, 0
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 0, %883
	%885 = add i32 0, %881
	%886 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%887 = load i32, i32 addrspace(3)* %886
	%888 = icmp sgt i32 %855, 1
	%889 = select i1 %888, i32 %887, i32 0
	%890 = add i32 %884, %889
	%891 = add i32 %885, %887
	%892 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%893 = load i32, i32 addrspace(3)* %892
	%894 = icmp sgt i32 %855, 2
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = add i32 %891, %893
	%898 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%899 = load i32, i32 addrspace(3)* %898
	%900 = icmp sgt i32 %855, 3
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = add i32 %897, %899
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%905 = load i32, i32 addrspace(3)* %904
	%906 = icmp sgt i32 %855, 4
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %902, %907
	%909 = add i32 %903, %905
	%910 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%911 = load i32, i32 addrspace(3)* %910
	%912 = icmp sgt i32 %855, 5
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %908, %913
	%915 = add i32 %909, %911
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%917 = load i32, i32 addrspace(3)* %916
	%918 = icmp sgt i32 %855, 6
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %914, %919
	%921 = add i32 %915, %917
	%922 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%923 = load i32, i32 addrspace(3)* %922
	%924 = icmp sgt i32 %855, 7
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %920, %925
	%927 = add i32 %921, %923
	%928 = add i32 %926, %875
	%929 = sub i32 %928, %746
	%930 = icmp slt i32 %853, %724
	%931 = add i32 %853, %748
	%932 = icmp sle i32 %724, %931
	%933 = and i1 %930, %932
	%934 = icmp slt i32 %851, %724
	%935 = icmp eq i32 %0, 0
	%936 = and i1 %934, %935
	%937 = or i1 %933, %936
	br i1 %937, label %938, label %944

938:
	%939 = select i1 %934, i32 0, i32 %744
	%940 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %939, i32 addrspace(3)* %940
	%941 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %853, i32 addrspace(3)* %941
	%942 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %929, i32 addrspace(3)* %942
	%943 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %746, i32 addrspace(3)* %943
	br label %944

944:
	call void @llvm.nvvm.barrier0()
	%945 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%946 = load i32, i32 addrspace(3)* %945
	%947 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%948 = load i32, i32 addrspace(3)* %947
	%949 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%950 = load i32, i32 addrspace(3)* %949
	%951 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%952 = load i32, i32 addrspace(3)* %951
	%953 = shl i32 %946, 16
	%954 = or i32 %723, %953
	%955 = sub i32 %724, %948
	%956 = add i32 %725, %950
	%957 = or i1 %726, %934
	%958 = or i32 %727, u0xFF0000
	%959 = add i32 %956, %952
	%960 = select i1 %957, i32 %422, i32 %959
	%961 = select i1 %957, i32 2, i32 %954
	%962 = icmp sge i32 %960, 0
	%963 = sub i32 %961, 1
	%964 = icmp slt i32 0, %422
	%965 = select i1 %964, i32 0, i32 %422
	%966 = select i1 %962, i32 %960, i32 %965
	br label %mass

mass:
	%967 = phi i32 [ %966, %944 ], [ %1945, %1933 ]
	%968 = phi i1 [ true, %944 ], [ false, %1933 ]
	%969 = and i1 %968, %962
	br i1 %969, label %mass_bins, label %mass_topk

mass_done:
	%970 = icmp sgt i32 %1935, 0
	%971 = select i1 %970, i32 %1935, i32 0
	%972 = add i32 %421, %971
	%973 = add i32 %972, %0
	br label %2418

mass_bins:
	%974 = shl i32 1, %3
	%975 = sub i32 %974, 1
	br label %984

mass_topk:
	%976 = icmp sgt i32 %967, 0
	br i1 %976, label %topk, label %topk_done

mass_taken:
	%977 = sub i32 %967, 1
	%978 = call i32 @llvm.ctlz.i32(i32 %977, i1 false)
	%979 = icmp sgt i32 %967, 1
	%980 = sub i32 32, %978
	%981 = select i1 %979, i32 %980, i32 0
	%982 = shl i32 1, %981
	%983 = add i32 %967, %0
	br label %1847

984:
	%985 = phi i32 [ 0, %mass_bins ], [ %1033, %1032 ]
	%986 = icmp slt i32 %985, %16
	br i1 %986, label %987, label %995

987:
	%988 = add i32 %985, %0
	%989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %988
	%990 = load i32, i32 addrspace(3)* %989
	%991 = icmp ugt i32 %990, %963
	%992 = icmp eq i32 %990, %963
	%993 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %991)
	%994 = icmp eq i32 %3, 0
	br i1 %994, label %1026, label %1032

995:
	call void @llvm.nvvm.barrier0()
	%996 = sdiv i32 %16, 256
	%997 = mul i32 %996, 8
	%998 = icmp slt i32 %0, %997
	%999 = select i1 %998, i32 %0, i32 0
	%1000 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %999
	%1001 = load i32, i32 addrspace(3)* %1000
	%1002 = select i1 %998, i32 %1001, i32 0
	%1003 = and i32 %0, 31
	%1004 = lshr i32 %0, 5
	%1005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 1, i32 0)
	%1006 = icmp uge i32 %1003, 1
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1002, %1007
	%1009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1008, i32 2, i32 0)
	%1010 = icmp uge i32 %1003, 2
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = add i32 %1008, %1011
	%1013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1012, i32 4, i32 0)
	%1014 = icmp uge i32 %1003, 4
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = add i32 %1012, %1015
	%1017 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1016, i32 8, i32 0)
	%1018 = icmp uge i32 %1003, 8
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1016, %1019
	%1021 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1020, i32 16, i32 0)
	%1022 = icmp uge i32 %1003, 16
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1020, %1023
	%1025 = icmp eq i32 %1003, 31
	br i1 %1025, label %1034, label %1036

1026:
	%1027 = sdiv i32 %985, 256
	%1028 = mul i32 %1027, 8
	%1029 = add i32 %1028, %4
	%1030 = call i32 @llvm.ctpop.i32(i32 %993)
	%1031 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1029
	store i32 %1030, i32 addrspace(3)* %1031
	br label %1032

1032:
	%1033 = add i32 %985, 256
	br label %984

1034:
	%1035 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1004
	store i32 %1024, i32 addrspace(3)* %1035
	br label %1036

1036:
	call void @llvm.nvvm.barrier0()
	%1037 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1038 = load i32, i32 addrspace(3)* %1037
	%1039 = icmp sgt i32 %1004, 0
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 0, %1040
	%1042 = add i32 0, %1038
	%1043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1044 = load i32, i32 addrspace(3)* %1043
	%1045 = icmp sgt i32 %1004, 1
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = add i32 %1041, %1046
	%1048 = add i32 %1042, %1044
	%1049 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = icmp sgt i32 %1004, 2
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1047, %1052
	%1054 = add i32 %1048, %1050
	%1055 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1056 = load i32, i32 addrspace(3)* %1055
	%1057 = icmp sgt i32 %1004, 3
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = add i32 %1053, %1058
	%1060 = add i32 %1054, %1056
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %1004, 4
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1059, %1064
	%1066 = add i32 %1060, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %1004, 5
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %1004, 6
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1080 = load i32, i32 addrspace(3)* %1079
	%1081 = icmp sgt i32 %1004, 7
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = add i32 %1077, %1082
	%1084 = add i32 %1078, %1080
	%1085 = add i32 %1083, %1024
	%1086 = sub i32 %1085, %1002
	br i1 %998, label %1087, label %1089

1087:
	%1088 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1086, i32 addrspace(3)* %1088
	br label %1089

1089:
	call void @llvm.nvvm.barrier0()
	br label %1090

1090:
	%1091 = phi i32 [ 0, %1089 ], [ %1114, %1113 ]
	%1092 = icmp slt i32 %1091, %16
	br i1 %1092, label %1093, label %1109

1093:
	%1094 = add i32 %1091, %0
	%1095 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1094
	%1096 = load i32, i32 addrspace(3)* %1095
	%1097 = icmp ugt i32 %1096, %963
	%1098 = icmp eq i32 %1096, %963
	%1099 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1097)
	%1100 = sdiv i32 %1091, 256
	%1101 = mul i32 %1100, 8
	%1102 = add i32 %1101, %4
	%1103 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1097)
	%1104 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1102
	%1105 = load i32, i32 addrspace(3)* %1104
	%1106 = and i32 %1103, %975
	%1107 = call i32 @llvm.ctpop.i32(i32 %1106)
	%1108 = add i32 %1105, %1107
	br i1 %1097, label %1110, label %1113

1109:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1110:
	%1111 = add i32 %1091, %0
	%1112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1108
	store i32 %1111, i32 addrspace(3)* %1112
	br label %1113

1113:
	%1114 = add i32 %1091, 256
	br label %1090

topk:
	call void @llvm.nvvm.barrier0()
	%1115 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1115
	call void @llvm.nvvm.barrier0()
	br label %1116

topk_done:
	br label %mass_taken

1116:
	%1117 = phi i32 [ %0, %topk ], [ %1166, %1165 ]
	%1118 = icmp slt i32 %1117, %16
	br i1 %1118, label %1119, label %1129

1119:
	%1120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1117
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = icmp uge i32 %1121, 2
	%1123 = and i32 %1121, 0
	%1124 = icmp eq i32 %1123, 0
	%1125 = and i1 %1122, %1124
	%1126 = lshr i32 %1121, 24
	%1127 = and i32 %1126, 255
	%1128 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1125)
	br i1 %1128, label %1157, label %1165

1129:
	call void @llvm.nvvm.barrier0()
	%1130 = sub i32 255, %0
	%1131 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1130
	%1132 = load i32, i32 addrspace(3)* %1131
	%1133 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1133
	%1134 = and i32 %0, 31
	%1135 = lshr i32 %0, 5
	%1136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1132, i32 1, i32 0)
	%1137 = icmp uge i32 %1134, 1
	%1138 = select i1 %1137, i32 %1136, i32 0
	%1139 = add i32 %1132, %1138
	%1140 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1139, i32 2, i32 0)
	%1141 = icmp uge i32 %1134, 2
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1139, %1142
	%1144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1143, i32 4, i32 0)
	%1145 = icmp uge i32 %1134, 4
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 %1143, %1146
	%1148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1147, i32 8, i32 0)
	%1149 = icmp uge i32 %1134, 8
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 %1147, %1150
	%1152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1151, i32 16, i32 0)
	%1153 = icmp uge i32 %1134, 16
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1151, %1154
	%1156 = icmp eq i32 %1134, 31
	br i1 %1156, label %1172, label %1174

1157:
	%1158 = select i1 %1125, i32 %1127, i32 256
	%1159 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1158)
	%1160 = shl i32 1, %3
	%1161 = sub i32 %1160, 1
	%1162 = and i32 %1159, %1161
	%1163 = icmp eq i32 %1162, 0
	%1164 = and i1 %1125, %1163
	br i1 %1164, label %1167, label %1171

1165:
	%1166 = add i32 %1117, 256
	br label %1116

1167:
	%1168 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1127
	%1169 = call i32 @llvm.ctpop.i32(i32 %1159)
	%1170 = atomicrmw add i32 addrspace(3)* %1168, i32 %1169 monotonic
	br label %1171

1171:
	br label %1165

1172:
	%1173 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1135
	store i32 %1155, i32 addrspace(3)* %1173
	br label %1174

1174:
	call void @llvm.nvvm.barrier0()
	%1175 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1176 = load i32, i32 addrspace(3)* %1175
	%1177 = icmp sgt i32 %1135, 0
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = add i32 0, %1178
	%1180 = add i32 0, %1176
	%1181 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1182 = load i32, i32 addrspace(3)* %1181
	%1183 = icmp sgt i32 %1135, 1
	%1184 = select i1 %1183, i32 %1182, i32 0
	%1185 = add i32 %1179, %1184
	%1186 = add i32 %1180, %1182
	%1187 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1188 = load i32, i32 addrspace(3)* %1187
	%1189 = icmp sgt i32 %1135, 2
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = add i32 %1185, %1190
	%1192 = add i32 %1186, %1188
	%1193 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1194 = load i32, i32 addrspace(3)* %1193
	%1195 = icmp sgt i32 %1135, 3
	%1196 = select i1 %1195, i32 %1194, i32 0
	%1197 = add i32 %1191, %1196
	%1198 = add i32 %1192, %1194
	%1199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = icmp sgt i32 %1135, 4
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = add i32 %1197, %1202
	%1204 = add i32 %1198, %1200
	%1205 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1206 = load i32, i32 addrspace(3)* %1205
	%1207 = icmp sgt i32 %1135, 5
	%1208 = select i1 %1207, i32 %1206, i32 0
	%1209 = add i32 %1203, %1208
	%1210 = add i32 %1204, %1206
	%1211 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1212 = load i32, i32 addrspace(3)* %1211
	%1213 = icmp sgt i32 %1135, 6
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = add i32 %1209, %1214
	%1216 = add i32 %1210, %1212
	%1217 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1218 = load i32, i32 addrspace(3)* %1217
	%1219 = icmp sgt i32 %1135, 7
	%1220 = select i1 %1219, i32 %1218, i32 0
	%1221 = add i32 %1215, %1220
	%1222 = add i32 %1216, %1218
	%1223 = add i32 %1221, %1155
	%1224 = sub i32 %1223, %1132
	%1225 = icmp slt i32 %1224, %967
	%1226 = add i32 %1224, %1132
	%1227 = icmp sle i32 %967, %1226
	%1228 = and i1 %1225, %1227
	br i1 %1228, label %1229, label %1232

1229:
	%1230 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1130, i32 addrspace(3)* %1230
	%1231 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1224, i32 addrspace(3)* %1231
	br label %1232

1232:
	call void @llvm.nvvm.barrier0()
	%1233 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1234 = load i32, i32 addrspace(3)* %1233
	%1235 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1236 = load i32, i32 addrspace(3)* %1235
	%1237 = sub i32 %967, %1236
	%1238 = shl i32 %1234, 24
	%1239 = or i32 0, %1238
	%1240 = or i32 0, u0xFF000000
	br label %1241

1241:
	%1242 = phi i32 [ %0, %1232 ], [ %1291, %1290 ]
	%1243 = icmp slt i32 %1242, %16
	br i1 %1243, label %1244, label %1254

1244:
	%1245 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1242
	%1246 = load i32, i32 addrspace(3)* %1245
	%1247 = icmp uge i32 %1246, 2
	%1248 = and i32 %1246, %1240
	%1249 = icmp eq i32 %1248, %1239
	%1250 = and i1 %1247, %1249
	%1251 = lshr i32 %1246, 16
	%1252 = and i32 %1251, 255
	%1253 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1250)
	br i1 %1253, label %1282, label %1290

1254:
	call void @llvm.nvvm.barrier0()
	%1255 = sub i32 255, %0
	%1256 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1255
	%1257 = load i32, i32 addrspace(3)* %1256
	%1258 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1258
	%1259 = and i32 %0, 31
	%1260 = lshr i32 %0, 5
	%1261 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1257, i32 1, i32 0)
	%1262 = icmp uge i32 %1259, 1
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 %1257, %1263
	%1265 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1264, i32 2, i32 0)
	%1266 = icmp uge i32 %1259, 2
	%1267 = select i1 %1266, i32 %1265, i32 0
	%1268 = add i32 %1264, %1267
	%1269 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1268, i32 4, i32 0)
	%1270 = icmp uge i32 %1259, 4
	%1271 = select i1 %1270, i32 %1269, i32 0
	%1272 = add i32 %1268, %1271
	%1273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1272, i32 8, i32 0)
	%1274 = icmp uge i32 %1259, 8
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1272, %1275
	%1277 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1276, i32 16, i32 0)
	%1278 = icmp uge i32 %1259, 16
	%1279 = select i1 %1278, i32 %1277, i32 0
	%1280 = add i32 %1276, %1279
	%1281 = icmp eq i32 %1259, 31
	br i1 %1281, label %1297, label %1299

1282:
	%1283 = select i1 %1250, i32 %1252, i32 256
	%1284 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1283)
	%1285 = shl i32 1, %3
	%1286 = sub i32 %1285, 1
	%1287 = and i32 %1284, %1286
	%1288 = icmp eq i32 %1287, 0
	%1289 = and i1 %1250, %1288
	br i1 %1289, label %1292, label %1296

1290:
	%1291 = add i32 %1242, 256
	br label %1241

1292:
	%1293 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1252
	%1294 = call i32 @llvm.ctpop.i32(i32 %1284)
	%1295 = atomicrmw add i32 addrspace(3)* %1293, i32 %1294 monotonic
	br label %1296

1296:
	br label %1290

1297:
	%1298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1260
	store i32 %1280, i32 addrspace(3)* %1298
	br label %1299

1299:
	call void @llvm.nvvm.barrier0()
	%1300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = icmp sgt i32 %1260, 0
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 0, %1303
	%1305 = add i32 0, %1301
	%1306 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1307 = load i32, i32 addrspace(3)* %1306
	%1308 = icmp sgt i32 %1260, 1
	%1309 = select i1 %1308, i32 %1307, i32 0
	%1310 = add i32 %1304, %1309
	%1311 = add i32 %1305, %1307
	%1312 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = icmp sgt i32 %1260, 2
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = add i32 %1310, %1315
	%1317 = add i32 %1311, %1313
	%1318 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = icmp sgt i32 %1260, 3
	%1321 = select i1 %1320, i32 %1319, i32 0
	%1322 = add i32 %1316, %1321
	%1323 = add i32 %1317, %1319
	%1324 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1325 = load i32, i32 addrspace(3)* %1324
	%1326 = icmp sgt i32 %1260, 4
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = add i32 %1322, %1327
	%1329 = add i32 %1323, %1325
	%1330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp sgt i32 %1260, 5
	%1333 = select i1 %1332, i32 %1331, i32 0
	%1334 = add i32 %1328, %1333
	%1335 = add i32 %1329, %1331
	%1336 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1337 = load i32, i32 addrspace(3)* %1336
	%1338 = icmp sgt i32 %1260, 6
	%1339 = select i1 %1338, i32 %1337, i32 0
	%1340 = add i32 %1334, %1339
	%1341 = add i32 %1335, %1337
	%1342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1343 = load i32, i32 addrspace(3)* %1342
	%1344 = icmp sgt i32 %1260, 7
	%1345 = select i1 %1344, i32 %1343, i32 0
	%1346 = add i32 %1340, %1345
	%1347 = add i32 %1341, %1343
	%1348 = add i32 %1346, %1280
	%1349 = sub i32 %1348, %1257
	%1350 = icmp slt i32 %1349, %1237
	%1351 = add i32 %1349, %1257
	%1352 = icmp sle i32 %1237, %1351
	%1353 = and i1 %1350, %1352
	br i1 %1353, label %1354, label %1357

1354:
	%1355 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1255, i32 addrspace(3)* %1355
	%1356 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1349, i32 addrspace(3)* %1356
	br label %1357

1357:
	call void @llvm.nvvm.barrier0()
	%1358 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1359 = load i32, i32 addrspace(3)* %1358
	%1360 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1361 = load i32, i32 addrspace(3)* %1360
	%1362 = sub i32 %1237, %1361
	%1363 = shl i32 %1359, 16
	%1364 = or i32 %1239, %1363
	%1365 = or i32 %1240, u0xFF0000
	br label %1366

1366:
	%1367 = phi i32 [ %0, %1357 ], [ %1416, %1415 ]
	%1368 = icmp slt i32 %1367, %16
	br i1 %1368, label %1369, label %1379

1369:
	%1370 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1367
	%1371 = load i32, i32 addrspace(3)* %1370
	%1372 = icmp uge i32 %1371, 2
	%1373 = and i32 %1371, %1365
	%1374 = icmp eq i32 %1373, %1364
	%1375 = and i1 %1372, %1374
	%1376 = lshr i32 %1371, 8
	%1377 = and i32 %1376, 255
	%1378 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1375)
	br i1 %1378, label %1407, label %1415

1379:
	call void @llvm.nvvm.barrier0()
	%1380 = sub i32 255, %0
	%1381 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1380
	%1382 = load i32, i32 addrspace(3)* %1381
	%1383 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1383
	%1384 = and i32 %0, 31
	%1385 = lshr i32 %0, 5
	%1386 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1382, i32 1, i32 0)
	%1387 = icmp uge i32 %1384, 1
	%1388 = select i1 %1387, i32 %1386, i32 0
	%1389 = add i32 %1382, %1388
	%1390 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1389, i32 2, i32 0)
	%1391 = icmp uge i32 %1384, 2
	%1392 = select i1 %1391, i32 %1390, i32 0
	%1393 = add i32 %1389, %1392
	%1394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1393, i32 4, i32 0)
	%1395 = icmp uge i32 %1384, 4
	%1396 = select i1 %1395, i32 %1394, i32 0
	%1397 = add i32 %1393, %1396
	%1398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1397, i32 8, i32 0)
	%1399 = icmp uge i32 %1384, 8
	%1400 = select i1 %1399, i32 %1398, i32 0
	%1401 = add i32 %1397, %1400
	%1402 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1401, i32 16, i32 0)
	%1403 = icmp uge i32 %1384, 16
	%1404 = select i1 %1403, i32 %1402, i32 0
	%1405 = add i32 %1401, %1404
	%1406 = icmp eq i32 %1384, 31
	br i1 %1406, label %1422, label %1424

1407:
	%1408 = select i1 %1375, i32 %1377, i32 256
	%1409 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1408)
	%1410 = shl i32 1, %3
	%1411 = sub i32 %1410, 1
	%1412 = and i32 %1409, %1411
	%1413 = icmp eq i32 %1412, 0
	%1414 = and i1 %1375, %1413
	br i1 %1414, label %1417, label %1421

1415:
	%1416 = add i32 %1367, 256
	br label %1366

1417:
	%1418 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1377
	%1419 = call i32 @llvm.ctpop.i32(i32 %1409)
	%1420 = atomicrmw add i32 addrspace(3)* %1418, i32 %1419 monotonic
	br label %1421

1421:
	br label %1415

1422:
	%1423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1385
	store i32 %1405, i32 addrspace(3)* %1423
	br label %1424

1424:
	call void @llvm.nvvm.barrier0()
	%1425 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1426 = load i32, i32 addrspace(3)* %1425
	%1427 = icmp sgt i32 %1385, 0
	%1428 = select i1 %1427, i32 %1426, i32 0
	%1429 = add i32 0, %1428
	%1430 = add i32 0, %1426
	%1431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1432 = load i32, i32 addrspace(3)* %1431
	%1433 = icmp sgt i32 %1385, 1
	%1434 = select i1 %1433, i32 %1432, i32 0
	%1435 = add i32 %1429, %1434
	%1436 = add i32 %1430, %1432
	%1437 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1438 = load i32, i32 addrspace(3)* %1437
	%1439 = icmp sgt i32 %1385, 2
	%1440 = select i1 %1439, i32 %1438, i32 0
	%1441 = add i32 %1435, %1440
	%1442 = add i32 %1436, %1438
	%1443 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1444 = load i32, i32 addrspace(3)* %1443
	%1445 = icmp sgt i32 %1385, 3
	%1446 = select i1 %1445, i32 %1444, i32 0
	%1447 = add i32 %1441, %1446
	%1448 = add i32 %1442, %1444
	%1449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = icmp sgt i32 %1385, 4
	%1452 = select i1 %1451, i32 %1450, i32 0
	%1453 = add i32 %1447, %1452
	%1454 = add i32 %1448, %1450
	%1455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1456 = load i32, i32 addrspace(3)* %1455
	%1457 = icmp sgt i32 %1385, 5
	%1458 = select i1 %1457, i32 %1456, i32 0
	%1459 = add i32 %1453, %1458
	%1460 = add i32 %1454, %1456
	%1461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1462 = load i32, i32 addrspace(3)* %1461
	%1463 = icmp sgt i32 %1385, 6
	%1464 = select i1 %1463, i32 %1462, i32 0
	%1465 = add i32 %1459, %1464
	%1466 = add i32 %1460, %1462
	%1467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1468 = load i32, i32 addrspace(3)* %1467
	%1469 = icmp sgt i32 %1385, 7
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = add i32 %1465, %1470
	%1472 = add i32 %1466, %1468
	%1473 = add i32 %1471, %1405
	%1474 = sub i32 %1473, %1382
	%1475 = icmp slt i32 %1474, %1362
	%1476 = add i32 %1474, %1382
	%1477 = icmp sle i32 %1362, %1476
	%1478 = and i1 %1475, %1477
	br i1 %1478, label %1479, label %1482

1479:
	%1480 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1380, i32 addrspace(3)* %1480
	%1481 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1474, i32 addrspace(3)* %1481
	br label %1482

1482:
	call void @llvm.nvvm.barrier0()
	%1483 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1484 = load i32, i32 addrspace(3)* %1483
	%1485 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1486 = load i32, i32 addrspace(3)* %1485
	%1487 = sub i32 %1362, %1486
	%1488 = shl i32 %1484, 8
	%1489 = or i32 %1364, %1488
	%1490 = or i32 %1365, u0xFF00
	br label %1491

1491:
	%1492 = phi i32 [ %0, %1482 ], [ %1541, %1540 ]
	%1493 = icmp slt i32 %1492, %16
	br i1 %1493, label %1494, label %1504

1494:
	%1495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1492
	%1496 = load i32, i32 addrspace(3)* %1495
	%1497 = icmp uge i32 %1496, 2
	%1498 = and i32 %1496, %1490
	%1499 = icmp eq i32 %1498, %1489
	%1500 = and i1 %1497, %1499
	%1501 = lshr i32 %1496, 0
	%1502 = and i32 %1501, 255
	%1503 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1500)
	br i1 %1503, label %1532, label %1540

1504:
	call void @llvm.nvvm.barrier0()
	%1505 = sub i32 255, %0
	%1506 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1505
	%1507 = load i32, i32 addrspace(3)* %1506
	%1508 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1508
	%1509 = and i32 %0, 31
	%1510 = lshr i32 %0, 5
	%1511 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1507, i32 1, i32 0)
	%1512 = icmp uge i32 %1509, 1
	%1513 = select i1 %1512, i32 %1511, i32 0
	%1514 = add i32 %1507, %1513
	%1515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1514, i32 2, i32 0)
	%1516 = icmp uge i32 %1509, 2
	%1517 = select i1 %1516, i32 %1515, i32 0
	%1518 = add i32 %1514, %1517
	%1519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1518, i32 4, i32 0)
	%1520 = icmp uge i32 %1509, 4
	%1521 = select i1 %1520, i32 %1519, i32 0
	%1522 = add i32 %1518, %1521
	%1523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1522, i32 8, i32 0)
	%1524 = icmp uge i32 %1509, 8
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1522, %1525
	%1527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1526, i32 16, i32 0)
	%1528 = icmp uge i32 %1509, 16
	%1529 = select i1 %1528, i32 %1527, i32 0
	%1530 = add i32 %1526, %1529
	%1531 = icmp eq i32 %1509, 31
	br i1 %1531, label %1547, label %1549

1532:
	%1533 = select i1 %1500, i32 %1502, i32 256
	%1534 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1533)
	%1535 = shl i32 1, %3
	%1536 = sub i32 %1535, 1
	%1537 = and i32 %1534, %1536
	%1538 = icmp eq i32 %1537, 0
	%1539 = and i1 %1500, %1538
	br i1 %1539, label %1542, label %1546

1540:
	%1541 = add i32 %1492, 256
	br label %1491

1542:
	%1543 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1502
	%1544 = call i32 @llvm.ctpop.i32(i32 %1534)
	%1545 = atomicrmw add i32 addrspace(3)* %1543, i32 %1544 monotonic
	br label %1546

1546:
	br label %1540

1547:
	%1548 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1510
	store i32 %1530, i32 addrspace(3)* %1548
	br label %1549

1549:
	call void @llvm.nvvm.barrier0()
	%1550 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1551 = load i32, i32 addrspace(3)* %1550
	%1552 = icmp sgt i32 %1510, 0
	%1553 = select i1 %1552, i32 %1551, i32 0
	%1554 = add i32 0, %1553
	%1555 = add i32 0, %1551
	%1556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = icmp sgt i32 %1510, 1
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1554, %1559
	%1561 = add i32 %1555, %1557
	%1562 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = icmp sgt i32 %1510, 2
	%1565 = select i1 %1564, i32 %1563, i32 0
	%1566 = add i32 %1560, %1565
	%1567 = add i32 %1561, %1563
	%1568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1569 = load i32, i32 addrspace(3)* %1568
	%1570 = icmp sgt i32 %1510, 3
	%1571 = select i1 %1570, i32 %1569, i32 0
	%1572 = add i32 %1566, %1571
	%1573 = add i32 %1567, %1569
	%1574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1575 = load i32, i32 addrspace(3)* %1574
	%1576 = icmp sgt i32 %1510, 4
	%1577 = select i1 %1576, i32 %1575, i32 0
	%1578 = add i32 %1572, %1577
	%1579 = add i32 %1573, %1575
	%1580 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1581 = load i32, i32 addrspace(3)* %1580
	%1582 = icmp sgt i32 %1510, 5
	%1583 = select i1 %1582, i32 %1581, i32 0
	%1584 = add i32 %1578, %1583
	%1585 = add i32 %1579, %1581
	%1586 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1587 = load i32, i32 addrspace(3)* %1586
	%1588 = icmp sgt i32 %1510, 6
	%1589 = select i1 %1588, i32 %1587, i32 0
	%1590 = add i32 %1584, %1589
	%1591 = add i32 %1585, %1587
	%1592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = icmp sgt i32 %1510, 7
	%1595 = select i1 %1594, i32 %1593, i32 0
	%1596 = add i32 %1590, %1595
	%1597 = add i32 %1591, %1593
	%1598 = add i32 %1596, %1530
	%1599 = sub i32 %1598, %1507
	%1600 = icmp slt i32 %1599, %1487
	%1601 = add i32 %1599, %1507
	%1602 = icmp sle i32 %1487, %1601
	%1603 = and i1 %1600, %1602
	br i1 %1603, label %1604, label %1607

1604:
	%1605 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1505, i32 addrspace(3)* %1605
	%1606 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1599, i32 addrspace(3)* %1606
	br label %1607

1607:
	call void @llvm.nvvm.barrier0()
	%1608 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1609 = load i32, i32 addrspace(3)* %1608
	%1610 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1611 = load i32, i32 addrspace(3)* %1610
	%1612 = sub i32 %1487, %1611
	%1613 = shl i32 %1609, 0
	%1614 = or i32 %1489, %1613
	%1615 = or i32 %1490, 255
	%1616 = shl i32 1, %3
	%1617 = sub i32 %1616, 1
	br label %1618

1618:
	%1619 = phi i32 [ 0, %1607 ], [ %1673, %1672 ]
	%1620 = icmp slt i32 %1619, %16
	br i1 %1620, label %1621, label %1630

1621:
	%1622 = add i32 %1619, %0
	%1623 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1622
	%1624 = load i32, i32 addrspace(3)* %1623
	%1625 = icmp ugt i32 %1624, %1614
	%1626 = icmp eq i32 %1624, %1614
	%1627 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1625)
	%1628 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1626)
	%1629 = icmp eq i32 %3, 0
	br i1 %1629, label %1664, label %1672

1630:
	call void @llvm.nvvm.barrier0()
	%1631 = sdiv i32 %16, 256
	%1632 = mul i32 %1631, 8
	%1633 = icmp slt i32 %0, %1632
	%1634 = select i1 %1633, i32 %0, i32 0
	%1635 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1634
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = select i1 %1633, i32 %1636, i32 0
	%1638 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1634
	%1639 = load i32, i32 addrspace(3)* %1638
	%1640 = select i1 %1633, i32 %1639, i32 0
	%1641 = and i32 %0, 31
	%1642 = lshr i32 %0, 5
	%1643 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1640, i32 1, i32 0)
	%1644 = icmp uge i32 %1641, 1
	%1645 = select i1 %1644, i32 %1643, i32 0
	%1646 = add i32 %1640, %1645
	%1647 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1646, i32 2, i32 0)
	%1648 = icmp uge i32 %1641, 2
	%1649 = select i1 %1648, i32 %1647, i32 0
	%1650 = add i32 %1646, %1649
	%1651 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1650, i32 4, i32 0)
	%1652 = icmp uge i32 %1641, 4
	%1653 = select i1 %1652, i32 %1651, i32 0
	%1654 = add i32 %1650, %1653
	%1655 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1654, i32 8, i32 0)
	%1656 = icmp uge i32 %1641, 8
	%1657 = select i1 %1656, i32 %1655, i32 0
	%1658 = add i32 %1654, %1657
	%1659 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1658, i32 16, i32 0)
	%1660 = icmp uge i32 %1641, 16
	%1661 = select i1 %1660, i32 %1659, i32 0
	%1662 = add i32 %1658, %1661
	%1663 = icmp eq i32 %1641, 31
	br i1 %1663, label %1674, label %1676

1664:
	%1665 = sdiv i32 %1619, 256
	%1666 = mul i32 %1665, 8
	%1667 = add i32 %1666, %4
	%1668 = call i32 @llvm.ctpop.i32(i32 %1627)
	%1669 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1667
	store i32 %1668, i32 addrspace(3)* %1669
	%1670 = call i32 @llvm.ctpop.i32(i32 %1628)
	%1671 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1667
	store i32 %1670, i32 addrspace(3)* %1671
	br label %1672

1672:
	%1673 = add i32 %1619, 256
	br label %1618

1674:
	%1675 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1642
	store i32 %1662, i32 addrspace(3)* %1675
	br label %1676

1676:
	call void @llvm.nvvm.barrier0()
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1642, 0
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 0, %1680
	%1682 = add i32 0, %1678
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = icmp sgt i32 %1642, 1
	%1686 = select i1 %1685, i32 %1684, i32 0
	%1687 = add i32 %1681, %1686
	%1688 = add i32 %1682, %1684
	%1689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = icmp sgt i32 %1642, 2
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = add i32 %1687, %1692
	%1694 = add i32 %1688, %1690
	%1695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = icmp sgt i32 %1642, 3
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = add i32 %1693, %1698
	%1700 = add i32 %1694, %1696
	%1701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1702 = load i32, i32 addrspace(3)* %1701
	%1703 = icmp sgt i32 %1642, 4
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = add i32 %1699, %1704
	%1706 = add i32 %1700, %1702
	%1707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1708 = load i32, i32 addrspace(3)* %1707
	%1709 = icmp sgt i32 %1642, 5
	%1710 = select i1 %1709, i32 %1708, i32 0
	%1711 = add i32 %1705, %1710
	%1712 = add i32 %1706, %1708
	%1713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1714 = load i32, i32 addrspace(3)* %1713
	%1715 = icmp sgt i32 %1642, 6
	%1716 = select i1 %1715, i32 %1714, i32 0
	%1717 = add i32 %1711, %1716
	%1718 = add i32 %1712, %1714
	%1719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = icmp sgt i32 %1642, 7
	%1722 = select i1 %1721, i32 %1720, i32 0
	%1723 = add i32 %1717, %1722
	%1724 = add i32 %1718, %1720
	%1725 = add i32 %1723, %1662
	%1726 = sub i32 %1725, %1640
	%1727 = sub i32 %1612, %1726
	%1728 = icmp sgt i32 %1727, 0
	%1729 = select i1 %1728, i32 %1727, i32 0
	%1730 = icmp slt i32 %1729, %1640
	%1731 = select i1 %1730, i32 %1729, i32 %1640
	%1732 = add i32 %1637, %1731
	%1733 = and i32 %0, 31
	%1734 = lshr i32 %0, 5
	%1735 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1732, i32 1, i32 0)
	%1736 = icmp uge i32 %1733, 1
	%1737 = select i1 %1736, i32 %1735, i32 0
	%1738 = add i32 %1732, %1737
	%1739 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1738, i32 2, i32 0)
	%1740 = icmp uge i32 %1733, 2
	%1741 = select i1 %1740, i32 %1739, i32 0
	%1742 = add i32 %1738, %1741
	%1743 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1742, i32 4, i32 0)
	%1744 = icmp uge i32 %1733, 4
	%1745 = select i1 %1744, i32 %1743, i32 0
	%1746 = add i32 %1742, %1745
	%1747 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1746, i32 8, i32 0)
	%1748 = icmp uge i32 %1733, 8
	%1749 = select i1 %1748, i32 %1747, i32 0
	%1750 = add i32 %1746, %1749
	%1751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1750, i32 16, i32 0)
	%1752 = icmp uge i32 %1733, 16
	%1753 = select i1 %1752, i32 %1751, i32 0
	%1754 = add i32 %1750, %1753
	%1755 = icmp eq i32 %1733, 31
	br i1 %1755, label %1756, label %1758

1756:
	%1757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1734
	store i32 %1754, i32 addrspace(3)* %1757
	br label %1758

1758:
	call void @llvm.nvvm.barrier0()
	%1759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = icmp sgt i32 %1734, 0
	%1762 = select i1 %1761, i32 %1760, i32 0
	%1763 = add i32 0, %1762
	%1764 = add i32 0, %1760
	%1765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1766 = load i32, i32 addrspace(3)* %1765
	%1767 = icmp sgt i32 %1734, 1
	%1768 = select i1 %1767, i32 %1766, i32 0
	%1769 = add i32 %1763, %1768
	%1770 = add i32 %1764, %1766
	%1771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1772 = load i32, i32 addrspace(3)* %1771
	%1773 = icmp sgt i32 %1734, 2
	%1774 = select i1 %1773, i32 %1772, i32 0
	%1775 = add i32 %1769, %1774
	%1776 = add i32 %1770, %1772
	%1777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1778 = load i32, i32 addrspace(3)* %1777
	%1779 = icmp sgt i32 %1734, 3
	%1780 = select i1 %1779, i32 %1778, i32 0
	%1781 = add i32 %1775, %1780
	%1782 = add i32 %1776, %1778
	%1783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1784 = load i32, i32 addrspace(3)* %1783
	%1785 = icmp sgt i32 %1734, 4
	%1786 = select i1 %1785, i32 %1784, i32 0
	%1787 = add i32 %1781, %1786
	%1788 = add i32 %1782, %1784
	%1789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1790 = load i32, i32 addrspace(3)* %1789
	%1791 = icmp sgt i32 %1734, 5
	%1792 = select i1 %1791, i32 %1790, i32 0
	%1793 = add i32 %1787, %1792
	%1794 = add i32 %1788, %1790
	%1795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1796 = load i32, i32 addrspace(3)* %1795
	%1797 = icmp sgt i32 %1734, 6
	%1798 = select i1 %1797, i32 %1796, i32 0
	%1799 = add i32 %1793, %1798
	%1800 = add i32 %1794, %1796
	%1801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1802 = load i32, i32 addrspace(3)* %1801
	%1803 = icmp sgt i32 %1734, 7
	%1804 = select i1 %1803, i32 %1802, i32 0
	%1805 = add i32 %1799, %1804
	%1806 = add i32 %1800, %1802
	%1807 = add i32 %1805, %1754
	%1808 = sub i32 %1807, %1732
	br i1 %1633, label %1809, label %1812

1809:
	%1810 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1808, i32 addrspace(3)* %1810
	%1811 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1726, i32 addrspace(3)* %1811
	br label %1812

1812:
	call void @llvm.nvvm.barrier0()
	br label %1813

1813:
	%1814 = phi i32 [ 0, %1812 ], [ %1846, %1845 ]
	%1815 = icmp slt i32 %1814, %16
	br i1 %1815, label %1816, label %1841

1816:
	%1817 = add i32 %1814, %0
	%1818 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1817
	%1819 = load i32, i32 addrspace(3)* %1818
	%1820 = icmp ugt i32 %1819, %1614
	%1821 = icmp eq i32 %1819, %1614
	%1822 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1820)
	%1823 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1821)
	%1824 = sdiv i32 %1814, 256
	%1825 = mul i32 %1824, 8
	%1826 = add i32 %1825, %4
	%1827 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1826
	%1828 = load i32, i32 addrspace(3)* %1827
	%1829 = and i32 %1823, %1617
	%1830 = call i32 @llvm.ctpop.i32(i32 %1829)
	%1831 = add i32 %1828, %1830
	%1832 = icmp slt i32 %1831, %1612
	%1833 = and i1 %1821, %1832
	%1834 = or i1 %1820, %1833
	%1835 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1834)
	%1836 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1826
	%1837 = load i32, i32 addrspace(3)* %1836
	%1838 = and i32 %1835, %1617
	%1839 = call i32 @llvm.ctpop.i32(i32 %1838)
	%1840 = add i32 %1837, %1839
	br i1 %1834, label %1842, label %1845

1841:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1842:
	%1843 = add i32 %1814, %0
	%1844 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1840
	store i32 %1843, i32 addrspace(3)* %1844
	br label %1845

1845:
	%1846 = add i32 %1814, 256
	br label %1813

1847:
	%1848 = phi i32 [ %983, %mass_taken ], [ %1852, %1850 ]
	%1849 = icmp slt i32 %1848, %982
	br i1 %1849, label %1850, label %1853

1850:
	%1851 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1848
	store i32 -1, i32 addrspace(3)* %1851
	%1852 = add i32 %1848, 256
	br label %1847

1853:
	call void @llvm.nvvm.barrier0()
	%1854 = add i32 %981, 1
	br label %1855

1855:
	%1856 = phi i32 [ 1, %1853 ], [ %1872, %1871 ]
	%1857 = icmp slt i32 %1856, %1854
	br i1 %1857, label %1858, label %1860

1858:
	%1859 = shl i32 1, %1856
	br label %1861

1860:
	br label %1913

1861:
	%1862 = phi i32 [ 0, %1858 ], [ %1907, %1906 ]
	%1863 = icmp slt i32 %1862, %1856
	br i1 %1863, label %1864, label %1871

1864:
	%1865 = sub i32 %1856, 1
	%1866 = sub i32 %1865, %1862
	%1867 = shl i32 1, %1866
	%1868 = sub i32 %1856, 1
	%1869 = sub i32 %1868, %1862
	%1870 = lshr i32 %982, 1
	br label %1873

1871:
	%1872 = add i32 %1856, 1
	br label %1855

1873:
	%1874 = phi i32 [ %0, %1864 ], [ %1912, %1911 ]
	%1875 = icmp slt i32 %1874, %1870
	br i1 %1875, label %1876, label %1906

1876:
	%1877 = lshr i32 %1874, %1869
	%1878 = add i32 %1869, 1
	%1879 = shl i32 %1877, %1878
	%1880 = sub i32 %1867, 1
	%1881 = and i32 %1874, %1880
	%1882 = or i32 %1879, %1881
	%1883 = or i32 %1882, %1867
	%1884 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1882
	%1885 = load i32, i32 addrspace(3)* %1884
	%1886 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1883
	%1887 = load i32, i32 addrspace(3)* %1886
	%1888 = and i32 %1882, %1859
	%1889 = icmp eq i32 %1888, 0
	%1890 = icmp sge i32 %1887, 0
	%1891 = select i1 %1890, i32 %1887, i32 0
	%1892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1891
	%1893 = load i32, i32 addrspace(3)* %1892
	%1894 = select i1 %1890, i32 %1893, i32 0
	%1895 = icmp sge i32 %1885, 0
	%1896 = select i1 %1895, i32 %1885, i32 0
	%1897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1896
	%1898 = load i32, i32 addrspace(3)* %1897
	%1899 = select i1 %1895, i32 %1898, i32 0
	%1900 = icmp ugt i32 %1894, %1899
	%1901 = icmp eq i32 %1894, %1899
	%1902 = icmp slt i32 %1887, %1885
	%1903 = and i1 %1901, %1902
	%1904 = or i1 %1900, %1903
	%1905 = icmp eq i1 %1904, %1889
	br i1 %1905, label %1908, label %1911

1906:
	call void @llvm.nvvm.barrier0()
	%1907 = add i32 %1862, 1
	br label %1861

1908:
	%1909 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1882
	store i32 %1887, i32 addrspace(3)* %1909
	%1910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1883
	store i32 %1885, i32 addrspace(3)* %1910
	br label %1911

1911:
	%1912 = add i32 %1874, 256
	br label %1873

1913:
	%1914 = phi i32 [ %0, %1860 ], [ %1927, %1916 ]
	%1915 = icmp slt i32 %1914, %967
	br i1 %1915, label %1916, label %1928

1916:
	%1917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1914
	%1918 = load i32, i32 addrspace(3)* %1917
	%1919 = add i32 %421, %1914
	%1920 = add i32 %13, %1919
	%1921 = sext i32 %1920 to i64
	%1922 = getelementptr i32, i32* %list, i64 %1921
	store i32 %1918, i32* %1922
	%1923 = add i32 %13, %NK
	%1924 = add i32 %1923, %1919
	%1925 = sext i32 %1924 to i64
	%1926 = getelementptr i32, i32* %list, i64 %1925
	store i32 0, i32* %1926
	%1927 = add i32 %1914, 256
	br label %1913

1928:
	call void @llvm.nvvm.barrier0()
	%1929 = icmp eq i32 %4, 0
	br i1 %1929, label %1930, label %1933

1930:
	%1931 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1932 = load double, double addrspace(3)* %1931
	br label %1946

1933:
	call void @llvm.nvvm.barrier0()
	%1934 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1935 = load i32, i32 addrspace(3)* %1934
	%1936 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1937 = load i32, i32 addrspace(3)* %1936
	%1938 = icmp ne i32 %1937, 0
	%1939 = icmp sge i32 %967, %422
	%1940 = or i1 %1938, %1939
	%1941 = mul i32 %967, 4
	%1942 = icmp sgt i32 %1941, 64
	%1943 = select i1 %1942, i32 %1941, i32 64
	%1944 = icmp slt i32 %1943, %422
	%1945 = select i1 %1944, i32 %1943, i32 %422
	br i1 %1940, label %mass_done, label %mass

1946:
	%1947 = phi i32 [ 0, %1930 ], [ %2411, %2408 ]
	%1948 = phi double [ %1932, %1930 ], [ %2409, %2408 ]
	%1949 = phi i32 [ 0, %1930 ], [ %2410, %2408 ]
	%1950 = icmp slt i32 %1947, %967
	br i1 %1950, label %1951, label %1954

1951:
	%1952 = add i32 %1947, %3
	%1953 = icmp slt i32 %1952, %967
	br i1 %1953, label %1956, label %1963

1954:
	%1955 = icmp eq i32 %3, 0
	br i1 %1955, label %2412, label %2417

1956:
	%1957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1952
	%1958 = load i32, i32 addrspace(3)* %1957
	%1959 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1958
	%1960 = load i32, i32 addrspace(3)* %1959
	%1961 = sub i32 %1960, 2
	%1962 = bitcast i32 %1961 to float
	br label %1963

1963:
	%1964 = phi float [ 0.0, %1951 ], [ %1962, %1956 ]
	%1965 = fpext float %1964 to double
	%1966 = fcmp one float %1964, 0.0
	%1967 = call float @llvm.fabs.f32(float %1964)
	%1968 = fcmp olt float %1967, 0x3E20000000000000
	%1969 = and i1 %1966, %1968
	%1970 = fmul double %1948, 4.503599627370496e+15
	%1971 = call double @llvm.trunc.f64(double %1970)
	%1972 = fcmp oeq double %1970, %1971
	%1973 = bitcast double %1965 to i64
	%1974 = trunc i64 %1973 to i32
	%1975 = lshr i64 %1973, 32
	%1976 = trunc i64 %1975 to i32
	%1977 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1974, i32 1, i32 0)
	%1978 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1976, i32 1, i32 0)
	%1979 = zext i32 %1977 to i64
	%1980 = zext i32 %1978 to i64
	%1981 = shl i64 %1980, 32
	%1982 = or i64 %1979, %1981
	%1983 = bitcast i64 %1982 to double
	%1984 = icmp uge i32 %3, 1
	%1985 = fadd double %1965, %1983
	%1986 = select i1 %1984, double %1985, double %1965
	%1987 = bitcast double %1986 to i64
	%1988 = trunc i64 %1987 to i32
	%1989 = lshr i64 %1987, 32
	%1990 = trunc i64 %1989 to i32
	%1991 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1988, i32 2, i32 0)
	%1992 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1990, i32 2, i32 0)
	%1993 = zext i32 %1991 to i64
	%1994 = zext i32 %1992 to i64
	%1995 = shl i64 %1994, 32
	%1996 = or i64 %1993, %1995
	%1997 = bitcast i64 %1996 to double
	%1998 = icmp uge i32 %3, 2
	%1999 = fadd double %1986, %1997
	%2000 = select i1 %1998, double %1999, double %1986
	%2001 = bitcast double %2000 to i64
	%2002 = trunc i64 %2001 to i32
	%2003 = lshr i64 %2001, 32
	%2004 = trunc i64 %2003 to i32
	%2005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2002, i32 4, i32 0)
	%2006 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2004, i32 4, i32 0)
	%2007 = zext i32 %2005 to i64
	%2008 = zext i32 %2006 to i64
	%2009 = shl i64 %2008, 32
	%2010 = or i64 %2007, %2009
	%2011 = bitcast i64 %2010 to double
	%2012 = icmp uge i32 %3, 4
	%2013 = fadd double %2000, %2011
	%2014 = select i1 %2012, double %2013, double %2000
	%2015 = bitcast double %2014 to i64
	%2016 = trunc i64 %2015 to i32
	%2017 = lshr i64 %2015, 32
	%2018 = trunc i64 %2017 to i32
	%2019 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2016, i32 8, i32 0)
	%2020 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2018, i32 8, i32 0)
	%2021 = zext i32 %2019 to i64
	%2022 = zext i32 %2020 to i64
	%2023 = shl i64 %2022, 32
	%2024 = or i64 %2021, %2023
	%2025 = bitcast i64 %2024 to double
	%2026 = icmp uge i32 %3, 8
	%2027 = fadd double %2014, %2025
	%2028 = select i1 %2026, double %2027, double %2014
	%2029 = bitcast double %2028 to i64
	%2030 = trunc i64 %2029 to i32
	%2031 = lshr i64 %2029, 32
	%2032 = trunc i64 %2031 to i32
	%2033 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2030, i32 16, i32 0)
	%2034 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2032, i32 16, i32 0)
	%2035 = zext i32 %2033 to i64
	%2036 = zext i32 %2034 to i64
	%2037 = shl i64 %2036, 32
	%2038 = or i64 %2035, %2037
	%2039 = bitcast i64 %2038 to double
	%2040 = icmp uge i32 %3, 16
	%2041 = fadd double %2028, %2039
	%2042 = select i1 %2040, double %2041, double %2028
	%2043 = bitcast double %2042 to i64
	%2044 = trunc i64 %2043 to i32
	%2045 = lshr i64 %2043, 32
	%2046 = trunc i64 %2045 to i32
	%2047 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2044, i32 31, i32 31)
	%2048 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2046, i32 31, i32 31)
	%2049 = zext i32 %2047 to i64
	%2050 = zext i32 %2048 to i64
	%2051 = shl i64 %2050, 32
	%2052 = or i64 %2049, %2051
	%2053 = bitcast i64 %2052 to double
	%2054 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1969)
	%2055 = xor i1 %2054, true
	%2056 = and i1 %1972, %2055
	%2057 = fadd double %1948, %2053
	%2058 = fcmp olt double %2057, 1.5
	%2059 = and i1 %2056, %2058
	%2060 = fcmp oge double %1948, 0x3FECCCCCCCCCCCCD
	%2061 = or i1 %2059, %2060
	br i1 %2061, label %2062, label %2087

2062:
	%2063 = fsub double %2042, %1965
	%2064 = fadd double %1948, %2063
	%2065 = fcmp olt double %2064, 0x3FECCCCCCCCCCCCD
	%2066 = and i1 %1953, %2065
	%2067 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2066)
	%2068 = call i32 @llvm.ctpop.i32(i32 %2067)
	%2069 = sub i32 %2068, 1
	%2070 = icmp sgt i32 %2069, 0
	%2071 = select i1 %2070, i32 %2069, i32 0
	%2072 = bitcast double %2042 to i64
	%2073 = trunc i64 %2072 to i32
	%2074 = lshr i64 %2072, 32
	%2075 = trunc i64 %2074 to i32
	%2076 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2073, i32 %2071, i32 31)
	%2077 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2075, i32 %2071, i32 31)
	%2078 = zext i32 %2076 to i64
	%2079 = zext i32 %2077 to i64
	%2080 = shl i64 %2079, 32
	%2081 = or i64 %2078, %2080
	%2082 = bitcast i64 %2081 to double
	%2083 = icmp sgt i32 %2068, 0
	%2084 = fadd double %1948, %2082
	%2085 = select i1 %2083, double %2084, double %1948
	%2086 = add i32 %1949, %2068
	br label %2408

2087:
	%2088 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 0, i32 31)
	%2089 = fcmp olt double %1948, 0x3FECCCCCCCCCCCCD
	%2090 = add i32 %1947, 0
	%2091 = icmp slt i32 %2090, %967
	%2092 = and i1 %2089, %2091
	%2093 = fpext float %2088 to double
	%2094 = fadd double %1948, %2093
	%2095 = select i1 %2092, double %2094, double %1948
	%2096 = add i32 %1949, 1
	%2097 = select i1 %2092, i32 %2096, i32 %1949
	%2098 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 1, i32 31)
	%2099 = fcmp olt double %2095, 0x3FECCCCCCCCCCCCD
	%2100 = add i32 %1947, 1
	%2101 = icmp slt i32 %2100, %967
	%2102 = and i1 %2099, %2101
	%2103 = fpext float %2098 to double
	%2104 = fadd double %2095, %2103
	%2105 = select i1 %2102, double %2104, double %2095
	%2106 = add i32 %2097, 1
	%2107 = select i1 %2102, i32 %2106, i32 %2097
	%2108 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 2, i32 31)
	%2109 = fcmp olt double %2105, 0x3FECCCCCCCCCCCCD
	%2110 = add i32 %1947, 2
	%2111 = icmp slt i32 %2110, %967
	%2112 = and i1 %2109, %2111
	%2113 = fpext float %2108 to double
	%2114 = fadd double %2105, %2113
	%2115 = select i1 %2112, double %2114, double %2105
	%2116 = add i32 %2107, 1
	%2117 = select i1 %2112, i32 %2116, i32 %2107
	%2118 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 3, i32 31)
	%2119 = fcmp olt double %2115, 0x3FECCCCCCCCCCCCD
	%2120 = add i32 %1947, 3
	%2121 = icmp slt i32 %2120, %967
	%2122 = and i1 %2119, %2121
	%2123 = fpext float %2118 to double
	%2124 = fadd double %2115, %2123
	%2125 = select i1 %2122, double %2124, double %2115
	%2126 = add i32 %2117, 1
	%2127 = select i1 %2122, i32 %2126, i32 %2117
	%2128 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 4, i32 31)
	%2129 = fcmp olt double %2125, 0x3FECCCCCCCCCCCCD
	%2130 = add i32 %1947, 4
	%2131 = icmp slt i32 %2130, %967
	%2132 = and i1 %2129, %2131
	%2133 = fpext float %2128 to double
	%2134 = fadd double %2125, %2133
	%2135 = select i1 %2132, double %2134, double %2125
	%2136 = add i32 %2127, 1
	%2137 = select i1 %2132, i32 %2136, i32 %2127
	%2138 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 5, i32 31)
	%2139 = fcmp olt double %2135, 0x3FECCCCCCCCCCCCD
	%2140 = add i32 %1947, 5
	%2141 = icmp slt i32 %2140, %967
	%2142 = and i1 %2139, %2141
	%2143 = fpext float %2138 to double
	%2144 = fadd double %2135, %2143
	%2145 = select i1 %2142, double %2144, double %2135
	%2146 = add i32 %2137, 1
	%2147 = select i1 %2142, i32 %2146, i32 %2137
	%2148 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 6, i32 31)
	%2149 = fcmp olt double %2145, 0x3FECCCCCCCCCCCCD
	%2150 = add i32 %1947, 6
	%2151 = icmp slt i32 %2150, %967
	%2152 = and i1 %2149, %2151
	%2153 = fpext float %2148 to double
	%2154 = fadd double %2145, %2153
	%2155 = select i1 %2152, double %2154, double %2145
	%2156 = add i32 %2147, 1
	%2157 = select i1 %2152, i32 %2156, i32 %2147
	%2158 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 7, i32 31)
	%2159 = fcmp olt double %2155, 0x3FECCCCCCCCCCCCD
	%2160 = add i32 %1947, 7
	%2161 = icmp slt i32 %2160, %967
	%2162 = and i1 %2159, %2161
	%2163 = fpext float %2158 to double
	%2164 = fadd double %2155, %2163
	%2165 = select i1 %2162, double %2164, double %2155
	%2166 = add i32 %2157, 1
	%2167 = select i1 %2162, i32 %2166, i32 %2157
	%2168 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 8, i32 31)
	%2169 = fcmp olt double %2165, 0x3FECCCCCCCCCCCCD
	%2170 = add i32 %1947, 8
	%2171 = icmp slt i32 %2170, %967
	%2172 = and i1 %2169, %2171
	%2173 = fpext float %2168 to double
	%2174 = fadd double %2165, %2173
	%2175 = select i1 %2172, double %2174, double %2165
	%2176 = add i32 %2167, 1
	%2177 = select i1 %2172, i32 %2176, i32 %2167
	%2178 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 9, i32 31)
	%2179 = fcmp olt double %2175, 0x3FECCCCCCCCCCCCD
	%2180 = add i32 %1947, 9
	%2181 = icmp slt i32 %2180, %967
	%2182 = and i1 %2179, %2181
	%2183 = fpext float %2178 to double
	%2184 = fadd double %2175, %2183
	%2185 = select i1 %2182, double %2184, double %2175
	%2186 = add i32 %2177, 1
	%2187 = select i1 %2182, i32 %2186, i32 %2177
	%2188 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 10, i32 31)
	%2189 = fcmp olt double %2185, 0x3FECCCCCCCCCCCCD
	%2190 = add i32 %1947, 10
	%2191 = icmp slt i32 %2190, %967
	%2192 = and i1 %2189, %2191
	%2193 = fpext float %2188 to double
	%2194 = fadd double %2185, %2193
	%2195 = select i1 %2192, double %2194, double %2185
	%2196 = add i32 %2187, 1
	%2197 = select i1 %2192, i32 %2196, i32 %2187
	%2198 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 11, i32 31)
	%2199 = fcmp olt double %2195, 0x3FECCCCCCCCCCCCD
	%2200 = add i32 %1947, 11
	%2201 = icmp slt i32 %2200, %967
	%2202 = and i1 %2199, %2201
	%2203 = fpext float %2198 to double
	%2204 = fadd double %2195, %2203
	%2205 = select i1 %2202, double %2204, double %2195
	%2206 = add i32 %2197, 1
	%2207 = select i1 %2202, i32 %2206, i32 %2197
	%2208 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 12, i32 31)
	%2209 = fcmp olt double %2205, 0x3FECCCCCCCCCCCCD
	%2210 = add i32 %1947, 12
	%2211 = icmp slt i32 %2210, %967
	%2212 = and i1 %2209, %2211
	%2213 = fpext float %2208 to double
	%2214 = fadd double %2205, %2213
	%2215 = select i1 %2212, double %2214, double %2205
	%2216 = add i32 %2207, 1
	%2217 = select i1 %2212, i32 %2216, i32 %2207
	%2218 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 13, i32 31)
	%2219 = fcmp olt double %2215, 0x3FECCCCCCCCCCCCD
	%2220 = add i32 %1947, 13
	%2221 = icmp slt i32 %2220, %967
	%2222 = and i1 %2219, %2221
	%2223 = fpext float %2218 to double
	%2224 = fadd double %2215, %2223
	%2225 = select i1 %2222, double %2224, double %2215
	%2226 = add i32 %2217, 1
	%2227 = select i1 %2222, i32 %2226, i32 %2217
	%2228 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 14, i32 31)
	%2229 = fcmp olt double %2225, 0x3FECCCCCCCCCCCCD
	%2230 = add i32 %1947, 14
	%2231 = icmp slt i32 %2230, %967
	%2232 = and i1 %2229, %2231
	%2233 = fpext float %2228 to double
	%2234 = fadd double %2225, %2233
	%2235 = select i1 %2232, double %2234, double %2225
	%2236 = add i32 %2227, 1
	%2237 = select i1 %2232, i32 %2236, i32 %2227
	%2238 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 15, i32 31)
	%2239 = fcmp olt double %2235, 0x3FECCCCCCCCCCCCD
	%2240 = add i32 %1947, 15
	%2241 = icmp slt i32 %2240, %967
	%2242 = and i1 %2239, %2241
	%2243 = fpext float %2238 to double
	%2244 = fadd double %2235, %2243
	%2245 = select i1 %2242, double %2244, double %2235
	%2246 = add i32 %2237, 1
	%2247 = select i1 %2242, i32 %2246, i32 %2237
	%2248 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 16, i32 31)
	%2249 = fcmp olt double %2245, 0x3FECCCCCCCCCCCCD
	%2250 = add i32 %1947, 16
	%2251 = icmp slt i32 %2250, %967
	%2252 = and i1 %2249, %2251
	%2253 = fpext float %2248 to double
	%2254 = fadd double %2245, %2253
	%2255 = select i1 %2252, double %2254, double %2245
	%2256 = add i32 %2247, 1
	%2257 = select i1 %2252, i32 %2256, i32 %2247
	%2258 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 17, i32 31)
	%2259 = fcmp olt double %2255, 0x3FECCCCCCCCCCCCD
	%2260 = add i32 %1947, 17
	%2261 = icmp slt i32 %2260, %967
	%2262 = and i1 %2259, %2261
	%2263 = fpext float %2258 to double
	%2264 = fadd double %2255, %2263
	%2265 = select i1 %2262, double %2264, double %2255
	%2266 = add i32 %2257, 1
	%2267 = select i1 %2262, i32 %2266, i32 %2257
	%2268 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 18, i32 31)
	%2269 = fcmp olt double %2265, 0x3FECCCCCCCCCCCCD
	%2270 = add i32 %1947, 18
	%2271 = icmp slt i32 %2270, %967
	%2272 = and i1 %2269, %2271
	%2273 = fpext float %2268 to double
	%2274 = fadd double %2265, %2273
	%2275 = select i1 %2272, double %2274, double %2265
	%2276 = add i32 %2267, 1
	%2277 = select i1 %2272, i32 %2276, i32 %2267
	%2278 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 19, i32 31)
	%2279 = fcmp olt double %2275, 0x3FECCCCCCCCCCCCD
	%2280 = add i32 %1947, 19
	%2281 = icmp slt i32 %2280, %967
	%2282 = and i1 %2279, %2281
	%2283 = fpext float %2278 to double
	%2284 = fadd double %2275, %2283
	%2285 = select i1 %2282, double %2284, double %2275
	%2286 = add i32 %2277, 1
	%2287 = select i1 %2282, i32 %2286, i32 %2277
	%2288 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 20, i32 31)
	%2289 = fcmp olt double %2285, 0x3FECCCCCCCCCCCCD
	%2290 = add i32 %1947, 20
	%2291 = icmp slt i32 %2290, %967
	%2292 = and i1 %2289, %2291
	%2293 = fpext float %2288 to double
	%2294 = fadd double %2285, %2293
	%2295 = select i1 %2292, double %2294, double %2285
	%2296 = add i32 %2287, 1
	%2297 = select i1 %2292, i32 %2296, i32 %2287
	%2298 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 21, i32 31)
	%2299 = fcmp olt double %2295, 0x3FECCCCCCCCCCCCD
	%2300 = add i32 %1947, 21
	%2301 = icmp slt i32 %2300, %967
	%2302 = and i1 %2299, %2301
	%2303 = fpext float %2298 to double
	%2304 = fadd double %2295, %2303
	%2305 = select i1 %2302, double %2304, double %2295
	%2306 = add i32 %2297, 1
	%2307 = select i1 %2302, i32 %2306, i32 %2297
	%2308 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 22, i32 31)
	%2309 = fcmp olt double %2305, 0x3FECCCCCCCCCCCCD
	%2310 = add i32 %1947, 22
	%2311 = icmp slt i32 %2310, %967
	%2312 = and i1 %2309, %2311
	%2313 = fpext float %2308 to double
	%2314 = fadd double %2305, %2313
	%2315 = select i1 %2312, double %2314, double %2305
	%2316 = add i32 %2307, 1
	%2317 = select i1 %2312, i32 %2316, i32 %2307
	%2318 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 23, i32 31)
	%2319 = fcmp olt double %2315, 0x3FECCCCCCCCCCCCD
	%2320 = add i32 %1947, 23
	%2321 = icmp slt i32 %2320, %967
	%2322 = and i1 %2319, %2321
	%2323 = fpext float %2318 to double
	%2324 = fadd double %2315, %2323
	%2325 = select i1 %2322, double %2324, double %2315
	%2326 = add i32 %2317, 1
	%2327 = select i1 %2322, i32 %2326, i32 %2317
	%2328 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 24, i32 31)
	%2329 = fcmp olt double %2325, 0x3FECCCCCCCCCCCCD
	%2330 = add i32 %1947, 24
	%2331 = icmp slt i32 %2330, %967
	%2332 = and i1 %2329, %2331
	%2333 = fpext float %2328 to double
	%2334 = fadd double %2325, %2333
	%2335 = select i1 %2332, double %2334, double %2325
	%2336 = add i32 %2327, 1
	%2337 = select i1 %2332, i32 %2336, i32 %2327
	%2338 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 25, i32 31)
	%2339 = fcmp olt double %2335, 0x3FECCCCCCCCCCCCD
	%2340 = add i32 %1947, 25
	%2341 = icmp slt i32 %2340, %967
	%2342 = and i1 %2339, %2341
	%2343 = fpext float %2338 to double
	%2344 = fadd double %2335, %2343
	%2345 = select i1 %2342, double %2344, double %2335
	%2346 = add i32 %2337, 1
	%2347 = select i1 %2342, i32 %2346, i32 %2337
	%2348 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 26, i32 31)
	%2349 = fcmp olt double %2345, 0x3FECCCCCCCCCCCCD
	%2350 = add i32 %1947, 26
	%2351 = icmp slt i32 %2350, %967
	%2352 = and i1 %2349, %2351
	%2353 = fpext float %2348 to double
	%2354 = fadd double %2345, %2353
	%2355 = select i1 %2352, double %2354, double %2345
	%2356 = add i32 %2347, 1
	%2357 = select i1 %2352, i32 %2356, i32 %2347
	%2358 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 27, i32 31)
	%2359 = fcmp olt double %2355, 0x3FECCCCCCCCCCCCD
	%2360 = add i32 %1947, 27
	%2361 = icmp slt i32 %2360, %967
	%2362 = and i1 %2359, %2361
	%2363 = fpext float %2358 to double
	%2364 = fadd double %2355, %2363
	%2365 = select i1 %2362, double %2364, double %2355
	%2366 = add i32 %2357, 1
	%2367 = select i1 %2362, i32 %2366, i32 %2357
	%2368 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 28, i32 31)
	%2369 = fcmp olt double %2365, 0x3FECCCCCCCCCCCCD
	%2370 = add i32 %1947, 28
	%2371 = icmp slt i32 %2370, %967
	%2372 = and i1 %2369, %2371
	%2373 = fpext float %2368 to double
	%2374 = fadd double %2365, %2373
	%2375 = select i1 %2372, double %2374, double %2365
	%2376 = add i32 %2367, 1
	%2377 = select i1 %2372, i32 %2376, i32 %2367
	%2378 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 29, i32 31)
	%2379 = fcmp olt double %2375, 0x3FECCCCCCCCCCCCD
	%2380 = add i32 %1947, 29
	%2381 = icmp slt i32 %2380, %967
	%2382 = and i1 %2379, %2381
	%2383 = fpext float %2378 to double
	%2384 = fadd double %2375, %2383
	%2385 = select i1 %2382, double %2384, double %2375
	%2386 = add i32 %2377, 1
	%2387 = select i1 %2382, i32 %2386, i32 %2377
	%2388 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 30, i32 31)
	%2389 = fcmp olt double %2385, 0x3FECCCCCCCCCCCCD
	%2390 = add i32 %1947, 30
	%2391 = icmp slt i32 %2390, %967
	%2392 = and i1 %2389, %2391
	%2393 = fpext float %2388 to double
	%2394 = fadd double %2385, %2393
	%2395 = select i1 %2392, double %2394, double %2385
	%2396 = add i32 %2387, 1
	%2397 = select i1 %2392, i32 %2396, i32 %2387
	%2398 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1964, i32 31, i32 31)
	%2399 = fcmp olt double %2395, 0x3FECCCCCCCCCCCCD
	%2400 = add i32 %1947, 31
	%2401 = icmp slt i32 %2400, %967
	%2402 = and i1 %2399, %2401
	%2403 = fpext float %2398 to double
	%2404 = fadd double %2395, %2403
	%2405 = select i1 %2402, double %2404, double %2395
	%2406 = add i32 %2397, 1
	%2407 = select i1 %2402, i32 %2406, i32 %2397
	br label %2408

2408:
	%2409 = phi double [ %2085, %2062 ], [ %2405, %2087 ]
	%2410 = phi i32 [ %2086, %2062 ], [ %2407, %2087 ]
	%2411 = add i32 %1947, 32
	br label %1946

2412:
	%2413 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1949, i32 addrspace(3)* %2413
	%2414 = fcmp oge double %1948, 0x3FECCCCCCCCCCCCD
	%2415 = zext i1 %2414 to i32
	%2416 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2415, i32 addrspace(3)* %2416
	br label %2417

2417:
	br label %1933

2418:
	%2419 = phi i32 [ %973, %mass_done ], [ %2429, %2421 ]
	%2420 = icmp slt i32 %2419, %NK
	br i1 %2420, label %2421, label %2430

2421:
	%2422 = add i32 %13, %2419
	%2423 = sext i32 %2422 to i64
	%2424 = getelementptr i32, i32* %list, i64 %2423
	store i32 -1, i32* %2424
	%2425 = add i32 %13, %NK
	%2426 = add i32 %2425, %2419
	%2427 = sext i32 %2426 to i64
	%2428 = getelementptr i32, i32* %list, i64 %2427
	store i32 -1, i32* %2428
	%2429 = add i32 %2419, 256
	br label %2418

2430:
	ret void
}
