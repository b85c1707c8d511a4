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
	br i1 %483, label %write_rank, label %write_long

484:
	%485 = phi i32 [ %0, %topk ], [ %534, %533 ]
	%486 = icmp slt i32 %485, %16
	br i1 %486, label %487, label %497

487:
	%488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %485
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp uge i32 %489, 2
	%491 = and i32 %489, 0
	%492 = icmp eq i32 %491, 0
	%493 = and i1 %490, %492
	%494 = lshr i32 %489, 24
	%495 = and i32 %494, 255
	%496 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %493)
	br i1 %496, label %525, label %533

497:
	call void @llvm.nvvm.barrier0()
	%498 = sub i32 255, %0
	%499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %498
	%500 = load i32, i32 addrspace(3)* %499
	%501 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %501
	%502 = and i32 %0, 31
	%503 = lshr i32 %0, 5
	%504 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %500, i32 1, i32 0)
	%505 = icmp uge i32 %502, 1
	%506 = select i1 %505, i32 %504, i32 0
	%507 = add i32 %500, %506
	%508 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %507, i32 2, i32 0)
	%509 = icmp uge i32 %502, 2
	%510 = select i1 %509, i32 %508, i32 0
	%511 = add i32 %507, %510
	%512 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %511, i32 4, i32 0)
	%513 = icmp uge i32 %502, 4
	%514 = select i1 %513, i32 %512, i32 0
	%515 = add i32 %511, %514
	%516 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %515, i32 8, i32 0)
	%517 = icmp uge i32 %502, 8
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %515, %518
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %519, i32 16, i32 0)
	%521 = icmp uge i32 %502, 16
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %519, %522
	%524 = icmp eq i32 %502, 31
	br i1 %524, label %540, label %542

525:
	%526 = select i1 %493, i32 %495, i32 256
	%527 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %526)
	%528 = shl i32 1, %3
	%529 = sub i32 %528, 1
	%530 = and i32 %527, %529
	%531 = icmp eq i32 %530, 0
	%532 = and i1 %493, %531
	br i1 %532, label %535, label %539

533:
	%534 = add i32 %485, 256
	br label %484

535:
	%536 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %495
	%537 = call i32 @llvm.ctpop.i32(i32 %527)
	%538 = atomicrmw add i32 addrspace(3)* %536, i32 %537 monotonic
	br label %539

539:
	br label %533

540:
	%541 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %503
	store i32 %523, i32 addrspace(3)* %541
	br label %542

542:
	call void @llvm.nvvm.barrier0()
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %503, 0
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 0, %546
	%548 = add i32 0, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %503, 1
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %503, 2
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %503, 3
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %503, 4
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %503, 5
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %503, 6
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%586 = load i32, i32 addrspace(3)* %585
	%587 = icmp sgt i32 %503, 7
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = add i32 %584, %586
	%591 = add i32 %589, %523
	%592 = sub i32 %591, %500
	%593 = icmp slt i32 %592, %425
	%594 = add i32 %592, %500
	%595 = icmp sle i32 %425, %594
	%596 = and i1 %593, %595
	br i1 %596, label %597, label %600

597:
	%598 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %498, i32 addrspace(3)* %598
	%599 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %592, i32 addrspace(3)* %599
	br label %600

600:
	call void @llvm.nvvm.barrier0()
	%601 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%602 = load i32, i32 addrspace(3)* %601
	%603 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%604 = load i32, i32 addrspace(3)* %603
	%605 = sub i32 %425, %604
	%606 = shl i32 %602, 24
	%607 = or i32 0, %606
	%608 = or i32 0, u0xFF000000
	br label %609

609:
	%610 = phi i32 [ %0, %600 ], [ %659, %658 ]
	%611 = icmp slt i32 %610, %16
	br i1 %611, label %612, label %622

612:
	%613 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %610
	%614 = load i32, i32 addrspace(3)* %613
	%615 = icmp uge i32 %614, 2
	%616 = and i32 %614, %608
	%617 = icmp eq i32 %616, %607
	%618 = and i1 %615, %617
	%619 = lshr i32 %614, 16
	%620 = and i32 %619, 255
	%621 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %618)
	br i1 %621, label %650, label %658

622:
	call void @llvm.nvvm.barrier0()
	%623 = sub i32 255, %0
	%624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %623
	%625 = load i32, i32 addrspace(3)* %624
	%626 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %626
	%627 = and i32 %0, 31
	%628 = lshr i32 %0, 5
	%629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %625, i32 1, i32 0)
	%630 = icmp uge i32 %627, 1
	%631 = select i1 %630, i32 %629, i32 0
	%632 = add i32 %625, %631
	%633 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %632, i32 2, i32 0)
	%634 = icmp uge i32 %627, 2
	%635 = select i1 %634, i32 %633, i32 0
	%636 = add i32 %632, %635
	%637 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %636, i32 4, i32 0)
	%638 = icmp uge i32 %627, 4
	%639 = select i1 %638, i32 %637, i32 0
	%640 = add i32 %636, %639
	%641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %640, i32 8, i32 0)
	%642 = icmp uge i32 %627, 8
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %640, %643
	%645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %644, i32 16, i32 0)
	%646 = icmp uge i32 %627, 16
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %644, %647
	%649 = icmp eq i32 %627, 31
	br i1 %649, label %665, label %667

650:
	%651 = select i1 %618, i32 %620, i32 256
	%652 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %651)
	%653 = shl i32 1, %3
	%654 = sub i32 %653, 1
	%655 = and i32 %652, %654
	%656 = icmp eq i32 %655, 0
	%657 = and i1 %618, %656
	br i1 %657, label %660, label %664

658:
	%659 = add i32 %610, 256
	br label %609

660:
	%661 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %620
	%662 = call i32 @llvm.ctpop.i32(i32 %652)
	%663 = atomicrmw add i32 addrspace(3)* %661, i32 %662 monotonic
	br label %664

664:
	br label %658

665:
	%666 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %628
	store i32 %648, i32 addrspace(3)* %666
	br label %667

667:
	call void @llvm.nvvm.barrier0()
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %628, 0
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 0, %671
	%673 = add i32 0, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %628, 1
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %628, 2
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%687 = load i32, i32 addrspace(3)* %686
	%688 = icmp sgt i32 %628, 3
	%689 = select i1 %688, i32 %687, i32 0
	%690 = add i32 %684, %689
	%691 = add i32 %685, %687
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %628, 4
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %690, %695
	%697 = add i32 %691, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %628, 5
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %628, 6
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %628, 7
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = add i32 %714, %648
	%717 = sub i32 %716, %625
	%718 = icmp slt i32 %717, %605
	%719 = add i32 %717, %625
	%720 = icmp sle i32 %605, %719
	%721 = and i1 %718, %720
	br i1 %721, label %722, label %725

722:
	%723 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %623, i32 addrspace(3)* %723
	%724 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %717, i32 addrspace(3)* %724
	br label %725

725:
	call void @llvm.nvvm.barrier0()
	%726 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%727 = load i32, i32 addrspace(3)* %726
	%728 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%729 = load i32, i32 addrspace(3)* %728
	%730 = sub i32 %605, %729
	%731 = shl i32 %727, 16
	%732 = or i32 %607, %731
	%733 = or i32 %608, u0xFF0000
	br label %734

734:
	%735 = phi i32 [ %0, %725 ], [ %784, %783 ]
	%736 = icmp slt i32 %735, %16
	br i1 %736, label %737, label %747

737:
	%738 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %735
	%739 = load i32, i32 addrspace(3)* %738
	%740 = icmp uge i32 %739, 2
	%741 = and i32 %739, %733
	%742 = icmp eq i32 %741, %732
	%743 = and i1 %740, %742
	%744 = lshr i32 %739, 8
	%745 = and i32 %744, 255
	%746 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %743)
	br i1 %746, label %775, label %783

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
	br i1 %774, label %790, label %792

775:
	%776 = select i1 %743, i32 %745, i32 256
	%777 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %776)
	%778 = shl i32 1, %3
	%779 = sub i32 %778, 1
	%780 = and i32 %777, %779
	%781 = icmp eq i32 %780, 0
	%782 = and i1 %743, %781
	br i1 %782, label %785, label %789

783:
	%784 = add i32 %735, 256
	br label %734

785:
	%786 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %745
	%787 = call i32 @llvm.ctpop.i32(i32 %777)
	%788 = atomicrmw add i32 addrspace(3)* %786, i32 %787 monotonic
	br label %789

789:
	br label %783

790:
	%791 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %753
	store i32 %773, i32 addrspace(3)* %791
	br label %792

792:
	call void @llvm.nvvm.barrier0()
	%793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp sgt i32 %753, 0
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 0, %796
	%798 = add i32 0, %794
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%800 = load i32, i32 addrspace(3)* %799
	%801 = icmp sgt i32 %753, 1
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %797, %802
	%804 = add i32 %798, %800
	%805 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%806 = load i32, i32 addrspace(3)* %805
	%807 = icmp sgt i32 %753, 2
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %803, %808
	%810 = add i32 %804, %806
	%811 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%812 = load i32, i32 addrspace(3)* %811
	%813 = icmp sgt i32 %753, 3
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %809, %814
	%816 = add i32 %810, %812
	%817 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%818 = load i32, i32 addrspace(3)* %817
	%819 = icmp sgt i32 %753, 4
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %815, %820
	%822 = add i32 %816, %818
	%823 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%824 = load i32, i32 addrspace(3)* %823
	%825 = icmp sgt i32 %753, 5
	%826 = select i1 %825, i32 %824, i32 0
	%827 = add i32 %821, %826
	%828 = add i32 %822, %824
	%829 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%830 = load i32, i32 addrspace(3)* %829
	%831 = icmp sgt i32 %753, 6
	%832 = select i1 %831, i32 %830, i32 0
	%833 = add i32 %827, %832
	%834 = add i32 %828, %830
	%835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%836 = load i32, i32 addrspace(3)* %835
	%837 = icmp sgt i32 %753, 7
	%838 = select i1 %837, i32 %836, i32 0
	%839 = add i32 %833, %838
	%840 = add i32 %834, %836
	%841 = add i32 %839, %773
	%842 = sub i32 %841, %750
	%843 = icmp slt i32 %842, %730
	%844 = add i32 %842, %750
	%845 = icmp sle i32 %730, %844
	%846 = and i1 %843, %845
	br i1 %846, label %847, label %850

847:
	%848 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %748, i32 addrspace(3)* %848
	%849 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %842, i32 addrspace(3)* %849
	br label %850

850:
	call void @llvm.nvvm.barrier0()
	%851 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%852 = load i32, i32 addrspace(3)* %851
	%853 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%854 = load i32, i32 addrspace(3)* %853
	%855 = sub i32 %730, %854
	%856 = shl i32 %852, 8
	%857 = or i32 %732, %856
	%858 = or i32 %733, u0xFF00
	br label %859

859:
	%860 = phi i32 [ %0, %850 ], [ %909, %908 ]
	%861 = icmp slt i32 %860, %16
	br i1 %861, label %862, label %872

862:
	%863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %860
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp uge i32 %864, 2
	%866 = and i32 %864, %858
	%867 = icmp eq i32 %866, %857
	%868 = and i1 %865, %867
	%869 = lshr i32 %864, 0
	%870 = and i32 %869, 255
	%871 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %868)
	br i1 %871, label %900, label %908

872:
	call void @llvm.nvvm.barrier0()
	%873 = sub i32 255, %0
	%874 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %873
	%875 = load i32, i32 addrspace(3)* %874
	%876 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %876
	%877 = and i32 %0, 31
	%878 = lshr i32 %0, 5
	%879 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %875, i32 1, i32 0)
	%880 = icmp uge i32 %877, 1
	%881 = select i1 %880, i32 %879, i32 0
	%882 = add i32 %875, %881
	%883 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %882, i32 2, i32 0)
	%884 = icmp uge i32 %877, 2
	%885 = select i1 %884, i32 %883, i32 0
	%886 = add i32 %882, %885
	%887 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %886, i32 4, i32 0)
	%888 = icmp uge i32 %877, 4
	%889 = select i1 %888, i32 %887, i32 0
	%890 = add i32 %886, %889
	%891 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %890, i32 8, i32 0)
	%892 = icmp uge i32 %877, 8
	%893 = select i1 %892, i32 %891, i32 0
	%894 = add i32 %890, %893
	%895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %894, i32 16, i32 0)
	%896 = icmp uge i32 %877, 16
	%897 = select i1 %896, i32 %895, i32 0
	%898 = add i32 %894, %897
	%899 = icmp eq i32 %877, 31
	br i1 %899, label %915, label %917

900:
	%901 = select i1 %868, i32 %870, i32 256
	%902 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %901)
	%903 = shl i32 1, %3
	%904 = sub i32 %903, 1
	%905 = and i32 %902, %904
	%906 = icmp eq i32 %905, 0
	%907 = and i1 %868, %906
	br i1 %907, label %910, label %914

908:
	%909 = add i32 %860, 256
	br label %859

910:
	%911 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %870
	%912 = call i32 @llvm.ctpop.i32(i32 %902)
	%913 = atomicrmw add i32 addrspace(3)* %911, i32 %912 monotonic
	br label %914

914:
	br label %908

915:
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %878
	store i32 %898, i32 addrspace(3)* %916
	br label %917

917:
	call void @llvm.nvvm.barrier0()
	%918 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%919 = load i32, i32 addrspace(3)* %918
	%920 = icmp sgt i32 %878, 0
	%921 = select i1 %920, i32 %919, i32 0
	%922 = add i32 0, %921
	%923 = add i32 0, %919
	%924 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%925 = load i32, i32 addrspace(3)* %924
	%926 = icmp sgt i32 %878, 1
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %922, %927
	%929 = add i32 %923, %925
	%930 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%931 = load i32, i32 addrspace(3)* %930
	%932 = icmp sgt i32 %878, 2
	%933 = select i1 %932, i32 %931, i32 0
	%934 = add i32 %928, %933
	%935 = add i32 %929, %931
	%936 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%937 = load i32, i32 addrspace(3)* %936
	%938 = icmp sgt i32 %878, 3
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %934, %939
	%941 = add i32 %935, %937
	%942 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%943 = load i32, i32 addrspace(3)* %942
	%944 = icmp sgt i32 %878, 4
	%945 = select i1 %944, i32 %943, i32 0
	%946 = add i32 %940, %945
	%947 = add i32 %941, %943
	%948 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%949 = load i32, i32 addrspace(3)* %948
	%950 = icmp sgt i32 %878, 5
	%951 = select i1 %950, i32 %949, i32 0
	%952 = add i32 %946, %951
	%953 = add i32 %947, %949
	%954 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%955 = load i32, i32 addrspace(3)* %954
	%956 = icmp sgt i32 %878, 6
	%957 = select i1 %956, i32 %955, i32 0
	%958 = add i32 %952, %957
	%959 = add i32 %953, %955
	%960 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%961 = load i32, i32 addrspace(3)* %960
	%962 = icmp sgt i32 %878, 7
	%963 = select i1 %962, i32 %961, i32 0
	%964 = add i32 %958, %963
	%965 = add i32 %959, %961
	%966 = add i32 %964, %898
	%967 = sub i32 %966, %875
	%968 = icmp slt i32 %967, %855
	%969 = add i32 %967, %875
	%970 = icmp sle i32 %855, %969
	%971 = and i1 %968, %970
	br i1 %971, label %972, label %975

972:
	%973 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %873, i32 addrspace(3)* %973
	%974 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %967, i32 addrspace(3)* %974
	br label %975

975:
	call void @llvm.nvvm.barrier0()
	%976 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%977 = load i32, i32 addrspace(3)* %976
	%978 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%979 = load i32, i32 addrspace(3)* %978
	%980 = sub i32 %855, %979
	%981 = shl i32 %977, 0
	%982 = or i32 %857, %981
	%983 = or i32 %858, 255
	%984 = shl i32 1, %3
	%985 = sub i32 %984, 1
	br label %986

986:
	%987 = phi i32 [ 0, %975 ], [ %1041, %1040 ]
	%988 = icmp slt i32 %987, %16
	br i1 %988, label %989, label %998

989:
	%990 = add i32 %987, %0
	%991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %990
	%992 = load i32, i32 addrspace(3)* %991
	%993 = icmp ugt i32 %992, %982
	%994 = icmp eq i32 %992, %982
	%995 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %993)
	%996 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %994)
	%997 = icmp eq i32 %3, 0
	br i1 %997, label %1032, label %1040

998:
	call void @llvm.nvvm.barrier0()
	%999 = sdiv i32 %16, 256
	%1000 = mul i32 %999, 8
	%1001 = icmp slt i32 %0, %1000
	%1002 = select i1 %1001, i32 %0, i32 0
	%1003 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1002
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = select i1 %1001, i32 %1004, i32 0
	%1006 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1002
	%1007 = load i32, i32 addrspace(3)* %1006
	%1008 = select i1 %1001, i32 %1007, i32 0
	%1009 = and i32 %0, 31
	%1010 = lshr i32 %0, 5
	%1011 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1008, i32 1, i32 0)
	%1012 = icmp uge i32 %1009, 1
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1008, %1013
	%1015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1014, i32 2, i32 0)
	%1016 = icmp uge i32 %1009, 2
	%1017 = select i1 %1016, i32 %1015, i32 0
	%1018 = add i32 %1014, %1017
	%1019 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1018, i32 4, i32 0)
	%1020 = icmp uge i32 %1009, 4
	%1021 = select i1 %1020, i32 %1019, i32 0
	%1022 = add i32 %1018, %1021
	%1023 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1022, i32 8, i32 0)
	%1024 = icmp uge i32 %1009, 8
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = add i32 %1022, %1025
	%1027 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1026, i32 16, i32 0)
	%1028 = icmp uge i32 %1009, 16
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = add i32 %1026, %1029
	%1031 = icmp eq i32 %1009, 31
	br i1 %1031, label %1042, label %1044

1032:
	%1033 = sdiv i32 %987, 256
	%1034 = mul i32 %1033, 8
	%1035 = add i32 %1034, %4
	%1036 = call i32 @llvm.ctpop.i32(i32 %995)
	%1037 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1035
	store i32 %1036, i32 addrspace(3)* %1037
	%1038 = call i32 @llvm.ctpop.i32(i32 %996)
	%1039 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1035
	store i32 %1038, i32 addrspace(3)* %1039
	br label %1040

1040:
	%1041 = add i32 %987, 256
	br label %986

1042:
	%1043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1010
	store i32 %1030, i32 addrspace(3)* %1043
	br label %1044

1044:
	call void @llvm.nvvm.barrier0()
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %1010, 0
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 0, %1048
	%1050 = add i32 0, %1046
	%1051 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1052 = load i32, i32 addrspace(3)* %1051
	%1053 = icmp sgt i32 %1010, 1
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = add i32 %1049, %1054
	%1056 = add i32 %1050, %1052
	%1057 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = icmp sgt i32 %1010, 2
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1055, %1060
	%1062 = add i32 %1056, %1058
	%1063 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1064 = load i32, i32 addrspace(3)* %1063
	%1065 = icmp sgt i32 %1010, 3
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = add i32 %1061, %1066
	%1068 = add i32 %1062, %1064
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %1010, 4
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = add i32 %1068, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %1010, 5
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1082 = load i32, i32 addrspace(3)* %1081
	%1083 = icmp sgt i32 %1010, 6
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = add i32 %1079, %1084
	%1086 = add i32 %1080, %1082
	%1087 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1088 = load i32, i32 addrspace(3)* %1087
	%1089 = icmp sgt i32 %1010, 7
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = add i32 %1085, %1090
	%1092 = add i32 %1086, %1088
	%1093 = add i32 %1091, %1030
	%1094 = sub i32 %1093, %1008
	%1095 = sub i32 %980, %1094
	%1096 = icmp sgt i32 %1095, 0
	%1097 = select i1 %1096, i32 %1095, i32 0
	%1098 = icmp slt i32 %1097, %1008
	%1099 = select i1 %1098, i32 %1097, i32 %1008
	%1100 = add i32 %1005, %1099
	%1101 = and i32 %0, 31
	%1102 = lshr i32 %0, 5
	%1103 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1100, i32 1, i32 0)
	%1104 = icmp uge i32 %1101, 1
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1100, %1105
	%1107 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1106, i32 2, i32 0)
	%1108 = icmp uge i32 %1101, 2
	%1109 = select i1 %1108, i32 %1107, i32 0
	%1110 = add i32 %1106, %1109
	%1111 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1110, i32 4, i32 0)
	%1112 = icmp uge i32 %1101, 4
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = add i32 %1110, %1113
	%1115 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1114, i32 8, i32 0)
	%1116 = icmp uge i32 %1101, 8
	%1117 = select i1 %1116, i32 %1115, i32 0
	%1118 = add i32 %1114, %1117
	%1119 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1118, i32 16, i32 0)
	%1120 = icmp uge i32 %1101, 16
	%1121 = select i1 %1120, i32 %1119, i32 0
	%1122 = add i32 %1118, %1121
	%1123 = icmp eq i32 %1101, 31
	br i1 %1123, label %1124, label %1126

1124:
	%1125 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1102
	store i32 %1122, i32 addrspace(3)* %1125
	br label %1126

1126:
	call void @llvm.nvvm.barrier0()
	%1127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = icmp sgt i32 %1102, 0
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = add i32 0, %1130
	%1132 = add i32 0, %1128
	%1133 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1134 = load i32, i32 addrspace(3)* %1133
	%1135 = icmp sgt i32 %1102, 1
	%1136 = select i1 %1135, i32 %1134, i32 0
	%1137 = add i32 %1131, %1136
	%1138 = add i32 %1132, %1134
	%1139 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = icmp sgt i32 %1102, 2
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1137, %1142
	%1144 = add i32 %1138, %1140
	%1145 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1146 = load i32, i32 addrspace(3)* %1145
	%1147 = icmp sgt i32 %1102, 3
	%1148 = select i1 %1147, i32 %1146, i32 0
	%1149 = add i32 %1143, %1148
	%1150 = add i32 %1144, %1146
	%1151 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1152 = load i32, i32 addrspace(3)* %1151
	%1153 = icmp sgt i32 %1102, 4
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1149, %1154
	%1156 = add i32 %1150, %1152
	%1157 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1158 = load i32, i32 addrspace(3)* %1157
	%1159 = icmp sgt i32 %1102, 5
	%1160 = select i1 %1159, i32 %1158, i32 0
	%1161 = add i32 %1155, %1160
	%1162 = add i32 %1156, %1158
	%1163 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = icmp sgt i32 %1102, 6
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = add i32 %1161, %1166
	%1168 = add i32 %1162, %1164
	%1169 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1170 = load i32, i32 addrspace(3)* %1169
	%1171 = icmp sgt i32 %1102, 7
	%1172 = select i1 %1171, i32 %1170, i32 0
	%1173 = add i32 %1167, %1172
	%1174 = add i32 %1168, %1170
	%1175 = add i32 %1173, %1122
	%1176 = sub i32 %1175, %1100
	br i1 %1001, label %1177, label %1180

1177:
	%1178 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1176, i32 addrspace(3)* %1178
	%1179 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1094, i32 addrspace(3)* %1179
	br label %1180

1180:
	call void @llvm.nvvm.barrier0()
	br label %1181

1181:
	%1182 = phi i32 [ 0, %1180 ], [ %1214, %1213 ]
	%1183 = icmp slt i32 %1182, %16
	br i1 %1183, label %1184, label %1209

1184:
	%1185 = add i32 %1182, %0
	%1186 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1185
	%1187 = load i32, i32 addrspace(3)* %1186
	%1188 = icmp ugt i32 %1187, %982
	%1189 = icmp eq i32 %1187, %982
	%1190 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1188)
	%1191 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1189)
	%1192 = sdiv i32 %1182, 256
	%1193 = mul i32 %1192, 8
	%1194 = add i32 %1193, %4
	%1195 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1194
	%1196 = load i32, i32 addrspace(3)* %1195
	%1197 = and i32 %1191, %985
	%1198 = call i32 @llvm.ctpop.i32(i32 %1197)
	%1199 = add i32 %1196, %1198
	%1200 = icmp slt i32 %1199, %980
	%1201 = and i1 %1189, %1200
	%1202 = or i1 %1188, %1201
	%1203 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1202)
	%1204 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1194
	%1205 = load i32, i32 addrspace(3)* %1204
	%1206 = and i32 %1203, %985
	%1207 = call i32 @llvm.ctpop.i32(i32 %1206)
	%1208 = add i32 %1205, %1207
	br i1 %1202, label %1210, label %1213

1209:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1210:
	%1211 = add i32 %1182, %0
	%1212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1208
	store i32 %1211, i32 addrspace(3)* %1212
	br label %1213

1213:
	%1214 = add i32 %1182, 256
	br label %1181

write_rank:
	br i1 %482, label %5221, label %5227

write_sort:
	%1215 = sub i32 %425, 1
	%1216 = call i32 @llvm.ctlz.i32(i32 %1215, i1 false)
	%1217 = icmp sgt i32 %425, 1
	%1218 = sub i32 32, %1216
	%1219 = select i1 %1217, i32 %1218, i32 0
	%1220 = shl i32 1, %1219
	%1221 = add i32 %425, %0
	br label %5139

write_done:
	%1222 = add i32 %412, %425
	%1223 = icmp sle i32 %M, 16
	%1224 = add i32 %1222, 1
	%1225 = add i32 %412, %425
	%1226 = icmp sgt i32 %1224, %1225
	%1227 = select i1 %1226, i32 %1224, i32 %1225
	%1228 = icmp slt i32 %1227, %NK
	%1229 = select i1 %1228, i32 %1227, i32 %NK
	%1230 = select i1 %1223, i32 %NK, i32 %1229
	%1231 = add i32 %1222, %0
	br label %5260

write_long:
	%1232 = icmp sle i32 %425, 2048
	br i1 %1232, label %write_radix, label %write_sort

write_radix:
	%1233 = shl i32 1, %3
	%1234 = sub i32 %1233, 1
	%1235 = add i32 0, %0
	%1236 = icmp slt i32 0, %425
	%1237 = icmp slt i32 %1235, %425
	br i1 %1236, label %1238, label %1245

1238:
	%1239 = select i1 %1237, i32 %1235, i32 0
	%1240 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1239
	%1241 = load i32, i32 addrspace(3)* %1240
	%1242 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1241
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = xor i32 %1243, -1
	br label %1245

1245:
	%1246 = phi i32 [ 0, %write_radix ], [ %1241, %1238 ]
	%1247 = phi i32 [ 0, %write_radix ], [ %1244, %1238 ]
	%1248 = add i32 256, %0
	%1249 = icmp slt i32 256, %425
	%1250 = icmp slt i32 %1248, %425
	br i1 %1249, label %1251, label %1258

1251:
	%1252 = select i1 %1250, i32 %1248, i32 0
	%1253 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1252
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1254
	%1256 = load i32, i32 addrspace(3)* %1255
	%1257 = xor i32 %1256, -1
	br label %1258

1258:
	%1259 = phi i32 [ 0, %1245 ], [ %1254, %1251 ]
	%1260 = phi i32 [ 0, %1245 ], [ %1257, %1251 ]
	%1261 = add i32 512, %0
	%1262 = icmp slt i32 512, %425
	%1263 = icmp slt i32 %1261, %425
	br i1 %1262, label %1264, label %1271

1264:
	%1265 = select i1 %1263, i32 %1261, i32 0
	%1266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1265
	%1267 = load i32, i32 addrspace(3)* %1266
	%1268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1267
	%1269 = load i32, i32 addrspace(3)* %1268
	%1270 = xor i32 %1269, -1
	br label %1271

1271:
	%1272 = phi i32 [ 0, %1258 ], [ %1267, %1264 ]
	%1273 = phi i32 [ 0, %1258 ], [ %1270, %1264 ]
	%1274 = add i32 768, %0
	%1275 = icmp slt i32 768, %425
	%1276 = icmp slt i32 %1274, %425
	br i1 %1275, label %1277, label %1284

