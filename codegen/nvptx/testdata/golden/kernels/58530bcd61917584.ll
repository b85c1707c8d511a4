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
	br i1 %434, label %450, label %458

435:
	call void @llvm.nvvm.barrier0()
	%436 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%437 = load i32, i32 addrspace(3)* %436
	%438 = sub i32 %429, %437
	%439 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%440 = load double, double addrspace(3)* %439
	%441 = fsub double 0x3FECCCCCCCCCCCCD, %440
	%442 = fmul double %441, 262144.0
	%443 = call double @llvm.ceil.f64(double %442)
	%444 = call double @llvm.maxnum.f64(double %443, double 0.0)
	%445 = call double @llvm.minnum.f64(double %444, double 1.073741824e+09)
	%446 = fptosi double %445 to i32
	%447 = add i32 %446, 1
	call void @llvm.nvvm.barrier0()
	%448 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %448
	%449 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %449
	call void @llvm.nvvm.barrier0()
	br label %515

450:
	%451 = add i32 %13, 0
	%452 = sext i32 %451 to i64
	%453 = getelementptr i32, i32* %list, i64 %452
	store i32 0, i32* %453
	%454 = add i32 %13, %NK
	%455 = add i32 %454, 0
	%456 = sext i32 %455 to i64
	%457 = getelementptr i32, i32* %list, i64 %456
	store i32 1, i32* %457
	br label %458

458:
	%459 = add i32 %11, 0
	%460 = sext i32 %459 to i64
	%461 = getelementptr float, float* %e, i64 %460
	%462 = load float, float* %461
	%463 = add i32 0, 1
	%464 = select i1 %434, i32 %463, i32 0
	%465 = fpext float %462 to double
	%466 = fadd double 0.0, %465
	%467 = select i1 %434, double %466, double 0.0
	%468 = mul i32 %1, 64
	%469 = sdiv i32 %468, 256
	%470 = mul i32 %469, 256
	%471 = sdiv i32 %470, 64
	%472 = add i32 %469, 1
	%473 = mul i32 %472, 256
	%474 = sdiv i32 %473, 64
	%475 = icmp slt i32 %340, %471
	%476 = select i1 %475, i32 %340, i32 %471
	%477 = icmp sgt i32 %476, 1
	%478 = select i1 %477, i32 %476, i32 1
	%479 = add i32 %348, 1
	%480 = icmp sgt i32 %479, %474
	%481 = select i1 %480, i32 %479, i32 %474
	%482 = icmp slt i32 %481, %NK
	%483 = select i1 %482, i32 %481, i32 %NK
	br label %484

484:
	%485 = phi i32 [ %478, %458 ], [ %514, %504 ]
	%486 = phi i32 [ %464, %458 ], [ %510, %504 ]
	%487 = phi double [ %467, %458 ], [ %513, %504 ]
	%488 = icmp slt i32 %485, %483
	br i1 %488, label %489, label %493

489:
	%490 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %485
	%491 = load i32, i32 addrspace(3)* %490
	%492 = icmp eq i32 %491, 1
	br i1 %492, label %496, label %504

493:
	%494 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %486, i32 addrspace(3)* %494
	%495 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %487, double addrspace(3)* %495
	br label %435

496:
	%497 = add i32 %13, %486
	%498 = sext i32 %497 to i64
	%499 = getelementptr i32, i32* %list, i64 %498
	store i32 %485, i32* %499
	%500 = add i32 %13, %NK
	%501 = add i32 %500, %486
	%502 = sext i32 %501 to i64
	%503 = getelementptr i32, i32* %list, i64 %502
	store i32 1, i32* %503
	br label %504

504:
	%505 = add i32 %11, %485
	%506 = sext i32 %505 to i64
	%507 = getelementptr float, float* %e, i64 %506
	%508 = load float, float* %507
	%509 = add i32 %486, 1
	%510 = select i1 %492, i32 %509, i32 %486
	%511 = fpext float %508 to double
	%512 = fadd double %487, %511
	%513 = select i1 %492, double %512, double %487
	%514 = add i32 %485, 1
	br label %484

515:
	%516 = phi i32 [ %0, %435 ], [ %585, %584 ]
	%517 = icmp slt i32 %516, %16
	br i1 %517, label %518, label %528

518:
	%519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %516
	%520 = load i32, i32 addrspace(3)* %519
	%521 = icmp uge i32 %520, 2
	%522 = and i32 %520, 0
	%523 = icmp eq i32 %522, 0
	%524 = and i1 %521, %523
	%525 = lshr i32 %520, 24
	%526 = and i32 %525, 255
	%527 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %524)
	br i1 %527, label %557, label %565

528:
	call void @llvm.nvvm.barrier0()
	%529 = sub i32 255, %0
	%530 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %529
	%531 = load i32, i32 addrspace(3)* %530
	%532 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %529
	%533 = load i32, i32 addrspace(3)* %532
	%534 = and i32 %0, 31
	%535 = lshr i32 %0, 5
	%536 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %533, i32 1, i32 0)
	%537 = icmp uge i32 %534, 1
	%538 = select i1 %537, i32 %536, i32 0
	%539 = add i32 %533, %538
	%540 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %539, i32 2, i32 0)
	%541 = icmp uge i32 %534, 2
	%542 = select i1 %541, i32 %540, i32 0
	%543 = add i32 %539, %542
	%544 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %543, i32 4, i32 0)
	%545 = icmp uge i32 %534, 4
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %543, %546
	%548 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %547, i32 8, i32 0)
	%549 = icmp uge i32 %534, 8
	%550 = select i1 %549, i32 %548, i32 0
	%551 = add i32 %547, %550
	%552 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %551, i32 16, i32 0)
	%553 = icmp uge i32 %534, 16
	%554 = select i1 %553, i32 %552, i32 0
	%555 = add i32 %551, %554
	%556 = icmp eq i32 %534, 31
	br i1 %556, label %586, label %588

557:
	%558 = select i1 %524, i32 %526, i32 256
	%559 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %558)
	%560 = shl i32 1, %3
	%561 = sub i32 %560, 1
	%562 = and i32 %559, %561
	%563 = icmp eq i32 %562, 0
	%564 = and i1 %524, %563
	br i1 %564, label %576, label %580

565:
	%566 = sub i32 %520, 2
	%567 = bitcast i32 %566 to float
	%568 = fcmp ogt float %567, 0.0
	%569 = select i1 %568, float %567, float 0.0
	%570 = fcmp olt float %569, 1.0
	%571 = select i1 %570, float %569, float 1.0
	%572 = fmul float %571, 262144.0
	%573 = fptosi float %572 to i32
	%574 = icmp sgt i32 %573, 0
	%575 = and i1 %524, %574
	br i1 %575, label %581, label %584

576:
	%577 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %526
	%578 = call i32 @llvm.ctpop.i32(i32 %559)
	%579 = atomicrmw add i32 addrspace(3)* %577, i32 %578 monotonic
	br label %580

580:
	br label %565

581:
	%582 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %526
	%583 = atomicrmw add i32 addrspace(3)* %582, i32 %573 monotonic
	br label %584

584:
	%585 = add i32 %516, 256
	br label %515

586:
	%587 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %535
	store i32 %555, i32 addrspace(3)* %587
	br label %588

588:
	call void @llvm.nvvm.barrier0()
	%589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%590 = load i32, i32 addrspace(3)* %589
	%591 = icmp sgt i32 %535, 0
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 0, %592
	%594 = add i32 0, %590
	%595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%596 = load i32, i32 addrspace(3)* %595
	%597 = icmp sgt i32 %535, 1
	%598 = select i1 %597, i32 %596, i32 0
	%599 = add i32 %593, %598
	%600 = add i32 %594, %596
	%601 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%602 = load i32, i32 addrspace(3)* %601
	%603 = icmp sgt i32 %535, 2
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %599, %604
	%606 = add i32 %600, %602
	%607 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%608 = load i32, i32 addrspace(3)* %607
	%609 = icmp sgt i32 %535, 3
	%610 = select i1 %609, i32 %608, i32 0
	%611 = add i32 %605, %610
	%612 = add i32 %606, %608
	%613 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%614 = load i32, i32 addrspace(3)* %613
	%615 = icmp sgt i32 %535, 4
	%616 = select i1 %615, i32 %614, i32 0
	%617 = add i32 %611, %616
	%618 = add i32 %612, %614
	%619 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%620 = load i32, i32 addrspace(3)* %619
	%621 = icmp sgt i32 %535, 5
	%622 = select i1 %621, i32 %620, i32 0
	%623 = add i32 %617, %622
	%624 = add i32 %618, %620
	%625 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%626 = load i32, i32 addrspace(3)* %625
	%627 = icmp sgt i32 %535, 6
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %623, %628
	%630 = add i32 %624, %626
	%631 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%632 = load i32, i32 addrspace(3)* %631
	%633 = icmp sgt i32 %535, 7
	%634 = select i1 %633, i32 %632, i32 0
	%635 = add i32 %629, %634
	%636 = add i32 %630, %632
	%637 = add i32 %635, %555
	%638 = sub i32 %637, %533
	%639 = and i32 %0, 31
	%640 = lshr i32 %0, 5
	%641 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %531, i32 1, i32 0)
	%642 = icmp uge i32 %639, 1
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %531, %643
	%645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %644, i32 2, i32 0)
	%646 = icmp uge i32 %639, 2
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %644, %647
	%649 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %648, i32 4, i32 0)
	%650 = icmp uge i32 %639, 4
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %648, %651
	%653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %652, i32 8, i32 0)
	%654 = icmp uge i32 %639, 8
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %652, %655
	%657 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %656, i32 16, i32 0)
	%658 = icmp uge i32 %639, 16
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %656, %659
	%661 = icmp eq i32 %639, 31
	br i1 %661, label %662, label %664

662:
	%663 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %640
	store i32 %660, i32 addrspace(3)* %663
	br label %664

664:
	call void @llvm.nvvm.barrier0()
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %640, 0
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 0, %668
	%670 = add i32 0, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %640, 1
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %640, 2
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%684 = load i32, i32 addrspace(3)* %683
	%685 = icmp sgt i32 %640, 3
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %681, %686
	%688 = add i32 %682, %684
	%689 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%690 = load i32, i32 addrspace(3)* %689
	%691 = icmp sgt i32 %640, 4
	%692 = select i1 %691, i32 %690, i32 0
	%693 = add i32 %687, %692
	%694 = add i32 %688, %690
	%695 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%696 = load i32, i32 addrspace(3)* %695
	%697 = icmp sgt i32 %640, 5
	%698 = select i1 %697, i32 %696, i32 0
	%699 = add i32 %693, %698
	%700 = add i32 %694, %696
	%701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%702 = load i32, i32 addrspace(3)* %701
	%703 = icmp sgt i32 %640, 6
	%704 = select i1 %703, i32 %702, i32 0
	%705 = add i32 %699, %704
	%706 = add i32 %700, %702
	%707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%708 = load i32, i32 addrspace(3)* %707
	%709 = icmp sgt i32 %640, 7
	%710 = select i1 %709, i32 %708, i32 0
	%711 = add i32 %705, %710
	%712 = add i32 %706, %708
	%713 = add i32 %711, %660
	%714 = sub i32 %713, %531
	%715 = icmp slt i32 %638, %447
	%716 = add i32 %638, %533
	%717 = icmp sle i32 %447, %716
	%718 = and i1 %715, %717
	%719 = icmp slt i32 %636, %447
	%720 = icmp eq i32 %0, 0
	%721 = and i1 %719, %720
	%722 = or i1 %718, %721
	br i1 %722, label %723, label %729

