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
	%325 = mul i32 %1, 128
	%326 = add i32 %325, %off
	%327 = add i32 %1, 1
	%328 = mul i32 %327, 128
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
	%350 = phi i32 [ %0, %300 ], [ %395, %380 ]
	%351 = phi float [ 0.0, %300 ], [ %394, %380 ]
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
	br i1 %374, label %396, label %397

376:
	%377 = add i32 %11, %350
	%378 = sext i32 %377 to i64
	%379 = getelementptr float, float* %e, i64 %378
	store float %359, float* %379
	br label %380

380:
	%381 = icmp eq i32 %350, 0
	%382 = or i1 false, %381
	%383 = sub i32 %340, 2
	%384 = icmp sge i32 %350, %383
	%385 = icmp slt i32 %350, %340
	%386 = and i1 %384, %385
	%387 = or i1 %382, %386
	%388 = bitcast float %359 to i32
	%389 = add i32 %388, 2
	%390 = select i1 %387, i32 1, i32 %389
	%391 = select i1 %357, i32 %390, i32 0
	%392 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %350
	store i32 %391, i32 addrspace(3)* %392
	%393 = uitofp i1 %357 to float
	%394 = fadd float %351, %393
	%395 = add i32 %350, 256
	br label %349

396:
	store float %371, float addrspace(3)* %375
	br label %397

397:
	call void @llvm.nvvm.barrier0()
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%399 = load float, float addrspace(3)* %398
	%400 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%401 = load float, float addrspace(3)* %400
	%402 = fadd float %399, %401
	%403 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%404 = load float, float addrspace(3)* %403
	%405 = fadd float %402, %404
	%406 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%407 = load float, float addrspace(3)* %406
	%408 = fadd float %405, %407
	%409 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%410 = load float, float addrspace(3)* %409
	%411 = fadd float %408, %410
	%412 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%413 = load float, float addrspace(3)* %412
	%414 = fadd float %411, %413
	%415 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%416 = load float, float addrspace(3)* %415
	%417 = fadd float %414, %416
	%418 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%419 = load float, float addrspace(3)* %418
	%420 = fadd float %417, %419
	%421 = fptosi float %420 to i32
	%422 = icmp eq i32 %0, 0
	br i1 %422, label %423, label %427

423:
	%424 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%425 = load i32, i32 addrspace(3)* %424
	%426 = icmp eq i32 %425, 1
	br i1 %426, label %439, label %447

427:
	call void @llvm.nvvm.barrier0()
	%428 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%429 = load i32, i32 addrspace(3)* %428
	%430 = sub i32 %421, %429
	%431 = sub i32 8, %429
	%432 = icmp sgt i32 %431, 0
	%433 = select i1 %432, i32 %431, i32 0
	%434 = icmp slt i32 %433, %430
	%435 = select i1 %434, i32 %433, i32 %430
	%436 = icmp sgt i32 %435, 0
	%437 = select i1 %436, i32 %435, i32 0
	%438 = icmp sgt i32 %437, 0
	br i1 %438, label %topk, label %topk_done

439:
	%440 = add i32 %13, 0
	%441 = sext i32 %440 to i64
	%442 = getelementptr i32, i32* %list, i64 %441
	store i32 0, i32* %442
	%443 = add i32 %13, %NK
	%444 = add i32 %443, 0
	%445 = sext i32 %444 to i64
	%446 = getelementptr i32, i32* %list, i64 %445
	store i32 1, i32* %446
	br label %447

447:
	%448 = add i32 %11, 0
	%449 = sext i32 %448 to i64
	%450 = getelementptr float, float* %e, i64 %449
	%451 = load float, float* %450
	%452 = add i32 0, 1
	%453 = select i1 %426, i32 %452, i32 0
	%454 = fpext float %451 to double
	%455 = fadd double 0.0, %454
	%456 = select i1 %426, double %455, double 0.0
	%457 = sub i32 %340, 2
	%458 = icmp sgt i32 %457, 1
	%459 = select i1 %458, i32 %457, i32 1
	%460 = add i32 %348, 1
	%461 = icmp slt i32 %460, %NK
	%462 = select i1 %461, i32 %460, i32 %NK
	br label %463

463:
	%464 = phi i32 [ %459, %447 ], [ %493, %483 ]
	%465 = phi i32 [ %453, %447 ], [ %489, %483 ]
	%466 = phi double [ %456, %447 ], [ %492, %483 ]
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
	br label %427

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

topk:
	call void @llvm.nvvm.barrier0()
	%494 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %494
	call void @llvm.nvvm.barrier0()
	br label %497

topk_done:
	%495 = icmp slt i32 %0, %437
	%496 = icmp sle i32 %437, 256
	br i1 %496, label %write_rank, label %write_sort

497:
	%498 = phi i32 [ %0, %topk ], [ %547, %546 ]
	%499 = icmp slt i32 %498, %16
	br i1 %499, label %500, label %510

500:
	%501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %498
	%502 = load i32, i32 addrspace(3)* %501
	%503 = icmp uge i32 %502, 2
	%504 = and i32 %502, 0
	%505 = icmp eq i32 %504, 0
	%506 = and i1 %503, %505
	%507 = lshr i32 %502, 24
	%508 = and i32 %507, 255
	%509 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %506)
	br i1 %509, label %538, label %546

