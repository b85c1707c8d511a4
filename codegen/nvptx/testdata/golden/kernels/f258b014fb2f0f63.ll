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
	br i1 %612, label %2198, label %2204

write_sort:
	%619 = sub i32 %429, 1
	%620 = call i32 @llvm.ctlz.i32(i32 %619, i1 false)
	%621 = icmp sgt i32 %429, 1
	%622 = sub i32 32, %620
	%623 = select i1 %621, i32 %622, i32 0
	%624 = shl i32 1, %623
	%625 = add i32 %429, %0
	br label %2116

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
	br label %2237

write_long:
	%636 = icmp sle i32 %429, 2048
	br i1 %636, label %write_radix, label %write_sort

write_radix:
	%637 = shl i32 1, %3
	%638 = sub i32 %637, 1
	%639 = add i32 %429, 255
	%640 = sdiv i32 %639, 256
	%641 = mul i32 %640, 256
	br label %642

642:
	%643 = phi i32 [ %0, %write_radix ], [ %653, %645 ]
	%644 = icmp slt i32 %643, %429
	br i1 %644, label %645, label %654

645:
	%646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %643
	%647 = load i32, i32 addrspace(3)* %646
	%648 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %647
	%649 = load i32, i32 addrspace(3)* %648
	%650 = xor i32 %649, -1
	%651 = add i32 %643, 2048
	%652 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %651
	store i32 %650, i32 addrspace(3)* %652
	%653 = add i32 %643, 256
	br label %642

654:
	%655 = add i32 %0, 0
	%656 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %655
	store i32 0, i32 addrspace(3)* %656
	%657 = add i32 %0, 256
	%658 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %657
	store i32 0, i32 addrspace(3)* %658
	%659 = add i32 %0, 512
	%660 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %659
	store i32 0, i32 addrspace(3)* %660
	%661 = add i32 %0, 768
	%662 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %661
	store i32 0, i32 addrspace(3)* %662
	call void @llvm.nvvm.barrier0()
	br label %663

663:
	%664 = phi i32 [ %0, %654 ], [ %733, %732 ]
	%665 = icmp slt i32 %664, %641
	br i1 %665, label %666, label %685

666:
	%667 = icmp slt i32 %664, %429
	%668 = select i1 %667, i32 %664, i32 0
	%669 = add i32 %668, 2048
	%670 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %669
	%671 = load i32, i32 addrspace(3)* %670
	%672 = lshr i32 %671, 0
	%673 = and i32 %672, 15
	%674 = select i1 %667, i32 %673, i32 16
	%675 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %674)
	%676 = lshr i32 %664, 8
	%677 = mul i32 %676, 8
	%678 = add i32 %677, %4
	%679 = mul i32 %673, 64
	%680 = add i32 %679, %678
	%681 = add i32 0, %680
	%682 = and i32 %675, %638
	%683 = icmp eq i32 %682, 0
	%684 = and i1 %667, %683
	br i1 %684, label %729, label %732

685:
	call void @llvm.nvvm.barrier0()
	%686 = mul i32 %0, 4
	%687 = add i32 %686, 0
	%688 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %687
	%689 = load i32, i32 addrspace(3)* %688
	%690 = add i32 0, %689
	%691 = mul i32 %0, 4
	%692 = add i32 %691, 1
	%693 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %692
	%694 = load i32, i32 addrspace(3)* %693
	%695 = add i32 %690, %694
	%696 = mul i32 %0, 4
	%697 = add i32 %696, 2
	%698 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %697
	%699 = load i32, i32 addrspace(3)* %698
	%700 = add i32 %695, %699
	%701 = mul i32 %0, 4
	%702 = add i32 %701, 3
	%703 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %702
	%704 = load i32, i32 addrspace(3)* %703
	%705 = add i32 %700, %704
	%706 = and i32 %0, 31
	%707 = lshr i32 %0, 5
	%708 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %705, i32 1, i32 0)
	%709 = icmp uge i32 %706, 1
	%710 = select i1 %709, i32 %708, i32 0
	%711 = add i32 %705, %710
	%712 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %711, i32 2, i32 0)
	%713 = icmp uge i32 %706, 2
	%714 = select i1 %713, i32 %712, i32 0
	%715 = add i32 %711, %714
	%716 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %715, i32 4, i32 0)
	%717 = icmp uge i32 %706, 4
	%718 = select i1 %717, i32 %716, i32 0
	%719 = add i32 %715, %718
	%720 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %719, i32 8, i32 0)
	%721 = icmp uge i32 %706, 8
	%722 = select i1 %721, i32 %720, i32 0
	%723 = add i32 %719, %722
	%724 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %723, i32 16, i32 0)
	%725 = icmp uge i32 %706, 16
	%726 = select i1 %725, i32 %724, i32 0
	%727 = add i32 %723, %726
	%728 = icmp eq i32 %706, 31
	br i1 %728, label %734, label %736

729:
	%730 = call i32 @llvm.ctpop.i32(i32 %675)
	%731 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %681
	store i32 %730, i32 addrspace(3)* %731
	br label %732

732:
	%733 = add i32 %664, 256
	br label %663

734:
	%735 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %707
	store i32 %727, i32 addrspace(3)* %735
	br label %736

736:
	call void @llvm.nvvm.barrier0()
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%738 = load i32, i32 addrspace(3)* %737
	%739 = icmp sgt i32 %707, 0
	%740 = select i1 %739, i32 %738, i32 0
	%741 = add i32 0, %740
	%742 = add i32 0, %738
	%743 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%744 = load i32, i32 addrspace(3)* %743
	%745 = icmp sgt i32 %707, 1
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %741, %746
	%748 = add i32 %742, %744
	%749 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%750 = load i32, i32 addrspace(3)* %749
	%751 = icmp sgt i32 %707, 2
	%752 = select i1 %751, i32 %750, i32 0
	%753 = add i32 %747, %752
	%754 = add i32 %748, %750
	%755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%756 = load i32, i32 addrspace(3)* %755
	%757 = icmp sgt i32 %707, 3
	%758 = select i1 %757, i32 %756, i32 0
	%759 = add i32 %753, %758
	%760 = add i32 %754, %756
	%761 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%762 = load i32, i32 addrspace(3)* %761
	%763 = icmp sgt i32 %707, 4
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %759, %764
	%766 = add i32 %760, %762
	%767 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%768 = load i32, i32 addrspace(3)* %767
	%769 = icmp sgt i32 %707, 5
	%770 = select i1 %769, i32 %768, i32 0
	%771 = add i32 %765, %770
	%772 = add i32 %766, %768
	%773 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%774 = load i32, i32 addrspace(3)* %773
	%775 = icmp sgt i32 %707, 6
	%776 = select i1 %775, i32 %774, i32 0
	%777 = add i32 %771, %776
	%778 = add i32 %772, %774
	%779 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%780 = load i32, i32 addrspace(3)* %779
	%781 = icmp sgt i32 %707, 7
	%782 = select i1 %781, i32 %780, i32 0
	%783 = add i32 %777, %782
	%784 = add i32 %778, %780
	%785 = add i32 %783, %727
	%786 = sub i32 %785, %705
	%787 = mul i32 %0, 4
	%788 = add i32 %787, 0
	%789 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %788
	store i32 %786, i32 addrspace(3)* %789
	%790 = add i32 %786, %689
	%791 = mul i32 %0, 4
	%792 = add i32 %791, 1
	%793 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %792
	store i32 %790, i32 addrspace(3)* %793
	%794 = add i32 %790, %694
	%795 = mul i32 %0, 4
	%796 = add i32 %795, 2
	%797 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %796
	store i32 %794, i32 addrspace(3)* %797
	%798 = add i32 %794, %699
	%799 = mul i32 %0, 4
	%800 = add i32 %799, 3
	%801 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %800
	store i32 %798, i32 addrspace(3)* %801
	%802 = add i32 %798, %704
	%803 = add i32 %0, 1024
	%804 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %803
	store i32 0, i32 addrspace(3)* %804
	%805 = add i32 %0, 1280
	%806 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %805
	store i32 0, i32 addrspace(3)* %806
	%807 = add i32 %0, 1536
	%808 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %807
	store i32 0, i32 addrspace(3)* %808
	%809 = add i32 %0, 1792
	%810 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %809
	store i32 0, i32 addrspace(3)* %810
	call void @llvm.nvvm.barrier0()
	br label %811

811:
	%812 = phi i32 [ %0, %736 ], [ %843, %842 ]
	%813 = icmp slt i32 %812, %641
	br i1 %813, label %814, label %830

814:
	%815 = icmp slt i32 %812, %429
	%816 = select i1 %815, i32 %812, i32 0
	%817 = add i32 %816, 2048
	%818 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %817
	%819 = load i32, i32 addrspace(3)* %818
	%820 = lshr i32 %819, 0
	%821 = and i32 %820, 15
	%822 = select i1 %815, i32 %821, i32 16
	%823 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %822)
	%824 = lshr i32 %812, 8
	%825 = mul i32 %824, 8
	%826 = add i32 %825, %4
	%827 = mul i32 %821, 64
	%828 = add i32 %827, %826
	%829 = add i32 0, %828
	br i1 %815, label %831, label %842

830:
	call void @llvm.nvvm.barrier0()
	br label %844

831:
	%832 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %829
	%833 = load i32, i32 addrspace(3)* %832
	%834 = and i32 %823, %638
	%835 = call i32 @llvm.ctpop.i32(i32 %834)
	%836 = add i32 %833, %835
	%837 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %812
	%838 = load i32, i32 addrspace(3)* %837
	%839 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %836
	store i32 %838, i32 addrspace(3)* %839
	%840 = add i32 %836, 2048
	%841 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %840
	store i32 %819, i32 addrspace(3)* %841
	br label %842

