; xattn
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@xattn_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@xattn_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@xattn_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@xattn_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@xattn_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@xattn_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@xattn_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@xattn_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@xattn_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@xattn_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@xattn_select1_histm = internal addrspace(3) global [256 x i32] undef, align 16
@xattn_select1_bins = internal addrspace(3) global [4 x i32] undef, align 16
@xattn_adstats0_smem = internal addrspace(3) global [24576 x i8] undef, align 1024
@xattn_admass0_rows = internal addrspace(3) global [16 x float] undef, align 16
@xattn_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024

define ptx_kernel void @xattn_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %24
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
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %28
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
	%161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %32
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
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %36
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
	%179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %40
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
	%188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %44
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
	%197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %48
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
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %52
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
	%214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %211
	%215 = load i32, i32 addrspace(3)* %214
	%216 = bitcast i32 %215 to float
	%217 = fcmp one float %216, 0xFFF0000000000000
	%218 = select i1 %217, float %216, float -1.0
	%219 = bitcast float %218 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %211
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
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %248
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
	%273 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 %270
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
	%289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %248
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
	%295 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 0
	%296 = load float, float addrspace(3)* %295
	%297 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 1
	%298 = load float, float addrspace(3)* %297
	%299 = fadd float %296, %298
	%300 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 2
	%301 = load float, float addrspace(3)* %300
	%302 = fadd float %299, %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 3
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 4
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 5
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 6
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @xattn_select1_red, i32 0, i32 7
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = fptosi float %317 to i32
	%319 = icmp eq i32 %0, 0
	br i1 %319, label %320, label %324

320:
	%321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 0
	%322 = load i32, i32 addrspace(3)* %321
	%323 = icmp eq i32 %322, 1
	br i1 %323, label %339, label %347

324:
	call void @llvm.nvvm.barrier0()
	%325 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	%326 = load i32, i32 addrspace(3)* %325
	%327 = sub i32 %318, %326
	%328 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	%329 = load double, double addrspace(3)* %328
	%330 = fsub double 0x3FECCCCCCCCCCCCD, %329
	%331 = fmul double %330, 262144.0
	%332 = call double @llvm.ceil.f64(double %331)
	%333 = call double @llvm.maxnum.f64(double %332, double 0.0)
	%334 = call double @llvm.minnum.f64(double %333, double 1.073741824e+09)
	%335 = fptosi double %334 to i32
	%336 = add i32 %335, 1
	call void @llvm.nvvm.barrier0()
	%337 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %337
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %0
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
	%368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %363
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp eq i32 %369, 1
	br i1 %370, label %374, label %382

371:
	%372 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 0
	store i32 %364, i32 addrspace(3)* %372
	%373 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
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
	%397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %394
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
	%414 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %413
	%415 = load i32, i32 addrspace(3)* %414
	%416 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %413
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
	%442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %404
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
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %404
	%458 = atomicrmw add i32 addrspace(3)* %457, i32 %453 monotonic
	br label %459

459:
	%460 = add i32 %394, 256
	br label %393

461:
	%462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %419
	store i32 %439, i32 addrspace(3)* %462
	br label %463

463:
	call void @llvm.nvvm.barrier0()
	%464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%465 = load i32, i32 addrspace(3)* %464
	%466 = icmp sgt i32 %419, 0
	%467 = select i1 %466, i32 %465, i32 0
	%468 = add i32 0, %467
	%469 = add i32 0, %465
	%470 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%471 = load i32, i32 addrspace(3)* %470
	%472 = icmp sgt i32 %419, 1
	%473 = select i1 %472, i32 %471, i32 0
	%474 = add i32 %468, %473
	%475 = add i32 %469, %471
	%476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%477 = load i32, i32 addrspace(3)* %476
	%478 = icmp sgt i32 %419, 2
	%479 = select i1 %478, i32 %477, i32 0
	%480 = add i32 %474, %479
	%481 = add i32 %475, %477
	%482 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp sgt i32 %419, 3
	%485 = select i1 %484, i32 %483, i32 0
	%486 = add i32 %480, %485
	%487 = add i32 %481, %483
	%488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp sgt i32 %419, 4
	%491 = select i1 %490, i32 %489, i32 0
	%492 = add i32 %486, %491
	%493 = add i32 %487, %489
	%494 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%495 = load i32, i32 addrspace(3)* %494
	%496 = icmp sgt i32 %419, 5
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %492, %497
	%499 = add i32 %493, %495
	%500 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%501 = load i32, i32 addrspace(3)* %500
	%502 = icmp sgt i32 %419, 6
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %498, %503
	%505 = add i32 %499, %501
	%506 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %515
	store i32 %535, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %515, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %515, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %515, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %515, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %515, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %515, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %515, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
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
	%600 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	store i32 %599, i32 addrspace(3)* %600
	%601 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	store i32 %513, i32 addrspace(3)* %601
	%602 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	store i32 %589, i32 addrspace(3)* %602
	%603 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	store i32 %415, i32 addrspace(3)* %603
	br label %604

604:
	call void @llvm.nvvm.barrier0()
	%605 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	%606 = load i32, i32 addrspace(3)* %605
	%607 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	%608 = load i32, i32 addrspace(3)* %607
	%609 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	%610 = load i32, i32 addrspace(3)* %609
	%611 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	%612 = load i32, i32 addrspace(3)* %611
	%613 = shl i32 %606, 24
	%614 = or i32 0, %613
	%615 = sub i32 %336, %608
	%616 = add i32 0, %610
	%617 = or i1 false, %594
	%618 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %619
	%620 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %620
	call void @llvm.nvvm.barrier0()
	br label %621

621:
	%622 = phi i32 [ %0, %604 ], [ %688, %687 ]
	%623 = icmp slt i32 %622, %16
	br i1 %623, label %624, label %640

624:
	%625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %622
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
	%642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %641
	%643 = load i32, i32 addrspace(3)* %642
	%644 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %641
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
	%670 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %632
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
	%685 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_histm, i32 0, i32 %632
	%686 = atomicrmw add i32 addrspace(3)* %685, i32 %681 monotonic
	br label %687

687:
	%688 = add i32 %622, 256
	br label %621

689:
	%690 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %647
	store i32 %667, i32 addrspace(3)* %690
	br label %691

691:
	call void @llvm.nvvm.barrier0()
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %647, 0
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 0, %695
	%697 = add i32 0, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %647, 1
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %647, 2
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %647, 3
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %647, 4
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %647, 5
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %647, 6
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %743
	store i32 %763, i32 addrspace(3)* %766
	br label %767

767:
	call void @llvm.nvvm.barrier0()
	%768 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%769 = load i32, i32 addrspace(3)* %768
	%770 = icmp sgt i32 %743, 0
	%771 = select i1 %770, i32 %769, i32 0
	%772 = add i32 0, %771
	%773 = add i32 0, %769
	%774 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%775 = load i32, i32 addrspace(3)* %774
	%776 = icmp sgt i32 %743, 1
	%777 = select i1 %776, i32 %775, i32 0
	%778 = add i32 %772, %777
	%779 = add i32 %773, %775
	%780 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%781 = load i32, i32 addrspace(3)* %780
	%782 = icmp sgt i32 %743, 2
	%783 = select i1 %782, i32 %781, i32 0
	%784 = add i32 %778, %783
	%785 = add i32 %779, %781
	%786 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%787 = load i32, i32 addrspace(3)* %786
	%788 = icmp sgt i32 %743, 3
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %784, %789
	%791 = add i32 %785, %787
	%792 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%793 = load i32, i32 addrspace(3)* %792
	%794 = icmp sgt i32 %743, 4
	%795 = select i1 %794, i32 %793, i32 0
	%796 = add i32 %790, %795
	%797 = add i32 %791, %793
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %743, 5
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 %796, %801
	%803 = add i32 %797, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %743, 6
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
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
	%828 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	store i32 %827, i32 addrspace(3)* %828
	%829 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	store i32 %741, i32 addrspace(3)* %829
	%830 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	store i32 %817, i32 addrspace(3)* %830
	%831 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
	store i32 %643, i32 addrspace(3)* %831
	br label %832

832:
	call void @llvm.nvvm.barrier0()
	%833 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 0
	%834 = load i32, i32 addrspace(3)* %833
	%835 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 1
	%836 = load i32, i32 addrspace(3)* %835
	%837 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 2
	%838 = load i32, i32 addrspace(3)* %837
	%839 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_bins, i32 0, i32 3
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
	%877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %876
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
	%888 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %887
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
	%919 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %917
	store i32 %918, i32 addrspace(3)* %919
	br label %920

920:
	%921 = add i32 %873, 256
	br label %872

922:
	%923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %892
	store i32 %912, i32 addrspace(3)* %923
	br label %924

924:
	call void @llvm.nvvm.barrier0()
	%925 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%926 = load i32, i32 addrspace(3)* %925
	%927 = icmp sgt i32 %892, 0
	%928 = select i1 %927, i32 %926, i32 0
	%929 = add i32 0, %928
	%930 = add i32 0, %926
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %892, 1
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 %929, %934
	%936 = add i32 %930, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %892, 2
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %892, 3
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %892, 4
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %892, 5
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %892, 6
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %892, 7
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = add i32 %971, %912
	%974 = sub i32 %973, %890
	br i1 %886, label %975, label %977

975:
	%976 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %0
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
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %851
	%986 = icmp eq i32 %984, %851
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = sdiv i32 %979, 256
	%989 = mul i32 %988, 8
	%990 = add i32 %989, %4
	%991 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%992 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %990
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
	%1000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %996
	store i32 %999, i32 addrspace(3)* %1000
	br label %1001

1001:
	%1002 = add i32 %979, 256
	br label %978

topk:
	call void @llvm.nvvm.barrier0()
	%1003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
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
	%1008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1005
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
	%1025 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %1024
	%1026 = load i32, i32 addrspace(3)* %1025
	%1027 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %0
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
	%1052 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %1015
	%1053 = call i32 @llvm.ctpop.i32(i32 %1017)
	%1054 = atomicrmw add i32 addrspace(3)* %1052, i32 %1053 monotonic
	br label %1055

1055:
	%1056 = add i32 %1005, 256
	br label %1004

1057:
	%1058 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1029
	store i32 %1049, i32 addrspace(3)* %1058
	br label %1059

1059:
	call void @llvm.nvvm.barrier0()
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %1029, 0
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 0, %1063
	%1065 = add i32 0, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %1029, 1
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %1029, 2
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1079 = load i32, i32 addrspace(3)* %1078
	%1080 = icmp sgt i32 %1029, 3
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = add i32 %1076, %1081
	%1083 = add i32 %1077, %1079
	%1084 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = icmp sgt i32 %1029, 4
	%1087 = select i1 %1086, i32 %1085, i32 0
	%1088 = add i32 %1082, %1087
	%1089 = add i32 %1083, %1085
	%1090 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1091 = load i32, i32 addrspace(3)* %1090
	%1092 = icmp sgt i32 %1029, 5
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = add i32 %1088, %1093
	%1095 = add i32 %1089, %1091
	%1096 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1097 = load i32, i32 addrspace(3)* %1096
	%1098 = icmp sgt i32 %1029, 6
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 %1094, %1099
	%1101 = add i32 %1095, %1097
	%1102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%1115 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %1024, i32 addrspace(3)* %1115
	%1116 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1109, i32 addrspace(3)* %1116
	br label %1117

1117:
	call void @llvm.nvvm.barrier0()
	%1118 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
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
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1127
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
	%1147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %1146
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
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
	%1174 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %1137
	%1175 = call i32 @llvm.ctpop.i32(i32 %1139)
	%1176 = atomicrmw add i32 addrspace(3)* %1174, i32 %1175 monotonic
	br label %1177

1177:
	%1178 = add i32 %1127, 256
	br label %1126

1179:
	%1180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1151
	store i32 %1171, i32 addrspace(3)* %1180
	br label %1181

1181:
	call void @llvm.nvvm.barrier0()
	%1182 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1183 = load i32, i32 addrspace(3)* %1182
	%1184 = icmp sgt i32 %1151, 0
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = add i32 0, %1185
	%1187 = add i32 0, %1183
	%1188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1189 = load i32, i32 addrspace(3)* %1188
	%1190 = icmp sgt i32 %1151, 1
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = add i32 %1186, %1191
	%1193 = add i32 %1187, %1189
	%1194 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = icmp sgt i32 %1151, 2
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = add i32 %1192, %1197
	%1199 = add i32 %1193, %1195
	%1200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = icmp sgt i32 %1151, 3
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = add i32 %1198, %1203
	%1205 = add i32 %1199, %1201
	%1206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = icmp sgt i32 %1151, 4
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = add i32 %1204, %1209
	%1211 = add i32 %1205, %1207
	%1212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = icmp sgt i32 %1151, 5
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = add i32 %1210, %1215
	%1217 = add i32 %1211, %1213
	%1218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = icmp sgt i32 %1151, 6
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 %1216, %1221
	%1223 = add i32 %1217, %1219
	%1224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%1237 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %1146, i32 addrspace(3)* %1237
	%1238 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1231, i32 addrspace(3)* %1238
	br label %1239

1239:
	call void @llvm.nvvm.barrier0()
	%1240 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1241 = load i32, i32 addrspace(3)* %1240
	%1242 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
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
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1249
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
	%1269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %1268
	%1270 = load i32, i32 addrspace(3)* %1269
	%1271 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %0
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
	%1296 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %1259
	%1297 = call i32 @llvm.ctpop.i32(i32 %1261)
	%1298 = atomicrmw add i32 addrspace(3)* %1296, i32 %1297 monotonic
	br label %1299

1299:
	%1300 = add i32 %1249, 256
	br label %1248

1301:
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1273
	store i32 %1293, i32 addrspace(3)* %1302
	br label %1303

1303:
	call void @llvm.nvvm.barrier0()
	%1304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = icmp sgt i32 %1273, 0
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = add i32 0, %1307
	%1309 = add i32 0, %1305
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1273, 1
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 %1308, %1313
	%1315 = add i32 %1309, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1273, 2
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1273, 3
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = icmp sgt i32 %1273, 4
	%1331 = select i1 %1330, i32 %1329, i32 0
	%1332 = add i32 %1326, %1331
	%1333 = add i32 %1327, %1329
	%1334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = icmp sgt i32 %1273, 5
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = add i32 %1332, %1337
	%1339 = add i32 %1333, %1335
	%1340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1341 = load i32, i32 addrspace(3)* %1340
	%1342 = icmp sgt i32 %1273, 6
	%1343 = select i1 %1342, i32 %1341, i32 0
	%1344 = add i32 %1338, %1343
	%1345 = add i32 %1339, %1341
	%1346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%1359 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %1268, i32 addrspace(3)* %1359
	%1360 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1353, i32 addrspace(3)* %1360
	br label %1361

1361:
	call void @llvm.nvvm.barrier0()
	%1362 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1363 = load i32, i32 addrspace(3)* %1362
	%1364 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
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
	%1374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1371
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
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %1390
	%1392 = load i32, i32 addrspace(3)* %1391
	%1393 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist, i32 0, i32 %0
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
	%1418 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @xattn_select1_hist2, i32 0, i32 %1381
	%1419 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1420 = atomicrmw add i32 addrspace(3)* %1418, i32 %1419 monotonic
	br label %1421

1421:
	%1422 = add i32 %1371, 256
	br label %1370

1423:
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1395
	store i32 %1415, i32 addrspace(3)* %1424
	br label %1425

1425:
	call void @llvm.nvvm.barrier0()
	%1426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1427 = load i32, i32 addrspace(3)* %1426
	%1428 = icmp sgt i32 %1395, 0
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 0, %1429
	%1431 = add i32 0, %1427
	%1432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1433 = load i32, i32 addrspace(3)* %1432
	%1434 = icmp sgt i32 %1395, 1
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1430, %1435
	%1437 = add i32 %1431, %1433
	%1438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1439 = load i32, i32 addrspace(3)* %1438
	%1440 = icmp sgt i32 %1395, 2
	%1441 = select i1 %1440, i32 %1439, i32 0
	%1442 = add i32 %1436, %1441
	%1443 = add i32 %1437, %1439
	%1444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = icmp sgt i32 %1395, 3
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1442, %1447
	%1449 = add i32 %1443, %1445
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1451 = load i32, i32 addrspace(3)* %1450
	%1452 = icmp sgt i32 %1395, 4
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1448, %1453
	%1455 = add i32 %1449, %1451
	%1456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1457 = load i32, i32 addrspace(3)* %1456
	%1458 = icmp sgt i32 %1395, 5
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = add i32 %1455, %1457
	%1462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = icmp sgt i32 %1395, 6
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = add i32 %1460, %1465
	%1467 = add i32 %1461, %1463
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%1481 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	store i32 %1390, i32 addrspace(3)* %1481
	%1482 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
	store i32 %1475, i32 addrspace(3)* %1482
	br label %1483

1483:
	call void @llvm.nvvm.barrier0()
	%1484 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 0
	%1485 = load i32, i32 addrspace(3)* %1484
	%1486 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @xattn_select1_sel, i32 0, i32 1
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
	%1499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1498
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
	%1511 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %1510
	%1512 = load i32, i32 addrspace(3)* %1511
	%1513 = select i1 %1509, i32 %1512, i32 0
	%1514 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %1510
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
	%1545 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %1543
	store i32 %1544, i32 addrspace(3)* %1545
	%1546 = call i32 @llvm.ctpop.i32(i32 %1504)
	%1547 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %1543
	store i32 %1546, i32 addrspace(3)* %1547
	br label %1548

1548:
	%1549 = add i32 %1495, 256
	br label %1494

1550:
	%1551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 %1518
	store i32 %1538, i32 addrspace(3)* %1551
	br label %1552

1552:
	call void @llvm.nvvm.barrier0()
	%1553 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 0
	%1554 = load i32, i32 addrspace(3)* %1553
	%1555 = icmp sgt i32 %1518, 0
	%1556 = select i1 %1555, i32 %1554, i32 0
	%1557 = add i32 0, %1556
	%1558 = add i32 0, %1554
	%1559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 1
	%1560 = load i32, i32 addrspace(3)* %1559
	%1561 = icmp sgt i32 %1518, 1
	%1562 = select i1 %1561, i32 %1560, i32 0
	%1563 = add i32 %1557, %1562
	%1564 = add i32 %1558, %1560
	%1565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 2
	%1566 = load i32, i32 addrspace(3)* %1565
	%1567 = icmp sgt i32 %1518, 2
	%1568 = select i1 %1567, i32 %1566, i32 0
	%1569 = add i32 %1563, %1568
	%1570 = add i32 %1564, %1566
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 3
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = icmp sgt i32 %1518, 3
	%1574 = select i1 %1573, i32 %1572, i32 0
	%1575 = add i32 %1569, %1574
	%1576 = add i32 %1570, %1572
	%1577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 4
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp sgt i32 %1518, 4
	%1580 = select i1 %1579, i32 %1578, i32 0
	%1581 = add i32 %1575, %1580
	%1582 = add i32 %1576, %1578
	%1583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 5
	%1584 = load i32, i32 addrspace(3)* %1583
	%1585 = icmp sgt i32 %1518, 5
	%1586 = select i1 %1585, i32 %1584, i32 0
	%1587 = add i32 %1581, %1586
	%1588 = add i32 %1582, %1584
	%1589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 6
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = icmp sgt i32 %1518, 6
	%1592 = select i1 %1591, i32 %1590, i32 0
	%1593 = add i32 %1587, %1592
	%1594 = add i32 %1588, %1590
	%1595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scana, i32 0, i32 7
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
	%1633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 %1610
	store i32 %1630, i32 addrspace(3)* %1633
	br label %1634

1634:
	call void @llvm.nvvm.barrier0()
	%1635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 0
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = icmp sgt i32 %1610, 0
	%1638 = select i1 %1637, i32 %1636, i32 0
	%1639 = add i32 0, %1638
	%1640 = add i32 0, %1636
	%1641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 1
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = icmp sgt i32 %1610, 1
	%1644 = select i1 %1643, i32 %1642, i32 0
	%1645 = add i32 %1639, %1644
	%1646 = add i32 %1640, %1642
	%1647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 2
	%1648 = load i32, i32 addrspace(3)* %1647
	%1649 = icmp sgt i32 %1610, 2
	%1650 = select i1 %1649, i32 %1648, i32 0
	%1651 = add i32 %1645, %1650
	%1652 = add i32 %1646, %1648
	%1653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 3
	%1654 = load i32, i32 addrspace(3)* %1653
	%1655 = icmp sgt i32 %1610, 3
	%1656 = select i1 %1655, i32 %1654, i32 0
	%1657 = add i32 %1651, %1656
	%1658 = add i32 %1652, %1654
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 4
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1610, 4
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 %1657, %1662
	%1664 = add i32 %1658, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 5
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1610, 5
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 6
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1610, 6
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @xattn_select1_scanb, i32 0, i32 7
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1610, 7
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = add i32 %1681, %1630
	%1684 = sub i32 %1683, %1608
	br i1 %1509, label %1685, label %1688

1685:
	%1686 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %0
	store i32 %1684, i32 addrspace(3)* %1686
	%1687 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %0
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
	%1694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1693
	%1695 = load i32, i32 addrspace(3)* %1694
	%1696 = icmp ugt i32 %1695, %1490
	%1697 = icmp eq i32 %1695, %1490
	%1698 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1696)
	%1699 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1697)
	%1700 = sdiv i32 %1690, 256
	%1701 = mul i32 %1700, 8
	%1702 = add i32 %1701, %4
	%1703 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpt, i32 0, i32 %1702
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = and i32 %1699, %1493
	%1706 = call i32 @llvm.ctpop.i32(i32 %1705)
	%1707 = add i32 %1704, %1706
	%1708 = icmp slt i32 %1707, %1488
	%1709 = and i1 %1697, %1708
	%1710 = or i1 %1696, %1709
	%1711 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1710)
	%1712 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @xattn_select1_cmpg, i32 0, i32 %1702
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
	%1720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1716
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
	%1727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1724
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
	%1760 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1758
	%1761 = load i32, i32 addrspace(3)* %1760
	%1762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1759
	%1763 = load i32, i32 addrspace(3)* %1762
	%1764 = and i32 %1758, %1735
	%1765 = icmp eq i32 %1764, 0
	%1766 = icmp sge i32 %1763, 0
	%1767 = select i1 %1766, i32 %1763, i32 0
	%1768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1767
	%1769 = load i32, i32 addrspace(3)* %1768
	%1770 = select i1 %1766, i32 %1769, i32 0
	%1771 = icmp sge i32 %1761, 0
	%1772 = select i1 %1771, i32 %1761, i32 0
	%1773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1772
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
	%1785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1758
	store i32 %1763, i32 addrspace(3)* %1785
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1759
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
	%1793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1790
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
	%1807 = getelementptr [1 x double], [1 x double] addrspace(3)* @xattn_select1_mass, i32 0, i32 0
	%1808 = load double, double addrspace(3)* %1807
	br label %1822

1809:
	call void @llvm.nvvm.barrier0()
	%1810 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	%1811 = load i32, i32 addrspace(3)* %1810
	%1812 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
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
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_c, i32 0, i32 %1828
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @xattn_select1_x, i32 0, i32 %1834
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
	%2289 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 1
	store i32 %1825, i32 addrspace(3)* %2289
	%2290 = fcmp oge double %1824, 0x3FECCCCCCCCCCCCD
	%2291 = zext i1 %2290 to i32
	%2292 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @xattn_select1_cnt, i32 0, i32 2
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

