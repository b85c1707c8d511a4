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
	%19 = phi i32 [ %0, %entry ], [ %239, %237 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %238, %237 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %107

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
	%62 = icmp slt i32 %28, %17
	%63 = select i1 %62, i32 %28, i32 %17
	%64 = add i32 %10, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i8, i8* %cls, i64 %65
	%67 = load i8, i8* %66
	%68 = icmp slt i32 %32, %17
	%69 = select i1 %68, i32 %32, i32 %17
	%70 = add i32 %10, %69
	%71 = sext i32 %70 to i64
	%72 = getelementptr i8, i8* %cls, i64 %71
	%73 = load i8, i8* %72
	%74 = icmp slt i32 %36, %17
	%75 = select i1 %74, i32 %36, i32 %17
	%76 = add i32 %10, %75
	%77 = sext i32 %76 to i64
	%78 = getelementptr i8, i8* %cls, i64 %77
	%79 = load i8, i8* %78
	%80 = icmp slt i32 %40, %17
	%81 = select i1 %80, i32 %40, i32 %17
	%82 = add i32 %10, %81
	%83 = sext i32 %82 to i64
	%84 = getelementptr i8, i8* %cls, i64 %83
	%85 = load i8, i8* %84
	%86 = icmp slt i32 %44, %17
	%87 = select i1 %86, i32 %44, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = icmp slt i32 %48, %17
	%93 = select i1 %92, i32 %48, i32 %17
	%94 = add i32 %10, %93
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp slt i32 %52, %17
	%99 = select i1 %98, i32 %52, i32 %17
	%100 = add i32 %10, %99
	%101 = sext i32 %100 to i64
	%102 = getelementptr i8, i8* %cls, i64 %101
	%103 = load i8, i8* %102
	%104 = icmp slt i32 %24, %NK
	%105 = icmp ne i8 %61, 0
	%106 = and i1 %104, %105
	br i1 %106, label %122, label %127

107:
	%108 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%109 = call float @llvm.nvvm.fmax.f(float %20, float %108)
	%110 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %109, i32 8, i32 31)
	%111 = call float @llvm.nvvm.fmax.f(float %109, float %110)
	%112 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %111, i32 4, i32 31)
	%113 = call float @llvm.nvvm.fmax.f(float %111, float %112)
	%114 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %113, i32 2, i32 31)
	%115 = call float @llvm.nvvm.fmax.f(float %113, float %114)
	%116 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %115, i32 1, i32 31)
	%117 = call float @llvm.nvvm.fmax.f(float %115, float %116)
	%118 = lshr i32 %0, 5
	%119 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%120 = icmp eq i32 %119, 0
	%121 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %118
	br i1 %120, label %240, label %241

122:
	%123 = add i32 %11, %24
	%124 = sext i32 %123 to i64
	%125 = getelementptr float, float* %e, i64 %124
	%126 = load float, float* %125
	br label %127

127:
	%128 = phi float [ 0xFFF0000000000000, %22 ], [ %126, %122 ]
	%129 = icmp slt i32 %28, %NK
	%130 = icmp ne i8 %67, 0
	%131 = and i1 %129, %130
	br i1 %131, label %132, label %137

132:
	%133 = add i32 %11, %28
	%134 = sext i32 %133 to i64
	%135 = getelementptr float, float* %e, i64 %134
	%136 = load float, float* %135
	br label %137

137:
	%138 = phi float [ 0xFFF0000000000000, %127 ], [ %136, %132 ]
	%139 = icmp slt i32 %32, %NK
	%140 = icmp ne i8 %73, 0
	%141 = and i1 %139, %140
	br i1 %141, label %142, label %147

142:
	%143 = add i32 %11, %32
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	br label %147

147:
	%148 = phi float [ 0xFFF0000000000000, %137 ], [ %146, %142 ]
	%149 = icmp slt i32 %36, %NK
	%150 = icmp ne i8 %79, 0
	%151 = and i1 %149, %150
	br i1 %151, label %152, label %157

152:
	%153 = add i32 %11, %36
	%154 = sext i32 %153 to i64
	%155 = getelementptr float, float* %e, i64 %154
	%156 = load float, float* %155
	br label %157

157:
	%158 = phi float [ 0xFFF0000000000000, %147 ], [ %156, %152 ]
	%159 = icmp slt i32 %40, %NK
	%160 = icmp ne i8 %85, 0
	%161 = and i1 %159, %160
	br i1 %161, label %162, label %167

162:
	%163 = add i32 %11, %40
	%164 = sext i32 %163 to i64
	%165 = getelementptr float, float* %e, i64 %164
	%166 = load float, float* %165
	br label %167

167:
	%168 = phi float [ 0xFFF0000000000000, %157 ], [ %166, %162 ]
	%169 = icmp slt i32 %44, %NK
	%170 = icmp ne i8 %91, 0
	%171 = and i1 %169, %170
	br i1 %171, label %172, label %177

172:
	%173 = add i32 %11, %44
	%174 = sext i32 %173 to i64
	%175 = getelementptr float, float* %e, i64 %174
	%176 = load float, float* %175
	br label %177

177:
	%178 = phi float [ 0xFFF0000000000000, %167 ], [ %176, %172 ]
	%179 = icmp slt i32 %48, %NK
	%180 = icmp ne i8 %97, 0
	%181 = and i1 %179, %180
	br i1 %181, label %182, label %187

182:
	%183 = add i32 %11, %48
	%184 = sext i32 %183 to i64
	%185 = getelementptr float, float* %e, i64 %184
	%186 = load float, float* %185
	br label %187

187:
	%188 = phi float [ 0xFFF0000000000000, %177 ], [ %186, %182 ]
	%189 = icmp slt i32 %52, %NK
	%190 = icmp ne i8 %103, 0
	%191 = and i1 %189, %190
	br i1 %191, label %192, label %197

192:
	%193 = add i32 %11, %52
	%194 = sext i32 %193 to i64
	%195 = getelementptr float, float* %e, i64 %194
	%196 = load float, float* %195
	br label %197

197:
	%198 = phi float [ 0xFFF0000000000000, %187 ], [ %196, %192 ]
	br i1 %25, label %199, label %202

199:
	%200 = bitcast float %128 to i32
	%201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %24
	store i32 %200, i32 addrspace(3)* %201
	br label %202

202:
	%203 = call float @llvm.nvvm.fmax.f(float %20, float %128)
	br i1 %29, label %204, label %207

204:
	%205 = bitcast float %138 to i32
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %28
	store i32 %205, i32 addrspace(3)* %206
	br label %207

207:
	%208 = call float @llvm.nvvm.fmax.f(float %203, float %138)
	br i1 %33, label %209, label %212

209:
	%210 = bitcast float %148 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %32
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %208, float %148)
	br i1 %37, label %214, label %217

214:
	%215 = bitcast float %158 to i32
	%216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %36
	store i32 %215, i32 addrspace(3)* %216
	br label %217

217:
	%218 = call float @llvm.nvvm.fmax.f(float %213, float %158)
	br i1 %41, label %219, label %222

219:
	%220 = bitcast float %168 to i32
	%221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %40
	store i32 %220, i32 addrspace(3)* %221
	br label %222

222:
	%223 = call float @llvm.nvvm.fmax.f(float %218, float %168)
	br i1 %45, label %224, label %227

224:
	%225 = bitcast float %178 to i32
	%226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %44
	store i32 %225, i32 addrspace(3)* %226
	br label %227

227:
	%228 = call float @llvm.nvvm.fmax.f(float %223, float %178)
	br i1 %49, label %229, label %232

229:
	%230 = bitcast float %188 to i32
	%231 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %48
	store i32 %230, i32 addrspace(3)* %231
	br label %232

232:
	%233 = call float @llvm.nvvm.fmax.f(float %228, float %188)
	br i1 %53, label %234, label %237

234:
	%235 = bitcast float %198 to i32
	%236 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %52
	store i32 %235, i32 addrspace(3)* %236
	br label %237

237:
	%238 = call float @llvm.nvvm.fmax.f(float %233, float %198)
	%239 = add i32 %19, 2048
	br label %18

240:
	store float %117, float addrspace(3)* %121
	br label %241

241:
	call void @llvm.nvvm.barrier0()
	%242 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%243 = load float, float addrspace(3)* %242
	%244 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%245 = load float, float addrspace(3)* %244
	%246 = call float @llvm.nvvm.fmax.f(float %243, float %245)
	%247 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%248 = load float, float addrspace(3)* %247
	%249 = call float @llvm.nvvm.fmax.f(float %246, float %248)
	%250 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%251 = load float, float addrspace(3)* %250
	%252 = call float @llvm.nvvm.fmax.f(float %249, float %251)
	%253 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%254 = load float, float addrspace(3)* %253
	%255 = call float @llvm.nvvm.fmax.f(float %252, float %254)
	%256 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%257 = load float, float addrspace(3)* %256
	%258 = call float @llvm.nvvm.fmax.f(float %255, float %257)
	%259 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%260 = load float, float addrspace(3)* %259
	%261 = call float @llvm.nvvm.fmax.f(float %258, float %260)
	%262 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%263 = load float, float addrspace(3)* %262
	%264 = call float @llvm.nvvm.fmax.f(float %261, float %263)
	%265 = fcmp oeq float %264, 0xFFF0000000000000
	%266 = select i1 %265, float 0.0, float %264
	br label %267

267:
	%268 = phi i32 [ %0, %241 ], [ %283, %271 ]
	%269 = phi float [ 0.0, %241 ], [ %282, %271 ]
	%270 = icmp slt i32 %268, %16
	br i1 %270, label %271, label %284

271:
	%272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %268
	%273 = load i32, i32 addrspace(3)* %272
	%274 = bitcast i32 %273 to float
	%275 = fcmp one float %274, 0xFFF0000000000000
	%276 = fsub float %274, %266
	%277 = call float @llvm.nvvm.ex2.approx.ftz.f(float %276)
	%278 = select i1 %275, float %277, float -1.0
	%279 = bitcast float %278 to i32
	%280 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %268
	store i32 %279, i32 addrspace(3)* %280
	%281 = select i1 %275, float %277, float 0.0
	%282 = fadd float %269, %281
	%283 = add i32 %268, 256
	br label %267

284:
	%285 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %269, i32 16, i32 31)
	%286 = fadd float %269, %285
	%287 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %286, i32 8, i32 31)
	%288 = fadd float %286, %287
	%289 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %288, i32 4, i32 31)
	%290 = fadd float %288, %289
	%291 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %290, i32 2, i32 31)
	%292 = fadd float %290, %291
	%293 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %292, i32 1, i32 31)
	%294 = fadd float %292, %293
	%295 = lshr i32 %0, 5
	%296 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%297 = icmp eq i32 %296, 0
	%298 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %295
	br i1 %297, label %299, label %300

299:
	store float %294, float addrspace(3)* %298
	br label %300

300:
	call void @llvm.nvvm.barrier0()
	%301 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%302 = load float, float addrspace(3)* %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%319 = load float, float addrspace(3)* %318
	%320 = fadd float %317, %319
	%321 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%322 = load float, float addrspace(3)* %321
	%323 = fadd float %320, %322
	%324 = fdiv float 1.0, %323
	%325 = mul i32 %1, 64
	%326 = add i32 %325, %off
	%327 = add i32 %1, 1
	%328 = mul i32 %327, 64
	%329 = icmp slt i32 %328, %M
	%330 = select i1 %329, i32 %328, i32 %M
	%331 = sub i32 %330, 1
	%332 = add i32 %331, %off
	%333 = icmp slt i32 %326, 0
	%334 = sub i32 0, %326
	%335 = sub i32 64, 1
	%336 = add i32 %334, %335
	%337 = sdiv i32 %336, 64
	%338 = sub i32 0, %337
	%339 = sdiv i32 %326, 64
	%340 = select i1 %333, i32 %338, i32 %339
	%341 = icmp slt i32 %332, 0
	%342 = sub i32 0, %332
	%343 = sub i32 64, 1
	%344 = add i32 %342, %343
	%345 = sdiv i32 %344, 64
	%346 = sub i32 0, %345
	%347 = sdiv i32 %332, 64
	%348 = select i1 %341, i32 %346, i32 %347
	br label %349

349:
	%350 = phi i32 [ %0, %300 ], [ %403, %380 ]
	%351 = phi float [ 0.0, %300 ], [ %402, %380 ]
	%352 = icmp slt i32 %350, %16
	br i1 %352, label %353, label %361

