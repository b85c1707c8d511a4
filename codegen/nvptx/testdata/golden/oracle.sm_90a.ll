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
@oracle_adstats0_smem = internal addrspace(3) global [32768 x i8] undef, align 1024
@oracle_admass0_rows = internal addrspace(3) global [128 x float] undef, align 16
@oracle_attn2_smem = internal addrspace(3) global [49152 x i8] undef, align 1024

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
	%17 = add i32 %T, 127
	%18 = sdiv i32 %17, 128
	%19 = ptrtoint [32768 x i8] addrspace(3)* @oracle_adstats0_smem to i32
	%20 = add i32 %19, u0x4000
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
	%63 = add i32 %62, 127
	%64 = sdiv i32 %63, 128
	br label %65

65:
	%66 = phi i32 [ 0, %entry ], [ %2761, %2760 ]
	%67 = phi float [ 0xFFF0000000000000, %entry ], [ %2373, %2760 ]
	%68 = phi float [ 0xFFF0000000000000, %entry ], [ %2540, %2760 ]
	%69 = phi float [ 0.0, %entry ], [ %2474, %2760 ]
	%70 = phi float [ 0.0, %entry ], [ %2641, %2760 ]
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
	br i1 %87, label %2762, label %2775

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
	%154 = icmp slt i32 %89, 2
	br i1 %154, label %155, label %737

