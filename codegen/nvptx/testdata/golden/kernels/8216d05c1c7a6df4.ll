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
	%335 = sub i32 32, 1
	%336 = add i32 %334, %335
	%337 = sdiv i32 %336, 32
	%338 = sub i32 0, %337
	%339 = sdiv i32 %326, 32
	%340 = select i1 %333, i32 %338, i32 %339
	%341 = icmp slt i32 %332, 0
	%342 = sub i32 0, %332
	%343 = sub i32 32, 1
	%344 = add i32 %342, %343
	%345 = sdiv i32 %344, 32
	%346 = sub i32 0, %345
	%347 = sdiv i32 %332, 32
	%348 = select i1 %341, i32 %346, i32 %347
	br label %349

349:
	%350 = phi i32 [ %0, %300 ], [ %388, %380 ]
	%351 = phi float [ 0.0, %300 ], [ %387, %380 ]
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
	br i1 %374, label %389, label %390

376:
	%377 = add i32 %11, %350
	%378 = sext i32 %377 to i64
	%379 = getelementptr float, float* %e, i64 %378
	store float %359, float* %379
	br label %380

380:
	%381 = bitcast float %359 to i32
	%382 = add i32 %381, 2
	%383 = select i1 false, i32 1, i32 %382
	%384 = select i1 %357, i32 %383, i32 0
	%385 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %350
	store i32 %384, i32 addrspace(3)* %385
	%386 = uitofp i1 %357 to float
	%387 = fadd float %351, %386
	%388 = add i32 %350, 256
	br label %349

389:
	store float %371, float addrspace(3)* %375
	br label %390

390:
	call void @llvm.nvvm.barrier0()
	%391 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%392 = load float, float addrspace(3)* %391
	%393 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%394 = load float, float addrspace(3)* %393
	%395 = fadd float %392, %394
	%396 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%397 = load float, float addrspace(3)* %396
	%398 = fadd float %395, %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%403 = load float, float addrspace(3)* %402
	%404 = fadd float %401, %403
	%405 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%406 = load float, float addrspace(3)* %405
	%407 = fadd float %404, %406
	%408 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%409 = load float, float addrspace(3)* %408
	%410 = fadd float %407, %409
	%411 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%412 = load float, float addrspace(3)* %411
	%413 = fadd float %410, %412
	%414 = fptosi float %413 to i32
	%415 = icmp eq i32 %0, 0
	br i1 %415, label %416, label %420

416:
	%417 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%418 = load i32, i32 addrspace(3)* %417
	%419 = icmp eq i32 %418, 1
	br i1 %419, label %440, label %448

420:
	call void @llvm.nvvm.barrier0()
	%421 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%422 = load i32, i32 addrspace(3)* %421
	%423 = sub i32 %414, %422
	%424 = icmp slt i32 2, %414
	%425 = select i1 %424, i32 2, i32 %414
	%426 = sub i32 %425, %422
	%427 = icmp slt i32 %426, %423
	%428 = select i1 %427, i32 %426, i32 %423
	%429 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%430 = load double, double addrspace(3)* %429
	%431 = fsub double 0x3FECCCCCCCCCCCCD, %430
	%432 = fmul double %431, 262144.0
	%433 = call double @llvm.ceil.f64(double %432)
	%434 = call double @llvm.maxnum.f64(double %433, double 0.0)
	%435 = call double @llvm.minnum.f64(double %434, double 1.073741824e+09)
	%436 = fptosi double %435 to i32
	%437 = add i32 %436, 1
	call void @llvm.nvvm.barrier0()
	%438 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %438
	%439 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %439
	call void @llvm.nvvm.barrier0()
	br label %494

440:
	%441 = add i32 %13, 0
	%442 = sext i32 %441 to i64
	%443 = getelementptr i32, i32* %list, i64 %442
	store i32 0, i32* %443
	%444 = add i32 %13, %NK
	%445 = add i32 %444, 0
	%446 = sext i32 %445 to i64
	%447 = getelementptr i32, i32* %list, i64 %446
	store i32 1, i32* %447
	br label %448

448:
	%449 = add i32 %11, 0
	%450 = sext i32 %449 to i64
	%451 = getelementptr float, float* %e, i64 %450
	%452 = load float, float* %451
	%453 = add i32 0, 1
	%454 = select i1 %419, i32 %453, i32 0
	%455 = fpext float %452 to double
	%456 = fadd double 0.0, %455
	%457 = select i1 %419, double %456, double 0.0
	%458 = icmp sgt i32 %340, 1
	%459 = select i1 %458, i32 %340, i32 1
	%460 = add i32 %348, 1
	%461 = icmp slt i32 %460, %NK
	%462 = select i1 %461, i32 %460, i32 %NK
	br label %463

463:
	%464 = phi i32 [ %459, %448 ], [ %493, %483 ]
	%465 = phi i32 [ %454, %448 ], [ %489, %483 ]
	%466 = phi double [ %457, %448 ], [ %492, %483 ]
	%467 = icmp slt i32 %464, %462
	br i1 %467, label %468, label %472

468:
	%469 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %464
	%470 = load i32, i32 addrspace(3)* %469
	%471 = icmp eq i32 %470, 1
	br i1 %471, label %475, label %483

472:
	%473 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %465, i32 addrspace(3)* %473
	%474 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %466, double addrspace(3)* %474
	br label %420

475:
	%476 = add i32 %13, %465
	%477 = sext i32 %476 to i64
	%478 = getelementptr i32, i32* %list, i64 %477
	store i32 %464, i32* %478
	%479 = add i32 %13, %NK
	%480 = add i32 %479, %465
	%481 = sext i32 %480 to i64
	%482 = getelementptr i32, i32* %list, i64 %481
	store i32 1, i32* %482
	br label %483

483:
	%484 = add i32 %11, %464
	%485 = sext i32 %484 to i64
	%486 = getelementptr float, float* %e, i64 %485
	%487 = load float, float* %486
	%488 = add i32 %465, 1
	%489 = select i1 %471, i32 %488, i32 %465
	%490 = fpext float %487 to double
	%491 = fadd double %466, %490
	%492 = select i1 %471, double %491, double %466
	%493 = add i32 %464, 1
	br label %463

494:
	%495 = phi i32 [ %0, %420 ], [ %564, %563 ]
	%496 = icmp slt i32 %495, %16
	br i1 %496, label %497, label %507

497:
	%498 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %495
	%499 = load i32, i32 addrspace(3)* %498
	%500 = icmp uge i32 %499, 2
	%501 = and i32 %499, 0
	%502 = icmp eq i32 %501, 0
	%503 = and i1 %500, %502
	%504 = lshr i32 %499, 24
	%505 = and i32 %504, 255
	%506 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %503)
	br i1 %506, label %536, label %544

507:
	call void @llvm.nvvm.barrier0()
	%508 = sub i32 255, %0
	%509 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %508
	%510 = load i32, i32 addrspace(3)* %509
	%511 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %508
	%512 = load i32, i32 addrspace(3)* %511
	%513 = and i32 %0, 31
	%514 = lshr i32 %0, 5
	%515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %512, i32 1, i32 0)
	%516 = icmp uge i32 %513, 1
	%517 = select i1 %516, i32 %515, i32 0
	%518 = add i32 %512, %517
	%519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %518, i32 2, i32 0)
	%520 = icmp uge i32 %513, 2
	%521 = select i1 %520, i32 %519, i32 0
	%522 = add i32 %518, %521
	%523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %522, i32 4, i32 0)
	%524 = icmp uge i32 %513, 4
	%525 = select i1 %524, i32 %523, i32 0
	%526 = add i32 %522, %525
	%527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %526, i32 8, i32 0)
	%528 = icmp uge i32 %513, 8
	%529 = select i1 %528, i32 %527, i32 0
	%530 = add i32 %526, %529
	%531 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %530, i32 16, i32 0)
	%532 = icmp uge i32 %513, 16
	%533 = select i1 %532, i32 %531, i32 0
	%534 = add i32 %530, %533
	%535 = icmp eq i32 %513, 31
	br i1 %535, label %565, label %567

536:
	%537 = select i1 %503, i32 %505, i32 256
	%538 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %537)
	%539 = shl i32 1, %3
	%540 = sub i32 %539, 1
	%541 = and i32 %538, %540
	%542 = icmp eq i32 %541, 0
	%543 = and i1 %503, %542
	br i1 %543, label %555, label %559

544:
	%545 = sub i32 %499, 2
	%546 = bitcast i32 %545 to float
	%547 = fcmp ogt float %546, 0.0
	%548 = select i1 %547, float %546, float 0.0
	%549 = fcmp olt float %548, 1.0
	%550 = select i1 %549, float %548, float 1.0
	%551 = fmul float %550, 262144.0
	%552 = fptosi float %551 to i32
	%553 = icmp sgt i32 %552, 0
	%554 = and i1 %503, %553
	br i1 %554, label %560, label %563

555:
	%556 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %505
	%557 = call i32 @llvm.ctpop.i32(i32 %538)
	%558 = atomicrmw add i32 addrspace(3)* %556, i32 %557 monotonic
	br label %559

559:
	br label %544

560:
	%561 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %505
	%562 = atomicrmw add i32 addrspace(3)* %561, i32 %552 monotonic
	br label %563

563:
	%564 = add i32 %495, 256
	br label %494

565:
	%566 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %514
	store i32 %534, i32 addrspace(3)* %566
	br label %567

567:
	call void @llvm.nvvm.barrier0()
	%568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%569 = load i32, i32 addrspace(3)* %568
	%570 = icmp sgt i32 %514, 0
	%571 = select i1 %570, i32 %569, i32 0
	%572 = add i32 0, %571
	%573 = add i32 0, %569
	%574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%575 = load i32, i32 addrspace(3)* %574
	%576 = icmp sgt i32 %514, 1
	%577 = select i1 %576, i32 %575, i32 0
	%578 = add i32 %572, %577
	%579 = add i32 %573, %575
	%580 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp sgt i32 %514, 2
	%583 = select i1 %582, i32 %581, i32 0
	%584 = add i32 %578, %583
	%585 = add i32 %579, %581
	%586 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%587 = load i32, i32 addrspace(3)* %586
	%588 = icmp sgt i32 %514, 3
	%589 = select i1 %588, i32 %587, i32 0
	%590 = add i32 %584, %589
	%591 = add i32 %585, %587
	%592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%593 = load i32, i32 addrspace(3)* %592
	%594 = icmp sgt i32 %514, 4
	%595 = select i1 %594, i32 %593, i32 0
	%596 = add i32 %590, %595
	%597 = add i32 %591, %593
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%599 = load i32, i32 addrspace(3)* %598
	%600 = icmp sgt i32 %514, 5
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 %596, %601
	%603 = add i32 %597, %599
	%604 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%605 = load i32, i32 addrspace(3)* %604
	%606 = icmp sgt i32 %514, 6
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %602, %607
	%609 = add i32 %603, %605
	%610 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%611 = load i32, i32 addrspace(3)* %610
	%612 = icmp sgt i32 %514, 7
	%613 = select i1 %612, i32 %611, i32 0
	%614 = add i32 %608, %613
	%615 = add i32 %609, %611
	%616 = add i32 %614, %534
	%617 = sub i32 %616, %512
	%618 = and i32 %0, 31
	%619 = lshr i32 %0, 5
	%620 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %510, i32 1, i32 0)
	%621 = icmp uge i32 %618, 1
	%622 = select i1 %621, i32 %620, i32 0
	%623 = add i32 %510, %622
	%624 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %623, i32 2, i32 0)
	%625 = icmp uge i32 %618, 2
	%626 = select i1 %625, i32 %624, i32 0
	%627 = add i32 %623, %626
	%628 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %627, i32 4, i32 0)
	%629 = icmp uge i32 %618, 4
	%630 = select i1 %629, i32 %628, i32 0
	%631 = add i32 %627, %630
	%632 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %631, i32 8, i32 0)
	%633 = icmp uge i32 %618, 8
	%634 = select i1 %633, i32 %632, i32 0
	%635 = add i32 %631, %634
	%636 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %635, i32 16, i32 0)
	%637 = icmp uge i32 %618, 16
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 %635, %638
	%640 = icmp eq i32 %618, 31
	br i1 %640, label %641, label %643

