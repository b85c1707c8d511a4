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
	br i1 %634, label %4647, label %4653

write_sort:
	%641 = sub i32 %440, 1
	%642 = call i32 @llvm.ctlz.i32(i32 %641, i1 false)
	%643 = icmp sgt i32 %440, 1
	%644 = sub i32 32, %642
	%645 = select i1 %643, i32 %644, i32 0
	%646 = shl i32 1, %645
	%647 = add i32 %440, %0
	br label %4565

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
	br label %4686

write_long:
	%658 = icmp sle i32 %440, 2048
	br i1 %658, label %write_radix, label %write_sort

write_radix:
	%659 = shl i32 1, %3
	%660 = sub i32 %659, 1
	%661 = add i32 0, %0
	%662 = icmp slt i32 0, %440
	%663 = icmp slt i32 %661, %440
	br i1 %662, label %664, label %671

664:
	%665 = select i1 %663, i32 %661, i32 0
	%666 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %665
	%667 = load i32, i32 addrspace(3)* %666
	%668 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %667
	%669 = load i32, i32 addrspace(3)* %668
	%670 = xor i32 %669, -1
	br label %671

671:
	%672 = phi i32 [ 0, %write_radix ], [ %667, %664 ]
	%673 = phi i32 [ 0, %write_radix ], [ %670, %664 ]
	%674 = add i32 256, %0
	%675 = icmp slt i32 256, %440
	%676 = icmp slt i32 %674, %440
	br i1 %675, label %677, label %684

677:
	%678 = select i1 %676, i32 %674, i32 0
	%679 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %678
	%680 = load i32, i32 addrspace(3)* %679
	%681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %680
	%682 = load i32, i32 addrspace(3)* %681
	%683 = xor i32 %682, -1
	br label %684

684:
	%685 = phi i32 [ 0, %671 ], [ %680, %677 ]
	%686 = phi i32 [ 0, %671 ], [ %683, %677 ]
	%687 = add i32 512, %0
	%688 = icmp slt i32 512, %440
	%689 = icmp slt i32 %687, %440
	br i1 %688, label %690, label %697

690:
	%691 = select i1 %689, i32 %687, i32 0
	%692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %691
	%693 = load i32, i32 addrspace(3)* %692
	%694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %693
	%695 = load i32, i32 addrspace(3)* %694
	%696 = xor i32 %695, -1
	br label %697

697:
	%698 = phi i32 [ 0, %684 ], [ %693, %690 ]
	%699 = phi i32 [ 0, %684 ], [ %696, %690 ]
	%700 = add i32 768, %0
	%701 = icmp slt i32 768, %440
	%702 = icmp slt i32 %700, %440
	br i1 %701, label %703, label %710

703:
	%704 = select i1 %702, i32 %700, i32 0
	%705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %704
	%706 = load i32, i32 addrspace(3)* %705
	%707 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %706
	%708 = load i32, i32 addrspace(3)* %707
	%709 = xor i32 %708, -1
	br label %710

710:
	%711 = phi i32 [ 0, %697 ], [ %706, %703 ]
	%712 = phi i32 [ 0, %697 ], [ %709, %703 ]
	%713 = add i32 1024, %0
	%714 = icmp slt i32 1024, %440
	%715 = icmp slt i32 %713, %440
	br i1 %714, label %716, label %723

716:
	%717 = select i1 %715, i32 %713, i32 0
	%718 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %717
	%719 = load i32, i32 addrspace(3)* %718
	%720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %719
	%721 = load i32, i32 addrspace(3)* %720
	%722 = xor i32 %721, -1
	br label %723

723:
	%724 = phi i32 [ 0, %710 ], [ %719, %716 ]
	%725 = phi i32 [ 0, %710 ], [ %722, %716 ]
	%726 = add i32 1280, %0
	%727 = icmp slt i32 1280, %440
	%728 = icmp slt i32 %726, %440
	br i1 %727, label %729, label %736

729:
	%730 = select i1 %728, i32 %726, i32 0
	%731 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %730
	%732 = load i32, i32 addrspace(3)* %731
	%733 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %732
	%734 = load i32, i32 addrspace(3)* %733
	%735 = xor i32 %734, -1
	br label %736

736:
	%737 = phi i32 [ 0, %723 ], [ %732, %729 ]
	%738 = phi i32 [ 0, %723 ], [ %735, %729 ]
	%739 = add i32 1536, %0
	%740 = icmp slt i32 1536, %440
	%741 = icmp slt i32 %739, %440
	br i1 %740, label %742, label %749

742:
	%743 = select i1 %741, i32 %739, i32 0
	%744 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %743
	%745 = load i32, i32 addrspace(3)* %744
	%746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %745
	%747 = load i32, i32 addrspace(3)* %746
	%748 = xor i32 %747, -1
	br label %749

749:
	%750 = phi i32 [ 0, %736 ], [ %745, %742 ]
	%751 = phi i32 [ 0, %736 ], [ %748, %742 ]
	%752 = add i32 1792, %0
	%753 = icmp slt i32 1792, %440
	%754 = icmp slt i32 %752, %440
	br i1 %753, label %755, label %762

755:
	%756 = select i1 %754, i32 %752, i32 0
	%757 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %756
	%758 = load i32, i32 addrspace(3)* %757
	%759 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %758
	%760 = load i32, i32 addrspace(3)* %759
	%761 = xor i32 %760, -1
	br label %762

762:
	%763 = phi i32 [ 0, %749 ], [ %758, %755 ]
	%764 = phi i32 [ 0, %749 ], [ %761, %755 ]
	call void @llvm.nvvm.barrier0()
	%765 = add i32 %0, 0
	%766 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %765
	store i32 0, i32 addrspace(3)* %766
	%767 = add i32 %0, 256
	%768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %767
	store i32 0, i32 addrspace(3)* %768
	%769 = add i32 %0, 512
	%770 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %769
	store i32 0, i32 addrspace(3)* %770
	%771 = add i32 %0, 768
	%772 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %771
	store i32 0, i32 addrspace(3)* %772
	call void @llvm.nvvm.barrier0()
	br i1 %662, label %773, label %782

773:
	%774 = lshr i32 %673, 0
	%775 = and i32 %774, 15
	%776 = select i1 %663, i32 %775, i32 16
	%777 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %776)
	%778 = and i32 %777, %660
	%779 = call i32 @llvm.ctpop.i32(i32 %778)
	%780 = icmp eq i32 %779, 0
	%781 = and i1 %663, %780
	br i1 %781, label %784, label %791

782:
	%783 = phi i32 [ 0, %762 ], [ %779, %791 ]
	br i1 %675, label %792, label %801

784:
	%785 = call i32 @llvm.ctpop.i32(i32 %777)
	%786 = add i32 0, %4
	%787 = mul i32 %775, 64
	%788 = add i32 %787, %786
	%789 = add i32 0, %788
	%790 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %789
	store i32 %785, i32 addrspace(3)* %790
	br label %791

791:
	br label %782

792:
	%793 = lshr i32 %686, 0
	%794 = and i32 %793, 15
	%795 = select i1 %676, i32 %794, i32 16
	%796 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %795)
	%797 = and i32 %796, %660
	%798 = call i32 @llvm.ctpop.i32(i32 %797)
	%799 = icmp eq i32 %798, 0
	%800 = and i1 %676, %799
	br i1 %800, label %803, label %810

801:
	%802 = phi i32 [ 0, %782 ], [ %798, %810 ]
	br i1 %688, label %811, label %820

803:
	%804 = call i32 @llvm.ctpop.i32(i32 %796)
	%805 = add i32 8, %4
	%806 = mul i32 %794, 64
	%807 = add i32 %806, %805
	%808 = add i32 0, %807
	%809 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %808
	store i32 %804, i32 addrspace(3)* %809
	br label %810

810:
	br label %801

811:
	%812 = lshr i32 %699, 0
	%813 = and i32 %812, 15
	%814 = select i1 %689, i32 %813, i32 16
	%815 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %814)
	%816 = and i32 %815, %660
	%817 = call i32 @llvm.ctpop.i32(i32 %816)
	%818 = icmp eq i32 %817, 0
	%819 = and i1 %689, %818
	br i1 %819, label %822, label %829

820:
	%821 = phi i32 [ 0, %801 ], [ %817, %829 ]
	br i1 %701, label %830, label %839

822:
	%823 = call i32 @llvm.ctpop.i32(i32 %815)
	%824 = add i32 16, %4
	%825 = mul i32 %813, 64
	%826 = add i32 %825, %824
	%827 = add i32 0, %826
	%828 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %827
	store i32 %823, i32 addrspace(3)* %828
	br label %829

829:
	br label %820

830:
	%831 = lshr i32 %712, 0
	%832 = and i32 %831, 15
	%833 = select i1 %702, i32 %832, i32 16
	%834 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %833)
	%835 = and i32 %834, %660
	%836 = call i32 @llvm.ctpop.i32(i32 %835)
	%837 = icmp eq i32 %836, 0
	%838 = and i1 %702, %837
	br i1 %838, label %841, label %848

839:
	%840 = phi i32 [ 0, %820 ], [ %836, %848 ]
	br i1 %714, label %849, label %858

841:
	%842 = call i32 @llvm.ctpop.i32(i32 %834)
	%843 = add i32 24, %4
	%844 = mul i32 %832, 64
	%845 = add i32 %844, %843
	%846 = add i32 0, %845
	%847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %846
	store i32 %842, i32 addrspace(3)* %847
	br label %848

848:
	br label %839

849:
	%850 = lshr i32 %725, 0
	%851 = and i32 %850, 15
	%852 = select i1 %715, i32 %851, i32 16
	%853 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %852)
	%854 = and i32 %853, %660
	%855 = call i32 @llvm.ctpop.i32(i32 %854)
	%856 = icmp eq i32 %855, 0
	%857 = and i1 %715, %856
	br i1 %857, label %860, label %867

858:
	%859 = phi i32 [ 0, %839 ], [ %855, %867 ]
	br i1 %727, label %868, label %877

860:
	%861 = call i32 @llvm.ctpop.i32(i32 %853)
	%862 = add i32 32, %4
	%863 = mul i32 %851, 64
	%864 = add i32 %863, %862
	%865 = add i32 0, %864
	%866 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %865
	store i32 %861, i32 addrspace(3)* %866
	br label %867

867:
	br label %858

868:
	%869 = lshr i32 %738, 0
	%870 = and i32 %869, 15
	%871 = select i1 %728, i32 %870, i32 16
	%872 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %871)
	%873 = and i32 %872, %660
	%874 = call i32 @llvm.ctpop.i32(i32 %873)
	%875 = icmp eq i32 %874, 0
	%876 = and i1 %728, %875
	br i1 %876, label %879, label %886

877:
	%878 = phi i32 [ 0, %858 ], [ %874, %886 ]
	br i1 %740, label %887, label %896

879:
	%880 = call i32 @llvm.ctpop.i32(i32 %872)
	%881 = add i32 40, %4
	%882 = mul i32 %870, 64
	%883 = add i32 %882, %881
	%884 = add i32 0, %883
	%885 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %884
	store i32 %880, i32 addrspace(3)* %885
	br label %886

886:
	br label %877

887:
	%888 = lshr i32 %751, 0
	%889 = and i32 %888, 15
	%890 = select i1 %741, i32 %889, i32 16
	%891 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %890)
	%892 = and i32 %891, %660
	%893 = call i32 @llvm.ctpop.i32(i32 %892)
	%894 = icmp eq i32 %893, 0
	%895 = and i1 %741, %894
	br i1 %895, label %898, label %905

896:
	%897 = phi i32 [ 0, %877 ], [ %893, %905 ]
	br i1 %753, label %906, label %915

898:
	%899 = call i32 @llvm.ctpop.i32(i32 %891)
	%900 = add i32 48, %4
	%901 = mul i32 %889, 64
	%902 = add i32 %901, %900
	%903 = add i32 0, %902
	%904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %903
	store i32 %899, i32 addrspace(3)* %904
	br label %905

905:
	br label %896

906:
	%907 = lshr i32 %764, 0
	%908 = and i32 %907, 15
	%909 = select i1 %754, i32 %908, i32 16
	%910 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %909)
	%911 = and i32 %910, %660
	%912 = call i32 @llvm.ctpop.i32(i32 %911)
	%913 = icmp eq i32 %912, 0
	%914 = and i1 %754, %913
	br i1 %914, label %960, label %967

915:
	%916 = phi i32 [ 0, %896 ], [ %912, %967 ]
	call void @llvm.nvvm.barrier0()
	%917 = mul i32 %0, 4
	%918 = add i32 %917, 0
	%919 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %918
	%920 = load i32, i32 addrspace(3)* %919
	%921 = add i32 0, %920
	%922 = mul i32 %0, 4
	%923 = add i32 %922, 1
	%924 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %923
	%925 = load i32, i32 addrspace(3)* %924
	%926 = add i32 %921, %925
	%927 = mul i32 %0, 4
	%928 = add i32 %927, 2
	%929 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %928
	%930 = load i32, i32 addrspace(3)* %929
	%931 = add i32 %926, %930
	%932 = mul i32 %0, 4
	%933 = add i32 %932, 3
	%934 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %933
	%935 = load i32, i32 addrspace(3)* %934
	%936 = add i32 %931, %935
	%937 = and i32 %0, 31
	%938 = lshr i32 %0, 5
	%939 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %936, i32 1, i32 0)
	%940 = icmp uge i32 %937, 1
	%941 = select i1 %940, i32 %939, i32 0
	%942 = add i32 %936, %941
	%943 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %942, i32 2, i32 0)
	%944 = icmp uge i32 %937, 2
	%945 = select i1 %944, i32 %943, i32 0
	%946 = add i32 %942, %945
	%947 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %946, i32 4, i32 0)
	%948 = icmp uge i32 %937, 4
	%949 = select i1 %948, i32 %947, i32 0
	%950 = add i32 %946, %949
	%951 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %950, i32 8, i32 0)
	%952 = icmp uge i32 %937, 8
	%953 = select i1 %952, i32 %951, i32 0
	%954 = add i32 %950, %953
	%955 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %954, i32 16, i32 0)
	%956 = icmp uge i32 %937, 16
	%957 = select i1 %956, i32 %955, i32 0
	%958 = add i32 %954, %957
	%959 = icmp eq i32 %937, 31
	br i1 %959, label %968, label %970

960:
	%961 = call i32 @llvm.ctpop.i32(i32 %910)
	%962 = add i32 56, %4
	%963 = mul i32 %908, 64
	%964 = add i32 %963, %962
	%965 = add i32 0, %964
	%966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %965
	store i32 %961, i32 addrspace(3)* %966
	br label %967

967:
	br label %915

968:
	%969 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %938
	store i32 %958, i32 addrspace(3)* %969
	br label %970

970:
	call void @llvm.nvvm.barrier0()
	%971 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%972 = load i32, i32 addrspace(3)* %971
	%973 = icmp sgt i32 %938, 0
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 0, %974
	%976 = add i32 0, %972
	%977 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%978 = load i32, i32 addrspace(3)* %977
	%979 = icmp sgt i32 %938, 1
	%980 = select i1 %979, i32 %978, i32 0
	%981 = add i32 %975, %980
	%982 = add i32 %976, %978
	%983 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp sgt i32 %938, 2
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %981, %986
	%988 = add i32 %982, %984
	%989 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%990 = load i32, i32 addrspace(3)* %989
	%991 = icmp sgt i32 %938, 3
	%992 = select i1 %991, i32 %990, i32 0
	%993 = add i32 %987, %992
	%994 = add i32 %988, %990
	%995 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%996 = load i32, i32 addrspace(3)* %995
	%997 = icmp sgt i32 %938, 4
	%998 = select i1 %997, i32 %996, i32 0
	%999 = add i32 %993, %998
	%1000 = add i32 %994, %996
	%1001 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1002 = load i32, i32 addrspace(3)* %1001
	%1003 = icmp sgt i32 %938, 5
	%1004 = select i1 %1003, i32 %1002, i32 0
	%1005 = add i32 %999, %1004
	%1006 = add i32 %1000, %1002
	%1007 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1008 = load i32, i32 addrspace(3)* %1007
	%1009 = icmp sgt i32 %938, 6
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = add i32 %1005, %1010
	%1012 = add i32 %1006, %1008
	%1013 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1014 = load i32, i32 addrspace(3)* %1013
	%1015 = icmp sgt i32 %938, 7
	%1016 = select i1 %1015, i32 %1014, i32 0
	%1017 = add i32 %1011, %1016
	%1018 = add i32 %1012, %1014
	%1019 = add i32 %1017, %958
	%1020 = sub i32 %1019, %936
	%1021 = mul i32 %0, 4
	%1022 = add i32 %1021, 0
	%1023 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1022
	store i32 %1020, i32 addrspace(3)* %1023
	%1024 = add i32 %1020, %920
	%1025 = mul i32 %0, 4
	%1026 = add i32 %1025, 1
	%1027 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1026
	store i32 %1024, i32 addrspace(3)* %1027
	%1028 = add i32 %1024, %925
	%1029 = mul i32 %0, 4
	%1030 = add i32 %1029, 2
	%1031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1030
	store i32 %1028, i32 addrspace(3)* %1031
	%1032 = add i32 %1028, %930
	%1033 = mul i32 %0, 4
	%1034 = add i32 %1033, 3
	%1035 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1034
	store i32 %1032, i32 addrspace(3)* %1035
	%1036 = add i32 %1032, %935
	%1037 = add i32 %0, 1024
	%1038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1037
	store i32 0, i32 addrspace(3)* %1038
	%1039 = add i32 %0, 1280
	%1040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1039
	store i32 0, i32 addrspace(3)* %1040
	%1041 = add i32 %0, 1536
	%1042 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1041
	store i32 0, i32 addrspace(3)* %1042
	%1043 = add i32 %0, 1792
	%1044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1043
	store i32 0, i32 addrspace(3)* %1044
	call void @llvm.nvvm.barrier0()
	%1045 = and i1 %662, %663
	br i1 %1045, label %1046, label %1059

1046:
	%1047 = lshr i32 %673, 0
	%1048 = and i32 %1047, 15
	%1049 = add i32 0, %4
	%1050 = mul i32 %1048, 64
	%1051 = add i32 %1050, %1049
	%1052 = add i32 0, %1051
	%1053 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1052
	%1054 = load i32, i32 addrspace(3)* %1053
	%1055 = add i32 %1054, %783
	%1056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1055
	store i32 %672, i32 addrspace(3)* %1056
	%1057 = add i32 %1055, 2048
	%1058 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1057
	store i32 %673, i32 addrspace(3)* %1058
	br label %1059

1059:
	%1060 = and i1 %675, %676
	br i1 %1060, label %1061, label %1074

1061:
	%1062 = lshr i32 %686, 0
	%1063 = and i32 %1062, 15
	%1064 = add i32 8, %4
	%1065 = mul i32 %1063, 64
	%1066 = add i32 %1065, %1064
	%1067 = add i32 0, %1066
	%1068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1067
	%1069 = load i32, i32 addrspace(3)* %1068
	%1070 = add i32 %1069, %802
	%1071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1070
	store i32 %685, i32 addrspace(3)* %1071
	%1072 = add i32 %1070, 2048
	%1073 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1072
	store i32 %686, i32 addrspace(3)* %1073
	br label %1074

1074:
	%1075 = and i1 %688, %689
	br i1 %1075, label %1076, label %1089

1076:
	%1077 = lshr i32 %699, 0
	%1078 = and i32 %1077, 15
	%1079 = add i32 16, %4
	%1080 = mul i32 %1078, 64
	%1081 = add i32 %1080, %1079
	%1082 = add i32 0, %1081
	%1083 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1082
	%1084 = load i32, i32 addrspace(3)* %1083
	%1085 = add i32 %1084, %821
	%1086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1085
	store i32 %698, i32 addrspace(3)* %1086
	%1087 = add i32 %1085, 2048
	%1088 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1087
	store i32 %699, i32 addrspace(3)* %1088
	br label %1089

1089:
	%1090 = and i1 %701, %702
	br i1 %1090, label %1091, label %1104

1091:
	%1092 = lshr i32 %712, 0
	%1093 = and i32 %1092, 15
	%1094 = add i32 24, %4
	%1095 = mul i32 %1093, 64
	%1096 = add i32 %1095, %1094
	%1097 = add i32 0, %1096
	%1098 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1097
	%1099 = load i32, i32 addrspace(3)* %1098
	%1100 = add i32 %1099, %840
	%1101 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1100
	store i32 %711, i32 addrspace(3)* %1101
	%1102 = add i32 %1100, 2048
	%1103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1102
	store i32 %712, i32 addrspace(3)* %1103
	br label %1104

1104:
	%1105 = and i1 %714, %715
	br i1 %1105, label %1106, label %1119

1106:
	%1107 = lshr i32 %725, 0
	%1108 = and i32 %1107, 15
	%1109 = add i32 32, %4
	%1110 = mul i32 %1108, 64
	%1111 = add i32 %1110, %1109
	%1112 = add i32 0, %1111
	%1113 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1112
	%1114 = load i32, i32 addrspace(3)* %1113
	%1115 = add i32 %1114, %859
	%1116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1115
	store i32 %724, i32 addrspace(3)* %1116
	%1117 = add i32 %1115, 2048
	%1118 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1117
	store i32 %725, i32 addrspace(3)* %1118
	br label %1119

1119:
	%1120 = and i1 %727, %728
	br i1 %1120, label %1121, label %1134

1121:
	%1122 = lshr i32 %738, 0
	%1123 = and i32 %1122, 15
	%1124 = add i32 40, %4
	%1125 = mul i32 %1123, 64
	%1126 = add i32 %1125, %1124
	%1127 = add i32 0, %1126
	%1128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1127
	%1129 = load i32, i32 addrspace(3)* %1128
	%1130 = add i32 %1129, %878
	%1131 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1130
	store i32 %737, i32 addrspace(3)* %1131
	%1132 = add i32 %1130, 2048
	%1133 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1132
	store i32 %738, i32 addrspace(3)* %1133
	br label %1134

1134:
	%1135 = and i1 %740, %741
	br i1 %1135, label %1136, label %1149

1136:
	%1137 = lshr i32 %751, 0
	%1138 = and i32 %1137, 15
	%1139 = add i32 48, %4
	%1140 = mul i32 %1138, 64
	%1141 = add i32 %1140, %1139
	%1142 = add i32 0, %1141
	%1143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1142
	%1144 = load i32, i32 addrspace(3)* %1143
	%1145 = add i32 %1144, %897
	%1146 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1145
	store i32 %750, i32 addrspace(3)* %1146
	%1147 = add i32 %1145, 2048
	%1148 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1147
	store i32 %751, i32 addrspace(3)* %1148
	br label %1149

1149:
	%1150 = and i1 %753, %754
	br i1 %1150, label %1151, label %1164

1151:
	%1152 = lshr i32 %764, 0
	%1153 = and i32 %1152, 15
	%1154 = add i32 56, %4
	%1155 = mul i32 %1153, 64
	%1156 = add i32 %1155, %1154
	%1157 = add i32 0, %1156
	%1158 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1157
	%1159 = load i32, i32 addrspace(3)* %1158
	%1160 = add i32 %1159, %916
	%1161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1160
	store i32 %763, i32 addrspace(3)* %1161
	%1162 = add i32 %1160, 2048
	%1163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1162
	store i32 %764, i32 addrspace(3)* %1163
	br label %1164

1164:
	call void @llvm.nvvm.barrier0()
	%1165 = add i32 0, %0
	%1166 = and i1 %662, %663
	br i1 %1166, label %1167, label %1173

1167:
	%1168 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1165
	%1169 = load i32, i32 addrspace(3)* %1168
	%1170 = add i32 %1165, 2048
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	br label %1173

1173:
	%1174 = phi i32 [ %672, %1164 ], [ %1169, %1167 ]
	%1175 = phi i32 [ %673, %1164 ], [ %1172, %1167 ]
	%1176 = add i32 256, %0
	%1177 = and i1 %675, %676
	br i1 %1177, label %1178, label %1184

1178:
	%1179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1176
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = add i32 %1176, 2048
	%1182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1181
	%1183 = load i32, i32 addrspace(3)* %1182
	br label %1184

1184:
	%1185 = phi i32 [ %685, %1173 ], [ %1180, %1178 ]
	%1186 = phi i32 [ %686, %1173 ], [ %1183, %1178 ]
	%1187 = add i32 512, %0
	%1188 = and i1 %688, %689
	br i1 %1188, label %1189, label %1195

