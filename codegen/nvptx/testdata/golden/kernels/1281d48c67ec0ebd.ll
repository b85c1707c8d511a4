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
	%350 = phi i32 [ %0, %300 ], [ %392, %380 ]
	%351 = phi float [ 0.0, %300 ], [ %391, %380 ]
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
	br i1 %374, label %393, label %394

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
	%385 = bitcast float %359 to i32
	%386 = add i32 %385, 2
	%387 = select i1 %384, i32 1, i32 %386
	%388 = select i1 %357, i32 %387, i32 0
	%389 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %350
	store i32 %388, i32 addrspace(3)* %389
	%390 = uitofp i1 %357 to float
	%391 = fadd float %351, %390
	%392 = add i32 %350, 256
	br label %349

393:
	store float %371, float addrspace(3)* %375
	br label %394

394:
	call void @llvm.nvvm.barrier0()
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%396 = load float, float addrspace(3)* %395
	%397 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%398 = load float, float addrspace(3)* %397
	%399 = fadd float %396, %398
	%400 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%401 = load float, float addrspace(3)* %400
	%402 = fadd float %399, %401
	%403 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%404 = load float, float addrspace(3)* %403
	%405 = fadd float %402, %404
	%406 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%407 = load float, float addrspace(3)* %406
	%408 = fadd float %405, %407
	%409 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%410 = load float, float addrspace(3)* %409
	%411 = fadd float %408, %410
	%412 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%413 = load float, float addrspace(3)* %412
	%414 = fadd float %411, %413
	%415 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%416 = load float, float addrspace(3)* %415
	%417 = fadd float %414, %416
	%418 = fptosi float %417 to i32
	%419 = icmp eq i32 %0, 0
	br i1 %419, label %420, label %424

420:
	%421 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%422 = load i32, i32 addrspace(3)* %421
	%423 = icmp eq i32 %422, 1
	br i1 %423, label %432, label %440

424:
	call void @llvm.nvvm.barrier0()
	%425 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%426 = load i32, i32 addrspace(3)* %425
	%427 = sub i32 %418, %426
	%428 = icmp sgt i32 %427, 0
	%429 = select i1 %428, i32 %427, i32 0
	%430 = shl i32 1, %3
	%431 = sub i32 %430, 1
	br label %486

432:
	%433 = add i32 %13, 0
	%434 = sext i32 %433 to i64
	%435 = getelementptr i32, i32* %list, i64 %434
	store i32 0, i32* %435
	%436 = add i32 %13, %NK
	%437 = add i32 %436, 0
	%438 = sext i32 %437 to i64
	%439 = getelementptr i32, i32* %list, i64 %438
	store i32 1, i32* %439
	br label %440

440:
	%441 = add i32 %11, 0
	%442 = sext i32 %441 to i64
	%443 = getelementptr float, float* %e, i64 %442
	%444 = load float, float* %443
	%445 = add i32 0, 1
	%446 = select i1 %423, i32 %445, i32 0
	%447 = fpext float %444 to double
	%448 = fadd double 0.0, %447
	%449 = select i1 %423, double %448, double 0.0
	%450 = icmp sgt i32 %340, 1
	%451 = select i1 %450, i32 %340, i32 1
	%452 = add i32 %348, 1
	%453 = icmp slt i32 %452, %NK
	%454 = select i1 %453, i32 %452, i32 %NK
	br label %455

455:
	%456 = phi i32 [ %451, %440 ], [ %485, %475 ]
	%457 = phi i32 [ %446, %440 ], [ %481, %475 ]
	%458 = phi double [ %449, %440 ], [ %484, %475 ]
	%459 = icmp slt i32 %456, %454
	br i1 %459, label %460, label %464

460:
	%461 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %456
	%462 = load i32, i32 addrspace(3)* %461
	%463 = icmp eq i32 %462, 1
	br i1 %463, label %467, label %475

464:
	%465 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %457, i32 addrspace(3)* %465
	%466 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %458, double addrspace(3)* %466
	br label %424

467:
	%468 = add i32 %13, %457
	%469 = sext i32 %468 to i64
	%470 = getelementptr i32, i32* %list, i64 %469
	store i32 %456, i32* %470
	%471 = add i32 %13, %NK
	%472 = add i32 %471, %457
	%473 = sext i32 %472 to i64
	%474 = getelementptr i32, i32* %list, i64 %473
	store i32 1, i32* %474
	br label %475

475:
	%476 = add i32 %11, %456
	%477 = sext i32 %476 to i64
	%478 = getelementptr float, float* %e, i64 %477
	%479 = load float, float* %478
	%480 = add i32 %457, 1
	%481 = select i1 %463, i32 %480, i32 %457
	%482 = fpext float %479 to double
	%483 = fadd double %458, %482
	%484 = select i1 %463, double %483, double %458
	%485 = add i32 %456, 1
	br label %455

486:
	%487 = phi i32 [ 0, %424 ], [ %535, %534 ]
	%488 = icmp slt i32 %487, %16
	br i1 %488, label %489, label %497

489:
	%490 = add i32 %487, %0
	%491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %490
	%492 = load i32, i32 addrspace(3)* %491
	%493 = icmp ugt i32 %492, 1
	%494 = icmp eq i32 %492, 1
	%495 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %493)
	%496 = icmp eq i32 %3, 0
	br i1 %496, label %528, label %534

497:
	call void @llvm.nvvm.barrier0()
	%498 = sdiv i32 %16, 256
	%499 = mul i32 %498, 8
	%500 = icmp slt i32 %0, %499
	%501 = select i1 %500, i32 %0, i32 0
	%502 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %501
	%503 = load i32, i32 addrspace(3)* %502
	%504 = select i1 %500, i32 %503, i32 0
	%505 = and i32 %0, 31
	%506 = lshr i32 %0, 5
	%507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %504, i32 1, i32 0)
	%508 = icmp uge i32 %505, 1
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %504, %509
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
	br i1 %527, label %536, label %538

528:
	%529 = sdiv i32 %487, 256
	%530 = mul i32 %529, 8
	%531 = add i32 %530, %4
	%532 = call i32 @llvm.ctpop.i32(i32 %495)
	%533 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %531
	store i32 %532, i32 addrspace(3)* %533
	br label %534

534:
	%535 = add i32 %487, 256
	br label %486

536:
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %506
	store i32 %526, i32 addrspace(3)* %537
	br label %538

538:
	call void @llvm.nvvm.barrier0()
	%539 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%540 = load i32, i32 addrspace(3)* %539
	%541 = icmp sgt i32 %506, 0
	%542 = select i1 %541, i32 %540, i32 0
	%543 = add i32 0, %542
	%544 = add i32 0, %540
	%545 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%546 = load i32, i32 addrspace(3)* %545
	%547 = icmp sgt i32 %506, 1
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %543, %548
	%550 = add i32 %544, %546
	%551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%552 = load i32, i32 addrspace(3)* %551
	%553 = icmp sgt i32 %506, 2
	%554 = select i1 %553, i32 %552, i32 0
	%555 = add i32 %549, %554
	%556 = add i32 %550, %552
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%558 = load i32, i32 addrspace(3)* %557
	%559 = icmp sgt i32 %506, 3
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %555, %560
	%562 = add i32 %556, %558
	%563 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%564 = load i32, i32 addrspace(3)* %563
	%565 = icmp sgt i32 %506, 4
	%566 = select i1 %565, i32 %564, i32 0
	%567 = add i32 %561, %566
	%568 = add i32 %562, %564
	%569 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%570 = load i32, i32 addrspace(3)* %569
	%571 = icmp sgt i32 %506, 5
	%572 = select i1 %571, i32 %570, i32 0
	%573 = add i32 %567, %572
	%574 = add i32 %568, %570
	%575 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%576 = load i32, i32 addrspace(3)* %575
	%577 = icmp sgt i32 %506, 6
	%578 = select i1 %577, i32 %576, i32 0
	%579 = add i32 %573, %578
	%580 = add i32 %574, %576
	%581 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%582 = load i32, i32 addrspace(3)* %581
	%583 = icmp sgt i32 %506, 7
	%584 = select i1 %583, i32 %582, i32 0
	%585 = add i32 %579, %584
	%586 = add i32 %580, %582
	%587 = add i32 %585, %526
	%588 = sub i32 %587, %504
	br i1 %500, label %589, label %591

589:
	%590 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %588, i32 addrspace(3)* %590
	br label %591

591:
	call void @llvm.nvvm.barrier0()
	br label %592

592:
	%593 = phi i32 [ 0, %591 ], [ %618, %617 ]
	%594 = icmp slt i32 %593, %16
	br i1 %594, label %595, label %611

595:
	%596 = add i32 %593, %0
	%597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %596
	%598 = load i32, i32 addrspace(3)* %597
	%599 = icmp ugt i32 %598, 1
	%600 = icmp eq i32 %598, 1
	%601 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %599)
	%602 = sdiv i32 %593, 256
	%603 = mul i32 %602, 8
	%604 = add i32 %603, %4
	%605 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %599)
	%606 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %604
	%607 = load i32, i32 addrspace(3)* %606
	%608 = and i32 %605, %431
	%609 = call i32 @llvm.ctpop.i32(i32 %608)
	%610 = add i32 %607, %609
	br i1 %599, label %614, label %617

611:
	call void @llvm.nvvm.barrier0()
	%612 = icmp slt i32 %0, %429
	%613 = icmp sle i32 %429, 256
	br i1 %613, label %write_rank, label %write_long

614:
	%615 = add i32 %593, %0
	%616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %610
	store i32 %615, i32 addrspace(3)* %616
	br label %617

617:
	%618 = add i32 %593, 256
	br label %592

write_rank:
	br i1 %612, label %4625, label %4631

write_sort:
	%619 = sub i32 %429, 1
	%620 = call i32 @llvm.ctlz.i32(i32 %619, i1 false)
	%621 = icmp sgt i32 %429, 1
	%622 = sub i32 32, %620
	%623 = select i1 %621, i32 %622, i32 0
	%624 = shl i32 1, %623
	%625 = add i32 %429, %0
	br label %4543

write_done:
	%626 = add i32 %426, %429
	%627 = icmp sle i32 %M, 16
	%628 = add i32 %626, 1
	%629 = add i32 %426, %429
	%630 = icmp sgt i32 %628, %629
	%631 = select i1 %630, i32 %628, i32 %629
	%632 = icmp slt i32 %631, %NK
	%633 = select i1 %632, i32 %631, i32 %NK
	%634 = select i1 %627, i32 %NK, i32 %633
	%635 = add i32 %626, %0
	br label %4664

write_long:
	%636 = icmp sle i32 %429, 2048
	br i1 %636, label %write_radix, label %write_sort

write_radix:
	%637 = shl i32 1, %3
	%638 = sub i32 %637, 1
	%639 = add i32 0, %0
	%640 = icmp slt i32 0, %429
	%641 = icmp slt i32 %639, %429
	br i1 %640, label %642, label %649

642:
	%643 = select i1 %641, i32 %639, i32 0
	%644 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %643
	%645 = load i32, i32 addrspace(3)* %644
	%646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %645
	%647 = load i32, i32 addrspace(3)* %646
	%648 = xor i32 %647, -1
	br label %649

649:
	%650 = phi i32 [ 0, %write_radix ], [ %645, %642 ]
	%651 = phi i32 [ 0, %write_radix ], [ %648, %642 ]
	%652 = add i32 256, %0
	%653 = icmp slt i32 256, %429
	%654 = icmp slt i32 %652, %429
	br i1 %653, label %655, label %662

655:
	%656 = select i1 %654, i32 %652, i32 0
	%657 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %656
	%658 = load i32, i32 addrspace(3)* %657
	%659 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %658
	%660 = load i32, i32 addrspace(3)* %659
	%661 = xor i32 %660, -1
	br label %662

662:
	%663 = phi i32 [ 0, %649 ], [ %658, %655 ]
	%664 = phi i32 [ 0, %649 ], [ %661, %655 ]
	%665 = add i32 512, %0
	%666 = icmp slt i32 512, %429
	%667 = icmp slt i32 %665, %429
	br i1 %666, label %668, label %675

668:
	%669 = select i1 %667, i32 %665, i32 0
	%670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %669
	%671 = load i32, i32 addrspace(3)* %670
	%672 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %671
	%673 = load i32, i32 addrspace(3)* %672
	%674 = xor i32 %673, -1
	br label %675

675:
	%676 = phi i32 [ 0, %662 ], [ %671, %668 ]
	%677 = phi i32 [ 0, %662 ], [ %674, %668 ]
	%678 = add i32 768, %0
	%679 = icmp slt i32 768, %429
	%680 = icmp slt i32 %678, %429
	br i1 %679, label %681, label %688

681:
	%682 = select i1 %680, i32 %678, i32 0
	%683 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %682
	%684 = load i32, i32 addrspace(3)* %683
	%685 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %684
	%686 = load i32, i32 addrspace(3)* %685
	%687 = xor i32 %686, -1
	br label %688

688:
	%689 = phi i32 [ 0, %675 ], [ %684, %681 ]
	%690 = phi i32 [ 0, %675 ], [ %687, %681 ]
	%691 = add i32 1024, %0
	%692 = icmp slt i32 1024, %429
	%693 = icmp slt i32 %691, %429
	br i1 %692, label %694, label %701

694:
	%695 = select i1 %693, i32 %691, i32 0
	%696 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %695
	%697 = load i32, i32 addrspace(3)* %696
	%698 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %697
	%699 = load i32, i32 addrspace(3)* %698
	%700 = xor i32 %699, -1
	br label %701

701:
	%702 = phi i32 [ 0, %688 ], [ %697, %694 ]
	%703 = phi i32 [ 0, %688 ], [ %700, %694 ]
	%704 = add i32 1280, %0
	%705 = icmp slt i32 1280, %429
	%706 = icmp slt i32 %704, %429
	br i1 %705, label %707, label %714

707:
	%708 = select i1 %706, i32 %704, i32 0
	%709 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %708
	%710 = load i32, i32 addrspace(3)* %709
	%711 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %710
	%712 = load i32, i32 addrspace(3)* %711
	%713 = xor i32 %712, -1
	br label %714

714:
	%715 = phi i32 [ 0, %701 ], [ %710, %707 ]
	%716 = phi i32 [ 0, %701 ], [ %713, %707 ]
	%717 = add i32 1536, %0
	%718 = icmp slt i32 1536, %429
	%719 = icmp slt i32 %717, %429
	br i1 %718, label %720, label %727

720:
	%721 = select i1 %719, i32 %717, i32 0
	%722 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %721
	%723 = load i32, i32 addrspace(3)* %722
	%724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %723
	%725 = load i32, i32 addrspace(3)* %724
	%726 = xor i32 %725, -1
	br label %727

727:
	%728 = phi i32 [ 0, %714 ], [ %723, %720 ]
	%729 = phi i32 [ 0, %714 ], [ %726, %720 ]
	%730 = add i32 1792, %0
	%731 = icmp slt i32 1792, %429
	%732 = icmp slt i32 %730, %429
	br i1 %731, label %733, label %740

733:
	%734 = select i1 %732, i32 %730, i32 0
	%735 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %734
	%736 = load i32, i32 addrspace(3)* %735
	%737 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %736
	%738 = load i32, i32 addrspace(3)* %737
	%739 = xor i32 %738, -1
	br label %740

740:
	%741 = phi i32 [ 0, %727 ], [ %736, %733 ]
	%742 = phi i32 [ 0, %727 ], [ %739, %733 ]
	call void @llvm.nvvm.barrier0()
	%743 = add i32 %0, 0
	%744 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %743
	store i32 0, i32 addrspace(3)* %744
	%745 = add i32 %0, 256
	%746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %745
	store i32 0, i32 addrspace(3)* %746
	%747 = add i32 %0, 512
	%748 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %747
	store i32 0, i32 addrspace(3)* %748
	%749 = add i32 %0, 768
	%750 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %749
	store i32 0, i32 addrspace(3)* %750
	call void @llvm.nvvm.barrier0()
	br i1 %640, label %751, label %760

751:
	%752 = lshr i32 %651, 0
	%753 = and i32 %752, 15
	%754 = select i1 %641, i32 %753, i32 16
	%755 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %754)
	%756 = and i32 %755, %638
	%757 = call i32 @llvm.ctpop.i32(i32 %756)
	%758 = icmp eq i32 %757, 0
	%759 = and i1 %641, %758
	br i1 %759, label %762, label %769

760:
	%761 = phi i32 [ 0, %740 ], [ %757, %769 ]
	br i1 %653, label %770, label %779

762:
	%763 = call i32 @llvm.ctpop.i32(i32 %755)
	%764 = add i32 0, %4
	%765 = mul i32 %753, 64
	%766 = add i32 %765, %764
	%767 = add i32 0, %766
	%768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %767
	store i32 %763, i32 addrspace(3)* %768
	br label %769

769:
	br label %760

770:
	%771 = lshr i32 %664, 0
	%772 = and i32 %771, 15
	%773 = select i1 %654, i32 %772, i32 16
	%774 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %773)
	%775 = and i32 %774, %638
	%776 = call i32 @llvm.ctpop.i32(i32 %775)
	%777 = icmp eq i32 %776, 0
	%778 = and i1 %654, %777
	br i1 %778, label %781, label %788

779:
	%780 = phi i32 [ 0, %760 ], [ %776, %788 ]
	br i1 %666, label %789, label %798

781:
	%782 = call i32 @llvm.ctpop.i32(i32 %774)
	%783 = add i32 8, %4
	%784 = mul i32 %772, 64
	%785 = add i32 %784, %783
	%786 = add i32 0, %785
	%787 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %786
	store i32 %782, i32 addrspace(3)* %787
	br label %788

788:
	br label %779

789:
	%790 = lshr i32 %677, 0
	%791 = and i32 %790, 15
	%792 = select i1 %667, i32 %791, i32 16
	%793 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %792)
	%794 = and i32 %793, %638
	%795 = call i32 @llvm.ctpop.i32(i32 %794)
	%796 = icmp eq i32 %795, 0
	%797 = and i1 %667, %796
	br i1 %797, label %800, label %807

798:
	%799 = phi i32 [ 0, %779 ], [ %795, %807 ]
	br i1 %679, label %808, label %817

800:
	%801 = call i32 @llvm.ctpop.i32(i32 %793)
	%802 = add i32 16, %4
	%803 = mul i32 %791, 64
	%804 = add i32 %803, %802
	%805 = add i32 0, %804
	%806 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %805
	store i32 %801, i32 addrspace(3)* %806
	br label %807

807:
	br label %798

808:
	%809 = lshr i32 %690, 0
	%810 = and i32 %809, 15
	%811 = select i1 %680, i32 %810, i32 16
	%812 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %811)
	%813 = and i32 %812, %638
	%814 = call i32 @llvm.ctpop.i32(i32 %813)
	%815 = icmp eq i32 %814, 0
	%816 = and i1 %680, %815
	br i1 %816, label %819, label %826

817:
	%818 = phi i32 [ 0, %798 ], [ %814, %826 ]
	br i1 %692, label %827, label %836

819:
	%820 = call i32 @llvm.ctpop.i32(i32 %812)
	%821 = add i32 24, %4
	%822 = mul i32 %810, 64
	%823 = add i32 %822, %821
	%824 = add i32 0, %823
	%825 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %824
	store i32 %820, i32 addrspace(3)* %825
	br label %826

826:
	br label %817

827:
	%828 = lshr i32 %703, 0
	%829 = and i32 %828, 15
	%830 = select i1 %693, i32 %829, i32 16
	%831 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %830)
	%832 = and i32 %831, %638
	%833 = call i32 @llvm.ctpop.i32(i32 %832)
	%834 = icmp eq i32 %833, 0
	%835 = and i1 %693, %834
	br i1 %835, label %838, label %845

836:
	%837 = phi i32 [ 0, %817 ], [ %833, %845 ]
	br i1 %705, label %846, label %855

838:
	%839 = call i32 @llvm.ctpop.i32(i32 %831)
	%840 = add i32 32, %4
	%841 = mul i32 %829, 64
	%842 = add i32 %841, %840
	%843 = add i32 0, %842
	%844 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %843
	store i32 %839, i32 addrspace(3)* %844
	br label %845

845:
	br label %836

846:
	%847 = lshr i32 %716, 0
	%848 = and i32 %847, 15
	%849 = select i1 %706, i32 %848, i32 16
	%850 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %849)
	%851 = and i32 %850, %638
	%852 = call i32 @llvm.ctpop.i32(i32 %851)
	%853 = icmp eq i32 %852, 0
	%854 = and i1 %706, %853
	br i1 %854, label %857, label %864

855:
	%856 = phi i32 [ 0, %836 ], [ %852, %864 ]
	br i1 %718, label %865, label %874

857:
	%858 = call i32 @llvm.ctpop.i32(i32 %850)
	%859 = add i32 40, %4
	%860 = mul i32 %848, 64
	%861 = add i32 %860, %859
	%862 = add i32 0, %861
	%863 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %862
	store i32 %858, i32 addrspace(3)* %863
	br label %864

864:
	br label %855

865:
	%866 = lshr i32 %729, 0
	%867 = and i32 %866, 15
	%868 = select i1 %719, i32 %867, i32 16
	%869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %868)
	%870 = and i32 %869, %638
	%871 = call i32 @llvm.ctpop.i32(i32 %870)
	%872 = icmp eq i32 %871, 0
	%873 = and i1 %719, %872
	br i1 %873, label %876, label %883

874:
	%875 = phi i32 [ 0, %855 ], [ %871, %883 ]
	br i1 %731, label %884, label %893

876:
	%877 = call i32 @llvm.ctpop.i32(i32 %869)
	%878 = add i32 48, %4
	%879 = mul i32 %867, 64
	%880 = add i32 %879, %878
	%881 = add i32 0, %880
	%882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %881
	store i32 %877, i32 addrspace(3)* %882
	br label %883

883:
	br label %874

884:
	%885 = lshr i32 %742, 0
	%886 = and i32 %885, 15
	%887 = select i1 %732, i32 %886, i32 16
	%888 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %887)
	%889 = and i32 %888, %638
	%890 = call i32 @llvm.ctpop.i32(i32 %889)
	%891 = icmp eq i32 %890, 0
	%892 = and i1 %732, %891
	br i1 %892, label %938, label %945

893:
	%894 = phi i32 [ 0, %874 ], [ %890, %945 ]
	call void @llvm.nvvm.barrier0()
	%895 = mul i32 %0, 4
	%896 = add i32 %895, 0
	%897 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %896
	%898 = load i32, i32 addrspace(3)* %897
	%899 = add i32 0, %898
	%900 = mul i32 %0, 4
	%901 = add i32 %900, 1
	%902 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %901
	%903 = load i32, i32 addrspace(3)* %902
	%904 = add i32 %899, %903
	%905 = mul i32 %0, 4
	%906 = add i32 %905, 2
	%907 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %906
	%908 = load i32, i32 addrspace(3)* %907
	%909 = add i32 %904, %908
	%910 = mul i32 %0, 4
	%911 = add i32 %910, 3
	%912 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %911
	%913 = load i32, i32 addrspace(3)* %912
	%914 = add i32 %909, %913
	%915 = and i32 %0, 31
	%916 = lshr i32 %0, 5
	%917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %914, i32 1, i32 0)
	%918 = icmp uge i32 %915, 1
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %914, %919
	%921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %920, i32 2, i32 0)
	%922 = icmp uge i32 %915, 2
	%923 = select i1 %922, i32 %921, i32 0
	%924 = add i32 %920, %923
	%925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %924, i32 4, i32 0)
	%926 = icmp uge i32 %915, 4
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %924, %927
	%929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %928, i32 8, i32 0)
	%930 = icmp uge i32 %915, 8
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %928, %931
	%933 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %932, i32 16, i32 0)
	%934 = icmp uge i32 %915, 16
	%935 = select i1 %934, i32 %933, i32 0
	%936 = add i32 %932, %935
	%937 = icmp eq i32 %915, 31
	br i1 %937, label %946, label %948