641:
	%642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %619
	store i32 %639, i32 addrspace(3)* %642
	br label %643

643:
	call void @llvm.nvvm.barrier0()
	%644 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%645 = load i32, i32 addrspace(3)* %644
	%646 = icmp sgt i32 %619, 0
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 0, %647
	%649 = add i32 0, %645
	%650 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%651 = load i32, i32 addrspace(3)* %650
	%652 = icmp sgt i32 %619, 1
	%653 = select i1 %652, i32 %651, i32 0
	%654 = add i32 %648, %653
	%655 = add i32 %649, %651
	%656 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%657 = load i32, i32 addrspace(3)* %656
	%658 = icmp sgt i32 %619, 2
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %654, %659
	%661 = add i32 %655, %657
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %619, 3
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 %660, %665
	%667 = add i32 %661, %663
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %619, 4
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %666, %671
	%673 = add i32 %667, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %619, 5
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %619, 6
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%687 = load i32, i32 addrspace(3)* %686
	%688 = icmp sgt i32 %619, 7
	%689 = select i1 %688, i32 %687, i32 0
	%690 = add i32 %684, %689
	%691 = add i32 %685, %687
	%692 = add i32 %690, %639
	%693 = sub i32 %692, %510
	%694 = icmp slt i32 %617, %437
	%695 = add i32 %617, %512
	%696 = icmp sle i32 %437, %695
	%697 = and i1 %694, %696
	%698 = icmp slt i32 %615, %437
	%699 = icmp eq i32 %0, 0
	%700 = and i1 %698, %699
	%701 = or i1 %697, %700
	br i1 %701, label %702, label %708

702:
	%703 = select i1 %698, i32 0, i32 %508
	%704 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %703, i32 addrspace(3)* %704
	%705 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %617, i32 addrspace(3)* %705
	%706 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %693, i32 addrspace(3)* %706
	%707 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %510, i32 addrspace(3)* %707
	br label %708

708:
	call void @llvm.nvvm.barrier0()
	%709 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%710 = load i32, i32 addrspace(3)* %709
	%711 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%712 = load i32, i32 addrspace(3)* %711
	%713 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%714 = load i32, i32 addrspace(3)* %713
	%715 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%716 = load i32, i32 addrspace(3)* %715
	%717 = shl i32 %710, 24
	%718 = or i32 0, %717
	%719 = sub i32 %437, %712
	%720 = add i32 0, %714
	%721 = or i1 false, %698
	%722 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%723 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %723
	%724 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %724
	call void @llvm.nvvm.barrier0()
	br label %725

725:
	%726 = phi i32 [ %0, %708 ], [ %795, %794 ]
	%727 = icmp slt i32 %726, %16
	br i1 %727, label %728, label %738

728:
	%729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %726
	%730 = load i32, i32 addrspace(3)* %729
	%731 = icmp uge i32 %730, 2
	%732 = and i32 %730, %722
	%733 = icmp eq i32 %732, %718
	%734 = and i1 %731, %733
	%735 = lshr i32 %730, 16
	%736 = and i32 %735, 255
	%737 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %734)
	br i1 %737, label %767, label %775

738:
	call void @llvm.nvvm.barrier0()
	%739 = sub i32 255, %0
	%740 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %739
	%741 = load i32, i32 addrspace(3)* %740
	%742 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %739
	%743 = load i32, i32 addrspace(3)* %742
	%744 = and i32 %0, 31
	%745 = lshr i32 %0, 5
	%746 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %743, i32 1, i32 0)
	%747 = icmp uge i32 %744, 1
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %743, %748
	%750 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %749, i32 2, i32 0)
	%751 = icmp uge i32 %744, 2
	%752 = select i1 %751, i32 %750, i32 0
	%753 = add i32 %749, %752
	%754 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %753, i32 4, i32 0)
	%755 = icmp uge i32 %744, 4
	%756 = select i1 %755, i32 %754, i32 0
	%757 = add i32 %753, %756
	%758 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %757, i32 8, i32 0)
	%759 = icmp uge i32 %744, 8
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %757, %760
	%762 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %761, i32 16, i32 0)
	%763 = icmp uge i32 %744, 16
	%764 = select i1 %763, i32 %762, i32 0
	%765 = add i32 %761, %764
	%766 = icmp eq i32 %744, 31
	br i1 %766, label %796, label %798

767:
	%768 = select i1 %734, i32 %736, i32 256
	%769 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %768)
	%770 = shl i32 1, %3
	%771 = sub i32 %770, 1
	%772 = and i32 %769, %771
	%773 = icmp eq i32 %772, 0
	%774 = and i1 %734, %773
	br i1 %774, label %786, label %790

775:
	%776 = sub i32 %730, 2
	%777 = bitcast i32 %776 to float
	%778 = fcmp ogt float %777, 0.0
	%779 = select i1 %778, float %777, float 0.0
	%780 = fcmp olt float %779, 1.0
	%781 = select i1 %780, float %779, float 1.0
	%782 = fmul float %781, 262144.0
	%783 = fptosi float %782 to i32
	%784 = icmp sgt i32 %783, 0
	%785 = and i1 %734, %784
	br i1 %785, label %791, label %794

786:
	%787 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %736
	%788 = call i32 @llvm.ctpop.i32(i32 %769)
	%789 = atomicrmw add i32 addrspace(3)* %787, i32 %788 monotonic
	br label %790

790:
	br label %775

791:
	%792 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_histm, i32 0, i32 %736
	%793 = atomicrmw add i32 addrspace(3)* %792, i32 %783 monotonic
	br label %794

794:
	%795 = add i32 %726, 256
	br label %725

796:
	%797 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %745
	store i32 %765, i32 addrspace(3)* %797
	br label %798

798:
	call void @llvm.nvvm.barrier0()
	%799 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%800 = load i32, i32 addrspace(3)* %799
	%801 = icmp sgt i32 %745, 0
	%802 = select i1 %801, i32 %800, i32 0
	%803 = add i32 0, %802
	%804 = add i32 0, %800
	%805 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%806 = load i32, i32 addrspace(3)* %805
	%807 = icmp sgt i32 %745, 1
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %803, %808
	%810 = add i32 %804, %806
	%811 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%812 = load i32, i32 addrspace(3)* %811
	%813 = icmp sgt i32 %745, 2
	%814 = select i1 %813, i32 %812, i32 0
	%815 = add i32 %809, %814
	%816 = add i32 %810, %812
	%817 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%818 = load i32, i32 addrspace(3)* %817
	%819 = icmp sgt i32 %745, 3
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %815, %820
	%822 = add i32 %816, %818
	%823 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%824 = load i32, i32 addrspace(3)* %823
	%825 = icmp sgt i32 %745, 4
	%826 = select i1 %825, i32 %824, i32 0
	%827 = add i32 %821, %826
	%828 = add i32 %822, %824
	%829 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%830 = load i32, i32 addrspace(3)* %829
	%831 = icmp sgt i32 %745, 5
	%832 = select i1 %831, i32 %830, i32 0
	%833 = add i32 %827, %832
	%834 = add i32 %828, %830
	%835 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%836 = load i32, i32 addrspace(3)* %835
	%837 = icmp sgt i32 %745, 6
	%838 = select i1 %837, i32 %836, i32 0
	%839 = add i32 %833, %838
	%840 = add i32 %834, %836
	%841 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%842 = load i32, i32 addrspace(3)* %841
	%843 = icmp sgt i32 %745, 7
	%844 = select i1 %843, i32 %842, i32 0
	%845 = add i32 %839, %844
	%846 = add i32 %840, %842
	%847 = add i32 %845, %765
	%848 = sub i32 %847, %743
	%849 = and i32 %0, 31
	%850 = lshr i32 %0, 5
	%851 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %741, i32 1, i32 0)
	%852 = icmp uge i32 %849, 1
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %741, %853
	%855 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %854, i32 2, i32 0)
	%856 = icmp uge i32 %849, 2
	%857 = select i1 %856, i32 %855, i32 0
	%858 = add i32 %854, %857
	%859 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %858, i32 4, i32 0)
	%860 = icmp uge i32 %849, 4
	%861 = select i1 %860, i32 %859, i32 0
	%862 = add i32 %858, %861
	%863 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %862, i32 8, i32 0)
	%864 = icmp uge i32 %849, 8
	%865 = select i1 %864, i32 %863, i32 0
	%866 = add i32 %862, %865
	%867 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %866, i32 16, i32 0)
	%868 = icmp uge i32 %849, 16
	%869 = select i1 %868, i32 %867, i32 0
	%870 = add i32 %866, %869
	%871 = icmp eq i32 %849, 31
	br i1 %871, label %872, label %874

872:
	%873 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %850
	store i32 %870, i32 addrspace(3)* %873
	br label %874

874:
	call void @llvm.nvvm.barrier0()
	%875 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%876 = load i32, i32 addrspace(3)* %875
	%877 = icmp sgt i32 %850, 0
	%878 = select i1 %877, i32 %876, i32 0
	%879 = add i32 0, %878
	%880 = add i32 0, %876
	%881 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%882 = load i32, i32 addrspace(3)* %881
	%883 = icmp sgt i32 %850, 1
	%884 = select i1 %883, i32 %882, i32 0
	%885 = add i32 %879, %884
	%886 = add i32 %880, %882
	%887 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%888 = load i32, i32 addrspace(3)* %887
	%889 = icmp sgt i32 %850, 2
	%890 = select i1 %889, i32 %888, i32 0
	%891 = add i32 %885, %890
	%892 = add i32 %886, %888
	%893 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp sgt i32 %850, 3
	%896 = select i1 %895, i32 %894, i32 0
	%897 = add i32 %891, %896
	%898 = add i32 %892, %894
	%899 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%900 = load i32, i32 addrspace(3)* %899
	%901 = icmp sgt i32 %850, 4
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %897, %902
	%904 = add i32 %898, %900
	%905 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%906 = load i32, i32 addrspace(3)* %905
	%907 = icmp sgt i32 %850, 5
	%908 = select i1 %907, i32 %906, i32 0
	%909 = add i32 %903, %908
	%910 = add i32 %904, %906
	%911 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%912 = load i32, i32 addrspace(3)* %911
	%913 = icmp sgt i32 %850, 6
	%914 = select i1 %913, i32 %912, i32 0
	%915 = add i32 %909, %914
	%916 = add i32 %910, %912
	%917 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%918 = load i32, i32 addrspace(3)* %917
	%919 = icmp sgt i32 %850, 7
	%920 = select i1 %919, i32 %918, i32 0
	%921 = add i32 %915, %920
	%922 = add i32 %916, %918
	%923 = add i32 %921, %870
	%924 = sub i32 %923, %741
	%925 = icmp slt i32 %848, %719
	%926 = add i32 %848, %743
	%927 = icmp sle i32 %719, %926
	%928 = and i1 %925, %927
	%929 = icmp slt i32 %846, %719
	%930 = icmp eq i32 %0, 0
	%931 = and i1 %929, %930
	%932 = or i1 %928, %931
	br i1 %932, label %933, label %939

