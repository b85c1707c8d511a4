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
	%350 = phi i32 [ %0, %300 ], [ %394, %380 ]
	%351 = phi float [ 0.0, %300 ], [ %393, %380 ]
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
	br i1 %374, label %395, label %396

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
	%385 = icmp eq i32 %350, 0
	%386 = or i1 %384, %385
	%387 = bitcast float %359 to i32
	%388 = add i32 %387, 2
	%389 = select i1 %386, i32 1, i32 %388
	%390 = select i1 %357, i32 %389, i32 0
	%391 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %350
	store i32 %390, i32 addrspace(3)* %391
	%392 = uitofp i1 %357 to float
	%393 = fadd float %351, %392
	%394 = add i32 %350, 256
	br label %349

395:
	store float %371, float addrspace(3)* %375
	br label %396

396:
	call void @llvm.nvvm.barrier0()
	%397 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 0
	%398 = load float, float addrspace(3)* %397
	%399 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 1
	%400 = load float, float addrspace(3)* %399
	%401 = fadd float %398, %400
	%402 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 2
	%403 = load float, float addrspace(3)* %402
	%404 = fadd float %401, %403
	%405 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 3
	%406 = load float, float addrspace(3)* %405
	%407 = fadd float %404, %406
	%408 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 4
	%409 = load float, float addrspace(3)* %408
	%410 = fadd float %407, %409
	%411 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 5
	%412 = load float, float addrspace(3)* %411
	%413 = fadd float %410, %412
	%414 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 6
	%415 = load float, float addrspace(3)* %414
	%416 = fadd float %413, %415
	%417 = getelementptr [32 x float], [32 x float] addrspace(3)* @$K_red, i32 0, i32 7
	%418 = load float, float addrspace(3)* %417
	%419 = fadd float %416, %418
	%420 = fptosi float %419 to i32
	%421 = icmp eq i32 %0, 0
	br i1 %421, label %422, label %426

422:
	%423 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 0
	%424 = load i32, i32 addrspace(3)* %423
	%425 = icmp eq i32 %424, 1
	br i1 %425, label %443, label %451

426:
	call void @llvm.nvvm.barrier0()
	%427 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%428 = load i32, i32 addrspace(3)* %427
	%429 = sub i32 %420, %428
	%430 = sitofp i32 %420 to double
	%431 = fmul double 0x3FB999999999999A, %430
	%432 = fsub double %431, 0x3E112E0BE826D695
	%433 = call double @llvm.ceil.f64(double %432)
	%434 = fptosi double %433 to i32
	%435 = sub i32 %434, %428
	%436 = icmp sgt i32 %435, 0
	%437 = select i1 %436, i32 %435, i32 0
	%438 = icmp slt i32 %437, %429
	%439 = select i1 %438, i32 %437, i32 %429
	%440 = icmp sgt i32 %439, 0
	%441 = select i1 %440, i32 %439, i32 0
	%442 = icmp sgt i32 %441, 0
	br i1 %442, label %topk, label %topk_done

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
	%457 = select i1 %425, i32 %456, i32 0
	%458 = fpext float %455 to double
	%459 = fadd double 0.0, %458
	%460 = select i1 %425, double %459, double 0.0
	%461 = icmp sgt i32 %340, 1
	%462 = select i1 %461, i32 %340, i32 1
	%463 = add i32 %348, 1
	%464 = icmp slt i32 %463, %NK
	%465 = select i1 %464, i32 %463, i32 %NK
	br label %466

466:
	%467 = phi i32 [ %462, %451 ], [ %496, %486 ]
	%468 = phi i32 [ %457, %451 ], [ %492, %486 ]
	%469 = phi double [ %460, %451 ], [ %495, %486 ]
	%470 = icmp slt i32 %467, %465
	br i1 %470, label %471, label %475

471:
	%472 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %467
	%473 = load i32, i32 addrspace(3)* %472
	%474 = icmp eq i32 %473, 1
	br i1 %474, label %478, label %486

475:
	%476 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %468, i32 addrspace(3)* %476
	%477 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %469, double addrspace(3)* %477
	br label %426

478:
	%479 = add i32 %13, %468
	%480 = sext i32 %479 to i64
	%481 = getelementptr i32, i32* %list, i64 %480
	store i32 %467, i32* %481
	%482 = add i32 %13, %NK
	%483 = add i32 %482, %468
	%484 = sext i32 %483 to i64
	%485 = getelementptr i32, i32* %list, i64 %484
	store i32 1, i32* %485
	br label %486

486:
	%487 = add i32 %11, %467
	%488 = sext i32 %487 to i64
	%489 = getelementptr float, float* %e, i64 %488
	%490 = load float, float* %489
	%491 = add i32 %468, 1
	%492 = select i1 %474, i32 %491, i32 %468
	%493 = fpext float %490 to double
	%494 = fadd double %469, %493
	%495 = select i1 %474, double %494, double %469
	%496 = add i32 %467, 1
	br label %466

topk:
	call void @llvm.nvvm.barrier0()
	%497 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %497
	call void @llvm.nvvm.barrier0()
	br label %500

topk_done:
	%498 = icmp slt i32 %0, %441
	%499 = icmp sle i32 %441, 256
	br i1 %499, label %write_rank, label %write_sort

500:
	%501 = phi i32 [ %0, %topk ], [ %550, %549 ]
	%502 = icmp slt i32 %501, %16
	br i1 %502, label %503, label %513

