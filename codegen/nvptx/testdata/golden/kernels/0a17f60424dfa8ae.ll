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
	%309 = mul i32 %1, 128
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 128
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
	%334 = phi i32 [ %0, %284 ], [ %379, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %378, %364 ]
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
	br i1 %358, label %380, label %381

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp eq i32 %334, 0
	%366 = or i1 false, %365
	%367 = sub i32 %324, 2
	%368 = icmp sge i32 %334, %367
	%369 = icmp slt i32 %334, %324
	%370 = and i1 %368, %369
	%371 = or i1 %366, %370
	%372 = bitcast float %343 to i32
	%373 = add i32 %372, 2
	%374 = select i1 %371, i32 1, i32 %373
	%375 = select i1 %341, i32 %374, i32 0
	%376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %334
	store i32 %375, i32 addrspace(3)* %376
	%377 = uitofp i1 %341 to float
	%378 = fadd float %335, %377
	%379 = add i32 %334, 256
	br label %333

380:
	store float %355, float addrspace(3)* %359
	br label %381

381:
	call void @llvm.nvvm.barrier0()
	%382 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%383 = load float, float addrspace(3)* %382
	%384 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%385 = load float, float addrspace(3)* %384
	%386 = fadd float %383, %385
	%387 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%388 = load float, float addrspace(3)* %387
	%389 = fadd float %386, %388
	%390 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%391 = load float, float addrspace(3)* %390
	%392 = fadd float %389, %391
	%393 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%394 = load float, float addrspace(3)* %393
	%395 = fadd float %392, %394
	%396 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%397 = load float, float addrspace(3)* %396
	%398 = fadd float %395, %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%403 = load float, float addrspace(3)* %402
	%404 = fadd float %401, %403
	%405 = fptosi float %404 to i32
	%406 = icmp eq i32 %0, 0
	br i1 %406, label %407, label %411

407:
	%408 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%409 = load i32, i32 addrspace(3)* %408
	%410 = icmp eq i32 %409, 1
	br i1 %410, label %423, label %431

411:
	call void @llvm.nvvm.barrier0()
	%412 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%413 = load i32, i32 addrspace(3)* %412
	%414 = sub i32 %405, %413
	%415 = sub i32 8, %413
	%416 = icmp sgt i32 %415, 0
	%417 = select i1 %416, i32 %415, i32 0
	%418 = icmp slt i32 %417, %414
	%419 = select i1 %418, i32 %417, i32 %414
	%420 = icmp sgt i32 %419, 0
	%421 = select i1 %420, i32 %419, i32 0
	%422 = icmp sgt i32 %421, 0
	br i1 %422, label %topk, label %topk_done

423:
	%424 = add i32 %13, 0
	%425 = sext i32 %424 to i64
	%426 = getelementptr i32, i32* %list, i64 %425
	store i32 0, i32* %426
	%427 = add i32 %13, %NK
	%428 = add i32 %427, 0
	%429 = sext i32 %428 to i64
	%430 = getelementptr i32, i32* %list, i64 %429
	store i32 1, i32* %430
	br label %431

431:
	%432 = add i32 %11, 0
	%433 = sext i32 %432 to i64
	%434 = getelementptr float, float* %e, i64 %433
	%435 = load float, float* %434
	%436 = add i32 0, 1
	%437 = select i1 %410, i32 %436, i32 0
	%438 = fpext float %435 to double
	%439 = fadd double 0.0, %438
	%440 = select i1 %410, double %439, double 0.0
	%441 = sub i32 %324, 2
	%442 = icmp sgt i32 %441, 1
	%443 = select i1 %442, i32 %441, i32 1
	%444 = add i32 %332, 1
	%445 = icmp slt i32 %444, %NK
	%446 = select i1 %445, i32 %444, i32 %NK
	br label %447

447:
	%448 = phi i32 [ %443, %431 ], [ %477, %467 ]
	%449 = phi i32 [ %437, %431 ], [ %473, %467 ]
	%450 = phi double [ %440, %431 ], [ %476, %467 ]
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
	br label %411

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

topk:
	call void @llvm.nvvm.barrier0()
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %478
	call void @llvm.nvvm.barrier0()
	br label %481

topk_done:
	%479 = icmp slt i32 %0, %421
	%480 = icmp sle i32 %421, 256
	br i1 %480, label %write_rank, label %write_sort

481:
	%482 = phi i32 [ %0, %topk ], [ %531, %530 ]
	%483 = icmp slt i32 %482, %16
	br i1 %483, label %484, label %494