933:
	%934 = select i1 %929, i32 0, i32 %739
	%935 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	store i32 %934, i32 addrspace(3)* %935
	%936 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	store i32 %848, i32 addrspace(3)* %936
	%937 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	store i32 %924, i32 addrspace(3)* %937
	%938 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	store i32 %741, i32 addrspace(3)* %938
	br label %939

939:
	call void @llvm.nvvm.barrier0()
	%940 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 0
	%941 = load i32, i32 addrspace(3)* %940
	%942 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 1
	%943 = load i32, i32 addrspace(3)* %942
	%944 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 2
	%945 = load i32, i32 addrspace(3)* %944
	%946 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_bins, i32 0, i32 3
	%947 = load i32, i32 addrspace(3)* %946
	%948 = shl i32 %941, 16
	%949 = or i32 %718, %948
	%950 = sub i32 %719, %943
	%951 = add i32 %720, %945
	%952 = or i1 %721, %929
	%953 = or i32 %722, u0xFF0000
	%954 = add i32 %951, %947
	%955 = select i1 %952, i32 %423, i32 %954
	%956 = select i1 %952, i32 2, i32 %949
	%957 = icmp sge i32 %955, %428
	%958 = sub i32 %956, 1
	%959 = icmp slt i32 %428, %423
	%960 = select i1 %959, i32 %428, i32 %423
	%961 = select i1 %957, i32 %955, i32 %960
	br label %mass

mass:
	%962 = phi i32 [ %961, %939 ], [ %1875, %1863 ]
	%963 = phi i1 [ true, %939 ], [ false, %1863 ]
	%964 = and i1 %963, %957
	br i1 %964, label %mass_bins, label %mass_topk

mass_done:
	%965 = icmp sgt i32 %1865, %428
	%966 = select i1 %965, i32 %1865, i32 %428
	%967 = add i32 %422, %966
	%968 = icmp sle i32 %M, 16
	%969 = add i32 %967, 1
	%970 = add i32 %422, %962
	%971 = icmp sgt i32 %969, %970
	%972 = select i1 %971, i32 %969, i32 %970
	%973 = icmp slt i32 %972, %NK
	%974 = select i1 %973, i32 %972, i32 %NK
	%975 = select i1 %968, i32 %NK, i32 %974
	%976 = add i32 %967, %0
	br label %2348

mass_bins:
	%977 = shl i32 1, %3
	%978 = sub i32 %977, 1
	br label %980

mass_topk:
	%979 = icmp sgt i32 %962, 0
	br i1 %979, label %topk, label %topk_done

mass_taken:
	br label %1843

980:
	%981 = phi i32 [ 0, %mass_bins ], [ %1029, %1028 ]
	%982 = icmp slt i32 %981, %16
	br i1 %982, label %983, label %991

983:
	%984 = add i32 %981, %0
	%985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %984
	%986 = load i32, i32 addrspace(3)* %985
	%987 = icmp ugt i32 %986, %958
	%988 = icmp eq i32 %986, %958
	%989 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %987)
	%990 = icmp eq i32 %3, 0
	br i1 %990, label %1022, label %1028

991:
	call void @llvm.nvvm.barrier0()
	%992 = sdiv i32 %16, 256
	%993 = mul i32 %992, 8
	%994 = icmp slt i32 %0, %993
	%995 = select i1 %994, i32 %0, i32 0
	%996 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %995
	%997 = load i32, i32 addrspace(3)* %996
	%998 = select i1 %994, i32 %997, i32 0
	%999 = and i32 %0, 31
	%1000 = lshr i32 %0, 5
	%1001 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %998, i32 1, i32 0)
	%1002 = icmp uge i32 %999, 1
	%1003 = select i1 %1002, i32 %1001, i32 0
	%1004 = add i32 %998, %1003
	%1005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1004, i32 2, i32 0)
	%1006 = icmp uge i32 %999, 2
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1004, %1007
	%1009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1008, i32 4, i32 0)
	%1010 = icmp uge i32 %999, 4
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = add i32 %1008, %1011
	%1013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1012, i32 8, i32 0)
	%1014 = icmp uge i32 %999, 8
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = add i32 %1012, %1015
	%1017 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1016, i32 16, i32 0)
	%1018 = icmp uge i32 %999, 16
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1016, %1019
	%1021 = icmp eq i32 %999, 31
	br i1 %1021, label %1030, label %1032

1022:
	%1023 = sdiv i32 %981, 256
	%1024 = mul i32 %1023, 8
	%1025 = add i32 %1024, %4
	%1026 = call i32 @llvm.ctpop.i32(i32 %989)
	%1027 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1025
	store i32 %1026, i32 addrspace(3)* %1027
	br label %1028

1028:
	%1029 = add i32 %981, 256
	br label %980

1030:
	%1031 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1000
	store i32 %1020, i32 addrspace(3)* %1031
	br label %1032

1032:
	call void @llvm.nvvm.barrier0()
	%1033 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1034 = load i32, i32 addrspace(3)* %1033
	%1035 = icmp sgt i32 %1000, 0
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 0, %1036
	%1038 = add i32 0, %1034
	%1039 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1040 = load i32, i32 addrspace(3)* %1039
	%1041 = icmp sgt i32 %1000, 1
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1037, %1042
	%1044 = add i32 %1038, %1040
	%1045 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1046 = load i32, i32 addrspace(3)* %1045
	%1047 = icmp sgt i32 %1000, 2
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1043, %1048
	%1050 = add i32 %1044, %1046
	%1051 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1052 = load i32, i32 addrspace(3)* %1051
	%1053 = icmp sgt i32 %1000, 3
	%1054 = select i1 %1053, i32 %1052, i32 0
	%1055 = add i32 %1049, %1054
	%1056 = add i32 %1050, %1052
	%1057 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1058 = load i32, i32 addrspace(3)* %1057
	%1059 = icmp sgt i32 %1000, 4
	%1060 = select i1 %1059, i32 %1058, i32 0
	%1061 = add i32 %1055, %1060
	%1062 = add i32 %1056, %1058
	%1063 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1064 = load i32, i32 addrspace(3)* %1063
	%1065 = icmp sgt i32 %1000, 5
	%1066 = select i1 %1065, i32 %1064, i32 0
	%1067 = add i32 %1061, %1066
	%1068 = add i32 %1062, %1064
	%1069 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1070 = load i32, i32 addrspace(3)* %1069
	%1071 = icmp sgt i32 %1000, 6
	%1072 = select i1 %1071, i32 %1070, i32 0
	%1073 = add i32 %1067, %1072
	%1074 = add i32 %1068, %1070
	%1075 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1076 = load i32, i32 addrspace(3)* %1075
	%1077 = icmp sgt i32 %1000, 7
	%1078 = select i1 %1077, i32 %1076, i32 0
	%1079 = add i32 %1073, %1078
	%1080 = add i32 %1074, %1076
	%1081 = add i32 %1079, %1020
	%1082 = sub i32 %1081, %998
	br i1 %994, label %1083, label %1085

1083:
	%1084 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1082, i32 addrspace(3)* %1084
	br label %1085

1085:
	call void @llvm.nvvm.barrier0()
	br label %1086

1086:
	%1087 = phi i32 [ 0, %1085 ], [ %1110, %1109 ]
	%1088 = icmp slt i32 %1087, %16
	br i1 %1088, label %1089, label %1105

1089:
	%1090 = add i32 %1087, %0
	%1091 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1090
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = icmp ugt i32 %1092, %958
	%1094 = icmp eq i32 %1092, %958
	%1095 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1093)
	%1096 = sdiv i32 %1087, 256
	%1097 = mul i32 %1096, 8
	%1098 = add i32 %1097, %4
	%1099 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1093)
	%1100 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1098
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = and i32 %1099, %978
	%1103 = call i32 @llvm.ctpop.i32(i32 %1102)
	%1104 = add i32 %1101, %1103
	br i1 %1093, label %1106, label %1109

1105:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

1106:
	%1107 = add i32 %1087, %0
	%1108 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1104
	store i32 %1107, i32 addrspace(3)* %1108
	br label %1109

1109:
	%1110 = add i32 %1087, 256
	br label %1086

topk:
	call void @llvm.nvvm.barrier0()
	%1111 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1111
	call void @llvm.nvvm.barrier0()
	br label %1112

topk_done:
	br label %mass_taken

1112:
	%1113 = phi i32 [ %0, %topk ], [ %1162, %1161 ]
	%1114 = icmp slt i32 %1113, %16
	br i1 %1114, label %1115, label %1125

1115:
	%1116 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1113
	%1117 = load i32, i32 addrspace(3)* %1116
	%1118 = icmp uge i32 %1117, 2
	%1119 = and i32 %1117, 0
	%1120 = icmp eq i32 %1119, 0
	%1121 = and i1 %1118, %1120
	%1122 = lshr i32 %1117, 24
	%1123 = and i32 %1122, 255
	%1124 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1121)
	br i1 %1124, label %1153, label %1161

1125:
	call void @llvm.nvvm.barrier0()
	%1126 = sub i32 255, %0
	%1127 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1126
	%1128 = load i32, i32 addrspace(3)* %1127
	%1129 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1129
	%1130 = and i32 %0, 31
	%1131 = lshr i32 %0, 5
	%1132 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1128, i32 1, i32 0)
	%1133 = icmp uge i32 %1130, 1
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = add i32 %1128, %1134
	%1136 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1135, i32 2, i32 0)
	%1137 = icmp uge i32 %1130, 2
	%1138 = select i1 %1137, i32 %1136, i32 0
	%1139 = add i32 %1135, %1138
	%1140 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1139, i32 4, i32 0)
	%1141 = icmp uge i32 %1130, 4
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = add i32 %1139, %1142
	%1144 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1143, i32 8, i32 0)
	%1145 = icmp uge i32 %1130, 8
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 %1143, %1146
	%1148 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1147, i32 16, i32 0)
	%1149 = icmp uge i32 %1130, 16
	%1150 = select i1 %1149, i32 %1148, i32 0
	%1151 = add i32 %1147, %1150
	%1152 = icmp eq i32 %1130, 31
	br i1 %1152, label %1168, label %1170

1153:
	%1154 = select i1 %1121, i32 %1123, i32 256
	%1155 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1154)
	%1156 = shl i32 1, %3
	%1157 = sub i32 %1156, 1
	%1158 = and i32 %1155, %1157
	%1159 = icmp eq i32 %1158, 0
	%1160 = and i1 %1121, %1159
	br i1 %1160, label %1163, label %1167

1161:
	%1162 = add i32 %1113, 256
	br label %1112

1163:
	%1164 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1123
	%1165 = call i32 @llvm.ctpop.i32(i32 %1155)
	%1166 = atomicrmw add i32 addrspace(3)* %1164, i32 %1165 monotonic
	br label %1167

1167:
	br label %1161

1168:
	%1169 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1131
	store i32 %1151, i32 addrspace(3)* %1169
	br label %1170