938:
	%939 = call i32 @llvm.ctpop.i32(i32 %888)
	%940 = add i32 56, %4
	%941 = mul i32 %886, 64
	%942 = add i32 %941, %940
	%943 = add i32 0, %942
	%944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %943
	store i32 %939, i32 addrspace(3)* %944
	br label %945

945:
	br label %893

946:
	%947 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %916
	store i32 %936, i32 addrspace(3)* %947
	br label %948

948:
	call void @llvm.nvvm.barrier0()
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %916, 0
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 0, %952
	%954 = add i32 0, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %916, 1
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %916, 2
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %916, 3
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%974 = load i32, i32 addrspace(3)* %973
	%975 = icmp sgt i32 %916, 4
	%976 = select i1 %975, i32 %974, i32 0
	%977 = add i32 %971, %976
	%978 = add i32 %972, %974
	%979 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%980 = load i32, i32 addrspace(3)* %979
	%981 = icmp sgt i32 %916, 5
	%982 = select i1 %981, i32 %980, i32 0
	%983 = add i32 %977, %982
	%984 = add i32 %978, %980
	%985 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%986 = load i32, i32 addrspace(3)* %985
	%987 = icmp sgt i32 %916, 6
	%988 = select i1 %987, i32 %986, i32 0
	%989 = add i32 %983, %988
	%990 = add i32 %984, %986
	%991 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%992 = load i32, i32 addrspace(3)* %991
	%993 = icmp sgt i32 %916, 7
	%994 = select i1 %993, i32 %992, i32 0
	%995 = add i32 %989, %994
	%996 = add i32 %990, %992
	%997 = add i32 %995, %936
	%998 = sub i32 %997, %914
	%999 = mul i32 %0, 4
	%1000 = add i32 %999, 0
	%1001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1000
	store i32 %998, i32 addrspace(3)* %1001
	%1002 = add i32 %998, %898
	%1003 = mul i32 %0, 4
	%1004 = add i32 %1003, 1
	%1005 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1004
	store i32 %1002, i32 addrspace(3)* %1005
	%1006 = add i32 %1002, %903
	%1007 = mul i32 %0, 4
	%1008 = add i32 %1007, 2
	%1009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1008
	store i32 %1006, i32 addrspace(3)* %1009
	%1010 = add i32 %1006, %908
	%1011 = mul i32 %0, 4
	%1012 = add i32 %1011, 3
	%1013 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1012
	store i32 %1010, i32 addrspace(3)* %1013
	%1014 = add i32 %1010, %913
	%1015 = add i32 %0, 1024
	%1016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1015
	store i32 0, i32 addrspace(3)* %1016
	%1017 = add i32 %0, 1280
	%1018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1017
	store i32 0, i32 addrspace(3)* %1018
	%1019 = add i32 %0, 1536
	%1020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1019
	store i32 0, i32 addrspace(3)* %1020
	%1021 = add i32 %0, 1792
	%1022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1021
	store i32 0, i32 addrspace(3)* %1022
	call void @llvm.nvvm.barrier0()
	%1023 = and i1 %640, %641
	br i1 %1023, label %1024, label %1037

1024:
	%1025 = lshr i32 %651, 0
	%1026 = and i32 %1025, 15
	%1027 = add i32 0, %4
	%1028 = mul i32 %1026, 64
	%1029 = add i32 %1028, %1027
	%1030 = add i32 0, %1029
	%1031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1030
	%1032 = load i32, i32 addrspace(3)* %1031
	%1033 = add i32 %1032, %761
	%1034 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1033
	store i32 %650, i32 addrspace(3)* %1034
	%1035 = add i32 %1033, 2048
	%1036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1035
	store i32 %651, i32 addrspace(3)* %1036
	br label %1037

1037:
	%1038 = and i1 %653, %654
	br i1 %1038, label %1039, label %1052

1039:
	%1040 = lshr i32 %664, 0
	%1041 = and i32 %1040, 15
	%1042 = add i32 8, %4
	%1043 = mul i32 %1041, 64
	%1044 = add i32 %1043, %1042
	%1045 = add i32 0, %1044
	%1046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1045
	%1047 = load i32, i32 addrspace(3)* %1046
	%1048 = add i32 %1047, %780
	%1049 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1048
	store i32 %663, i32 addrspace(3)* %1049
	%1050 = add i32 %1048, 2048
	%1051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1050
	store i32 %664, i32 addrspace(3)* %1051
	br label %1052

1052:
	%1053 = and i1 %666, %667
	br i1 %1053, label %1054, label %1067

1054:
	%1055 = lshr i32 %677, 0
	%1056 = and i32 %1055, 15
	%1057 = add i32 16, %4
	%1058 = mul i32 %1056, 64
	%1059 = add i32 %1058, %1057
	%1060 = add i32 0, %1059
	%1061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1060
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = add i32 %1062, %799
	%1064 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1063
	store i32 %676, i32 addrspace(3)* %1064
	%1065 = add i32 %1063, 2048
	%1066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1065
	store i32 %677, i32 addrspace(3)* %1066
	br label %1067

1067:
	%1068 = and i1 %679, %680
	br i1 %1068, label %1069, label %1082

1069:
	%1070 = lshr i32 %690, 0
	%1071 = and i32 %1070, 15
	%1072 = add i32 24, %4
	%1073 = mul i32 %1071, 64
	%1074 = add i32 %1073, %1072
	%1075 = add i32 0, %1074
	%1076 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1075
	%1077 = load i32, i32 addrspace(3)* %1076
	%1078 = add i32 %1077, %818
	%1079 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1078
	store i32 %689, i32 addrspace(3)* %1079
	%1080 = add i32 %1078, 2048
	%1081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1080
	store i32 %690, i32 addrspace(3)* %1081
	br label %1082

1082:
	%1083 = and i1 %692, %693
	br i1 %1083, label %1084, label %1097

1084:
	%1085 = lshr i32 %703, 0
	%1086 = and i32 %1085, 15
	%1087 = add i32 32, %4
	%1088 = mul i32 %1086, 64
	%1089 = add i32 %1088, %1087
	%1090 = add i32 0, %1089
	%1091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1090
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = add i32 %1092, %837
	%1094 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1093
	store i32 %702, i32 addrspace(3)* %1094
	%1095 = add i32 %1093, 2048
	%1096 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1095
	store i32 %703, i32 addrspace(3)* %1096
	br label %1097

1097:
	%1098 = and i1 %705, %706
	br i1 %1098, label %1099, label %1112

1099:
	%1100 = lshr i32 %716, 0
	%1101 = and i32 %1100, 15
	%1102 = add i32 40, %4
	%1103 = mul i32 %1101, 64
	%1104 = add i32 %1103, %1102
	%1105 = add i32 0, %1104
	%1106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1105
	%1107 = load i32, i32 addrspace(3)* %1106
	%1108 = add i32 %1107, %856
	%1109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1108
	store i32 %715, i32 addrspace(3)* %1109
	%1110 = add i32 %1108, 2048
	%1111 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1110
	store i32 %716, i32 addrspace(3)* %1111
	br label %1112

1112:
	%1113 = and i1 %718, %719
	br i1 %1113, label %1114, label %1127

1114:
	%1115 = lshr i32 %729, 0
	%1116 = and i32 %1115, 15
	%1117 = add i32 48, %4
	%1118 = mul i32 %1116, 64
	%1119 = add i32 %1118, %1117
	%1120 = add i32 0, %1119
	%1121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1120
	%1122 = load i32, i32 addrspace(3)* %1121
	%1123 = add i32 %1122, %875
	%1124 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1123
	store i32 %728, i32 addrspace(3)* %1124
	%1125 = add i32 %1123, 2048
	%1126 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1125
	store i32 %729, i32 addrspace(3)* %1126
	br label %1127

1127:
	%1128 = and i1 %731, %732
	br i1 %1128, label %1129, label %1142

1129:
	%1130 = lshr i32 %742, 0
	%1131 = and i32 %1130, 15
	%1132 = add i32 56, %4
	%1133 = mul i32 %1131, 64
	%1134 = add i32 %1133, %1132
	%1135 = add i32 0, %1134
	%1136 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1135
	%1137 = load i32, i32 addrspace(3)* %1136
	%1138 = add i32 %1137, %894
	%1139 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1138
	store i32 %741, i32 addrspace(3)* %1139
	%1140 = add i32 %1138, 2048
	%1141 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1140
	store i32 %742, i32 addrspace(3)* %1141
	br label %1142

1142:
	call void @llvm.nvvm.barrier0()
	%1143 = add i32 0, %0
	%1144 = and i1 %640, %641
	br i1 %1144, label %1145, label %1151

1145:
	%1146 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1143
	%1147 = load i32, i32 addrspace(3)* %1146
	%1148 = add i32 %1143, 2048
	%1149 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1148
	%1150 = load i32, i32 addrspace(3)* %1149
	br label %1151

1151:
	%1152 = phi i32 [ %650, %1142 ], [ %1147, %1145 ]
	%1153 = phi i32 [ %651, %1142 ], [ %1150, %1145 ]
	%1154 = add i32 256, %0
	%1155 = and i1 %653, %654
	br i1 %1155, label %1156, label %1162

1156:
	%1157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1154
	%1158 = load i32, i32 addrspace(3)* %1157
	%1159 = add i32 %1154, 2048
	%1160 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1159
	%1161 = load i32, i32 addrspace(3)* %1160
	br label %1162

1162:
	%1163 = phi i32 [ %663, %1151 ], [ %1158, %1156 ]
	%1164 = phi i32 [ %664, %1151 ], [ %1161, %1156 ]
	%1165 = add i32 512, %0
	%1166 = and i1 %666, %667
	br i1 %1166, label %1167, label %1173

1167:
	%1168 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1165
	%1169 = load i32, i32 addrspace(3)* %1168
	%1170 = add i32 %1165, 2048
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	br label %1173

1173:
	%1174 = phi i32 [ %676, %1162 ], [ %1169, %1167 ]
	%1175 = phi i32 [ %677, %1162 ], [ %1172, %1167 ]
	%1176 = add i32 768, %0
	%1177 = and i1 %679, %680
	br i1 %1177, label %1178, label %1184

1178:
	%1179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1176
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = add i32 %1176, 2048
	%1182 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1181
	%1183 = load i32, i32 addrspace(3)* %1182
	br label %1184

1184:
	%1185 = phi i32 [ %689, %1173 ], [ %1180, %1178 ]
	%1186 = phi i32 [ %690, %1173 ], [ %1183, %1178 ]
	%1187 = add i32 1024, %0
	%1188 = and i1 %692, %693
	br i1 %1188, label %1189, label %1195

1189:
	%1190 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1187
	%1191 = load i32, i32 addrspace(3)* %1190
	%1192 = add i32 %1187, 2048
	%1193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1192
	%1194 = load i32, i32 addrspace(3)* %1193
	br label %1195

1195:
	%1196 = phi i32 [ %702, %1184 ], [ %1191, %1189 ]
	%1197 = phi i32 [ %703, %1184 ], [ %1194, %1189 ]
	%1198 = add i32 1280, %0
	%1199 = and i1 %705, %706
	br i1 %1199, label %1200, label %1206

1200:
	%1201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1198
	%1202 = load i32, i32 addrspace(3)* %1201
	%1203 = add i32 %1198, 2048
	%1204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1203
	%1205 = load i32, i32 addrspace(3)* %1204
	br label %1206

1206:
	%1207 = phi i32 [ %715, %1195 ], [ %1202, %1200 ]
	%1208 = phi i32 [ %716, %1195 ], [ %1205, %1200 ]
	%1209 = add i32 1536, %0
	%1210 = and i1 %718, %719
	br i1 %1210, label %1211, label %1217

1211:
	%1212 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1209
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = add i32 %1209, 2048
	%1215 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1214
	%1216 = load i32, i32 addrspace(3)* %1215
	br label %1217

1217:
	%1218 = phi i32 [ %728, %1206 ], [ %1213, %1211 ]
	%1219 = phi i32 [ %729, %1206 ], [ %1216, %1211 ]
	%1220 = add i32 1792, %0
	%1221 = and i1 %731, %732
	br i1 %1221, label %1222, label %1228

1222:
	%1223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1220
	%1224 = load i32, i32 addrspace(3)* %1223
	%1225 = add i32 %1220, 2048
	%1226 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1225
	%1227 = load i32, i32 addrspace(3)* %1226
	br label %1228

1228:
	%1229 = phi i32 [ %741, %1217 ], [ %1224, %1222 ]
	%1230 = phi i32 [ %742, %1217 ], [ %1227, %1222 ]
	br i1 %640, label %1231, label %1240

1231:
	%1232 = lshr i32 %1153, 4
	%1233 = and i32 %1232, 15
	%1234 = select i1 %641, i32 %1233, i32 16
	%1235 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1234)
	%1236 = and i32 %1235, %638
	%1237 = call i32 @llvm.ctpop.i32(i32 %1236)
	%1238 = icmp eq i32 %1237, 0
	%1239 = and i1 %641, %1238
	br i1 %1239, label %1242, label %1249

1240:
	%1241 = phi i32 [ 0, %1228 ], [ %1237, %1249 ]
	br i1 %653, label %1250, label %1259

1242:
	%1243 = call i32 @llvm.ctpop.i32(i32 %1235)
	%1244 = add i32 0, %4
	%1245 = mul i32 %1233, 64
	%1246 = add i32 %1245, %1244
	%1247 = add i32 1024, %1246
	%1248 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1247
	store i32 %1243, i32 addrspace(3)* %1248
	br label %1249

1249:
	br label %1240

1250:
	%1251 = lshr i32 %1164, 4
	%1252 = and i32 %1251, 15
	%1253 = select i1 %654, i32 %1252, i32 16
	%1254 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1253)
	%1255 = and i32 %1254, %638
	%1256 = call i32 @llvm.ctpop.i32(i32 %1255)
	%1257 = icmp eq i32 %1256, 0
	%1258 = and i1 %654, %1257
	br i1 %1258, label %1261, label %1268

1259:
	%1260 = phi i32 [ 0, %1240 ], [ %1256, %1268 ]
	br i1 %666, label %1269, label %1278

1261:
	%1262 = call i32 @llvm.ctpop.i32(i32 %1254)
	%1263 = add i32 8, %4
	%1264 = mul i32 %1252, 64
	%1265 = add i32 %1264, %1263
	%1266 = add i32 1024, %1265
	%1267 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1266
	store i32 %1262, i32 addrspace(3)* %1267
	br label %1268

1268:
	br label %1259

1269:
	%1270 = lshr i32 %1175, 4
	%1271 = and i32 %1270, 15
	%1272 = select i1 %667, i32 %1271, i32 16
	%1273 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1272)
	%1274 = and i32 %1273, %638
	%1275 = call i32 @llvm.ctpop.i32(i32 %1274)
	%1276 = icmp eq i32 %1275, 0
	%1277 = and i1 %667, %1276
	br i1 %1277, label %1280, label %1287

1278:
	%1279 = phi i32 [ 0, %1259 ], [ %1275, %1287 ]
	br i1 %679, label %1288, label %1297

1280:
	%1281 = call i32 @llvm.ctpop.i32(i32 %1273)
	%1282 = add i32 16, %4
	%1283 = mul i32 %1271, 64
	%1284 = add i32 %1283, %1282
	%1285 = add i32 1024, %1284
	%1286 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1285
	store i32 %1281, i32 addrspace(3)* %1286
	br label %1287

1287:
	br label %1278

1288:
	%1289 = lshr i32 %1186, 4
	%1290 = and i32 %1289, 15
	%1291 = select i1 %680, i32 %1290, i32 16
	%1292 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1291)
	%1293 = and i32 %1292, %638
	%1294 = call i32 @llvm.ctpop.i32(i32 %1293)
	%1295 = icmp eq i32 %1294, 0
	%1296 = and i1 %680, %1295
	br i1 %1296, label %1299, label %1306

1297:
	%1298 = phi i32 [ 0, %1278 ], [ %1294, %1306 ]
	br i1 %692, label %1307, label %1316

1299:
	%1300 = call i32 @llvm.ctpop.i32(i32 %1292)
	%1301 = add i32 24, %4
	%1302 = mul i32 %1290, 64
	%1303 = add i32 %1302, %1301
	%1304 = add i32 1024, %1303
	%1305 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1304
	store i32 %1300, i32 addrspace(3)* %1305
	br label %1306

1306:
	br label %1297

1307:
	%1308 = lshr i32 %1197, 4
	%1309 = and i32 %1308, 15
	%1310 = select i1 %693, i32 %1309, i32 16
	%1311 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1310)
	%1312 = and i32 %1311, %638
	%1313 = call i32 @llvm.ctpop.i32(i32 %1312)
	%1314 = icmp eq i32 %1313, 0
	%1315 = and i1 %693, %1314
	br i1 %1315, label %1318, label %1325

1316:
	%1317 = phi i32 [ 0, %1297 ], [ %1313, %1325 ]
	br i1 %705, label %1326, label %1335

1318:
	%1319 = call i32 @llvm.ctpop.i32(i32 %1311)
	%1320 = add i32 32, %4
	%1321 = mul i32 %1309, 64
	%1322 = add i32 %1321, %1320
	%1323 = add i32 1024, %1322
	%1324 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1323
	store i32 %1319, i32 addrspace(3)* %1324
	br label %1325

1325:
	br label %1316

1326:
	%1327 = lshr i32 %1208, 4
	%1328 = and i32 %1327, 15
	%1329 = select i1 %706, i32 %1328, i32 16
	%1330 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1329)
	%1331 = and i32 %1330, %638
	%1332 = call i32 @llvm.ctpop.i32(i32 %1331)
	%1333 = icmp eq i32 %1332, 0
	%1334 = and i1 %706, %1333
	br i1 %1334, label %1337, label %1344

1335:
	%1336 = phi i32 [ 0, %1316 ], [ %1332, %1344 ]
	br i1 %718, label %1345, label %1354

1337:
	%1338 = call i32 @llvm.ctpop.i32(i32 %1330)
	%1339 = add i32 40, %4
	%1340 = mul i32 %1328, 64
	%1341 = add i32 %1340, %1339
	%1342 = add i32 1024, %1341
	%1343 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1342
	store i32 %1338, i32 addrspace(3)* %1343
	br label %1344

1344:
	br label %1335

1345:
	%1346 = lshr i32 %1219, 4
	%1347 = and i32 %1346, 15
	%1348 = select i1 %719, i32 %1347, i32 16
	%1349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1348)
	%1350 = and i32 %1349, %638
	%1351 = call i32 @llvm.ctpop.i32(i32 %1350)
	%1352 = icmp eq i32 %1351, 0
	%1353 = and i1 %719, %1352
	br i1 %1353, label %1356, label %1363

1354:
	%1355 = phi i32 [ 0, %1335 ], [ %1351, %1363 ]
	br i1 %731, label %1364, label %1373

1356:
	%1357 = call i32 @llvm.ctpop.i32(i32 %1349)
	%1358 = add i32 48, %4
	%1359 = mul i32 %1347, 64
	%1360 = add i32 %1359, %1358
	%1361 = add i32 1024, %1360
	%1362 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1361
	store i32 %1357, i32 addrspace(3)* %1362
	br label %1363

1363:
	br label %1354

1364:
	%1365 = lshr i32 %1230, 4
	%1366 = and i32 %1365, 15
	%1367 = select i1 %732, i32 %1366, i32 16
	%1368 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1367)
	%1369 = and i32 %1368, %638
	%1370 = call i32 @llvm.ctpop.i32(i32 %1369)
	%1371 = icmp eq i32 %1370, 0
	%1372 = and i1 %732, %1371
	br i1 %1372, label %1418, label %1425

1373:
	%1374 = phi i32 [ 0, %1354 ], [ %1370, %1425 ]
	call void @llvm.nvvm.barrier0()
	%1375 = mul i32 %0, 4
	%1376 = add i32 %1375, 1024
	%1377 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1376
	%1378 = load i32, i32 addrspace(3)* %1377
	%1379 = add i32 0, %1378
	%1380 = mul i32 %0, 4
	%1381 = add i32 %1380, 1025
	%1382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1381
	%1383 = load i32, i32 addrspace(3)* %1382
	%1384 = add i32 %1379, %1383
	%1385 = mul i32 %0, 4
	%1386 = add i32 %1385, 1026
	%1387 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1386
	%1388 = load i32, i32 addrspace(3)* %1387
	%1389 = add i32 %1384, %1388
	%1390 = mul i32 %0, 4
	%1391 = add i32 %1390, 1027
	%1392 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1391
	%1393 = load i32, i32 addrspace(3)* %1392
	%1394 = add i32 %1389, %1393
	%1395 = and i32 %0, 31
	%1396 = lshr i32 %0, 5
	%1397 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1394, i32 1, i32 0)
	%1398 = icmp uge i32 %1395, 1
	%1399 = select i1 %1398, i32 %1397, i32 0
	%1400 = add i32 %1394, %1399
	%1401 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1400, i32 2, i32 0)
	%1402 = icmp uge i32 %1395, 2
	%1403 = select i1 %1402, i32 %1401, i32 0
	%1404 = add i32 %1400, %1403
	%1405 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1404, i32 4, i32 0)
	%1406 = icmp uge i32 %1395, 4
	%1407 = select i1 %1406, i32 %1405, i32 0
	%1408 = add i32 %1404, %1407
	%1409 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1408, i32 8, i32 0)
	%1410 = icmp uge i32 %1395, 8
	%1411 = select i1 %1410, i32 %1409, i32 0
	%1412 = add i32 %1408, %1411
	%1413 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1412, i32 16, i32 0)
	%1414 = icmp uge i32 %1395, 16
	%1415 = select i1 %1414, i32 %1413, i32 0
	%1416 = add i32 %1412, %1415
	%1417 = icmp eq i32 %1395, 31
	br i1 %1417, label %1426, label %1428

1418:
	%1419 = call i32 @llvm.ctpop.i32(i32 %1368)
	%1420 = add i32 56, %4
	%1421 = mul i32 %1366, 64
	%1422 = add i32 %1421, %1420
	%1423 = add i32 1024, %1422
	%1424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1423
	store i32 %1419, i32 addrspace(3)* %1424
	br label %1425

1425:
	br label %1373

1426:
	%1427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1396
	store i32 %1416, i32 addrspace(3)* %1427
	br label %1428