503:
	%504 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %501
	%505 = load i32, i32 addrspace(3)* %504
	%506 = icmp uge i32 %505, 2
	%507 = and i32 %505, 0
	%508 = icmp eq i32 %507, 0
	%509 = and i1 %506, %508
	%510 = lshr i32 %505, 24
	%511 = and i32 %510, 255
	%512 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %509)
	br i1 %512, label %541, label %549

513:
	call void @llvm.nvvm.barrier0()
	%514 = sub i32 255, %0
	%515 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %514
	%516 = load i32, i32 addrspace(3)* %515
	%517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %517
	%518 = and i32 %0, 31
	%519 = lshr i32 %0, 5
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %516, i32 1, i32 0)
	%521 = icmp uge i32 %518, 1
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %516, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 2, i32 0)
	%525 = icmp uge i32 %518, 2
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 4, i32 0)
	%529 = icmp uge i32 %518, 4
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %531, i32 8, i32 0)
	%533 = icmp uge i32 %518, 8
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %531, %534
	%536 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %535, i32 16, i32 0)
	%537 = icmp uge i32 %518, 16
	%538 = select i1 %537, i32 %536, i32 0
	%539 = add i32 %535, %538
	%540 = icmp eq i32 %518, 31
	br i1 %540, label %556, label %558

541:
	%542 = select i1 %509, i32 %511, i32 256
	%543 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %542)
	%544 = shl i32 1, %3
	%545 = sub i32 %544, 1
	%546 = and i32 %543, %545
	%547 = icmp eq i32 %546, 0
	%548 = and i1 %509, %547
	br i1 %548, label %551, label %555

549:
	%550 = add i32 %501, 256
	br label %500

551:
	%552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %511
	%553 = call i32 @llvm.ctpop.i32(i32 %543)
	%554 = atomicrmw add i32 addrspace(3)* %552, i32 %553 monotonic
	br label %555

555:
	br label %549

556:
	%557 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %519
	store i32 %539, i32 addrspace(3)* %557
	br label %558

558:
	call void @llvm.nvvm.barrier0()
	%559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%560 = load i32, i32 addrspace(3)* %559
	%561 = icmp sgt i32 %519, 0
	%562 = select i1 %561, i32 %560, i32 0
	%563 = add i32 0, %562
	%564 = add i32 0, %560
	%565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%566 = load i32, i32 addrspace(3)* %565
	%567 = icmp sgt i32 %519, 1
	%568 = select i1 %567, i32 %566, i32 0
	%569 = add i32 %563, %568
	%570 = add i32 %564, %566
	%571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%572 = load i32, i32 addrspace(3)* %571
	%573 = icmp sgt i32 %519, 2
	%574 = select i1 %573, i32 %572, i32 0
	%575 = add i32 %569, %574
	%576 = add i32 %570, %572
	%577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%578 = load i32, i32 addrspace(3)* %577
	%579 = icmp sgt i32 %519, 3
	%580 = select i1 %579, i32 %578, i32 0
	%581 = add i32 %575, %580
	%582 = add i32 %576, %578
	%583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%584 = load i32, i32 addrspace(3)* %583
	%585 = icmp sgt i32 %519, 4
	%586 = select i1 %585, i32 %584, i32 0
	%587 = add i32 %581, %586
	%588 = add i32 %582, %584
	%589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%590 = load i32, i32 addrspace(3)* %589
	%591 = icmp sgt i32 %519, 5
	%592 = select i1 %591, i32 %590, i32 0
	%593 = add i32 %587, %592
	%594 = add i32 %588, %590
	%595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%596 = load i32, i32 addrspace(3)* %595
	%597 = icmp sgt i32 %519, 6
	%598 = select i1 %597, i32 %596, i32 0
	%599 = add i32 %593, %598
	%600 = add i32 %594, %596
	%601 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%602 = load i32, i32 addrspace(3)* %601
	%603 = icmp sgt i32 %519, 7
	%604 = select i1 %603, i32 %602, i32 0
	%605 = add i32 %599, %604
	%606 = add i32 %600, %602
	%607 = add i32 %605, %539
	%608 = sub i32 %607, %516
	%609 = icmp slt i32 %608, %441
	%610 = add i32 %608, %516
	%611 = icmp sle i32 %441, %610
	%612 = and i1 %609, %611
	br i1 %612, label %613, label %616

613:
	%614 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %514, i32 addrspace(3)* %614
	%615 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %608, i32 addrspace(3)* %615
	br label %616

616:
	call void @llvm.nvvm.barrier0()
	%617 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%618 = load i32, i32 addrspace(3)* %617
	%619 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%620 = load i32, i32 addrspace(3)* %619
	%621 = sub i32 %441, %620
	%622 = shl i32 %618, 24
	%623 = or i32 0, %622
	%624 = or i32 0, u0xFF000000
	br label %625

625:
	%626 = phi i32 [ %0, %616 ], [ %675, %674 ]
	%627 = icmp slt i32 %626, %16
	br i1 %627, label %628, label %638

628:
	%629 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %626
	%630 = load i32, i32 addrspace(3)* %629
	%631 = icmp uge i32 %630, 2
	%632 = and i32 %630, %624
	%633 = icmp eq i32 %632, %623
	%634 = and i1 %631, %633
	%635 = lshr i32 %630, 16
	%636 = and i32 %635, 255
	%637 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %634)
	br i1 %637, label %666, label %674