353:
	%354 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %350
	%355 = load i32, i32 addrspace(3)* %354
	%356 = bitcast i32 %355 to float
	%357 = fcmp oge float %356, 0.0
	%358 = fmul float %356, %324
	%359 = select i1 %357, float %358, float -1.0
	%360 = icmp slt i32 %350, %NK
	br i1 %360, label %376, label %380

361:
	%362 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 16, i32 31)
	%363 = fadd float %351, %362
	%364 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %363, i32 8, i32 31)
	%365 = fadd float %363, %364
	%366 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %365, i32 4, i32 31)
	%367 = fadd float %365, %366
	%368 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %367, i32 2, i32 31)
	%369 = fadd float %367, %368
	%370 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %369, i32 1, i32 31)
	%371 = fadd float %369, %370
	%372 = lshr i32 %0, 5
	%373 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%374 = icmp eq i32 %373, 0
	%375 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 %372
	br i1 %374, label %404, label %405

376:
	%377 = add i32 %11, %350
	%378 = sext i32 %377 to i64
	%379 = getelementptr float, float* %e, i64 %378
	store float %359, float* %379
	br label %380

380:
	%381 = icmp sge i32 %350, %340
	%382 = icmp sle i32 %350, %348
	%383 = and i1 %381, %382
	%384 = or i1 false, %383
	%385 = mul i32 %1, 64
	%386 = sdiv i32 %385, 256
	%387 = mul i32 %386, 256
	%388 = sdiv i32 %387, 64
	%389 = add i32 %386, 1
	%390 = mul i32 %389, 256
	%391 = sdiv i32 %390, 64
	%392 = icmp sge i32 %350, %388
	%393 = icmp slt i32 %350, %391
	%394 = and i1 %392, %393
	%395 = or i1 %384, %394
	%396 = bitcast float %359 to i32
	%397 = add i32 %396, 2
	%398 = select i1 %395, i32 1, i32 %397
	%399 = select i1 %357, i32 %398, i32 0
	%400 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %350
	store i32 %399, i32 addrspace(3)* %400
	%401 = uitofp i1 %357 to float
	%402 = fadd float %351, %401
	%403 = add i32 %350, 256
	br label %349

404:
	store float %371, float addrspace(3)* %375
	br label %405

405:
	call void @llvm.nvvm.barrier0()
	%406 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%407 = load float, float addrspace(3)* %406
	%408 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%409 = load float, float addrspace(3)* %408
	%410 = fadd float %407, %409
	%411 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%412 = load float, float addrspace(3)* %411
	%413 = fadd float %410, %412
	%414 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%415 = load float, float addrspace(3)* %414
	%416 = fadd float %413, %415
	%417 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%418 = load float, float addrspace(3)* %417
	%419 = fadd float %416, %418
	%420 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%421 = load float, float addrspace(3)* %420
	%422 = fadd float %419, %421
	%423 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%424 = load float, float addrspace(3)* %423
	%425 = fadd float %422, %424
	%426 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%427 = load float, float addrspace(3)* %426
	%428 = fadd float %425, %427
	%429 = fptosi float %428 to i32
	%430 = icmp eq i32 %0, 0
	br i1 %430, label %431, label %435

431:
	%432 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%433 = load i32, i32 addrspace(3)* %432
	%434 = icmp eq i32 %433, 1
	br i1 %434, label %443, label %451

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = sub i32 %429, %437
	%439 = icmp sgt i32 %438, 0
	%440 = select i1 %439, i32 %438, i32 0
	%441 = shl i32 1, %3
	%442 = sub i32 %441, 1
	br label %508

443:
	%444 = add i32 %13, 0
	%445 = sext i32 %444 to i64
	%446 = getelementptr i32, i32* %list, i64 %445
	store i32 0, i32* %446
	%447 = add i32 %13, %NK
	%448 = add i32 %447, 0
	%449 = sext i32 %448 to i64
	%450 = getelementptr i32, i32* %list, i64 %449
	store i32 1, i32* %450
	br label %451

451:
	%452 = add i32 %11, 0
	%453 = sext i32 %452 to i64
	%454 = getelementptr float, float* %e, i64 %453
	%455 = load float, float* %454
	%456 = add i32 0, 1
	%457 = select i1 %434, i32 %456, i32 0
	%458 = fpext float %455 to double
	%459 = fadd double 0.0, %458
	%460 = select i1 %434, double %459, double 0.0
	%461 = mul i32 %1, 64
	%462 = sdiv i32 %461, 256
	%463 = mul i32 %462, 256
	%464 = sdiv i32 %463, 64
	%465 = add i32 %462, 1
	%466 = mul i32 %465, 256
	%467 = sdiv i32 %466, 64
	%468 = icmp slt i32 %340, %464
	%469 = select i1 %468, i32 %340, i32 %464
	%470 = icmp sgt i32 %469, 1
	%471 = select i1 %470, i32 %469, i32 1
	%472 = add i32 %348, 1
	%473 = icmp sgt i32 %472, %467
	%474 = select i1 %473, i32 %472, i32 %467
	%475 = icmp slt i32 %474, %NK
	%476 = select i1 %475, i32 %474, i32 %NK
	br label %477

477:
	%478 = phi i32 [ %471, %451 ], [ %507, %497 ]
	%479 = phi i32 [ %457, %451 ], [ %503, %497 ]
	%480 = phi double [ %460, %451 ], [ %506, %497 ]
	%481 = icmp slt i32 %478, %476
	br i1 %481, label %482, label %486

482:
	%483 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %478
	%484 = load i32, i32 addrspace(3)* %483
	%485 = icmp eq i32 %484, 1
	br i1 %485, label %489, label %497

486:
	%487 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %479, i32 addrspace(3)* %487
	%488 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %480, double addrspace(3)* %488
	br label %435

489:
	%490 = add i32 %13, %479
	%491 = sext i32 %490 to i64
	%492 = getelementptr i32, i32* %list, i64 %491
	store i32 %478, i32* %492
	%493 = add i32 %13, %NK
	%494 = add i32 %493, %479
	%495 = sext i32 %494 to i64
	%496 = getelementptr i32, i32* %list, i64 %495
	store i32 1, i32* %496
	br label %497

497:
	%498 = add i32 %11, %478
	%499 = sext i32 %498 to i64
	%500 = getelementptr float, float* %e, i64 %499
	%501 = load float, float* %500
	%502 = add i32 %479, 1
	%503 = select i1 %485, i32 %502, i32 %479
	%504 = fpext float %501 to double
	%505 = fadd double %480, %504
	%506 = select i1 %485, double %505, double %480
	%507 = add i32 %478, 1
	br label %477

508:
	%509 = phi i32 [ 0, %435 ], [ %557, %556 ]
	%510 = icmp slt i32 %509, %16
	br i1 %510, label %511, label %519

511:
	%512 = add i32 %509, %0
	%513 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %512
	%514 = load i32, i32 addrspace(3)* %513
	%515 = icmp ugt i32 %514, 1
	%516 = icmp eq i32 %514, 1
	%517 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %515)
	%518 = icmp eq i32 %3, 0
	br i1 %518, label %550, label %556

519:
	call void @llvm.nvvm.barrier0()
	%520 = sdiv i32 %16, 256
	%521 = mul i32 %520, 8
	%522 = icmp slt i32 %0, %521
	%523 = select i1 %522, i32 %0, i32 0
	%524 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %523
	%525 = load i32, i32 addrspace(3)* %524
	%526 = select i1 %522, i32 %525, i32 0
	%527 = and i32 %0, 31
	%528 = lshr i32 %0, 5
	%529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %526, i32 1, i32 0)
	%530 = icmp uge i32 %527, 1
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %526, %531
	%533 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %532, i32 2, i32 0)
	%534 = icmp uge i32 %527, 2
	%535 = select i1 %534, i32 %533, i32 0
	%536 = add i32 %532, %535
	%537 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %536, i32 4, i32 0)
	%538 = icmp uge i32 %527, 4
	%539 = select i1 %538, i32 %537, i32 0
	%540 = add i32 %536, %539
	%541 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %540, i32 8, i32 0)
	%542 = icmp uge i32 %527, 8
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 %540, %543
	%545 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %544, i32 16, i32 0)
	%546 = icmp uge i32 %527, 16
	%547 = select i1 %546, i32 %545, i32 0
	%548 = add i32 %544, %547
	%549 = icmp eq i32 %527, 31
	br i1 %549, label %558, label %560

550:
	%551 = sdiv i32 %509, 256
	%552 = mul i32 %551, 8
	%553 = add i32 %552, %4
	%554 = call i32 @llvm.ctpop.i32(i32 %517)
	%555 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %553
	store i32 %554, i32 addrspace(3)* %555
	br label %556

556:
	%557 = add i32 %509, 256
	br label %508

558:
	%559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %528
	store i32 %548, i32 addrspace(3)* %559
	br label %560

560:
	call void @llvm.nvvm.barrier0()
	%561 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%562 = load i32, i32 addrspace(3)* %561
	%563 = icmp sgt i32 %528, 0
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 0, %564
	%566 = add i32 0, %562
	%567 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%568 = load i32, i32 addrspace(3)* %567
	%569 = icmp sgt i32 %528, 1
	%570 = select i1 %569, i32 %568, i32 0
	%571 = add i32 %565, %570
	%572 = add i32 %566, %568
	%573 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%574 = load i32, i32 addrspace(3)* %573
	%575 = icmp sgt i32 %528, 2
	%576 = select i1 %575, i32 %574, i32 0
	%577 = add i32 %571, %576
	%578 = add i32 %572, %574
	%579 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%580 = load i32, i32 addrspace(3)* %579
	%581 = icmp sgt i32 %528, 3
	%582 = select i1 %581, i32 %580, i32 0
	%583 = add i32 %577, %582
	%584 = add i32 %578, %580
	%585 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%586 = load i32, i32 addrspace(3)* %585
	%587 = icmp sgt i32 %528, 4
	%588 = select i1 %587, i32 %586, i32 0
	%589 = add i32 %583, %588
	%590 = add i32 %584, %586
	%591 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%592 = load i32, i32 addrspace(3)* %591
	%593 = icmp sgt i32 %528, 5
	%594 = select i1 %593, i32 %592, i32 0
	%595 = add i32 %589, %594
	%596 = add i32 %590, %592
	%597 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%598 = load i32, i32 addrspace(3)* %597
	%599 = icmp sgt i32 %528, 6
	%600 = select i1 %599, i32 %598, i32 0
	%601 = add i32 %595, %600
	%602 = add i32 %596, %598
	%603 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%604 = load i32, i32 addrspace(3)* %603
	%605 = icmp sgt i32 %528, 7
	%606 = select i1 %605, i32 %604, i32 0
	%607 = add i32 %601, %606
	%608 = add i32 %602, %604
	%609 = add i32 %607, %548
	%610 = sub i32 %609, %526
	br i1 %522, label %611, label %613

611:
	%612 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %610, i32 addrspace(3)* %612
	br label %613

613:
	call void @llvm.nvvm.barrier0()
	br label %614

614:
	%615 = phi i32 [ 0, %613 ], [ %640, %639 ]
	%616 = icmp slt i32 %615, %16
	br i1 %616, label %617, label %633

617:
	%618 = add i32 %615, %0
	%619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %618
	%620 = load i32, i32 addrspace(3)* %619
	%621 = icmp ugt i32 %620, 1
	%622 = icmp eq i32 %620, 1
	%623 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %621)
	%624 = sdiv i32 %615, 256
	%625 = mul i32 %624, 8
	%626 = add i32 %625, %4
	%627 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %621)
	%628 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %626
	%629 = load i32, i32 addrspace(3)* %628
	%630 = and i32 %627, %442
	%631 = call i32 @llvm.ctpop.i32(i32 %630)
	%632 = add i32 %629, %631
	br i1 %621, label %636, label %639

633:
	call void @llvm.nvvm.barrier0()
	%634 = icmp slt i32 %0, %440
	%635 = icmp sle i32 %440, 256
	br i1 %635, label %write_rank, label %write_long

636:
	%637 = add i32 %615, %0
	%638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %632
	store i32 %637, i32 addrspace(3)* %638
	br label %639

639:
	%640 = add i32 %615, 256
	br label %614

write_rank:
	br i1 %634, label %2220, label %2226

write_sort:
	%641 = sub i32 %440, 1
	%642 = call i32 @llvm.ctlz.i32(i32 %641, i1 false)
	%643 = icmp sgt i32 %440, 1
	%644 = sub i32 32, %642
	%645 = select i1 %643, i32 %644, i32 0
	%646 = shl i32 1, %645
	%647 = add i32 %440, %0
	br label %2138