1428:
	call void @llvm.nvvm.barrier0()
	%1429 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1430 = load i32, i32 addrspace(3)* %1429
	%1431 = icmp sgt i32 %1396, 0
	%1432 = select i1 %1431, i32 %1430, i32 0
	%1433 = add i32 0, %1432
	%1434 = add i32 0, %1430
	%1435 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1436 = load i32, i32 addrspace(3)* %1435
	%1437 = icmp sgt i32 %1396, 1
	%1438 = select i1 %1437, i32 %1436, i32 0
	%1439 = add i32 %1433, %1438
	%1440 = add i32 %1434, %1436
	%1441 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1442 = load i32, i32 addrspace(3)* %1441
	%1443 = icmp sgt i32 %1396, 2
	%1444 = select i1 %1443, i32 %1442, i32 0
	%1445 = add i32 %1439, %1444
	%1446 = add i32 %1440, %1442
	%1447 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1448 = load i32, i32 addrspace(3)* %1447
	%1449 = icmp sgt i32 %1396, 3
	%1450 = select i1 %1449, i32 %1448, i32 0
	%1451 = add i32 %1445, %1450
	%1452 = add i32 %1446, %1448
	%1453 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1454 = load i32, i32 addrspace(3)* %1453
	%1455 = icmp sgt i32 %1396, 4
	%1456 = select i1 %1455, i32 %1454, i32 0
	%1457 = add i32 %1451, %1456
	%1458 = add i32 %1452, %1454
	%1459 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1460 = load i32, i32 addrspace(3)* %1459
	%1461 = icmp sgt i32 %1396, 5
	%1462 = select i1 %1461, i32 %1460, i32 0
	%1463 = add i32 %1457, %1462
	%1464 = add i32 %1458, %1460
	%1465 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1466 = load i32, i32 addrspace(3)* %1465
	%1467 = icmp sgt i32 %1396, 6
	%1468 = select i1 %1467, i32 %1466, i32 0
	%1469 = add i32 %1463, %1468
	%1470 = add i32 %1464, %1466
	%1471 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1472 = load i32, i32 addrspace(3)* %1471
	%1473 = icmp sgt i32 %1396, 7
	%1474 = select i1 %1473, i32 %1472, i32 0
	%1475 = add i32 %1469, %1474
	%1476 = add i32 %1470, %1472
	%1477 = add i32 %1475, %1416
	%1478 = sub i32 %1477, %1394
	%1479 = mul i32 %0, 4
	%1480 = add i32 %1479, 1024
	%1481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1480
	store i32 %1478, i32 addrspace(3)* %1481
	%1482 = add i32 %1478, %1378
	%1483 = mul i32 %0, 4
	%1484 = add i32 %1483, 1025
	%1485 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1484
	store i32 %1482, i32 addrspace(3)* %1485
	%1486 = add i32 %1482, %1383
	%1487 = mul i32 %0, 4
	%1488 = add i32 %1487, 1026
	%1489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1488
	store i32 %1486, i32 addrspace(3)* %1489
	%1490 = add i32 %1486, %1388
	%1491 = mul i32 %0, 4
	%1492 = add i32 %1491, 1027
	%1493 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1492
	store i32 %1490, i32 addrspace(3)* %1493
	%1494 = add i32 %1490, %1393
	%1495 = add i32 %0, 0
	%1496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1495
	store i32 0, i32 addrspace(3)* %1496
	%1497 = add i32 %0, 256
	%1498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1497
	store i32 0, i32 addrspace(3)* %1498
	%1499 = add i32 %0, 512
	%1500 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1499
	store i32 0, i32 addrspace(3)* %1500
	%1501 = add i32 %0, 768
	%1502 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1501
	store i32 0, i32 addrspace(3)* %1502
	call void @llvm.nvvm.barrier0()
	%1503 = and i1 %640, %641
	br i1 %1503, label %1504, label %1517

1504:
	%1505 = lshr i32 %1153, 4
	%1506 = and i32 %1505, 15
	%1507 = add i32 0, %4
	%1508 = mul i32 %1506, 64
	%1509 = add i32 %1508, %1507
	%1510 = add i32 1024, %1509
	%1511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1510
	%1512 = load i32, i32 addrspace(3)* %1511
	%1513 = add i32 %1512, %1241
	%1514 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1513
	store i32 %1152, i32 addrspace(3)* %1514
	%1515 = add i32 %1513, 2048
	%1516 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1515
	store i32 %1153, i32 addrspace(3)* %1516
	br label %1517

1517:
	%1518 = and i1 %653, %654
	br i1 %1518, label %1519, label %1532

1519:
	%1520 = lshr i32 %1164, 4
	%1521 = and i32 %1520, 15
	%1522 = add i32 8, %4
	%1523 = mul i32 %1521, 64
	%1524 = add i32 %1523, %1522
	%1525 = add i32 1024, %1524
	%1526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1525
	%1527 = load i32, i32 addrspace(3)* %1526
	%1528 = add i32 %1527, %1260
	%1529 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1528
	store i32 %1163, i32 addrspace(3)* %1529
	%1530 = add i32 %1528, 2048
	%1531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1530
	store i32 %1164, i32 addrspace(3)* %1531
	br label %1532

1532:
	%1533 = and i1 %666, %667
	br i1 %1533, label %1534, label %1547

1534:
	%1535 = lshr i32 %1175, 4
	%1536 = and i32 %1535, 15
	%1537 = add i32 16, %4
	%1538 = mul i32 %1536, 64
	%1539 = add i32 %1538, %1537
	%1540 = add i32 1024, %1539
	%1541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1540
	%1542 = load i32, i32 addrspace(3)* %1541
	%1543 = add i32 %1542, %1279
	%1544 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1543
	store i32 %1174, i32 addrspace(3)* %1544
	%1545 = add i32 %1543, 2048
	%1546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1545
	store i32 %1175, i32 addrspace(3)* %1546
	br label %1547

1547:
	%1548 = and i1 %679, %680
	br i1 %1548, label %1549, label %1562

1549:
	%1550 = lshr i32 %1186, 4
	%1551 = and i32 %1550, 15
	%1552 = add i32 24, %4
	%1553 = mul i32 %1551, 64
	%1554 = add i32 %1553, %1552
	%1555 = add i32 1024, %1554
	%1556 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1555
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = add i32 %1557, %1298
	%1559 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1558
	store i32 %1185, i32 addrspace(3)* %1559
	%1560 = add i32 %1558, 2048
	%1561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1560
	store i32 %1186, i32 addrspace(3)* %1561
	br label %1562

1562:
	%1563 = and i1 %692, %693
	br i1 %1563, label %1564, label %1577

1564:
	%1565 = lshr i32 %1197, 4
	%1566 = and i32 %1565, 15
	%1567 = add i32 32, %4
	%1568 = mul i32 %1566, 64
	%1569 = add i32 %1568, %1567
	%1570 = add i32 1024, %1569
	%1571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1570
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = add i32 %1572, %1317
	%1574 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1573
	store i32 %1196, i32 addrspace(3)* %1574
	%1575 = add i32 %1573, 2048
	%1576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1575
	store i32 %1197, i32 addrspace(3)* %1576
	br label %1577

1577:
	%1578 = and i1 %705, %706
	br i1 %1578, label %1579, label %1592

1579:
	%1580 = lshr i32 %1208, 4
	%1581 = and i32 %1580, 15
	%1582 = add i32 40, %4
	%1583 = mul i32 %1581, 64
	%1584 = add i32 %1583, %1582
	%1585 = add i32 1024, %1584
	%1586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1585
	%1587 = load i32, i32 addrspace(3)* %1586
	%1588 = add i32 %1587, %1336
	%1589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1588
	store i32 %1207, i32 addrspace(3)* %1589
	%1590 = add i32 %1588, 2048
	%1591 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1590
	store i32 %1208, i32 addrspace(3)* %1591
	br label %1592

1592:
	%1593 = and i1 %718, %719
	br i1 %1593, label %1594, label %1607

1594:
	%1595 = lshr i32 %1219, 4
	%1596 = and i32 %1595, 15
	%1597 = add i32 48, %4
	%1598 = mul i32 %1596, 64
	%1599 = add i32 %1598, %1597
	%1600 = add i32 1024, %1599
	%1601 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1600
	%1602 = load i32, i32 addrspace(3)* %1601
	%1603 = add i32 %1602, %1355
	%1604 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1603
	store i32 %1218, i32 addrspace(3)* %1604
	%1605 = add i32 %1603, 2048
	%1606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1605
	store i32 %1219, i32 addrspace(3)* %1606
	br label %1607

1607:
	%1608 = and i1 %731, %732
	br i1 %1608, label %1609, label %1622

1609:
	%1610 = lshr i32 %1230, 4
	%1611 = and i32 %1610, 15
	%1612 = add i32 56, %4
	%1613 = mul i32 %1611, 64
	%1614 = add i32 %1613, %1612
	%1615 = add i32 1024, %1614
	%1616 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1615
	%1617 = load i32, i32 addrspace(3)* %1616
	%1618 = add i32 %1617, %1374
	%1619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1618
	store i32 %1229, i32 addrspace(3)* %1619
	%1620 = add i32 %1618, 2048
	%1621 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1620
	store i32 %1230, i32 addrspace(3)* %1621
	br label %1622

1622:
	call void @llvm.nvvm.barrier0()
	%1623 = add i32 0, %0
	%1624 = and i1 %640, %641
	br i1 %1624, label %1625, label %1631

1625:
	%1626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1623
	%1627 = load i32, i32 addrspace(3)* %1626
	%1628 = add i32 %1623, 2048
	%1629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1628
	%1630 = load i32, i32 addrspace(3)* %1629
	br label %1631

1631:
	%1632 = phi i32 [ %1152, %1622 ], [ %1627, %1625 ]
	%1633 = phi i32 [ %1153, %1622 ], [ %1630, %1625 ]
	%1634 = add i32 256, %0
	%1635 = and i1 %653, %654
	br i1 %1635, label %1636, label %1642

1636:
	%1637 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1634
	%1638 = load i32, i32 addrspace(3)* %1637
	%1639 = add i32 %1634, 2048
	%1640 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1639
	%1641 = load i32, i32 addrspace(3)* %1640
	br label %1642

1642:
	%1643 = phi i32 [ %1163, %1631 ], [ %1638, %1636 ]
	%1644 = phi i32 [ %1164, %1631 ], [ %1641, %1636 ]
	%1645 = add i32 512, %0
	%1646 = and i1 %666, %667
	br i1 %1646, label %1647, label %1653

1647:
	%1648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1645
	%1649 = load i32, i32 addrspace(3)* %1648
	%1650 = add i32 %1645, 2048
	%1651 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1650
	%1652 = load i32, i32 addrspace(3)* %1651
	br label %1653

1653:
	%1654 = phi i32 [ %1174, %1642 ], [ %1649, %1647 ]
	%1655 = phi i32 [ %1175, %1642 ], [ %1652, %1647 ]
	%1656 = add i32 768, %0
	%1657 = and i1 %679, %680
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
	%1667 = add i32 1024, %0
	%1668 = and i1 %692, %693
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
	%1678 = add i32 1280, %0
	%1679 = and i1 %705, %706
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
	%1689 = add i32 1536, %0
	%1690 = and i1 %718, %719
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
	%1700 = add i32 1792, %0
	%1701 = and i1 %731, %732
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
	br i1 %640, label %1711, label %1720

1711:
	%1712 = lshr i32 %1633, 8
	%1713 = and i32 %1712, 15
	%1714 = select i1 %641, i32 %1713, i32 16
	%1715 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1714)
	%1716 = and i32 %1715, %638
	%1717 = call i32 @llvm.ctpop.i32(i32 %1716)
	%1718 = icmp eq i32 %1717, 0
	%1719 = and i1 %641, %1718
	br i1 %1719, label %1722, label %1729

1720:
	%1721 = phi i32 [ 0, %1708 ], [ %1717, %1729 ]
	br i1 %653, label %1730, label %1739

1722:
	%1723 = call i32 @llvm.ctpop.i32(i32 %1715)
	%1724 = add i32 0, %4
	%1725 = mul i32 %1713, 64
	%1726 = add i32 %1725, %1724
	%1727 = add i32 0, %1726
	%1728 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1727
	store i32 %1723, i32 addrspace(3)* %1728
	br label %1729

1729:
	br label %1720

1730:
	%1731 = lshr i32 %1644, 8
	%1732 = and i32 %1731, 15
	%1733 = select i1 %654, i32 %1732, i32 16
	%1734 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1733)
	%1735 = and i32 %1734, %638
	%1736 = call i32 @llvm.ctpop.i32(i32 %1735)
	%1737 = icmp eq i32 %1736, 0
	%1738 = and i1 %654, %1737
	br i1 %1738, label %1741, label %1748

1739:
	%1740 = phi i32 [ 0, %1720 ], [ %1736, %1748 ]
	br i1 %666, label %1749, label %1758

1741:
	%1742 = call i32 @llvm.ctpop.i32(i32 %1734)
	%1743 = add i32 8, %4
	%1744 = mul i32 %1732, 64
	%1745 = add i32 %1744, %1743
	%1746 = add i32 0, %1745
	%1747 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1746
	store i32 %1742, i32 addrspace(3)* %1747
	br label %1748

1748:
	br label %1739

1749:
	%1750 = lshr i32 %1655, 8
	%1751 = and i32 %1750, 15
	%1752 = select i1 %667, i32 %1751, i32 16
	%1753 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1752)
	%1754 = and i32 %1753, %638
	%1755 = call i32 @llvm.ctpop.i32(i32 %1754)
	%1756 = icmp eq i32 %1755, 0
	%1757 = and i1 %667, %1756
	br i1 %1757, label %1760, label %1767

1758:
	%1759 = phi i32 [ 0, %1739 ], [ %1755, %1767 ]
	br i1 %679, label %1768, label %1777

1760:
	%1761 = call i32 @llvm.ctpop.i32(i32 %1753)
	%1762 = add i32 16, %4
	%1763 = mul i32 %1751, 64
	%1764 = add i32 %1763, %1762
	%1765 = add i32 0, %1764
	%1766 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1765
	store i32 %1761, i32 addrspace(3)* %1766
	br label %1767

1767:
	br label %1758

1768:
	%1769 = lshr i32 %1666, 8
	%1770 = and i32 %1769, 15
	%1771 = select i1 %680, i32 %1770, i32 16
	%1772 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1771)
	%1773 = and i32 %1772, %638
	%1774 = call i32 @llvm.ctpop.i32(i32 %1773)
	%1775 = icmp eq i32 %1774, 0
	%1776 = and i1 %680, %1775
	br i1 %1776, label %1779, label %1786

1777:
	%1778 = phi i32 [ 0, %1758 ], [ %1774, %1786 ]
	br i1 %692, label %1787, label %1796

1779:
	%1780 = call i32 @llvm.ctpop.i32(i32 %1772)
	%1781 = add i32 24, %4
	%1782 = mul i32 %1770, 64
	%1783 = add i32 %1782, %1781
	%1784 = add i32 0, %1783
	%1785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1784
	store i32 %1780, i32 addrspace(3)* %1785
	br label %1786

1786:
	br label %1777

1787:
	%1788 = lshr i32 %1677, 8
	%1789 = and i32 %1788, 15
	%1790 = select i1 %693, i32 %1789, i32 16
	%1791 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1790)
	%1792 = and i32 %1791, %638
	%1793 = call i32 @llvm.ctpop.i32(i32 %1792)
	%1794 = icmp eq i32 %1793, 0
	%1795 = and i1 %693, %1794
	br i1 %1795, label %1798, label %1805

1796:
	%1797 = phi i32 [ 0, %1777 ], [ %1793, %1805 ]
	br i1 %705, label %1806, label %1815

1798:
	%1799 = call i32 @llvm.ctpop.i32(i32 %1791)
	%1800 = add i32 32, %4
	%1801 = mul i32 %1789, 64
	%1802 = add i32 %1801, %1800
	%1803 = add i32 0, %1802
	%1804 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1803
	store i32 %1799, i32 addrspace(3)* %1804
	br label %1805

1805:
	br label %1796

1806:
	%1807 = lshr i32 %1688, 8
	%1808 = and i32 %1807, 15
	%1809 = select i1 %706, i32 %1808, i32 16
	%1810 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1809)
	%1811 = and i32 %1810, %638
	%1812 = call i32 @llvm.ctpop.i32(i32 %1811)
	%1813 = icmp eq i32 %1812, 0
	%1814 = and i1 %706, %1813
	br i1 %1814, label %1817, label %1824

1815:
	%1816 = phi i32 [ 0, %1796 ], [ %1812, %1824 ]
	br i1 %718, label %1825, label %1834

1817:
	%1818 = call i32 @llvm.ctpop.i32(i32 %1810)
	%1819 = add i32 40, %4
	%1820 = mul i32 %1808, 64
	%1821 = add i32 %1820, %1819
	%1822 = add i32 0, %1821
	%1823 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1822
	store i32 %1818, i32 addrspace(3)* %1823
	br label %1824

1824:
	br label %1815

1825:
	%1826 = lshr i32 %1699, 8
	%1827 = and i32 %1826, 15
	%1828 = select i1 %719, i32 %1827, i32 16
	%1829 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1828)
	%1830 = and i32 %1829, %638
	%1831 = call i32 @llvm.ctpop.i32(i32 %1830)
	%1832 = icmp eq i32 %1831, 0
	%1833 = and i1 %719, %1832
	br i1 %1833, label %1836, label %1843

1834:
	%1835 = phi i32 [ 0, %1815 ], [ %1831, %1843 ]
	br i1 %731, label %1844, label %1853

1836:
	%1837 = call i32 @llvm.ctpop.i32(i32 %1829)
	%1838 = add i32 48, %4
	%1839 = mul i32 %1827, 64
	%1840 = add i32 %1839, %1838
	%1841 = add i32 0, %1840
	%1842 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1841
	store i32 %1837, i32 addrspace(3)* %1842
	br label %1843

1843:
	br label %1834

1844:
	%1845 = lshr i32 %1710, 8
	%1846 = and i32 %1845, 15
	%1847 = select i1 %732, i32 %1846, i32 16
	%1848 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1847)
	%1849 = and i32 %1848, %638
	%1850 = call i32 @llvm.ctpop.i32(i32 %1849)
	%1851 = icmp eq i32 %1850, 0
	%1852 = and i1 %732, %1851
	br i1 %1852, label %1898, label %1905

1853:
	%1854 = phi i32 [ 0, %1834 ], [ %1850, %1905 ]
	call void @llvm.nvvm.barrier0()
	%1855 = mul i32 %0, 4
	%1856 = add i32 %1855, 0
	%1857 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1856
	%1858 = load i32, i32 addrspace(3)* %1857
	%1859 = add i32 0, %1858
	%1860 = mul i32 %0, 4
	%1861 = add i32 %1860, 1
	%1862 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1861
	%1863 = load i32, i32 addrspace(3)* %1862
	%1864 = add i32 %1859, %1863
	%1865 = mul i32 %0, 4
	%1866 = add i32 %1865, 2
	%1867 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1866
	%1868 = load i32, i32 addrspace(3)* %1867
	%1869 = add i32 %1864, %1868
	%1870 = mul i32 %0, 4
	%1871 = add i32 %1870, 3
	%1872 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1871
	%1873 = load i32, i32 addrspace(3)* %1872
	%1874 = add i32 %1869, %1873
	%1875 = and i32 %0, 31
	%1876 = lshr i32 %0, 5
	%1877 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1874, i32 1, i32 0)
	%1878 = icmp uge i32 %1875, 1
	%1879 = select i1 %1878, i32 %1877, i32 0
	%1880 = add i32 %1874, %1879
	%1881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 2, i32 0)
	%1882 = icmp uge i32 %1875, 2
	%1883 = select i1 %1882, i32 %1881, i32 0
	%1884 = add i32 %1880, %1883
	%1885 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1884, i32 4, i32 0)
	%1886 = icmp uge i32 %1875, 4
	%1887 = select i1 %1886, i32 %1885, i32 0
	%1888 = add i32 %1884, %1887
	%1889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1888, i32 8, i32 0)
	%1890 = icmp uge i32 %1875, 8
	%1891 = select i1 %1890, i32 %1889, i32 0
	%1892 = add i32 %1888, %1891
	%1893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 16, i32 0)
	%1894 = icmp uge i32 %1875, 16
	%1895 = select i1 %1894, i32 %1893, i32 0
	%1896 = add i32 %1892, %1895
	%1897 = icmp eq i32 %1875, 31
	br i1 %1897, label %1906, label %1908

1898:
	%1899 = call i32 @llvm.ctpop.i32(i32 %1848)
	%1900 = add i32 56, %4
	%1901 = mul i32 %1846, 64
	%1902 = add i32 %1901, %1900
	%1903 = add i32 0, %1902
	%1904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1903
	store i32 %1899, i32 addrspace(3)* %1904
	br label %1905

1905:
	br label %1853

1906:
	%1907 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1876
	store i32 %1896, i32 addrspace(3)* %1907
	br label %1908

1908:
	call void @llvm.nvvm.barrier0()
	%1909 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1910 = load i32, i32 addrspace(3)* %1909
	%1911 = icmp sgt i32 %1876, 0
	%1912 = select i1 %1911, i32 %1910, i32 0
	%1913 = add i32 0, %1912
	%1914 = add i32 0, %1910
	%1915 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1916 = load i32, i32 addrspace(3)* %1915
	%1917 = icmp sgt i32 %1876, 1
	%1918 = select i1 %1917, i32 %1916, i32 0
	%1919 = add i32 %1913, %1918
	%1920 = add i32 %1914, %1916
	%1921 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1922 = load i32, i32 addrspace(3)* %1921
	%1923 = icmp sgt i32 %1876, 2
	%1924 = select i1 %1923, i32 %1922, i32 0
	%1925 = add i32 %1919, %1924
	%1926 = add i32 %1920, %1922
	%1927 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1928 = load i32, i32 addrspace(3)* %1927
	%1929 = icmp sgt i32 %1876, 3
	%1930 = select i1 %1929, i32 %1928, i32 0
	%1931 = add i32 %1925, %1930
	%1932 = add i32 %1926, %1928
	%1933 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1934 = load i32, i32 addrspace(3)* %1933
	%1935 = icmp sgt i32 %1876, 4
	%1936 = select i1 %1935, i32 %1934, i32 0
	%1937 = add i32 %1931, %1936
	%1938 = add i32 %1932, %1934
	%1939 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1940 = load i32, i32 addrspace(3)* %1939
	%1941 = icmp sgt i32 %1876, 5
	%1942 = select i1 %1941, i32 %1940, i32 0
	%1943 = add i32 %1937, %1942
	%1944 = add i32 %1938, %1940
	%1945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1946 = load i32, i32 addrspace(3)* %1945
	%1947 = icmp sgt i32 %1876, 6
	%1948 = select i1 %1947, i32 %1946, i32 0
	%1949 = add i32 %1943, %1948
	%1950 = add i32 %1944, %1946
	%1951 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1952 = load i32, i32 addrspace(3)* %1951
	%1953 = icmp sgt i32 %1876, 7
	%1954 = select i1 %1953, i32 %1952, i32 0
	%1955 = add i32 %1949, %1954
	%1956 = add i32 %1950, %1952
	%1957 = add i32 %1955, %1896
	%1958 = sub i32 %1957, %1874
	%1959 = mul i32 %0, 4
	%1960 = add i32 %1959, 0
	%1961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1960
	store i32 %1958, i32 addrspace(3)* %1961
	%1962 = add i32 %1958, %1858
	%1963 = mul i32 %0, 4
	%1964 = add i32 %1963, 1
	%1965 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1964
	store i32 %1962, i32 addrspace(3)* %1965
	%1966 = add i32 %1962, %1863
	%1967 = mul i32 %0, 4
	%1968 = add i32 %1967, 2
	%1969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1968
	store i32 %1966, i32 addrspace(3)* %1969
	%1970 = add i32 %1966, %1868
	%1971 = mul i32 %0, 4
	%1972 = add i32 %1971, 3
	%1973 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1972
	store i32 %1970, i32 addrspace(3)* %1973
	%1974 = add i32 %1970, %1873
	%1975 = add i32 %0, 1024
	%1976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1975
	store i32 0, i32 addrspace(3)* %1976
	%1977 = add i32 %0, 1280
	%1978 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1977
	store i32 0, i32 addrspace(3)* %1978
	%1979 = add i32 %0, 1536
	%1980 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1979
	store i32 0, i32 addrspace(3)* %1980
	%1981 = add i32 %0, 1792
	%1982 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1981
	store i32 0, i32 addrspace(3)* %1982
	call void @llvm.nvvm.barrier0()
	%1983 = and i1 %640, %641
	br i1 %1983, label %1984, label %1997

1984:
	%1985 = lshr i32 %1633, 8
	%1986 = and i32 %1985, 15
	%1987 = add i32 0, %4
	%1988 = mul i32 %1986, 64
	%1989 = add i32 %1988, %1987
	%1990 = add i32 0, %1989
	%1991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1990
	%1992 = load i32, i32 addrspace(3)* %1991
	%1993 = add i32 %1992, %1721
	%1994 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1993
	store i32 %1632, i32 addrspace(3)* %1994
	%1995 = add i32 %1993, 2048
	%1996 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1995
	store i32 %1633, i32 addrspace(3)* %1996
	br label %1997

1997:
	%1998 = and i1 %653, %654
	br i1 %1998, label %1999, label %2012