484:
	%485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %482
	%486 = load i32, i32 addrspace(3)* %485
	%487 = icmp uge i32 %486, 2
	%488 = and i32 %486, 0
	%489 = icmp eq i32 %488, 0
	%490 = and i1 %487, %489
	%491 = lshr i32 %486, 24
	%492 = and i32 %491, 255
	%493 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %490)
	br i1 %493, label %522, label %530

494:
	call void @llvm.nvvm.barrier0()
	%495 = sub i32 255, %0
	%496 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %495
	%497 = load i32, i32 addrspace(3)* %496
	%498 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %498
	%499 = and i32 %0, 31
	%500 = lshr i32 %0, 5
	%501 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %497, i32 1, i32 0)
	%502 = icmp uge i32 %499, 1
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %497, %503
	%505 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %504, i32 2, i32 0)
	%506 = icmp uge i32 %499, 2
	%507 = select i1 %506, i32 %505, i32 0
	%508 = add i32 %504, %507
	%509 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %508, i32 4, i32 0)
	%510 = icmp uge i32 %499, 4
	%511 = select i1 %510, i32 %509, i32 0
	%512 = add i32 %508, %511
	%513 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %512, i32 8, i32 0)
	%514 = icmp uge i32 %499, 8
	%515 = select i1 %514, i32 %513, i32 0
	%516 = add i32 %512, %515
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 16, i32 0)
	%518 = icmp uge i32 %499, 16
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %516, %519
	%521 = icmp eq i32 %499, 31
	br i1 %521, label %537, label %539

522:
	%523 = select i1 %490, i32 %492, i32 256
	%524 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %523)
	%525 = shl i32 1, %3
	%526 = sub i32 %525, 1
	%527 = and i32 %524, %526
	%528 = icmp eq i32 %527, 0
	%529 = and i1 %490, %528
	br i1 %529, label %532, label %536

530:
	%531 = add i32 %482, 256
	br label %481

532:
	%533 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %492
	%534 = call i32 @llvm.ctpop.i32(i32 %524)
	%535 = atomicrmw add i32 addrspace(3)* %533, i32 %534 monotonic
	br label %536

536:
	br label %530

537:
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %500
	store i32 %520, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %500, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %500, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %500, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %500, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %500, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %500, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %500, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %500, 7
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = add i32 %586, %520
	%589 = sub i32 %588, %497
	%590 = icmp slt i32 %589, %421
	%591 = add i32 %589, %497
	%592 = icmp sle i32 %421, %591
	%593 = and i1 %590, %592
	br i1 %593, label %594, label %597

594:
	%595 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %495, i32 addrspace(3)* %595
	%596 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %589, i32 addrspace(3)* %596
	br label %597

597:
	call void @llvm.nvvm.barrier0()
	%598 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%599 = load i32, i32 addrspace(3)* %598
	%600 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%601 = load i32, i32 addrspace(3)* %600
	%602 = sub i32 %421, %601
	%603 = shl i32 %599, 24
	%604 = or i32 0, %603
	%605 = or i32 0, u0xFF000000
	br label %606

606:
	%607 = phi i32 [ %0, %597 ], [ %656, %655 ]
	%608 = icmp slt i32 %607, %16
	br i1 %608, label %609, label %619

609:
	%610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %607
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp uge i32 %611, 2
	%613 = and i32 %611, %605
	%614 = icmp eq i32 %613, %604
	%615 = and i1 %612, %614
	%616 = lshr i32 %611, 16
	%617 = and i32 %616, 255
	%618 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %615)
	br i1 %618, label %647, label %655

619:
	call void @llvm.nvvm.barrier0()
	%620 = sub i32 255, %0
	%621 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %620
	%622 = load i32, i32 addrspace(3)* %621
	%623 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %623
	%624 = and i32 %0, 31
	%625 = lshr i32 %0, 5
	%626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %622, i32 1, i32 0)
	%627 = icmp uge i32 %624, 1
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %622, %628
	%630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %629, i32 2, i32 0)
	%631 = icmp uge i32 %624, 2
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %629, %632
	%634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %633, i32 4, i32 0)
	%635 = icmp uge i32 %624, 4
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %633, %636
	%638 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %637, i32 8, i32 0)
	%639 = icmp uge i32 %624, 8
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %637, %640
	%642 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %641, i32 16, i32 0)
	%643 = icmp uge i32 %624, 16
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %641, %644
	%646 = icmp eq i32 %624, 31
	br i1 %646, label %662, label %664

647:
	%648 = select i1 %615, i32 %617, i32 256
	%649 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %648)
	%650 = shl i32 1, %3
	%651 = sub i32 %650, 1
	%652 = and i32 %649, %651
	%653 = icmp eq i32 %652, 0
	%654 = and i1 %615, %653
	br i1 %654, label %657, label %661

