; adfull
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@adfull_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@adfull_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@adfull_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@adfull_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@adfull_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@adfull_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@adfull_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@adfull_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@adfull_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@adfull_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@adfull_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@adfull_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@adfull_adstats0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@adfull_admass0_rows = internal addrspace(3) global [32 x float] undef, align 16
@adfull_attn2_smem = internal addrspace(3) global [8192 x i8] undef, align 1024

define ptx_kernel void @adfull_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%19 = phi i32 [ %0, %entry ], [ %209, %207 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %208, %207 ]
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
	br i1 %25, label %141, label %144

140:
	br label %210

141:
	%142 = bitcast float %139 to i32
	%143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %24
	store i32 %142, i32 addrspace(3)* %143
	br label %144

144:
	%145 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%146 = icmp slt i32 %28, %NK
	%147 = icmp ne i8 %71, 0
	%148 = and i1 %146, %147
	%149 = select i1 %148, float %75, float 0xFFF0000000000000
	br i1 %29, label %150, label %153

150:
	%151 = bitcast float %149 to i32
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %28
	store i32 %151, i32 addrspace(3)* %152
	br label %153

153:
	%154 = call float @llvm.nvvm.fmax.f(float %145, float %149)
	%155 = icmp slt i32 %32, %NK
	%156 = icmp ne i8 %81, 0
	%157 = and i1 %155, %156
	%158 = select i1 %157, float %85, float 0xFFF0000000000000
	br i1 %33, label %159, label %162

159:
	%160 = bitcast float %158 to i32
	%161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %32
	store i32 %160, i32 addrspace(3)* %161
	br label %162

162:
	%163 = call float @llvm.nvvm.fmax.f(float %154, float %158)
	%164 = icmp slt i32 %36, %NK
	%165 = icmp ne i8 %91, 0
	%166 = and i1 %164, %165
	%167 = select i1 %166, float %95, float 0xFFF0000000000000
	br i1 %37, label %168, label %171

168:
	%169 = bitcast float %167 to i32
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %36
	store i32 %169, i32 addrspace(3)* %170
	br label %171

171:
	%172 = call float @llvm.nvvm.fmax.f(float %163, float %167)
	%173 = icmp slt i32 %40, %NK
	%174 = icmp ne i8 %101, 0
	%175 = and i1 %173, %174
	%176 = select i1 %175, float %105, float 0xFFF0000000000000
	br i1 %41, label %177, label %180

177:
	%178 = bitcast float %176 to i32
	%179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %40
	store i32 %178, i32 addrspace(3)* %179
	br label %180

180:
	%181 = call float @llvm.nvvm.fmax.f(float %172, float %176)
	%182 = icmp slt i32 %44, %NK
	%183 = icmp ne i8 %111, 0
	%184 = and i1 %182, %183
	%185 = select i1 %184, float %115, float 0xFFF0000000000000
	br i1 %45, label %186, label %189

186:
	%187 = bitcast float %185 to i32
	%188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %44
	store i32 %187, i32 addrspace(3)* %188
	br label %189

189:
	%190 = call float @llvm.nvvm.fmax.f(float %181, float %185)
	%191 = icmp slt i32 %48, %NK
	%192 = icmp ne i8 %121, 0
	%193 = and i1 %191, %192
	%194 = select i1 %193, float %125, float 0xFFF0000000000000
	br i1 %49, label %195, label %198

195:
	%196 = bitcast float %194 to i32
	%197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %48
	store i32 %196, i32 addrspace(3)* %197
	br label %198

198:
	%199 = call float @llvm.nvvm.fmax.f(float %190, float %194)
	%200 = icmp slt i32 %52, %NK
	%201 = icmp ne i8 %131, 0
	%202 = and i1 %200, %201
	%203 = select i1 %202, float %135, float 0xFFF0000000000000
	br i1 %53, label %204, label %207

204:
	%205 = bitcast float %203 to i32
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %52
	store i32 %205, i32 addrspace(3)* %206
	br label %207

207:
	%208 = call float @llvm.nvvm.fmax.f(float %199, float %203)
	%209 = add i32 %19, 2048
	br label %18

210:
	%211 = phi i32 [ %0, %140 ], [ %221, %213 ]
	%212 = icmp slt i32 %211, %16
	br i1 %212, label %213, label %222

213:
	%214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %211
	%215 = load i32, i32 addrspace(3)* %214
	%216 = bitcast i32 %215 to float
	%217 = fcmp one float %216, 0xFFF0000000000000
	%218 = select i1 %217, float %216, float -1.0
	%219 = bitcast float %218 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %211
	store i32 %219, i32 addrspace(3)* %220
	%221 = add i32 %211, 256
	br label %210

222:
	%223 = mul i32 %1, 64
	%224 = add i32 %223, %off
	%225 = add i32 %1, 1
	%226 = mul i32 %225, 64
	%227 = icmp slt i32 %226, %M
	%228 = select i1 %227, i32 %226, i32 %M
	%229 = sub i32 %228, 1
	%230 = add i32 %229, %off
	%231 = icmp slt i32 %224, 0
	%232 = sub i32 0, %224
	%233 = sub i32 32, 1
	%234 = add i32 %232, %233
	%235 = sdiv i32 %234, 32
	%236 = sub i32 0, %235
	%237 = sdiv i32 %224, 32
	%238 = select i1 %231, i32 %236, i32 %237
	%239 = icmp slt i32 %230, 0
	%240 = sub i32 0, %230
	%241 = sub i32 32, 1
	%242 = add i32 %240, %241
	%243 = sdiv i32 %242, 32
	%244 = sub i32 0, %243
	%245 = sdiv i32 %230, 32
	%246 = select i1 %239, i32 %244, i32 %245
	br label %247

247:
	%248 = phi i32 [ %0, %222 ], [ %292, %278 ]
	%249 = phi float [ 0.0, %222 ], [ %291, %278 ]
	%250 = icmp slt i32 %248, %16
	br i1 %250, label %251, label %259

251:
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %248
	%253 = load i32, i32 addrspace(3)* %252
	%254 = bitcast i32 %253 to float
	%255 = fcmp oge float %254, 0.0
	%256 = fmul float %254, 1.0
	%257 = select i1 %255, float %256, float -1.0
	%258 = icmp slt i32 %248, %NK
	br i1 %258, label %274, label %278

259:
	%260 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %249, i32 16, i32 31)
	%261 = fadd float %249, %260
	%262 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %261, i32 8, i32 31)
	%263 = fadd float %261, %262
	%264 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %263, i32 4, i32 31)
	%265 = fadd float %263, %264
	%266 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %265, i32 2, i32 31)
	%267 = fadd float %265, %266
	%268 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %267, i32 1, i32 31)
	%269 = fadd float %267, %268
	%270 = lshr i32 %0, 5
	%271 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%272 = icmp eq i32 %271, 0
	%273 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 %270
	br i1 %272, label %293, label %294

274:
	%275 = add i32 %11, %248
	%276 = sext i32 %275 to i64
	%277 = getelementptr float, float* %e, i64 %276
	store float %257, float* %277
	br label %278

278:
	%279 = icmp sge i32 %248, %238
	%280 = icmp sle i32 %248, %246
	%281 = and i1 %279, %280
	%282 = or i1 false, %281
	%283 = icmp eq i32 %248, 0
	%284 = or i1 %282, %283
	%285 = bitcast float %257 to i32
	%286 = add i32 %285, 2
	%287 = select i1 %284, i32 1, i32 %286
	%288 = select i1 %255, i32 %287, i32 0
	%289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %248
	store i32 %288, i32 addrspace(3)* %289
	%290 = uitofp i1 %255 to float
	%291 = fadd float %249, %290
	%292 = add i32 %248, 256
	br label %247

293:
	store float %269, float addrspace(3)* %273
	br label %294

294:
	call void @llvm.nvvm.barrier0()
	%295 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 0
	%296 = load float, float addrspace(3)* %295
	%297 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 1
	%298 = load float, float addrspace(3)* %297
	%299 = fadd float %296, %298
	%300 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 2
	%301 = load float, float addrspace(3)* %300
	%302 = fadd float %299, %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 3
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 4
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 5
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 6
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 7
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = fptosi float %317 to i32
	%319 = icmp eq i32 %0, 0
	br i1 %319, label %320, label %324

320:
	%321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 0
	%322 = load i32, i32 addrspace(3)* %321
	%323 = icmp eq i32 %322, 1
	br i1 %323, label %341, label %349

324:
	call void @llvm.nvvm.barrier0()
	%325 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @adfull_select1_cnt, i32 0, i32 0
	%326 = load i32, i32 addrspace(3)* %325
	%327 = sub i32 %318, %326
	%328 = sitofp i32 %318 to double
	%329 = fmul double 0x3FB999999999999A, %328
	%330 = fsub double %329, 0x3E112E0BE826D695
	%331 = call double @llvm.ceil.f64(double %330)
	%332 = fptosi double %331 to i32
	%333 = sub i32 %332, %326
	%334 = icmp sgt i32 %333, 0
	%335 = select i1 %334, i32 %333, i32 0
	%336 = icmp slt i32 %335, %327
	%337 = select i1 %336, i32 %335, i32 %327
	%338 = icmp sgt i32 %337, 0
	%339 = select i1 %338, i32 %337, i32 0
	%340 = icmp sgt i32 %339, 0
	br i1 %340, label %topk, label %topk_done

341:
	%342 = add i32 %13, 0
	%343 = sext i32 %342 to i64
	%344 = getelementptr i32, i32* %list, i64 %343
	store i32 0, i32* %344
	%345 = add i32 %13, %NK
	%346 = add i32 %345, 0
	%347 = sext i32 %346 to i64
	%348 = getelementptr i32, i32* %list, i64 %347
	store i32 1, i32* %348
	br label %349

349:
	%350 = add i32 %11, 0
	%351 = sext i32 %350 to i64
	%352 = getelementptr float, float* %e, i64 %351
	%353 = load float, float* %352
	%354 = add i32 0, 1
	%355 = select i1 %323, i32 %354, i32 0
	%356 = fpext float %353 to double
	%357 = fadd double 0.0, %356
	%358 = select i1 %323, double %357, double 0.0
	%359 = icmp sgt i32 %238, 1
	%360 = select i1 %359, i32 %238, i32 1
	%361 = add i32 %246, 1
	%362 = icmp slt i32 %361, %NK
	%363 = select i1 %362, i32 %361, i32 %NK
	br label %364

364:
	%365 = phi i32 [ %360, %349 ], [ %394, %384 ]
	%366 = phi i32 [ %355, %349 ], [ %390, %384 ]
	%367 = phi double [ %358, %349 ], [ %393, %384 ]
	%368 = icmp slt i32 %365, %363
	br i1 %368, label %369, label %373

369:
	%370 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %365
	%371 = load i32, i32 addrspace(3)* %370
	%372 = icmp eq i32 %371, 1
	br i1 %372, label %376, label %384

373:
	%374 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @adfull_select1_cnt, i32 0, i32 0
	store i32 %366, i32 addrspace(3)* %374
	%375 = getelementptr [1 x double], [1 x double] addrspace(3)* @adfull_select1_mass, i32 0, i32 0
	store double %367, double addrspace(3)* %375
	br label %324

376:
	%377 = add i32 %13, %366
	%378 = sext i32 %377 to i64
	%379 = getelementptr i32, i32* %list, i64 %378
	store i32 %365, i32* %379
	%380 = add i32 %13, %NK
	%381 = add i32 %380, %366
	%382 = sext i32 %381 to i64
	%383 = getelementptr i32, i32* %list, i64 %382
	store i32 1, i32* %383
	br label %384

384:
	%385 = add i32 %11, %365
	%386 = sext i32 %385 to i64
	%387 = getelementptr float, float* %e, i64 %386
	%388 = load float, float* %387
	%389 = add i32 %366, 1
	%390 = select i1 %372, i32 %389, i32 %366
	%391 = fpext float %388 to double
	%392 = fadd double %367, %391
	%393 = select i1 %372, double %392, double %367
	%394 = add i32 %365, 1
	br label %364

topk:
	call void @llvm.nvvm.barrier0()
	%395 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %395
	call void @llvm.nvvm.barrier0()
	br label %398

topk_done:
	%396 = icmp slt i32 %0, %339
	%397 = icmp sle i32 %339, 256
	br i1 %397, label %write_rank, label %write_sort

398:
	%399 = phi i32 [ %0, %topk ], [ %450, %449 ]
	%400 = icmp slt i32 %399, %16
	br i1 %400, label %401, label %417

401:
	%402 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %399
	%403 = load i32, i32 addrspace(3)* %402
	%404 = icmp uge i32 %403, 2
	%405 = and i32 %403, 0
	%406 = icmp eq i32 %405, 0
	%407 = and i1 %404, %406
	%408 = lshr i32 %403, 24
	%409 = and i32 %408, 255
	%410 = select i1 %407, i32 %409, i32 256
	%411 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %410)
	%412 = shl i32 1, %3
	%413 = sub i32 %412, 1
	%414 = and i32 %411, %413
	%415 = icmp eq i32 %414, 0
	%416 = and i1 %407, %415
	br i1 %416, label %445, label %449

417:
	call void @llvm.nvvm.barrier0()
	%418 = sub i32 255, %0
	%419 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %418
	%420 = load i32, i32 addrspace(3)* %419
	%421 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %421
	%422 = and i32 %0, 31
	%423 = lshr i32 %0, 5
	%424 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %420, i32 1, i32 0)
	%425 = icmp uge i32 %422, 1
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %420, %426
	%428 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %427, i32 2, i32 0)
	%429 = icmp uge i32 %422, 2
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %427, %430
	%432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %431, i32 4, i32 0)
	%433 = icmp uge i32 %422, 4
	%434 = select i1 %433, i32 %432, i32 0
	%435 = add i32 %431, %434
	%436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %435, i32 8, i32 0)
	%437 = icmp uge i32 %422, 8
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %435, %438
	%440 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %439, i32 16, i32 0)
	%441 = icmp uge i32 %422, 16
	%442 = select i1 %441, i32 %440, i32 0
	%443 = add i32 %439, %442
	%444 = icmp eq i32 %422, 31
	br i1 %444, label %451, label %453

445:
	%446 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %409
	%447 = call i32 @llvm.ctpop.i32(i32 %411)
	%448 = atomicrmw add i32 addrspace(3)* %446, i32 %447 monotonic
	br label %449

449:
	%450 = add i32 %399, 256
	br label %398

451:
	%452 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %423
	store i32 %443, i32 addrspace(3)* %452
	br label %453

453:
	call void @llvm.nvvm.barrier0()
	%454 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%455 = load i32, i32 addrspace(3)* %454
	%456 = icmp sgt i32 %423, 0
	%457 = select i1 %456, i32 %455, i32 0
	%458 = add i32 0, %457
	%459 = add i32 0, %455
	%460 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%461 = load i32, i32 addrspace(3)* %460
	%462 = icmp sgt i32 %423, 1
	%463 = select i1 %462, i32 %461, i32 0
	%464 = add i32 %458, %463
	%465 = add i32 %459, %461
	%466 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%467 = load i32, i32 addrspace(3)* %466
	%468 = icmp sgt i32 %423, 2
	%469 = select i1 %468, i32 %467, i32 0
	%470 = add i32 %464, %469
	%471 = add i32 %465, %467
	%472 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%473 = load i32, i32 addrspace(3)* %472
	%474 = icmp sgt i32 %423, 3
	%475 = select i1 %474, i32 %473, i32 0
	%476 = add i32 %470, %475
	%477 = add i32 %471, %473
	%478 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%479 = load i32, i32 addrspace(3)* %478
	%480 = icmp sgt i32 %423, 4
	%481 = select i1 %480, i32 %479, i32 0
	%482 = add i32 %476, %481
	%483 = add i32 %477, %479
	%484 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%485 = load i32, i32 addrspace(3)* %484
	%486 = icmp sgt i32 %423, 5
	%487 = select i1 %486, i32 %485, i32 0
	%488 = add i32 %482, %487
	%489 = add i32 %483, %485
	%490 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%491 = load i32, i32 addrspace(3)* %490
	%492 = icmp sgt i32 %423, 6
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %488, %493
	%495 = add i32 %489, %491
	%496 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%497 = load i32, i32 addrspace(3)* %496
	%498 = icmp sgt i32 %423, 7
	%499 = select i1 %498, i32 %497, i32 0
	%500 = add i32 %494, %499
	%501 = add i32 %495, %497
	%502 = add i32 %500, %443
	%503 = sub i32 %502, %420
	%504 = icmp slt i32 %503, %339
	%505 = add i32 %503, %420
	%506 = icmp sle i32 %339, %505
	%507 = and i1 %504, %506
	br i1 %507, label %508, label %511

508:
	%509 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %418, i32 addrspace(3)* %509
	%510 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %503, i32 addrspace(3)* %510
	br label %511

511:
	call void @llvm.nvvm.barrier0()
	%512 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%513 = load i32, i32 addrspace(3)* %512
	%514 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%515 = load i32, i32 addrspace(3)* %514
	%516 = sub i32 %339, %515
	%517 = shl i32 %513, 24
	%518 = or i32 0, %517
	%519 = or i32 0, u0xFF000000
	br label %520

520:
	%521 = phi i32 [ %0, %511 ], [ %572, %571 ]
	%522 = icmp slt i32 %521, %16
	br i1 %522, label %523, label %539

523:
	%524 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %521
	%525 = load i32, i32 addrspace(3)* %524
	%526 = icmp uge i32 %525, 2
	%527 = and i32 %525, %519
	%528 = icmp eq i32 %527, %518
	%529 = and i1 %526, %528
	%530 = lshr i32 %525, 16
	%531 = and i32 %530, 255
	%532 = select i1 %529, i32 %531, i32 256
	%533 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %532)
	%534 = shl i32 1, %3
	%535 = sub i32 %534, 1
	%536 = and i32 %533, %535
	%537 = icmp eq i32 %536, 0
	%538 = and i1 %529, %537
	br i1 %538, label %567, label %571

539:
	call void @llvm.nvvm.barrier0()
	%540 = sub i32 255, %0
	%541 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %540
	%542 = load i32, i32 addrspace(3)* %541
	%543 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %543
	%544 = and i32 %0, 31
	%545 = lshr i32 %0, 5
	%546 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %542, i32 1, i32 0)
	%547 = icmp uge i32 %544, 1
	%548 = select i1 %547, i32 %546, i32 0
	%549 = add i32 %542, %548
	%550 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %549, i32 2, i32 0)
	%551 = icmp uge i32 %544, 2
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %549, %552
	%554 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %553, i32 4, i32 0)
	%555 = icmp uge i32 %544, 4
	%556 = select i1 %555, i32 %554, i32 0
	%557 = add i32 %553, %556
	%558 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %557, i32 8, i32 0)
	%559 = icmp uge i32 %544, 8
	%560 = select i1 %559, i32 %558, i32 0
	%561 = add i32 %557, %560
	%562 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %561, i32 16, i32 0)
	%563 = icmp uge i32 %544, 16
	%564 = select i1 %563, i32 %562, i32 0
	%565 = add i32 %561, %564
	%566 = icmp eq i32 %544, 31
	br i1 %566, label %573, label %575

567:
	%568 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %531
	%569 = call i32 @llvm.ctpop.i32(i32 %533)
	%570 = atomicrmw add i32 addrspace(3)* %568, i32 %569 monotonic
	br label %571

571:
	%572 = add i32 %521, 256
	br label %520

573:
	%574 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %545
	store i32 %565, i32 addrspace(3)* %574
	br label %575

575:
	call void @llvm.nvvm.barrier0()
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %545, 0
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 0, %579
	%581 = add i32 0, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %545, 1
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%589 = load i32, i32 addrspace(3)* %588
	%590 = icmp sgt i32 %545, 2
	%591 = select i1 %590, i32 %589, i32 0
	%592 = add i32 %586, %591
	%593 = add i32 %587, %589
	%594 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%595 = load i32, i32 addrspace(3)* %594
	%596 = icmp sgt i32 %545, 3
	%597 = select i1 %596, i32 %595, i32 0
	%598 = add i32 %592, %597
	%599 = add i32 %593, %595
	%600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%601 = load i32, i32 addrspace(3)* %600
	%602 = icmp sgt i32 %545, 4
	%603 = select i1 %602, i32 %601, i32 0
	%604 = add i32 %598, %603
	%605 = add i32 %599, %601
	%606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%607 = load i32, i32 addrspace(3)* %606
	%608 = icmp sgt i32 %545, 5
	%609 = select i1 %608, i32 %607, i32 0
	%610 = add i32 %604, %609
	%611 = add i32 %605, %607
	%612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%613 = load i32, i32 addrspace(3)* %612
	%614 = icmp sgt i32 %545, 6
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %610, %615
	%617 = add i32 %611, %613
	%618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%619 = load i32, i32 addrspace(3)* %618
	%620 = icmp sgt i32 %545, 7
	%621 = select i1 %620, i32 %619, i32 0
	%622 = add i32 %616, %621
	%623 = add i32 %617, %619
	%624 = add i32 %622, %565
	%625 = sub i32 %624, %542
	%626 = icmp slt i32 %625, %516
	%627 = add i32 %625, %542
	%628 = icmp sle i32 %516, %627
	%629 = and i1 %626, %628
	br i1 %629, label %630, label %633

630:
	%631 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %540, i32 addrspace(3)* %631
	%632 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %625, i32 addrspace(3)* %632
	br label %633

