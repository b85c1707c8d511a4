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
	%334 = phi i32 [ %0, %284 ], [ %378, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %377, %364 ]
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
	br i1 %358, label %379, label %380

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
	%369 = icmp eq i32 %334, 0
	%370 = or i1 %368, %369
	%371 = bitcast float %343 to i32
	%372 = add i32 %371, 2
	%373 = select i1 %370, i32 1, i32 %372
	%374 = select i1 %341, i32 %373, i32 0
	%375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %334
	store i32 %374, i32 addrspace(3)* %375
	%376 = uitofp i1 %341 to float
	%377 = fadd float %335, %376
	%378 = add i32 %334, 256
	br label %333

379:
	store float %355, float addrspace(3)* %359
	br label %380

380:
	call void @llvm.nvvm.barrier0()
	%381 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%382 = load float, float addrspace(3)* %381
	%383 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%384 = load float, float addrspace(3)* %383
	%385 = fadd float %382, %384
	%386 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%387 = load float, float addrspace(3)* %386
	%388 = fadd float %385, %387
	%389 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%390 = load float, float addrspace(3)* %389
	%391 = fadd float %388, %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = fptosi float %403 to i32
	%405 = icmp eq i32 %0, 0
	br i1 %405, label %406, label %410

406:
	%407 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%408 = load i32, i32 addrspace(3)* %407
	%409 = icmp eq i32 %408, 1
	br i1 %409, label %427, label %435

410:
	call void @llvm.nvvm.barrier0()
	%411 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%412 = load i32, i32 addrspace(3)* %411
	%413 = sub i32 %404, %412
	%414 = sitofp i32 %404 to double
	%415 = fmul double 0x3FB999999999999A, %414
	%416 = fsub double %415, 0x3E112E0BE826D695
	%417 = call double @llvm.ceil.f64(double %416)
	%418 = fptosi double %417 to i32
	%419 = sub i32 %418, %412
	%420 = icmp sgt i32 %419, 0
	%421 = select i1 %420, i32 %419, i32 0
	%422 = icmp slt i32 %421, %413
	%423 = select i1 %422, i32 %421, i32 %413
	%424 = icmp sgt i32 %423, 0
	%425 = select i1 %424, i32 %423, i32 0
	%426 = icmp sgt i32 %425, 0
	br i1 %426, label %topk, label %topk_done

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
	%441 = select i1 %409, i32 %440, i32 0
	%442 = fpext float %439 to double
	%443 = fadd double 0.0, %442
	%444 = select i1 %409, double %443, double 0.0
	%445 = icmp sgt i32 %324, 1
	%446 = select i1 %445, i32 %324, i32 1
	%447 = add i32 %332, 1
	%448 = icmp slt i32 %447, %NK
	%449 = select i1 %448, i32 %447, i32 %NK
	br label %450

450:
	%451 = phi i32 [ %446, %435 ], [ %480, %470 ]
	%452 = phi i32 [ %441, %435 ], [ %476, %470 ]
	%453 = phi double [ %444, %435 ], [ %479, %470 ]
	%454 = icmp slt i32 %451, %449
	br i1 %454, label %455, label %459

455:
	%456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %451
	%457 = load i32, i32 addrspace(3)* %456
	%458 = icmp eq i32 %457, 1
	br i1 %458, label %462, label %470

459:
	%460 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %452, i32 addrspace(3)* %460
	%461 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %453, double addrspace(3)* %461
	br label %410

462:
	%463 = add i32 %13, %452
	%464 = sext i32 %463 to i64
	%465 = getelementptr i32, i32* %list, i64 %464
	store i32 %451, i32* %465
	%466 = add i32 %13, %NK
	%467 = add i32 %466, %452
	%468 = sext i32 %467 to i64
	%469 = getelementptr i32, i32* %list, i64 %468
	store i32 1, i32* %469
	br label %470

470:
	%471 = add i32 %11, %451
	%472 = sext i32 %471 to i64
	%473 = getelementptr float, float* %e, i64 %472
	%474 = load float, float* %473
	%475 = add i32 %452, 1
	%476 = select i1 %458, i32 %475, i32 %452
	%477 = fpext float %474 to double
	%478 = fadd double %453, %477
	%479 = select i1 %458, double %478, double %453
	%480 = add i32 %451, 1
	br label %450

topk:
	call void @llvm.nvvm.barrier0()
	%481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %481
	call void @llvm.nvvm.barrier0()
	br label %484

