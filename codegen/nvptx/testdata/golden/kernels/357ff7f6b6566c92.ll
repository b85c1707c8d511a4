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
	br i1 %480, label %write_rank, label %write_long

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
	br i1 %479, label %5218, label %5224

write_sort:
	%1212 = sub i32 %421, 1
	%1213 = call i32 @llvm.ctlz.i32(i32 %1212, i1 false)
	%1214 = icmp sgt i32 %421, 1
	%1215 = sub i32 32, %1213
	%1216 = select i1 %1214, i32 %1215, i32 0
	%1217 = shl i32 1, %1216
	%1218 = add i32 %421, %0
	br label %5136

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
	br label %5257

write_long:
	%1229 = icmp sle i32 %421, 2048
	br i1 %1229, label %write_radix, label %write_sort

write_radix:
	%1230 = shl i32 1, %3
	%1231 = sub i32 %1230, 1
	%1232 = add i32 0, %0
	%1233 = icmp slt i32 0, %421
	%1234 = icmp slt i32 %1232, %421
	br i1 %1233, label %1235, label %1242

1235:
	%1236 = select i1 %1234, i32 %1232, i32 0
	%1237 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1236
	%1238 = load i32, i32 addrspace(3)* %1237
	%1239 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1238
	%1240 = load i32, i32 addrspace(3)* %1239
	%1241 = xor i32 %1240, -1
	br label %1242

1242:
	%1243 = phi i32 [ 0, %write_radix ], [ %1238, %1235 ]
	%1244 = phi i32 [ 0, %write_radix ], [ %1241, %1235 ]
	%1245 = add i32 256, %0
	%1246 = icmp slt i32 256, %421
	%1247 = icmp slt i32 %1245, %421
	br i1 %1246, label %1248, label %1255

1248:
	%1249 = select i1 %1247, i32 %1245, i32 0
	%1250 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1249
	%1251 = load i32, i32 addrspace(3)* %1250
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1251
	%1253 = load i32, i32 addrspace(3)* %1252
	%1254 = xor i32 %1253, -1
	br label %1255

1255:
	%1256 = phi i32 [ 0, %1242 ], [ %1251, %1248 ]
	%1257 = phi i32 [ 0, %1242 ], [ %1254, %1248 ]
	%1258 = add i32 512, %0
	%1259 = icmp slt i32 512, %421
	%1260 = icmp slt i32 %1258, %421
	br i1 %1259, label %1261, label %1268

1261:
	%1262 = select i1 %1260, i32 %1258, i32 0
	%1263 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1262
	%1264 = load i32, i32 addrspace(3)* %1263
	%1265 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1264
	%1266 = load i32, i32 addrspace(3)* %1265
	%1267 = xor i32 %1266, -1
	br label %1268

1268:
	%1269 = phi i32 [ 0, %1255 ], [ %1264, %1261 ]
	%1270 = phi i32 [ 0, %1255 ], [ %1267, %1261 ]
	%1271 = add i32 768, %0
	%1272 = icmp slt i32 768, %421
	%1273 = icmp slt i32 %1271, %421
	br i1 %1272, label %1274, label %1281

1274:
	%1275 = select i1 %1273, i32 %1271, i32 0
	%1276 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1275
	%1277 = load i32, i32 addrspace(3)* %1276
	%1278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1277
	%1279 = load i32, i32 addrspace(3)* %1278
	%1280 = xor i32 %1279, -1
	br label %1281

1281:
	%1282 = phi i32 [ 0, %1268 ], [ %1277, %1274 ]
	%1283 = phi i32 [ 0, %1268 ], [ %1280, %1274 ]
	%1284 = add i32 1024, %0
	%1285 = icmp slt i32 1024, %421
	%1286 = icmp slt i32 %1284, %421
	br i1 %1285, label %1287, label %1294

1287:
	%1288 = select i1 %1286, i32 %1284, i32 0
	%1289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1288
	%1290 = load i32, i32 addrspace(3)* %1289
	%1291 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1290
	%1292 = load i32, i32 addrspace(3)* %1291
	%1293 = xor i32 %1292, -1
	br label %1294

1294:
	%1295 = phi i32 [ 0, %1281 ], [ %1290, %1287 ]
	%1296 = phi i32 [ 0, %1281 ], [ %1293, %1287 ]
	%1297 = add i32 1280, %0
	%1298 = icmp slt i32 1280, %421
	%1299 = icmp slt i32 %1297, %421
	br i1 %1298, label %1300, label %1307

1300:
	%1301 = select i1 %1299, i32 %1297, i32 0
	%1302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1301
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1303
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = xor i32 %1305, -1
	br label %1307

1307:
	%1308 = phi i32 [ 0, %1294 ], [ %1303, %1300 ]
	%1309 = phi i32 [ 0, %1294 ], [ %1306, %1300 ]
	%1310 = add i32 1536, %0
	%1311 = icmp slt i32 1536, %421
	%1312 = icmp slt i32 %1310, %421
	br i1 %1311, label %1313, label %1320

1313:
	%1314 = select i1 %1312, i32 %1310, i32 0
	%1315 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1314
	%1316 = load i32, i32 addrspace(3)* %1315
	%1317 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1316
	%1318 = load i32, i32 addrspace(3)* %1317
	%1319 = xor i32 %1318, -1
	br label %1320

1320:
	%1321 = phi i32 [ 0, %1307 ], [ %1316, %1313 ]
	%1322 = phi i32 [ 0, %1307 ], [ %1319, %1313 ]
	%1323 = add i32 1792, %0
	%1324 = icmp slt i32 1792, %421
	%1325 = icmp slt i32 %1323, %421
	br i1 %1324, label %1326, label %1333

1326:
	%1327 = select i1 %1325, i32 %1323, i32 0
	%1328 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1327
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1329
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = xor i32 %1331, -1
	br label %1333

1333:
	%1334 = phi i32 [ 0, %1320 ], [ %1329, %1326 ]
	%1335 = phi i32 [ 0, %1320 ], [ %1332, %1326 ]
	call void @llvm.nvvm.barrier0()
	%1336 = add i32 %0, 0
	%1337 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1336
	store i32 0, i32 addrspace(3)* %1337
	%1338 = add i32 %0, 256
	%1339 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1338
	store i32 0, i32 addrspace(3)* %1339
	%1340 = add i32 %0, 512
	%1341 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1340
	store i32 0, i32 addrspace(3)* %1341
	%1342 = add i32 %0, 768
	%1343 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1342
	store i32 0, i32 addrspace(3)* %1343
	call void @llvm.nvvm.barrier0()
	br i1 %1233, label %1344, label %1353

1344:
	%1345 = lshr i32 %1244, 0
	%1346 = and i32 %1345, 15
	%1347 = select i1 %1234, i32 %1346, i32 16
	%1348 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1347)
	%1349 = and i32 %1348, %1231
	%1350 = call i32 @llvm.ctpop.i32(i32 %1349)
	%1351 = icmp eq i32 %1350, 0
	%1352 = and i1 %1234, %1351
	br i1 %1352, label %1355, label %1362

1353:
	%1354 = phi i32 [ 0, %1333 ], [ %1350, %1362 ]
	br i1 %1246, label %1363, label %1372

1355:
	%1356 = call i32 @llvm.ctpop.i32(i32 %1348)
	%1357 = add i32 0, %4
	%1358 = mul i32 %1346, 64
	%1359 = add i32 %1358, %1357
	%1360 = add i32 0, %1359
	%1361 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1360
	store i32 %1356, i32 addrspace(3)* %1361
	br label %1362

1362:
	br label %1353

1363:
	%1364 = lshr i32 %1257, 0
	%1365 = and i32 %1364, 15
	%1366 = select i1 %1247, i32 %1365, i32 16
	%1367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1366)
	%1368 = and i32 %1367, %1231
	%1369 = call i32 @llvm.ctpop.i32(i32 %1368)
	%1370 = icmp eq i32 %1369, 0
	%1371 = and i1 %1247, %1370
	br i1 %1371, label %1374, label %1381

1372:
	%1373 = phi i32 [ 0, %1353 ], [ %1369, %1381 ]
	br i1 %1259, label %1382, label %1391

1374:
	%1375 = call i32 @llvm.ctpop.i32(i32 %1367)
	%1376 = add i32 8, %4
	%1377 = mul i32 %1365, 64
	%1378 = add i32 %1377, %1376
	%1379 = add i32 0, %1378
	%1380 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1379
	store i32 %1375, i32 addrspace(3)* %1380
	br label %1381

1381:
	br label %1372

1382:
	%1383 = lshr i32 %1270, 0
	%1384 = and i32 %1383, 15
	%1385 = select i1 %1260, i32 %1384, i32 16
	%1386 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1385)
	%1387 = and i32 %1386, %1231
	%1388 = call i32 @llvm.ctpop.i32(i32 %1387)
	%1389 = icmp eq i32 %1388, 0
	%1390 = and i1 %1260, %1389
	br i1 %1390, label %1393, label %1400

1391:
	%1392 = phi i32 [ 0, %1372 ], [ %1388, %1400 ]
	br i1 %1272, label %1401, label %1410

1393:
	%1394 = call i32 @llvm.ctpop.i32(i32 %1386)
	%1395 = add i32 16, %4
	%1396 = mul i32 %1384, 64
	%1397 = add i32 %1396, %1395
	%1398 = add i32 0, %1397
	%1399 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1398
	store i32 %1394, i32 addrspace(3)* %1399
	br label %1400

1400:
	br label %1391

1401:
	%1402 = lshr i32 %1283, 0
	%1403 = and i32 %1402, 15
	%1404 = select i1 %1273, i32 %1403, i32 16
	%1405 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1404)
	%1406 = and i32 %1405, %1231
	%1407 = call i32 @llvm.ctpop.i32(i32 %1406)
	%1408 = icmp eq i32 %1407, 0
	%1409 = and i1 %1273, %1408
	br i1 %1409, label %1412, label %1419

1410:
	%1411 = phi i32 [ 0, %1391 ], [ %1407, %1419 ]
	br i1 %1285, label %1420, label %1429

1412:
	%1413 = call i32 @llvm.ctpop.i32(i32 %1405)
	%1414 = add i32 24, %4
	%1415 = mul i32 %1403, 64
	%1416 = add i32 %1415, %1414
	%1417 = add i32 0, %1416
	%1418 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1417
	store i32 %1413, i32 addrspace(3)* %1418
	br label %1419

1419:
	br label %1410

1420:
	%1421 = lshr i32 %1296, 0
	%1422 = and i32 %1421, 15
	%1423 = select i1 %1286, i32 %1422, i32 16
	%1424 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1423)
	%1425 = and i32 %1424, %1231
	%1426 = call i32 @llvm.ctpop.i32(i32 %1425)
	%1427 = icmp eq i32 %1426, 0
	%1428 = and i1 %1286, %1427
	br i1 %1428, label %1431, label %1438

1429:
	%1430 = phi i32 [ 0, %1410 ], [ %1426, %1438 ]
	br i1 %1298, label %1439, label %1448

1431:
	%1432 = call i32 @llvm.ctpop.i32(i32 %1424)
	%1433 = add i32 32, %4
	%1434 = mul i32 %1422, 64
	%1435 = add i32 %1434, %1433
	%1436 = add i32 0, %1435
	%1437 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1436
	store i32 %1432, i32 addrspace(3)* %1437
	br label %1438

1438:
	br label %1429

1439:
	%1440 = lshr i32 %1309, 0
	%1441 = and i32 %1440, 15
	%1442 = select i1 %1299, i32 %1441, i32 16
	%1443 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1442)
	%1444 = and i32 %1443, %1231
	%1445 = call i32 @llvm.ctpop.i32(i32 %1444)
	%1446 = icmp eq i32 %1445, 0
	%1447 = and i1 %1299, %1446
	br i1 %1447, label %1450, label %1457

1448:
	%1449 = phi i32 [ 0, %1429 ], [ %1445, %1457 ]
	br i1 %1311, label %1458, label %1467

1450:
	%1451 = call i32 @llvm.ctpop.i32(i32 %1443)
	%1452 = add i32 40, %4
	%1453 = mul i32 %1441, 64
	%1454 = add i32 %1453, %1452
	%1455 = add i32 0, %1454
	%1456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1455
	store i32 %1451, i32 addrspace(3)* %1456
	br label %1457

1457:
	br label %1448

1458:
	%1459 = lshr i32 %1322, 0
	%1460 = and i32 %1459, 15
	%1461 = select i1 %1312, i32 %1460, i32 16
	%1462 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1461)
	%1463 = and i32 %1462, %1231
	%1464 = call i32 @llvm.ctpop.i32(i32 %1463)
	%1465 = icmp eq i32 %1464, 0
	%1466 = and i1 %1312, %1465
	br i1 %1466, label %1469, label %1476

1467:
	%1468 = phi i32 [ 0, %1448 ], [ %1464, %1476 ]
	br i1 %1324, label %1477, label %1486

1469:
	%1470 = call i32 @llvm.ctpop.i32(i32 %1462)
	%1471 = add i32 48, %4
	%1472 = mul i32 %1460, 64
	%1473 = add i32 %1472, %1471
	%1474 = add i32 0, %1473
	%1475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1474
	store i32 %1470, i32 addrspace(3)* %1475
	br label %1476

1476:
	br label %1467

1477:
	%1478 = lshr i32 %1335, 0
	%1479 = and i32 %1478, 15
	%1480 = select i1 %1325, i32 %1479, i32 16
	%1481 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1480)
	%1482 = and i32 %1481, %1231
	%1483 = call i32 @llvm.ctpop.i32(i32 %1482)
	%1484 = icmp eq i32 %1483, 0
	%1485 = and i1 %1325, %1484
	br i1 %1485, label %1531, label %1538

1486:
	%1487 = phi i32 [ 0, %1467 ], [ %1483, %1538 ]
	call void @llvm.nvvm.barrier0()
	%1488 = mul i32 %0, 4
	%1489 = add i32 %1488, 0
	%1490 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1489
	%1491 = load i32, i32 addrspace(3)* %1490
	%1492 = add i32 0, %1491
	%1493 = mul i32 %0, 4
	%1494 = add i32 %1493, 1
	%1495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1494
	%1496 = load i32, i32 addrspace(3)* %1495
	%1497 = add i32 %1492, %1496
	%1498 = mul i32 %0, 4
	%1499 = add i32 %1498, 2
	%1500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1499
	%1501 = load i32, i32 addrspace(3)* %1500
	%1502 = add i32 %1497, %1501
	%1503 = mul i32 %0, 4
	%1504 = add i32 %1503, 3
	%1505 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1504
	%1506 = load i32, i32 addrspace(3)* %1505
	%1507 = add i32 %1502, %1506
	%1508 = and i32 %0, 31
	%1509 = lshr i32 %0, 5
	%1510 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1507, i32 1, i32 0)
	%1511 = icmp uge i32 %1508, 1
	%1512 = select i1 %1511, i32 %1510, i32 0
	%1513 = add i32 %1507, %1512
	%1514 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1513, i32 2, i32 0)
	%1515 = icmp uge i32 %1508, 2
	%1516 = select i1 %1515, i32 %1514, i32 0
	%1517 = add i32 %1513, %1516
	%1518 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1517, i32 4, i32 0)
	%1519 = icmp uge i32 %1508, 4
	%1520 = select i1 %1519, i32 %1518, i32 0
	%1521 = add i32 %1517, %1520
	%1522 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1521, i32 8, i32 0)
	%1523 = icmp uge i32 %1508, 8
	%1524 = select i1 %1523, i32 %1522, i32 0
	%1525 = add i32 %1521, %1524
	%1526 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1525, i32 16, i32 0)
	%1527 = icmp uge i32 %1508, 16
	%1528 = select i1 %1527, i32 %1526, i32 0
	%1529 = add i32 %1525, %1528
	%1530 = icmp eq i32 %1508, 31
	br i1 %1530, label %1539, label %1541

1531:
	%1532 = call i32 @llvm.ctpop.i32(i32 %1481)
	%1533 = add i32 56, %4
	%1534 = mul i32 %1479, 64
	%1535 = add i32 %1534, %1533
	%1536 = add i32 0, %1535
	%1537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1536
	store i32 %1532, i32 addrspace(3)* %1537
	br label %1538

1538:
	br label %1486

1539:
	%1540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1509
	store i32 %1529, i32 addrspace(3)* %1540
	br label %1541

1541:
	call void @llvm.nvvm.barrier0()
	%1542 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1543 = load i32, i32 addrspace(3)* %1542
	%1544 = icmp sgt i32 %1509, 0
	%1545 = select i1 %1544, i32 %1543, i32 0
	%1546 = add i32 0, %1545
	%1547 = add i32 0, %1543
	%1548 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1549 = load i32, i32 addrspace(3)* %1548
	%1550 = icmp sgt i32 %1509, 1
	%1551 = select i1 %1550, i32 %1549, i32 0
	%1552 = add i32 %1546, %1551
	%1553 = add i32 %1547, %1549
	%1554 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1555 = load i32, i32 addrspace(3)* %1554
	%1556 = icmp sgt i32 %1509, 2
	%1557 = select i1 %1556, i32 %1555, i32 0
	%1558 = add i32 %1552, %1557
	%1559 = add i32 %1553, %1555
	%1560 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1561 = load i32, i32 addrspace(3)* %1560
	%1562 = icmp sgt i32 %1509, 3
	%1563 = select i1 %1562, i32 %1561, i32 0
	%1564 = add i32 %1558, %1563
	%1565 = add i32 %1559, %1561
	%1566 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1567 = load i32, i32 addrspace(3)* %1566
	%1568 = icmp sgt i32 %1509, 4
	%1569 = select i1 %1568, i32 %1567, i32 0
	%1570 = add i32 %1564, %1569
	%1571 = add i32 %1565, %1567
	%1572 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1573 = load i32, i32 addrspace(3)* %1572
	%1574 = icmp sgt i32 %1509, 5
	%1575 = select i1 %1574, i32 %1573, i32 0
	%1576 = add i32 %1570, %1575
	%1577 = add i32 %1571, %1573
	%1578 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1579 = load i32, i32 addrspace(3)* %1578
	%1580 = icmp sgt i32 %1509, 6
	%1581 = select i1 %1580, i32 %1579, i32 0
	%1582 = add i32 %1576, %1581
	%1583 = add i32 %1577, %1579
	%1584 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1585 = load i32, i32 addrspace(3)* %1584
	%1586 = icmp sgt i32 %1509, 7
	%1587 = select i1 %1586, i32 %1585, i32 0
	%1588 = add i32 %1582, %1587
	%1589 = add i32 %1583, %1585
	%1590 = add i32 %1588, %1529
	%1591 = sub i32 %1590, %1507
	%1592 = mul i32 %0, 4
	%1593 = add i32 %1592, 0
	%1594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1593
	store i32 %1591, i32 addrspace(3)* %1594
	%1595 = add i32 %1591, %1491
	%1596 = mul i32 %0, 4
	%1597 = add i32 %1596, 1
	%1598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1597
	store i32 %1595, i32 addrspace(3)* %1598
	%1599 = add i32 %1595, %1496
	%1600 = mul i32 %0, 4
	%1601 = add i32 %1600, 2
	%1602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1601
	store i32 %1599, i32 addrspace(3)* %1602
	%1603 = add i32 %1599, %1501
	%1604 = mul i32 %0, 4
	%1605 = add i32 %1604, 3
	%1606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1605
	store i32 %1603, i32 addrspace(3)* %1606
	%1607 = add i32 %1603, %1506
	%1608 = add i32 %0, 1024
	%1609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1608
	store i32 0, i32 addrspace(3)* %1609
	%1610 = add i32 %0, 1280
	%1611 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1610
	store i32 0, i32 addrspace(3)* %1611
	%1612 = add i32 %0, 1536
	%1613 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1612
	store i32 0, i32 addrspace(3)* %1613
	%1614 = add i32 %0, 1792
	%1615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1614
	store i32 0, i32 addrspace(3)* %1615
	call void @llvm.nvvm.barrier0()
	%1616 = and i1 %1233, %1234
	br i1 %1616, label %1617, label %1630

1617:
	%1618 = lshr i32 %1244, 0
	%1619 = and i32 %1618, 15
	%1620 = add i32 0, %4
	%1621 = mul i32 %1619, 64
	%1622 = add i32 %1621, %1620
	%1623 = add i32 0, %1622
	%1624 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1623
	%1625 = load i32, i32 addrspace(3)* %1624
	%1626 = add i32 %1625, %1354
	%1627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1626
	store i32 %1243, i32 addrspace(3)* %1627
	%1628 = add i32 %1626, 2048
	%1629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1628
	store i32 %1244, i32 addrspace(3)* %1629
	br label %1630

1630:
	%1631 = and i1 %1246, %1247
	br i1 %1631, label %1632, label %1645

1632:
	%1633 = lshr i32 %1257, 0
	%1634 = and i32 %1633, 15
	%1635 = add i32 8, %4
	%1636 = mul i32 %1634, 64
	%1637 = add i32 %1636, %1635
	%1638 = add i32 0, %1637
	%1639 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1638
	%1640 = load i32, i32 addrspace(3)* %1639
	%1641 = add i32 %1640, %1373
	%1642 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1641
	store i32 %1256, i32 addrspace(3)* %1642
	%1643 = add i32 %1641, 2048
	%1644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1643
	store i32 %1257, i32 addrspace(3)* %1644
	br label %1645

1645:
	%1646 = and i1 %1259, %1260
	br i1 %1646, label %1647, label %1660

1647:
	%1648 = lshr i32 %1270, 0
	%1649 = and i32 %1648, 15
	%1650 = add i32 16, %4
	%1651 = mul i32 %1649, 64
	%1652 = add i32 %1651, %1650
	%1653 = add i32 0, %1652
	%1654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1653
	%1655 = load i32, i32 addrspace(3)* %1654
	%1656 = add i32 %1655, %1392
	%1657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1656
	store i32 %1269, i32 addrspace(3)* %1657
	%1658 = add i32 %1656, 2048
	%1659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1658
	store i32 %1270, i32 addrspace(3)* %1659
	br label %1660

1660:
	%1661 = and i1 %1272, %1273
	br i1 %1661, label %1662, label %1675

1662:
	%1663 = lshr i32 %1283, 0
	%1664 = and i32 %1663, 15
	%1665 = add i32 24, %4
	%1666 = mul i32 %1664, 64
	%1667 = add i32 %1666, %1665
	%1668 = add i32 0, %1667
	%1669 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1668
	%1670 = load i32, i32 addrspace(3)* %1669
	%1671 = add i32 %1670, %1411
	%1672 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1671
	store i32 %1282, i32 addrspace(3)* %1672
	%1673 = add i32 %1671, 2048
	%1674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1673
	store i32 %1283, i32 addrspace(3)* %1674
	br label %1675

1675:
	%1676 = and i1 %1285, %1286
	br i1 %1676, label %1677, label %1690

1677:
	%1678 = lshr i32 %1296, 0
	%1679 = and i32 %1678, 15
	%1680 = add i32 32, %4
	%1681 = mul i32 %1679, 64
	%1682 = add i32 %1681, %1680
	%1683 = add i32 0, %1682
	%1684 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1683
	%1685 = load i32, i32 addrspace(3)* %1684
	%1686 = add i32 %1685, %1430
	%1687 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1686
	store i32 %1295, i32 addrspace(3)* %1687
	%1688 = add i32 %1686, 2048
	%1689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1688
	store i32 %1296, i32 addrspace(3)* %1689
	br label %1690

1690:
	%1691 = and i1 %1298, %1299
	br i1 %1691, label %1692, label %1705

1692:
	%1693 = lshr i32 %1309, 0
	%1694 = and i32 %1693, 15
	%1695 = add i32 40, %4
	%1696 = mul i32 %1694, 64
	%1697 = add i32 %1696, %1695
	%1698 = add i32 0, %1697
	%1699 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1698
	%1700 = load i32, i32 addrspace(3)* %1699
	%1701 = add i32 %1700, %1449
	%1702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1701
	store i32 %1308, i32 addrspace(3)* %1702
	%1703 = add i32 %1701, 2048
	%1704 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1703
	store i32 %1309, i32 addrspace(3)* %1704
	br label %1705

1705:
	%1706 = and i1 %1311, %1312
	br i1 %1706, label %1707, label %1720

1707:
	%1708 = lshr i32 %1322, 0
	%1709 = and i32 %1708, 15
	%1710 = add i32 48, %4
	%1711 = mul i32 %1709, 64
	%1712 = add i32 %1711, %1710
	%1713 = add i32 0, %1712
	%1714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1713
	%1715 = load i32, i32 addrspace(3)* %1714
	%1716 = add i32 %1715, %1468
	%1717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1716
	store i32 %1321, i32 addrspace(3)* %1717
	%1718 = add i32 %1716, 2048
	%1719 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1718
	store i32 %1322, i32 addrspace(3)* %1719
	br label %1720

1720:
	%1721 = and i1 %1324, %1325
	br i1 %1721, label %1722, label %1735