write_done:
	%648 = add i32 %437, %440
	%649 = icmp sle i32 %M, 16
	%650 = add i32 %648, 1
	%651 = add i32 %437, %440
	%652 = icmp sgt i32 %650, %651
	%653 = select i1 %652, i32 %650, i32 %651
	%654 = icmp slt i32 %653, %NK
	%655 = select i1 %654, i32 %653, i32 %NK
	%656 = select i1 %649, i32 %NK, i32 %655
	%657 = add i32 %648, %0
	br label %2259

write_long:
	%658 = icmp sle i32 %440, 2048
	br i1 %658, label %write_radix, label %write_sort

write_radix:
	%659 = shl i32 1, %3
	%660 = sub i32 %659, 1
	%661 = add i32 %440, 255
	%662 = sdiv i32 %661, 256
	%663 = mul i32 %662, 256
	br label %664

664:
	%665 = phi i32 [ %0, %write_radix ], [ %675, %667 ]
	%666 = icmp slt i32 %665, %440
	br i1 %666, label %667, label %676

667:
	%668 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %665
	%669 = load i32, i32 addrspace(3)* %668
	%670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %669
	%671 = load i32, i32 addrspace(3)* %670
	%672 = xor i32 %671, -1
	%673 = add i32 %665, 2048
	%674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %673
	store i32 %672, i32 addrspace(3)* %674
	%675 = add i32 %665, 256
	br label %664

676:
	%677 = add i32 %0, 0
	%678 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %677
	store i32 0, i32 addrspace(3)* %678
	%679 = add i32 %0, 256
	%680 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %679
	store i32 0, i32 addrspace(3)* %680
	%681 = add i32 %0, 512
	%682 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %681
	store i32 0, i32 addrspace(3)* %682
	%683 = add i32 %0, 768
	%684 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %683
	store i32 0, i32 addrspace(3)* %684
	call void @llvm.nvvm.barrier0()
	br label %685

685:
	%686 = phi i32 [ %0, %676 ], [ %755, %754 ]
	%687 = icmp slt i32 %686, %663
	br i1 %687, label %688, label %707

688:
	%689 = icmp slt i32 %686, %440
	%690 = select i1 %689, i32 %686, i32 0
	%691 = add i32 %690, 2048
	%692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %691
	%693 = load i32, i32 addrspace(3)* %692
	%694 = lshr i32 %693, 0
	%695 = and i32 %694, 15
	%696 = select i1 %689, i32 %695, i32 16
	%697 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %696)
	%698 = lshr i32 %686, 8
	%699 = mul i32 %698, 8
	%700 = add i32 %699, %4
	%701 = mul i32 %695, 64
	%702 = add i32 %701, %700
	%703 = add i32 0, %702
	%704 = and i32 %697, %660
	%705 = icmp eq i32 %704, 0
	%706 = and i1 %689, %705
	br i1 %706, label %751, label %754

707:
	call void @llvm.nvvm.barrier0()
	%708 = mul i32 %0, 4
	%709 = add i32 %708, 0
	%710 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %709
	%711 = load i32, i32 addrspace(3)* %710
	%712 = add i32 0, %711
	%713 = mul i32 %0, 4
	%714 = add i32 %713, 1
	%715 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %714
	%716 = load i32, i32 addrspace(3)* %715
	%717 = add i32 %712, %716
	%718 = mul i32 %0, 4
	%719 = add i32 %718, 2
	%720 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %719
	%721 = load i32, i32 addrspace(3)* %720
	%722 = add i32 %717, %721
	%723 = mul i32 %0, 4
	%724 = add i32 %723, 3
	%725 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %724
	%726 = load i32, i32 addrspace(3)* %725
	%727 = add i32 %722, %726
	%728 = and i32 %0, 31
	%729 = lshr i32 %0, 5
	%730 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %727, i32 1, i32 0)
	%731 = icmp uge i32 %728, 1
	%732 = select i1 %731, i32 %730, i32 0
	%733 = add i32 %727, %732
	%734 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %733, i32 2, i32 0)
	%735 = icmp uge i32 %728, 2
	%736 = select i1 %735, i32 %734, i32 0
	%737 = add i32 %733, %736
	%738 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %737, i32 4, i32 0)
	%739 = icmp uge i32 %728, 4
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 %737, %740
	%742 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %741, i32 8, i32 0)
	%743 = icmp uge i32 %728, 8
	%744 = select i1 %743, i32 %742, i32 0
	%745 = add i32 %741, %744
	%746 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %745, i32 16, i32 0)
	%747 = icmp uge i32 %728, 16
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %745, %748
	%750 = icmp eq i32 %728, 31
	br i1 %750, label %756, label %758

751:
	%752 = call i32 @llvm.ctpop.i32(i32 %697)
	%753 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %703
	store i32 %752, i32 addrspace(3)* %753
	br label %754

754:
	%755 = add i32 %686, 256
	br label %685

756:
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %729
	store i32 %749, i32 addrspace(3)* %757
	br label %758

758:
	call void @llvm.nvvm.barrier0()
	%759 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%760 = load i32, i32 addrspace(3)* %759
	%761 = icmp sgt i32 %729, 0
	%762 = select i1 %761, i32 %760, i32 0
	%763 = add i32 0, %762
	%764 = add i32 0, %760
	%765 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%766 = load i32, i32 addrspace(3)* %765
	%767 = icmp sgt i32 %729, 1
	%768 = select i1 %767, i32 %766, i32 0
	%769 = add i32 %763, %768
	%770 = add i32 %764, %766
	%771 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%772 = load i32, i32 addrspace(3)* %771
	%773 = icmp sgt i32 %729, 2
	%774 = select i1 %773, i32 %772, i32 0
	%775 = add i32 %769, %774
	%776 = add i32 %770, %772
	%777 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%778 = load i32, i32 addrspace(3)* %777
	%779 = icmp sgt i32 %729, 3
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %775, %780
	%782 = add i32 %776, %778
	%783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%784 = load i32, i32 addrspace(3)* %783
	%785 = icmp sgt i32 %729, 4
	%786 = select i1 %785, i32 %784, i32 0
	%787 = add i32 %781, %786
	%788 = add i32 %782, %784
	%789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%790 = load i32, i32 addrspace(3)* %789
	%791 = icmp sgt i32 %729, 5
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %787, %792
	%794 = add i32 %788, %790
	%795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%796 = load i32, i32 addrspace(3)* %795
	%797 = icmp sgt i32 %729, 6
	%798 = select i1 %797, i32 %796, i32 0
	%799 = add i32 %793, %798
	%800 = add i32 %794, %796
	%801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%802 = load i32, i32 addrspace(3)* %801
	%803 = icmp sgt i32 %729, 7
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %799, %804
	%806 = add i32 %800, %802
	%807 = add i32 %805, %749
	%808 = sub i32 %807, %727
	%809 = mul i32 %0, 4
	%810 = add i32 %809, 0
	%811 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %810
	store i32 %808, i32 addrspace(3)* %811
	%812 = add i32 %808, %711
	%813 = mul i32 %0, 4
	%814 = add i32 %813, 1
	%815 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %814
	store i32 %812, i32 addrspace(3)* %815
	%816 = add i32 %812, %716
	%817 = mul i32 %0, 4
	%818 = add i32 %817, 2
	%819 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %818
	store i32 %816, i32 addrspace(3)* %819
	%820 = add i32 %816, %721
	%821 = mul i32 %0, 4
	%822 = add i32 %821, 3
	%823 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %822
	store i32 %820, i32 addrspace(3)* %823
	%824 = add i32 %820, %726
	%825 = add i32 %0, 1024
	%826 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %825
	store i32 0, i32 addrspace(3)* %826
	%827 = add i32 %0, 1280
	%828 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %827
	store i32 0, i32 addrspace(3)* %828
	%829 = add i32 %0, 1536
	%830 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %829
	store i32 0, i32 addrspace(3)* %830
	%831 = add i32 %0, 1792
	%832 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %831
	store i32 0, i32 addrspace(3)* %832
	call void @llvm.nvvm.barrier0()
	br label %833

833:
	%834 = phi i32 [ %0, %758 ], [ %865, %864 ]
	%835 = icmp slt i32 %834, %663
	br i1 %835, label %836, label %852

836:
	%837 = icmp slt i32 %834, %440
	%838 = select i1 %837, i32 %834, i32 0
	%839 = add i32 %838, 2048
	%840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %839
	%841 = load i32, i32 addrspace(3)* %840
	%842 = lshr i32 %841, 0
	%843 = and i32 %842, 15
	%844 = select i1 %837, i32 %843, i32 16
	%845 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %844)
	%846 = lshr i32 %834, 8
	%847 = mul i32 %846, 8
	%848 = add i32 %847, %4
	%849 = mul i32 %843, 64
	%850 = add i32 %849, %848
	%851 = add i32 0, %850
	br i1 %837, label %853, label %864

852:
	call void @llvm.nvvm.barrier0()
	br label %866

853:
	%854 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %851
	%855 = load i32, i32 addrspace(3)* %854
	%856 = and i32 %845, %660
	%857 = call i32 @llvm.ctpop.i32(i32 %856)
	%858 = add i32 %855, %857
	%859 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %834
	%860 = load i32, i32 addrspace(3)* %859
	%861 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %858
	store i32 %860, i32 addrspace(3)* %861
	%862 = add i32 %858, 2048
	%863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %862
	store i32 %841, i32 addrspace(3)* %863
	br label %864

864:
	%865 = add i32 %834, 256
	br label %833

866:
	%867 = phi i32 [ %0, %852 ], [ %936, %935 ]
	%868 = icmp slt i32 %867, %663
	br i1 %868, label %869, label %888

869:
	%870 = icmp slt i32 %867, %440
	%871 = select i1 %870, i32 %867, i32 0
	%872 = add i32 %871, 2048
	%873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %872
	%874 = load i32, i32 addrspace(3)* %873
	%875 = lshr i32 %874, 4
	%876 = and i32 %875, 15
	%877 = select i1 %870, i32 %876, i32 16
	%878 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %877)
	%879 = lshr i32 %867, 8
	%880 = mul i32 %879, 8
	%881 = add i32 %880, %4
	%882 = mul i32 %876, 64
	%883 = add i32 %882, %881
	%884 = add i32 1024, %883
	%885 = and i32 %878, %660
	%886 = icmp eq i32 %885, 0
	%887 = and i1 %870, %886
	br i1 %887, label %932, label %935

888:
	call void @llvm.nvvm.barrier0()
	%889 = mul i32 %0, 4
	%890 = add i32 %889, 1024
	%891 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %890
	%892 = load i32, i32 addrspace(3)* %891
	%893 = add i32 0, %892
	%894 = mul i32 %0, 4
	%895 = add i32 %894, 1025
	%896 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %895
	%897 = load i32, i32 addrspace(3)* %896
	%898 = add i32 %893, %897
	%899 = mul i32 %0, 4
	%900 = add i32 %899, 1026
	%901 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %900
	%902 = load i32, i32 addrspace(3)* %901
	%903 = add i32 %898, %902
	%904 = mul i32 %0, 4
	%905 = add i32 %904, 1027
	%906 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %905
	%907 = load i32, i32 addrspace(3)* %906
	%908 = add i32 %903, %907
	%909 = and i32 %0, 31
	%910 = lshr i32 %0, 5
	%911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %908, i32 1, i32 0)
	%912 = icmp uge i32 %909, 1
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %908, %913
	%915 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %914, i32 2, i32 0)
	%916 = icmp uge i32 %909, 2
	%917 = select i1 %916, i32 %915, i32 0
	%918 = add i32 %914, %917
	%919 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %918, i32 4, i32 0)
	%920 = icmp uge i32 %909, 4
	%921 = select i1 %920, i32 %919, i32 0
	%922 = add i32 %918, %921
	%923 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %922, i32 8, i32 0)
	%924 = icmp uge i32 %909, 8
	%925 = select i1 %924, i32 %923, i32 0
	%926 = add i32 %922, %925
	%927 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %926, i32 16, i32 0)
	%928 = icmp uge i32 %909, 16
	%929 = select i1 %928, i32 %927, i32 0
	%930 = add i32 %926, %929
	%931 = icmp eq i32 %909, 31
	br i1 %931, label %937, label %939

932:
	%933 = call i32 @llvm.ctpop.i32(i32 %878)
	%934 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %884
	store i32 %933, i32 addrspace(3)* %934
	br label %935

935:
	%936 = add i32 %867, 256
	br label %866