1170:
	call void @llvm.nvvm.barrier0()
	%1171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1172 = load i32, i32 addrspace(3)* %1171
	%1173 = icmp sgt i32 %1131, 0
	%1174 = select i1 %1173, i32 %1172, i32 0
	%1175 = add i32 0, %1174
	%1176 = add i32 0, %1172
	%1177 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1178 = load i32, i32 addrspace(3)* %1177
	%1179 = icmp sgt i32 %1131, 1
	%1180 = select i1 %1179, i32 %1178, i32 0
	%1181 = add i32 %1175, %1180
	%1182 = add i32 %1176, %1178
	%1183 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1184 = load i32, i32 addrspace(3)* %1183
	%1185 = icmp sgt i32 %1131, 2
	%1186 = select i1 %1185, i32 %1184, i32 0
	%1187 = add i32 %1181, %1186
	%1188 = add i32 %1182, %1184
	%1189 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1190 = load i32, i32 addrspace(3)* %1189
	%1191 = icmp sgt i32 %1131, 3
	%1192 = select i1 %1191, i32 %1190, i32 0
	%1193 = add i32 %1187, %1192
	%1194 = add i32 %1188, %1190
	%1195 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1196 = load i32, i32 addrspace(3)* %1195
	%1197 = icmp sgt i32 %1131, 4
	%1198 = select i1 %1197, i32 %1196, i32 0
	%1199 = add i32 %1193, %1198
	%1200 = add i32 %1194, %1196
	%1201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1202 = load i32, i32 addrspace(3)* %1201
	%1203 = icmp sgt i32 %1131, 5
	%1204 = select i1 %1203, i32 %1202, i32 0
	%1205 = add i32 %1199, %1204
	%1206 = add i32 %1200, %1202
	%1207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1208 = load i32, i32 addrspace(3)* %1207
	%1209 = icmp sgt i32 %1131, 6
	%1210 = select i1 %1209, i32 %1208, i32 0
	%1211 = add i32 %1205, %1210
	%1212 = add i32 %1206, %1208
	%1213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1214 = load i32, i32 addrspace(3)* %1213
	%1215 = icmp sgt i32 %1131, 7
	%1216 = select i1 %1215, i32 %1214, i32 0
	%1217 = add i32 %1211, %1216
	%1218 = add i32 %1212, %1214
	%1219 = add i32 %1217, %1151
	%1220 = sub i32 %1219, %1128
	%1221 = icmp slt i32 %1220, %962
	%1222 = add i32 %1220, %1128
	%1223 = icmp sle i32 %962, %1222
	%1224 = and i1 %1221, %1223
	br i1 %1224, label %1225, label %1228

1225:
	%1226 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1126, i32 addrspace(3)* %1226
	%1227 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1220, i32 addrspace(3)* %1227
	br label %1228

1228:
	call void @llvm.nvvm.barrier0()
	%1229 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1230 = load i32, i32 addrspace(3)* %1229
	%1231 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1232 = load i32, i32 addrspace(3)* %1231
	%1233 = sub i32 %962, %1232
	%1234 = shl i32 %1230, 24
	%1235 = or i32 0, %1234
	%1236 = or i32 0, u0xFF000000
	br label %1237

1237:
	%1238 = phi i32 [ %0, %1228 ], [ %1287, %1286 ]
	%1239 = icmp slt i32 %1238, %16
	br i1 %1239, label %1240, label %1250

1240:
	%1241 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1238
	%1242 = load i32, i32 addrspace(3)* %1241
	%1243 = icmp uge i32 %1242, 2
	%1244 = and i32 %1242, %1236
	%1245 = icmp eq i32 %1244, %1235
	%1246 = and i1 %1243, %1245
	%1247 = lshr i32 %1242, 16
	%1248 = and i32 %1247, 255
	%1249 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1246)
	br i1 %1249, label %1278, label %1286

1250:
	call void @llvm.nvvm.barrier0()
	%1251 = sub i32 255, %0
	%1252 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1251
	%1253 = load i32, i32 addrspace(3)* %1252
	%1254 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1254
	%1255 = and i32 %0, 31
	%1256 = lshr i32 %0, 5
	%1257 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1253, i32 1, i32 0)
	%1258 = icmp uge i32 %1255, 1
	%1259 = select i1 %1258, i32 %1257, i32 0
	%1260 = add i32 %1253, %1259
	%1261 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1260, i32 2, i32 0)
	%1262 = icmp uge i32 %1255, 2
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = add i32 %1260, %1263
	%1265 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1264, i32 4, i32 0)
	%1266 = icmp uge i32 %1255, 4
	%1267 = select i1 %1266, i32 %1265, i32 0
	%1268 = add i32 %1264, %1267
	%1269 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1268, i32 8, i32 0)
	%1270 = icmp uge i32 %1255, 8
	%1271 = select i1 %1270, i32 %1269, i32 0
	%1272 = add i32 %1268, %1271
	%1273 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1272, i32 16, i32 0)
	%1274 = icmp uge i32 %1255, 16
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = add i32 %1272, %1275
	%1277 = icmp eq i32 %1255, 31
	br i1 %1277, label %1293, label %1295

1278:
	%1279 = select i1 %1246, i32 %1248, i32 256
	%1280 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1279)
	%1281 = shl i32 1, %3
	%1282 = sub i32 %1281, 1
	%1283 = and i32 %1280, %1282
	%1284 = icmp eq i32 %1283, 0
	%1285 = and i1 %1246, %1284
	br i1 %1285, label %1288, label %1292

1286:
	%1287 = add i32 %1238, 256
	br label %1237

1288:
	%1289 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1248
	%1290 = call i32 @llvm.ctpop.i32(i32 %1280)
	%1291 = atomicrmw add i32 addrspace(3)* %1289, i32 %1290 monotonic
	br label %1292

1292:
	br label %1286

1293:
	%1294 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1256
	store i32 %1276, i32 addrspace(3)* %1294
	br label %1295

1295:
	call void @llvm.nvvm.barrier0()
	%1296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1297 = load i32, i32 addrspace(3)* %1296
	%1298 = icmp sgt i32 %1256, 0
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = add i32 0, %1299
	%1301 = add i32 0, %1297
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1303 = load i32, i32 addrspace(3)* %1302
	%1304 = icmp sgt i32 %1256, 1
	%1305 = select i1 %1304, i32 %1303, i32 0
	%1306 = add i32 %1300, %1305
	%1307 = add i32 %1301, %1303
	%1308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1309 = load i32, i32 addrspace(3)* %1308
	%1310 = icmp sgt i32 %1256, 2
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = add i32 %1306, %1311
	%1313 = add i32 %1307, %1309
	%1314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1315 = load i32, i32 addrspace(3)* %1314
	%1316 = icmp sgt i32 %1256, 3
	%1317 = select i1 %1316, i32 %1315, i32 0
	%1318 = add i32 %1312, %1317
	%1319 = add i32 %1313, %1315
	%1320 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1321 = load i32, i32 addrspace(3)* %1320
	%1322 = icmp sgt i32 %1256, 4
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = add i32 %1318, %1323
	%1325 = add i32 %1319, %1321
	%1326 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1327 = load i32, i32 addrspace(3)* %1326
	%1328 = icmp sgt i32 %1256, 5
	%1329 = select i1 %1328, i32 %1327, i32 0
	%1330 = add i32 %1324, %1329
	%1331 = add i32 %1325, %1327
	%1332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1333 = load i32, i32 addrspace(3)* %1332
	%1334 = icmp sgt i32 %1256, 6
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = add i32 %1330, %1335
	%1337 = add i32 %1331, %1333
	%1338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = icmp sgt i32 %1256, 7
	%1341 = select i1 %1340, i32 %1339, i32 0
	%1342 = add i32 %1336, %1341
	%1343 = add i32 %1337, %1339
	%1344 = add i32 %1342, %1276
	%1345 = sub i32 %1344, %1253
	%1346 = icmp slt i32 %1345, %1233
	%1347 = add i32 %1345, %1253
	%1348 = icmp sle i32 %1233, %1347
	%1349 = and i1 %1346, %1348
	br i1 %1349, label %1350, label %1353

1350:
	%1351 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1251, i32 addrspace(3)* %1351
	%1352 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1345, i32 addrspace(3)* %1352
	br label %1353

1353:
	call void @llvm.nvvm.barrier0()
	%1354 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1355 = load i32, i32 addrspace(3)* %1354
	%1356 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1357 = load i32, i32 addrspace(3)* %1356
	%1358 = sub i32 %1233, %1357
	%1359 = shl i32 %1355, 16
	%1360 = or i32 %1235, %1359
	%1361 = or i32 %1236, u0xFF0000
	br label %1362

1362:
	%1363 = phi i32 [ %0, %1353 ], [ %1412, %1411 ]
	%1364 = icmp slt i32 %1363, %16
	br i1 %1364, label %1365, label %1375

1365:
	%1366 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1363
	%1367 = load i32, i32 addrspace(3)* %1366
	%1368 = icmp uge i32 %1367, 2
	%1369 = and i32 %1367, %1361
	%1370 = icmp eq i32 %1369, %1360
	%1371 = and i1 %1368, %1370
	%1372 = lshr i32 %1367, 8
	%1373 = and i32 %1372, 255
	%1374 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1371)
	br i1 %1374, label %1403, label %1411

1375:
	call void @llvm.nvvm.barrier0()
	%1376 = sub i32 255, %0
	%1377 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1376
	%1378 = load i32, i32 addrspace(3)* %1377
	%1379 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1379
	%1380 = and i32 %0, 31
	%1381 = lshr i32 %0, 5
	%1382 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1378, i32 1, i32 0)
	%1383 = icmp uge i32 %1380, 1
	%1384 = select i1 %1383, i32 %1382, i32 0
	%1385 = add i32 %1378, %1384
	%1386 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1385, i32 2, i32 0)
	%1387 = icmp uge i32 %1380, 2
	%1388 = select i1 %1387, i32 %1386, i32 0
	%1389 = add i32 %1385, %1388
	%1390 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1389, i32 4, i32 0)
	%1391 = icmp uge i32 %1380, 4
	%1392 = select i1 %1391, i32 %1390, i32 0
	%1393 = add i32 %1389, %1392
	%1394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1393, i32 8, i32 0)
	%1395 = icmp uge i32 %1380, 8
	%1396 = select i1 %1395, i32 %1394, i32 0
	%1397 = add i32 %1393, %1396
	%1398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1397, i32 16, i32 0)
	%1399 = icmp uge i32 %1380, 16
	%1400 = select i1 %1399, i32 %1398, i32 0
	%1401 = add i32 %1397, %1400
	%1402 = icmp eq i32 %1380, 31
	br i1 %1402, label %1418, label %1420

1403:
	%1404 = select i1 %1371, i32 %1373, i32 256
	%1405 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1404)
	%1406 = shl i32 1, %3
	%1407 = sub i32 %1406, 1
	%1408 = and i32 %1405, %1407
	%1409 = icmp eq i32 %1408, 0
	%1410 = and i1 %1371, %1409
	br i1 %1410, label %1413, label %1417

1411:
	%1412 = add i32 %1363, 256
	br label %1362

1413:
	%1414 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %1373
	%1415 = call i32 @llvm.ctpop.i32(i32 %1405)
	%1416 = atomicrmw add i32 addrspace(3)* %1414, i32 %1415 monotonic
	br label %1417

1417:
	br label %1411

1418:
	%1419 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1381
	store i32 %1401, i32 addrspace(3)* %1419
	br label %1420