633:
	call void @llvm.nvvm.barrier0()
	%634 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%635 = load i32, i32 addrspace(3)* %634
	%636 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%637 = load i32, i32 addrspace(3)* %636
	%638 = sub i32 %516, %637
	%639 = shl i32 %635, 16
	%640 = or i32 %518, %639
	%641 = or i32 %519, u0xFF0000
	br label %642

642:
	%643 = phi i32 [ %0, %633 ], [ %694, %693 ]
	%644 = icmp slt i32 %643, %16
	br i1 %644, label %645, label %661

645:
	%646 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %643
	%647 = load i32, i32 addrspace(3)* %646
	%648 = icmp uge i32 %647, 2
	%649 = and i32 %647, %641
	%650 = icmp eq i32 %649, %640
	%651 = and i1 %648, %650
	%652 = lshr i32 %647, 8
	%653 = and i32 %652, 255
	%654 = select i1 %651, i32 %653, i32 256
	%655 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %654)
	%656 = shl i32 1, %3
	%657 = sub i32 %656, 1
	%658 = and i32 %655, %657
	%659 = icmp eq i32 %658, 0
	%660 = and i1 %651, %659
	br i1 %660, label %689, label %693

661:
	call void @llvm.nvvm.barrier0()
	%662 = sub i32 255, %0
	%663 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %662
	%664 = load i32, i32 addrspace(3)* %663
	%665 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %665
	%666 = and i32 %0, 31
	%667 = lshr i32 %0, 5
	%668 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %664, i32 1, i32 0)
	%669 = icmp uge i32 %666, 1
	%670 = select i1 %669, i32 %668, i32 0
	%671 = add i32 %664, %670
	%672 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %671, i32 2, i32 0)
	%673 = icmp uge i32 %666, 2
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %671, %674
	%676 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %675, i32 4, i32 0)
	%677 = icmp uge i32 %666, 4
	%678 = select i1 %677, i32 %676, i32 0
	%679 = add i32 %675, %678
	%680 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %679, i32 8, i32 0)
	%681 = icmp uge i32 %666, 8
	%682 = select i1 %681, i32 %680, i32 0
	%683 = add i32 %679, %682
	%684 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %683, i32 16, i32 0)
	%685 = icmp uge i32 %666, 16
	%686 = select i1 %685, i32 %684, i32 0
	%687 = add i32 %683, %686
	%688 = icmp eq i32 %666, 31
	br i1 %688, label %695, label %697

689:
	%690 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %653
	%691 = call i32 @llvm.ctpop.i32(i32 %655)
	%692 = atomicrmw add i32 addrspace(3)* %690, i32 %691 monotonic
	br label %693

693:
	%694 = add i32 %643, 256
	br label %642

695:
	%696 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %667
	store i32 %687, i32 addrspace(3)* %696
	br label %697

697:
	call void @llvm.nvvm.barrier0()
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %667, 0
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 0, %701
	%703 = add i32 0, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %667, 1
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %667, 2
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %667, 3
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %667, 4
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %667, 5
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %667, 6
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%741 = load i32, i32 addrspace(3)* %740
	%742 = icmp sgt i32 %667, 7
	%743 = select i1 %742, i32 %741, i32 0
	%744 = add i32 %738, %743
	%745 = add i32 %739, %741
	%746 = add i32 %744, %687
	%747 = sub i32 %746, %664
	%748 = icmp slt i32 %747, %638
	%749 = add i32 %747, %664
	%750 = icmp sle i32 %638, %749
	%751 = and i1 %748, %750
	br i1 %751, label %752, label %755

752:
	%753 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %662, i32 addrspace(3)* %753
	%754 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %747, i32 addrspace(3)* %754
	br label %755

755:
	call void @llvm.nvvm.barrier0()
	%756 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%757 = load i32, i32 addrspace(3)* %756
	%758 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%759 = load i32, i32 addrspace(3)* %758
	%760 = sub i32 %638, %759
	%761 = shl i32 %757, 8
	%762 = or i32 %640, %761
	%763 = or i32 %641, u0xFF00
	br label %764

764:
	%765 = phi i32 [ %0, %755 ], [ %816, %815 ]
	%766 = icmp slt i32 %765, %16
	br i1 %766, label %767, label %783

767:
	%768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %765
	%769 = load i32, i32 addrspace(3)* %768
	%770 = icmp uge i32 %769, 2
	%771 = and i32 %769, %763
	%772 = icmp eq i32 %771, %762
	%773 = and i1 %770, %772
	%774 = lshr i32 %769, 0
	%775 = and i32 %774, 255
	%776 = select i1 %773, i32 %775, i32 256
	%777 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %776)
	%778 = shl i32 1, %3
	%779 = sub i32 %778, 1
	%780 = and i32 %777, %779
	%781 = icmp eq i32 %780, 0
	%782 = and i1 %773, %781
	br i1 %782, label %811, label %815

783:
	call void @llvm.nvvm.barrier0()
	%784 = sub i32 255, %0
	%785 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %784
	%786 = load i32, i32 addrspace(3)* %785
	%787 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %787
	%788 = and i32 %0, 31
	%789 = lshr i32 %0, 5
	%790 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %786, i32 1, i32 0)
	%791 = icmp uge i32 %788, 1
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %786, %792
	%794 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %793, i32 2, i32 0)
	%795 = icmp uge i32 %788, 2
	%796 = select i1 %795, i32 %794, i32 0
	%797 = add i32 %793, %796
	%798 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %797, i32 4, i32 0)
	%799 = icmp uge i32 %788, 4
	%800 = select i1 %799, i32 %798, i32 0
	%801 = add i32 %797, %800
	%802 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %801, i32 8, i32 0)
	%803 = icmp uge i32 %788, 8
	%804 = select i1 %803, i32 %802, i32 0
	%805 = add i32 %801, %804
	%806 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %805, i32 16, i32 0)
	%807 = icmp uge i32 %788, 16
	%808 = select i1 %807, i32 %806, i32 0
	%809 = add i32 %805, %808
	%810 = icmp eq i32 %788, 31
	br i1 %810, label %817, label %819

811:
	%812 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %775
	%813 = call i32 @llvm.ctpop.i32(i32 %777)
	%814 = atomicrmw add i32 addrspace(3)* %812, i32 %813 monotonic
	br label %815

815:
	%816 = add i32 %765, 256
	br label %764

817:
	%818 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %789
	store i32 %809, i32 addrspace(3)* %818
	br label %819

819:
	call void @llvm.nvvm.barrier0()
	%820 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%821 = load i32, i32 addrspace(3)* %820
	%822 = icmp sgt i32 %789, 0
	%823 = select i1 %822, i32 %821, i32 0
	%824 = add i32 0, %823
	%825 = add i32 0, %821
	%826 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%827 = load i32, i32 addrspace(3)* %826
	%828 = icmp sgt i32 %789, 1
	%829 = select i1 %828, i32 %827, i32 0
	%830 = add i32 %824, %829
	%831 = add i32 %825, %827
	%832 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%833 = load i32, i32 addrspace(3)* %832
	%834 = icmp sgt i32 %789, 2
	%835 = select i1 %834, i32 %833, i32 0
	%836 = add i32 %830, %835
	%837 = add i32 %831, %833
	%838 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%839 = load i32, i32 addrspace(3)* %838
	%840 = icmp sgt i32 %789, 3
	%841 = select i1 %840, i32 %839, i32 0
	%842 = add i32 %836, %841
	%843 = add i32 %837, %839
	%844 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%845 = load i32, i32 addrspace(3)* %844
	%846 = icmp sgt i32 %789, 4
	%847 = select i1 %846, i32 %845, i32 0
	%848 = add i32 %842, %847
	%849 = add i32 %843, %845
	%850 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%851 = load i32, i32 addrspace(3)* %850
	%852 = icmp sgt i32 %789, 5
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %848, %853
	%855 = add i32 %849, %851
	%856 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%857 = load i32, i32 addrspace(3)* %856
	%858 = icmp sgt i32 %789, 6
	%859 = select i1 %858, i32 %857, i32 0
	%860 = add i32 %854, %859
	%861 = add i32 %855, %857
	%862 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%863 = load i32, i32 addrspace(3)* %862
	%864 = icmp sgt i32 %789, 7
	%865 = select i1 %864, i32 %863, i32 0
	%866 = add i32 %860, %865
	%867 = add i32 %861, %863
	%868 = add i32 %866, %809
	%869 = sub i32 %868, %786
	%870 = icmp slt i32 %869, %760
	%871 = add i32 %869, %786
	%872 = icmp sle i32 %760, %871
	%873 = and i1 %870, %872
	br i1 %873, label %874, label %877

874:
	%875 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %784, i32 addrspace(3)* %875
	%876 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %869, i32 addrspace(3)* %876
	br label %877

877:
	call void @llvm.nvvm.barrier0()
	%878 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%879 = load i32, i32 addrspace(3)* %878
	%880 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%881 = load i32, i32 addrspace(3)* %880
	%882 = sub i32 %760, %881
	%883 = shl i32 %879, 0
	%884 = or i32 %762, %883
	%885 = or i32 %763, 255
	%886 = shl i32 1, %3
	%887 = sub i32 %886, 1
	br label %888

888:
	%889 = phi i32 [ 0, %877 ], [ %943, %942 ]
	%890 = icmp slt i32 %889, %16
	br i1 %890, label %891, label %900

891:
	%892 = add i32 %889, %0
	%893 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %892
	%894 = load i32, i32 addrspace(3)* %893
	%895 = icmp ugt i32 %894, %884
	%896 = icmp eq i32 %894, %884
	%897 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %895)
	%898 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %896)
	%899 = icmp eq i32 %3, 0
	br i1 %899, label %934, label %942

900:
	call void @llvm.nvvm.barrier0()
	%901 = sdiv i32 %16, 256
	%902 = mul i32 %901, 8
	%903 = icmp slt i32 %0, %902
	%904 = select i1 %903, i32 %0, i32 0
	%905 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpg, i32 0, i32 %904
	%906 = load i32, i32 addrspace(3)* %905
	%907 = select i1 %903, i32 %906, i32 0
	%908 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpt, i32 0, i32 %904
	%909 = load i32, i32 addrspace(3)* %908
	%910 = select i1 %903, i32 %909, i32 0
	%911 = and i32 %0, 31
	%912 = lshr i32 %0, 5
	%913 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %910, i32 1, i32 0)
	%914 = icmp uge i32 %911, 1
	%915 = select i1 %914, i32 %913, i32 0
	%916 = add i32 %910, %915
	%917 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %916, i32 2, i32 0)
	%918 = icmp uge i32 %911, 2
	%919 = select i1 %918, i32 %917, i32 0
	%920 = add i32 %916, %919
	%921 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %920, i32 4, i32 0)
	%922 = icmp uge i32 %911, 4
	%923 = select i1 %922, i32 %921, i32 0
	%924 = add i32 %920, %923
	%925 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %924, i32 8, i32 0)
	%926 = icmp uge i32 %911, 8
	%927 = select i1 %926, i32 %925, i32 0
	%928 = add i32 %924, %927
	%929 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %928, i32 16, i32 0)
	%930 = icmp uge i32 %911, 16
	%931 = select i1 %930, i32 %929, i32 0
	%932 = add i32 %928, %931
	%933 = icmp eq i32 %911, 31
	br i1 %933, label %944, label %946

934:
	%935 = sdiv i32 %889, 256
	%936 = mul i32 %935, 8
	%937 = add i32 %936, %4
	%938 = call i32 @llvm.ctpop.i32(i32 %897)
	%939 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpg, i32 0, i32 %937
	store i32 %938, i32 addrspace(3)* %939
	%940 = call i32 @llvm.ctpop.i32(i32 %898)
	%941 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpt, i32 0, i32 %937
	store i32 %940, i32 addrspace(3)* %941
	br label %942

942:
	%943 = add i32 %889, 256
	br label %888

944:
	%945 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %912
	store i32 %932, i32 addrspace(3)* %945
	br label %946

946:
	call void @llvm.nvvm.barrier0()
	%947 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%948 = load i32, i32 addrspace(3)* %947
	%949 = icmp sgt i32 %912, 0
	%950 = select i1 %949, i32 %948, i32 0
	%951 = add i32 0, %950
	%952 = add i32 0, %948
	%953 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%954 = load i32, i32 addrspace(3)* %953
	%955 = icmp sgt i32 %912, 1
	%956 = select i1 %955, i32 %954, i32 0
	%957 = add i32 %951, %956
	%958 = add i32 %952, %954
	%959 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%960 = load i32, i32 addrspace(3)* %959
	%961 = icmp sgt i32 %912, 2
	%962 = select i1 %961, i32 %960, i32 0
	%963 = add i32 %957, %962
	%964 = add i32 %958, %960
	%965 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%966 = load i32, i32 addrspace(3)* %965
	%967 = icmp sgt i32 %912, 3
	%968 = select i1 %967, i32 %966, i32 0
	%969 = add i32 %963, %968
	%970 = add i32 %964, %966
	%971 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%972 = load i32, i32 addrspace(3)* %971
	%973 = icmp sgt i32 %912, 4
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %969, %974
	%976 = add i32 %970, %972
	%977 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%978 = load i32, i32 addrspace(3)* %977
	%979 = icmp sgt i32 %912, 5
	%980 = select i1 %979, i32 %978, i32 0
	%981 = add i32 %975, %980
	%982 = add i32 %976, %978
	%983 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp sgt i32 %912, 6
	%986 = select i1 %985, i32 %984, i32 0
	%987 = add i32 %981, %986
	%988 = add i32 %982, %984
	%989 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%990 = load i32, i32 addrspace(3)* %989
	%991 = icmp sgt i32 %912, 7
	%992 = select i1 %991, i32 %990, i32 0
	%993 = add i32 %987, %992
	%994 = add i32 %988, %990
	%995 = add i32 %993, %932
	%996 = sub i32 %995, %910
	%997 = sub i32 %882, %996
	%998 = icmp sgt i32 %997, 0
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = icmp slt i32 %999, %910
	%1001 = select i1 %1000, i32 %999, i32 %910
	%1002 = add i32 %907, %1001
	%1003 = and i32 %0, 31
	%1004 = lshr i32 %0, 5
	%1005 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1002, i32 1, i32 0)
	%1006 = icmp uge i32 %1003, 1
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1002, %1007
	%1009 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1008, i32 2, i32 0)
	%1010 = icmp uge i32 %1003, 2
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = add i32 %1008, %1011
	%1013 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1012, i32 4, i32 0)
	%1014 = icmp uge i32 %1003, 4
	%1015 = select i1 %1014, i32 %1013, i32 0
	%1016 = add i32 %1012, %1015
	%1017 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1016, i32 8, i32 0)
	%1018 = icmp uge i32 %1003, 8
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1016, %1019
	%1021 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1020, i32 16, i32 0)
	%1022 = icmp uge i32 %1003, 16
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = add i32 %1020, %1023
	%1025 = icmp eq i32 %1003, 31
	br i1 %1025, label %1026, label %1028

1026:
	%1027 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 %1004
	store i32 %1024, i32 addrspace(3)* %1027
	br label %1028

1028:
	call void @llvm.nvvm.barrier0()
	%1029 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 0
	%1030 = load i32, i32 addrspace(3)* %1029
	%1031 = icmp sgt i32 %1004, 0
	%1032 = select i1 %1031, i32 %1030, i32 0
	%1033 = add i32 0, %1032
	%1034 = add i32 0, %1030
	%1035 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 1
	%1036 = load i32, i32 addrspace(3)* %1035
	%1037 = icmp sgt i32 %1004, 1
	%1038 = select i1 %1037, i32 %1036, i32 0
	%1039 = add i32 %1033, %1038
	%1040 = add i32 %1034, %1036
	%1041 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 2
	%1042 = load i32, i32 addrspace(3)* %1041
	%1043 = icmp sgt i32 %1004, 2
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 %1039, %1044
	%1046 = add i32 %1040, %1042
	%1047 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 3
	%1048 = load i32, i32 addrspace(3)* %1047
	%1049 = icmp sgt i32 %1004, 3
	%1050 = select i1 %1049, i32 %1048, i32 0
	%1051 = add i32 %1045, %1050
	%1052 = add i32 %1046, %1048
	%1053 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 4
	%1054 = load i32, i32 addrspace(3)* %1053
	%1055 = icmp sgt i32 %1004, 4
	%1056 = select i1 %1055, i32 %1054, i32 0
	%1057 = add i32 %1051, %1056
	%1058 = add i32 %1052, %1054
	%1059 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 5
	%1060 = load i32, i32 addrspace(3)* %1059
	%1061 = icmp sgt i32 %1004, 5
	%1062 = select i1 %1061, i32 %1060, i32 0
	%1063 = add i32 %1057, %1062
	%1064 = add i32 %1058, %1060
	%1065 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 6
	%1066 = load i32, i32 addrspace(3)* %1065
	%1067 = icmp sgt i32 %1004, 6
	%1068 = select i1 %1067, i32 %1066, i32 0
	%1069 = add i32 %1063, %1068
	%1070 = add i32 %1064, %1066
	%1071 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 7
	%1072 = load i32, i32 addrspace(3)* %1071
	%1073 = icmp sgt i32 %1004, 7
	%1074 = select i1 %1073, i32 %1072, i32 0
	%1075 = add i32 %1069, %1074
	%1076 = add i32 %1070, %1072
	%1077 = add i32 %1075, %1024
	%1078 = sub i32 %1077, %1002
	br i1 %903, label %1079, label %1082

1079:
	%1080 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpg, i32 0, i32 %0
	store i32 %1078, i32 addrspace(3)* %1080
	%1081 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpt, i32 0, i32 %0
	store i32 %996, i32 addrspace(3)* %1081
	br label %1082

1082:
	call void @llvm.nvvm.barrier0()
	br label %1083

1083:
	%1084 = phi i32 [ 0, %1082 ], [ %1116, %1115 ]
	%1085 = icmp slt i32 %1084, %16
	br i1 %1085, label %1086, label %1111

1086:
	%1087 = add i32 %1084, %0
	%1088 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %1087
	%1089 = load i32, i32 addrspace(3)* %1088
	%1090 = icmp ugt i32 %1089, %884
	%1091 = icmp eq i32 %1089, %884
	%1092 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1090)
	%1093 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1091)
	%1094 = sdiv i32 %1084, 256
	%1095 = mul i32 %1094, 8
	%1096 = add i32 %1095, %4
	%1097 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpt, i32 0, i32 %1096
	%1098 = load i32, i32 addrspace(3)* %1097
	%1099 = and i32 %1093, %887
	%1100 = call i32 @llvm.ctpop.i32(i32 %1099)
	%1101 = add i32 %1098, %1100
	%1102 = icmp slt i32 %1101, %882
	%1103 = and i1 %1091, %1102
	%1104 = or i1 %1090, %1103
	%1105 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1104)
	%1106 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @adfull_select1_cmpg, i32 0, i32 %1096
	%1107 = load i32, i32 addrspace(3)* %1106
	%1108 = and i32 %1105, %887
	%1109 = call i32 @llvm.ctpop.i32(i32 %1108)
	%1110 = add i32 %1107, %1109
	br i1 %1104, label %1112, label %1115

1111:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1112:
	%1113 = add i32 %1084, %0
	%1114 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1110
	store i32 %1113, i32 addrspace(3)* %1114
	br label %1115

1115:
	%1116 = add i32 %1084, 256
	br label %1083

write_rank:
	br i1 %396, label %1208, label %1214

write_sort:
	%1117 = sub i32 %339, 1
	%1118 = call i32 @llvm.ctlz.i32(i32 %1117, i1 false)
	%1119 = icmp sgt i32 %339, 1
	%1120 = sub i32 32, %1118
	%1121 = select i1 %1119, i32 %1120, i32 0
	%1122 = shl i32 1, %1121
	%1123 = add i32 %339, %0
	br label %1126

write_done:
	%1124 = add i32 %326, %339
	%1125 = add i32 %1124, %0
	br label %1247

1126:
	%1127 = phi i32 [ %1123, %write_sort ], [ %1131, %1129 ]
	%1128 = icmp slt i32 %1127, %1122
	br i1 %1128, label %1129, label %1132

1129:
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1127
	store i32 -1, i32 addrspace(3)* %1130
	%1131 = add i32 %1127, 256
	br label %1126

1132:
	call void @llvm.nvvm.barrier0()
	%1133 = add i32 %1121, 1
	br label %1134

1134:
	%1135 = phi i32 [ 1, %1132 ], [ %1151, %1150 ]
	%1136 = icmp slt i32 %1135, %1133
	br i1 %1136, label %1137, label %1139

1137:
	%1138 = shl i32 1, %1135
	br label %1140

1139:
	br label %1192

1140:
	%1141 = phi i32 [ 0, %1137 ], [ %1186, %1185 ]
	%1142 = icmp slt i32 %1141, %1135
	br i1 %1142, label %1143, label %1150

1143:
	%1144 = sub i32 %1135, 1
	%1145 = sub i32 %1144, %1141
	%1146 = shl i32 1, %1145
	%1147 = sub i32 %1135, 1
	%1148 = sub i32 %1147, %1141
	%1149 = lshr i32 %1122, 1
	br label %1152

1150:
	%1151 = add i32 %1135, 1
	br label %1134

1152:
	%1153 = phi i32 [ %0, %1143 ], [ %1191, %1190 ]
	%1154 = icmp slt i32 %1153, %1149
	br i1 %1154, label %1155, label %1185

