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
	%500 = phi i32 [ %0, %419 ], [ %566, %565 ]
	%501 = icmp slt i32 %500, %16
	br i1 %501, label %502, label %518

502:
	%503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %500
	%504 = load i32, i32 addrspace(3)* %503
	%505 = icmp uge i32 %504, 2
	%506 = and i32 %504, 0
	%507 = icmp eq i32 %506, 0
	%508 = and i1 %505, %507
	%509 = lshr i32 %504, 24
	%510 = and i32 %509, 255
	%511 = select i1 %508, i32 %510, i32 256
	%512 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %511)
	%513 = shl i32 1, %3
	%514 = sub i32 %513, 1
	%515 = and i32 %512, %514
	%516 = icmp eq i32 %515, 0
	%517 = and i1 %508, %516
	br i1 %517, label %547, label %551

518:
	call void @llvm.nvvm.barrier0()
	%519 = sub i32 255, %0
	%520 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %519
	%521 = load i32, i32 addrspace(3)* %520
	%522 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %519
	%523 = load i32, i32 addrspace(3)* %522
	%524 = and i32 %0, 31
	%525 = lshr i32 %0, 5
	%526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 1, i32 0)
	%527 = icmp uge i32 %524, 1
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %529, i32 2, i32 0)
	%531 = icmp uge i32 %524, 2
	%532 = select i1 %531, i32 %530, i32 0
	%533 = add i32 %529, %532
	%534 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %533, i32 4, i32 0)
	%535 = icmp uge i32 %524, 4
	%536 = select i1 %535, i32 %534, i32 0
	%537 = add i32 %533, %536
	%538 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %537, i32 8, i32 0)
	%539 = icmp uge i32 %524, 8
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %537, %540
	%542 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %541, i32 16, i32 0)
	%543 = icmp uge i32 %524, 16
	%544 = select i1 %543, i32 %542, i32 0
	%545 = add i32 %541, %544
	%546 = icmp eq i32 %524, 31
	br i1 %546, label %567, label %569

547:
	%548 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %510
	%549 = call i32 @llvm.ctpop.i32(i32 %512)
	%550 = atomicrmw add i32 addrspace(3)* %548, i32 %549 monotonic
	br label %551

551:
	%552 = sub i32 %504, 2
	%553 = bitcast i32 %552 to float
	%554 = fcmp ogt float %553, 0.0
	%555 = select i1 %554, float %553, float 0.0
	%556 = fcmp olt float %555, 1.0
	%557 = select i1 %556, float %555, float 1.0
	%558 = fmul float %557, 262144.0
	%559 = fptosi float %558 to i32
	%560 = icmp sgt i32 %559, 0
	%561 = and i1 %508, %560
	br i1 %561, label %562, label %565

562:
	%563 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %510
	%564 = atomicrmw add i32 addrspace(3)* %563, i32 %559 monotonic
	br label %565

565:
	%566 = add i32 %500, 256
	br label %499

567:
	%568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %525
	store i32 %545, i32 addrspace(3)* %568
	br label %569

569:
	call void @llvm.nvvm.barrier0()
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %525, 0
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 0, %573
	%575 = add i32 0, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %525, 1
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %525, 2
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %525, 3
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %525, 4
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %525, 5
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %525, 6
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %525, 7
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = add i32 %616, %545
	%619 = sub i32 %618, %523
	%620 = and i32 %0, 31
	%621 = lshr i32 %0, 5
	%622 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %521, i32 1, i32 0)
	%623 = icmp uge i32 %620, 1
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %521, %624
	%626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %625, i32 2, i32 0)
	%627 = icmp uge i32 %620, 2
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %625, %628
	%630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %629, i32 4, i32 0)
	%631 = icmp uge i32 %620, 4
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %629, %632
	%634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %633, i32 8, i32 0)
	%635 = icmp uge i32 %620, 8
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %633, %636
	%638 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %637, i32 16, i32 0)
	%639 = icmp uge i32 %620, 16
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %637, %640
	%642 = icmp eq i32 %620, 31
	br i1 %642, label %643, label %645

643:
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %621
	store i32 %641, i32 addrspace(3)* %644
	br label %645

645:
	call void @llvm.nvvm.barrier0()
	%646 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%647 = load i32, i32 addrspace(3)* %646
	%648 = icmp sgt i32 %621, 0
	%649 = select i1 %648, i32 %647, i32 0
	%650 = add i32 0, %649
	%651 = add i32 0, %647
	%652 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%653 = load i32, i32 addrspace(3)* %652
	%654 = icmp sgt i32 %621, 1
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %650, %655
	%657 = add i32 %651, %653
	%658 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%659 = load i32, i32 addrspace(3)* %658
	%660 = icmp sgt i32 %621, 2
	%661 = select i1 %660, i32 %659, i32 0
	%662 = add i32 %656, %661
	%663 = add i32 %657, %659
	%664 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%665 = load i32, i32 addrspace(3)* %664
	%666 = icmp sgt i32 %621, 3
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %662, %667
	%669 = add i32 %663, %665
	%670 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%671 = load i32, i32 addrspace(3)* %670
	%672 = icmp sgt i32 %621, 4
	%673 = select i1 %672, i32 %671, i32 0
	%674 = add i32 %668, %673
	%675 = add i32 %669, %671
	%676 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%677 = load i32, i32 addrspace(3)* %676
	%678 = icmp sgt i32 %621, 5
	%679 = select i1 %678, i32 %677, i32 0
	%680 = add i32 %674, %679
	%681 = add i32 %675, %677
	%682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%683 = load i32, i32 addrspace(3)* %682
	%684 = icmp sgt i32 %621, 6
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %680, %685
	%687 = add i32 %681, %683
	%688 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%689 = load i32, i32 addrspace(3)* %688
	%690 = icmp sgt i32 %621, 7
	%691 = select i1 %690, i32 %689, i32 0
	%692 = add i32 %686, %691
	%693 = add i32 %687, %689
	%694 = add i32 %692, %641
	%695 = sub i32 %694, %521
	%696 = icmp slt i32 %619, %431
	%697 = add i32 %619, %523
	%698 = icmp sle i32 %431, %697
	%699 = and i1 %696, %698
	%700 = icmp slt i32 %617, %431
	%701 = icmp eq i32 %0, 0
	%702 = and i1 %700, %701
	%703 = or i1 %699, %702
	br i1 %703, label %704, label %710

704:
	%705 = select i1 %700, i32 0, i32 %519
	%706 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %705, i32 addrspace(3)* %706
	%707 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %619, i32 addrspace(3)* %707
	%708 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %695, i32 addrspace(3)* %708
	%709 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %521, i32 addrspace(3)* %709
	br label %710

710:
	call void @llvm.nvvm.barrier0()
	%711 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%712 = load i32, i32 addrspace(3)* %711
	%713 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%714 = load i32, i32 addrspace(3)* %713
	%715 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%716 = load i32, i32 addrspace(3)* %715
	%717 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%718 = load i32, i32 addrspace(3)* %717
	%719 = shl i32 %712, 24
	%720 = or i32 0, %719
	%721 = sub i32 %431, %714
	%722 = add i32 0, %716
	%723 = or i1 false, %700
	%724 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %725
	%726 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %726
	call void @llvm.nvvm.barrier0()
	br label %727

727:
	%728 = phi i32 [ %0, %710 ], [ %794, %793 ]
	%729 = icmp slt i32 %728, %16
	br i1 %729, label %730, label %746

730:
	%731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %728
	%732 = load i32, i32 addrspace(3)* %731
	%733 = icmp uge i32 %732, 2
	%734 = and i32 %732, %724
	%735 = icmp eq i32 %734, %720
	%736 = and i1 %733, %735
	%737 = lshr i32 %732, 16
	%738 = and i32 %737, 255
	%739 = select i1 %736, i32 %738, i32 256
	%740 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %739)
	%741 = shl i32 1, %3
	%742 = sub i32 %741, 1
	%743 = and i32 %740, %742
	%744 = icmp eq i32 %743, 0
	%745 = and i1 %736, %744
	br i1 %745, label %775, label %779

746:
	call void @llvm.nvvm.barrier0()
	%747 = sub i32 255, %0
	%748 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %747
	%749 = load i32, i32 addrspace(3)* %748
	%750 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %747
	%751 = load i32, i32 addrspace(3)* %750
	%752 = and i32 %0, 31
	%753 = lshr i32 %0, 5
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %751, i32 1, i32 0)
	%755 = icmp uge i32 %752, 1
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %751, %756
	%758 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %757, i32 2, i32 0)
	%759 = icmp uge i32 %752, 2
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %757, %760
	%762 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %761, i32 4, i32 0)
	%763 = icmp uge i32 %752, 4
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %761, %764
	%766 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %765, i32 8, i32 0)
	%767 = icmp uge i32 %752, 8
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %765, %768
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %769, i32 16, i32 0)
	%771 = icmp uge i32 %752, 16
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %769, %772
	%774 = icmp eq i32 %752, 31
	br i1 %774, label %795, label %797

775:
	%776 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %738
	%777 = call i32 @llvm.ctpop.i32(i32 %740)
	%778 = atomicrmw add i32 addrspace(3)* %776, i32 %777 monotonic
	br label %779

779:
	%780 = sub i32 %732, 2
	%781 = bitcast i32 %780 to float
	%782 = fcmp ogt float %781, 0.0
	%783 = select i1 %782, float %781, float 0.0
	%784 = fcmp olt float %783, 1.0
	%785 = select i1 %784, float %783, float 1.0
	%786 = fmul float %785, 262144.0
	%787 = fptosi float %786 to i32
	%788 = icmp sgt i32 %787, 0
	%789 = and i1 %736, %788
	br i1 %789, label %790, label %793

790:
	%791 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %738
	%792 = atomicrmw add i32 addrspace(3)* %791, i32 %787 monotonic
	br label %793

793:
	%794 = add i32 %728, 256
	br label %727

795:
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %753
	store i32 %773, i32 addrspace(3)* %796
	br label %797