1189:
	%1190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1187
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = add i32 %1187, 2048
	%1193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1192
	%1194 = load i32, i32 addrspace(3)* %1193
	br label %1195

1195:
	%1196 = phi i32 [ %698, %1184 ], [ %1191, %1189 ]
	%1197 = phi i32 [ %699, %1184 ], [ %1194, %1189 ]
	%1198 = add i32 768, %0
	%1199 = and i1 %701, %702
	br i1 %1199, label %1200, label %1206

1200:
	%1201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1198
	%1202 = load i32, i32 addrspace(3)* %1201
	%1203 = add i32 %1198, 2048
	%1204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1203
	%1205 = load i32, i32 addrspace(3)* %1204
	br label %1206

1206:
	%1207 = phi i32 [ %711, %1195 ], [ %1202, %1200 ]
	%1208 = phi i32 [ %712, %1195 ], [ %1205, %1200 ]
	%1209 = add i32 1024, %0
	%1210 = and i1 %714, %715
	br i1 %1210, label %1211, label %1217

1211:
	%1212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1209
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = add i32 %1209, 2048
	%1215 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1214
	%1216 = load i32, i32 addrspace(3)* %1215
	br label %1217

1217:
	%1218 = phi i32 [ %724, %1206 ], [ %1213, %1211 ]
	%1219 = phi i32 [ %725, %1206 ], [ %1216, %1211 ]
	%1220 = add i32 1280, %0
	%1221 = and i1 %727, %728
	br i1 %1221, label %1222, label %1228

1222:
	%1223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1220
	%1224 = load i32, i32 addrspace(3)* %1223
	%1225 = add i32 %1220, 2048
	%1226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1225
	%1227 = load i32, i32 addrspace(3)* %1226
	br label %1228

1228:
	%1229 = phi i32 [ %737, %1217 ], [ %1224, %1222 ]
	%1230 = phi i32 [ %738, %1217 ], [ %1227, %1222 ]
	%1231 = add i32 1536, %0
	%1232 = and i1 %740, %741
	br i1 %1232, label %1233, label %1239

1233:
	%1234 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1231
	%1235 = load i32, i32 addrspace(3)* %1234
	%1236 = add i32 %1231, 2048
	%1237 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1236
	%1238 = load i32, i32 addrspace(3)* %1237
	br label %1239

1239:
	%1240 = phi i32 [ %750, %1228 ], [ %1235, %1233 ]
	%1241 = phi i32 [ %751, %1228 ], [ %1238, %1233 ]
	%1242 = add i32 1792, %0
	%1243 = and i1 %753, %754
	br i1 %1243, label %1244, label %1250

1244:
	%1245 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1242
	%1246 = load i32, i32 addrspace(3)* %1245
	%1247 = add i32 %1242, 2048
	%1248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1247
	%1249 = load i32, i32 addrspace(3)* %1248
	br label %1250

1250:
	%1251 = phi i32 [ %763, %1239 ], [ %1246, %1244 ]
	%1252 = phi i32 [ %764, %1239 ], [ %1249, %1244 ]
	br i1 %662, label %1253, label %1262

1253:
	%1254 = lshr i32 %1175, 4
	%1255 = and i32 %1254, 15
	%1256 = select i1 %663, i32 %1255, i32 16
	%1257 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1256)
	%1258 = and i32 %1257, %660
	%1259 = call i32 @llvm.ctpop.i32(i32 %1258)
	%1260 = icmp eq i32 %1259, 0
	%1261 = and i1 %663, %1260
	br i1 %1261, label %1264, label %1271

1262:
	%1263 = phi i32 [ 0, %1250 ], [ %1259, %1271 ]
	br i1 %675, label %1272, label %1281

1264:
	%1265 = call i32 @llvm.ctpop.i32(i32 %1257)
	%1266 = add i32 0, %4
	%1267 = mul i32 %1255, 64
	%1268 = add i32 %1267, %1266
	%1269 = add i32 1024, %1268
	%1270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1269
	store i32 %1265, i32 addrspace(3)* %1270
	br label %1271

1271:
	br label %1262

1272:
	%1273 = lshr i32 %1186, 4
	%1274 = and i32 %1273, 15
	%1275 = select i1 %676, i32 %1274, i32 16
	%1276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1275)
	%1277 = and i32 %1276, %660
	%1278 = call i32 @llvm.ctpop.i32(i32 %1277)
	%1279 = icmp eq i32 %1278, 0
	%1280 = and i1 %676, %1279
	br i1 %1280, label %1283, label %1290

1281:
	%1282 = phi i32 [ 0, %1262 ], [ %1278, %1290 ]
	br i1 %688, label %1291, label %1300

1283:
	%1284 = call i32 @llvm.ctpop.i32(i32 %1276)
	%1285 = add i32 8, %4
	%1286 = mul i32 %1274, 64
	%1287 = add i32 %1286, %1285
	%1288 = add i32 1024, %1287
	%1289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1288
	store i32 %1284, i32 addrspace(3)* %1289
	br label %1290

1290:
	br label %1281

1291:
	%1292 = lshr i32 %1197, 4
	%1293 = and i32 %1292, 15
	%1294 = select i1 %689, i32 %1293, i32 16
	%1295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1294)
	%1296 = and i32 %1295, %660
	%1297 = call i32 @llvm.ctpop.i32(i32 %1296)
	%1298 = icmp eq i32 %1297, 0
	%1299 = and i1 %689, %1298
	br i1 %1299, label %1302, label %1309

1300:
	%1301 = phi i32 [ 0, %1281 ], [ %1297, %1309 ]
	br i1 %701, label %1310, label %1319

1302:
	%1303 = call i32 @llvm.ctpop.i32(i32 %1295)
	%1304 = add i32 16, %4
	%1305 = mul i32 %1293, 64
	%1306 = add i32 %1305, %1304
	%1307 = add i32 1024, %1306
	%1308 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1307
	store i32 %1303, i32 addrspace(3)* %1308
	br label %1309

1309:
	br label %1300

1310:
	%1311 = lshr i32 %1208, 4
	%1312 = and i32 %1311, 15
	%1313 = select i1 %702, i32 %1312, i32 16
	%1314 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1313)
	%1315 = and i32 %1314, %660
	%1316 = call i32 @llvm.ctpop.i32(i32 %1315)
	%1317 = icmp eq i32 %1316, 0
	%1318 = and i1 %702, %1317
	br i1 %1318, label %1321, label %1328

1319:
	%1320 = phi i32 [ 0, %1300 ], [ %1316, %1328 ]
	br i1 %714, label %1329, label %1338

1321:
	%1322 = call i32 @llvm.ctpop.i32(i32 %1314)
	%1323 = add i32 24, %4
	%1324 = mul i32 %1312, 64
	%1325 = add i32 %1324, %1323
	%1326 = add i32 1024, %1325
	%1327 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1326
	store i32 %1322, i32 addrspace(3)* %1327
	br label %1328

1328:
	br label %1319

1329:
	%1330 = lshr i32 %1219, 4
	%1331 = and i32 %1330, 15
	%1332 = select i1 %715, i32 %1331, i32 16
	%1333 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1332)
	%1334 = and i32 %1333, %660
	%1335 = call i32 @llvm.ctpop.i32(i32 %1334)
	%1336 = icmp eq i32 %1335, 0
	%1337 = and i1 %715, %1336
	br i1 %1337, label %1340, label %1347

1338:
	%1339 = phi i32 [ 0, %1319 ], [ %1335, %1347 ]
	br i1 %727, label %1348, label %1357

1340:
	%1341 = call i32 @llvm.ctpop.i32(i32 %1333)
	%1342 = add i32 32, %4
	%1343 = mul i32 %1331, 64
	%1344 = add i32 %1343, %1342
	%1345 = add i32 1024, %1344
	%1346 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1345
	store i32 %1341, i32 addrspace(3)* %1346
	br label %1347

1347:
	br label %1338

1348:
	%1349 = lshr i32 %1230, 4
	%1350 = and i32 %1349, 15
	%1351 = select i1 %728, i32 %1350, i32 16
	%1352 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1351)
	%1353 = and i32 %1352, %660
	%1354 = call i32 @llvm.ctpop.i32(i32 %1353)
	%1355 = icmp eq i32 %1354, 0
	%1356 = and i1 %728, %1355
	br i1 %1356, label %1359, label %1366

1357:
	%1358 = phi i32 [ 0, %1338 ], [ %1354, %1366 ]
	br i1 %740, label %1367, label %1376

1359:
	%1360 = call i32 @llvm.ctpop.i32(i32 %1352)
	%1361 = add i32 40, %4
	%1362 = mul i32 %1350, 64
	%1363 = add i32 %1362, %1361
	%1364 = add i32 1024, %1363
	%1365 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1364
	store i32 %1360, i32 addrspace(3)* %1365
	br label %1366

1366:
	br label %1357

1367:
	%1368 = lshr i32 %1241, 4
	%1369 = and i32 %1368, 15
	%1370 = select i1 %741, i32 %1369, i32 16
	%1371 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1370)
	%1372 = and i32 %1371, %660
	%1373 = call i32 @llvm.ctpop.i32(i32 %1372)
	%1374 = icmp eq i32 %1373, 0
	%1375 = and i1 %741, %1374
	br i1 %1375, label %1378, label %1385

1376:
	%1377 = phi i32 [ 0, %1357 ], [ %1373, %1385 ]
	br i1 %753, label %1386, label %1395

1378:
	%1379 = call i32 @llvm.ctpop.i32(i32 %1371)
	%1380 = add i32 48, %4
	%1381 = mul i32 %1369, 64
	%1382 = add i32 %1381, %1380
	%1383 = add i32 1024, %1382
	%1384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1383
	store i32 %1379, i32 addrspace(3)* %1384
	br label %1385

1385:
	br label %1376

1386:
	%1387 = lshr i32 %1252, 4
	%1388 = and i32 %1387, 15
	%1389 = select i1 %754, i32 %1388, i32 16
	%1390 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1389)
	%1391 = and i32 %1390, %660
	%1392 = call i32 @llvm.ctpop.i32(i32 %1391)
	%1393 = icmp eq i32 %1392, 0
	%1394 = and i1 %754, %1393
	br i1 %1394, label %1440, label %1447

1395:
	%1396 = phi i32 [ 0, %1376 ], [ %1392, %1447 ]
	call void @llvm.nvvm.barrier0()
	%1397 = mul i32 %0, 4
	%1398 = add i32 %1397, 1024
	%1399 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1398
	%1400 = load i32, i32 addrspace(3)* %1399
	%1401 = add i32 0, %1400
	%1402 = mul i32 %0, 4
	%1403 = add i32 %1402, 1025
	%1404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1403
	%1405 = load i32, i32 addrspace(3)* %1404
	%1406 = add i32 %1401, %1405
	%1407 = mul i32 %0, 4
	%1408 = add i32 %1407, 1026
	%1409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1408
	%1410 = load i32, i32 addrspace(3)* %1409
	%1411 = add i32 %1406, %1410
	%1412 = mul i32 %0, 4
	%1413 = add i32 %1412, 1027
	%1414 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1413
	%1415 = load i32, i32 addrspace(3)* %1414
	%1416 = add i32 %1411, %1415
	%1417 = and i32 %0, 31
	%1418 = lshr i32 %0, 5
	%1419 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1416, i32 1, i32 0)
	%1420 = icmp uge i32 %1417, 1
	%1421 = select i1 %1420, i32 %1419, i32 0
	%1422 = add i32 %1416, %1421
	%1423 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1422, i32 2, i32 0)
	%1424 = icmp uge i32 %1417, 2
	%1425 = select i1 %1424, i32 %1423, i32 0
	%1426 = add i32 %1422, %1425
	%1427 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1426, i32 4, i32 0)
	%1428 = icmp uge i32 %1417, 4
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 %1426, %1429
	%1431 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1430, i32 8, i32 0)
	%1432 = icmp uge i32 %1417, 8
	%1433 = select i1 %1432, i32 %1431, i32 0
	%1434 = add i32 %1430, %1433
	%1435 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1434, i32 16, i32 0)
	%1436 = icmp uge i32 %1417, 16
	%1437 = select i1 %1436, i32 %1435, i32 0
	%1438 = add i32 %1434, %1437
	%1439 = icmp eq i32 %1417, 31
	br i1 %1439, label %1448, label %1450

1440:
	%1441 = call i32 @llvm.ctpop.i32(i32 %1390)
	%1442 = add i32 56, %4
	%1443 = mul i32 %1388, 64
	%1444 = add i32 %1443, %1442
	%1445 = add i32 1024, %1444
	%1446 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1445
	store i32 %1441, i32 addrspace(3)* %1446
	br label %1447

1447:
	br label %1395

1448:
	%1449 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1418
	store i32 %1438, i32 addrspace(3)* %1449
	br label %1450

1450:
	call void @llvm.nvvm.barrier0()
	%1451 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1452 = load i32, i32 addrspace(3)* %1451
	%1453 = icmp sgt i32 %1418, 0
	%1454 = select i1 %1453, i32 %1452, i32 0
	%1455 = add i32 0, %1454
	%1456 = add i32 0, %1452
	%1457 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1458 = load i32, i32 addrspace(3)* %1457
	%1459 = icmp sgt i32 %1418, 1
	%1460 = select i1 %1459, i32 %1458, i32 0
	%1461 = add i32 %1455, %1460
	%1462 = add i32 %1456, %1458
	%1463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1464 = load i32, i32 addrspace(3)* %1463
	%1465 = icmp sgt i32 %1418, 2
	%1466 = select i1 %1465, i32 %1464, i32 0
	%1467 = add i32 %1461, %1466
	%1468 = add i32 %1462, %1464
	%1469 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1470 = load i32, i32 addrspace(3)* %1469
	%1471 = icmp sgt i32 %1418, 3
	%1472 = select i1 %1471, i32 %1470, i32 0
	%1473 = add i32 %1467, %1472
	%1474 = add i32 %1468, %1470
	%1475 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1476 = load i32, i32 addrspace(3)* %1475
	%1477 = icmp sgt i32 %1418, 4
	%1478 = select i1 %1477, i32 %1476, i32 0
	%1479 = add i32 %1473, %1478
	%1480 = add i32 %1474, %1476
	%1481 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1482 = load i32, i32 addrspace(3)* %1481
	%1483 = icmp sgt i32 %1418, 5
	%1484 = select i1 %1483, i32 %1482, i32 0
	%1485 = add i32 %1479, %1484
	%1486 = add i32 %1480, %1482
	%1487 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1488 = load i32, i32 addrspace(3)* %1487
	%1489 = icmp sgt i32 %1418, 6
	%1490 = select i1 %1489, i32 %1488, i32 0
	%1491 = add i32 %1485, %1490
	%1492 = add i32 %1486, %1488
	%1493 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1494 = load i32, i32 addrspace(3)* %1493
	%1495 = icmp sgt i32 %1418, 7
	%1496 = select i1 %1495, i32 %1494, i32 0
	%1497 = add i32 %1491, %1496
	%1498 = add i32 %1492, %1494
	%1499 = add i32 %1497, %1438
	%1500 = sub i32 %1499, %1416
	%1501 = mul i32 %0, 4
	%1502 = add i32 %1501, 1024
	%1503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1502
	store i32 %1500, i32 addrspace(3)* %1503
	%1504 = add i32 %1500, %1400
	%1505 = mul i32 %0, 4
	%1506 = add i32 %1505, 1025
	%1507 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1506
	store i32 %1504, i32 addrspace(3)* %1507
	%1508 = add i32 %1504, %1405
	%1509 = mul i32 %0, 4
	%1510 = add i32 %1509, 1026
	%1511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1510
	store i32 %1508, i32 addrspace(3)* %1511
	%1512 = add i32 %1508, %1410
	%1513 = mul i32 %0, 4
	%1514 = add i32 %1513, 1027
	%1515 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1514
	store i32 %1512, i32 addrspace(3)* %1515
	%1516 = add i32 %1512, %1415
	%1517 = add i32 %0, 0
	%1518 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1517
	store i32 0, i32 addrspace(3)* %1518
	%1519 = add i32 %0, 256
	%1520 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1519
	store i32 0, i32 addrspace(3)* %1520
	%1521 = add i32 %0, 512
	%1522 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1521
	store i32 0, i32 addrspace(3)* %1522
	%1523 = add i32 %0, 768
	%1524 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1523
	store i32 0, i32 addrspace(3)* %1524
	call void @llvm.nvvm.barrier0()
	%1525 = and i1 %662, %663
	br i1 %1525, label %1526, label %1539

1526:
	%1527 = lshr i32 %1175, 4
	%1528 = and i32 %1527, 15
	%1529 = add i32 0, %4
	%1530 = mul i32 %1528, 64
	%1531 = add i32 %1530, %1529
	%1532 = add i32 1024, %1531
	%1533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1532
	%1534 = load i32, i32 addrspace(3)* %1533
	%1535 = add i32 %1534, %1263
	%1536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1535
	store i32 %1174, i32 addrspace(3)* %1536
	%1537 = add i32 %1535, 2048
	%1538 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1537
	store i32 %1175, i32 addrspace(3)* %1538
	br label %1539

1539:
	%1540 = and i1 %675, %676
	br i1 %1540, label %1541, label %1554

1541:
	%1542 = lshr i32 %1186, 4
	%1543 = and i32 %1542, 15
	%1544 = add i32 8, %4
	%1545 = mul i32 %1543, 64
	%1546 = add i32 %1545, %1544
	%1547 = add i32 1024, %1546
	%1548 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1547
	%1549 = load i32, i32 addrspace(3)* %1548
	%1550 = add i32 %1549, %1282
	%1551 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1550
	store i32 %1185, i32 addrspace(3)* %1551
	%1552 = add i32 %1550, 2048
	%1553 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1552
	store i32 %1186, i32 addrspace(3)* %1553
	br label %1554

1554:
	%1555 = and i1 %688, %689
	br i1 %1555, label %1556, label %1569

1556:
	%1557 = lshr i32 %1197, 4
	%1558 = and i32 %1557, 15
	%1559 = add i32 16, %4
	%1560 = mul i32 %1558, 64
	%1561 = add i32 %1560, %1559
	%1562 = add i32 1024, %1561
	%1563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1562
	%1564 = load i32, i32 addrspace(3)* %1563
	%1565 = add i32 %1564, %1301
	%1566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1565
	store i32 %1196, i32 addrspace(3)* %1566
	%1567 = add i32 %1565, 2048
	%1568 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1567
	store i32 %1197, i32 addrspace(3)* %1568
	br label %1569

1569:
	%1570 = and i1 %701, %702
	br i1 %1570, label %1571, label %1584

1571:
	%1572 = lshr i32 %1208, 4
	%1573 = and i32 %1572, 15
	%1574 = add i32 24, %4
	%1575 = mul i32 %1573, 64
	%1576 = add i32 %1575, %1574
	%1577 = add i32 1024, %1576
	%1578 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1577
	%1579 = load i32, i32 addrspace(3)* %1578
	%1580 = add i32 %1579, %1320
	%1581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1580
	store i32 %1207, i32 addrspace(3)* %1581
	%1582 = add i32 %1580, 2048
	%1583 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1582
	store i32 %1208, i32 addrspace(3)* %1583
	br label %1584

1584:
	%1585 = and i1 %714, %715
	br i1 %1585, label %1586, label %1599

1586:
	%1587 = lshr i32 %1219, 4
	%1588 = and i32 %1587, 15
	%1589 = add i32 32, %4
	%1590 = mul i32 %1588, 64
	%1591 = add i32 %1590, %1589
	%1592 = add i32 1024, %1591
	%1593 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1592
	%1594 = load i32, i32 addrspace(3)* %1593
	%1595 = add i32 %1594, %1339
	%1596 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1595
	store i32 %1218, i32 addrspace(3)* %1596
	%1597 = add i32 %1595, 2048
	%1598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1597
	store i32 %1219, i32 addrspace(3)* %1598
	br label %1599

1599:
	%1600 = and i1 %727, %728
	br i1 %1600, label %1601, label %1614

1601:
	%1602 = lshr i32 %1230, 4
	%1603 = and i32 %1602, 15
	%1604 = add i32 40, %4
	%1605 = mul i32 %1603, 64
	%1606 = add i32 %1605, %1604
	%1607 = add i32 1024, %1606
	%1608 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1607
	%1609 = load i32, i32 addrspace(3)* %1608
	%1610 = add i32 %1609, %1358
	%1611 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1610
	store i32 %1229, i32 addrspace(3)* %1611
	%1612 = add i32 %1610, 2048
	%1613 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1612
	store i32 %1230, i32 addrspace(3)* %1613
	br label %1614

1614:
	%1615 = and i1 %740, %741
	br i1 %1615, label %1616, label %1629

1616:
	%1617 = lshr i32 %1241, 4
	%1618 = and i32 %1617, 15
	%1619 = add i32 48, %4
	%1620 = mul i32 %1618, 64
	%1621 = add i32 %1620, %1619
	%1622 = add i32 1024, %1621
	%1623 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1622
	%1624 = load i32, i32 addrspace(3)* %1623
	%1625 = add i32 %1624, %1377
	%1626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1625
	store i32 %1240, i32 addrspace(3)* %1626
	%1627 = add i32 %1625, 2048
	%1628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1627
	store i32 %1241, i32 addrspace(3)* %1628
	br label %1629

1629:
	%1630 = and i1 %753, %754
	br i1 %1630, label %1631, label %1644

1631:
	%1632 = lshr i32 %1252, 4
	%1633 = and i32 %1632, 15
	%1634 = add i32 56, %4
	%1635 = mul i32 %1633, 64
	%1636 = add i32 %1635, %1634
	%1637 = add i32 1024, %1636
	%1638 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1637
	%1639 = load i32, i32 addrspace(3)* %1638
	%1640 = add i32 %1639, %1396
	%1641 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1640
	store i32 %1251, i32 addrspace(3)* %1641
	%1642 = add i32 %1640, 2048
	%1643 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1642
	store i32 %1252, i32 addrspace(3)* %1643
	br label %1644

1644:
	call void @llvm.nvvm.barrier0()
	%1645 = add i32 0, %0
	%1646 = and i1 %662, %663
	br i1 %1646, label %1647, label %1653

1647:
	%1648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1645
	%1649 = load i32, i32 addrspace(3)* %1648
	%1650 = add i32 %1645, 2048
	%1651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1650
	%1652 = load i32, i32 addrspace(3)* %1651
	br label %1653

1653:
	%1654 = phi i32 [ %1174, %1644 ], [ %1649, %1647 ]
	%1655 = phi i32 [ %1175, %1644 ], [ %1652, %1647 ]
	%1656 = add i32 256, %0
	%1657 = and i1 %675, %676
	br i1 %1657, label %1658, label %1664

1658:
	%1659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1656
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = add i32 %1656, 2048
	%1662 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1661
	%1663 = load i32, i32 addrspace(3)* %1662
	br label %1664

1664:
	%1665 = phi i32 [ %1185, %1653 ], [ %1660, %1658 ]
	%1666 = phi i32 [ %1186, %1653 ], [ %1663, %1658 ]
	%1667 = add i32 512, %0
	%1668 = and i1 %688, %689
	br i1 %1668, label %1669, label %1675

1669:
	%1670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1667
	%1671 = load i32, i32 addrspace(3)* %1670
	%1672 = add i32 %1667, 2048
	%1673 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1672
	%1674 = load i32, i32 addrspace(3)* %1673
	br label %1675

1675:
	%1676 = phi i32 [ %1196, %1664 ], [ %1671, %1669 ]
	%1677 = phi i32 [ %1197, %1664 ], [ %1674, %1669 ]
	%1678 = add i32 768, %0
	%1679 = and i1 %701, %702
	br i1 %1679, label %1680, label %1686

1680:
	%1681 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1678
	%1682 = load i32, i32 addrspace(3)* %1681
	%1683 = add i32 %1678, 2048
	%1684 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1683
	%1685 = load i32, i32 addrspace(3)* %1684
	br label %1686

1686:
	%1687 = phi i32 [ %1207, %1675 ], [ %1682, %1680 ]
	%1688 = phi i32 [ %1208, %1675 ], [ %1685, %1680 ]
	%1689 = add i32 1024, %0
	%1690 = and i1 %714, %715
	br i1 %1690, label %1691, label %1697

1691:
	%1692 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1689
	%1693 = load i32, i32 addrspace(3)* %1692
	%1694 = add i32 %1689, 2048
	%1695 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1694
	%1696 = load i32, i32 addrspace(3)* %1695
	br label %1697