655:
	%656 = add i32 %607, 256
	br label %606

657:
	%658 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %617
	%659 = call i32 @llvm.ctpop.i32(i32 %649)
	%660 = atomicrmw add i32 addrspace(3)* %658, i32 %659 monotonic
	br label %661

661:
	br label %655

662:
	%663 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %625
	store i32 %645, i32 addrspace(3)* %663
	br label %664

664:
	call void @llvm.nvvm.barrier0()
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %625, 0
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 0, %668
	%670 = add i32 0, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %625, 1
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %625, 2
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%684 = load i32, i32 addrspace(3)* %683
	%685 = icmp sgt i32 %625, 3
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %681, %686
	%688 = add i32 %682, %684
	%689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%690 = load i32, i32 addrspace(3)* %689
	%691 = icmp sgt i32 %625, 4
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %687, %692
	%694 = add i32 %688, %690
	%695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%696 = load i32, i32 addrspace(3)* %695
	%697 = icmp sgt i32 %625, 5
	%698 = select i1 %697, i32 %696, i32 0
	%699 = add i32 %693, %698
	%700 = add i32 %694, %696
	%701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%702 = load i32, i32 addrspace(3)* %701
	%703 = icmp sgt i32 %625, 6
	%704 = select i1 %703, i32 %702, i32 0
	%705 = add i32 %699, %704
	%706 = add i32 %700, %702
	%707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%708 = load i32, i32 addrspace(3)* %707
	%709 = icmp sgt i32 %625, 7
	%710 = select i1 %709, i32 %708, i32 0
	%711 = add i32 %705, %710
	%712 = add i32 %706, %708
	%713 = add i32 %711, %645
	%714 = sub i32 %713, %622
	%715 = icmp slt i32 %714, %602
	%716 = add i32 %714, %622
	%717 = icmp sle i32 %602, %716
	%718 = and i1 %715, %717
	br i1 %718, label %719, label %722

719:
	%720 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %620, i32 addrspace(3)* %720
	%721 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %714, i32 addrspace(3)* %721
	br label %722

722:
	call void @llvm.nvvm.barrier0()
	%723 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%724 = load i32, i32 addrspace(3)* %723
	%725 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%726 = load i32, i32 addrspace(3)* %725
	%727 = sub i32 %602, %726
	%728 = shl i32 %724, 16
	%729 = or i32 %604, %728
	%730 = or i32 %605, u0xFF0000
	br label %731

731:
	%732 = phi i32 [ %0, %722 ], [ %781, %780 ]
	%733 = icmp slt i32 %732, %16
	br i1 %733, label %734, label %744

734:
	%735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %732
	%736 = load i32, i32 addrspace(3)* %735
	%737 = icmp uge i32 %736, 2
	%738 = and i32 %736, %730
	%739 = icmp eq i32 %738, %729
	%740 = and i1 %737, %739
	%741 = lshr i32 %736, 8
	%742 = and i32 %741, 255
	%743 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %740)
	br i1 %743, label %772, label %780

744:
	call void @llvm.nvvm.barrier0()
	%745 = sub i32 255, %0
	%746 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %745
	%747 = load i32, i32 addrspace(3)* %746
	%748 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %748
	%749 = and i32 %0, 31
	%750 = lshr i32 %0, 5
	%751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %747, i32 1, i32 0)
	%752 = icmp uge i32 %749, 1
	%753 = select i1 %752, i32 %751, i32 0
	%754 = add i32 %747, %753
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
	br i1 %771, label %787, label %789

772:
	%773 = select i1 %740, i32 %742, i32 256
	%774 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %773)
	%775 = shl i32 1, %3
	%776 = sub i32 %775, 1
	%777 = and i32 %774, %776
	%778 = icmp eq i32 %777, 0
	%779 = and i1 %740, %778
	br i1 %779, label %782, label %786

780:
	%781 = add i32 %732, 256
	br label %731

782:
	%783 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %742
	%784 = call i32 @llvm.ctpop.i32(i32 %774)
	%785 = atomicrmw add i32 addrspace(3)* %783, i32 %784 monotonic
	br label %786

786:
	br label %780

787:
	%788 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %750
	store i32 %770, i32 addrspace(3)* %788
	br label %789