937:
	%938 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %910
	store i32 %930, i32 addrspace(3)* %938
	br label %939

939:
	call void @llvm.nvvm.barrier0()
	%940 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%941 = load i32, i32 addrspace(3)* %940
	%942 = icmp sgt i32 %910, 0
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 0, %943
	%945 = add i32 0, %941
	%946 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp sgt i32 %910, 1
	%949 = select i1 %948, i32 %947, i32 0
	%950 = add i32 %944, %949
	%951 = add i32 %945, %947
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %910, 2
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %950, %955
	%957 = add i32 %951, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %910, 3
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %910, 4
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %910, 5
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %910, 6
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%983 = load i32, i32 addrspace(3)* %982
	%984 = icmp sgt i32 %910, 7
	%985 = select i1 %984, i32 %983, i32 0
	%986 = add i32 %980, %985
	%987 = add i32 %981, %983
	%988 = add i32 %986, %930
	%989 = sub i32 %988, %908
	%990 = mul i32 %0, 4
	%991 = add i32 %990, 1024
	%992 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %991
	store i32 %989, i32 addrspace(3)* %992
	%993 = add i32 %989, %892
	%994 = mul i32 %0, 4
	%995 = add i32 %994, 1025
	%996 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %995
	store i32 %993, i32 addrspace(3)* %996
	%997 = add i32 %993, %897
	%998 = mul i32 %0, 4
	%999 = add i32 %998, 1026
	%1000 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %999
	store i32 %997, i32 addrspace(3)* %1000
	%1001 = add i32 %997, %902
	%1002 = mul i32 %0, 4
	%1003 = add i32 %1002, 1027
	%1004 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1003
	store i32 %1001, i32 addrspace(3)* %1004
	%1005 = add i32 %1001, %907
	%1006 = add i32 %0, 0
	%1007 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1006
	store i32 0, i32 addrspace(3)* %1007
	%1008 = add i32 %0, 256
	%1009 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1008
	store i32 0, i32 addrspace(3)* %1009
	%1010 = add i32 %0, 512
	%1011 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1010
	store i32 0, i32 addrspace(3)* %1011
	%1012 = add i32 %0, 768
	%1013 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1012
	store i32 0, i32 addrspace(3)* %1013
	call void @llvm.nvvm.barrier0()
	br label %1014

1014:
	%1015 = phi i32 [ %0, %939 ], [ %1046, %1045 ]
	%1016 = icmp slt i32 %1015, %663
	br i1 %1016, label %1017, label %1033

1017:
	%1018 = icmp slt i32 %1015, %440
	%1019 = select i1 %1018, i32 %1015, i32 0
	%1020 = add i32 %1019, 2048
	%1021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1020
	%1022 = load i32, i32 addrspace(3)* %1021
	%1023 = lshr i32 %1022, 4
	%1024 = and i32 %1023, 15
	%1025 = select i1 %1018, i32 %1024, i32 16
	%1026 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1025)
	%1027 = lshr i32 %1015, 8
	%1028 = mul i32 %1027, 8
	%1029 = add i32 %1028, %4
	%1030 = mul i32 %1024, 64
	%1031 = add i32 %1030, %1029
	%1032 = add i32 1024, %1031
	br i1 %1018, label %1034, label %1045

1033:
	call void @llvm.nvvm.barrier0()
	br label %1047

1034:
	%1035 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1032
	%1036 = load i32, i32 addrspace(3)* %1035
	%1037 = and i32 %1026, %660
	%1038 = call i32 @llvm.ctpop.i32(i32 %1037)
	%1039 = add i32 %1036, %1038
	%1040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1015
	%1041 = load i32, i32 addrspace(3)* %1040
	%1042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1039
	store i32 %1041, i32 addrspace(3)* %1042
	%1043 = add i32 %1039, 2048
	%1044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1043
	store i32 %1022, i32 addrspace(3)* %1044
	br label %1045

1045:
	%1046 = add i32 %1015, 256
	br label %1014

1047:
	%1048 = phi i32 [ %0, %1033 ], [ %1117, %1116 ]
	%1049 = icmp slt i32 %1048, %663
	br i1 %1049, label %1050, label %1069

1050:
	%1051 = icmp slt i32 %1048, %440
	%1052 = select i1 %1051, i32 %1048, i32 0
	%1053 = add i32 %1052, 2048
	%1054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1053
	%1055 = load i32, i32 addrspace(3)* %1054
	%1056 = lshr i32 %1055, 8
	%1057 = and i32 %1056, 15
	%1058 = select i1 %1051, i32 %1057, i32 16
	%1059 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1058)
	%1060 = lshr i32 %1048, 8
	%1061 = mul i32 %1060, 8
	%1062 = add i32 %1061, %4
	%1063 = mul i32 %1057, 64
	%1064 = add i32 %1063, %1062
	%1065 = add i32 0, %1064
	%1066 = and i32 %1059, %660
	%1067 = icmp eq i32 %1066, 0
	%1068 = and i1 %1051, %1067
	br i1 %1068, label %1113, label %1116

1069:
	call void @llvm.nvvm.barrier0()
	%1070 = mul i32 %0, 4
	%1071 = add i32 %1070, 0
	%1072 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1071
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = add i32 0, %1073
	%1075 = mul i32 %0, 4
	%1076 = add i32 %1075, 1
	%1077 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1076
	%1078 = load i32, i32 addrspace(3)* %1077
	%1079 = add i32 %1074, %1078
	%1080 = mul i32 %0, 4
	%1081 = add i32 %1080, 2
	%1082 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1081
	%1083 = load i32, i32 addrspace(3)* %1082
	%1084 = add i32 %1079, %1083
	%1085 = mul i32 %0, 4
	%1086 = add i32 %1085, 3
	%1087 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1086
	%1088 = load i32, i32 addrspace(3)* %1087
	%1089 = add i32 %1084, %1088
	%1090 = and i32 %0, 31
	%1091 = lshr i32 %0, 5
	%1092 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1089, i32 1, i32 0)
	%1093 = icmp uge i32 %1090, 1
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = add i32 %1089, %1094
	%1096 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1095, i32 2, i32 0)
	%1097 = icmp uge i32 %1090, 2
	%1098 = select i1 %1097, i32 %1096, i32 0
	%1099 = add i32 %1095, %1098
	%1100 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1099, i32 4, i32 0)
	%1101 = icmp uge i32 %1090, 4
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 %1099, %1102
	%1104 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1103, i32 8, i32 0)
	%1105 = icmp uge i32 %1090, 8
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1103, %1106
	%1108 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1107, i32 16, i32 0)
	%1109 = icmp uge i32 %1090, 16
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = add i32 %1107, %1110
	%1112 = icmp eq i32 %1090, 31
	br i1 %1112, label %1118, label %1120

1113:
	%1114 = call i32 @llvm.ctpop.i32(i32 %1059)
	%1115 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1065
	store i32 %1114, i32 addrspace(3)* %1115
	br label %1116

1116:
	%1117 = add i32 %1048, 256
	br label %1047

1118:
	%1119 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1091
	store i32 %1111, i32 addrspace(3)* %1119
	br label %1120

1120:
	call void @llvm.nvvm.barrier0()
	%1121 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1122 = load i32, i32 addrspace(3)* %1121
	%1123 = icmp sgt i32 %1091, 0
	%1124 = select i1 %1123, i32 %1122, i32 0
	%1125 = add i32 0, %1124
	%1126 = add i32 0, %1122
	%1127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = icmp sgt i32 %1091, 1
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = add i32 %1125, %1130
	%1132 = add i32 %1126, %1128
	%1133 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1134 = load i32, i32 addrspace(3)* %1133
	%1135 = icmp sgt i32 %1091, 2
	%1136 = select i1 %1135, i32 %1134, i32 0
	%1137 = add i32 %1131, %1136
	%1138 = add i32 %1132, %1134
	%1139 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1140 = load i32, i32 addrspace(3)* %1139
	%1141 = icmp sgt i32 %1091, 3
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1137, %1142
	%1144 = add i32 %1138, %1140
	%1145 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1146 = load i32, i32 addrspace(3)* %1145
	%1147 = icmp sgt i32 %1091, 4
	%1148 = select i1 %1147, i32 %1146, i32 0
	%1149 = add i32 %1143, %1148
	%1150 = add i32 %1144, %1146
	%1151 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1152 = load i32, i32 addrspace(3)* %1151
	%1153 = icmp sgt i32 %1091, 5
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1149, %1154
	%1156 = add i32 %1150, %1152
	%1157 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1158 = load i32, i32 addrspace(3)* %1157
	%1159 = icmp sgt i32 %1091, 6
	%1160 = select i1 %1159, i32 %1158, i32 0
	%1161 = add i32 %1155, %1160
	%1162 = add i32 %1156, %1158
	%1163 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = icmp sgt i32 %1091, 7
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = add i32 %1161, %1166
	%1168 = add i32 %1162, %1164
	%1169 = add i32 %1167, %1111
	%1170 = sub i32 %1169, %1089
	%1171 = mul i32 %0, 4
	%1172 = add i32 %1171, 0
	%1173 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1172
	store i32 %1170, i32 addrspace(3)* %1173
	%1174 = add i32 %1170, %1073
	%1175 = mul i32 %0, 4
	%1176 = add i32 %1175, 1
	%1177 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1176
	store i32 %1174, i32 addrspace(3)* %1177
	%1178 = add i32 %1174, %1078
	%1179 = mul i32 %0, 4
	%1180 = add i32 %1179, 2
	%1181 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1180
	store i32 %1178, i32 addrspace(3)* %1181
	%1182 = add i32 %1178, %1083
	%1183 = mul i32 %0, 4
	%1184 = add i32 %1183, 3
	%1185 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1184
	store i32 %1182, i32 addrspace(3)* %1185
	%1186 = add i32 %1182, %1088
	%1187 = add i32 %0, 1024
	%1188 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1187
	store i32 0, i32 addrspace(3)* %1188
	%1189 = add i32 %0, 1280
	%1190 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1189
	store i32 0, i32 addrspace(3)* %1190
	%1191 = add i32 %0, 1536
	%1192 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1191
	store i32 0, i32 addrspace(3)* %1192
	%1193 = add i32 %0, 1792
	%1194 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1193
	store i32 0, i32 addrspace(3)* %1194
	call void @llvm.nvvm.barrier0()
	br label %1195

1195:
	%1196 = phi i32 [ %0, %1120 ], [ %1227, %1226 ]
	%1197 = icmp slt i32 %1196, %663
	br i1 %1197, label %1198, label %1214

1198:
	%1199 = icmp slt i32 %1196, %440
	%1200 = select i1 %1199, i32 %1196, i32 0
	%1201 = add i32 %1200, 2048
	%1202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1201
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = lshr i32 %1203, 8
	%1205 = and i32 %1204, 15
	%1206 = select i1 %1199, i32 %1205, i32 16
	%1207 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1206)
	%1208 = lshr i32 %1196, 8
	%1209 = mul i32 %1208, 8
	%1210 = add i32 %1209, %4
	%1211 = mul i32 %1205, 64
	%1212 = add i32 %1211, %1210
	%1213 = add i32 0, %1212
	br i1 %1199, label %1215, label %1226

1214:
	call void @llvm.nvvm.barrier0()
	br label %1228

1215:
	%1216 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1213
	%1217 = load i32, i32 addrspace(3)* %1216
	%1218 = and i32 %1207, %660
	%1219 = call i32 @llvm.ctpop.i32(i32 %1218)
	%1220 = add i32 %1217, %1219
	%1221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1196
	%1222 = load i32, i32 addrspace(3)* %1221
	%1223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1220
	store i32 %1222, i32 addrspace(3)* %1223
	%1224 = add i32 %1220, 2048
	%1225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1224
	store i32 %1203, i32 addrspace(3)* %1225
	br label %1226

1226:
	%1227 = add i32 %1196, 256
	br label %1195

1228:
	%1229 = phi i32 [ %0, %1214 ], [ %1298, %1297 ]
	%1230 = icmp slt i32 %1229, %663
	br i1 %1230, label %1231, label %1250

