; proxy
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@proxy_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@proxy_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@proxy_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@proxy_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@proxy_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@proxy_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@proxy_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@proxy_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@proxy_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@proxy_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@proxy_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@proxy_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@proxy_select1_histm = internal addrspace(3) global [256 x i32] undef, align 16
@proxy_select1_bins = internal addrspace(3) global [4 x i32] undef, align 16
@proxy_adstats0_smem = internal addrspace(3) global [32768 x i8] undef, align 1024
@proxy_admass0_rows = internal addrspace(3) global [16 x float] undef, align 16
@proxy_attn2_smem = internal addrspace(3) global [24576 x i8] undef, align 1024

define ptx_kernel void @proxy_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %24
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
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %28
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
	%161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %32
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
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %36
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
	%179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %40
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
	%188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %44
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
	%197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %48
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
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %52
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
	%214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %211
	%215 = load i32, i32 addrspace(3)* %214
	%216 = bitcast i32 %215 to float
	%217 = fcmp one float %216, 0xFFF0000000000000
	%218 = select i1 %217, float %216, float -1.0
	%219 = bitcast float %218 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %211
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
	%233 = sub i32 64, 1
	%234 = add i32 %232, %233
	%235 = sdiv i32 %234, 64
	%236 = sub i32 0, %235
	%237 = sdiv i32 %224, 64
	%238 = select i1 %231, i32 %236, i32 %237
	%239 = icmp slt i32 %230, 0
	%240 = sub i32 0, %230
	%241 = sub i32 64, 1
	%242 = add i32 %240, %241
	%243 = sdiv i32 %242, 64
	%244 = sub i32 0, %243
	%245 = sdiv i32 %230, 64
	%246 = select i1 %239, i32 %244, i32 %245
	br label %247

247:
	%248 = phi i32 [ %0, %222 ], [ %292, %278 ]
	%249 = phi float [ 0.0, %222 ], [ %291, %278 ]
	%250 = icmp slt i32 %248, %16
	br i1 %250, label %251, label %259

251:
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %248
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
	%273 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 %270
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
	%289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %248
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
	%295 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 0
	%296 = load float, float addrspace(3)* %295
	%297 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 1
	%298 = load float, float addrspace(3)* %297
	%299 = fadd float %296, %298
	%300 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 2
	%301 = load float, float addrspace(3)* %300
	%302 = fadd float %299, %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 3
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 4
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 5
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 6
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @proxy_select1_red, i32 0, i32 7
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = fptosi float %317 to i32
	%319 = icmp eq i32 %0, 0
	br i1 %319, label %320, label %324

320:
	%321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 0
	%322 = load i32, i32 addrspace(3)* %321
	%323 = icmp eq i32 %322, 1
	br i1 %323, label %339, label %347

324:
	call void @llvm.nvvm.barrier0()
	%325 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 0
	%326 = load i32, i32 addrspace(3)* %325
	%327 = sub i32 %318, %326
	%328 = getelementptr [1 x double], [1 x double] addrspace(3)* @proxy_select1_mass, i32 0, i32 0
	%329 = load double, double addrspace(3)* %328
	%330 = fsub double 0x3FECCCCCCCCCCCCD, %329
	%331 = fmul double %330, 262144.0
	%332 = call double @llvm.ceil.f64(double %331)
	%333 = call double @llvm.maxnum.f64(double %332, double 0.0)
	%334 = call double @llvm.minnum.f64(double %333, double 1.073741824e+09)
	%335 = fptosi double %334 to i32
	%336 = add i32 %335, 1
	call void @llvm.nvvm.barrier0()
	%337 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %337
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %338
	call void @llvm.nvvm.barrier0()
	br label %393

339:
	%340 = add i32 %13, 0
	%341 = sext i32 %340 to i64
	%342 = getelementptr i32, i32* %list, i64 %341
	store i32 0, i32* %342
	%343 = add i32 %13, %NK
	%344 = add i32 %343, 0
	%345 = sext i32 %344 to i64
	%346 = getelementptr i32, i32* %list, i64 %345
	store i32 1, i32* %346
	br label %347

347:
	%348 = add i32 %11, 0
	%349 = sext i32 %348 to i64
	%350 = getelementptr float, float* %e, i64 %349
	%351 = load float, float* %350
	%352 = add i32 0, 1
	%353 = select i1 %323, i32 %352, i32 0
	%354 = fpext float %351 to double
	%355 = fadd double 0.0, %354
	%356 = select i1 %323, double %355, double 0.0
	%357 = icmp sgt i32 %238, 1
	%358 = select i1 %357, i32 %238, i32 1
	%359 = add i32 %246, 1
	%360 = icmp slt i32 %359, %NK
	%361 = select i1 %360, i32 %359, i32 %NK
	br label %362

362:
	%363 = phi i32 [ %358, %347 ], [ %392, %382 ]
	%364 = phi i32 [ %353, %347 ], [ %388, %382 ]
	%365 = phi double [ %356, %347 ], [ %391, %382 ]
	%366 = icmp slt i32 %363, %361
	br i1 %366, label %367, label %371

367:
	%368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %363
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp eq i32 %369, 1
	br i1 %370, label %374, label %382

371:
	%372 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 0
	store i32 %364, i32 addrspace(3)* %372
	%373 = getelementptr [1 x double], [1 x double] addrspace(3)* @proxy_select1_mass, i32 0, i32 0
	store double %365, double addrspace(3)* %373
	br label %324

374:
	%375 = add i32 %13, %364
	%376 = sext i32 %375 to i64
	%377 = getelementptr i32, i32* %list, i64 %376
	store i32 %363, i32* %377
	%378 = add i32 %13, %NK
	%379 = add i32 %378, %364
	%380 = sext i32 %379 to i64
	%381 = getelementptr i32, i32* %list, i64 %380
	store i32 1, i32* %381
	br label %382

382:
	%383 = add i32 %11, %363
	%384 = sext i32 %383 to i64
	%385 = getelementptr float, float* %e, i64 %384
	%386 = load float, float* %385
	%387 = add i32 %364, 1
	%388 = select i1 %370, i32 %387, i32 %364
	%389 = fpext float %386 to double
	%390 = fadd double %365, %389
	%391 = select i1 %370, double %390, double %365
	%392 = add i32 %363, 1
	br label %362

393:
	%394 = phi i32 [ %0, %324 ], [ %460, %459 ]
	%395 = icmp slt i32 %394, %16
	br i1 %395, label %396, label %412

396:
	%397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %394
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp uge i32 %398, 2
	%400 = and i32 %398, 0
	%401 = icmp eq i32 %400, 0
	%402 = and i1 %399, %401
	%403 = lshr i32 %398, 24
	%404 = and i32 %403, 255
	%405 = select i1 %402, i32 %404, i32 256
	%406 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %405)
	%407 = shl i32 1, %3
	%408 = sub i32 %407, 1
	%409 = and i32 %406, %408
	%410 = icmp eq i32 %409, 0
	%411 = and i1 %402, %410
	br i1 %411, label %441, label %445

412:
	call void @llvm.nvvm.barrier0()
	%413 = sub i32 255, %0
	%414 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %413
	%415 = load i32, i32 addrspace(3)* %414
	%416 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_histm, i32 0, i32 %413
	%417 = load i32, i32 addrspace(3)* %416
	%418 = and i32 %0, 31
	%419 = lshr i32 %0, 5
	%420 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %417, i32 1, i32 0)
	%421 = icmp uge i32 %418, 1
	%422 = select i1 %421, i32 %420, i32 0
	%423 = add i32 %417, %422
	%424 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %423, i32 2, i32 0)
	%425 = icmp uge i32 %418, 2
	%426 = select i1 %425, i32 %424, i32 0
	%427 = add i32 %423, %426
	%428 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %427, i32 4, i32 0)
	%429 = icmp uge i32 %418, 4
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %427, %430
	%432 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %431, i32 8, i32 0)
	%433 = icmp uge i32 %418, 8
	%434 = select i1 %433, i32 %432, i32 0
	%435 = add i32 %431, %434
	%436 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %435, i32 16, i32 0)
	%437 = icmp uge i32 %418, 16
	%438 = select i1 %437, i32 %436, i32 0
	%439 = add i32 %435, %438
	%440 = icmp eq i32 %418, 31
	br i1 %440, label %461, label %463

441:
	%442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %404
	%443 = call i32 @llvm.ctpop.i32(i32 %406)
	%444 = atomicrmw add i32 addrspace(3)* %442, i32 %443 monotonic
	br label %445

445:
	%446 = sub i32 %398, 2
	%447 = bitcast i32 %446 to float
	%448 = fcmp ogt float %447, 0.0
	%449 = select i1 %448, float %447, float 0.0
	%450 = fcmp olt float %449, 1.0
	%451 = select i1 %450, float %449, float 1.0
	%452 = fmul float %451, 262144.0
	%453 = fptosi float %452 to i32
	%454 = icmp sgt i32 %453, 0
	%455 = and i1 %402, %454
	br i1 %455, label %456, label %459

456:
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_histm, i32 0, i32 %404
	%458 = atomicrmw add i32 addrspace(3)* %457, i32 %453 monotonic
	br label %459

459:
	%460 = add i32 %394, 256
	br label %393

461:
	%462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %419
	store i32 %439, i32 addrspace(3)* %462
	br label %463

463:
	call void @llvm.nvvm.barrier0()
	%464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%465 = load i32, i32 addrspace(3)* %464
	%466 = icmp sgt i32 %419, 0
	%467 = select i1 %466, i32 %465, i32 0
	%468 = add i32 0, %467
	%469 = add i32 0, %465
	%470 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%471 = load i32, i32 addrspace(3)* %470
	%472 = icmp sgt i32 %419, 1
	%473 = select i1 %472, i32 %471, i32 0
	%474 = add i32 %468, %473
	%475 = add i32 %469, %471
	%476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%477 = load i32, i32 addrspace(3)* %476
	%478 = icmp sgt i32 %419, 2
	%479 = select i1 %478, i32 %477, i32 0
	%480 = add i32 %474, %479
	%481 = add i32 %475, %477
	%482 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp sgt i32 %419, 3
	%485 = select i1 %484, i32 %483, i32 0
	%486 = add i32 %480, %485
	%487 = add i32 %481, %483
	%488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp sgt i32 %419, 4
	%491 = select i1 %490, i32 %489, i32 0
	%492 = add i32 %486, %491
	%493 = add i32 %487, %489
	%494 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%495 = load i32, i32 addrspace(3)* %494
	%496 = icmp sgt i32 %419, 5
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %492, %497
	%499 = add i32 %493, %495
	%500 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%501 = load i32, i32 addrspace(3)* %500
	%502 = icmp sgt i32 %419, 6
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %498, %503
	%505 = add i32 %499, %501
	%506 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%507 = load i32, i32 addrspace(3)* %506
	%508 = icmp sgt i32 %419, 7
	%509 = select i1 %508, i32 %507, i32 0
	%510 = add i32 %504, %509
	%511 = add i32 %505, %507
	%512 = add i32 %510, %439
	%513 = sub i32 %512, %417
	%514 = and i32 %0, 31
	%515 = lshr i32 %0, 5
	%516 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %415, i32 1, i32 0)
	%517 = icmp uge i32 %514, 1
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %415, %518
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %519, i32 2, i32 0)
	%521 = icmp uge i32 %514, 2
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %519, %522
	%524 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %523, i32 4, i32 0)
	%525 = icmp uge i32 %514, 4
	%526 = select i1 %525, i32 %524, i32 0
	%527 = add i32 %523, %526
	%528 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %527, i32 8, i32 0)
	%529 = icmp uge i32 %514, 8
	%530 = select i1 %529, i32 %528, i32 0
	%531 = add i32 %527, %530
	%532 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %531, i32 16, i32 0)
	%533 = icmp uge i32 %514, 16
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %531, %534
	%536 = icmp eq i32 %514, 31
	br i1 %536, label %537, label %539

537:
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 %515
	store i32 %535, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %515, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %515, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %515, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %515, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %515, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %515, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %515, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 7
	%583 = load i32, i32 addrspace(3)* %582
	%584 = icmp sgt i32 %515, 7
	%585 = select i1 %584, i32 %583, i32 0
	%586 = add i32 %580, %585
	%587 = add i32 %581, %583
	%588 = add i32 %586, %535
	%589 = sub i32 %588, %415
	%590 = icmp slt i32 %513, %336
	%591 = add i32 %513, %417
	%592 = icmp sle i32 %336, %591
	%593 = and i1 %590, %592
	%594 = icmp slt i32 %511, %336
	%595 = icmp eq i32 %0, 0
	%596 = and i1 %594, %595
	%597 = or i1 %593, %596
	br i1 %597, label %598, label %604

598:
	%599 = select i1 %594, i32 0, i32 %413
	%600 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 0
	store i32 %599, i32 addrspace(3)* %600
	%601 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 1
	store i32 %513, i32 addrspace(3)* %601
	%602 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 2
	store i32 %589, i32 addrspace(3)* %602
	%603 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 3
	store i32 %415, i32 addrspace(3)* %603
	br label %604

604:
	call void @llvm.nvvm.barrier0()
	%605 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 0
	%606 = load i32, i32 addrspace(3)* %605
	%607 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 1
	%608 = load i32, i32 addrspace(3)* %607
	%609 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 2
	%610 = load i32, i32 addrspace(3)* %609
	%611 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 3
	%612 = load i32, i32 addrspace(3)* %611
	%613 = shl i32 %606, 24
	%614 = or i32 0, %613
	%615 = sub i32 %336, %608
	%616 = add i32 0, %610
	%617 = or i1 false, %594
	%618 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %619
	%620 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %620
	call void @llvm.nvvm.barrier0()
	br label %621

621:
	%622 = phi i32 [ %0, %604 ], [ %688, %687 ]
	%623 = icmp slt i32 %622, %16
	br i1 %623, label %624, label %640

624:
	%625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %622
	%626 = load i32, i32 addrspace(3)* %625
	%627 = icmp uge i32 %626, 2
	%628 = and i32 %626, %618
	%629 = icmp eq i32 %628, %614
	%630 = and i1 %627, %629
	%631 = lshr i32 %626, 16
	%632 = and i32 %631, 255
	%633 = select i1 %630, i32 %632, i32 256
	%634 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %633)
	%635 = shl i32 1, %3
	%636 = sub i32 %635, 1
	%637 = and i32 %634, %636
	%638 = icmp eq i32 %637, 0
	%639 = and i1 %630, %638
	br i1 %639, label %669, label %673

640:
	call void @llvm.nvvm.barrier0()
	%641 = sub i32 255, %0
	%642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %641
	%643 = load i32, i32 addrspace(3)* %642
	%644 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_histm, i32 0, i32 %641
	%645 = load i32, i32 addrspace(3)* %644
	%646 = and i32 %0, 31
	%647 = lshr i32 %0, 5
	%648 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %645, i32 1, i32 0)
	%649 = icmp uge i32 %646, 1
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %645, %650
	%652 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %651, i32 2, i32 0)
	%653 = icmp uge i32 %646, 2
	%654 = select i1 %653, i32 %652, i32 0
	%655 = add i32 %651, %654
	%656 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %655, i32 4, i32 0)
	%657 = icmp uge i32 %646, 4
	%658 = select i1 %657, i32 %656, i32 0
	%659 = add i32 %655, %658
	%660 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %659, i32 8, i32 0)
	%661 = icmp uge i32 %646, 8
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %659, %662
	%664 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %663, i32 16, i32 0)
	%665 = icmp uge i32 %646, 16
	%666 = select i1 %665, i32 %664, i32 0
	%667 = add i32 %663, %666
	%668 = icmp eq i32 %646, 31
	br i1 %668, label %689, label %691

669:
	%670 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %632
	%671 = call i32 @llvm.ctpop.i32(i32 %634)
	%672 = atomicrmw add i32 addrspace(3)* %670, i32 %671 monotonic
	br label %673

673:
	%674 = sub i32 %626, 2
	%675 = bitcast i32 %674 to float
	%676 = fcmp ogt float %675, 0.0
	%677 = select i1 %676, float %675, float 0.0
	%678 = fcmp olt float %677, 1.0
	%679 = select i1 %678, float %677, float 1.0
	%680 = fmul float %679, 262144.0
	%681 = fptosi float %680 to i32
	%682 = icmp sgt i32 %681, 0
	%683 = and i1 %630, %682
	br i1 %683, label %684, label %687

684:
	%685 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_histm, i32 0, i32 %632
	%686 = atomicrmw add i32 addrspace(3)* %685, i32 %681 monotonic
	br label %687

687:
	%688 = add i32 %622, 256
	br label %621

689:
	%690 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %647
	store i32 %667, i32 addrspace(3)* %690
	br label %691

691:
	call void @llvm.nvvm.barrier0()
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %647, 0
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 0, %695
	%697 = add i32 0, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %647, 1
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %647, 2
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %647, 3
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %647, 4
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %647, 5
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %647, 6
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%735 = load i32, i32 addrspace(3)* %734
	%736 = icmp sgt i32 %647, 7
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = add i32 %733, %735
	%740 = add i32 %738, %667
	%741 = sub i32 %740, %645
	%742 = and i32 %0, 31
	%743 = lshr i32 %0, 5
	%744 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %643, i32 1, i32 0)
	%745 = icmp uge i32 %742, 1
	%746 = select i1 %745, i32 %744, i32 0
	%747 = add i32 %643, %746
	%748 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %747, i32 2, i32 0)
	%749 = icmp uge i32 %742, 2
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %747, %750
	%752 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %751, i32 4, i32 0)
	%753 = icmp uge i32 %742, 4
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %751, %754
	%756 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %755, i32 8, i32 0)
	%757 = icmp uge i32 %742, 8
	%758 = select i1 %757, i32 %756, i32 0
	%759 = add i32 %755, %758
	%760 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %759, i32 16, i32 0)
	%761 = icmp uge i32 %742, 16
	%762 = select i1 %761, i32 %760, i32 0
	%763 = add i32 %759, %762
	%764 = icmp eq i32 %742, 31
	br i1 %764, label %765, label %767

765:
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 %743
	store i32 %763, i32 addrspace(3)* %766
	br label %767

767:
	call void @llvm.nvvm.barrier0()
	%768 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 0
	%769 = load i32, i32 addrspace(3)* %768
	%770 = icmp sgt i32 %743, 0
	%771 = select i1 %770, i32 %769, i32 0
	%772 = add i32 0, %771
	%773 = add i32 0, %769
	%774 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 1
	%775 = load i32, i32 addrspace(3)* %774
	%776 = icmp sgt i32 %743, 1
	%777 = select i1 %776, i32 %775, i32 0
	%778 = add i32 %772, %777
	%779 = add i32 %773, %775
	%780 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 2
	%781 = load i32, i32 addrspace(3)* %780
	%782 = icmp sgt i32 %743, 2
	%783 = select i1 %782, i32 %781, i32 0
	%784 = add i32 %778, %783
	%785 = add i32 %779, %781
	%786 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 3
	%787 = load i32, i32 addrspace(3)* %786
	%788 = icmp sgt i32 %743, 3
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %784, %789
	%791 = add i32 %785, %787
	%792 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 4
	%793 = load i32, i32 addrspace(3)* %792
	%794 = icmp sgt i32 %743, 4
	%795 = select i1 %794, i32 %793, i32 0
	%796 = add i32 %790, %795
	%797 = add i32 %791, %793
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 5
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %743, 5
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 %796, %801
	%803 = add i32 %797, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 6
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %743, 6
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 7
	%811 = load i32, i32 addrspace(3)* %810
	%812 = icmp sgt i32 %743, 7
	%813 = select i1 %812, i32 %811, i32 0
	%814 = add i32 %808, %813
	%815 = add i32 %809, %811
	%816 = add i32 %814, %763
	%817 = sub i32 %816, %643
	%818 = icmp slt i32 %741, %615
	%819 = add i32 %741, %645
	%820 = icmp sle i32 %615, %819
	%821 = and i1 %818, %820
	%822 = icmp slt i32 %739, %615
	%823 = icmp eq i32 %0, 0
	%824 = and i1 %822, %823
	%825 = or i1 %821, %824
	br i1 %825, label %826, label %832

826:
	%827 = select i1 %822, i32 0, i32 %641
	%828 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 0
	store i32 %827, i32 addrspace(3)* %828
	%829 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 1
	store i32 %741, i32 addrspace(3)* %829
	%830 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 2
	store i32 %817, i32 addrspace(3)* %830
	%831 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 3
	store i32 %643, i32 addrspace(3)* %831
	br label %832

832:
	call void @llvm.nvvm.barrier0()
	%833 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 0
	%834 = load i32, i32 addrspace(3)* %833
	%835 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 1
	%836 = load i32, i32 addrspace(3)* %835
	%837 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 2
	%838 = load i32, i32 addrspace(3)* %837
	%839 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_bins, i32 0, i32 3
	%840 = load i32, i32 addrspace(3)* %839
	%841 = shl i32 %834, 16
	%842 = or i32 %614, %841
	%843 = sub i32 %615, %836
	%844 = add i32 %616, %838
	%845 = or i1 %617, %822
	%846 = or i32 %618, u0xFF0000
	%847 = add i32 %844, %840
	%848 = select i1 %845, i32 %327, i32 %847
	%849 = select i1 %845, i32 2, i32 %842
	%850 = icmp sge i32 %848, 0
	%851 = sub i32 %849, 1
	%852 = icmp slt i32 0, %327
	%853 = select i1 %852, i32 0, i32 %327
	%854 = select i1 %850, i32 %848, i32 %853
	br label %mass

mass:
	%855 = phi i32 [ %854, %832 ], [ %1821, %1809 ]
	%856 = phi i1 [ true, %832 ], [ false, %1809 ]
	%857 = and i1 %856, %850
	br i1 %857, label %mass_bins, label %mass_topk

mass_done:
	%858 = icmp sgt i32 %1811, 0
	%859 = select i1 %858, i32 %1811, i32 0
	%860 = add i32 %326, %859
	%861 = add i32 %860, %0
	br label %2294

mass_bins:
	%862 = shl i32 1, %3
	%863 = sub i32 %862, 1
	br label %872

mass_topk:
	%864 = icmp sgt i32 %855, 0
	br i1 %864, label %topk, label %topk_done

mass_taken:
	%865 = sub i32 %855, 1
	%866 = call i32 @llvm.ctlz.i32(i32 %865, i1 false)
	%867 = icmp sgt i32 %855, 1
	%868 = sub i32 32, %866
	%869 = select i1 %867, i32 %868, i32 0
	%870 = shl i32 1, %869
	%871 = add i32 %855, %0
	br label %1723

872:
	%873 = phi i32 [ 0, %mass_bins ], [ %921, %920 ]
	%874 = icmp slt i32 %873, %16
	br i1 %874, label %875, label %883

875:
	%876 = add i32 %873, %0
	%877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %876
	%878 = load i32, i32 addrspace(3)* %877
	%879 = icmp ugt i32 %878, %851
	%880 = icmp eq i32 %878, %851
	%881 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %879)
	%882 = icmp eq i32 %3, 0
	br i1 %882, label %914, label %920

883:
	call void @llvm.nvvm.barrier0()
	%884 = sdiv i32 %16, 256
	%885 = mul i32 %884, 8
	%886 = icmp slt i32 %0, %885
	%887 = select i1 %886, i32 %0, i32 0
	%888 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %887
	%889 = load i32, i32 addrspace(3)* %888
	%890 = select i1 %886, i32 %889, i32 0
	%891 = and i32 %0, 31
	%892 = lshr i32 %0, 5
	%893 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %890, i32 1, i32 0)
	%894 = icmp uge i32 %891, 1
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %890, %895
	%897 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %896, i32 2, i32 0)
	%898 = icmp uge i32 %891, 2
	%899 = select i1 %898, i32 %897, i32 0
	%900 = add i32 %896, %899
	%901 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %900, i32 4, i32 0)
	%902 = icmp uge i32 %891, 4
	%903 = select i1 %902, i32 %901, i32 0
	%904 = add i32 %900, %903
	%905 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %904, i32 8, i32 0)
	%906 = icmp uge i32 %891, 8
	%907 = select i1 %906, i32 %905, i32 0
	%908 = add i32 %904, %907
	%909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %908, i32 16, i32 0)
	%910 = icmp uge i32 %891, 16
	%911 = select i1 %910, i32 %909, i32 0
	%912 = add i32 %908, %911
	%913 = icmp eq i32 %891, 31
	br i1 %913, label %922, label %924

914:
	%915 = sdiv i32 %873, 256
	%916 = mul i32 %915, 8
	%917 = add i32 %916, %4
	%918 = call i32 @llvm.ctpop.i32(i32 %881)
	%919 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %917
	store i32 %918, i32 addrspace(3)* %919
	br label %920

920:
	%921 = add i32 %873, 256
	br label %872

922:
	%923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 %892
	store i32 %912, i32 addrspace(3)* %923
	br label %924

924:
	call void @llvm.nvvm.barrier0()
	%925 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 0
	%926 = load i32, i32 addrspace(3)* %925
	%927 = icmp sgt i32 %892, 0
	%928 = select i1 %927, i32 %926, i32 0
	%929 = add i32 0, %928
	%930 = add i32 0, %926
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 1
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %892, 1
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 %929, %934
	%936 = add i32 %930, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 2
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %892, 2
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 3
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %892, 3
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 4
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %892, 4
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 5
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %892, 5
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 6
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %892, 6
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 7
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %892, 7
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = add i32 %971, %912
	%974 = sub i32 %973, %890
	br i1 %886, label %975, label %977

975:
	%976 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %0
	store i32 %974, i32 addrspace(3)* %976
	br label %977

977:
	call void @llvm.nvvm.barrier0()
	br label %978

978:
	%979 = phi i32 [ 0, %977 ], [ %1002, %1001 ]
	%980 = icmp slt i32 %979, %16
	br i1 %980, label %981, label %997

981:
	%982 = add i32 %979, %0
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %851
	%986 = icmp eq i32 %984, %851
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = sdiv i32 %979, 256
	%989 = mul i32 %988, 8
	%990 = add i32 %989, %4
	%991 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%992 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %990
	%993 = load i32, i32 addrspace(3)* %992
	%994 = and i32 %991, %863
	%995 = call i32 @llvm.ctpop.i32(i32 %994)
	%996 = add i32 %993, %995
	br i1 %985, label %998, label %1001

997:
	call void @llvm.nvvm.barrier0()
	br label %mass_taken

998:
	%999 = add i32 %979, %0
	%1000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %996
	store i32 %999, i32 addrspace(3)* %1000
	br label %1001

1001:
	%1002 = add i32 %979, 256
	br label %978

topk:
	call void @llvm.nvvm.barrier0()
	%1003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1003
	call void @llvm.nvvm.barrier0()
	br label %1004

topk_done:
	br label %mass_taken

1004:
	%1005 = phi i32 [ %0, %topk ], [ %1056, %1055 ]
	%1006 = icmp slt i32 %1005, %16
	br i1 %1006, label %1007, label %1023

1007:
	%1008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1005
	%1009 = load i32, i32 addrspace(3)* %1008
	%1010 = icmp uge i32 %1009, 2
	%1011 = and i32 %1009, 0
	%1012 = icmp eq i32 %1011, 0
	%1013 = and i1 %1010, %1012
	%1014 = lshr i32 %1009, 24
	%1015 = and i32 %1014, 255
	%1016 = select i1 %1013, i32 %1015, i32 256
	%1017 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1016)
	%1018 = shl i32 1, %3
	%1019 = sub i32 %1018, 1
	%1020 = and i32 %1017, %1019
	%1021 = icmp eq i32 %1020, 0
	%1022 = and i1 %1013, %1021
	br i1 %1022, label %1051, label %1055

1023:
	call void @llvm.nvvm.barrier0()
	%1024 = sub i32 255, %0
	%1025 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %1024
	%1026 = load i32, i32 addrspace(3)* %1025
	%1027 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1027
	%1028 = and i32 %0, 31
	%1029 = lshr i32 %0, 5
	%1030 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1026, i32 1, i32 0)
	%1031 = icmp uge i32 %1028, 1
	%1032 = select i1 %1031, i32 %1030, i32 0
	%1033 = add i32 %1026, %1032
	%1034 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1033, i32 2, i32 0)
	%1035 = icmp uge i32 %1028, 2
	%1036 = select i1 %1035, i32 %1034, i32 0
	%1037 = add i32 %1033, %1036
	%1038 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1037, i32 4, i32 0)
	%1039 = icmp uge i32 %1028, 4
	%1040 = select i1 %1039, i32 %1038, i32 0
	%1041 = add i32 %1037, %1040
	%1042 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1041, i32 8, i32 0)
	%1043 = icmp uge i32 %1028, 8
	%1044 = select i1 %1043, i32 %1042, i32 0
	%1045 = add i32 %1041, %1044
	%1046 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1045, i32 16, i32 0)
	%1047 = icmp uge i32 %1028, 16
	%1048 = select i1 %1047, i32 %1046, i32 0
	%1049 = add i32 %1045, %1048
	%1050 = icmp eq i32 %1028, 31
	br i1 %1050, label %1057, label %1059

1051:
	%1052 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %1015
	%1053 = call i32 @llvm.ctpop.i32(i32 %1017)
	%1054 = atomicrmw add i32 addrspace(3)* %1052, i32 %1053 monotonic
	br label %1055

1055:
	%1056 = add i32 %1005, 256
	br label %1004

1057:
	%1058 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %1029
	store i32 %1049, i32 addrspace(3)* %1058
	br label %1059

1059:
	call void @llvm.nvvm.barrier0()
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %1029, 0
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 0, %1063
	%1065 = add i32 0, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %1029, 1
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %1029, 2
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%1079 = load i32, i32 addrspace(3)* %1078
	%1080 = icmp sgt i32 %1029, 3
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = add i32 %1076, %1081
	%1083 = add i32 %1077, %1079
	%1084 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = icmp sgt i32 %1029, 4
	%1087 = select i1 %1086, i32 %1085, i32 0
	%1088 = add i32 %1082, %1087
	%1089 = add i32 %1083, %1085
	%1090 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%1091 = load i32, i32 addrspace(3)* %1090
	%1092 = icmp sgt i32 %1029, 5
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = add i32 %1088, %1093
	%1095 = add i32 %1089, %1091
	%1096 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%1097 = load i32, i32 addrspace(3)* %1096
	%1098 = icmp sgt i32 %1029, 6
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 %1094, %1099
	%1101 = add i32 %1095, %1097
	%1102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%1103 = load i32, i32 addrspace(3)* %1102
	%1104 = icmp sgt i32 %1029, 7
	%1105 = select i1 %1104, i32 %1103, i32 0
	%1106 = add i32 %1100, %1105
	%1107 = add i32 %1101, %1103
	%1108 = add i32 %1106, %1049
	%1109 = sub i32 %1108, %1026
	%1110 = icmp slt i32 %1109, %855
	%1111 = add i32 %1109, %1026
	%1112 = icmp sle i32 %855, %1111
	%1113 = and i1 %1110, %1112
	br i1 %1113, label %1114, label %1117

1114:
	%1115 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %1024, i32 addrspace(3)* %1115
	%1116 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %1109, i32 addrspace(3)* %1116
	br label %1117

1117:
	call void @llvm.nvvm.barrier0()
	%1118 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%1121 = load i32, i32 addrspace(3)* %1120
	%1122 = sub i32 %855, %1121
	%1123 = shl i32 %1119, 24
	%1124 = or i32 0, %1123
	%1125 = or i32 0, u0xFF000000
	br label %1126

1126:
	%1127 = phi i32 [ %0, %1117 ], [ %1178, %1177 ]
	%1128 = icmp slt i32 %1127, %16
	br i1 %1128, label %1129, label %1145

1129:
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1127
	%1131 = load i32, i32 addrspace(3)* %1130
	%1132 = icmp uge i32 %1131, 2
	%1133 = and i32 %1131, %1125
	%1134 = icmp eq i32 %1133, %1124
	%1135 = and i1 %1132, %1134
	%1136 = lshr i32 %1131, 16
	%1137 = and i32 %1136, 255
	%1138 = select i1 %1135, i32 %1137, i32 256
	%1139 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1138)
	%1140 = shl i32 1, %3
	%1141 = sub i32 %1140, 1
	%1142 = and i32 %1139, %1141
	%1143 = icmp eq i32 %1142, 0
	%1144 = and i1 %1135, %1143
	br i1 %1144, label %1173, label %1177

1145:
	call void @llvm.nvvm.barrier0()
	%1146 = sub i32 255, %0
	%1147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist2, i32 0, i32 %1146
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1149
	%1150 = and i32 %0, 31
	%1151 = lshr i32 %0, 5
	%1152 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1148, i32 1, i32 0)
	%1153 = icmp uge i32 %1150, 1
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = add i32 %1148, %1154
	%1156 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1155, i32 2, i32 0)
	%1157 = icmp uge i32 %1150, 2
	%1158 = select i1 %1157, i32 %1156, i32 0
	%1159 = add i32 %1155, %1158
	%1160 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1159, i32 4, i32 0)
	%1161 = icmp uge i32 %1150, 4
	%1162 = select i1 %1161, i32 %1160, i32 0
	%1163 = add i32 %1159, %1162
	%1164 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1163, i32 8, i32 0)
	%1165 = icmp uge i32 %1150, 8
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = add i32 %1163, %1166
	%1168 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1167, i32 16, i32 0)
	%1169 = icmp uge i32 %1150, 16
	%1170 = select i1 %1169, i32 %1168, i32 0
	%1171 = add i32 %1167, %1170
	%1172 = icmp eq i32 %1150, 31
	br i1 %1172, label %1179, label %1181

1173:
	%1174 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist2, i32 0, i32 %1137
	%1175 = call i32 @llvm.ctpop.i32(i32 %1139)
	%1176 = atomicrmw add i32 addrspace(3)* %1174, i32 %1175 monotonic
	br label %1177

1177:
	%1178 = add i32 %1127, 256
	br label %1126

1179:
	%1180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %1151
	store i32 %1171, i32 addrspace(3)* %1180
	br label %1181

1181:
	call void @llvm.nvvm.barrier0()
	%1182 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%1183 = load i32, i32 addrspace(3)* %1182
	%1184 = icmp sgt i32 %1151, 0
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = add i32 0, %1185
	%1187 = add i32 0, %1183
	%1188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%1189 = load i32, i32 addrspace(3)* %1188
	%1190 = icmp sgt i32 %1151, 1
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = add i32 %1186, %1191
	%1193 = add i32 %1187, %1189
	%1194 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = icmp sgt i32 %1151, 2
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = add i32 %1192, %1197
	%1199 = add i32 %1193, %1195
	%1200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = icmp sgt i32 %1151, 3
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = add i32 %1198, %1203
	%1205 = add i32 %1199, %1201
	%1206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = icmp sgt i32 %1151, 4
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = add i32 %1204, %1209
	%1211 = add i32 %1205, %1207
	%1212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = icmp sgt i32 %1151, 5
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = add i32 %1210, %1215
	%1217 = add i32 %1211, %1213
	%1218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = icmp sgt i32 %1151, 6
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 %1216, %1221
	%1223 = add i32 %1217, %1219
	%1224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%1225 = load i32, i32 addrspace(3)* %1224
	%1226 = icmp sgt i32 %1151, 7
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = add i32 %1222, %1227
	%1229 = add i32 %1223, %1225
	%1230 = add i32 %1228, %1171
	%1231 = sub i32 %1230, %1148
	%1232 = icmp slt i32 %1231, %1122
	%1233 = add i32 %1231, %1148
	%1234 = icmp sle i32 %1122, %1233
	%1235 = and i1 %1232, %1234
	br i1 %1235, label %1236, label %1239