1420:
	call void @llvm.nvvm.barrier0()
	%1421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1422 = load i32, i32 addrspace(3)* %1421
	%1423 = icmp sgt i32 %1381, 0
	%1424 = select i1 %1423, i32 %1422, i32 0
	%1425 = add i32 0, %1424
	%1426 = add i32 0, %1422
	%1427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1428 = load i32, i32 addrspace(3)* %1427
	%1429 = icmp sgt i32 %1381, 1
	%1430 = select i1 %1429, i32 %1428, i32 0
	%1431 = add i32 %1425, %1430
	%1432 = add i32 %1426, %1428
	%1433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1434 = load i32, i32 addrspace(3)* %1433
	%1435 = icmp sgt i32 %1381, 2
	%1436 = select i1 %1435, i32 %1434, i32 0
	%1437 = add i32 %1431, %1436
	%1438 = add i32 %1432, %1434
	%1439 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1440 = load i32, i32 addrspace(3)* %1439
	%1441 = icmp sgt i32 %1381, 3
	%1442 = select i1 %1441, i32 %1440, i32 0
	%1443 = add i32 %1437, %1442
	%1444 = add i32 %1438, %1440
	%1445 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1446 = load i32, i32 addrspace(3)* %1445
	%1447 = icmp sgt i32 %1381, 4
	%1448 = select i1 %1447, i32 %1446, i32 0
	%1449 = add i32 %1443, %1448
	%1450 = add i32 %1444, %1446
	%1451 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1452 = load i32, i32 addrspace(3)* %1451
	%1453 = icmp sgt i32 %1381, 5
	%1454 = select i1 %1453, i32 %1452, i32 0
	%1455 = add i32 %1449, %1454
	%1456 = add i32 %1450, %1452
	%1457 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1458 = load i32, i32 addrspace(3)* %1457
	%1459 = icmp sgt i32 %1381, 6
	%1460 = select i1 %1459, i32 %1458, i32 0
	%1461 = add i32 %1455, %1460
	%1462 = add i32 %1456, %1458
	%1463 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1464 = load i32, i32 addrspace(3)* %1463
	%1465 = icmp sgt i32 %1381, 7
	%1466 = select i1 %1465, i32 %1464, i32 0
	%1467 = add i32 %1461, %1466
	%1468 = add i32 %1462, %1464
	%1469 = add i32 %1467, %1401
	%1470 = sub i32 %1469, %1378
	%1471 = icmp slt i32 %1470, %1358
	%1472 = add i32 %1470, %1378
	%1473 = icmp sle i32 %1358, %1472
	%1474 = and i1 %1471, %1473
	br i1 %1474, label %1475, label %1478

1475:
	%1476 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1376, i32 addrspace(3)* %1476
	%1477 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1470, i32 addrspace(3)* %1477
	br label %1478

1478:
	call void @llvm.nvvm.barrier0()
	%1479 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1480 = load i32, i32 addrspace(3)* %1479
	%1481 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1482 = load i32, i32 addrspace(3)* %1481
	%1483 = sub i32 %1358, %1482
	%1484 = shl i32 %1480, 8
	%1485 = or i32 %1360, %1484
	%1486 = or i32 %1361, u0xFF00
	br label %1487

1487:
	%1488 = phi i32 [ %0, %1478 ], [ %1537, %1536 ]
	%1489 = icmp slt i32 %1488, %16
	br i1 %1489, label %1490, label %1500

1490:
	%1491 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1488
	%1492 = load i32, i32 addrspace(3)* %1491
	%1493 = icmp uge i32 %1492, 2
	%1494 = and i32 %1492, %1486
	%1495 = icmp eq i32 %1494, %1485
	%1496 = and i1 %1493, %1495
	%1497 = lshr i32 %1492, 0
	%1498 = and i32 %1497, 255
	%1499 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1496)
	br i1 %1499, label %1528, label %1536

1500:
	call void @llvm.nvvm.barrier0()
	%1501 = sub i32 255, %0
	%1502 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1501
	%1503 = load i32, i32 addrspace(3)* %1502
	%1504 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1504
	%1505 = and i32 %0, 31
	%1506 = lshr i32 %0, 5
	%1507 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1503, i32 1, i32 0)
	%1508 = icmp uge i32 %1505, 1
	%1509 = select i1 %1508, i32 %1507, i32 0
	%1510 = add i32 %1503, %1509
	%1511 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1510, i32 2, i32 0)
	%1512 = icmp uge i32 %1505, 2
	%1513 = select i1 %1512, i32 %1511, i32 0
	%1514 = add i32 %1510, %1513
	%1515 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1514, i32 4, i32 0)
	%1516 = icmp uge i32 %1505, 4
	%1517 = select i1 %1516, i32 %1515, i32 0
	%1518 = add i32 %1514, %1517
	%1519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1518, i32 8, i32 0)
	%1520 = icmp uge i32 %1505, 8
	%1521 = select i1 %1520, i32 %1519, i32 0
	%1522 = add i32 %1518, %1521
	%1523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1522, i32 16, i32 0)
	%1524 = icmp uge i32 %1505, 16
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1522, %1525
	%1527 = icmp eq i32 %1505, 31
	br i1 %1527, label %1543, label %1545

1528:
	%1529 = select i1 %1496, i32 %1498, i32 256
	%1530 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1529)
	%1531 = shl i32 1, %3
	%1532 = sub i32 %1531, 1
	%1533 = and i32 %1530, %1532
	%1534 = icmp eq i32 %1533, 0
	%1535 = and i1 %1496, %1534
	br i1 %1535, label %1538, label %1542

1536:
	%1537 = add i32 %1488, 256
	br label %1487

1538:
	%1539 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1498
	%1540 = call i32 @llvm.ctpop.i32(i32 %1530)
	%1541 = atomicrmw add i32 addrspace(3)* %1539, i32 %1540 monotonic
	br label %1542

1542:
	br label %1536

1543:
	%1544 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1506
	store i32 %1526, i32 addrspace(3)* %1544
	br label %1545

1545:
	call void @llvm.nvvm.barrier0()
	%1546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1547 = load i32, i32 addrspace(3)* %1546
	%1548 = icmp sgt i32 %1506, 0
	%1549 = select i1 %1548, i32 %1547, i32 0
	%1550 = add i32 0, %1549
	%1551 = add i32 0, %1547
	%1552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1553 = load i32, i32 addrspace(3)* %1552
	%1554 = icmp sgt i32 %1506, 1
	%1555 = select i1 %1554, i32 %1553, i32 0
	%1556 = add i32 %1550, %1555
	%1557 = add i32 %1551, %1553
	%1558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1559 = load i32, i32 addrspace(3)* %1558
	%1560 = icmp sgt i32 %1506, 2
	%1561 = select i1 %1560, i32 %1559, i32 0
	%1562 = add i32 %1556, %1561
	%1563 = add i32 %1557, %1559
	%1564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1565 = load i32, i32 addrspace(3)* %1564
	%1566 = icmp sgt i32 %1506, 3
	%1567 = select i1 %1566, i32 %1565, i32 0
	%1568 = add i32 %1562, %1567
	%1569 = add i32 %1563, %1565
	%1570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1571 = load i32, i32 addrspace(3)* %1570
	%1572 = icmp sgt i32 %1506, 4
	%1573 = select i1 %1572, i32 %1571, i32 0
	%1574 = add i32 %1568, %1573
	%1575 = add i32 %1569, %1571
	%1576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1577 = load i32, i32 addrspace(3)* %1576
	%1578 = icmp sgt i32 %1506, 5
	%1579 = select i1 %1578, i32 %1577, i32 0
	%1580 = add i32 %1574, %1579
	%1581 = add i32 %1575, %1577
	%1582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1583 = load i32, i32 addrspace(3)* %1582
	%1584 = icmp sgt i32 %1506, 6
	%1585 = select i1 %1584, i32 %1583, i32 0
	%1586 = add i32 %1580, %1585
	%1587 = add i32 %1581, %1583
	%1588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1589 = load i32, i32 addrspace(3)* %1588
	%1590 = icmp sgt i32 %1506, 7
	%1591 = select i1 %1590, i32 %1589, i32 0
	%1592 = add i32 %1586, %1591
	%1593 = add i32 %1587, %1589
	%1594 = add i32 %1592, %1526
	%1595 = sub i32 %1594, %1503
	%1596 = icmp slt i32 %1595, %1483
	%1597 = add i32 %1595, %1503
	%1598 = icmp sle i32 %1483, %1597
	%1599 = and i1 %1596, %1598
	br i1 %1599, label %1600, label %1603

1600:
	%1601 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %1501, i32 addrspace(3)* %1601
	%1602 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %1595, i32 addrspace(3)* %1602
	br label %1603

1603:
	call void @llvm.nvvm.barrier0()
	%1604 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%1605 = load i32, i32 addrspace(3)* %1604
	%1606 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%1607 = load i32, i32 addrspace(3)* %1606
	%1608 = sub i32 %1483, %1607
	%1609 = shl i32 %1605, 0
	%1610 = or i32 %1485, %1609
	%1611 = or i32 %1486, 255
	%1612 = shl i32 1, %3
	%1613 = sub i32 %1612, 1
	br label %1614

1614:
	%1615 = phi i32 [ 0, %1603 ], [ %1669, %1668 ]
	%1616 = icmp slt i32 %1615, %16
	br i1 %1616, label %1617, label %1626

1617:
	%1618 = add i32 %1615, %0
	%1619 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1618
	%1620 = load i32, i32 addrspace(3)* %1619
	%1621 = icmp ugt i32 %1620, %1610
	%1622 = icmp eq i32 %1620, %1610
	%1623 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1621)
	%1624 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1622)
	%1625 = icmp eq i32 %3, 0
	br i1 %1625, label %1660, label %1668

1626:
	call void @llvm.nvvm.barrier0()
	%1627 = sdiv i32 %16, 256
	%1628 = mul i32 %1627, 8
	%1629 = icmp slt i32 %0, %1628
	%1630 = select i1 %1629, i32 %0, i32 0
	%1631 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1630
	%1632 = load i32, i32 addrspace(3)* %1631
	%1633 = select i1 %1629, i32 %1632, i32 0
	%1634 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1630
	%1635 = load i32, i32 addrspace(3)* %1634
	%1636 = select i1 %1629, i32 %1635, i32 0
	%1637 = and i32 %0, 31
	%1638 = lshr i32 %0, 5
	%1639 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1636, i32 1, i32 0)
	%1640 = icmp uge i32 %1637, 1
	%1641 = select i1 %1640, i32 %1639, i32 0
	%1642 = add i32 %1636, %1641
	%1643 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1642, i32 2, i32 0)
	%1644 = icmp uge i32 %1637, 2
	%1645 = select i1 %1644, i32 %1643, i32 0
	%1646 = add i32 %1642, %1645
	%1647 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1646, i32 4, i32 0)
	%1648 = icmp uge i32 %1637, 4
	%1649 = select i1 %1648, i32 %1647, i32 0
	%1650 = add i32 %1646, %1649
	%1651 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1650, i32 8, i32 0)
	%1652 = icmp uge i32 %1637, 8
	%1653 = select i1 %1652, i32 %1651, i32 0
	%1654 = add i32 %1650, %1653
	%1655 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1654, i32 16, i32 0)
	%1656 = icmp uge i32 %1637, 16
	%1657 = select i1 %1656, i32 %1655, i32 0
	%1658 = add i32 %1654, %1657
	%1659 = icmp eq i32 %1637, 31
	br i1 %1659, label %1670, label %1672

1660:
	%1661 = sdiv i32 %1615, 256
	%1662 = mul i32 %1661, 8
	%1663 = add i32 %1662, %4
	%1664 = call i32 @llvm.ctpop.i32(i32 %1623)
	%1665 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1663
	store i32 %1664, i32 addrspace(3)* %1665
	%1666 = call i32 @llvm.ctpop.i32(i32 %1624)
	%1667 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1663
	store i32 %1666, i32 addrspace(3)* %1667
	br label %1668

1668:
	%1669 = add i32 %1615, 256
	br label %1614

1670:
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1638
	store i32 %1658, i32 addrspace(3)* %1671
	br label %1672