1697:
	%1698 = phi i32 [ %1218, %1686 ], [ %1693, %1691 ]
	%1699 = phi i32 [ %1219, %1686 ], [ %1696, %1691 ]
	%1700 = add i32 1280, %0
	%1701 = and i1 %727, %728
	br i1 %1701, label %1702, label %1708

1702:
	%1703 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1700
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = add i32 %1700, 2048
	%1706 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1705
	%1707 = load i32, i32 addrspace(3)* %1706
	br label %1708

1708:
	%1709 = phi i32 [ %1229, %1697 ], [ %1704, %1702 ]
	%1710 = phi i32 [ %1230, %1697 ], [ %1707, %1702 ]
	%1711 = add i32 1536, %0
	%1712 = and i1 %740, %741
	br i1 %1712, label %1713, label %1719

1713:
	%1714 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1711
	%1715 = load i32, i32 addrspace(3)* %1714
	%1716 = add i32 %1711, 2048
	%1717 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1716
	%1718 = load i32, i32 addrspace(3)* %1717
	br label %1719

1719:
	%1720 = phi i32 [ %1240, %1708 ], [ %1715, %1713 ]
	%1721 = phi i32 [ %1241, %1708 ], [ %1718, %1713 ]
	%1722 = add i32 1792, %0
	%1723 = and i1 %753, %754
	br i1 %1723, label %1724, label %1730

1724:
	%1725 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1722
	%1726 = load i32, i32 addrspace(3)* %1725
	%1727 = add i32 %1722, 2048
	%1728 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1727
	%1729 = load i32, i32 addrspace(3)* %1728
	br label %1730

1730:
	%1731 = phi i32 [ %1251, %1719 ], [ %1726, %1724 ]
	%1732 = phi i32 [ %1252, %1719 ], [ %1729, %1724 ]
	br i1 %662, label %1733, label %1742

1733:
	%1734 = lshr i32 %1655, 8
	%1735 = and i32 %1734, 15
	%1736 = select i1 %663, i32 %1735, i32 16
	%1737 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1736)
	%1738 = and i32 %1737, %660
	%1739 = call i32 @llvm.ctpop.i32(i32 %1738)
	%1740 = icmp eq i32 %1739, 0
	%1741 = and i1 %663, %1740
	br i1 %1741, label %1744, label %1751

1742:
	%1743 = phi i32 [ 0, %1730 ], [ %1739, %1751 ]
	br i1 %675, label %1752, label %1761

1744:
	%1745 = call i32 @llvm.ctpop.i32(i32 %1737)
	%1746 = add i32 0, %4
	%1747 = mul i32 %1735, 64
	%1748 = add i32 %1747, %1746
	%1749 = add i32 0, %1748
	%1750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1749
	store i32 %1745, i32 addrspace(3)* %1750
	br label %1751

1751:
	br label %1742

1752:
	%1753 = lshr i32 %1666, 8
	%1754 = and i32 %1753, 15
	%1755 = select i1 %676, i32 %1754, i32 16
	%1756 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1755)
	%1757 = and i32 %1756, %660
	%1758 = call i32 @llvm.ctpop.i32(i32 %1757)
	%1759 = icmp eq i32 %1758, 0
	%1760 = and i1 %676, %1759
	br i1 %1760, label %1763, label %1770

1761:
	%1762 = phi i32 [ 0, %1742 ], [ %1758, %1770 ]
	br i1 %688, label %1771, label %1780

1763:
	%1764 = call i32 @llvm.ctpop.i32(i32 %1756)
	%1765 = add i32 8, %4
	%1766 = mul i32 %1754, 64
	%1767 = add i32 %1766, %1765
	%1768 = add i32 0, %1767
	%1769 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1768
	store i32 %1764, i32 addrspace(3)* %1769
	br label %1770

1770:
	br label %1761

1771:
	%1772 = lshr i32 %1677, 8
	%1773 = and i32 %1772, 15
	%1774 = select i1 %689, i32 %1773, i32 16
	%1775 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1774)
	%1776 = and i32 %1775, %660
	%1777 = call i32 @llvm.ctpop.i32(i32 %1776)
	%1778 = icmp eq i32 %1777, 0
	%1779 = and i1 %689, %1778
	br i1 %1779, label %1782, label %1789

1780:
	%1781 = phi i32 [ 0, %1761 ], [ %1777, %1789 ]
	br i1 %701, label %1790, label %1799

1782:
	%1783 = call i32 @llvm.ctpop.i32(i32 %1775)
	%1784 = add i32 16, %4
	%1785 = mul i32 %1773, 64
	%1786 = add i32 %1785, %1784
	%1787 = add i32 0, %1786
	%1788 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1787
	store i32 %1783, i32 addrspace(3)* %1788
	br label %1789

1789:
	br label %1780

1790:
	%1791 = lshr i32 %1688, 8
	%1792 = and i32 %1791, 15
	%1793 = select i1 %702, i32 %1792, i32 16
	%1794 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1793)
	%1795 = and i32 %1794, %660
	%1796 = call i32 @llvm.ctpop.i32(i32 %1795)
	%1797 = icmp eq i32 %1796, 0
	%1798 = and i1 %702, %1797
	br i1 %1798, label %1801, label %1808

1799:
	%1800 = phi i32 [ 0, %1780 ], [ %1796, %1808 ]
	br i1 %714, label %1809, label %1818

1801:
	%1802 = call i32 @llvm.ctpop.i32(i32 %1794)
	%1803 = add i32 24, %4
	%1804 = mul i32 %1792, 64
	%1805 = add i32 %1804, %1803
	%1806 = add i32 0, %1805
	%1807 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1806
	store i32 %1802, i32 addrspace(3)* %1807
	br label %1808

1808:
	br label %1799

1809:
	%1810 = lshr i32 %1699, 8
	%1811 = and i32 %1810, 15
	%1812 = select i1 %715, i32 %1811, i32 16
	%1813 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1812)
	%1814 = and i32 %1813, %660
	%1815 = call i32 @llvm.ctpop.i32(i32 %1814)
	%1816 = icmp eq i32 %1815, 0
	%1817 = and i1 %715, %1816
	br i1 %1817, label %1820, label %1827

1818:
	%1819 = phi i32 [ 0, %1799 ], [ %1815, %1827 ]
	br i1 %727, label %1828, label %1837

1820:
	%1821 = call i32 @llvm.ctpop.i32(i32 %1813)
	%1822 = add i32 32, %4
	%1823 = mul i32 %1811, 64
	%1824 = add i32 %1823, %1822
	%1825 = add i32 0, %1824
	%1826 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1825
	store i32 %1821, i32 addrspace(3)* %1826
	br label %1827

1827:
	br label %1818

1828:
	%1829 = lshr i32 %1710, 8
	%1830 = and i32 %1829, 15
	%1831 = select i1 %728, i32 %1830, i32 16
	%1832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1831)
	%1833 = and i32 %1832, %660
	%1834 = call i32 @llvm.ctpop.i32(i32 %1833)
	%1835 = icmp eq i32 %1834, 0
	%1836 = and i1 %728, %1835
	br i1 %1836, label %1839, label %1846

1837:
	%1838 = phi i32 [ 0, %1818 ], [ %1834, %1846 ]
	br i1 %740, label %1847, label %1856

1839:
	%1840 = call i32 @llvm.ctpop.i32(i32 %1832)
	%1841 = add i32 40, %4
	%1842 = mul i32 %1830, 64
	%1843 = add i32 %1842, %1841
	%1844 = add i32 0, %1843
	%1845 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1844
	store i32 %1840, i32 addrspace(3)* %1845
	br label %1846

1846:
	br label %1837

1847:
	%1848 = lshr i32 %1721, 8
	%1849 = and i32 %1848, 15
	%1850 = select i1 %741, i32 %1849, i32 16
	%1851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1850)
	%1852 = and i32 %1851, %660
	%1853 = call i32 @llvm.ctpop.i32(i32 %1852)
	%1854 = icmp eq i32 %1853, 0
	%1855 = and i1 %741, %1854
	br i1 %1855, label %1858, label %1865

1856:
	%1857 = phi i32 [ 0, %1837 ], [ %1853, %1865 ]
	br i1 %753, label %1866, label %1875

1858:
	%1859 = call i32 @llvm.ctpop.i32(i32 %1851)
	%1860 = add i32 48, %4
	%1861 = mul i32 %1849, 64
	%1862 = add i32 %1861, %1860
	%1863 = add i32 0, %1862
	%1864 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1863
	store i32 %1859, i32 addrspace(3)* %1864
	br label %1865

1865:
	br label %1856

1866:
	%1867 = lshr i32 %1732, 8
	%1868 = and i32 %1867, 15
	%1869 = select i1 %754, i32 %1868, i32 16
	%1870 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1869)
	%1871 = and i32 %1870, %660
	%1872 = call i32 @llvm.ctpop.i32(i32 %1871)
	%1873 = icmp eq i32 %1872, 0
	%1874 = and i1 %754, %1873
	br i1 %1874, label %1920, label %1927

1875:
	%1876 = phi i32 [ 0, %1856 ], [ %1872, %1927 ]
	call void @llvm.nvvm.barrier0()
	%1877 = mul i32 %0, 4
	%1878 = add i32 %1877, 0
	%1879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1878
	%1880 = load i32, i32 addrspace(3)* %1879
	%1881 = add i32 0, %1880
	%1882 = mul i32 %0, 4
	%1883 = add i32 %1882, 1
	%1884 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1883
	%1885 = load i32, i32 addrspace(3)* %1884
	%1886 = add i32 %1881, %1885
	%1887 = mul i32 %0, 4
	%1888 = add i32 %1887, 2
	%1889 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1888
	%1890 = load i32, i32 addrspace(3)* %1889
	%1891 = add i32 %1886, %1890
	%1892 = mul i32 %0, 4
	%1893 = add i32 %1892, 3
	%1894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1893
	%1895 = load i32, i32 addrspace(3)* %1894
	%1896 = add i32 %1891, %1895
	%1897 = and i32 %0, 31
	%1898 = lshr i32 %0, 5
	%1899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1896, i32 1, i32 0)
	%1900 = icmp uge i32 %1897, 1
	%1901 = select i1 %1900, i32 %1899, i32 0
	%1902 = add i32 %1896, %1901
	%1903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1902, i32 2, i32 0)
	%1904 = icmp uge i32 %1897, 2
	%1905 = select i1 %1904, i32 %1903, i32 0
	%1906 = add i32 %1902, %1905
	%1907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 4, i32 0)
	%1908 = icmp uge i32 %1897, 4
	%1909 = select i1 %1908, i32 %1907, i32 0
	%1910 = add i32 %1906, %1909
	%1911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1910, i32 8, i32 0)
	%1912 = icmp uge i32 %1897, 8
	%1913 = select i1 %1912, i32 %1911, i32 0
	%1914 = add i32 %1910, %1913
	%1915 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1914, i32 16, i32 0)
	%1916 = icmp uge i32 %1897, 16
	%1917 = select i1 %1916, i32 %1915, i32 0
	%1918 = add i32 %1914, %1917
	%1919 = icmp eq i32 %1897, 31
	br i1 %1919, label %1928, label %1930

1920:
	%1921 = call i32 @llvm.ctpop.i32(i32 %1870)
	%1922 = add i32 56, %4
	%1923 = mul i32 %1868, 64
	%1924 = add i32 %1923, %1922
	%1925 = add i32 0, %1924
	%1926 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1925
	store i32 %1921, i32 addrspace(3)* %1926
	br label %1927

1927:
	br label %1875

1928:
	%1929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1898
	store i32 %1918, i32 addrspace(3)* %1929
	br label %1930

1930:
	call void @llvm.nvvm.barrier0()
	%1931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1932 = load i32, i32 addrspace(3)* %1931
	%1933 = icmp sgt i32 %1898, 0
	%1934 = select i1 %1933, i32 %1932, i32 0
	%1935 = add i32 0, %1934
	%1936 = add i32 0, %1932
	%1937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1938 = load i32, i32 addrspace(3)* %1937
	%1939 = icmp sgt i32 %1898, 1
	%1940 = select i1 %1939, i32 %1938, i32 0
	%1941 = add i32 %1935, %1940
	%1942 = add i32 %1936, %1938
	%1943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1944 = load i32, i32 addrspace(3)* %1943
	%1945 = icmp sgt i32 %1898, 2
	%1946 = select i1 %1945, i32 %1944, i32 0
	%1947 = add i32 %1941, %1946
	%1948 = add i32 %1942, %1944
	%1949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1950 = load i32, i32 addrspace(3)* %1949
	%1951 = icmp sgt i32 %1898, 3
	%1952 = select i1 %1951, i32 %1950, i32 0
	%1953 = add i32 %1947, %1952
	%1954 = add i32 %1948, %1950
	%1955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1956 = load i32, i32 addrspace(3)* %1955
	%1957 = icmp sgt i32 %1898, 4
	%1958 = select i1 %1957, i32 %1956, i32 0
	%1959 = add i32 %1953, %1958
	%1960 = add i32 %1954, %1956
	%1961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1962 = load i32, i32 addrspace(3)* %1961
	%1963 = icmp sgt i32 %1898, 5
	%1964 = select i1 %1963, i32 %1962, i32 0
	%1965 = add i32 %1959, %1964
	%1966 = add i32 %1960, %1962
	%1967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1968 = load i32, i32 addrspace(3)* %1967
	%1969 = icmp sgt i32 %1898, 6
	%1970 = select i1 %1969, i32 %1968, i32 0
	%1971 = add i32 %1965, %1970
	%1972 = add i32 %1966, %1968
	%1973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1974 = load i32, i32 addrspace(3)* %1973
	%1975 = icmp sgt i32 %1898, 7
	%1976 = select i1 %1975, i32 %1974, i32 0
	%1977 = add i32 %1971, %1976
	%1978 = add i32 %1972, %1974
	%1979 = add i32 %1977, %1918
	%1980 = sub i32 %1979, %1896
	%1981 = mul i32 %0, 4
	%1982 = add i32 %1981, 0
	%1983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1982
	store i32 %1980, i32 addrspace(3)* %1983
	%1984 = add i32 %1980, %1880
	%1985 = mul i32 %0, 4
	%1986 = add i32 %1985, 1
	%1987 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1986
	store i32 %1984, i32 addrspace(3)* %1987
	%1988 = add i32 %1984, %1885
	%1989 = mul i32 %0, 4
	%1990 = add i32 %1989, 2
	%1991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1990
	store i32 %1988, i32 addrspace(3)* %1991
	%1992 = add i32 %1988, %1890
	%1993 = mul i32 %0, 4
	%1994 = add i32 %1993, 3
	%1995 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1994
	store i32 %1992, i32 addrspace(3)* %1995
	%1996 = add i32 %1992, %1895
	%1997 = add i32 %0, 1024
	%1998 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1997
	store i32 0, i32 addrspace(3)* %1998
	%1999 = add i32 %0, 1280
	%2000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1999
	store i32 0, i32 addrspace(3)* %2000
	%2001 = add i32 %0, 1536
	%2002 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2001
	store i32 0, i32 addrspace(3)* %2002
	%2003 = add i32 %0, 1792
	%2004 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2003
	store i32 0, i32 addrspace(3)* %2004
	call void @llvm.nvvm.barrier0()
	%2005 = and i1 %662, %663
	br i1 %2005, label %2006, label %2019

2006:
	%2007 = lshr i32 %1655, 8
	%2008 = and i32 %2007, 15
	%2009 = add i32 0, %4
	%2010 = mul i32 %2008, 64
	%2011 = add i32 %2010, %2009
	%2012 = add i32 0, %2011
	%2013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2012
	%2014 = load i32, i32 addrspace(3)* %2013
	%2015 = add i32 %2014, %1743
	%2016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2015
	store i32 %1654, i32 addrspace(3)* %2016
	%2017 = add i32 %2015, 2048
	%2018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2017
	store i32 %1655, i32 addrspace(3)* %2018
	br label %2019

2019:
	%2020 = and i1 %675, %676
	br i1 %2020, label %2021, label %2034

2021:
	%2022 = lshr i32 %1666, 8
	%2023 = and i32 %2022, 15
	%2024 = add i32 8, %4
	%2025 = mul i32 %2023, 64
	%2026 = add i32 %2025, %2024
	%2027 = add i32 0, %2026
	%2028 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2027
	%2029 = load i32, i32 addrspace(3)* %2028
	%2030 = add i32 %2029, %1762
	%2031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2030
	store i32 %1665, i32 addrspace(3)* %2031
	%2032 = add i32 %2030, 2048
	%2033 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2032
	store i32 %1666, i32 addrspace(3)* %2033
	br label %2034

2034:
	%2035 = and i1 %688, %689
	br i1 %2035, label %2036, label %2049

2036:
	%2037 = lshr i32 %1677, 8
	%2038 = and i32 %2037, 15
	%2039 = add i32 16, %4
	%2040 = mul i32 %2038, 64
	%2041 = add i32 %2040, %2039
	%2042 = add i32 0, %2041
	%2043 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2042
	%2044 = load i32, i32 addrspace(3)* %2043
	%2045 = add i32 %2044, %1781
	%2046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2045
	store i32 %1676, i32 addrspace(3)* %2046
	%2047 = add i32 %2045, 2048
	%2048 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2047
	store i32 %1677, i32 addrspace(3)* %2048
	br label %2049

2049:
	%2050 = and i1 %701, %702
	br i1 %2050, label %2051, label %2064

2051:
	%2052 = lshr i32 %1688, 8
	%2053 = and i32 %2052, 15
	%2054 = add i32 24, %4
	%2055 = mul i32 %2053, 64
	%2056 = add i32 %2055, %2054
	%2057 = add i32 0, %2056
	%2058 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2057
	%2059 = load i32, i32 addrspace(3)* %2058
	%2060 = add i32 %2059, %1800
	%2061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2060
	store i32 %1687, i32 addrspace(3)* %2061
	%2062 = add i32 %2060, 2048
	%2063 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2062
	store i32 %1688, i32 addrspace(3)* %2063
	br label %2064

2064:
	%2065 = and i1 %714, %715
	br i1 %2065, label %2066, label %2079

2066:
	%2067 = lshr i32 %1699, 8
	%2068 = and i32 %2067, 15
	%2069 = add i32 32, %4
	%2070 = mul i32 %2068, 64
	%2071 = add i32 %2070, %2069
	%2072 = add i32 0, %2071
	%2073 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2072
	%2074 = load i32, i32 addrspace(3)* %2073
	%2075 = add i32 %2074, %1819
	%2076 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2075
	store i32 %1698, i32 addrspace(3)* %2076
	%2077 = add i32 %2075, 2048
	%2078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2077
	store i32 %1699, i32 addrspace(3)* %2078
	br label %2079

2079:
	%2080 = and i1 %727, %728
	br i1 %2080, label %2081, label %2094

2081:
	%2082 = lshr i32 %1710, 8
	%2083 = and i32 %2082, 15
	%2084 = add i32 40, %4
	%2085 = mul i32 %2083, 64
	%2086 = add i32 %2085, %2084
	%2087 = add i32 0, %2086
	%2088 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2087
	%2089 = load i32, i32 addrspace(3)* %2088
	%2090 = add i32 %2089, %1838
	%2091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2090
	store i32 %1709, i32 addrspace(3)* %2091
	%2092 = add i32 %2090, 2048
	%2093 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2092
	store i32 %1710, i32 addrspace(3)* %2093
	br label %2094

2094:
	%2095 = and i1 %740, %741
	br i1 %2095, label %2096, label %2109

2096:
	%2097 = lshr i32 %1721, 8
	%2098 = and i32 %2097, 15
	%2099 = add i32 48, %4
	%2100 = mul i32 %2098, 64
	%2101 = add i32 %2100, %2099
	%2102 = add i32 0, %2101
	%2103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2102
	%2104 = load i32, i32 addrspace(3)* %2103
	%2105 = add i32 %2104, %1857
	%2106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2105
	store i32 %1720, i32 addrspace(3)* %2106
	%2107 = add i32 %2105, 2048
	%2108 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2107
	store i32 %1721, i32 addrspace(3)* %2108
	br label %2109

2109:
	%2110 = and i1 %753, %754
	br i1 %2110, label %2111, label %2124

2111:
	%2112 = lshr i32 %1732, 8
	%2113 = and i32 %2112, 15
	%2114 = add i32 56, %4
	%2115 = mul i32 %2113, 64
	%2116 = add i32 %2115, %2114
	%2117 = add i32 0, %2116
	%2118 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2117
	%2119 = load i32, i32 addrspace(3)* %2118
	%2120 = add i32 %2119, %1876
	%2121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2120
	store i32 %1731, i32 addrspace(3)* %2121
	%2122 = add i32 %2120, 2048
	%2123 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2122
	store i32 %1732, i32 addrspace(3)* %2123
	br label %2124

2124:
	call void @llvm.nvvm.barrier0()
	%2125 = add i32 0, %0
	%2126 = and i1 %662, %663
	br i1 %2126, label %2127, label %2133

2127:
	%2128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2125
	%2129 = load i32, i32 addrspace(3)* %2128
	%2130 = add i32 %2125, 2048
	%2131 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2130
	%2132 = load i32, i32 addrspace(3)* %2131
	br label %2133

2133:
	%2134 = phi i32 [ %1654, %2124 ], [ %2129, %2127 ]
	%2135 = phi i32 [ %1655, %2124 ], [ %2132, %2127 ]
	%2136 = add i32 256, %0
	%2137 = and i1 %675, %676
	br i1 %2137, label %2138, label %2144

2138:
	%2139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2136
	%2140 = load i32, i32 addrspace(3)* %2139
	%2141 = add i32 %2136, 2048
	%2142 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2141
	%2143 = load i32, i32 addrspace(3)* %2142
	br label %2144

2144:
	%2145 = phi i32 [ %1665, %2133 ], [ %2140, %2138 ]
	%2146 = phi i32 [ %1666, %2133 ], [ %2143, %2138 ]
	%2147 = add i32 512, %0
	%2148 = and i1 %688, %689
	br i1 %2148, label %2149, label %2155

2149:
	%2150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2147
	%2151 = load i32, i32 addrspace(3)* %2150
	%2152 = add i32 %2147, 2048
	%2153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2152
	%2154 = load i32, i32 addrspace(3)* %2153
	br label %2155

2155:
	%2156 = phi i32 [ %1676, %2144 ], [ %2151, %2149 ]
	%2157 = phi i32 [ %1677, %2144 ], [ %2154, %2149 ]
	%2158 = add i32 768, %0
	%2159 = and i1 %701, %702
	br i1 %2159, label %2160, label %2166

2160:
	%2161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2158
	%2162 = load i32, i32 addrspace(3)* %2161
	%2163 = add i32 %2158, 2048
	%2164 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2163
	%2165 = load i32, i32 addrspace(3)* %2164
	br label %2166

2166:
	%2167 = phi i32 [ %1687, %2155 ], [ %2162, %2160 ]
	%2168 = phi i32 [ %1688, %2155 ], [ %2165, %2160 ]
	%2169 = add i32 1024, %0
	%2170 = and i1 %714, %715
	br i1 %2170, label %2171, label %2177

2171:
	%2172 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2169
	%2173 = load i32, i32 addrspace(3)* %2172
	%2174 = add i32 %2169, 2048
	%2175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2174
	%2176 = load i32, i32 addrspace(3)* %2175
	br label %2177

2177:
	%2178 = phi i32 [ %1698, %2166 ], [ %2173, %2171 ]
	%2179 = phi i32 [ %1699, %2166 ], [ %2176, %2171 ]
	%2180 = add i32 1280, %0
	%2181 = and i1 %727, %728
	br i1 %2181, label %2182, label %2188

2182:
	%2183 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2180
	%2184 = load i32, i32 addrspace(3)* %2183
	%2185 = add i32 %2180, 2048
	%2186 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2185
	%2187 = load i32, i32 addrspace(3)* %2186
	br label %2188

2188:
	%2189 = phi i32 [ %1709, %2177 ], [ %2184, %2182 ]
	%2190 = phi i32 [ %1710, %2177 ], [ %2187, %2182 ]
	%2191 = add i32 1536, %0
	%2192 = and i1 %740, %741
	br i1 %2192, label %2193, label %2199

2193:
	%2194 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2191
	%2195 = load i32, i32 addrspace(3)* %2194
	%2196 = add i32 %2191, 2048
	%2197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2196
	%2198 = load i32, i32 addrspace(3)* %2197
	br label %2199

