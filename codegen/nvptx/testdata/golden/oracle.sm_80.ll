; oracle
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@oracle_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@oracle_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@oracle_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@oracle_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@oracle_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@oracle_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@oracle_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@oracle_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@oracle_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@oracle_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@oracle_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@oracle_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@oracle_select1_histm = internal addrspace(3) global [256 x i32] undef, align 16
@oracle_select1_bins = internal addrspace(3) global [4 x i32] undef, align 16
@oracle_adstats0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024
@oracle_admass0_rows = internal addrspace(3) global [128 x float] undef, align 16
@oracle_attn2_smem = internal addrspace(3) global [32768 x i8] undef, align 1024

define ptx_kernel void @oracle_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off) {
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
	%143 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %24
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
	%152 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %28
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
	%161 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %32
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
	%170 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %36
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
	%179 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %40
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
	%188 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %44
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
	%197 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %48
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
	%206 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %52
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
	%214 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %211
	%215 = load i32, i32 addrspace(3)* %214
	%216 = bitcast i32 %215 to float
	%217 = fcmp one float %216, 0xFFF0000000000000
	%218 = select i1 %217, float %216, float -1.0
	%219 = bitcast float %218 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %211
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
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %248
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
	%273 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 %270
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
	%289 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %248
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
	%295 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 0
	%296 = load float, float addrspace(3)* %295
	%297 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 1
	%298 = load float, float addrspace(3)* %297
	%299 = fadd float %296, %298
	%300 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 2
	%301 = load float, float addrspace(3)* %300
	%302 = fadd float %299, %301
	%303 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 3
	%304 = load float, float addrspace(3)* %303
	%305 = fadd float %302, %304
	%306 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 4
	%307 = load float, float addrspace(3)* %306
	%308 = fadd float %305, %307
	%309 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 5
	%310 = load float, float addrspace(3)* %309
	%311 = fadd float %308, %310
	%312 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 6
	%313 = load float, float addrspace(3)* %312
	%314 = fadd float %311, %313
	%315 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 7
	%316 = load float, float addrspace(3)* %315
	%317 = fadd float %314, %316
	%318 = fptosi float %317 to i32
	%319 = icmp eq i32 %0, 0
	br i1 %319, label %320, label %324

320:
	%321 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 0
	%322 = load i32, i32 addrspace(3)* %321
	%323 = icmp eq i32 %322, 1
	br i1 %323, label %339, label %347

324:
	call void @llvm.nvvm.barrier0()
	%325 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 0
	%326 = load i32, i32 addrspace(3)* %325
	%327 = sub i32 %318, %326
	%328 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
	%329 = load double, double addrspace(3)* %328
	%330 = fsub double 0x3FEE666666666666, %329
	%331 = fmul double %330, 262144.0
	%332 = call double @llvm.ceil.f64(double %331)
	%333 = call double @llvm.maxnum.f64(double %332, double 0.0)
	%334 = call double @llvm.minnum.f64(double %333, double 1.073741824e+09)
	%335 = fptosi double %334 to i32
	%336 = add i32 %335, 1
	call void @llvm.nvvm.barrier0()
	%337 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %337
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_histm, i32 0, i32 %0
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
	%368 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %363
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp eq i32 %369, 1
	br i1 %370, label %374, label %382

371:
	%372 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 0
	store i32 %364, i32 addrspace(3)* %372
	%373 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
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
	%397 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %394
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
	%414 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %413
	%415 = load i32, i32 addrspace(3)* %414
	%416 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_histm, i32 0, i32 %413
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
	%442 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %404
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
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_histm, i32 0, i32 %404
	%458 = atomicrmw add i32 addrspace(3)* %457, i32 %453 monotonic
	br label %459

459:
	%460 = add i32 %394, 256
	br label %393

461:
	%462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %419
	store i32 %439, i32 addrspace(3)* %462
	br label %463

463:
	call void @llvm.nvvm.barrier0()
	%464 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%465 = load i32, i32 addrspace(3)* %464
	%466 = icmp sgt i32 %419, 0
	%467 = select i1 %466, i32 %465, i32 0
	%468 = add i32 0, %467
	%469 = add i32 0, %465
	%470 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%471 = load i32, i32 addrspace(3)* %470
	%472 = icmp sgt i32 %419, 1
	%473 = select i1 %472, i32 %471, i32 0
	%474 = add i32 %468, %473
	%475 = add i32 %469, %471
	%476 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%477 = load i32, i32 addrspace(3)* %476
	%478 = icmp sgt i32 %419, 2
	%479 = select i1 %478, i32 %477, i32 0
	%480 = add i32 %474, %479
	%481 = add i32 %475, %477
	%482 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%483 = load i32, i32 addrspace(3)* %482
	%484 = icmp sgt i32 %419, 3
	%485 = select i1 %484, i32 %483, i32 0
	%486 = add i32 %480, %485
	%487 = add i32 %481, %483
	%488 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%489 = load i32, i32 addrspace(3)* %488
	%490 = icmp sgt i32 %419, 4
	%491 = select i1 %490, i32 %489, i32 0
	%492 = add i32 %486, %491
	%493 = add i32 %487, %489
	%494 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%495 = load i32, i32 addrspace(3)* %494
	%496 = icmp sgt i32 %419, 5
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %492, %497
	%499 = add i32 %493, %495
	%500 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%501 = load i32, i32 addrspace(3)* %500
	%502 = icmp sgt i32 %419, 6
	%503 = select i1 %502, i32 %501, i32 0
	%504 = add i32 %498, %503
	%505 = add i32 %499, %501
	%506 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%538 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 %515
	store i32 %535, i32 addrspace(3)* %538
	br label %539

539:
	call void @llvm.nvvm.barrier0()
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 0
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %515, 0
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 0, %543
	%545 = add i32 0, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 1
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %515, 1
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 2
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %515, 2
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 3
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %515, 3
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 4
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %515, 4
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 5
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %515, 5
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 6
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %515, 6
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 7
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
	%600 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 0
	store i32 %599, i32 addrspace(3)* %600
	%601 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 1
	store i32 %513, i32 addrspace(3)* %601
	%602 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 2
	store i32 %589, i32 addrspace(3)* %602
	%603 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 3
	store i32 %415, i32 addrspace(3)* %603
	br label %604

604:
	call void @llvm.nvvm.barrier0()
	%605 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 0
	%606 = load i32, i32 addrspace(3)* %605
	%607 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 1
	%608 = load i32, i32 addrspace(3)* %607
	%609 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 2
	%610 = load i32, i32 addrspace(3)* %609
	%611 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 3
	%612 = load i32, i32 addrspace(3)* %611
	%613 = shl i32 %606, 24
	%614 = or i32 0, %613
	%615 = sub i32 %336, %608
	%616 = add i32 0, %610
	%617 = or i1 false, %594
	%618 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%619 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %619
	%620 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_histm, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %620
	call void @llvm.nvvm.barrier0()
	br label %621

621:
	%622 = phi i32 [ %0, %604 ], [ %688, %687 ]
	%623 = icmp slt i32 %622, %16
	br i1 %623, label %624, label %640

624:
	%625 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %622
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
	%642 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %641
	%643 = load i32, i32 addrspace(3)* %642
	%644 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_histm, i32 0, i32 %641
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
	%670 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %632
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
	%685 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_histm, i32 0, i32 %632
	%686 = atomicrmw add i32 addrspace(3)* %685, i32 %681 monotonic
	br label %687

687:
	%688 = add i32 %622, 256
	br label %621

689:
	%690 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %647
	store i32 %667, i32 addrspace(3)* %690
	br label %691

691:
	call void @llvm.nvvm.barrier0()
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %647, 0
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 0, %695
	%697 = add i32 0, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %647, 1
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%705 = load i32, i32 addrspace(3)* %704
	%706 = icmp sgt i32 %647, 2
	%707 = select i1 %706, i32 %705, i32 0
	%708 = add i32 %702, %707
	%709 = add i32 %703, %705
	%710 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%711 = load i32, i32 addrspace(3)* %710
	%712 = icmp sgt i32 %647, 3
	%713 = select i1 %712, i32 %711, i32 0
	%714 = add i32 %708, %713
	%715 = add i32 %709, %711
	%716 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%717 = load i32, i32 addrspace(3)* %716
	%718 = icmp sgt i32 %647, 4
	%719 = select i1 %718, i32 %717, i32 0
	%720 = add i32 %714, %719
	%721 = add i32 %715, %717
	%722 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%723 = load i32, i32 addrspace(3)* %722
	%724 = icmp sgt i32 %647, 5
	%725 = select i1 %724, i32 %723, i32 0
	%726 = add i32 %720, %725
	%727 = add i32 %721, %723
	%728 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%729 = load i32, i32 addrspace(3)* %728
	%730 = icmp sgt i32 %647, 6
	%731 = select i1 %730, i32 %729, i32 0
	%732 = add i32 %726, %731
	%733 = add i32 %727, %729
	%734 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 %743
	store i32 %763, i32 addrspace(3)* %766
	br label %767

767:
	call void @llvm.nvvm.barrier0()
	%768 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 0
	%769 = load i32, i32 addrspace(3)* %768
	%770 = icmp sgt i32 %743, 0
	%771 = select i1 %770, i32 %769, i32 0
	%772 = add i32 0, %771
	%773 = add i32 0, %769
	%774 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 1
	%775 = load i32, i32 addrspace(3)* %774
	%776 = icmp sgt i32 %743, 1
	%777 = select i1 %776, i32 %775, i32 0
	%778 = add i32 %772, %777
	%779 = add i32 %773, %775
	%780 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 2
	%781 = load i32, i32 addrspace(3)* %780
	%782 = icmp sgt i32 %743, 2
	%783 = select i1 %782, i32 %781, i32 0
	%784 = add i32 %778, %783
	%785 = add i32 %779, %781
	%786 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 3
	%787 = load i32, i32 addrspace(3)* %786
	%788 = icmp sgt i32 %743, 3
	%789 = select i1 %788, i32 %787, i32 0
	%790 = add i32 %784, %789
	%791 = add i32 %785, %787
	%792 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 4
	%793 = load i32, i32 addrspace(3)* %792
	%794 = icmp sgt i32 %743, 4
	%795 = select i1 %794, i32 %793, i32 0
	%796 = add i32 %790, %795
	%797 = add i32 %791, %793
	%798 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 5
	%799 = load i32, i32 addrspace(3)* %798
	%800 = icmp sgt i32 %743, 5
	%801 = select i1 %800, i32 %799, i32 0
	%802 = add i32 %796, %801
	%803 = add i32 %797, %799
	%804 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 6
	%805 = load i32, i32 addrspace(3)* %804
	%806 = icmp sgt i32 %743, 6
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %802, %807
	%809 = add i32 %803, %805
	%810 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 7
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
	%828 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 0
	store i32 %827, i32 addrspace(3)* %828
	%829 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 1
	store i32 %741, i32 addrspace(3)* %829
	%830 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 2
	store i32 %817, i32 addrspace(3)* %830
	%831 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 3
	store i32 %643, i32 addrspace(3)* %831
	br label %832

832:
	call void @llvm.nvvm.barrier0()
	%833 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 0
	%834 = load i32, i32 addrspace(3)* %833
	%835 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 1
	%836 = load i32, i32 addrspace(3)* %835
	%837 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 2
	%838 = load i32, i32 addrspace(3)* %837
	%839 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_bins, i32 0, i32 3
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
	%877 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %876
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
	%888 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %887
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
	%919 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %917
	store i32 %918, i32 addrspace(3)* %919
	br label %920

920:
	%921 = add i32 %873, 256
	br label %872

922:
	%923 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 %892
	store i32 %912, i32 addrspace(3)* %923
	br label %924

924:
	call void @llvm.nvvm.barrier0()
	%925 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 0
	%926 = load i32, i32 addrspace(3)* %925
	%927 = icmp sgt i32 %892, 0
	%928 = select i1 %927, i32 %926, i32 0
	%929 = add i32 0, %928
	%930 = add i32 0, %926
	%931 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 1
	%932 = load i32, i32 addrspace(3)* %931
	%933 = icmp sgt i32 %892, 1
	%934 = select i1 %933, i32 %932, i32 0
	%935 = add i32 %929, %934
	%936 = add i32 %930, %932
	%937 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 2
	%938 = load i32, i32 addrspace(3)* %937
	%939 = icmp sgt i32 %892, 2
	%940 = select i1 %939, i32 %938, i32 0
	%941 = add i32 %935, %940
	%942 = add i32 %936, %938
	%943 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 3
	%944 = load i32, i32 addrspace(3)* %943
	%945 = icmp sgt i32 %892, 3
	%946 = select i1 %945, i32 %944, i32 0
	%947 = add i32 %941, %946
	%948 = add i32 %942, %944
	%949 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 4
	%950 = load i32, i32 addrspace(3)* %949
	%951 = icmp sgt i32 %892, 4
	%952 = select i1 %951, i32 %950, i32 0
	%953 = add i32 %947, %952
	%954 = add i32 %948, %950
	%955 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 5
	%956 = load i32, i32 addrspace(3)* %955
	%957 = icmp sgt i32 %892, 5
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %953, %958
	%960 = add i32 %954, %956
	%961 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 6
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp sgt i32 %892, 6
	%964 = select i1 %963, i32 %962, i32 0
	%965 = add i32 %959, %964
	%966 = add i32 %960, %962
	%967 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 7
	%968 = load i32, i32 addrspace(3)* %967
	%969 = icmp sgt i32 %892, 7
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %965, %970
	%972 = add i32 %966, %968
	%973 = add i32 %971, %912
	%974 = sub i32 %973, %890
	br i1 %886, label %975, label %977

975:
	%976 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %0
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
	%983 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %982
	%984 = load i32, i32 addrspace(3)* %983
	%985 = icmp ugt i32 %984, %851
	%986 = icmp eq i32 %984, %851
	%987 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%988 = sdiv i32 %979, 256
	%989 = mul i32 %988, 8
	%990 = add i32 %989, %4
	%991 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %985)
	%992 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %990
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
	%1000 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %996
	store i32 %999, i32 addrspace(3)* %1000
	br label %1001

1001:
	%1002 = add i32 %979, 256
	br label %978

topk:
	call void @llvm.nvvm.barrier0()
	%1003 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
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
	%1008 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1005
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
	%1025 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %1024
	%1026 = load i32, i32 addrspace(3)* %1025
	%1027 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist2, i32 0, i32 %0
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
	%1052 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %1015
	%1053 = call i32 @llvm.ctpop.i32(i32 %1017)
	%1054 = atomicrmw add i32 addrspace(3)* %1052, i32 %1053 monotonic
	br label %1055

1055:
	%1056 = add i32 %1005, 256
	br label %1004

1057:
	%1058 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %1029
	store i32 %1049, i32 addrspace(3)* %1058
	br label %1059

1059:
	call void @llvm.nvvm.barrier0()
	%1060 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%1061 = load i32, i32 addrspace(3)* %1060
	%1062 = icmp sgt i32 %1029, 0
	%1063 = select i1 %1062, i32 %1061, i32 0
	%1064 = add i32 0, %1063
	%1065 = add i32 0, %1061
	%1066 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%1067 = load i32, i32 addrspace(3)* %1066
	%1068 = icmp sgt i32 %1029, 1
	%1069 = select i1 %1068, i32 %1067, i32 0
	%1070 = add i32 %1064, %1069
	%1071 = add i32 %1065, %1067
	%1072 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%1073 = load i32, i32 addrspace(3)* %1072
	%1074 = icmp sgt i32 %1029, 2
	%1075 = select i1 %1074, i32 %1073, i32 0
	%1076 = add i32 %1070, %1075
	%1077 = add i32 %1071, %1073
	%1078 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%1079 = load i32, i32 addrspace(3)* %1078
	%1080 = icmp sgt i32 %1029, 3
	%1081 = select i1 %1080, i32 %1079, i32 0
	%1082 = add i32 %1076, %1081
	%1083 = add i32 %1077, %1079
	%1084 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%1085 = load i32, i32 addrspace(3)* %1084
	%1086 = icmp sgt i32 %1029, 4
	%1087 = select i1 %1086, i32 %1085, i32 0
	%1088 = add i32 %1082, %1087
	%1089 = add i32 %1083, %1085
	%1090 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%1091 = load i32, i32 addrspace(3)* %1090
	%1092 = icmp sgt i32 %1029, 5
	%1093 = select i1 %1092, i32 %1091, i32 0
	%1094 = add i32 %1088, %1093
	%1095 = add i32 %1089, %1091
	%1096 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%1097 = load i32, i32 addrspace(3)* %1096
	%1098 = icmp sgt i32 %1029, 6
	%1099 = select i1 %1098, i32 %1097, i32 0
	%1100 = add i32 %1094, %1099
	%1101 = add i32 %1095, %1097
	%1102 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%1115 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %1024, i32 addrspace(3)* %1115
	%1116 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %1109, i32 addrspace(3)* %1116
	br label %1117

1117:
	call void @llvm.nvvm.barrier0()
	%1118 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%1119 = load i32, i32 addrspace(3)* %1118
	%1120 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
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
	%1130 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1127
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
	%1147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist2, i32 0, i32 %1146
	%1148 = load i32, i32 addrspace(3)* %1147
	%1149 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
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
	%1174 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist2, i32 0, i32 %1137
	%1175 = call i32 @llvm.ctpop.i32(i32 %1139)
	%1176 = atomicrmw add i32 addrspace(3)* %1174, i32 %1175 monotonic
	br label %1177

1177:
	%1178 = add i32 %1127, 256
	br label %1126

1179:
	%1180 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %1151
	store i32 %1171, i32 addrspace(3)* %1180
	br label %1181

1181:
	call void @llvm.nvvm.barrier0()
	%1182 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%1183 = load i32, i32 addrspace(3)* %1182
	%1184 = icmp sgt i32 %1151, 0
	%1185 = select i1 %1184, i32 %1183, i32 0
	%1186 = add i32 0, %1185
	%1187 = add i32 0, %1183
	%1188 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%1189 = load i32, i32 addrspace(3)* %1188
	%1190 = icmp sgt i32 %1151, 1
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = add i32 %1186, %1191
	%1193 = add i32 %1187, %1189
	%1194 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%1195 = load i32, i32 addrspace(3)* %1194
	%1196 = icmp sgt i32 %1151, 2
	%1197 = select i1 %1196, i32 %1195, i32 0
	%1198 = add i32 %1192, %1197
	%1199 = add i32 %1193, %1195
	%1200 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%1201 = load i32, i32 addrspace(3)* %1200
	%1202 = icmp sgt i32 %1151, 3
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = add i32 %1198, %1203
	%1205 = add i32 %1199, %1201
	%1206 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%1207 = load i32, i32 addrspace(3)* %1206
	%1208 = icmp sgt i32 %1151, 4
	%1209 = select i1 %1208, i32 %1207, i32 0
	%1210 = add i32 %1204, %1209
	%1211 = add i32 %1205, %1207
	%1212 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%1213 = load i32, i32 addrspace(3)* %1212
	%1214 = icmp sgt i32 %1151, 5
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = add i32 %1210, %1215
	%1217 = add i32 %1211, %1213
	%1218 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%1219 = load i32, i32 addrspace(3)* %1218
	%1220 = icmp sgt i32 %1151, 6
	%1221 = select i1 %1220, i32 %1219, i32 0
	%1222 = add i32 %1216, %1221
	%1223 = add i32 %1217, %1219
	%1224 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%1237 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %1146, i32 addrspace(3)* %1237
	%1238 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %1231, i32 addrspace(3)* %1238
	br label %1239

1239:
	call void @llvm.nvvm.barrier0()
	%1240 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%1241 = load i32, i32 addrspace(3)* %1240
	%1242 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
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
	%1252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1249
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
	%1269 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %1268
	%1270 = load i32, i32 addrspace(3)* %1269
	%1271 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist2, i32 0, i32 %0
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
	%1296 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %1259
	%1297 = call i32 @llvm.ctpop.i32(i32 %1261)
	%1298 = atomicrmw add i32 addrspace(3)* %1296, i32 %1297 monotonic
	br label %1299

1299:
	%1300 = add i32 %1249, 256
	br label %1248

1301:
	%1302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %1273
	store i32 %1293, i32 addrspace(3)* %1302
	br label %1303

1303:
	call void @llvm.nvvm.barrier0()
	%1304 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%1305 = load i32, i32 addrspace(3)* %1304
	%1306 = icmp sgt i32 %1273, 0
	%1307 = select i1 %1306, i32 %1305, i32 0
	%1308 = add i32 0, %1307
	%1309 = add i32 0, %1305
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1273, 1
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 %1308, %1313
	%1315 = add i32 %1309, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1273, 2
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1273, 3
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = icmp sgt i32 %1273, 4
	%1331 = select i1 %1330, i32 %1329, i32 0
	%1332 = add i32 %1326, %1331
	%1333 = add i32 %1327, %1329
	%1334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = icmp sgt i32 %1273, 5
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = add i32 %1332, %1337
	%1339 = add i32 %1333, %1335
	%1340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%1341 = load i32, i32 addrspace(3)* %1340
	%1342 = icmp sgt i32 %1273, 6
	%1343 = select i1 %1342, i32 %1341, i32 0
	%1344 = add i32 %1338, %1343
	%1345 = add i32 %1339, %1341
	%1346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%1359 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %1268, i32 addrspace(3)* %1359
	%1360 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %1353, i32 addrspace(3)* %1360
	br label %1361

1361:
	call void @llvm.nvvm.barrier0()
	%1362 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%1363 = load i32, i32 addrspace(3)* %1362
	%1364 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
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
	%1374 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1371
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
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist2, i32 0, i32 %1390
	%1392 = load i32, i32 addrspace(3)* %1391
	%1393 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
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
	%1418 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist2, i32 0, i32 %1381
	%1419 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1420 = atomicrmw add i32 addrspace(3)* %1418, i32 %1419 monotonic
	br label %1421

1421:
	%1422 = add i32 %1371, 256
	br label %1370

1423:
	%1424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %1395
	store i32 %1415, i32 addrspace(3)* %1424
	br label %1425

1425:
	call void @llvm.nvvm.barrier0()
	%1426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%1427 = load i32, i32 addrspace(3)* %1426
	%1428 = icmp sgt i32 %1395, 0
	%1429 = select i1 %1428, i32 %1427, i32 0
	%1430 = add i32 0, %1429
	%1431 = add i32 0, %1427
	%1432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%1433 = load i32, i32 addrspace(3)* %1432
	%1434 = icmp sgt i32 %1395, 1
	%1435 = select i1 %1434, i32 %1433, i32 0
	%1436 = add i32 %1430, %1435
	%1437 = add i32 %1431, %1433
	%1438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%1439 = load i32, i32 addrspace(3)* %1438
	%1440 = icmp sgt i32 %1395, 2
	%1441 = select i1 %1440, i32 %1439, i32 0
	%1442 = add i32 %1436, %1441
	%1443 = add i32 %1437, %1439
	%1444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%1445 = load i32, i32 addrspace(3)* %1444
	%1446 = icmp sgt i32 %1395, 3
	%1447 = select i1 %1446, i32 %1445, i32 0
	%1448 = add i32 %1442, %1447
	%1449 = add i32 %1443, %1445
	%1450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%1451 = load i32, i32 addrspace(3)* %1450
	%1452 = icmp sgt i32 %1395, 4
	%1453 = select i1 %1452, i32 %1451, i32 0
	%1454 = add i32 %1448, %1453
	%1455 = add i32 %1449, %1451
	%1456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%1457 = load i32, i32 addrspace(3)* %1456
	%1458 = icmp sgt i32 %1395, 5
	%1459 = select i1 %1458, i32 %1457, i32 0
	%1460 = add i32 %1454, %1459
	%1461 = add i32 %1455, %1457
	%1462 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%1463 = load i32, i32 addrspace(3)* %1462
	%1464 = icmp sgt i32 %1395, 6
	%1465 = select i1 %1464, i32 %1463, i32 0
	%1466 = add i32 %1460, %1465
	%1467 = add i32 %1461, %1463
	%1468 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%1481 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %1390, i32 addrspace(3)* %1481
	%1482 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %1475, i32 addrspace(3)* %1482
	br label %1483

1483:
	call void @llvm.nvvm.barrier0()
	%1484 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%1485 = load i32, i32 addrspace(3)* %1484
	%1486 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
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
	%1499 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1498
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
	%1511 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %1510
	%1512 = load i32, i32 addrspace(3)* %1511
	%1513 = select i1 %1509, i32 %1512, i32 0
	%1514 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpt, i32 0, i32 %1510
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
	%1545 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %1543
	store i32 %1544, i32 addrspace(3)* %1545
	%1546 = call i32 @llvm.ctpop.i32(i32 %1504)
	%1547 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpt, i32 0, i32 %1543
	store i32 %1546, i32 addrspace(3)* %1547
	br label %1548

1548:
	%1549 = add i32 %1495, 256
	br label %1494

1550:
	%1551 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %1518
	store i32 %1538, i32 addrspace(3)* %1551
	br label %1552

1552:
	call void @llvm.nvvm.barrier0()
	%1553 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%1554 = load i32, i32 addrspace(3)* %1553
	%1555 = icmp sgt i32 %1518, 0
	%1556 = select i1 %1555, i32 %1554, i32 0
	%1557 = add i32 0, %1556
	%1558 = add i32 0, %1554
	%1559 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%1560 = load i32, i32 addrspace(3)* %1559
	%1561 = icmp sgt i32 %1518, 1
	%1562 = select i1 %1561, i32 %1560, i32 0
	%1563 = add i32 %1557, %1562
	%1564 = add i32 %1558, %1560
	%1565 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%1566 = load i32, i32 addrspace(3)* %1565
	%1567 = icmp sgt i32 %1518, 2
	%1568 = select i1 %1567, i32 %1566, i32 0
	%1569 = add i32 %1563, %1568
	%1570 = add i32 %1564, %1566
	%1571 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%1572 = load i32, i32 addrspace(3)* %1571
	%1573 = icmp sgt i32 %1518, 3
	%1574 = select i1 %1573, i32 %1572, i32 0
	%1575 = add i32 %1569, %1574
	%1576 = add i32 %1570, %1572
	%1577 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%1578 = load i32, i32 addrspace(3)* %1577
	%1579 = icmp sgt i32 %1518, 4
	%1580 = select i1 %1579, i32 %1578, i32 0
	%1581 = add i32 %1575, %1580
	%1582 = add i32 %1576, %1578
	%1583 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%1584 = load i32, i32 addrspace(3)* %1583
	%1585 = icmp sgt i32 %1518, 5
	%1586 = select i1 %1585, i32 %1584, i32 0
	%1587 = add i32 %1581, %1586
	%1588 = add i32 %1582, %1584
	%1589 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%1590 = load i32, i32 addrspace(3)* %1589
	%1591 = icmp sgt i32 %1518, 6
	%1592 = select i1 %1591, i32 %1590, i32 0
	%1593 = add i32 %1587, %1592
	%1594 = add i32 %1588, %1590
	%1595 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
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
	%1633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 %1610
	store i32 %1630, i32 addrspace(3)* %1633
	br label %1634

1634:
	call void @llvm.nvvm.barrier0()
	%1635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 0
	%1636 = load i32, i32 addrspace(3)* %1635
	%1637 = icmp sgt i32 %1610, 0
	%1638 = select i1 %1637, i32 %1636, i32 0
	%1639 = add i32 0, %1638
	%1640 = add i32 0, %1636
	%1641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 1
	%1642 = load i32, i32 addrspace(3)* %1641
	%1643 = icmp sgt i32 %1610, 1
	%1644 = select i1 %1643, i32 %1642, i32 0
	%1645 = add i32 %1639, %1644
	%1646 = add i32 %1640, %1642
	%1647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 2
	%1648 = load i32, i32 addrspace(3)* %1647
	%1649 = icmp sgt i32 %1610, 2
	%1650 = select i1 %1649, i32 %1648, i32 0
	%1651 = add i32 %1645, %1650
	%1652 = add i32 %1646, %1648
	%1653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 3
	%1654 = load i32, i32 addrspace(3)* %1653
	%1655 = icmp sgt i32 %1610, 3
	%1656 = select i1 %1655, i32 %1654, i32 0
	%1657 = add i32 %1651, %1656
	%1658 = add i32 %1652, %1654
	%1659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 4
	%1660 = load i32, i32 addrspace(3)* %1659
	%1661 = icmp sgt i32 %1610, 4
	%1662 = select i1 %1661, i32 %1660, i32 0
	%1663 = add i32 %1657, %1662
	%1664 = add i32 %1658, %1660
	%1665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 5
	%1666 = load i32, i32 addrspace(3)* %1665
	%1667 = icmp sgt i32 %1610, 5
	%1668 = select i1 %1667, i32 %1666, i32 0
	%1669 = add i32 %1663, %1668
	%1670 = add i32 %1664, %1666
	%1671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 6
	%1672 = load i32, i32 addrspace(3)* %1671
	%1673 = icmp sgt i32 %1610, 6
	%1674 = select i1 %1673, i32 %1672, i32 0
	%1675 = add i32 %1669, %1674
	%1676 = add i32 %1670, %1672
	%1677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 7
	%1678 = load i32, i32 addrspace(3)* %1677
	%1679 = icmp sgt i32 %1610, 7
	%1680 = select i1 %1679, i32 %1678, i32 0
	%1681 = add i32 %1675, %1680
	%1682 = add i32 %1676, %1678
	%1683 = add i32 %1681, %1630
	%1684 = sub i32 %1683, %1608
	br i1 %1509, label %1685, label %1688

1685:
	%1686 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %0
	store i32 %1684, i32 addrspace(3)* %1686
	%1687 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpt, i32 0, i32 %0
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
	%1694 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1693
	%1695 = load i32, i32 addrspace(3)* %1694
	%1696 = icmp ugt i32 %1695, %1490
	%1697 = icmp eq i32 %1695, %1490
	%1698 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1696)
	%1699 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1697)
	%1700 = sdiv i32 %1690, 256
	%1701 = mul i32 %1700, 8
	%1702 = add i32 %1701, %4
	%1703 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpt, i32 0, i32 %1702
	%1704 = load i32, i32 addrspace(3)* %1703
	%1705 = and i32 %1699, %1493
	%1706 = call i32 @llvm.ctpop.i32(i32 %1705)
	%1707 = add i32 %1704, %1706
	%1708 = icmp slt i32 %1707, %1488
	%1709 = and i1 %1697, %1708
	%1710 = or i1 %1696, %1709
	%1711 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %1710)
	%1712 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @oracle_select1_cmpg, i32 0, i32 %1702
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
	%1720 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1716
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
	%1727 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1724
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
	%1760 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1758
	%1761 = load i32, i32 addrspace(3)* %1760
	%1762 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1759
	%1763 = load i32, i32 addrspace(3)* %1762
	%1764 = and i32 %1758, %1735
	%1765 = icmp eq i32 %1764, 0
	%1766 = icmp sge i32 %1763, 0
	%1767 = select i1 %1766, i32 %1763, i32 0
	%1768 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1767
	%1769 = load i32, i32 addrspace(3)* %1768
	%1770 = select i1 %1766, i32 %1769, i32 0
	%1771 = icmp sge i32 %1761, 0
	%1772 = select i1 %1771, i32 %1761, i32 0
	%1773 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1772
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
	%1785 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1758
	store i32 %1763, i32 addrspace(3)* %1785
	%1786 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1759
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
	%1793 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1790
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
	%1807 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
	%1808 = load double, double addrspace(3)* %1807
	br label %1822

1809:
	call void @llvm.nvvm.barrier0()
	%1810 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 1
	%1811 = load i32, i32 addrspace(3)* %1810
	%1812 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 2
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
	%1833 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %1828
	%1834 = load i32, i32 addrspace(3)* %1833
	%1835 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %1834
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
	%1936 = fcmp oge double %1824, 0x3FEE666666666666
	%1937 = or i1 %1935, %1936
	br i1 %1937, label %1938, label %1963

1938:
	%1939 = fsub double %1918, %1841
	%1940 = fadd double %1824, %1939
	%1941 = fcmp olt double %1940, 0x3FEE666666666666
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
	%1965 = fcmp olt double %1824, 0x3FEE666666666666
	%1966 = add i32 %1823, 0
	%1967 = icmp slt i32 %1966, %855
	%1968 = and i1 %1965, %1967
	%1969 = fpext float %1964 to double
	%1970 = fadd double %1824, %1969
	%1971 = select i1 %1968, double %1970, double %1824
	%1972 = add i32 %1825, 1
	%1973 = select i1 %1968, i32 %1972, i32 %1825
	%1974 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 1, i32 31)
	%1975 = fcmp olt double %1971, 0x3FEE666666666666
	%1976 = add i32 %1823, 1
	%1977 = icmp slt i32 %1976, %855
	%1978 = and i1 %1975, %1977
	%1979 = fpext float %1974 to double
	%1980 = fadd double %1971, %1979
	%1981 = select i1 %1978, double %1980, double %1971
	%1982 = add i32 %1973, 1
	%1983 = select i1 %1978, i32 %1982, i32 %1973
	%1984 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 2, i32 31)
	%1985 = fcmp olt double %1981, 0x3FEE666666666666
	%1986 = add i32 %1823, 2
	%1987 = icmp slt i32 %1986, %855
	%1988 = and i1 %1985, %1987
	%1989 = fpext float %1984 to double
	%1990 = fadd double %1981, %1989
	%1991 = select i1 %1988, double %1990, double %1981
	%1992 = add i32 %1983, 1
	%1993 = select i1 %1988, i32 %1992, i32 %1983
	%1994 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 3, i32 31)
	%1995 = fcmp olt double %1991, 0x3FEE666666666666
	%1996 = add i32 %1823, 3
	%1997 = icmp slt i32 %1996, %855
	%1998 = and i1 %1995, %1997
	%1999 = fpext float %1994 to double
	%2000 = fadd double %1991, %1999
	%2001 = select i1 %1998, double %2000, double %1991
	%2002 = add i32 %1993, 1
	%2003 = select i1 %1998, i32 %2002, i32 %1993
	%2004 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 4, i32 31)
	%2005 = fcmp olt double %2001, 0x3FEE666666666666
	%2006 = add i32 %1823, 4
	%2007 = icmp slt i32 %2006, %855
	%2008 = and i1 %2005, %2007
	%2009 = fpext float %2004 to double
	%2010 = fadd double %2001, %2009
	%2011 = select i1 %2008, double %2010, double %2001
	%2012 = add i32 %2003, 1
	%2013 = select i1 %2008, i32 %2012, i32 %2003
	%2014 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 5, i32 31)
	%2015 = fcmp olt double %2011, 0x3FEE666666666666
	%2016 = add i32 %1823, 5
	%2017 = icmp slt i32 %2016, %855
	%2018 = and i1 %2015, %2017
	%2019 = fpext float %2014 to double
	%2020 = fadd double %2011, %2019
	%2021 = select i1 %2018, double %2020, double %2011
	%2022 = add i32 %2013, 1
	%2023 = select i1 %2018, i32 %2022, i32 %2013
	%2024 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 6, i32 31)
	%2025 = fcmp olt double %2021, 0x3FEE666666666666
	%2026 = add i32 %1823, 6
	%2027 = icmp slt i32 %2026, %855
	%2028 = and i1 %2025, %2027
	%2029 = fpext float %2024 to double
	%2030 = fadd double %2021, %2029
	%2031 = select i1 %2028, double %2030, double %2021
	%2032 = add i32 %2023, 1
	%2033 = select i1 %2028, i32 %2032, i32 %2023
	%2034 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 7, i32 31)
	%2035 = fcmp olt double %2031, 0x3FEE666666666666
	%2036 = add i32 %1823, 7
	%2037 = icmp slt i32 %2036, %855
	%2038 = and i1 %2035, %2037
	%2039 = fpext float %2034 to double
	%2040 = fadd double %2031, %2039
	%2041 = select i1 %2038, double %2040, double %2031
	%2042 = add i32 %2033, 1
	%2043 = select i1 %2038, i32 %2042, i32 %2033
	%2044 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 8, i32 31)
	%2045 = fcmp olt double %2041, 0x3FEE666666666666
	%2046 = add i32 %1823, 8
	%2047 = icmp slt i32 %2046, %855
	%2048 = and i1 %2045, %2047
	%2049 = fpext float %2044 to double
	%2050 = fadd double %2041, %2049
	%2051 = select i1 %2048, double %2050, double %2041
	%2052 = add i32 %2043, 1
	%2053 = select i1 %2048, i32 %2052, i32 %2043
	%2054 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 9, i32 31)
	%2055 = fcmp olt double %2051, 0x3FEE666666666666
	%2056 = add i32 %1823, 9
	%2057 = icmp slt i32 %2056, %855
	%2058 = and i1 %2055, %2057
	%2059 = fpext float %2054 to double
	%2060 = fadd double %2051, %2059
	%2061 = select i1 %2058, double %2060, double %2051
	%2062 = add i32 %2053, 1
	%2063 = select i1 %2058, i32 %2062, i32 %2053
	%2064 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 10, i32 31)
	%2065 = fcmp olt double %2061, 0x3FEE666666666666
	%2066 = add i32 %1823, 10
	%2067 = icmp slt i32 %2066, %855
	%2068 = and i1 %2065, %2067
	%2069 = fpext float %2064 to double
	%2070 = fadd double %2061, %2069
	%2071 = select i1 %2068, double %2070, double %2061
	%2072 = add i32 %2063, 1
	%2073 = select i1 %2068, i32 %2072, i32 %2063
	%2074 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 11, i32 31)
	%2075 = fcmp olt double %2071, 0x3FEE666666666666
	%2076 = add i32 %1823, 11
	%2077 = icmp slt i32 %2076, %855
	%2078 = and i1 %2075, %2077
	%2079 = fpext float %2074 to double
	%2080 = fadd double %2071, %2079
	%2081 = select i1 %2078, double %2080, double %2071
	%2082 = add i32 %2073, 1
	%2083 = select i1 %2078, i32 %2082, i32 %2073
	%2084 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 12, i32 31)
	%2085 = fcmp olt double %2081, 0x3FEE666666666666
	%2086 = add i32 %1823, 12
	%2087 = icmp slt i32 %2086, %855
	%2088 = and i1 %2085, %2087
	%2089 = fpext float %2084 to double
	%2090 = fadd double %2081, %2089
	%2091 = select i1 %2088, double %2090, double %2081
	%2092 = add i32 %2083, 1
	%2093 = select i1 %2088, i32 %2092, i32 %2083
	%2094 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 13, i32 31)
	%2095 = fcmp olt double %2091, 0x3FEE666666666666
	%2096 = add i32 %1823, 13
	%2097 = icmp slt i32 %2096, %855
	%2098 = and i1 %2095, %2097
	%2099 = fpext float %2094 to double
	%2100 = fadd double %2091, %2099
	%2101 = select i1 %2098, double %2100, double %2091
	%2102 = add i32 %2093, 1
	%2103 = select i1 %2098, i32 %2102, i32 %2093
	%2104 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 14, i32 31)
	%2105 = fcmp olt double %2101, 0x3FEE666666666666
	%2106 = add i32 %1823, 14
	%2107 = icmp slt i32 %2106, %855
	%2108 = and i1 %2105, %2107
	%2109 = fpext float %2104 to double
	%2110 = fadd double %2101, %2109
	%2111 = select i1 %2108, double %2110, double %2101
	%2112 = add i32 %2103, 1
	%2113 = select i1 %2108, i32 %2112, i32 %2103
	%2114 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 15, i32 31)
	%2115 = fcmp olt double %2111, 0x3FEE666666666666
	%2116 = add i32 %1823, 15
	%2117 = icmp slt i32 %2116, %855
	%2118 = and i1 %2115, %2117
	%2119 = fpext float %2114 to double
	%2120 = fadd double %2111, %2119
	%2121 = select i1 %2118, double %2120, double %2111
	%2122 = add i32 %2113, 1
	%2123 = select i1 %2118, i32 %2122, i32 %2113
	%2124 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 16, i32 31)
	%2125 = fcmp olt double %2121, 0x3FEE666666666666
	%2126 = add i32 %1823, 16
	%2127 = icmp slt i32 %2126, %855
	%2128 = and i1 %2125, %2127
	%2129 = fpext float %2124 to double
	%2130 = fadd double %2121, %2129
	%2131 = select i1 %2128, double %2130, double %2121
	%2132 = add i32 %2123, 1
	%2133 = select i1 %2128, i32 %2132, i32 %2123
	%2134 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 17, i32 31)
	%2135 = fcmp olt double %2131, 0x3FEE666666666666
	%2136 = add i32 %1823, 17
	%2137 = icmp slt i32 %2136, %855
	%2138 = and i1 %2135, %2137
	%2139 = fpext float %2134 to double
	%2140 = fadd double %2131, %2139
	%2141 = select i1 %2138, double %2140, double %2131
	%2142 = add i32 %2133, 1
	%2143 = select i1 %2138, i32 %2142, i32 %2133
	%2144 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 18, i32 31)
	%2145 = fcmp olt double %2141, 0x3FEE666666666666
	%2146 = add i32 %1823, 18
	%2147 = icmp slt i32 %2146, %855
	%2148 = and i1 %2145, %2147
	%2149 = fpext float %2144 to double
	%2150 = fadd double %2141, %2149
	%2151 = select i1 %2148, double %2150, double %2141
	%2152 = add i32 %2143, 1
	%2153 = select i1 %2148, i32 %2152, i32 %2143
	%2154 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 19, i32 31)
	%2155 = fcmp olt double %2151, 0x3FEE666666666666
	%2156 = add i32 %1823, 19
	%2157 = icmp slt i32 %2156, %855
	%2158 = and i1 %2155, %2157
	%2159 = fpext float %2154 to double
	%2160 = fadd double %2151, %2159
	%2161 = select i1 %2158, double %2160, double %2151
	%2162 = add i32 %2153, 1
	%2163 = select i1 %2158, i32 %2162, i32 %2153
	%2164 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 20, i32 31)
	%2165 = fcmp olt double %2161, 0x3FEE666666666666
	%2166 = add i32 %1823, 20
	%2167 = icmp slt i32 %2166, %855
	%2168 = and i1 %2165, %2167
	%2169 = fpext float %2164 to double
	%2170 = fadd double %2161, %2169
	%2171 = select i1 %2168, double %2170, double %2161
	%2172 = add i32 %2163, 1
	%2173 = select i1 %2168, i32 %2172, i32 %2163
	%2174 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 21, i32 31)
	%2175 = fcmp olt double %2171, 0x3FEE666666666666
	%2176 = add i32 %1823, 21
	%2177 = icmp slt i32 %2176, %855
	%2178 = and i1 %2175, %2177
	%2179 = fpext float %2174 to double
	%2180 = fadd double %2171, %2179
	%2181 = select i1 %2178, double %2180, double %2171
	%2182 = add i32 %2173, 1
	%2183 = select i1 %2178, i32 %2182, i32 %2173
	%2184 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 22, i32 31)
	%2185 = fcmp olt double %2181, 0x3FEE666666666666
	%2186 = add i32 %1823, 22
	%2187 = icmp slt i32 %2186, %855
	%2188 = and i1 %2185, %2187
	%2189 = fpext float %2184 to double
	%2190 = fadd double %2181, %2189
	%2191 = select i1 %2188, double %2190, double %2181
	%2192 = add i32 %2183, 1
	%2193 = select i1 %2188, i32 %2192, i32 %2183
	%2194 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 23, i32 31)
	%2195 = fcmp olt double %2191, 0x3FEE666666666666
	%2196 = add i32 %1823, 23
	%2197 = icmp slt i32 %2196, %855
	%2198 = and i1 %2195, %2197
	%2199 = fpext float %2194 to double
	%2200 = fadd double %2191, %2199
	%2201 = select i1 %2198, double %2200, double %2191
	%2202 = add i32 %2193, 1
	%2203 = select i1 %2198, i32 %2202, i32 %2193
	%2204 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 24, i32 31)
	%2205 = fcmp olt double %2201, 0x3FEE666666666666
	%2206 = add i32 %1823, 24
	%2207 = icmp slt i32 %2206, %855
	%2208 = and i1 %2205, %2207
	%2209 = fpext float %2204 to double
	%2210 = fadd double %2201, %2209
	%2211 = select i1 %2208, double %2210, double %2201
	%2212 = add i32 %2203, 1
	%2213 = select i1 %2208, i32 %2212, i32 %2203
	%2214 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 25, i32 31)
	%2215 = fcmp olt double %2211, 0x3FEE666666666666
	%2216 = add i32 %1823, 25
	%2217 = icmp slt i32 %2216, %855
	%2218 = and i1 %2215, %2217
	%2219 = fpext float %2214 to double
	%2220 = fadd double %2211, %2219
	%2221 = select i1 %2218, double %2220, double %2211
	%2222 = add i32 %2213, 1
	%2223 = select i1 %2218, i32 %2222, i32 %2213
	%2224 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 26, i32 31)
	%2225 = fcmp olt double %2221, 0x3FEE666666666666
	%2226 = add i32 %1823, 26
	%2227 = icmp slt i32 %2226, %855
	%2228 = and i1 %2225, %2227
	%2229 = fpext float %2224 to double
	%2230 = fadd double %2221, %2229
	%2231 = select i1 %2228, double %2230, double %2221
	%2232 = add i32 %2223, 1
	%2233 = select i1 %2228, i32 %2232, i32 %2223
	%2234 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 27, i32 31)
	%2235 = fcmp olt double %2231, 0x3FEE666666666666
	%2236 = add i32 %1823, 27
	%2237 = icmp slt i32 %2236, %855
	%2238 = and i1 %2235, %2237
	%2239 = fpext float %2234 to double
	%2240 = fadd double %2231, %2239
	%2241 = select i1 %2238, double %2240, double %2231
	%2242 = add i32 %2233, 1
	%2243 = select i1 %2238, i32 %2242, i32 %2233
	%2244 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 28, i32 31)
	%2245 = fcmp olt double %2241, 0x3FEE666666666666
	%2246 = add i32 %1823, 28
	%2247 = icmp slt i32 %2246, %855
	%2248 = and i1 %2245, %2247
	%2249 = fpext float %2244 to double
	%2250 = fadd double %2241, %2249
	%2251 = select i1 %2248, double %2250, double %2241
	%2252 = add i32 %2243, 1
	%2253 = select i1 %2248, i32 %2252, i32 %2243
	%2254 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 29, i32 31)
	%2255 = fcmp olt double %2251, 0x3FEE666666666666
	%2256 = add i32 %1823, 29
	%2257 = icmp slt i32 %2256, %855
	%2258 = and i1 %2255, %2257
	%2259 = fpext float %2254 to double
	%2260 = fadd double %2251, %2259
	%2261 = select i1 %2258, double %2260, double %2251
	%2262 = add i32 %2253, 1
	%2263 = select i1 %2258, i32 %2262, i32 %2253
	%2264 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 30, i32 31)
	%2265 = fcmp olt double %2261, 0x3FEE666666666666
	%2266 = add i32 %1823, 30
	%2267 = icmp slt i32 %2266, %855
	%2268 = and i1 %2265, %2267
	%2269 = fpext float %2264 to double
	%2270 = fadd double %2261, %2269
	%2271 = select i1 %2268, double %2270, double %2261
	%2272 = add i32 %2263, 1
	%2273 = select i1 %2268, i32 %2272, i32 %2263
	%2274 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %1840, i32 31, i32 31)
	%2275 = fcmp olt double %2271, 0x3FEE666666666666
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
	%2289 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 1
	store i32 %1825, i32 addrspace(3)* %2289
	%2290 = fcmp oge double %1824, 0x3FEE666666666666
	%2291 = zext i1 %2290 to i32
	%2292 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 2
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

define ptx_kernel void @oracle_adstats0(i16* %q, i16* %k, i32 %M, i32 %N, i32 %group, i32 %R, i32 %T, float* %stats, float* %part, float* %mx, i32 %NK) {
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
	%10 = mul i32 %9, 128
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %q, i64 %11
	%13 = mul i32 %8, %N
	%14 = mul i32 %13, 128
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %k, i64 %15
	%17 = add i32 %T, 63
	%18 = sdiv i32 %17, 64
	%19 = ptrtoint [49152 x i8] addrspace(3)* @oracle_adstats0_smem to i32
	%20 = add i32 %19, u0x8000
	%21 = lshr i32 %5, 4
	%22 = and i32 %5, 7
	%23 = lshr i32 %5, 3
	%24 = and i32 %23, 1
	%25 = shl i32 %24, 3
	%26 = add i32 %22, %25
	%27 = mul i32 %4, 16
	%28 = add i32 %27, %26
	%29 = mul i32 %28, 256
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
	%40 = mul i32 %37, 256
	%41 = add i32 %20, %40
	%42 = and i32 %5, 7
	%43 = xor i32 %39, %42
	%44 = shl i32 %43, 4
	%45 = add i32 %41, %44
	%46 = add i32 %3, 127
	%47 = mul i32 %46, 1
	%48 = add i32 %47, 0
	%49 = sub i32 %N, %M
	%50 = add i32 %48, %49
	%51 = icmp slt i32 %50, 0
	%52 = sub i32 0, %50
	%53 = add i32 %52, 0
	%54 = sdiv i32 %53, 1
	%55 = sub i32 0, %54
	%56 = sdiv i32 %50, 1
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
	%66 = phi i32 [ 0, %entry ], [ %1988, %1987 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %1752, %1987 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %1840, %1987 ]
	%69 = phi float [ 0.0, %entry ], [ %1805, %1987 ]
	%70 = phi float [ 0.0, %entry ], [ %1893, %1987 ]
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
	br i1 %85, label %1989, label %2002

86:
	%87 = phi i32 [ 0, %72 ], [ %931, %121 ]
	%88 = phi float [ 0.0, %72 ], [ %874, %121 ]
	%89 = phi float [ 0.0, %72 ], [ %875, %121 ]
	%90 = phi float [ 0.0, %72 ], [ %876, %121 ]
	%91 = phi float [ 0.0, %72 ], [ %877, %121 ]
	%92 = phi float [ 0.0, %72 ], [ %879, %121 ]
	%93 = phi float [ 0.0, %72 ], [ %880, %121 ]
	%94 = phi float [ 0.0, %72 ], [ %881, %121 ]
	%95 = phi float [ 0.0, %72 ], [ %882, %121 ]
	%96 = phi float [ 0.0, %72 ], [ %890, %121 ]
	%97 = phi float [ 0.0, %72 ], [ %891, %121 ]
	%98 = phi float [ 0.0, %72 ], [ %892, %121 ]
	%99 = phi float [ 0.0, %72 ], [ %893, %121 ]
	%100 = phi float [ 0.0, %72 ], [ %895, %121 ]
	%101 = phi float [ 0.0, %72 ], [ %896, %121 ]
	%102 = phi float [ 0.0, %72 ], [ %897, %121 ]
	%103 = phi float [ 0.0, %72 ], [ %898, %121 ]
	%104 = phi float [ 0.0, %72 ], [ %906, %121 ]
	%105 = phi float [ 0.0, %72 ], [ %907, %121 ]
	%106 = phi float [ 0.0, %72 ], [ %908, %121 ]
	%107 = phi float [ 0.0, %72 ], [ %909, %121 ]
	%108 = phi float [ 0.0, %72 ], [ %911, %121 ]
	%109 = phi float [ 0.0, %72 ], [ %912, %121 ]
	%110 = phi float [ 0.0, %72 ], [ %913, %121 ]
	%111 = phi float [ 0.0, %72 ], [ %914, %121 ]
	%112 = phi float [ 0.0, %72 ], [ %922, %121 ]
	%113 = phi float [ 0.0, %72 ], [ %923, %121 ]
	%114 = phi float [ 0.0, %72 ], [ %924, %121 ]
	%115 = phi float [ 0.0, %72 ], [ %925, %121 ]
	%116 = phi float [ 0.0, %72 ], [ %927, %121 ]
	%117 = phi float [ 0.0, %72 ], [ %928, %121 ]
	%118 = phi float [ 0.0, %72 ], [ %929, %121 ]
	%119 = phi float [ 0.0, %72 ], [ %930, %121 ]
	%120 = icmp slt i32 %87, 1
	br i1 %120, label %121, label %932

121:
	%122 = sub i32 0, %87
	%123 = add i32 %0, 0
	%124 = lshr i32 %123, 4
	%125 = and i32 %123, 15
	%126 = add i32 %3, %124
	%127 = mul i32 %126, 1
	%128 = add i32 %127, %122
	%129 = icmp slt i32 %128, %M
	%130 = select i1 %129, i32 %128, i32 0
	%131 = mul i32 %130, 128
	%132 = mul i32 %125, 8
	%133 = add i32 %131, %132
	%134 = and i32 %124, 7
	%135 = xor i32 %125, %134
	%136 = mul i32 %124, 16
	%137 = add i32 %136, %135
	%138 = shl i32 %137, 4
	%139 = add i32 %19, %138
	%140 = sext i32 %133 to i64
	%141 = getelementptr i16, i16* %12, i64 %140
	%142 = select i1 %129, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %139, i16* %141, i32 %142)
	%143 = add i32 %0, 256
	%144 = lshr i32 %143, 4
	%145 = and i32 %143, 15
	%146 = add i32 %3, %144
	%147 = mul i32 %146, 1
	%148 = add i32 %147, %122
	%149 = icmp slt i32 %148, %M
	%150 = select i1 %149, i32 %148, i32 0
	%151 = mul i32 %150, 128
	%152 = mul i32 %145, 8
	%153 = add i32 %151, %152
	%154 = and i32 %144, 7
	%155 = xor i32 %145, %154
	%156 = mul i32 %144, 16
	%157 = add i32 %156, %155
	%158 = shl i32 %157, 4
	%159 = add i32 %19, %158
	%160 = sext i32 %153 to i64
	%161 = getelementptr i16, i16* %12, i64 %160
	%162 = select i1 %149, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %159, i16* %161, i32 %162)
	%163 = add i32 %0, 512
	%164 = lshr i32 %163, 4
	%165 = and i32 %163, 15
	%166 = add i32 %3, %164
	%167 = mul i32 %166, 1
	%168 = add i32 %167, %122
	%169 = icmp slt i32 %168, %M
	%170 = select i1 %169, i32 %168, i32 0
	%171 = mul i32 %170, 128
	%172 = mul i32 %165, 8
	%173 = add i32 %171, %172
	%174 = and i32 %164, 7
	%175 = xor i32 %165, %174
	%176 = mul i32 %164, 16
	%177 = add i32 %176, %175
	%178 = shl i32 %177, 4
	%179 = add i32 %19, %178
	%180 = sext i32 %173 to i64
	%181 = getelementptr i16, i16* %12, i64 %180
	%182 = select i1 %169, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %179, i16* %181, i32 %182)
	%183 = add i32 %0, 768
	%184 = lshr i32 %183, 4
	%185 = and i32 %183, 15
	%186 = add i32 %3, %184
	%187 = mul i32 %186, 1
	%188 = add i32 %187, %122
	%189 = icmp slt i32 %188, %M
	%190 = select i1 %189, i32 %188, i32 0
	%191 = mul i32 %190, 128
	%192 = mul i32 %185, 8
	%193 = add i32 %191, %192
	%194 = and i32 %184, 7
	%195 = xor i32 %185, %194
	%196 = mul i32 %184, 16
	%197 = add i32 %196, %195
	%198 = shl i32 %197, 4
	%199 = add i32 %19, %198
	%200 = sext i32 %193 to i64
	%201 = getelementptr i16, i16* %12, i64 %200
	%202 = select i1 %189, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %199, i16* %201, i32 %202)
	%203 = add i32 %0, 1024
	%204 = lshr i32 %203, 4
	%205 = and i32 %203, 15
	%206 = add i32 %3, %204
	%207 = mul i32 %206, 1
	%208 = add i32 %207, %122
	%209 = icmp slt i32 %208, %M
	%210 = select i1 %209, i32 %208, i32 0
	%211 = mul i32 %210, 128
	%212 = mul i32 %205, 8
	%213 = add i32 %211, %212
	%214 = and i32 %204, 7
	%215 = xor i32 %205, %214
	%216 = mul i32 %204, 16
	%217 = add i32 %216, %215
	%218 = shl i32 %217, 4
	%219 = add i32 %19, %218
	%220 = sext i32 %213 to i64
	%221 = getelementptr i16, i16* %12, i64 %220
	%222 = select i1 %209, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %219, i16* %221, i32 %222)
	%223 = add i32 %0, 1280
	%224 = lshr i32 %223, 4
	%225 = and i32 %223, 15
	%226 = add i32 %3, %224
	%227 = mul i32 %226, 1
	%228 = add i32 %227, %122
	%229 = icmp slt i32 %228, %M
	%230 = select i1 %229, i32 %228, i32 0
	%231 = mul i32 %230, 128
	%232 = mul i32 %225, 8
	%233 = add i32 %231, %232
	%234 = and i32 %224, 7
	%235 = xor i32 %225, %234
	%236 = mul i32 %224, 16
	%237 = add i32 %236, %235
	%238 = shl i32 %237, 4
	%239 = add i32 %19, %238
	%240 = sext i32 %233 to i64
	%241 = getelementptr i16, i16* %12, i64 %240
	%242 = select i1 %229, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %241, i32 %242)
	%243 = add i32 %0, 1536
	%244 = lshr i32 %243, 4
	%245 = and i32 %243, 15
	%246 = add i32 %3, %244
	%247 = mul i32 %246, 1
	%248 = add i32 %247, %122
	%249 = icmp slt i32 %248, %M
	%250 = select i1 %249, i32 %248, i32 0
	%251 = mul i32 %250, 128
	%252 = mul i32 %245, 8
	%253 = add i32 %251, %252
	%254 = and i32 %244, 7
	%255 = xor i32 %245, %254
	%256 = mul i32 %244, 16
	%257 = add i32 %256, %255
	%258 = shl i32 %257, 4
	%259 = add i32 %19, %258
	%260 = sext i32 %253 to i64
	%261 = getelementptr i16, i16* %12, i64 %260
	%262 = select i1 %249, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %259, i16* %261, i32 %262)
	%263 = add i32 %0, 1792
	%264 = lshr i32 %263, 4
	%265 = and i32 %263, 15
	%266 = add i32 %3, %264
	%267 = mul i32 %266, 1
	%268 = add i32 %267, %122
	%269 = icmp slt i32 %268, %M
	%270 = select i1 %269, i32 %268, i32 0
	%271 = mul i32 %270, 128
	%272 = mul i32 %265, 8
	%273 = add i32 %271, %272
	%274 = and i32 %264, 7
	%275 = xor i32 %265, %274
	%276 = mul i32 %264, 16
	%277 = add i32 %276, %275
	%278 = shl i32 %277, 4
	%279 = add i32 %19, %278
	%280 = sext i32 %273 to i64
	%281 = getelementptr i16, i16* %12, i64 %280
	%282 = select i1 %269, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %279, i16* %281, i32 %282)
	%283 = add i32 %0, 0
	%284 = lshr i32 %283, 4
	%285 = and i32 %283, 15
	%286 = add i32 %73, %284
	%287 = mul i32 %286, 1
	%288 = add i32 %287, %87
	%289 = icmp slt i32 %288, %N
	%290 = select i1 %289, i32 %288, i32 0
	%291 = mul i32 %290, 128
	%292 = mul i32 %285, 8
	%293 = add i32 %291, %292
	%294 = and i32 %284, 7
	%295 = xor i32 %285, %294
	%296 = mul i32 %284, 16
	%297 = add i32 %296, %295
	%298 = shl i32 %297, 4
	%299 = add i32 %20, %298
	%300 = sext i32 %293 to i64
	%301 = getelementptr i16, i16* %16, i64 %300
	%302 = select i1 %289, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %299, i16* %301, i32 %302)
	%303 = add i32 %0, 256
	%304 = lshr i32 %303, 4
	%305 = and i32 %303, 15
	%306 = add i32 %73, %304
	%307 = mul i32 %306, 1
	%308 = add i32 %307, %87
	%309 = icmp slt i32 %308, %N
	%310 = select i1 %309, i32 %308, i32 0
	%311 = mul i32 %310, 128
	%312 = mul i32 %305, 8
	%313 = add i32 %311, %312
	%314 = and i32 %304, 7
	%315 = xor i32 %305, %314
	%316 = mul i32 %304, 16
	%317 = add i32 %316, %315
	%318 = shl i32 %317, 4
	%319 = add i32 %20, %318
	%320 = sext i32 %313 to i64
	%321 = getelementptr i16, i16* %16, i64 %320
	%322 = select i1 %309, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %319, i16* %321, i32 %322)
	%323 = add i32 %0, 512
	%324 = lshr i32 %323, 4
	%325 = and i32 %323, 15
	%326 = add i32 %73, %324
	%327 = mul i32 %326, 1
	%328 = add i32 %327, %87
	%329 = icmp slt i32 %328, %N
	%330 = select i1 %329, i32 %328, i32 0
	%331 = mul i32 %330, 128
	%332 = mul i32 %325, 8
	%333 = add i32 %331, %332
	%334 = and i32 %324, 7
	%335 = xor i32 %325, %334
	%336 = mul i32 %324, 16
	%337 = add i32 %336, %335
	%338 = shl i32 %337, 4
	%339 = add i32 %20, %338
	%340 = sext i32 %333 to i64
	%341 = getelementptr i16, i16* %16, i64 %340
	%342 = select i1 %329, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %339, i16* %341, i32 %342)
	%343 = add i32 %0, 768
	%344 = lshr i32 %343, 4
	%345 = and i32 %343, 15
	%346 = add i32 %73, %344
	%347 = mul i32 %346, 1
	%348 = add i32 %347, %87
	%349 = icmp slt i32 %348, %N
	%350 = select i1 %349, i32 %348, i32 0
	%351 = mul i32 %350, 128
	%352 = mul i32 %345, 8
	%353 = add i32 %351, %352
	%354 = and i32 %344, 7
	%355 = xor i32 %345, %354
	%356 = mul i32 %344, 16
	%357 = add i32 %356, %355
	%358 = shl i32 %357, 4
	%359 = add i32 %20, %358
	%360 = sext i32 %353 to i64
	%361 = getelementptr i16, i16* %16, i64 %360
	%362 = select i1 %349, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %359, i16* %361, i32 %362)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%363 = xor i32 %34, 0
	%364 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %363)
	%365 = extractvalue { i32, i32, i32, i32 } %364, 0
	%366 = extractvalue { i32, i32, i32, i32 } %364, 1
	%367 = extractvalue { i32, i32, i32, i32 } %364, 2
	%368 = extractvalue { i32, i32, i32, i32 } %364, 3
	%369 = xor i32 %45, 0
	%370 = add i32 %369, 0
	%371 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %370)
	%372 = extractvalue { i32, i32, i32, i32 } %371, 0
	%373 = extractvalue { i32, i32, i32, i32 } %371, 1
	%374 = extractvalue { i32, i32, i32, i32 } %371, 2
	%375 = extractvalue { i32, i32, i32, i32 } %371, 3
	%376 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %372, i32 %373, float %88, float %89, float %90, float %91)
	%377 = extractvalue { float, float, float, float } %376, 0
	%378 = extractvalue { float, float, float, float } %376, 1
	%379 = extractvalue { float, float, float, float } %376, 2
	%380 = extractvalue { float, float, float, float } %376, 3
	%381 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %374, i32 %375, float %92, float %93, float %94, float %95)
	%382 = extractvalue { float, float, float, float } %381, 0
	%383 = extractvalue { float, float, float, float } %381, 1
	%384 = extractvalue { float, float, float, float } %381, 2
	%385 = extractvalue { float, float, float, float } %381, 3
	%386 = add i32 %369, u0x1000
	%387 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %386)
	%388 = extractvalue { i32, i32, i32, i32 } %387, 0
	%389 = extractvalue { i32, i32, i32, i32 } %387, 1
	%390 = extractvalue { i32, i32, i32, i32 } %387, 2
	%391 = extractvalue { i32, i32, i32, i32 } %387, 3
	%392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %388, i32 %389, float %96, float %97, float %98, float %99)
	%393 = extractvalue { float, float, float, float } %392, 0
	%394 = extractvalue { float, float, float, float } %392, 1
	%395 = extractvalue { float, float, float, float } %392, 2
	%396 = extractvalue { float, float, float, float } %392, 3
	%397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %390, i32 %391, float %100, float %101, float %102, float %103)
	%398 = extractvalue { float, float, float, float } %397, 0
	%399 = extractvalue { float, float, float, float } %397, 1
	%400 = extractvalue { float, float, float, float } %397, 2
	%401 = extractvalue { float, float, float, float } %397, 3
	%402 = add i32 %369, u0x2000
	%403 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %402)
	%404 = extractvalue { i32, i32, i32, i32 } %403, 0
	%405 = extractvalue { i32, i32, i32, i32 } %403, 1
	%406 = extractvalue { i32, i32, i32, i32 } %403, 2
	%407 = extractvalue { i32, i32, i32, i32 } %403, 3
	%408 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %404, i32 %405, float %104, float %105, float %106, float %107)
	%409 = extractvalue { float, float, float, float } %408, 0
	%410 = extractvalue { float, float, float, float } %408, 1
	%411 = extractvalue { float, float, float, float } %408, 2
	%412 = extractvalue { float, float, float, float } %408, 3
	%413 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %406, i32 %407, float %108, float %109, float %110, float %111)
	%414 = extractvalue { float, float, float, float } %413, 0
	%415 = extractvalue { float, float, float, float } %413, 1
	%416 = extractvalue { float, float, float, float } %413, 2
	%417 = extractvalue { float, float, float, float } %413, 3
	%418 = add i32 %369, 12288
	%419 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %418)
	%420 = extractvalue { i32, i32, i32, i32 } %419, 0
	%421 = extractvalue { i32, i32, i32, i32 } %419, 1
	%422 = extractvalue { i32, i32, i32, i32 } %419, 2
	%423 = extractvalue { i32, i32, i32, i32 } %419, 3
	%424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %420, i32 %421, float %112, float %113, float %114, float %115)
	%425 = extractvalue { float, float, float, float } %424, 0
	%426 = extractvalue { float, float, float, float } %424, 1
	%427 = extractvalue { float, float, float, float } %424, 2
	%428 = extractvalue { float, float, float, float } %424, 3
	%429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %365, i32 %366, i32 %367, i32 %368, i32 %422, i32 %423, float %116, float %117, float %118, float %119)
	%430 = extractvalue { float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float } %429, 3
	%434 = xor i32 %34, 32
	%435 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %434)
	%436 = extractvalue { i32, i32, i32, i32 } %435, 0
	%437 = extractvalue { i32, i32, i32, i32 } %435, 1
	%438 = extractvalue { i32, i32, i32, i32 } %435, 2
	%439 = extractvalue { i32, i32, i32, i32 } %435, 3
	%440 = xor i32 %45, 32
	%441 = add i32 %440, 0
	%442 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %441)
	%443 = extractvalue { i32, i32, i32, i32 } %442, 0
	%444 = extractvalue { i32, i32, i32, i32 } %442, 1
	%445 = extractvalue { i32, i32, i32, i32 } %442, 2
	%446 = extractvalue { i32, i32, i32, i32 } %442, 3
	%447 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %443, i32 %444, float %377, float %378, float %379, float %380)
	%448 = extractvalue { float, float, float, float } %447, 0
	%449 = extractvalue { float, float, float, float } %447, 1
	%450 = extractvalue { float, float, float, float } %447, 2
	%451 = extractvalue { float, float, float, float } %447, 3
	%452 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %445, i32 %446, float %382, float %383, float %384, float %385)
	%453 = extractvalue { float, float, float, float } %452, 0
	%454 = extractvalue { float, float, float, float } %452, 1
	%455 = extractvalue { float, float, float, float } %452, 2
	%456 = extractvalue { float, float, float, float } %452, 3
	%457 = add i32 %440, u0x1000
	%458 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %457)
	%459 = extractvalue { i32, i32, i32, i32 } %458, 0
	%460 = extractvalue { i32, i32, i32, i32 } %458, 1
	%461 = extractvalue { i32, i32, i32, i32 } %458, 2
	%462 = extractvalue { i32, i32, i32, i32 } %458, 3
	%463 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %459, i32 %460, float %393, float %394, float %395, float %396)
	%464 = extractvalue { float, float, float, float } %463, 0
	%465 = extractvalue { float, float, float, float } %463, 1
	%466 = extractvalue { float, float, float, float } %463, 2
	%467 = extractvalue { float, float, float, float } %463, 3
	%468 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %461, i32 %462, float %398, float %399, float %400, float %401)
	%469 = extractvalue { float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float } %468, 3
	%473 = add i32 %440, u0x2000
	%474 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %473)
	%475 = extractvalue { i32, i32, i32, i32 } %474, 0
	%476 = extractvalue { i32, i32, i32, i32 } %474, 1
	%477 = extractvalue { i32, i32, i32, i32 } %474, 2
	%478 = extractvalue { i32, i32, i32, i32 } %474, 3
	%479 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %475, i32 %476, float %409, float %410, float %411, float %412)
	%480 = extractvalue { float, float, float, float } %479, 0
	%481 = extractvalue { float, float, float, float } %479, 1
	%482 = extractvalue { float, float, float, float } %479, 2
	%483 = extractvalue { float, float, float, float } %479, 3
	%484 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %477, i32 %478, float %414, float %415, float %416, float %417)
	%485 = extractvalue { float, float, float, float } %484, 0
	%486 = extractvalue { float, float, float, float } %484, 1
	%487 = extractvalue { float, float, float, float } %484, 2
	%488 = extractvalue { float, float, float, float } %484, 3
	%489 = add i32 %440, 12288
	%490 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %489)
	%491 = extractvalue { i32, i32, i32, i32 } %490, 0
	%492 = extractvalue { i32, i32, i32, i32 } %490, 1
	%493 = extractvalue { i32, i32, i32, i32 } %490, 2
	%494 = extractvalue { i32, i32, i32, i32 } %490, 3
	%495 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %491, i32 %492, float %425, float %426, float %427, float %428)
	%496 = extractvalue { float, float, float, float } %495, 0
	%497 = extractvalue { float, float, float, float } %495, 1
	%498 = extractvalue { float, float, float, float } %495, 2
	%499 = extractvalue { float, float, float, float } %495, 3
	%500 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %436, i32 %437, i32 %438, i32 %439, i32 %493, i32 %494, float %430, float %431, float %432, float %433)
	%501 = extractvalue { float, float, float, float } %500, 0
	%502 = extractvalue { float, float, float, float } %500, 1
	%503 = extractvalue { float, float, float, float } %500, 2
	%504 = extractvalue { float, float, float, float } %500, 3
	%505 = xor i32 %34, 64
	%506 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %505)
	%507 = extractvalue { i32, i32, i32, i32 } %506, 0
	%508 = extractvalue { i32, i32, i32, i32 } %506, 1
	%509 = extractvalue { i32, i32, i32, i32 } %506, 2
	%510 = extractvalue { i32, i32, i32, i32 } %506, 3
	%511 = xor i32 %45, 64
	%512 = add i32 %511, 0
	%513 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %512)
	%514 = extractvalue { i32, i32, i32, i32 } %513, 0
	%515 = extractvalue { i32, i32, i32, i32 } %513, 1
	%516 = extractvalue { i32, i32, i32, i32 } %513, 2
	%517 = extractvalue { i32, i32, i32, i32 } %513, 3
	%518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %514, i32 %515, float %448, float %449, float %450, float %451)
	%519 = extractvalue { float, float, float, float } %518, 0
	%520 = extractvalue { float, float, float, float } %518, 1
	%521 = extractvalue { float, float, float, float } %518, 2
	%522 = extractvalue { float, float, float, float } %518, 3
	%523 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %516, i32 %517, float %453, float %454, float %455, float %456)
	%524 = extractvalue { float, float, float, float } %523, 0
	%525 = extractvalue { float, float, float, float } %523, 1
	%526 = extractvalue { float, float, float, float } %523, 2
	%527 = extractvalue { float, float, float, float } %523, 3
	%528 = add i32 %511, u0x1000
	%529 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %528)
	%530 = extractvalue { i32, i32, i32, i32 } %529, 0
	%531 = extractvalue { i32, i32, i32, i32 } %529, 1
	%532 = extractvalue { i32, i32, i32, i32 } %529, 2
	%533 = extractvalue { i32, i32, i32, i32 } %529, 3
	%534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %530, i32 %531, float %464, float %465, float %466, float %467)
	%535 = extractvalue { float, float, float, float } %534, 0
	%536 = extractvalue { float, float, float, float } %534, 1
	%537 = extractvalue { float, float, float, float } %534, 2
	%538 = extractvalue { float, float, float, float } %534, 3
	%539 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %532, i32 %533, float %469, float %470, float %471, float %472)
	%540 = extractvalue { float, float, float, float } %539, 0
	%541 = extractvalue { float, float, float, float } %539, 1
	%542 = extractvalue { float, float, float, float } %539, 2
	%543 = extractvalue { float, float, float, float } %539, 3
	%544 = add i32 %511, u0x2000
	%545 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %544)
	%546 = extractvalue { i32, i32, i32, i32 } %545, 0
	%547 = extractvalue { i32, i32, i32, i32 } %545, 1
	%548 = extractvalue { i32, i32, i32, i32 } %545, 2
	%549 = extractvalue { i32, i32, i32, i32 } %545, 3
	%550 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %546, i32 %547, float %480, float %481, float %482, float %483)
	%551 = extractvalue { float, float, float, float } %550, 0
	%552 = extractvalue { float, float, float, float } %550, 1
	%553 = extractvalue { float, float, float, float } %550, 2
	%554 = extractvalue { float, float, float, float } %550, 3
	%555 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %548, i32 %549, float %485, float %486, float %487, float %488)
	%556 = extractvalue { float, float, float, float } %555, 0
	%557 = extractvalue { float, float, float, float } %555, 1
	%558 = extractvalue { float, float, float, float } %555, 2
	%559 = extractvalue { float, float, float, float } %555, 3
	%560 = add i32 %511, 12288
	%561 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %560)
	%562 = extractvalue { i32, i32, i32, i32 } %561, 0
	%563 = extractvalue { i32, i32, i32, i32 } %561, 1
	%564 = extractvalue { i32, i32, i32, i32 } %561, 2
	%565 = extractvalue { i32, i32, i32, i32 } %561, 3
	%566 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %562, i32 %563, float %496, float %497, float %498, float %499)
	%567 = extractvalue { float, float, float, float } %566, 0
	%568 = extractvalue { float, float, float, float } %566, 1
	%569 = extractvalue { float, float, float, float } %566, 2
	%570 = extractvalue { float, float, float, float } %566, 3
	%571 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %507, i32 %508, i32 %509, i32 %510, i32 %564, i32 %565, float %501, float %502, float %503, float %504)
	%572 = extractvalue { float, float, float, float } %571, 0
	%573 = extractvalue { float, float, float, float } %571, 1
	%574 = extractvalue { float, float, float, float } %571, 2
	%575 = extractvalue { float, float, float, float } %571, 3
	%576 = xor i32 %34, 96
	%577 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %576)
	%578 = extractvalue { i32, i32, i32, i32 } %577, 0
	%579 = extractvalue { i32, i32, i32, i32 } %577, 1
	%580 = extractvalue { i32, i32, i32, i32 } %577, 2
	%581 = extractvalue { i32, i32, i32, i32 } %577, 3
	%582 = xor i32 %45, 96
	%583 = add i32 %582, 0
	%584 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %583)
	%585 = extractvalue { i32, i32, i32, i32 } %584, 0
	%586 = extractvalue { i32, i32, i32, i32 } %584, 1
	%587 = extractvalue { i32, i32, i32, i32 } %584, 2
	%588 = extractvalue { i32, i32, i32, i32 } %584, 3
	%589 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %585, i32 %586, float %519, float %520, float %521, float %522)
	%590 = extractvalue { float, float, float, float } %589, 0
	%591 = extractvalue { float, float, float, float } %589, 1
	%592 = extractvalue { float, float, float, float } %589, 2
	%593 = extractvalue { float, float, float, float } %589, 3
	%594 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %587, i32 %588, float %524, float %525, float %526, float %527)
	%595 = extractvalue { float, float, float, float } %594, 0
	%596 = extractvalue { float, float, float, float } %594, 1
	%597 = extractvalue { float, float, float, float } %594, 2
	%598 = extractvalue { float, float, float, float } %594, 3
	%599 = add i32 %582, u0x1000
	%600 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %599)
	%601 = extractvalue { i32, i32, i32, i32 } %600, 0
	%602 = extractvalue { i32, i32, i32, i32 } %600, 1
	%603 = extractvalue { i32, i32, i32, i32 } %600, 2
	%604 = extractvalue { i32, i32, i32, i32 } %600, 3
	%605 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %601, i32 %602, float %535, float %536, float %537, float %538)
	%606 = extractvalue { float, float, float, float } %605, 0
	%607 = extractvalue { float, float, float, float } %605, 1
	%608 = extractvalue { float, float, float, float } %605, 2
	%609 = extractvalue { float, float, float, float } %605, 3
	%610 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %603, i32 %604, float %540, float %541, float %542, float %543)
	%611 = extractvalue { float, float, float, float } %610, 0
	%612 = extractvalue { float, float, float, float } %610, 1
	%613 = extractvalue { float, float, float, float } %610, 2
	%614 = extractvalue { float, float, float, float } %610, 3
	%615 = add i32 %582, u0x2000
	%616 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %615)
	%617 = extractvalue { i32, i32, i32, i32 } %616, 0
	%618 = extractvalue { i32, i32, i32, i32 } %616, 1
	%619 = extractvalue { i32, i32, i32, i32 } %616, 2
	%620 = extractvalue { i32, i32, i32, i32 } %616, 3
	%621 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %617, i32 %618, float %551, float %552, float %553, float %554)
	%622 = extractvalue { float, float, float, float } %621, 0
	%623 = extractvalue { float, float, float, float } %621, 1
	%624 = extractvalue { float, float, float, float } %621, 2
	%625 = extractvalue { float, float, float, float } %621, 3
	%626 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %619, i32 %620, float %556, float %557, float %558, float %559)
	%627 = extractvalue { float, float, float, float } %626, 0
	%628 = extractvalue { float, float, float, float } %626, 1
	%629 = extractvalue { float, float, float, float } %626, 2
	%630 = extractvalue { float, float, float, float } %626, 3
	%631 = add i32 %582, 12288
	%632 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %631)
	%633 = extractvalue { i32, i32, i32, i32 } %632, 0
	%634 = extractvalue { i32, i32, i32, i32 } %632, 1
	%635 = extractvalue { i32, i32, i32, i32 } %632, 2
	%636 = extractvalue { i32, i32, i32, i32 } %632, 3
	%637 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %633, i32 %634, float %567, float %568, float %569, float %570)
	%638 = extractvalue { float, float, float, float } %637, 0
	%639 = extractvalue { float, float, float, float } %637, 1
	%640 = extractvalue { float, float, float, float } %637, 2
	%641 = extractvalue { float, float, float, float } %637, 3
	%642 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %578, i32 %579, i32 %580, i32 %581, i32 %635, i32 %636, float %572, float %573, float %574, float %575)
	%643 = extractvalue { float, float, float, float } %642, 0
	%644 = extractvalue { float, float, float, float } %642, 1
	%645 = extractvalue { float, float, float, float } %642, 2
	%646 = extractvalue { float, float, float, float } %642, 3
	%647 = xor i32 %34, 128
	%648 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %647)
	%649 = extractvalue { i32, i32, i32, i32 } %648, 0
	%650 = extractvalue { i32, i32, i32, i32 } %648, 1
	%651 = extractvalue { i32, i32, i32, i32 } %648, 2
	%652 = extractvalue { i32, i32, i32, i32 } %648, 3
	%653 = xor i32 %45, 128
	%654 = add i32 %653, 0
	%655 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %654)
	%656 = extractvalue { i32, i32, i32, i32 } %655, 0
	%657 = extractvalue { i32, i32, i32, i32 } %655, 1
	%658 = extractvalue { i32, i32, i32, i32 } %655, 2
	%659 = extractvalue { i32, i32, i32, i32 } %655, 3
	%660 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %656, i32 %657, float %590, float %591, float %592, float %593)
	%661 = extractvalue { float, float, float, float } %660, 0
	%662 = extractvalue { float, float, float, float } %660, 1
	%663 = extractvalue { float, float, float, float } %660, 2
	%664 = extractvalue { float, float, float, float } %660, 3
	%665 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %658, i32 %659, float %595, float %596, float %597, float %598)
	%666 = extractvalue { float, float, float, float } %665, 0
	%667 = extractvalue { float, float, float, float } %665, 1
	%668 = extractvalue { float, float, float, float } %665, 2
	%669 = extractvalue { float, float, float, float } %665, 3
	%670 = add i32 %653, u0x1000
	%671 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %670)
	%672 = extractvalue { i32, i32, i32, i32 } %671, 0
	%673 = extractvalue { i32, i32, i32, i32 } %671, 1
	%674 = extractvalue { i32, i32, i32, i32 } %671, 2
	%675 = extractvalue { i32, i32, i32, i32 } %671, 3
	%676 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %672, i32 %673, float %606, float %607, float %608, float %609)
	%677 = extractvalue { float, float, float, float } %676, 0
	%678 = extractvalue { float, float, float, float } %676, 1
	%679 = extractvalue { float, float, float, float } %676, 2
	%680 = extractvalue { float, float, float, float } %676, 3
	%681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %674, i32 %675, float %611, float %612, float %613, float %614)
	%682 = extractvalue { float, float, float, float } %681, 0
	%683 = extractvalue { float, float, float, float } %681, 1
	%684 = extractvalue { float, float, float, float } %681, 2
	%685 = extractvalue { float, float, float, float } %681, 3
	%686 = add i32 %653, u0x2000
	%687 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %686)
	%688 = extractvalue { i32, i32, i32, i32 } %687, 0
	%689 = extractvalue { i32, i32, i32, i32 } %687, 1
	%690 = extractvalue { i32, i32, i32, i32 } %687, 2
	%691 = extractvalue { i32, i32, i32, i32 } %687, 3
	%692 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %688, i32 %689, float %622, float %623, float %624, float %625)
	%693 = extractvalue { float, float, float, float } %692, 0
	%694 = extractvalue { float, float, float, float } %692, 1
	%695 = extractvalue { float, float, float, float } %692, 2
	%696 = extractvalue { float, float, float, float } %692, 3
	%697 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %690, i32 %691, float %627, float %628, float %629, float %630)
	%698 = extractvalue { float, float, float, float } %697, 0
	%699 = extractvalue { float, float, float, float } %697, 1
	%700 = extractvalue { float, float, float, float } %697, 2
	%701 = extractvalue { float, float, float, float } %697, 3
	%702 = add i32 %653, 12288
	%703 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %702)
	%704 = extractvalue { i32, i32, i32, i32 } %703, 0
	%705 = extractvalue { i32, i32, i32, i32 } %703, 1
	%706 = extractvalue { i32, i32, i32, i32 } %703, 2
	%707 = extractvalue { i32, i32, i32, i32 } %703, 3
	%708 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %704, i32 %705, float %638, float %639, float %640, float %641)
	%709 = extractvalue { float, float, float, float } %708, 0
	%710 = extractvalue { float, float, float, float } %708, 1
	%711 = extractvalue { float, float, float, float } %708, 2
	%712 = extractvalue { float, float, float, float } %708, 3
	%713 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %649, i32 %650, i32 %651, i32 %652, i32 %706, i32 %707, float %643, float %644, float %645, float %646)
	%714 = extractvalue { float, float, float, float } %713, 0
	%715 = extractvalue { float, float, float, float } %713, 1
	%716 = extractvalue { float, float, float, float } %713, 2
	%717 = extractvalue { float, float, float, float } %713, 3
	%718 = xor i32 %34, 160
	%719 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %718)
	%720 = extractvalue { i32, i32, i32, i32 } %719, 0
	%721 = extractvalue { i32, i32, i32, i32 } %719, 1
	%722 = extractvalue { i32, i32, i32, i32 } %719, 2
	%723 = extractvalue { i32, i32, i32, i32 } %719, 3
	%724 = xor i32 %45, 160
	%725 = add i32 %724, 0
	%726 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %725)
	%727 = extractvalue { i32, i32, i32, i32 } %726, 0
	%728 = extractvalue { i32, i32, i32, i32 } %726, 1
	%729 = extractvalue { i32, i32, i32, i32 } %726, 2
	%730 = extractvalue { i32, i32, i32, i32 } %726, 3
	%731 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %727, i32 %728, float %661, float %662, float %663, float %664)
	%732 = extractvalue { float, float, float, float } %731, 0
	%733 = extractvalue { float, float, float, float } %731, 1
	%734 = extractvalue { float, float, float, float } %731, 2
	%735 = extractvalue { float, float, float, float } %731, 3
	%736 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %729, i32 %730, float %666, float %667, float %668, float %669)
	%737 = extractvalue { float, float, float, float } %736, 0
	%738 = extractvalue { float, float, float, float } %736, 1
	%739 = extractvalue { float, float, float, float } %736, 2
	%740 = extractvalue { float, float, float, float } %736, 3
	%741 = add i32 %724, u0x1000
	%742 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %741)
	%743 = extractvalue { i32, i32, i32, i32 } %742, 0
	%744 = extractvalue { i32, i32, i32, i32 } %742, 1
	%745 = extractvalue { i32, i32, i32, i32 } %742, 2
	%746 = extractvalue { i32, i32, i32, i32 } %742, 3
	%747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %743, i32 %744, float %677, float %678, float %679, float %680)
	%748 = extractvalue { float, float, float, float } %747, 0
	%749 = extractvalue { float, float, float, float } %747, 1
	%750 = extractvalue { float, float, float, float } %747, 2
	%751 = extractvalue { float, float, float, float } %747, 3
	%752 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %745, i32 %746, float %682, float %683, float %684, float %685)
	%753 = extractvalue { float, float, float, float } %752, 0
	%754 = extractvalue { float, float, float, float } %752, 1
	%755 = extractvalue { float, float, float, float } %752, 2
	%756 = extractvalue { float, float, float, float } %752, 3
	%757 = add i32 %724, u0x2000
	%758 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %757)
	%759 = extractvalue { i32, i32, i32, i32 } %758, 0
	%760 = extractvalue { i32, i32, i32, i32 } %758, 1
	%761 = extractvalue { i32, i32, i32, i32 } %758, 2
	%762 = extractvalue { i32, i32, i32, i32 } %758, 3
	%763 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %759, i32 %760, float %693, float %694, float %695, float %696)
	%764 = extractvalue { float, float, float, float } %763, 0
	%765 = extractvalue { float, float, float, float } %763, 1
	%766 = extractvalue { float, float, float, float } %763, 2
	%767 = extractvalue { float, float, float, float } %763, 3
	%768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %761, i32 %762, float %698, float %699, float %700, float %701)
	%769 = extractvalue { float, float, float, float } %768, 0
	%770 = extractvalue { float, float, float, float } %768, 1
	%771 = extractvalue { float, float, float, float } %768, 2
	%772 = extractvalue { float, float, float, float } %768, 3
	%773 = add i32 %724, 12288
	%774 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %773)
	%775 = extractvalue { i32, i32, i32, i32 } %774, 0
	%776 = extractvalue { i32, i32, i32, i32 } %774, 1
	%777 = extractvalue { i32, i32, i32, i32 } %774, 2
	%778 = extractvalue { i32, i32, i32, i32 } %774, 3
	%779 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %775, i32 %776, float %709, float %710, float %711, float %712)
	%780 = extractvalue { float, float, float, float } %779, 0
	%781 = extractvalue { float, float, float, float } %779, 1
	%782 = extractvalue { float, float, float, float } %779, 2
	%783 = extractvalue { float, float, float, float } %779, 3
	%784 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %720, i32 %721, i32 %722, i32 %723, i32 %777, i32 %778, float %714, float %715, float %716, float %717)
	%785 = extractvalue { float, float, float, float } %784, 0
	%786 = extractvalue { float, float, float, float } %784, 1
	%787 = extractvalue { float, float, float, float } %784, 2
	%788 = extractvalue { float, float, float, float } %784, 3
	%789 = xor i32 %34, 192
	%790 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %789)
	%791 = extractvalue { i32, i32, i32, i32 } %790, 0
	%792 = extractvalue { i32, i32, i32, i32 } %790, 1
	%793 = extractvalue { i32, i32, i32, i32 } %790, 2
	%794 = extractvalue { i32, i32, i32, i32 } %790, 3
	%795 = xor i32 %45, 192
	%796 = add i32 %795, 0
	%797 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %796)
	%798 = extractvalue { i32, i32, i32, i32 } %797, 0
	%799 = extractvalue { i32, i32, i32, i32 } %797, 1
	%800 = extractvalue { i32, i32, i32, i32 } %797, 2
	%801 = extractvalue { i32, i32, i32, i32 } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %798, i32 %799, float %732, float %733, float %734, float %735)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %800, i32 %801, float %737, float %738, float %739, float %740)
	%808 = extractvalue { float, float, float, float } %807, 0
	%809 = extractvalue { float, float, float, float } %807, 1
	%810 = extractvalue { float, float, float, float } %807, 2
	%811 = extractvalue { float, float, float, float } %807, 3
	%812 = add i32 %795, u0x1000
	%813 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %812)
	%814 = extractvalue { i32, i32, i32, i32 } %813, 0
	%815 = extractvalue { i32, i32, i32, i32 } %813, 1
	%816 = extractvalue { i32, i32, i32, i32 } %813, 2
	%817 = extractvalue { i32, i32, i32, i32 } %813, 3
	%818 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %814, i32 %815, float %748, float %749, float %750, float %751)
	%819 = extractvalue { float, float, float, float } %818, 0
	%820 = extractvalue { float, float, float, float } %818, 1
	%821 = extractvalue { float, float, float, float } %818, 2
	%822 = extractvalue { float, float, float, float } %818, 3
	%823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %816, i32 %817, float %753, float %754, float %755, float %756)
	%824 = extractvalue { float, float, float, float } %823, 0
	%825 = extractvalue { float, float, float, float } %823, 1
	%826 = extractvalue { float, float, float, float } %823, 2
	%827 = extractvalue { float, float, float, float } %823, 3
	%828 = add i32 %795, u0x2000
	%829 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %828)
	%830 = extractvalue { i32, i32, i32, i32 } %829, 0
	%831 = extractvalue { i32, i32, i32, i32 } %829, 1
	%832 = extractvalue { i32, i32, i32, i32 } %829, 2
	%833 = extractvalue { i32, i32, i32, i32 } %829, 3
	%834 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %830, i32 %831, float %764, float %765, float %766, float %767)
	%835 = extractvalue { float, float, float, float } %834, 0
	%836 = extractvalue { float, float, float, float } %834, 1
	%837 = extractvalue { float, float, float, float } %834, 2
	%838 = extractvalue { float, float, float, float } %834, 3
	%839 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %832, i32 %833, float %769, float %770, float %771, float %772)
	%840 = extractvalue { float, float, float, float } %839, 0
	%841 = extractvalue { float, float, float, float } %839, 1
	%842 = extractvalue { float, float, float, float } %839, 2
	%843 = extractvalue { float, float, float, float } %839, 3
	%844 = add i32 %795, 12288
	%845 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %844)
	%846 = extractvalue { i32, i32, i32, i32 } %845, 0
	%847 = extractvalue { i32, i32, i32, i32 } %845, 1
	%848 = extractvalue { i32, i32, i32, i32 } %845, 2
	%849 = extractvalue { i32, i32, i32, i32 } %845, 3
	%850 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %846, i32 %847, float %780, float %781, float %782, float %783)
	%851 = extractvalue { float, float, float, float } %850, 0
	%852 = extractvalue { float, float, float, float } %850, 1
	%853 = extractvalue { float, float, float, float } %850, 2
	%854 = extractvalue { float, float, float, float } %850, 3
	%855 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %791, i32 %792, i32 %793, i32 %794, i32 %848, i32 %849, float %785, float %786, float %787, float %788)
	%856 = extractvalue { float, float, float, float } %855, 0
	%857 = extractvalue { float, float, float, float } %855, 1
	%858 = extractvalue { float, float, float, float } %855, 2
	%859 = extractvalue { float, float, float, float } %855, 3
	%860 = xor i32 %34, 224
	%861 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %860)
	%862 = extractvalue { i32, i32, i32, i32 } %861, 0
	%863 = extractvalue { i32, i32, i32, i32 } %861, 1
	%864 = extractvalue { i32, i32, i32, i32 } %861, 2
	%865 = extractvalue { i32, i32, i32, i32 } %861, 3
	%866 = xor i32 %45, 224
	%867 = add i32 %866, 0
	%868 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %867)
	%869 = extractvalue { i32, i32, i32, i32 } %868, 0
	%870 = extractvalue { i32, i32, i32, i32 } %868, 1
	%871 = extractvalue { i32, i32, i32, i32 } %868, 2
	%872 = extractvalue { i32, i32, i32, i32 } %868, 3
	%873 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %869, i32 %870, float %803, float %804, float %805, float %806)
	%874 = extractvalue { float, float, float, float } %873, 0
	%875 = extractvalue { float, float, float, float } %873, 1
	%876 = extractvalue { float, float, float, float } %873, 2
	%877 = extractvalue { float, float, float, float } %873, 3
	%878 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %871, i32 %872, float %808, float %809, float %810, float %811)
	%879 = extractvalue { float, float, float, float } %878, 0
	%880 = extractvalue { float, float, float, float } %878, 1
	%881 = extractvalue { float, float, float, float } %878, 2
	%882 = extractvalue { float, float, float, float } %878, 3
	%883 = add i32 %866, u0x1000
	%884 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %883)
	%885 = extractvalue { i32, i32, i32, i32 } %884, 0
	%886 = extractvalue { i32, i32, i32, i32 } %884, 1
	%887 = extractvalue { i32, i32, i32, i32 } %884, 2
	%888 = extractvalue { i32, i32, i32, i32 } %884, 3
	%889 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %885, i32 %886, float %819, float %820, float %821, float %822)
	%890 = extractvalue { float, float, float, float } %889, 0
	%891 = extractvalue { float, float, float, float } %889, 1
	%892 = extractvalue { float, float, float, float } %889, 2
	%893 = extractvalue { float, float, float, float } %889, 3
	%894 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %887, i32 %888, float %824, float %825, float %826, float %827)
	%895 = extractvalue { float, float, float, float } %894, 0
	%896 = extractvalue { float, float, float, float } %894, 1
	%897 = extractvalue { float, float, float, float } %894, 2
	%898 = extractvalue { float, float, float, float } %894, 3
	%899 = add i32 %866, u0x2000
	%900 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %899)
	%901 = extractvalue { i32, i32, i32, i32 } %900, 0
	%902 = extractvalue { i32, i32, i32, i32 } %900, 1
	%903 = extractvalue { i32, i32, i32, i32 } %900, 2
	%904 = extractvalue { i32, i32, i32, i32 } %900, 3
	%905 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %901, i32 %902, float %835, float %836, float %837, float %838)
	%906 = extractvalue { float, float, float, float } %905, 0
	%907 = extractvalue { float, float, float, float } %905, 1
	%908 = extractvalue { float, float, float, float } %905, 2
	%909 = extractvalue { float, float, float, float } %905, 3
	%910 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %903, i32 %904, float %840, float %841, float %842, float %843)
	%911 = extractvalue { float, float, float, float } %910, 0
	%912 = extractvalue { float, float, float, float } %910, 1
	%913 = extractvalue { float, float, float, float } %910, 2
	%914 = extractvalue { float, float, float, float } %910, 3
	%915 = add i32 %866, 12288
	%916 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %915)
	%917 = extractvalue { i32, i32, i32, i32 } %916, 0
	%918 = extractvalue { i32, i32, i32, i32 } %916, 1
	%919 = extractvalue { i32, i32, i32, i32 } %916, 2
	%920 = extractvalue { i32, i32, i32, i32 } %916, 3
	%921 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %917, i32 %918, float %851, float %852, float %853, float %854)
	%922 = extractvalue { float, float, float, float } %921, 0
	%923 = extractvalue { float, float, float, float } %921, 1
	%924 = extractvalue { float, float, float, float } %921, 2
	%925 = extractvalue { float, float, float, float } %921, 3
	%926 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %862, i32 %863, i32 %864, i32 %865, i32 %919, i32 %920, float %856, float %857, float %858, float %859)
	%927 = extractvalue { float, float, float, float } %926, 0
	%928 = extractvalue { float, float, float, float } %926, 1
	%929 = extractvalue { float, float, float, float } %926, 2
	%930 = extractvalue { float, float, float, float } %926, 3
	call void @llvm.nvvm.barrier0()
	%931 = add i32 %87, 1
	br label %86

932:
	%933 = mul i32 %4, 16
	%934 = add i32 %6, 0
	%935 = add i32 %933, %934
	%936 = add i32 %3, %935
	%937 = shl i32 %7, 1
	%938 = add i32 0, %937
	%939 = add i32 %73, %938
	%940 = icmp slt i32 %936, %R
	%941 = icmp slt i32 %939, %T
	%942 = and i1 %940, %941
	%943 = mul i32 %936, 1
	%944 = add i32 %943, 0
	%945 = sub i32 %N, %M
	%946 = add i32 %944, %945
	%947 = icmp slt i32 %946, 0
	%948 = sub i32 0, %946
	%949 = add i32 %948, 0
	%950 = sdiv i32 %949, 1
	%951 = sub i32 0, %950
	%952 = sdiv i32 %946, 1
	%953 = select i1 %947, i32 %951, i32 %952
	%954 = icmp sle i32 %939, %953
	%955 = and i1 %942, %954
	%956 = fmul float %88, 0x3FC0527DC0000000
	%957 = select i1 %955, float %956, float 0xFFF0000000000000
	%958 = mul i32 %4, 16
	%959 = add i32 %6, 0
	%960 = add i32 %958, %959
	%961 = add i32 %3, %960
	%962 = shl i32 %7, 1
	%963 = add i32 1, %962
	%964 = add i32 %73, %963
	%965 = icmp slt i32 %961, %R
	%966 = icmp slt i32 %964, %T
	%967 = and i1 %965, %966
	%968 = mul i32 %961, 1
	%969 = add i32 %968, 0
	%970 = sub i32 %N, %M
	%971 = add i32 %969, %970
	%972 = icmp slt i32 %971, 0
	%973 = sub i32 0, %971
	%974 = add i32 %973, 0
	%975 = sdiv i32 %974, 1
	%976 = sub i32 0, %975
	%977 = sdiv i32 %971, 1
	%978 = select i1 %972, i32 %976, i32 %977
	%979 = icmp sle i32 %964, %978
	%980 = and i1 %967, %979
	%981 = fmul float %89, 0x3FC0527DC0000000
	%982 = select i1 %980, float %981, float 0xFFF0000000000000
	%983 = mul i32 %4, 16
	%984 = add i32 %6, 8
	%985 = add i32 %983, %984
	%986 = add i32 %3, %985
	%987 = shl i32 %7, 1
	%988 = add i32 0, %987
	%989 = add i32 %73, %988
	%990 = icmp slt i32 %986, %R
	%991 = icmp slt i32 %989, %T
	%992 = and i1 %990, %991
	%993 = mul i32 %986, 1
	%994 = add i32 %993, 0
	%995 = sub i32 %N, %M
	%996 = add i32 %994, %995
	%997 = icmp slt i32 %996, 0
	%998 = sub i32 0, %996
	%999 = add i32 %998, 0
	%1000 = sdiv i32 %999, 1
	%1001 = sub i32 0, %1000
	%1002 = sdiv i32 %996, 1
	%1003 = select i1 %997, i32 %1001, i32 %1002
	%1004 = icmp sle i32 %989, %1003
	%1005 = and i1 %992, %1004
	%1006 = fmul float %90, 0x3FC0527DC0000000
	%1007 = select i1 %1005, float %1006, float 0xFFF0000000000000
	%1008 = mul i32 %4, 16
	%1009 = add i32 %6, 8
	%1010 = add i32 %1008, %1009
	%1011 = add i32 %3, %1010
	%1012 = shl i32 %7, 1
	%1013 = add i32 1, %1012
	%1014 = add i32 %73, %1013
	%1015 = icmp slt i32 %1011, %R
	%1016 = icmp slt i32 %1014, %T
	%1017 = and i1 %1015, %1016
	%1018 = mul i32 %1011, 1
	%1019 = add i32 %1018, 0
	%1020 = sub i32 %N, %M
	%1021 = add i32 %1019, %1020
	%1022 = icmp slt i32 %1021, 0
	%1023 = sub i32 0, %1021
	%1024 = add i32 %1023, 0
	%1025 = sdiv i32 %1024, 1
	%1026 = sub i32 0, %1025
	%1027 = sdiv i32 %1021, 1
	%1028 = select i1 %1022, i32 %1026, i32 %1027
	%1029 = icmp sle i32 %1014, %1028
	%1030 = and i1 %1017, %1029
	%1031 = fmul float %91, 0x3FC0527DC0000000
	%1032 = select i1 %1030, float %1031, float 0xFFF0000000000000
	%1033 = mul i32 %4, 16
	%1034 = add i32 %6, 0
	%1035 = add i32 %1033, %1034
	%1036 = add i32 %3, %1035
	%1037 = shl i32 %7, 1
	%1038 = add i32 8, %1037
	%1039 = add i32 %73, %1038
	%1040 = icmp slt i32 %1036, %R
	%1041 = icmp slt i32 %1039, %T
	%1042 = and i1 %1040, %1041
	%1043 = mul i32 %1036, 1
	%1044 = add i32 %1043, 0
	%1045 = sub i32 %N, %M
	%1046 = add i32 %1044, %1045
	%1047 = icmp slt i32 %1046, 0
	%1048 = sub i32 0, %1046
	%1049 = add i32 %1048, 0
	%1050 = sdiv i32 %1049, 1
	%1051 = sub i32 0, %1050
	%1052 = sdiv i32 %1046, 1
	%1053 = select i1 %1047, i32 %1051, i32 %1052
	%1054 = icmp sle i32 %1039, %1053
	%1055 = and i1 %1042, %1054
	%1056 = fmul float %92, 0x3FC0527DC0000000
	%1057 = select i1 %1055, float %1056, float 0xFFF0000000000000
	%1058 = mul i32 %4, 16
	%1059 = add i32 %6, 0
	%1060 = add i32 %1058, %1059
	%1061 = add i32 %3, %1060
	%1062 = shl i32 %7, 1
	%1063 = add i32 9, %1062
	%1064 = add i32 %73, %1063
	%1065 = icmp slt i32 %1061, %R
	%1066 = icmp slt i32 %1064, %T
	%1067 = and i1 %1065, %1066
	%1068 = mul i32 %1061, 1
	%1069 = add i32 %1068, 0
	%1070 = sub i32 %N, %M
	%1071 = add i32 %1069, %1070
	%1072 = icmp slt i32 %1071, 0
	%1073 = sub i32 0, %1071
	%1074 = add i32 %1073, 0
	%1075 = sdiv i32 %1074, 1
	%1076 = sub i32 0, %1075
	%1077 = sdiv i32 %1071, 1
	%1078 = select i1 %1072, i32 %1076, i32 %1077
	%1079 = icmp sle i32 %1064, %1078
	%1080 = and i1 %1067, %1079
	%1081 = fmul float %93, 0x3FC0527DC0000000
	%1082 = select i1 %1080, float %1081, float 0xFFF0000000000000
	%1083 = mul i32 %4, 16
	%1084 = add i32 %6, 8
	%1085 = add i32 %1083, %1084
	%1086 = add i32 %3, %1085
	%1087 = shl i32 %7, 1
	%1088 = add i32 8, %1087
	%1089 = add i32 %73, %1088
	%1090 = icmp slt i32 %1086, %R
	%1091 = icmp slt i32 %1089, %T
	%1092 = and i1 %1090, %1091
	%1093 = mul i32 %1086, 1
	%1094 = add i32 %1093, 0
	%1095 = sub i32 %N, %M
	%1096 = add i32 %1094, %1095
	%1097 = icmp slt i32 %1096, 0
	%1098 = sub i32 0, %1096
	%1099 = add i32 %1098, 0
	%1100 = sdiv i32 %1099, 1
	%1101 = sub i32 0, %1100
	%1102 = sdiv i32 %1096, 1
	%1103 = select i1 %1097, i32 %1101, i32 %1102
	%1104 = icmp sle i32 %1089, %1103
	%1105 = and i1 %1092, %1104
	%1106 = fmul float %94, 0x3FC0527DC0000000
	%1107 = select i1 %1105, float %1106, float 0xFFF0000000000000
	%1108 = mul i32 %4, 16
	%1109 = add i32 %6, 8
	%1110 = add i32 %1108, %1109
	%1111 = add i32 %3, %1110
	%1112 = shl i32 %7, 1
	%1113 = add i32 9, %1112
	%1114 = add i32 %73, %1113
	%1115 = icmp slt i32 %1111, %R
	%1116 = icmp slt i32 %1114, %T
	%1117 = and i1 %1115, %1116
	%1118 = mul i32 %1111, 1
	%1119 = add i32 %1118, 0
	%1120 = sub i32 %N, %M
	%1121 = add i32 %1119, %1120
	%1122 = icmp slt i32 %1121, 0
	%1123 = sub i32 0, %1121
	%1124 = add i32 %1123, 0
	%1125 = sdiv i32 %1124, 1
	%1126 = sub i32 0, %1125
	%1127 = sdiv i32 %1121, 1
	%1128 = select i1 %1122, i32 %1126, i32 %1127
	%1129 = icmp sle i32 %1114, %1128
	%1130 = and i1 %1117, %1129
	%1131 = fmul float %95, 0x3FC0527DC0000000
	%1132 = select i1 %1130, float %1131, float 0xFFF0000000000000
	%1133 = mul i32 %4, 16
	%1134 = add i32 %6, 0
	%1135 = add i32 %1133, %1134
	%1136 = add i32 %3, %1135
	%1137 = shl i32 %7, 1
	%1138 = add i32 16, %1137
	%1139 = add i32 %73, %1138
	%1140 = icmp slt i32 %1136, %R
	%1141 = icmp slt i32 %1139, %T
	%1142 = and i1 %1140, %1141
	%1143 = mul i32 %1136, 1
	%1144 = add i32 %1143, 0
	%1145 = sub i32 %N, %M
	%1146 = add i32 %1144, %1145
	%1147 = icmp slt i32 %1146, 0
	%1148 = sub i32 0, %1146
	%1149 = add i32 %1148, 0
	%1150 = sdiv i32 %1149, 1
	%1151 = sub i32 0, %1150
	%1152 = sdiv i32 %1146, 1
	%1153 = select i1 %1147, i32 %1151, i32 %1152
	%1154 = icmp sle i32 %1139, %1153
	%1155 = and i1 %1142, %1154
	%1156 = fmul float %96, 0x3FC0527DC0000000
	%1157 = select i1 %1155, float %1156, float 0xFFF0000000000000
	%1158 = mul i32 %4, 16
	%1159 = add i32 %6, 0
	%1160 = add i32 %1158, %1159
	%1161 = add i32 %3, %1160
	%1162 = shl i32 %7, 1
	%1163 = add i32 17, %1162
	%1164 = add i32 %73, %1163
	%1165 = icmp slt i32 %1161, %R
	%1166 = icmp slt i32 %1164, %T
	%1167 = and i1 %1165, %1166
	%1168 = mul i32 %1161, 1
	%1169 = add i32 %1168, 0
	%1170 = sub i32 %N, %M
	%1171 = add i32 %1169, %1170
	%1172 = icmp slt i32 %1171, 0
	%1173 = sub i32 0, %1171
	%1174 = add i32 %1173, 0
	%1175 = sdiv i32 %1174, 1
	%1176 = sub i32 0, %1175
	%1177 = sdiv i32 %1171, 1
	%1178 = select i1 %1172, i32 %1176, i32 %1177
	%1179 = icmp sle i32 %1164, %1178
	%1180 = and i1 %1167, %1179
	%1181 = fmul float %97, 0x3FC0527DC0000000
	%1182 = select i1 %1180, float %1181, float 0xFFF0000000000000
	%1183 = mul i32 %4, 16
	%1184 = add i32 %6, 8
	%1185 = add i32 %1183, %1184
	%1186 = add i32 %3, %1185
	%1187 = shl i32 %7, 1
	%1188 = add i32 16, %1187
	%1189 = add i32 %73, %1188
	%1190 = icmp slt i32 %1186, %R
	%1191 = icmp slt i32 %1189, %T
	%1192 = and i1 %1190, %1191
	%1193 = mul i32 %1186, 1
	%1194 = add i32 %1193, 0
	%1195 = sub i32 %N, %M
	%1196 = add i32 %1194, %1195
	%1197 = icmp slt i32 %1196, 0
	%1198 = sub i32 0, %1196
	%1199 = add i32 %1198, 0
	%1200 = sdiv i32 %1199, 1
	%1201 = sub i32 0, %1200
	%1202 = sdiv i32 %1196, 1
	%1203 = select i1 %1197, i32 %1201, i32 %1202
	%1204 = icmp sle i32 %1189, %1203
	%1205 = and i1 %1192, %1204
	%1206 = fmul float %98, 0x3FC0527DC0000000
	%1207 = select i1 %1205, float %1206, float 0xFFF0000000000000
	%1208 = mul i32 %4, 16
	%1209 = add i32 %6, 8
	%1210 = add i32 %1208, %1209
	%1211 = add i32 %3, %1210
	%1212 = shl i32 %7, 1
	%1213 = add i32 17, %1212
	%1214 = add i32 %73, %1213
	%1215 = icmp slt i32 %1211, %R
	%1216 = icmp slt i32 %1214, %T
	%1217 = and i1 %1215, %1216
	%1218 = mul i32 %1211, 1
	%1219 = add i32 %1218, 0
	%1220 = sub i32 %N, %M
	%1221 = add i32 %1219, %1220
	%1222 = icmp slt i32 %1221, 0
	%1223 = sub i32 0, %1221
	%1224 = add i32 %1223, 0
	%1225 = sdiv i32 %1224, 1
	%1226 = sub i32 0, %1225
	%1227 = sdiv i32 %1221, 1
	%1228 = select i1 %1222, i32 %1226, i32 %1227
	%1229 = icmp sle i32 %1214, %1228
	%1230 = and i1 %1217, %1229
	%1231 = fmul float %99, 0x3FC0527DC0000000
	%1232 = select i1 %1230, float %1231, float 0xFFF0000000000000
	%1233 = mul i32 %4, 16
	%1234 = add i32 %6, 0
	%1235 = add i32 %1233, %1234
	%1236 = add i32 %3, %1235
	%1237 = shl i32 %7, 1
	%1238 = add i32 24, %1237
	%1239 = add i32 %73, %1238
	%1240 = icmp slt i32 %1236, %R
	%1241 = icmp slt i32 %1239, %T
	%1242 = and i1 %1240, %1241
	%1243 = mul i32 %1236, 1
	%1244 = add i32 %1243, 0
	%1245 = sub i32 %N, %M
	%1246 = add i32 %1244, %1245
	%1247 = icmp slt i32 %1246, 0
	%1248 = sub i32 0, %1246
	%1249 = add i32 %1248, 0
	%1250 = sdiv i32 %1249, 1
	%1251 = sub i32 0, %1250
	%1252 = sdiv i32 %1246, 1
	%1253 = select i1 %1247, i32 %1251, i32 %1252
	%1254 = icmp sle i32 %1239, %1253
	%1255 = and i1 %1242, %1254
	%1256 = fmul float %100, 0x3FC0527DC0000000
	%1257 = select i1 %1255, float %1256, float 0xFFF0000000000000
	%1258 = mul i32 %4, 16
	%1259 = add i32 %6, 0
	%1260 = add i32 %1258, %1259
	%1261 = add i32 %3, %1260
	%1262 = shl i32 %7, 1
	%1263 = add i32 25, %1262
	%1264 = add i32 %73, %1263
	%1265 = icmp slt i32 %1261, %R
	%1266 = icmp slt i32 %1264, %T
	%1267 = and i1 %1265, %1266
	%1268 = mul i32 %1261, 1
	%1269 = add i32 %1268, 0
	%1270 = sub i32 %N, %M
	%1271 = add i32 %1269, %1270
	%1272 = icmp slt i32 %1271, 0
	%1273 = sub i32 0, %1271
	%1274 = add i32 %1273, 0
	%1275 = sdiv i32 %1274, 1
	%1276 = sub i32 0, %1275
	%1277 = sdiv i32 %1271, 1
	%1278 = select i1 %1272, i32 %1276, i32 %1277
	%1279 = icmp sle i32 %1264, %1278
	%1280 = and i1 %1267, %1279
	%1281 = fmul float %101, 0x3FC0527DC0000000
	%1282 = select i1 %1280, float %1281, float 0xFFF0000000000000
	%1283 = mul i32 %4, 16
	%1284 = add i32 %6, 8
	%1285 = add i32 %1283, %1284
	%1286 = add i32 %3, %1285
	%1287 = shl i32 %7, 1
	%1288 = add i32 24, %1287
	%1289 = add i32 %73, %1288
	%1290 = icmp slt i32 %1286, %R
	%1291 = icmp slt i32 %1289, %T
	%1292 = and i1 %1290, %1291
	%1293 = mul i32 %1286, 1
	%1294 = add i32 %1293, 0
	%1295 = sub i32 %N, %M
	%1296 = add i32 %1294, %1295
	%1297 = icmp slt i32 %1296, 0
	%1298 = sub i32 0, %1296
	%1299 = add i32 %1298, 0
	%1300 = sdiv i32 %1299, 1
	%1301 = sub i32 0, %1300
	%1302 = sdiv i32 %1296, 1
	%1303 = select i1 %1297, i32 %1301, i32 %1302
	%1304 = icmp sle i32 %1289, %1303
	%1305 = and i1 %1292, %1304
	%1306 = fmul float %102, 0x3FC0527DC0000000
	%1307 = select i1 %1305, float %1306, float 0xFFF0000000000000
	%1308 = mul i32 %4, 16
	%1309 = add i32 %6, 8
	%1310 = add i32 %1308, %1309
	%1311 = add i32 %3, %1310
	%1312 = shl i32 %7, 1
	%1313 = add i32 25, %1312
	%1314 = add i32 %73, %1313
	%1315 = icmp slt i32 %1311, %R
	%1316 = icmp slt i32 %1314, %T
	%1317 = and i1 %1315, %1316
	%1318 = mul i32 %1311, 1
	%1319 = add i32 %1318, 0
	%1320 = sub i32 %N, %M
	%1321 = add i32 %1319, %1320
	%1322 = icmp slt i32 %1321, 0
	%1323 = sub i32 0, %1321
	%1324 = add i32 %1323, 0
	%1325 = sdiv i32 %1324, 1
	%1326 = sub i32 0, %1325
	%1327 = sdiv i32 %1321, 1
	%1328 = select i1 %1322, i32 %1326, i32 %1327
	%1329 = icmp sle i32 %1314, %1328
	%1330 = and i1 %1317, %1329
	%1331 = fmul float %103, 0x3FC0527DC0000000
	%1332 = select i1 %1330, float %1331, float 0xFFF0000000000000
	%1333 = mul i32 %4, 16
	%1334 = add i32 %6, 0
	%1335 = add i32 %1333, %1334
	%1336 = add i32 %3, %1335
	%1337 = shl i32 %7, 1
	%1338 = add i32 32, %1337
	%1339 = add i32 %73, %1338
	%1340 = icmp slt i32 %1336, %R
	%1341 = icmp slt i32 %1339, %T
	%1342 = and i1 %1340, %1341
	%1343 = mul i32 %1336, 1
	%1344 = add i32 %1343, 0
	%1345 = sub i32 %N, %M
	%1346 = add i32 %1344, %1345
	%1347 = icmp slt i32 %1346, 0
	%1348 = sub i32 0, %1346
	%1349 = add i32 %1348, 0
	%1350 = sdiv i32 %1349, 1
	%1351 = sub i32 0, %1350
	%1352 = sdiv i32 %1346, 1
	%1353 = select i1 %1347, i32 %1351, i32 %1352
	%1354 = icmp sle i32 %1339, %1353
	%1355 = and i1 %1342, %1354
	%1356 = fmul float %104, 0x3FC0527DC0000000
	%1357 = select i1 %1355, float %1356, float 0xFFF0000000000000
	%1358 = mul i32 %4, 16
	%1359 = add i32 %6, 0
	%1360 = add i32 %1358, %1359
	%1361 = add i32 %3, %1360
	%1362 = shl i32 %7, 1
	%1363 = add i32 33, %1362
	%1364 = add i32 %73, %1363
	%1365 = icmp slt i32 %1361, %R
	%1366 = icmp slt i32 %1364, %T
	%1367 = and i1 %1365, %1366
	%1368 = mul i32 %1361, 1
	%1369 = add i32 %1368, 0
	%1370 = sub i32 %N, %M
	%1371 = add i32 %1369, %1370
	%1372 = icmp slt i32 %1371, 0
	%1373 = sub i32 0, %1371
	%1374 = add i32 %1373, 0
	%1375 = sdiv i32 %1374, 1
	%1376 = sub i32 0, %1375
	%1377 = sdiv i32 %1371, 1
	%1378 = select i1 %1372, i32 %1376, i32 %1377
	%1379 = icmp sle i32 %1364, %1378
	%1380 = and i1 %1367, %1379
	%1381 = fmul float %105, 0x3FC0527DC0000000
	%1382 = select i1 %1380, float %1381, float 0xFFF0000000000000
	%1383 = mul i32 %4, 16
	%1384 = add i32 %6, 8
	%1385 = add i32 %1383, %1384
	%1386 = add i32 %3, %1385
	%1387 = shl i32 %7, 1
	%1388 = add i32 32, %1387
	%1389 = add i32 %73, %1388
	%1390 = icmp slt i32 %1386, %R
	%1391 = icmp slt i32 %1389, %T
	%1392 = and i1 %1390, %1391
	%1393 = mul i32 %1386, 1
	%1394 = add i32 %1393, 0
	%1395 = sub i32 %N, %M
	%1396 = add i32 %1394, %1395
	%1397 = icmp slt i32 %1396, 0
	%1398 = sub i32 0, %1396
	%1399 = add i32 %1398, 0
	%1400 = sdiv i32 %1399, 1
	%1401 = sub i32 0, %1400
	%1402 = sdiv i32 %1396, 1
	%1403 = select i1 %1397, i32 %1401, i32 %1402
	%1404 = icmp sle i32 %1389, %1403
	%1405 = and i1 %1392, %1404
	%1406 = fmul float %106, 0x3FC0527DC0000000
	%1407 = select i1 %1405, float %1406, float 0xFFF0000000000000
	%1408 = mul i32 %4, 16
	%1409 = add i32 %6, 8
	%1410 = add i32 %1408, %1409
	%1411 = add i32 %3, %1410
	%1412 = shl i32 %7, 1
	%1413 = add i32 33, %1412
	%1414 = add i32 %73, %1413
	%1415 = icmp slt i32 %1411, %R
	%1416 = icmp slt i32 %1414, %T
	%1417 = and i1 %1415, %1416
	%1418 = mul i32 %1411, 1
	%1419 = add i32 %1418, 0
	%1420 = sub i32 %N, %M
	%1421 = add i32 %1419, %1420
	%1422 = icmp slt i32 %1421, 0
	%1423 = sub i32 0, %1421
	%1424 = add i32 %1423, 0
	%1425 = sdiv i32 %1424, 1
	%1426 = sub i32 0, %1425
	%1427 = sdiv i32 %1421, 1
	%1428 = select i1 %1422, i32 %1426, i32 %1427
	%1429 = icmp sle i32 %1414, %1428
	%1430 = and i1 %1417, %1429
	%1431 = fmul float %107, 0x3FC0527DC0000000
	%1432 = select i1 %1430, float %1431, float 0xFFF0000000000000
	%1433 = mul i32 %4, 16
	%1434 = add i32 %6, 0
	%1435 = add i32 %1433, %1434
	%1436 = add i32 %3, %1435
	%1437 = shl i32 %7, 1
	%1438 = add i32 40, %1437
	%1439 = add i32 %73, %1438
	%1440 = icmp slt i32 %1436, %R
	%1441 = icmp slt i32 %1439, %T
	%1442 = and i1 %1440, %1441
	%1443 = mul i32 %1436, 1
	%1444 = add i32 %1443, 0
	%1445 = sub i32 %N, %M
	%1446 = add i32 %1444, %1445
	%1447 = icmp slt i32 %1446, 0
	%1448 = sub i32 0, %1446
	%1449 = add i32 %1448, 0
	%1450 = sdiv i32 %1449, 1
	%1451 = sub i32 0, %1450
	%1452 = sdiv i32 %1446, 1
	%1453 = select i1 %1447, i32 %1451, i32 %1452
	%1454 = icmp sle i32 %1439, %1453
	%1455 = and i1 %1442, %1454
	%1456 = fmul float %108, 0x3FC0527DC0000000
	%1457 = select i1 %1455, float %1456, float 0xFFF0000000000000
	%1458 = mul i32 %4, 16
	%1459 = add i32 %6, 0
	%1460 = add i32 %1458, %1459
	%1461 = add i32 %3, %1460
	%1462 = shl i32 %7, 1
	%1463 = add i32 41, %1462
	%1464 = add i32 %73, %1463
	%1465 = icmp slt i32 %1461, %R
	%1466 = icmp slt i32 %1464, %T
	%1467 = and i1 %1465, %1466
	%1468 = mul i32 %1461, 1
	%1469 = add i32 %1468, 0
	%1470 = sub i32 %N, %M
	%1471 = add i32 %1469, %1470
	%1472 = icmp slt i32 %1471, 0
	%1473 = sub i32 0, %1471
	%1474 = add i32 %1473, 0
	%1475 = sdiv i32 %1474, 1
	%1476 = sub i32 0, %1475
	%1477 = sdiv i32 %1471, 1
	%1478 = select i1 %1472, i32 %1476, i32 %1477
	%1479 = icmp sle i32 %1464, %1478
	%1480 = and i1 %1467, %1479
	%1481 = fmul float %109, 0x3FC0527DC0000000
	%1482 = select i1 %1480, float %1481, float 0xFFF0000000000000
	%1483 = mul i32 %4, 16
	%1484 = add i32 %6, 8
	%1485 = add i32 %1483, %1484
	%1486 = add i32 %3, %1485
	%1487 = shl i32 %7, 1
	%1488 = add i32 40, %1487
	%1489 = add i32 %73, %1488
	%1490 = icmp slt i32 %1486, %R
	%1491 = icmp slt i32 %1489, %T
	%1492 = and i1 %1490, %1491
	%1493 = mul i32 %1486, 1
	%1494 = add i32 %1493, 0
	%1495 = sub i32 %N, %M
	%1496 = add i32 %1494, %1495
	%1497 = icmp slt i32 %1496, 0
	%1498 = sub i32 0, %1496
	%1499 = add i32 %1498, 0
	%1500 = sdiv i32 %1499, 1
	%1501 = sub i32 0, %1500
	%1502 = sdiv i32 %1496, 1
	%1503 = select i1 %1497, i32 %1501, i32 %1502
	%1504 = icmp sle i32 %1489, %1503
	%1505 = and i1 %1492, %1504
	%1506 = fmul float %110, 0x3FC0527DC0000000
	%1507 = select i1 %1505, float %1506, float 0xFFF0000000000000
	%1508 = mul i32 %4, 16
	%1509 = add i32 %6, 8
	%1510 = add i32 %1508, %1509
	%1511 = add i32 %3, %1510
	%1512 = shl i32 %7, 1
	%1513 = add i32 41, %1512
	%1514 = add i32 %73, %1513
	%1515 = icmp slt i32 %1511, %R
	%1516 = icmp slt i32 %1514, %T
	%1517 = and i1 %1515, %1516
	%1518 = mul i32 %1511, 1
	%1519 = add i32 %1518, 0
	%1520 = sub i32 %N, %M
	%1521 = add i32 %1519, %1520
	%1522 = icmp slt i32 %1521, 0
	%1523 = sub i32 0, %1521
	%1524 = add i32 %1523, 0
	%1525 = sdiv i32 %1524, 1
	%1526 = sub i32 0, %1525
	%1527 = sdiv i32 %1521, 1
	%1528 = select i1 %1522, i32 %1526, i32 %1527
	%1529 = icmp sle i32 %1514, %1528
	%1530 = and i1 %1517, %1529
	%1531 = fmul float %111, 0x3FC0527DC0000000
	%1532 = select i1 %1530, float %1531, float 0xFFF0000000000000
	%1533 = mul i32 %4, 16
	%1534 = add i32 %6, 0
	%1535 = add i32 %1533, %1534
	%1536 = add i32 %3, %1535
	%1537 = shl i32 %7, 1
	%1538 = add i32 48, %1537
	%1539 = add i32 %73, %1538
	%1540 = icmp slt i32 %1536, %R
	%1541 = icmp slt i32 %1539, %T
	%1542 = and i1 %1540, %1541
	%1543 = mul i32 %1536, 1
	%1544 = add i32 %1543, 0
	%1545 = sub i32 %N, %M
	%1546 = add i32 %1544, %1545
	%1547 = icmp slt i32 %1546, 0
	%1548 = sub i32 0, %1546
	%1549 = add i32 %1548, 0
	%1550 = sdiv i32 %1549, 1
	%1551 = sub i32 0, %1550
	%1552 = sdiv i32 %1546, 1
	%1553 = select i1 %1547, i32 %1551, i32 %1552
	%1554 = icmp sle i32 %1539, %1553
	%1555 = and i1 %1542, %1554
	%1556 = fmul float %112, 0x3FC0527DC0000000
	%1557 = select i1 %1555, float %1556, float 0xFFF0000000000000
	%1558 = mul i32 %4, 16
	%1559 = add i32 %6, 0
	%1560 = add i32 %1558, %1559
	%1561 = add i32 %3, %1560
	%1562 = shl i32 %7, 1
	%1563 = add i32 49, %1562
	%1564 = add i32 %73, %1563
	%1565 = icmp slt i32 %1561, %R
	%1566 = icmp slt i32 %1564, %T
	%1567 = and i1 %1565, %1566
	%1568 = mul i32 %1561, 1
	%1569 = add i32 %1568, 0
	%1570 = sub i32 %N, %M
	%1571 = add i32 %1569, %1570
	%1572 = icmp slt i32 %1571, 0
	%1573 = sub i32 0, %1571
	%1574 = add i32 %1573, 0
	%1575 = sdiv i32 %1574, 1
	%1576 = sub i32 0, %1575
	%1577 = sdiv i32 %1571, 1
	%1578 = select i1 %1572, i32 %1576, i32 %1577
	%1579 = icmp sle i32 %1564, %1578
	%1580 = and i1 %1567, %1579
	%1581 = fmul float %113, 0x3FC0527DC0000000
	%1582 = select i1 %1580, float %1581, float 0xFFF0000000000000
	%1583 = mul i32 %4, 16
	%1584 = add i32 %6, 8
	%1585 = add i32 %1583, %1584
	%1586 = add i32 %3, %1585
	%1587 = shl i32 %7, 1
	%1588 = add i32 48, %1587
	%1589 = add i32 %73, %1588
	%1590 = icmp slt i32 %1586, %R
	%1591 = icmp slt i32 %1589, %T
	%1592 = and i1 %1590, %1591
	%1593 = mul i32 %1586, 1
	%1594 = add i32 %1593, 0
	%1595 = sub i32 %N, %M
	%1596 = add i32 %1594, %1595
	%1597 = icmp slt i32 %1596, 0
	%1598 = sub i32 0, %1596
	%1599 = add i32 %1598, 0
	%1600 = sdiv i32 %1599, 1
	%1601 = sub i32 0, %1600
	%1602 = sdiv i32 %1596, 1
	%1603 = select i1 %1597, i32 %1601, i32 %1602
	%1604 = icmp sle i32 %1589, %1603
	%1605 = and i1 %1592, %1604
	%1606 = fmul float %114, 0x3FC0527DC0000000
	%1607 = select i1 %1605, float %1606, float 0xFFF0000000000000
	%1608 = mul i32 %4, 16
	%1609 = add i32 %6, 8
	%1610 = add i32 %1608, %1609
	%1611 = add i32 %3, %1610
	%1612 = shl i32 %7, 1
	%1613 = add i32 49, %1612
	%1614 = add i32 %73, %1613
	%1615 = icmp slt i32 %1611, %R
	%1616 = icmp slt i32 %1614, %T
	%1617 = and i1 %1615, %1616
	%1618 = mul i32 %1611, 1
	%1619 = add i32 %1618, 0
	%1620 = sub i32 %N, %M
	%1621 = add i32 %1619, %1620
	%1622 = icmp slt i32 %1621, 0
	%1623 = sub i32 0, %1621
	%1624 = add i32 %1623, 0
	%1625 = sdiv i32 %1624, 1
	%1626 = sub i32 0, %1625
	%1627 = sdiv i32 %1621, 1
	%1628 = select i1 %1622, i32 %1626, i32 %1627
	%1629 = icmp sle i32 %1614, %1628
	%1630 = and i1 %1617, %1629
	%1631 = fmul float %115, 0x3FC0527DC0000000
	%1632 = select i1 %1630, float %1631, float 0xFFF0000000000000
	%1633 = mul i32 %4, 16
	%1634 = add i32 %6, 0
	%1635 = add i32 %1633, %1634
	%1636 = add i32 %3, %1635
	%1637 = shl i32 %7, 1
	%1638 = add i32 56, %1637
	%1639 = add i32 %73, %1638
	%1640 = icmp slt i32 %1636, %R
	%1641 = icmp slt i32 %1639, %T
	%1642 = and i1 %1640, %1641
	%1643 = mul i32 %1636, 1
	%1644 = add i32 %1643, 0
	%1645 = sub i32 %N, %M
	%1646 = add i32 %1644, %1645
	%1647 = icmp slt i32 %1646, 0
	%1648 = sub i32 0, %1646
	%1649 = add i32 %1648, 0
	%1650 = sdiv i32 %1649, 1
	%1651 = sub i32 0, %1650
	%1652 = sdiv i32 %1646, 1
	%1653 = select i1 %1647, i32 %1651, i32 %1652
	%1654 = icmp sle i32 %1639, %1653
	%1655 = and i1 %1642, %1654
	%1656 = fmul float %116, 0x3FC0527DC0000000
	%1657 = select i1 %1655, float %1656, float 0xFFF0000000000000
	%1658 = mul i32 %4, 16
	%1659 = add i32 %6, 0
	%1660 = add i32 %1658, %1659
	%1661 = add i32 %3, %1660
	%1662 = shl i32 %7, 1
	%1663 = add i32 57, %1662
	%1664 = add i32 %73, %1663
	%1665 = icmp slt i32 %1661, %R
	%1666 = icmp slt i32 %1664, %T
	%1667 = and i1 %1665, %1666
	%1668 = mul i32 %1661, 1
	%1669 = add i32 %1668, 0
	%1670 = sub i32 %N, %M
	%1671 = add i32 %1669, %1670
	%1672 = icmp slt i32 %1671, 0
	%1673 = sub i32 0, %1671
	%1674 = add i32 %1673, 0
	%1675 = sdiv i32 %1674, 1
	%1676 = sub i32 0, %1675
	%1677 = sdiv i32 %1671, 1
	%1678 = select i1 %1672, i32 %1676, i32 %1677
	%1679 = icmp sle i32 %1664, %1678
	%1680 = and i1 %1667, %1679
	%1681 = fmul float %117, 0x3FC0527DC0000000
	%1682 = select i1 %1680, float %1681, float 0xFFF0000000000000
	%1683 = mul i32 %4, 16
	%1684 = add i32 %6, 8
	%1685 = add i32 %1683, %1684
	%1686 = add i32 %3, %1685
	%1687 = shl i32 %7, 1
	%1688 = add i32 56, %1687
	%1689 = add i32 %73, %1688
	%1690 = icmp slt i32 %1686, %R
	%1691 = icmp slt i32 %1689, %T
	%1692 = and i1 %1690, %1691
	%1693 = mul i32 %1686, 1
	%1694 = add i32 %1693, 0
	%1695 = sub i32 %N, %M
	%1696 = add i32 %1694, %1695
	%1697 = icmp slt i32 %1696, 0
	%1698 = sub i32 0, %1696
	%1699 = add i32 %1698, 0
	%1700 = sdiv i32 %1699, 1
	%1701 = sub i32 0, %1700
	%1702 = sdiv i32 %1696, 1
	%1703 = select i1 %1697, i32 %1701, i32 %1702
	%1704 = icmp sle i32 %1689, %1703
	%1705 = and i1 %1692, %1704
	%1706 = fmul float %118, 0x3FC0527DC0000000
	%1707 = select i1 %1705, float %1706, float 0xFFF0000000000000
	%1708 = mul i32 %4, 16
	%1709 = add i32 %6, 8
	%1710 = add i32 %1708, %1709
	%1711 = add i32 %3, %1710
	%1712 = shl i32 %7, 1
	%1713 = add i32 57, %1712
	%1714 = add i32 %73, %1713
	%1715 = icmp slt i32 %1711, %R
	%1716 = icmp slt i32 %1714, %T
	%1717 = and i1 %1715, %1716
	%1718 = mul i32 %1711, 1
	%1719 = add i32 %1718, 0
	%1720 = sub i32 %N, %M
	%1721 = add i32 %1719, %1720
	%1722 = icmp slt i32 %1721, 0
	%1723 = sub i32 0, %1721
	%1724 = add i32 %1723, 0
	%1725 = sdiv i32 %1724, 1
	%1726 = sub i32 0, %1725
	%1727 = sdiv i32 %1721, 1
	%1728 = select i1 %1722, i32 %1726, i32 %1727
	%1729 = icmp sle i32 %1714, %1728
	%1730 = and i1 %1717, %1729
	%1731 = fmul float %119, 0x3FC0527DC0000000
	%1732 = select i1 %1730, float %1731, float 0xFFF0000000000000
	%1733 = call float @llvm.nvvm.fmax.f(float %957, float %982)
	%1734 = call float @llvm.nvvm.fmax.f(float %1057, float %1082)
	%1735 = call float @llvm.nvvm.fmax.f(float %1157, float %1182)
	%1736 = call float @llvm.nvvm.fmax.f(float %1257, float %1282)
	%1737 = call float @llvm.nvvm.fmax.f(float %1357, float %1382)
	%1738 = call float @llvm.nvvm.fmax.f(float %1457, float %1482)
	%1739 = call float @llvm.nvvm.fmax.f(float %1557, float %1582)
	%1740 = call float @llvm.nvvm.fmax.f(float %1657, float %1682)
	%1741 = call float @llvm.nvvm.fmax.f(float %1733, float %1734)
	%1742 = call float @llvm.nvvm.fmax.f(float %1735, float %1736)
	%1743 = call float @llvm.nvvm.fmax.f(float %1737, float %1738)
	%1744 = call float @llvm.nvvm.fmax.f(float %1739, float %1740)
	%1745 = call float @llvm.nvvm.fmax.f(float %1741, float %1742)
	%1746 = call float @llvm.nvvm.fmax.f(float %1743, float %1744)
	%1747 = call float @llvm.nvvm.fmax.f(float %1745, float %1746)
	%1748 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1747, i32 1, i32 31)
	%1749 = call float @llvm.nvvm.fmax.f(float %1747, float %1748)
	%1750 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1749, i32 2, i32 31)
	%1751 = call float @llvm.nvvm.fmax.f(float %1749, float %1750)
	%1752 = call float @llvm.nvvm.fmax.f(float %67, float %1751)
	%1753 = fcmp oeq float %1752, 0xFFF0000000000000
	%1754 = select i1 %1753, float 0.0, float %1752
	%1755 = fsub float %957, %1754
	%1756 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1755)
	%1757 = fsub float %982, %1754
	%1758 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1757)
	%1759 = fsub float %1057, %1754
	%1760 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1759)
	%1761 = fsub float %1082, %1754
	%1762 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1761)
	%1763 = fsub float %1157, %1754
	%1764 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1763)
	%1765 = fsub float %1182, %1754
	%1766 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1765)
	%1767 = fsub float %1257, %1754
	%1768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1767)
	%1769 = fsub float %1282, %1754
	%1770 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1769)
	%1771 = fsub float %1357, %1754
	%1772 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1771)
	%1773 = fsub float %1382, %1754
	%1774 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1773)
	%1775 = fsub float %1457, %1754
	%1776 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1775)
	%1777 = fsub float %1482, %1754
	%1778 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1777)
	%1779 = fsub float %1557, %1754
	%1780 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1779)
	%1781 = fsub float %1582, %1754
	%1782 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1781)
	%1783 = fsub float %1657, %1754
	%1784 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1783)
	%1785 = fsub float %1682, %1754
	%1786 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1785)
	%1787 = fadd float %1756, %1758
	%1788 = fadd float %1760, %1762
	%1789 = fadd float %1764, %1766
	%1790 = fadd float %1768, %1770
	%1791 = fadd float %1772, %1774
	%1792 = fadd float %1776, %1778
	%1793 = fadd float %1780, %1782
	%1794 = fadd float %1784, %1786
	%1795 = fadd float %1787, %1788
	%1796 = fadd float %1789, %1790
	%1797 = fadd float %1791, %1792
	%1798 = fadd float %1793, %1794
	%1799 = fadd float %1795, %1796
	%1800 = fadd float %1797, %1798
	%1801 = fadd float %1799, %1800
	%1802 = fsub float %67, %1754
	%1803 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1802)
	%1804 = fmul float %69, %1803
	%1805 = fadd float %1804, %1801
	%1806 = fadd float %1756, %1758
	%1807 = fadd float %1760, %1762
	%1808 = fadd float %1764, %1766
	%1809 = fadd float %1768, %1770
	%1810 = fadd float %1772, %1774
	%1811 = fadd float %1776, %1778
	%1812 = fadd float %1780, %1782
	%1813 = fadd float %1784, %1786
	%1814 = fadd float %1806, %1807
	%1815 = fadd float %1808, %1809
	%1816 = fadd float %1810, %1811
	%1817 = fadd float %1812, %1813
	%1818 = fadd float %1814, %1815
	%1819 = fadd float %1816, %1817
	%1820 = fadd float %1818, %1819
	%1821 = call float @llvm.nvvm.fmax.f(float %1007, float %1032)
	%1822 = call float @llvm.nvvm.fmax.f(float %1107, float %1132)
	%1823 = call float @llvm.nvvm.fmax.f(float %1207, float %1232)
	%1824 = call float @llvm.nvvm.fmax.f(float %1307, float %1332)
	%1825 = call float @llvm.nvvm.fmax.f(float %1407, float %1432)
	%1826 = call float @llvm.nvvm.fmax.f(float %1507, float %1532)
	%1827 = call float @llvm.nvvm.fmax.f(float %1607, float %1632)
	%1828 = call float @llvm.nvvm.fmax.f(float %1707, float %1732)
	%1829 = call float @llvm.nvvm.fmax.f(float %1821, float %1822)
	%1830 = call float @llvm.nvvm.fmax.f(float %1823, float %1824)
	%1831 = call float @llvm.nvvm.fmax.f(float %1825, float %1826)
	%1832 = call float @llvm.nvvm.fmax.f(float %1827, float %1828)
	%1833 = call float @llvm.nvvm.fmax.f(float %1829, float %1830)
	%1834 = call float @llvm.nvvm.fmax.f(float %1831, float %1832)
	%1835 = call float @llvm.nvvm.fmax.f(float %1833, float %1834)
	%1836 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1835, i32 1, i32 31)
	%1837 = call float @llvm.nvvm.fmax.f(float %1835, float %1836)
	%1838 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1837, i32 2, i32 31)
	%1839 = call float @llvm.nvvm.fmax.f(float %1837, float %1838)
	%1840 = call float @llvm.nvvm.fmax.f(float %68, float %1839)
	%1841 = fcmp oeq float %1840, 0xFFF0000000000000
	%1842 = select i1 %1841, float 0.0, float %1840
	%1843 = fsub float %1007, %1842
	%1844 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1843)
	%1845 = fsub float %1032, %1842
	%1846 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1845)
	%1847 = fsub float %1107, %1842
	%1848 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1847)
	%1849 = fsub float %1132, %1842
	%1850 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1849)
	%1851 = fsub float %1207, %1842
	%1852 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1851)
	%1853 = fsub float %1232, %1842
	%1854 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1853)
	%1855 = fsub float %1307, %1842
	%1856 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1855)
	%1857 = fsub float %1332, %1842
	%1858 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1857)
	%1859 = fsub float %1407, %1842
	%1860 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1859)
	%1861 = fsub float %1432, %1842
	%1862 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1861)
	%1863 = fsub float %1507, %1842
	%1864 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1863)
	%1865 = fsub float %1532, %1842
	%1866 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1865)
	%1867 = fsub float %1607, %1842
	%1868 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1867)
	%1869 = fsub float %1632, %1842
	%1870 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1869)
	%1871 = fsub float %1707, %1842
	%1872 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1871)
	%1873 = fsub float %1732, %1842
	%1874 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1873)
	%1875 = fadd float %1844, %1846
	%1876 = fadd float %1848, %1850
	%1877 = fadd float %1852, %1854
	%1878 = fadd float %1856, %1858
	%1879 = fadd float %1860, %1862
	%1880 = fadd float %1864, %1866
	%1881 = fadd float %1868, %1870
	%1882 = fadd float %1872, %1874
	%1883 = fadd float %1875, %1876
	%1884 = fadd float %1877, %1878
	%1885 = fadd float %1879, %1880
	%1886 = fadd float %1881, %1882
	%1887 = fadd float %1883, %1884
	%1888 = fadd float %1885, %1886
	%1889 = fadd float %1887, %1888
	%1890 = fsub float %68, %1842
	%1891 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1890)
	%1892 = fmul float %70, %1891
	%1893 = fadd float %1892, %1889
	%1894 = fadd float %1844, %1846
	%1895 = fadd float %1848, %1850
	%1896 = fadd float %1852, %1854
	%1897 = fadd float %1856, %1858
	%1898 = fadd float %1860, %1862
	%1899 = fadd float %1864, %1866
	%1900 = fadd float %1868, %1870
	%1901 = fadd float %1872, %1874
	%1902 = fadd float %1894, %1895
	%1903 = fadd float %1896, %1897
	%1904 = fadd float %1898, %1899
	%1905 = fadd float %1900, %1901
	%1906 = fadd float %1902, %1903
	%1907 = fadd float %1904, %1905
	%1908 = fadd float %1906, %1907
	%1909 = sext i32 %R to i64
	%1910 = mul i32 %4, 16
	%1911 = add i32 %6, 0
	%1912 = add i32 %1910, %1911
	%1913 = add i32 %3, %1912
	%1914 = icmp slt i32 %1913, %R
	%1915 = mul i32 %1, %18
	%1916 = add i32 %1915, %66
	%1917 = sext i32 %1916 to i64
	%1918 = mul i64 %1917, %1909
	%1919 = sext i32 %1913 to i64
	%1920 = add i64 %1918, %1919
	%1921 = icmp eq i32 %7, 0
	%1922 = and i1 %1914, %1921
	br i1 %1922, label %1923, label %1925

1923:
	%1924 = getelementptr float, float* %mx, i64 %1920
	store float %1754, float* %1924
	br label %1925

1925:
	%1926 = mul i32 %4, 16
	%1927 = add i32 %6, 8
	%1928 = add i32 %1926, %1927
	%1929 = add i32 %3, %1928
	%1930 = icmp slt i32 %1929, %R
	%1931 = mul i32 %1, %18
	%1932 = add i32 %1931, %66
	%1933 = sext i32 %1932 to i64
	%1934 = mul i64 %1933, %1909
	%1935 = sext i32 %1929 to i64
	%1936 = add i64 %1934, %1935
	%1937 = icmp eq i32 %7, 0
	%1938 = and i1 %1930, %1937
	br i1 %1938, label %1939, label %1941

1939:
	%1940 = getelementptr float, float* %mx, i64 %1936
	store float %1842, float* %1940
	br label %1941

1941:
	%1942 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1820, i32 1, i32 31)
	%1943 = fadd float %1820, %1942
	%1944 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1943, i32 2, i32 31)
	%1945 = fadd float %1943, %1944
	%1946 = icmp eq i32 %7, 0
	%1947 = sdiv i32 %73, 64
	%1948 = add i32 %1947, 0
	%1949 = and i1 %1946, %1914
	%1950 = icmp slt i32 %1948, %NK
	%1951 = and i1 %1949, %1950
	%1952 = mul i32 %1, %NK
	%1953 = add i32 %1952, %1948
	%1954 = sext i32 %1953 to i64
	%1955 = mul i64 %1954, %1909
	%1956 = mul i32 %4, 16
	%1957 = add i32 %6, 0
	%1958 = add i32 %1956, %1957
	%1959 = add i32 %3, %1958
	%1960 = sext i32 %1959 to i64
	%1961 = add i64 %1955, %1960
	br i1 %1951, label %1962, label %1964

1962:
	%1963 = getelementptr float, float* %part, i64 %1961
	store float %1945, float* %1963
	br label %1964

1964:
	%1965 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1908, i32 1, i32 31)
	%1966 = fadd float %1908, %1965
	%1967 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1966, i32 2, i32 31)
	%1968 = fadd float %1966, %1967
	%1969 = icmp eq i32 %7, 1
	%1970 = sdiv i32 %73, 64
	%1971 = add i32 %1970, 0
	%1972 = and i1 %1969, %1930
	%1973 = icmp slt i32 %1971, %NK
	%1974 = and i1 %1972, %1973
	%1975 = mul i32 %1, %NK
	%1976 = add i32 %1975, %1971
	%1977 = sext i32 %1976 to i64
	%1978 = mul i64 %1977, %1909
	%1979 = mul i32 %4, 16
	%1980 = add i32 %6, 8
	%1981 = add i32 %1979, %1980
	%1982 = add i32 %3, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = add i64 %1978, %1983
	br i1 %1974, label %1985, label %1987

1985:
	%1986 = getelementptr float, float* %part, i64 %1984
	store float %1968, float* %1986
	br label %1987

1987:
	%1988 = add i32 %66, 1
	br label %65

1989:
	%1990 = mul i32 %1, %R
	%1991 = add i32 %1990, %82
	%1992 = mul i32 %1991, 2
	%1993 = add i32 %1992, 0
	%1994 = sext i32 %1993 to i64
	%1995 = getelementptr float, float* %stats, i64 %1994
	store float %67, float* %1995
	%1996 = mul i32 %1, %R
	%1997 = add i32 %1996, %82
	%1998 = mul i32 %1997, 2
	%1999 = add i32 %1998, 1
	%2000 = sext i32 %1999 to i64
	%2001 = getelementptr float, float* %stats, i64 %2000
	store float %78, float* %2001
	br label %2002

2002:
	%2003 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%2004 = fadd float %70, %2003
	%2005 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2004, i32 2, i32 31)
	%2006 = fadd float %2004, %2005
	%2007 = mul i32 %4, 16
	%2008 = add i32 %6, 8
	%2009 = add i32 %2007, %2008
	%2010 = add i32 %3, %2009
	%2011 = icmp slt i32 %2010, %R
	%2012 = icmp eq i32 %7, 0
	%2013 = and i1 %2011, %2012
	br i1 %2013, label %2014, label %2027

2014:
	%2015 = mul i32 %1, %R
	%2016 = add i32 %2015, %2010
	%2017 = mul i32 %2016, 2
	%2018 = add i32 %2017, 0
	%2019 = sext i32 %2018 to i64
	%2020 = getelementptr float, float* %stats, i64 %2019
	store float %68, float* %2020
	%2021 = mul i32 %1, %R
	%2022 = add i32 %2021, %2010
	%2023 = mul i32 %2022, 2
	%2024 = add i32 %2023, 1
	%2025 = sext i32 %2024 to i64
	%2026 = getelementptr float, float* %stats, i64 %2025
	store float %2006, float* %2026
	br label %2027

2027:
	ret void
}

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @oracle_admass0(float* %stats, float* %part, float* %mx, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %M, i32 %R, i32 %T) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = icmp slt i32 %0, 64
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
	%23 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 %0
	store float %22, float addrspace(3)* %23
	%24 = fdiv float 1.0, %19
	%25 = select i1 %21, float %24, float 0.0
	%26 = add i32 %0, 64
	%27 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 %26
	store float %25, float addrspace(3)* %27
	br label %28

28:
	call void @llvm.nvvm.barrier0()
	%29 = sub i32 %R, %3
	%30 = icmp slt i32 64, %29
	%31 = select i1 %30, i32 64, i32 %29
	%32 = add i32 %1, 1
	%33 = mul i32 %32, 64
	%34 = icmp slt i32 %33, %M
	%35 = select i1 %34, i32 %33, i32 %M
	%36 = add i32 %35, 0
	%37 = sdiv i32 %36, 1
	%38 = sub i32 %37, %3
	%39 = sitofp i32 %38 to float
	%40 = add i32 %T, 63
	%41 = sdiv i32 %40, 64
	%42 = sext i32 %R to i64
	br label %43

43:
	%44 = phi i32 [ %0, %28 ], [ %1296, %1295 ]
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
	br i1 %55, label %57, label %1295

56:
	ret void

57:
	%58 = mul i32 %2, %NK
	%59 = add i32 %58, %44
	%60 = sext i32 %59 to i64
	%61 = mul i64 %60, %42
	%62 = sext i32 %3 to i64
	%63 = add i64 %61, %62
	%64 = mul i32 %44, 64
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
	%81 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 0
	%82 = load float, float addrspace(3)* %81
	%83 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 64
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
	%100 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 1
	%101 = load float, float addrspace(3)* %100
	%102 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 65
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
	%119 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 2
	%120 = load float, float addrspace(3)* %119
	%121 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 66
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
	%138 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 3
	%139 = load float, float addrspace(3)* %138
	%140 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 67
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
	%157 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 4
	%158 = load float, float addrspace(3)* %157
	%159 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 68
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
	%176 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 5
	%177 = load float, float addrspace(3)* %176
	%178 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 69
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
	%195 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 6
	%196 = load float, float addrspace(3)* %195
	%197 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 70
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
	%214 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 7
	%215 = load float, float addrspace(3)* %214
	%216 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 71
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
	%233 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 8
	%234 = load float, float addrspace(3)* %233
	%235 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 72
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
	%252 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 9
	%253 = load float, float addrspace(3)* %252
	%254 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 73
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
	%271 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 10
	%272 = load float, float addrspace(3)* %271
	%273 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 74
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
	%290 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 11
	%291 = load float, float addrspace(3)* %290
	%292 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 75
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
	%309 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 12
	%310 = load float, float addrspace(3)* %309
	%311 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 76
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
	%328 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 13
	%329 = load float, float addrspace(3)* %328
	%330 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 77
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
	%347 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 14
	%348 = load float, float addrspace(3)* %347
	%349 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 78
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
	%366 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 15
	%367 = load float, float addrspace(3)* %366
	%368 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 79
	%369 = load float, float addrspace(3)* %368
	%370 = fsub float %365, %367
	%371 = call float @llvm.nvvm.ex2.approx.ftz.f(float %370)
	%372 = fmul float %362, %371
	%373 = fmul float %372, %369
	%374 = select i1 %357, float %373, float 0.0
	%375 = fadd float %356, %374
	%376 = icmp slt i32 16, %31
	%377 = select i1 %376, i32 16, i32 0
	%378 = sext i32 %377 to i64
	%379 = add i64 %63, %378
	%380 = getelementptr float, float* %part, i64 %379
	%381 = load float, float* %380
	%382 = add i64 %71, %378
	%383 = getelementptr float, float* %mx, i64 %382
	%384 = load float, float* %383
	%385 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 16
	%386 = load float, float addrspace(3)* %385
	%387 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 80
	%388 = load float, float addrspace(3)* %387
	%389 = fsub float %384, %386
	%390 = call float @llvm.nvvm.ex2.approx.ftz.f(float %389)
	%391 = fmul float %381, %390
	%392 = fmul float %391, %388
	%393 = select i1 %376, float %392, float 0.0
	%394 = fadd float %375, %393
	%395 = icmp slt i32 17, %31
	%396 = select i1 %395, i32 17, i32 0
	%397 = sext i32 %396 to i64
	%398 = add i64 %63, %397
	%399 = getelementptr float, float* %part, i64 %398
	%400 = load float, float* %399
	%401 = add i64 %71, %397
	%402 = getelementptr float, float* %mx, i64 %401
	%403 = load float, float* %402
	%404 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 17
	%405 = load float, float addrspace(3)* %404
	%406 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 81
	%407 = load float, float addrspace(3)* %406
	%408 = fsub float %403, %405
	%409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %408)
	%410 = fmul float %400, %409
	%411 = fmul float %410, %407
	%412 = select i1 %395, float %411, float 0.0
	%413 = fadd float %394, %412
	%414 = icmp slt i32 18, %31
	%415 = select i1 %414, i32 18, i32 0
	%416 = sext i32 %415 to i64
	%417 = add i64 %63, %416
	%418 = getelementptr float, float* %part, i64 %417
	%419 = load float, float* %418
	%420 = add i64 %71, %416
	%421 = getelementptr float, float* %mx, i64 %420
	%422 = load float, float* %421
	%423 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 18
	%424 = load float, float addrspace(3)* %423
	%425 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 82
	%426 = load float, float addrspace(3)* %425
	%427 = fsub float %422, %424
	%428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %427)
	%429 = fmul float %419, %428
	%430 = fmul float %429, %426
	%431 = select i1 %414, float %430, float 0.0
	%432 = fadd float %413, %431
	%433 = icmp slt i32 19, %31
	%434 = select i1 %433, i32 19, i32 0
	%435 = sext i32 %434 to i64
	%436 = add i64 %63, %435
	%437 = getelementptr float, float* %part, i64 %436
	%438 = load float, float* %437
	%439 = add i64 %71, %435
	%440 = getelementptr float, float* %mx, i64 %439
	%441 = load float, float* %440
	%442 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 19
	%443 = load float, float addrspace(3)* %442
	%444 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 83
	%445 = load float, float addrspace(3)* %444
	%446 = fsub float %441, %443
	%447 = call float @llvm.nvvm.ex2.approx.ftz.f(float %446)
	%448 = fmul float %438, %447
	%449 = fmul float %448, %445
	%450 = select i1 %433, float %449, float 0.0
	%451 = fadd float %432, %450
	%452 = icmp slt i32 20, %31
	%453 = select i1 %452, i32 20, i32 0
	%454 = sext i32 %453 to i64
	%455 = add i64 %63, %454
	%456 = getelementptr float, float* %part, i64 %455
	%457 = load float, float* %456
	%458 = add i64 %71, %454
	%459 = getelementptr float, float* %mx, i64 %458
	%460 = load float, float* %459
	%461 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 20
	%462 = load float, float addrspace(3)* %461
	%463 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 84
	%464 = load float, float addrspace(3)* %463
	%465 = fsub float %460, %462
	%466 = call float @llvm.nvvm.ex2.approx.ftz.f(float %465)
	%467 = fmul float %457, %466
	%468 = fmul float %467, %464
	%469 = select i1 %452, float %468, float 0.0
	%470 = fadd float %451, %469
	%471 = icmp slt i32 21, %31
	%472 = select i1 %471, i32 21, i32 0
	%473 = sext i32 %472 to i64
	%474 = add i64 %63, %473
	%475 = getelementptr float, float* %part, i64 %474
	%476 = load float, float* %475
	%477 = add i64 %71, %473
	%478 = getelementptr float, float* %mx, i64 %477
	%479 = load float, float* %478
	%480 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 21
	%481 = load float, float addrspace(3)* %480
	%482 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 85
	%483 = load float, float addrspace(3)* %482
	%484 = fsub float %479, %481
	%485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %484)
	%486 = fmul float %476, %485
	%487 = fmul float %486, %483
	%488 = select i1 %471, float %487, float 0.0
	%489 = fadd float %470, %488
	%490 = icmp slt i32 22, %31
	%491 = select i1 %490, i32 22, i32 0
	%492 = sext i32 %491 to i64
	%493 = add i64 %63, %492
	%494 = getelementptr float, float* %part, i64 %493
	%495 = load float, float* %494
	%496 = add i64 %71, %492
	%497 = getelementptr float, float* %mx, i64 %496
	%498 = load float, float* %497
	%499 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 22
	%500 = load float, float addrspace(3)* %499
	%501 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 86
	%502 = load float, float addrspace(3)* %501
	%503 = fsub float %498, %500
	%504 = call float @llvm.nvvm.ex2.approx.ftz.f(float %503)
	%505 = fmul float %495, %504
	%506 = fmul float %505, %502
	%507 = select i1 %490, float %506, float 0.0
	%508 = fadd float %489, %507
	%509 = icmp slt i32 23, %31
	%510 = select i1 %509, i32 23, i32 0
	%511 = sext i32 %510 to i64
	%512 = add i64 %63, %511
	%513 = getelementptr float, float* %part, i64 %512
	%514 = load float, float* %513
	%515 = add i64 %71, %511
	%516 = getelementptr float, float* %mx, i64 %515
	%517 = load float, float* %516
	%518 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 23
	%519 = load float, float addrspace(3)* %518
	%520 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 87
	%521 = load float, float addrspace(3)* %520
	%522 = fsub float %517, %519
	%523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %522)
	%524 = fmul float %514, %523
	%525 = fmul float %524, %521
	%526 = select i1 %509, float %525, float 0.0
	%527 = fadd float %508, %526
	%528 = icmp slt i32 24, %31
	%529 = select i1 %528, i32 24, i32 0
	%530 = sext i32 %529 to i64
	%531 = add i64 %63, %530
	%532 = getelementptr float, float* %part, i64 %531
	%533 = load float, float* %532
	%534 = add i64 %71, %530
	%535 = getelementptr float, float* %mx, i64 %534
	%536 = load float, float* %535
	%537 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 24
	%538 = load float, float addrspace(3)* %537
	%539 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 88
	%540 = load float, float addrspace(3)* %539
	%541 = fsub float %536, %538
	%542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %541)
	%543 = fmul float %533, %542
	%544 = fmul float %543, %540
	%545 = select i1 %528, float %544, float 0.0
	%546 = fadd float %527, %545
	%547 = icmp slt i32 25, %31
	%548 = select i1 %547, i32 25, i32 0
	%549 = sext i32 %548 to i64
	%550 = add i64 %63, %549
	%551 = getelementptr float, float* %part, i64 %550
	%552 = load float, float* %551
	%553 = add i64 %71, %549
	%554 = getelementptr float, float* %mx, i64 %553
	%555 = load float, float* %554
	%556 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 25
	%557 = load float, float addrspace(3)* %556
	%558 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 89
	%559 = load float, float addrspace(3)* %558
	%560 = fsub float %555, %557
	%561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %560)
	%562 = fmul float %552, %561
	%563 = fmul float %562, %559
	%564 = select i1 %547, float %563, float 0.0
	%565 = fadd float %546, %564
	%566 = icmp slt i32 26, %31
	%567 = select i1 %566, i32 26, i32 0
	%568 = sext i32 %567 to i64
	%569 = add i64 %63, %568
	%570 = getelementptr float, float* %part, i64 %569
	%571 = load float, float* %570
	%572 = add i64 %71, %568
	%573 = getelementptr float, float* %mx, i64 %572
	%574 = load float, float* %573
	%575 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 26
	%576 = load float, float addrspace(3)* %575
	%577 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 90
	%578 = load float, float addrspace(3)* %577
	%579 = fsub float %574, %576
	%580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %579)
	%581 = fmul float %571, %580
	%582 = fmul float %581, %578
	%583 = select i1 %566, float %582, float 0.0
	%584 = fadd float %565, %583
	%585 = icmp slt i32 27, %31
	%586 = select i1 %585, i32 27, i32 0
	%587 = sext i32 %586 to i64
	%588 = add i64 %63, %587
	%589 = getelementptr float, float* %part, i64 %588
	%590 = load float, float* %589
	%591 = add i64 %71, %587
	%592 = getelementptr float, float* %mx, i64 %591
	%593 = load float, float* %592
	%594 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 27
	%595 = load float, float addrspace(3)* %594
	%596 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 91
	%597 = load float, float addrspace(3)* %596
	%598 = fsub float %593, %595
	%599 = call float @llvm.nvvm.ex2.approx.ftz.f(float %598)
	%600 = fmul float %590, %599
	%601 = fmul float %600, %597
	%602 = select i1 %585, float %601, float 0.0
	%603 = fadd float %584, %602
	%604 = icmp slt i32 28, %31
	%605 = select i1 %604, i32 28, i32 0
	%606 = sext i32 %605 to i64
	%607 = add i64 %63, %606
	%608 = getelementptr float, float* %part, i64 %607
	%609 = load float, float* %608
	%610 = add i64 %71, %606
	%611 = getelementptr float, float* %mx, i64 %610
	%612 = load float, float* %611
	%613 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 28
	%614 = load float, float addrspace(3)* %613
	%615 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 92
	%616 = load float, float addrspace(3)* %615
	%617 = fsub float %612, %614
	%618 = call float @llvm.nvvm.ex2.approx.ftz.f(float %617)
	%619 = fmul float %609, %618
	%620 = fmul float %619, %616
	%621 = select i1 %604, float %620, float 0.0
	%622 = fadd float %603, %621
	%623 = icmp slt i32 29, %31
	%624 = select i1 %623, i32 29, i32 0
	%625 = sext i32 %624 to i64
	%626 = add i64 %63, %625
	%627 = getelementptr float, float* %part, i64 %626
	%628 = load float, float* %627
	%629 = add i64 %71, %625
	%630 = getelementptr float, float* %mx, i64 %629
	%631 = load float, float* %630
	%632 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 29
	%633 = load float, float addrspace(3)* %632
	%634 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 93
	%635 = load float, float addrspace(3)* %634
	%636 = fsub float %631, %633
	%637 = call float @llvm.nvvm.ex2.approx.ftz.f(float %636)
	%638 = fmul float %628, %637
	%639 = fmul float %638, %635
	%640 = select i1 %623, float %639, float 0.0
	%641 = fadd float %622, %640
	%642 = icmp slt i32 30, %31
	%643 = select i1 %642, i32 30, i32 0
	%644 = sext i32 %643 to i64
	%645 = add i64 %63, %644
	%646 = getelementptr float, float* %part, i64 %645
	%647 = load float, float* %646
	%648 = add i64 %71, %644
	%649 = getelementptr float, float* %mx, i64 %648
	%650 = load float, float* %649
	%651 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 30
	%652 = load float, float addrspace(3)* %651
	%653 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 94
	%654 = load float, float addrspace(3)* %653
	%655 = fsub float %650, %652
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = fmul float %647, %656
	%658 = fmul float %657, %654
	%659 = select i1 %642, float %658, float 0.0
	%660 = fadd float %641, %659
	%661 = icmp slt i32 31, %31
	%662 = select i1 %661, i32 31, i32 0
	%663 = sext i32 %662 to i64
	%664 = add i64 %63, %663
	%665 = getelementptr float, float* %part, i64 %664
	%666 = load float, float* %665
	%667 = add i64 %71, %663
	%668 = getelementptr float, float* %mx, i64 %667
	%669 = load float, float* %668
	%670 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 31
	%671 = load float, float addrspace(3)* %670
	%672 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 95
	%673 = load float, float addrspace(3)* %672
	%674 = fsub float %669, %671
	%675 = call float @llvm.nvvm.ex2.approx.ftz.f(float %674)
	%676 = fmul float %666, %675
	%677 = fmul float %676, %673
	%678 = select i1 %661, float %677, float 0.0
	%679 = fadd float %660, %678
	%680 = icmp slt i32 32, %31
	%681 = select i1 %680, i32 32, i32 0
	%682 = sext i32 %681 to i64
	%683 = add i64 %63, %682
	%684 = getelementptr float, float* %part, i64 %683
	%685 = load float, float* %684
	%686 = add i64 %71, %682
	%687 = getelementptr float, float* %mx, i64 %686
	%688 = load float, float* %687
	%689 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 32
	%690 = load float, float addrspace(3)* %689
	%691 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 96
	%692 = load float, float addrspace(3)* %691
	%693 = fsub float %688, %690
	%694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %693)
	%695 = fmul float %685, %694
	%696 = fmul float %695, %692
	%697 = select i1 %680, float %696, float 0.0
	%698 = fadd float %679, %697
	%699 = icmp slt i32 33, %31
	%700 = select i1 %699, i32 33, i32 0
	%701 = sext i32 %700 to i64
	%702 = add i64 %63, %701
	%703 = getelementptr float, float* %part, i64 %702
	%704 = load float, float* %703
	%705 = add i64 %71, %701
	%706 = getelementptr float, float* %mx, i64 %705
	%707 = load float, float* %706
	%708 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 33
	%709 = load float, float addrspace(3)* %708
	%710 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 97
	%711 = load float, float addrspace(3)* %710
	%712 = fsub float %707, %709
	%713 = call float @llvm.nvvm.ex2.approx.ftz.f(float %712)
	%714 = fmul float %704, %713
	%715 = fmul float %714, %711
	%716 = select i1 %699, float %715, float 0.0
	%717 = fadd float %698, %716
	%718 = icmp slt i32 34, %31
	%719 = select i1 %718, i32 34, i32 0
	%720 = sext i32 %719 to i64
	%721 = add i64 %63, %720
	%722 = getelementptr float, float* %part, i64 %721
	%723 = load float, float* %722
	%724 = add i64 %71, %720
	%725 = getelementptr float, float* %mx, i64 %724
	%726 = load float, float* %725
	%727 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 34
	%728 = load float, float addrspace(3)* %727
	%729 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 98
	%730 = load float, float addrspace(3)* %729
	%731 = fsub float %726, %728
	%732 = call float @llvm.nvvm.ex2.approx.ftz.f(float %731)
	%733 = fmul float %723, %732
	%734 = fmul float %733, %730
	%735 = select i1 %718, float %734, float 0.0
	%736 = fadd float %717, %735
	%737 = icmp slt i32 35, %31
	%738 = select i1 %737, i32 35, i32 0
	%739 = sext i32 %738 to i64
	%740 = add i64 %63, %739
	%741 = getelementptr float, float* %part, i64 %740
	%742 = load float, float* %741
	%743 = add i64 %71, %739
	%744 = getelementptr float, float* %mx, i64 %743
	%745 = load float, float* %744
	%746 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 35
	%747 = load float, float addrspace(3)* %746
	%748 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 99
	%749 = load float, float addrspace(3)* %748
	%750 = fsub float %745, %747
	%751 = call float @llvm.nvvm.ex2.approx.ftz.f(float %750)
	%752 = fmul float %742, %751
	%753 = fmul float %752, %749
	%754 = select i1 %737, float %753, float 0.0
	%755 = fadd float %736, %754
	%756 = icmp slt i32 36, %31
	%757 = select i1 %756, i32 36, i32 0
	%758 = sext i32 %757 to i64
	%759 = add i64 %63, %758
	%760 = getelementptr float, float* %part, i64 %759
	%761 = load float, float* %760
	%762 = add i64 %71, %758
	%763 = getelementptr float, float* %mx, i64 %762
	%764 = load float, float* %763
	%765 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 36
	%766 = load float, float addrspace(3)* %765
	%767 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 100
	%768 = load float, float addrspace(3)* %767
	%769 = fsub float %764, %766
	%770 = call float @llvm.nvvm.ex2.approx.ftz.f(float %769)
	%771 = fmul float %761, %770
	%772 = fmul float %771, %768
	%773 = select i1 %756, float %772, float 0.0
	%774 = fadd float %755, %773
	%775 = icmp slt i32 37, %31
	%776 = select i1 %775, i32 37, i32 0
	%777 = sext i32 %776 to i64
	%778 = add i64 %63, %777
	%779 = getelementptr float, float* %part, i64 %778
	%780 = load float, float* %779
	%781 = add i64 %71, %777
	%782 = getelementptr float, float* %mx, i64 %781
	%783 = load float, float* %782
	%784 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 37
	%785 = load float, float addrspace(3)* %784
	%786 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 101
	%787 = load float, float addrspace(3)* %786
	%788 = fsub float %783, %785
	%789 = call float @llvm.nvvm.ex2.approx.ftz.f(float %788)
	%790 = fmul float %780, %789
	%791 = fmul float %790, %787
	%792 = select i1 %775, float %791, float 0.0
	%793 = fadd float %774, %792
	%794 = icmp slt i32 38, %31
	%795 = select i1 %794, i32 38, i32 0
	%796 = sext i32 %795 to i64
	%797 = add i64 %63, %796
	%798 = getelementptr float, float* %part, i64 %797
	%799 = load float, float* %798
	%800 = add i64 %71, %796
	%801 = getelementptr float, float* %mx, i64 %800
	%802 = load float, float* %801
	%803 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 38
	%804 = load float, float addrspace(3)* %803
	%805 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 102
	%806 = load float, float addrspace(3)* %805
	%807 = fsub float %802, %804
	%808 = call float @llvm.nvvm.ex2.approx.ftz.f(float %807)
	%809 = fmul float %799, %808
	%810 = fmul float %809, %806
	%811 = select i1 %794, float %810, float 0.0
	%812 = fadd float %793, %811
	%813 = icmp slt i32 39, %31
	%814 = select i1 %813, i32 39, i32 0
	%815 = sext i32 %814 to i64
	%816 = add i64 %63, %815
	%817 = getelementptr float, float* %part, i64 %816
	%818 = load float, float* %817
	%819 = add i64 %71, %815
	%820 = getelementptr float, float* %mx, i64 %819
	%821 = load float, float* %820
	%822 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 39
	%823 = load float, float addrspace(3)* %822
	%824 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 103
	%825 = load float, float addrspace(3)* %824
	%826 = fsub float %821, %823
	%827 = call float @llvm.nvvm.ex2.approx.ftz.f(float %826)
	%828 = fmul float %818, %827
	%829 = fmul float %828, %825
	%830 = select i1 %813, float %829, float 0.0
	%831 = fadd float %812, %830
	%832 = icmp slt i32 40, %31
	%833 = select i1 %832, i32 40, i32 0
	%834 = sext i32 %833 to i64
	%835 = add i64 %63, %834
	%836 = getelementptr float, float* %part, i64 %835
	%837 = load float, float* %836
	%838 = add i64 %71, %834
	%839 = getelementptr float, float* %mx, i64 %838
	%840 = load float, float* %839
	%841 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 40
	%842 = load float, float addrspace(3)* %841
	%843 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 104
	%844 = load float, float addrspace(3)* %843
	%845 = fsub float %840, %842
	%846 = call float @llvm.nvvm.ex2.approx.ftz.f(float %845)
	%847 = fmul float %837, %846
	%848 = fmul float %847, %844
	%849 = select i1 %832, float %848, float 0.0
	%850 = fadd float %831, %849
	%851 = icmp slt i32 41, %31
	%852 = select i1 %851, i32 41, i32 0
	%853 = sext i32 %852 to i64
	%854 = add i64 %63, %853
	%855 = getelementptr float, float* %part, i64 %854
	%856 = load float, float* %855
	%857 = add i64 %71, %853
	%858 = getelementptr float, float* %mx, i64 %857
	%859 = load float, float* %858
	%860 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 41
	%861 = load float, float addrspace(3)* %860
	%862 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 105
	%863 = load float, float addrspace(3)* %862
	%864 = fsub float %859, %861
	%865 = call float @llvm.nvvm.ex2.approx.ftz.f(float %864)
	%866 = fmul float %856, %865
	%867 = fmul float %866, %863
	%868 = select i1 %851, float %867, float 0.0
	%869 = fadd float %850, %868
	%870 = icmp slt i32 42, %31
	%871 = select i1 %870, i32 42, i32 0
	%872 = sext i32 %871 to i64
	%873 = add i64 %63, %872
	%874 = getelementptr float, float* %part, i64 %873
	%875 = load float, float* %874
	%876 = add i64 %71, %872
	%877 = getelementptr float, float* %mx, i64 %876
	%878 = load float, float* %877
	%879 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 42
	%880 = load float, float addrspace(3)* %879
	%881 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 106
	%882 = load float, float addrspace(3)* %881
	%883 = fsub float %878, %880
	%884 = call float @llvm.nvvm.ex2.approx.ftz.f(float %883)
	%885 = fmul float %875, %884
	%886 = fmul float %885, %882
	%887 = select i1 %870, float %886, float 0.0
	%888 = fadd float %869, %887
	%889 = icmp slt i32 43, %31
	%890 = select i1 %889, i32 43, i32 0
	%891 = sext i32 %890 to i64
	%892 = add i64 %63, %891
	%893 = getelementptr float, float* %part, i64 %892
	%894 = load float, float* %893
	%895 = add i64 %71, %891
	%896 = getelementptr float, float* %mx, i64 %895
	%897 = load float, float* %896
	%898 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 43
	%899 = load float, float addrspace(3)* %898
	%900 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 107
	%901 = load float, float addrspace(3)* %900
	%902 = fsub float %897, %899
	%903 = call float @llvm.nvvm.ex2.approx.ftz.f(float %902)
	%904 = fmul float %894, %903
	%905 = fmul float %904, %901
	%906 = select i1 %889, float %905, float 0.0
	%907 = fadd float %888, %906
	%908 = icmp slt i32 44, %31
	%909 = select i1 %908, i32 44, i32 0
	%910 = sext i32 %909 to i64
	%911 = add i64 %63, %910
	%912 = getelementptr float, float* %part, i64 %911
	%913 = load float, float* %912
	%914 = add i64 %71, %910
	%915 = getelementptr float, float* %mx, i64 %914
	%916 = load float, float* %915
	%917 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 44
	%918 = load float, float addrspace(3)* %917
	%919 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 108
	%920 = load float, float addrspace(3)* %919
	%921 = fsub float %916, %918
	%922 = call float @llvm.nvvm.ex2.approx.ftz.f(float %921)
	%923 = fmul float %913, %922
	%924 = fmul float %923, %920
	%925 = select i1 %908, float %924, float 0.0
	%926 = fadd float %907, %925
	%927 = icmp slt i32 45, %31
	%928 = select i1 %927, i32 45, i32 0
	%929 = sext i32 %928 to i64
	%930 = add i64 %63, %929
	%931 = getelementptr float, float* %part, i64 %930
	%932 = load float, float* %931
	%933 = add i64 %71, %929
	%934 = getelementptr float, float* %mx, i64 %933
	%935 = load float, float* %934
	%936 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 45
	%937 = load float, float addrspace(3)* %936
	%938 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 109
	%939 = load float, float addrspace(3)* %938
	%940 = fsub float %935, %937
	%941 = call float @llvm.nvvm.ex2.approx.ftz.f(float %940)
	%942 = fmul float %932, %941
	%943 = fmul float %942, %939
	%944 = select i1 %927, float %943, float 0.0
	%945 = fadd float %926, %944
	%946 = icmp slt i32 46, %31
	%947 = select i1 %946, i32 46, i32 0
	%948 = sext i32 %947 to i64
	%949 = add i64 %63, %948
	%950 = getelementptr float, float* %part, i64 %949
	%951 = load float, float* %950
	%952 = add i64 %71, %948
	%953 = getelementptr float, float* %mx, i64 %952
	%954 = load float, float* %953
	%955 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 46
	%956 = load float, float addrspace(3)* %955
	%957 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 110
	%958 = load float, float addrspace(3)* %957
	%959 = fsub float %954, %956
	%960 = call float @llvm.nvvm.ex2.approx.ftz.f(float %959)
	%961 = fmul float %951, %960
	%962 = fmul float %961, %958
	%963 = select i1 %946, float %962, float 0.0
	%964 = fadd float %945, %963
	%965 = icmp slt i32 47, %31
	%966 = select i1 %965, i32 47, i32 0
	%967 = sext i32 %966 to i64
	%968 = add i64 %63, %967
	%969 = getelementptr float, float* %part, i64 %968
	%970 = load float, float* %969
	%971 = add i64 %71, %967
	%972 = getelementptr float, float* %mx, i64 %971
	%973 = load float, float* %972
	%974 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 47
	%975 = load float, float addrspace(3)* %974
	%976 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 111
	%977 = load float, float addrspace(3)* %976
	%978 = fsub float %973, %975
	%979 = call float @llvm.nvvm.ex2.approx.ftz.f(float %978)
	%980 = fmul float %970, %979
	%981 = fmul float %980, %977
	%982 = select i1 %965, float %981, float 0.0
	%983 = fadd float %964, %982
	%984 = icmp slt i32 48, %31
	%985 = select i1 %984, i32 48, i32 0
	%986 = sext i32 %985 to i64
	%987 = add i64 %63, %986
	%988 = getelementptr float, float* %part, i64 %987
	%989 = load float, float* %988
	%990 = add i64 %71, %986
	%991 = getelementptr float, float* %mx, i64 %990
	%992 = load float, float* %991
	%993 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 48
	%994 = load float, float addrspace(3)* %993
	%995 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 112
	%996 = load float, float addrspace(3)* %995
	%997 = fsub float %992, %994
	%998 = call float @llvm.nvvm.ex2.approx.ftz.f(float %997)
	%999 = fmul float %989, %998
	%1000 = fmul float %999, %996
	%1001 = select i1 %984, float %1000, float 0.0
	%1002 = fadd float %983, %1001
	%1003 = icmp slt i32 49, %31
	%1004 = select i1 %1003, i32 49, i32 0
	%1005 = sext i32 %1004 to i64
	%1006 = add i64 %63, %1005
	%1007 = getelementptr float, float* %part, i64 %1006
	%1008 = load float, float* %1007
	%1009 = add i64 %71, %1005
	%1010 = getelementptr float, float* %mx, i64 %1009
	%1011 = load float, float* %1010
	%1012 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 49
	%1013 = load float, float addrspace(3)* %1012
	%1014 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 113
	%1015 = load float, float addrspace(3)* %1014
	%1016 = fsub float %1011, %1013
	%1017 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1016)
	%1018 = fmul float %1008, %1017
	%1019 = fmul float %1018, %1015
	%1020 = select i1 %1003, float %1019, float 0.0
	%1021 = fadd float %1002, %1020
	%1022 = icmp slt i32 50, %31
	%1023 = select i1 %1022, i32 50, i32 0
	%1024 = sext i32 %1023 to i64
	%1025 = add i64 %63, %1024
	%1026 = getelementptr float, float* %part, i64 %1025
	%1027 = load float, float* %1026
	%1028 = add i64 %71, %1024
	%1029 = getelementptr float, float* %mx, i64 %1028
	%1030 = load float, float* %1029
	%1031 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 50
	%1032 = load float, float addrspace(3)* %1031
	%1033 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 114
	%1034 = load float, float addrspace(3)* %1033
	%1035 = fsub float %1030, %1032
	%1036 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1035)
	%1037 = fmul float %1027, %1036
	%1038 = fmul float %1037, %1034
	%1039 = select i1 %1022, float %1038, float 0.0
	%1040 = fadd float %1021, %1039
	%1041 = icmp slt i32 51, %31
	%1042 = select i1 %1041, i32 51, i32 0
	%1043 = sext i32 %1042 to i64
	%1044 = add i64 %63, %1043
	%1045 = getelementptr float, float* %part, i64 %1044
	%1046 = load float, float* %1045
	%1047 = add i64 %71, %1043
	%1048 = getelementptr float, float* %mx, i64 %1047
	%1049 = load float, float* %1048
	%1050 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 51
	%1051 = load float, float addrspace(3)* %1050
	%1052 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 115
	%1053 = load float, float addrspace(3)* %1052
	%1054 = fsub float %1049, %1051
	%1055 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1054)
	%1056 = fmul float %1046, %1055
	%1057 = fmul float %1056, %1053
	%1058 = select i1 %1041, float %1057, float 0.0
	%1059 = fadd float %1040, %1058
	%1060 = icmp slt i32 52, %31
	%1061 = select i1 %1060, i32 52, i32 0
	%1062 = sext i32 %1061 to i64
	%1063 = add i64 %63, %1062
	%1064 = getelementptr float, float* %part, i64 %1063
	%1065 = load float, float* %1064
	%1066 = add i64 %71, %1062
	%1067 = getelementptr float, float* %mx, i64 %1066
	%1068 = load float, float* %1067
	%1069 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 52
	%1070 = load float, float addrspace(3)* %1069
	%1071 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 116
	%1072 = load float, float addrspace(3)* %1071
	%1073 = fsub float %1068, %1070
	%1074 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1073)
	%1075 = fmul float %1065, %1074
	%1076 = fmul float %1075, %1072
	%1077 = select i1 %1060, float %1076, float 0.0
	%1078 = fadd float %1059, %1077
	%1079 = icmp slt i32 53, %31
	%1080 = select i1 %1079, i32 53, i32 0
	%1081 = sext i32 %1080 to i64
	%1082 = add i64 %63, %1081
	%1083 = getelementptr float, float* %part, i64 %1082
	%1084 = load float, float* %1083
	%1085 = add i64 %71, %1081
	%1086 = getelementptr float, float* %mx, i64 %1085
	%1087 = load float, float* %1086
	%1088 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 53
	%1089 = load float, float addrspace(3)* %1088
	%1090 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 117
	%1091 = load float, float addrspace(3)* %1090
	%1092 = fsub float %1087, %1089
	%1093 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1092)
	%1094 = fmul float %1084, %1093
	%1095 = fmul float %1094, %1091
	%1096 = select i1 %1079, float %1095, float 0.0
	%1097 = fadd float %1078, %1096
	%1098 = icmp slt i32 54, %31
	%1099 = select i1 %1098, i32 54, i32 0
	%1100 = sext i32 %1099 to i64
	%1101 = add i64 %63, %1100
	%1102 = getelementptr float, float* %part, i64 %1101
	%1103 = load float, float* %1102
	%1104 = add i64 %71, %1100
	%1105 = getelementptr float, float* %mx, i64 %1104
	%1106 = load float, float* %1105
	%1107 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 54
	%1108 = load float, float addrspace(3)* %1107
	%1109 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 118
	%1110 = load float, float addrspace(3)* %1109
	%1111 = fsub float %1106, %1108
	%1112 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1111)
	%1113 = fmul float %1103, %1112
	%1114 = fmul float %1113, %1110
	%1115 = select i1 %1098, float %1114, float 0.0
	%1116 = fadd float %1097, %1115
	%1117 = icmp slt i32 55, %31
	%1118 = select i1 %1117, i32 55, i32 0
	%1119 = sext i32 %1118 to i64
	%1120 = add i64 %63, %1119
	%1121 = getelementptr float, float* %part, i64 %1120
	%1122 = load float, float* %1121
	%1123 = add i64 %71, %1119
	%1124 = getelementptr float, float* %mx, i64 %1123
	%1125 = load float, float* %1124
	%1126 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 55
	%1127 = load float, float addrspace(3)* %1126
	%1128 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 119
	%1129 = load float, float addrspace(3)* %1128
	%1130 = fsub float %1125, %1127
	%1131 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1130)
	%1132 = fmul float %1122, %1131
	%1133 = fmul float %1132, %1129
	%1134 = select i1 %1117, float %1133, float 0.0
	%1135 = fadd float %1116, %1134
	%1136 = icmp slt i32 56, %31
	%1137 = select i1 %1136, i32 56, i32 0
	%1138 = sext i32 %1137 to i64
	%1139 = add i64 %63, %1138
	%1140 = getelementptr float, float* %part, i64 %1139
	%1141 = load float, float* %1140
	%1142 = add i64 %71, %1138
	%1143 = getelementptr float, float* %mx, i64 %1142
	%1144 = load float, float* %1143
	%1145 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 56
	%1146 = load float, float addrspace(3)* %1145
	%1147 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 120
	%1148 = load float, float addrspace(3)* %1147
	%1149 = fsub float %1144, %1146
	%1150 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1149)
	%1151 = fmul float %1141, %1150
	%1152 = fmul float %1151, %1148
	%1153 = select i1 %1136, float %1152, float 0.0
	%1154 = fadd float %1135, %1153
	%1155 = icmp slt i32 57, %31
	%1156 = select i1 %1155, i32 57, i32 0
	%1157 = sext i32 %1156 to i64
	%1158 = add i64 %63, %1157
	%1159 = getelementptr float, float* %part, i64 %1158
	%1160 = load float, float* %1159
	%1161 = add i64 %71, %1157
	%1162 = getelementptr float, float* %mx, i64 %1161
	%1163 = load float, float* %1162
	%1164 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 57
	%1165 = load float, float addrspace(3)* %1164
	%1166 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 121
	%1167 = load float, float addrspace(3)* %1166
	%1168 = fsub float %1163, %1165
	%1169 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1168)
	%1170 = fmul float %1160, %1169
	%1171 = fmul float %1170, %1167
	%1172 = select i1 %1155, float %1171, float 0.0
	%1173 = fadd float %1154, %1172
	%1174 = icmp slt i32 58, %31
	%1175 = select i1 %1174, i32 58, i32 0
	%1176 = sext i32 %1175 to i64
	%1177 = add i64 %63, %1176
	%1178 = getelementptr float, float* %part, i64 %1177
	%1179 = load float, float* %1178
	%1180 = add i64 %71, %1176
	%1181 = getelementptr float, float* %mx, i64 %1180
	%1182 = load float, float* %1181
	%1183 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 58
	%1184 = load float, float addrspace(3)* %1183
	%1185 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 122
	%1186 = load float, float addrspace(3)* %1185
	%1187 = fsub float %1182, %1184
	%1188 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1187)
	%1189 = fmul float %1179, %1188
	%1190 = fmul float %1189, %1186
	%1191 = select i1 %1174, float %1190, float 0.0
	%1192 = fadd float %1173, %1191
	%1193 = icmp slt i32 59, %31
	%1194 = select i1 %1193, i32 59, i32 0
	%1195 = sext i32 %1194 to i64
	%1196 = add i64 %63, %1195
	%1197 = getelementptr float, float* %part, i64 %1196
	%1198 = load float, float* %1197
	%1199 = add i64 %71, %1195
	%1200 = getelementptr float, float* %mx, i64 %1199
	%1201 = load float, float* %1200
	%1202 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 59
	%1203 = load float, float addrspace(3)* %1202
	%1204 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 123
	%1205 = load float, float addrspace(3)* %1204
	%1206 = fsub float %1201, %1203
	%1207 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1206)
	%1208 = fmul float %1198, %1207
	%1209 = fmul float %1208, %1205
	%1210 = select i1 %1193, float %1209, float 0.0
	%1211 = fadd float %1192, %1210
	%1212 = icmp slt i32 60, %31
	%1213 = select i1 %1212, i32 60, i32 0
	%1214 = sext i32 %1213 to i64
	%1215 = add i64 %63, %1214
	%1216 = getelementptr float, float* %part, i64 %1215
	%1217 = load float, float* %1216
	%1218 = add i64 %71, %1214
	%1219 = getelementptr float, float* %mx, i64 %1218
	%1220 = load float, float* %1219
	%1221 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 60
	%1222 = load float, float addrspace(3)* %1221
	%1223 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 124
	%1224 = load float, float addrspace(3)* %1223
	%1225 = fsub float %1220, %1222
	%1226 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1225)
	%1227 = fmul float %1217, %1226
	%1228 = fmul float %1227, %1224
	%1229 = select i1 %1212, float %1228, float 0.0
	%1230 = fadd float %1211, %1229
	%1231 = icmp slt i32 61, %31
	%1232 = select i1 %1231, i32 61, i32 0
	%1233 = sext i32 %1232 to i64
	%1234 = add i64 %63, %1233
	%1235 = getelementptr float, float* %part, i64 %1234
	%1236 = load float, float* %1235
	%1237 = add i64 %71, %1233
	%1238 = getelementptr float, float* %mx, i64 %1237
	%1239 = load float, float* %1238
	%1240 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 61
	%1241 = load float, float addrspace(3)* %1240
	%1242 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 125
	%1243 = load float, float addrspace(3)* %1242
	%1244 = fsub float %1239, %1241
	%1245 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1244)
	%1246 = fmul float %1236, %1245
	%1247 = fmul float %1246, %1243
	%1248 = select i1 %1231, float %1247, float 0.0
	%1249 = fadd float %1230, %1248
	%1250 = icmp slt i32 62, %31
	%1251 = select i1 %1250, i32 62, i32 0
	%1252 = sext i32 %1251 to i64
	%1253 = add i64 %63, %1252
	%1254 = getelementptr float, float* %part, i64 %1253
	%1255 = load float, float* %1254
	%1256 = add i64 %71, %1252
	%1257 = getelementptr float, float* %mx, i64 %1256
	%1258 = load float, float* %1257
	%1259 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 62
	%1260 = load float, float addrspace(3)* %1259
	%1261 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 126
	%1262 = load float, float addrspace(3)* %1261
	%1263 = fsub float %1258, %1260
	%1264 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1263)
	%1265 = fmul float %1255, %1264
	%1266 = fmul float %1265, %1262
	%1267 = select i1 %1250, float %1266, float 0.0
	%1268 = fadd float %1249, %1267
	%1269 = icmp slt i32 63, %31
	%1270 = select i1 %1269, i32 63, i32 0
	%1271 = sext i32 %1270 to i64
	%1272 = add i64 %63, %1271
	%1273 = getelementptr float, float* %part, i64 %1272
	%1274 = load float, float* %1273
	%1275 = add i64 %71, %1271
	%1276 = getelementptr float, float* %mx, i64 %1275
	%1277 = load float, float* %1276
	%1278 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 63
	%1279 = load float, float addrspace(3)* %1278
	%1280 = getelementptr [128 x float], [128 x float] addrspace(3)* @oracle_admass0_rows, i32 0, i32 127
	%1281 = load float, float addrspace(3)* %1280
	%1282 = fsub float %1277, %1279
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = fmul float %1274, %1283
	%1285 = fmul float %1284, %1281
	%1286 = select i1 %1269, float %1285, float 0.0
	%1287 = fadd float %1268, %1286
	%1288 = fdiv float %1287, %39
	%1289 = mul i32 %2, %NQ
	%1290 = add i32 %1289, %1
	%1291 = mul i32 %1290, %NK
	%1292 = add i32 %1291, %44
	%1293 = sext i32 %1292 to i64
	%1294 = getelementptr float, float* %e, i64 %1293
	store float %1288, float* %1294
	br label %1295

1295:
	%1296 = add i32 %44, 256
	br label %43
}

define ptx_kernel void @oracle_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg) {
entry:
	%0 = ptrtoint [32768 x i8] addrspace(3)* @oracle_attn2_smem to i32
	%1 = add i32 %0, u0x4000
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
	%26 = mul i32 %25, 128
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 128
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 128
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
	%53 = lshr i32 %2, 4
	%54 = and i32 %2, 15
	%55 = and i32 %53, 7
	%56 = xor i32 %54, %55
	%57 = mul i32 %53, 16
	%58 = add i32 %57, %56
	%59 = shl i32 %58, 4
	%60 = add i32 %0, %59
	%61 = add i32 %24, %53
	%62 = mul i32 %61, 128
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
	%73 = add i32 %61, 8
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %66, i64 1024
	%76 = select i1 %74, i16* %75, i16* %28
	%77 = add i32 %60, 2048
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %61, 16
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %66, i64 2048
	%82 = select i1 %80, i16* %81, i16* %28
	%83 = add i32 %60, u0x1000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %61, 24
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %66, i64 3072
	%88 = select i1 %86, i16* %87, i16* %28
	%89 = add i32 %60, 6144
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %61, 32
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %66, i64 u0x1000
	%94 = select i1 %92, i16* %93, i16* %28
	%95 = add i32 %60, u0x2000
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	%97 = add i32 %61, 40
	%98 = icmp slt i32 %97, %M
	%99 = getelementptr i16, i16* %66, i64 5120
	%100 = select i1 %98, i16* %99, i16* %28
	%101 = add i32 %60, 10240
	%102 = select i1 %98, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %101, i16* %100, i32 %102)
	%103 = add i32 %61, 48
	%104 = icmp slt i32 %103, %M
	%105 = getelementptr i16, i16* %66, i64 6144
	%106 = select i1 %104, i16* %105, i16* %28
	%107 = add i32 %60, 12288
	%108 = select i1 %104, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %107, i16* %106, i32 %108)
	%109 = add i32 %61, 56
	%110 = icmp slt i32 %109, %M
	%111 = getelementptr i16, i16* %66, i64 7168
	%112 = select i1 %110, i16* %111, i16* %28
	%113 = add i32 %60, 14336
	%114 = select i1 %110, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %113, i16* %112, i32 %114)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %52, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%115 = and i32 %4, 7
	%116 = lshr i32 %4, 3
	%117 = and i32 %116, 1
	%118 = shl i32 %117, 3
	%119 = add i32 %115, %118
	%120 = lshr i32 %4, 4
	%121 = mul i32 %3, 16
	%122 = add i32 %119, 0
	%123 = add i32 %121, %122
	%124 = mul i32 %123, 256
	%125 = add i32 %0, %124
	%126 = and i32 %4, 7
	%127 = xor i32 %120, %126
	%128 = shl i32 %127, 4
	%129 = add i32 %125, %128
	%130 = xor i32 %129, 0
	%131 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	%136 = xor i32 %129, 32
	%137 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %136)
	%138 = extractvalue { i32, i32, i32, i32 } %137, 0
	%139 = extractvalue { i32, i32, i32, i32 } %137, 1
	%140 = extractvalue { i32, i32, i32, i32 } %137, 2
	%141 = extractvalue { i32, i32, i32, i32 } %137, 3
	%142 = xor i32 %129, 64
	%143 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %142)
	%144 = extractvalue { i32, i32, i32, i32 } %143, 0
	%145 = extractvalue { i32, i32, i32, i32 } %143, 1
	%146 = extractvalue { i32, i32, i32, i32 } %143, 2
	%147 = extractvalue { i32, i32, i32, i32 } %143, 3
	%148 = xor i32 %129, 96
	%149 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %148)
	%150 = extractvalue { i32, i32, i32, i32 } %149, 0
	%151 = extractvalue { i32, i32, i32, i32 } %149, 1
	%152 = extractvalue { i32, i32, i32, i32 } %149, 2
	%153 = extractvalue { i32, i32, i32, i32 } %149, 3
	%154 = xor i32 %129, 128
	%155 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %154)
	%156 = extractvalue { i32, i32, i32, i32 } %155, 0
	%157 = extractvalue { i32, i32, i32, i32 } %155, 1
	%158 = extractvalue { i32, i32, i32, i32 } %155, 2
	%159 = extractvalue { i32, i32, i32, i32 } %155, 3
	%160 = xor i32 %129, 160
	%161 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %160)
	%162 = extractvalue { i32, i32, i32, i32 } %161, 0
	%163 = extractvalue { i32, i32, i32, i32 } %161, 1
	%164 = extractvalue { i32, i32, i32, i32 } %161, 2
	%165 = extractvalue { i32, i32, i32, i32 } %161, 3
	%166 = xor i32 %129, 192
	%167 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %166)
	%168 = extractvalue { i32, i32, i32, i32 } %167, 0
	%169 = extractvalue { i32, i32, i32, i32 } %167, 1
	%170 = extractvalue { i32, i32, i32, i32 } %167, 2
	%171 = extractvalue { i32, i32, i32, i32 } %167, 3
	%172 = xor i32 %129, 224
	%173 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %172)
	%174 = extractvalue { i32, i32, i32, i32 } %173, 0
	%175 = extractvalue { i32, i32, i32, i32 } %173, 1
	%176 = extractvalue { i32, i32, i32, i32 } %173, 2
	%177 = extractvalue { i32, i32, i32, i32 } %173, 3
	call void @llvm.nvvm.barrier0()
	%178 = mul i32 %49, 64
	%179 = lshr i32 %2, 4
	%180 = and i32 %2, 15
	%181 = and i32 %179, 7
	%182 = xor i32 %180, %181
	%183 = mul i32 %179, 16
	%184 = add i32 %183, %182
	%185 = shl i32 %184, 4
	%186 = add i32 %0, %185
	%187 = add i32 %178, %179
	%188 = mul i32 %187, 128
	%189 = mul i32 %180, 8
	%190 = add i32 %188, %189
	%191 = sext i32 %190 to i64
	%192 = getelementptr i16, i16* %32, i64 %191
	%193 = add i32 %187, 0
	%194 = icmp slt i32 %193, %N
	%195 = getelementptr i16, i16* %192, i64 0
	%196 = select i1 %194, i16* %195, i16* %32
	%197 = add i32 %186, 0
	%198 = select i1 %194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %197, i16* %196, i32 %198)
	%199 = add i32 %187, 8
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %192, i64 1024
	%202 = select i1 %200, i16* %201, i16* %32
	%203 = add i32 %186, 2048
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %187, 16
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %192, i64 2048
	%208 = select i1 %206, i16* %207, i16* %32
	%209 = add i32 %186, u0x1000
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %187, 24
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %192, i64 3072
	%214 = select i1 %212, i16* %213, i16* %32
	%215 = add i32 %186, 6144
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %187, 32
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %192, i64 u0x1000
	%220 = select i1 %218, i16* %219, i16* %32
	%221 = add i32 %186, u0x2000
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %187, 40
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %192, i64 5120
	%226 = select i1 %224, i16* %225, i16* %32
	%227 = add i32 %186, 10240
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	%229 = add i32 %187, 48
	%230 = icmp slt i32 %229, %N
	%231 = getelementptr i16, i16* %192, i64 6144
	%232 = select i1 %230, i16* %231, i16* %32
	%233 = add i32 %186, 12288
	%234 = select i1 %230, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %233, i16* %232, i32 %234)
	%235 = add i32 %187, 56
	%236 = icmp slt i32 %235, %N
	%237 = getelementptr i16, i16* %192, i64 7168
	%238 = select i1 %236, i16* %237, i16* %32
	%239 = add i32 %186, 14336
	%240 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %239, i16* %238, i32 %240)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%241 = phi i32 [ 0, %prologue ], [ %1741, %pv ]
	%242 = phi i32 [ %49, %prologue ], [ %1748, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %2256, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %2257, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %2258, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %2259, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %2261, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %2262, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %2263, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %2264, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %2273, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %2274, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %2275, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %2276, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %2278, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %2279, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %2280, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %2281, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %2290, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %2291, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %2292, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %2293, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %2295, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %2296, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %2297, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %2298, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %2307, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %2308, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %2309, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %2310, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %2312, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %2313, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %2314, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %2315, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %2324, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %2325, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %2326, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %2327, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %2329, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %2330, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %2331, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %2332, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %2341, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %2342, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %2343, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %2344, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %2346, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %2347, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %2348, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %2349, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %2358, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %2359, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %2360, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %2361, %pv ]
	%295 = phi float [ 0.0, %prologue ], [ %2363, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %2364, %pv ]
	%297 = phi float [ 0.0, %prologue ], [ %2365, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %2366, %pv ]
	%299 = phi float [ 0.0, %prologue ], [ %2375, %pv ]
	%300 = phi float [ 0.0, %prologue ], [ %2376, %pv ]
	%301 = phi float [ 0.0, %prologue ], [ %2377, %pv ]
	%302 = phi float [ 0.0, %prologue ], [ %2378, %pv ]
	%303 = phi float [ 0.0, %prologue ], [ %2380, %pv ]
	%304 = phi float [ 0.0, %prologue ], [ %2381, %pv ]
	%305 = phi float [ 0.0, %prologue ], [ %2382, %pv ]
	%306 = phi float [ 0.0, %prologue ], [ %2383, %pv ]
	%307 = phi float [ 0xFFF0000000000000, %prologue ], [ %1637, %pv ]
	%308 = phi float [ 0.0, %prologue ], [ %1688, %pv ]
	%309 = phi float [ 0xFFF0000000000000, %prologue ], [ %1689, %pv ]
	%310 = phi float [ 0.0, %prologue ], [ %1740, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%311 = mul i32 %242, 64
	%312 = lshr i32 %2, 4
	%313 = and i32 %2, 15
	%314 = and i32 %312, 7
	%315 = xor i32 %313, %314
	%316 = mul i32 %312, 16
	%317 = add i32 %316, %315
	%318 = shl i32 %317, 4
	%319 = add i32 %1, %318
	%320 = add i32 %311, %312
	%321 = mul i32 %320, 128
	%322 = mul i32 %313, 8
	%323 = add i32 %321, %322
	%324 = sext i32 %323 to i64
	%325 = getelementptr i16, i16* %36, i64 %324
	%326 = add i32 %320, 0
	%327 = icmp slt i32 %326, %N
	%328 = getelementptr i16, i16* %325, i64 0
	%329 = select i1 %327, i16* %328, i16* %36
	%330 = add i32 %319, 0
	%331 = select i1 %327, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %330, i16* %329, i32 %331)
	%332 = add i32 %320, 8
	%333 = icmp slt i32 %332, %N
	%334 = getelementptr i16, i16* %325, i64 1024
	%335 = select i1 %333, i16* %334, i16* %36
	%336 = add i32 %319, 2048
	%337 = select i1 %333, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %336, i16* %335, i32 %337)
	%338 = add i32 %320, 16
	%339 = icmp slt i32 %338, %N
	%340 = getelementptr i16, i16* %325, i64 2048
	%341 = select i1 %339, i16* %340, i16* %36
	%342 = add i32 %319, u0x1000
	%343 = select i1 %339, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %342, i16* %341, i32 %343)
	%344 = add i32 %320, 24
	%345 = icmp slt i32 %344, %N
	%346 = getelementptr i16, i16* %325, i64 3072
	%347 = select i1 %345, i16* %346, i16* %36
	%348 = add i32 %319, 6144
	%349 = select i1 %345, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %348, i16* %347, i32 %349)
	%350 = add i32 %320, 32
	%351 = icmp slt i32 %350, %N
	%352 = getelementptr i16, i16* %325, i64 u0x1000
	%353 = select i1 %351, i16* %352, i16* %36
	%354 = add i32 %319, u0x2000
	%355 = select i1 %351, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %354, i16* %353, i32 %355)
	%356 = add i32 %320, 40
	%357 = icmp slt i32 %356, %N
	%358 = getelementptr i16, i16* %325, i64 5120
	%359 = select i1 %357, i16* %358, i16* %36
	%360 = add i32 %319, 10240
	%361 = select i1 %357, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %360, i16* %359, i32 %361)
	%362 = add i32 %320, 48
	%363 = icmp slt i32 %362, %N
	%364 = getelementptr i16, i16* %325, i64 6144
	%365 = select i1 %363, i16* %364, i16* %36
	%366 = add i32 %319, 12288
	%367 = select i1 %363, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %366, i16* %365, i32 %367)
	%368 = add i32 %320, 56
	%369 = icmp slt i32 %368, %N
	%370 = getelementptr i16, i16* %325, i64 7168
	%371 = select i1 %369, i16* %370, i16* %36
	%372 = add i32 %319, 14336
	%373 = select i1 %369, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %372, i16* %371, i32 %373)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%374 = and i32 %4, 7
	%375 = shl i32 %120, 3
	%376 = add i32 %374, %375
	%377 = lshr i32 %4, 3
	%378 = and i32 %377, 1
	%379 = mul i32 %376, 256
	%380 = add i32 %0, %379
	%381 = and i32 %4, 7
	%382 = xor i32 %378, %381
	%383 = shl i32 %382, 4
	%384 = add i32 %380, %383
	%385 = xor i32 %384, 0
	%386 = add i32 %385, 0
	%387 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %386)
	%388 = extractvalue { i32, i32, i32, i32 } %387, 0
	%389 = extractvalue { i32, i32, i32, i32 } %387, 1
	%390 = extractvalue { i32, i32, i32, i32 } %387, 2
	%391 = extractvalue { i32, i32, i32, i32 } %387, 3
	%392 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %388, i32 %389, float 0.0, float 0.0, float 0.0, float 0.0)
	%393 = extractvalue { float, float, float, float } %392, 0
	%394 = extractvalue { float, float, float, float } %392, 1
	%395 = extractvalue { float, float, float, float } %392, 2
	%396 = extractvalue { float, float, float, float } %392, 3
	%397 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %390, i32 %391, float 0.0, float 0.0, float 0.0, float 0.0)
	%398 = extractvalue { float, float, float, float } %397, 0
	%399 = extractvalue { float, float, float, float } %397, 1
	%400 = extractvalue { float, float, float, float } %397, 2
	%401 = extractvalue { float, float, float, float } %397, 3
	%402 = add i32 %385, u0x1000
	%403 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %402)
	%404 = extractvalue { i32, i32, i32, i32 } %403, 0
	%405 = extractvalue { i32, i32, i32, i32 } %403, 1
	%406 = extractvalue { i32, i32, i32, i32 } %403, 2
	%407 = extractvalue { i32, i32, i32, i32 } %403, 3
	%408 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %404, i32 %405, float 0.0, float 0.0, float 0.0, float 0.0)
	%409 = extractvalue { float, float, float, float } %408, 0
	%410 = extractvalue { float, float, float, float } %408, 1
	%411 = extractvalue { float, float, float, float } %408, 2
	%412 = extractvalue { float, float, float, float } %408, 3
	%413 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %406, i32 %407, float 0.0, float 0.0, float 0.0, float 0.0)
	%414 = extractvalue { float, float, float, float } %413, 0
	%415 = extractvalue { float, float, float, float } %413, 1
	%416 = extractvalue { float, float, float, float } %413, 2
	%417 = extractvalue { float, float, float, float } %413, 3
	%418 = add i32 %385, u0x2000
	%419 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %418)
	%420 = extractvalue { i32, i32, i32, i32 } %419, 0
	%421 = extractvalue { i32, i32, i32, i32 } %419, 1
	%422 = extractvalue { i32, i32, i32, i32 } %419, 2
	%423 = extractvalue { i32, i32, i32, i32 } %419, 3
	%424 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %420, i32 %421, float 0.0, float 0.0, float 0.0, float 0.0)
	%425 = extractvalue { float, float, float, float } %424, 0
	%426 = extractvalue { float, float, float, float } %424, 1
	%427 = extractvalue { float, float, float, float } %424, 2
	%428 = extractvalue { float, float, float, float } %424, 3
	%429 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %422, i32 %423, float 0.0, float 0.0, float 0.0, float 0.0)
	%430 = extractvalue { float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float } %429, 3
	%434 = add i32 %385, 12288
	%435 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %434)
	%436 = extractvalue { i32, i32, i32, i32 } %435, 0
	%437 = extractvalue { i32, i32, i32, i32 } %435, 1
	%438 = extractvalue { i32, i32, i32, i32 } %435, 2
	%439 = extractvalue { i32, i32, i32, i32 } %435, 3
	%440 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %436, i32 %437, float 0.0, float 0.0, float 0.0, float 0.0)
	%441 = extractvalue { float, float, float, float } %440, 0
	%442 = extractvalue { float, float, float, float } %440, 1
	%443 = extractvalue { float, float, float, float } %440, 2
	%444 = extractvalue { float, float, float, float } %440, 3
	%445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %438, i32 %439, float 0.0, float 0.0, float 0.0, float 0.0)
	%446 = extractvalue { float, float, float, float } %445, 0
	%447 = extractvalue { float, float, float, float } %445, 1
	%448 = extractvalue { float, float, float, float } %445, 2
	%449 = extractvalue { float, float, float, float } %445, 3
	%450 = xor i32 %384, 32
	%451 = add i32 %450, 0
	%452 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %451)
	%453 = extractvalue { i32, i32, i32, i32 } %452, 0
	%454 = extractvalue { i32, i32, i32, i32 } %452, 1
	%455 = extractvalue { i32, i32, i32, i32 } %452, 2
	%456 = extractvalue { i32, i32, i32, i32 } %452, 3
	%457 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %453, i32 %454, float %393, float %394, float %395, float %396)
	%458 = extractvalue { float, float, float, float } %457, 0
	%459 = extractvalue { float, float, float, float } %457, 1
	%460 = extractvalue { float, float, float, float } %457, 2
	%461 = extractvalue { float, float, float, float } %457, 3
	%462 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %455, i32 %456, float %398, float %399, float %400, float %401)
	%463 = extractvalue { float, float, float, float } %462, 0
	%464 = extractvalue { float, float, float, float } %462, 1
	%465 = extractvalue { float, float, float, float } %462, 2
	%466 = extractvalue { float, float, float, float } %462, 3
	%467 = add i32 %450, u0x1000
	%468 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %467)
	%469 = extractvalue { i32, i32, i32, i32 } %468, 0
	%470 = extractvalue { i32, i32, i32, i32 } %468, 1
	%471 = extractvalue { i32, i32, i32, i32 } %468, 2
	%472 = extractvalue { i32, i32, i32, i32 } %468, 3
	%473 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %469, i32 %470, float %409, float %410, float %411, float %412)
	%474 = extractvalue { float, float, float, float } %473, 0
	%475 = extractvalue { float, float, float, float } %473, 1
	%476 = extractvalue { float, float, float, float } %473, 2
	%477 = extractvalue { float, float, float, float } %473, 3
	%478 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %471, i32 %472, float %414, float %415, float %416, float %417)
	%479 = extractvalue { float, float, float, float } %478, 0
	%480 = extractvalue { float, float, float, float } %478, 1
	%481 = extractvalue { float, float, float, float } %478, 2
	%482 = extractvalue { float, float, float, float } %478, 3
	%483 = add i32 %450, u0x2000
	%484 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %483)
	%485 = extractvalue { i32, i32, i32, i32 } %484, 0
	%486 = extractvalue { i32, i32, i32, i32 } %484, 1
	%487 = extractvalue { i32, i32, i32, i32 } %484, 2
	%488 = extractvalue { i32, i32, i32, i32 } %484, 3
	%489 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %485, i32 %486, float %425, float %426, float %427, float %428)
	%490 = extractvalue { float, float, float, float } %489, 0
	%491 = extractvalue { float, float, float, float } %489, 1
	%492 = extractvalue { float, float, float, float } %489, 2
	%493 = extractvalue { float, float, float, float } %489, 3
	%494 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %487, i32 %488, float %430, float %431, float %432, float %433)
	%495 = extractvalue { float, float, float, float } %494, 0
	%496 = extractvalue { float, float, float, float } %494, 1
	%497 = extractvalue { float, float, float, float } %494, 2
	%498 = extractvalue { float, float, float, float } %494, 3
	%499 = add i32 %450, 12288
	%500 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %499)
	%501 = extractvalue { i32, i32, i32, i32 } %500, 0
	%502 = extractvalue { i32, i32, i32, i32 } %500, 1
	%503 = extractvalue { i32, i32, i32, i32 } %500, 2
	%504 = extractvalue { i32, i32, i32, i32 } %500, 3
	%505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %501, i32 %502, float %441, float %442, float %443, float %444)
	%506 = extractvalue { float, float, float, float } %505, 0
	%507 = extractvalue { float, float, float, float } %505, 1
	%508 = extractvalue { float, float, float, float } %505, 2
	%509 = extractvalue { float, float, float, float } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %503, i32 %504, float %446, float %447, float %448, float %449)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = xor i32 %384, 64
	%516 = add i32 %515, 0
	%517 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %516)
	%518 = extractvalue { i32, i32, i32, i32 } %517, 0
	%519 = extractvalue { i32, i32, i32, i32 } %517, 1
	%520 = extractvalue { i32, i32, i32, i32 } %517, 2
	%521 = extractvalue { i32, i32, i32, i32 } %517, 3
	%522 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %518, i32 %519, float %458, float %459, float %460, float %461)
	%523 = extractvalue { float, float, float, float } %522, 0
	%524 = extractvalue { float, float, float, float } %522, 1
	%525 = extractvalue { float, float, float, float } %522, 2
	%526 = extractvalue { float, float, float, float } %522, 3
	%527 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %520, i32 %521, float %463, float %464, float %465, float %466)
	%528 = extractvalue { float, float, float, float } %527, 0
	%529 = extractvalue { float, float, float, float } %527, 1
	%530 = extractvalue { float, float, float, float } %527, 2
	%531 = extractvalue { float, float, float, float } %527, 3
	%532 = add i32 %515, u0x1000
	%533 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %532)
	%534 = extractvalue { i32, i32, i32, i32 } %533, 0
	%535 = extractvalue { i32, i32, i32, i32 } %533, 1
	%536 = extractvalue { i32, i32, i32, i32 } %533, 2
	%537 = extractvalue { i32, i32, i32, i32 } %533, 3
	%538 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %534, i32 %535, float %474, float %475, float %476, float %477)
	%539 = extractvalue { float, float, float, float } %538, 0
	%540 = extractvalue { float, float, float, float } %538, 1
	%541 = extractvalue { float, float, float, float } %538, 2
	%542 = extractvalue { float, float, float, float } %538, 3
	%543 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %536, i32 %537, float %479, float %480, float %481, float %482)
	%544 = extractvalue { float, float, float, float } %543, 0
	%545 = extractvalue { float, float, float, float } %543, 1
	%546 = extractvalue { float, float, float, float } %543, 2
	%547 = extractvalue { float, float, float, float } %543, 3
	%548 = add i32 %515, u0x2000
	%549 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %548)
	%550 = extractvalue { i32, i32, i32, i32 } %549, 0
	%551 = extractvalue { i32, i32, i32, i32 } %549, 1
	%552 = extractvalue { i32, i32, i32, i32 } %549, 2
	%553 = extractvalue { i32, i32, i32, i32 } %549, 3
	%554 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %550, i32 %551, float %490, float %491, float %492, float %493)
	%555 = extractvalue { float, float, float, float } %554, 0
	%556 = extractvalue { float, float, float, float } %554, 1
	%557 = extractvalue { float, float, float, float } %554, 2
	%558 = extractvalue { float, float, float, float } %554, 3
	%559 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %552, i32 %553, float %495, float %496, float %497, float %498)
	%560 = extractvalue { float, float, float, float } %559, 0
	%561 = extractvalue { float, float, float, float } %559, 1
	%562 = extractvalue { float, float, float, float } %559, 2
	%563 = extractvalue { float, float, float, float } %559, 3
	%564 = add i32 %515, 12288
	%565 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %564)
	%566 = extractvalue { i32, i32, i32, i32 } %565, 0
	%567 = extractvalue { i32, i32, i32, i32 } %565, 1
	%568 = extractvalue { i32, i32, i32, i32 } %565, 2
	%569 = extractvalue { i32, i32, i32, i32 } %565, 3
	%570 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %566, i32 %567, float %506, float %507, float %508, float %509)
	%571 = extractvalue { float, float, float, float } %570, 0
	%572 = extractvalue { float, float, float, float } %570, 1
	%573 = extractvalue { float, float, float, float } %570, 2
	%574 = extractvalue { float, float, float, float } %570, 3
	%575 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %568, i32 %569, float %511, float %512, float %513, float %514)
	%576 = extractvalue { float, float, float, float } %575, 0
	%577 = extractvalue { float, float, float, float } %575, 1
	%578 = extractvalue { float, float, float, float } %575, 2
	%579 = extractvalue { float, float, float, float } %575, 3
	%580 = xor i32 %384, 96
	%581 = add i32 %580, 0
	%582 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %581)
	%583 = extractvalue { i32, i32, i32, i32 } %582, 0
	%584 = extractvalue { i32, i32, i32, i32 } %582, 1
	%585 = extractvalue { i32, i32, i32, i32 } %582, 2
	%586 = extractvalue { i32, i32, i32, i32 } %582, 3
	%587 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %583, i32 %584, float %523, float %524, float %525, float %526)
	%588 = extractvalue { float, float, float, float } %587, 0
	%589 = extractvalue { float, float, float, float } %587, 1
	%590 = extractvalue { float, float, float, float } %587, 2
	%591 = extractvalue { float, float, float, float } %587, 3
	%592 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %585, i32 %586, float %528, float %529, float %530, float %531)
	%593 = extractvalue { float, float, float, float } %592, 0
	%594 = extractvalue { float, float, float, float } %592, 1
	%595 = extractvalue { float, float, float, float } %592, 2
	%596 = extractvalue { float, float, float, float } %592, 3
	%597 = add i32 %580, u0x1000
	%598 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %597)
	%599 = extractvalue { i32, i32, i32, i32 } %598, 0
	%600 = extractvalue { i32, i32, i32, i32 } %598, 1
	%601 = extractvalue { i32, i32, i32, i32 } %598, 2
	%602 = extractvalue { i32, i32, i32, i32 } %598, 3
	%603 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %599, i32 %600, float %539, float %540, float %541, float %542)
	%604 = extractvalue { float, float, float, float } %603, 0
	%605 = extractvalue { float, float, float, float } %603, 1
	%606 = extractvalue { float, float, float, float } %603, 2
	%607 = extractvalue { float, float, float, float } %603, 3
	%608 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %601, i32 %602, float %544, float %545, float %546, float %547)
	%609 = extractvalue { float, float, float, float } %608, 0
	%610 = extractvalue { float, float, float, float } %608, 1
	%611 = extractvalue { float, float, float, float } %608, 2
	%612 = extractvalue { float, float, float, float } %608, 3
	%613 = add i32 %580, u0x2000
	%614 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %613)
	%615 = extractvalue { i32, i32, i32, i32 } %614, 0
	%616 = extractvalue { i32, i32, i32, i32 } %614, 1
	%617 = extractvalue { i32, i32, i32, i32 } %614, 2
	%618 = extractvalue { i32, i32, i32, i32 } %614, 3
	%619 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %615, i32 %616, float %555, float %556, float %557, float %558)
	%620 = extractvalue { float, float, float, float } %619, 0
	%621 = extractvalue { float, float, float, float } %619, 1
	%622 = extractvalue { float, float, float, float } %619, 2
	%623 = extractvalue { float, float, float, float } %619, 3
	%624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %617, i32 %618, float %560, float %561, float %562, float %563)
	%625 = extractvalue { float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float } %624, 3
	%629 = add i32 %580, 12288
	%630 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %629)
	%631 = extractvalue { i32, i32, i32, i32 } %630, 0
	%632 = extractvalue { i32, i32, i32, i32 } %630, 1
	%633 = extractvalue { i32, i32, i32, i32 } %630, 2
	%634 = extractvalue { i32, i32, i32, i32 } %630, 3
	%635 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %631, i32 %632, float %571, float %572, float %573, float %574)
	%636 = extractvalue { float, float, float, float } %635, 0
	%637 = extractvalue { float, float, float, float } %635, 1
	%638 = extractvalue { float, float, float, float } %635, 2
	%639 = extractvalue { float, float, float, float } %635, 3
	%640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %633, i32 %634, float %576, float %577, float %578, float %579)
	%641 = extractvalue { float, float, float, float } %640, 0
	%642 = extractvalue { float, float, float, float } %640, 1
	%643 = extractvalue { float, float, float, float } %640, 2
	%644 = extractvalue { float, float, float, float } %640, 3
	%645 = xor i32 %384, 128
	%646 = add i32 %645, 0
	%647 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %646)
	%648 = extractvalue { i32, i32, i32, i32 } %647, 0
	%649 = extractvalue { i32, i32, i32, i32 } %647, 1
	%650 = extractvalue { i32, i32, i32, i32 } %647, 2
	%651 = extractvalue { i32, i32, i32, i32 } %647, 3
	%652 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %648, i32 %649, float %588, float %589, float %590, float %591)
	%653 = extractvalue { float, float, float, float } %652, 0
	%654 = extractvalue { float, float, float, float } %652, 1
	%655 = extractvalue { float, float, float, float } %652, 2
	%656 = extractvalue { float, float, float, float } %652, 3
	%657 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %650, i32 %651, float %593, float %594, float %595, float %596)
	%658 = extractvalue { float, float, float, float } %657, 0
	%659 = extractvalue { float, float, float, float } %657, 1
	%660 = extractvalue { float, float, float, float } %657, 2
	%661 = extractvalue { float, float, float, float } %657, 3
	%662 = add i32 %645, u0x1000
	%663 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %662)
	%664 = extractvalue { i32, i32, i32, i32 } %663, 0
	%665 = extractvalue { i32, i32, i32, i32 } %663, 1
	%666 = extractvalue { i32, i32, i32, i32 } %663, 2
	%667 = extractvalue { i32, i32, i32, i32 } %663, 3
	%668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %664, i32 %665, float %604, float %605, float %606, float %607)
	%669 = extractvalue { float, float, float, float } %668, 0
	%670 = extractvalue { float, float, float, float } %668, 1
	%671 = extractvalue { float, float, float, float } %668, 2
	%672 = extractvalue { float, float, float, float } %668, 3
	%673 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %666, i32 %667, float %609, float %610, float %611, float %612)
	%674 = extractvalue { float, float, float, float } %673, 0
	%675 = extractvalue { float, float, float, float } %673, 1
	%676 = extractvalue { float, float, float, float } %673, 2
	%677 = extractvalue { float, float, float, float } %673, 3
	%678 = add i32 %645, u0x2000
	%679 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %678)
	%680 = extractvalue { i32, i32, i32, i32 } %679, 0
	%681 = extractvalue { i32, i32, i32, i32 } %679, 1
	%682 = extractvalue { i32, i32, i32, i32 } %679, 2
	%683 = extractvalue { i32, i32, i32, i32 } %679, 3
	%684 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %680, i32 %681, float %620, float %621, float %622, float %623)
	%685 = extractvalue { float, float, float, float } %684, 0
	%686 = extractvalue { float, float, float, float } %684, 1
	%687 = extractvalue { float, float, float, float } %684, 2
	%688 = extractvalue { float, float, float, float } %684, 3
	%689 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %682, i32 %683, float %625, float %626, float %627, float %628)
	%690 = extractvalue { float, float, float, float } %689, 0
	%691 = extractvalue { float, float, float, float } %689, 1
	%692 = extractvalue { float, float, float, float } %689, 2
	%693 = extractvalue { float, float, float, float } %689, 3
	%694 = add i32 %645, 12288
	%695 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %694)
	%696 = extractvalue { i32, i32, i32, i32 } %695, 0
	%697 = extractvalue { i32, i32, i32, i32 } %695, 1
	%698 = extractvalue { i32, i32, i32, i32 } %695, 2
	%699 = extractvalue { i32, i32, i32, i32 } %695, 3
	%700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %696, i32 %697, float %636, float %637, float %638, float %639)
	%701 = extractvalue { float, float, float, float } %700, 0
	%702 = extractvalue { float, float, float, float } %700, 1
	%703 = extractvalue { float, float, float, float } %700, 2
	%704 = extractvalue { float, float, float, float } %700, 3
	%705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %698, i32 %699, float %641, float %642, float %643, float %644)
	%706 = extractvalue { float, float, float, float } %705, 0
	%707 = extractvalue { float, float, float, float } %705, 1
	%708 = extractvalue { float, float, float, float } %705, 2
	%709 = extractvalue { float, float, float, float } %705, 3
	%710 = xor i32 %384, 160
	%711 = add i32 %710, 0
	%712 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %711)
	%713 = extractvalue { i32, i32, i32, i32 } %712, 0
	%714 = extractvalue { i32, i32, i32, i32 } %712, 1
	%715 = extractvalue { i32, i32, i32, i32 } %712, 2
	%716 = extractvalue { i32, i32, i32, i32 } %712, 3
	%717 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %713, i32 %714, float %653, float %654, float %655, float %656)
	%718 = extractvalue { float, float, float, float } %717, 0
	%719 = extractvalue { float, float, float, float } %717, 1
	%720 = extractvalue { float, float, float, float } %717, 2
	%721 = extractvalue { float, float, float, float } %717, 3
	%722 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %715, i32 %716, float %658, float %659, float %660, float %661)
	%723 = extractvalue { float, float, float, float } %722, 0
	%724 = extractvalue { float, float, float, float } %722, 1
	%725 = extractvalue { float, float, float, float } %722, 2
	%726 = extractvalue { float, float, float, float } %722, 3
	%727 = add i32 %710, u0x1000
	%728 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %727)
	%729 = extractvalue { i32, i32, i32, i32 } %728, 0
	%730 = extractvalue { i32, i32, i32, i32 } %728, 1
	%731 = extractvalue { i32, i32, i32, i32 } %728, 2
	%732 = extractvalue { i32, i32, i32, i32 } %728, 3
	%733 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %729, i32 %730, float %669, float %670, float %671, float %672)
	%734 = extractvalue { float, float, float, float } %733, 0
	%735 = extractvalue { float, float, float, float } %733, 1
	%736 = extractvalue { float, float, float, float } %733, 2
	%737 = extractvalue { float, float, float, float } %733, 3
	%738 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %731, i32 %732, float %674, float %675, float %676, float %677)
	%739 = extractvalue { float, float, float, float } %738, 0
	%740 = extractvalue { float, float, float, float } %738, 1
	%741 = extractvalue { float, float, float, float } %738, 2
	%742 = extractvalue { float, float, float, float } %738, 3
	%743 = add i32 %710, u0x2000
	%744 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %743)
	%745 = extractvalue { i32, i32, i32, i32 } %744, 0
	%746 = extractvalue { i32, i32, i32, i32 } %744, 1
	%747 = extractvalue { i32, i32, i32, i32 } %744, 2
	%748 = extractvalue { i32, i32, i32, i32 } %744, 3
	%749 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %745, i32 %746, float %685, float %686, float %687, float %688)
	%750 = extractvalue { float, float, float, float } %749, 0
	%751 = extractvalue { float, float, float, float } %749, 1
	%752 = extractvalue { float, float, float, float } %749, 2
	%753 = extractvalue { float, float, float, float } %749, 3
	%754 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %747, i32 %748, float %690, float %691, float %692, float %693)
	%755 = extractvalue { float, float, float, float } %754, 0
	%756 = extractvalue { float, float, float, float } %754, 1
	%757 = extractvalue { float, float, float, float } %754, 2
	%758 = extractvalue { float, float, float, float } %754, 3
	%759 = add i32 %710, 12288
	%760 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %759)
	%761 = extractvalue { i32, i32, i32, i32 } %760, 0
	%762 = extractvalue { i32, i32, i32, i32 } %760, 1
	%763 = extractvalue { i32, i32, i32, i32 } %760, 2
	%764 = extractvalue { i32, i32, i32, i32 } %760, 3
	%765 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %761, i32 %762, float %701, float %702, float %703, float %704)
	%766 = extractvalue { float, float, float, float } %765, 0
	%767 = extractvalue { float, float, float, float } %765, 1
	%768 = extractvalue { float, float, float, float } %765, 2
	%769 = extractvalue { float, float, float, float } %765, 3
	%770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %763, i32 %764, float %706, float %707, float %708, float %709)
	%771 = extractvalue { float, float, float, float } %770, 0
	%772 = extractvalue { float, float, float, float } %770, 1
	%773 = extractvalue { float, float, float, float } %770, 2
	%774 = extractvalue { float, float, float, float } %770, 3
	%775 = xor i32 %384, 192
	%776 = add i32 %775, 0
	%777 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %776)
	%778 = extractvalue { i32, i32, i32, i32 } %777, 0
	%779 = extractvalue { i32, i32, i32, i32 } %777, 1
	%780 = extractvalue { i32, i32, i32, i32 } %777, 2
	%781 = extractvalue { i32, i32, i32, i32 } %777, 3
	%782 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %778, i32 %779, float %718, float %719, float %720, float %721)
	%783 = extractvalue { float, float, float, float } %782, 0
	%784 = extractvalue { float, float, float, float } %782, 1
	%785 = extractvalue { float, float, float, float } %782, 2
	%786 = extractvalue { float, float, float, float } %782, 3
	%787 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %780, i32 %781, float %723, float %724, float %725, float %726)
	%788 = extractvalue { float, float, float, float } %787, 0
	%789 = extractvalue { float, float, float, float } %787, 1
	%790 = extractvalue { float, float, float, float } %787, 2
	%791 = extractvalue { float, float, float, float } %787, 3
	%792 = add i32 %775, u0x1000
	%793 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %792)
	%794 = extractvalue { i32, i32, i32, i32 } %793, 0
	%795 = extractvalue { i32, i32, i32, i32 } %793, 1
	%796 = extractvalue { i32, i32, i32, i32 } %793, 2
	%797 = extractvalue { i32, i32, i32, i32 } %793, 3
	%798 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %794, i32 %795, float %734, float %735, float %736, float %737)
	%799 = extractvalue { float, float, float, float } %798, 0
	%800 = extractvalue { float, float, float, float } %798, 1
	%801 = extractvalue { float, float, float, float } %798, 2
	%802 = extractvalue { float, float, float, float } %798, 3
	%803 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %796, i32 %797, float %739, float %740, float %741, float %742)
	%804 = extractvalue { float, float, float, float } %803, 0
	%805 = extractvalue { float, float, float, float } %803, 1
	%806 = extractvalue { float, float, float, float } %803, 2
	%807 = extractvalue { float, float, float, float } %803, 3
	%808 = add i32 %775, u0x2000
	%809 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %808)
	%810 = extractvalue { i32, i32, i32, i32 } %809, 0
	%811 = extractvalue { i32, i32, i32, i32 } %809, 1
	%812 = extractvalue { i32, i32, i32, i32 } %809, 2
	%813 = extractvalue { i32, i32, i32, i32 } %809, 3
	%814 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %810, i32 %811, float %750, float %751, float %752, float %753)
	%815 = extractvalue { float, float, float, float } %814, 0
	%816 = extractvalue { float, float, float, float } %814, 1
	%817 = extractvalue { float, float, float, float } %814, 2
	%818 = extractvalue { float, float, float, float } %814, 3
	%819 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %812, i32 %813, float %755, float %756, float %757, float %758)
	%820 = extractvalue { float, float, float, float } %819, 0
	%821 = extractvalue { float, float, float, float } %819, 1
	%822 = extractvalue { float, float, float, float } %819, 2
	%823 = extractvalue { float, float, float, float } %819, 3
	%824 = add i32 %775, 12288
	%825 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %824)
	%826 = extractvalue { i32, i32, i32, i32 } %825, 0
	%827 = extractvalue { i32, i32, i32, i32 } %825, 1
	%828 = extractvalue { i32, i32, i32, i32 } %825, 2
	%829 = extractvalue { i32, i32, i32, i32 } %825, 3
	%830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %826, i32 %827, float %766, float %767, float %768, float %769)
	%831 = extractvalue { float, float, float, float } %830, 0
	%832 = extractvalue { float, float, float, float } %830, 1
	%833 = extractvalue { float, float, float, float } %830, 2
	%834 = extractvalue { float, float, float, float } %830, 3
	%835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %168, i32 %169, i32 %170, i32 %171, i32 %828, i32 %829, float %771, float %772, float %773, float %774)
	%836 = extractvalue { float, float, float, float } %835, 0
	%837 = extractvalue { float, float, float, float } %835, 1
	%838 = extractvalue { float, float, float, float } %835, 2
	%839 = extractvalue { float, float, float, float } %835, 3
	%840 = xor i32 %384, 224
	%841 = add i32 %840, 0
	%842 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %841)
	%843 = extractvalue { i32, i32, i32, i32 } %842, 0
	%844 = extractvalue { i32, i32, i32, i32 } %842, 1
	%845 = extractvalue { i32, i32, i32, i32 } %842, 2
	%846 = extractvalue { i32, i32, i32, i32 } %842, 3
	%847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %843, i32 %844, float %783, float %784, float %785, float %786)
	%848 = extractvalue { float, float, float, float } %847, 0
	%849 = extractvalue { float, float, float, float } %847, 1
	%850 = extractvalue { float, float, float, float } %847, 2
	%851 = extractvalue { float, float, float, float } %847, 3
	%852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %845, i32 %846, float %788, float %789, float %790, float %791)
	%853 = extractvalue { float, float, float, float } %852, 0
	%854 = extractvalue { float, float, float, float } %852, 1
	%855 = extractvalue { float, float, float, float } %852, 2
	%856 = extractvalue { float, float, float, float } %852, 3
	%857 = add i32 %840, u0x1000
	%858 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %857)
	%859 = extractvalue { i32, i32, i32, i32 } %858, 0
	%860 = extractvalue { i32, i32, i32, i32 } %858, 1
	%861 = extractvalue { i32, i32, i32, i32 } %858, 2
	%862 = extractvalue { i32, i32, i32, i32 } %858, 3
	%863 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %859, i32 %860, float %799, float %800, float %801, float %802)
	%864 = extractvalue { float, float, float, float } %863, 0
	%865 = extractvalue { float, float, float, float } %863, 1
	%866 = extractvalue { float, float, float, float } %863, 2
	%867 = extractvalue { float, float, float, float } %863, 3
	%868 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %861, i32 %862, float %804, float %805, float %806, float %807)
	%869 = extractvalue { float, float, float, float } %868, 0
	%870 = extractvalue { float, float, float, float } %868, 1
	%871 = extractvalue { float, float, float, float } %868, 2
	%872 = extractvalue { float, float, float, float } %868, 3
	%873 = add i32 %840, u0x2000
	%874 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %873)
	%875 = extractvalue { i32, i32, i32, i32 } %874, 0
	%876 = extractvalue { i32, i32, i32, i32 } %874, 1
	%877 = extractvalue { i32, i32, i32, i32 } %874, 2
	%878 = extractvalue { i32, i32, i32, i32 } %874, 3
	%879 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %875, i32 %876, float %815, float %816, float %817, float %818)
	%880 = extractvalue { float, float, float, float } %879, 0
	%881 = extractvalue { float, float, float, float } %879, 1
	%882 = extractvalue { float, float, float, float } %879, 2
	%883 = extractvalue { float, float, float, float } %879, 3
	%884 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %877, i32 %878, float %820, float %821, float %822, float %823)
	%885 = extractvalue { float, float, float, float } %884, 0
	%886 = extractvalue { float, float, float, float } %884, 1
	%887 = extractvalue { float, float, float, float } %884, 2
	%888 = extractvalue { float, float, float, float } %884, 3
	%889 = add i32 %840, 12288
	%890 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %889)
	%891 = extractvalue { i32, i32, i32, i32 } %890, 0
	%892 = extractvalue { i32, i32, i32, i32 } %890, 1
	%893 = extractvalue { i32, i32, i32, i32 } %890, 2
	%894 = extractvalue { i32, i32, i32, i32 } %890, 3
	%895 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %891, i32 %892, float %831, float %832, float %833, float %834)
	%896 = extractvalue { float, float, float, float } %895, 0
	%897 = extractvalue { float, float, float, float } %895, 1
	%898 = extractvalue { float, float, float, float } %895, 2
	%899 = extractvalue { float, float, float, float } %895, 3
	%900 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %174, i32 %175, i32 %176, i32 %177, i32 %893, i32 %894, float %836, float %837, float %838, float %839)
	%901 = extractvalue { float, float, float, float } %900, 0
	%902 = extractvalue { float, float, float, float } %900, 1
	%903 = extractvalue { float, float, float, float } %900, 2
	%904 = extractvalue { float, float, float, float } %900, 3
	%905 = mul i32 %3, 16
	%906 = add i32 %24, %905
	%907 = add i32 %5, 0
	%908 = add i32 %906, %907
	%909 = mul i32 %3, 16
	%910 = add i32 %24, %909
	%911 = add i32 %5, 8
	%912 = add i32 %910, %911
	%913 = sitofp i32 %22 to float
	%914 = add i32 %45, %242
	%915 = sext i32 %914 to i64
	%916 = getelementptr i8, i8* %cls, i64 %915
	%917 = load i8, i8* %916
	%918 = icmp ne i8 %917, 2
	br i1 %918, label %partial, label %softmax

epilogue:
	%919 = phi float [ 0.0, %entry ], [ %1688, %pv ]
	%920 = phi float [ 0.0, %entry ], [ %1740, %pv ]
	%921 = phi i32 [ 0, %entry ], [ %1741, %pv ]
	%922 = phi float [ 0.0, %entry ], [ %2256, %pv ]
	%923 = phi float [ 0.0, %entry ], [ %2257, %pv ]
	%924 = phi float [ 0.0, %entry ], [ %2258, %pv ]
	%925 = phi float [ 0.0, %entry ], [ %2259, %pv ]
	%926 = phi float [ 0.0, %entry ], [ %2261, %pv ]
	%927 = phi float [ 0.0, %entry ], [ %2262, %pv ]
	%928 = phi float [ 0.0, %entry ], [ %2263, %pv ]
	%929 = phi float [ 0.0, %entry ], [ %2264, %pv ]
	%930 = phi float [ 0.0, %entry ], [ %2273, %pv ]
	%931 = phi float [ 0.0, %entry ], [ %2274, %pv ]
	%932 = phi float [ 0.0, %entry ], [ %2275, %pv ]
	%933 = phi float [ 0.0, %entry ], [ %2276, %pv ]
	%934 = phi float [ 0.0, %entry ], [ %2278, %pv ]
	%935 = phi float [ 0.0, %entry ], [ %2279, %pv ]
	%936 = phi float [ 0.0, %entry ], [ %2280, %pv ]
	%937 = phi float [ 0.0, %entry ], [ %2281, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2290, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2291, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2292, %pv ]
	%941 = phi float [ 0.0, %entry ], [ %2293, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %2295, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %2296, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %2297, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2298, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2307, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2308, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %2309, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %2310, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %2312, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %2313, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %2314, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %2315, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %2324, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %2325, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %2326, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %2327, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %2329, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2330, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2331, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2332, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %2341, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %2342, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %2343, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %2344, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %2346, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %2347, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %2348, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %2349, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %2358, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %2359, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %2360, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %2361, %pv ]
	%974 = phi float [ 0.0, %entry ], [ %2363, %pv ]
	%975 = phi float [ 0.0, %entry ], [ %2364, %pv ]
	%976 = phi float [ 0.0, %entry ], [ %2365, %pv ]
	%977 = phi float [ 0.0, %entry ], [ %2366, %pv ]
	%978 = phi float [ 0.0, %entry ], [ %2375, %pv ]
	%979 = phi float [ 0.0, %entry ], [ %2376, %pv ]
	%980 = phi float [ 0.0, %entry ], [ %2377, %pv ]
	%981 = phi float [ 0.0, %entry ], [ %2378, %pv ]
	%982 = phi float [ 0.0, %entry ], [ %2380, %pv ]
	%983 = phi float [ 0.0, %entry ], [ %2381, %pv ]
	%984 = phi float [ 0.0, %entry ], [ %2382, %pv ]
	%985 = phi float [ 0.0, %entry ], [ %2383, %pv ]
	%986 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %919, i32 1, i32 31)
	%987 = fadd float %919, %986
	%988 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %987, i32 2, i32 31)
	%989 = fadd float %987, %988
	%990 = fcmp ogt float %989, 0.0
	%991 = fdiv float 1.0, %989
	%992 = select i1 %990, float %991, float 0.0
	%993 = mul i32 %3, 16
	%994 = add i32 %24, %993
	%995 = add i32 %5, 0
	%996 = add i32 %994, %995
	%997 = fmul float %922, %992
	%998 = fmul float %923, %992
	%999 = fmul float %926, %992
	%1000 = fmul float %927, %992
	%1001 = fmul float %930, %992
	%1002 = fmul float %931, %992
	%1003 = fmul float %934, %992
	%1004 = fmul float %935, %992
	%1005 = fmul float %938, %992
	%1006 = fmul float %939, %992
	%1007 = fmul float %942, %992
	%1008 = fmul float %943, %992
	%1009 = fmul float %946, %992
	%1010 = fmul float %947, %992
	%1011 = fmul float %950, %992
	%1012 = fmul float %951, %992
	%1013 = fmul float %954, %992
	%1014 = fmul float %955, %992
	%1015 = fmul float %958, %992
	%1016 = fmul float %959, %992
	%1017 = fmul float %962, %992
	%1018 = fmul float %963, %992
	%1019 = fmul float %966, %992
	%1020 = fmul float %967, %992
	%1021 = fmul float %970, %992
	%1022 = fmul float %971, %992
	%1023 = fmul float %974, %992
	%1024 = fmul float %975, %992
	%1025 = fmul float %978, %992
	%1026 = fmul float %979, %992
	%1027 = fmul float %982, %992
	%1028 = fmul float %983, %992
	%1029 = icmp slt i32 %996, %M
	br i1 %1029, label %store0, label %stored0

partial:
	%1030 = shl i32 %6, 1
	%1031 = add i32 0, %1030
	%1032 = add i32 %311, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %908 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = and i1 %1033, %1039
	%1041 = select i1 %1040, float %848, float 0xFFF0000000000000
	%1042 = shl i32 %6, 1
	%1043 = add i32 1, %1042
	%1044 = add i32 %311, %1043
	%1045 = icmp slt i32 %1044, %N
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = sitofp i32 %908 to float
	%1048 = sitofp i32 %1046 to float
	%1049 = fcmp ole float %1048, %1047
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1045, %1051
	%1053 = select i1 %1052, float %849, float 0xFFF0000000000000
	%1054 = shl i32 %6, 1
	%1055 = add i32 0, %1054
	%1056 = add i32 %311, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %912 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1057, %1063
	%1065 = select i1 %1064, float %850, float 0xFFF0000000000000
	%1066 = shl i32 %6, 1
	%1067 = add i32 1, %1066
	%1068 = add i32 %311, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %912 to float
	%1072 = sitofp i32 %1070 to float
	%1073 = fcmp ole float %1072, %1071
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1069, %1075
	%1077 = select i1 %1076, float %851, float 0xFFF0000000000000
	%1078 = shl i32 %6, 1
	%1079 = add i32 8, %1078
	%1080 = add i32 %311, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %908 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1081, %1087
	%1089 = select i1 %1088, float %853, float 0xFFF0000000000000
	%1090 = shl i32 %6, 1
	%1091 = add i32 9, %1090
	%1092 = add i32 %311, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %908 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %854, float 0xFFF0000000000000
	%1102 = shl i32 %6, 1
	%1103 = add i32 8, %1102
	%1104 = add i32 %311, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %912 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %855, float 0xFFF0000000000000
	%1114 = shl i32 %6, 1
	%1115 = add i32 9, %1114
	%1116 = add i32 %311, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %912 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %856, float 0xFFF0000000000000
	%1126 = shl i32 %6, 1
	%1127 = add i32 16, %1126
	%1128 = add i32 %311, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %908 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %864, float 0xFFF0000000000000
	%1138 = shl i32 %6, 1
	%1139 = add i32 17, %1138
	%1140 = add i32 %311, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %908 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %865, float 0xFFF0000000000000
	%1150 = shl i32 %6, 1
	%1151 = add i32 16, %1150
	%1152 = add i32 %311, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %912 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %866, float 0xFFF0000000000000
	%1162 = shl i32 %6, 1
	%1163 = add i32 17, %1162
	%1164 = add i32 %311, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %912 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %867, float 0xFFF0000000000000
	%1174 = shl i32 %6, 1
	%1175 = add i32 24, %1174
	%1176 = add i32 %311, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %908 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %869, float 0xFFF0000000000000
	%1186 = shl i32 %6, 1
	%1187 = add i32 25, %1186
	%1188 = add i32 %311, %1187
	%1189 = icmp slt i32 %1188, %N
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = sitofp i32 %908 to float
	%1192 = sitofp i32 %1190 to float
	%1193 = fcmp ole float %1192, %1191
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1189, %1195
	%1197 = select i1 %1196, float %870, float 0xFFF0000000000000
	%1198 = shl i32 %6, 1
	%1199 = add i32 24, %1198
	%1200 = add i32 %311, %1199
	%1201 = icmp slt i32 %1200, %N
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = sitofp i32 %912 to float
	%1204 = sitofp i32 %1202 to float
	%1205 = fcmp ole float %1204, %1203
	%1206 = uitofp i1 %1205 to float
	%1207 = fcmp une float %1206, 0.0
	%1208 = and i1 %1201, %1207
	%1209 = select i1 %1208, float %871, float 0xFFF0000000000000
	%1210 = shl i32 %6, 1
	%1211 = add i32 25, %1210
	%1212 = add i32 %311, %1211
	%1213 = icmp slt i32 %1212, %N
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = sitofp i32 %912 to float
	%1216 = sitofp i32 %1214 to float
	%1217 = fcmp ole float %1216, %1215
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = and i1 %1213, %1219
	%1221 = select i1 %1220, float %872, float 0xFFF0000000000000
	%1222 = shl i32 %6, 1
	%1223 = add i32 32, %1222
	%1224 = add i32 %311, %1223
	%1225 = icmp slt i32 %1224, %N
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = sitofp i32 %908 to float
	%1228 = sitofp i32 %1226 to float
	%1229 = fcmp ole float %1228, %1227
	%1230 = uitofp i1 %1229 to float
	%1231 = fcmp une float %1230, 0.0
	%1232 = and i1 %1225, %1231
	%1233 = select i1 %1232, float %880, float 0xFFF0000000000000
	%1234 = shl i32 %6, 1
	%1235 = add i32 33, %1234
	%1236 = add i32 %311, %1235
	%1237 = icmp slt i32 %1236, %N
	%1238 = select i1 %1237, i32 %1236, i32 0
	%1239 = sitofp i32 %908 to float
	%1240 = sitofp i32 %1238 to float
	%1241 = fcmp ole float %1240, %1239
	%1242 = uitofp i1 %1241 to float
	%1243 = fcmp une float %1242, 0.0
	%1244 = and i1 %1237, %1243
	%1245 = select i1 %1244, float %881, float 0xFFF0000000000000
	%1246 = shl i32 %6, 1
	%1247 = add i32 32, %1246
	%1248 = add i32 %311, %1247
	%1249 = icmp slt i32 %1248, %N
	%1250 = select i1 %1249, i32 %1248, i32 0
	%1251 = sitofp i32 %912 to float
	%1252 = sitofp i32 %1250 to float
	%1253 = fcmp ole float %1252, %1251
	%1254 = uitofp i1 %1253 to float
	%1255 = fcmp une float %1254, 0.0
	%1256 = and i1 %1249, %1255
	%1257 = select i1 %1256, float %882, float 0xFFF0000000000000
	%1258 = shl i32 %6, 1
	%1259 = add i32 33, %1258
	%1260 = add i32 %311, %1259
	%1261 = icmp slt i32 %1260, %N
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = sitofp i32 %912 to float
	%1264 = sitofp i32 %1262 to float
	%1265 = fcmp ole float %1264, %1263
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = and i1 %1261, %1267
	%1269 = select i1 %1268, float %883, float 0xFFF0000000000000
	%1270 = shl i32 %6, 1
	%1271 = add i32 40, %1270
	%1272 = add i32 %311, %1271
	%1273 = icmp slt i32 %1272, %N
	%1274 = select i1 %1273, i32 %1272, i32 0
	%1275 = sitofp i32 %908 to float
	%1276 = sitofp i32 %1274 to float
	%1277 = fcmp ole float %1276, %1275
	%1278 = uitofp i1 %1277 to float
	%1279 = fcmp une float %1278, 0.0
	%1280 = and i1 %1273, %1279
	%1281 = select i1 %1280, float %885, float 0xFFF0000000000000
	%1282 = shl i32 %6, 1
	%1283 = add i32 41, %1282
	%1284 = add i32 %311, %1283
	%1285 = icmp slt i32 %1284, %N
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = sitofp i32 %908 to float
	%1288 = sitofp i32 %1286 to float
	%1289 = fcmp ole float %1288, %1287
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = and i1 %1285, %1291
	%1293 = select i1 %1292, float %886, float 0xFFF0000000000000
	%1294 = shl i32 %6, 1
	%1295 = add i32 40, %1294
	%1296 = add i32 %311, %1295
	%1297 = icmp slt i32 %1296, %N
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = sitofp i32 %912 to float
	%1300 = sitofp i32 %1298 to float
	%1301 = fcmp ole float %1300, %1299
	%1302 = uitofp i1 %1301 to float
	%1303 = fcmp une float %1302, 0.0
	%1304 = and i1 %1297, %1303
	%1305 = select i1 %1304, float %887, float 0xFFF0000000000000
	%1306 = shl i32 %6, 1
	%1307 = add i32 41, %1306
	%1308 = add i32 %311, %1307
	%1309 = icmp slt i32 %1308, %N
	%1310 = select i1 %1309, i32 %1308, i32 0
	%1311 = sitofp i32 %912 to float
	%1312 = sitofp i32 %1310 to float
	%1313 = fcmp ole float %1312, %1311
	%1314 = uitofp i1 %1313 to float
	%1315 = fcmp une float %1314, 0.0
	%1316 = and i1 %1309, %1315
	%1317 = select i1 %1316, float %888, float 0xFFF0000000000000
	%1318 = shl i32 %6, 1
	%1319 = add i32 48, %1318
	%1320 = add i32 %311, %1319
	%1321 = icmp slt i32 %1320, %N
	%1322 = select i1 %1321, i32 %1320, i32 0
	%1323 = sitofp i32 %908 to float
	%1324 = sitofp i32 %1322 to float
	%1325 = fcmp ole float %1324, %1323
	%1326 = uitofp i1 %1325 to float
	%1327 = fcmp une float %1326, 0.0
	%1328 = and i1 %1321, %1327
	%1329 = select i1 %1328, float %896, float 0xFFF0000000000000
	%1330 = shl i32 %6, 1
	%1331 = add i32 49, %1330
	%1332 = add i32 %311, %1331
	%1333 = icmp slt i32 %1332, %N
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = sitofp i32 %908 to float
	%1336 = sitofp i32 %1334 to float
	%1337 = fcmp ole float %1336, %1335
	%1338 = uitofp i1 %1337 to float
	%1339 = fcmp une float %1338, 0.0
	%1340 = and i1 %1333, %1339
	%1341 = select i1 %1340, float %897, float 0xFFF0000000000000
	%1342 = shl i32 %6, 1
	%1343 = add i32 48, %1342
	%1344 = add i32 %311, %1343
	%1345 = icmp slt i32 %1344, %N
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = sitofp i32 %912 to float
	%1348 = sitofp i32 %1346 to float
	%1349 = fcmp ole float %1348, %1347
	%1350 = uitofp i1 %1349 to float
	%1351 = fcmp une float %1350, 0.0
	%1352 = and i1 %1345, %1351
	%1353 = select i1 %1352, float %898, float 0xFFF0000000000000
	%1354 = shl i32 %6, 1
	%1355 = add i32 49, %1354
	%1356 = add i32 %311, %1355
	%1357 = icmp slt i32 %1356, %N
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = sitofp i32 %912 to float
	%1360 = sitofp i32 %1358 to float
	%1361 = fcmp ole float %1360, %1359
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = and i1 %1357, %1363
	%1365 = select i1 %1364, float %899, float 0xFFF0000000000000
	%1366 = shl i32 %6, 1
	%1367 = add i32 56, %1366
	%1368 = add i32 %311, %1367
	%1369 = icmp slt i32 %1368, %N
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = sitofp i32 %908 to float
	%1372 = sitofp i32 %1370 to float
	%1373 = fcmp ole float %1372, %1371
	%1374 = uitofp i1 %1373 to float
	%1375 = fcmp une float %1374, 0.0
	%1376 = and i1 %1369, %1375
	%1377 = select i1 %1376, float %901, float 0xFFF0000000000000
	%1378 = shl i32 %6, 1
	%1379 = add i32 57, %1378
	%1380 = add i32 %311, %1379
	%1381 = icmp slt i32 %1380, %N
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = sitofp i32 %908 to float
	%1384 = sitofp i32 %1382 to float
	%1385 = fcmp ole float %1384, %1383
	%1386 = uitofp i1 %1385 to float
	%1387 = fcmp une float %1386, 0.0
	%1388 = and i1 %1381, %1387
	%1389 = select i1 %1388, float %902, float 0xFFF0000000000000
	%1390 = shl i32 %6, 1
	%1391 = add i32 56, %1390
	%1392 = add i32 %311, %1391
	%1393 = icmp slt i32 %1392, %N
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = sitofp i32 %912 to float
	%1396 = sitofp i32 %1394 to float
	%1397 = fcmp ole float %1396, %1395
	%1398 = uitofp i1 %1397 to float
	%1399 = fcmp une float %1398, 0.0
	%1400 = and i1 %1393, %1399
	%1401 = select i1 %1400, float %903, float 0xFFF0000000000000
	%1402 = shl i32 %6, 1
	%1403 = add i32 57, %1402
	%1404 = add i32 %311, %1403
	%1405 = icmp slt i32 %1404, %N
	%1406 = select i1 %1405, i32 %1404, i32 0
	%1407 = sitofp i32 %912 to float
	%1408 = sitofp i32 %1406 to float
	%1409 = fcmp ole float %1408, %1407
	%1410 = uitofp i1 %1409 to float
	%1411 = fcmp une float %1410, 0.0
	%1412 = and i1 %1405, %1411
	%1413 = select i1 %1412, float %904, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1414 = phi float [ %848, %loop ], [ %1041, %partial ]
	%1415 = phi float [ %849, %loop ], [ %1053, %partial ]
	%1416 = phi float [ %850, %loop ], [ %1065, %partial ]
	%1417 = phi float [ %851, %loop ], [ %1077, %partial ]
	%1418 = phi float [ %853, %loop ], [ %1089, %partial ]
	%1419 = phi float [ %854, %loop ], [ %1101, %partial ]
	%1420 = phi float [ %855, %loop ], [ %1113, %partial ]
	%1421 = phi float [ %856, %loop ], [ %1125, %partial ]
	%1422 = phi float [ %864, %loop ], [ %1137, %partial ]
	%1423 = phi float [ %865, %loop ], [ %1149, %partial ]
	%1424 = phi float [ %866, %loop ], [ %1161, %partial ]
	%1425 = phi float [ %867, %loop ], [ %1173, %partial ]
	%1426 = phi float [ %869, %loop ], [ %1185, %partial ]
	%1427 = phi float [ %870, %loop ], [ %1197, %partial ]
	%1428 = phi float [ %871, %loop ], [ %1209, %partial ]
	%1429 = phi float [ %872, %loop ], [ %1221, %partial ]
	%1430 = phi float [ %880, %loop ], [ %1233, %partial ]
	%1431 = phi float [ %881, %loop ], [ %1245, %partial ]
	%1432 = phi float [ %882, %loop ], [ %1257, %partial ]
	%1433 = phi float [ %883, %loop ], [ %1269, %partial ]
	%1434 = phi float [ %885, %loop ], [ %1281, %partial ]
	%1435 = phi float [ %886, %loop ], [ %1293, %partial ]
	%1436 = phi float [ %887, %loop ], [ %1305, %partial ]
	%1437 = phi float [ %888, %loop ], [ %1317, %partial ]
	%1438 = phi float [ %896, %loop ], [ %1329, %partial ]
	%1439 = phi float [ %897, %loop ], [ %1341, %partial ]
	%1440 = phi float [ %898, %loop ], [ %1353, %partial ]
	%1441 = phi float [ %899, %loop ], [ %1365, %partial ]
	%1442 = phi float [ %901, %loop ], [ %1377, %partial ]
	%1443 = phi float [ %902, %loop ], [ %1389, %partial ]
	%1444 = phi float [ %903, %loop ], [ %1401, %partial ]
	%1445 = phi float [ %904, %loop ], [ %1413, %partial ]
	%1446 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1447 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1448 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1449 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1450 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1451 = call float @llvm.nvvm.fmax.f(float %1434, float %1435)
	%1452 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1453 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1454 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1455 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1456 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1457 = call float @llvm.nvvm.fmax.f(float %1452, float %1453)
	%1458 = call float @llvm.nvvm.fmax.f(float %1454, float %1455)
	%1459 = call float @llvm.nvvm.fmax.f(float %1456, float %1457)
	%1460 = call float @llvm.nvvm.fmax.f(float %1458, float %1459)
	%1461 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1460, i32 1, i32 31)
	%1462 = call float @llvm.nvvm.fmax.f(float %1460, float %1461)
	%1463 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1462, i32 2, i32 31)
	%1464 = call float @llvm.nvvm.fmax.f(float %1462, float %1463)
	%1465 = fmul float %1464, 0x3FC0527DC0000000
	%1466 = call float @llvm.nvvm.fmax.f(float %307, float %1465)
	%1467 = fadd float %307, 8.0
	%1468 = fcmp ogt float %1466, %1467
	%1469 = or i1 false, %1468
	%1470 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1471 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1472 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1473 = call float @llvm.nvvm.fmax.f(float %1428, float %1429)
	%1474 = call float @llvm.nvvm.fmax.f(float %1432, float %1433)
	%1475 = call float @llvm.nvvm.fmax.f(float %1436, float %1437)
	%1476 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1477 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1478 = call float @llvm.nvvm.fmax.f(float %1470, float %1471)
	%1479 = call float @llvm.nvvm.fmax.f(float %1472, float %1473)
	%1480 = call float @llvm.nvvm.fmax.f(float %1474, float %1475)
	%1481 = call float @llvm.nvvm.fmax.f(float %1476, float %1477)
	%1482 = call float @llvm.nvvm.fmax.f(float %1478, float %1479)
	%1483 = call float @llvm.nvvm.fmax.f(float %1480, float %1481)
	%1484 = call float @llvm.nvvm.fmax.f(float %1482, float %1483)
	%1485 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1484, i32 1, i32 31)
	%1486 = call float @llvm.nvvm.fmax.f(float %1484, float %1485)
	%1487 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1486, i32 2, i32 31)
	%1488 = call float @llvm.nvvm.fmax.f(float %1486, float %1487)
	%1489 = fmul float %1488, 0x3FC0527DC0000000
	%1490 = call float @llvm.nvvm.fmax.f(float %309, float %1489)
	%1491 = fadd float %309, 8.0
	%1492 = fcmp ogt float %1490, %1491
	%1493 = or i1 %1469, %1492
	%1494 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1493)
	br i1 %1494, label %1495, label %1570

1495:
	%1496 = fcmp oeq float %1466, 0xFFF0000000000000
	%1497 = select i1 %1496, float 0.0, float %1466
	%1498 = fsub float %307, %1497
	%1499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1498)
	%1500 = fcmp oeq float %1490, 0xFFF0000000000000
	%1501 = select i1 %1500, float 0.0, float %1490
	%1502 = fsub float %309, %1501
	%1503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1502)
	%1504 = fmul float %243, %1499
	%1505 = fmul float %244, %1499
	%1506 = fmul float %245, %1503
	%1507 = fmul float %246, %1503
	%1508 = fmul float %247, %1499
	%1509 = fmul float %248, %1499
	%1510 = fmul float %249, %1503
	%1511 = fmul float %250, %1503
	%1512 = fmul float %251, %1499
	%1513 = fmul float %252, %1499
	%1514 = fmul float %253, %1503
	%1515 = fmul float %254, %1503
	%1516 = fmul float %255, %1499
	%1517 = fmul float %256, %1499
	%1518 = fmul float %257, %1503
	%1519 = fmul float %258, %1503
	%1520 = fmul float %259, %1499
	%1521 = fmul float %260, %1499
	%1522 = fmul float %261, %1503
	%1523 = fmul float %262, %1503
	%1524 = fmul float %263, %1499
	%1525 = fmul float %264, %1499
	%1526 = fmul float %265, %1503
	%1527 = fmul float %266, %1503
	%1528 = fmul float %267, %1499
	%1529 = fmul float %268, %1499
	%1530 = fmul float %269, %1503
	%1531 = fmul float %270, %1503
	%1532 = fmul float %271, %1499
	%1533 = fmul float %272, %1499
	%1534 = fmul float %273, %1503
	%1535 = fmul float %274, %1503
	%1536 = fmul float %275, %1499
	%1537 = fmul float %276, %1499
	%1538 = fmul float %277, %1503
	%1539 = fmul float %278, %1503
	%1540 = fmul float %279, %1499
	%1541 = fmul float %280, %1499
	%1542 = fmul float %281, %1503
	%1543 = fmul float %282, %1503
	%1544 = fmul float %283, %1499
	%1545 = fmul float %284, %1499
	%1546 = fmul float %285, %1503
	%1547 = fmul float %286, %1503
	%1548 = fmul float %287, %1499
	%1549 = fmul float %288, %1499
	%1550 = fmul float %289, %1503
	%1551 = fmul float %290, %1503
	%1552 = fmul float %291, %1499
	%1553 = fmul float %292, %1499
	%1554 = fmul float %293, %1503
	%1555 = fmul float %294, %1503
	%1556 = fmul float %295, %1499
	%1557 = fmul float %296, %1499
	%1558 = fmul float %297, %1503
	%1559 = fmul float %298, %1503
	%1560 = fmul float %299, %1499
	%1561 = fmul float %300, %1499
	%1562 = fmul float %301, %1503
	%1563 = fmul float %302, %1503
	%1564 = fmul float %303, %1499
	%1565 = fmul float %304, %1499
	%1566 = fmul float %305, %1503
	%1567 = fmul float %306, %1503
	%1568 = fmul float %308, %1499
	%1569 = fmul float %310, %1503
	br label %1570

1570:
	%1571 = phi float [ %243, %softmax ], [ %1504, %1495 ]
	%1572 = phi float [ %244, %softmax ], [ %1505, %1495 ]
	%1573 = phi float [ %245, %softmax ], [ %1506, %1495 ]
	%1574 = phi float [ %246, %softmax ], [ %1507, %1495 ]
	%1575 = phi float [ %247, %softmax ], [ %1508, %1495 ]
	%1576 = phi float [ %248, %softmax ], [ %1509, %1495 ]
	%1577 = phi float [ %249, %softmax ], [ %1510, %1495 ]
	%1578 = phi float [ %250, %softmax ], [ %1511, %1495 ]
	%1579 = phi float [ %251, %softmax ], [ %1512, %1495 ]
	%1580 = phi float [ %252, %softmax ], [ %1513, %1495 ]
	%1581 = phi float [ %253, %softmax ], [ %1514, %1495 ]
	%1582 = phi float [ %254, %softmax ], [ %1515, %1495 ]
	%1583 = phi float [ %255, %softmax ], [ %1516, %1495 ]
	%1584 = phi float [ %256, %softmax ], [ %1517, %1495 ]
	%1585 = phi float [ %257, %softmax ], [ %1518, %1495 ]
	%1586 = phi float [ %258, %softmax ], [ %1519, %1495 ]
	%1587 = phi float [ %259, %softmax ], [ %1520, %1495 ]
	%1588 = phi float [ %260, %softmax ], [ %1521, %1495 ]
	%1589 = phi float [ %261, %softmax ], [ %1522, %1495 ]
	%1590 = phi float [ %262, %softmax ], [ %1523, %1495 ]
	%1591 = phi float [ %263, %softmax ], [ %1524, %1495 ]
	%1592 = phi float [ %264, %softmax ], [ %1525, %1495 ]
	%1593 = phi float [ %265, %softmax ], [ %1526, %1495 ]
	%1594 = phi float [ %266, %softmax ], [ %1527, %1495 ]
	%1595 = phi float [ %267, %softmax ], [ %1528, %1495 ]
	%1596 = phi float [ %268, %softmax ], [ %1529, %1495 ]
	%1597 = phi float [ %269, %softmax ], [ %1530, %1495 ]
	%1598 = phi float [ %270, %softmax ], [ %1531, %1495 ]
	%1599 = phi float [ %271, %softmax ], [ %1532, %1495 ]
	%1600 = phi float [ %272, %softmax ], [ %1533, %1495 ]
	%1601 = phi float [ %273, %softmax ], [ %1534, %1495 ]
	%1602 = phi float [ %274, %softmax ], [ %1535, %1495 ]
	%1603 = phi float [ %275, %softmax ], [ %1536, %1495 ]
	%1604 = phi float [ %276, %softmax ], [ %1537, %1495 ]
	%1605 = phi float [ %277, %softmax ], [ %1538, %1495 ]
	%1606 = phi float [ %278, %softmax ], [ %1539, %1495 ]
	%1607 = phi float [ %279, %softmax ], [ %1540, %1495 ]
	%1608 = phi float [ %280, %softmax ], [ %1541, %1495 ]
	%1609 = phi float [ %281, %softmax ], [ %1542, %1495 ]
	%1610 = phi float [ %282, %softmax ], [ %1543, %1495 ]
	%1611 = phi float [ %283, %softmax ], [ %1544, %1495 ]
	%1612 = phi float [ %284, %softmax ], [ %1545, %1495 ]
	%1613 = phi float [ %285, %softmax ], [ %1546, %1495 ]
	%1614 = phi float [ %286, %softmax ], [ %1547, %1495 ]
	%1615 = phi float [ %287, %softmax ], [ %1548, %1495 ]
	%1616 = phi float [ %288, %softmax ], [ %1549, %1495 ]
	%1617 = phi float [ %289, %softmax ], [ %1550, %1495 ]
	%1618 = phi float [ %290, %softmax ], [ %1551, %1495 ]
	%1619 = phi float [ %291, %softmax ], [ %1552, %1495 ]
	%1620 = phi float [ %292, %softmax ], [ %1553, %1495 ]
	%1621 = phi float [ %293, %softmax ], [ %1554, %1495 ]
	%1622 = phi float [ %294, %softmax ], [ %1555, %1495 ]
	%1623 = phi float [ %295, %softmax ], [ %1556, %1495 ]
	%1624 = phi float [ %296, %softmax ], [ %1557, %1495 ]
	%1625 = phi float [ %297, %softmax ], [ %1558, %1495 ]
	%1626 = phi float [ %298, %softmax ], [ %1559, %1495 ]
	%1627 = phi float [ %299, %softmax ], [ %1560, %1495 ]
	%1628 = phi float [ %300, %softmax ], [ %1561, %1495 ]
	%1629 = phi float [ %301, %softmax ], [ %1562, %1495 ]
	%1630 = phi float [ %302, %softmax ], [ %1563, %1495 ]
	%1631 = phi float [ %303, %softmax ], [ %1564, %1495 ]
	%1632 = phi float [ %304, %softmax ], [ %1565, %1495 ]
	%1633 = phi float [ %305, %softmax ], [ %1566, %1495 ]
	%1634 = phi float [ %306, %softmax ], [ %1567, %1495 ]
	%1635 = phi float [ %308, %softmax ], [ %1568, %1495 ]
	%1636 = phi float [ %310, %softmax ], [ %1569, %1495 ]
	%1637 = select i1 %1494, float %1466, float %307
	%1638 = fcmp oeq float %1637, 0xFFF0000000000000
	%1639 = select i1 %1638, float 0.0, float %1637
	%1640 = fneg float %1639
	%1641 = call float @llvm.fma.f32(float %1414, float 0x3FC0527DC0000000, float %1640)
	%1642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1641)
	%1643 = call float @llvm.fma.f32(float %1415, float 0x3FC0527DC0000000, float %1640)
	%1644 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1643)
	%1645 = call float @llvm.fma.f32(float %1418, float 0x3FC0527DC0000000, float %1640)
	%1646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1645)
	%1647 = call float @llvm.fma.f32(float %1419, float 0x3FC0527DC0000000, float %1640)
	%1648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1647)
	%1649 = call float @llvm.fma.f32(float %1422, float 0x3FC0527DC0000000, float %1640)
	%1650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1649)
	%1651 = call float @llvm.fma.f32(float %1423, float 0x3FC0527DC0000000, float %1640)
	%1652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1651)
	%1653 = call float @llvm.fma.f32(float %1426, float 0x3FC0527DC0000000, float %1640)
	%1654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1653)
	%1655 = call float @llvm.fma.f32(float %1427, float 0x3FC0527DC0000000, float %1640)
	%1656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1655)
	%1657 = call float @llvm.fma.f32(float %1430, float 0x3FC0527DC0000000, float %1640)
	%1658 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1657)
	%1659 = call float @llvm.fma.f32(float %1431, float 0x3FC0527DC0000000, float %1640)
	%1660 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1659)
	%1661 = call float @llvm.fma.f32(float %1434, float 0x3FC0527DC0000000, float %1640)
	%1662 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1661)
	%1663 = call float @llvm.fma.f32(float %1435, float 0x3FC0527DC0000000, float %1640)
	%1664 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1663)
	%1665 = call float @llvm.fma.f32(float %1438, float 0x3FC0527DC0000000, float %1640)
	%1666 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1665)
	%1667 = call float @llvm.fma.f32(float %1439, float 0x3FC0527DC0000000, float %1640)
	%1668 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1667)
	%1669 = call float @llvm.fma.f32(float %1442, float 0x3FC0527DC0000000, float %1640)
	%1670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1669)
	%1671 = call float @llvm.fma.f32(float %1443, float 0x3FC0527DC0000000, float %1640)
	%1672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1671)
	%1673 = fadd float %1642, %1644
	%1674 = fadd float %1646, %1648
	%1675 = fadd float %1650, %1652
	%1676 = fadd float %1654, %1656
	%1677 = fadd float %1658, %1660
	%1678 = fadd float %1662, %1664
	%1679 = fadd float %1666, %1668
	%1680 = fadd float %1670, %1672
	%1681 = fadd float %1673, %1674
	%1682 = fadd float %1675, %1676
	%1683 = fadd float %1677, %1678
	%1684 = fadd float %1679, %1680
	%1685 = fadd float %1681, %1682
	%1686 = fadd float %1683, %1684
	%1687 = fadd float %1685, %1686
	%1688 = fadd float %1635, %1687
	%1689 = select i1 %1494, float %1490, float %309
	%1690 = fcmp oeq float %1689, 0xFFF0000000000000
	%1691 = select i1 %1690, float 0.0, float %1689
	%1692 = fneg float %1691
	%1693 = call float @llvm.fma.f32(float %1416, float 0x3FC0527DC0000000, float %1692)
	%1694 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1693)
	%1695 = call float @llvm.fma.f32(float %1417, float 0x3FC0527DC0000000, float %1692)
	%1696 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1695)
	%1697 = call float @llvm.fma.f32(float %1420, float 0x3FC0527DC0000000, float %1692)
	%1698 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1697)
	%1699 = call float @llvm.fma.f32(float %1421, float 0x3FC0527DC0000000, float %1692)
	%1700 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1699)
	%1701 = call float @llvm.fma.f32(float %1424, float 0x3FC0527DC0000000, float %1692)
	%1702 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1701)
	%1703 = call float @llvm.fma.f32(float %1425, float 0x3FC0527DC0000000, float %1692)
	%1704 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1703)
	%1705 = call float @llvm.fma.f32(float %1428, float 0x3FC0527DC0000000, float %1692)
	%1706 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1705)
	%1707 = call float @llvm.fma.f32(float %1429, float 0x3FC0527DC0000000, float %1692)
	%1708 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1707)
	%1709 = call float @llvm.fma.f32(float %1432, float 0x3FC0527DC0000000, float %1692)
	%1710 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1709)
	%1711 = call float @llvm.fma.f32(float %1433, float 0x3FC0527DC0000000, float %1692)
	%1712 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1711)
	%1713 = call float @llvm.fma.f32(float %1436, float 0x3FC0527DC0000000, float %1692)
	%1714 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1713)
	%1715 = call float @llvm.fma.f32(float %1437, float 0x3FC0527DC0000000, float %1692)
	%1716 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1715)
	%1717 = call float @llvm.fma.f32(float %1440, float 0x3FC0527DC0000000, float %1692)
	%1718 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1717)
	%1719 = call float @llvm.fma.f32(float %1441, float 0x3FC0527DC0000000, float %1692)
	%1720 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1719)
	%1721 = call float @llvm.fma.f32(float %1444, float 0x3FC0527DC0000000, float %1692)
	%1722 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1721)
	%1723 = call float @llvm.fma.f32(float %1445, float 0x3FC0527DC0000000, float %1692)
	%1724 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1723)
	%1725 = fadd float %1694, %1696
	%1726 = fadd float %1698, %1700
	%1727 = fadd float %1702, %1704
	%1728 = fadd float %1706, %1708
	%1729 = fadd float %1710, %1712
	%1730 = fadd float %1714, %1716
	%1731 = fadd float %1718, %1720
	%1732 = fadd float %1722, %1724
	%1733 = fadd float %1725, %1726
	%1734 = fadd float %1727, %1728
	%1735 = fadd float %1729, %1730
	%1736 = fadd float %1731, %1732
	%1737 = fadd float %1733, %1734
	%1738 = fadd float %1735, %1736
	%1739 = fadd float %1737, %1738
	%1740 = fadd float %1636, %1739
	%1741 = add i32 %241, 1
	%1742 = icmp slt i32 %1741, %NK
	%1743 = select i1 %1742, i32 %1741, i32 0
	%1744 = add i32 %41, %1743
	%1745 = sext i32 %1744 to i64
	%1746 = getelementptr i32, i32* %list, i64 %1745
	%1747 = load i32, i32* %1746
	%1748 = select i1 %1742, i32 %1747, i32 -1
	%1749 = icmp sge i32 %1748, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1749, label %prefetch, label %pv

prefetch:
	%1750 = mul i32 %1748, 64
	%1751 = lshr i32 %2, 4
	%1752 = and i32 %2, 15
	%1753 = and i32 %1751, 7
	%1754 = xor i32 %1752, %1753
	%1755 = mul i32 %1751, 16
	%1756 = add i32 %1755, %1754
	%1757 = shl i32 %1756, 4
	%1758 = add i32 %0, %1757
	%1759 = add i32 %1750, %1751
	%1760 = mul i32 %1759, 128
	%1761 = mul i32 %1752, 8
	%1762 = add i32 %1760, %1761
	%1763 = sext i32 %1762 to i64
	%1764 = getelementptr i16, i16* %32, i64 %1763
	%1765 = add i32 %1759, 0
	%1766 = icmp slt i32 %1765, %N
	%1767 = getelementptr i16, i16* %1764, i64 0
	%1768 = select i1 %1766, i16* %1767, i16* %32
	%1769 = add i32 %1758, 0
	%1770 = select i1 %1766, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1769, i16* %1768, i32 %1770)
	%1771 = add i32 %1759, 8
	%1772 = icmp slt i32 %1771, %N
	%1773 = getelementptr i16, i16* %1764, i64 1024
	%1774 = select i1 %1772, i16* %1773, i16* %32
	%1775 = add i32 %1758, 2048
	%1776 = select i1 %1772, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1775, i16* %1774, i32 %1776)
	%1777 = add i32 %1759, 16
	%1778 = icmp slt i32 %1777, %N
	%1779 = getelementptr i16, i16* %1764, i64 2048
	%1780 = select i1 %1778, i16* %1779, i16* %32
	%1781 = add i32 %1758, u0x1000
	%1782 = select i1 %1778, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1781, i16* %1780, i32 %1782)
	%1783 = add i32 %1759, 24
	%1784 = icmp slt i32 %1783, %N
	%1785 = getelementptr i16, i16* %1764, i64 3072
	%1786 = select i1 %1784, i16* %1785, i16* %32
	%1787 = add i32 %1758, 6144
	%1788 = select i1 %1784, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1787, i16* %1786, i32 %1788)
	%1789 = add i32 %1759, 32
	%1790 = icmp slt i32 %1789, %N
	%1791 = getelementptr i16, i16* %1764, i64 u0x1000
	%1792 = select i1 %1790, i16* %1791, i16* %32
	%1793 = add i32 %1758, u0x2000
	%1794 = select i1 %1790, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1793, i16* %1792, i32 %1794)
	%1795 = add i32 %1759, 40
	%1796 = icmp slt i32 %1795, %N
	%1797 = getelementptr i16, i16* %1764, i64 5120
	%1798 = select i1 %1796, i16* %1797, i16* %32
	%1799 = add i32 %1758, 10240
	%1800 = select i1 %1796, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1799, i16* %1798, i32 %1800)
	%1801 = add i32 %1759, 48
	%1802 = icmp slt i32 %1801, %N
	%1803 = getelementptr i16, i16* %1764, i64 6144
	%1804 = select i1 %1802, i16* %1803, i16* %32
	%1805 = add i32 %1758, 12288
	%1806 = select i1 %1802, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1805, i16* %1804, i32 %1806)
	%1807 = add i32 %1759, 56
	%1808 = icmp slt i32 %1807, %N
	%1809 = getelementptr i16, i16* %1764, i64 7168
	%1810 = select i1 %1808, i16* %1809, i16* %32
	%1811 = add i32 %1758, 14336
	%1812 = select i1 %1808, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1811, i16* %1810, i32 %1812)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1813 = and i32 %4, 7
	%1814 = lshr i32 %4, 3
	%1815 = and i32 %1814, 1
	%1816 = shl i32 %1815, 3
	%1817 = add i32 %1813, %1816
	%1818 = mul i32 %1817, 256
	%1819 = add i32 %1, %1818
	%1820 = and i32 %4, 7
	%1821 = xor i32 %120, %1820
	%1822 = shl i32 %1821, 4
	%1823 = add i32 %1819, %1822
	%1824 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1644, float %1642)
	%1825 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1696, float %1694)
	%1826 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1648, float %1646)
	%1827 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1700, float %1698)
	%1828 = xor i32 %1823, 0
	%1829 = add i32 %1828, 0
	%1830 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1829)
	%1831 = extractvalue { i32, i32, i32, i32 } %1830, 0
	%1832 = extractvalue { i32, i32, i32, i32 } %1830, 1
	%1833 = extractvalue { i32, i32, i32, i32 } %1830, 2
	%1834 = extractvalue { i32, i32, i32, i32 } %1830, 3
	%1835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1831, i32 %1832, float %1571, float %1572, float %1573, float %1574)
	%1836 = extractvalue { float, float, float, float } %1835, 0
	%1837 = extractvalue { float, float, float, float } %1835, 1
	%1838 = extractvalue { float, float, float, float } %1835, 2
	%1839 = extractvalue { float, float, float, float } %1835, 3
	%1840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1833, i32 %1834, float %1575, float %1576, float %1577, float %1578)
	%1841 = extractvalue { float, float, float, float } %1840, 0
	%1842 = extractvalue { float, float, float, float } %1840, 1
	%1843 = extractvalue { float, float, float, float } %1840, 2
	%1844 = extractvalue { float, float, float, float } %1840, 3
	%1845 = xor i32 %1823, 32
	%1846 = add i32 %1845, 0
	%1847 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1846)
	%1848 = extractvalue { i32, i32, i32, i32 } %1847, 0
	%1849 = extractvalue { i32, i32, i32, i32 } %1847, 1
	%1850 = extractvalue { i32, i32, i32, i32 } %1847, 2
	%1851 = extractvalue { i32, i32, i32, i32 } %1847, 3
	%1852 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1848, i32 %1849, float %1579, float %1580, float %1581, float %1582)
	%1853 = extractvalue { float, float, float, float } %1852, 0
	%1854 = extractvalue { float, float, float, float } %1852, 1
	%1855 = extractvalue { float, float, float, float } %1852, 2
	%1856 = extractvalue { float, float, float, float } %1852, 3
	%1857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1850, i32 %1851, float %1583, float %1584, float %1585, float %1586)
	%1858 = extractvalue { float, float, float, float } %1857, 0
	%1859 = extractvalue { float, float, float, float } %1857, 1
	%1860 = extractvalue { float, float, float, float } %1857, 2
	%1861 = extractvalue { float, float, float, float } %1857, 3
	%1862 = xor i32 %1823, 64
	%1863 = add i32 %1862, 0
	%1864 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1863)
	%1865 = extractvalue { i32, i32, i32, i32 } %1864, 0
	%1866 = extractvalue { i32, i32, i32, i32 } %1864, 1
	%1867 = extractvalue { i32, i32, i32, i32 } %1864, 2
	%1868 = extractvalue { i32, i32, i32, i32 } %1864, 3
	%1869 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1865, i32 %1866, float %1587, float %1588, float %1589, float %1590)
	%1870 = extractvalue { float, float, float, float } %1869, 0
	%1871 = extractvalue { float, float, float, float } %1869, 1
	%1872 = extractvalue { float, float, float, float } %1869, 2
	%1873 = extractvalue { float, float, float, float } %1869, 3
	%1874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1867, i32 %1868, float %1591, float %1592, float %1593, float %1594)
	%1875 = extractvalue { float, float, float, float } %1874, 0
	%1876 = extractvalue { float, float, float, float } %1874, 1
	%1877 = extractvalue { float, float, float, float } %1874, 2
	%1878 = extractvalue { float, float, float, float } %1874, 3
	%1879 = xor i32 %1823, 96
	%1880 = add i32 %1879, 0
	%1881 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1880)
	%1882 = extractvalue { i32, i32, i32, i32 } %1881, 0
	%1883 = extractvalue { i32, i32, i32, i32 } %1881, 1
	%1884 = extractvalue { i32, i32, i32, i32 } %1881, 2
	%1885 = extractvalue { i32, i32, i32, i32 } %1881, 3
	%1886 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1882, i32 %1883, float %1595, float %1596, float %1597, float %1598)
	%1887 = extractvalue { float, float, float, float } %1886, 0
	%1888 = extractvalue { float, float, float, float } %1886, 1
	%1889 = extractvalue { float, float, float, float } %1886, 2
	%1890 = extractvalue { float, float, float, float } %1886, 3
	%1891 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1884, i32 %1885, float %1599, float %1600, float %1601, float %1602)
	%1892 = extractvalue { float, float, float, float } %1891, 0
	%1893 = extractvalue { float, float, float, float } %1891, 1
	%1894 = extractvalue { float, float, float, float } %1891, 2
	%1895 = extractvalue { float, float, float, float } %1891, 3
	%1896 = xor i32 %1823, 128
	%1897 = add i32 %1896, 0
	%1898 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1897)
	%1899 = extractvalue { i32, i32, i32, i32 } %1898, 0
	%1900 = extractvalue { i32, i32, i32, i32 } %1898, 1
	%1901 = extractvalue { i32, i32, i32, i32 } %1898, 2
	%1902 = extractvalue { i32, i32, i32, i32 } %1898, 3
	%1903 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1899, i32 %1900, float %1603, float %1604, float %1605, float %1606)
	%1904 = extractvalue { float, float, float, float } %1903, 0
	%1905 = extractvalue { float, float, float, float } %1903, 1
	%1906 = extractvalue { float, float, float, float } %1903, 2
	%1907 = extractvalue { float, float, float, float } %1903, 3
	%1908 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1901, i32 %1902, float %1607, float %1608, float %1609, float %1610)
	%1909 = extractvalue { float, float, float, float } %1908, 0
	%1910 = extractvalue { float, float, float, float } %1908, 1
	%1911 = extractvalue { float, float, float, float } %1908, 2
	%1912 = extractvalue { float, float, float, float } %1908, 3
	%1913 = xor i32 %1823, 160
	%1914 = add i32 %1913, 0
	%1915 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1914)
	%1916 = extractvalue { i32, i32, i32, i32 } %1915, 0
	%1917 = extractvalue { i32, i32, i32, i32 } %1915, 1
	%1918 = extractvalue { i32, i32, i32, i32 } %1915, 2
	%1919 = extractvalue { i32, i32, i32, i32 } %1915, 3
	%1920 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1916, i32 %1917, float %1611, float %1612, float %1613, float %1614)
	%1921 = extractvalue { float, float, float, float } %1920, 0
	%1922 = extractvalue { float, float, float, float } %1920, 1
	%1923 = extractvalue { float, float, float, float } %1920, 2
	%1924 = extractvalue { float, float, float, float } %1920, 3
	%1925 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1918, i32 %1919, float %1615, float %1616, float %1617, float %1618)
	%1926 = extractvalue { float, float, float, float } %1925, 0
	%1927 = extractvalue { float, float, float, float } %1925, 1
	%1928 = extractvalue { float, float, float, float } %1925, 2
	%1929 = extractvalue { float, float, float, float } %1925, 3
	%1930 = xor i32 %1823, 192
	%1931 = add i32 %1930, 0
	%1932 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1931)
	%1933 = extractvalue { i32, i32, i32, i32 } %1932, 0
	%1934 = extractvalue { i32, i32, i32, i32 } %1932, 1
	%1935 = extractvalue { i32, i32, i32, i32 } %1932, 2
	%1936 = extractvalue { i32, i32, i32, i32 } %1932, 3
	%1937 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1933, i32 %1934, float %1619, float %1620, float %1621, float %1622)
	%1938 = extractvalue { float, float, float, float } %1937, 0
	%1939 = extractvalue { float, float, float, float } %1937, 1
	%1940 = extractvalue { float, float, float, float } %1937, 2
	%1941 = extractvalue { float, float, float, float } %1937, 3
	%1942 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1935, i32 %1936, float %1623, float %1624, float %1625, float %1626)
	%1943 = extractvalue { float, float, float, float } %1942, 0
	%1944 = extractvalue { float, float, float, float } %1942, 1
	%1945 = extractvalue { float, float, float, float } %1942, 2
	%1946 = extractvalue { float, float, float, float } %1942, 3
	%1947 = xor i32 %1823, 224
	%1948 = add i32 %1947, 0
	%1949 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1948)
	%1950 = extractvalue { i32, i32, i32, i32 } %1949, 0
	%1951 = extractvalue { i32, i32, i32, i32 } %1949, 1
	%1952 = extractvalue { i32, i32, i32, i32 } %1949, 2
	%1953 = extractvalue { i32, i32, i32, i32 } %1949, 3
	%1954 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1950, i32 %1951, float %1627, float %1628, float %1629, float %1630)
	%1955 = extractvalue { float, float, float, float } %1954, 0
	%1956 = extractvalue { float, float, float, float } %1954, 1
	%1957 = extractvalue { float, float, float, float } %1954, 2
	%1958 = extractvalue { float, float, float, float } %1954, 3
	%1959 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1824, i32 %1825, i32 %1826, i32 %1827, i32 %1952, i32 %1953, float %1631, float %1632, float %1633, float %1634)
	%1960 = extractvalue { float, float, float, float } %1959, 0
	%1961 = extractvalue { float, float, float, float } %1959, 1
	%1962 = extractvalue { float, float, float, float } %1959, 2
	%1963 = extractvalue { float, float, float, float } %1959, 3
	%1964 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1652, float %1650)
	%1965 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1704, float %1702)
	%1966 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1656, float %1654)
	%1967 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1708, float %1706)
	%1968 = xor i32 %1823, 0
	%1969 = add i32 %1968, u0x1000
	%1970 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1969)
	%1971 = extractvalue { i32, i32, i32, i32 } %1970, 0
	%1972 = extractvalue { i32, i32, i32, i32 } %1970, 1
	%1973 = extractvalue { i32, i32, i32, i32 } %1970, 2
	%1974 = extractvalue { i32, i32, i32, i32 } %1970, 3
	%1975 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %1971, i32 %1972, float %1836, float %1837, float %1838, float %1839)
	%1976 = extractvalue { float, float, float, float } %1975, 0
	%1977 = extractvalue { float, float, float, float } %1975, 1
	%1978 = extractvalue { float, float, float, float } %1975, 2
	%1979 = extractvalue { float, float, float, float } %1975, 3
	%1980 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %1973, i32 %1974, float %1841, float %1842, float %1843, float %1844)
	%1981 = extractvalue { float, float, float, float } %1980, 0
	%1982 = extractvalue { float, float, float, float } %1980, 1
	%1983 = extractvalue { float, float, float, float } %1980, 2
	%1984 = extractvalue { float, float, float, float } %1980, 3
	%1985 = xor i32 %1823, 32
	%1986 = add i32 %1985, u0x1000
	%1987 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1986)
	%1988 = extractvalue { i32, i32, i32, i32 } %1987, 0
	%1989 = extractvalue { i32, i32, i32, i32 } %1987, 1
	%1990 = extractvalue { i32, i32, i32, i32 } %1987, 2
	%1991 = extractvalue { i32, i32, i32, i32 } %1987, 3
	%1992 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %1988, i32 %1989, float %1853, float %1854, float %1855, float %1856)
	%1993 = extractvalue { float, float, float, float } %1992, 0
	%1994 = extractvalue { float, float, float, float } %1992, 1
	%1995 = extractvalue { float, float, float, float } %1992, 2
	%1996 = extractvalue { float, float, float, float } %1992, 3
	%1997 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %1990, i32 %1991, float %1858, float %1859, float %1860, float %1861)
	%1998 = extractvalue { float, float, float, float } %1997, 0
	%1999 = extractvalue { float, float, float, float } %1997, 1
	%2000 = extractvalue { float, float, float, float } %1997, 2
	%2001 = extractvalue { float, float, float, float } %1997, 3
	%2002 = xor i32 %1823, 64
	%2003 = add i32 %2002, u0x1000
	%2004 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2003)
	%2005 = extractvalue { i32, i32, i32, i32 } %2004, 0
	%2006 = extractvalue { i32, i32, i32, i32 } %2004, 1
	%2007 = extractvalue { i32, i32, i32, i32 } %2004, 2
	%2008 = extractvalue { i32, i32, i32, i32 } %2004, 3
	%2009 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2005, i32 %2006, float %1870, float %1871, float %1872, float %1873)
	%2010 = extractvalue { float, float, float, float } %2009, 0
	%2011 = extractvalue { float, float, float, float } %2009, 1
	%2012 = extractvalue { float, float, float, float } %2009, 2
	%2013 = extractvalue { float, float, float, float } %2009, 3
	%2014 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2007, i32 %2008, float %1875, float %1876, float %1877, float %1878)
	%2015 = extractvalue { float, float, float, float } %2014, 0
	%2016 = extractvalue { float, float, float, float } %2014, 1
	%2017 = extractvalue { float, float, float, float } %2014, 2
	%2018 = extractvalue { float, float, float, float } %2014, 3
	%2019 = xor i32 %1823, 96
	%2020 = add i32 %2019, u0x1000
	%2021 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2020)
	%2022 = extractvalue { i32, i32, i32, i32 } %2021, 0
	%2023 = extractvalue { i32, i32, i32, i32 } %2021, 1
	%2024 = extractvalue { i32, i32, i32, i32 } %2021, 2
	%2025 = extractvalue { i32, i32, i32, i32 } %2021, 3
	%2026 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2022, i32 %2023, float %1887, float %1888, float %1889, float %1890)
	%2027 = extractvalue { float, float, float, float } %2026, 0
	%2028 = extractvalue { float, float, float, float } %2026, 1
	%2029 = extractvalue { float, float, float, float } %2026, 2
	%2030 = extractvalue { float, float, float, float } %2026, 3
	%2031 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2024, i32 %2025, float %1892, float %1893, float %1894, float %1895)
	%2032 = extractvalue { float, float, float, float } %2031, 0
	%2033 = extractvalue { float, float, float, float } %2031, 1
	%2034 = extractvalue { float, float, float, float } %2031, 2
	%2035 = extractvalue { float, float, float, float } %2031, 3
	%2036 = xor i32 %1823, 128
	%2037 = add i32 %2036, u0x1000
	%2038 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2037)
	%2039 = extractvalue { i32, i32, i32, i32 } %2038, 0
	%2040 = extractvalue { i32, i32, i32, i32 } %2038, 1
	%2041 = extractvalue { i32, i32, i32, i32 } %2038, 2
	%2042 = extractvalue { i32, i32, i32, i32 } %2038, 3
	%2043 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2039, i32 %2040, float %1904, float %1905, float %1906, float %1907)
	%2044 = extractvalue { float, float, float, float } %2043, 0
	%2045 = extractvalue { float, float, float, float } %2043, 1
	%2046 = extractvalue { float, float, float, float } %2043, 2
	%2047 = extractvalue { float, float, float, float } %2043, 3
	%2048 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2041, i32 %2042, float %1909, float %1910, float %1911, float %1912)
	%2049 = extractvalue { float, float, float, float } %2048, 0
	%2050 = extractvalue { float, float, float, float } %2048, 1
	%2051 = extractvalue { float, float, float, float } %2048, 2
	%2052 = extractvalue { float, float, float, float } %2048, 3
	%2053 = xor i32 %1823, 160
	%2054 = add i32 %2053, u0x1000
	%2055 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2054)
	%2056 = extractvalue { i32, i32, i32, i32 } %2055, 0
	%2057 = extractvalue { i32, i32, i32, i32 } %2055, 1
	%2058 = extractvalue { i32, i32, i32, i32 } %2055, 2
	%2059 = extractvalue { i32, i32, i32, i32 } %2055, 3
	%2060 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2056, i32 %2057, float %1921, float %1922, float %1923, float %1924)
	%2061 = extractvalue { float, float, float, float } %2060, 0
	%2062 = extractvalue { float, float, float, float } %2060, 1
	%2063 = extractvalue { float, float, float, float } %2060, 2
	%2064 = extractvalue { float, float, float, float } %2060, 3
	%2065 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2058, i32 %2059, float %1926, float %1927, float %1928, float %1929)
	%2066 = extractvalue { float, float, float, float } %2065, 0
	%2067 = extractvalue { float, float, float, float } %2065, 1
	%2068 = extractvalue { float, float, float, float } %2065, 2
	%2069 = extractvalue { float, float, float, float } %2065, 3
	%2070 = xor i32 %1823, 192
	%2071 = add i32 %2070, u0x1000
	%2072 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2071)
	%2073 = extractvalue { i32, i32, i32, i32 } %2072, 0
	%2074 = extractvalue { i32, i32, i32, i32 } %2072, 1
	%2075 = extractvalue { i32, i32, i32, i32 } %2072, 2
	%2076 = extractvalue { i32, i32, i32, i32 } %2072, 3
	%2077 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2073, i32 %2074, float %1938, float %1939, float %1940, float %1941)
	%2078 = extractvalue { float, float, float, float } %2077, 0
	%2079 = extractvalue { float, float, float, float } %2077, 1
	%2080 = extractvalue { float, float, float, float } %2077, 2
	%2081 = extractvalue { float, float, float, float } %2077, 3
	%2082 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2075, i32 %2076, float %1943, float %1944, float %1945, float %1946)
	%2083 = extractvalue { float, float, float, float } %2082, 0
	%2084 = extractvalue { float, float, float, float } %2082, 1
	%2085 = extractvalue { float, float, float, float } %2082, 2
	%2086 = extractvalue { float, float, float, float } %2082, 3
	%2087 = xor i32 %1823, 224
	%2088 = add i32 %2087, u0x1000
	%2089 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2088)
	%2090 = extractvalue { i32, i32, i32, i32 } %2089, 0
	%2091 = extractvalue { i32, i32, i32, i32 } %2089, 1
	%2092 = extractvalue { i32, i32, i32, i32 } %2089, 2
	%2093 = extractvalue { i32, i32, i32, i32 } %2089, 3
	%2094 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2090, i32 %2091, float %1955, float %1956, float %1957, float %1958)
	%2095 = extractvalue { float, float, float, float } %2094, 0
	%2096 = extractvalue { float, float, float, float } %2094, 1
	%2097 = extractvalue { float, float, float, float } %2094, 2
	%2098 = extractvalue { float, float, float, float } %2094, 3
	%2099 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1964, i32 %1965, i32 %1966, i32 %1967, i32 %2092, i32 %2093, float %1960, float %1961, float %1962, float %1963)
	%2100 = extractvalue { float, float, float, float } %2099, 0
	%2101 = extractvalue { float, float, float, float } %2099, 1
	%2102 = extractvalue { float, float, float, float } %2099, 2
	%2103 = extractvalue { float, float, float, float } %2099, 3
	%2104 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1660, float %1658)
	%2105 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1712, float %1710)
	%2106 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1664, float %1662)
	%2107 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1716, float %1714)
	%2108 = xor i32 %1823, 0
	%2109 = add i32 %2108, u0x2000
	%2110 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2109)
	%2111 = extractvalue { i32, i32, i32, i32 } %2110, 0
	%2112 = extractvalue { i32, i32, i32, i32 } %2110, 1
	%2113 = extractvalue { i32, i32, i32, i32 } %2110, 2
	%2114 = extractvalue { i32, i32, i32, i32 } %2110, 3
	%2115 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2111, i32 %2112, float %1976, float %1977, float %1978, float %1979)
	%2116 = extractvalue { float, float, float, float } %2115, 0
	%2117 = extractvalue { float, float, float, float } %2115, 1
	%2118 = extractvalue { float, float, float, float } %2115, 2
	%2119 = extractvalue { float, float, float, float } %2115, 3
	%2120 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2113, i32 %2114, float %1981, float %1982, float %1983, float %1984)
	%2121 = extractvalue { float, float, float, float } %2120, 0
	%2122 = extractvalue { float, float, float, float } %2120, 1
	%2123 = extractvalue { float, float, float, float } %2120, 2
	%2124 = extractvalue { float, float, float, float } %2120, 3
	%2125 = xor i32 %1823, 32
	%2126 = add i32 %2125, u0x2000
	%2127 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2126)
	%2128 = extractvalue { i32, i32, i32, i32 } %2127, 0
	%2129 = extractvalue { i32, i32, i32, i32 } %2127, 1
	%2130 = extractvalue { i32, i32, i32, i32 } %2127, 2
	%2131 = extractvalue { i32, i32, i32, i32 } %2127, 3
	%2132 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2128, i32 %2129, float %1993, float %1994, float %1995, float %1996)
	%2133 = extractvalue { float, float, float, float } %2132, 0
	%2134 = extractvalue { float, float, float, float } %2132, 1
	%2135 = extractvalue { float, float, float, float } %2132, 2
	%2136 = extractvalue { float, float, float, float } %2132, 3
	%2137 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2130, i32 %2131, float %1998, float %1999, float %2000, float %2001)
	%2138 = extractvalue { float, float, float, float } %2137, 0
	%2139 = extractvalue { float, float, float, float } %2137, 1
	%2140 = extractvalue { float, float, float, float } %2137, 2
	%2141 = extractvalue { float, float, float, float } %2137, 3
	%2142 = xor i32 %1823, 64
	%2143 = add i32 %2142, u0x2000
	%2144 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2143)
	%2145 = extractvalue { i32, i32, i32, i32 } %2144, 0
	%2146 = extractvalue { i32, i32, i32, i32 } %2144, 1
	%2147 = extractvalue { i32, i32, i32, i32 } %2144, 2
	%2148 = extractvalue { i32, i32, i32, i32 } %2144, 3
	%2149 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2145, i32 %2146, float %2010, float %2011, float %2012, float %2013)
	%2150 = extractvalue { float, float, float, float } %2149, 0
	%2151 = extractvalue { float, float, float, float } %2149, 1
	%2152 = extractvalue { float, float, float, float } %2149, 2
	%2153 = extractvalue { float, float, float, float } %2149, 3
	%2154 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2147, i32 %2148, float %2015, float %2016, float %2017, float %2018)
	%2155 = extractvalue { float, float, float, float } %2154, 0
	%2156 = extractvalue { float, float, float, float } %2154, 1
	%2157 = extractvalue { float, float, float, float } %2154, 2
	%2158 = extractvalue { float, float, float, float } %2154, 3
	%2159 = xor i32 %1823, 96
	%2160 = add i32 %2159, u0x2000
	%2161 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2160)
	%2162 = extractvalue { i32, i32, i32, i32 } %2161, 0
	%2163 = extractvalue { i32, i32, i32, i32 } %2161, 1
	%2164 = extractvalue { i32, i32, i32, i32 } %2161, 2
	%2165 = extractvalue { i32, i32, i32, i32 } %2161, 3
	%2166 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2162, i32 %2163, float %2027, float %2028, float %2029, float %2030)
	%2167 = extractvalue { float, float, float, float } %2166, 0
	%2168 = extractvalue { float, float, float, float } %2166, 1
	%2169 = extractvalue { float, float, float, float } %2166, 2
	%2170 = extractvalue { float, float, float, float } %2166, 3
	%2171 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2164, i32 %2165, float %2032, float %2033, float %2034, float %2035)
	%2172 = extractvalue { float, float, float, float } %2171, 0
	%2173 = extractvalue { float, float, float, float } %2171, 1
	%2174 = extractvalue { float, float, float, float } %2171, 2
	%2175 = extractvalue { float, float, float, float } %2171, 3
	%2176 = xor i32 %1823, 128
	%2177 = add i32 %2176, u0x2000
	%2178 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2177)
	%2179 = extractvalue { i32, i32, i32, i32 } %2178, 0
	%2180 = extractvalue { i32, i32, i32, i32 } %2178, 1
	%2181 = extractvalue { i32, i32, i32, i32 } %2178, 2
	%2182 = extractvalue { i32, i32, i32, i32 } %2178, 3
	%2183 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2179, i32 %2180, float %2044, float %2045, float %2046, float %2047)
	%2184 = extractvalue { float, float, float, float } %2183, 0
	%2185 = extractvalue { float, float, float, float } %2183, 1
	%2186 = extractvalue { float, float, float, float } %2183, 2
	%2187 = extractvalue { float, float, float, float } %2183, 3
	%2188 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2181, i32 %2182, float %2049, float %2050, float %2051, float %2052)
	%2189 = extractvalue { float, float, float, float } %2188, 0
	%2190 = extractvalue { float, float, float, float } %2188, 1
	%2191 = extractvalue { float, float, float, float } %2188, 2
	%2192 = extractvalue { float, float, float, float } %2188, 3
	%2193 = xor i32 %1823, 160
	%2194 = add i32 %2193, u0x2000
	%2195 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2194)
	%2196 = extractvalue { i32, i32, i32, i32 } %2195, 0
	%2197 = extractvalue { i32, i32, i32, i32 } %2195, 1
	%2198 = extractvalue { i32, i32, i32, i32 } %2195, 2
	%2199 = extractvalue { i32, i32, i32, i32 } %2195, 3
	%2200 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2196, i32 %2197, float %2061, float %2062, float %2063, float %2064)
	%2201 = extractvalue { float, float, float, float } %2200, 0
	%2202 = extractvalue { float, float, float, float } %2200, 1
	%2203 = extractvalue { float, float, float, float } %2200, 2
	%2204 = extractvalue { float, float, float, float } %2200, 3
	%2205 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2198, i32 %2199, float %2066, float %2067, float %2068, float %2069)
	%2206 = extractvalue { float, float, float, float } %2205, 0
	%2207 = extractvalue { float, float, float, float } %2205, 1
	%2208 = extractvalue { float, float, float, float } %2205, 2
	%2209 = extractvalue { float, float, float, float } %2205, 3
	%2210 = xor i32 %1823, 192
	%2211 = add i32 %2210, u0x2000
	%2212 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2211)
	%2213 = extractvalue { i32, i32, i32, i32 } %2212, 0
	%2214 = extractvalue { i32, i32, i32, i32 } %2212, 1
	%2215 = extractvalue { i32, i32, i32, i32 } %2212, 2
	%2216 = extractvalue { i32, i32, i32, i32 } %2212, 3
	%2217 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2213, i32 %2214, float %2078, float %2079, float %2080, float %2081)
	%2218 = extractvalue { float, float, float, float } %2217, 0
	%2219 = extractvalue { float, float, float, float } %2217, 1
	%2220 = extractvalue { float, float, float, float } %2217, 2
	%2221 = extractvalue { float, float, float, float } %2217, 3
	%2222 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2215, i32 %2216, float %2083, float %2084, float %2085, float %2086)
	%2223 = extractvalue { float, float, float, float } %2222, 0
	%2224 = extractvalue { float, float, float, float } %2222, 1
	%2225 = extractvalue { float, float, float, float } %2222, 2
	%2226 = extractvalue { float, float, float, float } %2222, 3
	%2227 = xor i32 %1823, 224
	%2228 = add i32 %2227, u0x2000
	%2229 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2228)
	%2230 = extractvalue { i32, i32, i32, i32 } %2229, 0
	%2231 = extractvalue { i32, i32, i32, i32 } %2229, 1
	%2232 = extractvalue { i32, i32, i32, i32 } %2229, 2
	%2233 = extractvalue { i32, i32, i32, i32 } %2229, 3
	%2234 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2230, i32 %2231, float %2095, float %2096, float %2097, float %2098)
	%2235 = extractvalue { float, float, float, float } %2234, 0
	%2236 = extractvalue { float, float, float, float } %2234, 1
	%2237 = extractvalue { float, float, float, float } %2234, 2
	%2238 = extractvalue { float, float, float, float } %2234, 3
	%2239 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2104, i32 %2105, i32 %2106, i32 %2107, i32 %2232, i32 %2233, float %2100, float %2101, float %2102, float %2103)
	%2240 = extractvalue { float, float, float, float } %2239, 0
	%2241 = extractvalue { float, float, float, float } %2239, 1
	%2242 = extractvalue { float, float, float, float } %2239, 2
	%2243 = extractvalue { float, float, float, float } %2239, 3
	%2244 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1668, float %1666)
	%2245 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1720, float %1718)
	%2246 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1672, float %1670)
	%2247 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1724, float %1722)
	%2248 = xor i32 %1823, 0
	%2249 = add i32 %2248, 12288
	%2250 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2249)
	%2251 = extractvalue { i32, i32, i32, i32 } %2250, 0
	%2252 = extractvalue { i32, i32, i32, i32 } %2250, 1
	%2253 = extractvalue { i32, i32, i32, i32 } %2250, 2
	%2254 = extractvalue { i32, i32, i32, i32 } %2250, 3
	%2255 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2251, i32 %2252, float %2116, float %2117, float %2118, float %2119)
	%2256 = extractvalue { float, float, float, float } %2255, 0
	%2257 = extractvalue { float, float, float, float } %2255, 1
	%2258 = extractvalue { float, float, float, float } %2255, 2
	%2259 = extractvalue { float, float, float, float } %2255, 3
	%2260 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2253, i32 %2254, float %2121, float %2122, float %2123, float %2124)
	%2261 = extractvalue { float, float, float, float } %2260, 0
	%2262 = extractvalue { float, float, float, float } %2260, 1
	%2263 = extractvalue { float, float, float, float } %2260, 2
	%2264 = extractvalue { float, float, float, float } %2260, 3
	%2265 = xor i32 %1823, 32
	%2266 = add i32 %2265, 12288
	%2267 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2266)
	%2268 = extractvalue { i32, i32, i32, i32 } %2267, 0
	%2269 = extractvalue { i32, i32, i32, i32 } %2267, 1
	%2270 = extractvalue { i32, i32, i32, i32 } %2267, 2
	%2271 = extractvalue { i32, i32, i32, i32 } %2267, 3
	%2272 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2268, i32 %2269, float %2133, float %2134, float %2135, float %2136)
	%2273 = extractvalue { float, float, float, float } %2272, 0
	%2274 = extractvalue { float, float, float, float } %2272, 1
	%2275 = extractvalue { float, float, float, float } %2272, 2
	%2276 = extractvalue { float, float, float, float } %2272, 3
	%2277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2270, i32 %2271, float %2138, float %2139, float %2140, float %2141)
	%2278 = extractvalue { float, float, float, float } %2277, 0
	%2279 = extractvalue { float, float, float, float } %2277, 1
	%2280 = extractvalue { float, float, float, float } %2277, 2
	%2281 = extractvalue { float, float, float, float } %2277, 3
	%2282 = xor i32 %1823, 64
	%2283 = add i32 %2282, 12288
	%2284 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2283)
	%2285 = extractvalue { i32, i32, i32, i32 } %2284, 0
	%2286 = extractvalue { i32, i32, i32, i32 } %2284, 1
	%2287 = extractvalue { i32, i32, i32, i32 } %2284, 2
	%2288 = extractvalue { i32, i32, i32, i32 } %2284, 3
	%2289 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2285, i32 %2286, float %2150, float %2151, float %2152, float %2153)
	%2290 = extractvalue { float, float, float, float } %2289, 0
	%2291 = extractvalue { float, float, float, float } %2289, 1
	%2292 = extractvalue { float, float, float, float } %2289, 2
	%2293 = extractvalue { float, float, float, float } %2289, 3
	%2294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2287, i32 %2288, float %2155, float %2156, float %2157, float %2158)
	%2295 = extractvalue { float, float, float, float } %2294, 0
	%2296 = extractvalue { float, float, float, float } %2294, 1
	%2297 = extractvalue { float, float, float, float } %2294, 2
	%2298 = extractvalue { float, float, float, float } %2294, 3
	%2299 = xor i32 %1823, 96
	%2300 = add i32 %2299, 12288
	%2301 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2300)
	%2302 = extractvalue { i32, i32, i32, i32 } %2301, 0
	%2303 = extractvalue { i32, i32, i32, i32 } %2301, 1
	%2304 = extractvalue { i32, i32, i32, i32 } %2301, 2
	%2305 = extractvalue { i32, i32, i32, i32 } %2301, 3
	%2306 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2302, i32 %2303, float %2167, float %2168, float %2169, float %2170)
	%2307 = extractvalue { float, float, float, float } %2306, 0
	%2308 = extractvalue { float, float, float, float } %2306, 1
	%2309 = extractvalue { float, float, float, float } %2306, 2
	%2310 = extractvalue { float, float, float, float } %2306, 3
	%2311 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2304, i32 %2305, float %2172, float %2173, float %2174, float %2175)
	%2312 = extractvalue { float, float, float, float } %2311, 0
	%2313 = extractvalue { float, float, float, float } %2311, 1
	%2314 = extractvalue { float, float, float, float } %2311, 2
	%2315 = extractvalue { float, float, float, float } %2311, 3
	%2316 = xor i32 %1823, 128
	%2317 = add i32 %2316, 12288
	%2318 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2317)
	%2319 = extractvalue { i32, i32, i32, i32 } %2318, 0
	%2320 = extractvalue { i32, i32, i32, i32 } %2318, 1
	%2321 = extractvalue { i32, i32, i32, i32 } %2318, 2
	%2322 = extractvalue { i32, i32, i32, i32 } %2318, 3
	%2323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2319, i32 %2320, float %2184, float %2185, float %2186, float %2187)
	%2324 = extractvalue { float, float, float, float } %2323, 0
	%2325 = extractvalue { float, float, float, float } %2323, 1
	%2326 = extractvalue { float, float, float, float } %2323, 2
	%2327 = extractvalue { float, float, float, float } %2323, 3
	%2328 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2321, i32 %2322, float %2189, float %2190, float %2191, float %2192)
	%2329 = extractvalue { float, float, float, float } %2328, 0
	%2330 = extractvalue { float, float, float, float } %2328, 1
	%2331 = extractvalue { float, float, float, float } %2328, 2
	%2332 = extractvalue { float, float, float, float } %2328, 3
	%2333 = xor i32 %1823, 160
	%2334 = add i32 %2333, 12288
	%2335 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2334)
	%2336 = extractvalue { i32, i32, i32, i32 } %2335, 0
	%2337 = extractvalue { i32, i32, i32, i32 } %2335, 1
	%2338 = extractvalue { i32, i32, i32, i32 } %2335, 2
	%2339 = extractvalue { i32, i32, i32, i32 } %2335, 3
	%2340 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2336, i32 %2337, float %2201, float %2202, float %2203, float %2204)
	%2341 = extractvalue { float, float, float, float } %2340, 0
	%2342 = extractvalue { float, float, float, float } %2340, 1
	%2343 = extractvalue { float, float, float, float } %2340, 2
	%2344 = extractvalue { float, float, float, float } %2340, 3
	%2345 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2338, i32 %2339, float %2206, float %2207, float %2208, float %2209)
	%2346 = extractvalue { float, float, float, float } %2345, 0
	%2347 = extractvalue { float, float, float, float } %2345, 1
	%2348 = extractvalue { float, float, float, float } %2345, 2
	%2349 = extractvalue { float, float, float, float } %2345, 3
	%2350 = xor i32 %1823, 192
	%2351 = add i32 %2350, 12288
	%2352 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2351)
	%2353 = extractvalue { i32, i32, i32, i32 } %2352, 0
	%2354 = extractvalue { i32, i32, i32, i32 } %2352, 1
	%2355 = extractvalue { i32, i32, i32, i32 } %2352, 2
	%2356 = extractvalue { i32, i32, i32, i32 } %2352, 3
	%2357 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2353, i32 %2354, float %2218, float %2219, float %2220, float %2221)
	%2358 = extractvalue { float, float, float, float } %2357, 0
	%2359 = extractvalue { float, float, float, float } %2357, 1
	%2360 = extractvalue { float, float, float, float } %2357, 2
	%2361 = extractvalue { float, float, float, float } %2357, 3
	%2362 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2355, i32 %2356, float %2223, float %2224, float %2225, float %2226)
	%2363 = extractvalue { float, float, float, float } %2362, 0
	%2364 = extractvalue { float, float, float, float } %2362, 1
	%2365 = extractvalue { float, float, float, float } %2362, 2
	%2366 = extractvalue { float, float, float, float } %2362, 3
	%2367 = xor i32 %1823, 224
	%2368 = add i32 %2367, 12288
	%2369 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2368)
	%2370 = extractvalue { i32, i32, i32, i32 } %2369, 0
	%2371 = extractvalue { i32, i32, i32, i32 } %2369, 1
	%2372 = extractvalue { i32, i32, i32, i32 } %2369, 2
	%2373 = extractvalue { i32, i32, i32, i32 } %2369, 3
	%2374 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2370, i32 %2371, float %2235, float %2236, float %2237, float %2238)
	%2375 = extractvalue { float, float, float, float } %2374, 0
	%2376 = extractvalue { float, float, float, float } %2374, 1
	%2377 = extractvalue { float, float, float, float } %2374, 2
	%2378 = extractvalue { float, float, float, float } %2374, 3
	%2379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2244, i32 %2245, i32 %2246, i32 %2247, i32 %2372, i32 %2373, float %2240, float %2241, float %2242, float %2243)
	%2380 = extractvalue { float, float, float, float } %2379, 0
	%2381 = extractvalue { float, float, float, float } %2379, 1
	%2382 = extractvalue { float, float, float, float } %2379, 2
	%2383 = extractvalue { float, float, float, float } %2379, 3
	br i1 %1749, label %loop, label %epilogue

store0:
	%2384 = mul i32 %22, %M
	%2385 = add i32 %2384, %996
	%2386 = mul i32 %2385, 128
	%2387 = shl i32 %6, 1
	%2388 = add i32 0, %2387
	%2389 = add i32 %2386, %2388
	%2390 = sext i32 %2389 to i64
	%2391 = getelementptr i16, i16* %out, i64 %2390
	%2392 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %998, float %997)
	%2393 = bitcast i16* %2391 to i32*
	store i32 %2392, i32* %2393
	%2394 = shl i32 %6, 1
	%2395 = add i32 8, %2394
	%2396 = add i32 %2386, %2395
	%2397 = sext i32 %2396 to i64
	%2398 = getelementptr i16, i16* %out, i64 %2397
	%2399 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1000, float %999)
	%2400 = bitcast i16* %2398 to i32*
	store i32 %2399, i32* %2400
	%2401 = shl i32 %6, 1
	%2402 = add i32 16, %2401
	%2403 = add i32 %2386, %2402
	%2404 = sext i32 %2403 to i64
	%2405 = getelementptr i16, i16* %out, i64 %2404
	%2406 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1002, float %1001)
	%2407 = bitcast i16* %2405 to i32*
	store i32 %2406, i32* %2407
	%2408 = shl i32 %6, 1
	%2409 = add i32 24, %2408
	%2410 = add i32 %2386, %2409
	%2411 = sext i32 %2410 to i64
	%2412 = getelementptr i16, i16* %out, i64 %2411
	%2413 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1004, float %1003)
	%2414 = bitcast i16* %2412 to i32*
	store i32 %2413, i32* %2414
	%2415 = shl i32 %6, 1
	%2416 = add i32 32, %2415
	%2417 = add i32 %2386, %2416
	%2418 = sext i32 %2417 to i64
	%2419 = getelementptr i16, i16* %out, i64 %2418
	%2420 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1005)
	%2421 = bitcast i16* %2419 to i32*
	store i32 %2420, i32* %2421
	%2422 = shl i32 %6, 1
	%2423 = add i32 40, %2422
	%2424 = add i32 %2386, %2423
	%2425 = sext i32 %2424 to i64
	%2426 = getelementptr i16, i16* %out, i64 %2425
	%2427 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1008, float %1007)
	%2428 = bitcast i16* %2426 to i32*
	store i32 %2427, i32* %2428
	%2429 = shl i32 %6, 1
	%2430 = add i32 48, %2429
	%2431 = add i32 %2386, %2430
	%2432 = sext i32 %2431 to i64
	%2433 = getelementptr i16, i16* %out, i64 %2432
	%2434 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1010, float %1009)
	%2435 = bitcast i16* %2433 to i32*
	store i32 %2434, i32* %2435
	%2436 = shl i32 %6, 1
	%2437 = add i32 56, %2436
	%2438 = add i32 %2386, %2437
	%2439 = sext i32 %2438 to i64
	%2440 = getelementptr i16, i16* %out, i64 %2439
	%2441 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1012, float %1011)
	%2442 = bitcast i16* %2440 to i32*
	store i32 %2441, i32* %2442
	%2443 = shl i32 %6, 1
	%2444 = add i32 64, %2443
	%2445 = add i32 %2386, %2444
	%2446 = sext i32 %2445 to i64
	%2447 = getelementptr i16, i16* %out, i64 %2446
	%2448 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1013)
	%2449 = bitcast i16* %2447 to i32*
	store i32 %2448, i32* %2449
	%2450 = shl i32 %6, 1
	%2451 = add i32 72, %2450
	%2452 = add i32 %2386, %2451
	%2453 = sext i32 %2452 to i64
	%2454 = getelementptr i16, i16* %out, i64 %2453
	%2455 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1016, float %1015)
	%2456 = bitcast i16* %2454 to i32*
	store i32 %2455, i32* %2456
	%2457 = shl i32 %6, 1
	%2458 = add i32 80, %2457
	%2459 = add i32 %2386, %2458
	%2460 = sext i32 %2459 to i64
	%2461 = getelementptr i16, i16* %out, i64 %2460
	%2462 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1018, float %1017)
	%2463 = bitcast i16* %2461 to i32*
	store i32 %2462, i32* %2463
	%2464 = shl i32 %6, 1
	%2465 = add i32 88, %2464
	%2466 = add i32 %2386, %2465
	%2467 = sext i32 %2466 to i64
	%2468 = getelementptr i16, i16* %out, i64 %2467
	%2469 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1020, float %1019)
	%2470 = bitcast i16* %2468 to i32*
	store i32 %2469, i32* %2470
	%2471 = shl i32 %6, 1
	%2472 = add i32 96, %2471
	%2473 = add i32 %2386, %2472
	%2474 = sext i32 %2473 to i64
	%2475 = getelementptr i16, i16* %out, i64 %2474
	%2476 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1022, float %1021)
	%2477 = bitcast i16* %2475 to i32*
	store i32 %2476, i32* %2477
	%2478 = shl i32 %6, 1
	%2479 = add i32 104, %2478
	%2480 = add i32 %2386, %2479
	%2481 = sext i32 %2480 to i64
	%2482 = getelementptr i16, i16* %out, i64 %2481
	%2483 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1024, float %1023)
	%2484 = bitcast i16* %2482 to i32*
	store i32 %2483, i32* %2484
	%2485 = shl i32 %6, 1
	%2486 = add i32 112, %2485
	%2487 = add i32 %2386, %2486
	%2488 = sext i32 %2487 to i64
	%2489 = getelementptr i16, i16* %out, i64 %2488
	%2490 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1026, float %1025)
	%2491 = bitcast i16* %2489 to i32*
	store i32 %2490, i32* %2491
	%2492 = shl i32 %6, 1
	%2493 = add i32 120, %2492
	%2494 = add i32 %2386, %2493
	%2495 = sext i32 %2494 to i64
	%2496 = getelementptr i16, i16* %out, i64 %2495
	%2497 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1028, float %1027)
	%2498 = bitcast i16* %2496 to i32*
	store i32 %2497, i32* %2498
	br label %stored0

stored0:
	%2499 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %920, i32 1, i32 31)
	%2500 = fadd float %920, %2499
	%2501 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2500, i32 2, i32 31)
	%2502 = fadd float %2500, %2501
	%2503 = fcmp ogt float %2502, 0.0
	%2504 = fdiv float 1.0, %2502
	%2505 = select i1 %2503, float %2504, float 0.0
	%2506 = mul i32 %3, 16
	%2507 = add i32 %24, %2506
	%2508 = add i32 %5, 8
	%2509 = add i32 %2507, %2508
	%2510 = fmul float %924, %2505
	%2511 = fmul float %925, %2505
	%2512 = fmul float %928, %2505
	%2513 = fmul float %929, %2505
	%2514 = fmul float %932, %2505
	%2515 = fmul float %933, %2505
	%2516 = fmul float %936, %2505
	%2517 = fmul float %937, %2505
	%2518 = fmul float %940, %2505
	%2519 = fmul float %941, %2505
	%2520 = fmul float %944, %2505
	%2521 = fmul float %945, %2505
	%2522 = fmul float %948, %2505
	%2523 = fmul float %949, %2505
	%2524 = fmul float %952, %2505
	%2525 = fmul float %953, %2505
	%2526 = fmul float %956, %2505
	%2527 = fmul float %957, %2505
	%2528 = fmul float %960, %2505
	%2529 = fmul float %961, %2505
	%2530 = fmul float %964, %2505
	%2531 = fmul float %965, %2505
	%2532 = fmul float %968, %2505
	%2533 = fmul float %969, %2505
	%2534 = fmul float %972, %2505
	%2535 = fmul float %973, %2505
	%2536 = fmul float %976, %2505
	%2537 = fmul float %977, %2505
	%2538 = fmul float %980, %2505
	%2539 = fmul float %981, %2505
	%2540 = fmul float %984, %2505
	%2541 = fmul float %985, %2505
	%2542 = icmp slt i32 %2509, %M
	br i1 %2542, label %store1, label %stored1

store1:
	%2543 = mul i32 %22, %M
	%2544 = add i32 %2543, %2509
	%2545 = mul i32 %2544, 128
	%2546 = shl i32 %6, 1
	%2547 = add i32 0, %2546
	%2548 = add i32 %2545, %2547
	%2549 = sext i32 %2548 to i64
	%2550 = getelementptr i16, i16* %out, i64 %2549
	%2551 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2511, float %2510)
	%2552 = bitcast i16* %2550 to i32*
	store i32 %2551, i32* %2552
	%2553 = shl i32 %6, 1
	%2554 = add i32 8, %2553
	%2555 = add i32 %2545, %2554
	%2556 = sext i32 %2555 to i64
	%2557 = getelementptr i16, i16* %out, i64 %2556
	%2558 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2513, float %2512)
	%2559 = bitcast i16* %2557 to i32*
	store i32 %2558, i32* %2559
	%2560 = shl i32 %6, 1
	%2561 = add i32 16, %2560
	%2562 = add i32 %2545, %2561
	%2563 = sext i32 %2562 to i64
	%2564 = getelementptr i16, i16* %out, i64 %2563
	%2565 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2515, float %2514)
	%2566 = bitcast i16* %2564 to i32*
	store i32 %2565, i32* %2566
	%2567 = shl i32 %6, 1
	%2568 = add i32 24, %2567
	%2569 = add i32 %2545, %2568
	%2570 = sext i32 %2569 to i64
	%2571 = getelementptr i16, i16* %out, i64 %2570
	%2572 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2517, float %2516)
	%2573 = bitcast i16* %2571 to i32*
	store i32 %2572, i32* %2573
	%2574 = shl i32 %6, 1
	%2575 = add i32 32, %2574
	%2576 = add i32 %2545, %2575
	%2577 = sext i32 %2576 to i64
	%2578 = getelementptr i16, i16* %out, i64 %2577
	%2579 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2519, float %2518)
	%2580 = bitcast i16* %2578 to i32*
	store i32 %2579, i32* %2580
	%2581 = shl i32 %6, 1
	%2582 = add i32 40, %2581
	%2583 = add i32 %2545, %2582
	%2584 = sext i32 %2583 to i64
	%2585 = getelementptr i16, i16* %out, i64 %2584
	%2586 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2521, float %2520)
	%2587 = bitcast i16* %2585 to i32*
	store i32 %2586, i32* %2587
	%2588 = shl i32 %6, 1
	%2589 = add i32 48, %2588
	%2590 = add i32 %2545, %2589
	%2591 = sext i32 %2590 to i64
	%2592 = getelementptr i16, i16* %out, i64 %2591
	%2593 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2523, float %2522)
	%2594 = bitcast i16* %2592 to i32*
	store i32 %2593, i32* %2594
	%2595 = shl i32 %6, 1
	%2596 = add i32 56, %2595
	%2597 = add i32 %2545, %2596
	%2598 = sext i32 %2597 to i64
	%2599 = getelementptr i16, i16* %out, i64 %2598
	%2600 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2525, float %2524)
	%2601 = bitcast i16* %2599 to i32*
	store i32 %2600, i32* %2601
	%2602 = shl i32 %6, 1
	%2603 = add i32 64, %2602
	%2604 = add i32 %2545, %2603
	%2605 = sext i32 %2604 to i64
	%2606 = getelementptr i16, i16* %out, i64 %2605
	%2607 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2527, float %2526)
	%2608 = bitcast i16* %2606 to i32*
	store i32 %2607, i32* %2608
	%2609 = shl i32 %6, 1
	%2610 = add i32 72, %2609
	%2611 = add i32 %2545, %2610
	%2612 = sext i32 %2611 to i64
	%2613 = getelementptr i16, i16* %out, i64 %2612
	%2614 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2529, float %2528)
	%2615 = bitcast i16* %2613 to i32*
	store i32 %2614, i32* %2615
	%2616 = shl i32 %6, 1
	%2617 = add i32 80, %2616
	%2618 = add i32 %2545, %2617
	%2619 = sext i32 %2618 to i64
	%2620 = getelementptr i16, i16* %out, i64 %2619
	%2621 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2531, float %2530)
	%2622 = bitcast i16* %2620 to i32*
	store i32 %2621, i32* %2622
	%2623 = shl i32 %6, 1
	%2624 = add i32 88, %2623
	%2625 = add i32 %2545, %2624
	%2626 = sext i32 %2625 to i64
	%2627 = getelementptr i16, i16* %out, i64 %2626
	%2628 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2533, float %2532)
	%2629 = bitcast i16* %2627 to i32*
	store i32 %2628, i32* %2629
	%2630 = shl i32 %6, 1
	%2631 = add i32 96, %2630
	%2632 = add i32 %2545, %2631
	%2633 = sext i32 %2632 to i64
	%2634 = getelementptr i16, i16* %out, i64 %2633
	%2635 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2535, float %2534)
	%2636 = bitcast i16* %2634 to i32*
	store i32 %2635, i32* %2636
	%2637 = shl i32 %6, 1
	%2638 = add i32 104, %2637
	%2639 = add i32 %2545, %2638
	%2640 = sext i32 %2639 to i64
	%2641 = getelementptr i16, i16* %out, i64 %2640
	%2642 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2537, float %2536)
	%2643 = bitcast i16* %2641 to i32*
	store i32 %2642, i32* %2643
	%2644 = shl i32 %6, 1
	%2645 = add i32 112, %2644
	%2646 = add i32 %2545, %2645
	%2647 = sext i32 %2646 to i64
	%2648 = getelementptr i16, i16* %out, i64 %2647
	%2649 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2539, float %2538)
	%2650 = bitcast i16* %2648 to i32*
	store i32 %2649, i32* %2650
	%2651 = shl i32 %6, 1
	%2652 = add i32 120, %2651
	%2653 = add i32 %2545, %2652
	%2654 = sext i32 %2653 to i64
	%2655 = getelementptr i16, i16* %out, i64 %2654
	%2656 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2541, float %2540)
	%2657 = bitcast i16* %2655 to i32*
	store i32 %2656, i32* %2657
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @oracle_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @oracle_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @oracle_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @oracle_attn2, !"minctasm", i32 3}