789:
	call void @llvm.nvvm.barrier0()
	%790 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%791 = load i32, i32 addrspace(3)* %790
	%792 = icmp sgt i32 %750, 0
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 0, %793
	%795 = add i32 0, %791
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%797 = load i32, i32 addrspace(3)* %796
	%798 = icmp sgt i32 %750, 1
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %794, %799
	%801 = add i32 %795, %797
	%802 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%803 = load i32, i32 addrspace(3)* %802
	%804 = icmp sgt i32 %750, 2
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %800, %805
	%807 = add i32 %801, %803
	%808 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%809 = load i32, i32 addrspace(3)* %808
	%810 = icmp sgt i32 %750, 3
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %806, %811
	%813 = add i32 %807, %809
	%814 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%815 = load i32, i32 addrspace(3)* %814
	%816 = icmp sgt i32 %750, 4
	%817 = select i1 %816, i32 %815, i32 0
	%818 = add i32 %812, %817
	%819 = add i32 %813, %815
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %750, 5
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 %818, %823
	%825 = add i32 %819, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %750, 6
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp sgt i32 %750, 7
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %830, %835
	%837 = add i32 %831, %833
	%838 = add i32 %836, %770
	%839 = sub i32 %838, %747
	%840 = icmp slt i32 %839, %727
	%841 = add i32 %839, %747
	%842 = icmp sle i32 %727, %841
	%843 = and i1 %840, %842
	br i1 %843, label %844, label %847

844:
	%845 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %745, i32 addrspace(3)* %845
	%846 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %839, i32 addrspace(3)* %846
	br label %847

847:
	call void @llvm.nvvm.barrier0()
	%848 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%849 = load i32, i32 addrspace(3)* %848
	%850 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%851 = load i32, i32 addrspace(3)* %850
	%852 = sub i32 %727, %851
	%853 = shl i32 %849, 8
	%854 = or i32 %729, %853
	%855 = or i32 %730, u0xFF00
	br label %856

856:
	%857 = phi i32 [ %0, %847 ], [ %906, %905 ]
	%858 = icmp slt i32 %857, %16
	br i1 %858, label %859, label %869

859:
	%860 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %857
	%861 = load i32, i32 addrspace(3)* %860
	%862 = icmp uge i32 %861, 2
	%863 = and i32 %861, %855
	%864 = icmp eq i32 %863, %854
	%865 = and i1 %862, %864
	%866 = lshr i32 %861, 0
	%867 = and i32 %866, 255
	%868 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %865)
	br i1 %868, label %897, label %905

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
	br i1 %896, label %912, label %914

897:
	%898 = select i1 %865, i32 %867, i32 256
	%899 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %898)
	%900 = shl i32 1, %3
	%901 = sub i32 %900, 1
	%902 = and i32 %899, %901
	%903 = icmp eq i32 %902, 0
	%904 = and i1 %865, %903
	br i1 %904, label %907, label %911

905:
	%906 = add i32 %857, 256
	br label %856

907:
	%908 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %867
	%909 = call i32 @llvm.ctpop.i32(i32 %899)
	%910 = atomicrmw add i32 addrspace(3)* %908, i32 %909 monotonic
	br label %911

911:
	br label %905

912:
	%913 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %875
	store i32 %895, i32 addrspace(3)* %913
	br label %914

914:
	call void @llvm.nvvm.barrier0()
	%915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%916 = load i32, i32 addrspace(3)* %915
	%917 = icmp sgt i32 %875, 0
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 0, %918
	%920 = add i32 0, %916
	%921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%922 = load i32, i32 addrspace(3)* %921
	%923 = icmp sgt i32 %875, 1
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %919, %924
	%926 = add i32 %920, %922
	%927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%928 = load i32, i32 addrspace(3)* %927
	%929 = icmp sgt i32 %875, 2
	%930 = select i1 %929, i32 %928, i32 0
	%931 = add i32 %925, %930
	%932 = add i32 %926, %928
	%933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%934 = load i32, i32 addrspace(3)* %933
	%935 = icmp sgt i32 %875, 3
	%936 = select i1 %935, i32 %934, i32 0
	%937 = add i32 %931, %936
	%938 = add i32 %932, %934
	%939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%940 = load i32, i32 addrspace(3)* %939
	%941 = icmp sgt i32 %875, 4
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 %937, %942
	%944 = add i32 %938, %940
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %875, 5
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %943, %948
	%950 = add i32 %944, %946
	%951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%952 = load i32, i32 addrspace(3)* %951
	%953 = icmp sgt i32 %875, 6
	%954 = select i1 %953, i32 %952, i32 0
	%955 = add i32 %949, %954
	%956 = add i32 %950, %952
	%957 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%958 = load i32, i32 addrspace(3)* %957
	%959 = icmp sgt i32 %875, 7
	%960 = select i1 %959, i32 %958, i32 0
	%961 = add i32 %955, %960
	%962 = add i32 %956, %958
	%963 = add i32 %961, %895
	%964 = sub i32 %963, %872
	%965 = icmp slt i32 %964, %852
	%966 = add i32 %964, %872
	%967 = icmp sle i32 %852, %966
	%968 = and i1 %965, %967
	br i1 %968, label %969, label %972

