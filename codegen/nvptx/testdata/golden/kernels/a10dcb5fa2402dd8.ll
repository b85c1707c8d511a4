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
	%967 = phi i32 [ %966, %944 ], [ %1953, %1941 ]
	%968 = phi i1 [ true, %944 ], [ false, %1941 ]
	%969 = and i1 %968, %962
	br i1 %969, label %mass_bins, label %mass_topk

mass_done:
	%970 = icmp sgt i32 %1943, 0
	%971 = select i1 %970, i32 %1943, i32 0
	%972 = add i32 %421, %971
	%973 = icmp sle i32 %M, 16
	%974 = add i32 %972, 1
	%975 = add i32 %421, %967
	%976 = icmp sgt i32 %974, %975
	%977 = select i1 %976, i32 %974, i32 %975
	%978 = icmp slt i32 %977, %NK
	%979 = select i1 %978, i32 %977, i32 %NK
	%980 = select i1 %973, i32 %NK, i32 %979
	%981 = add i32 %972, %0
	br label %2426

mass_bins:
	%982 = shl i32 1, %3
	%983 = sub i32 %982, 1
	br label %992

mass_topk:
	%984 = icmp sgt i32 %967, 0
	br i1 %984, label %topk, label %topk_done

mass_taken:
	%985 = sub i32 %967, 1
	%986 = call i32 @llvm.ctlz.i32(i32 %985, i1 false)
	%987 = icmp sgt i32 %967, 1
	%988 = sub i32 32, %986
	%989 = select i1 %987, i32 %988, i32 0
	%990 = shl i32 1, %989
	%991 = add i32 %967, %0
	br label %1855

992:
	%993 = phi i32 [ 0, %mass_bins ], [ %1041, %1040 ]
	%994 = icmp slt i32 %993, %16
	br i1 %994, label %995, label %1003

995:
	%996 = add i32 %993, %0
	%997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %996
	%998 = load i32, i32 addrspace(3)* %997
	%999 = icmp ugt i32 %998, %963
	%1000 = icmp eq i32 %998, %963
	%1001 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %999)
	%1002 = icmp eq i32 %3, 0
	br i1 %1002, label %1034, label %1040

1003:
	call void @llvm.nvvm.barrier0()
	%1004 = sdiv i32 %16, 256
	%1005 = mul i32 %1004, 8
	%1006 = icmp slt i32 %0, %1005
	%1007 = select i1 %1006, i32 %0, i32 0
	%1008 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1007
	%1009 = load i32, i32 addrspace(3)* %1008
	%1010 = select i1 %1006, i32 %1009, i32 0
	%1011 = and i32 %0, 31
	%1012 = lshr i32 %0, 5
	%1013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1010, i32 1, i32 0)
	%1014 = icmp uge i32 %1011, 1
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = add i32 %1010, %1015
	%1017 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1016, i32 2, i32 0)
	%1018 = icmp uge i32 %1011, 2
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1016, %1019
	%1021 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1020, i32 4, i32 0)
	%1022 = icmp uge i32 %1011, 4
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1020, %1023
	%1025 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1024, i32 8, i32 0)
	%1026 = icmp uge i32 %1011, 8
	%1027 = select i1 %1026, i32 %1025, i32 0
	%1028 = add i32 %1024, %1027
	%1029 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1028, i32 16, i32 0)
	%1030 = icmp uge i32 %1011, 16
	%1031 = select i1 %1030, i32 %1029, i32 0
	%1032 = add i32 %1028, %1031
	%1033 = icmp eq i32 %1011, 31
	br i1 %1033, label %1042, label %1044

1034:
	%1035 = sdiv i32 %993, 256
	%1036 = mul i32 %1035, 8
	%1037 = add i32 %1036, %4
	%1038 = call i32 @llvm.ctpop.i32(i32 %1001)
	%1039 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1037
	store i32 %1038, i32 addrspace(3)* %1039
	br label %1040

1040:
	%1041 = add i32 %993, 256
	br label %992

1042:
	%1043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1012
	store i32 %1032, i32 addrspace(3)* %1043
	br label %1044

1044:
	call void @llvm.nvvm.barrier0()
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %1012, 0
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 0, %1048
	%1050 = add i32 0, %1046
	%1051 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1052 = load i32, i32 addrspace(3)* %1051
	%1053 = icmp sgt i32 %1012, 1
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = add i32 %1049, %1054
	%1056 = add i32 %1050, %1052
	%1057 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = icmp sgt i32 %1012, 2
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1055, %1060
	%1062 = add i32 %1056, %1058
	%1063 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1064 = load i32, i32 addrspace(3)* %1063
	%1065 = icmp sgt i32 %1012, 3
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = add i32 %1061, %1066
	%1068 = add i32 %1062, %1064
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %1012, 4
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = add i32 %1068, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %1012, 5
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1082 = load i32, i32 addrspace(3)* %1081
	%1083 = icmp sgt i32 %1012, 6
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = add i32 %1079, %1084
	%1086 = add i32 %1080, %1082
	%1087 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1088 = load i32, i32 addrspace(3)* %1087
	%1089 = icmp sgt i32 %1012, 7
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = add i32 %1085, %1090
	%1092 = add i32 %1086, %1088
	%1093 = add i32 %1091, %1032
	%1094 = sub i32 %1093, %1010
	br i1 %1006, label %1095, label %1097

1095:
	%1096 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1094, i32 addrspace(3)* %1096
	br label %1097

1097:
	call void @llvm.nvvm.barrier0()
	br label %1098

1098:
	%1099 = phi i32 [ 0, %1097 ], [ %1122, %1121 ]
	%1100 = icmp slt i32 %1099, %16
	br i1 %1100, label %1101, label %1117

1101:
	%1102 = add i32 %1099, %0
	%1103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1102
	%1104 = load i32, i32 addrspace(3)* %1103
	%1105 = icmp ugt i32 %1104, %963
	%1106 = icmp eq i32 %1104, %963
	%1107 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1105)
	%1108 = sdiv i32 %1099, 256
	%1109 = mul i32 %1108, 8
	%1110 = add i32 %1109, %4
	%1111 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1105)
	%1112 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1110
	%1113 = load i32, i32 addrspace(3)* %1112
	%1114 = and i32 %1111, %983
	%1115 = call i32 @llvm.ctpop.i32(i32 %1114)
	%1116 = add i32 %1113, %1115
	br i1 %1105, label %1118, label %1121

1117:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1118:
	%1119 = add i32 %1099, %0
	%1120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1116
	store i32 %1119, i32 addrspace(3)* %1120
	br label %1121

1121:
	%1122 = add i32 %1099, 256
	br label %1098

topk:
	call void @llvm.nvvm.barrier0()
	%1123 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1123
	call void @llvm.nvvm.barrier0()
	br label %1124

topk_done:
	br label %mass_taken

1124:
	%1125 = phi i32 [ %0, %topk ], [ %1174, %1173 ]
	%1126 = icmp slt i32 %1125, %16
	br i1 %1126, label %1127, label %1137

1127:
	%1128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1125
	%1129 = load i32, i32 addrspace(3)* %1128
	%1130 = icmp uge i32 %1129, 2
	%1131 = and i32 %1129, 0
	%1132 = icmp eq i32 %1131, 0
	%1133 = and i1 %1130, %1132
	%1134 = lshr i32 %1129, 24
	%1135 = and i32 %1134, 255
	%1136 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1133)
	br i1 %1136, label %1165, label %1173

1137:
	call void @llvm.nvvm.barrier0()
	%1138 = sub i32 255, %0
	%1139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1138
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1141
	%1142 = and i32 %0, 31
	%1143 = lshr i32 %0, 5
	%1144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1140, i32 1, i32 0)
	%1145 = icmp uge i32 %1142, 1
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 %1140, %1146
	%1148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1147, i32 2, i32 0)
	%1149 = icmp uge i32 %1142, 2
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 %1147, %1150
	%1152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1151, i32 4, i32 0)
	%1153 = icmp uge i32 %1142, 4
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1151, %1154
	%1156 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1155, i32 8, i32 0)
	%1157 = icmp uge i32 %1142, 8
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 %1155, %1158
	%1160 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1159, i32 16, i32 0)
	%1161 = icmp uge i32 %1142, 16
	%1162 = select i1 %1161, i32 %1160, i32 0
	%1163 = add i32 %1159, %1162
	%1164 = icmp eq i32 %1142, 31
	br i1 %1164, label %1180, label %1182

1165:
	%1166 = select i1 %1133, i32 %1135, i32 256
	%1167 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1166)
	%1168 = shl i32 1, %3
	%1169 = sub i32 %1168, 1
	%1170 = and i32 %1167, %1169
	%1171 = icmp eq i32 %1170, 0
	%1172 = and i1 %1133, %1171
	br i1 %1172, label %1175, label %1179