638:
	call void @llvm.nvvm.barrier0()
	%639 = sub i32 255, %0
	%640 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %639
	%641 = load i32, i32 addrspace(3)* %640
	%642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %642
	%643 = and i32 %0, 31
	%644 = lshr i32 %0, 5
	%645 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %641, i32 1, i32 0)
	%646 = icmp uge i32 %643, 1
	%647 = select i1 %646, i32 %645, i32 0
	%648 = add i32 %641, %647
	%649 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %648, i32 2, i32 0)
	%650 = icmp uge i32 %643, 2
	%651 = select i1 %650, i32 %649, i32 0
	%652 = add i32 %648, %651
	%653 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %652, i32 4, i32 0)
	%654 = icmp uge i32 %643, 4
	%655 = select i1 %654, i32 %653, i32 0
	%656 = add i32 %652, %655
	%657 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %656, i32 8, i32 0)
	%658 = icmp uge i32 %643, 8
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %656, %659
	%661 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %660, i32 16, i32 0)
	%662 = icmp uge i32 %643, 16
	%663 = select i1 %662, i32 %661, i32 0
	%664 = add i32 %660, %663
	%665 = icmp eq i32 %643, 31
	br i1 %665, label %681, label %683

666:
	%667 = select i1 %634, i32 %636, i32 256
	%668 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %667)
	%669 = shl i32 1, %3
	%670 = sub i32 %669, 1
	%671 = and i32 %668, %670
	%672 = icmp eq i32 %671, 0
	%673 = and i1 %634, %672
	br i1 %673, label %676, label %680

674:
	%675 = add i32 %626, 256
	br label %625

676:
	%677 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %636
	%678 = call i32 @llvm.ctpop.i32(i32 %668)
	%679 = atomicrmw add i32 addrspace(3)* %677, i32 %678 monotonic
	br label %680

680:
	br label %674

681:
	%682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %644
	store i32 %664, i32 addrspace(3)* %682
	br label %683

683:
	call void @llvm.nvvm.barrier0()
	%684 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%685 = load i32, i32 addrspace(3)* %684
	%686 = icmp sgt i32 %644, 0
	%687 = select i1 %686, i32 %685, i32 0
	%688 = add i32 0, %687
	%689 = add i32 0, %685
	%690 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%691 = load i32, i32 addrspace(3)* %690
	%692 = icmp sgt i32 %644, 1
	%693 = select i1 %692, i32 %691, i32 0
	%694 = add i32 %688, %693
	%695 = add i32 %689, %691
	%696 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%697 = load i32, i32 addrspace(3)* %696
	%698 = icmp sgt i32 %644, 2
	%699 = select i1 %698, i32 %697, i32 0
	%700 = add i32 %694, %699
	%701 = add i32 %695, %697
	%702 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%703 = load i32, i32 addrspace(3)* %702
	%704 = icmp sgt i32 %644, 3
	%705 = select i1 %704, i32 %703, i32 0
	%706 = add i32 %700, %705
	%707 = add i32 %701, %703
	%708 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%709 = load i32, i32 addrspace(3)* %708
	%710 = icmp sgt i32 %644, 4
	%711 = select i1 %710, i32 %709, i32 0
	%712 = add i32 %706, %711
	%713 = add i32 %707, %709
	%714 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%715 = load i32, i32 addrspace(3)* %714
	%716 = icmp sgt i32 %644, 5
	%717 = select i1 %716, i32 %715, i32 0
	%718 = add i32 %712, %717
	%719 = add i32 %713, %715
	%720 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%721 = load i32, i32 addrspace(3)* %720
	%722 = icmp sgt i32 %644, 6
	%723 = select i1 %722, i32 %721, i32 0
	%724 = add i32 %718, %723
	%725 = add i32 %719, %721
	%726 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%727 = load i32, i32 addrspace(3)* %726
	%728 = icmp sgt i32 %644, 7
	%729 = select i1 %728, i32 %727, i32 0
	%730 = add i32 %724, %729
	%731 = add i32 %725, %727
	%732 = add i32 %730, %664
	%733 = sub i32 %732, %641
	%734 = icmp slt i32 %733, %621
	%735 = add i32 %733, %641
	%736 = icmp sle i32 %621, %735
	%737 = and i1 %734, %736
	br i1 %737, label %738, label %741

738:
	%739 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %639, i32 addrspace(3)* %739
	%740 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %733, i32 addrspace(3)* %740
	br label %741

741:
	call void @llvm.nvvm.barrier0()
	%742 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%743 = load i32, i32 addrspace(3)* %742
	%744 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%745 = load i32, i32 addrspace(3)* %744
	%746 = sub i32 %621, %745
	%747 = shl i32 %743, 16
	%748 = or i32 %623, %747
	%749 = or i32 %624, u0xFF0000
	br label %750

750:
	%751 = phi i32 [ %0, %741 ], [ %800, %799 ]
	%752 = icmp slt i32 %751, %16
	br i1 %752, label %753, label %763

753:
	%754 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %751
	%755 = load i32, i32 addrspace(3)* %754
	%756 = icmp uge i32 %755, 2
	%757 = and i32 %755, %749
	%758 = icmp eq i32 %757, %748
	%759 = and i1 %756, %758
	%760 = lshr i32 %755, 8
	%761 = and i32 %760, 255
	%762 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %759)
	br i1 %762, label %791, label %799

