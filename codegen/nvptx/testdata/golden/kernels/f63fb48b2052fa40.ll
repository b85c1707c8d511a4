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
	%482 = phi i32 [ %0, %topk ], [ %533, %532 ]
	%483 = icmp slt i32 %482, %16
	br i1 %483, label %484, label %500

484:
	%485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %482
	%486 = load i32, i32 addrspace(3)* %485
	%487 = icmp uge i32 %486, 2
	%488 = and i32 %486, 0
	%489 = icmp eq i32 %488, 0
	%490 = and i1 %487, %489
	%491 = lshr i32 %486, 24
	%492 = and i32 %491, 255
	%493 = select i1 %490, i32 %492, i32 256
	%494 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %493)
	%495 = shl i32 1, %3
	%496 = sub i32 %495, 1
	%497 = and i32 %494, %496
	%498 = icmp eq i32 %497, 0
	%499 = and i1 %490, %498
	br i1 %499, label %528, label %532

500:
	call void @llvm.nvvm.barrier0()
	%501 = sub i32 255, %0
	%502 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %501
	%503 = load i32, i32 addrspace(3)* %502
	%504 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %504
	%505 = and i32 %0, 31
	%506 = lshr i32 %0, 5
	%507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %503, i32 1, i32 0)
	%508 = icmp uge i32 %505, 1
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %503, %509
	%511 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %510, i32 2, i32 0)
	%512 = icmp uge i32 %505, 2
	%513 = select i1 %512, i32 %511, i32 0
	%514 = add i32 %510, %513
	%515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %514, i32 4, i32 0)
	%516 = icmp uge i32 %505, 4
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %514, %517
	%519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %518, i32 8, i32 0)
	%520 = icmp uge i32 %505, 8
	%521 = select i1 %520, i32 %519, i32 0
	%522 = add i32 %518, %521
	%523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %522, i32 16, i32 0)
	%524 = icmp uge i32 %505, 16
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %522, %525
	%527 = icmp eq i32 %505, 31
	br i1 %527, label %534, label %536

528:
	%529 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %492
	%530 = call i32 @llvm.ctpop.i32(i32 %494)
	%531 = atomicrmw add i32 addrspace(3)* %529, i32 %530 monotonic
	br label %532

532:
	%533 = add i32 %482, 256
	br label %481

534:
	%535 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %506
	store i32 %526, i32 addrspace(3)* %535
	br label %536

536:
	call void @llvm.nvvm.barrier0()
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %506, 0
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 0, %540
	%542 = add i32 0, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %506, 1
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %506, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %506, 3
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %506, 4
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %559, %564
	%566 = add i32 %560, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %506, 5
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %506, 6
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %506, 7
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = add i32 %583, %526
	%586 = sub i32 %585, %503
	%587 = icmp slt i32 %586, %421
	%588 = add i32 %586, %503
	%589 = icmp sle i32 %421, %588
	%590 = and i1 %587, %589
	br i1 %590, label %591, label %594

591:
	%592 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %501, i32 addrspace(3)* %592
	%593 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %586, i32 addrspace(3)* %593
	br label %594

594:
	call void @llvm.nvvm.barrier0()
	%595 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%596 = load i32, i32 addrspace(3)* %595
	%597 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%598 = load i32, i32 addrspace(3)* %597
	%599 = sub i32 %421, %598
	%600 = shl i32 %596, 24
	%601 = or i32 0, %600
	%602 = or i32 0, u0xFF000000
	br label %603

603:
	%604 = phi i32 [ %0, %594 ], [ %655, %654 ]
	%605 = icmp slt i32 %604, %16
	br i1 %605, label %606, label %622

606:
	%607 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %604
	%608 = load i32, i32 addrspace(3)* %607
	%609 = icmp uge i32 %608, 2
	%610 = and i32 %608, %602
	%611 = icmp eq i32 %610, %601
	%612 = and i1 %609, %611
	%613 = lshr i32 %608, 16
	%614 = and i32 %613, 255
	%615 = select i1 %612, i32 %614, i32 256
	%616 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %615)
	%617 = shl i32 1, %3
	%618 = sub i32 %617, 1
	%619 = and i32 %616, %618
	%620 = icmp eq i32 %619, 0
	%621 = and i1 %612, %620
	br i1 %621, label %650, label %654

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
	br i1 %649, label %656, label %658