1231:
	%1232 = icmp slt i32 %1229, %440
	%1233 = select i1 %1232, i32 %1229, i32 0
	%1234 = add i32 %1233, 2048
	%1235 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1234
	%1236 = load i32, i32 addrspace(3)* %1235
	%1237 = lshr i32 %1236, 12
	%1238 = and i32 %1237, 15
	%1239 = select i1 %1232, i32 %1238, i32 16
	%1240 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1239)
	%1241 = lshr i32 %1229, 8
	%1242 = mul i32 %1241, 8
	%1243 = add i32 %1242, %4
	%1244 = mul i32 %1238, 64
	%1245 = add i32 %1244, %1243
	%1246 = add i32 1024, %1245
	%1247 = and i32 %1240, %660
	%1248 = icmp eq i32 %1247, 0
	%1249 = and i1 %1232, %1248
	br i1 %1249, label %1294, label %1297

1250:
	call void @llvm.nvvm.barrier0()
	%1251 = mul i32 %0, 4
	%1252 = add i32 %1251, 1024
	%1253 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1252
	%1254 = load i32, i32 addrspace(3)* %1253
	%1255 = add i32 0, %1254
	%1256 = mul i32 %0, 4
	%1257 = add i32 %1256, 1025
	%1258 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1257
	%1259 = load i32, i32 addrspace(3)* %1258
	%1260 = add i32 %1255, %1259
	%1261 = mul i32 %0, 4
	%1262 = add i32 %1261, 1026
	%1263 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1262
	%1264 = load i32, i32 addrspace(3)* %1263
	%1265 = add i32 %1260, %1264
	%1266 = mul i32 %0, 4
	%1267 = add i32 %1266, 1027
	%1268 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1267
	%1269 = load i32, i32 addrspace(3)* %1268
	%1270 = add i32 %1265, %1269
	%1271 = and i32 %0, 31
	%1272 = lshr i32 %0, 5
	%1273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1270, i32 1, i32 0)
	%1274 = icmp uge i32 %1271, 1
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1270, %1275
	%1277 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1276, i32 2, i32 0)
	%1278 = icmp uge i32 %1271, 2
	%1279 = select i1 %1278, i32 %1277, i32 0
	%1280 = add i32 %1276, %1279
	%1281 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1280, i32 4, i32 0)
	%1282 = icmp uge i32 %1271, 4
	%1283 = select i1 %1282, i32 %1281, i32 0
	%1284 = add i32 %1280, %1283
	%1285 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1284, i32 8, i32 0)
	%1286 = icmp uge i32 %1271, 8
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1284, %1287
	%1289 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1288, i32 16, i32 0)
	%1290 = icmp uge i32 %1271, 16
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 %1288, %1291
	%1293 = icmp eq i32 %1271, 31
	br i1 %1293, label %1299, label %1301

1294:
	%1295 = call i32 @llvm.ctpop.i32(i32 %1240)
	%1296 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1246
	store i32 %1295, i32 addrspace(3)* %1296
	br label %1297

1297:
	%1298 = add i32 %1229, 256
	br label %1228

1299:
	%1300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1272
	store i32 %1292, i32 addrspace(3)* %1300
	br label %1301

1301:
	call void @llvm.nvvm.barrier0()
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = icmp sgt i32 %1272, 0
	%1305 = select i1 %1304, i32 %1303, i32 0
	%1306 = add i32 0, %1305
	%1307 = add i32 0, %1303
	%1308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1309 = load i32, i32 addrspace(3)* %1308
	%1310 = icmp sgt i32 %1272, 1
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = add i32 %1306, %1311
	%1313 = add i32 %1307, %1309
	%1314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = icmp sgt i32 %1272, 2
	%1317 = select i1 %1316, i32 %1315, i32 0
	%1318 = add i32 %1312, %1317
	%1319 = add i32 %1313, %1315
	%1320 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = icmp sgt i32 %1272, 3
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = add i32 %1318, %1323
	%1325 = add i32 %1319, %1321
	%1326 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1327 = load i32, i32 addrspace(3)* %1326
	%1328 = icmp sgt i32 %1272, 4
	%1329 = select i1 %1328, i32 %1327, i32 0
	%1330 = add i32 %1324, %1329
	%1331 = add i32 %1325, %1327
	%1332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1333 = load i32, i32 addrspace(3)* %1332
	%1334 = icmp sgt i32 %1272, 5
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = add i32 %1330, %1335
	%1337 = add i32 %1331, %1333
	%1338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = icmp sgt i32 %1272, 6
	%1341 = select i1 %1340, i32 %1339, i32 0
	%1342 = add i32 %1336, %1341
	%1343 = add i32 %1337, %1339
	%1344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1345 = load i32, i32 addrspace(3)* %1344
	%1346 = icmp sgt i32 %1272, 7
	%1347 = select i1 %1346, i32 %1345, i32 0
	%1348 = add i32 %1342, %1347
	%1349 = add i32 %1343, %1345
	%1350 = add i32 %1348, %1292
	%1351 = sub i32 %1350, %1270
	%1352 = mul i32 %0, 4
	%1353 = add i32 %1352, 1024
	%1354 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1353
	store i32 %1351, i32 addrspace(3)* %1354
	%1355 = add i32 %1351, %1254
	%1356 = mul i32 %0, 4
	%1357 = add i32 %1356, 1025
	%1358 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1357
	store i32 %1355, i32 addrspace(3)* %1358
	%1359 = add i32 %1355, %1259
	%1360 = mul i32 %0, 4
	%1361 = add i32 %1360, 1026
	%1362 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1361
	store i32 %1359, i32 addrspace(3)* %1362
	%1363 = add i32 %1359, %1264
	%1364 = mul i32 %0, 4
	%1365 = add i32 %1364, 1027
	%1366 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1365
	store i32 %1363, i32 addrspace(3)* %1366
	%1367 = add i32 %1363, %1269
	%1368 = add i32 %0, 0
	%1369 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1368
	store i32 0, i32 addrspace(3)* %1369
	%1370 = add i32 %0, 256
	%1371 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1370
	store i32 0, i32 addrspace(3)* %1371
	%1372 = add i32 %0, 512
	%1373 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1372
	store i32 0, i32 addrspace(3)* %1373
	%1374 = add i32 %0, 768
	%1375 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1374
	store i32 0, i32 addrspace(3)* %1375
	call void @llvm.nvvm.barrier0()
	br label %1376

1376:
	%1377 = phi i32 [ %0, %1301 ], [ %1408, %1407 ]
	%1378 = icmp slt i32 %1377, %663
	br i1 %1378, label %1379, label %1395

1379:
	%1380 = icmp slt i32 %1377, %440
	%1381 = select i1 %1380, i32 %1377, i32 0
	%1382 = add i32 %1381, 2048
	%1383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1382
	%1384 = load i32, i32 addrspace(3)* %1383
	%1385 = lshr i32 %1384, 12
	%1386 = and i32 %1385, 15
	%1387 = select i1 %1380, i32 %1386, i32 16
	%1388 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1387)
	%1389 = lshr i32 %1377, 8
	%1390 = mul i32 %1389, 8
	%1391 = add i32 %1390, %4
	%1392 = mul i32 %1386, 64
	%1393 = add i32 %1392, %1391
	%1394 = add i32 1024, %1393
	br i1 %1380, label %1396, label %1407

1395:
	call void @llvm.nvvm.barrier0()
	br label %1409

1396:
	%1397 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1394
	%1398 = load i32, i32 addrspace(3)* %1397
	%1399 = and i32 %1388, %660
	%1400 = call i32 @llvm.ctpop.i32(i32 %1399)
	%1401 = add i32 %1398, %1400
	%1402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1377
	%1403 = load i32, i32 addrspace(3)* %1402
	%1404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1401
	store i32 %1403, i32 addrspace(3)* %1404
	%1405 = add i32 %1401, 2048
	%1406 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1405
	store i32 %1384, i32 addrspace(3)* %1406
	br label %1407

1407:
	%1408 = add i32 %1377, 256
	br label %1376

1409:
	%1410 = phi i32 [ %0, %1395 ], [ %1479, %1478 ]
	%1411 = icmp slt i32 %1410, %663
	br i1 %1411, label %1412, label %1431

1412:
	%1413 = icmp slt i32 %1410, %440
	%1414 = select i1 %1413, i32 %1410, i32 0
	%1415 = add i32 %1414, 2048
	%1416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1415
	%1417 = load i32, i32 addrspace(3)* %1416
	%1418 = lshr i32 %1417, 16
	%1419 = and i32 %1418, 15
	%1420 = select i1 %1413, i32 %1419, i32 16
	%1421 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1420)
	%1422 = lshr i32 %1410, 8
	%1423 = mul i32 %1422, 8
	%1424 = add i32 %1423, %4
	%1425 = mul i32 %1419, 64
	%1426 = add i32 %1425, %1424
	%1427 = add i32 0, %1426
	%1428 = and i32 %1421, %660
	%1429 = icmp eq i32 %1428, 0
	%1430 = and i1 %1413, %1429
	br i1 %1430, label %1475, label %1478

1431:
	call void @llvm.nvvm.barrier0()
	%1432 = mul i32 %0, 4
	%1433 = add i32 %1432, 0
	%1434 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1433
	%1435 = load i32, i32 addrspace(3)* %1434
	%1436 = add i32 0, %1435
	%1437 = mul i32 %0, 4
	%1438 = add i32 %1437, 1
	%1439 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1438
	%1440 = load i32, i32 addrspace(3)* %1439
	%1441 = add i32 %1436, %1440
	%1442 = mul i32 %0, 4
	%1443 = add i32 %1442, 2
	%1444 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1443
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = add i32 %1441, %1445
	%1447 = mul i32 %0, 4
	%1448 = add i32 %1447, 3
	%1449 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1448
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = add i32 %1446, %1450
	%1452 = and i32 %0, 31
	%1453 = lshr i32 %0, 5
	%1454 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1451, i32 1, i32 0)
	%1455 = icmp uge i32 %1452, 1
	%1456 = select i1 %1455, i32 %1454, i32 0
	%1457 = add i32 %1451, %1456
	%1458 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1457, i32 2, i32 0)
	%1459 = icmp uge i32 %1452, 2
	%1460 = select i1 %1459, i32 %1458, i32 0
	%1461 = add i32 %1457, %1460
	%1462 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1461, i32 4, i32 0)
	%1463 = icmp uge i32 %1452, 4
	%1464 = select i1 %1463, i32 %1462, i32 0
	%1465 = add i32 %1461, %1464
	%1466 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1465, i32 8, i32 0)
	%1467 = icmp uge i32 %1452, 8
	%1468 = select i1 %1467, i32 %1466, i32 0
	%1469 = add i32 %1465, %1468
	%1470 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1469, i32 16, i32 0)
	%1471 = icmp uge i32 %1452, 16
	%1472 = select i1 %1471, i32 %1470, i32 0
	%1473 = add i32 %1469, %1472
	%1474 = icmp eq i32 %1452, 31
	br i1 %1474, label %1480, label %1482

1475:
	%1476 = call i32 @llvm.ctpop.i32(i32 %1421)
	%1477 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1427
	store i32 %1476, i32 addrspace(3)* %1477
	br label %1478

1478:
	%1479 = add i32 %1410, 256
	br label %1409

1480:
	%1481 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1453
	store i32 %1473, i32 addrspace(3)* %1481
	br label %1482