723:
	%724 = select i1 %719, i32 0, i32 %529
	%725 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %724, i32 addrspace(3)* %725
	%726 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %638, i32 addrspace(3)* %726
	%727 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %714, i32 addrspace(3)* %727
	%728 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %531, i32 addrspace(3)* %728
	br label %729

729:
	call void @llvm.nvvm.barrier0()
	%730 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%731 = load i32, i32 addrspace(3)* %730
	%732 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%733 = load i32, i32 addrspace(3)* %732
	%734 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%735 = load i32, i32 addrspace(3)* %734
	%736 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%737 = load i32, i32 addrspace(3)* %736
	%738 = shl i32 %731, 24
	%739 = or i32 0, %738
	%740 = sub i32 %447, %733
	%741 = add i32 0, %735
	%742 = or i1 false, %719
	%743 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%744 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %744
	%745 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %745
	call void @llvm.nvvm.barrier0()
	br label %746

746:
	%747 = phi i32 [ %0, %729 ], [ %816, %815 ]
	%748 = icmp slt i32 %747, %16
	br i1 %748, label %749, label %759

749:
	%750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %747
	%751 = load i32, i32 addrspace(3)* %750
	%752 = icmp uge i32 %751, 2
	%753 = and i32 %751, %743
	%754 = icmp eq i32 %753, %739
	%755 = and i1 %752, %754
	%756 = lshr i32 %751, 16
	%757 = and i32 %756, 255
	%758 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %755)
	br i1 %758, label %788, label %796

759:
	call void @llvm.nvvm.barrier0()
	%760 = sub i32 255, %0
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %760
	%762 = load i32, i32 addrspace(3)* %761
	%763 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %760
	%764 = load i32, i32 addrspace(3)* %763
	%765 = and i32 %0, 31
	%766 = lshr i32 %0, 5
	%767 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %764, i32 1, i32 0)
	%768 = icmp uge i32 %765, 1
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %764, %769
	%771 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %770, i32 2, i32 0)
	%772 = icmp uge i32 %765, 2
	%773 = select i1 %772, i32 %771, i32 0
	%774 = add i32 %770, %773
	%775 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %774, i32 4, i32 0)
	%776 = icmp uge i32 %765, 4
	%777 = select i1 %776, i32 %775, i32 0
	%778 = add i32 %774, %777
	%779 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %778, i32 8, i32 0)
	%780 = icmp uge i32 %765, 8
	%781 = select i1 %780, i32 %779, i32 0
	%782 = add i32 %778, %781
	%783 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %782, i32 16, i32 0)
	%784 = icmp uge i32 %765, 16
	%785 = select i1 %784, i32 %783, i32 0
	%786 = add i32 %782, %785
	%787 = icmp eq i32 %765, 31
	br i1 %787, label %817, label %819

788:
	%789 = select i1 %755, i32 %757, i32 256
	%790 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %789)
	%791 = shl i32 1, %3
	%792 = sub i32 %791, 1
	%793 = and i32 %790, %792
	%794 = icmp eq i32 %793, 0
	%795 = and i1 %755, %794
	br i1 %795, label %807, label %811

796:
	%797 = sub i32 %751, 2
	%798 = bitcast i32 %797 to float
	%799 = fcmp ogt float %798, 0.0
	%800 = select i1 %799, float %798, float 0.0
	%801 = fcmp olt float %800, 1.0
	%802 = select i1 %801, float %800, float 1.0
	%803 = fmul float %802, 262144.0
	%804 = fptosi float %803 to i32
	%805 = icmp sgt i32 %804, 0
	%806 = and i1 %755, %805
	br i1 %806, label %812, label %815

807:
	%808 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %757
	%809 = call i32 @llvm.ctpop.i32(i32 %790)
	%810 = atomicrmw add i32 addrspace(3)* %808, i32 %809 monotonic
	br label %811

811:
	br label %796

812:
	%813 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %757
	%814 = atomicrmw add i32 addrspace(3)* %813, i32 %804 monotonic
	br label %815

815:
	%816 = add i32 %747, 256
	br label %746

817:
	%818 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %766
	store i32 %786, i32 addrspace(3)* %818
	br label %819

819:
	call void @llvm.nvvm.barrier0()
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %766, 0
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 0, %823
	%825 = add i32 0, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %766, 1
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp sgt i32 %766, 2
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %830, %835
	%837 = add i32 %831, %833
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%839 = load i32, i32 addrspace(3)* %838
	%840 = icmp sgt i32 %766, 3
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %836, %841
	%843 = add i32 %837, %839
	%844 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%845 = load i32, i32 addrspace(3)* %844
	%846 = icmp sgt i32 %766, 4
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %842, %847
	%849 = add i32 %843, %845
	%850 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%851 = load i32, i32 addrspace(3)* %850
	%852 = icmp sgt i32 %766, 5
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %848, %853
	%855 = add i32 %849, %851
	%856 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%857 = load i32, i32 addrspace(3)* %856
	%858 = icmp sgt i32 %766, 6
	%859 = select i1 %858, i32 %857, i32 0
	%860 = add i32 %854, %859
	%861 = add i32 %855, %857
	%862 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%863 = load i32, i32 addrspace(3)* %862
	%864 = icmp sgt i32 %766, 7
	%865 = select i1 %864, i32 %863, i32 0
	%866 = add i32 %860, %865
	%867 = add i32 %861, %863
	%868 = add i32 %866, %786
	%869 = sub i32 %868, %764
	%870 = and i32 %0, 31
	%871 = lshr i32 %0, 5
	%872 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %762, i32 1, i32 0)
	%873 = icmp uge i32 %870, 1
	%874 = select i1 %873, i32 %872, i32 0
	%875 = add i32 %762, %874
	%876 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %875, i32 2, i32 0)
	%877 = icmp uge i32 %870, 2
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 %875, %878
	%880 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %879, i32 4, i32 0)
	%881 = icmp uge i32 %870, 4
	%882 = select i1 %881, i32 %880, i32 0
	%883 = add i32 %879, %882
	%884 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %883, i32 8, i32 0)
	%885 = icmp uge i32 %870, 8
	%886 = select i1 %885, i32 %884, i32 0
	%887 = add i32 %883, %886
	%888 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %887, i32 16, i32 0)
	%889 = icmp uge i32 %870, 16
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %887, %890
	%892 = icmp eq i32 %870, 31
	br i1 %892, label %893, label %895

893:
	%894 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %871
	store i32 %891, i32 addrspace(3)* %894
	br label %895

895:
	call void @llvm.nvvm.barrier0()
	%896 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%897 = load i32, i32 addrspace(3)* %896
	%898 = icmp sgt i32 %871, 0
	%899 = select i1 %898, i32 %897, i32 0
	%900 = add i32 0, %899
	%901 = add i32 0, %897
	%902 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%903 = load i32, i32 addrspace(3)* %902
	%904 = icmp sgt i32 %871, 1
	%905 = select i1 %904, i32 %903, i32 0
	%906 = add i32 %900, %905
	%907 = add i32 %901, %903
	%908 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%909 = load i32, i32 addrspace(3)* %908
	%910 = icmp sgt i32 %871, 2
	%911 = select i1 %910, i32 %909, i32 0
	%912 = add i32 %906, %911
	%913 = add i32 %907, %909
	%914 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%915 = load i32, i32 addrspace(3)* %914
	%916 = icmp sgt i32 %871, 3
	%917 = select i1 %916, i32 %915, i32 0
	%918 = add i32 %912, %917
	%919 = add i32 %913, %915
	%920 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%921 = load i32, i32 addrspace(3)* %920
	%922 = icmp sgt i32 %871, 4
	%923 = select i1 %922, i32 %921, i32 0
	%924 = add i32 %918, %923
	%925 = add i32 %919, %921
	%926 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%927 = load i32, i32 addrspace(3)* %926
	%928 = icmp sgt i32 %871, 5
	%929 = select i1 %928, i32 %927, i32 0
	%930 = add i32 %924, %929
	%931 = add i32 %925, %927
	%932 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%933 = load i32, i32 addrspace(3)* %932
	%934 = icmp sgt i32 %871, 6
	%935 = select i1 %934, i32 %933, i32 0
	%936 = add i32 %930, %935
	%937 = add i32 %931, %933
	%938 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%939 = load i32, i32 addrspace(3)* %938
	%940 = icmp sgt i32 %871, 7
	%941 = select i1 %940, i32 %939, i32 0
	%942 = add i32 %936, %941
	%943 = add i32 %937, %939
	%944 = add i32 %942, %891
	%945 = sub i32 %944, %762
	%946 = icmp slt i32 %869, %740
	%947 = add i32 %869, %764
	%948 = icmp sle i32 %740, %947
	%949 = and i1 %946, %948
	%950 = icmp slt i32 %867, %740
	%951 = icmp eq i32 %0, 0
	%952 = and i1 %950, %951
	%953 = or i1 %949, %952
	br i1 %953, label %954, label %960

954:
	%955 = select i1 %950, i32 0, i32 %760
	%956 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %955, i32 addrspace(3)* %956
	%957 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %869, i32 addrspace(3)* %957
	%958 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %945, i32 addrspace(3)* %958
	%959 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %762, i32 addrspace(3)* %959
	br label %960

960:
	call void @llvm.nvvm.barrier0()
	%961 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%962 = load i32, i32 addrspace(3)* %961
	%963 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%964 = load i32, i32 addrspace(3)* %963
	%965 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%966 = load i32, i32 addrspace(3)* %965
	%967 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%968 = load i32, i32 addrspace(3)* %967
	%969 = shl i32 %962, 16
	%970 = or i32 %739, %969
	%971 = sub i32 %740, %964
	%972 = add i32 %741, %966
	%973 = or i1 %742, %950
	%974 = or i32 %743, u0xFF0000
	%975 = add i32 %972, %968
	%976 = select i1 %973, i32 %438, i32 %975
	%977 = select i1 %973, i32 2, i32 %970
	%978 = icmp sge i32 %976, 0
	%979 = sub i32 %977, 1
	%980 = icmp slt i32 0, %438
	%981 = select i1 %980, i32 0, i32 %438
	%982 = select i1 %978, i32 %976, i32 %981
	br label %mass

mass:
	%983 = phi i32 [ %982, %960 ], [ %1969, %1957 ]
	%984 = phi i1 [ true, %960 ], [ false, %1957 ]
	%985 = and i1 %984, %978
	br i1 %985, label %mass_bins, label %mass_topk

mass_done:
	%986 = icmp sgt i32 %1959, 0
	%987 = select i1 %986, i32 %1959, i32 0
	%988 = add i32 %437, %987
	%989 = icmp sle i32 %M, 16
	%990 = add i32 %988, 1
	%991 = add i32 %437, %983
	%992 = icmp sgt i32 %990, %991
	%993 = select i1 %992, i32 %990, i32 %991
	%994 = icmp slt i32 %993, %NK
	%995 = select i1 %994, i32 %993, i32 %NK
	%996 = select i1 %989, i32 %NK, i32 %995
	%997 = add i32 %988, %0
	br label %2442

mass_bins:
	%998 = shl i32 1, %3
	%999 = sub i32 %998, 1
	br label %1008

mass_topk:
	%1000 = icmp sgt i32 %983, 0
	br i1 %1000, label %topk, label %topk_done

mass_taken:
	%1001 = sub i32 %983, 1
	%1002 = call i32 @llvm.ctlz.i32(i32 %1001, i1 false)
	%1003 = icmp sgt i32 %983, 1
	%1004 = sub i32 32, %1002
	%1005 = select i1 %1003, i32 %1004, i32 0
	%1006 = shl i32 1, %1005
	%1007 = add i32 %983, %0
	br label %1871

