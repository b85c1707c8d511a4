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
@adfull_adstats0_smem = internal addrspace(3) global [32768 x i8] undef, align 1024
@adfull_admass0_rows = internal addrspace(3) global [32 x float] undef, align 16
@adfull_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

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
	%17 = add i32 %T, 127
	%18 = sdiv i32 %17, 128
	%19 = ptrtoint [32768 x i8] addrspace(3)* @adfull_adstats0_smem to i32
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
	%46 = add i32 %T, 127
	%47 = sdiv i32 %46, 128
	br label %48

48:
	%49 = phi i32 [ 0, %entry ], [ %2088, %2087 ]
	%50 = phi float [ 0xFFF0000000000000, %entry ], [ %1524, %2087 ]
	%51 = phi float [ 0xFFF0000000000000, %entry ], [ %1677, %2087 ]
	%52 = phi float [ 0.0, %entry ], [ %1625, %2087 ]
	%53 = phi float [ 0.0, %entry ], [ %1778, %2087 ]
	%54 = icmp slt i32 %49, %47
	br i1 %54, label %55, label %59

55:
	%56 = mul i32 %49, 128
	%57 = lshr i32 %4, 2
	%58 = mul i32 %57, u0x2000
	br label %71

59:
	%60 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %52, i32 1, i32 31)
	%61 = fadd float %52, %60
	%62 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %61, i32 2, i32 31)
	%63 = fadd float %61, %62
	%64 = mul i32 %4, 16
	%65 = add i32 %6, 0
	%66 = add i32 %64, %65
	%67 = add i32 %3, %66
	%68 = icmp slt i32 %67, %R
	%69 = icmp eq i32 %7, 0
	%70 = and i1 %68, %69
	br i1 %70, label %2089, label %2102

71:
	%72 = phi i32 [ 0, %55 ], [ %719, %138 ]
	%73 = phi float [ 0.0, %55 ], [ %655, %138 ]
	%74 = phi float [ 0.0, %55 ], [ %656, %138 ]
	%75 = phi float [ 0.0, %55 ], [ %657, %138 ]
	%76 = phi float [ 0.0, %55 ], [ %658, %138 ]
	%77 = phi float [ 0.0, %55 ], [ %659, %138 ]
	%78 = phi float [ 0.0, %55 ], [ %660, %138 ]
	%79 = phi float [ 0.0, %55 ], [ %661, %138 ]
	%80 = phi float [ 0.0, %55 ], [ %662, %138 ]
	%81 = phi float [ 0.0, %55 ], [ %663, %138 ]
	%82 = phi float [ 0.0, %55 ], [ %664, %138 ]
	%83 = phi float [ 0.0, %55 ], [ %665, %138 ]
	%84 = phi float [ 0.0, %55 ], [ %666, %138 ]
	%85 = phi float [ 0.0, %55 ], [ %667, %138 ]
	%86 = phi float [ 0.0, %55 ], [ %668, %138 ]
	%87 = phi float [ 0.0, %55 ], [ %669, %138 ]
	%88 = phi float [ 0.0, %55 ], [ %670, %138 ]
	%89 = phi float [ 0.0, %55 ], [ %671, %138 ]
	%90 = phi float [ 0.0, %55 ], [ %672, %138 ]
	%91 = phi float [ 0.0, %55 ], [ %673, %138 ]
	%92 = phi float [ 0.0, %55 ], [ %674, %138 ]
	%93 = phi float [ 0.0, %55 ], [ %675, %138 ]
	%94 = phi float [ 0.0, %55 ], [ %676, %138 ]
	%95 = phi float [ 0.0, %55 ], [ %677, %138 ]
	%96 = phi float [ 0.0, %55 ], [ %678, %138 ]
	%97 = phi float [ 0.0, %55 ], [ %679, %138 ]
	%98 = phi float [ 0.0, %55 ], [ %680, %138 ]
	%99 = phi float [ 0.0, %55 ], [ %681, %138 ]
	%100 = phi float [ 0.0, %55 ], [ %682, %138 ]
	%101 = phi float [ 0.0, %55 ], [ %683, %138 ]
	%102 = phi float [ 0.0, %55 ], [ %684, %138 ]
	%103 = phi float [ 0.0, %55 ], [ %685, %138 ]
	%104 = phi float [ 0.0, %55 ], [ %686, %138 ]
	%105 = phi float [ 0.0, %55 ], [ %687, %138 ]
	%106 = phi float [ 0.0, %55 ], [ %688, %138 ]
	%107 = phi float [ 0.0, %55 ], [ %689, %138 ]
	%108 = phi float [ 0.0, %55 ], [ %690, %138 ]
	%109 = phi float [ 0.0, %55 ], [ %691, %138 ]
	%110 = phi float [ 0.0, %55 ], [ %692, %138 ]
	%111 = phi float [ 0.0, %55 ], [ %693, %138 ]
	%112 = phi float [ 0.0, %55 ], [ %694, %138 ]
	%113 = phi float [ 0.0, %55 ], [ %695, %138 ]
	%114 = phi float [ 0.0, %55 ], [ %696, %138 ]
	%115 = phi float [ 0.0, %55 ], [ %697, %138 ]
	%116 = phi float [ 0.0, %55 ], [ %698, %138 ]
	%117 = phi float [ 0.0, %55 ], [ %699, %138 ]
	%118 = phi float [ 0.0, %55 ], [ %700, %138 ]
	%119 = phi float [ 0.0, %55 ], [ %701, %138 ]
	%120 = phi float [ 0.0, %55 ], [ %702, %138 ]
	%121 = phi float [ 0.0, %55 ], [ %703, %138 ]
	%122 = phi float [ 0.0, %55 ], [ %704, %138 ]
	%123 = phi float [ 0.0, %55 ], [ %705, %138 ]
	%124 = phi float [ 0.0, %55 ], [ %706, %138 ]
	%125 = phi float [ 0.0, %55 ], [ %707, %138 ]
	%126 = phi float [ 0.0, %55 ], [ %708, %138 ]
	%127 = phi float [ 0.0, %55 ], [ %709, %138 ]
	%128 = phi float [ 0.0, %55 ], [ %710, %138 ]
	%129 = phi float [ 0.0, %55 ], [ %711, %138 ]
	%130 = phi float [ 0.0, %55 ], [ %712, %138 ]
	%131 = phi float [ 0.0, %55 ], [ %713, %138 ]
	%132 = phi float [ 0.0, %55 ], [ %714, %138 ]
	%133 = phi float [ 0.0, %55 ], [ %715, %138 ]
	%134 = phi float [ 0.0, %55 ], [ %716, %138 ]
	%135 = phi float [ 0.0, %55 ], [ %717, %138 ]
	%136 = phi float [ 0.0, %55 ], [ %718, %138 ]
	%137 = icmp slt i32 %72, 4
	br i1 %137, label %138, label %720

138:
	%139 = sdiv i32 %72, 1
	%140 = srem i32 %72, 1
	%141 = mul i32 %140, 64
	%142 = sub i32 3, %139
	%143 = add i32 %0, 0
	%144 = lshr i32 %143, 3
	%145 = and i32 %143, 7
	%146 = add i32 %3, %144
	%147 = mul i32 %146, 4
	%148 = add i32 %147, %142
	%149 = icmp slt i32 %148, %M
	%150 = select i1 %149, i32 %148, i32 0
	%151 = mul i32 %150, 64
	%152 = add i32 %151, %141
	%153 = mul i32 %145, 8
	%154 = add i32 %152, %153
	%155 = lshr i32 %145, 3
	%156 = mul i32 %155, u0x4000
	%157 = and i32 %145, 7
	%158 = and i32 %144, 7
	%159 = xor i32 %157, %158
	%160 = mul i32 %144, 128
	%161 = shl i32 %159, 4
	%162 = add i32 %160, %161
	%163 = add i32 %156, %162
	%164 = add i32 %19, %163
	%165 = sext i32 %154 to i64
	%166 = getelementptr i16, i16* %12, i64 %165
	%167 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %166, i32 %167)
	%168 = add i32 %0, 256
	%169 = lshr i32 %168, 3
	%170 = and i32 %168, 7
	%171 = add i32 %3, %169
	%172 = mul i32 %171, 4
	%173 = add i32 %172, %142
	%174 = icmp slt i32 %173, %M
	%175 = select i1 %174, i32 %173, i32 0
	%176 = mul i32 %175, 64
	%177 = add i32 %176, %141
	%178 = mul i32 %170, 8
	%179 = add i32 %177, %178
	%180 = lshr i32 %170, 3
	%181 = mul i32 %180, u0x4000
	%182 = and i32 %170, 7
	%183 = and i32 %169, 7
	%184 = xor i32 %182, %183
	%185 = mul i32 %169, 128
	%186 = shl i32 %184, 4
	%187 = add i32 %185, %186
	%188 = add i32 %181, %187
	%189 = add i32 %19, %188
	%190 = sext i32 %179 to i64
	%191 = getelementptr i16, i16* %12, i64 %190
	%192 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %189, i16* %191, i32 %192)
	%193 = add i32 %0, 512
	%194 = lshr i32 %193, 3
	%195 = and i32 %193, 7
	%196 = add i32 %3, %194
	%197 = mul i32 %196, 4
	%198 = add i32 %197, %142
	%199 = icmp slt i32 %198, %M
	%200 = select i1 %199, i32 %198, i32 0
	%201 = mul i32 %200, 64
	%202 = add i32 %201, %141
	%203 = mul i32 %195, 8
	%204 = add i32 %202, %203
	%205 = lshr i32 %195, 3
	%206 = mul i32 %205, u0x4000
	%207 = and i32 %195, 7
	%208 = and i32 %194, 7
	%209 = xor i32 %207, %208
	%210 = mul i32 %194, 128
	%211 = shl i32 %209, 4
	%212 = add i32 %210, %211
	%213 = add i32 %206, %212
	%214 = add i32 %19, %213
	%215 = sext i32 %204 to i64
	%216 = getelementptr i16, i16* %12, i64 %215
	%217 = select i1 %199, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %214, i16* %216, i32 %217)
	%218 = add i32 %0, 768
	%219 = lshr i32 %218, 3
	%220 = and i32 %218, 7
	%221 = add i32 %3, %219
	%222 = mul i32 %221, 4
	%223 = add i32 %222, %142
	%224 = icmp slt i32 %223, %M
	%225 = select i1 %224, i32 %223, i32 0
	%226 = mul i32 %225, 64
	%227 = add i32 %226, %141
	%228 = mul i32 %220, 8
	%229 = add i32 %227, %228
	%230 = lshr i32 %220, 3
	%231 = mul i32 %230, u0x4000
	%232 = and i32 %220, 7
	%233 = and i32 %219, 7
	%234 = xor i32 %232, %233
	%235 = mul i32 %219, 128
	%236 = shl i32 %234, 4
	%237 = add i32 %235, %236
	%238 = add i32 %231, %237
	%239 = add i32 %19, %238
	%240 = sext i32 %229 to i64
	%241 = getelementptr i16, i16* %12, i64 %240
	%242 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %241, i32 %242)
	%243 = add i32 %0, 0
	%244 = lshr i32 %243, 3
	%245 = and i32 %243, 7
	%246 = add i32 %56, %244
	%247 = mul i32 %246, 4
	%248 = add i32 %247, %139
	%249 = icmp slt i32 %248, %N
	%250 = select i1 %249, i32 %248, i32 0
	%251 = mul i32 %250, 64
	%252 = add i32 %251, %141
	%253 = mul i32 %245, 8
	%254 = add i32 %252, %253
	%255 = lshr i32 %245, 3
	%256 = mul i32 %255, u0x4000
	%257 = and i32 %245, 7
	%258 = and i32 %244, 7
	%259 = xor i32 %257, %258
	%260 = mul i32 %244, 128
	%261 = shl i32 %259, 4
	%262 = add i32 %260, %261
	%263 = add i32 %256, %262
	%264 = add i32 %20, %263
	%265 = sext i32 %254 to i64
	%266 = getelementptr i16, i16* %16, i64 %265
	%267 = select i1 %249, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %264, i16* %266, i32 %267)
	%268 = add i32 %0, 256
	%269 = lshr i32 %268, 3
	%270 = and i32 %268, 7
	%271 = add i32 %56, %269
	%272 = mul i32 %271, 4
	%273 = add i32 %272, %139
	%274 = icmp slt i32 %273, %N
	%275 = select i1 %274, i32 %273, i32 0
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %141
	%278 = mul i32 %270, 8
	%279 = add i32 %277, %278
	%280 = lshr i32 %270, 3
	%281 = mul i32 %280, u0x4000
	%282 = and i32 %270, 7
	%283 = and i32 %269, 7
	%284 = xor i32 %282, %283
	%285 = mul i32 %269, 128
	%286 = shl i32 %284, 4
	%287 = add i32 %285, %286
	%288 = add i32 %281, %287
	%289 = add i32 %20, %288
	%290 = sext i32 %279 to i64
	%291 = getelementptr i16, i16* %16, i64 %290
	%292 = select i1 %274, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %289, i16* %291, i32 %292)
	%293 = add i32 %0, 512
	%294 = lshr i32 %293, 3
	%295 = and i32 %293, 7
	%296 = add i32 %56, %294
	%297 = mul i32 %296, 4
	%298 = add i32 %297, %139
	%299 = icmp slt i32 %298, %N
	%300 = select i1 %299, i32 %298, i32 0
	%301 = mul i32 %300, 64
	%302 = add i32 %301, %141
	%303 = mul i32 %295, 8
	%304 = add i32 %302, %303
	%305 = lshr i32 %295, 3
	%306 = mul i32 %305, u0x4000
	%307 = and i32 %295, 7
	%308 = and i32 %294, 7
	%309 = xor i32 %307, %308
	%310 = mul i32 %294, 128
	%311 = shl i32 %309, 4
	%312 = add i32 %310, %311
	%313 = add i32 %306, %312
	%314 = add i32 %20, %313
	%315 = sext i32 %304 to i64
	%316 = getelementptr i16, i16* %16, i64 %315
	%317 = select i1 %299, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %314, i16* %316, i32 %317)
	%318 = add i32 %0, 768
	%319 = lshr i32 %318, 3
	%320 = and i32 %318, 7
	%321 = add i32 %56, %319
	%322 = mul i32 %321, 4
	%323 = add i32 %322, %139
	%324 = icmp slt i32 %323, %N
	%325 = select i1 %324, i32 %323, i32 0
	%326 = mul i32 %325, 64
	%327 = add i32 %326, %141
	%328 = mul i32 %320, 8
	%329 = add i32 %327, %328
	%330 = lshr i32 %320, 3
	%331 = mul i32 %330, u0x4000
	%332 = and i32 %320, 7
	%333 = and i32 %319, 7
	%334 = xor i32 %332, %333
	%335 = mul i32 %319, 128
	%336 = shl i32 %334, 4
	%337 = add i32 %335, %336
	%338 = add i32 %331, %337
	%339 = add i32 %20, %338
	%340 = sext i32 %329 to i64
	%341 = getelementptr i16, i16* %16, i64 %340
	%342 = select i1 %324, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %339, i16* %341, i32 %342)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%343 = add i32 %19, %58
	%344 = add i32 %343, 0
	%345 = lshr i32 %344, 4
	%346 = and i32 %345, u0x3FFF
	%347 = add i32 %346, 0
	%348 = zext i32 %347 to i64
	%349 = or i64 %348, u0x4000004000010000
	%350 = add i32 %20, 0
	%351 = lshr i32 %350, 4
	%352 = and i32 %351, u0x3FFF
	%353 = add i32 %352, 0
	%354 = zext i32 %353 to i64
	%355 = or i64 %354, u0x4000004000010000
	%356 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %73, float %74, float %75, float %76, float %77, float %78, float %79, float %80, float %81, float %82, float %83, float %84, float %85, float %86, float %87, float %88, float %89, float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, i64 %349, i64 %355, i32 1)
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 0
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 1
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 2
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 3
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 4
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 5
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 6
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 7
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 8
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 9
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 10
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 11
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 12
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 13
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 14
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 15
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 16
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 17
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 18
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 19
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 20
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 21
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 22
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 23
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 24
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 25
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 26
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 27
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 28
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 29
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 30
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 31
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 32
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 33
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 34
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 35
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 36
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 37
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 38
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 39
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 40
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 41
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 42
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 43
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 44
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 45
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 46
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 47
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 48
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 49
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 50
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 51
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 52
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 53
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 54
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 55
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 56
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 57
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 58
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 59
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 60
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 61
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 62
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %356, 63
	%421 = add i32 %19, %58
	%422 = add i32 %421, 32
	%423 = lshr i32 %422, 4
	%424 = and i32 %423, u0x3FFF
	%425 = add i32 %424, 0
	%426 = zext i32 %425 to i64
	%427 = or i64 %426, u0x4000004000010000
	%428 = add i32 %20, 32
	%429 = lshr i32 %428, 4
	%430 = and i32 %429, u0x3FFF
	%431 = add i32 %430, 0
	%432 = zext i32 %431 to i64
	%433 = or i64 %432, u0x4000004000010000
	%434 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, i64 %427, i64 %433, i32 1)
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 3
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 4
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 5
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 6
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 7
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 8
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 9
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 10
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 11
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 12
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 13
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 14
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 15
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 16
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 17
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 18
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 19
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 20
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 21
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 22
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 23
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 24
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 25
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 26
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 27
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 28
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 29
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 30
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 31
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 32
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 33
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 34
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 35
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 36
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 37
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 38
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 39
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 40
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 41
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 42
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 43
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 44
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 45
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 46
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 47
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 48
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 49
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 50
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 51
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 52
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 53
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 54
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 55
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 56
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 57
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 58
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 59
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 60
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 61
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 62
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %434, 63
	%499 = add i32 %19, %58
	%500 = add i32 %499, 64
	%501 = lshr i32 %500, 4
	%502 = and i32 %501, u0x3FFF
	%503 = add i32 %502, 0
	%504 = zext i32 %503 to i64
	%505 = or i64 %504, u0x4000004000010000
	%506 = add i32 %20, 64
	%507 = lshr i32 %506, 4
	%508 = and i32 %507, u0x3FFF
	%509 = add i32 %508, 0
	%510 = zext i32 %509 to i64
	%511 = or i64 %510, u0x4000004000010000
	%512 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, i64 %505, i64 %511, i32 1)
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 3
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 4
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 5
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 6
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 7
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 8
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 9
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 10
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 11
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 12
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 13
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 14
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 15
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 16
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 17
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 18
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 19
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 20
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 21
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 22
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 23
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 24
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 25
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 26
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 27
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 28
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 29
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 30
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 31
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 32
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 33
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 34
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 35
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 36
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 37
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 38
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 39
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 40
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 41
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 42
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 43
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 44
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 45
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 46
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 47
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 48
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 49
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 50
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 51
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 52
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 53
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 54
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 55
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 56
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 57
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 58
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 59
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 60
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 61
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 62
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %512, 63
	%577 = add i32 %19, %58
	%578 = add i32 %577, 96
	%579 = lshr i32 %578, 4
	%580 = and i32 %579, u0x3FFF
	%581 = add i32 %580, 0
	%582 = zext i32 %581 to i64
	%583 = or i64 %582, u0x4000004000010000
	%584 = add i32 %20, 96
	%585 = lshr i32 %584, 4
	%586 = and i32 %585, u0x3FFF
	%587 = add i32 %586, 0
	%588 = zext i32 %587 to i64
	%589 = or i64 %588, u0x4000004000010000
	%590 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, i64 %583, i64 %589, i32 1)
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 0
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 1
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 2
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 3
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 4
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 5
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 6
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 7
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 8
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 9
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 10
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 11
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 12
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 13
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 14
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 15
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 16
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 17
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 18
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 19
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 20
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 21
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 22
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 23
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 24
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 25
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 26
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 27
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 28
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 29
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 30
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 31
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 32
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 33
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 34
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 35
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 36
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 37
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 38
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 39
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 40
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 41
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 42
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 43
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 44
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 45
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 46
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 47
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 48
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 49
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 50
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 51
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 52
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 53
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 54
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 55
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 56
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 57
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 58
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 59
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 60
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 61
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 62
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %590, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%655 = call float asm sideeffect "", "=f,0"(float %591)
	%656 = call float asm sideeffect "", "=f,0"(float %592)
	%657 = call float asm sideeffect "", "=f,0"(float %593)
	%658 = call float asm sideeffect "", "=f,0"(float %594)
	%659 = call float asm sideeffect "", "=f,0"(float %595)
	%660 = call float asm sideeffect "", "=f,0"(float %596)
	%661 = call float asm sideeffect "", "=f,0"(float %597)
	%662 = call float asm sideeffect "", "=f,0"(float %598)
	%663 = call float asm sideeffect "", "=f,0"(float %599)
	%664 = call float asm sideeffect "", "=f,0"(float %600)
	%665 = call float asm sideeffect "", "=f,0"(float %601)
	%666 = call float asm sideeffect "", "=f,0"(float %602)
	%667 = call float asm sideeffect "", "=f,0"(float %603)
	%668 = call float asm sideeffect "", "=f,0"(float %604)
	%669 = call float asm sideeffect "", "=f,0"(float %605)
	%670 = call float asm sideeffect "", "=f,0"(float %606)
	%671 = call float asm sideeffect "", "=f,0"(float %607)
	%672 = call float asm sideeffect "", "=f,0"(float %608)
	%673 = call float asm sideeffect "", "=f,0"(float %609)
	%674 = call float asm sideeffect "", "=f,0"(float %610)
	%675 = call float asm sideeffect "", "=f,0"(float %611)
	%676 = call float asm sideeffect "", "=f,0"(float %612)
	%677 = call float asm sideeffect "", "=f,0"(float %613)
	%678 = call float asm sideeffect "", "=f,0"(float %614)
	%679 = call float asm sideeffect "", "=f,0"(float %615)
	%680 = call float asm sideeffect "", "=f,0"(float %616)
	%681 = call float asm sideeffect "", "=f,0"(float %617)
	%682 = call float asm sideeffect "", "=f,0"(float %618)
	%683 = call float asm sideeffect "", "=f,0"(float %619)
	%684 = call float asm sideeffect "", "=f,0"(float %620)
	%685 = call float asm sideeffect "", "=f,0"(float %621)
	%686 = call float asm sideeffect "", "=f,0"(float %622)
	%687 = call float asm sideeffect "", "=f,0"(float %623)
	%688 = call float asm sideeffect "", "=f,0"(float %624)
	%689 = call float asm sideeffect "", "=f,0"(float %625)
	%690 = call float asm sideeffect "", "=f,0"(float %626)
	%691 = call float asm sideeffect "", "=f,0"(float %627)
	%692 = call float asm sideeffect "", "=f,0"(float %628)
	%693 = call float asm sideeffect "", "=f,0"(float %629)
	%694 = call float asm sideeffect "", "=f,0"(float %630)
	%695 = call float asm sideeffect "", "=f,0"(float %631)
	%696 = call float asm sideeffect "", "=f,0"(float %632)
	%697 = call float asm sideeffect "", "=f,0"(float %633)
	%698 = call float asm sideeffect "", "=f,0"(float %634)
	%699 = call float asm sideeffect "", "=f,0"(float %635)
	%700 = call float asm sideeffect "", "=f,0"(float %636)
	%701 = call float asm sideeffect "", "=f,0"(float %637)
	%702 = call float asm sideeffect "", "=f,0"(float %638)
	%703 = call float asm sideeffect "", "=f,0"(float %639)
	%704 = call float asm sideeffect "", "=f,0"(float %640)
	%705 = call float asm sideeffect "", "=f,0"(float %641)
	%706 = call float asm sideeffect "", "=f,0"(float %642)
	%707 = call float asm sideeffect "", "=f,0"(float %643)
	%708 = call float asm sideeffect "", "=f,0"(float %644)
	%709 = call float asm sideeffect "", "=f,0"(float %645)
	%710 = call float asm sideeffect "", "=f,0"(float %646)
	%711 = call float asm sideeffect "", "=f,0"(float %647)
	%712 = call float asm sideeffect "", "=f,0"(float %648)
	%713 = call float asm sideeffect "", "=f,0"(float %649)
	%714 = call float asm sideeffect "", "=f,0"(float %650)
	%715 = call float asm sideeffect "", "=f,0"(float %651)
	%716 = call float asm sideeffect "", "=f,0"(float %652)
	%717 = call float asm sideeffect "", "=f,0"(float %653)
	%718 = call float asm sideeffect "", "=f,0"(float %654)
	call void @llvm.nvvm.barrier0()
	%719 = add i32 %72, 1
	br label %71