1999:
	%2000 = lshr i32 %1644, 8
	%2001 = and i32 %2000, 15
	%2002 = add i32 8, %4
	%2003 = mul i32 %2001, 64
	%2004 = add i32 %2003, %2002
	%2005 = add i32 0, %2004
	%2006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2005
	%2007 = load i32, i32 addrspace(3)* %2006
	%2008 = add i32 %2007, %1740
	%2009 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2008
	store i32 %1643, i32 addrspace(3)* %2009
	%2010 = add i32 %2008, 2048
	%2011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2010
	store i32 %1644, i32 addrspace(3)* %2011
	br label %2012

2012:
	%2013 = and i1 %666, %667
	br i1 %2013, label %2014, label %2027

2014:
	%2015 = lshr i32 %1655, 8
	%2016 = and i32 %2015, 15
	%2017 = add i32 16, %4
	%2018 = mul i32 %2016, 64
	%2019 = add i32 %2018, %2017
	%2020 = add i32 0, %2019
	%2021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2020
	%2022 = load i32, i32 addrspace(3)* %2021
	%2023 = add i32 %2022, %1759
	%2024 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2023
	store i32 %1654, i32 addrspace(3)* %2024
	%2025 = add i32 %2023, 2048
	%2026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2025
	store i32 %1655, i32 addrspace(3)* %2026
	br label %2027

2027:
	%2028 = and i1 %679, %680
	br i1 %2028, label %2029, label %2042

2029:
	%2030 = lshr i32 %1666, 8
	%2031 = and i32 %2030, 15
	%2032 = add i32 24, %4
	%2033 = mul i32 %2031, 64
	%2034 = add i32 %2033, %2032
	%2035 = add i32 0, %2034
	%2036 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2035
	%2037 = load i32, i32 addrspace(3)* %2036
	%2038 = add i32 %2037, %1778
	%2039 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2038
	store i32 %1665, i32 addrspace(3)* %2039
	%2040 = add i32 %2038, 2048
	%2041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2040
	store i32 %1666, i32 addrspace(3)* %2041
	br label %2042

2042:
	%2043 = and i1 %692, %693
	br i1 %2043, label %2044, label %2057

2044:
	%2045 = lshr i32 %1677, 8
	%2046 = and i32 %2045, 15
	%2047 = add i32 32, %4
	%2048 = mul i32 %2046, 64
	%2049 = add i32 %2048, %2047
	%2050 = add i32 0, %2049
	%2051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2050
	%2052 = load i32, i32 addrspace(3)* %2051
	%2053 = add i32 %2052, %1797
	%2054 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2053
	store i32 %1676, i32 addrspace(3)* %2054
	%2055 = add i32 %2053, 2048
	%2056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2055
	store i32 %1677, i32 addrspace(3)* %2056
	br label %2057

2057:
	%2058 = and i1 %705, %706
	br i1 %2058, label %2059, label %2072

2059:
	%2060 = lshr i32 %1688, 8
	%2061 = and i32 %2060, 15
	%2062 = add i32 40, %4
	%2063 = mul i32 %2061, 64
	%2064 = add i32 %2063, %2062
	%2065 = add i32 0, %2064
	%2066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2065
	%2067 = load i32, i32 addrspace(3)* %2066
	%2068 = add i32 %2067, %1816
	%2069 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2068
	store i32 %1687, i32 addrspace(3)* %2069
	%2070 = add i32 %2068, 2048
	%2071 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2070
	store i32 %1688, i32 addrspace(3)* %2071
	br label %2072

2072:
	%2073 = and i1 %718, %719
	br i1 %2073, label %2074, label %2087

2074:
	%2075 = lshr i32 %1699, 8
	%2076 = and i32 %2075, 15
	%2077 = add i32 48, %4
	%2078 = mul i32 %2076, 64
	%2079 = add i32 %2078, %2077
	%2080 = add i32 0, %2079
	%2081 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2080
	%2082 = load i32, i32 addrspace(3)* %2081
	%2083 = add i32 %2082, %1835
	%2084 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2083
	store i32 %1698, i32 addrspace(3)* %2084
	%2085 = add i32 %2083, 2048
	%2086 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2085
	store i32 %1699, i32 addrspace(3)* %2086
	br label %2087

2087:
	%2088 = and i1 %731, %732
	br i1 %2088, label %2089, label %2102

2089:
	%2090 = lshr i32 %1710, 8
	%2091 = and i32 %2090, 15
	%2092 = add i32 56, %4
	%2093 = mul i32 %2091, 64
	%2094 = add i32 %2093, %2092
	%2095 = add i32 0, %2094
	%2096 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2095
	%2097 = load i32, i32 addrspace(3)* %2096
	%2098 = add i32 %2097, %1854
	%2099 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2098
	store i32 %1709, i32 addrspace(3)* %2099
	%2100 = add i32 %2098, 2048
	%2101 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2100
	store i32 %1710, i32 addrspace(3)* %2101
	br label %2102

2102:
	call void @llvm.nvvm.barrier0()
	%2103 = add i32 0, %0
	%2104 = and i1 %640, %641
	br i1 %2104, label %2105, label %2111

2105:
	%2106 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2103
	%2107 = load i32, i32 addrspace(3)* %2106
	%2108 = add i32 %2103, 2048
	%2109 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2108
	%2110 = load i32, i32 addrspace(3)* %2109
	br label %2111

2111:
	%2112 = phi i32 [ %1632, %2102 ], [ %2107, %2105 ]
	%2113 = phi i32 [ %1633, %2102 ], [ %2110, %2105 ]
	%2114 = add i32 256, %0
	%2115 = and i1 %653, %654
	br i1 %2115, label %2116, label %2122

2116:
	%2117 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2114
	%2118 = load i32, i32 addrspace(3)* %2117
	%2119 = add i32 %2114, 2048
	%2120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2119
	%2121 = load i32, i32 addrspace(3)* %2120
	br label %2122

2122:
	%2123 = phi i32 [ %1643, %2111 ], [ %2118, %2116 ]
	%2124 = phi i32 [ %1644, %2111 ], [ %2121, %2116 ]
	%2125 = add i32 512, %0
	%2126 = and i1 %666, %667
	br i1 %2126, label %2127, label %2133

2127:
	%2128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2125
	%2129 = load i32, i32 addrspace(3)* %2128
	%2130 = add i32 %2125, 2048
	%2131 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2130
	%2132 = load i32, i32 addrspace(3)* %2131
	br label %2133

2133:
	%2134 = phi i32 [ %1654, %2122 ], [ %2129, %2127 ]
	%2135 = phi i32 [ %1655, %2122 ], [ %2132, %2127 ]
	%2136 = add i32 768, %0
	%2137 = and i1 %679, %680
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
	%2147 = add i32 1024, %0
	%2148 = and i1 %692, %693
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
	%2158 = add i32 1280, %0
	%2159 = and i1 %705, %706
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
	%2169 = add i32 1536, %0
	%2170 = and i1 %718, %719
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
	%2180 = add i32 1792, %0
	%2181 = and i1 %731, %732
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
	br i1 %640, label %2191, label %2200

2191:
	%2192 = lshr i32 %2113, 12
	%2193 = and i32 %2192, 15
	%2194 = select i1 %641, i32 %2193, i32 16
	%2195 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2194)
	%2196 = and i32 %2195, %638
	%2197 = call i32 @llvm.ctpop.i32(i32 %2196)
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i1 %641, %2198
	br i1 %2199, label %2202, label %2209

2200:
	%2201 = phi i32 [ 0, %2188 ], [ %2197, %2209 ]
	br i1 %653, label %2210, label %2219

2202:
	%2203 = call i32 @llvm.ctpop.i32(i32 %2195)
	%2204 = add i32 0, %4
	%2205 = mul i32 %2193, 64
	%2206 = add i32 %2205, %2204
	%2207 = add i32 1024, %2206
	%2208 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2207
	store i32 %2203, i32 addrspace(3)* %2208
	br label %2209

2209:
	br label %2200

2210:
	%2211 = lshr i32 %2124, 12
	%2212 = and i32 %2211, 15
	%2213 = select i1 %654, i32 %2212, i32 16
	%2214 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2213)
	%2215 = and i32 %2214, %638
	%2216 = call i32 @llvm.ctpop.i32(i32 %2215)
	%2217 = icmp eq i32 %2216, 0
	%2218 = and i1 %654, %2217
	br i1 %2218, label %2221, label %2228

2219:
	%2220 = phi i32 [ 0, %2200 ], [ %2216, %2228 ]
	br i1 %666, label %2229, label %2238

2221:
	%2222 = call i32 @llvm.ctpop.i32(i32 %2214)
	%2223 = add i32 8, %4
	%2224 = mul i32 %2212, 64
	%2225 = add i32 %2224, %2223
	%2226 = add i32 1024, %2225
	%2227 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2226
	store i32 %2222, i32 addrspace(3)* %2227
	br label %2228

2228:
	br label %2219

2229:
	%2230 = lshr i32 %2135, 12
	%2231 = and i32 %2230, 15
	%2232 = select i1 %667, i32 %2231, i32 16
	%2233 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2232)
	%2234 = and i32 %2233, %638
	%2235 = call i32 @llvm.ctpop.i32(i32 %2234)
	%2236 = icmp eq i32 %2235, 0
	%2237 = and i1 %667, %2236
	br i1 %2237, label %2240, label %2247

2238:
	%2239 = phi i32 [ 0, %2219 ], [ %2235, %2247 ]
	br i1 %679, label %2248, label %2257

2240:
	%2241 = call i32 @llvm.ctpop.i32(i32 %2233)
	%2242 = add i32 16, %4
	%2243 = mul i32 %2231, 64
	%2244 = add i32 %2243, %2242
	%2245 = add i32 1024, %2244
	%2246 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2245
	store i32 %2241, i32 addrspace(3)* %2246
	br label %2247

2247:
	br label %2238

2248:
	%2249 = lshr i32 %2146, 12
	%2250 = and i32 %2249, 15
	%2251 = select i1 %680, i32 %2250, i32 16
	%2252 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2251)
	%2253 = and i32 %2252, %638
	%2254 = call i32 @llvm.ctpop.i32(i32 %2253)
	%2255 = icmp eq i32 %2254, 0
	%2256 = and i1 %680, %2255
	br i1 %2256, label %2259, label %2266

2257:
	%2258 = phi i32 [ 0, %2238 ], [ %2254, %2266 ]
	br i1 %692, label %2267, label %2276

2259:
	%2260 = call i32 @llvm.ctpop.i32(i32 %2252)
	%2261 = add i32 24, %4
	%2262 = mul i32 %2250, 64
	%2263 = add i32 %2262, %2261
	%2264 = add i32 1024, %2263
	%2265 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2264
	store i32 %2260, i32 addrspace(3)* %2265
	br label %2266

2266:
	br label %2257

2267:
	%2268 = lshr i32 %2157, 12
	%2269 = and i32 %2268, 15
	%2270 = select i1 %693, i32 %2269, i32 16
	%2271 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2270)
	%2272 = and i32 %2271, %638
	%2273 = call i32 @llvm.ctpop.i32(i32 %2272)
	%2274 = icmp eq i32 %2273, 0
	%2275 = and i1 %693, %2274
	br i1 %2275, label %2278, label %2285

2276:
	%2277 = phi i32 [ 0, %2257 ], [ %2273, %2285 ]
	br i1 %705, label %2286, label %2295

2278:
	%2279 = call i32 @llvm.ctpop.i32(i32 %2271)
	%2280 = add i32 32, %4
	%2281 = mul i32 %2269, 64
	%2282 = add i32 %2281, %2280
	%2283 = add i32 1024, %2282
	%2284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2283
	store i32 %2279, i32 addrspace(3)* %2284
	br label %2285

2285:
	br label %2276

2286:
	%2287 = lshr i32 %2168, 12
	%2288 = and i32 %2287, 15
	%2289 = select i1 %706, i32 %2288, i32 16
	%2290 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2289)
	%2291 = and i32 %2290, %638
	%2292 = call i32 @llvm.ctpop.i32(i32 %2291)
	%2293 = icmp eq i32 %2292, 0
	%2294 = and i1 %706, %2293
	br i1 %2294, label %2297, label %2304

2295:
	%2296 = phi i32 [ 0, %2276 ], [ %2292, %2304 ]
	br i1 %718, label %2305, label %2314

2297:
	%2298 = call i32 @llvm.ctpop.i32(i32 %2290)
	%2299 = add i32 40, %4
	%2300 = mul i32 %2288, 64
	%2301 = add i32 %2300, %2299
	%2302 = add i32 1024, %2301
	%2303 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2302
	store i32 %2298, i32 addrspace(3)* %2303
	br label %2304

2304:
	br label %2295

2305:
	%2306 = lshr i32 %2179, 12
	%2307 = and i32 %2306, 15
	%2308 = select i1 %719, i32 %2307, i32 16
	%2309 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2308)
	%2310 = and i32 %2309, %638
	%2311 = call i32 @llvm.ctpop.i32(i32 %2310)
	%2312 = icmp eq i32 %2311, 0
	%2313 = and i1 %719, %2312
	br i1 %2313, label %2316, label %2323

2314:
	%2315 = phi i32 [ 0, %2295 ], [ %2311, %2323 ]
	br i1 %731, label %2324, label %2333

2316:
	%2317 = call i32 @llvm.ctpop.i32(i32 %2309)
	%2318 = add i32 48, %4
	%2319 = mul i32 %2307, 64
	%2320 = add i32 %2319, %2318
	%2321 = add i32 1024, %2320
	%2322 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2321
	store i32 %2317, i32 addrspace(3)* %2322
	br label %2323

2323:
	br label %2314

2324:
	%2325 = lshr i32 %2190, 12
	%2326 = and i32 %2325, 15
	%2327 = select i1 %732, i32 %2326, i32 16
	%2328 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2327)
	%2329 = and i32 %2328, %638
	%2330 = call i32 @llvm.ctpop.i32(i32 %2329)
	%2331 = icmp eq i32 %2330, 0
	%2332 = and i1 %732, %2331
	br i1 %2332, label %2378, label %2385

2333:
	%2334 = phi i32 [ 0, %2314 ], [ %2330, %2385 ]
	call void @llvm.nvvm.barrier0()
	%2335 = mul i32 %0, 4
	%2336 = add i32 %2335, 1024
	%2337 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2336
	%2338 = load i32, i32 addrspace(3)* %2337
	%2339 = add i32 0, %2338
	%2340 = mul i32 %0, 4
	%2341 = add i32 %2340, 1025
	%2342 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2341
	%2343 = load i32, i32 addrspace(3)* %2342
	%2344 = add i32 %2339, %2343
	%2345 = mul i32 %0, 4
	%2346 = add i32 %2345, 1026
	%2347 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2346
	%2348 = load i32, i32 addrspace(3)* %2347
	%2349 = add i32 %2344, %2348
	%2350 = mul i32 %0, 4
	%2351 = add i32 %2350, 1027
	%2352 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2351
	%2353 = load i32, i32 addrspace(3)* %2352
	%2354 = add i32 %2349, %2353
	%2355 = and i32 %0, 31
	%2356 = lshr i32 %0, 5
	%2357 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2354, i32 1, i32 0)
	%2358 = icmp uge i32 %2355, 1
	%2359 = select i1 %2358, i32 %2357, i32 0
	%2360 = add i32 %2354, %2359
	%2361 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2360, i32 2, i32 0)
	%2362 = icmp uge i32 %2355, 2
	%2363 = select i1 %2362, i32 %2361, i32 0
	%2364 = add i32 %2360, %2363
	%2365 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2364, i32 4, i32 0)
	%2366 = icmp uge i32 %2355, 4
	%2367 = select i1 %2366, i32 %2365, i32 0
	%2368 = add i32 %2364, %2367
	%2369 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2368, i32 8, i32 0)
	%2370 = icmp uge i32 %2355, 8
	%2371 = select i1 %2370, i32 %2369, i32 0
	%2372 = add i32 %2368, %2371
	%2373 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2372, i32 16, i32 0)
	%2374 = icmp uge i32 %2355, 16
	%2375 = select i1 %2374, i32 %2373, i32 0
	%2376 = add i32 %2372, %2375
	%2377 = icmp eq i32 %2355, 31
	br i1 %2377, label %2386, label %2388

2378:
	%2379 = call i32 @llvm.ctpop.i32(i32 %2328)
	%2380 = add i32 56, %4
	%2381 = mul i32 %2326, 64
	%2382 = add i32 %2381, %2380
	%2383 = add i32 1024, %2382
	%2384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2383
	store i32 %2379, i32 addrspace(3)* %2384
	br label %2385

2385:
	br label %2333

2386:
	%2387 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2356
	store i32 %2376, i32 addrspace(3)* %2387
	br label %2388

2388:
	call void @llvm.nvvm.barrier0()
	%2389 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2390 = load i32, i32 addrspace(3)* %2389
	%2391 = icmp sgt i32 %2356, 0
	%2392 = select i1 %2391, i32 %2390, i32 0
	%2393 = add i32 0, %2392
	%2394 = add i32 0, %2390
	%2395 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2396 = load i32, i32 addrspace(3)* %2395
	%2397 = icmp sgt i32 %2356, 1
	%2398 = select i1 %2397, i32 %2396, i32 0
	%2399 = add i32 %2393, %2398
	%2400 = add i32 %2394, %2396
	%2401 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2402 = load i32, i32 addrspace(3)* %2401
	%2403 = icmp sgt i32 %2356, 2
	%2404 = select i1 %2403, i32 %2402, i32 0
	%2405 = add i32 %2399, %2404
	%2406 = add i32 %2400, %2402
	%2407 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2408 = load i32, i32 addrspace(3)* %2407
	%2409 = icmp sgt i32 %2356, 3
	%2410 = select i1 %2409, i32 %2408, i32 0
	%2411 = add i32 %2405, %2410
	%2412 = add i32 %2406, %2408
	%2413 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2414 = load i32, i32 addrspace(3)* %2413
	%2415 = icmp sgt i32 %2356, 4
	%2416 = select i1 %2415, i32 %2414, i32 0
	%2417 = add i32 %2411, %2416
	%2418 = add i32 %2412, %2414
	%2419 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2420 = load i32, i32 addrspace(3)* %2419
	%2421 = icmp sgt i32 %2356, 5
	%2422 = select i1 %2421, i32 %2420, i32 0
	%2423 = add i32 %2417, %2422
	%2424 = add i32 %2418, %2420
	%2425 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2426 = load i32, i32 addrspace(3)* %2425
	%2427 = icmp sgt i32 %2356, 6
	%2428 = select i1 %2427, i32 %2426, i32 0
	%2429 = add i32 %2423, %2428
	%2430 = add i32 %2424, %2426
	%2431 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2432 = load i32, i32 addrspace(3)* %2431
	%2433 = icmp sgt i32 %2356, 7
	%2434 = select i1 %2433, i32 %2432, i32 0
	%2435 = add i32 %2429, %2434
	%2436 = add i32 %2430, %2432
	%2437 = add i32 %2435, %2376
	%2438 = sub i32 %2437, %2354
	%2439 = mul i32 %0, 4
	%2440 = add i32 %2439, 1024
	%2441 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2440
	store i32 %2438, i32 addrspace(3)* %2441
	%2442 = add i32 %2438, %2338
	%2443 = mul i32 %0, 4
	%2444 = add i32 %2443, 1025
	%2445 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2444
	store i32 %2442, i32 addrspace(3)* %2445
	%2446 = add i32 %2442, %2343
	%2447 = mul i32 %0, 4
	%2448 = add i32 %2447, 1026
	%2449 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2448
	store i32 %2446, i32 addrspace(3)* %2449
	%2450 = add i32 %2446, %2348
	%2451 = mul i32 %0, 4
	%2452 = add i32 %2451, 1027
	%2453 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2452
	store i32 %2450, i32 addrspace(3)* %2453
	%2454 = add i32 %2450, %2353
	%2455 = add i32 %0, 0
	%2456 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2455
	store i32 0, i32 addrspace(3)* %2456
	%2457 = add i32 %0, 256
	%2458 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2457
	store i32 0, i32 addrspace(3)* %2458
	%2459 = add i32 %0, 512
	%2460 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2459
	store i32 0, i32 addrspace(3)* %2460
	%2461 = add i32 %0, 768
	%2462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2461
	store i32 0, i32 addrspace(3)* %2462
	call void @llvm.nvvm.barrier0()
	%2463 = and i1 %640, %641
	br i1 %2463, label %2464, label %2477

2464:
	%2465 = lshr i32 %2113, 12
	%2466 = and i32 %2465, 15
	%2467 = add i32 0, %4
	%2468 = mul i32 %2466, 64
	%2469 = add i32 %2468, %2467
	%2470 = add i32 1024, %2469
	%2471 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2470
	%2472 = load i32, i32 addrspace(3)* %2471
	%2473 = add i32 %2472, %2201
	%2474 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2473
	store i32 %2112, i32 addrspace(3)* %2474
	%2475 = add i32 %2473, 2048
	%2476 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2475
	store i32 %2113, i32 addrspace(3)* %2476
	br label %2477

2477:
	%2478 = and i1 %653, %654
	br i1 %2478, label %2479, label %2492

2479:
	%2480 = lshr i32 %2124, 12
	%2481 = and i32 %2480, 15
	%2482 = add i32 8, %4
	%2483 = mul i32 %2481, 64
	%2484 = add i32 %2483, %2482
	%2485 = add i32 1024, %2484
	%2486 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2485
	%2487 = load i32, i32 addrspace(3)* %2486
	%2488 = add i32 %2487, %2220
	%2489 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2488
	store i32 %2123, i32 addrspace(3)* %2489
	%2490 = add i32 %2488, 2048
	%2491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2490
	store i32 %2124, i32 addrspace(3)* %2491
	br label %2492

2492:
	%2493 = and i1 %666, %667
	br i1 %2493, label %2494, label %2507

2494:
	%2495 = lshr i32 %2135, 12
	%2496 = and i32 %2495, 15
	%2497 = add i32 16, %4
	%2498 = mul i32 %2496, 64
	%2499 = add i32 %2498, %2497
	%2500 = add i32 1024, %2499
	%2501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2500
	%2502 = load i32, i32 addrspace(3)* %2501
	%2503 = add i32 %2502, %2239
	%2504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2503
	store i32 %2134, i32 addrspace(3)* %2504
	%2505 = add i32 %2503, 2048
	%2506 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2505
	store i32 %2135, i32 addrspace(3)* %2506
	br label %2507

2507:
	%2508 = and i1 %679, %680
	br i1 %2508, label %2509, label %2522

2509:
	%2510 = lshr i32 %2146, 12
	%2511 = and i32 %2510, 15
	%2512 = add i32 24, %4
	%2513 = mul i32 %2511, 64
	%2514 = add i32 %2513, %2512
	%2515 = add i32 1024, %2514
	%2516 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2515
	%2517 = load i32, i32 addrspace(3)* %2516
	%2518 = add i32 %2517, %2258
	%2519 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2518
	store i32 %2145, i32 addrspace(3)* %2519
	%2520 = add i32 %2518, 2048
	%2521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2520
	store i32 %2146, i32 addrspace(3)* %2521
	br label %2522

2522:
	%2523 = and i1 %692, %693
	br i1 %2523, label %2524, label %2537

2524:
	%2525 = lshr i32 %2157, 12
	%2526 = and i32 %2525, 15
	%2527 = add i32 32, %4
	%2528 = mul i32 %2526, 64
	%2529 = add i32 %2528, %2527
	%2530 = add i32 1024, %2529
	%2531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2530
	%2532 = load i32, i32 addrspace(3)* %2531
	%2533 = add i32 %2532, %2277
	%2534 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2533
	store i32 %2156, i32 addrspace(3)* %2534
	%2535 = add i32 %2533, 2048
	%2536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2535
	store i32 %2157, i32 addrspace(3)* %2536
	br label %2537

2537:
	%2538 = and i1 %705, %706
	br i1 %2538, label %2539, label %2552