650:
	%651 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %614
	%652 = call i32 @llvm.ctpop.i32(i32 %616)
	%653 = atomicrmw add i32 addrspace(3)* %651, i32 %652 monotonic
	br label %654

654:
	%655 = add i32 %604, 256
	br label %603

656:
	%657 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %628
	store i32 %648, i32 addrspace(3)* %657
	br label %658

658:
	call void @llvm.nvvm.barrier0()
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %628, 0
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 0, %662
	%664 = add i32 0, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %628, 1
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %628, 2
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %628, 3
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%684 = load i32, i32 addrspace(3)* %683
	%685 = icmp sgt i32 %628, 4
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %681, %686
	%688 = add i32 %682, %684
	%689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%690 = load i32, i32 addrspace(3)* %689
	%691 = icmp sgt i32 %628, 5
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %687, %692
	%694 = add i32 %688, %690
	%695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%696 = load i32, i32 addrspace(3)* %695
	%697 = icmp sgt i32 %628, 6
	%698 = select i1 %697, i32 %696, i32 0
	%699 = add i32 %693, %698
	%700 = add i32 %694, %696
	%701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%702 = load i32, i32 addrspace(3)* %701
	%703 = icmp sgt i32 %628, 7
	%704 = select i1 %703, i32 %702, i32 0
	%705 = add i32 %699, %704
	%706 = add i32 %700, %702
	%707 = add i32 %705, %648
	%708 = sub i32 %707, %625
	%709 = icmp slt i32 %708, %599
	%710 = add i32 %708, %625
	%711 = icmp sle i32 %599, %710
	%712 = and i1 %709, %711
	br i1 %712, label %713, label %716

713:
	%714 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %623, i32 addrspace(3)* %714
	%715 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %708, i32 addrspace(3)* %715
	br label %716

716:
	call void @llvm.nvvm.barrier0()
	%717 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%718 = load i32, i32 addrspace(3)* %717
	%719 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%720 = load i32, i32 addrspace(3)* %719
	%721 = sub i32 %599, %720
	%722 = shl i32 %718, 16
	%723 = or i32 %601, %722
	%724 = or i32 %602, u0xFF0000
	br label %725

725:
	%726 = phi i32 [ %0, %716 ], [ %777, %776 ]
	%727 = icmp slt i32 %726, %16
	br i1 %727, label %728, label %744

728:
	%729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %726
	%730 = load i32, i32 addrspace(3)* %729
	%731 = icmp uge i32 %730, 2
	%732 = and i32 %730, %724
	%733 = icmp eq i32 %732, %723
	%734 = and i1 %731, %733
	%735 = lshr i32 %730, 8
	%736 = and i32 %735, 255
	%737 = select i1 %734, i32 %736, i32 256
	%738 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %737)
	%739 = shl i32 1, %3
	%740 = sub i32 %739, 1
	%741 = and i32 %738, %740
	%742 = icmp eq i32 %741, 0
	%743 = and i1 %734, %742
	br i1 %743, label %772, label %776

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
	br i1 %771, label %778, label %780

772:
	%773 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %736
	%774 = call i32 @llvm.ctpop.i32(i32 %738)
	%775 = atomicrmw add i32 addrspace(3)* %773, i32 %774 monotonic
	br label %776

776:
	%777 = add i32 %726, 256
	br label %725

778:
	%779 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %750
	store i32 %770, i32 addrspace(3)* %779
	br label %780