define ptx_kernel void @xattn_adstats0(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats, float* %part, float* %mx, i32 %NK) {
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
	%19 = ptrtoint [24576 x i8] addrspace(3)* @xattn_adstats0_smem to i32
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
	%63 = add i32 %62, 63
	%64 = sdiv i32 %63, 64
	br label %65

65:
	%66 = phi i32 [ 0, %entry ], [ %1656, %1655 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %1348, %1655 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %1429, %1655 ]
	%69 = phi float [ 0.0, %entry ], [ %1401, %1655 ]
	%70 = phi float [ 0.0, %entry ], [ %1482, %1655 ]
	%71 = icmp slt i32 %66, %64
	br i1 %71, label %72, label %74

72:
	%73 = mul i32 %66, 64
	br label %86

74:
	%75 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %69, i32 1, i32 31)
	%76 = fadd float %69, %75
	%77 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %76, i32 2, i32 31)
	%78 = fadd float %76, %77
	%79 = mul i32 %4, 16
	%80 = add i32 %6, 0
	%81 = add i32 %79, %80
	%82 = add i32 %3, %81
	%83 = icmp slt i32 %82, %R
	%84 = icmp eq i32 %7, 0
	%85 = and i1 %83, %84
	br i1 %85, label %1657, label %1670

86:
	%87 = phi i32 [ 0, %72 ], [ %527, %121 ]
	%88 = phi float [ 0.0, %72 ], [ %470, %121 ]
	%89 = phi float [ 0.0, %72 ], [ %471, %121 ]
	%90 = phi float [ 0.0, %72 ], [ %472, %121 ]
	%91 = phi float [ 0.0, %72 ], [ %473, %121 ]
	%92 = phi float [ 0.0, %72 ], [ %475, %121 ]
	%93 = phi float [ 0.0, %72 ], [ %476, %121 ]
	%94 = phi float [ 0.0, %72 ], [ %477, %121 ]
	%95 = phi float [ 0.0, %72 ], [ %478, %121 ]
	%96 = phi float [ 0.0, %72 ], [ %486, %121 ]
	%97 = phi float [ 0.0, %72 ], [ %487, %121 ]
	%98 = phi float [ 0.0, %72 ], [ %488, %121 ]
	%99 = phi float [ 0.0, %72 ], [ %489, %121 ]
	%100 = phi float [ 0.0, %72 ], [ %491, %121 ]
	%101 = phi float [ 0.0, %72 ], [ %492, %121 ]
	%102 = phi float [ 0.0, %72 ], [ %493, %121 ]
	%103 = phi float [ 0.0, %72 ], [ %494, %121 ]
	%104 = phi float [ 0.0, %72 ], [ %502, %121 ]
	%105 = phi float [ 0.0, %72 ], [ %503, %121 ]
	%106 = phi float [ 0.0, %72 ], [ %504, %121 ]
	%107 = phi float [ 0.0, %72 ], [ %505, %121 ]
	%108 = phi float [ 0.0, %72 ], [ %507, %121 ]
	%109 = phi float [ 0.0, %72 ], [ %508, %121 ]
	%110 = phi float [ 0.0, %72 ], [ %509, %121 ]
	%111 = phi float [ 0.0, %72 ], [ %510, %121 ]
	%112 = phi float [ 0.0, %72 ], [ %518, %121 ]
	%113 = phi float [ 0.0, %72 ], [ %519, %121 ]
	%114 = phi float [ 0.0, %72 ], [ %520, %121 ]
	%115 = phi float [ 0.0, %72 ], [ %521, %121 ]
	%116 = phi float [ 0.0, %72 ], [ %523, %121 ]
	%117 = phi float [ 0.0, %72 ], [ %524, %121 ]
	%118 = phi float [ 0.0, %72 ], [ %525, %121 ]
	%119 = phi float [ 0.0, %72 ], [ %526, %121 ]
	%120 = icmp slt i32 %87, 8
	br i1 %120, label %121, label %528

121:
	%122 = sub i32 7, %87
	%123 = add i32 %0, 0
	%124 = lshr i32 %123, 3
	%125 = and i32 %123, 7
	%126 = add i32 %3, %124
	%127 = mul i32 %126, 8
	%128 = add i32 %127, %122
	%129 = icmp slt i32 %128, %M
	%130 = select i1 %129, i32 %128, i32 0
	%131 = mul i32 %130, 64
	%132 = mul i32 %125, 8
	%133 = add i32 %131, %132
	%134 = and i32 %124, 7
	%135 = xor i32 %125, %134
	%136 = mul i32 %124, 8
	%137 = add i32 %136, %135
	%138 = shl i32 %137, 4
	%139 = add i32 %19, %138
	%140 = sext i32 %133 to i64
	%141 = getelementptr i16, i16* %12, i64 %140
	%142 = select i1 %129, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %139, i16* %141, i32 %142)
	%143 = add i32 %0, 256
	%144 = lshr i32 %143, 3
	%145 = and i32 %143, 7
	%146 = add i32 %3, %144
	%147 = mul i32 %146, 8
	%148 = add i32 %147, %122
	%149 = icmp slt i32 %148, %M
	%150 = select i1 %149, i32 %148, i32 0
	%151 = mul i32 %150, 64
	%152 = mul i32 %145, 8
	%153 = add i32 %151, %152
	%154 = and i32 %144, 7
	%155 = xor i32 %145, %154
	%156 = mul i32 %144, 8
	%157 = add i32 %156, %155
	%158 = shl i32 %157, 4
	%159 = add i32 %19, %158
	%160 = sext i32 %153 to i64
	%161 = getelementptr i16, i16* %12, i64 %160
	%162 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %161, i32 %162)
	%163 = add i32 %0, 512
	%164 = lshr i32 %163, 3
	%165 = and i32 %163, 7
	%166 = add i32 %3, %164
	%167 = mul i32 %166, 8
	%168 = add i32 %167, %122
	%169 = icmp slt i32 %168, %M
	%170 = select i1 %169, i32 %168, i32 0
	%171 = mul i32 %170, 64
	%172 = mul i32 %165, 8
	%173 = add i32 %171, %172
	%174 = and i32 %164, 7
	%175 = xor i32 %165, %174
	%176 = mul i32 %164, 8
	%177 = add i32 %176, %175
	%178 = shl i32 %177, 4
	%179 = add i32 %19, %178
	%180 = sext i32 %173 to i64
	%181 = getelementptr i16, i16* %12, i64 %180
	%182 = select i1 %169, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %179, i16* %181, i32 %182)
	%183 = add i32 %0, 768
	%184 = lshr i32 %183, 3
	%185 = and i32 %183, 7
	%186 = add i32 %3, %184
	%187 = mul i32 %186, 8
	%188 = add i32 %187, %122
	%189 = icmp slt i32 %188, %M
	%190 = select i1 %189, i32 %188, i32 0
	%191 = mul i32 %190, 64
	%192 = mul i32 %185, 8
	%193 = add i32 %191, %192
	%194 = and i32 %184, 7
	%195 = xor i32 %185, %194
	%196 = mul i32 %184, 8
	%197 = add i32 %196, %195
	%198 = shl i32 %197, 4
	%199 = add i32 %19, %198
	%200 = sext i32 %193 to i64
	%201 = getelementptr i16, i16* %12, i64 %200
	%202 = select i1 %189, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %199, i16* %201, i32 %202)
	%203 = add i32 %0, 0
	%204 = lshr i32 %203, 3
	%205 = and i32 %203, 7
	%206 = add i32 %73, %204
	%207 = mul i32 %206, 8
	%208 = add i32 %207, %87
	%209 = icmp slt i32 %208, %N
	%210 = select i1 %209, i32 %208, i32 0
	%211 = mul i32 %210, 64
	%212 = mul i32 %205, 8
	%213 = add i32 %211, %212
	%214 = and i32 %204, 7
	%215 = xor i32 %205, %214
	%216 = mul i32 %204, 8
	%217 = add i32 %216, %215
	%218 = shl i32 %217, 4
	%219 = add i32 %20, %218
	%220 = sext i32 %213 to i64
	%221 = getelementptr i16, i16* %16, i64 %220
	%222 = select i1 %209, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %219, i16* %221, i32 %222)
	%223 = add i32 %0, 256
	%224 = lshr i32 %223, 3
	%225 = and i32 %223, 7
	%226 = add i32 %73, %224
	%227 = mul i32 %226, 8
	%228 = add i32 %227, %87
	%229 = icmp slt i32 %228, %N
	%230 = select i1 %229, i32 %228, i32 0
	%231 = mul i32 %230, 64
	%232 = mul i32 %225, 8
	%233 = add i32 %231, %232
	%234 = and i32 %224, 7
	%235 = xor i32 %225, %234
	%236 = mul i32 %224, 8
	%237 = add i32 %236, %235
	%238 = shl i32 %237, 4
	%239 = add i32 %20, %238
	%240 = sext i32 %233 to i64
	%241 = getelementptr i16, i16* %16, i64 %240
	%242 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %241, i32 %242)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%243 = xor i32 %34, 0
	%244 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %243)
	%245 = extractvalue { i32, i32, i32, i32 } %244, 0
	%246 = extractvalue { i32, i32, i32, i32 } %244, 1
	%247 = extractvalue { i32, i32, i32, i32 } %244, 2
	%248 = extractvalue { i32, i32, i32, i32 } %244, 3
	%249 = xor i32 %45, 0
	%250 = add i32 %249, 0
	%251 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %250)
	%252 = extractvalue { i32, i32, i32, i32 } %251, 0
	%253 = extractvalue { i32, i32, i32, i32 } %251, 1
	%254 = extractvalue { i32, i32, i32, i32 } %251, 2
	%255 = extractvalue { i32, i32, i32, i32 } %251, 3
	%256 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %252, i32 %253, float %88, float %89, float %90, float %91)
	%257 = extractvalue { float, float, float, float } %256, 0
	%258 = extractvalue { float, float, float, float } %256, 1
	%259 = extractvalue { float, float, float, float } %256, 2
	%260 = extractvalue { float, float, float, float } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %254, i32 %255, float %92, float %93, float %94, float %95)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = add i32 %249, 2048
	%267 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %266)
	%268 = extractvalue { i32, i32, i32, i32 } %267, 0
	%269 = extractvalue { i32, i32, i32, i32 } %267, 1
	%270 = extractvalue { i32, i32, i32, i32 } %267, 2
	%271 = extractvalue { i32, i32, i32, i32 } %267, 3
	%272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %268, i32 %269, float %96, float %97, float %98, float %99)
	%273 = extractvalue { float, float, float, float } %272, 0
	%274 = extractvalue { float, float, float, float } %272, 1
	%275 = extractvalue { float, float, float, float } %272, 2
	%276 = extractvalue { float, float, float, float } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %270, i32 %271, float %100, float %101, float %102, float %103)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = add i32 %249, u0x1000
	%283 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %282)
	%284 = extractvalue { i32, i32, i32, i32 } %283, 0
	%285 = extractvalue { i32, i32, i32, i32 } %283, 1
	%286 = extractvalue { i32, i32, i32, i32 } %283, 2
	%287 = extractvalue { i32, i32, i32, i32 } %283, 3
	%288 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %284, i32 %285, float %104, float %105, float %106, float %107)
	%289 = extractvalue { float, float, float, float } %288, 0
	%290 = extractvalue { float, float, float, float } %288, 1
	%291 = extractvalue { float, float, float, float } %288, 2
	%292 = extractvalue { float, float, float, float } %288, 3
	%293 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %286, i32 %287, float %108, float %109, float %110, float %111)
	%294 = extractvalue { float, float, float, float } %293, 0
	%295 = extractvalue { float, float, float, float } %293, 1
	%296 = extractvalue { float, float, float, float } %293, 2
	%297 = extractvalue { float, float, float, float } %293, 3
	%298 = add i32 %249, 6144
	%299 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %298)
	%300 = extractvalue { i32, i32, i32, i32 } %299, 0
	%301 = extractvalue { i32, i32, i32, i32 } %299, 1
	%302 = extractvalue { i32, i32, i32, i32 } %299, 2
	%303 = extractvalue { i32, i32, i32, i32 } %299, 3
	%304 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %300, i32 %301, float %112, float %113, float %114, float %115)
	%305 = extractvalue { float, float, float, float } %304, 0
	%306 = extractvalue { float, float, float, float } %304, 1
	%307 = extractvalue { float, float, float, float } %304, 2
	%308 = extractvalue { float, float, float, float } %304, 3
	%309 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %245, i32 %246, i32 %247, i32 %248, i32 %302, i32 %303, float %116, float %117, float %118, float %119)
	%310 = extractvalue { float, float, float, float } %309, 0
	%311 = extractvalue { float, float, float, float } %309, 1
	%312 = extractvalue { float, float, float, float } %309, 2
	%313 = extractvalue { float, float, float, float } %309, 3
	%314 = xor i32 %34, 32
	%315 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %314)
	%316 = extractvalue { i32, i32, i32, i32 } %315, 0
	%317 = extractvalue { i32, i32, i32, i32 } %315, 1
	%318 = extractvalue { i32, i32, i32, i32 } %315, 2
	%319 = extractvalue { i32, i32, i32, i32 } %315, 3
	%320 = xor i32 %45, 32
	%321 = add i32 %320, 0
	%322 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %321)
	%323 = extractvalue { i32, i32, i32, i32 } %322, 0
	%324 = extractvalue { i32, i32, i32, i32 } %322, 1
	%325 = extractvalue { i32, i32, i32, i32 } %322, 2
	%326 = extractvalue { i32, i32, i32, i32 } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %323, i32 %324, float %257, float %258, float %259, float %260)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %325, i32 %326, float %262, float %263, float %264, float %265)
	%333 = extractvalue { float, float, float, float } %332, 0
	%334 = extractvalue { float, float, float, float } %332, 1
	%335 = extractvalue { float, float, float, float } %332, 2
	%336 = extractvalue { float, float, float, float } %332, 3
	%337 = add i32 %320, 2048
	%338 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %337)
	%339 = extractvalue { i32, i32, i32, i32 } %338, 0
	%340 = extractvalue { i32, i32, i32, i32 } %338, 1
	%341 = extractvalue { i32, i32, i32, i32 } %338, 2
	%342 = extractvalue { i32, i32, i32, i32 } %338, 3
	%343 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %339, i32 %340, float %273, float %274, float %275, float %276)
	%344 = extractvalue { float, float, float, float } %343, 0
	%345 = extractvalue { float, float, float, float } %343, 1
	%346 = extractvalue { float, float, float, float } %343, 2
	%347 = extractvalue { float, float, float, float } %343, 3
	%348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %341, i32 %342, float %278, float %279, float %280, float %281)
	%349 = extractvalue { float, float, float, float } %348, 0
	%350 = extractvalue { float, float, float, float } %348, 1
	%351 = extractvalue { float, float, float, float } %348, 2
	%352 = extractvalue { float, float, float, float } %348, 3
	%353 = add i32 %320, u0x1000
	%354 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %353)
	%355 = extractvalue { i32, i32, i32, i32 } %354, 0
	%356 = extractvalue { i32, i32, i32, i32 } %354, 1
	%357 = extractvalue { i32, i32, i32, i32 } %354, 2
	%358 = extractvalue { i32, i32, i32, i32 } %354, 3
	%359 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %355, i32 %356, float %289, float %290, float %291, float %292)
	%360 = extractvalue { float, float, float, float } %359, 0
	%361 = extractvalue { float, float, float, float } %359, 1
	%362 = extractvalue { float, float, float, float } %359, 2
	%363 = extractvalue { float, float, float, float } %359, 3
	%364 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %357, i32 %358, float %294, float %295, float %296, float %297)
	%365 = extractvalue { float, float, float, float } %364, 0
	%366 = extractvalue { float, float, float, float } %364, 1
	%367 = extractvalue { float, float, float, float } %364, 2
	%368 = extractvalue { float, float, float, float } %364, 3
	%369 = add i32 %320, 6144
	%370 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %369)
	%371 = extractvalue { i32, i32, i32, i32 } %370, 0
	%372 = extractvalue { i32, i32, i32, i32 } %370, 1
	%373 = extractvalue { i32, i32, i32, i32 } %370, 2
	%374 = extractvalue { i32, i32, i32, i32 } %370, 3
	%375 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %371, i32 %372, float %305, float %306, float %307, float %308)
	%376 = extractvalue { float, float, float, float } %375, 0
	%377 = extractvalue { float, float, float, float } %375, 1
	%378 = extractvalue { float, float, float, float } %375, 2
	%379 = extractvalue { float, float, float, float } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %316, i32 %317, i32 %318, i32 %319, i32 %373, i32 %374, float %310, float %311, float %312, float %313)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = xor i32 %34, 64
	%386 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %385)
	%387 = extractvalue { i32, i32, i32, i32 } %386, 0
	%388 = extractvalue { i32, i32, i32, i32 } %386, 1
	%389 = extractvalue { i32, i32, i32, i32 } %386, 2
	%390 = extractvalue { i32, i32, i32, i32 } %386, 3
	%391 = xor i32 %45, 64
	%392 = add i32 %391, 0
	%393 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %392)
	%394 = extractvalue { i32, i32, i32, i32 } %393, 0
	%395 = extractvalue { i32, i32, i32, i32 } %393, 1
	%396 = extractvalue { i32, i32, i32, i32 } %393, 2
	%397 = extractvalue { i32, i32, i32, i32 } %393, 3
	%398 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %394, i32 %395, float %328, float %329, float %330, float %331)
	%399 = extractvalue { float, float, float, float } %398, 0
	%400 = extractvalue { float, float, float, float } %398, 1
	%401 = extractvalue { float, float, float, float } %398, 2
	%402 = extractvalue { float, float, float, float } %398, 3
	%403 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %396, i32 %397, float %333, float %334, float %335, float %336)
	%404 = extractvalue { float, float, float, float } %403, 0
	%405 = extractvalue { float, float, float, float } %403, 1
	%406 = extractvalue { float, float, float, float } %403, 2
	%407 = extractvalue { float, float, float, float } %403, 3
	%408 = add i32 %391, 2048
	%409 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %408)
	%410 = extractvalue { i32, i32, i32, i32 } %409, 0
	%411 = extractvalue { i32, i32, i32, i32 } %409, 1
	%412 = extractvalue { i32, i32, i32, i32 } %409, 2
	%413 = extractvalue { i32, i32, i32, i32 } %409, 3
	%414 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %410, i32 %411, float %344, float %345, float %346, float %347)
	%415 = extractvalue { float, float, float, float } %414, 0
	%416 = extractvalue { float, float, float, float } %414, 1
	%417 = extractvalue { float, float, float, float } %414, 2
	%418 = extractvalue { float, float, float, float } %414, 3
	%419 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %412, i32 %413, float %349, float %350, float %351, float %352)
	%420 = extractvalue { float, float, float, float } %419, 0
	%421 = extractvalue { float, float, float, float } %419, 1
	%422 = extractvalue { float, float, float, float } %419, 2
	%423 = extractvalue { float, float, float, float } %419, 3
	%424 = add i32 %391, u0x1000
	%425 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %424)
	%426 = extractvalue { i32, i32, i32, i32 } %425, 0
	%427 = extractvalue { i32, i32, i32, i32 } %425, 1
	%428 = extractvalue { i32, i32, i32, i32 } %425, 2
	%429 = extractvalue { i32, i32, i32, i32 } %425, 3
	%430 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %426, i32 %427, float %360, float %361, float %362, float %363)
	%431 = extractvalue { float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float } %430, 3
	%435 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %428, i32 %429, float %365, float %366, float %367, float %368)
	%436 = extractvalue { float, float, float, float } %435, 0
	%437 = extractvalue { float, float, float, float } %435, 1
	%438 = extractvalue { float, float, float, float } %435, 2
	%439 = extractvalue { float, float, float, float } %435, 3
	%440 = add i32 %391, 6144
	%441 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %440)
	%442 = extractvalue { i32, i32, i32, i32 } %441, 0
	%443 = extractvalue { i32, i32, i32, i32 } %441, 1
	%444 = extractvalue { i32, i32, i32, i32 } %441, 2
	%445 = extractvalue { i32, i32, i32, i32 } %441, 3
	%446 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %442, i32 %443, float %376, float %377, float %378, float %379)
	%447 = extractvalue { float, float, float, float } %446, 0
	%448 = extractvalue { float, float, float, float } %446, 1
	%449 = extractvalue { float, float, float, float } %446, 2
	%450 = extractvalue { float, float, float, float } %446, 3
	%451 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %387, i32 %388, i32 %389, i32 %390, i32 %444, i32 %445, float %381, float %382, float %383, float %384)
	%452 = extractvalue { float, float, float, float } %451, 0
	%453 = extractvalue { float, float, float, float } %451, 1
	%454 = extractvalue { float, float, float, float } %451, 2
	%455 = extractvalue { float, float, float, float } %451, 3
	%456 = xor i32 %34, 96
	%457 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %456)
	%458 = extractvalue { i32, i32, i32, i32 } %457, 0
	%459 = extractvalue { i32, i32, i32, i32 } %457, 1
	%460 = extractvalue { i32, i32, i32, i32 } %457, 2
	%461 = extractvalue { i32, i32, i32, i32 } %457, 3
	%462 = xor i32 %45, 96
	%463 = add i32 %462, 0
	%464 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %463)
	%465 = extractvalue { i32, i32, i32, i32 } %464, 0
	%466 = extractvalue { i32, i32, i32, i32 } %464, 1
	%467 = extractvalue { i32, i32, i32, i32 } %464, 2
	%468 = extractvalue { i32, i32, i32, i32 } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %465, i32 %466, float %399, float %400, float %401, float %402)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %467, i32 %468, float %404, float %405, float %406, float %407)
	%475 = extractvalue { float, float, float, float } %474, 0
	%476 = extractvalue { float, float, float, float } %474, 1
	%477 = extractvalue { float, float, float, float } %474, 2
	%478 = extractvalue { float, float, float, float } %474, 3
	%479 = add i32 %462, 2048
	%480 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %479)
	%481 = extractvalue { i32, i32, i32, i32 } %480, 0
	%482 = extractvalue { i32, i32, i32, i32 } %480, 1
	%483 = extractvalue { i32, i32, i32, i32 } %480, 2
	%484 = extractvalue { i32, i32, i32, i32 } %480, 3
	%485 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %481, i32 %482, float %415, float %416, float %417, float %418)
	%486 = extractvalue { float, float, float, float } %485, 0
	%487 = extractvalue { float, float, float, float } %485, 1
	%488 = extractvalue { float, float, float, float } %485, 2
	%489 = extractvalue { float, float, float, float } %485, 3
	%490 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %483, i32 %484, float %420, float %421, float %422, float %423)
	%491 = extractvalue { float, float, float, float } %490, 0
	%492 = extractvalue { float, float, float, float } %490, 1
	%493 = extractvalue { float, float, float, float } %490, 2
	%494 = extractvalue { float, float, float, float } %490, 3
	%495 = add i32 %462, u0x1000
	%496 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %495)
	%497 = extractvalue { i32, i32, i32, i32 } %496, 0
	%498 = extractvalue { i32, i32, i32, i32 } %496, 1
	%499 = extractvalue { i32, i32, i32, i32 } %496, 2
	%500 = extractvalue { i32, i32, i32, i32 } %496, 3
	%501 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %497, i32 %498, float %431, float %432, float %433, float %434)
	%502 = extractvalue { float, float, float, float } %501, 0
	%503 = extractvalue { float, float, float, float } %501, 1
	%504 = extractvalue { float, float, float, float } %501, 2
	%505 = extractvalue { float, float, float, float } %501, 3
	%506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %499, i32 %500, float %436, float %437, float %438, float %439)
	%507 = extractvalue { float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float } %506, 3
	%511 = add i32 %462, 6144
	%512 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %511)
	%513 = extractvalue { i32, i32, i32, i32 } %512, 0
	%514 = extractvalue { i32, i32, i32, i32 } %512, 1
	%515 = extractvalue { i32, i32, i32, i32 } %512, 2
	%516 = extractvalue { i32, i32, i32, i32 } %512, 3
	%517 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %513, i32 %514, float %447, float %448, float %449, float %450)
	%518 = extractvalue { float, float, float, float } %517, 0
	%519 = extractvalue { float, float, float, float } %517, 1
	%520 = extractvalue { float, float, float, float } %517, 2
	%521 = extractvalue { float, float, float, float } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %458, i32 %459, i32 %460, i32 %461, i32 %515, i32 %516, float %452, float %453, float %454, float %455)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	call void @llvm.nvvm.barrier0()
	%527 = add i32 %87, 1
	br label %86