510:
	call void @llvm.nvvm.barrier0()
	%511 = sub i32 255, %0
	%512 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %511
	%513 = load i32, i32 addrspace(3)* %512
	%514 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %514
	%515 = and i32 %0, 31
	%516 = lshr i32 %0, 5
	%517 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %513, i32 1, i32 0)
	%518 = icmp uge i32 %515, 1
	%519 = select i1 %518, i32 %517, i32 0
	%520 = add i32 %513, %519
	%521 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %520, i32 2, i32 0)
	%522 = icmp uge i32 %515, 2
	%523 = select i1 %522, i32 %521, i32 0
	%524 = add i32 %520, %523
	%525 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %524, i32 4, i32 0)
	%526 = icmp uge i32 %515, 4
	%527 = select i1 %526, i32 %525, i32 0
	%528 = add i32 %524, %527
	%529 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %528, i32 8, i32 0)
	%530 = icmp uge i32 %515, 8
	%531 = select i1 %530, i32 %529, i32 0
	%532 = add i32 %528, %531
	%533 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %532, i32 16, i32 0)
	%534 = icmp uge i32 %515, 16
	%535 = select i1 %534, i32 %533, i32 0
	%536 = add i32 %532, %535
	%537 = icmp eq i32 %515, 31
	br i1 %537, label %553, label %555

538:
	%539 = select i1 %506, i32 %508, i32 256
	%540 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %539)
	%541 = shl i32 1, %3
	%542 = sub i32 %541, 1
	%543 = and i32 %540, %542
	%544 = icmp eq i32 %543, 0
	%545 = and i1 %506, %544
	br i1 %545, label %548, label %552

546:
	%547 = add i32 %498, 256
	br label %497

548:
	%549 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %508
	%550 = call i32 @llvm.ctpop.i32(i32 %540)
	%551 = atomicrmw add i32 addrspace(3)* %549, i32 %550 monotonic
	br label %552

552:
	br label %546

553:
	%554 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %516
	store i32 %536, i32 addrspace(3)* %554
	br label %555

555:
	call void @llvm.nvvm.barrier0()
	%556 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%557 = load i32, i32 addrspace(3)* %556
	%558 = icmp sgt i32 %516, 0
	%559 = select i1 %558, i32 %557, i32 0
	%560 = add i32 0, %559
	%561 = add i32 0, %557
	%562 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%563 = load i32, i32 addrspace(3)* %562
	%564 = icmp sgt i32 %516, 1
	%565 = select i1 %564, i32 %563, i32 0
	%566 = add i32 %560, %565
	%567 = add i32 %561, %563
	%568 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%569 = load i32, i32 addrspace(3)* %568
	%570 = icmp sgt i32 %516, 2
	%571 = select i1 %570, i32 %569, i32 0
	%572 = add i32 %566, %571
	%573 = add i32 %567, %569
	%574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%575 = load i32, i32 addrspace(3)* %574
	%576 = icmp sgt i32 %516, 3
	%577 = select i1 %576, i32 %575, i32 0
	%578 = add i32 %572, %577
	%579 = add i32 %573, %575
	%580 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%581 = load i32, i32 addrspace(3)* %580
	%582 = icmp sgt i32 %516, 4
	%583 = select i1 %582, i32 %581, i32 0
	%584 = add i32 %578, %583
	%585 = add i32 %579, %581
	%586 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%587 = load i32, i32 addrspace(3)* %586
	%588 = icmp sgt i32 %516, 5
	%589 = select i1 %588, i32 %587, i32 0
	%590 = add i32 %584, %589
	%591 = add i32 %585, %587
	%592 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%593 = load i32, i32 addrspace(3)* %592
	%594 = icmp sgt i32 %516, 6
	%595 = select i1 %594, i32 %593, i32 0
	%596 = add i32 %590, %595
	%597 = add i32 %591, %593
	%598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%599 = load i32, i32 addrspace(3)* %598
	%600 = icmp sgt i32 %516, 7
	%601 = select i1 %600, i32 %599, i32 0
	%602 = add i32 %596, %601
	%603 = add i32 %597, %599
	%604 = add i32 %602, %536
	%605 = sub i32 %604, %513
	%606 = icmp slt i32 %605, %437
	%607 = add i32 %605, %513
	%608 = icmp sle i32 %437, %607
	%609 = and i1 %606, %608
	br i1 %609, label %610, label %613

610:
	%611 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %511, i32 addrspace(3)* %611
	%612 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %605, i32 addrspace(3)* %612
	br label %613

613:
	call void @llvm.nvvm.barrier0()
	%614 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%615 = load i32, i32 addrspace(3)* %614
	%616 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%617 = load i32, i32 addrspace(3)* %616
	%618 = sub i32 %437, %617
	%619 = shl i32 %615, 24
	%620 = or i32 0, %619
	%621 = or i32 0, u0xFF000000
	br label %622

622:
	%623 = phi i32 [ %0, %613 ], [ %672, %671 ]
	%624 = icmp slt i32 %623, %16
	br i1 %624, label %625, label %635

625:
	%626 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %623
	%627 = load i32, i32 addrspace(3)* %626
	%628 = icmp uge i32 %627, 2
	%629 = and i32 %627, %621
	%630 = icmp eq i32 %629, %620
	%631 = and i1 %628, %630
	%632 = lshr i32 %627, 16
	%633 = and i32 %632, 255
	%634 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %631)
	br i1 %634, label %663, label %671