1236:
	%1237 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %1146, i32 addrspace(3)* %1237
	%1238 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %1231, i32 addrspace(3)* %1238
	br label %1239

1239:
	call void @llvm.nvvm.barrier0()
	%1240 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%1241 = load i32, i32 addrspace(3)* %1240
	%1242 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%1243 = load i32, i32 addrspace(3)* %1242
	%1244 = sub i32 %1122, %1243
	%1245 = shl i32 %1241, 16
	%1246 = or i32 %1124, %1245
	%1247 = or i32 %1125, u0xFF0000
	br label %1248

1248:
	%1249 = phi i32 [ %0, %1239 ], [ %1300, %1299 ]
	%1250 = icmp slt i32 %1249, %16
	br i1 %1250, label %1251, label %1267

1251:
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1249
	%1253 = load i32, i32 addrspace(3)* %1252
	%1254 = icmp uge i32 %1253, 2
	%1255 = and i32 %1253, %1247
	%1256 = icmp eq i32 %1255, %1246
	%1257 = and i1 %1254, %1256
	%1258 = lshr i32 %1253, 8
	%1259 = and i32 %1258, 255
	%1260 = select i1 %1257, i32 %1259, i32 256
	%1261 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1260)
	%1262 = shl i32 1, %3
	%1263 = sub i32 %1262, 1
	%1264 = and i32 %1261, %1263
	%1265 = icmp eq i32 %1264, 0
	%1266 = and i1 %1257, %1265
	br i1 %1266, label %1295, label %1299

1267:
	call void @llvm.nvvm.barrier0()
	%1268 = sub i32 255, %0
	%1269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %1268
	%1270 = load i32, i32 addrspace(3)* %1269
	%1271 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist2, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1271
	%1272 = and i32 %0, 31
	%1273 = lshr i32 %0, 5
	%1274 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1270, i32 1, i32 0)
	%1275 = icmp uge i32 %1272, 1
	%1276 = select i1 %1275, i32 %1274, i32 0
	%1277 = add i32 %1270, %1276
	%1278 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1277, i32 2, i32 0)
	%1279 = icmp uge i32 %1272, 2
	%1280 = select i1 %1279, i32 %1278, i32 0
	%1281 = add i32 %1277, %1280
	%1282 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1281, i32 4, i32 0)
	%1283 = icmp uge i32 %1272, 4
	%1284 = select i1 %1283, i32 %1282, i32 0
	%1285 = add i32 %1281, %1284
	%1286 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1285, i32 8, i32 0)
	%1287 = icmp uge i32 %1272, 8
	%1288 = select i1 %1287, i32 %1286, i32 0
	%1289 = add i32 %1285, %1288
	%1290 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1289, i32 16, i32 0)
	%1291 = icmp uge i32 %1272, 16
	%1292 = select i1 %1291, i32 %1290, i32 0
	%1293 = add i32 %1289, %1292
	%1294 = icmp eq i32 %1272, 31
	br i1 %1294, label %1301, label %1303

1295:
	%1296 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %1259
	%1297 = call i32 @llvm.ctpop.i32(i32 %1261)
	%1298 = atomicrmw add i32 addrspace(3)* %1296, i32 %1297 monotonic
	br label %1299

1299:
	%1300 = add i32 %1249, 256
	br label %1248

1301:
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %1273
	store i32 %1293, i32 addrspace(3)* %1302
	br label %1303

1303:
	call void @llvm.nvvm.barrier0()
	%1304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = icmp sgt i32 %1273, 0
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = add i32 0, %1307
	%1309 = add i32 0, %1305
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1273, 1
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 %1308, %1313
	%1315 = add i32 %1309, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1273, 2
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1273, 3
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = icmp sgt i32 %1273, 4
	%1331 = select i1 %1330, i32 %1329, i32 0
	%1332 = add i32 %1326, %1331
	%1333 = add i32 %1327, %1329
	%1334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = icmp sgt i32 %1273, 5
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = add i32 %1332, %1337
	%1339 = add i32 %1333, %1335
	%1340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%1341 = load i32, i32 addrspace(3)* %1340
	%1342 = icmp sgt i32 %1273, 6
	%1343 = select i1 %1342, i32 %1341, i32 0
	%1344 = add i32 %1338, %1343
	%1345 = add i32 %1339, %1341
	%1346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = icmp sgt i32 %1273, 7
	%1349 = select i1 %1348, i32 %1347, i32 0
	%1350 = add i32 %1344, %1349
	%1351 = add i32 %1345, %1347
	%1352 = add i32 %1350, %1293
	%1353 = sub i32 %1352, %1270
	%1354 = icmp slt i32 %1353, %1244
	%1355 = add i32 %1353, %1270
	%1356 = icmp sle i32 %1244, %1355
	%1357 = and i1 %1354, %1356
	br i1 %1357, label %1358, label %1361

1358:
	%1359 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %1268, i32 addrspace(3)* %1359
	%1360 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %1353, i32 addrspace(3)* %1360
	br label %1361

1361:
	call void @llvm.nvvm.barrier0()
	%1362 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%1363 = load i32, i32 addrspace(3)* %1362
	%1364 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%1365 = load i32, i32 addrspace(3)* %1364
	%1366 = sub i32 %1244, %1365
	%1367 = shl i32 %1363, 8
	%1368 = or i32 %1246, %1367
	%1369 = or i32 %1247, u0xFF00
	br label %1370

1370:
	%1371 = phi i32 [ %0, %1361 ], [ %1422, %1421 ]
	%1372 = icmp slt i32 %1371, %16
	br i1 %1372, label %1373, label %1389

1373:
	%1374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1371
	%1375 = load i32, i32 addrspace(3)* %1374
	%1376 = icmp uge i32 %1375, 2
	%1377 = and i32 %1375, %1369
	%1378 = icmp eq i32 %1377, %1368
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1375, 0
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1417, label %1421

1389:
	call void @llvm.nvvm.barrier0()
	%1390 = sub i32 255, %0
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist2, i32 0, i32 %1390
	%1392 = load i32, i32 addrspace(3)* %1391
	%1393 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %1393
	%1394 = and i32 %0, 31
	%1395 = lshr i32 %0, 5
	%1396 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1392, i32 1, i32 0)
	%1397 = icmp uge i32 %1394, 1
	%1398 = select i1 %1397, i32 %1396, i32 0
	%1399 = add i32 %1392, %1398
	%1400 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1399, i32 2, i32 0)
	%1401 = icmp uge i32 %1394, 2
	%1402 = select i1 %1401, i32 %1400, i32 0
	%1403 = add i32 %1399, %1402
	%1404 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1403, i32 4, i32 0)
	%1405 = icmp uge i32 %1394, 4
	%1406 = select i1 %1405, i32 %1404, i32 0
	%1407 = add i32 %1403, %1406
	%1408 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1407, i32 8, i32 0)
	%1409 = icmp uge i32 %1394, 8
	%1410 = select i1 %1409, i32 %1408, i32 0
	%1411 = add i32 %1407, %1410
	%1412 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1411, i32 16, i32 0)
	%1413 = icmp uge i32 %1394, 16
	%1414 = select i1 %1413, i32 %1412, i32 0
	%1415 = add i32 %1411, %1414
	%1416 = icmp eq i32 %1394, 31
	br i1 %1416, label %1423, label %1425

1417:
	%1418 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @proxy_select1_hist2, i32 0, i32 %1381
	%1419 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1420 = atomicrmw add i32 addrspace(3)* %1418, i32 %1419 monotonic
	br label %1421

1421:
	%1422 = add i32 %1371, 256
	br label %1370

1423:
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %1395
	store i32 %1415, i32 addrspace(3)* %1424
	br label %1425

1425:
	call void @llvm.nvvm.barrier0()
	%1426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%1427 = load i32, i32 addrspace(3)* %1426
	%1428 = icmp sgt i32 %1395, 0
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 0, %1429
	%1431 = add i32 0, %1427
	%1432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%1433 = load i32, i32 addrspace(3)* %1432
	%1434 = icmp sgt i32 %1395, 1
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1430, %1435
	%1437 = add i32 %1431, %1433
	%1438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%1439 = load i32, i32 addrspace(3)* %1438
	%1440 = icmp sgt i32 %1395, 2
	%1441 = select i1 %1440, i32 %1439, i32 0
	%1442 = add i32 %1436, %1441
	%1443 = add i32 %1437, %1439
	%1444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = icmp sgt i32 %1395, 3
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1442, %1447
	%1449 = add i32 %1443, %1445
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%1451 = load i32, i32 addrspace(3)* %1450
	%1452 = icmp sgt i32 %1395, 4
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1448, %1453
	%1455 = add i32 %1449, %1451
	%1456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%1457 = load i32, i32 addrspace(3)* %1456
	%1458 = icmp sgt i32 %1395, 5
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = add i32 %1455, %1457
	%1462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = icmp sgt i32 %1395, 6
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = add i32 %1460, %1465
	%1467 = add i32 %1461, %1463
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%1469 = load i32, i32 addrspace(3)* %1468
	%1470 = icmp sgt i32 %1395, 7
	%1471 = select i1 %1470, i32 %1469, i32 0
	%1472 = add i32 %1466, %1471
	%1473 = add i32 %1467, %1469
	%1474 = add i32 %1472, %1415
	%1475 = sub i32 %1474, %1392
	%1476 = icmp slt i32 %1475, %1366
	%1477 = add i32 %1475, %1392
	%1478 = icmp sle i32 %1366, %1477
	%1479 = and i1 %1476, %1478
	br i1 %1479, label %1480, label %1483

1480:
	%1481 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	store i32 %1390, i32 addrspace(3)* %1481
	%1482 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	store i32 %1475, i32 addrspace(3)* %1482
	br label %1483

1483:
	call void @llvm.nvvm.barrier0()
	%1484 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 0
	%1485 = load i32, i32 addrspace(3)* %1484
	%1486 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @proxy_select1_sel, i32 0, i32 1
	%1487 = load i32, i32 addrspace(3)* %1486
	%1488 = sub i32 %1366, %1487
	%1489 = shl i32 %1485, 0
	%1490 = or i32 %1368, %1489
	%1491 = or i32 %1369, 255
	%1492 = shl i32 1, %3
	%1493 = sub i32 %1492, 1
	br label %1494

1494:
	%1495 = phi i32 [ 0, %1483 ], [ %1549, %1548 ]
	%1496 = icmp slt i32 %1495, %16
	br i1 %1496, label %1497, label %1506

1497:
	%1498 = add i32 %1495, %0
	%1499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1498
	%1500 = load i32, i32 addrspace(3)* %1499
	%1501 = icmp ugt i32 %1500, %1490
	%1502 = icmp eq i32 %1500, %1490
	%1503 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1501)
	%1504 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1502)
	%1505 = icmp eq i32 %3, 0
	br i1 %1505, label %1540, label %1548

1506:
	call void @llvm.nvvm.barrier0()
	%1507 = sdiv i32 %16, 256
	%1508 = mul i32 %1507, 8
	%1509 = icmp slt i32 %0, %1508
	%1510 = select i1 %1509, i32 %0, i32 0
	%1511 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %1510
	%1512 = load i32, i32 addrspace(3)* %1511
	%1513 = select i1 %1509, i32 %1512, i32 0
	%1514 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpt, i32 0, i32 %1510
	%1515 = load i32, i32 addrspace(3)* %1514
	%1516 = select i1 %1509, i32 %1515, i32 0
	%1517 = and i32 %0, 31
	%1518 = lshr i32 %0, 5
	%1519 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1516, i32 1, i32 0)
	%1520 = icmp uge i32 %1517, 1
	%1521 = select i1 %1520, i32 %1519, i32 0
	%1522 = add i32 %1516, %1521
	%1523 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1522, i32 2, i32 0)
	%1524 = icmp uge i32 %1517, 2
	%1525 = select i1 %1524, i32 %1523, i32 0
	%1526 = add i32 %1522, %1525
	%1527 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1526, i32 4, i32 0)
	%1528 = icmp uge i32 %1517, 4
	%1529 = select i1 %1528, i32 %1527, i32 0
	%1530 = add i32 %1526, %1529
	%1531 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1530, i32 8, i32 0)
	%1532 = icmp uge i32 %1517, 8
	%1533 = select i1 %1532, i32 %1531, i32 0
	%1534 = add i32 %1530, %1533
	%1535 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1534, i32 16, i32 0)
	%1536 = icmp uge i32 %1517, 16
	%1537 = select i1 %1536, i32 %1535, i32 0
	%1538 = add i32 %1534, %1537
	%1539 = icmp eq i32 %1517, 31
	br i1 %1539, label %1550, label %1552

1540:
	%1541 = sdiv i32 %1495, 256
	%1542 = mul i32 %1541, 8
	%1543 = add i32 %1542, %4
	%1544 = call i32 @llvm.ctpop.i32(i32 %1503)
	%1545 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %1543
	store i32 %1544, i32 addrspace(3)* %1545
	%1546 = call i32 @llvm.ctpop.i32(i32 %1504)
	%1547 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpt, i32 0, i32 %1543
	store i32 %1546, i32 addrspace(3)* %1547
	br label %1548

1548:
	%1549 = add i32 %1495, 256
	br label %1494

1550:
	%1551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 %1518
	store i32 %1538, i32 addrspace(3)* %1551
	br label %1552

1552:
	call void @llvm.nvvm.barrier0()
	%1553 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 0
	%1554 = load i32, i32 addrspace(3)* %1553
	%1555 = icmp sgt i32 %1518, 0
	%1556 = select i1 %1555, i32 %1554, i32 0
	%1557 = add i32 0, %1556
	%1558 = add i32 0, %1554
	%1559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 1
	%1560 = load i32, i32 addrspace(3)* %1559
	%1561 = icmp sgt i32 %1518, 1
	%1562 = select i1 %1561, i32 %1560, i32 0
	%1563 = add i32 %1557, %1562
	%1564 = add i32 %1558, %1560
	%1565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 2
	%1566 = load i32, i32 addrspace(3)* %1565
	%1567 = icmp sgt i32 %1518, 2
	%1568 = select i1 %1567, i32 %1566, i32 0
	%1569 = add i32 %1563, %1568
	%1570 = add i32 %1564, %1566
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 3
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = icmp sgt i32 %1518, 3
	%1574 = select i1 %1573, i32 %1572, i32 0
	%1575 = add i32 %1569, %1574
	%1576 = add i32 %1570, %1572
	%1577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 4
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp sgt i32 %1518, 4
	%1580 = select i1 %1579, i32 %1578, i32 0
	%1581 = add i32 %1575, %1580
	%1582 = add i32 %1576, %1578
	%1583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 5
	%1584 = load i32, i32 addrspace(3)* %1583
	%1585 = icmp sgt i32 %1518, 5
	%1586 = select i1 %1585, i32 %1584, i32 0
	%1587 = add i32 %1581, %1586
	%1588 = add i32 %1582, %1584
	%1589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 6
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = icmp sgt i32 %1518, 6
	%1592 = select i1 %1591, i32 %1590, i32 0
	%1593 = add i32 %1587, %1592
	%1594 = add i32 %1588, %1590
	%1595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scana, i32 0, i32 7
	%1596 = load i32, i32 addrspace(3)* %1595
	%1597 = icmp sgt i32 %1518, 7
	%1598 = select i1 %1597, i32 %1596, i32 0
	%1599 = add i32 %1593, %1598
	%1600 = add i32 %1594, %1596
	%1601 = add i32 %1599, %1538
	%1602 = sub i32 %1601, %1516
	%1603 = sub i32 %1488, %1602
	%1604 = icmp sgt i32 %1603, 0
	%1605 = select i1 %1604, i32 %1603, i32 0
	%1606 = icmp slt i32 %1605, %1516
	%1607 = select i1 %1606, i32 %1605, i32 %1516
	%1608 = add i32 %1513, %1607
	%1609 = and i32 %0, 31
	%1610 = lshr i32 %0, 5
	%1611 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1608, i32 1, i32 0)
	%1612 = icmp uge i32 %1609, 1
	%1613 = select i1 %1612, i32 %1611, i32 0
	%1614 = add i32 %1608, %1613
	%1615 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1614, i32 2, i32 0)
	%1616 = icmp uge i32 %1609, 2
	%1617 = select i1 %1616, i32 %1615, i32 0
	%1618 = add i32 %1614, %1617
	%1619 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1618, i32 4, i32 0)
	%1620 = icmp uge i32 %1609, 4
	%1621 = select i1 %1620, i32 %1619, i32 0
	%1622 = add i32 %1618, %1621
	%1623 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1622, i32 8, i32 0)
	%1624 = icmp uge i32 %1609, 8
	%1625 = select i1 %1624, i32 %1623, i32 0
	%1626 = add i32 %1622, %1625
	%1627 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1626, i32 16, i32 0)
	%1628 = icmp uge i32 %1609, 16
	%1629 = select i1 %1628, i32 %1627, i32 0
	%1630 = add i32 %1626, %1629
	%1631 = icmp eq i32 %1609, 31
	br i1 %1631, label %1632, label %1634

1632:
	%1633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 %1610
	store i32 %1630, i32 addrspace(3)* %1633
	br label %1634

1634:
	call void @llvm.nvvm.barrier0()
	%1635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 0
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = icmp sgt i32 %1610, 0
	%1638 = select i1 %1637, i32 %1636, i32 0
	%1639 = add i32 0, %1638
	%1640 = add i32 0, %1636
	%1641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 1
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = icmp sgt i32 %1610, 1
	%1644 = select i1 %1643, i32 %1642, i32 0
	%1645 = add i32 %1639, %1644
	%1646 = add i32 %1640, %1642
	%1647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 2
	%1648 = load i32, i32 addrspace(3)* %1647
	%1649 = icmp sgt i32 %1610, 2
	%1650 = select i1 %1649, i32 %1648, i32 0
	%1651 = add i32 %1645, %1650
	%1652 = add i32 %1646, %1648
	%1653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 3
	%1654 = load i32, i32 addrspace(3)* %1653
	%1655 = icmp sgt i32 %1610, 3
	%1656 = select i1 %1655, i32 %1654, i32 0
	%1657 = add i32 %1651, %1656
	%1658 = add i32 %1652, %1654
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 4
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1610, 4
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 %1657, %1662
	%1664 = add i32 %1658, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 5
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1610, 5
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 6
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1610, 6
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @proxy_select1_scanb, i32 0, i32 7
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1610, 7
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = add i32 %1681, %1630
	%1684 = sub i32 %1683, %1608
	br i1 %1509, label %1685, label %1688

1685:
	%1686 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %0
	store i32 %1684, i32 addrspace(3)* %1686
	%1687 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpt, i32 0, i32 %0
	store i32 %1602, i32 addrspace(3)* %1687
	br label %1688

1688:
	call void @llvm.nvvm.barrier0()
	br label %1689

1689:
	%1690 = phi i32 [ 0, %1688 ], [ %1722, %1721 ]
	%1691 = icmp slt i32 %1690, %16
	br i1 %1691, label %1692, label %1717

1692:
	%1693 = add i32 %1690, %0
	%1694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1693
	%1695 = load i32, i32 addrspace(3)* %1694
	%1696 = icmp ugt i32 %1695, %1490
	%1697 = icmp eq i32 %1695, %1490
	%1698 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1696)
	%1699 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1697)
	%1700 = sdiv i32 %1690, 256
	%1701 = mul i32 %1700, 8
	%1702 = add i32 %1701, %4
	%1703 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpt, i32 0, i32 %1702
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = and i32 %1699, %1493
	%1706 = call i32 @llvm.ctpop.i32(i32 %1705)
	%1707 = add i32 %1704, %1706
	%1708 = icmp slt i32 %1707, %1488
	%1709 = and i1 %1697, %1708
	%1710 = or i1 %1696, %1709
	%1711 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1710)
	%1712 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @proxy_select1_cmpg, i32 0, i32 %1702
	%1713 = load i32, i32 addrspace(3)* %1712
	%1714 = and i32 %1711, %1493
	%1715 = call i32 @llvm.ctpop.i32(i32 %1714)
	%1716 = add i32 %1713, %1715
	br i1 %1710, label %1718, label %1721

1717:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

1718:
	%1719 = add i32 %1690, %0
	%1720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1716
	store i32 %1719, i32 addrspace(3)* %1720
	br label %1721

1721:
	%1722 = add i32 %1690, 256
	br label %1689

1723:
	%1724 = phi i32 [ %871, %mass_taken ], [ %1728, %1726 ]
	%1725 = icmp slt i32 %1724, %870
	br i1 %1725, label %1726, label %1729

1726:
	%1727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1724
	store i32 -1, i32 addrspace(3)* %1727
	%1728 = add i32 %1724, 256
	br label %1723

1729:
	call void @llvm.nvvm.barrier0()
	%1730 = add i32 %869, 1
	br label %1731

1731:
	%1732 = phi i32 [ 1, %1729 ], [ %1748, %1747 ]
	%1733 = icmp slt i32 %1732, %1730
	br i1 %1733, label %1734, label %1736

1734:
	%1735 = shl i32 1, %1732
	br label %1737

1736:
	br label %1789

1737:
	%1738 = phi i32 [ 0, %1734 ], [ %1783, %1782 ]
	%1739 = icmp slt i32 %1738, %1732
	br i1 %1739, label %1740, label %1747

1740:
	%1741 = sub i32 %1732, 1
	%1742 = sub i32 %1741, %1738
	%1743 = shl i32 1, %1742
	%1744 = sub i32 %1732, 1
	%1745 = sub i32 %1744, %1738
	%1746 = lshr i32 %870, 1
	br label %1749

1747:
	%1748 = add i32 %1732, 1
	br label %1731

1749:
	%1750 = phi i32 [ %0, %1740 ], [ %1788, %1787 ]
	%1751 = icmp slt i32 %1750, %1746
	br i1 %1751, label %1752, label %1782

1752:
	%1753 = lshr i32 %1750, %1745
	%1754 = add i32 %1745, 1
	%1755 = shl i32 %1753, %1754
	%1756 = sub i32 %1743, 1
	%1757 = and i32 %1750, %1756
	%1758 = or i32 %1755, %1757
	%1759 = or i32 %1758, %1743
	%1760 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1758
	%1761 = load i32, i32 addrspace(3)* %1760
	%1762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1759
	%1763 = load i32, i32 addrspace(3)* %1762
	%1764 = and i32 %1758, %1735
	%1765 = icmp eq i32 %1764, 0
	%1766 = icmp sge i32 %1763, 0
	%1767 = select i1 %1766, i32 %1763, i32 0
	%1768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1767
	%1769 = load i32, i32 addrspace(3)* %1768
	%1770 = select i1 %1766, i32 %1769, i32 0
	%1771 = icmp sge i32 %1761, 0
	%1772 = select i1 %1771, i32 %1761, i32 0
	%1773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1772
	%1774 = load i32, i32 addrspace(3)* %1773
	%1775 = select i1 %1771, i32 %1774, i32 0
	%1776 = icmp ugt i32 %1770, %1775
	%1777 = icmp eq i32 %1770, %1775
	%1778 = icmp slt i32 %1763, %1761
	%1779 = and i1 %1777, %1778
	%1780 = or i1 %1776, %1779
	%1781 = icmp eq i1 %1780, %1765
	br i1 %1781, label %1784, label %1787

1782:
	call void @llvm.nvvm.barrier0()
	%1783 = add i32 %1738, 1
	br label %1737

1784:
	%1785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1758
	store i32 %1763, i32 addrspace(3)* %1785
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1759
	store i32 %1761, i32 addrspace(3)* %1786
	br label %1787

1787:
	%1788 = add i32 %1750, 256
	br label %1749

1789:
	%1790 = phi i32 [ %0, %1736 ], [ %1803, %1792 ]
	%1791 = icmp slt i32 %1790, %855
	br i1 %1791, label %1792, label %1804

1792:
	%1793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1790
	%1794 = load i32, i32 addrspace(3)* %1793
	%1795 = add i32 %326, %1790
	%1796 = add i32 %13, %1795
	%1797 = sext i32 %1796 to i64
	%1798 = getelementptr i32, i32* %list, i64 %1797
	store i32 %1794, i32* %1798
	%1799 = add i32 %13, %NK
	%1800 = add i32 %1799, %1795
	%1801 = sext i32 %1800 to i64
	%1802 = getelementptr i32, i32* %list, i64 %1801
	store i32 0, i32* %1802
	%1803 = add i32 %1790, 256
	br label %1789

1804:
	call void @llvm.nvvm.barrier0()
	%1805 = icmp eq i32 %4, 0
	br i1 %1805, label %1806, label %1809

1806:
	%1807 = getelementptr [1 x double], [1 x double] addrspace(3)* @proxy_select1_mass, i32 0, i32 0
	%1808 = load double, double addrspace(3)* %1807
	br label %1822

1809:
	call void @llvm.nvvm.barrier0()
	%1810 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 1
	%1811 = load i32, i32 addrspace(3)* %1810
	%1812 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 2
	%1813 = load i32, i32 addrspace(3)* %1812
	%1814 = icmp ne i32 %1813, 0
	%1815 = icmp sge i32 %855, %327
	%1816 = or i1 %1814, %1815
	%1817 = mul i32 %855, 4
	%1818 = icmp sgt i32 %1817, 64
	%1819 = select i1 %1818, i32 %1817, i32 64
	%1820 = icmp slt i32 %1819, %327
	%1821 = select i1 %1820, i32 %1819, i32 %327
	br i1 %1816, label %mass_done, label %mass

1822:
	%1823 = phi i32 [ 0, %1806 ], [ %2287, %2284 ]
	%1824 = phi double [ %1808, %1806 ], [ %2285, %2284 ]
	%1825 = phi i32 [ 0, %1806 ], [ %2286, %2284 ]
	%1826 = icmp slt i32 %1823, %855
	br i1 %1826, label %1827, label %1830

1827:
	%1828 = add i32 %1823, %3
	%1829 = icmp slt i32 %1828, %855
	br i1 %1829, label %1832, label %1839

1830:
	%1831 = icmp eq i32 %3, 0
	br i1 %1831, label %2288, label %2293

1832:
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_c, i32 0, i32 %1828
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @proxy_select1_x, i32 0, i32 %1834
	%1836 = load i32, i32 addrspace(3)* %1835
	%1837 = sub i32 %1836, 2
	%1838 = bitcast i32 %1837 to float
	br label %1839

1839:
	%1840 = phi float [ 0.0, %1827 ], [ %1838, %1832 ]
	%1841 = fpext float %1840 to double
	%1842 = fcmp one float %1840, 0.0
	%1843 = call float @llvm.fabs.f32(float %1840)
	%1844 = fcmp olt float %1843, 0x3E20000000000000
	%1845 = and i1 %1842, %1844
	%1846 = fmul double %1824, 4.503599627370496e+15
	%1847 = call double @llvm.trunc.f64(double %1846)
	%1848 = fcmp oeq double %1846, %1847
	%1849 = bitcast double %1841 to i64
	%1850 = trunc i64 %1849 to i32
	%1851 = lshr i64 %1849, 32
	%1852 = trunc i64 %1851 to i32
	%1853 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1850, i32 1, i32 0)
	%1854 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1852, i32 1, i32 0)
	%1855 = zext i32 %1853 to i64
	%1856 = zext i32 %1854 to i64
	%1857 = shl i64 %1856, 32
	%1858 = or i64 %1855, %1857
	%1859 = bitcast i64 %1858 to double
	%1860 = icmp uge i32 %3, 1
	%1861 = fadd double %1841, %1859
	%1862 = select i1 %1860, double %1861, double %1841
	%1863 = bitcast double %1862 to i64
	%1864 = trunc i64 %1863 to i32
	%1865 = lshr i64 %1863, 32
	%1866 = trunc i64 %1865 to i32
	%1867 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1864, i32 2, i32 0)
	%1868 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1866, i32 2, i32 0)
	%1869 = zext i32 %1867 to i64
	%1870 = zext i32 %1868 to i64
	%1871 = shl i64 %1870, 32
	%1872 = or i64 %1869, %1871
	%1873 = bitcast i64 %1872 to double
	%1874 = icmp uge i32 %3, 2
	%1875 = fadd double %1862, %1873
	%1876 = select i1 %1874, double %1875, double %1862
	%1877 = bitcast double %1876 to i64
	%1878 = trunc i64 %1877 to i32
	%1879 = lshr i64 %1877, 32
	%1880 = trunc i64 %1879 to i32
	%1881 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1878, i32 4, i32 0)
	%1882 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1880, i32 4, i32 0)
	%1883 = zext i32 %1881 to i64
	%1884 = zext i32 %1882 to i64
	%1885 = shl i64 %1884, 32
	%1886 = or i64 %1883, %1885
	%1887 = bitcast i64 %1886 to double
	%1888 = icmp uge i32 %3, 4
	%1889 = fadd double %1876, %1887
	%1890 = select i1 %1888, double %1889, double %1876
	%1891 = bitcast double %1890 to i64
	%1892 = trunc i64 %1891 to i32
	%1893 = lshr i64 %1891, 32
	%1894 = trunc i64 %1893 to i32
	%1895 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1892, i32 8, i32 0)
	%1896 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1894, i32 8, i32 0)
	%1897 = zext i32 %1895 to i64
	%1898 = zext i32 %1896 to i64
	%1899 = shl i64 %1898, 32
	%1900 = or i64 %1897, %1899
	%1901 = bitcast i64 %1900 to double
	%1902 = icmp uge i32 %3, 8
	%1903 = fadd double %1890, %1901
	%1904 = select i1 %1902, double %1903, double %1890
	%1905 = bitcast double %1904 to i64
	%1906 = trunc i64 %1905 to i32
	%1907 = lshr i64 %1905, 32
	%1908 = trunc i64 %1907 to i32
	%1909 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1906, i32 16, i32 0)
	%1910 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1908, i32 16, i32 0)
	%1911 = zext i32 %1909 to i64
	%1912 = zext i32 %1910 to i64
	%1913 = shl i64 %1912, 32
	%1914 = or i64 %1911, %1913
	%1915 = bitcast i64 %1914 to double
	%1916 = icmp uge i32 %3, 16
	%1917 = fadd double %1904, %1915
	%1918 = select i1 %1916, double %1917, double %1904
	%1919 = bitcast double %1918 to i64
	%1920 = trunc i64 %1919 to i32
	%1921 = lshr i64 %1919, 32
	%1922 = trunc i64 %1921 to i32
	%1923 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1920, i32 31, i32 31)
	%1924 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1922, i32 31, i32 31)
	%1925 = zext i32 %1923 to i64
	%1926 = zext i32 %1924 to i64
	%1927 = shl i64 %1926, 32
	%1928 = or i64 %1925, %1927
	%1929 = bitcast i64 %1928 to double
	%1930 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1845)
	%1931 = xor i1 %1930, true
	%1932 = and i1 %1848, %1931
	%1933 = fadd double %1824, %1929
	%1934 = fcmp olt double %1933, 1.5
	%1935 = and i1 %1932, %1934
	%1936 = fcmp oge double %1824, 0x3FECCCCCCCCCCCCD
	%1937 = or i1 %1935, %1936
	br i1 %1937, label %1938, label %1963

1938:
	%1939 = fsub double %1918, %1841
	%1940 = fadd double %1824, %1939
	%1941 = fcmp olt double %1940, 0x3FECCCCCCCCCCCCD
	%1942 = and i1 %1829, %1941
	%1943 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1942)
	%1944 = call i32 @llvm.ctpop.i32(i32 %1943)
	%1945 = sub i32 %1944, 1
	%1946 = icmp sgt i32 %1945, 0
	%1947 = select i1 %1946, i32 %1945, i32 0
	%1948 = bitcast double %1918 to i64
	%1949 = trunc i64 %1948 to i32
	%1950 = lshr i64 %1948, 32
	%1951 = trunc i64 %1950 to i32
	%1952 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1949, i32 %1947, i32 31)
	%1953 = call i32 @llvm.nvvm.shfl.sync.idx.i32(i32 -1, i32 %1951, i32 %1947, i32 31)
	%1954 = zext i32 %1952 to i64
	%1955 = zext i32 %1953 to i64
	%1956 = shl i64 %1955, 32
	%1957 = or i64 %1954, %1956
	%1958 = bitcast i64 %1957 to double
	%1959 = icmp sgt i32 %1944, 0
	%1960 = fadd double %1824, %1958
	%1961 = select i1 %1959, double %1960, double %1824
	%1962 = add i32 %1825, %1944
	br label %2284