1277:
	%1278 = select i1 %1276, i32 %1274, i32 0
	%1279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1278
	%1280 = load i32, i32 addrspace(3)* %1279
	%1281 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1280
	%1282 = load i32, i32 addrspace(3)* %1281
	%1283 = xor i32 %1282, -1
	br label %1284

1284:
	%1285 = phi i32 [ 0, %1271 ], [ %1280, %1277 ]
	%1286 = phi i32 [ 0, %1271 ], [ %1283, %1277 ]
	%1287 = add i32 1024, %0
	%1288 = icmp slt i32 1024, %425
	%1289 = icmp slt i32 %1287, %425
	br i1 %1288, label %1290, label %1297

1290:
	%1291 = select i1 %1289, i32 %1287, i32 0
	%1292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1291
	%1293 = load i32, i32 addrspace(3)* %1292
	%1294 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1293
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = xor i32 %1295, -1
	br label %1297

1297:
	%1298 = phi i32 [ 0, %1284 ], [ %1293, %1290 ]
	%1299 = phi i32 [ 0, %1284 ], [ %1296, %1290 ]
	%1300 = add i32 1280, %0
	%1301 = icmp slt i32 1280, %425
	%1302 = icmp slt i32 %1300, %425
	br i1 %1301, label %1303, label %1310

1303:
	%1304 = select i1 %1302, i32 %1300, i32 0
	%1305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1304
	%1306 = load i32, i32 addrspace(3)* %1305
	%1307 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1306
	%1308 = load i32, i32 addrspace(3)* %1307
	%1309 = xor i32 %1308, -1
	br label %1310

1310:
	%1311 = phi i32 [ 0, %1297 ], [ %1306, %1303 ]
	%1312 = phi i32 [ 0, %1297 ], [ %1309, %1303 ]
	%1313 = add i32 1536, %0
	%1314 = icmp slt i32 1536, %425
	%1315 = icmp slt i32 %1313, %425
	br i1 %1314, label %1316, label %1323

1316:
	%1317 = select i1 %1315, i32 %1313, i32 0
	%1318 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1317
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1319
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = xor i32 %1321, -1
	br label %1323

1323:
	%1324 = phi i32 [ 0, %1310 ], [ %1319, %1316 ]
	%1325 = phi i32 [ 0, %1310 ], [ %1322, %1316 ]
	%1326 = add i32 1792, %0
	%1327 = icmp slt i32 1792, %425
	%1328 = icmp slt i32 %1326, %425
	br i1 %1327, label %1329, label %1336

1329:
	%1330 = select i1 %1328, i32 %1326, i32 0
	%1331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1330
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1332
	%1334 = load i32, i32 addrspace(3)* %1333
	%1335 = xor i32 %1334, -1
	br label %1336

1336:
	%1337 = phi i32 [ 0, %1323 ], [ %1332, %1329 ]
	%1338 = phi i32 [ 0, %1323 ], [ %1335, %1329 ]
	call void @llvm.nvvm.barrier0()
	%1339 = add i32 %0, 0
	%1340 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1339
	store i32 0, i32 addrspace(3)* %1340
	%1341 = add i32 %0, 256
	%1342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1341
	store i32 0, i32 addrspace(3)* %1342
	%1343 = add i32 %0, 512
	%1344 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1343
	store i32 0, i32 addrspace(3)* %1344
	%1345 = add i32 %0, 768
	%1346 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1345
	store i32 0, i32 addrspace(3)* %1346
	call void @llvm.nvvm.barrier0()
	br i1 %1236, label %1347, label %1356

1347:
	%1348 = lshr i32 %1247, 0
	%1349 = and i32 %1348, 15
	%1350 = select i1 %1237, i32 %1349, i32 16
	%1351 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1350)
	%1352 = and i32 %1351, %1234
	%1353 = call i32 @llvm.ctpop.i32(i32 %1352)
	%1354 = icmp eq i32 %1353, 0
	%1355 = and i1 %1237, %1354
	br i1 %1355, label %1358, label %1365

1356:
	%1357 = phi i32 [ 0, %1336 ], [ %1353, %1365 ]
	br i1 %1249, label %1366, label %1375

1358:
	%1359 = call i32 @llvm.ctpop.i32(i32 %1351)
	%1360 = add i32 0, %4
	%1361 = mul i32 %1349, 64
	%1362 = add i32 %1361, %1360
	%1363 = add i32 0, %1362
	%1364 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1363
	store i32 %1359, i32 addrspace(3)* %1364
	br label %1365

1365:
	br label %1356

1366:
	%1367 = lshr i32 %1260, 0
	%1368 = and i32 %1367, 15
	%1369 = select i1 %1250, i32 %1368, i32 16
	%1370 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1369)
	%1371 = and i32 %1370, %1234
	%1372 = call i32 @llvm.ctpop.i32(i32 %1371)
	%1373 = icmp eq i32 %1372, 0
	%1374 = and i1 %1250, %1373
	br i1 %1374, label %1377, label %1384

1375:
	%1376 = phi i32 [ 0, %1356 ], [ %1372, %1384 ]
	br i1 %1262, label %1385, label %1394

1377:
	%1378 = call i32 @llvm.ctpop.i32(i32 %1370)
	%1379 = add i32 8, %4
	%1380 = mul i32 %1368, 64
	%1381 = add i32 %1380, %1379
	%1382 = add i32 0, %1381
	%1383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1382
	store i32 %1378, i32 addrspace(3)* %1383
	br label %1384

1384:
	br label %1375

1385:
	%1386 = lshr i32 %1273, 0
	%1387 = and i32 %1386, 15
	%1388 = select i1 %1263, i32 %1387, i32 16
	%1389 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1388)
	%1390 = and i32 %1389, %1234
	%1391 = call i32 @llvm.ctpop.i32(i32 %1390)
	%1392 = icmp eq i32 %1391, 0
	%1393 = and i1 %1263, %1392
	br i1 %1393, label %1396, label %1403

1394:
	%1395 = phi i32 [ 0, %1375 ], [ %1391, %1403 ]
	br i1 %1275, label %1404, label %1413

1396:
	%1397 = call i32 @llvm.ctpop.i32(i32 %1389)
	%1398 = add i32 16, %4
	%1399 = mul i32 %1387, 64
	%1400 = add i32 %1399, %1398
	%1401 = add i32 0, %1400
	%1402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1401
	store i32 %1397, i32 addrspace(3)* %1402
	br label %1403

1403:
	br label %1394

1404:
	%1405 = lshr i32 %1286, 0
	%1406 = and i32 %1405, 15
	%1407 = select i1 %1276, i32 %1406, i32 16
	%1408 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1407)
	%1409 = and i32 %1408, %1234
	%1410 = call i32 @llvm.ctpop.i32(i32 %1409)
	%1411 = icmp eq i32 %1410, 0
	%1412 = and i1 %1276, %1411
	br i1 %1412, label %1415, label %1422

1413:
	%1414 = phi i32 [ 0, %1394 ], [ %1410, %1422 ]
	br i1 %1288, label %1423, label %1432

1415:
	%1416 = call i32 @llvm.ctpop.i32(i32 %1408)
	%1417 = add i32 24, %4
	%1418 = mul i32 %1406, 64
	%1419 = add i32 %1418, %1417
	%1420 = add i32 0, %1419
	%1421 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1420
	store i32 %1416, i32 addrspace(3)* %1421
	br label %1422

1422:
	br label %1413

1423:
	%1424 = lshr i32 %1299, 0
	%1425 = and i32 %1424, 15
	%1426 = select i1 %1289, i32 %1425, i32 16
	%1427 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1426)
	%1428 = and i32 %1427, %1234
	%1429 = call i32 @llvm.ctpop.i32(i32 %1428)
	%1430 = icmp eq i32 %1429, 0
	%1431 = and i1 %1289, %1430
	br i1 %1431, label %1434, label %1441

1432:
	%1433 = phi i32 [ 0, %1413 ], [ %1429, %1441 ]
	br i1 %1301, label %1442, label %1451

1434:
	%1435 = call i32 @llvm.ctpop.i32(i32 %1427)
	%1436 = add i32 32, %4
	%1437 = mul i32 %1425, 64
	%1438 = add i32 %1437, %1436
	%1439 = add i32 0, %1438
	%1440 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1439
	store i32 %1435, i32 addrspace(3)* %1440
	br label %1441

1441:
	br label %1432

1442:
	%1443 = lshr i32 %1312, 0
	%1444 = and i32 %1443, 15
	%1445 = select i1 %1302, i32 %1444, i32 16
	%1446 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1445)
	%1447 = and i32 %1446, %1234
	%1448 = call i32 @llvm.ctpop.i32(i32 %1447)
	%1449 = icmp eq i32 %1448, 0
	%1450 = and i1 %1302, %1449
	br i1 %1450, label %1453, label %1460

1451:
	%1452 = phi i32 [ 0, %1432 ], [ %1448, %1460 ]
	br i1 %1314, label %1461, label %1470

1453:
	%1454 = call i32 @llvm.ctpop.i32(i32 %1446)
	%1455 = add i32 40, %4
	%1456 = mul i32 %1444, 64
	%1457 = add i32 %1456, %1455
	%1458 = add i32 0, %1457
	%1459 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1458
	store i32 %1454, i32 addrspace(3)* %1459
	br label %1460

1460:
	br label %1451

1461:
	%1462 = lshr i32 %1325, 0
	%1463 = and i32 %1462, 15
	%1464 = select i1 %1315, i32 %1463, i32 16
	%1465 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1464)
	%1466 = and i32 %1465, %1234
	%1467 = call i32 @llvm.ctpop.i32(i32 %1466)
	%1468 = icmp eq i32 %1467, 0
	%1469 = and i1 %1315, %1468
	br i1 %1469, label %1472, label %1479

1470:
	%1471 = phi i32 [ 0, %1451 ], [ %1467, %1479 ]
	br i1 %1327, label %1480, label %1489

1472:
	%1473 = call i32 @llvm.ctpop.i32(i32 %1465)
	%1474 = add i32 48, %4
	%1475 = mul i32 %1463, 64
	%1476 = add i32 %1475, %1474
	%1477 = add i32 0, %1476
	%1478 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1477
	store i32 %1473, i32 addrspace(3)* %1478
	br label %1479

1479:
	br label %1470

1480:
	%1481 = lshr i32 %1338, 0
	%1482 = and i32 %1481, 15
	%1483 = select i1 %1328, i32 %1482, i32 16
	%1484 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1483)
	%1485 = and i32 %1484, %1234
	%1486 = call i32 @llvm.ctpop.i32(i32 %1485)
	%1487 = icmp eq i32 %1486, 0
	%1488 = and i1 %1328, %1487
	br i1 %1488, label %1534, label %1541

1489:
	%1490 = phi i32 [ 0, %1470 ], [ %1486, %1541 ]
	call void @llvm.nvvm.barrier0()
	%1491 = mul i32 %0, 4
	%1492 = add i32 %1491, 0
	%1493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1492
	%1494 = load i32, i32 addrspace(3)* %1493
	%1495 = add i32 0, %1494
	%1496 = mul i32 %0, 4
	%1497 = add i32 %1496, 1
	%1498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1497
	%1499 = load i32, i32 addrspace(3)* %1498
	%1500 = add i32 %1495, %1499
	%1501 = mul i32 %0, 4
	%1502 = add i32 %1501, 2
	%1503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1502
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = add i32 %1500, %1504
	%1506 = mul i32 %0, 4
	%1507 = add i32 %1506, 3
	%1508 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1507
	%1509 = load i32, i32 addrspace(3)* %1508
	%1510 = add i32 %1505, %1509
	%1511 = and i32 %0, 31
	%1512 = lshr i32 %0, 5
	%1513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1510, i32 1, i32 0)
	%1514 = icmp uge i32 %1511, 1
	%1515 = select i1 %1514, i32 %1513, i32 0
	%1516 = add i32 %1510, %1515
	%1517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1516, i32 2, i32 0)
	%1518 = icmp uge i32 %1511, 2
	%1519 = select i1 %1518, i32 %1517, i32 0
	%1520 = add i32 %1516, %1519
	%1521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1520, i32 4, i32 0)
	%1522 = icmp uge i32 %1511, 4
	%1523 = select i1 %1522, i32 %1521, i32 0
	%1524 = add i32 %1520, %1523
	%1525 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1524, i32 8, i32 0)
	%1526 = icmp uge i32 %1511, 8
	%1527 = select i1 %1526, i32 %1525, i32 0
	%1528 = add i32 %1524, %1527
	%1529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1528, i32 16, i32 0)
	%1530 = icmp uge i32 %1511, 16
	%1531 = select i1 %1530, i32 %1529, i32 0
	%1532 = add i32 %1528, %1531
	%1533 = icmp eq i32 %1511, 31
	br i1 %1533, label %1542, label %1544

1534:
	%1535 = call i32 @llvm.ctpop.i32(i32 %1484)
	%1536 = add i32 56, %4
	%1537 = mul i32 %1482, 64
	%1538 = add i32 %1537, %1536
	%1539 = add i32 0, %1538
	%1540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1539
	store i32 %1535, i32 addrspace(3)* %1540
	br label %1541

1541:
	br label %1489

1542:
	%1543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1512
	store i32 %1532, i32 addrspace(3)* %1543
	br label %1544

1544:
	call void @llvm.nvvm.barrier0()
	%1545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1546 = load i32, i32 addrspace(3)* %1545
	%1547 = icmp sgt i32 %1512, 0
	%1548 = select i1 %1547, i32 %1546, i32 0
	%1549 = add i32 0, %1548
	%1550 = add i32 0, %1546
	%1551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1552 = load i32, i32 addrspace(3)* %1551
	%1553 = icmp sgt i32 %1512, 1
	%1554 = select i1 %1553, i32 %1552, i32 0
	%1555 = add i32 %1549, %1554
	%1556 = add i32 %1550, %1552
	%1557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1558 = load i32, i32 addrspace(3)* %1557
	%1559 = icmp sgt i32 %1512, 2
	%1560 = select i1 %1559, i32 %1558, i32 0
	%1561 = add i32 %1555, %1560
	%1562 = add i32 %1556, %1558
	%1563 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1564 = load i32, i32 addrspace(3)* %1563
	%1565 = icmp sgt i32 %1512, 3
	%1566 = select i1 %1565, i32 %1564, i32 0
	%1567 = add i32 %1561, %1566
	%1568 = add i32 %1562, %1564
	%1569 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1570 = load i32, i32 addrspace(3)* %1569
	%1571 = icmp sgt i32 %1512, 4
	%1572 = select i1 %1571, i32 %1570, i32 0
	%1573 = add i32 %1567, %1572
	%1574 = add i32 %1568, %1570
	%1575 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1576 = load i32, i32 addrspace(3)* %1575
	%1577 = icmp sgt i32 %1512, 5
	%1578 = select i1 %1577, i32 %1576, i32 0
	%1579 = add i32 %1573, %1578
	%1580 = add i32 %1574, %1576
	%1581 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1582 = load i32, i32 addrspace(3)* %1581
	%1583 = icmp sgt i32 %1512, 6
	%1584 = select i1 %1583, i32 %1582, i32 0
	%1585 = add i32 %1579, %1584
	%1586 = add i32 %1580, %1582
	%1587 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1588 = load i32, i32 addrspace(3)* %1587
	%1589 = icmp sgt i32 %1512, 7
	%1590 = select i1 %1589, i32 %1588, i32 0
	%1591 = add i32 %1585, %1590
	%1592 = add i32 %1586, %1588
	%1593 = add i32 %1591, %1532
	%1594 = sub i32 %1593, %1510
	%1595 = mul i32 %0, 4
	%1596 = add i32 %1595, 0
	%1597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1596
	store i32 %1594, i32 addrspace(3)* %1597
	%1598 = add i32 %1594, %1494
	%1599 = mul i32 %0, 4
	%1600 = add i32 %1599, 1
	%1601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1600
	store i32 %1598, i32 addrspace(3)* %1601
	%1602 = add i32 %1598, %1499
	%1603 = mul i32 %0, 4
	%1604 = add i32 %1603, 2
	%1605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1604
	store i32 %1602, i32 addrspace(3)* %1605
	%1606 = add i32 %1602, %1504
	%1607 = mul i32 %0, 4
	%1608 = add i32 %1607, 3
	%1609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1608
	store i32 %1606, i32 addrspace(3)* %1609
	%1610 = add i32 %1606, %1509
	%1611 = add i32 %0, 1024
	%1612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1611
	store i32 0, i32 addrspace(3)* %1612
	%1613 = add i32 %0, 1280
	%1614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1613
	store i32 0, i32 addrspace(3)* %1614
	%1615 = add i32 %0, 1536
	%1616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1615
	store i32 0, i32 addrspace(3)* %1616
	%1617 = add i32 %0, 1792
	%1618 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1617
	store i32 0, i32 addrspace(3)* %1618
	call void @llvm.nvvm.barrier0()
	%1619 = and i1 %1236, %1237
	br i1 %1619, label %1620, label %1633

1620:
	%1621 = lshr i32 %1247, 0
	%1622 = and i32 %1621, 15
	%1623 = add i32 0, %4
	%1624 = mul i32 %1622, 64
	%1625 = add i32 %1624, %1623
	%1626 = add i32 0, %1625
	%1627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1626
	%1628 = load i32, i32 addrspace(3)* %1627
	%1629 = add i32 %1628, %1357
	%1630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1629
	store i32 %1246, i32 addrspace(3)* %1630
	%1631 = add i32 %1629, 2048
	%1632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1631
	store i32 %1247, i32 addrspace(3)* %1632
	br label %1633

1633:
	%1634 = and i1 %1249, %1250
	br i1 %1634, label %1635, label %1648

1635:
	%1636 = lshr i32 %1260, 0
	%1637 = and i32 %1636, 15
	%1638 = add i32 8, %4
	%1639 = mul i32 %1637, 64
	%1640 = add i32 %1639, %1638
	%1641 = add i32 0, %1640
	%1642 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1641
	%1643 = load i32, i32 addrspace(3)* %1642
	%1644 = add i32 %1643, %1376
	%1645 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1644
	store i32 %1259, i32 addrspace(3)* %1645
	%1646 = add i32 %1644, 2048
	%1647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1646
	store i32 %1260, i32 addrspace(3)* %1647
	br label %1648

1648:
	%1649 = and i1 %1262, %1263
	br i1 %1649, label %1650, label %1663

1650:
	%1651 = lshr i32 %1273, 0
	%1652 = and i32 %1651, 15
	%1653 = add i32 16, %4
	%1654 = mul i32 %1652, 64
	%1655 = add i32 %1654, %1653
	%1656 = add i32 0, %1655
	%1657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1656
	%1658 = load i32, i32 addrspace(3)* %1657
	%1659 = add i32 %1658, %1395
	%1660 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1659
	store i32 %1272, i32 addrspace(3)* %1660
	%1661 = add i32 %1659, 2048
	%1662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1661
	store i32 %1273, i32 addrspace(3)* %1662
	br label %1663

1663:
	%1664 = and i1 %1275, %1276
	br i1 %1664, label %1665, label %1678

1665:
	%1666 = lshr i32 %1286, 0
	%1667 = and i32 %1666, 15
	%1668 = add i32 24, %4
	%1669 = mul i32 %1667, 64
	%1670 = add i32 %1669, %1668
	%1671 = add i32 0, %1670
	%1672 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1671
	%1673 = load i32, i32 addrspace(3)* %1672
	%1674 = add i32 %1673, %1414
	%1675 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1674
	store i32 %1285, i32 addrspace(3)* %1675
	%1676 = add i32 %1674, 2048
	%1677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1676
	store i32 %1286, i32 addrspace(3)* %1677
	br label %1678

1678:
	%1679 = and i1 %1288, %1289
	br i1 %1679, label %1680, label %1693

1680:
	%1681 = lshr i32 %1299, 0
	%1682 = and i32 %1681, 15
	%1683 = add i32 32, %4
	%1684 = mul i32 %1682, 64
	%1685 = add i32 %1684, %1683
	%1686 = add i32 0, %1685
	%1687 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1686
	%1688 = load i32, i32 addrspace(3)* %1687
	%1689 = add i32 %1688, %1433
	%1690 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1689
	store i32 %1298, i32 addrspace(3)* %1690
	%1691 = add i32 %1689, 2048
	%1692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1691
	store i32 %1299, i32 addrspace(3)* %1692
	br label %1693

1693:
	%1694 = and i1 %1301, %1302
	br i1 %1694, label %1695, label %1708

1695:
	%1696 = lshr i32 %1312, 0
	%1697 = and i32 %1696, 15
	%1698 = add i32 40, %4
	%1699 = mul i32 %1697, 64
	%1700 = add i32 %1699, %1698
	%1701 = add i32 0, %1700
	%1702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1701
	%1703 = load i32, i32 addrspace(3)* %1702
	%1704 = add i32 %1703, %1452
	%1705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1704
	store i32 %1311, i32 addrspace(3)* %1705
	%1706 = add i32 %1704, 2048
	%1707 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1706
	store i32 %1312, i32 addrspace(3)* %1707
	br label %1708

1708:
	%1709 = and i1 %1314, %1315
	br i1 %1709, label %1710, label %1723

1710:
	%1711 = lshr i32 %1325, 0
	%1712 = and i32 %1711, 15
	%1713 = add i32 48, %4
	%1714 = mul i32 %1712, 64
	%1715 = add i32 %1714, %1713
	%1716 = add i32 0, %1715
	%1717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1716
	%1718 = load i32, i32 addrspace(3)* %1717
	%1719 = add i32 %1718, %1471
	%1720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1719
	store i32 %1324, i32 addrspace(3)* %1720
	%1721 = add i32 %1719, 2048
	%1722 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1721
	store i32 %1325, i32 addrspace(3)* %1722
	br label %1723

1723:
	%1724 = and i1 %1327, %1328
	br i1 %1724, label %1725, label %1738

1725:
	%1726 = lshr i32 %1338, 0
	%1727 = and i32 %1726, 15
	%1728 = add i32 56, %4
	%1729 = mul i32 %1727, 64
	%1730 = add i32 %1729, %1728
	%1731 = add i32 0, %1730
	%1732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1731
	%1733 = load i32, i32 addrspace(3)* %1732
	%1734 = add i32 %1733, %1490
	%1735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1734
	store i32 %1337, i32 addrspace(3)* %1735
	%1736 = add i32 %1734, 2048
	%1737 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1736
	store i32 %1338, i32 addrspace(3)* %1737
	br label %1738

1738:
	call void @llvm.nvvm.barrier0()
	%1739 = add i32 0, %0
	%1740 = and i1 %1236, %1237
	br i1 %1740, label %1741, label %1747

1741:
	%1742 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1739
	%1743 = load i32, i32 addrspace(3)* %1742
	%1744 = add i32 %1739, 2048
	%1745 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1744
	%1746 = load i32, i32 addrspace(3)* %1745
	br label %1747

1747:
	%1748 = phi i32 [ %1246, %1738 ], [ %1743, %1741 ]
	%1749 = phi i32 [ %1247, %1738 ], [ %1746, %1741 ]
	%1750 = add i32 256, %0
	%1751 = and i1 %1249, %1250
	br i1 %1751, label %1752, label %1758

1752:
	%1753 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1750
	%1754 = load i32, i32 addrspace(3)* %1753
	%1755 = add i32 %1750, 2048
	%1756 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1755
	%1757 = load i32, i32 addrspace(3)* %1756
	br label %1758

1758:
	%1759 = phi i32 [ %1259, %1747 ], [ %1754, %1752 ]
	%1760 = phi i32 [ %1260, %1747 ], [ %1757, %1752 ]
	%1761 = add i32 512, %0
	%1762 = and i1 %1262, %1263
	br i1 %1762, label %1763, label %1769

1763:
	%1764 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1761
	%1765 = load i32, i32 addrspace(3)* %1764
	%1766 = add i32 %1761, 2048
	%1767 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1766
	%1768 = load i32, i32 addrspace(3)* %1767
	br label %1769

1769:
	%1770 = phi i32 [ %1272, %1758 ], [ %1765, %1763 ]
	%1771 = phi i32 [ %1273, %1758 ], [ %1768, %1763 ]
	%1772 = add i32 768, %0
	%1773 = and i1 %1275, %1276
	br i1 %1773, label %1774, label %1780

1774:
	%1775 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1772
	%1776 = load i32, i32 addrspace(3)* %1775
	%1777 = add i32 %1772, 2048
	%1778 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1777
	%1779 = load i32, i32 addrspace(3)* %1778
	br label %1780

1780:
	%1781 = phi i32 [ %1285, %1769 ], [ %1776, %1774 ]
	%1782 = phi i32 [ %1286, %1769 ], [ %1779, %1774 ]
	%1783 = add i32 1024, %0
	%1784 = and i1 %1288, %1289
	br i1 %1784, label %1785, label %1791

1785:
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1783
	%1787 = load i32, i32 addrspace(3)* %1786
	%1788 = add i32 %1783, 2048
	%1789 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1788
	%1790 = load i32, i32 addrspace(3)* %1789
	br label %1791

1791:
	%1792 = phi i32 [ %1298, %1780 ], [ %1787, %1785 ]
	%1793 = phi i32 [ %1299, %1780 ], [ %1790, %1785 ]
	%1794 = add i32 1280, %0
	%1795 = and i1 %1301, %1302
	br i1 %1795, label %1796, label %1802

1796:
	%1797 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1794
	%1798 = load i32, i32 addrspace(3)* %1797
	%1799 = add i32 %1794, 2048
	%1800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1799
	%1801 = load i32, i32 addrspace(3)* %1800
	br label %1802

1802:
	%1803 = phi i32 [ %1311, %1791 ], [ %1798, %1796 ]
	%1804 = phi i32 [ %1312, %1791 ], [ %1801, %1796 ]
	%1805 = add i32 1536, %0
	%1806 = and i1 %1314, %1315
	br i1 %1806, label %1807, label %1813

1807:
	%1808 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1805
	%1809 = load i32, i32 addrspace(3)* %1808
	%1810 = add i32 %1805, 2048
	%1811 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1810
	%1812 = load i32, i32 addrspace(3)* %1811
	br label %1813

1813:
	%1814 = phi i32 [ %1324, %1802 ], [ %1809, %1807 ]
	%1815 = phi i32 [ %1325, %1802 ], [ %1812, %1807 ]
	%1816 = add i32 1792, %0
	%1817 = and i1 %1327, %1328
	br i1 %1817, label %1818, label %1824

1818:
	%1819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1816
	%1820 = load i32, i32 addrspace(3)* %1819
	%1821 = add i32 %1816, 2048
	%1822 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1821
	%1823 = load i32, i32 addrspace(3)* %1822
	br label %1824

1824:
	%1825 = phi i32 [ %1337, %1813 ], [ %1820, %1818 ]
	%1826 = phi i32 [ %1338, %1813 ], [ %1823, %1818 ]
	br i1 %1236, label %1827, label %1836

1827:
	%1828 = lshr i32 %1749, 4
	%1829 = and i32 %1828, 15
	%1830 = select i1 %1237, i32 %1829, i32 16
	%1831 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1830)
	%1832 = and i32 %1831, %1234
	%1833 = call i32 @llvm.ctpop.i32(i32 %1832)
	%1834 = icmp eq i32 %1833, 0
	%1835 = and i1 %1237, %1834
	br i1 %1835, label %1838, label %1845

1836:
	%1837 = phi i32 [ 0, %1824 ], [ %1833, %1845 ]
	br i1 %1249, label %1846, label %1855

1838:
	%1839 = call i32 @llvm.ctpop.i32(i32 %1831)
	%1840 = add i32 0, %4
	%1841 = mul i32 %1829, 64
	%1842 = add i32 %1841, %1840
	%1843 = add i32 1024, %1842
	%1844 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1843
	store i32 %1839, i32 addrspace(3)* %1844
	br label %1845

1845:
	br label %1836

1846:
	%1847 = lshr i32 %1760, 4
	%1848 = and i32 %1847, 15
	%1849 = select i1 %1250, i32 %1848, i32 16
	%1850 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1849)
	%1851 = and i32 %1850, %1234
	%1852 = call i32 @llvm.ctpop.i32(i32 %1851)
	%1853 = icmp eq i32 %1852, 0
	%1854 = and i1 %1250, %1853
	br i1 %1854, label %1857, label %1864