780:
	call void @llvm.nvvm.barrier0()
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %750, 0
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 0, %784
	%786 = add i32 0, %782
	%787 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%788 = load i32, i32 addrspace(3)* %787
	%789 = icmp sgt i32 %750, 1
	%790 = select i1 %789, i32 %788, i32 0
	%791 = add i32 %785, %790
	%792 = add i32 %786, %788
	%793 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%794 = load i32, i32 addrspace(3)* %793
	%795 = icmp sgt i32 %750, 2
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %791, %796
	%798 = add i32 %792, %794
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%800 = load i32, i32 addrspace(3)* %799
	%801 = icmp sgt i32 %750, 3
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 %797, %802
	%804 = add i32 %798, %800
	%805 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%806 = load i32, i32 addrspace(3)* %805
	%807 = icmp sgt i32 %750, 4
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %803, %808
	%810 = add i32 %804, %806
	%811 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%812 = load i32, i32 addrspace(3)* %811
	%813 = icmp sgt i32 %750, 5
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %809, %814
	%816 = add i32 %810, %812
	%817 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%818 = load i32, i32 addrspace(3)* %817
	%819 = icmp sgt i32 %750, 6
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %815, %820
	%822 = add i32 %816, %818
	%823 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%824 = load i32, i32 addrspace(3)* %823
	%825 = icmp sgt i32 %750, 7
	%826 = select i1 %825, i32 %824, i32 0
	%827 = add i32 %821, %826
	%828 = add i32 %822, %824
	%829 = add i32 %827, %770
	%830 = sub i32 %829, %747
	%831 = icmp slt i32 %830, %721
	%832 = add i32 %830, %747
	%833 = icmp sle i32 %721, %832
	%834 = and i1 %831, %833
	br i1 %834, label %835, label %838

835:
	%836 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %745, i32 addrspace(3)* %836
	%837 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %830, i32 addrspace(3)* %837
	br label %838

838:
	call void @llvm.nvvm.barrier0()
	%839 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%840 = load i32, i32 addrspace(3)* %839
	%841 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%842 = load i32, i32 addrspace(3)* %841
	%843 = sub i32 %721, %842
	%844 = shl i32 %840, 8
	%845 = or i32 %723, %844
	%846 = or i32 %724, u0xFF00
	br label %847

847:
	%848 = phi i32 [ %0, %838 ], [ %899, %898 ]
	%849 = icmp slt i32 %848, %16
	br i1 %849, label %850, label %866

850:
	%851 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %848
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp uge i32 %852, 2
	%854 = and i32 %852, %846
	%855 = icmp eq i32 %854, %845
	%856 = and i1 %853, %855
	%857 = lshr i32 %852, 0
	%858 = and i32 %857, 255
	%859 = select i1 %856, i32 %858, i32 256
	%860 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %859)
	%861 = shl i32 1, %3
	%862 = sub i32 %861, 1
	%863 = and i32 %860, %862
	%864 = icmp eq i32 %863, 0
	%865 = and i1 %856, %864
	br i1 %865, label %894, label %898

866:
	call void @llvm.nvvm.barrier0()
	%867 = sub i32 255, %0
	%868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %867
	%869 = load i32, i32 addrspace(3)* %868
	%870 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %870
	%871 = and i32 %0, 31
	%872 = lshr i32 %0, 5
	%873 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %869, i32 1, i32 0)
	%874 = icmp uge i32 %871, 1
	%875 = select i1 %874, i32 %873, i32 0
	%876 = add i32 %869, %875
	%877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %876, i32 2, i32 0)
	%878 = icmp uge i32 %871, 2
	%879 = select i1 %878, i32 %877, i32 0
	%880 = add i32 %876, %879
	%881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %880, i32 4, i32 0)
	%882 = icmp uge i32 %871, 4
	%883 = select i1 %882, i32 %881, i32 0
	%884 = add i32 %880, %883
	%885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %884, i32 8, i32 0)
	%886 = icmp uge i32 %871, 8
	%887 = select i1 %886, i32 %885, i32 0
	%888 = add i32 %884, %887
	%889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %888, i32 16, i32 0)
	%890 = icmp uge i32 %871, 16
	%891 = select i1 %890, i32 %889, i32 0
	%892 = add i32 %888, %891
	%893 = icmp eq i32 %871, 31
	br i1 %893, label %900, label %902