720:
	%721 = mul i32 %4, 16
	%722 = add i32 %6, 0
	%723 = add i32 %721, %722
	%724 = add i32 %3, %723
	%725 = shl i32 %7, 1
	%726 = add i32 0, %725
	%727 = add i32 %56, %726
	%728 = icmp slt i32 %724, %R
	%729 = icmp slt i32 %727, %T
	%730 = and i1 %728, %729
	%731 = fmul float %73, 0x3FA7154760000000
	%732 = select i1 %730, float %731, float 0xFFF0000000000000
	%733 = mul i32 %4, 16
	%734 = add i32 %6, 0
	%735 = add i32 %733, %734
	%736 = add i32 %3, %735
	%737 = shl i32 %7, 1
	%738 = add i32 1, %737
	%739 = add i32 %56, %738
	%740 = icmp slt i32 %736, %R
	%741 = icmp slt i32 %739, %T
	%742 = and i1 %740, %741
	%743 = fmul float %74, 0x3FA7154760000000
	%744 = select i1 %742, float %743, float 0xFFF0000000000000
	%745 = mul i32 %4, 16
	%746 = add i32 %6, 8
	%747 = add i32 %745, %746
	%748 = add i32 %3, %747
	%749 = shl i32 %7, 1
	%750 = add i32 0, %749
	%751 = add i32 %56, %750
	%752 = icmp slt i32 %748, %R
	%753 = icmp slt i32 %751, %T
	%754 = and i1 %752, %753
	%755 = fmul float %75, 0x3FA7154760000000
	%756 = select i1 %754, float %755, float 0xFFF0000000000000
	%757 = mul i32 %4, 16
	%758 = add i32 %6, 8
	%759 = add i32 %757, %758
	%760 = add i32 %3, %759
	%761 = shl i32 %7, 1
	%762 = add i32 1, %761
	%763 = add i32 %56, %762
	%764 = icmp slt i32 %760, %R
	%765 = icmp slt i32 %763, %T
	%766 = and i1 %764, %765
	%767 = fmul float %76, 0x3FA7154760000000
	%768 = select i1 %766, float %767, float 0xFFF0000000000000
	%769 = mul i32 %4, 16
	%770 = add i32 %6, 0
	%771 = add i32 %769, %770
	%772 = add i32 %3, %771
	%773 = shl i32 %7, 1
	%774 = add i32 8, %773
	%775 = add i32 %56, %774
	%776 = icmp slt i32 %772, %R
	%777 = icmp slt i32 %775, %T
	%778 = and i1 %776, %777
	%779 = fmul float %77, 0x3FA7154760000000
	%780 = select i1 %778, float %779, float 0xFFF0000000000000
	%781 = mul i32 %4, 16
	%782 = add i32 %6, 0
	%783 = add i32 %781, %782
	%784 = add i32 %3, %783
	%785 = shl i32 %7, 1
	%786 = add i32 9, %785
	%787 = add i32 %56, %786
	%788 = icmp slt i32 %784, %R
	%789 = icmp slt i32 %787, %T
	%790 = and i1 %788, %789
	%791 = fmul float %78, 0x3FA7154760000000
	%792 = select i1 %790, float %791, float 0xFFF0000000000000
	%793 = mul i32 %4, 16
	%794 = add i32 %6, 8
	%795 = add i32 %793, %794
	%796 = add i32 %3, %795
	%797 = shl i32 %7, 1
	%798 = add i32 8, %797
	%799 = add i32 %56, %798
	%800 = icmp slt i32 %796, %R
	%801 = icmp slt i32 %799, %T
	%802 = and i1 %800, %801
	%803 = fmul float %79, 0x3FA7154760000000
	%804 = select i1 %802, float %803, float 0xFFF0000000000000
	%805 = mul i32 %4, 16
	%806 = add i32 %6, 8
	%807 = add i32 %805, %806
	%808 = add i32 %3, %807
	%809 = shl i32 %7, 1
	%810 = add i32 9, %809
	%811 = add i32 %56, %810
	%812 = icmp slt i32 %808, %R
	%813 = icmp slt i32 %811, %T
	%814 = and i1 %812, %813
	%815 = fmul float %80, 0x3FA7154760000000
	%816 = select i1 %814, float %815, float 0xFFF0000000000000
	%817 = mul i32 %4, 16
	%818 = add i32 %6, 0
	%819 = add i32 %817, %818
	%820 = add i32 %3, %819
	%821 = shl i32 %7, 1
	%822 = add i32 16, %821
	%823 = add i32 %56, %822
	%824 = icmp slt i32 %820, %R
	%825 = icmp slt i32 %823, %T
	%826 = and i1 %824, %825
	%827 = fmul float %81, 0x3FA7154760000000
	%828 = select i1 %826, float %827, float 0xFFF0000000000000
	%829 = mul i32 %4, 16
	%830 = add i32 %6, 0
	%831 = add i32 %829, %830
	%832 = add i32 %3, %831
	%833 = shl i32 %7, 1
	%834 = add i32 17, %833
	%835 = add i32 %56, %834
	%836 = icmp slt i32 %832, %R
	%837 = icmp slt i32 %835, %T
	%838 = and i1 %836, %837
	%839 = fmul float %82, 0x3FA7154760000000
	%840 = select i1 %838, float %839, float 0xFFF0000000000000
	%841 = mul i32 %4, 16
	%842 = add i32 %6, 8
	%843 = add i32 %841, %842
	%844 = add i32 %3, %843
	%845 = shl i32 %7, 1
	%846 = add i32 16, %845
	%847 = add i32 %56, %846
	%848 = icmp slt i32 %844, %R
	%849 = icmp slt i32 %847, %T
	%850 = and i1 %848, %849
	%851 = fmul float %83, 0x3FA7154760000000
	%852 = select i1 %850, float %851, float 0xFFF0000000000000
	%853 = mul i32 %4, 16
	%854 = add i32 %6, 8
	%855 = add i32 %853, %854
	%856 = add i32 %3, %855
	%857 = shl i32 %7, 1
	%858 = add i32 17, %857
	%859 = add i32 %56, %858
	%860 = icmp slt i32 %856, %R
	%861 = icmp slt i32 %859, %T
	%862 = and i1 %860, %861
	%863 = fmul float %84, 0x3FA7154760000000
	%864 = select i1 %862, float %863, float 0xFFF0000000000000
	%865 = mul i32 %4, 16
	%866 = add i32 %6, 0
	%867 = add i32 %865, %866
	%868 = add i32 %3, %867
	%869 = shl i32 %7, 1
	%870 = add i32 24, %869
	%871 = add i32 %56, %870
	%872 = icmp slt i32 %868, %R
	%873 = icmp slt i32 %871, %T
	%874 = and i1 %872, %873
	%875 = fmul float %85, 0x3FA7154760000000
	%876 = select i1 %874, float %875, float 0xFFF0000000000000
	%877 = mul i32 %4, 16
	%878 = add i32 %6, 0
	%879 = add i32 %877, %878
	%880 = add i32 %3, %879
	%881 = shl i32 %7, 1
	%882 = add i32 25, %881
	%883 = add i32 %56, %882
	%884 = icmp slt i32 %880, %R
	%885 = icmp slt i32 %883, %T
	%886 = and i1 %884, %885
	%887 = fmul float %86, 0x3FA7154760000000
	%888 = select i1 %886, float %887, float 0xFFF0000000000000
	%889 = mul i32 %4, 16
	%890 = add i32 %6, 8
	%891 = add i32 %889, %890
	%892 = add i32 %3, %891
	%893 = shl i32 %7, 1
	%894 = add i32 24, %893
	%895 = add i32 %56, %894
	%896 = icmp slt i32 %892, %R
	%897 = icmp slt i32 %895, %T
	%898 = and i1 %896, %897
	%899 = fmul float %87, 0x3FA7154760000000
	%900 = select i1 %898, float %899, float 0xFFF0000000000000
	%901 = mul i32 %4, 16
	%902 = add i32 %6, 8
	%903 = add i32 %901, %902
	%904 = add i32 %3, %903
	%905 = shl i32 %7, 1
	%906 = add i32 25, %905
	%907 = add i32 %56, %906
	%908 = icmp slt i32 %904, %R
	%909 = icmp slt i32 %907, %T
	%910 = and i1 %908, %909
	%911 = fmul float %88, 0x3FA7154760000000
	%912 = select i1 %910, float %911, float 0xFFF0000000000000
	%913 = mul i32 %4, 16
	%914 = add i32 %6, 0
	%915 = add i32 %913, %914
	%916 = add i32 %3, %915
	%917 = shl i32 %7, 1
	%918 = add i32 32, %917
	%919 = add i32 %56, %918
	%920 = icmp slt i32 %916, %R
	%921 = icmp slt i32 %919, %T
	%922 = and i1 %920, %921
	%923 = fmul float %89, 0x3FA7154760000000
	%924 = select i1 %922, float %923, float 0xFFF0000000000000
	%925 = mul i32 %4, 16
	%926 = add i32 %6, 0
	%927 = add i32 %925, %926
	%928 = add i32 %3, %927
	%929 = shl i32 %7, 1
	%930 = add i32 33, %929
	%931 = add i32 %56, %930
	%932 = icmp slt i32 %928, %R
	%933 = icmp slt i32 %931, %T
	%934 = and i1 %932, %933
	%935 = fmul float %90, 0x3FA7154760000000
	%936 = select i1 %934, float %935, float 0xFFF0000000000000
	%937 = mul i32 %4, 16
	%938 = add i32 %6, 8
	%939 = add i32 %937, %938
	%940 = add i32 %3, %939
	%941 = shl i32 %7, 1
	%942 = add i32 32, %941
	%943 = add i32 %56, %942
	%944 = icmp slt i32 %940, %R
	%945 = icmp slt i32 %943, %T
	%946 = and i1 %944, %945
	%947 = fmul float %91, 0x3FA7154760000000
	%948 = select i1 %946, float %947, float 0xFFF0000000000000
	%949 = mul i32 %4, 16
	%950 = add i32 %6, 8
	%951 = add i32 %949, %950
	%952 = add i32 %3, %951
	%953 = shl i32 %7, 1
	%954 = add i32 33, %953
	%955 = add i32 %56, %954
	%956 = icmp slt i32 %952, %R
	%957 = icmp slt i32 %955, %T
	%958 = and i1 %956, %957
	%959 = fmul float %92, 0x3FA7154760000000
	%960 = select i1 %958, float %959, float 0xFFF0000000000000
	%961 = mul i32 %4, 16
	%962 = add i32 %6, 0
	%963 = add i32 %961, %962
	%964 = add i32 %3, %963
	%965 = shl i32 %7, 1
	%966 = add i32 40, %965
	%967 = add i32 %56, %966
	%968 = icmp slt i32 %964, %R
	%969 = icmp slt i32 %967, %T
	%970 = and i1 %968, %969
	%971 = fmul float %93, 0x3FA7154760000000
	%972 = select i1 %970, float %971, float 0xFFF0000000000000
	%973 = mul i32 %4, 16
	%974 = add i32 %6, 0
	%975 = add i32 %973, %974
	%976 = add i32 %3, %975
	%977 = shl i32 %7, 1
	%978 = add i32 41, %977
	%979 = add i32 %56, %978
	%980 = icmp slt i32 %976, %R
	%981 = icmp slt i32 %979, %T
	%982 = and i1 %980, %981
	%983 = fmul float %94, 0x3FA7154760000000
	%984 = select i1 %982, float %983, float 0xFFF0000000000000
	%985 = mul i32 %4, 16
	%986 = add i32 %6, 8
	%987 = add i32 %985, %986
	%988 = add i32 %3, %987
	%989 = shl i32 %7, 1
	%990 = add i32 40, %989
	%991 = add i32 %56, %990
	%992 = icmp slt i32 %988, %R
	%993 = icmp slt i32 %991, %T
	%994 = and i1 %992, %993
	%995 = fmul float %95, 0x3FA7154760000000
	%996 = select i1 %994, float %995, float 0xFFF0000000000000
	%997 = mul i32 %4, 16
	%998 = add i32 %6, 8
	%999 = add i32 %997, %998
	%1000 = add i32 %3, %999
	%1001 = shl i32 %7, 1
	%1002 = add i32 41, %1001
	%1003 = add i32 %56, %1002
	%1004 = icmp slt i32 %1000, %R
	%1005 = icmp slt i32 %1003, %T
	%1006 = and i1 %1004, %1005
	%1007 = fmul float %96, 0x3FA7154760000000
	%1008 = select i1 %1006, float %1007, float 0xFFF0000000000000
	%1009 = mul i32 %4, 16
	%1010 = add i32 %6, 0
	%1011 = add i32 %1009, %1010
	%1012 = add i32 %3, %1011
	%1013 = shl i32 %7, 1
	%1014 = add i32 48, %1013
	%1015 = add i32 %56, %1014
	%1016 = icmp slt i32 %1012, %R
	%1017 = icmp slt i32 %1015, %T
	%1018 = and i1 %1016, %1017
	%1019 = fmul float %97, 0x3FA7154760000000
	%1020 = select i1 %1018, float %1019, float 0xFFF0000000000000
	%1021 = mul i32 %4, 16
	%1022 = add i32 %6, 0
	%1023 = add i32 %1021, %1022
	%1024 = add i32 %3, %1023
	%1025 = shl i32 %7, 1
	%1026 = add i32 49, %1025
	%1027 = add i32 %56, %1026
	%1028 = icmp slt i32 %1024, %R
	%1029 = icmp slt i32 %1027, %T
	%1030 = and i1 %1028, %1029
	%1031 = fmul float %98, 0x3FA7154760000000
	%1032 = select i1 %1030, float %1031, float 0xFFF0000000000000
	%1033 = mul i32 %4, 16
	%1034 = add i32 %6, 8
	%1035 = add i32 %1033, %1034
	%1036 = add i32 %3, %1035
	%1037 = shl i32 %7, 1
	%1038 = add i32 48, %1037
	%1039 = add i32 %56, %1038
	%1040 = icmp slt i32 %1036, %R
	%1041 = icmp slt i32 %1039, %T
	%1042 = and i1 %1040, %1041
	%1043 = fmul float %99, 0x3FA7154760000000
	%1044 = select i1 %1042, float %1043, float 0xFFF0000000000000
	%1045 = mul i32 %4, 16
	%1046 = add i32 %6, 8
	%1047 = add i32 %1045, %1046
	%1048 = add i32 %3, %1047
	%1049 = shl i32 %7, 1
	%1050 = add i32 49, %1049
	%1051 = add i32 %56, %1050
	%1052 = icmp slt i32 %1048, %R
	%1053 = icmp slt i32 %1051, %T
	%1054 = and i1 %1052, %1053
	%1055 = fmul float %100, 0x3FA7154760000000
	%1056 = select i1 %1054, float %1055, float 0xFFF0000000000000
	%1057 = mul i32 %4, 16
	%1058 = add i32 %6, 0
	%1059 = add i32 %1057, %1058
	%1060 = add i32 %3, %1059
	%1061 = shl i32 %7, 1
	%1062 = add i32 56, %1061
	%1063 = add i32 %56, %1062
	%1064 = icmp slt i32 %1060, %R
	%1065 = icmp slt i32 %1063, %T
	%1066 = and i1 %1064, %1065
	%1067 = fmul float %101, 0x3FA7154760000000
	%1068 = select i1 %1066, float %1067, float 0xFFF0000000000000
	%1069 = mul i32 %4, 16
	%1070 = add i32 %6, 0
	%1071 = add i32 %1069, %1070
	%1072 = add i32 %3, %1071
	%1073 = shl i32 %7, 1
	%1074 = add i32 57, %1073
	%1075 = add i32 %56, %1074
	%1076 = icmp slt i32 %1072, %R
	%1077 = icmp slt i32 %1075, %T
	%1078 = and i1 %1076, %1077
	%1079 = fmul float %102, 0x3FA7154760000000
	%1080 = select i1 %1078, float %1079, float 0xFFF0000000000000
	%1081 = mul i32 %4, 16
	%1082 = add i32 %6, 8
	%1083 = add i32 %1081, %1082
	%1084 = add i32 %3, %1083
	%1085 = shl i32 %7, 1
	%1086 = add i32 56, %1085
	%1087 = add i32 %56, %1086
	%1088 = icmp slt i32 %1084, %R
	%1089 = icmp slt i32 %1087, %T
	%1090 = and i1 %1088, %1089
	%1091 = fmul float %103, 0x3FA7154760000000
	%1092 = select i1 %1090, float %1091, float 0xFFF0000000000000
	%1093 = mul i32 %4, 16
	%1094 = add i32 %6, 8
	%1095 = add i32 %1093, %1094
	%1096 = add i32 %3, %1095
	%1097 = shl i32 %7, 1
	%1098 = add i32 57, %1097
	%1099 = add i32 %56, %1098
	%1100 = icmp slt i32 %1096, %R
	%1101 = icmp slt i32 %1099, %T
	%1102 = and i1 %1100, %1101
	%1103 = fmul float %104, 0x3FA7154760000000
	%1104 = select i1 %1102, float %1103, float 0xFFF0000000000000
	%1105 = mul i32 %4, 16
	%1106 = add i32 %6, 0
	%1107 = add i32 %1105, %1106
	%1108 = add i32 %3, %1107
	%1109 = shl i32 %7, 1
	%1110 = add i32 64, %1109
	%1111 = add i32 %56, %1110
	%1112 = icmp slt i32 %1108, %R
	%1113 = icmp slt i32 %1111, %T
	%1114 = and i1 %1112, %1113
	%1115 = fmul float %105, 0x3FA7154760000000
	%1116 = select i1 %1114, float %1115, float 0xFFF0000000000000
	%1117 = mul i32 %4, 16
	%1118 = add i32 %6, 0
	%1119 = add i32 %1117, %1118
	%1120 = add i32 %3, %1119
	%1121 = shl i32 %7, 1
	%1122 = add i32 65, %1121
	%1123 = add i32 %56, %1122
	%1124 = icmp slt i32 %1120, %R
	%1125 = icmp slt i32 %1123, %T
	%1126 = and i1 %1124, %1125
	%1127 = fmul float %106, 0x3FA7154760000000
	%1128 = select i1 %1126, float %1127, float 0xFFF0000000000000
	%1129 = mul i32 %4, 16
	%1130 = add i32 %6, 8
	%1131 = add i32 %1129, %1130
	%1132 = add i32 %3, %1131
	%1133 = shl i32 %7, 1
	%1134 = add i32 64, %1133
	%1135 = add i32 %56, %1134
	%1136 = icmp slt i32 %1132, %R
	%1137 = icmp slt i32 %1135, %T
	%1138 = and i1 %1136, %1137
	%1139 = fmul float %107, 0x3FA7154760000000
	%1140 = select i1 %1138, float %1139, float 0xFFF0000000000000
	%1141 = mul i32 %4, 16
	%1142 = add i32 %6, 8
	%1143 = add i32 %1141, %1142
	%1144 = add i32 %3, %1143
	%1145 = shl i32 %7, 1
	%1146 = add i32 65, %1145
	%1147 = add i32 %56, %1146
	%1148 = icmp slt i32 %1144, %R
	%1149 = icmp slt i32 %1147, %T
	%1150 = and i1 %1148, %1149
	%1151 = fmul float %108, 0x3FA7154760000000
	%1152 = select i1 %1150, float %1151, float 0xFFF0000000000000
	%1153 = mul i32 %4, 16
	%1154 = add i32 %6, 0
	%1155 = add i32 %1153, %1154
	%1156 = add i32 %3, %1155
	%1157 = shl i32 %7, 1
	%1158 = add i32 72, %1157
	%1159 = add i32 %56, %1158
	%1160 = icmp slt i32 %1156, %R
	%1161 = icmp slt i32 %1159, %T
	%1162 = and i1 %1160, %1161
	%1163 = fmul float %109, 0x3FA7154760000000
	%1164 = select i1 %1162, float %1163, float 0xFFF0000000000000
	%1165 = mul i32 %4, 16
	%1166 = add i32 %6, 0
	%1167 = add i32 %1165, %1166
	%1168 = add i32 %3, %1167
	%1169 = shl i32 %7, 1
	%1170 = add i32 73, %1169
	%1171 = add i32 %56, %1170
	%1172 = icmp slt i32 %1168, %R
	%1173 = icmp slt i32 %1171, %T
	%1174 = and i1 %1172, %1173
	%1175 = fmul float %110, 0x3FA7154760000000
	%1176 = select i1 %1174, float %1175, float 0xFFF0000000000000
	%1177 = mul i32 %4, 16
	%1178 = add i32 %6, 8
	%1179 = add i32 %1177, %1178
	%1180 = add i32 %3, %1179
	%1181 = shl i32 %7, 1
	%1182 = add i32 72, %1181
	%1183 = add i32 %56, %1182
	%1184 = icmp slt i32 %1180, %R
	%1185 = icmp slt i32 %1183, %T
	%1186 = and i1 %1184, %1185
	%1187 = fmul float %111, 0x3FA7154760000000
	%1188 = select i1 %1186, float %1187, float 0xFFF0000000000000
	%1189 = mul i32 %4, 16
	%1190 = add i32 %6, 8
	%1191 = add i32 %1189, %1190
	%1192 = add i32 %3, %1191
	%1193 = shl i32 %7, 1
	%1194 = add i32 73, %1193
	%1195 = add i32 %56, %1194
	%1196 = icmp slt i32 %1192, %R
	%1197 = icmp slt i32 %1195, %T
	%1198 = and i1 %1196, %1197
	%1199 = fmul float %112, 0x3FA7154760000000
	%1200 = select i1 %1198, float %1199, float 0xFFF0000000000000
	%1201 = mul i32 %4, 16
	%1202 = add i32 %6, 0
	%1203 = add i32 %1201, %1202
	%1204 = add i32 %3, %1203
	%1205 = shl i32 %7, 1
	%1206 = add i32 80, %1205
	%1207 = add i32 %56, %1206
	%1208 = icmp slt i32 %1204, %R
	%1209 = icmp slt i32 %1207, %T
	%1210 = and i1 %1208, %1209
	%1211 = fmul float %113, 0x3FA7154760000000
	%1212 = select i1 %1210, float %1211, float 0xFFF0000000000000
	%1213 = mul i32 %4, 16
	%1214 = add i32 %6, 0
	%1215 = add i32 %1213, %1214
	%1216 = add i32 %3, %1215
	%1217 = shl i32 %7, 1
	%1218 = add i32 81, %1217
	%1219 = add i32 %56, %1218
	%1220 = icmp slt i32 %1216, %R
	%1221 = icmp slt i32 %1219, %T
	%1222 = and i1 %1220, %1221
	%1223 = fmul float %114, 0x3FA7154760000000
	%1224 = select i1 %1222, float %1223, float 0xFFF0000000000000
	%1225 = mul i32 %4, 16
	%1226 = add i32 %6, 8
	%1227 = add i32 %1225, %1226
	%1228 = add i32 %3, %1227
	%1229 = shl i32 %7, 1
	%1230 = add i32 80, %1229
	%1231 = add i32 %56, %1230
	%1232 = icmp slt i32 %1228, %R
	%1233 = icmp slt i32 %1231, %T
	%1234 = and i1 %1232, %1233
	%1235 = fmul float %115, 0x3FA7154760000000
	%1236 = select i1 %1234, float %1235, float 0xFFF0000000000000
	%1237 = mul i32 %4, 16
	%1238 = add i32 %6, 8
	%1239 = add i32 %1237, %1238
	%1240 = add i32 %3, %1239
	%1241 = shl i32 %7, 1
	%1242 = add i32 81, %1241
	%1243 = add i32 %56, %1242
	%1244 = icmp slt i32 %1240, %R
	%1245 = icmp slt i32 %1243, %T
	%1246 = and i1 %1244, %1245
	%1247 = fmul float %116, 0x3FA7154760000000
	%1248 = select i1 %1246, float %1247, float 0xFFF0000000000000
	%1249 = mul i32 %4, 16
	%1250 = add i32 %6, 0
	%1251 = add i32 %1249, %1250
	%1252 = add i32 %3, %1251
	%1253 = shl i32 %7, 1
	%1254 = add i32 88, %1253
	%1255 = add i32 %56, %1254
	%1256 = icmp slt i32 %1252, %R
	%1257 = icmp slt i32 %1255, %T
	%1258 = and i1 %1256, %1257
	%1259 = fmul float %117, 0x3FA7154760000000
	%1260 = select i1 %1258, float %1259, float 0xFFF0000000000000
	%1261 = mul i32 %4, 16
	%1262 = add i32 %6, 0
	%1263 = add i32 %1261, %1262
	%1264 = add i32 %3, %1263
	%1265 = shl i32 %7, 1
	%1266 = add i32 89, %1265
	%1267 = add i32 %56, %1266
	%1268 = icmp slt i32 %1264, %R
	%1269 = icmp slt i32 %1267, %T
	%1270 = and i1 %1268, %1269
	%1271 = fmul float %118, 0x3FA7154760000000
	%1272 = select i1 %1270, float %1271, float 0xFFF0000000000000
	%1273 = mul i32 %4, 16
	%1274 = add i32 %6, 8
	%1275 = add i32 %1273, %1274
	%1276 = add i32 %3, %1275
	%1277 = shl i32 %7, 1
	%1278 = add i32 88, %1277
	%1279 = add i32 %56, %1278
	%1280 = icmp slt i32 %1276, %R
	%1281 = icmp slt i32 %1279, %T
	%1282 = and i1 %1280, %1281
	%1283 = fmul float %119, 0x3FA7154760000000
	%1284 = select i1 %1282, float %1283, float 0xFFF0000000000000
	%1285 = mul i32 %4, 16
	%1286 = add i32 %6, 8
	%1287 = add i32 %1285, %1286
	%1288 = add i32 %3, %1287
	%1289 = shl i32 %7, 1
	%1290 = add i32 89, %1289
	%1291 = add i32 %56, %1290
	%1292 = icmp slt i32 %1288, %R
	%1293 = icmp slt i32 %1291, %T
	%1294 = and i1 %1292, %1293
	%1295 = fmul float %120, 0x3FA7154760000000
	%1296 = select i1 %1294, float %1295, float 0xFFF0000000000000
	%1297 = mul i32 %4, 16
	%1298 = add i32 %6, 0
	%1299 = add i32 %1297, %1298
	%1300 = add i32 %3, %1299
	%1301 = shl i32 %7, 1
	%1302 = add i32 96, %1301
	%1303 = add i32 %56, %1302
	%1304 = icmp slt i32 %1300, %R
	%1305 = icmp slt i32 %1303, %T
	%1306 = and i1 %1304, %1305
	%1307 = fmul float %121, 0x3FA7154760000000
	%1308 = select i1 %1306, float %1307, float 0xFFF0000000000000
	%1309 = mul i32 %4, 16
	%1310 = add i32 %6, 0
	%1311 = add i32 %1309, %1310
	%1312 = add i32 %3, %1311
	%1313 = shl i32 %7, 1
	%1314 = add i32 97, %1313
	%1315 = add i32 %56, %1314
	%1316 = icmp slt i32 %1312, %R
	%1317 = icmp slt i32 %1315, %T
	%1318 = and i1 %1316, %1317
	%1319 = fmul float %122, 0x3FA7154760000000
	%1320 = select i1 %1318, float %1319, float 0xFFF0000000000000
	%1321 = mul i32 %4, 16
	%1322 = add i32 %6, 8
	%1323 = add i32 %1321, %1322
	%1324 = add i32 %3, %1323
	%1325 = shl i32 %7, 1
	%1326 = add i32 96, %1325
	%1327 = add i32 %56, %1326
	%1328 = icmp slt i32 %1324, %R
	%1329 = icmp slt i32 %1327, %T
	%1330 = and i1 %1328, %1329
	%1331 = fmul float %123, 0x3FA7154760000000
	%1332 = select i1 %1330, float %1331, float 0xFFF0000000000000
	%1333 = mul i32 %4, 16
	%1334 = add i32 %6, 8
	%1335 = add i32 %1333, %1334
	%1336 = add i32 %3, %1335
	%1337 = shl i32 %7, 1
	%1338 = add i32 97, %1337
	%1339 = add i32 %56, %1338
	%1340 = icmp slt i32 %1336, %R
	%1341 = icmp slt i32 %1339, %T
	%1342 = and i1 %1340, %1341
	%1343 = fmul float %124, 0x3FA7154760000000
	%1344 = select i1 %1342, float %1343, float 0xFFF0000000000000
	%1345 = mul i32 %4, 16
	%1346 = add i32 %6, 0
	%1347 = add i32 %1345, %1346
	%1348 = add i32 %3, %1347
	%1349 = shl i32 %7, 1
	%1350 = add i32 104, %1349
	%1351 = add i32 %56, %1350
	%1352 = icmp slt i32 %1348, %R
	%1353 = icmp slt i32 %1351, %T
	%1354 = and i1 %1352, %1353
	%1355 = fmul float %125, 0x3FA7154760000000
	%1356 = select i1 %1354, float %1355, float 0xFFF0000000000000
	%1357 = mul i32 %4, 16
	%1358 = add i32 %6, 0
	%1359 = add i32 %1357, %1358
	%1360 = add i32 %3, %1359
	%1361 = shl i32 %7, 1
	%1362 = add i32 105, %1361
	%1363 = add i32 %56, %1362
	%1364 = icmp slt i32 %1360, %R
	%1365 = icmp slt i32 %1363, %T
	%1366 = and i1 %1364, %1365
	%1367 = fmul float %126, 0x3FA7154760000000
	%1368 = select i1 %1366, float %1367, float 0xFFF0000000000000
	%1369 = mul i32 %4, 16
	%1370 = add i32 %6, 8
	%1371 = add i32 %1369, %1370
	%1372 = add i32 %3, %1371
	%1373 = shl i32 %7, 1
	%1374 = add i32 104, %1373
	%1375 = add i32 %56, %1374
	%1376 = icmp slt i32 %1372, %R
	%1377 = icmp slt i32 %1375, %T
	%1378 = and i1 %1376, %1377
	%1379 = fmul float %127, 0x3FA7154760000000
	%1380 = select i1 %1378, float %1379, float 0xFFF0000000000000
	%1381 = mul i32 %4, 16
	%1382 = add i32 %6, 8
	%1383 = add i32 %1381, %1382
	%1384 = add i32 %3, %1383
	%1385 = shl i32 %7, 1
	%1386 = add i32 105, %1385
	%1387 = add i32 %56, %1386
	%1388 = icmp slt i32 %1384, %R
	%1389 = icmp slt i32 %1387, %T
	%1390 = and i1 %1388, %1389
	%1391 = fmul float %128, 0x3FA7154760000000
	%1392 = select i1 %1390, float %1391, float 0xFFF0000000000000
	%1393 = mul i32 %4, 16
	%1394 = add i32 %6, 0
	%1395 = add i32 %1393, %1394
	%1396 = add i32 %3, %1395
	%1397 = shl i32 %7, 1
	%1398 = add i32 112, %1397
	%1399 = add i32 %56, %1398
	%1400 = icmp slt i32 %1396, %R
	%1401 = icmp slt i32 %1399, %T
	%1402 = and i1 %1400, %1401
	%1403 = fmul float %129, 0x3FA7154760000000
	%1404 = select i1 %1402, float %1403, float 0xFFF0000000000000
	%1405 = mul i32 %4, 16
	%1406 = add i32 %6, 0
	%1407 = add i32 %1405, %1406
	%1408 = add i32 %3, %1407
	%1409 = shl i32 %7, 1
	%1410 = add i32 113, %1409
	%1411 = add i32 %56, %1410
	%1412 = icmp slt i32 %1408, %R
	%1413 = icmp slt i32 %1411, %T
	%1414 = and i1 %1412, %1413
	%1415 = fmul float %130, 0x3FA7154760000000
	%1416 = select i1 %1414, float %1415, float 0xFFF0000000000000
	%1417 = mul i32 %4, 16
	%1418 = add i32 %6, 8
	%1419 = add i32 %1417, %1418
	%1420 = add i32 %3, %1419
	%1421 = shl i32 %7, 1
	%1422 = add i32 112, %1421
	%1423 = add i32 %56, %1422
	%1424 = icmp slt i32 %1420, %R
	%1425 = icmp slt i32 %1423, %T
	%1426 = and i1 %1424, %1425
	%1427 = fmul float %131, 0x3FA7154760000000
	%1428 = select i1 %1426, float %1427, float 0xFFF0000000000000
	%1429 = mul i32 %4, 16
	%1430 = add i32 %6, 8
	%1431 = add i32 %1429, %1430
	%1432 = add i32 %3, %1431
	%1433 = shl i32 %7, 1
	%1434 = add i32 113, %1433
	%1435 = add i32 %56, %1434
	%1436 = icmp slt i32 %1432, %R
	%1437 = icmp slt i32 %1435, %T
	%1438 = and i1 %1436, %1437
	%1439 = fmul float %132, 0x3FA7154760000000
	%1440 = select i1 %1438, float %1439, float 0xFFF0000000000000
	%1441 = mul i32 %4, 16
	%1442 = add i32 %6, 0
	%1443 = add i32 %1441, %1442
	%1444 = add i32 %3, %1443
	%1445 = shl i32 %7, 1
	%1446 = add i32 120, %1445
	%1447 = add i32 %56, %1446
	%1448 = icmp slt i32 %1444, %R
	%1449 = icmp slt i32 %1447, %T
	%1450 = and i1 %1448, %1449
	%1451 = fmul float %133, 0x3FA7154760000000
	%1452 = select i1 %1450, float %1451, float 0xFFF0000000000000
	%1453 = mul i32 %4, 16
	%1454 = add i32 %6, 0
	%1455 = add i32 %1453, %1454
	%1456 = add i32 %3, %1455
	%1457 = shl i32 %7, 1
	%1458 = add i32 121, %1457
	%1459 = add i32 %56, %1458
	%1460 = icmp slt i32 %1456, %R
	%1461 = icmp slt i32 %1459, %T
	%1462 = and i1 %1460, %1461
	%1463 = fmul float %134, 0x3FA7154760000000
	%1464 = select i1 %1462, float %1463, float 0xFFF0000000000000
	%1465 = mul i32 %4, 16
	%1466 = add i32 %6, 8
	%1467 = add i32 %1465, %1466
	%1468 = add i32 %3, %1467
	%1469 = shl i32 %7, 1
	%1470 = add i32 120, %1469
	%1471 = add i32 %56, %1470
	%1472 = icmp slt i32 %1468, %R
	%1473 = icmp slt i32 %1471, %T
	%1474 = and i1 %1472, %1473
	%1475 = fmul float %135, 0x3FA7154760000000
	%1476 = select i1 %1474, float %1475, float 0xFFF0000000000000
	%1477 = mul i32 %4, 16
	%1478 = add i32 %6, 8
	%1479 = add i32 %1477, %1478
	%1480 = add i32 %3, %1479
	%1481 = shl i32 %7, 1
	%1482 = add i32 121, %1481
	%1483 = add i32 %56, %1482
	%1484 = icmp slt i32 %1480, %R
	%1485 = icmp slt i32 %1483, %T
	%1486 = and i1 %1484, %1485
	%1487 = fmul float %136, 0x3FA7154760000000
	%1488 = select i1 %1486, float %1487, float 0xFFF0000000000000
	%1489 = call float @llvm.nvvm.fmax.f(float %732, float %744)
	%1490 = call float @llvm.nvvm.fmax.f(float %780, float %792)
	%1491 = call float @llvm.nvvm.fmax.f(float %828, float %840)
	%1492 = call float @llvm.nvvm.fmax.f(float %876, float %888)
	%1493 = call float @llvm.nvvm.fmax.f(float %924, float %936)
	%1494 = call float @llvm.nvvm.fmax.f(float %972, float %984)
	%1495 = call float @llvm.nvvm.fmax.f(float %1020, float %1032)
	%1496 = call float @llvm.nvvm.fmax.f(float %1068, float %1080)
	%1497 = call float @llvm.nvvm.fmax.f(float %1116, float %1128)
	%1498 = call float @llvm.nvvm.fmax.f(float %1164, float %1176)
	%1499 = call float @llvm.nvvm.fmax.f(float %1212, float %1224)
	%1500 = call float @llvm.nvvm.fmax.f(float %1260, float %1272)
	%1501 = call float @llvm.nvvm.fmax.f(float %1308, float %1320)
	%1502 = call float @llvm.nvvm.fmax.f(float %1356, float %1368)
	%1503 = call float @llvm.nvvm.fmax.f(float %1404, float %1416)
	%1504 = call float @llvm.nvvm.fmax.f(float %1452, float %1464)
	%1505 = call float @llvm.nvvm.fmax.f(float %1489, float %1490)
	%1506 = call float @llvm.nvvm.fmax.f(float %1491, float %1492)
	%1507 = call float @llvm.nvvm.fmax.f(float %1493, float %1494)
	%1508 = call float @llvm.nvvm.fmax.f(float %1495, float %1496)
	%1509 = call float @llvm.nvvm.fmax.f(float %1497, float %1498)
	%1510 = call float @llvm.nvvm.fmax.f(float %1499, float %1500)
	%1511 = call float @llvm.nvvm.fmax.f(float %1501, float %1502)
	%1512 = call float @llvm.nvvm.fmax.f(float %1503, float %1504)
	%1513 = call float @llvm.nvvm.fmax.f(float %1505, float %1506)
	%1514 = call float @llvm.nvvm.fmax.f(float %1507, float %1508)
	%1515 = call float @llvm.nvvm.fmax.f(float %1509, float %1510)
	%1516 = call float @llvm.nvvm.fmax.f(float %1511, float %1512)
	%1517 = call float @llvm.nvvm.fmax.f(float %1513, float %1514)
	%1518 = call float @llvm.nvvm.fmax.f(float %1515, float %1516)
	%1519 = call float @llvm.nvvm.fmax.f(float %1517, float %1518)
	%1520 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1519, i32 1, i32 31)
	%1521 = call float @llvm.nvvm.fmax.f(float %1519, float %1520)
	%1522 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1521, i32 2, i32 31)
	%1523 = call float @llvm.nvvm.fmax.f(float %1521, float %1522)
	%1524 = call float @llvm.nvvm.fmax.f(float %50, float %1523)
	%1525 = fcmp oeq float %1524, 0xFFF0000000000000
	%1526 = select i1 %1525, float 0.0, float %1524
	%1527 = fsub float %732, %1526
	%1528 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1527)
	%1529 = fsub float %744, %1526
	%1530 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1529)
	%1531 = fsub float %780, %1526
	%1532 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1531)
	%1533 = fsub float %792, %1526
	%1534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1533)
	%1535 = fsub float %828, %1526
	%1536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1535)
	%1537 = fsub float %840, %1526
	%1538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1537)
	%1539 = fsub float %876, %1526
	%1540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1539)
	%1541 = fsub float %888, %1526
	%1542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1541)
	%1543 = fsub float %924, %1526
	%1544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1543)
	%1545 = fsub float %936, %1526
	%1546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1545)
	%1547 = fsub float %972, %1526
	%1548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1547)
	%1549 = fsub float %984, %1526
	%1550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1549)
	%1551 = fsub float %1020, %1526
	%1552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1551)
	%1553 = fsub float %1032, %1526
	%1554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1553)
	%1555 = fsub float %1068, %1526
	%1556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1555)
	%1557 = fsub float %1080, %1526
	%1558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1557)
	%1559 = fsub float %1116, %1526
	%1560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1559)
	%1561 = fsub float %1128, %1526
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = fsub float %1164, %1526
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = fsub float %1176, %1526
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = fsub float %1212, %1526
	%1568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1567)
	%1569 = fsub float %1224, %1526
	%1570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1569)
	%1571 = fsub float %1260, %1526
	%1572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1571)
	%1573 = fsub float %1272, %1526
	%1574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1573)
	%1575 = fsub float %1308, %1526
	%1576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1575)
	%1577 = fsub float %1320, %1526
	%1578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1577)
	%1579 = fsub float %1356, %1526
	%1580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1579)
	%1581 = fsub float %1368, %1526
	%1582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1581)
	%1583 = fsub float %1404, %1526
	%1584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1583)
	%1585 = fsub float %1416, %1526
	%1586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1585)
	%1587 = fsub float %1452, %1526
	%1588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1587)
	%1589 = fsub float %1464, %1526
	%1590 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1589)
	%1591 = fadd float %1528, %1530
	%1592 = fadd float %1532, %1534
	%1593 = fadd float %1536, %1538
	%1594 = fadd float %1540, %1542
	%1595 = fadd float %1544, %1546
	%1596 = fadd float %1548, %1550
	%1597 = fadd float %1552, %1554
	%1598 = fadd float %1556, %1558
	%1599 = fadd float %1560, %1562
	%1600 = fadd float %1564, %1566
	%1601 = fadd float %1568, %1570
	%1602 = fadd float %1572, %1574
	%1603 = fadd float %1576, %1578
	%1604 = fadd float %1580, %1582
	%1605 = fadd float %1584, %1586
	%1606 = fadd float %1588, %1590
	%1607 = fadd float %1591, %1592
	%1608 = fadd float %1593, %1594
	%1609 = fadd float %1595, %1596
	%1610 = fadd float %1597, %1598
	%1611 = fadd float %1599, %1600
	%1612 = fadd float %1601, %1602
	%1613 = fadd float %1603, %1604
	%1614 = fadd float %1605, %1606
	%1615 = fadd float %1607, %1608
	%1616 = fadd float %1609, %1610
	%1617 = fadd float %1611, %1612
	%1618 = fadd float %1613, %1614
	%1619 = fadd float %1615, %1616
	%1620 = fadd float %1617, %1618
	%1621 = fadd float %1619, %1620
	%1622 = fsub float %50, %1526
	%1623 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1622)
	%1624 = fmul float %52, %1623
	%1625 = fadd float %1624, %1621
	%1626 = fadd float %1528, %1530
	%1627 = fadd float %1532, %1534
	%1628 = fadd float %1536, %1538
	%1629 = fadd float %1540, %1542
	%1630 = fadd float %1544, %1546
	%1631 = fadd float %1548, %1550
	%1632 = fadd float %1552, %1554
	%1633 = fadd float %1556, %1558
	%1634 = fadd float %1560, %1562
	%1635 = fadd float %1564, %1566
	%1636 = fadd float %1568, %1570
	%1637 = fadd float %1572, %1574
	%1638 = fadd float %1576, %1578
	%1639 = fadd float %1580, %1582
	%1640 = fadd float %1584, %1586
	%1641 = fadd float %1588, %1590
	%1642 = call float @llvm.nvvm.fmax.f(float %756, float %768)
	%1643 = call float @llvm.nvvm.fmax.f(float %804, float %816)
	%1644 = call float @llvm.nvvm.fmax.f(float %852, float %864)
	%1645 = call float @llvm.nvvm.fmax.f(float %900, float %912)
	%1646 = call float @llvm.nvvm.fmax.f(float %948, float %960)
	%1647 = call float @llvm.nvvm.fmax.f(float %996, float %1008)
	%1648 = call float @llvm.nvvm.fmax.f(float %1044, float %1056)
	%1649 = call float @llvm.nvvm.fmax.f(float %1092, float %1104)
	%1650 = call float @llvm.nvvm.fmax.f(float %1140, float %1152)
	%1651 = call float @llvm.nvvm.fmax.f(float %1188, float %1200)
	%1652 = call float @llvm.nvvm.fmax.f(float %1236, float %1248)
	%1653 = call float @llvm.nvvm.fmax.f(float %1284, float %1296)
	%1654 = call float @llvm.nvvm.fmax.f(float %1332, float %1344)
	%1655 = call float @llvm.nvvm.fmax.f(float %1380, float %1392)
	%1656 = call float @llvm.nvvm.fmax.f(float %1428, float %1440)
	%1657 = call float @llvm.nvvm.fmax.f(float %1476, float %1488)
	%1658 = call float @llvm.nvvm.fmax.f(float %1642, float %1643)
	%1659 = call float @llvm.nvvm.fmax.f(float %1644, float %1645)
	%1660 = call float @llvm.nvvm.fmax.f(float %1646, float %1647)
	%1661 = call float @llvm.nvvm.fmax.f(float %1648, float %1649)
	%1662 = call float @llvm.nvvm.fmax.f(float %1650, float %1651)
	%1663 = call float @llvm.nvvm.fmax.f(float %1652, float %1653)
	%1664 = call float @llvm.nvvm.fmax.f(float %1654, float %1655)
	%1665 = call float @llvm.nvvm.fmax.f(float %1656, float %1657)
	%1666 = call float @llvm.nvvm.fmax.f(float %1658, float %1659)
	%1667 = call float @llvm.nvvm.fmax.f(float %1660, float %1661)
	%1668 = call float @llvm.nvvm.fmax.f(float %1662, float %1663)
	%1669 = call float @llvm.nvvm.fmax.f(float %1664, float %1665)
	%1670 = call float @llvm.nvvm.fmax.f(float %1666, float %1667)
	%1671 = call float @llvm.nvvm.fmax.f(float %1668, float %1669)
	%1672 = call float @llvm.nvvm.fmax.f(float %1670, float %1671)
	%1673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1672, i32 1, i32 31)
	%1674 = call float @llvm.nvvm.fmax.f(float %1672, float %1673)
	%1675 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1674, i32 2, i32 31)
	%1676 = call float @llvm.nvvm.fmax.f(float %1674, float %1675)
	%1677 = call float @llvm.nvvm.fmax.f(float %51, float %1676)
	%1678 = fcmp oeq float %1677, 0xFFF0000000000000
	%1679 = select i1 %1678, float 0.0, float %1677
	%1680 = fsub float %756, %1679
	%1681 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1680)
	%1682 = fsub float %768, %1679
	%1683 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1682)
	%1684 = fsub float %804, %1679
	%1685 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1684)
	%1686 = fsub float %816, %1679
	%1687 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1686)
	%1688 = fsub float %852, %1679
	%1689 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1688)
	%1690 = fsub float %864, %1679
	%1691 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1690)
	%1692 = fsub float %900, %1679
	%1693 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1692)
	%1694 = fsub float %912, %1679
	%1695 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1694)
	%1696 = fsub float %948, %1679
	%1697 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1696)
	%1698 = fsub float %960, %1679
	%1699 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1698)
	%1700 = fsub float %996, %1679
	%1701 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1700)
	%1702 = fsub float %1008, %1679
	%1703 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1702)
	%1704 = fsub float %1044, %1679
	%1705 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1704)
	%1706 = fsub float %1056, %1679
	%1707 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1706)
	%1708 = fsub float %1092, %1679
	%1709 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1708)
	%1710 = fsub float %1104, %1679
	%1711 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1710)
	%1712 = fsub float %1140, %1679
	%1713 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1712)
	%1714 = fsub float %1152, %1679
	%1715 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1714)
	%1716 = fsub float %1188, %1679
	%1717 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1716)
	%1718 = fsub float %1200, %1679
	%1719 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1718)
	%1720 = fsub float %1236, %1679
	%1721 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1720)
	%1722 = fsub float %1248, %1679
	%1723 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1722)
	%1724 = fsub float %1284, %1679
	%1725 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1724)
	%1726 = fsub float %1296, %1679
	%1727 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1726)
	%1728 = fsub float %1332, %1679
	%1729 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1728)
	%1730 = fsub float %1344, %1679
	%1731 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1730)
	%1732 = fsub float %1380, %1679
	%1733 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1732)
	%1734 = fsub float %1392, %1679
	%1735 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1734)
	%1736 = fsub float %1428, %1679
	%1737 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1736)
	%1738 = fsub float %1440, %1679
	%1739 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1738)
	%1740 = fsub float %1476, %1679
	%1741 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1740)
	%1742 = fsub float %1488, %1679
	%1743 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1742)
	%1744 = fadd float %1681, %1683
	%1745 = fadd float %1685, %1687
	%1746 = fadd float %1689, %1691
	%1747 = fadd float %1693, %1695
	%1748 = fadd float %1697, %1699
	%1749 = fadd float %1701, %1703
	%1750 = fadd float %1705, %1707
	%1751 = fadd float %1709, %1711
	%1752 = fadd float %1713, %1715
	%1753 = fadd float %1717, %1719
	%1754 = fadd float %1721, %1723
	%1755 = fadd float %1725, %1727
	%1756 = fadd float %1729, %1731
	%1757 = fadd float %1733, %1735
	%1758 = fadd float %1737, %1739
	%1759 = fadd float %1741, %1743
	%1760 = fadd float %1744, %1745
	%1761 = fadd float %1746, %1747
	%1762 = fadd float %1748, %1749
	%1763 = fadd float %1750, %1751
	%1764 = fadd float %1752, %1753
	%1765 = fadd float %1754, %1755
	%1766 = fadd float %1756, %1757
	%1767 = fadd float %1758, %1759
	%1768 = fadd float %1760, %1761
	%1769 = fadd float %1762, %1763
	%1770 = fadd float %1764, %1765
	%1771 = fadd float %1766, %1767
	%1772 = fadd float %1768, %1769
	%1773 = fadd float %1770, %1771
	%1774 = fadd float %1772, %1773
	%1775 = fsub float %51, %1679
	%1776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1775)
	%1777 = fmul float %53, %1776
	%1778 = fadd float %1777, %1774
	%1779 = fadd float %1681, %1683
	%1780 = fadd float %1685, %1687
	%1781 = fadd float %1689, %1691
	%1782 = fadd float %1693, %1695
	%1783 = fadd float %1697, %1699
	%1784 = fadd float %1701, %1703
	%1785 = fadd float %1705, %1707
	%1786 = fadd float %1709, %1711
	%1787 = fadd float %1713, %1715
	%1788 = fadd float %1717, %1719
	%1789 = fadd float %1721, %1723
	%1790 = fadd float %1725, %1727
	%1791 = fadd float %1729, %1731
	%1792 = fadd float %1733, %1735
	%1793 = fadd float %1737, %1739
	%1794 = fadd float %1741, %1743
	%1795 = sext i32 %R to i64
	%1796 = mul i32 %4, 16
	%1797 = add i32 %6, 0
	%1798 = add i32 %1796, %1797
	%1799 = add i32 %3, %1798
	%1800 = icmp slt i32 %1799, %R
	%1801 = mul i32 %1, %18
	%1802 = add i32 %1801, %49
	%1803 = sext i32 %1802 to i64
	%1804 = mul i64 %1803, %1795
	%1805 = sext i32 %1799 to i64
	%1806 = add i64 %1804, %1805
	%1807 = icmp eq i32 %7, 0
	%1808 = and i1 %1800, %1807
	br i1 %1808, label %1809, label %1811