797:
	call void @llvm.nvvm.barrier0()
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %753, 0
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 0, %801
	%803 = add i32 0, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %753, 1
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %753, 2
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%817 = load i32, i32 addrspace(3)* %816
	%818 = icmp sgt i32 %753, 3
	%819 = select i1 %818, i32 %817, i32 0
	%820 = add i32 %814, %819
	%821 = add i32 %815, %817
	%822 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%823 = load i32, i32 addrspace(3)* %822
	%824 = icmp sgt i32 %753, 4
	%825 = select i1 %824, i32 %823, i32 0
	%826 = add i32 %820, %825
	%827 = add i32 %821, %823
	%828 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%829 = load i32, i32 addrspace(3)* %828
	%830 = icmp sgt i32 %753, 5
	%831 = select i1 %830, i32 %829, i32 0
	%832 = add i32 %826, %831
	%833 = add i32 %827, %829
	%834 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%835 = load i32, i32 addrspace(3)* %834
	%836 = icmp sgt i32 %753, 6
	%837 = select i1 %836, i32 %835, i32 0
	%838 = add i32 %832, %837
	%839 = add i32 %833, %835
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%841 = load i32, i32 addrspace(3)* %840
	%842 = icmp sgt i32 %753, 7
	%843 = select i1 %842, i32 %841, i32 0
	%844 = add i32 %838, %843
	%845 = add i32 %839, %841
	%846 = add i32 %844, %773
	%847 = sub i32 %846, %751
	%848 = and i32 %0, 31
	%849 = lshr i32 %0, 5
	%850 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %749, i32 1, i32 0)
	%851 = icmp uge i32 %848, 1
	%852 = select i1 %851, i32 %850, i32 0
	%853 = add i32 %749, %852
	%854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %853, i32 2, i32 0)
	%855 = icmp uge i32 %848, 2
	%856 = select i1 %855, i32 %854, i32 0
	%857 = add i32 %853, %856
	%858 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %857, i32 4, i32 0)
	%859 = icmp uge i32 %848, 4
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %857, %860
	%862 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %861, i32 8, i32 0)
	%863 = icmp uge i32 %848, 8
	%864 = select i1 %863, i32 %862, i32 0
	%865 = add i32 %861, %864
	%866 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %865, i32 16, i32 0)
	%867 = icmp uge i32 %848, 16
	%868 = select i1 %867, i32 %866, i32 0
	%869 = add i32 %865, %868
	%870 = icmp eq i32 %848, 31
	br i1 %870, label %871, label %873

871:
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %849
	store i32 %869, i32 addrspace(3)* %872
	br label %873

873:
	call void @llvm.nvvm.barrier0()
	%874 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%875 = load i32, i32 addrspace(3)* %874
	%876 = icmp sgt i32 %849, 0
	%877 = select i1 %876, i32 %875, i32 0
	%878 = add i32 0, %877
	%879 = add i32 0, %875
	%880 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%881 = load i32, i32 addrspace(3)* %880
	%882 = icmp sgt i32 %849, 1
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %878, %883
	%885 = add i32 %879, %881
	%886 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%887 = load i32, i32 addrspace(3)* %886
	%888 = icmp sgt i32 %849, 2
	%889 = select i1 %888, i32 %887, i32 0
	%890 = add i32 %884, %889
	%891 = add i32 %885, %887
	%892 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%893 = load i32, i32 addrspace(3)* %892
	%894 = icmp sgt i32 %849, 3
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = add i32 %891, %893
	%898 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%899 = load i32, i32 addrspace(3)* %898
	%900 = icmp sgt i32 %849, 4
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %896, %901
	%903 = add i32 %897, %899
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%905 = load i32, i32 addrspace(3)* %904
	%906 = icmp sgt i32 %849, 5
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %902, %907
	%909 = add i32 %903, %905
	%910 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%911 = load i32, i32 addrspace(3)* %910
	%912 = icmp sgt i32 %849, 6
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %908, %913
	%915 = add i32 %909, %911
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%917 = load i32, i32 addrspace(3)* %916
	%918 = icmp sgt i32 %849, 7
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %914, %919
	%921 = add i32 %915, %917
	%922 = add i32 %920, %869
	%923 = sub i32 %922, %749
	%924 = icmp slt i32 %847, %721
	%925 = add i32 %847, %751
	%926 = icmp sle i32 %721, %925
	%927 = and i1 %924, %926
	%928 = icmp slt i32 %845, %721
	%929 = icmp eq i32 %0, 0
	%930 = and i1 %928, %929
	%931 = or i1 %927, %930
	br i1 %931, label %932, label %938

932:
	%933 = select i1 %928, i32 0, i32 %747
	%934 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %933, i32 addrspace(3)* %934
	%935 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %847, i32 addrspace(3)* %935
	%936 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %923, i32 addrspace(3)* %936
	%937 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %749, i32 addrspace(3)* %937
	br label %938

938:
	call void @llvm.nvvm.barrier0()
	%939 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%940 = load i32, i32 addrspace(3)* %939
	%941 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%942 = load i32, i32 addrspace(3)* %941
	%943 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%944 = load i32, i32 addrspace(3)* %943
	%945 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%946 = load i32, i32 addrspace(3)* %945
	%947 = shl i32 %940, 16
	%948 = or i32 %720, %947
	%949 = sub i32 %721, %942
	%950 = add i32 %722, %944
	%951 = or i1 %723, %928
	%952 = or i32 %724, u0xFF0000
	%953 = add i32 %950, %946
	%954 = select i1 %951, i32 %422, i32 %953
	%955 = select i1 %951, i32 2, i32 %948
	%956 = icmp sge i32 %954, 0
	%957 = sub i32 %955, 1
	%958 = icmp slt i32 0, %422
	%959 = select i1 %958, i32 0, i32 %422
	%960 = select i1 %956, i32 %954, i32 %959
	br label %mass

mass:
	%961 = phi i32 [ %960, %938 ], [ %1927, %1915 ]
	%962 = phi i1 [ true, %938 ], [ false, %1915 ]
	%963 = and i1 %962, %956
	br i1 %963, label %mass_bins, label %mass_topk

mass_done:
	%964 = icmp sgt i32 %1917, 0
	%965 = select i1 %964, i32 %1917, i32 0
	%966 = add i32 %421, %965
	%967 = add i32 %966, %0
	br label %2400

mass_bins:
	%968 = shl i32 1, %3
	%969 = sub i32 %968, 1
	br label %978

mass_topk:
	%970 = icmp sgt i32 %961, 0
	br i1 %970, label %topk, label %topk_done

mass_taken:
	%971 = sub i32 %961, 1
	%972 = call i32 @llvm.ctlz.i32(i32 %971, i1 false)
	%973 = icmp sgt i32 %961, 1
	%974 = sub i32 32, %972
	%975 = select i1 %973, i32 %974, i32 0
	%976 = shl i32 1, %975
	%977 = add i32 %961, %0
	br label %1829

978:
	%979 = phi i32 [ 0, %mass_bins ], [ %1027, %1026 ]
	%980 = icmp slt i32 %979, %16
	br i1 %980, label %981, label %989

981:
	%982 = add i32 %979, %0
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %957
	%986 = icmp eq i32 %984, %957
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = icmp eq i32 %3, 0
	br i1 %988, label %1020, label %1026

989:
	call void @llvm.nvvm.barrier0()
	%990 = sdiv i32 %16, 256
	%991 = mul i32 %990, 8
	%992 = icmp slt i32 %0, %991
	%993 = select i1 %992, i32 %0, i32 0
	%994 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %993
	%995 = load i32, i32 addrspace(3)* %994
	%996 = select i1 %992, i32 %995, i32 0
	%997 = and i32 %0, 31
	%998 = lshr i32 %0, 5
	%999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %996, i32 1, i32 0)
	%1000 = icmp uge i32 %997, 1
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 %996, %1001
	%1003 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 2, i32 0)
	%1004 = icmp uge i32 %997, 2
	%1005 = select i1 %1004, i32 %1003, i32 0
	%1006 = add i32 %1002, %1005
	%1007 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1006, i32 4, i32 0)
	%1008 = icmp uge i32 %997, 4
	%1009 = select i1 %1008, i32 %1007, i32 0
	%1010 = add i32 %1006, %1009
	%1011 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1010, i32 8, i32 0)
	%1012 = icmp uge i32 %997, 8
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1010, %1013
	%1015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1014, i32 16, i32 0)
	%1016 = icmp uge i32 %997, 16
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1014, %1017
	%1019 = icmp eq i32 %997, 31
	br i1 %1019, label %1028, label %1030

1020:
	%1021 = sdiv i32 %979, 256
	%1022 = mul i32 %1021, 8
	%1023 = add i32 %1022, %4
	%1024 = call i32 @llvm.ctpop.i32(i32 %987)
	%1025 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1023
	store i32 %1024, i32 addrspace(3)* %1025
	br label %1026

1026:
	%1027 = add i32 %979, 256
	br label %978

1028:
	%1029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %998
	store i32 %1018, i32 addrspace(3)* %1029
	br label %1030

1030:
	call void @llvm.nvvm.barrier0()
	%1031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1032 = load i32, i32 addrspace(3)* %1031
	%1033 = icmp sgt i32 %998, 0
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = add i32 0, %1034
	%1036 = add i32 0, %1032
	%1037 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1038 = load i32, i32 addrspace(3)* %1037
	%1039 = icmp sgt i32 %998, 1
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 %1035, %1040
	%1042 = add i32 %1036, %1038
	%1043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1044 = load i32, i32 addrspace(3)* %1043
	%1045 = icmp sgt i32 %998, 2
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = add i32 %1041, %1046
	%1048 = add i32 %1042, %1044
	%1049 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1050 = load i32, i32 addrspace(3)* %1049
	%1051 = icmp sgt i32 %998, 3
	%1052 = select i1 %1051, i32 %1050, i32 0
	%1053 = add i32 %1047, %1052
	%1054 = add i32 %1048, %1050
	%1055 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1056 = load i32, i32 addrspace(3)* %1055
	%1057 = icmp sgt i32 %998, 4
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = add i32 %1053, %1058
	%1060 = add i32 %1054, %1056
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %998, 5
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 %1059, %1064
	%1066 = add i32 %1060, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %998, 6
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %998, 7
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = add i32 %1077, %1018
	%1080 = sub i32 %1079, %996
	br i1 %992, label %1081, label %1083

1081:
	%1082 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1080, i32 addrspace(3)* %1082
	br label %1083