969:
	%970 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %870, i32 addrspace(3)* %970
	%971 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %964, i32 addrspace(3)* %971
	br label %972

972:
	call void @llvm.nvvm.barrier0()
	%973 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%974 = load i32, i32 addrspace(3)* %973
	%975 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%976 = load i32, i32 addrspace(3)* %975
	%977 = sub i32 %852, %976
	%978 = shl i32 %974, 0
	%979 = or i32 %854, %978
	%980 = or i32 %855, 255
	%981 = shl i32 1, %3
	%982 = sub i32 %981, 1
	br label %983

983:
	%984 = phi i32 [ 0, %972 ], [ %1038, %1037 ]
	%985 = icmp slt i32 %984, %16
	br i1 %985, label %986, label %995

986:
	%987 = add i32 %984, %0
	%988 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %987
	%989 = load i32, i32 addrspace(3)* %988
	%990 = icmp ugt i32 %989, %979
	%991 = icmp eq i32 %989, %979
	%992 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %990)
	%993 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %991)
	%994 = icmp eq i32 %3, 0
	br i1 %994, label %1029, label %1037

995:
	call void @llvm.nvvm.barrier0()
	%996 = sdiv i32 %16, 256
	%997 = mul i32 %996, 8
	%998 = icmp slt i32 %0, %997
	%999 = select i1 %998, i32 %0, i32 0
	%1000 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %999
	%1001 = load i32, i32 addrspace(3)* %1000
	%1002 = select i1 %998, i32 %1001, i32 0
	%1003 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %999
	%1004 = load i32, i32 addrspace(3)* %1003
	%1005 = select i1 %998, i32 %1004, i32 0
	%1006 = and i32 %0, 31
	%1007 = lshr i32 %0, 5
	%1008 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1005, i32 1, i32 0)
	%1009 = icmp uge i32 %1006, 1
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = add i32 %1005, %1010
	%1012 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1011, i32 2, i32 0)
	%1013 = icmp uge i32 %1006, 2
	%1014 = select i1 %1013, i32 %1012, i32 0
	%1015 = add i32 %1011, %1014
	%1016 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1015, i32 4, i32 0)
	%1017 = icmp uge i32 %1006, 4
	%1018 = select i1 %1017, i32 %1016, i32 0
	%1019 = add i32 %1015, %1018
	%1020 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1019, i32 8, i32 0)
	%1021 = icmp uge i32 %1006, 8
	%1022 = select i1 %1021, i32 %1020, i32 0
	%1023 = add i32 %1019, %1022
	%1024 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1023, i32 16, i32 0)
	%1025 = icmp uge i32 %1006, 16
	%1026 = select i1 %1025, i32 %1024, i32 0
	%1027 = add i32 %1023, %1026
	%1028 = icmp eq i32 %1006, 31
	br i1 %1028, label %1039, label %1041

1029:
	%1030 = sdiv i32 %984, 256
	%1031 = mul i32 %1030, 8
	%1032 = add i32 %1031, %4
	%1033 = call i32 @llvm.ctpop.i32(i32 %992)
	%1034 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1032
	store i32 %1033, i32 addrspace(3)* %1034
	%1035 = call i32 @llvm.ctpop.i32(i32 %993)
	%1036 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1032
	store i32 %1035, i32 addrspace(3)* %1036
	br label %1037

1037:
	%1038 = add i32 %984, 256
	br label %983

1039:
	%1040 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1007
	store i32 %1027, i32 addrspace(3)* %1040
	br label %1041