842:
	%843 = add i32 %812, 256
	br label %811

844:
	%845 = phi i32 [ %0, %830 ], [ %914, %913 ]
	%846 = icmp slt i32 %845, %641
	br i1 %846, label %847, label %866

847:
	%848 = icmp slt i32 %845, %429
	%849 = select i1 %848, i32 %845, i32 0
	%850 = add i32 %849, 2048
	%851 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %850
	%852 = load i32, i32 addrspace(3)* %851
	%853 = lshr i32 %852, 4
	%854 = and i32 %853, 15
	%855 = select i1 %848, i32 %854, i32 16
	%856 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %855)
	%857 = lshr i32 %845, 8
	%858 = mul i32 %857, 8
	%859 = add i32 %858, %4
	%860 = mul i32 %854, 64
	%861 = add i32 %860, %859
	%862 = add i32 1024, %861
	%863 = and i32 %856, %638
	%864 = icmp eq i32 %863, 0
	%865 = and i1 %848, %864
	br i1 %865, label %910, label %913

866:
	call void @llvm.nvvm.barrier0()
	%867 = mul i32 %0, 4
	%868 = add i32 %867, 1024
	%869 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %868
	%870 = load i32, i32 addrspace(3)* %869
	%871 = add i32 0, %870
	%872 = mul i32 %0, 4
	%873 = add i32 %872, 1025
	%874 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %873
	%875 = load i32, i32 addrspace(3)* %874
	%876 = add i32 %871, %875
	%877 = mul i32 %0, 4
	%878 = add i32 %877, 1026
	%879 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %878
	%880 = load i32, i32 addrspace(3)* %879
	%881 = add i32 %876, %880
	%882 = mul i32 %0, 4
	%883 = add i32 %882, 1027
	%884 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %883
	%885 = load i32, i32 addrspace(3)* %884
	%886 = add i32 %881, %885
	%887 = and i32 %0, 31
	%888 = lshr i32 %0, 5
	%889 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %886, i32 1, i32 0)
	%890 = icmp uge i32 %887, 1
	%891 = select i1 %890, i32 %889, i32 0
	%892 = add i32 %886, %891
	%893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %892, i32 2, i32 0)
	%894 = icmp uge i32 %887, 2
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %892, %895
	%897 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %896, i32 4, i32 0)
	%898 = icmp uge i32 %887, 4
	%899 = select i1 %898, i32 %897, i32 0
	%900 = add i32 %896, %899
	%901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %900, i32 8, i32 0)
	%902 = icmp uge i32 %887, 8
	%903 = select i1 %902, i32 %901, i32 0
	%904 = add i32 %900, %903
	%905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 16, i32 0)
	%906 = icmp uge i32 %887, 16
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %904, %907
	%909 = icmp eq i32 %887, 31
	br i1 %909, label %915, label %917

910:
	%911 = call i32 @llvm.ctpop.i32(i32 %856)
	%912 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %862
	store i32 %911, i32 addrspace(3)* %912
	br label %913

913:
	%914 = add i32 %845, 256
	br label %844

915:
	%916 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %888
	store i32 %908, i32 addrspace(3)* %916
	br label %917

917:
	call void @llvm.nvvm.barrier0()
	%918 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%919 = load i32, i32 addrspace(3)* %918
	%920 = icmp sgt i32 %888, 0
	%921 = select i1 %920, i32 %919, i32 0
	%922 = add i32 0, %921
	%923 = add i32 0, %919
	%924 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%925 = load i32, i32 addrspace(3)* %924
	%926 = icmp sgt i32 %888, 1
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %922, %927
	%929 = add i32 %923, %925
	%930 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%931 = load i32, i32 addrspace(3)* %930
	%932 = icmp sgt i32 %888, 2
	%933 = select i1 %932, i32 %931, i32 0
	%934 = add i32 %928, %933
	%935 = add i32 %929, %931
	%936 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%937 = load i32, i32 addrspace(3)* %936
	%938 = icmp sgt i32 %888, 3
	%939 = select i1 %938, i32 %937, i32 0
	%940 = add i32 %934, %939
	%941 = add i32 %935, %937
	%942 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%943 = load i32, i32 addrspace(3)* %942
	%944 = icmp sgt i32 %888, 4
	%945 = select i1 %944, i32 %943, i32 0
	%946 = add i32 %940, %945
	%947 = add i32 %941, %943
	%948 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%949 = load i32, i32 addrspace(3)* %948
	%950 = icmp sgt i32 %888, 5
	%951 = select i1 %950, i32 %949, i32 0
	%952 = add i32 %946, %951
	%953 = add i32 %947, %949
	%954 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%955 = load i32, i32 addrspace(3)* %954
	%956 = icmp sgt i32 %888, 6
	%957 = select i1 %956, i32 %955, i32 0
	%958 = add i32 %952, %957
	%959 = add i32 %953, %955
	%960 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%961 = load i32, i32 addrspace(3)* %960
	%962 = icmp sgt i32 %888, 7
	%963 = select i1 %962, i32 %961, i32 0
	%964 = add i32 %958, %963
	%965 = add i32 %959, %961
	%966 = add i32 %964, %908
	%967 = sub i32 %966, %886
	%968 = mul i32 %0, 4
	%969 = add i32 %968, 1024
	%970 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %969
	store i32 %967, i32 addrspace(3)* %970
	%971 = add i32 %967, %870
	%972 = mul i32 %0, 4
	%973 = add i32 %972, 1025
	%974 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %973
	store i32 %971, i32 addrspace(3)* %974
	%975 = add i32 %971, %875
	%976 = mul i32 %0, 4
	%977 = add i32 %976, 1026
	%978 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %977
	store i32 %975, i32 addrspace(3)* %978
	%979 = add i32 %975, %880
	%980 = mul i32 %0, 4
	%981 = add i32 %980, 1027
	%982 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %981
	store i32 %979, i32 addrspace(3)* %982
	%983 = add i32 %979, %885
	%984 = add i32 %0, 0
	%985 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %984
	store i32 0, i32 addrspace(3)* %985
	%986 = add i32 %0, 256
	%987 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %986
	store i32 0, i32 addrspace(3)* %987
	%988 = add i32 %0, 512
	%989 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %988
	store i32 0, i32 addrspace(3)* %989
	%990 = add i32 %0, 768
	%991 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %990
	store i32 0, i32 addrspace(3)* %991
	call void @llvm.nvvm.barrier0()
	br label %992

992:
	%993 = phi i32 [ %0, %917 ], [ %1024, %1023 ]
	%994 = icmp slt i32 %993, %641
	br i1 %994, label %995, label %1011

995:
	%996 = icmp slt i32 %993, %429
	%997 = select i1 %996, i32 %993, i32 0
	%998 = add i32 %997, 2048
	%999 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %998
	%1000 = load i32, i32 addrspace(3)* %999
	%1001 = lshr i32 %1000, 4
	%1002 = and i32 %1001, 15
	%1003 = select i1 %996, i32 %1002, i32 16
	%1004 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1003)
	%1005 = lshr i32 %993, 8
	%1006 = mul i32 %1005, 8
	%1007 = add i32 %1006, %4
	%1008 = mul i32 %1002, 64
	%1009 = add i32 %1008, %1007
	%1010 = add i32 1024, %1009
	br i1 %996, label %1012, label %1023

1011:
	call void @llvm.nvvm.barrier0()
	br label %1025

1012:
	%1013 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1010
	%1014 = load i32, i32 addrspace(3)* %1013
	%1015 = and i32 %1004, %638
	%1016 = call i32 @llvm.ctpop.i32(i32 %1015)
	%1017 = add i32 %1014, %1016
	%1018 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %993
	%1019 = load i32, i32 addrspace(3)* %1018
	%1020 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1017
	store i32 %1019, i32 addrspace(3)* %1020
	%1021 = add i32 %1017, 2048
	%1022 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1021
	store i32 %1000, i32 addrspace(3)* %1022
	br label %1023

1023:
	%1024 = add i32 %993, 256
	br label %992

1025:
	%1026 = phi i32 [ %0, %1011 ], [ %1095, %1094 ]
	%1027 = icmp slt i32 %1026, %641
	br i1 %1027, label %1028, label %1047

1028:
	%1029 = icmp slt i32 %1026, %429
	%1030 = select i1 %1029, i32 %1026, i32 0
	%1031 = add i32 %1030, 2048
	%1032 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1031
	%1033 = load i32, i32 addrspace(3)* %1032
	%1034 = lshr i32 %1033, 8
	%1035 = and i32 %1034, 15
	%1036 = select i1 %1029, i32 %1035, i32 16
	%1037 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1036)
	%1038 = lshr i32 %1026, 8
	%1039 = mul i32 %1038, 8
	%1040 = add i32 %1039, %4
	%1041 = mul i32 %1035, 64
	%1042 = add i32 %1041, %1040
	%1043 = add i32 0, %1042
	%1044 = and i32 %1037, %638
	%1045 = icmp eq i32 %1044, 0
	%1046 = and i1 %1029, %1045
	br i1 %1046, label %1091, label %1094