1083:
	call void @llvm.nvvm.barrier0()
	br label %1084

1084:
	%1085 = phi i32 [ 0, %1083 ], [ %1108, %1107 ]
	%1086 = icmp slt i32 %1085, %16
	br i1 %1086, label %1087, label %1103

1087:
	%1088 = add i32 %1085, %0
	%1089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1088
	%1090 = load i32, i32 addrspace(3)* %1089
	%1091 = icmp ugt i32 %1090, %957
	%1092 = icmp eq i32 %1090, %957
	%1093 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1094 = sdiv i32 %1085, 256
	%1095 = mul i32 %1094, 8
	%1096 = add i32 %1095, %4
	%1097 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1098 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1096
	%1099 = load i32, i32 addrspace(3)* %1098
	%1100 = and i32 %1097, %969
	%1101 = call i32 @llvm.ctpop.i32(i32 %1100)
	%1102 = add i32 %1099, %1101
	br i1 %1091, label %1104, label %1107

1103:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1104:
	%1105 = add i32 %1085, %0
	%1106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1102
	store i32 %1105, i32 addrspace(3)* %1106
	br label %1107

1107:
	%1108 = add i32 %1085, 256
	br label %1084

topk:
	call void @llvm.nvvm.barrier0()
	%1109 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1109
	call void @llvm.nvvm.barrier0()
	br label %1110

topk_done:
	br label %mass_taken

1110:
	%1111 = phi i32 [ %0, %topk ], [ %1162, %1161 ]
	%1112 = icmp slt i32 %1111, %16
	br i1 %1112, label %1113, label %1129

1113:
	%1114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1111
	%1115 = load i32, i32 addrspace(3)* %1114
	%1116 = icmp uge i32 %1115, 2
	%1117 = and i32 %1115, 0
	%1118 = icmp eq i32 %1117, 0
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %1115, 24
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1157, label %1161

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
	br i1 %1156, label %1163, label %1165

1157:
	%1158 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1121
	%1159 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1160 = atomicrmw add i32 addrspace(3)* %1158, i32 %1159 monotonic
	br label %1161

1161:
	%1162 = add i32 %1111, 256
	br label %1110

1163:
	%1164 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1135
	store i32 %1155, i32 addrspace(3)* %1164
	br label %1165

1165:
	call void @llvm.nvvm.barrier0()
	%1166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1167 = load i32, i32 addrspace(3)* %1166
	%1168 = icmp sgt i32 %1135, 0
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 0, %1169
	%1171 = add i32 0, %1167
	%1172 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1173 = load i32, i32 addrspace(3)* %1172
	%1174 = icmp sgt i32 %1135, 1
	%1175 = select i1 %1174, i32 %1173, i32 0
	%1176 = add i32 %1170, %1175
	%1177 = add i32 %1171, %1173
	%1178 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1179 = load i32, i32 addrspace(3)* %1178
	%1180 = icmp sgt i32 %1135, 2
	%1181 = select i1 %1180, i32 %1179, i32 0
	%1182 = add i32 %1176, %1181
	%1183 = add i32 %1177, %1179
	%1184 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1185 = load i32, i32 addrspace(3)* %1184
	%1186 = icmp sgt i32 %1135, 3
	%1187 = select i1 %1186, i32 %1185, i32 0
	%1188 = add i32 %1182, %1187
	%1189 = add i32 %1183, %1185
	%1190 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = icmp sgt i32 %1135, 4
	%1193 = select i1 %1192, i32 %1191, i32 0
	%1194 = add i32 %1188, %1193
	%1195 = add i32 %1189, %1191
	%1196 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = icmp sgt i32 %1135, 5
	%1199 = select i1 %1198, i32 %1197, i32 0
	%1200 = add i32 %1194, %1199
	%1201 = add i32 %1195, %1197
	%1202 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp sgt i32 %1135, 6
	%1205 = select i1 %1204, i32 %1203, i32 0
	%1206 = add i32 %1200, %1205
	%1207 = add i32 %1201, %1203
	%1208 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = icmp sgt i32 %1135, 7
	%1211 = select i1 %1210, i32 %1209, i32 0
	%1212 = add i32 %1206, %1211
	%1213 = add i32 %1207, %1209
	%1214 = add i32 %1212, %1155
	%1215 = sub i32 %1214, %1132
	%1216 = icmp slt i32 %1215, %961
	%1217 = add i32 %1215, %1132
	%1218 = icmp sle i32 %961, %1217
	%1219 = and i1 %1216, %1218
	br i1 %1219, label %1220, label %1223

1220:
	%1221 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1130, i32 addrspace(3)* %1221
	%1222 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1215, i32 addrspace(3)* %1222
	br label %1223

1223:
	call void @llvm.nvvm.barrier0()
	%1224 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = sub i32 %961, %1227
	%1229 = shl i32 %1225, 24
	%1230 = or i32 0, %1229
	%1231 = or i32 0, u0xFF000000
	br label %1232

1232:
	%1233 = phi i32 [ %0, %1223 ], [ %1284, %1283 ]
	%1234 = icmp slt i32 %1233, %16
	br i1 %1234, label %1235, label %1251

1235:
	%1236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1233
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = icmp uge i32 %1237, 2
	%1239 = and i32 %1237, %1231
	%1240 = icmp eq i32 %1239, %1230
	%1241 = and i1 %1238, %1240
	%1242 = lshr i32 %1237, 16
	%1243 = and i32 %1242, 255
	%1244 = select i1 %1241, i32 %1243, i32 256
	%1245 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1244)
	%1246 = shl i32 1, %3
	%1247 = sub i32 %1246, 1
	%1248 = and i32 %1245, %1247
	%1249 = icmp eq i32 %1248, 0
	%1250 = and i1 %1241, %1249
	br i1 %1250, label %1279, label %1283

1251:
	call void @llvm.nvvm.barrier0()
	%1252 = sub i32 255, %0
	%1253 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1252
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1255
	%1256 = and i32 %0, 31
	%1257 = lshr i32 %0, 5
	%1258 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1254, i32 1, i32 0)
	%1259 = icmp uge i32 %1256, 1
	%1260 = select i1 %1259, i32 %1258, i32 0
	%1261 = add i32 %1254, %1260
	%1262 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1261, i32 2, i32 0)
	%1263 = icmp uge i32 %1256, 2
	%1264 = select i1 %1263, i32 %1262, i32 0
	%1265 = add i32 %1261, %1264
	%1266 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1265, i32 4, i32 0)
	%1267 = icmp uge i32 %1256, 4
	%1268 = select i1 %1267, i32 %1266, i32 0
	%1269 = add i32 %1265, %1268
	%1270 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1269, i32 8, i32 0)
	%1271 = icmp uge i32 %1256, 8
	%1272 = select i1 %1271, i32 %1270, i32 0
	%1273 = add i32 %1269, %1272
	%1274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1273, i32 16, i32 0)
	%1275 = icmp uge i32 %1256, 16
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = add i32 %1273, %1276
	%1278 = icmp eq i32 %1256, 31
	br i1 %1278, label %1285, label %1287

1279:
	%1280 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1243
	%1281 = call i32 @llvm.ctpop.i32(i32 %1245)
	%1282 = atomicrmw add i32 addrspace(3)* %1280, i32 %1281 monotonic
	br label %1283

1283:
	%1284 = add i32 %1233, 256
	br label %1232

1285:
	%1286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1257
	store i32 %1277, i32 addrspace(3)* %1286
	br label %1287

1287:
	call void @llvm.nvvm.barrier0()
	%1288 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1289 = load i32, i32 addrspace(3)* %1288
	%1290 = icmp sgt i32 %1257, 0
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 0, %1291
	%1293 = add i32 0, %1289
	%1294 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = icmp sgt i32 %1257, 1
	%1297 = select i1 %1296, i32 %1295, i32 0
	%1298 = add i32 %1292, %1297
	%1299 = add i32 %1293, %1295
	%1300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1301 = load i32, i32 addrspace(3)* %1300
	%1302 = icmp sgt i32 %1257, 2
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 %1298, %1303
	%1305 = add i32 %1299, %1301
	%1306 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1307 = load i32, i32 addrspace(3)* %1306
	%1308 = icmp sgt i32 %1257, 3
	%1309 = select i1 %1308, i32 %1307, i32 0
	%1310 = add i32 %1304, %1309
	%1311 = add i32 %1305, %1307
	%1312 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = icmp sgt i32 %1257, 4
	%1315 = select i1 %1314, i32 %1313, i32 0
	%1316 = add i32 %1310, %1315
	%1317 = add i32 %1311, %1313
	%1318 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = icmp sgt i32 %1257, 5
	%1321 = select i1 %1320, i32 %1319, i32 0
	%1322 = add i32 %1316, %1321
	%1323 = add i32 %1317, %1319
	%1324 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1325 = load i32, i32 addrspace(3)* %1324
	%1326 = icmp sgt i32 %1257, 6
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = add i32 %1322, %1327
	%1329 = add i32 %1323, %1325
	%1330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp sgt i32 %1257, 7
	%1333 = select i1 %1332, i32 %1331, i32 0
	%1334 = add i32 %1328, %1333
	%1335 = add i32 %1329, %1331
	%1336 = add i32 %1334, %1277
	%1337 = sub i32 %1336, %1254
	%1338 = icmp slt i32 %1337, %1228
	%1339 = add i32 %1337, %1254
	%1340 = icmp sle i32 %1228, %1339
	%1341 = and i1 %1338, %1340
	br i1 %1341, label %1342, label %1345

1342:
	%1343 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1252, i32 addrspace(3)* %1343
	%1344 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1337, i32 addrspace(3)* %1344
	br label %1345

1345:
	call void @llvm.nvvm.barrier0()
	%1346 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = sub i32 %1228, %1349
	%1351 = shl i32 %1347, 16
	%1352 = or i32 %1230, %1351
	%1353 = or i32 %1231, u0xFF0000
	br label %1354

1354:
	%1355 = phi i32 [ %0, %1345 ], [ %1406, %1405 ]
	%1356 = icmp slt i32 %1355, %16
	br i1 %1356, label %1357, label %1373