1672:
	call void @llvm.nvvm.barrier0()
	%1673 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1674 = load i32, i32 addrspace(3)* %1673
	%1675 = icmp sgt i32 %1638, 0
	%1676 = select i1 %1675, i32 %1674, i32 0
	%1677 = add i32 0, %1676
	%1678 = add i32 0, %1674
	%1679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1680 = load i32, i32 addrspace(3)* %1679
	%1681 = icmp sgt i32 %1638, 1
	%1682 = select i1 %1681, i32 %1680, i32 0
	%1683 = add i32 %1677, %1682
	%1684 = add i32 %1678, %1680
	%1685 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1686 = load i32, i32 addrspace(3)* %1685
	%1687 = icmp sgt i32 %1638, 2
	%1688 = select i1 %1687, i32 %1686, i32 0
	%1689 = add i32 %1683, %1688
	%1690 = add i32 %1684, %1686
	%1691 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1692 = load i32, i32 addrspace(3)* %1691
	%1693 = icmp sgt i32 %1638, 3
	%1694 = select i1 %1693, i32 %1692, i32 0
	%1695 = add i32 %1689, %1694
	%1696 = add i32 %1690, %1692
	%1697 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1698 = load i32, i32 addrspace(3)* %1697
	%1699 = icmp sgt i32 %1638, 4
	%1700 = select i1 %1699, i32 %1698, i32 0
	%1701 = add i32 %1695, %1700
	%1702 = add i32 %1696, %1698
	%1703 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = icmp sgt i32 %1638, 5
	%1706 = select i1 %1705, i32 %1704, i32 0
	%1707 = add i32 %1701, %1706
	%1708 = add i32 %1702, %1704
	%1709 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1710 = load i32, i32 addrspace(3)* %1709
	%1711 = icmp sgt i32 %1638, 6
	%1712 = select i1 %1711, i32 %1710, i32 0
	%1713 = add i32 %1707, %1712
	%1714 = add i32 %1708, %1710
	%1715 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1716 = load i32, i32 addrspace(3)* %1715
	%1717 = icmp sgt i32 %1638, 7
	%1718 = select i1 %1717, i32 %1716, i32 0
	%1719 = add i32 %1713, %1718
	%1720 = add i32 %1714, %1716
	%1721 = add i32 %1719, %1658
	%1722 = sub i32 %1721, %1636
	%1723 = sub i32 %1608, %1722
	%1724 = icmp sgt i32 %1723, 0
	%1725 = select i1 %1724, i32 %1723, i32 0
	%1726 = icmp slt i32 %1725, %1636
	%1727 = select i1 %1726, i32 %1725, i32 %1636
	%1728 = add i32 %1633, %1727
	%1729 = and i32 %0, 31
	%1730 = lshr i32 %0, 5
	%1731 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1728, i32 1, i32 0)
	%1732 = icmp uge i32 %1729, 1
	%1733 = select i1 %1732, i32 %1731, i32 0
	%1734 = add i32 %1728, %1733
	%1735 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1734, i32 2, i32 0)
	%1736 = icmp uge i32 %1729, 2
	%1737 = select i1 %1736, i32 %1735, i32 0
	%1738 = add i32 %1734, %1737
	%1739 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1738, i32 4, i32 0)
	%1740 = icmp uge i32 %1729, 4
	%1741 = select i1 %1740, i32 %1739, i32 0
	%1742 = add i32 %1738, %1741
	%1743 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1742, i32 8, i32 0)
	%1744 = icmp uge i32 %1729, 8
	%1745 = select i1 %1744, i32 %1743, i32 0
	%1746 = add i32 %1742, %1745
	%1747 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1746, i32 16, i32 0)
	%1748 = icmp uge i32 %1729, 16
	%1749 = select i1 %1748, i32 %1747, i32 0
	%1750 = add i32 %1746, %1749
	%1751 = icmp eq i32 %1729, 31
	br i1 %1751, label %1752, label %1754

1752:
	%1753 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1730
	store i32 %1750, i32 addrspace(3)* %1753
	br label %1754

1754:
	call void @llvm.nvvm.barrier0()
	%1755 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1756 = load i32, i32 addrspace(3)* %1755
	%1757 = icmp sgt i32 %1730, 0
	%1758 = select i1 %1757, i32 %1756, i32 0
	%1759 = add i32 0, %1758
	%1760 = add i32 0, %1756
	%1761 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1762 = load i32, i32 addrspace(3)* %1761
	%1763 = icmp sgt i32 %1730, 1
	%1764 = select i1 %1763, i32 %1762, i32 0
	%1765 = add i32 %1759, %1764
	%1766 = add i32 %1760, %1762
	%1767 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1768 = load i32, i32 addrspace(3)* %1767
	%1769 = icmp sgt i32 %1730, 2
	%1770 = select i1 %1769, i32 %1768, i32 0
	%1771 = add i32 %1765, %1770
	%1772 = add i32 %1766, %1768
	%1773 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = icmp sgt i32 %1730, 3
	%1776 = select i1 %1775, i32 %1774, i32 0
	%1777 = add i32 %1771, %1776
	%1778 = add i32 %1772, %1774
	%1779 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1780 = load i32, i32 addrspace(3)* %1779
	%1781 = icmp sgt i32 %1730, 4
	%1782 = select i1 %1781, i32 %1780, i32 0
	%1783 = add i32 %1777, %1782
	%1784 = add i32 %1778, %1780
	%1785 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1786 = load i32, i32 addrspace(3)* %1785
	%1787 = icmp sgt i32 %1730, 5
	%1788 = select i1 %1787, i32 %1786, i32 0
	%1789 = add i32 %1783, %1788
	%1790 = add i32 %1784, %1786
	%1791 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1792 = load i32, i32 addrspace(3)* %1791
	%1793 = icmp sgt i32 %1730, 6
	%1794 = select i1 %1793, i32 %1792, i32 0
	%1795 = add i32 %1789, %1794
	%1796 = add i32 %1790, %1792
	%1797 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1798 = load i32, i32 addrspace(3)* %1797
	%1799 = icmp sgt i32 %1730, 7
	%1800 = select i1 %1799, i32 %1798, i32 0
	%1801 = add i32 %1795, %1800
	%1802 = add i32 %1796, %1798
	%1803 = add i32 %1801, %1750
	%1804 = sub i32 %1803, %1728
	br i1 %1629, label %1805, label %1808

1805:
	%1806 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1804, i32 addrspace(3)* %1806
	%1807 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1722, i32 addrspace(3)* %1807
	br label %1808

1808:
	call void @llvm.nvvm.barrier0()
	br label %1809

1809:
	%1810 = phi i32 [ 0, %1808 ], [ %1842, %1841 ]
	%1811 = icmp slt i32 %1810, %16
	br i1 %1811, label %1812, label %1837

1812:
	%1813 = add i32 %1810, %0
	%1814 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1813
	%1815 = load i32, i32 addrspace(3)* %1814
	%1816 = icmp ugt i32 %1815, %1610
	%1817 = icmp eq i32 %1815, %1610
	%1818 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1816)
	%1819 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1817)
	%1820 = sdiv i32 %1810, 256
	%1821 = mul i32 %1820, 8
	%1822 = add i32 %1821, %4
	%1823 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1822
	%1824 = load i32, i32 addrspace(3)* %1823
	%1825 = and i32 %1819, %1613
	%1826 = call i32 @llvm.ctpop.i32(i32 %1825)
	%1827 = add i32 %1824, %1826
	%1828 = icmp slt i32 %1827, %1608
	%1829 = and i1 %1817, %1828
	%1830 = or i1 %1816, %1829
	%1831 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1830)
	%1832 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1822
	%1833 = load i32, i32 addrspace(3)* %1832
	%1834 = and i32 %1831, %1613
	%1835 = call i32 @llvm.ctpop.i32(i32 %1834)
	%1836 = add i32 %1833, %1835
	br i1 %1830, label %1838, label %1841

1837:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1838:
	%1839 = add i32 %1810, %0
	%1840 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1836
	store i32 %1839, i32 addrspace(3)* %1840
	br label %1841

1841:
	%1842 = add i32 %1810, 256
	br label %1809

1843:
	%1844 = phi i32 [ %0, %mass_taken ], [ %1857, %1846 ]
	%1845 = icmp slt i32 %1844, %962
	br i1 %1845, label %1846, label %1858

1846:
	%1847 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1844
	%1848 = load i32, i32 addrspace(3)* %1847
	%1849 = add i32 %422, %1844
	%1850 = add i32 %13, %1849
	%1851 = sext i32 %1850 to i64
	%1852 = getelementptr i32, i32* %list, i64 %1851
	store i32 %1848, i32* %1852
	%1853 = add i32 %13, %NK
	%1854 = add i32 %1853, %1849
	%1855 = sext i32 %1854 to i64
	%1856 = getelementptr i32, i32* %list, i64 %1855
	store i32 0, i32* %1856
	%1857 = add i32 %1844, 256
	br label %1843

1858:
	call void @llvm.nvvm.barrier0()
	%1859 = icmp eq i32 %4, 0
	br i1 %1859, label %1860, label %1863

1860:
	%1861 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	%1862 = load double, double addrspace(3)* %1861
	br label %1876

1863:
	call void @llvm.nvvm.barrier0()
	%1864 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	%1865 = load i32, i32 addrspace(3)* %1864
	%1866 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	%1867 = load i32, i32 addrspace(3)* %1866
	%1868 = icmp ne i32 %1867, 0
	%1869 = icmp sge i32 %962, %423
	%1870 = or i1 %1868, %1869
	%1871 = mul i32 %962, 4
	%1872 = icmp sgt i32 %1871, 64
	%1873 = select i1 %1872, i32 %1871, i32 64
	%1874 = icmp slt i32 %1873, %423
	%1875 = select i1 %1874, i32 %1873, i32 %423
	br i1 %1870, label %mass_done, label %mass

1876:
	%1877 = phi i32 [ 0, %1860 ], [ %2341, %2338 ]
	%1878 = phi double [ %1862, %1860 ], [ %2339, %2338 ]
	%1879 = phi i32 [ 0, %1860 ], [ %2340, %2338 ]
	%1880 = icmp slt i32 %1877, %962
	br i1 %1880, label %1881, label %1884

1881:
	%1882 = add i32 %1877, %3
	%1883 = icmp slt i32 %1882, %962
	br i1 %1883, label %1886, label %1893

1884:
	%1885 = icmp eq i32 %3, 0
	br i1 %1885, label %2342, label %2347

1886:
	%1887 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1882
	%1888 = load i32, i32 addrspace(3)* %1887
	%1889 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1888
	%1890 = load i32, i32 addrspace(3)* %1889
	%1891 = sub i32 %1890, 2
	%1892 = bitcast i32 %1891 to float
	br label %1893