1809:
	%1810 = getelementptr float, float* %mx, i64 %1806
	store float %1526, float* %1810
	br label %1811

1811:
	%1812 = mul i32 %4, 16
	%1813 = add i32 %6, 8
	%1814 = add i32 %1812, %1813
	%1815 = add i32 %3, %1814
	%1816 = icmp slt i32 %1815, %R
	%1817 = mul i32 %1, %18
	%1818 = add i32 %1817, %49
	%1819 = sext i32 %1818 to i64
	%1820 = mul i64 %1819, %1795
	%1821 = sext i32 %1815 to i64
	%1822 = add i64 %1820, %1821
	%1823 = icmp eq i32 %7, 0
	%1824 = and i1 %1816, %1823
	br i1 %1824, label %1825, label %1827

1825:
	%1826 = getelementptr float, float* %mx, i64 %1822
	store float %1679, float* %1826
	br label %1827

1827:
	%1828 = and i32 %7, 1
	%1829 = icmp ne i32 %1828, 0
	%1830 = select i1 %1829, float %1627, float %1626
	%1831 = select i1 %1829, float %1626, float %1627
	%1832 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1831, i32 1, i32 31)
	%1833 = fadd float %1830, %1832
	%1834 = select i1 %1829, float %1629, float %1628
	%1835 = select i1 %1829, float %1628, float %1629
	%1836 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1835, i32 1, i32 31)
	%1837 = fadd float %1834, %1836
	%1838 = select i1 %1829, float %1631, float %1630
	%1839 = select i1 %1829, float %1630, float %1631
	%1840 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1839, i32 1, i32 31)
	%1841 = fadd float %1838, %1840
	%1842 = select i1 %1829, float %1633, float %1632
	%1843 = select i1 %1829, float %1632, float %1633
	%1844 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1843, i32 1, i32 31)
	%1845 = fadd float %1842, %1844
	%1846 = select i1 %1829, float %1635, float %1634
	%1847 = select i1 %1829, float %1634, float %1635
	%1848 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1847, i32 1, i32 31)
	%1849 = fadd float %1846, %1848
	%1850 = select i1 %1829, float %1637, float %1636
	%1851 = select i1 %1829, float %1636, float %1637
	%1852 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1851, i32 1, i32 31)
	%1853 = fadd float %1850, %1852
	%1854 = select i1 %1829, float %1639, float %1638
	%1855 = select i1 %1829, float %1638, float %1639
	%1856 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1855, i32 1, i32 31)
	%1857 = fadd float %1854, %1856
	%1858 = select i1 %1829, float %1641, float %1640
	%1859 = select i1 %1829, float %1640, float %1641
	%1860 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1859, i32 1, i32 31)
	%1861 = fadd float %1858, %1860
	%1862 = select i1 %1829, float %1780, float %1779
	%1863 = select i1 %1829, float %1779, float %1780
	%1864 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1863, i32 1, i32 31)
	%1865 = fadd float %1862, %1864
	%1866 = select i1 %1829, float %1782, float %1781
	%1867 = select i1 %1829, float %1781, float %1782
	%1868 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1867, i32 1, i32 31)
	%1869 = fadd float %1866, %1868
	%1870 = select i1 %1829, float %1784, float %1783
	%1871 = select i1 %1829, float %1783, float %1784
	%1872 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1871, i32 1, i32 31)
	%1873 = fadd float %1870, %1872
	%1874 = select i1 %1829, float %1786, float %1785
	%1875 = select i1 %1829, float %1785, float %1786
	%1876 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1875, i32 1, i32 31)
	%1877 = fadd float %1874, %1876
	%1878 = select i1 %1829, float %1788, float %1787
	%1879 = select i1 %1829, float %1787, float %1788
	%1880 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1879, i32 1, i32 31)
	%1881 = fadd float %1878, %1880
	%1882 = select i1 %1829, float %1790, float %1789
	%1883 = select i1 %1829, float %1789, float %1790
	%1884 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1883, i32 1, i32 31)
	%1885 = fadd float %1882, %1884
	%1886 = select i1 %1829, float %1792, float %1791
	%1887 = select i1 %1829, float %1791, float %1792
	%1888 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1887, i32 1, i32 31)
	%1889 = fadd float %1886, %1888
	%1890 = select i1 %1829, float %1794, float %1793
	%1891 = select i1 %1829, float %1793, float %1794
	%1892 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1891, i32 1, i32 31)
	%1893 = fadd float %1890, %1892
	%1894 = and i32 %7, 2
	%1895 = icmp ne i32 %1894, 0
	%1896 = select i1 %1895, float %1837, float %1833
	%1897 = select i1 %1895, float %1833, float %1837
	%1898 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1897, i32 2, i32 31)
	%1899 = fadd float %1896, %1898
	%1900 = select i1 %1895, float %1845, float %1841
	%1901 = select i1 %1895, float %1841, float %1845
	%1902 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1901, i32 2, i32 31)
	%1903 = fadd float %1900, %1902
	%1904 = select i1 %1895, float %1853, float %1849
	%1905 = select i1 %1895, float %1849, float %1853
	%1906 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1905, i32 2, i32 31)
	%1907 = fadd float %1904, %1906
	%1908 = select i1 %1895, float %1861, float %1857
	%1909 = select i1 %1895, float %1857, float %1861
	%1910 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1909, i32 2, i32 31)
	%1911 = fadd float %1908, %1910
	%1912 = select i1 %1895, float %1869, float %1865
	%1913 = select i1 %1895, float %1865, float %1869
	%1914 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1913, i32 2, i32 31)
	%1915 = fadd float %1912, %1914
	%1916 = select i1 %1895, float %1877, float %1873
	%1917 = select i1 %1895, float %1873, float %1877
	%1918 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1917, i32 2, i32 31)
	%1919 = fadd float %1916, %1918
	%1920 = select i1 %1895, float %1885, float %1881
	%1921 = select i1 %1895, float %1881, float %1885
	%1922 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1921, i32 2, i32 31)
	%1923 = fadd float %1920, %1922
	%1924 = select i1 %1895, float %1893, float %1889
	%1925 = select i1 %1895, float %1889, float %1893
	%1926 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1925, i32 2, i32 31)
	%1927 = fadd float %1924, %1926
	%1928 = add i32 0, %7
	%1929 = sub i32 %1928, 0
	%1930 = sdiv i32 %56, 8
	%1931 = add i32 %1930, %1929
	%1932 = and i1 true, %1800
	%1933 = icmp slt i32 %1931, %NK
	%1934 = and i1 %1932, %1933
	%1935 = mul i32 %1, %NK
	%1936 = add i32 %1935, %1931
	%1937 = sext i32 %1936 to i64
	%1938 = mul i64 %1937, %1795
	%1939 = mul i32 %4, 16
	%1940 = add i32 %6, 0
	%1941 = add i32 %1939, %1940
	%1942 = add i32 %3, %1941
	%1943 = sext i32 %1942 to i64
	%1944 = add i64 %1938, %1943
	br i1 %1934, label %1945, label %1947