1357:
	%1358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1355
	%1359 = load i32, i32 addrspace(3)* %1358
	%1360 = icmp uge i32 %1359, 2
	%1361 = and i32 %1359, %1353
	%1362 = icmp eq i32 %1361, %1352
	%1363 = and i1 %1360, %1362
	%1364 = lshr i32 %1359, 8
	%1365 = and i32 %1364, 255
	%1366 = select i1 %1363, i32 %1365, i32 256
	%1367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1366)
	%1368 = shl i32 1, %3
	%1369 = sub i32 %1368, 1
	%1370 = and i32 %1367, %1369
	%1371 = icmp eq i32 %1370, 0
	%1372 = and i1 %1363, %1371
	br i1 %1372, label %1401, label %1405

1373:
	call void @llvm.nvvm.barrier0()
	%1374 = sub i32 255, %0
	%1375 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1374
	%1376 = load i32, i32 addrspace(3)* %1375
	%1377 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1377
	%1378 = and i32 %0, 31
	%1379 = lshr i32 %0, 5
	%1380 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1376, i32 1, i32 0)
	%1381 = icmp uge i32 %1378, 1
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = add i32 %1376, %1382
	%1384 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1383, i32 2, i32 0)
	%1385 = icmp uge i32 %1378, 2
	%1386 = select i1 %1385, i32 %1384, i32 0
	%1387 = add i32 %1383, %1386
	%1388 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1387, i32 4, i32 0)
	%1389 = icmp uge i32 %1378, 4
	%1390 = select i1 %1389, i32 %1388, i32 0
	%1391 = add i32 %1387, %1390
	%1392 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1391, i32 8, i32 0)
	%1393 = icmp uge i32 %1378, 8
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = add i32 %1391, %1394
	%1396 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1395, i32 16, i32 0)
	%1397 = icmp uge i32 %1378, 16
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = add i32 %1395, %1398
	%1400 = icmp eq i32 %1378, 31
	br i1 %1400, label %1407, label %1409

1401:
	%1402 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1365
	%1403 = call i32 @llvm.ctpop.i32(i32 %1367)
	%1404 = atomicrmw add i32 addrspace(3)* %1402, i32 %1403 monotonic
	br label %1405

1405:
	%1406 = add i32 %1355, 256
	br label %1354

1407:
	%1408 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1379
	store i32 %1399, i32 addrspace(3)* %1408
	br label %1409

1409:
	call void @llvm.nvvm.barrier0()
	%1410 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1411 = load i32, i32 addrspace(3)* %1410
	%1412 = icmp sgt i32 %1379, 0
	%1413 = select i1 %1412, i32 %1411, i32 0
	%1414 = add i32 0, %1413
	%1415 = add i32 0, %1411
	%1416 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1417 = load i32, i32 addrspace(3)* %1416
	%1418 = icmp sgt i32 %1379, 1
	%1419 = select i1 %1418, i32 %1417, i32 0
	%1420 = add i32 %1414, %1419
	%1421 = add i32 %1415, %1417
	%1422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = icmp sgt i32 %1379, 2
	%1425 = select i1 %1424, i32 %1423, i32 0
	%1426 = add i32 %1420, %1425
	%1427 = add i32 %1421, %1423
	%1428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1429 = load i32, i32 addrspace(3)* %1428
	%1430 = icmp sgt i32 %1379, 3
	%1431 = select i1 %1430, i32 %1429, i32 0
	%1432 = add i32 %1426, %1431
	%1433 = add i32 %1427, %1429
	%1434 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1435 = load i32, i32 addrspace(3)* %1434
	%1436 = icmp sgt i32 %1379, 4
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = add i32 %1432, %1437
	%1439 = add i32 %1433, %1435
	%1440 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1441 = load i32, i32 addrspace(3)* %1440
	%1442 = icmp sgt i32 %1379, 5
	%1443 = select i1 %1442, i32 %1441, i32 0
	%1444 = add i32 %1438, %1443
	%1445 = add i32 %1439, %1441
	%1446 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1447 = load i32, i32 addrspace(3)* %1446
	%1448 = icmp sgt i32 %1379, 6
	%1449 = select i1 %1448, i32 %1447, i32 0
	%1450 = add i32 %1444, %1449
	%1451 = add i32 %1445, %1447
	%1452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1453 = load i32, i32 addrspace(3)* %1452
	%1454 = icmp sgt i32 %1379, 7
	%1455 = select i1 %1454, i32 %1453, i32 0
	%1456 = add i32 %1450, %1455
	%1457 = add i32 %1451, %1453
	%1458 = add i32 %1456, %1399
	%1459 = sub i32 %1458, %1376
	%1460 = icmp slt i32 %1459, %1350
	%1461 = add i32 %1459, %1376
	%1462 = icmp sle i32 %1350, %1461
	%1463 = and i1 %1460, %1462
	br i1 %1463, label %1464, label %1467

1464:
	%1465 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1374, i32 addrspace(3)* %1465
	%1466 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1459, i32 addrspace(3)* %1466
	br label %1467

1467:
	call void @llvm.nvvm.barrier0()
	%1468 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1471 = load i32, i32 addrspace(3)* %1470
	%1472 = sub i32 %1350, %1471
	%1473 = shl i32 %1469, 8
	%1474 = or i32 %1352, %1473
	%1475 = or i32 %1353, u0xFF00
	br label %1476

1476:
	%1477 = phi i32 [ %0, %1467 ], [ %1528, %1527 ]
	%1478 = icmp slt i32 %1477, %16
	br i1 %1478, label %1479, label %1495

1479:
	%1480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1477
	%1481 = load i32, i32 addrspace(3)* %1480
	%1482 = icmp uge i32 %1481, 2
	%1483 = and i32 %1481, %1475
	%1484 = icmp eq i32 %1483, %1474
	%1485 = and i1 %1482, %1484
	%1486 = lshr i32 %1481, 0
	%1487 = and i32 %1486, 255
	%1488 = select i1 %1485, i32 %1487, i32 256
	%1489 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1488)
	%1490 = shl i32 1, %3
	%1491 = sub i32 %1490, 1
	%1492 = and i32 %1489, %1491
	%1493 = icmp eq i32 %1492, 0
	%1494 = and i1 %1485, %1493
	br i1 %1494, label %1523, label %1527

1495:
	call void @llvm.nvvm.barrier0()
	%1496 = sub i32 255, %0
	%1497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1496
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1499
	%1500 = and i32 %0, 31
	%1501 = lshr i32 %0, 5
	%1502 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1498, i32 1, i32 0)
	%1503 = icmp uge i32 %1500, 1
	%1504 = select i1 %1503, i32 %1502, i32 0
	%1505 = add i32 %1498, %1504
	%1506 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1505, i32 2, i32 0)
	%1507 = icmp uge i32 %1500, 2
	%1508 = select i1 %1507, i32 %1506, i32 0
	%1509 = add i32 %1505, %1508
	%1510 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1509, i32 4, i32 0)
	%1511 = icmp uge i32 %1500, 4
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1509, %1512
	%1514 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1513, i32 8, i32 0)
	%1515 = icmp uge i32 %1500, 8
	%1516 = select i1 %1515, i32 %1514, i32 0
	%1517 = add i32 %1513, %1516
	%1518 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1517, i32 16, i32 0)
	%1519 = icmp uge i32 %1500, 16
	%1520 = select i1 %1519, i32 %1518, i32 0
	%1521 = add i32 %1517, %1520
	%1522 = icmp eq i32 %1500, 31
	br i1 %1522, label %1529, label %1531

1523:
	%1524 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1487
	%1525 = call i32 @llvm.ctpop.i32(i32 %1489)
	%1526 = atomicrmw add i32 addrspace(3)* %1524, i32 %1525 monotonic
	br label %1527

1527:
	%1528 = add i32 %1477, 256
	br label %1476

1529:
	%1530 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1501
	store i32 %1521, i32 addrspace(3)* %1530
	br label %1531

1531:
	call void @llvm.nvvm.barrier0()
	%1532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1533 = load i32, i32 addrspace(3)* %1532
	%1534 = icmp sgt i32 %1501, 0
	%1535 = select i1 %1534, i32 %1533, i32 0
	%1536 = add i32 0, %1535
	%1537 = add i32 0, %1533
	%1538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1539 = load i32, i32 addrspace(3)* %1538
	%1540 = icmp sgt i32 %1501, 1
	%1541 = select i1 %1540, i32 %1539, i32 0
	%1542 = add i32 %1536, %1541
	%1543 = add i32 %1537, %1539
	%1544 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1545 = load i32, i32 addrspace(3)* %1544
	%1546 = icmp sgt i32 %1501, 2
	%1547 = select i1 %1546, i32 %1545, i32 0
	%1548 = add i32 %1542, %1547
	%1549 = add i32 %1543, %1545
	%1550 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1551 = load i32, i32 addrspace(3)* %1550
	%1552 = icmp sgt i32 %1501, 3
	%1553 = select i1 %1552, i32 %1551, i32 0
	%1554 = add i32 %1548, %1553
	%1555 = add i32 %1549, %1551
	%1556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = icmp sgt i32 %1501, 4
	%1559 = select i1 %1558, i32 %1557, i32 0
	%1560 = add i32 %1554, %1559
	%1561 = add i32 %1555, %1557
	%1562 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1563 = load i32, i32 addrspace(3)* %1562
	%1564 = icmp sgt i32 %1501, 5
	%1565 = select i1 %1564, i32 %1563, i32 0
	%1566 = add i32 %1560, %1565
	%1567 = add i32 %1561, %1563
	%1568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1569 = load i32, i32 addrspace(3)* %1568
	%1570 = icmp sgt i32 %1501, 6
	%1571 = select i1 %1570, i32 %1569, i32 0
	%1572 = add i32 %1566, %1571
	%1573 = add i32 %1567, %1569
	%1574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1575 = load i32, i32 addrspace(3)* %1574
	%1576 = icmp sgt i32 %1501, 7
	%1577 = select i1 %1576, i32 %1575, i32 0
	%1578 = add i32 %1572, %1577
	%1579 = add i32 %1573, %1575
	%1580 = add i32 %1578, %1521
	%1581 = sub i32 %1580, %1498
	%1582 = icmp slt i32 %1581, %1472
	%1583 = add i32 %1581, %1498
	%1584 = icmp sle i32 %1472, %1583
	%1585 = and i1 %1582, %1584
	br i1 %1585, label %1586, label %1589