1008:
	%1009 = phi i32 [ 0, %mass_bins ], [ %1057, %1056 ]
	%1010 = icmp slt i32 %1009, %16
	br i1 %1010, label %1011, label %1019

1011:
	%1012 = add i32 %1009, %0
	%1013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1012
	%1014 = load i32, i32 addrspace(3)* %1013
	%1015 = icmp ugt i32 %1014, %979
	%1016 = icmp eq i32 %1014, %979
	%1017 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1015)
	%1018 = icmp eq i32 %3, 0
	br i1 %1018, label %1050, label %1056

1019:
	call void @llvm.nvvm.barrier0()
	%1020 = sdiv i32 %16, 256
	%1021 = mul i32 %1020, 8
	%1022 = icmp slt i32 %0, %1021
	%1023 = select i1 %1022, i32 %0, i32 0
	%1024 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1023
	%1025 = load i32, i32 addrspace(3)* %1024
	%1026 = select i1 %1022, i32 %1025, i32 0
	%1027 = and i32 %0, 31
	%1028 = lshr i32 %0, 5
	%1029 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1026, i32 1, i32 0)
	%1030 = icmp uge i32 %1027, 1
	%1031 = select i1 %1030, i32 %1029, i32 0
	%1032 = add i32 %1026, %1031
	%1033 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1032, i32 2, i32 0)
	%1034 = icmp uge i32 %1027, 2
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = add i32 %1032, %1035
	%1037 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1036, i32 4, i32 0)
	%1038 = icmp uge i32 %1027, 4
	%1039 = select i1 %1038, i32 %1037, i32 0
	%1040 = add i32 %1036, %1039
	%1041 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1040, i32 8, i32 0)
	%1042 = icmp uge i32 %1027, 8
	%1043 = select i1 %1042, i32 %1041, i32 0
	%1044 = add i32 %1040, %1043
	%1045 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1044, i32 16, i32 0)
	%1046 = icmp uge i32 %1027, 16
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = add i32 %1044, %1047
	%1049 = icmp eq i32 %1027, 31
	br i1 %1049, label %1058, label %1060

1050:
	%1051 = sdiv i32 %1009, 256
	%1052 = mul i32 %1051, 8
	%1053 = add i32 %1052, %4
	%1054 = call i32 @llvm.ctpop.i32(i32 %1017)
	%1055 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1053
	store i32 %1054, i32 addrspace(3)* %1055
	br label %1056

1056:
	%1057 = add i32 %1009, 256
	br label %1008

1058:
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1028
	store i32 %1048, i32 addrspace(3)* %1059
	br label %1060

1060:
	call void @llvm.nvvm.barrier0()
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %1028, 0
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 0, %1064
	%1066 = add i32 0, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %1028, 1
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %1028, 2
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1080 = load i32, i32 addrspace(3)* %1079
	%1081 = icmp sgt i32 %1028, 3
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = add i32 %1077, %1082
	%1084 = add i32 %1078, %1080
	%1085 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = icmp sgt i32 %1028, 4
	%1088 = select i1 %1087, i32 %1086, i32 0
	%1089 = add i32 %1083, %1088
	%1090 = add i32 %1084, %1086
	%1091 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = icmp sgt i32 %1028, 5
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = add i32 %1089, %1094
	%1096 = add i32 %1090, %1092
	%1097 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1098 = load i32, i32 addrspace(3)* %1097
	%1099 = icmp sgt i32 %1028, 6
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = add i32 %1095, %1100
	%1102 = add i32 %1096, %1098
	%1103 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1104 = load i32, i32 addrspace(3)* %1103
	%1105 = icmp sgt i32 %1028, 7
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1101, %1106
	%1108 = add i32 %1102, %1104
	%1109 = add i32 %1107, %1048
	%1110 = sub i32 %1109, %1026
	br i1 %1022, label %1111, label %1113

1111:
	%1112 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1110, i32 addrspace(3)* %1112
	br label %1113

1113:
	call void @llvm.nvvm.barrier0()
	br label %1114

1114:
	%1115 = phi i32 [ 0, %1113 ], [ %1138, %1137 ]
	%1116 = icmp slt i32 %1115, %16
	br i1 %1116, label %1117, label %1133

1117:
	%1118 = add i32 %1115, %0
	%1119 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1118
	%1120 = load i32, i32 addrspace(3)* %1119
	%1121 = icmp ugt i32 %1120, %979
	%1122 = icmp eq i32 %1120, %979
	%1123 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1121)
	%1124 = sdiv i32 %1115, 256
	%1125 = mul i32 %1124, 8
	%1126 = add i32 %1125, %4
	%1127 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1121)
	%1128 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1126
	%1129 = load i32, i32 addrspace(3)* %1128
	%1130 = and i32 %1127, %999
	%1131 = call i32 @llvm.ctpop.i32(i32 %1130)
	%1132 = add i32 %1129, %1131
	br i1 %1121, label %1134, label %1137

1133:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1134:
	%1135 = add i32 %1115, %0
	%1136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1132
	store i32 %1135, i32 addrspace(3)* %1136
	br label %1137

1137:
	%1138 = add i32 %1115, 256
	br label %1114

topk:
	call void @llvm.nvvm.barrier0()
	%1139 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1139
	call void @llvm.nvvm.barrier0()
	br label %1140

topk_done:
	br label %mass_taken

1140:
	%1141 = phi i32 [ %0, %topk ], [ %1190, %1189 ]
	%1142 = icmp slt i32 %1141, %16
	br i1 %1142, label %1143, label %1153

1143:
	%1144 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1141
	%1145 = load i32, i32 addrspace(3)* %1144
	%1146 = icmp uge i32 %1145, 2
	%1147 = and i32 %1145, 0
	%1148 = icmp eq i32 %1147, 0
	%1149 = and i1 %1146, %1148
	%1150 = lshr i32 %1145, 24
	%1151 = and i32 %1150, 255
	%1152 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1149)
	br i1 %1152, label %1181, label %1189

1153:
	call void @llvm.nvvm.barrier0()
	%1154 = sub i32 255, %0
	%1155 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1154
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1157
	%1158 = and i32 %0, 31
	%1159 = lshr i32 %0, 5
	%1160 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1156, i32 1, i32 0)
	%1161 = icmp uge i32 %1158, 1
	%1162 = select i1 %1161, i32 %1160, i32 0
	%1163 = add i32 %1156, %1162
	%1164 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1163, i32 2, i32 0)
	%1165 = icmp uge i32 %1158, 2
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = add i32 %1163, %1166
	%1168 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1167, i32 4, i32 0)
	%1169 = icmp uge i32 %1158, 4
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = add i32 %1167, %1170
	%1172 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1171, i32 8, i32 0)
	%1173 = icmp uge i32 %1158, 8
	%1174 = select i1 %1173, i32 %1172, i32 0
	%1175 = add i32 %1171, %1174
	%1176 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1175, i32 16, i32 0)
	%1177 = icmp uge i32 %1158, 16
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = add i32 %1175, %1178
	%1180 = icmp eq i32 %1158, 31
	br i1 %1180, label %1196, label %1198

1181:
	%1182 = select i1 %1149, i32 %1151, i32 256
	%1183 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1182)
	%1184 = shl i32 1, %3
	%1185 = sub i32 %1184, 1
	%1186 = and i32 %1183, %1185
	%1187 = icmp eq i32 %1186, 0
	%1188 = and i1 %1149, %1187
	br i1 %1188, label %1191, label %1195

1189:
	%1190 = add i32 %1141, 256
	br label %1140

1191:
	%1192 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1151
	%1193 = call i32 @llvm.ctpop.i32(i32 %1183)
	%1194 = atomicrmw add i32 addrspace(3)* %1192, i32 %1193 monotonic
	br label %1195

1195:
	br label %1189

1196:
	%1197 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1159
	store i32 %1179, i32 addrspace(3)* %1197
	br label %1198

1198:
	call void @llvm.nvvm.barrier0()
	%1199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = icmp sgt i32 %1159, 0
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = add i32 0, %1202
	%1204 = add i32 0, %1200
	%1205 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1206 = load i32, i32 addrspace(3)* %1205
	%1207 = icmp sgt i32 %1159, 1
	%1208 = select i1 %1207, i32 %1206, i32 0
	%1209 = add i32 %1203, %1208
	%1210 = add i32 %1204, %1206
	%1211 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1212 = load i32, i32 addrspace(3)* %1211
	%1213 = icmp sgt i32 %1159, 2
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = add i32 %1209, %1214
	%1216 = add i32 %1210, %1212
	%1217 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1218 = load i32, i32 addrspace(3)* %1217
	%1219 = icmp sgt i32 %1159, 3
	%1220 = select i1 %1219, i32 %1218, i32 0
	%1221 = add i32 %1215, %1220
	%1222 = add i32 %1216, %1218
	%1223 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1224 = load i32, i32 addrspace(3)* %1223
	%1225 = icmp sgt i32 %1159, 4
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = add i32 %1221, %1226
	%1228 = add i32 %1222, %1224
	%1229 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1230 = load i32, i32 addrspace(3)* %1229
	%1231 = icmp sgt i32 %1159, 5
	%1232 = select i1 %1231, i32 %1230, i32 0
	%1233 = add i32 %1227, %1232
	%1234 = add i32 %1228, %1230
	%1235 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1236 = load i32, i32 addrspace(3)* %1235
	%1237 = icmp sgt i32 %1159, 6
	%1238 = select i1 %1237, i32 %1236, i32 0
	%1239 = add i32 %1233, %1238
	%1240 = add i32 %1234, %1236
	%1241 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = icmp sgt i32 %1159, 7
	%1244 = select i1 %1243, i32 %1242, i32 0
	%1245 = add i32 %1239, %1244
	%1246 = add i32 %1240, %1242
	%1247 = add i32 %1245, %1179
	%1248 = sub i32 %1247, %1156
	%1249 = icmp slt i32 %1248, %983
	%1250 = add i32 %1248, %1156
	%1251 = icmp sle i32 %983, %1250
	%1252 = and i1 %1249, %1251
	br i1 %1252, label %1253, label %1256

1253:
	%1254 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1154, i32 addrspace(3)* %1254
	%1255 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1248, i32 addrspace(3)* %1255
	br label %1256

1256:
	call void @llvm.nvvm.barrier0()
	%1257 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1258 = load i32, i32 addrspace(3)* %1257
	%1259 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1260 = load i32, i32 addrspace(3)* %1259
	%1261 = sub i32 %983, %1260
	%1262 = shl i32 %1258, 24
	%1263 = or i32 0, %1262
	%1264 = or i32 0, u0xFF000000
	br label %1265

1265:
	%1266 = phi i32 [ %0, %1256 ], [ %1315, %1314 ]
	%1267 = icmp slt i32 %1266, %16
	br i1 %1267, label %1268, label %1278

1268:
	%1269 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1266
	%1270 = load i32, i32 addrspace(3)* %1269
	%1271 = icmp uge i32 %1270, 2
	%1272 = and i32 %1270, %1264
	%1273 = icmp eq i32 %1272, %1263
	%1274 = and i1 %1271, %1273
	%1275 = lshr i32 %1270, 16
	%1276 = and i32 %1275, 255
	%1277 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1274)
	br i1 %1277, label %1306, label %1314