1963:
	%1964 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 0, i32 31)
	%1965 = fcmp olt double %1824, 0x3FECCCCCCCCCCCCD
	%1966 = add i32 %1823, 0
	%1967 = icmp slt i32 %1966, %855
	%1968 = and i1 %1965, %1967
	%1969 = fpext float %1964 to double
	%1970 = fadd double %1824, %1969
	%1971 = select i1 %1968, double %1970, double %1824
	%1972 = add i32 %1825, 1
	%1973 = select i1 %1968, i32 %1972, i32 %1825
	%1974 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 1, i32 31)
	%1975 = fcmp olt double %1971, 0x3FECCCCCCCCCCCCD
	%1976 = add i32 %1823, 1
	%1977 = icmp slt i32 %1976, %855
	%1978 = and i1 %1975, %1977
	%1979 = fpext float %1974 to double
	%1980 = fadd double %1971, %1979
	%1981 = select i1 %1978, double %1980, double %1971
	%1982 = add i32 %1973, 1
	%1983 = select i1 %1978, i32 %1982, i32 %1973
	%1984 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 2, i32 31)
	%1985 = fcmp olt double %1981, 0x3FECCCCCCCCCCCCD
	%1986 = add i32 %1823, 2
	%1987 = icmp slt i32 %1986, %855
	%1988 = and i1 %1985, %1987
	%1989 = fpext float %1984 to double
	%1990 = fadd double %1981, %1989
	%1991 = select i1 %1988, double %1990, double %1981
	%1992 = add i32 %1983, 1
	%1993 = select i1 %1988, i32 %1992, i32 %1983
	%1994 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 3, i32 31)
	%1995 = fcmp olt double %1991, 0x3FECCCCCCCCCCCCD
	%1996 = add i32 %1823, 3
	%1997 = icmp slt i32 %1996, %855
	%1998 = and i1 %1995, %1997
	%1999 = fpext float %1994 to double
	%2000 = fadd double %1991, %1999
	%2001 = select i1 %1998, double %2000, double %1991
	%2002 = add i32 %1993, 1
	%2003 = select i1 %1998, i32 %2002, i32 %1993
	%2004 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 4, i32 31)
	%2005 = fcmp olt double %2001, 0x3FECCCCCCCCCCCCD
	%2006 = add i32 %1823, 4
	%2007 = icmp slt i32 %2006, %855
	%2008 = and i1 %2005, %2007
	%2009 = fpext float %2004 to double
	%2010 = fadd double %2001, %2009
	%2011 = select i1 %2008, double %2010, double %2001
	%2012 = add i32 %2003, 1
	%2013 = select i1 %2008, i32 %2012, i32 %2003
	%2014 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 5, i32 31)
	%2015 = fcmp olt double %2011, 0x3FECCCCCCCCCCCCD
	%2016 = add i32 %1823, 5
	%2017 = icmp slt i32 %2016, %855
	%2018 = and i1 %2015, %2017
	%2019 = fpext float %2014 to double
	%2020 = fadd double %2011, %2019
	%2021 = select i1 %2018, double %2020, double %2011
	%2022 = add i32 %2013, 1
	%2023 = select i1 %2018, i32 %2022, i32 %2013
	%2024 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 6, i32 31)
	%2025 = fcmp olt double %2021, 0x3FECCCCCCCCCCCCD
	%2026 = add i32 %1823, 6
	%2027 = icmp slt i32 %2026, %855
	%2028 = and i1 %2025, %2027
	%2029 = fpext float %2024 to double
	%2030 = fadd double %2021, %2029
	%2031 = select i1 %2028, double %2030, double %2021
	%2032 = add i32 %2023, 1
	%2033 = select i1 %2028, i32 %2032, i32 %2023
	%2034 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 7, i32 31)
	%2035 = fcmp olt double %2031, 0x3FECCCCCCCCCCCCD
	%2036 = add i32 %1823, 7
	%2037 = icmp slt i32 %2036, %855
	%2038 = and i1 %2035, %2037
	%2039 = fpext float %2034 to double
	%2040 = fadd double %2031, %2039
	%2041 = select i1 %2038, double %2040, double %2031
	%2042 = add i32 %2033, 1
	%2043 = select i1 %2038, i32 %2042, i32 %2033
	%2044 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 8, i32 31)
	%2045 = fcmp olt double %2041, 0x3FECCCCCCCCCCCCD
	%2046 = add i32 %1823, 8
	%2047 = icmp slt i32 %2046, %855
	%2048 = and i1 %2045, %2047
	%2049 = fpext float %2044 to double
	%2050 = fadd double %2041, %2049
	%2051 = select i1 %2048, double %2050, double %2041
	%2052 = add i32 %2043, 1
	%2053 = select i1 %2048, i32 %2052, i32 %2043
	%2054 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 9, i32 31)
	%2055 = fcmp olt double %2051, 0x3FECCCCCCCCCCCCD
	%2056 = add i32 %1823, 9
	%2057 = icmp slt i32 %2056, %855
	%2058 = and i1 %2055, %2057
	%2059 = fpext float %2054 to double
	%2060 = fadd double %2051, %2059
	%2061 = select i1 %2058, double %2060, double %2051
	%2062 = add i32 %2053, 1
	%2063 = select i1 %2058, i32 %2062, i32 %2053
	%2064 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 10, i32 31)
	%2065 = fcmp olt double %2061, 0x3FECCCCCCCCCCCCD
	%2066 = add i32 %1823, 10
	%2067 = icmp slt i32 %2066, %855
	%2068 = and i1 %2065, %2067
	%2069 = fpext float %2064 to double
	%2070 = fadd double %2061, %2069
	%2071 = select i1 %2068, double %2070, double %2061
	%2072 = add i32 %2063, 1
	%2073 = select i1 %2068, i32 %2072, i32 %2063
	%2074 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 11, i32 31)
	%2075 = fcmp olt double %2071, 0x3FECCCCCCCCCCCCD
	%2076 = add i32 %1823, 11
	%2077 = icmp slt i32 %2076, %855
	%2078 = and i1 %2075, %2077
	%2079 = fpext float %2074 to double
	%2080 = fadd double %2071, %2079
	%2081 = select i1 %2078, double %2080, double %2071
	%2082 = add i32 %2073, 1
	%2083 = select i1 %2078, i32 %2082, i32 %2073
	%2084 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 12, i32 31)
	%2085 = fcmp olt double %2081, 0x3FECCCCCCCCCCCCD
	%2086 = add i32 %1823, 12
	%2087 = icmp slt i32 %2086, %855
	%2088 = and i1 %2085, %2087
	%2089 = fpext float %2084 to double
	%2090 = fadd double %2081, %2089
	%2091 = select i1 %2088, double %2090, double %2081
	%2092 = add i32 %2083, 1
	%2093 = select i1 %2088, i32 %2092, i32 %2083
	%2094 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 13, i32 31)
	%2095 = fcmp olt double %2091, 0x3FECCCCCCCCCCCCD
	%2096 = add i32 %1823, 13
	%2097 = icmp slt i32 %2096, %855
	%2098 = and i1 %2095, %2097
	%2099 = fpext float %2094 to double
	%2100 = fadd double %2091, %2099
	%2101 = select i1 %2098, double %2100, double %2091
	%2102 = add i32 %2093, 1
	%2103 = select i1 %2098, i32 %2102, i32 %2093
	%2104 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 14, i32 31)
	%2105 = fcmp olt double %2101, 0x3FECCCCCCCCCCCCD
	%2106 = add i32 %1823, 14
	%2107 = icmp slt i32 %2106, %855
	%2108 = and i1 %2105, %2107
	%2109 = fpext float %2104 to double
	%2110 = fadd double %2101, %2109
	%2111 = select i1 %2108, double %2110, double %2101
	%2112 = add i32 %2103, 1
	%2113 = select i1 %2108, i32 %2112, i32 %2103
	%2114 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 15, i32 31)
	%2115 = fcmp olt double %2111, 0x3FECCCCCCCCCCCCD
	%2116 = add i32 %1823, 15
	%2117 = icmp slt i32 %2116, %855
	%2118 = and i1 %2115, %2117
	%2119 = fpext float %2114 to double
	%2120 = fadd double %2111, %2119
	%2121 = select i1 %2118, double %2120, double %2111
	%2122 = add i32 %2113, 1
	%2123 = select i1 %2118, i32 %2122, i32 %2113
	%2124 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 16, i32 31)
	%2125 = fcmp olt double %2121, 0x3FECCCCCCCCCCCCD
	%2126 = add i32 %1823, 16
	%2127 = icmp slt i32 %2126, %855
	%2128 = and i1 %2125, %2127
	%2129 = fpext float %2124 to double
	%2130 = fadd double %2121, %2129
	%2131 = select i1 %2128, double %2130, double %2121
	%2132 = add i32 %2123, 1
	%2133 = select i1 %2128, i32 %2132, i32 %2123
	%2134 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 17, i32 31)
	%2135 = fcmp olt double %2131, 0x3FECCCCCCCCCCCCD
	%2136 = add i32 %1823, 17
	%2137 = icmp slt i32 %2136, %855
	%2138 = and i1 %2135, %2137
	%2139 = fpext float %2134 to double
	%2140 = fadd double %2131, %2139
	%2141 = select i1 %2138, double %2140, double %2131
	%2142 = add i32 %2133, 1
	%2143 = select i1 %2138, i32 %2142, i32 %2133
	%2144 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 18, i32 31)
	%2145 = fcmp olt double %2141, 0x3FECCCCCCCCCCCCD
	%2146 = add i32 %1823, 18
	%2147 = icmp slt i32 %2146, %855
	%2148 = and i1 %2145, %2147
	%2149 = fpext float %2144 to double
	%2150 = fadd double %2141, %2149
	%2151 = select i1 %2148, double %2150, double %2141
	%2152 = add i32 %2143, 1
	%2153 = select i1 %2148, i32 %2152, i32 %2143
	%2154 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 19, i32 31)
	%2155 = fcmp olt double %2151, 0x3FECCCCCCCCCCCCD
	%2156 = add i32 %1823, 19
	%2157 = icmp slt i32 %2156, %855
	%2158 = and i1 %2155, %2157
	%2159 = fpext float %2154 to double
	%2160 = fadd double %2151, %2159
	%2161 = select i1 %2158, double %2160, double %2151
	%2162 = add i32 %2153, 1
	%2163 = select i1 %2158, i32 %2162, i32 %2153
	%2164 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 20, i32 31)
	%2165 = fcmp olt double %2161, 0x3FECCCCCCCCCCCCD
	%2166 = add i32 %1823, 20
	%2167 = icmp slt i32 %2166, %855
	%2168 = and i1 %2165, %2167
	%2169 = fpext float %2164 to double
	%2170 = fadd double %2161, %2169
	%2171 = select i1 %2168, double %2170, double %2161
	%2172 = add i32 %2163, 1
	%2173 = select i1 %2168, i32 %2172, i32 %2163
	%2174 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 21, i32 31)
	%2175 = fcmp olt double %2171, 0x3FECCCCCCCCCCCCD
	%2176 = add i32 %1823, 21
	%2177 = icmp slt i32 %2176, %855
	%2178 = and i1 %2175, %2177
	%2179 = fpext float %2174 to double
	%2180 = fadd double %2171, %2179
	%2181 = select i1 %2178, double %2180, double %2171
	%2182 = add i32 %2173, 1
	%2183 = select i1 %2178, i32 %2182, i32 %2173
	%2184 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 22, i32 31)
	%2185 = fcmp olt double %2181, 0x3FECCCCCCCCCCCCD
	%2186 = add i32 %1823, 22
	%2187 = icmp slt i32 %2186, %855
	%2188 = and i1 %2185, %2187
	%2189 = fpext float %2184 to double
	%2190 = fadd double %2181, %2189
	%2191 = select i1 %2188, double %2190, double %2181
	%2192 = add i32 %2183, 1
	%2193 = select i1 %2188, i32 %2192, i32 %2183
	%2194 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 23, i32 31)
	%2195 = fcmp olt double %2191, 0x3FECCCCCCCCCCCCD
	%2196 = add i32 %1823, 23
	%2197 = icmp slt i32 %2196, %855
	%2198 = and i1 %2195, %2197
	%2199 = fpext float %2194 to double
	%2200 = fadd double %2191, %2199
	%2201 = select i1 %2198, double %2200, double %2191
	%2202 = add i32 %2193, 1
	%2203 = select i1 %2198, i32 %2202, i32 %2193
	%2204 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 24, i32 31)
	%2205 = fcmp olt double %2201, 0x3FECCCCCCCCCCCCD
	%2206 = add i32 %1823, 24
	%2207 = icmp slt i32 %2206, %855
	%2208 = and i1 %2205, %2207
	%2209 = fpext float %2204 to double
	%2210 = fadd double %2201, %2209
	%2211 = select i1 %2208, double %2210, double %2201
	%2212 = add i32 %2203, 1
	%2213 = select i1 %2208, i32 %2212, i32 %2203
	%2214 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 25, i32 31)
	%2215 = fcmp olt double %2211, 0x3FECCCCCCCCCCCCD
	%2216 = add i32 %1823, 25
	%2217 = icmp slt i32 %2216, %855
	%2218 = and i1 %2215, %2217
	%2219 = fpext float %2214 to double
	%2220 = fadd double %2211, %2219
	%2221 = select i1 %2218, double %2220, double %2211
	%2222 = add i32 %2213, 1
	%2223 = select i1 %2218, i32 %2222, i32 %2213
	%2224 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 26, i32 31)
	%2225 = fcmp olt double %2221, 0x3FECCCCCCCCCCCCD
	%2226 = add i32 %1823, 26
	%2227 = icmp slt i32 %2226, %855
	%2228 = and i1 %2225, %2227
	%2229 = fpext float %2224 to double
	%2230 = fadd double %2221, %2229
	%2231 = select i1 %2228, double %2230, double %2221
	%2232 = add i32 %2223, 1
	%2233 = select i1 %2228, i32 %2232, i32 %2223
	%2234 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 27, i32 31)
	%2235 = fcmp olt double %2231, 0x3FECCCCCCCCCCCCD
	%2236 = add i32 %1823, 27
	%2237 = icmp slt i32 %2236, %855
	%2238 = and i1 %2235, %2237
	%2239 = fpext float %2234 to double
	%2240 = fadd double %2231, %2239
	%2241 = select i1 %2238, double %2240, double %2231
	%2242 = add i32 %2233, 1
	%2243 = select i1 %2238, i32 %2242, i32 %2233
	%2244 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 28, i32 31)
	%2245 = fcmp olt double %2241, 0x3FECCCCCCCCCCCCD
	%2246 = add i32 %1823, 28
	%2247 = icmp slt i32 %2246, %855
	%2248 = and i1 %2245, %2247
	%2249 = fpext float %2244 to double
	%2250 = fadd double %2241, %2249
	%2251 = select i1 %2248, double %2250, double %2241
	%2252 = add i32 %2243, 1
	%2253 = select i1 %2248, i32 %2252, i32 %2243
	%2254 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 29, i32 31)
	%2255 = fcmp olt double %2251, 0x3FECCCCCCCCCCCCD
	%2256 = add i32 %1823, 29
	%2257 = icmp slt i32 %2256, %855
	%2258 = and i1 %2255, %2257
	%2259 = fpext float %2254 to double
	%2260 = fadd double %2251, %2259
	%2261 = select i1 %2258, double %2260, double %2251
	%2262 = add i32 %2253, 1
	%2263 = select i1 %2258, i32 %2262, i32 %2253
	%2264 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 30, i32 31)
	%2265 = fcmp olt double %2261, 0x3FECCCCCCCCCCCCD
	%2266 = add i32 %1823, 30
	%2267 = icmp slt i32 %2266, %855
	%2268 = and i1 %2265, %2267
	%2269 = fpext float %2264 to double
	%2270 = fadd double %2261, %2269
	%2271 = select i1 %2268, double %2270, double %2261
	%2272 = add i32 %2263, 1
	%2273 = select i1 %2268, i32 %2272, i32 %2263
	%2274 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 31, i32 31)
	%2275 = fcmp olt double %2271, 0x3FECCCCCCCCCCCCD
	%2276 = add i32 %1823, 31
	%2277 = icmp slt i32 %2276, %855
	%2278 = and i1 %2275, %2277
	%2279 = fpext float %2274 to double
	%2280 = fadd double %2271, %2279
	%2281 = select i1 %2278, double %2280, double %2271
	%2282 = add i32 %2273, 1
	%2283 = select i1 %2278, i32 %2282, i32 %2273
	br label %2284

2284:
	%2285 = phi double [ %1961, %1938 ], [ %2281, %1963 ]
	%2286 = phi i32 [ %1962, %1938 ], [ %2283, %1963 ]
	%2287 = add i32 %1823, 32
	br label %1822

2288:
	%2289 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 1
	store i32 %1825, i32 addrspace(3)* %2289
	%2290 = fcmp oge double %1824, 0x3FECCCCCCCCCCCCD
	%2291 = zext i1 %2290 to i32
	%2292 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @proxy_select1_cnt, i32 0, i32 2
	store i32 %2291, i32 addrspace(3)* %2292
	br label %2293

2293:
	br label %1809

2294:
	%2295 = phi i32 [ %861, %mass_done ], [ %2305, %2297 ]
	%2296 = icmp slt i32 %2295, %NK
	br i1 %2296, label %2297, label %2306

2297:
	%2298 = add i32 %13, %2295
	%2299 = sext i32 %2298 to i64
	%2300 = getelementptr i32, i32* %list, i64 %2299
	store i32 -1, i32* %2300
	%2301 = add i32 %13, %NK
	%2302 = add i32 %2301, %2295
	%2303 = sext i32 %2302 to i64
	%2304 = getelementptr i32, i32* %list, i64 %2303
	store i32 -1, i32* %2304
	%2305 = add i32 %2295, 256
	br label %2294

2306:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare double @llvm.ceil.f64(double %p0)

declare double @llvm.maxnum.f64(double %p0, double %p1)

declare double @llvm.minnum.f64(double %p0, double %p1)

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

declare float @llvm.fabs.f32(float %p0)

declare double @llvm.trunc.f64(double %p0)

declare i32 @llvm.nvvm.shfl.sync.idx.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

declare float @llvm.nvvm.shfl.sync.idx.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

define ptx_kernel void @proxy_proxy_q0(i16* %x, i16* %out, i32 %n, i32 %size, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = mul i32 %2, %size
	%6 = sdiv i32 %5, %group
	%7 = add i32 %5, %size
	%8 = sub i32 %7, 1
	%9 = sdiv i32 %8, %group
	%10 = sext i32 %n to i64
	%11 = sext i32 %4 to i64
	%12 = icmp slt i32 %4, %n
	br i1 %12, label %13, label %15

13:
	%14 = add i32 %9, 1
	br label %16

15:
	ret void

16:
	%17 = phi i32 [ %6, %13 ], [ %28, %20 ]
	%18 = phi float [ 0.0, %13 ], [ %27, %20 ]
	%19 = icmp slt i32 %17, %14
	br i1 %19, label %20, label %29

20:
	%21 = sext i32 %17 to i64
	%22 = mul i64 %21, %10
	%23 = add i64 %22, %11
	%24 = getelementptr i16, i16* %x, i64 %23
	%25 = load i16, i16* %24
	%26 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %25)
	%27 = fadd float %18, %26
	%28 = add i32 %17, 1
	br label %16

29:
	%30 = sub i32 %9, %6
	%31 = add i32 %30, 1
	%32 = sitofp i32 %31 to float
	%33 = fdiv float %18, %32
	%34 = sext i32 %2 to i64
	%35 = mul i64 %34, %10
	%36 = add i64 %35, %11
	%37 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %33)
	%38 = trunc i32 %37 to i16
	%39 = getelementptr i16, i16* %out, i64 %36
	store i16 %38, i16* %39
	br label %15
}

define ptx_kernel void @proxy_proxy_k0(i16* %x, i16* %out, i32 %n, i32 %size, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = mul i32 %2, %size
	%6 = sdiv i32 %5, %group
	%7 = add i32 %5, %size
	%8 = sub i32 %7, 1
	%9 = sdiv i32 %8, %group
	%10 = sext i32 %n to i64
	%11 = sext i32 %4 to i64
	%12 = icmp slt i32 %4, %n
	br i1 %12, label %13, label %15

13:
	%14 = add i32 %9, 1
	br label %16

15:
	ret void

16:
	%17 = phi i32 [ %6, %13 ], [ %28, %20 ]
	%18 = phi float [ 0.0, %13 ], [ %27, %20 ]
	%19 = icmp slt i32 %17, %14
	br i1 %19, label %20, label %29

20:
	%21 = sext i32 %17 to i64
	%22 = mul i64 %21, %10
	%23 = add i64 %22, %11
	%24 = getelementptr i16, i16* %x, i64 %23
	%25 = load i16, i16* %24
	%26 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %25)
	%27 = fadd float %18, %26
	%28 = add i32 %17, 1
	br label %16

29:
	%30 = sub i32 %9, %6
	%31 = add i32 %30, 1
	%32 = sitofp i32 %31 to float
	%33 = fdiv float %18, %32
	%34 = sext i32 %2 to i64
	%35 = mul i64 %34, %10
	%36 = add i64 %35, %11
	%37 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %33)
	%38 = trunc i32 %37 to i16
	%39 = getelementptr i16, i16* %out, i64 %36
	store i16 %38, i16* %39
	br label %15
}

define ptx_kernel void @proxy_adstats0(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats, float* %part, float* %mx, i32 %NK) {
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
	%19 = ptrtoint [32768 x i8] addrspace(3)* @proxy_adstats0_smem to i32
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
	%46 = add i32 %3, 127
	%47 = mul i32 %46, 8
	%48 = add i32 %47, 7
	%49 = sub i32 %N, %M
	%50 = add i32 %48, %49
	%51 = icmp slt i32 %50, 0
	%52 = sub i32 0, %50
	%53 = add i32 %52, 7
	%54 = sdiv i32 %53, 8
	%55 = sub i32 0, %54
	%56 = sdiv i32 %50, 8
	%57 = select i1 %51, i32 %55, i32 %56
	%58 = add i32 %57, 1
	%59 = icmp slt i32 %58, %T
	%60 = select i1 %59, i32 %58, i32 %T
	%61 = icmp sgt i32 %60, 0
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %62, 127
	%64 = sdiv i32 %63, 128
	br label %65

65:
	%66 = phi i32 [ 0, %entry ], [ %2937, %2936 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %2373, %2936 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %2526, %2936 ]
	%69 = phi float [ 0.0, %entry ], [ %2474, %2936 ]
	%70 = phi float [ 0.0, %entry ], [ %2627, %2936 ]
	%71 = icmp slt i32 %66, %64
	br i1 %71, label %72, label %76

72:
	%73 = mul i32 %66, 128
	%74 = lshr i32 %4, 2
	%75 = mul i32 %74, u0x2000
	br label %88

76:
	%77 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %69, i32 1, i32 31)
	%78 = fadd float %69, %77
	%79 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %78, i32 2, i32 31)
	%80 = fadd float %78, %79
	%81 = mul i32 %4, 16
	%82 = add i32 %6, 0
	%83 = add i32 %81, %82
	%84 = add i32 %3, %83
	%85 = icmp slt i32 %84, %R
	%86 = icmp eq i32 %7, 0
	%87 = and i1 %85, %86
	br i1 %87, label %2938, label %2951

88:
	%89 = phi i32 [ 0, %72 ], [ %736, %155 ]
	%90 = phi float [ 0.0, %72 ], [ %672, %155 ]
	%91 = phi float [ 0.0, %72 ], [ %673, %155 ]
	%92 = phi float [ 0.0, %72 ], [ %674, %155 ]
	%93 = phi float [ 0.0, %72 ], [ %675, %155 ]
	%94 = phi float [ 0.0, %72 ], [ %676, %155 ]
	%95 = phi float [ 0.0, %72 ], [ %677, %155 ]
	%96 = phi float [ 0.0, %72 ], [ %678, %155 ]
	%97 = phi float [ 0.0, %72 ], [ %679, %155 ]
	%98 = phi float [ 0.0, %72 ], [ %680, %155 ]
	%99 = phi float [ 0.0, %72 ], [ %681, %155 ]
	%100 = phi float [ 0.0, %72 ], [ %682, %155 ]
	%101 = phi float [ 0.0, %72 ], [ %683, %155 ]
	%102 = phi float [ 0.0, %72 ], [ %684, %155 ]
	%103 = phi float [ 0.0, %72 ], [ %685, %155 ]
	%104 = phi float [ 0.0, %72 ], [ %686, %155 ]
	%105 = phi float [ 0.0, %72 ], [ %687, %155 ]
	%106 = phi float [ 0.0, %72 ], [ %688, %155 ]
	%107 = phi float [ 0.0, %72 ], [ %689, %155 ]
	%108 = phi float [ 0.0, %72 ], [ %690, %155 ]
	%109 = phi float [ 0.0, %72 ], [ %691, %155 ]
	%110 = phi float [ 0.0, %72 ], [ %692, %155 ]
	%111 = phi float [ 0.0, %72 ], [ %693, %155 ]
	%112 = phi float [ 0.0, %72 ], [ %694, %155 ]
	%113 = phi float [ 0.0, %72 ], [ %695, %155 ]
	%114 = phi float [ 0.0, %72 ], [ %696, %155 ]
	%115 = phi float [ 0.0, %72 ], [ %697, %155 ]
	%116 = phi float [ 0.0, %72 ], [ %698, %155 ]
	%117 = phi float [ 0.0, %72 ], [ %699, %155 ]
	%118 = phi float [ 0.0, %72 ], [ %700, %155 ]
	%119 = phi float [ 0.0, %72 ], [ %701, %155 ]
	%120 = phi float [ 0.0, %72 ], [ %702, %155 ]
	%121 = phi float [ 0.0, %72 ], [ %703, %155 ]
	%122 = phi float [ 0.0, %72 ], [ %704, %155 ]
	%123 = phi float [ 0.0, %72 ], [ %705, %155 ]
	%124 = phi float [ 0.0, %72 ], [ %706, %155 ]
	%125 = phi float [ 0.0, %72 ], [ %707, %155 ]
	%126 = phi float [ 0.0, %72 ], [ %708, %155 ]
	%127 = phi float [ 0.0, %72 ], [ %709, %155 ]
	%128 = phi float [ 0.0, %72 ], [ %710, %155 ]
	%129 = phi float [ 0.0, %72 ], [ %711, %155 ]
	%130 = phi float [ 0.0, %72 ], [ %712, %155 ]
	%131 = phi float [ 0.0, %72 ], [ %713, %155 ]
	%132 = phi float [ 0.0, %72 ], [ %714, %155 ]
	%133 = phi float [ 0.0, %72 ], [ %715, %155 ]
	%134 = phi float [ 0.0, %72 ], [ %716, %155 ]
	%135 = phi float [ 0.0, %72 ], [ %717, %155 ]
	%136 = phi float [ 0.0, %72 ], [ %718, %155 ]
	%137 = phi float [ 0.0, %72 ], [ %719, %155 ]
	%138 = phi float [ 0.0, %72 ], [ %720, %155 ]
	%139 = phi float [ 0.0, %72 ], [ %721, %155 ]
	%140 = phi float [ 0.0, %72 ], [ %722, %155 ]
	%141 = phi float [ 0.0, %72 ], [ %723, %155 ]
	%142 = phi float [ 0.0, %72 ], [ %724, %155 ]
	%143 = phi float [ 0.0, %72 ], [ %725, %155 ]
	%144 = phi float [ 0.0, %72 ], [ %726, %155 ]
	%145 = phi float [ 0.0, %72 ], [ %727, %155 ]
	%146 = phi float [ 0.0, %72 ], [ %728, %155 ]
	%147 = phi float [ 0.0, %72 ], [ %729, %155 ]
	%148 = phi float [ 0.0, %72 ], [ %730, %155 ]
	%149 = phi float [ 0.0, %72 ], [ %731, %155 ]
	%150 = phi float [ 0.0, %72 ], [ %732, %155 ]
	%151 = phi float [ 0.0, %72 ], [ %733, %155 ]
	%152 = phi float [ 0.0, %72 ], [ %734, %155 ]
	%153 = phi float [ 0.0, %72 ], [ %735, %155 ]
	%154 = icmp slt i32 %89, 8
	br i1 %154, label %155, label %737

155:
	%156 = sdiv i32 %89, 1
	%157 = srem i32 %89, 1
	%158 = mul i32 %157, 64
	%159 = sub i32 7, %156
	%160 = add i32 %0, 0
	%161 = lshr i32 %160, 3
	%162 = and i32 %160, 7
	%163 = add i32 %3, %161
	%164 = mul i32 %163, 8
	%165 = add i32 %164, %159
	%166 = icmp slt i32 %165, %M
	%167 = select i1 %166, i32 %165, i32 0
	%168 = mul i32 %167, 64
	%169 = add i32 %168, %158
	%170 = mul i32 %162, 8
	%171 = add i32 %169, %170
	%172 = lshr i32 %162, 3
	%173 = mul i32 %172, u0x4000
	%174 = and i32 %162, 7
	%175 = and i32 %161, 7
	%176 = xor i32 %174, %175
	%177 = mul i32 %161, 128
	%178 = shl i32 %176, 4
	%179 = add i32 %177, %178
	%180 = add i32 %173, %179
	%181 = add i32 %19, %180
	%182 = sext i32 %171 to i64
	%183 = getelementptr i16, i16* %12, i64 %182
	%184 = select i1 %166, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %181, i16* %183, i32 %184)
	%185 = add i32 %0, 256
	%186 = lshr i32 %185, 3
	%187 = and i32 %185, 7
	%188 = add i32 %3, %186
	%189 = mul i32 %188, 8
	%190 = add i32 %189, %159
	%191 = icmp slt i32 %190, %M
	%192 = select i1 %191, i32 %190, i32 0
	%193 = mul i32 %192, 64
	%194 = add i32 %193, %158
	%195 = mul i32 %187, 8
	%196 = add i32 %194, %195
	%197 = lshr i32 %187, 3
	%198 = mul i32 %197, u0x4000
	%199 = and i32 %187, 7
	%200 = and i32 %186, 7
	%201 = xor i32 %199, %200
	%202 = mul i32 %186, 128
	%203 = shl i32 %201, 4
	%204 = add i32 %202, %203
	%205 = add i32 %198, %204
	%206 = add i32 %19, %205
	%207 = sext i32 %196 to i64
	%208 = getelementptr i16, i16* %12, i64 %207
	%209 = select i1 %191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %206, i16* %208, i32 %209)
	%210 = add i32 %0, 512
	%211 = lshr i32 %210, 3
	%212 = and i32 %210, 7
	%213 = add i32 %3, %211
	%214 = mul i32 %213, 8
	%215 = add i32 %214, %159
	%216 = icmp slt i32 %215, %M
	%217 = select i1 %216, i32 %215, i32 0
	%218 = mul i32 %217, 64
	%219 = add i32 %218, %158
	%220 = mul i32 %212, 8
	%221 = add i32 %219, %220
	%222 = lshr i32 %212, 3
	%223 = mul i32 %222, u0x4000
	%224 = and i32 %212, 7
	%225 = and i32 %211, 7
	%226 = xor i32 %224, %225
	%227 = mul i32 %211, 128
	%228 = shl i32 %226, 4
	%229 = add i32 %227, %228
	%230 = add i32 %223, %229
	%231 = add i32 %19, %230
	%232 = sext i32 %221 to i64
	%233 = getelementptr i16, i16* %12, i64 %232
	%234 = select i1 %216, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %231, i16* %233, i32 %234)
	%235 = add i32 %0, 768
	%236 = lshr i32 %235, 3
	%237 = and i32 %235, 7
	%238 = add i32 %3, %236
	%239 = mul i32 %238, 8
	%240 = add i32 %239, %159
	%241 = icmp slt i32 %240, %M
	%242 = select i1 %241, i32 %240, i32 0
	%243 = mul i32 %242, 64
	%244 = add i32 %243, %158
	%245 = mul i32 %237, 8
	%246 = add i32 %244, %245
	%247 = lshr i32 %237, 3
	%248 = mul i32 %247, u0x4000
	%249 = and i32 %237, 7
	%250 = and i32 %236, 7
	%251 = xor i32 %249, %250
	%252 = mul i32 %236, 128
	%253 = shl i32 %251, 4
	%254 = add i32 %252, %253
	%255 = add i32 %248, %254
	%256 = add i32 %19, %255
	%257 = sext i32 %246 to i64
	%258 = getelementptr i16, i16* %12, i64 %257
	%259 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %256, i16* %258, i32 %259)
	%260 = add i32 %0, 0
	%261 = lshr i32 %260, 3
	%262 = and i32 %260, 7
	%263 = add i32 %73, %261
	%264 = mul i32 %263, 8
	%265 = add i32 %264, %156
	%266 = icmp slt i32 %265, %N
	%267 = select i1 %266, i32 %265, i32 0
	%268 = mul i32 %267, 64
	%269 = add i32 %268, %158
	%270 = mul i32 %262, 8
	%271 = add i32 %269, %270
	%272 = lshr i32 %262, 3
	%273 = mul i32 %272, u0x4000
	%274 = and i32 %262, 7
	%275 = and i32 %261, 7
	%276 = xor i32 %274, %275
	%277 = mul i32 %261, 128
	%278 = shl i32 %276, 4
	%279 = add i32 %277, %278
	%280 = add i32 %273, %279
	%281 = add i32 %20, %280
	%282 = sext i32 %271 to i64
	%283 = getelementptr i16, i16* %16, i64 %282
	%284 = select i1 %266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %281, i16* %283, i32 %284)
	%285 = add i32 %0, 256
	%286 = lshr i32 %285, 3
	%287 = and i32 %285, 7
	%288 = add i32 %73, %286
	%289 = mul i32 %288, 8
	%290 = add i32 %289, %156
	%291 = icmp slt i32 %290, %N
	%292 = select i1 %291, i32 %290, i32 0
	%293 = mul i32 %292, 64
	%294 = add i32 %293, %158
	%295 = mul i32 %287, 8
	%296 = add i32 %294, %295
	%297 = lshr i32 %287, 3
	%298 = mul i32 %297, u0x4000
	%299 = and i32 %287, 7
	%300 = and i32 %286, 7
	%301 = xor i32 %299, %300
	%302 = mul i32 %286, 128
	%303 = shl i32 %301, 4
	%304 = add i32 %302, %303
	%305 = add i32 %298, %304
	%306 = add i32 %20, %305
	%307 = sext i32 %296 to i64
	%308 = getelementptr i16, i16* %16, i64 %307
	%309 = select i1 %291, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %306, i16* %308, i32 %309)
	%310 = add i32 %0, 512
	%311 = lshr i32 %310, 3
	%312 = and i32 %310, 7
	%313 = add i32 %73, %311
	%314 = mul i32 %313, 8
	%315 = add i32 %314, %156
	%316 = icmp slt i32 %315, %N
	%317 = select i1 %316, i32 %315, i32 0
	%318 = mul i32 %317, 64
	%319 = add i32 %318, %158
	%320 = mul i32 %312, 8
	%321 = add i32 %319, %320
	%322 = lshr i32 %312, 3
	%323 = mul i32 %322, u0x4000
	%324 = and i32 %312, 7
	%325 = and i32 %311, 7
	%326 = xor i32 %324, %325
	%327 = mul i32 %311, 128
	%328 = shl i32 %326, 4
	%329 = add i32 %327, %328
	%330 = add i32 %323, %329
	%331 = add i32 %20, %330
	%332 = sext i32 %321 to i64
	%333 = getelementptr i16, i16* %16, i64 %332
	%334 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %331, i16* %333, i32 %334)
	%335 = add i32 %0, 768
	%336 = lshr i32 %335, 3
	%337 = and i32 %335, 7
	%338 = add i32 %73, %336
	%339 = mul i32 %338, 8
	%340 = add i32 %339, %156
	%341 = icmp slt i32 %340, %N
	%342 = select i1 %341, i32 %340, i32 0
	%343 = mul i32 %342, 64
	%344 = add i32 %343, %158
	%345 = mul i32 %337, 8
	%346 = add i32 %344, %345
	%347 = lshr i32 %337, 3
	%348 = mul i32 %347, u0x4000
	%349 = and i32 %337, 7
	%350 = and i32 %336, 7
	%351 = xor i32 %349, %350
	%352 = mul i32 %336, 128
	%353 = shl i32 %351, 4
	%354 = add i32 %352, %353
	%355 = add i32 %348, %354
	%356 = add i32 %20, %355
	%357 = sext i32 %346 to i64
	%358 = getelementptr i16, i16* %16, i64 %357
	%359 = select i1 %341, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %356, i16* %358, i32 %359)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%360 = add i32 %19, %75
	%361 = add i32 %360, 0
	%362 = lshr i32 %361, 4
	%363 = and i32 %362, u0x3FFF
	%364 = add i32 %363, 0
	%365 = zext i32 %364 to i64
	%366 = or i64 %365, u0x4000004000010000
	%367 = add i32 %20, 0
	%368 = lshr i32 %367, 4
	%369 = and i32 %368, u0x3FFF
	%370 = add i32 %369, 0
	%371 = zext i32 %370 to i64
	%372 = or i64 %371, u0x4000004000010000
	%373 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, float %141, float %142, float %143, float %144, float %145, float %146, float %147, float %148, float %149, float %150, float %151, float %152, float %153, i64 %366, i64 %372, i32 1)
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 0
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 1
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 2
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 3
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 4
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 5
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 6
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 7
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 8
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 9
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 10
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 11
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 12
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 13
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 14
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 15
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 16
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 17
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 18
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 19
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 20
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 21
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 22
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 23
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 24
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 25
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 26
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 27
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 28
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 29
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 30
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 31
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 32
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 33
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 34
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 35
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 36
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 37
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 38
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 39
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 40
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 41
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 42
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 43
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 44
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 45
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 46
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 47
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 48
	%423 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 49
	%424 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 50
	%425 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 51
	%426 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 52
	%427 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 53
	%428 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 54
	%429 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 55
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 56
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 57
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 58
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 59
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 60
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 61
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 62
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %373, 63
	%438 = add i32 %19, %75
	%439 = add i32 %438, 32
	%440 = lshr i32 %439, 4
	%441 = and i32 %440, u0x3FFF
	%442 = add i32 %441, 0
	%443 = zext i32 %442 to i64
	%444 = or i64 %443, u0x4000004000010000
	%445 = add i32 %20, 32
	%446 = lshr i32 %445, 4
	%447 = and i32 %446, u0x3FFF
	%448 = add i32 %447, 0
	%449 = zext i32 %448 to i64
	%450 = or i64 %449, u0x4000004000010000
	%451 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, i64 %444, i64 %450, i32 1)
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 3
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 4
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 5
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 6
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 7
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 8
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 9
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 10
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 11
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 12
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 13
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 14
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 15
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 16
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 17
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 18
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 19
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 20
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 21
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 22
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 23
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 24
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 25
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 26
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 27
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 28
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 29
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 30
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 31
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 32
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 33
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 34
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 35
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 36
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 37
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 38
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 39
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 40
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 41
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 42
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 43
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 44
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 45
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 46
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 47
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 48
	%501 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 49
	%502 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 50
	%503 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 51
	%504 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 52
	%505 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 53
	%506 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 54
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 55
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 56
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 57
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 58
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 59
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 60
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 61
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 62
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %451, 63
	%516 = add i32 %19, %75
	%517 = add i32 %516, 64
	%518 = lshr i32 %517, 4
	%519 = and i32 %518, u0x3FFF
	%520 = add i32 %519, 0
	%521 = zext i32 %520 to i64
	%522 = or i64 %521, u0x4000004000010000
	%523 = add i32 %20, 64
	%524 = lshr i32 %523, 4
	%525 = and i32 %524, u0x3FFF
	%526 = add i32 %525, 0
	%527 = zext i32 %526 to i64
	%528 = or i64 %527, u0x4000004000010000
	%529 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, i64 %522, i64 %528, i32 1)
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 0
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 1
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 2
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 3
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 4
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 5
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 6
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 7
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 8
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 9
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 10
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 11
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 12
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 13
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 14
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 15
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 16
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 17
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 18
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 19
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 20
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 21
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 22
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 23
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 24
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 25
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 26
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 27
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 28
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 29
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 30
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 31
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 32
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 33
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 34
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 35
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 36
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 37
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 38
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 39
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 40
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 41
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 42
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 43
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 44
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 45
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 46
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 47
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 48
	%579 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 49
	%580 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 50
	%581 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 51
	%582 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 52
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 53
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 54
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 55
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 56
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 57
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 58
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 59
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 60
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 61
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 62
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %529, 63
	%594 = add i32 %19, %75
	%595 = add i32 %594, 96
	%596 = lshr i32 %595, 4
	%597 = and i32 %596, u0x3FFF
	%598 = add i32 %597, 0
	%599 = zext i32 %598 to i64
	%600 = or i64 %599, u0x4000004000010000
	%601 = add i32 %20, 96
	%602 = lshr i32 %601, 4
	%603 = and i32 %602, u0x3FFF
	%604 = add i32 %603, 0
	%605 = zext i32 %604 to i64
	%606 = or i64 %605, u0x4000004000010000
	%607 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, i64 %600, i64 %606, i32 1)
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 0
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 1
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 2
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 3
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 4
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 5
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 6
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 7
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 8
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 9
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 10
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 11
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 12
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 13
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 14
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 15
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 16
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 17
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 18
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 19
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 20
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 21
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 22
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 23
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 24
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 25
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 26
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 27
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 28
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 29
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 30
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 31
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 32
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 33
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 34
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 35
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 36
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 37
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 38
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 39
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 40
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 41
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 42
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 43
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 44
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 45
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 46
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 47
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 48
	%657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 49
	%658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 50
	%659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 51
	%660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 52
	%661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 53
	%662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 54
	%663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 55
	%664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 56
	%665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 57
	%666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 58
	%667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 59
	%668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 60
	%669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 61
	%670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 62
	%671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %607, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
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
	%719 = call float asm sideeffect "", "=f,0"(float %655)
	%720 = call float asm sideeffect "", "=f,0"(float %656)
	%721 = call float asm sideeffect "", "=f,0"(float %657)
	%722 = call float asm sideeffect "", "=f,0"(float %658)
	%723 = call float asm sideeffect "", "=f,0"(float %659)
	%724 = call float asm sideeffect "", "=f,0"(float %660)
	%725 = call float asm sideeffect "", "=f,0"(float %661)
	%726 = call float asm sideeffect "", "=f,0"(float %662)
	%727 = call float asm sideeffect "", "=f,0"(float %663)
	%728 = call float asm sideeffect "", "=f,0"(float %664)
	%729 = call float asm sideeffect "", "=f,0"(float %665)
	%730 = call float asm sideeffect "", "=f,0"(float %666)
	%731 = call float asm sideeffect "", "=f,0"(float %667)
	%732 = call float asm sideeffect "", "=f,0"(float %668)
	%733 = call float asm sideeffect "", "=f,0"(float %669)
	%734 = call float asm sideeffect "", "=f,0"(float %670)
	%735 = call float asm sideeffect "", "=f,0"(float %671)
	call void @llvm.nvvm.barrier0()
	%736 = add i32 %89, 1
	br label %88