1722:
	%1723 = lshr i32 %1335, 0
	%1724 = and i32 %1723, 15
	%1725 = add i32 56, %4
	%1726 = mul i32 %1724, 64
	%1727 = add i32 %1726, %1725
	%1728 = add i32 0, %1727
	%1729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1728
	%1730 = load i32, i32 addrspace(3)* %1729
	%1731 = add i32 %1730, %1487
	%1732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1731
	store i32 %1334, i32 addrspace(3)* %1732
	%1733 = add i32 %1731, 2048
	%1734 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1733
	store i32 %1335, i32 addrspace(3)* %1734
	br label %1735

1735:
	call void @llvm.nvvm.barrier0()
	%1736 = add i32 0, %0
	%1737 = and i1 %1233, %1234
	br i1 %1737, label %1738, label %1744

1738:
	%1739 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1736
	%1740 = load i32, i32 addrspace(3)* %1739
	%1741 = add i32 %1736, 2048
	%1742 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1741
	%1743 = load i32, i32 addrspace(3)* %1742
	br label %1744

1744:
	%1745 = phi i32 [ %1243, %1735 ], [ %1740, %1738 ]
	%1746 = phi i32 [ %1244, %1735 ], [ %1743, %1738 ]
	%1747 = add i32 256, %0
	%1748 = and i1 %1246, %1247
	br i1 %1748, label %1749, label %1755

1749:
	%1750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1747
	%1751 = load i32, i32 addrspace(3)* %1750
	%1752 = add i32 %1747, 2048
	%1753 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1752
	%1754 = load i32, i32 addrspace(3)* %1753
	br label %1755

1755:
	%1756 = phi i32 [ %1256, %1744 ], [ %1751, %1749 ]
	%1757 = phi i32 [ %1257, %1744 ], [ %1754, %1749 ]
	%1758 = add i32 512, %0
	%1759 = and i1 %1259, %1260
	br i1 %1759, label %1760, label %1766

1760:
	%1761 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1758
	%1762 = load i32, i32 addrspace(3)* %1761
	%1763 = add i32 %1758, 2048
	%1764 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1763
	%1765 = load i32, i32 addrspace(3)* %1764
	br label %1766

1766:
	%1767 = phi i32 [ %1269, %1755 ], [ %1762, %1760 ]
	%1768 = phi i32 [ %1270, %1755 ], [ %1765, %1760 ]
	%1769 = add i32 768, %0
	%1770 = and i1 %1272, %1273
	br i1 %1770, label %1771, label %1777

1771:
	%1772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1769
	%1773 = load i32, i32 addrspace(3)* %1772
	%1774 = add i32 %1769, 2048
	%1775 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1774
	%1776 = load i32, i32 addrspace(3)* %1775
	br label %1777

1777:
	%1778 = phi i32 [ %1282, %1766 ], [ %1773, %1771 ]
	%1779 = phi i32 [ %1283, %1766 ], [ %1776, %1771 ]
	%1780 = add i32 1024, %0
	%1781 = and i1 %1285, %1286
	br i1 %1781, label %1782, label %1788

1782:
	%1783 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1780
	%1784 = load i32, i32 addrspace(3)* %1783
	%1785 = add i32 %1780, 2048
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1785
	%1787 = load i32, i32 addrspace(3)* %1786
	br label %1788

1788:
	%1789 = phi i32 [ %1295, %1777 ], [ %1784, %1782 ]
	%1790 = phi i32 [ %1296, %1777 ], [ %1787, %1782 ]
	%1791 = add i32 1280, %0
	%1792 = and i1 %1298, %1299
	br i1 %1792, label %1793, label %1799

1793:
	%1794 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1791
	%1795 = load i32, i32 addrspace(3)* %1794
	%1796 = add i32 %1791, 2048
	%1797 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1796
	%1798 = load i32, i32 addrspace(3)* %1797
	br label %1799

1799:
	%1800 = phi i32 [ %1308, %1788 ], [ %1795, %1793 ]
	%1801 = phi i32 [ %1309, %1788 ], [ %1798, %1793 ]
	%1802 = add i32 1536, %0
	%1803 = and i1 %1311, %1312
	br i1 %1803, label %1804, label %1810

1804:
	%1805 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1802
	%1806 = load i32, i32 addrspace(3)* %1805
	%1807 = add i32 %1802, 2048
	%1808 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1807
	%1809 = load i32, i32 addrspace(3)* %1808
	br label %1810

1810:
	%1811 = phi i32 [ %1321, %1799 ], [ %1806, %1804 ]
	%1812 = phi i32 [ %1322, %1799 ], [ %1809, %1804 ]
	%1813 = add i32 1792, %0
	%1814 = and i1 %1324, %1325
	br i1 %1814, label %1815, label %1821

1815:
	%1816 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1813
	%1817 = load i32, i32 addrspace(3)* %1816
	%1818 = add i32 %1813, 2048
	%1819 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1818
	%1820 = load i32, i32 addrspace(3)* %1819
	br label %1821

1821:
	%1822 = phi i32 [ %1334, %1810 ], [ %1817, %1815 ]
	%1823 = phi i32 [ %1335, %1810 ], [ %1820, %1815 ]
	br i1 %1233, label %1824, label %1833

1824:
	%1825 = lshr i32 %1746, 4
	%1826 = and i32 %1825, 15
	%1827 = select i1 %1234, i32 %1826, i32 16
	%1828 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1827)
	%1829 = and i32 %1828, %1231
	%1830 = call i32 @llvm.ctpop.i32(i32 %1829)
	%1831 = icmp eq i32 %1830, 0
	%1832 = and i1 %1234, %1831
	br i1 %1832, label %1835, label %1842

1833:
	%1834 = phi i32 [ 0, %1821 ], [ %1830, %1842 ]
	br i1 %1246, label %1843, label %1852

1835:
	%1836 = call i32 @llvm.ctpop.i32(i32 %1828)
	%1837 = add i32 0, %4
	%1838 = mul i32 %1826, 64
	%1839 = add i32 %1838, %1837
	%1840 = add i32 1024, %1839
	%1841 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1840
	store i32 %1836, i32 addrspace(3)* %1841
	br label %1842

1842:
	br label %1833

1843:
	%1844 = lshr i32 %1757, 4
	%1845 = and i32 %1844, 15
	%1846 = select i1 %1247, i32 %1845, i32 16
	%1847 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1846)
	%1848 = and i32 %1847, %1231
	%1849 = call i32 @llvm.ctpop.i32(i32 %1848)
	%1850 = icmp eq i32 %1849, 0
	%1851 = and i1 %1247, %1850
	br i1 %1851, label %1854, label %1861

1852:
	%1853 = phi i32 [ 0, %1833 ], [ %1849, %1861 ]
	br i1 %1259, label %1862, label %1871

1854:
	%1855 = call i32 @llvm.ctpop.i32(i32 %1847)
	%1856 = add i32 8, %4
	%1857 = mul i32 %1845, 64
	%1858 = add i32 %1857, %1856
	%1859 = add i32 1024, %1858
	%1860 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1859
	store i32 %1855, i32 addrspace(3)* %1860
	br label %1861

1861:
	br label %1852

1862:
	%1863 = lshr i32 %1768, 4
	%1864 = and i32 %1863, 15
	%1865 = select i1 %1260, i32 %1864, i32 16
	%1866 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1865)
	%1867 = and i32 %1866, %1231
	%1868 = call i32 @llvm.ctpop.i32(i32 %1867)
	%1869 = icmp eq i32 %1868, 0
	%1870 = and i1 %1260, %1869
	br i1 %1870, label %1873, label %1880

1871:
	%1872 = phi i32 [ 0, %1852 ], [ %1868, %1880 ]
	br i1 %1272, label %1881, label %1890

1873:
	%1874 = call i32 @llvm.ctpop.i32(i32 %1866)
	%1875 = add i32 16, %4
	%1876 = mul i32 %1864, 64
	%1877 = add i32 %1876, %1875
	%1878 = add i32 1024, %1877
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1878
	store i32 %1874, i32 addrspace(3)* %1879
	br label %1880

1880:
	br label %1871

1881:
	%1882 = lshr i32 %1779, 4
	%1883 = and i32 %1882, 15
	%1884 = select i1 %1273, i32 %1883, i32 16
	%1885 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1884)
	%1886 = and i32 %1885, %1231
	%1887 = call i32 @llvm.ctpop.i32(i32 %1886)
	%1888 = icmp eq i32 %1887, 0
	%1889 = and i1 %1273, %1888
	br i1 %1889, label %1892, label %1899

1890:
	%1891 = phi i32 [ 0, %1871 ], [ %1887, %1899 ]
	br i1 %1285, label %1900, label %1909

1892:
	%1893 = call i32 @llvm.ctpop.i32(i32 %1885)
	%1894 = add i32 24, %4
	%1895 = mul i32 %1883, 64
	%1896 = add i32 %1895, %1894
	%1897 = add i32 1024, %1896
	%1898 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1897
	store i32 %1893, i32 addrspace(3)* %1898
	br label %1899

1899:
	br label %1890

1900:
	%1901 = lshr i32 %1790, 4
	%1902 = and i32 %1901, 15
	%1903 = select i1 %1286, i32 %1902, i32 16
	%1904 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1903)
	%1905 = and i32 %1904, %1231
	%1906 = call i32 @llvm.ctpop.i32(i32 %1905)
	%1907 = icmp eq i32 %1906, 0
	%1908 = and i1 %1286, %1907
	br i1 %1908, label %1911, label %1918

1909:
	%1910 = phi i32 [ 0, %1890 ], [ %1906, %1918 ]
	br i1 %1298, label %1919, label %1928

1911:
	%1912 = call i32 @llvm.ctpop.i32(i32 %1904)
	%1913 = add i32 32, %4
	%1914 = mul i32 %1902, 64
	%1915 = add i32 %1914, %1913
	%1916 = add i32 1024, %1915
	%1917 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1916
	store i32 %1912, i32 addrspace(3)* %1917
	br label %1918

1918:
	br label %1909

1919:
	%1920 = lshr i32 %1801, 4
	%1921 = and i32 %1920, 15
	%1922 = select i1 %1299, i32 %1921, i32 16
	%1923 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1922)
	%1924 = and i32 %1923, %1231
	%1925 = call i32 @llvm.ctpop.i32(i32 %1924)
	%1926 = icmp eq i32 %1925, 0
	%1927 = and i1 %1299, %1926
	br i1 %1927, label %1930, label %1937

1928:
	%1929 = phi i32 [ 0, %1909 ], [ %1925, %1937 ]
	br i1 %1311, label %1938, label %1947

1930:
	%1931 = call i32 @llvm.ctpop.i32(i32 %1923)
	%1932 = add i32 40, %4
	%1933 = mul i32 %1921, 64
	%1934 = add i32 %1933, %1932
	%1935 = add i32 1024, %1934
	%1936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1935
	store i32 %1931, i32 addrspace(3)* %1936
	br label %1937

1937:
	br label %1928

1938:
	%1939 = lshr i32 %1812, 4
	%1940 = and i32 %1939, 15
	%1941 = select i1 %1312, i32 %1940, i32 16
	%1942 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1941)
	%1943 = and i32 %1942, %1231
	%1944 = call i32 @llvm.ctpop.i32(i32 %1943)
	%1945 = icmp eq i32 %1944, 0
	%1946 = and i1 %1312, %1945
	br i1 %1946, label %1949, label %1956

1947:
	%1948 = phi i32 [ 0, %1928 ], [ %1944, %1956 ]
	br i1 %1324, label %1957, label %1966

1949:
	%1950 = call i32 @llvm.ctpop.i32(i32 %1942)
	%1951 = add i32 48, %4
	%1952 = mul i32 %1940, 64
	%1953 = add i32 %1952, %1951
	%1954 = add i32 1024, %1953
	%1955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1954
	store i32 %1950, i32 addrspace(3)* %1955
	br label %1956

1956:
	br label %1947

1957:
	%1958 = lshr i32 %1823, 4
	%1959 = and i32 %1958, 15
	%1960 = select i1 %1325, i32 %1959, i32 16
	%1961 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1960)
	%1962 = and i32 %1961, %1231
	%1963 = call i32 @llvm.ctpop.i32(i32 %1962)
	%1964 = icmp eq i32 %1963, 0
	%1965 = and i1 %1325, %1964
	br i1 %1965, label %2011, label %2018

1966:
	%1967 = phi i32 [ 0, %1947 ], [ %1963, %2018 ]
	call void @llvm.nvvm.barrier0()
	%1968 = mul i32 %0, 4
	%1969 = add i32 %1968, 1024
	%1970 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1969
	%1971 = load i32, i32 addrspace(3)* %1970
	%1972 = add i32 0, %1971
	%1973 = mul i32 %0, 4
	%1974 = add i32 %1973, 1025
	%1975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1974
	%1976 = load i32, i32 addrspace(3)* %1975
	%1977 = add i32 %1972, %1976
	%1978 = mul i32 %0, 4
	%1979 = add i32 %1978, 1026
	%1980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1979
	%1981 = load i32, i32 addrspace(3)* %1980
	%1982 = add i32 %1977, %1981
	%1983 = mul i32 %0, 4
	%1984 = add i32 %1983, 1027
	%1985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1984
	%1986 = load i32, i32 addrspace(3)* %1985
	%1987 = add i32 %1982, %1986
	%1988 = and i32 %0, 31
	%1989 = lshr i32 %0, 5
	%1990 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1987, i32 1, i32 0)
	%1991 = icmp uge i32 %1988, 1
	%1992 = select i1 %1991, i32 %1990, i32 0
	%1993 = add i32 %1987, %1992
	%1994 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1993, i32 2, i32 0)
	%1995 = icmp uge i32 %1988, 2
	%1996 = select i1 %1995, i32 %1994, i32 0
	%1997 = add i32 %1993, %1996
	%1998 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1997, i32 4, i32 0)
	%1999 = icmp uge i32 %1988, 4
	%2000 = select i1 %1999, i32 %1998, i32 0
	%2001 = add i32 %1997, %2000
	%2002 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2001, i32 8, i32 0)
	%2003 = icmp uge i32 %1988, 8
	%2004 = select i1 %2003, i32 %2002, i32 0
	%2005 = add i32 %2001, %2004
	%2006 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2005, i32 16, i32 0)
	%2007 = icmp uge i32 %1988, 16
	%2008 = select i1 %2007, i32 %2006, i32 0
	%2009 = add i32 %2005, %2008
	%2010 = icmp eq i32 %1988, 31
	br i1 %2010, label %2019, label %2021

2011:
	%2012 = call i32 @llvm.ctpop.i32(i32 %1961)
	%2013 = add i32 56, %4
	%2014 = mul i32 %1959, 64
	%2015 = add i32 %2014, %2013
	%2016 = add i32 1024, %2015
	%2017 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2016
	store i32 %2012, i32 addrspace(3)* %2017
	br label %2018

2018:
	br label %1966

2019:
	%2020 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1989
	store i32 %2009, i32 addrspace(3)* %2020
	br label %2021

2021:
	call void @llvm.nvvm.barrier0()
	%2022 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2023 = load i32, i32 addrspace(3)* %2022
	%2024 = icmp sgt i32 %1989, 0
	%2025 = select i1 %2024, i32 %2023, i32 0
	%2026 = add i32 0, %2025
	%2027 = add i32 0, %2023
	%2028 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2029 = load i32, i32 addrspace(3)* %2028
	%2030 = icmp sgt i32 %1989, 1
	%2031 = select i1 %2030, i32 %2029, i32 0
	%2032 = add i32 %2026, %2031
	%2033 = add i32 %2027, %2029
	%2034 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2035 = load i32, i32 addrspace(3)* %2034
	%2036 = icmp sgt i32 %1989, 2
	%2037 = select i1 %2036, i32 %2035, i32 0
	%2038 = add i32 %2032, %2037
	%2039 = add i32 %2033, %2035
	%2040 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2041 = load i32, i32 addrspace(3)* %2040
	%2042 = icmp sgt i32 %1989, 3
	%2043 = select i1 %2042, i32 %2041, i32 0
	%2044 = add i32 %2038, %2043
	%2045 = add i32 %2039, %2041
	%2046 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2047 = load i32, i32 addrspace(3)* %2046
	%2048 = icmp sgt i32 %1989, 4
	%2049 = select i1 %2048, i32 %2047, i32 0
	%2050 = add i32 %2044, %2049
	%2051 = add i32 %2045, %2047
	%2052 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2053 = load i32, i32 addrspace(3)* %2052
	%2054 = icmp sgt i32 %1989, 5
	%2055 = select i1 %2054, i32 %2053, i32 0
	%2056 = add i32 %2050, %2055
	%2057 = add i32 %2051, %2053
	%2058 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2059 = load i32, i32 addrspace(3)* %2058
	%2060 = icmp sgt i32 %1989, 6
	%2061 = select i1 %2060, i32 %2059, i32 0
	%2062 = add i32 %2056, %2061
	%2063 = add i32 %2057, %2059
	%2064 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2065 = load i32, i32 addrspace(3)* %2064
	%2066 = icmp sgt i32 %1989, 7
	%2067 = select i1 %2066, i32 %2065, i32 0
	%2068 = add i32 %2062, %2067
	%2069 = add i32 %2063, %2065
	%2070 = add i32 %2068, %2009
	%2071 = sub i32 %2070, %1987
	%2072 = mul i32 %0, 4
	%2073 = add i32 %2072, 1024
	%2074 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2073
	store i32 %2071, i32 addrspace(3)* %2074
	%2075 = add i32 %2071, %1971
	%2076 = mul i32 %0, 4
	%2077 = add i32 %2076, 1025
	%2078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2077
	store i32 %2075, i32 addrspace(3)* %2078
	%2079 = add i32 %2075, %1976
	%2080 = mul i32 %0, 4
	%2081 = add i32 %2080, 1026
	%2082 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2081
	store i32 %2079, i32 addrspace(3)* %2082
	%2083 = add i32 %2079, %1981
	%2084 = mul i32 %0, 4
	%2085 = add i32 %2084, 1027
	%2086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2085
	store i32 %2083, i32 addrspace(3)* %2086
	%2087 = add i32 %2083, %1986
	%2088 = add i32 %0, 0
	%2089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2088
	store i32 0, i32 addrspace(3)* %2089
	%2090 = add i32 %0, 256
	%2091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2090
	store i32 0, i32 addrspace(3)* %2091
	%2092 = add i32 %0, 512
	%2093 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2092
	store i32 0, i32 addrspace(3)* %2093
	%2094 = add i32 %0, 768
	%2095 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2094
	store i32 0, i32 addrspace(3)* %2095
	call void @llvm.nvvm.barrier0()
	%2096 = and i1 %1233, %1234
	br i1 %2096, label %2097, label %2110

2097:
	%2098 = lshr i32 %1746, 4
	%2099 = and i32 %2098, 15
	%2100 = add i32 0, %4
	%2101 = mul i32 %2099, 64
	%2102 = add i32 %2101, %2100
	%2103 = add i32 1024, %2102
	%2104 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2103
	%2105 = load i32, i32 addrspace(3)* %2104
	%2106 = add i32 %2105, %1834
	%2107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2106
	store i32 %1745, i32 addrspace(3)* %2107
	%2108 = add i32 %2106, 2048
	%2109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2108
	store i32 %1746, i32 addrspace(3)* %2109
	br label %2110

2110:
	%2111 = and i1 %1246, %1247
	br i1 %2111, label %2112, label %2125

2112:
	%2113 = lshr i32 %1757, 4
	%2114 = and i32 %2113, 15
	%2115 = add i32 8, %4
	%2116 = mul i32 %2114, 64
	%2117 = add i32 %2116, %2115
	%2118 = add i32 1024, %2117
	%2119 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2118
	%2120 = load i32, i32 addrspace(3)* %2119
	%2121 = add i32 %2120, %1853
	%2122 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2121
	store i32 %1756, i32 addrspace(3)* %2122
	%2123 = add i32 %2121, 2048
	%2124 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2123
	store i32 %1757, i32 addrspace(3)* %2124
	br label %2125

2125:
	%2126 = and i1 %1259, %1260
	br i1 %2126, label %2127, label %2140

2127:
	%2128 = lshr i32 %1768, 4
	%2129 = and i32 %2128, 15
	%2130 = add i32 16, %4
	%2131 = mul i32 %2129, 64
	%2132 = add i32 %2131, %2130
	%2133 = add i32 1024, %2132
	%2134 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2133
	%2135 = load i32, i32 addrspace(3)* %2134
	%2136 = add i32 %2135, %1872
	%2137 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2136
	store i32 %1767, i32 addrspace(3)* %2137
	%2138 = add i32 %2136, 2048
	%2139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2138
	store i32 %1768, i32 addrspace(3)* %2139
	br label %2140

2140:
	%2141 = and i1 %1272, %1273
	br i1 %2141, label %2142, label %2155

2142:
	%2143 = lshr i32 %1779, 4
	%2144 = and i32 %2143, 15
	%2145 = add i32 24, %4
	%2146 = mul i32 %2144, 64
	%2147 = add i32 %2146, %2145
	%2148 = add i32 1024, %2147
	%2149 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2148
	%2150 = load i32, i32 addrspace(3)* %2149
	%2151 = add i32 %2150, %1891
	%2152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2151
	store i32 %1778, i32 addrspace(3)* %2152
	%2153 = add i32 %2151, 2048
	%2154 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2153
	store i32 %1779, i32 addrspace(3)* %2154
	br label %2155

2155:
	%2156 = and i1 %1285, %1286
	br i1 %2156, label %2157, label %2170

2157:
	%2158 = lshr i32 %1790, 4
	%2159 = and i32 %2158, 15
	%2160 = add i32 32, %4
	%2161 = mul i32 %2159, 64
	%2162 = add i32 %2161, %2160
	%2163 = add i32 1024, %2162
	%2164 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2163
	%2165 = load i32, i32 addrspace(3)* %2164
	%2166 = add i32 %2165, %1910
	%2167 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2166
	store i32 %1789, i32 addrspace(3)* %2167
	%2168 = add i32 %2166, 2048
	%2169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2168
	store i32 %1790, i32 addrspace(3)* %2169
	br label %2170

2170:
	%2171 = and i1 %1298, %1299
	br i1 %2171, label %2172, label %2185

2172:
	%2173 = lshr i32 %1801, 4
	%2174 = and i32 %2173, 15
	%2175 = add i32 40, %4
	%2176 = mul i32 %2174, 64
	%2177 = add i32 %2176, %2175
	%2178 = add i32 1024, %2177
	%2179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2178
	%2180 = load i32, i32 addrspace(3)* %2179
	%2181 = add i32 %2180, %1929
	%2182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2181
	store i32 %1800, i32 addrspace(3)* %2182
	%2183 = add i32 %2181, 2048
	%2184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2183
	store i32 %1801, i32 addrspace(3)* %2184
	br label %2185

2185:
	%2186 = and i1 %1311, %1312
	br i1 %2186, label %2187, label %2200

2187:
	%2188 = lshr i32 %1812, 4
	%2189 = and i32 %2188, 15
	%2190 = add i32 48, %4
	%2191 = mul i32 %2189, 64
	%2192 = add i32 %2191, %2190
	%2193 = add i32 1024, %2192
	%2194 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2193
	%2195 = load i32, i32 addrspace(3)* %2194
	%2196 = add i32 %2195, %1948
	%2197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2196
	store i32 %1811, i32 addrspace(3)* %2197
	%2198 = add i32 %2196, 2048
	%2199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2198
	store i32 %1812, i32 addrspace(3)* %2199
	br label %2200

2200:
	%2201 = and i1 %1324, %1325
	br i1 %2201, label %2202, label %2215

2202:
	%2203 = lshr i32 %1823, 4
	%2204 = and i32 %2203, 15
	%2205 = add i32 56, %4
	%2206 = mul i32 %2204, 64
	%2207 = add i32 %2206, %2205
	%2208 = add i32 1024, %2207
	%2209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2208
	%2210 = load i32, i32 addrspace(3)* %2209
	%2211 = add i32 %2210, %1967
	%2212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2211
	store i32 %1822, i32 addrspace(3)* %2212
	%2213 = add i32 %2211, 2048
	%2214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2213
	store i32 %1823, i32 addrspace(3)* %2214
	br label %2215

2215:
	call void @llvm.nvvm.barrier0()
	%2216 = add i32 0, %0
	%2217 = and i1 %1233, %1234
	br i1 %2217, label %2218, label %2224

2218:
	%2219 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2216
	%2220 = load i32, i32 addrspace(3)* %2219
	%2221 = add i32 %2216, 2048
	%2222 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2221
	%2223 = load i32, i32 addrspace(3)* %2222
	br label %2224

2224:
	%2225 = phi i32 [ %1745, %2215 ], [ %2220, %2218 ]
	%2226 = phi i32 [ %1746, %2215 ], [ %2223, %2218 ]
	%2227 = add i32 256, %0
	%2228 = and i1 %1246, %1247
	br i1 %2228, label %2229, label %2235