1278:
	call void @llvm.nvvm.barrier0()
	%1279 = sub i32 255, %0
	%1280 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1279
	%1281 = load i32, i32 addrspace(3)* %1280
	%1282 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1282
	%1283 = and i32 %0, 31
	%1284 = lshr i32 %0, 5
	%1285 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1281, i32 1, i32 0)
	%1286 = icmp uge i32 %1283, 1
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = add i32 %1281, %1287
	%1289 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1288, i32 2, i32 0)
	%1290 = icmp uge i32 %1283, 2
	%1291 = select i1 %1290, i32 %1289, i32 0
	%1292 = add i32 %1288, %1291
	%1293 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1292, i32 4, i32 0)
	%1294 = icmp uge i32 %1283, 4
	%1295 = select i1 %1294, i32 %1293, i32 0
	%1296 = add i32 %1292, %1295
	%1297 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1296, i32 8, i32 0)
	%1298 = icmp uge i32 %1283, 8
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 %1296, %1299
	%1301 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1300, i32 16, i32 0)
	%1302 = icmp uge i32 %1283, 16
	%1303 = select i1 %1302, i32 %1301, i32 0
	%1304 = add i32 %1300, %1303
	%1305 = icmp eq i32 %1283, 31
	br i1 %1305, label %1321, label %1323

1306:
	%1307 = select i1 %1274, i32 %1276, i32 256
	%1308 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1307)
	%1309 = shl i32 1, %3
	%1310 = sub i32 %1309, 1
	%1311 = and i32 %1308, %1310
	%1312 = icmp eq i32 %1311, 0
	%1313 = and i1 %1274, %1312
	br i1 %1313, label %1316, label %1320

1314:
	%1315 = add i32 %1266, 256
	br label %1265

1316:
	%1317 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1276
	%1318 = call i32 @llvm.ctpop.i32(i32 %1308)
	%1319 = atomicrmw add i32 addrspace(3)* %1317, i32 %1318 monotonic
	br label %1320

1320:
	br label %1314

1321:
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1284
	store i32 %1304, i32 addrspace(3)* %1322
	br label %1323

1323:
	call void @llvm.nvvm.barrier0()
	%1324 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1325 = load i32, i32 addrspace(3)* %1324
	%1326 = icmp sgt i32 %1284, 0
	%1327 = select i1 %1326, i32 %1325, i32 0
	%1328 = add i32 0, %1327
	%1329 = add i32 0, %1325
	%1330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = icmp sgt i32 %1284, 1
	%1333 = select i1 %1332, i32 %1331, i32 0
	%1334 = add i32 %1328, %1333
	%1335 = add i32 %1329, %1331
	%1336 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1337 = load i32, i32 addrspace(3)* %1336
	%1338 = icmp sgt i32 %1284, 2
	%1339 = select i1 %1338, i32 %1337, i32 0
	%1340 = add i32 %1334, %1339
	%1341 = add i32 %1335, %1337
	%1342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1343 = load i32, i32 addrspace(3)* %1342
	%1344 = icmp sgt i32 %1284, 3
	%1345 = select i1 %1344, i32 %1343, i32 0
	%1346 = add i32 %1340, %1345
	%1347 = add i32 %1341, %1343
	%1348 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = icmp sgt i32 %1284, 4
	%1351 = select i1 %1350, i32 %1349, i32 0
	%1352 = add i32 %1346, %1351
	%1353 = add i32 %1347, %1349
	%1354 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1355 = load i32, i32 addrspace(3)* %1354
	%1356 = icmp sgt i32 %1284, 5
	%1357 = select i1 %1356, i32 %1355, i32 0
	%1358 = add i32 %1352, %1357
	%1359 = add i32 %1353, %1355
	%1360 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1361 = load i32, i32 addrspace(3)* %1360
	%1362 = icmp sgt i32 %1284, 6
	%1363 = select i1 %1362, i32 %1361, i32 0
	%1364 = add i32 %1358, %1363
	%1365 = add i32 %1359, %1361
	%1366 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1367 = load i32, i32 addrspace(3)* %1366
	%1368 = icmp sgt i32 %1284, 7
	%1369 = select i1 %1368, i32 %1367, i32 0
	%1370 = add i32 %1364, %1369
	%1371 = add i32 %1365, %1367
	%1372 = add i32 %1370, %1304
	%1373 = sub i32 %1372, %1281
	%1374 = icmp slt i32 %1373, %1261
	%1375 = add i32 %1373, %1281
	%1376 = icmp sle i32 %1261, %1375
	%1377 = and i1 %1374, %1376
	br i1 %1377, label %1378, label %1381

1378:
	%1379 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1279, i32 addrspace(3)* %1379
	%1380 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1373, i32 addrspace(3)* %1380
	br label %1381

1381:
	call void @llvm.nvvm.barrier0()
	%1382 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1385 = load i32, i32 addrspace(3)* %1384
	%1386 = sub i32 %1261, %1385
	%1387 = shl i32 %1383, 16
	%1388 = or i32 %1263, %1387
	%1389 = or i32 %1264, u0xFF0000
	br label %1390

1390:
	%1391 = phi i32 [ %0, %1381 ], [ %1440, %1439 ]
	%1392 = icmp slt i32 %1391, %16
	br i1 %1392, label %1393, label %1403

1393:
	%1394 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1391
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = icmp uge i32 %1395, 2
	%1397 = and i32 %1395, %1389
	%1398 = icmp eq i32 %1397, %1388
	%1399 = and i1 %1396, %1398
	%1400 = lshr i32 %1395, 8
	%1401 = and i32 %1400, 255
	%1402 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1399)
	br i1 %1402, label %1431, label %1439

1403:
	call void @llvm.nvvm.barrier0()
	%1404 = sub i32 255, %0
	%1405 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1404
	%1406 = load i32, i32 addrspace(3)* %1405
	%1407 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1407
	%1408 = and i32 %0, 31
	%1409 = lshr i32 %0, 5
	%1410 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1406, i32 1, i32 0)
	%1411 = icmp uge i32 %1408, 1
	%1412 = select i1 %1411, i32 %1410, i32 0
	%1413 = add i32 %1406, %1412
	%1414 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1413, i32 2, i32 0)
	%1415 = icmp uge i32 %1408, 2
	%1416 = select i1 %1415, i32 %1414, i32 0
	%1417 = add i32 %1413, %1416
	%1418 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1417, i32 4, i32 0)
	%1419 = icmp uge i32 %1408, 4
	%1420 = select i1 %1419, i32 %1418, i32 0
	%1421 = add i32 %1417, %1420
	%1422 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1421, i32 8, i32 0)
	%1423 = icmp uge i32 %1408, 8
	%1424 = select i1 %1423, i32 %1422, i32 0
	%1425 = add i32 %1421, %1424
	%1426 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1425, i32 16, i32 0)
	%1427 = icmp uge i32 %1408, 16
	%1428 = select i1 %1427, i32 %1426, i32 0
	%1429 = add i32 %1425, %1428
	%1430 = icmp eq i32 %1408, 31
	br i1 %1430, label %1446, label %1448

1431:
	%1432 = select i1 %1399, i32 %1401, i32 256
	%1433 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1432)
	%1434 = shl i32 1, %3
	%1435 = sub i32 %1434, 1
	%1436 = and i32 %1433, %1435
	%1437 = icmp eq i32 %1436, 0
	%1438 = and i1 %1399, %1437
	br i1 %1438, label %1441, label %1445

1439:
	%1440 = add i32 %1391, 256
	br label %1390

1441:
	%1442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1401
	%1443 = call i32 @llvm.ctpop.i32(i32 %1433)
	%1444 = atomicrmw add i32 addrspace(3)* %1442, i32 %1443 monotonic
	br label %1445

1445:
	br label %1439

1446:
	%1447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1409
	store i32 %1429, i32 addrspace(3)* %1447
	br label %1448

1448:
	call void @llvm.nvvm.barrier0()
	%1449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1450 = load i32, i32 addrspace(3)* %1449
	%1451 = icmp sgt i32 %1409, 0
	%1452 = select i1 %1451, i32 %1450, i32 0
	%1453 = add i32 0, %1452
	%1454 = add i32 0, %1450
	%1455 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1456 = load i32, i32 addrspace(3)* %1455
	%1457 = icmp sgt i32 %1409, 1
	%1458 = select i1 %1457, i32 %1456, i32 0
	%1459 = add i32 %1453, %1458
	%1460 = add i32 %1454, %1456
	%1461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1462 = load i32, i32 addrspace(3)* %1461
	%1463 = icmp sgt i32 %1409, 2
	%1464 = select i1 %1463, i32 %1462, i32 0
	%1465 = add i32 %1459, %1464
	%1466 = add i32 %1460, %1462
	%1467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1468 = load i32, i32 addrspace(3)* %1467
	%1469 = icmp sgt i32 %1409, 3
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = add i32 %1465, %1470
	%1472 = add i32 %1466, %1468
	%1473 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1474 = load i32, i32 addrspace(3)* %1473
	%1475 = icmp sgt i32 %1409, 4
	%1476 = select i1 %1475, i32 %1474, i32 0
	%1477 = add i32 %1471, %1476
	%1478 = add i32 %1472, %1474
	%1479 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1480 = load i32, i32 addrspace(3)* %1479
	%1481 = icmp sgt i32 %1409, 5
	%1482 = select i1 %1481, i32 %1480, i32 0
	%1483 = add i32 %1477, %1482
	%1484 = add i32 %1478, %1480
	%1485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1486 = load i32, i32 addrspace(3)* %1485
	%1487 = icmp sgt i32 %1409, 6
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = add i32 %1483, %1488
	%1490 = add i32 %1484, %1486
	%1491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp sgt i32 %1409, 7
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = add i32 %1489, %1494
	%1496 = add i32 %1490, %1492
	%1497 = add i32 %1495, %1429
	%1498 = sub i32 %1497, %1406
	%1499 = icmp slt i32 %1498, %1386
	%1500 = add i32 %1498, %1406
	%1501 = icmp sle i32 %1386, %1500
	%1502 = and i1 %1499, %1501
	br i1 %1502, label %1503, label %1506

1503:
	%1504 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1404, i32 addrspace(3)* %1504
	%1505 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1498, i32 addrspace(3)* %1505
	br label %1506

1506:
	call void @llvm.nvvm.barrier0()
	%1507 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1508 = load i32, i32 addrspace(3)* %1507
	%1509 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1510 = load i32, i32 addrspace(3)* %1509
	%1511 = sub i32 %1386, %1510
	%1512 = shl i32 %1508, 8
	%1513 = or i32 %1388, %1512
	%1514 = or i32 %1389, u0xFF00
	br label %1515

1515:
	%1516 = phi i32 [ %0, %1506 ], [ %1565, %1564 ]
	%1517 = icmp slt i32 %1516, %16
	br i1 %1517, label %1518, label %1528

1518:
	%1519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1516
	%1520 = load i32, i32 addrspace(3)* %1519
	%1521 = icmp uge i32 %1520, 2
	%1522 = and i32 %1520, %1514
	%1523 = icmp eq i32 %1522, %1513
	%1524 = and i1 %1521, %1523
	%1525 = lshr i32 %1520, 0
	%1526 = and i32 %1525, 255
	%1527 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1524)
	br i1 %1527, label %1556, label %1564

