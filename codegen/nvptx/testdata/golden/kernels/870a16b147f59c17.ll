define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
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
	br i1 %425, label %433, label %441

426:
	call void @llvm.nvvm.barrier0()
	%427 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	%428 = load i32, i32 addrspace(3)* %427
	%429 = sub i32 %420, %428
	%430 = mul i32 %2, %NQ
	%431 = add i32 %430, %1
	%432 = icmp eq i32 %0, 0
	br i1 %432, label %487, label %495

433:
	%434 = add i32 %13, 0
	%435 = sext i32 %434 to i64
	%436 = getelementptr i32, i32* %list, i64 %435
	store i32 0, i32* %436
	%437 = add i32 %13, %NK
	%438 = add i32 %437, 0
	%439 = sext i32 %438 to i64
	%440 = getelementptr i32, i32* %list, i64 %439
	store i32 1, i32* %440
	br label %441

441:
	%442 = add i32 %11, 0
	%443 = sext i32 %442 to i64
	%444 = getelementptr float, float* %e, i64 %443
	%445 = load float, float* %444
	%446 = add i32 0, 1
	%447 = select i1 %425, i32 %446, i32 0
	%448 = fpext float %445 to double
	%449 = fadd double 0.0, %448
	%450 = select i1 %425, double %449, double 0.0
	%451 = icmp sgt i32 %340, 1
	%452 = select i1 %451, i32 %340, i32 1
	%453 = add i32 %348, 1
	%454 = icmp slt i32 %453, %NK
	%455 = select i1 %454, i32 %453, i32 %NK
	br label %456

456:
	%457 = phi i32 [ %452, %441 ], [ %486, %476 ]
	%458 = phi i32 [ %447, %441 ], [ %482, %476 ]
	%459 = phi double [ %450, %441 ], [ %485, %476 ]
	%460 = icmp slt i32 %457, %455
	br i1 %460, label %461, label %465

461:
	%462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @$K_x, i32 0, i32 %457
	%463 = load i32, i32 addrspace(3)* %462
	%464 = icmp eq i32 %463, 1
	br i1 %464, label %468, label %476

465:
	%466 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @$K_cnt, i32 0, i32 0
	store i32 %458, i32 addrspace(3)* %466
	%467 = getelementptr [1 x double], [1 x double] addrspace(3)* @$K_mass, i32 0, i32 0
	store double %459, double addrspace(3)* %467
	br label %426

468:
	%469 = add i32 %13, %458
	%470 = sext i32 %469 to i64
	%471 = getelementptr i32, i32* %list, i64 %470
	store i32 %457, i32* %471
	%472 = add i32 %13, %NK
	%473 = add i32 %472, %458
	%474 = sext i32 %473 to i64
	%475 = getelementptr i32, i32* %list, i64 %474
	store i32 1, i32* %475
	br label %476

476:
	%477 = add i32 %11, %457
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	%480 = load float, float* %479
	%481 = add i32 %458, 1
	%482 = select i1 %464, i32 %481, i32 %458
	%483 = fpext float %480 to double
	%484 = fadd double %459, %483
	%485 = select i1 %464, double %484, double %459
	%486 = add i32 %457, 1
	br label %456

487:
	%488 = mul i32 %431, 2
	%489 = sext i32 %488 to i64
	%490 = getelementptr i32, i32* %cnt, i64 %489
	store i32 %420, i32* %490
	%491 = mul i32 %431, 2
	%492 = add i32 %491, 1
	%493 = sext i32 %492 to i64
	%494 = getelementptr i32, i32* %cnt, i64 %493
	store i32 %428, i32* %494
	br label %495

495:
	ret void
}