763:
	call void @llvm.nvvm.barrier0()
	%764 = sub i32 255, %0
	%765 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %764
	%766 = load i32, i32 addrspace(3)* %765
	%767 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %767
	%768 = and i32 %0, 31
	%769 = lshr i32 %0, 5
	%770 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %766, i32 1, i32 0)
	%771 = icmp uge i32 %768, 1
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %766, %772
	%774 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %773, i32 2, i32 0)
	%775 = icmp uge i32 %768, 2
	%776 = select i1 %775, i32 %774, i32 0
	%777 = add i32 %773, %776
	%778 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %777, i32 4, i32 0)
	%779 = icmp uge i32 %768, 4
	%780 = select i1 %779, i32 %778, i32 0
	%781 = add i32 %777, %780
	%782 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %781, i32 8, i32 0)
	%783 = icmp uge i32 %768, 8
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %781, %784
	%786 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %785, i32 16, i32 0)
	%787 = icmp uge i32 %768, 16
	%788 = select i1 %787, i32 %786, i32 0
	%789 = add i32 %785, %788
	%790 = icmp eq i32 %768, 31
	br i1 %790, label %806, label %808

791:
	%792 = select i1 %759, i32 %761, i32 256
	%793 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %792)
	%794 = shl i32 1, %3
	%795 = sub i32 %794, 1
	%796 = and i32 %793, %795
	%797 = icmp eq i32 %796, 0
	%798 = and i1 %759, %797
	br i1 %798, label %801, label %805

799:
	%800 = add i32 %751, 256
	br label %750

801:
	%802 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %761
	%803 = call i32 @llvm.ctpop.i32(i32 %793)
	%804 = atomicrmw add i32 addrspace(3)* %802, i32 %803 monotonic
	br label %805

805:
	br label %799

806:
	%807 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %769
	store i32 %789, i32 addrspace(3)* %807
	br label %808

808:
	call void @llvm.nvvm.barrier0()
	%809 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%810 = load i32, i32 addrspace(3)* %809
	%811 = icmp sgt i32 %769, 0
	%812 = select i1 %811, i32 %810, i32 0
	%813 = add i32 0, %812
	%814 = add i32 0, %810
	%815 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%816 = load i32, i32 addrspace(3)* %815
	%817 = icmp sgt i32 %769, 1
	%818 = select i1 %817, i32 %816, i32 0
	%819 = add i32 %813, %818
	%820 = add i32 %814, %816
	%821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %769, 2
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %819, %824
	%826 = add i32 %820, %822
	%827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %769, 3
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %769, 4
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %769, 5
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %769, 6
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %769, 7
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = add i32 %855, %789
	%858 = sub i32 %857, %766
	%859 = icmp slt i32 %858, %746
	%860 = add i32 %858, %766
	%861 = icmp sle i32 %746, %860
	%862 = and i1 %859, %861
	br i1 %862, label %863, label %866

863:
	%864 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %764, i32 addrspace(3)* %864
	%865 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %858, i32 addrspace(3)* %865
	br label %866

866:
	call void @llvm.nvvm.barrier0()
	%867 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%868 = load i32, i32 addrspace(3)* %867
	%869 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%870 = load i32, i32 addrspace(3)* %869
	%871 = sub i32 %746, %870
	%872 = shl i32 %868, 8
	%873 = or i32 %748, %872
	%874 = or i32 %749, u0xFF00
	br label %875

875:
	%876 = phi i32 [ %0, %866 ], [ %925, %924 ]
	%877 = icmp slt i32 %876, %16
	br i1 %877, label %878, label %888

878:
	%879 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %876
	%880 = load i32, i32 addrspace(3)* %879
	%881 = icmp uge i32 %880, 2
	%882 = and i32 %880, %874
	%883 = icmp eq i32 %882, %873
	%884 = and i1 %881, %883
	%885 = lshr i32 %880, 0
	%886 = and i32 %885, 255
	%887 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %884)
	br i1 %887, label %916, label %924

888:
	call void @llvm.nvvm.barrier0()
	%889 = sub i32 255, %0
	%890 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %889
	%891 = load i32, i32 addrspace(3)* %890
	%892 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %892
	%893 = and i32 %0, 31
	%894 = lshr i32 %0, 5
	%895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %891, i32 1, i32 0)
	%896 = icmp uge i32 %893, 1
	%897 = select i1 %896, i32 %895, i32 0
	%898 = add i32 %891, %897
	%899 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %898, i32 2, i32 0)
	%900 = icmp uge i32 %893, 2
	%901 = select i1 %900, i32 %899, i32 0
	%902 = add i32 %898, %901
	%903 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %902, i32 4, i32 0)
	%904 = icmp uge i32 %893, 4
	%905 = select i1 %904, i32 %903, i32 0
	%906 = add i32 %902, %905
	%907 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %906, i32 8, i32 0)
	%908 = icmp uge i32 %893, 8
	%909 = select i1 %908, i32 %907, i32 0
	%910 = add i32 %906, %909
	%911 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %910, i32 16, i32 0)
	%912 = icmp uge i32 %893, 16
	%913 = select i1 %912, i32 %911, i32 0
	%914 = add i32 %910, %913
	%915 = icmp eq i32 %893, 31
	br i1 %915, label %931, label %933

916:
	%917 = select i1 %884, i32 %886, i32 256
	%918 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %917)
	%919 = shl i32 1, %3
	%920 = sub i32 %919, 1
	%921 = and i32 %918, %920
	%922 = icmp eq i32 %921, 0
	%923 = and i1 %884, %922
	br i1 %923, label %926, label %930

924:
	%925 = add i32 %876, 256
	br label %875

926:
	%927 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %886
	%928 = call i32 @llvm.ctpop.i32(i32 %918)
	%929 = atomicrmw add i32 addrspace(3)* %927, i32 %928 monotonic
	br label %930

930:
	br label %924

931:
	%932 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %894
	store i32 %914, i32 addrspace(3)* %932
	br label %933