1586:
	%1587 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1496, i32 addrspace(3)* %1587
	%1588 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1581, i32 addrspace(3)* %1588
	br label %1589

1589:
	call void @llvm.nvvm.barrier0()
	%1590 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1591 = load i32, i32 addrspace(3)* %1590
	%1592 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = sub i32 %1472, %1593
	%1595 = shl i32 %1591, 0
	%1596 = or i32 %1474, %1595
	%1597 = or i32 %1475, 255
	%1598 = shl i32 1, %3
	%1599 = sub i32 %1598, 1
	br label %1600

1600:
	%1601 = phi i32 [ 0, %1589 ], [ %1655, %1654 ]
	%1602 = icmp slt i32 %1601, %16
	br i1 %1602, label %1603, label %1612

1603:
	%1604 = add i32 %1601, %0
	%1605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1604
	%1606 = load i32, i32 addrspace(3)* %1605
	%1607 = icmp ugt i32 %1606, %1596
	%1608 = icmp eq i32 %1606, %1596
	%1609 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1607)
	%1610 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1608)
	%1611 = icmp eq i32 %3, 0
	br i1 %1611, label %1646, label %1654

1612:
	call void @llvm.nvvm.barrier0()
	%1613 = sdiv i32 %16, 256
	%1614 = mul i32 %1613, 8
	%1615 = icmp slt i32 %0, %1614
	%1616 = select i1 %1615, i32 %0, i32 0
	%1617 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1616
	%1618 = load i32, i32 addrspace(3)* %1617
	%1619 = select i1 %1615, i32 %1618, i32 0
	%1620 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1616
	%1621 = load i32, i32 addrspace(3)* %1620
	%1622 = select i1 %1615, i32 %1621, i32 0
	%1623 = and i32 %0, 31
	%1624 = lshr i32 %0, 5
	%1625 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1622, i32 1, i32 0)
	%1626 = icmp uge i32 %1623, 1
	%1627 = select i1 %1626, i32 %1625, i32 0
	%1628 = add i32 %1622, %1627
	%1629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1628, i32 2, i32 0)
	%1630 = icmp uge i32 %1623, 2
	%1631 = select i1 %1630, i32 %1629, i32 0
	%1632 = add i32 %1628, %1631
	%1633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1632, i32 4, i32 0)
	%1634 = icmp uge i32 %1623, 4
	%1635 = select i1 %1634, i32 %1633, i32 0
	%1636 = add i32 %1632, %1635
	%1637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1636, i32 8, i32 0)
	%1638 = icmp uge i32 %1623, 8
	%1639 = select i1 %1638, i32 %1637, i32 0
	%1640 = add i32 %1636, %1639
	%1641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1640, i32 16, i32 0)
	%1642 = icmp uge i32 %1623, 16
	%1643 = select i1 %1642, i32 %1641, i32 0
	%1644 = add i32 %1640, %1643
	%1645 = icmp eq i32 %1623, 31
	br i1 %1645, label %1656, label %1658

1646:
	%1647 = sdiv i32 %1601, 256
	%1648 = mul i32 %1647, 8
	%1649 = add i32 %1648, %4
	%1650 = call i32 @llvm.ctpop.i32(i32 %1609)
	%1651 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1649
	store i32 %1650, i32 addrspace(3)* %1651
	%1652 = call i32 @llvm.ctpop.i32(i32 %1610)
	%1653 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1649
	store i32 %1652, i32 addrspace(3)* %1653
	br label %1654

1654:
	%1655 = add i32 %1601, 256
	br label %1600

1656:
	%1657 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1624
	store i32 %1644, i32 addrspace(3)* %1657
	br label %1658

1658:
	call void @llvm.nvvm.barrier0()
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1624, 0
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 0, %1662
	%1664 = add i32 0, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1624, 1
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1624, 2
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1624, 3
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1684 = load i32, i32 addrspace(3)* %1683
	%1685 = icmp sgt i32 %1624, 4
	%1686 = select i1 %1685, i32 %1684, i32 0
	%1687 = add i32 %1681, %1686
	%1688 = add i32 %1682, %1684
	%1689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1690 = load i32, i32 addrspace(3)* %1689
	%1691 = icmp sgt i32 %1624, 5
	%1692 = select i1 %1691, i32 %1690, i32 0
	%1693 = add i32 %1687, %1692
	%1694 = add i32 %1688, %1690
	%1695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1696 = load i32, i32 addrspace(3)* %1695
	%1697 = icmp sgt i32 %1624, 6
	%1698 = select i1 %1697, i32 %1696, i32 0
	%1699 = add i32 %1693, %1698
	%1700 = add i32 %1694, %1696
	%1701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1702 = load i32, i32 addrspace(3)* %1701
	%1703 = icmp sgt i32 %1624, 7
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = add i32 %1699, %1704
	%1706 = add i32 %1700, %1702
	%1707 = add i32 %1705, %1644
	%1708 = sub i32 %1707, %1622
	%1709 = sub i32 %1594, %1708
	%1710 = icmp sgt i32 %1709, 0
	%1711 = select i1 %1710, i32 %1709, i32 0
	%1712 = icmp slt i32 %1711, %1622
	%1713 = select i1 %1712, i32 %1711, i32 %1622
	%1714 = add i32 %1619, %1713
	%1715 = and i32 %0, 31
	%1716 = lshr i32 %0, 5
	%1717 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1714, i32 1, i32 0)
	%1718 = icmp uge i32 %1715, 1
	%1719 = select i1 %1718, i32 %1717, i32 0
	%1720 = add i32 %1714, %1719
	%1721 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1720, i32 2, i32 0)
	%1722 = icmp uge i32 %1715, 2
	%1723 = select i1 %1722, i32 %1721, i32 0
	%1724 = add i32 %1720, %1723
	%1725 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1724, i32 4, i32 0)
	%1726 = icmp uge i32 %1715, 4
	%1727 = select i1 %1726, i32 %1725, i32 0
	%1728 = add i32 %1724, %1727
	%1729 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1728, i32 8, i32 0)
	%1730 = icmp uge i32 %1715, 8
	%1731 = select i1 %1730, i32 %1729, i32 0
	%1732 = add i32 %1728, %1731
	%1733 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1732, i32 16, i32 0)
	%1734 = icmp uge i32 %1715, 16
	%1735 = select i1 %1734, i32 %1733, i32 0
	%1736 = add i32 %1732, %1735
	%1737 = icmp eq i32 %1715, 31
	br i1 %1737, label %1738, label %1740

1738:
	%1739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1716
	store i32 %1736, i32 addrspace(3)* %1739
	br label %1740

1740:
	call void @llvm.nvvm.barrier0()
	%1741 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1742 = load i32, i32 addrspace(3)* %1741
	%1743 = icmp sgt i32 %1716, 0
	%1744 = select i1 %1743, i32 %1742, i32 0
	%1745 = add i32 0, %1744
	%1746 = add i32 0, %1742
	%1747 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1748 = load i32, i32 addrspace(3)* %1747
	%1749 = icmp sgt i32 %1716, 1
	%1750 = select i1 %1749, i32 %1748, i32 0
	%1751 = add i32 %1745, %1750
	%1752 = add i32 %1746, %1748
	%1753 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1754 = load i32, i32 addrspace(3)* %1753
	%1755 = icmp sgt i32 %1716, 2
	%1756 = select i1 %1755, i32 %1754, i32 0
	%1757 = add i32 %1751, %1756
	%1758 = add i32 %1752, %1754
	%1759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = icmp sgt i32 %1716, 3
	%1762 = select i1 %1761, i32 %1760, i32 0
	%1763 = add i32 %1757, %1762
	%1764 = add i32 %1758, %1760
	%1765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1766 = load i32, i32 addrspace(3)* %1765
	%1767 = icmp sgt i32 %1716, 4
	%1768 = select i1 %1767, i32 %1766, i32 0
	%1769 = add i32 %1763, %1768
	%1770 = add i32 %1764, %1766
	%1771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1772 = load i32, i32 addrspace(3)* %1771
	%1773 = icmp sgt i32 %1716, 5
	%1774 = select i1 %1773, i32 %1772, i32 0
	%1775 = add i32 %1769, %1774
	%1776 = add i32 %1770, %1772
	%1777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1778 = load i32, i32 addrspace(3)* %1777
	%1779 = icmp sgt i32 %1716, 6
	%1780 = select i1 %1779, i32 %1778, i32 0
	%1781 = add i32 %1775, %1780
	%1782 = add i32 %1776, %1778
	%1783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1784 = load i32, i32 addrspace(3)* %1783
	%1785 = icmp sgt i32 %1716, 7
	%1786 = select i1 %1785, i32 %1784, i32 0
	%1787 = add i32 %1781, %1786
	%1788 = add i32 %1782, %1784
	%1789 = add i32 %1787, %1736
	%1790 = sub i32 %1789, %1714
	br i1 %1615, label %1791, label %1794

1791:
	%1792 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1790, i32 addrspace(3)* %1792
	%1793 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1708, i32 addrspace(3)* %1793
	br label %1794

1794:
	call void @llvm.nvvm.barrier0()
	br label %1795

1795:
	%1796 = phi i32 [ 0, %1794 ], [ %1828, %1827 ]
	%1797 = icmp slt i32 %1796, %16
	br i1 %1797, label %1798, label %1823

1798:
	%1799 = add i32 %1796, %0
	%1800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1799
	%1801 = load i32, i32 addrspace(3)* %1800
	%1802 = icmp ugt i32 %1801, %1596
	%1803 = icmp eq i32 %1801, %1596
	%1804 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1802)
	%1805 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1803)
	%1806 = sdiv i32 %1796, 256
	%1807 = mul i32 %1806, 8
	%1808 = add i32 %1807, %4
	%1809 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1808
	%1810 = load i32, i32 addrspace(3)* %1809
	%1811 = and i32 %1805, %1599
	%1812 = call i32 @llvm.ctpop.i32(i32 %1811)
	%1813 = add i32 %1810, %1812
	%1814 = icmp slt i32 %1813, %1594
	%1815 = and i1 %1803, %1814
	%1816 = or i1 %1802, %1815
	%1817 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1816)
	%1818 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1808
	%1819 = load i32, i32 addrspace(3)* %1818
	%1820 = and i32 %1817, %1599
	%1821 = call i32 @llvm.ctpop.i32(i32 %1820)
	%1822 = add i32 %1819, %1821
	br i1 %1816, label %1824, label %1827