1173:
	%1174 = add i32 %1125, 256
	br label %1124

1175:
	%1176 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1135
	%1177 = call i32 @llvm.ctpop.i32(i32 %1167)
	%1178 = atomicrmw add i32 addrspace(3)* %1176, i32 %1177 monotonic
	br label %1179

1179:
	br label %1173

1180:
	%1181 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1143
	store i32 %1163, i32 addrspace(3)* %1181
	br label %1182

1182:
	call void @llvm.nvvm.barrier0()
	%1183 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = icmp sgt i32 %1143, 0
	%1186 = select i1 %1185, i32 %1184, i32 0
	%1187 = add i32 0, %1186
	%1188 = add i32 0, %1184
	%1189 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = icmp sgt i32 %1143, 1
	%1192 = select i1 %1191, i32 %1190, i32 0
	%1193 = add i32 %1187, %1192
	%1194 = add i32 %1188, %1190
	%1195 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1196 = load i32, i32 addrspace(3)* %1195
	%1197 = icmp sgt i32 %1143, 2
	%1198 = select i1 %1197, i32 %1196, i32 0
	%1199 = add i32 %1193, %1198
	%1200 = add i32 %1194, %1196
	%1201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1202 = load i32, i32 addrspace(3)* %1201
	%1203 = icmp sgt i32 %1143, 3
	%1204 = select i1 %1203, i32 %1202, i32 0
	%1205 = add i32 %1199, %1204
	%1206 = add i32 %1200, %1202
	%1207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = icmp sgt i32 %1143, 4
	%1210 = select i1 %1209, i32 %1208, i32 0
	%1211 = add i32 %1205, %1210
	%1212 = add i32 %1206, %1208
	%1213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1214 = load i32, i32 addrspace(3)* %1213
	%1215 = icmp sgt i32 %1143, 5
	%1216 = select i1 %1215, i32 %1214, i32 0
	%1217 = add i32 %1211, %1216
	%1218 = add i32 %1212, %1214
	%1219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1220 = load i32, i32 addrspace(3)* %1219
	%1221 = icmp sgt i32 %1143, 6
	%1222 = select i1 %1221, i32 %1220, i32 0
	%1223 = add i32 %1217, %1222
	%1224 = add i32 %1218, %1220
	%1225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1226 = load i32, i32 addrspace(3)* %1225
	%1227 = icmp sgt i32 %1143, 7
	%1228 = select i1 %1227, i32 %1226, i32 0
	%1229 = add i32 %1223, %1228
	%1230 = add i32 %1224, %1226
	%1231 = add i32 %1229, %1163
	%1232 = sub i32 %1231, %1140
	%1233 = icmp slt i32 %1232, %967
	%1234 = add i32 %1232, %1140
	%1235 = icmp sle i32 %967, %1234
	%1236 = and i1 %1233, %1235
	br i1 %1236, label %1237, label %1240

1237:
	%1238 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1138, i32 addrspace(3)* %1238
	%1239 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1232, i32 addrspace(3)* %1239
	br label %1240

1240:
	call void @llvm.nvvm.barrier0()
	%1241 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1244 = load i32, i32 addrspace(3)* %1243
	%1245 = sub i32 %967, %1244
	%1246 = shl i32 %1242, 24
	%1247 = or i32 0, %1246
	%1248 = or i32 0, u0xFF000000
	br label %1249

1249:
	%1250 = phi i32 [ %0, %1240 ], [ %1299, %1298 ]
	%1251 = icmp slt i32 %1250, %16
	br i1 %1251, label %1252, label %1262

1252:
	%1253 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1250
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = icmp uge i32 %1254, 2
	%1256 = and i32 %1254, %1248
	%1257 = icmp eq i32 %1256, %1247
	%1258 = and i1 %1255, %1257
	%1259 = lshr i32 %1254, 16
	%1260 = and i32 %1259, 255
	%1261 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1258)
	br i1 %1261, label %1290, label %1298

1262:
	call void @llvm.nvvm.barrier0()
	%1263 = sub i32 255, %0
	%1264 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1263
	%1265 = load i32, i32 addrspace(3)* %1264
	%1266 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1266
	%1267 = and i32 %0, 31
	%1268 = lshr i32 %0, 5
	%1269 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1265, i32 1, i32 0)
	%1270 = icmp uge i32 %1267, 1
	%1271 = select i1 %1270, i32 %1269, i32 0
	%1272 = add i32 %1265, %1271
	%1273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1272, i32 2, i32 0)
	%1274 = icmp uge i32 %1267, 2
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1272, %1275
	%1277 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1276, i32 4, i32 0)
	%1278 = icmp uge i32 %1267, 4
	%1279 = select i1 %1278, i32 %1277, i32 0
	%1280 = add i32 %1276, %1279
	%1281 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1280, i32 8, i32 0)
	%1282 = icmp uge i32 %1267, 8
	%1283 = select i1 %1282, i32 %1281, i32 0
	%1284 = add i32 %1280, %1283
	%1285 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1284, i32 16, i32 0)
	%1286 = icmp uge i32 %1267, 16
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1284, %1287
	%1289 = icmp eq i32 %1267, 31
	br i1 %1289, label %1305, label %1307

1290:
	%1291 = select i1 %1258, i32 %1260, i32 256
	%1292 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1291)
	%1293 = shl i32 1, %3
	%1294 = sub i32 %1293, 1
	%1295 = and i32 %1292, %1294
	%1296 = icmp eq i32 %1295, 0
	%1297 = and i1 %1258, %1296
	br i1 %1297, label %1300, label %1304

1298:
	%1299 = add i32 %1250, 256
	br label %1249

1300:
	%1301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1260
	%1302 = call i32 @llvm.ctpop.i32(i32 %1292)
	%1303 = atomicrmw add i32 addrspace(3)* %1301, i32 %1302 monotonic
	br label %1304

1304:
	br label %1298

1305:
	%1306 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1268
	store i32 %1288, i32 addrspace(3)* %1306
	br label %1307

1307:
	call void @llvm.nvvm.barrier0()
	%1308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1309 = load i32, i32 addrspace(3)* %1308
	%1310 = icmp sgt i32 %1268, 0
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = add i32 0, %1311
	%1313 = add i32 0, %1309
	%1314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = icmp sgt i32 %1268, 1
	%1317 = select i1 %1316, i32 %1315, i32 0
	%1318 = add i32 %1312, %1317
	%1319 = add i32 %1313, %1315
	%1320 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = icmp sgt i32 %1268, 2
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = add i32 %1318, %1323
	%1325 = add i32 %1319, %1321
	%1326 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1327 = load i32, i32 addrspace(3)* %1326
	%1328 = icmp sgt i32 %1268, 3
	%1329 = select i1 %1328, i32 %1327, i32 0
	%1330 = add i32 %1324, %1329
	%1331 = add i32 %1325, %1327
	%1332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1333 = load i32, i32 addrspace(3)* %1332
	%1334 = icmp sgt i32 %1268, 4
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = add i32 %1330, %1335
	%1337 = add i32 %1331, %1333
	%1338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = icmp sgt i32 %1268, 5
	%1341 = select i1 %1340, i32 %1339, i32 0
	%1342 = add i32 %1336, %1341
	%1343 = add i32 %1337, %1339
	%1344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1345 = load i32, i32 addrspace(3)* %1344
	%1346 = icmp sgt i32 %1268, 6
	%1347 = select i1 %1346, i32 %1345, i32 0
	%1348 = add i32 %1342, %1347
	%1349 = add i32 %1343, %1345
	%1350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1351 = load i32, i32 addrspace(3)* %1350
	%1352 = icmp sgt i32 %1268, 7
	%1353 = select i1 %1352, i32 %1351, i32 0
	%1354 = add i32 %1348, %1353
	%1355 = add i32 %1349, %1351
	%1356 = add i32 %1354, %1288
	%1357 = sub i32 %1356, %1265
	%1358 = icmp slt i32 %1357, %1245
	%1359 = add i32 %1357, %1265
	%1360 = icmp sle i32 %1245, %1359
	%1361 = and i1 %1358, %1360
	br i1 %1361, label %1362, label %1365

1362:
	%1363 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1263, i32 addrspace(3)* %1363
	%1364 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1357, i32 addrspace(3)* %1364
	br label %1365

1365:
	call void @llvm.nvvm.barrier0()
	%1366 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1367 = load i32, i32 addrspace(3)* %1366
	%1368 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1369 = load i32, i32 addrspace(3)* %1368
	%1370 = sub i32 %1245, %1369
	%1371 = shl i32 %1367, 16
	%1372 = or i32 %1247, %1371
	%1373 = or i32 %1248, u0xFF0000
	br label %1374

1374:
	%1375 = phi i32 [ %0, %1365 ], [ %1424, %1423 ]
	%1376 = icmp slt i32 %1375, %16
	br i1 %1376, label %1377, label %1387