1041:
	call void @llvm.nvvm.barrier0()
	%1042 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1043 = load i32, i32 addrspace(3)* %1042
	%1044 = icmp sgt i32 %1007, 0
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = add i32 0, %1045
	%1047 = add i32 0, %1043
	%1048 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1049 = load i32, i32 addrspace(3)* %1048
	%1050 = icmp sgt i32 %1007, 1
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = add i32 %1046, %1051
	%1053 = add i32 %1047, %1049
	%1054 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1055 = load i32, i32 addrspace(3)* %1054
	%1056 = icmp sgt i32 %1007, 2
	%1057 = select i1 %1056, i32 %1055, i32 0
	%1058 = add i32 %1052, %1057
	%1059 = add i32 %1053, %1055
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %1007, 3
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 %1058, %1063
	%1065 = add i32 %1059, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %1007, 4
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %1007, 5
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1079 = load i32, i32 addrspace(3)* %1078
	%1080 = icmp sgt i32 %1007, 6
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = add i32 %1076, %1081
	%1083 = add i32 %1077, %1079
	%1084 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = icmp sgt i32 %1007, 7
	%1087 = select i1 %1086, i32 %1085, i32 0
	%1088 = add i32 %1082, %1087
	%1089 = add i32 %1083, %1085
	%1090 = add i32 %1088, %1027
	%1091 = sub i32 %1090, %1005
	%1092 = sub i32 %977, %1091
	%1093 = icmp sgt i32 %1092, 0
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = icmp slt i32 %1094, %1005
	%1096 = select i1 %1095, i32 %1094, i32 %1005
	%1097 = add i32 %1002, %1096
	%1098 = and i32 %0, 31
	%1099 = lshr i32 %0, 5
	%1100 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1097, i32 1, i32 0)
	%1101 = icmp uge i32 %1098, 1
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1097, %1102
	%1104 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1103, i32 2, i32 0)
	%1105 = icmp uge i32 %1098, 2
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1103, %1106
	%1108 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1107, i32 4, i32 0)
	%1109 = icmp uge i32 %1098, 4
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = add i32 %1107, %1110
	%1112 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1111, i32 8, i32 0)
	%1113 = icmp uge i32 %1098, 8
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = add i32 %1111, %1114
	%1116 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1115, i32 16, i32 0)
	%1117 = icmp uge i32 %1098, 16
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 %1115, %1118
	%1120 = icmp eq i32 %1098, 31
	br i1 %1120, label %1121, label %1123

1121:
	%1122 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1099
	store i32 %1119, i32 addrspace(3)* %1122
	br label %1123

1123:
	call void @llvm.nvvm.barrier0()
	%1124 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1125 = load i32, i32 addrspace(3)* %1124
	%1126 = icmp sgt i32 %1099, 0
	%1127 = select i1 %1126, i32 %1125, i32 0
	%1128 = add i32 0, %1127
	%1129 = add i32 0, %1125
	%1130 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1131 = load i32, i32 addrspace(3)* %1130
	%1132 = icmp sgt i32 %1099, 1
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = add i32 %1128, %1133
	%1135 = add i32 %1129, %1131
	%1136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1137 = load i32, i32 addrspace(3)* %1136
	%1138 = icmp sgt i32 %1099, 2
	%1139 = select i1 %1138, i32 %1137, i32 0
	%1140 = add i32 %1134, %1139
	%1141 = add i32 %1135, %1137
	%1142 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1143 = load i32, i32 addrspace(3)* %1142
	%1144 = icmp sgt i32 %1099, 3
	%1145 = select i1 %1144, i32 %1143, i32 0
	%1146 = add i32 %1140, %1145
	%1147 = add i32 %1141, %1143
	%1148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1149 = load i32, i32 addrspace(3)* %1148
	%1150 = icmp sgt i32 %1099, 4
	%1151 = select i1 %1150, i32 %1149, i32 0
	%1152 = add i32 %1146, %1151
	%1153 = add i32 %1147, %1149
	%1154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1155 = load i32, i32 addrspace(3)* %1154
	%1156 = icmp sgt i32 %1099, 5
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = add i32 %1152, %1157
	%1159 = add i32 %1153, %1155
	%1160 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1161 = load i32, i32 addrspace(3)* %1160
	%1162 = icmp sgt i32 %1099, 6
	%1163 = select i1 %1162, i32 %1161, i32 0
	%1164 = add i32 %1158, %1163
	%1165 = add i32 %1159, %1161
	%1166 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1167 = load i32, i32 addrspace(3)* %1166
	%1168 = icmp sgt i32 %1099, 7
	%1169 = select i1 %1168, i32 %1167, i32 0
	%1170 = add i32 %1164, %1169
	%1171 = add i32 %1165, %1167
	%1172 = add i32 %1170, %1119
	%1173 = sub i32 %1172, %1097
	br i1 %998, label %1174, label %1177

1174:
	%1175 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1173, i32 addrspace(3)* %1175
	%1176 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1091, i32 addrspace(3)* %1176
	br label %1177

1177:
	call void @llvm.nvvm.barrier0()
	br label %1178

1178:
	%1179 = phi i32 [ 0, %1177 ], [ %1211, %1210 ]
	%1180 = icmp slt i32 %1179, %16
	br i1 %1180, label %1181, label %1206