528:
	%529 = mul i32 %4, 16
	%530 = add i32 %6, 0
	%531 = add i32 %529, %530
	%532 = add i32 %3, %531
	%533 = shl i32 %7, 1
	%534 = add i32 0, %533
	%535 = add i32 %73, %534
	%536 = icmp slt i32 %532, %R
	%537 = icmp slt i32 %535, %T
	%538 = and i1 %536, %537
	%539 = mul i32 %532, 8
	%540 = add i32 %539, 7
	%541 = sub i32 %N, %M
	%542 = add i32 %540, %541
	%543 = icmp slt i32 %542, 0
	%544 = sub i32 0, %542
	%545 = add i32 %544, 7
	%546 = sdiv i32 %545, 8
	%547 = sub i32 0, %546
	%548 = sdiv i32 %542, 8
	%549 = select i1 %543, i32 %547, i32 %548
	%550 = icmp sle i32 %535, %549
	%551 = and i1 %538, %550
	%552 = fmul float %88, 0x3F97154760000000
	%553 = select i1 %551, float %552, float 0xFFF0000000000000
	%554 = mul i32 %4, 16
	%555 = add i32 %6, 0
	%556 = add i32 %554, %555
	%557 = add i32 %3, %556
	%558 = shl i32 %7, 1
	%559 = add i32 1, %558
	%560 = add i32 %73, %559
	%561 = icmp slt i32 %557, %R
	%562 = icmp slt i32 %560, %T
	%563 = and i1 %561, %562
	%564 = mul i32 %557, 8
	%565 = add i32 %564, 7
	%566 = sub i32 %N, %M
	%567 = add i32 %565, %566
	%568 = icmp slt i32 %567, 0
	%569 = sub i32 0, %567
	%570 = add i32 %569, 7
	%571 = sdiv i32 %570, 8
	%572 = sub i32 0, %571
	%573 = sdiv i32 %567, 8
	%574 = select i1 %568, i32 %572, i32 %573
	%575 = icmp sle i32 %560, %574
	%576 = and i1 %563, %575
	%577 = fmul float %89, 0x3F97154760000000
	%578 = select i1 %576, float %577, float 0xFFF0000000000000
	%579 = mul i32 %4, 16
	%580 = add i32 %6, 8
	%581 = add i32 %579, %580
	%582 = add i32 %3, %581
	%583 = shl i32 %7, 1
	%584 = add i32 0, %583
	%585 = add i32 %73, %584
	%586 = icmp slt i32 %582, %R
	%587 = icmp slt i32 %585, %T
	%588 = and i1 %586, %587
	%589 = mul i32 %582, 8
	%590 = add i32 %589, 7
	%591 = sub i32 %N, %M
	%592 = add i32 %590, %591
	%593 = icmp slt i32 %592, 0
	%594 = sub i32 0, %592
	%595 = add i32 %594, 7
	%596 = sdiv i32 %595, 8
	%597 = sub i32 0, %596
	%598 = sdiv i32 %592, 8
	%599 = select i1 %593, i32 %597, i32 %598
	%600 = icmp sle i32 %585, %599
	%601 = and i1 %588, %600
	%602 = fmul float %90, 0x3F97154760000000
	%603 = select i1 %601, float %602, float 0xFFF0000000000000
	%604 = mul i32 %4, 16
	%605 = add i32 %6, 8
	%606 = add i32 %604, %605
	%607 = add i32 %3, %606
	%608 = shl i32 %7, 1
	%609 = add i32 1, %608
	%610 = add i32 %73, %609
	%611 = icmp slt i32 %607, %R
	%612 = icmp slt i32 %610, %T
	%613 = and i1 %611, %612
	%614 = mul i32 %607, 8
	%615 = add i32 %614, 7
	%616 = sub i32 %N, %M
	%617 = add i32 %615, %616
	%618 = icmp slt i32 %617, 0
	%619 = sub i32 0, %617
	%620 = add i32 %619, 7
	%621 = sdiv i32 %620, 8
	%622 = sub i32 0, %621
	%623 = sdiv i32 %617, 8
	%624 = select i1 %618, i32 %622, i32 %623
	%625 = icmp sle i32 %610, %624
	%626 = and i1 %613, %625
	%627 = fmul float %91, 0x3F97154760000000
	%628 = select i1 %626, float %627, float 0xFFF0000000000000
	%629 = mul i32 %4, 16
	%630 = add i32 %6, 0
	%631 = add i32 %629, %630
	%632 = add i32 %3, %631
	%633 = shl i32 %7, 1
	%634 = add i32 8, %633
	%635 = add i32 %73, %634
	%636 = icmp slt i32 %632, %R
	%637 = icmp slt i32 %635, %T
	%638 = and i1 %636, %637
	%639 = mul i32 %632, 8
	%640 = add i32 %639, 7
	%641 = sub i32 %N, %M
	%642 = add i32 %640, %641
	%643 = icmp slt i32 %642, 0
	%644 = sub i32 0, %642
	%645 = add i32 %644, 7
	%646 = sdiv i32 %645, 8
	%647 = sub i32 0, %646
	%648 = sdiv i32 %642, 8
	%649 = select i1 %643, i32 %647, i32 %648
	%650 = icmp sle i32 %635, %649
	%651 = and i1 %638, %650
	%652 = fmul float %92, 0x3F97154760000000
	%653 = select i1 %651, float %652, float 0xFFF0000000000000
	%654 = mul i32 %4, 16
	%655 = add i32 %6, 0
	%656 = add i32 %654, %655
	%657 = add i32 %3, %656
	%658 = shl i32 %7, 1
	%659 = add i32 9, %658
	%660 = add i32 %73, %659
	%661 = icmp slt i32 %657, %R
	%662 = icmp slt i32 %660, %T
	%663 = and i1 %661, %662
	%664 = mul i32 %657, 8
	%665 = add i32 %664, 7
	%666 = sub i32 %N, %M
	%667 = add i32 %665, %666
	%668 = icmp slt i32 %667, 0
	%669 = sub i32 0, %667
	%670 = add i32 %669, 7
	%671 = sdiv i32 %670, 8
	%672 = sub i32 0, %671
	%673 = sdiv i32 %667, 8
	%674 = select i1 %668, i32 %672, i32 %673
	%675 = icmp sle i32 %660, %674
	%676 = and i1 %663, %675
	%677 = fmul float %93, 0x3F97154760000000
	%678 = select i1 %676, float %677, float 0xFFF0000000000000
	%679 = mul i32 %4, 16
	%680 = add i32 %6, 8
	%681 = add i32 %679, %680
	%682 = add i32 %3, %681
	%683 = shl i32 %7, 1
	%684 = add i32 8, %683
	%685 = add i32 %73, %684
	%686 = icmp slt i32 %682, %R
	%687 = icmp slt i32 %685, %T
	%688 = and i1 %686, %687
	%689 = mul i32 %682, 8
	%690 = add i32 %689, 7
	%691 = sub i32 %N, %M
	%692 = add i32 %690, %691
	%693 = icmp slt i32 %692, 0
	%694 = sub i32 0, %692
	%695 = add i32 %694, 7
	%696 = sdiv i32 %695, 8
	%697 = sub i32 0, %696
	%698 = sdiv i32 %692, 8
	%699 = select i1 %693, i32 %697, i32 %698
	%700 = icmp sle i32 %685, %699
	%701 = and i1 %688, %700
	%702 = fmul float %94, 0x3F97154760000000
	%703 = select i1 %701, float %702, float 0xFFF0000000000000
	%704 = mul i32 %4, 16
	%705 = add i32 %6, 8
	%706 = add i32 %704, %705
	%707 = add i32 %3, %706
	%708 = shl i32 %7, 1
	%709 = add i32 9, %708
	%710 = add i32 %73, %709
	%711 = icmp slt i32 %707, %R
	%712 = icmp slt i32 %710, %T
	%713 = and i1 %711, %712
	%714 = mul i32 %707, 8
	%715 = add i32 %714, 7
	%716 = sub i32 %N, %M
	%717 = add i32 %715, %716
	%718 = icmp slt i32 %717, 0
	%719 = sub i32 0, %717
	%720 = add i32 %719, 7
	%721 = sdiv i32 %720, 8
	%722 = sub i32 0, %721
	%723 = sdiv i32 %717, 8
	%724 = select i1 %718, i32 %722, i32 %723
	%725 = icmp sle i32 %710, %724
	%726 = and i1 %713, %725
	%727 = fmul float %95, 0x3F97154760000000
	%728 = select i1 %726, float %727, float 0xFFF0000000000000
	%729 = mul i32 %4, 16
	%730 = add i32 %6, 0
	%731 = add i32 %729, %730
	%732 = add i32 %3, %731
	%733 = shl i32 %7, 1
	%734 = add i32 16, %733
	%735 = add i32 %73, %734
	%736 = icmp slt i32 %732, %R
	%737 = icmp slt i32 %735, %T
	%738 = and i1 %736, %737
	%739 = mul i32 %732, 8
	%740 = add i32 %739, 7
	%741 = sub i32 %N, %M
	%742 = add i32 %740, %741
	%743 = icmp slt i32 %742, 0
	%744 = sub i32 0, %742
	%745 = add i32 %744, 7
	%746 = sdiv i32 %745, 8
	%747 = sub i32 0, %746
	%748 = sdiv i32 %742, 8
	%749 = select i1 %743, i32 %747, i32 %748
	%750 = icmp sle i32 %735, %749
	%751 = and i1 %738, %750
	%752 = fmul float %96, 0x3F97154760000000
	%753 = select i1 %751, float %752, float 0xFFF0000000000000
	%754 = mul i32 %4, 16
	%755 = add i32 %6, 0
	%756 = add i32 %754, %755
	%757 = add i32 %3, %756
	%758 = shl i32 %7, 1
	%759 = add i32 17, %758
	%760 = add i32 %73, %759
	%761 = icmp slt i32 %757, %R
	%762 = icmp slt i32 %760, %T
	%763 = and i1 %761, %762
	%764 = mul i32 %757, 8
	%765 = add i32 %764, 7
	%766 = sub i32 %N, %M
	%767 = add i32 %765, %766
	%768 = icmp slt i32 %767, 0
	%769 = sub i32 0, %767
	%770 = add i32 %769, 7
	%771 = sdiv i32 %770, 8
	%772 = sub i32 0, %771
	%773 = sdiv i32 %767, 8
	%774 = select i1 %768, i32 %772, i32 %773
	%775 = icmp sle i32 %760, %774
	%776 = and i1 %763, %775
	%777 = fmul float %97, 0x3F97154760000000
	%778 = select i1 %776, float %777, float 0xFFF0000000000000
	%779 = mul i32 %4, 16
	%780 = add i32 %6, 8
	%781 = add i32 %779, %780
	%782 = add i32 %3, %781
	%783 = shl i32 %7, 1
	%784 = add i32 16, %783
	%785 = add i32 %73, %784
	%786 = icmp slt i32 %782, %R
	%787 = icmp slt i32 %785, %T
	%788 = and i1 %786, %787
	%789 = mul i32 %782, 8
	%790 = add i32 %789, 7
	%791 = sub i32 %N, %M
	%792 = add i32 %790, %791
	%793 = icmp slt i32 %792, 0
	%794 = sub i32 0, %792
	%795 = add i32 %794, 7
	%796 = sdiv i32 %795, 8
	%797 = sub i32 0, %796
	%798 = sdiv i32 %792, 8
	%799 = select i1 %793, i32 %797, i32 %798
	%800 = icmp sle i32 %785, %799
	%801 = and i1 %788, %800
	%802 = fmul float %98, 0x3F97154760000000
	%803 = select i1 %801, float %802, float 0xFFF0000000000000
	%804 = mul i32 %4, 16
	%805 = add i32 %6, 8
	%806 = add i32 %804, %805
	%807 = add i32 %3, %806
	%808 = shl i32 %7, 1
	%809 = add i32 17, %808
	%810 = add i32 %73, %809
	%811 = icmp slt i32 %807, %R
	%812 = icmp slt i32 %810, %T
	%813 = and i1 %811, %812
	%814 = mul i32 %807, 8
	%815 = add i32 %814, 7
	%816 = sub i32 %N, %M
	%817 = add i32 %815, %816
	%818 = icmp slt i32 %817, 0
	%819 = sub i32 0, %817
	%820 = add i32 %819, 7
	%821 = sdiv i32 %820, 8
	%822 = sub i32 0, %821
	%823 = sdiv i32 %817, 8
	%824 = select i1 %818, i32 %822, i32 %823
	%825 = icmp sle i32 %810, %824
	%826 = and i1 %813, %825
	%827 = fmul float %99, 0x3F97154760000000
	%828 = select i1 %826, float %827, float 0xFFF0000000000000
	%829 = mul i32 %4, 16
	%830 = add i32 %6, 0
	%831 = add i32 %829, %830
	%832 = add i32 %3, %831
	%833 = shl i32 %7, 1
	%834 = add i32 24, %833
	%835 = add i32 %73, %834
	%836 = icmp slt i32 %832, %R
	%837 = icmp slt i32 %835, %T
	%838 = and i1 %836, %837
	%839 = mul i32 %832, 8
	%840 = add i32 %839, 7
	%841 = sub i32 %N, %M
	%842 = add i32 %840, %841
	%843 = icmp slt i32 %842, 0
	%844 = sub i32 0, %842
	%845 = add i32 %844, 7
	%846 = sdiv i32 %845, 8
	%847 = sub i32 0, %846
	%848 = sdiv i32 %842, 8
	%849 = select i1 %843, i32 %847, i32 %848
	%850 = icmp sle i32 %835, %849
	%851 = and i1 %838, %850
	%852 = fmul float %100, 0x3F97154760000000
	%853 = select i1 %851, float %852, float 0xFFF0000000000000
	%854 = mul i32 %4, 16
	%855 = add i32 %6, 0
	%856 = add i32 %854, %855
	%857 = add i32 %3, %856
	%858 = shl i32 %7, 1
	%859 = add i32 25, %858
	%860 = add i32 %73, %859
	%861 = icmp slt i32 %857, %R
	%862 = icmp slt i32 %860, %T
	%863 = and i1 %861, %862
	%864 = mul i32 %857, 8
	%865 = add i32 %864, 7
	%866 = sub i32 %N, %M
	%867 = add i32 %865, %866
	%868 = icmp slt i32 %867, 0
	%869 = sub i32 0, %867
	%870 = add i32 %869, 7
	%871 = sdiv i32 %870, 8
	%872 = sub i32 0, %871
	%873 = sdiv i32 %867, 8
	%874 = select i1 %868, i32 %872, i32 %873
	%875 = icmp sle i32 %860, %874
	%876 = and i1 %863, %875
	%877 = fmul float %101, 0x3F97154760000000
	%878 = select i1 %876, float %877, float 0xFFF0000000000000
	%879 = mul i32 %4, 16
	%880 = add i32 %6, 8
	%881 = add i32 %879, %880
	%882 = add i32 %3, %881
	%883 = shl i32 %7, 1
	%884 = add i32 24, %883
	%885 = add i32 %73, %884
	%886 = icmp slt i32 %882, %R
	%887 = icmp slt i32 %885, %T
	%888 = and i1 %886, %887
	%889 = mul i32 %882, 8
	%890 = add i32 %889, 7
	%891 = sub i32 %N, %M
	%892 = add i32 %890, %891
	%893 = icmp slt i32 %892, 0
	%894 = sub i32 0, %892
	%895 = add i32 %894, 7
	%896 = sdiv i32 %895, 8
	%897 = sub i32 0, %896
	%898 = sdiv i32 %892, 8
	%899 = select i1 %893, i32 %897, i32 %898
	%900 = icmp sle i32 %885, %899
	%901 = and i1 %888, %900
	%902 = fmul float %102, 0x3F97154760000000
	%903 = select i1 %901, float %902, float 0xFFF0000000000000
	%904 = mul i32 %4, 16
	%905 = add i32 %6, 8
	%906 = add i32 %904, %905
	%907 = add i32 %3, %906
	%908 = shl i32 %7, 1
	%909 = add i32 25, %908
	%910 = add i32 %73, %909
	%911 = icmp slt i32 %907, %R
	%912 = icmp slt i32 %910, %T
	%913 = and i1 %911, %912
	%914 = mul i32 %907, 8
	%915 = add i32 %914, 7
	%916 = sub i32 %N, %M
	%917 = add i32 %915, %916
	%918 = icmp slt i32 %917, 0
	%919 = sub i32 0, %917
	%920 = add i32 %919, 7
	%921 = sdiv i32 %920, 8
	%922 = sub i32 0, %921
	%923 = sdiv i32 %917, 8
	%924 = select i1 %918, i32 %922, i32 %923
	%925 = icmp sle i32 %910, %924
	%926 = and i1 %913, %925
	%927 = fmul float %103, 0x3F97154760000000
	%928 = select i1 %926, float %927, float 0xFFF0000000000000
	%929 = mul i32 %4, 16
	%930 = add i32 %6, 0
	%931 = add i32 %929, %930
	%932 = add i32 %3, %931
	%933 = shl i32 %7, 1
	%934 = add i32 32, %933
	%935 = add i32 %73, %934
	%936 = icmp slt i32 %932, %R
	%937 = icmp slt i32 %935, %T
	%938 = and i1 %936, %937
	%939 = mul i32 %932, 8
	%940 = add i32 %939, 7
	%941 = sub i32 %N, %M
	%942 = add i32 %940, %941
	%943 = icmp slt i32 %942, 0
	%944 = sub i32 0, %942
	%945 = add i32 %944, 7
	%946 = sdiv i32 %945, 8
	%947 = sub i32 0, %946
	%948 = sdiv i32 %942, 8
	%949 = select i1 %943, i32 %947, i32 %948
	%950 = icmp sle i32 %935, %949
	%951 = and i1 %938, %950
	%952 = fmul float %104, 0x3F97154760000000
	%953 = select i1 %951, float %952, float 0xFFF0000000000000
	%954 = mul i32 %4, 16
	%955 = add i32 %6, 0
	%956 = add i32 %954, %955
	%957 = add i32 %3, %956
	%958 = shl i32 %7, 1
	%959 = add i32 33, %958
	%960 = add i32 %73, %959
	%961 = icmp slt i32 %957, %R
	%962 = icmp slt i32 %960, %T
	%963 = and i1 %961, %962
	%964 = mul i32 %957, 8
	%965 = add i32 %964, 7
	%966 = sub i32 %N, %M
	%967 = add i32 %965, %966
	%968 = icmp slt i32 %967, 0
	%969 = sub i32 0, %967
	%970 = add i32 %969, 7
	%971 = sdiv i32 %970, 8
	%972 = sub i32 0, %971
	%973 = sdiv i32 %967, 8
	%974 = select i1 %968, i32 %972, i32 %973
	%975 = icmp sle i32 %960, %974
	%976 = and i1 %963, %975
	%977 = fmul float %105, 0x3F97154760000000
	%978 = select i1 %976, float %977, float 0xFFF0000000000000
	%979 = mul i32 %4, 16
	%980 = add i32 %6, 8
	%981 = add i32 %979, %980
	%982 = add i32 %3, %981
	%983 = shl i32 %7, 1
	%984 = add i32 32, %983
	%985 = add i32 %73, %984
	%986 = icmp slt i32 %982, %R
	%987 = icmp slt i32 %985, %T
	%988 = and i1 %986, %987
	%989 = mul i32 %982, 8
	%990 = add i32 %989, 7
	%991 = sub i32 %N, %M
	%992 = add i32 %990, %991
	%993 = icmp slt i32 %992, 0
	%994 = sub i32 0, %992
	%995 = add i32 %994, 7
	%996 = sdiv i32 %995, 8
	%997 = sub i32 0, %996
	%998 = sdiv i32 %992, 8
	%999 = select i1 %993, i32 %997, i32 %998
	%1000 = icmp sle i32 %985, %999
	%1001 = and i1 %988, %1000
	%1002 = fmul float %106, 0x3F97154760000000
	%1003 = select i1 %1001, float %1002, float 0xFFF0000000000000
	%1004 = mul i32 %4, 16
	%1005 = add i32 %6, 8
	%1006 = add i32 %1004, %1005
	%1007 = add i32 %3, %1006
	%1008 = shl i32 %7, 1
	%1009 = add i32 33, %1008
	%1010 = add i32 %73, %1009
	%1011 = icmp slt i32 %1007, %R
	%1012 = icmp slt i32 %1010, %T
	%1013 = and i1 %1011, %1012
	%1014 = mul i32 %1007, 8
	%1015 = add i32 %1014, 7
	%1016 = sub i32 %N, %M
	%1017 = add i32 %1015, %1016
	%1018 = icmp slt i32 %1017, 0
	%1019 = sub i32 0, %1017
	%1020 = add i32 %1019, 7
	%1021 = sdiv i32 %1020, 8
	%1022 = sub i32 0, %1021
	%1023 = sdiv i32 %1017, 8
	%1024 = select i1 %1018, i32 %1022, i32 %1023
	%1025 = icmp sle i32 %1010, %1024
	%1026 = and i1 %1013, %1025
	%1027 = fmul float %107, 0x3F97154760000000
	%1028 = select i1 %1026, float %1027, float 0xFFF0000000000000
	%1029 = mul i32 %4, 16
	%1030 = add i32 %6, 0
	%1031 = add i32 %1029, %1030
	%1032 = add i32 %3, %1031
	%1033 = shl i32 %7, 1
	%1034 = add i32 40, %1033
	%1035 = add i32 %73, %1034
	%1036 = icmp slt i32 %1032, %R
	%1037 = icmp slt i32 %1035, %T
	%1038 = and i1 %1036, %1037
	%1039 = mul i32 %1032, 8
	%1040 = add i32 %1039, 7
	%1041 = sub i32 %N, %M
	%1042 = add i32 %1040, %1041
	%1043 = icmp slt i32 %1042, 0
	%1044 = sub i32 0, %1042
	%1045 = add i32 %1044, 7
	%1046 = sdiv i32 %1045, 8
	%1047 = sub i32 0, %1046
	%1048 = sdiv i32 %1042, 8
	%1049 = select i1 %1043, i32 %1047, i32 %1048
	%1050 = icmp sle i32 %1035, %1049
	%1051 = and i1 %1038, %1050
	%1052 = fmul float %108, 0x3F97154760000000
	%1053 = select i1 %1051, float %1052, float 0xFFF0000000000000
	%1054 = mul i32 %4, 16
	%1055 = add i32 %6, 0
	%1056 = add i32 %1054, %1055
	%1057 = add i32 %3, %1056
	%1058 = shl i32 %7, 1
	%1059 = add i32 41, %1058
	%1060 = add i32 %73, %1059
	%1061 = icmp slt i32 %1057, %R
	%1062 = icmp slt i32 %1060, %T
	%1063 = and i1 %1061, %1062
	%1064 = mul i32 %1057, 8
	%1065 = add i32 %1064, 7
	%1066 = sub i32 %N, %M
	%1067 = add i32 %1065, %1066
	%1068 = icmp slt i32 %1067, 0
	%1069 = sub i32 0, %1067
	%1070 = add i32 %1069, 7
	%1071 = sdiv i32 %1070, 8
	%1072 = sub i32 0, %1071
	%1073 = sdiv i32 %1067, 8
	%1074 = select i1 %1068, i32 %1072, i32 %1073
	%1075 = icmp sle i32 %1060, %1074
	%1076 = and i1 %1063, %1075
	%1077 = fmul float %109, 0x3F97154760000000
	%1078 = select i1 %1076, float %1077, float 0xFFF0000000000000
	%1079 = mul i32 %4, 16
	%1080 = add i32 %6, 8
	%1081 = add i32 %1079, %1080
	%1082 = add i32 %3, %1081
	%1083 = shl i32 %7, 1
	%1084 = add i32 40, %1083
	%1085 = add i32 %73, %1084
	%1086 = icmp slt i32 %1082, %R
	%1087 = icmp slt i32 %1085, %T
	%1088 = and i1 %1086, %1087
	%1089 = mul i32 %1082, 8
	%1090 = add i32 %1089, 7
	%1091 = sub i32 %N, %M
	%1092 = add i32 %1090, %1091
	%1093 = icmp slt i32 %1092, 0
	%1094 = sub i32 0, %1092
	%1095 = add i32 %1094, 7
	%1096 = sdiv i32 %1095, 8
	%1097 = sub i32 0, %1096
	%1098 = sdiv i32 %1092, 8
	%1099 = select i1 %1093, i32 %1097, i32 %1098
	%1100 = icmp sle i32 %1085, %1099
	%1101 = and i1 %1088, %1100
	%1102 = fmul float %110, 0x3F97154760000000
	%1103 = select i1 %1101, float %1102, float 0xFFF0000000000000
	%1104 = mul i32 %4, 16
	%1105 = add i32 %6, 8
	%1106 = add i32 %1104, %1105
	%1107 = add i32 %3, %1106
	%1108 = shl i32 %7, 1
	%1109 = add i32 41, %1108
	%1110 = add i32 %73, %1109
	%1111 = icmp slt i32 %1107, %R
	%1112 = icmp slt i32 %1110, %T
	%1113 = and i1 %1111, %1112
	%1114 = mul i32 %1107, 8
	%1115 = add i32 %1114, 7
	%1116 = sub i32 %N, %M
	%1117 = add i32 %1115, %1116
	%1118 = icmp slt i32 %1117, 0
	%1119 = sub i32 0, %1117
	%1120 = add i32 %1119, 7
	%1121 = sdiv i32 %1120, 8
	%1122 = sub i32 0, %1121
	%1123 = sdiv i32 %1117, 8
	%1124 = select i1 %1118, i32 %1122, i32 %1123
	%1125 = icmp sle i32 %1110, %1124
	%1126 = and i1 %1113, %1125
	%1127 = fmul float %111, 0x3F97154760000000
	%1128 = select i1 %1126, float %1127, float 0xFFF0000000000000
	%1129 = mul i32 %4, 16
	%1130 = add i32 %6, 0
	%1131 = add i32 %1129, %1130
	%1132 = add i32 %3, %1131
	%1133 = shl i32 %7, 1
	%1134 = add i32 48, %1133
	%1135 = add i32 %73, %1134
	%1136 = icmp slt i32 %1132, %R
	%1137 = icmp slt i32 %1135, %T
	%1138 = and i1 %1136, %1137
	%1139 = mul i32 %1132, 8
	%1140 = add i32 %1139, 7
	%1141 = sub i32 %N, %M
	%1142 = add i32 %1140, %1141
	%1143 = icmp slt i32 %1142, 0
	%1144 = sub i32 0, %1142
	%1145 = add i32 %1144, 7
	%1146 = sdiv i32 %1145, 8
	%1147 = sub i32 0, %1146
	%1148 = sdiv i32 %1142, 8
	%1149 = select i1 %1143, i32 %1147, i32 %1148
	%1150 = icmp sle i32 %1135, %1149
	%1151 = and i1 %1138, %1150
	%1152 = fmul float %112, 0x3F97154760000000
	%1153 = select i1 %1151, float %1152, float 0xFFF0000000000000
	%1154 = mul i32 %4, 16
	%1155 = add i32 %6, 0
	%1156 = add i32 %1154, %1155
	%1157 = add i32 %3, %1156
	%1158 = shl i32 %7, 1
	%1159 = add i32 49, %1158
	%1160 = add i32 %73, %1159
	%1161 = icmp slt i32 %1157, %R
	%1162 = icmp slt i32 %1160, %T
	%1163 = and i1 %1161, %1162
	%1164 = mul i32 %1157, 8
	%1165 = add i32 %1164, 7
	%1166 = sub i32 %N, %M
	%1167 = add i32 %1165, %1166
	%1168 = icmp slt i32 %1167, 0
	%1169 = sub i32 0, %1167
	%1170 = add i32 %1169, 7
	%1171 = sdiv i32 %1170, 8
	%1172 = sub i32 0, %1171
	%1173 = sdiv i32 %1167, 8
	%1174 = select i1 %1168, i32 %1172, i32 %1173
	%1175 = icmp sle i32 %1160, %1174
	%1176 = and i1 %1163, %1175
	%1177 = fmul float %113, 0x3F97154760000000
	%1178 = select i1 %1176, float %1177, float 0xFFF0000000000000
	%1179 = mul i32 %4, 16
	%1180 = add i32 %6, 8
	%1181 = add i32 %1179, %1180
	%1182 = add i32 %3, %1181
	%1183 = shl i32 %7, 1
	%1184 = add i32 48, %1183
	%1185 = add i32 %73, %1184
	%1186 = icmp slt i32 %1182, %R
	%1187 = icmp slt i32 %1185, %T
	%1188 = and i1 %1186, %1187
	%1189 = mul i32 %1182, 8
	%1190 = add i32 %1189, 7
	%1191 = sub i32 %N, %M
	%1192 = add i32 %1190, %1191
	%1193 = icmp slt i32 %1192, 0
	%1194 = sub i32 0, %1192
	%1195 = add i32 %1194, 7
	%1196 = sdiv i32 %1195, 8
	%1197 = sub i32 0, %1196
	%1198 = sdiv i32 %1192, 8
	%1199 = select i1 %1193, i32 %1197, i32 %1198
	%1200 = icmp sle i32 %1185, %1199
	%1201 = and i1 %1188, %1200
	%1202 = fmul float %114, 0x3F97154760000000
	%1203 = select i1 %1201, float %1202, float 0xFFF0000000000000
	%1204 = mul i32 %4, 16
	%1205 = add i32 %6, 8
	%1206 = add i32 %1204, %1205
	%1207 = add i32 %3, %1206
	%1208 = shl i32 %7, 1
	%1209 = add i32 49, %1208
	%1210 = add i32 %73, %1209
	%1211 = icmp slt i32 %1207, %R
	%1212 = icmp slt i32 %1210, %T
	%1213 = and i1 %1211, %1212
	%1214 = mul i32 %1207, 8
	%1215 = add i32 %1214, 7
	%1216 = sub i32 %N, %M
	%1217 = add i32 %1215, %1216
	%1218 = icmp slt i32 %1217, 0
	%1219 = sub i32 0, %1217
	%1220 = add i32 %1219, 7
	%1221 = sdiv i32 %1220, 8
	%1222 = sub i32 0, %1221
	%1223 = sdiv i32 %1217, 8
	%1224 = select i1 %1218, i32 %1222, i32 %1223
	%1225 = icmp sle i32 %1210, %1224
	%1226 = and i1 %1213, %1225
	%1227 = fmul float %115, 0x3F97154760000000
	%1228 = select i1 %1226, float %1227, float 0xFFF0000000000000
	%1229 = mul i32 %4, 16
	%1230 = add i32 %6, 0
	%1231 = add i32 %1229, %1230
	%1232 = add i32 %3, %1231
	%1233 = shl i32 %7, 1
	%1234 = add i32 56, %1233
	%1235 = add i32 %73, %1234
	%1236 = icmp slt i32 %1232, %R
	%1237 = icmp slt i32 %1235, %T
	%1238 = and i1 %1236, %1237
	%1239 = mul i32 %1232, 8
	%1240 = add i32 %1239, 7
	%1241 = sub i32 %N, %M
	%1242 = add i32 %1240, %1241
	%1243 = icmp slt i32 %1242, 0
	%1244 = sub i32 0, %1242
	%1245 = add i32 %1244, 7
	%1246 = sdiv i32 %1245, 8
	%1247 = sub i32 0, %1246
	%1248 = sdiv i32 %1242, 8
	%1249 = select i1 %1243, i32 %1247, i32 %1248
	%1250 = icmp sle i32 %1235, %1249
	%1251 = and i1 %1238, %1250
	%1252 = fmul float %116, 0x3F97154760000000
	%1253 = select i1 %1251, float %1252, float 0xFFF0000000000000
	%1254 = mul i32 %4, 16
	%1255 = add i32 %6, 0
	%1256 = add i32 %1254, %1255
	%1257 = add i32 %3, %1256
	%1258 = shl i32 %7, 1
	%1259 = add i32 57, %1258
	%1260 = add i32 %73, %1259
	%1261 = icmp slt i32 %1257, %R
	%1262 = icmp slt i32 %1260, %T
	%1263 = and i1 %1261, %1262
	%1264 = mul i32 %1257, 8
	%1265 = add i32 %1264, 7
	%1266 = sub i32 %N, %M
	%1267 = add i32 %1265, %1266
	%1268 = icmp slt i32 %1267, 0
	%1269 = sub i32 0, %1267
	%1270 = add i32 %1269, 7
	%1271 = sdiv i32 %1270, 8
	%1272 = sub i32 0, %1271
	%1273 = sdiv i32 %1267, 8
	%1274 = select i1 %1268, i32 %1272, i32 %1273
	%1275 = icmp sle i32 %1260, %1274
	%1276 = and i1 %1263, %1275
	%1277 = fmul float %117, 0x3F97154760000000
	%1278 = select i1 %1276, float %1277, float 0xFFF0000000000000
	%1279 = mul i32 %4, 16
	%1280 = add i32 %6, 8
	%1281 = add i32 %1279, %1280
	%1282 = add i32 %3, %1281
	%1283 = shl i32 %7, 1
	%1284 = add i32 56, %1283
	%1285 = add i32 %73, %1284
	%1286 = icmp slt i32 %1282, %R
	%1287 = icmp slt i32 %1285, %T
	%1288 = and i1 %1286, %1287
	%1289 = mul i32 %1282, 8
	%1290 = add i32 %1289, 7
	%1291 = sub i32 %N, %M
	%1292 = add i32 %1290, %1291
	%1293 = icmp slt i32 %1292, 0
	%1294 = sub i32 0, %1292
	%1295 = add i32 %1294, 7
	%1296 = sdiv i32 %1295, 8
	%1297 = sub i32 0, %1296
	%1298 = sdiv i32 %1292, 8
	%1299 = select i1 %1293, i32 %1297, i32 %1298
	%1300 = icmp sle i32 %1285, %1299
	%1301 = and i1 %1288, %1300
	%1302 = fmul float %118, 0x3F97154760000000
	%1303 = select i1 %1301, float %1302, float 0xFFF0000000000000
	%1304 = mul i32 %4, 16
	%1305 = add i32 %6, 8
	%1306 = add i32 %1304, %1305
	%1307 = add i32 %3, %1306
	%1308 = shl i32 %7, 1
	%1309 = add i32 57, %1308
	%1310 = add i32 %73, %1309
	%1311 = icmp slt i32 %1307, %R
	%1312 = icmp slt i32 %1310, %T
	%1313 = and i1 %1311, %1312
	%1314 = mul i32 %1307, 8
	%1315 = add i32 %1314, 7
	%1316 = sub i32 %N, %M
	%1317 = add i32 %1315, %1316
	%1318 = icmp slt i32 %1317, 0
	%1319 = sub i32 0, %1317
	%1320 = add i32 %1319, 7
	%1321 = sdiv i32 %1320, 8
	%1322 = sub i32 0, %1321
	%1323 = sdiv i32 %1317, 8
	%1324 = select i1 %1318, i32 %1322, i32 %1323
	%1325 = icmp sle i32 %1310, %1324
	%1326 = and i1 %1313, %1325
	%1327 = fmul float %119, 0x3F97154760000000
	%1328 = select i1 %1326, float %1327, float 0xFFF0000000000000
	%1329 = call float @llvm.nvvm.fmax.f(float %553, float %578)
	%1330 = call float @llvm.nvvm.fmax.f(float %653, float %678)
	%1331 = call float @llvm.nvvm.fmax.f(float %753, float %778)
	%1332 = call float @llvm.nvvm.fmax.f(float %853, float %878)
	%1333 = call float @llvm.nvvm.fmax.f(float %953, float %978)
	%1334 = call float @llvm.nvvm.fmax.f(float %1053, float %1078)
	%1335 = call float @llvm.nvvm.fmax.f(float %1153, float %1178)
	%1336 = call float @llvm.nvvm.fmax.f(float %1253, float %1278)
	%1337 = call float @llvm.nvvm.fmax.f(float %1329, float %1330)
	%1338 = call float @llvm.nvvm.fmax.f(float %1331, float %1332)
	%1339 = call float @llvm.nvvm.fmax.f(float %1333, float %1334)
	%1340 = call float @llvm.nvvm.fmax.f(float %1335, float %1336)
	%1341 = call float @llvm.nvvm.fmax.f(float %1337, float %1338)
	%1342 = call float @llvm.nvvm.fmax.f(float %1339, float %1340)
	%1343 = call float @llvm.nvvm.fmax.f(float %1341, float %1342)
	%1344 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1343, i32 1, i32 31)
	%1345 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1345, i32 2, i32 31)
	%1347 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1348 = call float @llvm.nvvm.fmax.f(float %67, float %1347)
	%1349 = fcmp oeq float %1348, 0xFFF0000000000000
	%1350 = select i1 %1349, float 0.0, float %1348
	%1351 = fsub float %553, %1350
	%1352 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1351)
	%1353 = fsub float %578, %1350
	%1354 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1353)
	%1355 = fsub float %653, %1350
	%1356 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1355)
	%1357 = fsub float %678, %1350
	%1358 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1357)
	%1359 = fsub float %753, %1350
	%1360 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1359)
	%1361 = fsub float %778, %1350
	%1362 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1361)
	%1363 = fsub float %853, %1350
	%1364 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1363)
	%1365 = fsub float %878, %1350
	%1366 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1365)
	%1367 = fsub float %953, %1350
	%1368 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1367)
	%1369 = fsub float %978, %1350
	%1370 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1369)
	%1371 = fsub float %1053, %1350
	%1372 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1371)
	%1373 = fsub float %1078, %1350
	%1374 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1373)
	%1375 = fsub float %1153, %1350
	%1376 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1375)
	%1377 = fsub float %1178, %1350
	%1378 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1377)
	%1379 = fsub float %1253, %1350
	%1380 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1379)
	%1381 = fsub float %1278, %1350
	%1382 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1381)
	%1383 = fadd float %1352, %1354
	%1384 = fadd float %1356, %1358
	%1385 = fadd float %1360, %1362
	%1386 = fadd float %1364, %1366
	%1387 = fadd float %1368, %1370
	%1388 = fadd float %1372, %1374
	%1389 = fadd float %1376, %1378
	%1390 = fadd float %1380, %1382
	%1391 = fadd float %1383, %1384
	%1392 = fadd float %1385, %1386
	%1393 = fadd float %1387, %1388
	%1394 = fadd float %1389, %1390
	%1395 = fadd float %1391, %1392
	%1396 = fadd float %1393, %1394
	%1397 = fadd float %1395, %1396
	%1398 = fsub float %67, %1350
	%1399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1398)
	%1400 = fmul float %69, %1399
	%1401 = fadd float %1400, %1397
	%1402 = fadd float %1352, %1354
	%1403 = fadd float %1356, %1358
	%1404 = fadd float %1360, %1362
	%1405 = fadd float %1364, %1366
	%1406 = fadd float %1368, %1370
	%1407 = fadd float %1372, %1374
	%1408 = fadd float %1376, %1378
	%1409 = fadd float %1380, %1382
	%1410 = call float @llvm.nvvm.fmax.f(float %603, float %628)
	%1411 = call float @llvm.nvvm.fmax.f(float %703, float %728)
	%1412 = call float @llvm.nvvm.fmax.f(float %803, float %828)
	%1413 = call float @llvm.nvvm.fmax.f(float %903, float %928)
	%1414 = call float @llvm.nvvm.fmax.f(float %1003, float %1028)
	%1415 = call float @llvm.nvvm.fmax.f(float %1103, float %1128)
	%1416 = call float @llvm.nvvm.fmax.f(float %1203, float %1228)
	%1417 = call float @llvm.nvvm.fmax.f(float %1303, float %1328)
	%1418 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1419 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1420 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1421 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1422 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1423 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1424 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1425 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1424, i32 1, i32 31)
	%1426 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1427 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1426, i32 2, i32 31)
	%1428 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1429 = call float @llvm.nvvm.fmax.f(float %68, float %1428)
	%1430 = fcmp oeq float %1429, 0xFFF0000000000000
	%1431 = select i1 %1430, float 0.0, float %1429
	%1432 = fsub float %603, %1431
	%1433 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1432)
	%1434 = fsub float %628, %1431
	%1435 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1434)
	%1436 = fsub float %703, %1431
	%1437 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1436)
	%1438 = fsub float %728, %1431
	%1439 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1438)
	%1440 = fsub float %803, %1431
	%1441 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1440)
	%1442 = fsub float %828, %1431
	%1443 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1442)
	%1444 = fsub float %903, %1431
	%1445 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1444)
	%1446 = fsub float %928, %1431
	%1447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1446)
	%1448 = fsub float %1003, %1431
	%1449 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1448)
	%1450 = fsub float %1028, %1431
	%1451 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1450)
	%1452 = fsub float %1103, %1431
	%1453 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1452)
	%1454 = fsub float %1128, %1431
	%1455 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1454)
	%1456 = fsub float %1203, %1431
	%1457 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1456)
	%1458 = fsub float %1228, %1431
	%1459 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1458)
	%1460 = fsub float %1303, %1431
	%1461 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1460)
	%1462 = fsub float %1328, %1431
	%1463 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1462)
	%1464 = fadd float %1433, %1435
	%1465 = fadd float %1437, %1439
	%1466 = fadd float %1441, %1443
	%1467 = fadd float %1445, %1447
	%1468 = fadd float %1449, %1451
	%1469 = fadd float %1453, %1455
	%1470 = fadd float %1457, %1459
	%1471 = fadd float %1461, %1463
	%1472 = fadd float %1464, %1465
	%1473 = fadd float %1466, %1467
	%1474 = fadd float %1468, %1469
	%1475 = fadd float %1470, %1471
	%1476 = fadd float %1472, %1473
	%1477 = fadd float %1474, %1475
	%1478 = fadd float %1476, %1477
	%1479 = fsub float %68, %1431
	%1480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1479)
	%1481 = fmul float %70, %1480
	%1482 = fadd float %1481, %1478
	%1483 = fadd float %1433, %1435
	%1484 = fadd float %1437, %1439
	%1485 = fadd float %1441, %1443
	%1486 = fadd float %1445, %1447
	%1487 = fadd float %1449, %1451
	%1488 = fadd float %1453, %1455
	%1489 = fadd float %1457, %1459
	%1490 = fadd float %1461, %1463
	%1491 = sext i32 %R to i64
	%1492 = mul i32 %4, 16
	%1493 = add i32 %6, 0
	%1494 = add i32 %1492, %1493
	%1495 = add i32 %3, %1494
	%1496 = icmp slt i32 %1495, %R
	%1497 = mul i32 %1, %18
	%1498 = add i32 %1497, %66
	%1499 = sext i32 %1498 to i64
	%1500 = mul i64 %1499, %1491
	%1501 = sext i32 %1495 to i64
	%1502 = add i64 %1500, %1501
	%1503 = icmp eq i32 %7, 0
	%1504 = and i1 %1496, %1503
	br i1 %1504, label %1505, label %1507