1855:
	%1856 = phi i32 [ 0, %1836 ], [ %1852, %1864 ]
	br i1 %1262, label %1865, label %1874

1857:
	%1858 = call i32 @llvm.ctpop.i32(i32 %1850)
	%1859 = add i32 8, %4
	%1860 = mul i32 %1848, 64
	%1861 = add i32 %1860, %1859
	%1862 = add i32 1024, %1861
	%1863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1862
	store i32 %1858, i32 addrspace(3)* %1863
	br label %1864

1864:
	br label %1855

1865:
	%1866 = lshr i32 %1771, 4
	%1867 = and i32 %1866, 15
	%1868 = select i1 %1263, i32 %1867, i32 16
	%1869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1868)
	%1870 = and i32 %1869, %1234
	%1871 = call i32 @llvm.ctpop.i32(i32 %1870)
	%1872 = icmp eq i32 %1871, 0
	%1873 = and i1 %1263, %1872
	br i1 %1873, label %1876, label %1883

1874:
	%1875 = phi i32 [ 0, %1855 ], [ %1871, %1883 ]
	br i1 %1275, label %1884, label %1893

1876:
	%1877 = call i32 @llvm.ctpop.i32(i32 %1869)
	%1878 = add i32 16, %4
	%1879 = mul i32 %1867, 64
	%1880 = add i32 %1879, %1878
	%1881 = add i32 1024, %1880
	%1882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1881
	store i32 %1877, i32 addrspace(3)* %1882
	br label %1883

1883:
	br label %1874

1884:
	%1885 = lshr i32 %1782, 4
	%1886 = and i32 %1885, 15
	%1887 = select i1 %1276, i32 %1886, i32 16
	%1888 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1887)
	%1889 = and i32 %1888, %1234
	%1890 = call i32 @llvm.ctpop.i32(i32 %1889)
	%1891 = icmp eq i32 %1890, 0
	%1892 = and i1 %1276, %1891
	br i1 %1892, label %1895, label %1902

1893:
	%1894 = phi i32 [ 0, %1874 ], [ %1890, %1902 ]
	br i1 %1288, label %1903, label %1912

1895:
	%1896 = call i32 @llvm.ctpop.i32(i32 %1888)
	%1897 = add i32 24, %4
	%1898 = mul i32 %1886, 64
	%1899 = add i32 %1898, %1897
	%1900 = add i32 1024, %1899
	%1901 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1900
	store i32 %1896, i32 addrspace(3)* %1901
	br label %1902

1902:
	br label %1893

1903:
	%1904 = lshr i32 %1793, 4
	%1905 = and i32 %1904, 15
	%1906 = select i1 %1289, i32 %1905, i32 16
	%1907 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1906)
	%1908 = and i32 %1907, %1234
	%1909 = call i32 @llvm.ctpop.i32(i32 %1908)
	%1910 = icmp eq i32 %1909, 0
	%1911 = and i1 %1289, %1910
	br i1 %1911, label %1914, label %1921

1912:
	%1913 = phi i32 [ 0, %1893 ], [ %1909, %1921 ]
	br i1 %1301, label %1922, label %1931

1914:
	%1915 = call i32 @llvm.ctpop.i32(i32 %1907)
	%1916 = add i32 32, %4
	%1917 = mul i32 %1905, 64
	%1918 = add i32 %1917, %1916
	%1919 = add i32 1024, %1918
	%1920 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1919
	store i32 %1915, i32 addrspace(3)* %1920
	br label %1921

1921:
	br label %1912

1922:
	%1923 = lshr i32 %1804, 4
	%1924 = and i32 %1923, 15
	%1925 = select i1 %1302, i32 %1924, i32 16
	%1926 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1925)
	%1927 = and i32 %1926, %1234
	%1928 = call i32 @llvm.ctpop.i32(i32 %1927)
	%1929 = icmp eq i32 %1928, 0
	%1930 = and i1 %1302, %1929
	br i1 %1930, label %1933, label %1940

1931:
	%1932 = phi i32 [ 0, %1912 ], [ %1928, %1940 ]
	br i1 %1314, label %1941, label %1950

1933:
	%1934 = call i32 @llvm.ctpop.i32(i32 %1926)
	%1935 = add i32 40, %4
	%1936 = mul i32 %1924, 64
	%1937 = add i32 %1936, %1935
	%1938 = add i32 1024, %1937
	%1939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1938
	store i32 %1934, i32 addrspace(3)* %1939
	br label %1940

1940:
	br label %1931

1941:
	%1942 = lshr i32 %1815, 4
	%1943 = and i32 %1942, 15
	%1944 = select i1 %1315, i32 %1943, i32 16
	%1945 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1944)
	%1946 = and i32 %1945, %1234
	%1947 = call i32 @llvm.ctpop.i32(i32 %1946)
	%1948 = icmp eq i32 %1947, 0
	%1949 = and i1 %1315, %1948
	br i1 %1949, label %1952, label %1959

1950:
	%1951 = phi i32 [ 0, %1931 ], [ %1947, %1959 ]
	br i1 %1327, label %1960, label %1969

1952:
	%1953 = call i32 @llvm.ctpop.i32(i32 %1945)
	%1954 = add i32 48, %4
	%1955 = mul i32 %1943, 64
	%1956 = add i32 %1955, %1954
	%1957 = add i32 1024, %1956
	%1958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1957
	store i32 %1953, i32 addrspace(3)* %1958
	br label %1959

1959:
	br label %1950

1960:
	%1961 = lshr i32 %1826, 4
	%1962 = and i32 %1961, 15
	%1963 = select i1 %1328, i32 %1962, i32 16
	%1964 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1963)
	%1965 = and i32 %1964, %1234
	%1966 = call i32 @llvm.ctpop.i32(i32 %1965)
	%1967 = icmp eq i32 %1966, 0
	%1968 = and i1 %1328, %1967
	br i1 %1968, label %2014, label %2021

1969:
	%1970 = phi i32 [ 0, %1950 ], [ %1966, %2021 ]
	call void @llvm.nvvm.barrier0()
	%1971 = mul i32 %0, 4
	%1972 = add i32 %1971, 1024
	%1973 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1972
	%1974 = load i32, i32 addrspace(3)* %1973
	%1975 = add i32 0, %1974
	%1976 = mul i32 %0, 4
	%1977 = add i32 %1976, 1025
	%1978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1977
	%1979 = load i32, i32 addrspace(3)* %1978
	%1980 = add i32 %1975, %1979
	%1981 = mul i32 %0, 4
	%1982 = add i32 %1981, 1026
	%1983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1982
	%1984 = load i32, i32 addrspace(3)* %1983
	%1985 = add i32 %1980, %1984
	%1986 = mul i32 %0, 4
	%1987 = add i32 %1986, 1027
	%1988 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1987
	%1989 = load i32, i32 addrspace(3)* %1988
	%1990 = add i32 %1985, %1989
	%1991 = and i32 %0, 31
	%1992 = lshr i32 %0, 5
	%1993 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1990, i32 1, i32 0)
	%1994 = icmp uge i32 %1991, 1
	%1995 = select i1 %1994, i32 %1993, i32 0
	%1996 = add i32 %1990, %1995
	%1997 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1996, i32 2, i32 0)
	%1998 = icmp uge i32 %1991, 2
	%1999 = select i1 %1998, i32 %1997, i32 0
	%2000 = add i32 %1996, %1999
	%2001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2000, i32 4, i32 0)
	%2002 = icmp uge i32 %1991, 4
	%2003 = select i1 %2002, i32 %2001, i32 0
	%2004 = add i32 %2000, %2003
	%2005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2004, i32 8, i32 0)
	%2006 = icmp uge i32 %1991, 8
	%2007 = select i1 %2006, i32 %2005, i32 0
	%2008 = add i32 %2004, %2007
	%2009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2008, i32 16, i32 0)
	%2010 = icmp uge i32 %1991, 16
	%2011 = select i1 %2010, i32 %2009, i32 0
	%2012 = add i32 %2008, %2011
	%2013 = icmp eq i32 %1991, 31
	br i1 %2013, label %2022, label %2024

2014:
	%2015 = call i32 @llvm.ctpop.i32(i32 %1964)
	%2016 = add i32 56, %4
	%2017 = mul i32 %1962, 64
	%2018 = add i32 %2017, %2016
	%2019 = add i32 1024, %2018
	%2020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2019
	store i32 %2015, i32 addrspace(3)* %2020
	br label %2021

2021:
	br label %1969

2022:
	%2023 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1992
	store i32 %2012, i32 addrspace(3)* %2023
	br label %2024

2024:
	call void @llvm.nvvm.barrier0()
	%2025 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2026 = load i32, i32 addrspace(3)* %2025
	%2027 = icmp sgt i32 %1992, 0
	%2028 = select i1 %2027, i32 %2026, i32 0
	%2029 = add i32 0, %2028
	%2030 = add i32 0, %2026
	%2031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2032 = load i32, i32 addrspace(3)* %2031
	%2033 = icmp sgt i32 %1992, 1
	%2034 = select i1 %2033, i32 %2032, i32 0
	%2035 = add i32 %2029, %2034
	%2036 = add i32 %2030, %2032
	%2037 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2038 = load i32, i32 addrspace(3)* %2037
	%2039 = icmp sgt i32 %1992, 2
	%2040 = select i1 %2039, i32 %2038, i32 0
	%2041 = add i32 %2035, %2040
	%2042 = add i32 %2036, %2038
	%2043 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2044 = load i32, i32 addrspace(3)* %2043
	%2045 = icmp sgt i32 %1992, 3
	%2046 = select i1 %2045, i32 %2044, i32 0
	%2047 = add i32 %2041, %2046
	%2048 = add i32 %2042, %2044
	%2049 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2050 = load i32, i32 addrspace(3)* %2049
	%2051 = icmp sgt i32 %1992, 4
	%2052 = select i1 %2051, i32 %2050, i32 0
	%2053 = add i32 %2047, %2052
	%2054 = add i32 %2048, %2050
	%2055 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2056 = load i32, i32 addrspace(3)* %2055
	%2057 = icmp sgt i32 %1992, 5
	%2058 = select i1 %2057, i32 %2056, i32 0
	%2059 = add i32 %2053, %2058
	%2060 = add i32 %2054, %2056
	%2061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2062 = load i32, i32 addrspace(3)* %2061
	%2063 = icmp sgt i32 %1992, 6
	%2064 = select i1 %2063, i32 %2062, i32 0
	%2065 = add i32 %2059, %2064
	%2066 = add i32 %2060, %2062
	%2067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2068 = load i32, i32 addrspace(3)* %2067
	%2069 = icmp sgt i32 %1992, 7
	%2070 = select i1 %2069, i32 %2068, i32 0
	%2071 = add i32 %2065, %2070
	%2072 = add i32 %2066, %2068
	%2073 = add i32 %2071, %2012
	%2074 = sub i32 %2073, %1990
	%2075 = mul i32 %0, 4
	%2076 = add i32 %2075, 1024
	%2077 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2076
	store i32 %2074, i32 addrspace(3)* %2077
	%2078 = add i32 %2074, %1974
	%2079 = mul i32 %0, 4
	%2080 = add i32 %2079, 1025
	%2081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2080
	store i32 %2078, i32 addrspace(3)* %2081
	%2082 = add i32 %2078, %1979
	%2083 = mul i32 %0, 4
	%2084 = add i32 %2083, 1026
	%2085 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2084
	store i32 %2082, i32 addrspace(3)* %2085
	%2086 = add i32 %2082, %1984
	%2087 = mul i32 %0, 4
	%2088 = add i32 %2087, 1027
	%2089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2088
	store i32 %2086, i32 addrspace(3)* %2089
	%2090 = add i32 %2086, %1989
	%2091 = add i32 %0, 0
	%2092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2091
	store i32 0, i32 addrspace(3)* %2092
	%2093 = add i32 %0, 256
	%2094 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2093
	store i32 0, i32 addrspace(3)* %2094
	%2095 = add i32 %0, 512
	%2096 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2095
	store i32 0, i32 addrspace(3)* %2096
	%2097 = add i32 %0, 768
	%2098 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2097
	store i32 0, i32 addrspace(3)* %2098
	call void @llvm.nvvm.barrier0()
	%2099 = and i1 %1236, %1237
	br i1 %2099, label %2100, label %2113

2100:
	%2101 = lshr i32 %1749, 4
	%2102 = and i32 %2101, 15
	%2103 = add i32 0, %4
	%2104 = mul i32 %2102, 64
	%2105 = add i32 %2104, %2103
	%2106 = add i32 1024, %2105
	%2107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2106
	%2108 = load i32, i32 addrspace(3)* %2107
	%2109 = add i32 %2108, %1837
	%2110 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2109
	store i32 %1748, i32 addrspace(3)* %2110
	%2111 = add i32 %2109, 2048
	%2112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2111
	store i32 %1749, i32 addrspace(3)* %2112
	br label %2113

2113:
	%2114 = and i1 %1249, %1250
	br i1 %2114, label %2115, label %2128

2115:
	%2116 = lshr i32 %1760, 4
	%2117 = and i32 %2116, 15
	%2118 = add i32 8, %4
	%2119 = mul i32 %2117, 64
	%2120 = add i32 %2119, %2118
	%2121 = add i32 1024, %2120
	%2122 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2121
	%2123 = load i32, i32 addrspace(3)* %2122
	%2124 = add i32 %2123, %1856
	%2125 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2124
	store i32 %1759, i32 addrspace(3)* %2125
	%2126 = add i32 %2124, 2048
	%2127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2126
	store i32 %1760, i32 addrspace(3)* %2127
	br label %2128

2128:
	%2129 = and i1 %1262, %1263
	br i1 %2129, label %2130, label %2143

2130:
	%2131 = lshr i32 %1771, 4
	%2132 = and i32 %2131, 15
	%2133 = add i32 16, %4
	%2134 = mul i32 %2132, 64
	%2135 = add i32 %2134, %2133
	%2136 = add i32 1024, %2135
	%2137 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2136
	%2138 = load i32, i32 addrspace(3)* %2137
	%2139 = add i32 %2138, %1875
	%2140 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2139
	store i32 %1770, i32 addrspace(3)* %2140
	%2141 = add i32 %2139, 2048
	%2142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2141
	store i32 %1771, i32 addrspace(3)* %2142
	br label %2143

2143:
	%2144 = and i1 %1275, %1276
	br i1 %2144, label %2145, label %2158

2145:
	%2146 = lshr i32 %1782, 4
	%2147 = and i32 %2146, 15
	%2148 = add i32 24, %4
	%2149 = mul i32 %2147, 64
	%2150 = add i32 %2149, %2148
	%2151 = add i32 1024, %2150
	%2152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2151
	%2153 = load i32, i32 addrspace(3)* %2152
	%2154 = add i32 %2153, %1894
	%2155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2154
	store i32 %1781, i32 addrspace(3)* %2155
	%2156 = add i32 %2154, 2048
	%2157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2156
	store i32 %1782, i32 addrspace(3)* %2157
	br label %2158

2158:
	%2159 = and i1 %1288, %1289
	br i1 %2159, label %2160, label %2173

2160:
	%2161 = lshr i32 %1793, 4
	%2162 = and i32 %2161, 15
	%2163 = add i32 32, %4
	%2164 = mul i32 %2162, 64
	%2165 = add i32 %2164, %2163
	%2166 = add i32 1024, %2165
	%2167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2166
	%2168 = load i32, i32 addrspace(3)* %2167
	%2169 = add i32 %2168, %1913
	%2170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2169
	store i32 %1792, i32 addrspace(3)* %2170
	%2171 = add i32 %2169, 2048
	%2172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2171
	store i32 %1793, i32 addrspace(3)* %2172
	br label %2173

2173:
	%2174 = and i1 %1301, %1302
	br i1 %2174, label %2175, label %2188

2175:
	%2176 = lshr i32 %1804, 4
	%2177 = and i32 %2176, 15
	%2178 = add i32 40, %4
	%2179 = mul i32 %2177, 64
	%2180 = add i32 %2179, %2178
	%2181 = add i32 1024, %2180
	%2182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2181
	%2183 = load i32, i32 addrspace(3)* %2182
	%2184 = add i32 %2183, %1932
	%2185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2184
	store i32 %1803, i32 addrspace(3)* %2185
	%2186 = add i32 %2184, 2048
	%2187 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2186
	store i32 %1804, i32 addrspace(3)* %2187
	br label %2188

2188:
	%2189 = and i1 %1314, %1315
	br i1 %2189, label %2190, label %2203

2190:
	%2191 = lshr i32 %1815, 4
	%2192 = and i32 %2191, 15
	%2193 = add i32 48, %4
	%2194 = mul i32 %2192, 64
	%2195 = add i32 %2194, %2193
	%2196 = add i32 1024, %2195
	%2197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2196
	%2198 = load i32, i32 addrspace(3)* %2197
	%2199 = add i32 %2198, %1951
	%2200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2199
	store i32 %1814, i32 addrspace(3)* %2200
	%2201 = add i32 %2199, 2048
	%2202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2201
	store i32 %1815, i32 addrspace(3)* %2202
	br label %2203

2203:
	%2204 = and i1 %1327, %1328
	br i1 %2204, label %2205, label %2218

2205:
	%2206 = lshr i32 %1826, 4
	%2207 = and i32 %2206, 15
	%2208 = add i32 56, %4
	%2209 = mul i32 %2207, 64
	%2210 = add i32 %2209, %2208
	%2211 = add i32 1024, %2210
	%2212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2211
	%2213 = load i32, i32 addrspace(3)* %2212
	%2214 = add i32 %2213, %1970
	%2215 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2214
	store i32 %1825, i32 addrspace(3)* %2215
	%2216 = add i32 %2214, 2048
	%2217 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2216
	store i32 %1826, i32 addrspace(3)* %2217
	br label %2218

2218:
	call void @llvm.nvvm.barrier0()
	%2219 = add i32 0, %0
	%2220 = and i1 %1236, %1237
	br i1 %2220, label %2221, label %2227

2221:
	%2222 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2219
	%2223 = load i32, i32 addrspace(3)* %2222
	%2224 = add i32 %2219, 2048
	%2225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2224
	%2226 = load i32, i32 addrspace(3)* %2225
	br label %2227

2227:
	%2228 = phi i32 [ %1748, %2218 ], [ %2223, %2221 ]
	%2229 = phi i32 [ %1749, %2218 ], [ %2226, %2221 ]
	%2230 = add i32 256, %0
	%2231 = and i1 %1249, %1250
	br i1 %2231, label %2232, label %2238

2232:
	%2233 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2230
	%2234 = load i32, i32 addrspace(3)* %2233
	%2235 = add i32 %2230, 2048
	%2236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2235
	%2237 = load i32, i32 addrspace(3)* %2236
	br label %2238

2238:
	%2239 = phi i32 [ %1759, %2227 ], [ %2234, %2232 ]
	%2240 = phi i32 [ %1760, %2227 ], [ %2237, %2232 ]
	%2241 = add i32 512, %0
	%2242 = and i1 %1262, %1263
	br i1 %2242, label %2243, label %2249

2243:
	%2244 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2241
	%2245 = load i32, i32 addrspace(3)* %2244
	%2246 = add i32 %2241, 2048
	%2247 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2246
	%2248 = load i32, i32 addrspace(3)* %2247
	br label %2249

2249:
	%2250 = phi i32 [ %1770, %2238 ], [ %2245, %2243 ]
	%2251 = phi i32 [ %1771, %2238 ], [ %2248, %2243 ]
	%2252 = add i32 768, %0
	%2253 = and i1 %1275, %1276
	br i1 %2253, label %2254, label %2260

2254:
	%2255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2252
	%2256 = load i32, i32 addrspace(3)* %2255
	%2257 = add i32 %2252, 2048
	%2258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2257
	%2259 = load i32, i32 addrspace(3)* %2258
	br label %2260

2260:
	%2261 = phi i32 [ %1781, %2249 ], [ %2256, %2254 ]
	%2262 = phi i32 [ %1782, %2249 ], [ %2259, %2254 ]
	%2263 = add i32 1024, %0
	%2264 = and i1 %1288, %1289
	br i1 %2264, label %2265, label %2271

2265:
	%2266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2263
	%2267 = load i32, i32 addrspace(3)* %2266
	%2268 = add i32 %2263, 2048
	%2269 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2268
	%2270 = load i32, i32 addrspace(3)* %2269
	br label %2271

2271:
	%2272 = phi i32 [ %1792, %2260 ], [ %2267, %2265 ]
	%2273 = phi i32 [ %1793, %2260 ], [ %2270, %2265 ]
	%2274 = add i32 1280, %0
	%2275 = and i1 %1301, %1302
	br i1 %2275, label %2276, label %2282

2276:
	%2277 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2274
	%2278 = load i32, i32 addrspace(3)* %2277
	%2279 = add i32 %2274, 2048
	%2280 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2279
	%2281 = load i32, i32 addrspace(3)* %2280
	br label %2282

2282:
	%2283 = phi i32 [ %1803, %2271 ], [ %2278, %2276 ]
	%2284 = phi i32 [ %1804, %2271 ], [ %2281, %2276 ]
	%2285 = add i32 1536, %0
	%2286 = and i1 %1314, %1315
	br i1 %2286, label %2287, label %2293

2287:
	%2288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2285
	%2289 = load i32, i32 addrspace(3)* %2288
	%2290 = add i32 %2285, 2048
	%2291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2290
	%2292 = load i32, i32 addrspace(3)* %2291
	br label %2293

2293:
	%2294 = phi i32 [ %1814, %2282 ], [ %2289, %2287 ]
	%2295 = phi i32 [ %1815, %2282 ], [ %2292, %2287 ]
	%2296 = add i32 1792, %0
	%2297 = and i1 %1327, %1328
	br i1 %2297, label %2298, label %2304

2298:
	%2299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2296
	%2300 = load i32, i32 addrspace(3)* %2299
	%2301 = add i32 %2296, 2048
	%2302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2301
	%2303 = load i32, i32 addrspace(3)* %2302
	br label %2304

2304:
	%2305 = phi i32 [ %1825, %2293 ], [ %2300, %2298 ]
	%2306 = phi i32 [ %1826, %2293 ], [ %2303, %2298 ]
	br i1 %1236, label %2307, label %2316

2307:
	%2308 = lshr i32 %2229, 8
	%2309 = and i32 %2308, 15
	%2310 = select i1 %1237, i32 %2309, i32 16
	%2311 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2310)
	%2312 = and i32 %2311, %1234
	%2313 = call i32 @llvm.ctpop.i32(i32 %2312)
	%2314 = icmp eq i32 %2313, 0
	%2315 = and i1 %1237, %2314
	br i1 %2315, label %2318, label %2325

2316:
	%2317 = phi i32 [ 0, %2304 ], [ %2313, %2325 ]
	br i1 %1249, label %2326, label %2335

2318:
	%2319 = call i32 @llvm.ctpop.i32(i32 %2311)
	%2320 = add i32 0, %4
	%2321 = mul i32 %2309, 64
	%2322 = add i32 %2321, %2320
	%2323 = add i32 0, %2322
	%2324 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2323
	store i32 %2319, i32 addrspace(3)* %2324
	br label %2325

2325:
	br label %2316

2326:
	%2327 = lshr i32 %2240, 8
	%2328 = and i32 %2327, 15
	%2329 = select i1 %1250, i32 %2328, i32 16
	%2330 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2329)
	%2331 = and i32 %2330, %1234
	%2332 = call i32 @llvm.ctpop.i32(i32 %2331)
	%2333 = icmp eq i32 %2332, 0
	%2334 = and i1 %1250, %2333
	br i1 %2334, label %2337, label %2344

2335:
	%2336 = phi i32 [ 0, %2316 ], [ %2332, %2344 ]
	br i1 %1262, label %2345, label %2354

2337:
	%2338 = call i32 @llvm.ctpop.i32(i32 %2330)
	%2339 = add i32 8, %4
	%2340 = mul i32 %2328, 64
	%2341 = add i32 %2340, %2339
	%2342 = add i32 0, %2341
	%2343 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2342
	store i32 %2338, i32 addrspace(3)* %2343
	br label %2344

2344:
	br label %2335

2345:
	%2346 = lshr i32 %2251, 8
	%2347 = and i32 %2346, 15
	%2348 = select i1 %1263, i32 %2347, i32 16
	%2349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2348)
	%2350 = and i32 %2349, %1234
	%2351 = call i32 @llvm.ctpop.i32(i32 %2350)
	%2352 = icmp eq i32 %2351, 0
	%2353 = and i1 %1263, %2352
	br i1 %2353, label %2356, label %2363

2354:
	%2355 = phi i32 [ 0, %2335 ], [ %2351, %2363 ]
	br i1 %1275, label %2364, label %2373

2356:
	%2357 = call i32 @llvm.ctpop.i32(i32 %2349)
	%2358 = add i32 16, %4
	%2359 = mul i32 %2347, 64
	%2360 = add i32 %2359, %2358
	%2361 = add i32 0, %2360
	%2362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2361
	store i32 %2357, i32 addrspace(3)* %2362
	br label %2363

2363:
	br label %2354

2364:
	%2365 = lshr i32 %2262, 8
	%2366 = and i32 %2365, 15
	%2367 = select i1 %1276, i32 %2366, i32 16
	%2368 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2367)
	%2369 = and i32 %2368, %1234
	%2370 = call i32 @llvm.ctpop.i32(i32 %2369)
	%2371 = icmp eq i32 %2370, 0
	%2372 = and i1 %1276, %2371
	br i1 %2372, label %2375, label %2382

2373:
	%2374 = phi i32 [ 0, %2354 ], [ %2370, %2382 ]
	br i1 %1288, label %2383, label %2392

2375:
	%2376 = call i32 @llvm.ctpop.i32(i32 %2368)
	%2377 = add i32 24, %4
	%2378 = mul i32 %2366, 64
	%2379 = add i32 %2378, %2377
	%2380 = add i32 0, %2379
	%2381 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2380
	store i32 %2376, i32 addrspace(3)* %2381
	br label %2382

2382:
	br label %2373

2383:
	%2384 = lshr i32 %2273, 8
	%2385 = and i32 %2384, 15
	%2386 = select i1 %1289, i32 %2385, i32 16
	%2387 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2386)
	%2388 = and i32 %2387, %1234
	%2389 = call i32 @llvm.ctpop.i32(i32 %2388)
	%2390 = icmp eq i32 %2389, 0
	%2391 = and i1 %1289, %2390
	br i1 %2391, label %2394, label %2401

2392:
	%2393 = phi i32 [ 0, %2373 ], [ %2389, %2401 ]
	br i1 %1301, label %2402, label %2411

2394:
	%2395 = call i32 @llvm.ctpop.i32(i32 %2387)
	%2396 = add i32 32, %4
	%2397 = mul i32 %2385, 64
	%2398 = add i32 %2397, %2396
	%2399 = add i32 0, %2398
	%2400 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2399
	store i32 %2395, i32 addrspace(3)* %2400
	br label %2401

2401:
	br label %2392

2402:
	%2403 = lshr i32 %2284, 8
	%2404 = and i32 %2403, 15
	%2405 = select i1 %1302, i32 %2404, i32 16
	%2406 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2405)
	%2407 = and i32 %2406, %1234
	%2408 = call i32 @llvm.ctpop.i32(i32 %2407)
	%2409 = icmp eq i32 %2408, 0
	%2410 = and i1 %1302, %2409
	br i1 %2410, label %2413, label %2420

2411:
	%2412 = phi i32 [ 0, %2392 ], [ %2408, %2420 ]
	br i1 %1314, label %2421, label %2430

2413:
	%2414 = call i32 @llvm.ctpop.i32(i32 %2406)
	%2415 = add i32 40, %4
	%2416 = mul i32 %2404, 64
	%2417 = add i32 %2416, %2415
	%2418 = add i32 0, %2417
	%2419 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2418
	store i32 %2414, i32 addrspace(3)* %2419
	br label %2420