2229:
	%2230 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2227
	%2231 = load i32, i32 addrspace(3)* %2230
	%2232 = add i32 %2227, 2048
	%2233 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2232
	%2234 = load i32, i32 addrspace(3)* %2233
	br label %2235

2235:
	%2236 = phi i32 [ %1756, %2224 ], [ %2231, %2229 ]
	%2237 = phi i32 [ %1757, %2224 ], [ %2234, %2229 ]
	%2238 = add i32 512, %0
	%2239 = and i1 %1259, %1260
	br i1 %2239, label %2240, label %2246

2240:
	%2241 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2238
	%2242 = load i32, i32 addrspace(3)* %2241
	%2243 = add i32 %2238, 2048
	%2244 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2243
	%2245 = load i32, i32 addrspace(3)* %2244
	br label %2246

2246:
	%2247 = phi i32 [ %1767, %2235 ], [ %2242, %2240 ]
	%2248 = phi i32 [ %1768, %2235 ], [ %2245, %2240 ]
	%2249 = add i32 768, %0
	%2250 = and i1 %1272, %1273
	br i1 %2250, label %2251, label %2257

2251:
	%2252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2249
	%2253 = load i32, i32 addrspace(3)* %2252
	%2254 = add i32 %2249, 2048
	%2255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2254
	%2256 = load i32, i32 addrspace(3)* %2255
	br label %2257

2257:
	%2258 = phi i32 [ %1778, %2246 ], [ %2253, %2251 ]
	%2259 = phi i32 [ %1779, %2246 ], [ %2256, %2251 ]
	%2260 = add i32 1024, %0
	%2261 = and i1 %1285, %1286
	br i1 %2261, label %2262, label %2268

2262:
	%2263 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2260
	%2264 = load i32, i32 addrspace(3)* %2263
	%2265 = add i32 %2260, 2048
	%2266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2265
	%2267 = load i32, i32 addrspace(3)* %2266
	br label %2268

2268:
	%2269 = phi i32 [ %1789, %2257 ], [ %2264, %2262 ]
	%2270 = phi i32 [ %1790, %2257 ], [ %2267, %2262 ]
	%2271 = add i32 1280, %0
	%2272 = and i1 %1298, %1299
	br i1 %2272, label %2273, label %2279

2273:
	%2274 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2271
	%2275 = load i32, i32 addrspace(3)* %2274
	%2276 = add i32 %2271, 2048
	%2277 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2276
	%2278 = load i32, i32 addrspace(3)* %2277
	br label %2279

2279:
	%2280 = phi i32 [ %1800, %2268 ], [ %2275, %2273 ]
	%2281 = phi i32 [ %1801, %2268 ], [ %2278, %2273 ]
	%2282 = add i32 1536, %0
	%2283 = and i1 %1311, %1312
	br i1 %2283, label %2284, label %2290

2284:
	%2285 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2282
	%2286 = load i32, i32 addrspace(3)* %2285
	%2287 = add i32 %2282, 2048
	%2288 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2287
	%2289 = load i32, i32 addrspace(3)* %2288
	br label %2290

2290:
	%2291 = phi i32 [ %1811, %2279 ], [ %2286, %2284 ]
	%2292 = phi i32 [ %1812, %2279 ], [ %2289, %2284 ]
	%2293 = add i32 1792, %0
	%2294 = and i1 %1324, %1325
	br i1 %2294, label %2295, label %2301

2295:
	%2296 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2293
	%2297 = load i32, i32 addrspace(3)* %2296
	%2298 = add i32 %2293, 2048
	%2299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2298
	%2300 = load i32, i32 addrspace(3)* %2299
	br label %2301

2301:
	%2302 = phi i32 [ %1822, %2290 ], [ %2297, %2295 ]
	%2303 = phi i32 [ %1823, %2290 ], [ %2300, %2295 ]
	br i1 %1233, label %2304, label %2313

2304:
	%2305 = lshr i32 %2226, 8
	%2306 = and i32 %2305, 15
	%2307 = select i1 %1234, i32 %2306, i32 16
	%2308 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2307)
	%2309 = and i32 %2308, %1231
	%2310 = call i32 @llvm.ctpop.i32(i32 %2309)
	%2311 = icmp eq i32 %2310, 0
	%2312 = and i1 %1234, %2311
	br i1 %2312, label %2315, label %2322

2313:
	%2314 = phi i32 [ 0, %2301 ], [ %2310, %2322 ]
	br i1 %1246, label %2323, label %2332

2315:
	%2316 = call i32 @llvm.ctpop.i32(i32 %2308)
	%2317 = add i32 0, %4
	%2318 = mul i32 %2306, 64
	%2319 = add i32 %2318, %2317
	%2320 = add i32 0, %2319
	%2321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2320
	store i32 %2316, i32 addrspace(3)* %2321
	br label %2322

2322:
	br label %2313

2323:
	%2324 = lshr i32 %2237, 8
	%2325 = and i32 %2324, 15
	%2326 = select i1 %1247, i32 %2325, i32 16
	%2327 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2326)
	%2328 = and i32 %2327, %1231
	%2329 = call i32 @llvm.ctpop.i32(i32 %2328)
	%2330 = icmp eq i32 %2329, 0
	%2331 = and i1 %1247, %2330
	br i1 %2331, label %2334, label %2341

2332:
	%2333 = phi i32 [ 0, %2313 ], [ %2329, %2341 ]
	br i1 %1259, label %2342, label %2351

2334:
	%2335 = call i32 @llvm.ctpop.i32(i32 %2327)
	%2336 = add i32 8, %4
	%2337 = mul i32 %2325, 64
	%2338 = add i32 %2337, %2336
	%2339 = add i32 0, %2338
	%2340 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2339
	store i32 %2335, i32 addrspace(3)* %2340
	br label %2341

2341:
	br label %2332

2342:
	%2343 = lshr i32 %2248, 8
	%2344 = and i32 %2343, 15
	%2345 = select i1 %1260, i32 %2344, i32 16
	%2346 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2345)
	%2347 = and i32 %2346, %1231
	%2348 = call i32 @llvm.ctpop.i32(i32 %2347)
	%2349 = icmp eq i32 %2348, 0
	%2350 = and i1 %1260, %2349
	br i1 %2350, label %2353, label %2360

2351:
	%2352 = phi i32 [ 0, %2332 ], [ %2348, %2360 ]
	br i1 %1272, label %2361, label %2370

2353:
	%2354 = call i32 @llvm.ctpop.i32(i32 %2346)
	%2355 = add i32 16, %4
	%2356 = mul i32 %2344, 64
	%2357 = add i32 %2356, %2355
	%2358 = add i32 0, %2357
	%2359 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2358
	store i32 %2354, i32 addrspace(3)* %2359
	br label %2360

2360:
	br label %2351

2361:
	%2362 = lshr i32 %2259, 8
	%2363 = and i32 %2362, 15
	%2364 = select i1 %1273, i32 %2363, i32 16
	%2365 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2364)
	%2366 = and i32 %2365, %1231
	%2367 = call i32 @llvm.ctpop.i32(i32 %2366)
	%2368 = icmp eq i32 %2367, 0
	%2369 = and i1 %1273, %2368
	br i1 %2369, label %2372, label %2379

2370:
	%2371 = phi i32 [ 0, %2351 ], [ %2367, %2379 ]
	br i1 %1285, label %2380, label %2389

2372:
	%2373 = call i32 @llvm.ctpop.i32(i32 %2365)
	%2374 = add i32 24, %4
	%2375 = mul i32 %2363, 64
	%2376 = add i32 %2375, %2374
	%2377 = add i32 0, %2376
	%2378 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2377
	store i32 %2373, i32 addrspace(3)* %2378
	br label %2379

2379:
	br label %2370

2380:
	%2381 = lshr i32 %2270, 8
	%2382 = and i32 %2381, 15
	%2383 = select i1 %1286, i32 %2382, i32 16
	%2384 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2383)
	%2385 = and i32 %2384, %1231
	%2386 = call i32 @llvm.ctpop.i32(i32 %2385)
	%2387 = icmp eq i32 %2386, 0
	%2388 = and i1 %1286, %2387
	br i1 %2388, label %2391, label %2398

2389:
	%2390 = phi i32 [ 0, %2370 ], [ %2386, %2398 ]
	br i1 %1298, label %2399, label %2408

2391:
	%2392 = call i32 @llvm.ctpop.i32(i32 %2384)
	%2393 = add i32 32, %4
	%2394 = mul i32 %2382, 64
	%2395 = add i32 %2394, %2393
	%2396 = add i32 0, %2395
	%2397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2396
	store i32 %2392, i32 addrspace(3)* %2397
	br label %2398

2398:
	br label %2389

2399:
	%2400 = lshr i32 %2281, 8
	%2401 = and i32 %2400, 15
	%2402 = select i1 %1299, i32 %2401, i32 16
	%2403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2402)
	%2404 = and i32 %2403, %1231
	%2405 = call i32 @llvm.ctpop.i32(i32 %2404)
	%2406 = icmp eq i32 %2405, 0
	%2407 = and i1 %1299, %2406
	br i1 %2407, label %2410, label %2417

2408:
	%2409 = phi i32 [ 0, %2389 ], [ %2405, %2417 ]
	br i1 %1311, label %2418, label %2427

2410:
	%2411 = call i32 @llvm.ctpop.i32(i32 %2403)
	%2412 = add i32 40, %4
	%2413 = mul i32 %2401, 64
	%2414 = add i32 %2413, %2412
	%2415 = add i32 0, %2414
	%2416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2415
	store i32 %2411, i32 addrspace(3)* %2416
	br label %2417

2417:
	br label %2408

2418:
	%2419 = lshr i32 %2292, 8
	%2420 = and i32 %2419, 15
	%2421 = select i1 %1312, i32 %2420, i32 16
	%2422 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2421)
	%2423 = and i32 %2422, %1231
	%2424 = call i32 @llvm.ctpop.i32(i32 %2423)
	%2425 = icmp eq i32 %2424, 0
	%2426 = and i1 %1312, %2425
	br i1 %2426, label %2429, label %2436

2427:
	%2428 = phi i32 [ 0, %2408 ], [ %2424, %2436 ]
	br i1 %1324, label %2437, label %2446

2429:
	%2430 = call i32 @llvm.ctpop.i32(i32 %2422)
	%2431 = add i32 48, %4
	%2432 = mul i32 %2420, 64
	%2433 = add i32 %2432, %2431
	%2434 = add i32 0, %2433
	%2435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2434
	store i32 %2430, i32 addrspace(3)* %2435
	br label %2436

2436:
	br label %2427

2437:
	%2438 = lshr i32 %2303, 8
	%2439 = and i32 %2438, 15
	%2440 = select i1 %1325, i32 %2439, i32 16
	%2441 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2440)
	%2442 = and i32 %2441, %1231
	%2443 = call i32 @llvm.ctpop.i32(i32 %2442)
	%2444 = icmp eq i32 %2443, 0
	%2445 = and i1 %1325, %2444
	br i1 %2445, label %2491, label %2498

2446:
	%2447 = phi i32 [ 0, %2427 ], [ %2443, %2498 ]
	call void @llvm.nvvm.barrier0()
	%2448 = mul i32 %0, 4
	%2449 = add i32 %2448, 0
	%2450 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2449
	%2451 = load i32, i32 addrspace(3)* %2450
	%2452 = add i32 0, %2451
	%2453 = mul i32 %0, 4
	%2454 = add i32 %2453, 1
	%2455 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2454
	%2456 = load i32, i32 addrspace(3)* %2455
	%2457 = add i32 %2452, %2456
	%2458 = mul i32 %0, 4
	%2459 = add i32 %2458, 2
	%2460 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2459
	%2461 = load i32, i32 addrspace(3)* %2460
	%2462 = add i32 %2457, %2461
	%2463 = mul i32 %0, 4
	%2464 = add i32 %2463, 3
	%2465 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2464
	%2466 = load i32, i32 addrspace(3)* %2465
	%2467 = add i32 %2462, %2466
	%2468 = and i32 %0, 31
	%2469 = lshr i32 %0, 5
	%2470 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2467, i32 1, i32 0)
	%2471 = icmp uge i32 %2468, 1
	%2472 = select i1 %2471, i32 %2470, i32 0
	%2473 = add i32 %2467, %2472
	%2474 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2473, i32 2, i32 0)
	%2475 = icmp uge i32 %2468, 2
	%2476 = select i1 %2475, i32 %2474, i32 0
	%2477 = add i32 %2473, %2476
	%2478 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2477, i32 4, i32 0)
	%2479 = icmp uge i32 %2468, 4
	%2480 = select i1 %2479, i32 %2478, i32 0
	%2481 = add i32 %2477, %2480
	%2482 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2481, i32 8, i32 0)
	%2483 = icmp uge i32 %2468, 8
	%2484 = select i1 %2483, i32 %2482, i32 0
	%2485 = add i32 %2481, %2484
	%2486 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2485, i32 16, i32 0)
	%2487 = icmp uge i32 %2468, 16
	%2488 = select i1 %2487, i32 %2486, i32 0
	%2489 = add i32 %2485, %2488
	%2490 = icmp eq i32 %2468, 31
	br i1 %2490, label %2499, label %2501

2491:
	%2492 = call i32 @llvm.ctpop.i32(i32 %2441)
	%2493 = add i32 56, %4
	%2494 = mul i32 %2439, 64
	%2495 = add i32 %2494, %2493
	%2496 = add i32 0, %2495
	%2497 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2496
	store i32 %2492, i32 addrspace(3)* %2497
	br label %2498

2498:
	br label %2446

2499:
	%2500 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2469
	store i32 %2489, i32 addrspace(3)* %2500
	br label %2501

2501:
	call void @llvm.nvvm.barrier0()
	%2502 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2503 = load i32, i32 addrspace(3)* %2502
	%2504 = icmp sgt i32 %2469, 0
	%2505 = select i1 %2504, i32 %2503, i32 0
	%2506 = add i32 0, %2505
	%2507 = add i32 0, %2503
	%2508 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2509 = load i32, i32 addrspace(3)* %2508
	%2510 = icmp sgt i32 %2469, 1
	%2511 = select i1 %2510, i32 %2509, i32 0
	%2512 = add i32 %2506, %2511
	%2513 = add i32 %2507, %2509
	%2514 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2515 = load i32, i32 addrspace(3)* %2514
	%2516 = icmp sgt i32 %2469, 2
	%2517 = select i1 %2516, i32 %2515, i32 0
	%2518 = add i32 %2512, %2517
	%2519 = add i32 %2513, %2515
	%2520 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2521 = load i32, i32 addrspace(3)* %2520
	%2522 = icmp sgt i32 %2469, 3
	%2523 = select i1 %2522, i32 %2521, i32 0
	%2524 = add i32 %2518, %2523
	%2525 = add i32 %2519, %2521
	%2526 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2527 = load i32, i32 addrspace(3)* %2526
	%2528 = icmp sgt i32 %2469, 4
	%2529 = select i1 %2528, i32 %2527, i32 0
	%2530 = add i32 %2524, %2529
	%2531 = add i32 %2525, %2527
	%2532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2533 = load i32, i32 addrspace(3)* %2532
	%2534 = icmp sgt i32 %2469, 5
	%2535 = select i1 %2534, i32 %2533, i32 0
	%2536 = add i32 %2530, %2535
	%2537 = add i32 %2531, %2533
	%2538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2539 = load i32, i32 addrspace(3)* %2538
	%2540 = icmp sgt i32 %2469, 6
	%2541 = select i1 %2540, i32 %2539, i32 0
	%2542 = add i32 %2536, %2541
	%2543 = add i32 %2537, %2539
	%2544 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2545 = load i32, i32 addrspace(3)* %2544
	%2546 = icmp sgt i32 %2469, 7
	%2547 = select i1 %2546, i32 %2545, i32 0
	%2548 = add i32 %2542, %2547
	%2549 = add i32 %2543, %2545
	%2550 = add i32 %2548, %2489
	%2551 = sub i32 %2550, %2467
	%2552 = mul i32 %0, 4
	%2553 = add i32 %2552, 0
	%2554 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2553
	store i32 %2551, i32 addrspace(3)* %2554
	%2555 = add i32 %2551, %2451
	%2556 = mul i32 %0, 4
	%2557 = add i32 %2556, 1
	%2558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2557
	store i32 %2555, i32 addrspace(3)* %2558
	%2559 = add i32 %2555, %2456
	%2560 = mul i32 %0, 4
	%2561 = add i32 %2560, 2
	%2562 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2561
	store i32 %2559, i32 addrspace(3)* %2562
	%2563 = add i32 %2559, %2461
	%2564 = mul i32 %0, 4
	%2565 = add i32 %2564, 3
	%2566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2565
	store i32 %2563, i32 addrspace(3)* %2566
	%2567 = add i32 %2563, %2466
	%2568 = add i32 %0, 1024
	%2569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2568
	store i32 0, i32 addrspace(3)* %2569
	%2570 = add i32 %0, 1280
	%2571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2570
	store i32 0, i32 addrspace(3)* %2571
	%2572 = add i32 %0, 1536
	%2573 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2572
	store i32 0, i32 addrspace(3)* %2573
	%2574 = add i32 %0, 1792
	%2575 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2574
	store i32 0, i32 addrspace(3)* %2575
	call void @llvm.nvvm.barrier0()
	%2576 = and i1 %1233, %1234
	br i1 %2576, label %2577, label %2590

2577:
	%2578 = lshr i32 %2226, 8
	%2579 = and i32 %2578, 15
	%2580 = add i32 0, %4
	%2581 = mul i32 %2579, 64
	%2582 = add i32 %2581, %2580
	%2583 = add i32 0, %2582
	%2584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2583
	%2585 = load i32, i32 addrspace(3)* %2584
	%2586 = add i32 %2585, %2314
	%2587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2586
	store i32 %2225, i32 addrspace(3)* %2587
	%2588 = add i32 %2586, 2048
	%2589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2588
	store i32 %2226, i32 addrspace(3)* %2589
	br label %2590

2590:
	%2591 = and i1 %1246, %1247
	br i1 %2591, label %2592, label %2605

2592:
	%2593 = lshr i32 %2237, 8
	%2594 = and i32 %2593, 15
	%2595 = add i32 8, %4
	%2596 = mul i32 %2594, 64
	%2597 = add i32 %2596, %2595
	%2598 = add i32 0, %2597
	%2599 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2598
	%2600 = load i32, i32 addrspace(3)* %2599
	%2601 = add i32 %2600, %2333
	%2602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2601
	store i32 %2236, i32 addrspace(3)* %2602
	%2603 = add i32 %2601, 2048
	%2604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2603
	store i32 %2237, i32 addrspace(3)* %2604
	br label %2605

2605:
	%2606 = and i1 %1259, %1260
	br i1 %2606, label %2607, label %2620

2607:
	%2608 = lshr i32 %2248, 8
	%2609 = and i32 %2608, 15
	%2610 = add i32 16, %4
	%2611 = mul i32 %2609, 64
	%2612 = add i32 %2611, %2610
	%2613 = add i32 0, %2612
	%2614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2613
	%2615 = load i32, i32 addrspace(3)* %2614
	%2616 = add i32 %2615, %2352
	%2617 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2616
	store i32 %2247, i32 addrspace(3)* %2617
	%2618 = add i32 %2616, 2048
	%2619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2618
	store i32 %2248, i32 addrspace(3)* %2619
	br label %2620

2620:
	%2621 = and i1 %1272, %1273
	br i1 %2621, label %2622, label %2635

2622:
	%2623 = lshr i32 %2259, 8
	%2624 = and i32 %2623, 15
	%2625 = add i32 24, %4
	%2626 = mul i32 %2624, 64
	%2627 = add i32 %2626, %2625
	%2628 = add i32 0, %2627
	%2629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2628
	%2630 = load i32, i32 addrspace(3)* %2629
	%2631 = add i32 %2630, %2371
	%2632 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2631
	store i32 %2258, i32 addrspace(3)* %2632
	%2633 = add i32 %2631, 2048
	%2634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2633
	store i32 %2259, i32 addrspace(3)* %2634
	br label %2635

2635:
	%2636 = and i1 %1285, %1286
	br i1 %2636, label %2637, label %2650

2637:
	%2638 = lshr i32 %2270, 8
	%2639 = and i32 %2638, 15
	%2640 = add i32 32, %4
	%2641 = mul i32 %2639, 64
	%2642 = add i32 %2641, %2640
	%2643 = add i32 0, %2642
	%2644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2643
	%2645 = load i32, i32 addrspace(3)* %2644
	%2646 = add i32 %2645, %2390
	%2647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2646
	store i32 %2269, i32 addrspace(3)* %2647
	%2648 = add i32 %2646, 2048
	%2649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2648
	store i32 %2270, i32 addrspace(3)* %2649
	br label %2650

2650:
	%2651 = and i1 %1298, %1299
	br i1 %2651, label %2652, label %2665

2652:
	%2653 = lshr i32 %2281, 8
	%2654 = and i32 %2653, 15
	%2655 = add i32 40, %4
	%2656 = mul i32 %2654, 64
	%2657 = add i32 %2656, %2655
	%2658 = add i32 0, %2657
	%2659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2658
	%2660 = load i32, i32 addrspace(3)* %2659
	%2661 = add i32 %2660, %2409
	%2662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2661
	store i32 %2280, i32 addrspace(3)* %2662
	%2663 = add i32 %2661, 2048
	%2664 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2663
	store i32 %2281, i32 addrspace(3)* %2664
	br label %2665

2665:
	%2666 = and i1 %1311, %1312
	br i1 %2666, label %2667, label %2680

2667:
	%2668 = lshr i32 %2292, 8
	%2669 = and i32 %2668, 15
	%2670 = add i32 48, %4
	%2671 = mul i32 %2669, 64
	%2672 = add i32 %2671, %2670
	%2673 = add i32 0, %2672
	%2674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2673
	%2675 = load i32, i32 addrspace(3)* %2674
	%2676 = add i32 %2675, %2428
	%2677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2676
	store i32 %2291, i32 addrspace(3)* %2677
	%2678 = add i32 %2676, 2048
	%2679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2678
	store i32 %2292, i32 addrspace(3)* %2679
	br label %2680

2680:
	%2681 = and i1 %1324, %1325
	br i1 %2681, label %2682, label %2695

2682:
	%2683 = lshr i32 %2303, 8
	%2684 = and i32 %2683, 15
	%2685 = add i32 56, %4
	%2686 = mul i32 %2684, 64
	%2687 = add i32 %2686, %2685
	%2688 = add i32 0, %2687
	%2689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2688
	%2690 = load i32, i32 addrspace(3)* %2689
	%2691 = add i32 %2690, %2447
	%2692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2691
	store i32 %2302, i32 addrspace(3)* %2692
	%2693 = add i32 %2691, 2048
	%2694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2693
	store i32 %2303, i32 addrspace(3)* %2694
	br label %2695

2695:
	call void @llvm.nvvm.barrier0()
	%2696 = add i32 0, %0
	%2697 = and i1 %1233, %1234
	br i1 %2697, label %2698, label %2704

2698:
	%2699 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2696
	%2700 = load i32, i32 addrspace(3)* %2699
	%2701 = add i32 %2696, 2048
	%2702 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2701
	%2703 = load i32, i32 addrspace(3)* %2702
	br label %2704

2704:
	%2705 = phi i32 [ %2225, %2695 ], [ %2700, %2698 ]
	%2706 = phi i32 [ %2226, %2695 ], [ %2703, %2698 ]
	%2707 = add i32 256, %0
	%2708 = and i1 %1246, %1247
	br i1 %2708, label %2709, label %2715

2709:
	%2710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2707
	%2711 = load i32, i32 addrspace(3)* %2710
	%2712 = add i32 %2707, 2048
	%2713 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2712
	%2714 = load i32, i32 addrspace(3)* %2713
	br label %2715

2715:
	%2716 = phi i32 [ %2236, %2704 ], [ %2711, %2709 ]
	%2717 = phi i32 [ %2237, %2704 ], [ %2714, %2709 ]
	%2718 = add i32 512, %0
	%2719 = and i1 %1259, %1260
	br i1 %2719, label %2720, label %2726

2720:
	%2721 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2718
	%2722 = load i32, i32 addrspace(3)* %2721
	%2723 = add i32 %2718, 2048
	%2724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2723
	%2725 = load i32, i32 addrspace(3)* %2724
	br label %2726

2726:
	%2727 = phi i32 [ %2247, %2715 ], [ %2722, %2720 ]
	%2728 = phi i32 [ %2248, %2715 ], [ %2725, %2720 ]
	%2729 = add i32 768, %0
	%2730 = and i1 %1272, %1273
	br i1 %2730, label %2731, label %2737

2731:
	%2732 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2729
	%2733 = load i32, i32 addrspace(3)* %2732
	%2734 = add i32 %2729, 2048
	%2735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2734
	%2736 = load i32, i32 addrspace(3)* %2735
	br label %2737