2199:
	%2200 = phi i32 [ %1720, %2188 ], [ %2195, %2193 ]
	%2201 = phi i32 [ %1721, %2188 ], [ %2198, %2193 ]
	%2202 = add i32 1792, %0
	%2203 = and i1 %753, %754
	br i1 %2203, label %2204, label %2210

2204:
	%2205 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2202
	%2206 = load i32, i32 addrspace(3)* %2205
	%2207 = add i32 %2202, 2048
	%2208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2207
	%2209 = load i32, i32 addrspace(3)* %2208
	br label %2210

2210:
	%2211 = phi i32 [ %1731, %2199 ], [ %2206, %2204 ]
	%2212 = phi i32 [ %1732, %2199 ], [ %2209, %2204 ]
	br i1 %662, label %2213, label %2222

2213:
	%2214 = lshr i32 %2135, 12
	%2215 = and i32 %2214, 15
	%2216 = select i1 %663, i32 %2215, i32 16
	%2217 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2216)
	%2218 = and i32 %2217, %660
	%2219 = call i32 @llvm.ctpop.i32(i32 %2218)
	%2220 = icmp eq i32 %2219, 0
	%2221 = and i1 %663, %2220
	br i1 %2221, label %2224, label %2231

2222:
	%2223 = phi i32 [ 0, %2210 ], [ %2219, %2231 ]
	br i1 %675, label %2232, label %2241

2224:
	%2225 = call i32 @llvm.ctpop.i32(i32 %2217)
	%2226 = add i32 0, %4
	%2227 = mul i32 %2215, 64
	%2228 = add i32 %2227, %2226
	%2229 = add i32 1024, %2228
	%2230 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2229
	store i32 %2225, i32 addrspace(3)* %2230
	br label %2231

2231:
	br label %2222

2232:
	%2233 = lshr i32 %2146, 12
	%2234 = and i32 %2233, 15
	%2235 = select i1 %676, i32 %2234, i32 16
	%2236 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2235)
	%2237 = and i32 %2236, %660
	%2238 = call i32 @llvm.ctpop.i32(i32 %2237)
	%2239 = icmp eq i32 %2238, 0
	%2240 = and i1 %676, %2239
	br i1 %2240, label %2243, label %2250

2241:
	%2242 = phi i32 [ 0, %2222 ], [ %2238, %2250 ]
	br i1 %688, label %2251, label %2260

2243:
	%2244 = call i32 @llvm.ctpop.i32(i32 %2236)
	%2245 = add i32 8, %4
	%2246 = mul i32 %2234, 64
	%2247 = add i32 %2246, %2245
	%2248 = add i32 1024, %2247
	%2249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2248
	store i32 %2244, i32 addrspace(3)* %2249
	br label %2250

2250:
	br label %2241

2251:
	%2252 = lshr i32 %2157, 12
	%2253 = and i32 %2252, 15
	%2254 = select i1 %689, i32 %2253, i32 16
	%2255 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2254)
	%2256 = and i32 %2255, %660
	%2257 = call i32 @llvm.ctpop.i32(i32 %2256)
	%2258 = icmp eq i32 %2257, 0
	%2259 = and i1 %689, %2258
	br i1 %2259, label %2262, label %2269

2260:
	%2261 = phi i32 [ 0, %2241 ], [ %2257, %2269 ]
	br i1 %701, label %2270, label %2279

2262:
	%2263 = call i32 @llvm.ctpop.i32(i32 %2255)
	%2264 = add i32 16, %4
	%2265 = mul i32 %2253, 64
	%2266 = add i32 %2265, %2264
	%2267 = add i32 1024, %2266
	%2268 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2267
	store i32 %2263, i32 addrspace(3)* %2268
	br label %2269

2269:
	br label %2260

2270:
	%2271 = lshr i32 %2168, 12
	%2272 = and i32 %2271, 15
	%2273 = select i1 %702, i32 %2272, i32 16
	%2274 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2273)
	%2275 = and i32 %2274, %660
	%2276 = call i32 @llvm.ctpop.i32(i32 %2275)
	%2277 = icmp eq i32 %2276, 0
	%2278 = and i1 %702, %2277
	br i1 %2278, label %2281, label %2288

2279:
	%2280 = phi i32 [ 0, %2260 ], [ %2276, %2288 ]
	br i1 %714, label %2289, label %2298

2281:
	%2282 = call i32 @llvm.ctpop.i32(i32 %2274)
	%2283 = add i32 24, %4
	%2284 = mul i32 %2272, 64
	%2285 = add i32 %2284, %2283
	%2286 = add i32 1024, %2285
	%2287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2286
	store i32 %2282, i32 addrspace(3)* %2287
	br label %2288

2288:
	br label %2279

2289:
	%2290 = lshr i32 %2179, 12
	%2291 = and i32 %2290, 15
	%2292 = select i1 %715, i32 %2291, i32 16
	%2293 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2292)
	%2294 = and i32 %2293, %660
	%2295 = call i32 @llvm.ctpop.i32(i32 %2294)
	%2296 = icmp eq i32 %2295, 0
	%2297 = and i1 %715, %2296
	br i1 %2297, label %2300, label %2307

2298:
	%2299 = phi i32 [ 0, %2279 ], [ %2295, %2307 ]
	br i1 %727, label %2308, label %2317

2300:
	%2301 = call i32 @llvm.ctpop.i32(i32 %2293)
	%2302 = add i32 32, %4
	%2303 = mul i32 %2291, 64
	%2304 = add i32 %2303, %2302
	%2305 = add i32 1024, %2304
	%2306 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2305
	store i32 %2301, i32 addrspace(3)* %2306
	br label %2307

2307:
	br label %2298

2308:
	%2309 = lshr i32 %2190, 12
	%2310 = and i32 %2309, 15
	%2311 = select i1 %728, i32 %2310, i32 16
	%2312 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2311)
	%2313 = and i32 %2312, %660
	%2314 = call i32 @llvm.ctpop.i32(i32 %2313)
	%2315 = icmp eq i32 %2314, 0
	%2316 = and i1 %728, %2315
	br i1 %2316, label %2319, label %2326

2317:
	%2318 = phi i32 [ 0, %2298 ], [ %2314, %2326 ]
	br i1 %740, label %2327, label %2336

2319:
	%2320 = call i32 @llvm.ctpop.i32(i32 %2312)
	%2321 = add i32 40, %4
	%2322 = mul i32 %2310, 64
	%2323 = add i32 %2322, %2321
	%2324 = add i32 1024, %2323
	%2325 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2324
	store i32 %2320, i32 addrspace(3)* %2325
	br label %2326

2326:
	br label %2317

2327:
	%2328 = lshr i32 %2201, 12
	%2329 = and i32 %2328, 15
	%2330 = select i1 %741, i32 %2329, i32 16
	%2331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2330)
	%2332 = and i32 %2331, %660
	%2333 = call i32 @llvm.ctpop.i32(i32 %2332)
	%2334 = icmp eq i32 %2333, 0
	%2335 = and i1 %741, %2334
	br i1 %2335, label %2338, label %2345

2336:
	%2337 = phi i32 [ 0, %2317 ], [ %2333, %2345 ]
	br i1 %753, label %2346, label %2355

2338:
	%2339 = call i32 @llvm.ctpop.i32(i32 %2331)
	%2340 = add i32 48, %4
	%2341 = mul i32 %2329, 64
	%2342 = add i32 %2341, %2340
	%2343 = add i32 1024, %2342
	%2344 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2343
	store i32 %2339, i32 addrspace(3)* %2344
	br label %2345

2345:
	br label %2336

2346:
	%2347 = lshr i32 %2212, 12
	%2348 = and i32 %2347, 15
	%2349 = select i1 %754, i32 %2348, i32 16
	%2350 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2349)
	%2351 = and i32 %2350, %660
	%2352 = call i32 @llvm.ctpop.i32(i32 %2351)
	%2353 = icmp eq i32 %2352, 0
	%2354 = and i1 %754, %2353
	br i1 %2354, label %2400, label %2407

2355:
	%2356 = phi i32 [ 0, %2336 ], [ %2352, %2407 ]
	call void @llvm.nvvm.barrier0()
	%2357 = mul i32 %0, 4
	%2358 = add i32 %2357, 1024
	%2359 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2358
	%2360 = load i32, i32 addrspace(3)* %2359
	%2361 = add i32 0, %2360
	%2362 = mul i32 %0, 4
	%2363 = add i32 %2362, 1025
	%2364 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2363
	%2365 = load i32, i32 addrspace(3)* %2364
	%2366 = add i32 %2361, %2365
	%2367 = mul i32 %0, 4
	%2368 = add i32 %2367, 1026
	%2369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2368
	%2370 = load i32, i32 addrspace(3)* %2369
	%2371 = add i32 %2366, %2370
	%2372 = mul i32 %0, 4
	%2373 = add i32 %2372, 1027
	%2374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2373
	%2375 = load i32, i32 addrspace(3)* %2374
	%2376 = add i32 %2371, %2375
	%2377 = and i32 %0, 31
	%2378 = lshr i32 %0, 5
	%2379 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2376, i32 1, i32 0)
	%2380 = icmp uge i32 %2377, 1
	%2381 = select i1 %2380, i32 %2379, i32 0
	%2382 = add i32 %2376, %2381
	%2383 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2382, i32 2, i32 0)
	%2384 = icmp uge i32 %2377, 2
	%2385 = select i1 %2384, i32 %2383, i32 0
	%2386 = add i32 %2382, %2385
	%2387 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2386, i32 4, i32 0)
	%2388 = icmp uge i32 %2377, 4
	%2389 = select i1 %2388, i32 %2387, i32 0
	%2390 = add i32 %2386, %2389
	%2391 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2390, i32 8, i32 0)
	%2392 = icmp uge i32 %2377, 8
	%2393 = select i1 %2392, i32 %2391, i32 0
	%2394 = add i32 %2390, %2393
	%2395 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2394, i32 16, i32 0)
	%2396 = icmp uge i32 %2377, 16
	%2397 = select i1 %2396, i32 %2395, i32 0
	%2398 = add i32 %2394, %2397
	%2399 = icmp eq i32 %2377, 31
	br i1 %2399, label %2408, label %2410

2400:
	%2401 = call i32 @llvm.ctpop.i32(i32 %2350)
	%2402 = add i32 56, %4
	%2403 = mul i32 %2348, 64
	%2404 = add i32 %2403, %2402
	%2405 = add i32 1024, %2404
	%2406 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2405
	store i32 %2401, i32 addrspace(3)* %2406
	br label %2407

2407:
	br label %2355

2408:
	%2409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2378
	store i32 %2398, i32 addrspace(3)* %2409
	br label %2410

2410:
	call void @llvm.nvvm.barrier0()
	%2411 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2412 = load i32, i32 addrspace(3)* %2411
	%2413 = icmp sgt i32 %2378, 0
	%2414 = select i1 %2413, i32 %2412, i32 0
	%2415 = add i32 0, %2414
	%2416 = add i32 0, %2412
	%2417 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2418 = load i32, i32 addrspace(3)* %2417
	%2419 = icmp sgt i32 %2378, 1
	%2420 = select i1 %2419, i32 %2418, i32 0
	%2421 = add i32 %2415, %2420
	%2422 = add i32 %2416, %2418
	%2423 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2424 = load i32, i32 addrspace(3)* %2423
	%2425 = icmp sgt i32 %2378, 2
	%2426 = select i1 %2425, i32 %2424, i32 0
	%2427 = add i32 %2421, %2426
	%2428 = add i32 %2422, %2424
	%2429 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2430 = load i32, i32 addrspace(3)* %2429
	%2431 = icmp sgt i32 %2378, 3
	%2432 = select i1 %2431, i32 %2430, i32 0
	%2433 = add i32 %2427, %2432
	%2434 = add i32 %2428, %2430
	%2435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2436 = load i32, i32 addrspace(3)* %2435
	%2437 = icmp sgt i32 %2378, 4
	%2438 = select i1 %2437, i32 %2436, i32 0
	%2439 = add i32 %2433, %2438
	%2440 = add i32 %2434, %2436
	%2441 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2442 = load i32, i32 addrspace(3)* %2441
	%2443 = icmp sgt i32 %2378, 5
	%2444 = select i1 %2443, i32 %2442, i32 0
	%2445 = add i32 %2439, %2444
	%2446 = add i32 %2440, %2442
	%2447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2448 = load i32, i32 addrspace(3)* %2447
	%2449 = icmp sgt i32 %2378, 6
	%2450 = select i1 %2449, i32 %2448, i32 0
	%2451 = add i32 %2445, %2450
	%2452 = add i32 %2446, %2448
	%2453 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2454 = load i32, i32 addrspace(3)* %2453
	%2455 = icmp sgt i32 %2378, 7
	%2456 = select i1 %2455, i32 %2454, i32 0
	%2457 = add i32 %2451, %2456
	%2458 = add i32 %2452, %2454
	%2459 = add i32 %2457, %2398
	%2460 = sub i32 %2459, %2376
	%2461 = mul i32 %0, 4
	%2462 = add i32 %2461, 1024
	%2463 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2462
	store i32 %2460, i32 addrspace(3)* %2463
	%2464 = add i32 %2460, %2360
	%2465 = mul i32 %0, 4
	%2466 = add i32 %2465, 1025
	%2467 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2466
	store i32 %2464, i32 addrspace(3)* %2467
	%2468 = add i32 %2464, %2365
	%2469 = mul i32 %0, 4
	%2470 = add i32 %2469, 1026
	%2471 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2470
	store i32 %2468, i32 addrspace(3)* %2471
	%2472 = add i32 %2468, %2370
	%2473 = mul i32 %0, 4
	%2474 = add i32 %2473, 1027
	%2475 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2474
	store i32 %2472, i32 addrspace(3)* %2475
	%2476 = add i32 %2472, %2375
	%2477 = add i32 %0, 0
	%2478 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2477
	store i32 0, i32 addrspace(3)* %2478
	%2479 = add i32 %0, 256
	%2480 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2479
	store i32 0, i32 addrspace(3)* %2480
	%2481 = add i32 %0, 512
	%2482 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2481
	store i32 0, i32 addrspace(3)* %2482
	%2483 = add i32 %0, 768
	%2484 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2483
	store i32 0, i32 addrspace(3)* %2484
	call void @llvm.nvvm.barrier0()
	%2485 = and i1 %662, %663
	br i1 %2485, label %2486, label %2499

2486:
	%2487 = lshr i32 %2135, 12
	%2488 = and i32 %2487, 15
	%2489 = add i32 0, %4
	%2490 = mul i32 %2488, 64
	%2491 = add i32 %2490, %2489
	%2492 = add i32 1024, %2491
	%2493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2492
	%2494 = load i32, i32 addrspace(3)* %2493
	%2495 = add i32 %2494, %2223
	%2496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2495
	store i32 %2134, i32 addrspace(3)* %2496
	%2497 = add i32 %2495, 2048
	%2498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2497
	store i32 %2135, i32 addrspace(3)* %2498
	br label %2499

2499:
	%2500 = and i1 %675, %676
	br i1 %2500, label %2501, label %2514

2501:
	%2502 = lshr i32 %2146, 12
	%2503 = and i32 %2502, 15
	%2504 = add i32 8, %4
	%2505 = mul i32 %2503, 64
	%2506 = add i32 %2505, %2504
	%2507 = add i32 1024, %2506
	%2508 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2507
	%2509 = load i32, i32 addrspace(3)* %2508
	%2510 = add i32 %2509, %2242
	%2511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2510
	store i32 %2145, i32 addrspace(3)* %2511
	%2512 = add i32 %2510, 2048
	%2513 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2512
	store i32 %2146, i32 addrspace(3)* %2513
	br label %2514

2514:
	%2515 = and i1 %688, %689
	br i1 %2515, label %2516, label %2529

2516:
	%2517 = lshr i32 %2157, 12
	%2518 = and i32 %2517, 15
	%2519 = add i32 16, %4
	%2520 = mul i32 %2518, 64
	%2521 = add i32 %2520, %2519
	%2522 = add i32 1024, %2521
	%2523 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2522
	%2524 = load i32, i32 addrspace(3)* %2523
	%2525 = add i32 %2524, %2261
	%2526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2525
	store i32 %2156, i32 addrspace(3)* %2526
	%2527 = add i32 %2525, 2048
	%2528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2527
	store i32 %2157, i32 addrspace(3)* %2528
	br label %2529

2529:
	%2530 = and i1 %701, %702
	br i1 %2530, label %2531, label %2544

2531:
	%2532 = lshr i32 %2168, 12
	%2533 = and i32 %2532, 15
	%2534 = add i32 24, %4
	%2535 = mul i32 %2533, 64
	%2536 = add i32 %2535, %2534
	%2537 = add i32 1024, %2536
	%2538 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2537
	%2539 = load i32, i32 addrspace(3)* %2538
	%2540 = add i32 %2539, %2280
	%2541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2540
	store i32 %2167, i32 addrspace(3)* %2541
	%2542 = add i32 %2540, 2048
	%2543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2542
	store i32 %2168, i32 addrspace(3)* %2543
	br label %2544

2544:
	%2545 = and i1 %714, %715
	br i1 %2545, label %2546, label %2559

2546:
	%2547 = lshr i32 %2179, 12
	%2548 = and i32 %2547, 15
	%2549 = add i32 32, %4
	%2550 = mul i32 %2548, 64
	%2551 = add i32 %2550, %2549
	%2552 = add i32 1024, %2551
	%2553 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2552
	%2554 = load i32, i32 addrspace(3)* %2553
	%2555 = add i32 %2554, %2299
	%2556 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2555
	store i32 %2178, i32 addrspace(3)* %2556
	%2557 = add i32 %2555, 2048
	%2558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2557
	store i32 %2179, i32 addrspace(3)* %2558
	br label %2559

2559:
	%2560 = and i1 %727, %728
	br i1 %2560, label %2561, label %2574

2561:
	%2562 = lshr i32 %2190, 12
	%2563 = and i32 %2562, 15
	%2564 = add i32 40, %4
	%2565 = mul i32 %2563, 64
	%2566 = add i32 %2565, %2564
	%2567 = add i32 1024, %2566
	%2568 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2567
	%2569 = load i32, i32 addrspace(3)* %2568
	%2570 = add i32 %2569, %2318
	%2571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2570
	store i32 %2189, i32 addrspace(3)* %2571
	%2572 = add i32 %2570, 2048
	%2573 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2572
	store i32 %2190, i32 addrspace(3)* %2573
	br label %2574

2574:
	%2575 = and i1 %740, %741
	br i1 %2575, label %2576, label %2589

2576:
	%2577 = lshr i32 %2201, 12
	%2578 = and i32 %2577, 15
	%2579 = add i32 48, %4
	%2580 = mul i32 %2578, 64
	%2581 = add i32 %2580, %2579
	%2582 = add i32 1024, %2581
	%2583 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2582
	%2584 = load i32, i32 addrspace(3)* %2583
	%2585 = add i32 %2584, %2337
	%2586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2585
	store i32 %2200, i32 addrspace(3)* %2586
	%2587 = add i32 %2585, 2048
	%2588 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2587
	store i32 %2201, i32 addrspace(3)* %2588
	br label %2589

2589:
	%2590 = and i1 %753, %754
	br i1 %2590, label %2591, label %2604

2591:
	%2592 = lshr i32 %2212, 12
	%2593 = and i32 %2592, 15
	%2594 = add i32 56, %4
	%2595 = mul i32 %2593, 64
	%2596 = add i32 %2595, %2594
	%2597 = add i32 1024, %2596
	%2598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2597
	%2599 = load i32, i32 addrspace(3)* %2598
	%2600 = add i32 %2599, %2356
	%2601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2600
	store i32 %2211, i32 addrspace(3)* %2601
	%2602 = add i32 %2600, 2048
	%2603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2602
	store i32 %2212, i32 addrspace(3)* %2603
	br label %2604

2604:
	call void @llvm.nvvm.barrier0()
	%2605 = add i32 0, %0
	%2606 = and i1 %662, %663
	br i1 %2606, label %2607, label %2613

2607:
	%2608 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2605
	%2609 = load i32, i32 addrspace(3)* %2608
	%2610 = add i32 %2605, 2048
	%2611 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2610
	%2612 = load i32, i32 addrspace(3)* %2611
	br label %2613

2613:
	%2614 = phi i32 [ %2134, %2604 ], [ %2609, %2607 ]
	%2615 = phi i32 [ %2135, %2604 ], [ %2612, %2607 ]
	%2616 = add i32 256, %0
	%2617 = and i1 %675, %676
	br i1 %2617, label %2618, label %2624

2618:
	%2619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2616
	%2620 = load i32, i32 addrspace(3)* %2619
	%2621 = add i32 %2616, 2048
	%2622 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2621
	%2623 = load i32, i32 addrspace(3)* %2622
	br label %2624

2624:
	%2625 = phi i32 [ %2145, %2613 ], [ %2620, %2618 ]
	%2626 = phi i32 [ %2146, %2613 ], [ %2623, %2618 ]
	%2627 = add i32 512, %0
	%2628 = and i1 %688, %689
	br i1 %2628, label %2629, label %2635

2629:
	%2630 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2627
	%2631 = load i32, i32 addrspace(3)* %2630
	%2632 = add i32 %2627, 2048
	%2633 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2632
	%2634 = load i32, i32 addrspace(3)* %2633
	br label %2635

2635:
	%2636 = phi i32 [ %2156, %2624 ], [ %2631, %2629 ]
	%2637 = phi i32 [ %2157, %2624 ], [ %2634, %2629 ]
	%2638 = add i32 768, %0
	%2639 = and i1 %701, %702
	br i1 %2639, label %2640, label %2646

2640:
	%2641 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2638
	%2642 = load i32, i32 addrspace(3)* %2641
	%2643 = add i32 %2638, 2048
	%2644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2643
	%2645 = load i32, i32 addrspace(3)* %2644
	br label %2646

2646:
	%2647 = phi i32 [ %2167, %2635 ], [ %2642, %2640 ]
	%2648 = phi i32 [ %2168, %2635 ], [ %2645, %2640 ]
	%2649 = add i32 1024, %0
	%2650 = and i1 %714, %715
	br i1 %2650, label %2651, label %2657

2651:
	%2652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2649
	%2653 = load i32, i32 addrspace(3)* %2652
	%2654 = add i32 %2649, 2048
	%2655 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2654
	%2656 = load i32, i32 addrspace(3)* %2655
	br label %2657

2657:
	%2658 = phi i32 [ %2178, %2646 ], [ %2653, %2651 ]
	%2659 = phi i32 [ %2179, %2646 ], [ %2656, %2651 ]
	%2660 = add i32 1280, %0
	%2661 = and i1 %727, %728
	br i1 %2661, label %2662, label %2668

2662:
	%2663 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2660
	%2664 = load i32, i32 addrspace(3)* %2663
	%2665 = add i32 %2660, 2048
	%2666 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2665
	%2667 = load i32, i32 addrspace(3)* %2666
	br label %2668

2668:
	%2669 = phi i32 [ %2189, %2657 ], [ %2664, %2662 ]
	%2670 = phi i32 [ %2190, %2657 ], [ %2667, %2662 ]
	%2671 = add i32 1536, %0
	%2672 = and i1 %740, %741
	br i1 %2672, label %2673, label %2679

2673:
	%2674 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2671
	%2675 = load i32, i32 addrspace(3)* %2674
	%2676 = add i32 %2671, 2048
	%2677 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2676
	%2678 = load i32, i32 addrspace(3)* %2677
	br label %2679

2679:
	%2680 = phi i32 [ %2200, %2668 ], [ %2675, %2673 ]
	%2681 = phi i32 [ %2201, %2668 ], [ %2678, %2673 ]
	%2682 = add i32 1792, %0
	%2683 = and i1 %753, %754
	br i1 %2683, label %2684, label %2690

2684:
	%2685 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2682
	%2686 = load i32, i32 addrspace(3)* %2685
	%2687 = add i32 %2682, 2048
	%2688 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2687
	%2689 = load i32, i32 addrspace(3)* %2688
	br label %2690

2690:
	%2691 = phi i32 [ %2211, %2679 ], [ %2686, %2684 ]
	%2692 = phi i32 [ %2212, %2679 ], [ %2689, %2684 ]
	br i1 %662, label %2693, label %2702

2693:
	%2694 = lshr i32 %2615, 16
	%2695 = and i32 %2694, 15
	%2696 = select i1 %663, i32 %2695, i32 16
	%2697 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2696)
	%2698 = and i32 %2697, %660
	%2699 = call i32 @llvm.ctpop.i32(i32 %2698)
	%2700 = icmp eq i32 %2699, 0
	%2701 = and i1 %663, %2700
	br i1 %2701, label %2704, label %2711