1047:
	call void @llvm.nvvm.barrier0()
	%1048 = mul i32 %0, 4
	%1049 = add i32 %1048, 0
	%1050 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1049
	%1051 = load i32, i32 addrspace(3)* %1050
	%1052 = add i32 0, %1051
	%1053 = mul i32 %0, 4
	%1054 = add i32 %1053, 1
	%1055 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1054
	%1056 = load i32, i32 addrspace(3)* %1055
	%1057 = add i32 %1052, %1056
	%1058 = mul i32 %0, 4
	%1059 = add i32 %1058, 2
	%1060 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1059
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = add i32 %1057, %1061
	%1063 = mul i32 %0, 4
	%1064 = add i32 %1063, 3
	%1065 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1064
	%1066 = load i32, i32 addrspace(3)* %1065
	%1067 = add i32 %1062, %1066
	%1068 = and i32 %0, 31
	%1069 = lshr i32 %0, 5
	%1070 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1067, i32 1, i32 0)
	%1071 = icmp uge i32 %1068, 1
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1073, i32 2, i32 0)
	%1075 = icmp uge i32 %1068, 2
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1073, %1076
	%1078 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1077, i32 4, i32 0)
	%1079 = icmp uge i32 %1068, 4
	%1080 = select i1 %1079, i32 %1078, i32 0
	%1081 = add i32 %1077, %1080
	%1082 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1081, i32 8, i32 0)
	%1083 = icmp uge i32 %1068, 8
	%1084 = select i1 %1083, i32 %1082, i32 0
	%1085 = add i32 %1081, %1084
	%1086 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1085, i32 16, i32 0)
	%1087 = icmp uge i32 %1068, 16
	%1088 = select i1 %1087, i32 %1086, i32 0
	%1089 = add i32 %1085, %1088
	%1090 = icmp eq i32 %1068, 31
	br i1 %1090, label %1096, label %1098

1091:
	%1092 = call i32 @llvm.ctpop.i32(i32 %1037)
	%1093 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1043
	store i32 %1092, i32 addrspace(3)* %1093
	br label %1094

1094:
	%1095 = add i32 %1026, 256
	br label %1025

1096:
	%1097 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1069
	store i32 %1089, i32 addrspace(3)* %1097
	br label %1098

1098:
	call void @llvm.nvvm.barrier0()
	%1099 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1100 = load i32, i32 addrspace(3)* %1099
	%1101 = icmp sgt i32 %1069, 0
	%1102 = select i1 %1101, i32 %1100, i32 0
	%1103 = add i32 0, %1102
	%1104 = add i32 0, %1100
	%1105 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1106 = load i32, i32 addrspace(3)* %1105
	%1107 = icmp sgt i32 %1069, 1
	%1108 = select i1 %1107, i32 %1106, i32 0
	%1109 = add i32 %1103, %1108
	%1110 = add i32 %1104, %1106
	%1111 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1112 = load i32, i32 addrspace(3)* %1111
	%1113 = icmp sgt i32 %1069, 2
	%1114 = select i1 %1113, i32 %1112, i32 0
	%1115 = add i32 %1109, %1114
	%1116 = add i32 %1110, %1112
	%1117 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1118 = load i32, i32 addrspace(3)* %1117
	%1119 = icmp sgt i32 %1069, 3
	%1120 = select i1 %1119, i32 %1118, i32 0
	%1121 = add i32 %1115, %1120
	%1122 = add i32 %1116, %1118
	%1123 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1124 = load i32, i32 addrspace(3)* %1123
	%1125 = icmp sgt i32 %1069, 4
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = add i32 %1121, %1126
	%1128 = add i32 %1122, %1124
	%1129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1130 = load i32, i32 addrspace(3)* %1129
	%1131 = icmp sgt i32 %1069, 5
	%1132 = select i1 %1131, i32 %1130, i32 0
	%1133 = add i32 %1127, %1132
	%1134 = add i32 %1128, %1130
	%1135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1136 = load i32, i32 addrspace(3)* %1135
	%1137 = icmp sgt i32 %1069, 6
	%1138 = select i1 %1137, i32 %1136, i32 0
	%1139 = add i32 %1133, %1138
	%1140 = add i32 %1134, %1136
	%1141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1142 = load i32, i32 addrspace(3)* %1141
	%1143 = icmp sgt i32 %1069, 7
	%1144 = select i1 %1143, i32 %1142, i32 0
	%1145 = add i32 %1139, %1144
	%1146 = add i32 %1140, %1142
	%1147 = add i32 %1145, %1089
	%1148 = sub i32 %1147, %1067
	%1149 = mul i32 %0, 4
	%1150 = add i32 %1149, 0
	%1151 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1150
	store i32 %1148, i32 addrspace(3)* %1151
	%1152 = add i32 %1148, %1051
	%1153 = mul i32 %0, 4
	%1154 = add i32 %1153, 1
	%1155 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1154
	store i32 %1152, i32 addrspace(3)* %1155
	%1156 = add i32 %1152, %1056
	%1157 = mul i32 %0, 4
	%1158 = add i32 %1157, 2
	%1159 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1158
	store i32 %1156, i32 addrspace(3)* %1159
	%1160 = add i32 %1156, %1061
	%1161 = mul i32 %0, 4
	%1162 = add i32 %1161, 3
	%1163 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1162
	store i32 %1160, i32 addrspace(3)* %1163
	%1164 = add i32 %1160, %1066
	%1165 = add i32 %0, 1024
	%1166 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1165
	store i32 0, i32 addrspace(3)* %1166
	%1167 = add i32 %0, 1280
	%1168 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1167
	store i32 0, i32 addrspace(3)* %1168
	%1169 = add i32 %0, 1536
	%1170 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1169
	store i32 0, i32 addrspace(3)* %1170
	%1171 = add i32 %0, 1792
	%1172 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1171
	store i32 0, i32 addrspace(3)* %1172
	call void @llvm.nvvm.barrier0()
	br label %1173

1173:
	%1174 = phi i32 [ %0, %1098 ], [ %1205, %1204 ]
	%1175 = icmp slt i32 %1174, %641
	br i1 %1175, label %1176, label %1192

1176:
	%1177 = icmp slt i32 %1174, %429
	%1178 = select i1 %1177, i32 %1174, i32 0
	%1179 = add i32 %1178, 2048
	%1180 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1179
	%1181 = load i32, i32 addrspace(3)* %1180
	%1182 = lshr i32 %1181, 8
	%1183 = and i32 %1182, 15
	%1184 = select i1 %1177, i32 %1183, i32 16
	%1185 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1184)
	%1186 = lshr i32 %1174, 8
	%1187 = mul i32 %1186, 8
	%1188 = add i32 %1187, %4
	%1189 = mul i32 %1183, 64
	%1190 = add i32 %1189, %1188
	%1191 = add i32 0, %1190
	br i1 %1177, label %1193, label %1204

1192:
	call void @llvm.nvvm.barrier0()
	br label %1206

1193:
	%1194 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1191
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = and i32 %1185, %638
	%1197 = call i32 @llvm.ctpop.i32(i32 %1196)
	%1198 = add i32 %1195, %1197
	%1199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1174
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1198
	store i32 %1200, i32 addrspace(3)* %1201
	%1202 = add i32 %1198, 2048
	%1203 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1202
	store i32 %1181, i32 addrspace(3)* %1203
	br label %1204

1204:
	%1205 = add i32 %1174, 256
	br label %1173

1206:
	%1207 = phi i32 [ %0, %1192 ], [ %1276, %1275 ]
	%1208 = icmp slt i32 %1207, %641
	br i1 %1208, label %1209, label %1228

1209:
	%1210 = icmp slt i32 %1207, %429
	%1211 = select i1 %1210, i32 %1207, i32 0
	%1212 = add i32 %1211, 2048
	%1213 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1212
	%1214 = load i32, i32 addrspace(3)* %1213
	%1215 = lshr i32 %1214, 12
	%1216 = and i32 %1215, 15
	%1217 = select i1 %1210, i32 %1216, i32 16
	%1218 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1217)
	%1219 = lshr i32 %1207, 8
	%1220 = mul i32 %1219, 8
	%1221 = add i32 %1220, %4
	%1222 = mul i32 %1216, 64
	%1223 = add i32 %1222, %1221
	%1224 = add i32 1024, %1223
	%1225 = and i32 %1218, %638
	%1226 = icmp eq i32 %1225, 0
	%1227 = and i1 %1210, %1226
	br i1 %1227, label %1272, label %1275

1228:
	call void @llvm.nvvm.barrier0()
	%1229 = mul i32 %0, 4
	%1230 = add i32 %1229, 1024
	%1231 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1230
	%1232 = load i32, i32 addrspace(3)* %1231
	%1233 = add i32 0, %1232
	%1234 = mul i32 %0, 4
	%1235 = add i32 %1234, 1025
	%1236 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1235
	%1237 = load i32, i32 addrspace(3)* %1236
	%1238 = add i32 %1233, %1237
	%1239 = mul i32 %0, 4
	%1240 = add i32 %1239, 1026
	%1241 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1240
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = add i32 %1238, %1242
	%1244 = mul i32 %0, 4
	%1245 = add i32 %1244, 1027
	%1246 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1245
	%1247 = load i32, i32 addrspace(3)* %1246
	%1248 = add i32 %1243, %1247
	%1249 = and i32 %0, 31
	%1250 = lshr i32 %0, 5
	%1251 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1248, i32 1, i32 0)
	%1252 = icmp uge i32 %1249, 1
	%1253 = select i1 %1252, i32 %1251, i32 0
	%1254 = add i32 %1248, %1253
	%1255 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1254, i32 2, i32 0)
	%1256 = icmp uge i32 %1249, 2
	%1257 = select i1 %1256, i32 %1255, i32 0
	%1258 = add i32 %1254, %1257
	%1259 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1258, i32 4, i32 0)
	%1260 = icmp uge i32 %1249, 4
	%1261 = select i1 %1260, i32 %1259, i32 0
	%1262 = add i32 %1258, %1261
	%1263 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1262, i32 8, i32 0)
	%1264 = icmp uge i32 %1249, 8
	%1265 = select i1 %1264, i32 %1263, i32 0
	%1266 = add i32 %1262, %1265
	%1267 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1266, i32 16, i32 0)
	%1268 = icmp uge i32 %1249, 16
	%1269 = select i1 %1268, i32 %1267, i32 0
	%1270 = add i32 %1266, %1269
	%1271 = icmp eq i32 %1249, 31
	br i1 %1271, label %1277, label %1279