1893:
	%1894 = phi float [ 0.0, %1881 ], [ %1892, %1886 ]
	%1895 = fpext float %1894 to double
	%1896 = fcmp one float %1894, 0.0
	%1897 = call float @llvm.fabs.f32(float %1894)
	%1898 = fcmp olt float %1897, 0x3E20000000000000
	%1899 = and i1 %1896, %1898
	%1900 = fmul double %1878, 4.503599627370496e+15
	%1901 = call double @llvm.trunc.f64(double %1900)
	%1902 = fcmp oeq double %1900, %1901
	%1903 = bitcast double %1895 to i64
	%1904 = trunc i64 %1903 to i32
	%1905 = lshr i64 %1903, 32
	%1906 = trunc i64 %1905 to i32
	%1907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1904, i32 1, i32 0)
	%1908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 1, i32 0)
	%1909 = zext i32 %1907 to i64
	%1910 = zext i32 %1908 to i64
	%1911 = shl i64 %1910, 32
	%1912 = or i64 %1909, %1911
	%1913 = bitcast i64 %1912 to double
	%1914 = icmp uge i32 %3, 1
	%1915 = fadd double %1895, %1913
	%1916 = select i1 %1914, double %1915, double %1895
	%1917 = bitcast double %1916 to i64
	%1918 = trunc i64 %1917 to i32
	%1919 = lshr i64 %1917, 32
	%1920 = trunc i64 %1919 to i32
	%1921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1918, i32 2, i32 0)
	%1922 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1920, i32 2, i32 0)
	%1923 = zext i32 %1921 to i64
	%1924 = zext i32 %1922 to i64
	%1925 = shl i64 %1924, 32
	%1926 = or i64 %1923, %1925
	%1927 = bitcast i64 %1926 to double
	%1928 = icmp uge i32 %3, 2
	%1929 = fadd double %1916, %1927
	%1930 = select i1 %1928, double %1929, double %1916
	%1931 = bitcast double %1930 to i64
	%1932 = trunc i64 %1931 to i32
	%1933 = lshr i64 %1931, 32
	%1934 = trunc i64 %1933 to i32
	%1935 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1932, i32 4, i32 0)
	%1936 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1934, i32 4, i32 0)
	%1937 = zext i32 %1935 to i64
	%1938 = zext i32 %1936 to i64
	%1939 = shl i64 %1938, 32
	%1940 = or i64 %1937, %1939
	%1941 = bitcast i64 %1940 to double
	%1942 = icmp uge i32 %3, 4
	%1943 = fadd double %1930, %1941
	%1944 = select i1 %1942, double %1943, double %1930
	%1945 = bitcast double %1944 to i64
	%1946 = trunc i64 %1945 to i32
	%1947 = lshr i64 %1945, 32
	%1948 = trunc i64 %1947 to i32
	%1949 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1946, i32 8, i32 0)
	%1950 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1948, i32 8, i32 0)
	%1951 = zext i32 %1949 to i64
	%1952 = zext i32 %1950 to i64
	%1953 = shl i64 %1952, 32
	%1954 = or i64 %1951, %1953
	%1955 = bitcast i64 %1954 to double
	%1956 = icmp uge i32 %3, 8
	%1957 = fadd double %1944, %1955
	%1958 = select i1 %1956, double %1957, double %1944
	%1959 = bitcast double %1958 to i64
	%1960 = trunc i64 %1959 to i32
	%1961 = lshr i64 %1959, 32
	%1962 = trunc i64 %1961 to i32
	%1963 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1960, i32 16, i32 0)
	%1964 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1962, i32 16, i32 0)
	%1965 = zext i32 %1963 to i64
	%1966 = zext i32 %1964 to i64
	%1967 = shl i64 %1966, 32
	%1968 = or i64 %1965, %1967
	%1969 = bitcast i64 %1968 to double
	%1970 = icmp uge i32 %3, 16
	%1971 = fadd double %1958, %1969
	%1972 = select i1 %1970, double %1971, double %1958
	%1973 = bitcast double %1972 to i64
	%1974 = trunc i64 %1973 to i32
	%1975 = lshr i64 %1973, 32
	%1976 = trunc i64 %1975 to i32
	%1977 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1974, i32 31, i32 31)
	%1978 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1976, i32 31, i32 31)
	%1979 = zext i32 %1977 to i64
	%1980 = zext i32 %1978 to i64
	%1981 = shl i64 %1980, 32
	%1982 = or i64 %1979, %1981
	%1983 = bitcast i64 %1982 to double
	%1984 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1899)
	%1985 = xor i1 %1984, true
	%1986 = and i1 %1902, %1985
	%1987 = fadd double %1878, %1983
	%1988 = fcmp olt double %1987, 1.5
	%1989 = and i1 %1986, %1988
	%1990 = fcmp oge double %1878, 0x3FECCCCCCCCCCCCD
	%1991 = or i1 %1989, %1990
	br i1 %1991, label %1992, label %2017

1992:
	%1993 = fsub double %1972, %1895
	%1994 = fadd double %1878, %1993
	%1995 = fcmp olt double %1994, 0x3FECCCCCCCCCCCCD
	%1996 = and i1 %1883, %1995
	%1997 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1996)
	%1998 = call i32 @llvm.ctpop.i32(i32 %1997)
	%1999 = sub i32 %1998, 1
	%2000 = icmp sgt i32 %1999, 0
	%2001 = select i1 %2000, i32 %1999, i32 0
	%2002 = bitcast double %1972 to i64
	%2003 = trunc i64 %2002 to i32
	%2004 = lshr i64 %2002, 32
	%2005 = trunc i64 %2004 to i32
	%2006 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2003, i32 %2001, i32 31)
	%2007 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %2005, i32 %2001, i32 31)
	%2008 = zext i32 %2006 to i64
	%2009 = zext i32 %2007 to i64
	%2010 = shl i64 %2009, 32
	%2011 = or i64 %2008, %2010
	%2012 = bitcast i64 %2011 to double
	%2013 = icmp sgt i32 %1998, 0
	%2014 = fadd double %1878, %2012
	%2015 = select i1 %2013, double %2014, double %1878
	%2016 = add i32 %1879, %1998
	br label %2338