933:
	call void @llvm.nvvm.barrier0()
	%934 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%935 = load i32, i32 addrspace(3)* %934
	%936 = icmp sgt i32 %894, 0
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 0, %937
	%939 = add i32 0, %935
	%940 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%941 = load i32, i32 addrspace(3)* %940
	%942 = icmp sgt i32 %894, 1
	%943 = select i1 %942, i32 %941, i32 0
	%944 = add i32 %938, %943
	%945 = add i32 %939, %941
	%946 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%947 = load i32, i32 addrspace(3)* %946
	%948 = icmp sgt i32 %894, 2
	%949 = select i1 %948, i32 %947, i32 0
	%950 = add i32 %944, %949
	%951 = add i32 %945, %947
	%952 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%953 = load i32, i32 addrspace(3)* %952
	%954 = icmp sgt i32 %894, 3
	%955 = select i1 %954, i32 %953, i32 0
	%956 = add i32 %950, %955
	%957 = add i32 %951, %953
	%958 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%959 = load i32, i32 addrspace(3)* %958
	%960 = icmp sgt i32 %894, 4
	%961 = select i1 %960, i32 %959, i32 0
	%962 = add i32 %956, %961
	%963 = add i32 %957, %959
	%964 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%965 = load i32, i32 addrspace(3)* %964
	%966 = icmp sgt i32 %894, 5
	%967 = select i1 %966, i32 %965, i32 0
	%968 = add i32 %962, %967
	%969 = add i32 %963, %965
	%970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%971 = load i32, i32 addrspace(3)* %970
	%972 = icmp sgt i32 %894, 6
	%973 = select i1 %972, i32 %971, i32 0
	%974 = add i32 %968, %973
	%975 = add i32 %969, %971
	%976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%977 = load i32, i32 addrspace(3)* %976
	%978 = icmp sgt i32 %894, 7
	%979 = select i1 %978, i32 %977, i32 0
	%980 = add i32 %974, %979
	%981 = add i32 %975, %977
	%982 = add i32 %980, %914
	%983 = sub i32 %982, %891
	%984 = icmp slt i32 %983, %871
	%985 = add i32 %983, %891
	%986 = icmp sle i32 %871, %985
	%987 = and i1 %984, %986
	br i1 %987, label %988, label %991

988:
	%989 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	store i32 %889, i32 addrspace(3)* %989
	%990 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	store i32 %983, i32 addrspace(3)* %990
	br label %991

991:
	call void @llvm.nvvm.barrier0()
	%992 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 0
	%993 = load i32, i32 addrspace(3)* %992
	%994 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @$K_sel, i32 0, i32 1
	%995 = load i32, i32 addrspace(3)* %994
	%996 = sub i32 %871, %995
	%997 = shl i32 %993, 0
	%998 = or i32 %873, %997
	%999 = or i32 %874, 255
	%1000 = shl i32 1, %3
	%1001 = sub i32 %1000, 1
	br label %1002

1002:
	%1003 = phi i32 [ 0, %991 ], [ %1057, %1056 ]
	%1004 = icmp slt i32 %1003, %16
	br i1 %1004, label %1005, label %1014

1005:
	%1006 = add i32 %1003, %0
	%1007 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1006
	%1008 = load i32, i32 addrspace(3)* %1007
	%1009 = icmp ugt i32 %1008, %998
	%1010 = icmp eq i32 %1008, %998
	%1011 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1009)
	%1012 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1010)
	%1013 = icmp eq i32 %3, 0
	br i1 %1013, label %1048, label %1056

1014:
	call void @llvm.nvvm.barrier0()
	%1015 = sdiv i32 %16, 256
	%1016 = mul i32 %1015, 8
	%1017 = icmp slt i32 %0, %1016
	%1018 = select i1 %1017, i32 %0, i32 0
	%1019 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1018
	%1020 = load i32, i32 addrspace(3)* %1019
	%1021 = select i1 %1017, i32 %1020, i32 0
	%1022 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1018
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = select i1 %1017, i32 %1023, i32 0
	%1025 = and i32 %0, 31
	%1026 = lshr i32 %0, 5
	%1027 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1024, i32 1, i32 0)
	%1028 = icmp uge i32 %1025, 1
	%1029 = select i1 %1028, i32 %1027, i32 0
	%1030 = add i32 %1024, %1029
	%1031 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1030, i32 2, i32 0)
	%1032 = icmp uge i32 %1025, 2
	%1033 = select i1 %1032, i32 %1031, i32 0
	%1034 = add i32 %1030, %1033
	%1035 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1034, i32 4, i32 0)
	%1036 = icmp uge i32 %1025, 4
	%1037 = select i1 %1036, i32 %1035, i32 0
	%1038 = add i32 %1034, %1037
	%1039 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1038, i32 8, i32 0)
	%1040 = icmp uge i32 %1025, 8
	%1041 = select i1 %1040, i32 %1039, i32 0
	%1042 = add i32 %1038, %1041
	%1043 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1042, i32 16, i32 0)
	%1044 = icmp uge i32 %1025, 16
	%1045 = select i1 %1044, i32 %1043, i32 0
	%1046 = add i32 %1042, %1045
	%1047 = icmp eq i32 %1025, 31
	br i1 %1047, label %1058, label %1060

1048:
	%1049 = sdiv i32 %1003, 256
	%1050 = mul i32 %1049, 8
	%1051 = add i32 %1050, %4
	%1052 = call i32 @llvm.ctpop.i32(i32 %1011)
	%1053 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1051
	store i32 %1052, i32 addrspace(3)* %1053
	%1054 = call i32 @llvm.ctpop.i32(i32 %1012)
	%1055 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1051
	store i32 %1054, i32 addrspace(3)* %1055
	br label %1056