1823:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1824:
	%1825 = add i32 %1796, %0
	%1826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1822
	store i32 %1825, i32 addrspace(3)* %1826
	br label %1827

1827:
	%1828 = add i32 %1796, 256
	br label %1795

1829:
	%1830 = phi i32 [ %977, %mass_taken ], [ %1834, %1832 ]
	%1831 = icmp slt i32 %1830, %976
	br i1 %1831, label %1832, label %1835

1832:
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1830
	store i32 -1, i32 addrspace(3)* %1833
	%1834 = add i32 %1830, 256
	br label %1829

1835:
	call void @llvm.nvvm.barrier0()
	%1836 = add i32 %975, 1
	br label %1837

1837:
	%1838 = phi i32 [ 1, %1835 ], [ %1854, %1853 ]
	%1839 = icmp slt i32 %1838, %1836
	br i1 %1839, label %1840, label %1842

1840:
	%1841 = shl i32 1, %1838
	br label %1843

1842:
	br label %1895

1843:
	%1844 = phi i32 [ 0, %1840 ], [ %1889, %1888 ]
	%1845 = icmp slt i32 %1844, %1838
	br i1 %1845, label %1846, label %1853

1846:
	%1847 = sub i32 %1838, 1
	%1848 = sub i32 %1847, %1844
	%1849 = shl i32 1, %1848
	%1850 = sub i32 %1838, 1
	%1851 = sub i32 %1850, %1844
	%1852 = lshr i32 %976, 1
	br label %1855

1853:
	%1854 = add i32 %1838, 1
	br label %1837

1855:
	%1856 = phi i32 [ %0, %1846 ], [ %1894, %1893 ]
	%1857 = icmp slt i32 %1856, %1852
	br i1 %1857, label %1858, label %1888

1858:
	%1859 = lshr i32 %1856, %1851
	%1860 = add i32 %1851, 1
	%1861 = shl i32 %1859, %1860
	%1862 = sub i32 %1849, 1
	%1863 = and i32 %1856, %1862
	%1864 = or i32 %1861, %1863
	%1865 = or i32 %1864, %1849
	%1866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1864
	%1867 = load i32, i32 addrspace(3)* %1866
	%1868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1865
	%1869 = load i32, i32 addrspace(3)* %1868
	%1870 = and i32 %1864, %1841
	%1871 = icmp eq i32 %1870, 0
	%1872 = icmp sge i32 %1869, 0
	%1873 = select i1 %1872, i32 %1869, i32 0
	%1874 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1873
	%1875 = load i32, i32 addrspace(3)* %1874
	%1876 = select i1 %1872, i32 %1875, i32 0
	%1877 = icmp sge i32 %1867, 0
	%1878 = select i1 %1877, i32 %1867, i32 0
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1878
	%1880 = load i32, i32 addrspace(3)* %1879
	%1881 = select i1 %1877, i32 %1880, i32 0
	%1882 = icmp ugt i32 %1876, %1881
	%1883 = icmp eq i32 %1876, %1881
	%1884 = icmp slt i32 %1869, %1867
	%1885 = and i1 %1883, %1884
	%1886 = or i1 %1882, %1885
	%1887 = icmp eq i1 %1886, %1871
	br i1 %1887, label %1890, label %1893

1888:
	call void @llvm.nvvm.barrier0()
	%1889 = add i32 %1844, 1
	br label %1843

1890:
	%1891 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1864
	store i32 %1869, i32 addrspace(3)* %1891
	%1892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1865
	store i32 %1867, i32 addrspace(3)* %1892
	br label %1893

1893:
	%1894 = add i32 %1856, 256
	br label %1855

1895:
	%1896 = phi i32 [ %0, %1842 ], [ %1909, %1898 ]
	%1897 = icmp slt i32 %1896, %961
	br i1 %1897, label %1898, label %1910

1898:
	%1899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1896
	%1900 = load i32, i32 addrspace(3)* %1899
	%1901 = add i32 %421, %1896
	%1902 = add i32 %13, %1901
	%1903 = sext i32 %1902 to i64
	%1904 = getelementptr i32, i32* %list, i64 %1903
	store i32 %1900, i32* %1904
	%1905 = add i32 %13, %NK
	%1906 = add i32 %1905, %1901
	%1907 = sext i32 %1906 to i64
	%1908 = getelementptr i32, i32* %list, i64 %1907
	store i32 0, i32* %1908
	%1909 = add i32 %1896, 256
	br label %1895

1910:
	call void @llvm.nvvm.barrier0()
	%1911 = icmp eq i32 %4, 0
	br i1 %1911, label %1912, label %1915

1912:
	%1913 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1914 = load double, double addrspace(3)* %1913
	br label %1928

1915:
	call void @llvm.nvvm.barrier0()
	%1916 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1917 = load i32, i32 addrspace(3)* %1916
	%1918 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1919 = load i32, i32 addrspace(3)* %1918
	%1920 = icmp ne i32 %1919, 0
	%1921 = icmp sge i32 %961, %422
	%1922 = or i1 %1920, %1921
	%1923 = mul i32 %961, 4
	%1924 = icmp sgt i32 %1923, 64
	%1925 = select i1 %1924, i32 %1923, i32 64
	%1926 = icmp slt i32 %1925, %422
	%1927 = select i1 %1926, i32 %1925, i32 %422
	br i1 %1922, label %mass_done, label %mass

1928:
	%1929 = phi i32 [ 0, %1912 ], [ %2393, %2390 ]
	%1930 = phi double [ %1914, %1912 ], [ %2391, %2390 ]
	%1931 = phi i32 [ 0, %1912 ], [ %2392, %2390 ]
	%1932 = icmp slt i32 %1929, %961
	br i1 %1932, label %1933, label %1936

1933:
	%1934 = add i32 %1929, %3
	%1935 = icmp slt i32 %1934, %961
	br i1 %1935, label %1938, label %1945

1936:
	%1937 = icmp eq i32 %3, 0
	br i1 %1937, label %2394, label %2399

1938:
	%1939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1934
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1940
	%1942 = load i32, i32 addrspace(3)* %1941
	%1943 = sub i32 %1942, 2
	%1944 = bitcast i32 %1943 to float
	br label %1945

1945:
	%1946 = phi float [ 0.0, %1933 ], [ %1944, %1938 ]
	%1947 = fpext float %1946 to double
	%1948 = fcmp one float %1946, 0.0
	%1949 = call float @llvm.fabs.f32(float %1946)
	%1950 = fcmp olt float %1949, 0x3E20000000000000
	%1951 = and i1 %1948, %1950
	%1952 = fmul double %1930, 4.503599627370496e+15
	%1953 = call double @llvm.trunc.f64(double %1952)
	%1954 = fcmp oeq double %1952, %1953
	%1955 = bitcast double %1947 to i64
	%1956 = trunc i64 %1955 to i32
	%1957 = lshr i64 %1955, 32
	%1958 = trunc i64 %1957 to i32
	%1959 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1956, i32 1, i32 0)
	%1960 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1958, i32 1, i32 0)
	%1961 = zext i32 %1959 to i64
	%1962 = zext i32 %1960 to i64
	%1963 = shl i64 %1962, 32
	%1964 = or i64 %1961, %1963
	%1965 = bitcast i64 %1964 to double
	%1966 = icmp uge i32 %3, 1
	%1967 = fadd double %1947, %1965
	%1968 = select i1 %1966, double %1967, double %1947
	%1969 = bitcast double %1968 to i64
	%1970 = trunc i64 %1969 to i32
	%1971 = lshr i64 %1969, 32
	%1972 = trunc i64 %1971 to i32
	%1973 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1970, i32 2, i32 0)
	%1974 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1972, i32 2, i32 0)
	%1975 = zext i32 %1973 to i64
	%1976 = zext i32 %1974 to i64
	%1977 = shl i64 %1976, 32
	%1978 = or i64 %1975, %1977
	%1979 = bitcast i64 %1978 to double
	%1980 = icmp uge i32 %3, 2
	%1981 = fadd double %1968, %1979
	%1982 = select i1 %1980, double %1981, double %1968
	%1983 = bitcast double %1982 to i64
	%1984 = trunc i64 %1983 to i32
	%1985 = lshr i64 %1983, 32
	%1986 = trunc i64 %1985 to i32
	%1987 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1984, i32 4, i32 0)
	%1988 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1986, i32 4, i32 0)
	%1989 = zext i32 %1987 to i64
	%1990 = zext i32 %1988 to i64
	%1991 = shl i64 %1990, 32
	%1992 = or i64 %1989, %1991
	%1993 = bitcast i64 %1992 to double
	%1994 = icmp uge i32 %3, 4
	%1995 = fadd double %1982, %1993
	%1996 = select i1 %1994, double %1995, double %1982
	%1997 = bitcast double %1996 to i64
	%1998 = trunc i64 %1997 to i32
	%1999 = lshr i64 %1997, 32
	%2000 = trunc i64 %1999 to i32
	%2001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1998, i32 8, i32 0)
	%2002 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2000, i32 8, i32 0)
	%2003 = zext i32 %2001 to i64
	%2004 = zext i32 %2002 to i64
	%2005 = shl i64 %2004, 32
	%2006 = or i64 %2003, %2005
	%2007 = bitcast i64 %2006 to double
	%2008 = icmp uge i32 %3, 8
	%2009 = fadd double %1996, %2007
	%2010 = select i1 %2008, double %2009, double %1996
	%2011 = bitcast double %2010 to i64
	%2012 = trunc i64 %2011 to i32
	%2013 = lshr i64 %2011, 32
	%2014 = trunc i64 %2013 to i32
	%2015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2012, i32 16, i32 0)
	%2016 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2014, i32 16, i32 0)
	%2017 = zext i32 %2015 to i64
	%2018 = zext i32 %2016 to i64
	%2019 = shl i64 %2018, 32
	%2020 = or i64 %2017, %2019
	%2021 = bitcast i64 %2020 to double
	%2022 = icmp uge i32 %3, 16
	%2023 = fadd double %2010, %2021
	%2024 = select i1 %2022, double %2023, double %2010
	%2025 = bitcast double %2024 to i64
	%2026 = trunc i64 %2025 to i32
	%2027 = lshr i64 %2025, 32
	%2028 = trunc i64 %2027 to i32
	%2029 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2026, i32 31, i32 31)
	%2030 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2028, i32 31, i32 31)
	%2031 = zext i32 %2029 to i64
	%2032 = zext i32 %2030 to i64
	%2033 = shl i64 %2032, 32
	%2034 = or i64 %2031, %2033
	%2035 = bitcast i64 %2034 to double
	%2036 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1951)
	%2037 = xor i1 %2036, true
	%2038 = and i1 %1954, %2037
	%2039 = fadd double %1930, %2035
	%2040 = fcmp olt double %2039, 1.5
	%2041 = and i1 %2038, %2040
	%2042 = fcmp oge double %1930, 0x3FECCCCCCCCCCCCD
	%2043 = or i1 %2041, %2042
	br i1 %2043, label %2044, label %2069