1945:
	%1946 = getelementptr float, float* %part, i64 %1944
	store float %1899, float* %1946
	br label %1947

1947:
	%1948 = add i32 4, %7
	%1949 = sub i32 %1948, 0
	%1950 = sdiv i32 %56, 8
	%1951 = add i32 %1950, %1949
	%1952 = and i1 true, %1800
	%1953 = icmp slt i32 %1951, %NK
	%1954 = and i1 %1952, %1953
	%1955 = mul i32 %1, %NK
	%1956 = add i32 %1955, %1951
	%1957 = sext i32 %1956 to i64
	%1958 = mul i64 %1957, %1795
	%1959 = mul i32 %4, 16
	%1960 = add i32 %6, 0
	%1961 = add i32 %1959, %1960
	%1962 = add i32 %3, %1961
	%1963 = sext i32 %1962 to i64
	%1964 = add i64 %1958, %1963
	br i1 %1954, label %1965, label %1967

1965:
	%1966 = getelementptr float, float* %part, i64 %1964
	store float %1903, float* %1966
	br label %1967

1967:
	%1968 = add i32 8, %7
	%1969 = sub i32 %1968, 0
	%1970 = sdiv i32 %56, 8
	%1971 = add i32 %1970, %1969
	%1972 = and i1 true, %1800
	%1973 = icmp slt i32 %1971, %NK
	%1974 = and i1 %1972, %1973
	%1975 = mul i32 %1, %NK
	%1976 = add i32 %1975, %1971
	%1977 = sext i32 %1976 to i64
	%1978 = mul i64 %1977, %1795
	%1979 = mul i32 %4, 16
	%1980 = add i32 %6, 0
	%1981 = add i32 %1979, %1980
	%1982 = add i32 %3, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = add i64 %1978, %1983
	br i1 %1974, label %1985, label %1987