1056:
	%1057 = add i32 %1003, 256
	br label %1002

1058:
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %1026
	store i32 %1046, i32 addrspace(3)* %1059
	br label %1060

1060:
	call void @llvm.nvvm.barrier0()
	%1061 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%1062 = load i32, i32 addrspace(3)* %1061
	%1063 = icmp sgt i32 %1026, 0
	%1064 = select i1 %1063, i32 %1062, i32 0
	%1065 = add i32 0, %1064
	%1066 = add i32 0, %1062
	%1067 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%1068 = load i32, i32 addrspace(3)* %1067
	%1069 = icmp sgt i32 %1026, 1
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = add i32 %1065, %1070
	%1072 = add i32 %1066, %1068
	%1073 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%1074 = load i32, i32 addrspace(3)* %1073
	%1075 = icmp sgt i32 %1026, 2
	%1076 = select i1 %1075, i32 %1074, i32 0
	%1077 = add i32 %1071, %1076
	%1078 = add i32 %1072, %1074
	%1079 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%1080 = load i32, i32 addrspace(3)* %1079
	%1081 = icmp sgt i32 %1026, 3
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = add i32 %1077, %1082
	%1084 = add i32 %1078, %1080
	%1085 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%1086 = load i32, i32 addrspace(3)* %1085
	%1087 = icmp sgt i32 %1026, 4
	%1088 = select i1 %1087, i32 %1086, i32 0
	%1089 = add i32 %1083, %1088
	%1090 = add i32 %1084, %1086
	%1091 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%1092 = load i32, i32 addrspace(3)* %1091
	%1093 = icmp sgt i32 %1026, 5
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = add i32 %1089, %1094
	%1096 = add i32 %1090, %1092
	%1097 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%1098 = load i32, i32 addrspace(3)* %1097
	%1099 = icmp sgt i32 %1026, 6
	%1100 = select i1 %1099, i32 %1098, i32 0
	%1101 = add i32 %1095, %1100
	%1102 = add i32 %1096, %1098
	%1103 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%1104 = load i32, i32 addrspace(3)* %1103
	%1105 = icmp sgt i32 %1026, 7
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = add i32 %1101, %1106
	%1108 = add i32 %1102, %1104
	%1109 = add i32 %1107, %1046
	%1110 = sub i32 %1109, %1024
	%1111 = sub i32 %996, %1110
	%1112 = icmp sgt i32 %1111, 0
	%1113 = select i1 %1112, i32 %1111, i32 0
	%1114 = icmp slt i32 %1113, %1024
	%1115 = select i1 %1114, i32 %1113, i32 %1024
	%1116 = add i32 %1021, %1115
	%1117 = and i32 %0, 31
	%1118 = lshr i32 %0, 5
	%1119 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1116, i32 1, i32 0)
	%1120 = icmp uge i32 %1117, 1
	%1121 = select i1 %1120, i32 %1119, i32 0
	%1122 = add i32 %1116, %1121
	%1123 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1122, i32 2, i32 0)
	%1124 = icmp uge i32 %1117, 2
	%1125 = select i1 %1124, i32 %1123, i32 0
	%1126 = add i32 %1122, %1125
	%1127 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1126, i32 4, i32 0)
	%1128 = icmp uge i32 %1117, 4
	%1129 = select i1 %1128, i32 %1127, i32 0
	%1130 = add i32 %1126, %1129
	%1131 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1130, i32 8, i32 0)
	%1132 = icmp uge i32 %1117, 8
	%1133 = select i1 %1132, i32 %1131, i32 0
	%1134 = add i32 %1130, %1133
	%1135 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1134, i32 16, i32 0)
	%1136 = icmp uge i32 %1117, 16
	%1137 = select i1 %1136, i32 %1135, i32 0
	%1138 = add i32 %1134, %1137
	%1139 = icmp eq i32 %1117, 31
	br i1 %1139, label %1140, label %1142

1140:
	%1141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 %1118
	store i32 %1138, i32 addrspace(3)* %1141
	br label %1142

1142:
	call void @llvm.nvvm.barrier0()
	%1143 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 0
	%1144 = load i32, i32 addrspace(3)* %1143
	%1145 = icmp sgt i32 %1118, 0
	%1146 = select i1 %1145, i32 %1144, i32 0
	%1147 = add i32 0, %1146
	%1148 = add i32 0, %1144
	%1149 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 1
	%1150 = load i32, i32 addrspace(3)* %1149
	%1151 = icmp sgt i32 %1118, 1
	%1152 = select i1 %1151, i32 %1150, i32 0
	%1153 = add i32 %1147, %1152
	%1154 = add i32 %1148, %1150
	%1155 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 2
	%1156 = load i32, i32 addrspace(3)* %1155
	%1157 = icmp sgt i32 %1118, 2
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 %1153, %1158
	%1160 = add i32 %1154, %1156
	%1161 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 3
	%1162 = load i32, i32 addrspace(3)* %1161
	%1163 = icmp sgt i32 %1118, 3
	%1164 = select i1 %1163, i32 %1162, i32 0
	%1165 = add i32 %1159, %1164
	%1166 = add i32 %1160, %1162
	%1167 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 4
	%1168 = load i32, i32 addrspace(3)* %1167
	%1169 = icmp sgt i32 %1118, 4
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = add i32 %1165, %1170
	%1172 = add i32 %1166, %1168
	%1173 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 5
	%1174 = load i32, i32 addrspace(3)* %1173
	%1175 = icmp sgt i32 %1118, 5
	%1176 = select i1 %1175, i32 %1174, i32 0
	%1177 = add i32 %1171, %1176
	%1178 = add i32 %1172, %1174
	%1179 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 6
	%1180 = load i32, i32 addrspace(3)* %1179
	%1181 = icmp sgt i32 %1118, 6
	%1182 = select i1 %1181, i32 %1180, i32 0
	%1183 = add i32 %1177, %1182
	%1184 = add i32 %1178, %1180
	%1185 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scanb, i32 0, i32 7
	%1186 = load i32, i32 addrspace(3)* %1185
	%1187 = icmp sgt i32 %1118, 7
	%1188 = select i1 %1187, i32 %1186, i32 0
	%1189 = add i32 %1183, %1188
	%1190 = add i32 %1184, %1186
	%1191 = add i32 %1189, %1138
	%1192 = sub i32 %1191, %1116
	br i1 %1017, label %1193, label %1196