635:
	call void @llvm.nvvm.barrier0()
	%636 = sub i32 255, %0
	%637 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %636
	%638 = load i32, i32 addrspace(3)* %637
	%639 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %639
	%640 = and i32 %0, 31
	%641 = lshr i32 %0, 5
	%642 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %638, i32 1, i32 0)
	%643 = icmp uge i32 %640, 1
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %638, %644
	%646 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %645, i32 2, i32 0)
	%647 = icmp uge i32 %640, 2
	%648 = select i1 %647, i32 %646, i32 0
	%649 = add i32 %645, %648
	%650 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %649, i32 4, i32 0)
	%651 = icmp uge i32 %640, 4
	%652 = select i1 %651, i32 %650, i32 0
	%653 = add i32 %649, %652
	%654 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %653, i32 8, i32 0)
	%655 = icmp uge i32 %640, 8
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %653, %656
	%658 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %657, i32 16, i32 0)
	%659 = icmp uge i32 %640, 16
	%660 = select i1 %659, i32 %658, i32 0
	%661 = add i32 %657, %660
	%662 = icmp eq i32 %640, 31
	br i1 %662, label %678, label %680

663:
	%664 = select i1 %631, i32 %633, i32 256
	%665 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %664)
	%666 = shl i32 1, %3
	%667 = sub i32 %666, 1
	%668 = and i32 %665, %667
	%669 = icmp eq i32 %668, 0
	%670 = and i1 %631, %669
	br i1 %670, label %673, label %677

671:
	%672 = add i32 %623, 256
	br label %622

673:
	%674 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %633
	%675 = call i32 @llvm.ctpop.i32(i32 %665)
	%676 = atomicrmw add i32 addrspace(3)* %674, i32 %675 monotonic
	br label %677

677:
	br label %671

678:
	%679 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %641
	store i32 %661, i32 addrspace(3)* %679
	br label %680

680:
	call void @llvm.nvvm.barrier0()
	%681 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%682 = load i32, i32 addrspace(3)* %681
	%683 = icmp sgt i32 %641, 0
	%684 = select i1 %683, i32 %682, i32 0
	%685 = add i32 0, %684
	%686 = add i32 0, %682
	%687 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%688 = load i32, i32 addrspace(3)* %687
	%689 = icmp sgt i32 %641, 1
	%690 = select i1 %689, i32 %688, i32 0
	%691 = add i32 %685, %690
	%692 = add i32 %686, %688
	%693 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%694 = load i32, i32 addrspace(3)* %693
	%695 = icmp sgt i32 %641, 2
	%696 = select i1 %695, i32 %694, i32 0
	%697 = add i32 %691, %696
	%698 = add i32 %692, %694
	%699 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%700 = load i32, i32 addrspace(3)* %699
	%701 = icmp sgt i32 %641, 3
	%702 = select i1 %701, i32 %700, i32 0
	%703 = add i32 %697, %702
	%704 = add i32 %698, %700
	%705 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%706 = load i32, i32 addrspace(3)* %705
	%707 = icmp sgt i32 %641, 4
	%708 = select i1 %707, i32 %706, i32 0
	%709 = add i32 %703, %708
	%710 = add i32 %704, %706
	%711 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%712 = load i32, i32 addrspace(3)* %711
	%713 = icmp sgt i32 %641, 5
	%714 = select i1 %713, i32 %712, i32 0
	%715 = add i32 %709, %714
	%716 = add i32 %710, %712
	%717 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%718 = load i32, i32 addrspace(3)* %717
	%719 = icmp sgt i32 %641, 6
	%720 = select i1 %719, i32 %718, i32 0
	%721 = add i32 %715, %720
	%722 = add i32 %716, %718
	%723 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%724 = load i32, i32 addrspace(3)* %723
	%725 = icmp sgt i32 %641, 7
	%726 = select i1 %725, i32 %724, i32 0
	%727 = add i32 %721, %726
	%728 = add i32 %722, %724
	%729 = add i32 %727, %661
	%730 = sub i32 %729, %638
	%731 = icmp slt i32 %730, %618
	%732 = add i32 %730, %638
	%733 = icmp sle i32 %618, %732
	%734 = and i1 %731, %733
	br i1 %734, label %735, label %738

735:
	%736 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %636, i32 addrspace(3)* %736
	%737 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %730, i32 addrspace(3)* %737
	br label %738

738:
	call void @llvm.nvvm.barrier0()
	%739 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%740 = load i32, i32 addrspace(3)* %739
	%741 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%742 = load i32, i32 addrspace(3)* %741
	%743 = sub i32 %618, %742
	%744 = shl i32 %740, 16
	%745 = or i32 %620, %744
	%746 = or i32 %621, u0xFF0000
	br label %747

747:
	%748 = phi i32 [ %0, %738 ], [ %797, %796 ]
	%749 = icmp slt i32 %748, %16
	br i1 %749, label %750, label %760

750:
	%751 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %748
	%752 = load i32, i32 addrspace(3)* %751
	%753 = icmp uge i32 %752, 2
	%754 = and i32 %752, %746
	%755 = icmp eq i32 %754, %745
	%756 = and i1 %753, %755
	%757 = lshr i32 %752, 8
	%758 = and i32 %757, 255
	%759 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %756)
	br i1 %759, label %788, label %796