2539:
	%2540 = lshr i32 %2168, 12
	%2541 = and i32 %2540, 15
	%2542 = add i32 40, %4
	%2543 = mul i32 %2541, 64
	%2544 = add i32 %2543, %2542
	%2545 = add i32 1024, %2544
	%2546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2545
	%2547 = load i32, i32 addrspace(3)* %2546
	%2548 = add i32 %2547, %2296
	%2549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2548
	store i32 %2167, i32 addrspace(3)* %2549
	%2550 = add i32 %2548, 2048
	%2551 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2550
	store i32 %2168, i32 addrspace(3)* %2551
	br label %2552

2552:
	%2553 = and i1 %718, %719
	br i1 %2553, label %2554, label %2567

2554:
	%2555 = lshr i32 %2179, 12
	%2556 = and i32 %2555, 15
	%2557 = add i32 48, %4
	%2558 = mul i32 %2556, 64
	%2559 = add i32 %2558, %2557
	%2560 = add i32 1024, %2559
	%2561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2560
	%2562 = load i32, i32 addrspace(3)* %2561
	%2563 = add i32 %2562, %2315
	%2564 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2563
	store i32 %2178, i32 addrspace(3)* %2564
	%2565 = add i32 %2563, 2048
	%2566 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2565
	store i32 %2179, i32 addrspace(3)* %2566
	br label %2567

2567:
	%2568 = and i1 %731, %732
	br i1 %2568, label %2569, label %2582

2569:
	%2570 = lshr i32 %2190, 12
	%2571 = and i32 %2570, 15
	%2572 = add i32 56, %4
	%2573 = mul i32 %2571, 64
	%2574 = add i32 %2573, %2572
	%2575 = add i32 1024, %2574
	%2576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2575
	%2577 = load i32, i32 addrspace(3)* %2576
	%2578 = add i32 %2577, %2334
	%2579 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2578
	store i32 %2189, i32 addrspace(3)* %2579
	%2580 = add i32 %2578, 2048
	%2581 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2580
	store i32 %2190, i32 addrspace(3)* %2581
	br label %2582

2582:
	call void @llvm.nvvm.barrier0()
	%2583 = add i32 0, %0
	%2584 = and i1 %640, %641
	br i1 %2584, label %2585, label %2591

2585:
	%2586 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2583
	%2587 = load i32, i32 addrspace(3)* %2586
	%2588 = add i32 %2583, 2048
	%2589 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2588
	%2590 = load i32, i32 addrspace(3)* %2589
	br label %2591

2591:
	%2592 = phi i32 [ %2112, %2582 ], [ %2587, %2585 ]
	%2593 = phi i32 [ %2113, %2582 ], [ %2590, %2585 ]
	%2594 = add i32 256, %0
	%2595 = and i1 %653, %654
	br i1 %2595, label %2596, label %2602

2596:
	%2597 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2594
	%2598 = load i32, i32 addrspace(3)* %2597
	%2599 = add i32 %2594, 2048
	%2600 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2599
	%2601 = load i32, i32 addrspace(3)* %2600
	br label %2602

2602:
	%2603 = phi i32 [ %2123, %2591 ], [ %2598, %2596 ]
	%2604 = phi i32 [ %2124, %2591 ], [ %2601, %2596 ]
	%2605 = add i32 512, %0
	%2606 = and i1 %666, %667
	br i1 %2606, label %2607, label %2613

2607:
	%2608 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2605
	%2609 = load i32, i32 addrspace(3)* %2608
	%2610 = add i32 %2605, 2048
	%2611 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2610
	%2612 = load i32, i32 addrspace(3)* %2611
	br label %2613

2613:
	%2614 = phi i32 [ %2134, %2602 ], [ %2609, %2607 ]
	%2615 = phi i32 [ %2135, %2602 ], [ %2612, %2607 ]
	%2616 = add i32 768, %0
	%2617 = and i1 %679, %680
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
	%2627 = add i32 1024, %0
	%2628 = and i1 %692, %693
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
	%2638 = add i32 1280, %0
	%2639 = and i1 %705, %706
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
	%2649 = add i32 1536, %0
	%2650 = and i1 %718, %719
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
	%2660 = add i32 1792, %0
	%2661 = and i1 %731, %732
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
	br i1 %640, label %2671, label %2680

2671:
	%2672 = lshr i32 %2593, 16
	%2673 = and i32 %2672, 15
	%2674 = select i1 %641, i32 %2673, i32 16
	%2675 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2674)
	%2676 = and i32 %2675, %638
	%2677 = call i32 @llvm.ctpop.i32(i32 %2676)
	%2678 = icmp eq i32 %2677, 0
	%2679 = and i1 %641, %2678
	br i1 %2679, label %2682, label %2689

2680:
	%2681 = phi i32 [ 0, %2668 ], [ %2677, %2689 ]
	br i1 %653, label %2690, label %2699

2682:
	%2683 = call i32 @llvm.ctpop.i32(i32 %2675)
	%2684 = add i32 0, %4
	%2685 = mul i32 %2673, 64
	%2686 = add i32 %2685, %2684
	%2687 = add i32 0, %2686
	%2688 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2687
	store i32 %2683, i32 addrspace(3)* %2688
	br label %2689

2689:
	br label %2680

2690:
	%2691 = lshr i32 %2604, 16
	%2692 = and i32 %2691, 15
	%2693 = select i1 %654, i32 %2692, i32 16
	%2694 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2693)
	%2695 = and i32 %2694, %638
	%2696 = call i32 @llvm.ctpop.i32(i32 %2695)
	%2697 = icmp eq i32 %2696, 0
	%2698 = and i1 %654, %2697
	br i1 %2698, label %2701, label %2708

2699:
	%2700 = phi i32 [ 0, %2680 ], [ %2696, %2708 ]
	br i1 %666, label %2709, label %2718

2701:
	%2702 = call i32 @llvm.ctpop.i32(i32 %2694)
	%2703 = add i32 8, %4
	%2704 = mul i32 %2692, 64
	%2705 = add i32 %2704, %2703
	%2706 = add i32 0, %2705
	%2707 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2706
	store i32 %2702, i32 addrspace(3)* %2707
	br label %2708

2708:
	br label %2699

2709:
	%2710 = lshr i32 %2615, 16
	%2711 = and i32 %2710, 15
	%2712 = select i1 %667, i32 %2711, i32 16
	%2713 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2712)
	%2714 = and i32 %2713, %638
	%2715 = call i32 @llvm.ctpop.i32(i32 %2714)
	%2716 = icmp eq i32 %2715, 0
	%2717 = and i1 %667, %2716
	br i1 %2717, label %2720, label %2727

2718:
	%2719 = phi i32 [ 0, %2699 ], [ %2715, %2727 ]
	br i1 %679, label %2728, label %2737

2720:
	%2721 = call i32 @llvm.ctpop.i32(i32 %2713)
	%2722 = add i32 16, %4
	%2723 = mul i32 %2711, 64
	%2724 = add i32 %2723, %2722
	%2725 = add i32 0, %2724
	%2726 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2725
	store i32 %2721, i32 addrspace(3)* %2726
	br label %2727

2727:
	br label %2718

2728:
	%2729 = lshr i32 %2626, 16
	%2730 = and i32 %2729, 15
	%2731 = select i1 %680, i32 %2730, i32 16
	%2732 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2731)
	%2733 = and i32 %2732, %638
	%2734 = call i32 @llvm.ctpop.i32(i32 %2733)
	%2735 = icmp eq i32 %2734, 0
	%2736 = and i1 %680, %2735
	br i1 %2736, label %2739, label %2746

2737:
	%2738 = phi i32 [ 0, %2718 ], [ %2734, %2746 ]
	br i1 %692, label %2747, label %2756

2739:
	%2740 = call i32 @llvm.ctpop.i32(i32 %2732)
	%2741 = add i32 24, %4
	%2742 = mul i32 %2730, 64
	%2743 = add i32 %2742, %2741
	%2744 = add i32 0, %2743
	%2745 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2744
	store i32 %2740, i32 addrspace(3)* %2745
	br label %2746

2746:
	br label %2737

2747:
	%2748 = lshr i32 %2637, 16
	%2749 = and i32 %2748, 15
	%2750 = select i1 %693, i32 %2749, i32 16
	%2751 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2750)
	%2752 = and i32 %2751, %638
	%2753 = call i32 @llvm.ctpop.i32(i32 %2752)
	%2754 = icmp eq i32 %2753, 0
	%2755 = and i1 %693, %2754
	br i1 %2755, label %2758, label %2765

2756:
	%2757 = phi i32 [ 0, %2737 ], [ %2753, %2765 ]
	br i1 %705, label %2766, label %2775

2758:
	%2759 = call i32 @llvm.ctpop.i32(i32 %2751)
	%2760 = add i32 32, %4
	%2761 = mul i32 %2749, 64
	%2762 = add i32 %2761, %2760
	%2763 = add i32 0, %2762
	%2764 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2763
	store i32 %2759, i32 addrspace(3)* %2764
	br label %2765

2765:
	br label %2756

2766:
	%2767 = lshr i32 %2648, 16
	%2768 = and i32 %2767, 15
	%2769 = select i1 %706, i32 %2768, i32 16
	%2770 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2769)
	%2771 = and i32 %2770, %638
	%2772 = call i32 @llvm.ctpop.i32(i32 %2771)
	%2773 = icmp eq i32 %2772, 0
	%2774 = and i1 %706, %2773
	br i1 %2774, label %2777, label %2784

2775:
	%2776 = phi i32 [ 0, %2756 ], [ %2772, %2784 ]
	br i1 %718, label %2785, label %2794

2777:
	%2778 = call i32 @llvm.ctpop.i32(i32 %2770)
	%2779 = add i32 40, %4
	%2780 = mul i32 %2768, 64
	%2781 = add i32 %2780, %2779
	%2782 = add i32 0, %2781
	%2783 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2782
	store i32 %2778, i32 addrspace(3)* %2783
	br label %2784

2784:
	br label %2775

2785:
	%2786 = lshr i32 %2659, 16
	%2787 = and i32 %2786, 15
	%2788 = select i1 %719, i32 %2787, i32 16
	%2789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2788)
	%2790 = and i32 %2789, %638
	%2791 = call i32 @llvm.ctpop.i32(i32 %2790)
	%2792 = icmp eq i32 %2791, 0
	%2793 = and i1 %719, %2792
	br i1 %2793, label %2796, label %2803

2794:
	%2795 = phi i32 [ 0, %2775 ], [ %2791, %2803 ]
	br i1 %731, label %2804, label %2813

2796:
	%2797 = call i32 @llvm.ctpop.i32(i32 %2789)
	%2798 = add i32 48, %4
	%2799 = mul i32 %2787, 64
	%2800 = add i32 %2799, %2798
	%2801 = add i32 0, %2800
	%2802 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2801
	store i32 %2797, i32 addrspace(3)* %2802
	br label %2803

2803:
	br label %2794

2804:
	%2805 = lshr i32 %2670, 16
	%2806 = and i32 %2805, 15
	%2807 = select i1 %732, i32 %2806, i32 16
	%2808 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2807)
	%2809 = and i32 %2808, %638
	%2810 = call i32 @llvm.ctpop.i32(i32 %2809)
	%2811 = icmp eq i32 %2810, 0
	%2812 = and i1 %732, %2811
	br i1 %2812, label %2858, label %2865

2813:
	%2814 = phi i32 [ 0, %2794 ], [ %2810, %2865 ]
	call void @llvm.nvvm.barrier0()
	%2815 = mul i32 %0, 4
	%2816 = add i32 %2815, 0
	%2817 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2816
	%2818 = load i32, i32 addrspace(3)* %2817
	%2819 = add i32 0, %2818
	%2820 = mul i32 %0, 4
	%2821 = add i32 %2820, 1
	%2822 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2821
	%2823 = load i32, i32 addrspace(3)* %2822
	%2824 = add i32 %2819, %2823
	%2825 = mul i32 %0, 4
	%2826 = add i32 %2825, 2
	%2827 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2826
	%2828 = load i32, i32 addrspace(3)* %2827
	%2829 = add i32 %2824, %2828
	%2830 = mul i32 %0, 4
	%2831 = add i32 %2830, 3
	%2832 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2831
	%2833 = load i32, i32 addrspace(3)* %2832
	%2834 = add i32 %2829, %2833
	%2835 = and i32 %0, 31
	%2836 = lshr i32 %0, 5
	%2837 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2834, i32 1, i32 0)
	%2838 = icmp uge i32 %2835, 1
	%2839 = select i1 %2838, i32 %2837, i32 0
	%2840 = add i32 %2834, %2839
	%2841 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2840, i32 2, i32 0)
	%2842 = icmp uge i32 %2835, 2
	%2843 = select i1 %2842, i32 %2841, i32 0
	%2844 = add i32 %2840, %2843
	%2845 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2844, i32 4, i32 0)
	%2846 = icmp uge i32 %2835, 4
	%2847 = select i1 %2846, i32 %2845, i32 0
	%2848 = add i32 %2844, %2847
	%2849 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2848, i32 8, i32 0)
	%2850 = icmp uge i32 %2835, 8
	%2851 = select i1 %2850, i32 %2849, i32 0
	%2852 = add i32 %2848, %2851
	%2853 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2852, i32 16, i32 0)
	%2854 = icmp uge i32 %2835, 16
	%2855 = select i1 %2854, i32 %2853, i32 0
	%2856 = add i32 %2852, %2855
	%2857 = icmp eq i32 %2835, 31
	br i1 %2857, label %2866, label %2868

2858:
	%2859 = call i32 @llvm.ctpop.i32(i32 %2808)
	%2860 = add i32 56, %4
	%2861 = mul i32 %2806, 64
	%2862 = add i32 %2861, %2860
	%2863 = add i32 0, %2862
	%2864 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2863
	store i32 %2859, i32 addrspace(3)* %2864
	br label %2865

2865:
	br label %2813

2866:
	%2867 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %2836
	store i32 %2856, i32 addrspace(3)* %2867
	br label %2868

2868:
	call void @llvm.nvvm.barrier0()
	%2869 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2870 = load i32, i32 addrspace(3)* %2869
	%2871 = icmp sgt i32 %2836, 0
	%2872 = select i1 %2871, i32 %2870, i32 0
	%2873 = add i32 0, %2872
	%2874 = add i32 0, %2870
	%2875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2876 = load i32, i32 addrspace(3)* %2875
	%2877 = icmp sgt i32 %2836, 1
	%2878 = select i1 %2877, i32 %2876, i32 0
	%2879 = add i32 %2873, %2878
	%2880 = add i32 %2874, %2876
	%2881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2882 = load i32, i32 addrspace(3)* %2881
	%2883 = icmp sgt i32 %2836, 2
	%2884 = select i1 %2883, i32 %2882, i32 0
	%2885 = add i32 %2879, %2884
	%2886 = add i32 %2880, %2882
	%2887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2888 = load i32, i32 addrspace(3)* %2887
	%2889 = icmp sgt i32 %2836, 3
	%2890 = select i1 %2889, i32 %2888, i32 0
	%2891 = add i32 %2885, %2890
	%2892 = add i32 %2886, %2888
	%2893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2894 = load i32, i32 addrspace(3)* %2893
	%2895 = icmp sgt i32 %2836, 4
	%2896 = select i1 %2895, i32 %2894, i32 0
	%2897 = add i32 %2891, %2896
	%2898 = add i32 %2892, %2894
	%2899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2900 = load i32, i32 addrspace(3)* %2899
	%2901 = icmp sgt i32 %2836, 5
	%2902 = select i1 %2901, i32 %2900, i32 0
	%2903 = add i32 %2897, %2902
	%2904 = add i32 %2898, %2900
	%2905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2906 = load i32, i32 addrspace(3)* %2905
	%2907 = icmp sgt i32 %2836, 6
	%2908 = select i1 %2907, i32 %2906, i32 0
	%2909 = add i32 %2903, %2908
	%2910 = add i32 %2904, %2906
	%2911 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2912 = load i32, i32 addrspace(3)* %2911
	%2913 = icmp sgt i32 %2836, 7
	%2914 = select i1 %2913, i32 %2912, i32 0
	%2915 = add i32 %2909, %2914
	%2916 = add i32 %2910, %2912
	%2917 = add i32 %2915, %2856
	%2918 = sub i32 %2917, %2834
	%2919 = mul i32 %0, 4
	%2920 = add i32 %2919, 0
	%2921 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2920
	store i32 %2918, i32 addrspace(3)* %2921
	%2922 = add i32 %2918, %2818
	%2923 = mul i32 %0, 4
	%2924 = add i32 %2923, 1
	%2925 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2924
	store i32 %2922, i32 addrspace(3)* %2925
	%2926 = add i32 %2922, %2823
	%2927 = mul i32 %0, 4
	%2928 = add i32 %2927, 2
	%2929 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2928
	store i32 %2926, i32 addrspace(3)* %2929
	%2930 = add i32 %2926, %2828
	%2931 = mul i32 %0, 4
	%2932 = add i32 %2931, 3
	%2933 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2932
	store i32 %2930, i32 addrspace(3)* %2933
	%2934 = add i32 %2930, %2833
	%2935 = add i32 %0, 1024
	%2936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2935
	store i32 0, i32 addrspace(3)* %2936
	%2937 = add i32 %0, 1280
	%2938 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2937
	store i32 0, i32 addrspace(3)* %2938
	%2939 = add i32 %0, 1536
	%2940 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2939
	store i32 0, i32 addrspace(3)* %2940
	%2941 = add i32 %0, 1792
	%2942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2941
	store i32 0, i32 addrspace(3)* %2942
	call void @llvm.nvvm.barrier0()
	%2943 = and i1 %640, %641
	br i1 %2943, label %2944, label %2957

2944:
	%2945 = lshr i32 %2593, 16
	%2946 = and i32 %2945, 15
	%2947 = add i32 0, %4
	%2948 = mul i32 %2946, 64
	%2949 = add i32 %2948, %2947
	%2950 = add i32 0, %2949
	%2951 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2950
	%2952 = load i32, i32 addrspace(3)* %2951
	%2953 = add i32 %2952, %2681
	%2954 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2953
	store i32 %2592, i32 addrspace(3)* %2954
	%2955 = add i32 %2953, 2048
	%2956 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2955
	store i32 %2593, i32 addrspace(3)* %2956
	br label %2957

2957:
	%2958 = and i1 %653, %654
	br i1 %2958, label %2959, label %2972

2959:
	%2960 = lshr i32 %2604, 16
	%2961 = and i32 %2960, 15
	%2962 = add i32 8, %4
	%2963 = mul i32 %2961, 64
	%2964 = add i32 %2963, %2962
	%2965 = add i32 0, %2964
	%2966 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2965
	%2967 = load i32, i32 addrspace(3)* %2966
	%2968 = add i32 %2967, %2700
	%2969 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2968
	store i32 %2603, i32 addrspace(3)* %2969
	%2970 = add i32 %2968, 2048
	%2971 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2970
	store i32 %2604, i32 addrspace(3)* %2971
	br label %2972

2972:
	%2973 = and i1 %666, %667
	br i1 %2973, label %2974, label %2987

2974:
	%2975 = lshr i32 %2615, 16
	%2976 = and i32 %2975, 15
	%2977 = add i32 16, %4
	%2978 = mul i32 %2976, 64
	%2979 = add i32 %2978, %2977
	%2980 = add i32 0, %2979
	%2981 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2980
	%2982 = load i32, i32 addrspace(3)* %2981
	%2983 = add i32 %2982, %2719
	%2984 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2983
	store i32 %2614, i32 addrspace(3)* %2984
	%2985 = add i32 %2983, 2048
	%2986 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2985
	store i32 %2615, i32 addrspace(3)* %2986
	br label %2987

2987:
	%2988 = and i1 %679, %680
	br i1 %2988, label %2989, label %3002

2989:
	%2990 = lshr i32 %2626, 16
	%2991 = and i32 %2990, 15
	%2992 = add i32 24, %4
	%2993 = mul i32 %2991, 64
	%2994 = add i32 %2993, %2992
	%2995 = add i32 0, %2994
	%2996 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2995
	%2997 = load i32, i32 addrspace(3)* %2996
	%2998 = add i32 %2997, %2738
	%2999 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2998
	store i32 %2625, i32 addrspace(3)* %2999
	%3000 = add i32 %2998, 2048
	%3001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3000
	store i32 %2626, i32 addrspace(3)* %3001
	br label %3002

3002:
	%3003 = and i1 %692, %693
	br i1 %3003, label %3004, label %3017

3004:
	%3005 = lshr i32 %2637, 16
	%3006 = and i32 %3005, 15
	%3007 = add i32 32, %4
	%3008 = mul i32 %3006, 64
	%3009 = add i32 %3008, %3007
	%3010 = add i32 0, %3009
	%3011 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3010
	%3012 = load i32, i32 addrspace(3)* %3011
	%3013 = add i32 %3012, %2757
	%3014 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3013
	store i32 %2636, i32 addrspace(3)* %3014
	%3015 = add i32 %3013, 2048
	%3016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3015
	store i32 %2637, i32 addrspace(3)* %3016
	br label %3017

3017:
	%3018 = and i1 %705, %706
	br i1 %3018, label %3019, label %3032

3019:
	%3020 = lshr i32 %2648, 16
	%3021 = and i32 %3020, 15
	%3022 = add i32 40, %4
	%3023 = mul i32 %3021, 64
	%3024 = add i32 %3023, %3022
	%3025 = add i32 0, %3024
	%3026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3025
	%3027 = load i32, i32 addrspace(3)* %3026
	%3028 = add i32 %3027, %2776
	%3029 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3028
	store i32 %2647, i32 addrspace(3)* %3029
	%3030 = add i32 %3028, 2048
	%3031 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3030
	store i32 %2648, i32 addrspace(3)* %3031
	br label %3032

3032:
	%3033 = and i1 %718, %719
	br i1 %3033, label %3034, label %3047

3034:
	%3035 = lshr i32 %2659, 16
	%3036 = and i32 %3035, 15
	%3037 = add i32 48, %4
	%3038 = mul i32 %3036, 64
	%3039 = add i32 %3038, %3037
	%3040 = add i32 0, %3039
	%3041 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3040
	%3042 = load i32, i32 addrspace(3)* %3041
	%3043 = add i32 %3042, %2795
	%3044 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3043
	store i32 %2658, i32 addrspace(3)* %3044
	%3045 = add i32 %3043, 2048
	%3046 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3045
	store i32 %2659, i32 addrspace(3)* %3046
	br label %3047

3047:
	%3048 = and i1 %731, %732
	br i1 %3048, label %3049, label %3062

3049:
	%3050 = lshr i32 %2670, 16
	%3051 = and i32 %3050, 15
	%3052 = add i32 56, %4
	%3053 = mul i32 %3051, 64
	%3054 = add i32 %3053, %3052
	%3055 = add i32 0, %3054
	%3056 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3055
	%3057 = load i32, i32 addrspace(3)* %3056
	%3058 = add i32 %3057, %2814
	%3059 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3058
	store i32 %2669, i32 addrspace(3)* %3059
	%3060 = add i32 %3058, 2048
	%3061 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3060
	store i32 %2670, i32 addrspace(3)* %3061
	br label %3062

3062:
	call void @llvm.nvvm.barrier0()
	%3063 = add i32 0, %0
	%3064 = and i1 %640, %641
	br i1 %3064, label %3065, label %3071

3065:
	%3066 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3063
	%3067 = load i32, i32 addrspace(3)* %3066
	%3068 = add i32 %3063, 2048
	%3069 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3068
	%3070 = load i32, i32 addrspace(3)* %3069
	br label %3071

3071:
	%3072 = phi i32 [ %2592, %3062 ], [ %3067, %3065 ]
	%3073 = phi i32 [ %2593, %3062 ], [ %3070, %3065 ]
	%3074 = add i32 256, %0
	%3075 = and i1 %653, %654
	br i1 %3075, label %3076, label %3082