1985:
	%1986 = getelementptr float, float* %part, i64 %1984
	store float %1907, float* %1986
	br label %1987

1987:
	%1988 = add i32 12, %7
	%1989 = sub i32 %1988, 0
	%1990 = sdiv i32 %56, 8
	%1991 = add i32 %1990, %1989
	%1992 = and i1 true, %1800
	%1993 = icmp slt i32 %1991, %NK
	%1994 = and i1 %1992, %1993
	%1995 = mul i32 %1, %NK
	%1996 = add i32 %1995, %1991
	%1997 = sext i32 %1996 to i64
	%1998 = mul i64 %1997, %1795
	%1999 = mul i32 %4, 16
	%2000 = add i32 %6, 0
	%2001 = add i32 %1999, %2000
	%2002 = add i32 %3, %2001
	%2003 = sext i32 %2002 to i64
	%2004 = add i64 %1998, %2003
	br i1 %1994, label %2005, label %2007

2005:
	%2006 = getelementptr float, float* %part, i64 %2004
	store float %1911, float* %2006
	br label %2007

2007:
	%2008 = add i32 16, %7
	%2009 = sub i32 %2008, 16
	%2010 = sdiv i32 %56, 8
	%2011 = add i32 %2010, %2009
	%2012 = and i1 true, %1816
	%2013 = icmp slt i32 %2011, %NK
	%2014 = and i1 %2012, %2013
	%2015 = mul i32 %1, %NK
	%2016 = add i32 %2015, %2011
	%2017 = sext i32 %2016 to i64
	%2018 = mul i64 %2017, %1795
	%2019 = mul i32 %4, 16
	%2020 = add i32 %6, 8
	%2021 = add i32 %2019, %2020
	%2022 = add i32 %3, %2021
	%2023 = sext i32 %2022 to i64
	%2024 = add i64 %2018, %2023
	br i1 %2014, label %2025, label %2027