1377:
	%1378 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1375
	%1379 = load i32, i32 addrspace(3)* %1378
	%1380 = icmp uge i32 %1379, 2
	%1381 = and i32 %1379, %1373
	%1382 = icmp eq i32 %1381, %1372
	%1383 = and i1 %1380, %1382
	%1384 = lshr i32 %1379, 8
	%1385 = and i32 %1384, 255
	%1386 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1383)
	br i1 %1386, label %1415, label %1423

1387:
	call void @llvm.nvvm.barrier0()
	%1388 = sub i32 255, %0
	%1389 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1388
	%1390 = load i32, i32 addrspace(3)* %1389
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1391
	%1392 = and i32 %0, 31
	%1393 = lshr i32 %0, 5
	%1394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1390, i32 1, i32 0)
	%1395 = icmp uge i32 %1392, 1
	%1396 = select i1 %1395, i32 %1394, i32 0
	%1397 = add i32 %1390, %1396
	%1398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1397, i32 2, i32 0)
	%1399 = icmp uge i32 %1392, 2
	%1400 = select i1 %1399, i32 %1398, i32 0
	%1401 = add i32 %1397, %1400
	%1402 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1401, i32 4, i32 0)
	%1403 = icmp uge i32 %1392, 4
	%1404 = select i1 %1403, i32 %1402, i32 0
	%1405 = add i32 %1401, %1404
	%1406 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1405, i32 8, i32 0)
	%1407 = icmp uge i32 %1392, 8
	%1408 = select i1 %1407, i32 %1406, i32 0
	%1409 = add i32 %1405, %1408
	%1410 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1409, i32 16, i32 0)
	%1411 = icmp uge i32 %1392, 16
	%1412 = select i1 %1411, i32 %1410, i32 0
	%1413 = add i32 %1409, %1412
	%1414 = icmp eq i32 %1392, 31
	br i1 %1414, label %1430, label %1432

1415:
	%1416 = select i1 %1383, i32 %1385, i32 256
	%1417 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1416)
	%1418 = shl i32 1, %3
	%1419 = sub i32 %1418, 1
	%1420 = and i32 %1417, %1419
	%1421 = icmp eq i32 %1420, 0
	%1422 = and i1 %1383, %1421
	br i1 %1422, label %1425, label %1429

1423:
	%1424 = add i32 %1375, 256
	br label %1374

1425:
	%1426 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1385
	%1427 = call i32 @llvm.ctpop.i32(i32 %1417)
	%1428 = atomicrmw add i32 addrspace(3)* %1426, i32 %1427 monotonic
	br label %1429

1429:
	br label %1423

1430:
	%1431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1393
	store i32 %1413, i32 addrspace(3)* %1431
	br label %1432

1432:
	call void @llvm.nvvm.barrier0()
	%1433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1434 = load i32, i32 addrspace(3)* %1433
	%1435 = icmp sgt i32 %1393, 0
	%1436 = select i1 %1435, i32 %1434, i32 0
	%1437 = add i32 0, %1436
	%1438 = add i32 0, %1434
	%1439 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1440 = load i32, i32 addrspace(3)* %1439
	%1441 = icmp sgt i32 %1393, 1
	%1442 = select i1 %1441, i32 %1440, i32 0
	%1443 = add i32 %1437, %1442
	%1444 = add i32 %1438, %1440
	%1445 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1446 = load i32, i32 addrspace(3)* %1445
	%1447 = icmp sgt i32 %1393, 2
	%1448 = select i1 %1447, i32 %1446, i32 0
	%1449 = add i32 %1443, %1448
	%1450 = add i32 %1444, %1446
	%1451 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1452 = load i32, i32 addrspace(3)* %1451
	%1453 = icmp sgt i32 %1393, 3
	%1454 = select i1 %1453, i32 %1452, i32 0
	%1455 = add i32 %1449, %1454
	%1456 = add i32 %1450, %1452
	%1457 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1458 = load i32, i32 addrspace(3)* %1457
	%1459 = icmp sgt i32 %1393, 4
	%1460 = select i1 %1459, i32 %1458, i32 0
	%1461 = add i32 %1455, %1460
	%1462 = add i32 %1456, %1458
	%1463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1464 = load i32, i32 addrspace(3)* %1463
	%1465 = icmp sgt i32 %1393, 5
	%1466 = select i1 %1465, i32 %1464, i32 0
	%1467 = add i32 %1461, %1466
	%1468 = add i32 %1462, %1464
	%1469 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1470 = load i32, i32 addrspace(3)* %1469
	%1471 = icmp sgt i32 %1393, 6
	%1472 = select i1 %1471, i32 %1470, i32 0
	%1473 = add i32 %1467, %1472
	%1474 = add i32 %1468, %1470
	%1475 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1476 = load i32, i32 addrspace(3)* %1475
	%1477 = icmp sgt i32 %1393, 7
	%1478 = select i1 %1477, i32 %1476, i32 0
	%1479 = add i32 %1473, %1478
	%1480 = add i32 %1474, %1476
	%1481 = add i32 %1479, %1413
	%1482 = sub i32 %1481, %1390
	%1483 = icmp slt i32 %1482, %1370
	%1484 = add i32 %1482, %1390
	%1485 = icmp sle i32 %1370, %1484
	%1486 = and i1 %1483, %1485
	br i1 %1486, label %1487, label %1490

1487:
	%1488 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1388, i32 addrspace(3)* %1488
	%1489 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1482, i32 addrspace(3)* %1489
	br label %1490

1490:
	call void @llvm.nvvm.barrier0()
	%1491 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1494 = load i32, i32 addrspace(3)* %1493
	%1495 = sub i32 %1370, %1494
	%1496 = shl i32 %1492, 8
	%1497 = or i32 %1372, %1496
	%1498 = or i32 %1373, u0xFF00
	br label %1499

1499:
	%1500 = phi i32 [ %0, %1490 ], [ %1549, %1548 ]
	%1501 = icmp slt i32 %1500, %16
	br i1 %1501, label %1502, label %1512

1502:
	%1503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1500
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = icmp uge i32 %1504, 2
	%1506 = and i32 %1504, %1498
	%1507 = icmp eq i32 %1506, %1497
	%1508 = and i1 %1505, %1507
	%1509 = lshr i32 %1504, 0
	%1510 = and i32 %1509, 255
	%1511 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1508)
	br i1 %1511, label %1540, label %1548

1512:
	call void @llvm.nvvm.barrier0()
	%1513 = sub i32 255, %0
	%1514 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1513
	%1515 = load i32, i32 addrspace(3)* %1514
	%1516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1516
	%1517 = and i32 %0, 31
	%1518 = lshr i32 %0, 5
	%1519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1515, i32 1, i32 0)
	%1520 = icmp uge i32 %1517, 1
	%1521 = select i1 %1520, i32 %1519, i32 0
	%1522 = add i32 %1515, %1521
	%1523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1522, i32 2, i32 0)
	%1524 = icmp uge i32 %1517, 2
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1522, %1525
	%1527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1526, i32 4, i32 0)
	%1528 = icmp uge i32 %1517, 4
	%1529 = select i1 %1528, i32 %1527, i32 0
	%1530 = add i32 %1526, %1529
	%1531 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1530, i32 8, i32 0)
	%1532 = icmp uge i32 %1517, 8
	%1533 = select i1 %1532, i32 %1531, i32 0
	%1534 = add i32 %1530, %1533
	%1535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1534, i32 16, i32 0)
	%1536 = icmp uge i32 %1517, 16
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1534, %1537
	%1539 = icmp eq i32 %1517, 31
	br i1 %1539, label %1555, label %1557

1540:
	%1541 = select i1 %1508, i32 %1510, i32 256
	%1542 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1541)
	%1543 = shl i32 1, %3
	%1544 = sub i32 %1543, 1
	%1545 = and i32 %1542, %1544
	%1546 = icmp eq i32 %1545, 0
	%1547 = and i1 %1508, %1546
	br i1 %1547, label %1550, label %1554

1548:
	%1549 = add i32 %1500, 256
	br label %1499

1550:
	%1551 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1510
	%1552 = call i32 @llvm.ctpop.i32(i32 %1542)
	%1553 = atomicrmw add i32 addrspace(3)* %1551, i32 %1552 monotonic
	br label %1554

1554:
	br label %1548

1555:
	%1556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1518
	store i32 %1538, i32 addrspace(3)* %1556
	br label %1557