1155:
	%1156 = lshr i32 %1153, %1148
	%1157 = add i32 %1148, 1
	%1158 = shl i32 %1156, %1157
	%1159 = sub i32 %1146, 1
	%1160 = and i32 %1153, %1159
	%1161 = or i32 %1158, %1160
	%1162 = or i32 %1161, %1146
	%1163 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1161
	%1164 = load i32, i32 addrspace(3)* %1163
	%1165 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1162
	%1166 = load i32, i32 addrspace(3)* %1165
	%1167 = and i32 %1161, %1138
	%1168 = icmp eq i32 %1167, 0
	%1169 = icmp sge i32 %1166, 0
	%1170 = select i1 %1169, i32 %1166, i32 0
	%1171 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %1170
	%1172 = load i32, i32 addrspace(3)* %1171
	%1173 = select i1 %1169, i32 %1172, i32 0
	%1174 = icmp sge i32 %1164, 0
	%1175 = select i1 %1174, i32 %1164, i32 0
	%1176 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %1175
	%1177 = load i32, i32 addrspace(3)* %1176
	%1178 = select i1 %1174, i32 %1177, i32 0
	%1179 = icmp ugt i32 %1173, %1178
	%1180 = icmp eq i32 %1173, %1178
	%1181 = icmp slt i32 %1166, %1164
	%1182 = and i1 %1180, %1181
	%1183 = or i1 %1179, %1182
	%1184 = icmp eq i1 %1183, %1168
	br i1 %1184, label %1187, label %1190

1185:
	call void @llvm.nvvm.barrier0()
	%1186 = add i32 %1141, 1
	br label %1140

1187:
	%1188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1161
	store i32 %1166, i32 addrspace(3)* %1188
	%1189 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1162
	store i32 %1164, i32 addrspace(3)* %1189
	br label %1190

1190:
	%1191 = add i32 %1153, 256
	br label %1152

1192:
	%1193 = phi i32 [ %0, %1139 ], [ %1206, %1195 ]
	%1194 = icmp slt i32 %1193, %339
	br i1 %1194, label %1195, label %1207

1195:
	%1196 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1193
	%1197 = load i32, i32 addrspace(3)* %1196
	%1198 = add i32 %326, %1193
	%1199 = add i32 %13, %1198
	%1200 = sext i32 %1199 to i64
	%1201 = getelementptr i32, i32* %list, i64 %1200
	store i32 %1197, i32* %1201
	%1202 = add i32 %13, %NK
	%1203 = add i32 %1202, %1198
	%1204 = sext i32 %1203 to i64
	%1205 = getelementptr i32, i32* %list, i64 %1204
	store i32 0, i32* %1205
	%1206 = add i32 %1193, 256
	br label %1192

1207:
	br label %write_done

1208:
	%1209 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %0
	%1210 = load i32, i32 addrspace(3)* %1209
	%1211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %1210
	%1212 = load i32, i32 addrspace(3)* %1211
	%1213 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %0
	store i32 %1212, i32 addrspace(3)* %1213
	br label %1214

1214:
	call void @llvm.nvvm.barrier0()
	br i1 %396, label %1215, label %1220

1215:
	%1216 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %0
	%1217 = load i32, i32 addrspace(3)* %1216
	%1218 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %0
	%1219 = load i32, i32 addrspace(3)* %1218
	br label %1221

1220:
	br label %write_done

1221:
	%1222 = phi i32 [ 0, %1215 ], [ %1237, %1225 ]
	%1223 = phi i32 [ 0, %1215 ], [ %1236, %1225 ]
	%1224 = icmp slt i32 %1222, %339
	br i1 %1224, label %1225, label %1238

1225:
	%1226 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist2, i32 0, i32 %1222
	%1227 = load i32, i32 addrspace(3)* %1226
	%1228 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %1222
	%1229 = load i32, i32 addrspace(3)* %1228
	%1230 = icmp ugt i32 %1227, %1219
	%1231 = icmp eq i32 %1227, %1219
	%1232 = icmp slt i32 %1229, %1217
	%1233 = and i1 %1231, %1232
	%1234 = or i1 %1230, %1233
	%1235 = zext i1 %1234 to i32
	%1236 = add i32 %1223, %1235
	%1237 = add i32 %1222, 1
	br label %1221

1238:
	%1239 = add i32 %326, %1223
	%1240 = add i32 %13, %1239
	%1241 = sext i32 %1240 to i64
	%1242 = getelementptr i32, i32* %list, i64 %1241
	store i32 %1217, i32* %1242
	%1243 = add i32 %13, %NK
	%1244 = add i32 %1243, %1239
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr i32, i32* %list, i64 %1245
	store i32 0, i32* %1246
	br label %1220

1247:
	%1248 = phi i32 [ %1125, %write_done ], [ %1258, %1250 ]
	%1249 = icmp slt i32 %1248, %NK
	br i1 %1249, label %1250, label %1259

1250:
	%1251 = add i32 %13, %1248
	%1252 = sext i32 %1251 to i64
	%1253 = getelementptr i32, i32* %list, i64 %1252
	store i32 -1, i32* %1253
	%1254 = add i32 %13, %NK
	%1255 = add i32 %1254, %1248
	%1256 = sext i32 %1255 to i64
	%1257 = getelementptr i32, i32* %list, i64 %1256
	store i32 -1, i32* %1257
	%1258 = add i32 %1248, 256
	br label %1247

1259:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare double @llvm.ceil.f64(double %p0)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @adfull_adstats0(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats, float* %part, float* %mx, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%3 = mul i32 %2, 128
	%4 = lshr i32 %0, 5
	%5 = and i32 %0, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sdiv i32 %1, %group
	%9 = mul i32 %1, %M
	%10 = mul i32 %9, 64
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %q, i64 %11
	%13 = mul i32 %8, %N
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %k, i64 %15
	%17 = add i32 %T, 63
	%18 = sdiv i32 %17, 64
	%19 = ptrtoint [24576 x i8] addrspace(3)* @adfull_adstats0_smem to i32
	%20 = add i32 %19, u0x4000
	%21 = lshr i32 %5, 4
	%22 = and i32 %5, 7
	%23 = lshr i32 %5, 3
	%24 = and i32 %23, 1
	%25 = shl i32 %24, 3
	%26 = add i32 %22, %25
	%27 = mul i32 %4, 16
	%28 = add i32 %27, %26
	%29 = mul i32 %28, 128
	%30 = add i32 %19, %29
	%31 = and i32 %5, 7
	%32 = xor i32 %21, %31
	%33 = shl i32 %32, 4
	%34 = add i32 %30, %33
	%35 = and i32 %5, 7
	%36 = shl i32 %21, 3
	%37 = add i32 %35, %36
	%38 = lshr i32 %5, 3
	%39 = and i32 %38, 1
	%40 = mul i32 %37, 128
	%41 = add i32 %20, %40
	%42 = and i32 %5, 7
	%43 = xor i32 %39, %42
	%44 = shl i32 %43, 4
	%45 = add i32 %41, %44
	%46 = add i32 %T, 63
	%47 = sdiv i32 %46, 64
	br label %48

48:
	%49 = phi i32 [ 0, %entry ], [ %1223, %1222 ]
	%50 = phi float [ 0xFFF0000000000000, %entry ], [ %915, %1222 ]
	%51 = phi float [ 0xFFF0000000000000, %entry ], [ %996, %1222 ]
	%52 = phi float [ 0.0, %entry ], [ %968, %1222 ]
	%53 = phi float [ 0.0, %entry ], [ %1049, %1222 ]
	%54 = icmp slt i32 %49, %47
	br i1 %54, label %55, label %57

55:
	%56 = mul i32 %49, 64
	br label %69

57:
	%58 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %52, i32 1, i32 31)
	%59 = fadd float %52, %58
	%60 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %59, i32 2, i32 31)
	%61 = fadd float %59, %60
	%62 = mul i32 %4, 16
	%63 = add i32 %6, 0
	%64 = add i32 %62, %63
	%65 = add i32 %3, %64
	%66 = icmp slt i32 %65, %R
	%67 = icmp eq i32 %7, 0
	%68 = and i1 %66, %67
	br i1 %68, label %1224, label %1237

69:
	%70 = phi i32 [ 0, %55 ], [ %510, %104 ]
	%71 = phi float [ 0.0, %55 ], [ %453, %104 ]
	%72 = phi float [ 0.0, %55 ], [ %454, %104 ]
	%73 = phi float [ 0.0, %55 ], [ %455, %104 ]
	%74 = phi float [ 0.0, %55 ], [ %456, %104 ]
	%75 = phi float [ 0.0, %55 ], [ %458, %104 ]
	%76 = phi float [ 0.0, %55 ], [ %459, %104 ]
	%77 = phi float [ 0.0, %55 ], [ %460, %104 ]
	%78 = phi float [ 0.0, %55 ], [ %461, %104 ]
	%79 = phi float [ 0.0, %55 ], [ %469, %104 ]
	%80 = phi float [ 0.0, %55 ], [ %470, %104 ]
	%81 = phi float [ 0.0, %55 ], [ %471, %104 ]
	%82 = phi float [ 0.0, %55 ], [ %472, %104 ]
	%83 = phi float [ 0.0, %55 ], [ %474, %104 ]
	%84 = phi float [ 0.0, %55 ], [ %475, %104 ]
	%85 = phi float [ 0.0, %55 ], [ %476, %104 ]
	%86 = phi float [ 0.0, %55 ], [ %477, %104 ]
	%87 = phi float [ 0.0, %55 ], [ %485, %104 ]
	%88 = phi float [ 0.0, %55 ], [ %486, %104 ]
	%89 = phi float [ 0.0, %55 ], [ %487, %104 ]
	%90 = phi float [ 0.0, %55 ], [ %488, %104 ]
	%91 = phi float [ 0.0, %55 ], [ %490, %104 ]
	%92 = phi float [ 0.0, %55 ], [ %491, %104 ]
	%93 = phi float [ 0.0, %55 ], [ %492, %104 ]
	%94 = phi float [ 0.0, %55 ], [ %493, %104 ]
	%95 = phi float [ 0.0, %55 ], [ %501, %104 ]
	%96 = phi float [ 0.0, %55 ], [ %502, %104 ]
	%97 = phi float [ 0.0, %55 ], [ %503, %104 ]
	%98 = phi float [ 0.0, %55 ], [ %504, %104 ]
	%99 = phi float [ 0.0, %55 ], [ %506, %104 ]
	%100 = phi float [ 0.0, %55 ], [ %507, %104 ]
	%101 = phi float [ 0.0, %55 ], [ %508, %104 ]
	%102 = phi float [ 0.0, %55 ], [ %509, %104 ]
	%103 = icmp slt i32 %70, 4
	br i1 %103, label %104, label %511

104:
	%105 = sub i32 3, %70
	%106 = add i32 %0, 0
	%107 = lshr i32 %106, 3
	%108 = and i32 %106, 7
	%109 = add i32 %3, %107
	%110 = mul i32 %109, 4
	%111 = add i32 %110, %105
	%112 = icmp slt i32 %111, %M
	%113 = select i1 %112, i32 %111, i32 0
	%114 = mul i32 %113, 64
	%115 = mul i32 %108, 8
	%116 = add i32 %114, %115
	%117 = and i32 %107, 7
	%118 = xor i32 %108, %117
	%119 = mul i32 %107, 8
	%120 = add i32 %119, %118
	%121 = shl i32 %120, 4
	%122 = add i32 %19, %121
	%123 = sext i32 %116 to i64
	%124 = getelementptr i16, i16* %12, i64 %123
	%125 = select i1 %112, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %124, i32 %125)
	%126 = add i32 %0, 256
	%127 = lshr i32 %126, 3
	%128 = and i32 %126, 7
	%129 = add i32 %3, %127
	%130 = mul i32 %129, 4
	%131 = add i32 %130, %105
	%132 = icmp slt i32 %131, %M
	%133 = select i1 %132, i32 %131, i32 0
	%134 = mul i32 %133, 64
	%135 = mul i32 %128, 8
	%136 = add i32 %134, %135
	%137 = and i32 %127, 7
	%138 = xor i32 %128, %137
	%139 = mul i32 %127, 8
	%140 = add i32 %139, %138
	%141 = shl i32 %140, 4
	%142 = add i32 %19, %141
	%143 = sext i32 %136 to i64
	%144 = getelementptr i16, i16* %12, i64 %143
	%145 = select i1 %132, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %142, i16* %144, i32 %145)
	%146 = add i32 %0, 512
	%147 = lshr i32 %146, 3
	%148 = and i32 %146, 7
	%149 = add i32 %3, %147
	%150 = mul i32 %149, 4
	%151 = add i32 %150, %105
	%152 = icmp slt i32 %151, %M
	%153 = select i1 %152, i32 %151, i32 0
	%154 = mul i32 %153, 64
	%155 = mul i32 %148, 8
	%156 = add i32 %154, %155
	%157 = and i32 %147, 7
	%158 = xor i32 %148, %157
	%159 = mul i32 %147, 8
	%160 = add i32 %159, %158
	%161 = shl i32 %160, 4
	%162 = add i32 %19, %161
	%163 = sext i32 %156 to i64
	%164 = getelementptr i16, i16* %12, i64 %163
	%165 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %162, i16* %164, i32 %165)
	%166 = add i32 %0, 768
	%167 = lshr i32 %166, 3
	%168 = and i32 %166, 7
	%169 = add i32 %3, %167
	%170 = mul i32 %169, 4
	%171 = add i32 %170, %105
	%172 = icmp slt i32 %171, %M
	%173 = select i1 %172, i32 %171, i32 0
	%174 = mul i32 %173, 64
	%175 = mul i32 %168, 8
	%176 = add i32 %174, %175
	%177 = and i32 %167, 7
	%178 = xor i32 %168, %177
	%179 = mul i32 %167, 8
	%180 = add i32 %179, %178
	%181 = shl i32 %180, 4
	%182 = add i32 %19, %181
	%183 = sext i32 %176 to i64
	%184 = getelementptr i16, i16* %12, i64 %183
	%185 = select i1 %172, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %182, i16* %184, i32 %185)
	%186 = add i32 %0, 0
	%187 = lshr i32 %186, 3
	%188 = and i32 %186, 7
	%189 = add i32 %56, %187
	%190 = mul i32 %189, 4
	%191 = add i32 %190, %70
	%192 = icmp slt i32 %191, %N
	%193 = select i1 %192, i32 %191, i32 0
	%194 = mul i32 %193, 64
	%195 = mul i32 %188, 8
	%196 = add i32 %194, %195
	%197 = and i32 %187, 7
	%198 = xor i32 %188, %197
	%199 = mul i32 %187, 8
	%200 = add i32 %199, %198
	%201 = shl i32 %200, 4
	%202 = add i32 %20, %201
	%203 = sext i32 %196 to i64
	%204 = getelementptr i16, i16* %16, i64 %203
	%205 = select i1 %192, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %202, i16* %204, i32 %205)
	%206 = add i32 %0, 256
	%207 = lshr i32 %206, 3
	%208 = and i32 %206, 7
	%209 = add i32 %56, %207
	%210 = mul i32 %209, 4
	%211 = add i32 %210, %70
	%212 = icmp slt i32 %211, %N
	%213 = select i1 %212, i32 %211, i32 0
	%214 = mul i32 %213, 64
	%215 = mul i32 %208, 8
	%216 = add i32 %214, %215
	%217 = and i32 %207, 7
	%218 = xor i32 %208, %217
	%219 = mul i32 %207, 8
	%220 = add i32 %219, %218
	%221 = shl i32 %220, 4
	%222 = add i32 %20, %221
	%223 = sext i32 %216 to i64
	%224 = getelementptr i16, i16* %16, i64 %223
	%225 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %222, i16* %224, i32 %225)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%226 = xor i32 %34, 0
	%227 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %226)
	%228 = extractvalue { i32, i32, i32, i32 } %227, 0
	%229 = extractvalue { i32, i32, i32, i32 } %227, 1
	%230 = extractvalue { i32, i32, i32, i32 } %227, 2
	%231 = extractvalue { i32, i32, i32, i32 } %227, 3
	%232 = xor i32 %45, 0
	%233 = add i32 %232, 0
	%234 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %233)
	%235 = extractvalue { i32, i32, i32, i32 } %234, 0
	%236 = extractvalue { i32, i32, i32, i32 } %234, 1
	%237 = extractvalue { i32, i32, i32, i32 } %234, 2
	%238 = extractvalue { i32, i32, i32, i32 } %234, 3
	%239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %235, i32 %236, float %71, float %72, float %73, float %74)
	%240 = extractvalue { float, float, float, float } %239, 0
	%241 = extractvalue { float, float, float, float } %239, 1
	%242 = extractvalue { float, float, float, float } %239, 2
	%243 = extractvalue { float, float, float, float } %239, 3
	%244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %237, i32 %238, float %75, float %76, float %77, float %78)
	%245 = extractvalue { float, float, float, float } %244, 0
	%246 = extractvalue { float, float, float, float } %244, 1
	%247 = extractvalue { float, float, float, float } %244, 2
	%248 = extractvalue { float, float, float, float } %244, 3
	%249 = add i32 %232, 2048
	%250 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %249)
	%251 = extractvalue { i32, i32, i32, i32 } %250, 0
	%252 = extractvalue { i32, i32, i32, i32 } %250, 1
	%253 = extractvalue { i32, i32, i32, i32 } %250, 2
	%254 = extractvalue { i32, i32, i32, i32 } %250, 3
	%255 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %251, i32 %252, float %79, float %80, float %81, float %82)
	%256 = extractvalue { float, float, float, float } %255, 0
	%257 = extractvalue { float, float, float, float } %255, 1
	%258 = extractvalue { float, float, float, float } %255, 2
	%259 = extractvalue { float, float, float, float } %255, 3
	%260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %253, i32 %254, float %83, float %84, float %85, float %86)
	%261 = extractvalue { float, float, float, float } %260, 0
	%262 = extractvalue { float, float, float, float } %260, 1
	%263 = extractvalue { float, float, float, float } %260, 2
	%264 = extractvalue { float, float, float, float } %260, 3
	%265 = add i32 %232, u0x1000
	%266 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %265)
	%267 = extractvalue { i32, i32, i32, i32 } %266, 0
	%268 = extractvalue { i32, i32, i32, i32 } %266, 1
	%269 = extractvalue { i32, i32, i32, i32 } %266, 2
	%270 = extractvalue { i32, i32, i32, i32 } %266, 3
	%271 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %267, i32 %268, float %87, float %88, float %89, float %90)
	%272 = extractvalue { float, float, float, float } %271, 0
	%273 = extractvalue { float, float, float, float } %271, 1
	%274 = extractvalue { float, float, float, float } %271, 2
	%275 = extractvalue { float, float, float, float } %271, 3
	%276 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %269, i32 %270, float %91, float %92, float %93, float %94)
	%277 = extractvalue { float, float, float, float } %276, 0
	%278 = extractvalue { float, float, float, float } %276, 1
	%279 = extractvalue { float, float, float, float } %276, 2
	%280 = extractvalue { float, float, float, float } %276, 3
	%281 = add i32 %232, 6144
	%282 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %281)
	%283 = extractvalue { i32, i32, i32, i32 } %282, 0
	%284 = extractvalue { i32, i32, i32, i32 } %282, 1
	%285 = extractvalue { i32, i32, i32, i32 } %282, 2
	%286 = extractvalue { i32, i32, i32, i32 } %282, 3
	%287 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %283, i32 %284, float %95, float %96, float %97, float %98)
	%288 = extractvalue { float, float, float, float } %287, 0
	%289 = extractvalue { float, float, float, float } %287, 1
	%290 = extractvalue { float, float, float, float } %287, 2
	%291 = extractvalue { float, float, float, float } %287, 3
	%292 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %228, i32 %229, i32 %230, i32 %231, i32 %285, i32 %286, float %99, float %100, float %101, float %102)
	%293 = extractvalue { float, float, float, float } %292, 0
	%294 = extractvalue { float, float, float, float } %292, 1
	%295 = extractvalue { float, float, float, float } %292, 2
	%296 = extractvalue { float, float, float, float } %292, 3
	%297 = xor i32 %34, 32
	%298 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %297)
	%299 = extractvalue { i32, i32, i32, i32 } %298, 0
	%300 = extractvalue { i32, i32, i32, i32 } %298, 1
	%301 = extractvalue { i32, i32, i32, i32 } %298, 2
	%302 = extractvalue { i32, i32, i32, i32 } %298, 3
	%303 = xor i32 %45, 32
	%304 = add i32 %303, 0
	%305 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %304)
	%306 = extractvalue { i32, i32, i32, i32 } %305, 0
	%307 = extractvalue { i32, i32, i32, i32 } %305, 1
	%308 = extractvalue { i32, i32, i32, i32 } %305, 2
	%309 = extractvalue { i32, i32, i32, i32 } %305, 3
	%310 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %306, i32 %307, float %240, float %241, float %242, float %243)
	%311 = extractvalue { float, float, float, float } %310, 0
	%312 = extractvalue { float, float, float, float } %310, 1
	%313 = extractvalue { float, float, float, float } %310, 2
	%314 = extractvalue { float, float, float, float } %310, 3
	%315 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %308, i32 %309, float %245, float %246, float %247, float %248)
	%316 = extractvalue { float, float, float, float } %315, 0
	%317 = extractvalue { float, float, float, float } %315, 1
	%318 = extractvalue { float, float, float, float } %315, 2
	%319 = extractvalue { float, float, float, float } %315, 3
	%320 = add i32 %303, 2048
	%321 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %320)
	%322 = extractvalue { i32, i32, i32, i32 } %321, 0
	%323 = extractvalue { i32, i32, i32, i32 } %321, 1
	%324 = extractvalue { i32, i32, i32, i32 } %321, 2
	%325 = extractvalue { i32, i32, i32, i32 } %321, 3
	%326 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %322, i32 %323, float %256, float %257, float %258, float %259)
	%327 = extractvalue { float, float, float, float } %326, 0
	%328 = extractvalue { float, float, float, float } %326, 1
	%329 = extractvalue { float, float, float, float } %326, 2
	%330 = extractvalue { float, float, float, float } %326, 3
	%331 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %324, i32 %325, float %261, float %262, float %263, float %264)
	%332 = extractvalue { float, float, float, float } %331, 0
	%333 = extractvalue { float, float, float, float } %331, 1
	%334 = extractvalue { float, float, float, float } %331, 2
	%335 = extractvalue { float, float, float, float } %331, 3
	%336 = add i32 %303, u0x1000
	%337 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %336)
	%338 = extractvalue { i32, i32, i32, i32 } %337, 0
	%339 = extractvalue { i32, i32, i32, i32 } %337, 1
	%340 = extractvalue { i32, i32, i32, i32 } %337, 2
	%341 = extractvalue { i32, i32, i32, i32 } %337, 3
	%342 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %338, i32 %339, float %272, float %273, float %274, float %275)
	%343 = extractvalue { float, float, float, float } %342, 0
	%344 = extractvalue { float, float, float, float } %342, 1
	%345 = extractvalue { float, float, float, float } %342, 2
	%346 = extractvalue { float, float, float, float } %342, 3
	%347 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %340, i32 %341, float %277, float %278, float %279, float %280)
	%348 = extractvalue { float, float, float, float } %347, 0
	%349 = extractvalue { float, float, float, float } %347, 1
	%350 = extractvalue { float, float, float, float } %347, 2
	%351 = extractvalue { float, float, float, float } %347, 3
	%352 = add i32 %303, 6144
	%353 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %352)
	%354 = extractvalue { i32, i32, i32, i32 } %353, 0
	%355 = extractvalue { i32, i32, i32, i32 } %353, 1
	%356 = extractvalue { i32, i32, i32, i32 } %353, 2
	%357 = extractvalue { i32, i32, i32, i32 } %353, 3
	%358 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %354, i32 %355, float %288, float %289, float %290, float %291)
	%359 = extractvalue { float, float, float, float } %358, 0
	%360 = extractvalue { float, float, float, float } %358, 1
	%361 = extractvalue { float, float, float, float } %358, 2
	%362 = extractvalue { float, float, float, float } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %299, i32 %300, i32 %301, i32 %302, i32 %356, i32 %357, float %293, float %294, float %295, float %296)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = xor i32 %34, 64
	%369 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %368)
	%370 = extractvalue { i32, i32, i32, i32 } %369, 0
	%371 = extractvalue { i32, i32, i32, i32 } %369, 1
	%372 = extractvalue { i32, i32, i32, i32 } %369, 2
	%373 = extractvalue { i32, i32, i32, i32 } %369, 3
	%374 = xor i32 %45, 64
	%375 = add i32 %374, 0
	%376 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %375)
	%377 = extractvalue { i32, i32, i32, i32 } %376, 0
	%378 = extractvalue { i32, i32, i32, i32 } %376, 1
	%379 = extractvalue { i32, i32, i32, i32 } %376, 2
	%380 = extractvalue { i32, i32, i32, i32 } %376, 3
	%381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %377, i32 %378, float %311, float %312, float %313, float %314)
	%382 = extractvalue { float, float, float, float } %381, 0
	%383 = extractvalue { float, float, float, float } %381, 1
	%384 = extractvalue { float, float, float, float } %381, 2
	%385 = extractvalue { float, float, float, float } %381, 3
	%386 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %379, i32 %380, float %316, float %317, float %318, float %319)
	%387 = extractvalue { float, float, float, float } %386, 0
	%388 = extractvalue { float, float, float, float } %386, 1
	%389 = extractvalue { float, float, float, float } %386, 2
	%390 = extractvalue { float, float, float, float } %386, 3
	%391 = add i32 %374, 2048
	%392 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %391)
	%393 = extractvalue { i32, i32, i32, i32 } %392, 0
	%394 = extractvalue { i32, i32, i32, i32 } %392, 1
	%395 = extractvalue { i32, i32, i32, i32 } %392, 2
	%396 = extractvalue { i32, i32, i32, i32 } %392, 3
	%397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %393, i32 %394, float %327, float %328, float %329, float %330)
	%398 = extractvalue { float, float, float, float } %397, 0
	%399 = extractvalue { float, float, float, float } %397, 1
	%400 = extractvalue { float, float, float, float } %397, 2
	%401 = extractvalue { float, float, float, float } %397, 3
	%402 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %395, i32 %396, float %332, float %333, float %334, float %335)
	%403 = extractvalue { float, float, float, float } %402, 0
	%404 = extractvalue { float, float, float, float } %402, 1
	%405 = extractvalue { float, float, float, float } %402, 2
	%406 = extractvalue { float, float, float, float } %402, 3
	%407 = add i32 %374, u0x1000
	%408 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %407)
	%409 = extractvalue { i32, i32, i32, i32 } %408, 0
	%410 = extractvalue { i32, i32, i32, i32 } %408, 1
	%411 = extractvalue { i32, i32, i32, i32 } %408, 2
	%412 = extractvalue { i32, i32, i32, i32 } %408, 3
	%413 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %409, i32 %410, float %343, float %344, float %345, float %346)
	%414 = extractvalue { float, float, float, float } %413, 0
	%415 = extractvalue { float, float, float, float } %413, 1
	%416 = extractvalue { float, float, float, float } %413, 2
	%417 = extractvalue { float, float, float, float } %413, 3
	%418 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %411, i32 %412, float %348, float %349, float %350, float %351)
	%419 = extractvalue { float, float, float, float } %418, 0
	%420 = extractvalue { float, float, float, float } %418, 1
	%421 = extractvalue { float, float, float, float } %418, 2
	%422 = extractvalue { float, float, float, float } %418, 3
	%423 = add i32 %374, 6144
	%424 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %423)
	%425 = extractvalue { i32, i32, i32, i32 } %424, 0
	%426 = extractvalue { i32, i32, i32, i32 } %424, 1
	%427 = extractvalue { i32, i32, i32, i32 } %424, 2
	%428 = extractvalue { i32, i32, i32, i32 } %424, 3
	%429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %425, i32 %426, float %359, float %360, float %361, float %362)
	%430 = extractvalue { float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %370, i32 %371, i32 %372, i32 %373, i32 %427, i32 %428, float %364, float %365, float %366, float %367)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = xor i32 %34, 96
	%440 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %439)
	%441 = extractvalue { i32, i32, i32, i32 } %440, 0
	%442 = extractvalue { i32, i32, i32, i32 } %440, 1
	%443 = extractvalue { i32, i32, i32, i32 } %440, 2
	%444 = extractvalue { i32, i32, i32, i32 } %440, 3
	%445 = xor i32 %45, 96
	%446 = add i32 %445, 0
	%447 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %446)
	%448 = extractvalue { i32, i32, i32, i32 } %447, 0
	%449 = extractvalue { i32, i32, i32, i32 } %447, 1
	%450 = extractvalue { i32, i32, i32, i32 } %447, 2
	%451 = extractvalue { i32, i32, i32, i32 } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %448, i32 %449, float %382, float %383, float %384, float %385)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %450, i32 %451, float %387, float %388, float %389, float %390)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = add i32 %445, 2048
	%463 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %462)
	%464 = extractvalue { i32, i32, i32, i32 } %463, 0
	%465 = extractvalue { i32, i32, i32, i32 } %463, 1
	%466 = extractvalue { i32, i32, i32, i32 } %463, 2
	%467 = extractvalue { i32, i32, i32, i32 } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %464, i32 %465, float %398, float %399, float %400, float %401)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %466, i32 %467, float %403, float %404, float %405, float %406)
	%474 = extractvalue { float, float, float, float } %473, 0
	%475 = extractvalue { float, float, float, float } %473, 1
	%476 = extractvalue { float, float, float, float } %473, 2
	%477 = extractvalue { float, float, float, float } %473, 3
	%478 = add i32 %445, u0x1000
	%479 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %478)
	%480 = extractvalue { i32, i32, i32, i32 } %479, 0
	%481 = extractvalue { i32, i32, i32, i32 } %479, 1
	%482 = extractvalue { i32, i32, i32, i32 } %479, 2
	%483 = extractvalue { i32, i32, i32, i32 } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %480, i32 %481, float %414, float %415, float %416, float %417)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %482, i32 %483, float %419, float %420, float %421, float %422)
	%490 = extractvalue { float, float, float, float } %489, 0
	%491 = extractvalue { float, float, float, float } %489, 1
	%492 = extractvalue { float, float, float, float } %489, 2
	%493 = extractvalue { float, float, float, float } %489, 3
	%494 = add i32 %445, 6144
	%495 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %494)
	%496 = extractvalue { i32, i32, i32, i32 } %495, 0
	%497 = extractvalue { i32, i32, i32, i32 } %495, 1
	%498 = extractvalue { i32, i32, i32, i32 } %495, 2
	%499 = extractvalue { i32, i32, i32, i32 } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %496, i32 %497, float %430, float %431, float %432, float %433)
	%501 = extractvalue { float, float, float, float } %500, 0
	%502 = extractvalue { float, float, float, float } %500, 1
	%503 = extractvalue { float, float, float, float } %500, 2
	%504 = extractvalue { float, float, float, float } %500, 3
	%505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %441, i32 %442, i32 %443, i32 %444, i32 %498, i32 %499, float %435, float %436, float %437, float %438)
	%506 = extractvalue { float, float, float, float } %505, 0
	%507 = extractvalue { float, float, float, float } %505, 1
	%508 = extractvalue { float, float, float, float } %505, 2
	%509 = extractvalue { float, float, float, float } %505, 3
	call void @llvm.nvvm.barrier0()
	%510 = add i32 %70, 1
	br label %69