1482:
	call void @llvm.nvvm.barrier0()
	%1483 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1484 = load i32, i32 addrspace(3)* %1483
	%1485 = icmp sgt i32 %1453, 0
	%1486 = select i1 %1485, i32 %1484, i32 0
	%1487 = add i32 0, %1486
	%1488 = add i32 0, %1484
	%1489 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1490 = load i32, i32 addrspace(3)* %1489
	%1491 = icmp sgt i32 %1453, 1
	%1492 = select i1 %1491, i32 %1490, i32 0
	%1493 = add i32 %1487, %1492
	%1494 = add i32 %1488, %1490
	%1495 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1496 = load i32, i32 addrspace(3)* %1495
	%1497 = icmp sgt i32 %1453, 2
	%1498 = select i1 %1497, i32 %1496, i32 0
	%1499 = add i32 %1493, %1498
	%1500 = add i32 %1494, %1496
	%1501 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1502 = load i32, i32 addrspace(3)* %1501
	%1503 = icmp sgt i32 %1453, 3
	%1504 = select i1 %1503, i32 %1502, i32 0
	%1505 = add i32 %1499, %1504
	%1506 = add i32 %1500, %1502
	%1507 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1508 = load i32, i32 addrspace(3)* %1507
	%1509 = icmp sgt i32 %1453, 4
	%1510 = select i1 %1509, i32 %1508, i32 0
	%1511 = add i32 %1505, %1510
	%1512 = add i32 %1506, %1508
	%1513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1514 = load i32, i32 addrspace(3)* %1513
	%1515 = icmp sgt i32 %1453, 5
	%1516 = select i1 %1515, i32 %1514, i32 0
	%1517 = add i32 %1511, %1516
	%1518 = add i32 %1512, %1514
	%1519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1520 = load i32, i32 addrspace(3)* %1519
	%1521 = icmp sgt i32 %1453, 6
	%1522 = select i1 %1521, i32 %1520, i32 0
	%1523 = add i32 %1517, %1522
	%1524 = add i32 %1518, %1520
	%1525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1526 = load i32, i32 addrspace(3)* %1525
	%1527 = icmp sgt i32 %1453, 7
	%1528 = select i1 %1527, i32 %1526, i32 0
	%1529 = add i32 %1523, %1528
	%1530 = add i32 %1524, %1526
	%1531 = add i32 %1529, %1473
	%1532 = sub i32 %1531, %1451
	%1533 = mul i32 %0, 4
	%1534 = add i32 %1533, 0
	%1535 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1534
	store i32 %1532, i32 addrspace(3)* %1535
	%1536 = add i32 %1532, %1435
	%1537 = mul i32 %0, 4
	%1538 = add i32 %1537, 1
	%1539 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1538
	store i32 %1536, i32 addrspace(3)* %1539
	%1540 = add i32 %1536, %1440
	%1541 = mul i32 %0, 4
	%1542 = add i32 %1541, 2
	%1543 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1542
	store i32 %1540, i32 addrspace(3)* %1543
	%1544 = add i32 %1540, %1445
	%1545 = mul i32 %0, 4
	%1546 = add i32 %1545, 3
	%1547 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1546
	store i32 %1544, i32 addrspace(3)* %1547
	%1548 = add i32 %1544, %1450
	%1549 = add i32 %0, 1024
	%1550 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1549
	store i32 0, i32 addrspace(3)* %1550
	%1551 = add i32 %0, 1280
	%1552 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1551
	store i32 0, i32 addrspace(3)* %1552
	%1553 = add i32 %0, 1536
	%1554 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1553
	store i32 0, i32 addrspace(3)* %1554
	%1555 = add i32 %0, 1792
	%1556 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1555
	store i32 0, i32 addrspace(3)* %1556
	call void @llvm.nvvm.barrier0()
	br label %1557

1557:
	%1558 = phi i32 [ %0, %1482 ], [ %1589, %1588 ]
	%1559 = icmp slt i32 %1558, %663
	br i1 %1559, label %1560, label %1576

1560:
	%1561 = icmp slt i32 %1558, %440
	%1562 = select i1 %1561, i32 %1558, i32 0
	%1563 = add i32 %1562, 2048
	%1564 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1563
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = lshr i32 %1565, 16
	%1567 = and i32 %1566, 15
	%1568 = select i1 %1561, i32 %1567, i32 16
	%1569 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1568)
	%1570 = lshr i32 %1558, 8
	%1571 = mul i32 %1570, 8
	%1572 = add i32 %1571, %4
	%1573 = mul i32 %1567, 64
	%1574 = add i32 %1573, %1572
	%1575 = add i32 0, %1574
	br i1 %1561, label %1577, label %1588

1576:
	call void @llvm.nvvm.barrier0()
	br label %1590

1577:
	%1578 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1575
	%1579 = load i32, i32 addrspace(3)* %1578
	%1580 = and i32 %1569, %660
	%1581 = call i32 @llvm.ctpop.i32(i32 %1580)
	%1582 = add i32 %1579, %1581
	%1583 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1558
	%1584 = load i32, i32 addrspace(3)* %1583
	%1585 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1582
	store i32 %1584, i32 addrspace(3)* %1585
	%1586 = add i32 %1582, 2048
	%1587 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1586
	store i32 %1565, i32 addrspace(3)* %1587
	br label %1588

1588:
	%1589 = add i32 %1558, 256
	br label %1557

1590:
	%1591 = phi i32 [ %0, %1576 ], [ %1660, %1659 ]
	%1592 = icmp slt i32 %1591, %663
	br i1 %1592, label %1593, label %1612

1593:
	%1594 = icmp slt i32 %1591, %440
	%1595 = select i1 %1594, i32 %1591, i32 0
	%1596 = add i32 %1595, 2048
	%1597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1596
	%1598 = load i32, i32 addrspace(3)* %1597
	%1599 = lshr i32 %1598, 20
	%1600 = and i32 %1599, 15
	%1601 = select i1 %1594, i32 %1600, i32 16
	%1602 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1601)
	%1603 = lshr i32 %1591, 8
	%1604 = mul i32 %1603, 8
	%1605 = add i32 %1604, %4
	%1606 = mul i32 %1600, 64
	%1607 = add i32 %1606, %1605
	%1608 = add i32 1024, %1607
	%1609 = and i32 %1602, %660
	%1610 = icmp eq i32 %1609, 0
	%1611 = and i1 %1594, %1610
	br i1 %1611, label %1656, label %1659

1612:
	call void @llvm.nvvm.barrier0()
	%1613 = mul i32 %0, 4
	%1614 = add i32 %1613, 1024
	%1615 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1614
	%1616 = load i32, i32 addrspace(3)* %1615
	%1617 = add i32 0, %1616
	%1618 = mul i32 %0, 4
	%1619 = add i32 %1618, 1025
	%1620 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1619
	%1621 = load i32, i32 addrspace(3)* %1620
	%1622 = add i32 %1617, %1621
	%1623 = mul i32 %0, 4
	%1624 = add i32 %1623, 1026
	%1625 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1624
	%1626 = load i32, i32 addrspace(3)* %1625
	%1627 = add i32 %1622, %1626
	%1628 = mul i32 %0, 4
	%1629 = add i32 %1628, 1027
	%1630 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1629
	%1631 = load i32, i32 addrspace(3)* %1630
	%1632 = add i32 %1627, %1631
	%1633 = and i32 %0, 31
	%1634 = lshr i32 %0, 5
	%1635 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1632, i32 1, i32 0)
	%1636 = icmp uge i32 %1633, 1
	%1637 = select i1 %1636, i32 %1635, i32 0
	%1638 = add i32 %1632, %1637
	%1639 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1638, i32 2, i32 0)
	%1640 = icmp uge i32 %1633, 2
	%1641 = select i1 %1640, i32 %1639, i32 0
	%1642 = add i32 %1638, %1641
	%1643 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1642, i32 4, i32 0)
	%1644 = icmp uge i32 %1633, 4
	%1645 = select i1 %1644, i32 %1643, i32 0
	%1646 = add i32 %1642, %1645
	%1647 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1646, i32 8, i32 0)
	%1648 = icmp uge i32 %1633, 8
	%1649 = select i1 %1648, i32 %1647, i32 0
	%1650 = add i32 %1646, %1649
	%1651 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1650, i32 16, i32 0)
	%1652 = icmp uge i32 %1633, 16
	%1653 = select i1 %1652, i32 %1651, i32 0
	%1654 = add i32 %1650, %1653
	%1655 = icmp eq i32 %1633, 31
	br i1 %1655, label %1661, label %1663

1656:
	%1657 = call i32 @llvm.ctpop.i32(i32 %1602)
	%1658 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1608
	store i32 %1657, i32 addrspace(3)* %1658
	br label %1659

1659:
	%1660 = add i32 %1591, 256
	br label %1590

1661:
	%1662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1634
	store i32 %1654, i32 addrspace(3)* %1662
	br label %1663

1663:
	call void @llvm.nvvm.barrier0()
	%1664 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1665 = load i32, i32 addrspace(3)* %1664
	%1666 = icmp sgt i32 %1634, 0
	%1667 = select i1 %1666, i32 %1665, i32 0
	%1668 = add i32 0, %1667
	%1669 = add i32 0, %1665
	%1670 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1671 = load i32, i32 addrspace(3)* %1670
	%1672 = icmp sgt i32 %1634, 1
	%1673 = select i1 %1672, i32 %1671, i32 0
	%1674 = add i32 %1668, %1673
	%1675 = add i32 %1669, %1671
	%1676 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1677 = load i32, i32 addrspace(3)* %1676
	%1678 = icmp sgt i32 %1634, 2
	%1679 = select i1 %1678, i32 %1677, i32 0
	%1680 = add i32 %1674, %1679
	%1681 = add i32 %1675, %1677
	%1682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1683 = load i32, i32 addrspace(3)* %1682
	%1684 = icmp sgt i32 %1634, 3
	%1685 = select i1 %1684, i32 %1683, i32 0
	%1686 = add i32 %1680, %1685
	%1687 = add i32 %1681, %1683
	%1688 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1689 = load i32, i32 addrspace(3)* %1688
	%1690 = icmp sgt i32 %1634, 4
	%1691 = select i1 %1690, i32 %1689, i32 0
	%1692 = add i32 %1686, %1691
	%1693 = add i32 %1687, %1689
	%1694 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1695 = load i32, i32 addrspace(3)* %1694
	%1696 = icmp sgt i32 %1634, 5
	%1697 = select i1 %1696, i32 %1695, i32 0
	%1698 = add i32 %1692, %1697
	%1699 = add i32 %1693, %1695
	%1700 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1701 = load i32, i32 addrspace(3)* %1700
	%1702 = icmp sgt i32 %1634, 6
	%1703 = select i1 %1702, i32 %1701, i32 0
	%1704 = add i32 %1698, %1703
	%1705 = add i32 %1699, %1701
	%1706 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1707 = load i32, i32 addrspace(3)* %1706
	%1708 = icmp sgt i32 %1634, 7
	%1709 = select i1 %1708, i32 %1707, i32 0
	%1710 = add i32 %1704, %1709
	%1711 = add i32 %1705, %1707
	%1712 = add i32 %1710, %1654
	%1713 = sub i32 %1712, %1632
	%1714 = mul i32 %0, 4
	%1715 = add i32 %1714, 1024
	%1716 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1715
	store i32 %1713, i32 addrspace(3)* %1716
	%1717 = add i32 %1713, %1616
	%1718 = mul i32 %0, 4
	%1719 = add i32 %1718, 1025
	%1720 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1719
	store i32 %1717, i32 addrspace(3)* %1720
	%1721 = add i32 %1717, %1621
	%1722 = mul i32 %0, 4
	%1723 = add i32 %1722, 1026
	%1724 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1723
	store i32 %1721, i32 addrspace(3)* %1724
	%1725 = add i32 %1721, %1626
	%1726 = mul i32 %0, 4
	%1727 = add i32 %1726, 1027
	%1728 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1727
	store i32 %1725, i32 addrspace(3)* %1728
	%1729 = add i32 %1725, %1631
	%1730 = add i32 %0, 0
	%1731 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1730
	store i32 0, i32 addrspace(3)* %1731
	%1732 = add i32 %0, 256
	%1733 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1732
	store i32 0, i32 addrspace(3)* %1733
	%1734 = add i32 %0, 512
	%1735 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1734
	store i32 0, i32 addrspace(3)* %1735
	%1736 = add i32 %0, 768
	%1737 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1736
	store i32 0, i32 addrspace(3)* %1737
	call void @llvm.nvvm.barrier0()
	br label %1738

1738:
	%1739 = phi i32 [ %0, %1663 ], [ %1770, %1769 ]
	%1740 = icmp slt i32 %1739, %663
	br i1 %1740, label %1741, label %1757

1741:
	%1742 = icmp slt i32 %1739, %440
	%1743 = select i1 %1742, i32 %1739, i32 0
	%1744 = add i32 %1743, 2048
	%1745 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1744
	%1746 = load i32, i32 addrspace(3)* %1745
	%1747 = lshr i32 %1746, 20
	%1748 = and i32 %1747, 15
	%1749 = select i1 %1742, i32 %1748, i32 16
	%1750 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1749)
	%1751 = lshr i32 %1739, 8
	%1752 = mul i32 %1751, 8
	%1753 = add i32 %1752, %4
	%1754 = mul i32 %1748, 64
	%1755 = add i32 %1754, %1753
	%1756 = add i32 1024, %1755
	br i1 %1742, label %1758, label %1769

1757:
	call void @llvm.nvvm.barrier0()
	br label %1771

1758:
	%1759 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1756
	%1760 = load i32, i32 addrspace(3)* %1759
	%1761 = and i32 %1750, %660
	%1762 = call i32 @llvm.ctpop.i32(i32 %1761)
	%1763 = add i32 %1760, %1762
	%1764 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1739
	%1765 = load i32, i32 addrspace(3)* %1764
	%1766 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1763
	store i32 %1765, i32 addrspace(3)* %1766
	%1767 = add i32 %1763, 2048
	%1768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1767
	store i32 %1746, i32 addrspace(3)* %1768
	br label %1769