737:
	%738 = mul i32 %4, 16
	%739 = add i32 %6, 0
	%740 = add i32 %738, %739
	%741 = add i32 %3, %740
	%742 = shl i32 %7, 1
	%743 = add i32 0, %742
	%744 = add i32 %73, %743
	%745 = icmp slt i32 %741, %R
	%746 = icmp slt i32 %744, %T
	%747 = and i1 %745, %746
	%748 = mul i32 %741, 8
	%749 = add i32 %748, 7
	%750 = sub i32 %N, %M
	%751 = add i32 %749, %750
	%752 = icmp slt i32 %751, 0
	%753 = sub i32 0, %751
	%754 = add i32 %753, 7
	%755 = sdiv i32 %754, 8
	%756 = sub i32 0, %755
	%757 = sdiv i32 %751, 8
	%758 = select i1 %752, i32 %756, i32 %757
	%759 = icmp sle i32 %744, %758
	%760 = and i1 %747, %759
	%761 = fmul float %90, 0x3F97154760000000
	%762 = select i1 %760, float %761, float 0xFFF0000000000000
	%763 = mul i32 %4, 16
	%764 = add i32 %6, 0
	%765 = add i32 %763, %764
	%766 = add i32 %3, %765
	%767 = shl i32 %7, 1
	%768 = add i32 1, %767
	%769 = add i32 %73, %768
	%770 = icmp slt i32 %766, %R
	%771 = icmp slt i32 %769, %T
	%772 = and i1 %770, %771
	%773 = mul i32 %766, 8
	%774 = add i32 %773, 7
	%775 = sub i32 %N, %M
	%776 = add i32 %774, %775
	%777 = icmp slt i32 %776, 0
	%778 = sub i32 0, %776
	%779 = add i32 %778, 7
	%780 = sdiv i32 %779, 8
	%781 = sub i32 0, %780
	%782 = sdiv i32 %776, 8
	%783 = select i1 %777, i32 %781, i32 %782
	%784 = icmp sle i32 %769, %783
	%785 = and i1 %772, %784
	%786 = fmul float %91, 0x3F97154760000000
	%787 = select i1 %785, float %786, float 0xFFF0000000000000
	%788 = mul i32 %4, 16
	%789 = add i32 %6, 8
	%790 = add i32 %788, %789
	%791 = add i32 %3, %790
	%792 = shl i32 %7, 1
	%793 = add i32 0, %792
	%794 = add i32 %73, %793
	%795 = icmp slt i32 %791, %R
	%796 = icmp slt i32 %794, %T
	%797 = and i1 %795, %796
	%798 = mul i32 %791, 8
	%799 = add i32 %798, 7
	%800 = sub i32 %N, %M
	%801 = add i32 %799, %800
	%802 = icmp slt i32 %801, 0
	%803 = sub i32 0, %801
	%804 = add i32 %803, 7
	%805 = sdiv i32 %804, 8
	%806 = sub i32 0, %805
	%807 = sdiv i32 %801, 8
	%808 = select i1 %802, i32 %806, i32 %807
	%809 = icmp sle i32 %794, %808
	%810 = and i1 %797, %809
	%811 = fmul float %92, 0x3F97154760000000
	%812 = select i1 %810, float %811, float 0xFFF0000000000000
	%813 = mul i32 %4, 16
	%814 = add i32 %6, 8
	%815 = add i32 %813, %814
	%816 = add i32 %3, %815
	%817 = shl i32 %7, 1
	%818 = add i32 1, %817
	%819 = add i32 %73, %818
	%820 = icmp slt i32 %816, %R
	%821 = icmp slt i32 %819, %T
	%822 = and i1 %820, %821
	%823 = mul i32 %816, 8
	%824 = add i32 %823, 7
	%825 = sub i32 %N, %M
	%826 = add i32 %824, %825
	%827 = icmp slt i32 %826, 0
	%828 = sub i32 0, %826
	%829 = add i32 %828, 7
	%830 = sdiv i32 %829, 8
	%831 = sub i32 0, %830
	%832 = sdiv i32 %826, 8
	%833 = select i1 %827, i32 %831, i32 %832
	%834 = icmp sle i32 %819, %833
	%835 = and i1 %822, %834
	%836 = fmul float %93, 0x3F97154760000000
	%837 = select i1 %835, float %836, float 0xFFF0000000000000
	%838 = mul i32 %4, 16
	%839 = add i32 %6, 0
	%840 = add i32 %838, %839
	%841 = add i32 %3, %840
	%842 = shl i32 %7, 1
	%843 = add i32 8, %842
	%844 = add i32 %73, %843
	%845 = icmp slt i32 %841, %R
	%846 = icmp slt i32 %844, %T
	%847 = and i1 %845, %846
	%848 = mul i32 %841, 8
	%849 = add i32 %848, 7
	%850 = sub i32 %N, %M
	%851 = add i32 %849, %850
	%852 = icmp slt i32 %851, 0
	%853 = sub i32 0, %851
	%854 = add i32 %853, 7
	%855 = sdiv i32 %854, 8
	%856 = sub i32 0, %855
	%857 = sdiv i32 %851, 8
	%858 = select i1 %852, i32 %856, i32 %857
	%859 = icmp sle i32 %844, %858
	%860 = and i1 %847, %859
	%861 = fmul float %94, 0x3F97154760000000
	%862 = select i1 %860, float %861, float 0xFFF0000000000000
	%863 = mul i32 %4, 16
	%864 = add i32 %6, 0
	%865 = add i32 %863, %864
	%866 = add i32 %3, %865
	%867 = shl i32 %7, 1
	%868 = add i32 9, %867
	%869 = add i32 %73, %868
	%870 = icmp slt i32 %866, %R
	%871 = icmp slt i32 %869, %T
	%872 = and i1 %870, %871
	%873 = mul i32 %866, 8
	%874 = add i32 %873, 7
	%875 = sub i32 %N, %M
	%876 = add i32 %874, %875
	%877 = icmp slt i32 %876, 0
	%878 = sub i32 0, %876
	%879 = add i32 %878, 7
	%880 = sdiv i32 %879, 8
	%881 = sub i32 0, %880
	%882 = sdiv i32 %876, 8
	%883 = select i1 %877, i32 %881, i32 %882
	%884 = icmp sle i32 %869, %883
	%885 = and i1 %872, %884
	%886 = fmul float %95, 0x3F97154760000000
	%887 = select i1 %885, float %886, float 0xFFF0000000000000
	%888 = mul i32 %4, 16
	%889 = add i32 %6, 8
	%890 = add i32 %888, %889
	%891 = add i32 %3, %890
	%892 = shl i32 %7, 1
	%893 = add i32 8, %892
	%894 = add i32 %73, %893
	%895 = icmp slt i32 %891, %R
	%896 = icmp slt i32 %894, %T
	%897 = and i1 %895, %896
	%898 = mul i32 %891, 8
	%899 = add i32 %898, 7
	%900 = sub i32 %N, %M
	%901 = add i32 %899, %900
	%902 = icmp slt i32 %901, 0
	%903 = sub i32 0, %901
	%904 = add i32 %903, 7
	%905 = sdiv i32 %904, 8
	%906 = sub i32 0, %905
	%907 = sdiv i32 %901, 8
	%908 = select i1 %902, i32 %906, i32 %907
	%909 = icmp sle i32 %894, %908
	%910 = and i1 %897, %909
	%911 = fmul float %96, 0x3F97154760000000
	%912 = select i1 %910, float %911, float 0xFFF0000000000000
	%913 = mul i32 %4, 16
	%914 = add i32 %6, 8
	%915 = add i32 %913, %914
	%916 = add i32 %3, %915
	%917 = shl i32 %7, 1
	%918 = add i32 9, %917
	%919 = add i32 %73, %918
	%920 = icmp slt i32 %916, %R
	%921 = icmp slt i32 %919, %T
	%922 = and i1 %920, %921
	%923 = mul i32 %916, 8
	%924 = add i32 %923, 7
	%925 = sub i32 %N, %M
	%926 = add i32 %924, %925
	%927 = icmp slt i32 %926, 0
	%928 = sub i32 0, %926
	%929 = add i32 %928, 7
	%930 = sdiv i32 %929, 8
	%931 = sub i32 0, %930
	%932 = sdiv i32 %926, 8
	%933 = select i1 %927, i32 %931, i32 %932
	%934 = icmp sle i32 %919, %933
	%935 = and i1 %922, %934
	%936 = fmul float %97, 0x3F97154760000000
	%937 = select i1 %935, float %936, float 0xFFF0000000000000
	%938 = mul i32 %4, 16
	%939 = add i32 %6, 0
	%940 = add i32 %938, %939
	%941 = add i32 %3, %940
	%942 = shl i32 %7, 1
	%943 = add i32 16, %942
	%944 = add i32 %73, %943
	%945 = icmp slt i32 %941, %R
	%946 = icmp slt i32 %944, %T
	%947 = and i1 %945, %946
	%948 = mul i32 %941, 8
	%949 = add i32 %948, 7
	%950 = sub i32 %N, %M
	%951 = add i32 %949, %950
	%952 = icmp slt i32 %951, 0
	%953 = sub i32 0, %951
	%954 = add i32 %953, 7
	%955 = sdiv i32 %954, 8
	%956 = sub i32 0, %955
	%957 = sdiv i32 %951, 8
	%958 = select i1 %952, i32 %956, i32 %957
	%959 = icmp sle i32 %944, %958
	%960 = and i1 %947, %959
	%961 = fmul float %98, 0x3F97154760000000
	%962 = select i1 %960, float %961, float 0xFFF0000000000000
	%963 = mul i32 %4, 16
	%964 = add i32 %6, 0
	%965 = add i32 %963, %964
	%966 = add i32 %3, %965
	%967 = shl i32 %7, 1
	%968 = add i32 17, %967
	%969 = add i32 %73, %968
	%970 = icmp slt i32 %966, %R
	%971 = icmp slt i32 %969, %T
	%972 = and i1 %970, %971
	%973 = mul i32 %966, 8
	%974 = add i32 %973, 7
	%975 = sub i32 %N, %M
	%976 = add i32 %974, %975
	%977 = icmp slt i32 %976, 0
	%978 = sub i32 0, %976
	%979 = add i32 %978, 7
	%980 = sdiv i32 %979, 8
	%981 = sub i32 0, %980
	%982 = sdiv i32 %976, 8
	%983 = select i1 %977, i32 %981, i32 %982
	%984 = icmp sle i32 %969, %983
	%985 = and i1 %972, %984
	%986 = fmul float %99, 0x3F97154760000000
	%987 = select i1 %985, float %986, float 0xFFF0000000000000
	%988 = mul i32 %4, 16
	%989 = add i32 %6, 8
	%990 = add i32 %988, %989
	%991 = add i32 %3, %990
	%992 = shl i32 %7, 1
	%993 = add i32 16, %992
	%994 = add i32 %73, %993
	%995 = icmp slt i32 %991, %R
	%996 = icmp slt i32 %994, %T
	%997 = and i1 %995, %996
	%998 = mul i32 %991, 8
	%999 = add i32 %998, 7
	%1000 = sub i32 %N, %M
	%1001 = add i32 %999, %1000
	%1002 = icmp slt i32 %1001, 0
	%1003 = sub i32 0, %1001
	%1004 = add i32 %1003, 7
	%1005 = sdiv i32 %1004, 8
	%1006 = sub i32 0, %1005
	%1007 = sdiv i32 %1001, 8
	%1008 = select i1 %1002, i32 %1006, i32 %1007
	%1009 = icmp sle i32 %994, %1008
	%1010 = and i1 %997, %1009
	%1011 = fmul float %100, 0x3F97154760000000
	%1012 = select i1 %1010, float %1011, float 0xFFF0000000000000
	%1013 = mul i32 %4, 16
	%1014 = add i32 %6, 8
	%1015 = add i32 %1013, %1014
	%1016 = add i32 %3, %1015
	%1017 = shl i32 %7, 1
	%1018 = add i32 17, %1017
	%1019 = add i32 %73, %1018
	%1020 = icmp slt i32 %1016, %R
	%1021 = icmp slt i32 %1019, %T
	%1022 = and i1 %1020, %1021
	%1023 = mul i32 %1016, 8
	%1024 = add i32 %1023, 7
	%1025 = sub i32 %N, %M
	%1026 = add i32 %1024, %1025
	%1027 = icmp slt i32 %1026, 0
	%1028 = sub i32 0, %1026
	%1029 = add i32 %1028, 7
	%1030 = sdiv i32 %1029, 8
	%1031 = sub i32 0, %1030
	%1032 = sdiv i32 %1026, 8
	%1033 = select i1 %1027, i32 %1031, i32 %1032
	%1034 = icmp sle i32 %1019, %1033
	%1035 = and i1 %1022, %1034
	%1036 = fmul float %101, 0x3F97154760000000
	%1037 = select i1 %1035, float %1036, float 0xFFF0000000000000
	%1038 = mul i32 %4, 16
	%1039 = add i32 %6, 0
	%1040 = add i32 %1038, %1039
	%1041 = add i32 %3, %1040
	%1042 = shl i32 %7, 1
	%1043 = add i32 24, %1042
	%1044 = add i32 %73, %1043
	%1045 = icmp slt i32 %1041, %R
	%1046 = icmp slt i32 %1044, %T
	%1047 = and i1 %1045, %1046
	%1048 = mul i32 %1041, 8
	%1049 = add i32 %1048, 7
	%1050 = sub i32 %N, %M
	%1051 = add i32 %1049, %1050
	%1052 = icmp slt i32 %1051, 0
	%1053 = sub i32 0, %1051
	%1054 = add i32 %1053, 7
	%1055 = sdiv i32 %1054, 8
	%1056 = sub i32 0, %1055
	%1057 = sdiv i32 %1051, 8
	%1058 = select i1 %1052, i32 %1056, i32 %1057
	%1059 = icmp sle i32 %1044, %1058
	%1060 = and i1 %1047, %1059
	%1061 = fmul float %102, 0x3F97154760000000
	%1062 = select i1 %1060, float %1061, float 0xFFF0000000000000
	%1063 = mul i32 %4, 16
	%1064 = add i32 %6, 0
	%1065 = add i32 %1063, %1064
	%1066 = add i32 %3, %1065
	%1067 = shl i32 %7, 1
	%1068 = add i32 25, %1067
	%1069 = add i32 %73, %1068
	%1070 = icmp slt i32 %1066, %R
	%1071 = icmp slt i32 %1069, %T
	%1072 = and i1 %1070, %1071
	%1073 = mul i32 %1066, 8
	%1074 = add i32 %1073, 7
	%1075 = sub i32 %N, %M
	%1076 = add i32 %1074, %1075
	%1077 = icmp slt i32 %1076, 0
	%1078 = sub i32 0, %1076
	%1079 = add i32 %1078, 7
	%1080 = sdiv i32 %1079, 8
	%1081 = sub i32 0, %1080
	%1082 = sdiv i32 %1076, 8
	%1083 = select i1 %1077, i32 %1081, i32 %1082
	%1084 = icmp sle i32 %1069, %1083
	%1085 = and i1 %1072, %1084
	%1086 = fmul float %103, 0x3F97154760000000
	%1087 = select i1 %1085, float %1086, float 0xFFF0000000000000
	%1088 = mul i32 %4, 16
	%1089 = add i32 %6, 8
	%1090 = add i32 %1088, %1089
	%1091 = add i32 %3, %1090
	%1092 = shl i32 %7, 1
	%1093 = add i32 24, %1092
	%1094 = add i32 %73, %1093
	%1095 = icmp slt i32 %1091, %R
	%1096 = icmp slt i32 %1094, %T
	%1097 = and i1 %1095, %1096
	%1098 = mul i32 %1091, 8
	%1099 = add i32 %1098, 7
	%1100 = sub i32 %N, %M
	%1101 = add i32 %1099, %1100
	%1102 = icmp slt i32 %1101, 0
	%1103 = sub i32 0, %1101
	%1104 = add i32 %1103, 7
	%1105 = sdiv i32 %1104, 8
	%1106 = sub i32 0, %1105
	%1107 = sdiv i32 %1101, 8
	%1108 = select i1 %1102, i32 %1106, i32 %1107
	%1109 = icmp sle i32 %1094, %1108
	%1110 = and i1 %1097, %1109
	%1111 = fmul float %104, 0x3F97154760000000
	%1112 = select i1 %1110, float %1111, float 0xFFF0000000000000
	%1113 = mul i32 %4, 16
	%1114 = add i32 %6, 8
	%1115 = add i32 %1113, %1114
	%1116 = add i32 %3, %1115
	%1117 = shl i32 %7, 1
	%1118 = add i32 25, %1117
	%1119 = add i32 %73, %1118
	%1120 = icmp slt i32 %1116, %R
	%1121 = icmp slt i32 %1119, %T
	%1122 = and i1 %1120, %1121
	%1123 = mul i32 %1116, 8
	%1124 = add i32 %1123, 7
	%1125 = sub i32 %N, %M
	%1126 = add i32 %1124, %1125
	%1127 = icmp slt i32 %1126, 0
	%1128 = sub i32 0, %1126
	%1129 = add i32 %1128, 7
	%1130 = sdiv i32 %1129, 8
	%1131 = sub i32 0, %1130
	%1132 = sdiv i32 %1126, 8
	%1133 = select i1 %1127, i32 %1131, i32 %1132
	%1134 = icmp sle i32 %1119, %1133
	%1135 = and i1 %1122, %1134
	%1136 = fmul float %105, 0x3F97154760000000
	%1137 = select i1 %1135, float %1136, float 0xFFF0000000000000
	%1138 = mul i32 %4, 16
	%1139 = add i32 %6, 0
	%1140 = add i32 %1138, %1139
	%1141 = add i32 %3, %1140
	%1142 = shl i32 %7, 1
	%1143 = add i32 32, %1142
	%1144 = add i32 %73, %1143
	%1145 = icmp slt i32 %1141, %R
	%1146 = icmp slt i32 %1144, %T
	%1147 = and i1 %1145, %1146
	%1148 = mul i32 %1141, 8
	%1149 = add i32 %1148, 7
	%1150 = sub i32 %N, %M
	%1151 = add i32 %1149, %1150
	%1152 = icmp slt i32 %1151, 0
	%1153 = sub i32 0, %1151
	%1154 = add i32 %1153, 7
	%1155 = sdiv i32 %1154, 8
	%1156 = sub i32 0, %1155
	%1157 = sdiv i32 %1151, 8
	%1158 = select i1 %1152, i32 %1156, i32 %1157
	%1159 = icmp sle i32 %1144, %1158
	%1160 = and i1 %1147, %1159
	%1161 = fmul float %106, 0x3F97154760000000
	%1162 = select i1 %1160, float %1161, float 0xFFF0000000000000
	%1163 = mul i32 %4, 16
	%1164 = add i32 %6, 0
	%1165 = add i32 %1163, %1164
	%1166 = add i32 %3, %1165
	%1167 = shl i32 %7, 1
	%1168 = add i32 33, %1167
	%1169 = add i32 %73, %1168
	%1170 = icmp slt i32 %1166, %R
	%1171 = icmp slt i32 %1169, %T
	%1172 = and i1 %1170, %1171
	%1173 = mul i32 %1166, 8
	%1174 = add i32 %1173, 7
	%1175 = sub i32 %N, %M
	%1176 = add i32 %1174, %1175
	%1177 = icmp slt i32 %1176, 0
	%1178 = sub i32 0, %1176
	%1179 = add i32 %1178, 7
	%1180 = sdiv i32 %1179, 8
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1176, 8
	%1183 = select i1 %1177, i32 %1181, i32 %1182
	%1184 = icmp sle i32 %1169, %1183
	%1185 = and i1 %1172, %1184
	%1186 = fmul float %107, 0x3F97154760000000
	%1187 = select i1 %1185, float %1186, float 0xFFF0000000000000
	%1188 = mul i32 %4, 16
	%1189 = add i32 %6, 8
	%1190 = add i32 %1188, %1189
	%1191 = add i32 %3, %1190
	%1192 = shl i32 %7, 1
	%1193 = add i32 32, %1192
	%1194 = add i32 %73, %1193
	%1195 = icmp slt i32 %1191, %R
	%1196 = icmp slt i32 %1194, %T
	%1197 = and i1 %1195, %1196
	%1198 = mul i32 %1191, 8
	%1199 = add i32 %1198, 7
	%1200 = sub i32 %N, %M
	%1201 = add i32 %1199, %1200
	%1202 = icmp slt i32 %1201, 0
	%1203 = sub i32 0, %1201
	%1204 = add i32 %1203, 7
	%1205 = sdiv i32 %1204, 8
	%1206 = sub i32 0, %1205
	%1207 = sdiv i32 %1201, 8
	%1208 = select i1 %1202, i32 %1206, i32 %1207
	%1209 = icmp sle i32 %1194, %1208
	%1210 = and i1 %1197, %1209
	%1211 = fmul float %108, 0x3F97154760000000
	%1212 = select i1 %1210, float %1211, float 0xFFF0000000000000
	%1213 = mul i32 %4, 16
	%1214 = add i32 %6, 8
	%1215 = add i32 %1213, %1214
	%1216 = add i32 %3, %1215
	%1217 = shl i32 %7, 1
	%1218 = add i32 33, %1217
	%1219 = add i32 %73, %1218
	%1220 = icmp slt i32 %1216, %R
	%1221 = icmp slt i32 %1219, %T
	%1222 = and i1 %1220, %1221
	%1223 = mul i32 %1216, 8
	%1224 = add i32 %1223, 7
	%1225 = sub i32 %N, %M
	%1226 = add i32 %1224, %1225
	%1227 = icmp slt i32 %1226, 0
	%1228 = sub i32 0, %1226
	%1229 = add i32 %1228, 7
	%1230 = sdiv i32 %1229, 8
	%1231 = sub i32 0, %1230
	%1232 = sdiv i32 %1226, 8
	%1233 = select i1 %1227, i32 %1231, i32 %1232
	%1234 = icmp sle i32 %1219, %1233
	%1235 = and i1 %1222, %1234
	%1236 = fmul float %109, 0x3F97154760000000
	%1237 = select i1 %1235, float %1236, float 0xFFF0000000000000
	%1238 = mul i32 %4, 16
	%1239 = add i32 %6, 0
	%1240 = add i32 %1238, %1239
	%1241 = add i32 %3, %1240
	%1242 = shl i32 %7, 1
	%1243 = add i32 40, %1242
	%1244 = add i32 %73, %1243
	%1245 = icmp slt i32 %1241, %R
	%1246 = icmp slt i32 %1244, %T
	%1247 = and i1 %1245, %1246
	%1248 = mul i32 %1241, 8
	%1249 = add i32 %1248, 7
	%1250 = sub i32 %N, %M
	%1251 = add i32 %1249, %1250
	%1252 = icmp slt i32 %1251, 0
	%1253 = sub i32 0, %1251
	%1254 = add i32 %1253, 7
	%1255 = sdiv i32 %1254, 8
	%1256 = sub i32 0, %1255
	%1257 = sdiv i32 %1251, 8
	%1258 = select i1 %1252, i32 %1256, i32 %1257
	%1259 = icmp sle i32 %1244, %1258
	%1260 = and i1 %1247, %1259
	%1261 = fmul float %110, 0x3F97154760000000
	%1262 = select i1 %1260, float %1261, float 0xFFF0000000000000
	%1263 = mul i32 %4, 16
	%1264 = add i32 %6, 0
	%1265 = add i32 %1263, %1264
	%1266 = add i32 %3, %1265
	%1267 = shl i32 %7, 1
	%1268 = add i32 41, %1267
	%1269 = add i32 %73, %1268
	%1270 = icmp slt i32 %1266, %R
	%1271 = icmp slt i32 %1269, %T
	%1272 = and i1 %1270, %1271
	%1273 = mul i32 %1266, 8
	%1274 = add i32 %1273, 7
	%1275 = sub i32 %N, %M
	%1276 = add i32 %1274, %1275
	%1277 = icmp slt i32 %1276, 0
	%1278 = sub i32 0, %1276
	%1279 = add i32 %1278, 7
	%1280 = sdiv i32 %1279, 8
	%1281 = sub i32 0, %1280
	%1282 = sdiv i32 %1276, 8
	%1283 = select i1 %1277, i32 %1281, i32 %1282
	%1284 = icmp sle i32 %1269, %1283
	%1285 = and i1 %1272, %1284
	%1286 = fmul float %111, 0x3F97154760000000
	%1287 = select i1 %1285, float %1286, float 0xFFF0000000000000
	%1288 = mul i32 %4, 16
	%1289 = add i32 %6, 8
	%1290 = add i32 %1288, %1289
	%1291 = add i32 %3, %1290
	%1292 = shl i32 %7, 1
	%1293 = add i32 40, %1292
	%1294 = add i32 %73, %1293
	%1295 = icmp slt i32 %1291, %R
	%1296 = icmp slt i32 %1294, %T
	%1297 = and i1 %1295, %1296
	%1298 = mul i32 %1291, 8
	%1299 = add i32 %1298, 7
	%1300 = sub i32 %N, %M
	%1301 = add i32 %1299, %1300
	%1302 = icmp slt i32 %1301, 0
	%1303 = sub i32 0, %1301
	%1304 = add i32 %1303, 7
	%1305 = sdiv i32 %1304, 8
	%1306 = sub i32 0, %1305
	%1307 = sdiv i32 %1301, 8
	%1308 = select i1 %1302, i32 %1306, i32 %1307
	%1309 = icmp sle i32 %1294, %1308
	%1310 = and i1 %1297, %1309
	%1311 = fmul float %112, 0x3F97154760000000
	%1312 = select i1 %1310, float %1311, float 0xFFF0000000000000
	%1313 = mul i32 %4, 16
	%1314 = add i32 %6, 8
	%1315 = add i32 %1313, %1314
	%1316 = add i32 %3, %1315
	%1317 = shl i32 %7, 1
	%1318 = add i32 41, %1317
	%1319 = add i32 %73, %1318
	%1320 = icmp slt i32 %1316, %R
	%1321 = icmp slt i32 %1319, %T
	%1322 = and i1 %1320, %1321
	%1323 = mul i32 %1316, 8
	%1324 = add i32 %1323, 7
	%1325 = sub i32 %N, %M
	%1326 = add i32 %1324, %1325
	%1327 = icmp slt i32 %1326, 0
	%1328 = sub i32 0, %1326
	%1329 = add i32 %1328, 7
	%1330 = sdiv i32 %1329, 8
	%1331 = sub i32 0, %1330
	%1332 = sdiv i32 %1326, 8
	%1333 = select i1 %1327, i32 %1331, i32 %1332
	%1334 = icmp sle i32 %1319, %1333
	%1335 = and i1 %1322, %1334
	%1336 = fmul float %113, 0x3F97154760000000
	%1337 = select i1 %1335, float %1336, float 0xFFF0000000000000
	%1338 = mul i32 %4, 16
	%1339 = add i32 %6, 0
	%1340 = add i32 %1338, %1339
	%1341 = add i32 %3, %1340
	%1342 = shl i32 %7, 1
	%1343 = add i32 48, %1342
	%1344 = add i32 %73, %1343
	%1345 = icmp slt i32 %1341, %R
	%1346 = icmp slt i32 %1344, %T
	%1347 = and i1 %1345, %1346
	%1348 = mul i32 %1341, 8
	%1349 = add i32 %1348, 7
	%1350 = sub i32 %N, %M
	%1351 = add i32 %1349, %1350
	%1352 = icmp slt i32 %1351, 0
	%1353 = sub i32 0, %1351
	%1354 = add i32 %1353, 7
	%1355 = sdiv i32 %1354, 8
	%1356 = sub i32 0, %1355
	%1357 = sdiv i32 %1351, 8
	%1358 = select i1 %1352, i32 %1356, i32 %1357
	%1359 = icmp sle i32 %1344, %1358
	%1360 = and i1 %1347, %1359
	%1361 = fmul float %114, 0x3F97154760000000
	%1362 = select i1 %1360, float %1361, float 0xFFF0000000000000
	%1363 = mul i32 %4, 16
	%1364 = add i32 %6, 0
	%1365 = add i32 %1363, %1364
	%1366 = add i32 %3, %1365
	%1367 = shl i32 %7, 1
	%1368 = add i32 49, %1367
	%1369 = add i32 %73, %1368
	%1370 = icmp slt i32 %1366, %R
	%1371 = icmp slt i32 %1369, %T
	%1372 = and i1 %1370, %1371
	%1373 = mul i32 %1366, 8
	%1374 = add i32 %1373, 7
	%1375 = sub i32 %N, %M
	%1376 = add i32 %1374, %1375
	%1377 = icmp slt i32 %1376, 0
	%1378 = sub i32 0, %1376
	%1379 = add i32 %1378, 7
	%1380 = sdiv i32 %1379, 8
	%1381 = sub i32 0, %1380
	%1382 = sdiv i32 %1376, 8
	%1383 = select i1 %1377, i32 %1381, i32 %1382
	%1384 = icmp sle i32 %1369, %1383
	%1385 = and i1 %1372, %1384
	%1386 = fmul float %115, 0x3F97154760000000
	%1387 = select i1 %1385, float %1386, float 0xFFF0000000000000
	%1388 = mul i32 %4, 16
	%1389 = add i32 %6, 8
	%1390 = add i32 %1388, %1389
	%1391 = add i32 %3, %1390
	%1392 = shl i32 %7, 1
	%1393 = add i32 48, %1392
	%1394 = add i32 %73, %1393
	%1395 = icmp slt i32 %1391, %R
	%1396 = icmp slt i32 %1394, %T
	%1397 = and i1 %1395, %1396
	%1398 = mul i32 %1391, 8
	%1399 = add i32 %1398, 7
	%1400 = sub i32 %N, %M
	%1401 = add i32 %1399, %1400
	%1402 = icmp slt i32 %1401, 0
	%1403 = sub i32 0, %1401
	%1404 = add i32 %1403, 7
	%1405 = sdiv i32 %1404, 8
	%1406 = sub i32 0, %1405
	%1407 = sdiv i32 %1401, 8
	%1408 = select i1 %1402, i32 %1406, i32 %1407
	%1409 = icmp sle i32 %1394, %1408
	%1410 = and i1 %1397, %1409
	%1411 = fmul float %116, 0x3F97154760000000
	%1412 = select i1 %1410, float %1411, float 0xFFF0000000000000
	%1413 = mul i32 %4, 16
	%1414 = add i32 %6, 8
	%1415 = add i32 %1413, %1414
	%1416 = add i32 %3, %1415
	%1417 = shl i32 %7, 1
	%1418 = add i32 49, %1417
	%1419 = add i32 %73, %1418
	%1420 = icmp slt i32 %1416, %R
	%1421 = icmp slt i32 %1419, %T
	%1422 = and i1 %1420, %1421
	%1423 = mul i32 %1416, 8
	%1424 = add i32 %1423, 7
	%1425 = sub i32 %N, %M
	%1426 = add i32 %1424, %1425
	%1427 = icmp slt i32 %1426, 0
	%1428 = sub i32 0, %1426
	%1429 = add i32 %1428, 7
	%1430 = sdiv i32 %1429, 8
	%1431 = sub i32 0, %1430
	%1432 = sdiv i32 %1426, 8
	%1433 = select i1 %1427, i32 %1431, i32 %1432
	%1434 = icmp sle i32 %1419, %1433
	%1435 = and i1 %1422, %1434
	%1436 = fmul float %117, 0x3F97154760000000
	%1437 = select i1 %1435, float %1436, float 0xFFF0000000000000
	%1438 = mul i32 %4, 16
	%1439 = add i32 %6, 0
	%1440 = add i32 %1438, %1439
	%1441 = add i32 %3, %1440
	%1442 = shl i32 %7, 1
	%1443 = add i32 56, %1442
	%1444 = add i32 %73, %1443
	%1445 = icmp slt i32 %1441, %R
	%1446 = icmp slt i32 %1444, %T
	%1447 = and i1 %1445, %1446
	%1448 = mul i32 %1441, 8
	%1449 = add i32 %1448, 7
	%1450 = sub i32 %N, %M
	%1451 = add i32 %1449, %1450
	%1452 = icmp slt i32 %1451, 0
	%1453 = sub i32 0, %1451
	%1454 = add i32 %1453, 7
	%1455 = sdiv i32 %1454, 8
	%1456 = sub i32 0, %1455
	%1457 = sdiv i32 %1451, 8
	%1458 = select i1 %1452, i32 %1456, i32 %1457
	%1459 = icmp sle i32 %1444, %1458
	%1460 = and i1 %1447, %1459
	%1461 = fmul float %118, 0x3F97154760000000
	%1462 = select i1 %1460, float %1461, float 0xFFF0000000000000
	%1463 = mul i32 %4, 16
	%1464 = add i32 %6, 0
	%1465 = add i32 %1463, %1464
	%1466 = add i32 %3, %1465
	%1467 = shl i32 %7, 1
	%1468 = add i32 57, %1467
	%1469 = add i32 %73, %1468
	%1470 = icmp slt i32 %1466, %R
	%1471 = icmp slt i32 %1469, %T
	%1472 = and i1 %1470, %1471
	%1473 = mul i32 %1466, 8
	%1474 = add i32 %1473, 7
	%1475 = sub i32 %N, %M
	%1476 = add i32 %1474, %1475
	%1477 = icmp slt i32 %1476, 0
	%1478 = sub i32 0, %1476
	%1479 = add i32 %1478, 7
	%1480 = sdiv i32 %1479, 8
	%1481 = sub i32 0, %1480
	%1482 = sdiv i32 %1476, 8
	%1483 = select i1 %1477, i32 %1481, i32 %1482
	%1484 = icmp sle i32 %1469, %1483
	%1485 = and i1 %1472, %1484
	%1486 = fmul float %119, 0x3F97154760000000
	%1487 = select i1 %1485, float %1486, float 0xFFF0000000000000
	%1488 = mul i32 %4, 16
	%1489 = add i32 %6, 8
	%1490 = add i32 %1488, %1489
	%1491 = add i32 %3, %1490
	%1492 = shl i32 %7, 1
	%1493 = add i32 56, %1492
	%1494 = add i32 %73, %1493
	%1495 = icmp slt i32 %1491, %R
	%1496 = icmp slt i32 %1494, %T
	%1497 = and i1 %1495, %1496
	%1498 = mul i32 %1491, 8
	%1499 = add i32 %1498, 7
	%1500 = sub i32 %N, %M
	%1501 = add i32 %1499, %1500
	%1502 = icmp slt i32 %1501, 0
	%1503 = sub i32 0, %1501
	%1504 = add i32 %1503, 7
	%1505 = sdiv i32 %1504, 8
	%1506 = sub i32 0, %1505
	%1507 = sdiv i32 %1501, 8
	%1508 = select i1 %1502, i32 %1506, i32 %1507
	%1509 = icmp sle i32 %1494, %1508
	%1510 = and i1 %1497, %1509
	%1511 = fmul float %120, 0x3F97154760000000
	%1512 = select i1 %1510, float %1511, float 0xFFF0000000000000
	%1513 = mul i32 %4, 16
	%1514 = add i32 %6, 8
	%1515 = add i32 %1513, %1514
	%1516 = add i32 %3, %1515
	%1517 = shl i32 %7, 1
	%1518 = add i32 57, %1517
	%1519 = add i32 %73, %1518
	%1520 = icmp slt i32 %1516, %R
	%1521 = icmp slt i32 %1519, %T
	%1522 = and i1 %1520, %1521
	%1523 = mul i32 %1516, 8
	%1524 = add i32 %1523, 7
	%1525 = sub i32 %N, %M
	%1526 = add i32 %1524, %1525
	%1527 = icmp slt i32 %1526, 0
	%1528 = sub i32 0, %1526
	%1529 = add i32 %1528, 7
	%1530 = sdiv i32 %1529, 8
	%1531 = sub i32 0, %1530
	%1532 = sdiv i32 %1526, 8
	%1533 = select i1 %1527, i32 %1531, i32 %1532
	%1534 = icmp sle i32 %1519, %1533
	%1535 = and i1 %1522, %1534
	%1536 = fmul float %121, 0x3F97154760000000
	%1537 = select i1 %1535, float %1536, float 0xFFF0000000000000
	%1538 = mul i32 %4, 16
	%1539 = add i32 %6, 0
	%1540 = add i32 %1538, %1539
	%1541 = add i32 %3, %1540
	%1542 = shl i32 %7, 1
	%1543 = add i32 64, %1542
	%1544 = add i32 %73, %1543
	%1545 = icmp slt i32 %1541, %R
	%1546 = icmp slt i32 %1544, %T
	%1547 = and i1 %1545, %1546
	%1548 = mul i32 %1541, 8
	%1549 = add i32 %1548, 7
	%1550 = sub i32 %N, %M
	%1551 = add i32 %1549, %1550
	%1552 = icmp slt i32 %1551, 0
	%1553 = sub i32 0, %1551
	%1554 = add i32 %1553, 7
	%1555 = sdiv i32 %1554, 8
	%1556 = sub i32 0, %1555
	%1557 = sdiv i32 %1551, 8
	%1558 = select i1 %1552, i32 %1556, i32 %1557
	%1559 = icmp sle i32 %1544, %1558
	%1560 = and i1 %1547, %1559
	%1561 = fmul float %122, 0x3F97154760000000
	%1562 = select i1 %1560, float %1561, float 0xFFF0000000000000
	%1563 = mul i32 %4, 16
	%1564 = add i32 %6, 0
	%1565 = add i32 %1563, %1564
	%1566 = add i32 %3, %1565
	%1567 = shl i32 %7, 1
	%1568 = add i32 65, %1567
	%1569 = add i32 %73, %1568
	%1570 = icmp slt i32 %1566, %R
	%1571 = icmp slt i32 %1569, %T
	%1572 = and i1 %1570, %1571
	%1573 = mul i32 %1566, 8
	%1574 = add i32 %1573, 7
	%1575 = sub i32 %N, %M
	%1576 = add i32 %1574, %1575
	%1577 = icmp slt i32 %1576, 0
	%1578 = sub i32 0, %1576
	%1579 = add i32 %1578, 7
	%1580 = sdiv i32 %1579, 8
	%1581 = sub i32 0, %1580
	%1582 = sdiv i32 %1576, 8
	%1583 = select i1 %1577, i32 %1581, i32 %1582
	%1584 = icmp sle i32 %1569, %1583
	%1585 = and i1 %1572, %1584
	%1586 = fmul float %123, 0x3F97154760000000
	%1587 = select i1 %1585, float %1586, float 0xFFF0000000000000
	%1588 = mul i32 %4, 16
	%1589 = add i32 %6, 8
	%1590 = add i32 %1588, %1589
	%1591 = add i32 %3, %1590
	%1592 = shl i32 %7, 1
	%1593 = add i32 64, %1592
	%1594 = add i32 %73, %1593
	%1595 = icmp slt i32 %1591, %R
	%1596 = icmp slt i32 %1594, %T
	%1597 = and i1 %1595, %1596
	%1598 = mul i32 %1591, 8
	%1599 = add i32 %1598, 7
	%1600 = sub i32 %N, %M
	%1601 = add i32 %1599, %1600
	%1602 = icmp slt i32 %1601, 0
	%1603 = sub i32 0, %1601
	%1604 = add i32 %1603, 7
	%1605 = sdiv i32 %1604, 8
	%1606 = sub i32 0, %1605
	%1607 = sdiv i32 %1601, 8
	%1608 = select i1 %1602, i32 %1606, i32 %1607
	%1609 = icmp sle i32 %1594, %1608
	%1610 = and i1 %1597, %1609
	%1611 = fmul float %124, 0x3F97154760000000
	%1612 = select i1 %1610, float %1611, float 0xFFF0000000000000
	%1613 = mul i32 %4, 16
	%1614 = add i32 %6, 8
	%1615 = add i32 %1613, %1614
	%1616 = add i32 %3, %1615
	%1617 = shl i32 %7, 1
	%1618 = add i32 65, %1617
	%1619 = add i32 %73, %1618
	%1620 = icmp slt i32 %1616, %R
	%1621 = icmp slt i32 %1619, %T
	%1622 = and i1 %1620, %1621
	%1623 = mul i32 %1616, 8
	%1624 = add i32 %1623, 7
	%1625 = sub i32 %N, %M
	%1626 = add i32 %1624, %1625
	%1627 = icmp slt i32 %1626, 0
	%1628 = sub i32 0, %1626
	%1629 = add i32 %1628, 7
	%1630 = sdiv i32 %1629, 8
	%1631 = sub i32 0, %1630
	%1632 = sdiv i32 %1626, 8
	%1633 = select i1 %1627, i32 %1631, i32 %1632
	%1634 = icmp sle i32 %1619, %1633
	%1635 = and i1 %1622, %1634
	%1636 = fmul float %125, 0x3F97154760000000
	%1637 = select i1 %1635, float %1636, float 0xFFF0000000000000
	%1638 = mul i32 %4, 16
	%1639 = add i32 %6, 0
	%1640 = add i32 %1638, %1639
	%1641 = add i32 %3, %1640
	%1642 = shl i32 %7, 1
	%1643 = add i32 72, %1642
	%1644 = add i32 %73, %1643
	%1645 = icmp slt i32 %1641, %R
	%1646 = icmp slt i32 %1644, %T
	%1647 = and i1 %1645, %1646
	%1648 = mul i32 %1641, 8
	%1649 = add i32 %1648, 7
	%1650 = sub i32 %N, %M
	%1651 = add i32 %1649, %1650
	%1652 = icmp slt i32 %1651, 0
	%1653 = sub i32 0, %1651
	%1654 = add i32 %1653, 7
	%1655 = sdiv i32 %1654, 8
	%1656 = sub i32 0, %1655
	%1657 = sdiv i32 %1651, 8
	%1658 = select i1 %1652, i32 %1656, i32 %1657
	%1659 = icmp sle i32 %1644, %1658
	%1660 = and i1 %1647, %1659
	%1661 = fmul float %126, 0x3F97154760000000
	%1662 = select i1 %1660, float %1661, float 0xFFF0000000000000
	%1663 = mul i32 %4, 16
	%1664 = add i32 %6, 0
	%1665 = add i32 %1663, %1664
	%1666 = add i32 %3, %1665
	%1667 = shl i32 %7, 1
	%1668 = add i32 73, %1667
	%1669 = add i32 %73, %1668
	%1670 = icmp slt i32 %1666, %R
	%1671 = icmp slt i32 %1669, %T
	%1672 = and i1 %1670, %1671
	%1673 = mul i32 %1666, 8
	%1674 = add i32 %1673, 7
	%1675 = sub i32 %N, %M
	%1676 = add i32 %1674, %1675
	%1677 = icmp slt i32 %1676, 0
	%1678 = sub i32 0, %1676
	%1679 = add i32 %1678, 7
	%1680 = sdiv i32 %1679, 8
	%1681 = sub i32 0, %1680
	%1682 = sdiv i32 %1676, 8
	%1683 = select i1 %1677, i32 %1681, i32 %1682
	%1684 = icmp sle i32 %1669, %1683
	%1685 = and i1 %1672, %1684
	%1686 = fmul float %127, 0x3F97154760000000
	%1687 = select i1 %1685, float %1686, float 0xFFF0000000000000
	%1688 = mul i32 %4, 16
	%1689 = add i32 %6, 8
	%1690 = add i32 %1688, %1689
	%1691 = add i32 %3, %1690
	%1692 = shl i32 %7, 1
	%1693 = add i32 72, %1692
	%1694 = add i32 %73, %1693
	%1695 = icmp slt i32 %1691, %R
	%1696 = icmp slt i32 %1694, %T
	%1697 = and i1 %1695, %1696
	%1698 = mul i32 %1691, 8
	%1699 = add i32 %1698, 7
	%1700 = sub i32 %N, %M
	%1701 = add i32 %1699, %1700
	%1702 = icmp slt i32 %1701, 0
	%1703 = sub i32 0, %1701
	%1704 = add i32 %1703, 7
	%1705 = sdiv i32 %1704, 8
	%1706 = sub i32 0, %1705
	%1707 = sdiv i32 %1701, 8
	%1708 = select i1 %1702, i32 %1706, i32 %1707
	%1709 = icmp sle i32 %1694, %1708
	%1710 = and i1 %1697, %1709
	%1711 = fmul float %128, 0x3F97154760000000
	%1712 = select i1 %1710, float %1711, float 0xFFF0000000000000
	%1713 = mul i32 %4, 16
	%1714 = add i32 %6, 8
	%1715 = add i32 %1713, %1714
	%1716 = add i32 %3, %1715
	%1717 = shl i32 %7, 1
	%1718 = add i32 73, %1717
	%1719 = add i32 %73, %1718
	%1720 = icmp slt i32 %1716, %R
	%1721 = icmp slt i32 %1719, %T
	%1722 = and i1 %1720, %1721
	%1723 = mul i32 %1716, 8
	%1724 = add i32 %1723, 7
	%1725 = sub i32 %N, %M
	%1726 = add i32 %1724, %1725
	%1727 = icmp slt i32 %1726, 0
	%1728 = sub i32 0, %1726
	%1729 = add i32 %1728, 7
	%1730 = sdiv i32 %1729, 8
	%1731 = sub i32 0, %1730
	%1732 = sdiv i32 %1726, 8
	%1733 = select i1 %1727, i32 %1731, i32 %1732
	%1734 = icmp sle i32 %1719, %1733
	%1735 = and i1 %1722, %1734
	%1736 = fmul float %129, 0x3F97154760000000
	%1737 = select i1 %1735, float %1736, float 0xFFF0000000000000
	%1738 = mul i32 %4, 16
	%1739 = add i32 %6, 0
	%1740 = add i32 %1738, %1739
	%1741 = add i32 %3, %1740
	%1742 = shl i32 %7, 1
	%1743 = add i32 80, %1742
	%1744 = add i32 %73, %1743
	%1745 = icmp slt i32 %1741, %R
	%1746 = icmp slt i32 %1744, %T
	%1747 = and i1 %1745, %1746
	%1748 = mul i32 %1741, 8
	%1749 = add i32 %1748, 7
	%1750 = sub i32 %N, %M
	%1751 = add i32 %1749, %1750
	%1752 = icmp slt i32 %1751, 0
	%1753 = sub i32 0, %1751
	%1754 = add i32 %1753, 7
	%1755 = sdiv i32 %1754, 8
	%1756 = sub i32 0, %1755
	%1757 = sdiv i32 %1751, 8
	%1758 = select i1 %1752, i32 %1756, i32 %1757
	%1759 = icmp sle i32 %1744, %1758
	%1760 = and i1 %1747, %1759
	%1761 = fmul float %130, 0x3F97154760000000
	%1762 = select i1 %1760, float %1761, float 0xFFF0000000000000
	%1763 = mul i32 %4, 16
	%1764 = add i32 %6, 0
	%1765 = add i32 %1763, %1764
	%1766 = add i32 %3, %1765
	%1767 = shl i32 %7, 1
	%1768 = add i32 81, %1767
	%1769 = add i32 %73, %1768
	%1770 = icmp slt i32 %1766, %R
	%1771 = icmp slt i32 %1769, %T
	%1772 = and i1 %1770, %1771
	%1773 = mul i32 %1766, 8
	%1774 = add i32 %1773, 7
	%1775 = sub i32 %N, %M
	%1776 = add i32 %1774, %1775
	%1777 = icmp slt i32 %1776, 0
	%1778 = sub i32 0, %1776
	%1779 = add i32 %1778, 7
	%1780 = sdiv i32 %1779, 8
	%1781 = sub i32 0, %1780
	%1782 = sdiv i32 %1776, 8
	%1783 = select i1 %1777, i32 %1781, i32 %1782
	%1784 = icmp sle i32 %1769, %1783
	%1785 = and i1 %1772, %1784
	%1786 = fmul float %131, 0x3F97154760000000
	%1787 = select i1 %1785, float %1786, float 0xFFF0000000000000
	%1788 = mul i32 %4, 16
	%1789 = add i32 %6, 8
	%1790 = add i32 %1788, %1789
	%1791 = add i32 %3, %1790
	%1792 = shl i32 %7, 1
	%1793 = add i32 80, %1792
	%1794 = add i32 %73, %1793
	%1795 = icmp slt i32 %1791, %R
	%1796 = icmp slt i32 %1794, %T
	%1797 = and i1 %1795, %1796
	%1798 = mul i32 %1791, 8
	%1799 = add i32 %1798, 7
	%1800 = sub i32 %N, %M
	%1801 = add i32 %1799, %1800
	%1802 = icmp slt i32 %1801, 0
	%1803 = sub i32 0, %1801
	%1804 = add i32 %1803, 7
	%1805 = sdiv i32 %1804, 8
	%1806 = sub i32 0, %1805
	%1807 = sdiv i32 %1801, 8
	%1808 = select i1 %1802, i32 %1806, i32 %1807
	%1809 = icmp sle i32 %1794, %1808
	%1810 = and i1 %1797, %1809
	%1811 = fmul float %132, 0x3F97154760000000
	%1812 = select i1 %1810, float %1811, float 0xFFF0000000000000
	%1813 = mul i32 %4, 16
	%1814 = add i32 %6, 8
	%1815 = add i32 %1813, %1814
	%1816 = add i32 %3, %1815
	%1817 = shl i32 %7, 1
	%1818 = add i32 81, %1817
	%1819 = add i32 %73, %1818
	%1820 = icmp slt i32 %1816, %R
	%1821 = icmp slt i32 %1819, %T
	%1822 = and i1 %1820, %1821
	%1823 = mul i32 %1816, 8
	%1824 = add i32 %1823, 7
	%1825 = sub i32 %N, %M
	%1826 = add i32 %1824, %1825
	%1827 = icmp slt i32 %1826, 0
	%1828 = sub i32 0, %1826
	%1829 = add i32 %1828, 7
	%1830 = sdiv i32 %1829, 8
	%1831 = sub i32 0, %1830
	%1832 = sdiv i32 %1826, 8
	%1833 = select i1 %1827, i32 %1831, i32 %1832
	%1834 = icmp sle i32 %1819, %1833
	%1835 = and i1 %1822, %1834
	%1836 = fmul float %133, 0x3F97154760000000
	%1837 = select i1 %1835, float %1836, float 0xFFF0000000000000
	%1838 = mul i32 %4, 16
	%1839 = add i32 %6, 0
	%1840 = add i32 %1838, %1839
	%1841 = add i32 %3, %1840
	%1842 = shl i32 %7, 1
	%1843 = add i32 88, %1842
	%1844 = add i32 %73, %1843
	%1845 = icmp slt i32 %1841, %R
	%1846 = icmp slt i32 %1844, %T
	%1847 = and i1 %1845, %1846
	%1848 = mul i32 %1841, 8
	%1849 = add i32 %1848, 7
	%1850 = sub i32 %N, %M
	%1851 = add i32 %1849, %1850
	%1852 = icmp slt i32 %1851, 0
	%1853 = sub i32 0, %1851
	%1854 = add i32 %1853, 7
	%1855 = sdiv i32 %1854, 8
	%1856 = sub i32 0, %1855
	%1857 = sdiv i32 %1851, 8
	%1858 = select i1 %1852, i32 %1856, i32 %1857
	%1859 = icmp sle i32 %1844, %1858
	%1860 = and i1 %1847, %1859
	%1861 = fmul float %134, 0x3F97154760000000
	%1862 = select i1 %1860, float %1861, float 0xFFF0000000000000
	%1863 = mul i32 %4, 16
	%1864 = add i32 %6, 0
	%1865 = add i32 %1863, %1864
	%1866 = add i32 %3, %1865
	%1867 = shl i32 %7, 1
	%1868 = add i32 89, %1867
	%1869 = add i32 %73, %1868
	%1870 = icmp slt i32 %1866, %R
	%1871 = icmp slt i32 %1869, %T
	%1872 = and i1 %1870, %1871
	%1873 = mul i32 %1866, 8
	%1874 = add i32 %1873, 7
	%1875 = sub i32 %N, %M
	%1876 = add i32 %1874, %1875
	%1877 = icmp slt i32 %1876, 0
	%1878 = sub i32 0, %1876
	%1879 = add i32 %1878, 7
	%1880 = sdiv i32 %1879, 8
	%1881 = sub i32 0, %1880
	%1882 = sdiv i32 %1876, 8
	%1883 = select i1 %1877, i32 %1881, i32 %1882
	%1884 = icmp sle i32 %1869, %1883
	%1885 = and i1 %1872, %1884
	%1886 = fmul float %135, 0x3F97154760000000
	%1887 = select i1 %1885, float %1886, float 0xFFF0000000000000
	%1888 = mul i32 %4, 16
	%1889 = add i32 %6, 8
	%1890 = add i32 %1888, %1889
	%1891 = add i32 %3, %1890
	%1892 = shl i32 %7, 1
	%1893 = add i32 88, %1892
	%1894 = add i32 %73, %1893
	%1895 = icmp slt i32 %1891, %R
	%1896 = icmp slt i32 %1894, %T
	%1897 = and i1 %1895, %1896
	%1898 = mul i32 %1891, 8
	%1899 = add i32 %1898, 7
	%1900 = sub i32 %N, %M
	%1901 = add i32 %1899, %1900
	%1902 = icmp slt i32 %1901, 0
	%1903 = sub i32 0, %1901
	%1904 = add i32 %1903, 7
	%1905 = sdiv i32 %1904, 8
	%1906 = sub i32 0, %1905
	%1907 = sdiv i32 %1901, 8
	%1908 = select i1 %1902, i32 %1906, i32 %1907
	%1909 = icmp sle i32 %1894, %1908
	%1910 = and i1 %1897, %1909
	%1911 = fmul float %136, 0x3F97154760000000
	%1912 = select i1 %1910, float %1911, float 0xFFF0000000000000
	%1913 = mul i32 %4, 16
	%1914 = add i32 %6, 8
	%1915 = add i32 %1913, %1914
	%1916 = add i32 %3, %1915
	%1917 = shl i32 %7, 1
	%1918 = add i32 89, %1917
	%1919 = add i32 %73, %1918
	%1920 = icmp slt i32 %1916, %R
	%1921 = icmp slt i32 %1919, %T
	%1922 = and i1 %1920, %1921
	%1923 = mul i32 %1916, 8
	%1924 = add i32 %1923, 7
	%1925 = sub i32 %N, %M
	%1926 = add i32 %1924, %1925
	%1927 = icmp slt i32 %1926, 0
	%1928 = sub i32 0, %1926
	%1929 = add i32 %1928, 7
	%1930 = sdiv i32 %1929, 8
	%1931 = sub i32 0, %1930
	%1932 = sdiv i32 %1926, 8
	%1933 = select i1 %1927, i32 %1931, i32 %1932
	%1934 = icmp sle i32 %1919, %1933
	%1935 = and i1 %1922, %1934
	%1936 = fmul float %137, 0x3F97154760000000
	%1937 = select i1 %1935, float %1936, float 0xFFF0000000000000
	%1938 = mul i32 %4, 16
	%1939 = add i32 %6, 0
	%1940 = add i32 %1938, %1939
	%1941 = add i32 %3, %1940
	%1942 = shl i32 %7, 1
	%1943 = add i32 96, %1942
	%1944 = add i32 %73, %1943
	%1945 = icmp slt i32 %1941, %R
	%1946 = icmp slt i32 %1944, %T
	%1947 = and i1 %1945, %1946
	%1948 = mul i32 %1941, 8
	%1949 = add i32 %1948, 7
	%1950 = sub i32 %N, %M
	%1951 = add i32 %1949, %1950
	%1952 = icmp slt i32 %1951, 0
	%1953 = sub i32 0, %1951
	%1954 = add i32 %1953, 7
	%1955 = sdiv i32 %1954, 8
	%1956 = sub i32 0, %1955
	%1957 = sdiv i32 %1951, 8
	%1958 = select i1 %1952, i32 %1956, i32 %1957
	%1959 = icmp sle i32 %1944, %1958
	%1960 = and i1 %1947, %1959
	%1961 = fmul float %138, 0x3F97154760000000
	%1962 = select i1 %1960, float %1961, float 0xFFF0000000000000
	%1963 = mul i32 %4, 16
	%1964 = add i32 %6, 0
	%1965 = add i32 %1963, %1964
	%1966 = add i32 %3, %1965
	%1967 = shl i32 %7, 1
	%1968 = add i32 97, %1967
	%1969 = add i32 %73, %1968
	%1970 = icmp slt i32 %1966, %R
	%1971 = icmp slt i32 %1969, %T
	%1972 = and i1 %1970, %1971
	%1973 = mul i32 %1966, 8
	%1974 = add i32 %1973, 7
	%1975 = sub i32 %N, %M
	%1976 = add i32 %1974, %1975
	%1977 = icmp slt i32 %1976, 0
	%1978 = sub i32 0, %1976
	%1979 = add i32 %1978, 7
	%1980 = sdiv i32 %1979, 8
	%1981 = sub i32 0, %1980
	%1982 = sdiv i32 %1976, 8
	%1983 = select i1 %1977, i32 %1981, i32 %1982
	%1984 = icmp sle i32 %1969, %1983
	%1985 = and i1 %1972, %1984
	%1986 = fmul float %139, 0x3F97154760000000
	%1987 = select i1 %1985, float %1986, float 0xFFF0000000000000
	%1988 = mul i32 %4, 16
	%1989 = add i32 %6, 8
	%1990 = add i32 %1988, %1989
	%1991 = add i32 %3, %1990
	%1992 = shl i32 %7, 1
	%1993 = add i32 96, %1992
	%1994 = add i32 %73, %1993
	%1995 = icmp slt i32 %1991, %R
	%1996 = icmp slt i32 %1994, %T
	%1997 = and i1 %1995, %1996
	%1998 = mul i32 %1991, 8
	%1999 = add i32 %1998, 7
	%2000 = sub i32 %N, %M
	%2001 = add i32 %1999, %2000
	%2002 = icmp slt i32 %2001, 0
	%2003 = sub i32 0, %2001
	%2004 = add i32 %2003, 7
	%2005 = sdiv i32 %2004, 8
	%2006 = sub i32 0, %2005
	%2007 = sdiv i32 %2001, 8
	%2008 = select i1 %2002, i32 %2006, i32 %2007
	%2009 = icmp sle i32 %1994, %2008
	%2010 = and i1 %1997, %2009
	%2011 = fmul float %140, 0x3F97154760000000
	%2012 = select i1 %2010, float %2011, float 0xFFF0000000000000
	%2013 = mul i32 %4, 16
	%2014 = add i32 %6, 8
	%2015 = add i32 %2013, %2014
	%2016 = add i32 %3, %2015
	%2017 = shl i32 %7, 1
	%2018 = add i32 97, %2017
	%2019 = add i32 %73, %2018
	%2020 = icmp slt i32 %2016, %R
	%2021 = icmp slt i32 %2019, %T
	%2022 = and i1 %2020, %2021
	%2023 = mul i32 %2016, 8
	%2024 = add i32 %2023, 7
	%2025 = sub i32 %N, %M
	%2026 = add i32 %2024, %2025
	%2027 = icmp slt i32 %2026, 0
	%2028 = sub i32 0, %2026
	%2029 = add i32 %2028, 7
	%2030 = sdiv i32 %2029, 8
	%2031 = sub i32 0, %2030
	%2032 = sdiv i32 %2026, 8
	%2033 = select i1 %2027, i32 %2031, i32 %2032
	%2034 = icmp sle i32 %2019, %2033
	%2035 = and i1 %2022, %2034
	%2036 = fmul float %141, 0x3F97154760000000
	%2037 = select i1 %2035, float %2036, float 0xFFF0000000000000
	%2038 = mul i32 %4, 16
	%2039 = add i32 %6, 0
	%2040 = add i32 %2038, %2039
	%2041 = add i32 %3, %2040
	%2042 = shl i32 %7, 1
	%2043 = add i32 104, %2042
	%2044 = add i32 %73, %2043
	%2045 = icmp slt i32 %2041, %R
	%2046 = icmp slt i32 %2044, %T
	%2047 = and i1 %2045, %2046
	%2048 = mul i32 %2041, 8
	%2049 = add i32 %2048, 7
	%2050 = sub i32 %N, %M
	%2051 = add i32 %2049, %2050
	%2052 = icmp slt i32 %2051, 0
	%2053 = sub i32 0, %2051
	%2054 = add i32 %2053, 7
	%2055 = sdiv i32 %2054, 8
	%2056 = sub i32 0, %2055
	%2057 = sdiv i32 %2051, 8
	%2058 = select i1 %2052, i32 %2056, i32 %2057
	%2059 = icmp sle i32 %2044, %2058
	%2060 = and i1 %2047, %2059
	%2061 = fmul float %142, 0x3F97154760000000
	%2062 = select i1 %2060, float %2061, float 0xFFF0000000000000
	%2063 = mul i32 %4, 16
	%2064 = add i32 %6, 0
	%2065 = add i32 %2063, %2064
	%2066 = add i32 %3, %2065
	%2067 = shl i32 %7, 1
	%2068 = add i32 105, %2067
	%2069 = add i32 %73, %2068
	%2070 = icmp slt i32 %2066, %R
	%2071 = icmp slt i32 %2069, %T
	%2072 = and i1 %2070, %2071
	%2073 = mul i32 %2066, 8
	%2074 = add i32 %2073, 7
	%2075 = sub i32 %N, %M
	%2076 = add i32 %2074, %2075
	%2077 = icmp slt i32 %2076, 0
	%2078 = sub i32 0, %2076
	%2079 = add i32 %2078, 7
	%2080 = sdiv i32 %2079, 8
	%2081 = sub i32 0, %2080
	%2082 = sdiv i32 %2076, 8
	%2083 = select i1 %2077, i32 %2081, i32 %2082
	%2084 = icmp sle i32 %2069, %2083
	%2085 = and i1 %2072, %2084
	%2086 = fmul float %143, 0x3F97154760000000
	%2087 = select i1 %2085, float %2086, float 0xFFF0000000000000
	%2088 = mul i32 %4, 16
	%2089 = add i32 %6, 8
	%2090 = add i32 %2088, %2089
	%2091 = add i32 %3, %2090
	%2092 = shl i32 %7, 1
	%2093 = add i32 104, %2092
	%2094 = add i32 %73, %2093
	%2095 = icmp slt i32 %2091, %R
	%2096 = icmp slt i32 %2094, %T
	%2097 = and i1 %2095, %2096
	%2098 = mul i32 %2091, 8
	%2099 = add i32 %2098, 7
	%2100 = sub i32 %N, %M
	%2101 = add i32 %2099, %2100
	%2102 = icmp slt i32 %2101, 0
	%2103 = sub i32 0, %2101
	%2104 = add i32 %2103, 7
	%2105 = sdiv i32 %2104, 8
	%2106 = sub i32 0, %2105
	%2107 = sdiv i32 %2101, 8
	%2108 = select i1 %2102, i32 %2106, i32 %2107
	%2109 = icmp sle i32 %2094, %2108
	%2110 = and i1 %2097, %2109
	%2111 = fmul float %144, 0x3F97154760000000
	%2112 = select i1 %2110, float %2111, float 0xFFF0000000000000
	%2113 = mul i32 %4, 16
	%2114 = add i32 %6, 8
	%2115 = add i32 %2113, %2114
	%2116 = add i32 %3, %2115
	%2117 = shl i32 %7, 1
	%2118 = add i32 105, %2117
	%2119 = add i32 %73, %2118
	%2120 = icmp slt i32 %2116, %R
	%2121 = icmp slt i32 %2119, %T
	%2122 = and i1 %2120, %2121
	%2123 = mul i32 %2116, 8
	%2124 = add i32 %2123, 7
	%2125 = sub i32 %N, %M
	%2126 = add i32 %2124, %2125
	%2127 = icmp slt i32 %2126, 0
	%2128 = sub i32 0, %2126
	%2129 = add i32 %2128, 7
	%2130 = sdiv i32 %2129, 8
	%2131 = sub i32 0, %2130
	%2132 = sdiv i32 %2126, 8
	%2133 = select i1 %2127, i32 %2131, i32 %2132
	%2134 = icmp sle i32 %2119, %2133
	%2135 = and i1 %2122, %2134
	%2136 = fmul float %145, 0x3F97154760000000
	%2137 = select i1 %2135, float %2136, float 0xFFF0000000000000
	%2138 = mul i32 %4, 16
	%2139 = add i32 %6, 0
	%2140 = add i32 %2138, %2139
	%2141 = add i32 %3, %2140
	%2142 = shl i32 %7, 1
	%2143 = add i32 112, %2142
	%2144 = add i32 %73, %2143
	%2145 = icmp slt i32 %2141, %R
	%2146 = icmp slt i32 %2144, %T
	%2147 = and i1 %2145, %2146
	%2148 = mul i32 %2141, 8
	%2149 = add i32 %2148, 7
	%2150 = sub i32 %N, %M
	%2151 = add i32 %2149, %2150
	%2152 = icmp slt i32 %2151, 0
	%2153 = sub i32 0, %2151
	%2154 = add i32 %2153, 7
	%2155 = sdiv i32 %2154, 8
	%2156 = sub i32 0, %2155
	%2157 = sdiv i32 %2151, 8
	%2158 = select i1 %2152, i32 %2156, i32 %2157
	%2159 = icmp sle i32 %2144, %2158
	%2160 = and i1 %2147, %2159
	%2161 = fmul float %146, 0x3F97154760000000
	%2162 = select i1 %2160, float %2161, float 0xFFF0000000000000
	%2163 = mul i32 %4, 16
	%2164 = add i32 %6, 0
	%2165 = add i32 %2163, %2164
	%2166 = add i32 %3, %2165
	%2167 = shl i32 %7, 1
	%2168 = add i32 113, %2167
	%2169 = add i32 %73, %2168
	%2170 = icmp slt i32 %2166, %R
	%2171 = icmp slt i32 %2169, %T
	%2172 = and i1 %2170, %2171
	%2173 = mul i32 %2166, 8
	%2174 = add i32 %2173, 7
	%2175 = sub i32 %N, %M
	%2176 = add i32 %2174, %2175
	%2177 = icmp slt i32 %2176, 0
	%2178 = sub i32 0, %2176
	%2179 = add i32 %2178, 7
	%2180 = sdiv i32 %2179, 8
	%2181 = sub i32 0, %2180
	%2182 = sdiv i32 %2176, 8
	%2183 = select i1 %2177, i32 %2181, i32 %2182
	%2184 = icmp sle i32 %2169, %2183
	%2185 = and i1 %2172, %2184
	%2186 = fmul float %147, 0x3F97154760000000
	%2187 = select i1 %2185, float %2186, float 0xFFF0000000000000
	%2188 = mul i32 %4, 16
	%2189 = add i32 %6, 8
	%2190 = add i32 %2188, %2189
	%2191 = add i32 %3, %2190
	%2192 = shl i32 %7, 1
	%2193 = add i32 112, %2192
	%2194 = add i32 %73, %2193
	%2195 = icmp slt i32 %2191, %R
	%2196 = icmp slt i32 %2194, %T
	%2197 = and i1 %2195, %2196
	%2198 = mul i32 %2191, 8
	%2199 = add i32 %2198, 7
	%2200 = sub i32 %N, %M
	%2201 = add i32 %2199, %2200
	%2202 = icmp slt i32 %2201, 0
	%2203 = sub i32 0, %2201
	%2204 = add i32 %2203, 7
	%2205 = sdiv i32 %2204, 8
	%2206 = sub i32 0, %2205
	%2207 = sdiv i32 %2201, 8
	%2208 = select i1 %2202, i32 %2206, i32 %2207
	%2209 = icmp sle i32 %2194, %2208
	%2210 = and i1 %2197, %2209
	%2211 = fmul float %148, 0x3F97154760000000
	%2212 = select i1 %2210, float %2211, float 0xFFF0000000000000
	%2213 = mul i32 %4, 16
	%2214 = add i32 %6, 8
	%2215 = add i32 %2213, %2214
	%2216 = add i32 %3, %2215
	%2217 = shl i32 %7, 1
	%2218 = add i32 113, %2217
	%2219 = add i32 %73, %2218
	%2220 = icmp slt i32 %2216, %R
	%2221 = icmp slt i32 %2219, %T
	%2222 = and i1 %2220, %2221
	%2223 = mul i32 %2216, 8
	%2224 = add i32 %2223, 7
	%2225 = sub i32 %N, %M
	%2226 = add i32 %2224, %2225
	%2227 = icmp slt i32 %2226, 0
	%2228 = sub i32 0, %2226
	%2229 = add i32 %2228, 7
	%2230 = sdiv i32 %2229, 8
	%2231 = sub i32 0, %2230
	%2232 = sdiv i32 %2226, 8
	%2233 = select i1 %2227, i32 %2231, i32 %2232
	%2234 = icmp sle i32 %2219, %2233
	%2235 = and i1 %2222, %2234
	%2236 = fmul float %149, 0x3F97154760000000
	%2237 = select i1 %2235, float %2236, float 0xFFF0000000000000
	%2238 = mul i32 %4, 16
	%2239 = add i32 %6, 0
	%2240 = add i32 %2238, %2239
	%2241 = add i32 %3, %2240
	%2242 = shl i32 %7, 1
	%2243 = add i32 120, %2242
	%2244 = add i32 %73, %2243
	%2245 = icmp slt i32 %2241, %R
	%2246 = icmp slt i32 %2244, %T
	%2247 = and i1 %2245, %2246
	%2248 = mul i32 %2241, 8
	%2249 = add i32 %2248, 7
	%2250 = sub i32 %N, %M
	%2251 = add i32 %2249, %2250
	%2252 = icmp slt i32 %2251, 0
	%2253 = sub i32 0, %2251
	%2254 = add i32 %2253, 7
	%2255 = sdiv i32 %2254, 8
	%2256 = sub i32 0, %2255
	%2257 = sdiv i32 %2251, 8
	%2258 = select i1 %2252, i32 %2256, i32 %2257
	%2259 = icmp sle i32 %2244, %2258
	%2260 = and i1 %2247, %2259
	%2261 = fmul float %150, 0x3F97154760000000
	%2262 = select i1 %2260, float %2261, float 0xFFF0000000000000
	%2263 = mul i32 %4, 16
	%2264 = add i32 %6, 0
	%2265 = add i32 %2263, %2264
	%2266 = add i32 %3, %2265
	%2267 = shl i32 %7, 1
	%2268 = add i32 121, %2267
	%2269 = add i32 %73, %2268
	%2270 = icmp slt i32 %2266, %R
	%2271 = icmp slt i32 %2269, %T
	%2272 = and i1 %2270, %2271
	%2273 = mul i32 %2266, 8
	%2274 = add i32 %2273, 7
	%2275 = sub i32 %N, %M
	%2276 = add i32 %2274, %2275
	%2277 = icmp slt i32 %2276, 0
	%2278 = sub i32 0, %2276
	%2279 = add i32 %2278, 7
	%2280 = sdiv i32 %2279, 8
	%2281 = sub i32 0, %2280
	%2282 = sdiv i32 %2276, 8
	%2283 = select i1 %2277, i32 %2281, i32 %2282
	%2284 = icmp sle i32 %2269, %2283
	%2285 = and i1 %2272, %2284
	%2286 = fmul float %151, 0x3F97154760000000
	%2287 = select i1 %2285, float %2286, float 0xFFF0000000000000
	%2288 = mul i32 %4, 16
	%2289 = add i32 %6, 8
	%2290 = add i32 %2288, %2289
	%2291 = add i32 %3, %2290
	%2292 = shl i32 %7, 1
	%2293 = add i32 120, %2292
	%2294 = add i32 %73, %2293
	%2295 = icmp slt i32 %2291, %R
	%2296 = icmp slt i32 %2294, %T
	%2297 = and i1 %2295, %2296
	%2298 = mul i32 %2291, 8
	%2299 = add i32 %2298, 7
	%2300 = sub i32 %N, %M
	%2301 = add i32 %2299, %2300
	%2302 = icmp slt i32 %2301, 0
	%2303 = sub i32 0, %2301
	%2304 = add i32 %2303, 7
	%2305 = sdiv i32 %2304, 8
	%2306 = sub i32 0, %2305
	%2307 = sdiv i32 %2301, 8
	%2308 = select i1 %2302, i32 %2306, i32 %2307
	%2309 = icmp sle i32 %2294, %2308
	%2310 = and i1 %2297, %2309
	%2311 = fmul float %152, 0x3F97154760000000
	%2312 = select i1 %2310, float %2311, float 0xFFF0000000000000
	%2313 = mul i32 %4, 16
	%2314 = add i32 %6, 8
	%2315 = add i32 %2313, %2314
	%2316 = add i32 %3, %2315
	%2317 = shl i32 %7, 1
	%2318 = add i32 121, %2317
	%2319 = add i32 %73, %2318
	%2320 = icmp slt i32 %2316, %R
	%2321 = icmp slt i32 %2319, %T
	%2322 = and i1 %2320, %2321
	%2323 = mul i32 %2316, 8
	%2324 = add i32 %2323, 7
	%2325 = sub i32 %N, %M
	%2326 = add i32 %2324, %2325
	%2327 = icmp slt i32 %2326, 0
	%2328 = sub i32 0, %2326
	%2329 = add i32 %2328, 7
	%2330 = sdiv i32 %2329, 8
	%2331 = sub i32 0, %2330
	%2332 = sdiv i32 %2326, 8
	%2333 = select i1 %2327, i32 %2331, i32 %2332
	%2334 = icmp sle i32 %2319, %2333
	%2335 = and i1 %2322, %2334
	%2336 = fmul float %153, 0x3F97154760000000
	%2337 = select i1 %2335, float %2336, float 0xFFF0000000000000
	%2338 = call float @llvm.nvvm.fmax.f(float %762, float %787)
	%2339 = call float @llvm.nvvm.fmax.f(float %862, float %887)
	%2340 = call float @llvm.nvvm.fmax.f(float %962, float %987)
	%2341 = call float @llvm.nvvm.fmax.f(float %1062, float %1087)
	%2342 = call float @llvm.nvvm.fmax.f(float %1162, float %1187)
	%2343 = call float @llvm.nvvm.fmax.f(float %1262, float %1287)
	%2344 = call float @llvm.nvvm.fmax.f(float %1362, float %1387)
	%2345 = call float @llvm.nvvm.fmax.f(float %1462, float %1487)
	%2346 = call float @llvm.nvvm.fmax.f(float %1562, float %1587)
	%2347 = call float @llvm.nvvm.fmax.f(float %1662, float %1687)
	%2348 = call float @llvm.nvvm.fmax.f(float %1762, float %1787)
	%2349 = call float @llvm.nvvm.fmax.f(float %1862, float %1887)
	%2350 = call float @llvm.nvvm.fmax.f(float %1962, float %1987)
	%2351 = call float @llvm.nvvm.fmax.f(float %2062, float %2087)
	%2352 = call float @llvm.nvvm.fmax.f(float %2162, float %2187)
	%2353 = call float @llvm.nvvm.fmax.f(float %2262, float %2287)
	%2354 = call float @llvm.nvvm.fmax.f(float %2338, float %2339)
	%2355 = call float @llvm.nvvm.fmax.f(float %2340, float %2341)
	%2356 = call float @llvm.nvvm.fmax.f(float %2342, float %2343)
	%2357 = call float @llvm.nvvm.fmax.f(float %2344, float %2345)
	%2358 = call float @llvm.nvvm.fmax.f(float %2346, float %2347)
	%2359 = call float @llvm.nvvm.fmax.f(float %2348, float %2349)
	%2360 = call float @llvm.nvvm.fmax.f(float %2350, float %2351)
	%2361 = call float @llvm.nvvm.fmax.f(float %2352, float %2353)
	%2362 = call float @llvm.nvvm.fmax.f(float %2354, float %2355)
	%2363 = call float @llvm.nvvm.fmax.f(float %2356, float %2357)
	%2364 = call float @llvm.nvvm.fmax.f(float %2358, float %2359)
	%2365 = call float @llvm.nvvm.fmax.f(float %2360, float %2361)
	%2366 = call float @llvm.nvvm.fmax.f(float %2362, float %2363)
	%2367 = call float @llvm.nvvm.fmax.f(float %2364, float %2365)
	%2368 = call float @llvm.nvvm.fmax.f(float %2366, float %2367)
	%2369 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2368, i32 1, i32 31)
	%2370 = call float @llvm.nvvm.fmax.f(float %2368, float %2369)
	%2371 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2370, i32 2, i32 31)
	%2372 = call float @llvm.nvvm.fmax.f(float %2370, float %2371)
	%2373 = call float @llvm.nvvm.fmax.f(float %67, float %2372)
	%2374 = fcmp oeq float %2373, 0xFFF0000000000000
	%2375 = select i1 %2374, float 0.0, float %2373
	%2376 = fsub float %762, %2375
	%2377 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2376)
	%2378 = fsub float %787, %2375
	%2379 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2378)
	%2380 = fsub float %862, %2375
	%2381 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2380)
	%2382 = fsub float %887, %2375
	%2383 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2382)
	%2384 = fsub float %962, %2375
	%2385 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2384)
	%2386 = fsub float %987, %2375
	%2387 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2386)
	%2388 = fsub float %1062, %2375
	%2389 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2388)
	%2390 = fsub float %1087, %2375
	%2391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2390)
	%2392 = fsub float %1162, %2375
	%2393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2392)
	%2394 = fsub float %1187, %2375
	%2395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2394)
	%2396 = fsub float %1262, %2375
	%2397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2396)
	%2398 = fsub float %1287, %2375
	%2399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2398)
	%2400 = fsub float %1362, %2375
	%2401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2400)
	%2402 = fsub float %1387, %2375
	%2403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2402)
	%2404 = fsub float %1462, %2375
	%2405 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2404)
	%2406 = fsub float %1487, %2375
	%2407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2406)
	%2408 = fsub float %1562, %2375
	%2409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2408)
	%2410 = fsub float %1587, %2375
	%2411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2410)
	%2412 = fsub float %1662, %2375
	%2413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2412)
	%2414 = fsub float %1687, %2375
	%2415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2414)
	%2416 = fsub float %1762, %2375
	%2417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2416)
	%2418 = fsub float %1787, %2375
	%2419 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2418)
	%2420 = fsub float %1862, %2375
	%2421 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2420)
	%2422 = fsub float %1887, %2375
	%2423 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2422)
	%2424 = fsub float %1962, %2375
	%2425 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2424)
	%2426 = fsub float %1987, %2375
	%2427 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2426)
	%2428 = fsub float %2062, %2375
	%2429 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2428)
	%2430 = fsub float %2087, %2375
	%2431 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2430)
	%2432 = fsub float %2162, %2375
	%2433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2432)
	%2434 = fsub float %2187, %2375
	%2435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2434)
	%2436 = fsub float %2262, %2375
	%2437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2436)
	%2438 = fsub float %2287, %2375
	%2439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2438)
	%2440 = fadd float %2377, %2379
	%2441 = fadd float %2381, %2383
	%2442 = fadd float %2385, %2387
	%2443 = fadd float %2389, %2391
	%2444 = fadd float %2393, %2395
	%2445 = fadd float %2397, %2399
	%2446 = fadd float %2401, %2403
	%2447 = fadd float %2405, %2407
	%2448 = fadd float %2409, %2411
	%2449 = fadd float %2413, %2415
	%2450 = fadd float %2417, %2419
	%2451 = fadd float %2421, %2423
	%2452 = fadd float %2425, %2427
	%2453 = fadd float %2429, %2431
	%2454 = fadd float %2433, %2435
	%2455 = fadd float %2437, %2439
	%2456 = fadd float %2440, %2441
	%2457 = fadd float %2442, %2443
	%2458 = fadd float %2444, %2445
	%2459 = fadd float %2446, %2447
	%2460 = fadd float %2448, %2449
	%2461 = fadd float %2450, %2451
	%2462 = fadd float %2452, %2453
	%2463 = fadd float %2454, %2455
	%2464 = fadd float %2456, %2457
	%2465 = fadd float %2458, %2459
	%2466 = fadd float %2460, %2461
	%2467 = fadd float %2462, %2463
	%2468 = fadd float %2464, %2465
	%2469 = fadd float %2466, %2467
	%2470 = fadd float %2468, %2469
	%2471 = fsub float %67, %2375
	%2472 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2471)
	%2473 = fmul float %69, %2472
	%2474 = fadd float %2473, %2470
	%2475 = fadd float %2377, %2379
	%2476 = fadd float %2381, %2383
	%2477 = fadd float %2385, %2387
	%2478 = fadd float %2389, %2391
	%2479 = fadd float %2393, %2395
	%2480 = fadd float %2397, %2399
	%2481 = fadd float %2401, %2403
	%2482 = fadd float %2405, %2407
	%2483 = fadd float %2409, %2411
	%2484 = fadd float %2413, %2415
	%2485 = fadd float %2417, %2419
	%2486 = fadd float %2421, %2423
	%2487 = fadd float %2425, %2427
	%2488 = fadd float %2429, %2431
	%2489 = fadd float %2433, %2435
	%2490 = fadd float %2437, %2439
	%2491 = call float @llvm.nvvm.fmax.f(float %812, float %837)
	%2492 = call float @llvm.nvvm.fmax.f(float %912, float %937)
	%2493 = call float @llvm.nvvm.fmax.f(float %1012, float %1037)
	%2494 = call float @llvm.nvvm.fmax.f(float %1112, float %1137)
	%2495 = call float @llvm.nvvm.fmax.f(float %1212, float %1237)
	%2496 = call float @llvm.nvvm.fmax.f(float %1312, float %1337)
	%2497 = call float @llvm.nvvm.fmax.f(float %1412, float %1437)
	%2498 = call float @llvm.nvvm.fmax.f(float %1512, float %1537)
	%2499 = call float @llvm.nvvm.fmax.f(float %1612, float %1637)
	%2500 = call float @llvm.nvvm.fmax.f(float %1712, float %1737)
	%2501 = call float @llvm.nvvm.fmax.f(float %1812, float %1837)
	%2502 = call float @llvm.nvvm.fmax.f(float %1912, float %1937)
	%2503 = call float @llvm.nvvm.fmax.f(float %2012, float %2037)
	%2504 = call float @llvm.nvvm.fmax.f(float %2112, float %2137)
	%2505 = call float @llvm.nvvm.fmax.f(float %2212, float %2237)
	%2506 = call float @llvm.nvvm.fmax.f(float %2312, float %2337)
	%2507 = call float @llvm.nvvm.fmax.f(float %2491, float %2492)
	%2508 = call float @llvm.nvvm.fmax.f(float %2493, float %2494)
	%2509 = call float @llvm.nvvm.fmax.f(float %2495, float %2496)
	%2510 = call float @llvm.nvvm.fmax.f(float %2497, float %2498)
	%2511 = call float @llvm.nvvm.fmax.f(float %2499, float %2500)
	%2512 = call float @llvm.nvvm.fmax.f(float %2501, float %2502)
	%2513 = call float @llvm.nvvm.fmax.f(float %2503, float %2504)
	%2514 = call float @llvm.nvvm.fmax.f(float %2505, float %2506)
	%2515 = call float @llvm.nvvm.fmax.f(float %2507, float %2508)
	%2516 = call float @llvm.nvvm.fmax.f(float %2509, float %2510)
	%2517 = call float @llvm.nvvm.fmax.f(float %2511, float %2512)
	%2518 = call float @llvm.nvvm.fmax.f(float %2513, float %2514)
	%2519 = call float @llvm.nvvm.fmax.f(float %2515, float %2516)
	%2520 = call float @llvm.nvvm.fmax.f(float %2517, float %2518)
	%2521 = call float @llvm.nvvm.fmax.f(float %2519, float %2520)
	%2522 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2521, i32 1, i32 31)
	%2523 = call float @llvm.nvvm.fmax.f(float %2521, float %2522)
	%2524 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2523, i32 2, i32 31)
	%2525 = call float @llvm.nvvm.fmax.f(float %2523, float %2524)
	%2526 = call float @llvm.nvvm.fmax.f(float %68, float %2525)
	%2527 = fcmp oeq float %2526, 0xFFF0000000000000
	%2528 = select i1 %2527, float 0.0, float %2526
	%2529 = fsub float %812, %2528
	%2530 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2529)
	%2531 = fsub float %837, %2528
	%2532 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2531)
	%2533 = fsub float %912, %2528
	%2534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2533)
	%2535 = fsub float %937, %2528
	%2536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2535)
	%2537 = fsub float %1012, %2528
	%2538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2537)
	%2539 = fsub float %1037, %2528
	%2540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2539)
	%2541 = fsub float %1112, %2528
	%2542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2541)
	%2543 = fsub float %1137, %2528
	%2544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2543)
	%2545 = fsub float %1212, %2528
	%2546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2545)
	%2547 = fsub float %1237, %2528
	%2548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2547)
	%2549 = fsub float %1312, %2528
	%2550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2549)
	%2551 = fsub float %1337, %2528
	%2552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2551)
	%2553 = fsub float %1412, %2528
	%2554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2553)
	%2555 = fsub float %1437, %2528
	%2556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2555)
	%2557 = fsub float %1512, %2528
	%2558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2557)
	%2559 = fsub float %1537, %2528
	%2560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2559)
	%2561 = fsub float %1612, %2528
	%2562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2561)
	%2563 = fsub float %1637, %2528
	%2564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2563)
	%2565 = fsub float %1712, %2528
	%2566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2565)
	%2567 = fsub float %1737, %2528
	%2568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2567)
	%2569 = fsub float %1812, %2528
	%2570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2569)
	%2571 = fsub float %1837, %2528
	%2572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2571)
	%2573 = fsub float %1912, %2528
	%2574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2573)
	%2575 = fsub float %1937, %2528
	%2576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2575)
	%2577 = fsub float %2012, %2528
	%2578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2577)
	%2579 = fsub float %2037, %2528
	%2580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2579)
	%2581 = fsub float %2112, %2528
	%2582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2581)
	%2583 = fsub float %2137, %2528
	%2584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2583)
	%2585 = fsub float %2212, %2528
	%2586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2585)
	%2587 = fsub float %2237, %2528
	%2588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2587)
	%2589 = fsub float %2312, %2528
	%2590 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2589)
	%2591 = fsub float %2337, %2528
	%2592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2591)
	%2593 = fadd float %2530, %2532
	%2594 = fadd float %2534, %2536
	%2595 = fadd float %2538, %2540
	%2596 = fadd float %2542, %2544
	%2597 = fadd float %2546, %2548
	%2598 = fadd float %2550, %2552
	%2599 = fadd float %2554, %2556
	%2600 = fadd float %2558, %2560
	%2601 = fadd float %2562, %2564
	%2602 = fadd float %2566, %2568
	%2603 = fadd float %2570, %2572
	%2604 = fadd float %2574, %2576
	%2605 = fadd float %2578, %2580
	%2606 = fadd float %2582, %2584
	%2607 = fadd float %2586, %2588
	%2608 = fadd float %2590, %2592
	%2609 = fadd float %2593, %2594
	%2610 = fadd float %2595, %2596
	%2611 = fadd float %2597, %2598
	%2612 = fadd float %2599, %2600
	%2613 = fadd float %2601, %2602
	%2614 = fadd float %2603, %2604
	%2615 = fadd float %2605, %2606
	%2616 = fadd float %2607, %2608
	%2617 = fadd float %2609, %2610
	%2618 = fadd float %2611, %2612
	%2619 = fadd float %2613, %2614
	%2620 = fadd float %2615, %2616
	%2621 = fadd float %2617, %2618
	%2622 = fadd float %2619, %2620
	%2623 = fadd float %2621, %2622
	%2624 = fsub float %68, %2528
	%2625 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2624)
	%2626 = fmul float %70, %2625
	%2627 = fadd float %2626, %2623
	%2628 = fadd float %2530, %2532
	%2629 = fadd float %2534, %2536
	%2630 = fadd float %2538, %2540
	%2631 = fadd float %2542, %2544
	%2632 = fadd float %2546, %2548
	%2633 = fadd float %2550, %2552
	%2634 = fadd float %2554, %2556
	%2635 = fadd float %2558, %2560
	%2636 = fadd float %2562, %2564
	%2637 = fadd float %2566, %2568
	%2638 = fadd float %2570, %2572
	%2639 = fadd float %2574, %2576
	%2640 = fadd float %2578, %2580
	%2641 = fadd float %2582, %2584
	%2642 = fadd float %2586, %2588
	%2643 = fadd float %2590, %2592
	%2644 = sext i32 %R to i64
	%2645 = mul i32 %4, 16
	%2646 = add i32 %6, 0
	%2647 = add i32 %2645, %2646
	%2648 = add i32 %3, %2647
	%2649 = icmp slt i32 %2648, %R
	%2650 = mul i32 %1, %18
	%2651 = add i32 %2650, %66
	%2652 = sext i32 %2651 to i64
	%2653 = mul i64 %2652, %2644
	%2654 = sext i32 %2648 to i64
	%2655 = add i64 %2653, %2654
	%2656 = icmp eq i32 %7, 0
	%2657 = and i1 %2649, %2656
	br i1 %2657, label %2658, label %2660