894:
	%895 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %858
	%896 = call i32 @llvm.ctpop.i32(i32 %860)
	%897 = atomicrmw add i32 addrspace(3)* %895, i32 %896 monotonic
	br label %898

898:
	%899 = add i32 %848, 256
	br label %847

900:
	%901 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %872
	store i32 %892, i32 addrspace(3)* %901
	br label %902

902:
	call void @llvm.nvvm.barrier0()
	%903 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%904 = load i32, i32 addrspace(3)* %903
	%905 = icmp sgt i32 %872, 0
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 0, %906
	%908 = add i32 0, %904
	%909 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%910 = load i32, i32 addrspace(3)* %909
	%911 = icmp sgt i32 %872, 1
	%912 = select i1 %911, i32 %910, i32 0
	%913 = add i32 %907, %912
	%914 = add i32 %908, %910
	%915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%916 = load i32, i32 addrspace(3)* %915
	%917 = icmp sgt i32 %872, 2
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 %913, %918
	%920 = add i32 %914, %916
	%921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%922 = load i32, i32 addrspace(3)* %921
	%923 = icmp sgt i32 %872, 3
	%924 = select i1 %923, i32 %922, i32 0
	%925 = add i32 %919, %924
	%926 = add i32 %920, %922
	%927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%928 = load i32, i32 addrspace(3)* %927
	%929 = icmp sgt i32 %872, 4
	%930 = select i1 %929, i32 %928, i32 0
	%931 = add i32 %925, %930
	%932 = add i32 %926, %928
	%933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%934 = load i32, i32 addrspace(3)* %933
	%935 = icmp sgt i32 %872, 5
	%936 = select i1 %935, i32 %934, i32 0
	%937 = add i32 %931, %936
	%938 = add i32 %932, %934
	%939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%940 = load i32, i32 addrspace(3)* %939
	%941 = icmp sgt i32 %872, 6
	%942 = select i1 %941, i32 %940, i32 0
	%943 = add i32 %937, %942
	%944 = add i32 %938, %940
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%946 = load i32, i32 addrspace(3)* %945
	%947 = icmp sgt i32 %872, 7
	%948 = select i1 %947, i32 %946, i32 0
	%949 = add i32 %943, %948
	%950 = add i32 %944, %946
	%951 = add i32 %949, %892
	%952 = sub i32 %951, %869
	%953 = icmp slt i32 %952, %843
	%954 = add i32 %952, %869
	%955 = icmp sle i32 %843, %954
	%956 = and i1 %953, %955
	br i1 %956, label %957, label %960

957:
	%958 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %867, i32 addrspace(3)* %958
	%959 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %952, i32 addrspace(3)* %959
	br label %960

960:
	call void @llvm.nvvm.barrier0()
	%961 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%962 = load i32, i32 addrspace(3)* %961
	%963 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%964 = load i32, i32 addrspace(3)* %963
	%965 = sub i32 %843, %964
	%966 = shl i32 %962, 0
	%967 = or i32 %845, %966
	%968 = or i32 %846, 255
	%969 = shl i32 1, %3
	%970 = sub i32 %969, 1
	br label %971

971:
	%972 = phi i32 [ 0, %960 ], [ %1026, %1025 ]
	%973 = icmp slt i32 %972, %16
	br i1 %973, label %974, label %983

974:
	%975 = add i32 %972, %0
	%976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %975
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp ugt i32 %977, %967
	%979 = icmp eq i32 %977, %967
	%980 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %978)
	%981 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %979)
	%982 = icmp eq i32 %3, 0
	br i1 %982, label %1017, label %1025