2044:
	%2045 = fsub double %2024, %1947
	%2046 = fadd double %1930, %2045
	%2047 = fcmp olt double %2046, 0x3FECCCCCCCCCCCCD
	%2048 = and i1 %1935, %2047
	%2049 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2048)
	%2050 = call i32 @llvm.ctpop.i32(i32 %2049)
	%2051 = sub i32 %2050, 1
	%2052 = icmp sgt i32 %2051, 0
	%2053 = select i1 %2052, i32 %2051, i32 0
	%2054 = bitcast double %2024 to i64
	%2055 = trunc i64 %2054 to i32
	%2056 = lshr i64 %2054, 32
	%2057 = trunc i64 %2056 to i32
	%2058 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2055, i32 %2053, i32 31)
	%2059 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2057, i32 %2053, i32 31)
	%2060 = zext i32 %2058 to i64
	%2061 = zext i32 %2059 to i64
	%2062 = shl i64 %2061, 32
	%2063 = or i64 %2060, %2062
	%2064 = bitcast i64 %2063 to double
	%2065 = icmp sgt i32 %2050, 0
	%2066 = fadd double %1930, %2064
	%2067 = select i1 %2065, double %2066, double %1930
	%2068 = add i32 %1931, %2050
	br label %2390

2069:
	%2070 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 0, i32 31)
	%2071 = fcmp olt double %1930, 0x3FECCCCCCCCCCCCD
	%2072 = add i32 %1929, 0
	%2073 = icmp slt i32 %2072, %961
	%2074 = and i1 %2071, %2073
	%2075 = fpext float %2070 to double
	%2076 = fadd double %1930, %2075
	%2077 = select i1 %2074, double %2076, double %1930
	%2078 = add i32 %1931, 1
	%2079 = select i1 %2074, i32 %2078, i32 %1931
	%2080 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 1, i32 31)
	%2081 = fcmp olt double %2077, 0x3FECCCCCCCCCCCCD
	%2082 = add i32 %1929, 1
	%2083 = icmp slt i32 %2082, %961
	%2084 = and i1 %2081, %2083
	%2085 = fpext float %2080 to double
	%2086 = fadd double %2077, %2085
	%2087 = select i1 %2084, double %2086, double %2077
	%2088 = add i32 %2079, 1
	%2089 = select i1 %2084, i32 %2088, i32 %2079
	%2090 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 2, i32 31)
	%2091 = fcmp olt double %2087, 0x3FECCCCCCCCCCCCD
	%2092 = add i32 %1929, 2
	%2093 = icmp slt i32 %2092, %961
	%2094 = and i1 %2091, %2093
	%2095 = fpext float %2090 to double
	%2096 = fadd double %2087, %2095
	%2097 = select i1 %2094, double %2096, double %2087
	%2098 = add i32 %2089, 1
	%2099 = select i1 %2094, i32 %2098, i32 %2089
	%2100 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 3, i32 31)
	%2101 = fcmp olt double %2097, 0x3FECCCCCCCCCCCCD
	%2102 = add i32 %1929, 3
	%2103 = icmp slt i32 %2102, %961
	%2104 = and i1 %2101, %2103
	%2105 = fpext float %2100 to double
	%2106 = fadd double %2097, %2105
	%2107 = select i1 %2104, double %2106, double %2097
	%2108 = add i32 %2099, 1
	%2109 = select i1 %2104, i32 %2108, i32 %2099
	%2110 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 4, i32 31)
	%2111 = fcmp olt double %2107, 0x3FECCCCCCCCCCCCD
	%2112 = add i32 %1929, 4
	%2113 = icmp slt i32 %2112, %961
	%2114 = and i1 %2111, %2113
	%2115 = fpext float %2110 to double
	%2116 = fadd double %2107, %2115
	%2117 = select i1 %2114, double %2116, double %2107
	%2118 = add i32 %2109, 1
	%2119 = select i1 %2114, i32 %2118, i32 %2109
	%2120 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 5, i32 31)
	%2121 = fcmp olt double %2117, 0x3FECCCCCCCCCCCCD
	%2122 = add i32 %1929, 5
	%2123 = icmp slt i32 %2122, %961
	%2124 = and i1 %2121, %2123
	%2125 = fpext float %2120 to double
	%2126 = fadd double %2117, %2125
	%2127 = select i1 %2124, double %2126, double %2117
	%2128 = add i32 %2119, 1
	%2129 = select i1 %2124, i32 %2128, i32 %2119
	%2130 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 6, i32 31)
	%2131 = fcmp olt double %2127, 0x3FECCCCCCCCCCCCD
	%2132 = add i32 %1929, 6
	%2133 = icmp slt i32 %2132, %961
	%2134 = and i1 %2131, %2133
	%2135 = fpext float %2130 to double
	%2136 = fadd double %2127, %2135
	%2137 = select i1 %2134, double %2136, double %2127
	%2138 = add i32 %2129, 1
	%2139 = select i1 %2134, i32 %2138, i32 %2129
	%2140 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 7, i32 31)
	%2141 = fcmp olt double %2137, 0x3FECCCCCCCCCCCCD
	%2142 = add i32 %1929, 7
	%2143 = icmp slt i32 %2142, %961
	%2144 = and i1 %2141, %2143
	%2145 = fpext float %2140 to double
	%2146 = fadd double %2137, %2145
	%2147 = select i1 %2144, double %2146, double %2137
	%2148 = add i32 %2139, 1
	%2149 = select i1 %2144, i32 %2148, i32 %2139
	%2150 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 8, i32 31)
	%2151 = fcmp olt double %2147, 0x3FECCCCCCCCCCCCD
	%2152 = add i32 %1929, 8
	%2153 = icmp slt i32 %2152, %961
	%2154 = and i1 %2151, %2153
	%2155 = fpext float %2150 to double
	%2156 = fadd double %2147, %2155
	%2157 = select i1 %2154, double %2156, double %2147
	%2158 = add i32 %2149, 1
	%2159 = select i1 %2154, i32 %2158, i32 %2149
	%2160 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 9, i32 31)
	%2161 = fcmp olt double %2157, 0x3FECCCCCCCCCCCCD
	%2162 = add i32 %1929, 9
	%2163 = icmp slt i32 %2162, %961
	%2164 = and i1 %2161, %2163
	%2165 = fpext float %2160 to double
	%2166 = fadd double %2157, %2165
	%2167 = select i1 %2164, double %2166, double %2157
	%2168 = add i32 %2159, 1
	%2169 = select i1 %2164, i32 %2168, i32 %2159
	%2170 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 10, i32 31)
	%2171 = fcmp olt double %2167, 0x3FECCCCCCCCCCCCD
	%2172 = add i32 %1929, 10
	%2173 = icmp slt i32 %2172, %961
	%2174 = and i1 %2171, %2173
	%2175 = fpext float %2170 to double
	%2176 = fadd double %2167, %2175
	%2177 = select i1 %2174, double %2176, double %2167
	%2178 = add i32 %2169, 1
	%2179 = select i1 %2174, i32 %2178, i32 %2169
	%2180 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 11, i32 31)
	%2181 = fcmp olt double %2177, 0x3FECCCCCCCCCCCCD
	%2182 = add i32 %1929, 11
	%2183 = icmp slt i32 %2182, %961
	%2184 = and i1 %2181, %2183
	%2185 = fpext float %2180 to double
	%2186 = fadd double %2177, %2185
	%2187 = select i1 %2184, double %2186, double %2177
	%2188 = add i32 %2179, 1
	%2189 = select i1 %2184, i32 %2188, i32 %2179
	%2190 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 12, i32 31)
	%2191 = fcmp olt double %2187, 0x3FECCCCCCCCCCCCD
	%2192 = add i32 %1929, 12
	%2193 = icmp slt i32 %2192, %961
	%2194 = and i1 %2191, %2193
	%2195 = fpext float %2190 to double
	%2196 = fadd double %2187, %2195
	%2197 = select i1 %2194, double %2196, double %2187
	%2198 = add i32 %2189, 1
	%2199 = select i1 %2194, i32 %2198, i32 %2189
	%2200 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 13, i32 31)
	%2201 = fcmp olt double %2197, 0x3FECCCCCCCCCCCCD
	%2202 = add i32 %1929, 13
	%2203 = icmp slt i32 %2202, %961
	%2204 = and i1 %2201, %2203
	%2205 = fpext float %2200 to double
	%2206 = fadd double %2197, %2205
	%2207 = select i1 %2204, double %2206, double %2197
	%2208 = add i32 %2199, 1
	%2209 = select i1 %2204, i32 %2208, i32 %2199
	%2210 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 14, i32 31)
	%2211 = fcmp olt double %2207, 0x3FECCCCCCCCCCCCD
	%2212 = add i32 %1929, 14
	%2213 = icmp slt i32 %2212, %961
	%2214 = and i1 %2211, %2213
	%2215 = fpext float %2210 to double
	%2216 = fadd double %2207, %2215
	%2217 = select i1 %2214, double %2216, double %2207
	%2218 = add i32 %2209, 1
	%2219 = select i1 %2214, i32 %2218, i32 %2209
	%2220 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 15, i32 31)
	%2221 = fcmp olt double %2217, 0x3FECCCCCCCCCCCCD
	%2222 = add i32 %1929, 15
	%2223 = icmp slt i32 %2222, %961
	%2224 = and i1 %2221, %2223
	%2225 = fpext float %2220 to double
	%2226 = fadd double %2217, %2225
	%2227 = select i1 %2224, double %2226, double %2217
	%2228 = add i32 %2219, 1
	%2229 = select i1 %2224, i32 %2228, i32 %2219
	%2230 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 16, i32 31)
	%2231 = fcmp olt double %2227, 0x3FECCCCCCCCCCCCD
	%2232 = add i32 %1929, 16
	%2233 = icmp slt i32 %2232, %961
	%2234 = and i1 %2231, %2233
	%2235 = fpext float %2230 to double
	%2236 = fadd double %2227, %2235
	%2237 = select i1 %2234, double %2236, double %2227
	%2238 = add i32 %2229, 1
	%2239 = select i1 %2234, i32 %2238, i32 %2229
	%2240 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 17, i32 31)
	%2241 = fcmp olt double %2237, 0x3FECCCCCCCCCCCCD
	%2242 = add i32 %1929, 17
	%2243 = icmp slt i32 %2242, %961
	%2244 = and i1 %2241, %2243
	%2245 = fpext float %2240 to double
	%2246 = fadd double %2237, %2245
	%2247 = select i1 %2244, double %2246, double %2237
	%2248 = add i32 %2239, 1
	%2249 = select i1 %2244, i32 %2248, i32 %2239
	%2250 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 18, i32 31)
	%2251 = fcmp olt double %2247, 0x3FECCCCCCCCCCCCD
	%2252 = add i32 %1929, 18
	%2253 = icmp slt i32 %2252, %961
	%2254 = and i1 %2251, %2253
	%2255 = fpext float %2250 to double
	%2256 = fadd double %2247, %2255
	%2257 = select i1 %2254, double %2256, double %2247
	%2258 = add i32 %2249, 1
	%2259 = select i1 %2254, i32 %2258, i32 %2249
	%2260 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 19, i32 31)
	%2261 = fcmp olt double %2257, 0x3FECCCCCCCCCCCCD
	%2262 = add i32 %1929, 19
	%2263 = icmp slt i32 %2262, %961
	%2264 = and i1 %2261, %2263
	%2265 = fpext float %2260 to double
	%2266 = fadd double %2257, %2265
	%2267 = select i1 %2264, double %2266, double %2257
	%2268 = add i32 %2259, 1
	%2269 = select i1 %2264, i32 %2268, i32 %2259
	%2270 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 20, i32 31)
	%2271 = fcmp olt double %2267, 0x3FECCCCCCCCCCCCD
	%2272 = add i32 %1929, 20
	%2273 = icmp slt i32 %2272, %961
	%2274 = and i1 %2271, %2273
	%2275 = fpext float %2270 to double
	%2276 = fadd double %2267, %2275
	%2277 = select i1 %2274, double %2276, double %2267
	%2278 = add i32 %2269, 1
	%2279 = select i1 %2274, i32 %2278, i32 %2269
	%2280 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 21, i32 31)
	%2281 = fcmp olt double %2277, 0x3FECCCCCCCCCCCCD
	%2282 = add i32 %1929, 21
	%2283 = icmp slt i32 %2282, %961
	%2284 = and i1 %2281, %2283
	%2285 = fpext float %2280 to double
	%2286 = fadd double %2277, %2285
	%2287 = select i1 %2284, double %2286, double %2277
	%2288 = add i32 %2279, 1
	%2289 = select i1 %2284, i32 %2288, i32 %2279
	%2290 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 22, i32 31)
	%2291 = fcmp olt double %2287, 0x3FECCCCCCCCCCCCD
	%2292 = add i32 %1929, 22
	%2293 = icmp slt i32 %2292, %961
	%2294 = and i1 %2291, %2293
	%2295 = fpext float %2290 to double
	%2296 = fadd double %2287, %2295
	%2297 = select i1 %2294, double %2296, double %2287
	%2298 = add i32 %2289, 1
	%2299 = select i1 %2294, i32 %2298, i32 %2289
	%2300 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 23, i32 31)
	%2301 = fcmp olt double %2297, 0x3FECCCCCCCCCCCCD
	%2302 = add i32 %1929, 23
	%2303 = icmp slt i32 %2302, %961
	%2304 = and i1 %2301, %2303
	%2305 = fpext float %2300 to double
	%2306 = fadd double %2297, %2305
	%2307 = select i1 %2304, double %2306, double %2297
	%2308 = add i32 %2299, 1
	%2309 = select i1 %2304, i32 %2308, i32 %2299
	%2310 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 24, i32 31)
	%2311 = fcmp olt double %2307, 0x3FECCCCCCCCCCCCD
	%2312 = add i32 %1929, 24
	%2313 = icmp slt i32 %2312, %961
	%2314 = and i1 %2311, %2313
	%2315 = fpext float %2310 to double
	%2316 = fadd double %2307, %2315
	%2317 = select i1 %2314, double %2316, double %2307
	%2318 = add i32 %2309, 1
	%2319 = select i1 %2314, i32 %2318, i32 %2309
	%2320 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 25, i32 31)
	%2321 = fcmp olt double %2317, 0x3FECCCCCCCCCCCCD
	%2322 = add i32 %1929, 25
	%2323 = icmp slt i32 %2322, %961
	%2324 = and i1 %2321, %2323
	%2325 = fpext float %2320 to double
	%2326 = fadd double %2317, %2325
	%2327 = select i1 %2324, double %2326, double %2317
	%2328 = add i32 %2319, 1
	%2329 = select i1 %2324, i32 %2328, i32 %2319
	%2330 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 26, i32 31)
	%2331 = fcmp olt double %2327, 0x3FECCCCCCCCCCCCD
	%2332 = add i32 %1929, 26
	%2333 = icmp slt i32 %2332, %961
	%2334 = and i1 %2331, %2333
	%2335 = fpext float %2330 to double
	%2336 = fadd double %2327, %2335
	%2337 = select i1 %2334, double %2336, double %2327
	%2338 = add i32 %2329, 1
	%2339 = select i1 %2334, i32 %2338, i32 %2329
	%2340 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 27, i32 31)
	%2341 = fcmp olt double %2337, 0x3FECCCCCCCCCCCCD
	%2342 = add i32 %1929, 27
	%2343 = icmp slt i32 %2342, %961
	%2344 = and i1 %2341, %2343
	%2345 = fpext float %2340 to double
	%2346 = fadd double %2337, %2345
	%2347 = select i1 %2344, double %2346, double %2337
	%2348 = add i32 %2339, 1
	%2349 = select i1 %2344, i32 %2348, i32 %2339
	%2350 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 28, i32 31)
	%2351 = fcmp olt double %2347, 0x3FECCCCCCCCCCCCD
	%2352 = add i32 %1929, 28
	%2353 = icmp slt i32 %2352, %961
	%2354 = and i1 %2351, %2353
	%2355 = fpext float %2350 to double
	%2356 = fadd double %2347, %2355
	%2357 = select i1 %2354, double %2356, double %2347
	%2358 = add i32 %2349, 1
	%2359 = select i1 %2354, i32 %2358, i32 %2349
	%2360 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 29, i32 31)
	%2361 = fcmp olt double %2357, 0x3FECCCCCCCCCCCCD
	%2362 = add i32 %1929, 29
	%2363 = icmp slt i32 %2362, %961
	%2364 = and i1 %2361, %2363
	%2365 = fpext float %2360 to double
	%2366 = fadd double %2357, %2365
	%2367 = select i1 %2364, double %2366, double %2357
	%2368 = add i32 %2359, 1
	%2369 = select i1 %2364, i32 %2368, i32 %2359
	%2370 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 30, i32 31)
	%2371 = fcmp olt double %2367, 0x3FECCCCCCCCCCCCD
	%2372 = add i32 %1929, 30
	%2373 = icmp slt i32 %2372, %961
	%2374 = and i1 %2371, %2373
	%2375 = fpext float %2370 to double
	%2376 = fadd double %2367, %2375
	%2377 = select i1 %2374, double %2376, double %2367
	%2378 = add i32 %2369, 1
	%2379 = select i1 %2374, i32 %2378, i32 %2369
	%2380 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1946, i32 31, i32 31)
	%2381 = fcmp olt double %2377, 0x3FECCCCCCCCCCCCD
	%2382 = add i32 %1929, 31
	%2383 = icmp slt i32 %2382, %961
	%2384 = and i1 %2381, %2383
	%2385 = fpext float %2380 to double
	%2386 = fadd double %2377, %2385
	%2387 = select i1 %2384, double %2386, double %2377
	%2388 = add i32 %2379, 1
	%2389 = select i1 %2384, i32 %2388, i32 %2379
	br label %2390