1181:
	%1182 = add i32 %1179, %0
	%1183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1182
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = icmp ugt i32 %1184, %979
	%1186 = icmp eq i32 %1184, %979
	%1187 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1185)
	%1188 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1186)
	%1189 = sdiv i32 %1179, 256
	%1190 = mul i32 %1189, 8
	%1191 = add i32 %1190, %4
	%1192 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1191
	%1193 = load i32, i32 addrspace(3)* %1192
	%1194 = and i32 %1188, %982
	%1195 = call i32 @llvm.ctpop.i32(i32 %1194)
	%1196 = add i32 %1193, %1195
	%1197 = icmp slt i32 %1196, %977
	%1198 = and i1 %1186, %1197
	%1199 = or i1 %1185, %1198
	%1200 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1199)
	%1201 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1191
	%1202 = load i32, i32 addrspace(3)* %1201
	%1203 = and i32 %1200, %982
	%1204 = call i32 @llvm.ctpop.i32(i32 %1203)
	%1205 = add i32 %1202, %1204
	br i1 %1199, label %1207, label %1210

1206:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1207:
	%1208 = add i32 %1179, %0
	%1209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1205
	store i32 %1208, i32 addrspace(3)* %1209
	br label %1210

1210:
	%1211 = add i32 %1179, 256
	br label %1178

write_rank:
	br i1 %479, label %1311, label %1317

write_sort:
	%1212 = sub i32 %421, 1
	%1213 = call i32 @llvm.ctlz.i32(i32 %1212, i1 false)
	%1214 = icmp sgt i32 %421, 1
	%1215 = sub i32 32, %1213
	%1216 = select i1 %1214, i32 %1215, i32 0
	%1217 = shl i32 1, %1216
	%1218 = add i32 %421, %0
	br label %1229

write_done:
	%1219 = add i32 %413, %421
	%1220 = icmp sle i32 %M, 16
	%1221 = add i32 %1219, 1
	%1222 = add i32 %413, %421
	%1223 = icmp sgt i32 %1221, %1222
	%1224 = select i1 %1223, i32 %1221, i32 %1222
	%1225 = icmp slt i32 %1224, %NK
	%1226 = select i1 %1225, i32 %1224, i32 %NK
	%1227 = select i1 %1220, i32 %NK, i32 %1226
	%1228 = add i32 %1219, %0
	br label %1350

1229:
	%1230 = phi i32 [ %1218, %write_sort ], [ %1234, %1232 ]
	%1231 = icmp slt i32 %1230, %1217
	br i1 %1231, label %1232, label %1235

1232:
	%1233 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1230
	store i32 -1, i32 addrspace(3)* %1233
	%1234 = add i32 %1230, 256
	br label %1229

1235:
	call void @llvm.nvvm.barrier0()
	%1236 = add i32 %1216, 1
	br label %1237

1237:
	%1238 = phi i32 [ 1, %1235 ], [ %1254, %1253 ]
	%1239 = icmp slt i32 %1238, %1236
	br i1 %1239, label %1240, label %1242

1240:
	%1241 = shl i32 1, %1238
	br label %1243

1242:
	br label %1295

1243:
	%1244 = phi i32 [ 0, %1240 ], [ %1289, %1288 ]
	%1245 = icmp slt i32 %1244, %1238
	br i1 %1245, label %1246, label %1253

1246:
	%1247 = sub i32 %1238, 1
	%1248 = sub i32 %1247, %1244
	%1249 = shl i32 1, %1248
	%1250 = sub i32 %1238, 1
	%1251 = sub i32 %1250, %1244
	%1252 = lshr i32 %1217, 1
	br label %1255

1253:
	%1254 = add i32 %1238, 1
	br label %1237

1255:
	%1256 = phi i32 [ %0, %1246 ], [ %1294, %1293 ]
	%1257 = icmp slt i32 %1256, %1252
	br i1 %1257, label %1258, label %1288