2025:
	%2026 = getelementptr float, float* %part, i64 %2024
	store float %1915, float* %2026
	br label %2027

2027:
	%2028 = add i32 20, %7
	%2029 = sub i32 %2028, 16
	%2030 = sdiv i32 %56, 8
	%2031 = add i32 %2030, %2029
	%2032 = and i1 true, %1816
	%2033 = icmp slt i32 %2031, %NK
	%2034 = and i1 %2032, %2033
	%2035 = mul i32 %1, %NK
	%2036 = add i32 %2035, %2031
	%2037 = sext i32 %2036 to i64
	%2038 = mul i64 %2037, %1795
	%2039 = mul i32 %4, 16
	%2040 = add i32 %6, 8
	%2041 = add i32 %2039, %2040
	%2042 = add i32 %3, %2041
	%2043 = sext i32 %2042 to i64
	%2044 = add i64 %2038, %2043
	br i1 %2034, label %2045, label %2047

2045:
	%2046 = getelementptr float, float* %part, i64 %2044
	store float %1919, float* %2046
	br label %2047

2047:
	%2048 = add i32 24, %7
	%2049 = sub i32 %2048, 16
	%2050 = sdiv i32 %56, 8
	%2051 = add i32 %2050, %2049
	%2052 = and i1 true, %1816
	%2053 = icmp slt i32 %2051, %NK
	%2054 = and i1 %2052, %2053
	%2055 = mul i32 %1, %NK
	%2056 = add i32 %2055, %2051
	%2057 = sext i32 %2056 to i64
	%2058 = mul i64 %2057, %1795
	%2059 = mul i32 %4, 16
	%2060 = add i32 %6, 8
	%2061 = add i32 %2059, %2060
	%2062 = add i32 %3, %2061
	%2063 = sext i32 %2062 to i64
	%2064 = add i64 %2058, %2063
	br i1 %2054, label %2065, label %2067

2065:
	%2066 = getelementptr float, float* %part, i64 %2064
	store float %1923, float* %2066
	br label %2067

2067:
	%2068 = add i32 28, %7
	%2069 = sub i32 %2068, 16
	%2070 = sdiv i32 %56, 8
	%2071 = add i32 %2070, %2069
	%2072 = and i1 true, %1816
	%2073 = icmp slt i32 %2071, %NK
	%2074 = and i1 %2072, %2073
	%2075 = mul i32 %1, %NK
	%2076 = add i32 %2075, %2071
	%2077 = sext i32 %2076 to i64
	%2078 = mul i64 %2077, %1795
	%2079 = mul i32 %4, 16
	%2080 = add i32 %6, 8
	%2081 = add i32 %2079, %2080
	%2082 = add i32 %3, %2081
	%2083 = sext i32 %2082 to i64
	%2084 = add i64 %2078, %2083
	br i1 %2074, label %2085, label %2087

2085:
	%2086 = getelementptr float, float* %part, i64 %2084
	store float %1927, float* %2086
	br label %2087

2087:
	%2088 = add i32 %49, 1
	br label %48

2089:
	%2090 = mul i32 %1, %R
	%2091 = add i32 %2090, %67
	%2092 = mul i32 %2091, 2
	%2093 = add i32 %2092, 0
	%2094 = sext i32 %2093 to i64
	%2095 = getelementptr float, float* %stats, i64 %2094
	store float %50, float* %2095
	%2096 = mul i32 %1, %R
	%2097 = add i32 %2096, %67
	%2098 = mul i32 %2097, 2
	%2099 = add i32 %2098, 1
	%2100 = sext i32 %2099 to i64
	%2101 = getelementptr float, float* %stats, i64 %2100
	store float %63, float* %2101
	br label %2102

2102:
	%2103 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %53, i32 1, i32 31)
	%2104 = fadd float %53, %2103
	%2105 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2104, i32 2, i32 31)
	%2106 = fadd float %2104, %2105
	%2107 = mul i32 %4, 16
	%2108 = add i32 %6, 8
	%2109 = add i32 %2107, %2108
	%2110 = add i32 %3, %2109
	%2111 = icmp slt i32 %2110, %R
	%2112 = icmp eq i32 %7, 0
	%2113 = and i1 %2111, %2112
	br i1 %2113, label %2114, label %2127

2114:
	%2115 = mul i32 %1, %R
	%2116 = add i32 %2115, %2110
	%2117 = mul i32 %2116, 2
	%2118 = add i32 %2117, 0
	%2119 = sext i32 %2118 to i64
	%2120 = getelementptr float, float* %stats, i64 %2119
	store float %51, float* %2120
	%2121 = mul i32 %1, %R
	%2122 = add i32 %2121, %2110
	%2123 = mul i32 %2122, 2
	%2124 = add i32 %2123, 1
	%2125 = sext i32 %2124 to i64
	%2126 = getelementptr float, float* %stats, i64 %2125
	store float %2106, float* %2126
	br label %2127

2127:
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
	%40 = add i32 %T, 127
	%41 = sdiv i32 %40, 128
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
	%65 = sdiv i32 %64, 128
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
	%0 = ptrtoint [16384 x i8] addrspace(3)* @adfull_attn2_smem to i32
	%1 = add i32 %0, u0x1000
	%2 = add i32 %0, u0x2000
	%3 = lshr i32 %2, 4
	%4 = and i32 %3, u0x3FFF
	%5 = lshr i32 %0, 4
	%6 = and i32 %5, u0x3FFF
	%7 = lshr i32 %1, 4
	%8 = and i32 %7, u0x3FFF
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%10 = lshr i32 %9, 5
	%11 = and i32 %9, 31
	%12 = lshr i32 %11, 2
	%13 = and i32 %11, 3
	%14 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%15 = mul i32 %14, %NQ
	%16 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%17 = add i32 %15, %16
	%18 = mul i32 %hg, %NQ
	%19 = udiv i32 %17, %18
	%20 = urem i32 %17, %18
	%21 = mul i32 %19, %hg
	%22 = sub i32 %H, %21
	%23 = icmp slt i32 %hg, %22
	%24 = select i1 %23, i32 %hg, i32 %22
	%25 = sub i32 %NQ, 1
	%26 = udiv i32 %20, %24
	%27 = sub i32 %25, %26
	%28 = urem i32 %20, %24
	%29 = add i32 %21, %28
	%30 = sdiv i32 %29, %group
	%31 = mul i32 %27, 64
	%32 = mul i32 %29, %M
	%33 = mul i32 %32, 64
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 64
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 64
	%42 = sext i32 %41 to i64
	%43 = getelementptr i16, i16* %v, i64 %42
	%44 = udiv i32 %29, %lh
	%45 = mul i32 %44, %NQ
	%46 = add i32 %45, %27
	%47 = mul i32 %46, 2
	%48 = mul i32 %47, %NK
	%49 = mul i32 %29, %ch
	%50 = mul i32 %49, %NQ
	%51 = add i32 %50, %27
	%52 = mul i32 %51, %NK
	%53 = add i32 %48, 0
	%54 = sext i32 %53 to i64
	%55 = getelementptr i32, i32* %list, i64 %54
	%56 = load i32, i32* %55
	%57 = icmp sgt i32 %NK, 0
	%58 = icmp sge i32 %56, 0
	%59 = and i1 %57, %58
	%60 = lshr i32 %9, 3
	%61 = and i32 %9, 7
	%62 = lshr i32 %61, 3
	%63 = mul i32 %62, u0x2000
	%64 = and i32 %61, 7
	%65 = and i32 %60, 7
	%66 = xor i32 %64, %65
	%67 = mul i32 %60, 128
	%68 = shl i32 %66, 4
	%69 = add i32 %67, %68
	%70 = add i32 %63, %69
	%71 = add i32 %2, %70
	%72 = add i32 %31, %60
	%73 = mul i32 %72, 64
	%74 = mul i32 %61, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %35, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %35
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %11, 7
	%103 = lshr i32 %11, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %11, 4
	%108 = mul i32 %10, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %2, %111
	%113 = and i32 %11, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = mul i32 %56, 32
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x1000
	%122 = and i32 %119, 7
	%123 = and i32 %118, 7
	%124 = xor i32 %122, %123
	%125 = mul i32 %118, 128
	%126 = shl i32 %124, 4
	%127 = add i32 %125, %126
	%128 = add i32 %121, %127
	%129 = add i32 %0, %128
	%130 = add i32 %117, %118
	%131 = mul i32 %130, 64
	%132 = mul i32 %119, 8
	%133 = add i32 %131, %132
	%134 = sext i32 %133 to i64
	%135 = getelementptr i16, i16* %39, i64 %134
	%136 = add i32 %130, 0
	%137 = icmp slt i32 %136, %N
	%138 = getelementptr i16, i16* %135, i64 0
	%139 = select i1 %137, i16* %138, i16* %39
	%140 = add i32 %129, 0
	%141 = select i1 %137, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %140, i16* %139, i32 %141)
	%142 = add i32 %130, 16
	%143 = icmp slt i32 %142, %N
	%144 = getelementptr i16, i16* %135, i64 1024
	%145 = select i1 %143, i16* %144, i16* %39
	%146 = add i32 %129, 2048
	%147 = select i1 %143, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %145, i32 %147)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%148 = phi i32 [ 0, %prologue ], [ %665, %pv ]
	%149 = phi i32 [ %56, %prologue ], [ %672, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %796, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %797, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %798, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %799, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %800, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %801, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %802, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %803, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %804, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %805, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %806, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %807, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %808, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %809, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %810, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %811, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %812, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %813, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %814, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %815, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %816, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %817, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %818, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %819, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %820, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %821, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %822, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %823, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %824, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %825, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %826, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %827, %pv ]
	%182 = phi float [ 0xFFF0000000000000, %prologue ], [ %609, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %636, %pv ]
	%184 = phi float [ 0xFFF0000000000000, %prologue ], [ %637, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %664, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%186 = mul i32 %149, 32
	%187 = lshr i32 %9, 3
	%188 = and i32 %9, 7
	%189 = lshr i32 %188, 3
	%190 = mul i32 %189, u0x1000
	%191 = and i32 %188, 7
	%192 = and i32 %187, 7
	%193 = xor i32 %191, %192
	%194 = mul i32 %187, 128
	%195 = shl i32 %193, 4
	%196 = add i32 %194, %195
	%197 = add i32 %190, %196
	%198 = add i32 %1, %197
	%199 = add i32 %186, %187
	%200 = mul i32 %199, 64
	%201 = mul i32 %188, 8
	%202 = add i32 %200, %201
	%203 = sext i32 %202 to i64
	%204 = getelementptr i16, i16* %43, i64 %203
	%205 = add i32 %199, 0
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %204, i64 0
	%208 = select i1 %206, i16* %207, i16* %43
	%209 = add i32 %198, 0
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %199, 16
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %204, i64 1024
	%214 = select i1 %212, i16* %213, i16* %43
	%215 = add i32 %198, 2048
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%217 = add i32 %4, 0
	%218 = zext i32 %217 to i64
	%219 = or i64 %218, u0x4000004000010000
	%220 = add i32 %6, 0
	%221 = zext i32 %220 to i64
	%222 = or i64 %221, u0x4000004000010000
	%223 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %219, i64 %222, i32 1)
	%224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 0
	%225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 1
	%226 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 2
	%227 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 3
	%228 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 4
	%229 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 5
	%230 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 6
	%231 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 7
	%232 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 8
	%233 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 9
	%234 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 10
	%235 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 11
	%236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 12
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 13
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 14
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %223, 15
	%240 = add i32 %4, 2
	%241 = zext i32 %240 to i64
	%242 = or i64 %241, u0x4000004000010000
	%243 = add i32 %6, 2
	%244 = zext i32 %243 to i64
	%245 = or i64 %244, u0x4000004000010000
	%246 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %224, float %225, float %226, float %227, float %228, float %229, float %230, float %231, float %232, float %233, float %234, float %235, float %236, float %237, float %238, float %239, i64 %242, i64 %245, i32 1)
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 0
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 1
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 2
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 3
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 4
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 5
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 6
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 7
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 8
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 9
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 10
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 11
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 12
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 13
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 14
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %246, 15
	%263 = add i32 %4, 4
	%264 = zext i32 %263 to i64
	%265 = or i64 %264, u0x4000004000010000
	%266 = add i32 %6, 4
	%267 = zext i32 %266 to i64
	%268 = or i64 %267, u0x4000004000010000
	%269 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %247, float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, i64 %265, i64 %268, i32 1)
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 3
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 4
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 5
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 6
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 7
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 8
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 9
	%280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 10
	%281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 11
	%282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 12
	%283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 13
	%284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 14
	%285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %269, 15
	%286 = add i32 %4, 6
	%287 = zext i32 %286 to i64
	%288 = or i64 %287, u0x4000004000010000
	%289 = add i32 %6, 6
	%290 = zext i32 %289 to i64
	%291 = or i64 %290, u0x4000004000010000
	%292 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, float %280, float %281, float %282, float %283, float %284, float %285, i64 %288, i64 %291, i32 1)
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 0
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 1
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 2
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 3
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 4
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 5
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 6
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 7
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 8
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 9
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 10
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 11
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 12
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 13
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 14
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %292, 15
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%309 = call float asm sideeffect "", "=f,0"(float %293)
	%310 = call float asm sideeffect "", "=f,0"(float %294)
	%311 = call float asm sideeffect "", "=f,0"(float %295)
	%312 = call float asm sideeffect "", "=f,0"(float %296)
	%313 = call float asm sideeffect "", "=f,0"(float %297)
	%314 = call float asm sideeffect "", "=f,0"(float %298)
	%315 = call float asm sideeffect "", "=f,0"(float %299)
	%316 = call float asm sideeffect "", "=f,0"(float %300)
	%317 = call float asm sideeffect "", "=f,0"(float %301)
	%318 = call float asm sideeffect "", "=f,0"(float %302)
	%319 = call float asm sideeffect "", "=f,0"(float %303)
	%320 = call float asm sideeffect "", "=f,0"(float %304)
	%321 = call float asm sideeffect "", "=f,0"(float %305)
	%322 = call float asm sideeffect "", "=f,0"(float %306)
	%323 = call float asm sideeffect "", "=f,0"(float %307)
	%324 = call float asm sideeffect "", "=f,0"(float %308)
	%325 = mul i32 %10, 16
	%326 = add i32 %31, %325
	%327 = add i32 %12, 0
	%328 = add i32 %326, %327
	%329 = mul i32 %10, 16
	%330 = add i32 %31, %329
	%331 = add i32 %12, 8
	%332 = add i32 %330, %331
	%333 = sitofp i32 %29 to float
	%334 = add i32 %52, %149
	%335 = sext i32 %334 to i64
	%336 = getelementptr i8, i8* %cls, i64 %335
	%337 = load i8, i8* %336
	%338 = icmp ne i8 %337, 2
	br i1 %338, label %partial, label %softmax