760:
	call void @llvm.nvvm.barrier0()
	%761 = sub i32 255, %0
	%762 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %761
	%763 = load i32, i32 addrspace(3)* %762
	%764 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %764
	%765 = and i32 %0, 31
	%766 = lshr i32 %0, 5
	%767 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %763, i32 1, i32 0)
	%768 = icmp uge i32 %765, 1
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %763, %769
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
	br i1 %787, label %803, label %805

788:
	%789 = select i1 %756, i32 %758, i32 256
	%790 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %789)
	%791 = shl i32 1, %3
	%792 = sub i32 %791, 1
	%793 = and i32 %790, %792
	%794 = icmp eq i32 %793, 0
	%795 = and i1 %756, %794
	br i1 %795, label %798, label %802

796:
	%797 = add i32 %748, 256
	br label %747

798:
	%799 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %758
	%800 = call i32 @llvm.ctpop.i32(i32 %790)
	%801 = atomicrmw add i32 addrspace(3)* %799, i32 %800 monotonic
	br label %802

802:
	br label %796

803:
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %766
	store i32 %786, i32 addrspace(3)* %804
	br label %805

805:
	call void @llvm.nvvm.barrier0()
	%806 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%807 = load i32, i32 addrspace(3)* %806
	%808 = icmp sgt i32 %766, 0
	%809 = select i1 %808, i32 %807, i32 0
	%810 = add i32 0, %809
	%811 = add i32 0, %807
	%812 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%813 = load i32, i32 addrspace(3)* %812
	%814 = icmp sgt i32 %766, 1
	%815 = select i1 %814, i32 %813, i32 0
	%816 = add i32 %810, %815
	%817 = add i32 %811, %813
	%818 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%819 = load i32, i32 addrspace(3)* %818
	%820 = icmp sgt i32 %766, 2
	%821 = select i1 %820, i32 %819, i32 0
	%822 = add i32 %816, %821
	%823 = add i32 %817, %819
	%824 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%825 = load i32, i32 addrspace(3)* %824
	%826 = icmp sgt i32 %766, 3
	%827 = select i1 %826, i32 %825, i32 0
	%828 = add i32 %822, %827
	%829 = add i32 %823, %825
	%830 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%831 = load i32, i32 addrspace(3)* %830
	%832 = icmp sgt i32 %766, 4
	%833 = select i1 %832, i32 %831, i32 0
	%834 = add i32 %828, %833
	%835 = add i32 %829, %831
	%836 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%837 = load i32, i32 addrspace(3)* %836
	%838 = icmp sgt i32 %766, 5
	%839 = select i1 %838, i32 %837, i32 0
	%840 = add i32 %834, %839
	%841 = add i32 %835, %837
	%842 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%843 = load i32, i32 addrspace(3)* %842
	%844 = icmp sgt i32 %766, 6
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 %840, %845
	%847 = add i32 %841, %843
	%848 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%849 = load i32, i32 addrspace(3)* %848
	%850 = icmp sgt i32 %766, 7
	%851 = select i1 %850, i32 %849, i32 0
	%852 = add i32 %846, %851
	%853 = add i32 %847, %849
	%854 = add i32 %852, %786
	%855 = sub i32 %854, %763
	%856 = icmp slt i32 %855, %743
	%857 = add i32 %855, %763
	%858 = icmp sle i32 %743, %857
	%859 = and i1 %856, %858
	br i1 %859, label %860, label %863

860:
	%861 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %761, i32 addrspace(3)* %861
	%862 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %855, i32 addrspace(3)* %862
	br label %863

863:
	call void @llvm.nvvm.barrier0()
	%864 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%865 = load i32, i32 addrspace(3)* %864
	%866 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%867 = load i32, i32 addrspace(3)* %866
	%868 = sub i32 %743, %867
	%869 = shl i32 %865, 8
	%870 = or i32 %745, %869
	%871 = or i32 %746, u0xFF00
	br label %872

872:
	%873 = phi i32 [ %0, %863 ], [ %922, %921 ]
	%874 = icmp slt i32 %873, %16
	br i1 %874, label %875, label %885

875:
	%876 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %873
	%877 = load i32, i32 addrspace(3)* %876
	%878 = icmp uge i32 %877, 2
	%879 = and i32 %877, %871
	%880 = icmp eq i32 %879, %870
	%881 = and i1 %878, %880
	%882 = lshr i32 %877, 0
	%883 = and i32 %882, 255
	%884 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %881)
	br i1 %884, label %913, label %921

885:
	call void @llvm.nvvm.barrier0()
	%886 = sub i32 255, %0
	%887 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %886
	%888 = load i32, i32 addrspace(3)* %887
	%889 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %889
	%890 = and i32 %0, 31
	%891 = lshr i32 %0, 5
	%892 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %888, i32 1, i32 0)
	%893 = icmp uge i32 %890, 1
	%894 = select i1 %893, i32 %892, i32 0
	%895 = add i32 %888, %894
	%896 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %895, i32 2, i32 0)
	%897 = icmp uge i32 %890, 2
	%898 = select i1 %897, i32 %896, i32 0
	%899 = add i32 %895, %898
	%900 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %899, i32 4, i32 0)
	%901 = icmp uge i32 %890, 4
	%902 = select i1 %901, i32 %900, i32 0
	%903 = add i32 %899, %902
	%904 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %903, i32 8, i32 0)
	%905 = icmp uge i32 %890, 8
	%906 = select i1 %905, i32 %904, i32 0
	%907 = add i32 %903, %906
	%908 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %907, i32 16, i32 0)
	%909 = icmp uge i32 %890, 16
	%910 = select i1 %909, i32 %908, i32 0
	%911 = add i32 %907, %910
	%912 = icmp eq i32 %890, 31
	br i1 %912, label %928, label %930