155:
	%156 = sdiv i32 %89, 2
	%157 = srem i32 %89, 2
	%158 = mul i32 %157, 64
	%159 = sub i32 0, %156
	%160 = add i32 %0, 0
	%161 = lshr i32 %160, 3
	%162 = and i32 %160, 7
	%163 = add i32 %3, %161
	%164 = mul i32 %163, 1
	%165 = add i32 %164, %159
	%166 = icmp slt i32 %165, %M
	%167 = select i1 %166, i32 %165, i32 0
	%168 = mul i32 %167, 128
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
	%189 = mul i32 %188, 1
	%190 = add i32 %189, %159
	%191 = icmp slt i32 %190, %M
	%192 = select i1 %191, i32 %190, i32 0
	%193 = mul i32 %192, 128
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
	%214 = mul i32 %213, 1
	%215 = add i32 %214, %159
	%216 = icmp slt i32 %215, %M
	%217 = select i1 %216, i32 %215, i32 0
	%218 = mul i32 %217, 128
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
	%239 = mul i32 %238, 1
	%240 = add i32 %239, %159
	%241 = icmp slt i32 %240, %M
	%242 = select i1 %241, i32 %240, i32 0
	%243 = mul i32 %242, 128
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
	%264 = mul i32 %263, 1
	%265 = add i32 %264, %156
	%266 = icmp slt i32 %265, %N
	%267 = select i1 %266, i32 %265, i32 0
	%268 = mul i32 %267, 128
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
	%289 = mul i32 %288, 1
	%290 = add i32 %289, %156
	%291 = icmp slt i32 %290, %N
	%292 = select i1 %291, i32 %290, i32 0
	%293 = mul i32 %292, 128
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
	%314 = mul i32 %313, 1
	%315 = add i32 %314, %156
	%316 = icmp slt i32 %315, %N
	%317 = select i1 %316, i32 %315, i32 0
	%318 = mul i32 %317, 128
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
	%339 = mul i32 %338, 1
	%340 = add i32 %339, %156
	%341 = icmp slt i32 %340, %N
	%342 = select i1 %341, i32 %340, i32 0
	%343 = mul i32 %342, 128
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
	%373 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, float %137, float %138, float %139, float %140, float %141, float %142, float %143, float %144, float %145, float %146, float %147, float %148, float %149, float %150, float %151, float %152, float %153, i64 %366, i64 %372, i32 1)
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
	%451 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, float %423, float %424, float %425, float %426, float %427, float %428, float %429, float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, i64 %444, i64 %450, i32 1)
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
	%529 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, float %501, float %502, float %503, float %504, float %505, float %506, float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, i64 %522, i64 %528, i32 1)
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
	%607 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, float %579, float %580, float %581, float %582, float %583, float %584, float %585, float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, i64 %600, i64 %606, i32 1)
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
	%748 = mul i32 %741, 1
	%749 = add i32 %748, 0
	%750 = sub i32 %N, %M
	%751 = add i32 %749, %750
	%752 = icmp slt i32 %751, 0
	%753 = sub i32 0, %751
	%754 = add i32 %753, 0
	%755 = sdiv i32 %754, 1
	%756 = sub i32 0, %755
	%757 = sdiv i32 %751, 1
	%758 = select i1 %752, i32 %756, i32 %757
	%759 = icmp sle i32 %744, %758
	%760 = and i1 %747, %759
	%761 = fmul float %90, 0x3FC0527DC0000000
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
	%773 = mul i32 %766, 1
	%774 = add i32 %773, 0
	%775 = sub i32 %N, %M
	%776 = add i32 %774, %775
	%777 = icmp slt i32 %776, 0
	%778 = sub i32 0, %776
	%779 = add i32 %778, 0
	%780 = sdiv i32 %779, 1
	%781 = sub i32 0, %780
	%782 = sdiv i32 %776, 1
	%783 = select i1 %777, i32 %781, i32 %782
	%784 = icmp sle i32 %769, %783
	%785 = and i1 %772, %784
	%786 = fmul float %91, 0x3FC0527DC0000000
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
	%798 = mul i32 %791, 1
	%799 = add i32 %798, 0
	%800 = sub i32 %N, %M
	%801 = add i32 %799, %800
	%802 = icmp slt i32 %801, 0
	%803 = sub i32 0, %801
	%804 = add i32 %803, 0
	%805 = sdiv i32 %804, 1
	%806 = sub i32 0, %805
	%807 = sdiv i32 %801, 1
	%808 = select i1 %802, i32 %806, i32 %807
	%809 = icmp sle i32 %794, %808
	%810 = and i1 %797, %809
	%811 = fmul float %92, 0x3FC0527DC0000000
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
	%823 = mul i32 %816, 1
	%824 = add i32 %823, 0
	%825 = sub i32 %N, %M
	%826 = add i32 %824, %825
	%827 = icmp slt i32 %826, 0
	%828 = sub i32 0, %826
	%829 = add i32 %828, 0
	%830 = sdiv i32 %829, 1
	%831 = sub i32 0, %830
	%832 = sdiv i32 %826, 1
	%833 = select i1 %827, i32 %831, i32 %832
	%834 = icmp sle i32 %819, %833
	%835 = and i1 %822, %834
	%836 = fmul float %93, 0x3FC0527DC0000000
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
	%848 = mul i32 %841, 1
	%849 = add i32 %848, 0
	%850 = sub i32 %N, %M
	%851 = add i32 %849, %850
	%852 = icmp slt i32 %851, 0
	%853 = sub i32 0, %851
	%854 = add i32 %853, 0
	%855 = sdiv i32 %854, 1
	%856 = sub i32 0, %855
	%857 = sdiv i32 %851, 1
	%858 = select i1 %852, i32 %856, i32 %857
	%859 = icmp sle i32 %844, %858
	%860 = and i1 %847, %859
	%861 = fmul float %94, 0x3FC0527DC0000000
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
	%873 = mul i32 %866, 1
	%874 = add i32 %873, 0
	%875 = sub i32 %N, %M
	%876 = add i32 %874, %875
	%877 = icmp slt i32 %876, 0
	%878 = sub i32 0, %876
	%879 = add i32 %878, 0
	%880 = sdiv i32 %879, 1
	%881 = sub i32 0, %880
	%882 = sdiv i32 %876, 1
	%883 = select i1 %877, i32 %881, i32 %882
	%884 = icmp sle i32 %869, %883
	%885 = and i1 %872, %884
	%886 = fmul float %95, 0x3FC0527DC0000000
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
	%898 = mul i32 %891, 1
	%899 = add i32 %898, 0
	%900 = sub i32 %N, %M
	%901 = add i32 %899, %900
	%902 = icmp slt i32 %901, 0
	%903 = sub i32 0, %901
	%904 = add i32 %903, 0
	%905 = sdiv i32 %904, 1
	%906 = sub i32 0, %905
	%907 = sdiv i32 %901, 1
	%908 = select i1 %902, i32 %906, i32 %907
	%909 = icmp sle i32 %894, %908
	%910 = and i1 %897, %909
	%911 = fmul float %96, 0x3FC0527DC0000000
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
	%923 = mul i32 %916, 1
	%924 = add i32 %923, 0
	%925 = sub i32 %N, %M
	%926 = add i32 %924, %925
	%927 = icmp slt i32 %926, 0
	%928 = sub i32 0, %926
	%929 = add i32 %928, 0
	%930 = sdiv i32 %929, 1
	%931 = sub i32 0, %930
	%932 = sdiv i32 %926, 1
	%933 = select i1 %927, i32 %931, i32 %932
	%934 = icmp sle i32 %919, %933
	%935 = and i1 %922, %934
	%936 = fmul float %97, 0x3FC0527DC0000000
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
	%948 = mul i32 %941, 1
	%949 = add i32 %948, 0
	%950 = sub i32 %N, %M
	%951 = add i32 %949, %950
	%952 = icmp slt i32 %951, 0
	%953 = sub i32 0, %951
	%954 = add i32 %953, 0
	%955 = sdiv i32 %954, 1
	%956 = sub i32 0, %955
	%957 = sdiv i32 %951, 1
	%958 = select i1 %952, i32 %956, i32 %957
	%959 = icmp sle i32 %944, %958
	%960 = and i1 %947, %959
	%961 = fmul float %98, 0x3FC0527DC0000000
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
	%973 = mul i32 %966, 1
	%974 = add i32 %973, 0
	%975 = sub i32 %N, %M
	%976 = add i32 %974, %975
	%977 = icmp slt i32 %976, 0
	%978 = sub i32 0, %976
	%979 = add i32 %978, 0
	%980 = sdiv i32 %979, 1
	%981 = sub i32 0, %980
	%982 = sdiv i32 %976, 1
	%983 = select i1 %977, i32 %981, i32 %982
	%984 = icmp sle i32 %969, %983
	%985 = and i1 %972, %984
	%986 = fmul float %99, 0x3FC0527DC0000000
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
	%998 = mul i32 %991, 1
	%999 = add i32 %998, 0
	%1000 = sub i32 %N, %M
	%1001 = add i32 %999, %1000
	%1002 = icmp slt i32 %1001, 0
	%1003 = sub i32 0, %1001
	%1004 = add i32 %1003, 0
	%1005 = sdiv i32 %1004, 1
	%1006 = sub i32 0, %1005
	%1007 = sdiv i32 %1001, 1
	%1008 = select i1 %1002, i32 %1006, i32 %1007
	%1009 = icmp sle i32 %994, %1008
	%1010 = and i1 %997, %1009
	%1011 = fmul float %100, 0x3FC0527DC0000000
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
	%1023 = mul i32 %1016, 1
	%1024 = add i32 %1023, 0
	%1025 = sub i32 %N, %M
	%1026 = add i32 %1024, %1025
	%1027 = icmp slt i32 %1026, 0
	%1028 = sub i32 0, %1026
	%1029 = add i32 %1028, 0
	%1030 = sdiv i32 %1029, 1
	%1031 = sub i32 0, %1030
	%1032 = sdiv i32 %1026, 1
	%1033 = select i1 %1027, i32 %1031, i32 %1032
	%1034 = icmp sle i32 %1019, %1033
	%1035 = and i1 %1022, %1034
	%1036 = fmul float %101, 0x3FC0527DC0000000
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
	%1048 = mul i32 %1041, 1
	%1049 = add i32 %1048, 0
	%1050 = sub i32 %N, %M
	%1051 = add i32 %1049, %1050
	%1052 = icmp slt i32 %1051, 0
	%1053 = sub i32 0, %1051
	%1054 = add i32 %1053, 0
	%1055 = sdiv i32 %1054, 1
	%1056 = sub i32 0, %1055
	%1057 = sdiv i32 %1051, 1
	%1058 = select i1 %1052, i32 %1056, i32 %1057
	%1059 = icmp sle i32 %1044, %1058
	%1060 = and i1 %1047, %1059
	%1061 = fmul float %102, 0x3FC0527DC0000000
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
	%1073 = mul i32 %1066, 1
	%1074 = add i32 %1073, 0
	%1075 = sub i32 %N, %M
	%1076 = add i32 %1074, %1075
	%1077 = icmp slt i32 %1076, 0
	%1078 = sub i32 0, %1076
	%1079 = add i32 %1078, 0
	%1080 = sdiv i32 %1079, 1
	%1081 = sub i32 0, %1080
	%1082 = sdiv i32 %1076, 1
	%1083 = select i1 %1077, i32 %1081, i32 %1082
	%1084 = icmp sle i32 %1069, %1083
	%1085 = and i1 %1072, %1084
	%1086 = fmul float %103, 0x3FC0527DC0000000
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
	%1098 = mul i32 %1091, 1
	%1099 = add i32 %1098, 0
	%1100 = sub i32 %N, %M
	%1101 = add i32 %1099, %1100
	%1102 = icmp slt i32 %1101, 0
	%1103 = sub i32 0, %1101
	%1104 = add i32 %1103, 0
	%1105 = sdiv i32 %1104, 1
	%1106 = sub i32 0, %1105
	%1107 = sdiv i32 %1101, 1
	%1108 = select i1 %1102, i32 %1106, i32 %1107
	%1109 = icmp sle i32 %1094, %1108
	%1110 = and i1 %1097, %1109
	%1111 = fmul float %104, 0x3FC0527DC0000000
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
	%1123 = mul i32 %1116, 1
	%1124 = add i32 %1123, 0
	%1125 = sub i32 %N, %M
	%1126 = add i32 %1124, %1125
	%1127 = icmp slt i32 %1126, 0
	%1128 = sub i32 0, %1126
	%1129 = add i32 %1128, 0
	%1130 = sdiv i32 %1129, 1
	%1131 = sub i32 0, %1130
	%1132 = sdiv i32 %1126, 1
	%1133 = select i1 %1127, i32 %1131, i32 %1132
	%1134 = icmp sle i32 %1119, %1133
	%1135 = and i1 %1122, %1134
	%1136 = fmul float %105, 0x3FC0527DC0000000
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
	%1148 = mul i32 %1141, 1
	%1149 = add i32 %1148, 0
	%1150 = sub i32 %N, %M
	%1151 = add i32 %1149, %1150
	%1152 = icmp slt i32 %1151, 0
	%1153 = sub i32 0, %1151
	%1154 = add i32 %1153, 0
	%1155 = sdiv i32 %1154, 1
	%1156 = sub i32 0, %1155
	%1157 = sdiv i32 %1151, 1
	%1158 = select i1 %1152, i32 %1156, i32 %1157
	%1159 = icmp sle i32 %1144, %1158
	%1160 = and i1 %1147, %1159
	%1161 = fmul float %106, 0x3FC0527DC0000000
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
	%1173 = mul i32 %1166, 1
	%1174 = add i32 %1173, 0
	%1175 = sub i32 %N, %M
	%1176 = add i32 %1174, %1175
	%1177 = icmp slt i32 %1176, 0
	%1178 = sub i32 0, %1176
	%1179 = add i32 %1178, 0
	%1180 = sdiv i32 %1179, 1
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1176, 1
	%1183 = select i1 %1177, i32 %1181, i32 %1182
	%1184 = icmp sle i32 %1169, %1183
	%1185 = and i1 %1172, %1184
	%1186 = fmul float %107, 0x3FC0527DC0000000
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
	%1198 = mul i32 %1191, 1
	%1199 = add i32 %1198, 0
	%1200 = sub i32 %N, %M
	%1201 = add i32 %1199, %1200
	%1202 = icmp slt i32 %1201, 0
	%1203 = sub i32 0, %1201
	%1204 = add i32 %1203, 0
	%1205 = sdiv i32 %1204, 1
	%1206 = sub i32 0, %1205
	%1207 = sdiv i32 %1201, 1
	%1208 = select i1 %1202, i32 %1206, i32 %1207
	%1209 = icmp sle i32 %1194, %1208
	%1210 = and i1 %1197, %1209
	%1211 = fmul float %108, 0x3FC0527DC0000000
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
	%1223 = mul i32 %1216, 1
	%1224 = add i32 %1223, 0
	%1225 = sub i32 %N, %M
	%1226 = add i32 %1224, %1225
	%1227 = icmp slt i32 %1226, 0
	%1228 = sub i32 0, %1226
	%1229 = add i32 %1228, 0
	%1230 = sdiv i32 %1229, 1
	%1231 = sub i32 0, %1230
	%1232 = sdiv i32 %1226, 1
	%1233 = select i1 %1227, i32 %1231, i32 %1232
	%1234 = icmp sle i32 %1219, %1233
	%1235 = and i1 %1222, %1234
	%1236 = fmul float %109, 0x3FC0527DC0000000
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
	%1248 = mul i32 %1241, 1
	%1249 = add i32 %1248, 0
	%1250 = sub i32 %N, %M
	%1251 = add i32 %1249, %1250
	%1252 = icmp slt i32 %1251, 0
	%1253 = sub i32 0, %1251
	%1254 = add i32 %1253, 0
	%1255 = sdiv i32 %1254, 1
	%1256 = sub i32 0, %1255
	%1257 = sdiv i32 %1251, 1
	%1258 = select i1 %1252, i32 %1256, i32 %1257
	%1259 = icmp sle i32 %1244, %1258
	%1260 = and i1 %1247, %1259
	%1261 = fmul float %110, 0x3FC0527DC0000000
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
	%1273 = mul i32 %1266, 1
	%1274 = add i32 %1273, 0
	%1275 = sub i32 %N, %M
	%1276 = add i32 %1274, %1275
	%1277 = icmp slt i32 %1276, 0
	%1278 = sub i32 0, %1276
	%1279 = add i32 %1278, 0
	%1280 = sdiv i32 %1279, 1
	%1281 = sub i32 0, %1280
	%1282 = sdiv i32 %1276, 1
	%1283 = select i1 %1277, i32 %1281, i32 %1282
	%1284 = icmp sle i32 %1269, %1283
	%1285 = and i1 %1272, %1284
	%1286 = fmul float %111, 0x3FC0527DC0000000
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
	%1298 = mul i32 %1291, 1
	%1299 = add i32 %1298, 0
	%1300 = sub i32 %N, %M
	%1301 = add i32 %1299, %1300
	%1302 = icmp slt i32 %1301, 0
	%1303 = sub i32 0, %1301
	%1304 = add i32 %1303, 0
	%1305 = sdiv i32 %1304, 1
	%1306 = sub i32 0, %1305
	%1307 = sdiv i32 %1301, 1
	%1308 = select i1 %1302, i32 %1306, i32 %1307
	%1309 = icmp sle i32 %1294, %1308
	%1310 = and i1 %1297, %1309
	%1311 = fmul float %112, 0x3FC0527DC0000000
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
	%1323 = mul i32 %1316, 1
	%1324 = add i32 %1323, 0
	%1325 = sub i32 %N, %M
	%1326 = add i32 %1324, %1325
	%1327 = icmp slt i32 %1326, 0
	%1328 = sub i32 0, %1326
	%1329 = add i32 %1328, 0
	%1330 = sdiv i32 %1329, 1
	%1331 = sub i32 0, %1330
	%1332 = sdiv i32 %1326, 1
	%1333 = select i1 %1327, i32 %1331, i32 %1332
	%1334 = icmp sle i32 %1319, %1333
	%1335 = and i1 %1322, %1334
	%1336 = fmul float %113, 0x3FC0527DC0000000
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
	%1348 = mul i32 %1341, 1
	%1349 = add i32 %1348, 0
	%1350 = sub i32 %N, %M
	%1351 = add i32 %1349, %1350
	%1352 = icmp slt i32 %1351, 0
	%1353 = sub i32 0, %1351
	%1354 = add i32 %1353, 0
	%1355 = sdiv i32 %1354, 1
	%1356 = sub i32 0, %1355
	%1357 = sdiv i32 %1351, 1
	%1358 = select i1 %1352, i32 %1356, i32 %1357
	%1359 = icmp sle i32 %1344, %1358
	%1360 = and i1 %1347, %1359
	%1361 = fmul float %114, 0x3FC0527DC0000000
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
	%1373 = mul i32 %1366, 1
	%1374 = add i32 %1373, 0
	%1375 = sub i32 %N, %M
	%1376 = add i32 %1374, %1375
	%1377 = icmp slt i32 %1376, 0
	%1378 = sub i32 0, %1376
	%1379 = add i32 %1378, 0
	%1380 = sdiv i32 %1379, 1
	%1381 = sub i32 0, %1380
	%1382 = sdiv i32 %1376, 1
	%1383 = select i1 %1377, i32 %1381, i32 %1382
	%1384 = icmp sle i32 %1369, %1383
	%1385 = and i1 %1372, %1384
	%1386 = fmul float %115, 0x3FC0527DC0000000
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
	%1398 = mul i32 %1391, 1
	%1399 = add i32 %1398, 0
	%1400 = sub i32 %N, %M
	%1401 = add i32 %1399, %1400
	%1402 = icmp slt i32 %1401, 0
	%1403 = sub i32 0, %1401
	%1404 = add i32 %1403, 0
	%1405 = sdiv i32 %1404, 1
	%1406 = sub i32 0, %1405
	%1407 = sdiv i32 %1401, 1
	%1408 = select i1 %1402, i32 %1406, i32 %1407
	%1409 = icmp sle i32 %1394, %1408
	%1410 = and i1 %1397, %1409
	%1411 = fmul float %116, 0x3FC0527DC0000000
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
	%1423 = mul i32 %1416, 1
	%1424 = add i32 %1423, 0
	%1425 = sub i32 %N, %M
	%1426 = add i32 %1424, %1425
	%1427 = icmp slt i32 %1426, 0
	%1428 = sub i32 0, %1426
	%1429 = add i32 %1428, 0
	%1430 = sdiv i32 %1429, 1
	%1431 = sub i32 0, %1430
	%1432 = sdiv i32 %1426, 1
	%1433 = select i1 %1427, i32 %1431, i32 %1432
	%1434 = icmp sle i32 %1419, %1433
	%1435 = and i1 %1422, %1434
	%1436 = fmul float %117, 0x3FC0527DC0000000
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
	%1448 = mul i32 %1441, 1
	%1449 = add i32 %1448, 0
	%1450 = sub i32 %N, %M
	%1451 = add i32 %1449, %1450
	%1452 = icmp slt i32 %1451, 0
	%1453 = sub i32 0, %1451
	%1454 = add i32 %1453, 0
	%1455 = sdiv i32 %1454, 1
	%1456 = sub i32 0, %1455
	%1457 = sdiv i32 %1451, 1
	%1458 = select i1 %1452, i32 %1456, i32 %1457
	%1459 = icmp sle i32 %1444, %1458
	%1460 = and i1 %1447, %1459
	%1461 = fmul float %118, 0x3FC0527DC0000000
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
	%1473 = mul i32 %1466, 1
	%1474 = add i32 %1473, 0
	%1475 = sub i32 %N, %M
	%1476 = add i32 %1474, %1475
	%1477 = icmp slt i32 %1476, 0
	%1478 = sub i32 0, %1476
	%1479 = add i32 %1478, 0
	%1480 = sdiv i32 %1479, 1
	%1481 = sub i32 0, %1480
	%1482 = sdiv i32 %1476, 1
	%1483 = select i1 %1477, i32 %1481, i32 %1482
	%1484 = icmp sle i32 %1469, %1483
	%1485 = and i1 %1472, %1484
	%1486 = fmul float %119, 0x3FC0527DC0000000
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
	%1498 = mul i32 %1491, 1
	%1499 = add i32 %1498, 0
	%1500 = sub i32 %N, %M
	%1501 = add i32 %1499, %1500
	%1502 = icmp slt i32 %1501, 0
	%1503 = sub i32 0, %1501
	%1504 = add i32 %1503, 0
	%1505 = sdiv i32 %1504, 1
	%1506 = sub i32 0, %1505
	%1507 = sdiv i32 %1501, 1
	%1508 = select i1 %1502, i32 %1506, i32 %1507
	%1509 = icmp sle i32 %1494, %1508
	%1510 = and i1 %1497, %1509
	%1511 = fmul float %120, 0x3FC0527DC0000000
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
	%1523 = mul i32 %1516, 1
	%1524 = add i32 %1523, 0
	%1525 = sub i32 %N, %M
	%1526 = add i32 %1524, %1525
	%1527 = icmp slt i32 %1526, 0
	%1528 = sub i32 0, %1526
	%1529 = add i32 %1528, 0
	%1530 = sdiv i32 %1529, 1
	%1531 = sub i32 0, %1530
	%1532 = sdiv i32 %1526, 1
	%1533 = select i1 %1527, i32 %1531, i32 %1532
	%1534 = icmp sle i32 %1519, %1533
	%1535 = and i1 %1522, %1534
	%1536 = fmul float %121, 0x3FC0527DC0000000
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
	%1548 = mul i32 %1541, 1
	%1549 = add i32 %1548, 0
	%1550 = sub i32 %N, %M
	%1551 = add i32 %1549, %1550
	%1552 = icmp slt i32 %1551, 0
	%1553 = sub i32 0, %1551
	%1554 = add i32 %1553, 0
	%1555 = sdiv i32 %1554, 1
	%1556 = sub i32 0, %1555
	%1557 = sdiv i32 %1551, 1
	%1558 = select i1 %1552, i32 %1556, i32 %1557
	%1559 = icmp sle i32 %1544, %1558
	%1560 = and i1 %1547, %1559
	%1561 = fmul float %122, 0x3FC0527DC0000000
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
	%1573 = mul i32 %1566, 1
	%1574 = add i32 %1573, 0
	%1575 = sub i32 %N, %M
	%1576 = add i32 %1574, %1575
	%1577 = icmp slt i32 %1576, 0
	%1578 = sub i32 0, %1576
	%1579 = add i32 %1578, 0
	%1580 = sdiv i32 %1579, 1
	%1581 = sub i32 0, %1580
	%1582 = sdiv i32 %1576, 1
	%1583 = select i1 %1577, i32 %1581, i32 %1582
	%1584 = icmp sle i32 %1569, %1583
	%1585 = and i1 %1572, %1584
	%1586 = fmul float %123, 0x3FC0527DC0000000
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
	%1598 = mul i32 %1591, 1
	%1599 = add i32 %1598, 0
	%1600 = sub i32 %N, %M
	%1601 = add i32 %1599, %1600
	%1602 = icmp slt i32 %1601, 0
	%1603 = sub i32 0, %1601
	%1604 = add i32 %1603, 0
	%1605 = sdiv i32 %1604, 1
	%1606 = sub i32 0, %1605
	%1607 = sdiv i32 %1601, 1
	%1608 = select i1 %1602, i32 %1606, i32 %1607
	%1609 = icmp sle i32 %1594, %1608
	%1610 = and i1 %1597, %1609
	%1611 = fmul float %124, 0x3FC0527DC0000000
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
	%1623 = mul i32 %1616, 1
	%1624 = add i32 %1623, 0
	%1625 = sub i32 %N, %M
	%1626 = add i32 %1624, %1625
	%1627 = icmp slt i32 %1626, 0
	%1628 = sub i32 0, %1626
	%1629 = add i32 %1628, 0
	%1630 = sdiv i32 %1629, 1
	%1631 = sub i32 0, %1630
	%1632 = sdiv i32 %1626, 1
	%1633 = select i1 %1627, i32 %1631, i32 %1632
	%1634 = icmp sle i32 %1619, %1633
	%1635 = and i1 %1622, %1634
	%1636 = fmul float %125, 0x3FC0527DC0000000
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
	%1648 = mul i32 %1641, 1
	%1649 = add i32 %1648, 0
	%1650 = sub i32 %N, %M
	%1651 = add i32 %1649, %1650
	%1652 = icmp slt i32 %1651, 0
	%1653 = sub i32 0, %1651
	%1654 = add i32 %1653, 0
	%1655 = sdiv i32 %1654, 1
	%1656 = sub i32 0, %1655
	%1657 = sdiv i32 %1651, 1
	%1658 = select i1 %1652, i32 %1656, i32 %1657
	%1659 = icmp sle i32 %1644, %1658
	%1660 = and i1 %1647, %1659
	%1661 = fmul float %126, 0x3FC0527DC0000000
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
	%1673 = mul i32 %1666, 1
	%1674 = add i32 %1673, 0
	%1675 = sub i32 %N, %M
	%1676 = add i32 %1674, %1675
	%1677 = icmp slt i32 %1676, 0
	%1678 = sub i32 0, %1676
	%1679 = add i32 %1678, 0
	%1680 = sdiv i32 %1679, 1
	%1681 = sub i32 0, %1680
	%1682 = sdiv i32 %1676, 1
	%1683 = select i1 %1677, i32 %1681, i32 %1682
	%1684 = icmp sle i32 %1669, %1683
	%1685 = and i1 %1672, %1684
	%1686 = fmul float %127, 0x3FC0527DC0000000
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
	%1698 = mul i32 %1691, 1
	%1699 = add i32 %1698, 0
	%1700 = sub i32 %N, %M
	%1701 = add i32 %1699, %1700
	%1702 = icmp slt i32 %1701, 0
	%1703 = sub i32 0, %1701
	%1704 = add i32 %1703, 0
	%1705 = sdiv i32 %1704, 1
	%1706 = sub i32 0, %1705
	%1707 = sdiv i32 %1701, 1
	%1708 = select i1 %1702, i32 %1706, i32 %1707
	%1709 = icmp sle i32 %1694, %1708
	%1710 = and i1 %1697, %1709
	%1711 = fmul float %128, 0x3FC0527DC0000000
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
	%1723 = mul i32 %1716, 1
	%1724 = add i32 %1723, 0
	%1725 = sub i32 %N, %M
	%1726 = add i32 %1724, %1725
	%1727 = icmp slt i32 %1726, 0
	%1728 = sub i32 0, %1726
	%1729 = add i32 %1728, 0
	%1730 = sdiv i32 %1729, 1
	%1731 = sub i32 0, %1730
	%1732 = sdiv i32 %1726, 1
	%1733 = select i1 %1727, i32 %1731, i32 %1732
	%1734 = icmp sle i32 %1719, %1733
	%1735 = and i1 %1722, %1734
	%1736 = fmul float %129, 0x3FC0527DC0000000
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
	%1748 = mul i32 %1741, 1
	%1749 = add i32 %1748, 0
	%1750 = sub i32 %N, %M
	%1751 = add i32 %1749, %1750
	%1752 = icmp slt i32 %1751, 0
	%1753 = sub i32 0, %1751
	%1754 = add i32 %1753, 0
	%1755 = sdiv i32 %1754, 1
	%1756 = sub i32 0, %1755
	%1757 = sdiv i32 %1751, 1
	%1758 = select i1 %1752, i32 %1756, i32 %1757
	%1759 = icmp sle i32 %1744, %1758
	%1760 = and i1 %1747, %1759
	%1761 = fmul float %130, 0x3FC0527DC0000000
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
	%1773 = mul i32 %1766, 1
	%1774 = add i32 %1773, 0
	%1775 = sub i32 %N, %M
	%1776 = add i32 %1774, %1775
	%1777 = icmp slt i32 %1776, 0
	%1778 = sub i32 0, %1776
	%1779 = add i32 %1778, 0
	%1780 = sdiv i32 %1779, 1
	%1781 = sub i32 0, %1780
	%1782 = sdiv i32 %1776, 1
	%1783 = select i1 %1777, i32 %1781, i32 %1782
	%1784 = icmp sle i32 %1769, %1783
	%1785 = and i1 %1772, %1784
	%1786 = fmul float %131, 0x3FC0527DC0000000
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
	%1798 = mul i32 %1791, 1
	%1799 = add i32 %1798, 0
	%1800 = sub i32 %N, %M
	%1801 = add i32 %1799, %1800
	%1802 = icmp slt i32 %1801, 0
	%1803 = sub i32 0, %1801
	%1804 = add i32 %1803, 0
	%1805 = sdiv i32 %1804, 1
	%1806 = sub i32 0, %1805
	%1807 = sdiv i32 %1801, 1
	%1808 = select i1 %1802, i32 %1806, i32 %1807
	%1809 = icmp sle i32 %1794, %1808
	%1810 = and i1 %1797, %1809
	%1811 = fmul float %132, 0x3FC0527DC0000000
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
	%1823 = mul i32 %1816, 1
	%1824 = add i32 %1823, 0
	%1825 = sub i32 %N, %M
	%1826 = add i32 %1824, %1825
	%1827 = icmp slt i32 %1826, 0
	%1828 = sub i32 0, %1826
	%1829 = add i32 %1828, 0
	%1830 = sdiv i32 %1829, 1
	%1831 = sub i32 0, %1830
	%1832 = sdiv i32 %1826, 1
	%1833 = select i1 %1827, i32 %1831, i32 %1832
	%1834 = icmp sle i32 %1819, %1833
	%1835 = and i1 %1822, %1834
	%1836 = fmul float %133, 0x3FC0527DC0000000
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
	%1848 = mul i32 %1841, 1
	%1849 = add i32 %1848, 0
	%1850 = sub i32 %N, %M
	%1851 = add i32 %1849, %1850
	%1852 = icmp slt i32 %1851, 0
	%1853 = sub i32 0, %1851
	%1854 = add i32 %1853, 0
	%1855 = sdiv i32 %1854, 1
	%1856 = sub i32 0, %1855
	%1857 = sdiv i32 %1851, 1
	%1858 = select i1 %1852, i32 %1856, i32 %1857
	%1859 = icmp sle i32 %1844, %1858
	%1860 = and i1 %1847, %1859
	%1861 = fmul float %134, 0x3FC0527DC0000000
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
	%1873 = mul i32 %1866, 1
	%1874 = add i32 %1873, 0
	%1875 = sub i32 %N, %M
	%1876 = add i32 %1874, %1875
	%1877 = icmp slt i32 %1876, 0
	%1878 = sub i32 0, %1876
	%1879 = add i32 %1878, 0
	%1880 = sdiv i32 %1879, 1
	%1881 = sub i32 0, %1880
	%1882 = sdiv i32 %1876, 1
	%1883 = select i1 %1877, i32 %1881, i32 %1882
	%1884 = icmp sle i32 %1869, %1883
	%1885 = and i1 %1872, %1884
	%1886 = fmul float %135, 0x3FC0527DC0000000
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
	%1898 = mul i32 %1891, 1
	%1899 = add i32 %1898, 0
	%1900 = sub i32 %N, %M
	%1901 = add i32 %1899, %1900
	%1902 = icmp slt i32 %1901, 0
	%1903 = sub i32 0, %1901
	%1904 = add i32 %1903, 0
	%1905 = sdiv i32 %1904, 1
	%1906 = sub i32 0, %1905
	%1907 = sdiv i32 %1901, 1
	%1908 = select i1 %1902, i32 %1906, i32 %1907
	%1909 = icmp sle i32 %1894, %1908
	%1910 = and i1 %1897, %1909
	%1911 = fmul float %136, 0x3FC0527DC0000000
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
	%1923 = mul i32 %1916, 1
	%1924 = add i32 %1923, 0
	%1925 = sub i32 %N, %M
	%1926 = add i32 %1924, %1925
	%1927 = icmp slt i32 %1926, 0
	%1928 = sub i32 0, %1926
	%1929 = add i32 %1928, 0
	%1930 = sdiv i32 %1929, 1
	%1931 = sub i32 0, %1930
	%1932 = sdiv i32 %1926, 1
	%1933 = select i1 %1927, i32 %1931, i32 %1932
	%1934 = icmp sle i32 %1919, %1933
	%1935 = and i1 %1922, %1934
	%1936 = fmul float %137, 0x3FC0527DC0000000
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
	%1948 = mul i32 %1941, 1
	%1949 = add i32 %1948, 0
	%1950 = sub i32 %N, %M
	%1951 = add i32 %1949, %1950
	%1952 = icmp slt i32 %1951, 0
	%1953 = sub i32 0, %1951
	%1954 = add i32 %1953, 0
	%1955 = sdiv i32 %1954, 1
	%1956 = sub i32 0, %1955
	%1957 = sdiv i32 %1951, 1
	%1958 = select i1 %1952, i32 %1956, i32 %1957
	%1959 = icmp sle i32 %1944, %1958
	%1960 = and i1 %1947, %1959
	%1961 = fmul float %138, 0x3FC0527DC0000000
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
	%1973 = mul i32 %1966, 1
	%1974 = add i32 %1973, 0
	%1975 = sub i32 %N, %M
	%1976 = add i32 %1974, %1975
	%1977 = icmp slt i32 %1976, 0
	%1978 = sub i32 0, %1976
	%1979 = add i32 %1978, 0
	%1980 = sdiv i32 %1979, 1
	%1981 = sub i32 0, %1980
	%1982 = sdiv i32 %1976, 1
	%1983 = select i1 %1977, i32 %1981, i32 %1982
	%1984 = icmp sle i32 %1969, %1983
	%1985 = and i1 %1972, %1984
	%1986 = fmul float %139, 0x3FC0527DC0000000
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
	%1998 = mul i32 %1991, 1
	%1999 = add i32 %1998, 0
	%2000 = sub i32 %N, %M
	%2001 = add i32 %1999, %2000
	%2002 = icmp slt i32 %2001, 0
	%2003 = sub i32 0, %2001
	%2004 = add i32 %2003, 0
	%2005 = sdiv i32 %2004, 1
	%2006 = sub i32 0, %2005
	%2007 = sdiv i32 %2001, 1
	%2008 = select i1 %2002, i32 %2006, i32 %2007
	%2009 = icmp sle i32 %1994, %2008
	%2010 = and i1 %1997, %2009
	%2011 = fmul float %140, 0x3FC0527DC0000000
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
	%2023 = mul i32 %2016, 1
	%2024 = add i32 %2023, 0
	%2025 = sub i32 %N, %M
	%2026 = add i32 %2024, %2025
	%2027 = icmp slt i32 %2026, 0
	%2028 = sub i32 0, %2026
	%2029 = add i32 %2028, 0
	%2030 = sdiv i32 %2029, 1
	%2031 = sub i32 0, %2030
	%2032 = sdiv i32 %2026, 1
	%2033 = select i1 %2027, i32 %2031, i32 %2032
	%2034 = icmp sle i32 %2019, %2033
	%2035 = and i1 %2022, %2034
	%2036 = fmul float %141, 0x3FC0527DC0000000
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
	%2048 = mul i32 %2041, 1
	%2049 = add i32 %2048, 0
	%2050 = sub i32 %N, %M
	%2051 = add i32 %2049, %2050
	%2052 = icmp slt i32 %2051, 0
	%2053 = sub i32 0, %2051
	%2054 = add i32 %2053, 0
	%2055 = sdiv i32 %2054, 1
	%2056 = sub i32 0, %2055
	%2057 = sdiv i32 %2051, 1
	%2058 = select i1 %2052, i32 %2056, i32 %2057
	%2059 = icmp sle i32 %2044, %2058
	%2060 = and i1 %2047, %2059
	%2061 = fmul float %142, 0x3FC0527DC0000000
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
	%2073 = mul i32 %2066, 1
	%2074 = add i32 %2073, 0
	%2075 = sub i32 %N, %M
	%2076 = add i32 %2074, %2075
	%2077 = icmp slt i32 %2076, 0
	%2078 = sub i32 0, %2076
	%2079 = add i32 %2078, 0
	%2080 = sdiv i32 %2079, 1
	%2081 = sub i32 0, %2080
	%2082 = sdiv i32 %2076, 1
	%2083 = select i1 %2077, i32 %2081, i32 %2082
	%2084 = icmp sle i32 %2069, %2083
	%2085 = and i1 %2072, %2084
	%2086 = fmul float %143, 0x3FC0527DC0000000
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
	%2098 = mul i32 %2091, 1
	%2099 = add i32 %2098, 0
	%2100 = sub i32 %N, %M
	%2101 = add i32 %2099, %2100
	%2102 = icmp slt i32 %2101, 0
	%2103 = sub i32 0, %2101
	%2104 = add i32 %2103, 0
	%2105 = sdiv i32 %2104, 1
	%2106 = sub i32 0, %2105
	%2107 = sdiv i32 %2101, 1
	%2108 = select i1 %2102, i32 %2106, i32 %2107
	%2109 = icmp sle i32 %2094, %2108
	%2110 = and i1 %2097, %2109
	%2111 = fmul float %144, 0x3FC0527DC0000000
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
	%2123 = mul i32 %2116, 1
	%2124 = add i32 %2123, 0
	%2125 = sub i32 %N, %M
	%2126 = add i32 %2124, %2125
	%2127 = icmp slt i32 %2126, 0
	%2128 = sub i32 0, %2126
	%2129 = add i32 %2128, 0
	%2130 = sdiv i32 %2129, 1
	%2131 = sub i32 0, %2130
	%2132 = sdiv i32 %2126, 1
	%2133 = select i1 %2127, i32 %2131, i32 %2132
	%2134 = icmp sle i32 %2119, %2133
	%2135 = and i1 %2122, %2134
	%2136 = fmul float %145, 0x3FC0527DC0000000
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
	%2148 = mul i32 %2141, 1
	%2149 = add i32 %2148, 0
	%2150 = sub i32 %N, %M
	%2151 = add i32 %2149, %2150
	%2152 = icmp slt i32 %2151, 0
	%2153 = sub i32 0, %2151
	%2154 = add i32 %2153, 0
	%2155 = sdiv i32 %2154, 1
	%2156 = sub i32 0, %2155
	%2157 = sdiv i32 %2151, 1
	%2158 = select i1 %2152, i32 %2156, i32 %2157
	%2159 = icmp sle i32 %2144, %2158
	%2160 = and i1 %2147, %2159
	%2161 = fmul float %146, 0x3FC0527DC0000000
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
	%2173 = mul i32 %2166, 1
	%2174 = add i32 %2173, 0
	%2175 = sub i32 %N, %M
	%2176 = add i32 %2174, %2175
	%2177 = icmp slt i32 %2176, 0
	%2178 = sub i32 0, %2176
	%2179 = add i32 %2178, 0
	%2180 = sdiv i32 %2179, 1
	%2181 = sub i32 0, %2180
	%2182 = sdiv i32 %2176, 1
	%2183 = select i1 %2177, i32 %2181, i32 %2182
	%2184 = icmp sle i32 %2169, %2183
	%2185 = and i1 %2172, %2184
	%2186 = fmul float %147, 0x3FC0527DC0000000
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
	%2198 = mul i32 %2191, 1
	%2199 = add i32 %2198, 0
	%2200 = sub i32 %N, %M
	%2201 = add i32 %2199, %2200
	%2202 = icmp slt i32 %2201, 0
	%2203 = sub i32 0, %2201
	%2204 = add i32 %2203, 0
	%2205 = sdiv i32 %2204, 1
	%2206 = sub i32 0, %2205
	%2207 = sdiv i32 %2201, 1
	%2208 = select i1 %2202, i32 %2206, i32 %2207
	%2209 = icmp sle i32 %2194, %2208
	%2210 = and i1 %2197, %2209
	%2211 = fmul float %148, 0x3FC0527DC0000000
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
	%2223 = mul i32 %2216, 1
	%2224 = add i32 %2223, 0
	%2225 = sub i32 %N, %M
	%2226 = add i32 %2224, %2225
	%2227 = icmp slt i32 %2226, 0
	%2228 = sub i32 0, %2226
	%2229 = add i32 %2228, 0
	%2230 = sdiv i32 %2229, 1
	%2231 = sub i32 0, %2230
	%2232 = sdiv i32 %2226, 1
	%2233 = select i1 %2227, i32 %2231, i32 %2232
	%2234 = icmp sle i32 %2219, %2233
	%2235 = and i1 %2222, %2234
	%2236 = fmul float %149, 0x3FC0527DC0000000
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
	%2248 = mul i32 %2241, 1
	%2249 = add i32 %2248, 0
	%2250 = sub i32 %N, %M
	%2251 = add i32 %2249, %2250
	%2252 = icmp slt i32 %2251, 0
	%2253 = sub i32 0, %2251
	%2254 = add i32 %2253, 0
	%2255 = sdiv i32 %2254, 1
	%2256 = sub i32 0, %2255
	%2257 = sdiv i32 %2251, 1
	%2258 = select i1 %2252, i32 %2256, i32 %2257
	%2259 = icmp sle i32 %2244, %2258
	%2260 = and i1 %2247, %2259
	%2261 = fmul float %150, 0x3FC0527DC0000000
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
	%2273 = mul i32 %2266, 1
	%2274 = add i32 %2273, 0
	%2275 = sub i32 %N, %M
	%2276 = add i32 %2274, %2275
	%2277 = icmp slt i32 %2276, 0
	%2278 = sub i32 0, %2276
	%2279 = add i32 %2278, 0
	%2280 = sdiv i32 %2279, 1
	%2281 = sub i32 0, %2280
	%2282 = sdiv i32 %2276, 1
	%2283 = select i1 %2277, i32 %2281, i32 %2282
	%2284 = icmp sle i32 %2269, %2283
	%2285 = and i1 %2272, %2284
	%2286 = fmul float %151, 0x3FC0527DC0000000
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
	%2298 = mul i32 %2291, 1
	%2299 = add i32 %2298, 0
	%2300 = sub i32 %N, %M
	%2301 = add i32 %2299, %2300
	%2302 = icmp slt i32 %2301, 0
	%2303 = sub i32 0, %2301
	%2304 = add i32 %2303, 0
	%2305 = sdiv i32 %2304, 1
	%2306 = sub i32 0, %2305
	%2307 = sdiv i32 %2301, 1
	%2308 = select i1 %2302, i32 %2306, i32 %2307
	%2309 = icmp sle i32 %2294, %2308
	%2310 = and i1 %2297, %2309
	%2311 = fmul float %152, 0x3FC0527DC0000000
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
	%2323 = mul i32 %2316, 1
	%2324 = add i32 %2323, 0
	%2325 = sub i32 %N, %M
	%2326 = add i32 %2324, %2325
	%2327 = icmp slt i32 %2326, 0
	%2328 = sub i32 0, %2326
	%2329 = add i32 %2328, 0
	%2330 = sdiv i32 %2329, 1
	%2331 = sub i32 0, %2330
	%2332 = sdiv i32 %2326, 1
	%2333 = select i1 %2327, i32 %2331, i32 %2332
	%2334 = icmp sle i32 %2319, %2333
	%2335 = and i1 %2322, %2334
	%2336 = fmul float %153, 0x3FC0527DC0000000
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
	%2483 = fadd float %2475, %2476
	%2484 = fadd float %2477, %2478
	%2485 = fadd float %2479, %2480
	%2486 = fadd float %2481, %2482
	%2487 = fadd float %2483, %2484
	%2488 = fadd float %2485, %2486
	%2489 = fadd float %2487, %2488
	%2490 = fadd float %2409, %2411
	%2491 = fadd float %2413, %2415
	%2492 = fadd float %2417, %2419
	%2493 = fadd float %2421, %2423
	%2494 = fadd float %2425, %2427
	%2495 = fadd float %2429, %2431
	%2496 = fadd float %2433, %2435
	%2497 = fadd float %2437, %2439
	%2498 = fadd float %2490, %2491
	%2499 = fadd float %2492, %2493
	%2500 = fadd float %2494, %2495
	%2501 = fadd float %2496, %2497
	%2502 = fadd float %2498, %2499
	%2503 = fadd float %2500, %2501
	%2504 = fadd float %2502, %2503
	%2505 = call float @llvm.nvvm.fmax.f(float %812, float %837)
	%2506 = call float @llvm.nvvm.fmax.f(float %912, float %937)
	%2507 = call float @llvm.nvvm.fmax.f(float %1012, float %1037)
	%2508 = call float @llvm.nvvm.fmax.f(float %1112, float %1137)
	%2509 = call float @llvm.nvvm.fmax.f(float %1212, float %1237)
	%2510 = call float @llvm.nvvm.fmax.f(float %1312, float %1337)
	%2511 = call float @llvm.nvvm.fmax.f(float %1412, float %1437)
	%2512 = call float @llvm.nvvm.fmax.f(float %1512, float %1537)
	%2513 = call float @llvm.nvvm.fmax.f(float %1612, float %1637)
	%2514 = call float @llvm.nvvm.fmax.f(float %1712, float %1737)
	%2515 = call float @llvm.nvvm.fmax.f(float %1812, float %1837)
	%2516 = call float @llvm.nvvm.fmax.f(float %1912, float %1937)
	%2517 = call float @llvm.nvvm.fmax.f(float %2012, float %2037)
	%2518 = call float @llvm.nvvm.fmax.f(float %2112, float %2137)
	%2519 = call float @llvm.nvvm.fmax.f(float %2212, float %2237)
	%2520 = call float @llvm.nvvm.fmax.f(float %2312, float %2337)
	%2521 = call float @llvm.nvvm.fmax.f(float %2505, float %2506)
	%2522 = call float @llvm.nvvm.fmax.f(float %2507, float %2508)
	%2523 = call float @llvm.nvvm.fmax.f(float %2509, float %2510)
	%2524 = call float @llvm.nvvm.fmax.f(float %2511, float %2512)
	%2525 = call float @llvm.nvvm.fmax.f(float %2513, float %2514)
	%2526 = call float @llvm.nvvm.fmax.f(float %2515, float %2516)
	%2527 = call float @llvm.nvvm.fmax.f(float %2517, float %2518)
	%2528 = call float @llvm.nvvm.fmax.f(float %2519, float %2520)
	%2529 = call float @llvm.nvvm.fmax.f(float %2521, float %2522)
	%2530 = call float @llvm.nvvm.fmax.f(float %2523, float %2524)
	%2531 = call float @llvm.nvvm.fmax.f(float %2525, float %2526)
	%2532 = call float @llvm.nvvm.fmax.f(float %2527, float %2528)
	%2533 = call float @llvm.nvvm.fmax.f(float %2529, float %2530)
	%2534 = call float @llvm.nvvm.fmax.f(float %2531, float %2532)
	%2535 = call float @llvm.nvvm.fmax.f(float %2533, float %2534)
	%2536 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2535, i32 1, i32 31)
	%2537 = call float @llvm.nvvm.fmax.f(float %2535, float %2536)
	%2538 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2537, i32 2, i32 31)
	%2539 = call float @llvm.nvvm.fmax.f(float %2537, float %2538)
	%2540 = call float @llvm.nvvm.fmax.f(float %68, float %2539)
	%2541 = fcmp oeq float %2540, 0xFFF0000000000000
	%2542 = select i1 %2541, float 0.0, float %2540
	%2543 = fsub float %812, %2542
	%2544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2543)
	%2545 = fsub float %837, %2542
	%2546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2545)
	%2547 = fsub float %912, %2542
	%2548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2547)
	%2549 = fsub float %937, %2542
	%2550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2549)
	%2551 = fsub float %1012, %2542
	%2552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2551)
	%2553 = fsub float %1037, %2542
	%2554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2553)
	%2555 = fsub float %1112, %2542
	%2556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2555)
	%2557 = fsub float %1137, %2542
	%2558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2557)
	%2559 = fsub float %1212, %2542
	%2560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2559)
	%2561 = fsub float %1237, %2542
	%2562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2561)
	%2563 = fsub float %1312, %2542
	%2564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2563)
	%2565 = fsub float %1337, %2542
	%2566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2565)
	%2567 = fsub float %1412, %2542
	%2568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2567)
	%2569 = fsub float %1437, %2542
	%2570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2569)
	%2571 = fsub float %1512, %2542
	%2572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2571)
	%2573 = fsub float %1537, %2542
	%2574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2573)
	%2575 = fsub float %1612, %2542
	%2576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2575)
	%2577 = fsub float %1637, %2542
	%2578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2577)
	%2579 = fsub float %1712, %2542
	%2580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2579)
	%2581 = fsub float %1737, %2542
	%2582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2581)
	%2583 = fsub float %1812, %2542
	%2584 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2583)
	%2585 = fsub float %1837, %2542
	%2586 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2585)
	%2587 = fsub float %1912, %2542
	%2588 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2587)
	%2589 = fsub float %1937, %2542
	%2590 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2589)
	%2591 = fsub float %2012, %2542
	%2592 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2591)
	%2593 = fsub float %2037, %2542
	%2594 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2593)
	%2595 = fsub float %2112, %2542
	%2596 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2595)
	%2597 = fsub float %2137, %2542
	%2598 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2597)
	%2599 = fsub float %2212, %2542
	%2600 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2599)
	%2601 = fsub float %2237, %2542
	%2602 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2601)
	%2603 = fsub float %2312, %2542
	%2604 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2603)
	%2605 = fsub float %2337, %2542
	%2606 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2605)
	%2607 = fadd float %2544, %2546
	%2608 = fadd float %2548, %2550
	%2609 = fadd float %2552, %2554
	%2610 = fadd float %2556, %2558
	%2611 = fadd float %2560, %2562
	%2612 = fadd float %2564, %2566
	%2613 = fadd float %2568, %2570
	%2614 = fadd float %2572, %2574
	%2615 = fadd float %2576, %2578
	%2616 = fadd float %2580, %2582
	%2617 = fadd float %2584, %2586
	%2618 = fadd float %2588, %2590
	%2619 = fadd float %2592, %2594
	%2620 = fadd float %2596, %2598
	%2621 = fadd float %2600, %2602
	%2622 = fadd float %2604, %2606
	%2623 = fadd float %2607, %2608
	%2624 = fadd float %2609, %2610
	%2625 = fadd float %2611, %2612
	%2626 = fadd float %2613, %2614
	%2627 = fadd float %2615, %2616
	%2628 = fadd float %2617, %2618
	%2629 = fadd float %2619, %2620
	%2630 = fadd float %2621, %2622
	%2631 = fadd float %2623, %2624
	%2632 = fadd float %2625, %2626
	%2633 = fadd float %2627, %2628
	%2634 = fadd float %2629, %2630
	%2635 = fadd float %2631, %2632
	%2636 = fadd float %2633, %2634
	%2637 = fadd float %2635, %2636
	%2638 = fsub float %68, %2542
	%2639 = call float @llvm.nvvm.ex2.approx.ftz.f(float %2638)
	%2640 = fmul float %70, %2639
	%2641 = fadd float %2640, %2637
	%2642 = fadd float %2544, %2546
	%2643 = fadd float %2548, %2550
	%2644 = fadd float %2552, %2554
	%2645 = fadd float %2556, %2558
	%2646 = fadd float %2560, %2562
	%2647 = fadd float %2564, %2566
	%2648 = fadd float %2568, %2570
	%2649 = fadd float %2572, %2574
	%2650 = fadd float %2642, %2643
	%2651 = fadd float %2644, %2645
	%2652 = fadd float %2646, %2647
	%2653 = fadd float %2648, %2649
	%2654 = fadd float %2650, %2651
	%2655 = fadd float %2652, %2653
	%2656 = fadd float %2654, %2655
	%2657 = fadd float %2576, %2578
	%2658 = fadd float %2580, %2582
	%2659 = fadd float %2584, %2586
	%2660 = fadd float %2588, %2590
	%2661 = fadd float %2592, %2594
	%2662 = fadd float %2596, %2598
	%2663 = fadd float %2600, %2602
	%2664 = fadd float %2604, %2606
	%2665 = fadd float %2657, %2658
	%2666 = fadd float %2659, %2660
	%2667 = fadd float %2661, %2662
	%2668 = fadd float %2663, %2664
	%2669 = fadd float %2665, %2666
	%2670 = fadd float %2667, %2668
	%2671 = fadd float %2669, %2670
	%2672 = sext i32 %R to i64
	%2673 = mul i32 %4, 16
	%2674 = add i32 %6, 0
	%2675 = add i32 %2673, %2674
	%2676 = add i32 %3, %2675
	%2677 = icmp slt i32 %2676, %R
	%2678 = mul i32 %1, %18
	%2679 = add i32 %2678, %66
	%2680 = sext i32 %2679 to i64
	%2681 = mul i64 %2680, %2672
	%2682 = sext i32 %2676 to i64
	%2683 = add i64 %2681, %2682
	%2684 = icmp eq i32 %7, 0
	%2685 = and i1 %2677, %2684
	br i1 %2685, label %2686, label %2688