2737:
	%2738 = phi i32 [ %2258, %2726 ], [ %2733, %2731 ]
	%2739 = phi i32 [ %2259, %2726 ], [ %2736, %2731 ]
	%2740 = add i32 1024, %0
	%2741 = and i1 %1285, %1286
	br i1 %2741, label %2742, label %2748

2742:
	%2743 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2740
	%2744 = load i32, i32 addrspace(3)* %2743
	%2745 = add i32 %2740, 2048
	%2746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2745
	%2747 = load i32, i32 addrspace(3)* %2746
	br label %2748

2748:
	%2749 = phi i32 [ %2269, %2737 ], [ %2744, %2742 ]
	%2750 = phi i32 [ %2270, %2737 ], [ %2747, %2742 ]
	%2751 = add i32 1280, %0
	%2752 = and i1 %1298, %1299
	br i1 %2752, label %2753, label %2759

2753:
	%2754 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2751
	%2755 = load i32, i32 addrspace(3)* %2754
	%2756 = add i32 %2751, 2048
	%2757 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2756
	%2758 = load i32, i32 addrspace(3)* %2757
	br label %2759

2759:
	%2760 = phi i32 [ %2280, %2748 ], [ %2755, %2753 ]
	%2761 = phi i32 [ %2281, %2748 ], [ %2758, %2753 ]
	%2762 = add i32 1536, %0
	%2763 = and i1 %1311, %1312
	br i1 %2763, label %2764, label %2770

2764:
	%2765 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2762
	%2766 = load i32, i32 addrspace(3)* %2765
	%2767 = add i32 %2762, 2048
	%2768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2767
	%2769 = load i32, i32 addrspace(3)* %2768
	br label %2770

2770:
	%2771 = phi i32 [ %2291, %2759 ], [ %2766, %2764 ]
	%2772 = phi i32 [ %2292, %2759 ], [ %2769, %2764 ]
	%2773 = add i32 1792, %0
	%2774 = and i1 %1324, %1325
	br i1 %2774, label %2775, label %2781

2775:
	%2776 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2773
	%2777 = load i32, i32 addrspace(3)* %2776
	%2778 = add i32 %2773, 2048
	%2779 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2778
	%2780 = load i32, i32 addrspace(3)* %2779
	br label %2781

2781:
	%2782 = phi i32 [ %2302, %2770 ], [ %2777, %2775 ]
	%2783 = phi i32 [ %2303, %2770 ], [ %2780, %2775 ]
	br i1 %1233, label %2784, label %2793

2784:
	%2785 = lshr i32 %2706, 12
	%2786 = and i32 %2785, 15
	%2787 = select i1 %1234, i32 %2786, i32 16
	%2788 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2787)
	%2789 = and i32 %2788, %1231
	%2790 = call i32 @llvm.ctpop.i32(i32 %2789)
	%2791 = icmp eq i32 %2790, 0
	%2792 = and i1 %1234, %2791
	br i1 %2792, label %2795, label %2802

2793:
	%2794 = phi i32 [ 0, %2781 ], [ %2790, %2802 ]
	br i1 %1246, label %2803, label %2812

2795:
	%2796 = call i32 @llvm.ctpop.i32(i32 %2788)
	%2797 = add i32 0, %4
	%2798 = mul i32 %2786, 64
	%2799 = add i32 %2798, %2797
	%2800 = add i32 1024, %2799
	%2801 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2800
	store i32 %2796, i32 addrspace(3)* %2801
	br label %2802

2802:
	br label %2793

2803:
	%2804 = lshr i32 %2717, 12
	%2805 = and i32 %2804, 15
	%2806 = select i1 %1247, i32 %2805, i32 16
	%2807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2806)
	%2808 = and i32 %2807, %1231
	%2809 = call i32 @llvm.ctpop.i32(i32 %2808)
	%2810 = icmp eq i32 %2809, 0
	%2811 = and i1 %1247, %2810
	br i1 %2811, label %2814, label %2821

2812:
	%2813 = phi i32 [ 0, %2793 ], [ %2809, %2821 ]
	br i1 %1259, label %2822, label %2831

2814:
	%2815 = call i32 @llvm.ctpop.i32(i32 %2807)
	%2816 = add i32 8, %4
	%2817 = mul i32 %2805, 64
	%2818 = add i32 %2817, %2816
	%2819 = add i32 1024, %2818
	%2820 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2819
	store i32 %2815, i32 addrspace(3)* %2820
	br label %2821

2821:
	br label %2812

2822:
	%2823 = lshr i32 %2728, 12
	%2824 = and i32 %2823, 15
	%2825 = select i1 %1260, i32 %2824, i32 16
	%2826 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2825)
	%2827 = and i32 %2826, %1231
	%2828 = call i32 @llvm.ctpop.i32(i32 %2827)
	%2829 = icmp eq i32 %2828, 0
	%2830 = and i1 %1260, %2829
	br i1 %2830, label %2833, label %2840

2831:
	%2832 = phi i32 [ 0, %2812 ], [ %2828, %2840 ]
	br i1 %1272, label %2841, label %2850

2833:
	%2834 = call i32 @llvm.ctpop.i32(i32 %2826)
	%2835 = add i32 16, %4
	%2836 = mul i32 %2824, 64
	%2837 = add i32 %2836, %2835
	%2838 = add i32 1024, %2837
	%2839 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2838
	store i32 %2834, i32 addrspace(3)* %2839
	br label %2840

2840:
	br label %2831

2841:
	%2842 = lshr i32 %2739, 12
	%2843 = and i32 %2842, 15
	%2844 = select i1 %1273, i32 %2843, i32 16
	%2845 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2844)
	%2846 = and i32 %2845, %1231
	%2847 = call i32 @llvm.ctpop.i32(i32 %2846)
	%2848 = icmp eq i32 %2847, 0
	%2849 = and i1 %1273, %2848
	br i1 %2849, label %2852, label %2859

2850:
	%2851 = phi i32 [ 0, %2831 ], [ %2847, %2859 ]
	br i1 %1285, label %2860, label %2869

2852:
	%2853 = call i32 @llvm.ctpop.i32(i32 %2845)
	%2854 = add i32 24, %4
	%2855 = mul i32 %2843, 64
	%2856 = add i32 %2855, %2854
	%2857 = add i32 1024, %2856
	%2858 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2857
	store i32 %2853, i32 addrspace(3)* %2858
	br label %2859

2859:
	br label %2850

2860:
	%2861 = lshr i32 %2750, 12
	%2862 = and i32 %2861, 15
	%2863 = select i1 %1286, i32 %2862, i32 16
	%2864 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2863)
	%2865 = and i32 %2864, %1231
	%2866 = call i32 @llvm.ctpop.i32(i32 %2865)
	%2867 = icmp eq i32 %2866, 0
	%2868 = and i1 %1286, %2867
	br i1 %2868, label %2871, label %2878

2869:
	%2870 = phi i32 [ 0, %2850 ], [ %2866, %2878 ]
	br i1 %1298, label %2879, label %2888

2871:
	%2872 = call i32 @llvm.ctpop.i32(i32 %2864)
	%2873 = add i32 32, %4
	%2874 = mul i32 %2862, 64
	%2875 = add i32 %2874, %2873
	%2876 = add i32 1024, %2875
	%2877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2876
	store i32 %2872, i32 addrspace(3)* %2877
	br label %2878

2878:
	br label %2869

2879:
	%2880 = lshr i32 %2761, 12
	%2881 = and i32 %2880, 15
	%2882 = select i1 %1299, i32 %2881, i32 16
	%2883 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2882)
	%2884 = and i32 %2883, %1231
	%2885 = call i32 @llvm.ctpop.i32(i32 %2884)
	%2886 = icmp eq i32 %2885, 0
	%2887 = and i1 %1299, %2886
	br i1 %2887, label %2890, label %2897

2888:
	%2889 = phi i32 [ 0, %2869 ], [ %2885, %2897 ]
	br i1 %1311, label %2898, label %2907

2890:
	%2891 = call i32 @llvm.ctpop.i32(i32 %2883)
	%2892 = add i32 40, %4
	%2893 = mul i32 %2881, 64
	%2894 = add i32 %2893, %2892
	%2895 = add i32 1024, %2894
	%2896 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2895
	store i32 %2891, i32 addrspace(3)* %2896
	br label %2897

2897:
	br label %2888

2898:
	%2899 = lshr i32 %2772, 12
	%2900 = and i32 %2899, 15
	%2901 = select i1 %1312, i32 %2900, i32 16
	%2902 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2901)
	%2903 = and i32 %2902, %1231
	%2904 = call i32 @llvm.ctpop.i32(i32 %2903)
	%2905 = icmp eq i32 %2904, 0
	%2906 = and i1 %1312, %2905
	br i1 %2906, label %2909, label %2916

2907:
	%2908 = phi i32 [ 0, %2888 ], [ %2904, %2916 ]
	br i1 %1324, label %2917, label %2926

2909:
	%2910 = call i32 @llvm.ctpop.i32(i32 %2902)
	%2911 = add i32 48, %4
	%2912 = mul i32 %2900, 64
	%2913 = add i32 %2912, %2911
	%2914 = add i32 1024, %2913
	%2915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2914
	store i32 %2910, i32 addrspace(3)* %2915
	br label %2916

2916:
	br label %2907

2917:
	%2918 = lshr i32 %2783, 12
	%2919 = and i32 %2918, 15
	%2920 = select i1 %1325, i32 %2919, i32 16
	%2921 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2920)
	%2922 = and i32 %2921, %1231
	%2923 = call i32 @llvm.ctpop.i32(i32 %2922)
	%2924 = icmp eq i32 %2923, 0
	%2925 = and i1 %1325, %2924
	br i1 %2925, label %2971, label %2978

2926:
	%2927 = phi i32 [ 0, %2907 ], [ %2923, %2978 ]
	call void @llvm.nvvm.barrier0()
	%2928 = mul i32 %0, 4
	%2929 = add i32 %2928, 1024
	%2930 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2929
	%2931 = load i32, i32 addrspace(3)* %2930
	%2932 = add i32 0, %2931
	%2933 = mul i32 %0, 4
	%2934 = add i32 %2933, 1025
	%2935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2934
	%2936 = load i32, i32 addrspace(3)* %2935
	%2937 = add i32 %2932, %2936
	%2938 = mul i32 %0, 4
	%2939 = add i32 %2938, 1026
	%2940 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2939
	%2941 = load i32, i32 addrspace(3)* %2940
	%2942 = add i32 %2937, %2941
	%2943 = mul i32 %0, 4
	%2944 = add i32 %2943, 1027
	%2945 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2944
	%2946 = load i32, i32 addrspace(3)* %2945
	%2947 = add i32 %2942, %2946
	%2948 = and i32 %0, 31
	%2949 = lshr i32 %0, 5
	%2950 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2947, i32 1, i32 0)
	%2951 = icmp uge i32 %2948, 1
	%2952 = select i1 %2951, i32 %2950, i32 0
	%2953 = add i32 %2947, %2952
	%2954 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2953, i32 2, i32 0)
	%2955 = icmp uge i32 %2948, 2
	%2956 = select i1 %2955, i32 %2954, i32 0
	%2957 = add i32 %2953, %2956
	%2958 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2957, i32 4, i32 0)
	%2959 = icmp uge i32 %2948, 4
	%2960 = select i1 %2959, i32 %2958, i32 0
	%2961 = add i32 %2957, %2960
	%2962 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2961, i32 8, i32 0)
	%2963 = icmp uge i32 %2948, 8
	%2964 = select i1 %2963, i32 %2962, i32 0
	%2965 = add i32 %2961, %2964
	%2966 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2965, i32 16, i32 0)
	%2967 = icmp uge i32 %2948, 16
	%2968 = select i1 %2967, i32 %2966, i32 0
	%2969 = add i32 %2965, %2968
	%2970 = icmp eq i32 %2948, 31
	br i1 %2970, label %2979, label %2981

2971:
	%2972 = call i32 @llvm.ctpop.i32(i32 %2921)
	%2973 = add i32 56, %4
	%2974 = mul i32 %2919, 64
	%2975 = add i32 %2974, %2973
	%2976 = add i32 1024, %2975
	%2977 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2976
	store i32 %2972, i32 addrspace(3)* %2977
	br label %2978

2978:
	br label %2926

2979:
	%2980 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2949
	store i32 %2969, i32 addrspace(3)* %2980
	br label %2981

2981:
	call void @llvm.nvvm.barrier0()
	%2982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2983 = load i32, i32 addrspace(3)* %2982
	%2984 = icmp sgt i32 %2949, 0
	%2985 = select i1 %2984, i32 %2983, i32 0
	%2986 = add i32 0, %2985
	%2987 = add i32 0, %2983
	%2988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2989 = load i32, i32 addrspace(3)* %2988
	%2990 = icmp sgt i32 %2949, 1
	%2991 = select i1 %2990, i32 %2989, i32 0
	%2992 = add i32 %2986, %2991
	%2993 = add i32 %2987, %2989
	%2994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2995 = load i32, i32 addrspace(3)* %2994
	%2996 = icmp sgt i32 %2949, 2
	%2997 = select i1 %2996, i32 %2995, i32 0
	%2998 = add i32 %2992, %2997
	%2999 = add i32 %2993, %2995
	%3000 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3001 = load i32, i32 addrspace(3)* %3000
	%3002 = icmp sgt i32 %2949, 3
	%3003 = select i1 %3002, i32 %3001, i32 0
	%3004 = add i32 %2998, %3003
	%3005 = add i32 %2999, %3001
	%3006 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3007 = load i32, i32 addrspace(3)* %3006
	%3008 = icmp sgt i32 %2949, 4
	%3009 = select i1 %3008, i32 %3007, i32 0
	%3010 = add i32 %3004, %3009
	%3011 = add i32 %3005, %3007
	%3012 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3013 = load i32, i32 addrspace(3)* %3012
	%3014 = icmp sgt i32 %2949, 5
	%3015 = select i1 %3014, i32 %3013, i32 0
	%3016 = add i32 %3010, %3015
	%3017 = add i32 %3011, %3013
	%3018 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3019 = load i32, i32 addrspace(3)* %3018
	%3020 = icmp sgt i32 %2949, 6
	%3021 = select i1 %3020, i32 %3019, i32 0
	%3022 = add i32 %3016, %3021
	%3023 = add i32 %3017, %3019
	%3024 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3025 = load i32, i32 addrspace(3)* %3024
	%3026 = icmp sgt i32 %2949, 7
	%3027 = select i1 %3026, i32 %3025, i32 0
	%3028 = add i32 %3022, %3027
	%3029 = add i32 %3023, %3025
	%3030 = add i32 %3028, %2969
	%3031 = sub i32 %3030, %2947
	%3032 = mul i32 %0, 4
	%3033 = add i32 %3032, 1024
	%3034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3033
	store i32 %3031, i32 addrspace(3)* %3034
	%3035 = add i32 %3031, %2931
	%3036 = mul i32 %0, 4
	%3037 = add i32 %3036, 1025
	%3038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3037
	store i32 %3035, i32 addrspace(3)* %3038
	%3039 = add i32 %3035, %2936
	%3040 = mul i32 %0, 4
	%3041 = add i32 %3040, 1026
	%3042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3041
	store i32 %3039, i32 addrspace(3)* %3042
	%3043 = add i32 %3039, %2941
	%3044 = mul i32 %0, 4
	%3045 = add i32 %3044, 1027
	%3046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3045
	store i32 %3043, i32 addrspace(3)* %3046
	%3047 = add i32 %3043, %2946
	%3048 = add i32 %0, 0
	%3049 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3048
	store i32 0, i32 addrspace(3)* %3049
	%3050 = add i32 %0, 256
	%3051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3050
	store i32 0, i32 addrspace(3)* %3051
	%3052 = add i32 %0, 512
	%3053 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3052
	store i32 0, i32 addrspace(3)* %3053
	%3054 = add i32 %0, 768
	%3055 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3054
	store i32 0, i32 addrspace(3)* %3055
	call void @llvm.nvvm.barrier0()
	%3056 = and i1 %1233, %1234
	br i1 %3056, label %3057, label %3070

3057:
	%3058 = lshr i32 %2706, 12
	%3059 = and i32 %3058, 15
	%3060 = add i32 0, %4
	%3061 = mul i32 %3059, 64
	%3062 = add i32 %3061, %3060
	%3063 = add i32 1024, %3062
	%3064 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3063
	%3065 = load i32, i32 addrspace(3)* %3064
	%3066 = add i32 %3065, %2794
	%3067 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3066
	store i32 %2705, i32 addrspace(3)* %3067
	%3068 = add i32 %3066, 2048
	%3069 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3068
	store i32 %2706, i32 addrspace(3)* %3069
	br label %3070

3070:
	%3071 = and i1 %1246, %1247
	br i1 %3071, label %3072, label %3085

3072:
	%3073 = lshr i32 %2717, 12
	%3074 = and i32 %3073, 15
	%3075 = add i32 8, %4
	%3076 = mul i32 %3074, 64
	%3077 = add i32 %3076, %3075
	%3078 = add i32 1024, %3077
	%3079 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3078
	%3080 = load i32, i32 addrspace(3)* %3079
	%3081 = add i32 %3080, %2813
	%3082 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3081
	store i32 %2716, i32 addrspace(3)* %3082
	%3083 = add i32 %3081, 2048
	%3084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3083
	store i32 %2717, i32 addrspace(3)* %3084
	br label %3085

3085:
	%3086 = and i1 %1259, %1260
	br i1 %3086, label %3087, label %3100

3087:
	%3088 = lshr i32 %2728, 12
	%3089 = and i32 %3088, 15
	%3090 = add i32 16, %4
	%3091 = mul i32 %3089, 64
	%3092 = add i32 %3091, %3090
	%3093 = add i32 1024, %3092
	%3094 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3093
	%3095 = load i32, i32 addrspace(3)* %3094
	%3096 = add i32 %3095, %2832
	%3097 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3096
	store i32 %2727, i32 addrspace(3)* %3097
	%3098 = add i32 %3096, 2048
	%3099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3098
	store i32 %2728, i32 addrspace(3)* %3099
	br label %3100

3100:
	%3101 = and i1 %1272, %1273
	br i1 %3101, label %3102, label %3115

3102:
	%3103 = lshr i32 %2739, 12
	%3104 = and i32 %3103, 15
	%3105 = add i32 24, %4
	%3106 = mul i32 %3104, 64
	%3107 = add i32 %3106, %3105
	%3108 = add i32 1024, %3107
	%3109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3108
	%3110 = load i32, i32 addrspace(3)* %3109
	%3111 = add i32 %3110, %2851
	%3112 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3111
	store i32 %2738, i32 addrspace(3)* %3112
	%3113 = add i32 %3111, 2048
	%3114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3113
	store i32 %2739, i32 addrspace(3)* %3114
	br label %3115

3115:
	%3116 = and i1 %1285, %1286
	br i1 %3116, label %3117, label %3130

3117:
	%3118 = lshr i32 %2750, 12
	%3119 = and i32 %3118, 15
	%3120 = add i32 32, %4
	%3121 = mul i32 %3119, 64
	%3122 = add i32 %3121, %3120
	%3123 = add i32 1024, %3122
	%3124 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3123
	%3125 = load i32, i32 addrspace(3)* %3124
	%3126 = add i32 %3125, %2870
	%3127 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3126
	store i32 %2749, i32 addrspace(3)* %3127
	%3128 = add i32 %3126, 2048
	%3129 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3128
	store i32 %2750, i32 addrspace(3)* %3129
	br label %3130

3130:
	%3131 = and i1 %1298, %1299
	br i1 %3131, label %3132, label %3145

3132:
	%3133 = lshr i32 %2761, 12
	%3134 = and i32 %3133, 15
	%3135 = add i32 40, %4
	%3136 = mul i32 %3134, 64
	%3137 = add i32 %3136, %3135
	%3138 = add i32 1024, %3137
	%3139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3138
	%3140 = load i32, i32 addrspace(3)* %3139
	%3141 = add i32 %3140, %2889
	%3142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3141
	store i32 %2760, i32 addrspace(3)* %3142
	%3143 = add i32 %3141, 2048
	%3144 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3143
	store i32 %2761, i32 addrspace(3)* %3144
	br label %3145

3145:
	%3146 = and i1 %1311, %1312
	br i1 %3146, label %3147, label %3160

3147:
	%3148 = lshr i32 %2772, 12
	%3149 = and i32 %3148, 15
	%3150 = add i32 48, %4
	%3151 = mul i32 %3149, 64
	%3152 = add i32 %3151, %3150
	%3153 = add i32 1024, %3152
	%3154 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3153
	%3155 = load i32, i32 addrspace(3)* %3154
	%3156 = add i32 %3155, %2908
	%3157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3156
	store i32 %2771, i32 addrspace(3)* %3157
	%3158 = add i32 %3156, 2048
	%3159 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3158
	store i32 %2772, i32 addrspace(3)* %3159
	br label %3160

3160:
	%3161 = and i1 %1324, %1325
	br i1 %3161, label %3162, label %3175

3162:
	%3163 = lshr i32 %2783, 12
	%3164 = and i32 %3163, 15
	%3165 = add i32 56, %4
	%3166 = mul i32 %3164, 64
	%3167 = add i32 %3166, %3165
	%3168 = add i32 1024, %3167
	%3169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3168
	%3170 = load i32, i32 addrspace(3)* %3169
	%3171 = add i32 %3170, %2927
	%3172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3171
	store i32 %2782, i32 addrspace(3)* %3172
	%3173 = add i32 %3171, 2048
	%3174 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3173
	store i32 %2783, i32 addrspace(3)* %3174
	br label %3175

3175:
	call void @llvm.nvvm.barrier0()
	%3176 = add i32 0, %0
	%3177 = and i1 %1233, %1234
	br i1 %3177, label %3178, label %3184

3178:
	%3179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3176
	%3180 = load i32, i32 addrspace(3)* %3179
	%3181 = add i32 %3176, 2048
	%3182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3181
	%3183 = load i32, i32 addrspace(3)* %3182
	br label %3184

3184:
	%3185 = phi i32 [ %2705, %3175 ], [ %3180, %3178 ]
	%3186 = phi i32 [ %2706, %3175 ], [ %3183, %3178 ]
	%3187 = add i32 256, %0
	%3188 = and i1 %1246, %1247
	br i1 %3188, label %3189, label %3195

3189:
	%3190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3187
	%3191 = load i32, i32 addrspace(3)* %3190
	%3192 = add i32 %3187, 2048
	%3193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3192
	%3194 = load i32, i32 addrspace(3)* %3193
	br label %3195

3195:
	%3196 = phi i32 [ %2716, %3184 ], [ %3191, %3189 ]
	%3197 = phi i32 [ %2717, %3184 ], [ %3194, %3189 ]
	%3198 = add i32 512, %0
	%3199 = and i1 %1259, %1260
	br i1 %3199, label %3200, label %3206

3200:
	%3201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3198
	%3202 = load i32, i32 addrspace(3)* %3201
	%3203 = add i32 %3198, 2048
	%3204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3203
	%3205 = load i32, i32 addrspace(3)* %3204
	br label %3206

3206:
	%3207 = phi i32 [ %2727, %3195 ], [ %3202, %3200 ]
	%3208 = phi i32 [ %2728, %3195 ], [ %3205, %3200 ]
	%3209 = add i32 768, %0
	%3210 = and i1 %1272, %1273
	br i1 %3210, label %3211, label %3217

3211:
	%3212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3209
	%3213 = load i32, i32 addrspace(3)* %3212
	%3214 = add i32 %3209, 2048
	%3215 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3214
	%3216 = load i32, i32 addrspace(3)* %3215
	br label %3217

3217:
	%3218 = phi i32 [ %2738, %3206 ], [ %3213, %3211 ]
	%3219 = phi i32 [ %2739, %3206 ], [ %3216, %3211 ]
	%3220 = add i32 1024, %0
	%3221 = and i1 %1285, %1286
	br i1 %3221, label %3222, label %3228

3222:
	%3223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3220
	%3224 = load i32, i32 addrspace(3)* %3223
	%3225 = add i32 %3220, 2048
	%3226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3225
	%3227 = load i32, i32 addrspace(3)* %3226
	br label %3228

3228:
	%3229 = phi i32 [ %2749, %3217 ], [ %3224, %3222 ]
	%3230 = phi i32 [ %2750, %3217 ], [ %3227, %3222 ]
	%3231 = add i32 1280, %0
	%3232 = and i1 %1298, %1299
	br i1 %3232, label %3233, label %3239

3233:
	%3234 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3231
	%3235 = load i32, i32 addrspace(3)* %3234
	%3236 = add i32 %3231, 2048
	%3237 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3236
	%3238 = load i32, i32 addrspace(3)* %3237
	br label %3239

3239:
	%3240 = phi i32 [ %2760, %3228 ], [ %3235, %3233 ]
	%3241 = phi i32 [ %2761, %3228 ], [ %3238, %3233 ]
	%3242 = add i32 1536, %0
	%3243 = and i1 %1311, %1312
	br i1 %3243, label %3244, label %3250