topk_done:
	%482 = icmp slt i32 %0, %425
	%483 = icmp sle i32 %425, 256
	br i1 %483, label %write_rank, label %write_sort

484:
	%485 = phi i32 [ %0, %topk ], [ %536, %535 ]
	%486 = icmp slt i32 %485, %16
	br i1 %486, label %487, label %503

487:
	%488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %485
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp uge i32 %489, 2
	%491 = and i32 %489, 0
	%492 = icmp eq i32 %491, 0
	%493 = and i1 %490, %492
	%494 = lshr i32 %489, 24
	%495 = and i32 %494, 255
	%496 = select i1 %493, i32 %495, i32 256
	%497 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %496)
	%498 = shl i32 1, %3
	%499 = sub i32 %498, 1
	%500 = and i32 %497, %499
	%501 = icmp eq i32 %500, 0
	%502 = and i1 %493, %501
	br i1 %502, label %531, label %535

503:
	call void @llvm.nvvm.barrier0()
	%504 = sub i32 255, %0
	%505 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %504
	%506 = load i32, i32 addrspace(3)* %505
	%507 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %507
	%508 = and i32 %0, 31
	%509 = lshr i32 %0, 5
	%510 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %506, i32 1, i32 0)
	%511 = icmp uge i32 %508, 1
	%512 = select i1 %511, i32 %510, i32 0
	%513 = add i32 %506, %512
	%514 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %513, i32 2, i32 0)
	%515 = icmp uge i32 %508, 2
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 %513, %516
	%518 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %517, i32 4, i32 0)
	%519 = icmp uge i32 %508, 4
	%520 = select i1 %519, i32 %518, i32 0
	%521 = add i32 %517, %520
	%522 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %521, i32 8, i32 0)
	%523 = icmp uge i32 %508, 8
	%524 = select i1 %523, i32 %522, i32 0
	%525 = add i32 %521, %524
	%526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %525, i32 16, i32 0)
	%527 = icmp uge i32 %508, 16
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %525, %528
	%530 = icmp eq i32 %508, 31
	br i1 %530, label %537, label %539

531:
	%532 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %495
	%533 = call i32 @llvm.ctpop.i32(i32 %497)
	%534 = atomicrmw add i32 addrspace(3)* %532, i32 %533 monotonic
	br label %535

535:
	%536 = add i32 %485, 256
	br label %484

537:
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %509
	store i32 %529, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %509, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %509, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %509, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %509, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %509, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %509, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %509, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %509, 7
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = add i32 %586, %529
	%589 = sub i32 %588, %506
	%590 = icmp slt i32 %589, %425
	%591 = add i32 %589, %506
	%592 = icmp sle i32 %425, %591
	%593 = and i1 %590, %592
	br i1 %593, label %594, label %597

594:
	%595 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %504, i32 addrspace(3)* %595
	%596 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %589, i32 addrspace(3)* %596
	br label %597

597:
	call void @llvm.nvvm.barrier0()
	%598 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%599 = load i32, i32 addrspace(3)* %598
	%600 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%601 = load i32, i32 addrspace(3)* %600
	%602 = sub i32 %425, %601
	%603 = shl i32 %599, 24
	%604 = or i32 0, %603
	%605 = or i32 0, u0xFF000000
	br label %606

606:
	%607 = phi i32 [ %0, %597 ], [ %658, %657 ]
	%608 = icmp slt i32 %607, %16
	br i1 %608, label %609, label %625

609:
	%610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %607
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp uge i32 %611, 2
	%613 = and i32 %611, %605
	%614 = icmp eq i32 %613, %604
	%615 = and i1 %612, %614
	%616 = lshr i32 %611, 16
	%617 = and i32 %616, 255
	%618 = select i1 %615, i32 %617, i32 256
	%619 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %618)
	%620 = shl i32 1, %3
	%621 = sub i32 %620, 1
	%622 = and i32 %619, %621
	%623 = icmp eq i32 %622, 0
	%624 = and i1 %615, %623
	br i1 %624, label %653, label %657