1193:
	%1194 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %0
	store i32 %1192, i32 addrspace(3)* %1194
	%1195 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %0
	store i32 %1110, i32 addrspace(3)* %1195
	br label %1196

1196:
	call void @llvm.nvvm.barrier0()
	br label %1197

1197:
	%1198 = phi i32 [ 0, %1196 ], [ %1230, %1229 ]
	%1199 = icmp slt i32 %1198, %16
	br i1 %1199, label %1200, label %1225

1200:
	%1201 = add i32 %1198, %0
	%1202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1201
	%1203 = load i32, i32 addrspace(3)* %1202
	%1204 = icmp ugt i32 %1203, %998
	%1205 = icmp eq i32 %1203, %998
	%1206 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1204)
	%1207 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1205)
	%1208 = sdiv i32 %1198, 256
	%1209 = mul i32 %1208, 8
	%1210 = add i32 %1209, %4
	%1211 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpt, i32 0, i32 %1210
	%1212 = load i32, i32 addrspace(3)* %1211
	%1213 = and i32 %1207, %1001
	%1214 = call i32 @llvm.ctpop.i32(i32 %1213)
	%1215 = add i32 %1212, %1214
	%1216 = icmp slt i32 %1215, %996
	%1217 = and i1 %1205, %1216
	%1218 = or i1 %1204, %1217
	%1219 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1218)
	%1220 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @$K_cmpg, i32 0, i32 %1210
	%1221 = load i32, i32 addrspace(3)* %1220
	%1222 = and i32 %1219, %1001
	%1223 = call i32 @llvm.ctpop.i32(i32 %1222)
	%1224 = add i32 %1221, %1223
	br i1 %1218, label %1226, label %1229

1225:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1226:
	%1227 = add i32 %1198, %0
	%1228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1224
	store i32 %1227, i32 addrspace(3)* %1228
	br label %1229

1229:
	%1230 = add i32 %1198, 256
	br label %1197

write_rank:
	br i1 %498, label %1330, label %1336

write_sort:
	%1231 = sub i32 %441, 1
	%1232 = call i32 @llvm.ctlz.i32(i32 %1231, i1 false)
	%1233 = icmp sgt i32 %441, 1
	%1234 = sub i32 32, %1232
	%1235 = select i1 %1233, i32 %1234, i32 0
	%1236 = shl i32 1, %1235
	%1237 = add i32 %441, %0
	br label %1248

write_done:
	%1238 = add i32 %428, %441
	%1239 = icmp sle i32 %M, 16
	%1240 = add i32 %1238, 1
	%1241 = add i32 %428, %441
	%1242 = icmp sgt i32 %1240, %1241
	%1243 = select i1 %1242, i32 %1240, i32 %1241
	%1244 = icmp slt i32 %1243, %NK
	%1245 = select i1 %1244, i32 %1243, i32 %NK
	%1246 = select i1 %1239, i32 %NK, i32 %1245
	%1247 = add i32 %1238, %0
	br label %1369

1248:
	%1249 = phi i32 [ %1237, %write_sort ], [ %1253, %1251 ]
	%1250 = icmp slt i32 %1249, %1236
	br i1 %1250, label %1251, label %1254

1251:
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1249
	store i32 -1, i32 addrspace(3)* %1252
	%1253 = add i32 %1249, 256
	br label %1248

1254:
	call void @llvm.nvvm.barrier0()
	%1255 = add i32 %1235, 1
	br label %1256

1256:
	%1257 = phi i32 [ 1, %1254 ], [ %1273, %1272 ]
	%1258 = icmp slt i32 %1257, %1255
	br i1 %1258, label %1259, label %1261

1259:
	%1260 = shl i32 1, %1257
	br label %1262

1261:
	br label %1314

1262:
	%1263 = phi i32 [ 0, %1259 ], [ %1308, %1307 ]
	%1264 = icmp slt i32 %1263, %1257
	br i1 %1264, label %1265, label %1272

1265:
	%1266 = sub i32 %1257, 1
	%1267 = sub i32 %1266, %1263
	%1268 = shl i32 1, %1267
	%1269 = sub i32 %1257, 1
	%1270 = sub i32 %1269, %1263
	%1271 = lshr i32 %1236, 1
	br label %1274

1272:
	%1273 = add i32 %1257, 1
	br label %1256

1274:
	%1275 = phi i32 [ %0, %1265 ], [ %1313, %1312 ]
	%1276 = icmp slt i32 %1275, %1271
	br i1 %1276, label %1277, label %1307