epilogue:
	%339 = phi float [ 0.0, %entry ], [ %636, %pv ]
	%340 = phi float [ 0.0, %entry ], [ %664, %pv ]
	%341 = phi i32 [ 0, %entry ], [ %665, %pv ]
	%342 = phi float [ 0.0, %entry ], [ %796, %pv ]
	%343 = phi float [ 0.0, %entry ], [ %797, %pv ]
	%344 = phi float [ 0.0, %entry ], [ %798, %pv ]
	%345 = phi float [ 0.0, %entry ], [ %799, %pv ]
	%346 = phi float [ 0.0, %entry ], [ %800, %pv ]
	%347 = phi float [ 0.0, %entry ], [ %801, %pv ]
	%348 = phi float [ 0.0, %entry ], [ %802, %pv ]
	%349 = phi float [ 0.0, %entry ], [ %803, %pv ]
	%350 = phi float [ 0.0, %entry ], [ %804, %pv ]
	%351 = phi float [ 0.0, %entry ], [ %805, %pv ]
	%352 = phi float [ 0.0, %entry ], [ %806, %pv ]
	%353 = phi float [ 0.0, %entry ], [ %807, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %808, %pv ]
	%355 = phi float [ 0.0, %entry ], [ %809, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %810, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %811, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %812, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %813, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %814, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %815, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %816, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %817, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %818, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %819, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %820, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %821, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %822, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %823, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %824, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %825, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %826, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %827, %pv ]
	%374 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %339, i32 1, i32 31)
	%375 = fadd float %339, %374
	%376 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %375, i32 2, i32 31)
	%377 = fadd float %375, %376
	%378 = fcmp ogt float %377, 0.0
	%379 = fdiv float 1.0, %377
	%380 = select i1 %378, float %379, float 0.0
	%381 = mul i32 %10, 16
	%382 = add i32 %31, %381
	%383 = add i32 %12, 0
	%384 = add i32 %382, %383
	%385 = fmul float %342, %380
	%386 = fmul float %343, %380
	%387 = fmul float %346, %380
	%388 = fmul float %347, %380
	%389 = fmul float %350, %380
	%390 = fmul float %351, %380
	%391 = fmul float %354, %380
	%392 = fmul float %355, %380
	%393 = fmul float %358, %380
	%394 = fmul float %359, %380
	%395 = fmul float %362, %380
	%396 = fmul float %363, %380
	%397 = fmul float %366, %380
	%398 = fmul float %367, %380
	%399 = fmul float %370, %380
	%400 = fmul float %371, %380
	%401 = icmp slt i32 %384, %M
	br i1 %401, label %store0, label %stored0

partial:
	%402 = shl i32 %13, 1
	%403 = add i32 0, %402
	%404 = add i32 %186, %403
	%405 = icmp slt i32 %404, %N
	%406 = select i1 %405, float %309, float 0xFFF0000000000000
	%407 = shl i32 %13, 1
	%408 = add i32 1, %407
	%409 = add i32 %186, %408
	%410 = icmp slt i32 %409, %N
	%411 = select i1 %410, float %310, float 0xFFF0000000000000
	%412 = shl i32 %13, 1
	%413 = add i32 0, %412
	%414 = add i32 %186, %413
	%415 = icmp slt i32 %414, %N
	%416 = select i1 %415, float %311, float 0xFFF0000000000000
	%417 = shl i32 %13, 1
	%418 = add i32 1, %417
	%419 = add i32 %186, %418
	%420 = icmp slt i32 %419, %N
	%421 = select i1 %420, float %312, float 0xFFF0000000000000
	%422 = shl i32 %13, 1
	%423 = add i32 8, %422
	%424 = add i32 %186, %423
	%425 = icmp slt i32 %424, %N
	%426 = select i1 %425, float %313, float 0xFFF0000000000000
	%427 = shl i32 %13, 1
	%428 = add i32 9, %427
	%429 = add i32 %186, %428
	%430 = icmp slt i32 %429, %N
	%431 = select i1 %430, float %314, float 0xFFF0000000000000
	%432 = shl i32 %13, 1
	%433 = add i32 8, %432
	%434 = add i32 %186, %433
	%435 = icmp slt i32 %434, %N
	%436 = select i1 %435, float %315, float 0xFFF0000000000000
	%437 = shl i32 %13, 1
	%438 = add i32 9, %437
	%439 = add i32 %186, %438
	%440 = icmp slt i32 %439, %N
	%441 = select i1 %440, float %316, float 0xFFF0000000000000
	%442 = shl i32 %13, 1
	%443 = add i32 16, %442
	%444 = add i32 %186, %443
	%445 = icmp slt i32 %444, %N
	%446 = select i1 %445, float %317, float 0xFFF0000000000000
	%447 = shl i32 %13, 1
	%448 = add i32 17, %447
	%449 = add i32 %186, %448
	%450 = icmp slt i32 %449, %N
	%451 = select i1 %450, float %318, float 0xFFF0000000000000
	%452 = shl i32 %13, 1
	%453 = add i32 16, %452
	%454 = add i32 %186, %453
	%455 = icmp slt i32 %454, %N
	%456 = select i1 %455, float %319, float 0xFFF0000000000000
	%457 = shl i32 %13, 1
	%458 = add i32 17, %457
	%459 = add i32 %186, %458
	%460 = icmp slt i32 %459, %N
	%461 = select i1 %460, float %320, float 0xFFF0000000000000
	%462 = shl i32 %13, 1
	%463 = add i32 24, %462
	%464 = add i32 %186, %463
	%465 = icmp slt i32 %464, %N
	%466 = select i1 %465, float %321, float 0xFFF0000000000000
	%467 = shl i32 %13, 1
	%468 = add i32 25, %467
	%469 = add i32 %186, %468
	%470 = icmp slt i32 %469, %N
	%471 = select i1 %470, float %322, float 0xFFF0000000000000
	%472 = shl i32 %13, 1
	%473 = add i32 24, %472
	%474 = add i32 %186, %473
	%475 = icmp slt i32 %474, %N
	%476 = select i1 %475, float %323, float 0xFFF0000000000000
	%477 = shl i32 %13, 1
	%478 = add i32 25, %477
	%479 = add i32 %186, %478
	%480 = icmp slt i32 %479, %N
	%481 = select i1 %480, float %324, float 0xFFF0000000000000
	br label %softmax

softmax:
	%482 = phi float [ %309, %loop ], [ %406, %partial ]
	%483 = phi float [ %310, %loop ], [ %411, %partial ]
	%484 = phi float [ %311, %loop ], [ %416, %partial ]
	%485 = phi float [ %312, %loop ], [ %421, %partial ]
	%486 = phi float [ %313, %loop ], [ %426, %partial ]
	%487 = phi float [ %314, %loop ], [ %431, %partial ]
	%488 = phi float [ %315, %loop ], [ %436, %partial ]
	%489 = phi float [ %316, %loop ], [ %441, %partial ]
	%490 = phi float [ %317, %loop ], [ %446, %partial ]
	%491 = phi float [ %318, %loop ], [ %451, %partial ]
	%492 = phi float [ %319, %loop ], [ %456, %partial ]
	%493 = phi float [ %320, %loop ], [ %461, %partial ]
	%494 = phi float [ %321, %loop ], [ %466, %partial ]
	%495 = phi float [ %322, %loop ], [ %471, %partial ]
	%496 = phi float [ %323, %loop ], [ %476, %partial ]
	%497 = phi float [ %324, %loop ], [ %481, %partial ]
	%498 = call float @llvm.nvvm.fmax.f(float %482, float %483)
	%499 = call float @llvm.nvvm.fmax.f(float %486, float %487)
	%500 = call float @llvm.nvvm.fmax.f(float %490, float %491)
	%501 = call float @llvm.nvvm.fmax.f(float %494, float %495)
	%502 = call float @llvm.nvvm.fmax.f(float %498, float %499)
	%503 = call float @llvm.nvvm.fmax.f(float %500, float %501)
	%504 = call float @llvm.nvvm.fmax.f(float %502, float %503)
	%505 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %504, i32 1, i32 31)
	%506 = call float @llvm.nvvm.fmax.f(float %504, float %505)
	%507 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %506, i32 2, i32 31)
	%508 = call float @llvm.nvvm.fmax.f(float %506, float %507)
	%509 = fmul float %508, 0x3FC7154760000000
	%510 = call float @llvm.nvvm.fmax.f(float %182, float %509)
	%511 = fadd float %182, 8.0
	%512 = fcmp ogt float %510, %511
	%513 = or i1 false, %512
	%514 = call float @llvm.nvvm.fmax.f(float %484, float %485)
	%515 = call float @llvm.nvvm.fmax.f(float %488, float %489)
	%516 = call float @llvm.nvvm.fmax.f(float %492, float %493)
	%517 = call float @llvm.nvvm.fmax.f(float %496, float %497)
	%518 = call float @llvm.nvvm.fmax.f(float %514, float %515)
	%519 = call float @llvm.nvvm.fmax.f(float %516, float %517)
	%520 = call float @llvm.nvvm.fmax.f(float %518, float %519)
	%521 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %520, i32 1, i32 31)
	%522 = call float @llvm.nvvm.fmax.f(float %520, float %521)
	%523 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %522, i32 2, i32 31)
	%524 = call float @llvm.nvvm.fmax.f(float %522, float %523)
	%525 = fmul float %524, 0x3FC7154760000000
	%526 = call float @llvm.nvvm.fmax.f(float %184, float %525)
	%527 = fadd float %184, 8.0
	%528 = fcmp ogt float %526, %527
	%529 = or i1 %513, %528
	%530 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %529)
	br i1 %530, label %531, label %574

531:
	%532 = fcmp oeq float %510, 0xFFF0000000000000
	%533 = select i1 %532, float 0.0, float %510
	%534 = fsub float %182, %533
	%535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %534)
	%536 = fcmp oeq float %526, 0xFFF0000000000000
	%537 = select i1 %536, float 0.0, float %526
	%538 = fsub float %184, %537
	%539 = call float @llvm.nvvm.ex2.approx.ftz.f(float %538)
	%540 = fmul float %150, %535
	%541 = fmul float %151, %535
	%542 = fmul float %152, %539
	%543 = fmul float %153, %539
	%544 = fmul float %154, %535
	%545 = fmul float %155, %535
	%546 = fmul float %156, %539
	%547 = fmul float %157, %539
	%548 = fmul float %158, %535
	%549 = fmul float %159, %535
	%550 = fmul float %160, %539
	%551 = fmul float %161, %539
	%552 = fmul float %162, %535
	%553 = fmul float %163, %535
	%554 = fmul float %164, %539
	%555 = fmul float %165, %539
	%556 = fmul float %166, %535
	%557 = fmul float %167, %535
	%558 = fmul float %168, %539
	%559 = fmul float %169, %539
	%560 = fmul float %170, %535
	%561 = fmul float %171, %535
	%562 = fmul float %172, %539
	%563 = fmul float %173, %539
	%564 = fmul float %174, %535
	%565 = fmul float %175, %535
	%566 = fmul float %176, %539
	%567 = fmul float %177, %539
	%568 = fmul float %178, %535
	%569 = fmul float %179, %535
	%570 = fmul float %180, %539
	%571 = fmul float %181, %539
	%572 = fmul float %183, %535
	%573 = fmul float %185, %539
	br label %574