2686:
	%2687 = getelementptr float, float* %mx, i64 %2683
	store float %2375, float* %2687
	br label %2688

2688:
	%2689 = mul i32 %4, 16
	%2690 = add i32 %6, 8
	%2691 = add i32 %2689, %2690
	%2692 = add i32 %3, %2691
	%2693 = icmp slt i32 %2692, %R
	%2694 = mul i32 %1, %18
	%2695 = add i32 %2694, %66
	%2696 = sext i32 %2695 to i64
	%2697 = mul i64 %2696, %2672
	%2698 = sext i32 %2692 to i64
	%2699 = add i64 %2697, %2698
	%2700 = icmp eq i32 %7, 0
	%2701 = and i1 %2693, %2700
	br i1 %2701, label %2702, label %2704

2702:
	%2703 = getelementptr float, float* %mx, i64 %2699
	store float %2542, float* %2703
	br label %2704

2704:
	%2705 = and i32 %7, 1
	%2706 = icmp ne i32 %2705, 0
	%2707 = select i1 %2706, float %2504, float %2489
	%2708 = select i1 %2706, float %2489, float %2504
	%2709 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2708, i32 1, i32 31)
	%2710 = fadd float %2707, %2709
	%2711 = select i1 %2706, float %2671, float %2656
	%2712 = select i1 %2706, float %2656, float %2671
	%2713 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2712, i32 1, i32 31)
	%2714 = fadd float %2711, %2713
	%2715 = and i32 %7, 2
	%2716 = icmp ne i32 %2715, 0
	%2717 = select i1 %2716, float %2714, float %2710
	%2718 = select i1 %2716, float %2710, float %2714
	%2719 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2718, i32 2, i32 31)
	%2720 = fadd float %2717, %2719
	%2721 = add i32 0, %7
	%2722 = icmp sge i32 %7, 2
	%2723 = and i32 %7, 1
	%2724 = xor i1 %2722, true
	%2725 = sdiv i32 %73, 64
	%2726 = add i32 %2725, %2723
	%2727 = and i1 %2724, %2677
	%2728 = icmp slt i32 %2726, %NK
	%2729 = and i1 %2727, %2728
	%2730 = mul i32 %1, %NK
	%2731 = add i32 %2730, %2726
	%2732 = sext i32 %2731 to i64
	%2733 = mul i64 %2732, %2672
	%2734 = mul i32 %4, 16
	%2735 = add i32 %6, 0
	%2736 = add i32 %2734, %2735
	%2737 = add i32 %3, %2736
	%2738 = sext i32 %2737 to i64
	%2739 = add i64 %2733, %2738
	br i1 %2729, label %2740, label %2742