2702:
	%2703 = phi i32 [ 0, %2690 ], [ %2699, %2711 ]
	br i1 %675, label %2712, label %2721

2704:
	%2705 = call i32 @llvm.ctpop.i32(i32 %2697)
	%2706 = add i32 0, %4
	%2707 = mul i32 %2695, 64
	%2708 = add i32 %2707, %2706
	%2709 = add i32 0, %2708
	%2710 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2709
	store i32 %2705, i32 addrspace(3)* %2710
	br label %2711

2711:
	br label %2702

2712:
	%2713 = lshr i32 %2626, 16
	%2714 = and i32 %2713, 15
	%2715 = select i1 %676, i32 %2714, i32 16
	%2716 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2715)
	%2717 = and i32 %2716, %660
	%2718 = call i32 @llvm.ctpop.i32(i32 %2717)
	%2719 = icmp eq i32 %2718, 0
	%2720 = and i1 %676, %2719
	br i1 %2720, label %2723, label %2730

2721:
	%2722 = phi i32 [ 0, %2702 ], [ %2718, %2730 ]
	br i1 %688, label %2731, label %2740

2723:
	%2724 = call i32 @llvm.ctpop.i32(i32 %2716)
	%2725 = add i32 8, %4
	%2726 = mul i32 %2714, 64
	%2727 = add i32 %2726, %2725
	%2728 = add i32 0, %2727
	%2729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2728
	store i32 %2724, i32 addrspace(3)* %2729
	br label %2730

2730:
	br label %2721

2731:
	%2732 = lshr i32 %2637, 16
	%2733 = and i32 %2732, 15
	%2734 = select i1 %689, i32 %2733, i32 16
	%2735 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2734)
	%2736 = and i32 %2735, %660
	%2737 = call i32 @llvm.ctpop.i32(i32 %2736)
	%2738 = icmp eq i32 %2737, 0
	%2739 = and i1 %689, %2738
	br i1 %2739, label %2742, label %2749

2740:
	%2741 = phi i32 [ 0, %2721 ], [ %2737, %2749 ]
	br i1 %701, label %2750, label %2759

2742:
	%2743 = call i32 @llvm.ctpop.i32(i32 %2735)
	%2744 = add i32 16, %4
	%2745 = mul i32 %2733, 64
	%2746 = add i32 %2745, %2744
	%2747 = add i32 0, %2746
	%2748 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2747
	store i32 %2743, i32 addrspace(3)* %2748
	br label %2749

2749:
	br label %2740

2750:
	%2751 = lshr i32 %2648, 16
	%2752 = and i32 %2751, 15
	%2753 = select i1 %702, i32 %2752, i32 16
	%2754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2753)
	%2755 = and i32 %2754, %660
	%2756 = call i32 @llvm.ctpop.i32(i32 %2755)
	%2757 = icmp eq i32 %2756, 0
	%2758 = and i1 %702, %2757
	br i1 %2758, label %2761, label %2768

2759:
	%2760 = phi i32 [ 0, %2740 ], [ %2756, %2768 ]
	br i1 %714, label %2769, label %2778

2761:
	%2762 = call i32 @llvm.ctpop.i32(i32 %2754)
	%2763 = add i32 24, %4
	%2764 = mul i32 %2752, 64
	%2765 = add i32 %2764, %2763
	%2766 = add i32 0, %2765
	%2767 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2766
	store i32 %2762, i32 addrspace(3)* %2767
	br label %2768

2768:
	br label %2759

2769:
	%2770 = lshr i32 %2659, 16
	%2771 = and i32 %2770, 15
	%2772 = select i1 %715, i32 %2771, i32 16
	%2773 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2772)
	%2774 = and i32 %2773, %660
	%2775 = call i32 @llvm.ctpop.i32(i32 %2774)
	%2776 = icmp eq i32 %2775, 0
	%2777 = and i1 %715, %2776
	br i1 %2777, label %2780, label %2787

2778:
	%2779 = phi i32 [ 0, %2759 ], [ %2775, %2787 ]
	br i1 %727, label %2788, label %2797

2780:
	%2781 = call i32 @llvm.ctpop.i32(i32 %2773)
	%2782 = add i32 32, %4
	%2783 = mul i32 %2771, 64
	%2784 = add i32 %2783, %2782
	%2785 = add i32 0, %2784
	%2786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2785
	store i32 %2781, i32 addrspace(3)* %2786
	br label %2787

2787:
	br label %2778

2788:
	%2789 = lshr i32 %2670, 16
	%2790 = and i32 %2789, 15
	%2791 = select i1 %728, i32 %2790, i32 16
	%2792 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2791)
	%2793 = and i32 %2792, %660
	%2794 = call i32 @llvm.ctpop.i32(i32 %2793)
	%2795 = icmp eq i32 %2794, 0
	%2796 = and i1 %728, %2795
	br i1 %2796, label %2799, label %2806

2797:
	%2798 = phi i32 [ 0, %2778 ], [ %2794, %2806 ]
	br i1 %740, label %2807, label %2816

2799:
	%2800 = call i32 @llvm.ctpop.i32(i32 %2792)
	%2801 = add i32 40, %4
	%2802 = mul i32 %2790, 64
	%2803 = add i32 %2802, %2801
	%2804 = add i32 0, %2803
	%2805 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2804
	store i32 %2800, i32 addrspace(3)* %2805
	br label %2806

2806:
	br label %2797

2807:
	%2808 = lshr i32 %2681, 16
	%2809 = and i32 %2808, 15
	%2810 = select i1 %741, i32 %2809, i32 16
	%2811 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2810)
	%2812 = and i32 %2811, %660
	%2813 = call i32 @llvm.ctpop.i32(i32 %2812)
	%2814 = icmp eq i32 %2813, 0
	%2815 = and i1 %741, %2814
	br i1 %2815, label %2818, label %2825

2816:
	%2817 = phi i32 [ 0, %2797 ], [ %2813, %2825 ]
	br i1 %753, label %2826, label %2835

2818:
	%2819 = call i32 @llvm.ctpop.i32(i32 %2811)
	%2820 = add i32 48, %4
	%2821 = mul i32 %2809, 64
	%2822 = add i32 %2821, %2820
	%2823 = add i32 0, %2822
	%2824 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2823
	store i32 %2819, i32 addrspace(3)* %2824
	br label %2825

2825:
	br label %2816

2826:
	%2827 = lshr i32 %2692, 16
	%2828 = and i32 %2827, 15
	%2829 = select i1 %754, i32 %2828, i32 16
	%2830 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2829)
	%2831 = and i32 %2830, %660
	%2832 = call i32 @llvm.ctpop.i32(i32 %2831)
	%2833 = icmp eq i32 %2832, 0
	%2834 = and i1 %754, %2833
	br i1 %2834, label %2880, label %2887

2835:
	%2836 = phi i32 [ 0, %2816 ], [ %2832, %2887 ]
	call void @llvm.nvvm.barrier0()
	%2837 = mul i32 %0, 4
	%2838 = add i32 %2837, 0
	%2839 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2838
	%2840 = load i32, i32 addrspace(3)* %2839
	%2841 = add i32 0, %2840
	%2842 = mul i32 %0, 4
	%2843 = add i32 %2842, 1
	%2844 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2843
	%2845 = load i32, i32 addrspace(3)* %2844
	%2846 = add i32 %2841, %2845
	%2847 = mul i32 %0, 4
	%2848 = add i32 %2847, 2
	%2849 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2848
	%2850 = load i32, i32 addrspace(3)* %2849
	%2851 = add i32 %2846, %2850
	%2852 = mul i32 %0, 4
	%2853 = add i32 %2852, 3
	%2854 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2853
	%2855 = load i32, i32 addrspace(3)* %2854
	%2856 = add i32 %2851, %2855
	%2857 = and i32 %0, 31
	%2858 = lshr i32 %0, 5
	%2859 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2856, i32 1, i32 0)
	%2860 = icmp uge i32 %2857, 1
	%2861 = select i1 %2860, i32 %2859, i32 0
	%2862 = add i32 %2856, %2861
	%2863 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2862, i32 2, i32 0)
	%2864 = icmp uge i32 %2857, 2
	%2865 = select i1 %2864, i32 %2863, i32 0
	%2866 = add i32 %2862, %2865
	%2867 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2866, i32 4, i32 0)
	%2868 = icmp uge i32 %2857, 4
	%2869 = select i1 %2868, i32 %2867, i32 0
	%2870 = add i32 %2866, %2869
	%2871 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2870, i32 8, i32 0)
	%2872 = icmp uge i32 %2857, 8
	%2873 = select i1 %2872, i32 %2871, i32 0
	%2874 = add i32 %2870, %2873
	%2875 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2874, i32 16, i32 0)
	%2876 = icmp uge i32 %2857, 16
	%2877 = select i1 %2876, i32 %2875, i32 0
	%2878 = add i32 %2874, %2877
	%2879 = icmp eq i32 %2857, 31
	br i1 %2879, label %2888, label %2890

2880:
	%2881 = call i32 @llvm.ctpop.i32(i32 %2830)
	%2882 = add i32 56, %4
	%2883 = mul i32 %2828, 64
	%2884 = add i32 %2883, %2882
	%2885 = add i32 0, %2884
	%2886 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2885
	store i32 %2881, i32 addrspace(3)* %2886
	br label %2887

2887:
	br label %2835

2888:
	%2889 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2858
	store i32 %2878, i32 addrspace(3)* %2889
	br label %2890

2890:
	call void @llvm.nvvm.barrier0()
	%2891 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2892 = load i32, i32 addrspace(3)* %2891
	%2893 = icmp sgt i32 %2858, 0
	%2894 = select i1 %2893, i32 %2892, i32 0
	%2895 = add i32 0, %2894
	%2896 = add i32 0, %2892
	%2897 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2898 = load i32, i32 addrspace(3)* %2897
	%2899 = icmp sgt i32 %2858, 1
	%2900 = select i1 %2899, i32 %2898, i32 0
	%2901 = add i32 %2895, %2900
	%2902 = add i32 %2896, %2898
	%2903 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2904 = load i32, i32 addrspace(3)* %2903
	%2905 = icmp sgt i32 %2858, 2
	%2906 = select i1 %2905, i32 %2904, i32 0
	%2907 = add i32 %2901, %2906
	%2908 = add i32 %2902, %2904
	%2909 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2910 = load i32, i32 addrspace(3)* %2909
	%2911 = icmp sgt i32 %2858, 3
	%2912 = select i1 %2911, i32 %2910, i32 0
	%2913 = add i32 %2907, %2912
	%2914 = add i32 %2908, %2910
	%2915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2916 = load i32, i32 addrspace(3)* %2915
	%2917 = icmp sgt i32 %2858, 4
	%2918 = select i1 %2917, i32 %2916, i32 0
	%2919 = add i32 %2913, %2918
	%2920 = add i32 %2914, %2916
	%2921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2922 = load i32, i32 addrspace(3)* %2921
	%2923 = icmp sgt i32 %2858, 5
	%2924 = select i1 %2923, i32 %2922, i32 0
	%2925 = add i32 %2919, %2924
	%2926 = add i32 %2920, %2922
	%2927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2928 = load i32, i32 addrspace(3)* %2927
	%2929 = icmp sgt i32 %2858, 6
	%2930 = select i1 %2929, i32 %2928, i32 0
	%2931 = add i32 %2925, %2930
	%2932 = add i32 %2926, %2928
	%2933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2934 = load i32, i32 addrspace(3)* %2933
	%2935 = icmp sgt i32 %2858, 7
	%2936 = select i1 %2935, i32 %2934, i32 0
	%2937 = add i32 %2931, %2936
	%2938 = add i32 %2932, %2934
	%2939 = add i32 %2937, %2878
	%2940 = sub i32 %2939, %2856
	%2941 = mul i32 %0, 4
	%2942 = add i32 %2941, 0
	%2943 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2942
	store i32 %2940, i32 addrspace(3)* %2943
	%2944 = add i32 %2940, %2840
	%2945 = mul i32 %0, 4
	%2946 = add i32 %2945, 1
	%2947 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2946
	store i32 %2944, i32 addrspace(3)* %2947
	%2948 = add i32 %2944, %2845
	%2949 = mul i32 %0, 4
	%2950 = add i32 %2949, 2
	%2951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2950
	store i32 %2948, i32 addrspace(3)* %2951
	%2952 = add i32 %2948, %2850
	%2953 = mul i32 %0, 4
	%2954 = add i32 %2953, 3
	%2955 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2954
	store i32 %2952, i32 addrspace(3)* %2955
	%2956 = add i32 %2952, %2855
	%2957 = add i32 %0, 1024
	%2958 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2957
	store i32 0, i32 addrspace(3)* %2958
	%2959 = add i32 %0, 1280
	%2960 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2959
	store i32 0, i32 addrspace(3)* %2960
	%2961 = add i32 %0, 1536
	%2962 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2961
	store i32 0, i32 addrspace(3)* %2962
	%2963 = add i32 %0, 1792
	%2964 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2963
	store i32 0, i32 addrspace(3)* %2964
	call void @llvm.nvvm.barrier0()
	%2965 = and i1 %662, %663
	br i1 %2965, label %2966, label %2979

2966:
	%2967 = lshr i32 %2615, 16
	%2968 = and i32 %2967, 15
	%2969 = add i32 0, %4
	%2970 = mul i32 %2968, 64
	%2971 = add i32 %2970, %2969
	%2972 = add i32 0, %2971
	%2973 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2972
	%2974 = load i32, i32 addrspace(3)* %2973
	%2975 = add i32 %2974, %2703
	%2976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2975
	store i32 %2614, i32 addrspace(3)* %2976
	%2977 = add i32 %2975, 2048
	%2978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2977
	store i32 %2615, i32 addrspace(3)* %2978
	br label %2979

2979:
	%2980 = and i1 %675, %676
	br i1 %2980, label %2981, label %2994

2981:
	%2982 = lshr i32 %2626, 16
	%2983 = and i32 %2982, 15
	%2984 = add i32 8, %4
	%2985 = mul i32 %2983, 64
	%2986 = add i32 %2985, %2984
	%2987 = add i32 0, %2986
	%2988 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2987
	%2989 = load i32, i32 addrspace(3)* %2988
	%2990 = add i32 %2989, %2722
	%2991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2990
	store i32 %2625, i32 addrspace(3)* %2991
	%2992 = add i32 %2990, 2048
	%2993 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2992
	store i32 %2626, i32 addrspace(3)* %2993
	br label %2994

2994:
	%2995 = and i1 %688, %689
	br i1 %2995, label %2996, label %3009

2996:
	%2997 = lshr i32 %2637, 16
	%2998 = and i32 %2997, 15
	%2999 = add i32 16, %4
	%3000 = mul i32 %2998, 64
	%3001 = add i32 %3000, %2999
	%3002 = add i32 0, %3001
	%3003 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3002
	%3004 = load i32, i32 addrspace(3)* %3003
	%3005 = add i32 %3004, %2741
	%3006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3005
	store i32 %2636, i32 addrspace(3)* %3006
	%3007 = add i32 %3005, 2048
	%3008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3007
	store i32 %2637, i32 addrspace(3)* %3008
	br label %3009

3009:
	%3010 = and i1 %701, %702
	br i1 %3010, label %3011, label %3024

3011:
	%3012 = lshr i32 %2648, 16
	%3013 = and i32 %3012, 15
	%3014 = add i32 24, %4
	%3015 = mul i32 %3013, 64
	%3016 = add i32 %3015, %3014
	%3017 = add i32 0, %3016
	%3018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3017
	%3019 = load i32, i32 addrspace(3)* %3018
	%3020 = add i32 %3019, %2760
	%3021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3020
	store i32 %2647, i32 addrspace(3)* %3021
	%3022 = add i32 %3020, 2048
	%3023 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3022
	store i32 %2648, i32 addrspace(3)* %3023
	br label %3024

3024:
	%3025 = and i1 %714, %715
	br i1 %3025, label %3026, label %3039

3026:
	%3027 = lshr i32 %2659, 16
	%3028 = and i32 %3027, 15
	%3029 = add i32 32, %4
	%3030 = mul i32 %3028, 64
	%3031 = add i32 %3030, %3029
	%3032 = add i32 0, %3031
	%3033 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3032
	%3034 = load i32, i32 addrspace(3)* %3033
	%3035 = add i32 %3034, %2779
	%3036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3035
	store i32 %2658, i32 addrspace(3)* %3036
	%3037 = add i32 %3035, 2048
	%3038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3037
	store i32 %2659, i32 addrspace(3)* %3038
	br label %3039

3039:
	%3040 = and i1 %727, %728
	br i1 %3040, label %3041, label %3054

3041:
	%3042 = lshr i32 %2670, 16
	%3043 = and i32 %3042, 15
	%3044 = add i32 40, %4
	%3045 = mul i32 %3043, 64
	%3046 = add i32 %3045, %3044
	%3047 = add i32 0, %3046
	%3048 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3047
	%3049 = load i32, i32 addrspace(3)* %3048
	%3050 = add i32 %3049, %2798
	%3051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3050
	store i32 %2669, i32 addrspace(3)* %3051
	%3052 = add i32 %3050, 2048
	%3053 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3052
	store i32 %2670, i32 addrspace(3)* %3053
	br label %3054

3054:
	%3055 = and i1 %740, %741
	br i1 %3055, label %3056, label %3069

3056:
	%3057 = lshr i32 %2681, 16
	%3058 = and i32 %3057, 15
	%3059 = add i32 48, %4
	%3060 = mul i32 %3058, 64
	%3061 = add i32 %3060, %3059
	%3062 = add i32 0, %3061
	%3063 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3062
	%3064 = load i32, i32 addrspace(3)* %3063
	%3065 = add i32 %3064, %2817
	%3066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3065
	store i32 %2680, i32 addrspace(3)* %3066
	%3067 = add i32 %3065, 2048
	%3068 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3067
	store i32 %2681, i32 addrspace(3)* %3068
	br label %3069

3069:
	%3070 = and i1 %753, %754
	br i1 %3070, label %3071, label %3084

3071:
	%3072 = lshr i32 %2692, 16
	%3073 = and i32 %3072, 15
	%3074 = add i32 56, %4
	%3075 = mul i32 %3073, 64
	%3076 = add i32 %3075, %3074
	%3077 = add i32 0, %3076
	%3078 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3077
	%3079 = load i32, i32 addrspace(3)* %3078
	%3080 = add i32 %3079, %2836
	%3081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3080
	store i32 %2691, i32 addrspace(3)* %3081
	%3082 = add i32 %3080, 2048
	%3083 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3082
	store i32 %2692, i32 addrspace(3)* %3083
	br label %3084

3084:
	call void @llvm.nvvm.barrier0()
	%3085 = add i32 0, %0
	%3086 = and i1 %662, %663
	br i1 %3086, label %3087, label %3093

3087:
	%3088 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3085
	%3089 = load i32, i32 addrspace(3)* %3088
	%3090 = add i32 %3085, 2048
	%3091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3090
	%3092 = load i32, i32 addrspace(3)* %3091
	br label %3093

3093:
	%3094 = phi i32 [ %2614, %3084 ], [ %3089, %3087 ]
	%3095 = phi i32 [ %2615, %3084 ], [ %3092, %3087 ]
	%3096 = add i32 256, %0
	%3097 = and i1 %675, %676
	br i1 %3097, label %3098, label %3104

3098:
	%3099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3096
	%3100 = load i32, i32 addrspace(3)* %3099
	%3101 = add i32 %3096, 2048
	%3102 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3101
	%3103 = load i32, i32 addrspace(3)* %3102
	br label %3104

3104:
	%3105 = phi i32 [ %2625, %3093 ], [ %3100, %3098 ]
	%3106 = phi i32 [ %2626, %3093 ], [ %3103, %3098 ]
	%3107 = add i32 512, %0
	%3108 = and i1 %688, %689
	br i1 %3108, label %3109, label %3115

3109:
	%3110 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3107
	%3111 = load i32, i32 addrspace(3)* %3110
	%3112 = add i32 %3107, 2048
	%3113 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3112
	%3114 = load i32, i32 addrspace(3)* %3113
	br label %3115

3115:
	%3116 = phi i32 [ %2636, %3104 ], [ %3111, %3109 ]
	%3117 = phi i32 [ %2637, %3104 ], [ %3114, %3109 ]
	%3118 = add i32 768, %0
	%3119 = and i1 %701, %702
	br i1 %3119, label %3120, label %3126

3120:
	%3121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3118
	%3122 = load i32, i32 addrspace(3)* %3121
	%3123 = add i32 %3118, 2048
	%3124 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3123
	%3125 = load i32, i32 addrspace(3)* %3124
	br label %3126

3126:
	%3127 = phi i32 [ %2647, %3115 ], [ %3122, %3120 ]
	%3128 = phi i32 [ %2648, %3115 ], [ %3125, %3120 ]
	%3129 = add i32 1024, %0
	%3130 = and i1 %714, %715
	br i1 %3130, label %3131, label %3137

3131:
	%3132 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3129
	%3133 = load i32, i32 addrspace(3)* %3132
	%3134 = add i32 %3129, 2048
	%3135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3134
	%3136 = load i32, i32 addrspace(3)* %3135
	br label %3137

3137:
	%3138 = phi i32 [ %2658, %3126 ], [ %3133, %3131 ]
	%3139 = phi i32 [ %2659, %3126 ], [ %3136, %3131 ]
	%3140 = add i32 1280, %0
	%3141 = and i1 %727, %728
	br i1 %3141, label %3142, label %3148

3142:
	%3143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3140
	%3144 = load i32, i32 addrspace(3)* %3143
	%3145 = add i32 %3140, 2048
	%3146 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3145
	%3147 = load i32, i32 addrspace(3)* %3146
	br label %3148

3148:
	%3149 = phi i32 [ %2669, %3137 ], [ %3144, %3142 ]
	%3150 = phi i32 [ %2670, %3137 ], [ %3147, %3142 ]
	%3151 = add i32 1536, %0
	%3152 = and i1 %740, %741
	br i1 %3152, label %3153, label %3159

3153:
	%3154 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3151
	%3155 = load i32, i32 addrspace(3)* %3154
	%3156 = add i32 %3151, 2048
	%3157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3156
	%3158 = load i32, i32 addrspace(3)* %3157
	br label %3159

3159:
	%3160 = phi i32 [ %2680, %3148 ], [ %3155, %3153 ]
	%3161 = phi i32 [ %2681, %3148 ], [ %3158, %3153 ]
	%3162 = add i32 1792, %0
	%3163 = and i1 %753, %754
	br i1 %3163, label %3164, label %3170

3164:
	%3165 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3162
	%3166 = load i32, i32 addrspace(3)* %3165
	%3167 = add i32 %3162, 2048
	%3168 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3167
	%3169 = load i32, i32 addrspace(3)* %3168
	br label %3170

3170:
	%3171 = phi i32 [ %2691, %3159 ], [ %3166, %3164 ]
	%3172 = phi i32 [ %2692, %3159 ], [ %3169, %3164 ]
	br i1 %662, label %3173, label %3182

3173:
	%3174 = lshr i32 %3095, 20
	%3175 = and i32 %3174, 15
	%3176 = select i1 %663, i32 %3175, i32 16
	%3177 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3176)
	%3178 = and i32 %3177, %660
	%3179 = call i32 @llvm.ctpop.i32(i32 %3178)
	%3180 = icmp eq i32 %3179, 0
	%3181 = and i1 %663, %3180
	br i1 %3181, label %3184, label %3191

3182:
	%3183 = phi i32 [ 0, %3170 ], [ %3179, %3191 ]
	br i1 %675, label %3192, label %3201

3184:
	%3185 = call i32 @llvm.ctpop.i32(i32 %3177)
	%3186 = add i32 0, %4
	%3187 = mul i32 %3175, 64
	%3188 = add i32 %3187, %3186
	%3189 = add i32 1024, %3188
	%3190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3189
	store i32 %3185, i32 addrspace(3)* %3190
	br label %3191

3191:
	br label %3182

3192:
	%3193 = lshr i32 %3106, 20
	%3194 = and i32 %3193, 15
	%3195 = select i1 %676, i32 %3194, i32 16
	%3196 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3195)
	%3197 = and i32 %3196, %660
	%3198 = call i32 @llvm.ctpop.i32(i32 %3197)
	%3199 = icmp eq i32 %3198, 0
	%3200 = and i1 %676, %3199
	br i1 %3200, label %3203, label %3210