1557:
	call void @llvm.nvvm.barrier0()
	%1558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1559 = load i32, i32 addrspace(3)* %1558
	%1560 = icmp sgt i32 %1518, 0
	%1561 = select i1 %1560, i32 %1559, i32 0
	%1562 = add i32 0, %1561
	%1563 = add i32 0, %1559
	%1564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = icmp sgt i32 %1518, 1
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = add i32 %1562, %1567
	%1569 = add i32 %1563, %1565
	%1570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1571 = load i32, i32 addrspace(3)* %1570
	%1572 = icmp sgt i32 %1518, 2
	%1573 = select i1 %1572, i32 %1571, i32 0
	%1574 = add i32 %1568, %1573
	%1575 = add i32 %1569, %1571
	%1576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1577 = load i32, i32 addrspace(3)* %1576
	%1578 = icmp sgt i32 %1518, 3
	%1579 = select i1 %1578, i32 %1577, i32 0
	%1580 = add i32 %1574, %1579
	%1581 = add i32 %1575, %1577
	%1582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1583 = load i32, i32 addrspace(3)* %1582
	%1584 = icmp sgt i32 %1518, 4
	%1585 = select i1 %1584, i32 %1583, i32 0
	%1586 = add i32 %1580, %1585
	%1587 = add i32 %1581, %1583
	%1588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1589 = load i32, i32 addrspace(3)* %1588
	%1590 = icmp sgt i32 %1518, 5
	%1591 = select i1 %1590, i32 %1589, i32 0
	%1592 = add i32 %1586, %1591
	%1593 = add i32 %1587, %1589
	%1594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1595 = load i32, i32 addrspace(3)* %1594
	%1596 = icmp sgt i32 %1518, 6
	%1597 = select i1 %1596, i32 %1595, i32 0
	%1598 = add i32 %1592, %1597
	%1599 = add i32 %1593, %1595
	%1600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1601 = load i32, i32 addrspace(3)* %1600
	%1602 = icmp sgt i32 %1518, 7
	%1603 = select i1 %1602, i32 %1601, i32 0
	%1604 = add i32 %1598, %1603
	%1605 = add i32 %1599, %1601
	%1606 = add i32 %1604, %1538
	%1607 = sub i32 %1606, %1515
	%1608 = icmp slt i32 %1607, %1495
	%1609 = add i32 %1607, %1515
	%1610 = icmp sle i32 %1495, %1609
	%1611 = and i1 %1608, %1610
	br i1 %1611, label %1612, label %1615

1612:
	%1613 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1513, i32 addrspace(3)* %1613
	%1614 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1607, i32 addrspace(3)* %1614
	br label %1615

1615:
	call void @llvm.nvvm.barrier0()
	%1616 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1617 = load i32, i32 addrspace(3)* %1616
	%1618 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1619 = load i32, i32 addrspace(3)* %1618
	%1620 = sub i32 %1495, %1619
	%1621 = shl i32 %1617, 0
	%1622 = or i32 %1497, %1621
	%1623 = or i32 %1498, 255
	%1624 = shl i32 1, %3
	%1625 = sub i32 %1624, 1
	br label %1626

1626:
	%1627 = phi i32 [ 0, %1615 ], [ %1681, %1680 ]
	%1628 = icmp slt i32 %1627, %16
	br i1 %1628, label %1629, label %1638

1629:
	%1630 = add i32 %1627, %0
	%1631 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1630
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = icmp ugt i32 %1632, %1622
	%1634 = icmp eq i32 %1632, %1622
	%1635 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1633)
	%1636 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1634)
	%1637 = icmp eq i32 %3, 0
	br i1 %1637, label %1672, label %1680

1638:
	call void @llvm.nvvm.barrier0()
	%1639 = sdiv i32 %16, 256
	%1640 = mul i32 %1639, 8
	%1641 = icmp slt i32 %0, %1640
	%1642 = select i1 %1641, i32 %0, i32 0
	%1643 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1642
	%1644 = load i32, i32 addrspace(3)* %1643
	%1645 = select i1 %1641, i32 %1644, i32 0
	%1646 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1642
	%1647 = load i32, i32 addrspace(3)* %1646
	%1648 = select i1 %1641, i32 %1647, i32 0
	%1649 = and i32 %0, 31
	%1650 = lshr i32 %0, 5
	%1651 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1648, i32 1, i32 0)
	%1652 = icmp uge i32 %1649, 1
	%1653 = select i1 %1652, i32 %1651, i32 0
	%1654 = add i32 %1648, %1653
	%1655 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1654, i32 2, i32 0)
	%1656 = icmp uge i32 %1649, 2
	%1657 = select i1 %1656, i32 %1655, i32 0
	%1658 = add i32 %1654, %1657
	%1659 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1658, i32 4, i32 0)
	%1660 = icmp uge i32 %1649, 4
	%1661 = select i1 %1660, i32 %1659, i32 0
	%1662 = add i32 %1658, %1661
	%1663 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1662, i32 8, i32 0)
	%1664 = icmp uge i32 %1649, 8
	%1665 = select i1 %1664, i32 %1663, i32 0
	%1666 = add i32 %1662, %1665
	%1667 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1666, i32 16, i32 0)
	%1668 = icmp uge i32 %1649, 16
	%1669 = select i1 %1668, i32 %1667, i32 0
	%1670 = add i32 %1666, %1669
	%1671 = icmp eq i32 %1649, 31
	br i1 %1671, label %1682, label %1684

1672:
	%1673 = sdiv i32 %1627, 256
	%1674 = mul i32 %1673, 8
	%1675 = add i32 %1674, %4
	%1676 = call i32 @llvm.ctpop.i32(i32 %1635)
	%1677 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1675
	store i32 %1676, i32 addrspace(3)* %1677
	%1678 = call i32 @llvm.ctpop.i32(i32 %1636)
	%1679 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1675
	store i32 %1678, i32 addrspace(3)* %1679
	br label %1680

1680:
	%1681 = add i32 %1627, 256
	br label %1626

1682:
	%1683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1650
	store i32 %1670, i32 addrspace(3)* %1683
	br label %1684

1684:
	call void @llvm.nvvm.barrier0()
	%1685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1686 = load i32, i32 addrspace(3)* %1685
	%1687 = icmp sgt i32 %1650, 0
	%1688 = select i1 %1687, i32 %1686, i32 0
	%1689 = add i32 0, %1688
	%1690 = add i32 0, %1686
	%1691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1692 = load i32, i32 addrspace(3)* %1691
	%1693 = icmp sgt i32 %1650, 1
	%1694 = select i1 %1693, i32 %1692, i32 0
	%1695 = add i32 %1689, %1694
	%1696 = add i32 %1690, %1692
	%1697 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1698 = load i32, i32 addrspace(3)* %1697
	%1699 = icmp sgt i32 %1650, 2
	%1700 = select i1 %1699, i32 %1698, i32 0
	%1701 = add i32 %1695, %1700
	%1702 = add i32 %1696, %1698
	%1703 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = icmp sgt i32 %1650, 3
	%1706 = select i1 %1705, i32 %1704, i32 0
	%1707 = add i32 %1701, %1706
	%1708 = add i32 %1702, %1704
	%1709 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1710 = load i32, i32 addrspace(3)* %1709
	%1711 = icmp sgt i32 %1650, 4
	%1712 = select i1 %1711, i32 %1710, i32 0
	%1713 = add i32 %1707, %1712
	%1714 = add i32 %1708, %1710
	%1715 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1716 = load i32, i32 addrspace(3)* %1715
	%1717 = icmp sgt i32 %1650, 5
	%1718 = select i1 %1717, i32 %1716, i32 0
	%1719 = add i32 %1713, %1718
	%1720 = add i32 %1714, %1716
	%1721 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1722 = load i32, i32 addrspace(3)* %1721
	%1723 = icmp sgt i32 %1650, 6
	%1724 = select i1 %1723, i32 %1722, i32 0
	%1725 = add i32 %1719, %1724
	%1726 = add i32 %1720, %1722
	%1727 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1728 = load i32, i32 addrspace(3)* %1727
	%1729 = icmp sgt i32 %1650, 7
	%1730 = select i1 %1729, i32 %1728, i32 0
	%1731 = add i32 %1725, %1730
	%1732 = add i32 %1726, %1728
	%1733 = add i32 %1731, %1670
	%1734 = sub i32 %1733, %1648
	%1735 = sub i32 %1620, %1734
	%1736 = icmp sgt i32 %1735, 0
	%1737 = select i1 %1736, i32 %1735, i32 0
	%1738 = icmp slt i32 %1737, %1648
	%1739 = select i1 %1738, i32 %1737, i32 %1648
	%1740 = add i32 %1645, %1739
	%1741 = and i32 %0, 31
	%1742 = lshr i32 %0, 5
	%1743 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1740, i32 1, i32 0)
	%1744 = icmp uge i32 %1741, 1
	%1745 = select i1 %1744, i32 %1743, i32 0
	%1746 = add i32 %1740, %1745
	%1747 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1746, i32 2, i32 0)
	%1748 = icmp uge i32 %1741, 2
	%1749 = select i1 %1748, i32 %1747, i32 0
	%1750 = add i32 %1746, %1749
	%1751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1750, i32 4, i32 0)
	%1752 = icmp uge i32 %1741, 4
	%1753 = select i1 %1752, i32 %1751, i32 0
	%1754 = add i32 %1750, %1753
	%1755 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1754, i32 8, i32 0)
	%1756 = icmp uge i32 %1741, 8
	%1757 = select i1 %1756, i32 %1755, i32 0
	%1758 = add i32 %1754, %1757
	%1759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1758, i32 16, i32 0)
	%1760 = icmp uge i32 %1741, 16
	%1761 = select i1 %1760, i32 %1759, i32 0
	%1762 = add i32 %1758, %1761
	%1763 = icmp eq i32 %1741, 31
	br i1 %1763, label %1764, label %1766