2017:
	%2018 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 0, i32 31)
	%2019 = fcmp olt double %1878, 0x3FECCCCCCCCCCCCD
	%2020 = add i32 %1877, 0
	%2021 = icmp slt i32 %2020, %962
	%2022 = and i1 %2019, %2021
	%2023 = fpext float %2018 to double
	%2024 = fadd double %1878, %2023
	%2025 = select i1 %2022, double %2024, double %1878
	%2026 = add i32 %1879, 1
	%2027 = select i1 %2022, i32 %2026, i32 %1879
	%2028 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 1, i32 31)
	%2029 = fcmp olt double %2025, 0x3FECCCCCCCCCCCCD
	%2030 = add i32 %1877, 1
	%2031 = icmp slt i32 %2030, %962
	%2032 = and i1 %2029, %2031
	%2033 = fpext float %2028 to double
	%2034 = fadd double %2025, %2033
	%2035 = select i1 %2032, double %2034, double %2025
	%2036 = add i32 %2027, 1
	%2037 = select i1 %2032, i32 %2036, i32 %2027
	%2038 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 2, i32 31)
	%2039 = fcmp olt double %2035, 0x3FECCCCCCCCCCCCD
	%2040 = add i32 %1877, 2
	%2041 = icmp slt i32 %2040, %962
	%2042 = and i1 %2039, %2041
	%2043 = fpext float %2038 to double
	%2044 = fadd double %2035, %2043
	%2045 = select i1 %2042, double %2044, double %2035
	%2046 = add i32 %2037, 1
	%2047 = select i1 %2042, i32 %2046, i32 %2037
	%2048 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 3, i32 31)
	%2049 = fcmp olt double %2045, 0x3FECCCCCCCCCCCCD
	%2050 = add i32 %1877, 3
	%2051 = icmp slt i32 %2050, %962
	%2052 = and i1 %2049, %2051
	%2053 = fpext float %2048 to double
	%2054 = fadd double %2045, %2053
	%2055 = select i1 %2052, double %2054, double %2045
	%2056 = add i32 %2047, 1
	%2057 = select i1 %2052, i32 %2056, i32 %2047
	%2058 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 4, i32 31)
	%2059 = fcmp olt double %2055, 0x3FECCCCCCCCCCCCD
	%2060 = add i32 %1877, 4
	%2061 = icmp slt i32 %2060, %962
	%2062 = and i1 %2059, %2061
	%2063 = fpext float %2058 to double
	%2064 = fadd double %2055, %2063
	%2065 = select i1 %2062, double %2064, double %2055
	%2066 = add i32 %2057, 1
	%2067 = select i1 %2062, i32 %2066, i32 %2057
	%2068 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 5, i32 31)
	%2069 = fcmp olt double %2065, 0x3FECCCCCCCCCCCCD
	%2070 = add i32 %1877, 5
	%2071 = icmp slt i32 %2070, %962
	%2072 = and i1 %2069, %2071
	%2073 = fpext float %2068 to double
	%2074 = fadd double %2065, %2073
	%2075 = select i1 %2072, double %2074, double %2065
	%2076 = add i32 %2067, 1
	%2077 = select i1 %2072, i32 %2076, i32 %2067
	%2078 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 6, i32 31)
	%2079 = fcmp olt double %2075, 0x3FECCCCCCCCCCCCD
	%2080 = add i32 %1877, 6
	%2081 = icmp slt i32 %2080, %962
	%2082 = and i1 %2079, %2081
	%2083 = fpext float %2078 to double
	%2084 = fadd double %2075, %2083
	%2085 = select i1 %2082, double %2084, double %2075
	%2086 = add i32 %2077, 1
	%2087 = select i1 %2082, i32 %2086, i32 %2077
	%2088 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 7, i32 31)
	%2089 = fcmp olt double %2085, 0x3FECCCCCCCCCCCCD
	%2090 = add i32 %1877, 7
	%2091 = icmp slt i32 %2090, %962
	%2092 = and i1 %2089, %2091
	%2093 = fpext float %2088 to double
	%2094 = fadd double %2085, %2093
	%2095 = select i1 %2092, double %2094, double %2085
	%2096 = add i32 %2087, 1
	%2097 = select i1 %2092, i32 %2096, i32 %2087
	%2098 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 8, i32 31)
	%2099 = fcmp olt double %2095, 0x3FECCCCCCCCCCCCD
	%2100 = add i32 %1877, 8
	%2101 = icmp slt i32 %2100, %962
	%2102 = and i1 %2099, %2101
	%2103 = fpext float %2098 to double
	%2104 = fadd double %2095, %2103
	%2105 = select i1 %2102, double %2104, double %2095
	%2106 = add i32 %2097, 1
	%2107 = select i1 %2102, i32 %2106, i32 %2097
	%2108 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 9, i32 31)
	%2109 = fcmp olt double %2105, 0x3FECCCCCCCCCCCCD
	%2110 = add i32 %1877, 9
	%2111 = icmp slt i32 %2110, %962
	%2112 = and i1 %2109, %2111
	%2113 = fpext float %2108 to double
	%2114 = fadd double %2105, %2113
	%2115 = select i1 %2112, double %2114, double %2105
	%2116 = add i32 %2107, 1
	%2117 = select i1 %2112, i32 %2116, i32 %2107
	%2118 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 10, i32 31)
	%2119 = fcmp olt double %2115, 0x3FECCCCCCCCCCCCD
	%2120 = add i32 %1877, 10
	%2121 = icmp slt i32 %2120, %962
	%2122 = and i1 %2119, %2121
	%2123 = fpext float %2118 to double
	%2124 = fadd double %2115, %2123
	%2125 = select i1 %2122, double %2124, double %2115
	%2126 = add i32 %2117, 1
	%2127 = select i1 %2122, i32 %2126, i32 %2117
	%2128 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 11, i32 31)
	%2129 = fcmp olt double %2125, 0x3FECCCCCCCCCCCCD
	%2130 = add i32 %1877, 11
	%2131 = icmp slt i32 %2130, %962
	%2132 = and i1 %2129, %2131
	%2133 = fpext float %2128 to double
	%2134 = fadd double %2125, %2133
	%2135 = select i1 %2132, double %2134, double %2125
	%2136 = add i32 %2127, 1
	%2137 = select i1 %2132, i32 %2136, i32 %2127
	%2138 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 12, i32 31)
	%2139 = fcmp olt double %2135, 0x3FECCCCCCCCCCCCD
	%2140 = add i32 %1877, 12
	%2141 = icmp slt i32 %2140, %962
	%2142 = and i1 %2139, %2141
	%2143 = fpext float %2138 to double
	%2144 = fadd double %2135, %2143
	%2145 = select i1 %2142, double %2144, double %2135
	%2146 = add i32 %2137, 1
	%2147 = select i1 %2142, i32 %2146, i32 %2137
	%2148 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 13, i32 31)
	%2149 = fcmp olt double %2145, 0x3FECCCCCCCCCCCCD
	%2150 = add i32 %1877, 13
	%2151 = icmp slt i32 %2150, %962
	%2152 = and i1 %2149, %2151
	%2153 = fpext float %2148 to double
	%2154 = fadd double %2145, %2153
	%2155 = select i1 %2152, double %2154, double %2145
	%2156 = add i32 %2147, 1
	%2157 = select i1 %2152, i32 %2156, i32 %2147
	%2158 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 14, i32 31)
	%2159 = fcmp olt double %2155, 0x3FECCCCCCCCCCCCD
	%2160 = add i32 %1877, 14
	%2161 = icmp slt i32 %2160, %962
	%2162 = and i1 %2159, %2161
	%2163 = fpext float %2158 to double
	%2164 = fadd double %2155, %2163
	%2165 = select i1 %2162, double %2164, double %2155
	%2166 = add i32 %2157, 1
	%2167 = select i1 %2162, i32 %2166, i32 %2157
	%2168 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 15, i32 31)
	%2169 = fcmp olt double %2165, 0x3FECCCCCCCCCCCCD
	%2170 = add i32 %1877, 15
	%2171 = icmp slt i32 %2170, %962
	%2172 = and i1 %2169, %2171
	%2173 = fpext float %2168 to double
	%2174 = fadd double %2165, %2173
	%2175 = select i1 %2172, double %2174, double %2165
	%2176 = add i32 %2167, 1
	%2177 = select i1 %2172, i32 %2176, i32 %2167
	%2178 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 16, i32 31)
	%2179 = fcmp olt double %2175, 0x3FECCCCCCCCCCCCD
	%2180 = add i32 %1877, 16
	%2181 = icmp slt i32 %2180, %962
	%2182 = and i1 %2179, %2181
	%2183 = fpext float %2178 to double
	%2184 = fadd double %2175, %2183
	%2185 = select i1 %2182, double %2184, double %2175
	%2186 = add i32 %2177, 1
	%2187 = select i1 %2182, i32 %2186, i32 %2177
	%2188 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 17, i32 31)
	%2189 = fcmp olt double %2185, 0x3FECCCCCCCCCCCCD
	%2190 = add i32 %1877, 17
	%2191 = icmp slt i32 %2190, %962
	%2192 = and i1 %2189, %2191
	%2193 = fpext float %2188 to double
	%2194 = fadd double %2185, %2193
	%2195 = select i1 %2192, double %2194, double %2185
	%2196 = add i32 %2187, 1
	%2197 = select i1 %2192, i32 %2196, i32 %2187
	%2198 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 18, i32 31)
	%2199 = fcmp olt double %2195, 0x3FECCCCCCCCCCCCD
	%2200 = add i32 %1877, 18
	%2201 = icmp slt i32 %2200, %962
	%2202 = and i1 %2199, %2201
	%2203 = fpext float %2198 to double
	%2204 = fadd double %2195, %2203
	%2205 = select i1 %2202, double %2204, double %2195
	%2206 = add i32 %2197, 1
	%2207 = select i1 %2202, i32 %2206, i32 %2197
	%2208 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 19, i32 31)
	%2209 = fcmp olt double %2205, 0x3FECCCCCCCCCCCCD
	%2210 = add i32 %1877, 19
	%2211 = icmp slt i32 %2210, %962
	%2212 = and i1 %2209, %2211
	%2213 = fpext float %2208 to double
	%2214 = fadd double %2205, %2213
	%2215 = select i1 %2212, double %2214, double %2205
	%2216 = add i32 %2207, 1
	%2217 = select i1 %2212, i32 %2216, i32 %2207
	%2218 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 20, i32 31)
	%2219 = fcmp olt double %2215, 0x3FECCCCCCCCCCCCD
	%2220 = add i32 %1877, 20
	%2221 = icmp slt i32 %2220, %962
	%2222 = and i1 %2219, %2221
	%2223 = fpext float %2218 to double
	%2224 = fadd double %2215, %2223
	%2225 = select i1 %2222, double %2224, double %2215
	%2226 = add i32 %2217, 1
	%2227 = select i1 %2222, i32 %2226, i32 %2217
	%2228 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 21, i32 31)
	%2229 = fcmp olt double %2225, 0x3FECCCCCCCCCCCCD
	%2230 = add i32 %1877, 21
	%2231 = icmp slt i32 %2230, %962
	%2232 = and i1 %2229, %2231
	%2233 = fpext float %2228 to double
	%2234 = fadd double %2225, %2233
	%2235 = select i1 %2232, double %2234, double %2225
	%2236 = add i32 %2227, 1
	%2237 = select i1 %2232, i32 %2236, i32 %2227
	%2238 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 22, i32 31)
	%2239 = fcmp olt double %2235, 0x3FECCCCCCCCCCCCD
	%2240 = add i32 %1877, 22
	%2241 = icmp slt i32 %2240, %962
	%2242 = and i1 %2239, %2241
	%2243 = fpext float %2238 to double
	%2244 = fadd double %2235, %2243
	%2245 = select i1 %2242, double %2244, double %2235
	%2246 = add i32 %2237, 1
	%2247 = select i1 %2242, i32 %2246, i32 %2237
	%2248 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 23, i32 31)
	%2249 = fcmp olt double %2245, 0x3FECCCCCCCCCCCCD
	%2250 = add i32 %1877, 23
	%2251 = icmp slt i32 %2250, %962
	%2252 = and i1 %2249, %2251
	%2253 = fpext float %2248 to double
	%2254 = fadd double %2245, %2253
	%2255 = select i1 %2252, double %2254, double %2245
	%2256 = add i32 %2247, 1
	%2257 = select i1 %2252, i32 %2256, i32 %2247
	%2258 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 24, i32 31)
	%2259 = fcmp olt double %2255, 0x3FECCCCCCCCCCCCD
	%2260 = add i32 %1877, 24
	%2261 = icmp slt i32 %2260, %962
	%2262 = and i1 %2259, %2261
	%2263 = fpext float %2258 to double
	%2264 = fadd double %2255, %2263
	%2265 = select i1 %2262, double %2264, double %2255
	%2266 = add i32 %2257, 1
	%2267 = select i1 %2262, i32 %2266, i32 %2257
	%2268 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 25, i32 31)
	%2269 = fcmp olt double %2265, 0x3FECCCCCCCCCCCCD
	%2270 = add i32 %1877, 25
	%2271 = icmp slt i32 %2270, %962
	%2272 = and i1 %2269, %2271
	%2273 = fpext float %2268 to double
	%2274 = fadd double %2265, %2273
	%2275 = select i1 %2272, double %2274, double %2265
	%2276 = add i32 %2267, 1
	%2277 = select i1 %2272, i32 %2276, i32 %2267
	%2278 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 26, i32 31)
	%2279 = fcmp olt double %2275, 0x3FECCCCCCCCCCCCD
	%2280 = add i32 %1877, 26
	%2281 = icmp slt i32 %2280, %962
	%2282 = and i1 %2279, %2281
	%2283 = fpext float %2278 to double
	%2284 = fadd double %2275, %2283
	%2285 = select i1 %2282, double %2284, double %2275
	%2286 = add i32 %2277, 1
	%2287 = select i1 %2282, i32 %2286, i32 %2277
	%2288 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 27, i32 31)
	%2289 = fcmp olt double %2285, 0x3FECCCCCCCCCCCCD
	%2290 = add i32 %1877, 27
	%2291 = icmp slt i32 %2290, %962
	%2292 = and i1 %2289, %2291
	%2293 = fpext float %2288 to double
	%2294 = fadd double %2285, %2293
	%2295 = select i1 %2292, double %2294, double %2285
	%2296 = add i32 %2287, 1
	%2297 = select i1 %2292, i32 %2296, i32 %2287
	%2298 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 28, i32 31)
	%2299 = fcmp olt double %2295, 0x3FECCCCCCCCCCCCD
	%2300 = add i32 %1877, 28
	%2301 = icmp slt i32 %2300, %962
	%2302 = and i1 %2299, %2301
	%2303 = fpext float %2298 to double
	%2304 = fadd double %2295, %2303
	%2305 = select i1 %2302, double %2304, double %2295
	%2306 = add i32 %2297, 1
	%2307 = select i1 %2302, i32 %2306, i32 %2297
	%2308 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 29, i32 31)
	%2309 = fcmp olt double %2305, 0x3FECCCCCCCCCCCCD
	%2310 = add i32 %1877, 29
	%2311 = icmp slt i32 %2310, %962
	%2312 = and i1 %2309, %2311
	%2313 = fpext float %2308 to double
	%2314 = fadd double %2305, %2313
	%2315 = select i1 %2312, double %2314, double %2305
	%2316 = add i32 %2307, 1
	%2317 = select i1 %2312, i32 %2316, i32 %2307
	%2318 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 30, i32 31)
	%2319 = fcmp olt double %2315, 0x3FECCCCCCCCCCCCD
	%2320 = add i32 %1877, 30
	%2321 = icmp slt i32 %2320, %962
	%2322 = and i1 %2319, %2321
	%2323 = fpext float %2318 to double
	%2324 = fadd double %2315, %2323
	%2325 = select i1 %2322, double %2324, double %2315
	%2326 = add i32 %2317, 1
	%2327 = select i1 %2322, i32 %2326, i32 %2317
	%2328 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1894, i32 31, i32 31)
	%2329 = fcmp olt double %2325, 0x3FECCCCCCCCCCCCD
	%2330 = add i32 %1877, 31
	%2331 = icmp slt i32 %2330, %962
	%2332 = and i1 %2329, %2331
	%2333 = fpext float %2328 to double
	%2334 = fadd double %2325, %2333
	%2335 = select i1 %2332, double %2334, double %2325
	%2336 = add i32 %2327, 1
	%2337 = select i1 %2332, i32 %2336, i32 %2327
	br label %2338

2338:
	%2339 = phi double [ %2015, %1992 ], [ %2335, %2017 ]
	%2340 = phi i32 [ %2016, %1992 ], [ %2337, %2017 ]
	%2341 = add i32 %1877, 32
	br label %1876

2342:
	%2343 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 1
	store i32 %1879, i32 addrspace(3)* %2343
	%2344 = fcmp oge double %1878, 0x3FECCCCCCCCCCCCD
	%2345 = zext i1 %2344 to i32
	%2346 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 2
	store i32 %2345, i32 addrspace(3)* %2346
	br label %2347

2347:
	br label %1863

2348:
	%2349 = phi i32 [ %976, %mass_done ], [ %2359, %2351 ]
	%2350 = icmp slt i32 %2349, %975
	br i1 %2350, label %2351, label %2360

2351:
	%2352 = add i32 %13, %2349
	%2353 = sext i32 %2352 to i64
	%2354 = getelementptr i32, i32* %list, i64 %2353
	store i32 -1, i32* %2354
	%2355 = add i32 %13, %NK
	%2356 = add i32 %2355, %2349
	%2357 = sext i32 %2356 to i64
	%2358 = getelementptr i32, i32* %list, i64 %2357
	store i32 -1, i32* %2358
	%2359 = add i32 %2349, 256
	br label %2348

2360:
	ret void
}