625:
	call void @llvm.nvvm.barrier0()
	%626 = sub i32 255, %0
	%627 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %626
	%628 = load i32, i32 addrspace(3)* %627
	%629 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %629
	%630 = and i32 %0, 31
	%631 = lshr i32 %0, 5
	%632 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %628, i32 1, i32 0)
	%633 = icmp uge i32 %630, 1
	%634 = select i1 %633, i32 %632, i32 0
	%635 = add i32 %628, %634
	%636 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %635, i32 2, i32 0)
	%637 = icmp uge i32 %630, 2
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 %635, %638
	%640 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %639, i32 4, i32 0)
	%641 = icmp uge i32 %630, 4
	%642 = select i1 %641, i32 %640, i32 0
	%643 = add i32 %639, %642
	%644 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %643, i32 8, i32 0)
	%645 = icmp uge i32 %630, 8
	%646 = select i1 %645, i32 %644, i32 0
	%647 = add i32 %643, %646
	%648 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %647, i32 16, i32 0)
	%649 = icmp uge i32 %630, 16
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %647, %650
	%652 = icmp eq i32 %630, 31
	br i1 %652, label %659, label %661

653:
	%654 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %617
	%655 = call i32 @llvm.ctpop.i32(i32 %619)
	%656 = atomicrmw add i32 addrspace(3)* %654, i32 %655 monotonic
	br label %657

657:
	%658 = add i32 %607, 256
	br label %606

659:
	%660 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %631
	store i32 %651, i32 addrspace(3)* %660
	br label %661

661:
	call void @llvm.nvvm.barrier0()
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %631, 0
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 0, %665
	%667 = add i32 0, %663
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %631, 1
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %666, %671
	%673 = add i32 %667, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %631, 2
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %631, 3
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%687 = load i32, i32 addrspace(3)* %686
	%688 = icmp sgt i32 %631, 4
	%689 = select i1 %688, i32 %687, i32 0
	%690 = add i32 %684, %689
	%691 = add i32 %685, %687
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %631, 5
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %690, %695
	%697 = add i32 %691, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %631, 6
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %631, 7
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = add i32 %708, %651
	%711 = sub i32 %710, %628
	%712 = icmp slt i32 %711, %602
	%713 = add i32 %711, %628
	%714 = icmp sle i32 %602, %713
	%715 = and i1 %712, %714
	br i1 %715, label %716, label %719

716:
	%717 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %626, i32 addrspace(3)* %717
	%718 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %711, i32 addrspace(3)* %718
	br label %719

719:
	call void @llvm.nvvm.barrier0()
	%720 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%721 = load i32, i32 addrspace(3)* %720
	%722 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%723 = load i32, i32 addrspace(3)* %722
	%724 = sub i32 %602, %723
	%725 = shl i32 %721, 16
	%726 = or i32 %604, %725
	%727 = or i32 %605, u0xFF0000
	br label %728

728:
	%729 = phi i32 [ %0, %719 ], [ %780, %779 ]
	%730 = icmp slt i32 %729, %16
	br i1 %730, label %731, label %747

731:
	%732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %729
	%733 = load i32, i32 addrspace(3)* %732
	%734 = icmp uge i32 %733, 2
	%735 = and i32 %733, %727
	%736 = icmp eq i32 %735, %726
	%737 = and i1 %734, %736
	%738 = lshr i32 %733, 8
	%739 = and i32 %738, 255
	%740 = select i1 %737, i32 %739, i32 256
	%741 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %740)
	%742 = shl i32 1, %3
	%743 = sub i32 %742, 1
	%744 = and i32 %741, %743
	%745 = icmp eq i32 %744, 0
	%746 = and i1 %737, %745
	br i1 %746, label %775, label %779

747:
	call void @llvm.nvvm.barrier0()
	%748 = sub i32 255, %0
	%749 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %748
	%750 = load i32, i32 addrspace(3)* %749
	%751 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %751
	%752 = and i32 %0, 31
	%753 = lshr i32 %0, 5
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %750, i32 1, i32 0)
	%755 = icmp uge i32 %752, 1
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %750, %756
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
	br i1 %774, label %781, label %783

775:
	%776 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %739
	%777 = call i32 @llvm.ctpop.i32(i32 %741)
	%778 = atomicrmw add i32 addrspace(3)* %776, i32 %777 monotonic
	br label %779

779:
	%780 = add i32 %729, 256
	br label %728

781:
	%782 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %753
	store i32 %773, i32 addrspace(3)* %782
	br label %783