1258:
	%1259 = lshr i32 %1256, %1251
	%1260 = add i32 %1251, 1
	%1261 = shl i32 %1259, %1260
	%1262 = sub i32 %1249, 1
	%1263 = and i32 %1256, %1262
	%1264 = or i32 %1261, %1263
	%1265 = or i32 %1264, %1249
	%1266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1264
	%1267 = load i32, i32 addrspace(3)* %1266
	%1268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1265
	%1269 = load i32, i32 addrspace(3)* %1268
	%1270 = and i32 %1264, %1241
	%1271 = icmp eq i32 %1270, 0
	%1272 = icmp sge i32 %1269, 0
	%1273 = select i1 %1272, i32 %1269, i32 0
	%1274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1273
	%1275 = load i32, i32 addrspace(3)* %1274
	%1276 = select i1 %1272, i32 %1275, i32 0
	%1277 = icmp sge i32 %1267, 0
	%1278 = select i1 %1277, i32 %1267, i32 0
	%1279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1278
	%1280 = load i32, i32 addrspace(3)* %1279
	%1281 = select i1 %1277, i32 %1280, i32 0
	%1282 = icmp ugt i32 %1276, %1281
	%1283 = icmp eq i32 %1276, %1281
	%1284 = icmp slt i32 %1269, %1267
	%1285 = and i1 %1283, %1284
	%1286 = or i1 %1282, %1285
	%1287 = icmp eq i1 %1286, %1271
	br i1 %1287, label %1290, label %1293

1288:
	call void @llvm.nvvm.barrier0()
	%1289 = add i32 %1244, 1
	br label %1243

1290:
	%1291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1264
	store i32 %1269, i32 addrspace(3)* %1291
	%1292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1265
	store i32 %1267, i32 addrspace(3)* %1292
	br label %1293

1293:
	%1294 = add i32 %1256, 256
	br label %1255

1295:
	%1296 = phi i32 [ %0, %1242 ], [ %1309, %1298 ]
	%1297 = icmp slt i32 %1296, %421
	br i1 %1297, label %1298, label %1310

1298:
	%1299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1296
	%1300 = load i32, i32 addrspace(3)* %1299
	%1301 = add i32 %413, %1296
	%1302 = add i32 %13, %1301
	%1303 = sext i32 %1302 to i64
	%1304 = getelementptr i32, i32* %list, i64 %1303
	store i32 %1300, i32* %1304
	%1305 = add i32 %13, %NK
	%1306 = add i32 %1305, %1301
	%1307 = sext i32 %1306 to i64
	%1308 = getelementptr i32, i32* %list, i64 %1307
	store i32 0, i32* %1308
	%1309 = add i32 %1296, 256
	br label %1295

1310:
	br label %write_done

1311:
	%1312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1313 = load i32, i32 addrspace(3)* %1312
	%1314 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1313
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1315, i32 addrspace(3)* %1316
	br label %1317

1317:
	call void @llvm.nvvm.barrier0()
	br i1 %479, label %1318, label %1323

1318:
	%1319 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1320 = load i32, i32 addrspace(3)* %1319
	%1321 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1322 = load i32, i32 addrspace(3)* %1321
	br label %1324

1323:
	br label %write_done

1324:
	%1325 = phi i32 [ 0, %1318 ], [ %1340, %1328 ]
	%1326 = phi i32 [ 0, %1318 ], [ %1339, %1328 ]
	%1327 = icmp slt i32 %1325, %421
	br i1 %1327, label %1328, label %1341

1328:
	%1329 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1325
	%1330 = load i32, i32 addrspace(3)* %1329
	%1331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1325
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = icmp ugt i32 %1330, %1322
	%1334 = icmp eq i32 %1330, %1322
	%1335 = icmp slt i32 %1332, %1320
	%1336 = and i1 %1334, %1335
	%1337 = or i1 %1333, %1336
	%1338 = zext i1 %1337 to i32
	%1339 = add i32 %1326, %1338
	%1340 = add i32 %1325, 1
	br label %1324

1341:
	%1342 = add i32 %413, %1326
	%1343 = add i32 %13, %1342
	%1344 = sext i32 %1343 to i64
	%1345 = getelementptr i32, i32* %list, i64 %1344
	store i32 %1320, i32* %1345
	%1346 = add i32 %13, %NK
	%1347 = add i32 %1346, %1342
	%1348 = sext i32 %1347 to i64
	%1349 = getelementptr i32, i32* %list, i64 %1348
	store i32 0, i32* %1349
	br label %1323

1350:
	%1351 = phi i32 [ %1228, %write_done ], [ %1361, %1353 ]
	%1352 = icmp slt i32 %1351, %1227
	br i1 %1352, label %1353, label %1362

1353:
	%1354 = add i32 %13, %1351
	%1355 = sext i32 %1354 to i64
	%1356 = getelementptr i32, i32* %list, i64 %1355
	store i32 -1, i32* %1356
	%1357 = add i32 %13, %NK
	%1358 = add i32 %1357, %1351
	%1359 = sext i32 %1358 to i64
	%1360 = getelementptr i32, i32* %list, i64 %1359
	store i32 -1, i32* %1360
	%1361 = add i32 %1351, 256
	br label %1350

1362:
	ret void
}