2420:
	br label %2411

2421:
	%2422 = lshr i32 %2295, 8
	%2423 = and i32 %2422, 15
	%2424 = select i1 %1315, i32 %2423, i32 16
	%2425 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2424)
	%2426 = and i32 %2425, %1234
	%2427 = call i32 @llvm.ctpop.i32(i32 %2426)
	%2428 = icmp eq i32 %2427, 0
	%2429 = and i1 %1315, %2428
	br i1 %2429, label %2432, label %2439

2430:
	%2431 = phi i32 [ 0, %2411 ], [ %2427, %2439 ]
	br i1 %1327, label %2440, label %2449

2432:
	%2433 = call i32 @llvm.ctpop.i32(i32 %2425)
	%2434 = add i32 48, %4
	%2435 = mul i32 %2423, 64
	%2436 = add i32 %2435, %2434
	%2437 = add i32 0, %2436
	%2438 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2437
	store i32 %2433, i32 addrspace(3)* %2438
	br label %2439

2439:
	br label %2430

2440:
	%2441 = lshr i32 %2306, 8
	%2442 = and i32 %2441, 15
	%2443 = select i1 %1328, i32 %2442, i32 16
	%2444 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2443)
	%2445 = and i32 %2444, %1234
	%2446 = call i32 @llvm.ctpop.i32(i32 %2445)
	%2447 = icmp eq i32 %2446, 0
	%2448 = and i1 %1328, %2447
	br i1 %2448, label %2494, label %2501

2449:
	%2450 = phi i32 [ 0, %2430 ], [ %2446, %2501 ]
	call void @llvm.nvvm.barrier0()
	%2451 = mul i32 %0, 4
	%2452 = add i32 %2451, 0
	%2453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2452
	%2454 = load i32, i32 addrspace(3)* %2453
	%2455 = add i32 0, %2454
	%2456 = mul i32 %0, 4
	%2457 = add i32 %2456, 1
	%2458 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2457
	%2459 = load i32, i32 addrspace(3)* %2458
	%2460 = add i32 %2455, %2459
	%2461 = mul i32 %0, 4
	%2462 = add i32 %2461, 2
	%2463 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2462
	%2464 = load i32, i32 addrspace(3)* %2463
	%2465 = add i32 %2460, %2464
	%2466 = mul i32 %0, 4
	%2467 = add i32 %2466, 3
	%2468 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2467
	%2469 = load i32, i32 addrspace(3)* %2468
	%2470 = add i32 %2465, %2469
	%2471 = and i32 %0, 31
	%2472 = lshr i32 %0, 5
	%2473 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2470, i32 1, i32 0)
	%2474 = icmp uge i32 %2471, 1
	%2475 = select i1 %2474, i32 %2473, i32 0
	%2476 = add i32 %2470, %2475
	%2477 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2476, i32 2, i32 0)
	%2478 = icmp uge i32 %2471, 2
	%2479 = select i1 %2478, i32 %2477, i32 0
	%2480 = add i32 %2476, %2479
	%2481 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2480, i32 4, i32 0)
	%2482 = icmp uge i32 %2471, 4
	%2483 = select i1 %2482, i32 %2481, i32 0
	%2484 = add i32 %2480, %2483
	%2485 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2484, i32 8, i32 0)
	%2486 = icmp uge i32 %2471, 8
	%2487 = select i1 %2486, i32 %2485, i32 0
	%2488 = add i32 %2484, %2487
	%2489 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2488, i32 16, i32 0)
	%2490 = icmp uge i32 %2471, 16
	%2491 = select i1 %2490, i32 %2489, i32 0
	%2492 = add i32 %2488, %2491
	%2493 = icmp eq i32 %2471, 31
	br i1 %2493, label %2502, label %2504

2494:
	%2495 = call i32 @llvm.ctpop.i32(i32 %2444)
	%2496 = add i32 56, %4
	%2497 = mul i32 %2442, 64
	%2498 = add i32 %2497, %2496
	%2499 = add i32 0, %2498
	%2500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2499
	store i32 %2495, i32 addrspace(3)* %2500
	br label %2501

2501:
	br label %2449

2502:
	%2503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2472
	store i32 %2492, i32 addrspace(3)* %2503
	br label %2504

2504:
	call void @llvm.nvvm.barrier0()
	%2505 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2506 = load i32, i32 addrspace(3)* %2505
	%2507 = icmp sgt i32 %2472, 0
	%2508 = select i1 %2507, i32 %2506, i32 0
	%2509 = add i32 0, %2508
	%2510 = add i32 0, %2506
	%2511 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2512 = load i32, i32 addrspace(3)* %2511
	%2513 = icmp sgt i32 %2472, 1
	%2514 = select i1 %2513, i32 %2512, i32 0
	%2515 = add i32 %2509, %2514
	%2516 = add i32 %2510, %2512
	%2517 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2518 = load i32, i32 addrspace(3)* %2517
	%2519 = icmp sgt i32 %2472, 2
	%2520 = select i1 %2519, i32 %2518, i32 0
	%2521 = add i32 %2515, %2520
	%2522 = add i32 %2516, %2518
	%2523 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2524 = load i32, i32 addrspace(3)* %2523
	%2525 = icmp sgt i32 %2472, 3
	%2526 = select i1 %2525, i32 %2524, i32 0
	%2527 = add i32 %2521, %2526
	%2528 = add i32 %2522, %2524
	%2529 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2530 = load i32, i32 addrspace(3)* %2529
	%2531 = icmp sgt i32 %2472, 4
	%2532 = select i1 %2531, i32 %2530, i32 0
	%2533 = add i32 %2527, %2532
	%2534 = add i32 %2528, %2530
	%2535 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2536 = load i32, i32 addrspace(3)* %2535
	%2537 = icmp sgt i32 %2472, 5
	%2538 = select i1 %2537, i32 %2536, i32 0
	%2539 = add i32 %2533, %2538
	%2540 = add i32 %2534, %2536
	%2541 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2542 = load i32, i32 addrspace(3)* %2541
	%2543 = icmp sgt i32 %2472, 6
	%2544 = select i1 %2543, i32 %2542, i32 0
	%2545 = add i32 %2539, %2544
	%2546 = add i32 %2540, %2542
	%2547 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2548 = load i32, i32 addrspace(3)* %2547
	%2549 = icmp sgt i32 %2472, 7
	%2550 = select i1 %2549, i32 %2548, i32 0
	%2551 = add i32 %2545, %2550
	%2552 = add i32 %2546, %2548
	%2553 = add i32 %2551, %2492
	%2554 = sub i32 %2553, %2470
	%2555 = mul i32 %0, 4
	%2556 = add i32 %2555, 0
	%2557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2556
	store i32 %2554, i32 addrspace(3)* %2557
	%2558 = add i32 %2554, %2454
	%2559 = mul i32 %0, 4
	%2560 = add i32 %2559, 1
	%2561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2560
	store i32 %2558, i32 addrspace(3)* %2561
	%2562 = add i32 %2558, %2459
	%2563 = mul i32 %0, 4
	%2564 = add i32 %2563, 2
	%2565 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2564
	store i32 %2562, i32 addrspace(3)* %2565
	%2566 = add i32 %2562, %2464
	%2567 = mul i32 %0, 4
	%2568 = add i32 %2567, 3
	%2569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2568
	store i32 %2566, i32 addrspace(3)* %2569
	%2570 = add i32 %2566, %2469
	%2571 = add i32 %0, 1024
	%2572 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2571
	store i32 0, i32 addrspace(3)* %2572
	%2573 = add i32 %0, 1280
	%2574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2573
	store i32 0, i32 addrspace(3)* %2574
	%2575 = add i32 %0, 1536
	%2576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2575
	store i32 0, i32 addrspace(3)* %2576
	%2577 = add i32 %0, 1792
	%2578 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2577
	store i32 0, i32 addrspace(3)* %2578
	call void @llvm.nvvm.barrier0()
	%2579 = and i1 %1236, %1237
	br i1 %2579, label %2580, label %2593

2580:
	%2581 = lshr i32 %2229, 8
	%2582 = and i32 %2581, 15
	%2583 = add i32 0, %4
	%2584 = mul i32 %2582, 64
	%2585 = add i32 %2584, %2583
	%2586 = add i32 0, %2585
	%2587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2586
	%2588 = load i32, i32 addrspace(3)* %2587
	%2589 = add i32 %2588, %2317
	%2590 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2589
	store i32 %2228, i32 addrspace(3)* %2590
	%2591 = add i32 %2589, 2048
	%2592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2591
	store i32 %2229, i32 addrspace(3)* %2592
	br label %2593

2593:
	%2594 = and i1 %1249, %1250
	br i1 %2594, label %2595, label %2608

2595:
	%2596 = lshr i32 %2240, 8
	%2597 = and i32 %2596, 15
	%2598 = add i32 8, %4
	%2599 = mul i32 %2597, 64
	%2600 = add i32 %2599, %2598
	%2601 = add i32 0, %2600
	%2602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2601
	%2603 = load i32, i32 addrspace(3)* %2602
	%2604 = add i32 %2603, %2336
	%2605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2604
	store i32 %2239, i32 addrspace(3)* %2605
	%2606 = add i32 %2604, 2048
	%2607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2606
	store i32 %2240, i32 addrspace(3)* %2607
	br label %2608

2608:
	%2609 = and i1 %1262, %1263
	br i1 %2609, label %2610, label %2623

2610:
	%2611 = lshr i32 %2251, 8
	%2612 = and i32 %2611, 15
	%2613 = add i32 16, %4
	%2614 = mul i32 %2612, 64
	%2615 = add i32 %2614, %2613
	%2616 = add i32 0, %2615
	%2617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2616
	%2618 = load i32, i32 addrspace(3)* %2617
	%2619 = add i32 %2618, %2355
	%2620 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2619
	store i32 %2250, i32 addrspace(3)* %2620
	%2621 = add i32 %2619, 2048
	%2622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2621
	store i32 %2251, i32 addrspace(3)* %2622
	br label %2623

2623:
	%2624 = and i1 %1275, %1276
	br i1 %2624, label %2625, label %2638

2625:
	%2626 = lshr i32 %2262, 8
	%2627 = and i32 %2626, 15
	%2628 = add i32 24, %4
	%2629 = mul i32 %2627, 64
	%2630 = add i32 %2629, %2628
	%2631 = add i32 0, %2630
	%2632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2631
	%2633 = load i32, i32 addrspace(3)* %2632
	%2634 = add i32 %2633, %2374
	%2635 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2634
	store i32 %2261, i32 addrspace(3)* %2635
	%2636 = add i32 %2634, 2048
	%2637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2636
	store i32 %2262, i32 addrspace(3)* %2637
	br label %2638

2638:
	%2639 = and i1 %1288, %1289
	br i1 %2639, label %2640, label %2653

2640:
	%2641 = lshr i32 %2273, 8
	%2642 = and i32 %2641, 15
	%2643 = add i32 32, %4
	%2644 = mul i32 %2642, 64
	%2645 = add i32 %2644, %2643
	%2646 = add i32 0, %2645
	%2647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2646
	%2648 = load i32, i32 addrspace(3)* %2647
	%2649 = add i32 %2648, %2393
	%2650 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2649
	store i32 %2272, i32 addrspace(3)* %2650
	%2651 = add i32 %2649, 2048
	%2652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2651
	store i32 %2273, i32 addrspace(3)* %2652
	br label %2653

2653:
	%2654 = and i1 %1301, %1302
	br i1 %2654, label %2655, label %2668

2655:
	%2656 = lshr i32 %2284, 8
	%2657 = and i32 %2656, 15
	%2658 = add i32 40, %4
	%2659 = mul i32 %2657, 64
	%2660 = add i32 %2659, %2658
	%2661 = add i32 0, %2660
	%2662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2661
	%2663 = load i32, i32 addrspace(3)* %2662
	%2664 = add i32 %2663, %2412
	%2665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2664
	store i32 %2283, i32 addrspace(3)* %2665
	%2666 = add i32 %2664, 2048
	%2667 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2666
	store i32 %2284, i32 addrspace(3)* %2667
	br label %2668

2668:
	%2669 = and i1 %1314, %1315
	br i1 %2669, label %2670, label %2683

2670:
	%2671 = lshr i32 %2295, 8
	%2672 = and i32 %2671, 15
	%2673 = add i32 48, %4
	%2674 = mul i32 %2672, 64
	%2675 = add i32 %2674, %2673
	%2676 = add i32 0, %2675
	%2677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2676
	%2678 = load i32, i32 addrspace(3)* %2677
	%2679 = add i32 %2678, %2431
	%2680 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2679
	store i32 %2294, i32 addrspace(3)* %2680
	%2681 = add i32 %2679, 2048
	%2682 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2681
	store i32 %2295, i32 addrspace(3)* %2682
	br label %2683

2683:
	%2684 = and i1 %1327, %1328
	br i1 %2684, label %2685, label %2698

2685:
	%2686 = lshr i32 %2306, 8
	%2687 = and i32 %2686, 15
	%2688 = add i32 56, %4
	%2689 = mul i32 %2687, 64
	%2690 = add i32 %2689, %2688
	%2691 = add i32 0, %2690
	%2692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2691
	%2693 = load i32, i32 addrspace(3)* %2692
	%2694 = add i32 %2693, %2450
	%2695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2694
	store i32 %2305, i32 addrspace(3)* %2695
	%2696 = add i32 %2694, 2048
	%2697 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2696
	store i32 %2306, i32 addrspace(3)* %2697
	br label %2698

2698:
	call void @llvm.nvvm.barrier0()
	%2699 = add i32 0, %0
	%2700 = and i1 %1236, %1237
	br i1 %2700, label %2701, label %2707

2701:
	%2702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2699
	%2703 = load i32, i32 addrspace(3)* %2702
	%2704 = add i32 %2699, 2048
	%2705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2704
	%2706 = load i32, i32 addrspace(3)* %2705
	br label %2707

2707:
	%2708 = phi i32 [ %2228, %2698 ], [ %2703, %2701 ]
	%2709 = phi i32 [ %2229, %2698 ], [ %2706, %2701 ]
	%2710 = add i32 256, %0
	%2711 = and i1 %1249, %1250
	br i1 %2711, label %2712, label %2718

2712:
	%2713 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2710
	%2714 = load i32, i32 addrspace(3)* %2713
	%2715 = add i32 %2710, 2048
	%2716 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2715
	%2717 = load i32, i32 addrspace(3)* %2716
	br label %2718

2718:
	%2719 = phi i32 [ %2239, %2707 ], [ %2714, %2712 ]
	%2720 = phi i32 [ %2240, %2707 ], [ %2717, %2712 ]
	%2721 = add i32 512, %0
	%2722 = and i1 %1262, %1263
	br i1 %2722, label %2723, label %2729

2723:
	%2724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2721
	%2725 = load i32, i32 addrspace(3)* %2724
	%2726 = add i32 %2721, 2048
	%2727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2726
	%2728 = load i32, i32 addrspace(3)* %2727
	br label %2729

2729:
	%2730 = phi i32 [ %2250, %2718 ], [ %2725, %2723 ]
	%2731 = phi i32 [ %2251, %2718 ], [ %2728, %2723 ]
	%2732 = add i32 768, %0
	%2733 = and i1 %1275, %1276
	br i1 %2733, label %2734, label %2740

2734:
	%2735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2732
	%2736 = load i32, i32 addrspace(3)* %2735
	%2737 = add i32 %2732, 2048
	%2738 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2737
	%2739 = load i32, i32 addrspace(3)* %2738
	br label %2740

2740:
	%2741 = phi i32 [ %2261, %2729 ], [ %2736, %2734 ]
	%2742 = phi i32 [ %2262, %2729 ], [ %2739, %2734 ]
	%2743 = add i32 1024, %0
	%2744 = and i1 %1288, %1289
	br i1 %2744, label %2745, label %2751

2745:
	%2746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2743
	%2747 = load i32, i32 addrspace(3)* %2746
	%2748 = add i32 %2743, 2048
	%2749 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2748
	%2750 = load i32, i32 addrspace(3)* %2749
	br label %2751

2751:
	%2752 = phi i32 [ %2272, %2740 ], [ %2747, %2745 ]
	%2753 = phi i32 [ %2273, %2740 ], [ %2750, %2745 ]
	%2754 = add i32 1280, %0
	%2755 = and i1 %1301, %1302
	br i1 %2755, label %2756, label %2762

2756:
	%2757 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2754
	%2758 = load i32, i32 addrspace(3)* %2757
	%2759 = add i32 %2754, 2048
	%2760 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2759
	%2761 = load i32, i32 addrspace(3)* %2760
	br label %2762

2762:
	%2763 = phi i32 [ %2283, %2751 ], [ %2758, %2756 ]
	%2764 = phi i32 [ %2284, %2751 ], [ %2761, %2756 ]
	%2765 = add i32 1536, %0
	%2766 = and i1 %1314, %1315
	br i1 %2766, label %2767, label %2773

2767:
	%2768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2765
	%2769 = load i32, i32 addrspace(3)* %2768
	%2770 = add i32 %2765, 2048
	%2771 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2770
	%2772 = load i32, i32 addrspace(3)* %2771
	br label %2773

2773:
	%2774 = phi i32 [ %2294, %2762 ], [ %2769, %2767 ]
	%2775 = phi i32 [ %2295, %2762 ], [ %2772, %2767 ]
	%2776 = add i32 1792, %0
	%2777 = and i1 %1327, %1328
	br i1 %2777, label %2778, label %2784

2778:
	%2779 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2776
	%2780 = load i32, i32 addrspace(3)* %2779
	%2781 = add i32 %2776, 2048
	%2782 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2781
	%2783 = load i32, i32 addrspace(3)* %2782
	br label %2784

2784:
	%2785 = phi i32 [ %2305, %2773 ], [ %2780, %2778 ]
	%2786 = phi i32 [ %2306, %2773 ], [ %2783, %2778 ]
	br i1 %1236, label %2787, label %2796

2787:
	%2788 = lshr i32 %2709, 12
	%2789 = and i32 %2788, 15
	%2790 = select i1 %1237, i32 %2789, i32 16
	%2791 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2790)
	%2792 = and i32 %2791, %1234
	%2793 = call i32 @llvm.ctpop.i32(i32 %2792)
	%2794 = icmp eq i32 %2793, 0
	%2795 = and i1 %1237, %2794
	br i1 %2795, label %2798, label %2805

2796:
	%2797 = phi i32 [ 0, %2784 ], [ %2793, %2805 ]
	br i1 %1249, label %2806, label %2815

2798:
	%2799 = call i32 @llvm.ctpop.i32(i32 %2791)
	%2800 = add i32 0, %4
	%2801 = mul i32 %2789, 64
	%2802 = add i32 %2801, %2800
	%2803 = add i32 1024, %2802
	%2804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2803
	store i32 %2799, i32 addrspace(3)* %2804
	br label %2805

2805:
	br label %2796

2806:
	%2807 = lshr i32 %2720, 12
	%2808 = and i32 %2807, 15
	%2809 = select i1 %1250, i32 %2808, i32 16
	%2810 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2809)
	%2811 = and i32 %2810, %1234
	%2812 = call i32 @llvm.ctpop.i32(i32 %2811)
	%2813 = icmp eq i32 %2812, 0
	%2814 = and i1 %1250, %2813
	br i1 %2814, label %2817, label %2824

2815:
	%2816 = phi i32 [ 0, %2796 ], [ %2812, %2824 ]
	br i1 %1262, label %2825, label %2834

2817:
	%2818 = call i32 @llvm.ctpop.i32(i32 %2810)
	%2819 = add i32 8, %4
	%2820 = mul i32 %2808, 64
	%2821 = add i32 %2820, %2819
	%2822 = add i32 1024, %2821
	%2823 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2822
	store i32 %2818, i32 addrspace(3)* %2823
	br label %2824

2824:
	br label %2815

2825:
	%2826 = lshr i32 %2731, 12
	%2827 = and i32 %2826, 15
	%2828 = select i1 %1263, i32 %2827, i32 16
	%2829 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2828)
	%2830 = and i32 %2829, %1234
	%2831 = call i32 @llvm.ctpop.i32(i32 %2830)
	%2832 = icmp eq i32 %2831, 0
	%2833 = and i1 %1263, %2832
	br i1 %2833, label %2836, label %2843

2834:
	%2835 = phi i32 [ 0, %2815 ], [ %2831, %2843 ]
	br i1 %1275, label %2844, label %2853

2836:
	%2837 = call i32 @llvm.ctpop.i32(i32 %2829)
	%2838 = add i32 16, %4
	%2839 = mul i32 %2827, 64
	%2840 = add i32 %2839, %2838
	%2841 = add i32 1024, %2840
	%2842 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2841
	store i32 %2837, i32 addrspace(3)* %2842
	br label %2843

2843:
	br label %2834

2844:
	%2845 = lshr i32 %2742, 12
	%2846 = and i32 %2845, 15
	%2847 = select i1 %1276, i32 %2846, i32 16
	%2848 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2847)
	%2849 = and i32 %2848, %1234
	%2850 = call i32 @llvm.ctpop.i32(i32 %2849)
	%2851 = icmp eq i32 %2850, 0
	%2852 = and i1 %1276, %2851
	br i1 %2852, label %2855, label %2862

2853:
	%2854 = phi i32 [ 0, %2834 ], [ %2850, %2862 ]
	br i1 %1288, label %2863, label %2872

2855:
	%2856 = call i32 @llvm.ctpop.i32(i32 %2848)
	%2857 = add i32 24, %4
	%2858 = mul i32 %2846, 64
	%2859 = add i32 %2858, %2857
	%2860 = add i32 1024, %2859
	%2861 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2860
	store i32 %2856, i32 addrspace(3)* %2861
	br label %2862

2862:
	br label %2853

2863:
	%2864 = lshr i32 %2753, 12
	%2865 = and i32 %2864, 15
	%2866 = select i1 %1289, i32 %2865, i32 16
	%2867 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2866)
	%2868 = and i32 %2867, %1234
	%2869 = call i32 @llvm.ctpop.i32(i32 %2868)
	%2870 = icmp eq i32 %2869, 0
	%2871 = and i1 %1289, %2870
	br i1 %2871, label %2874, label %2881

2872:
	%2873 = phi i32 [ 0, %2853 ], [ %2869, %2881 ]
	br i1 %1301, label %2882, label %2891

2874:
	%2875 = call i32 @llvm.ctpop.i32(i32 %2867)
	%2876 = add i32 32, %4
	%2877 = mul i32 %2865, 64
	%2878 = add i32 %2877, %2876
	%2879 = add i32 1024, %2878
	%2880 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2879
	store i32 %2875, i32 addrspace(3)* %2880
	br label %2881

2881:
	br label %2872

2882:
	%2883 = lshr i32 %2764, 12
	%2884 = and i32 %2883, 15
	%2885 = select i1 %1302, i32 %2884, i32 16
	%2886 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2885)
	%2887 = and i32 %2886, %1234
	%2888 = call i32 @llvm.ctpop.i32(i32 %2887)
	%2889 = icmp eq i32 %2888, 0
	%2890 = and i1 %1302, %2889
	br i1 %2890, label %2893, label %2900

2891:
	%2892 = phi i32 [ 0, %2872 ], [ %2888, %2900 ]
	br i1 %1314, label %2901, label %2910

2893:
	%2894 = call i32 @llvm.ctpop.i32(i32 %2886)
	%2895 = add i32 40, %4
	%2896 = mul i32 %2884, 64
	%2897 = add i32 %2896, %2895
	%2898 = add i32 1024, %2897
	%2899 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2898
	store i32 %2894, i32 addrspace(3)* %2899
	br label %2900

2900:
	br label %2891

2901:
	%2902 = lshr i32 %2775, 12
	%2903 = and i32 %2902, 15
	%2904 = select i1 %1315, i32 %2903, i32 16
	%2905 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2904)
	%2906 = and i32 %2905, %1234
	%2907 = call i32 @llvm.ctpop.i32(i32 %2906)
	%2908 = icmp eq i32 %2907, 0
	%2909 = and i1 %1315, %2908
	br i1 %2909, label %2912, label %2919

2910:
	%2911 = phi i32 [ 0, %2891 ], [ %2907, %2919 ]
	br i1 %1327, label %2920, label %2929

2912:
	%2913 = call i32 @llvm.ctpop.i32(i32 %2905)
	%2914 = add i32 48, %4
	%2915 = mul i32 %2903, 64
	%2916 = add i32 %2915, %2914
	%2917 = add i32 1024, %2916
	%2918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2917
	store i32 %2913, i32 addrspace(3)* %2918
	br label %2919

2919:
	br label %2910

2920:
	%2921 = lshr i32 %2786, 12
	%2922 = and i32 %2921, 15
	%2923 = select i1 %1328, i32 %2922, i32 16
	%2924 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2923)
	%2925 = and i32 %2924, %1234
	%2926 = call i32 @llvm.ctpop.i32(i32 %2925)
	%2927 = icmp eq i32 %2926, 0
	%2928 = and i1 %1328, %2927
	br i1 %2928, label %2974, label %2981

2929:
	%2930 = phi i32 [ 0, %2910 ], [ %2926, %2981 ]
	call void @llvm.nvvm.barrier0()
	%2931 = mul i32 %0, 4
	%2932 = add i32 %2931, 1024
	%2933 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2932
	%2934 = load i32, i32 addrspace(3)* %2933
	%2935 = add i32 0, %2934
	%2936 = mul i32 %0, 4
	%2937 = add i32 %2936, 1025
	%2938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2937
	%2939 = load i32, i32 addrspace(3)* %2938
	%2940 = add i32 %2935, %2939
	%2941 = mul i32 %0, 4
	%2942 = add i32 %2941, 1026
	%2943 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2942
	%2944 = load i32, i32 addrspace(3)* %2943
	%2945 = add i32 %2940, %2944
	%2946 = mul i32 %0, 4
	%2947 = add i32 %2946, 1027
	%2948 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2947
	%2949 = load i32, i32 addrspace(3)* %2948
	%2950 = add i32 %2945, %2949
	%2951 = and i32 %0, 31
	%2952 = lshr i32 %0, 5
	%2953 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2950, i32 1, i32 0)
	%2954 = icmp uge i32 %2951, 1
	%2955 = select i1 %2954, i32 %2953, i32 0
	%2956 = add i32 %2950, %2955
	%2957 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2956, i32 2, i32 0)
	%2958 = icmp uge i32 %2951, 2
	%2959 = select i1 %2958, i32 %2957, i32 0
	%2960 = add i32 %2956, %2959
	%2961 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2960, i32 4, i32 0)
	%2962 = icmp uge i32 %2951, 4
	%2963 = select i1 %2962, i32 %2961, i32 0
	%2964 = add i32 %2960, %2963
	%2965 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2964, i32 8, i32 0)
	%2966 = icmp uge i32 %2951, 8
	%2967 = select i1 %2966, i32 %2965, i32 0
	%2968 = add i32 %2964, %2967
	%2969 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2968, i32 16, i32 0)
	%2970 = icmp uge i32 %2951, 16
	%2971 = select i1 %2970, i32 %2969, i32 0
	%2972 = add i32 %2968, %2971
	%2973 = icmp eq i32 %2951, 31
	br i1 %2973, label %2982, label %2984

2974:
	%2975 = call i32 @llvm.ctpop.i32(i32 %2924)
	%2976 = add i32 56, %4
	%2977 = mul i32 %2922, 64
	%2978 = add i32 %2977, %2976
	%2979 = add i32 1024, %2978
	%2980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2979
	store i32 %2975, i32 addrspace(3)* %2980
	br label %2981

2981:
	br label %2929

2982:
	%2983 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2952
	store i32 %2972, i32 addrspace(3)* %2983
	br label %2984