783:
	call void @llvm.nvvm.barrier0()
	%784 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%785 = load i32, i32 addrspace(3)* %784
	%786 = icmp sgt i32 %753, 0
	%787 = select i1 %786, i32 %785, i32 0
	%788 = add i32 0, %787
	%789 = add i32 0, %785
	%790 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%791 = load i32, i32 addrspace(3)* %790
	%792 = icmp sgt i32 %753, 1
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 %788, %793
	%795 = add i32 %789, %791
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%797 = load i32, i32 addrspace(3)* %796
	%798 = icmp sgt i32 %753, 2
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %794, %799
	%801 = add i32 %795, %797
	%802 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%803 = load i32, i32 addrspace(3)* %802
	%804 = icmp sgt i32 %753, 3
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %800, %805
	%807 = add i32 %801, %803
	%808 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%809 = load i32, i32 addrspace(3)* %808
	%810 = icmp sgt i32 %753, 4
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %806, %811
	%813 = add i32 %807, %809
	%814 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%815 = load i32, i32 addrspace(3)* %814
	%816 = icmp sgt i32 %753, 5
	%817 = select i1 %816, i32 %815, i32 0
	%818 = add i32 %812, %817
	%819 = add i32 %813, %815
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %753, 6
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %818, %823
	%825 = add i32 %819, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %753, 7
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = add i32 %830, %773
	%833 = sub i32 %832, %750
	%834 = icmp slt i32 %833, %724
	%835 = add i32 %833, %750
	%836 = icmp sle i32 %724, %835
	%837 = and i1 %834, %836
	br i1 %837, label %838, label %841

838:
	%839 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %748, i32 addrspace(3)* %839
	%840 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %833, i32 addrspace(3)* %840
	br label %841

841:
	call void @llvm.nvvm.barrier0()
	%842 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%843 = load i32, i32 addrspace(3)* %842
	%844 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%845 = load i32, i32 addrspace(3)* %844
	%846 = sub i32 %724, %845
	%847 = shl i32 %843, 8
	%848 = or i32 %726, %847
	%849 = or i32 %727, u0xFF00
	br label %850

850:
	%851 = phi i32 [ %0, %841 ], [ %902, %901 ]
	%852 = icmp slt i32 %851, %16
	br i1 %852, label %853, label %869

853:
	%854 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %851
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp uge i32 %855, 2
	%857 = and i32 %855, %849
	%858 = icmp eq i32 %857, %848
	%859 = and i1 %856, %858
	%860 = lshr i32 %855, 0
	%861 = and i32 %860, 255
	%862 = select i1 %859, i32 %861, i32 256
	%863 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %862)
	%864 = shl i32 1, %3
	%865 = sub i32 %864, 1
	%866 = and i32 %863, %865
	%867 = icmp eq i32 %866, 0
	%868 = and i1 %859, %867
	br i1 %868, label %897, label %901

869:
	call void @llvm.nvvm.barrier0()
	%870 = sub i32 255, %0
	%871 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %870
	%872 = load i32, i32 addrspace(3)* %871
	%873 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %873
	%874 = and i32 %0, 31
	%875 = lshr i32 %0, 5
	%876 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %872, i32 1, i32 0)
	%877 = icmp uge i32 %874, 1
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %872, %878
	%880 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %879, i32 2, i32 0)
	%881 = icmp uge i32 %874, 2
	%882 = select i1 %881, i32 %880, i32 0
	%883 = add i32 %879, %882
	%884 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %883, i32 4, i32 0)
	%885 = icmp uge i32 %874, 4
	%886 = select i1 %885, i32 %884, i32 0
	%887 = add i32 %883, %886
	%888 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %887, i32 8, i32 0)
	%889 = icmp uge i32 %874, 8
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %887, %890
	%892 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %891, i32 16, i32 0)
	%893 = icmp uge i32 %874, 16
	%894 = select i1 %893, i32 %892, i32 0
	%895 = add i32 %891, %894
	%896 = icmp eq i32 %874, 31
	br i1 %896, label %903, label %905

897:
	%898 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %861
	%899 = call i32 @llvm.ctpop.i32(i32 %863)
	%900 = atomicrmw add i32 addrspace(3)* %898, i32 %899 monotonic
	br label %901

901:
	%902 = add i32 %851, 256
	br label %850

903:
	%904 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %875
	store i32 %895, i32 addrspace(3)* %904
	br label %905