1277:
	%1278 = lshr i32 %1275, %1270
	%1279 = add i32 %1270, 1
	%1280 = shl i32 %1278, %1279
	%1281 = sub i32 %1268, 1
	%1282 = and i32 %1275, %1281
	%1283 = or i32 %1280, %1282
	%1284 = or i32 %1283, %1268
	%1285 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1283
	%1286 = load i32, i32 addrspace(3)* %1285
	%1287 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1284
	%1288 = load i32, i32 addrspace(3)* %1287
	%1289 = and i32 %1283, %1260
	%1290 = icmp eq i32 %1289, 0
	%1291 = icmp sge i32 %1288, 0
	%1292 = select i1 %1291, i32 %1288, i32 0
	%1293 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1292
	%1294 = load i32, i32 addrspace(3)* %1293
	%1295 = select i1 %1291, i32 %1294, i32 0
	%1296 = icmp sge i32 %1286, 0
	%1297 = select i1 %1296, i32 %1286, i32 0
	%1298 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1297
	%1299 = load i32, i32 addrspace(3)* %1298
	%1300 = select i1 %1296, i32 %1299, i32 0
	%1301 = icmp ugt i32 %1295, %1300
	%1302 = icmp eq i32 %1295, %1300
	%1303 = icmp slt i32 %1288, %1286
	%1304 = and i1 %1302, %1303
	%1305 = or i1 %1301, %1304
	%1306 = icmp eq i1 %1305, %1290
	br i1 %1306, label %1309, label %1312

1307:
	call void @llvm.nvvm.barrier0()
	%1308 = add i32 %1263, 1
	br label %1262

1309:
	%1310 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1283
	store i32 %1288, i32 addrspace(3)* %1310
	%1311 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1284
	store i32 %1286, i32 addrspace(3)* %1311
	br label %1312

1312:
	%1313 = add i32 %1275, 256
	br label %1274

1314:
	%1315 = phi i32 [ %0, %1261 ], [ %1328, %1317 ]
	%1316 = icmp slt i32 %1315, %441
	br i1 %1316, label %1317, label %1329

1317:
	%1318 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1315
	%1319 = load i32, i32 addrspace(3)* %1318
	%1320 = add i32 %428, %1315
	%1321 = add i32 %13, %1320
	%1322 = sext i32 %1321 to i64
	%1323 = getelementptr i32, i32* %list, i64 %1322
	store i32 %1319, i32* %1323
	%1324 = add i32 %13, %NK
	%1325 = add i32 %1324, %1320
	%1326 = sext i32 %1325 to i64
	%1327 = getelementptr i32, i32* %list, i64 %1326
	store i32 0, i32* %1327
	%1328 = add i32 %1315, 256
	br label %1314

1329:
	br label %write_done

1330:
	%1331 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1332 = load i32, i32 addrspace(3)* %1331
	%1333 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %1332
	%1334 = load i32, i32 addrspace(3)* %1333
	%1335 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	store i32 %1334, i32 addrspace(3)* %1335
	br label %1336

1336:
	call void @llvm.nvvm.barrier0()
	br i1 %498, label %1337, label %1342

1337:
	%1338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %0
	%1339 = load i32, i32 addrspace(3)* %1338
	%1340 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %0
	%1341 = load i32, i32 addrspace(3)* %1340
	br label %1343

1342:
	br label %write_done

1343:
	%1344 = phi i32 [ 0, %1337 ], [ %1359, %1347 ]
	%1345 = phi i32 [ 0, %1337 ], [ %1358, %1347 ]
	%1346 = icmp slt i32 %1344, %441
	br i1 %1346, label %1347, label %1360

1347:
	%1348 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @$K_hist2, i32 0, i32 %1344
	%1349 = load i32, i32 addrspace(3)* %1348
	%1350 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_c, i32 0, i32 %1344
	%1351 = load i32, i32 addrspace(3)* %1350
	%1352 = icmp ugt i32 %1349, %1341
	%1353 = icmp eq i32 %1349, %1341
	%1354 = icmp slt i32 %1351, %1339
	%1355 = and i1 %1353, %1354
	%1356 = or i1 %1352, %1355
	%1357 = zext i1 %1356 to i32
	%1358 = add i32 %1345, %1357
	%1359 = add i32 %1344, 1
	br label %1343

1360:
	%1361 = add i32 %428, %1345
	%1362 = add i32 %13, %1361
	%1363 = sext i32 %1362 to i64
	%1364 = getelementptr i32, i32* %list, i64 %1363
	store i32 %1339, i32* %1364
	%1365 = add i32 %13, %NK
	%1366 = add i32 %1365, %1361
	%1367 = sext i32 %1366 to i64
	%1368 = getelementptr i32, i32* %list, i64 %1367
	store i32 0, i32* %1368
	br label %1342

1369:
	%1370 = phi i32 [ %1247, %write_done ], [ %1380, %1372 ]
	%1371 = icmp slt i32 %1370, %1246
	br i1 %1371, label %1372, label %1381

1372:
	%1373 = add i32 %13, %1370
	%1374 = sext i32 %1373 to i64
	%1375 = getelementptr i32, i32* %list, i64 %1374
	store i32 -1, i32* %1375
	%1376 = add i32 %13, %NK
	%1377 = add i32 %1376, %1370
	%1378 = sext i32 %1377 to i64
	%1379 = getelementptr i32, i32* %list, i64 %1378
	store i32 -1, i32* %1379
	%1380 = add i32 %1370, 256
	br label %1369

1381:
	ret void
}