983:
	call void @llvm.nvvm.barrier0()
	%984 = sdiv i32 %16, 256
	%985 = mul i32 %984, 8
	%986 = icmp slt i32 %0, %985
	%987 = select i1 %986, i32 %0, i32 0
	%988 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %987
	%989 = load i32, i32 addrspace(3)* %988
	%990 = select i1 %986, i32 %989, i32 0
	%991 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %987
	%992 = load i32, i32 addrspace(3)* %991
	%993 = select i1 %986, i32 %992, i32 0
	%994 = and i32 %0, 31
	%995 = lshr i32 %0, 5
	%996 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %993, i32 1, i32 0)
	%997 = icmp uge i32 %994, 1
	%998 = select i1 %997, i32 %996, i32 0
	%999 = add i32 %993, %998
	%1000 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %999, i32 2, i32 0)
	%1001 = icmp uge i32 %994, 2
	%1002 = select i1 %1001, i32 %1000, i32 0
	%1003 = add i32 %999, %1002
	%1004 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1003, i32 4, i32 0)
	%1005 = icmp uge i32 %994, 4
	%1006 = select i1 %1005, i32 %1004, i32 0
	%1007 = add i32 %1003, %1006
	%1008 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1007, i32 8, i32 0)
	%1009 = icmp uge i32 %994, 8
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = add i32 %1007, %1010
	%1012 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1011, i32 16, i32 0)
	%1013 = icmp uge i32 %994, 16
	%1014 = select i1 %1013, i32 %1012, i32 0
	%1015 = add i32 %1011, %1014
	%1016 = icmp eq i32 %994, 31
	br i1 %1016, label %1027, label %1029

1017:
	%1018 = sdiv i32 %972, 256
	%1019 = mul i32 %1018, 8
	%1020 = add i32 %1019, %4
	%1021 = call i32 @llvm.ctpop.i32(i32 %980)
	%1022 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1020
	store i32 %1021, i32 addrspace(3)* %1022
	%1023 = call i32 @llvm.ctpop.i32(i32 %981)
	%1024 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1020
	store i32 %1023, i32 addrspace(3)* %1024
	br label %1025

1025:
	%1026 = add i32 %972, 256
	br label %971

1027:
	%1028 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %995
	store i32 %1015, i32 addrspace(3)* %1028
	br label %1029

1029:
	call void @llvm.nvvm.barrier0()
	%1030 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1031 = load i32, i32 addrspace(3)* %1030
	%1032 = icmp sgt i32 %995, 0
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = add i32 0, %1033
	%1035 = add i32 0, %1031
	%1036 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1037 = load i32, i32 addrspace(3)* %1036
	%1038 = icmp sgt i32 %995, 1
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = add i32 %1034, %1039
	%1041 = add i32 %1035, %1037
	%1042 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1043 = load i32, i32 addrspace(3)* %1042
	%1044 = icmp sgt i32 %995, 2
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = add i32 %1040, %1045
	%1047 = add i32 %1041, %1043
	%1048 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1049 = load i32, i32 addrspace(3)* %1048
	%1050 = icmp sgt i32 %995, 3
	%1051 = select i1 %1050, i32 %1049, i32 0
	%1052 = add i32 %1046, %1051
	%1053 = add i32 %1047, %1049
	%1054 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1055 = load i32, i32 addrspace(3)* %1054
	%1056 = icmp sgt i32 %995, 4
	%1057 = select i1 %1056, i32 %1055, i32 0
	%1058 = add i32 %1052, %1057
	%1059 = add i32 %1053, %1055
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %995, 5
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 %1058, %1063
	%1065 = add i32 %1059, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %995, 6
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %995, 7
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = add i32 %1076, %1015
	%1079 = sub i32 %1078, %993
	%1080 = sub i32 %965, %1079
	%1081 = icmp sgt i32 %1080, 0
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = icmp slt i32 %1082, %993
	%1084 = select i1 %1083, i32 %1082, i32 %993
	%1085 = add i32 %990, %1084
	%1086 = and i32 %0, 31
	%1087 = lshr i32 %0, 5
	%1088 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1085, i32 1, i32 0)
	%1089 = icmp uge i32 %1086, 1
	%1090 = select i1 %1089, i32 %1088, i32 0
	%1091 = add i32 %1085, %1090
	%1092 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1091, i32 2, i32 0)
	%1093 = icmp uge i32 %1086, 2
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = add i32 %1091, %1094
	%1096 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1095, i32 4, i32 0)
	%1097 = icmp uge i32 %1086, 4
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = add i32 %1095, %1098
	%1100 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1099, i32 8, i32 0)
	%1101 = icmp uge i32 %1086, 8
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1099, %1102
	%1104 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1103, i32 16, i32 0)
	%1105 = icmp uge i32 %1086, 16
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1103, %1106
	%1108 = icmp eq i32 %1086, 31
	br i1 %1108, label %1109, label %1111