3201:
	%3202 = phi i32 [ 0, %3182 ], [ %3198, %3210 ]
	br i1 %688, label %3211, label %3220

3203:
	%3204 = call i32 @llvm.ctpop.i32(i32 %3196)
	%3205 = add i32 8, %4
	%3206 = mul i32 %3194, 64
	%3207 = add i32 %3206, %3205
	%3208 = add i32 1024, %3207
	%3209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3208
	store i32 %3204, i32 addrspace(3)* %3209
	br label %3210

3210:
	br label %3201

3211:
	%3212 = lshr i32 %3117, 20
	%3213 = and i32 %3212, 15
	%3214 = select i1 %689, i32 %3213, i32 16
	%3215 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3214)
	%3216 = and i32 %3215, %660
	%3217 = call i32 @llvm.ctpop.i32(i32 %3216)
	%3218 = icmp eq i32 %3217, 0
	%3219 = and i1 %689, %3218
	br i1 %3219, label %3222, label %3229

3220:
	%3221 = phi i32 [ 0, %3201 ], [ %3217, %3229 ]
	br i1 %701, label %3230, label %3239

3222:
	%3223 = call i32 @llvm.ctpop.i32(i32 %3215)
	%3224 = add i32 16, %4
	%3225 = mul i32 %3213, 64
	%3226 = add i32 %3225, %3224
	%3227 = add i32 1024, %3226
	%3228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3227
	store i32 %3223, i32 addrspace(3)* %3228
	br label %3229

3229:
	br label %3220

3230:
	%3231 = lshr i32 %3128, 20
	%3232 = and i32 %3231, 15
	%3233 = select i1 %702, i32 %3232, i32 16
	%3234 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3233)
	%3235 = and i32 %3234, %660
	%3236 = call i32 @llvm.ctpop.i32(i32 %3235)
	%3237 = icmp eq i32 %3236, 0
	%3238 = and i1 %702, %3237
	br i1 %3238, label %3241, label %3248

3239:
	%3240 = phi i32 [ 0, %3220 ], [ %3236, %3248 ]
	br i1 %714, label %3249, label %3258

3241:
	%3242 = call i32 @llvm.ctpop.i32(i32 %3234)
	%3243 = add i32 24, %4
	%3244 = mul i32 %3232, 64
	%3245 = add i32 %3244, %3243
	%3246 = add i32 1024, %3245
	%3247 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3246
	store i32 %3242, i32 addrspace(3)* %3247
	br label %3248

3248:
	br label %3239

3249:
	%3250 = lshr i32 %3139, 20
	%3251 = and i32 %3250, 15
	%3252 = select i1 %715, i32 %3251, i32 16
	%3253 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3252)
	%3254 = and i32 %3253, %660
	%3255 = call i32 @llvm.ctpop.i32(i32 %3254)
	%3256 = icmp eq i32 %3255, 0
	%3257 = and i1 %715, %3256
	br i1 %3257, label %3260, label %3267

3258:
	%3259 = phi i32 [ 0, %3239 ], [ %3255, %3267 ]
	br i1 %727, label %3268, label %3277

3260:
	%3261 = call i32 @llvm.ctpop.i32(i32 %3253)
	%3262 = add i32 32, %4
	%3263 = mul i32 %3251, 64
	%3264 = add i32 %3263, %3262
	%3265 = add i32 1024, %3264
	%3266 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3265
	store i32 %3261, i32 addrspace(3)* %3266
	br label %3267

3267:
	br label %3258

3268:
	%3269 = lshr i32 %3150, 20
	%3270 = and i32 %3269, 15
	%3271 = select i1 %728, i32 %3270, i32 16
	%3272 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3271)
	%3273 = and i32 %3272, %660
	%3274 = call i32 @llvm.ctpop.i32(i32 %3273)
	%3275 = icmp eq i32 %3274, 0
	%3276 = and i1 %728, %3275
	br i1 %3276, label %3279, label %3286

3277:
	%3278 = phi i32 [ 0, %3258 ], [ %3274, %3286 ]
	br i1 %740, label %3287, label %3296

3279:
	%3280 = call i32 @llvm.ctpop.i32(i32 %3272)
	%3281 = add i32 40, %4
	%3282 = mul i32 %3270, 64
	%3283 = add i32 %3282, %3281
	%3284 = add i32 1024, %3283
	%3285 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3284
	store i32 %3280, i32 addrspace(3)* %3285
	br label %3286

3286:
	br label %3277

3287:
	%3288 = lshr i32 %3161, 20
	%3289 = and i32 %3288, 15
	%3290 = select i1 %741, i32 %3289, i32 16
	%3291 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3290)
	%3292 = and i32 %3291, %660
	%3293 = call i32 @llvm.ctpop.i32(i32 %3292)
	%3294 = icmp eq i32 %3293, 0
	%3295 = and i1 %741, %3294
	br i1 %3295, label %3298, label %3305

3296:
	%3297 = phi i32 [ 0, %3277 ], [ %3293, %3305 ]
	br i1 %753, label %3306, label %3315

3298:
	%3299 = call i32 @llvm.ctpop.i32(i32 %3291)
	%3300 = add i32 48, %4
	%3301 = mul i32 %3289, 64
	%3302 = add i32 %3301, %3300
	%3303 = add i32 1024, %3302
	%3304 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3303
	store i32 %3299, i32 addrspace(3)* %3304
	br label %3305

3305:
	br label %3296

3306:
	%3307 = lshr i32 %3172, 20
	%3308 = and i32 %3307, 15
	%3309 = select i1 %754, i32 %3308, i32 16
	%3310 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3309)
	%3311 = and i32 %3310, %660
	%3312 = call i32 @llvm.ctpop.i32(i32 %3311)
	%3313 = icmp eq i32 %3312, 0
	%3314 = and i1 %754, %3313
	br i1 %3314, label %3360, label %3367

3315:
	%3316 = phi i32 [ 0, %3296 ], [ %3312, %3367 ]
	call void @llvm.nvvm.barrier0()
	%3317 = mul i32 %0, 4
	%3318 = add i32 %3317, 1024
	%3319 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3318
	%3320 = load i32, i32 addrspace(3)* %3319
	%3321 = add i32 0, %3320
	%3322 = mul i32 %0, 4
	%3323 = add i32 %3322, 1025
	%3324 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3323
	%3325 = load i32, i32 addrspace(3)* %3324
	%3326 = add i32 %3321, %3325
	%3327 = mul i32 %0, 4
	%3328 = add i32 %3327, 1026
	%3329 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3328
	%3330 = load i32, i32 addrspace(3)* %3329
	%3331 = add i32 %3326, %3330
	%3332 = mul i32 %0, 4
	%3333 = add i32 %3332, 1027
	%3334 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3333
	%3335 = load i32, i32 addrspace(3)* %3334
	%3336 = add i32 %3331, %3335
	%3337 = and i32 %0, 31
	%3338 = lshr i32 %0, 5
	%3339 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3336, i32 1, i32 0)
	%3340 = icmp uge i32 %3337, 1
	%3341 = select i1 %3340, i32 %3339, i32 0
	%3342 = add i32 %3336, %3341
	%3343 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3342, i32 2, i32 0)
	%3344 = icmp uge i32 %3337, 2
	%3345 = select i1 %3344, i32 %3343, i32 0
	%3346 = add i32 %3342, %3345
	%3347 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3346, i32 4, i32 0)
	%3348 = icmp uge i32 %3337, 4
	%3349 = select i1 %3348, i32 %3347, i32 0
	%3350 = add i32 %3346, %3349
	%3351 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3350, i32 8, i32 0)
	%3352 = icmp uge i32 %3337, 8
	%3353 = select i1 %3352, i32 %3351, i32 0
	%3354 = add i32 %3350, %3353
	%3355 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3354, i32 16, i32 0)
	%3356 = icmp uge i32 %3337, 16
	%3357 = select i1 %3356, i32 %3355, i32 0
	%3358 = add i32 %3354, %3357
	%3359 = icmp eq i32 %3337, 31
	br i1 %3359, label %3368, label %3370

3360:
	%3361 = call i32 @llvm.ctpop.i32(i32 %3310)
	%3362 = add i32 56, %4
	%3363 = mul i32 %3308, 64
	%3364 = add i32 %3363, %3362
	%3365 = add i32 1024, %3364
	%3366 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3365
	store i32 %3361, i32 addrspace(3)* %3366
	br label %3367

3367:
	br label %3315

3368:
	%3369 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3338
	store i32 %3358, i32 addrspace(3)* %3369
	br label %3370

3370:
	call void @llvm.nvvm.barrier0()
	%3371 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3372 = load i32, i32 addrspace(3)* %3371
	%3373 = icmp sgt i32 %3338, 0
	%3374 = select i1 %3373, i32 %3372, i32 0
	%3375 = add i32 0, %3374
	%3376 = add i32 0, %3372
	%3377 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3378 = load i32, i32 addrspace(3)* %3377
	%3379 = icmp sgt i32 %3338, 1
	%3380 = select i1 %3379, i32 %3378, i32 0
	%3381 = add i32 %3375, %3380
	%3382 = add i32 %3376, %3378
	%3383 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3384 = load i32, i32 addrspace(3)* %3383
	%3385 = icmp sgt i32 %3338, 2
	%3386 = select i1 %3385, i32 %3384, i32 0
	%3387 = add i32 %3381, %3386
	%3388 = add i32 %3382, %3384
	%3389 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3390 = load i32, i32 addrspace(3)* %3389
	%3391 = icmp sgt i32 %3338, 3
	%3392 = select i1 %3391, i32 %3390, i32 0
	%3393 = add i32 %3387, %3392
	%3394 = add i32 %3388, %3390
	%3395 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3396 = load i32, i32 addrspace(3)* %3395
	%3397 = icmp sgt i32 %3338, 4
	%3398 = select i1 %3397, i32 %3396, i32 0
	%3399 = add i32 %3393, %3398
	%3400 = add i32 %3394, %3396
	%3401 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3402 = load i32, i32 addrspace(3)* %3401
	%3403 = icmp sgt i32 %3338, 5
	%3404 = select i1 %3403, i32 %3402, i32 0
	%3405 = add i32 %3399, %3404
	%3406 = add i32 %3400, %3402
	%3407 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3408 = load i32, i32 addrspace(3)* %3407
	%3409 = icmp sgt i32 %3338, 6
	%3410 = select i1 %3409, i32 %3408, i32 0
	%3411 = add i32 %3405, %3410
	%3412 = add i32 %3406, %3408
	%3413 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3414 = load i32, i32 addrspace(3)* %3413
	%3415 = icmp sgt i32 %3338, 7
	%3416 = select i1 %3415, i32 %3414, i32 0
	%3417 = add i32 %3411, %3416
	%3418 = add i32 %3412, %3414
	%3419 = add i32 %3417, %3358
	%3420 = sub i32 %3419, %3336
	%3421 = mul i32 %0, 4
	%3422 = add i32 %3421, 1024
	%3423 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3422
	store i32 %3420, i32 addrspace(3)* %3423
	%3424 = add i32 %3420, %3320
	%3425 = mul i32 %0, 4
	%3426 = add i32 %3425, 1025
	%3427 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3426
	store i32 %3424, i32 addrspace(3)* %3427
	%3428 = add i32 %3424, %3325
	%3429 = mul i32 %0, 4
	%3430 = add i32 %3429, 1026
	%3431 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3430
	store i32 %3428, i32 addrspace(3)* %3431
	%3432 = add i32 %3428, %3330
	%3433 = mul i32 %0, 4
	%3434 = add i32 %3433, 1027
	%3435 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3434
	store i32 %3432, i32 addrspace(3)* %3435
	%3436 = add i32 %3432, %3335
	%3437 = add i32 %0, 0
	%3438 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3437
	store i32 0, i32 addrspace(3)* %3438
	%3439 = add i32 %0, 256
	%3440 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3439
	store i32 0, i32 addrspace(3)* %3440
	%3441 = add i32 %0, 512
	%3442 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3441
	store i32 0, i32 addrspace(3)* %3442
	%3443 = add i32 %0, 768
	%3444 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3443
	store i32 0, i32 addrspace(3)* %3444
	call void @llvm.nvvm.barrier0()
	%3445 = and i1 %662, %663
	br i1 %3445, label %3446, label %3459

3446:
	%3447 = lshr i32 %3095, 20
	%3448 = and i32 %3447, 15
	%3449 = add i32 0, %4
	%3450 = mul i32 %3448, 64
	%3451 = add i32 %3450, %3449
	%3452 = add i32 1024, %3451
	%3453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3452
	%3454 = load i32, i32 addrspace(3)* %3453
	%3455 = add i32 %3454, %3183
	%3456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3455
	store i32 %3094, i32 addrspace(3)* %3456
	%3457 = add i32 %3455, 2048
	%3458 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3457
	store i32 %3095, i32 addrspace(3)* %3458
	br label %3459

3459:
	%3460 = and i1 %675, %676
	br i1 %3460, label %3461, label %3474

3461:
	%3462 = lshr i32 %3106, 20
	%3463 = and i32 %3462, 15
	%3464 = add i32 8, %4
	%3465 = mul i32 %3463, 64
	%3466 = add i32 %3465, %3464
	%3467 = add i32 1024, %3466
	%3468 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3467
	%3469 = load i32, i32 addrspace(3)* %3468
	%3470 = add i32 %3469, %3202
	%3471 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3470
	store i32 %3105, i32 addrspace(3)* %3471
	%3472 = add i32 %3470, 2048
	%3473 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3472
	store i32 %3106, i32 addrspace(3)* %3473
	br label %3474

3474:
	%3475 = and i1 %688, %689
	br i1 %3475, label %3476, label %3489

3476:
	%3477 = lshr i32 %3117, 20
	%3478 = and i32 %3477, 15
	%3479 = add i32 16, %4
	%3480 = mul i32 %3478, 64
	%3481 = add i32 %3480, %3479
	%3482 = add i32 1024, %3481
	%3483 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3482
	%3484 = load i32, i32 addrspace(3)* %3483
	%3485 = add i32 %3484, %3221
	%3486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3485
	store i32 %3116, i32 addrspace(3)* %3486
	%3487 = add i32 %3485, 2048
	%3488 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3487
	store i32 %3117, i32 addrspace(3)* %3488
	br label %3489

3489:
	%3490 = and i1 %701, %702
	br i1 %3490, label %3491, label %3504

3491:
	%3492 = lshr i32 %3128, 20
	%3493 = and i32 %3492, 15
	%3494 = add i32 24, %4
	%3495 = mul i32 %3493, 64
	%3496 = add i32 %3495, %3494
	%3497 = add i32 1024, %3496
	%3498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3497
	%3499 = load i32, i32 addrspace(3)* %3498
	%3500 = add i32 %3499, %3240
	%3501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3500
	store i32 %3127, i32 addrspace(3)* %3501
	%3502 = add i32 %3500, 2048
	%3503 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3502
	store i32 %3128, i32 addrspace(3)* %3503
	br label %3504

3504:
	%3505 = and i1 %714, %715
	br i1 %3505, label %3506, label %3519

3506:
	%3507 = lshr i32 %3139, 20
	%3508 = and i32 %3507, 15
	%3509 = add i32 32, %4
	%3510 = mul i32 %3508, 64
	%3511 = add i32 %3510, %3509
	%3512 = add i32 1024, %3511
	%3513 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3512
	%3514 = load i32, i32 addrspace(3)* %3513
	%3515 = add i32 %3514, %3259
	%3516 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3515
	store i32 %3138, i32 addrspace(3)* %3516
	%3517 = add i32 %3515, 2048
	%3518 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3517
	store i32 %3139, i32 addrspace(3)* %3518
	br label %3519

3519:
	%3520 = and i1 %727, %728
	br i1 %3520, label %3521, label %3534

3521:
	%3522 = lshr i32 %3150, 20
	%3523 = and i32 %3522, 15
	%3524 = add i32 40, %4
	%3525 = mul i32 %3523, 64
	%3526 = add i32 %3525, %3524
	%3527 = add i32 1024, %3526
	%3528 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3527
	%3529 = load i32, i32 addrspace(3)* %3528
	%3530 = add i32 %3529, %3278
	%3531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3530
	store i32 %3149, i32 addrspace(3)* %3531
	%3532 = add i32 %3530, 2048
	%3533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3532
	store i32 %3150, i32 addrspace(3)* %3533
	br label %3534

3534:
	%3535 = and i1 %740, %741
	br i1 %3535, label %3536, label %3549

3536:
	%3537 = lshr i32 %3161, 20
	%3538 = and i32 %3537, 15
	%3539 = add i32 48, %4
	%3540 = mul i32 %3538, 64
	%3541 = add i32 %3540, %3539
	%3542 = add i32 1024, %3541
	%3543 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3542
	%3544 = load i32, i32 addrspace(3)* %3543
	%3545 = add i32 %3544, %3297
	%3546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3545
	store i32 %3160, i32 addrspace(3)* %3546
	%3547 = add i32 %3545, 2048
	%3548 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3547
	store i32 %3161, i32 addrspace(3)* %3548
	br label %3549

3549:
	%3550 = and i1 %753, %754
	br i1 %3550, label %3551, label %3564

3551:
	%3552 = lshr i32 %3172, 20
	%3553 = and i32 %3552, 15
	%3554 = add i32 56, %4
	%3555 = mul i32 %3553, 64
	%3556 = add i32 %3555, %3554
	%3557 = add i32 1024, %3556
	%3558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3557
	%3559 = load i32, i32 addrspace(3)* %3558
	%3560 = add i32 %3559, %3316
	%3561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3560
	store i32 %3171, i32 addrspace(3)* %3561
	%3562 = add i32 %3560, 2048
	%3563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3562
	store i32 %3172, i32 addrspace(3)* %3563
	br label %3564

3564:
	call void @llvm.nvvm.barrier0()
	%3565 = add i32 0, %0
	%3566 = and i1 %662, %663
	br i1 %3566, label %3567, label %3573

3567:
	%3568 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3565
	%3569 = load i32, i32 addrspace(3)* %3568
	%3570 = add i32 %3565, 2048
	%3571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3570
	%3572 = load i32, i32 addrspace(3)* %3571
	br label %3573

3573:
	%3574 = phi i32 [ %3094, %3564 ], [ %3569, %3567 ]
	%3575 = phi i32 [ %3095, %3564 ], [ %3572, %3567 ]
	%3576 = add i32 256, %0
	%3577 = and i1 %675, %676
	br i1 %3577, label %3578, label %3584

3578:
	%3579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3576
	%3580 = load i32, i32 addrspace(3)* %3579
	%3581 = add i32 %3576, 2048
	%3582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3581
	%3583 = load i32, i32 addrspace(3)* %3582
	br label %3584

3584:
	%3585 = phi i32 [ %3105, %3573 ], [ %3580, %3578 ]
	%3586 = phi i32 [ %3106, %3573 ], [ %3583, %3578 ]
	%3587 = add i32 512, %0
	%3588 = and i1 %688, %689
	br i1 %3588, label %3589, label %3595

3589:
	%3590 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3587
	%3591 = load i32, i32 addrspace(3)* %3590
	%3592 = add i32 %3587, 2048
	%3593 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3592
	%3594 = load i32, i32 addrspace(3)* %3593
	br label %3595

3595:
	%3596 = phi i32 [ %3116, %3584 ], [ %3591, %3589 ]
	%3597 = phi i32 [ %3117, %3584 ], [ %3594, %3589 ]
	%3598 = add i32 768, %0
	%3599 = and i1 %701, %702
	br i1 %3599, label %3600, label %3606

3600:
	%3601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3598
	%3602 = load i32, i32 addrspace(3)* %3601
	%3603 = add i32 %3598, 2048
	%3604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3603
	%3605 = load i32, i32 addrspace(3)* %3604
	br label %3606

3606:
	%3607 = phi i32 [ %3127, %3595 ], [ %3602, %3600 ]
	%3608 = phi i32 [ %3128, %3595 ], [ %3605, %3600 ]
	%3609 = add i32 1024, %0
	%3610 = and i1 %714, %715
	br i1 %3610, label %3611, label %3617

3611:
	%3612 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3609
	%3613 = load i32, i32 addrspace(3)* %3612
	%3614 = add i32 %3609, 2048
	%3615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3614
	%3616 = load i32, i32 addrspace(3)* %3615
	br label %3617

3617:
	%3618 = phi i32 [ %3138, %3606 ], [ %3613, %3611 ]
	%3619 = phi i32 [ %3139, %3606 ], [ %3616, %3611 ]
	%3620 = add i32 1280, %0
	%3621 = and i1 %727, %728
	br i1 %3621, label %3622, label %3628

3622:
	%3623 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3620
	%3624 = load i32, i32 addrspace(3)* %3623
	%3625 = add i32 %3620, 2048
	%3626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3625
	%3627 = load i32, i32 addrspace(3)* %3626
	br label %3628

3628:
	%3629 = phi i32 [ %3149, %3617 ], [ %3624, %3622 ]
	%3630 = phi i32 [ %3150, %3617 ], [ %3627, %3622 ]
	%3631 = add i32 1536, %0
	%3632 = and i1 %740, %741
	br i1 %3632, label %3633, label %3639

3633:
	%3634 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3631
	%3635 = load i32, i32 addrspace(3)* %3634
	%3636 = add i32 %3631, 2048
	%3637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3636
	%3638 = load i32, i32 addrspace(3)* %3637
	br label %3639

3639:
	%3640 = phi i32 [ %3160, %3628 ], [ %3635, %3633 ]
	%3641 = phi i32 [ %3161, %3628 ], [ %3638, %3633 ]
	%3642 = add i32 1792, %0
	%3643 = and i1 %753, %754
	br i1 %3643, label %3644, label %3650

3644:
	%3645 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3642
	%3646 = load i32, i32 addrspace(3)* %3645
	%3647 = add i32 %3642, 2048
	%3648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3647
	%3649 = load i32, i32 addrspace(3)* %3648
	br label %3650

3650:
	%3651 = phi i32 [ %3171, %3639 ], [ %3646, %3644 ]
	%3652 = phi i32 [ %3172, %3639 ], [ %3649, %3644 ]
	br i1 %662, label %3653, label %3662

3653:
	%3654 = lshr i32 %3575, 24
	%3655 = and i32 %3654, 15
	%3656 = select i1 %663, i32 %3655, i32 16
	%3657 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3656)
	%3658 = and i32 %3657, %660
	%3659 = call i32 @llvm.ctpop.i32(i32 %3658)
	%3660 = icmp eq i32 %3659, 0
	%3661 = and i1 %663, %3660
	br i1 %3661, label %3664, label %3671

3662:
	%3663 = phi i32 [ 0, %3650 ], [ %3659, %3671 ]
	br i1 %675, label %3672, label %3681

3664:
	%3665 = call i32 @llvm.ctpop.i32(i32 %3657)
	%3666 = add i32 0, %4
	%3667 = mul i32 %3655, 64
	%3668 = add i32 %3667, %3666
	%3669 = add i32 0, %3668
	%3670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3669
	store i32 %3665, i32 addrspace(3)* %3670
	br label %3671

3671:
	br label %3662

3672:
	%3673 = lshr i32 %3586, 24
	%3674 = and i32 %3673, 15
	%3675 = select i1 %676, i32 %3674, i32 16
	%3676 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3675)
	%3677 = and i32 %3676, %660
	%3678 = call i32 @llvm.ctpop.i32(i32 %3677)
	%3679 = icmp eq i32 %3678, 0
	%3680 = and i1 %676, %3679
	br i1 %3680, label %3683, label %3690

3681:
	%3682 = phi i32 [ 0, %3662 ], [ %3678, %3690 ]
	br i1 %688, label %3691, label %3700

3683:
	%3684 = call i32 @llvm.ctpop.i32(i32 %3676)
	%3685 = add i32 8, %4
	%3686 = mul i32 %3674, 64
	%3687 = add i32 %3686, %3685
	%3688 = add i32 0, %3687
	%3689 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3688
	store i32 %3684, i32 addrspace(3)* %3689
	br label %3690

3690:
	br label %3681

3691:
	%3692 = lshr i32 %3597, 24
	%3693 = and i32 %3692, 15
	%3694 = select i1 %689, i32 %3693, i32 16
	%3695 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3694)
	%3696 = and i32 %3695, %660
	%3697 = call i32 @llvm.ctpop.i32(i32 %3696)
	%3698 = icmp eq i32 %3697, 0
	%3699 = and i1 %689, %3698
	br i1 %3699, label %3702, label %3709