3244:
	%3245 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3242
	%3246 = load i32, i32 addrspace(3)* %3245
	%3247 = add i32 %3242, 2048
	%3248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3247
	%3249 = load i32, i32 addrspace(3)* %3248
	br label %3250

3250:
	%3251 = phi i32 [ %2771, %3239 ], [ %3246, %3244 ]
	%3252 = phi i32 [ %2772, %3239 ], [ %3249, %3244 ]
	%3253 = add i32 1792, %0
	%3254 = and i1 %1324, %1325
	br i1 %3254, label %3255, label %3261

3255:
	%3256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3253
	%3257 = load i32, i32 addrspace(3)* %3256
	%3258 = add i32 %3253, 2048
	%3259 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3258
	%3260 = load i32, i32 addrspace(3)* %3259
	br label %3261

3261:
	%3262 = phi i32 [ %2782, %3250 ], [ %3257, %3255 ]
	%3263 = phi i32 [ %2783, %3250 ], [ %3260, %3255 ]
	br i1 %1233, label %3264, label %3273

3264:
	%3265 = lshr i32 %3186, 16
	%3266 = and i32 %3265, 15
	%3267 = select i1 %1234, i32 %3266, i32 16
	%3268 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3267)
	%3269 = and i32 %3268, %1231
	%3270 = call i32 @llvm.ctpop.i32(i32 %3269)
	%3271 = icmp eq i32 %3270, 0
	%3272 = and i1 %1234, %3271
	br i1 %3272, label %3275, label %3282

3273:
	%3274 = phi i32 [ 0, %3261 ], [ %3270, %3282 ]
	br i1 %1246, label %3283, label %3292

3275:
	%3276 = call i32 @llvm.ctpop.i32(i32 %3268)
	%3277 = add i32 0, %4
	%3278 = mul i32 %3266, 64
	%3279 = add i32 %3278, %3277
	%3280 = add i32 0, %3279
	%3281 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3280
	store i32 %3276, i32 addrspace(3)* %3281
	br label %3282

3282:
	br label %3273

3283:
	%3284 = lshr i32 %3197, 16
	%3285 = and i32 %3284, 15
	%3286 = select i1 %1247, i32 %3285, i32 16
	%3287 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3286)
	%3288 = and i32 %3287, %1231
	%3289 = call i32 @llvm.ctpop.i32(i32 %3288)
	%3290 = icmp eq i32 %3289, 0
	%3291 = and i1 %1247, %3290
	br i1 %3291, label %3294, label %3301

3292:
	%3293 = phi i32 [ 0, %3273 ], [ %3289, %3301 ]
	br i1 %1259, label %3302, label %3311

3294:
	%3295 = call i32 @llvm.ctpop.i32(i32 %3287)
	%3296 = add i32 8, %4
	%3297 = mul i32 %3285, 64
	%3298 = add i32 %3297, %3296
	%3299 = add i32 0, %3298
	%3300 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3299
	store i32 %3295, i32 addrspace(3)* %3300
	br label %3301

3301:
	br label %3292

3302:
	%3303 = lshr i32 %3208, 16
	%3304 = and i32 %3303, 15
	%3305 = select i1 %1260, i32 %3304, i32 16
	%3306 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3305)
	%3307 = and i32 %3306, %1231
	%3308 = call i32 @llvm.ctpop.i32(i32 %3307)
	%3309 = icmp eq i32 %3308, 0
	%3310 = and i1 %1260, %3309
	br i1 %3310, label %3313, label %3320

3311:
	%3312 = phi i32 [ 0, %3292 ], [ %3308, %3320 ]
	br i1 %1272, label %3321, label %3330

3313:
	%3314 = call i32 @llvm.ctpop.i32(i32 %3306)
	%3315 = add i32 16, %4
	%3316 = mul i32 %3304, 64
	%3317 = add i32 %3316, %3315
	%3318 = add i32 0, %3317
	%3319 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3318
	store i32 %3314, i32 addrspace(3)* %3319
	br label %3320

3320:
	br label %3311

3321:
	%3322 = lshr i32 %3219, 16
	%3323 = and i32 %3322, 15
	%3324 = select i1 %1273, i32 %3323, i32 16
	%3325 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3324)
	%3326 = and i32 %3325, %1231
	%3327 = call i32 @llvm.ctpop.i32(i32 %3326)
	%3328 = icmp eq i32 %3327, 0
	%3329 = and i1 %1273, %3328
	br i1 %3329, label %3332, label %3339

3330:
	%3331 = phi i32 [ 0, %3311 ], [ %3327, %3339 ]
	br i1 %1285, label %3340, label %3349

3332:
	%3333 = call i32 @llvm.ctpop.i32(i32 %3325)
	%3334 = add i32 24, %4
	%3335 = mul i32 %3323, 64
	%3336 = add i32 %3335, %3334
	%3337 = add i32 0, %3336
	%3338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3337
	store i32 %3333, i32 addrspace(3)* %3338
	br label %3339

3339:
	br label %3330

3340:
	%3341 = lshr i32 %3230, 16
	%3342 = and i32 %3341, 15
	%3343 = select i1 %1286, i32 %3342, i32 16
	%3344 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3343)
	%3345 = and i32 %3344, %1231
	%3346 = call i32 @llvm.ctpop.i32(i32 %3345)
	%3347 = icmp eq i32 %3346, 0
	%3348 = and i1 %1286, %3347
	br i1 %3348, label %3351, label %3358

3349:
	%3350 = phi i32 [ 0, %3330 ], [ %3346, %3358 ]
	br i1 %1298, label %3359, label %3368

3351:
	%3352 = call i32 @llvm.ctpop.i32(i32 %3344)
	%3353 = add i32 32, %4
	%3354 = mul i32 %3342, 64
	%3355 = add i32 %3354, %3353
	%3356 = add i32 0, %3355
	%3357 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3356
	store i32 %3352, i32 addrspace(3)* %3357
	br label %3358

3358:
	br label %3349

3359:
	%3360 = lshr i32 %3241, 16
	%3361 = and i32 %3360, 15
	%3362 = select i1 %1299, i32 %3361, i32 16
	%3363 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3362)
	%3364 = and i32 %3363, %1231
	%3365 = call i32 @llvm.ctpop.i32(i32 %3364)
	%3366 = icmp eq i32 %3365, 0
	%3367 = and i1 %1299, %3366
	br i1 %3367, label %3370, label %3377

3368:
	%3369 = phi i32 [ 0, %3349 ], [ %3365, %3377 ]
	br i1 %1311, label %3378, label %3387

3370:
	%3371 = call i32 @llvm.ctpop.i32(i32 %3363)
	%3372 = add i32 40, %4
	%3373 = mul i32 %3361, 64
	%3374 = add i32 %3373, %3372
	%3375 = add i32 0, %3374
	%3376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3375
	store i32 %3371, i32 addrspace(3)* %3376
	br label %3377

3377:
	br label %3368

3378:
	%3379 = lshr i32 %3252, 16
	%3380 = and i32 %3379, 15
	%3381 = select i1 %1312, i32 %3380, i32 16
	%3382 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3381)
	%3383 = and i32 %3382, %1231
	%3384 = call i32 @llvm.ctpop.i32(i32 %3383)
	%3385 = icmp eq i32 %3384, 0
	%3386 = and i1 %1312, %3385
	br i1 %3386, label %3389, label %3396

3387:
	%3388 = phi i32 [ 0, %3368 ], [ %3384, %3396 ]
	br i1 %1324, label %3397, label %3406

3389:
	%3390 = call i32 @llvm.ctpop.i32(i32 %3382)
	%3391 = add i32 48, %4
	%3392 = mul i32 %3380, 64
	%3393 = add i32 %3392, %3391
	%3394 = add i32 0, %3393
	%3395 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3394
	store i32 %3390, i32 addrspace(3)* %3395
	br label %3396

3396:
	br label %3387

3397:
	%3398 = lshr i32 %3263, 16
	%3399 = and i32 %3398, 15
	%3400 = select i1 %1325, i32 %3399, i32 16
	%3401 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3400)
	%3402 = and i32 %3401, %1231
	%3403 = call i32 @llvm.ctpop.i32(i32 %3402)
	%3404 = icmp eq i32 %3403, 0
	%3405 = and i1 %1325, %3404
	br i1 %3405, label %3451, label %3458

3406:
	%3407 = phi i32 [ 0, %3387 ], [ %3403, %3458 ]
	call void @llvm.nvvm.barrier0()
	%3408 = mul i32 %0, 4
	%3409 = add i32 %3408, 0
	%3410 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3409
	%3411 = load i32, i32 addrspace(3)* %3410
	%3412 = add i32 0, %3411
	%3413 = mul i32 %0, 4
	%3414 = add i32 %3413, 1
	%3415 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3414
	%3416 = load i32, i32 addrspace(3)* %3415
	%3417 = add i32 %3412, %3416
	%3418 = mul i32 %0, 4
	%3419 = add i32 %3418, 2
	%3420 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3419
	%3421 = load i32, i32 addrspace(3)* %3420
	%3422 = add i32 %3417, %3421
	%3423 = mul i32 %0, 4
	%3424 = add i32 %3423, 3
	%3425 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3424
	%3426 = load i32, i32 addrspace(3)* %3425
	%3427 = add i32 %3422, %3426
	%3428 = and i32 %0, 31
	%3429 = lshr i32 %0, 5
	%3430 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3427, i32 1, i32 0)
	%3431 = icmp uge i32 %3428, 1
	%3432 = select i1 %3431, i32 %3430, i32 0
	%3433 = add i32 %3427, %3432
	%3434 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3433, i32 2, i32 0)
	%3435 = icmp uge i32 %3428, 2
	%3436 = select i1 %3435, i32 %3434, i32 0
	%3437 = add i32 %3433, %3436
	%3438 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3437, i32 4, i32 0)
	%3439 = icmp uge i32 %3428, 4
	%3440 = select i1 %3439, i32 %3438, i32 0
	%3441 = add i32 %3437, %3440
	%3442 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3441, i32 8, i32 0)
	%3443 = icmp uge i32 %3428, 8
	%3444 = select i1 %3443, i32 %3442, i32 0
	%3445 = add i32 %3441, %3444
	%3446 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3445, i32 16, i32 0)
	%3447 = icmp uge i32 %3428, 16
	%3448 = select i1 %3447, i32 %3446, i32 0
	%3449 = add i32 %3445, %3448
	%3450 = icmp eq i32 %3428, 31
	br i1 %3450, label %3459, label %3461

3451:
	%3452 = call i32 @llvm.ctpop.i32(i32 %3401)
	%3453 = add i32 56, %4
	%3454 = mul i32 %3399, 64
	%3455 = add i32 %3454, %3453
	%3456 = add i32 0, %3455
	%3457 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3456
	store i32 %3452, i32 addrspace(3)* %3457
	br label %3458

3458:
	br label %3406

3459:
	%3460 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3429
	store i32 %3449, i32 addrspace(3)* %3460
	br label %3461

3461:
	call void @llvm.nvvm.barrier0()
	%3462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3463 = load i32, i32 addrspace(3)* %3462
	%3464 = icmp sgt i32 %3429, 0
	%3465 = select i1 %3464, i32 %3463, i32 0
	%3466 = add i32 0, %3465
	%3467 = add i32 0, %3463
	%3468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3469 = load i32, i32 addrspace(3)* %3468
	%3470 = icmp sgt i32 %3429, 1
	%3471 = select i1 %3470, i32 %3469, i32 0
	%3472 = add i32 %3466, %3471
	%3473 = add i32 %3467, %3469
	%3474 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3475 = load i32, i32 addrspace(3)* %3474
	%3476 = icmp sgt i32 %3429, 2
	%3477 = select i1 %3476, i32 %3475, i32 0
	%3478 = add i32 %3472, %3477
	%3479 = add i32 %3473, %3475
	%3480 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3481 = load i32, i32 addrspace(3)* %3480
	%3482 = icmp sgt i32 %3429, 3
	%3483 = select i1 %3482, i32 %3481, i32 0
	%3484 = add i32 %3478, %3483
	%3485 = add i32 %3479, %3481
	%3486 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3487 = load i32, i32 addrspace(3)* %3486
	%3488 = icmp sgt i32 %3429, 4
	%3489 = select i1 %3488, i32 %3487, i32 0
	%3490 = add i32 %3484, %3489
	%3491 = add i32 %3485, %3487
	%3492 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3493 = load i32, i32 addrspace(3)* %3492
	%3494 = icmp sgt i32 %3429, 5
	%3495 = select i1 %3494, i32 %3493, i32 0
	%3496 = add i32 %3490, %3495
	%3497 = add i32 %3491, %3493
	%3498 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3499 = load i32, i32 addrspace(3)* %3498
	%3500 = icmp sgt i32 %3429, 6
	%3501 = select i1 %3500, i32 %3499, i32 0
	%3502 = add i32 %3496, %3501
	%3503 = add i32 %3497, %3499
	%3504 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3505 = load i32, i32 addrspace(3)* %3504
	%3506 = icmp sgt i32 %3429, 7
	%3507 = select i1 %3506, i32 %3505, i32 0
	%3508 = add i32 %3502, %3507
	%3509 = add i32 %3503, %3505
	%3510 = add i32 %3508, %3449
	%3511 = sub i32 %3510, %3427
	%3512 = mul i32 %0, 4
	%3513 = add i32 %3512, 0
	%3514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3513
	store i32 %3511, i32 addrspace(3)* %3514
	%3515 = add i32 %3511, %3411
	%3516 = mul i32 %0, 4
	%3517 = add i32 %3516, 1
	%3518 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3517
	store i32 %3515, i32 addrspace(3)* %3518
	%3519 = add i32 %3515, %3416
	%3520 = mul i32 %0, 4
	%3521 = add i32 %3520, 2
	%3522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3521
	store i32 %3519, i32 addrspace(3)* %3522
	%3523 = add i32 %3519, %3421
	%3524 = mul i32 %0, 4
	%3525 = add i32 %3524, 3
	%3526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3525
	store i32 %3523, i32 addrspace(3)* %3526
	%3527 = add i32 %3523, %3426
	%3528 = add i32 %0, 1024
	%3529 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3528
	store i32 0, i32 addrspace(3)* %3529
	%3530 = add i32 %0, 1280
	%3531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3530
	store i32 0, i32 addrspace(3)* %3531
	%3532 = add i32 %0, 1536
	%3533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3532
	store i32 0, i32 addrspace(3)* %3533
	%3534 = add i32 %0, 1792
	%3535 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3534
	store i32 0, i32 addrspace(3)* %3535
	call void @llvm.nvvm.barrier0()
	%3536 = and i1 %1233, %1234
	br i1 %3536, label %3537, label %3550

3537:
	%3538 = lshr i32 %3186, 16
	%3539 = and i32 %3538, 15
	%3540 = add i32 0, %4
	%3541 = mul i32 %3539, 64
	%3542 = add i32 %3541, %3540
	%3543 = add i32 0, %3542
	%3544 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3543
	%3545 = load i32, i32 addrspace(3)* %3544
	%3546 = add i32 %3545, %3274
	%3547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3546
	store i32 %3185, i32 addrspace(3)* %3547
	%3548 = add i32 %3546, 2048
	%3549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3548
	store i32 %3186, i32 addrspace(3)* %3549
	br label %3550

3550:
	%3551 = and i1 %1246, %1247
	br i1 %3551, label %3552, label %3565

3552:
	%3553 = lshr i32 %3197, 16
	%3554 = and i32 %3553, 15
	%3555 = add i32 8, %4
	%3556 = mul i32 %3554, 64
	%3557 = add i32 %3556, %3555
	%3558 = add i32 0, %3557
	%3559 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3558
	%3560 = load i32, i32 addrspace(3)* %3559
	%3561 = add i32 %3560, %3293
	%3562 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3561
	store i32 %3196, i32 addrspace(3)* %3562
	%3563 = add i32 %3561, 2048
	%3564 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3563
	store i32 %3197, i32 addrspace(3)* %3564
	br label %3565

3565:
	%3566 = and i1 %1259, %1260
	br i1 %3566, label %3567, label %3580

3567:
	%3568 = lshr i32 %3208, 16
	%3569 = and i32 %3568, 15
	%3570 = add i32 16, %4
	%3571 = mul i32 %3569, 64
	%3572 = add i32 %3571, %3570
	%3573 = add i32 0, %3572
	%3574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3573
	%3575 = load i32, i32 addrspace(3)* %3574
	%3576 = add i32 %3575, %3312
	%3577 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3576
	store i32 %3207, i32 addrspace(3)* %3577
	%3578 = add i32 %3576, 2048
	%3579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3578
	store i32 %3208, i32 addrspace(3)* %3579
	br label %3580

3580:
	%3581 = and i1 %1272, %1273
	br i1 %3581, label %3582, label %3595

3582:
	%3583 = lshr i32 %3219, 16
	%3584 = and i32 %3583, 15
	%3585 = add i32 24, %4
	%3586 = mul i32 %3584, 64
	%3587 = add i32 %3586, %3585
	%3588 = add i32 0, %3587
	%3589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3588
	%3590 = load i32, i32 addrspace(3)* %3589
	%3591 = add i32 %3590, %3331
	%3592 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3591
	store i32 %3218, i32 addrspace(3)* %3592
	%3593 = add i32 %3591, 2048
	%3594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3593
	store i32 %3219, i32 addrspace(3)* %3594
	br label %3595

3595:
	%3596 = and i1 %1285, %1286
	br i1 %3596, label %3597, label %3610

3597:
	%3598 = lshr i32 %3230, 16
	%3599 = and i32 %3598, 15
	%3600 = add i32 32, %4
	%3601 = mul i32 %3599, 64
	%3602 = add i32 %3601, %3600
	%3603 = add i32 0, %3602
	%3604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3603
	%3605 = load i32, i32 addrspace(3)* %3604
	%3606 = add i32 %3605, %3350
	%3607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3606
	store i32 %3229, i32 addrspace(3)* %3607
	%3608 = add i32 %3606, 2048
	%3609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3608
	store i32 %3230, i32 addrspace(3)* %3609
	br label %3610

3610:
	%3611 = and i1 %1298, %1299
	br i1 %3611, label %3612, label %3625

3612:
	%3613 = lshr i32 %3241, 16
	%3614 = and i32 %3613, 15
	%3615 = add i32 40, %4
	%3616 = mul i32 %3614, 64
	%3617 = add i32 %3616, %3615
	%3618 = add i32 0, %3617
	%3619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3618
	%3620 = load i32, i32 addrspace(3)* %3619
	%3621 = add i32 %3620, %3369
	%3622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3621
	store i32 %3240, i32 addrspace(3)* %3622
	%3623 = add i32 %3621, 2048
	%3624 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3623
	store i32 %3241, i32 addrspace(3)* %3624
	br label %3625

3625:
	%3626 = and i1 %1311, %1312
	br i1 %3626, label %3627, label %3640

3627:
	%3628 = lshr i32 %3252, 16
	%3629 = and i32 %3628, 15
	%3630 = add i32 48, %4
	%3631 = mul i32 %3629, 64
	%3632 = add i32 %3631, %3630
	%3633 = add i32 0, %3632
	%3634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3633
	%3635 = load i32, i32 addrspace(3)* %3634
	%3636 = add i32 %3635, %3388
	%3637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3636
	store i32 %3251, i32 addrspace(3)* %3637
	%3638 = add i32 %3636, 2048
	%3639 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3638
	store i32 %3252, i32 addrspace(3)* %3639
	br label %3640

3640:
	%3641 = and i1 %1324, %1325
	br i1 %3641, label %3642, label %3655

3642:
	%3643 = lshr i32 %3263, 16
	%3644 = and i32 %3643, 15
	%3645 = add i32 56, %4
	%3646 = mul i32 %3644, 64
	%3647 = add i32 %3646, %3645
	%3648 = add i32 0, %3647
	%3649 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3648
	%3650 = load i32, i32 addrspace(3)* %3649
	%3651 = add i32 %3650, %3407
	%3652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3651
	store i32 %3262, i32 addrspace(3)* %3652
	%3653 = add i32 %3651, 2048
	%3654 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3653
	store i32 %3263, i32 addrspace(3)* %3654
	br label %3655

3655:
	call void @llvm.nvvm.barrier0()
	%3656 = add i32 0, %0
	%3657 = and i1 %1233, %1234
	br i1 %3657, label %3658, label %3664

3658:
	%3659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3656
	%3660 = load i32, i32 addrspace(3)* %3659
	%3661 = add i32 %3656, 2048
	%3662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3661
	%3663 = load i32, i32 addrspace(3)* %3662
	br label %3664

3664:
	%3665 = phi i32 [ %3185, %3655 ], [ %3660, %3658 ]
	%3666 = phi i32 [ %3186, %3655 ], [ %3663, %3658 ]
	%3667 = add i32 256, %0
	%3668 = and i1 %1246, %1247
	br i1 %3668, label %3669, label %3675

3669:
	%3670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3667
	%3671 = load i32, i32 addrspace(3)* %3670
	%3672 = add i32 %3667, 2048
	%3673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3672
	%3674 = load i32, i32 addrspace(3)* %3673
	br label %3675

3675:
	%3676 = phi i32 [ %3196, %3664 ], [ %3671, %3669 ]
	%3677 = phi i32 [ %3197, %3664 ], [ %3674, %3669 ]
	%3678 = add i32 512, %0
	%3679 = and i1 %1259, %1260
	br i1 %3679, label %3680, label %3686

3680:
	%3681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3678
	%3682 = load i32, i32 addrspace(3)* %3681
	%3683 = add i32 %3678, 2048
	%3684 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3683
	%3685 = load i32, i32 addrspace(3)* %3684
	br label %3686

3686:
	%3687 = phi i32 [ %3207, %3675 ], [ %3682, %3680 ]
	%3688 = phi i32 [ %3208, %3675 ], [ %3685, %3680 ]
	%3689 = add i32 768, %0
	%3690 = and i1 %1272, %1273
	br i1 %3690, label %3691, label %3697

3691:
	%3692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3689
	%3693 = load i32, i32 addrspace(3)* %3692
	%3694 = add i32 %3689, 2048
	%3695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3694
	%3696 = load i32, i32 addrspace(3)* %3695
	br label %3697

3697:
	%3698 = phi i32 [ %3218, %3686 ], [ %3693, %3691 ]
	%3699 = phi i32 [ %3219, %3686 ], [ %3696, %3691 ]
	%3700 = add i32 1024, %0
	%3701 = and i1 %1285, %1286
	br i1 %3701, label %3702, label %3708

3702:
	%3703 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3700
	%3704 = load i32, i32 addrspace(3)* %3703
	%3705 = add i32 %3700, 2048
	%3706 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3705
	%3707 = load i32, i32 addrspace(3)* %3706
	br label %3708

3708:
	%3709 = phi i32 [ %3229, %3697 ], [ %3704, %3702 ]
	%3710 = phi i32 [ %3230, %3697 ], [ %3707, %3702 ]
	%3711 = add i32 1280, %0
	%3712 = and i1 %1298, %1299
	br i1 %3712, label %3713, label %3719

3713:
	%3714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3711
	%3715 = load i32, i32 addrspace(3)* %3714
	%3716 = add i32 %3711, 2048
	%3717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3716
	%3718 = load i32, i32 addrspace(3)* %3717
	br label %3719

3719:
	%3720 = phi i32 [ %3240, %3708 ], [ %3715, %3713 ]
	%3721 = phi i32 [ %3241, %3708 ], [ %3718, %3713 ]
	%3722 = add i32 1536, %0
	%3723 = and i1 %1311, %1312
	br i1 %3723, label %3724, label %3730

3724:
	%3725 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3722
	%3726 = load i32, i32 addrspace(3)* %3725
	%3727 = add i32 %3722, 2048
	%3728 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3727
	%3729 = load i32, i32 addrspace(3)* %3728
	br label %3730

3730:
	%3731 = phi i32 [ %3251, %3719 ], [ %3726, %3724 ]
	%3732 = phi i32 [ %3252, %3719 ], [ %3729, %3724 ]
	%3733 = add i32 1792, %0
	%3734 = and i1 %1324, %1325
	br i1 %3734, label %3735, label %3741

3735:
	%3736 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3733
	%3737 = load i32, i32 addrspace(3)* %3736
	%3738 = add i32 %3733, 2048
	%3739 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3738
	%3740 = load i32, i32 addrspace(3)* %3739
	br label %3741

3741:
	%3742 = phi i32 [ %3262, %3730 ], [ %3737, %3735 ]
	%3743 = phi i32 [ %3263, %3730 ], [ %3740, %3735 ]
	br i1 %1233, label %3744, label %3753

3744:
	%3745 = lshr i32 %3666, 20
	%3746 = and i32 %3745, 15
	%3747 = select i1 %1234, i32 %3746, i32 16
	%3748 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3747)
	%3749 = and i32 %3748, %1231
	%3750 = call i32 @llvm.ctpop.i32(i32 %3749)
	%3751 = icmp eq i32 %3750, 0
	%3752 = and i1 %1234, %3751
	br i1 %3752, label %3755, label %3762