2658:
	%2659 = getelementptr float, float* %mx, i64 %2655
	store float %2375, float* %2659
	br label %2660

2660:
	%2661 = mul i32 %4, 16
	%2662 = add i32 %6, 8
	%2663 = add i32 %2661, %2662
	%2664 = add i32 %3, %2663
	%2665 = icmp slt i32 %2664, %R
	%2666 = mul i32 %1, %18
	%2667 = add i32 %2666, %66
	%2668 = sext i32 %2667 to i64
	%2669 = mul i64 %2668, %2644
	%2670 = sext i32 %2664 to i64
	%2671 = add i64 %2669, %2670
	%2672 = icmp eq i32 %7, 0
	%2673 = and i1 %2665, %2672
	br i1 %2673, label %2674, label %2676

2674:
	%2675 = getelementptr float, float* %mx, i64 %2671
	store float %2528, float* %2675
	br label %2676

2676:
	%2677 = and i32 %7, 1
	%2678 = icmp ne i32 %2677, 0
	%2679 = select i1 %2678, float %2476, float %2475
	%2680 = select i1 %2678, float %2475, float %2476
	%2681 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2680, i32 1, i32 31)
	%2682 = fadd float %2679, %2681
	%2683 = select i1 %2678, float %2478, float %2477
	%2684 = select i1 %2678, float %2477, float %2478
	%2685 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2684, i32 1, i32 31)
	%2686 = fadd float %2683, %2685
	%2687 = select i1 %2678, float %2480, float %2479
	%2688 = select i1 %2678, float %2479, float %2480
	%2689 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2688, i32 1, i32 31)
	%2690 = fadd float %2687, %2689
	%2691 = select i1 %2678, float %2482, float %2481
	%2692 = select i1 %2678, float %2481, float %2482
	%2693 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2692, i32 1, i32 31)
	%2694 = fadd float %2691, %2693
	%2695 = select i1 %2678, float %2484, float %2483
	%2696 = select i1 %2678, float %2483, float %2484
	%2697 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2696, i32 1, i32 31)
	%2698 = fadd float %2695, %2697
	%2699 = select i1 %2678, float %2486, float %2485
	%2700 = select i1 %2678, float %2485, float %2486
	%2701 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2700, i32 1, i32 31)
	%2702 = fadd float %2699, %2701
	%2703 = select i1 %2678, float %2488, float %2487
	%2704 = select i1 %2678, float %2487, float %2488
	%2705 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2704, i32 1, i32 31)
	%2706 = fadd float %2703, %2705
	%2707 = select i1 %2678, float %2490, float %2489
	%2708 = select i1 %2678, float %2489, float %2490
	%2709 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2708, i32 1, i32 31)
	%2710 = fadd float %2707, %2709
	%2711 = select i1 %2678, float %2629, float %2628
	%2712 = select i1 %2678, float %2628, float %2629
	%2713 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2712, i32 1, i32 31)
	%2714 = fadd float %2711, %2713
	%2715 = select i1 %2678, float %2631, float %2630
	%2716 = select i1 %2678, float %2630, float %2631
	%2717 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2716, i32 1, i32 31)
	%2718 = fadd float %2715, %2717
	%2719 = select i1 %2678, float %2633, float %2632
	%2720 = select i1 %2678, float %2632, float %2633
	%2721 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2720, i32 1, i32 31)
	%2722 = fadd float %2719, %2721
	%2723 = select i1 %2678, float %2635, float %2634
	%2724 = select i1 %2678, float %2634, float %2635
	%2725 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2724, i32 1, i32 31)
	%2726 = fadd float %2723, %2725
	%2727 = select i1 %2678, float %2637, float %2636
	%2728 = select i1 %2678, float %2636, float %2637
	%2729 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2728, i32 1, i32 31)
	%2730 = fadd float %2727, %2729
	%2731 = select i1 %2678, float %2639, float %2638
	%2732 = select i1 %2678, float %2638, float %2639
	%2733 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2732, i32 1, i32 31)
	%2734 = fadd float %2731, %2733
	%2735 = select i1 %2678, float %2641, float %2640
	%2736 = select i1 %2678, float %2640, float %2641
	%2737 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2736, i32 1, i32 31)
	%2738 = fadd float %2735, %2737
	%2739 = select i1 %2678, float %2643, float %2642
	%2740 = select i1 %2678, float %2642, float %2643
	%2741 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2740, i32 1, i32 31)
	%2742 = fadd float %2739, %2741
	%2743 = and i32 %7, 2
	%2744 = icmp ne i32 %2743, 0
	%2745 = select i1 %2744, float %2686, float %2682
	%2746 = select i1 %2744, float %2682, float %2686
	%2747 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2746, i32 2, i32 31)
	%2748 = fadd float %2745, %2747
	%2749 = select i1 %2744, float %2694, float %2690
	%2750 = select i1 %2744, float %2690, float %2694
	%2751 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2750, i32 2, i32 31)
	%2752 = fadd float %2749, %2751
	%2753 = select i1 %2744, float %2702, float %2698
	%2754 = select i1 %2744, float %2698, float %2702
	%2755 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2754, i32 2, i32 31)
	%2756 = fadd float %2753, %2755
	%2757 = select i1 %2744, float %2710, float %2706
	%2758 = select i1 %2744, float %2706, float %2710
	%2759 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2758, i32 2, i32 31)
	%2760 = fadd float %2757, %2759
	%2761 = select i1 %2744, float %2718, float %2714
	%2762 = select i1 %2744, float %2714, float %2718
	%2763 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2762, i32 2, i32 31)
	%2764 = fadd float %2761, %2763
	%2765 = select i1 %2744, float %2726, float %2722
	%2766 = select i1 %2744, float %2722, float %2726
	%2767 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2766, i32 2, i32 31)
	%2768 = fadd float %2765, %2767
	%2769 = select i1 %2744, float %2734, float %2730
	%2770 = select i1 %2744, float %2730, float %2734
	%2771 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2770, i32 2, i32 31)
	%2772 = fadd float %2769, %2771
	%2773 = select i1 %2744, float %2742, float %2738
	%2774 = select i1 %2744, float %2738, float %2742
	%2775 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2774, i32 2, i32 31)
	%2776 = fadd float %2773, %2775
	%2777 = add i32 0, %7
	%2778 = sub i32 %2777, 0
	%2779 = sdiv i32 %73, 8
	%2780 = add i32 %2779, %2778
	%2781 = and i1 true, %2649
	%2782 = icmp slt i32 %2780, %NK
	%2783 = and i1 %2781, %2782
	%2784 = mul i32 %1, %NK
	%2785 = add i32 %2784, %2780
	%2786 = sext i32 %2785 to i64
	%2787 = mul i64 %2786, %2644
	%2788 = mul i32 %4, 16
	%2789 = add i32 %6, 0
	%2790 = add i32 %2788, %2789
	%2791 = add i32 %3, %2790
	%2792 = sext i32 %2791 to i64
	%2793 = add i64 %2787, %2792
	br i1 %2783, label %2794, label %2796