913:
	%914 = select i1 %881, i32 %883, i32 256
	%915 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %914)
	%916 = shl i32 1, %3
	%917 = sub i32 %916, 1
	%918 = and i32 %915, %917
	%919 = icmp eq i32 %918, 0
	%920 = and i1 %881, %919
	br i1 %920, label %923, label %927

921:
	%922 = add i32 %873, 256
	br label %872

923:
	%924 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %883
	%925 = call i32 @llvm.ctpop.i32(i32 %915)
	%926 = atomicrmw add i32 addrspace(3)* %924, i32 %925 monotonic
	br label %927

927:
	br label %921

928:
	%929 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %891
	store i32 %911, i32 addrspace(3)* %929
	br label %930

930:
	call void @llvm.nvvm.barrier0()
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %891, 0
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 0, %934
	%936 = add i32 0, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %891, 1
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %891, 2
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %891, 3
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %891, 4
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %891, 5
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %891, 6
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%974 = load i32, i32 addrspace(3)* %973
	%975 = icmp sgt i32 %891, 7
	%976 = select i1 %975, i32 %974, i32 0
	%977 = add i32 %971, %976
	%978 = add i32 %972, %974
	%979 = add i32 %977, %911
	%980 = sub i32 %979, %888
	%981 = icmp slt i32 %980, %868
	%982 = add i32 %980, %888
	%983 = icmp sle i32 %868, %982
	%984 = and i1 %981, %983
	br i1 %984, label %985, label %988

985:
	%986 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %886, i32 addrspace(3)* %986
	%987 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %980, i32 addrspace(3)* %987
	br label %988

988:
	call void @llvm.nvvm.barrier0()
	%989 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%990 = load i32, i32 addrspace(3)* %989
	%991 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%992 = load i32, i32 addrspace(3)* %991
	%993 = sub i32 %868, %992
	%994 = shl i32 %990, 0
	%995 = or i32 %870, %994
	%996 = or i32 %871, 255
	%997 = shl i32 1, %3
	%998 = sub i32 %997, 1
	br label %999

999:
	%1000 = phi i32 [ 0, %988 ], [ %1054, %1053 ]
	%1001 = icmp slt i32 %1000, %16
	br i1 %1001, label %1002, label %1011

1002:
	%1003 = add i32 %1000, %0
	%1004 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1003
	%1005 = load i32, i32 addrspace(3)* %1004
	%1006 = icmp ugt i32 %1005, %995
	%1007 = icmp eq i32 %1005, %995
	%1008 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1006)
	%1009 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1007)
	%1010 = icmp eq i32 %3, 0
	br i1 %1010, label %1045, label %1053

1011:
	call void @llvm.nvvm.barrier0()
	%1012 = sdiv i32 %16, 256
	%1013 = mul i32 %1012, 8
	%1014 = icmp slt i32 %0, %1013
	%1015 = select i1 %1014, i32 %0, i32 0
	%1016 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1015
	%1017 = load i32, i32 addrspace(3)* %1016
	%1018 = select i1 %1014, i32 %1017, i32 0
	%1019 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1015
	%1020 = load i32, i32 addrspace(3)* %1019
	%1021 = select i1 %1014, i32 %1020, i32 0
	%1022 = and i32 %0, 31
	%1023 = lshr i32 %0, 5
	%1024 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1021, i32 1, i32 0)
	%1025 = icmp uge i32 %1022, 1
	%1026 = select i1 %1025, i32 %1024, i32 0
	%1027 = add i32 %1021, %1026
	%1028 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1027, i32 2, i32 0)
	%1029 = icmp uge i32 %1022, 2
	%1030 = select i1 %1029, i32 %1028, i32 0
	%1031 = add i32 %1027, %1030
	%1032 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1031, i32 4, i32 0)
	%1033 = icmp uge i32 %1022, 4
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = add i32 %1031, %1034
	%1036 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1035, i32 8, i32 0)
	%1037 = icmp uge i32 %1022, 8
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = add i32 %1035, %1038
	%1040 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1039, i32 16, i32 0)
	%1041 = icmp uge i32 %1022, 16
	%1042 = select i1 %1041, i32 %1040, i32 0
	%1043 = add i32 %1039, %1042
	%1044 = icmp eq i32 %1022, 31
	br i1 %1044, label %1055, label %1057

1045:
	%1046 = sdiv i32 %1000, 256
	%1047 = mul i32 %1046, 8
	%1048 = add i32 %1047, %4
	%1049 = call i32 @llvm.ctpop.i32(i32 %1008)
	%1050 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1048
	store i32 %1049, i32 addrspace(3)* %1050
	%1051 = call i32 @llvm.ctpop.i32(i32 %1009)
	%1052 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1048
	store i32 %1051, i32 addrspace(3)* %1052
	br label %1053