3076:
	%3077 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3074
	%3078 = load i32, i32 addrspace(3)* %3077
	%3079 = add i32 %3074, 2048
	%3080 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3079
	%3081 = load i32, i32 addrspace(3)* %3080
	br label %3082

3082:
	%3083 = phi i32 [ %2603, %3071 ], [ %3078, %3076 ]
	%3084 = phi i32 [ %2604, %3071 ], [ %3081, %3076 ]
	%3085 = add i32 512, %0
	%3086 = and i1 %666, %667
	br i1 %3086, label %3087, label %3093

3087:
	%3088 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3085
	%3089 = load i32, i32 addrspace(3)* %3088
	%3090 = add i32 %3085, 2048
	%3091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3090
	%3092 = load i32, i32 addrspace(3)* %3091
	br label %3093

3093:
	%3094 = phi i32 [ %2614, %3082 ], [ %3089, %3087 ]
	%3095 = phi i32 [ %2615, %3082 ], [ %3092, %3087 ]
	%3096 = add i32 768, %0
	%3097 = and i1 %679, %680
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
	%3107 = add i32 1024, %0
	%3108 = and i1 %692, %693
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
	%3118 = add i32 1280, %0
	%3119 = and i1 %705, %706
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
	%3129 = add i32 1536, %0
	%3130 = and i1 %718, %719
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
	%3140 = add i32 1792, %0
	%3141 = and i1 %731, %732
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
	br i1 %640, label %3151, label %3160

3151:
	%3152 = lshr i32 %3073, 20
	%3153 = and i32 %3152, 15
	%3154 = select i1 %641, i32 %3153, i32 16
	%3155 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3154)
	%3156 = and i32 %3155, %638
	%3157 = call i32 @llvm.ctpop.i32(i32 %3156)
	%3158 = icmp eq i32 %3157, 0
	%3159 = and i1 %641, %3158
	br i1 %3159, label %3162, label %3169

3160:
	%3161 = phi i32 [ 0, %3148 ], [ %3157, %3169 ]
	br i1 %653, label %3170, label %3179

3162:
	%3163 = call i32 @llvm.ctpop.i32(i32 %3155)
	%3164 = add i32 0, %4
	%3165 = mul i32 %3153, 64
	%3166 = add i32 %3165, %3164
	%3167 = add i32 1024, %3166
	%3168 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3167
	store i32 %3163, i32 addrspace(3)* %3168
	br label %3169

3169:
	br label %3160

3170:
	%3171 = lshr i32 %3084, 20
	%3172 = and i32 %3171, 15
	%3173 = select i1 %654, i32 %3172, i32 16
	%3174 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3173)
	%3175 = and i32 %3174, %638
	%3176 = call i32 @llvm.ctpop.i32(i32 %3175)
	%3177 = icmp eq i32 %3176, 0
	%3178 = and i1 %654, %3177
	br i1 %3178, label %3181, label %3188

3179:
	%3180 = phi i32 [ 0, %3160 ], [ %3176, %3188 ]
	br i1 %666, label %3189, label %3198

3181:
	%3182 = call i32 @llvm.ctpop.i32(i32 %3174)
	%3183 = add i32 8, %4
	%3184 = mul i32 %3172, 64
	%3185 = add i32 %3184, %3183
	%3186 = add i32 1024, %3185
	%3187 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3186
	store i32 %3182, i32 addrspace(3)* %3187
	br label %3188

3188:
	br label %3179

3189:
	%3190 = lshr i32 %3095, 20
	%3191 = and i32 %3190, 15
	%3192 = select i1 %667, i32 %3191, i32 16
	%3193 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3192)
	%3194 = and i32 %3193, %638
	%3195 = call i32 @llvm.ctpop.i32(i32 %3194)
	%3196 = icmp eq i32 %3195, 0
	%3197 = and i1 %667, %3196
	br i1 %3197, label %3200, label %3207

3198:
	%3199 = phi i32 [ 0, %3179 ], [ %3195, %3207 ]
	br i1 %679, label %3208, label %3217

3200:
	%3201 = call i32 @llvm.ctpop.i32(i32 %3193)
	%3202 = add i32 16, %4
	%3203 = mul i32 %3191, 64
	%3204 = add i32 %3203, %3202
	%3205 = add i32 1024, %3204
	%3206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3205
	store i32 %3201, i32 addrspace(3)* %3206
	br label %3207

3207:
	br label %3198

3208:
	%3209 = lshr i32 %3106, 20
	%3210 = and i32 %3209, 15
	%3211 = select i1 %680, i32 %3210, i32 16
	%3212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3211)
	%3213 = and i32 %3212, %638
	%3214 = call i32 @llvm.ctpop.i32(i32 %3213)
	%3215 = icmp eq i32 %3214, 0
	%3216 = and i1 %680, %3215
	br i1 %3216, label %3219, label %3226

3217:
	%3218 = phi i32 [ 0, %3198 ], [ %3214, %3226 ]
	br i1 %692, label %3227, label %3236

3219:
	%3220 = call i32 @llvm.ctpop.i32(i32 %3212)
	%3221 = add i32 24, %4
	%3222 = mul i32 %3210, 64
	%3223 = add i32 %3222, %3221
	%3224 = add i32 1024, %3223
	%3225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3224
	store i32 %3220, i32 addrspace(3)* %3225
	br label %3226

3226:
	br label %3217

3227:
	%3228 = lshr i32 %3117, 20
	%3229 = and i32 %3228, 15
	%3230 = select i1 %693, i32 %3229, i32 16
	%3231 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3230)
	%3232 = and i32 %3231, %638
	%3233 = call i32 @llvm.ctpop.i32(i32 %3232)
	%3234 = icmp eq i32 %3233, 0
	%3235 = and i1 %693, %3234
	br i1 %3235, label %3238, label %3245

3236:
	%3237 = phi i32 [ 0, %3217 ], [ %3233, %3245 ]
	br i1 %705, label %3246, label %3255

3238:
	%3239 = call i32 @llvm.ctpop.i32(i32 %3231)
	%3240 = add i32 32, %4
	%3241 = mul i32 %3229, 64
	%3242 = add i32 %3241, %3240
	%3243 = add i32 1024, %3242
	%3244 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3243
	store i32 %3239, i32 addrspace(3)* %3244
	br label %3245

3245:
	br label %3236

3246:
	%3247 = lshr i32 %3128, 20
	%3248 = and i32 %3247, 15
	%3249 = select i1 %706, i32 %3248, i32 16
	%3250 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3249)
	%3251 = and i32 %3250, %638
	%3252 = call i32 @llvm.ctpop.i32(i32 %3251)
	%3253 = icmp eq i32 %3252, 0
	%3254 = and i1 %706, %3253
	br i1 %3254, label %3257, label %3264

3255:
	%3256 = phi i32 [ 0, %3236 ], [ %3252, %3264 ]
	br i1 %718, label %3265, label %3274

3257:
	%3258 = call i32 @llvm.ctpop.i32(i32 %3250)
	%3259 = add i32 40, %4
	%3260 = mul i32 %3248, 64
	%3261 = add i32 %3260, %3259
	%3262 = add i32 1024, %3261
	%3263 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3262
	store i32 %3258, i32 addrspace(3)* %3263
	br label %3264

3264:
	br label %3255

3265:
	%3266 = lshr i32 %3139, 20
	%3267 = and i32 %3266, 15
	%3268 = select i1 %719, i32 %3267, i32 16
	%3269 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3268)
	%3270 = and i32 %3269, %638
	%3271 = call i32 @llvm.ctpop.i32(i32 %3270)
	%3272 = icmp eq i32 %3271, 0
	%3273 = and i1 %719, %3272
	br i1 %3273, label %3276, label %3283

3274:
	%3275 = phi i32 [ 0, %3255 ], [ %3271, %3283 ]
	br i1 %731, label %3284, label %3293

3276:
	%3277 = call i32 @llvm.ctpop.i32(i32 %3269)
	%3278 = add i32 48, %4
	%3279 = mul i32 %3267, 64
	%3280 = add i32 %3279, %3278
	%3281 = add i32 1024, %3280
	%3282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3281
	store i32 %3277, i32 addrspace(3)* %3282
	br label %3283

3283:
	br label %3274

3284:
	%3285 = lshr i32 %3150, 20
	%3286 = and i32 %3285, 15
	%3287 = select i1 %732, i32 %3286, i32 16
	%3288 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3287)
	%3289 = and i32 %3288, %638
	%3290 = call i32 @llvm.ctpop.i32(i32 %3289)
	%3291 = icmp eq i32 %3290, 0
	%3292 = and i1 %732, %3291
	br i1 %3292, label %3338, label %3345

3293:
	%3294 = phi i32 [ 0, %3274 ], [ %3290, %3345 ]
	call void @llvm.nvvm.barrier0()
	%3295 = mul i32 %0, 4
	%3296 = add i32 %3295, 1024
	%3297 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3296
	%3298 = load i32, i32 addrspace(3)* %3297
	%3299 = add i32 0, %3298
	%3300 = mul i32 %0, 4
	%3301 = add i32 %3300, 1025
	%3302 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3301
	%3303 = load i32, i32 addrspace(3)* %3302
	%3304 = add i32 %3299, %3303
	%3305 = mul i32 %0, 4
	%3306 = add i32 %3305, 1026
	%3307 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3306
	%3308 = load i32, i32 addrspace(3)* %3307
	%3309 = add i32 %3304, %3308
	%3310 = mul i32 %0, 4
	%3311 = add i32 %3310, 1027
	%3312 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3311
	%3313 = load i32, i32 addrspace(3)* %3312
	%3314 = add i32 %3309, %3313
	%3315 = and i32 %0, 31
	%3316 = lshr i32 %0, 5
	%3317 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3314, i32 1, i32 0)
	%3318 = icmp uge i32 %3315, 1
	%3319 = select i1 %3318, i32 %3317, i32 0
	%3320 = add i32 %3314, %3319
	%3321 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3320, i32 2, i32 0)
	%3322 = icmp uge i32 %3315, 2
	%3323 = select i1 %3322, i32 %3321, i32 0
	%3324 = add i32 %3320, %3323
	%3325 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3324, i32 4, i32 0)
	%3326 = icmp uge i32 %3315, 4
	%3327 = select i1 %3326, i32 %3325, i32 0
	%3328 = add i32 %3324, %3327
	%3329 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3328, i32 8, i32 0)
	%3330 = icmp uge i32 %3315, 8
	%3331 = select i1 %3330, i32 %3329, i32 0
	%3332 = add i32 %3328, %3331
	%3333 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3332, i32 16, i32 0)
	%3334 = icmp uge i32 %3315, 16
	%3335 = select i1 %3334, i32 %3333, i32 0
	%3336 = add i32 %3332, %3335
	%3337 = icmp eq i32 %3315, 31
	br i1 %3337, label %3346, label %3348

3338:
	%3339 = call i32 @llvm.ctpop.i32(i32 %3288)
	%3340 = add i32 56, %4
	%3341 = mul i32 %3286, 64
	%3342 = add i32 %3341, %3340
	%3343 = add i32 1024, %3342
	%3344 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3343
	store i32 %3339, i32 addrspace(3)* %3344
	br label %3345

3345:
	br label %3293

3346:
	%3347 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3316
	store i32 %3336, i32 addrspace(3)* %3347
	br label %3348

3348:
	call void @llvm.nvvm.barrier0()
	%3349 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3350 = load i32, i32 addrspace(3)* %3349
	%3351 = icmp sgt i32 %3316, 0
	%3352 = select i1 %3351, i32 %3350, i32 0
	%3353 = add i32 0, %3352
	%3354 = add i32 0, %3350
	%3355 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3356 = load i32, i32 addrspace(3)* %3355
	%3357 = icmp sgt i32 %3316, 1
	%3358 = select i1 %3357, i32 %3356, i32 0
	%3359 = add i32 %3353, %3358
	%3360 = add i32 %3354, %3356
	%3361 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3362 = load i32, i32 addrspace(3)* %3361
	%3363 = icmp sgt i32 %3316, 2
	%3364 = select i1 %3363, i32 %3362, i32 0
	%3365 = add i32 %3359, %3364
	%3366 = add i32 %3360, %3362
	%3367 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3368 = load i32, i32 addrspace(3)* %3367
	%3369 = icmp sgt i32 %3316, 3
	%3370 = select i1 %3369, i32 %3368, i32 0
	%3371 = add i32 %3365, %3370
	%3372 = add i32 %3366, %3368
	%3373 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3374 = load i32, i32 addrspace(3)* %3373
	%3375 = icmp sgt i32 %3316, 4
	%3376 = select i1 %3375, i32 %3374, i32 0
	%3377 = add i32 %3371, %3376
	%3378 = add i32 %3372, %3374
	%3379 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3380 = load i32, i32 addrspace(3)* %3379
	%3381 = icmp sgt i32 %3316, 5
	%3382 = select i1 %3381, i32 %3380, i32 0
	%3383 = add i32 %3377, %3382
	%3384 = add i32 %3378, %3380
	%3385 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3386 = load i32, i32 addrspace(3)* %3385
	%3387 = icmp sgt i32 %3316, 6
	%3388 = select i1 %3387, i32 %3386, i32 0
	%3389 = add i32 %3383, %3388
	%3390 = add i32 %3384, %3386
	%3391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3392 = load i32, i32 addrspace(3)* %3391
	%3393 = icmp sgt i32 %3316, 7
	%3394 = select i1 %3393, i32 %3392, i32 0
	%3395 = add i32 %3389, %3394
	%3396 = add i32 %3390, %3392
	%3397 = add i32 %3395, %3336
	%3398 = sub i32 %3397, %3314
	%3399 = mul i32 %0, 4
	%3400 = add i32 %3399, 1024
	%3401 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3400
	store i32 %3398, i32 addrspace(3)* %3401
	%3402 = add i32 %3398, %3298
	%3403 = mul i32 %0, 4
	%3404 = add i32 %3403, 1025
	%3405 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3404
	store i32 %3402, i32 addrspace(3)* %3405
	%3406 = add i32 %3402, %3303
	%3407 = mul i32 %0, 4
	%3408 = add i32 %3407, 1026
	%3409 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3408
	store i32 %3406, i32 addrspace(3)* %3409
	%3410 = add i32 %3406, %3308
	%3411 = mul i32 %0, 4
	%3412 = add i32 %3411, 1027
	%3413 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3412
	store i32 %3410, i32 addrspace(3)* %3413
	%3414 = add i32 %3410, %3313
	%3415 = add i32 %0, 0
	%3416 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3415
	store i32 0, i32 addrspace(3)* %3416
	%3417 = add i32 %0, 256
	%3418 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3417
	store i32 0, i32 addrspace(3)* %3418
	%3419 = add i32 %0, 512
	%3420 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3419
	store i32 0, i32 addrspace(3)* %3420
	%3421 = add i32 %0, 768
	%3422 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3421
	store i32 0, i32 addrspace(3)* %3422
	call void @llvm.nvvm.barrier0()
	%3423 = and i1 %640, %641
	br i1 %3423, label %3424, label %3437

3424:
	%3425 = lshr i32 %3073, 20
	%3426 = and i32 %3425, 15
	%3427 = add i32 0, %4
	%3428 = mul i32 %3426, 64
	%3429 = add i32 %3428, %3427
	%3430 = add i32 1024, %3429
	%3431 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3430
	%3432 = load i32, i32 addrspace(3)* %3431
	%3433 = add i32 %3432, %3161
	%3434 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3433
	store i32 %3072, i32 addrspace(3)* %3434
	%3435 = add i32 %3433, 2048
	%3436 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3435
	store i32 %3073, i32 addrspace(3)* %3436
	br label %3437

3437:
	%3438 = and i1 %653, %654
	br i1 %3438, label %3439, label %3452

3439:
	%3440 = lshr i32 %3084, 20
	%3441 = and i32 %3440, 15
	%3442 = add i32 8, %4
	%3443 = mul i32 %3441, 64
	%3444 = add i32 %3443, %3442
	%3445 = add i32 1024, %3444
	%3446 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3445
	%3447 = load i32, i32 addrspace(3)* %3446
	%3448 = add i32 %3447, %3180
	%3449 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3448
	store i32 %3083, i32 addrspace(3)* %3449
	%3450 = add i32 %3448, 2048
	%3451 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3450
	store i32 %3084, i32 addrspace(3)* %3451
	br label %3452

3452:
	%3453 = and i1 %666, %667
	br i1 %3453, label %3454, label %3467

3454:
	%3455 = lshr i32 %3095, 20
	%3456 = and i32 %3455, 15
	%3457 = add i32 16, %4
	%3458 = mul i32 %3456, 64
	%3459 = add i32 %3458, %3457
	%3460 = add i32 1024, %3459
	%3461 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3460
	%3462 = load i32, i32 addrspace(3)* %3461
	%3463 = add i32 %3462, %3199
	%3464 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3463
	store i32 %3094, i32 addrspace(3)* %3464
	%3465 = add i32 %3463, 2048
	%3466 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3465
	store i32 %3095, i32 addrspace(3)* %3466
	br label %3467

3467:
	%3468 = and i1 %679, %680
	br i1 %3468, label %3469, label %3482

3469:
	%3470 = lshr i32 %3106, 20
	%3471 = and i32 %3470, 15
	%3472 = add i32 24, %4
	%3473 = mul i32 %3471, 64
	%3474 = add i32 %3473, %3472
	%3475 = add i32 1024, %3474
	%3476 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3475
	%3477 = load i32, i32 addrspace(3)* %3476
	%3478 = add i32 %3477, %3218
	%3479 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3478
	store i32 %3105, i32 addrspace(3)* %3479
	%3480 = add i32 %3478, 2048
	%3481 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3480
	store i32 %3106, i32 addrspace(3)* %3481
	br label %3482

3482:
	%3483 = and i1 %692, %693
	br i1 %3483, label %3484, label %3497

3484:
	%3485 = lshr i32 %3117, 20
	%3486 = and i32 %3485, 15
	%3487 = add i32 32, %4
	%3488 = mul i32 %3486, 64
	%3489 = add i32 %3488, %3487
	%3490 = add i32 1024, %3489
	%3491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3490
	%3492 = load i32, i32 addrspace(3)* %3491
	%3493 = add i32 %3492, %3237
	%3494 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3493
	store i32 %3116, i32 addrspace(3)* %3494
	%3495 = add i32 %3493, 2048
	%3496 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3495
	store i32 %3117, i32 addrspace(3)* %3496
	br label %3497

3497:
	%3498 = and i1 %705, %706
	br i1 %3498, label %3499, label %3512

3499:
	%3500 = lshr i32 %3128, 20
	%3501 = and i32 %3500, 15
	%3502 = add i32 40, %4
	%3503 = mul i32 %3501, 64
	%3504 = add i32 %3503, %3502
	%3505 = add i32 1024, %3504
	%3506 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3505
	%3507 = load i32, i32 addrspace(3)* %3506
	%3508 = add i32 %3507, %3256
	%3509 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3508
	store i32 %3127, i32 addrspace(3)* %3509
	%3510 = add i32 %3508, 2048
	%3511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3510
	store i32 %3128, i32 addrspace(3)* %3511
	br label %3512

3512:
	%3513 = and i1 %718, %719
	br i1 %3513, label %3514, label %3527

3514:
	%3515 = lshr i32 %3139, 20
	%3516 = and i32 %3515, 15
	%3517 = add i32 48, %4
	%3518 = mul i32 %3516, 64
	%3519 = add i32 %3518, %3517
	%3520 = add i32 1024, %3519
	%3521 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3520
	%3522 = load i32, i32 addrspace(3)* %3521
	%3523 = add i32 %3522, %3275
	%3524 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3523
	store i32 %3138, i32 addrspace(3)* %3524
	%3525 = add i32 %3523, 2048
	%3526 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3525
	store i32 %3139, i32 addrspace(3)* %3526
	br label %3527

3527:
	%3528 = and i1 %731, %732
	br i1 %3528, label %3529, label %3542

3529:
	%3530 = lshr i32 %3150, 20
	%3531 = and i32 %3530, 15
	%3532 = add i32 56, %4
	%3533 = mul i32 %3531, 64
	%3534 = add i32 %3533, %3532
	%3535 = add i32 1024, %3534
	%3536 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3535
	%3537 = load i32, i32 addrspace(3)* %3536
	%3538 = add i32 %3537, %3294
	%3539 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3538
	store i32 %3149, i32 addrspace(3)* %3539
	%3540 = add i32 %3538, 2048
	%3541 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3540
	store i32 %3150, i32 addrspace(3)* %3541
	br label %3542

3542:
	call void @llvm.nvvm.barrier0()
	%3543 = add i32 0, %0
	%3544 = and i1 %640, %641
	br i1 %3544, label %3545, label %3551

3545:
	%3546 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3543
	%3547 = load i32, i32 addrspace(3)* %3546
	%3548 = add i32 %3543, 2048
	%3549 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3548
	%3550 = load i32, i32 addrspace(3)* %3549
	br label %3551

3551:
	%3552 = phi i32 [ %3072, %3542 ], [ %3547, %3545 ]
	%3553 = phi i32 [ %3073, %3542 ], [ %3550, %3545 ]
	%3554 = add i32 256, %0
	%3555 = and i1 %653, %654
	br i1 %3555, label %3556, label %3562

3556:
	%3557 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3554
	%3558 = load i32, i32 addrspace(3)* %3557
	%3559 = add i32 %3554, 2048
	%3560 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3559
	%3561 = load i32, i32 addrspace(3)* %3560
	br label %3562

3562:
	%3563 = phi i32 [ %3083, %3551 ], [ %3558, %3556 ]
	%3564 = phi i32 [ %3084, %3551 ], [ %3561, %3556 ]
	%3565 = add i32 512, %0
	%3566 = and i1 %666, %667
	br i1 %3566, label %3567, label %3573

3567:
	%3568 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3565
	%3569 = load i32, i32 addrspace(3)* %3568
	%3570 = add i32 %3565, 2048
	%3571 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3570
	%3572 = load i32, i32 addrspace(3)* %3571
	br label %3573

3573:
	%3574 = phi i32 [ %3094, %3562 ], [ %3569, %3567 ]
	%3575 = phi i32 [ %3095, %3562 ], [ %3572, %3567 ]
	%3576 = add i32 768, %0
	%3577 = and i1 %679, %680
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
	%3587 = add i32 1024, %0
	%3588 = and i1 %692, %693
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
	%3598 = add i32 1280, %0
	%3599 = and i1 %705, %706
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
	%3609 = add i32 1536, %0
	%3610 = and i1 %718, %719
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
	%3620 = add i32 1792, %0
	%3621 = and i1 %731, %732
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
	br i1 %640, label %3631, label %3640

3631:
	%3632 = lshr i32 %3553, 24
	%3633 = and i32 %3632, 15
	%3634 = select i1 %641, i32 %3633, i32 16
	%3635 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3634)
	%3636 = and i32 %3635, %638
	%3637 = call i32 @llvm.ctpop.i32(i32 %3636)
	%3638 = icmp eq i32 %3637, 0
	%3639 = and i1 %641, %3638
	br i1 %3639, label %3642, label %3649

3640:
	%3641 = phi i32 [ 0, %3628 ], [ %3637, %3649 ]
	br i1 %653, label %3650, label %3659

3642:
	%3643 = call i32 @llvm.ctpop.i32(i32 %3635)
	%3644 = add i32 0, %4
	%3645 = mul i32 %3633, 64
	%3646 = add i32 %3645, %3644
	%3647 = add i32 0, %3646
	%3648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3647
	store i32 %3643, i32 addrspace(3)* %3648
	br label %3649

3649:
	br label %3640

3650:
	%3651 = lshr i32 %3564, 24
	%3652 = and i32 %3651, 15
	%3653 = select i1 %654, i32 %3652, i32 16
	%3654 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3653)
	%3655 = and i32 %3654, %638
	%3656 = call i32 @llvm.ctpop.i32(i32 %3655)
	%3657 = icmp eq i32 %3656, 0
	%3658 = and i1 %654, %3657
	br i1 %3658, label %3661, label %3668