511:
	%512 = mul i32 %4, 16
	%513 = add i32 %6, 0
	%514 = add i32 %512, %513
	%515 = add i32 %3, %514
	%516 = shl i32 %7, 1
	%517 = add i32 0, %516
	%518 = add i32 %56, %517
	%519 = icmp slt i32 %515, %R
	%520 = icmp slt i32 %518, %T
	%521 = and i1 %519, %520
	%522 = fmul float %71, 0x3FA7154760000000
	%523 = select i1 %521, float %522, float 0xFFF0000000000000
	%524 = mul i32 %4, 16
	%525 = add i32 %6, 0
	%526 = add i32 %524, %525
	%527 = add i32 %3, %526
	%528 = shl i32 %7, 1
	%529 = add i32 1, %528
	%530 = add i32 %56, %529
	%531 = icmp slt i32 %527, %R
	%532 = icmp slt i32 %530, %T
	%533 = and i1 %531, %532
	%534 = fmul float %72, 0x3FA7154760000000
	%535 = select i1 %533, float %534, float 0xFFF0000000000000
	%536 = mul i32 %4, 16
	%537 = add i32 %6, 8
	%538 = add i32 %536, %537
	%539 = add i32 %3, %538
	%540 = shl i32 %7, 1
	%541 = add i32 0, %540
	%542 = add i32 %56, %541
	%543 = icmp slt i32 %539, %R
	%544 = icmp slt i32 %542, %T
	%545 = and i1 %543, %544
	%546 = fmul float %73, 0x3FA7154760000000
	%547 = select i1 %545, float %546, float 0xFFF0000000000000
	%548 = mul i32 %4, 16
	%549 = add i32 %6, 8
	%550 = add i32 %548, %549
	%551 = add i32 %3, %550
	%552 = shl i32 %7, 1
	%553 = add i32 1, %552
	%554 = add i32 %56, %553
	%555 = icmp slt i32 %551, %R
	%556 = icmp slt i32 %554, %T
	%557 = and i1 %555, %556
	%558 = fmul float %74, 0x3FA7154760000000
	%559 = select i1 %557, float %558, float 0xFFF0000000000000
	%560 = mul i32 %4, 16
	%561 = add i32 %6, 0
	%562 = add i32 %560, %561
	%563 = add i32 %3, %562
	%564 = shl i32 %7, 1
	%565 = add i32 8, %564
	%566 = add i32 %56, %565
	%567 = icmp slt i32 %563, %R
	%568 = icmp slt i32 %566, %T
	%569 = and i1 %567, %568
	%570 = fmul float %75, 0x3FA7154760000000
	%571 = select i1 %569, float %570, float 0xFFF0000000000000
	%572 = mul i32 %4, 16
	%573 = add i32 %6, 0
	%574 = add i32 %572, %573
	%575 = add i32 %3, %574
	%576 = shl i32 %7, 1
	%577 = add i32 9, %576
	%578 = add i32 %56, %577
	%579 = icmp slt i32 %575, %R
	%580 = icmp slt i32 %578, %T
	%581 = and i1 %579, %580
	%582 = fmul float %76, 0x3FA7154760000000
	%583 = select i1 %581, float %582, float 0xFFF0000000000000
	%584 = mul i32 %4, 16
	%585 = add i32 %6, 8
	%586 = add i32 %584, %585
	%587 = add i32 %3, %586
	%588 = shl i32 %7, 1
	%589 = add i32 8, %588
	%590 = add i32 %56, %589
	%591 = icmp slt i32 %587, %R
	%592 = icmp slt i32 %590, %T
	%593 = and i1 %591, %592
	%594 = fmul float %77, 0x3FA7154760000000
	%595 = select i1 %593, float %594, float 0xFFF0000000000000
	%596 = mul i32 %4, 16
	%597 = add i32 %6, 8
	%598 = add i32 %596, %597
	%599 = add i32 %3, %598
	%600 = shl i32 %7, 1
	%601 = add i32 9, %600
	%602 = add i32 %56, %601
	%603 = icmp slt i32 %599, %R
	%604 = icmp slt i32 %602, %T
	%605 = and i1 %603, %604
	%606 = fmul float %78, 0x3FA7154760000000
	%607 = select i1 %605, float %606, float 0xFFF0000000000000
	%608 = mul i32 %4, 16
	%609 = add i32 %6, 0
	%610 = add i32 %608, %609
	%611 = add i32 %3, %610
	%612 = shl i32 %7, 1
	%613 = add i32 16, %612
	%614 = add i32 %56, %613
	%615 = icmp slt i32 %611, %R
	%616 = icmp slt i32 %614, %T
	%617 = and i1 %615, %616
	%618 = fmul float %79, 0x3FA7154760000000
	%619 = select i1 %617, float %618, float 0xFFF0000000000000
	%620 = mul i32 %4, 16
	%621 = add i32 %6, 0
	%622 = add i32 %620, %621
	%623 = add i32 %3, %622
	%624 = shl i32 %7, 1
	%625 = add i32 17, %624
	%626 = add i32 %56, %625
	%627 = icmp slt i32 %623, %R
	%628 = icmp slt i32 %626, %T
	%629 = and i1 %627, %628
	%630 = fmul float %80, 0x3FA7154760000000
	%631 = select i1 %629, float %630, float 0xFFF0000000000000
	%632 = mul i32 %4, 16
	%633 = add i32 %6, 8
	%634 = add i32 %632, %633
	%635 = add i32 %3, %634
	%636 = shl i32 %7, 1
	%637 = add i32 16, %636
	%638 = add i32 %56, %637
	%639 = icmp slt i32 %635, %R
	%640 = icmp slt i32 %638, %T
	%641 = and i1 %639, %640
	%642 = fmul float %81, 0x3FA7154760000000
	%643 = select i1 %641, float %642, float 0xFFF0000000000000
	%644 = mul i32 %4, 16
	%645 = add i32 %6, 8
	%646 = add i32 %644, %645
	%647 = add i32 %3, %646
	%648 = shl i32 %7, 1
	%649 = add i32 17, %648
	%650 = add i32 %56, %649
	%651 = icmp slt i32 %647, %R
	%652 = icmp slt i32 %650, %T
	%653 = and i1 %651, %652
	%654 = fmul float %82, 0x3FA7154760000000
	%655 = select i1 %653, float %654, float 0xFFF0000000000000
	%656 = mul i32 %4, 16
	%657 = add i32 %6, 0
	%658 = add i32 %656, %657
	%659 = add i32 %3, %658
	%660 = shl i32 %7, 1
	%661 = add i32 24, %660
	%662 = add i32 %56, %661
	%663 = icmp slt i32 %659, %R
	%664 = icmp slt i32 %662, %T
	%665 = and i1 %663, %664
	%666 = fmul float %83, 0x3FA7154760000000
	%667 = select i1 %665, float %666, float 0xFFF0000000000000
	%668 = mul i32 %4, 16
	%669 = add i32 %6, 0
	%670 = add i32 %668, %669
	%671 = add i32 %3, %670
	%672 = shl i32 %7, 1
	%673 = add i32 25, %672
	%674 = add i32 %56, %673
	%675 = icmp slt i32 %671, %R
	%676 = icmp slt i32 %674, %T
	%677 = and i1 %675, %676
	%678 = fmul float %84, 0x3FA7154760000000
	%679 = select i1 %677, float %678, float 0xFFF0000000000000
	%680 = mul i32 %4, 16
	%681 = add i32 %6, 8
	%682 = add i32 %680, %681
	%683 = add i32 %3, %682
	%684 = shl i32 %7, 1
	%685 = add i32 24, %684
	%686 = add i32 %56, %685
	%687 = icmp slt i32 %683, %R
	%688 = icmp slt i32 %686, %T
	%689 = and i1 %687, %688
	%690 = fmul float %85, 0x3FA7154760000000
	%691 = select i1 %689, float %690, float 0xFFF0000000000000
	%692 = mul i32 %4, 16
	%693 = add i32 %6, 8
	%694 = add i32 %692, %693
	%695 = add i32 %3, %694
	%696 = shl i32 %7, 1
	%697 = add i32 25, %696
	%698 = add i32 %56, %697
	%699 = icmp slt i32 %695, %R
	%700 = icmp slt i32 %698, %T
	%701 = and i1 %699, %700
	%702 = fmul float %86, 0x3FA7154760000000
	%703 = select i1 %701, float %702, float 0xFFF0000000000000
	%704 = mul i32 %4, 16
	%705 = add i32 %6, 0
	%706 = add i32 %704, %705
	%707 = add i32 %3, %706
	%708 = shl i32 %7, 1
	%709 = add i32 32, %708
	%710 = add i32 %56, %709
	%711 = icmp slt i32 %707, %R
	%712 = icmp slt i32 %710, %T
	%713 = and i1 %711, %712
	%714 = fmul float %87, 0x3FA7154760000000
	%715 = select i1 %713, float %714, float 0xFFF0000000000000
	%716 = mul i32 %4, 16
	%717 = add i32 %6, 0
	%718 = add i32 %716, %717
	%719 = add i32 %3, %718
	%720 = shl i32 %7, 1
	%721 = add i32 33, %720
	%722 = add i32 %56, %721
	%723 = icmp slt i32 %719, %R
	%724 = icmp slt i32 %722, %T
	%725 = and i1 %723, %724
	%726 = fmul float %88, 0x3FA7154760000000
	%727 = select i1 %725, float %726, float 0xFFF0000000000000
	%728 = mul i32 %4, 16
	%729 = add i32 %6, 8
	%730 = add i32 %728, %729
	%731 = add i32 %3, %730
	%732 = shl i32 %7, 1
	%733 = add i32 32, %732
	%734 = add i32 %56, %733
	%735 = icmp slt i32 %731, %R
	%736 = icmp slt i32 %734, %T
	%737 = and i1 %735, %736
	%738 = fmul float %89, 0x3FA7154760000000
	%739 = select i1 %737, float %738, float 0xFFF0000000000000
	%740 = mul i32 %4, 16
	%741 = add i32 %6, 8
	%742 = add i32 %740, %741
	%743 = add i32 %3, %742
	%744 = shl i32 %7, 1
	%745 = add i32 33, %744
	%746 = add i32 %56, %745
	%747 = icmp slt i32 %743, %R
	%748 = icmp slt i32 %746, %T
	%749 = and i1 %747, %748
	%750 = fmul float %90, 0x3FA7154760000000
	%751 = select i1 %749, float %750, float 0xFFF0000000000000
	%752 = mul i32 %4, 16
	%753 = add i32 %6, 0
	%754 = add i32 %752, %753
	%755 = add i32 %3, %754
	%756 = shl i32 %7, 1
	%757 = add i32 40, %756
	%758 = add i32 %56, %757
	%759 = icmp slt i32 %755, %R
	%760 = icmp slt i32 %758, %T
	%761 = and i1 %759, %760
	%762 = fmul float %91, 0x3FA7154760000000
	%763 = select i1 %761, float %762, float 0xFFF0000000000000
	%764 = mul i32 %4, 16
	%765 = add i32 %6, 0
	%766 = add i32 %764, %765
	%767 = add i32 %3, %766
	%768 = shl i32 %7, 1
	%769 = add i32 41, %768
	%770 = add i32 %56, %769
	%771 = icmp slt i32 %767, %R
	%772 = icmp slt i32 %770, %T
	%773 = and i1 %771, %772
	%774 = fmul float %92, 0x3FA7154760000000
	%775 = select i1 %773, float %774, float 0xFFF0000000000000
	%776 = mul i32 %4, 16
	%777 = add i32 %6, 8
	%778 = add i32 %776, %777
	%779 = add i32 %3, %778
	%780 = shl i32 %7, 1
	%781 = add i32 40, %780
	%782 = add i32 %56, %781
	%783 = icmp slt i32 %779, %R
	%784 = icmp slt i32 %782, %T
	%785 = and i1 %783, %784
	%786 = fmul float %93, 0x3FA7154760000000
	%787 = select i1 %785, float %786, float 0xFFF0000000000000
	%788 = mul i32 %4, 16
	%789 = add i32 %6, 8
	%790 = add i32 %788, %789
	%791 = add i32 %3, %790
	%792 = shl i32 %7, 1
	%793 = add i32 41, %792
	%794 = add i32 %56, %793
	%795 = icmp slt i32 %791, %R
	%796 = icmp slt i32 %794, %T
	%797 = and i1 %795, %796
	%798 = fmul float %94, 0x3FA7154760000000
	%799 = select i1 %797, float %798, float 0xFFF0000000000000
	%800 = mul i32 %4, 16
	%801 = add i32 %6, 0
	%802 = add i32 %800, %801
	%803 = add i32 %3, %802
	%804 = shl i32 %7, 1
	%805 = add i32 48, %804
	%806 = add i32 %56, %805
	%807 = icmp slt i32 %803, %R
	%808 = icmp slt i32 %806, %T
	%809 = and i1 %807, %808
	%810 = fmul float %95, 0x3FA7154760000000
	%811 = select i1 %809, float %810, float 0xFFF0000000000000
	%812 = mul i32 %4, 16
	%813 = add i32 %6, 0
	%814 = add i32 %812, %813
	%815 = add i32 %3, %814
	%816 = shl i32 %7, 1
	%817 = add i32 49, %816
	%818 = add i32 %56, %817
	%819 = icmp slt i32 %815, %R
	%820 = icmp slt i32 %818, %T
	%821 = and i1 %819, %820
	%822 = fmul float %96, 0x3FA7154760000000
	%823 = select i1 %821, float %822, float 0xFFF0000000000000
	%824 = mul i32 %4, 16
	%825 = add i32 %6, 8
	%826 = add i32 %824, %825
	%827 = add i32 %3, %826
	%828 = shl i32 %7, 1
	%829 = add i32 48, %828
	%830 = add i32 %56, %829
	%831 = icmp slt i32 %827, %R
	%832 = icmp slt i32 %830, %T
	%833 = and i1 %831, %832
	%834 = fmul float %97, 0x3FA7154760000000
	%835 = select i1 %833, float %834, float 0xFFF0000000000000
	%836 = mul i32 %4, 16
	%837 = add i32 %6, 8
	%838 = add i32 %836, %837
	%839 = add i32 %3, %838
	%840 = shl i32 %7, 1
	%841 = add i32 49, %840
	%842 = add i32 %56, %841
	%843 = icmp slt i32 %839, %R
	%844 = icmp slt i32 %842, %T
	%845 = and i1 %843, %844
	%846 = fmul float %98, 0x3FA7154760000000
	%847 = select i1 %845, float %846, float 0xFFF0000000000000
	%848 = mul i32 %4, 16
	%849 = add i32 %6, 0
	%850 = add i32 %848, %849
	%851 = add i32 %3, %850
	%852 = shl i32 %7, 1
	%853 = add i32 56, %852
	%854 = add i32 %56, %853
	%855 = icmp slt i32 %851, %R
	%856 = icmp slt i32 %854, %T
	%857 = and i1 %855, %856
	%858 = fmul float %99, 0x3FA7154760000000
	%859 = select i1 %857, float %858, float 0xFFF0000000000000
	%860 = mul i32 %4, 16
	%861 = add i32 %6, 0
	%862 = add i32 %860, %861
	%863 = add i32 %3, %862
	%864 = shl i32 %7, 1
	%865 = add i32 57, %864
	%866 = add i32 %56, %865
	%867 = icmp slt i32 %863, %R
	%868 = icmp slt i32 %866, %T
	%869 = and i1 %867, %868
	%870 = fmul float %100, 0x3FA7154760000000
	%871 = select i1 %869, float %870, float 0xFFF0000000000000
	%872 = mul i32 %4, 16
	%873 = add i32 %6, 8
	%874 = add i32 %872, %873
	%875 = add i32 %3, %874
	%876 = shl i32 %7, 1
	%877 = add i32 56, %876
	%878 = add i32 %56, %877
	%879 = icmp slt i32 %875, %R
	%880 = icmp slt i32 %878, %T
	%881 = and i1 %879, %880
	%882 = fmul float %101, 0x3FA7154760000000
	%883 = select i1 %881, float %882, float 0xFFF0000000000000
	%884 = mul i32 %4, 16
	%885 = add i32 %6, 8
	%886 = add i32 %884, %885
	%887 = add i32 %3, %886
	%888 = shl i32 %7, 1
	%889 = add i32 57, %888
	%890 = add i32 %56, %889
	%891 = icmp slt i32 %887, %R
	%892 = icmp slt i32 %890, %T
	%893 = and i1 %891, %892
	%894 = fmul float %102, 0x3FA7154760000000
	%895 = select i1 %893, float %894, float 0xFFF0000000000000
	%896 = call float @llvm.nvvm.fmax.f(float %523, float %535)
	%897 = call float @llvm.nvvm.fmax.f(float %571, float %583)
	%898 = call float @llvm.nvvm.fmax.f(float %619, float %631)
	%899 = call float @llvm.nvvm.fmax.f(float %667, float %679)
	%900 = call float @llvm.nvvm.fmax.f(float %715, float %727)
	%901 = call float @llvm.nvvm.fmax.f(float %763, float %775)
	%902 = call float @llvm.nvvm.fmax.f(float %811, float %823)
	%903 = call float @llvm.nvvm.fmax.f(float %859, float %871)
	%904 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%905 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%906 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%907 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%908 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%909 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%910 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%911 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %910, i32 1, i32 31)
	%912 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%913 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %912, i32 2, i32 31)
	%914 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%915 = call float @llvm.nvvm.fmax.f(float %50, float %914)
	%916 = fcmp oeq float %915, 0xFFF0000000000000
	%917 = select i1 %916, float 0.0, float %915
	%918 = fsub float %523, %917
	%919 = call float @llvm.nvvm.ex2.approx.ftz.f(float %918)
	%920 = fsub float %535, %917
	%921 = call float @llvm.nvvm.ex2.approx.ftz.f(float %920)
	%922 = fsub float %571, %917
	%923 = call float @llvm.nvvm.ex2.approx.ftz.f(float %922)
	%924 = fsub float %583, %917
	%925 = call float @llvm.nvvm.ex2.approx.ftz.f(float %924)
	%926 = fsub float %619, %917
	%927 = call float @llvm.nvvm.ex2.approx.ftz.f(float %926)
	%928 = fsub float %631, %917
	%929 = call float @llvm.nvvm.ex2.approx.ftz.f(float %928)
	%930 = fsub float %667, %917
	%931 = call float @llvm.nvvm.ex2.approx.ftz.f(float %930)
	%932 = fsub float %679, %917
	%933 = call float @llvm.nvvm.ex2.approx.ftz.f(float %932)
	%934 = fsub float %715, %917
	%935 = call float @llvm.nvvm.ex2.approx.ftz.f(float %934)
	%936 = fsub float %727, %917
	%937 = call float @llvm.nvvm.ex2.approx.ftz.f(float %936)
	%938 = fsub float %763, %917
	%939 = call float @llvm.nvvm.ex2.approx.ftz.f(float %938)
	%940 = fsub float %775, %917
	%941 = call float @llvm.nvvm.ex2.approx.ftz.f(float %940)
	%942 = fsub float %811, %917
	%943 = call float @llvm.nvvm.ex2.approx.ftz.f(float %942)
	%944 = fsub float %823, %917
	%945 = call float @llvm.nvvm.ex2.approx.ftz.f(float %944)
	%946 = fsub float %859, %917
	%947 = call float @llvm.nvvm.ex2.approx.ftz.f(float %946)
	%948 = fsub float %871, %917
	%949 = call float @llvm.nvvm.ex2.approx.ftz.f(float %948)
	%950 = fadd float %919, %921
	%951 = fadd float %923, %925
	%952 = fadd float %927, %929
	%953 = fadd float %931, %933
	%954 = fadd float %935, %937
	%955 = fadd float %939, %941
	%956 = fadd float %943, %945
	%957 = fadd float %947, %949
	%958 = fadd float %950, %951
	%959 = fadd float %952, %953
	%960 = fadd float %954, %955
	%961 = fadd float %956, %957
	%962 = fadd float %958, %959
	%963 = fadd float %960, %961
	%964 = fadd float %962, %963
	%965 = fsub float %50, %917
	%966 = call float @llvm.nvvm.ex2.approx.ftz.f(float %965)
	%967 = fmul float %52, %966
	%968 = fadd float %967, %964
	%969 = fadd float %919, %921
	%970 = fadd float %923, %925
	%971 = fadd float %927, %929
	%972 = fadd float %931, %933
	%973 = fadd float %935, %937
	%974 = fadd float %939, %941
	%975 = fadd float %943, %945
	%976 = fadd float %947, %949
	%977 = call float @llvm.nvvm.fmax.f(float %547, float %559)
	%978 = call float @llvm.nvvm.fmax.f(float %595, float %607)
	%979 = call float @llvm.nvvm.fmax.f(float %643, float %655)
	%980 = call float @llvm.nvvm.fmax.f(float %691, float %703)
	%981 = call float @llvm.nvvm.fmax.f(float %739, float %751)
	%982 = call float @llvm.nvvm.fmax.f(float %787, float %799)
	%983 = call float @llvm.nvvm.fmax.f(float %835, float %847)
	%984 = call float @llvm.nvvm.fmax.f(float %883, float %895)
	%985 = call float @llvm.nvvm.fmax.f(float %977, float %978)
	%986 = call float @llvm.nvvm.fmax.f(float %979, float %980)
	%987 = call float @llvm.nvvm.fmax.f(float %981, float %982)
	%988 = call float @llvm.nvvm.fmax.f(float %983, float %984)
	%989 = call float @llvm.nvvm.fmax.f(float %985, float %986)
	%990 = call float @llvm.nvvm.fmax.f(float %987, float %988)
	%991 = call float @llvm.nvvm.fmax.f(float %989, float %990)
	%992 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %991, i32 1, i32 31)
	%993 = call float @llvm.nvvm.fmax.f(float %991, float %992)
	%994 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %993, i32 2, i32 31)
	%995 = call float @llvm.nvvm.fmax.f(float %993, float %994)
	%996 = call float @llvm.nvvm.fmax.f(float %51, float %995)
	%997 = fcmp oeq float %996, 0xFFF0000000000000
	%998 = select i1 %997, float 0.0, float %996
	%999 = fsub float %547, %998
	%1000 = call float @llvm.nvvm.ex2.approx.ftz.f(float %999)
	%1001 = fsub float %559, %998
	%1002 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1001)
	%1003 = fsub float %595, %998
	%1004 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1003)
	%1005 = fsub float %607, %998
	%1006 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1005)
	%1007 = fsub float %643, %998
	%1008 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1007)
	%1009 = fsub float %655, %998
	%1010 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1009)
	%1011 = fsub float %691, %998
	%1012 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1011)
	%1013 = fsub float %703, %998
	%1014 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1013)
	%1015 = fsub float %739, %998
	%1016 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1015)
	%1017 = fsub float %751, %998
	%1018 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1017)
	%1019 = fsub float %787, %998
	%1020 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1019)
	%1021 = fsub float %799, %998
	%1022 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1021)
	%1023 = fsub float %835, %998
	%1024 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1023)
	%1025 = fsub float %847, %998
	%1026 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1025)
	%1027 = fsub float %883, %998
	%1028 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1027)
	%1029 = fsub float %895, %998
	%1030 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1029)
	%1031 = fadd float %1000, %1002
	%1032 = fadd float %1004, %1006
	%1033 = fadd float %1008, %1010
	%1034 = fadd float %1012, %1014
	%1035 = fadd float %1016, %1018
	%1036 = fadd float %1020, %1022
	%1037 = fadd float %1024, %1026
	%1038 = fadd float %1028, %1030
	%1039 = fadd float %1031, %1032
	%1040 = fadd float %1033, %1034
	%1041 = fadd float %1035, %1036
	%1042 = fadd float %1037, %1038
	%1043 = fadd float %1039, %1040
	%1044 = fadd float %1041, %1042
	%1045 = fadd float %1043, %1044
	%1046 = fsub float %51, %998
	%1047 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1046)
	%1048 = fmul float %53, %1047
	%1049 = fadd float %1048, %1045
	%1050 = fadd float %1000, %1002
	%1051 = fadd float %1004, %1006
	%1052 = fadd float %1008, %1010
	%1053 = fadd float %1012, %1014
	%1054 = fadd float %1016, %1018
	%1055 = fadd float %1020, %1022
	%1056 = fadd float %1024, %1026
	%1057 = fadd float %1028, %1030
	%1058 = sext i32 %R to i64
	%1059 = mul i32 %4, 16
	%1060 = add i32 %6, 0
	%1061 = add i32 %1059, %1060
	%1062 = add i32 %3, %1061
	%1063 = icmp slt i32 %1062, %R
	%1064 = mul i32 %1, %18
	%1065 = add i32 %1064, %49
	%1066 = sext i32 %1065 to i64
	%1067 = mul i64 %1066, %1058
	%1068 = sext i32 %1062 to i64
	%1069 = add i64 %1067, %1068
	%1070 = icmp eq i32 %7, 0
	%1071 = and i1 %1063, %1070
	br i1 %1071, label %1072, label %1074