2740:
	%2741 = getelementptr float, float* %part, i64 %2739
	store float %2720, float* %2741
	br label %2742

2742:
	%2743 = sdiv i32 %73, 64
	%2744 = add i32 %2743, %2723
	%2745 = and i1 %2722, %2693
	%2746 = icmp slt i32 %2744, %NK
	%2747 = and i1 %2745, %2746
	%2748 = mul i32 %1, %NK
	%2749 = add i32 %2748, %2744
	%2750 = sext i32 %2749 to i64
	%2751 = mul i64 %2750, %2672
	%2752 = mul i32 %4, 16
	%2753 = add i32 %6, 8
	%2754 = add i32 %2752, %2753
	%2755 = add i32 %3, %2754
	%2756 = sext i32 %2755 to i64
	%2757 = add i64 %2751, %2756
	br i1 %2747, label %2758, label %2760

2758:
	%2759 = getelementptr float, float* %part, i64 %2757
	store float %2720, float* %2759
	br label %2760

2760:
	%2761 = add i32 %66, 1
	br label %65

2762:
	%2763 = mul i32 %1, %R
	%2764 = add i32 %2763, %84
	%2765 = mul i32 %2764, 2
	%2766 = add i32 %2765, 0
	%2767 = sext i32 %2766 to i64
	%2768 = getelementptr float, float* %stats, i64 %2767
	store float %67, float* %2768
	%2769 = mul i32 %1, %R
	%2770 = add i32 %2769, %84
	%2771 = mul i32 %2770, 2
	%2772 = add i32 %2771, 1
	%2773 = sext i32 %2772 to i64
	%2774 = getelementptr float, float* %stats, i64 %2773
	store float %80, float* %2774
	br label %2775

2775:
	%2776 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %70, i32 1, i32 31)
	%2777 = fadd float %70, %2776
	%2778 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2777, i32 2, i32 31)
	%2779 = fadd float %2777, %2778
	%2780 = mul i32 %4, 16
	%2781 = add i32 %6, 8
	%2782 = add i32 %2780, %2781
	%2783 = add i32 %3, %2782
	%2784 = icmp slt i32 %2783, %R
	%2785 = icmp eq i32 %7, 0
	%2786 = and i1 %2784, %2785
	br i1 %2786, label %2787, label %2800

2787:
	%2788 = mul i32 %1, %R
	%2789 = add i32 %2788, %2783
	%2790 = mul i32 %2789, 2
	%2791 = add i32 %2790, 0
	%2792 = sext i32 %2791 to i64
	%2793 = getelementptr float, float* %stats, i64 %2792
	store float %68, float* %2793
	%2794 = mul i32 %1, %R
	%2795 = add i32 %2794, %2783
	%2796 = mul i32 %2795, 2
	%2797 = add i32 %2796, 1
	%2798 = sext i32 %2797 to i64
	%2799 = getelementptr float, float* %stats, i64 %2798
	store float %2779, float* %2799
	br label %2800

2800:
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
	%40 = add i32 %T, 127
	%41 = sdiv i32 %40, 128
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
	%0 = ptrtoint [49152 x i8] addrspace(3)* @oracle_attn2_smem to i32
	%1 = add i32 %0, u0x4000
	%2 = add i32 %0, u0x8000
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
	%33 = mul i32 %32, 128
	%34 = sext i32 %33 to i64
	%35 = getelementptr i16, i16* %q, i64 %34
	%36 = mul i32 %30, %N
	%37 = mul i32 %36, 128
	%38 = sext i32 %37 to i64
	%39 = getelementptr i16, i16* %k, i64 %38
	%40 = mul i32 %30, %N
	%41 = mul i32 %40, 128
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
	%60 = lshr i32 %9, 4
	%61 = and i32 %9, 15
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
	%73 = mul i32 %72, 128
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
	%84 = add i32 %72, 8
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %35
	%88 = add i32 %71, 1024
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 16
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %35
	%94 = add i32 %71, 2048
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 24
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %35
	%100 = add i32 %71, 3072
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	%102 = add i32 %72, 32
	%103 = icmp slt i32 %102, %M
	%104 = getelementptr i16, i16* %77, i64 u0x1000
	%105 = select i1 %103, i16* %104, i16* %35
	%106 = add i32 %71, u0x1000
	%107 = select i1 %103, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %106, i16* %105, i32 %107)
	%108 = add i32 %72, 40
	%109 = icmp slt i32 %108, %M
	%110 = getelementptr i16, i16* %77, i64 5120
	%111 = select i1 %109, i16* %110, i16* %35
	%112 = add i32 %71, 5120
	%113 = select i1 %109, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %112, i16* %111, i32 %113)
	%114 = add i32 %72, 48
	%115 = icmp slt i32 %114, %M
	%116 = getelementptr i16, i16* %77, i64 6144
	%117 = select i1 %115, i16* %116, i16* %35
	%118 = add i32 %71, 6144
	%119 = select i1 %115, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %118, i16* %117, i32 %119)
	%120 = add i32 %72, 56
	%121 = icmp slt i32 %120, %M
	%122 = getelementptr i16, i16* %77, i64 7168
	%123 = select i1 %121, i16* %122, i16* %35
	%124 = add i32 %71, 7168
	%125 = select i1 %121, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %124, i16* %123, i32 %125)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %59, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%126 = and i32 %11, 7
	%127 = lshr i32 %11, 3
	%128 = and i32 %127, 1
	%129 = shl i32 %128, 3
	%130 = add i32 %126, %129
	%131 = lshr i32 %11, 4
	%132 = mul i32 %10, 16
	%133 = add i32 %130, 0
	%134 = add i32 %132, %133
	%135 = mul i32 %134, 256
	%136 = add i32 %2, %135
	%137 = and i32 %11, 7
	%138 = xor i32 %131, %137
	%139 = shl i32 %138, 4
	%140 = add i32 %136, %139
	%141 = mul i32 %56, 64
	%142 = lshr i32 %9, 4
	%143 = and i32 %9, 15
	%144 = lshr i32 %143, 3
	%145 = mul i32 %144, u0x2000
	%146 = and i32 %143, 7
	%147 = and i32 %142, 7
	%148 = xor i32 %146, %147
	%149 = mul i32 %142, 128
	%150 = shl i32 %148, 4
	%151 = add i32 %149, %150
	%152 = add i32 %145, %151
	%153 = add i32 %0, %152
	%154 = add i32 %141, %142
	%155 = mul i32 %154, 128
	%156 = mul i32 %143, 8
	%157 = add i32 %155, %156
	%158 = sext i32 %157 to i64
	%159 = getelementptr i16, i16* %39, i64 %158
	%160 = add i32 %154, 0
	%161 = icmp slt i32 %160, %N
	%162 = getelementptr i16, i16* %159, i64 0
	%163 = select i1 %161, i16* %162, i16* %39
	%164 = add i32 %153, 0
	%165 = select i1 %161, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %164, i16* %163, i32 %165)
	%166 = add i32 %154, 8
	%167 = icmp slt i32 %166, %N
	%168 = getelementptr i16, i16* %159, i64 1024
	%169 = select i1 %167, i16* %168, i16* %39
	%170 = add i32 %153, 1024
	%171 = select i1 %167, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %170, i16* %169, i32 %171)
	%172 = add i32 %154, 16
	%173 = icmp slt i32 %172, %N
	%174 = getelementptr i16, i16* %159, i64 2048
	%175 = select i1 %173, i16* %174, i16* %39
	%176 = add i32 %153, 2048
	%177 = select i1 %173, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %176, i16* %175, i32 %177)
	%178 = add i32 %154, 24
	%179 = icmp slt i32 %178, %N
	%180 = getelementptr i16, i16* %159, i64 3072
	%181 = select i1 %179, i16* %180, i16* %39
	%182 = add i32 %153, 3072
	%183 = select i1 %179, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %182, i16* %181, i32 %183)
	%184 = add i32 %154, 32
	%185 = icmp slt i32 %184, %N
	%186 = getelementptr i16, i16* %159, i64 u0x1000
	%187 = select i1 %185, i16* %186, i16* %39
	%188 = add i32 %153, u0x1000
	%189 = select i1 %185, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %188, i16* %187, i32 %189)
	%190 = add i32 %154, 40
	%191 = icmp slt i32 %190, %N
	%192 = getelementptr i16, i16* %159, i64 5120
	%193 = select i1 %191, i16* %192, i16* %39
	%194 = add i32 %153, 5120
	%195 = select i1 %191, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %194, i16* %193, i32 %195)
	%196 = add i32 %154, 48
	%197 = icmp slt i32 %196, %N
	%198 = getelementptr i16, i16* %159, i64 6144
	%199 = select i1 %197, i16* %198, i16* %39
	%200 = add i32 %153, 6144
	%201 = select i1 %197, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %200, i16* %199, i32 %201)
	%202 = add i32 %154, 56
	%203 = icmp slt i32 %202, %N
	%204 = getelementptr i16, i16* %159, i64 7168
	%205 = select i1 %203, i16* %204, i16* %39
	%206 = add i32 %153, 7168
	%207 = select i1 %203, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %206, i16* %205, i32 %207)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%208 = phi i32 [ 0, %prologue ], [ %1525, %pv ]
	%209 = phi i32 [ %56, %prologue ], [ %1532, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1900, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1901, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1902, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1905, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1906, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1907, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1908, %pv ]
	%219 = phi float [ 0.0, %prologue ], [ %1909, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1910, %pv ]
	%221 = phi float [ 0.0, %prologue ], [ %1911, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1912, %pv ]
	%223 = phi float [ 0.0, %prologue ], [ %1913, %pv ]
	%224 = phi float [ 0.0, %prologue ], [ %1914, %pv ]
	%225 = phi float [ 0.0, %prologue ], [ %1915, %pv ]
	%226 = phi float [ 0.0, %prologue ], [ %1916, %pv ]
	%227 = phi float [ 0.0, %prologue ], [ %1917, %pv ]
	%228 = phi float [ 0.0, %prologue ], [ %1918, %pv ]
	%229 = phi float [ 0.0, %prologue ], [ %1919, %pv ]
	%230 = phi float [ 0.0, %prologue ], [ %1920, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %1921, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %1924, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %1925, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %1926, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %1927, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %1928, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %1929, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %1930, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %1931, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %1936, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %1941, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %1942, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %1943, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %1944, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %1945, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %1946, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %1947, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %1948, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %1953, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %1958, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %1959, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %1960, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %1961, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %1962, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %1963, %pv ]
	%274 = phi float [ 0xFFF0000000000000, %prologue ], [ %1421, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %1472, %pv ]
	%276 = phi float [ 0xFFF0000000000000, %prologue ], [ %1473, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %1524, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%278 = mul i32 %209, 64
	%279 = lshr i32 %9, 4
	%280 = and i32 %9, 15
	%281 = lshr i32 %280, 3
	%282 = mul i32 %281, u0x2000
	%283 = and i32 %280, 7
	%284 = and i32 %279, 7
	%285 = xor i32 %283, %284
	%286 = mul i32 %279, 128
	%287 = shl i32 %285, 4
	%288 = add i32 %286, %287
	%289 = add i32 %282, %288
	%290 = add i32 %1, %289
	%291 = add i32 %278, %279
	%292 = mul i32 %291, 128
	%293 = mul i32 %280, 8
	%294 = add i32 %292, %293
	%295 = sext i32 %294 to i64
	%296 = getelementptr i16, i16* %43, i64 %295
	%297 = add i32 %291, 0
	%298 = icmp slt i32 %297, %N
	%299 = getelementptr i16, i16* %296, i64 0
	%300 = select i1 %298, i16* %299, i16* %43
	%301 = add i32 %290, 0
	%302 = select i1 %298, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %301, i16* %300, i32 %302)
	%303 = add i32 %291, 8
	%304 = icmp slt i32 %303, %N
	%305 = getelementptr i16, i16* %296, i64 1024
	%306 = select i1 %304, i16* %305, i16* %43
	%307 = add i32 %290, 1024
	%308 = select i1 %304, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %307, i16* %306, i32 %308)
	%309 = add i32 %291, 16
	%310 = icmp slt i32 %309, %N
	%311 = getelementptr i16, i16* %296, i64 2048
	%312 = select i1 %310, i16* %311, i16* %43
	%313 = add i32 %290, 2048
	%314 = select i1 %310, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %313, i16* %312, i32 %314)
	%315 = add i32 %291, 24
	%316 = icmp slt i32 %315, %N
	%317 = getelementptr i16, i16* %296, i64 3072
	%318 = select i1 %316, i16* %317, i16* %43
	%319 = add i32 %290, 3072
	%320 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %319, i16* %318, i32 %320)
	%321 = add i32 %291, 32
	%322 = icmp slt i32 %321, %N
	%323 = getelementptr i16, i16* %296, i64 u0x1000
	%324 = select i1 %322, i16* %323, i16* %43
	%325 = add i32 %290, u0x1000
	%326 = select i1 %322, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %325, i16* %324, i32 %326)
	%327 = add i32 %291, 40
	%328 = icmp slt i32 %327, %N
	%329 = getelementptr i16, i16* %296, i64 5120
	%330 = select i1 %328, i16* %329, i16* %43
	%331 = add i32 %290, 5120
	%332 = select i1 %328, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %331, i16* %330, i32 %332)
	%333 = add i32 %291, 48
	%334 = icmp slt i32 %333, %N
	%335 = getelementptr i16, i16* %296, i64 6144
	%336 = select i1 %334, i16* %335, i16* %43
	%337 = add i32 %290, 6144
	%338 = select i1 %334, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %337, i16* %336, i32 %338)
	%339 = add i32 %291, 56
	%340 = icmp slt i32 %339, %N
	%341 = getelementptr i16, i16* %296, i64 7168
	%342 = select i1 %340, i16* %341, i16* %43
	%343 = add i32 %290, 7168
	%344 = select i1 %340, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %343, i16* %342, i32 %344)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%345 = add i32 %4, 0
	%346 = zext i32 %345 to i64
	%347 = or i64 %346, u0x4000004000010000
	%348 = add i32 %6, 0
	%349 = zext i32 %348 to i64
	%350 = or i64 %349, u0x4000004000010000
	%351 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %347, i64 %350, i32 1)
	%352 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 3
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 4
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 5
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 6
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 7
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 8
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 9
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 10
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 11
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 12
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 13
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 14
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 15
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 16
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 17
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 18
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 19
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 20
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 21
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 22
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 23
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 24
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 25
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 26
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 27
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 28
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 29
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 30
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %351, 31
	%384 = add i32 %4, 2
	%385 = zext i32 %384 to i64
	%386 = or i64 %385, u0x4000004000010000
	%387 = add i32 %6, 2
	%388 = zext i32 %387 to i64
	%389 = or i64 %388, u0x4000004000010000
	%390 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %352, float %353, float %354, float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, i64 %386, i64 %389, i32 1)
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 0
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 1
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 2
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 3
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 4
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 5
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 6
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 7
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 8
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 9
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 10
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 11
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 12
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 13
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 14
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 15
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 16
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 17
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 18
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 19
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 20
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 21
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 22
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 23
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 24
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 25
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 26
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 27
	%419 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 28
	%420 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 29
	%421 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 30
	%422 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %390, 31
	%423 = add i32 %4, 4
	%424 = zext i32 %423 to i64
	%425 = or i64 %424, u0x4000004000010000
	%426 = add i32 %6, 4
	%427 = zext i32 %426 to i64
	%428 = or i64 %427, u0x4000004000010000
	%429 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, float %419, float %420, float %421, float %422, i64 %425, i64 %428, i32 1)
	%430 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 0
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 1
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 2
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 3
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 4
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 5
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 6
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 7
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 8
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 9
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 10
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 11
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 12
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 13
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 14
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 15
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 16
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 17
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 18
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 19
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 20
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 21
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 22
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 23
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 24
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 25
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 26
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 27
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 28
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 29
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 30
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %429, 31
	%462 = add i32 %4, 6
	%463 = zext i32 %462 to i64
	%464 = or i64 %463, u0x4000004000010000
	%465 = add i32 %6, 6
	%466 = zext i32 %465 to i64
	%467 = or i64 %466, u0x4000004000010000
	%468 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %430, float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, i64 %464, i64 %467, i32 1)
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 0
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 1
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 2
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 3
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 4
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 5
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 6
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 7
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 8
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 9
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 10
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 11
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 12
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 13
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 14
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 15
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 16
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 17
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 18
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 19
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 20
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 21
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 22
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 23
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 24
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 25
	%495 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 26
	%496 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 27
	%497 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 28
	%498 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 29
	%499 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 30
	%500 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %468, 31
	%501 = add i32 %4, 512
	%502 = zext i32 %501 to i64
	%503 = or i64 %502, u0x4000004000010000
	%504 = add i32 %6, 512
	%505 = zext i32 %504 to i64
	%506 = or i64 %505, u0x4000004000010000
	%507 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, float %495, float %496, float %497, float %498, float %499, float %500, i64 %503, i64 %506, i32 1)
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 0
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 1
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 2
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 3
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 4
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 5
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 6
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 7
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 8
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 9
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 10
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 11
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 12
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 13
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 14
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 15
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 16
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 17
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 18
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 19
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 20
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 21
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 22
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 23
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 24
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 25
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 26
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 27
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 28
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 29
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 30
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %507, 31
	%540 = add i32 %4, 514
	%541 = zext i32 %540 to i64
	%542 = or i64 %541, u0x4000004000010000
	%543 = add i32 %6, 514
	%544 = zext i32 %543 to i64
	%545 = or i64 %544, u0x4000004000010000
	%546 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, i64 %542, i64 %545, i32 1)
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 0
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 1
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 2
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 3
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 4
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 5
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 6
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 7
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 8
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 9
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 10
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 11
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 12
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 13
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 14
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 15
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 16
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 17
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 18
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 19
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 20
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 21
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 22
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 23
	%571 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 24
	%572 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 25
	%573 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 26
	%574 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 27
	%575 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 28
	%576 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 29
	%577 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 30
	%578 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %546, 31
	%579 = add i32 %4, 516
	%580 = zext i32 %579 to i64
	%581 = or i64 %580, u0x4000004000010000
	%582 = add i32 %6, 516
	%583 = zext i32 %582 to i64
	%584 = or i64 %583, u0x4000004000010000
	%585 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, float %571, float %572, float %573, float %574, float %575, float %576, float %577, float %578, i64 %581, i64 %584, i32 1)
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 0
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 1
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 2
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 3
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 4
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 5
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 6
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 7
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 8
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 9
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 10
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 11
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 12
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 13
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 14
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 15
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 16
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 17
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 18
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 19
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 20
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 21
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 22
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 23
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 24
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 25
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 26
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 27
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 28
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 29
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 30
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %585, 31
	%618 = add i32 %4, 518
	%619 = zext i32 %618 to i64
	%620 = or i64 %619, u0x4000004000010000
	%621 = add i32 %6, 518
	%622 = zext i32 %621 to i64
	%623 = or i64 %622, u0x4000004000010000
	%624 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $66, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, $64, $65, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,l,l,r"(float %586, float %587, float %588, float %589, float %590, float %591, float %592, float %593, float %594, float %595, float %596, float %597, float %598, float %599, float %600, float %601, float %602, float %603, float %604, float %605, float %606, float %607, float %608, float %609, float %610, float %611, float %612, float %613, float %614, float %615, float %616, float %617, i64 %620, i64 %623, i32 1)
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 3
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 4
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 5
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 6
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 7
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 8
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 9
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 10
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 11
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 12
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 13
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 14
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 15
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 16
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 17
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 18
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 19
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 20
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 21
	%647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 22
	%648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 23
	%649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 24
	%650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 25
	%651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 26
	%652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 27
	%653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 28
	%654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 29
	%655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 30
	%656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %624, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%657 = call float asm sideeffect "", "=f,0"(float %625)
	%658 = call float asm sideeffect "", "=f,0"(float %626)
	%659 = call float asm sideeffect "", "=f,0"(float %627)
	%660 = call float asm sideeffect "", "=f,0"(float %628)
	%661 = call float asm sideeffect "", "=f,0"(float %629)
	%662 = call float asm sideeffect "", "=f,0"(float %630)
	%663 = call float asm sideeffect "", "=f,0"(float %631)
	%664 = call float asm sideeffect "", "=f,0"(float %632)
	%665 = call float asm sideeffect "", "=f,0"(float %633)
	%666 = call float asm sideeffect "", "=f,0"(float %634)
	%667 = call float asm sideeffect "", "=f,0"(float %635)
	%668 = call float asm sideeffect "", "=f,0"(float %636)
	%669 = call float asm sideeffect "", "=f,0"(float %637)
	%670 = call float asm sideeffect "", "=f,0"(float %638)
	%671 = call float asm sideeffect "", "=f,0"(float %639)
	%672 = call float asm sideeffect "", "=f,0"(float %640)
	%673 = call float asm sideeffect "", "=f,0"(float %641)
	%674 = call float asm sideeffect "", "=f,0"(float %642)
	%675 = call float asm sideeffect "", "=f,0"(float %643)
	%676 = call float asm sideeffect "", "=f,0"(float %644)
	%677 = call float asm sideeffect "", "=f,0"(float %645)
	%678 = call float asm sideeffect "", "=f,0"(float %646)
	%679 = call float asm sideeffect "", "=f,0"(float %647)
	%680 = call float asm sideeffect "", "=f,0"(float %648)
	%681 = call float asm sideeffect "", "=f,0"(float %649)
	%682 = call float asm sideeffect "", "=f,0"(float %650)
	%683 = call float asm sideeffect "", "=f,0"(float %651)
	%684 = call float asm sideeffect "", "=f,0"(float %652)
	%685 = call float asm sideeffect "", "=f,0"(float %653)
	%686 = call float asm sideeffect "", "=f,0"(float %654)
	%687 = call float asm sideeffect "", "=f,0"(float %655)
	%688 = call float asm sideeffect "", "=f,0"(float %656)
	%689 = mul i32 %10, 16
	%690 = add i32 %31, %689
	%691 = add i32 %12, 0
	%692 = add i32 %690, %691
	%693 = mul i32 %10, 16
	%694 = add i32 %31, %693
	%695 = add i32 %12, 8
	%696 = add i32 %694, %695
	%697 = sitofp i32 %29 to float
	%698 = add i32 %52, %209
	%699 = sext i32 %698 to i64
	%700 = getelementptr i8, i8* %cls, i64 %699
	%701 = load i8, i8* %700
	%702 = icmp ne i8 %701, 2
	br i1 %702, label %partial, label %softmax