2390:
	%2391 = phi double [ %2067, %2044 ], [ %2387, %2069 ]
	%2392 = phi i32 [ %2068, %2044 ], [ %2389, %2069 ]
	%2393 = add i32 %1929, 32
	br label %1928

2394:
	%2395 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1931, i32 addrspace(3)* %2395
	%2396 = fcmp oge double %1930, 0x3FECCCCCCCCCCCCD
	%2397 = zext i1 %2396 to i32
	%2398 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2397, i32 addrspace(3)* %2398
	br label %2399

2399:
	br label %1915

2400:
	%2401 = phi i32 [ %967, %mass_done ], [ %2411, %2403 ]
	%2402 = icmp slt i32 %2401, %NK
	br i1 %2402, label %2403, label %2412

2403:
	%2404 = add i32 %13, %2401
	%2405 = sext i32 %2404 to i64
	%2406 = getelementptr i32, i32* %list, i64 %2405
	store i32 -1, i32* %2406
	%2407 = add i32 %13, %NK
	%2408 = add i32 %2407, %2401
	%2409 = sext i32 %2408 to i64
	%2410 = getelementptr i32, i32* %list, i64 %2409
	store i32 -1, i32* %2410
	%2411 = add i32 %2401, 256
	br label %2400

2412:
	ret void
}