1072:
	%1073 = getelementptr float, float* %mx, i64 %1069
	store float %917, float* %1073
	br label %1074

1074:
	%1075 = mul i32 %4, 16
	%1076 = add i32 %6, 8
	%1077 = add i32 %1075, %1076
	%1078 = add i32 %3, %1077
	%1079 = icmp slt i32 %1078, %R
	%1080 = mul i32 %1, %18
	%1081 = add i32 %1080, %49
	%1082 = sext i32 %1081 to i64
	%1083 = mul i64 %1082, %1058
	%1084 = sext i32 %1078 to i64
	%1085 = add i64 %1083, %1084
	%1086 = icmp eq i32 %7, 0
	%1087 = and i1 %1079, %1086
	br i1 %1087, label %1088, label %1090

1088:
	%1089 = getelementptr float, float* %mx, i64 %1085
	store float %998, float* %1089
	br label %1090

1090:
	%1091 = and i32 %7, 1
	%1092 = icmp ne i32 %1091, 0
	%1093 = select i1 %1092, float %970, float %969
	%1094 = select i1 %1092, float %969, float %970
	%1095 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1094, i32 1, i32 31)
	%1096 = fadd float %1093, %1095
	%1097 = select i1 %1092, float %972, float %971
	%1098 = select i1 %1092, float %971, float %972
	%1099 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1098, i32 1, i32 31)
	%1100 = fadd float %1097, %1099
	%1101 = select i1 %1092, float %974, float %973
	%1102 = select i1 %1092, float %973, float %974
	%1103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1102, i32 1, i32 31)
	%1104 = fadd float %1101, %1103
	%1105 = select i1 %1092, float %976, float %975
	%1106 = select i1 %1092, float %975, float %976
	%1107 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1106, i32 1, i32 31)
	%1108 = fadd float %1105, %1107
	%1109 = select i1 %1092, float %1051, float %1050
	%1110 = select i1 %1092, float %1050, float %1051
	%1111 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1110, i32 1, i32 31)
	%1112 = fadd float %1109, %1111
	%1113 = select i1 %1092, float %1053, float %1052
	%1114 = select i1 %1092, float %1052, float %1053
	%1115 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1114, i32 1, i32 31)
	%1116 = fadd float %1113, %1115
	%1117 = select i1 %1092, float %1055, float %1054
	%1118 = select i1 %1092, float %1054, float %1055
	%1119 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1118, i32 1, i32 31)
	%1120 = fadd float %1117, %1119
	%1121 = select i1 %1092, float %1057, float %1056
	%1122 = select i1 %1092, float %1056, float %1057
	%1123 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1122, i32 1, i32 31)
	%1124 = fadd float %1121, %1123
	%1125 = and i32 %7, 2
	%1126 = icmp ne i32 %1125, 0
	%1127 = select i1 %1126, float %1100, float %1096
	%1128 = select i1 %1126, float %1096, float %1100
	%1129 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1128, i32 2, i32 31)
	%1130 = fadd float %1127, %1129
	%1131 = select i1 %1126, float %1108, float %1104
	%1132 = select i1 %1126, float %1104, float %1108
	%1133 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1132, i32 2, i32 31)
	%1134 = fadd float %1131, %1133
	%1135 = select i1 %1126, float %1116, float %1112
	%1136 = select i1 %1126, float %1112, float %1116
	%1137 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1136, i32 2, i32 31)
	%1138 = fadd float %1135, %1137
	%1139 = select i1 %1126, float %1124, float %1120
	%1140 = select i1 %1126, float %1120, float %1124
	%1141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1140, i32 2, i32 31)
	%1142 = fadd float %1139, %1141
	%1143 = add i32 0, %7
	%1144 = sub i32 %1143, 0
	%1145 = sdiv i32 %56, 8
	%1146 = add i32 %1145, %1144
	%1147 = and i1 true, %1063
	%1148 = icmp slt i32 %1146, %NK
	%1149 = and i1 %1147, %1148
	%1150 = mul i32 %1, %NK
	%1151 = add i32 %1150, %1146
	%1152 = sext i32 %1151 to i64
	%1153 = mul i64 %1152, %1058
	%1154 = mul i32 %4, 16
	%1155 = add i32 %6, 0
	%1156 = add i32 %1154, %1155
	%1157 = add i32 %3, %1156
	%1158 = sext i32 %1157 to i64
	%1159 = add i64 %1153, %1158
	br i1 %1149, label %1160, label %1162

1160:
	%1161 = getelementptr float, float* %part, i64 %1159
	store float %1130, float* %1161
	br label %1162

1162:
	%1163 = add i32 4, %7
	%1164 = sub i32 %1163, 0
	%1165 = sdiv i32 %56, 8
	%1166 = add i32 %1165, %1164
	%1167 = and i1 true, %1063
	%1168 = icmp slt i32 %1166, %NK
	%1169 = and i1 %1167, %1168
	%1170 = mul i32 %1, %NK
	%1171 = add i32 %1170, %1166
	%1172 = sext i32 %1171 to i64
	%1173 = mul i64 %1172, %1058
	%1174 = mul i32 %4, 16
	%1175 = add i32 %6, 0
	%1176 = add i32 %1174, %1175
	%1177 = add i32 %3, %1176
	%1178 = sext i32 %1177 to i64
	%1179 = add i64 %1173, %1178
	br i1 %1169, label %1180, label %1182

1180:
	%1181 = getelementptr float, float* %part, i64 %1179
	store float %1134, float* %1181
	br label %1182

1182:
	%1183 = add i32 8, %7
	%1184 = sub i32 %1183, 8
	%1185 = sdiv i32 %56, 8
	%1186 = add i32 %1185, %1184
	%1187 = and i1 true, %1079
	%1188 = icmp slt i32 %1186, %NK
	%1189 = and i1 %1187, %1188
	%1190 = mul i32 %1, %NK
	%1191 = add i32 %1190, %1186
	%1192 = sext i32 %1191 to i64
	%1193 = mul i64 %1192, %1058
	%1194 = mul i32 %4, 16
	%1195 = add i32 %6, 8
	%1196 = add i32 %1194, %1195
	%1197 = add i32 %3, %1196
	%1198 = sext i32 %1197 to i64
	%1199 = add i64 %1193, %1198
	br i1 %1189, label %1200, label %1202

1200:
	%1201 = getelementptr float, float* %part, i64 %1199
	store float %1138, float* %1201
	br label %1202

1202:
	%1203 = add i32 12, %7
	%1204 = sub i32 %1203, 8
	%1205 = sdiv i32 %56, 8
	%1206 = add i32 %1205, %1204
	%1207 = and i1 true, %1079
	%1208 = icmp slt i32 %1206, %NK
	%1209 = and i1 %1207, %1208
	%1210 = mul i32 %1, %NK
	%1211 = add i32 %1210, %1206
	%1212 = sext i32 %1211 to i64
	%1213 = mul i64 %1212, %1058
	%1214 = mul i32 %4, 16
	%1215 = add i32 %6, 8
	%1216 = add i32 %1214, %1215
	%1217 = add i32 %3, %1216
	%1218 = sext i32 %1217 to i64
	%1219 = add i64 %1213, %1218
	br i1 %1209, label %1220, label %1222

1220:
	%1221 = getelementptr float, float* %part, i64 %1219
	store float %1142, float* %1221
	br label %1222

1222:
	%1223 = add i32 %49, 1
	br label %48

1224:
	%1225 = mul i32 %1, %R
	%1226 = add i32 %1225, %65
	%1227 = mul i32 %1226, 2
	%1228 = add i32 %1227, 0
	%1229 = sext i32 %1228 to i64
	%1230 = getelementptr float, float* %stats, i64 %1229
	store float %50, float* %1230
	%1231 = mul i32 %1, %R
	%1232 = add i32 %1231, %65
	%1233 = mul i32 %1232, 2
	%1234 = add i32 %1233, 1
	%1235 = sext i32 %1234 to i64
	%1236 = getelementptr float, float* %stats, i64 %1235
	store float %61, float* %1236
	br label %1237