905:
	call void @llvm.nvvm.barrier0()
	%906 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%907 = load i32, i32 addrspace(3)* %906
	%908 = icmp sgt i32 %875, 0
	%909 = select i1 %908, i32 %907, i32 0
	%910 = add i32 0, %909
	%911 = add i32 0, %907
	%912 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%913 = load i32, i32 addrspace(3)* %912
	%914 = icmp sgt i32 %875, 1
	%915 = select i1 %914, i32 %913, i32 0
	%916 = add i32 %910, %915
	%917 = add i32 %911, %913
	%918 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%919 = load i32, i32 addrspace(3)* %918
	%920 = icmp sgt i32 %875, 2
	%921 = select i1 %920, i32 %919, i32 0
	%922 = add i32 %916, %921
	%923 = add i32 %917, %919
	%924 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%925 = load i32, i32 addrspace(3)* %924
	%926 = icmp sgt i32 %875, 3
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %922, %927
	%929 = add i32 %923, %925
	%930 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%931 = load i32, i32 addrspace(3)* %930
	%932 = icmp sgt i32 %875, 4
	%933 = select i1 %932, i32 %931, i32 0
	%934 = add i32 %928, %933
	%935 = add i32 %929, %931
	%936 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%937 = load i32, i32 addrspace(3)* %936
	%938 = icmp sgt i32 %875, 5
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %934, %939
	%941 = add i32 %935, %937
	%942 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%943 = load i32, i32 addrspace(3)* %942
	%944 = icmp sgt i32 %875, 6
	%945 = select i1 %944, i32 %943, i32 0
	%946 = add i32 %940, %945
	%947 = add i32 %941, %943
	%948 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%949 = load i32, i32 addrspace(3)* %948
	%950 = icmp sgt i32 %875, 7
	%951 = select i1 %950, i32 %949, i32 0
	%952 = add i32 %946, %951
	%953 = add i32 %947, %949
	%954 = add i32 %952, %895
	%955 = sub i32 %954, %872
	%956 = icmp slt i32 %955, %846
	%957 = add i32 %955, %872
	%958 = icmp sle i32 %846, %957
	%959 = and i1 %956, %958
	br i1 %959, label %960, label %963

960:
	%961 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %870, i32 addrspace(3)* %961
	%962 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %955, i32 addrspace(3)* %962
	br label %963

963:
	call void @llvm.nvvm.barrier0()
	%964 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%965 = load i32, i32 addrspace(3)* %964
	%966 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%967 = load i32, i32 addrspace(3)* %966
	%968 = sub i32 %846, %967
	%969 = shl i32 %965, 0
	%970 = or i32 %848, %969
	%971 = or i32 %849, 255
	%972 = shl i32 1, %3
	%973 = sub i32 %972, 1
	br label %974

974:
	%975 = phi i32 [ 0, %963 ], [ %1029, %1028 ]
	%976 = icmp slt i32 %975, %16
	br i1 %976, label %977, label %986

977:
	%978 = add i32 %975, %0
	%979 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %978
	%980 = load i32, i32 addrspace(3)* %979
	%981 = icmp ugt i32 %980, %970
	%982 = icmp eq i32 %980, %970
	%983 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %981)
	%984 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %982)
	%985 = icmp eq i32 %3, 0
	br i1 %985, label %1020, label %1028

986:
	call void @llvm.nvvm.barrier0()
	%987 = sdiv i32 %16, 256
	%988 = mul i32 %987, 8
	%989 = icmp slt i32 %0, %988
	%990 = select i1 %989, i32 %0, i32 0
	%991 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %990
	%992 = load i32, i32 addrspace(3)* %991
	%993 = select i1 %989, i32 %992, i32 0
	%994 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %990
	%995 = load i32, i32 addrspace(3)* %994
	%996 = select i1 %989, i32 %995, i32 0
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
	br i1 %1019, label %1030, label %1032

1020:
	%1021 = sdiv i32 %975, 256
	%1022 = mul i32 %1021, 8
	%1023 = add i32 %1022, %4
	%1024 = call i32 @llvm.ctpop.i32(i32 %983)
	%1025 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1023
	store i32 %1024, i32 addrspace(3)* %1025
	%1026 = call i32 @llvm.ctpop.i32(i32 %984)
	%1027 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1023
	store i32 %1026, i32 addrspace(3)* %1027
	br label %1028

1028:
	%1029 = add i32 %975, 256
	br label %974

1030:
	%1031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %998
	store i32 %1018, i32 addrspace(3)* %1031
	br label %1032