1528:
	call void @llvm.nvvm.barrier0()
	%1529 = sub i32 255, %0
	%1530 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1529
	%1531 = load i32, i32 addrspace(3)* %1530
	%1532 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1532
	%1533 = and i32 %0, 31
	%1534 = lshr i32 %0, 5
	%1535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1531, i32 1, i32 0)
	%1536 = icmp uge i32 %1533, 1
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1531, %1537
	%1539 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1538, i32 2, i32 0)
	%1540 = icmp uge i32 %1533, 2
	%1541 = select i1 %1540, i32 %1539, i32 0
	%1542 = add i32 %1538, %1541
	%1543 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1542, i32 4, i32 0)
	%1544 = icmp uge i32 %1533, 4
	%1545 = select i1 %1544, i32 %1543, i32 0
	%1546 = add i32 %1542, %1545
	%1547 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1546, i32 8, i32 0)
	%1548 = icmp uge i32 %1533, 8
	%1549 = select i1 %1548, i32 %1547, i32 0
	%1550 = add i32 %1546, %1549
	%1551 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1550, i32 16, i32 0)
	%1552 = icmp uge i32 %1533, 16
	%1553 = select i1 %1552, i32 %1551, i32 0
	%1554 = add i32 %1550, %1553
	%1555 = icmp eq i32 %1533, 31
	br i1 %1555, label %1571, label %1573

1556:
	%1557 = select i1 %1524, i32 %1526, i32 256
	%1558 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1557)
	%1559 = shl i32 1, %3
	%1560 = sub i32 %1559, 1
	%1561 = and i32 %1558, %1560
	%1562 = icmp eq i32 %1561, 0
	%1563 = and i1 %1524, %1562
	br i1 %1563, label %1566, label %1570

1564:
	%1565 = add i32 %1516, 256
	br label %1515

1566:
	%1567 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1526
	%1568 = call i32 @llvm.ctpop.i32(i32 %1558)
	%1569 = atomicrmw add i32 addrspace(3)* %1567, i32 %1568 monotonic
	br label %1570

1570:
	br label %1564

1571:
	%1572 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1534
	store i32 %1554, i32 addrspace(3)* %1572
	br label %1573

1573:
	call void @llvm.nvvm.barrier0()
	%1574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1575 = load i32, i32 addrspace(3)* %1574
	%1576 = icmp sgt i32 %1534, 0
	%1577 = select i1 %1576, i32 %1575, i32 0
	%1578 = add i32 0, %1577
	%1579 = add i32 0, %1575
	%1580 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1581 = load i32, i32 addrspace(3)* %1580
	%1582 = icmp sgt i32 %1534, 1
	%1583 = select i1 %1582, i32 %1581, i32 0
	%1584 = add i32 %1578, %1583
	%1585 = add i32 %1579, %1581
	%1586 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1587 = load i32, i32 addrspace(3)* %1586
	%1588 = icmp sgt i32 %1534, 2
	%1589 = select i1 %1588, i32 %1587, i32 0
	%1590 = add i32 %1584, %1589
	%1591 = add i32 %1585, %1587
	%1592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1593 = load i32, i32 addrspace(3)* %1592
	%1594 = icmp sgt i32 %1534, 3
	%1595 = select i1 %1594, i32 %1593, i32 0
	%1596 = add i32 %1590, %1595
	%1597 = add i32 %1591, %1593
	%1598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1599 = load i32, i32 addrspace(3)* %1598
	%1600 = icmp sgt i32 %1534, 4
	%1601 = select i1 %1600, i32 %1599, i32 0
	%1602 = add i32 %1596, %1601
	%1603 = add i32 %1597, %1599
	%1604 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1605 = load i32, i32 addrspace(3)* %1604
	%1606 = icmp sgt i32 %1534, 5
	%1607 = select i1 %1606, i32 %1605, i32 0
	%1608 = add i32 %1602, %1607
	%1609 = add i32 %1603, %1605
	%1610 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1611 = load i32, i32 addrspace(3)* %1610
	%1612 = icmp sgt i32 %1534, 6
	%1613 = select i1 %1612, i32 %1611, i32 0
	%1614 = add i32 %1608, %1613
	%1615 = add i32 %1609, %1611
	%1616 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1617 = load i32, i32 addrspace(3)* %1616
	%1618 = icmp sgt i32 %1534, 7
	%1619 = select i1 %1618, i32 %1617, i32 0
	%1620 = add i32 %1614, %1619
	%1621 = add i32 %1615, %1617
	%1622 = add i32 %1620, %1554
	%1623 = sub i32 %1622, %1531
	%1624 = icmp slt i32 %1623, %1511
	%1625 = add i32 %1623, %1531
	%1626 = icmp sle i32 %1511, %1625
	%1627 = and i1 %1624, %1626
	br i1 %1627, label %1628, label %1631

1628:
	%1629 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1529, i32 addrspace(3)* %1629
	%1630 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1623, i32 addrspace(3)* %1630
	br label %1631

1631:
	call void @llvm.nvvm.barrier0()
	%1632 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1633 = load i32, i32 addrspace(3)* %1632
	%1634 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1635 = load i32, i32 addrspace(3)* %1634
	%1636 = sub i32 %1511, %1635
	%1637 = shl i32 %1633, 0
	%1638 = or i32 %1513, %1637
	%1639 = or i32 %1514, 255
	%1640 = shl i32 1, %3
	%1641 = sub i32 %1640, 1
	br label %1642

1642:
	%1643 = phi i32 [ 0, %1631 ], [ %1697, %1696 ]
	%1644 = icmp slt i32 %1643, %16
	br i1 %1644, label %1645, label %1654

1645:
	%1646 = add i32 %1643, %0
	%1647 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1646
	%1648 = load i32, i32 addrspace(3)* %1647
	%1649 = icmp ugt i32 %1648, %1638
	%1650 = icmp eq i32 %1648, %1638
	%1651 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1649)
	%1652 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1650)
	%1653 = icmp eq i32 %3, 0
	br i1 %1653, label %1688, label %1696

1654:
	call void @llvm.nvvm.barrier0()
	%1655 = sdiv i32 %16, 256
	%1656 = mul i32 %1655, 8
	%1657 = icmp slt i32 %0, %1656
	%1658 = select i1 %1657, i32 %0, i32 0
	%1659 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1658
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = select i1 %1657, i32 %1660, i32 0
	%1662 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1658
	%1663 = load i32, i32 addrspace(3)* %1662
	%1664 = select i1 %1657, i32 %1663, i32 0
	%1665 = and i32 %0, 31
	%1666 = lshr i32 %0, 5
	%1667 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1664, i32 1, i32 0)
	%1668 = icmp uge i32 %1665, 1
	%1669 = select i1 %1668, i32 %1667, i32 0
	%1670 = add i32 %1664, %1669
	%1671 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1670, i32 2, i32 0)
	%1672 = icmp uge i32 %1665, 2
	%1673 = select i1 %1672, i32 %1671, i32 0
	%1674 = add i32 %1670, %1673
	%1675 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1674, i32 4, i32 0)
	%1676 = icmp uge i32 %1665, 4
	%1677 = select i1 %1676, i32 %1675, i32 0
	%1678 = add i32 %1674, %1677
	%1679 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1678, i32 8, i32 0)
	%1680 = icmp uge i32 %1665, 8
	%1681 = select i1 %1680, i32 %1679, i32 0
	%1682 = add i32 %1678, %1681
	%1683 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1682, i32 16, i32 0)
	%1684 = icmp uge i32 %1665, 16
	%1685 = select i1 %1684, i32 %1683, i32 0
	%1686 = add i32 %1682, %1685
	%1687 = icmp eq i32 %1665, 31
	br i1 %1687, label %1698, label %1700

1688:
	%1689 = sdiv i32 %1643, 256
	%1690 = mul i32 %1689, 8
	%1691 = add i32 %1690, %4
	%1692 = call i32 @llvm.ctpop.i32(i32 %1651)
	%1693 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1691
	store i32 %1692, i32 addrspace(3)* %1693
	%1694 = call i32 @llvm.ctpop.i32(i32 %1652)
	%1695 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1691
	store i32 %1694, i32 addrspace(3)* %1695
	br label %1696

1696:
	%1697 = add i32 %1643, 256
	br label %1642

1698:
	%1699 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1666
	store i32 %1686, i32 addrspace(3)* %1699
	br label %1700

1700:
	call void @llvm.nvvm.barrier0()
	%1701 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1702 = load i32, i32 addrspace(3)* %1701
	%1703 = icmp sgt i32 %1666, 0
	%1704 = select i1 %1703, i32 %1702, i32 0
	%1705 = add i32 0, %1704
	%1706 = add i32 0, %1702
	%1707 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1708 = load i32, i32 addrspace(3)* %1707
	%1709 = icmp sgt i32 %1666, 1
	%1710 = select i1 %1709, i32 %1708, i32 0
	%1711 = add i32 %1705, %1710
	%1712 = add i32 %1706, %1708
	%1713 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1714 = load i32, i32 addrspace(3)* %1713
	%1715 = icmp sgt i32 %1666, 2
	%1716 = select i1 %1715, i32 %1714, i32 0
	%1717 = add i32 %1711, %1716
	%1718 = add i32 %1712, %1714
	%1719 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1720 = load i32, i32 addrspace(3)* %1719
	%1721 = icmp sgt i32 %1666, 3
	%1722 = select i1 %1721, i32 %1720, i32 0
	%1723 = add i32 %1717, %1722
	%1724 = add i32 %1718, %1720
	%1725 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1726 = load i32, i32 addrspace(3)* %1725
	%1727 = icmp sgt i32 %1666, 4
	%1728 = select i1 %1727, i32 %1726, i32 0
	%1729 = add i32 %1723, %1728
	%1730 = add i32 %1724, %1726
	%1731 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1732 = load i32, i32 addrspace(3)* %1731
	%1733 = icmp sgt i32 %1666, 5
	%1734 = select i1 %1733, i32 %1732, i32 0
	%1735 = add i32 %1729, %1734
	%1736 = add i32 %1730, %1732
	%1737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1738 = load i32, i32 addrspace(3)* %1737
	%1739 = icmp sgt i32 %1666, 6
	%1740 = select i1 %1739, i32 %1738, i32 0
	%1741 = add i32 %1735, %1740
	%1742 = add i32 %1736, %1738
	%1743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1744 = load i32, i32 addrspace(3)* %1743
	%1745 = icmp sgt i32 %1666, 7
	%1746 = select i1 %1745, i32 %1744, i32 0
	%1747 = add i32 %1741, %1746
	%1748 = add i32 %1742, %1744
	%1749 = add i32 %1747, %1686
	%1750 = sub i32 %1749, %1664
	%1751 = sub i32 %1636, %1750
	%1752 = icmp sgt i32 %1751, 0
	%1753 = select i1 %1752, i32 %1751, i32 0
	%1754 = icmp slt i32 %1753, %1664
	%1755 = select i1 %1754, i32 %1753, i32 %1664
	%1756 = add i32 %1661, %1755
	%1757 = and i32 %0, 31
	%1758 = lshr i32 %0, 5
	%1759 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1756, i32 1, i32 0)
	%1760 = icmp uge i32 %1757, 1
	%1761 = select i1 %1760, i32 %1759, i32 0
	%1762 = add i32 %1756, %1761
	%1763 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1762, i32 2, i32 0)
	%1764 = icmp uge i32 %1757, 2
	%1765 = select i1 %1764, i32 %1763, i32 0
	%1766 = add i32 %1762, %1765
	%1767 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1766, i32 4, i32 0)
	%1768 = icmp uge i32 %1757, 4
	%1769 = select i1 %1768, i32 %1767, i32 0
	%1770 = add i32 %1766, %1769
	%1771 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1770, i32 8, i32 0)
	%1772 = icmp uge i32 %1757, 8
	%1773 = select i1 %1772, i32 %1771, i32 0
	%1774 = add i32 %1770, %1773
	%1775 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1774, i32 16, i32 0)
	%1776 = icmp uge i32 %1757, 16
	%1777 = select i1 %1776, i32 %1775, i32 0
	%1778 = add i32 %1774, %1777
	%1779 = icmp eq i32 %1757, 31
	br i1 %1779, label %1780, label %1782