1272:
	%1273 = call i32 @llvm.ctpop.i32(i32 %1218)
	%1274 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1224
	store i32 %1273, i32 addrspace(3)* %1274
	br label %1275

1275:
	%1276 = add i32 %1207, 256
	br label %1206

1277:
	%1278 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1250
	store i32 %1270, i32 addrspace(3)* %1278
	br label %1279

1279:
	call void @llvm.nvvm.barrier0()
	%1280 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1281 = load i32, i32 addrspace(3)* %1280
	%1282 = icmp sgt i32 %1250, 0
	%1283 = select i1 %1282, i32 %1281, i32 0
	%1284 = add i32 0, %1283
	%1285 = add i32 0, %1281
	%1286 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1287 = load i32, i32 addrspace(3)* %1286
	%1288 = icmp sgt i32 %1250, 1
	%1289 = select i1 %1288, i32 %1287, i32 0
	%1290 = add i32 %1284, %1289
	%1291 = add i32 %1285, %1287
	%1292 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1293 = load i32, i32 addrspace(3)* %1292
	%1294 = icmp sgt i32 %1250, 2
	%1295 = select i1 %1294, i32 %1293, i32 0
	%1296 = add i32 %1290, %1295
	%1297 = add i32 %1291, %1293
	%1298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1299 = load i32, i32 addrspace(3)* %1298
	%1300 = icmp sgt i32 %1250, 3
	%1301 = select i1 %1300, i32 %1299, i32 0
	%1302 = add i32 %1296, %1301
	%1303 = add i32 %1297, %1299
	%1304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = icmp sgt i32 %1250, 4
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = add i32 %1302, %1307
	%1309 = add i32 %1303, %1305
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1250, 5
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 %1308, %1313
	%1315 = add i32 %1309, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1250, 6
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1250, 7
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = add i32 %1326, %1270
	%1329 = sub i32 %1328, %1248
	%1330 = mul i32 %0, 4
	%1331 = add i32 %1330, 1024
	%1332 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1331
	store i32 %1329, i32 addrspace(3)* %1332
	%1333 = add i32 %1329, %1232
	%1334 = mul i32 %0, 4
	%1335 = add i32 %1334, 1025
	%1336 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1335
	store i32 %1333, i32 addrspace(3)* %1336
	%1337 = add i32 %1333, %1237
	%1338 = mul i32 %0, 4
	%1339 = add i32 %1338, 1026
	%1340 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1339
	store i32 %1337, i32 addrspace(3)* %1340
	%1341 = add i32 %1337, %1242
	%1342 = mul i32 %0, 4
	%1343 = add i32 %1342, 1027
	%1344 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1343
	store i32 %1341, i32 addrspace(3)* %1344
	%1345 = add i32 %1341, %1247
	%1346 = add i32 %0, 0
	%1347 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1346
	store i32 0, i32 addrspace(3)* %1347
	%1348 = add i32 %0, 256
	%1349 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1348
	store i32 0, i32 addrspace(3)* %1349
	%1350 = add i32 %0, 512
	%1351 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1350
	store i32 0, i32 addrspace(3)* %1351
	%1352 = add i32 %0, 768
	%1353 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1352
	store i32 0, i32 addrspace(3)* %1353
	call void @llvm.nvvm.barrier0()
	br label %1354

1354:
	%1355 = phi i32 [ %0, %1279 ], [ %1386, %1385 ]
	%1356 = icmp slt i32 %1355, %641
	br i1 %1356, label %1357, label %1373

1357:
	%1358 = icmp slt i32 %1355, %429
	%1359 = select i1 %1358, i32 %1355, i32 0
	%1360 = add i32 %1359, 2048
	%1361 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1360
	%1362 = load i32, i32 addrspace(3)* %1361
	%1363 = lshr i32 %1362, 12
	%1364 = and i32 %1363, 15
	%1365 = select i1 %1358, i32 %1364, i32 16
	%1366 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1365)
	%1367 = lshr i32 %1355, 8
	%1368 = mul i32 %1367, 8
	%1369 = add i32 %1368, %4
	%1370 = mul i32 %1364, 64
	%1371 = add i32 %1370, %1369
	%1372 = add i32 1024, %1371
	br i1 %1358, label %1374, label %1385

1373:
	call void @llvm.nvvm.barrier0()
	br label %1387

1374:
	%1375 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1372
	%1376 = load i32, i32 addrspace(3)* %1375
	%1377 = and i32 %1366, %638
	%1378 = call i32 @llvm.ctpop.i32(i32 %1377)
	%1379 = add i32 %1376, %1378
	%1380 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1355
	%1381 = load i32, i32 addrspace(3)* %1380
	%1382 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1379
	store i32 %1381, i32 addrspace(3)* %1382
	%1383 = add i32 %1379, 2048
	%1384 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1383
	store i32 %1362, i32 addrspace(3)* %1384
	br label %1385

1385:
	%1386 = add i32 %1355, 256
	br label %1354

1387:
	%1388 = phi i32 [ %0, %1373 ], [ %1457, %1456 ]
	%1389 = icmp slt i32 %1388, %641
	br i1 %1389, label %1390, label %1409

1390:
	%1391 = icmp slt i32 %1388, %429
	%1392 = select i1 %1391, i32 %1388, i32 0
	%1393 = add i32 %1392, 2048
	%1394 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1393
	%1395 = load i32, i32 addrspace(3)* %1394
	%1396 = lshr i32 %1395, 16
	%1397 = and i32 %1396, 15
	%1398 = select i1 %1391, i32 %1397, i32 16
	%1399 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1398)
	%1400 = lshr i32 %1388, 8
	%1401 = mul i32 %1400, 8
	%1402 = add i32 %1401, %4
	%1403 = mul i32 %1397, 64
	%1404 = add i32 %1403, %1402
	%1405 = add i32 0, %1404
	%1406 = and i32 %1399, %638
	%1407 = icmp eq i32 %1406, 0
	%1408 = and i1 %1391, %1407
	br i1 %1408, label %1453, label %1456

1409:
	call void @llvm.nvvm.barrier0()
	%1410 = mul i32 %0, 4
	%1411 = add i32 %1410, 0
	%1412 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1411
	%1413 = load i32, i32 addrspace(3)* %1412
	%1414 = add i32 0, %1413
	%1415 = mul i32 %0, 4
	%1416 = add i32 %1415, 1
	%1417 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1416
	%1418 = load i32, i32 addrspace(3)* %1417
	%1419 = add i32 %1414, %1418
	%1420 = mul i32 %0, 4
	%1421 = add i32 %1420, 2
	%1422 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1421
	%1423 = load i32, i32 addrspace(3)* %1422
	%1424 = add i32 %1419, %1423
	%1425 = mul i32 %0, 4
	%1426 = add i32 %1425, 3
	%1427 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1426
	%1428 = load i32, i32 addrspace(3)* %1427
	%1429 = add i32 %1424, %1428
	%1430 = and i32 %0, 31
	%1431 = lshr i32 %0, 5
	%1432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1429, i32 1, i32 0)
	%1433 = icmp uge i32 %1430, 1
	%1434 = select i1 %1433, i32 %1432, i32 0
	%1435 = add i32 %1429, %1434
	%1436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1435, i32 2, i32 0)
	%1437 = icmp uge i32 %1430, 2
	%1438 = select i1 %1437, i32 %1436, i32 0
	%1439 = add i32 %1435, %1438
	%1440 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1439, i32 4, i32 0)
	%1441 = icmp uge i32 %1430, 4
	%1442 = select i1 %1441, i32 %1440, i32 0
	%1443 = add i32 %1439, %1442
	%1444 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1443, i32 8, i32 0)
	%1445 = icmp uge i32 %1430, 8
	%1446 = select i1 %1445, i32 %1444, i32 0
	%1447 = add i32 %1443, %1446
	%1448 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1447, i32 16, i32 0)
	%1449 = icmp uge i32 %1430, 16
	%1450 = select i1 %1449, i32 %1448, i32 0
	%1451 = add i32 %1447, %1450
	%1452 = icmp eq i32 %1430, 31
	br i1 %1452, label %1458, label %1460

1453:
	%1454 = call i32 @llvm.ctpop.i32(i32 %1399)
	%1455 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1405
	store i32 %1454, i32 addrspace(3)* %1455
	br label %1456

1456:
	%1457 = add i32 %1388, 256
	br label %1387

1458:
	%1459 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1431
	store i32 %1451, i32 addrspace(3)* %1459
	br label %1460