1505:
	%1506 = getelementptr float, float* %mx, i64 %1502
	store float %1350, float* %1506
	br label %1507

1507:
	%1508 = mul i32 %4, 16
	%1509 = add i32 %6, 8
	%1510 = add i32 %1508, %1509
	%1511 = add i32 %3, %1510
	%1512 = icmp slt i32 %1511, %R
	%1513 = mul i32 %1, %18
	%1514 = add i32 %1513, %66
	%1515 = sext i32 %1514 to i64
	%1516 = mul i64 %1515, %1491
	%1517 = sext i32 %1511 to i64
	%1518 = add i64 %1516, %1517
	%1519 = icmp eq i32 %7, 0
	%1520 = and i1 %1512, %1519
	br i1 %1520, label %1521, label %1523

1521:
	%1522 = getelementptr float, float* %mx, i64 %1518
	store float %1431, float* %1522
	br label %1523

1523:
	%1524 = and i32 %7, 1
	%1525 = icmp ne i32 %1524, 0
	%1526 = select i1 %1525, float %1403, float %1402
	%1527 = select i1 %1525, float %1402, float %1403
	%1528 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1527, i32 1, i32 31)
	%1529 = fadd float %1526, %1528
	%1530 = select i1 %1525, float %1405, float %1404
	%1531 = select i1 %1525, float %1404, float %1405
	%1532 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1531, i32 1, i32 31)
	%1533 = fadd float %1530, %1532
	%1534 = select i1 %1525, float %1407, float %1406
	%1535 = select i1 %1525, float %1406, float %1407
	%1536 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1535, i32 1, i32 31)
	%1537 = fadd float %1534, %1536
	%1538 = select i1 %1525, float %1409, float %1408
	%1539 = select i1 %1525, float %1408, float %1409
	%1540 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1539, i32 1, i32 31)
	%1541 = fadd float %1538, %1540
	%1542 = select i1 %1525, float %1484, float %1483
	%1543 = select i1 %1525, float %1483, float %1484
	%1544 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1543, i32 1, i32 31)
	%1545 = fadd float %1542, %1544
	%1546 = select i1 %1525, float %1486, float %1485
	%1547 = select i1 %1525, float %1485, float %1486
	%1548 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1547, i32 1, i32 31)
	%1549 = fadd float %1546, %1548
	%1550 = select i1 %1525, float %1488, float %1487
	%1551 = select i1 %1525, float %1487, float %1488
	%1552 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1551, i32 1, i32 31)
	%1553 = fadd float %1550, %1552
	%1554 = select i1 %1525, float %1490, float %1489
	%1555 = select i1 %1525, float %1489, float %1490
	%1556 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1555, i32 1, i32 31)
	%1557 = fadd float %1554, %1556
	%1558 = and i32 %7, 2
	%1559 = icmp ne i32 %1558, 0
	%1560 = select i1 %1559, float %1533, float %1529
	%1561 = select i1 %1559, float %1529, float %1533
	%1562 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1561, i32 2, i32 31)
	%1563 = fadd float %1560, %1562
	%1564 = select i1 %1559, float %1541, float %1537
	%1565 = select i1 %1559, float %1537, float %1541
	%1566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1565, i32 2, i32 31)
	%1567 = fadd float %1564, %1566
	%1568 = select i1 %1559, float %1549, float %1545
	%1569 = select i1 %1559, float %1545, float %1549
	%1570 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1569, i32 2, i32 31)
	%1571 = fadd float %1568, %1570
	%1572 = select i1 %1559, float %1557, float %1553
	%1573 = select i1 %1559, float %1553, float %1557
	%1574 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1573, i32 2, i32 31)
	%1575 = fadd float %1572, %1574
	%1576 = add i32 0, %7
	%1577 = sub i32 %1576, 0
	%1578 = sdiv i32 %73, 8
	%1579 = add i32 %1578, %1577
	%1580 = and i1 true, %1496
	%1581 = icmp slt i32 %1579, %NK
	%1582 = and i1 %1580, %1581
	%1583 = mul i32 %1, %NK
	%1584 = add i32 %1583, %1579
	%1585 = sext i32 %1584 to i64
	%1586 = mul i64 %1585, %1491
	%1587 = mul i32 %4, 16
	%1588 = add i32 %6, 0
	%1589 = add i32 %1587, %1588
	%1590 = add i32 %3, %1589
	%1591 = sext i32 %1590 to i64
	%1592 = add i64 %1586, %1591
	br i1 %1582, label %1593, label %1595

