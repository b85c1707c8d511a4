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
	br i1 %482, label %1314, label %1320

write_sort:
	%1215 = sub i32 %425, 1
	%1216 = call i32 @llvm.ctlz.i32(i32 %1215, i1 false)
	%1217 = icmp sgt i32 %425, 1
	%1218 = sub i32 32, %1216
	%1219 = select i1 %1217, i32 %1218, i32 0
	%1220 = shl i32 1, %1219
	%1221 = add i32 %425, %0
	br label %1232

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
	br label %1353

1232:
	%1233 = phi i32 [ %1221, %write_sort ], [ %1237, %1235 ]
	%1234 = icmp slt i32 %1233, %1220
	br i1 %1234, label %1235, label %1238

1235:
	%1236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1233
	store i32 -1, i32 addrspace(3)* %1236
	%1237 = add i32 %1233, 256
	br label %1232

1238:
	call void @llvm.nvvm.barrier0()
	%1239 = add i32 %1219, 1
	br label %1240

1240:
	%1241 = phi i32 [ 1, %1238 ], [ %1257, %1256 ]
	%1242 = icmp slt i32 %1241, %1239
	br i1 %1242, label %1243, label %1245

1243:
	%1244 = shl i32 1, %1241
	br label %1246

1245:
	br label %1298

1246:
	%1247 = phi i32 [ 0, %1243 ], [ %1292, %1291 ]
	%1248 = icmp slt i32 %1247, %1241
	br i1 %1248, label %1249, label %1256

1249:
	%1250 = sub i32 %1241, 1
	%1251 = sub i32 %1250, %1247
	%1252 = shl i32 1, %1251
	%1253 = sub i32 %1241, 1
	%1254 = sub i32 %1253, %1247
	%1255 = lshr i32 %1220, 1
	br label %1258

1256:
	%1257 = add i32 %1241, 1
	br label %1240

1258:
	%1259 = phi i32 [ %0, %1249 ], [ %1297, %1296 ]
	%1260 = icmp slt i32 %1259, %1255
	br i1 %1260, label %1261, label %1291

1261:
	%1262 = lshr i32 %1259, %1254
	%1263 = add i32 %1254, 1
	%1264 = shl i32 %1262, %1263
	%1265 = sub i32 %1252, 1
	%1266 = and i32 %1259, %1265
	%1267 = or i32 %1264, %1266
	%1268 = or i32 %1267, %1252
	%1269 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1267
	%1270 = load i32, i32 addrspace(3)* %1269
	%1271 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1268
	%1272 = load i32, i32 addrspace(3)* %1271
	%1273 = and i32 %1267, %1244
	%1274 = icmp eq i32 %1273, 0
	%1275 = icmp sge i32 %1272, 0
	%1276 = select i1 %1275, i32 %1272, i32 0
	%1277 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1276
	%1278 = load i32, i32 addrspace(3)* %1277
	%1279 = select i1 %1275, i32 %1278, i32 0
	%1280 = icmp sge i32 %1270, 0
	%1281 = select i1 %1280, i32 %1270, i32 0
	%1282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1281
	%1283 = load i32, i32 addrspace(3)* %1282
	%1284 = select i1 %1280, i32 %1283, i32 0
	%1285 = icmp ugt i32 %1279, %1284
	%1286 = icmp eq i32 %1279, %1284
	%1287 = icmp slt i32 %1272, %1270
	%1288 = and i1 %1286, %1287
	%1289 = or i1 %1285, %1288
	%1290 = icmp eq i1 %1289, %1274
	br i1 %1290, label %1293, label %1296

1291:
	call void @llvm.nvvm.barrier0()
	%1292 = add i32 %1247, 1
	br label %1246

1293:
	%1294 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1267
	store i32 %1272, i32 addrspace(3)* %1294
	%1295 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1268
	store i32 %1270, i32 addrspace(3)* %1295
	br label %1296

1296:
	%1297 = add i32 %1259, 256
	br label %1258

1298:
	%1299 = phi i32 [ %0, %1245 ], [ %1312, %1301 ]
	%1300 = icmp slt i32 %1299, %425
	br i1 %1300, label %1301, label %1313

1301:
	%1302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1299
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = add i32 %412, %1299
	%1305 = add i32 %13, %1304
	%1306 = sext i32 %1305 to i64
	%1307 = getelementptr i32, i32* %list, i64 %1306
	store i32 %1303, i32* %1307
	%1308 = add i32 %13, %NK
	%1309 = add i32 %1308, %1304
	%1310 = sext i32 %1309 to i64
	%1311 = getelementptr i32, i32* %list, i64 %1310
	store i32 0, i32* %1311
	%1312 = add i32 %1299, 256
	br label %1298

1313:
	br label %write_done

1314:
	%1315 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1316 = load i32, i32 addrspace(3)* %1315
	%1317 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1316
	%1318 = load i32, i32 addrspace(3)* %1317
	%1319 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1318, i32 addrspace(3)* %1319
	br label %1320

1320:
	call void @llvm.nvvm.barrier0()
	br i1 %482, label %1321, label %1326

1321:
	%1322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1325 = load i32, i32 addrspace(3)* %1324
	br label %1327

1326:
	br label %write_done

1327:
	%1328 = phi i32 [ 0, %1321 ], [ %1343, %1331 ]
	%1329 = phi i32 [ 0, %1321 ], [ %1342, %1331 ]
	%1330 = icmp slt i32 %1328, %425
	br i1 %1330, label %1331, label %1344

1331:
	%1332 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1328
	%1333 = load i32, i32 addrspace(3)* %1332
	%1334 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1328
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = icmp ugt i32 %1333, %1325
	%1337 = icmp eq i32 %1333, %1325
	%1338 = icmp slt i32 %1335, %1323
	%1339 = and i1 %1337, %1338
	%1340 = or i1 %1336, %1339
	%1341 = zext i1 %1340 to i32
	%1342 = add i32 %1329, %1341
	%1343 = add i32 %1328, 1
	br label %1327

1344:
	%1345 = add i32 %412, %1329
	%1346 = add i32 %13, %1345
	%1347 = sext i32 %1346 to i64
	%1348 = getelementptr i32, i32* %list, i64 %1347
	store i32 %1323, i32* %1348
	%1349 = add i32 %13, %NK
	%1350 = add i32 %1349, %1345
	%1351 = sext i32 %1350 to i64
	%1352 = getelementptr i32, i32* %list, i64 %1351
	store i32 0, i32* %1352
	br label %1326

1353:
	%1354 = phi i32 [ %1231, %write_done ], [ %1364, %1356 ]
	%1355 = icmp slt i32 %1354, %1230
	br i1 %1355, label %1356, label %1365

1356:
	%1357 = add i32 %13, %1354
	%1358 = sext i32 %1357 to i64
	%1359 = getelementptr i32, i32* %list, i64 %1358
	store i32 -1, i32* %1359
	%1360 = add i32 %13, %NK
	%1361 = add i32 %1360, %1354
	%1362 = sext i32 %1361 to i64
	%1363 = getelementptr i32, i32* %list, i64 %1362
	store i32 -1, i32* %1363
	%1364 = add i32 %1354, 256
	br label %1353

1365:
	ret void
}