3753:
	%3754 = phi i32 [ 0, %3741 ], [ %3750, %3762 ]
	br i1 %1246, label %3763, label %3772

3755:
	%3756 = call i32 @llvm.ctpop.i32(i32 %3748)
	%3757 = add i32 0, %4
	%3758 = mul i32 %3746, 64
	%3759 = add i32 %3758, %3757
	%3760 = add i32 1024, %3759
	%3761 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3760
	store i32 %3756, i32 addrspace(3)* %3761
	br label %3762

3762:
	br label %3753

3763:
	%3764 = lshr i32 %3677, 20
	%3765 = and i32 %3764, 15
	%3766 = select i1 %1247, i32 %3765, i32 16
	%3767 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3766)
	%3768 = and i32 %3767, %1231
	%3769 = call i32 @llvm.ctpop.i32(i32 %3768)
	%3770 = icmp eq i32 %3769, 0
	%3771 = and i1 %1247, %3770
	br i1 %3771, label %3774, label %3781

3772:
	%3773 = phi i32 [ 0, %3753 ], [ %3769, %3781 ]
	br i1 %1259, label %3782, label %3791

3774:
	%3775 = call i32 @llvm.ctpop.i32(i32 %3767)
	%3776 = add i32 8, %4
	%3777 = mul i32 %3765, 64
	%3778 = add i32 %3777, %3776
	%3779 = add i32 1024, %3778
	%3780 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3779
	store i32 %3775, i32 addrspace(3)* %3780
	br label %3781

3781:
	br label %3772

3782:
	%3783 = lshr i32 %3688, 20
	%3784 = and i32 %3783, 15
	%3785 = select i1 %1260, i32 %3784, i32 16
	%3786 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3785)
	%3787 = and i32 %3786, %1231
	%3788 = call i32 @llvm.ctpop.i32(i32 %3787)
	%3789 = icmp eq i32 %3788, 0
	%3790 = and i1 %1260, %3789
	br i1 %3790, label %3793, label %3800

3791:
	%3792 = phi i32 [ 0, %3772 ], [ %3788, %3800 ]
	br i1 %1272, label %3801, label %3810

3793:
	%3794 = call i32 @llvm.ctpop.i32(i32 %3786)
	%3795 = add i32 16, %4
	%3796 = mul i32 %3784, 64
	%3797 = add i32 %3796, %3795
	%3798 = add i32 1024, %3797
	%3799 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3798
	store i32 %3794, i32 addrspace(3)* %3799
	br label %3800

3800:
	br label %3791

3801:
	%3802 = lshr i32 %3699, 20
	%3803 = and i32 %3802, 15
	%3804 = select i1 %1273, i32 %3803, i32 16
	%3805 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3804)
	%3806 = and i32 %3805, %1231
	%3807 = call i32 @llvm.ctpop.i32(i32 %3806)
	%3808 = icmp eq i32 %3807, 0
	%3809 = and i1 %1273, %3808
	br i1 %3809, label %3812, label %3819

3810:
	%3811 = phi i32 [ 0, %3791 ], [ %3807, %3819 ]
	br i1 %1285, label %3820, label %3829

3812:
	%3813 = call i32 @llvm.ctpop.i32(i32 %3805)
	%3814 = add i32 24, %4
	%3815 = mul i32 %3803, 64
	%3816 = add i32 %3815, %3814
	%3817 = add i32 1024, %3816
	%3818 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3817
	store i32 %3813, i32 addrspace(3)* %3818
	br label %3819

3819:
	br label %3810

3820:
	%3821 = lshr i32 %3710, 20
	%3822 = and i32 %3821, 15
	%3823 = select i1 %1286, i32 %3822, i32 16
	%3824 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3823)
	%3825 = and i32 %3824, %1231
	%3826 = call i32 @llvm.ctpop.i32(i32 %3825)
	%3827 = icmp eq i32 %3826, 0
	%3828 = and i1 %1286, %3827
	br i1 %3828, label %3831, label %3838

3829:
	%3830 = phi i32 [ 0, %3810 ], [ %3826, %3838 ]
	br i1 %1298, label %3839, label %3848

3831:
	%3832 = call i32 @llvm.ctpop.i32(i32 %3824)
	%3833 = add i32 32, %4
	%3834 = mul i32 %3822, 64
	%3835 = add i32 %3834, %3833
	%3836 = add i32 1024, %3835
	%3837 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3836
	store i32 %3832, i32 addrspace(3)* %3837
	br label %3838

3838:
	br label %3829

3839:
	%3840 = lshr i32 %3721, 20
	%3841 = and i32 %3840, 15
	%3842 = select i1 %1299, i32 %3841, i32 16
	%3843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3842)
	%3844 = and i32 %3843, %1231
	%3845 = call i32 @llvm.ctpop.i32(i32 %3844)
	%3846 = icmp eq i32 %3845, 0
	%3847 = and i1 %1299, %3846
	br i1 %3847, label %3850, label %3857

3848:
	%3849 = phi i32 [ 0, %3829 ], [ %3845, %3857 ]
	br i1 %1311, label %3858, label %3867

3850:
	%3851 = call i32 @llvm.ctpop.i32(i32 %3843)
	%3852 = add i32 40, %4
	%3853 = mul i32 %3841, 64
	%3854 = add i32 %3853, %3852
	%3855 = add i32 1024, %3854
	%3856 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3855
	store i32 %3851, i32 addrspace(3)* %3856
	br label %3857

3857:
	br label %3848

3858:
	%3859 = lshr i32 %3732, 20
	%3860 = and i32 %3859, 15
	%3861 = select i1 %1312, i32 %3860, i32 16
	%3862 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3861)
	%3863 = and i32 %3862, %1231
	%3864 = call i32 @llvm.ctpop.i32(i32 %3863)
	%3865 = icmp eq i32 %3864, 0
	%3866 = and i1 %1312, %3865
	br i1 %3866, label %3869, label %3876

3867:
	%3868 = phi i32 [ 0, %3848 ], [ %3864, %3876 ]
	br i1 %1324, label %3877, label %3886

3869:
	%3870 = call i32 @llvm.ctpop.i32(i32 %3862)
	%3871 = add i32 48, %4
	%3872 = mul i32 %3860, 64
	%3873 = add i32 %3872, %3871
	%3874 = add i32 1024, %3873
	%3875 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3874
	store i32 %3870, i32 addrspace(3)* %3875
	br label %3876

3876:
	br label %3867

3877:
	%3878 = lshr i32 %3743, 20
	%3879 = and i32 %3878, 15
	%3880 = select i1 %1325, i32 %3879, i32 16
	%3881 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3880)
	%3882 = and i32 %3881, %1231
	%3883 = call i32 @llvm.ctpop.i32(i32 %3882)
	%3884 = icmp eq i32 %3883, 0
	%3885 = and i1 %1325, %3884
	br i1 %3885, label %3931, label %3938

3886:
	%3887 = phi i32 [ 0, %3867 ], [ %3883, %3938 ]
	call void @llvm.nvvm.barrier0()
	%3888 = mul i32 %0, 4
	%3889 = add i32 %3888, 1024
	%3890 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3889
	%3891 = load i32, i32 addrspace(3)* %3890
	%3892 = add i32 0, %3891
	%3893 = mul i32 %0, 4
	%3894 = add i32 %3893, 1025
	%3895 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3894
	%3896 = load i32, i32 addrspace(3)* %3895
	%3897 = add i32 %3892, %3896
	%3898 = mul i32 %0, 4
	%3899 = add i32 %3898, 1026
	%3900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3899
	%3901 = load i32, i32 addrspace(3)* %3900
	%3902 = add i32 %3897, %3901
	%3903 = mul i32 %0, 4
	%3904 = add i32 %3903, 1027
	%3905 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3904
	%3906 = load i32, i32 addrspace(3)* %3905
	%3907 = add i32 %3902, %3906
	%3908 = and i32 %0, 31
	%3909 = lshr i32 %0, 5
	%3910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3907, i32 1, i32 0)
	%3911 = icmp uge i32 %3908, 1
	%3912 = select i1 %3911, i32 %3910, i32 0
	%3913 = add i32 %3907, %3912
	%3914 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3913, i32 2, i32 0)
	%3915 = icmp uge i32 %3908, 2
	%3916 = select i1 %3915, i32 %3914, i32 0
	%3917 = add i32 %3913, %3916
	%3918 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3917, i32 4, i32 0)
	%3919 = icmp uge i32 %3908, 4
	%3920 = select i1 %3919, i32 %3918, i32 0
	%3921 = add i32 %3917, %3920
	%3922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3921, i32 8, i32 0)
	%3923 = icmp uge i32 %3908, 8
	%3924 = select i1 %3923, i32 %3922, i32 0
	%3925 = add i32 %3921, %3924
	%3926 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3925, i32 16, i32 0)
	%3927 = icmp uge i32 %3908, 16
	%3928 = select i1 %3927, i32 %3926, i32 0
	%3929 = add i32 %3925, %3928
	%3930 = icmp eq i32 %3908, 31
	br i1 %3930, label %3939, label %3941

3931:
	%3932 = call i32 @llvm.ctpop.i32(i32 %3881)
	%3933 = add i32 56, %4
	%3934 = mul i32 %3879, 64
	%3935 = add i32 %3934, %3933
	%3936 = add i32 1024, %3935
	%3937 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3936
	store i32 %3932, i32 addrspace(3)* %3937
	br label %3938

3938:
	br label %3886

3939:
	%3940 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3909
	store i32 %3929, i32 addrspace(3)* %3940
	br label %3941

3941:
	call void @llvm.nvvm.barrier0()
	%3942 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3943 = load i32, i32 addrspace(3)* %3942
	%3944 = icmp sgt i32 %3909, 0
	%3945 = select i1 %3944, i32 %3943, i32 0
	%3946 = add i32 0, %3945
	%3947 = add i32 0, %3943
	%3948 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3949 = load i32, i32 addrspace(3)* %3948
	%3950 = icmp sgt i32 %3909, 1
	%3951 = select i1 %3950, i32 %3949, i32 0
	%3952 = add i32 %3946, %3951
	%3953 = add i32 %3947, %3949
	%3954 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3955 = load i32, i32 addrspace(3)* %3954
	%3956 = icmp sgt i32 %3909, 2
	%3957 = select i1 %3956, i32 %3955, i32 0
	%3958 = add i32 %3952, %3957
	%3959 = add i32 %3953, %3955
	%3960 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3961 = load i32, i32 addrspace(3)* %3960
	%3962 = icmp sgt i32 %3909, 3
	%3963 = select i1 %3962, i32 %3961, i32 0
	%3964 = add i32 %3958, %3963
	%3965 = add i32 %3959, %3961
	%3966 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3967 = load i32, i32 addrspace(3)* %3966
	%3968 = icmp sgt i32 %3909, 4
	%3969 = select i1 %3968, i32 %3967, i32 0
	%3970 = add i32 %3964, %3969
	%3971 = add i32 %3965, %3967
	%3972 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3973 = load i32, i32 addrspace(3)* %3972
	%3974 = icmp sgt i32 %3909, 5
	%3975 = select i1 %3974, i32 %3973, i32 0
	%3976 = add i32 %3970, %3975
	%3977 = add i32 %3971, %3973
	%3978 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3979 = load i32, i32 addrspace(3)* %3978
	%3980 = icmp sgt i32 %3909, 6
	%3981 = select i1 %3980, i32 %3979, i32 0
	%3982 = add i32 %3976, %3981
	%3983 = add i32 %3977, %3979
	%3984 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3985 = load i32, i32 addrspace(3)* %3984
	%3986 = icmp sgt i32 %3909, 7
	%3987 = select i1 %3986, i32 %3985, i32 0
	%3988 = add i32 %3982, %3987
	%3989 = add i32 %3983, %3985
	%3990 = add i32 %3988, %3929
	%3991 = sub i32 %3990, %3907
	%3992 = mul i32 %0, 4
	%3993 = add i32 %3992, 1024
	%3994 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3993
	store i32 %3991, i32 addrspace(3)* %3994
	%3995 = add i32 %3991, %3891
	%3996 = mul i32 %0, 4
	%3997 = add i32 %3996, 1025
	%3998 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3997
	store i32 %3995, i32 addrspace(3)* %3998
	%3999 = add i32 %3995, %3896
	%4000 = mul i32 %0, 4
	%4001 = add i32 %4000, 1026
	%4002 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4001
	store i32 %3999, i32 addrspace(3)* %4002
	%4003 = add i32 %3999, %3901
	%4004 = mul i32 %0, 4
	%4005 = add i32 %4004, 1027
	%4006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4005
	store i32 %4003, i32 addrspace(3)* %4006
	%4007 = add i32 %4003, %3906
	%4008 = add i32 %0, 0
	%4009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4008
	store i32 0, i32 addrspace(3)* %4009
	%4010 = add i32 %0, 256
	%4011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4010
	store i32 0, i32 addrspace(3)* %4011
	%4012 = add i32 %0, 512
	%4013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4012
	store i32 0, i32 addrspace(3)* %4013
	%4014 = add i32 %0, 768
	%4015 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4014
	store i32 0, i32 addrspace(3)* %4015
	call void @llvm.nvvm.barrier0()
	%4016 = and i1 %1233, %1234
	br i1 %4016, label %4017, label %4030

4017:
	%4018 = lshr i32 %3666, 20
	%4019 = and i32 %4018, 15
	%4020 = add i32 0, %4
	%4021 = mul i32 %4019, 64
	%4022 = add i32 %4021, %4020
	%4023 = add i32 1024, %4022
	%4024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4023
	%4025 = load i32, i32 addrspace(3)* %4024
	%4026 = add i32 %4025, %3754
	%4027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4026
	store i32 %3665, i32 addrspace(3)* %4027
	%4028 = add i32 %4026, 2048
	%4029 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4028
	store i32 %3666, i32 addrspace(3)* %4029
	br label %4030

4030:
	%4031 = and i1 %1246, %1247
	br i1 %4031, label %4032, label %4045

4032:
	%4033 = lshr i32 %3677, 20
	%4034 = and i32 %4033, 15
	%4035 = add i32 8, %4
	%4036 = mul i32 %4034, 64
	%4037 = add i32 %4036, %4035
	%4038 = add i32 1024, %4037
	%4039 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4038
	%4040 = load i32, i32 addrspace(3)* %4039
	%4041 = add i32 %4040, %3773
	%4042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4041
	store i32 %3676, i32 addrspace(3)* %4042
	%4043 = add i32 %4041, 2048
	%4044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4043
	store i32 %3677, i32 addrspace(3)* %4044
	br label %4045

4045:
	%4046 = and i1 %1259, %1260
	br i1 %4046, label %4047, label %4060

4047:
	%4048 = lshr i32 %3688, 20
	%4049 = and i32 %4048, 15
	%4050 = add i32 16, %4
	%4051 = mul i32 %4049, 64
	%4052 = add i32 %4051, %4050
	%4053 = add i32 1024, %4052
	%4054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4053
	%4055 = load i32, i32 addrspace(3)* %4054
	%4056 = add i32 %4055, %3792
	%4057 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4056
	store i32 %3687, i32 addrspace(3)* %4057
	%4058 = add i32 %4056, 2048
	%4059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4058
	store i32 %3688, i32 addrspace(3)* %4059
	br label %4060

4060:
	%4061 = and i1 %1272, %1273
	br i1 %4061, label %4062, label %4075

4062:
	%4063 = lshr i32 %3699, 20
	%4064 = and i32 %4063, 15
	%4065 = add i32 24, %4
	%4066 = mul i32 %4064, 64
	%4067 = add i32 %4066, %4065
	%4068 = add i32 1024, %4067
	%4069 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4068
	%4070 = load i32, i32 addrspace(3)* %4069
	%4071 = add i32 %4070, %3811
	%4072 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4071
	store i32 %3698, i32 addrspace(3)* %4072
	%4073 = add i32 %4071, 2048
	%4074 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4073
	store i32 %3699, i32 addrspace(3)* %4074
	br label %4075

4075:
	%4076 = and i1 %1285, %1286
	br i1 %4076, label %4077, label %4090

4077:
	%4078 = lshr i32 %3710, 20
	%4079 = and i32 %4078, 15
	%4080 = add i32 32, %4
	%4081 = mul i32 %4079, 64
	%4082 = add i32 %4081, %4080
	%4083 = add i32 1024, %4082
	%4084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4083
	%4085 = load i32, i32 addrspace(3)* %4084
	%4086 = add i32 %4085, %3830
	%4087 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4086
	store i32 %3709, i32 addrspace(3)* %4087
	%4088 = add i32 %4086, 2048
	%4089 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4088
	store i32 %3710, i32 addrspace(3)* %4089
	br label %4090

4090:
	%4091 = and i1 %1298, %1299
	br i1 %4091, label %4092, label %4105

4092:
	%4093 = lshr i32 %3721, 20
	%4094 = and i32 %4093, 15
	%4095 = add i32 40, %4
	%4096 = mul i32 %4094, 64
	%4097 = add i32 %4096, %4095
	%4098 = add i32 1024, %4097
	%4099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4098
	%4100 = load i32, i32 addrspace(3)* %4099
	%4101 = add i32 %4100, %3849
	%4102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4101
	store i32 %3720, i32 addrspace(3)* %4102
	%4103 = add i32 %4101, 2048
	%4104 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4103
	store i32 %3721, i32 addrspace(3)* %4104
	br label %4105

4105:
	%4106 = and i1 %1311, %1312
	br i1 %4106, label %4107, label %4120

4107:
	%4108 = lshr i32 %3732, 20
	%4109 = and i32 %4108, 15
	%4110 = add i32 48, %4
	%4111 = mul i32 %4109, 64
	%4112 = add i32 %4111, %4110
	%4113 = add i32 1024, %4112
	%4114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4113
	%4115 = load i32, i32 addrspace(3)* %4114
	%4116 = add i32 %4115, %3868
	%4117 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4116
	store i32 %3731, i32 addrspace(3)* %4117
	%4118 = add i32 %4116, 2048
	%4119 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4118
	store i32 %3732, i32 addrspace(3)* %4119
	br label %4120

4120:
	%4121 = and i1 %1324, %1325
	br i1 %4121, label %4122, label %4135

4122:
	%4123 = lshr i32 %3743, 20
	%4124 = and i32 %4123, 15
	%4125 = add i32 56, %4
	%4126 = mul i32 %4124, 64
	%4127 = add i32 %4126, %4125
	%4128 = add i32 1024, %4127
	%4129 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4128
	%4130 = load i32, i32 addrspace(3)* %4129
	%4131 = add i32 %4130, %3887
	%4132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4131
	store i32 %3742, i32 addrspace(3)* %4132
	%4133 = add i32 %4131, 2048
	%4134 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4133
	store i32 %3743, i32 addrspace(3)* %4134
	br label %4135

4135:
	call void @llvm.nvvm.barrier0()
	%4136 = add i32 0, %0
	%4137 = and i1 %1233, %1234
	br i1 %4137, label %4138, label %4144

4138:
	%4139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4136
	%4140 = load i32, i32 addrspace(3)* %4139
	%4141 = add i32 %4136, 2048
	%4142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4141
	%4143 = load i32, i32 addrspace(3)* %4142
	br label %4144

4144:
	%4145 = phi i32 [ %3665, %4135 ], [ %4140, %4138 ]
	%4146 = phi i32 [ %3666, %4135 ], [ %4143, %4138 ]
	%4147 = add i32 256, %0
	%4148 = and i1 %1246, %1247
	br i1 %4148, label %4149, label %4155

4149:
	%4150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4147
	%4151 = load i32, i32 addrspace(3)* %4150
	%4152 = add i32 %4147, 2048
	%4153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4152
	%4154 = load i32, i32 addrspace(3)* %4153
	br label %4155

4155:
	%4156 = phi i32 [ %3676, %4144 ], [ %4151, %4149 ]
	%4157 = phi i32 [ %3677, %4144 ], [ %4154, %4149 ]
	%4158 = add i32 512, %0
	%4159 = and i1 %1259, %1260
	br i1 %4159, label %4160, label %4166

4160:
	%4161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4158
	%4162 = load i32, i32 addrspace(3)* %4161
	%4163 = add i32 %4158, 2048
	%4164 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4163
	%4165 = load i32, i32 addrspace(3)* %4164
	br label %4166

4166:
	%4167 = phi i32 [ %3687, %4155 ], [ %4162, %4160 ]
	%4168 = phi i32 [ %3688, %4155 ], [ %4165, %4160 ]
	%4169 = add i32 768, %0
	%4170 = and i1 %1272, %1273
	br i1 %4170, label %4171, label %4177

4171:
	%4172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4169
	%4173 = load i32, i32 addrspace(3)* %4172
	%4174 = add i32 %4169, 2048
	%4175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4174
	%4176 = load i32, i32 addrspace(3)* %4175
	br label %4177

4177:
	%4178 = phi i32 [ %3698, %4166 ], [ %4173, %4171 ]
	%4179 = phi i32 [ %3699, %4166 ], [ %4176, %4171 ]
	%4180 = add i32 1024, %0
	%4181 = and i1 %1285, %1286
	br i1 %4181, label %4182, label %4188

4182:
	%4183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4180
	%4184 = load i32, i32 addrspace(3)* %4183
	%4185 = add i32 %4180, 2048
	%4186 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4185
	%4187 = load i32, i32 addrspace(3)* %4186
	br label %4188

4188:
	%4189 = phi i32 [ %3709, %4177 ], [ %4184, %4182 ]
	%4190 = phi i32 [ %3710, %4177 ], [ %4187, %4182 ]
	%4191 = add i32 1280, %0
	%4192 = and i1 %1298, %1299
	br i1 %4192, label %4193, label %4199

4193:
	%4194 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4191
	%4195 = load i32, i32 addrspace(3)* %4194
	%4196 = add i32 %4191, 2048
	%4197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4196
	%4198 = load i32, i32 addrspace(3)* %4197
	br label %4199

4199:
	%4200 = phi i32 [ %3720, %4188 ], [ %4195, %4193 ]
	%4201 = phi i32 [ %3721, %4188 ], [ %4198, %4193 ]
	%4202 = add i32 1536, %0
	%4203 = and i1 %1311, %1312
	br i1 %4203, label %4204, label %4210

4204:
	%4205 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4202
	%4206 = load i32, i32 addrspace(3)* %4205
	%4207 = add i32 %4202, 2048
	%4208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4207
	%4209 = load i32, i32 addrspace(3)* %4208
	br label %4210

4210:
	%4211 = phi i32 [ %3731, %4199 ], [ %4206, %4204 ]
	%4212 = phi i32 [ %3732, %4199 ], [ %4209, %4204 ]
	%4213 = add i32 1792, %0
	%4214 = and i1 %1324, %1325
	br i1 %4214, label %4215, label %4221

4215:
	%4216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4213
	%4217 = load i32, i32 addrspace(3)* %4216
	%4218 = add i32 %4213, 2048
	%4219 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4218
	%4220 = load i32, i32 addrspace(3)* %4219
	br label %4221

4221:
	%4222 = phi i32 [ %3742, %4210 ], [ %4217, %4215 ]
	%4223 = phi i32 [ %3743, %4210 ], [ %4220, %4215 ]
	br i1 %1233, label %4224, label %4233

4224:
	%4225 = lshr i32 %4146, 24
	%4226 = and i32 %4225, 15
	%4227 = select i1 %1234, i32 %4226, i32 16
	%4228 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4227)
	%4229 = and i32 %4228, %1231
	%4230 = call i32 @llvm.ctpop.i32(i32 %4229)
	%4231 = icmp eq i32 %4230, 0
	%4232 = and i1 %1234, %4231
	br i1 %4232, label %4235, label %4242

4233:
	%4234 = phi i32 [ 0, %4221 ], [ %4230, %4242 ]
	br i1 %1246, label %4243, label %4252

4235:
	%4236 = call i32 @llvm.ctpop.i32(i32 %4228)
	%4237 = add i32 0, %4
	%4238 = mul i32 %4226, 64
	%4239 = add i32 %4238, %4237
	%4240 = add i32 0, %4239
	%4241 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4240
	store i32 %4236, i32 addrspace(3)* %4241
	br label %4242

4242:
	br label %4233

4243:
	%4244 = lshr i32 %4157, 24
	%4245 = and i32 %4244, 15
	%4246 = select i1 %1247, i32 %4245, i32 16
	%4247 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4246)
	%4248 = and i32 %4247, %1231
	%4249 = call i32 @llvm.ctpop.i32(i32 %4248)
	%4250 = icmp eq i32 %4249, 0
	%4251 = and i1 %1247, %4250
	br i1 %4251, label %4254, label %4261

4252:
	%4253 = phi i32 [ 0, %4233 ], [ %4249, %4261 ]
	br i1 %1259, label %4262, label %4271