1593:
	%1594 = getelementptr float, float* %part, i64 %1592
	store float %1563, float* %1594
	br label %1595

1595:
	%1596 = add i32 4, %7
	%1597 = sub i32 %1596, 0
	%1598 = sdiv i32 %73, 8
	%1599 = add i32 %1598, %1597
	%1600 = and i1 true, %1496
	%1601 = icmp slt i32 %1599, %NK
	%1602 = and i1 %1600, %1601
	%1603 = mul i32 %1, %NK
	%1604 = add i32 %1603, %1599
	%1605 = sext i32 %1604 to i64
	%1606 = mul i64 %1605, %1491
	%1607 = mul i32 %4, 16
	%1608 = add i32 %6, 0
	%1609 = add i32 %1607, %1608
	%1610 = add i32 %3, %1609
	%1611 = sext i32 %1610 to i64
	%1612 = add i64 %1606, %1611
	br i1 %1602, label %1613, label %1615

1613:
	%1614 = getelementptr float, float* %part, i64 %1612
	store float %1567, float* %1614
	br label %1615

1615:
	%1616 = add i32 8, %7
	%1617 = sub i32 %1616, 8
	%1618 = sdiv i32 %73, 8
	%1619 = add i32 %1618, %1617
	%1620 = and i1 true, %1512
	%1621 = icmp slt i32 %1619, %NK
	%1622 = and i1 %1620, %1621
	%1623 = mul i32 %1, %NK
	%1624 = add i32 %1623, %1619
	%1625 = sext i32 %1624 to i64
	%1626 = mul i64 %1625, %1491
	%1627 = mul i32 %4, 16
	%1628 = add i32 %6, 8
	%1629 = add i32 %1627, %1628
	%1630 = add i32 %3, %1629
	%1631 = sext i32 %1630 to i64
	%1632 = add i64 %1626, %1631
	br i1 %1622, label %1633, label %1635

1633:
	%1634 = getelementptr float, float* %part, i64 %1632
	store float %1571, float* %1634
	br label %1635

1635:
	%1636 = add i32 12, %7
	%1637 = sub i32 %1636, 8
	%1638 = sdiv i32 %73, 8
	%1639 = add i32 %1638, %1637
	%1640 = and i1 true, %1512
	%1641 = icmp slt i32 %1639, %NK
	%1642 = and i1 %1640, %1641
	%1643 = mul i32 %1, %NK
	%1644 = add i32 %1643, %1639
	%1645 = sext i32 %1644 to i64
	%1646 = mul i64 %1645, %1491
	%1647 = mul i32 %4, 16
	%1648 = add i32 %6, 8
	%1649 = add i32 %1647, %1648
	%1650 = add i32 %3, %1649
	%1651 = sext i32 %1650 to i64
	%1652 = add i64 %1646, %1651
	br i1 %1642, label %1653, label %1655

1653:
	%1654 = getelementptr float, float* %part, i64 %1652
	store float %1575, float* %1654
	br label %1655

1655:
	%1656 = add i32 %66, 1
	br label %65

1657:
	%1658 = mul i32 %1, %R
	%1659 = add i32 %1658, %82
	%1660 = mul i32 %1659, 2
	%1661 = add i32 %1660, 0
	%1662 = sext i32 %1661 to i64
	%1663 = getelementptr float, float* %stats, i64 %1662
	store float %67, float* %1663
	%1664 = mul i32 %1, %R
	%1665 = add i32 %1664, %82
	%1666 = mul i32 %1665, 2
	%1667 = add i32 %1666, 1
	%1668 = sext i32 %1667 to i64
	%1669 = getelementptr float, float* %stats, i64 %1668
	store float %78, float* %1669
	br label %1670

1670:
	%1671 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%1672 = fadd float %70, %1671
	%1673 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1672, i32 2, i32 31)
	%1674 = fadd float %1672, %1673
	%1675 = mul i32 %4, 16
	%1676 = add i32 %6, 8
	%1677 = add i32 %1675, %1676
	%1678 = add i32 %3, %1677
	%1679 = icmp slt i32 %1678, %R
	%1680 = icmp eq i32 %7, 0
	%1681 = and i1 %1679, %1680
	br i1 %1681, label %1682, label %1695

1682:
	%1683 = mul i32 %1, %R
	%1684 = add i32 %1683, %1678
	%1685 = mul i32 %1684, 2
	%1686 = add i32 %1685, 0
	%1687 = sext i32 %1686 to i64
	%1688 = getelementptr float, float* %stats, i64 %1687
	store float %68, float* %1688
	%1689 = mul i32 %1, %R
	%1690 = add i32 %1689, %1678
	%1691 = mul i32 %1690, 2
	%1692 = add i32 %1691, 1
	%1693 = sext i32 %1692 to i64
	%1694 = getelementptr float, float* %stats, i64 %1693
	store float %1674, float* %1694
	br label %1695

1695:
	ret void
}

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @xattn_admass0(float* %stats, float* %part, float* %mx, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %M, i32 %R, i32 %T) {
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
	%23 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 %0
	store float %22, float addrspace(3)* %23
	%24 = fdiv float 1.0, %19
	%25 = select i1 %21, float %24, float 0.0
	%26 = add i32 %0, 8
	%27 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 %26
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
	%40 = add i32 %T, 63
	%41 = sdiv i32 %40, 64
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
	%81 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 0
	%82 = load float, float addrspace(3)* %81
	%83 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 8
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
	%100 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 1
	%101 = load float, float addrspace(3)* %100
	%102 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 9
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
	%119 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 2
	%120 = load float, float addrspace(3)* %119
	%121 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 10
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
	%138 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 3
	%139 = load float, float addrspace(3)* %138
	%140 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 11
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
	%157 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 4
	%158 = load float, float addrspace(3)* %157
	%159 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 12
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
	%176 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 5
	%177 = load float, float addrspace(3)* %176
	%178 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 13
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
	%195 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 6
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 14
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
	%214 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 7
	%215 = load float, float addrspace(3)* %214
	%216 = getelementptr [16 x float], [16 x float] addrspace(3)* @xattn_admass0_rows, i32 0, i32 15
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

define ptx_kernel void @xattn_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @xattn_attn2_smem to i32
	%1 = add i32 %0, u0x2000
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
	%130 = mul i32 %49, 64
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
	%157 = add i32 %139, 32
	%158 = icmp slt i32 %157, %N
	%159 = getelementptr i16, i16* %144, i64 2048
	%160 = select i1 %158, i16* %159, i16* %32
	%161 = add i32 %138, u0x1000
	%162 = select i1 %158, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %161, i16* %160, i32 %162)
	%163 = add i32 %139, 48
	%164 = icmp slt i32 %163, %N
	%165 = getelementptr i16, i16* %144, i64 3072
	%166 = select i1 %164, i16* %165, i16* %32
	%167 = add i32 %138, 6144
	%168 = select i1 %164, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %167, i16* %166, i32 %168)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%169 = phi i32 [ 0, %prologue ], [ %1241, %pv ]
	%170 = phi i32 [ %49, %prologue ], [ %1248, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %1528, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %1529, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %1530, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %1531, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %1533, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %1534, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %1535, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %1536, %pv ]
	%179 = phi float [ 0.0, %prologue ], [ %1545, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %1546, %pv ]
	%181 = phi float [ 0.0, %prologue ], [ %1547, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %1548, %pv ]
	%183 = phi float [ 0.0, %prologue ], [ %1550, %pv ]
	%184 = phi float [ 0.0, %prologue ], [ %1551, %pv ]
	%185 = phi float [ 0.0, %prologue ], [ %1552, %pv ]
	%186 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1562, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1563, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1564, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1565, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1567, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1568, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1569, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1570, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1579, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1580, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1581, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1582, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1584, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1585, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1586, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1587, %pv ]
	%203 = phi float [ 0xFFF0000000000000, %prologue ], [ %1137, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1188, %pv ]
	%205 = phi float [ 0xFFF0000000000000, %prologue ], [ %1189, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1240, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%207 = mul i32 %170, 64
	%208 = lshr i32 %2, 3
	%209 = and i32 %2, 7
	%210 = and i32 %208, 7
	%211 = xor i32 %209, %210
	%212 = mul i32 %208, 8
	%213 = add i32 %212, %211
	%214 = shl i32 %213, 4
	%215 = add i32 %1, %214
	%216 = add i32 %207, %208
	%217 = mul i32 %216, 64
	%218 = mul i32 %209, 8
	%219 = add i32 %217, %218
	%220 = sext i32 %219 to i64
	%221 = getelementptr i16, i16* %36, i64 %220
	%222 = add i32 %216, 0
	%223 = icmp slt i32 %222, %N
	%224 = getelementptr i16, i16* %221, i64 0
	%225 = select i1 %223, i16* %224, i16* %36
	%226 = add i32 %215, 0
	%227 = select i1 %223, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %225, i32 %227)
	%228 = add i32 %216, 16
	%229 = icmp slt i32 %228, %N
	%230 = getelementptr i16, i16* %221, i64 1024
	%231 = select i1 %229, i16* %230, i16* %36
	%232 = add i32 %215, 2048
	%233 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %232, i16* %231, i32 %233)
	%234 = add i32 %216, 32
	%235 = icmp slt i32 %234, %N
	%236 = getelementptr i16, i16* %221, i64 2048
	%237 = select i1 %235, i16* %236, i16* %36
	%238 = add i32 %215, u0x1000
	%239 = select i1 %235, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %238, i16* %237, i32 %239)
	%240 = add i32 %216, 48
	%241 = icmp slt i32 %240, %N
	%242 = getelementptr i16, i16* %221, i64 3072
	%243 = select i1 %241, i16* %242, i16* %36
	%244 = add i32 %215, 6144
	%245 = select i1 %241, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %244, i16* %243, i32 %245)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%246 = and i32 %4, 7
	%247 = shl i32 %96, 3
	%248 = add i32 %246, %247
	%249 = lshr i32 %4, 3
	%250 = and i32 %249, 1
	%251 = mul i32 %248, 128
	%252 = add i32 %0, %251
	%253 = and i32 %4, 7
	%254 = xor i32 %250, %253
	%255 = shl i32 %254, 4
	%256 = add i32 %252, %255
	%257 = xor i32 %256, 0
	%258 = add i32 %257, 0
	%259 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %258)
	%260 = extractvalue { i32, i32, i32, i32 } %259, 0
	%261 = extractvalue { i32, i32, i32, i32 } %259, 1
	%262 = extractvalue { i32, i32, i32, i32 } %259, 2
	%263 = extractvalue { i32, i32, i32, i32 } %259, 3
	%264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %260, i32 %261, float 0.0, float 0.0, float 0.0, float 0.0)
	%265 = extractvalue { float, float, float, float } %264, 0
	%266 = extractvalue { float, float, float, float } %264, 1
	%267 = extractvalue { float, float, float, float } %264, 2
	%268 = extractvalue { float, float, float, float } %264, 3
	%269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %262, i32 %263, float 0.0, float 0.0, float 0.0, float 0.0)
	%270 = extractvalue { float, float, float, float } %269, 0
	%271 = extractvalue { float, float, float, float } %269, 1
	%272 = extractvalue { float, float, float, float } %269, 2
	%273 = extractvalue { float, float, float, float } %269, 3
	%274 = add i32 %257, 2048
	%275 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %274)
	%276 = extractvalue { i32, i32, i32, i32 } %275, 0
	%277 = extractvalue { i32, i32, i32, i32 } %275, 1
	%278 = extractvalue { i32, i32, i32, i32 } %275, 2
	%279 = extractvalue { i32, i32, i32, i32 } %275, 3
	%280 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %276, i32 %277, float 0.0, float 0.0, float 0.0, float 0.0)
	%281 = extractvalue { float, float, float, float } %280, 0
	%282 = extractvalue { float, float, float, float } %280, 1
	%283 = extractvalue { float, float, float, float } %280, 2
	%284 = extractvalue { float, float, float, float } %280, 3
	%285 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %278, i32 %279, float 0.0, float 0.0, float 0.0, float 0.0)
	%286 = extractvalue { float, float, float, float } %285, 0
	%287 = extractvalue { float, float, float, float } %285, 1
	%288 = extractvalue { float, float, float, float } %285, 2
	%289 = extractvalue { float, float, float, float } %285, 3
	%290 = add i32 %257, u0x1000
	%291 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %290)
	%292 = extractvalue { i32, i32, i32, i32 } %291, 0
	%293 = extractvalue { i32, i32, i32, i32 } %291, 1
	%294 = extractvalue { i32, i32, i32, i32 } %291, 2
	%295 = extractvalue { i32, i32, i32, i32 } %291, 3
	%296 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float 0.0, float 0.0, float 0.0, float 0.0)
	%297 = extractvalue { float, float, float, float } %296, 0
	%298 = extractvalue { float, float, float, float } %296, 1
	%299 = extractvalue { float, float, float, float } %296, 2
	%300 = extractvalue { float, float, float, float } %296, 3
	%301 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %294, i32 %295, float 0.0, float 0.0, float 0.0, float 0.0)
	%302 = extractvalue { float, float, float, float } %301, 0
	%303 = extractvalue { float, float, float, float } %301, 1
	%304 = extractvalue { float, float, float, float } %301, 2
	%305 = extractvalue { float, float, float, float } %301, 3
	%306 = add i32 %257, 6144
	%307 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %306)
	%308 = extractvalue { i32, i32, i32, i32 } %307, 0
	%309 = extractvalue { i32, i32, i32, i32 } %307, 1
	%310 = extractvalue { i32, i32, i32, i32 } %307, 2
	%311 = extractvalue { i32, i32, i32, i32 } %307, 3
	%312 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float 0.0, float 0.0, float 0.0, float 0.0)
	%313 = extractvalue { float, float, float, float } %312, 0
	%314 = extractvalue { float, float, float, float } %312, 1
	%315 = extractvalue { float, float, float, float } %312, 2
	%316 = extractvalue { float, float, float, float } %312, 3
	%317 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %310, i32 %311, float 0.0, float 0.0, float 0.0, float 0.0)
	%318 = extractvalue { float, float, float, float } %317, 0
	%319 = extractvalue { float, float, float, float } %317, 1
	%320 = extractvalue { float, float, float, float } %317, 2
	%321 = extractvalue { float, float, float, float } %317, 3
	%322 = xor i32 %256, 32
	%323 = add i32 %322, 0
	%324 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %323)
	%325 = extractvalue { i32, i32, i32, i32 } %324, 0
	%326 = extractvalue { i32, i32, i32, i32 } %324, 1
	%327 = extractvalue { i32, i32, i32, i32 } %324, 2
	%328 = extractvalue { i32, i32, i32, i32 } %324, 3
	%329 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %265, float %266, float %267, float %268)
	%330 = extractvalue { float, float, float, float } %329, 0
	%331 = extractvalue { float, float, float, float } %329, 1
	%332 = extractvalue { float, float, float, float } %329, 2
	%333 = extractvalue { float, float, float, float } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %327, i32 %328, float %270, float %271, float %272, float %273)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = add i32 %322, 2048
	%340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %339)
	%341 = extractvalue { i32, i32, i32, i32 } %340, 0
	%342 = extractvalue { i32, i32, i32, i32 } %340, 1
	%343 = extractvalue { i32, i32, i32, i32 } %340, 2
	%344 = extractvalue { i32, i32, i32, i32 } %340, 3
	%345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %281, float %282, float %283, float %284)
	%346 = extractvalue { float, float, float, float } %345, 0
	%347 = extractvalue { float, float, float, float } %345, 1
	%348 = extractvalue { float, float, float, float } %345, 2
	%349 = extractvalue { float, float, float, float } %345, 3
	%350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %343, i32 %344, float %286, float %287, float %288, float %289)
	%351 = extractvalue { float, float, float, float } %350, 0
	%352 = extractvalue { float, float, float, float } %350, 1
	%353 = extractvalue { float, float, float, float } %350, 2
	%354 = extractvalue { float, float, float, float } %350, 3
	%355 = add i32 %322, u0x1000
	%356 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %355)
	%357 = extractvalue { i32, i32, i32, i32 } %356, 0
	%358 = extractvalue { i32, i32, i32, i32 } %356, 1
	%359 = extractvalue { i32, i32, i32, i32 } %356, 2
	%360 = extractvalue { i32, i32, i32, i32 } %356, 3
	%361 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %357, i32 %358, float %297, float %298, float %299, float %300)
	%362 = extractvalue { float, float, float, float } %361, 0
	%363 = extractvalue { float, float, float, float } %361, 1
	%364 = extractvalue { float, float, float, float } %361, 2
	%365 = extractvalue { float, float, float, float } %361, 3
	%366 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %359, i32 %360, float %302, float %303, float %304, float %305)
	%367 = extractvalue { float, float, float, float } %366, 0
	%368 = extractvalue { float, float, float, float } %366, 1
	%369 = extractvalue { float, float, float, float } %366, 2
	%370 = extractvalue { float, float, float, float } %366, 3
	%371 = add i32 %322, 6144
	%372 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %371)
	%373 = extractvalue { i32, i32, i32, i32 } %372, 0
	%374 = extractvalue { i32, i32, i32, i32 } %372, 1
	%375 = extractvalue { i32, i32, i32, i32 } %372, 2
	%376 = extractvalue { i32, i32, i32, i32 } %372, 3
	%377 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %373, i32 %374, float %313, float %314, float %315, float %316)
	%378 = extractvalue { float, float, float, float } %377, 0
	%379 = extractvalue { float, float, float, float } %377, 1
	%380 = extractvalue { float, float, float, float } %377, 2
	%381 = extractvalue { float, float, float, float } %377, 3
	%382 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %375, i32 %376, float %318, float %319, float %320, float %321)
	%383 = extractvalue { float, float, float, float } %382, 0
	%384 = extractvalue { float, float, float, float } %382, 1
	%385 = extractvalue { float, float, float, float } %382, 2
	%386 = extractvalue { float, float, float, float } %382, 3
	%387 = xor i32 %256, 64
	%388 = add i32 %387, 0
	%389 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %388)
	%390 = extractvalue { i32, i32, i32, i32 } %389, 0
	%391 = extractvalue { i32, i32, i32, i32 } %389, 1
	%392 = extractvalue { i32, i32, i32, i32 } %389, 2
	%393 = extractvalue { i32, i32, i32, i32 } %389, 3
	%394 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %390, i32 %391, float %330, float %331, float %332, float %333)
	%395 = extractvalue { float, float, float, float } %394, 0
	%396 = extractvalue { float, float, float, float } %394, 1
	%397 = extractvalue { float, float, float, float } %394, 2
	%398 = extractvalue { float, float, float, float } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = add i32 %387, 2048
	%405 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %404)
	%406 = extractvalue { i32, i32, i32, i32 } %405, 0
	%407 = extractvalue { i32, i32, i32, i32 } %405, 1
	%408 = extractvalue { i32, i32, i32, i32 } %405, 2
	%409 = extractvalue { i32, i32, i32, i32 } %405, 3
	%410 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %406, i32 %407, float %346, float %347, float %348, float %349)
	%411 = extractvalue { float, float, float, float } %410, 0
	%412 = extractvalue { float, float, float, float } %410, 1
	%413 = extractvalue { float, float, float, float } %410, 2
	%414 = extractvalue { float, float, float, float } %410, 3
	%415 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float %351, float %352, float %353, float %354)
	%416 = extractvalue { float, float, float, float } %415, 0
	%417 = extractvalue { float, float, float, float } %415, 1
	%418 = extractvalue { float, float, float, float } %415, 2
	%419 = extractvalue { float, float, float, float } %415, 3
	%420 = add i32 %387, u0x1000
	%421 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %420)
	%422 = extractvalue { i32, i32, i32, i32 } %421, 0
	%423 = extractvalue { i32, i32, i32, i32 } %421, 1
	%424 = extractvalue { i32, i32, i32, i32 } %421, 2
	%425 = extractvalue { i32, i32, i32, i32 } %421, 3
	%426 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %422, i32 %423, float %362, float %363, float %364, float %365)
	%427 = extractvalue { float, float, float, float } %426, 0
	%428 = extractvalue { float, float, float, float } %426, 1
	%429 = extractvalue { float, float, float, float } %426, 2
	%430 = extractvalue { float, float, float, float } %426, 3
	%431 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float %367, float %368, float %369, float %370)
	%432 = extractvalue { float, float, float, float } %431, 0
	%433 = extractvalue { float, float, float, float } %431, 1
	%434 = extractvalue { float, float, float, float } %431, 2
	%435 = extractvalue { float, float, float, float } %431, 3
	%436 = add i32 %387, 6144
	%437 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %436)
	%438 = extractvalue { i32, i32, i32, i32 } %437, 0
	%439 = extractvalue { i32, i32, i32, i32 } %437, 1
	%440 = extractvalue { i32, i32, i32, i32 } %437, 2
	%441 = extractvalue { i32, i32, i32, i32 } %437, 3
	%442 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %438, i32 %439, float %378, float %379, float %380, float %381)
	%443 = extractvalue { float, float, float, float } %442, 0
	%444 = extractvalue { float, float, float, float } %442, 1
	%445 = extractvalue { float, float, float, float } %442, 2
	%446 = extractvalue { float, float, float, float } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %440, i32 %441, float %383, float %384, float %385, float %386)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = xor i32 %256, 96
	%453 = add i32 %452, 0
	%454 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %453)
	%455 = extractvalue { i32, i32, i32, i32 } %454, 0
	%456 = extractvalue { i32, i32, i32, i32 } %454, 1
	%457 = extractvalue { i32, i32, i32, i32 } %454, 2
	%458 = extractvalue { i32, i32, i32, i32 } %454, 3
	%459 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %455, i32 %456, float %395, float %396, float %397, float %398)
	%460 = extractvalue { float, float, float, float } %459, 0
	%461 = extractvalue { float, float, float, float } %459, 1
	%462 = extractvalue { float, float, float, float } %459, 2
	%463 = extractvalue { float, float, float, float } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = add i32 %452, 2048
	%470 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %469)
	%471 = extractvalue { i32, i32, i32, i32 } %470, 0
	%472 = extractvalue { i32, i32, i32, i32 } %470, 1
	%473 = extractvalue { i32, i32, i32, i32 } %470, 2
	%474 = extractvalue { i32, i32, i32, i32 } %470, 3
	%475 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %471, i32 %472, float %411, float %412, float %413, float %414)
	%476 = extractvalue { float, float, float, float } %475, 0
	%477 = extractvalue { float, float, float, float } %475, 1
	%478 = extractvalue { float, float, float, float } %475, 2
	%479 = extractvalue { float, float, float, float } %475, 3
	%480 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %416, float %417, float %418, float %419)
	%481 = extractvalue { float, float, float, float } %480, 0
	%482 = extractvalue { float, float, float, float } %480, 1
	%483 = extractvalue { float, float, float, float } %480, 2
	%484 = extractvalue { float, float, float, float } %480, 3
	%485 = add i32 %452, u0x1000
	%486 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %485)
	%487 = extractvalue { i32, i32, i32, i32 } %486, 0
	%488 = extractvalue { i32, i32, i32, i32 } %486, 1
	%489 = extractvalue { i32, i32, i32, i32 } %486, 2
	%490 = extractvalue { i32, i32, i32, i32 } %486, 3
	%491 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %487, i32 %488, float %427, float %428, float %429, float %430)
	%492 = extractvalue { float, float, float, float } %491, 0
	%493 = extractvalue { float, float, float, float } %491, 1
	%494 = extractvalue { float, float, float, float } %491, 2
	%495 = extractvalue { float, float, float, float } %491, 3
	%496 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %432, float %433, float %434, float %435)
	%497 = extractvalue { float, float, float, float } %496, 0
	%498 = extractvalue { float, float, float, float } %496, 1
	%499 = extractvalue { float, float, float, float } %496, 2
	%500 = extractvalue { float, float, float, float } %496, 3
	%501 = add i32 %452, 6144
	%502 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %501)
	%503 = extractvalue { i32, i32, i32, i32 } %502, 0
	%504 = extractvalue { i32, i32, i32, i32 } %502, 1
	%505 = extractvalue { i32, i32, i32, i32 } %502, 2
	%506 = extractvalue { i32, i32, i32, i32 } %502, 3
	%507 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %503, i32 %504, float %443, float %444, float %445, float %446)
	%508 = extractvalue { float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float } %507, 3
	%512 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %505, i32 %506, float %448, float %449, float %450, float %451)
	%513 = extractvalue { float, float, float, float } %512, 0
	%514 = extractvalue { float, float, float, float } %512, 1
	%515 = extractvalue { float, float, float, float } %512, 2
	%516 = extractvalue { float, float, float, float } %512, 3
	%517 = mul i32 %3, 16
	%518 = add i32 %24, %517
	%519 = add i32 %5, 0
	%520 = add i32 %518, %519
	%521 = mul i32 %3, 16
	%522 = add i32 %24, %521
	%523 = add i32 %5, 8
	%524 = add i32 %522, %523
	%525 = sitofp i32 %22 to float
	%526 = add i32 %45, %170
	%527 = sext i32 %526 to i64
	%528 = getelementptr i8, i8* %cls, i64 %527
	%529 = load i8, i8* %528
	%530 = icmp ne i8 %529, 2
	br i1 %530, label %partial, label %softmax