3659:
	%3660 = phi i32 [ 0, %3640 ], [ %3656, %3668 ]
	br i1 %666, label %3669, label %3678

3661:
	%3662 = call i32 @llvm.ctpop.i32(i32 %3654)
	%3663 = add i32 8, %4
	%3664 = mul i32 %3652, 64
	%3665 = add i32 %3664, %3663
	%3666 = add i32 0, %3665
	%3667 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3666
	store i32 %3662, i32 addrspace(3)* %3667
	br label %3668

3668:
	br label %3659

3669:
	%3670 = lshr i32 %3575, 24
	%3671 = and i32 %3670, 15
	%3672 = select i1 %667, i32 %3671, i32 16
	%3673 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3672)
	%3674 = and i32 %3673, %638
	%3675 = call i32 @llvm.ctpop.i32(i32 %3674)
	%3676 = icmp eq i32 %3675, 0
	%3677 = and i1 %667, %3676
	br i1 %3677, label %3680, label %3687

3678:
	%3679 = phi i32 [ 0, %3659 ], [ %3675, %3687 ]
	br i1 %679, label %3688, label %3697

3680:
	%3681 = call i32 @llvm.ctpop.i32(i32 %3673)
	%3682 = add i32 16, %4
	%3683 = mul i32 %3671, 64
	%3684 = add i32 %3683, %3682
	%3685 = add i32 0, %3684
	%3686 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3685
	store i32 %3681, i32 addrspace(3)* %3686
	br label %3687

3687:
	br label %3678

3688:
	%3689 = lshr i32 %3586, 24
	%3690 = and i32 %3689, 15
	%3691 = select i1 %680, i32 %3690, i32 16
	%3692 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3691)
	%3693 = and i32 %3692, %638
	%3694 = call i32 @llvm.ctpop.i32(i32 %3693)
	%3695 = icmp eq i32 %3694, 0
	%3696 = and i1 %680, %3695
	br i1 %3696, label %3699, label %3706

3697:
	%3698 = phi i32 [ 0, %3678 ], [ %3694, %3706 ]
	br i1 %692, label %3707, label %3716

3699:
	%3700 = call i32 @llvm.ctpop.i32(i32 %3692)
	%3701 = add i32 24, %4
	%3702 = mul i32 %3690, 64
	%3703 = add i32 %3702, %3701
	%3704 = add i32 0, %3703
	%3705 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3704
	store i32 %3700, i32 addrspace(3)* %3705
	br label %3706

3706:
	br label %3697

3707:
	%3708 = lshr i32 %3597, 24
	%3709 = and i32 %3708, 15
	%3710 = select i1 %693, i32 %3709, i32 16
	%3711 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3710)
	%3712 = and i32 %3711, %638
	%3713 = call i32 @llvm.ctpop.i32(i32 %3712)
	%3714 = icmp eq i32 %3713, 0
	%3715 = and i1 %693, %3714
	br i1 %3715, label %3718, label %3725

3716:
	%3717 = phi i32 [ 0, %3697 ], [ %3713, %3725 ]
	br i1 %705, label %3726, label %3735

3718:
	%3719 = call i32 @llvm.ctpop.i32(i32 %3711)
	%3720 = add i32 32, %4
	%3721 = mul i32 %3709, 64
	%3722 = add i32 %3721, %3720
	%3723 = add i32 0, %3722
	%3724 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3723
	store i32 %3719, i32 addrspace(3)* %3724
	br label %3725

3725:
	br label %3716

3726:
	%3727 = lshr i32 %3608, 24
	%3728 = and i32 %3727, 15
	%3729 = select i1 %706, i32 %3728, i32 16
	%3730 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3729)
	%3731 = and i32 %3730, %638
	%3732 = call i32 @llvm.ctpop.i32(i32 %3731)
	%3733 = icmp eq i32 %3732, 0
	%3734 = and i1 %706, %3733
	br i1 %3734, label %3737, label %3744

3735:
	%3736 = phi i32 [ 0, %3716 ], [ %3732, %3744 ]
	br i1 %718, label %3745, label %3754

3737:
	%3738 = call i32 @llvm.ctpop.i32(i32 %3730)
	%3739 = add i32 40, %4
	%3740 = mul i32 %3728, 64
	%3741 = add i32 %3740, %3739
	%3742 = add i32 0, %3741
	%3743 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3742
	store i32 %3738, i32 addrspace(3)* %3743
	br label %3744

3744:
	br label %3735

3745:
	%3746 = lshr i32 %3619, 24
	%3747 = and i32 %3746, 15
	%3748 = select i1 %719, i32 %3747, i32 16
	%3749 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3748)
	%3750 = and i32 %3749, %638
	%3751 = call i32 @llvm.ctpop.i32(i32 %3750)
	%3752 = icmp eq i32 %3751, 0
	%3753 = and i1 %719, %3752
	br i1 %3753, label %3756, label %3763

3754:
	%3755 = phi i32 [ 0, %3735 ], [ %3751, %3763 ]
	br i1 %731, label %3764, label %3773

3756:
	%3757 = call i32 @llvm.ctpop.i32(i32 %3749)
	%3758 = add i32 48, %4
	%3759 = mul i32 %3747, 64
	%3760 = add i32 %3759, %3758
	%3761 = add i32 0, %3760
	%3762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3761
	store i32 %3757, i32 addrspace(3)* %3762
	br label %3763

3763:
	br label %3754

3764:
	%3765 = lshr i32 %3630, 24
	%3766 = and i32 %3765, 15
	%3767 = select i1 %732, i32 %3766, i32 16
	%3768 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %3767)
	%3769 = and i32 %3768, %638
	%3770 = call i32 @llvm.ctpop.i32(i32 %3769)
	%3771 = icmp eq i32 %3770, 0
	%3772 = and i1 %732, %3771
	br i1 %3772, label %3818, label %3825

3773:
	%3774 = phi i32 [ 0, %3754 ], [ %3770, %3825 ]
	call void @llvm.nvvm.barrier0()
	%3775 = mul i32 %0, 4
	%3776 = add i32 %3775, 0
	%3777 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3776
	%3778 = load i32, i32 addrspace(3)* %3777
	%3779 = add i32 0, %3778
	%3780 = mul i32 %0, 4
	%3781 = add i32 %3780, 1
	%3782 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3781
	%3783 = load i32, i32 addrspace(3)* %3782
	%3784 = add i32 %3779, %3783
	%3785 = mul i32 %0, 4
	%3786 = add i32 %3785, 2
	%3787 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3786
	%3788 = load i32, i32 addrspace(3)* %3787
	%3789 = add i32 %3784, %3788
	%3790 = mul i32 %0, 4
	%3791 = add i32 %3790, 3
	%3792 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3791
	%3793 = load i32, i32 addrspace(3)* %3792
	%3794 = add i32 %3789, %3793
	%3795 = and i32 %0, 31
	%3796 = lshr i32 %0, 5
	%3797 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3794, i32 1, i32 0)
	%3798 = icmp uge i32 %3795, 1
	%3799 = select i1 %3798, i32 %3797, i32 0
	%3800 = add i32 %3794, %3799
	%3801 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3800, i32 2, i32 0)
	%3802 = icmp uge i32 %3795, 2
	%3803 = select i1 %3802, i32 %3801, i32 0
	%3804 = add i32 %3800, %3803
	%3805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3804, i32 4, i32 0)
	%3806 = icmp uge i32 %3795, 4
	%3807 = select i1 %3806, i32 %3805, i32 0
	%3808 = add i32 %3804, %3807
	%3809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3808, i32 8, i32 0)
	%3810 = icmp uge i32 %3795, 8
	%3811 = select i1 %3810, i32 %3809, i32 0
	%3812 = add i32 %3808, %3811
	%3813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %3812, i32 16, i32 0)
	%3814 = icmp uge i32 %3795, 16
	%3815 = select i1 %3814, i32 %3813, i32 0
	%3816 = add i32 %3812, %3815
	%3817 = icmp eq i32 %3795, 31
	br i1 %3817, label %3826, label %3828

3818:
	%3819 = call i32 @llvm.ctpop.i32(i32 %3768)
	%3820 = add i32 56, %4
	%3821 = mul i32 %3766, 64
	%3822 = add i32 %3821, %3820
	%3823 = add i32 0, %3822
	%3824 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3823
	store i32 %3819, i32 addrspace(3)* %3824
	br label %3825

3825:
	br label %3773

3826:
	%3827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %3796
	store i32 %3816, i32 addrspace(3)* %3827
	br label %3828

3828:
	call void @llvm.nvvm.barrier0()
	%3829 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%3830 = load i32, i32 addrspace(3)* %3829
	%3831 = icmp sgt i32 %3796, 0
	%3832 = select i1 %3831, i32 %3830, i32 0
	%3833 = add i32 0, %3832
	%3834 = add i32 0, %3830
	%3835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%3836 = load i32, i32 addrspace(3)* %3835
	%3837 = icmp sgt i32 %3796, 1
	%3838 = select i1 %3837, i32 %3836, i32 0
	%3839 = add i32 %3833, %3838
	%3840 = add i32 %3834, %3836
	%3841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%3842 = load i32, i32 addrspace(3)* %3841
	%3843 = icmp sgt i32 %3796, 2
	%3844 = select i1 %3843, i32 %3842, i32 0
	%3845 = add i32 %3839, %3844
	%3846 = add i32 %3840, %3842
	%3847 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%3848 = load i32, i32 addrspace(3)* %3847
	%3849 = icmp sgt i32 %3796, 3
	%3850 = select i1 %3849, i32 %3848, i32 0
	%3851 = add i32 %3845, %3850
	%3852 = add i32 %3846, %3848
	%3853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%3854 = load i32, i32 addrspace(3)* %3853
	%3855 = icmp sgt i32 %3796, 4
	%3856 = select i1 %3855, i32 %3854, i32 0
	%3857 = add i32 %3851, %3856
	%3858 = add i32 %3852, %3854
	%3859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%3860 = load i32, i32 addrspace(3)* %3859
	%3861 = icmp sgt i32 %3796, 5
	%3862 = select i1 %3861, i32 %3860, i32 0
	%3863 = add i32 %3857, %3862
	%3864 = add i32 %3858, %3860
	%3865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%3866 = load i32, i32 addrspace(3)* %3865
	%3867 = icmp sgt i32 %3796, 6
	%3868 = select i1 %3867, i32 %3866, i32 0
	%3869 = add i32 %3863, %3868
	%3870 = add i32 %3864, %3866
	%3871 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%3872 = load i32, i32 addrspace(3)* %3871
	%3873 = icmp sgt i32 %3796, 7
	%3874 = select i1 %3873, i32 %3872, i32 0
	%3875 = add i32 %3869, %3874
	%3876 = add i32 %3870, %3872
	%3877 = add i32 %3875, %3816
	%3878 = sub i32 %3877, %3794
	%3879 = mul i32 %0, 4
	%3880 = add i32 %3879, 0
	%3881 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3880
	store i32 %3878, i32 addrspace(3)* %3881
	%3882 = add i32 %3878, %3778
	%3883 = mul i32 %0, 4
	%3884 = add i32 %3883, 1
	%3885 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3884
	store i32 %3882, i32 addrspace(3)* %3885
	%3886 = add i32 %3882, %3783
	%3887 = mul i32 %0, 4
	%3888 = add i32 %3887, 2
	%3889 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3888
	store i32 %3886, i32 addrspace(3)* %3889
	%3890 = add i32 %3886, %3788
	%3891 = mul i32 %0, 4
	%3892 = add i32 %3891, 3
	%3893 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3892
	store i32 %3890, i32 addrspace(3)* %3893
	%3894 = add i32 %3890, %3793
	%3895 = add i32 %0, 1024
	%3896 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3895
	store i32 0, i32 addrspace(3)* %3896
	%3897 = add i32 %0, 1280
	%3898 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3897
	store i32 0, i32 addrspace(3)* %3898
	%3899 = add i32 %0, 1536
	%3900 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3899
	store i32 0, i32 addrspace(3)* %3900
	%3901 = add i32 %0, 1792
	%3902 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3901
	store i32 0, i32 addrspace(3)* %3902
	call void @llvm.nvvm.barrier0()
	%3903 = and i1 %640, %641
	br i1 %3903, label %3904, label %3917

3904:
	%3905 = lshr i32 %3553, 24
	%3906 = and i32 %3905, 15
	%3907 = add i32 0, %4
	%3908 = mul i32 %3906, 64
	%3909 = add i32 %3908, %3907
	%3910 = add i32 0, %3909
	%3911 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3910
	%3912 = load i32, i32 addrspace(3)* %3911
	%3913 = add i32 %3912, %3641
	%3914 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3913
	store i32 %3552, i32 addrspace(3)* %3914
	%3915 = add i32 %3913, 2048
	%3916 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3915
	store i32 %3553, i32 addrspace(3)* %3916
	br label %3917

3917:
	%3918 = and i1 %653, %654
	br i1 %3918, label %3919, label %3932

3919:
	%3920 = lshr i32 %3564, 24
	%3921 = and i32 %3920, 15
	%3922 = add i32 8, %4
	%3923 = mul i32 %3921, 64
	%3924 = add i32 %3923, %3922
	%3925 = add i32 0, %3924
	%3926 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3925
	%3927 = load i32, i32 addrspace(3)* %3926
	%3928 = add i32 %3927, %3660
	%3929 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3928
	store i32 %3563, i32 addrspace(3)* %3929
	%3930 = add i32 %3928, 2048
	%3931 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3930
	store i32 %3564, i32 addrspace(3)* %3931
	br label %3932

3932:
	%3933 = and i1 %666, %667
	br i1 %3933, label %3934, label %3947

3934:
	%3935 = lshr i32 %3575, 24
	%3936 = and i32 %3935, 15
	%3937 = add i32 16, %4
	%3938 = mul i32 %3936, 64
	%3939 = add i32 %3938, %3937
	%3940 = add i32 0, %3939
	%3941 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3940
	%3942 = load i32, i32 addrspace(3)* %3941
	%3943 = add i32 %3942, %3679
	%3944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3943
	store i32 %3574, i32 addrspace(3)* %3944
	%3945 = add i32 %3943, 2048
	%3946 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3945
	store i32 %3575, i32 addrspace(3)* %3946
	br label %3947

3947:
	%3948 = and i1 %679, %680
	br i1 %3948, label %3949, label %3962

3949:
	%3950 = lshr i32 %3586, 24
	%3951 = and i32 %3950, 15
	%3952 = add i32 24, %4
	%3953 = mul i32 %3951, 64
	%3954 = add i32 %3953, %3952
	%3955 = add i32 0, %3954
	%3956 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3955
	%3957 = load i32, i32 addrspace(3)* %3956
	%3958 = add i32 %3957, %3698
	%3959 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3958
	store i32 %3585, i32 addrspace(3)* %3959
	%3960 = add i32 %3958, 2048
	%3961 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3960
	store i32 %3586, i32 addrspace(3)* %3961
	br label %3962

3962:
	%3963 = and i1 %692, %693
	br i1 %3963, label %3964, label %3977

3964:
	%3965 = lshr i32 %3597, 24
	%3966 = and i32 %3965, 15
	%3967 = add i32 32, %4
	%3968 = mul i32 %3966, 64
	%3969 = add i32 %3968, %3967
	%3970 = add i32 0, %3969
	%3971 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3970
	%3972 = load i32, i32 addrspace(3)* %3971
	%3973 = add i32 %3972, %3717
	%3974 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3973
	store i32 %3596, i32 addrspace(3)* %3974
	%3975 = add i32 %3973, 2048
	%3976 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3975
	store i32 %3597, i32 addrspace(3)* %3976
	br label %3977

3977:
	%3978 = and i1 %705, %706
	br i1 %3978, label %3979, label %3992

3979:
	%3980 = lshr i32 %3608, 24
	%3981 = and i32 %3980, 15
	%3982 = add i32 40, %4
	%3983 = mul i32 %3981, 64
	%3984 = add i32 %3983, %3982
	%3985 = add i32 0, %3984
	%3986 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %3985
	%3987 = load i32, i32 addrspace(3)* %3986
	%3988 = add i32 %3987, %3736
	%3989 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3988
	store i32 %3607, i32 addrspace(3)* %3989
	%3990 = add i32 %3988, 2048
	%3991 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %3990
	store i32 %3608, i32 addrspace(3)* %3991
	br label %3992

3992:
	%3993 = and i1 %718, %719
	br i1 %3993, label %3994, label %4007

3994:
	%3995 = lshr i32 %3619, 24
	%3996 = and i32 %3995, 15
	%3997 = add i32 48, %4
	%3998 = mul i32 %3996, 64
	%3999 = add i32 %3998, %3997
	%4000 = add i32 0, %3999
	%4001 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4000
	%4002 = load i32, i32 addrspace(3)* %4001
	%4003 = add i32 %4002, %3755
	%4004 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4003
	store i32 %3618, i32 addrspace(3)* %4004
	%4005 = add i32 %4003, 2048
	%4006 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4005
	store i32 %3619, i32 addrspace(3)* %4006
	br label %4007

4007:
	%4008 = and i1 %731, %732
	br i1 %4008, label %4009, label %4022

4009:
	%4010 = lshr i32 %3630, 24
	%4011 = and i32 %4010, 15
	%4012 = add i32 56, %4
	%4013 = mul i32 %4011, 64
	%4014 = add i32 %4013, %4012
	%4015 = add i32 0, %4014
	%4016 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4015
	%4017 = load i32, i32 addrspace(3)* %4016
	%4018 = add i32 %4017, %3774
	%4019 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4018
	store i32 %3629, i32 addrspace(3)* %4019
	%4020 = add i32 %4018, 2048
	%4021 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4020
	store i32 %3630, i32 addrspace(3)* %4021
	br label %4022

4022:
	call void @llvm.nvvm.barrier0()
	%4023 = add i32 0, %0
	%4024 = and i1 %640, %641
	br i1 %4024, label %4025, label %4031

4025:
	%4026 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4023
	%4027 = load i32, i32 addrspace(3)* %4026
	%4028 = add i32 %4023, 2048
	%4029 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4028
	%4030 = load i32, i32 addrspace(3)* %4029
	br label %4031

4031:
	%4032 = phi i32 [ %3552, %4022 ], [ %4027, %4025 ]
	%4033 = phi i32 [ %3553, %4022 ], [ %4030, %4025 ]
	%4034 = add i32 256, %0
	%4035 = and i1 %653, %654
	br i1 %4035, label %4036, label %4042

4036:
	%4037 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4034
	%4038 = load i32, i32 addrspace(3)* %4037
	%4039 = add i32 %4034, 2048
	%4040 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4039
	%4041 = load i32, i32 addrspace(3)* %4040
	br label %4042

4042:
	%4043 = phi i32 [ %3563, %4031 ], [ %4038, %4036 ]
	%4044 = phi i32 [ %3564, %4031 ], [ %4041, %4036 ]
	%4045 = add i32 512, %0
	%4046 = and i1 %666, %667
	br i1 %4046, label %4047, label %4053

4047:
	%4048 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4045
	%4049 = load i32, i32 addrspace(3)* %4048
	%4050 = add i32 %4045, 2048
	%4051 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4050
	%4052 = load i32, i32 addrspace(3)* %4051
	br label %4053

4053:
	%4054 = phi i32 [ %3574, %4042 ], [ %4049, %4047 ]
	%4055 = phi i32 [ %3575, %4042 ], [ %4052, %4047 ]
	%4056 = add i32 768, %0
	%4057 = and i1 %679, %680
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
	%4067 = add i32 1024, %0
	%4068 = and i1 %692, %693
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
	%4078 = add i32 1280, %0
	%4079 = and i1 %705, %706
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
	%4089 = add i32 1536, %0
	%4090 = and i1 %718, %719
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
	%4100 = add i32 1792, %0
	%4101 = and i1 %731, %732
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
	br i1 %640, label %4111, label %4120

4111:
	%4112 = lshr i32 %4033, 28
	%4113 = and i32 %4112, 15
	%4114 = select i1 %641, i32 %4113, i32 16
	%4115 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4114)
	%4116 = and i32 %4115, %638
	%4117 = call i32 @llvm.ctpop.i32(i32 %4116)
	%4118 = icmp eq i32 %4117, 0
	%4119 = and i1 %641, %4118
	br i1 %4119, label %4122, label %4129

4120:
	%4121 = phi i32 [ 0, %4108 ], [ %4117, %4129 ]
	br i1 %653, label %4130, label %4139

4122:
	%4123 = call i32 @llvm.ctpop.i32(i32 %4115)
	%4124 = add i32 0, %4
	%4125 = mul i32 %4113, 64
	%4126 = add i32 %4125, %4124
	%4127 = add i32 1024, %4126
	%4128 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4127
	store i32 %4123, i32 addrspace(3)* %4128
	br label %4129

4129:
	br label %4120

4130:
	%4131 = lshr i32 %4044, 28
	%4132 = and i32 %4131, 15
	%4133 = select i1 %654, i32 %4132, i32 16
	%4134 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4133)
	%4135 = and i32 %4134, %638
	%4136 = call i32 @llvm.ctpop.i32(i32 %4135)
	%4137 = icmp eq i32 %4136, 0
	%4138 = and i1 %654, %4137
	br i1 %4138, label %4141, label %4148

4139:
	%4140 = phi i32 [ 0, %4120 ], [ %4136, %4148 ]
	br i1 %666, label %4149, label %4158

4141:
	%4142 = call i32 @llvm.ctpop.i32(i32 %4134)
	%4143 = add i32 8, %4
	%4144 = mul i32 %4132, 64
	%4145 = add i32 %4144, %4143
	%4146 = add i32 1024, %4145
	%4147 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4146
	store i32 %4142, i32 addrspace(3)* %4147
	br label %4148

4148:
	br label %4139

4149:
	%4150 = lshr i32 %4055, 28
	%4151 = and i32 %4150, 15
	%4152 = select i1 %667, i32 %4151, i32 16
	%4153 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4152)
	%4154 = and i32 %4153, %638
	%4155 = call i32 @llvm.ctpop.i32(i32 %4154)
	%4156 = icmp eq i32 %4155, 0
	%4157 = and i1 %667, %4156
	br i1 %4157, label %4160, label %4167

4158:
	%4159 = phi i32 [ 0, %4139 ], [ %4155, %4167 ]
	br i1 %679, label %4168, label %4177

4160:
	%4161 = call i32 @llvm.ctpop.i32(i32 %4153)
	%4162 = add i32 16, %4
	%4163 = mul i32 %4151, 64
	%4164 = add i32 %4163, %4162
	%4165 = add i32 1024, %4164
	%4166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4165
	store i32 %4161, i32 addrspace(3)* %4166
	br label %4167

4167:
	br label %4158

4168:
	%4169 = lshr i32 %4066, 28
	%4170 = and i32 %4169, 15
	%4171 = select i1 %680, i32 %4170, i32 16
	%4172 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4171)
	%4173 = and i32 %4172, %638
	%4174 = call i32 @llvm.ctpop.i32(i32 %4173)
	%4175 = icmp eq i32 %4174, 0
	%4176 = and i1 %680, %4175
	br i1 %4176, label %4179, label %4186

4177:
	%4178 = phi i32 [ 0, %4158 ], [ %4174, %4186 ]
	br i1 %692, label %4187, label %4196

4179:
	%4180 = call i32 @llvm.ctpop.i32(i32 %4172)
	%4181 = add i32 24, %4
	%4182 = mul i32 %4170, 64
	%4183 = add i32 %4182, %4181
	%4184 = add i32 1024, %4183
	%4185 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4184
	store i32 %4180, i32 addrspace(3)* %4185
	br label %4186

4186:
	br label %4177

4187:
	%4188 = lshr i32 %4077, 28
	%4189 = and i32 %4188, 15
	%4190 = select i1 %693, i32 %4189, i32 16
	%4191 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4190)
	%4192 = and i32 %4191, %638
	%4193 = call i32 @llvm.ctpop.i32(i32 %4192)
	%4194 = icmp eq i32 %4193, 0
	%4195 = and i1 %693, %4194
	br i1 %4195, label %4198, label %4205