1237:
	%1238 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %53, i32 1, i32 31)
	%1239 = fadd float %53, %1238
	%1240 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1239, i32 2, i32 31)
	%1241 = fadd float %1239, %1240
	%1242 = mul i32 %4, 16
	%1243 = add i32 %6, 8
	%1244 = add i32 %1242, %1243
	%1245 = add i32 %3, %1244
	%1246 = icmp slt i32 %1245, %R
	%1247 = icmp eq i32 %7, 0
	%1248 = and i1 %1246, %1247
	br i1 %1248, label %1249, label %1262

1249:
	%1250 = mul i32 %1, %R
	%1251 = add i32 %1250, %1245
	%1252 = mul i32 %1251, 2
	%1253 = add i32 %1252, 0
	%1254 = sext i32 %1253 to i64
	%1255 = getelementptr float, float* %stats, i64 %1254
	store float %51, float* %1255
	%1256 = mul i32 %1, %R
	%1257 = add i32 %1256, %1245
	%1258 = mul i32 %1257, 2
	%1259 = add i32 %1258, 1
	%1260 = sext i32 %1259 to i64
	%1261 = getelementptr float, float* %stats, i64 %1260
	store float %1241, float* %1261
	br label %1262

1262:
	ret void
}

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @adfull_admass0(float* %stats, float* %part, float* %mx, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %M, i32 %R, i32 %T) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 16
	%4 = icmp slt i32 %0, 16
	br i1 %4, label %5, label %28

5:
	%6 = add i32 %3, %0
	%7 = icmp slt i32 %6, %R
	%8 = select i1 %7, i32 %6, i32 0
	%9 = sext i32 %8 to i64
	%10 = sext i32 %2 to i64
	%11 = sext i32 %R to i64
	%12 = mul i64 %10, %11
	%13 = add i64 %12, %9
	%14 = mul i64 %13, 2
	%15 = getelementptr float, float* %stats, i64 %14
	%16 = load float, float* %15
	%17 = add i64 %14, 1
	%18 = getelementptr float, float* %stats, i64 %17
	%19 = load float, float* %18
	%20 = fcmp ogt float %19, 0.0
	%21 = and i1 %7, %20
	%22 = select i1 %21, float %16, float 0.0
	%23 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 %0
	store float %22, float addrspace(3)* %23
	%24 = fdiv float 1.0, %19
	%25 = select i1 %21, float %24, float 0.0
	%26 = add i32 %0, 16
	%27 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 %26
	store float %25, float addrspace(3)* %27
	br label %28

28:
	call void @llvm.nvvm.barrier0()
	%29 = sub i32 %R, %3
	%30 = icmp slt i32 16, %29
	%31 = select i1 %30, i32 16, i32 %29
	%32 = add i32 %1, 1
	%33 = mul i32 %32, 64
	%34 = icmp slt i32 %33, %M
	%35 = select i1 %34, i32 %33, i32 %M
	%36 = add i32 %35, 3
	%37 = sdiv i32 %36, 4
	%38 = sub i32 %37, %3
	%39 = sitofp i32 %38 to float
	%40 = add i32 %T, 63
	%41 = sdiv i32 %40, 64
	%42 = sext i32 %R to i64
	br label %43

43:
	%44 = phi i32 [ %0, %28 ], [ %384, %383 ]
	%45 = icmp slt i32 %44, %NK
	br i1 %45, label %46, label %56

46:
	%47 = mul i32 %2, %ch
	%48 = mul i32 %47, %NQ
	%49 = add i32 %48, %1
	%50 = mul i32 %49, %NK
	%51 = add i32 %50, %44
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	br i1 %55, label %57, label %383

56:
	ret void

57:
	%58 = mul i32 %2, %NK
	%59 = add i32 %58, %44
	%60 = sext i32 %59 to i64
	%61 = mul i64 %60, %42
	%62 = sext i32 %3 to i64
	%63 = add i64 %61, %62
	%64 = mul i32 %44, 8
	%65 = sdiv i32 %64, 64
	%66 = mul i32 %2, %41
	%67 = add i32 %66, %65
	%68 = sext i32 %67 to i64
	%69 = mul i64 %68, %42
	%70 = sext i32 %3 to i64
	%71 = add i64 %69, %70
	%72 = icmp slt i32 0, %31
	%73 = select i1 %72, i32 0, i32 0
	%74 = sext i32 %73 to i64
	%75 = add i64 %63, %74
	%76 = getelementptr float, float* %part, i64 %75
	%77 = load float, float* %76
	%78 = add i64 %71, %74
	%79 = getelementptr float, float* %mx, i64 %78
	%80 = load float, float* %79
	%81 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 0
	%82 = load float, float addrspace(3)* %81
	%83 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 16
	%84 = load float, float addrspace(3)* %83
	%85 = fsub float %80, %82
	%86 = call float @llvm.nvvm.ex2.approx.ftz.f(float %85)
	%87 = fmul float %77, %86
	%88 = fmul float %87, %84
	%89 = select i1 %72, float %88, float 0.0
	%90 = fadd float 0.0, %89
	%91 = icmp slt i32 1, %31
	%92 = select i1 %91, i32 1, i32 0
	%93 = sext i32 %92 to i64
	%94 = add i64 %63, %93
	%95 = getelementptr float, float* %part, i64 %94
	%96 = load float, float* %95
	%97 = add i64 %71, %93
	%98 = getelementptr float, float* %mx, i64 %97
	%99 = load float, float* %98
	%100 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 1
	%101 = load float, float addrspace(3)* %100
	%102 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 17
	%103 = load float, float addrspace(3)* %102
	%104 = fsub float %99, %101
	%105 = call float @llvm.nvvm.ex2.approx.ftz.f(float %104)
	%106 = fmul float %96, %105
	%107 = fmul float %106, %103
	%108 = select i1 %91, float %107, float 0.0
	%109 = fadd float %90, %108
	%110 = icmp slt i32 2, %31
	%111 = select i1 %110, i32 2, i32 0
	%112 = sext i32 %111 to i64
	%113 = add i64 %63, %112
	%114 = getelementptr float, float* %part, i64 %113
	%115 = load float, float* %114
	%116 = add i64 %71, %112
	%117 = getelementptr float, float* %mx, i64 %116
	%118 = load float, float* %117
	%119 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 2
	%120 = load float, float addrspace(3)* %119
	%121 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 18
	%122 = load float, float addrspace(3)* %121
	%123 = fsub float %118, %120
	%124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %123)
	%125 = fmul float %115, %124
	%126 = fmul float %125, %122
	%127 = select i1 %110, float %126, float 0.0
	%128 = fadd float %109, %127
	%129 = icmp slt i32 3, %31
	%130 = select i1 %129, i32 3, i32 0
	%131 = sext i32 %130 to i64
	%132 = add i64 %63, %131
	%133 = getelementptr float, float* %part, i64 %132
	%134 = load float, float* %133
	%135 = add i64 %71, %131
	%136 = getelementptr float, float* %mx, i64 %135
	%137 = load float, float* %136
	%138 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 3
	%139 = load float, float addrspace(3)* %138
	%140 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 19
	%141 = load float, float addrspace(3)* %140
	%142 = fsub float %137, %139
	%143 = call float @llvm.nvvm.ex2.approx.ftz.f(float %142)
	%144 = fmul float %134, %143
	%145 = fmul float %144, %141
	%146 = select i1 %129, float %145, float 0.0
	%147 = fadd float %128, %146
	%148 = icmp slt i32 4, %31
	%149 = select i1 %148, i32 4, i32 0
	%150 = sext i32 %149 to i64
	%151 = add i64 %63, %150
	%152 = getelementptr float, float* %part, i64 %151
	%153 = load float, float* %152
	%154 = add i64 %71, %150
	%155 = getelementptr float, float* %mx, i64 %154
	%156 = load float, float* %155
	%157 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 4
	%158 = load float, float addrspace(3)* %157
	%159 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 20
	%160 = load float, float addrspace(3)* %159
	%161 = fsub float %156, %158
	%162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %161)
	%163 = fmul float %153, %162
	%164 = fmul float %163, %160
	%165 = select i1 %148, float %164, float 0.0
	%166 = fadd float %147, %165
	%167 = icmp slt i32 5, %31
	%168 = select i1 %167, i32 5, i32 0
	%169 = sext i32 %168 to i64
	%170 = add i64 %63, %169
	%171 = getelementptr float, float* %part, i64 %170
	%172 = load float, float* %171
	%173 = add i64 %71, %169
	%174 = getelementptr float, float* %mx, i64 %173
	%175 = load float, float* %174
	%176 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 5
	%177 = load float, float addrspace(3)* %176
	%178 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 21
	%179 = load float, float addrspace(3)* %178
	%180 = fsub float %175, %177
	%181 = call float @llvm.nvvm.ex2.approx.ftz.f(float %180)
	%182 = fmul float %172, %181
	%183 = fmul float %182, %179
	%184 = select i1 %167, float %183, float 0.0
	%185 = fadd float %166, %184
	%186 = icmp slt i32 6, %31
	%187 = select i1 %186, i32 6, i32 0
	%188 = sext i32 %187 to i64
	%189 = add i64 %63, %188
	%190 = getelementptr float, float* %part, i64 %189
	%191 = load float, float* %190
	%192 = add i64 %71, %188
	%193 = getelementptr float, float* %mx, i64 %192
	%194 = load float, float* %193
	%195 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 6
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 22
	%198 = load float, float addrspace(3)* %197
	%199 = fsub float %194, %196
	%200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %199)
	%201 = fmul float %191, %200
	%202 = fmul float %201, %198
	%203 = select i1 %186, float %202, float 0.0
	%204 = fadd float %185, %203
	%205 = icmp slt i32 7, %31
	%206 = select i1 %205, i32 7, i32 0
	%207 = sext i32 %206 to i64
	%208 = add i64 %63, %207
	%209 = getelementptr float, float* %part, i64 %208
	%210 = load float, float* %209
	%211 = add i64 %71, %207
	%212 = getelementptr float, float* %mx, i64 %211
	%213 = load float, float* %212
	%214 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 7
	%215 = load float, float addrspace(3)* %214
	%216 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 23
	%217 = load float, float addrspace(3)* %216
	%218 = fsub float %213, %215
	%219 = call float @llvm.nvvm.ex2.approx.ftz.f(float %218)
	%220 = fmul float %210, %219
	%221 = fmul float %220, %217
	%222 = select i1 %205, float %221, float 0.0
	%223 = fadd float %204, %222
	%224 = icmp slt i32 8, %31
	%225 = select i1 %224, i32 8, i32 0
	%226 = sext i32 %225 to i64
	%227 = add i64 %63, %226
	%228 = getelementptr float, float* %part, i64 %227
	%229 = load float, float* %228
	%230 = add i64 %71, %226
	%231 = getelementptr float, float* %mx, i64 %230
	%232 = load float, float* %231
	%233 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 8
	%234 = load float, float addrspace(3)* %233
	%235 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 24
	%236 = load float, float addrspace(3)* %235
	%237 = fsub float %232, %234
	%238 = call float @llvm.nvvm.ex2.approx.ftz.f(float %237)
	%239 = fmul float %229, %238
	%240 = fmul float %239, %236
	%241 = select i1 %224, float %240, float 0.0
	%242 = fadd float %223, %241
	%243 = icmp slt i32 9, %31
	%244 = select i1 %243, i32 9, i32 0
	%245 = sext i32 %244 to i64
	%246 = add i64 %63, %245
	%247 = getelementptr float, float* %part, i64 %246
	%248 = load float, float* %247
	%249 = add i64 %71, %245
	%250 = getelementptr float, float* %mx, i64 %249
	%251 = load float, float* %250
	%252 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 9
	%253 = load float, float addrspace(3)* %252
	%254 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 25
	%255 = load float, float addrspace(3)* %254
	%256 = fsub float %251, %253
	%257 = call float @llvm.nvvm.ex2.approx.ftz.f(float %256)
	%258 = fmul float %248, %257
	%259 = fmul float %258, %255
	%260 = select i1 %243, float %259, float 0.0
	%261 = fadd float %242, %260
	%262 = icmp slt i32 10, %31
	%263 = select i1 %262, i32 10, i32 0
	%264 = sext i32 %263 to i64
	%265 = add i64 %63, %264
	%266 = getelementptr float, float* %part, i64 %265
	%267 = load float, float* %266
	%268 = add i64 %71, %264
	%269 = getelementptr float, float* %mx, i64 %268
	%270 = load float, float* %269
	%271 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 10
	%272 = load float, float addrspace(3)* %271
	%273 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 26
	%274 = load float, float addrspace(3)* %273
	%275 = fsub float %270, %272
	%276 = call float @llvm.nvvm.ex2.approx.ftz.f(float %275)
	%277 = fmul float %267, %276
	%278 = fmul float %277, %274
	%279 = select i1 %262, float %278, float 0.0
	%280 = fadd float %261, %279
	%281 = icmp slt i32 11, %31
	%282 = select i1 %281, i32 11, i32 0
	%283 = sext i32 %282 to i64
	%284 = add i64 %63, %283
	%285 = getelementptr float, float* %part, i64 %284
	%286 = load float, float* %285
	%287 = add i64 %71, %283
	%288 = getelementptr float, float* %mx, i64 %287
	%289 = load float, float* %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 11
	%291 = load float, float addrspace(3)* %290
	%292 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 27
	%293 = load float, float addrspace(3)* %292
	%294 = fsub float %289, %291
	%295 = call float @llvm.nvvm.ex2.approx.ftz.f(float %294)
	%296 = fmul float %286, %295
	%297 = fmul float %296, %293
	%298 = select i1 %281, float %297, float 0.0
	%299 = fadd float %280, %298
	%300 = icmp slt i32 12, %31
	%301 = select i1 %300, i32 12, i32 0
	%302 = sext i32 %301 to i64
	%303 = add i64 %63, %302
	%304 = getelementptr float, float* %part, i64 %303
	%305 = load float, float* %304
	%306 = add i64 %71, %302
	%307 = getelementptr float, float* %mx, i64 %306
	%308 = load float, float* %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 12
	%310 = load float, float addrspace(3)* %309
	%311 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 28
	%312 = load float, float addrspace(3)* %311
	%313 = fsub float %308, %310
	%314 = call float @llvm.nvvm.ex2.approx.ftz.f(float %313)
	%315 = fmul float %305, %314
	%316 = fmul float %315, %312
	%317 = select i1 %300, float %316, float 0.0
	%318 = fadd float %299, %317
	%319 = icmp slt i32 13, %31
	%320 = select i1 %319, i32 13, i32 0
	%321 = sext i32 %320 to i64
	%322 = add i64 %63, %321
	%323 = getelementptr float, float* %part, i64 %322
	%324 = load float, float* %323
	%325 = add i64 %71, %321
	%326 = getelementptr float, float* %mx, i64 %325
	%327 = load float, float* %326
	%328 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 13
	%329 = load float, float addrspace(3)* %328
	%330 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 29
	%331 = load float, float addrspace(3)* %330
	%332 = fsub float %327, %329
	%333 = call float @llvm.nvvm.ex2.approx.ftz.f(float %332)
	%334 = fmul float %324, %333
	%335 = fmul float %334, %331
	%336 = select i1 %319, float %335, float 0.0
	%337 = fadd float %318, %336
	%338 = icmp slt i32 14, %31
	%339 = select i1 %338, i32 14, i32 0
	%340 = sext i32 %339 to i64
	%341 = add i64 %63, %340
	%342 = getelementptr float, float* %part, i64 %341
	%343 = load float, float* %342
	%344 = add i64 %71, %340
	%345 = getelementptr float, float* %mx, i64 %344
	%346 = load float, float* %345
	%347 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 14
	%348 = load float, float addrspace(3)* %347
	%349 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 30
	%350 = load float, float addrspace(3)* %349
	%351 = fsub float %346, %348
	%352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %351)
	%353 = fmul float %343, %352
	%354 = fmul float %353, %350
	%355 = select i1 %338, float %354, float 0.0
	%356 = fadd float %337, %355
	%357 = icmp slt i32 15, %31
	%358 = select i1 %357, i32 15, i32 0
	%359 = sext i32 %358 to i64
	%360 = add i64 %63, %359
	%361 = getelementptr float, float* %part, i64 %360
	%362 = load float, float* %361
	%363 = add i64 %71, %359
	%364 = getelementptr float, float* %mx, i64 %363
	%365 = load float, float* %364
	%366 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 15
	%367 = load float, float addrspace(3)* %366
	%368 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_admass0_rows, i32 0, i32 31
	%369 = load float, float addrspace(3)* %368
	%370 = fsub float %365, %367
	%371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %370)
	%372 = fmul float %362, %371
	%373 = fmul float %372, %369
	%374 = select i1 %357, float %373, float 0.0
	%375 = fadd float %356, %374
	%376 = fdiv float %375, %39
	%377 = mul i32 %2, %NQ
	%378 = add i32 %377, %1
	%379 = mul i32 %378, %NK
	%380 = add i32 %379, %44
	%381 = sext i32 %380 to i64
	%382 = getelementptr float, float* %e, i64 %381
	store float %376, float* %382
	br label %383

383:
	%384 = add i32 %44, 256
	br label %43
}