1460:
	call void @llvm.nvvm.barrier0()
	%1461 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1462 = load i32, i32 addrspace(3)* %1461
	%1463 = icmp sgt i32 %1431, 0
	%1464 = select i1 %1463, i32 %1462, i32 0
	%1465 = add i32 0, %1464
	%1466 = add i32 0, %1462
	%1467 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1468 = load i32, i32 addrspace(3)* %1467
	%1469 = icmp sgt i32 %1431, 1
	%1470 = select i1 %1469, i32 %1468, i32 0
	%1471 = add i32 %1465, %1470
	%1472 = add i32 %1466, %1468
	%1473 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1474 = load i32, i32 addrspace(3)* %1473
	%1475 = icmp sgt i32 %1431, 2
	%1476 = select i1 %1475, i32 %1474, i32 0
	%1477 = add i32 %1471, %1476
	%1478 = add i32 %1472, %1474
	%1479 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1480 = load i32, i32 addrspace(3)* %1479
	%1481 = icmp sgt i32 %1431, 3
	%1482 = select i1 %1481, i32 %1480, i32 0
	%1483 = add i32 %1477, %1482
	%1484 = add i32 %1478, %1480
	%1485 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1486 = load i32, i32 addrspace(3)* %1485
	%1487 = icmp sgt i32 %1431, 4
	%1488 = select i1 %1487, i32 %1486, i32 0
	%1489 = add i32 %1483, %1488
	%1490 = add i32 %1484, %1486
	%1491 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp sgt i32 %1431, 5
	%1494 = select i1 %1493, i32 %1492, i32 0
	%1495 = add i32 %1489, %1494
	%1496 = add i32 %1490, %1492
	%1497 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1498 = load i32, i32 addrspace(3)* %1497
	%1499 = icmp sgt i32 %1431, 6
	%1500 = select i1 %1499, i32 %1498, i32 0
	%1501 = add i32 %1495, %1500
	%1502 = add i32 %1496, %1498
	%1503 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1504 = load i32, i32 addrspace(3)* %1503
	%1505 = icmp sgt i32 %1431, 7
	%1506 = select i1 %1505, i32 %1504, i32 0
	%1507 = add i32 %1501, %1506
	%1508 = add i32 %1502, %1504
	%1509 = add i32 %1507, %1451
	%1510 = sub i32 %1509, %1429
	%1511 = mul i32 %0, 4
	%1512 = add i32 %1511, 0
	%1513 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1512
	store i32 %1510, i32 addrspace(3)* %1513
	%1514 = add i32 %1510, %1413
	%1515 = mul i32 %0, 4
	%1516 = add i32 %1515, 1
	%1517 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1516
	store i32 %1514, i32 addrspace(3)* %1517
	%1518 = add i32 %1514, %1418
	%1519 = mul i32 %0, 4
	%1520 = add i32 %1519, 2
	%1521 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1520
	store i32 %1518, i32 addrspace(3)* %1521
	%1522 = add i32 %1518, %1423
	%1523 = mul i32 %0, 4
	%1524 = add i32 %1523, 3
	%1525 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1524
	store i32 %1522, i32 addrspace(3)* %1525
	%1526 = add i32 %1522, %1428
	%1527 = add i32 %0, 1024
	%1528 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1527
	store i32 0, i32 addrspace(3)* %1528
	%1529 = add i32 %0, 1280
	%1530 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1529
	store i32 0, i32 addrspace(3)* %1530
	%1531 = add i32 %0, 1536
	%1532 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1531
	store i32 0, i32 addrspace(3)* %1532
	%1533 = add i32 %0, 1792
	%1534 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1533
	store i32 0, i32 addrspace(3)* %1534
	call void @llvm.nvvm.barrier0()
	br label %1535

1535:
	%1536 = phi i32 [ %0, %1460 ], [ %1567, %1566 ]
	%1537 = icmp slt i32 %1536, %641
	br i1 %1537, label %1538, label %1554

1538:
	%1539 = icmp slt i32 %1536, %429
	%1540 = select i1 %1539, i32 %1536, i32 0
	%1541 = add i32 %1540, 2048
	%1542 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1541
	%1543 = load i32, i32 addrspace(3)* %1542
	%1544 = lshr i32 %1543, 16
	%1545 = and i32 %1544, 15
	%1546 = select i1 %1539, i32 %1545, i32 16
	%1547 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1546)
	%1548 = lshr i32 %1536, 8
	%1549 = mul i32 %1548, 8
	%1550 = add i32 %1549, %4
	%1551 = mul i32 %1545, 64
	%1552 = add i32 %1551, %1550
	%1553 = add i32 0, %1552
	br i1 %1539, label %1555, label %1566

1554:
	call void @llvm.nvvm.barrier0()
	br label %1568

1555:
	%1556 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1553
	%1557 = load i32, i32 addrspace(3)* %1556
	%1558 = and i32 %1547, %638
	%1559 = call i32 @llvm.ctpop.i32(i32 %1558)
	%1560 = add i32 %1557, %1559
	%1561 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1536
	%1562 = load i32, i32 addrspace(3)* %1561
	%1563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1560
	store i32 %1562, i32 addrspace(3)* %1563
	%1564 = add i32 %1560, 2048
	%1565 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1564
	store i32 %1543, i32 addrspace(3)* %1565
	br label %1566

1566:
	%1567 = add i32 %1536, 256
	br label %1535

1568:
	%1569 = phi i32 [ %0, %1554 ], [ %1638, %1637 ]
	%1570 = icmp slt i32 %1569, %641
	br i1 %1570, label %1571, label %1590

1571:
	%1572 = icmp slt i32 %1569, %429
	%1573 = select i1 %1572, i32 %1569, i32 0
	%1574 = add i32 %1573, 2048
	%1575 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1574
	%1576 = load i32, i32 addrspace(3)* %1575
	%1577 = lshr i32 %1576, 20
	%1578 = and i32 %1577, 15
	%1579 = select i1 %1572, i32 %1578, i32 16
	%1580 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1579)
	%1581 = lshr i32 %1569, 8
	%1582 = mul i32 %1581, 8
	%1583 = add i32 %1582, %4
	%1584 = mul i32 %1578, 64
	%1585 = add i32 %1584, %1583
	%1586 = add i32 1024, %1585
	%1587 = and i32 %1580, %638
	%1588 = icmp eq i32 %1587, 0
	%1589 = and i1 %1572, %1588
	br i1 %1589, label %1634, label %1637

1590:
	call void @llvm.nvvm.barrier0()
	%1591 = mul i32 %0, 4
	%1592 = add i32 %1591, 1024
	%1593 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1592
	%1594 = load i32, i32 addrspace(3)* %1593
	%1595 = add i32 0, %1594
	%1596 = mul i32 %0, 4
	%1597 = add i32 %1596, 1025
	%1598 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1597
	%1599 = load i32, i32 addrspace(3)* %1598
	%1600 = add i32 %1595, %1599
	%1601 = mul i32 %0, 4
	%1602 = add i32 %1601, 1026
	%1603 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1602
	%1604 = load i32, i32 addrspace(3)* %1603
	%1605 = add i32 %1600, %1604
	%1606 = mul i32 %0, 4
	%1607 = add i32 %1606, 1027
	%1608 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1607
	%1609 = load i32, i32 addrspace(3)* %1608
	%1610 = add i32 %1605, %1609
	%1611 = and i32 %0, 31
	%1612 = lshr i32 %0, 5
	%1613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1610, i32 1, i32 0)
	%1614 = icmp uge i32 %1611, 1
	%1615 = select i1 %1614, i32 %1613, i32 0
	%1616 = add i32 %1610, %1615
	%1617 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1616, i32 2, i32 0)
	%1618 = icmp uge i32 %1611, 2
	%1619 = select i1 %1618, i32 %1617, i32 0
	%1620 = add i32 %1616, %1619
	%1621 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1620, i32 4, i32 0)
	%1622 = icmp uge i32 %1611, 4
	%1623 = select i1 %1622, i32 %1621, i32 0
	%1624 = add i32 %1620, %1623
	%1625 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1624, i32 8, i32 0)
	%1626 = icmp uge i32 %1611, 8
	%1627 = select i1 %1626, i32 %1625, i32 0
	%1628 = add i32 %1624, %1627
	%1629 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1628, i32 16, i32 0)
	%1630 = icmp uge i32 %1611, 16
	%1631 = select i1 %1630, i32 %1629, i32 0
	%1632 = add i32 %1628, %1631
	%1633 = icmp eq i32 %1611, 31
	br i1 %1633, label %1639, label %1641

1634:
	%1635 = call i32 @llvm.ctpop.i32(i32 %1580)
	%1636 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1586
	store i32 %1635, i32 addrspace(3)* %1636
	br label %1637

1637:
	%1638 = add i32 %1569, 256
	br label %1568

1639:
	%1640 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1612
	store i32 %1632, i32 addrspace(3)* %1640
	br label %1641