2794:
	%2795 = getelementptr float, float* %part, i64 %2793
	store float %2748, float* %2795
	br label %2796

2796:
	%2797 = add i32 4, %7
	%2798 = sub i32 %2797, 0
	%2799 = sdiv i32 %73, 8
	%2800 = add i32 %2799, %2798
	%2801 = and i1 true, %2649
	%2802 = icmp slt i32 %2800, %NK
	%2803 = and i1 %2801, %2802
	%2804 = mul i32 %1, %NK
	%2805 = add i32 %2804, %2800
	%2806 = sext i32 %2805 to i64
	%2807 = mul i64 %2806, %2644
	%2808 = mul i32 %4, 16
	%2809 = add i32 %6, 0
	%2810 = add i32 %2808, %2809
	%2811 = add i32 %3, %2810
	%2812 = sext i32 %2811 to i64
	%2813 = add i64 %2807, %2812
	br i1 %2803, label %2814, label %2816

2814:
	%2815 = getelementptr float, float* %part, i64 %2813
	store float %2752, float* %2815
	br label %2816

2816:
	%2817 = add i32 8, %7
	%2818 = sub i32 %2817, 0
	%2819 = sdiv i32 %73, 8
	%2820 = add i32 %2819, %2818
	%2821 = and i1 true, %2649
	%2822 = icmp slt i32 %2820, %NK
	%2823 = and i1 %2821, %2822
	%2824 = mul i32 %1, %NK
	%2825 = add i32 %2824, %2820
	%2826 = sext i32 %2825 to i64
	%2827 = mul i64 %2826, %2644
	%2828 = mul i32 %4, 16
	%2829 = add i32 %6, 0
	%2830 = add i32 %2828, %2829
	%2831 = add i32 %3, %2830
	%2832 = sext i32 %2831 to i64
	%2833 = add i64 %2827, %2832
	br i1 %2823, label %2834, label %2836

2834:
	%2835 = getelementptr float, float* %part, i64 %2833
	store float %2756, float* %2835
	br label %2836

2836:
	%2837 = add i32 12, %7
	%2838 = sub i32 %2837, 0
	%2839 = sdiv i32 %73, 8
	%2840 = add i32 %2839, %2838
	%2841 = and i1 true, %2649
	%2842 = icmp slt i32 %2840, %NK
	%2843 = and i1 %2841, %2842
	%2844 = mul i32 %1, %NK
	%2845 = add i32 %2844, %2840
	%2846 = sext i32 %2845 to i64
	%2847 = mul i64 %2846, %2644
	%2848 = mul i32 %4, 16
	%2849 = add i32 %6, 0
	%2850 = add i32 %2848, %2849
	%2851 = add i32 %3, %2850
	%2852 = sext i32 %2851 to i64
	%2853 = add i64 %2847, %2852
	br i1 %2843, label %2854, label %2856

2854:
	%2855 = getelementptr float, float* %part, i64 %2853
	store float %2760, float* %2855
	br label %2856

2856:
	%2857 = add i32 16, %7
	%2858 = sub i32 %2857, 16
	%2859 = sdiv i32 %73, 8
	%2860 = add i32 %2859, %2858
	%2861 = and i1 true, %2665
	%2862 = icmp slt i32 %2860, %NK
	%2863 = and i1 %2861, %2862
	%2864 = mul i32 %1, %NK
	%2865 = add i32 %2864, %2860
	%2866 = sext i32 %2865 to i64
	%2867 = mul i64 %2866, %2644
	%2868 = mul i32 %4, 16
	%2869 = add i32 %6, 8
	%2870 = add i32 %2868, %2869
	%2871 = add i32 %3, %2870
	%2872 = sext i32 %2871 to i64
	%2873 = add i64 %2867, %2872
	br i1 %2863, label %2874, label %2876

2874:
	%2875 = getelementptr float, float* %part, i64 %2873
	store float %2764, float* %2875
	br label %2876

2876:
	%2877 = add i32 20, %7
	%2878 = sub i32 %2877, 16
	%2879 = sdiv i32 %73, 8
	%2880 = add i32 %2879, %2878
	%2881 = and i1 true, %2665
	%2882 = icmp slt i32 %2880, %NK
	%2883 = and i1 %2881, %2882
	%2884 = mul i32 %1, %NK
	%2885 = add i32 %2884, %2880
	%2886 = sext i32 %2885 to i64
	%2887 = mul i64 %2886, %2644
	%2888 = mul i32 %4, 16
	%2889 = add i32 %6, 8
	%2890 = add i32 %2888, %2889
	%2891 = add i32 %3, %2890
	%2892 = sext i32 %2891 to i64
	%2893 = add i64 %2887, %2892
	br i1 %2883, label %2894, label %2896

2894:
	%2895 = getelementptr float, float* %part, i64 %2893
	store float %2768, float* %2895
	br label %2896

2896:
	%2897 = add i32 24, %7
	%2898 = sub i32 %2897, 16
	%2899 = sdiv i32 %73, 8
	%2900 = add i32 %2899, %2898
	%2901 = and i1 true, %2665
	%2902 = icmp slt i32 %2900, %NK
	%2903 = and i1 %2901, %2902
	%2904 = mul i32 %1, %NK
	%2905 = add i32 %2904, %2900
	%2906 = sext i32 %2905 to i64
	%2907 = mul i64 %2906, %2644
	%2908 = mul i32 %4, 16
	%2909 = add i32 %6, 8
	%2910 = add i32 %2908, %2909
	%2911 = add i32 %3, %2910
	%2912 = sext i32 %2911 to i64
	%2913 = add i64 %2907, %2912
	br i1 %2903, label %2914, label %2916