1764:
	%1765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1742
	store i32 %1762, i32 addrspace(3)* %1765
	br label %1766

1766:
	call void @llvm.nvvm.barrier0()
	%1767 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1768 = load i32, i32 addrspace(3)* %1767
	%1769 = icmp sgt i32 %1742, 0
	%1770 = select i1 %1769, i32 %1768, i32 0
	%1771 = add i32 0, %1770
	%1772 = add i32 0, %1768
	%1773 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = icmp sgt i32 %1742, 1
	%1776 = select i1 %1775, i32 %1774, i32 0
	%1777 = add i32 %1771, %1776
	%1778 = add i32 %1772, %1774
	%1779 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1780 = load i32, i32 addrspace(3)* %1779
	%1781 = icmp sgt i32 %1742, 2
	%1782 = select i1 %1781, i32 %1780, i32 0
	%1783 = add i32 %1777, %1782
	%1784 = add i32 %1778, %1780
	%1785 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1786 = load i32, i32 addrspace(3)* %1785
	%1787 = icmp sgt i32 %1742, 3
	%1788 = select i1 %1787, i32 %1786, i32 0
	%1789 = add i32 %1783, %1788
	%1790 = add i32 %1784, %1786
	%1791 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1792 = load i32, i32 addrspace(3)* %1791
	%1793 = icmp sgt i32 %1742, 4
	%1794 = select i1 %1793, i32 %1792, i32 0
	%1795 = add i32 %1789, %1794
	%1796 = add i32 %1790, %1792
	%1797 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1798 = load i32, i32 addrspace(3)* %1797
	%1799 = icmp sgt i32 %1742, 5
	%1800 = select i1 %1799, i32 %1798, i32 0
	%1801 = add i32 %1795, %1800
	%1802 = add i32 %1796, %1798
	%1803 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1804 = load i32, i32 addrspace(3)* %1803
	%1805 = icmp sgt i32 %1742, 6
	%1806 = select i1 %1805, i32 %1804, i32 0
	%1807 = add i32 %1801, %1806
	%1808 = add i32 %1802, %1804
	%1809 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1810 = load i32, i32 addrspace(3)* %1809
	%1811 = icmp sgt i32 %1742, 7
	%1812 = select i1 %1811, i32 %1810, i32 0
	%1813 = add i32 %1807, %1812
	%1814 = add i32 %1808, %1810
	%1815 = add i32 %1813, %1762
	%1816 = sub i32 %1815, %1740
	br i1 %1641, label %1817, label %1820

1817:
	%1818 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1816, i32 addrspace(3)* %1818
	%1819 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1734, i32 addrspace(3)* %1819
	br label %1820

1820:
	call void @llvm.nvvm.barrier0()
	br label %1821

1821:
	%1822 = phi i32 [ 0, %1820 ], [ %1854, %1853 ]
	%1823 = icmp slt i32 %1822, %16
	br i1 %1823, label %1824, label %1849

1824:
	%1825 = add i32 %1822, %0
	%1826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1825
	%1827 = load i32, i32 addrspace(3)* %1826
	%1828 = icmp ugt i32 %1827, %1622
	%1829 = icmp eq i32 %1827, %1622
	%1830 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1828)
	%1831 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1829)
	%1832 = sdiv i32 %1822, 256
	%1833 = mul i32 %1832, 8
	%1834 = add i32 %1833, %4
	%1835 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1834
	%1836 = load i32, i32 addrspace(3)* %1835
	%1837 = and i32 %1831, %1625
	%1838 = call i32 @llvm.ctpop.i32(i32 %1837)
	%1839 = add i32 %1836, %1838
	%1840 = icmp slt i32 %1839, %1620
	%1841 = and i1 %1829, %1840
	%1842 = or i1 %1828, %1841
	%1843 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1842)
	%1844 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1834
	%1845 = load i32, i32 addrspace(3)* %1844
	%1846 = and i32 %1843, %1625
	%1847 = call i32 @llvm.ctpop.i32(i32 %1846)
	%1848 = add i32 %1845, %1847
	br i1 %1842, label %1850, label %1853

1849:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1850:
	%1851 = add i32 %1822, %0
	%1852 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1848
	store i32 %1851, i32 addrspace(3)* %1852
	br label %1853

1853:
	%1854 = add i32 %1822, 256
	br label %1821

1855:
	%1856 = phi i32 [ %991, %mass_taken ], [ %1860, %1858 ]
	%1857 = icmp slt i32 %1856, %990
	br i1 %1857, label %1858, label %1861

1858:
	%1859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1856
	store i32 -1, i32 addrspace(3)* %1859
	%1860 = add i32 %1856, 256
	br label %1855

1861:
	call void @llvm.nvvm.barrier0()
	%1862 = add i32 %989, 1
	br label %1863

1863:
	%1864 = phi i32 [ 1, %1861 ], [ %1880, %1879 ]
	%1865 = icmp slt i32 %1864, %1862
	br i1 %1865, label %1866, label %1868

1866:
	%1867 = shl i32 1, %1864
	br label %1869

1868:
	br label %1921

1869:
	%1870 = phi i32 [ 0, %1866 ], [ %1915, %1914 ]
	%1871 = icmp slt i32 %1870, %1864
	br i1 %1871, label %1872, label %1879

1872:
	%1873 = sub i32 %1864, 1
	%1874 = sub i32 %1873, %1870
	%1875 = shl i32 1, %1874
	%1876 = sub i32 %1864, 1
	%1877 = sub i32 %1876, %1870
	%1878 = lshr i32 %990, 1
	br label %1881

1879:
	%1880 = add i32 %1864, 1
	br label %1863

1881:
	%1882 = phi i32 [ %0, %1872 ], [ %1920, %1919 ]
	%1883 = icmp slt i32 %1882, %1878
	br i1 %1883, label %1884, label %1914

1884:
	%1885 = lshr i32 %1882, %1877
	%1886 = add i32 %1877, 1
	%1887 = shl i32 %1885, %1886
	%1888 = sub i32 %1875, 1
	%1889 = and i32 %1882, %1888
	%1890 = or i32 %1887, %1889
	%1891 = or i32 %1890, %1875
	%1892 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1890
	%1893 = load i32, i32 addrspace(3)* %1892
	%1894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1891
	%1895 = load i32, i32 addrspace(3)* %1894
	%1896 = and i32 %1890, %1867
	%1897 = icmp eq i32 %1896, 0
	%1898 = icmp sge i32 %1895, 0
	%1899 = select i1 %1898, i32 %1895, i32 0
	%1900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1899
	%1901 = load i32, i32 addrspace(3)* %1900
	%1902 = select i1 %1898, i32 %1901, i32 0
	%1903 = icmp sge i32 %1893, 0
	%1904 = select i1 %1903, i32 %1893, i32 0
	%1905 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1904
	%1906 = load i32, i32 addrspace(3)* %1905
	%1907 = select i1 %1903, i32 %1906, i32 0
	%1908 = icmp ugt i32 %1902, %1907
	%1909 = icmp eq i32 %1902, %1907
	%1910 = icmp slt i32 %1895, %1893
	%1911 = and i1 %1909, %1910
	%1912 = or i1 %1908, %1911
	%1913 = icmp eq i1 %1912, %1897
	br i1 %1913, label %1916, label %1919

1914:
	call void @llvm.nvvm.barrier0()
	%1915 = add i32 %1870, 1
	br label %1869

1916:
	%1917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1890
	store i32 %1895, i32 addrspace(3)* %1917
	%1918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1891
	store i32 %1893, i32 addrspace(3)* %1918
	br label %1919

1919:
	%1920 = add i32 %1882, 256
	br label %1881

1921:
	%1922 = phi i32 [ %0, %1868 ], [ %1935, %1924 ]
	%1923 = icmp slt i32 %1922, %967
	br i1 %1923, label %1924, label %1936