2984:
	call void @llvm.nvvm.barrier0()
	%2985 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2986 = load i32, i32 addrspace(3)* %2985
	%2987 = icmp sgt i32 %2952, 0
	%2988 = select i1 %2987, i32 %2986, i32 0
	%2989 = add i32 0, %2988
	%2990 = add i32 0, %2986
	%2991 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2992 = load i32, i32 addrspace(3)* %2991
	%2993 = icmp sgt i32 %2952, 1
	%2994 = select i1 %2993, i32 %2992, i32 0
	%2995 = add i32 %2989, %2994
	%2996 = add i32 %2990, %2992
	%2997 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2998 = load i32, i32 addrspace(3)* %2997
	%2999 = icmp sgt i32 %2952, 2
	%3000 = select i1 %2999, i32 %2998, i32 0
	%3001 = add i32 %2995, %3000
	%3002 = add i32 %2996, %2998
	%3003 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3004 = load i32, i32 addrspace(3)* %3003
	%3005 = icmp sgt i32 %2952, 3
	%3006 = select i1 %3005, i32 %3004, i32 0
	%3007 = add i32 %3001, %3006
	%3008 = add i32 %3002, %3004
	%3009 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3010 = load i32, i32 addrspace(3)* %3009
	%3011 = icmp sgt i32 %2952, 4
	%3012 = select i1 %3011, i32 %3010, i32 0
	%3013 = add i32 %3007, %3012
	%3014 = add i32 %3008, %3010
	%3015 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3016 = load i32, i32 addrspace(3)* %3015
	%3017 = icmp sgt i32 %2952, 5
	%3018 = select i1 %3017, i32 %3016, i32 0
	%3019 = add i32 %3013, %3018
	%3020 = add i32 %3014, %3016
	%3021 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3022 = load i32, i32 addrspace(3)* %3021
	%3023 = icmp sgt i32 %2952, 6
	%3024 = select i1 %3023, i32 %3022, i32 0
	%3025 = add i32 %3019, %3024
	%3026 = add i32 %3020, %3022
	%3027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3028 = load i32, i32 addrspace(3)* %3027
	%3029 = icmp sgt i32 %2952, 7
	%3030 = select i1 %3029, i32 %3028, i32 0
	%3031 = add i32 %3025, %3030
	%3032 = add i32 %3026, %3028
	%3033 = add i32 %3031, %2972
	%3034 = sub i32 %3033, %2950
	%3035 = mul i32 %0, 4
	%3036 = add i32 %3035, 1024
	%3037 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3036
	store i32 %3034, i32 addrspace(3)* %3037
	%3038 = add i32 %3034, %2934
	%3039 = mul i32 %0, 4
	%3040 = add i32 %3039, 1025
	%3041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3040
	store i32 %3038, i32 addrspace(3)* %3041
	%3042 = add i32 %3038, %2939
	%3043 = mul i32 %0, 4
	%3044 = add i32 %3043, 1026
	%3045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3044
	store i32 %3042, i32 addrspace(3)* %3045
	%3046 = add i32 %3042, %2944
	%3047 = mul i32 %0, 4
	%3048 = add i32 %3047, 1027
	%3049 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3048
	store i32 %3046, i32 addrspace(3)* %3049
	%3050 = add i32 %3046, %2949
	%3051 = add i32 %0, 0
	%3052 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3051
	store i32 0, i32 addrspace(3)* %3052
	%3053 = add i32 %0, 256
	%3054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3053
	store i32 0, i32 addrspace(3)* %3054
	%3055 = add i32 %0, 512
	%3056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3055
	store i32 0, i32 addrspace(3)* %3056
	%3057 = add i32 %0, 768
	%3058 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3057
	store i32 0, i32 addrspace(3)* %3058
	call void @llvm.nvvm.barrier0()
	%3059 = and i1 %1236, %1237
	br i1 %3059, label %3060, label %3073

3060:
	%3061 = lshr i32 %2709, 12
	%3062 = and i32 %3061, 15
	%3063 = add i32 0, %4
	%3064 = mul i32 %3062, 64
	%3065 = add i32 %3064, %3063
	%3066 = add i32 1024, %3065
	%3067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3066
	%3068 = load i32, i32 addrspace(3)* %3067
	%3069 = add i32 %3068, %2797
	%3070 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3069
	store i32 %2708, i32 addrspace(3)* %3070
	%3071 = add i32 %3069, 2048
	%3072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3071
	store i32 %2709, i32 addrspace(3)* %3072
	br label %3073

3073:
	%3074 = and i1 %1249, %1250
	br i1 %3074, label %3075, label %3088

3075:
	%3076 = lshr i32 %2720, 12
	%3077 = and i32 %3076, 15
	%3078 = add i32 8, %4
	%3079 = mul i32 %3077, 64
	%3080 = add i32 %3079, %3078
	%3081 = add i32 1024, %3080
	%3082 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3081
	%3083 = load i32, i32 addrspace(3)* %3082
	%3084 = add i32 %3083, %2816
	%3085 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3084
	store i32 %2719, i32 addrspace(3)* %3085
	%3086 = add i32 %3084, 2048
	%3087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3086
	store i32 %2720, i32 addrspace(3)* %3087
	br label %3088

3088:
	%3089 = and i1 %1262, %1263
	br i1 %3089, label %3090, label %3103

3090:
	%3091 = lshr i32 %2731, 12
	%3092 = and i32 %3091, 15
	%3093 = add i32 16, %4
	%3094 = mul i32 %3092, 64
	%3095 = add i32 %3094, %3093
	%3096 = add i32 1024, %3095
	%3097 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3096
	%3098 = load i32, i32 addrspace(3)* %3097
	%3099 = add i32 %3098, %2835
	%3100 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3099
	store i32 %2730, i32 addrspace(3)* %3100
	%3101 = add i32 %3099, 2048
	%3102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3101
	store i32 %2731, i32 addrspace(3)* %3102
	br label %3103

3103:
	%3104 = and i1 %1275, %1276
	br i1 %3104, label %3105, label %3118

3105:
	%3106 = lshr i32 %2742, 12
	%3107 = and i32 %3106, 15
	%3108 = add i32 24, %4
	%3109 = mul i32 %3107, 64
	%3110 = add i32 %3109, %3108
	%3111 = add i32 1024, %3110
	%3112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3111
	%3113 = load i32, i32 addrspace(3)* %3112
	%3114 = add i32 %3113, %2854
	%3115 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3114
	store i32 %2741, i32 addrspace(3)* %3115
	%3116 = add i32 %3114, 2048
	%3117 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3116
	store i32 %2742, i32 addrspace(3)* %3117
	br label %3118

3118:
	%3119 = and i1 %1288, %1289
	br i1 %3119, label %3120, label %3133

3120:
	%3121 = lshr i32 %2753, 12
	%3122 = and i32 %3121, 15
	%3123 = add i32 32, %4
	%3124 = mul i32 %3122, 64
	%3125 = add i32 %3124, %3123
	%3126 = add i32 1024, %3125
	%3127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3126
	%3128 = load i32, i32 addrspace(3)* %3127
	%3129 = add i32 %3128, %2873
	%3130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3129
	store i32 %2752, i32 addrspace(3)* %3130
	%3131 = add i32 %3129, 2048
	%3132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3131
	store i32 %2753, i32 addrspace(3)* %3132
	br label %3133

3133:
	%3134 = and i1 %1301, %1302
	br i1 %3134, label %3135, label %3148

3135:
	%3136 = lshr i32 %2764, 12
	%3137 = and i32 %3136, 15
	%3138 = add i32 40, %4
	%3139 = mul i32 %3137, 64
	%3140 = add i32 %3139, %3138
	%3141 = add i32 1024, %3140
	%3142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3141
	%3143 = load i32, i32 addrspace(3)* %3142
	%3144 = add i32 %3143, %2892
	%3145 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3144
	store i32 %2763, i32 addrspace(3)* %3145
	%3146 = add i32 %3144, 2048
	%3147 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3146
	store i32 %2764, i32 addrspace(3)* %3147
	br label %3148

3148:
	%3149 = and i1 %1314, %1315
	br i1 %3149, label %3150, label %3163

3150:
	%3151 = lshr i32 %2775, 12
	%3152 = and i32 %3151, 15
	%3153 = add i32 48, %4
	%3154 = mul i32 %3152, 64
	%3155 = add i32 %3154, %3153
	%3156 = add i32 1024, %3155
	%3157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3156
	%3158 = load i32, i32 addrspace(3)* %3157
	%3159 = add i32 %3158, %2911
	%3160 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3159
	store i32 %2774, i32 addrspace(3)* %3160
	%3161 = add i32 %3159, 2048
	%3162 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3161
	store i32 %2775, i32 addrspace(3)* %3162
	br label %3163

3163:
	%3164 = and i1 %1327, %1328
	br i1 %3164, label %3165, label %3178

3165:
	%3166 = lshr i32 %2786, 12
	%3167 = and i32 %3166, 15
	%3168 = add i32 56, %4
	%3169 = mul i32 %3167, 64
	%3170 = add i32 %3169, %3168
	%3171 = add i32 1024, %3170
	%3172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3171
	%3173 = load i32, i32 addrspace(3)* %3172
	%3174 = add i32 %3173, %2930
	%3175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3174
	store i32 %2785, i32 addrspace(3)* %3175
	%3176 = add i32 %3174, 2048
	%3177 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3176
	store i32 %2786, i32 addrspace(3)* %3177
	br label %3178

3178:
	call void @llvm.nvvm.barrier0()
	%3179 = add i32 0, %0
	%3180 = and i1 %1236, %1237
	br i1 %3180, label %3181, label %3187

3181:
	%3182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3179
	%3183 = load i32, i32 addrspace(3)* %3182
	%3184 = add i32 %3179, 2048
	%3185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3184
	%3186 = load i32, i32 addrspace(3)* %3185
	br label %3187

3187:
	%3188 = phi i32 [ %2708, %3178 ], [ %3183, %3181 ]
	%3189 = phi i32 [ %2709, %3178 ], [ %3186, %3181 ]
	%3190 = add i32 256, %0
	%3191 = and i1 %1249, %1250
	br i1 %3191, label %3192, label %3198

3192:
	%3193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3190
	%3194 = load i32, i32 addrspace(3)* %3193
	%3195 = add i32 %3190, 2048
	%3196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3195
	%3197 = load i32, i32 addrspace(3)* %3196
	br label %3198

3198:
	%3199 = phi i32 [ %2719, %3187 ], [ %3194, %3192 ]
	%3200 = phi i32 [ %2720, %3187 ], [ %3197, %3192 ]
	%3201 = add i32 512, %0
	%3202 = and i1 %1262, %1263
	br i1 %3202, label %3203, label %3209

3203:
	%3204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3201
	%3205 = load i32, i32 addrspace(3)* %3204
	%3206 = add i32 %3201, 2048
	%3207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3206
	%3208 = load i32, i32 addrspace(3)* %3207
	br label %3209

3209:
	%3210 = phi i32 [ %2730, %3198 ], [ %3205, %3203 ]
	%3211 = phi i32 [ %2731, %3198 ], [ %3208, %3203 ]
	%3212 = add i32 768, %0
	%3213 = and i1 %1275, %1276
	br i1 %3213, label %3214, label %3220

3214:
	%3215 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3212
	%3216 = load i32, i32 addrspace(3)* %3215
	%3217 = add i32 %3212, 2048
	%3218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3217
	%3219 = load i32, i32 addrspace(3)* %3218
	br label %3220

3220:
	%3221 = phi i32 [ %2741, %3209 ], [ %3216, %3214 ]
	%3222 = phi i32 [ %2742, %3209 ], [ %3219, %3214 ]
	%3223 = add i32 1024, %0
	%3224 = and i1 %1288, %1289
	br i1 %3224, label %3225, label %3231

3225:
	%3226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3223
	%3227 = load i32, i32 addrspace(3)* %3226
	%3228 = add i32 %3223, 2048
	%3229 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3228
	%3230 = load i32, i32 addrspace(3)* %3229
	br label %3231

3231:
	%3232 = phi i32 [ %2752, %3220 ], [ %3227, %3225 ]
	%3233 = phi i32 [ %2753, %3220 ], [ %3230, %3225 ]
	%3234 = add i32 1280, %0
	%3235 = and i1 %1301, %1302
	br i1 %3235, label %3236, label %3242

3236:
	%3237 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3234
	%3238 = load i32, i32 addrspace(3)* %3237
	%3239 = add i32 %3234, 2048
	%3240 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3239
	%3241 = load i32, i32 addrspace(3)* %3240
	br label %3242

3242:
	%3243 = phi i32 [ %2763, %3231 ], [ %3238, %3236 ]
	%3244 = phi i32 [ %2764, %3231 ], [ %3241, %3236 ]
	%3245 = add i32 1536, %0
	%3246 = and i1 %1314, %1315
	br i1 %3246, label %3247, label %3253

3247:
	%3248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3245
	%3249 = load i32, i32 addrspace(3)* %3248
	%3250 = add i32 %3245, 2048
	%3251 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3250
	%3252 = load i32, i32 addrspace(3)* %3251
	br label %3253

3253:
	%3254 = phi i32 [ %2774, %3242 ], [ %3249, %3247 ]
	%3255 = phi i32 [ %2775, %3242 ], [ %3252, %3247 ]
	%3256 = add i32 1792, %0
	%3257 = and i1 %1327, %1328
	br i1 %3257, label %3258, label %3264

3258:
	%3259 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3256
	%3260 = load i32, i32 addrspace(3)* %3259
	%3261 = add i32 %3256, 2048
	%3262 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3261
	%3263 = load i32, i32 addrspace(3)* %3262
	br label %3264

3264:
	%3265 = phi i32 [ %2785, %3253 ], [ %3260, %3258 ]
	%3266 = phi i32 [ %2786, %3253 ], [ %3263, %3258 ]
	br i1 %1236, label %3267, label %3276

3267:
	%3268 = lshr i32 %3189, 16
	%3269 = and i32 %3268, 15
	%3270 = select i1 %1237, i32 %3269, i32 16
	%3271 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3270)
	%3272 = and i32 %3271, %1234
	%3273 = call i32 @llvm.ctpop.i32(i32 %3272)
	%3274 = icmp eq i32 %3273, 0
	%3275 = and i1 %1237, %3274
	br i1 %3275, label %3278, label %3285

3276:
	%3277 = phi i32 [ 0, %3264 ], [ %3273, %3285 ]
	br i1 %1249, label %3286, label %3295

3278:
	%3279 = call i32 @llvm.ctpop.i32(i32 %3271)
	%3280 = add i32 0, %4
	%3281 = mul i32 %3269, 64
	%3282 = add i32 %3281, %3280
	%3283 = add i32 0, %3282
	%3284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3283
	store i32 %3279, i32 addrspace(3)* %3284
	br label %3285

3285:
	br label %3276

3286:
	%3287 = lshr i32 %3200, 16
	%3288 = and i32 %3287, 15
	%3289 = select i1 %1250, i32 %3288, i32 16
	%3290 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3289)
	%3291 = and i32 %3290, %1234
	%3292 = call i32 @llvm.ctpop.i32(i32 %3291)
	%3293 = icmp eq i32 %3292, 0
	%3294 = and i1 %1250, %3293
	br i1 %3294, label %3297, label %3304

3295:
	%3296 = phi i32 [ 0, %3276 ], [ %3292, %3304 ]
	br i1 %1262, label %3305, label %3314

3297:
	%3298 = call i32 @llvm.ctpop.i32(i32 %3290)
	%3299 = add i32 8, %4
	%3300 = mul i32 %3288, 64
	%3301 = add i32 %3300, %3299
	%3302 = add i32 0, %3301
	%3303 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3302
	store i32 %3298, i32 addrspace(3)* %3303
	br label %3304

3304:
	br label %3295

3305:
	%3306 = lshr i32 %3211, 16
	%3307 = and i32 %3306, 15
	%3308 = select i1 %1263, i32 %3307, i32 16
	%3309 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3308)
	%3310 = and i32 %3309, %1234
	%3311 = call i32 @llvm.ctpop.i32(i32 %3310)
	%3312 = icmp eq i32 %3311, 0
	%3313 = and i1 %1263, %3312
	br i1 %3313, label %3316, label %3323

3314:
	%3315 = phi i32 [ 0, %3295 ], [ %3311, %3323 ]
	br i1 %1275, label %3324, label %3333

3316:
	%3317 = call i32 @llvm.ctpop.i32(i32 %3309)
	%3318 = add i32 16, %4
	%3319 = mul i32 %3307, 64
	%3320 = add i32 %3319, %3318
	%3321 = add i32 0, %3320
	%3322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3321
	store i32 %3317, i32 addrspace(3)* %3322
	br label %3323

3323:
	br label %3314

3324:
	%3325 = lshr i32 %3222, 16
	%3326 = and i32 %3325, 15
	%3327 = select i1 %1276, i32 %3326, i32 16
	%3328 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3327)
	%3329 = and i32 %3328, %1234
	%3330 = call i32 @llvm.ctpop.i32(i32 %3329)
	%3331 = icmp eq i32 %3330, 0
	%3332 = and i1 %1276, %3331
	br i1 %3332, label %3335, label %3342

3333:
	%3334 = phi i32 [ 0, %3314 ], [ %3330, %3342 ]
	br i1 %1288, label %3343, label %3352

3335:
	%3336 = call i32 @llvm.ctpop.i32(i32 %3328)
	%3337 = add i32 24, %4
	%3338 = mul i32 %3326, 64
	%3339 = add i32 %3338, %3337
	%3340 = add i32 0, %3339
	%3341 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3340
	store i32 %3336, i32 addrspace(3)* %3341
	br label %3342

3342:
	br label %3333

3343:
	%3344 = lshr i32 %3233, 16
	%3345 = and i32 %3344, 15
	%3346 = select i1 %1289, i32 %3345, i32 16
	%3347 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3346)
	%3348 = and i32 %3347, %1234
	%3349 = call i32 @llvm.ctpop.i32(i32 %3348)
	%3350 = icmp eq i32 %3349, 0
	%3351 = and i1 %1289, %3350
	br i1 %3351, label %3354, label %3361

3352:
	%3353 = phi i32 [ 0, %3333 ], [ %3349, %3361 ]
	br i1 %1301, label %3362, label %3371

3354:
	%3355 = call i32 @llvm.ctpop.i32(i32 %3347)
	%3356 = add i32 32, %4
	%3357 = mul i32 %3345, 64
	%3358 = add i32 %3357, %3356
	%3359 = add i32 0, %3358
	%3360 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3359
	store i32 %3355, i32 addrspace(3)* %3360
	br label %3361

3361:
	br label %3352

3362:
	%3363 = lshr i32 %3244, 16
	%3364 = and i32 %3363, 15
	%3365 = select i1 %1302, i32 %3364, i32 16
	%3366 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3365)
	%3367 = and i32 %3366, %1234
	%3368 = call i32 @llvm.ctpop.i32(i32 %3367)
	%3369 = icmp eq i32 %3368, 0
	%3370 = and i1 %1302, %3369
	br i1 %3370, label %3373, label %3380

3371:
	%3372 = phi i32 [ 0, %3352 ], [ %3368, %3380 ]
	br i1 %1314, label %3381, label %3390

3373:
	%3374 = call i32 @llvm.ctpop.i32(i32 %3366)
	%3375 = add i32 40, %4
	%3376 = mul i32 %3364, 64
	%3377 = add i32 %3376, %3375
	%3378 = add i32 0, %3377
	%3379 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3378
	store i32 %3374, i32 addrspace(3)* %3379
	br label %3380

3380:
	br label %3371

3381:
	%3382 = lshr i32 %3255, 16
	%3383 = and i32 %3382, 15
	%3384 = select i1 %1315, i32 %3383, i32 16
	%3385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3384)
	%3386 = and i32 %3385, %1234
	%3387 = call i32 @llvm.ctpop.i32(i32 %3386)
	%3388 = icmp eq i32 %3387, 0
	%3389 = and i1 %1315, %3388
	br i1 %3389, label %3392, label %3399

3390:
	%3391 = phi i32 [ 0, %3371 ], [ %3387, %3399 ]
	br i1 %1327, label %3400, label %3409

3392:
	%3393 = call i32 @llvm.ctpop.i32(i32 %3385)
	%3394 = add i32 48, %4
	%3395 = mul i32 %3383, 64
	%3396 = add i32 %3395, %3394
	%3397 = add i32 0, %3396
	%3398 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3397
	store i32 %3393, i32 addrspace(3)* %3398
	br label %3399

3399:
	br label %3390

3400:
	%3401 = lshr i32 %3266, 16
	%3402 = and i32 %3401, 15
	%3403 = select i1 %1328, i32 %3402, i32 16
	%3404 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3403)
	%3405 = and i32 %3404, %1234
	%3406 = call i32 @llvm.ctpop.i32(i32 %3405)
	%3407 = icmp eq i32 %3406, 0
	%3408 = and i1 %1328, %3407
	br i1 %3408, label %3454, label %3461

3409:
	%3410 = phi i32 [ 0, %3390 ], [ %3406, %3461 ]
	call void @llvm.nvvm.barrier0()
	%3411 = mul i32 %0, 4
	%3412 = add i32 %3411, 0
	%3413 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3412
	%3414 = load i32, i32 addrspace(3)* %3413
	%3415 = add i32 0, %3414
	%3416 = mul i32 %0, 4
	%3417 = add i32 %3416, 1
	%3418 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3417
	%3419 = load i32, i32 addrspace(3)* %3418
	%3420 = add i32 %3415, %3419
	%3421 = mul i32 %0, 4
	%3422 = add i32 %3421, 2
	%3423 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3422
	%3424 = load i32, i32 addrspace(3)* %3423
	%3425 = add i32 %3420, %3424
	%3426 = mul i32 %0, 4
	%3427 = add i32 %3426, 3
	%3428 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3427
	%3429 = load i32, i32 addrspace(3)* %3428
	%3430 = add i32 %3425, %3429
	%3431 = and i32 %0, 31
	%3432 = lshr i32 %0, 5
	%3433 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3430, i32 1, i32 0)
	%3434 = icmp uge i32 %3431, 1
	%3435 = select i1 %3434, i32 %3433, i32 0
	%3436 = add i32 %3430, %3435
	%3437 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3436, i32 2, i32 0)
	%3438 = icmp uge i32 %3431, 2
	%3439 = select i1 %3438, i32 %3437, i32 0
	%3440 = add i32 %3436, %3439
	%3441 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3440, i32 4, i32 0)
	%3442 = icmp uge i32 %3431, 4
	%3443 = select i1 %3442, i32 %3441, i32 0
	%3444 = add i32 %3440, %3443
	%3445 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3444, i32 8, i32 0)
	%3446 = icmp uge i32 %3431, 8
	%3447 = select i1 %3446, i32 %3445, i32 0
	%3448 = add i32 %3444, %3447
	%3449 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3448, i32 16, i32 0)
	%3450 = icmp uge i32 %3431, 16
	%3451 = select i1 %3450, i32 %3449, i32 0
	%3452 = add i32 %3448, %3451
	%3453 = icmp eq i32 %3431, 31
	br i1 %3453, label %3462, label %3464

3454:
	%3455 = call i32 @llvm.ctpop.i32(i32 %3404)
	%3456 = add i32 56, %4
	%3457 = mul i32 %3402, 64
	%3458 = add i32 %3457, %3456
	%3459 = add i32 0, %3458
	%3460 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3459
	store i32 %3455, i32 addrspace(3)* %3460
	br label %3461

3461:
	br label %3409

3462:
	%3463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3432
	store i32 %3452, i32 addrspace(3)* %3463
	br label %3464

3464:
	call void @llvm.nvvm.barrier0()
	%3465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3466 = load i32, i32 addrspace(3)* %3465
	%3467 = icmp sgt i32 %3432, 0
	%3468 = select i1 %3467, i32 %3466, i32 0
	%3469 = add i32 0, %3468
	%3470 = add i32 0, %3466
	%3471 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3472 = load i32, i32 addrspace(3)* %3471
	%3473 = icmp sgt i32 %3432, 1
	%3474 = select i1 %3473, i32 %3472, i32 0
	%3475 = add i32 %3469, %3474
	%3476 = add i32 %3470, %3472
	%3477 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3478 = load i32, i32 addrspace(3)* %3477
	%3479 = icmp sgt i32 %3432, 2
	%3480 = select i1 %3479, i32 %3478, i32 0
	%3481 = add i32 %3475, %3480
	%3482 = add i32 %3476, %3478
	%3483 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3484 = load i32, i32 addrspace(3)* %3483
	%3485 = icmp sgt i32 %3432, 3
	%3486 = select i1 %3485, i32 %3484, i32 0
	%3487 = add i32 %3481, %3486
	%3488 = add i32 %3482, %3484
	%3489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3490 = load i32, i32 addrspace(3)* %3489
	%3491 = icmp sgt i32 %3432, 4
	%3492 = select i1 %3491, i32 %3490, i32 0
	%3493 = add i32 %3487, %3492
	%3494 = add i32 %3488, %3490
	%3495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3496 = load i32, i32 addrspace(3)* %3495
	%3497 = icmp sgt i32 %3432, 5
	%3498 = select i1 %3497, i32 %3496, i32 0
	%3499 = add i32 %3493, %3498
	%3500 = add i32 %3494, %3496
	%3501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3502 = load i32, i32 addrspace(3)* %3501
	%3503 = icmp sgt i32 %3432, 6
	%3504 = select i1 %3503, i32 %3502, i32 0
	%3505 = add i32 %3499, %3504
	%3506 = add i32 %3500, %3502
	%3507 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3508 = load i32, i32 addrspace(3)* %3507
	%3509 = icmp sgt i32 %3432, 7
	%3510 = select i1 %3509, i32 %3508, i32 0
	%3511 = add i32 %3505, %3510
	%3512 = add i32 %3506, %3508
	%3513 = add i32 %3511, %3452
	%3514 = sub i32 %3513, %3430
	%3515 = mul i32 %0, 4
	%3516 = add i32 %3515, 0
	%3517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3516
	store i32 %3514, i32 addrspace(3)* %3517
	%3518 = add i32 %3514, %3414
	%3519 = mul i32 %0, 4
	%3520 = add i32 %3519, 1
	%3521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3520
	store i32 %3518, i32 addrspace(3)* %3521
	%3522 = add i32 %3518, %3419
	%3523 = mul i32 %0, 4
	%3524 = add i32 %3523, 2
	%3525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3524
	store i32 %3522, i32 addrspace(3)* %3525
	%3526 = add i32 %3522, %3424
	%3527 = mul i32 %0, 4
	%3528 = add i32 %3527, 3
	%3529 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3528
	store i32 %3526, i32 addrspace(3)* %3529
	%3530 = add i32 %3526, %3429
	%3531 = add i32 %0, 1024
	%3532 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3531
	store i32 0, i32 addrspace(3)* %3532
	%3533 = add i32 %0, 1280
	%3534 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3533
	store i32 0, i32 addrspace(3)* %3534
	%3535 = add i32 %0, 1536
	%3536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3535
	store i32 0, i32 addrspace(3)* %3536
	%3537 = add i32 %0, 1792
	%3538 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3537
	store i32 0, i32 addrspace(3)* %3538
	call void @llvm.nvvm.barrier0()
	%3539 = and i1 %1236, %1237
	br i1 %3539, label %3540, label %3553

3540:
	%3541 = lshr i32 %3189, 16
	%3542 = and i32 %3541, 15
	%3543 = add i32 0, %4
	%3544 = mul i32 %3542, 64
	%3545 = add i32 %3544, %3543
	%3546 = add i32 0, %3545
	%3547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3546
	%3548 = load i32, i32 addrspace(3)* %3547
	%3549 = add i32 %3548, %3277
	%3550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3549
	store i32 %3188, i32 addrspace(3)* %3550
	%3551 = add i32 %3549, 2048
	%3552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3551
	store i32 %3189, i32 addrspace(3)* %3552
	br label %3553

3553:
	%3554 = and i1 %1249, %1250
	br i1 %3554, label %3555, label %3568

3555:
	%3556 = lshr i32 %3200, 16
	%3557 = and i32 %3556, 15
	%3558 = add i32 8, %4
	%3559 = mul i32 %3557, 64
	%3560 = add i32 %3559, %3558
	%3561 = add i32 0, %3560
	%3562 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3561
	%3563 = load i32, i32 addrspace(3)* %3562
	%3564 = add i32 %3563, %3296
	%3565 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3564
	store i32 %3199, i32 addrspace(3)* %3565
	%3566 = add i32 %3564, 2048
	%3567 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3566
	store i32 %3200, i32 addrspace(3)* %3567
	br label %3568