2914:
	%2915 = getelementptr float, float* %part, i64 %2913
	store float %2772, float* %2915
	br label %2916

2916:
	%2917 = add i32 28, %7
	%2918 = sub i32 %2917, 16
	%2919 = sdiv i32 %73, 8
	%2920 = add i32 %2919, %2918
	%2921 = and i1 true, %2665
	%2922 = icmp slt i32 %2920, %NK
	%2923 = and i1 %2921, %2922
	%2924 = mul i32 %1, %NK
	%2925 = add i32 %2924, %2920
	%2926 = sext i32 %2925 to i64
	%2927 = mul i64 %2926, %2644
	%2928 = mul i32 %4, 16
	%2929 = add i32 %6, 8
	%2930 = add i32 %2928, %2929
	%2931 = add i32 %3, %2930
	%2932 = sext i32 %2931 to i64
	%2933 = add i64 %2927, %2932
	br i1 %2923, label %2934, label %2936

2934:
	%2935 = getelementptr float, float* %part, i64 %2933
	store float %2776, float* %2935
	br label %2936

2936:
	%2937 = add i32 %66, 1
	br label %65

2938:
	%2939 = mul i32 %1, %R
	%2940 = add i32 %2939, %84
	%2941 = mul i32 %2940, 2
	%2942 = add i32 %2941, 0
	%2943 = sext i32 %2942 to i64
	%2944 = getelementptr float, float* %stats, i64 %2943
	store float %67, float* %2944
	%2945 = mul i32 %1, %R
	%2946 = add i32 %2945, %84
	%2947 = mul i32 %2946, 2
	%2948 = add i32 %2947, 1
	%2949 = sext i32 %2948 to i64
	%2950 = getelementptr float, float* %stats, i64 %2949
	store float %80, float* %2950
	br label %2951

2951:
	%2952 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%2953 = fadd float %70, %2952
	%2954 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2953, i32 2, i32 31)
	%2955 = fadd float %2953, %2954
	%2956 = mul i32 %4, 16
	%2957 = add i32 %6, 8
	%2958 = add i32 %2956, %2957
	%2959 = add i32 %3, %2958
	%2960 = icmp slt i32 %2959, %R
	%2961 = icmp eq i32 %7, 0
	%2962 = and i1 %2960, %2961
	br i1 %2962, label %2963, label %2976

2963:
	%2964 = mul i32 %1, %R
	%2965 = add i32 %2964, %2959
	%2966 = mul i32 %2965, 2
	%2967 = add i32 %2966, 0
	%2968 = sext i32 %2967 to i64
	%2969 = getelementptr float, float* %stats, i64 %2968
	store float %68, float* %2969
	%2970 = mul i32 %1, %R
	%2971 = add i32 %2970, %2959
	%2972 = mul i32 %2971, 2
	%2973 = add i32 %2972, 1
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr float, float* %stats, i64 %2974
	store float %2955, float* %2975
	br label %2976

2976:
	ret void
}

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @proxy_admass0(float* %stats, float* %part, float* %mx, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %M, i32 %R, i32 %T) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 8
	%4 = icmp slt i32 %0, 8
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
	%23 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 %0
	store float %22, float addrspace(3)* %23
	%24 = fdiv float 1.0, %19
	%25 = select i1 %21, float %24, float 0.0
	%26 = add i32 %0, 8
	%27 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 %26
	store float %25, float addrspace(3)* %27
	br label %28

28:
	call void @llvm.nvvm.barrier0()
	%29 = sub i32 %R, %3
	%30 = icmp slt i32 8, %29
	%31 = select i1 %30, i32 8, i32 %29
	%32 = add i32 %1, 1
	%33 = mul i32 %32, 64
	%34 = icmp slt i32 %33, %M
	%35 = select i1 %34, i32 %33, i32 %M
	%36 = add i32 %35, 7
	%37 = sdiv i32 %36, 8
	%38 = sub i32 %37, %3
	%39 = sitofp i32 %38 to float
	%40 = add i32 %T, 127
	%41 = sdiv i32 %40, 128
	%42 = sext i32 %R to i64
	br label %43

43:
	%44 = phi i32 [ %0, %28 ], [ %232, %231 ]
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
	br i1 %55, label %57, label %231

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
	%81 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 0
	%82 = load float, float addrspace(3)* %81
	%83 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 8
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
	%100 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 1
	%101 = load float, float addrspace(3)* %100
	%102 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 9
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
	%119 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 2
	%120 = load float, float addrspace(3)* %119
	%121 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 10
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
	%138 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 3
	%139 = load float, float addrspace(3)* %138
	%140 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 11
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
	%157 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 4
	%158 = load float, float addrspace(3)* %157
	%159 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 12
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
	%176 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 5
	%177 = load float, float addrspace(3)* %176
	%178 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 13
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
	%195 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 6
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 14
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
	%214 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 7
	%215 = load float, float addrspace(3)* %214
	%216 = getelementptr [16 x float], [16 x float] addrspace(3)* @proxy_admass0_rows, i32 0, i32 15
	%217 = load float, float addrspace(3)* %216
	%218 = fsub float %213, %215
	%219 = call float @llvm.nvvm.ex2.approx.ftz.f(float %218)
	%220 = fmul float %210, %219
	%221 = fmul float %220, %217
	%222 = select i1 %205, float %221, float 0.0
	%223 = fadd float %204, %222
	%224 = fdiv float %223, %39
	%225 = mul i32 %2, %NQ
	%226 = add i32 %225, %1
	%227 = mul i32 %226, %NK
	%228 = add i32 %227, %44
	%229 = sext i32 %228 to i64
	%230 = getelementptr float, float* %e, i64 %229
	store float %224, float* %230
	br label %231

231:
	%232 = add i32 %44, 256
	br label %43
}

define ptx_kernel void @proxy_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [24576 x i8] addrspace(3)* @proxy_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = add i32 %0, u0x4000
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
	%117 = mul i32 %56, 64
	%118 = lshr i32 %9, 3
	%119 = and i32 %9, 7
	%120 = lshr i32 %119, 3
	%121 = mul i32 %120, u0x2000
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
	%148 = add i32 %130, 32
	%149 = icmp slt i32 %148, %N
	%150 = getelementptr i16, i16* %135, i64 2048
	%151 = select i1 %149, i16* %150, i16* %39
	%152 = add i32 %129, u0x1000
	%153 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %152, i16* %151, i32 %153)
	%154 = add i32 %130, 48
	%155 = icmp slt i32 %154, %N
	%156 = getelementptr i16, i16* %135, i64 3072
	%157 = select i1 %155, i16* %156, i16* %39
	%158 = add i32 %129, 6144
	%159 = select i1 %155, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %158, i16* %157, i32 %159)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%160 = phi i32 [ 0, %prologue ], [ %1153, %pv ]
	%161 = phi i32 [ %56, %prologue ], [ %1160, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %1376, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %1377, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %1378, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %1379, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %1380, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %1381, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %1382, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %1383, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %1384, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1385, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1386, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1387, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1388, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1389, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1390, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1391, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1392, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1393, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1394, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1395, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1396, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1397, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1398, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1399, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1400, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1401, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1402, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1403, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1404, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1405, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1406, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1407, %pv ]
	%194 = phi float [ 0xFFF0000000000000, %prologue ], [ %1049, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1100, %pv ]
	%196 = phi float [ 0xFFF0000000000000, %prologue ], [ %1101, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1152, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%198 = mul i32 %161, 64
	%199 = lshr i32 %9, 3
	%200 = and i32 %9, 7
	%201 = lshr i32 %200, 3
	%202 = mul i32 %201, u0x2000
	%203 = and i32 %200, 7
	%204 = and i32 %199, 7
	%205 = xor i32 %203, %204
	%206 = mul i32 %199, 128
	%207 = shl i32 %205, 4
	%208 = add i32 %206, %207
	%209 = add i32 %202, %208
	%210 = add i32 %1, %209
	%211 = add i32 %198, %199
	%212 = mul i32 %211, 64
	%213 = mul i32 %200, 8
	%214 = add i32 %212, %213
	%215 = sext i32 %214 to i64
	%216 = getelementptr i16, i16* %43, i64 %215
	%217 = add i32 %211, 0
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %216, i64 0
	%220 = select i1 %218, i16* %219, i16* %43
	%221 = add i32 %210, 0
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %211, 16
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %216, i64 1024
	%226 = select i1 %224, i16* %225, i16* %43
	%227 = add i32 %210, 2048
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %211, 32
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %216, i64 2048
	%232 = select i1 %230, i16* %231, i16* %43
	%233 = add i32 %210, u0x1000
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %211, 48
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %216, i64 3072
	%238 = select i1 %236, i16* %237, i16* %43
	%239 = add i32 %210, 6144
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%241 = add i32 %4, 0
	%242 = zext i32 %241 to i64
	%243 = or i64 %242, u0x4000004000010000
	%244 = add i32 %6, 0
	%245 = zext i32 %244 to i64
	%246 = or i64 %245, u0x4000004000010000
	%247 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %243, i64 %246, i32 1)
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 0
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 1
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 2
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 3
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 4
	%253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 5
	%254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 6
	%255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 7
	%256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 8
	%257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 9
	%258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 10
	%259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 11
	%260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 12
	%261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 13
	%262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 14
	%263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 15
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 16
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 17
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 18
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 19
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 20
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 21
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 22
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 23
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 24
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 25
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 26
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 27
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 28
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 29
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 30
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %247, 31
	%280 = add i32 %4, 2
	%281 = zext i32 %280 to i64
	%282 = or i64 %281, u0x4000004000010000
	%283 = add i32 %6, 2
	%284 = zext i32 %283 to i64
	%285 = or i64 %284, u0x4000004000010000
	%286 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %248, float %249, float %250, float %251, float %252, float %253, float %254, float %255, float %256, float %257, float %258, float %259, float %260, float %261, float %262, float %263, float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, i64 %282, i64 %285, i32 1)
	%287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 3
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 4
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 5
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 6
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 7
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 8
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 9
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 10
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 11
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 12
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 13
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 14
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 15
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 16
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 17
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 18
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 19
	%307 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 20
	%308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 21
	%309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 22
	%310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 23
	%311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 24
	%312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 25
	%313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 26
	%314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 27
	%315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 28
	%316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 29
	%317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 30
	%318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %286, 31
	%319 = add i32 %4, 4
	%320 = zext i32 %319 to i64
	%321 = or i64 %320, u0x4000004000010000
	%322 = add i32 %6, 4
	%323 = zext i32 %322 to i64
	%324 = or i64 %323, u0x4000004000010000
	%325 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %287, float %288, float %289, float %290, float %291, float %292, float %293, float %294, float %295, float %296, float %297, float %298, float %299, float %300, float %301, float %302, float %303, float %304, float %305, float %306, float %307, float %308, float %309, float %310, float %311, float %312, float %313, float %314, float %315, float %316, float %317, float %318, i64 %321, i64 %324, i32 1)
	%326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 0
	%327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 1
	%328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 2
	%329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 3
	%330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 4
	%331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 5
	%332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 6
	%333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 7
	%334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 8
	%335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 9
	%336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 10
	%337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 11
	%338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 12
	%339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 13
	%340 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 14
	%341 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 15
	%342 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 16
	%343 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 17
	%344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 18
	%345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 19
	%346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 20
	%347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 21
	%348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 22
	%349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 23
	%350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 24
	%351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 25
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 26
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 27
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 28
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 29
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 30
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %325, 31
	%358 = add i32 %4, 6
	%359 = zext i32 %358 to i64
	%360 = or i64 %359, u0x4000004000010000
	%361 = add i32 %6, 6
	%362 = zext i32 %361 to i64
	%363 = or i64 %362, u0x4000004000010000
	%364 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %326, float %327, float %328, float %329, float %330, float %331, float %332, float %333, float %334, float %335, float %336, float %337, float %338, float %339, float %340, float %341, float %342, float %343, float %344, float %345, float %346, float %347, float %348, float %349, float %350, float %351, float %352, float %353, float %354, float %355, float %356, float %357, i64 %360, i64 %363, i32 1)
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 3
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 4
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 5
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 6
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 7
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 8
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 9
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 10
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 11
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 12
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 13
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 14
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 15
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 16
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 17
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 18
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 19
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 20
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 21
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 22
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 23
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 24
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 25
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 26
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 27
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 28
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 29
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 30
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %364, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%397 = call float asm sideeffect "", "=f,0"(float %365)
	%398 = call float asm sideeffect "", "=f,0"(float %366)
	%399 = call float asm sideeffect "", "=f,0"(float %367)
	%400 = call float asm sideeffect "", "=f,0"(float %368)
	%401 = call float asm sideeffect "", "=f,0"(float %369)
	%402 = call float asm sideeffect "", "=f,0"(float %370)
	%403 = call float asm sideeffect "", "=f,0"(float %371)
	%404 = call float asm sideeffect "", "=f,0"(float %372)
	%405 = call float asm sideeffect "", "=f,0"(float %373)
	%406 = call float asm sideeffect "", "=f,0"(float %374)
	%407 = call float asm sideeffect "", "=f,0"(float %375)
	%408 = call float asm sideeffect "", "=f,0"(float %376)
	%409 = call float asm sideeffect "", "=f,0"(float %377)
	%410 = call float asm sideeffect "", "=f,0"(float %378)
	%411 = call float asm sideeffect "", "=f,0"(float %379)
	%412 = call float asm sideeffect "", "=f,0"(float %380)
	%413 = call float asm sideeffect "", "=f,0"(float %381)
	%414 = call float asm sideeffect "", "=f,0"(float %382)
	%415 = call float asm sideeffect "", "=f,0"(float %383)
	%416 = call float asm sideeffect "", "=f,0"(float %384)
	%417 = call float asm sideeffect "", "=f,0"(float %385)
	%418 = call float asm sideeffect "", "=f,0"(float %386)
	%419 = call float asm sideeffect "", "=f,0"(float %387)
	%420 = call float asm sideeffect "", "=f,0"(float %388)
	%421 = call float asm sideeffect "", "=f,0"(float %389)
	%422 = call float asm sideeffect "", "=f,0"(float %390)
	%423 = call float asm sideeffect "", "=f,0"(float %391)
	%424 = call float asm sideeffect "", "=f,0"(float %392)
	%425 = call float asm sideeffect "", "=f,0"(float %393)
	%426 = call float asm sideeffect "", "=f,0"(float %394)
	%427 = call float asm sideeffect "", "=f,0"(float %395)
	%428 = call float asm sideeffect "", "=f,0"(float %396)
	%429 = mul i32 %10, 16
	%430 = add i32 %31, %429
	%431 = add i32 %12, 0
	%432 = add i32 %430, %431
	%433 = mul i32 %10, 16
	%434 = add i32 %31, %433
	%435 = add i32 %12, 8
	%436 = add i32 %434, %435
	%437 = sitofp i32 %29 to float
	%438 = add i32 %52, %161
	%439 = sext i32 %438 to i64
	%440 = getelementptr i8, i8* %cls, i64 %439
	%441 = load i8, i8* %440
	%442 = icmp ne i8 %441, 2
	br i1 %442, label %partial, label %softmax

epilogue:
	%443 = phi float [ 0.0, %entry ], [ %1100, %pv ]
	%444 = phi float [ 0.0, %entry ], [ %1152, %pv ]
	%445 = phi i32 [ 0, %entry ], [ %1153, %pv ]
	%446 = phi float [ 0.0, %entry ], [ %1376, %pv ]
	%447 = phi float [ 0.0, %entry ], [ %1377, %pv ]
	%448 = phi float [ 0.0, %entry ], [ %1378, %pv ]
	%449 = phi float [ 0.0, %entry ], [ %1379, %pv ]
	%450 = phi float [ 0.0, %entry ], [ %1380, %pv ]
	%451 = phi float [ 0.0, %entry ], [ %1381, %pv ]
	%452 = phi float [ 0.0, %entry ], [ %1382, %pv ]
	%453 = phi float [ 0.0, %entry ], [ %1383, %pv ]
	%454 = phi float [ 0.0, %entry ], [ %1384, %pv ]
	%455 = phi float [ 0.0, %entry ], [ %1385, %pv ]
	%456 = phi float [ 0.0, %entry ], [ %1386, %pv ]
	%457 = phi float [ 0.0, %entry ], [ %1387, %pv ]
	%458 = phi float [ 0.0, %entry ], [ %1388, %pv ]
	%459 = phi float [ 0.0, %entry ], [ %1389, %pv ]
	%460 = phi float [ 0.0, %entry ], [ %1390, %pv ]
	%461 = phi float [ 0.0, %entry ], [ %1391, %pv ]
	%462 = phi float [ 0.0, %entry ], [ %1392, %pv ]
	%463 = phi float [ 0.0, %entry ], [ %1393, %pv ]
	%464 = phi float [ 0.0, %entry ], [ %1394, %pv ]
	%465 = phi float [ 0.0, %entry ], [ %1395, %pv ]
	%466 = phi float [ 0.0, %entry ], [ %1396, %pv ]
	%467 = phi float [ 0.0, %entry ], [ %1397, %pv ]
	%468 = phi float [ 0.0, %entry ], [ %1398, %pv ]
	%469 = phi float [ 0.0, %entry ], [ %1399, %pv ]
	%470 = phi float [ 0.0, %entry ], [ %1400, %pv ]
	%471 = phi float [ 0.0, %entry ], [ %1401, %pv ]
	%472 = phi float [ 0.0, %entry ], [ %1402, %pv ]
	%473 = phi float [ 0.0, %entry ], [ %1403, %pv ]
	%474 = phi float [ 0.0, %entry ], [ %1404, %pv ]
	%475 = phi float [ 0.0, %entry ], [ %1405, %pv ]
	%476 = phi float [ 0.0, %entry ], [ %1406, %pv ]
	%477 = phi float [ 0.0, %entry ], [ %1407, %pv ]
	%478 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %443, i32 1, i32 31)
	%479 = fadd float %443, %478
	%480 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %479, i32 2, i32 31)
	%481 = fadd float %479, %480
	%482 = fcmp ogt float %481, 0.0
	%483 = fdiv float 1.0, %481
	%484 = select i1 %482, float %483, float 0.0
	%485 = mul i32 %10, 16
	%486 = add i32 %31, %485
	%487 = add i32 %12, 0
	%488 = add i32 %486, %487
	%489 = fmul float %446, %484
	%490 = fmul float %447, %484
	%491 = fmul float %450, %484
	%492 = fmul float %451, %484
	%493 = fmul float %454, %484
	%494 = fmul float %455, %484
	%495 = fmul float %458, %484
	%496 = fmul float %459, %484
	%497 = fmul float %462, %484
	%498 = fmul float %463, %484
	%499 = fmul float %466, %484
	%500 = fmul float %467, %484
	%501 = fmul float %470, %484
	%502 = fmul float %471, %484
	%503 = fmul float %474, %484
	%504 = fmul float %475, %484
	%505 = icmp slt i32 %488, %M
	br i1 %505, label %store0, label %stored0

partial:
	%506 = shl i32 %13, 1
	%507 = add i32 0, %506
	%508 = add i32 %198, %507
	%509 = icmp slt i32 %508, %N
	%510 = select i1 %509, i32 %508, i32 0
	%511 = sitofp i32 %432 to float
	%512 = sitofp i32 %510 to float
	%513 = fcmp ole float %512, %511
	%514 = uitofp i1 %513 to float
	%515 = fcmp une float %514, 0.0
	%516 = and i1 %509, %515
	%517 = select i1 %516, float %397, float 0xFFF0000000000000
	%518 = shl i32 %13, 1
	%519 = add i32 1, %518
	%520 = add i32 %198, %519
	%521 = icmp slt i32 %520, %N
	%522 = select i1 %521, i32 %520, i32 0
	%523 = sitofp i32 %432 to float
	%524 = sitofp i32 %522 to float
	%525 = fcmp ole float %524, %523
	%526 = uitofp i1 %525 to float
	%527 = fcmp une float %526, 0.0
	%528 = and i1 %521, %527
	%529 = select i1 %528, float %398, float 0xFFF0000000000000
	%530 = shl i32 %13, 1
	%531 = add i32 0, %530
	%532 = add i32 %198, %531
	%533 = icmp slt i32 %532, %N
	%534 = select i1 %533, i32 %532, i32 0
	%535 = sitofp i32 %436 to float
	%536 = sitofp i32 %534 to float
	%537 = fcmp ole float %536, %535
	%538 = uitofp i1 %537 to float
	%539 = fcmp une float %538, 0.0
	%540 = and i1 %533, %539
	%541 = select i1 %540, float %399, float 0xFFF0000000000000
	%542 = shl i32 %13, 1
	%543 = add i32 1, %542
	%544 = add i32 %198, %543
	%545 = icmp slt i32 %544, %N
	%546 = select i1 %545, i32 %544, i32 0
	%547 = sitofp i32 %436 to float
	%548 = sitofp i32 %546 to float
	%549 = fcmp ole float %548, %547
	%550 = uitofp i1 %549 to float
	%551 = fcmp une float %550, 0.0
	%552 = and i1 %545, %551
	%553 = select i1 %552, float %400, float 0xFFF0000000000000
	%554 = shl i32 %13, 1
	%555 = add i32 8, %554
	%556 = add i32 %198, %555
	%557 = icmp slt i32 %556, %N
	%558 = select i1 %557, i32 %556, i32 0
	%559 = sitofp i32 %432 to float
	%560 = sitofp i32 %558 to float
	%561 = fcmp ole float %560, %559
	%562 = uitofp i1 %561 to float
	%563 = fcmp une float %562, 0.0
	%564 = and i1 %557, %563
	%565 = select i1 %564, float %401, float 0xFFF0000000000000
	%566 = shl i32 %13, 1
	%567 = add i32 9, %566
	%568 = add i32 %198, %567
	%569 = icmp slt i32 %568, %N
	%570 = select i1 %569, i32 %568, i32 0
	%571 = sitofp i32 %432 to float
	%572 = sitofp i32 %570 to float
	%573 = fcmp ole float %572, %571
	%574 = uitofp i1 %573 to float
	%575 = fcmp une float %574, 0.0
	%576 = and i1 %569, %575
	%577 = select i1 %576, float %402, float 0xFFF0000000000000
	%578 = shl i32 %13, 1
	%579 = add i32 8, %578
	%580 = add i32 %198, %579
	%581 = icmp slt i32 %580, %N
	%582 = select i1 %581, i32 %580, i32 0
	%583 = sitofp i32 %436 to float
	%584 = sitofp i32 %582 to float
	%585 = fcmp ole float %584, %583
	%586 = uitofp i1 %585 to float
	%587 = fcmp une float %586, 0.0
	%588 = and i1 %581, %587
	%589 = select i1 %588, float %403, float 0xFFF0000000000000
	%590 = shl i32 %13, 1
	%591 = add i32 9, %590
	%592 = add i32 %198, %591
	%593 = icmp slt i32 %592, %N
	%594 = select i1 %593, i32 %592, i32 0
	%595 = sitofp i32 %436 to float
	%596 = sitofp i32 %594 to float
	%597 = fcmp ole float %596, %595
	%598 = uitofp i1 %597 to float
	%599 = fcmp une float %598, 0.0
	%600 = and i1 %593, %599
	%601 = select i1 %600, float %404, float 0xFFF0000000000000
	%602 = shl i32 %13, 1
	%603 = add i32 16, %602
	%604 = add i32 %198, %603
	%605 = icmp slt i32 %604, %N
	%606 = select i1 %605, i32 %604, i32 0
	%607 = sitofp i32 %432 to float
	%608 = sitofp i32 %606 to float
	%609 = fcmp ole float %608, %607
	%610 = uitofp i1 %609 to float
	%611 = fcmp une float %610, 0.0
	%612 = and i1 %605, %611
	%613 = select i1 %612, float %405, float 0xFFF0000000000000
	%614 = shl i32 %13, 1
	%615 = add i32 17, %614
	%616 = add i32 %198, %615
	%617 = icmp slt i32 %616, %N
	%618 = select i1 %617, i32 %616, i32 0
	%619 = sitofp i32 %432 to float
	%620 = sitofp i32 %618 to float
	%621 = fcmp ole float %620, %619
	%622 = uitofp i1 %621 to float
	%623 = fcmp une float %622, 0.0
	%624 = and i1 %617, %623
	%625 = select i1 %624, float %406, float 0xFFF0000000000000
	%626 = shl i32 %13, 1
	%627 = add i32 16, %626
	%628 = add i32 %198, %627
	%629 = icmp slt i32 %628, %N
	%630 = select i1 %629, i32 %628, i32 0
	%631 = sitofp i32 %436 to float
	%632 = sitofp i32 %630 to float
	%633 = fcmp ole float %632, %631
	%634 = uitofp i1 %633 to float
	%635 = fcmp une float %634, 0.0
	%636 = and i1 %629, %635
	%637 = select i1 %636, float %407, float 0xFFF0000000000000
	%638 = shl i32 %13, 1
	%639 = add i32 17, %638
	%640 = add i32 %198, %639
	%641 = icmp slt i32 %640, %N
	%642 = select i1 %641, i32 %640, i32 0
	%643 = sitofp i32 %436 to float
	%644 = sitofp i32 %642 to float
	%645 = fcmp ole float %644, %643
	%646 = uitofp i1 %645 to float
	%647 = fcmp une float %646, 0.0
	%648 = and i1 %641, %647
	%649 = select i1 %648, float %408, float 0xFFF0000000000000
	%650 = shl i32 %13, 1
	%651 = add i32 24, %650
	%652 = add i32 %198, %651
	%653 = icmp slt i32 %652, %N
	%654 = select i1 %653, i32 %652, i32 0
	%655 = sitofp i32 %432 to float
	%656 = sitofp i32 %654 to float
	%657 = fcmp ole float %656, %655
	%658 = uitofp i1 %657 to float
	%659 = fcmp une float %658, 0.0
	%660 = and i1 %653, %659
	%661 = select i1 %660, float %409, float 0xFFF0000000000000
	%662 = shl i32 %13, 1
	%663 = add i32 25, %662
	%664 = add i32 %198, %663
	%665 = icmp slt i32 %664, %N
	%666 = select i1 %665, i32 %664, i32 0
	%667 = sitofp i32 %432 to float
	%668 = sitofp i32 %666 to float
	%669 = fcmp ole float %668, %667
	%670 = uitofp i1 %669 to float
	%671 = fcmp une float %670, 0.0
	%672 = and i1 %665, %671
	%673 = select i1 %672, float %410, float 0xFFF0000000000000
	%674 = shl i32 %13, 1
	%675 = add i32 24, %674
	%676 = add i32 %198, %675
	%677 = icmp slt i32 %676, %N
	%678 = select i1 %677, i32 %676, i32 0
	%679 = sitofp i32 %436 to float
	%680 = sitofp i32 %678 to float
	%681 = fcmp ole float %680, %679
	%682 = uitofp i1 %681 to float
	%683 = fcmp une float %682, 0.0
	%684 = and i1 %677, %683
	%685 = select i1 %684, float %411, float 0xFFF0000000000000
	%686 = shl i32 %13, 1
	%687 = add i32 25, %686
	%688 = add i32 %198, %687
	%689 = icmp slt i32 %688, %N
	%690 = select i1 %689, i32 %688, i32 0
	%691 = sitofp i32 %436 to float
	%692 = sitofp i32 %690 to float
	%693 = fcmp ole float %692, %691
	%694 = uitofp i1 %693 to float
	%695 = fcmp une float %694, 0.0
	%696 = and i1 %689, %695
	%697 = select i1 %696, float %412, float 0xFFF0000000000000
	%698 = shl i32 %13, 1
	%699 = add i32 32, %698
	%700 = add i32 %198, %699
	%701 = icmp slt i32 %700, %N
	%702 = select i1 %701, i32 %700, i32 0
	%703 = sitofp i32 %432 to float
	%704 = sitofp i32 %702 to float
	%705 = fcmp ole float %704, %703
	%706 = uitofp i1 %705 to float
	%707 = fcmp une float %706, 0.0
	%708 = and i1 %701, %707
	%709 = select i1 %708, float %413, float 0xFFF0000000000000
	%710 = shl i32 %13, 1
	%711 = add i32 33, %710
	%712 = add i32 %198, %711
	%713 = icmp slt i32 %712, %N
	%714 = select i1 %713, i32 %712, i32 0
	%715 = sitofp i32 %432 to float
	%716 = sitofp i32 %714 to float
	%717 = fcmp ole float %716, %715
	%718 = uitofp i1 %717 to float
	%719 = fcmp une float %718, 0.0
	%720 = and i1 %713, %719
	%721 = select i1 %720, float %414, float 0xFFF0000000000000
	%722 = shl i32 %13, 1
	%723 = add i32 32, %722
	%724 = add i32 %198, %723
	%725 = icmp slt i32 %724, %N
	%726 = select i1 %725, i32 %724, i32 0
	%727 = sitofp i32 %436 to float
	%728 = sitofp i32 %726 to float
	%729 = fcmp ole float %728, %727
	%730 = uitofp i1 %729 to float
	%731 = fcmp une float %730, 0.0
	%732 = and i1 %725, %731
	%733 = select i1 %732, float %415, float 0xFFF0000000000000
	%734 = shl i32 %13, 1
	%735 = add i32 33, %734
	%736 = add i32 %198, %735
	%737 = icmp slt i32 %736, %N
	%738 = select i1 %737, i32 %736, i32 0
	%739 = sitofp i32 %436 to float
	%740 = sitofp i32 %738 to float
	%741 = fcmp ole float %740, %739
	%742 = uitofp i1 %741 to float
	%743 = fcmp une float %742, 0.0
	%744 = and i1 %737, %743
	%745 = select i1 %744, float %416, float 0xFFF0000000000000
	%746 = shl i32 %13, 1
	%747 = add i32 40, %746
	%748 = add i32 %198, %747
	%749 = icmp slt i32 %748, %N
	%750 = select i1 %749, i32 %748, i32 0
	%751 = sitofp i32 %432 to float
	%752 = sitofp i32 %750 to float
	%753 = fcmp ole float %752, %751
	%754 = uitofp i1 %753 to float
	%755 = fcmp une float %754, 0.0
	%756 = and i1 %749, %755
	%757 = select i1 %756, float %417, float 0xFFF0000000000000
	%758 = shl i32 %13, 1
	%759 = add i32 41, %758
	%760 = add i32 %198, %759
	%761 = icmp slt i32 %760, %N
	%762 = select i1 %761, i32 %760, i32 0
	%763 = sitofp i32 %432 to float
	%764 = sitofp i32 %762 to float
	%765 = fcmp ole float %764, %763
	%766 = uitofp i1 %765 to float
	%767 = fcmp une float %766, 0.0
	%768 = and i1 %761, %767
	%769 = select i1 %768, float %418, float 0xFFF0000000000000
	%770 = shl i32 %13, 1
	%771 = add i32 40, %770
	%772 = add i32 %198, %771
	%773 = icmp slt i32 %772, %N
	%774 = select i1 %773, i32 %772, i32 0
	%775 = sitofp i32 %436 to float
	%776 = sitofp i32 %774 to float
	%777 = fcmp ole float %776, %775
	%778 = uitofp i1 %777 to float
	%779 = fcmp une float %778, 0.0
	%780 = and i1 %773, %779
	%781 = select i1 %780, float %419, float 0xFFF0000000000000
	%782 = shl i32 %13, 1
	%783 = add i32 41, %782
	%784 = add i32 %198, %783
	%785 = icmp slt i32 %784, %N
	%786 = select i1 %785, i32 %784, i32 0
	%787 = sitofp i32 %436 to float
	%788 = sitofp i32 %786 to float
	%789 = fcmp ole float %788, %787
	%790 = uitofp i1 %789 to float
	%791 = fcmp une float %790, 0.0
	%792 = and i1 %785, %791
	%793 = select i1 %792, float %420, float 0xFFF0000000000000
	%794 = shl i32 %13, 1
	%795 = add i32 48, %794
	%796 = add i32 %198, %795
	%797 = icmp slt i32 %796, %N
	%798 = select i1 %797, i32 %796, i32 0
	%799 = sitofp i32 %432 to float
	%800 = sitofp i32 %798 to float
	%801 = fcmp ole float %800, %799
	%802 = uitofp i1 %801 to float
	%803 = fcmp une float %802, 0.0
	%804 = and i1 %797, %803
	%805 = select i1 %804, float %421, float 0xFFF0000000000000
	%806 = shl i32 %13, 1
	%807 = add i32 49, %806
	%808 = add i32 %198, %807
	%809 = icmp slt i32 %808, %N
	%810 = select i1 %809, i32 %808, i32 0
	%811 = sitofp i32 %432 to float
	%812 = sitofp i32 %810 to float
	%813 = fcmp ole float %812, %811
	%814 = uitofp i1 %813 to float
	%815 = fcmp une float %814, 0.0
	%816 = and i1 %809, %815
	%817 = select i1 %816, float %422, float 0xFFF0000000000000
	%818 = shl i32 %13, 1
	%819 = add i32 48, %818
	%820 = add i32 %198, %819
	%821 = icmp slt i32 %820, %N
	%822 = select i1 %821, i32 %820, i32 0
	%823 = sitofp i32 %436 to float
	%824 = sitofp i32 %822 to float
	%825 = fcmp ole float %824, %823
	%826 = uitofp i1 %825 to float
	%827 = fcmp une float %826, 0.0
	%828 = and i1 %821, %827
	%829 = select i1 %828, float %423, float 0xFFF0000000000000
	%830 = shl i32 %13, 1
	%831 = add i32 49, %830
	%832 = add i32 %198, %831
	%833 = icmp slt i32 %832, %N
	%834 = select i1 %833, i32 %832, i32 0
	%835 = sitofp i32 %436 to float
	%836 = sitofp i32 %834 to float
	%837 = fcmp ole float %836, %835
	%838 = uitofp i1 %837 to float
	%839 = fcmp une float %838, 0.0
	%840 = and i1 %833, %839
	%841 = select i1 %840, float %424, float 0xFFF0000000000000
	%842 = shl i32 %13, 1
	%843 = add i32 56, %842
	%844 = add i32 %198, %843
	%845 = icmp slt i32 %844, %N
	%846 = select i1 %845, i32 %844, i32 0
	%847 = sitofp i32 %432 to float
	%848 = sitofp i32 %846 to float
	%849 = fcmp ole float %848, %847
	%850 = uitofp i1 %849 to float
	%851 = fcmp une float %850, 0.0
	%852 = and i1 %845, %851
	%853 = select i1 %852, float %425, float 0xFFF0000000000000
	%854 = shl i32 %13, 1
	%855 = add i32 57, %854
	%856 = add i32 %198, %855
	%857 = icmp slt i32 %856, %N
	%858 = select i1 %857, i32 %856, i32 0
	%859 = sitofp i32 %432 to float
	%860 = sitofp i32 %858 to float
	%861 = fcmp ole float %860, %859
	%862 = uitofp i1 %861 to float
	%863 = fcmp une float %862, 0.0
	%864 = and i1 %857, %863
	%865 = select i1 %864, float %426, float 0xFFF0000000000000
	%866 = shl i32 %13, 1
	%867 = add i32 56, %866
	%868 = add i32 %198, %867
	%869 = icmp slt i32 %868, %N
	%870 = select i1 %869, i32 %868, i32 0
	%871 = sitofp i32 %436 to float
	%872 = sitofp i32 %870 to float
	%873 = fcmp ole float %872, %871
	%874 = uitofp i1 %873 to float
	%875 = fcmp une float %874, 0.0
	%876 = and i1 %869, %875
	%877 = select i1 %876, float %427, float 0xFFF0000000000000
	%878 = shl i32 %13, 1
	%879 = add i32 57, %878
	%880 = add i32 %198, %879
	%881 = icmp slt i32 %880, %N
	%882 = select i1 %881, i32 %880, i32 0
	%883 = sitofp i32 %436 to float
	%884 = sitofp i32 %882 to float
	%885 = fcmp ole float %884, %883
	%886 = uitofp i1 %885 to float
	%887 = fcmp une float %886, 0.0
	%888 = and i1 %881, %887
	%889 = select i1 %888, float %428, float 0xFFF0000000000000
	br label %softmax