epilogue:
	%531 = phi float [ 0.0, %entry ], [ %1188, %pv ]
	%532 = phi float [ 0.0, %entry ], [ %1240, %pv ]
	%533 = phi i32 [ 0, %entry ], [ %1241, %pv ]
	%534 = phi float [ 0.0, %entry ], [ %1528, %pv ]
	%535 = phi float [ 0.0, %entry ], [ %1529, %pv ]
	%536 = phi float [ 0.0, %entry ], [ %1530, %pv ]
	%537 = phi float [ 0.0, %entry ], [ %1531, %pv ]
	%538 = phi float [ 0.0, %entry ], [ %1533, %pv ]
	%539 = phi float [ 0.0, %entry ], [ %1534, %pv ]
	%540 = phi float [ 0.0, %entry ], [ %1535, %pv ]
	%541 = phi float [ 0.0, %entry ], [ %1536, %pv ]
	%542 = phi float [ 0.0, %entry ], [ %1545, %pv ]
	%543 = phi float [ 0.0, %entry ], [ %1546, %pv ]
	%544 = phi float [ 0.0, %entry ], [ %1547, %pv ]
	%545 = phi float [ 0.0, %entry ], [ %1548, %pv ]
	%546 = phi float [ 0.0, %entry ], [ %1550, %pv ]
	%547 = phi float [ 0.0, %entry ], [ %1551, %pv ]
	%548 = phi float [ 0.0, %entry ], [ %1552, %pv ]
	%549 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1562, %pv ]
	%551 = phi float [ 0.0, %entry ], [ %1563, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1564, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1565, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1567, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1568, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1569, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1570, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1579, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1580, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1581, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1582, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1584, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1585, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1586, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1587, %pv ]
	%566 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %531, i32 1, i32 31)
	%567 = fadd float %531, %566
	%568 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %567, i32 2, i32 31)
	%569 = fadd float %567, %568
	%570 = fcmp ogt float %569, 0.0
	%571 = fdiv float 1.0, %569
	%572 = select i1 %570, float %571, float 0.0
	%573 = mul i32 %3, 16
	%574 = add i32 %24, %573
	%575 = add i32 %5, 0
	%576 = add i32 %574, %575
	%577 = fmul float %534, %572
	%578 = fmul float %535, %572
	%579 = fmul float %538, %572
	%580 = fmul float %539, %572
	%581 = fmul float %542, %572
	%582 = fmul float %543, %572
	%583 = fmul float %546, %572
	%584 = fmul float %547, %572
	%585 = fmul float %550, %572
	%586 = fmul float %551, %572
	%587 = fmul float %554, %572
	%588 = fmul float %555, %572
	%589 = fmul float %558, %572
	%590 = fmul float %559, %572
	%591 = fmul float %562, %572
	%592 = fmul float %563, %572
	%593 = icmp slt i32 %576, %M
	br i1 %593, label %store0, label %stored0

partial:
	%594 = shl i32 %6, 1
	%595 = add i32 0, %594
	%596 = add i32 %207, %595
	%597 = icmp slt i32 %596, %N
	%598 = select i1 %597, i32 %596, i32 0
	%599 = sitofp i32 %520 to float
	%600 = sitofp i32 %598 to float
	%601 = fcmp ole float %600, %599
	%602 = uitofp i1 %601 to float
	%603 = fcmp une float %602, 0.0
	%604 = and i1 %597, %603
	%605 = select i1 %604, float %460, float 0xFFF0000000000000
	%606 = shl i32 %6, 1
	%607 = add i32 1, %606
	%608 = add i32 %207, %607
	%609 = icmp slt i32 %608, %N
	%610 = select i1 %609, i32 %608, i32 0
	%611 = sitofp i32 %520 to float
	%612 = sitofp i32 %610 to float
	%613 = fcmp ole float %612, %611
	%614 = uitofp i1 %613 to float
	%615 = fcmp une float %614, 0.0
	%616 = and i1 %609, %615
	%617 = select i1 %616, float %461, float 0xFFF0000000000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %207, %619
	%621 = icmp slt i32 %620, %N
	%622 = select i1 %621, i32 %620, i32 0
	%623 = sitofp i32 %524 to float
	%624 = sitofp i32 %622 to float
	%625 = fcmp ole float %624, %623
	%626 = uitofp i1 %625 to float
	%627 = fcmp une float %626, 0.0
	%628 = and i1 %621, %627
	%629 = select i1 %628, float %462, float 0xFFF0000000000000
	%630 = shl i32 %6, 1
	%631 = add i32 1, %630
	%632 = add i32 %207, %631
	%633 = icmp slt i32 %632, %N
	%634 = select i1 %633, i32 %632, i32 0
	%635 = sitofp i32 %524 to float
	%636 = sitofp i32 %634 to float
	%637 = fcmp ole float %636, %635
	%638 = uitofp i1 %637 to float
	%639 = fcmp une float %638, 0.0
	%640 = and i1 %633, %639
	%641 = select i1 %640, float %463, float 0xFFF0000000000000
	%642 = shl i32 %6, 1
	%643 = add i32 8, %642
	%644 = add i32 %207, %643
	%645 = icmp slt i32 %644, %N
	%646 = select i1 %645, i32 %644, i32 0
	%647 = sitofp i32 %520 to float
	%648 = sitofp i32 %646 to float
	%649 = fcmp ole float %648, %647
	%650 = uitofp i1 %649 to float
	%651 = fcmp une float %650, 0.0
	%652 = and i1 %645, %651
	%653 = select i1 %652, float %465, float 0xFFF0000000000000
	%654 = shl i32 %6, 1
	%655 = add i32 9, %654
	%656 = add i32 %207, %655
	%657 = icmp slt i32 %656, %N
	%658 = select i1 %657, i32 %656, i32 0
	%659 = sitofp i32 %520 to float
	%660 = sitofp i32 %658 to float
	%661 = fcmp ole float %660, %659
	%662 = uitofp i1 %661 to float
	%663 = fcmp une float %662, 0.0
	%664 = and i1 %657, %663
	%665 = select i1 %664, float %466, float 0xFFF0000000000000
	%666 = shl i32 %6, 1
	%667 = add i32 8, %666
	%668 = add i32 %207, %667
	%669 = icmp slt i32 %668, %N
	%670 = select i1 %669, i32 %668, i32 0
	%671 = sitofp i32 %524 to float
	%672 = sitofp i32 %670 to float
	%673 = fcmp ole float %672, %671
	%674 = uitofp i1 %673 to float
	%675 = fcmp une float %674, 0.0
	%676 = and i1 %669, %675
	%677 = select i1 %676, float %467, float 0xFFF0000000000000
	%678 = shl i32 %6, 1
	%679 = add i32 9, %678
	%680 = add i32 %207, %679
	%681 = icmp slt i32 %680, %N
	%682 = select i1 %681, i32 %680, i32 0
	%683 = sitofp i32 %524 to float
	%684 = sitofp i32 %682 to float
	%685 = fcmp ole float %684, %683
	%686 = uitofp i1 %685 to float
	%687 = fcmp une float %686, 0.0
	%688 = and i1 %681, %687
	%689 = select i1 %688, float %468, float 0xFFF0000000000000
	%690 = shl i32 %6, 1
	%691 = add i32 16, %690
	%692 = add i32 %207, %691
	%693 = icmp slt i32 %692, %N
	%694 = select i1 %693, i32 %692, i32 0
	%695 = sitofp i32 %520 to float
	%696 = sitofp i32 %694 to float
	%697 = fcmp ole float %696, %695
	%698 = uitofp i1 %697 to float
	%699 = fcmp une float %698, 0.0
	%700 = and i1 %693, %699
	%701 = select i1 %700, float %476, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 17, %702
	%704 = add i32 %207, %703
	%705 = icmp slt i32 %704, %N
	%706 = select i1 %705, i32 %704, i32 0
	%707 = sitofp i32 %520 to float
	%708 = sitofp i32 %706 to float
	%709 = fcmp ole float %708, %707
	%710 = uitofp i1 %709 to float
	%711 = fcmp une float %710, 0.0
	%712 = and i1 %705, %711
	%713 = select i1 %712, float %477, float 0xFFF0000000000000
	%714 = shl i32 %6, 1
	%715 = add i32 16, %714
	%716 = add i32 %207, %715
	%717 = icmp slt i32 %716, %N
	%718 = select i1 %717, i32 %716, i32 0
	%719 = sitofp i32 %524 to float
	%720 = sitofp i32 %718 to float
	%721 = fcmp ole float %720, %719
	%722 = uitofp i1 %721 to float
	%723 = fcmp une float %722, 0.0
	%724 = and i1 %717, %723
	%725 = select i1 %724, float %478, float 0xFFF0000000000000
	%726 = shl i32 %6, 1
	%727 = add i32 17, %726
	%728 = add i32 %207, %727
	%729 = icmp slt i32 %728, %N
	%730 = select i1 %729, i32 %728, i32 0
	%731 = sitofp i32 %524 to float
	%732 = sitofp i32 %730 to float
	%733 = fcmp ole float %732, %731
	%734 = uitofp i1 %733 to float
	%735 = fcmp une float %734, 0.0
	%736 = and i1 %729, %735
	%737 = select i1 %736, float %479, float 0xFFF0000000000000
	%738 = shl i32 %6, 1
	%739 = add i32 24, %738
	%740 = add i32 %207, %739
	%741 = icmp slt i32 %740, %N
	%742 = select i1 %741, i32 %740, i32 0
	%743 = sitofp i32 %520 to float
	%744 = sitofp i32 %742 to float
	%745 = fcmp ole float %744, %743
	%746 = uitofp i1 %745 to float
	%747 = fcmp une float %746, 0.0
	%748 = and i1 %741, %747
	%749 = select i1 %748, float %481, float 0xFFF0000000000000
	%750 = shl i32 %6, 1
	%751 = add i32 25, %750
	%752 = add i32 %207, %751
	%753 = icmp slt i32 %752, %N
	%754 = select i1 %753, i32 %752, i32 0
	%755 = sitofp i32 %520 to float
	%756 = sitofp i32 %754 to float
	%757 = fcmp ole float %756, %755
	%758 = uitofp i1 %757 to float
	%759 = fcmp une float %758, 0.0
	%760 = and i1 %753, %759
	%761 = select i1 %760, float %482, float 0xFFF0000000000000
	%762 = shl i32 %6, 1
	%763 = add i32 24, %762
	%764 = add i32 %207, %763
	%765 = icmp slt i32 %764, %N
	%766 = select i1 %765, i32 %764, i32 0
	%767 = sitofp i32 %524 to float
	%768 = sitofp i32 %766 to float
	%769 = fcmp ole float %768, %767
	%770 = uitofp i1 %769 to float
	%771 = fcmp une float %770, 0.0
	%772 = and i1 %765, %771
	%773 = select i1 %772, float %483, float 0xFFF0000000000000
	%774 = shl i32 %6, 1
	%775 = add i32 25, %774
	%776 = add i32 %207, %775
	%777 = icmp slt i32 %776, %N
	%778 = select i1 %777, i32 %776, i32 0
	%779 = sitofp i32 %524 to float
	%780 = sitofp i32 %778 to float
	%781 = fcmp ole float %780, %779
	%782 = uitofp i1 %781 to float
	%783 = fcmp une float %782, 0.0
	%784 = and i1 %777, %783
	%785 = select i1 %784, float %484, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %207, %787
	%789 = icmp slt i32 %788, %N
	%790 = select i1 %789, i32 %788, i32 0
	%791 = sitofp i32 %520 to float
	%792 = sitofp i32 %790 to float
	%793 = fcmp ole float %792, %791
	%794 = uitofp i1 %793 to float
	%795 = fcmp une float %794, 0.0
	%796 = and i1 %789, %795
	%797 = select i1 %796, float %492, float 0xFFF0000000000000
	%798 = shl i32 %6, 1
	%799 = add i32 33, %798
	%800 = add i32 %207, %799
	%801 = icmp slt i32 %800, %N
	%802 = select i1 %801, i32 %800, i32 0
	%803 = sitofp i32 %520 to float
	%804 = sitofp i32 %802 to float
	%805 = fcmp ole float %804, %803
	%806 = uitofp i1 %805 to float
	%807 = fcmp une float %806, 0.0
	%808 = and i1 %801, %807
	%809 = select i1 %808, float %493, float 0xFFF0000000000000
	%810 = shl i32 %6, 1
	%811 = add i32 32, %810
	%812 = add i32 %207, %811
	%813 = icmp slt i32 %812, %N
	%814 = select i1 %813, i32 %812, i32 0
	%815 = sitofp i32 %524 to float
	%816 = sitofp i32 %814 to float
	%817 = fcmp ole float %816, %815
	%818 = uitofp i1 %817 to float
	%819 = fcmp une float %818, 0.0
	%820 = and i1 %813, %819
	%821 = select i1 %820, float %494, float 0xFFF0000000000000
	%822 = shl i32 %6, 1
	%823 = add i32 33, %822
	%824 = add i32 %207, %823
	%825 = icmp slt i32 %824, %N
	%826 = select i1 %825, i32 %824, i32 0
	%827 = sitofp i32 %524 to float
	%828 = sitofp i32 %826 to float
	%829 = fcmp ole float %828, %827
	%830 = uitofp i1 %829 to float
	%831 = fcmp une float %830, 0.0
	%832 = and i1 %825, %831
	%833 = select i1 %832, float %495, float 0xFFF0000000000000
	%834 = shl i32 %6, 1
	%835 = add i32 40, %834
	%836 = add i32 %207, %835
	%837 = icmp slt i32 %836, %N
	%838 = select i1 %837, i32 %836, i32 0
	%839 = sitofp i32 %520 to float
	%840 = sitofp i32 %838 to float
	%841 = fcmp ole float %840, %839
	%842 = uitofp i1 %841 to float
	%843 = fcmp une float %842, 0.0
	%844 = and i1 %837, %843
	%845 = select i1 %844, float %497, float 0xFFF0000000000000
	%846 = shl i32 %6, 1
	%847 = add i32 41, %846
	%848 = add i32 %207, %847
	%849 = icmp slt i32 %848, %N
	%850 = select i1 %849, i32 %848, i32 0
	%851 = sitofp i32 %520 to float
	%852 = sitofp i32 %850 to float
	%853 = fcmp ole float %852, %851
	%854 = uitofp i1 %853 to float
	%855 = fcmp une float %854, 0.0
	%856 = and i1 %849, %855
	%857 = select i1 %856, float %498, float 0xFFF0000000000000
	%858 = shl i32 %6, 1
	%859 = add i32 40, %858
	%860 = add i32 %207, %859
	%861 = icmp slt i32 %860, %N
	%862 = select i1 %861, i32 %860, i32 0
	%863 = sitofp i32 %524 to float
	%864 = sitofp i32 %862 to float
	%865 = fcmp ole float %864, %863
	%866 = uitofp i1 %865 to float
	%867 = fcmp une float %866, 0.0
	%868 = and i1 %861, %867
	%869 = select i1 %868, float %499, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 41, %870
	%872 = add i32 %207, %871
	%873 = icmp slt i32 %872, %N
	%874 = select i1 %873, i32 %872, i32 0
	%875 = sitofp i32 %524 to float
	%876 = sitofp i32 %874 to float
	%877 = fcmp ole float %876, %875
	%878 = uitofp i1 %877 to float
	%879 = fcmp une float %878, 0.0
	%880 = and i1 %873, %879
	%881 = select i1 %880, float %500, float 0xFFF0000000000000
	%882 = shl i32 %6, 1
	%883 = add i32 48, %882
	%884 = add i32 %207, %883
	%885 = icmp slt i32 %884, %N
	%886 = select i1 %885, i32 %884, i32 0
	%887 = sitofp i32 %520 to float
	%888 = sitofp i32 %886 to float
	%889 = fcmp ole float %888, %887
	%890 = uitofp i1 %889 to float
	%891 = fcmp une float %890, 0.0
	%892 = and i1 %885, %891
	%893 = select i1 %892, float %508, float 0xFFF0000000000000
	%894 = shl i32 %6, 1
	%895 = add i32 49, %894
	%896 = add i32 %207, %895
	%897 = icmp slt i32 %896, %N
	%898 = select i1 %897, i32 %896, i32 0
	%899 = sitofp i32 %520 to float
	%900 = sitofp i32 %898 to float
	%901 = fcmp ole float %900, %899
	%902 = uitofp i1 %901 to float
	%903 = fcmp une float %902, 0.0
	%904 = and i1 %897, %903
	%905 = select i1 %904, float %509, float 0xFFF0000000000000
	%906 = shl i32 %6, 1
	%907 = add i32 48, %906
	%908 = add i32 %207, %907
	%909 = icmp slt i32 %908, %N
	%910 = select i1 %909, i32 %908, i32 0
	%911 = sitofp i32 %524 to float
	%912 = sitofp i32 %910 to float
	%913 = fcmp ole float %912, %911
	%914 = uitofp i1 %913 to float
	%915 = fcmp une float %914, 0.0
	%916 = and i1 %909, %915
	%917 = select i1 %916, float %510, float 0xFFF0000000000000
	%918 = shl i32 %6, 1
	%919 = add i32 49, %918
	%920 = add i32 %207, %919
	%921 = icmp slt i32 %920, %N
	%922 = select i1 %921, i32 %920, i32 0
	%923 = sitofp i32 %524 to float
	%924 = sitofp i32 %922 to float
	%925 = fcmp ole float %924, %923
	%926 = uitofp i1 %925 to float
	%927 = fcmp une float %926, 0.0
	%928 = and i1 %921, %927
	%929 = select i1 %928, float %511, float 0xFFF0000000000000
	%930 = shl i32 %6, 1
	%931 = add i32 56, %930
	%932 = add i32 %207, %931
	%933 = icmp slt i32 %932, %N
	%934 = select i1 %933, i32 %932, i32 0
	%935 = sitofp i32 %520 to float
	%936 = sitofp i32 %934 to float
	%937 = fcmp ole float %936, %935
	%938 = uitofp i1 %937 to float
	%939 = fcmp une float %938, 0.0
	%940 = and i1 %933, %939
	%941 = select i1 %940, float %513, float 0xFFF0000000000000
	%942 = shl i32 %6, 1
	%943 = add i32 57, %942
	%944 = add i32 %207, %943
	%945 = icmp slt i32 %944, %N
	%946 = select i1 %945, i32 %944, i32 0
	%947 = sitofp i32 %520 to float
	%948 = sitofp i32 %946 to float
	%949 = fcmp ole float %948, %947
	%950 = uitofp i1 %949 to float
	%951 = fcmp une float %950, 0.0
	%952 = and i1 %945, %951
	%953 = select i1 %952, float %514, float 0xFFF0000000000000
	%954 = shl i32 %6, 1
	%955 = add i32 56, %954
	%956 = add i32 %207, %955
	%957 = icmp slt i32 %956, %N
	%958 = select i1 %957, i32 %956, i32 0
	%959 = sitofp i32 %524 to float
	%960 = sitofp i32 %958 to float
	%961 = fcmp ole float %960, %959
	%962 = uitofp i1 %961 to float
	%963 = fcmp une float %962, 0.0
	%964 = and i1 %957, %963
	%965 = select i1 %964, float %515, float 0xFFF0000000000000
	%966 = shl i32 %6, 1
	%967 = add i32 57, %966
	%968 = add i32 %207, %967
	%969 = icmp slt i32 %968, %N
	%970 = select i1 %969, i32 %968, i32 0
	%971 = sitofp i32 %524 to float
	%972 = sitofp i32 %970 to float
	%973 = fcmp ole float %972, %971
	%974 = uitofp i1 %973 to float
	%975 = fcmp une float %974, 0.0
	%976 = and i1 %969, %975
	%977 = select i1 %976, float %516, float 0xFFF0000000000000
	br label %softmax