3568:
	%3569 = and i1 %1262, %1263
	br i1 %3569, label %3570, label %3583

3570:
	%3571 = lshr i32 %3211, 16
	%3572 = and i32 %3571, 15
	%3573 = add i32 16, %4
	%3574 = mul i32 %3572, 64
	%3575 = add i32 %3574, %3573
	%3576 = add i32 0, %3575
	%3577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3576
	%3578 = load i32, i32 addrspace(3)* %3577
	%3579 = add i32 %3578, %3315
	%3580 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3579
	store i32 %3210, i32 addrspace(3)* %3580
	%3581 = add i32 %3579, 2048
	%3582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3581
	store i32 %3211, i32 addrspace(3)* %3582
	br label %3583

3583:
	%3584 = and i1 %1275, %1276
	br i1 %3584, label %3585, label %3598

3585:
	%3586 = lshr i32 %3222, 16
	%3587 = and i32 %3586, 15
	%3588 = add i32 24, %4
	%3589 = mul i32 %3587, 64
	%3590 = add i32 %3589, %3588
	%3591 = add i32 0, %3590
	%3592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3591
	%3593 = load i32, i32 addrspace(3)* %3592
	%3594 = add i32 %3593, %3334
	%3595 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3594
	store i32 %3221, i32 addrspace(3)* %3595
	%3596 = add i32 %3594, 2048
	%3597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3596
	store i32 %3222, i32 addrspace(3)* %3597
	br label %3598

3598:
	%3599 = and i1 %1288, %1289
	br i1 %3599, label %3600, label %3613

3600:
	%3601 = lshr i32 %3233, 16
	%3602 = and i32 %3601, 15
	%3603 = add i32 32, %4
	%3604 = mul i32 %3602, 64
	%3605 = add i32 %3604, %3603
	%3606 = add i32 0, %3605
	%3607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3606
	%3608 = load i32, i32 addrspace(3)* %3607
	%3609 = add i32 %3608, %3353
	%3610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3609
	store i32 %3232, i32 addrspace(3)* %3610
	%3611 = add i32 %3609, 2048
	%3612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3611
	store i32 %3233, i32 addrspace(3)* %3612
	br label %3613

3613:
	%3614 = and i1 %1301, %1302
	br i1 %3614, label %3615, label %3628

3615:
	%3616 = lshr i32 %3244, 16
	%3617 = and i32 %3616, 15
	%3618 = add i32 40, %4
	%3619 = mul i32 %3617, 64
	%3620 = add i32 %3619, %3618
	%3621 = add i32 0, %3620
	%3622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3621
	%3623 = load i32, i32 addrspace(3)* %3622
	%3624 = add i32 %3623, %3372
	%3625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3624
	store i32 %3243, i32 addrspace(3)* %3625
	%3626 = add i32 %3624, 2048
	%3627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3626
	store i32 %3244, i32 addrspace(3)* %3627
	br label %3628

3628:
	%3629 = and i1 %1314, %1315
	br i1 %3629, label %3630, label %3643

3630:
	%3631 = lshr i32 %3255, 16
	%3632 = and i32 %3631, 15
	%3633 = add i32 48, %4
	%3634 = mul i32 %3632, 64
	%3635 = add i32 %3634, %3633
	%3636 = add i32 0, %3635
	%3637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3636
	%3638 = load i32, i32 addrspace(3)* %3637
	%3639 = add i32 %3638, %3391
	%3640 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3639
	store i32 %3254, i32 addrspace(3)* %3640
	%3641 = add i32 %3639, 2048
	%3642 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3641
	store i32 %3255, i32 addrspace(3)* %3642
	br label %3643

3643:
	%3644 = and i1 %1327, %1328
	br i1 %3644, label %3645, label %3658

3645:
	%3646 = lshr i32 %3266, 16
	%3647 = and i32 %3646, 15
	%3648 = add i32 56, %4
	%3649 = mul i32 %3647, 64
	%3650 = add i32 %3649, %3648
	%3651 = add i32 0, %3650
	%3652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3651
	%3653 = load i32, i32 addrspace(3)* %3652
	%3654 = add i32 %3653, %3410
	%3655 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3654
	store i32 %3265, i32 addrspace(3)* %3655
	%3656 = add i32 %3654, 2048
	%3657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3656
	store i32 %3266, i32 addrspace(3)* %3657
	br label %3658

3658:
	call void @llvm.nvvm.barrier0()
	%3659 = add i32 0, %0
	%3660 = and i1 %1236, %1237
	br i1 %3660, label %3661, label %3667

3661:
	%3662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3659
	%3663 = load i32, i32 addrspace(3)* %3662
	%3664 = add i32 %3659, 2048
	%3665 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3664
	%3666 = load i32, i32 addrspace(3)* %3665
	br label %3667

3667:
	%3668 = phi i32 [ %3188, %3658 ], [ %3663, %3661 ]
	%3669 = phi i32 [ %3189, %3658 ], [ %3666, %3661 ]
	%3670 = add i32 256, %0
	%3671 = and i1 %1249, %1250
	br i1 %3671, label %3672, label %3678

3672:
	%3673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3670
	%3674 = load i32, i32 addrspace(3)* %3673
	%3675 = add i32 %3670, 2048
	%3676 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3675
	%3677 = load i32, i32 addrspace(3)* %3676
	br label %3678

3678:
	%3679 = phi i32 [ %3199, %3667 ], [ %3674, %3672 ]
	%3680 = phi i32 [ %3200, %3667 ], [ %3677, %3672 ]
	%3681 = add i32 512, %0
	%3682 = and i1 %1262, %1263
	br i1 %3682, label %3683, label %3689

3683:
	%3684 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3681
	%3685 = load i32, i32 addrspace(3)* %3684
	%3686 = add i32 %3681, 2048
	%3687 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3686
	%3688 = load i32, i32 addrspace(3)* %3687
	br label %3689

3689:
	%3690 = phi i32 [ %3210, %3678 ], [ %3685, %3683 ]
	%3691 = phi i32 [ %3211, %3678 ], [ %3688, %3683 ]
	%3692 = add i32 768, %0
	%3693 = and i1 %1275, %1276
	br i1 %3693, label %3694, label %3700

3694:
	%3695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3692
	%3696 = load i32, i32 addrspace(3)* %3695
	%3697 = add i32 %3692, 2048
	%3698 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3697
	%3699 = load i32, i32 addrspace(3)* %3698
	br label %3700

3700:
	%3701 = phi i32 [ %3221, %3689 ], [ %3696, %3694 ]
	%3702 = phi i32 [ %3222, %3689 ], [ %3699, %3694 ]
	%3703 = add i32 1024, %0
	%3704 = and i1 %1288, %1289
	br i1 %3704, label %3705, label %3711

3705:
	%3706 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3703
	%3707 = load i32, i32 addrspace(3)* %3706
	%3708 = add i32 %3703, 2048
	%3709 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3708
	%3710 = load i32, i32 addrspace(3)* %3709
	br label %3711

3711:
	%3712 = phi i32 [ %3232, %3700 ], [ %3707, %3705 ]
	%3713 = phi i32 [ %3233, %3700 ], [ %3710, %3705 ]
	%3714 = add i32 1280, %0
	%3715 = and i1 %1301, %1302
	br i1 %3715, label %3716, label %3722

3716:
	%3717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3714
	%3718 = load i32, i32 addrspace(3)* %3717
	%3719 = add i32 %3714, 2048
	%3720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3719
	%3721 = load i32, i32 addrspace(3)* %3720
	br label %3722

3722:
	%3723 = phi i32 [ %3243, %3711 ], [ %3718, %3716 ]
	%3724 = phi i32 [ %3244, %3711 ], [ %3721, %3716 ]
	%3725 = add i32 1536, %0
	%3726 = and i1 %1314, %1315
	br i1 %3726, label %3727, label %3733

3727:
	%3728 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3725
	%3729 = load i32, i32 addrspace(3)* %3728
	%3730 = add i32 %3725, 2048
	%3731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3730
	%3732 = load i32, i32 addrspace(3)* %3731
	br label %3733

3733:
	%3734 = phi i32 [ %3254, %3722 ], [ %3729, %3727 ]
	%3735 = phi i32 [ %3255, %3722 ], [ %3732, %3727 ]
	%3736 = add i32 1792, %0
	%3737 = and i1 %1327, %1328
	br i1 %3737, label %3738, label %3744

3738:
	%3739 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3736
	%3740 = load i32, i32 addrspace(3)* %3739
	%3741 = add i32 %3736, 2048
	%3742 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3741
	%3743 = load i32, i32 addrspace(3)* %3742
	br label %3744

3744:
	%3745 = phi i32 [ %3265, %3733 ], [ %3740, %3738 ]
	%3746 = phi i32 [ %3266, %3733 ], [ %3743, %3738 ]
	br i1 %1236, label %3747, label %3756

3747:
	%3748 = lshr i32 %3669, 20
	%3749 = and i32 %3748, 15
	%3750 = select i1 %1237, i32 %3749, i32 16
	%3751 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3750)
	%3752 = and i32 %3751, %1234
	%3753 = call i32 @llvm.ctpop.i32(i32 %3752)
	%3754 = icmp eq i32 %3753, 0
	%3755 = and i1 %1237, %3754
	br i1 %3755, label %3758, label %3765

3756:
	%3757 = phi i32 [ 0, %3744 ], [ %3753, %3765 ]
	br i1 %1249, label %3766, label %3775

3758:
	%3759 = call i32 @llvm.ctpop.i32(i32 %3751)
	%3760 = add i32 0, %4
	%3761 = mul i32 %3749, 64
	%3762 = add i32 %3761, %3760
	%3763 = add i32 1024, %3762
	%3764 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3763
	store i32 %3759, i32 addrspace(3)* %3764
	br label %3765

3765:
	br label %3756

3766:
	%3767 = lshr i32 %3680, 20
	%3768 = and i32 %3767, 15
	%3769 = select i1 %1250, i32 %3768, i32 16
	%3770 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3769)
	%3771 = and i32 %3770, %1234
	%3772 = call i32 @llvm.ctpop.i32(i32 %3771)
	%3773 = icmp eq i32 %3772, 0
	%3774 = and i1 %1250, %3773
	br i1 %3774, label %3777, label %3784

3775:
	%3776 = phi i32 [ 0, %3756 ], [ %3772, %3784 ]
	br i1 %1262, label %3785, label %3794

3777:
	%3778 = call i32 @llvm.ctpop.i32(i32 %3770)
	%3779 = add i32 8, %4
	%3780 = mul i32 %3768, 64
	%3781 = add i32 %3780, %3779
	%3782 = add i32 1024, %3781
	%3783 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3782
	store i32 %3778, i32 addrspace(3)* %3783
	br label %3784

3784:
	br label %3775

3785:
	%3786 = lshr i32 %3691, 20
	%3787 = and i32 %3786, 15
	%3788 = select i1 %1263, i32 %3787, i32 16
	%3789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3788)
	%3790 = and i32 %3789, %1234
	%3791 = call i32 @llvm.ctpop.i32(i32 %3790)
	%3792 = icmp eq i32 %3791, 0
	%3793 = and i1 %1263, %3792
	br i1 %3793, label %3796, label %3803

3794:
	%3795 = phi i32 [ 0, %3775 ], [ %3791, %3803 ]
	br i1 %1275, label %3804, label %3813

3796:
	%3797 = call i32 @llvm.ctpop.i32(i32 %3789)
	%3798 = add i32 16, %4
	%3799 = mul i32 %3787, 64
	%3800 = add i32 %3799, %3798
	%3801 = add i32 1024, %3800
	%3802 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3801
	store i32 %3797, i32 addrspace(3)* %3802
	br label %3803

3803:
	br label %3794

3804:
	%3805 = lshr i32 %3702, 20
	%3806 = and i32 %3805, 15
	%3807 = select i1 %1276, i32 %3806, i32 16
	%3808 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3807)
	%3809 = and i32 %3808, %1234
	%3810 = call i32 @llvm.ctpop.i32(i32 %3809)
	%3811 = icmp eq i32 %3810, 0
	%3812 = and i1 %1276, %3811
	br i1 %3812, label %3815, label %3822

3813:
	%3814 = phi i32 [ 0, %3794 ], [ %3810, %3822 ]
	br i1 %1288, label %3823, label %3832

3815:
	%3816 = call i32 @llvm.ctpop.i32(i32 %3808)
	%3817 = add i32 24, %4
	%3818 = mul i32 %3806, 64
	%3819 = add i32 %3818, %3817
	%3820 = add i32 1024, %3819
	%3821 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3820
	store i32 %3816, i32 addrspace(3)* %3821
	br label %3822

3822:
	br label %3813

3823:
	%3824 = lshr i32 %3713, 20
	%3825 = and i32 %3824, 15
	%3826 = select i1 %1289, i32 %3825, i32 16
	%3827 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3826)
	%3828 = and i32 %3827, %1234
	%3829 = call i32 @llvm.ctpop.i32(i32 %3828)
	%3830 = icmp eq i32 %3829, 0
	%3831 = and i1 %1289, %3830
	br i1 %3831, label %3834, label %3841

3832:
	%3833 = phi i32 [ 0, %3813 ], [ %3829, %3841 ]
	br i1 %1301, label %3842, label %3851

3834:
	%3835 = call i32 @llvm.ctpop.i32(i32 %3827)
	%3836 = add i32 32, %4
	%3837 = mul i32 %3825, 64
	%3838 = add i32 %3837, %3836
	%3839 = add i32 1024, %3838
	%3840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3839
	store i32 %3835, i32 addrspace(3)* %3840
	br label %3841

3841:
	br label %3832

3842:
	%3843 = lshr i32 %3724, 20
	%3844 = and i32 %3843, 15
	%3845 = select i1 %1302, i32 %3844, i32 16
	%3846 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3845)
	%3847 = and i32 %3846, %1234
	%3848 = call i32 @llvm.ctpop.i32(i32 %3847)
	%3849 = icmp eq i32 %3848, 0
	%3850 = and i1 %1302, %3849
	br i1 %3850, label %3853, label %3860

3851:
	%3852 = phi i32 [ 0, %3832 ], [ %3848, %3860 ]
	br i1 %1314, label %3861, label %3870

3853:
	%3854 = call i32 @llvm.ctpop.i32(i32 %3846)
	%3855 = add i32 40, %4
	%3856 = mul i32 %3844, 64
	%3857 = add i32 %3856, %3855
	%3858 = add i32 1024, %3857
	%3859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3858
	store i32 %3854, i32 addrspace(3)* %3859
	br label %3860

3860:
	br label %3851

3861:
	%3862 = lshr i32 %3735, 20
	%3863 = and i32 %3862, 15
	%3864 = select i1 %1315, i32 %3863, i32 16
	%3865 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3864)
	%3866 = and i32 %3865, %1234
	%3867 = call i32 @llvm.ctpop.i32(i32 %3866)
	%3868 = icmp eq i32 %3867, 0
	%3869 = and i1 %1315, %3868
	br i1 %3869, label %3872, label %3879

3870:
	%3871 = phi i32 [ 0, %3851 ], [ %3867, %3879 ]
	br i1 %1327, label %3880, label %3889

3872:
	%3873 = call i32 @llvm.ctpop.i32(i32 %3865)
	%3874 = add i32 48, %4
	%3875 = mul i32 %3863, 64
	%3876 = add i32 %3875, %3874
	%3877 = add i32 1024, %3876
	%3878 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3877
	store i32 %3873, i32 addrspace(3)* %3878
	br label %3879

3879:
	br label %3870

3880:
	%3881 = lshr i32 %3746, 20
	%3882 = and i32 %3881, 15
	%3883 = select i1 %1328, i32 %3882, i32 16
	%3884 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3883)
	%3885 = and i32 %3884, %1234
	%3886 = call i32 @llvm.ctpop.i32(i32 %3885)
	%3887 = icmp eq i32 %3886, 0
	%3888 = and i1 %1328, %3887
	br i1 %3888, label %3934, label %3941

3889:
	%3890 = phi i32 [ 0, %3870 ], [ %3886, %3941 ]
	call void @llvm.nvvm.barrier0()
	%3891 = mul i32 %0, 4
	%3892 = add i32 %3891, 1024
	%3893 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3892
	%3894 = load i32, i32 addrspace(3)* %3893
	%3895 = add i32 0, %3894
	%3896 = mul i32 %0, 4
	%3897 = add i32 %3896, 1025
	%3898 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3897
	%3899 = load i32, i32 addrspace(3)* %3898
	%3900 = add i32 %3895, %3899
	%3901 = mul i32 %0, 4
	%3902 = add i32 %3901, 1026
	%3903 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3902
	%3904 = load i32, i32 addrspace(3)* %3903
	%3905 = add i32 %3900, %3904
	%3906 = mul i32 %0, 4
	%3907 = add i32 %3906, 1027
	%3908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3907
	%3909 = load i32, i32 addrspace(3)* %3908
	%3910 = add i32 %3905, %3909
	%3911 = and i32 %0, 31
	%3912 = lshr i32 %0, 5
	%3913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3910, i32 1, i32 0)
	%3914 = icmp uge i32 %3911, 1
	%3915 = select i1 %3914, i32 %3913, i32 0
	%3916 = add i32 %3910, %3915
	%3917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3916, i32 2, i32 0)
	%3918 = icmp uge i32 %3911, 2
	%3919 = select i1 %3918, i32 %3917, i32 0
	%3920 = add i32 %3916, %3919
	%3921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3920, i32 4, i32 0)
	%3922 = icmp uge i32 %3911, 4
	%3923 = select i1 %3922, i32 %3921, i32 0
	%3924 = add i32 %3920, %3923
	%3925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3924, i32 8, i32 0)
	%3926 = icmp uge i32 %3911, 8
	%3927 = select i1 %3926, i32 %3925, i32 0
	%3928 = add i32 %3924, %3927
	%3929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3928, i32 16, i32 0)
	%3930 = icmp uge i32 %3911, 16
	%3931 = select i1 %3930, i32 %3929, i32 0
	%3932 = add i32 %3928, %3931
	%3933 = icmp eq i32 %3911, 31
	br i1 %3933, label %3942, label %3944

3934:
	%3935 = call i32 @llvm.ctpop.i32(i32 %3884)
	%3936 = add i32 56, %4
	%3937 = mul i32 %3882, 64
	%3938 = add i32 %3937, %3936
	%3939 = add i32 1024, %3938
	%3940 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3939
	store i32 %3935, i32 addrspace(3)* %3940
	br label %3941

3941:
	br label %3889

3942:
	%3943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3912
	store i32 %3932, i32 addrspace(3)* %3943
	br label %3944

3944:
	call void @llvm.nvvm.barrier0()
	%3945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3946 = load i32, i32 addrspace(3)* %3945
	%3947 = icmp sgt i32 %3912, 0
	%3948 = select i1 %3947, i32 %3946, i32 0
	%3949 = add i32 0, %3948
	%3950 = add i32 0, %3946
	%3951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3952 = load i32, i32 addrspace(3)* %3951
	%3953 = icmp sgt i32 %3912, 1
	%3954 = select i1 %3953, i32 %3952, i32 0
	%3955 = add i32 %3949, %3954
	%3956 = add i32 %3950, %3952
	%3957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3958 = load i32, i32 addrspace(3)* %3957
	%3959 = icmp sgt i32 %3912, 2
	%3960 = select i1 %3959, i32 %3958, i32 0
	%3961 = add i32 %3955, %3960
	%3962 = add i32 %3956, %3958
	%3963 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3964 = load i32, i32 addrspace(3)* %3963
	%3965 = icmp sgt i32 %3912, 3
	%3966 = select i1 %3965, i32 %3964, i32 0
	%3967 = add i32 %3961, %3966
	%3968 = add i32 %3962, %3964
	%3969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3970 = load i32, i32 addrspace(3)* %3969
	%3971 = icmp sgt i32 %3912, 4
	%3972 = select i1 %3971, i32 %3970, i32 0
	%3973 = add i32 %3967, %3972
	%3974 = add i32 %3968, %3970
	%3975 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3976 = load i32, i32 addrspace(3)* %3975
	%3977 = icmp sgt i32 %3912, 5
	%3978 = select i1 %3977, i32 %3976, i32 0
	%3979 = add i32 %3973, %3978
	%3980 = add i32 %3974, %3976
	%3981 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3982 = load i32, i32 addrspace(3)* %3981
	%3983 = icmp sgt i32 %3912, 6
	%3984 = select i1 %3983, i32 %3982, i32 0
	%3985 = add i32 %3979, %3984
	%3986 = add i32 %3980, %3982
	%3987 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3988 = load i32, i32 addrspace(3)* %3987
	%3989 = icmp sgt i32 %3912, 7
	%3990 = select i1 %3989, i32 %3988, i32 0
	%3991 = add i32 %3985, %3990
	%3992 = add i32 %3986, %3988
	%3993 = add i32 %3991, %3932
	%3994 = sub i32 %3993, %3910
	%3995 = mul i32 %0, 4
	%3996 = add i32 %3995, 1024
	%3997 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3996
	store i32 %3994, i32 addrspace(3)* %3997
	%3998 = add i32 %3994, %3894
	%3999 = mul i32 %0, 4
	%4000 = add i32 %3999, 1025
	%4001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4000
	store i32 %3998, i32 addrspace(3)* %4001
	%4002 = add i32 %3998, %3899
	%4003 = mul i32 %0, 4
	%4004 = add i32 %4003, 1026
	%4005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4004
	store i32 %4002, i32 addrspace(3)* %4005
	%4006 = add i32 %4002, %3904
	%4007 = mul i32 %0, 4
	%4008 = add i32 %4007, 1027
	%4009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4008
	store i32 %4006, i32 addrspace(3)* %4009
	%4010 = add i32 %4006, %3909
	%4011 = add i32 %0, 0
	%4012 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4011
	store i32 0, i32 addrspace(3)* %4012
	%4013 = add i32 %0, 256
	%4014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4013
	store i32 0, i32 addrspace(3)* %4014
	%4015 = add i32 %0, 512
	%4016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4015
	store i32 0, i32 addrspace(3)* %4016
	%4017 = add i32 %0, 768
	%4018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4017
	store i32 0, i32 addrspace(3)* %4018
	call void @llvm.nvvm.barrier0()
	%4019 = and i1 %1236, %1237
	br i1 %4019, label %4020, label %4033

4020:
	%4021 = lshr i32 %3669, 20
	%4022 = and i32 %4021, 15
	%4023 = add i32 0, %4
	%4024 = mul i32 %4022, 64
	%4025 = add i32 %4024, %4023
	%4026 = add i32 1024, %4025
	%4027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4026
	%4028 = load i32, i32 addrspace(3)* %4027
	%4029 = add i32 %4028, %3757
	%4030 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4029
	store i32 %3668, i32 addrspace(3)* %4030
	%4031 = add i32 %4029, 2048
	%4032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4031
	store i32 %3669, i32 addrspace(3)* %4032
	br label %4033

4033:
	%4034 = and i1 %1249, %1250
	br i1 %4034, label %4035, label %4048

4035:
	%4036 = lshr i32 %3680, 20
	%4037 = and i32 %4036, 15
	%4038 = add i32 8, %4
	%4039 = mul i32 %4037, 64
	%4040 = add i32 %4039, %4038
	%4041 = add i32 1024, %4040
	%4042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4041
	%4043 = load i32, i32 addrspace(3)* %4042
	%4044 = add i32 %4043, %3776
	%4045 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4044
	store i32 %3679, i32 addrspace(3)* %4045
	%4046 = add i32 %4044, 2048
	%4047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4046
	store i32 %3680, i32 addrspace(3)* %4047
	br label %4048

4048:
	%4049 = and i1 %1262, %1263
	br i1 %4049, label %4050, label %4063

4050:
	%4051 = lshr i32 %3691, 20
	%4052 = and i32 %4051, 15
	%4053 = add i32 16, %4
	%4054 = mul i32 %4052, 64
	%4055 = add i32 %4054, %4053
	%4056 = add i32 1024, %4055
	%4057 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4056
	%4058 = load i32, i32 addrspace(3)* %4057
	%4059 = add i32 %4058, %3795
	%4060 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4059
	store i32 %3690, i32 addrspace(3)* %4060
	%4061 = add i32 %4059, 2048
	%4062 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4061
	store i32 %3691, i32 addrspace(3)* %4062
	br label %4063

4063:
	%4064 = and i1 %1275, %1276
	br i1 %4064, label %4065, label %4078

4065:
	%4066 = lshr i32 %3702, 20
	%4067 = and i32 %4066, 15
	%4068 = add i32 24, %4
	%4069 = mul i32 %4067, 64
	%4070 = add i32 %4069, %4068
	%4071 = add i32 1024, %4070
	%4072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4071
	%4073 = load i32, i32 addrspace(3)* %4072
	%4074 = add i32 %4073, %3814
	%4075 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4074
	store i32 %3701, i32 addrspace(3)* %4075
	%4076 = add i32 %4074, 2048
	%4077 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4076
	store i32 %3702, i32 addrspace(3)* %4077
	br label %4078

4078:
	%4079 = and i1 %1288, %1289
	br i1 %4079, label %4080, label %4093

4080:
	%4081 = lshr i32 %3713, 20
	%4082 = and i32 %4081, 15
	%4083 = add i32 32, %4
	%4084 = mul i32 %4082, 64
	%4085 = add i32 %4084, %4083
	%4086 = add i32 1024, %4085
	%4087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4086
	%4088 = load i32, i32 addrspace(3)* %4087
	%4089 = add i32 %4088, %3833
	%4090 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4089
	store i32 %3712, i32 addrspace(3)* %4090
	%4091 = add i32 %4089, 2048
	%4092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4091
	store i32 %3713, i32 addrspace(3)* %4092
	br label %4093

4093:
	%4094 = and i1 %1301, %1302
	br i1 %4094, label %4095, label %4108

4095:
	%4096 = lshr i32 %3724, 20
	%4097 = and i32 %4096, 15
	%4098 = add i32 40, %4
	%4099 = mul i32 %4097, 64
	%4100 = add i32 %4099, %4098
	%4101 = add i32 1024, %4100
	%4102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4101
	%4103 = load i32, i32 addrspace(3)* %4102
	%4104 = add i32 %4103, %3852
	%4105 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4104
	store i32 %3723, i32 addrspace(3)* %4105
	%4106 = add i32 %4104, 2048
	%4107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4106
	store i32 %3724, i32 addrspace(3)* %4107
	br label %4108

4108:
	%4109 = and i1 %1314, %1315
	br i1 %4109, label %4110, label %4123

4110:
	%4111 = lshr i32 %3735, 20
	%4112 = and i32 %4111, 15
	%4113 = add i32 48, %4
	%4114 = mul i32 %4112, 64
	%4115 = add i32 %4114, %4113
	%4116 = add i32 1024, %4115
	%4117 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4116
	%4118 = load i32, i32 addrspace(3)* %4117
	%4119 = add i32 %4118, %3871
	%4120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4119
	store i32 %3734, i32 addrspace(3)* %4120
	%4121 = add i32 %4119, 2048
	%4122 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4121
	store i32 %3735, i32 addrspace(3)* %4122
	br label %4123

4123:
	%4124 = and i1 %1327, %1328
	br i1 %4124, label %4125, label %4138

4125:
	%4126 = lshr i32 %3746, 20
	%4127 = and i32 %4126, 15
	%4128 = add i32 56, %4
	%4129 = mul i32 %4127, 64
	%4130 = add i32 %4129, %4128
	%4131 = add i32 1024, %4130
	%4132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4131
	%4133 = load i32, i32 addrspace(3)* %4132
	%4134 = add i32 %4133, %3890
	%4135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4134
	store i32 %3745, i32 addrspace(3)* %4135
	%4136 = add i32 %4134, 2048
	%4137 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4136
	store i32 %3746, i32 addrspace(3)* %4137
	br label %4138