1641:
	call void @llvm.nvvm.barrier0()
	%1642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1643 = load i32, i32 addrspace(3)* %1642
	%1644 = icmp sgt i32 %1612, 0
	%1645 = select i1 %1644, i32 %1643, i32 0
	%1646 = add i32 0, %1645
	%1647 = add i32 0, %1643
	%1648 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1649 = load i32, i32 addrspace(3)* %1648
	%1650 = icmp sgt i32 %1612, 1
	%1651 = select i1 %1650, i32 %1649, i32 0
	%1652 = add i32 %1646, %1651
	%1653 = add i32 %1647, %1649
	%1654 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1655 = load i32, i32 addrspace(3)* %1654
	%1656 = icmp sgt i32 %1612, 2
	%1657 = select i1 %1656, i32 %1655, i32 0
	%1658 = add i32 %1652, %1657
	%1659 = add i32 %1653, %1655
	%1660 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1661 = load i32, i32 addrspace(3)* %1660
	%1662 = icmp sgt i32 %1612, 3
	%1663 = select i1 %1662, i32 %1661, i32 0
	%1664 = add i32 %1658, %1663
	%1665 = add i32 %1659, %1661
	%1666 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1667 = load i32, i32 addrspace(3)* %1666
	%1668 = icmp sgt i32 %1612, 4
	%1669 = select i1 %1668, i32 %1667, i32 0
	%1670 = add i32 %1664, %1669
	%1671 = add i32 %1665, %1667
	%1672 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1673 = load i32, i32 addrspace(3)* %1672
	%1674 = icmp sgt i32 %1612, 5
	%1675 = select i1 %1674, i32 %1673, i32 0
	%1676 = add i32 %1670, %1675
	%1677 = add i32 %1671, %1673
	%1678 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1679 = load i32, i32 addrspace(3)* %1678
	%1680 = icmp sgt i32 %1612, 6
	%1681 = select i1 %1680, i32 %1679, i32 0
	%1682 = add i32 %1676, %1681
	%1683 = add i32 %1677, %1679
	%1684 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1685 = load i32, i32 addrspace(3)* %1684
	%1686 = icmp sgt i32 %1612, 7
	%1687 = select i1 %1686, i32 %1685, i32 0
	%1688 = add i32 %1682, %1687
	%1689 = add i32 %1683, %1685
	%1690 = add i32 %1688, %1632
	%1691 = sub i32 %1690, %1610
	%1692 = mul i32 %0, 4
	%1693 = add i32 %1692, 1024
	%1694 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1693
	store i32 %1691, i32 addrspace(3)* %1694
	%1695 = add i32 %1691, %1594
	%1696 = mul i32 %0, 4
	%1697 = add i32 %1696, 1025
	%1698 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1697
	store i32 %1695, i32 addrspace(3)* %1698
	%1699 = add i32 %1695, %1599
	%1700 = mul i32 %0, 4
	%1701 = add i32 %1700, 1026
	%1702 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1701
	store i32 %1699, i32 addrspace(3)* %1702
	%1703 = add i32 %1699, %1604
	%1704 = mul i32 %0, 4
	%1705 = add i32 %1704, 1027
	%1706 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1705
	store i32 %1703, i32 addrspace(3)* %1706
	%1707 = add i32 %1703, %1609
	%1708 = add i32 %0, 0
	%1709 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1708
	store i32 0, i32 addrspace(3)* %1709
	%1710 = add i32 %0, 256
	%1711 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1710
	store i32 0, i32 addrspace(3)* %1711
	%1712 = add i32 %0, 512
	%1713 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1712
	store i32 0, i32 addrspace(3)* %1713
	%1714 = add i32 %0, 768
	%1715 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1714
	store i32 0, i32 addrspace(3)* %1715
	call void @llvm.nvvm.barrier0()
	br label %1716

1716:
	%1717 = phi i32 [ %0, %1641 ], [ %1748, %1747 ]
	%1718 = icmp slt i32 %1717, %641
	br i1 %1718, label %1719, label %1735

1719:
	%1720 = icmp slt i32 %1717, %429
	%1721 = select i1 %1720, i32 %1717, i32 0
	%1722 = add i32 %1721, 2048
	%1723 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1722
	%1724 = load i32, i32 addrspace(3)* %1723
	%1725 = lshr i32 %1724, 20
	%1726 = and i32 %1725, 15
	%1727 = select i1 %1720, i32 %1726, i32 16
	%1728 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1727)
	%1729 = lshr i32 %1717, 8
	%1730 = mul i32 %1729, 8
	%1731 = add i32 %1730, %4
	%1732 = mul i32 %1726, 64
	%1733 = add i32 %1732, %1731
	%1734 = add i32 1024, %1733
	br i1 %1720, label %1736, label %1747

1735:
	call void @llvm.nvvm.barrier0()
	br label %1749

1736:
	%1737 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1734
	%1738 = load i32, i32 addrspace(3)* %1737
	%1739 = and i32 %1728, %638
	%1740 = call i32 @llvm.ctpop.i32(i32 %1739)
	%1741 = add i32 %1738, %1740
	%1742 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1717
	%1743 = load i32, i32 addrspace(3)* %1742
	%1744 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1741
	store i32 %1743, i32 addrspace(3)* %1744
	%1745 = add i32 %1741, 2048
	%1746 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1745
	store i32 %1724, i32 addrspace(3)* %1746
	br label %1747

1747:
	%1748 = add i32 %1717, 256
	br label %1716

1749:
	%1750 = phi i32 [ %0, %1735 ], [ %1819, %1818 ]
	%1751 = icmp slt i32 %1750, %641
	br i1 %1751, label %1752, label %1771

1752:
	%1753 = icmp slt i32 %1750, %429
	%1754 = select i1 %1753, i32 %1750, i32 0
	%1755 = add i32 %1754, 2048
	%1756 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1755
	%1757 = load i32, i32 addrspace(3)* %1756
	%1758 = lshr i32 %1757, 24
	%1759 = and i32 %1758, 15
	%1760 = select i1 %1753, i32 %1759, i32 16
	%1761 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1760)
	%1762 = lshr i32 %1750, 8
	%1763 = mul i32 %1762, 8
	%1764 = add i32 %1763, %4
	%1765 = mul i32 %1759, 64
	%1766 = add i32 %1765, %1764
	%1767 = add i32 0, %1766
	%1768 = and i32 %1761, %638
	%1769 = icmp eq i32 %1768, 0
	%1770 = and i1 %1753, %1769
	br i1 %1770, label %1815, label %1818

1771:
	call void @llvm.nvvm.barrier0()
	%1772 = mul i32 %0, 4
	%1773 = add i32 %1772, 0
	%1774 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1773
	%1775 = load i32, i32 addrspace(3)* %1774
	%1776 = add i32 0, %1775
	%1777 = mul i32 %0, 4
	%1778 = add i32 %1777, 1
	%1779 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1778
	%1780 = load i32, i32 addrspace(3)* %1779
	%1781 = add i32 %1776, %1780
	%1782 = mul i32 %0, 4
	%1783 = add i32 %1782, 2
	%1784 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1783
	%1785 = load i32, i32 addrspace(3)* %1784
	%1786 = add i32 %1781, %1785
	%1787 = mul i32 %0, 4
	%1788 = add i32 %1787, 3
	%1789 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1788
	%1790 = load i32, i32 addrspace(3)* %1789
	%1791 = add i32 %1786, %1790
	%1792 = and i32 %0, 31
	%1793 = lshr i32 %0, 5
	%1794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1791, i32 1, i32 0)
	%1795 = icmp uge i32 %1792, 1
	%1796 = select i1 %1795, i32 %1794, i32 0
	%1797 = add i32 %1791, %1796
	%1798 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1797, i32 2, i32 0)
	%1799 = icmp uge i32 %1792, 2
	%1800 = select i1 %1799, i32 %1798, i32 0
	%1801 = add i32 %1797, %1800
	%1802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1801, i32 4, i32 0)
	%1803 = icmp uge i32 %1792, 4
	%1804 = select i1 %1803, i32 %1802, i32 0
	%1805 = add i32 %1801, %1804
	%1806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1805, i32 8, i32 0)
	%1807 = icmp uge i32 %1792, 8
	%1808 = select i1 %1807, i32 %1806, i32 0
	%1809 = add i32 %1805, %1808
	%1810 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1809, i32 16, i32 0)
	%1811 = icmp uge i32 %1792, 16
	%1812 = select i1 %1811, i32 %1810, i32 0
	%1813 = add i32 %1809, %1812
	%1814 = icmp eq i32 %1792, 31
	br i1 %1814, label %1820, label %1822

1815:
	%1816 = call i32 @llvm.ctpop.i32(i32 %1761)
	%1817 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1767
	store i32 %1816, i32 addrspace(3)* %1817
	br label %1818

1818:
	%1819 = add i32 %1750, 256
	br label %1749

1820:
	%1821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1793
	store i32 %1813, i32 addrspace(3)* %1821
	br label %1822

1822:
	call void @llvm.nvvm.barrier0()
	%1823 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1824 = load i32, i32 addrspace(3)* %1823
	%1825 = icmp sgt i32 %1793, 0
	%1826 = select i1 %1825, i32 %1824, i32 0
	%1827 = add i32 0, %1826
	%1828 = add i32 0, %1824
	%1829 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1830 = load i32, i32 addrspace(3)* %1829
	%1831 = icmp sgt i32 %1793, 1
	%1832 = select i1 %1831, i32 %1830, i32 0
	%1833 = add i32 %1827, %1832
	%1834 = add i32 %1828, %1830
	%1835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1836 = load i32, i32 addrspace(3)* %1835
	%1837 = icmp sgt i32 %1793, 2
	%1838 = select i1 %1837, i32 %1836, i32 0
	%1839 = add i32 %1833, %1838
	%1840 = add i32 %1834, %1836
	%1841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1842 = load i32, i32 addrspace(3)* %1841
	%1843 = icmp sgt i32 %1793, 3
	%1844 = select i1 %1843, i32 %1842, i32 0
	%1845 = add i32 %1839, %1844
	%1846 = add i32 %1840, %1842
	%1847 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1848 = load i32, i32 addrspace(3)* %1847
	%1849 = icmp sgt i32 %1793, 4
	%1850 = select i1 %1849, i32 %1848, i32 0
	%1851 = add i32 %1845, %1850
	%1852 = add i32 %1846, %1848
	%1853 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1854 = load i32, i32 addrspace(3)* %1853
	%1855 = icmp sgt i32 %1793, 5
	%1856 = select i1 %1855, i32 %1854, i32 0
	%1857 = add i32 %1851, %1856
	%1858 = add i32 %1852, %1854
	%1859 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1860 = load i32, i32 addrspace(3)* %1859
	%1861 = icmp sgt i32 %1793, 6
	%1862 = select i1 %1861, i32 %1860, i32 0
	%1863 = add i32 %1857, %1862
	%1864 = add i32 %1858, %1860
	%1865 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1866 = load i32, i32 addrspace(3)* %1865
	%1867 = icmp sgt i32 %1793, 7
	%1868 = select i1 %1867, i32 %1866, i32 0
	%1869 = add i32 %1863, %1868
	%1870 = add i32 %1864, %1866
	%1871 = add i32 %1869, %1813
	%1872 = sub i32 %1871, %1791
	%1873 = mul i32 %0, 4
	%1874 = add i32 %1873, 0
	%1875 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1874
	store i32 %1872, i32 addrspace(3)* %1875
	%1876 = add i32 %1872, %1775
	%1877 = mul i32 %0, 4
	%1878 = add i32 %1877, 1
	%1879 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1878
	store i32 %1876, i32 addrspace(3)* %1879
	%1880 = add i32 %1876, %1780
	%1881 = mul i32 %0, 4
	%1882 = add i32 %1881, 2
	%1883 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1882
	store i32 %1880, i32 addrspace(3)* %1883
	%1884 = add i32 %1880, %1785
	%1885 = mul i32 %0, 4
	%1886 = add i32 %1885, 3
	%1887 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1886
	store i32 %1884, i32 addrspace(3)* %1887
	%1888 = add i32 %1884, %1790
	%1889 = add i32 %0, 1024
	%1890 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1889
	store i32 0, i32 addrspace(3)* %1890
	%1891 = add i32 %0, 1280
	%1892 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1891
	store i32 0, i32 addrspace(3)* %1892
	%1893 = add i32 %0, 1536
	%1894 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1893
	store i32 0, i32 addrspace(3)* %1894
	%1895 = add i32 %0, 1792
	%1896 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1895
	store i32 0, i32 addrspace(3)* %1896
	call void @llvm.nvvm.barrier0()
	br label %1897