softmax:
	%978 = phi float [ %460, %loop ], [ %605, %partial ]
	%979 = phi float [ %461, %loop ], [ %617, %partial ]
	%980 = phi float [ %462, %loop ], [ %629, %partial ]
	%981 = phi float [ %463, %loop ], [ %641, %partial ]
	%982 = phi float [ %465, %loop ], [ %653, %partial ]
	%983 = phi float [ %466, %loop ], [ %665, %partial ]
	%984 = phi float [ %467, %loop ], [ %677, %partial ]
	%985 = phi float [ %468, %loop ], [ %689, %partial ]
	%986 = phi float [ %476, %loop ], [ %701, %partial ]
	%987 = phi float [ %477, %loop ], [ %713, %partial ]
	%988 = phi float [ %478, %loop ], [ %725, %partial ]
	%989 = phi float [ %479, %loop ], [ %737, %partial ]
	%990 = phi float [ %481, %loop ], [ %749, %partial ]
	%991 = phi float [ %482, %loop ], [ %761, %partial ]
	%992 = phi float [ %483, %loop ], [ %773, %partial ]
	%993 = phi float [ %484, %loop ], [ %785, %partial ]
	%994 = phi float [ %492, %loop ], [ %797, %partial ]
	%995 = phi float [ %493, %loop ], [ %809, %partial ]
	%996 = phi float [ %494, %loop ], [ %821, %partial ]
	%997 = phi float [ %495, %loop ], [ %833, %partial ]
	%998 = phi float [ %497, %loop ], [ %845, %partial ]
	%999 = phi float [ %498, %loop ], [ %857, %partial ]
	%1000 = phi float [ %499, %loop ], [ %869, %partial ]
	%1001 = phi float [ %500, %loop ], [ %881, %partial ]
	%1002 = phi float [ %508, %loop ], [ %893, %partial ]
	%1003 = phi float [ %509, %loop ], [ %905, %partial ]
	%1004 = phi float [ %510, %loop ], [ %917, %partial ]
	%1005 = phi float [ %511, %loop ], [ %929, %partial ]
	%1006 = phi float [ %513, %loop ], [ %941, %partial ]
	%1007 = phi float [ %514, %loop ], [ %953, %partial ]
	%1008 = phi float [ %515, %loop ], [ %965, %partial ]
	%1009 = phi float [ %516, %loop ], [ %977, %partial ]
	%1010 = call float @llvm.nvvm.fmax.f(float %978, float %979)
	%1011 = call float @llvm.nvvm.fmax.f(float %982, float %983)
	%1012 = call float @llvm.nvvm.fmax.f(float %986, float %987)
	%1013 = call float @llvm.nvvm.fmax.f(float %990, float %991)
	%1014 = call float @llvm.nvvm.fmax.f(float %994, float %995)
	%1015 = call float @llvm.nvvm.fmax.f(float %998, float %999)
	%1016 = call float @llvm.nvvm.fmax.f(float %1002, float %1003)
	%1017 = call float @llvm.nvvm.fmax.f(float %1006, float %1007)
	%1018 = call float @llvm.nvvm.fmax.f(float %1010, float %1011)
	%1019 = call float @llvm.nvvm.fmax.f(float %1012, float %1013)
	%1020 = call float @llvm.nvvm.fmax.f(float %1014, float %1015)
	%1021 = call float @llvm.nvvm.fmax.f(float %1016, float %1017)
	%1022 = call float @llvm.nvvm.fmax.f(float %1018, float %1019)
	%1023 = call float @llvm.nvvm.fmax.f(float %1020, float %1021)
	%1024 = call float @llvm.nvvm.fmax.f(float %1022, float %1023)
	%1025 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1024, i32 1, i32 31)
	%1026 = call float @llvm.nvvm.fmax.f(float %1024, float %1025)
	%1027 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1026, i32 2, i32 31)
	%1028 = call float @llvm.nvvm.fmax.f(float %1026, float %1027)
	%1029 = fmul float %1028, 0x3FC7154760000000
	%1030 = call float @llvm.nvvm.fmax.f(float %203, float %1029)
	%1031 = fadd float %203, 8.0
	%1032 = fcmp ogt float %1030, %1031
	%1033 = or i1 false, %1032
	%1034 = call float @llvm.nvvm.fmax.f(float %980, float %981)
	%1035 = call float @llvm.nvvm.fmax.f(float %984, float %985)
	%1036 = call float @llvm.nvvm.fmax.f(float %988, float %989)
	%1037 = call float @llvm.nvvm.fmax.f(float %992, float %993)
	%1038 = call float @llvm.nvvm.fmax.f(float %996, float %997)
	%1039 = call float @llvm.nvvm.fmax.f(float %1000, float %1001)
	%1040 = call float @llvm.nvvm.fmax.f(float %1004, float %1005)
	%1041 = call float @llvm.nvvm.fmax.f(float %1008, float %1009)
	%1042 = call float @llvm.nvvm.fmax.f(float %1034, float %1035)
	%1043 = call float @llvm.nvvm.fmax.f(float %1036, float %1037)
	%1044 = call float @llvm.nvvm.fmax.f(float %1038, float %1039)
	%1045 = call float @llvm.nvvm.fmax.f(float %1040, float %1041)
	%1046 = call float @llvm.nvvm.fmax.f(float %1042, float %1043)
	%1047 = call float @llvm.nvvm.fmax.f(float %1044, float %1045)
	%1048 = call float @llvm.nvvm.fmax.f(float %1046, float %1047)
	%1049 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1048, i32 1, i32 31)
	%1050 = call float @llvm.nvvm.fmax.f(float %1048, float %1049)
	%1051 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1050, i32 2, i32 31)
	%1052 = call float @llvm.nvvm.fmax.f(float %1050, float %1051)
	%1053 = fmul float %1052, 0x3FC7154760000000
	%1054 = call float @llvm.nvvm.fmax.f(float %205, float %1053)
	%1055 = fadd float %205, 8.0
	%1056 = fcmp ogt float %1054, %1055
	%1057 = or i1 %1033, %1056
	%1058 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1057)
	br i1 %1058, label %1059, label %1102

1059:
	%1060 = fcmp oeq float %1030, 0xFFF0000000000000
	%1061 = select i1 %1060, float 0.0, float %1030
	%1062 = fsub float %203, %1061
	%1063 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1062)
	%1064 = fcmp oeq float %1054, 0xFFF0000000000000
	%1065 = select i1 %1064, float 0.0, float %1054
	%1066 = fsub float %205, %1065
	%1067 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1066)
	%1068 = fmul float %171, %1063
	%1069 = fmul float %172, %1063
	%1070 = fmul float %173, %1067
	%1071 = fmul float %174, %1067
	%1072 = fmul float %175, %1063
	%1073 = fmul float %176, %1063
	%1074 = fmul float %177, %1067
	%1075 = fmul float %178, %1067
	%1076 = fmul float %179, %1063
	%1077 = fmul float %180, %1063
	%1078 = fmul float %181, %1067
	%1079 = fmul float %182, %1067
	%1080 = fmul float %183, %1063
	%1081 = fmul float %184, %1063
	%1082 = fmul float %185, %1067
	%1083 = fmul float %186, %1067
	%1084 = fmul float %187, %1063
	%1085 = fmul float %188, %1063
	%1086 = fmul float %189, %1067
	%1087 = fmul float %190, %1067
	%1088 = fmul float %191, %1063
	%1089 = fmul float %192, %1063
	%1090 = fmul float %193, %1067
	%1091 = fmul float %194, %1067
	%1092 = fmul float %195, %1063
	%1093 = fmul float %196, %1063
	%1094 = fmul float %197, %1067
	%1095 = fmul float %198, %1067
	%1096 = fmul float %199, %1063
	%1097 = fmul float %200, %1063
	%1098 = fmul float %201, %1067
	%1099 = fmul float %202, %1067
	%1100 = fmul float %204, %1063
	%1101 = fmul float %206, %1067
	br label %1102

1102:
	%1103 = phi float [ %171, %softmax ], [ %1068, %1059 ]
	%1104 = phi float [ %172, %softmax ], [ %1069, %1059 ]
	%1105 = phi float [ %173, %softmax ], [ %1070, %1059 ]
	%1106 = phi float [ %174, %softmax ], [ %1071, %1059 ]
	%1107 = phi float [ %175, %softmax ], [ %1072, %1059 ]
	%1108 = phi float [ %176, %softmax ], [ %1073, %1059 ]
	%1109 = phi float [ %177, %softmax ], [ %1074, %1059 ]
	%1110 = phi float [ %178, %softmax ], [ %1075, %1059 ]
	%1111 = phi float [ %179, %softmax ], [ %1076, %1059 ]
	%1112 = phi float [ %180, %softmax ], [ %1077, %1059 ]
	%1113 = phi float [ %181, %softmax ], [ %1078, %1059 ]
	%1114 = phi float [ %182, %softmax ], [ %1079, %1059 ]
	%1115 = phi float [ %183, %softmax ], [ %1080, %1059 ]
	%1116 = phi float [ %184, %softmax ], [ %1081, %1059 ]
	%1117 = phi float [ %185, %softmax ], [ %1082, %1059 ]
	%1118 = phi float [ %186, %softmax ], [ %1083, %1059 ]
	%1119 = phi float [ %187, %softmax ], [ %1084, %1059 ]
	%1120 = phi float [ %188, %softmax ], [ %1085, %1059 ]
	%1121 = phi float [ %189, %softmax ], [ %1086, %1059 ]
	%1122 = phi float [ %190, %softmax ], [ %1087, %1059 ]
	%1123 = phi float [ %191, %softmax ], [ %1088, %1059 ]
	%1124 = phi float [ %192, %softmax ], [ %1089, %1059 ]
	%1125 = phi float [ %193, %softmax ], [ %1090, %1059 ]
	%1126 = phi float [ %194, %softmax ], [ %1091, %1059 ]
	%1127 = phi float [ %195, %softmax ], [ %1092, %1059 ]
	%1128 = phi float [ %196, %softmax ], [ %1093, %1059 ]
	%1129 = phi float [ %197, %softmax ], [ %1094, %1059 ]
	%1130 = phi float [ %198, %softmax ], [ %1095, %1059 ]
	%1131 = phi float [ %199, %softmax ], [ %1096, %1059 ]
	%1132 = phi float [ %200, %softmax ], [ %1097, %1059 ]
	%1133 = phi float [ %201, %softmax ], [ %1098, %1059 ]
	%1134 = phi float [ %202, %softmax ], [ %1099, %1059 ]
	%1135 = phi float [ %204, %softmax ], [ %1100, %1059 ]
	%1136 = phi float [ %206, %softmax ], [ %1101, %1059 ]
	%1137 = select i1 %1058, float %1030, float %203
	%1138 = fcmp oeq float %1137, 0xFFF0000000000000
	%1139 = select i1 %1138, float 0.0, float %1137
	%1140 = fneg float %1139
	%1141 = call float @llvm.fma.f32(float %978, float 0x3FC7154760000000, float %1140)
	%1142 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1141)
	%1143 = call float @llvm.fma.f32(float %979, float 0x3FC7154760000000, float %1140)
	%1144 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1143)
	%1145 = call float @llvm.fma.f32(float %982, float 0x3FC7154760000000, float %1140)
	%1146 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1145)
	%1147 = call float @llvm.fma.f32(float %983, float 0x3FC7154760000000, float %1140)
	%1148 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1147)
	%1149 = call float @llvm.fma.f32(float %986, float 0x3FC7154760000000, float %1140)
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = call float @llvm.fma.f32(float %987, float 0x3FC7154760000000, float %1140)
	%1152 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1151)
	%1153 = call float @llvm.fma.f32(float %990, float 0x3FC7154760000000, float %1140)
	%1154 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1153)
	%1155 = call float @llvm.fma.f32(float %991, float 0x3FC7154760000000, float %1140)
	%1156 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1155)
	%1157 = call float @llvm.fma.f32(float %994, float 0x3FC7154760000000, float %1140)
	%1158 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1157)
	%1159 = call float @llvm.fma.f32(float %995, float 0x3FC7154760000000, float %1140)
	%1160 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1159)
	%1161 = call float @llvm.fma.f32(float %998, float 0x3FC7154760000000, float %1140)
	%1162 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1161)
	%1163 = call float @llvm.fma.f32(float %999, float 0x3FC7154760000000, float %1140)
	%1164 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1163)
	%1165 = call float @llvm.fma.f32(float %1002, float 0x3FC7154760000000, float %1140)
	%1166 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1165)
	%1167 = call float @llvm.fma.f32(float %1003, float 0x3FC7154760000000, float %1140)
	%1168 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1167)
	%1169 = call float @llvm.fma.f32(float %1006, float 0x3FC7154760000000, float %1140)
	%1170 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1169)
	%1171 = call float @llvm.fma.f32(float %1007, float 0x3FC7154760000000, float %1140)
	%1172 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1171)
	%1173 = fadd float %1142, %1144
	%1174 = fadd float %1146, %1148
	%1175 = fadd float %1150, %1152
	%1176 = fadd float %1154, %1156
	%1177 = fadd float %1158, %1160
	%1178 = fadd float %1162, %1164
	%1179 = fadd float %1166, %1168
	%1180 = fadd float %1170, %1172
	%1181 = fadd float %1173, %1174
	%1182 = fadd float %1175, %1176
	%1183 = fadd float %1177, %1178
	%1184 = fadd float %1179, %1180
	%1185 = fadd float %1181, %1182
	%1186 = fadd float %1183, %1184
	%1187 = fadd float %1185, %1186
	%1188 = fadd float %1135, %1187
	%1189 = select i1 %1058, float %1054, float %205
	%1190 = fcmp oeq float %1189, 0xFFF0000000000000
	%1191 = select i1 %1190, float 0.0, float %1189
	%1192 = fneg float %1191
	%1193 = call float @llvm.fma.f32(float %980, float 0x3FC7154760000000, float %1192)
	%1194 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1193)
	%1195 = call float @llvm.fma.f32(float %981, float 0x3FC7154760000000, float %1192)
	%1196 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1195)
	%1197 = call float @llvm.fma.f32(float %984, float 0x3FC7154760000000, float %1192)
	%1198 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1197)
	%1199 = call float @llvm.fma.f32(float %985, float 0x3FC7154760000000, float %1192)
	%1200 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1199)
	%1201 = call float @llvm.fma.f32(float %988, float 0x3FC7154760000000, float %1192)
	%1202 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1201)
	%1203 = call float @llvm.fma.f32(float %989, float 0x3FC7154760000000, float %1192)
	%1204 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1203)
	%1205 = call float @llvm.fma.f32(float %992, float 0x3FC7154760000000, float %1192)
	%1206 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1205)
	%1207 = call float @llvm.fma.f32(float %993, float 0x3FC7154760000000, float %1192)
	%1208 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1207)
	%1209 = call float @llvm.fma.f32(float %996, float 0x3FC7154760000000, float %1192)
	%1210 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1209)
	%1211 = call float @llvm.fma.f32(float %997, float 0x3FC7154760000000, float %1192)
	%1212 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1211)
	%1213 = call float @llvm.fma.f32(float %1000, float 0x3FC7154760000000, float %1192)
	%1214 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1213)
	%1215 = call float @llvm.fma.f32(float %1001, float 0x3FC7154760000000, float %1192)
	%1216 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1215)
	%1217 = call float @llvm.fma.f32(float %1004, float 0x3FC7154760000000, float %1192)
	%1218 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1217)
	%1219 = call float @llvm.fma.f32(float %1005, float 0x3FC7154760000000, float %1192)
	%1220 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1219)
	%1221 = call float @llvm.fma.f32(float %1008, float 0x3FC7154760000000, float %1192)
	%1222 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1221)
	%1223 = call float @llvm.fma.f32(float %1009, float 0x3FC7154760000000, float %1192)
	%1224 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1223)
	%1225 = fadd float %1194, %1196
	%1226 = fadd float %1198, %1200
	%1227 = fadd float %1202, %1204
	%1228 = fadd float %1206, %1208
	%1229 = fadd float %1210, %1212
	%1230 = fadd float %1214, %1216
	%1231 = fadd float %1218, %1220
	%1232 = fadd float %1222, %1224
	%1233 = fadd float %1225, %1226
	%1234 = fadd float %1227, %1228
	%1235 = fadd float %1229, %1230
	%1236 = fadd float %1231, %1232
	%1237 = fadd float %1233, %1234
	%1238 = fadd float %1235, %1236
	%1239 = fadd float %1237, %1238
	%1240 = fadd float %1136, %1239
	%1241 = add i32 %169, 1
	%1242 = icmp slt i32 %1241, %NK
	%1243 = select i1 %1242, i32 %1241, i32 0
	%1244 = add i32 %41, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr i32, i32* %list, i64 %1245
	%1247 = load i32, i32* %1246
	%1248 = select i1 %1242, i32 %1247, i32 -1
	%1249 = icmp sge i32 %1248, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1249, label %prefetch, label %pv