epilogue:
	%703 = phi float [ 0.0, %entry ], [ %1472, %pv ]
	%704 = phi float [ 0.0, %entry ], [ %1524, %pv ]
	%705 = phi i32 [ 0, %entry ], [ %1525, %pv ]
	%706 = phi float [ 0.0, %entry ], [ %1900, %pv ]
	%707 = phi float [ 0.0, %entry ], [ %1901, %pv ]
	%708 = phi float [ 0.0, %entry ], [ %1902, %pv ]
	%709 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%710 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%711 = phi float [ 0.0, %entry ], [ %1905, %pv ]
	%712 = phi float [ 0.0, %entry ], [ %1906, %pv ]
	%713 = phi float [ 0.0, %entry ], [ %1907, %pv ]
	%714 = phi float [ 0.0, %entry ], [ %1908, %pv ]
	%715 = phi float [ 0.0, %entry ], [ %1909, %pv ]
	%716 = phi float [ 0.0, %entry ], [ %1910, %pv ]
	%717 = phi float [ 0.0, %entry ], [ %1911, %pv ]
	%718 = phi float [ 0.0, %entry ], [ %1912, %pv ]
	%719 = phi float [ 0.0, %entry ], [ %1913, %pv ]
	%720 = phi float [ 0.0, %entry ], [ %1914, %pv ]
	%721 = phi float [ 0.0, %entry ], [ %1915, %pv ]
	%722 = phi float [ 0.0, %entry ], [ %1916, %pv ]
	%723 = phi float [ 0.0, %entry ], [ %1917, %pv ]
	%724 = phi float [ 0.0, %entry ], [ %1918, %pv ]
	%725 = phi float [ 0.0, %entry ], [ %1919, %pv ]
	%726 = phi float [ 0.0, %entry ], [ %1920, %pv ]
	%727 = phi float [ 0.0, %entry ], [ %1921, %pv ]
	%728 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%729 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%730 = phi float [ 0.0, %entry ], [ %1924, %pv ]
	%731 = phi float [ 0.0, %entry ], [ %1925, %pv ]
	%732 = phi float [ 0.0, %entry ], [ %1926, %pv ]
	%733 = phi float [ 0.0, %entry ], [ %1927, %pv ]
	%734 = phi float [ 0.0, %entry ], [ %1928, %pv ]
	%735 = phi float [ 0.0, %entry ], [ %1929, %pv ]
	%736 = phi float [ 0.0, %entry ], [ %1930, %pv ]
	%737 = phi float [ 0.0, %entry ], [ %1931, %pv ]
	%738 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%739 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%740 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%741 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%742 = phi float [ 0.0, %entry ], [ %1936, %pv ]
	%743 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%744 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%745 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%746 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%747 = phi float [ 0.0, %entry ], [ %1941, %pv ]
	%748 = phi float [ 0.0, %entry ], [ %1942, %pv ]
	%749 = phi float [ 0.0, %entry ], [ %1943, %pv ]
	%750 = phi float [ 0.0, %entry ], [ %1944, %pv ]
	%751 = phi float [ 0.0, %entry ], [ %1945, %pv ]
	%752 = phi float [ 0.0, %entry ], [ %1946, %pv ]
	%753 = phi float [ 0.0, %entry ], [ %1947, %pv ]
	%754 = phi float [ 0.0, %entry ], [ %1948, %pv ]
	%755 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%756 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%757 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%758 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%759 = phi float [ 0.0, %entry ], [ %1953, %pv ]
	%760 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%761 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%762 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%763 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%764 = phi float [ 0.0, %entry ], [ %1958, %pv ]
	%765 = phi float [ 0.0, %entry ], [ %1959, %pv ]
	%766 = phi float [ 0.0, %entry ], [ %1960, %pv ]
	%767 = phi float [ 0.0, %entry ], [ %1961, %pv ]
	%768 = phi float [ 0.0, %entry ], [ %1962, %pv ]
	%769 = phi float [ 0.0, %entry ], [ %1963, %pv ]
	%770 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %703, i32 1, i32 31)
	%771 = fadd float %703, %770
	%772 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %771, i32 2, i32 31)
	%773 = fadd float %771, %772
	%774 = fcmp ogt float %773, 0.0
	%775 = fdiv float 1.0, %773
	%776 = select i1 %774, float %775, float 0.0
	%777 = mul i32 %10, 16
	%778 = add i32 %31, %777
	%779 = add i32 %12, 0
	%780 = add i32 %778, %779
	%781 = fmul float %706, %776
	%782 = fmul float %707, %776
	%783 = fmul float %710, %776
	%784 = fmul float %711, %776
	%785 = fmul float %714, %776
	%786 = fmul float %715, %776
	%787 = fmul float %718, %776
	%788 = fmul float %719, %776
	%789 = fmul float %722, %776
	%790 = fmul float %723, %776
	%791 = fmul float %726, %776
	%792 = fmul float %727, %776
	%793 = fmul float %730, %776
	%794 = fmul float %731, %776
	%795 = fmul float %734, %776
	%796 = fmul float %735, %776
	%797 = fmul float %738, %776
	%798 = fmul float %739, %776
	%799 = fmul float %742, %776
	%800 = fmul float %743, %776
	%801 = fmul float %746, %776
	%802 = fmul float %747, %776
	%803 = fmul float %750, %776
	%804 = fmul float %751, %776
	%805 = fmul float %754, %776
	%806 = fmul float %755, %776
	%807 = fmul float %758, %776
	%808 = fmul float %759, %776
	%809 = fmul float %762, %776
	%810 = fmul float %763, %776
	%811 = fmul float %766, %776
	%812 = fmul float %767, %776
	%813 = icmp slt i32 %780, %M
	br i1 %813, label %store0, label %stored0