1053:
	%1054 = add i32 %1000, 256
	br label %999

1055:
	%1056 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1023
	store i32 %1043, i32 addrspace(3)* %1056
	br label %1057

1057:
	call void @llvm.nvvm.barrier0()
	%1058 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1059 = load i32, i32 addrspace(3)* %1058
	%1060 = icmp sgt i32 %1023, 0
	%1061 = select i1 %1060, i32 %1059, i32 0
	%1062 = add i32 0, %1061
	%1063 = add i32 0, %1059
	%1064 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1065 = load i32, i32 addrspace(3)* %1064
	%1066 = icmp sgt i32 %1023, 1
	%1067 = select i1 %1066, i32 %1065, i32 0
	%1068 = add i32 %1062, %1067
	%1069 = add i32 %1063, %1065
	%1070 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1071 = load i32, i32 addrspace(3)* %1070
	%1072 = icmp sgt i32 %1023, 2
	%1073 = select i1 %1072, i32 %1071, i32 0
	%1074 = add i32 %1068, %1073
	%1075 = add i32 %1069, %1071
	%1076 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1077 = load i32, i32 addrspace(3)* %1076
	%1078 = icmp sgt i32 %1023, 3
	%1079 = select i1 %1078, i32 %1077, i32 0
	%1080 = add i32 %1074, %1079
	%1081 = add i32 %1075, %1077
	%1082 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1083 = load i32, i32 addrspace(3)* %1082
	%1084 = icmp sgt i32 %1023, 4
	%1085 = select i1 %1084, i32 %1083, i32 0
	%1086 = add i32 %1080, %1085
	%1087 = add i32 %1081, %1083
	%1088 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1089 = load i32, i32 addrspace(3)* %1088
	%1090 = icmp sgt i32 %1023, 5
	%1091 = select i1 %1090, i32 %1089, i32 0
	%1092 = add i32 %1086, %1091
	%1093 = add i32 %1087, %1089
	%1094 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1095 = load i32, i32 addrspace(3)* %1094
	%1096 = icmp sgt i32 %1023, 6
	%1097 = select i1 %1096, i32 %1095, i32 0
	%1098 = add i32 %1092, %1097
	%1099 = add i32 %1093, %1095
	%1100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1101 = load i32, i32 addrspace(3)* %1100
	%1102 = icmp sgt i32 %1023, 7
	%1103 = select i1 %1102, i32 %1101, i32 0
	%1104 = add i32 %1098, %1103
	%1105 = add i32 %1099, %1101
	%1106 = add i32 %1104, %1043
	%1107 = sub i32 %1106, %1021
	%1108 = sub i32 %993, %1107
	%1109 = icmp sgt i32 %1108, 0
	%1110 = select i1 %1109, i32 %1108, i32 0
	%1111 = icmp slt i32 %1110, %1021
	%1112 = select i1 %1111, i32 %1110, i32 %1021
	%1113 = add i32 %1018, %1112
	%1114 = and i32 %0, 31
	%1115 = lshr i32 %0, 5
	%1116 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1113, i32 1, i32 0)
	%1117 = icmp uge i32 %1114, 1
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = add i32 %1113, %1118
	%1120 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1119, i32 2, i32 0)
	%1121 = icmp uge i32 %1114, 2
	%1122 = select i1 %1121, i32 %1120, i32 0
	%1123 = add i32 %1119, %1122
	%1124 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1123, i32 4, i32 0)
	%1125 = icmp uge i32 %1114, 4
	%1126 = select i1 %1125, i32 %1124, i32 0
	%1127 = add i32 %1123, %1126
	%1128 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1127, i32 8, i32 0)
	%1129 = icmp uge i32 %1114, 8
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = add i32 %1127, %1130
	%1132 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1131, i32 16, i32 0)
	%1133 = icmp uge i32 %1114, 16
	%1134 = select i1 %1133, i32 %1132, i32 0
	%1135 = add i32 %1131, %1134
	%1136 = icmp eq i32 %1114, 31
	br i1 %1136, label %1137, label %1139

1137:
	%1138 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1115
	store i32 %1135, i32 addrspace(3)* %1138
	br label %1139

1139:
	call void @llvm.nvvm.barrier0()
	%1140 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1141 = load i32, i32 addrspace(3)* %1140
	%1142 = icmp sgt i32 %1115, 0
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = add i32 0, %1143
	%1145 = add i32 0, %1141
	%1146 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1147 = load i32, i32 addrspace(3)* %1146
	%1148 = icmp sgt i32 %1115, 1
	%1149 = select i1 %1148, i32 %1147, i32 0
	%1150 = add i32 %1144, %1149
	%1151 = add i32 %1145, %1147
	%1152 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1153 = load i32, i32 addrspace(3)* %1152
	%1154 = icmp sgt i32 %1115, 2
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = add i32 %1150, %1155
	%1157 = add i32 %1151, %1153
	%1158 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1159 = load i32, i32 addrspace(3)* %1158
	%1160 = icmp sgt i32 %1115, 3
	%1161 = select i1 %1160, i32 %1159, i32 0
	%1162 = add i32 %1156, %1161
	%1163 = add i32 %1157, %1159
	%1164 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1165 = load i32, i32 addrspace(3)* %1164
	%1166 = icmp sgt i32 %1115, 4
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = add i32 %1162, %1167
	%1169 = add i32 %1163, %1165
	%1170 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1171 = load i32, i32 addrspace(3)* %1170
	%1172 = icmp sgt i32 %1115, 5
	%1173 = select i1 %1172, i32 %1171, i32 0
	%1174 = add i32 %1168, %1173
	%1175 = add i32 %1169, %1171
	%1176 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1177 = load i32, i32 addrspace(3)* %1176
	%1178 = icmp sgt i32 %1115, 6
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = add i32 %1174, %1179
	%1181 = add i32 %1175, %1177
	%1182 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1183 = load i32, i32 addrspace(3)* %1182
	%1184 = icmp sgt i32 %1115, 7
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = add i32 %1180, %1185
	%1187 = add i32 %1181, %1183
	%1188 = add i32 %1186, %1135
	%1189 = sub i32 %1188, %1113
	br i1 %1014, label %1190, label %1193