1897:
	%1898 = phi i32 [ %0, %1822 ], [ %1929, %1928 ]
	%1899 = icmp slt i32 %1898, %641
	br i1 %1899, label %1900, label %1916

1900:
	%1901 = icmp slt i32 %1898, %429
	%1902 = select i1 %1901, i32 %1898, i32 0
	%1903 = add i32 %1902, 2048
	%1904 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1903
	%1905 = load i32, i32 addrspace(3)* %1904
	%1906 = lshr i32 %1905, 24
	%1907 = and i32 %1906, 15
	%1908 = select i1 %1901, i32 %1907, i32 16
	%1909 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1908)
	%1910 = lshr i32 %1898, 8
	%1911 = mul i32 %1910, 8
	%1912 = add i32 %1911, %4
	%1913 = mul i32 %1907, 64
	%1914 = add i32 %1913, %1912
	%1915 = add i32 0, %1914
	br i1 %1901, label %1917, label %1928

1916:
	call void @llvm.nvvm.barrier0()
	br label %1930

1917:
	%1918 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1915
	%1919 = load i32, i32 addrspace(3)* %1918
	%1920 = and i32 %1909, %638
	%1921 = call i32 @llvm.ctpop.i32(i32 %1920)
	%1922 = add i32 %1919, %1921
	%1923 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1898
	%1924 = load i32, i32 addrspace(3)* %1923
	%1925 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1922
	store i32 %1924, i32 addrspace(3)* %1925
	%1926 = add i32 %1922, 2048
	%1927 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1926
	store i32 %1905, i32 addrspace(3)* %1927
	br label %1928

1928:
	%1929 = add i32 %1898, 256
	br label %1897

1930:
	%1931 = phi i32 [ %0, %1916 ], [ %2000, %1999 ]
	%1932 = icmp slt i32 %1931, %641
	br i1 %1932, label %1933, label %1952

1933:
	%1934 = icmp slt i32 %1931, %429
	%1935 = select i1 %1934, i32 %1931, i32 0
	%1936 = add i32 %1935, 2048
	%1937 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1936
	%1938 = load i32, i32 addrspace(3)* %1937
	%1939 = lshr i32 %1938, 28
	%1940 = and i32 %1939, 15
	%1941 = select i1 %1934, i32 %1940, i32 16
	%1942 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1941)
	%1943 = lshr i32 %1931, 8
	%1944 = mul i32 %1943, 8
	%1945 = add i32 %1944, %4
	%1946 = mul i32 %1940, 64
	%1947 = add i32 %1946, %1945
	%1948 = add i32 1024, %1947
	%1949 = and i32 %1942, %638
	%1950 = icmp eq i32 %1949, 0
	%1951 = and i1 %1934, %1950
	br i1 %1951, label %1996, label %1999

1952:
	call void @llvm.nvvm.barrier0()
	%1953 = mul i32 %0, 4
	%1954 = add i32 %1953, 1024
	%1955 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1954
	%1956 = load i32, i32 addrspace(3)* %1955
	%1957 = add i32 0, %1956
	%1958 = mul i32 %0, 4
	%1959 = add i32 %1958, 1025
	%1960 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1959
	%1961 = load i32, i32 addrspace(3)* %1960
	%1962 = add i32 %1957, %1961
	%1963 = mul i32 %0, 4
	%1964 = add i32 %1963, 1026
	%1965 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1964
	%1966 = load i32, i32 addrspace(3)* %1965
	%1967 = add i32 %1962, %1966
	%1968 = mul i32 %0, 4
	%1969 = add i32 %1968, 1027
	%1970 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1969
	%1971 = load i32, i32 addrspace(3)* %1970
	%1972 = add i32 %1967, %1971
	%1973 = and i32 %0, 31
	%1974 = lshr i32 %0, 5
	%1975 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1972, i32 1, i32 0)
	%1976 = icmp uge i32 %1973, 1
	%1977 = select i1 %1976, i32 %1975, i32 0
	%1978 = add i32 %1972, %1977
	%1979 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1978, i32 2, i32 0)
	%1980 = icmp uge i32 %1973, 2
	%1981 = select i1 %1980, i32 %1979, i32 0
	%1982 = add i32 %1978, %1981
	%1983 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1982, i32 4, i32 0)
	%1984 = icmp uge i32 %1973, 4
	%1985 = select i1 %1984, i32 %1983, i32 0
	%1986 = add i32 %1982, %1985
	%1987 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1986, i32 8, i32 0)
	%1988 = icmp uge i32 %1973, 8
	%1989 = select i1 %1988, i32 %1987, i32 0
	%1990 = add i32 %1986, %1989
	%1991 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1990, i32 16, i32 0)
	%1992 = icmp uge i32 %1973, 16
	%1993 = select i1 %1992, i32 %1991, i32 0
	%1994 = add i32 %1990, %1993
	%1995 = icmp eq i32 %1973, 31
	br i1 %1995, label %2001, label %2003

1996:
	%1997 = call i32 @llvm.ctpop.i32(i32 %1942)
	%1998 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %1948
	store i32 %1997, i32 addrspace(3)* %1998
	br label %1999

1999:
	%2000 = add i32 %1931, 256
	br label %1930

2001:
	%2002 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1974
	store i32 %1994, i32 addrspace(3)* %2002
	br label %2003

2003:
	call void @llvm.nvvm.barrier0()
	%2004 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%2005 = load i32, i32 addrspace(3)* %2004
	%2006 = icmp sgt i32 %1974, 0
	%2007 = select i1 %2006, i32 %2005, i32 0
	%2008 = add i32 0, %2007
	%2009 = add i32 0, %2005
	%2010 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%2011 = load i32, i32 addrspace(3)* %2010
	%2012 = icmp sgt i32 %1974, 1
	%2013 = select i1 %2012, i32 %2011, i32 0
	%2014 = add i32 %2008, %2013
	%2015 = add i32 %2009, %2011
	%2016 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%2017 = load i32, i32 addrspace(3)* %2016
	%2018 = icmp sgt i32 %1974, 2
	%2019 = select i1 %2018, i32 %2017, i32 0
	%2020 = add i32 %2014, %2019
	%2021 = add i32 %2015, %2017
	%2022 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%2023 = load i32, i32 addrspace(3)* %2022
	%2024 = icmp sgt i32 %1974, 3
	%2025 = select i1 %2024, i32 %2023, i32 0
	%2026 = add i32 %2020, %2025
	%2027 = add i32 %2021, %2023
	%2028 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%2029 = load i32, i32 addrspace(3)* %2028
	%2030 = icmp sgt i32 %1974, 4
	%2031 = select i1 %2030, i32 %2029, i32 0
	%2032 = add i32 %2026, %2031
	%2033 = add i32 %2027, %2029
	%2034 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%2035 = load i32, i32 addrspace(3)* %2034
	%2036 = icmp sgt i32 %1974, 5
	%2037 = select i1 %2036, i32 %2035, i32 0
	%2038 = add i32 %2032, %2037
	%2039 = add i32 %2033, %2035
	%2040 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%2041 = load i32, i32 addrspace(3)* %2040
	%2042 = icmp sgt i32 %1974, 6
	%2043 = select i1 %2042, i32 %2041, i32 0
	%2044 = add i32 %2038, %2043
	%2045 = add i32 %2039, %2041
	%2046 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%2047 = load i32, i32 addrspace(3)* %2046
	%2048 = icmp sgt i32 %1974, 7
	%2049 = select i1 %2048, i32 %2047, i32 0
	%2050 = add i32 %2044, %2049
	%2051 = add i32 %2045, %2047
	%2052 = add i32 %2050, %1994
	%2053 = sub i32 %2052, %1972
	%2054 = mul i32 %0, 4
	%2055 = add i32 %2054, 1024
	%2056 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2055
	store i32 %2053, i32 addrspace(3)* %2056
	%2057 = add i32 %2053, %1956
	%2058 = mul i32 %0, 4
	%2059 = add i32 %2058, 1025
	%2060 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2059
	store i32 %2057, i32 addrspace(3)* %2060
	%2061 = add i32 %2057, %1961
	%2062 = mul i32 %0, 4
	%2063 = add i32 %2062, 1026
	%2064 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2063
	store i32 %2061, i32 addrspace(3)* %2064
	%2065 = add i32 %2061, %1966
	%2066 = mul i32 %0, 4
	%2067 = add i32 %2066, 1027
	%2068 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2067
	store i32 %2065, i32 addrspace(3)* %2068
	%2069 = add i32 %2065, %1971
	%2070 = add i32 %0, 0
	%2071 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2070
	store i32 0, i32 addrspace(3)* %2071
	%2072 = add i32 %0, 256
	%2073 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2072
	store i32 0, i32 addrspace(3)* %2073
	%2074 = add i32 %0, 512
	%2075 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2074
	store i32 0, i32 addrspace(3)* %2075
	%2076 = add i32 %0, 768
	%2077 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2076
	store i32 0, i32 addrspace(3)* %2077
	call void @llvm.nvvm.barrier0()
	br label %2078