partial:
	%814 = shl i32 %13, 1
	%815 = add i32 0, %814
	%816 = add i32 %278, %815
	%817 = icmp slt i32 %816, %N
	%818 = select i1 %817, i32 %816, i32 0
	%819 = sitofp i32 %692 to float
	%820 = sitofp i32 %818 to float
	%821 = fcmp ole float %820, %819
	%822 = uitofp i1 %821 to float
	%823 = fcmp une float %822, 0.0
	%824 = and i1 %817, %823
	%825 = select i1 %824, float %657, float 0xFFF0000000000000
	%826 = shl i32 %13, 1
	%827 = add i32 1, %826
	%828 = add i32 %278, %827
	%829 = icmp slt i32 %828, %N
	%830 = select i1 %829, i32 %828, i32 0
	%831 = sitofp i32 %692 to float
	%832 = sitofp i32 %830 to float
	%833 = fcmp ole float %832, %831
	%834 = uitofp i1 %833 to float
	%835 = fcmp une float %834, 0.0
	%836 = and i1 %829, %835
	%837 = select i1 %836, float %658, float 0xFFF0000000000000
	%838 = shl i32 %13, 1
	%839 = add i32 0, %838
	%840 = add i32 %278, %839
	%841 = icmp slt i32 %840, %N
	%842 = select i1 %841, i32 %840, i32 0
	%843 = sitofp i32 %696 to float
	%844 = sitofp i32 %842 to float
	%845 = fcmp ole float %844, %843
	%846 = uitofp i1 %845 to float
	%847 = fcmp une float %846, 0.0
	%848 = and i1 %841, %847
	%849 = select i1 %848, float %659, float 0xFFF0000000000000
	%850 = shl i32 %13, 1
	%851 = add i32 1, %850
	%852 = add i32 %278, %851
	%853 = icmp slt i32 %852, %N
	%854 = select i1 %853, i32 %852, i32 0
	%855 = sitofp i32 %696 to float
	%856 = sitofp i32 %854 to float
	%857 = fcmp ole float %856, %855
	%858 = uitofp i1 %857 to float
	%859 = fcmp une float %858, 0.0
	%860 = and i1 %853, %859
	%861 = select i1 %860, float %660, float 0xFFF0000000000000
	%862 = shl i32 %13, 1
	%863 = add i32 8, %862
	%864 = add i32 %278, %863
	%865 = icmp slt i32 %864, %N
	%866 = select i1 %865, i32 %864, i32 0
	%867 = sitofp i32 %692 to float
	%868 = sitofp i32 %866 to float
	%869 = fcmp ole float %868, %867
	%870 = uitofp i1 %869 to float
	%871 = fcmp une float %870, 0.0
	%872 = and i1 %865, %871
	%873 = select i1 %872, float %661, float 0xFFF0000000000000
	%874 = shl i32 %13, 1
	%875 = add i32 9, %874
	%876 = add i32 %278, %875
	%877 = icmp slt i32 %876, %N
	%878 = select i1 %877, i32 %876, i32 0
	%879 = sitofp i32 %692 to float
	%880 = sitofp i32 %878 to float
	%881 = fcmp ole float %880, %879
	%882 = uitofp i1 %881 to float
	%883 = fcmp une float %882, 0.0
	%884 = and i1 %877, %883
	%885 = select i1 %884, float %662, float 0xFFF0000000000000
	%886 = shl i32 %13, 1
	%887 = add i32 8, %886
	%888 = add i32 %278, %887
	%889 = icmp slt i32 %888, %N
	%890 = select i1 %889, i32 %888, i32 0
	%891 = sitofp i32 %696 to float
	%892 = sitofp i32 %890 to float
	%893 = fcmp ole float %892, %891
	%894 = uitofp i1 %893 to float
	%895 = fcmp une float %894, 0.0
	%896 = and i1 %889, %895
	%897 = select i1 %896, float %663, float 0xFFF0000000000000
	%898 = shl i32 %13, 1
	%899 = add i32 9, %898
	%900 = add i32 %278, %899
	%901 = icmp slt i32 %900, %N
	%902 = select i1 %901, i32 %900, i32 0
	%903 = sitofp i32 %696 to float
	%904 = sitofp i32 %902 to float
	%905 = fcmp ole float %904, %903
	%906 = uitofp i1 %905 to float
	%907 = fcmp une float %906, 0.0
	%908 = and i1 %901, %907
	%909 = select i1 %908, float %664, float 0xFFF0000000000000
	%910 = shl i32 %13, 1
	%911 = add i32 16, %910
	%912 = add i32 %278, %911
	%913 = icmp slt i32 %912, %N
	%914 = select i1 %913, i32 %912, i32 0
	%915 = sitofp i32 %692 to float
	%916 = sitofp i32 %914 to float
	%917 = fcmp ole float %916, %915
	%918 = uitofp i1 %917 to float
	%919 = fcmp une float %918, 0.0
	%920 = and i1 %913, %919
	%921 = select i1 %920, float %665, float 0xFFF0000000000000
	%922 = shl i32 %13, 1
	%923 = add i32 17, %922
	%924 = add i32 %278, %923
	%925 = icmp slt i32 %924, %N
	%926 = select i1 %925, i32 %924, i32 0
	%927 = sitofp i32 %692 to float
	%928 = sitofp i32 %926 to float
	%929 = fcmp ole float %928, %927
	%930 = uitofp i1 %929 to float
	%931 = fcmp une float %930, 0.0
	%932 = and i1 %925, %931
	%933 = select i1 %932, float %666, float 0xFFF0000000000000
	%934 = shl i32 %13, 1
	%935 = add i32 16, %934
	%936 = add i32 %278, %935
	%937 = icmp slt i32 %936, %N
	%938 = select i1 %937, i32 %936, i32 0
	%939 = sitofp i32 %696 to float
	%940 = sitofp i32 %938 to float
	%941 = fcmp ole float %940, %939
	%942 = uitofp i1 %941 to float
	%943 = fcmp une float %942, 0.0
	%944 = and i1 %937, %943
	%945 = select i1 %944, float %667, float 0xFFF0000000000000
	%946 = shl i32 %13, 1
	%947 = add i32 17, %946
	%948 = add i32 %278, %947
	%949 = icmp slt i32 %948, %N
	%950 = select i1 %949, i32 %948, i32 0
	%951 = sitofp i32 %696 to float
	%952 = sitofp i32 %950 to float
	%953 = fcmp ole float %952, %951
	%954 = uitofp i1 %953 to float
	%955 = fcmp une float %954, 0.0
	%956 = and i1 %949, %955
	%957 = select i1 %956, float %668, float 0xFFF0000000000000
	%958 = shl i32 %13, 1
	%959 = add i32 24, %958
	%960 = add i32 %278, %959
	%961 = icmp slt i32 %960, %N
	%962 = select i1 %961, i32 %960, i32 0
	%963 = sitofp i32 %692 to float
	%964 = sitofp i32 %962 to float
	%965 = fcmp ole float %964, %963
	%966 = uitofp i1 %965 to float
	%967 = fcmp une float %966, 0.0
	%968 = and i1 %961, %967
	%969 = select i1 %968, float %669, float 0xFFF0000000000000
	%970 = shl i32 %13, 1
	%971 = add i32 25, %970
	%972 = add i32 %278, %971
	%973 = icmp slt i32 %972, %N
	%974 = select i1 %973, i32 %972, i32 0
	%975 = sitofp i32 %692 to float
	%976 = sitofp i32 %974 to float
	%977 = fcmp ole float %976, %975
	%978 = uitofp i1 %977 to float
	%979 = fcmp une float %978, 0.0
	%980 = and i1 %973, %979
	%981 = select i1 %980, float %670, float 0xFFF0000000000000
	%982 = shl i32 %13, 1
	%983 = add i32 24, %982
	%984 = add i32 %278, %983
	%985 = icmp slt i32 %984, %N
	%986 = select i1 %985, i32 %984, i32 0
	%987 = sitofp i32 %696 to float
	%988 = sitofp i32 %986 to float
	%989 = fcmp ole float %988, %987
	%990 = uitofp i1 %989 to float
	%991 = fcmp une float %990, 0.0
	%992 = and i1 %985, %991
	%993 = select i1 %992, float %671, float 0xFFF0000000000000
	%994 = shl i32 %13, 1
	%995 = add i32 25, %994
	%996 = add i32 %278, %995
	%997 = icmp slt i32 %996, %N
	%998 = select i1 %997, i32 %996, i32 0
	%999 = sitofp i32 %696 to float
	%1000 = sitofp i32 %998 to float
	%1001 = fcmp ole float %1000, %999
	%1002 = uitofp i1 %1001 to float
	%1003 = fcmp une float %1002, 0.0
	%1004 = and i1 %997, %1003
	%1005 = select i1 %1004, float %672, float 0xFFF0000000000000
	%1006 = shl i32 %13, 1
	%1007 = add i32 32, %1006
	%1008 = add i32 %278, %1007
	%1009 = icmp slt i32 %1008, %N
	%1010 = select i1 %1009, i32 %1008, i32 0
	%1011 = sitofp i32 %692 to float
	%1012 = sitofp i32 %1010 to float
	%1013 = fcmp ole float %1012, %1011
	%1014 = uitofp i1 %1013 to float
	%1015 = fcmp une float %1014, 0.0
	%1016 = and i1 %1009, %1015
	%1017 = select i1 %1016, float %673, float 0xFFF0000000000000
	%1018 = shl i32 %13, 1
	%1019 = add i32 33, %1018
	%1020 = add i32 %278, %1019
	%1021 = icmp slt i32 %1020, %N
	%1022 = select i1 %1021, i32 %1020, i32 0
	%1023 = sitofp i32 %692 to float
	%1024 = sitofp i32 %1022 to float
	%1025 = fcmp ole float %1024, %1023
	%1026 = uitofp i1 %1025 to float
	%1027 = fcmp une float %1026, 0.0
	%1028 = and i1 %1021, %1027
	%1029 = select i1 %1028, float %674, float 0xFFF0000000000000
	%1030 = shl i32 %13, 1
	%1031 = add i32 32, %1030
	%1032 = add i32 %278, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %696 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = and i1 %1033, %1039
	%1041 = select i1 %1040, float %675, float 0xFFF0000000000000
	%1042 = shl i32 %13, 1
	%1043 = add i32 33, %1042
	%1044 = add i32 %278, %1043
	%1045 = icmp slt i32 %1044, %N
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = sitofp i32 %696 to float
	%1048 = sitofp i32 %1046 to float
	%1049 = fcmp ole float %1048, %1047
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1045, %1051
	%1053 = select i1 %1052, float %676, float 0xFFF0000000000000
	%1054 = shl i32 %13, 1
	%1055 = add i32 40, %1054
	%1056 = add i32 %278, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %692 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1057, %1063
	%1065 = select i1 %1064, float %677, float 0xFFF0000000000000
	%1066 = shl i32 %13, 1
	%1067 = add i32 41, %1066
	%1068 = add i32 %278, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %692 to float
	%1072 = sitofp i32 %1070 to float
	%1073 = fcmp ole float %1072, %1071
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1069, %1075
	%1077 = select i1 %1076, float %678, float 0xFFF0000000000000
	%1078 = shl i32 %13, 1
	%1079 = add i32 40, %1078
	%1080 = add i32 %278, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %696 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1081, %1087
	%1089 = select i1 %1088, float %679, float 0xFFF0000000000000
	%1090 = shl i32 %13, 1
	%1091 = add i32 41, %1090
	%1092 = add i32 %278, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %696 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %680, float 0xFFF0000000000000
	%1102 = shl i32 %13, 1
	%1103 = add i32 48, %1102
	%1104 = add i32 %278, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %692 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %681, float 0xFFF0000000000000
	%1114 = shl i32 %13, 1
	%1115 = add i32 49, %1114
	%1116 = add i32 %278, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %692 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %682, float 0xFFF0000000000000
	%1126 = shl i32 %13, 1
	%1127 = add i32 48, %1126
	%1128 = add i32 %278, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %696 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %683, float 0xFFF0000000000000
	%1138 = shl i32 %13, 1
	%1139 = add i32 49, %1138
	%1140 = add i32 %278, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %696 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %684, float 0xFFF0000000000000
	%1150 = shl i32 %13, 1
	%1151 = add i32 56, %1150
	%1152 = add i32 %278, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %692 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %685, float 0xFFF0000000000000
	%1162 = shl i32 %13, 1
	%1163 = add i32 57, %1162
	%1164 = add i32 %278, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %692 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %686, float 0xFFF0000000000000
	%1174 = shl i32 %13, 1
	%1175 = add i32 56, %1174
	%1176 = add i32 %278, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %696 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %687, float 0xFFF0000000000000
	%1186 = shl i32 %13, 1
	%1187 = add i32 57, %1186
	%1188 = add i32 %278, %1187
	%1189 = icmp slt i32 %1188, %N
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = sitofp i32 %696 to float
	%1192 = sitofp i32 %1190 to float
	%1193 = fcmp ole float %1192, %1191
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1189, %1195
	%1197 = select i1 %1196, float %688, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1198 = phi float [ %657, %loop ], [ %825, %partial ]
	%1199 = phi float [ %658, %loop ], [ %837, %partial ]
	%1200 = phi float [ %659, %loop ], [ %849, %partial ]
	%1201 = phi float [ %660, %loop ], [ %861, %partial ]
	%1202 = phi float [ %661, %loop ], [ %873, %partial ]
	%1203 = phi float [ %662, %loop ], [ %885, %partial ]
	%1204 = phi float [ %663, %loop ], [ %897, %partial ]
	%1205 = phi float [ %664, %loop ], [ %909, %partial ]
	%1206 = phi float [ %665, %loop ], [ %921, %partial ]
	%1207 = phi float [ %666, %loop ], [ %933, %partial ]
	%1208 = phi float [ %667, %loop ], [ %945, %partial ]
	%1209 = phi float [ %668, %loop ], [ %957, %partial ]
	%1210 = phi float [ %669, %loop ], [ %969, %partial ]
	%1211 = phi float [ %670, %loop ], [ %981, %partial ]
	%1212 = phi float [ %671, %loop ], [ %993, %partial ]
	%1213 = phi float [ %672, %loop ], [ %1005, %partial ]
	%1214 = phi float [ %673, %loop ], [ %1017, %partial ]
	%1215 = phi float [ %674, %loop ], [ %1029, %partial ]
	%1216 = phi float [ %675, %loop ], [ %1041, %partial ]
	%1217 = phi float [ %676, %loop ], [ %1053, %partial ]
	%1218 = phi float [ %677, %loop ], [ %1065, %partial ]
	%1219 = phi float [ %678, %loop ], [ %1077, %partial ]
	%1220 = phi float [ %679, %loop ], [ %1089, %partial ]
	%1221 = phi float [ %680, %loop ], [ %1101, %partial ]
	%1222 = phi float [ %681, %loop ], [ %1113, %partial ]
	%1223 = phi float [ %682, %loop ], [ %1125, %partial ]
	%1224 = phi float [ %683, %loop ], [ %1137, %partial ]
	%1225 = phi float [ %684, %loop ], [ %1149, %partial ]
	%1226 = phi float [ %685, %loop ], [ %1161, %partial ]
	%1227 = phi float [ %686, %loop ], [ %1173, %partial ]
	%1228 = phi float [ %687, %loop ], [ %1185, %partial ]
	%1229 = phi float [ %688, %loop ], [ %1197, %partial ]
	%1230 = call float @llvm.nvvm.fmax.f(float %1198, float %1199)
	%1231 = call float @llvm.nvvm.fmax.f(float %1202, float %1203)
	%1232 = call float @llvm.nvvm.fmax.f(float %1206, float %1207)
	%1233 = call float @llvm.nvvm.fmax.f(float %1210, float %1211)
	%1234 = call float @llvm.nvvm.fmax.f(float %1214, float %1215)
	%1235 = call float @llvm.nvvm.fmax.f(float %1218, float %1219)
	%1236 = call float @llvm.nvvm.fmax.f(float %1222, float %1223)
	%1237 = call float @llvm.nvvm.fmax.f(float %1226, float %1227)
	%1238 = call float @llvm.nvvm.fmax.f(float %1230, float %1231)
	%1239 = call float @llvm.nvvm.fmax.f(float %1232, float %1233)
	%1240 = call float @llvm.nvvm.fmax.f(float %1234, float %1235)
	%1241 = call float @llvm.nvvm.fmax.f(float %1236, float %1237)
	%1242 = call float @llvm.nvvm.fmax.f(float %1238, float %1239)
	%1243 = call float @llvm.nvvm.fmax.f(float %1240, float %1241)
	%1244 = call float @llvm.nvvm.fmax.f(float %1242, float %1243)
	%1245 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1244, i32 1, i32 31)
	%1246 = call float @llvm.nvvm.fmax.f(float %1244, float %1245)
	%1247 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1246, i32 2, i32 31)
	%1248 = call float @llvm.nvvm.fmax.f(float %1246, float %1247)
	%1249 = fmul float %1248, 0x3FC0527DC0000000
	%1250 = call float @llvm.nvvm.fmax.f(float %274, float %1249)
	%1251 = fadd float %274, 8.0
	%1252 = fcmp ogt float %1250, %1251
	%1253 = or i1 false, %1252
	%1254 = call float @llvm.nvvm.fmax.f(float %1200, float %1201)
	%1255 = call float @llvm.nvvm.fmax.f(float %1204, float %1205)
	%1256 = call float @llvm.nvvm.fmax.f(float %1208, float %1209)
	%1257 = call float @llvm.nvvm.fmax.f(float %1212, float %1213)
	%1258 = call float @llvm.nvvm.fmax.f(float %1216, float %1217)
	%1259 = call float @llvm.nvvm.fmax.f(float %1220, float %1221)
	%1260 = call float @llvm.nvvm.fmax.f(float %1224, float %1225)
	%1261 = call float @llvm.nvvm.fmax.f(float %1228, float %1229)
	%1262 = call float @llvm.nvvm.fmax.f(float %1254, float %1255)
	%1263 = call float @llvm.nvvm.fmax.f(float %1256, float %1257)
	%1264 = call float @llvm.nvvm.fmax.f(float %1258, float %1259)
	%1265 = call float @llvm.nvvm.fmax.f(float %1260, float %1261)
	%1266 = call float @llvm.nvvm.fmax.f(float %1262, float %1263)
	%1267 = call float @llvm.nvvm.fmax.f(float %1264, float %1265)
	%1268 = call float @llvm.nvvm.fmax.f(float %1266, float %1267)
	%1269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1268, i32 1, i32 31)
	%1270 = call float @llvm.nvvm.fmax.f(float %1268, float %1269)
	%1271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1270, i32 2, i32 31)
	%1272 = call float @llvm.nvvm.fmax.f(float %1270, float %1271)
	%1273 = fmul float %1272, 0x3FC0527DC0000000
	%1274 = call float @llvm.nvvm.fmax.f(float %276, float %1273)
	%1275 = fadd float %276, 8.0
	%1276 = fcmp ogt float %1274, %1275
	%1277 = or i1 %1253, %1276
	%1278 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1277)
	br i1 %1278, label %1279, label %1354

1279:
	%1280 = fcmp oeq float %1250, 0xFFF0000000000000
	%1281 = select i1 %1280, float 0.0, float %1250
	%1282 = fsub float %274, %1281
	%1283 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1282)
	%1284 = fcmp oeq float %1274, 0xFFF0000000000000
	%1285 = select i1 %1284, float 0.0, float %1274
	%1286 = fsub float %276, %1285
	%1287 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1286)
	%1288 = fmul float %210, %1283
	%1289 = fmul float %211, %1283
	%1290 = fmul float %212, %1287
	%1291 = fmul float %213, %1287
	%1292 = fmul float %214, %1283
	%1293 = fmul float %215, %1283
	%1294 = fmul float %216, %1287
	%1295 = fmul float %217, %1287
	%1296 = fmul float %218, %1283
	%1297 = fmul float %219, %1283
	%1298 = fmul float %220, %1287
	%1299 = fmul float %221, %1287
	%1300 = fmul float %222, %1283
	%1301 = fmul float %223, %1283
	%1302 = fmul float %224, %1287
	%1303 = fmul float %225, %1287
	%1304 = fmul float %226, %1283
	%1305 = fmul float %227, %1283
	%1306 = fmul float %228, %1287
	%1307 = fmul float %229, %1287
	%1308 = fmul float %230, %1283
	%1309 = fmul float %231, %1283
	%1310 = fmul float %232, %1287
	%1311 = fmul float %233, %1287
	%1312 = fmul float %234, %1283
	%1313 = fmul float %235, %1283
	%1314 = fmul float %236, %1287
	%1315 = fmul float %237, %1287
	%1316 = fmul float %238, %1283
	%1317 = fmul float %239, %1283
	%1318 = fmul float %240, %1287
	%1319 = fmul float %241, %1287
	%1320 = fmul float %242, %1283
	%1321 = fmul float %243, %1283
	%1322 = fmul float %244, %1287
	%1323 = fmul float %245, %1287
	%1324 = fmul float %246, %1283
	%1325 = fmul float %247, %1283
	%1326 = fmul float %248, %1287
	%1327 = fmul float %249, %1287
	%1328 = fmul float %250, %1283
	%1329 = fmul float %251, %1283
	%1330 = fmul float %252, %1287
	%1331 = fmul float %253, %1287
	%1332 = fmul float %254, %1283
	%1333 = fmul float %255, %1283
	%1334 = fmul float %256, %1287
	%1335 = fmul float %257, %1287
	%1336 = fmul float %258, %1283
	%1337 = fmul float %259, %1283
	%1338 = fmul float %260, %1287
	%1339 = fmul float %261, %1287
	%1340 = fmul float %262, %1283
	%1341 = fmul float %263, %1283
	%1342 = fmul float %264, %1287
	%1343 = fmul float %265, %1287
	%1344 = fmul float %266, %1283
	%1345 = fmul float %267, %1283
	%1346 = fmul float %268, %1287
	%1347 = fmul float %269, %1287
	%1348 = fmul float %270, %1283
	%1349 = fmul float %271, %1283
	%1350 = fmul float %272, %1287
	%1351 = fmul float %273, %1287
	%1352 = fmul float %275, %1283
	%1353 = fmul float %277, %1287
	br label %1354

1354:
	%1355 = phi float [ %210, %softmax ], [ %1288, %1279 ]
	%1356 = phi float [ %211, %softmax ], [ %1289, %1279 ]
	%1357 = phi float [ %212, %softmax ], [ %1290, %1279 ]
	%1358 = phi float [ %213, %softmax ], [ %1291, %1279 ]
	%1359 = phi float [ %214, %softmax ], [ %1292, %1279 ]
	%1360 = phi float [ %215, %softmax ], [ %1293, %1279 ]
	%1361 = phi float [ %216, %softmax ], [ %1294, %1279 ]
	%1362 = phi float [ %217, %softmax ], [ %1295, %1279 ]
	%1363 = phi float [ %218, %softmax ], [ %1296, %1279 ]
	%1364 = phi float [ %219, %softmax ], [ %1297, %1279 ]
	%1365 = phi float [ %220, %softmax ], [ %1298, %1279 ]
	%1366 = phi float [ %221, %softmax ], [ %1299, %1279 ]
	%1367 = phi float [ %222, %softmax ], [ %1300, %1279 ]
	%1368 = phi float [ %223, %softmax ], [ %1301, %1279 ]
	%1369 = phi float [ %224, %softmax ], [ %1302, %1279 ]
	%1370 = phi float [ %225, %softmax ], [ %1303, %1279 ]
	%1371 = phi float [ %226, %softmax ], [ %1304, %1279 ]
	%1372 = phi float [ %227, %softmax ], [ %1305, %1279 ]
	%1373 = phi float [ %228, %softmax ], [ %1306, %1279 ]
	%1374 = phi float [ %229, %softmax ], [ %1307, %1279 ]
	%1375 = phi float [ %230, %softmax ], [ %1308, %1279 ]
	%1376 = phi float [ %231, %softmax ], [ %1309, %1279 ]
	%1377 = phi float [ %232, %softmax ], [ %1310, %1279 ]
	%1378 = phi float [ %233, %softmax ], [ %1311, %1279 ]
	%1379 = phi float [ %234, %softmax ], [ %1312, %1279 ]
	%1380 = phi float [ %235, %softmax ], [ %1313, %1279 ]
	%1381 = phi float [ %236, %softmax ], [ %1314, %1279 ]
	%1382 = phi float [ %237, %softmax ], [ %1315, %1279 ]
	%1383 = phi float [ %238, %softmax ], [ %1316, %1279 ]
	%1384 = phi float [ %239, %softmax ], [ %1317, %1279 ]
	%1385 = phi float [ %240, %softmax ], [ %1318, %1279 ]
	%1386 = phi float [ %241, %softmax ], [ %1319, %1279 ]
	%1387 = phi float [ %242, %softmax ], [ %1320, %1279 ]
	%1388 = phi float [ %243, %softmax ], [ %1321, %1279 ]
	%1389 = phi float [ %244, %softmax ], [ %1322, %1279 ]
	%1390 = phi float [ %245, %softmax ], [ %1323, %1279 ]
	%1391 = phi float [ %246, %softmax ], [ %1324, %1279 ]
	%1392 = phi float [ %247, %softmax ], [ %1325, %1279 ]
	%1393 = phi float [ %248, %softmax ], [ %1326, %1279 ]
	%1394 = phi float [ %249, %softmax ], [ %1327, %1279 ]
	%1395 = phi float [ %250, %softmax ], [ %1328, %1279 ]
	%1396 = phi float [ %251, %softmax ], [ %1329, %1279 ]
	%1397 = phi float [ %252, %softmax ], [ %1330, %1279 ]
	%1398 = phi float [ %253, %softmax ], [ %1331, %1279 ]
	%1399 = phi float [ %254, %softmax ], [ %1332, %1279 ]
	%1400 = phi float [ %255, %softmax ], [ %1333, %1279 ]
	%1401 = phi float [ %256, %softmax ], [ %1334, %1279 ]
	%1402 = phi float [ %257, %softmax ], [ %1335, %1279 ]
	%1403 = phi float [ %258, %softmax ], [ %1336, %1279 ]
	%1404 = phi float [ %259, %softmax ], [ %1337, %1279 ]
	%1405 = phi float [ %260, %softmax ], [ %1338, %1279 ]
	%1406 = phi float [ %261, %softmax ], [ %1339, %1279 ]
	%1407 = phi float [ %262, %softmax ], [ %1340, %1279 ]
	%1408 = phi float [ %263, %softmax ], [ %1341, %1279 ]
	%1409 = phi float [ %264, %softmax ], [ %1342, %1279 ]
	%1410 = phi float [ %265, %softmax ], [ %1343, %1279 ]
	%1411 = phi float [ %266, %softmax ], [ %1344, %1279 ]
	%1412 = phi float [ %267, %softmax ], [ %1345, %1279 ]
	%1413 = phi float [ %268, %softmax ], [ %1346, %1279 ]
	%1414 = phi float [ %269, %softmax ], [ %1347, %1279 ]
	%1415 = phi float [ %270, %softmax ], [ %1348, %1279 ]
	%1416 = phi float [ %271, %softmax ], [ %1349, %1279 ]
	%1417 = phi float [ %272, %softmax ], [ %1350, %1279 ]
	%1418 = phi float [ %273, %softmax ], [ %1351, %1279 ]
	%1419 = phi float [ %275, %softmax ], [ %1352, %1279 ]
	%1420 = phi float [ %277, %softmax ], [ %1353, %1279 ]
	%1421 = select i1 %1278, float %1250, float %274
	%1422 = fcmp oeq float %1421, 0xFFF0000000000000
	%1423 = select i1 %1422, float 0.0, float %1421
	%1424 = fneg float %1423
	%1425 = call float @llvm.fma.f32(float %1198, float 0x3FC0527DC0000000, float %1424)
	%1426 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1425)
	%1427 = call float @llvm.fma.f32(float %1199, float 0x3FC0527DC0000000, float %1424)
	%1428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1427)
	%1429 = call float @llvm.fma.f32(float %1202, float 0x3FC0527DC0000000, float %1424)
	%1430 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1429)
	%1431 = call float @llvm.fma.f32(float %1203, float 0x3FC0527DC0000000, float %1424)
	%1432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1431)
	%1433 = call float @llvm.fma.f32(float %1206, float 0x3FC0527DC0000000, float %1424)
	%1434 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1433)
	%1435 = call float @llvm.fma.f32(float %1207, float 0x3FC0527DC0000000, float %1424)
	%1436 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1435)
	%1437 = call float @llvm.fma.f32(float %1210, float 0x3FC0527DC0000000, float %1424)
	%1438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1437)
	%1439 = call float @llvm.fma.f32(float %1211, float 0x3FC0527DC0000000, float %1424)
	%1440 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1439)
	%1441 = call float @llvm.fma.f32(float %1214, float 0x3FC0527DC0000000, float %1424)
	%1442 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1441)
	%1443 = call float @llvm.fma.f32(float %1215, float 0x3FC0527DC0000000, float %1424)
	%1444 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1443)
	%1445 = call float @llvm.fma.f32(float %1218, float 0x3FC0527DC0000000, float %1424)
	%1446 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1445)
	%1447 = call float @llvm.fma.f32(float %1219, float 0x3FC0527DC0000000, float %1424)
	%1448 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1447)
	%1449 = call float @llvm.fma.f32(float %1222, float 0x3FC0527DC0000000, float %1424)
	%1450 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1449)
	%1451 = call float @llvm.fma.f32(float %1223, float 0x3FC0527DC0000000, float %1424)
	%1452 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1451)
	%1453 = call float @llvm.fma.f32(float %1226, float 0x3FC0527DC0000000, float %1424)
	%1454 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1453)
	%1455 = call float @llvm.fma.f32(float %1227, float 0x3FC0527DC0000000, float %1424)
	%1456 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1455)
	%1457 = fadd float %1426, %1428
	%1458 = fadd float %1430, %1432
	%1459 = fadd float %1434, %1436
	%1460 = fadd float %1438, %1440
	%1461 = fadd float %1442, %1444
	%1462 = fadd float %1446, %1448
	%1463 = fadd float %1450, %1452
	%1464 = fadd float %1454, %1456
	%1465 = fadd float %1457, %1458
	%1466 = fadd float %1459, %1460
	%1467 = fadd float %1461, %1462
	%1468 = fadd float %1463, %1464
	%1469 = fadd float %1465, %1466
	%1470 = fadd float %1467, %1468
	%1471 = fadd float %1469, %1470
	%1472 = fadd float %1419, %1471
	%1473 = select i1 %1278, float %1274, float %276
	%1474 = fcmp oeq float %1473, 0xFFF0000000000000
	%1475 = select i1 %1474, float 0.0, float %1473
	%1476 = fneg float %1475
	%1477 = call float @llvm.fma.f32(float %1200, float 0x3FC0527DC0000000, float %1476)
	%1478 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1477)
	%1479 = call float @llvm.fma.f32(float %1201, float 0x3FC0527DC0000000, float %1476)
	%1480 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1479)
	%1481 = call float @llvm.fma.f32(float %1204, float 0x3FC0527DC0000000, float %1476)
	%1482 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1481)
	%1483 = call float @llvm.fma.f32(float %1205, float 0x3FC0527DC0000000, float %1476)
	%1484 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1483)
	%1485 = call float @llvm.fma.f32(float %1208, float 0x3FC0527DC0000000, float %1476)
	%1486 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1485)
	%1487 = call float @llvm.fma.f32(float %1209, float 0x3FC0527DC0000000, float %1476)
	%1488 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1487)
	%1489 = call float @llvm.fma.f32(float %1212, float 0x3FC0527DC0000000, float %1476)
	%1490 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1489)
	%1491 = call float @llvm.fma.f32(float %1213, float 0x3FC0527DC0000000, float %1476)
	%1492 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1491)
	%1493 = call float @llvm.fma.f32(float %1216, float 0x3FC0527DC0000000, float %1476)
	%1494 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1493)
	%1495 = call float @llvm.fma.f32(float %1217, float 0x3FC0527DC0000000, float %1476)
	%1496 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1495)
	%1497 = call float @llvm.fma.f32(float %1220, float 0x3FC0527DC0000000, float %1476)
	%1498 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1497)
	%1499 = call float @llvm.fma.f32(float %1221, float 0x3FC0527DC0000000, float %1476)
	%1500 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1499)
	%1501 = call float @llvm.fma.f32(float %1224, float 0x3FC0527DC0000000, float %1476)
	%1502 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1501)
	%1503 = call float @llvm.fma.f32(float %1225, float 0x3FC0527DC0000000, float %1476)
	%1504 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1503)
	%1505 = call float @llvm.fma.f32(float %1228, float 0x3FC0527DC0000000, float %1476)
	%1506 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1505)
	%1507 = call float @llvm.fma.f32(float %1229, float 0x3FC0527DC0000000, float %1476)
	%1508 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1507)
	%1509 = fadd float %1478, %1480
	%1510 = fadd float %1482, %1484
	%1511 = fadd float %1486, %1488
	%1512 = fadd float %1490, %1492
	%1513 = fadd float %1494, %1496
	%1514 = fadd float %1498, %1500
	%1515 = fadd float %1502, %1504
	%1516 = fadd float %1506, %1508
	%1517 = fadd float %1509, %1510
	%1518 = fadd float %1511, %1512
	%1519 = fadd float %1513, %1514
	%1520 = fadd float %1515, %1516
	%1521 = fadd float %1517, %1518
	%1522 = fadd float %1519, %1520
	%1523 = fadd float %1521, %1522
	%1524 = fadd float %1420, %1523
	%1525 = add i32 %208, 1
	%1526 = icmp slt i32 %1525, %NK
	%1527 = select i1 %1526, i32 %1525, i32 0
	%1528 = add i32 %48, %1527
	%1529 = sext i32 %1528 to i64
	%1530 = getelementptr i32, i32* %list, i64 %1529
	%1531 = load i32, i32* %1530
	%1532 = select i1 %1526, i32 %1531, i32 -1
	%1533 = icmp sge i32 %1532, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1533, label %prefetch, label %pv