1190:
	%1191 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1189, i32 addrspace(3)* %1191
	%1192 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1107, i32 addrspace(3)* %1192
	br label %1193

1193:
	call void @llvm.nvvm.barrier0()
	br label %1194

1194:
	%1195 = phi i32 [ 0, %1193 ], [ %1227, %1226 ]
	%1196 = icmp slt i32 %1195, %16
	br i1 %1196, label %1197, label %1222

1197:
	%1198 = add i32 %1195, %0
	%1199 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1198
	%1200 = load i32, i32 addrspace(3)* %1199
	%1201 = icmp ugt i32 %1200, %995
	%1202 = icmp eq i32 %1200, %995
	%1203 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1201)
	%1204 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1202)
	%1205 = sdiv i32 %1195, 256
	%1206 = mul i32 %1205, 8
	%1207 = add i32 %1206, %4
	%1208 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1207
	%1209 = load i32, i32 addrspace(3)* %1208
	%1210 = and i32 %1204, %998
	%1211 = call i32 @llvm.ctpop.i32(i32 %1210)
	%1212 = add i32 %1209, %1211
	%1213 = icmp slt i32 %1212, %993
	%1214 = and i1 %1202, %1213
	%1215 = or i1 %1201, %1214
	%1216 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1215)
	%1217 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1207
	%1218 = load i32, i32 addrspace(3)* %1217
	%1219 = and i32 %1216, %998
	%1220 = call i32 @llvm.ctpop.i32(i32 %1219)
	%1221 = add i32 %1218, %1220
	br i1 %1215, label %1223, label %1226

1222:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1223:
	%1224 = add i32 %1195, %0
	%1225 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1221
	store i32 %1224, i32 addrspace(3)* %1225
	br label %1226

1226:
	%1227 = add i32 %1195, 256
	br label %1194

write_rank:
	br i1 %495, label %1327, label %1333

write_sort:
	%1228 = sub i32 %437, 1
	%1229 = call i32 @llvm.ctlz.i32(i32 %1228, i1 false)
	%1230 = icmp sgt i32 %437, 1
	%1231 = sub i32 32, %1229
	%1232 = select i1 %1230, i32 %1231, i32 0
	%1233 = shl i32 1, %1232
	%1234 = add i32 %437, %0
	br label %1245

write_done:
	%1235 = add i32 %429, %437
	%1236 = icmp sle i32 %M, 16
	%1237 = add i32 %1235, 1
	%1238 = add i32 %429, %437
	%1239 = icmp sgt i32 %1237, %1238
	%1240 = select i1 %1239, i32 %1237, i32 %1238
	%1241 = icmp slt i32 %1240, %NK
	%1242 = select i1 %1241, i32 %1240, i32 %NK
	%1243 = select i1 %1236, i32 %NK, i32 %1242
	%1244 = add i32 %1235, %0
	br label %1366

1245:
	%1246 = phi i32 [ %1234, %write_sort ], [ %1250, %1248 ]
	%1247 = icmp slt i32 %1246, %1233
	br i1 %1247, label %1248, label %1251

1248:
	%1249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1246
	store i32 -1, i32 addrspace(3)* %1249
	%1250 = add i32 %1246, 256
	br label %1245

1251:
	call void @llvm.nvvm.barrier0()
	%1252 = add i32 %1232, 1
	br label %1253

1253:
	%1254 = phi i32 [ 1, %1251 ], [ %1270, %1269 ]
	%1255 = icmp slt i32 %1254, %1252
	br i1 %1255, label %1256, label %1258

1256:
	%1257 = shl i32 1, %1254
	br label %1259

1258:
	br label %1311

1259:
	%1260 = phi i32 [ 0, %1256 ], [ %1305, %1304 ]
	%1261 = icmp slt i32 %1260, %1254
	br i1 %1261, label %1262, label %1269

1262:
	%1263 = sub i32 %1254, 1
	%1264 = sub i32 %1263, %1260
	%1265 = shl i32 1, %1264
	%1266 = sub i32 %1254, 1
	%1267 = sub i32 %1266, %1260
	%1268 = lshr i32 %1233, 1
	br label %1271

1269:
	%1270 = add i32 %1254, 1
	br label %1253

1271:
	%1272 = phi i32 [ %0, %1262 ], [ %1310, %1309 ]
	%1273 = icmp slt i32 %1272, %1268
	br i1 %1273, label %1274, label %1304