3700:
	%3701 = phi i32 [ 0, %3681 ], [ %3697, %3709 ]
	br i1 %701, label %3710, label %3719

3702:
	%3703 = call i32 @llvm.ctpop.i32(i32 %3695)
	%3704 = add i32 16, %4
	%3705 = mul i32 %3693, 64
	%3706 = add i32 %3705, %3704
	%3707 = add i32 0, %3706
	%3708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3707
	store i32 %3703, i32 addrspace(3)* %3708
	br label %3709

3709:
	br label %3700

3710:
	%3711 = lshr i32 %3608, 24
	%3712 = and i32 %3711, 15
	%3713 = select i1 %702, i32 %3712, i32 16
	%3714 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3713)
	%3715 = and i32 %3714, %660
	%3716 = call i32 @llvm.ctpop.i32(i32 %3715)
	%3717 = icmp eq i32 %3716, 0
	%3718 = and i1 %702, %3717
	br i1 %3718, label %3721, label %3728

3719:
	%3720 = phi i32 [ 0, %3700 ], [ %3716, %3728 ]
	br i1 %714, label %3729, label %3738

3721:
	%3722 = call i32 @llvm.ctpop.i32(i32 %3714)
	%3723 = add i32 24, %4
	%3724 = mul i32 %3712, 64
	%3725 = add i32 %3724, %3723
	%3726 = add i32 0, %3725
	%3727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3726
	store i32 %3722, i32 addrspace(3)* %3727
	br label %3728

3728:
	br label %3719

3729:
	%3730 = lshr i32 %3619, 24
	%3731 = and i32 %3730, 15
	%3732 = select i1 %715, i32 %3731, i32 16
	%3733 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3732)
	%3734 = and i32 %3733, %660
	%3735 = call i32 @llvm.ctpop.i32(i32 %3734)
	%3736 = icmp eq i32 %3735, 0
	%3737 = and i1 %715, %3736
	br i1 %3737, label %3740, label %3747

3738:
	%3739 = phi i32 [ 0, %3719 ], [ %3735, %3747 ]
	br i1 %727, label %3748, label %3757

3740:
	%3741 = call i32 @llvm.ctpop.i32(i32 %3733)
	%3742 = add i32 32, %4
	%3743 = mul i32 %3731, 64
	%3744 = add i32 %3743, %3742
	%3745 = add i32 0, %3744
	%3746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3745
	store i32 %3741, i32 addrspace(3)* %3746
	br label %3747

3747:
	br label %3738

3748:
	%3749 = lshr i32 %3630, 24
	%3750 = and i32 %3749, 15
	%3751 = select i1 %728, i32 %3750, i32 16
	%3752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3751)
	%3753 = and i32 %3752, %660
	%3754 = call i32 @llvm.ctpop.i32(i32 %3753)
	%3755 = icmp eq i32 %3754, 0
	%3756 = and i1 %728, %3755
	br i1 %3756, label %3759, label %3766

3757:
	%3758 = phi i32 [ 0, %3738 ], [ %3754, %3766 ]
	br i1 %740, label %3767, label %3776

3759:
	%3760 = call i32 @llvm.ctpop.i32(i32 %3752)
	%3761 = add i32 40, %4
	%3762 = mul i32 %3750, 64
	%3763 = add i32 %3762, %3761
	%3764 = add i32 0, %3763
	%3765 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3764
	store i32 %3760, i32 addrspace(3)* %3765
	br label %3766

3766:
	br label %3757

3767:
	%3768 = lshr i32 %3641, 24
	%3769 = and i32 %3768, 15
	%3770 = select i1 %741, i32 %3769, i32 16
	%3771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3770)
	%3772 = and i32 %3771, %660
	%3773 = call i32 @llvm.ctpop.i32(i32 %3772)
	%3774 = icmp eq i32 %3773, 0
	%3775 = and i1 %741, %3774
	br i1 %3775, label %3778, label %3785

3776:
	%3777 = phi i32 [ 0, %3757 ], [ %3773, %3785 ]
	br i1 %753, label %3786, label %3795

3778:
	%3779 = call i32 @llvm.ctpop.i32(i32 %3771)
	%3780 = add i32 48, %4
	%3781 = mul i32 %3769, 64
	%3782 = add i32 %3781, %3780
	%3783 = add i32 0, %3782
	%3784 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3783
	store i32 %3779, i32 addrspace(3)* %3784
	br label %3785

3785:
	br label %3776

3786:
	%3787 = lshr i32 %3652, 24
	%3788 = and i32 %3787, 15
	%3789 = select i1 %754, i32 %3788, i32 16
	%3790 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3789)
	%3791 = and i32 %3790, %660
	%3792 = call i32 @llvm.ctpop.i32(i32 %3791)
	%3793 = icmp eq i32 %3792, 0
	%3794 = and i1 %754, %3793
	br i1 %3794, label %3840, label %3847

3795:
	%3796 = phi i32 [ 0, %3776 ], [ %3792, %3847 ]
	call void @llvm.nvvm.barrier0()
	%3797 = mul i32 %0, 4
	%3798 = add i32 %3797, 0
	%3799 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3798
	%3800 = load i32, i32 addrspace(3)* %3799
	%3801 = add i32 0, %3800
	%3802 = mul i32 %0, 4
	%3803 = add i32 %3802, 1
	%3804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3803
	%3805 = load i32, i32 addrspace(3)* %3804
	%3806 = add i32 %3801, %3805
	%3807 = mul i32 %0, 4
	%3808 = add i32 %3807, 2
	%3809 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3808
	%3810 = load i32, i32 addrspace(3)* %3809
	%3811 = add i32 %3806, %3810
	%3812 = mul i32 %0, 4
	%3813 = add i32 %3812, 3
	%3814 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3813
	%3815 = load i32, i32 addrspace(3)* %3814
	%3816 = add i32 %3811, %3815
	%3817 = and i32 %0, 31
	%3818 = lshr i32 %0, 5
	%3819 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3816, i32 1, i32 0)
	%3820 = icmp uge i32 %3817, 1
	%3821 = select i1 %3820, i32 %3819, i32 0
	%3822 = add i32 %3816, %3821
	%3823 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3822, i32 2, i32 0)
	%3824 = icmp uge i32 %3817, 2
	%3825 = select i1 %3824, i32 %3823, i32 0
	%3826 = add i32 %3822, %3825
	%3827 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3826, i32 4, i32 0)
	%3828 = icmp uge i32 %3817, 4
	%3829 = select i1 %3828, i32 %3827, i32 0
	%3830 = add i32 %3826, %3829
	%3831 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3830, i32 8, i32 0)
	%3832 = icmp uge i32 %3817, 8
	%3833 = select i1 %3832, i32 %3831, i32 0
	%3834 = add i32 %3830, %3833
	%3835 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3834, i32 16, i32 0)
	%3836 = icmp uge i32 %3817, 16
	%3837 = select i1 %3836, i32 %3835, i32 0
	%3838 = add i32 %3834, %3837
	%3839 = icmp eq i32 %3817, 31
	br i1 %3839, label %3848, label %3850

3840:
	%3841 = call i32 @llvm.ctpop.i32(i32 %3790)
	%3842 = add i32 56, %4
	%3843 = mul i32 %3788, 64
	%3844 = add i32 %3843, %3842
	%3845 = add i32 0, %3844
	%3846 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3845
	store i32 %3841, i32 addrspace(3)* %3846
	br label %3847

3847:
	br label %3795

3848:
	%3849 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3818
	store i32 %3838, i32 addrspace(3)* %3849
	br label %3850

3850:
	call void @llvm.nvvm.barrier0()
	%3851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3852 = load i32, i32 addrspace(3)* %3851
	%3853 = icmp sgt i32 %3818, 0
	%3854 = select i1 %3853, i32 %3852, i32 0
	%3855 = add i32 0, %3854
	%3856 = add i32 0, %3852
	%3857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3858 = load i32, i32 addrspace(3)* %3857
	%3859 = icmp sgt i32 %3818, 1
	%3860 = select i1 %3859, i32 %3858, i32 0
	%3861 = add i32 %3855, %3860
	%3862 = add i32 %3856, %3858
	%3863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3864 = load i32, i32 addrspace(3)* %3863
	%3865 = icmp sgt i32 %3818, 2
	%3866 = select i1 %3865, i32 %3864, i32 0
	%3867 = add i32 %3861, %3866
	%3868 = add i32 %3862, %3864
	%3869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3870 = load i32, i32 addrspace(3)* %3869
	%3871 = icmp sgt i32 %3818, 3
	%3872 = select i1 %3871, i32 %3870, i32 0
	%3873 = add i32 %3867, %3872
	%3874 = add i32 %3868, %3870
	%3875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3876 = load i32, i32 addrspace(3)* %3875
	%3877 = icmp sgt i32 %3818, 4
	%3878 = select i1 %3877, i32 %3876, i32 0
	%3879 = add i32 %3873, %3878
	%3880 = add i32 %3874, %3876
	%3881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3882 = load i32, i32 addrspace(3)* %3881
	%3883 = icmp sgt i32 %3818, 5
	%3884 = select i1 %3883, i32 %3882, i32 0
	%3885 = add i32 %3879, %3884
	%3886 = add i32 %3880, %3882
	%3887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3888 = load i32, i32 addrspace(3)* %3887
	%3889 = icmp sgt i32 %3818, 6
	%3890 = select i1 %3889, i32 %3888, i32 0
	%3891 = add i32 %3885, %3890
	%3892 = add i32 %3886, %3888
	%3893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3894 = load i32, i32 addrspace(3)* %3893
	%3895 = icmp sgt i32 %3818, 7
	%3896 = select i1 %3895, i32 %3894, i32 0
	%3897 = add i32 %3891, %3896
	%3898 = add i32 %3892, %3894
	%3899 = add i32 %3897, %3838
	%3900 = sub i32 %3899, %3816
	%3901 = mul i32 %0, 4
	%3902 = add i32 %3901, 0
	%3903 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3902
	store i32 %3900, i32 addrspace(3)* %3903
	%3904 = add i32 %3900, %3800
	%3905 = mul i32 %0, 4
	%3906 = add i32 %3905, 1
	%3907 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3906
	store i32 %3904, i32 addrspace(3)* %3907
	%3908 = add i32 %3904, %3805
	%3909 = mul i32 %0, 4
	%3910 = add i32 %3909, 2
	%3911 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3910
	store i32 %3908, i32 addrspace(3)* %3911
	%3912 = add i32 %3908, %3810
	%3913 = mul i32 %0, 4
	%3914 = add i32 %3913, 3
	%3915 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3914
	store i32 %3912, i32 addrspace(3)* %3915
	%3916 = add i32 %3912, %3815
	%3917 = add i32 %0, 1024
	%3918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3917
	store i32 0, i32 addrspace(3)* %3918
	%3919 = add i32 %0, 1280
	%3920 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3919
	store i32 0, i32 addrspace(3)* %3920
	%3921 = add i32 %0, 1536
	%3922 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3921
	store i32 0, i32 addrspace(3)* %3922
	%3923 = add i32 %0, 1792
	%3924 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3923
	store i32 0, i32 addrspace(3)* %3924
	call void @llvm.nvvm.barrier0()
	%3925 = and i1 %662, %663
	br i1 %3925, label %3926, label %3939

3926:
	%3927 = lshr i32 %3575, 24
	%3928 = and i32 %3927, 15
	%3929 = add i32 0, %4
	%3930 = mul i32 %3928, 64
	%3931 = add i32 %3930, %3929
	%3932 = add i32 0, %3931
	%3933 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3932
	%3934 = load i32, i32 addrspace(3)* %3933
	%3935 = add i32 %3934, %3663
	%3936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3935
	store i32 %3574, i32 addrspace(3)* %3936
	%3937 = add i32 %3935, 2048
	%3938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3937
	store i32 %3575, i32 addrspace(3)* %3938
	br label %3939

3939:
	%3940 = and i1 %675, %676
	br i1 %3940, label %3941, label %3954

3941:
	%3942 = lshr i32 %3586, 24
	%3943 = and i32 %3942, 15
	%3944 = add i32 8, %4
	%3945 = mul i32 %3943, 64
	%3946 = add i32 %3945, %3944
	%3947 = add i32 0, %3946
	%3948 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3947
	%3949 = load i32, i32 addrspace(3)* %3948
	%3950 = add i32 %3949, %3682
	%3951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3950
	store i32 %3585, i32 addrspace(3)* %3951
	%3952 = add i32 %3950, 2048
	%3953 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3952
	store i32 %3586, i32 addrspace(3)* %3953
	br label %3954

3954:
	%3955 = and i1 %688, %689
	br i1 %3955, label %3956, label %3969

3956:
	%3957 = lshr i32 %3597, 24
	%3958 = and i32 %3957, 15
	%3959 = add i32 16, %4
	%3960 = mul i32 %3958, 64
	%3961 = add i32 %3960, %3959
	%3962 = add i32 0, %3961
	%3963 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3962
	%3964 = load i32, i32 addrspace(3)* %3963
	%3965 = add i32 %3964, %3701
	%3966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3965
	store i32 %3596, i32 addrspace(3)* %3966
	%3967 = add i32 %3965, 2048
	%3968 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3967
	store i32 %3597, i32 addrspace(3)* %3968
	br label %3969

3969:
	%3970 = and i1 %701, %702
	br i1 %3970, label %3971, label %3984

3971:
	%3972 = lshr i32 %3608, 24
	%3973 = and i32 %3972, 15
	%3974 = add i32 24, %4
	%3975 = mul i32 %3973, 64
	%3976 = add i32 %3975, %3974
	%3977 = add i32 0, %3976
	%3978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3977
	%3979 = load i32, i32 addrspace(3)* %3978
	%3980 = add i32 %3979, %3720
	%3981 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3980
	store i32 %3607, i32 addrspace(3)* %3981
	%3982 = add i32 %3980, 2048
	%3983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3982
	store i32 %3608, i32 addrspace(3)* %3983
	br label %3984

3984:
	%3985 = and i1 %714, %715
	br i1 %3985, label %3986, label %3999

3986:
	%3987 = lshr i32 %3619, 24
	%3988 = and i32 %3987, 15
	%3989 = add i32 32, %4
	%3990 = mul i32 %3988, 64
	%3991 = add i32 %3990, %3989
	%3992 = add i32 0, %3991
	%3993 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3992
	%3994 = load i32, i32 addrspace(3)* %3993
	%3995 = add i32 %3994, %3739
	%3996 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3995
	store i32 %3618, i32 addrspace(3)* %3996
	%3997 = add i32 %3995, 2048
	%3998 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3997
	store i32 %3619, i32 addrspace(3)* %3998
	br label %3999

3999:
	%4000 = and i1 %727, %728
	br i1 %4000, label %4001, label %4014

4001:
	%4002 = lshr i32 %3630, 24
	%4003 = and i32 %4002, 15
	%4004 = add i32 40, %4
	%4005 = mul i32 %4003, 64
	%4006 = add i32 %4005, %4004
	%4007 = add i32 0, %4006
	%4008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4007
	%4009 = load i32, i32 addrspace(3)* %4008
	%4010 = add i32 %4009, %3758
	%4011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4010
	store i32 %3629, i32 addrspace(3)* %4011
	%4012 = add i32 %4010, 2048
	%4013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4012
	store i32 %3630, i32 addrspace(3)* %4013
	br label %4014

4014:
	%4015 = and i1 %740, %741
	br i1 %4015, label %4016, label %4029

4016:
	%4017 = lshr i32 %3641, 24
	%4018 = and i32 %4017, 15
	%4019 = add i32 48, %4
	%4020 = mul i32 %4018, 64
	%4021 = add i32 %4020, %4019
	%4022 = add i32 0, %4021
	%4023 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4022
	%4024 = load i32, i32 addrspace(3)* %4023
	%4025 = add i32 %4024, %3777
	%4026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4025
	store i32 %3640, i32 addrspace(3)* %4026
	%4027 = add i32 %4025, 2048
	%4028 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4027
	store i32 %3641, i32 addrspace(3)* %4028
	br label %4029

4029:
	%4030 = and i1 %753, %754
	br i1 %4030, label %4031, label %4044

4031:
	%4032 = lshr i32 %3652, 24
	%4033 = and i32 %4032, 15
	%4034 = add i32 56, %4
	%4035 = mul i32 %4033, 64
	%4036 = add i32 %4035, %4034
	%4037 = add i32 0, %4036
	%4038 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4037
	%4039 = load i32, i32 addrspace(3)* %4038
	%4040 = add i32 %4039, %3796
	%4041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4040
	store i32 %3651, i32 addrspace(3)* %4041
	%4042 = add i32 %4040, 2048
	%4043 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4042
	store i32 %3652, i32 addrspace(3)* %4043
	br label %4044

4044:
	call void @llvm.nvvm.barrier0()
	%4045 = add i32 0, %0
	%4046 = and i1 %662, %663
	br i1 %4046, label %4047, label %4053

4047:
	%4048 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4045
	%4049 = load i32, i32 addrspace(3)* %4048
	%4050 = add i32 %4045, 2048
	%4051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4050
	%4052 = load i32, i32 addrspace(3)* %4051
	br label %4053

4053:
	%4054 = phi i32 [ %3574, %4044 ], [ %4049, %4047 ]
	%4055 = phi i32 [ %3575, %4044 ], [ %4052, %4047 ]
	%4056 = add i32 256, %0
	%4057 = and i1 %675, %676
	br i1 %4057, label %4058, label %4064

4058:
	%4059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4056
	%4060 = load i32, i32 addrspace(3)* %4059
	%4061 = add i32 %4056, 2048
	%4062 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4061
	%4063 = load i32, i32 addrspace(3)* %4062
	br label %4064

4064:
	%4065 = phi i32 [ %3585, %4053 ], [ %4060, %4058 ]
	%4066 = phi i32 [ %3586, %4053 ], [ %4063, %4058 ]
	%4067 = add i32 512, %0
	%4068 = and i1 %688, %689
	br i1 %4068, label %4069, label %4075

4069:
	%4070 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4067
	%4071 = load i32, i32 addrspace(3)* %4070
	%4072 = add i32 %4067, 2048
	%4073 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4072
	%4074 = load i32, i32 addrspace(3)* %4073
	br label %4075

4075:
	%4076 = phi i32 [ %3596, %4064 ], [ %4071, %4069 ]
	%4077 = phi i32 [ %3597, %4064 ], [ %4074, %4069 ]
	%4078 = add i32 768, %0
	%4079 = and i1 %701, %702
	br i1 %4079, label %4080, label %4086

4080:
	%4081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4078
	%4082 = load i32, i32 addrspace(3)* %4081
	%4083 = add i32 %4078, 2048
	%4084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4083
	%4085 = load i32, i32 addrspace(3)* %4084
	br label %4086

4086:
	%4087 = phi i32 [ %3607, %4075 ], [ %4082, %4080 ]
	%4088 = phi i32 [ %3608, %4075 ], [ %4085, %4080 ]
	%4089 = add i32 1024, %0
	%4090 = and i1 %714, %715
	br i1 %4090, label %4091, label %4097

4091:
	%4092 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4089
	%4093 = load i32, i32 addrspace(3)* %4092
	%4094 = add i32 %4089, 2048
	%4095 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4094
	%4096 = load i32, i32 addrspace(3)* %4095
	br label %4097

4097:
	%4098 = phi i32 [ %3618, %4086 ], [ %4093, %4091 ]
	%4099 = phi i32 [ %3619, %4086 ], [ %4096, %4091 ]
	%4100 = add i32 1280, %0
	%4101 = and i1 %727, %728
	br i1 %4101, label %4102, label %4108

4102:
	%4103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4100
	%4104 = load i32, i32 addrspace(3)* %4103
	%4105 = add i32 %4100, 2048
	%4106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4105
	%4107 = load i32, i32 addrspace(3)* %4106
	br label %4108

4108:
	%4109 = phi i32 [ %3629, %4097 ], [ %4104, %4102 ]
	%4110 = phi i32 [ %3630, %4097 ], [ %4107, %4102 ]
	%4111 = add i32 1536, %0
	%4112 = and i1 %740, %741
	br i1 %4112, label %4113, label %4119

4113:
	%4114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4111
	%4115 = load i32, i32 addrspace(3)* %4114
	%4116 = add i32 %4111, 2048
	%4117 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4116
	%4118 = load i32, i32 addrspace(3)* %4117
	br label %4119

4119:
	%4120 = phi i32 [ %3640, %4108 ], [ %4115, %4113 ]
	%4121 = phi i32 [ %3641, %4108 ], [ %4118, %4113 ]
	%4122 = add i32 1792, %0
	%4123 = and i1 %753, %754
	br i1 %4123, label %4124, label %4130

4124:
	%4125 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4122
	%4126 = load i32, i32 addrspace(3)* %4125
	%4127 = add i32 %4122, 2048
	%4128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4127
	%4129 = load i32, i32 addrspace(3)* %4128
	br label %4130

4130:
	%4131 = phi i32 [ %3651, %4119 ], [ %4126, %4124 ]
	%4132 = phi i32 [ %3652, %4119 ], [ %4129, %4124 ]
	br i1 %662, label %4133, label %4142

4133:
	%4134 = lshr i32 %4055, 28
	%4135 = and i32 %4134, 15
	%4136 = select i1 %663, i32 %4135, i32 16
	%4137 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4136)
	%4138 = and i32 %4137, %660
	%4139 = call i32 @llvm.ctpop.i32(i32 %4138)
	%4140 = icmp eq i32 %4139, 0
	%4141 = and i1 %663, %4140
	br i1 %4141, label %4144, label %4151

4142:
	%4143 = phi i32 [ 0, %4130 ], [ %4139, %4151 ]
	br i1 %675, label %4152, label %4161

4144:
	%4145 = call i32 @llvm.ctpop.i32(i32 %4137)
	%4146 = add i32 0, %4
	%4147 = mul i32 %4135, 64
	%4148 = add i32 %4147, %4146
	%4149 = add i32 1024, %4148
	%4150 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4149
	store i32 %4145, i32 addrspace(3)* %4150
	br label %4151

4151:
	br label %4142

4152:
	%4153 = lshr i32 %4066, 28
	%4154 = and i32 %4153, 15
	%4155 = select i1 %676, i32 %4154, i32 16
	%4156 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4155)
	%4157 = and i32 %4156, %660
	%4158 = call i32 @llvm.ctpop.i32(i32 %4157)
	%4159 = icmp eq i32 %4158, 0
	%4160 = and i1 %676, %4159
	br i1 %4160, label %4163, label %4170

4161:
	%4162 = phi i32 [ 0, %4142 ], [ %4158, %4170 ]
	br i1 %688, label %4171, label %4180

4163:
	%4164 = call i32 @llvm.ctpop.i32(i32 %4156)
	%4165 = add i32 8, %4
	%4166 = mul i32 %4154, 64
	%4167 = add i32 %4166, %4165
	%4168 = add i32 1024, %4167
	%4169 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4168
	store i32 %4164, i32 addrspace(3)* %4169
	br label %4170

4170:
	br label %4161

4171:
	%4172 = lshr i32 %4077, 28
	%4173 = and i32 %4172, 15
	%4174 = select i1 %689, i32 %4173, i32 16
	%4175 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4174)
	%4176 = and i32 %4175, %660
	%4177 = call i32 @llvm.ctpop.i32(i32 %4176)
	%4178 = icmp eq i32 %4177, 0
	%4179 = and i1 %689, %4178
	br i1 %4179, label %4182, label %4189

4180:
	%4181 = phi i32 [ 0, %4161 ], [ %4177, %4189 ]
	br i1 %701, label %4190, label %4199

4182:
	%4183 = call i32 @llvm.ctpop.i32(i32 %4175)
	%4184 = add i32 16, %4
	%4185 = mul i32 %4173, 64
	%4186 = add i32 %4185, %4184
	%4187 = add i32 1024, %4186
	%4188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4187
	store i32 %4183, i32 addrspace(3)* %4188
	br label %4189

4189:
	br label %4180

4190:
	%4191 = lshr i32 %4088, 28
	%4192 = and i32 %4191, 15
	%4193 = select i1 %702, i32 %4192, i32 16
	%4194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4193)
	%4195 = and i32 %4194, %660
	%4196 = call i32 @llvm.ctpop.i32(i32 %4195)
	%4197 = icmp eq i32 %4196, 0
	%4198 = and i1 %702, %4197
	br i1 %4198, label %4201, label %4208

4199:
	%4200 = phi i32 [ 0, %4180 ], [ %4196, %4208 ]
	br i1 %714, label %4209, label %4218