prefetch:
	%1534 = mul i32 %1532, 64
	%1535 = lshr i32 %9, 4
	%1536 = and i32 %9, 15
	%1537 = lshr i32 %1536, 3
	%1538 = mul i32 %1537, u0x2000
	%1539 = and i32 %1536, 7
	%1540 = and i32 %1535, 7
	%1541 = xor i32 %1539, %1540
	%1542 = mul i32 %1535, 128
	%1543 = shl i32 %1541, 4
	%1544 = add i32 %1542, %1543
	%1545 = add i32 %1538, %1544
	%1546 = add i32 %0, %1545
	%1547 = add i32 %1534, %1535
	%1548 = mul i32 %1547, 128
	%1549 = mul i32 %1536, 8
	%1550 = add i32 %1548, %1549
	%1551 = sext i32 %1550 to i64
	%1552 = getelementptr i16, i16* %39, i64 %1551
	%1553 = add i32 %1547, 0
	%1554 = icmp slt i32 %1553, %N
	%1555 = getelementptr i16, i16* %1552, i64 0
	%1556 = select i1 %1554, i16* %1555, i16* %39
	%1557 = add i32 %1546, 0
	%1558 = select i1 %1554, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1557, i16* %1556, i32 %1558)
	%1559 = add i32 %1547, 8
	%1560 = icmp slt i32 %1559, %N
	%1561 = getelementptr i16, i16* %1552, i64 1024
	%1562 = select i1 %1560, i16* %1561, i16* %39
	%1563 = add i32 %1546, 1024
	%1564 = select i1 %1560, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1563, i16* %1562, i32 %1564)
	%1565 = add i32 %1547, 16
	%1566 = icmp slt i32 %1565, %N
	%1567 = getelementptr i16, i16* %1552, i64 2048
	%1568 = select i1 %1566, i16* %1567, i16* %39
	%1569 = add i32 %1546, 2048
	%1570 = select i1 %1566, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1569, i16* %1568, i32 %1570)
	%1571 = add i32 %1547, 24
	%1572 = icmp slt i32 %1571, %N
	%1573 = getelementptr i16, i16* %1552, i64 3072
	%1574 = select i1 %1572, i16* %1573, i16* %39
	%1575 = add i32 %1546, 3072
	%1576 = select i1 %1572, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1575, i16* %1574, i32 %1576)
	%1577 = add i32 %1547, 32
	%1578 = icmp slt i32 %1577, %N
	%1579 = getelementptr i16, i16* %1552, i64 u0x1000
	%1580 = select i1 %1578, i16* %1579, i16* %39
	%1581 = add i32 %1546, u0x1000
	%1582 = select i1 %1578, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1581, i16* %1580, i32 %1582)
	%1583 = add i32 %1547, 40
	%1584 = icmp slt i32 %1583, %N
	%1585 = getelementptr i16, i16* %1552, i64 5120
	%1586 = select i1 %1584, i16* %1585, i16* %39
	%1587 = add i32 %1546, 5120
	%1588 = select i1 %1584, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1587, i16* %1586, i32 %1588)
	%1589 = add i32 %1547, 48
	%1590 = icmp slt i32 %1589, %N
	%1591 = getelementptr i16, i16* %1552, i64 6144
	%1592 = select i1 %1590, i16* %1591, i16* %39
	%1593 = add i32 %1546, 6144
	%1594 = select i1 %1590, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1593, i16* %1592, i32 %1594)
	%1595 = add i32 %1547, 56
	%1596 = icmp slt i32 %1595, %N
	%1597 = getelementptr i16, i16* %1552, i64 7168
	%1598 = select i1 %1596, i16* %1597, i16* %39
	%1599 = add i32 %1546, 7168
	%1600 = select i1 %1596, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1599, i16* %1598, i32 %1600)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1601 = and i32 %11, 7
	%1602 = lshr i32 %11, 3
	%1603 = and i32 %1602, 1
	%1604 = shl i32 %1603, 3
	%1605 = add i32 %1601, %1604
	%1606 = mul i32 %1605, 256
	%1607 = add i32 %1, %1606
	%1608 = and i32 %11, 7
	%1609 = xor i32 %131, %1608
	%1610 = shl i32 %1609, 4
	%1611 = add i32 %1607, %1610
	%1612 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1428, float %1426)
	%1613 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1480, float %1478)
	%1614 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1432, float %1430)
	%1615 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1484, float %1482)
	%1616 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1436, float %1434)
	%1617 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1488, float %1486)
	%1618 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1440, float %1438)
	%1619 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1492, float %1490)
	%1620 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1444, float %1442)
	%1621 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1496, float %1494)
	%1622 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1448, float %1446)
	%1623 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1500, float %1498)
	%1624 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1452, float %1450)
	%1625 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1504, float %1502)
	%1626 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1456, float %1454)
	%1627 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1508, float %1506)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%1628 = add i32 %8, 0
	%1629 = zext i32 %1628 to i64
	%1630 = or i64 %1629, u0x4000004002000000
	%1631 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1355, float %1356, float %1357, float %1358, float %1359, float %1360, float %1361, float %1362, float %1363, float %1364, float %1365, float %1366, float %1367, float %1368, float %1369, float %1370, float %1371, float %1372, float %1373, float %1374, float %1375, float %1376, float %1377, float %1378, float %1379, float %1380, float %1381, float %1382, float %1383, float %1384, float %1385, float %1386, float %1387, float %1388, float %1389, float %1390, float %1391, float %1392, float %1393, float %1394, float %1395, float %1396, float %1397, float %1398, float %1399, float %1400, float %1401, float %1402, float %1403, float %1404, float %1405, float %1406, float %1407, float %1408, float %1409, float %1410, float %1411, float %1412, float %1413, float %1414, float %1415, float %1416, float %1417, float %1418, i32 %1612, i32 %1613, i32 %1614, i32 %1615, i64 %1630, i32 1)
	%1632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 0
	%1633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 1
	%1634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 2
	%1635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 3
	%1636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 4
	%1637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 5
	%1638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 6
	%1639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 7
	%1640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 8
	%1641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 9
	%1642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 10
	%1643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 11
	%1644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 12
	%1645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 13
	%1646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 14
	%1647 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 15
	%1648 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 16
	%1649 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 17
	%1650 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 18
	%1651 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 19
	%1652 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 20
	%1653 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 21
	%1654 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 22
	%1655 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 23
	%1656 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 24
	%1657 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 25
	%1658 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 26
	%1659 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 27
	%1660 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 28
	%1661 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 29
	%1662 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 30
	%1663 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 31
	%1664 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 32
	%1665 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 33
	%1666 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 34
	%1667 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 35
	%1668 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 36
	%1669 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 37
	%1670 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 38
	%1671 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 39
	%1672 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 40
	%1673 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 41
	%1674 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 42
	%1675 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 43
	%1676 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 44
	%1677 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 45
	%1678 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 46
	%1679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 47
	%1680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 48
	%1681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 49
	%1682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 50
	%1683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 51
	%1684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 52
	%1685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 53
	%1686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 54
	%1687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 55
	%1688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 56
	%1689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 57
	%1690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 58
	%1691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 59
	%1692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 60
	%1693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 61
	%1694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 62
	%1695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1631, 63
	%1696 = add i32 %8, 128
	%1697 = zext i32 %1696 to i64
	%1698 = or i64 %1697, u0x4000004002000000
	%1699 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1632, float %1633, float %1634, float %1635, float %1636, float %1637, float %1638, float %1639, float %1640, float %1641, float %1642, float %1643, float %1644, float %1645, float %1646, float %1647, float %1648, float %1649, float %1650, float %1651, float %1652, float %1653, float %1654, float %1655, float %1656, float %1657, float %1658, float %1659, float %1660, float %1661, float %1662, float %1663, float %1664, float %1665, float %1666, float %1667, float %1668, float %1669, float %1670, float %1671, float %1672, float %1673, float %1674, float %1675, float %1676, float %1677, float %1678, float %1679, float %1680, float %1681, float %1682, float %1683, float %1684, float %1685, float %1686, float %1687, float %1688, float %1689, float %1690, float %1691, float %1692, float %1693, float %1694, float %1695, i32 %1616, i32 %1617, i32 %1618, i32 %1619, i64 %1698, i32 1)
	%1700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 0
	%1701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 1
	%1702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 2
	%1703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 3
	%1704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 4
	%1705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 5
	%1706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 6
	%1707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 7
	%1708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 8
	%1709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 9
	%1710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 10
	%1711 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 11
	%1712 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 12
	%1713 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 13
	%1714 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 14
	%1715 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 15
	%1716 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 16
	%1717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 17
	%1718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 18
	%1719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 19
	%1720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 20
	%1721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 21
	%1722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 22
	%1723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 23
	%1724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 24
	%1725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 25
	%1726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 26
	%1727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 27
	%1728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 28
	%1729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 29
	%1730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 30
	%1731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 31
	%1732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 32
	%1733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 33
	%1734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 34
	%1735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 35
	%1736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 36
	%1737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 37
	%1738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 38
	%1739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 39
	%1740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 40
	%1741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 41
	%1742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 42
	%1743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 43
	%1744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 44
	%1745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 45
	%1746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 46
	%1747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 47
	%1748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 48
	%1749 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 49
	%1750 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 50
	%1751 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 51
	%1752 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 52
	%1753 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 53
	%1754 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 54
	%1755 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 55
	%1756 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 56
	%1757 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 57
	%1758 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 58
	%1759 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 59
	%1760 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 60
	%1761 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 61
	%1762 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 62
	%1763 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1699, 63
	%1764 = add i32 %8, 256
	%1765 = zext i32 %1764 to i64
	%1766 = or i64 %1765, u0x4000004002000000
	%1767 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1700, float %1701, float %1702, float %1703, float %1704, float %1705, float %1706, float %1707, float %1708, float %1709, float %1710, float %1711, float %1712, float %1713, float %1714, float %1715, float %1716, float %1717, float %1718, float %1719, float %1720, float %1721, float %1722, float %1723, float %1724, float %1725, float %1726, float %1727, float %1728, float %1729, float %1730, float %1731, float %1732, float %1733, float %1734, float %1735, float %1736, float %1737, float %1738, float %1739, float %1740, float %1741, float %1742, float %1743, float %1744, float %1745, float %1746, float %1747, float %1748, float %1749, float %1750, float %1751, float %1752, float %1753, float %1754, float %1755, float %1756, float %1757, float %1758, float %1759, float %1760, float %1761, float %1762, float %1763, i32 %1620, i32 %1621, i32 %1622, i32 %1623, i64 %1766, i32 1)
	%1768 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 0
	%1769 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 1
	%1770 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 2
	%1771 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 3
	%1772 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 4
	%1773 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 5
	%1774 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 6
	%1775 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 7
	%1776 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 8
	%1777 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 9
	%1778 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 10
	%1779 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 11
	%1780 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 12
	%1781 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 13
	%1782 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 14
	%1783 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 15
	%1784 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 16
	%1785 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 17
	%1786 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 18
	%1787 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 19
	%1788 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 20
	%1789 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 21
	%1790 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 22
	%1791 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 23
	%1792 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 24
	%1793 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 25
	%1794 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 26
	%1795 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 27
	%1796 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 28
	%1797 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 29
	%1798 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 30
	%1799 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 31
	%1800 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 32
	%1801 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 33
	%1802 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 34
	%1803 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 35
	%1804 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 36
	%1805 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 37
	%1806 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 38
	%1807 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 39
	%1808 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 40
	%1809 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 41
	%1810 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 42
	%1811 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 43
	%1812 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 44
	%1813 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 45
	%1814 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 46
	%1815 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 47
	%1816 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 48
	%1817 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 49
	%1818 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 50
	%1819 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 51
	%1820 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 52
	%1821 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 53
	%1822 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 54
	%1823 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 55
	%1824 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 56
	%1825 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 57
	%1826 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 58
	%1827 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 59
	%1828 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 60
	%1829 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 61
	%1830 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 62
	%1831 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1767, 63
	%1832 = add i32 %8, 384
	%1833 = zext i32 %1832 to i64
	%1834 = or i64 %1833, u0x4000004002000000
	%1835 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $133, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.bf16.bf16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, {$128, $129, $130, $131}, $132, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,r,r,r,r,l,r"(float %1768, float %1769, float %1770, float %1771, float %1772, float %1773, float %1774, float %1775, float %1776, float %1777, float %1778, float %1779, float %1780, float %1781, float %1782, float %1783, float %1784, float %1785, float %1786, float %1787, float %1788, float %1789, float %1790, float %1791, float %1792, float %1793, float %1794, float %1795, float %1796, float %1797, float %1798, float %1799, float %1800, float %1801, float %1802, float %1803, float %1804, float %1805, float %1806, float %1807, float %1808, float %1809, float %1810, float %1811, float %1812, float %1813, float %1814, float %1815, float %1816, float %1817, float %1818, float %1819, float %1820, float %1821, float %1822, float %1823, float %1824, float %1825, float %1826, float %1827, float %1828, float %1829, float %1830, float %1831, i32 %1624, i32 %1625, i32 %1626, i32 %1627, i64 %1834, i32 1)
	%1836 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 0
	%1837 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 1
	%1838 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 2
	%1839 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 3
	%1840 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 4
	%1841 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 5
	%1842 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 6
	%1843 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 7
	%1844 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 8
	%1845 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 9
	%1846 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 10
	%1847 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 11
	%1848 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 12
	%1849 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 13
	%1850 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 14
	%1851 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 15
	%1852 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 16
	%1853 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 17
	%1854 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 18
	%1855 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 19
	%1856 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 20
	%1857 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 21
	%1858 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 22
	%1859 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 23
	%1860 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 24
	%1861 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 25
	%1862 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 26
	%1863 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 27
	%1864 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 28
	%1865 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 29
	%1866 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 30
	%1867 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 31
	%1868 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 32
	%1869 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 33
	%1870 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 34
	%1871 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 35
	%1872 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 36
	%1873 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 37
	%1874 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 38
	%1875 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 39
	%1876 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 40
	%1877 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 41
	%1878 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 42
	%1879 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 43
	%1880 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 44
	%1881 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 45
	%1882 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 46
	%1883 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 47
	%1884 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 48
	%1885 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 49
	%1886 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 50
	%1887 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 51
	%1888 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 52
	%1889 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 53
	%1890 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 54
	%1891 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 55
	%1892 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 56
	%1893 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 57
	%1894 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 58
	%1895 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 59
	%1896 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 60
	%1897 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 61
	%1898 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 62
	%1899 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %1835, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%1900 = call float asm sideeffect "", "=f,0"(float %1836)
	%1901 = call float asm sideeffect "", "=f,0"(float %1837)
	%1902 = call float asm sideeffect "", "=f,0"(float %1838)
	%1903 = call float asm sideeffect "", "=f,0"(float %1839)
	%1904 = call float asm sideeffect "", "=f,0"(float %1840)
	%1905 = call float asm sideeffect "", "=f,0"(float %1841)
	%1906 = call float asm sideeffect "", "=f,0"(float %1842)
	%1907 = call float asm sideeffect "", "=f,0"(float %1843)
	%1908 = call float asm sideeffect "", "=f,0"(float %1844)
	%1909 = call float asm sideeffect "", "=f,0"(float %1845)
	%1910 = call float asm sideeffect "", "=f,0"(float %1846)
	%1911 = call float asm sideeffect "", "=f,0"(float %1847)
	%1912 = call float asm sideeffect "", "=f,0"(float %1848)
	%1913 = call float asm sideeffect "", "=f,0"(float %1849)
	%1914 = call float asm sideeffect "", "=f,0"(float %1850)
	%1915 = call float asm sideeffect "", "=f,0"(float %1851)
	%1916 = call float asm sideeffect "", "=f,0"(float %1852)
	%1917 = call float asm sideeffect "", "=f,0"(float %1853)
	%1918 = call float asm sideeffect "", "=f,0"(float %1854)
	%1919 = call float asm sideeffect "", "=f,0"(float %1855)
	%1920 = call float asm sideeffect "", "=f,0"(float %1856)
	%1921 = call float asm sideeffect "", "=f,0"(float %1857)
	%1922 = call float asm sideeffect "", "=f,0"(float %1858)
	%1923 = call float asm sideeffect "", "=f,0"(float %1859)
	%1924 = call float asm sideeffect "", "=f,0"(float %1860)
	%1925 = call float asm sideeffect "", "=f,0"(float %1861)
	%1926 = call float asm sideeffect "", "=f,0"(float %1862)
	%1927 = call float asm sideeffect "", "=f,0"(float %1863)
	%1928 = call float asm sideeffect "", "=f,0"(float %1864)
	%1929 = call float asm sideeffect "", "=f,0"(float %1865)
	%1930 = call float asm sideeffect "", "=f,0"(float %1866)
	%1931 = call float asm sideeffect "", "=f,0"(float %1867)
	%1932 = call float asm sideeffect "", "=f,0"(float %1868)
	%1933 = call float asm sideeffect "", "=f,0"(float %1869)
	%1934 = call float asm sideeffect "", "=f,0"(float %1870)
	%1935 = call float asm sideeffect "", "=f,0"(float %1871)
	%1936 = call float asm sideeffect "", "=f,0"(float %1872)
	%1937 = call float asm sideeffect "", "=f,0"(float %1873)
	%1938 = call float asm sideeffect "", "=f,0"(float %1874)
	%1939 = call float asm sideeffect "", "=f,0"(float %1875)
	%1940 = call float asm sideeffect "", "=f,0"(float %1876)
	%1941 = call float asm sideeffect "", "=f,0"(float %1877)
	%1942 = call float asm sideeffect "", "=f,0"(float %1878)
	%1943 = call float asm sideeffect "", "=f,0"(float %1879)
	%1944 = call float asm sideeffect "", "=f,0"(float %1880)
	%1945 = call float asm sideeffect "", "=f,0"(float %1881)
	%1946 = call float asm sideeffect "", "=f,0"(float %1882)
	%1947 = call float asm sideeffect "", "=f,0"(float %1883)
	%1948 = call float asm sideeffect "", "=f,0"(float %1884)
	%1949 = call float asm sideeffect "", "=f,0"(float %1885)
	%1950 = call float asm sideeffect "", "=f,0"(float %1886)
	%1951 = call float asm sideeffect "", "=f,0"(float %1887)
	%1952 = call float asm sideeffect "", "=f,0"(float %1888)
	%1953 = call float asm sideeffect "", "=f,0"(float %1889)
	%1954 = call float asm sideeffect "", "=f,0"(float %1890)
	%1955 = call float asm sideeffect "", "=f,0"(float %1891)
	%1956 = call float asm sideeffect "", "=f,0"(float %1892)
	%1957 = call float asm sideeffect "", "=f,0"(float %1893)
	%1958 = call float asm sideeffect "", "=f,0"(float %1894)
	%1959 = call float asm sideeffect "", "=f,0"(float %1895)
	%1960 = call float asm sideeffect "", "=f,0"(float %1896)
	%1961 = call float asm sideeffect "", "=f,0"(float %1897)
	%1962 = call float asm sideeffect "", "=f,0"(float %1898)
	%1963 = call float asm sideeffect "", "=f,0"(float %1899)
	br i1 %1533, label %loop, label %epilogue