1769:
	%1770 = add i32 %1739, 256
	br label %1738

1771:
	%1772 = phi i32 [ %0, %1757 ], [ %1841, %1840 ]
	%1773 = icmp slt i32 %1772, %663
	br i1 %1773, label %1774, label %1793

1774:
	%1775 = icmp slt i32 %1772, %440
	%1776 = select i1 %1775, i32 %1772, i32 0
	%1777 = add i32 %1776, 2048
	%1778 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1777
	%1779 = load i32, i32 addrspace(3)* %1778
	%1780 = lshr i32 %1779, 24
	%1781 = and i32 %1780, 15
	%1782 = select i1 %1775, i32 %1781, i32 16
	%1783 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1782)
	%1784 = lshr i32 %1772, 8
	%1785 = mul i32 %1784, 8
	%1786 = add i32 %1785, %4
	%1787 = mul i32 %1781, 64
	%1788 = add i32 %1787, %1786
	%1789 = add i32 0, %1788
	%1790 = and i32 %1783, %660
	%1791 = icmp eq i32 %1790, 0
	%1792 = and i1 %1775, %1791
	br i1 %1792, label %1837, label %1840

1793:
	call void @llvm.nvvm.barrier0()
	%1794 = mul i32 %0, 4
	%1795 = add i32 %1794, 0
	%1796 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1795
	%1797 = load i32, i32 addrspace(3)* %1796
	%1798 = add i32 0, %1797
	%1799 = mul i32 %0, 4
	%1800 = add i32 %1799, 1
	%1801 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1800
	%1802 = load i32, i32 addrspace(3)* %1801
	%1803 = add i32 %1798, %1802
	%1804 = mul i32 %0, 4
	%1805 = add i32 %1804, 2
	%1806 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1805
	%1807 = load i32, i32 addrspace(3)* %1806
	%1808 = add i32 %1803, %1807
	%1809 = mul i32 %0, 4
	%1810 = add i32 %1809, 3
	%1811 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1810
	%1812 = load i32, i32 addrspace(3)* %1811
	%1813 = add i32 %1808, %1812
	%1814 = and i32 %0, 31
	%1815 = lshr i32 %0, 5
	%1816 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1813, i32 1, i32 0)
	%1817 = icmp uge i32 %1814, 1
	%1818 = select i1 %1817, i32 %1816, i32 0
	%1819 = add i32 %1813, %1818
	%1820 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1819, i32 2, i32 0)
	%1821 = icmp uge i32 %1814, 2
	%1822 = select i1 %1821, i32 %1820, i32 0
	%1823 = add i32 %1819, %1822
	%1824 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1823, i32 4, i32 0)
	%1825 = icmp uge i32 %1814, 4
	%1826 = select i1 %1825, i32 %1824, i32 0
	%1827 = add i32 %1823, %1826
	%1828 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1827, i32 8, i32 0)
	%1829 = icmp uge i32 %1814, 8
	%1830 = select i1 %1829, i32 %1828, i32 0
	%1831 = add i32 %1827, %1830
	%1832 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1831, i32 16, i32 0)
	%1833 = icmp uge i32 %1814, 16
	%1834 = select i1 %1833, i32 %1832, i32 0
	%1835 = add i32 %1831, %1834
	%1836 = icmp eq i32 %1814, 31
	br i1 %1836, label %1842, label %1844

1837:
	%1838 = call i32 @llvm.ctpop.i32(i32 %1783)
	%1839 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1789
	store i32 %1838, i32 addrspace(3)* %1839
	br label %1840

1840:
	%1841 = add i32 %1772, 256
	br label %1771

1842:
	%1843 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1815
	store i32 %1835, i32 addrspace(3)* %1843
	br label %1844

1844:
	call void @llvm.nvvm.barrier0()
	%1845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1846 = load i32, i32 addrspace(3)* %1845
	%1847 = icmp sgt i32 %1815, 0
	%1848 = select i1 %1847, i32 %1846, i32 0
	%1849 = add i32 0, %1848
	%1850 = add i32 0, %1846
	%1851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1852 = load i32, i32 addrspace(3)* %1851
	%1853 = icmp sgt i32 %1815, 1
	%1854 = select i1 %1853, i32 %1852, i32 0
	%1855 = add i32 %1849, %1854
	%1856 = add i32 %1850, %1852
	%1857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1858 = load i32, i32 addrspace(3)* %1857
	%1859 = icmp sgt i32 %1815, 2
	%1860 = select i1 %1859, i32 %1858, i32 0
	%1861 = add i32 %1855, %1860
	%1862 = add i32 %1856, %1858
	%1863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1864 = load i32, i32 addrspace(3)* %1863
	%1865 = icmp sgt i32 %1815, 3
	%1866 = select i1 %1865, i32 %1864, i32 0
	%1867 = add i32 %1861, %1866
	%1868 = add i32 %1862, %1864
	%1869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1870 = load i32, i32 addrspace(3)* %1869
	%1871 = icmp sgt i32 %1815, 4
	%1872 = select i1 %1871, i32 %1870, i32 0
	%1873 = add i32 %1867, %1872
	%1874 = add i32 %1868, %1870
	%1875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1876 = load i32, i32 addrspace(3)* %1875
	%1877 = icmp sgt i32 %1815, 5
	%1878 = select i1 %1877, i32 %1876, i32 0
	%1879 = add i32 %1873, %1878
	%1880 = add i32 %1874, %1876
	%1881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1882 = load i32, i32 addrspace(3)* %1881
	%1883 = icmp sgt i32 %1815, 6
	%1884 = select i1 %1883, i32 %1882, i32 0
	%1885 = add i32 %1879, %1884
	%1886 = add i32 %1880, %1882
	%1887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1888 = load i32, i32 addrspace(3)* %1887
	%1889 = icmp sgt i32 %1815, 7
	%1890 = select i1 %1889, i32 %1888, i32 0
	%1891 = add i32 %1885, %1890
	%1892 = add i32 %1886, %1888
	%1893 = add i32 %1891, %1835
	%1894 = sub i32 %1893, %1813
	%1895 = mul i32 %0, 4
	%1896 = add i32 %1895, 0
	%1897 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1896
	store i32 %1894, i32 addrspace(3)* %1897
	%1898 = add i32 %1894, %1797
	%1899 = mul i32 %0, 4
	%1900 = add i32 %1899, 1
	%1901 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1900
	store i32 %1898, i32 addrspace(3)* %1901
	%1902 = add i32 %1898, %1802
	%1903 = mul i32 %0, 4
	%1904 = add i32 %1903, 2
	%1905 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1904
	store i32 %1902, i32 addrspace(3)* %1905
	%1906 = add i32 %1902, %1807
	%1907 = mul i32 %0, 4
	%1908 = add i32 %1907, 3
	%1909 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1908
	store i32 %1906, i32 addrspace(3)* %1909
	%1910 = add i32 %1906, %1812
	%1911 = add i32 %0, 1024
	%1912 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1911
	store i32 0, i32 addrspace(3)* %1912
	%1913 = add i32 %0, 1280
	%1914 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1913
	store i32 0, i32 addrspace(3)* %1914
	%1915 = add i32 %0, 1536
	%1916 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1915
	store i32 0, i32 addrspace(3)* %1916
	%1917 = add i32 %0, 1792
	%1918 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1917
	store i32 0, i32 addrspace(3)* %1918
	call void @llvm.nvvm.barrier0()
	br label %1919

1919:
	%1920 = phi i32 [ %0, %1844 ], [ %1951, %1950 ]
	%1921 = icmp slt i32 %1920, %663
	br i1 %1921, label %1922, label %1938

1922:
	%1923 = icmp slt i32 %1920, %440
	%1924 = select i1 %1923, i32 %1920, i32 0
	%1925 = add i32 %1924, 2048
	%1926 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1925
	%1927 = load i32, i32 addrspace(3)* %1926
	%1928 = lshr i32 %1927, 24
	%1929 = and i32 %1928, 15
	%1930 = select i1 %1923, i32 %1929, i32 16
	%1931 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1930)
	%1932 = lshr i32 %1920, 8
	%1933 = mul i32 %1932, 8
	%1934 = add i32 %1933, %4
	%1935 = mul i32 %1929, 64
	%1936 = add i32 %1935, %1934
	%1937 = add i32 0, %1936
	br i1 %1923, label %1939, label %1950

1938:
	call void @llvm.nvvm.barrier0()
	br label %1952

1939:
	%1940 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1937
	%1941 = load i32, i32 addrspace(3)* %1940
	%1942 = and i32 %1931, %660
	%1943 = call i32 @llvm.ctpop.i32(i32 %1942)
	%1944 = add i32 %1941, %1943
	%1945 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1920
	%1946 = load i32, i32 addrspace(3)* %1945
	%1947 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1944
	store i32 %1946, i32 addrspace(3)* %1947
	%1948 = add i32 %1944, 2048
	%1949 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1948
	store i32 %1927, i32 addrspace(3)* %1949
	br label %1950

1950:
	%1951 = add i32 %1920, 256
	br label %1919

1952:
	%1953 = phi i32 [ %0, %1938 ], [ %2022, %2021 ]
	%1954 = icmp slt i32 %1953, %663
	br i1 %1954, label %1955, label %1974

1955:
	%1956 = icmp slt i32 %1953, %440
	%1957 = select i1 %1956, i32 %1953, i32 0
	%1958 = add i32 %1957, 2048
	%1959 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1958
	%1960 = load i32, i32 addrspace(3)* %1959
	%1961 = lshr i32 %1960, 28
	%1962 = and i32 %1961, 15
	%1963 = select i1 %1956, i32 %1962, i32 16
	%1964 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1963)
	%1965 = lshr i32 %1953, 8
	%1966 = mul i32 %1965, 8
	%1967 = add i32 %1966, %4
	%1968 = mul i32 %1962, 64
	%1969 = add i32 %1968, %1967
	%1970 = add i32 1024, %1969
	%1971 = and i32 %1964, %660
	%1972 = icmp eq i32 %1971, 0
	%1973 = and i1 %1956, %1972
	br i1 %1973, label %2018, label %2021

1974:
	call void @llvm.nvvm.barrier0()
	%1975 = mul i32 %0, 4
	%1976 = add i32 %1975, 1024
	%1977 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1976
	%1978 = load i32, i32 addrspace(3)* %1977
	%1979 = add i32 0, %1978
	%1980 = mul i32 %0, 4
	%1981 = add i32 %1980, 1025
	%1982 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1981
	%1983 = load i32, i32 addrspace(3)* %1982
	%1984 = add i32 %1979, %1983
	%1985 = mul i32 %0, 4
	%1986 = add i32 %1985, 1026
	%1987 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1986
	%1988 = load i32, i32 addrspace(3)* %1987
	%1989 = add i32 %1984, %1988
	%1990 = mul i32 %0, 4
	%1991 = add i32 %1990, 1027
	%1992 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1991
	%1993 = load i32, i32 addrspace(3)* %1992
	%1994 = add i32 %1989, %1993
	%1995 = and i32 %0, 31
	%1996 = lshr i32 %0, 5
	%1997 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1994, i32 1, i32 0)
	%1998 = icmp uge i32 %1995, 1
	%1999 = select i1 %1998, i32 %1997, i32 0
	%2000 = add i32 %1994, %1999
	%2001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2000, i32 2, i32 0)
	%2002 = icmp uge i32 %1995, 2
	%2003 = select i1 %2002, i32 %2001, i32 0
	%2004 = add i32 %2000, %2003
	%2005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2004, i32 4, i32 0)
	%2006 = icmp uge i32 %1995, 4
	%2007 = select i1 %2006, i32 %2005, i32 0
	%2008 = add i32 %2004, %2007
	%2009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2008, i32 8, i32 0)
	%2010 = icmp uge i32 %1995, 8
	%2011 = select i1 %2010, i32 %2009, i32 0
	%2012 = add i32 %2008, %2011
	%2013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2012, i32 16, i32 0)
	%2014 = icmp uge i32 %1995, 16
	%2015 = select i1 %2014, i32 %2013, i32 0
	%2016 = add i32 %2012, %2015
	%2017 = icmp eq i32 %1995, 31
	br i1 %2017, label %2023, label %2025

2018:
	%2019 = call i32 @llvm.ctpop.i32(i32 %1964)
	%2020 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1970
	store i32 %2019, i32 addrspace(3)* %2020
	br label %2021

2021:
	%2022 = add i32 %1953, 256
	br label %1952