1032:
	call void @llvm.nvvm.barrier0()
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %998, 0
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 0, %1036
	%1038 = add i32 0, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %998, 1
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %998, 2
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1043, %1048
	%1050 = add i32 %1044, %1046
	%1051 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1052 = load i32, i32 addrspace(3)* %1051
	%1053 = icmp sgt i32 %998, 3
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = add i32 %1049, %1054
	%1056 = add i32 %1050, %1052
	%1057 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = icmp sgt i32 %998, 4
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1055, %1060
	%1062 = add i32 %1056, %1058
	%1063 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1064 = load i32, i32 addrspace(3)* %1063
	%1065 = icmp sgt i32 %998, 5
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = add i32 %1061, %1066
	%1068 = add i32 %1062, %1064
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %998, 6
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = add i32 %1068, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %998, 7
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = add i32 %1079, %1018
	%1082 = sub i32 %1081, %996
	%1083 = sub i32 %968, %1082
	%1084 = icmp sgt i32 %1083, 0
	%1085 = select i1 %1084, i32 %1083, i32 0
	%1086 = icmp slt i32 %1085, %996
	%1087 = select i1 %1086, i32 %1085, i32 %996
	%1088 = add i32 %993, %1087
	%1089 = and i32 %0, 31
	%1090 = lshr i32 %0, 5
	%1091 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1088, i32 1, i32 0)
	%1092 = icmp uge i32 %1089, 1
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = add i32 %1088, %1093
	%1095 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1094, i32 2, i32 0)
	%1096 = icmp uge i32 %1089, 2
	%1097 = select i1 %1096, i32 %1095, i32 0
	%1098 = add i32 %1094, %1097
	%1099 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1098, i32 4, i32 0)
	%1100 = icmp uge i32 %1089, 4
	%1101 = select i1 %1100, i32 %1099, i32 0
	%1102 = add i32 %1098, %1101
	%1103 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1102, i32 8, i32 0)
	%1104 = icmp uge i32 %1089, 8
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1102, %1105
	%1107 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1106, i32 16, i32 0)
	%1108 = icmp uge i32 %1089, 16
	%1109 = select i1 %1108, i32 %1107, i32 0
	%1110 = add i32 %1106, %1109
	%1111 = icmp eq i32 %1089, 31
	br i1 %1111, label %1112, label %1114

1112:
	%1113 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1090
	store i32 %1110, i32 addrspace(3)* %1113
	br label %1114

1114:
	call void @llvm.nvvm.barrier0()
	%1115 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1116 = load i32, i32 addrspace(3)* %1115
	%1117 = icmp sgt i32 %1090, 0
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 0, %1118
	%1120 = add i32 0, %1116
	%1121 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1122 = load i32, i32 addrspace(3)* %1121
	%1123 = icmp sgt i32 %1090, 1
	%1124 = select i1 %1123, i32 %1122, i32 0
	%1125 = add i32 %1119, %1124
	%1126 = add i32 %1120, %1122
	%1127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = icmp sgt i32 %1090, 2
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = add i32 %1125, %1130
	%1132 = add i32 %1126, %1128
	%1133 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1134 = load i32, i32 addrspace(3)* %1133
	%1135 = icmp sgt i32 %1090, 3
	%1136 = select i1 %1135, i32 %1134, i32 0
	%1137 = add i32 %1131, %1136
	%1138 = add i32 %1132, %1134
	%1139 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = icmp sgt i32 %1090, 4
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1137, %1142
	%1144 = add i32 %1138, %1140
	%1145 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1146 = load i32, i32 addrspace(3)* %1145
	%1147 = icmp sgt i32 %1090, 5
	%1148 = select i1 %1147, i32 %1146, i32 0
	%1149 = add i32 %1143, %1148
	%1150 = add i32 %1144, %1146
	%1151 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1152 = load i32, i32 addrspace(3)* %1151
	%1153 = icmp sgt i32 %1090, 6
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1149, %1154
	%1156 = add i32 %1150, %1152
	%1157 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1158 = load i32, i32 addrspace(3)* %1157
	%1159 = icmp sgt i32 %1090, 7
	%1160 = select i1 %1159, i32 %1158, i32 0
	%1161 = add i32 %1155, %1160
	%1162 = add i32 %1156, %1158
	%1163 = add i32 %1161, %1110
	%1164 = sub i32 %1163, %1088
	br i1 %989, label %1165, label %1168

1165:
	%1166 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1164, i32 addrspace(3)* %1166
	%1167 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1082, i32 addrspace(3)* %1167
	br label %1168

1168:
	call void @llvm.nvvm.barrier0()
	br label %1169