store0:
	%1964 = mul i32 %29, %M
	%1965 = add i32 %1964, %780
	%1966 = mul i32 %1965, 128
	%1967 = shl i32 %13, 1
	%1968 = add i32 0, %1967
	%1969 = add i32 %1966, %1968
	%1970 = sext i32 %1969 to i64
	%1971 = getelementptr i16, i16* %out, i64 %1970
	%1972 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %782, float %781)
	%1973 = bitcast i16* %1971 to i32*
	store i32 %1972, i32* %1973
	%1974 = shl i32 %13, 1
	%1975 = add i32 8, %1974
	%1976 = add i32 %1966, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr i16, i16* %out, i64 %1977
	%1979 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %784, float %783)
	%1980 = bitcast i16* %1978 to i32*
	store i32 %1979, i32* %1980
	%1981 = shl i32 %13, 1
	%1982 = add i32 16, %1981
	%1983 = add i32 %1966, %1982
	%1984 = sext i32 %1983 to i64
	%1985 = getelementptr i16, i16* %out, i64 %1984
	%1986 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %786, float %785)
	%1987 = bitcast i16* %1985 to i32*
	store i32 %1986, i32* %1987
	%1988 = shl i32 %13, 1
	%1989 = add i32 24, %1988
	%1990 = add i32 %1966, %1989
	%1991 = sext i32 %1990 to i64
	%1992 = getelementptr i16, i16* %out, i64 %1991
	%1993 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %788, float %787)
	%1994 = bitcast i16* %1992 to i32*
	store i32 %1993, i32* %1994
	%1995 = shl i32 %13, 1
	%1996 = add i32 32, %1995
	%1997 = add i32 %1966, %1996
	%1998 = sext i32 %1997 to i64
	%1999 = getelementptr i16, i16* %out, i64 %1998
	%2000 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %790, float %789)
	%2001 = bitcast i16* %1999 to i32*
	store i32 %2000, i32* %2001
	%2002 = shl i32 %13, 1
	%2003 = add i32 40, %2002
	%2004 = add i32 %1966, %2003
	%2005 = sext i32 %2004 to i64
	%2006 = getelementptr i16, i16* %out, i64 %2005
	%2007 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %792, float %791)
	%2008 = bitcast i16* %2006 to i32*
	store i32 %2007, i32* %2008
	%2009 = shl i32 %13, 1
	%2010 = add i32 48, %2009
	%2011 = add i32 %1966, %2010
	%2012 = sext i32 %2011 to i64
	%2013 = getelementptr i16, i16* %out, i64 %2012
	%2014 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %794, float %793)
	%2015 = bitcast i16* %2013 to i32*
	store i32 %2014, i32* %2015
	%2016 = shl i32 %13, 1
	%2017 = add i32 56, %2016
	%2018 = add i32 %1966, %2017
	%2019 = sext i32 %2018 to i64
	%2020 = getelementptr i16, i16* %out, i64 %2019
	%2021 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %796, float %795)
	%2022 = bitcast i16* %2020 to i32*
	store i32 %2021, i32* %2022
	%2023 = shl i32 %13, 1
	%2024 = add i32 64, %2023
	%2025 = add i32 %1966, %2024
	%2026 = sext i32 %2025 to i64
	%2027 = getelementptr i16, i16* %out, i64 %2026
	%2028 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %798, float %797)
	%2029 = bitcast i16* %2027 to i32*
	store i32 %2028, i32* %2029
	%2030 = shl i32 %13, 1
	%2031 = add i32 72, %2030
	%2032 = add i32 %1966, %2031
	%2033 = sext i32 %2032 to i64
	%2034 = getelementptr i16, i16* %out, i64 %2033
	%2035 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %800, float %799)
	%2036 = bitcast i16* %2034 to i32*
	store i32 %2035, i32* %2036
	%2037 = shl i32 %13, 1
	%2038 = add i32 80, %2037
	%2039 = add i32 %1966, %2038
	%2040 = sext i32 %2039 to i64
	%2041 = getelementptr i16, i16* %out, i64 %2040
	%2042 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %802, float %801)
	%2043 = bitcast i16* %2041 to i32*
	store i32 %2042, i32* %2043
	%2044 = shl i32 %13, 1
	%2045 = add i32 88, %2044
	%2046 = add i32 %1966, %2045
	%2047 = sext i32 %2046 to i64
	%2048 = getelementptr i16, i16* %out, i64 %2047
	%2049 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %804, float %803)
	%2050 = bitcast i16* %2048 to i32*
	store i32 %2049, i32* %2050
	%2051 = shl i32 %13, 1
	%2052 = add i32 96, %2051
	%2053 = add i32 %1966, %2052
	%2054 = sext i32 %2053 to i64
	%2055 = getelementptr i16, i16* %out, i64 %2054
	%2056 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %806, float %805)
	%2057 = bitcast i16* %2055 to i32*
	store i32 %2056, i32* %2057
	%2058 = shl i32 %13, 1
	%2059 = add i32 104, %2058
	%2060 = add i32 %1966, %2059
	%2061 = sext i32 %2060 to i64
	%2062 = getelementptr i16, i16* %out, i64 %2061
	%2063 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %808, float %807)
	%2064 = bitcast i16* %2062 to i32*
	store i32 %2063, i32* %2064
	%2065 = shl i32 %13, 1
	%2066 = add i32 112, %2065
	%2067 = add i32 %1966, %2066
	%2068 = sext i32 %2067 to i64
	%2069 = getelementptr i16, i16* %out, i64 %2068
	%2070 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %810, float %809)
	%2071 = bitcast i16* %2069 to i32*
	store i32 %2070, i32* %2071
	%2072 = shl i32 %13, 1
	%2073 = add i32 120, %2072
	%2074 = add i32 %1966, %2073
	%2075 = sext i32 %2074 to i64
	%2076 = getelementptr i16, i16* %out, i64 %2075
	%2077 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %812, float %811)
	%2078 = bitcast i16* %2076 to i32*
	store i32 %2077, i32* %2078
	br label %stored0

stored0:
	%2079 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %704, i32 1, i32 31)
	%2080 = fadd float %704, %2079
	%2081 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2080, i32 2, i32 31)
	%2082 = fadd float %2080, %2081
	%2083 = fcmp ogt float %2082, 0.0
	%2084 = fdiv float 1.0, %2082
	%2085 = select i1 %2083, float %2084, float 0.0
	%2086 = mul i32 %10, 16
	%2087 = add i32 %31, %2086
	%2088 = add i32 %12, 8
	%2089 = add i32 %2087, %2088
	%2090 = fmul float %708, %2085
	%2091 = fmul float %709, %2085
	%2092 = fmul float %712, %2085
	%2093 = fmul float %713, %2085
	%2094 = fmul float %716, %2085
	%2095 = fmul float %717, %2085
	%2096 = fmul float %720, %2085
	%2097 = fmul float %721, %2085
	%2098 = fmul float %724, %2085
	%2099 = fmul float %725, %2085
	%2100 = fmul float %728, %2085
	%2101 = fmul float %729, %2085
	%2102 = fmul float %732, %2085
	%2103 = fmul float %733, %2085
	%2104 = fmul float %736, %2085
	%2105 = fmul float %737, %2085
	%2106 = fmul float %740, %2085
	%2107 = fmul float %741, %2085
	%2108 = fmul float %744, %2085
	%2109 = fmul float %745, %2085
	%2110 = fmul float %748, %2085
	%2111 = fmul float %749, %2085
	%2112 = fmul float %752, %2085
	%2113 = fmul float %753, %2085
	%2114 = fmul float %756, %2085
	%2115 = fmul float %757, %2085
	%2116 = fmul float %760, %2085
	%2117 = fmul float %761, %2085
	%2118 = fmul float %764, %2085
	%2119 = fmul float %765, %2085
	%2120 = fmul float %768, %2085
	%2121 = fmul float %769, %2085
	%2122 = icmp slt i32 %2089, %M
	br i1 %2122, label %store1, label %stored1

store1:
	%2123 = mul i32 %29, %M
	%2124 = add i32 %2123, %2089
	%2125 = mul i32 %2124, 128
	%2126 = shl i32 %13, 1
	%2127 = add i32 0, %2126
	%2128 = add i32 %2125, %2127
	%2129 = sext i32 %2128 to i64
	%2130 = getelementptr i16, i16* %out, i64 %2129
	%2131 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2091, float %2090)
	%2132 = bitcast i16* %2130 to i32*
	store i32 %2131, i32* %2132
	%2133 = shl i32 %13, 1
	%2134 = add i32 8, %2133
	%2135 = add i32 %2125, %2134
	%2136 = sext i32 %2135 to i64
	%2137 = getelementptr i16, i16* %out, i64 %2136
	%2138 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2093, float %2092)
	%2139 = bitcast i16* %2137 to i32*
	store i32 %2138, i32* %2139
	%2140 = shl i32 %13, 1
	%2141 = add i32 16, %2140
	%2142 = add i32 %2125, %2141
	%2143 = sext i32 %2142 to i64
	%2144 = getelementptr i16, i16* %out, i64 %2143
	%2145 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2095, float %2094)
	%2146 = bitcast i16* %2144 to i32*
	store i32 %2145, i32* %2146
	%2147 = shl i32 %13, 1
	%2148 = add i32 24, %2147
	%2149 = add i32 %2125, %2148
	%2150 = sext i32 %2149 to i64
	%2151 = getelementptr i16, i16* %out, i64 %2150
	%2152 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2097, float %2096)
	%2153 = bitcast i16* %2151 to i32*
	store i32 %2152, i32* %2153
	%2154 = shl i32 %13, 1
	%2155 = add i32 32, %2154
	%2156 = add i32 %2125, %2155
	%2157 = sext i32 %2156 to i64
	%2158 = getelementptr i16, i16* %out, i64 %2157
	%2159 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2099, float %2098)
	%2160 = bitcast i16* %2158 to i32*
	store i32 %2159, i32* %2160
	%2161 = shl i32 %13, 1
	%2162 = add i32 40, %2161
	%2163 = add i32 %2125, %2162
	%2164 = sext i32 %2163 to i64
	%2165 = getelementptr i16, i16* %out, i64 %2164
	%2166 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2101, float %2100)
	%2167 = bitcast i16* %2165 to i32*
	store i32 %2166, i32* %2167
	%2168 = shl i32 %13, 1
	%2169 = add i32 48, %2168
	%2170 = add i32 %2125, %2169
	%2171 = sext i32 %2170 to i64
	%2172 = getelementptr i16, i16* %out, i64 %2171
	%2173 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2103, float %2102)
	%2174 = bitcast i16* %2172 to i32*
	store i32 %2173, i32* %2174
	%2175 = shl i32 %13, 1
	%2176 = add i32 56, %2175
	%2177 = add i32 %2125, %2176
	%2178 = sext i32 %2177 to i64
	%2179 = getelementptr i16, i16* %out, i64 %2178
	%2180 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2105, float %2104)
	%2181 = bitcast i16* %2179 to i32*
	store i32 %2180, i32* %2181
	%2182 = shl i32 %13, 1
	%2183 = add i32 64, %2182
	%2184 = add i32 %2125, %2183
	%2185 = sext i32 %2184 to i64
	%2186 = getelementptr i16, i16* %out, i64 %2185
	%2187 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2107, float %2106)
	%2188 = bitcast i16* %2186 to i32*
	store i32 %2187, i32* %2188
	%2189 = shl i32 %13, 1
	%2190 = add i32 72, %2189
	%2191 = add i32 %2125, %2190
	%2192 = sext i32 %2191 to i64
	%2193 = getelementptr i16, i16* %out, i64 %2192
	%2194 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2109, float %2108)
	%2195 = bitcast i16* %2193 to i32*
	store i32 %2194, i32* %2195
	%2196 = shl i32 %13, 1
	%2197 = add i32 80, %2196
	%2198 = add i32 %2125, %2197
	%2199 = sext i32 %2198 to i64
	%2200 = getelementptr i16, i16* %out, i64 %2199
	%2201 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2111, float %2110)
	%2202 = bitcast i16* %2200 to i32*
	store i32 %2201, i32* %2202
	%2203 = shl i32 %13, 1
	%2204 = add i32 88, %2203
	%2205 = add i32 %2125, %2204
	%2206 = sext i32 %2205 to i64
	%2207 = getelementptr i16, i16* %out, i64 %2206
	%2208 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2113, float %2112)
	%2209 = bitcast i16* %2207 to i32*
	store i32 %2208, i32* %2209
	%2210 = shl i32 %13, 1
	%2211 = add i32 96, %2210
	%2212 = add i32 %2125, %2211
	%2213 = sext i32 %2212 to i64
	%2214 = getelementptr i16, i16* %out, i64 %2213
	%2215 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2115, float %2114)
	%2216 = bitcast i16* %2214 to i32*
	store i32 %2215, i32* %2216
	%2217 = shl i32 %13, 1
	%2218 = add i32 104, %2217
	%2219 = add i32 %2125, %2218
	%2220 = sext i32 %2219 to i64
	%2221 = getelementptr i16, i16* %out, i64 %2220
	%2222 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2117, float %2116)
	%2223 = bitcast i16* %2221 to i32*
	store i32 %2222, i32* %2223
	%2224 = shl i32 %13, 1
	%2225 = add i32 112, %2224
	%2226 = add i32 %2125, %2225
	%2227 = sext i32 %2226 to i64
	%2228 = getelementptr i16, i16* %out, i64 %2227
	%2229 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2119, float %2118)
	%2230 = bitcast i16* %2228 to i32*
	store i32 %2229, i32* %2230
	%2231 = shl i32 %13, 1
	%2232 = add i32 120, %2231
	%2233 = add i32 %2125, %2232
	%2234 = sext i32 %2233 to i64
	%2235 = getelementptr i16, i16* %out, i64 %2234
	%2236 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2121, float %2120)
	%2237 = bitcast i16* %2235 to i32*
	store i32 %2236, i32* %2237
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @oracle_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @oracle_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @oracle_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32)* @oracle_attn2, !"minctasm", i32 4}