1780:
	%1781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1758
	store i32 %1778, i32 addrspace(3)* %1781
	br label %1782

1782:
	call void @llvm.nvvm.barrier0()
	%1783 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1784 = load i32, i32 addrspace(3)* %1783
	%1785 = icmp sgt i32 %1758, 0
	%1786 = select i1 %1785, i32 %1784, i32 0
	%1787 = add i32 0, %1786
	%1788 = add i32 0, %1784
	%1789 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1790 = load i32, i32 addrspace(3)* %1789
	%1791 = icmp sgt i32 %1758, 1
	%1792 = select i1 %1791, i32 %1790, i32 0
	%1793 = add i32 %1787, %1792
	%1794 = add i32 %1788, %1790
	%1795 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1796 = load i32, i32 addrspace(3)* %1795
	%1797 = icmp sgt i32 %1758, 2
	%1798 = select i1 %1797, i32 %1796, i32 0
	%1799 = add i32 %1793, %1798
	%1800 = add i32 %1794, %1796
	%1801 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1802 = load i32, i32 addrspace(3)* %1801
	%1803 = icmp sgt i32 %1758, 3
	%1804 = select i1 %1803, i32 %1802, i32 0
	%1805 = add i32 %1799, %1804
	%1806 = add i32 %1800, %1802
	%1807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1808 = load i32, i32 addrspace(3)* %1807
	%1809 = icmp sgt i32 %1758, 4
	%1810 = select i1 %1809, i32 %1808, i32 0
	%1811 = add i32 %1805, %1810
	%1812 = add i32 %1806, %1808
	%1813 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1814 = load i32, i32 addrspace(3)* %1813
	%1815 = icmp sgt i32 %1758, 5
	%1816 = select i1 %1815, i32 %1814, i32 0
	%1817 = add i32 %1811, %1816
	%1818 = add i32 %1812, %1814
	%1819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1820 = load i32, i32 addrspace(3)* %1819
	%1821 = icmp sgt i32 %1758, 6
	%1822 = select i1 %1821, i32 %1820, i32 0
	%1823 = add i32 %1817, %1822
	%1824 = add i32 %1818, %1820
	%1825 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1826 = load i32, i32 addrspace(3)* %1825
	%1827 = icmp sgt i32 %1758, 7
	%1828 = select i1 %1827, i32 %1826, i32 0
	%1829 = add i32 %1823, %1828
	%1830 = add i32 %1824, %1826
	%1831 = add i32 %1829, %1778
	%1832 = sub i32 %1831, %1756
	br i1 %1657, label %1833, label %1836

1833:
	%1834 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1832, i32 addrspace(3)* %1834
	%1835 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1750, i32 addrspace(3)* %1835
	br label %1836

1836:
	call void @llvm.nvvm.barrier0()
	br label %1837

1837:
	%1838 = phi i32 [ 0, %1836 ], [ %1870, %1869 ]
	%1839 = icmp slt i32 %1838, %16
	br i1 %1839, label %1840, label %1865

1840:
	%1841 = add i32 %1838, %0
	%1842 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1841
	%1843 = load i32, i32 addrspace(3)* %1842
	%1844 = icmp ugt i32 %1843, %1638
	%1845 = icmp eq i32 %1843, %1638
	%1846 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1844)
	%1847 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1845)
	%1848 = sdiv i32 %1838, 256
	%1849 = mul i32 %1848, 8
	%1850 = add i32 %1849, %4
	%1851 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1850
	%1852 = load i32, i32 addrspace(3)* %1851
	%1853 = and i32 %1847, %1641
	%1854 = call i32 @llvm.ctpop.i32(i32 %1853)
	%1855 = add i32 %1852, %1854
	%1856 = icmp slt i32 %1855, %1636
	%1857 = and i1 %1845, %1856
	%1858 = or i1 %1844, %1857
	%1859 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1858)
	%1860 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1850
	%1861 = load i32, i32 addrspace(3)* %1860
	%1862 = and i32 %1859, %1641
	%1863 = call i32 @llvm.ctpop.i32(i32 %1862)
	%1864 = add i32 %1861, %1863
	br i1 %1858, label %1866, label %1869

1865:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1866:
	%1867 = add i32 %1838, %0
	%1868 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1864
	store i32 %1867, i32 addrspace(3)* %1868
	br label %1869

1869:
	%1870 = add i32 %1838, 256
	br label %1837

1871:
	%1872 = phi i32 [ %1007, %mass_taken ], [ %1876, %1874 ]
	%1873 = icmp slt i32 %1872, %1006
	br i1 %1873, label %1874, label %1877

1874:
	%1875 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1872
	store i32 -1, i32 addrspace(3)* %1875
	%1876 = add i32 %1872, 256
	br label %1871

1877:
	call void @llvm.nvvm.barrier0()
	%1878 = add i32 %1005, 1
	br label %1879

1879:
	%1880 = phi i32 [ 1, %1877 ], [ %1896, %1895 ]
	%1881 = icmp slt i32 %1880, %1878
	br i1 %1881, label %1882, label %1884

1882:
	%1883 = shl i32 1, %1880
	br label %1885

1884:
	br label %1937

1885:
	%1886 = phi i32 [ 0, %1882 ], [ %1931, %1930 ]
	%1887 = icmp slt i32 %1886, %1880
	br i1 %1887, label %1888, label %1895

1888:
	%1889 = sub i32 %1880, 1
	%1890 = sub i32 %1889, %1886
	%1891 = shl i32 1, %1890
	%1892 = sub i32 %1880, 1
	%1893 = sub i32 %1892, %1886
	%1894 = lshr i32 %1006, 1
	br label %1897

1895:
	%1896 = add i32 %1880, 1
	br label %1879

1897:
	%1898 = phi i32 [ %0, %1888 ], [ %1936, %1935 ]
	%1899 = icmp slt i32 %1898, %1894
	br i1 %1899, label %1900, label %1930

1900:
	%1901 = lshr i32 %1898, %1893
	%1902 = add i32 %1893, 1
	%1903 = shl i32 %1901, %1902
	%1904 = sub i32 %1891, 1
	%1905 = and i32 %1898, %1904
	%1906 = or i32 %1903, %1905
	%1907 = or i32 %1906, %1891
	%1908 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1906
	%1909 = load i32, i32 addrspace(3)* %1908
	%1910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1907
	%1911 = load i32, i32 addrspace(3)* %1910
	%1912 = and i32 %1906, %1883
	%1913 = icmp eq i32 %1912, 0
	%1914 = icmp sge i32 %1911, 0
	%1915 = select i1 %1914, i32 %1911, i32 0
	%1916 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1915
	%1917 = load i32, i32 addrspace(3)* %1916
	%1918 = select i1 %1914, i32 %1917, i32 0
	%1919 = icmp sge i32 %1909, 0
	%1920 = select i1 %1919, i32 %1909, i32 0
	%1921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1920
	%1922 = load i32, i32 addrspace(3)* %1921
	%1923 = select i1 %1919, i32 %1922, i32 0
	%1924 = icmp ugt i32 %1918, %1923
	%1925 = icmp eq i32 %1918, %1923
	%1926 = icmp slt i32 %1911, %1909
	%1927 = and i1 %1925, %1926
	%1928 = or i1 %1924, %1927
	%1929 = icmp eq i1 %1928, %1913
	br i1 %1929, label %1932, label %1935

1930:
	call void @llvm.nvvm.barrier0()
	%1931 = add i32 %1886, 1
	br label %1885

1932:
	%1933 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1906
	store i32 %1911, i32 addrspace(3)* %1933
	%1934 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1907
	store i32 %1909, i32 addrspace(3)* %1934
	br label %1935

1935:
	%1936 = add i32 %1898, 256
	br label %1897

1937:
	%1938 = phi i32 [ %0, %1884 ], [ %1951, %1940 ]
	%1939 = icmp slt i32 %1938, %983
	br i1 %1939, label %1940, label %1952

1940:
	%1941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1938
	%1942 = load i32, i32 addrspace(3)* %1941
	%1943 = add i32 %437, %1938
	%1944 = add i32 %13, %1943
	%1945 = sext i32 %1944 to i64
	%1946 = getelementptr i32, i32* %list, i64 %1945
	store i32 %1942, i32* %1946
	%1947 = add i32 %13, %NK
	%1948 = add i32 %1947, %1943
	%1949 = sext i32 %1948 to i64
	%1950 = getelementptr i32, i32* %list, i64 %1949
	store i32 0, i32* %1950
	%1951 = add i32 %1938, 256
	br label %1937

1952:
	call void @llvm.nvvm.barrier0()
	%1953 = icmp eq i32 %4, 0
	br i1 %1953, label %1954, label %1957

1954:
	%1955 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1956 = load double, double addrspace(3)* %1955
	br label %1970

1957:
	call void @llvm.nvvm.barrier0()
	%1958 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1959 = load i32, i32 addrspace(3)* %1958
	%1960 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1961 = load i32, i32 addrspace(3)* %1960
	%1962 = icmp ne i32 %1961, 0
	%1963 = icmp sge i32 %983, %438
	%1964 = or i1 %1962, %1963
	%1965 = mul i32 %983, 4
	%1966 = icmp sgt i32 %1965, 64
	%1967 = select i1 %1966, i32 %1965, i32 64
	%1968 = icmp slt i32 %1967, %438
	%1969 = select i1 %1968, i32 %1967, i32 %438
	br i1 %1964, label %mass_done, label %mass

1970:
	%1971 = phi i32 [ 0, %1954 ], [ %2435, %2432 ]
	%1972 = phi double [ %1956, %1954 ], [ %2433, %2432 ]
	%1973 = phi i32 [ 0, %1954 ], [ %2434, %2432 ]
	%1974 = icmp slt i32 %1971, %983
	br i1 %1974, label %1975, label %1978

1975:
	%1976 = add i32 %1971, %3
	%1977 = icmp slt i32 %1976, %983
	br i1 %1977, label %1980, label %1987

1978:
	%1979 = icmp eq i32 %3, 0
	br i1 %1979, label %2436, label %2441

1980:
	%1981 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1976
	%1982 = load i32, i32 addrspace(3)* %1981
	%1983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1982
	%1984 = load i32, i32 addrspace(3)* %1983
	%1985 = sub i32 %1984, 2
	%1986 = bitcast i32 %1985 to float
	br label %1987