prefetch:
	%1250 = mul i32 %1248, 64
	%1251 = lshr i32 %2, 3
	%1252 = and i32 %2, 7
	%1253 = and i32 %1251, 7
	%1254 = xor i32 %1252, %1253
	%1255 = mul i32 %1251, 8
	%1256 = add i32 %1255, %1254
	%1257 = shl i32 %1256, 4
	%1258 = add i32 %0, %1257
	%1259 = add i32 %1250, %1251
	%1260 = mul i32 %1259, 64
	%1261 = mul i32 %1252, 8
	%1262 = add i32 %1260, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr i16, i16* %32, i64 %1263
	%1265 = add i32 %1259, 0
	%1266 = icmp slt i32 %1265, %N
	%1267 = getelementptr i16, i16* %1264, i64 0
	%1268 = select i1 %1266, i16* %1267, i16* %32
	%1269 = add i32 %1258, 0
	%1270 = select i1 %1266, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1269, i16* %1268, i32 %1270)
	%1271 = add i32 %1259, 16
	%1272 = icmp slt i32 %1271, %N
	%1273 = getelementptr i16, i16* %1264, i64 1024
	%1274 = select i1 %1272, i16* %1273, i16* %32
	%1275 = add i32 %1258, 2048
	%1276 = select i1 %1272, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1275, i16* %1274, i32 %1276)
	%1277 = add i32 %1259, 32
	%1278 = icmp slt i32 %1277, %N
	%1279 = getelementptr i16, i16* %1264, i64 2048
	%1280 = select i1 %1278, i16* %1279, i16* %32
	%1281 = add i32 %1258, u0x1000
	%1282 = select i1 %1278, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1281, i16* %1280, i32 %1282)
	%1283 = add i32 %1259, 48
	%1284 = icmp slt i32 %1283, %N
	%1285 = getelementptr i16, i16* %1264, i64 3072
	%1286 = select i1 %1284, i16* %1285, i16* %32
	%1287 = add i32 %1258, 6144
	%1288 = select i1 %1284, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1287, i16* %1286, i32 %1288)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1289 = and i32 %4, 7
	%1290 = lshr i32 %4, 3
	%1291 = and i32 %1290, 1
	%1292 = shl i32 %1291, 3
	%1293 = add i32 %1289, %1292
	%1294 = mul i32 %1293, 128
	%1295 = add i32 %1, %1294
	%1296 = and i32 %4, 7
	%1297 = xor i32 %96, %1296
	%1298 = shl i32 %1297, 4
	%1299 = add i32 %1295, %1298
	%1300 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1144, float %1142)
	%1301 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1196, float %1194)
	%1302 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1148, float %1146)
	%1303 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1200, float %1198)
	%1304 = xor i32 %1299, 0
	%1305 = add i32 %1304, 0
	%1306 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1305)
	%1307 = extractvalue { i32, i32, i32, i32 } %1306, 0
	%1308 = extractvalue { i32, i32, i32, i32 } %1306, 1
	%1309 = extractvalue { i32, i32, i32, i32 } %1306, 2
	%1310 = extractvalue { i32, i32, i32, i32 } %1306, 3
	%1311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1307, i32 %1308, float %1103, float %1104, float %1105, float %1106)
	%1312 = extractvalue { float, float, float, float } %1311, 0
	%1313 = extractvalue { float, float, float, float } %1311, 1
	%1314 = extractvalue { float, float, float, float } %1311, 2
	%1315 = extractvalue { float, float, float, float } %1311, 3
	%1316 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1309, i32 %1310, float %1107, float %1108, float %1109, float %1110)
	%1317 = extractvalue { float, float, float, float } %1316, 0
	%1318 = extractvalue { float, float, float, float } %1316, 1
	%1319 = extractvalue { float, float, float, float } %1316, 2
	%1320 = extractvalue { float, float, float, float } %1316, 3
	%1321 = xor i32 %1299, 32
	%1322 = add i32 %1321, 0
	%1323 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1322)
	%1324 = extractvalue { i32, i32, i32, i32 } %1323, 0
	%1325 = extractvalue { i32, i32, i32, i32 } %1323, 1
	%1326 = extractvalue { i32, i32, i32, i32 } %1323, 2
	%1327 = extractvalue { i32, i32, i32, i32 } %1323, 3
	%1328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1324, i32 %1325, float %1111, float %1112, float %1113, float %1114)
	%1329 = extractvalue { float, float, float, float } %1328, 0
	%1330 = extractvalue { float, float, float, float } %1328, 1
	%1331 = extractvalue { float, float, float, float } %1328, 2
	%1332 = extractvalue { float, float, float, float } %1328, 3
	%1333 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1326, i32 %1327, float %1115, float %1116, float %1117, float %1118)
	%1334 = extractvalue { float, float, float, float } %1333, 0
	%1335 = extractvalue { float, float, float, float } %1333, 1
	%1336 = extractvalue { float, float, float, float } %1333, 2
	%1337 = extractvalue { float, float, float, float } %1333, 3
	%1338 = xor i32 %1299, 64
	%1339 = add i32 %1338, 0
	%1340 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1339)
	%1341 = extractvalue { i32, i32, i32, i32 } %1340, 0
	%1342 = extractvalue { i32, i32, i32, i32 } %1340, 1
	%1343 = extractvalue { i32, i32, i32, i32 } %1340, 2
	%1344 = extractvalue { i32, i32, i32, i32 } %1340, 3
	%1345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1341, i32 %1342, float %1119, float %1120, float %1121, float %1122)
	%1346 = extractvalue { float, float, float, float } %1345, 0
	%1347 = extractvalue { float, float, float, float } %1345, 1
	%1348 = extractvalue { float, float, float, float } %1345, 2
	%1349 = extractvalue { float, float, float, float } %1345, 3
	%1350 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1343, i32 %1344, float %1123, float %1124, float %1125, float %1126)
	%1351 = extractvalue { float, float, float, float } %1350, 0
	%1352 = extractvalue { float, float, float, float } %1350, 1
	%1353 = extractvalue { float, float, float, float } %1350, 2
	%1354 = extractvalue { float, float, float, float } %1350, 3
	%1355 = xor i32 %1299, 96
	%1356 = add i32 %1355, 0
	%1357 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1356)
	%1358 = extractvalue { i32, i32, i32, i32 } %1357, 0
	%1359 = extractvalue { i32, i32, i32, i32 } %1357, 1
	%1360 = extractvalue { i32, i32, i32, i32 } %1357, 2
	%1361 = extractvalue { i32, i32, i32, i32 } %1357, 3
	%1362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1358, i32 %1359, float %1127, float %1128, float %1129, float %1130)
	%1363 = extractvalue { float, float, float, float } %1362, 0
	%1364 = extractvalue { float, float, float, float } %1362, 1
	%1365 = extractvalue { float, float, float, float } %1362, 2
	%1366 = extractvalue { float, float, float, float } %1362, 3
	%1367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1300, i32 %1301, i32 %1302, i32 %1303, i32 %1360, i32 %1361, float %1131, float %1132, float %1133, float %1134)
	%1368 = extractvalue { float, float, float, float } %1367, 0
	%1369 = extractvalue { float, float, float, float } %1367, 1
	%1370 = extractvalue { float, float, float, float } %1367, 2
	%1371 = extractvalue { float, float, float, float } %1367, 3
	%1372 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1152, float %1150)
	%1373 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1204, float %1202)
	%1374 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1156, float %1154)
	%1375 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1208, float %1206)
	%1376 = xor i32 %1299, 0
	%1377 = add i32 %1376, 2048
	%1378 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1377)
	%1379 = extractvalue { i32, i32, i32, i32 } %1378, 0
	%1380 = extractvalue { i32, i32, i32, i32 } %1378, 1
	%1381 = extractvalue { i32, i32, i32, i32 } %1378, 2
	%1382 = extractvalue { i32, i32, i32, i32 } %1378, 3
	%1383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1379, i32 %1380, float %1312, float %1313, float %1314, float %1315)
	%1384 = extractvalue { float, float, float, float } %1383, 0
	%1385 = extractvalue { float, float, float, float } %1383, 1
	%1386 = extractvalue { float, float, float, float } %1383, 2
	%1387 = extractvalue { float, float, float, float } %1383, 3
	%1388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1381, i32 %1382, float %1317, float %1318, float %1319, float %1320)
	%1389 = extractvalue { float, float, float, float } %1388, 0
	%1390 = extractvalue { float, float, float, float } %1388, 1
	%1391 = extractvalue { float, float, float, float } %1388, 2
	%1392 = extractvalue { float, float, float, float } %1388, 3
	%1393 = xor i32 %1299, 32
	%1394 = add i32 %1393, 2048
	%1395 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1394)
	%1396 = extractvalue { i32, i32, i32, i32 } %1395, 0
	%1397 = extractvalue { i32, i32, i32, i32 } %1395, 1
	%1398 = extractvalue { i32, i32, i32, i32 } %1395, 2
	%1399 = extractvalue { i32, i32, i32, i32 } %1395, 3
	%1400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1396, i32 %1397, float %1329, float %1330, float %1331, float %1332)
	%1401 = extractvalue { float, float, float, float } %1400, 0
	%1402 = extractvalue { float, float, float, float } %1400, 1
	%1403 = extractvalue { float, float, float, float } %1400, 2
	%1404 = extractvalue { float, float, float, float } %1400, 3
	%1405 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1398, i32 %1399, float %1334, float %1335, float %1336, float %1337)
	%1406 = extractvalue { float, float, float, float } %1405, 0
	%1407 = extractvalue { float, float, float, float } %1405, 1
	%1408 = extractvalue { float, float, float, float } %1405, 2
	%1409 = extractvalue { float, float, float, float } %1405, 3
	%1410 = xor i32 %1299, 64
	%1411 = add i32 %1410, 2048
	%1412 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1411)
	%1413 = extractvalue { i32, i32, i32, i32 } %1412, 0
	%1414 = extractvalue { i32, i32, i32, i32 } %1412, 1
	%1415 = extractvalue { i32, i32, i32, i32 } %1412, 2
	%1416 = extractvalue { i32, i32, i32, i32 } %1412, 3
	%1417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1413, i32 %1414, float %1346, float %1347, float %1348, float %1349)
	%1418 = extractvalue { float, float, float, float } %1417, 0
	%1419 = extractvalue { float, float, float, float } %1417, 1
	%1420 = extractvalue { float, float, float, float } %1417, 2
	%1421 = extractvalue { float, float, float, float } %1417, 3
	%1422 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1415, i32 %1416, float %1351, float %1352, float %1353, float %1354)
	%1423 = extractvalue { float, float, float, float } %1422, 0
	%1424 = extractvalue { float, float, float, float } %1422, 1
	%1425 = extractvalue { float, float, float, float } %1422, 2
	%1426 = extractvalue { float, float, float, float } %1422, 3
	%1427 = xor i32 %1299, 96
	%1428 = add i32 %1427, 2048
	%1429 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1428)
	%1430 = extractvalue { i32, i32, i32, i32 } %1429, 0
	%1431 = extractvalue { i32, i32, i32, i32 } %1429, 1
	%1432 = extractvalue { i32, i32, i32, i32 } %1429, 2
	%1433 = extractvalue { i32, i32, i32, i32 } %1429, 3
	%1434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1430, i32 %1431, float %1363, float %1364, float %1365, float %1366)
	%1435 = extractvalue { float, float, float, float } %1434, 0
	%1436 = extractvalue { float, float, float, float } %1434, 1
	%1437 = extractvalue { float, float, float, float } %1434, 2
	%1438 = extractvalue { float, float, float, float } %1434, 3
	%1439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1372, i32 %1373, i32 %1374, i32 %1375, i32 %1432, i32 %1433, float %1368, float %1369, float %1370, float %1371)
	%1440 = extractvalue { float, float, float, float } %1439, 0
	%1441 = extractvalue { float, float, float, float } %1439, 1
	%1442 = extractvalue { float, float, float, float } %1439, 2
	%1443 = extractvalue { float, float, float, float } %1439, 3
	%1444 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1160, float %1158)
	%1445 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1212, float %1210)
	%1446 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1164, float %1162)
	%1447 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1216, float %1214)
	%1448 = xor i32 %1299, 0
	%1449 = add i32 %1448, u0x1000
	%1450 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1449)
	%1451 = extractvalue { i32, i32, i32, i32 } %1450, 0
	%1452 = extractvalue { i32, i32, i32, i32 } %1450, 1
	%1453 = extractvalue { i32, i32, i32, i32 } %1450, 2
	%1454 = extractvalue { i32, i32, i32, i32 } %1450, 3
	%1455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1451, i32 %1452, float %1384, float %1385, float %1386, float %1387)
	%1456 = extractvalue { float, float, float, float } %1455, 0
	%1457 = extractvalue { float, float, float, float } %1455, 1
	%1458 = extractvalue { float, float, float, float } %1455, 2
	%1459 = extractvalue { float, float, float, float } %1455, 3
	%1460 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1453, i32 %1454, float %1389, float %1390, float %1391, float %1392)
	%1461 = extractvalue { float, float, float, float } %1460, 0
	%1462 = extractvalue { float, float, float, float } %1460, 1
	%1463 = extractvalue { float, float, float, float } %1460, 2
	%1464 = extractvalue { float, float, float, float } %1460, 3
	%1465 = xor i32 %1299, 32
	%1466 = add i32 %1465, u0x1000
	%1467 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1466)
	%1468 = extractvalue { i32, i32, i32, i32 } %1467, 0
	%1469 = extractvalue { i32, i32, i32, i32 } %1467, 1
	%1470 = extractvalue { i32, i32, i32, i32 } %1467, 2
	%1471 = extractvalue { i32, i32, i32, i32 } %1467, 3
	%1472 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1468, i32 %1469, float %1401, float %1402, float %1403, float %1404)
	%1473 = extractvalue { float, float, float, float } %1472, 0
	%1474 = extractvalue { float, float, float, float } %1472, 1
	%1475 = extractvalue { float, float, float, float } %1472, 2
	%1476 = extractvalue { float, float, float, float } %1472, 3
	%1477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1470, i32 %1471, float %1406, float %1407, float %1408, float %1409)
	%1478 = extractvalue { float, float, float, float } %1477, 0
	%1479 = extractvalue { float, float, float, float } %1477, 1
	%1480 = extractvalue { float, float, float, float } %1477, 2
	%1481 = extractvalue { float, float, float, float } %1477, 3
	%1482 = xor i32 %1299, 64
	%1483 = add i32 %1482, u0x1000
	%1484 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1483)
	%1485 = extractvalue { i32, i32, i32, i32 } %1484, 0
	%1486 = extractvalue { i32, i32, i32, i32 } %1484, 1
	%1487 = extractvalue { i32, i32, i32, i32 } %1484, 2
	%1488 = extractvalue { i32, i32, i32, i32 } %1484, 3
	%1489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1485, i32 %1486, float %1418, float %1419, float %1420, float %1421)
	%1490 = extractvalue { float, float, float, float } %1489, 0
	%1491 = extractvalue { float, float, float, float } %1489, 1
	%1492 = extractvalue { float, float, float, float } %1489, 2
	%1493 = extractvalue { float, float, float, float } %1489, 3
	%1494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1487, i32 %1488, float %1423, float %1424, float %1425, float %1426)
	%1495 = extractvalue { float, float, float, float } %1494, 0
	%1496 = extractvalue { float, float, float, float } %1494, 1
	%1497 = extractvalue { float, float, float, float } %1494, 2
	%1498 = extractvalue { float, float, float, float } %1494, 3
	%1499 = xor i32 %1299, 96
	%1500 = add i32 %1499, u0x1000
	%1501 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1500)
	%1502 = extractvalue { i32, i32, i32, i32 } %1501, 0
	%1503 = extractvalue { i32, i32, i32, i32 } %1501, 1
	%1504 = extractvalue { i32, i32, i32, i32 } %1501, 2
	%1505 = extractvalue { i32, i32, i32, i32 } %1501, 3
	%1506 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1502, i32 %1503, float %1435, float %1436, float %1437, float %1438)
	%1507 = extractvalue { float, float, float, float } %1506, 0
	%1508 = extractvalue { float, float, float, float } %1506, 1
	%1509 = extractvalue { float, float, float, float } %1506, 2
	%1510 = extractvalue { float, float, float, float } %1506, 3
	%1511 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1444, i32 %1445, i32 %1446, i32 %1447, i32 %1504, i32 %1505, float %1440, float %1441, float %1442, float %1443)
	%1512 = extractvalue { float, float, float, float } %1511, 0
	%1513 = extractvalue { float, float, float, float } %1511, 1
	%1514 = extractvalue { float, float, float, float } %1511, 2
	%1515 = extractvalue { float, float, float, float } %1511, 3
	%1516 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1168, float %1166)
	%1517 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1220, float %1218)
	%1518 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1172, float %1170)
	%1519 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1224, float %1222)
	%1520 = xor i32 %1299, 0
	%1521 = add i32 %1520, 6144
	%1522 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1521)
	%1523 = extractvalue { i32, i32, i32, i32 } %1522, 0
	%1524 = extractvalue { i32, i32, i32, i32 } %1522, 1
	%1525 = extractvalue { i32, i32, i32, i32 } %1522, 2
	%1526 = extractvalue { i32, i32, i32, i32 } %1522, 3
	%1527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1523, i32 %1524, float %1456, float %1457, float %1458, float %1459)
	%1528 = extractvalue { float, float, float, float } %1527, 0
	%1529 = extractvalue { float, float, float, float } %1527, 1
	%1530 = extractvalue { float, float, float, float } %1527, 2
	%1531 = extractvalue { float, float, float, float } %1527, 3
	%1532 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1525, i32 %1526, float %1461, float %1462, float %1463, float %1464)
	%1533 = extractvalue { float, float, float, float } %1532, 0
	%1534 = extractvalue { float, float, float, float } %1532, 1
	%1535 = extractvalue { float, float, float, float } %1532, 2
	%1536 = extractvalue { float, float, float, float } %1532, 3
	%1537 = xor i32 %1299, 32
	%1538 = add i32 %1537, 6144
	%1539 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1538)
	%1540 = extractvalue { i32, i32, i32, i32 } %1539, 0
	%1541 = extractvalue { i32, i32, i32, i32 } %1539, 1
	%1542 = extractvalue { i32, i32, i32, i32 } %1539, 2
	%1543 = extractvalue { i32, i32, i32, i32 } %1539, 3
	%1544 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1540, i32 %1541, float %1473, float %1474, float %1475, float %1476)
	%1545 = extractvalue { float, float, float, float } %1544, 0
	%1546 = extractvalue { float, float, float, float } %1544, 1
	%1547 = extractvalue { float, float, float, float } %1544, 2
	%1548 = extractvalue { float, float, float, float } %1544, 3
	%1549 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1542, i32 %1543, float %1478, float %1479, float %1480, float %1481)
	%1550 = extractvalue { float, float, float, float } %1549, 0
	%1551 = extractvalue { float, float, float, float } %1549, 1
	%1552 = extractvalue { float, float, float, float } %1549, 2
	%1553 = extractvalue { float, float, float, float } %1549, 3
	%1554 = xor i32 %1299, 64
	%1555 = add i32 %1554, 6144
	%1556 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1555)
	%1557 = extractvalue { i32, i32, i32, i32 } %1556, 0
	%1558 = extractvalue { i32, i32, i32, i32 } %1556, 1
	%1559 = extractvalue { i32, i32, i32, i32 } %1556, 2
	%1560 = extractvalue { i32, i32, i32, i32 } %1556, 3
	%1561 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1557, i32 %1558, float %1490, float %1491, float %1492, float %1493)
	%1562 = extractvalue { float, float, float, float } %1561, 0
	%1563 = extractvalue { float, float, float, float } %1561, 1
	%1564 = extractvalue { float, float, float, float } %1561, 2
	%1565 = extractvalue { float, float, float, float } %1561, 3
	%1566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1559, i32 %1560, float %1495, float %1496, float %1497, float %1498)
	%1567 = extractvalue { float, float, float, float } %1566, 0
	%1568 = extractvalue { float, float, float, float } %1566, 1
	%1569 = extractvalue { float, float, float, float } %1566, 2
	%1570 = extractvalue { float, float, float, float } %1566, 3
	%1571 = xor i32 %1299, 96
	%1572 = add i32 %1571, 6144
	%1573 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1572)
	%1574 = extractvalue { i32, i32, i32, i32 } %1573, 0
	%1575 = extractvalue { i32, i32, i32, i32 } %1573, 1
	%1576 = extractvalue { i32, i32, i32, i32 } %1573, 2
	%1577 = extractvalue { i32, i32, i32, i32 } %1573, 3
	%1578 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1574, i32 %1575, float %1507, float %1508, float %1509, float %1510)
	%1579 = extractvalue { float, float, float, float } %1578, 0
	%1580 = extractvalue { float, float, float, float } %1578, 1
	%1581 = extractvalue { float, float, float, float } %1578, 2
	%1582 = extractvalue { float, float, float, float } %1578, 3
	%1583 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1516, i32 %1517, i32 %1518, i32 %1519, i32 %1576, i32 %1577, float %1512, float %1513, float %1514, float %1515)
	%1584 = extractvalue { float, float, float, float } %1583, 0
	%1585 = extractvalue { float, float, float, float } %1583, 1
	%1586 = extractvalue { float, float, float, float } %1583, 2
	%1587 = extractvalue { float, float, float, float } %1583, 3
	br i1 %1249, label %loop, label %epilogue

store0:
	%1588 = mul i32 %22, %M
	%1589 = add i32 %1588, %576
	%1590 = mul i32 %1589, 64
	%1591 = shl i32 %6, 1
	%1592 = add i32 0, %1591
	%1593 = add i32 %1590, %1592
	%1594 = sext i32 %1593 to i64
	%1595 = getelementptr i16, i16* %out, i64 %1594
	%1596 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %578, float %577)
	%1597 = bitcast i16* %1595 to i32*
	store i32 %1596, i32* %1597
	%1598 = shl i32 %6, 1
	%1599 = add i32 8, %1598
	%1600 = add i32 %1590, %1599
	%1601 = sext i32 %1600 to i64
	%1602 = getelementptr i16, i16* %out, i64 %1601
	%1603 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %580, float %579)
	%1604 = bitcast i16* %1602 to i32*
	store i32 %1603, i32* %1604
	%1605 = shl i32 %6, 1
	%1606 = add i32 16, %1605
	%1607 = add i32 %1590, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr i16, i16* %out, i64 %1608
	%1610 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %582, float %581)
	%1611 = bitcast i16* %1609 to i32*
	store i32 %1610, i32* %1611
	%1612 = shl i32 %6, 1
	%1613 = add i32 24, %1612
	%1614 = add i32 %1590, %1613
	%1615 = sext i32 %1614 to i64
	%1616 = getelementptr i16, i16* %out, i64 %1615
	%1617 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %584, float %583)
	%1618 = bitcast i16* %1616 to i32*
	store i32 %1617, i32* %1618
	%1619 = shl i32 %6, 1
	%1620 = add i32 32, %1619
	%1621 = add i32 %1590, %1620
	%1622 = sext i32 %1621 to i64
	%1623 = getelementptr i16, i16* %out, i64 %1622
	%1624 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %586, float %585)
	%1625 = bitcast i16* %1623 to i32*
	store i32 %1624, i32* %1625
	%1626 = shl i32 %6, 1
	%1627 = add i32 40, %1626
	%1628 = add i32 %1590, %1627
	%1629 = sext i32 %1628 to i64
	%1630 = getelementptr i16, i16* %out, i64 %1629
	%1631 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %588, float %587)
	%1632 = bitcast i16* %1630 to i32*
	store i32 %1631, i32* %1632
	%1633 = shl i32 %6, 1
	%1634 = add i32 48, %1633
	%1635 = add i32 %1590, %1634
	%1636 = sext i32 %1635 to i64
	%1637 = getelementptr i16, i16* %out, i64 %1636
	%1638 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %590, float %589)
	%1639 = bitcast i16* %1637 to i32*
	store i32 %1638, i32* %1639
	%1640 = shl i32 %6, 1
	%1641 = add i32 56, %1640
	%1642 = add i32 %1590, %1641
	%1643 = sext i32 %1642 to i64
	%1644 = getelementptr i16, i16* %out, i64 %1643
	%1645 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %592, float %591)
	%1646 = bitcast i16* %1644 to i32*
	store i32 %1645, i32* %1646
	br label %stored0

stored0:
	%1647 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%1648 = fadd float %532, %1647
	%1649 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1648, i32 2, i32 31)
	%1650 = fadd float %1648, %1649
	%1651 = fcmp ogt float %1650, 0.0
	%1652 = fdiv float 1.0, %1650
	%1653 = select i1 %1651, float %1652, float 0.0
	%1654 = mul i32 %3, 16
	%1655 = add i32 %24, %1654
	%1656 = add i32 %5, 8
	%1657 = add i32 %1655, %1656
	%1658 = fmul float %536, %1653
	%1659 = fmul float %537, %1653
	%1660 = fmul float %540, %1653
	%1661 = fmul float %541, %1653
	%1662 = fmul float %544, %1653
	%1663 = fmul float %545, %1653
	%1664 = fmul float %548, %1653
	%1665 = fmul float %549, %1653
	%1666 = fmul float %552, %1653
	%1667 = fmul float %553, %1653
	%1668 = fmul float %556, %1653
	%1669 = fmul float %557, %1653
	%1670 = fmul float %560, %1653
	%1671 = fmul float %561, %1653
	%1672 = fmul float %564, %1653
	%1673 = fmul float %565, %1653
	%1674 = icmp slt i32 %1657, %M
	br i1 %1674, label %store1, label %stored1

store1:
	%1675 = mul i32 %22, %M
	%1676 = add i32 %1675, %1657
	%1677 = mul i32 %1676, 64
	%1678 = shl i32 %6, 1
	%1679 = add i32 0, %1678
	%1680 = add i32 %1677, %1679
	%1681 = sext i32 %1680 to i64
	%1682 = getelementptr i16, i16* %out, i64 %1681
	%1683 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1659, float %1658)
	%1684 = bitcast i16* %1682 to i32*
	store i32 %1683, i32* %1684
	%1685 = shl i32 %6, 1
	%1686 = add i32 8, %1685
	%1687 = add i32 %1677, %1686
	%1688 = sext i32 %1687 to i64
	%1689 = getelementptr i16, i16* %out, i64 %1688
	%1690 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1661, float %1660)
	%1691 = bitcast i16* %1689 to i32*
	store i32 %1690, i32* %1691
	%1692 = shl i32 %6, 1
	%1693 = add i32 16, %1692
	%1694 = add i32 %1677, %1693
	%1695 = sext i32 %1694 to i64
	%1696 = getelementptr i16, i16* %out, i64 %1695
	%1697 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1663, float %1662)
	%1698 = bitcast i16* %1696 to i32*
	store i32 %1697, i32* %1698
	%1699 = shl i32 %6, 1
	%1700 = add i32 24, %1699
	%1701 = add i32 %1677, %1700
	%1702 = sext i32 %1701 to i64
	%1703 = getelementptr i16, i16* %out, i64 %1702
	%1704 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1665, float %1664)
	%1705 = bitcast i16* %1703 to i32*
	store i32 %1704, i32* %1705
	%1706 = shl i32 %6, 1
	%1707 = add i32 32, %1706
	%1708 = add i32 %1677, %1707
	%1709 = sext i32 %1708 to i64
	%1710 = getelementptr i16, i16* %out, i64 %1709
	%1711 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1667, float %1666)
	%1712 = bitcast i16* %1710 to i32*
	store i32 %1711, i32* %1712
	%1713 = shl i32 %6, 1
	%1714 = add i32 40, %1713
	%1715 = add i32 %1677, %1714
	%1716 = sext i32 %1715 to i64
	%1717 = getelementptr i16, i16* %out, i64 %1716
	%1718 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1669, float %1668)
	%1719 = bitcast i16* %1717 to i32*
	store i32 %1718, i32* %1719
	%1720 = shl i32 %6, 1
	%1721 = add i32 48, %1720
	%1722 = add i32 %1677, %1721
	%1723 = sext i32 %1722 to i64
	%1724 = getelementptr i16, i16* %out, i64 %1723
	%1725 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1671, float %1670)
	%1726 = bitcast i16* %1724 to i32*
	store i32 %1725, i32* %1726
	%1727 = shl i32 %6, 1
	%1728 = add i32 56, %1727
	%1729 = add i32 %1677, %1728
	%1730 = sext i32 %1729 to i64
	%1731 = getelementptr i16, i16* %out, i64 %1730
	%1732 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1673, float %1672)
	%1733 = bitcast i16* %1731 to i32*
	store i32 %1732, i32* %1733
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @xattn_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @xattn_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @xattn_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @xattn_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @xattn_attn2, !"minctasm", i32 3}