4254:
	%4255 = call i32 @llvm.ctpop.i32(i32 %4247)
	%4256 = add i32 8, %4
	%4257 = mul i32 %4245, 64
	%4258 = add i32 %4257, %4256
	%4259 = add i32 0, %4258
	%4260 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4259
	store i32 %4255, i32 addrspace(3)* %4260
	br label %4261

4261:
	br label %4252

4262:
	%4263 = lshr i32 %4168, 24
	%4264 = and i32 %4263, 15
	%4265 = select i1 %1260, i32 %4264, i32 16
	%4266 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4265)
	%4267 = and i32 %4266, %1231
	%4268 = call i32 @llvm.ctpop.i32(i32 %4267)
	%4269 = icmp eq i32 %4268, 0
	%4270 = and i1 %1260, %4269
	br i1 %4270, label %4273, label %4280

4271:
	%4272 = phi i32 [ 0, %4252 ], [ %4268, %4280 ]
	br i1 %1272, label %4281, label %4290

4273:
	%4274 = call i32 @llvm.ctpop.i32(i32 %4266)
	%4275 = add i32 16, %4
	%4276 = mul i32 %4264, 64
	%4277 = add i32 %4276, %4275
	%4278 = add i32 0, %4277
	%4279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4278
	store i32 %4274, i32 addrspace(3)* %4279
	br label %4280

4280:
	br label %4271

4281:
	%4282 = lshr i32 %4179, 24
	%4283 = and i32 %4282, 15
	%4284 = select i1 %1273, i32 %4283, i32 16
	%4285 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4284)
	%4286 = and i32 %4285, %1231
	%4287 = call i32 @llvm.ctpop.i32(i32 %4286)
	%4288 = icmp eq i32 %4287, 0
	%4289 = and i1 %1273, %4288
	br i1 %4289, label %4292, label %4299

4290:
	%4291 = phi i32 [ 0, %4271 ], [ %4287, %4299 ]
	br i1 %1285, label %4300, label %4309

4292:
	%4293 = call i32 @llvm.ctpop.i32(i32 %4285)
	%4294 = add i32 24, %4
	%4295 = mul i32 %4283, 64
	%4296 = add i32 %4295, %4294
	%4297 = add i32 0, %4296
	%4298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4297
	store i32 %4293, i32 addrspace(3)* %4298
	br label %4299

4299:
	br label %4290

4300:
	%4301 = lshr i32 %4190, 24
	%4302 = and i32 %4301, 15
	%4303 = select i1 %1286, i32 %4302, i32 16
	%4304 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4303)
	%4305 = and i32 %4304, %1231
	%4306 = call i32 @llvm.ctpop.i32(i32 %4305)
	%4307 = icmp eq i32 %4306, 0
	%4308 = and i1 %1286, %4307
	br i1 %4308, label %4311, label %4318

4309:
	%4310 = phi i32 [ 0, %4290 ], [ %4306, %4318 ]
	br i1 %1298, label %4319, label %4328

4311:
	%4312 = call i32 @llvm.ctpop.i32(i32 %4304)
	%4313 = add i32 32, %4
	%4314 = mul i32 %4302, 64
	%4315 = add i32 %4314, %4313
	%4316 = add i32 0, %4315
	%4317 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4316
	store i32 %4312, i32 addrspace(3)* %4317
	br label %4318

4318:
	br label %4309

4319:
	%4320 = lshr i32 %4201, 24
	%4321 = and i32 %4320, 15
	%4322 = select i1 %1299, i32 %4321, i32 16
	%4323 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4322)
	%4324 = and i32 %4323, %1231
	%4325 = call i32 @llvm.ctpop.i32(i32 %4324)
	%4326 = icmp eq i32 %4325, 0
	%4327 = and i1 %1299, %4326
	br i1 %4327, label %4330, label %4337

4328:
	%4329 = phi i32 [ 0, %4309 ], [ %4325, %4337 ]
	br i1 %1311, label %4338, label %4347

4330:
	%4331 = call i32 @llvm.ctpop.i32(i32 %4323)
	%4332 = add i32 40, %4
	%4333 = mul i32 %4321, 64
	%4334 = add i32 %4333, %4332
	%4335 = add i32 0, %4334
	%4336 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4335
	store i32 %4331, i32 addrspace(3)* %4336
	br label %4337

4337:
	br label %4328

4338:
	%4339 = lshr i32 %4212, 24
	%4340 = and i32 %4339, 15
	%4341 = select i1 %1312, i32 %4340, i32 16
	%4342 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4341)
	%4343 = and i32 %4342, %1231
	%4344 = call i32 @llvm.ctpop.i32(i32 %4343)
	%4345 = icmp eq i32 %4344, 0
	%4346 = and i1 %1312, %4345
	br i1 %4346, label %4349, label %4356

4347:
	%4348 = phi i32 [ 0, %4328 ], [ %4344, %4356 ]
	br i1 %1324, label %4357, label %4366

4349:
	%4350 = call i32 @llvm.ctpop.i32(i32 %4342)
	%4351 = add i32 48, %4
	%4352 = mul i32 %4340, 64
	%4353 = add i32 %4352, %4351
	%4354 = add i32 0, %4353
	%4355 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4354
	store i32 %4350, i32 addrspace(3)* %4355
	br label %4356

4356:
	br label %4347

4357:
	%4358 = lshr i32 %4223, 24
	%4359 = and i32 %4358, 15
	%4360 = select i1 %1325, i32 %4359, i32 16
	%4361 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4360)
	%4362 = and i32 %4361, %1231
	%4363 = call i32 @llvm.ctpop.i32(i32 %4362)
	%4364 = icmp eq i32 %4363, 0
	%4365 = and i1 %1325, %4364
	br i1 %4365, label %4411, label %4418

4366:
	%4367 = phi i32 [ 0, %4347 ], [ %4363, %4418 ]
	call void @llvm.nvvm.barrier0()
	%4368 = mul i32 %0, 4
	%4369 = add i32 %4368, 0
	%4370 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4369
	%4371 = load i32, i32 addrspace(3)* %4370
	%4372 = add i32 0, %4371
	%4373 = mul i32 %0, 4
	%4374 = add i32 %4373, 1
	%4375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4374
	%4376 = load i32, i32 addrspace(3)* %4375
	%4377 = add i32 %4372, %4376
	%4378 = mul i32 %0, 4
	%4379 = add i32 %4378, 2
	%4380 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4379
	%4381 = load i32, i32 addrspace(3)* %4380
	%4382 = add i32 %4377, %4381
	%4383 = mul i32 %0, 4
	%4384 = add i32 %4383, 3
	%4385 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4384
	%4386 = load i32, i32 addrspace(3)* %4385
	%4387 = add i32 %4382, %4386
	%4388 = and i32 %0, 31
	%4389 = lshr i32 %0, 5
	%4390 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4387, i32 1, i32 0)
	%4391 = icmp uge i32 %4388, 1
	%4392 = select i1 %4391, i32 %4390, i32 0
	%4393 = add i32 %4387, %4392
	%4394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4393, i32 2, i32 0)
	%4395 = icmp uge i32 %4388, 2
	%4396 = select i1 %4395, i32 %4394, i32 0
	%4397 = add i32 %4393, %4396
	%4398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4397, i32 4, i32 0)
	%4399 = icmp uge i32 %4388, 4
	%4400 = select i1 %4399, i32 %4398, i32 0
	%4401 = add i32 %4397, %4400
	%4402 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4401, i32 8, i32 0)
	%4403 = icmp uge i32 %4388, 8
	%4404 = select i1 %4403, i32 %4402, i32 0
	%4405 = add i32 %4401, %4404
	%4406 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4405, i32 16, i32 0)
	%4407 = icmp uge i32 %4388, 16
	%4408 = select i1 %4407, i32 %4406, i32 0
	%4409 = add i32 %4405, %4408
	%4410 = icmp eq i32 %4388, 31
	br i1 %4410, label %4419, label %4421

4411:
	%4412 = call i32 @llvm.ctpop.i32(i32 %4361)
	%4413 = add i32 56, %4
	%4414 = mul i32 %4359, 64
	%4415 = add i32 %4414, %4413
	%4416 = add i32 0, %4415
	%4417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4416
	store i32 %4412, i32 addrspace(3)* %4417
	br label %4418

4418:
	br label %4366

4419:
	%4420 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4389
	store i32 %4409, i32 addrspace(3)* %4420
	br label %4421

4421:
	call void @llvm.nvvm.barrier0()
	%4422 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4423 = load i32, i32 addrspace(3)* %4422
	%4424 = icmp sgt i32 %4389, 0
	%4425 = select i1 %4424, i32 %4423, i32 0
	%4426 = add i32 0, %4425
	%4427 = add i32 0, %4423
	%4428 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4429 = load i32, i32 addrspace(3)* %4428
	%4430 = icmp sgt i32 %4389, 1
	%4431 = select i1 %4430, i32 %4429, i32 0
	%4432 = add i32 %4426, %4431
	%4433 = add i32 %4427, %4429
	%4434 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4435 = load i32, i32 addrspace(3)* %4434
	%4436 = icmp sgt i32 %4389, 2
	%4437 = select i1 %4436, i32 %4435, i32 0
	%4438 = add i32 %4432, %4437
	%4439 = add i32 %4433, %4435
	%4440 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4441 = load i32, i32 addrspace(3)* %4440
	%4442 = icmp sgt i32 %4389, 3
	%4443 = select i1 %4442, i32 %4441, i32 0
	%4444 = add i32 %4438, %4443
	%4445 = add i32 %4439, %4441
	%4446 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4447 = load i32, i32 addrspace(3)* %4446
	%4448 = icmp sgt i32 %4389, 4
	%4449 = select i1 %4448, i32 %4447, i32 0
	%4450 = add i32 %4444, %4449
	%4451 = add i32 %4445, %4447
	%4452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4453 = load i32, i32 addrspace(3)* %4452
	%4454 = icmp sgt i32 %4389, 5
	%4455 = select i1 %4454, i32 %4453, i32 0
	%4456 = add i32 %4450, %4455
	%4457 = add i32 %4451, %4453
	%4458 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4459 = load i32, i32 addrspace(3)* %4458
	%4460 = icmp sgt i32 %4389, 6
	%4461 = select i1 %4460, i32 %4459, i32 0
	%4462 = add i32 %4456, %4461
	%4463 = add i32 %4457, %4459
	%4464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4465 = load i32, i32 addrspace(3)* %4464
	%4466 = icmp sgt i32 %4389, 7
	%4467 = select i1 %4466, i32 %4465, i32 0
	%4468 = add i32 %4462, %4467
	%4469 = add i32 %4463, %4465
	%4470 = add i32 %4468, %4409
	%4471 = sub i32 %4470, %4387
	%4472 = mul i32 %0, 4
	%4473 = add i32 %4472, 0
	%4474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4473
	store i32 %4471, i32 addrspace(3)* %4474
	%4475 = add i32 %4471, %4371
	%4476 = mul i32 %0, 4
	%4477 = add i32 %4476, 1
	%4478 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4477
	store i32 %4475, i32 addrspace(3)* %4478
	%4479 = add i32 %4475, %4376
	%4480 = mul i32 %0, 4
	%4481 = add i32 %4480, 2
	%4482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4481
	store i32 %4479, i32 addrspace(3)* %4482
	%4483 = add i32 %4479, %4381
	%4484 = mul i32 %0, 4
	%4485 = add i32 %4484, 3
	%4486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4485
	store i32 %4483, i32 addrspace(3)* %4486
	%4487 = add i32 %4483, %4386
	%4488 = add i32 %0, 1024
	%4489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4488
	store i32 0, i32 addrspace(3)* %4489
	%4490 = add i32 %0, 1280
	%4491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4490
	store i32 0, i32 addrspace(3)* %4491
	%4492 = add i32 %0, 1536
	%4493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4492
	store i32 0, i32 addrspace(3)* %4493
	%4494 = add i32 %0, 1792
	%4495 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4494
	store i32 0, i32 addrspace(3)* %4495
	call void @llvm.nvvm.barrier0()
	%4496 = and i1 %1233, %1234
	br i1 %4496, label %4497, label %4510

4497:
	%4498 = lshr i32 %4146, 24
	%4499 = and i32 %4498, 15
	%4500 = add i32 0, %4
	%4501 = mul i32 %4499, 64
	%4502 = add i32 %4501, %4500
	%4503 = add i32 0, %4502
	%4504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4503
	%4505 = load i32, i32 addrspace(3)* %4504
	%4506 = add i32 %4505, %4234
	%4507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4506
	store i32 %4145, i32 addrspace(3)* %4507
	%4508 = add i32 %4506, 2048
	%4509 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4508
	store i32 %4146, i32 addrspace(3)* %4509
	br label %4510

4510:
	%4511 = and i1 %1246, %1247
	br i1 %4511, label %4512, label %4525

4512:
	%4513 = lshr i32 %4157, 24
	%4514 = and i32 %4513, 15
	%4515 = add i32 8, %4
	%4516 = mul i32 %4514, 64
	%4517 = add i32 %4516, %4515
	%4518 = add i32 0, %4517
	%4519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4518
	%4520 = load i32, i32 addrspace(3)* %4519
	%4521 = add i32 %4520, %4253
	%4522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4521
	store i32 %4156, i32 addrspace(3)* %4522
	%4523 = add i32 %4521, 2048
	%4524 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4523
	store i32 %4157, i32 addrspace(3)* %4524
	br label %4525

4525:
	%4526 = and i1 %1259, %1260
	br i1 %4526, label %4527, label %4540

4527:
	%4528 = lshr i32 %4168, 24
	%4529 = and i32 %4528, 15
	%4530 = add i32 16, %4
	%4531 = mul i32 %4529, 64
	%4532 = add i32 %4531, %4530
	%4533 = add i32 0, %4532
	%4534 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4533
	%4535 = load i32, i32 addrspace(3)* %4534
	%4536 = add i32 %4535, %4272
	%4537 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4536
	store i32 %4167, i32 addrspace(3)* %4537
	%4538 = add i32 %4536, 2048
	%4539 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4538
	store i32 %4168, i32 addrspace(3)* %4539
	br label %4540

4540:
	%4541 = and i1 %1272, %1273
	br i1 %4541, label %4542, label %4555

4542:
	%4543 = lshr i32 %4179, 24
	%4544 = and i32 %4543, 15
	%4545 = add i32 24, %4
	%4546 = mul i32 %4544, 64
	%4547 = add i32 %4546, %4545
	%4548 = add i32 0, %4547
	%4549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4548
	%4550 = load i32, i32 addrspace(3)* %4549
	%4551 = add i32 %4550, %4291
	%4552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4551
	store i32 %4178, i32 addrspace(3)* %4552
	%4553 = add i32 %4551, 2048
	%4554 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4553
	store i32 %4179, i32 addrspace(3)* %4554
	br label %4555

4555:
	%4556 = and i1 %1285, %1286
	br i1 %4556, label %4557, label %4570

4557:
	%4558 = lshr i32 %4190, 24
	%4559 = and i32 %4558, 15
	%4560 = add i32 32, %4
	%4561 = mul i32 %4559, 64
	%4562 = add i32 %4561, %4560
	%4563 = add i32 0, %4562
	%4564 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4563
	%4565 = load i32, i32 addrspace(3)* %4564
	%4566 = add i32 %4565, %4310
	%4567 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4566
	store i32 %4189, i32 addrspace(3)* %4567
	%4568 = add i32 %4566, 2048
	%4569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4568
	store i32 %4190, i32 addrspace(3)* %4569
	br label %4570

4570:
	%4571 = and i1 %1298, %1299
	br i1 %4571, label %4572, label %4585

4572:
	%4573 = lshr i32 %4201, 24
	%4574 = and i32 %4573, 15
	%4575 = add i32 40, %4
	%4576 = mul i32 %4574, 64
	%4577 = add i32 %4576, %4575
	%4578 = add i32 0, %4577
	%4579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4578
	%4580 = load i32, i32 addrspace(3)* %4579
	%4581 = add i32 %4580, %4329
	%4582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4581
	store i32 %4200, i32 addrspace(3)* %4582
	%4583 = add i32 %4581, 2048
	%4584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4583
	store i32 %4201, i32 addrspace(3)* %4584
	br label %4585

4585:
	%4586 = and i1 %1311, %1312
	br i1 %4586, label %4587, label %4600

4587:
	%4588 = lshr i32 %4212, 24
	%4589 = and i32 %4588, 15
	%4590 = add i32 48, %4
	%4591 = mul i32 %4589, 64
	%4592 = add i32 %4591, %4590
	%4593 = add i32 0, %4592
	%4594 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4593
	%4595 = load i32, i32 addrspace(3)* %4594
	%4596 = add i32 %4595, %4348
	%4597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4596
	store i32 %4211, i32 addrspace(3)* %4597
	%4598 = add i32 %4596, 2048
	%4599 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4598
	store i32 %4212, i32 addrspace(3)* %4599
	br label %4600

4600:
	%4601 = and i1 %1324, %1325
	br i1 %4601, label %4602, label %4615

4602:
	%4603 = lshr i32 %4223, 24
	%4604 = and i32 %4603, 15
	%4605 = add i32 56, %4
	%4606 = mul i32 %4604, 64
	%4607 = add i32 %4606, %4605
	%4608 = add i32 0, %4607
	%4609 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4608
	%4610 = load i32, i32 addrspace(3)* %4609
	%4611 = add i32 %4610, %4367
	%4612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4611
	store i32 %4222, i32 addrspace(3)* %4612
	%4613 = add i32 %4611, 2048
	%4614 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4613
	store i32 %4223, i32 addrspace(3)* %4614
	br label %4615

4615:
	call void @llvm.nvvm.barrier0()
	%4616 = add i32 0, %0
	%4617 = and i1 %1233, %1234
	br i1 %4617, label %4618, label %4624

4618:
	%4619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4616
	%4620 = load i32, i32 addrspace(3)* %4619
	%4621 = add i32 %4616, 2048
	%4622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4621
	%4623 = load i32, i32 addrspace(3)* %4622
	br label %4624

4624:
	%4625 = phi i32 [ %4145, %4615 ], [ %4620, %4618 ]
	%4626 = phi i32 [ %4146, %4615 ], [ %4623, %4618 ]
	%4627 = add i32 256, %0
	%4628 = and i1 %1246, %1247
	br i1 %4628, label %4629, label %4635

4629:
	%4630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4627
	%4631 = load i32, i32 addrspace(3)* %4630
	%4632 = add i32 %4627, 2048
	%4633 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4632
	%4634 = load i32, i32 addrspace(3)* %4633
	br label %4635

4635:
	%4636 = phi i32 [ %4156, %4624 ], [ %4631, %4629 ]
	%4637 = phi i32 [ %4157, %4624 ], [ %4634, %4629 ]
	%4638 = add i32 512, %0
	%4639 = and i1 %1259, %1260
	br i1 %4639, label %4640, label %4646

4640:
	%4641 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4638
	%4642 = load i32, i32 addrspace(3)* %4641
	%4643 = add i32 %4638, 2048
	%4644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4643
	%4645 = load i32, i32 addrspace(3)* %4644
	br label %4646

4646:
	%4647 = phi i32 [ %4167, %4635 ], [ %4642, %4640 ]
	%4648 = phi i32 [ %4168, %4635 ], [ %4645, %4640 ]
	%4649 = add i32 768, %0
	%4650 = and i1 %1272, %1273
	br i1 %4650, label %4651, label %4657

4651:
	%4652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4649
	%4653 = load i32, i32 addrspace(3)* %4652
	%4654 = add i32 %4649, 2048
	%4655 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4654
	%4656 = load i32, i32 addrspace(3)* %4655
	br label %4657

4657:
	%4658 = phi i32 [ %4178, %4646 ], [ %4653, %4651 ]
	%4659 = phi i32 [ %4179, %4646 ], [ %4656, %4651 ]
	%4660 = add i32 1024, %0
	%4661 = and i1 %1285, %1286
	br i1 %4661, label %4662, label %4668

4662:
	%4663 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4660
	%4664 = load i32, i32 addrspace(3)* %4663
	%4665 = add i32 %4660, 2048
	%4666 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4665
	%4667 = load i32, i32 addrspace(3)* %4666
	br label %4668

4668:
	%4669 = phi i32 [ %4189, %4657 ], [ %4664, %4662 ]
	%4670 = phi i32 [ %4190, %4657 ], [ %4667, %4662 ]
	%4671 = add i32 1280, %0
	%4672 = and i1 %1298, %1299
	br i1 %4672, label %4673, label %4679

4673:
	%4674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4671
	%4675 = load i32, i32 addrspace(3)* %4674
	%4676 = add i32 %4671, 2048
	%4677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4676
	%4678 = load i32, i32 addrspace(3)* %4677
	br label %4679

4679:
	%4680 = phi i32 [ %4200, %4668 ], [ %4675, %4673 ]
	%4681 = phi i32 [ %4201, %4668 ], [ %4678, %4673 ]
	%4682 = add i32 1536, %0
	%4683 = and i1 %1311, %1312
	br i1 %4683, label %4684, label %4690

4684:
	%4685 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4682
	%4686 = load i32, i32 addrspace(3)* %4685
	%4687 = add i32 %4682, 2048
	%4688 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4687
	%4689 = load i32, i32 addrspace(3)* %4688
	br label %4690

4690:
	%4691 = phi i32 [ %4211, %4679 ], [ %4686, %4684 ]
	%4692 = phi i32 [ %4212, %4679 ], [ %4689, %4684 ]
	%4693 = add i32 1792, %0
	%4694 = and i1 %1324, %1325
	br i1 %4694, label %4695, label %4701

4695:
	%4696 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4693
	%4697 = load i32, i32 addrspace(3)* %4696
	%4698 = add i32 %4693, 2048
	%4699 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4698
	%4700 = load i32, i32 addrspace(3)* %4699
	br label %4701

4701:
	%4702 = phi i32 [ %4222, %4690 ], [ %4697, %4695 ]
	%4703 = phi i32 [ %4223, %4690 ], [ %4700, %4695 ]
	br i1 %1233, label %4704, label %4713

4704:
	%4705 = lshr i32 %4626, 28
	%4706 = and i32 %4705, 15
	%4707 = select i1 %1234, i32 %4706, i32 16
	%4708 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4707)
	%4709 = and i32 %4708, %1231
	%4710 = call i32 @llvm.ctpop.i32(i32 %4709)
	%4711 = icmp eq i32 %4710, 0
	%4712 = and i1 %1234, %4711
	br i1 %4712, label %4715, label %4722

4713:
	%4714 = phi i32 [ 0, %4701 ], [ %4710, %4722 ]
	br i1 %1246, label %4723, label %4732

4715:
	%4716 = call i32 @llvm.ctpop.i32(i32 %4708)
	%4717 = add i32 0, %4
	%4718 = mul i32 %4706, 64
	%4719 = add i32 %4718, %4717
	%4720 = add i32 1024, %4719
	%4721 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4720
	store i32 %4716, i32 addrspace(3)* %4721
	br label %4722

4722:
	br label %4713

4723:
	%4724 = lshr i32 %4637, 28
	%4725 = and i32 %4724, 15
	%4726 = select i1 %1247, i32 %4725, i32 16
	%4727 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4726)
	%4728 = and i32 %4727, %1231
	%4729 = call i32 @llvm.ctpop.i32(i32 %4728)
	%4730 = icmp eq i32 %4729, 0
	%4731 = and i1 %1247, %4730
	br i1 %4731, label %4734, label %4741

4732:
	%4733 = phi i32 [ 0, %4713 ], [ %4729, %4741 ]
	br i1 %1259, label %4742, label %4751

4734:
	%4735 = call i32 @llvm.ctpop.i32(i32 %4727)
	%4736 = add i32 8, %4
	%4737 = mul i32 %4725, 64
	%4738 = add i32 %4737, %4736
	%4739 = add i32 1024, %4738
	%4740 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4739
	store i32 %4735, i32 addrspace(3)* %4740
	br label %4741

4741:
	br label %4732

4742:
	%4743 = lshr i32 %4648, 28
	%4744 = and i32 %4743, 15
	%4745 = select i1 %1260, i32 %4744, i32 16
	%4746 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4745)
	%4747 = and i32 %4746, %1231
	%4748 = call i32 @llvm.ctpop.i32(i32 %4747)
	%4749 = icmp eq i32 %4748, 0
	%4750 = and i1 %1260, %4749
	br i1 %4750, label %4753, label %4760

4751:
	%4752 = phi i32 [ 0, %4732 ], [ %4748, %4760 ]
	br i1 %1272, label %4761, label %4770

4753:
	%4754 = call i32 @llvm.ctpop.i32(i32 %4746)
	%4755 = add i32 16, %4
	%4756 = mul i32 %4744, 64
	%4757 = add i32 %4756, %4755
	%4758 = add i32 1024, %4757
	%4759 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4758
	store i32 %4754, i32 addrspace(3)* %4759
	br label %4760

4760:
	br label %4751