softmax:
	%890 = phi float [ %397, %loop ], [ %517, %partial ]
	%891 = phi float [ %398, %loop ], [ %529, %partial ]
	%892 = phi float [ %399, %loop ], [ %541, %partial ]
	%893 = phi float [ %400, %loop ], [ %553, %partial ]
	%894 = phi float [ %401, %loop ], [ %565, %partial ]
	%895 = phi float [ %402, %loop ], [ %577, %partial ]
	%896 = phi float [ %403, %loop ], [ %589, %partial ]
	%897 = phi float [ %404, %loop ], [ %601, %partial ]
	%898 = phi float [ %405, %loop ], [ %613, %partial ]
	%899 = phi float [ %406, %loop ], [ %625, %partial ]
	%900 = phi float [ %407, %loop ], [ %637, %partial ]
	%901 = phi float [ %408, %loop ], [ %649, %partial ]
	%902 = phi float [ %409, %loop ], [ %661, %partial ]
	%903 = phi float [ %410, %loop ], [ %673, %partial ]
	%904 = phi float [ %411, %loop ], [ %685, %partial ]
	%905 = phi float [ %412, %loop ], [ %697, %partial ]
	%906 = phi float [ %413, %loop ], [ %709, %partial ]
	%907 = phi float [ %414, %loop ], [ %721, %partial ]
	%908 = phi float [ %415, %loop ], [ %733, %partial ]
	%909 = phi float [ %416, %loop ], [ %745, %partial ]
	%910 = phi float [ %417, %loop ], [ %757, %partial ]
	%911 = phi float [ %418, %loop ], [ %769, %partial ]
	%912 = phi float [ %419, %loop ], [ %781, %partial ]
	%913 = phi float [ %420, %loop ], [ %793, %partial ]
	%914 = phi float [ %421, %loop ], [ %805, %partial ]
	%915 = phi float [ %422, %loop ], [ %817, %partial ]
	%916 = phi float [ %423, %loop ], [ %829, %partial ]
	%917 = phi float [ %424, %loop ], [ %841, %partial ]
	%918 = phi float [ %425, %loop ], [ %853, %partial ]
	%919 = phi float [ %426, %loop ], [ %865, %partial ]
	%920 = phi float [ %427, %loop ], [ %877, %partial ]
	%921 = phi float [ %428, %loop ], [ %889, %partial ]
	%922 = call float @llvm.nvvm.fmax.f(float %890, float %891)
	%923 = call float @llvm.nvvm.fmax.f(float %894, float %895)
	%924 = call float @llvm.nvvm.fmax.f(float %898, float %899)
	%925 = call float @llvm.nvvm.fmax.f(float %902, float %903)
	%926 = call float @llvm.nvvm.fmax.f(float %906, float %907)
	%927 = call float @llvm.nvvm.fmax.f(float %910, float %911)
	%928 = call float @llvm.nvvm.fmax.f(float %914, float %915)
	%929 = call float @llvm.nvvm.fmax.f(float %918, float %919)
	%930 = call float @llvm.nvvm.fmax.f(float %922, float %923)
	%931 = call float @llvm.nvvm.fmax.f(float %924, float %925)
	%932 = call float @llvm.nvvm.fmax.f(float %926, float %927)
	%933 = call float @llvm.nvvm.fmax.f(float %928, float %929)
	%934 = call float @llvm.nvvm.fmax.f(float %930, float %931)
	%935 = call float @llvm.nvvm.fmax.f(float %932, float %933)
	%936 = call float @llvm.nvvm.fmax.f(float %934, float %935)
	%937 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %936, i32 1, i32 31)
	%938 = call float @llvm.nvvm.fmax.f(float %936, float %937)
	%939 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %938, i32 2, i32 31)
	%940 = call float @llvm.nvvm.fmax.f(float %938, float %939)
	%941 = fmul float %940, 0x3FC7154760000000
	%942 = call float @llvm.nvvm.fmax.f(float %194, float %941)
	%943 = fadd float %194, 8.0
	%944 = fcmp ogt float %942, %943
	%945 = or i1 false, %944
	%946 = call float @llvm.nvvm.fmax.f(float %892, float %893)
	%947 = call float @llvm.nvvm.fmax.f(float %896, float %897)
	%948 = call float @llvm.nvvm.fmax.f(float %900, float %901)
	%949 = call float @llvm.nvvm.fmax.f(float %904, float %905)
	%950 = call float @llvm.nvvm.fmax.f(float %908, float %909)
	%951 = call float @llvm.nvvm.fmax.f(float %912, float %913)
	%952 = call float @llvm.nvvm.fmax.f(float %916, float %917)
	%953 = call float @llvm.nvvm.fmax.f(float %920, float %921)
	%954 = call float @llvm.nvvm.fmax.f(float %946, float %947)
	%955 = call float @llvm.nvvm.fmax.f(float %948, float %949)
	%956 = call float @llvm.nvvm.fmax.f(float %950, float %951)
	%957 = call float @llvm.nvvm.fmax.f(float %952, float %953)
	%958 = call float @llvm.nvvm.fmax.f(float %954, float %955)
	%959 = call float @llvm.nvvm.fmax.f(float %956, float %957)
	%960 = call float @llvm.nvvm.fmax.f(float %958, float %959)
	%961 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %960, i32 1, i32 31)
	%962 = call float @llvm.nvvm.fmax.f(float %960, float %961)
	%963 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %962, i32 2, i32 31)
	%964 = call float @llvm.nvvm.fmax.f(float %962, float %963)
	%965 = fmul float %964, 0x3FC7154760000000
	%966 = call float @llvm.nvvm.fmax.f(float %196, float %965)
	%967 = fadd float %196, 8.0
	%968 = fcmp ogt float %966, %967
	%969 = or i1 %945, %968
	%970 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %969)
	br i1 %970, label %971, label %1014

971:
	%972 = fcmp oeq float %942, 0xFFF0000000000000
	%973 = select i1 %972, float 0.0, float %942
	%974 = fsub float %194, %973
	%975 = call float @llvm.nvvm.ex2.approx.ftz.f(float %974)
	%976 = fcmp oeq float %966, 0xFFF0000000000000
	%977 = select i1 %976, float 0.0, float %966
	%978 = fsub float %196, %977
	%979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %978)
	%980 = fmul float %162, %975
	%981 = fmul float %163, %975
	%982 = fmul float %164, %979
	%983 = fmul float %165, %979
	%984 = fmul float %166, %975
	%985 = fmul float %167, %975
	%986 = fmul float %168, %979
	%987 = fmul float %169, %979
	%988 = fmul float %170, %975
	%989 = fmul float %171, %975
	%990 = fmul float %172, %979
	%991 = fmul float %173, %979
	%992 = fmul float %174, %975
	%993 = fmul float %175, %975
	%994 = fmul float %176, %979
	%995 = fmul float %177, %979
	%996 = fmul float %178, %975
	%997 = fmul float %179, %975
	%998 = fmul float %180, %979
	%999 = fmul float %181, %979
	%1000 = fmul float %182, %975
	%1001 = fmul float %183, %975
	%1002 = fmul float %184, %979
	%1003 = fmul float %185, %979
	%1004 = fmul float %186, %975
	%1005 = fmul float %187, %975
	%1006 = fmul float %188, %979
	%1007 = fmul float %189, %979
	%1008 = fmul float %190, %975
	%1009 = fmul float %191, %975
	%1010 = fmul float %192, %979
	%1011 = fmul float %193, %979
	%1012 = fmul float %195, %975
	%1013 = fmul float %197, %979
	br label %1014

1014:
	%1015 = phi float [ %162, %softmax ], [ %980, %971 ]
	%1016 = phi float [ %163, %softmax ], [ %981, %971 ]
	%1017 = phi float [ %164, %softmax ], [ %982, %971 ]
	%1018 = phi float [ %165, %softmax ], [ %983, %971 ]
	%1019 = phi float [ %166, %softmax ], [ %984, %971 ]
	%1020 = phi float [ %167, %softmax ], [ %985, %971 ]
	%1021 = phi float [ %168, %softmax ], [ %986, %971 ]
	%1022 = phi float [ %169, %softmax ], [ %987, %971 ]
	%1023 = phi float [ %170, %softmax ], [ %988, %971 ]
	%1024 = phi float [ %171, %softmax ], [ %989, %971 ]
	%1025 = phi float [ %172, %softmax ], [ %990, %971 ]
	%1026 = phi float [ %173, %softmax ], [ %991, %971 ]
	%1027 = phi float [ %174, %softmax ], [ %992, %971 ]
	%1028 = phi float [ %175, %softmax ], [ %993, %971 ]
	%1029 = phi float [ %176, %softmax ], [ %994, %971 ]
	%1030 = phi float [ %177, %softmax ], [ %995, %971 ]
	%1031 = phi float [ %178, %softmax ], [ %996, %971 ]
	%1032 = phi float [ %179, %softmax ], [ %997, %971 ]
	%1033 = phi float [ %180, %softmax ], [ %998, %971 ]
	%1034 = phi float [ %181, %softmax ], [ %999, %971 ]
	%1035 = phi float [ %182, %softmax ], [ %1000, %971 ]
	%1036 = phi float [ %183, %softmax ], [ %1001, %971 ]
	%1037 = phi float [ %184, %softmax ], [ %1002, %971 ]
	%1038 = phi float [ %185, %softmax ], [ %1003, %971 ]
	%1039 = phi float [ %186, %softmax ], [ %1004, %971 ]
	%1040 = phi float [ %187, %softmax ], [ %1005, %971 ]
	%1041 = phi float [ %188, %softmax ], [ %1006, %971 ]
	%1042 = phi float [ %189, %softmax ], [ %1007, %971 ]
	%1043 = phi float [ %190, %softmax ], [ %1008, %971 ]
	%1044 = phi float [ %191, %softmax ], [ %1009, %971 ]
	%1045 = phi float [ %192, %softmax ], [ %1010, %971 ]
	%1046 = phi float [ %193, %softmax ], [ %1011, %971 ]
	%1047 = phi float [ %195, %softmax ], [ %1012, %971 ]
	%1048 = phi float [ %197, %softmax ], [ %1013, %971 ]
	%1049 = select i1 %970, float %942, float %194
	%1050 = fcmp oeq float %1049, 0xFFF0000000000000
	%1051 = select i1 %1050, float 0.0, float %1049
	%1052 = fneg float %1051
	%1053 = call float @llvm.fma.f32(float %890, float 0x3FC7154760000000, float %1052)
	%1054 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1053)
	%1055 = call float @llvm.fma.f32(float %891, float 0x3FC7154760000000, float %1052)
	%1056 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1055)
	%1057 = call float @llvm.fma.f32(float %894, float 0x3FC7154760000000, float %1052)
	%1058 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1057)
	%1059 = call float @llvm.fma.f32(float %895, float 0x3FC7154760000000, float %1052)
	%1060 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1059)
	%1061 = call float @llvm.fma.f32(float %898, float 0x3FC7154760000000, float %1052)
	%1062 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1061)
	%1063 = call float @llvm.fma.f32(float %899, float 0x3FC7154760000000, float %1052)
	%1064 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1063)
	%1065 = call float @llvm.fma.f32(float %902, float 0x3FC7154760000000, float %1052)
	%1066 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1065)
	%1067 = call float @llvm.fma.f32(float %903, float 0x3FC7154760000000, float %1052)
	%1068 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1067)
	%1069 = call float @llvm.fma.f32(float %906, float 0x3FC7154760000000, float %1052)
	%1070 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1069)
	%1071 = call float @llvm.fma.f32(float %907, float 0x3FC7154760000000, float %1052)
	%1072 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1071)
	%1073 = call float @llvm.fma.f32(float %910, float 0x3FC7154760000000, float %1052)
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = call float @llvm.fma.f32(float %911, float 0x3FC7154760000000, float %1052)
	%1076 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1075)
	%1077 = call float @llvm.fma.f32(float %914, float 0x3FC7154760000000, float %1052)
	%1078 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1077)
	%1079 = call float @llvm.fma.f32(float %915, float 0x3FC7154760000000, float %1052)
	%1080 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1079)
	%1081 = call float @llvm.fma.f32(float %918, float 0x3FC7154760000000, float %1052)
	%1082 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1081)
	%1083 = call float @llvm.fma.f32(float %919, float 0x3FC7154760000000, float %1052)
	%1084 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1083)
	%1085 = fadd float %1054, %1056
	%1086 = fadd float %1058, %1060
	%1087 = fadd float %1062, %1064
	%1088 = fadd float %1066, %1068
	%1089 = fadd float %1070, %1072
	%1090 = fadd float %1074, %1076
	%1091 = fadd float %1078, %1080
	%1092 = fadd float %1082, %1084
	%1093 = fadd float %1085, %1086
	%1094 = fadd float %1087, %1088
	%1095 = fadd float %1089, %1090
	%1096 = fadd float %1091, %1092
	%1097 = fadd float %1093, %1094
	%1098 = fadd float %1095, %1096
	%1099 = fadd float %1097, %1098
	%1100 = fadd float %1047, %1099
	%1101 = select i1 %970, float %966, float %196
	%1102 = fcmp oeq float %1101, 0xFFF0000000000000
	%1103 = select i1 %1102, float 0.0, float %1101
	%1104 = fneg float %1103
	%1105 = call float @llvm.fma.f32(float %892, float 0x3FC7154760000000, float %1104)
	%1106 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1105)
	%1107 = call float @llvm.fma.f32(float %893, float 0x3FC7154760000000, float %1104)
	%1108 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1107)
	%1109 = call float @llvm.fma.f32(float %896, float 0x3FC7154760000000, float %1104)
	%1110 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1109)
	%1111 = call float @llvm.fma.f32(float %897, float 0x3FC7154760000000, float %1104)
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = call float @llvm.fma.f32(float %900, float 0x3FC7154760000000, float %1104)
	%1114 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1113)
	%1115 = call float @llvm.fma.f32(float %901, float 0x3FC7154760000000, float %1104)
	%1116 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1115)
	%1117 = call float @llvm.fma.f32(float %904, float 0x3FC7154760000000, float %1104)
	%1118 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1117)
	%1119 = call float @llvm.fma.f32(float %905, float 0x3FC7154760000000, float %1104)
	%1120 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1119)
	%1121 = call float @llvm.fma.f32(float %908, float 0x3FC7154760000000, float %1104)
	%1122 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1121)
	%1123 = call float @llvm.fma.f32(float %909, float 0x3FC7154760000000, float %1104)
	%1124 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1123)
	%1125 = call float @llvm.fma.f32(float %912, float 0x3FC7154760000000, float %1104)
	%1126 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1125)
	%1127 = call float @llvm.fma.f32(float %913, float 0x3FC7154760000000, float %1104)
	%1128 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1127)
	%1129 = call float @llvm.fma.f32(float %916, float 0x3FC7154760000000, float %1104)
	%1130 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1129)
	%1131 = call float @llvm.fma.f32(float %917, float 0x3FC7154760000000, float %1104)
	%1132 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1131)
	%1133 = call float @llvm.fma.f32(float %920, float 0x3FC7154760000000, float %1104)
	%1134 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1133)
	%1135 = call float @llvm.fma.f32(float %921, float 0x3FC7154760000000, float %1104)
	%1136 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1135)
	%1137 = fadd float %1106, %1108
	%1138 = fadd float %1110, %1112
	%1139 = fadd float %1114, %1116
	%1140 = fadd float %1118, %1120
	%1141 = fadd float %1122, %1124
	%1142 = fadd float %1126, %1128
	%1143 = fadd float %1130, %1132
	%1144 = fadd float %1134, %1136
	%1145 = fadd float %1137, %1138
	%1146 = fadd float %1139, %1140
	%1147 = fadd float %1141, %1142
	%1148 = fadd float %1143, %1144
	%1149 = fadd float %1145, %1146
	%1150 = fadd float %1147, %1148
	%1151 = fadd float %1149, %1150
	%1152 = fadd float %1048, %1151
	%1153 = add i32 %160, 1
	%1154 = icmp slt i32 %1153, %NK
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = add i32 %48, %1155
	%1157 = sext i32 %1156 to i64
	%1158 = getelementptr i32, i32* %list, i64 %1157
	%1159 = load i32, i32* %1158
	%1160 = select i1 %1154, i32 %1159, i32 -1
	%1161 = icmp sge i32 %1160, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1161, label %prefetch, label %pv

prefetch:
	%1162 = mul i32 %1160, 64
	%1163 = lshr i32 %9, 3
	%1164 = and i32 %9, 7
	%1165 = lshr i32 %1164, 3
	%1166 = mul i32 %1165, u0x2000
	%1167 = and i32 %1164, 7
	%1168 = and i32 %1163, 7
	%1169 = xor i32 %1167, %1168
	%1170 = mul i32 %1163, 128
	%1171 = shl i32 %1169, 4
	%1172 = add i32 %1170, %1171
	%1173 = add i32 %1166, %1172
	%1174 = add i32 %0, %1173
	%1175 = add i32 %1162, %1163
	%1176 = mul i32 %1175, 64
	%1177 = mul i32 %1164, 8
	%1178 = add i32 %1176, %1177
	%1179 = sext i32 %1178 to i64
	%1180 = getelementptr i16, i16* %39, i64 %1179
	%1181 = add i32 %1175, 0
	%1182 = icmp slt i32 %1181, %N
	%1183 = getelementptr i16, i16* %1180, i64 0
	%1184 = select i1 %1182, i16* %1183, i16* %39
	%1185 = add i32 %1174, 0
	%1186 = select i1 %1182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1185, i16* %1184, i32 %1186)
	%1187 = add i32 %1175, 16
	%1188 = icmp slt i32 %1187, %N
	%1189 = getelementptr i16, i16* %1180, i64 1024
	%1190 = select i1 %1188, i16* %1189, i16* %39
	%1191 = add i32 %1174, 2048
	%1192 = select i1 %1188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1191, i16* %1190, i32 %1192)
	%1193 = add i32 %1175, 32
	%1194 = icmp slt i32 %1193, %N
	%1195 = getelementptr i16, i16* %1180, i64 2048
	%1196 = select i1 %1194, i16* %1195, i16* %39
	%1197 = add i32 %1174, u0x1000
	%1198 = select i1 %1194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1197, i16* %1196, i32 %1198)
	%1199 = add i32 %1175, 48
	%1200 = icmp slt i32 %1199, %N
	%1201 = getelementptr i16, i16* %1180, i64 3072
	%1202 = select i1 %1200, i16* %1201, i16* %39
	%1203 = add i32 %1174, 6144
	%1204 = select i1 %1200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1203, i16* %1202, i32 %1204)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1205 = and i32 %11, 7
	%1206 = lshr i32 %11, 3
	%1207 = and i32 %1206, 1
	%1208 = shl i32 %1207, 3
	%1209 = add i32 %1205, %1208
	%1210 = mul i32 %1209, 128
	%1211 = add i32 %1, %1210
	%1212 = and i32 %11, 7
	%1213 = xor i32 %107, %1212
	%1214 = shl i32 %1213, 4
	%1215 = add i32 %1211, %1214
	%1216 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1056, float %1054)
	%1217 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1108, float %1106)
	%1218 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1060, float %1058)
	%1219 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1112, float %1110)
	%1220 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1064, float %1062)
	%1221 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1116, float %1114)
	%1222 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1068, float %1066)
	%1223 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1120, float %1118)
	%1224 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1072, float %1070)
	%1225 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1124, float %1122)
	%1226 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1076, float %1074)
	%1227 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1128, float %1126)
	%1228 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1080, float %1078)
	%1229 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1132, float %1130)
	%1230 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1084, float %1082)
	%1231 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1136, float %1134)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1232 = add i32 %8, 0
	%1233 = zext i32 %1232 to i64
	%1234 = or i64 %1233, u0x4000004002000000
	%1235 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1015, float %1016, float %1017, float %1018, float %1019, float %1020, float %1021, float %1022, float %1023, float %1024, float %1025, float %1026, float %1027, float %1028, float %1029, float %1030, float %1031, float %1032, float %1033, float %1034, float %1035, float %1036, float %1037, float %1038, float %1039, float %1040, float %1041, float %1042, float %1043, float %1044, float %1045, float %1046, i32 %1216, i32 %1217, i32 %1218, i32 %1219, i64 %1234, i32 1)
	%1236 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 0
	%1237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 1
	%1238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 2
	%1239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 3
	%1240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 4
	%1241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 5
	%1242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 6
	%1243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 7
	%1244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 8
	%1245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 9
	%1246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 10
	%1247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 11
	%1248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 12
	%1249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 13
	%1250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 14
	%1251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 15
	%1252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 16
	%1253 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 17
	%1254 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 18
	%1255 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 19
	%1256 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 20
	%1257 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 21
	%1258 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 22
	%1259 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 23
	%1260 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 24
	%1261 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 25
	%1262 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 26
	%1263 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 27
	%1264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 28
	%1265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 29
	%1266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 30
	%1267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1235, 31
	%1268 = add i32 %8, 128
	%1269 = zext i32 %1268 to i64
	%1270 = or i64 %1269, u0x4000004002000000
	%1271 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1236, float %1237, float %1238, float %1239, float %1240, float %1241, float %1242, float %1243, float %1244, float %1245, float %1246, float %1247, float %1248, float %1249, float %1250, float %1251, float %1252, float %1253, float %1254, float %1255, float %1256, float %1257, float %1258, float %1259, float %1260, float %1261, float %1262, float %1263, float %1264, float %1265, float %1266, float %1267, i32 %1220, i32 %1221, i32 %1222, i32 %1223, i64 %1270, i32 1)
	%1272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 0
	%1273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 1
	%1274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 2
	%1275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 3
	%1276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 4
	%1277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 5
	%1278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 6
	%1279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 7
	%1280 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 8
	%1281 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 9
	%1282 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 10
	%1283 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 11
	%1284 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 12
	%1285 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 13
	%1286 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 14
	%1287 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 15
	%1288 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 16
	%1289 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 17
	%1290 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 18
	%1291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 19
	%1292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 20
	%1293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 21
	%1294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 22
	%1295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 23
	%1296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 24
	%1297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 25
	%1298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 26
	%1299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 27
	%1300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 28
	%1301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 29
	%1302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 30
	%1303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1271, 31
	%1304 = add i32 %8, 256
	%1305 = zext i32 %1304 to i64
	%1306 = or i64 %1305, u0x4000004002000000
	%1307 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1272, float %1273, float %1274, float %1275, float %1276, float %1277, float %1278, float %1279, float %1280, float %1281, float %1282, float %1283, float %1284, float %1285, float %1286, float %1287, float %1288, float %1289, float %1290, float %1291, float %1292, float %1293, float %1294, float %1295, float %1296, float %1297, float %1298, float %1299, float %1300, float %1301, float %1302, float %1303, i32 %1224, i32 %1225, i32 %1226, i32 %1227, i64 %1306, i32 1)
	%1308 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 0
	%1309 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 1
	%1310 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 2
	%1311 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 3
	%1312 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 4
	%1313 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 5
	%1314 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 6
	%1315 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 7
	%1316 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 8
	%1317 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 9
	%1318 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 10
	%1319 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 11
	%1320 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 12
	%1321 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 13
	%1322 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 14
	%1323 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 15
	%1324 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 16
	%1325 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 17
	%1326 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 18
	%1327 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 19
	%1328 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 20
	%1329 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 21
	%1330 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 22
	%1331 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 23
	%1332 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 24
	%1333 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 25
	%1334 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 26
	%1335 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 27
	%1336 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 28
	%1337 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 29
	%1338 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 30
	%1339 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1307, 31
	%1340 = add i32 %8, 384
	%1341 = zext i32 %1340 to i64
	%1342 = or i64 %1341, u0x4000004002000000
	%1343 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %1308, float %1309, float %1310, float %1311, float %1312, float %1313, float %1314, float %1315, float %1316, float %1317, float %1318, float %1319, float %1320, float %1321, float %1322, float %1323, float %1324, float %1325, float %1326, float %1327, float %1328, float %1329, float %1330, float %1331, float %1332, float %1333, float %1334, float %1335, float %1336, float %1337, float %1338, float %1339, i32 %1228, i32 %1229, i32 %1230, i32 %1231, i64 %1342, i32 1)
	%1344 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 0
	%1345 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 1
	%1346 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 2
	%1347 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 3
	%1348 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 4
	%1349 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 5
	%1350 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 6
	%1351 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 7
	%1352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 8
	%1353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 9
	%1354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 10
	%1355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 11
	%1356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 12
	%1357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 13
	%1358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 14
	%1359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 15
	%1360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 16
	%1361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 17
	%1362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 18
	%1363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 19
	%1364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 20
	%1365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 21
	%1366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 22
	%1367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 23
	%1368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 24
	%1369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 25
	%1370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 26
	%1371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 27
	%1372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 28
	%1373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 29
	%1374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 30
	%1375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1343, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1376 = call float asm sideeffect "", "=f,0"(float %1344)
	%1377 = call float asm sideeffect "", "=f,0"(float %1345)
	%1378 = call float asm sideeffect "", "=f,0"(float %1346)
	%1379 = call float asm sideeffect "", "=f,0"(float %1347)
	%1380 = call float asm sideeffect "", "=f,0"(float %1348)
	%1381 = call float asm sideeffect "", "=f,0"(float %1349)
	%1382 = call float asm sideeffect "", "=f,0"(float %1350)
	%1383 = call float asm sideeffect "", "=f,0"(float %1351)
	%1384 = call float asm sideeffect "", "=f,0"(float %1352)
	%1385 = call float asm sideeffect "", "=f,0"(float %1353)
	%1386 = call float asm sideeffect "", "=f,0"(float %1354)
	%1387 = call float asm sideeffect "", "=f,0"(float %1355)
	%1388 = call float asm sideeffect "", "=f,0"(float %1356)
	%1389 = call float asm sideeffect "", "=f,0"(float %1357)
	%1390 = call float asm sideeffect "", "=f,0"(float %1358)
	%1391 = call float asm sideeffect "", "=f,0"(float %1359)
	%1392 = call float asm sideeffect "", "=f,0"(float %1360)
	%1393 = call float asm sideeffect "", "=f,0"(float %1361)
	%1394 = call float asm sideeffect "", "=f,0"(float %1362)
	%1395 = call float asm sideeffect "", "=f,0"(float %1363)
	%1396 = call float asm sideeffect "", "=f,0"(float %1364)
	%1397 = call float asm sideeffect "", "=f,0"(float %1365)
	%1398 = call float asm sideeffect "", "=f,0"(float %1366)
	%1399 = call float asm sideeffect "", "=f,0"(float %1367)
	%1400 = call float asm sideeffect "", "=f,0"(float %1368)
	%1401 = call float asm sideeffect "", "=f,0"(float %1369)
	%1402 = call float asm sideeffect "", "=f,0"(float %1370)
	%1403 = call float asm sideeffect "", "=f,0"(float %1371)
	%1404 = call float asm sideeffect "", "=f,0"(float %1372)
	%1405 = call float asm sideeffect "", "=f,0"(float %1373)
	%1406 = call float asm sideeffect "", "=f,0"(float %1374)
	%1407 = call float asm sideeffect "", "=f,0"(float %1375)
	br i1 %1161, label %loop, label %epilogue

store0:
	%1408 = mul i32 %29, %M
	%1409 = add i32 %1408, %488
	%1410 = mul i32 %1409, 64
	%1411 = shl i32 %13, 1
	%1412 = add i32 0, %1411
	%1413 = add i32 %1410, %1412
	%1414 = sext i32 %1413 to i64
	%1415 = getelementptr i16, i16* %out, i64 %1414
	%1416 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %490, float %489)
	%1417 = bitcast i16* %1415 to i32*
	store i32 %1416, i32* %1417
	%1418 = shl i32 %13, 1
	%1419 = add i32 8, %1418
	%1420 = add i32 %1410, %1419
	%1421 = sext i32 %1420 to i64
	%1422 = getelementptr i16, i16* %out, i64 %1421
	%1423 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %492, float %491)
	%1424 = bitcast i16* %1422 to i32*
	store i32 %1423, i32* %1424
	%1425 = shl i32 %13, 1
	%1426 = add i32 16, %1425
	%1427 = add i32 %1410, %1426
	%1428 = sext i32 %1427 to i64
	%1429 = getelementptr i16, i16* %out, i64 %1428
	%1430 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %494, float %493)
	%1431 = bitcast i16* %1429 to i32*
	store i32 %1430, i32* %1431
	%1432 = shl i32 %13, 1
	%1433 = add i32 24, %1432
	%1434 = add i32 %1410, %1433
	%1435 = sext i32 %1434 to i64
	%1436 = getelementptr i16, i16* %out, i64 %1435
	%1437 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %496, float %495)
	%1438 = bitcast i16* %1436 to i32*
	store i32 %1437, i32* %1438
	%1439 = shl i32 %13, 1
	%1440 = add i32 32, %1439
	%1441 = add i32 %1410, %1440
	%1442 = sext i32 %1441 to i64
	%1443 = getelementptr i16, i16* %out, i64 %1442
	%1444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %498, float %497)
	%1445 = bitcast i16* %1443 to i32*
	store i32 %1444, i32* %1445
	%1446 = shl i32 %13, 1
	%1447 = add i32 40, %1446
	%1448 = add i32 %1410, %1447
	%1449 = sext i32 %1448 to i64
	%1450 = getelementptr i16, i16* %out, i64 %1449
	%1451 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %500, float %499)
	%1452 = bitcast i16* %1450 to i32*
	store i32 %1451, i32* %1452
	%1453 = shl i32 %13, 1
	%1454 = add i32 48, %1453
	%1455 = add i32 %1410, %1454
	%1456 = sext i32 %1455 to i64
	%1457 = getelementptr i16, i16* %out, i64 %1456
	%1458 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %502, float %501)
	%1459 = bitcast i16* %1457 to i32*
	store i32 %1458, i32* %1459
	%1460 = shl i32 %13, 1
	%1461 = add i32 56, %1460
	%1462 = add i32 %1410, %1461
	%1463 = sext i32 %1462 to i64
	%1464 = getelementptr i16, i16* %out, i64 %1463
	%1465 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %504, float %503)
	%1466 = bitcast i16* %1464 to i32*
	store i32 %1465, i32* %1466
	br label %stored0

stored0:
	%1467 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %444, i32 1, i32 31)
	%1468 = fadd float %444, %1467
	%1469 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1468, i32 2, i32 31)
	%1470 = fadd float %1468, %1469
	%1471 = fcmp ogt float %1470, 0.0
	%1472 = fdiv float 1.0, %1470
	%1473 = select i1 %1471, float %1472, float 0.0
	%1474 = mul i32 %10, 16
	%1475 = add i32 %31, %1474
	%1476 = add i32 %12, 8
	%1477 = add i32 %1475, %1476
	%1478 = fmul float %448, %1473
	%1479 = fmul float %449, %1473
	%1480 = fmul float %452, %1473
	%1481 = fmul float %453, %1473
	%1482 = fmul float %456, %1473
	%1483 = fmul float %457, %1473
	%1484 = fmul float %460, %1473
	%1485 = fmul float %461, %1473
	%1486 = fmul float %464, %1473
	%1487 = fmul float %465, %1473
	%1488 = fmul float %468, %1473
	%1489 = fmul float %469, %1473
	%1490 = fmul float %472, %1473
	%1491 = fmul float %473, %1473
	%1492 = fmul float %476, %1473
	%1493 = fmul float %477, %1473
	%1494 = icmp slt i32 %1477, %M
	br i1 %1494, label %store1, label %stored1

store1:
	%1495 = mul i32 %29, %M
	%1496 = add i32 %1495, %1477
	%1497 = mul i32 %1496, 64
	%1498 = shl i32 %13, 1
	%1499 = add i32 0, %1498
	%1500 = add i32 %1497, %1499
	%1501 = sext i32 %1500 to i64
	%1502 = getelementptr i16, i16* %out, i64 %1501
	%1503 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1478)
	%1504 = bitcast i16* %1502 to i32*
	store i32 %1503, i32* %1504
	%1505 = shl i32 %13, 1
	%1506 = add i32 8, %1505
	%1507 = add i32 %1497, %1506
	%1508 = sext i32 %1507 to i64
	%1509 = getelementptr i16, i16* %out, i64 %1508
	%1510 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1481, float %1480)
	%1511 = bitcast i16* %1509 to i32*
	store i32 %1510, i32* %1511
	%1512 = shl i32 %13, 1
	%1513 = add i32 16, %1512
	%1514 = add i32 %1497, %1513
	%1515 = sext i32 %1514 to i64
	%1516 = getelementptr i16, i16* %out, i64 %1515
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1483, float %1482)
	%1518 = bitcast i16* %1516 to i32*
	store i32 %1517, i32* %1518
	%1519 = shl i32 %13, 1
	%1520 = add i32 24, %1519
	%1521 = add i32 %1497, %1520
	%1522 = sext i32 %1521 to i64
	%1523 = getelementptr i16, i16* %out, i64 %1522
	%1524 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1485, float %1484)
	%1525 = bitcast i16* %1523 to i32*
	store i32 %1524, i32* %1525
	%1526 = shl i32 %13, 1
	%1527 = add i32 32, %1526
	%1528 = add i32 %1497, %1527
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i16, i16* %out, i64 %1529
	%1531 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1486)
	%1532 = bitcast i16* %1530 to i32*
	store i32 %1531, i32* %1532
	%1533 = shl i32 %13, 1
	%1534 = add i32 40, %1533
	%1535 = add i32 %1497, %1534
	%1536 = sext i32 %1535 to i64
	%1537 = getelementptr i16, i16* %out, i64 %1536
	%1538 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1489, float %1488)
	%1539 = bitcast i16* %1537 to i32*
	store i32 %1538, i32* %1539
	%1540 = shl i32 %13, 1
	%1541 = add i32 48, %1540
	%1542 = add i32 %1497, %1541
	%1543 = sext i32 %1542 to i64
	%1544 = getelementptr i16, i16* %out, i64 %1543
	%1545 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1490)
	%1546 = bitcast i16* %1544 to i32*
	store i32 %1545, i32* %1546
	%1547 = shl i32 %13, 1
	%1548 = add i32 56, %1547
	%1549 = add i32 %1497, %1548
	%1550 = sext i32 %1549 to i64
	%1551 = getelementptr i16, i16* %out, i64 %1550
	%1552 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1493, float %1492)
	%1553 = bitcast i16* %1551 to i32*
	store i32 %1552, i32* %1553
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @proxy_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32)* @proxy_proxy_q0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32)* @proxy_proxy_k0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @proxy_adstats0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @proxy_adstats0, !"minctasm", i32 2}
!5 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @proxy_admass0, !"maxntidx", i32 256}
!6 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @proxy_attn2, !"maxntidx", i32 128}
!7 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @proxy_attn2, !"minctasm", i32 4}