1109:
	%1110 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1087
	store i32 %1107, i32 addrspace(3)* %1110
	br label %1111

1111:
	call void @llvm.nvvm.barrier0()
	%1112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1113 = load i32, i32 addrspace(3)* %1112
	%1114 = icmp sgt i32 %1087, 0
	%1115 = select i1 %1114, i32 %1113, i32 0
	%1116 = add i32 0, %1115
	%1117 = add i32 0, %1113
	%1118 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = icmp sgt i32 %1087, 1
	%1121 = select i1 %1120, i32 %1119, i32 0
	%1122 = add i32 %1116, %1121
	%1123 = add i32 %1117, %1119
	%1124 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1125 = load i32, i32 addrspace(3)* %1124
	%1126 = icmp sgt i32 %1087, 2
	%1127 = select i1 %1126, i32 %1125, i32 0
	%1128 = add i32 %1122, %1127
	%1129 = add i32 %1123, %1125
	%1130 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1131 = load i32, i32 addrspace(3)* %1130
	%1132 = icmp sgt i32 %1087, 3
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = add i32 %1128, %1133
	%1135 = add i32 %1129, %1131
	%1136 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1137 = load i32, i32 addrspace(3)* %1136
	%1138 = icmp sgt i32 %1087, 4
	%1139 = select i1 %1138, i32 %1137, i32 0
	%1140 = add i32 %1134, %1139
	%1141 = add i32 %1135, %1137
	%1142 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1143 = load i32, i32 addrspace(3)* %1142
	%1144 = icmp sgt i32 %1087, 5
	%1145 = select i1 %1144, i32 %1143, i32 0
	%1146 = add i32 %1140, %1145
	%1147 = add i32 %1141, %1143
	%1148 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1149 = load i32, i32 addrspace(3)* %1148
	%1150 = icmp sgt i32 %1087, 6
	%1151 = select i1 %1150, i32 %1149, i32 0
	%1152 = add i32 %1146, %1151
	%1153 = add i32 %1147, %1149
	%1154 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1155 = load i32, i32 addrspace(3)* %1154
	%1156 = icmp sgt i32 %1087, 7
	%1157 = select i1 %1156, i32 %1155, i32 0
	%1158 = add i32 %1152, %1157
	%1159 = add i32 %1153, %1155
	%1160 = add i32 %1158, %1107
	%1161 = sub i32 %1160, %1085
	br i1 %986, label %1162, label %1165

1162:
	%1163 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1161, i32 addrspace(3)* %1163
	%1164 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1079, i32 addrspace(3)* %1164
	br label %1165

1165:
	call void @llvm.nvvm.barrier0()
	br label %1166

1166:
	%1167 = phi i32 [ 0, %1165 ], [ %1199, %1198 ]
	%1168 = icmp slt i32 %1167, %16
	br i1 %1168, label %1169, label %1194

1169:
	%1170 = add i32 %1167, %0
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	%1173 = icmp ugt i32 %1172, %967
	%1174 = icmp eq i32 %1172, %967
	%1175 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1173)
	%1176 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1174)
	%1177 = sdiv i32 %1167, 256
	%1178 = mul i32 %1177, 8
	%1179 = add i32 %1178, %4
	%1180 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1179
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = and i32 %1176, %970
	%1183 = call i32 @llvm.ctpop.i32(i32 %1182)
	%1184 = add i32 %1181, %1183
	%1185 = icmp slt i32 %1184, %965
	%1186 = and i1 %1174, %1185
	%1187 = or i1 %1173, %1186
	%1188 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1187)
	%1189 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1179
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = and i32 %1188, %970
	%1192 = call i32 @llvm.ctpop.i32(i32 %1191)
	%1193 = add i32 %1190, %1192
	br i1 %1187, label %1195, label %1198