1169:
	%1170 = phi i32 [ 0, %1168 ], [ %1202, %1201 ]
	%1171 = icmp slt i32 %1170, %16
	br i1 %1171, label %1172, label %1197

1172:
	%1173 = add i32 %1170, %0
	%1174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1173
	%1175 = load i32, i32 addrspace(3)* %1174
	%1176 = icmp ugt i32 %1175, %970
	%1177 = icmp eq i32 %1175, %970
	%1178 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1176)
	%1179 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1177)
	%1180 = sdiv i32 %1170, 256
	%1181 = mul i32 %1180, 8
	%1182 = add i32 %1181, %4
	%1183 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1182
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = and i32 %1179, %973
	%1186 = call i32 @llvm.ctpop.i32(i32 %1185)
	%1187 = add i32 %1184, %1186
	%1188 = icmp slt i32 %1187, %968
	%1189 = and i1 %1177, %1188
	%1190 = or i1 %1176, %1189
	%1191 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1190)
	%1192 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1182
	%1193 = load i32, i32 addrspace(3)* %1192
	%1194 = and i32 %1191, %973
	%1195 = call i32 @llvm.ctpop.i32(i32 %1194)
	%1196 = add i32 %1193, %1195
	br i1 %1190, label %1198, label %1201

1197:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1198:
	%1199 = add i32 %1170, %0
	%1200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1196
	store i32 %1199, i32 addrspace(3)* %1200
	br label %1201

1201:
	%1202 = add i32 %1170, 256
	br label %1169

write_rank:
	br i1 %482, label %1294, label %1300

write_sort:
	%1203 = sub i32 %425, 1
	%1204 = call i32 @llvm.ctlz.i32(i32 %1203, i1 false)
	%1205 = icmp sgt i32 %425, 1
	%1206 = sub i32 32, %1204
	%1207 = select i1 %1205, i32 %1206, i32 0
	%1208 = shl i32 1, %1207
	%1209 = add i32 %425, %0
	br label %1212

write_done:
	%1210 = add i32 %412, %425
	%1211 = add i32 %1210, %0
	br label %1333

1212:
	%1213 = phi i32 [ %1209, %write_sort ], [ %1217, %1215 ]
	%1214 = icmp slt i32 %1213, %1208
	br i1 %1214, label %1215, label %1218

1215:
	%1216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1213
	store i32 -1, i32 addrspace(3)* %1216
	%1217 = add i32 %1213, 256
	br label %1212

1218:
	call void @llvm.nvvm.barrier0()
	%1219 = add i32 %1207, 1
	br label %1220

1220:
	%1221 = phi i32 [ 1, %1218 ], [ %1237, %1236 ]
	%1222 = icmp slt i32 %1221, %1219
	br i1 %1222, label %1223, label %1225

1223:
	%1224 = shl i32 1, %1221
	br label %1226

1225:
	br label %1278

1226:
	%1227 = phi i32 [ 0, %1223 ], [ %1272, %1271 ]
	%1228 = icmp slt i32 %1227, %1221
	br i1 %1228, label %1229, label %1236

1229:
	%1230 = sub i32 %1221, 1
	%1231 = sub i32 %1230, %1227
	%1232 = shl i32 1, %1231
	%1233 = sub i32 %1221, 1
	%1234 = sub i32 %1233, %1227
	%1235 = lshr i32 %1208, 1
	br label %1238

1236:
	%1237 = add i32 %1221, 1
	br label %1220

1238:
	%1239 = phi i32 [ %0, %1229 ], [ %1277, %1276 ]
	%1240 = icmp slt i32 %1239, %1235
	br i1 %1240, label %1241, label %1271

1241:
	%1242 = lshr i32 %1239, %1234
	%1243 = add i32 %1234, 1
	%1244 = shl i32 %1242, %1243
	%1245 = sub i32 %1232, 1
	%1246 = and i32 %1239, %1245
	%1247 = or i32 %1244, %1246
	%1248 = or i32 %1247, %1232
	%1249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1247
	%1250 = load i32, i32 addrspace(3)* %1249
	%1251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1248
	%1252 = load i32, i32 addrspace(3)* %1251
	%1253 = and i32 %1247, %1224
	%1254 = icmp eq i32 %1253, 0
	%1255 = icmp sge i32 %1252, 0
	%1256 = select i1 %1255, i32 %1252, i32 0
	%1257 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1256
	%1258 = load i32, i32 addrspace(3)* %1257
	%1259 = select i1 %1255, i32 %1258, i32 0
	%1260 = icmp sge i32 %1250, 0
	%1261 = select i1 %1260, i32 %1250, i32 0
	%1262 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1261
	%1263 = load i32, i32 addrspace(3)* %1262
	%1264 = select i1 %1260, i32 %1263, i32 0
	%1265 = icmp ugt i32 %1259, %1264
	%1266 = icmp eq i32 %1259, %1264
	%1267 = icmp slt i32 %1252, %1250
	%1268 = and i1 %1266, %1267
	%1269 = or i1 %1265, %1268
	%1270 = icmp eq i1 %1269, %1254
	br i1 %1270, label %1273, label %1276