1987:
	%1988 = phi float [ 0.0, %1975 ], [ %1986, %1980 ]
	%1989 = fpext float %1988 to double
	%1990 = fcmp one float %1988, 0.0
	%1991 = call float @llvm.fabs.f32(float %1988)
	%1992 = fcmp olt float %1991, 0x3E20000000000000
	%1993 = and i1 %1990, %1992
	%1994 = fmul double %1972, 4.503599627370496e+15
	%1995 = call double @llvm.trunc.f64(double %1994)
	%1996 = fcmp oeq double %1994, %1995
	%1997 = bitcast double %1989 to i64
	%1998 = trunc i64 %1997 to i32
	%1999 = lshr i64 %1997, 32
	%2000 = trunc i64 %1999 to i32
	%2001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1998, i32 1, i32 0)
	%2002 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2000, i32 1, i32 0)
	%2003 = zext i32 %2001 to i64
	%2004 = zext i32 %2002 to i64
	%2005 = shl i64 %2004, 32
	%2006 = or i64 %2003, %2005
	%2007 = bitcast i64 %2006 to double
	%2008 = icmp uge i32 %3, 1
	%2009 = fadd double %1989, %2007
	%2010 = select i1 %2008, double %2009, double %1989
	%2011 = bitcast double %2010 to i64
	%2012 = trunc i64 %2011 to i32
	%2013 = lshr i64 %2011, 32
	%2014 = trunc i64 %2013 to i32
	%2015 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2012, i32 2, i32 0)
	%2016 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2014, i32 2, i32 0)
	%2017 = zext i32 %2015 to i64
	%2018 = zext i32 %2016 to i64
	%2019 = shl i64 %2018, 32
	%2020 = or i64 %2017, %2019
	%2021 = bitcast i64 %2020 to double
	%2022 = icmp uge i32 %3, 2
	%2023 = fadd double %2010, %2021
	%2024 = select i1 %2022, double %2023, double %2010
	%2025 = bitcast double %2024 to i64
	%2026 = trunc i64 %2025 to i32
	%2027 = lshr i64 %2025, 32
	%2028 = trunc i64 %2027 to i32
	%2029 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2026, i32 4, i32 0)
	%2030 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2028, i32 4, i32 0)
	%2031 = zext i32 %2029 to i64
	%2032 = zext i32 %2030 to i64
	%2033 = shl i64 %2032, 32
	%2034 = or i64 %2031, %2033
	%2035 = bitcast i64 %2034 to double
	%2036 = icmp uge i32 %3, 4
	%2037 = fadd double %2024, %2035
	%2038 = select i1 %2036, double %2037, double %2024
	%2039 = bitcast double %2038 to i64
	%2040 = trunc i64 %2039 to i32
	%2041 = lshr i64 %2039, 32
	%2042 = trunc i64 %2041 to i32
	%2043 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2040, i32 8, i32 0)
	%2044 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2042, i32 8, i32 0)
	%2045 = zext i32 %2043 to i64
	%2046 = zext i32 %2044 to i64
	%2047 = shl i64 %2046, 32
	%2048 = or i64 %2045, %2047
	%2049 = bitcast i64 %2048 to double
	%2050 = icmp uge i32 %3, 8
	%2051 = fadd double %2038, %2049
	%2052 = select i1 %2050, double %2051, double %2038
	%2053 = bitcast double %2052 to i64
	%2054 = trunc i64 %2053 to i32
	%2055 = lshr i64 %2053, 32
	%2056 = trunc i64 %2055 to i32
	%2057 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2054, i32 16, i32 0)
	%2058 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2056, i32 16, i32 0)
	%2059 = zext i32 %2057 to i64
	%2060 = zext i32 %2058 to i64
	%2061 = shl i64 %2060, 32
	%2062 = or i64 %2059, %2061
	%2063 = bitcast i64 %2062 to double
	%2064 = icmp uge i32 %3, 16
	%2065 = fadd double %2052, %2063
	%2066 = select i1 %2064, double %2065, double %2052
	%2067 = bitcast double %2066 to i64
	%2068 = trunc i64 %2067 to i32
	%2069 = lshr i64 %2067, 32
	%2070 = trunc i64 %2069 to i32
	%2071 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2068, i32 31, i32 31)
	%2072 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2070, i32 31, i32 31)
	%2073 = zext i32 %2071 to i64
	%2074 = zext i32 %2072 to i64
	%2075 = shl i64 %2074, 32
	%2076 = or i64 %2073, %2075
	%2077 = bitcast i64 %2076 to double
	%2078 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1993)
	%2079 = xor i1 %2078, true
	%2080 = and i1 %1996, %2079
	%2081 = fadd double %1972, %2077
	%2082 = fcmp olt double %2081, 1.5
	%2083 = and i1 %2080, %2082
	%2084 = fcmp oge double %1972, 0x3FECCCCCCCCCCCCD
	%2085 = or i1 %2083, %2084
	br i1 %2085, label %2086, label %2111

2086:
	%2087 = fsub double %2066, %1989
	%2088 = fadd double %1972, %2087
	%2089 = fcmp olt double %2088, 0x3FECCCCCCCCCCCCD
	%2090 = and i1 %1977, %2089
	%2091 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %2090)
	%2092 = call i32 @llvm.ctpop.i32(i32 %2091)
	%2093 = sub i32 %2092, 1
	%2094 = icmp sgt i32 %2093, 0
	%2095 = select i1 %2094, i32 %2093, i32 0
	%2096 = bitcast double %2066 to i64
	%2097 = trunc i64 %2096 to i32
	%2098 = lshr i64 %2096, 32
	%2099 = trunc i64 %2098 to i32
	%2100 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2097, i32 %2095, i32 31)
	%2101 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2099, i32 %2095, i32 31)
	%2102 = zext i32 %2100 to i64
	%2103 = zext i32 %2101 to i64
	%2104 = shl i64 %2103, 32
	%2105 = or i64 %2102, %2104
	%2106 = bitcast i64 %2105 to double
	%2107 = icmp sgt i32 %2092, 0
	%2108 = fadd double %1972, %2106
	%2109 = select i1 %2107, double %2108, double %1972
	%2110 = add i32 %1973, %2092
	br label %2432