574:
	%575 = phi float [ %150, %softmax ], [ %540, %531 ]
	%576 = phi float [ %151, %softmax ], [ %541, %531 ]
	%577 = phi float [ %152, %softmax ], [ %542, %531 ]
	%578 = phi float [ %153, %softmax ], [ %543, %531 ]
	%579 = phi float [ %154, %softmax ], [ %544, %531 ]
	%580 = phi float [ %155, %softmax ], [ %545, %531 ]
	%581 = phi float [ %156, %softmax ], [ %546, %531 ]
	%582 = phi float [ %157, %softmax ], [ %547, %531 ]
	%583 = phi float [ %158, %softmax ], [ %548, %531 ]
	%584 = phi float [ %159, %softmax ], [ %549, %531 ]
	%585 = phi float [ %160, %softmax ], [ %550, %531 ]
	%586 = phi float [ %161, %softmax ], [ %551, %531 ]
	%587 = phi float [ %162, %softmax ], [ %552, %531 ]
	%588 = phi float [ %163, %softmax ], [ %553, %531 ]
	%589 = phi float [ %164, %softmax ], [ %554, %531 ]
	%590 = phi float [ %165, %softmax ], [ %555, %531 ]
	%591 = phi float [ %166, %softmax ], [ %556, %531 ]
	%592 = phi float [ %167, %softmax ], [ %557, %531 ]
	%593 = phi float [ %168, %softmax ], [ %558, %531 ]
	%594 = phi float [ %169, %softmax ], [ %559, %531 ]
	%595 = phi float [ %170, %softmax ], [ %560, %531 ]
	%596 = phi float [ %171, %softmax ], [ %561, %531 ]
	%597 = phi float [ %172, %softmax ], [ %562, %531 ]
	%598 = phi float [ %173, %softmax ], [ %563, %531 ]
	%599 = phi float [ %174, %softmax ], [ %564, %531 ]
	%600 = phi float [ %175, %softmax ], [ %565, %531 ]
	%601 = phi float [ %176, %softmax ], [ %566, %531 ]
	%602 = phi float [ %177, %softmax ], [ %567, %531 ]
	%603 = phi float [ %178, %softmax ], [ %568, %531 ]
	%604 = phi float [ %179, %softmax ], [ %569, %531 ]
	%605 = phi float [ %180, %softmax ], [ %570, %531 ]
	%606 = phi float [ %181, %softmax ], [ %571, %531 ]
	%607 = phi float [ %183, %softmax ], [ %572, %531 ]
	%608 = phi float [ %185, %softmax ], [ %573, %531 ]
	%609 = select i1 %530, float %510, float %182
	%610 = fcmp oeq float %609, 0xFFF0000000000000
	%611 = select i1 %610, float 0.0, float %609
	%612 = fneg float %611
	%613 = call float @llvm.fma.f32(float %482, float 0x3FC7154760000000, float %612)
	%614 = call float @llvm.nvvm.ex2.approx.ftz.f(float %613)
	%615 = call float @llvm.fma.f32(float %483, float 0x3FC7154760000000, float %612)
	%616 = call float @llvm.nvvm.ex2.approx.ftz.f(float %615)
	%617 = call float @llvm.fma.f32(float %486, float 0x3FC7154760000000, float %612)
	%618 = call float @llvm.nvvm.ex2.approx.ftz.f(float %617)
	%619 = call float @llvm.fma.f32(float %487, float 0x3FC7154760000000, float %612)
	%620 = call float @llvm.nvvm.ex2.approx.ftz.f(float %619)
	%621 = call float @llvm.fma.f32(float %490, float 0x3FC7154760000000, float %612)
	%622 = call float @llvm.nvvm.ex2.approx.ftz.f(float %621)
	%623 = call float @llvm.fma.f32(float %491, float 0x3FC7154760000000, float %612)
	%624 = call float @llvm.nvvm.ex2.approx.ftz.f(float %623)
	%625 = call float @llvm.fma.f32(float %494, float 0x3FC7154760000000, float %612)
	%626 = call float @llvm.nvvm.ex2.approx.ftz.f(float %625)
	%627 = call float @llvm.fma.f32(float %495, float 0x3FC7154760000000, float %612)
	%628 = call float @llvm.nvvm.ex2.approx.ftz.f(float %627)
	%629 = fadd float %614, %616
	%630 = fadd float %618, %620
	%631 = fadd float %622, %624
	%632 = fadd float %626, %628
	%633 = fadd float %629, %630
	%634 = fadd float %631, %632
	%635 = fadd float %633, %634
	%636 = fadd float %607, %635
	%637 = select i1 %530, float %526, float %184
	%638 = fcmp oeq float %637, 0xFFF0000000000000
	%639 = select i1 %638, float 0.0, float %637
	%640 = fneg float %639
	%641 = call float @llvm.fma.f32(float %484, float 0x3FC7154760000000, float %640)
	%642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %641)
	%643 = call float @llvm.fma.f32(float %485, float 0x3FC7154760000000, float %640)
	%644 = call float @llvm.nvvm.ex2.approx.ftz.f(float %643)
	%645 = call float @llvm.fma.f32(float %488, float 0x3FC7154760000000, float %640)
	%646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %645)
	%647 = call float @llvm.fma.f32(float %489, float 0x3FC7154760000000, float %640)
	%648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %647)
	%649 = call float @llvm.fma.f32(float %492, float 0x3FC7154760000000, float %640)
	%650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %649)
	%651 = call float @llvm.fma.f32(float %493, float 0x3FC7154760000000, float %640)
	%652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %651)
	%653 = call float @llvm.fma.f32(float %496, float 0x3FC7154760000000, float %640)
	%654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %653)
	%655 = call float @llvm.fma.f32(float %497, float 0x3FC7154760000000, float %640)
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = fadd float %642, %644
	%658 = fadd float %646, %648
	%659 = fadd float %650, %652
	%660 = fadd float %654, %656
	%661 = fadd float %657, %658
	%662 = fadd float %659, %660
	%663 = fadd float %661, %662
	%664 = fadd float %608, %663
	%665 = add i32 %148, 1
	%666 = icmp slt i32 %665, %NK
	%667 = select i1 %666, i32 %665, i32 0
	%668 = add i32 %48, %667
	%669 = sext i32 %668 to i64
	%670 = getelementptr i32, i32* %list, i64 %669
	%671 = load i32, i32* %670
	%672 = select i1 %666, i32 %671, i32 -1
	%673 = icmp sge i32 %672, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %673, label %prefetch, label %pv

prefetch:
	%674 = mul i32 %672, 32
	%675 = lshr i32 %9, 3
	%676 = and i32 %9, 7
	%677 = lshr i32 %676, 3
	%678 = mul i32 %677, u0x1000
	%679 = and i32 %676, 7
	%680 = and i32 %675, 7
	%681 = xor i32 %679, %680
	%682 = mul i32 %675, 128
	%683 = shl i32 %681, 4
	%684 = add i32 %682, %683
	%685 = add i32 %678, %684
	%686 = add i32 %0, %685
	%687 = add i32 %674, %675
	%688 = mul i32 %687, 64
	%689 = mul i32 %676, 8
	%690 = add i32 %688, %689
	%691 = sext i32 %690 to i64
	%692 = getelementptr i16, i16* %39, i64 %691
	%693 = add i32 %687, 0
	%694 = icmp slt i32 %693, %N
	%695 = getelementptr i16, i16* %692, i64 0
	%696 = select i1 %694, i16* %695, i16* %39
	%697 = add i32 %686, 0
	%698 = select i1 %694, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %697, i16* %696, i32 %698)
	%699 = add i32 %687, 16
	%700 = icmp slt i32 %699, %N
	%701 = getelementptr i16, i16* %692, i64 1024
	%702 = select i1 %700, i16* %701, i16* %39
	%703 = add i32 %686, 2048
	%704 = select i1 %700, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %703, i16* %702, i32 %704)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%705 = and i32 %11, 7
	%706 = lshr i32 %11, 3
	%707 = and i32 %706, 1
	%708 = shl i32 %707, 3
	%709 = add i32 %705, %708
	%710 = mul i32 %709, 128
	%711 = add i32 %1, %710
	%712 = and i32 %11, 7
	%713 = xor i32 %107, %712
	%714 = shl i32 %713, 4
	%715 = add i32 %711, %714
	%716 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %616, float %614)
	%717 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %644, float %642)
	%718 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %620, float %618)
	%719 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %648, float %646)
	%720 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %624, float %622)
	%721 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %652, float %650)
	%722 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %628, float %626)
	%723 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %656, float %654)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%724 = add i32 %8, 0
	%725 = zext i32 %724 to i64
	%726 = or i64 %725, u0x4000004001000000
	%727 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, i32 %716, i32 %717, i32 %718, i32 %719, i64 %726, i32 1)
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 0
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 1
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 2
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 3
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 4
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 5
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 6
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 7
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 8
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 9
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 10
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 11
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 12
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 13
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 14
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 15
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 16
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 17
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 18
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 19
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 20
	%749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 21
	%750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 22
	%751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 23
	%752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 24
	%753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 25
	%754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 26
	%755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 27
	%756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 28
	%757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 29
	%758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 30
	%759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %727, 31
	%760 = add i32 %8, 128
	%761 = zext i32 %760 to i64
	%762 = or i64 %761, u0x4000004001000000
	%763 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %728, float %729, float %730, float %731, float %732, float %733, float %734, float %735, float %736, float %737, float %738, float %739, float %740, float %741, float %742, float %743, float %744, float %745, float %746, float %747, float %748, float %749, float %750, float %751, float %752, float %753, float %754, float %755, float %756, float %757, float %758, float %759, i32 %720, i32 %721, i32 %722, i32 %723, i64 %762, i32 1)
	%764 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 3
	%768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 4
	%769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 5
	%770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 6
	%771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 7
	%772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 8
	%773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 9
	%774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 10
	%775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 11
	%776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 12
	%777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 13
	%778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 14
	%779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 15
	%780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 16
	%781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 17
	%782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 18
	%783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 19
	%784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 20
	%785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 21
	%786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 22
	%787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 23
	%788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 24
	%789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 25
	%790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 26
	%791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 27
	%792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 28
	%793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 29
	%794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 30
	%795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %763, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%796 = call float asm sideeffect "", "=f,0"(float %764)
	%797 = call float asm sideeffect "", "=f,0"(float %765)
	%798 = call float asm sideeffect "", "=f,0"(float %766)
	%799 = call float asm sideeffect "", "=f,0"(float %767)
	%800 = call float asm sideeffect "", "=f,0"(float %768)
	%801 = call float asm sideeffect "", "=f,0"(float %769)
	%802 = call float asm sideeffect "", "=f,0"(float %770)
	%803 = call float asm sideeffect "", "=f,0"(float %771)
	%804 = call float asm sideeffect "", "=f,0"(float %772)
	%805 = call float asm sideeffect "", "=f,0"(float %773)
	%806 = call float asm sideeffect "", "=f,0"(float %774)
	%807 = call float asm sideeffect "", "=f,0"(float %775)
	%808 = call float asm sideeffect "", "=f,0"(float %776)
	%809 = call float asm sideeffect "", "=f,0"(float %777)
	%810 = call float asm sideeffect "", "=f,0"(float %778)
	%811 = call float asm sideeffect "", "=f,0"(float %779)
	%812 = call float asm sideeffect "", "=f,0"(float %780)
	%813 = call float asm sideeffect "", "=f,0"(float %781)
	%814 = call float asm sideeffect "", "=f,0"(float %782)
	%815 = call float asm sideeffect "", "=f,0"(float %783)
	%816 = call float asm sideeffect "", "=f,0"(float %784)
	%817 = call float asm sideeffect "", "=f,0"(float %785)
	%818 = call float asm sideeffect "", "=f,0"(float %786)
	%819 = call float asm sideeffect "", "=f,0"(float %787)
	%820 = call float asm sideeffect "", "=f,0"(float %788)
	%821 = call float asm sideeffect "", "=f,0"(float %789)
	%822 = call float asm sideeffect "", "=f,0"(float %790)
	%823 = call float asm sideeffect "", "=f,0"(float %791)
	%824 = call float asm sideeffect "", "=f,0"(float %792)
	%825 = call float asm sideeffect "", "=f,0"(float %793)
	%826 = call float asm sideeffect "", "=f,0"(float %794)
	%827 = call float asm sideeffect "", "=f,0"(float %795)
	br i1 %673, label %loop, label %epilogue

store0:
	%828 = mul i32 %29, %M
	%829 = add i32 %828, %384
	%830 = mul i32 %829, 64
	%831 = shl i32 %13, 1
	%832 = add i32 0, %831
	%833 = add i32 %830, %832
	%834 = sext i32 %833 to i64
	%835 = getelementptr i16, i16* %out, i64 %834
	%836 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %386, float %385)
	%837 = bitcast i16* %835 to i32*
	store i32 %836, i32* %837
	%838 = shl i32 %13, 1
	%839 = add i32 8, %838
	%840 = add i32 %830, %839
	%841 = sext i32 %840 to i64
	%842 = getelementptr i16, i16* %out, i64 %841
	%843 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %388, float %387)
	%844 = bitcast i16* %842 to i32*
	store i32 %843, i32* %844
	%845 = shl i32 %13, 1
	%846 = add i32 16, %845
	%847 = add i32 %830, %846
	%848 = sext i32 %847 to i64
	%849 = getelementptr i16, i16* %out, i64 %848
	%850 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %390, float %389)
	%851 = bitcast i16* %849 to i32*
	store i32 %850, i32* %851
	%852 = shl i32 %13, 1
	%853 = add i32 24, %852
	%854 = add i32 %830, %853
	%855 = sext i32 %854 to i64
	%856 = getelementptr i16, i16* %out, i64 %855
	%857 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %392, float %391)
	%858 = bitcast i16* %856 to i32*
	store i32 %857, i32* %858
	%859 = shl i32 %13, 1
	%860 = add i32 32, %859
	%861 = add i32 %830, %860
	%862 = sext i32 %861 to i64
	%863 = getelementptr i16, i16* %out, i64 %862
	%864 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %394, float %393)
	%865 = bitcast i16* %863 to i32*
	store i32 %864, i32* %865
	%866 = shl i32 %13, 1
	%867 = add i32 40, %866
	%868 = add i32 %830, %867
	%869 = sext i32 %868 to i64
	%870 = getelementptr i16, i16* %out, i64 %869
	%871 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %396, float %395)
	%872 = bitcast i16* %870 to i32*
	store i32 %871, i32* %872
	%873 = shl i32 %13, 1
	%874 = add i32 48, %873
	%875 = add i32 %830, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr i16, i16* %out, i64 %876
	%878 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %398, float %397)
	%879 = bitcast i16* %877 to i32*
	store i32 %878, i32* %879
	%880 = shl i32 %13, 1
	%881 = add i32 56, %880
	%882 = add i32 %830, %881
	%883 = sext i32 %882 to i64
	%884 = getelementptr i16, i16* %out, i64 %883
	%885 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %400, float %399)
	%886 = bitcast i16* %884 to i32*
	store i32 %885, i32* %886
	br label %stored0

stored0:
	%887 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %340, i32 1, i32 31)
	%888 = fadd float %340, %887
	%889 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %888, i32 2, i32 31)
	%890 = fadd float %888, %889
	%891 = fcmp ogt float %890, 0.0
	%892 = fdiv float 1.0, %890
	%893 = select i1 %891, float %892, float 0.0
	%894 = mul i32 %10, 16
	%895 = add i32 %31, %894
	%896 = add i32 %12, 8
	%897 = add i32 %895, %896
	%898 = fmul float %344, %893
	%899 = fmul float %345, %893
	%900 = fmul float %348, %893
	%901 = fmul float %349, %893
	%902 = fmul float %352, %893
	%903 = fmul float %353, %893
	%904 = fmul float %356, %893
	%905 = fmul float %357, %893
	%906 = fmul float %360, %893
	%907 = fmul float %361, %893
	%908 = fmul float %364, %893
	%909 = fmul float %365, %893
	%910 = fmul float %368, %893
	%911 = fmul float %369, %893
	%912 = fmul float %372, %893
	%913 = fmul float %373, %893
	%914 = icmp slt i32 %897, %M
	br i1 %914, label %store1, label %stored1

store1:
	%915 = mul i32 %29, %M
	%916 = add i32 %915, %897
	%917 = mul i32 %916, 64
	%918 = shl i32 %13, 1
	%919 = add i32 0, %918
	%920 = add i32 %917, %919
	%921 = sext i32 %920 to i64
	%922 = getelementptr i16, i16* %out, i64 %921
	%923 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %899, float %898)
	%924 = bitcast i16* %922 to i32*
	store i32 %923, i32* %924
	%925 = shl i32 %13, 1
	%926 = add i32 8, %925
	%927 = add i32 %917, %926
	%928 = sext i32 %927 to i64
	%929 = getelementptr i16, i16* %out, i64 %928
	%930 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %901, float %900)
	%931 = bitcast i16* %929 to i32*
	store i32 %930, i32* %931
	%932 = shl i32 %13, 1
	%933 = add i32 16, %932
	%934 = add i32 %917, %933
	%935 = sext i32 %934 to i64
	%936 = getelementptr i16, i16* %out, i64 %935
	%937 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %903, float %902)
	%938 = bitcast i16* %936 to i32*
	store i32 %937, i32* %938
	%939 = shl i32 %13, 1
	%940 = add i32 24, %939
	%941 = add i32 %917, %940
	%942 = sext i32 %941 to i64
	%943 = getelementptr i16, i16* %out, i64 %942
	%944 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %905, float %904)
	%945 = bitcast i16* %943 to i32*
	store i32 %944, i32* %945
	%946 = shl i32 %13, 1
	%947 = add i32 32, %946
	%948 = add i32 %917, %947
	%949 = sext i32 %948 to i64
	%950 = getelementptr i16, i16* %out, i64 %949
	%951 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %907, float %906)
	%952 = bitcast i16* %950 to i32*
	store i32 %951, i32* %952
	%953 = shl i32 %13, 1
	%954 = add i32 40, %953
	%955 = add i32 %917, %954
	%956 = sext i32 %955 to i64
	%957 = getelementptr i16, i16* %out, i64 %956
	%958 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %909, float %908)
	%959 = bitcast i16* %957 to i32*
	store i32 %958, i32* %959
	%960 = shl i32 %13, 1
	%961 = add i32 48, %960
	%962 = add i32 %917, %961
	%963 = sext i32 %962 to i64
	%964 = getelementptr i16, i16* %out, i64 %963
	%965 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %911, float %910)
	%966 = bitcast i16* %964 to i32*
	store i32 %965, i32* %966
	%967 = shl i32 %13, 1
	%968 = add i32 56, %967
	%969 = add i32 %917, %968
	%970 = sext i32 %969 to i64
	%971 = getelementptr i16, i16* %out, i64 %970
	%972 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %913, float %912)
	%973 = bitcast i16* %971 to i32*
	store i32 %972, i32* %973
	br label %stored1

stored1:
	ret void
}

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @adfull_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @adfull_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @adfull_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @adfull_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @adfull_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @adfull_attn2, !"minctasm", i32 4}