1924:
	%1925 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1922
	%1926 = load i32, i32 addrspace(3)* %1925
	%1927 = add i32 %421, %1922
	%1928 = add i32 %13, %1927
	%1929 = sext i32 %1928 to i64
	%1930 = getelementptr i32, i32* %list, i64 %1929
	store i32 %1926, i32* %1930
	%1931 = add i32 %13, %NK
	%1932 = add i32 %1931, %1927
	%1933 = sext i32 %1932 to i64
	%1934 = getelementptr i32, i32* %list, i64 %1933
	store i32 0, i32* %1934
	%1935 = add i32 %1922, 256
	br label %1921

1936:
	call void @llvm.nvvm.barrier0()
	%1937 = icmp eq i32 %4, 0
	br i1 %1937, label %1938, label %1941

1938:
	%1939 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1940 = load double, double addrspace(3)* %1939
	br label %1954

1941:
	call void @llvm.nvvm.barrier0()
	%1942 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1943 = load i32, i32 addrspace(3)* %1942
	%1944 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1945 = load i32, i32 addrspace(3)* %1944
	%1946 = icmp ne i32 %1945, 0
	%1947 = icmp sge i32 %967, %422
	%1948 = or i1 %1946, %1947
	%1949 = mul i32 %967, 4
	%1950 = icmp sgt i32 %1949, 64
	%1951 = select i1 %1950, i32 %1949, i32 64
	%1952 = icmp slt i32 %1951, %422
	%1953 = select i1 %1952, i32 %1951, i32 %422
	br i1 %1948, label %mass_done, label %mass

1954:
	%1955 = phi i32 [ 0, %1938 ], [ %2419, %2416 ]
	%1956 = phi double [ %1940, %1938 ], [ %2417, %2416 ]
	%1957 = phi i32 [ 0, %1938 ], [ %2418, %2416 ]
	%1958 = icmp slt i32 %1955, %967
	br i1 %1958, label %1959, label %1962

1959:
	%1960 = add i32 %1955, %3
	%1961 = icmp slt i32 %1960, %967
	br i1 %1961, label %1964, label %1971

1962:
	%1963 = icmp eq i32 %3, 0
	br i1 %1963, label %2420, label %2425

1964:
	%1965 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1960
	%1966 = load i32, i32 addrspace(3)* %1965
	%1967 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1966
	%1968 = load i32, i32 addrspace(3)* %1967
	%1969 = sub i32 %1968, 2
	%1970 = bitcast i32 %1969 to float
	br label %1971

1971:
	%1972 = phi float [ 0.0, %1959 ], [ %1970, %1964 ]
	%1973 = fpext float %1972 to double
	%1974 = fcmp one float %1972, 0.0
	%1975 = call float @llvm.fabs.f32(float %1972)
	%1976 = fcmp olt float %1975, 0x3E20000000000000
	%1977 = and i1 %1974, %1976
	%1978 = fmul double %1956, 4.503599627370496e+15
	%1979 = call double @llvm.trunc.f64(double %1978)
	%1980 = fcmp oeq double %1978, %1979
	%1981 = bitcast double %1973 to i64
	%1982 = trunc i64 %1981 to i32
	%1983 = lshr i64 %1981, 32
	%1984 = trunc i64 %1983 to i32
	%1985 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1982, i32 1, i32 0)
	%1986 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1984, i32 1, i32 0)
	%1987 = zext i32 %1985 to i64
	%1988 = zext i32 %1986 to i64
	%1989 = shl i64 %1988, 32
	%1990 = or i64 %1987, %1989
	%1991 = bitcast i64 %1990 to double
	%1992 = icmp uge i32 %3, 1
	%1993 = fadd double %1973, %1991
	%1994 = select i1 %1992, double %1993, double %1973
	%1995 = bitcast double %1994 to i64
	%1996 = trunc i64 %1995 to i32
	%1997 = lshr i64 %1995, 32
	%1998 = trunc i64 %1997 to i32
	%1999 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1996, i32 2, i32 0)
	%2000 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1998, i32 2, i32 0)
	%2001 = zext i32 %1999 to i64
	%2002 = zext i32 %2000 to i64
	%2003 = shl i64 %2002, 32
	%2004 = or i64 %2001, %2003
	%2005 = bitcast i64 %2004 to double
	%2006 = icmp uge i32 %3, 2
	%2007 = fadd double %1994, %2005
	%2008 = select i1 %2006, double %2007, double %1994
	%2009 = bitcast double %2008 to i64
	%2010 = trunc i64 %2009 to i32
	%2011 = lshr i64 %2009, 32
	%2012 = trunc i64 %2011 to i32
	%2013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2010, i32 4, i32 0)
	%2014 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2012, i32 4, i32 0)
	%2015 = zext i32 %2013 to i64
	%2016 = zext i32 %2014 to i64
	%2017 = shl i64 %2016, 32
	%2018 = or i64 %2015, %2017
	%2019 = bitcast i64 %2018 to double
	%2020 = icmp uge i32 %3, 4
	%2021 = fadd double %2008, %2019
	%2022 = select i1 %2020, double %2021, double %2008
	%2023 = bitcast double %2022 to i64
	%2024 = trunc i64 %2023 to i32
	%2025 = lshr i64 %2023, 32
	%2026 = trunc i64 %2025 to i32
	%2027 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2024, i32 8, i32 0)
	%2028 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2026, i32 8, i32 0)
	%2029 = zext i32 %2027 to i64
	%2030 = zext i32 %2028 to i64
	%2031 = shl i64 %2030, 32
	%2032 = or i64 %2029, %2031
	%2033 = bitcast i64 %2032 to double
	%2034 = icmp uge i32 %3, 8
	%2035 = fadd double %2022, %2033
	%2036 = select i1 %2034, double %2035, double %2022
	%2037 = bitcast double %2036 to i64
	%2038 = trunc i64 %2037 to i32
	%2039 = lshr i64 %2037, 32
	%2040 = trunc i64 %2039 to i32
	%2041 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2038, i32 16, i32 0)
	%2042 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2040, i32 16, i32 0)
	%2043 = zext i32 %2041 to i64
	%2044 = zext i32 %2042 to i64
	%2045 = shl i64 %2044, 32
	%2046 = or i64 %2043, %2045
	%2047 = bitcast i64 %2046 to double
	%2048 = icmp uge i32 %3, 16
	%2049 = fadd double %2036, %2047
	%2050 = select i1 %2048, double %2049, double %2036
	%2051 = bitcast double %2050 to i64
	%2052 = trunc i64 %2051 to i32
	%2053 = lshr i64 %2051, 32
	%2054 = trunc i64 %2053 to i32
	%2055 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2052, i32 31, i32 31)
	%2056 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2054, i32 31, i32 31)
	%2057 = zext i32 %2055 to i64
	%2058 = zext i32 %2056 to i64
	%2059 = shl i64 %2058, 32
	%2060 = or i64 %2057, %2059
	%2061 = bitcast i64 %2060 to double
	%2062 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1977)
	%2063 = xor i1 %2062, true
	%2064 = and i1 %1980, %2063
	%2065 = fadd double %1956, %2061
	%2066 = fcmp olt double %2065, 1.5
	%2067 = and i1 %2064, %2066
	%2068 = fcmp oge double %1956, 0x3FECCCCCCCCCCCCD
	%2069 = or i1 %2067, %2068
	br i1 %2069, label %2070, label %2095

2070:
	%2071 = fsub double %2050, %1973
	%2072 = fadd double %1956, %2071
	%2073 = fcmp olt double %2072, 0x3FECCCCCCCCCCCCD
	%2074 = and i1 %1961, %2073
	%2075 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2074)
	%2076 = call i32 @llvm.ctpop.i32(i32 %2075)
	%2077 = sub i32 %2076, 1
	%2078 = icmp sgt i32 %2077, 0
	%2079 = select i1 %2078, i32 %2077, i32 0
	%2080 = bitcast double %2050 to i64
	%2081 = trunc i64 %2080 to i32
	%2082 = lshr i64 %2080, 32
	%2083 = trunc i64 %2082 to i32
	%2084 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2081, i32 %2079, i32 31)
	%2085 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2083, i32 %2079, i32 31)
	%2086 = zext i32 %2084 to i64
	%2087 = zext i32 %2085 to i64
	%2088 = shl i64 %2087, 32
	%2089 = or i64 %2086, %2088
	%2090 = bitcast i64 %2089 to double
	%2091 = icmp sgt i32 %2076, 0
	%2092 = fadd double %1956, %2090
	%2093 = select i1 %2091, double %2092, double %1956
	%2094 = add i32 %1957, %2076
	br label %2416