4138:
	call void @llvm.nvvm.barrier0()
	%4139 = add i32 0, %0
	%4140 = and i1 %1236, %1237
	br i1 %4140, label %4141, label %4147

4141:
	%4142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4139
	%4143 = load i32, i32 addrspace(3)* %4142
	%4144 = add i32 %4139, 2048
	%4145 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4144
	%4146 = load i32, i32 addrspace(3)* %4145
	br label %4147

4147:
	%4148 = phi i32 [ %3668, %4138 ], [ %4143, %4141 ]
	%4149 = phi i32 [ %3669, %4138 ], [ %4146, %4141 ]
	%4150 = add i32 256, %0
	%4151 = and i1 %1249, %1250
	br i1 %4151, label %4152, label %4158

4152:
	%4153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4150
	%4154 = load i32, i32 addrspace(3)* %4153
	%4155 = add i32 %4150, 2048
	%4156 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4155
	%4157 = load i32, i32 addrspace(3)* %4156
	br label %4158

4158:
	%4159 = phi i32 [ %3679, %4147 ], [ %4154, %4152 ]
	%4160 = phi i32 [ %3680, %4147 ], [ %4157, %4152 ]
	%4161 = add i32 512, %0
	%4162 = and i1 %1262, %1263
	br i1 %4162, label %4163, label %4169

4163:
	%4164 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4161
	%4165 = load i32, i32 addrspace(3)* %4164
	%4166 = add i32 %4161, 2048
	%4167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4166
	%4168 = load i32, i32 addrspace(3)* %4167
	br label %4169

4169:
	%4170 = phi i32 [ %3690, %4158 ], [ %4165, %4163 ]
	%4171 = phi i32 [ %3691, %4158 ], [ %4168, %4163 ]
	%4172 = add i32 768, %0
	%4173 = and i1 %1275, %1276
	br i1 %4173, label %4174, label %4180

4174:
	%4175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4172
	%4176 = load i32, i32 addrspace(3)* %4175
	%4177 = add i32 %4172, 2048
	%4178 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4177
	%4179 = load i32, i32 addrspace(3)* %4178
	br label %4180

4180:
	%4181 = phi i32 [ %3701, %4169 ], [ %4176, %4174 ]
	%4182 = phi i32 [ %3702, %4169 ], [ %4179, %4174 ]
	%4183 = add i32 1024, %0
	%4184 = and i1 %1288, %1289
	br i1 %4184, label %4185, label %4191

4185:
	%4186 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4183
	%4187 = load i32, i32 addrspace(3)* %4186
	%4188 = add i32 %4183, 2048
	%4189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4188
	%4190 = load i32, i32 addrspace(3)* %4189
	br label %4191

4191:
	%4192 = phi i32 [ %3712, %4180 ], [ %4187, %4185 ]
	%4193 = phi i32 [ %3713, %4180 ], [ %4190, %4185 ]
	%4194 = add i32 1280, %0
	%4195 = and i1 %1301, %1302
	br i1 %4195, label %4196, label %4202

4196:
	%4197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4194
	%4198 = load i32, i32 addrspace(3)* %4197
	%4199 = add i32 %4194, 2048
	%4200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4199
	%4201 = load i32, i32 addrspace(3)* %4200
	br label %4202

4202:
	%4203 = phi i32 [ %3723, %4191 ], [ %4198, %4196 ]
	%4204 = phi i32 [ %3724, %4191 ], [ %4201, %4196 ]
	%4205 = add i32 1536, %0
	%4206 = and i1 %1314, %1315
	br i1 %4206, label %4207, label %4213

4207:
	%4208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4205
	%4209 = load i32, i32 addrspace(3)* %4208
	%4210 = add i32 %4205, 2048
	%4211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4210
	%4212 = load i32, i32 addrspace(3)* %4211
	br label %4213

4213:
	%4214 = phi i32 [ %3734, %4202 ], [ %4209, %4207 ]
	%4215 = phi i32 [ %3735, %4202 ], [ %4212, %4207 ]
	%4216 = add i32 1792, %0
	%4217 = and i1 %1327, %1328
	br i1 %4217, label %4218, label %4224

4218:
	%4219 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4216
	%4220 = load i32, i32 addrspace(3)* %4219
	%4221 = add i32 %4216, 2048
	%4222 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4221
	%4223 = load i32, i32 addrspace(3)* %4222
	br label %4224

4224:
	%4225 = phi i32 [ %3745, %4213 ], [ %4220, %4218 ]
	%4226 = phi i32 [ %3746, %4213 ], [ %4223, %4218 ]
	br i1 %1236, label %4227, label %4236

4227:
	%4228 = lshr i32 %4149, 24
	%4229 = and i32 %4228, 15
	%4230 = select i1 %1237, i32 %4229, i32 16
	%4231 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4230)
	%4232 = and i32 %4231, %1234
	%4233 = call i32 @llvm.ctpop.i32(i32 %4232)
	%4234 = icmp eq i32 %4233, 0
	%4235 = and i1 %1237, %4234
	br i1 %4235, label %4238, label %4245

4236:
	%4237 = phi i32 [ 0, %4224 ], [ %4233, %4245 ]
	br i1 %1249, label %4246, label %4255

4238:
	%4239 = call i32 @llvm.ctpop.i32(i32 %4231)
	%4240 = add i32 0, %4
	%4241 = mul i32 %4229, 64
	%4242 = add i32 %4241, %4240
	%4243 = add i32 0, %4242
	%4244 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4243
	store i32 %4239, i32 addrspace(3)* %4244
	br label %4245

4245:
	br label %4236

4246:
	%4247 = lshr i32 %4160, 24
	%4248 = and i32 %4247, 15
	%4249 = select i1 %1250, i32 %4248, i32 16
	%4250 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4249)
	%4251 = and i32 %4250, %1234
	%4252 = call i32 @llvm.ctpop.i32(i32 %4251)
	%4253 = icmp eq i32 %4252, 0
	%4254 = and i1 %1250, %4253
	br i1 %4254, label %4257, label %4264

4255:
	%4256 = phi i32 [ 0, %4236 ], [ %4252, %4264 ]
	br i1 %1262, label %4265, label %4274

4257:
	%4258 = call i32 @llvm.ctpop.i32(i32 %4250)
	%4259 = add i32 8, %4
	%4260 = mul i32 %4248, 64
	%4261 = add i32 %4260, %4259
	%4262 = add i32 0, %4261
	%4263 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4262
	store i32 %4258, i32 addrspace(3)* %4263
	br label %4264

4264:
	br label %4255

4265:
	%4266 = lshr i32 %4171, 24
	%4267 = and i32 %4266, 15
	%4268 = select i1 %1263, i32 %4267, i32 16
	%4269 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4268)
	%4270 = and i32 %4269, %1234
	%4271 = call i32 @llvm.ctpop.i32(i32 %4270)
	%4272 = icmp eq i32 %4271, 0
	%4273 = and i1 %1263, %4272
	br i1 %4273, label %4276, label %4283

4274:
	%4275 = phi i32 [ 0, %4255 ], [ %4271, %4283 ]
	br i1 %1275, label %4284, label %4293

4276:
	%4277 = call i32 @llvm.ctpop.i32(i32 %4269)
	%4278 = add i32 16, %4
	%4279 = mul i32 %4267, 64
	%4280 = add i32 %4279, %4278
	%4281 = add i32 0, %4280
	%4282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4281
	store i32 %4277, i32 addrspace(3)* %4282
	br label %4283

4283:
	br label %4274

4284:
	%4285 = lshr i32 %4182, 24
	%4286 = and i32 %4285, 15
	%4287 = select i1 %1276, i32 %4286, i32 16
	%4288 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4287)
	%4289 = and i32 %4288, %1234
	%4290 = call i32 @llvm.ctpop.i32(i32 %4289)
	%4291 = icmp eq i32 %4290, 0
	%4292 = and i1 %1276, %4291
	br i1 %4292, label %4295, label %4302

4293:
	%4294 = phi i32 [ 0, %4274 ], [ %4290, %4302 ]
	br i1 %1288, label %4303, label %4312

4295:
	%4296 = call i32 @llvm.ctpop.i32(i32 %4288)
	%4297 = add i32 24, %4
	%4298 = mul i32 %4286, 64
	%4299 = add i32 %4298, %4297
	%4300 = add i32 0, %4299
	%4301 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4300
	store i32 %4296, i32 addrspace(3)* %4301
	br label %4302

4302:
	br label %4293

4303:
	%4304 = lshr i32 %4193, 24
	%4305 = and i32 %4304, 15
	%4306 = select i1 %1289, i32 %4305, i32 16
	%4307 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4306)
	%4308 = and i32 %4307, %1234
	%4309 = call i32 @llvm.ctpop.i32(i32 %4308)
	%4310 = icmp eq i32 %4309, 0
	%4311 = and i1 %1289, %4310
	br i1 %4311, label %4314, label %4321

4312:
	%4313 = phi i32 [ 0, %4293 ], [ %4309, %4321 ]
	br i1 %1301, label %4322, label %4331

4314:
	%4315 = call i32 @llvm.ctpop.i32(i32 %4307)
	%4316 = add i32 32, %4
	%4317 = mul i32 %4305, 64
	%4318 = add i32 %4317, %4316
	%4319 = add i32 0, %4318
	%4320 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4319
	store i32 %4315, i32 addrspace(3)* %4320
	br label %4321

4321:
	br label %4312

4322:
	%4323 = lshr i32 %4204, 24
	%4324 = and i32 %4323, 15
	%4325 = select i1 %1302, i32 %4324, i32 16
	%4326 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4325)
	%4327 = and i32 %4326, %1234
	%4328 = call i32 @llvm.ctpop.i32(i32 %4327)
	%4329 = icmp eq i32 %4328, 0
	%4330 = and i1 %1302, %4329
	br i1 %4330, label %4333, label %4340

4331:
	%4332 = phi i32 [ 0, %4312 ], [ %4328, %4340 ]
	br i1 %1314, label %4341, label %4350

4333:
	%4334 = call i32 @llvm.ctpop.i32(i32 %4326)
	%4335 = add i32 40, %4
	%4336 = mul i32 %4324, 64
	%4337 = add i32 %4336, %4335
	%4338 = add i32 0, %4337
	%4339 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4338
	store i32 %4334, i32 addrspace(3)* %4339
	br label %4340

4340:
	br label %4331

4341:
	%4342 = lshr i32 %4215, 24
	%4343 = and i32 %4342, 15
	%4344 = select i1 %1315, i32 %4343, i32 16
	%4345 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4344)
	%4346 = and i32 %4345, %1234
	%4347 = call i32 @llvm.ctpop.i32(i32 %4346)
	%4348 = icmp eq i32 %4347, 0
	%4349 = and i1 %1315, %4348
	br i1 %4349, label %4352, label %4359

4350:
	%4351 = phi i32 [ 0, %4331 ], [ %4347, %4359 ]
	br i1 %1327, label %4360, label %4369

4352:
	%4353 = call i32 @llvm.ctpop.i32(i32 %4345)
	%4354 = add i32 48, %4
	%4355 = mul i32 %4343, 64
	%4356 = add i32 %4355, %4354
	%4357 = add i32 0, %4356
	%4358 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4357
	store i32 %4353, i32 addrspace(3)* %4358
	br label %4359

4359:
	br label %4350

4360:
	%4361 = lshr i32 %4226, 24
	%4362 = and i32 %4361, 15
	%4363 = select i1 %1328, i32 %4362, i32 16
	%4364 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4363)
	%4365 = and i32 %4364, %1234
	%4366 = call i32 @llvm.ctpop.i32(i32 %4365)
	%4367 = icmp eq i32 %4366, 0
	%4368 = and i1 %1328, %4367
	br i1 %4368, label %4414, label %4421

4369:
	%4370 = phi i32 [ 0, %4350 ], [ %4366, %4421 ]
	call void @llvm.nvvm.barrier0()
	%4371 = mul i32 %0, 4
	%4372 = add i32 %4371, 0
	%4373 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4372
	%4374 = load i32, i32 addrspace(3)* %4373
	%4375 = add i32 0, %4374
	%4376 = mul i32 %0, 4
	%4377 = add i32 %4376, 1
	%4378 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4377
	%4379 = load i32, i32 addrspace(3)* %4378
	%4380 = add i32 %4375, %4379
	%4381 = mul i32 %0, 4
	%4382 = add i32 %4381, 2
	%4383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4382
	%4384 = load i32, i32 addrspace(3)* %4383
	%4385 = add i32 %4380, %4384
	%4386 = mul i32 %0, 4
	%4387 = add i32 %4386, 3
	%4388 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4387
	%4389 = load i32, i32 addrspace(3)* %4388
	%4390 = add i32 %4385, %4389
	%4391 = and i32 %0, 31
	%4392 = lshr i32 %0, 5
	%4393 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4390, i32 1, i32 0)
	%4394 = icmp uge i32 %4391, 1
	%4395 = select i1 %4394, i32 %4393, i32 0
	%4396 = add i32 %4390, %4395
	%4397 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4396, i32 2, i32 0)
	%4398 = icmp uge i32 %4391, 2
	%4399 = select i1 %4398, i32 %4397, i32 0
	%4400 = add i32 %4396, %4399
	%4401 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4400, i32 4, i32 0)
	%4402 = icmp uge i32 %4391, 4
	%4403 = select i1 %4402, i32 %4401, i32 0
	%4404 = add i32 %4400, %4403
	%4405 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4404, i32 8, i32 0)
	%4406 = icmp uge i32 %4391, 8
	%4407 = select i1 %4406, i32 %4405, i32 0
	%4408 = add i32 %4404, %4407
	%4409 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4408, i32 16, i32 0)
	%4410 = icmp uge i32 %4391, 16
	%4411 = select i1 %4410, i32 %4409, i32 0
	%4412 = add i32 %4408, %4411
	%4413 = icmp eq i32 %4391, 31
	br i1 %4413, label %4422, label %4424

4414:
	%4415 = call i32 @llvm.ctpop.i32(i32 %4364)
	%4416 = add i32 56, %4
	%4417 = mul i32 %4362, 64
	%4418 = add i32 %4417, %4416
	%4419 = add i32 0, %4418
	%4420 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4419
	store i32 %4415, i32 addrspace(3)* %4420
	br label %4421

4421:
	br label %4369

4422:
	%4423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4392
	store i32 %4412, i32 addrspace(3)* %4423
	br label %4424

4424:
	call void @llvm.nvvm.barrier0()
	%4425 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4426 = load i32, i32 addrspace(3)* %4425
	%4427 = icmp sgt i32 %4392, 0
	%4428 = select i1 %4427, i32 %4426, i32 0
	%4429 = add i32 0, %4428
	%4430 = add i32 0, %4426
	%4431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4432 = load i32, i32 addrspace(3)* %4431
	%4433 = icmp sgt i32 %4392, 1
	%4434 = select i1 %4433, i32 %4432, i32 0
	%4435 = add i32 %4429, %4434
	%4436 = add i32 %4430, %4432
	%4437 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4438 = load i32, i32 addrspace(3)* %4437
	%4439 = icmp sgt i32 %4392, 2
	%4440 = select i1 %4439, i32 %4438, i32 0
	%4441 = add i32 %4435, %4440
	%4442 = add i32 %4436, %4438
	%4443 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4444 = load i32, i32 addrspace(3)* %4443
	%4445 = icmp sgt i32 %4392, 3
	%4446 = select i1 %4445, i32 %4444, i32 0
	%4447 = add i32 %4441, %4446
	%4448 = add i32 %4442, %4444
	%4449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4450 = load i32, i32 addrspace(3)* %4449
	%4451 = icmp sgt i32 %4392, 4
	%4452 = select i1 %4451, i32 %4450, i32 0
	%4453 = add i32 %4447, %4452
	%4454 = add i32 %4448, %4450
	%4455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4456 = load i32, i32 addrspace(3)* %4455
	%4457 = icmp sgt i32 %4392, 5
	%4458 = select i1 %4457, i32 %4456, i32 0
	%4459 = add i32 %4453, %4458
	%4460 = add i32 %4454, %4456
	%4461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4462 = load i32, i32 addrspace(3)* %4461
	%4463 = icmp sgt i32 %4392, 6
	%4464 = select i1 %4463, i32 %4462, i32 0
	%4465 = add i32 %4459, %4464
	%4466 = add i32 %4460, %4462
	%4467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4468 = load i32, i32 addrspace(3)* %4467
	%4469 = icmp sgt i32 %4392, 7
	%4470 = select i1 %4469, i32 %4468, i32 0
	%4471 = add i32 %4465, %4470
	%4472 = add i32 %4466, %4468
	%4473 = add i32 %4471, %4412
	%4474 = sub i32 %4473, %4390
	%4475 = mul i32 %0, 4
	%4476 = add i32 %4475, 0
	%4477 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4476
	store i32 %4474, i32 addrspace(3)* %4477
	%4478 = add i32 %4474, %4374
	%4479 = mul i32 %0, 4
	%4480 = add i32 %4479, 1
	%4481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4480
	store i32 %4478, i32 addrspace(3)* %4481
	%4482 = add i32 %4478, %4379
	%4483 = mul i32 %0, 4
	%4484 = add i32 %4483, 2
	%4485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4484
	store i32 %4482, i32 addrspace(3)* %4485
	%4486 = add i32 %4482, %4384
	%4487 = mul i32 %0, 4
	%4488 = add i32 %4487, 3
	%4489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4488
	store i32 %4486, i32 addrspace(3)* %4489
	%4490 = add i32 %4486, %4389
	%4491 = add i32 %0, 1024
	%4492 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4491
	store i32 0, i32 addrspace(3)* %4492
	%4493 = add i32 %0, 1280
	%4494 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4493
	store i32 0, i32 addrspace(3)* %4494
	%4495 = add i32 %0, 1536
	%4496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4495
	store i32 0, i32 addrspace(3)* %4496
	%4497 = add i32 %0, 1792
	%4498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4497
	store i32 0, i32 addrspace(3)* %4498
	call void @llvm.nvvm.barrier0()
	%4499 = and i1 %1236, %1237
	br i1 %4499, label %4500, label %4513

4500:
	%4501 = lshr i32 %4149, 24
	%4502 = and i32 %4501, 15
	%4503 = add i32 0, %4
	%4504 = mul i32 %4502, 64
	%4505 = add i32 %4504, %4503
	%4506 = add i32 0, %4505
	%4507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4506
	%4508 = load i32, i32 addrspace(3)* %4507
	%4509 = add i32 %4508, %4237
	%4510 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4509
	store i32 %4148, i32 addrspace(3)* %4510
	%4511 = add i32 %4509, 2048
	%4512 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4511
	store i32 %4149, i32 addrspace(3)* %4512
	br label %4513

4513:
	%4514 = and i1 %1249, %1250
	br i1 %4514, label %4515, label %4528

4515:
	%4516 = lshr i32 %4160, 24
	%4517 = and i32 %4516, 15
	%4518 = add i32 8, %4
	%4519 = mul i32 %4517, 64
	%4520 = add i32 %4519, %4518
	%4521 = add i32 0, %4520
	%4522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4521
	%4523 = load i32, i32 addrspace(3)* %4522
	%4524 = add i32 %4523, %4256
	%4525 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4524
	store i32 %4159, i32 addrspace(3)* %4525
	%4526 = add i32 %4524, 2048
	%4527 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4526
	store i32 %4160, i32 addrspace(3)* %4527
	br label %4528

4528:
	%4529 = and i1 %1262, %1263
	br i1 %4529, label %4530, label %4543

4530:
	%4531 = lshr i32 %4171, 24
	%4532 = and i32 %4531, 15
	%4533 = add i32 16, %4
	%4534 = mul i32 %4532, 64
	%4535 = add i32 %4534, %4533
	%4536 = add i32 0, %4535
	%4537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4536
	%4538 = load i32, i32 addrspace(3)* %4537
	%4539 = add i32 %4538, %4275
	%4540 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4539
	store i32 %4170, i32 addrspace(3)* %4540
	%4541 = add i32 %4539, 2048
	%4542 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4541
	store i32 %4171, i32 addrspace(3)* %4542
	br label %4543

4543:
	%4544 = and i1 %1275, %1276
	br i1 %4544, label %4545, label %4558

4545:
	%4546 = lshr i32 %4182, 24
	%4547 = and i32 %4546, 15
	%4548 = add i32 24, %4
	%4549 = mul i32 %4547, 64
	%4550 = add i32 %4549, %4548
	%4551 = add i32 0, %4550
	%4552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4551
	%4553 = load i32, i32 addrspace(3)* %4552
	%4554 = add i32 %4553, %4294
	%4555 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4554
	store i32 %4181, i32 addrspace(3)* %4555
	%4556 = add i32 %4554, 2048
	%4557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4556
	store i32 %4182, i32 addrspace(3)* %4557
	br label %4558

4558:
	%4559 = and i1 %1288, %1289
	br i1 %4559, label %4560, label %4573

4560:
	%4561 = lshr i32 %4193, 24
	%4562 = and i32 %4561, 15
	%4563 = add i32 32, %4
	%4564 = mul i32 %4562, 64
	%4565 = add i32 %4564, %4563
	%4566 = add i32 0, %4565
	%4567 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4566
	%4568 = load i32, i32 addrspace(3)* %4567
	%4569 = add i32 %4568, %4313
	%4570 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4569
	store i32 %4192, i32 addrspace(3)* %4570
	%4571 = add i32 %4569, 2048
	%4572 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4571
	store i32 %4193, i32 addrspace(3)* %4572
	br label %4573

4573:
	%4574 = and i1 %1301, %1302
	br i1 %4574, label %4575, label %4588

4575:
	%4576 = lshr i32 %4204, 24
	%4577 = and i32 %4576, 15
	%4578 = add i32 40, %4
	%4579 = mul i32 %4577, 64
	%4580 = add i32 %4579, %4578
	%4581 = add i32 0, %4580
	%4582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4581
	%4583 = load i32, i32 addrspace(3)* %4582
	%4584 = add i32 %4583, %4332
	%4585 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4584
	store i32 %4203, i32 addrspace(3)* %4585
	%4586 = add i32 %4584, 2048
	%4587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4586
	store i32 %4204, i32 addrspace(3)* %4587
	br label %4588

4588:
	%4589 = and i1 %1314, %1315
	br i1 %4589, label %4590, label %4603

4590:
	%4591 = lshr i32 %4215, 24
	%4592 = and i32 %4591, 15
	%4593 = add i32 48, %4
	%4594 = mul i32 %4592, 64
	%4595 = add i32 %4594, %4593
	%4596 = add i32 0, %4595
	%4597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4596
	%4598 = load i32, i32 addrspace(3)* %4597
	%4599 = add i32 %4598, %4351
	%4600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4599
	store i32 %4214, i32 addrspace(3)* %4600
	%4601 = add i32 %4599, 2048
	%4602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4601
	store i32 %4215, i32 addrspace(3)* %4602
	br label %4603

4603:
	%4604 = and i1 %1327, %1328
	br i1 %4604, label %4605, label %4618

4605:
	%4606 = lshr i32 %4226, 24
	%4607 = and i32 %4606, 15
	%4608 = add i32 56, %4
	%4609 = mul i32 %4607, 64
	%4610 = add i32 %4609, %4608
	%4611 = add i32 0, %4610
	%4612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4611
	%4613 = load i32, i32 addrspace(3)* %4612
	%4614 = add i32 %4613, %4370
	%4615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4614
	store i32 %4225, i32 addrspace(3)* %4615
	%4616 = add i32 %4614, 2048
	%4617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4616
	store i32 %4226, i32 addrspace(3)* %4617
	br label %4618

4618:
	call void @llvm.nvvm.barrier0()
	%4619 = add i32 0, %0
	%4620 = and i1 %1236, %1237
	br i1 %4620, label %4621, label %4627

4621:
	%4622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4619
	%4623 = load i32, i32 addrspace(3)* %4622
	%4624 = add i32 %4619, 2048
	%4625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4624
	%4626 = load i32, i32 addrspace(3)* %4625
	br label %4627

4627:
	%4628 = phi i32 [ %4148, %4618 ], [ %4623, %4621 ]
	%4629 = phi i32 [ %4149, %4618 ], [ %4626, %4621 ]
	%4630 = add i32 256, %0
	%4631 = and i1 %1249, %1250
	br i1 %4631, label %4632, label %4638

4632:
	%4633 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4630
	%4634 = load i32, i32 addrspace(3)* %4633
	%4635 = add i32 %4630, 2048
	%4636 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4635
	%4637 = load i32, i32 addrspace(3)* %4636
	br label %4638

4638:
	%4639 = phi i32 [ %4159, %4627 ], [ %4634, %4632 ]
	%4640 = phi i32 [ %4160, %4627 ], [ %4637, %4632 ]
	%4641 = add i32 512, %0
	%4642 = and i1 %1262, %1263
	br i1 %4642, label %4643, label %4649

4643:
	%4644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4641
	%4645 = load i32, i32 addrspace(3)* %4644
	%4646 = add i32 %4641, 2048
	%4647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4646
	%4648 = load i32, i32 addrspace(3)* %4647
	br label %4649

4649:
	%4650 = phi i32 [ %4170, %4638 ], [ %4645, %4643 ]
	%4651 = phi i32 [ %4171, %4638 ], [ %4648, %4643 ]
	%4652 = add i32 768, %0
	%4653 = and i1 %1275, %1276
	br i1 %4653, label %4654, label %4660

4654:
	%4655 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4652
	%4656 = load i32, i32 addrspace(3)* %4655
	%4657 = add i32 %4652, 2048
	%4658 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4657
	%4659 = load i32, i32 addrspace(3)* %4658
	br label %4660

4660:
	%4661 = phi i32 [ %4181, %4649 ], [ %4656, %4654 ]
	%4662 = phi i32 [ %4182, %4649 ], [ %4659, %4654 ]
	%4663 = add i32 1024, %0
	%4664 = and i1 %1288, %1289
	br i1 %4664, label %4665, label %4671

4665:
	%4666 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4663
	%4667 = load i32, i32 addrspace(3)* %4666
	%4668 = add i32 %4663, 2048
	%4669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4668
	%4670 = load i32, i32 addrspace(3)* %4669
	br label %4671

4671:
	%4672 = phi i32 [ %4192, %4660 ], [ %4667, %4665 ]
	%4673 = phi i32 [ %4193, %4660 ], [ %4670, %4665 ]
	%4674 = add i32 1280, %0
	%4675 = and i1 %1301, %1302
	br i1 %4675, label %4676, label %4682

4676:
	%4677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4674
	%4678 = load i32, i32 addrspace(3)* %4677
	%4679 = add i32 %4674, 2048
	%4680 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4679
	%4681 = load i32, i32 addrspace(3)* %4680
	br label %4682

4682:
	%4683 = phi i32 [ %4203, %4671 ], [ %4678, %4676 ]
	%4684 = phi i32 [ %4204, %4671 ], [ %4681, %4676 ]
	%4685 = add i32 1536, %0
	%4686 = and i1 %1314, %1315
	br i1 %4686, label %4687, label %4693

4687:
	%4688 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4685
	%4689 = load i32, i32 addrspace(3)* %4688
	%4690 = add i32 %4685, 2048
	%4691 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4690
	%4692 = load i32, i32 addrspace(3)* %4691
	br label %4693

4693:
	%4694 = phi i32 [ %4214, %4682 ], [ %4689, %4687 ]
	%4695 = phi i32 [ %4215, %4682 ], [ %4692, %4687 ]
	%4696 = add i32 1792, %0
	%4697 = and i1 %1327, %1328
	br i1 %4697, label %4698, label %4704

4698:
	%4699 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4696
	%4700 = load i32, i32 addrspace(3)* %4699
	%4701 = add i32 %4696, 2048
	%4702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4701
	%4703 = load i32, i32 addrspace(3)* %4702
	br label %4704

4704:
	%4705 = phi i32 [ %4225, %4693 ], [ %4700, %4698 ]
	%4706 = phi i32 [ %4226, %4693 ], [ %4703, %4698 ]
	br i1 %1236, label %4707, label %4716