1194:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1195:
	%1196 = add i32 %1167, %0
	%1197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1193
	store i32 %1196, i32 addrspace(3)* %1197
	br label %1198

1198:
	%1199 = add i32 %1167, 256
	br label %1166

write_rank:
	br i1 %479, label %1291, label %1297

write_sort:
	%1200 = sub i32 %421, 1
	%1201 = call i32 @llvm.ctlz.i32(i32 %1200, i1 false)
	%1202 = icmp sgt i32 %421, 1
	%1203 = sub i32 32, %1201
	%1204 = select i1 %1202, i32 %1203, i32 0
	%1205 = shl i32 1, %1204
	%1206 = add i32 %421, %0
	br label %1209

write_done:
	%1207 = add i32 %413, %421
	%1208 = add i32 %1207, %0
	br label %1330

1209:
	%1210 = phi i32 [ %1206, %write_sort ], [ %1214, %1212 ]
	%1211 = icmp slt i32 %1210, %1205
	br i1 %1211, label %1212, label %1215

1212:
	%1213 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1210
	store i32 -1, i32 addrspace(3)* %1213
	%1214 = add i32 %1210, 256
	br label %1209

1215:
	call void @llvm.nvvm.barrier0()
	%1216 = add i32 %1204, 1
	br label %1217

1217:
	%1218 = phi i32 [ 1, %1215 ], [ %1234, %1233 ]
	%1219 = icmp slt i32 %1218, %1216
	br i1 %1219, label %1220, label %1222

1220:
	%1221 = shl i32 1, %1218
	br label %1223

1222:
	br label %1275

1223:
	%1224 = phi i32 [ 0, %1220 ], [ %1269, %1268 ]
	%1225 = icmp slt i32 %1224, %1218
	br i1 %1225, label %1226, label %1233

1226:
	%1227 = sub i32 %1218, 1
	%1228 = sub i32 %1227, %1224
	%1229 = shl i32 1, %1228
	%1230 = sub i32 %1218, 1
	%1231 = sub i32 %1230, %1224
	%1232 = lshr i32 %1205, 1
	br label %1235

1233:
	%1234 = add i32 %1218, 1
	br label %1217

1235:
	%1236 = phi i32 [ %0, %1226 ], [ %1274, %1273 ]
	%1237 = icmp slt i32 %1236, %1232
	br i1 %1237, label %1238, label %1268

1238:
	%1239 = lshr i32 %1236, %1231
	%1240 = add i32 %1231, 1
	%1241 = shl i32 %1239, %1240
	%1242 = sub i32 %1229, 1
	%1243 = and i32 %1236, %1242
	%1244 = or i32 %1241, %1243
	%1245 = or i32 %1244, %1229
	%1246 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1244
	%1247 = load i32, i32 addrspace(3)* %1246
	%1248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1245
	%1249 = load i32, i32 addrspace(3)* %1248
	%1250 = and i32 %1244, %1221
	%1251 = icmp eq i32 %1250, 0
	%1252 = icmp sge i32 %1249, 0
	%1253 = select i1 %1252, i32 %1249, i32 0
	%1254 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1253
	%1255 = load i32, i32 addrspace(3)* %1254
	%1256 = select i1 %1252, i32 %1255, i32 0
	%1257 = icmp sge i32 %1247, 0
	%1258 = select i1 %1257, i32 %1247, i32 0
	%1259 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1258
	%1260 = load i32, i32 addrspace(3)* %1259
	%1261 = select i1 %1257, i32 %1260, i32 0
	%1262 = icmp ugt i32 %1256, %1261
	%1263 = icmp eq i32 %1256, %1261
	%1264 = icmp slt i32 %1249, %1247
	%1265 = and i1 %1263, %1264
	%1266 = or i1 %1262, %1265
	%1267 = icmp eq i1 %1266, %1251
	br i1 %1267, label %1270, label %1273