2095:
	%2096 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 0, i32 31)
	%2097 = fcmp olt double %1956, 0x3FECCCCCCCCCCCCD
	%2098 = add i32 %1955, 0
	%2099 = icmp slt i32 %2098, %967
	%2100 = and i1 %2097, %2099
	%2101 = fpext float %2096 to double
	%2102 = fadd double %1956, %2101
	%2103 = select i1 %2100, double %2102, double %1956
	%2104 = add i32 %1957, 1
	%2105 = select i1 %2100, i32 %2104, i32 %1957
	%2106 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 1, i32 31)
	%2107 = fcmp olt double %2103, 0x3FECCCCCCCCCCCCD
	%2108 = add i32 %1955, 1
	%2109 = icmp slt i32 %2108, %967
	%2110 = and i1 %2107, %2109
	%2111 = fpext float %2106 to double
	%2112 = fadd double %2103, %2111
	%2113 = select i1 %2110, double %2112, double %2103
	%2114 = add i32 %2105, 1
	%2115 = select i1 %2110, i32 %2114, i32 %2105
	%2116 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 2, i32 31)
	%2117 = fcmp olt double %2113, 0x3FECCCCCCCCCCCCD
	%2118 = add i32 %1955, 2
	%2119 = icmp slt i32 %2118, %967
	%2120 = and i1 %2117, %2119
	%2121 = fpext float %2116 to double
	%2122 = fadd double %2113, %2121
	%2123 = select i1 %2120, double %2122, double %2113
	%2124 = add i32 %2115, 1
	%2125 = select i1 %2120, i32 %2124, i32 %2115
	%2126 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 3, i32 31)
	%2127 = fcmp olt double %2123, 0x3FECCCCCCCCCCCCD
	%2128 = add i32 %1955, 3
	%2129 = icmp slt i32 %2128, %967
	%2130 = and i1 %2127, %2129
	%2131 = fpext float %2126 to double
	%2132 = fadd double %2123, %2131
	%2133 = select i1 %2130, double %2132, double %2123
	%2134 = add i32 %2125, 1
	%2135 = select i1 %2130, i32 %2134, i32 %2125
	%2136 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 4, i32 31)
	%2137 = fcmp olt double %2133, 0x3FECCCCCCCCCCCCD
	%2138 = add i32 %1955, 4
	%2139 = icmp slt i32 %2138, %967
	%2140 = and i1 %2137, %2139
	%2141 = fpext float %2136 to double
	%2142 = fadd double %2133, %2141
	%2143 = select i1 %2140, double %2142, double %2133
	%2144 = add i32 %2135, 1
	%2145 = select i1 %2140, i32 %2144, i32 %2135
	%2146 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 5, i32 31)
	%2147 = fcmp olt double %2143, 0x3FECCCCCCCCCCCCD
	%2148 = add i32 %1955, 5
	%2149 = icmp slt i32 %2148, %967
	%2150 = and i1 %2147, %2149
	%2151 = fpext float %2146 to double
	%2152 = fadd double %2143, %2151
	%2153 = select i1 %2150, double %2152, double %2143
	%2154 = add i32 %2145, 1
	%2155 = select i1 %2150, i32 %2154, i32 %2145
	%2156 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 6, i32 31)
	%2157 = fcmp olt double %2153, 0x3FECCCCCCCCCCCCD
	%2158 = add i32 %1955, 6
	%2159 = icmp slt i32 %2158, %967
	%2160 = and i1 %2157, %2159
	%2161 = fpext float %2156 to double
	%2162 = fadd double %2153, %2161
	%2163 = select i1 %2160, double %2162, double %2153
	%2164 = add i32 %2155, 1
	%2165 = select i1 %2160, i32 %2164, i32 %2155
	%2166 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 7, i32 31)
	%2167 = fcmp olt double %2163, 0x3FECCCCCCCCCCCCD
	%2168 = add i32 %1955, 7
	%2169 = icmp slt i32 %2168, %967
	%2170 = and i1 %2167, %2169
	%2171 = fpext float %2166 to double
	%2172 = fadd double %2163, %2171
	%2173 = select i1 %2170, double %2172, double %2163
	%2174 = add i32 %2165, 1
	%2175 = select i1 %2170, i32 %2174, i32 %2165
	%2176 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 8, i32 31)
	%2177 = fcmp olt double %2173, 0x3FECCCCCCCCCCCCD
	%2178 = add i32 %1955, 8
	%2179 = icmp slt i32 %2178, %967
	%2180 = and i1 %2177, %2179
	%2181 = fpext float %2176 to double
	%2182 = fadd double %2173, %2181
	%2183 = select i1 %2180, double %2182, double %2173
	%2184 = add i32 %2175, 1
	%2185 = select i1 %2180, i32 %2184, i32 %2175
	%2186 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 9, i32 31)
	%2187 = fcmp olt double %2183, 0x3FECCCCCCCCCCCCD
	%2188 = add i32 %1955, 9
	%2189 = icmp slt i32 %2188, %967
	%2190 = and i1 %2187, %2189
	%2191 = fpext float %2186 to double
	%2192 = fadd double %2183, %2191
	%2193 = select i1 %2190, double %2192, double %2183
	%2194 = add i32 %2185, 1
	%2195 = select i1 %2190, i32 %2194, i32 %2185
	%2196 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 10, i32 31)
	%2197 = fcmp olt double %2193, 0x3FECCCCCCCCCCCCD
	%2198 = add i32 %1955, 10
	%2199 = icmp slt i32 %2198, %967
	%2200 = and i1 %2197, %2199
	%2201 = fpext float %2196 to double
	%2202 = fadd double %2193, %2201
	%2203 = select i1 %2200, double %2202, double %2193
	%2204 = add i32 %2195, 1
	%2205 = select i1 %2200, i32 %2204, i32 %2195
	%2206 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 11, i32 31)
	%2207 = fcmp olt double %2203, 0x3FECCCCCCCCCCCCD
	%2208 = add i32 %1955, 11
	%2209 = icmp slt i32 %2208, %967
	%2210 = and i1 %2207, %2209
	%2211 = fpext float %2206 to double
	%2212 = fadd double %2203, %2211
	%2213 = select i1 %2210, double %2212, double %2203
	%2214 = add i32 %2205, 1
	%2215 = select i1 %2210, i32 %2214, i32 %2205
	%2216 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 12, i32 31)
	%2217 = fcmp olt double %2213, 0x3FECCCCCCCCCCCCD
	%2218 = add i32 %1955, 12
	%2219 = icmp slt i32 %2218, %967
	%2220 = and i1 %2217, %2219
	%2221 = fpext float %2216 to double
	%2222 = fadd double %2213, %2221
	%2223 = select i1 %2220, double %2222, double %2213
	%2224 = add i32 %2215, 1
	%2225 = select i1 %2220, i32 %2224, i32 %2215
	%2226 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 13, i32 31)
	%2227 = fcmp olt double %2223, 0x3FECCCCCCCCCCCCD
	%2228 = add i32 %1955, 13
	%2229 = icmp slt i32 %2228, %967
	%2230 = and i1 %2227, %2229
	%2231 = fpext float %2226 to double
	%2232 = fadd double %2223, %2231
	%2233 = select i1 %2230, double %2232, double %2223
	%2234 = add i32 %2225, 1
	%2235 = select i1 %2230, i32 %2234, i32 %2225
	%2236 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 14, i32 31)
	%2237 = fcmp olt double %2233, 0x3FECCCCCCCCCCCCD
	%2238 = add i32 %1955, 14
	%2239 = icmp slt i32 %2238, %967
	%2240 = and i1 %2237, %2239
	%2241 = fpext float %2236 to double
	%2242 = fadd double %2233, %2241
	%2243 = select i1 %2240, double %2242, double %2233
	%2244 = add i32 %2235, 1
	%2245 = select i1 %2240, i32 %2244, i32 %2235
	%2246 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 15, i32 31)
	%2247 = fcmp olt double %2243, 0x3FECCCCCCCCCCCCD
	%2248 = add i32 %1955, 15
	%2249 = icmp slt i32 %2248, %967
	%2250 = and i1 %2247, %2249
	%2251 = fpext float %2246 to double
	%2252 = fadd double %2243, %2251
	%2253 = select i1 %2250, double %2252, double %2243
	%2254 = add i32 %2245, 1
	%2255 = select i1 %2250, i32 %2254, i32 %2245
	%2256 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 16, i32 31)
	%2257 = fcmp olt double %2253, 0x3FECCCCCCCCCCCCD
	%2258 = add i32 %1955, 16
	%2259 = icmp slt i32 %2258, %967
	%2260 = and i1 %2257, %2259
	%2261 = fpext float %2256 to double
	%2262 = fadd double %2253, %2261
	%2263 = select i1 %2260, double %2262, double %2253
	%2264 = add i32 %2255, 1
	%2265 = select i1 %2260, i32 %2264, i32 %2255
	%2266 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 17, i32 31)
	%2267 = fcmp olt double %2263, 0x3FECCCCCCCCCCCCD
	%2268 = add i32 %1955, 17
	%2269 = icmp slt i32 %2268, %967
	%2270 = and i1 %2267, %2269
	%2271 = fpext float %2266 to double
	%2272 = fadd double %2263, %2271
	%2273 = select i1 %2270, double %2272, double %2263
	%2274 = add i32 %2265, 1
	%2275 = select i1 %2270, i32 %2274, i32 %2265
	%2276 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 18, i32 31)
	%2277 = fcmp olt double %2273, 0x3FECCCCCCCCCCCCD
	%2278 = add i32 %1955, 18
	%2279 = icmp slt i32 %2278, %967
	%2280 = and i1 %2277, %2279
	%2281 = fpext float %2276 to double
	%2282 = fadd double %2273, %2281
	%2283 = select i1 %2280, double %2282, double %2273
	%2284 = add i32 %2275, 1
	%2285 = select i1 %2280, i32 %2284, i32 %2275
	%2286 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 19, i32 31)
	%2287 = fcmp olt double %2283, 0x3FECCCCCCCCCCCCD
	%2288 = add i32 %1955, 19
	%2289 = icmp slt i32 %2288, %967
	%2290 = and i1 %2287, %2289
	%2291 = fpext float %2286 to double
	%2292 = fadd double %2283, %2291
	%2293 = select i1 %2290, double %2292, double %2283
	%2294 = add i32 %2285, 1
	%2295 = select i1 %2290, i32 %2294, i32 %2285
	%2296 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 20, i32 31)
	%2297 = fcmp olt double %2293, 0x3FECCCCCCCCCCCCD
	%2298 = add i32 %1955, 20
	%2299 = icmp slt i32 %2298, %967
	%2300 = and i1 %2297, %2299
	%2301 = fpext float %2296 to double
	%2302 = fadd double %2293, %2301
	%2303 = select i1 %2300, double %2302, double %2293
	%2304 = add i32 %2295, 1
	%2305 = select i1 %2300, i32 %2304, i32 %2295
	%2306 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 21, i32 31)
	%2307 = fcmp olt double %2303, 0x3FECCCCCCCCCCCCD
	%2308 = add i32 %1955, 21
	%2309 = icmp slt i32 %2308, %967
	%2310 = and i1 %2307, %2309
	%2311 = fpext float %2306 to double
	%2312 = fadd double %2303, %2311
	%2313 = select i1 %2310, double %2312, double %2303
	%2314 = add i32 %2305, 1
	%2315 = select i1 %2310, i32 %2314, i32 %2305
	%2316 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 22, i32 31)
	%2317 = fcmp olt double %2313, 0x3FECCCCCCCCCCCCD
	%2318 = add i32 %1955, 22
	%2319 = icmp slt i32 %2318, %967
	%2320 = and i1 %2317, %2319
	%2321 = fpext float %2316 to double
	%2322 = fadd double %2313, %2321
	%2323 = select i1 %2320, double %2322, double %2313
	%2324 = add i32 %2315, 1
	%2325 = select i1 %2320, i32 %2324, i32 %2315
	%2326 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 23, i32 31)
	%2327 = fcmp olt double %2323, 0x3FECCCCCCCCCCCCD
	%2328 = add i32 %1955, 23
	%2329 = icmp slt i32 %2328, %967
	%2330 = and i1 %2327, %2329
	%2331 = fpext float %2326 to double
	%2332 = fadd double %2323, %2331
	%2333 = select i1 %2330, double %2332, double %2323
	%2334 = add i32 %2325, 1
	%2335 = select i1 %2330, i32 %2334, i32 %2325
	%2336 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 24, i32 31)
	%2337 = fcmp olt double %2333, 0x3FECCCCCCCCCCCCD
	%2338 = add i32 %1955, 24
	%2339 = icmp slt i32 %2338, %967
	%2340 = and i1 %2337, %2339
	%2341 = fpext float %2336 to double
	%2342 = fadd double %2333, %2341
	%2343 = select i1 %2340, double %2342, double %2333
	%2344 = add i32 %2335, 1
	%2345 = select i1 %2340, i32 %2344, i32 %2335
	%2346 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 25, i32 31)
	%2347 = fcmp olt double %2343, 0x3FECCCCCCCCCCCCD
	%2348 = add i32 %1955, 25
	%2349 = icmp slt i32 %2348, %967
	%2350 = and i1 %2347, %2349
	%2351 = fpext float %2346 to double
	%2352 = fadd double %2343, %2351
	%2353 = select i1 %2350, double %2352, double %2343
	%2354 = add i32 %2345, 1
	%2355 = select i1 %2350, i32 %2354, i32 %2345
	%2356 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 26, i32 31)
	%2357 = fcmp olt double %2353, 0x3FECCCCCCCCCCCCD
	%2358 = add i32 %1955, 26
	%2359 = icmp slt i32 %2358, %967
	%2360 = and i1 %2357, %2359
	%2361 = fpext float %2356 to double
	%2362 = fadd double %2353, %2361
	%2363 = select i1 %2360, double %2362, double %2353
	%2364 = add i32 %2355, 1
	%2365 = select i1 %2360, i32 %2364, i32 %2355
	%2366 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 27, i32 31)
	%2367 = fcmp olt double %2363, 0x3FECCCCCCCCCCCCD
	%2368 = add i32 %1955, 27
	%2369 = icmp slt i32 %2368, %967
	%2370 = and i1 %2367, %2369
	%2371 = fpext float %2366 to double
	%2372 = fadd double %2363, %2371
	%2373 = select i1 %2370, double %2372, double %2363
	%2374 = add i32 %2365, 1
	%2375 = select i1 %2370, i32 %2374, i32 %2365
	%2376 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 28, i32 31)
	%2377 = fcmp olt double %2373, 0x3FECCCCCCCCCCCCD
	%2378 = add i32 %1955, 28
	%2379 = icmp slt i32 %2378, %967
	%2380 = and i1 %2377, %2379
	%2381 = fpext float %2376 to double
	%2382 = fadd double %2373, %2381
	%2383 = select i1 %2380, double %2382, double %2373
	%2384 = add i32 %2375, 1
	%2385 = select i1 %2380, i32 %2384, i32 %2375
	%2386 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 29, i32 31)
	%2387 = fcmp olt double %2383, 0x3FECCCCCCCCCCCCD
	%2388 = add i32 %1955, 29
	%2389 = icmp slt i32 %2388, %967
	%2390 = and i1 %2387, %2389
	%2391 = fpext float %2386 to double
	%2392 = fadd double %2383, %2391
	%2393 = select i1 %2390, double %2392, double %2383
	%2394 = add i32 %2385, 1
	%2395 = select i1 %2390, i32 %2394, i32 %2385
	%2396 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 30, i32 31)
	%2397 = fcmp olt double %2393, 0x3FECCCCCCCCCCCCD
	%2398 = add i32 %1955, 30
	%2399 = icmp slt i32 %2398, %967
	%2400 = and i1 %2397, %2399
	%2401 = fpext float %2396 to double
	%2402 = fadd double %2393, %2401
	%2403 = select i1 %2400, double %2402, double %2393
	%2404 = add i32 %2395, 1
	%2405 = select i1 %2400, i32 %2404, i32 %2395
	%2406 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1972, i32 31, i32 31)
	%2407 = fcmp olt double %2403, 0x3FECCCCCCCCCCCCD
	%2408 = add i32 %1955, 31
	%2409 = icmp slt i32 %2408, %967
	%2410 = and i1 %2407, %2409
	%2411 = fpext float %2406 to double
	%2412 = fadd double %2403, %2411
	%2413 = select i1 %2410, double %2412, double %2403
	%2414 = add i32 %2405, 1
	%2415 = select i1 %2410, i32 %2414, i32 %2405
	br label %2416