1271:
	call void @llvm.nvvm.barrier0()
	%1272 = add i32 %1227, 1
	br label %1226

1273:
	%1274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1247
	store i32 %1252, i32 addrspace(3)* %1274
	%1275 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1248
	store i32 %1250, i32 addrspace(3)* %1275
	br label %1276

1276:
	%1277 = add i32 %1239, 256
	br label %1238

1278:
	%1279 = phi i32 [ %0, %1225 ], [ %1292, %1281 ]
	%1280 = icmp slt i32 %1279, %425
	br i1 %1280, label %1281, label %1293

1281:
	%1282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1279
	%1283 = load i32, i32 addrspace(3)* %1282
	%1284 = add i32 %412, %1279
	%1285 = add i32 %13, %1284
	%1286 = sext i32 %1285 to i64
	%1287 = getelementptr i32, i32* %list, i64 %1286
	store i32 %1283, i32* %1287
	%1288 = add i32 %13, %NK
	%1289 = add i32 %1288, %1284
	%1290 = sext i32 %1289 to i64
	%1291 = getelementptr i32, i32* %list, i64 %1290
	store i32 0, i32* %1291
	%1292 = add i32 %1279, 256
	br label %1278

1293:
	br label %write_done

1294:
	%1295 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1296 = load i32, i32 addrspace(3)* %1295
	%1297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1296
	%1298 = load i32, i32 addrspace(3)* %1297
	%1299 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1298, i32 addrspace(3)* %1299
	br label %1300

1300:
	call void @llvm.nvvm.barrier0()
	br i1 %482, label %1301, label %1306

1301:
	%1302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1305 = load i32, i32 addrspace(3)* %1304
	br label %1307

1306:
	br label %write_done

1307:
	%1308 = phi i32 [ 0, %1301 ], [ %1323, %1311 ]
	%1309 = phi i32 [ 0, %1301 ], [ %1322, %1311 ]
	%1310 = icmp slt i32 %1308, %425
	br i1 %1310, label %1311, label %1324

1311:
	%1312 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1308
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1308
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = icmp ugt i32 %1313, %1305
	%1317 = icmp eq i32 %1313, %1305
	%1318 = icmp slt i32 %1315, %1303
	%1319 = and i1 %1317, %1318
	%1320 = or i1 %1316, %1319
	%1321 = zext i1 %1320 to i32
	%1322 = add i32 %1309, %1321
	%1323 = add i32 %1308, 1
	br label %1307

1324:
	%1325 = add i32 %412, %1309
	%1326 = add i32 %13, %1325
	%1327 = sext i32 %1326 to i64
	%1328 = getelementptr i32, i32* %list, i64 %1327
	store i32 %1303, i32* %1328
	%1329 = add i32 %13, %NK
	%1330 = add i32 %1329, %1325
	%1331 = sext i32 %1330 to i64
	%1332 = getelementptr i32, i32* %list, i64 %1331
	store i32 0, i32* %1332
	br label %1306

1333:
	%1334 = phi i32 [ %1211, %write_done ], [ %1344, %1336 ]
	%1335 = icmp slt i32 %1334, %NK
	br i1 %1335, label %1336, label %1345

1336:
	%1337 = add i32 %13, %1334
	%1338 = sext i32 %1337 to i64
	%1339 = getelementptr i32, i32* %list, i64 %1338
	store i32 -1, i32* %1339
	%1340 = add i32 %13, %NK
	%1341 = add i32 %1340, %1334
	%1342 = sext i32 %1341 to i64
	%1343 = getelementptr i32, i32* %list, i64 %1342
	store i32 -1, i32* %1343
	%1344 = add i32 %1334, 256
	br label %1333

1345:
	ret void
}