4196:
	%4197 = phi i32 [ 0, %4177 ], [ %4193, %4205 ]
	br i1 %705, label %4206, label %4215

4198:
	%4199 = call i32 @llvm.ctpop.i32(i32 %4191)
	%4200 = add i32 32, %4
	%4201 = mul i32 %4189, 64
	%4202 = add i32 %4201, %4200
	%4203 = add i32 1024, %4202
	%4204 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4203
	store i32 %4199, i32 addrspace(3)* %4204
	br label %4205

4205:
	br label %4196

4206:
	%4207 = lshr i32 %4088, 28
	%4208 = and i32 %4207, 15
	%4209 = select i1 %706, i32 %4208, i32 16
	%4210 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4209)
	%4211 = and i32 %4210, %638
	%4212 = call i32 @llvm.ctpop.i32(i32 %4211)
	%4213 = icmp eq i32 %4212, 0
	%4214 = and i1 %706, %4213
	br i1 %4214, label %4217, label %4224

4215:
	%4216 = phi i32 [ 0, %4196 ], [ %4212, %4224 ]
	br i1 %718, label %4225, label %4234

4217:
	%4218 = call i32 @llvm.ctpop.i32(i32 %4210)
	%4219 = add i32 40, %4
	%4220 = mul i32 %4208, 64
	%4221 = add i32 %4220, %4219
	%4222 = add i32 1024, %4221
	%4223 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4222
	store i32 %4218, i32 addrspace(3)* %4223
	br label %4224

4224:
	br label %4215

4225:
	%4226 = lshr i32 %4099, 28
	%4227 = and i32 %4226, 15
	%4228 = select i1 %719, i32 %4227, i32 16
	%4229 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4228)
	%4230 = and i32 %4229, %638
	%4231 = call i32 @llvm.ctpop.i32(i32 %4230)
	%4232 = icmp eq i32 %4231, 0
	%4233 = and i1 %719, %4232
	br i1 %4233, label %4236, label %4243

4234:
	%4235 = phi i32 [ 0, %4215 ], [ %4231, %4243 ]
	br i1 %731, label %4244, label %4253

4236:
	%4237 = call i32 @llvm.ctpop.i32(i32 %4229)
	%4238 = add i32 48, %4
	%4239 = mul i32 %4227, 64
	%4240 = add i32 %4239, %4238
	%4241 = add i32 1024, %4240
	%4242 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4241
	store i32 %4237, i32 addrspace(3)* %4242
	br label %4243

4243:
	br label %4234

4244:
	%4245 = lshr i32 %4110, 28
	%4246 = and i32 %4245, 15
	%4247 = select i1 %732, i32 %4246, i32 16
	%4248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %4247)
	%4249 = and i32 %4248, %638
	%4250 = call i32 @llvm.ctpop.i32(i32 %4249)
	%4251 = icmp eq i32 %4250, 0
	%4252 = and i1 %732, %4251
	br i1 %4252, label %4298, label %4305

4253:
	%4254 = phi i32 [ 0, %4234 ], [ %4250, %4305 ]
	call void @llvm.nvvm.barrier0()
	%4255 = mul i32 %0, 4
	%4256 = add i32 %4255, 1024
	%4257 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4256
	%4258 = load i32, i32 addrspace(3)* %4257
	%4259 = add i32 0, %4258
	%4260 = mul i32 %0, 4
	%4261 = add i32 %4260, 1025
	%4262 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4261
	%4263 = load i32, i32 addrspace(3)* %4262
	%4264 = add i32 %4259, %4263
	%4265 = mul i32 %0, 4
	%4266 = add i32 %4265, 1026
	%4267 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4266
	%4268 = load i32, i32 addrspace(3)* %4267
	%4269 = add i32 %4264, %4268
	%4270 = mul i32 %0, 4
	%4271 = add i32 %4270, 1027
	%4272 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4271
	%4273 = load i32, i32 addrspace(3)* %4272
	%4274 = add i32 %4269, %4273
	%4275 = and i32 %0, 31
	%4276 = lshr i32 %0, 5
	%4277 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4274, i32 1, i32 0)
	%4278 = icmp uge i32 %4275, 1
	%4279 = select i1 %4278, i32 %4277, i32 0
	%4280 = add i32 %4274, %4279
	%4281 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4280, i32 2, i32 0)
	%4282 = icmp uge i32 %4275, 2
	%4283 = select i1 %4282, i32 %4281, i32 0
	%4284 = add i32 %4280, %4283
	%4285 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4284, i32 4, i32 0)
	%4286 = icmp uge i32 %4275, 4
	%4287 = select i1 %4286, i32 %4285, i32 0
	%4288 = add i32 %4284, %4287
	%4289 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4288, i32 8, i32 0)
	%4290 = icmp uge i32 %4275, 8
	%4291 = select i1 %4290, i32 %4289, i32 0
	%4292 = add i32 %4288, %4291
	%4293 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %4292, i32 16, i32 0)
	%4294 = icmp uge i32 %4275, 16
	%4295 = select i1 %4294, i32 %4293, i32 0
	%4296 = add i32 %4292, %4295
	%4297 = icmp eq i32 %4275, 31
	br i1 %4297, label %4306, label %4308

4298:
	%4299 = call i32 @llvm.ctpop.i32(i32 %4248)
	%4300 = add i32 56, %4
	%4301 = mul i32 %4246, 64
	%4302 = add i32 %4301, %4300
	%4303 = add i32 1024, %4302
	%4304 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4303
	store i32 %4299, i32 addrspace(3)* %4304
	br label %4305

4305:
	br label %4253

4306:
	%4307 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %4276
	store i32 %4296, i32 addrspace(3)* %4307
	br label %4308

4308:
	call void @llvm.nvvm.barrier0()
	%4309 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%4310 = load i32, i32 addrspace(3)* %4309
	%4311 = icmp sgt i32 %4276, 0
	%4312 = select i1 %4311, i32 %4310, i32 0
	%4313 = add i32 0, %4312
	%4314 = add i32 0, %4310
	%4315 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%4316 = load i32, i32 addrspace(3)* %4315
	%4317 = icmp sgt i32 %4276, 1
	%4318 = select i1 %4317, i32 %4316, i32 0
	%4319 = add i32 %4313, %4318
	%4320 = add i32 %4314, %4316
	%4321 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%4322 = load i32, i32 addrspace(3)* %4321
	%4323 = icmp sgt i32 %4276, 2
	%4324 = select i1 %4323, i32 %4322, i32 0
	%4325 = add i32 %4319, %4324
	%4326 = add i32 %4320, %4322
	%4327 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%4328 = load i32, i32 addrspace(3)* %4327
	%4329 = icmp sgt i32 %4276, 3
	%4330 = select i1 %4329, i32 %4328, i32 0
	%4331 = add i32 %4325, %4330
	%4332 = add i32 %4326, %4328
	%4333 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%4334 = load i32, i32 addrspace(3)* %4333
	%4335 = icmp sgt i32 %4276, 4
	%4336 = select i1 %4335, i32 %4334, i32 0
	%4337 = add i32 %4331, %4336
	%4338 = add i32 %4332, %4334
	%4339 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%4340 = load i32, i32 addrspace(3)* %4339
	%4341 = icmp sgt i32 %4276, 5
	%4342 = select i1 %4341, i32 %4340, i32 0
	%4343 = add i32 %4337, %4342
	%4344 = add i32 %4338, %4340
	%4345 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%4346 = load i32, i32 addrspace(3)* %4345
	%4347 = icmp sgt i32 %4276, 6
	%4348 = select i1 %4347, i32 %4346, i32 0
	%4349 = add i32 %4343, %4348
	%4350 = add i32 %4344, %4346
	%4351 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%4352 = load i32, i32 addrspace(3)* %4351
	%4353 = icmp sgt i32 %4276, 7
	%4354 = select i1 %4353, i32 %4352, i32 0
	%4355 = add i32 %4349, %4354
	%4356 = add i32 %4350, %4352
	%4357 = add i32 %4355, %4296
	%4358 = sub i32 %4357, %4274
	%4359 = mul i32 %0, 4
	%4360 = add i32 %4359, 1024
	%4361 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4360
	store i32 %4358, i32 addrspace(3)* %4361
	%4362 = add i32 %4358, %4258
	%4363 = mul i32 %0, 4
	%4364 = add i32 %4363, 1025
	%4365 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4364
	store i32 %4362, i32 addrspace(3)* %4365
	%4366 = add i32 %4362, %4263
	%4367 = mul i32 %0, 4
	%4368 = add i32 %4367, 1026
	%4369 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4368
	store i32 %4366, i32 addrspace(3)* %4369
	%4370 = add i32 %4366, %4268
	%4371 = mul i32 %0, 4
	%4372 = add i32 %4371, 1027
	%4373 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4372
	store i32 %4370, i32 addrspace(3)* %4373
	%4374 = add i32 %4370, %4273
	%4375 = add i32 %0, 0
	%4376 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4375
	store i32 0, i32 addrspace(3)* %4376
	%4377 = add i32 %0, 256
	%4378 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4377
	store i32 0, i32 addrspace(3)* %4378
	%4379 = add i32 %0, 512
	%4380 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4379
	store i32 0, i32 addrspace(3)* %4380
	%4381 = add i32 %0, 768
	%4382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4381
	store i32 0, i32 addrspace(3)* %4382
	call void @llvm.nvvm.barrier0()
	%4383 = and i1 %640, %641
	br i1 %4383, label %4384, label %4402

4384:
	%4385 = lshr i32 %4033, 28
	%4386 = and i32 %4385, 15
	%4387 = add i32 0, %4
	%4388 = mul i32 %4386, 64
	%4389 = add i32 %4388, %4387
	%4390 = add i32 1024, %4389
	%4391 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4390
	%4392 = load i32, i32 addrspace(3)* %4391
	%4393 = add i32 %4392, %4121
	%4394 = add i32 %426, %4393
	%4395 = add i32 %13, %4394
	%4396 = sext i32 %4395 to i64
	%4397 = getelementptr i32, i32* %list, i64 %4396
	store i32 %4032, i32* %4397
	%4398 = add i32 %13, %NK
	%4399 = add i32 %4398, %4394
	%4400 = sext i32 %4399 to i64
	%4401 = getelementptr i32, i32* %list, i64 %4400
	store i32 0, i32* %4401
	br label %4402

4402:
	%4403 = and i1 %653, %654
	br i1 %4403, label %4404, label %4422

4404:
	%4405 = lshr i32 %4044, 28
	%4406 = and i32 %4405, 15
	%4407 = add i32 8, %4
	%4408 = mul i32 %4406, 64
	%4409 = add i32 %4408, %4407
	%4410 = add i32 1024, %4409
	%4411 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4410
	%4412 = load i32, i32 addrspace(3)* %4411
	%4413 = add i32 %4412, %4140
	%4414 = add i32 %426, %4413
	%4415 = add i32 %13, %4414
	%4416 = sext i32 %4415 to i64
	%4417 = getelementptr i32, i32* %list, i64 %4416
	store i32 %4043, i32* %4417
	%4418 = add i32 %13, %NK
	%4419 = add i32 %4418, %4414
	%4420 = sext i32 %4419 to i64
	%4421 = getelementptr i32, i32* %list, i64 %4420
	store i32 0, i32* %4421
	br label %4422

4422:
	%4423 = and i1 %666, %667
	br i1 %4423, label %4424, label %4442

4424:
	%4425 = lshr i32 %4055, 28
	%4426 = and i32 %4425, 15
	%4427 = add i32 16, %4
	%4428 = mul i32 %4426, 64
	%4429 = add i32 %4428, %4427
	%4430 = add i32 1024, %4429
	%4431 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4430
	%4432 = load i32, i32 addrspace(3)* %4431
	%4433 = add i32 %4432, %4159
	%4434 = add i32 %426, %4433
	%4435 = add i32 %13, %4434
	%4436 = sext i32 %4435 to i64
	%4437 = getelementptr i32, i32* %list, i64 %4436
	store i32 %4054, i32* %4437
	%4438 = add i32 %13, %NK
	%4439 = add i32 %4438, %4434
	%4440 = sext i32 %4439 to i64
	%4441 = getelementptr i32, i32* %list, i64 %4440
	store i32 0, i32* %4441
	br label %4442

4442:
	%4443 = and i1 %679, %680
	br i1 %4443, label %4444, label %4462

4444:
	%4445 = lshr i32 %4066, 28
	%4446 = and i32 %4445, 15
	%4447 = add i32 24, %4
	%4448 = mul i32 %4446, 64
	%4449 = add i32 %4448, %4447
	%4450 = add i32 1024, %4449
	%4451 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4450
	%4452 = load i32, i32 addrspace(3)* %4451
	%4453 = add i32 %4452, %4178
	%4454 = add i32 %426, %4453
	%4455 = add i32 %13, %4454
	%4456 = sext i32 %4455 to i64
	%4457 = getelementptr i32, i32* %list, i64 %4456
	store i32 %4065, i32* %4457
	%4458 = add i32 %13, %NK
	%4459 = add i32 %4458, %4454
	%4460 = sext i32 %4459 to i64
	%4461 = getelementptr i32, i32* %list, i64 %4460
	store i32 0, i32* %4461
	br label %4462

4462:
	%4463 = and i1 %692, %693
	br i1 %4463, label %4464, label %4482

4464:
	%4465 = lshr i32 %4077, 28
	%4466 = and i32 %4465, 15
	%4467 = add i32 32, %4
	%4468 = mul i32 %4466, 64
	%4469 = add i32 %4468, %4467
	%4470 = add i32 1024, %4469
	%4471 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4470
	%4472 = load i32, i32 addrspace(3)* %4471
	%4473 = add i32 %4472, %4197
	%4474 = add i32 %426, %4473
	%4475 = add i32 %13, %4474
	%4476 = sext i32 %4475 to i64
	%4477 = getelementptr i32, i32* %list, i64 %4476
	store i32 %4076, i32* %4477
	%4478 = add i32 %13, %NK
	%4479 = add i32 %4478, %4474
	%4480 = sext i32 %4479 to i64
	%4481 = getelementptr i32, i32* %list, i64 %4480
	store i32 0, i32* %4481
	br label %4482

4482:
	%4483 = and i1 %705, %706
	br i1 %4483, label %4484, label %4502

4484:
	%4485 = lshr i32 %4088, 28
	%4486 = and i32 %4485, 15
	%4487 = add i32 40, %4
	%4488 = mul i32 %4486, 64
	%4489 = add i32 %4488, %4487
	%4490 = add i32 1024, %4489
	%4491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4490
	%4492 = load i32, i32 addrspace(3)* %4491
	%4493 = add i32 %4492, %4216
	%4494 = add i32 %426, %4493
	%4495 = add i32 %13, %4494
	%4496 = sext i32 %4495 to i64
	%4497 = getelementptr i32, i32* %list, i64 %4496
	store i32 %4087, i32* %4497
	%4498 = add i32 %13, %NK
	%4499 = add i32 %4498, %4494
	%4500 = sext i32 %4499 to i64
	%4501 = getelementptr i32, i32* %list, i64 %4500
	store i32 0, i32* %4501
	br label %4502

4502:
	%4503 = and i1 %718, %719
	br i1 %4503, label %4504, label %4522

4504:
	%4505 = lshr i32 %4099, 28
	%4506 = and i32 %4505, 15
	%4507 = add i32 48, %4
	%4508 = mul i32 %4506, 64
	%4509 = add i32 %4508, %4507
	%4510 = add i32 1024, %4509
	%4511 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4510
	%4512 = load i32, i32 addrspace(3)* %4511
	%4513 = add i32 %4512, %4235
	%4514 = add i32 %426, %4513
	%4515 = add i32 %13, %4514
	%4516 = sext i32 %4515 to i64
	%4517 = getelementptr i32, i32* %list, i64 %4516
	store i32 %4098, i32* %4517
	%4518 = add i32 %13, %NK
	%4519 = add i32 %4518, %4514
	%4520 = sext i32 %4519 to i64
	%4521 = getelementptr i32, i32* %list, i64 %4520
	store i32 0, i32* %4521
	br label %4522

4522:
	%4523 = and i1 %731, %732
	br i1 %4523, label %4524, label %4542

4524:
	%4525 = lshr i32 %4110, 28
	%4526 = and i32 %4525, 15
	%4527 = add i32 56, %4
	%4528 = mul i32 %4526, 64
	%4529 = add i32 %4528, %4527
	%4530 = add i32 1024, %4529
	%4531 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4530
	%4532 = load i32, i32 addrspace(3)* %4531
	%4533 = add i32 %4532, %4254
	%4534 = add i32 %426, %4533
	%4535 = add i32 %13, %4534
	%4536 = sext i32 %4535 to i64
	%4537 = getelementptr i32, i32* %list, i64 %4536
	store i32 %4109, i32* %4537
	%4538 = add i32 %13, %NK
	%4539 = add i32 %4538, %4534
	%4540 = sext i32 %4539 to i64
	%4541 = getelementptr i32, i32* %list, i64 %4540
	store i32 0, i32* %4541
	br label %4542

4542:
	br label %write_done

4543:
	%4544 = phi i32 [ %625, %write_sort ], [ %4548, %4546 ]
	%4545 = icmp slt i32 %4544, %624
	br i1 %4545, label %4546, label %4549

4546:
	%4547 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4544
	store i32 -1, i32 addrspace(3)* %4547
	%4548 = add i32 %4544, 256
	br label %4543

4549:
	call void @llvm.nvvm.barrier0()
	%4550 = add i32 %623, 1
	br label %4551

4551:
	%4552 = phi i32 [ 1, %4549 ], [ %4568, %4567 ]
	%4553 = icmp slt i32 %4552, %4550
	br i1 %4553, label %4554, label %4556

4554:
	%4555 = shl i32 1, %4552
	br label %4557

4556:
	br label %4609

4557:
	%4558 = phi i32 [ 0, %4554 ], [ %4603, %4602 ]
	%4559 = icmp slt i32 %4558, %4552
	br i1 %4559, label %4560, label %4567

4560:
	%4561 = sub i32 %4552, 1
	%4562 = sub i32 %4561, %4558
	%4563 = shl i32 1, %4562
	%4564 = sub i32 %4552, 1
	%4565 = sub i32 %4564, %4558
	%4566 = lshr i32 %624, 1
	br label %4569

4567:
	%4568 = add i32 %4552, 1
	br label %4551

4569:
	%4570 = phi i32 [ %0, %4560 ], [ %4608, %4607 ]
	%4571 = icmp slt i32 %4570, %4566
	br i1 %4571, label %4572, label %4602

4572:
	%4573 = lshr i32 %4570, %4565
	%4574 = add i32 %4565, 1
	%4575 = shl i32 %4573, %4574
	%4576 = sub i32 %4563, 1
	%4577 = and i32 %4570, %4576
	%4578 = or i32 %4575, %4577
	%4579 = or i32 %4578, %4563
	%4580 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4578
	%4581 = load i32, i32 addrspace(3)* %4580
	%4582 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4579
	%4583 = load i32, i32 addrspace(3)* %4582
	%4584 = and i32 %4578, %4555
	%4585 = icmp eq i32 %4584, 0
	%4586 = icmp sge i32 %4583, 0
	%4587 = select i1 %4586, i32 %4583, i32 0
	%4588 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4587
	%4589 = load i32, i32 addrspace(3)* %4588
	%4590 = select i1 %4586, i32 %4589, i32 0
	%4591 = icmp sge i32 %4581, 0
	%4592 = select i1 %4591, i32 %4581, i32 0
	%4593 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4592
	%4594 = load i32, i32 addrspace(3)* %4593
	%4595 = select i1 %4591, i32 %4594, i32 0
	%4596 = icmp ugt i32 %4590, %4595
	%4597 = icmp eq i32 %4590, %4595
	%4598 = icmp slt i32 %4583, %4581
	%4599 = and i1 %4597, %4598
	%4600 = or i1 %4596, %4599
	%4601 = icmp eq i1 %4600, %4585
	br i1 %4601, label %4604, label %4607

4602:
	call void @llvm.nvvm.barrier0()
	%4603 = add i32 %4558, 1
	br label %4557

4604:
	%4605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4578
	store i32 %4583, i32 addrspace(3)* %4605
	%4606 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4579
	store i32 %4581, i32 addrspace(3)* %4606
	br label %4607

4607:
	%4608 = add i32 %4570, 256
	br label %4569

4609:
	%4610 = phi i32 [ %0, %4556 ], [ %4623, %4612 ]
	%4611 = icmp slt i32 %4610, %429
	br i1 %4611, label %4612, label %4624

4612:
	%4613 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4610
	%4614 = load i32, i32 addrspace(3)* %4613
	%4615 = add i32 %426, %4610
	%4616 = add i32 %13, %4615
	%4617 = sext i32 %4616 to i64
	%4618 = getelementptr i32, i32* %list, i64 %4617
	store i32 %4614, i32* %4618
	%4619 = add i32 %13, %NK
	%4620 = add i32 %4619, %4615
	%4621 = sext i32 %4620 to i64
	%4622 = getelementptr i32, i32* %list, i64 %4621
	store i32 0, i32* %4622
	%4623 = add i32 %4610, 256
	br label %4609

4624:
	br label %write_done

4625:
	%4626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4627 = load i32, i32 addrspace(3)* %4626
	%4628 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %4627
	%4629 = load i32, i32 addrspace(3)* %4628
	%4630 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %4629, i32 addrspace(3)* %4630
	br label %4631

4631:
	call void @llvm.nvvm.barrier0()
	br i1 %612, label %4632, label %4637

4632:
	%4633 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%4634 = load i32, i32 addrspace(3)* %4633
	%4635 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%4636 = load i32, i32 addrspace(3)* %4635
	br label %4638

4637:
	br label %write_done

4638:
	%4639 = phi i32 [ 0, %4632 ], [ %4654, %4642 ]
	%4640 = phi i32 [ 0, %4632 ], [ %4653, %4642 ]
	%4641 = icmp slt i32 %4639, %429
	br i1 %4641, label %4642, label %4655

4642:
	%4643 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %4639
	%4644 = load i32, i32 addrspace(3)* %4643
	%4645 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %4639
	%4646 = load i32, i32 addrspace(3)* %4645
	%4647 = icmp ugt i32 %4644, %4636
	%4648 = icmp eq i32 %4644, %4636
	%4649 = icmp slt i32 %4646, %4634
	%4650 = and i1 %4648, %4649
	%4651 = or i1 %4647, %4650
	%4652 = zext i1 %4651 to i32
	%4653 = add i32 %4640, %4652
	%4654 = add i32 %4639, 1
	br label %4638

4655:
	%4656 = add i32 %426, %4640
	%4657 = add i32 %13, %4656
	%4658 = sext i32 %4657 to i64
	%4659 = getelementptr i32, i32* %list, i64 %4658
	store i32 %4634, i32* %4659
	%4660 = add i32 %13, %NK
	%4661 = add i32 %4660, %4656
	%4662 = sext i32 %4661 to i64
	%4663 = getelementptr i32, i32* %list, i64 %4662
	store i32 0, i32* %4663
	br label %4637

4664:
	%4665 = phi i32 [ %635, %write_done ], [ %4675, %4667 ]
	%4666 = icmp slt i32 %4665, %634
	br i1 %4666, label %4667, label %4676

4667:
	%4668 = add i32 %13, %4665
	%4669 = sext i32 %4668 to i64
	%4670 = getelementptr i32, i32* %list, i64 %4669
	store i32 -1, i32* %4670
	%4671 = add i32 %13, %NK
	%4672 = add i32 %4671, %4665
	%4673 = sext i32 %4672 to i64
	%4674 = getelementptr i32, i32* %list, i64 %4673
	store i32 -1, i32* %4674
	%4675 = add i32 %4665, 256
	br label %4664

4676:
	ret void
}