define ptx_kernel void @adfull_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [8192 x i8] addrspace(3)* @adfull_attn2_smem to i32
	%1 = add i32 %0, u0x1000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = add i32 %41, 0
	%47 = sext i32 %46 to i64
	%48 = getelementptr i32, i32* %list, i64 %47
	%49 = load i32, i32* %48
	%50 = icmp sgt i32 %NK, 0
	%51 = icmp sge i32 %49, 0
	%52 = and i1 %50, %51
	%53 = lshr i32 %2, 3
	%54 = and i32 %2, 7
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 8
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 64
	%63 = mul i32 %54, 8
	%64 = add i32 %62, %63
	%65 = sext i32 %64 to i64
	%66 = getelementptr i16, i16* %28, i64 %65
	%67 = add i32 %61, 0
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %66, i64 0
	%70 = select i1 %68, i16* %69, i16* %28
	%71 = add i32 %60, 0
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %61, 16
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 48
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%91 = and i32 %4, 7
	%92 = lshr i32 %4, 3
	%93 = and i32 %92, 1
	%94 = shl i32 %93, 3
	%95 = add i32 %91, %94
	%96 = lshr i32 %4, 4
	%97 = mul i32 %3, 16
	%98 = add i32 %95, 0
	%99 = add i32 %97, %98
	%100 = mul i32 %99, 128
	%101 = add i32 %0, %100
	%102 = and i32 %4, 7
	%103 = xor i32 %96, %102
	%104 = shl i32 %103, 4
	%105 = add i32 %101, %104
	%106 = xor i32 %105, 0
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %105, 32
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	%118 = xor i32 %105, 64
	%119 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %105, 96
	%125 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	call void @llvm.nvvm.barrier0()
	%130 = mul i32 %49, 32
	%131 = lshr i32 %2, 3
	%132 = and i32 %2, 7
	%133 = and i32 %131, 7
	%134 = xor i32 %132, %133
	%135 = mul i32 %131, 8
	%136 = add i32 %135, %134
	%137 = shl i32 %136, 4
	%138 = add i32 %0, %137
	%139 = add i32 %130, %131
	%140 = mul i32 %139, 64
	%141 = mul i32 %132, 8
	%142 = add i32 %140, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr i16, i16* %32, i64 %143
	%145 = add i32 %139, 0
	%146 = icmp slt i32 %145, %N
	%147 = getelementptr i16, i16* %144, i64 0
	%148 = select i1 %146, i16* %147, i16* %32
	%149 = add i32 %138, 0
	%150 = select i1 %146, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %149, i16* %148, i32 %150)
	%151 = add i32 %139, 16
	%152 = icmp slt i32 %151, %N
	%153 = getelementptr i16, i16* %144, i64 1024
	%154 = select i1 %152, i16* %153, i16* %32
	%155 = add i32 %138, 2048
	%156 = select i1 %152, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %155, i16* %154, i32 %156)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%157 = phi i32 [ 0, %prologue ], [ %705, %pv ]
	%158 = phi i32 [ %49, %prologue ], [ %712, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %836, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %837, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %838, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %839, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %841, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %842, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %843, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %844, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %853, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %854, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %855, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %856, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %858, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %859, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %860, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %861, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %870, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %871, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %872, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %873, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %875, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %876, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %877, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %878, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %887, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %888, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %889, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %890, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %892, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %893, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %894, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %895, %pv ]
	%191 = phi float [ 0xFFF0000000000000, %prologue ], [ %649, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %676, %pv ]
	%193 = phi float [ 0xFFF0000000000000, %prologue ], [ %677, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %704, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%195 = mul i32 %158, 32
	%196 = lshr i32 %2, 3
	%197 = and i32 %2, 7
	%198 = and i32 %196, 7
	%199 = xor i32 %197, %198
	%200 = mul i32 %196, 8
	%201 = add i32 %200, %199
	%202 = shl i32 %201, 4
	%203 = add i32 %1, %202
	%204 = add i32 %195, %196
	%205 = mul i32 %204, 64
	%206 = mul i32 %197, 8
	%207 = add i32 %205, %206
	%208 = sext i32 %207 to i64
	%209 = getelementptr i16, i16* %36, i64 %208
	%210 = add i32 %204, 0
	%211 = icmp slt i32 %210, %N
	%212 = getelementptr i16, i16* %209, i64 0
	%213 = select i1 %211, i16* %212, i16* %36
	%214 = add i32 %203, 0
	%215 = select i1 %211, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %213, i32 %215)
	%216 = add i32 %204, 16
	%217 = icmp slt i32 %216, %N
	%218 = getelementptr i16, i16* %209, i64 1024
	%219 = select i1 %217, i16* %218, i16* %36
	%220 = add i32 %203, 2048
	%221 = select i1 %217, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %220, i16* %219, i32 %221)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%222 = and i32 %4, 7
	%223 = shl i32 %96, 3
	%224 = add i32 %222, %223
	%225 = lshr i32 %4, 3
	%226 = and i32 %225, 1
	%227 = mul i32 %224, 128
	%228 = add i32 %0, %227
	%229 = and i32 %4, 7
	%230 = xor i32 %226, %229
	%231 = shl i32 %230, 4
	%232 = add i32 %228, %231
	%233 = xor i32 %232, 0
	%234 = add i32 %233, 0
	%235 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %234)
	%236 = extractvalue { i32, i32, i32, i32 } %235, 0
	%237 = extractvalue { i32, i32, i32, i32 } %235, 1
	%238 = extractvalue { i32, i32, i32, i32 } %235, 2
	%239 = extractvalue { i32, i32, i32, i32 } %235, 3
	%240 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %236, i32 %237, float 0.0, float 0.0, float 0.0, float 0.0)
	%241 = extractvalue { float, float, float, float } %240, 0
	%242 = extractvalue { float, float, float, float } %240, 1
	%243 = extractvalue { float, float, float, float } %240, 2
	%244 = extractvalue { float, float, float, float } %240, 3
	%245 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %238, i32 %239, float 0.0, float 0.0, float 0.0, float 0.0)
	%246 = extractvalue { float, float, float, float } %245, 0
	%247 = extractvalue { float, float, float, float } %245, 1
	%248 = extractvalue { float, float, float, float } %245, 2
	%249 = extractvalue { float, float, float, float } %245, 3
	%250 = add i32 %233, 2048
	%251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %250)
	%252 = extractvalue { i32, i32, i32, i32 } %251, 0
	%253 = extractvalue { i32, i32, i32, i32 } %251, 1
	%254 = extractvalue { i32, i32, i32, i32 } %251, 2
	%255 = extractvalue { i32, i32, i32, i32 } %251, 3
	%256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %252, i32 %253, float 0.0, float 0.0, float 0.0, float 0.0)
	%257 = extractvalue { float, float, float, float } %256, 0
	%258 = extractvalue { float, float, float, float } %256, 1
	%259 = extractvalue { float, float, float, float } %256, 2
	%260 = extractvalue { float, float, float, float } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %254, i32 %255, float 0.0, float 0.0, float 0.0, float 0.0)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = xor i32 %232, 32
	%267 = add i32 %266, 0
	%268 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %267)
	%269 = extractvalue { i32, i32, i32, i32 } %268, 0
	%270 = extractvalue { i32, i32, i32, i32 } %268, 1
	%271 = extractvalue { i32, i32, i32, i32 } %268, 2
	%272 = extractvalue { i32, i32, i32, i32 } %268, 3
	%273 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %269, i32 %270, float %241, float %242, float %243, float %244)
	%274 = extractvalue { float, float, float, float } %273, 0
	%275 = extractvalue { float, float, float, float } %273, 1
	%276 = extractvalue { float, float, float, float } %273, 2
	%277 = extractvalue { float, float, float, float } %273, 3
	%278 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %271, i32 %272, float %246, float %247, float %248, float %249)
	%279 = extractvalue { float, float, float, float } %278, 0
	%280 = extractvalue { float, float, float, float } %278, 1
	%281 = extractvalue { float, float, float, float } %278, 2
	%282 = extractvalue { float, float, float, float } %278, 3
	%283 = add i32 %266, 2048
	%284 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %283)
	%285 = extractvalue { i32, i32, i32, i32 } %284, 0
	%286 = extractvalue { i32, i32, i32, i32 } %284, 1
	%287 = extractvalue { i32, i32, i32, i32 } %284, 2
	%288 = extractvalue { i32, i32, i32, i32 } %284, 3
	%289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %285, i32 %286, float %257, float %258, float %259, float %260)
	%290 = extractvalue { float, float, float, float } %289, 0
	%291 = extractvalue { float, float, float, float } %289, 1
	%292 = extractvalue { float, float, float, float } %289, 2
	%293 = extractvalue { float, float, float, float } %289, 3
	%294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %287, i32 %288, float %262, float %263, float %264, float %265)
	%295 = extractvalue { float, float, float, float } %294, 0
	%296 = extractvalue { float, float, float, float } %294, 1
	%297 = extractvalue { float, float, float, float } %294, 2
	%298 = extractvalue { float, float, float, float } %294, 3
	%299 = xor i32 %232, 64
	%300 = add i32 %299, 0
	%301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %300)
	%302 = extractvalue { i32, i32, i32, i32 } %301, 0
	%303 = extractvalue { i32, i32, i32, i32 } %301, 1
	%304 = extractvalue { i32, i32, i32, i32 } %301, 2
	%305 = extractvalue { i32, i32, i32, i32 } %301, 3
	%306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %302, i32 %303, float %274, float %275, float %276, float %277)
	%307 = extractvalue { float, float, float, float } %306, 0
	%308 = extractvalue { float, float, float, float } %306, 1
	%309 = extractvalue { float, float, float, float } %306, 2
	%310 = extractvalue { float, float, float, float } %306, 3
	%311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %304, i32 %305, float %279, float %280, float %281, float %282)
	%312 = extractvalue { float, float, float, float } %311, 0
	%313 = extractvalue { float, float, float, float } %311, 1
	%314 = extractvalue { float, float, float, float } %311, 2
	%315 = extractvalue { float, float, float, float } %311, 3
	%316 = add i32 %299, 2048
	%317 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %316)
	%318 = extractvalue { i32, i32, i32, i32 } %317, 0
	%319 = extractvalue { i32, i32, i32, i32 } %317, 1
	%320 = extractvalue { i32, i32, i32, i32 } %317, 2
	%321 = extractvalue { i32, i32, i32, i32 } %317, 3
	%322 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %318, i32 %319, float %290, float %291, float %292, float %293)
	%323 = extractvalue { float, float, float, float } %322, 0
	%324 = extractvalue { float, float, float, float } %322, 1
	%325 = extractvalue { float, float, float, float } %322, 2
	%326 = extractvalue { float, float, float, float } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %320, i32 %321, float %295, float %296, float %297, float %298)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = xor i32 %232, 96
	%333 = add i32 %332, 0
	%334 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %333)
	%335 = extractvalue { i32, i32, i32, i32 } %334, 0
	%336 = extractvalue { i32, i32, i32, i32 } %334, 1
	%337 = extractvalue { i32, i32, i32, i32 } %334, 2
	%338 = extractvalue { i32, i32, i32, i32 } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %335, i32 %336, float %307, float %308, float %309, float %310)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %337, i32 %338, float %312, float %313, float %314, float %315)
	%345 = extractvalue { float, float, float, float } %344, 0
	%346 = extractvalue { float, float, float, float } %344, 1
	%347 = extractvalue { float, float, float, float } %344, 2
	%348 = extractvalue { float, float, float, float } %344, 3
	%349 = add i32 %332, 2048
	%350 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %349)
	%351 = extractvalue { i32, i32, i32, i32 } %350, 0
	%352 = extractvalue { i32, i32, i32, i32 } %350, 1
	%353 = extractvalue { i32, i32, i32, i32 } %350, 2
	%354 = extractvalue { i32, i32, i32, i32 } %350, 3
	%355 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %351, i32 %352, float %323, float %324, float %325, float %326)
	%356 = extractvalue { float, float, float, float } %355, 0
	%357 = extractvalue { float, float, float, float } %355, 1
	%358 = extractvalue { float, float, float, float } %355, 2
	%359 = extractvalue { float, float, float, float } %355, 3
	%360 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %353, i32 %354, float %328, float %329, float %330, float %331)
	%361 = extractvalue { float, float, float, float } %360, 0
	%362 = extractvalue { float, float, float, float } %360, 1
	%363 = extractvalue { float, float, float, float } %360, 2
	%364 = extractvalue { float, float, float, float } %360, 3
	%365 = mul i32 %3, 16
	%366 = add i32 %24, %365
	%367 = add i32 %5, 0
	%368 = add i32 %366, %367
	%369 = mul i32 %3, 16
	%370 = add i32 %24, %369
	%371 = add i32 %5, 8
	%372 = add i32 %370, %371
	%373 = sitofp i32 %22 to float
	%374 = add i32 %45, %158
	%375 = sext i32 %374 to i64
	%376 = getelementptr i8, i8* %cls, i64 %375
	%377 = load i8, i8* %376
	%378 = icmp ne i8 %377, 2
	br i1 %378, label %partial, label %softmax

epilogue:
	%379 = phi float [ 0.0, %entry ], [ %676, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %704, %pv ]
	%381 = phi i32 [ 0, %entry ], [ %705, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %836, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %837, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %838, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %839, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %841, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %842, %pv ]
	%388 = phi float [ 0.0, %entry ], [ %843, %pv ]
	%389 = phi float [ 0.0, %entry ], [ %844, %pv ]
	%390 = phi float [ 0.0, %entry ], [ %853, %pv ]
	%391 = phi float [ 0.0, %entry ], [ %854, %pv ]
	%392 = phi float [ 0.0, %entry ], [ %855, %pv ]
	%393 = phi float [ 0.0, %entry ], [ %856, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %858, %pv ]
	%395 = phi float [ 0.0, %entry ], [ %859, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %860, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %861, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %870, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %871, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %872, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %873, %pv ]
	%402 = phi float [ 0.0, %entry ], [ %875, %pv ]
	%403 = phi float [ 0.0, %entry ], [ %876, %pv ]
	%404 = phi float [ 0.0, %entry ], [ %877, %pv ]
	%405 = phi float [ 0.0, %entry ], [ %878, %pv ]
	%406 = phi float [ 0.0, %entry ], [ %887, %pv ]
	%407 = phi float [ 0.0, %entry ], [ %888, %pv ]
	%408 = phi float [ 0.0, %entry ], [ %889, %pv ]
	%409 = phi float [ 0.0, %entry ], [ %890, %pv ]
	%410 = phi float [ 0.0, %entry ], [ %892, %pv ]
	%411 = phi float [ 0.0, %entry ], [ %893, %pv ]
	%412 = phi float [ 0.0, %entry ], [ %894, %pv ]
	%413 = phi float [ 0.0, %entry ], [ %895, %pv ]
	%414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %379, i32 1, i32 31)
	%415 = fadd float %379, %414
	%416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %415, i32 2, i32 31)
	%417 = fadd float %415, %416
	%418 = fcmp ogt float %417, 0.0
	%419 = fdiv float 1.0, %417
	%420 = select i1 %418, float %419, float 0.0
	%421 = mul i32 %3, 16
	%422 = add i32 %24, %421
	%423 = add i32 %5, 0
	%424 = add i32 %422, %423
	%425 = fmul float %382, %420
	%426 = fmul float %383, %420
	%427 = fmul float %386, %420
	%428 = fmul float %387, %420
	%429 = fmul float %390, %420
	%430 = fmul float %391, %420
	%431 = fmul float %394, %420
	%432 = fmul float %395, %420
	%433 = fmul float %398, %420
	%434 = fmul float %399, %420
	%435 = fmul float %402, %420
	%436 = fmul float %403, %420
	%437 = fmul float %406, %420
	%438 = fmul float %407, %420
	%439 = fmul float %410, %420
	%440 = fmul float %411, %420
	%441 = icmp slt i32 %424, %M
	br i1 %441, label %store0, label %stored0

partial:
	%442 = shl i32 %6, 1
	%443 = add i32 0, %442
	%444 = add i32 %195, %443
	%445 = icmp slt i32 %444, %N
	%446 = select i1 %445, float %340, float 0xFFF0000000000000
	%447 = shl i32 %6, 1
	%448 = add i32 1, %447
	%449 = add i32 %195, %448
	%450 = icmp slt i32 %449, %N
	%451 = select i1 %450, float %341, float 0xFFF0000000000000
	%452 = shl i32 %6, 1
	%453 = add i32 0, %452
	%454 = add i32 %195, %453
	%455 = icmp slt i32 %454, %N
	%456 = select i1 %455, float %342, float 0xFFF0000000000000
	%457 = shl i32 %6, 1
	%458 = add i32 1, %457
	%459 = add i32 %195, %458
	%460 = icmp slt i32 %459, %N
	%461 = select i1 %460, float %343, float 0xFFF0000000000000
	%462 = shl i32 %6, 1
	%463 = add i32 8, %462
	%464 = add i32 %195, %463
	%465 = icmp slt i32 %464, %N
	%466 = select i1 %465, float %345, float 0xFFF0000000000000
	%467 = shl i32 %6, 1
	%468 = add i32 9, %467
	%469 = add i32 %195, %468
	%470 = icmp slt i32 %469, %N
	%471 = select i1 %470, float %346, float 0xFFF0000000000000
	%472 = shl i32 %6, 1
	%473 = add i32 8, %472
	%474 = add i32 %195, %473
	%475 = icmp slt i32 %474, %N
	%476 = select i1 %475, float %347, float 0xFFF0000000000000
	%477 = shl i32 %6, 1
	%478 = add i32 9, %477
	%479 = add i32 %195, %478
	%480 = icmp slt i32 %479, %N
	%481 = select i1 %480, float %348, float 0xFFF0000000000000
	%482 = shl i32 %6, 1
	%483 = add i32 16, %482
	%484 = add i32 %195, %483
	%485 = icmp slt i32 %484, %N
	%486 = select i1 %485, float %356, float 0xFFF0000000000000
	%487 = shl i32 %6, 1
	%488 = add i32 17, %487
	%489 = add i32 %195, %488
	%490 = icmp slt i32 %489, %N
	%491 = select i1 %490, float %357, float 0xFFF0000000000000
	%492 = shl i32 %6, 1
	%493 = add i32 16, %492
	%494 = add i32 %195, %493
	%495 = icmp slt i32 %494, %N
	%496 = select i1 %495, float %358, float 0xFFF0000000000000
	%497 = shl i32 %6, 1
	%498 = add i32 17, %497
	%499 = add i32 %195, %498
	%500 = icmp slt i32 %499, %N
	%501 = select i1 %500, float %359, float 0xFFF0000000000000
	%502 = shl i32 %6, 1
	%503 = add i32 24, %502
	%504 = add i32 %195, %503
	%505 = icmp slt i32 %504, %N
	%506 = select i1 %505, float %361, float 0xFFF0000000000000
	%507 = shl i32 %6, 1
	%508 = add i32 25, %507
	%509 = add i32 %195, %508
	%510 = icmp slt i32 %509, %N
	%511 = select i1 %510, float %362, float 0xFFF0000000000000
	%512 = shl i32 %6, 1
	%513 = add i32 24, %512
	%514 = add i32 %195, %513
	%515 = icmp slt i32 %514, %N
	%516 = select i1 %515, float %363, float 0xFFF0000000000000
	%517 = shl i32 %6, 1
	%518 = add i32 25, %517
	%519 = add i32 %195, %518
	%520 = icmp slt i32 %519, %N
	%521 = select i1 %520, float %364, float 0xFFF0000000000000
	br label %softmax

softmax:
	%522 = phi float [ %340, %loop ], [ %446, %partial ]
	%523 = phi float [ %341, %loop ], [ %451, %partial ]
	%524 = phi float [ %342, %loop ], [ %456, %partial ]
	%525 = phi float [ %343, %loop ], [ %461, %partial ]
	%526 = phi float [ %345, %loop ], [ %466, %partial ]
	%527 = phi float [ %346, %loop ], [ %471, %partial ]
	%528 = phi float [ %347, %loop ], [ %476, %partial ]
	%529 = phi float [ %348, %loop ], [ %481, %partial ]
	%530 = phi float [ %356, %loop ], [ %486, %partial ]
	%531 = phi float [ %357, %loop ], [ %491, %partial ]
	%532 = phi float [ %358, %loop ], [ %496, %partial ]
	%533 = phi float [ %359, %loop ], [ %501, %partial ]
	%534 = phi float [ %361, %loop ], [ %506, %partial ]
	%535 = phi float [ %362, %loop ], [ %511, %partial ]
	%536 = phi float [ %363, %loop ], [ %516, %partial ]
	%537 = phi float [ %364, %loop ], [ %521, %partial ]
	%538 = call float @llvm.nvvm.fmax.f(float %522, float %523)
	%539 = call float @llvm.nvvm.fmax.f(float %526, float %527)
	%540 = call float @llvm.nvvm.fmax.f(float %530, float %531)
	%541 = call float @llvm.nvvm.fmax.f(float %534, float %535)
	%542 = call float @llvm.nvvm.fmax.f(float %538, float %539)
	%543 = call float @llvm.nvvm.fmax.f(float %540, float %541)
	%544 = call float @llvm.nvvm.fmax.f(float %542, float %543)
	%545 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %544, i32 1, i32 31)
	%546 = call float @llvm.nvvm.fmax.f(float %544, float %545)
	%547 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %546, i32 2, i32 31)
	%548 = call float @llvm.nvvm.fmax.f(float %546, float %547)
	%549 = fmul float %548, 0x3FC7154760000000
	%550 = call float @llvm.nvvm.fmax.f(float %191, float %549)
	%551 = fadd float %191, 8.0
	%552 = fcmp ogt float %550, %551
	%553 = or i1 false, %552
	%554 = call float @llvm.nvvm.fmax.f(float %524, float %525)
	%555 = call float @llvm.nvvm.fmax.f(float %528, float %529)
	%556 = call float @llvm.nvvm.fmax.f(float %532, float %533)
	%557 = call float @llvm.nvvm.fmax.f(float %536, float %537)
	%558 = call float @llvm.nvvm.fmax.f(float %554, float %555)
	%559 = call float @llvm.nvvm.fmax.f(float %556, float %557)
	%560 = call float @llvm.nvvm.fmax.f(float %558, float %559)
	%561 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %560, i32 1, i32 31)
	%562 = call float @llvm.nvvm.fmax.f(float %560, float %561)
	%563 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %562, i32 2, i32 31)
	%564 = call float @llvm.nvvm.fmax.f(float %562, float %563)
	%565 = fmul float %564, 0x3FC7154760000000
	%566 = call float @llvm.nvvm.fmax.f(float %193, float %565)
	%567 = fadd float %193, 8.0
	%568 = fcmp ogt float %566, %567
	%569 = or i1 %553, %568
	%570 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %569)
	br i1 %570, label %571, label %614

571:
	%572 = fcmp oeq float %550, 0xFFF0000000000000
	%573 = select i1 %572, float 0.0, float %550
	%574 = fsub float %191, %573
	%575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %574)
	%576 = fcmp oeq float %566, 0xFFF0000000000000
	%577 = select i1 %576, float 0.0, float %566
	%578 = fsub float %193, %577
	%579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %578)
	%580 = fmul float %159, %575
	%581 = fmul float %160, %575
	%582 = fmul float %161, %579
	%583 = fmul float %162, %579
	%584 = fmul float %163, %575
	%585 = fmul float %164, %575
	%586 = fmul float %165, %579
	%587 = fmul float %166, %579
	%588 = fmul float %167, %575
	%589 = fmul float %168, %575
	%590 = fmul float %169, %579
	%591 = fmul float %170, %579
	%592 = fmul float %171, %575
	%593 = fmul float %172, %575
	%594 = fmul float %173, %579
	%595 = fmul float %174, %579
	%596 = fmul float %175, %575
	%597 = fmul float %176, %575
	%598 = fmul float %177, %579
	%599 = fmul float %178, %579
	%600 = fmul float %179, %575
	%601 = fmul float %180, %575
	%602 = fmul float %181, %579
	%603 = fmul float %182, %579
	%604 = fmul float %183, %575
	%605 = fmul float %184, %575
	%606 = fmul float %185, %579
	%607 = fmul float %186, %579
	%608 = fmul float %187, %575
	%609 = fmul float %188, %575
	%610 = fmul float %189, %579
	%611 = fmul float %190, %579
	%612 = fmul float %192, %575
	%613 = fmul float %194, %579
	br label %614