2111:
	%2112 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 0, i32 31)
	%2113 = fcmp olt double %1972, 0x3FECCCCCCCCCCCCD
	%2114 = add i32 %1971, 0
	%2115 = icmp slt i32 %2114, %983
	%2116 = and i1 %2113, %2115
	%2117 = fpext float %2112 to double
	%2118 = fadd double %1972, %2117
	%2119 = select i1 %2116, double %2118, double %1972
	%2120 = add i32 %1973, 1
	%2121 = select i1 %2116, i32 %2120, i32 %1973
	%2122 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 1, i32 31)
	%2123 = fcmp olt double %2119, 0x3FECCCCCCCCCCCCD
	%2124 = add i32 %1971, 1
	%2125 = icmp slt i32 %2124, %983
	%2126 = and i1 %2123, %2125
	%2127 = fpext float %2122 to double
	%2128 = fadd double %2119, %2127
	%2129 = select i1 %2126, double %2128, double %2119
	%2130 = add i32 %2121, 1
	%2131 = select i1 %2126, i32 %2130, i32 %2121
	%2132 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 2, i32 31)
	%2133 = fcmp olt double %2129, 0x3FECCCCCCCCCCCCD
	%2134 = add i32 %1971, 2
	%2135 = icmp slt i32 %2134, %983
	%2136 = and i1 %2133, %2135
	%2137 = fpext float %2132 to double
	%2138 = fadd double %2129, %2137
	%2139 = select i1 %2136, double %2138, double %2129
	%2140 = add i32 %2131, 1
	%2141 = select i1 %2136, i32 %2140, i32 %2131
	%2142 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 3, i32 31)
	%2143 = fcmp olt double %2139, 0x3FECCCCCCCCCCCCD
	%2144 = add i32 %1971, 3
	%2145 = icmp slt i32 %2144, %983
	%2146 = and i1 %2143, %2145
	%2147 = fpext float %2142 to double
	%2148 = fadd double %2139, %2147
	%2149 = select i1 %2146, double %2148, double %2139
	%2150 = add i32 %2141, 1
	%2151 = select i1 %2146, i32 %2150, i32 %2141
	%2152 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 4, i32 31)
	%2153 = fcmp olt double %2149, 0x3FECCCCCCCCCCCCD
	%2154 = add i32 %1971, 4
	%2155 = icmp slt i32 %2154, %983
	%2156 = and i1 %2153, %2155
	%2157 = fpext float %2152 to double
	%2158 = fadd double %2149, %2157
	%2159 = select i1 %2156, double %2158, double %2149
	%2160 = add i32 %2151, 1
	%2161 = select i1 %2156, i32 %2160, i32 %2151
	%2162 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 5, i32 31)
	%2163 = fcmp olt double %2159, 0x3FECCCCCCCCCCCCD
	%2164 = add i32 %1971, 5
	%2165 = icmp slt i32 %2164, %983
	%2166 = and i1 %2163, %2165
	%2167 = fpext float %2162 to double
	%2168 = fadd double %2159, %2167
	%2169 = select i1 %2166, double %2168, double %2159
	%2170 = add i32 %2161, 1
	%2171 = select i1 %2166, i32 %2170, i32 %2161
	%2172 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 6, i32 31)
	%2173 = fcmp olt double %2169, 0x3FECCCCCCCCCCCCD
	%2174 = add i32 %1971, 6
	%2175 = icmp slt i32 %2174, %983
	%2176 = and i1 %2173, %2175
	%2177 = fpext float %2172 to double
	%2178 = fadd double %2169, %2177
	%2179 = select i1 %2176, double %2178, double %2169
	%2180 = add i32 %2171, 1
	%2181 = select i1 %2176, i32 %2180, i32 %2171
	%2182 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 7, i32 31)
	%2183 = fcmp olt double %2179, 0x3FECCCCCCCCCCCCD
	%2184 = add i32 %1971, 7
	%2185 = icmp slt i32 %2184, %983
	%2186 = and i1 %2183, %2185
	%2187 = fpext float %2182 to double
	%2188 = fadd double %2179, %2187
	%2189 = select i1 %2186, double %2188, double %2179
	%2190 = add i32 %2181, 1
	%2191 = select i1 %2186, i32 %2190, i32 %2181
	%2192 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 8, i32 31)
	%2193 = fcmp olt double %2189, 0x3FECCCCCCCCCCCCD
	%2194 = add i32 %1971, 8
	%2195 = icmp slt i32 %2194, %983
	%2196 = and i1 %2193, %2195
	%2197 = fpext float %2192 to double
	%2198 = fadd double %2189, %2197
	%2199 = select i1 %2196, double %2198, double %2189
	%2200 = add i32 %2191, 1
	%2201 = select i1 %2196, i32 %2200, i32 %2191
	%2202 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 9, i32 31)
	%2203 = fcmp olt double %2199, 0x3FECCCCCCCCCCCCD
	%2204 = add i32 %1971, 9
	%2205 = icmp slt i32 %2204, %983
	%2206 = and i1 %2203, %2205
	%2207 = fpext float %2202 to double
	%2208 = fadd double %2199, %2207
	%2209 = select i1 %2206, double %2208, double %2199
	%2210 = add i32 %2201, 1
	%2211 = select i1 %2206, i32 %2210, i32 %2201
	%2212 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 10, i32 31)
	%2213 = fcmp olt double %2209, 0x3FECCCCCCCCCCCCD
	%2214 = add i32 %1971, 10
	%2215 = icmp slt i32 %2214, %983
	%2216 = and i1 %2213, %2215
	%2217 = fpext float %2212 to double
	%2218 = fadd double %2209, %2217
	%2219 = select i1 %2216, double %2218, double %2209
	%2220 = add i32 %2211, 1
	%2221 = select i1 %2216, i32 %2220, i32 %2211
	%2222 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 11, i32 31)
	%2223 = fcmp olt double %2219, 0x3FECCCCCCCCCCCCD
	%2224 = add i32 %1971, 11
	%2225 = icmp slt i32 %2224, %983
	%2226 = and i1 %2223, %2225
	%2227 = fpext float %2222 to double
	%2228 = fadd double %2219, %2227
	%2229 = select i1 %2226, double %2228, double %2219
	%2230 = add i32 %2221, 1
	%2231 = select i1 %2226, i32 %2230, i32 %2221
	%2232 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 12, i32 31)
	%2233 = fcmp olt double %2229, 0x3FECCCCCCCCCCCCD
	%2234 = add i32 %1971, 12
	%2235 = icmp slt i32 %2234, %983
	%2236 = and i1 %2233, %2235
	%2237 = fpext float %2232 to double
	%2238 = fadd double %2229, %2237
	%2239 = select i1 %2236, double %2238, double %2229
	%2240 = add i32 %2231, 1
	%2241 = select i1 %2236, i32 %2240, i32 %2231
	%2242 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 13, i32 31)
	%2243 = fcmp olt double %2239, 0x3FECCCCCCCCCCCCD
	%2244 = add i32 %1971, 13
	%2245 = icmp slt i32 %2244, %983
	%2246 = and i1 %2243, %2245
	%2247 = fpext float %2242 to double
	%2248 = fadd double %2239, %2247
	%2249 = select i1 %2246, double %2248, double %2239
	%2250 = add i32 %2241, 1
	%2251 = select i1 %2246, i32 %2250, i32 %2241
	%2252 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 14, i32 31)
	%2253 = fcmp olt double %2249, 0x3FECCCCCCCCCCCCD
	%2254 = add i32 %1971, 14
	%2255 = icmp slt i32 %2254, %983
	%2256 = and i1 %2253, %2255
	%2257 = fpext float %2252 to double
	%2258 = fadd double %2249, %2257
	%2259 = select i1 %2256, double %2258, double %2249
	%2260 = add i32 %2251, 1
	%2261 = select i1 %2256, i32 %2260, i32 %2251
	%2262 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 15, i32 31)
	%2263 = fcmp olt double %2259, 0x3FECCCCCCCCCCCCD
	%2264 = add i32 %1971, 15
	%2265 = icmp slt i32 %2264, %983
	%2266 = and i1 %2263, %2265
	%2267 = fpext float %2262 to double
	%2268 = fadd double %2259, %2267
	%2269 = select i1 %2266, double %2268, double %2259
	%2270 = add i32 %2261, 1
	%2271 = select i1 %2266, i32 %2270, i32 %2261
	%2272 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 16, i32 31)
	%2273 = fcmp olt double %2269, 0x3FECCCCCCCCCCCCD
	%2274 = add i32 %1971, 16
	%2275 = icmp slt i32 %2274, %983
	%2276 = and i1 %2273, %2275
	%2277 = fpext float %2272 to double
	%2278 = fadd double %2269, %2277
	%2279 = select i1 %2276, double %2278, double %2269
	%2280 = add i32 %2271, 1
	%2281 = select i1 %2276, i32 %2280, i32 %2271
	%2282 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 17, i32 31)
	%2283 = fcmp olt double %2279, 0x3FECCCCCCCCCCCCD
	%2284 = add i32 %1971, 17
	%2285 = icmp slt i32 %2284, %983
	%2286 = and i1 %2283, %2285
	%2287 = fpext float %2282 to double
	%2288 = fadd double %2279, %2287
	%2289 = select i1 %2286, double %2288, double %2279
	%2290 = add i32 %2281, 1
	%2291 = select i1 %2286, i32 %2290, i32 %2281
	%2292 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 18, i32 31)
	%2293 = fcmp olt double %2289, 0x3FECCCCCCCCCCCCD
	%2294 = add i32 %1971, 18
	%2295 = icmp slt i32 %2294, %983
	%2296 = and i1 %2293, %2295
	%2297 = fpext float %2292 to double
	%2298 = fadd double %2289, %2297
	%2299 = select i1 %2296, double %2298, double %2289
	%2300 = add i32 %2291, 1
	%2301 = select i1 %2296, i32 %2300, i32 %2291
	%2302 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 19, i32 31)
	%2303 = fcmp olt double %2299, 0x3FECCCCCCCCCCCCD
	%2304 = add i32 %1971, 19
	%2305 = icmp slt i32 %2304, %983
	%2306 = and i1 %2303, %2305
	%2307 = fpext float %2302 to double
	%2308 = fadd double %2299, %2307
	%2309 = select i1 %2306, double %2308, double %2299
	%2310 = add i32 %2301, 1
	%2311 = select i1 %2306, i32 %2310, i32 %2301
	%2312 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 20, i32 31)
	%2313 = fcmp olt double %2309, 0x3FECCCCCCCCCCCCD
	%2314 = add i32 %1971, 20
	%2315 = icmp slt i32 %2314, %983
	%2316 = and i1 %2313, %2315
	%2317 = fpext float %2312 to double
	%2318 = fadd double %2309, %2317
	%2319 = select i1 %2316, double %2318, double %2309
	%2320 = add i32 %2311, 1
	%2321 = select i1 %2316, i32 %2320, i32 %2311
	%2322 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 21, i32 31)
	%2323 = fcmp olt double %2319, 0x3FECCCCCCCCCCCCD
	%2324 = add i32 %1971, 21
	%2325 = icmp slt i32 %2324, %983
	%2326 = and i1 %2323, %2325
	%2327 = fpext float %2322 to double
	%2328 = fadd double %2319, %2327
	%2329 = select i1 %2326, double %2328, double %2319
	%2330 = add i32 %2321, 1
	%2331 = select i1 %2326, i32 %2330, i32 %2321
	%2332 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 22, i32 31)
	%2333 = fcmp olt double %2329, 0x3FECCCCCCCCCCCCD
	%2334 = add i32 %1971, 22
	%2335 = icmp slt i32 %2334, %983
	%2336 = and i1 %2333, %2335
	%2337 = fpext float %2332 to double
	%2338 = fadd double %2329, %2337
	%2339 = select i1 %2336, double %2338, double %2329
	%2340 = add i32 %2331, 1
	%2341 = select i1 %2336, i32 %2340, i32 %2331
	%2342 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 23, i32 31)
	%2343 = fcmp olt double %2339, 0x3FECCCCCCCCCCCCD
	%2344 = add i32 %1971, 23
	%2345 = icmp slt i32 %2344, %983
	%2346 = and i1 %2343, %2345
	%2347 = fpext float %2342 to double
	%2348 = fadd double %2339, %2347
	%2349 = select i1 %2346, double %2348, double %2339
	%2350 = add i32 %2341, 1
	%2351 = select i1 %2346, i32 %2350, i32 %2341
	%2352 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 24, i32 31)
	%2353 = fcmp olt double %2349, 0x3FECCCCCCCCCCCCD
	%2354 = add i32 %1971, 24
	%2355 = icmp slt i32 %2354, %983
	%2356 = and i1 %2353, %2355
	%2357 = fpext float %2352 to double
	%2358 = fadd double %2349, %2357
	%2359 = select i1 %2356, double %2358, double %2349
	%2360 = add i32 %2351, 1
	%2361 = select i1 %2356, i32 %2360, i32 %2351
	%2362 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 25, i32 31)
	%2363 = fcmp olt double %2359, 0x3FECCCCCCCCCCCCD
	%2364 = add i32 %1971, 25
	%2365 = icmp slt i32 %2364, %983
	%2366 = and i1 %2363, %2365
	%2367 = fpext float %2362 to double
	%2368 = fadd double %2359, %2367
	%2369 = select i1 %2366, double %2368, double %2359
	%2370 = add i32 %2361, 1
	%2371 = select i1 %2366, i32 %2370, i32 %2361
	%2372 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 26, i32 31)
	%2373 = fcmp olt double %2369, 0x3FECCCCCCCCCCCCD
	%2374 = add i32 %1971, 26
	%2375 = icmp slt i32 %2374, %983
	%2376 = and i1 %2373, %2375
	%2377 = fpext float %2372 to double
	%2378 = fadd double %2369, %2377
	%2379 = select i1 %2376, double %2378, double %2369
	%2380 = add i32 %2371, 1
	%2381 = select i1 %2376, i32 %2380, i32 %2371
	%2382 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 27, i32 31)
	%2383 = fcmp olt double %2379, 0x3FECCCCCCCCCCCCD
	%2384 = add i32 %1971, 27
	%2385 = icmp slt i32 %2384, %983
	%2386 = and i1 %2383, %2385
	%2387 = fpext float %2382 to double
	%2388 = fadd double %2379, %2387
	%2389 = select i1 %2386, double %2388, double %2379
	%2390 = add i32 %2381, 1
	%2391 = select i1 %2386, i32 %2390, i32 %2381
	%2392 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 28, i32 31)
	%2393 = fcmp olt double %2389, 0x3FECCCCCCCCCCCCD
	%2394 = add i32 %1971, 28
	%2395 = icmp slt i32 %2394, %983
	%2396 = and i1 %2393, %2395
	%2397 = fpext float %2392 to double
	%2398 = fadd double %2389, %2397
	%2399 = select i1 %2396, double %2398, double %2389
	%2400 = add i32 %2391, 1
	%2401 = select i1 %2396, i32 %2400, i32 %2391
	%2402 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 29, i32 31)
	%2403 = fcmp olt double %2399, 0x3FECCCCCCCCCCCCD
	%2404 = add i32 %1971, 29
	%2405 = icmp slt i32 %2404, %983
	%2406 = and i1 %2403, %2405
	%2407 = fpext float %2402 to double
	%2408 = fadd double %2399, %2407
	%2409 = select i1 %2406, double %2408, double %2399
	%2410 = add i32 %2401, 1
	%2411 = select i1 %2406, i32 %2410, i32 %2401
	%2412 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 30, i32 31)
	%2413 = fcmp olt double %2409, 0x3FECCCCCCCCCCCCD
	%2414 = add i32 %1971, 30
	%2415 = icmp slt i32 %2414, %983
	%2416 = and i1 %2413, %2415
	%2417 = fpext float %2412 to double
	%2418 = fadd double %2409, %2417
	%2419 = select i1 %2416, double %2418, double %2409
	%2420 = add i32 %2411, 1
	%2421 = select i1 %2416, i32 %2420, i32 %2411
	%2422 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1988, i32 31, i32 31)
	%2423 = fcmp olt double %2419, 0x3FECCCCCCCCCCCCD
	%2424 = add i32 %1971, 31
	%2425 = icmp slt i32 %2424, %983
	%2426 = and i1 %2423, %2425
	%2427 = fpext float %2422 to double
	%2428 = fadd double %2419, %2427
	%2429 = select i1 %2426, double %2428, double %2419
	%2430 = add i32 %2421, 1
	%2431 = select i1 %2426, i32 %2430, i32 %2421
	br label %2432

2432:
	%2433 = phi double [ %2109, %2086 ], [ %2429, %2111 ]
	%2434 = phi i32 [ %2110, %2086 ], [ %2431, %2111 ]
	%2435 = add i32 %1971, 32
	br label %1970

2436:
	%2437 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1973, i32 addrspace(3)* %2437
	%2438 = fcmp oge double %1972, 0x3FECCCCCCCCCCCCD
	%2439 = zext i1 %2438 to i32
	%2440 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2439, i32 addrspace(3)* %2440
	br label %2441

2441:
	br label %1957

2442:
	%2443 = phi i32 [ %997, %mass_done ], [ %2453, %2445 ]
	%2444 = icmp slt i32 %2443, %996
	br i1 %2444, label %2445, label %2454

2445:
	%2446 = add i32 %13, %2443
	%2447 = sext i32 %2446 to i64
	%2448 = getelementptr i32, i32* %list, i64 %2447
	store i32 -1, i32* %2448
	%2449 = add i32 %13, %NK
	%2450 = add i32 %2449, %2443
	%2451 = sext i32 %2450 to i64
	%2452 = getelementptr i32, i32* %list, i64 %2451
	store i32 -1, i32* %2452
	%2453 = add i32 %2443, 256
	br label %2442

2454:
	ret void
}