4201:
	%4202 = call i32 @llvm.ctpop.i32(i32 %4194)
	%4203 = add i32 24, %4
	%4204 = mul i32 %4192, 64
	%4205 = add i32 %4204, %4203
	%4206 = add i32 1024, %4205
	%4207 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4206
	store i32 %4202, i32 addrspace(3)* %4207
	br label %4208

4208:
	br label %4199

4209:
	%4210 = lshr i32 %4099, 28
	%4211 = and i32 %4210, 15
	%4212 = select i1 %715, i32 %4211, i32 16
	%4213 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4212)
	%4214 = and i32 %4213, %660
	%4215 = call i32 @llvm.ctpop.i32(i32 %4214)
	%4216 = icmp eq i32 %4215, 0
	%4217 = and i1 %715, %4216
	br i1 %4217, label %4220, label %4227

4218:
	%4219 = phi i32 [ 0, %4199 ], [ %4215, %4227 ]
	br i1 %727, label %4228, label %4237

4220:
	%4221 = call i32 @llvm.ctpop.i32(i32 %4213)
	%4222 = add i32 32, %4
	%4223 = mul i32 %4211, 64
	%4224 = add i32 %4223, %4222
	%4225 = add i32 1024, %4224
	%4226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4225
	store i32 %4221, i32 addrspace(3)* %4226
	br label %4227

4227:
	br label %4218

4228:
	%4229 = lshr i32 %4110, 28
	%4230 = and i32 %4229, 15
	%4231 = select i1 %728, i32 %4230, i32 16
	%4232 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4231)
	%4233 = and i32 %4232, %660
	%4234 = call i32 @llvm.ctpop.i32(i32 %4233)
	%4235 = icmp eq i32 %4234, 0
	%4236 = and i1 %728, %4235
	br i1 %4236, label %4239, label %4246

4237:
	%4238 = phi i32 [ 0, %4218 ], [ %4234, %4246 ]
	br i1 %740, label %4247, label %4256

4239:
	%4240 = call i32 @llvm.ctpop.i32(i32 %4232)
	%4241 = add i32 40, %4
	%4242 = mul i32 %4230, 64
	%4243 = add i32 %4242, %4241
	%4244 = add i32 1024, %4243
	%4245 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4244
	store i32 %4240, i32 addrspace(3)* %4245
	br label %4246

4246:
	br label %4237

4247:
	%4248 = lshr i32 %4121, 28
	%4249 = and i32 %4248, 15
	%4250 = select i1 %741, i32 %4249, i32 16
	%4251 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4250)
	%4252 = and i32 %4251, %660
	%4253 = call i32 @llvm.ctpop.i32(i32 %4252)
	%4254 = icmp eq i32 %4253, 0
	%4255 = and i1 %741, %4254
	br i1 %4255, label %4258, label %4265

4256:
	%4257 = phi i32 [ 0, %4237 ], [ %4253, %4265 ]
	br i1 %753, label %4266, label %4275

4258:
	%4259 = call i32 @llvm.ctpop.i32(i32 %4251)
	%4260 = add i32 48, %4
	%4261 = mul i32 %4249, 64
	%4262 = add i32 %4261, %4260
	%4263 = add i32 1024, %4262
	%4264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4263
	store i32 %4259, i32 addrspace(3)* %4264
	br label %4265

4265:
	br label %4256

4266:
	%4267 = lshr i32 %4132, 28
	%4268 = and i32 %4267, 15
	%4269 = select i1 %754, i32 %4268, i32 16
	%4270 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4269)
	%4271 = and i32 %4270, %660
	%4272 = call i32 @llvm.ctpop.i32(i32 %4271)
	%4273 = icmp eq i32 %4272, 0
	%4274 = and i1 %754, %4273
	br i1 %4274, label %4320, label %4327

4275:
	%4276 = phi i32 [ 0, %4256 ], [ %4272, %4327 ]
	call void @llvm.nvvm.barrier0()
	%4277 = mul i32 %0, 4
	%4278 = add i32 %4277, 1024
	%4279 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4278
	%4280 = load i32, i32 addrspace(3)* %4279
	%4281 = add i32 0, %4280
	%4282 = mul i32 %0, 4
	%4283 = add i32 %4282, 1025
	%4284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4283
	%4285 = load i32, i32 addrspace(3)* %4284
	%4286 = add i32 %4281, %4285
	%4287 = mul i32 %0, 4
	%4288 = add i32 %4287, 1026
	%4289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4288
	%4290 = load i32, i32 addrspace(3)* %4289
	%4291 = add i32 %4286, %4290
	%4292 = mul i32 %0, 4
	%4293 = add i32 %4292, 1027
	%4294 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4293
	%4295 = load i32, i32 addrspace(3)* %4294
	%4296 = add i32 %4291, %4295
	%4297 = and i32 %0, 31
	%4298 = lshr i32 %0, 5
	%4299 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4296, i32 1, i32 0)
	%4300 = icmp uge i32 %4297, 1
	%4301 = select i1 %4300, i32 %4299, i32 0
	%4302 = add i32 %4296, %4301
	%4303 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4302, i32 2, i32 0)
	%4304 = icmp uge i32 %4297, 2
	%4305 = select i1 %4304, i32 %4303, i32 0
	%4306 = add i32 %4302, %4305
	%4307 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4306, i32 4, i32 0)
	%4308 = icmp uge i32 %4297, 4
	%4309 = select i1 %4308, i32 %4307, i32 0
	%4310 = add i32 %4306, %4309
	%4311 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4310, i32 8, i32 0)
	%4312 = icmp uge i32 %4297, 8
	%4313 = select i1 %4312, i32 %4311, i32 0
	%4314 = add i32 %4310, %4313
	%4315 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4314, i32 16, i32 0)
	%4316 = icmp uge i32 %4297, 16
	%4317 = select i1 %4316, i32 %4315, i32 0
	%4318 = add i32 %4314, %4317
	%4319 = icmp eq i32 %4297, 31
	br i1 %4319, label %4328, label %4330

4320:
	%4321 = call i32 @llvm.ctpop.i32(i32 %4270)
	%4322 = add i32 56, %4
	%4323 = mul i32 %4268, 64
	%4324 = add i32 %4323, %4322
	%4325 = add i32 1024, %4324
	%4326 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4325
	store i32 %4321, i32 addrspace(3)* %4326
	br label %4327

4327:
	br label %4275

4328:
	%4329 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4298
	store i32 %4318, i32 addrspace(3)* %4329
	br label %4330

4330:
	call void @llvm.nvvm.barrier0()
	%4331 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4332 = load i32, i32 addrspace(3)* %4331
	%4333 = icmp sgt i32 %4298, 0
	%4334 = select i1 %4333, i32 %4332, i32 0
	%4335 = add i32 0, %4334
	%4336 = add i32 0, %4332
	%4337 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4338 = load i32, i32 addrspace(3)* %4337
	%4339 = icmp sgt i32 %4298, 1
	%4340 = select i1 %4339, i32 %4338, i32 0
	%4341 = add i32 %4335, %4340
	%4342 = add i32 %4336, %4338
	%4343 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4344 = load i32, i32 addrspace(3)* %4343
	%4345 = icmp sgt i32 %4298, 2
	%4346 = select i1 %4345, i32 %4344, i32 0
	%4347 = add i32 %4341, %4346
	%4348 = add i32 %4342, %4344
	%4349 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4350 = load i32, i32 addrspace(3)* %4349
	%4351 = icmp sgt i32 %4298, 3
	%4352 = select i1 %4351, i32 %4350, i32 0
	%4353 = add i32 %4347, %4352
	%4354 = add i32 %4348, %4350
	%4355 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4356 = load i32, i32 addrspace(3)* %4355
	%4357 = icmp sgt i32 %4298, 4
	%4358 = select i1 %4357, i32 %4356, i32 0
	%4359 = add i32 %4353, %4358
	%4360 = add i32 %4354, %4356
	%4361 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4362 = load i32, i32 addrspace(3)* %4361
	%4363 = icmp sgt i32 %4298, 5
	%4364 = select i1 %4363, i32 %4362, i32 0
	%4365 = add i32 %4359, %4364
	%4366 = add i32 %4360, %4362
	%4367 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4368 = load i32, i32 addrspace(3)* %4367
	%4369 = icmp sgt i32 %4298, 6
	%4370 = select i1 %4369, i32 %4368, i32 0
	%4371 = add i32 %4365, %4370
	%4372 = add i32 %4366, %4368
	%4373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4374 = load i32, i32 addrspace(3)* %4373
	%4375 = icmp sgt i32 %4298, 7
	%4376 = select i1 %4375, i32 %4374, i32 0
	%4377 = add i32 %4371, %4376
	%4378 = add i32 %4372, %4374
	%4379 = add i32 %4377, %4318
	%4380 = sub i32 %4379, %4296
	%4381 = mul i32 %0, 4
	%4382 = add i32 %4381, 1024
	%4383 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4382
	store i32 %4380, i32 addrspace(3)* %4383
	%4384 = add i32 %4380, %4280
	%4385 = mul i32 %0, 4
	%4386 = add i32 %4385, 1025
	%4387 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4386
	store i32 %4384, i32 addrspace(3)* %4387
	%4388 = add i32 %4384, %4285
	%4389 = mul i32 %0, 4
	%4390 = add i32 %4389, 1026
	%4391 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4390
	store i32 %4388, i32 addrspace(3)* %4391
	%4392 = add i32 %4388, %4290
	%4393 = mul i32 %0, 4
	%4394 = add i32 %4393, 1027
	%4395 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4394
	store i32 %4392, i32 addrspace(3)* %4395
	%4396 = add i32 %4392, %4295
	%4397 = add i32 %0, 0
	%4398 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4397
	store i32 0, i32 addrspace(3)* %4398
	%4399 = add i32 %0, 256
	%4400 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4399
	store i32 0, i32 addrspace(3)* %4400
	%4401 = add i32 %0, 512
	%4402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4401
	store i32 0, i32 addrspace(3)* %4402
	%4403 = add i32 %0, 768
	%4404 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4403
	store i32 0, i32 addrspace(3)* %4404
	call void @llvm.nvvm.barrier0()
	%4405 = and i1 %662, %663
	br i1 %4405, label %4406, label %4424

4406:
	%4407 = lshr i32 %4055, 28
	%4408 = and i32 %4407, 15
	%4409 = add i32 0, %4
	%4410 = mul i32 %4408, 64
	%4411 = add i32 %4410, %4409
	%4412 = add i32 1024, %4411
	%4413 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4412
	%4414 = load i32, i32 addrspace(3)* %4413
	%4415 = add i32 %4414, %4143
	%4416 = add i32 %437, %4415
	%4417 = add i32 %13, %4416
	%4418 = sext i32 %4417 to i64
	%4419 = getelementptr i32, i32* %list, i64 %4418
	store i32 %4054, i32* %4419
	%4420 = add i32 %13, %NK
	%4421 = add i32 %4420, %4416
	%4422 = sext i32 %4421 to i64
	%4423 = getelementptr i32, i32* %list, i64 %4422
	store i32 0, i32* %4423
	br label %4424

4424:
	%4425 = and i1 %675, %676
	br i1 %4425, label %4426, label %4444

4426:
	%4427 = lshr i32 %4066, 28
	%4428 = and i32 %4427, 15
	%4429 = add i32 8, %4
	%4430 = mul i32 %4428, 64
	%4431 = add i32 %4430, %4429
	%4432 = add i32 1024, %4431
	%4433 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4432
	%4434 = load i32, i32 addrspace(3)* %4433
	%4435 = add i32 %4434, %4162
	%4436 = add i32 %437, %4435
	%4437 = add i32 %13, %4436
	%4438 = sext i32 %4437 to i64
	%4439 = getelementptr i32, i32* %list, i64 %4438
	store i32 %4065, i32* %4439
	%4440 = add i32 %13, %NK
	%4441 = add i32 %4440, %4436
	%4442 = sext i32 %4441 to i64
	%4443 = getelementptr i32, i32* %list, i64 %4442
	store i32 0, i32* %4443
	br label %4444

4444:
	%4445 = and i1 %688, %689
	br i1 %4445, label %4446, label %4464

4446:
	%4447 = lshr i32 %4077, 28
	%4448 = and i32 %4447, 15
	%4449 = add i32 16, %4
	%4450 = mul i32 %4448, 64
	%4451 = add i32 %4450, %4449
	%4452 = add i32 1024, %4451
	%4453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4452
	%4454 = load i32, i32 addrspace(3)* %4453
	%4455 = add i32 %4454, %4181
	%4456 = add i32 %437, %4455
	%4457 = add i32 %13, %4456
	%4458 = sext i32 %4457 to i64
	%4459 = getelementptr i32, i32* %list, i64 %4458
	store i32 %4076, i32* %4459
	%4460 = add i32 %13, %NK
	%4461 = add i32 %4460, %4456
	%4462 = sext i32 %4461 to i64
	%4463 = getelementptr i32, i32* %list, i64 %4462
	store i32 0, i32* %4463
	br label %4464

4464:
	%4465 = and i1 %701, %702
	br i1 %4465, label %4466, label %4484

4466:
	%4467 = lshr i32 %4088, 28
	%4468 = and i32 %4467, 15
	%4469 = add i32 24, %4
	%4470 = mul i32 %4468, 64
	%4471 = add i32 %4470, %4469
	%4472 = add i32 1024, %4471
	%4473 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4472
	%4474 = load i32, i32 addrspace(3)* %4473
	%4475 = add i32 %4474, %4200
	%4476 = add i32 %437, %4475
	%4477 = add i32 %13, %4476
	%4478 = sext i32 %4477 to i64
	%4479 = getelementptr i32, i32* %list, i64 %4478
	store i32 %4087, i32* %4479
	%4480 = add i32 %13, %NK
	%4481 = add i32 %4480, %4476
	%4482 = sext i32 %4481 to i64
	%4483 = getelementptr i32, i32* %list, i64 %4482
	store i32 0, i32* %4483
	br label %4484

4484:
	%4485 = and i1 %714, %715
	br i1 %4485, label %4486, label %4504

4486:
	%4487 = lshr i32 %4099, 28
	%4488 = and i32 %4487, 15
	%4489 = add i32 32, %4
	%4490 = mul i32 %4488, 64
	%4491 = add i32 %4490, %4489
	%4492 = add i32 1024, %4491
	%4493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4492
	%4494 = load i32, i32 addrspace(3)* %4493
	%4495 = add i32 %4494, %4219
	%4496 = add i32 %437, %4495
	%4497 = add i32 %13, %4496
	%4498 = sext i32 %4497 to i64
	%4499 = getelementptr i32, i32* %list, i64 %4498
	store i32 %4098, i32* %4499
	%4500 = add i32 %13, %NK
	%4501 = add i32 %4500, %4496
	%4502 = sext i32 %4501 to i64
	%4503 = getelementptr i32, i32* %list, i64 %4502
	store i32 0, i32* %4503
	br label %4504

4504:
	%4505 = and i1 %727, %728
	br i1 %4505, label %4506, label %4524

4506:
	%4507 = lshr i32 %4110, 28
	%4508 = and i32 %4507, 15
	%4509 = add i32 40, %4
	%4510 = mul i32 %4508, 64
	%4511 = add i32 %4510, %4509
	%4512 = add i32 1024, %4511
	%4513 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4512
	%4514 = load i32, i32 addrspace(3)* %4513
	%4515 = add i32 %4514, %4238
	%4516 = add i32 %437, %4515
	%4517 = add i32 %13, %4516
	%4518 = sext i32 %4517 to i64
	%4519 = getelementptr i32, i32* %list, i64 %4518
	store i32 %4109, i32* %4519
	%4520 = add i32 %13, %NK
	%4521 = add i32 %4520, %4516
	%4522 = sext i32 %4521 to i64
	%4523 = getelementptr i32, i32* %list, i64 %4522
	store i32 0, i32* %4523
	br label %4524

4524:
	%4525 = and i1 %740, %741
	br i1 %4525, label %4526, label %4544

4526:
	%4527 = lshr i32 %4121, 28
	%4528 = and i32 %4527, 15
	%4529 = add i32 48, %4
	%4530 = mul i32 %4528, 64
	%4531 = add i32 %4530, %4529
	%4532 = add i32 1024, %4531
	%4533 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4532
	%4534 = load i32, i32 addrspace(3)* %4533
	%4535 = add i32 %4534, %4257
	%4536 = add i32 %437, %4535
	%4537 = add i32 %13, %4536
	%4538 = sext i32 %4537 to i64
	%4539 = getelementptr i32, i32* %list, i64 %4538
	store i32 %4120, i32* %4539
	%4540 = add i32 %13, %NK
	%4541 = add i32 %4540, %4536
	%4542 = sext i32 %4541 to i64
	%4543 = getelementptr i32, i32* %list, i64 %4542
	store i32 0, i32* %4543
	br label %4544

4544:
	%4545 = and i1 %753, %754
	br i1 %4545, label %4546, label %4564

4546:
	%4547 = lshr i32 %4132, 28
	%4548 = and i32 %4547, 15
	%4549 = add i32 56, %4
	%4550 = mul i32 %4548, 64
	%4551 = add i32 %4550, %4549
	%4552 = add i32 1024, %4551
	%4553 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4552
	%4554 = load i32, i32 addrspace(3)* %4553
	%4555 = add i32 %4554, %4276
	%4556 = add i32 %437, %4555
	%4557 = add i32 %13, %4556
	%4558 = sext i32 %4557 to i64
	%4559 = getelementptr i32, i32* %list, i64 %4558
	store i32 %4131, i32* %4559
	%4560 = add i32 %13, %NK
	%4561 = add i32 %4560, %4556
	%4562 = sext i32 %4561 to i64
	%4563 = getelementptr i32, i32* %list, i64 %4562
	store i32 0, i32* %4563
	br label %4564

4564:
	br label %write_done

4565:
	%4566 = phi i32 [ %647, %write_sort ], [ %4570, %4568 ]
	%4567 = icmp slt i32 %4566, %646
	br i1 %4567, label %4568, label %4571

4568:
	%4569 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4566
	store i32 -1, i32 addrspace(3)* %4569
	%4570 = add i32 %4566, 256
	br label %4565

4571:
	call void @llvm.nvvm.barrier0()
	%4572 = add i32 %645, 1
	br label %4573

4573:
	%4574 = phi i32 [ 1, %4571 ], [ %4590, %4589 ]
	%4575 = icmp slt i32 %4574, %4572
	br i1 %4575, label %4576, label %4578

4576:
	%4577 = shl i32 1, %4574
	br label %4579

4578:
	br label %4631

4579:
	%4580 = phi i32 [ 0, %4576 ], [ %4625, %4624 ]
	%4581 = icmp slt i32 %4580, %4574
	br i1 %4581, label %4582, label %4589

4582:
	%4583 = sub i32 %4574, 1
	%4584 = sub i32 %4583, %4580
	%4585 = shl i32 1, %4584
	%4586 = sub i32 %4574, 1
	%4587 = sub i32 %4586, %4580
	%4588 = lshr i32 %646, 1
	br label %4591

4589:
	%4590 = add i32 %4574, 1
	br label %4573

4591:
	%4592 = phi i32 [ %0, %4582 ], [ %4630, %4629 ]
	%4593 = icmp slt i32 %4592, %4588
	br i1 %4593, label %4594, label %4624

4594:
	%4595 = lshr i32 %4592, %4587
	%4596 = add i32 %4587, 1
	%4597 = shl i32 %4595, %4596
	%4598 = sub i32 %4585, 1
	%4599 = and i32 %4592, %4598
	%4600 = or i32 %4597, %4599
	%4601 = or i32 %4600, %4585
	%4602 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4600
	%4603 = load i32, i32 addrspace(3)* %4602
	%4604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4601
	%4605 = load i32, i32 addrspace(3)* %4604
	%4606 = and i32 %4600, %4577
	%4607 = icmp eq i32 %4606, 0
	%4608 = icmp sge i32 %4605, 0
	%4609 = select i1 %4608, i32 %4605, i32 0
	%4610 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4609
	%4611 = load i32, i32 addrspace(3)* %4610
	%4612 = select i1 %4608, i32 %4611, i32 0
	%4613 = icmp sge i32 %4603, 0
	%4614 = select i1 %4613, i32 %4603, i32 0
	%4615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4614
	%4616 = load i32, i32 addrspace(3)* %4615
	%4617 = select i1 %4613, i32 %4616, i32 0
	%4618 = icmp ugt i32 %4612, %4617
	%4619 = icmp eq i32 %4612, %4617
	%4620 = icmp slt i32 %4605, %4603
	%4621 = and i1 %4619, %4620
	%4622 = or i1 %4618, %4621
	%4623 = icmp eq i1 %4622, %4607
	br i1 %4623, label %4626, label %4629

4624:
	call void @llvm.nvvm.barrier0()
	%4625 = add i32 %4580, 1
	br label %4579

4626:
	%4627 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4600
	store i32 %4605, i32 addrspace(3)* %4627
	%4628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4601
	store i32 %4603, i32 addrspace(3)* %4628
	br label %4629

4629:
	%4630 = add i32 %4592, 256
	br label %4591

4631:
	%4632 = phi i32 [ %0, %4578 ], [ %4645, %4634 ]
	%4633 = icmp slt i32 %4632, %440
	br i1 %4633, label %4634, label %4646

4634:
	%4635 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4632
	%4636 = load i32, i32 addrspace(3)* %4635
	%4637 = add i32 %437, %4632
	%4638 = add i32 %13, %4637
	%4639 = sext i32 %4638 to i64
	%4640 = getelementptr i32, i32* %list, i64 %4639
	store i32 %4636, i32* %4640
	%4641 = add i32 %13, %NK
	%4642 = add i32 %4641, %4637
	%4643 = sext i32 %4642 to i64
	%4644 = getelementptr i32, i32* %list, i64 %4643
	store i32 0, i32* %4644
	%4645 = add i32 %4632, 256
	br label %4631

4646:
	br label %write_done

4647:
	%4648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4649 = load i32, i32 addrspace(3)* %4648
	%4650 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4649
	%4651 = load i32, i32 addrspace(3)* %4650
	%4652 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %4651, i32 addrspace(3)* %4652
	br label %4653

4653:
	call void @llvm.nvvm.barrier0()
	br i1 %634, label %4654, label %4659

4654:
	%4655 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4656 = load i32, i32 addrspace(3)* %4655
	%4657 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%4658 = load i32, i32 addrspace(3)* %4657
	br label %4660

4659:
	br label %write_done

4660:
	%4661 = phi i32 [ 0, %4654 ], [ %4676, %4664 ]
	%4662 = phi i32 [ 0, %4654 ], [ %4675, %4664 ]
	%4663 = icmp slt i32 %4661, %440
	br i1 %4663, label %4664, label %4677

4664:
	%4665 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %4661
	%4666 = load i32, i32 addrspace(3)* %4665
	%4667 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4661
	%4668 = load i32, i32 addrspace(3)* %4667
	%4669 = icmp ugt i32 %4666, %4658
	%4670 = icmp eq i32 %4666, %4658
	%4671 = icmp slt i32 %4668, %4656
	%4672 = and i1 %4670, %4671
	%4673 = or i1 %4669, %4672
	%4674 = zext i1 %4673 to i32
	%4675 = add i32 %4662, %4674
	%4676 = add i32 %4661, 1
	br label %4660

4677:
	%4678 = add i32 %437, %4662
	%4679 = add i32 %13, %4678
	%4680 = sext i32 %4679 to i64
	%4681 = getelementptr i32, i32* %list, i64 %4680
	store i32 %4656, i32* %4681
	%4682 = add i32 %13, %NK
	%4683 = add i32 %4682, %4678
	%4684 = sext i32 %4683 to i64
	%4685 = getelementptr i32, i32* %list, i64 %4684
	store i32 0, i32* %4685
	br label %4659

4686:
	%4687 = phi i32 [ %657, %write_done ], [ %4697, %4689 ]
	%4688 = icmp slt i32 %4687, %656
	br i1 %4688, label %4689, label %4698

4689:
	%4690 = add i32 %13, %4687
	%4691 = sext i32 %4690 to i64
	%4692 = getelementptr i32, i32* %list, i64 %4691
	store i32 -1, i32* %4692
	%4693 = add i32 %13, %NK
	%4694 = add i32 %4693, %4687
	%4695 = sext i32 %4694 to i64
	%4696 = getelementptr i32, i32* %list, i64 %4695
	store i32 -1, i32* %4696
	%4697 = add i32 %4687, 256
	br label %4686

4698:
	ret void
}