2078:
	%2079 = phi i32 [ %0, %2003 ], [ %2115, %2114 ]
	%2080 = icmp slt i32 %2079, %641
	br i1 %2080, label %2081, label %2097

2081:
	%2082 = icmp slt i32 %2079, %429
	%2083 = select i1 %2082, i32 %2079, i32 0
	%2084 = add i32 %2083, 2048
	%2085 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2084
	%2086 = load i32, i32 addrspace(3)* %2085
	%2087 = lshr i32 %2086, 28
	%2088 = and i32 %2087, 15
	%2089 = select i1 %2082, i32 %2088, i32 16
	%2090 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2089)
	%2091 = lshr i32 %2079, 8
	%2092 = mul i32 %2091, 8
	%2093 = add i32 %2092, %4
	%2094 = mul i32 %2088, 64
	%2095 = add i32 %2094, %2093
	%2096 = add i32 1024, %2095
	br i1 %2082, label %2098, label %2114

2097:
	br label %write_done

2098:
	%2099 = getelementptr [2048 x i32], [2048 x i32] addrspace(3)* @$K_radix, i32 0, i32 %2096
	%2100 = load i32, i32 addrspace(3)* %2099
	%2101 = and i32 %2090, %638
	%2102 = call i32 @llvm.ctpop.i32(i32 %2101)
	%2103 = add i32 %2100, %2102
	%2104 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2079
	%2105 = load i32, i32 addrspace(3)* %2104
	%2106 = add i32 %426, %2103
	%2107 = add i32 %13, %2106
	%2108 = sext i32 %2107 to i64
	%2109 = getelementptr i32, i32* %list, i64 %2108
	store i32 %2105, i32* %2109
	%2110 = add i32 %13, %NK
	%2111 = add i32 %2110, %2106
	%2112 = sext i32 %2111 to i64
	%2113 = getelementptr i32, i32* %list, i64 %2112
	store i32 0, i32* %2113
	br label %2114

2114:
	%2115 = add i32 %2079, 256
	br label %2078

2116:
	%2117 = phi i32 [ %625, %write_sort ], [ %2121, %2119 ]
	%2118 = icmp slt i32 %2117, %624
	br i1 %2118, label %2119, label %2122

2119:
	%2120 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2117
	store i32 -1, i32 addrspace(3)* %2120
	%2121 = add i32 %2117, 256
	br label %2116

2122:
	call void @llvm.nvvm.barrier0()
	%2123 = add i32 %623, 1
	br label %2124

2124:
	%2125 = phi i32 [ 1, %2122 ], [ %2141, %2140 ]
	%2126 = icmp slt i32 %2125, %2123
	br i1 %2126, label %2127, label %2129

2127:
	%2128 = shl i32 1, %2125
	br label %2130

2129:
	br label %2182

2130:
	%2131 = phi i32 [ 0, %2127 ], [ %2176, %2175 ]
	%2132 = icmp slt i32 %2131, %2125
	br i1 %2132, label %2133, label %2140

2133:
	%2134 = sub i32 %2125, 1
	%2135 = sub i32 %2134, %2131
	%2136 = shl i32 1, %2135
	%2137 = sub i32 %2125, 1
	%2138 = sub i32 %2137, %2131
	%2139 = lshr i32 %624, 1
	br label %2142

2140:
	%2141 = add i32 %2125, 1
	br label %2124

2142:
	%2143 = phi i32 [ %0, %2133 ], [ %2181, %2180 ]
	%2144 = icmp slt i32 %2143, %2139
	br i1 %2144, label %2145, label %2175

2145:
	%2146 = lshr i32 %2143, %2138
	%2147 = add i32 %2138, 1
	%2148 = shl i32 %2146, %2147
	%2149 = sub i32 %2136, 1
	%2150 = and i32 %2143, %2149
	%2151 = or i32 %2148, %2150
	%2152 = or i32 %2151, %2136
	%2153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2151
	%2154 = load i32, i32 addrspace(3)* %2153
	%2155 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2152
	%2156 = load i32, i32 addrspace(3)* %2155
	%2157 = and i32 %2151, %2128
	%2158 = icmp eq i32 %2157, 0
	%2159 = icmp sge i32 %2156, 0
	%2160 = select i1 %2159, i32 %2156, i32 0
	%2161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2160
	%2162 = load i32, i32 addrspace(3)* %2161
	%2163 = select i1 %2159, i32 %2162, i32 0
	%2164 = icmp sge i32 %2154, 0
	%2165 = select i1 %2164, i32 %2154, i32 0
	%2166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2165
	%2167 = load i32, i32 addrspace(3)* %2166
	%2168 = select i1 %2164, i32 %2167, i32 0
	%2169 = icmp ugt i32 %2163, %2168
	%2170 = icmp eq i32 %2163, %2168
	%2171 = icmp slt i32 %2156, %2154
	%2172 = and i1 %2170, %2171
	%2173 = or i1 %2169, %2172
	%2174 = icmp eq i1 %2173, %2158
	br i1 %2174, label %2177, label %2180

2175:
	call void @llvm.nvvm.barrier0()
	%2176 = add i32 %2131, 1
	br label %2130

2177:
	%2178 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2151
	store i32 %2156, i32 addrspace(3)* %2178
	%2179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2152
	store i32 %2154, i32 addrspace(3)* %2179
	br label %2180

2180:
	%2181 = add i32 %2143, 256
	br label %2142

2182:
	%2183 = phi i32 [ %0, %2129 ], [ %2196, %2185 ]
	%2184 = icmp slt i32 %2183, %429
	br i1 %2184, label %2185, label %2197

2185:
	%2186 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2183
	%2187 = load i32, i32 addrspace(3)* %2186
	%2188 = add i32 %426, %2183
	%2189 = add i32 %13, %2188
	%2190 = sext i32 %2189 to i64
	%2191 = getelementptr i32, i32* %list, i64 %2190
	store i32 %2187, i32* %2191
	%2192 = add i32 %13, %NK
	%2193 = add i32 %2192, %2188
	%2194 = sext i32 %2193 to i64
	%2195 = getelementptr i32, i32* %list, i64 %2194
	store i32 0, i32* %2195
	%2196 = add i32 %2183, 256
	br label %2182

2197:
	br label %write_done

2198:
	%2199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%2200 = load i32, i32 addrspace(3)* %2199
	%2201 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %2200
	%2202 = load i32, i32 addrspace(3)* %2201
	%2203 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %2202, i32 addrspace(3)* %2203
	br label %2204

2204:
	call void @llvm.nvvm.barrier0()
	br i1 %612, label %2205, label %2210

2205:
	%2206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%2207 = load i32, i32 addrspace(3)* %2206
	%2208 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%2209 = load i32, i32 addrspace(3)* %2208
	br label %2211

2210:
	br label %write_done

2211:
	%2212 = phi i32 [ 0, %2205 ], [ %2227, %2215 ]
	%2213 = phi i32 [ 0, %2205 ], [ %2226, %2215 ]
	%2214 = icmp slt i32 %2212, %429
	br i1 %2214, label %2215, label %2228

2215:
	%2216 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %2212
	%2217 = load i32, i32 addrspace(3)* %2216
	%2218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %2212
	%2219 = load i32, i32 addrspace(3)* %2218
	%2220 = icmp ugt i32 %2217, %2209
	%2221 = icmp eq i32 %2217, %2209
	%2222 = icmp slt i32 %2219, %2207
	%2223 = and i1 %2221, %2222
	%2224 = or i1 %2220, %2223
	%2225 = zext i1 %2224 to i32
	%2226 = add i32 %2213, %2225
	%2227 = add i32 %2212, 1
	br label %2211

2228:
	%2229 = add i32 %426, %2213
	%2230 = add i32 %13, %2229
	%2231 = sext i32 %2230 to i64
	%2232 = getelementptr i32, i32* %list, i64 %2231
	store i32 %2207, i32* %2232
	%2233 = add i32 %13, %NK
	%2234 = add i32 %2233, %2229
	%2235 = sext i32 %2234 to i64
	%2236 = getelementptr i32, i32* %list, i64 %2235
	store i32 0, i32* %2236
	br label %2210

2237:
	%2238 = phi i32 [ %635, %write_done ], [ %2248, %2240 ]
	%2239 = icmp slt i32 %2238, %634
	br i1 %2239, label %2240, label %2249

2240:
	%2241 = add i32 %13, %2238
	%2242 = sext i32 %2241 to i64
	%2243 = getelementptr i32, i32* %list, i64 %2242
	store i32 -1, i32* %2243
	%2244 = add i32 %13, %NK
	%2245 = add i32 %2244, %2238
	%2246 = sext i32 %2245 to i64
	%2247 = getelementptr i32, i32* %list, i64 %2246
	store i32 -1, i32* %2247
	%2248 = add i32 %2238, 256
	br label %2237

2249:
	ret void
}