1274:
	%1275 = lshr i32 %1272, %1267
	%1276 = add i32 %1267, 1
	%1277 = shl i32 %1275, %1276
	%1278 = sub i32 %1265, 1
	%1279 = and i32 %1272, %1278
	%1280 = or i32 %1277, %1279
	%1281 = or i32 %1280, %1265
	%1282 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1280
	%1283 = load i32, i32 addrspace(3)* %1282
	%1284 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1281
	%1285 = load i32, i32 addrspace(3)* %1284
	%1286 = and i32 %1280, %1257
	%1287 = icmp eq i32 %1286, 0
	%1288 = icmp sge i32 %1285, 0
	%1289 = select i1 %1288, i32 %1285, i32 0
	%1290 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1289
	%1291 = load i32, i32 addrspace(3)* %1290
	%1292 = select i1 %1288, i32 %1291, i32 0
	%1293 = icmp sge i32 %1283, 0
	%1294 = select i1 %1293, i32 %1283, i32 0
	%1295 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1294
	%1296 = load i32, i32 addrspace(3)* %1295
	%1297 = select i1 %1293, i32 %1296, i32 0
	%1298 = icmp ugt i32 %1292, %1297
	%1299 = icmp eq i32 %1292, %1297
	%1300 = icmp slt i32 %1285, %1283
	%1301 = and i1 %1299, %1300
	%1302 = or i1 %1298, %1301
	%1303 = icmp eq i1 %1302, %1287
	br i1 %1303, label %1306, label %1309

1304:
	call void @llvm.nvvm.barrier0()
	%1305 = add i32 %1260, 1
	br label %1259

1306:
	%1307 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1280
	store i32 %1285, i32 addrspace(3)* %1307
	%1308 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1281
	store i32 %1283, i32 addrspace(3)* %1308
	br label %1309

1309:
	%1310 = add i32 %1272, 256
	br label %1271

1311:
	%1312 = phi i32 [ %0, %1258 ], [ %1325, %1314 ]
	%1313 = icmp slt i32 %1312, %437
	br i1 %1313, label %1314, label %1326

1314:
	%1315 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1312
	%1316 = load i32, i32 addrspace(3)* %1315
	%1317 = add i32 %429, %1312
	%1318 = add i32 %13, %1317
	%1319 = sext i32 %1318 to i64
	%1320 = getelementptr i32, i32* %list, i64 %1319
	store i32 %1316, i32* %1320
	%1321 = add i32 %13, %NK
	%1322 = add i32 %1321, %1317
	%1323 = sext i32 %1322 to i64
	%1324 = getelementptr i32, i32* %list, i64 %1323
	store i32 0, i32* %1324
	%1325 = add i32 %1312, 256
	br label %1311

1326:
	br label %write_done

1327:
	%1328 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1329
	%1331 = load i32, i32 addrspace(3)* %1330
	%1332 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1331, i32 addrspace(3)* %1332
	br label %1333

1333:
	call void @llvm.nvvm.barrier0()
	br i1 %495, label %1334, label %1339

1334:
	%1335 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1336 = load i32, i32 addrspace(3)* %1335
	%1337 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1338 = load i32, i32 addrspace(3)* %1337
	br label %1340

1339:
	br label %write_done

1340:
	%1341 = phi i32 [ 0, %1334 ], [ %1356, %1344 ]
	%1342 = phi i32 [ 0, %1334 ], [ %1355, %1344 ]
	%1343 = icmp slt i32 %1341, %437
	br i1 %1343, label %1344, label %1357

1344:
	%1345 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1341
	%1346 = load i32, i32 addrspace(3)* %1345
	%1347 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1341
	%1348 = load i32, i32 addrspace(3)* %1347
	%1349 = icmp ugt i32 %1346, %1338
	%1350 = icmp eq i32 %1346, %1338
	%1351 = icmp slt i32 %1348, %1336
	%1352 = and i1 %1350, %1351
	%1353 = or i1 %1349, %1352
	%1354 = zext i1 %1353 to i32
	%1355 = add i32 %1342, %1354
	%1356 = add i32 %1341, 1
	br label %1340

1357:
	%1358 = add i32 %429, %1342
	%1359 = add i32 %13, %1358
	%1360 = sext i32 %1359 to i64
	%1361 = getelementptr i32, i32* %list, i64 %1360
	store i32 %1336, i32* %1361
	%1362 = add i32 %13, %NK
	%1363 = add i32 %1362, %1358
	%1364 = sext i32 %1363 to i64
	%1365 = getelementptr i32, i32* %list, i64 %1364
	store i32 0, i32* %1365
	br label %1339

1366:
	%1367 = phi i32 [ %1244, %write_done ], [ %1377, %1369 ]
	%1368 = icmp slt i32 %1367, %1243
	br i1 %1368, label %1369, label %1378

1369:
	%1370 = add i32 %13, %1367
	%1371 = sext i32 %1370 to i64
	%1372 = getelementptr i32, i32* %list, i64 %1371
	store i32 -1, i32* %1372
	%1373 = add i32 %13, %NK
	%1374 = add i32 %1373, %1367
	%1375 = sext i32 %1374 to i64
	%1376 = getelementptr i32, i32* %list, i64 %1375
	store i32 -1, i32* %1376
	%1377 = add i32 %1367, 256
	br label %1366

1378:
	ret void
}