1268:
	call void @llvm.nvvm.barrier0()
	%1269 = add i32 %1224, 1
	br label %1223

1270:
	%1271 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1244
	store i32 %1249, i32 addrspace(3)* %1271
	%1272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1245
	store i32 %1247, i32 addrspace(3)* %1272
	br label %1273

1273:
	%1274 = add i32 %1236, 256
	br label %1235

1275:
	%1276 = phi i32 [ %0, %1222 ], [ %1289, %1278 ]
	%1277 = icmp slt i32 %1276, %421
	br i1 %1277, label %1278, label %1290

1278:
	%1279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1276
	%1280 = load i32, i32 addrspace(3)* %1279
	%1281 = add i32 %413, %1276
	%1282 = add i32 %13, %1281
	%1283 = sext i32 %1282 to i64
	%1284 = getelementptr i32, i32* %list, i64 %1283
	store i32 %1280, i32* %1284
	%1285 = add i32 %13, %NK
	%1286 = add i32 %1285, %1281
	%1287 = sext i32 %1286 to i64
	%1288 = getelementptr i32, i32* %list, i64 %1287
	store i32 0, i32* %1288
	%1289 = add i32 %1276, 256
	br label %1275

1290:
	br label %write_done

1291:
	%1292 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1293 = load i32, i32 addrspace(3)* %1292
	%1294 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1293
	%1295 = load i32, i32 addrspace(3)* %1294
	%1296 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1295, i32 addrspace(3)* %1296
	br label %1297

1297:
	call void @llvm.nvvm.barrier0()
	br i1 %479, label %1298, label %1303

1298:
	%1299 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1300 = load i32, i32 addrspace(3)* %1299
	%1301 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1302 = load i32, i32 addrspace(3)* %1301
	br label %1304

1303:
	br label %write_done

1304:
	%1305 = phi i32 [ 0, %1298 ], [ %1320, %1308 ]
	%1306 = phi i32 [ 0, %1298 ], [ %1319, %1308 ]
	%1307 = icmp slt i32 %1305, %421
	br i1 %1307, label %1308, label %1321

1308:
	%1309 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1305
	%1310 = load i32, i32 addrspace(3)* %1309
	%1311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1305
	%1312 = load i32, i32 addrspace(3)* %1311
	%1313 = icmp ugt i32 %1310, %1302
	%1314 = icmp eq i32 %1310, %1302
	%1315 = icmp slt i32 %1312, %1300
	%1316 = and i1 %1314, %1315
	%1317 = or i1 %1313, %1316
	%1318 = zext i1 %1317 to i32
	%1319 = add i32 %1306, %1318
	%1320 = add i32 %1305, 1
	br label %1304

1321:
	%1322 = add i32 %413, %1306
	%1323 = add i32 %13, %1322
	%1324 = sext i32 %1323 to i64
	%1325 = getelementptr i32, i32* %list, i64 %1324
	store i32 %1300, i32* %1325
	%1326 = add i32 %13, %NK
	%1327 = add i32 %1326, %1322
	%1328 = sext i32 %1327 to i64
	%1329 = getelementptr i32, i32* %list, i64 %1328
	store i32 0, i32* %1329
	br label %1303

1330:
	%1331 = phi i32 [ %1208, %write_done ], [ %1341, %1333 ]
	%1332 = icmp slt i32 %1331, %NK
	br i1 %1332, label %1333, label %1342

1333:
	%1334 = add i32 %13, %1331
	%1335 = sext i32 %1334 to i64
	%1336 = getelementptr i32, i32* %list, i64 %1335
	store i32 -1, i32* %1336
	%1337 = add i32 %13, %NK
	%1338 = add i32 %1337, %1331
	%1339 = sext i32 %1338 to i64
	%1340 = getelementptr i32, i32* %list, i64 %1339
	store i32 -1, i32* %1340
	%1341 = add i32 %1331, 256
	br label %1330

1342:
	ret void
}