4761:
	%4762 = lshr i32 %4659, 28
	%4763 = and i32 %4762, 15
	%4764 = select i1 %1273, i32 %4763, i32 16
	%4765 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4764)
	%4766 = and i32 %4765, %1231
	%4767 = call i32 @llvm.ctpop.i32(i32 %4766)
	%4768 = icmp eq i32 %4767, 0
	%4769 = and i1 %1273, %4768
	br i1 %4769, label %4772, label %4779

4770:
	%4771 = phi i32 [ 0, %4751 ], [ %4767, %4779 ]
	br i1 %1285, label %4780, label %4789

4772:
	%4773 = call i32 @llvm.ctpop.i32(i32 %4765)
	%4774 = add i32 24, %4
	%4775 = mul i32 %4763, 64
	%4776 = add i32 %4775, %4774
	%4777 = add i32 1024, %4776
	%4778 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4777
	store i32 %4773, i32 addrspace(3)* %4778
	br label %4779

4779:
	br label %4770

4780:
	%4781 = lshr i32 %4670, 28
	%4782 = and i32 %4781, 15
	%4783 = select i1 %1286, i32 %4782, i32 16
	%4784 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4783)
	%4785 = and i32 %4784, %1231
	%4786 = call i32 @llvm.ctpop.i32(i32 %4785)
	%4787 = icmp eq i32 %4786, 0
	%4788 = and i1 %1286, %4787
	br i1 %4788, label %4791, label %4798

4789:
	%4790 = phi i32 [ 0, %4770 ], [ %4786, %4798 ]
	br i1 %1298, label %4799, label %4808

4791:
	%4792 = call i32 @llvm.ctpop.i32(i32 %4784)
	%4793 = add i32 32, %4
	%4794 = mul i32 %4782, 64
	%4795 = add i32 %4794, %4793
	%4796 = add i32 1024, %4795
	%4797 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4796
	store i32 %4792, i32 addrspace(3)* %4797
	br label %4798

4798:
	br label %4789

4799:
	%4800 = lshr i32 %4681, 28
	%4801 = and i32 %4800, 15
	%4802 = select i1 %1299, i32 %4801, i32 16
	%4803 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4802)
	%4804 = and i32 %4803, %1231
	%4805 = call i32 @llvm.ctpop.i32(i32 %4804)
	%4806 = icmp eq i32 %4805, 0
	%4807 = and i1 %1299, %4806
	br i1 %4807, label %4810, label %4817

4808:
	%4809 = phi i32 [ 0, %4789 ], [ %4805, %4817 ]
	br i1 %1311, label %4818, label %4827

4810:
	%4811 = call i32 @llvm.ctpop.i32(i32 %4803)
	%4812 = add i32 40, %4
	%4813 = mul i32 %4801, 64
	%4814 = add i32 %4813, %4812
	%4815 = add i32 1024, %4814
	%4816 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4815
	store i32 %4811, i32 addrspace(3)* %4816
	br label %4817

4817:
	br label %4808

4818:
	%4819 = lshr i32 %4692, 28
	%4820 = and i32 %4819, 15
	%4821 = select i1 %1312, i32 %4820, i32 16
	%4822 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4821)
	%4823 = and i32 %4822, %1231
	%4824 = call i32 @llvm.ctpop.i32(i32 %4823)
	%4825 = icmp eq i32 %4824, 0
	%4826 = and i1 %1312, %4825
	br i1 %4826, label %4829, label %4836

4827:
	%4828 = phi i32 [ 0, %4808 ], [ %4824, %4836 ]
	br i1 %1324, label %4837, label %4846

4829:
	%4830 = call i32 @llvm.ctpop.i32(i32 %4822)
	%4831 = add i32 48, %4
	%4832 = mul i32 %4820, 64
	%4833 = add i32 %4832, %4831
	%4834 = add i32 1024, %4833
	%4835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4834
	store i32 %4830, i32 addrspace(3)* %4835
	br label %4836

4836:
	br label %4827

4837:
	%4838 = lshr i32 %4703, 28
	%4839 = and i32 %4838, 15
	%4840 = select i1 %1325, i32 %4839, i32 16
	%4841 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4840)
	%4842 = and i32 %4841, %1231
	%4843 = call i32 @llvm.ctpop.i32(i32 %4842)
	%4844 = icmp eq i32 %4843, 0
	%4845 = and i1 %1325, %4844
	br i1 %4845, label %4891, label %4898

4846:
	%4847 = phi i32 [ 0, %4827 ], [ %4843, %4898 ]
	call void @llvm.nvvm.barrier0()
	%4848 = mul i32 %0, 4
	%4849 = add i32 %4848, 1024
	%4850 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4849
	%4851 = load i32, i32 addrspace(3)* %4850
	%4852 = add i32 0, %4851
	%4853 = mul i32 %0, 4
	%4854 = add i32 %4853, 1025
	%4855 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4854
	%4856 = load i32, i32 addrspace(3)* %4855
	%4857 = add i32 %4852, %4856
	%4858 = mul i32 %0, 4
	%4859 = add i32 %4858, 1026
	%4860 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4859
	%4861 = load i32, i32 addrspace(3)* %4860
	%4862 = add i32 %4857, %4861
	%4863 = mul i32 %0, 4
	%4864 = add i32 %4863, 1027
	%4865 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4864
	%4866 = load i32, i32 addrspace(3)* %4865
	%4867 = add i32 %4862, %4866
	%4868 = and i32 %0, 31
	%4869 = lshr i32 %0, 5
	%4870 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4867, i32 1, i32 0)
	%4871 = icmp uge i32 %4868, 1
	%4872 = select i1 %4871, i32 %4870, i32 0
	%4873 = add i32 %4867, %4872
	%4874 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4873, i32 2, i32 0)
	%4875 = icmp uge i32 %4868, 2
	%4876 = select i1 %4875, i32 %4874, i32 0
	%4877 = add i32 %4873, %4876
	%4878 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4877, i32 4, i32 0)
	%4879 = icmp uge i32 %4868, 4
	%4880 = select i1 %4879, i32 %4878, i32 0
	%4881 = add i32 %4877, %4880
	%4882 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4881, i32 8, i32 0)
	%4883 = icmp uge i32 %4868, 8
	%4884 = select i1 %4883, i32 %4882, i32 0
	%4885 = add i32 %4881, %4884
	%4886 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4885, i32 16, i32 0)
	%4887 = icmp uge i32 %4868, 16
	%4888 = select i1 %4887, i32 %4886, i32 0
	%4889 = add i32 %4885, %4888
	%4890 = icmp eq i32 %4868, 31
	br i1 %4890, label %4899, label %4901

4891:
	%4892 = call i32 @llvm.ctpop.i32(i32 %4841)
	%4893 = add i32 56, %4
	%4894 = mul i32 %4839, 64
	%4895 = add i32 %4894, %4893
	%4896 = add i32 1024, %4895
	%4897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4896
	store i32 %4892, i32 addrspace(3)* %4897
	br label %4898

4898:
	br label %4846

4899:
	%4900 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4869
	store i32 %4889, i32 addrspace(3)* %4900
	br label %4901

4901:
	call void @llvm.nvvm.barrier0()
	%4902 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4903 = load i32, i32 addrspace(3)* %4902
	%4904 = icmp sgt i32 %4869, 0
	%4905 = select i1 %4904, i32 %4903, i32 0
	%4906 = add i32 0, %4905
	%4907 = add i32 0, %4903
	%4908 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4909 = load i32, i32 addrspace(3)* %4908
	%4910 = icmp sgt i32 %4869, 1
	%4911 = select i1 %4910, i32 %4909, i32 0
	%4912 = add i32 %4906, %4911
	%4913 = add i32 %4907, %4909
	%4914 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4915 = load i32, i32 addrspace(3)* %4914
	%4916 = icmp sgt i32 %4869, 2
	%4917 = select i1 %4916, i32 %4915, i32 0
	%4918 = add i32 %4912, %4917
	%4919 = add i32 %4913, %4915
	%4920 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4921 = load i32, i32 addrspace(3)* %4920
	%4922 = icmp sgt i32 %4869, 3
	%4923 = select i1 %4922, i32 %4921, i32 0
	%4924 = add i32 %4918, %4923
	%4925 = add i32 %4919, %4921
	%4926 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4927 = load i32, i32 addrspace(3)* %4926
	%4928 = icmp sgt i32 %4869, 4
	%4929 = select i1 %4928, i32 %4927, i32 0
	%4930 = add i32 %4924, %4929
	%4931 = add i32 %4925, %4927
	%4932 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4933 = load i32, i32 addrspace(3)* %4932
	%4934 = icmp sgt i32 %4869, 5
	%4935 = select i1 %4934, i32 %4933, i32 0
	%4936 = add i32 %4930, %4935
	%4937 = add i32 %4931, %4933
	%4938 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4939 = load i32, i32 addrspace(3)* %4938
	%4940 = icmp sgt i32 %4869, 6
	%4941 = select i1 %4940, i32 %4939, i32 0
	%4942 = add i32 %4936, %4941
	%4943 = add i32 %4937, %4939
	%4944 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4945 = load i32, i32 addrspace(3)* %4944
	%4946 = icmp sgt i32 %4869, 7
	%4947 = select i1 %4946, i32 %4945, i32 0
	%4948 = add i32 %4942, %4947
	%4949 = add i32 %4943, %4945
	%4950 = add i32 %4948, %4889
	%4951 = sub i32 %4950, %4867
	%4952 = mul i32 %0, 4
	%4953 = add i32 %4952, 1024
	%4954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4953
	store i32 %4951, i32 addrspace(3)* %4954
	%4955 = add i32 %4951, %4851
	%4956 = mul i32 %0, 4
	%4957 = add i32 %4956, 1025
	%4958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4957
	store i32 %4955, i32 addrspace(3)* %4958
	%4959 = add i32 %4955, %4856
	%4960 = mul i32 %0, 4
	%4961 = add i32 %4960, 1026
	%4962 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4961
	store i32 %4959, i32 addrspace(3)* %4962
	%4963 = add i32 %4959, %4861
	%4964 = mul i32 %0, 4
	%4965 = add i32 %4964, 1027
	%4966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4965
	store i32 %4963, i32 addrspace(3)* %4966
	%4967 = add i32 %4963, %4866
	%4968 = add i32 %0, 0
	%4969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4968
	store i32 0, i32 addrspace(3)* %4969
	%4970 = add i32 %0, 256
	%4971 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4970
	store i32 0, i32 addrspace(3)* %4971
	%4972 = add i32 %0, 512
	%4973 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4972
	store i32 0, i32 addrspace(3)* %4973
	%4974 = add i32 %0, 768
	%4975 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4974
	store i32 0, i32 addrspace(3)* %4975
	call void @llvm.nvvm.barrier0()
	%4976 = and i1 %1233, %1234
	br i1 %4976, label %4977, label %4995

4977:
	%4978 = lshr i32 %4626, 28
	%4979 = and i32 %4978, 15
	%4980 = add i32 0, %4
	%4981 = mul i32 %4979, 64
	%4982 = add i32 %4981, %4980
	%4983 = add i32 1024, %4982
	%4984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4983
	%4985 = load i32, i32 addrspace(3)* %4984
	%4986 = add i32 %4985, %4714
	%4987 = add i32 %413, %4986
	%4988 = add i32 %13, %4987
	%4989 = sext i32 %4988 to i64
	%4990 = getelementptr i32, i32* %list, i64 %4989
	store i32 %4625, i32* %4990
	%4991 = add i32 %13, %NK
	%4992 = add i32 %4991, %4987
	%4993 = sext i32 %4992 to i64
	%4994 = getelementptr i32, i32* %list, i64 %4993
	store i32 0, i32* %4994
	br label %4995

4995:
	%4996 = and i1 %1246, %1247
	br i1 %4996, label %4997, label %5015

4997:
	%4998 = lshr i32 %4637, 28
	%4999 = and i32 %4998, 15
	%5000 = add i32 8, %4
	%5001 = mul i32 %4999, 64
	%5002 = add i32 %5001, %5000
	%5003 = add i32 1024, %5002
	%5004 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5003
	%5005 = load i32, i32 addrspace(3)* %5004
	%5006 = add i32 %5005, %4733
	%5007 = add i32 %413, %5006
	%5008 = add i32 %13, %5007
	%5009 = sext i32 %5008 to i64
	%5010 = getelementptr i32, i32* %list, i64 %5009
	store i32 %4636, i32* %5010
	%5011 = add i32 %13, %NK
	%5012 = add i32 %5011, %5007
	%5013 = sext i32 %5012 to i64
	%5014 = getelementptr i32, i32* %list, i64 %5013
	store i32 0, i32* %5014
	br label %5015

5015:
	%5016 = and i1 %1259, %1260
	br i1 %5016, label %5017, label %5035

5017:
	%5018 = lshr i32 %4648, 28
	%5019 = and i32 %5018, 15
	%5020 = add i32 16, %4
	%5021 = mul i32 %5019, 64
	%5022 = add i32 %5021, %5020
	%5023 = add i32 1024, %5022
	%5024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5023
	%5025 = load i32, i32 addrspace(3)* %5024
	%5026 = add i32 %5025, %4752
	%5027 = add i32 %413, %5026
	%5028 = add i32 %13, %5027
	%5029 = sext i32 %5028 to i64
	%5030 = getelementptr i32, i32* %list, i64 %5029
	store i32 %4647, i32* %5030
	%5031 = add i32 %13, %NK
	%5032 = add i32 %5031, %5027
	%5033 = sext i32 %5032 to i64
	%5034 = getelementptr i32, i32* %list, i64 %5033
	store i32 0, i32* %5034
	br label %5035

5035:
	%5036 = and i1 %1272, %1273
	br i1 %5036, label %5037, label %5055

5037:
	%5038 = lshr i32 %4659, 28
	%5039 = and i32 %5038, 15
	%5040 = add i32 24, %4
	%5041 = mul i32 %5039, 64
	%5042 = add i32 %5041, %5040
	%5043 = add i32 1024, %5042
	%5044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5043
	%5045 = load i32, i32 addrspace(3)* %5044
	%5046 = add i32 %5045, %4771
	%5047 = add i32 %413, %5046
	%5048 = add i32 %13, %5047
	%5049 = sext i32 %5048 to i64
	%5050 = getelementptr i32, i32* %list, i64 %5049
	store i32 %4658, i32* %5050
	%5051 = add i32 %13, %NK
	%5052 = add i32 %5051, %5047
	%5053 = sext i32 %5052 to i64
	%5054 = getelementptr i32, i32* %list, i64 %5053
	store i32 0, i32* %5054
	br label %5055

5055:
	%5056 = and i1 %1285, %1286
	br i1 %5056, label %5057, label %5075

5057:
	%5058 = lshr i32 %4670, 28
	%5059 = and i32 %5058, 15
	%5060 = add i32 32, %4
	%5061 = mul i32 %5059, 64
	%5062 = add i32 %5061, %5060
	%5063 = add i32 1024, %5062
	%5064 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5063
	%5065 = load i32, i32 addrspace(3)* %5064
	%5066 = add i32 %5065, %4790
	%5067 = add i32 %413, %5066
	%5068 = add i32 %13, %5067
	%5069 = sext i32 %5068 to i64
	%5070 = getelementptr i32, i32* %list, i64 %5069
	store i32 %4669, i32* %5070
	%5071 = add i32 %13, %NK
	%5072 = add i32 %5071, %5067
	%5073 = sext i32 %5072 to i64
	%5074 = getelementptr i32, i32* %list, i64 %5073
	store i32 0, i32* %5074
	br label %5075

5075:
	%5076 = and i1 %1298, %1299
	br i1 %5076, label %5077, label %5095

5077:
	%5078 = lshr i32 %4681, 28
	%5079 = and i32 %5078, 15
	%5080 = add i32 40, %4
	%5081 = mul i32 %5079, 64
	%5082 = add i32 %5081, %5080
	%5083 = add i32 1024, %5082
	%5084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5083
	%5085 = load i32, i32 addrspace(3)* %5084
	%5086 = add i32 %5085, %4809
	%5087 = add i32 %413, %5086
	%5088 = add i32 %13, %5087
	%5089 = sext i32 %5088 to i64
	%5090 = getelementptr i32, i32* %list, i64 %5089
	store i32 %4680, i32* %5090
	%5091 = add i32 %13, %NK
	%5092 = add i32 %5091, %5087
	%5093 = sext i32 %5092 to i64
	%5094 = getelementptr i32, i32* %list, i64 %5093
	store i32 0, i32* %5094
	br label %5095

5095:
	%5096 = and i1 %1311, %1312
	br i1 %5096, label %5097, label %5115

5097:
	%5098 = lshr i32 %4692, 28
	%5099 = and i32 %5098, 15
	%5100 = add i32 48, %4
	%5101 = mul i32 %5099, 64
	%5102 = add i32 %5101, %5100
	%5103 = add i32 1024, %5102
	%5104 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5103
	%5105 = load i32, i32 addrspace(3)* %5104
	%5106 = add i32 %5105, %4828
	%5107 = add i32 %413, %5106
	%5108 = add i32 %13, %5107
	%5109 = sext i32 %5108 to i64
	%5110 = getelementptr i32, i32* %list, i64 %5109
	store i32 %4691, i32* %5110
	%5111 = add i32 %13, %NK
	%5112 = add i32 %5111, %5107
	%5113 = sext i32 %5112 to i64
	%5114 = getelementptr i32, i32* %list, i64 %5113
	store i32 0, i32* %5114
	br label %5115

5115:
	%5116 = and i1 %1324, %1325
	br i1 %5116, label %5117, label %5135

5117:
	%5118 = lshr i32 %4703, 28
	%5119 = and i32 %5118, 15
	%5120 = add i32 56, %4
	%5121 = mul i32 %5119, 64
	%5122 = add i32 %5121, %5120
	%5123 = add i32 1024, %5122
	%5124 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5123
	%5125 = load i32, i32 addrspace(3)* %5124
	%5126 = add i32 %5125, %4847
	%5127 = add i32 %413, %5126
	%5128 = add i32 %13, %5127
	%5129 = sext i32 %5128 to i64
	%5130 = getelementptr i32, i32* %list, i64 %5129
	store i32 %4702, i32* %5130
	%5131 = add i32 %13, %NK
	%5132 = add i32 %5131, %5127
	%5133 = sext i32 %5132 to i64
	%5134 = getelementptr i32, i32* %list, i64 %5133
	store i32 0, i32* %5134
	br label %5135

5135:
	br label %write_done

5136:
	%5137 = phi i32 [ %1218, %write_sort ], [ %5141, %5139 ]
	%5138 = icmp slt i32 %5137, %1217
	br i1 %5138, label %5139, label %5142

5139:
	%5140 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5137
	store i32 -1, i32 addrspace(3)* %5140
	%5141 = add i32 %5137, 256
	br label %5136

5142:
	call void @llvm.nvvm.barrier0()
	%5143 = add i32 %1216, 1
	br label %5144

5144:
	%5145 = phi i32 [ 1, %5142 ], [ %5161, %5160 ]
	%5146 = icmp slt i32 %5145, %5143
	br i1 %5146, label %5147, label %5149

5147:
	%5148 = shl i32 1, %5145
	br label %5150

5149:
	br label %5202

5150:
	%5151 = phi i32 [ 0, %5147 ], [ %5196, %5195 ]
	%5152 = icmp slt i32 %5151, %5145
	br i1 %5152, label %5153, label %5160

5153:
	%5154 = sub i32 %5145, 1
	%5155 = sub i32 %5154, %5151
	%5156 = shl i32 1, %5155
	%5157 = sub i32 %5145, 1
	%5158 = sub i32 %5157, %5151
	%5159 = lshr i32 %1217, 1
	br label %5162

5160:
	%5161 = add i32 %5145, 1
	br label %5144

5162:
	%5163 = phi i32 [ %0, %5153 ], [ %5201, %5200 ]
	%5164 = icmp slt i32 %5163, %5159
	br i1 %5164, label %5165, label %5195

5165:
	%5166 = lshr i32 %5163, %5158
	%5167 = add i32 %5158, 1
	%5168 = shl i32 %5166, %5167
	%5169 = sub i32 %5156, 1
	%5170 = and i32 %5163, %5169
	%5171 = or i32 %5168, %5170
	%5172 = or i32 %5171, %5156
	%5173 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5171
	%5174 = load i32, i32 addrspace(3)* %5173
	%5175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5172
	%5176 = load i32, i32 addrspace(3)* %5175
	%5177 = and i32 %5171, %5148
	%5178 = icmp eq i32 %5177, 0
	%5179 = icmp sge i32 %5176, 0
	%5180 = select i1 %5179, i32 %5176, i32 0
	%5181 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5180
	%5182 = load i32, i32 addrspace(3)* %5181
	%5183 = select i1 %5179, i32 %5182, i32 0
	%5184 = icmp sge i32 %5174, 0
	%5185 = select i1 %5184, i32 %5174, i32 0
	%5186 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5185
	%5187 = load i32, i32 addrspace(3)* %5186
	%5188 = select i1 %5184, i32 %5187, i32 0
	%5189 = icmp ugt i32 %5183, %5188
	%5190 = icmp eq i32 %5183, %5188
	%5191 = icmp slt i32 %5176, %5174
	%5192 = and i1 %5190, %5191
	%5193 = or i1 %5189, %5192
	%5194 = icmp eq i1 %5193, %5178
	br i1 %5194, label %5197, label %5200

5195:
	call void @llvm.nvvm.barrier0()
	%5196 = add i32 %5151, 1
	br label %5150

5197:
	%5198 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5171
	store i32 %5176, i32 addrspace(3)* %5198
	%5199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5172
	store i32 %5174, i32 addrspace(3)* %5199
	br label %5200

5200:
	%5201 = add i32 %5163, 256
	br label %5162

5202:
	%5203 = phi i32 [ %0, %5149 ], [ %5216, %5205 ]
	%5204 = icmp slt i32 %5203, %421
	br i1 %5204, label %5205, label %5217

5205:
	%5206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5203
	%5207 = load i32, i32 addrspace(3)* %5206
	%5208 = add i32 %413, %5203
	%5209 = add i32 %13, %5208
	%5210 = sext i32 %5209 to i64
	%5211 = getelementptr i32, i32* %list, i64 %5210
	store i32 %5207, i32* %5211
	%5212 = add i32 %13, %NK
	%5213 = add i32 %5212, %5208
	%5214 = sext i32 %5213 to i64
	%5215 = getelementptr i32, i32* %list, i64 %5214
	store i32 0, i32* %5215
	%5216 = add i32 %5203, 256
	br label %5202

5217:
	br label %write_done

5218:
	%5219 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%5220 = load i32, i32 addrspace(3)* %5219
	%5221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %5220
	%5222 = load i32, i32 addrspace(3)* %5221
	%5223 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %5222, i32 addrspace(3)* %5223
	br label %5224

5224:
	call void @llvm.nvvm.barrier0()
	br i1 %479, label %5225, label %5230

5225:
	%5226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%5227 = load i32, i32 addrspace(3)* %5226
	%5228 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%5229 = load i32, i32 addrspace(3)* %5228
	br label %5231

5230:
	br label %write_done

5231:
	%5232 = phi i32 [ 0, %5225 ], [ %5247, %5235 ]
	%5233 = phi i32 [ 0, %5225 ], [ %5246, %5235 ]
	%5234 = icmp slt i32 %5232, %421
	br i1 %5234, label %5235, label %5248

5235:
	%5236 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %5232
	%5237 = load i32, i32 addrspace(3)* %5236
	%5238 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %5232
	%5239 = load i32, i32 addrspace(3)* %5238
	%5240 = icmp ugt i32 %5237, %5229
	%5241 = icmp eq i32 %5237, %5229
	%5242 = icmp slt i32 %5239, %5227
	%5243 = and i1 %5241, %5242
	%5244 = or i1 %5240, %5243
	%5245 = zext i1 %5244 to i32
	%5246 = add i32 %5233, %5245
	%5247 = add i32 %5232, 1
	br label %5231

5248:
	%5249 = add i32 %413, %5233
	%5250 = add i32 %13, %5249
	%5251 = sext i32 %5250 to i64
	%5252 = getelementptr i32, i32* %list, i64 %5251
	store i32 %5227, i32* %5252
	%5253 = add i32 %13, %NK
	%5254 = add i32 %5253, %5249
	%5255 = sext i32 %5254 to i64
	%5256 = getelementptr i32, i32* %list, i64 %5255
	store i32 0, i32* %5256
	br label %5230

5257:
	%5258 = phi i32 [ %1228, %write_done ], [ %5268, %5260 ]
	%5259 = icmp slt i32 %5258, %1227
	br i1 %5259, label %5260, label %5269

5260:
	%5261 = add i32 %13, %5258
	%5262 = sext i32 %5261 to i64
	%5263 = getelementptr i32, i32* %list, i64 %5262
	store i32 -1, i32* %5263
	%5264 = add i32 %13, %NK
	%5265 = add i32 %5264, %5258
	%5266 = sext i32 %5265 to i64
	%5267 = getelementptr i32, i32* %list, i64 %5266
	store i32 -1, i32* %5267
	%5268 = add i32 %5258, 256
	br label %5257

5269:
	ret void
}