2416:
	%2417 = phi double [ %2093, %2070 ], [ %2413, %2095 ]
	%2418 = phi i32 [ %2094, %2070 ], [ %2415, %2095 ]
	%2419 = add i32 %1955, 32
	br label %1954

2420:
	%2421 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1957, i32 addrspace(3)* %2421
	%2422 = fcmp oge double %1956, 0x3FECCCCCCCCCCCCD
	%2423 = zext i1 %2422 to i32
	%2424 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2423, i32 addrspace(3)* %2424
	br label %2425

2425:
	br label %1941

2426:
	%2427 = phi i32 [ %981, %mass_done ], [ %2437, %2429 ]
	%2428 = icmp slt i32 %2427, %980
	br i1 %2428, label %2429, label %2438

2429:
	%2430 = add i32 %13, %2427
	%2431 = sext i32 %2430 to i64
	%2432 = getelementptr i32, i32* %list, i64 %2431
	store i32 -1, i32* %2432
	%2433 = add i32 %13, %NK
	%2434 = add i32 %2433, %2427
	%2435 = sext i32 %2434 to i64
	%2436 = getelementptr i32, i32* %list, i64 %2435
	store i32 -1, i32* %2436
	%2437 = add i32 %2427, 256
	br label %2426

2438:
	ret void
}