2023:
	%2024 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1996
	store i32 %2016, i32 addrspace(3)* %2024
	br label %2025

2025:
	call void @llvm.nvvm.barrier0()
	%2026 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2027 = load i32, i32 addrspace(3)* %2026
	%2028 = icmp sgt i32 %1996, 0
	%2029 = select i1 %2028, i32 %2027, i32 0
	%2030 = add i32 0, %2029
	%2031 = add i32 0, %2027
	%2032 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2033 = load i32, i32 addrspace(3)* %2032
	%2034 = icmp sgt i32 %1996, 1
	%2035 = select i1 %2034, i32 %2033, i32 0
	%2036 = add i32 %2030, %2035
	%2037 = add i32 %2031, %2033
	%2038 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2039 = load i32, i32 addrspace(3)* %2038
	%2040 = icmp sgt i32 %1996, 2
	%2041 = select i1 %2040, i32 %2039, i32 0
	%2042 = add i32 %2036, %2041
	%2043 = add i32 %2037, %2039
	%2044 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2045 = load i32, i32 addrspace(3)* %2044
	%2046 = icmp sgt i32 %1996, 3
	%2047 = select i1 %2046, i32 %2045, i32 0
	%2048 = add i32 %2042, %2047
	%2049 = add i32 %2043, %2045
	%2050 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2051 = load i32, i32 addrspace(3)* %2050
	%2052 = icmp sgt i32 %1996, 4
	%2053 = select i1 %2052, i32 %2051, i32 0
	%2054 = add i32 %2048, %2053
	%2055 = add i32 %2049, %2051
	%2056 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2057 = load i32, i32 addrspace(3)* %2056
	%2058 = icmp sgt i32 %1996, 5
	%2059 = select i1 %2058, i32 %2057, i32 0
	%2060 = add i32 %2054, %2059
	%2061 = add i32 %2055, %2057
	%2062 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2063 = load i32, i32 addrspace(3)* %2062
	%2064 = icmp sgt i32 %1996, 6
	%2065 = select i1 %2064, i32 %2063, i32 0
	%2066 = add i32 %2060, %2065
	%2067 = add i32 %2061, %2063
	%2068 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2069 = load i32, i32 addrspace(3)* %2068
	%2070 = icmp sgt i32 %1996, 7
	%2071 = select i1 %2070, i32 %2069, i32 0
	%2072 = add i32 %2066, %2071
	%2073 = add i32 %2067, %2069
	%2074 = add i32 %2072, %2016
	%2075 = sub i32 %2074, %1994
	%2076 = mul i32 %0, 4
	%2077 = add i32 %2076, 1024
	%2078 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2077
	store i32 %2075, i32 addrspace(3)* %2078
	%2079 = add i32 %2075, %1978
	%2080 = mul i32 %0, 4
	%2081 = add i32 %2080, 1025
	%2082 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2081
	store i32 %2079, i32 addrspace(3)* %2082
	%2083 = add i32 %2079, %1983
	%2084 = mul i32 %0, 4
	%2085 = add i32 %2084, 1026
	%2086 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2085
	store i32 %2083, i32 addrspace(3)* %2086
	%2087 = add i32 %2083, %1988
	%2088 = mul i32 %0, 4
	%2089 = add i32 %2088, 1027
	%2090 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2089
	store i32 %2087, i32 addrspace(3)* %2090
	%2091 = add i32 %2087, %1993
	%2092 = add i32 %0, 0
	%2093 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2092
	store i32 0, i32 addrspace(3)* %2093
	%2094 = add i32 %0, 256
	%2095 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2094
	store i32 0, i32 addrspace(3)* %2095
	%2096 = add i32 %0, 512
	%2097 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2096
	store i32 0, i32 addrspace(3)* %2097
	%2098 = add i32 %0, 768
	%2099 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2098
	store i32 0, i32 addrspace(3)* %2099
	call void @llvm.nvvm.barrier0()
	br label %2100

2100:
	%2101 = phi i32 [ %0, %2025 ], [ %2137, %2136 ]
	%2102 = icmp slt i32 %2101, %663
	br i1 %2102, label %2103, label %2119

2103:
	%2104 = icmp slt i32 %2101, %440
	%2105 = select i1 %2104, i32 %2101, i32 0
	%2106 = add i32 %2105, 2048
	%2107 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2106
	%2108 = load i32, i32 addrspace(3)* %2107
	%2109 = lshr i32 %2108, 28
	%2110 = and i32 %2109, 15
	%2111 = select i1 %2104, i32 %2110, i32 16
	%2112 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2111)
	%2113 = lshr i32 %2101, 8
	%2114 = mul i32 %2113, 8
	%2115 = add i32 %2114, %4
	%2116 = mul i32 %2110, 64
	%2117 = add i32 %2116, %2115
	%2118 = add i32 1024, %2117
	br i1 %2104, label %2120, label %2136

2119:
	br label %write_done

2120:
	%2121 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2118
	%2122 = load i32, i32 addrspace(3)* %2121
	%2123 = and i32 %2112, %660
	%2124 = call i32 @llvm.ctpop.i32(i32 %2123)
	%2125 = add i32 %2122, %2124
	%2126 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2101
	%2127 = load i32, i32 addrspace(3)* %2126
	%2128 = add i32 %437, %2125
	%2129 = add i32 %13, %2128
	%2130 = sext i32 %2129 to i64
	%2131 = getelementptr i32, i32* %list, i64 %2130
	store i32 %2127, i32* %2131
	%2132 = add i32 %13, %NK
	%2133 = add i32 %2132, %2128
	%2134 = sext i32 %2133 to i64
	%2135 = getelementptr i32, i32* %list, i64 %2134
	store i32 0, i32* %2135
	br label %2136

2136:
	%2137 = add i32 %2101, 256
	br label %2100

2138:
	%2139 = phi i32 [ %647, %write_sort ], [ %2143, %2141 ]
	%2140 = icmp slt i32 %2139, %646
	br i1 %2140, label %2141, label %2144

2141:
	%2142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2139
	store i32 -1, i32 addrspace(3)* %2142
	%2143 = add i32 %2139, 256
	br label %2138

2144:
	call void @llvm.nvvm.barrier0()
	%2145 = add i32 %645, 1
	br label %2146

2146:
	%2147 = phi i32 [ 1, %2144 ], [ %2163, %2162 ]
	%2148 = icmp slt i32 %2147, %2145
	br i1 %2148, label %2149, label %2151

2149:
	%2150 = shl i32 1, %2147
	br label %2152

2151:
	br label %2204

2152:
	%2153 = phi i32 [ 0, %2149 ], [ %2198, %2197 ]
	%2154 = icmp slt i32 %2153, %2147
	br i1 %2154, label %2155, label %2162

2155:
	%2156 = sub i32 %2147, 1
	%2157 = sub i32 %2156, %2153
	%2158 = shl i32 1, %2157
	%2159 = sub i32 %2147, 1
	%2160 = sub i32 %2159, %2153
	%2161 = lshr i32 %646, 1
	br label %2164

2162:
	%2163 = add i32 %2147, 1
	br label %2146

2164:
	%2165 = phi i32 [ %0, %2155 ], [ %2203, %2202 ]
	%2166 = icmp slt i32 %2165, %2161
	br i1 %2166, label %2167, label %2197

2167:
	%2168 = lshr i32 %2165, %2160
	%2169 = add i32 %2160, 1
	%2170 = shl i32 %2168, %2169
	%2171 = sub i32 %2158, 1
	%2172 = and i32 %2165, %2171
	%2173 = or i32 %2170, %2172
	%2174 = or i32 %2173, %2158
	%2175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2173
	%2176 = load i32, i32 addrspace(3)* %2175
	%2177 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2174
	%2178 = load i32, i32 addrspace(3)* %2177
	%2179 = and i32 %2173, %2150
	%2180 = icmp eq i32 %2179, 0
	%2181 = icmp sge i32 %2178, 0
	%2182 = select i1 %2181, i32 %2178, i32 0
	%2183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2182
	%2184 = load i32, i32 addrspace(3)* %2183
	%2185 = select i1 %2181, i32 %2184, i32 0
	%2186 = icmp sge i32 %2176, 0
	%2187 = select i1 %2186, i32 %2176, i32 0
	%2188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2187
	%2189 = load i32, i32 addrspace(3)* %2188
	%2190 = select i1 %2186, i32 %2189, i32 0
	%2191 = icmp ugt i32 %2185, %2190
	%2192 = icmp eq i32 %2185, %2190
	%2193 = icmp slt i32 %2178, %2176
	%2194 = and i1 %2192, %2193
	%2195 = or i1 %2191, %2194
	%2196 = icmp eq i1 %2195, %2180
	br i1 %2196, label %2199, label %2202

2197:
	call void @llvm.nvvm.barrier0()
	%2198 = add i32 %2153, 1
	br label %2152

2199:
	%2200 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2173
	store i32 %2178, i32 addrspace(3)* %2200
	%2201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2174
	store i32 %2176, i32 addrspace(3)* %2201
	br label %2202

2202:
	%2203 = add i32 %2165, 256
	br label %2164

2204:
	%2205 = phi i32 [ %0, %2151 ], [ %2218, %2207 ]
	%2206 = icmp slt i32 %2205, %440
	br i1 %2206, label %2207, label %2219

2207:
	%2208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2205
	%2209 = load i32, i32 addrspace(3)* %2208
	%2210 = add i32 %437, %2205
	%2211 = add i32 %13, %2210
	%2212 = sext i32 %2211 to i64
	%2213 = getelementptr i32, i32* %list, i64 %2212
	store i32 %2209, i32* %2213
	%2214 = add i32 %13, %NK
	%2215 = add i32 %2214, %2210
	%2216 = sext i32 %2215 to i64
	%2217 = getelementptr i32, i32* %list, i64 %2216
	store i32 0, i32* %2217
	%2218 = add i32 %2205, 256
	br label %2204

2219:
	br label %write_done

2220:
	%2221 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%2222 = load i32, i32 addrspace(3)* %2221
	%2223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2222
	%2224 = load i32, i32 addrspace(3)* %2223
	%2225 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %2224, i32 addrspace(3)* %2225
	br label %2226

2226:
	call void @llvm.nvvm.barrier0()
	br i1 %634, label %2227, label %2232

2227:
	%2228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%2229 = load i32, i32 addrspace(3)* %2228
	%2230 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%2231 = load i32, i32 addrspace(3)* %2230
	br label %2233

2232:
	br label %write_done

2233:
	%2234 = phi i32 [ 0, %2227 ], [ %2249, %2237 ]
	%2235 = phi i32 [ 0, %2227 ], [ %2248, %2237 ]
	%2236 = icmp slt i32 %2234, %440
	br i1 %2236, label %2237, label %2250

2237:
	%2238 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %2234
	%2239 = load i32, i32 addrspace(3)* %2238
	%2240 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2234
	%2241 = load i32, i32 addrspace(3)* %2240
	%2242 = icmp ugt i32 %2239, %2231
	%2243 = icmp eq i32 %2239, %2231
	%2244 = icmp slt i32 %2241, %2229
	%2245 = and i1 %2243, %2244
	%2246 = or i1 %2242, %2245
	%2247 = zext i1 %2246 to i32
	%2248 = add i32 %2235, %2247
	%2249 = add i32 %2234, 1
	br label %2233

2250:
	%2251 = add i32 %437, %2235
	%2252 = add i32 %13, %2251
	%2253 = sext i32 %2252 to i64
	%2254 = getelementptr i32, i32* %list, i64 %2253
	store i32 %2229, i32* %2254
	%2255 = add i32 %13, %NK
	%2256 = add i32 %2255, %2251
	%2257 = sext i32 %2256 to i64
	%2258 = getelementptr i32, i32* %list, i64 %2257
	store i32 0, i32* %2258
	br label %2232

2259:
	%2260 = phi i32 [ %657, %write_done ], [ %2270, %2262 ]
	%2261 = icmp slt i32 %2260, %656
	br i1 %2261, label %2262, label %2271

2262:
	%2263 = add i32 %13, %2260
	%2264 = sext i32 %2263 to i64
	%2265 = getelementptr i32, i32* %list, i64 %2264
	store i32 -1, i32* %2265
	%2266 = add i32 %13, %NK
	%2267 = add i32 %2266, %2260
	%2268 = sext i32 %2267 to i64
	%2269 = getelementptr i32, i32* %list, i64 %2268
	store i32 -1, i32* %2269
	%2270 = add i32 %2260, 256
	br label %2259

2271:
	ret void
}