4707:
	%4708 = lshr i32 %4629, 28
	%4709 = and i32 %4708, 15
	%4710 = select i1 %1237, i32 %4709, i32 16
	%4711 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4710)
	%4712 = and i32 %4711, %1234
	%4713 = call i32 @llvm.ctpop.i32(i32 %4712)
	%4714 = icmp eq i32 %4713, 0
	%4715 = and i1 %1237, %4714
	br i1 %4715, label %4718, label %4725

4716:
	%4717 = phi i32 [ 0, %4704 ], [ %4713, %4725 ]
	br i1 %1249, label %4726, label %4735

4718:
	%4719 = call i32 @llvm.ctpop.i32(i32 %4711)
	%4720 = add i32 0, %4
	%4721 = mul i32 %4709, 64
	%4722 = add i32 %4721, %4720
	%4723 = add i32 1024, %4722
	%4724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4723
	store i32 %4719, i32 addrspace(3)* %4724
	br label %4725

4725:
	br label %4716

4726:
	%4727 = lshr i32 %4640, 28
	%4728 = and i32 %4727, 15
	%4729 = select i1 %1250, i32 %4728, i32 16
	%4730 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4729)
	%4731 = and i32 %4730, %1234
	%4732 = call i32 @llvm.ctpop.i32(i32 %4731)
	%4733 = icmp eq i32 %4732, 0
	%4734 = and i1 %1250, %4733
	br i1 %4734, label %4737, label %4744

4735:
	%4736 = phi i32 [ 0, %4716 ], [ %4732, %4744 ]
	br i1 %1262, label %4745, label %4754

4737:
	%4738 = call i32 @llvm.ctpop.i32(i32 %4730)
	%4739 = add i32 8, %4
	%4740 = mul i32 %4728, 64
	%4741 = add i32 %4740, %4739
	%4742 = add i32 1024, %4741
	%4743 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4742
	store i32 %4738, i32 addrspace(3)* %4743
	br label %4744

4744:
	br label %4735

4745:
	%4746 = lshr i32 %4651, 28
	%4747 = and i32 %4746, 15
	%4748 = select i1 %1263, i32 %4747, i32 16
	%4749 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4748)
	%4750 = and i32 %4749, %1234
	%4751 = call i32 @llvm.ctpop.i32(i32 %4750)
	%4752 = icmp eq i32 %4751, 0
	%4753 = and i1 %1263, %4752
	br i1 %4753, label %4756, label %4763

4754:
	%4755 = phi i32 [ 0, %4735 ], [ %4751, %4763 ]
	br i1 %1275, label %4764, label %4773

4756:
	%4757 = call i32 @llvm.ctpop.i32(i32 %4749)
	%4758 = add i32 16, %4
	%4759 = mul i32 %4747, 64
	%4760 = add i32 %4759, %4758
	%4761 = add i32 1024, %4760
	%4762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4761
	store i32 %4757, i32 addrspace(3)* %4762
	br label %4763

4763:
	br label %4754

4764:
	%4765 = lshr i32 %4662, 28
	%4766 = and i32 %4765, 15
	%4767 = select i1 %1276, i32 %4766, i32 16
	%4768 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4767)
	%4769 = and i32 %4768, %1234
	%4770 = call i32 @llvm.ctpop.i32(i32 %4769)
	%4771 = icmp eq i32 %4770, 0
	%4772 = and i1 %1276, %4771
	br i1 %4772, label %4775, label %4782

4773:
	%4774 = phi i32 [ 0, %4754 ], [ %4770, %4782 ]
	br i1 %1288, label %4783, label %4792

4775:
	%4776 = call i32 @llvm.ctpop.i32(i32 %4768)
	%4777 = add i32 24, %4
	%4778 = mul i32 %4766, 64
	%4779 = add i32 %4778, %4777
	%4780 = add i32 1024, %4779
	%4781 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4780
	store i32 %4776, i32 addrspace(3)* %4781
	br label %4782

4782:
	br label %4773

4783:
	%4784 = lshr i32 %4673, 28
	%4785 = and i32 %4784, 15
	%4786 = select i1 %1289, i32 %4785, i32 16
	%4787 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4786)
	%4788 = and i32 %4787, %1234
	%4789 = call i32 @llvm.ctpop.i32(i32 %4788)
	%4790 = icmp eq i32 %4789, 0
	%4791 = and i1 %1289, %4790
	br i1 %4791, label %4794, label %4801

4792:
	%4793 = phi i32 [ 0, %4773 ], [ %4789, %4801 ]
	br i1 %1301, label %4802, label %4811

4794:
	%4795 = call i32 @llvm.ctpop.i32(i32 %4787)
	%4796 = add i32 32, %4
	%4797 = mul i32 %4785, 64
	%4798 = add i32 %4797, %4796
	%4799 = add i32 1024, %4798
	%4800 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4799
	store i32 %4795, i32 addrspace(3)* %4800
	br label %4801

4801:
	br label %4792

4802:
	%4803 = lshr i32 %4684, 28
	%4804 = and i32 %4803, 15
	%4805 = select i1 %1302, i32 %4804, i32 16
	%4806 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4805)
	%4807 = and i32 %4806, %1234
	%4808 = call i32 @llvm.ctpop.i32(i32 %4807)
	%4809 = icmp eq i32 %4808, 0
	%4810 = and i1 %1302, %4809
	br i1 %4810, label %4813, label %4820

4811:
	%4812 = phi i32 [ 0, %4792 ], [ %4808, %4820 ]
	br i1 %1314, label %4821, label %4830

4813:
	%4814 = call i32 @llvm.ctpop.i32(i32 %4806)
	%4815 = add i32 40, %4
	%4816 = mul i32 %4804, 64
	%4817 = add i32 %4816, %4815
	%4818 = add i32 1024, %4817
	%4819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4818
	store i32 %4814, i32 addrspace(3)* %4819
	br label %4820

4820:
	br label %4811

4821:
	%4822 = lshr i32 %4695, 28
	%4823 = and i32 %4822, 15
	%4824 = select i1 %1315, i32 %4823, i32 16
	%4825 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4824)
	%4826 = and i32 %4825, %1234
	%4827 = call i32 @llvm.ctpop.i32(i32 %4826)
	%4828 = icmp eq i32 %4827, 0
	%4829 = and i1 %1315, %4828
	br i1 %4829, label %4832, label %4839

4830:
	%4831 = phi i32 [ 0, %4811 ], [ %4827, %4839 ]
	br i1 %1327, label %4840, label %4849

4832:
	%4833 = call i32 @llvm.ctpop.i32(i32 %4825)
	%4834 = add i32 48, %4
	%4835 = mul i32 %4823, 64
	%4836 = add i32 %4835, %4834
	%4837 = add i32 1024, %4836
	%4838 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4837
	store i32 %4833, i32 addrspace(3)* %4838
	br label %4839

4839:
	br label %4830

4840:
	%4841 = lshr i32 %4706, 28
	%4842 = and i32 %4841, 15
	%4843 = select i1 %1328, i32 %4842, i32 16
	%4844 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4843)
	%4845 = and i32 %4844, %1234
	%4846 = call i32 @llvm.ctpop.i32(i32 %4845)
	%4847 = icmp eq i32 %4846, 0
	%4848 = and i1 %1328, %4847
	br i1 %4848, label %4894, label %4901

4849:
	%4850 = phi i32 [ 0, %4830 ], [ %4846, %4901 ]
	call void @llvm.nvvm.barrier0()
	%4851 = mul i32 %0, 4
	%4852 = add i32 %4851, 1024
	%4853 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4852
	%4854 = load i32, i32 addrspace(3)* %4853
	%4855 = add i32 0, %4854
	%4856 = mul i32 %0, 4
	%4857 = add i32 %4856, 1025
	%4858 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4857
	%4859 = load i32, i32 addrspace(3)* %4858
	%4860 = add i32 %4855, %4859
	%4861 = mul i32 %0, 4
	%4862 = add i32 %4861, 1026
	%4863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4862
	%4864 = load i32, i32 addrspace(3)* %4863
	%4865 = add i32 %4860, %4864
	%4866 = mul i32 %0, 4
	%4867 = add i32 %4866, 1027
	%4868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4867
	%4869 = load i32, i32 addrspace(3)* %4868
	%4870 = add i32 %4865, %4869
	%4871 = and i32 %0, 31
	%4872 = lshr i32 %0, 5
	%4873 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4870, i32 1, i32 0)
	%4874 = icmp uge i32 %4871, 1
	%4875 = select i1 %4874, i32 %4873, i32 0
	%4876 = add i32 %4870, %4875
	%4877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4876, i32 2, i32 0)
	%4878 = icmp uge i32 %4871, 2
	%4879 = select i1 %4878, i32 %4877, i32 0
	%4880 = add i32 %4876, %4879
	%4881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4880, i32 4, i32 0)
	%4882 = icmp uge i32 %4871, 4
	%4883 = select i1 %4882, i32 %4881, i32 0
	%4884 = add i32 %4880, %4883
	%4885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4884, i32 8, i32 0)
	%4886 = icmp uge i32 %4871, 8
	%4887 = select i1 %4886, i32 %4885, i32 0
	%4888 = add i32 %4884, %4887
	%4889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4888, i32 16, i32 0)
	%4890 = icmp uge i32 %4871, 16
	%4891 = select i1 %4890, i32 %4889, i32 0
	%4892 = add i32 %4888, %4891
	%4893 = icmp eq i32 %4871, 31
	br i1 %4893, label %4902, label %4904

4894:
	%4895 = call i32 @llvm.ctpop.i32(i32 %4844)
	%4896 = add i32 56, %4
	%4897 = mul i32 %4842, 64
	%4898 = add i32 %4897, %4896
	%4899 = add i32 1024, %4898
	%4900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4899
	store i32 %4895, i32 addrspace(3)* %4900
	br label %4901

4901:
	br label %4849

4902:
	%4903 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4872
	store i32 %4892, i32 addrspace(3)* %4903
	br label %4904

4904:
	call void @llvm.nvvm.barrier0()
	%4905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4906 = load i32, i32 addrspace(3)* %4905
	%4907 = icmp sgt i32 %4872, 0
	%4908 = select i1 %4907, i32 %4906, i32 0
	%4909 = add i32 0, %4908
	%4910 = add i32 0, %4906
	%4911 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4912 = load i32, i32 addrspace(3)* %4911
	%4913 = icmp sgt i32 %4872, 1
	%4914 = select i1 %4913, i32 %4912, i32 0
	%4915 = add i32 %4909, %4914
	%4916 = add i32 %4910, %4912
	%4917 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4918 = load i32, i32 addrspace(3)* %4917
	%4919 = icmp sgt i32 %4872, 2
	%4920 = select i1 %4919, i32 %4918, i32 0
	%4921 = add i32 %4915, %4920
	%4922 = add i32 %4916, %4918
	%4923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4924 = load i32, i32 addrspace(3)* %4923
	%4925 = icmp sgt i32 %4872, 3
	%4926 = select i1 %4925, i32 %4924, i32 0
	%4927 = add i32 %4921, %4926
	%4928 = add i32 %4922, %4924
	%4929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4930 = load i32, i32 addrspace(3)* %4929
	%4931 = icmp sgt i32 %4872, 4
	%4932 = select i1 %4931, i32 %4930, i32 0
	%4933 = add i32 %4927, %4932
	%4934 = add i32 %4928, %4930
	%4935 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4936 = load i32, i32 addrspace(3)* %4935
	%4937 = icmp sgt i32 %4872, 5
	%4938 = select i1 %4937, i32 %4936, i32 0
	%4939 = add i32 %4933, %4938
	%4940 = add i32 %4934, %4936
	%4941 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4942 = load i32, i32 addrspace(3)* %4941
	%4943 = icmp sgt i32 %4872, 6
	%4944 = select i1 %4943, i32 %4942, i32 0
	%4945 = add i32 %4939, %4944
	%4946 = add i32 %4940, %4942
	%4947 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4948 = load i32, i32 addrspace(3)* %4947
	%4949 = icmp sgt i32 %4872, 7
	%4950 = select i1 %4949, i32 %4948, i32 0
	%4951 = add i32 %4945, %4950
	%4952 = add i32 %4946, %4948
	%4953 = add i32 %4951, %4892
	%4954 = sub i32 %4953, %4870
	%4955 = mul i32 %0, 4
	%4956 = add i32 %4955, 1024
	%4957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4956
	store i32 %4954, i32 addrspace(3)* %4957
	%4958 = add i32 %4954, %4854
	%4959 = mul i32 %0, 4
	%4960 = add i32 %4959, 1025
	%4961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4960
	store i32 %4958, i32 addrspace(3)* %4961
	%4962 = add i32 %4958, %4859
	%4963 = mul i32 %0, 4
	%4964 = add i32 %4963, 1026
	%4965 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4964
	store i32 %4962, i32 addrspace(3)* %4965
	%4966 = add i32 %4962, %4864
	%4967 = mul i32 %0, 4
	%4968 = add i32 %4967, 1027
	%4969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4968
	store i32 %4966, i32 addrspace(3)* %4969
	%4970 = add i32 %4966, %4869
	%4971 = add i32 %0, 0
	%4972 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4971
	store i32 0, i32 addrspace(3)* %4972
	%4973 = add i32 %0, 256
	%4974 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4973
	store i32 0, i32 addrspace(3)* %4974
	%4975 = add i32 %0, 512
	%4976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4975
	store i32 0, i32 addrspace(3)* %4976
	%4977 = add i32 %0, 768
	%4978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4977
	store i32 0, i32 addrspace(3)* %4978
	call void @llvm.nvvm.barrier0()
	%4979 = and i1 %1236, %1237
	br i1 %4979, label %4980, label %4998

4980:
	%4981 = lshr i32 %4629, 28
	%4982 = and i32 %4981, 15
	%4983 = add i32 0, %4
	%4984 = mul i32 %4982, 64
	%4985 = add i32 %4984, %4983
	%4986 = add i32 1024, %4985
	%4987 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4986
	%4988 = load i32, i32 addrspace(3)* %4987
	%4989 = add i32 %4988, %4717
	%4990 = add i32 %412, %4989
	%4991 = add i32 %13, %4990
	%4992 = sext i32 %4991 to i64
	%4993 = getelementptr i32, i32* %list, i64 %4992
	store i32 %4628, i32* %4993
	%4994 = add i32 %13, %NK
	%4995 = add i32 %4994, %4990
	%4996 = sext i32 %4995 to i64
	%4997 = getelementptr i32, i32* %list, i64 %4996
	store i32 0, i32* %4997
	br label %4998

4998:
	%4999 = and i1 %1249, %1250
	br i1 %4999, label %5000, label %5018

5000:
	%5001 = lshr i32 %4640, 28
	%5002 = and i32 %5001, 15
	%5003 = add i32 8, %4
	%5004 = mul i32 %5002, 64
	%5005 = add i32 %5004, %5003
	%5006 = add i32 1024, %5005
	%5007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5006
	%5008 = load i32, i32 addrspace(3)* %5007
	%5009 = add i32 %5008, %4736
	%5010 = add i32 %412, %5009
	%5011 = add i32 %13, %5010
	%5012 = sext i32 %5011 to i64
	%5013 = getelementptr i32, i32* %list, i64 %5012
	store i32 %4639, i32* %5013
	%5014 = add i32 %13, %NK
	%5015 = add i32 %5014, %5010
	%5016 = sext i32 %5015 to i64
	%5017 = getelementptr i32, i32* %list, i64 %5016
	store i32 0, i32* %5017
	br label %5018

5018:
	%5019 = and i1 %1262, %1263
	br i1 %5019, label %5020, label %5038

5020:
	%5021 = lshr i32 %4651, 28
	%5022 = and i32 %5021, 15
	%5023 = add i32 16, %4
	%5024 = mul i32 %5022, 64
	%5025 = add i32 %5024, %5023
	%5026 = add i32 1024, %5025
	%5027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5026
	%5028 = load i32, i32 addrspace(3)* %5027
	%5029 = add i32 %5028, %4755
	%5030 = add i32 %412, %5029
	%5031 = add i32 %13, %5030
	%5032 = sext i32 %5031 to i64
	%5033 = getelementptr i32, i32* %list, i64 %5032
	store i32 %4650, i32* %5033
	%5034 = add i32 %13, %NK
	%5035 = add i32 %5034, %5030
	%5036 = sext i32 %5035 to i64
	%5037 = getelementptr i32, i32* %list, i64 %5036
	store i32 0, i32* %5037
	br label %5038

5038:
	%5039 = and i1 %1275, %1276
	br i1 %5039, label %5040, label %5058

5040:
	%5041 = lshr i32 %4662, 28
	%5042 = and i32 %5041, 15
	%5043 = add i32 24, %4
	%5044 = mul i32 %5042, 64
	%5045 = add i32 %5044, %5043
	%5046 = add i32 1024, %5045
	%5047 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5046
	%5048 = load i32, i32 addrspace(3)* %5047
	%5049 = add i32 %5048, %4774
	%5050 = add i32 %412, %5049
	%5051 = add i32 %13, %5050
	%5052 = sext i32 %5051 to i64
	%5053 = getelementptr i32, i32* %list, i64 %5052
	store i32 %4661, i32* %5053
	%5054 = add i32 %13, %NK
	%5055 = add i32 %5054, %5050
	%5056 = sext i32 %5055 to i64
	%5057 = getelementptr i32, i32* %list, i64 %5056
	store i32 0, i32* %5057
	br label %5058

5058:
	%5059 = and i1 %1288, %1289
	br i1 %5059, label %5060, label %5078

5060:
	%5061 = lshr i32 %4673, 28
	%5062 = and i32 %5061, 15
	%5063 = add i32 32, %4
	%5064 = mul i32 %5062, 64
	%5065 = add i32 %5064, %5063
	%5066 = add i32 1024, %5065
	%5067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5066
	%5068 = load i32, i32 addrspace(3)* %5067
	%5069 = add i32 %5068, %4793
	%5070 = add i32 %412, %5069
	%5071 = add i32 %13, %5070
	%5072 = sext i32 %5071 to i64
	%5073 = getelementptr i32, i32* %list, i64 %5072
	store i32 %4672, i32* %5073
	%5074 = add i32 %13, %NK
	%5075 = add i32 %5074, %5070
	%5076 = sext i32 %5075 to i64
	%5077 = getelementptr i32, i32* %list, i64 %5076
	store i32 0, i32* %5077
	br label %5078

5078:
	%5079 = and i1 %1301, %1302
	br i1 %5079, label %5080, label %5098

5080:
	%5081 = lshr i32 %4684, 28
	%5082 = and i32 %5081, 15
	%5083 = add i32 40, %4
	%5084 = mul i32 %5082, 64
	%5085 = add i32 %5084, %5083
	%5086 = add i32 1024, %5085
	%5087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5086
	%5088 = load i32, i32 addrspace(3)* %5087
	%5089 = add i32 %5088, %4812
	%5090 = add i32 %412, %5089
	%5091 = add i32 %13, %5090
	%5092 = sext i32 %5091 to i64
	%5093 = getelementptr i32, i32* %list, i64 %5092
	store i32 %4683, i32* %5093
	%5094 = add i32 %13, %NK
	%5095 = add i32 %5094, %5090
	%5096 = sext i32 %5095 to i64
	%5097 = getelementptr i32, i32* %list, i64 %5096
	store i32 0, i32* %5097
	br label %5098

5098:
	%5099 = and i1 %1314, %1315
	br i1 %5099, label %5100, label %5118

5100:
	%5101 = lshr i32 %4695, 28
	%5102 = and i32 %5101, 15
	%5103 = add i32 48, %4
	%5104 = mul i32 %5102, 64
	%5105 = add i32 %5104, %5103
	%5106 = add i32 1024, %5105
	%5107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5106
	%5108 = load i32, i32 addrspace(3)* %5107
	%5109 = add i32 %5108, %4831
	%5110 = add i32 %412, %5109
	%5111 = add i32 %13, %5110
	%5112 = sext i32 %5111 to i64
	%5113 = getelementptr i32, i32* %list, i64 %5112
	store i32 %4694, i32* %5113
	%5114 = add i32 %13, %NK
	%5115 = add i32 %5114, %5110
	%5116 = sext i32 %5115 to i64
	%5117 = getelementptr i32, i32* %list, i64 %5116
	store i32 0, i32* %5117
	br label %5118

5118:
	%5119 = and i1 %1327, %1328
	br i1 %5119, label %5120, label %5138

5120:
	%5121 = lshr i32 %4706, 28
	%5122 = and i32 %5121, 15
	%5123 = add i32 56, %4
	%5124 = mul i32 %5122, 64
	%5125 = add i32 %5124, %5123
	%5126 = add i32 1024, %5125
	%5127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5126
	%5128 = load i32, i32 addrspace(3)* %5127
	%5129 = add i32 %5128, %4850
	%5130 = add i32 %412, %5129
	%5131 = add i32 %13, %5130
	%5132 = sext i32 %5131 to i64
	%5133 = getelementptr i32, i32* %list, i64 %5132
	store i32 %4705, i32* %5133
	%5134 = add i32 %13, %NK
	%5135 = add i32 %5134, %5130
	%5136 = sext i32 %5135 to i64
	%5137 = getelementptr i32, i32* %list, i64 %5136
	store i32 0, i32* %5137
	br label %5138

5138:
	br label %write_done

5139:
	%5140 = phi i32 [ %1221, %write_sort ], [ %5144, %5142 ]
	%5141 = icmp slt i32 %5140, %1220
	br i1 %5141, label %5142, label %5145

5142:
	%5143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5140
	store i32 -1, i32 addrspace(3)* %5143
	%5144 = add i32 %5140, 256
	br label %5139

5145:
	call void @llvm.nvvm.barrier0()
	%5146 = add i32 %1219, 1
	br label %5147

5147:
	%5148 = phi i32 [ 1, %5145 ], [ %5164, %5163 ]
	%5149 = icmp slt i32 %5148, %5146
	br i1 %5149, label %5150, label %5152

5150:
	%5151 = shl i32 1, %5148
	br label %5153

5152:
	br label %5205

5153:
	%5154 = phi i32 [ 0, %5150 ], [ %5199, %5198 ]
	%5155 = icmp slt i32 %5154, %5148
	br i1 %5155, label %5156, label %5163

5156:
	%5157 = sub i32 %5148, 1
	%5158 = sub i32 %5157, %5154
	%5159 = shl i32 1, %5158
	%5160 = sub i32 %5148, 1
	%5161 = sub i32 %5160, %5154
	%5162 = lshr i32 %1220, 1
	br label %5165

5163:
	%5164 = add i32 %5148, 1
	br label %5147

5165:
	%5166 = phi i32 [ %0, %5156 ], [ %5204, %5203 ]
	%5167 = icmp slt i32 %5166, %5162
	br i1 %5167, label %5168, label %5198

5168:
	%5169 = lshr i32 %5166, %5161
	%5170 = add i32 %5161, 1
	%5171 = shl i32 %5169, %5170
	%5172 = sub i32 %5159, 1
	%5173 = and i32 %5166, %5172
	%5174 = or i32 %5171, %5173
	%5175 = or i32 %5174, %5159
	%5176 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5174
	%5177 = load i32, i32 addrspace(3)* %5176
	%5178 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5175
	%5179 = load i32, i32 addrspace(3)* %5178
	%5180 = and i32 %5174, %5151
	%5181 = icmp eq i32 %5180, 0
	%5182 = icmp sge i32 %5179, 0
	%5183 = select i1 %5182, i32 %5179, i32 0
	%5184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5183
	%5185 = load i32, i32 addrspace(3)* %5184
	%5186 = select i1 %5182, i32 %5185, i32 0
	%5187 = icmp sge i32 %5177, 0
	%5188 = select i1 %5187, i32 %5177, i32 0
	%5189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5188
	%5190 = load i32, i32 addrspace(3)* %5189
	%5191 = select i1 %5187, i32 %5190, i32 0
	%5192 = icmp ugt i32 %5186, %5191
	%5193 = icmp eq i32 %5186, %5191
	%5194 = icmp slt i32 %5179, %5177
	%5195 = and i1 %5193, %5194
	%5196 = or i1 %5192, %5195
	%5197 = icmp eq i1 %5196, %5181
	br i1 %5197, label %5200, label %5203

5198:
	call void @llvm.nvvm.barrier0()
	%5199 = add i32 %5154, 1
	br label %5153

5200:
	%5201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5174
	store i32 %5179, i32 addrspace(3)* %5201
	%5202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5175
	store i32 %5177, i32 addrspace(3)* %5202
	br label %5203

5203:
	%5204 = add i32 %5166, 256
	br label %5165

5205:
	%5206 = phi i32 [ %0, %5152 ], [ %5219, %5208 ]
	%5207 = icmp slt i32 %5206, %425
	br i1 %5207, label %5208, label %5220

5208:
	%5209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5206
	%5210 = load i32, i32 addrspace(3)* %5209
	%5211 = add i32 %412, %5206
	%5212 = add i32 %13, %5211
	%5213 = sext i32 %5212 to i64
	%5214 = getelementptr i32, i32* %list, i64 %5213
	store i32 %5210, i32* %5214
	%5215 = add i32 %13, %NK
	%5216 = add i32 %5215, %5211
	%5217 = sext i32 %5216 to i64
	%5218 = getelementptr i32, i32* %list, i64 %5217
	store i32 0, i32* %5218
	%5219 = add i32 %5206, 256
	br label %5205

5220:
	br label %write_done

5221:
	%5222 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%5223 = load i32, i32 addrspace(3)* %5222
	%5224 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5223
	%5225 = load i32, i32 addrspace(3)* %5224
	%5226 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %5225, i32 addrspace(3)* %5226
	br label %5227

5227:
	call void @llvm.nvvm.barrier0()
	br i1 %482, label %5228, label %5233

5228:
	%5229 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%5230 = load i32, i32 addrspace(3)* %5229
	%5231 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%5232 = load i32, i32 addrspace(3)* %5231
	br label %5234

5233:
	br label %write_done

5234:
	%5235 = phi i32 [ 0, %5228 ], [ %5250, %5238 ]
	%5236 = phi i32 [ 0, %5228 ], [ %5249, %5238 ]
	%5237 = icmp slt i32 %5235, %425
	br i1 %5237, label %5238, label %5251

5238:
	%5239 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %5235
	%5240 = load i32, i32 addrspace(3)* %5239
	%5241 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5235
	%5242 = load i32, i32 addrspace(3)* %5241
	%5243 = icmp ugt i32 %5240, %5232
	%5244 = icmp eq i32 %5240, %5232
	%5245 = icmp slt i32 %5242, %5230
	%5246 = and i1 %5244, %5245
	%5247 = or i1 %5243, %5246
	%5248 = zext i1 %5247 to i32
	%5249 = add i32 %5236, %5248
	%5250 = add i32 %5235, 1
	br label %5234

5251:
	%5252 = add i32 %412, %5236
	%5253 = add i32 %13, %5252
	%5254 = sext i32 %5253 to i64
	%5255 = getelementptr i32, i32* %list, i64 %5254
	store i32 %5230, i32* %5255
	%5256 = add i32 %13, %NK
	%5257 = add i32 %5256, %5252
	%5258 = sext i32 %5257 to i64
	%5259 = getelementptr i32, i32* %list, i64 %5258
	store i32 0, i32* %5259
	br label %5233

5260:
	%5261 = phi i32 [ %1231, %write_done ], [ %5271, %5263 ]
	%5262 = icmp slt i32 %5261, %1230
	br i1 %5262, label %5263, label %5272

5263:
	%5264 = add i32 %13, %5261
	%5265 = sext i32 %5264 to i64
	%5266 = getelementptr i32, i32* %list, i64 %5265
	store i32 -1, i32* %5266
	%5267 = add i32 %13, %NK
	%5268 = add i32 %5267, %5261
	%5269 = sext i32 %5268 to i64
	%5270 = getelementptr i32, i32* %list, i64 %5269
	store i32 -1, i32* %5270
	%5271 = add i32 %5261, 256
	br label %5260

5272:
	ret void
}