614:
	%615 = phi float [ %159, %softmax ], [ %580, %571 ]
	%616 = phi float [ %160, %softmax ], [ %581, %571 ]
	%617 = phi float [ %161, %softmax ], [ %582, %571 ]
	%618 = phi float [ %162, %softmax ], [ %583, %571 ]
	%619 = phi float [ %163, %softmax ], [ %584, %571 ]
	%620 = phi float [ %164, %softmax ], [ %585, %571 ]
	%621 = phi float [ %165, %softmax ], [ %586, %571 ]
	%622 = phi float [ %166, %softmax ], [ %587, %571 ]
	%623 = phi float [ %167, %softmax ], [ %588, %571 ]
	%624 = phi float [ %168, %softmax ], [ %589, %571 ]
	%625 = phi float [ %169, %softmax ], [ %590, %571 ]
	%626 = phi float [ %170, %softmax ], [ %591, %571 ]
	%627 = phi float [ %171, %softmax ], [ %592, %571 ]
	%628 = phi float [ %172, %softmax ], [ %593, %571 ]
	%629 = phi float [ %173, %softmax ], [ %594, %571 ]
	%630 = phi float [ %174, %softmax ], [ %595, %571 ]
	%631 = phi float [ %175, %softmax ], [ %596, %571 ]
	%632 = phi float [ %176, %softmax ], [ %597, %571 ]
	%633 = phi float [ %177, %softmax ], [ %598, %571 ]
	%634 = phi float [ %178, %softmax ], [ %599, %571 ]
	%635 = phi float [ %179, %softmax ], [ %600, %571 ]
	%636 = phi float [ %180, %softmax ], [ %601, %571 ]
	%637 = phi float [ %181, %softmax ], [ %602, %571 ]
	%638 = phi float [ %182, %softmax ], [ %603, %571 ]
	%639 = phi float [ %183, %softmax ], [ %604, %571 ]
	%640 = phi float [ %184, %softmax ], [ %605, %571 ]
	%641 = phi float [ %185, %softmax ], [ %606, %571 ]
	%642 = phi float [ %186, %softmax ], [ %607, %571 ]
	%643 = phi float [ %187, %softmax ], [ %608, %571 ]
	%644 = phi float [ %188, %softmax ], [ %609, %571 ]
	%645 = phi float [ %189, %softmax ], [ %610, %571 ]
	%646 = phi float [ %190, %softmax ], [ %611, %571 ]
	%647 = phi float [ %192, %softmax ], [ %612, %571 ]
	%648 = phi float [ %194, %softmax ], [ %613, %571 ]
	%649 = select i1 %570, float %550, float %191
	%650 = fcmp oeq float %649, 0xFFF0000000000000
	%651 = select i1 %650, float 0.0, float %649
	%652 = fneg float %651
	%653 = call float @llvm.fma.f32(float %522, float 0x3FC7154760000000, float %652)
	%654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %653)
	%655 = call float @llvm.fma.f32(float %523, float 0x3FC7154760000000, float %652)
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = call float @llvm.fma.f32(float %526, float 0x3FC7154760000000, float %652)
	%658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %657)
	%659 = call float @llvm.fma.f32(float %527, float 0x3FC7154760000000, float %652)
	%660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %659)
	%661 = call float @llvm.fma.f32(float %530, float 0x3FC7154760000000, float %652)
	%662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %661)
	%663 = call float @llvm.fma.f32(float %531, float 0x3FC7154760000000, float %652)
	%664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %663)
	%665 = call float @llvm.fma.f32(float %534, float 0x3FC7154760000000, float %652)
	%666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %665)
	%667 = call float @llvm.fma.f32(float %535, float 0x3FC7154760000000, float %652)
	%668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %667)
	%669 = fadd float %654, %656
	%670 = fadd float %658, %660
	%671 = fadd float %662, %664
	%672 = fadd float %666, %668
	%673 = fadd float %669, %670
	%674 = fadd float %671, %672
	%675 = fadd float %673, %674
	%676 = fadd float %647, %675
	%677 = select i1 %570, float %566, float %193
	%678 = fcmp oeq float %677, 0xFFF0000000000000
	%679 = select i1 %678, float 0.0, float %677
	%680 = fneg float %679
	%681 = call float @llvm.fma.f32(float %524, float 0x3FC7154760000000, float %680)
	%682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %681)
	%683 = call float @llvm.fma.f32(float %525, float 0x3FC7154760000000, float %680)
	%684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %683)
	%685 = call float @llvm.fma.f32(float %528, float 0x3FC7154760000000, float %680)
	%686 = call float @llvm.nvvm.ex2.approx.ftz.f(float %685)
	%687 = call float @llvm.fma.f32(float %529, float 0x3FC7154760000000, float %680)
	%688 = call float @llvm.nvvm.ex2.approx.ftz.f(float %687)
	%689 = call float @llvm.fma.f32(float %532, float 0x3FC7154760000000, float %680)
	%690 = call float @llvm.nvvm.ex2.approx.ftz.f(float %689)
	%691 = call float @llvm.fma.f32(float %533, float 0x3FC7154760000000, float %680)
	%692 = call float @llvm.nvvm.ex2.approx.ftz.f(float %691)
	%693 = call float @llvm.fma.f32(float %536, float 0x3FC7154760000000, float %680)
	%694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %693)
	%695 = call float @llvm.fma.f32(float %537, float 0x3FC7154760000000, float %680)
	%696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %695)
	%697 = fadd float %682, %684
	%698 = fadd float %686, %688
	%699 = fadd float %690, %692
	%700 = fadd float %694, %696
	%701 = fadd float %697, %698
	%702 = fadd float %699, %700
	%703 = fadd float %701, %702
	%704 = fadd float %648, %703
	%705 = add i32 %157, 1
	%706 = icmp slt i32 %705, %NK
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %41, %707
	%709 = sext i32 %708 to i64
	%710 = getelementptr i32, i32* %list, i64 %709
	%711 = load i32, i32* %710
	%712 = select i1 %706, i32 %711, i32 -1
	%713 = icmp sge i32 %712, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %713, label %prefetch, label %pv

prefetch:
	%714 = mul i32 %712, 32
	%715 = lshr i32 %2, 3
	%716 = and i32 %2, 7
	%717 = and i32 %715, 7
	%718 = xor i32 %716, %717
	%719 = mul i32 %715, 8
	%720 = add i32 %719, %718
	%721 = shl i32 %720, 4
	%722 = add i32 %0, %721
	%723 = add i32 %714, %715
	%724 = mul i32 %723, 64
	%725 = mul i32 %716, 8
	%726 = add i32 %724, %725
	%727 = sext i32 %726 to i64
	%728 = getelementptr i16, i16* %32, i64 %727
	%729 = add i32 %723, 0
	%730 = icmp slt i32 %729, %N
	%731 = getelementptr i16, i16* %728, i64 0
	%732 = select i1 %730, i16* %731, i16* %32
	%733 = add i32 %722, 0
	%734 = select i1 %730, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %733, i16* %732, i32 %734)
	%735 = add i32 %723, 16
	%736 = icmp slt i32 %735, %N
	%737 = getelementptr i16, i16* %728, i64 1024
	%738 = select i1 %736, i16* %737, i16* %32
	%739 = add i32 %722, 2048
	%740 = select i1 %736, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %739, i16* %738, i32 %740)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%741 = and i32 %4, 7
	%742 = lshr i32 %4, 3
	%743 = and i32 %742, 1
	%744 = shl i32 %743, 3
	%745 = add i32 %741, %744
	%746 = mul i32 %745, 128
	%747 = add i32 %1, %746
	%748 = and i32 %4, 7
	%749 = xor i32 %96, %748
	%750 = shl i32 %749, 4
	%751 = add i32 %747, %750
	%752 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %656, float %654)
	%753 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %684, float %682)
	%754 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %660, float %658)
	%755 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %688, float %686)
	%756 = xor i32 %751, 0
	%757 = add i32 %756, 0
	%758 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %757)
	%759 = extractvalue { i32, i32, i32, i32 } %758, 0
	%760 = extractvalue { i32, i32, i32, i32 } %758, 1
	%761 = extractvalue { i32, i32, i32, i32 } %758, 2
	%762 = extractvalue { i32, i32, i32, i32 } %758, 3
	%763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %759, i32 %760, float %615, float %616, float %617, float %618)
	%764 = extractvalue { float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float } %763, 3
	%768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %761, i32 %762, float %619, float %620, float %621, float %622)
	%769 = extractvalue { float, float, float, float } %768, 0
	%770 = extractvalue { float, float, float, float } %768, 1
	%771 = extractvalue { float, float, float, float } %768, 2
	%772 = extractvalue { float, float, float, float } %768, 3
	%773 = xor i32 %751, 32
	%774 = add i32 %773, 0
	%775 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %774)
	%776 = extractvalue { i32, i32, i32, i32 } %775, 0
	%777 = extractvalue { i32, i32, i32, i32 } %775, 1
	%778 = extractvalue { i32, i32, i32, i32 } %775, 2
	%779 = extractvalue { i32, i32, i32, i32 } %775, 3
	%780 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %776, i32 %777, float %623, float %624, float %625, float %626)
	%781 = extractvalue { float, float, float, float } %780, 0
	%782 = extractvalue { float, float, float, float } %780, 1
	%783 = extractvalue { float, float, float, float } %780, 2
	%784 = extractvalue { float, float, float, float } %780, 3
	%785 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %778, i32 %779, float %627, float %628, float %629, float %630)
	%786 = extractvalue { float, float, float, float } %785, 0
	%787 = extractvalue { float, float, float, float } %785, 1
	%788 = extractvalue { float, float, float, float } %785, 2
	%789 = extractvalue { float, float, float, float } %785, 3
	%790 = xor i32 %751, 64
	%791 = add i32 %790, 0
	%792 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %791)
	%793 = extractvalue { i32, i32, i32, i32 } %792, 0
	%794 = extractvalue { i32, i32, i32, i32 } %792, 1
	%795 = extractvalue { i32, i32, i32, i32 } %792, 2
	%796 = extractvalue { i32, i32, i32, i32 } %792, 3
	%797 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %793, i32 %794, float %631, float %632, float %633, float %634)
	%798 = extractvalue { float, float, float, float } %797, 0
	%799 = extractvalue { float, float, float, float } %797, 1
	%800 = extractvalue { float, float, float, float } %797, 2
	%801 = extractvalue { float, float, float, float } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %795, i32 %796, float %635, float %636, float %637, float %638)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = xor i32 %751, 96
	%808 = add i32 %807, 0
	%809 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %808)
	%810 = extractvalue { i32, i32, i32, i32 } %809, 0
	%811 = extractvalue { i32, i32, i32, i32 } %809, 1
	%812 = extractvalue { i32, i32, i32, i32 } %809, 2
	%813 = extractvalue { i32, i32, i32, i32 } %809, 3
	%814 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %810, i32 %811, float %639, float %640, float %641, float %642)
	%815 = extractvalue { float, float, float, float } %814, 0
	%816 = extractvalue { float, float, float, float } %814, 1
	%817 = extractvalue { float, float, float, float } %814, 2
	%818 = extractvalue { float, float, float, float } %814, 3
	%819 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %752, i32 %753, i32 %754, i32 %755, i32 %812, i32 %813, float %643, float %644, float %645, float %646)
	%820 = extractvalue { float, float, float, float } %819, 0
	%821 = extractvalue { float, float, float, float } %819, 1
	%822 = extractvalue { float, float, float, float } %819, 2
	%823 = extractvalue { float, float, float, float } %819, 3
	%824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %664, float %662)
	%825 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %692, float %690)
	%826 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %668, float %666)
	%827 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %696, float %694)
	%828 = xor i32 %751, 0
	%829 = add i32 %828, 2048
	%830 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %829)
	%831 = extractvalue { i32, i32, i32, i32 } %830, 0
	%832 = extractvalue { i32, i32, i32, i32 } %830, 1
	%833 = extractvalue { i32, i32, i32, i32 } %830, 2
	%834 = extractvalue { i32, i32, i32, i32 } %830, 3
	%835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %831, i32 %832, float %764, float %765, float %766, float %767)
	%836 = extractvalue { float, float, float, float } %835, 0
	%837 = extractvalue { float, float, float, float } %835, 1
	%838 = extractvalue { float, float, float, float } %835, 2
	%839 = extractvalue { float, float, float, float } %835, 3
	%840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %833, i32 %834, float %769, float %770, float %771, float %772)
	%841 = extractvalue { float, float, float, float } %840, 0
	%842 = extractvalue { float, float, float, float } %840, 1
	%843 = extractvalue { float, float, float, float } %840, 2
	%844 = extractvalue { float, float, float, float } %840, 3
	%845 = xor i32 %751, 32
	%846 = add i32 %845, 2048
	%847 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %846)
	%848 = extractvalue { i32, i32, i32, i32 } %847, 0
	%849 = extractvalue { i32, i32, i32, i32 } %847, 1
	%850 = extractvalue { i32, i32, i32, i32 } %847, 2
	%851 = extractvalue { i32, i32, i32, i32 } %847, 3
	%852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %848, i32 %849, float %781, float %782, float %783, float %784)
	%853 = extractvalue { float, float, float, float } %852, 0
	%854 = extractvalue { float, float, float, float } %852, 1
	%855 = extractvalue { float, float, float, float } %852, 2
	%856 = extractvalue { float, float, float, float } %852, 3
	%857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %850, i32 %851, float %786, float %787, float %788, float %789)
	%858 = extractvalue { float, float, float, float } %857, 0
	%859 = extractvalue { float, float, float, float } %857, 1
	%860 = extractvalue { float, float, float, float } %857, 2
	%861 = extractvalue { float, float, float, float } %857, 3
	%862 = xor i32 %751, 64
	%863 = add i32 %862, 2048
	%864 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %863)
	%865 = extractvalue { i32, i32, i32, i32 } %864, 0
	%866 = extractvalue { i32, i32, i32, i32 } %864, 1
	%867 = extractvalue { i32, i32, i32, i32 } %864, 2
	%868 = extractvalue { i32, i32, i32, i32 } %864, 3
	%869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %865, i32 %866, float %798, float %799, float %800, float %801)
	%870 = extractvalue { float, float, float, float } %869, 0
	%871 = extractvalue { float, float, float, float } %869, 1
	%872 = extractvalue { float, float, float, float } %869, 2
	%873 = extractvalue { float, float, float, float } %869, 3
	%874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %867, i32 %868, float %803, float %804, float %805, float %806)
	%875 = extractvalue { float, float, float, float } %874, 0
	%876 = extractvalue { float, float, float, float } %874, 1
	%877 = extractvalue { float, float, float, float } %874, 2
	%878 = extractvalue { float, float, float, float } %874, 3
	%879 = xor i32 %751, 96
	%880 = add i32 %879, 2048
	%881 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %880)
	%882 = extractvalue { i32, i32, i32, i32 } %881, 0
	%883 = extractvalue { i32, i32, i32, i32 } %881, 1
	%884 = extractvalue { i32, i32, i32, i32 } %881, 2
	%885 = extractvalue { i32, i32, i32, i32 } %881, 3
	%886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %882, i32 %883, float %815, float %816, float %817, float %818)
	%887 = extractvalue { float, float, float, float } %886, 0
	%888 = extractvalue { float, float, float, float } %886, 1
	%889 = extractvalue { float, float, float, float } %886, 2
	%890 = extractvalue { float, float, float, float } %886, 3
	%891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %824, i32 %825, i32 %826, i32 %827, i32 %884, i32 %885, float %820, float %821, float %822, float %823)
	%892 = extractvalue { float, float, float, float } %891, 0
	%893 = extractvalue { float, float, float, float } %891, 1
	%894 = extractvalue { float, float, float, float } %891, 2
	%895 = extractvalue { float, float, float, float } %891, 3
	br i1 %713, label %loop, label %epilogue

store0:
	%896 = mul i32 %22, %M
	%897 = add i32 %896, %424
	%898 = mul i32 %897, 64
	%899 = shl i32 %6, 1
	%900 = add i32 0, %899
	%901 = add i32 %898, %900
	%902 = sext i32 %901 to i64
	%903 = getelementptr i16, i16* %out, i64 %902
	%904 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %426, float %425)
	%905 = bitcast i16* %903 to i32*
	store i32 %904, i32* %905
	%906 = shl i32 %6, 1
	%907 = add i32 8, %906
	%908 = add i32 %898, %907
	%909 = sext i32 %908 to i64
	%910 = getelementptr i16, i16* %out, i64 %909
	%911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %428, float %427)
	%912 = bitcast i16* %910 to i32*
	store i32 %911, i32* %912
	%913 = shl i32 %6, 1
	%914 = add i32 16, %913
	%915 = add i32 %898, %914
	%916 = sext i32 %915 to i64
	%917 = getelementptr i16, i16* %out, i64 %916
	%918 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %430, float %429)
	%919 = bitcast i16* %917 to i32*
	store i32 %918, i32* %919
	%920 = shl i32 %6, 1
	%921 = add i32 24, %920
	%922 = add i32 %898, %921
	%923 = sext i32 %922 to i64
	%924 = getelementptr i16, i16* %out, i64 %923
	%925 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %432, float %431)
	%926 = bitcast i16* %924 to i32*
	store i32 %925, i32* %926
	%927 = shl i32 %6, 1
	%928 = add i32 32, %927
	%929 = add i32 %898, %928
	%930 = sext i32 %929 to i64
	%931 = getelementptr i16, i16* %out, i64 %930
	%932 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %434, float %433)
	%933 = bitcast i16* %931 to i32*
	store i32 %932, i32* %933
	%934 = shl i32 %6, 1
	%935 = add i32 40, %934
	%936 = add i32 %898, %935
	%937 = sext i32 %936 to i64
	%938 = getelementptr i16, i16* %out, i64 %937
	%939 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %436, float %435)
	%940 = bitcast i16* %938 to i32*
	store i32 %939, i32* %940
	%941 = shl i32 %6, 1
	%942 = add i32 48, %941
	%943 = add i32 %898, %942
	%944 = sext i32 %943 to i64
	%945 = getelementptr i16, i16* %out, i64 %944
	%946 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %438, float %437)
	%947 = bitcast i16* %945 to i32*
	store i32 %946, i32* %947
	%948 = shl i32 %6, 1
	%949 = add i32 56, %948
	%950 = add i32 %898, %949
	%951 = sext i32 %950 to i64
	%952 = getelementptr i16, i16* %out, i64 %951
	%953 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %440, float %439)
	%954 = bitcast i16* %952 to i32*
	store i32 %953, i32* %954
	br label %stored0

stored0:
	%955 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %380, i32 1, i32 31)
	%956 = fadd float %380, %955
	%957 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %956, i32 2, i32 31)
	%958 = fadd float %956, %957
	%959 = fcmp ogt float %958, 0.0
	%960 = fdiv float 1.0, %958
	%961 = select i1 %959, float %960, float 0.0
	%962 = mul i32 %3, 16
	%963 = add i32 %24, %962
	%964 = add i32 %5, 8
	%965 = add i32 %963, %964
	%966 = fmul float %384, %961
	%967 = fmul float %385, %961
	%968 = fmul float %388, %961
	%969 = fmul float %389, %961
	%970 = fmul float %392, %961
	%971 = fmul float %393, %961
	%972 = fmul float %396, %961
	%973 = fmul float %397, %961
	%974 = fmul float %400, %961
	%975 = fmul float %401, %961
	%976 = fmul float %404, %961
	%977 = fmul float %405, %961
	%978 = fmul float %408, %961
	%979 = fmul float %409, %961
	%980 = fmul float %412, %961
	%981 = fmul float %413, %961
	%982 = icmp slt i32 %965, %M
	br i1 %982, label %store1, label %stored1

store1:
	%983 = mul i32 %22, %M
	%984 = add i32 %983, %965
	%985 = mul i32 %984, 64
	%986 = shl i32 %6, 1
	%987 = add i32 0, %986
	%988 = add i32 %985, %987
	%989 = sext i32 %988 to i64
	%990 = getelementptr i16, i16* %out, i64 %989
	%991 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %967, float %966)
	%992 = bitcast i16* %990 to i32*
	store i32 %991, i32* %992
	%993 = shl i32 %6, 1
	%994 = add i32 8, %993
	%995 = add i32 %985, %994
	%996 = sext i32 %995 to i64
	%997 = getelementptr i16, i16* %out, i64 %996
	%998 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %969, float %968)
	%999 = bitcast i16* %997 to i32*
	store i32 %998, i32* %999
	%1000 = shl i32 %6, 1
	%1001 = add i32 16, %1000
	%1002 = add i32 %985, %1001
	%1003 = sext i32 %1002 to i64
	%1004 = getelementptr i16, i16* %out, i64 %1003
	%1005 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %971, float %970)
	%1006 = bitcast i16* %1004 to i32*
	store i32 %1005, i32* %1006
	%1007 = shl i32 %6, 1
	%1008 = add i32 24, %1007
	%1009 = add i32 %985, %1008
	%1010 = sext i32 %1009 to i64
	%1011 = getelementptr i16, i16* %out, i64 %1010
	%1012 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %973, float %972)
	%1013 = bitcast i16* %1011 to i32*
	store i32 %1012, i32* %1013
	%1014 = shl i32 %6, 1
	%1015 = add i32 32, %1014
	%1016 = add i32 %985, %1015
	%1017 = sext i32 %1016 to i64
	%1018 = getelementptr i16, i16* %out, i64 %1017
	%1019 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %975, float %974)
	%1020 = bitcast i16* %1018 to i32*
	store i32 %1019, i32* %1020
	%1021 = shl i32 %6, 1
	%1022 = add i32 40, %1021
	%1023 = add i32 %985, %1022
	%1024 = sext i32 %1023 to i64
	%1025 = getelementptr i16, i16* %out, i64 %1024
	%1026 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %977, float %976)
	%1027 = bitcast i16* %1025 to i32*
	store i32 %1026, i32* %1027
	%1028 = shl i32 %6, 1
	%1029 = add i32 48, %1028
	%1030 = add i32 %985, %1029
	%1031 = sext i32 %1030 to i64
	%1032 = getelementptr i16, i16* %out, i64 %1031
	%1033 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %979, float %978)
	%1034 = bitcast i16* %1032 to i32*
	store i32 %1033, i32* %1034
	%1035 = shl i32 %6, 1
	%1036 = add i32 56, %1035
	%1037 = add i32 %985, %1036
	%1038 = sext i32 %1037 to i64
	%1039 = getelementptr i16, i16* %out, i64 %1038
	%1040 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %981, float %980)
	%1041 = bitcast i16* %1039 to i32*
	store i32 %1040, i32* %1041
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @adfull_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @adfull_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @adfull_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @adfull_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @adfull_attn2, !"minctasm", i32 3}
