; adfull
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@adfull_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@adfull_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@adfull_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
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
	br label %17

17:
	%18 = phi i32 [ %0, %entry ], [ %41, %36 ]
	%19 = phi float [ 0xFFF0000000000000, %entry ], [ %40, %36 ]
	%20 = icmp slt i32 %18, %16
	br i1 %20, label %21, label %30

21:
	%22 = icmp slt i32 %18, %NK
	%23 = select i1 %22, i32 %18, i32 0
	%24 = add i32 %10, %23
	%25 = sext i32 %24 to i64
	%26 = getelementptr i8, i8* %cls, i64 %25
	%27 = load i8, i8* %26
	%28 = icmp ne i8 %27, 0
	%29 = and i1 %22, %28
	br i1 %29, label %31, label %36

30:
	br label %42

31:
	%32 = add i32 %11, %18
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %e, i64 %33
	%35 = load float, float* %34
	br label %36

36:
	%37 = phi float [ 0xFFF0000000000000, %21 ], [ %35, %31 ]
	%38 = bitcast float %37 to i32
	%39 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %18
	store i32 %38, i32 addrspace(3)* %39
	%40 = call float @llvm.nvvm.fmax.f(float %19, float %37)
	%41 = add i32 %18, 256
	br label %17

42:
	%43 = phi i32 [ %0, %30 ], [ %53, %45 ]
	%44 = icmp slt i32 %43, %16
	br i1 %44, label %45, label %54

45:
	%46 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %43
	%47 = load i32, i32 addrspace(3)* %46
	%48 = bitcast i32 %47 to float
	%49 = fcmp one float %48, 0xFFF0000000000000
	%50 = select i1 %49, float %48, float -1.0
	%51 = bitcast float %50 to i32
	%52 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %43
	store i32 %51, i32 addrspace(3)* %52
	%53 = add i32 %43, 256
	br label %42

54:
	%55 = mul i32 %1, 64
	%56 = add i32 %55, %off
	%57 = add i32 %1, 1
	%58 = mul i32 %57, 64
	%59 = icmp slt i32 %58, %M
	%60 = select i1 %59, i32 %58, i32 %M
	%61 = sub i32 %60, 1
	%62 = add i32 %61, %off
	%63 = icmp slt i32 %56, 0
	%64 = sub i32 0, %56
	%65 = sub i32 32, 1
	%66 = add i32 %64, %65
	%67 = sdiv i32 %66, 32
	%68 = sub i32 0, %67
	%69 = sdiv i32 %56, 32
	%70 = select i1 %63, i32 %68, i32 %69
	%71 = icmp slt i32 %62, 0
	%72 = sub i32 0, %62
	%73 = sub i32 32, 1
	%74 = add i32 %72, %73
	%75 = sdiv i32 %74, 32
	%76 = sub i32 0, %75
	%77 = sdiv i32 %62, 32
	%78 = select i1 %71, i32 %76, i32 %77
	br label %79

79:
	%80 = phi i32 [ %0, %54 ], [ %124, %110 ]
	%81 = phi float [ 0.0, %54 ], [ %123, %110 ]
	%82 = icmp slt i32 %80, %16
	br i1 %82, label %83, label %91

83:
	%84 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %80
	%85 = load i32, i32 addrspace(3)* %84
	%86 = bitcast i32 %85 to float
	%87 = fcmp oge float %86, 0.0
	%88 = fmul float %86, 1.0
	%89 = select i1 %87, float %88, float -1.0
	%90 = icmp slt i32 %80, %NK
	br i1 %90, label %106, label %110

91:
	%92 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %81, i32 16, i32 31)
	%93 = fadd float %81, %92
	%94 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %93, i32 8, i32 31)
	%95 = fadd float %93, %94
	%96 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %95, i32 4, i32 31)
	%97 = fadd float %95, %96
	%98 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %97, i32 2, i32 31)
	%99 = fadd float %97, %98
	%100 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %99, i32 1, i32 31)
	%101 = fadd float %99, %100
	%102 = lshr i32 %0, 5
	%103 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%104 = icmp eq i32 %103, 0
	%105 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 %102
	br i1 %104, label %125, label %126

106:
	%107 = add i32 %11, %80
	%108 = sext i32 %107 to i64
	%109 = getelementptr float, float* %e, i64 %108
	store float %89, float* %109
	br label %110

110:
	%111 = icmp sge i32 %80, %70
	%112 = icmp sle i32 %80, %78
	%113 = and i1 %111, %112
	%114 = or i1 false, %113
	%115 = icmp eq i32 %80, 0
	%116 = or i1 %114, %115
	%117 = bitcast float %89 to i32
	%118 = add i32 %117, 2
	%119 = select i1 %116, i32 1, i32 %118
	%120 = select i1 %87, i32 %119, i32 0
	%121 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %80
	store i32 %120, i32 addrspace(3)* %121
	%122 = uitofp i1 %87 to float
	%123 = fadd float %81, %122
	%124 = add i32 %80, 256
	br label %79

125:
	store float %101, float addrspace(3)* %105
	br label %126

126:
	call void @llvm.nvvm.barrier0()
	%127 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 0
	%128 = load float, float addrspace(3)* %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 1
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 2
	%133 = load float, float addrspace(3)* %132
	%134 = fadd float %131, %133
	%135 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 3
	%136 = load float, float addrspace(3)* %135
	%137 = fadd float %134, %136
	%138 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 4
	%139 = load float, float addrspace(3)* %138
	%140 = fadd float %137, %139
	%141 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 5
	%142 = load float, float addrspace(3)* %141
	%143 = fadd float %140, %142
	%144 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 6
	%145 = load float, float addrspace(3)* %144
	%146 = fadd float %143, %145
	%147 = getelementptr [32 x float], [32 x float] addrspace(3)* @adfull_select1_red, i32 0, i32 7
	%148 = load float, float addrspace(3)* %147
	%149 = fadd float %146, %148
	%150 = fptosi float %149 to i32
	%151 = icmp eq i32 %0, 0
	br i1 %151, label %152, label %156

152:
	%153 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 0
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp eq i32 %154, 1
	br i1 %155, label %173, label %181

156:
	call void @llvm.nvvm.barrier0()
	%157 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @adfull_select1_cnt, i32 0, i32 0
	%158 = load i32, i32 addrspace(3)* %157
	%159 = sub i32 %150, %158
	%160 = sitofp i32 %150 to double
	%161 = fmul double 0x3FB999999999999A, %160
	%162 = fsub double %161, 0x3E112E0BE826D695
	%163 = call double @llvm.ceil.f64(double %162)
	%164 = fptosi double %163 to i32
	%165 = sub i32 %164, %158
	%166 = icmp sgt i32 %165, 0
	%167 = select i1 %166, i32 %165, i32 0
	%168 = icmp slt i32 %167, %159
	%169 = select i1 %168, i32 %167, i32 %159
	%170 = icmp sgt i32 %169, 0
	%171 = select i1 %170, i32 %169, i32 0
	%172 = icmp sgt i32 %171, 0
	br i1 %172, label %topk, label %topk_done

173:
	%174 = add i32 %13, 0
	%175 = sext i32 %174 to i64
	%176 = getelementptr i32, i32* %list, i64 %175
	store i32 0, i32* %176
	%177 = add i32 %13, %NK
	%178 = add i32 %177, 0
	%179 = sext i32 %178 to i64
	%180 = getelementptr i32, i32* %list, i64 %179
	store i32 1, i32* %180
	br label %181

181:
	%182 = add i32 %11, 0
	%183 = sext i32 %182 to i64
	%184 = getelementptr float, float* %e, i64 %183
	%185 = load float, float* %184
	%186 = add i32 0, 1
	%187 = select i1 %155, i32 %186, i32 0
	%188 = fpext float %185 to double
	%189 = fadd double 0.0, %188
	%190 = select i1 %155, double %189, double 0.0
	%191 = icmp sgt i32 %70, 1
	%192 = select i1 %191, i32 %70, i32 1
	%193 = add i32 %78, 1
	%194 = icmp slt i32 %193, %NK
	%195 = select i1 %194, i32 %193, i32 %NK
	br label %196

196:
	%197 = phi i32 [ %192, %181 ], [ %226, %216 ]
	%198 = phi i32 [ %187, %181 ], [ %222, %216 ]
	%199 = phi double [ %190, %181 ], [ %225, %216 ]
	%200 = icmp slt i32 %197, %195
	br i1 %200, label %201, label %205

201:
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %197
	%203 = load i32, i32 addrspace(3)* %202
	%204 = icmp eq i32 %203, 1
	br i1 %204, label %208, label %216

205:
	%206 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @adfull_select1_cnt, i32 0, i32 0
	store i32 %198, i32 addrspace(3)* %206
	%207 = getelementptr [1 x double], [1 x double] addrspace(3)* @adfull_select1_mass, i32 0, i32 0
	store double %199, double addrspace(3)* %207
	br label %156

208:
	%209 = add i32 %13, %198
	%210 = sext i32 %209 to i64
	%211 = getelementptr i32, i32* %list, i64 %210
	store i32 %197, i32* %211
	%212 = add i32 %13, %NK
	%213 = add i32 %212, %198
	%214 = sext i32 %213 to i64
	%215 = getelementptr i32, i32* %list, i64 %214
	store i32 1, i32* %215
	br label %216

216:
	%217 = add i32 %11, %197
	%218 = sext i32 %217 to i64
	%219 = getelementptr float, float* %e, i64 %218
	%220 = load float, float* %219
	%221 = add i32 %198, 1
	%222 = select i1 %204, i32 %221, i32 %198
	%223 = fpext float %220 to double
	%224 = fadd double %199, %223
	%225 = select i1 %204, double %224, double %199
	%226 = add i32 %197, 1
	br label %196

topk:
	call void @llvm.nvvm.barrier0()
	%227 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %227
	call void @llvm.nvvm.barrier0()
	br label %235

topk_done:
	%228 = sub i32 %171, 1
	%229 = call i32 @llvm.ctlz.i32(i32 %228, i1 false)
	%230 = icmp sgt i32 %171, 1
	%231 = sub i32 32, %229
	%232 = select i1 %230, i32 %231, i32 0
	%233 = shl i32 1, %232
	%234 = add i32 %171, %0
	br label %899

235:
	%236 = phi i32 [ %0, %topk ], [ %286, %285 ]
	%237 = icmp slt i32 %236, %16
	br i1 %237, label %238, label %254

238:
	%239 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %236
	%240 = load i32, i32 addrspace(3)* %239
	%241 = icmp uge i32 %240, 2
	%242 = and i32 %240, 0
	%243 = icmp eq i32 %242, 0
	%244 = and i1 %241, %243
	%245 = lshr i32 %240, 24
	%246 = and i32 %245, 255
	%247 = select i1 %244, i32 %246, i32 256
	%248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %247)
	%249 = shl i32 1, %3
	%250 = sub i32 %249, 1
	%251 = and i32 %248, %250
	%252 = icmp eq i32 %251, 0
	%253 = and i1 %244, %252
	br i1 %253, label %281, label %285

254:
	call void @llvm.nvvm.barrier0()
	%255 = sub i32 255, %0
	%256 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %255
	%257 = load i32, i32 addrspace(3)* %256
	%258 = and i32 %0, 31
	%259 = lshr i32 %0, 5
	%260 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %257, i32 1, i32 0)
	%261 = icmp uge i32 %258, 1
	%262 = select i1 %261, i32 %260, i32 0
	%263 = add i32 %257, %262
	%264 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %263, i32 2, i32 0)
	%265 = icmp uge i32 %258, 2
	%266 = select i1 %265, i32 %264, i32 0
	%267 = add i32 %263, %266
	%268 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %267, i32 4, i32 0)
	%269 = icmp uge i32 %258, 4
	%270 = select i1 %269, i32 %268, i32 0
	%271 = add i32 %267, %270
	%272 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %271, i32 8, i32 0)
	%273 = icmp uge i32 %258, 8
	%274 = select i1 %273, i32 %272, i32 0
	%275 = add i32 %271, %274
	%276 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %275, i32 16, i32 0)
	%277 = icmp uge i32 %258, 16
	%278 = select i1 %277, i32 %276, i32 0
	%279 = add i32 %275, %278
	%280 = icmp eq i32 %258, 31
	br i1 %280, label %287, label %289

281:
	%282 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %246
	%283 = call i32 @llvm.ctpop.i32(i32 %248)
	%284 = atomicrmw add i32 addrspace(3)* %282, i32 %283 monotonic
	br label %285

285:
	%286 = add i32 %236, 256
	br label %235

287:
	%288 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %259
	store i32 %279, i32 addrspace(3)* %288
	br label %289

289:
	call void @llvm.nvvm.barrier0()
	%290 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%291 = load i32, i32 addrspace(3)* %290
	%292 = icmp sgt i32 %259, 0
	%293 = select i1 %292, i32 %291, i32 0
	%294 = add i32 0, %293
	%295 = add i32 0, %291
	%296 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%297 = load i32, i32 addrspace(3)* %296
	%298 = icmp sgt i32 %259, 1
	%299 = select i1 %298, i32 %297, i32 0
	%300 = add i32 %294, %299
	%301 = add i32 %295, %297
	%302 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%303 = load i32, i32 addrspace(3)* %302
	%304 = icmp sgt i32 %259, 2
	%305 = select i1 %304, i32 %303, i32 0
	%306 = add i32 %300, %305
	%307 = add i32 %301, %303
	%308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%309 = load i32, i32 addrspace(3)* %308
	%310 = icmp sgt i32 %259, 3
	%311 = select i1 %310, i32 %309, i32 0
	%312 = add i32 %306, %311
	%313 = add i32 %307, %309
	%314 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%315 = load i32, i32 addrspace(3)* %314
	%316 = icmp sgt i32 %259, 4
	%317 = select i1 %316, i32 %315, i32 0
	%318 = add i32 %312, %317
	%319 = add i32 %313, %315
	%320 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%321 = load i32, i32 addrspace(3)* %320
	%322 = icmp sgt i32 %259, 5
	%323 = select i1 %322, i32 %321, i32 0
	%324 = add i32 %318, %323
	%325 = add i32 %319, %321
	%326 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%327 = load i32, i32 addrspace(3)* %326
	%328 = icmp sgt i32 %259, 6
	%329 = select i1 %328, i32 %327, i32 0
	%330 = add i32 %324, %329
	%331 = add i32 %325, %327
	%332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%333 = load i32, i32 addrspace(3)* %332
	%334 = icmp sgt i32 %259, 7
	%335 = select i1 %334, i32 %333, i32 0
	%336 = add i32 %330, %335
	%337 = add i32 %331, %333
	%338 = add i32 %336, %279
	%339 = sub i32 %338, %257
	%340 = icmp slt i32 %339, %171
	%341 = add i32 %339, %257
	%342 = icmp sle i32 %171, %341
	%343 = and i1 %340, %342
	br i1 %343, label %344, label %347

344:
	%345 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %255, i32 addrspace(3)* %345
	%346 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %339, i32 addrspace(3)* %346
	br label %347

347:
	call void @llvm.nvvm.barrier0()
	%348 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%349 = load i32, i32 addrspace(3)* %348
	%350 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%351 = load i32, i32 addrspace(3)* %350
	%352 = sub i32 %171, %351
	%353 = shl i32 %349, 24
	%354 = or i32 0, %353
	%355 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %356
	call void @llvm.nvvm.barrier0()
	br label %357

357:
	%358 = phi i32 [ %0, %347 ], [ %408, %407 ]
	%359 = icmp slt i32 %358, %16
	br i1 %359, label %360, label %376

360:
	%361 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %358
	%362 = load i32, i32 addrspace(3)* %361
	%363 = icmp uge i32 %362, 2
	%364 = and i32 %362, %355
	%365 = icmp eq i32 %364, %354
	%366 = and i1 %363, %365
	%367 = lshr i32 %362, 16
	%368 = and i32 %367, 255
	%369 = select i1 %366, i32 %368, i32 256
	%370 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %369)
	%371 = shl i32 1, %3
	%372 = sub i32 %371, 1
	%373 = and i32 %370, %372
	%374 = icmp eq i32 %373, 0
	%375 = and i1 %366, %374
	br i1 %375, label %403, label %407

376:
	call void @llvm.nvvm.barrier0()
	%377 = sub i32 255, %0
	%378 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %377
	%379 = load i32, i32 addrspace(3)* %378
	%380 = and i32 %0, 31
	%381 = lshr i32 %0, 5
	%382 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %379, i32 1, i32 0)
	%383 = icmp uge i32 %380, 1
	%384 = select i1 %383, i32 %382, i32 0
	%385 = add i32 %379, %384
	%386 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %385, i32 2, i32 0)
	%387 = icmp uge i32 %380, 2
	%388 = select i1 %387, i32 %386, i32 0
	%389 = add i32 %385, %388
	%390 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %389, i32 4, i32 0)
	%391 = icmp uge i32 %380, 4
	%392 = select i1 %391, i32 %390, i32 0
	%393 = add i32 %389, %392
	%394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %393, i32 8, i32 0)
	%395 = icmp uge i32 %380, 8
	%396 = select i1 %395, i32 %394, i32 0
	%397 = add i32 %393, %396
	%398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %397, i32 16, i32 0)
	%399 = icmp uge i32 %380, 16
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %397, %400
	%402 = icmp eq i32 %380, 31
	br i1 %402, label %409, label %411

403:
	%404 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %368
	%405 = call i32 @llvm.ctpop.i32(i32 %370)
	%406 = atomicrmw add i32 addrspace(3)* %404, i32 %405 monotonic
	br label %407

407:
	%408 = add i32 %358, 256
	br label %357

409:
	%410 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %381
	store i32 %401, i32 addrspace(3)* %410
	br label %411

411:
	call void @llvm.nvvm.barrier0()
	%412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%413 = load i32, i32 addrspace(3)* %412
	%414 = icmp sgt i32 %381, 0
	%415 = select i1 %414, i32 %413, i32 0
	%416 = add i32 0, %415
	%417 = add i32 0, %413
	%418 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%419 = load i32, i32 addrspace(3)* %418
	%420 = icmp sgt i32 %381, 1
	%421 = select i1 %420, i32 %419, i32 0
	%422 = add i32 %416, %421
	%423 = add i32 %417, %419
	%424 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%425 = load i32, i32 addrspace(3)* %424
	%426 = icmp sgt i32 %381, 2
	%427 = select i1 %426, i32 %425, i32 0
	%428 = add i32 %422, %427
	%429 = add i32 %423, %425
	%430 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%431 = load i32, i32 addrspace(3)* %430
	%432 = icmp sgt i32 %381, 3
	%433 = select i1 %432, i32 %431, i32 0
	%434 = add i32 %428, %433
	%435 = add i32 %429, %431
	%436 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%437 = load i32, i32 addrspace(3)* %436
	%438 = icmp sgt i32 %381, 4
	%439 = select i1 %438, i32 %437, i32 0
	%440 = add i32 %434, %439
	%441 = add i32 %435, %437
	%442 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%443 = load i32, i32 addrspace(3)* %442
	%444 = icmp sgt i32 %381, 5
	%445 = select i1 %444, i32 %443, i32 0
	%446 = add i32 %440, %445
	%447 = add i32 %441, %443
	%448 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%449 = load i32, i32 addrspace(3)* %448
	%450 = icmp sgt i32 %381, 6
	%451 = select i1 %450, i32 %449, i32 0
	%452 = add i32 %446, %451
	%453 = add i32 %447, %449
	%454 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%455 = load i32, i32 addrspace(3)* %454
	%456 = icmp sgt i32 %381, 7
	%457 = select i1 %456, i32 %455, i32 0
	%458 = add i32 %452, %457
	%459 = add i32 %453, %455
	%460 = add i32 %458, %401
	%461 = sub i32 %460, %379
	%462 = icmp slt i32 %461, %352
	%463 = add i32 %461, %379
	%464 = icmp sle i32 %352, %463
	%465 = and i1 %462, %464
	br i1 %465, label %466, label %469

466:
	%467 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %377, i32 addrspace(3)* %467
	%468 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %461, i32 addrspace(3)* %468
	br label %469

469:
	call void @llvm.nvvm.barrier0()
	%470 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%471 = load i32, i32 addrspace(3)* %470
	%472 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%473 = load i32, i32 addrspace(3)* %472
	%474 = sub i32 %352, %473
	%475 = shl i32 %471, 16
	%476 = or i32 %354, %475
	%477 = or i32 %355, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%478 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %478
	call void @llvm.nvvm.barrier0()
	br label %479

479:
	%480 = phi i32 [ %0, %469 ], [ %530, %529 ]
	%481 = icmp slt i32 %480, %16
	br i1 %481, label %482, label %498

482:
	%483 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %480
	%484 = load i32, i32 addrspace(3)* %483
	%485 = icmp uge i32 %484, 2
	%486 = and i32 %484, %477
	%487 = icmp eq i32 %486, %476
	%488 = and i1 %485, %487
	%489 = lshr i32 %484, 8
	%490 = and i32 %489, 255
	%491 = select i1 %488, i32 %490, i32 256
	%492 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %491)
	%493 = shl i32 1, %3
	%494 = sub i32 %493, 1
	%495 = and i32 %492, %494
	%496 = icmp eq i32 %495, 0
	%497 = and i1 %488, %496
	br i1 %497, label %525, label %529

498:
	call void @llvm.nvvm.barrier0()
	%499 = sub i32 255, %0
	%500 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %499
	%501 = load i32, i32 addrspace(3)* %500
	%502 = and i32 %0, 31
	%503 = lshr i32 %0, 5
	%504 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %501, i32 1, i32 0)
	%505 = icmp uge i32 %502, 1
	%506 = select i1 %505, i32 %504, i32 0
	%507 = add i32 %501, %506
	%508 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %507, i32 2, i32 0)
	%509 = icmp uge i32 %502, 2
	%510 = select i1 %509, i32 %508, i32 0
	%511 = add i32 %507, %510
	%512 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %511, i32 4, i32 0)
	%513 = icmp uge i32 %502, 4
	%514 = select i1 %513, i32 %512, i32 0
	%515 = add i32 %511, %514
	%516 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %515, i32 8, i32 0)
	%517 = icmp uge i32 %502, 8
	%518 = select i1 %517, i32 %516, i32 0
	%519 = add i32 %515, %518
	%520 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %519, i32 16, i32 0)
	%521 = icmp uge i32 %502, 16
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %519, %522
	%524 = icmp eq i32 %502, 31
	br i1 %524, label %531, label %533

525:
	%526 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %490
	%527 = call i32 @llvm.ctpop.i32(i32 %492)
	%528 = atomicrmw add i32 addrspace(3)* %526, i32 %527 monotonic
	br label %529

529:
	%530 = add i32 %480, 256
	br label %479

531:
	%532 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %503
	store i32 %523, i32 addrspace(3)* %532
	br label %533

533:
	call void @llvm.nvvm.barrier0()
	%534 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%535 = load i32, i32 addrspace(3)* %534
	%536 = icmp sgt i32 %503, 0
	%537 = select i1 %536, i32 %535, i32 0
	%538 = add i32 0, %537
	%539 = add i32 0, %535
	%540 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%541 = load i32, i32 addrspace(3)* %540
	%542 = icmp sgt i32 %503, 1
	%543 = select i1 %542, i32 %541, i32 0
	%544 = add i32 %538, %543
	%545 = add i32 %539, %541
	%546 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%547 = load i32, i32 addrspace(3)* %546
	%548 = icmp sgt i32 %503, 2
	%549 = select i1 %548, i32 %547, i32 0
	%550 = add i32 %544, %549
	%551 = add i32 %545, %547
	%552 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%553 = load i32, i32 addrspace(3)* %552
	%554 = icmp sgt i32 %503, 3
	%555 = select i1 %554, i32 %553, i32 0
	%556 = add i32 %550, %555
	%557 = add i32 %551, %553
	%558 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%559 = load i32, i32 addrspace(3)* %558
	%560 = icmp sgt i32 %503, 4
	%561 = select i1 %560, i32 %559, i32 0
	%562 = add i32 %556, %561
	%563 = add i32 %557, %559
	%564 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%565 = load i32, i32 addrspace(3)* %564
	%566 = icmp sgt i32 %503, 5
	%567 = select i1 %566, i32 %565, i32 0
	%568 = add i32 %562, %567
	%569 = add i32 %563, %565
	%570 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%571 = load i32, i32 addrspace(3)* %570
	%572 = icmp sgt i32 %503, 6
	%573 = select i1 %572, i32 %571, i32 0
	%574 = add i32 %568, %573
	%575 = add i32 %569, %571
	%576 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%577 = load i32, i32 addrspace(3)* %576
	%578 = icmp sgt i32 %503, 7
	%579 = select i1 %578, i32 %577, i32 0
	%580 = add i32 %574, %579
	%581 = add i32 %575, %577
	%582 = add i32 %580, %523
	%583 = sub i32 %582, %501
	%584 = icmp slt i32 %583, %474
	%585 = add i32 %583, %501
	%586 = icmp sle i32 %474, %585
	%587 = and i1 %584, %586
	br i1 %587, label %588, label %591

588:
	%589 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %499, i32 addrspace(3)* %589
	%590 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %583, i32 addrspace(3)* %590
	br label %591

591:
	call void @llvm.nvvm.barrier0()
	%592 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%593 = load i32, i32 addrspace(3)* %592
	%594 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%595 = load i32, i32 addrspace(3)* %594
	%596 = sub i32 %474, %595
	%597 = shl i32 %593, 8
	%598 = or i32 %476, %597
	%599 = or i32 %477, u0xFF00
	call void @llvm.nvvm.barrier0()
	%600 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %600
	call void @llvm.nvvm.barrier0()
	br label %601

601:
	%602 = phi i32 [ %0, %591 ], [ %652, %651 ]
	%603 = icmp slt i32 %602, %16
	br i1 %603, label %604, label %620

604:
	%605 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %602
	%606 = load i32, i32 addrspace(3)* %605
	%607 = icmp uge i32 %606, 2
	%608 = and i32 %606, %599
	%609 = icmp eq i32 %608, %598
	%610 = and i1 %607, %609
	%611 = lshr i32 %606, 0
	%612 = and i32 %611, 255
	%613 = select i1 %610, i32 %612, i32 256
	%614 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %613)
	%615 = shl i32 1, %3
	%616 = sub i32 %615, 1
	%617 = and i32 %614, %616
	%618 = icmp eq i32 %617, 0
	%619 = and i1 %610, %618
	br i1 %619, label %647, label %651

620:
	call void @llvm.nvvm.barrier0()
	%621 = sub i32 255, %0
	%622 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %621
	%623 = load i32, i32 addrspace(3)* %622
	%624 = and i32 %0, 31
	%625 = lshr i32 %0, 5
	%626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %623, i32 1, i32 0)
	%627 = icmp uge i32 %624, 1
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %623, %628
	%630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %629, i32 2, i32 0)
	%631 = icmp uge i32 %624, 2
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %629, %632
	%634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %633, i32 4, i32 0)
	%635 = icmp uge i32 %624, 4
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %633, %636
	%638 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %637, i32 8, i32 0)
	%639 = icmp uge i32 %624, 8
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %637, %640
	%642 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %641, i32 16, i32 0)
	%643 = icmp uge i32 %624, 16
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %641, %644
	%646 = icmp eq i32 %624, 31
	br i1 %646, label %653, label %655

647:
	%648 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @adfull_select1_hist, i32 0, i32 %612
	%649 = call i32 @llvm.ctpop.i32(i32 %614)
	%650 = atomicrmw add i32 addrspace(3)* %648, i32 %649 monotonic
	br label %651

651:
	%652 = add i32 %602, 256
	br label %601

653:
	%654 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %625
	store i32 %645, i32 addrspace(3)* %654
	br label %655

655:
	call void @llvm.nvvm.barrier0()
	%656 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%657 = load i32, i32 addrspace(3)* %656
	%658 = icmp sgt i32 %625, 0
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 0, %659
	%661 = add i32 0, %657
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %625, 1
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 %660, %665
	%667 = add i32 %661, %663
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %625, 2
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %666, %671
	%673 = add i32 %667, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %625, 3
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %625, 4
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%687 = load i32, i32 addrspace(3)* %686
	%688 = icmp sgt i32 %625, 5
	%689 = select i1 %688, i32 %687, i32 0
	%690 = add i32 %684, %689
	%691 = add i32 %685, %687
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %625, 6
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %690, %695
	%697 = add i32 %691, %693
	%698 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%699 = load i32, i32 addrspace(3)* %698
	%700 = icmp sgt i32 %625, 7
	%701 = select i1 %700, i32 %699, i32 0
	%702 = add i32 %696, %701
	%703 = add i32 %697, %699
	%704 = add i32 %702, %645
	%705 = sub i32 %704, %623
	%706 = icmp slt i32 %705, %596
	%707 = add i32 %705, %623
	%708 = icmp sle i32 %596, %707
	%709 = and i1 %706, %708
	br i1 %709, label %710, label %713

710:
	%711 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	store i32 %621, i32 addrspace(3)* %711
	%712 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	store i32 %705, i32 addrspace(3)* %712
	br label %713

713:
	call void @llvm.nvvm.barrier0()
	%714 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 0
	%715 = load i32, i32 addrspace(3)* %714
	%716 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @adfull_select1_sel, i32 0, i32 1
	%717 = load i32, i32 addrspace(3)* %716
	%718 = sub i32 %596, %717
	%719 = shl i32 %715, 0
	%720 = or i32 %598, %719
	%721 = or i32 %599, 255
	br label %722

722:
	%723 = phi i32 [ 0, %713 ], [ %898, %895 ]
	%724 = phi i32 [ 0, %713 ], [ %896, %895 ]
	%725 = phi i32 [ 0, %713 ], [ %897, %895 ]
	%726 = icmp slt i32 %723, %16
	br i1 %726, label %727, label %756

727:
	%728 = add i32 %723, %0
	%729 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %728
	%730 = load i32, i32 addrspace(3)* %729
	%731 = icmp eq i32 %730, %720
	%732 = zext i1 %731 to i32
	%733 = and i32 %0, 31
	%734 = lshr i32 %0, 5
	%735 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %732, i32 1, i32 0)
	%736 = icmp uge i32 %733, 1
	%737 = select i1 %736, i32 %735, i32 0
	%738 = add i32 %732, %737
	%739 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %738, i32 2, i32 0)
	%740 = icmp uge i32 %733, 2
	%741 = select i1 %740, i32 %739, i32 0
	%742 = add i32 %738, %741
	%743 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %742, i32 4, i32 0)
	%744 = icmp uge i32 %733, 4
	%745 = select i1 %744, i32 %743, i32 0
	%746 = add i32 %742, %745
	%747 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %746, i32 8, i32 0)
	%748 = icmp uge i32 %733, 8
	%749 = select i1 %748, i32 %747, i32 0
	%750 = add i32 %746, %749
	%751 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %750, i32 16, i32 0)
	%752 = icmp uge i32 %733, 16
	%753 = select i1 %752, i32 %751, i32 0
	%754 = add i32 %750, %753
	%755 = icmp eq i32 %733, 31
	br i1 %755, label %757, label %759

756:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

757:
	%758 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 %734
	store i32 %754, i32 addrspace(3)* %758
	br label %759

759:
	call void @llvm.nvvm.barrier0()
	%760 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 0
	%761 = load i32, i32 addrspace(3)* %760
	%762 = icmp sgt i32 %734, 0
	%763 = select i1 %762, i32 %761, i32 0
	%764 = add i32 0, %763
	%765 = add i32 0, %761
	%766 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 1
	%767 = load i32, i32 addrspace(3)* %766
	%768 = icmp sgt i32 %734, 1
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %764, %769
	%771 = add i32 %765, %767
	%772 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 2
	%773 = load i32, i32 addrspace(3)* %772
	%774 = icmp sgt i32 %734, 2
	%775 = select i1 %774, i32 %773, i32 0
	%776 = add i32 %770, %775
	%777 = add i32 %771, %773
	%778 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 3
	%779 = load i32, i32 addrspace(3)* %778
	%780 = icmp sgt i32 %734, 3
	%781 = select i1 %780, i32 %779, i32 0
	%782 = add i32 %776, %781
	%783 = add i32 %777, %779
	%784 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 4
	%785 = load i32, i32 addrspace(3)* %784
	%786 = icmp sgt i32 %734, 4
	%787 = select i1 %786, i32 %785, i32 0
	%788 = add i32 %782, %787
	%789 = add i32 %783, %785
	%790 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 5
	%791 = load i32, i32 addrspace(3)* %790
	%792 = icmp sgt i32 %734, 5
	%793 = select i1 %792, i32 %791, i32 0
	%794 = add i32 %788, %793
	%795 = add i32 %789, %791
	%796 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 6
	%797 = load i32, i32 addrspace(3)* %796
	%798 = icmp sgt i32 %734, 6
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %794, %799
	%801 = add i32 %795, %797
	%802 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scana, i32 0, i32 7
	%803 = load i32, i32 addrspace(3)* %802
	%804 = icmp sgt i32 %734, 7
	%805 = select i1 %804, i32 %803, i32 0
	%806 = add i32 %800, %805
	%807 = add i32 %801, %803
	%808 = add i32 %806, %754
	%809 = sub i32 %808, %732
	%810 = icmp ugt i32 %730, %720
	%811 = add i32 %724, %809
	%812 = icmp slt i32 %811, %718
	%813 = and i1 %731, %812
	%814 = or i1 %810, %813
	%815 = zext i1 %814 to i32
	%816 = and i32 %0, 31
	%817 = lshr i32 %0, 5
	%818 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %815, i32 1, i32 0)
	%819 = icmp uge i32 %816, 1
	%820 = select i1 %819, i32 %818, i32 0
	%821 = add i32 %815, %820
	%822 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %821, i32 2, i32 0)
	%823 = icmp uge i32 %816, 2
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 %821, %824
	%826 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %825, i32 4, i32 0)
	%827 = icmp uge i32 %816, 4
	%828 = select i1 %827, i32 %826, i32 0
	%829 = add i32 %825, %828
	%830 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %829, i32 8, i32 0)
	%831 = icmp uge i32 %816, 8
	%832 = select i1 %831, i32 %830, i32 0
	%833 = add i32 %829, %832
	%834 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %833, i32 16, i32 0)
	%835 = icmp uge i32 %816, 16
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %833, %836
	%838 = icmp eq i32 %816, 31
	br i1 %838, label %839, label %841

839:
	%840 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 %817
	store i32 %837, i32 addrspace(3)* %840
	br label %841

841:
	call void @llvm.nvvm.barrier0()
	%842 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 0
	%843 = load i32, i32 addrspace(3)* %842
	%844 = icmp sgt i32 %817, 0
	%845 = select i1 %844, i32 %843, i32 0
	%846 = add i32 0, %845
	%847 = add i32 0, %843
	%848 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 1
	%849 = load i32, i32 addrspace(3)* %848
	%850 = icmp sgt i32 %817, 1
	%851 = select i1 %850, i32 %849, i32 0
	%852 = add i32 %846, %851
	%853 = add i32 %847, %849
	%854 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 2
	%855 = load i32, i32 addrspace(3)* %854
	%856 = icmp sgt i32 %817, 2
	%857 = select i1 %856, i32 %855, i32 0
	%858 = add i32 %852, %857
	%859 = add i32 %853, %855
	%860 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 3
	%861 = load i32, i32 addrspace(3)* %860
	%862 = icmp sgt i32 %817, 3
	%863 = select i1 %862, i32 %861, i32 0
	%864 = add i32 %858, %863
	%865 = add i32 %859, %861
	%866 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 4
	%867 = load i32, i32 addrspace(3)* %866
	%868 = icmp sgt i32 %817, 4
	%869 = select i1 %868, i32 %867, i32 0
	%870 = add i32 %864, %869
	%871 = add i32 %865, %867
	%872 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 5
	%873 = load i32, i32 addrspace(3)* %872
	%874 = icmp sgt i32 %817, 5
	%875 = select i1 %874, i32 %873, i32 0
	%876 = add i32 %870, %875
	%877 = add i32 %871, %873
	%878 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 6
	%879 = load i32, i32 addrspace(3)* %878
	%880 = icmp sgt i32 %817, 6
	%881 = select i1 %880, i32 %879, i32 0
	%882 = add i32 %876, %881
	%883 = add i32 %877, %879
	%884 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @adfull_select1_scanb, i32 0, i32 7
	%885 = load i32, i32 addrspace(3)* %884
	%886 = icmp sgt i32 %817, 7
	%887 = select i1 %886, i32 %885, i32 0
	%888 = add i32 %882, %887
	%889 = add i32 %883, %885
	%890 = add i32 %888, %837
	%891 = sub i32 %890, %815
	br i1 %814, label %892, label %895

892:
	%893 = add i32 %725, %891
	%894 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %893
	store i32 %728, i32 addrspace(3)* %894
	br label %895

895:
	%896 = add i32 %724, %807
	%897 = add i32 %725, %889
	%898 = add i32 %723, 256
	br label %722

899:
	%900 = phi i32 [ %234, %topk_done ], [ %904, %902 ]
	%901 = icmp slt i32 %900, %233
	br i1 %901, label %902, label %905

902:
	%903 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %900
	store i32 -1, i32 addrspace(3)* %903
	%904 = add i32 %900, 256
	br label %899

905:
	call void @llvm.nvvm.barrier0()
	%906 = add i32 %232, 1
	br label %907

907:
	%908 = phi i32 [ 1, %905 ], [ %921, %920 ]
	%909 = icmp slt i32 %908, %906
	br i1 %909, label %910, label %912

910:
	%911 = shl i32 1, %908
	br label %913

912:
	br label %959

913:
	%914 = phi i32 [ 0, %910 ], [ %929, %928 ]
	%915 = icmp slt i32 %914, %908
	br i1 %915, label %916, label %920

916:
	%917 = sub i32 %908, 1
	%918 = sub i32 %917, %914
	%919 = shl i32 1, %918
	br label %922

920:
	%921 = add i32 %908, 1
	br label %907

922:
	%923 = phi i32 [ %0, %916 ], [ %954, %953 ]
	%924 = icmp slt i32 %923, %233
	br i1 %924, label %925, label %928

925:
	%926 = xor i32 %923, %919
	%927 = icmp sgt i32 %926, %923
	br i1 %927, label %930, label %953

928:
	call void @llvm.nvvm.barrier0()
	%929 = add i32 %914, 1
	br label %913

930:
	%931 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %923
	%932 = load i32, i32 addrspace(3)* %931
	%933 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %926
	%934 = load i32, i32 addrspace(3)* %933
	%935 = and i32 %923, %911
	%936 = icmp eq i32 %935, 0
	%937 = icmp sge i32 %934, 0
	%938 = select i1 %937, i32 %934, i32 0
	%939 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %938
	%940 = load i32, i32 addrspace(3)* %939
	%941 = select i1 %937, i32 %940, i32 0
	%942 = icmp sge i32 %932, 0
	%943 = select i1 %942, i32 %932, i32 0
	%944 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_x, i32 0, i32 %943
	%945 = load i32, i32 addrspace(3)* %944
	%946 = select i1 %942, i32 %945, i32 0
	%947 = icmp ugt i32 %941, %946
	%948 = icmp eq i32 %941, %946
	%949 = icmp slt i32 %934, %932
	%950 = and i1 %948, %949
	%951 = or i1 %947, %950
	%952 = icmp eq i1 %951, %936
	br i1 %952, label %955, label %958

953:
	%954 = add i32 %923, 256
	br label %922

955:
	%956 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %923
	store i32 %934, i32 addrspace(3)* %956
	%957 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %926
	store i32 %932, i32 addrspace(3)* %957
	br label %958

958:
	br label %953

959:
	%960 = phi i32 [ %0, %912 ], [ %973, %962 ]
	%961 = icmp slt i32 %960, %171
	br i1 %961, label %962, label %974

962:
	%963 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @adfull_select1_c, i32 0, i32 %960
	%964 = load i32, i32 addrspace(3)* %963
	%965 = add i32 %158, %960
	%966 = add i32 %13, %965
	%967 = sext i32 %966 to i64
	%968 = getelementptr i32, i32* %list, i64 %967
	store i32 %964, i32* %968
	%969 = add i32 %13, %NK
	%970 = add i32 %969, %965
	%971 = sext i32 %970 to i64
	%972 = getelementptr i32, i32* %list, i64 %971
	store i32 0, i32* %972
	%973 = add i32 %960, 256
	br label %959

974:
	%975 = add i32 %158, %171
	%976 = add i32 %975, %0
	br label %977

977:
	%978 = phi i32 [ %976, %974 ], [ %988, %980 ]
	%979 = icmp slt i32 %978, %NK
	br i1 %979, label %980, label %989

980:
	%981 = add i32 %13, %978
	%982 = sext i32 %981 to i64
	%983 = getelementptr i32, i32* %list, i64 %982
	store i32 -1, i32* %983
	%984 = add i32 %13, %NK
	%985 = add i32 %984, %978
	%986 = sext i32 %985 to i64
	%987 = getelementptr i32, i32* %list, i64 %986
	store i32 -1, i32* %987
	%988 = add i32 %978, 256
	br label %977

989:
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
	%49 = phi i32 [ 0, %entry ], [ %2080, %2079 ]
	%50 = phi float [ 0xFFF0000000000000, %entry ], [ %1516, %2079 ]
	%51 = phi float [ 0xFFF0000000000000, %entry ], [ %1669, %2079 ]
	%52 = phi float [ 0.0, %entry ], [ %1617, %2079 ]
	%53 = phi float [ 0.0, %entry ], [ %1770, %2079 ]
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
	br i1 %70, label %2081, label %2094

71:
	%72 = phi i32 [ 0, %55 ], [ %711, %138 ]
	%73 = phi float [ 0.0, %55 ], [ %647, %138 ]
	%74 = phi float [ 0.0, %55 ], [ %648, %138 ]
	%75 = phi float [ 0.0, %55 ], [ %649, %138 ]
	%76 = phi float [ 0.0, %55 ], [ %650, %138 ]
	%77 = phi float [ 0.0, %55 ], [ %651, %138 ]
	%78 = phi float [ 0.0, %55 ], [ %652, %138 ]
	%79 = phi float [ 0.0, %55 ], [ %653, %138 ]
	%80 = phi float [ 0.0, %55 ], [ %654, %138 ]
	%81 = phi float [ 0.0, %55 ], [ %655, %138 ]
	%82 = phi float [ 0.0, %55 ], [ %656, %138 ]
	%83 = phi float [ 0.0, %55 ], [ %657, %138 ]
	%84 = phi float [ 0.0, %55 ], [ %658, %138 ]
	%85 = phi float [ 0.0, %55 ], [ %659, %138 ]
	%86 = phi float [ 0.0, %55 ], [ %660, %138 ]
	%87 = phi float [ 0.0, %55 ], [ %661, %138 ]
	%88 = phi float [ 0.0, %55 ], [ %662, %138 ]
	%89 = phi float [ 0.0, %55 ], [ %663, %138 ]
	%90 = phi float [ 0.0, %55 ], [ %664, %138 ]
	%91 = phi float [ 0.0, %55 ], [ %665, %138 ]
	%92 = phi float [ 0.0, %55 ], [ %666, %138 ]
	%93 = phi float [ 0.0, %55 ], [ %667, %138 ]
	%94 = phi float [ 0.0, %55 ], [ %668, %138 ]
	%95 = phi float [ 0.0, %55 ], [ %669, %138 ]
	%96 = phi float [ 0.0, %55 ], [ %670, %138 ]
	%97 = phi float [ 0.0, %55 ], [ %671, %138 ]
	%98 = phi float [ 0.0, %55 ], [ %672, %138 ]
	%99 = phi float [ 0.0, %55 ], [ %673, %138 ]
	%100 = phi float [ 0.0, %55 ], [ %674, %138 ]
	%101 = phi float [ 0.0, %55 ], [ %675, %138 ]
	%102 = phi float [ 0.0, %55 ], [ %676, %138 ]
	%103 = phi float [ 0.0, %55 ], [ %677, %138 ]
	%104 = phi float [ 0.0, %55 ], [ %678, %138 ]
	%105 = phi float [ 0.0, %55 ], [ %679, %138 ]
	%106 = phi float [ 0.0, %55 ], [ %680, %138 ]
	%107 = phi float [ 0.0, %55 ], [ %681, %138 ]
	%108 = phi float [ 0.0, %55 ], [ %682, %138 ]
	%109 = phi float [ 0.0, %55 ], [ %683, %138 ]
	%110 = phi float [ 0.0, %55 ], [ %684, %138 ]
	%111 = phi float [ 0.0, %55 ], [ %685, %138 ]
	%112 = phi float [ 0.0, %55 ], [ %686, %138 ]
	%113 = phi float [ 0.0, %55 ], [ %687, %138 ]
	%114 = phi float [ 0.0, %55 ], [ %688, %138 ]
	%115 = phi float [ 0.0, %55 ], [ %689, %138 ]
	%116 = phi float [ 0.0, %55 ], [ %690, %138 ]
	%117 = phi float [ 0.0, %55 ], [ %691, %138 ]
	%118 = phi float [ 0.0, %55 ], [ %692, %138 ]
	%119 = phi float [ 0.0, %55 ], [ %693, %138 ]
	%120 = phi float [ 0.0, %55 ], [ %694, %138 ]
	%121 = phi float [ 0.0, %55 ], [ %695, %138 ]
	%122 = phi float [ 0.0, %55 ], [ %696, %138 ]
	%123 = phi float [ 0.0, %55 ], [ %697, %138 ]
	%124 = phi float [ 0.0, %55 ], [ %698, %138 ]
	%125 = phi float [ 0.0, %55 ], [ %699, %138 ]
	%126 = phi float [ 0.0, %55 ], [ %700, %138 ]
	%127 = phi float [ 0.0, %55 ], [ %701, %138 ]
	%128 = phi float [ 0.0, %55 ], [ %702, %138 ]
	%129 = phi float [ 0.0, %55 ], [ %703, %138 ]
	%130 = phi float [ 0.0, %55 ], [ %704, %138 ]
	%131 = phi float [ 0.0, %55 ], [ %705, %138 ]
	%132 = phi float [ 0.0, %55 ], [ %706, %138 ]
	%133 = phi float [ 0.0, %55 ], [ %707, %138 ]
	%134 = phi float [ 0.0, %55 ], [ %708, %138 ]
	%135 = phi float [ 0.0, %55 ], [ %709, %138 ]
	%136 = phi float [ 0.0, %55 ], [ %710, %138 ]
	%137 = icmp slt i32 %72, 4
	br i1 %137, label %138, label %712

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
	%345 = zext i32 %344 to i64
	%346 = lshr i64 %345, 4
	%347 = and i64 %346, u0x3FFF
	%348 = or i64 %347, u0x4000004000010000
	%349 = add i32 %20, 0
	%350 = zext i32 %349 to i64
	%351 = lshr i64 %350, 4
	%352 = and i64 %351, u0x3FFF
	%353 = or i64 %352, u0x4000004000010000
	%354 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %73, float %74, float %75, float %76, float %77, float %78, float %79, float %80, float %81, float %82, float %83, float %84, float %85, float %86, float %87, float %88, float %89, float %90, float %91, float %92, float %93, float %94, float %95, float %96, float %97, float %98, float %99, float %100, float %101, float %102, float %103, float %104, float %105, float %106, float %107, float %108, float %109, float %110, float %111, float %112, float %113, float %114, float %115, float %116, float %117, float %118, float %119, float %120, float %121, float %122, float %123, float %124, float %125, float %126, float %127, float %128, float %129, float %130, float %131, float %132, float %133, float %134, float %135, float %136, i64 %348, i64 %353, i32 1)
	%355 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 0
	%356 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 1
	%357 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 2
	%358 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 3
	%359 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 4
	%360 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 5
	%361 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 6
	%362 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 7
	%363 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 8
	%364 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 9
	%365 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 10
	%366 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 11
	%367 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 12
	%368 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 13
	%369 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 14
	%370 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 15
	%371 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 16
	%372 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 17
	%373 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 18
	%374 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 19
	%375 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 20
	%376 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 21
	%377 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 22
	%378 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 23
	%379 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 24
	%380 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 25
	%381 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 26
	%382 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 27
	%383 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 28
	%384 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 29
	%385 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 30
	%386 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 31
	%387 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 32
	%388 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 33
	%389 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 34
	%390 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 35
	%391 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 36
	%392 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 37
	%393 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 38
	%394 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 39
	%395 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 40
	%396 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 41
	%397 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 42
	%398 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 43
	%399 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 44
	%400 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 45
	%401 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 46
	%402 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 47
	%403 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 48
	%404 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 49
	%405 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 50
	%406 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 51
	%407 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 52
	%408 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 53
	%409 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 54
	%410 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 55
	%411 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 56
	%412 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 57
	%413 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 58
	%414 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 59
	%415 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 60
	%416 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 61
	%417 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 62
	%418 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %354, 63
	%419 = add i32 %19, %58
	%420 = add i32 %419, 32
	%421 = zext i32 %420 to i64
	%422 = lshr i64 %421, 4
	%423 = and i64 %422, u0x3FFF
	%424 = or i64 %423, u0x4000004000010000
	%425 = add i32 %20, 32
	%426 = zext i32 %425 to i64
	%427 = lshr i64 %426, 4
	%428 = and i64 %427, u0x3FFF
	%429 = or i64 %428, u0x4000004000010000
	%430 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %355, float %356, float %357, float %358, float %359, float %360, float %361, float %362, float %363, float %364, float %365, float %366, float %367, float %368, float %369, float %370, float %371, float %372, float %373, float %374, float %375, float %376, float %377, float %378, float %379, float %380, float %381, float %382, float %383, float %384, float %385, float %386, float %387, float %388, float %389, float %390, float %391, float %392, float %393, float %394, float %395, float %396, float %397, float %398, float %399, float %400, float %401, float %402, float %403, float %404, float %405, float %406, float %407, float %408, float %409, float %410, float %411, float %412, float %413, float %414, float %415, float %416, float %417, float %418, i64 %424, i64 %429, i32 1)
	%431 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 0
	%432 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 1
	%433 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 2
	%434 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 3
	%435 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 4
	%436 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 5
	%437 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 6
	%438 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 7
	%439 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 8
	%440 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 9
	%441 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 10
	%442 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 11
	%443 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 12
	%444 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 13
	%445 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 14
	%446 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 15
	%447 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 16
	%448 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 17
	%449 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 18
	%450 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 19
	%451 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 20
	%452 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 21
	%453 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 22
	%454 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 23
	%455 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 24
	%456 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 25
	%457 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 26
	%458 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 27
	%459 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 28
	%460 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 29
	%461 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 30
	%462 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 31
	%463 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 32
	%464 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 33
	%465 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 34
	%466 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 35
	%467 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 36
	%468 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 37
	%469 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 38
	%470 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 39
	%471 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 40
	%472 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 41
	%473 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 42
	%474 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 43
	%475 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 44
	%476 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 45
	%477 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 46
	%478 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 47
	%479 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 48
	%480 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 49
	%481 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 50
	%482 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 51
	%483 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 52
	%484 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 53
	%485 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 54
	%486 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 55
	%487 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 56
	%488 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 57
	%489 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 58
	%490 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 59
	%491 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 60
	%492 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 61
	%493 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 62
	%494 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %430, 63
	%495 = add i32 %19, %58
	%496 = add i32 %495, 64
	%497 = zext i32 %496 to i64
	%498 = lshr i64 %497, 4
	%499 = and i64 %498, u0x3FFF
	%500 = or i64 %499, u0x4000004000010000
	%501 = add i32 %20, 64
	%502 = zext i32 %501 to i64
	%503 = lshr i64 %502, 4
	%504 = and i64 %503, u0x3FFF
	%505 = or i64 %504, u0x4000004000010000
	%506 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %431, float %432, float %433, float %434, float %435, float %436, float %437, float %438, float %439, float %440, float %441, float %442, float %443, float %444, float %445, float %446, float %447, float %448, float %449, float %450, float %451, float %452, float %453, float %454, float %455, float %456, float %457, float %458, float %459, float %460, float %461, float %462, float %463, float %464, float %465, float %466, float %467, float %468, float %469, float %470, float %471, float %472, float %473, float %474, float %475, float %476, float %477, float %478, float %479, float %480, float %481, float %482, float %483, float %484, float %485, float %486, float %487, float %488, float %489, float %490, float %491, float %492, float %493, float %494, i64 %500, i64 %505, i32 1)
	%507 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 0
	%508 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 1
	%509 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 2
	%510 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 3
	%511 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 4
	%512 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 5
	%513 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 6
	%514 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 7
	%515 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 8
	%516 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 9
	%517 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 10
	%518 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 11
	%519 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 12
	%520 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 13
	%521 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 14
	%522 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 15
	%523 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 16
	%524 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 17
	%525 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 18
	%526 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 19
	%527 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 20
	%528 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 21
	%529 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 22
	%530 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 23
	%531 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 24
	%532 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 25
	%533 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 26
	%534 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 27
	%535 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 28
	%536 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 29
	%537 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 30
	%538 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 31
	%539 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 32
	%540 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 33
	%541 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 34
	%542 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 35
	%543 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 36
	%544 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 37
	%545 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 38
	%546 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 39
	%547 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 40
	%548 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 41
	%549 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 42
	%550 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 43
	%551 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 44
	%552 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 45
	%553 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 46
	%554 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 47
	%555 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 48
	%556 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 49
	%557 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 50
	%558 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 51
	%559 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 52
	%560 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 53
	%561 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 54
	%562 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 55
	%563 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 56
	%564 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 57
	%565 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 58
	%566 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 59
	%567 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 60
	%568 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 61
	%569 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 62
	%570 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %506, 63
	%571 = add i32 %19, %58
	%572 = add i32 %571, 96
	%573 = zext i32 %572 to i64
	%574 = lshr i64 %573, 4
	%575 = and i64 %574, u0x3FFF
	%576 = or i64 %575, u0x4000004000010000
	%577 = add i32 %20, 96
	%578 = zext i32 %577 to i64
	%579 = lshr i64 %578, 4
	%580 = and i64 %579, u0x3FFF
	%581 = or i64 %580, u0x4000004000010000
	%582 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $130, 0; wgmma.mma_async.sync.aligned.m64n128k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, $32, $33, $34, $35, $36, $37, $38, $39, $40, $41, $42, $43, $44, $45, $46, $47, $48, $49, $50, $51, $52, $53, $54, $55, $56, $57, $58, $59, $60, $61, $62, $63}, $128, $129, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,l,l,r"(float %507, float %508, float %509, float %510, float %511, float %512, float %513, float %514, float %515, float %516, float %517, float %518, float %519, float %520, float %521, float %522, float %523, float %524, float %525, float %526, float %527, float %528, float %529, float %530, float %531, float %532, float %533, float %534, float %535, float %536, float %537, float %538, float %539, float %540, float %541, float %542, float %543, float %544, float %545, float %546, float %547, float %548, float %549, float %550, float %551, float %552, float %553, float %554, float %555, float %556, float %557, float %558, float %559, float %560, float %561, float %562, float %563, float %564, float %565, float %566, float %567, float %568, float %569, float %570, i64 %576, i64 %581, i32 1)
	%583 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 0
	%584 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 1
	%585 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 2
	%586 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 3
	%587 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 4
	%588 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 5
	%589 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 6
	%590 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 7
	%591 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 8
	%592 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 9
	%593 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 10
	%594 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 11
	%595 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 12
	%596 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 13
	%597 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 14
	%598 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 15
	%599 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 16
	%600 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 17
	%601 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 18
	%602 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 19
	%603 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 20
	%604 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 21
	%605 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 22
	%606 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 23
	%607 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 24
	%608 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 25
	%609 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 26
	%610 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 27
	%611 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 28
	%612 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 29
	%613 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 30
	%614 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 31
	%615 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 32
	%616 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 33
	%617 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 34
	%618 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 35
	%619 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 36
	%620 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 37
	%621 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 38
	%622 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 39
	%623 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 40
	%624 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 41
	%625 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 42
	%626 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 43
	%627 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 44
	%628 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 45
	%629 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 46
	%630 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 47
	%631 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 48
	%632 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 49
	%633 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 50
	%634 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 51
	%635 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 52
	%636 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 53
	%637 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 54
	%638 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 55
	%639 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 56
	%640 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 57
	%641 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 58
	%642 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 59
	%643 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 60
	%644 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 61
	%645 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 62
	%646 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %582, 63
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%647 = call float asm sideeffect "", "=f,0"(float %583)
	%648 = call float asm sideeffect "", "=f,0"(float %584)
	%649 = call float asm sideeffect "", "=f,0"(float %585)
	%650 = call float asm sideeffect "", "=f,0"(float %586)
	%651 = call float asm sideeffect "", "=f,0"(float %587)
	%652 = call float asm sideeffect "", "=f,0"(float %588)
	%653 = call float asm sideeffect "", "=f,0"(float %589)
	%654 = call float asm sideeffect "", "=f,0"(float %590)
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
	call void @llvm.nvvm.barrier0()
	%711 = add i32 %72, 1
	br label %71

712:
	%713 = mul i32 %4, 16
	%714 = add i32 %6, 0
	%715 = add i32 %713, %714
	%716 = add i32 %3, %715
	%717 = shl i32 %7, 1
	%718 = add i32 0, %717
	%719 = add i32 %56, %718
	%720 = icmp slt i32 %716, %R
	%721 = icmp slt i32 %719, %T
	%722 = and i1 %720, %721
	%723 = fmul float %73, 0x3FA7154760000000
	%724 = select i1 %722, float %723, float 0xFFF0000000000000
	%725 = mul i32 %4, 16
	%726 = add i32 %6, 0
	%727 = add i32 %725, %726
	%728 = add i32 %3, %727
	%729 = shl i32 %7, 1
	%730 = add i32 1, %729
	%731 = add i32 %56, %730
	%732 = icmp slt i32 %728, %R
	%733 = icmp slt i32 %731, %T
	%734 = and i1 %732, %733
	%735 = fmul float %74, 0x3FA7154760000000
	%736 = select i1 %734, float %735, float 0xFFF0000000000000
	%737 = mul i32 %4, 16
	%738 = add i32 %6, 8
	%739 = add i32 %737, %738
	%740 = add i32 %3, %739
	%741 = shl i32 %7, 1
	%742 = add i32 0, %741
	%743 = add i32 %56, %742
	%744 = icmp slt i32 %740, %R
	%745 = icmp slt i32 %743, %T
	%746 = and i1 %744, %745
	%747 = fmul float %75, 0x3FA7154760000000
	%748 = select i1 %746, float %747, float 0xFFF0000000000000
	%749 = mul i32 %4, 16
	%750 = add i32 %6, 8
	%751 = add i32 %749, %750
	%752 = add i32 %3, %751
	%753 = shl i32 %7, 1
	%754 = add i32 1, %753
	%755 = add i32 %56, %754
	%756 = icmp slt i32 %752, %R
	%757 = icmp slt i32 %755, %T
	%758 = and i1 %756, %757
	%759 = fmul float %76, 0x3FA7154760000000
	%760 = select i1 %758, float %759, float 0xFFF0000000000000
	%761 = mul i32 %4, 16
	%762 = add i32 %6, 0
	%763 = add i32 %761, %762
	%764 = add i32 %3, %763
	%765 = shl i32 %7, 1
	%766 = add i32 8, %765
	%767 = add i32 %56, %766
	%768 = icmp slt i32 %764, %R
	%769 = icmp slt i32 %767, %T
	%770 = and i1 %768, %769
	%771 = fmul float %77, 0x3FA7154760000000
	%772 = select i1 %770, float %771, float 0xFFF0000000000000
	%773 = mul i32 %4, 16
	%774 = add i32 %6, 0
	%775 = add i32 %773, %774
	%776 = add i32 %3, %775
	%777 = shl i32 %7, 1
	%778 = add i32 9, %777
	%779 = add i32 %56, %778
	%780 = icmp slt i32 %776, %R
	%781 = icmp slt i32 %779, %T
	%782 = and i1 %780, %781
	%783 = fmul float %78, 0x3FA7154760000000
	%784 = select i1 %782, float %783, float 0xFFF0000000000000
	%785 = mul i32 %4, 16
	%786 = add i32 %6, 8
	%787 = add i32 %785, %786
	%788 = add i32 %3, %787
	%789 = shl i32 %7, 1
	%790 = add i32 8, %789
	%791 = add i32 %56, %790
	%792 = icmp slt i32 %788, %R
	%793 = icmp slt i32 %791, %T
	%794 = and i1 %792, %793
	%795 = fmul float %79, 0x3FA7154760000000
	%796 = select i1 %794, float %795, float 0xFFF0000000000000
	%797 = mul i32 %4, 16
	%798 = add i32 %6, 8
	%799 = add i32 %797, %798
	%800 = add i32 %3, %799
	%801 = shl i32 %7, 1
	%802 = add i32 9, %801
	%803 = add i32 %56, %802
	%804 = icmp slt i32 %800, %R
	%805 = icmp slt i32 %803, %T
	%806 = and i1 %804, %805
	%807 = fmul float %80, 0x3FA7154760000000
	%808 = select i1 %806, float %807, float 0xFFF0000000000000
	%809 = mul i32 %4, 16
	%810 = add i32 %6, 0
	%811 = add i32 %809, %810
	%812 = add i32 %3, %811
	%813 = shl i32 %7, 1
	%814 = add i32 16, %813
	%815 = add i32 %56, %814
	%816 = icmp slt i32 %812, %R
	%817 = icmp slt i32 %815, %T
	%818 = and i1 %816, %817
	%819 = fmul float %81, 0x3FA7154760000000
	%820 = select i1 %818, float %819, float 0xFFF0000000000000
	%821 = mul i32 %4, 16
	%822 = add i32 %6, 0
	%823 = add i32 %821, %822
	%824 = add i32 %3, %823
	%825 = shl i32 %7, 1
	%826 = add i32 17, %825
	%827 = add i32 %56, %826
	%828 = icmp slt i32 %824, %R
	%829 = icmp slt i32 %827, %T
	%830 = and i1 %828, %829
	%831 = fmul float %82, 0x3FA7154760000000
	%832 = select i1 %830, float %831, float 0xFFF0000000000000
	%833 = mul i32 %4, 16
	%834 = add i32 %6, 8
	%835 = add i32 %833, %834
	%836 = add i32 %3, %835
	%837 = shl i32 %7, 1
	%838 = add i32 16, %837
	%839 = add i32 %56, %838
	%840 = icmp slt i32 %836, %R
	%841 = icmp slt i32 %839, %T
	%842 = and i1 %840, %841
	%843 = fmul float %83, 0x3FA7154760000000
	%844 = select i1 %842, float %843, float 0xFFF0000000000000
	%845 = mul i32 %4, 16
	%846 = add i32 %6, 8
	%847 = add i32 %845, %846
	%848 = add i32 %3, %847
	%849 = shl i32 %7, 1
	%850 = add i32 17, %849
	%851 = add i32 %56, %850
	%852 = icmp slt i32 %848, %R
	%853 = icmp slt i32 %851, %T
	%854 = and i1 %852, %853
	%855 = fmul float %84, 0x3FA7154760000000
	%856 = select i1 %854, float %855, float 0xFFF0000000000000
	%857 = mul i32 %4, 16
	%858 = add i32 %6, 0
	%859 = add i32 %857, %858
	%860 = add i32 %3, %859
	%861 = shl i32 %7, 1
	%862 = add i32 24, %861
	%863 = add i32 %56, %862
	%864 = icmp slt i32 %860, %R
	%865 = icmp slt i32 %863, %T
	%866 = and i1 %864, %865
	%867 = fmul float %85, 0x3FA7154760000000
	%868 = select i1 %866, float %867, float 0xFFF0000000000000
	%869 = mul i32 %4, 16
	%870 = add i32 %6, 0
	%871 = add i32 %869, %870
	%872 = add i32 %3, %871
	%873 = shl i32 %7, 1
	%874 = add i32 25, %873
	%875 = add i32 %56, %874
	%876 = icmp slt i32 %872, %R
	%877 = icmp slt i32 %875, %T
	%878 = and i1 %876, %877
	%879 = fmul float %86, 0x3FA7154760000000
	%880 = select i1 %878, float %879, float 0xFFF0000000000000
	%881 = mul i32 %4, 16
	%882 = add i32 %6, 8
	%883 = add i32 %881, %882
	%884 = add i32 %3, %883
	%885 = shl i32 %7, 1
	%886 = add i32 24, %885
	%887 = add i32 %56, %886
	%888 = icmp slt i32 %884, %R
	%889 = icmp slt i32 %887, %T
	%890 = and i1 %888, %889
	%891 = fmul float %87, 0x3FA7154760000000
	%892 = select i1 %890, float %891, float 0xFFF0000000000000
	%893 = mul i32 %4, 16
	%894 = add i32 %6, 8
	%895 = add i32 %893, %894
	%896 = add i32 %3, %895
	%897 = shl i32 %7, 1
	%898 = add i32 25, %897
	%899 = add i32 %56, %898
	%900 = icmp slt i32 %896, %R
	%901 = icmp slt i32 %899, %T
	%902 = and i1 %900, %901
	%903 = fmul float %88, 0x3FA7154760000000
	%904 = select i1 %902, float %903, float 0xFFF0000000000000
	%905 = mul i32 %4, 16
	%906 = add i32 %6, 0
	%907 = add i32 %905, %906
	%908 = add i32 %3, %907
	%909 = shl i32 %7, 1
	%910 = add i32 32, %909
	%911 = add i32 %56, %910
	%912 = icmp slt i32 %908, %R
	%913 = icmp slt i32 %911, %T
	%914 = and i1 %912, %913
	%915 = fmul float %89, 0x3FA7154760000000
	%916 = select i1 %914, float %915, float 0xFFF0000000000000
	%917 = mul i32 %4, 16
	%918 = add i32 %6, 0
	%919 = add i32 %917, %918
	%920 = add i32 %3, %919
	%921 = shl i32 %7, 1
	%922 = add i32 33, %921
	%923 = add i32 %56, %922
	%924 = icmp slt i32 %920, %R
	%925 = icmp slt i32 %923, %T
	%926 = and i1 %924, %925
	%927 = fmul float %90, 0x3FA7154760000000
	%928 = select i1 %926, float %927, float 0xFFF0000000000000
	%929 = mul i32 %4, 16
	%930 = add i32 %6, 8
	%931 = add i32 %929, %930
	%932 = add i32 %3, %931
	%933 = shl i32 %7, 1
	%934 = add i32 32, %933
	%935 = add i32 %56, %934
	%936 = icmp slt i32 %932, %R
	%937 = icmp slt i32 %935, %T
	%938 = and i1 %936, %937
	%939 = fmul float %91, 0x3FA7154760000000
	%940 = select i1 %938, float %939, float 0xFFF0000000000000
	%941 = mul i32 %4, 16
	%942 = add i32 %6, 8
	%943 = add i32 %941, %942
	%944 = add i32 %3, %943
	%945 = shl i32 %7, 1
	%946 = add i32 33, %945
	%947 = add i32 %56, %946
	%948 = icmp slt i32 %944, %R
	%949 = icmp slt i32 %947, %T
	%950 = and i1 %948, %949
	%951 = fmul float %92, 0x3FA7154760000000
	%952 = select i1 %950, float %951, float 0xFFF0000000000000
	%953 = mul i32 %4, 16
	%954 = add i32 %6, 0
	%955 = add i32 %953, %954
	%956 = add i32 %3, %955
	%957 = shl i32 %7, 1
	%958 = add i32 40, %957
	%959 = add i32 %56, %958
	%960 = icmp slt i32 %956, %R
	%961 = icmp slt i32 %959, %T
	%962 = and i1 %960, %961
	%963 = fmul float %93, 0x3FA7154760000000
	%964 = select i1 %962, float %963, float 0xFFF0000000000000
	%965 = mul i32 %4, 16
	%966 = add i32 %6, 0
	%967 = add i32 %965, %966
	%968 = add i32 %3, %967
	%969 = shl i32 %7, 1
	%970 = add i32 41, %969
	%971 = add i32 %56, %970
	%972 = icmp slt i32 %968, %R
	%973 = icmp slt i32 %971, %T
	%974 = and i1 %972, %973
	%975 = fmul float %94, 0x3FA7154760000000
	%976 = select i1 %974, float %975, float 0xFFF0000000000000
	%977 = mul i32 %4, 16
	%978 = add i32 %6, 8
	%979 = add i32 %977, %978
	%980 = add i32 %3, %979
	%981 = shl i32 %7, 1
	%982 = add i32 40, %981
	%983 = add i32 %56, %982
	%984 = icmp slt i32 %980, %R
	%985 = icmp slt i32 %983, %T
	%986 = and i1 %984, %985
	%987 = fmul float %95, 0x3FA7154760000000
	%988 = select i1 %986, float %987, float 0xFFF0000000000000
	%989 = mul i32 %4, 16
	%990 = add i32 %6, 8
	%991 = add i32 %989, %990
	%992 = add i32 %3, %991
	%993 = shl i32 %7, 1
	%994 = add i32 41, %993
	%995 = add i32 %56, %994
	%996 = icmp slt i32 %992, %R
	%997 = icmp slt i32 %995, %T
	%998 = and i1 %996, %997
	%999 = fmul float %96, 0x3FA7154760000000
	%1000 = select i1 %998, float %999, float 0xFFF0000000000000
	%1001 = mul i32 %4, 16
	%1002 = add i32 %6, 0
	%1003 = add i32 %1001, %1002
	%1004 = add i32 %3, %1003
	%1005 = shl i32 %7, 1
	%1006 = add i32 48, %1005
	%1007 = add i32 %56, %1006
	%1008 = icmp slt i32 %1004, %R
	%1009 = icmp slt i32 %1007, %T
	%1010 = and i1 %1008, %1009
	%1011 = fmul float %97, 0x3FA7154760000000
	%1012 = select i1 %1010, float %1011, float 0xFFF0000000000000
	%1013 = mul i32 %4, 16
	%1014 = add i32 %6, 0
	%1015 = add i32 %1013, %1014
	%1016 = add i32 %3, %1015
	%1017 = shl i32 %7, 1
	%1018 = add i32 49, %1017
	%1019 = add i32 %56, %1018
	%1020 = icmp slt i32 %1016, %R
	%1021 = icmp slt i32 %1019, %T
	%1022 = and i1 %1020, %1021
	%1023 = fmul float %98, 0x3FA7154760000000
	%1024 = select i1 %1022, float %1023, float 0xFFF0000000000000
	%1025 = mul i32 %4, 16
	%1026 = add i32 %6, 8
	%1027 = add i32 %1025, %1026
	%1028 = add i32 %3, %1027
	%1029 = shl i32 %7, 1
	%1030 = add i32 48, %1029
	%1031 = add i32 %56, %1030
	%1032 = icmp slt i32 %1028, %R
	%1033 = icmp slt i32 %1031, %T
	%1034 = and i1 %1032, %1033
	%1035 = fmul float %99, 0x3FA7154760000000
	%1036 = select i1 %1034, float %1035, float 0xFFF0000000000000
	%1037 = mul i32 %4, 16
	%1038 = add i32 %6, 8
	%1039 = add i32 %1037, %1038
	%1040 = add i32 %3, %1039
	%1041 = shl i32 %7, 1
	%1042 = add i32 49, %1041
	%1043 = add i32 %56, %1042
	%1044 = icmp slt i32 %1040, %R
	%1045 = icmp slt i32 %1043, %T
	%1046 = and i1 %1044, %1045
	%1047 = fmul float %100, 0x3FA7154760000000
	%1048 = select i1 %1046, float %1047, float 0xFFF0000000000000
	%1049 = mul i32 %4, 16
	%1050 = add i32 %6, 0
	%1051 = add i32 %1049, %1050
	%1052 = add i32 %3, %1051
	%1053 = shl i32 %7, 1
	%1054 = add i32 56, %1053
	%1055 = add i32 %56, %1054
	%1056 = icmp slt i32 %1052, %R
	%1057 = icmp slt i32 %1055, %T
	%1058 = and i1 %1056, %1057
	%1059 = fmul float %101, 0x3FA7154760000000
	%1060 = select i1 %1058, float %1059, float 0xFFF0000000000000
	%1061 = mul i32 %4, 16
	%1062 = add i32 %6, 0
	%1063 = add i32 %1061, %1062
	%1064 = add i32 %3, %1063
	%1065 = shl i32 %7, 1
	%1066 = add i32 57, %1065
	%1067 = add i32 %56, %1066
	%1068 = icmp slt i32 %1064, %R
	%1069 = icmp slt i32 %1067, %T
	%1070 = and i1 %1068, %1069
	%1071 = fmul float %102, 0x3FA7154760000000
	%1072 = select i1 %1070, float %1071, float 0xFFF0000000000000
	%1073 = mul i32 %4, 16
	%1074 = add i32 %6, 8
	%1075 = add i32 %1073, %1074
	%1076 = add i32 %3, %1075
	%1077 = shl i32 %7, 1
	%1078 = add i32 56, %1077
	%1079 = add i32 %56, %1078
	%1080 = icmp slt i32 %1076, %R
	%1081 = icmp slt i32 %1079, %T
	%1082 = and i1 %1080, %1081
	%1083 = fmul float %103, 0x3FA7154760000000
	%1084 = select i1 %1082, float %1083, float 0xFFF0000000000000
	%1085 = mul i32 %4, 16
	%1086 = add i32 %6, 8
	%1087 = add i32 %1085, %1086
	%1088 = add i32 %3, %1087
	%1089 = shl i32 %7, 1
	%1090 = add i32 57, %1089
	%1091 = add i32 %56, %1090
	%1092 = icmp slt i32 %1088, %R
	%1093 = icmp slt i32 %1091, %T
	%1094 = and i1 %1092, %1093
	%1095 = fmul float %104, 0x3FA7154760000000
	%1096 = select i1 %1094, float %1095, float 0xFFF0000000000000
	%1097 = mul i32 %4, 16
	%1098 = add i32 %6, 0
	%1099 = add i32 %1097, %1098
	%1100 = add i32 %3, %1099
	%1101 = shl i32 %7, 1
	%1102 = add i32 64, %1101
	%1103 = add i32 %56, %1102
	%1104 = icmp slt i32 %1100, %R
	%1105 = icmp slt i32 %1103, %T
	%1106 = and i1 %1104, %1105
	%1107 = fmul float %105, 0x3FA7154760000000
	%1108 = select i1 %1106, float %1107, float 0xFFF0000000000000
	%1109 = mul i32 %4, 16
	%1110 = add i32 %6, 0
	%1111 = add i32 %1109, %1110
	%1112 = add i32 %3, %1111
	%1113 = shl i32 %7, 1
	%1114 = add i32 65, %1113
	%1115 = add i32 %56, %1114
	%1116 = icmp slt i32 %1112, %R
	%1117 = icmp slt i32 %1115, %T
	%1118 = and i1 %1116, %1117
	%1119 = fmul float %106, 0x3FA7154760000000
	%1120 = select i1 %1118, float %1119, float 0xFFF0000000000000
	%1121 = mul i32 %4, 16
	%1122 = add i32 %6, 8
	%1123 = add i32 %1121, %1122
	%1124 = add i32 %3, %1123
	%1125 = shl i32 %7, 1
	%1126 = add i32 64, %1125
	%1127 = add i32 %56, %1126
	%1128 = icmp slt i32 %1124, %R
	%1129 = icmp slt i32 %1127, %T
	%1130 = and i1 %1128, %1129
	%1131 = fmul float %107, 0x3FA7154760000000
	%1132 = select i1 %1130, float %1131, float 0xFFF0000000000000
	%1133 = mul i32 %4, 16
	%1134 = add i32 %6, 8
	%1135 = add i32 %1133, %1134
	%1136 = add i32 %3, %1135
	%1137 = shl i32 %7, 1
	%1138 = add i32 65, %1137
	%1139 = add i32 %56, %1138
	%1140 = icmp slt i32 %1136, %R
	%1141 = icmp slt i32 %1139, %T
	%1142 = and i1 %1140, %1141
	%1143 = fmul float %108, 0x3FA7154760000000
	%1144 = select i1 %1142, float %1143, float 0xFFF0000000000000
	%1145 = mul i32 %4, 16
	%1146 = add i32 %6, 0
	%1147 = add i32 %1145, %1146
	%1148 = add i32 %3, %1147
	%1149 = shl i32 %7, 1
	%1150 = add i32 72, %1149
	%1151 = add i32 %56, %1150
	%1152 = icmp slt i32 %1148, %R
	%1153 = icmp slt i32 %1151, %T
	%1154 = and i1 %1152, %1153
	%1155 = fmul float %109, 0x3FA7154760000000
	%1156 = select i1 %1154, float %1155, float 0xFFF0000000000000
	%1157 = mul i32 %4, 16
	%1158 = add i32 %6, 0
	%1159 = add i32 %1157, %1158
	%1160 = add i32 %3, %1159
	%1161 = shl i32 %7, 1
	%1162 = add i32 73, %1161
	%1163 = add i32 %56, %1162
	%1164 = icmp slt i32 %1160, %R
	%1165 = icmp slt i32 %1163, %T
	%1166 = and i1 %1164, %1165
	%1167 = fmul float %110, 0x3FA7154760000000
	%1168 = select i1 %1166, float %1167, float 0xFFF0000000000000
	%1169 = mul i32 %4, 16
	%1170 = add i32 %6, 8
	%1171 = add i32 %1169, %1170
	%1172 = add i32 %3, %1171
	%1173 = shl i32 %7, 1
	%1174 = add i32 72, %1173
	%1175 = add i32 %56, %1174
	%1176 = icmp slt i32 %1172, %R
	%1177 = icmp slt i32 %1175, %T
	%1178 = and i1 %1176, %1177
	%1179 = fmul float %111, 0x3FA7154760000000
	%1180 = select i1 %1178, float %1179, float 0xFFF0000000000000
	%1181 = mul i32 %4, 16
	%1182 = add i32 %6, 8
	%1183 = add i32 %1181, %1182
	%1184 = add i32 %3, %1183
	%1185 = shl i32 %7, 1
	%1186 = add i32 73, %1185
	%1187 = add i32 %56, %1186
	%1188 = icmp slt i32 %1184, %R
	%1189 = icmp slt i32 %1187, %T
	%1190 = and i1 %1188, %1189
	%1191 = fmul float %112, 0x3FA7154760000000
	%1192 = select i1 %1190, float %1191, float 0xFFF0000000000000
	%1193 = mul i32 %4, 16
	%1194 = add i32 %6, 0
	%1195 = add i32 %1193, %1194
	%1196 = add i32 %3, %1195
	%1197 = shl i32 %7, 1
	%1198 = add i32 80, %1197
	%1199 = add i32 %56, %1198
	%1200 = icmp slt i32 %1196, %R
	%1201 = icmp slt i32 %1199, %T
	%1202 = and i1 %1200, %1201
	%1203 = fmul float %113, 0x3FA7154760000000
	%1204 = select i1 %1202, float %1203, float 0xFFF0000000000000
	%1205 = mul i32 %4, 16
	%1206 = add i32 %6, 0
	%1207 = add i32 %1205, %1206
	%1208 = add i32 %3, %1207
	%1209 = shl i32 %7, 1
	%1210 = add i32 81, %1209
	%1211 = add i32 %56, %1210
	%1212 = icmp slt i32 %1208, %R
	%1213 = icmp slt i32 %1211, %T
	%1214 = and i1 %1212, %1213
	%1215 = fmul float %114, 0x3FA7154760000000
	%1216 = select i1 %1214, float %1215, float 0xFFF0000000000000
	%1217 = mul i32 %4, 16
	%1218 = add i32 %6, 8
	%1219 = add i32 %1217, %1218
	%1220 = add i32 %3, %1219
	%1221 = shl i32 %7, 1
	%1222 = add i32 80, %1221
	%1223 = add i32 %56, %1222
	%1224 = icmp slt i32 %1220, %R
	%1225 = icmp slt i32 %1223, %T
	%1226 = and i1 %1224, %1225
	%1227 = fmul float %115, 0x3FA7154760000000
	%1228 = select i1 %1226, float %1227, float 0xFFF0000000000000
	%1229 = mul i32 %4, 16
	%1230 = add i32 %6, 8
	%1231 = add i32 %1229, %1230
	%1232 = add i32 %3, %1231
	%1233 = shl i32 %7, 1
	%1234 = add i32 81, %1233
	%1235 = add i32 %56, %1234
	%1236 = icmp slt i32 %1232, %R
	%1237 = icmp slt i32 %1235, %T
	%1238 = and i1 %1236, %1237
	%1239 = fmul float %116, 0x3FA7154760000000
	%1240 = select i1 %1238, float %1239, float 0xFFF0000000000000
	%1241 = mul i32 %4, 16
	%1242 = add i32 %6, 0
	%1243 = add i32 %1241, %1242
	%1244 = add i32 %3, %1243
	%1245 = shl i32 %7, 1
	%1246 = add i32 88, %1245
	%1247 = add i32 %56, %1246
	%1248 = icmp slt i32 %1244, %R
	%1249 = icmp slt i32 %1247, %T
	%1250 = and i1 %1248, %1249
	%1251 = fmul float %117, 0x3FA7154760000000
	%1252 = select i1 %1250, float %1251, float 0xFFF0000000000000
	%1253 = mul i32 %4, 16
	%1254 = add i32 %6, 0
	%1255 = add i32 %1253, %1254
	%1256 = add i32 %3, %1255
	%1257 = shl i32 %7, 1
	%1258 = add i32 89, %1257
	%1259 = add i32 %56, %1258
	%1260 = icmp slt i32 %1256, %R
	%1261 = icmp slt i32 %1259, %T
	%1262 = and i1 %1260, %1261
	%1263 = fmul float %118, 0x3FA7154760000000
	%1264 = select i1 %1262, float %1263, float 0xFFF0000000000000
	%1265 = mul i32 %4, 16
	%1266 = add i32 %6, 8
	%1267 = add i32 %1265, %1266
	%1268 = add i32 %3, %1267
	%1269 = shl i32 %7, 1
	%1270 = add i32 88, %1269
	%1271 = add i32 %56, %1270
	%1272 = icmp slt i32 %1268, %R
	%1273 = icmp slt i32 %1271, %T
	%1274 = and i1 %1272, %1273
	%1275 = fmul float %119, 0x3FA7154760000000
	%1276 = select i1 %1274, float %1275, float 0xFFF0000000000000
	%1277 = mul i32 %4, 16
	%1278 = add i32 %6, 8
	%1279 = add i32 %1277, %1278
	%1280 = add i32 %3, %1279
	%1281 = shl i32 %7, 1
	%1282 = add i32 89, %1281
	%1283 = add i32 %56, %1282
	%1284 = icmp slt i32 %1280, %R
	%1285 = icmp slt i32 %1283, %T
	%1286 = and i1 %1284, %1285
	%1287 = fmul float %120, 0x3FA7154760000000
	%1288 = select i1 %1286, float %1287, float 0xFFF0000000000000
	%1289 = mul i32 %4, 16
	%1290 = add i32 %6, 0
	%1291 = add i32 %1289, %1290
	%1292 = add i32 %3, %1291
	%1293 = shl i32 %7, 1
	%1294 = add i32 96, %1293
	%1295 = add i32 %56, %1294
	%1296 = icmp slt i32 %1292, %R
	%1297 = icmp slt i32 %1295, %T
	%1298 = and i1 %1296, %1297
	%1299 = fmul float %121, 0x3FA7154760000000
	%1300 = select i1 %1298, float %1299, float 0xFFF0000000000000
	%1301 = mul i32 %4, 16
	%1302 = add i32 %6, 0
	%1303 = add i32 %1301, %1302
	%1304 = add i32 %3, %1303
	%1305 = shl i32 %7, 1
	%1306 = add i32 97, %1305
	%1307 = add i32 %56, %1306
	%1308 = icmp slt i32 %1304, %R
	%1309 = icmp slt i32 %1307, %T
	%1310 = and i1 %1308, %1309
	%1311 = fmul float %122, 0x3FA7154760000000
	%1312 = select i1 %1310, float %1311, float 0xFFF0000000000000
	%1313 = mul i32 %4, 16
	%1314 = add i32 %6, 8
	%1315 = add i32 %1313, %1314
	%1316 = add i32 %3, %1315
	%1317 = shl i32 %7, 1
	%1318 = add i32 96, %1317
	%1319 = add i32 %56, %1318
	%1320 = icmp slt i32 %1316, %R
	%1321 = icmp slt i32 %1319, %T
	%1322 = and i1 %1320, %1321
	%1323 = fmul float %123, 0x3FA7154760000000
	%1324 = select i1 %1322, float %1323, float 0xFFF0000000000000
	%1325 = mul i32 %4, 16
	%1326 = add i32 %6, 8
	%1327 = add i32 %1325, %1326
	%1328 = add i32 %3, %1327
	%1329 = shl i32 %7, 1
	%1330 = add i32 97, %1329
	%1331 = add i32 %56, %1330
	%1332 = icmp slt i32 %1328, %R
	%1333 = icmp slt i32 %1331, %T
	%1334 = and i1 %1332, %1333
	%1335 = fmul float %124, 0x3FA7154760000000
	%1336 = select i1 %1334, float %1335, float 0xFFF0000000000000
	%1337 = mul i32 %4, 16
	%1338 = add i32 %6, 0
	%1339 = add i32 %1337, %1338
	%1340 = add i32 %3, %1339
	%1341 = shl i32 %7, 1
	%1342 = add i32 104, %1341
	%1343 = add i32 %56, %1342
	%1344 = icmp slt i32 %1340, %R
	%1345 = icmp slt i32 %1343, %T
	%1346 = and i1 %1344, %1345
	%1347 = fmul float %125, 0x3FA7154760000000
	%1348 = select i1 %1346, float %1347, float 0xFFF0000000000000
	%1349 = mul i32 %4, 16
	%1350 = add i32 %6, 0
	%1351 = add i32 %1349, %1350
	%1352 = add i32 %3, %1351
	%1353 = shl i32 %7, 1
	%1354 = add i32 105, %1353
	%1355 = add i32 %56, %1354
	%1356 = icmp slt i32 %1352, %R
	%1357 = icmp slt i32 %1355, %T
	%1358 = and i1 %1356, %1357
	%1359 = fmul float %126, 0x3FA7154760000000
	%1360 = select i1 %1358, float %1359, float 0xFFF0000000000000
	%1361 = mul i32 %4, 16
	%1362 = add i32 %6, 8
	%1363 = add i32 %1361, %1362
	%1364 = add i32 %3, %1363
	%1365 = shl i32 %7, 1
	%1366 = add i32 104, %1365
	%1367 = add i32 %56, %1366
	%1368 = icmp slt i32 %1364, %R
	%1369 = icmp slt i32 %1367, %T
	%1370 = and i1 %1368, %1369
	%1371 = fmul float %127, 0x3FA7154760000000
	%1372 = select i1 %1370, float %1371, float 0xFFF0000000000000
	%1373 = mul i32 %4, 16
	%1374 = add i32 %6, 8
	%1375 = add i32 %1373, %1374
	%1376 = add i32 %3, %1375
	%1377 = shl i32 %7, 1
	%1378 = add i32 105, %1377
	%1379 = add i32 %56, %1378
	%1380 = icmp slt i32 %1376, %R
	%1381 = icmp slt i32 %1379, %T
	%1382 = and i1 %1380, %1381
	%1383 = fmul float %128, 0x3FA7154760000000
	%1384 = select i1 %1382, float %1383, float 0xFFF0000000000000
	%1385 = mul i32 %4, 16
	%1386 = add i32 %6, 0
	%1387 = add i32 %1385, %1386
	%1388 = add i32 %3, %1387
	%1389 = shl i32 %7, 1
	%1390 = add i32 112, %1389
	%1391 = add i32 %56, %1390
	%1392 = icmp slt i32 %1388, %R
	%1393 = icmp slt i32 %1391, %T
	%1394 = and i1 %1392, %1393
	%1395 = fmul float %129, 0x3FA7154760000000
	%1396 = select i1 %1394, float %1395, float 0xFFF0000000000000
	%1397 = mul i32 %4, 16
	%1398 = add i32 %6, 0
	%1399 = add i32 %1397, %1398
	%1400 = add i32 %3, %1399
	%1401 = shl i32 %7, 1
	%1402 = add i32 113, %1401
	%1403 = add i32 %56, %1402
	%1404 = icmp slt i32 %1400, %R
	%1405 = icmp slt i32 %1403, %T
	%1406 = and i1 %1404, %1405
	%1407 = fmul float %130, 0x3FA7154760000000
	%1408 = select i1 %1406, float %1407, float 0xFFF0000000000000
	%1409 = mul i32 %4, 16
	%1410 = add i32 %6, 8
	%1411 = add i32 %1409, %1410
	%1412 = add i32 %3, %1411
	%1413 = shl i32 %7, 1
	%1414 = add i32 112, %1413
	%1415 = add i32 %56, %1414
	%1416 = icmp slt i32 %1412, %R
	%1417 = icmp slt i32 %1415, %T
	%1418 = and i1 %1416, %1417
	%1419 = fmul float %131, 0x3FA7154760000000
	%1420 = select i1 %1418, float %1419, float 0xFFF0000000000000
	%1421 = mul i32 %4, 16
	%1422 = add i32 %6, 8
	%1423 = add i32 %1421, %1422
	%1424 = add i32 %3, %1423
	%1425 = shl i32 %7, 1
	%1426 = add i32 113, %1425
	%1427 = add i32 %56, %1426
	%1428 = icmp slt i32 %1424, %R
	%1429 = icmp slt i32 %1427, %T
	%1430 = and i1 %1428, %1429
	%1431 = fmul float %132, 0x3FA7154760000000
	%1432 = select i1 %1430, float %1431, float 0xFFF0000000000000
	%1433 = mul i32 %4, 16
	%1434 = add i32 %6, 0
	%1435 = add i32 %1433, %1434
	%1436 = add i32 %3, %1435
	%1437 = shl i32 %7, 1
	%1438 = add i32 120, %1437
	%1439 = add i32 %56, %1438
	%1440 = icmp slt i32 %1436, %R
	%1441 = icmp slt i32 %1439, %T
	%1442 = and i1 %1440, %1441
	%1443 = fmul float %133, 0x3FA7154760000000
	%1444 = select i1 %1442, float %1443, float 0xFFF0000000000000
	%1445 = mul i32 %4, 16
	%1446 = add i32 %6, 0
	%1447 = add i32 %1445, %1446
	%1448 = add i32 %3, %1447
	%1449 = shl i32 %7, 1
	%1450 = add i32 121, %1449
	%1451 = add i32 %56, %1450
	%1452 = icmp slt i32 %1448, %R
	%1453 = icmp slt i32 %1451, %T
	%1454 = and i1 %1452, %1453
	%1455 = fmul float %134, 0x3FA7154760000000
	%1456 = select i1 %1454, float %1455, float 0xFFF0000000000000
	%1457 = mul i32 %4, 16
	%1458 = add i32 %6, 8
	%1459 = add i32 %1457, %1458
	%1460 = add i32 %3, %1459
	%1461 = shl i32 %7, 1
	%1462 = add i32 120, %1461
	%1463 = add i32 %56, %1462
	%1464 = icmp slt i32 %1460, %R
	%1465 = icmp slt i32 %1463, %T
	%1466 = and i1 %1464, %1465
	%1467 = fmul float %135, 0x3FA7154760000000
	%1468 = select i1 %1466, float %1467, float 0xFFF0000000000000
	%1469 = mul i32 %4, 16
	%1470 = add i32 %6, 8
	%1471 = add i32 %1469, %1470
	%1472 = add i32 %3, %1471
	%1473 = shl i32 %7, 1
	%1474 = add i32 121, %1473
	%1475 = add i32 %56, %1474
	%1476 = icmp slt i32 %1472, %R
	%1477 = icmp slt i32 %1475, %T
	%1478 = and i1 %1476, %1477
	%1479 = fmul float %136, 0x3FA7154760000000
	%1480 = select i1 %1478, float %1479, float 0xFFF0000000000000
	%1481 = call float @llvm.nvvm.fmax.f(float %724, float %736)
	%1482 = call float @llvm.nvvm.fmax.f(float %772, float %784)
	%1483 = call float @llvm.nvvm.fmax.f(float %820, float %832)
	%1484 = call float @llvm.nvvm.fmax.f(float %868, float %880)
	%1485 = call float @llvm.nvvm.fmax.f(float %916, float %928)
	%1486 = call float @llvm.nvvm.fmax.f(float %964, float %976)
	%1487 = call float @llvm.nvvm.fmax.f(float %1012, float %1024)
	%1488 = call float @llvm.nvvm.fmax.f(float %1060, float %1072)
	%1489 = call float @llvm.nvvm.fmax.f(float %1108, float %1120)
	%1490 = call float @llvm.nvvm.fmax.f(float %1156, float %1168)
	%1491 = call float @llvm.nvvm.fmax.f(float %1204, float %1216)
	%1492 = call float @llvm.nvvm.fmax.f(float %1252, float %1264)
	%1493 = call float @llvm.nvvm.fmax.f(float %1300, float %1312)
	%1494 = call float @llvm.nvvm.fmax.f(float %1348, float %1360)
	%1495 = call float @llvm.nvvm.fmax.f(float %1396, float %1408)
	%1496 = call float @llvm.nvvm.fmax.f(float %1444, float %1456)
	%1497 = call float @llvm.nvvm.fmax.f(float %1481, float %1482)
	%1498 = call float @llvm.nvvm.fmax.f(float %1483, float %1484)
	%1499 = call float @llvm.nvvm.fmax.f(float %1485, float %1486)
	%1500 = call float @llvm.nvvm.fmax.f(float %1487, float %1488)
	%1501 = call float @llvm.nvvm.fmax.f(float %1489, float %1490)
	%1502 = call float @llvm.nvvm.fmax.f(float %1491, float %1492)
	%1503 = call float @llvm.nvvm.fmax.f(float %1493, float %1494)
	%1504 = call float @llvm.nvvm.fmax.f(float %1495, float %1496)
	%1505 = call float @llvm.nvvm.fmax.f(float %1497, float %1498)
	%1506 = call float @llvm.nvvm.fmax.f(float %1499, float %1500)
	%1507 = call float @llvm.nvvm.fmax.f(float %1501, float %1502)
	%1508 = call float @llvm.nvvm.fmax.f(float %1503, float %1504)
	%1509 = call float @llvm.nvvm.fmax.f(float %1505, float %1506)
	%1510 = call float @llvm.nvvm.fmax.f(float %1507, float %1508)
	%1511 = call float @llvm.nvvm.fmax.f(float %1509, float %1510)
	%1512 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1511, i32 1, i32 31)
	%1513 = call float @llvm.nvvm.fmax.f(float %1511, float %1512)
	%1514 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1513, i32 2, i32 31)
	%1515 = call float @llvm.nvvm.fmax.f(float %1513, float %1514)
	%1516 = call float @llvm.nvvm.fmax.f(float %50, float %1515)
	%1517 = fcmp oeq float %1516, 0xFFF0000000000000
	%1518 = select i1 %1517, float 0.0, float %1516
	%1519 = fsub float %724, %1518
	%1520 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1519)
	%1521 = fsub float %736, %1518
	%1522 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1521)
	%1523 = fsub float %772, %1518
	%1524 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1523)
	%1525 = fsub float %784, %1518
	%1526 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1525)
	%1527 = fsub float %820, %1518
	%1528 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1527)
	%1529 = fsub float %832, %1518
	%1530 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1529)
	%1531 = fsub float %868, %1518
	%1532 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1531)
	%1533 = fsub float %880, %1518
	%1534 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1533)
	%1535 = fsub float %916, %1518
	%1536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1535)
	%1537 = fsub float %928, %1518
	%1538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1537)
	%1539 = fsub float %964, %1518
	%1540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1539)
	%1541 = fsub float %976, %1518
	%1542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1541)
	%1543 = fsub float %1012, %1518
	%1544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1543)
	%1545 = fsub float %1024, %1518
	%1546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1545)
	%1547 = fsub float %1060, %1518
	%1548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1547)
	%1549 = fsub float %1072, %1518
	%1550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1549)
	%1551 = fsub float %1108, %1518
	%1552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1551)
	%1553 = fsub float %1120, %1518
	%1554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1553)
	%1555 = fsub float %1156, %1518
	%1556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1555)
	%1557 = fsub float %1168, %1518
	%1558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1557)
	%1559 = fsub float %1204, %1518
	%1560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1559)
	%1561 = fsub float %1216, %1518
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = fsub float %1252, %1518
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = fsub float %1264, %1518
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = fsub float %1300, %1518
	%1568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1567)
	%1569 = fsub float %1312, %1518
	%1570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1569)
	%1571 = fsub float %1348, %1518
	%1572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1571)
	%1573 = fsub float %1360, %1518
	%1574 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1573)
	%1575 = fsub float %1396, %1518
	%1576 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1575)
	%1577 = fsub float %1408, %1518
	%1578 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1577)
	%1579 = fsub float %1444, %1518
	%1580 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1579)
	%1581 = fsub float %1456, %1518
	%1582 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1581)
	%1583 = fadd float %1520, %1522
	%1584 = fadd float %1524, %1526
	%1585 = fadd float %1528, %1530
	%1586 = fadd float %1532, %1534
	%1587 = fadd float %1536, %1538
	%1588 = fadd float %1540, %1542
	%1589 = fadd float %1544, %1546
	%1590 = fadd float %1548, %1550
	%1591 = fadd float %1552, %1554
	%1592 = fadd float %1556, %1558
	%1593 = fadd float %1560, %1562
	%1594 = fadd float %1564, %1566
	%1595 = fadd float %1568, %1570
	%1596 = fadd float %1572, %1574
	%1597 = fadd float %1576, %1578
	%1598 = fadd float %1580, %1582
	%1599 = fadd float %1583, %1584
	%1600 = fadd float %1585, %1586
	%1601 = fadd float %1587, %1588
	%1602 = fadd float %1589, %1590
	%1603 = fadd float %1591, %1592
	%1604 = fadd float %1593, %1594
	%1605 = fadd float %1595, %1596
	%1606 = fadd float %1597, %1598
	%1607 = fadd float %1599, %1600
	%1608 = fadd float %1601, %1602
	%1609 = fadd float %1603, %1604
	%1610 = fadd float %1605, %1606
	%1611 = fadd float %1607, %1608
	%1612 = fadd float %1609, %1610
	%1613 = fadd float %1611, %1612
	%1614 = fsub float %50, %1518
	%1615 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1614)
	%1616 = fmul float %52, %1615
	%1617 = fadd float %1616, %1613
	%1618 = fadd float %1520, %1522
	%1619 = fadd float %1524, %1526
	%1620 = fadd float %1528, %1530
	%1621 = fadd float %1532, %1534
	%1622 = fadd float %1536, %1538
	%1623 = fadd float %1540, %1542
	%1624 = fadd float %1544, %1546
	%1625 = fadd float %1548, %1550
	%1626 = fadd float %1552, %1554
	%1627 = fadd float %1556, %1558
	%1628 = fadd float %1560, %1562
	%1629 = fadd float %1564, %1566
	%1630 = fadd float %1568, %1570
	%1631 = fadd float %1572, %1574
	%1632 = fadd float %1576, %1578
	%1633 = fadd float %1580, %1582
	%1634 = call float @llvm.nvvm.fmax.f(float %748, float %760)
	%1635 = call float @llvm.nvvm.fmax.f(float %796, float %808)
	%1636 = call float @llvm.nvvm.fmax.f(float %844, float %856)
	%1637 = call float @llvm.nvvm.fmax.f(float %892, float %904)
	%1638 = call float @llvm.nvvm.fmax.f(float %940, float %952)
	%1639 = call float @llvm.nvvm.fmax.f(float %988, float %1000)
	%1640 = call float @llvm.nvvm.fmax.f(float %1036, float %1048)
	%1641 = call float @llvm.nvvm.fmax.f(float %1084, float %1096)
	%1642 = call float @llvm.nvvm.fmax.f(float %1132, float %1144)
	%1643 = call float @llvm.nvvm.fmax.f(float %1180, float %1192)
	%1644 = call float @llvm.nvvm.fmax.f(float %1228, float %1240)
	%1645 = call float @llvm.nvvm.fmax.f(float %1276, float %1288)
	%1646 = call float @llvm.nvvm.fmax.f(float %1324, float %1336)
	%1647 = call float @llvm.nvvm.fmax.f(float %1372, float %1384)
	%1648 = call float @llvm.nvvm.fmax.f(float %1420, float %1432)
	%1649 = call float @llvm.nvvm.fmax.f(float %1468, float %1480)
	%1650 = call float @llvm.nvvm.fmax.f(float %1634, float %1635)
	%1651 = call float @llvm.nvvm.fmax.f(float %1636, float %1637)
	%1652 = call float @llvm.nvvm.fmax.f(float %1638, float %1639)
	%1653 = call float @llvm.nvvm.fmax.f(float %1640, float %1641)
	%1654 = call float @llvm.nvvm.fmax.f(float %1642, float %1643)
	%1655 = call float @llvm.nvvm.fmax.f(float %1644, float %1645)
	%1656 = call float @llvm.nvvm.fmax.f(float %1646, float %1647)
	%1657 = call float @llvm.nvvm.fmax.f(float %1648, float %1649)
	%1658 = call float @llvm.nvvm.fmax.f(float %1650, float %1651)
	%1659 = call float @llvm.nvvm.fmax.f(float %1652, float %1653)
	%1660 = call float @llvm.nvvm.fmax.f(float %1654, float %1655)
	%1661 = call float @llvm.nvvm.fmax.f(float %1656, float %1657)
	%1662 = call float @llvm.nvvm.fmax.f(float %1658, float %1659)
	%1663 = call float @llvm.nvvm.fmax.f(float %1660, float %1661)
	%1664 = call float @llvm.nvvm.fmax.f(float %1662, float %1663)
	%1665 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1664, i32 1, i32 31)
	%1666 = call float @llvm.nvvm.fmax.f(float %1664, float %1665)
	%1667 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1666, i32 2, i32 31)
	%1668 = call float @llvm.nvvm.fmax.f(float %1666, float %1667)
	%1669 = call float @llvm.nvvm.fmax.f(float %51, float %1668)
	%1670 = fcmp oeq float %1669, 0xFFF0000000000000
	%1671 = select i1 %1670, float 0.0, float %1669
	%1672 = fsub float %748, %1671
	%1673 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1672)
	%1674 = fsub float %760, %1671
	%1675 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1674)
	%1676 = fsub float %796, %1671
	%1677 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1676)
	%1678 = fsub float %808, %1671
	%1679 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1678)
	%1680 = fsub float %844, %1671
	%1681 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1680)
	%1682 = fsub float %856, %1671
	%1683 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1682)
	%1684 = fsub float %892, %1671
	%1685 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1684)
	%1686 = fsub float %904, %1671
	%1687 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1686)
	%1688 = fsub float %940, %1671
	%1689 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1688)
	%1690 = fsub float %952, %1671
	%1691 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1690)
	%1692 = fsub float %988, %1671
	%1693 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1692)
	%1694 = fsub float %1000, %1671
	%1695 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1694)
	%1696 = fsub float %1036, %1671
	%1697 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1696)
	%1698 = fsub float %1048, %1671
	%1699 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1698)
	%1700 = fsub float %1084, %1671
	%1701 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1700)
	%1702 = fsub float %1096, %1671
	%1703 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1702)
	%1704 = fsub float %1132, %1671
	%1705 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1704)
	%1706 = fsub float %1144, %1671
	%1707 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1706)
	%1708 = fsub float %1180, %1671
	%1709 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1708)
	%1710 = fsub float %1192, %1671
	%1711 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1710)
	%1712 = fsub float %1228, %1671
	%1713 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1712)
	%1714 = fsub float %1240, %1671
	%1715 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1714)
	%1716 = fsub float %1276, %1671
	%1717 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1716)
	%1718 = fsub float %1288, %1671
	%1719 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1718)
	%1720 = fsub float %1324, %1671
	%1721 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1720)
	%1722 = fsub float %1336, %1671
	%1723 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1722)
	%1724 = fsub float %1372, %1671
	%1725 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1724)
	%1726 = fsub float %1384, %1671
	%1727 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1726)
	%1728 = fsub float %1420, %1671
	%1729 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1728)
	%1730 = fsub float %1432, %1671
	%1731 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1730)
	%1732 = fsub float %1468, %1671
	%1733 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1732)
	%1734 = fsub float %1480, %1671
	%1735 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1734)
	%1736 = fadd float %1673, %1675
	%1737 = fadd float %1677, %1679
	%1738 = fadd float %1681, %1683
	%1739 = fadd float %1685, %1687
	%1740 = fadd float %1689, %1691
	%1741 = fadd float %1693, %1695
	%1742 = fadd float %1697, %1699
	%1743 = fadd float %1701, %1703
	%1744 = fadd float %1705, %1707
	%1745 = fadd float %1709, %1711
	%1746 = fadd float %1713, %1715
	%1747 = fadd float %1717, %1719
	%1748 = fadd float %1721, %1723
	%1749 = fadd float %1725, %1727
	%1750 = fadd float %1729, %1731
	%1751 = fadd float %1733, %1735
	%1752 = fadd float %1736, %1737
	%1753 = fadd float %1738, %1739
	%1754 = fadd float %1740, %1741
	%1755 = fadd float %1742, %1743
	%1756 = fadd float %1744, %1745
	%1757 = fadd float %1746, %1747
	%1758 = fadd float %1748, %1749
	%1759 = fadd float %1750, %1751
	%1760 = fadd float %1752, %1753
	%1761 = fadd float %1754, %1755
	%1762 = fadd float %1756, %1757
	%1763 = fadd float %1758, %1759
	%1764 = fadd float %1760, %1761
	%1765 = fadd float %1762, %1763
	%1766 = fadd float %1764, %1765
	%1767 = fsub float %51, %1671
	%1768 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1767)
	%1769 = fmul float %53, %1768
	%1770 = fadd float %1769, %1766
	%1771 = fadd float %1673, %1675
	%1772 = fadd float %1677, %1679
	%1773 = fadd float %1681, %1683
	%1774 = fadd float %1685, %1687
	%1775 = fadd float %1689, %1691
	%1776 = fadd float %1693, %1695
	%1777 = fadd float %1697, %1699
	%1778 = fadd float %1701, %1703
	%1779 = fadd float %1705, %1707
	%1780 = fadd float %1709, %1711
	%1781 = fadd float %1713, %1715
	%1782 = fadd float %1717, %1719
	%1783 = fadd float %1721, %1723
	%1784 = fadd float %1725, %1727
	%1785 = fadd float %1729, %1731
	%1786 = fadd float %1733, %1735
	%1787 = sext i32 %R to i64
	%1788 = mul i32 %4, 16
	%1789 = add i32 %6, 0
	%1790 = add i32 %1788, %1789
	%1791 = add i32 %3, %1790
	%1792 = icmp slt i32 %1791, %R
	%1793 = mul i32 %1, %18
	%1794 = add i32 %1793, %49
	%1795 = sext i32 %1794 to i64
	%1796 = mul i64 %1795, %1787
	%1797 = sext i32 %1791 to i64
	%1798 = add i64 %1796, %1797
	%1799 = icmp eq i32 %7, 0
	%1800 = and i1 %1792, %1799
	br i1 %1800, label %1801, label %1803

1801:
	%1802 = getelementptr float, float* %mx, i64 %1798
	store float %1518, float* %1802
	br label %1803

1803:
	%1804 = mul i32 %4, 16
	%1805 = add i32 %6, 8
	%1806 = add i32 %1804, %1805
	%1807 = add i32 %3, %1806
	%1808 = icmp slt i32 %1807, %R
	%1809 = mul i32 %1, %18
	%1810 = add i32 %1809, %49
	%1811 = sext i32 %1810 to i64
	%1812 = mul i64 %1811, %1787
	%1813 = sext i32 %1807 to i64
	%1814 = add i64 %1812, %1813
	%1815 = icmp eq i32 %7, 0
	%1816 = and i1 %1808, %1815
	br i1 %1816, label %1817, label %1819

1817:
	%1818 = getelementptr float, float* %mx, i64 %1814
	store float %1671, float* %1818
	br label %1819

1819:
	%1820 = and i32 %7, 1
	%1821 = icmp ne i32 %1820, 0
	%1822 = select i1 %1821, float %1619, float %1618
	%1823 = select i1 %1821, float %1618, float %1619
	%1824 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1823, i32 1, i32 31)
	%1825 = fadd float %1822, %1824
	%1826 = select i1 %1821, float %1621, float %1620
	%1827 = select i1 %1821, float %1620, float %1621
	%1828 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1827, i32 1, i32 31)
	%1829 = fadd float %1826, %1828
	%1830 = select i1 %1821, float %1623, float %1622
	%1831 = select i1 %1821, float %1622, float %1623
	%1832 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1831, i32 1, i32 31)
	%1833 = fadd float %1830, %1832
	%1834 = select i1 %1821, float %1625, float %1624
	%1835 = select i1 %1821, float %1624, float %1625
	%1836 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1835, i32 1, i32 31)
	%1837 = fadd float %1834, %1836
	%1838 = select i1 %1821, float %1627, float %1626
	%1839 = select i1 %1821, float %1626, float %1627
	%1840 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1839, i32 1, i32 31)
	%1841 = fadd float %1838, %1840
	%1842 = select i1 %1821, float %1629, float %1628
	%1843 = select i1 %1821, float %1628, float %1629
	%1844 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1843, i32 1, i32 31)
	%1845 = fadd float %1842, %1844
	%1846 = select i1 %1821, float %1631, float %1630
	%1847 = select i1 %1821, float %1630, float %1631
	%1848 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1847, i32 1, i32 31)
	%1849 = fadd float %1846, %1848
	%1850 = select i1 %1821, float %1633, float %1632
	%1851 = select i1 %1821, float %1632, float %1633
	%1852 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1851, i32 1, i32 31)
	%1853 = fadd float %1850, %1852
	%1854 = select i1 %1821, float %1772, float %1771
	%1855 = select i1 %1821, float %1771, float %1772
	%1856 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1855, i32 1, i32 31)
	%1857 = fadd float %1854, %1856
	%1858 = select i1 %1821, float %1774, float %1773
	%1859 = select i1 %1821, float %1773, float %1774
	%1860 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1859, i32 1, i32 31)
	%1861 = fadd float %1858, %1860
	%1862 = select i1 %1821, float %1776, float %1775
	%1863 = select i1 %1821, float %1775, float %1776
	%1864 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1863, i32 1, i32 31)
	%1865 = fadd float %1862, %1864
	%1866 = select i1 %1821, float %1778, float %1777
	%1867 = select i1 %1821, float %1777, float %1778
	%1868 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1867, i32 1, i32 31)
	%1869 = fadd float %1866, %1868
	%1870 = select i1 %1821, float %1780, float %1779
	%1871 = select i1 %1821, float %1779, float %1780
	%1872 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1871, i32 1, i32 31)
	%1873 = fadd float %1870, %1872
	%1874 = select i1 %1821, float %1782, float %1781
	%1875 = select i1 %1821, float %1781, float %1782
	%1876 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1875, i32 1, i32 31)
	%1877 = fadd float %1874, %1876
	%1878 = select i1 %1821, float %1784, float %1783
	%1879 = select i1 %1821, float %1783, float %1784
	%1880 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1879, i32 1, i32 31)
	%1881 = fadd float %1878, %1880
	%1882 = select i1 %1821, float %1786, float %1785
	%1883 = select i1 %1821, float %1785, float %1786
	%1884 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1883, i32 1, i32 31)
	%1885 = fadd float %1882, %1884
	%1886 = and i32 %7, 2
	%1887 = icmp ne i32 %1886, 0
	%1888 = select i1 %1887, float %1829, float %1825
	%1889 = select i1 %1887, float %1825, float %1829
	%1890 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1889, i32 2, i32 31)
	%1891 = fadd float %1888, %1890
	%1892 = select i1 %1887, float %1837, float %1833
	%1893 = select i1 %1887, float %1833, float %1837
	%1894 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1893, i32 2, i32 31)
	%1895 = fadd float %1892, %1894
	%1896 = select i1 %1887, float %1845, float %1841
	%1897 = select i1 %1887, float %1841, float %1845
	%1898 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1897, i32 2, i32 31)
	%1899 = fadd float %1896, %1898
	%1900 = select i1 %1887, float %1853, float %1849
	%1901 = select i1 %1887, float %1849, float %1853
	%1902 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1901, i32 2, i32 31)
	%1903 = fadd float %1900, %1902
	%1904 = select i1 %1887, float %1861, float %1857
	%1905 = select i1 %1887, float %1857, float %1861
	%1906 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1905, i32 2, i32 31)
	%1907 = fadd float %1904, %1906
	%1908 = select i1 %1887, float %1869, float %1865
	%1909 = select i1 %1887, float %1865, float %1869
	%1910 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1909, i32 2, i32 31)
	%1911 = fadd float %1908, %1910
	%1912 = select i1 %1887, float %1877, float %1873
	%1913 = select i1 %1887, float %1873, float %1877
	%1914 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1913, i32 2, i32 31)
	%1915 = fadd float %1912, %1914
	%1916 = select i1 %1887, float %1885, float %1881
	%1917 = select i1 %1887, float %1881, float %1885
	%1918 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1917, i32 2, i32 31)
	%1919 = fadd float %1916, %1918
	%1920 = add i32 0, %7
	%1921 = sub i32 %1920, 0
	%1922 = sdiv i32 %56, 8
	%1923 = add i32 %1922, %1921
	%1924 = and i1 true, %1792
	%1925 = icmp slt i32 %1923, %NK
	%1926 = and i1 %1924, %1925
	%1927 = mul i32 %1, %NK
	%1928 = add i32 %1927, %1923
	%1929 = sext i32 %1928 to i64
	%1930 = mul i64 %1929, %1787
	%1931 = mul i32 %4, 16
	%1932 = add i32 %6, 0
	%1933 = add i32 %1931, %1932
	%1934 = add i32 %3, %1933
	%1935 = sext i32 %1934 to i64
	%1936 = add i64 %1930, %1935
	br i1 %1926, label %1937, label %1939

1937:
	%1938 = getelementptr float, float* %part, i64 %1936
	store float %1891, float* %1938
	br label %1939

1939:
	%1940 = add i32 4, %7
	%1941 = sub i32 %1940, 0
	%1942 = sdiv i32 %56, 8
	%1943 = add i32 %1942, %1941
	%1944 = and i1 true, %1792
	%1945 = icmp slt i32 %1943, %NK
	%1946 = and i1 %1944, %1945
	%1947 = mul i32 %1, %NK
	%1948 = add i32 %1947, %1943
	%1949 = sext i32 %1948 to i64
	%1950 = mul i64 %1949, %1787
	%1951 = mul i32 %4, 16
	%1952 = add i32 %6, 0
	%1953 = add i32 %1951, %1952
	%1954 = add i32 %3, %1953
	%1955 = sext i32 %1954 to i64
	%1956 = add i64 %1950, %1955
	br i1 %1946, label %1957, label %1959

1957:
	%1958 = getelementptr float, float* %part, i64 %1956
	store float %1895, float* %1958
	br label %1959

1959:
	%1960 = add i32 8, %7
	%1961 = sub i32 %1960, 0
	%1962 = sdiv i32 %56, 8
	%1963 = add i32 %1962, %1961
	%1964 = and i1 true, %1792
	%1965 = icmp slt i32 %1963, %NK
	%1966 = and i1 %1964, %1965
	%1967 = mul i32 %1, %NK
	%1968 = add i32 %1967, %1963
	%1969 = sext i32 %1968 to i64
	%1970 = mul i64 %1969, %1787
	%1971 = mul i32 %4, 16
	%1972 = add i32 %6, 0
	%1973 = add i32 %1971, %1972
	%1974 = add i32 %3, %1973
	%1975 = sext i32 %1974 to i64
	%1976 = add i64 %1970, %1975
	br i1 %1966, label %1977, label %1979

1977:
	%1978 = getelementptr float, float* %part, i64 %1976
	store float %1899, float* %1978
	br label %1979

1979:
	%1980 = add i32 12, %7
	%1981 = sub i32 %1980, 0
	%1982 = sdiv i32 %56, 8
	%1983 = add i32 %1982, %1981
	%1984 = and i1 true, %1792
	%1985 = icmp slt i32 %1983, %NK
	%1986 = and i1 %1984, %1985
	%1987 = mul i32 %1, %NK
	%1988 = add i32 %1987, %1983
	%1989 = sext i32 %1988 to i64
	%1990 = mul i64 %1989, %1787
	%1991 = mul i32 %4, 16
	%1992 = add i32 %6, 0
	%1993 = add i32 %1991, %1992
	%1994 = add i32 %3, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = add i64 %1990, %1995
	br i1 %1986, label %1997, label %1999

1997:
	%1998 = getelementptr float, float* %part, i64 %1996
	store float %1903, float* %1998
	br label %1999

1999:
	%2000 = add i32 16, %7
	%2001 = sub i32 %2000, 16
	%2002 = sdiv i32 %56, 8
	%2003 = add i32 %2002, %2001
	%2004 = and i1 true, %1808
	%2005 = icmp slt i32 %2003, %NK
	%2006 = and i1 %2004, %2005
	%2007 = mul i32 %1, %NK
	%2008 = add i32 %2007, %2003
	%2009 = sext i32 %2008 to i64
	%2010 = mul i64 %2009, %1787
	%2011 = mul i32 %4, 16
	%2012 = add i32 %6, 8
	%2013 = add i32 %2011, %2012
	%2014 = add i32 %3, %2013
	%2015 = sext i32 %2014 to i64
	%2016 = add i64 %2010, %2015
	br i1 %2006, label %2017, label %2019

2017:
	%2018 = getelementptr float, float* %part, i64 %2016
	store float %1907, float* %2018
	br label %2019

2019:
	%2020 = add i32 20, %7
	%2021 = sub i32 %2020, 16
	%2022 = sdiv i32 %56, 8
	%2023 = add i32 %2022, %2021
	%2024 = and i1 true, %1808
	%2025 = icmp slt i32 %2023, %NK
	%2026 = and i1 %2024, %2025
	%2027 = mul i32 %1, %NK
	%2028 = add i32 %2027, %2023
	%2029 = sext i32 %2028 to i64
	%2030 = mul i64 %2029, %1787
	%2031 = mul i32 %4, 16
	%2032 = add i32 %6, 8
	%2033 = add i32 %2031, %2032
	%2034 = add i32 %3, %2033
	%2035 = sext i32 %2034 to i64
	%2036 = add i64 %2030, %2035
	br i1 %2026, label %2037, label %2039

2037:
	%2038 = getelementptr float, float* %part, i64 %2036
	store float %1911, float* %2038
	br label %2039

2039:
	%2040 = add i32 24, %7
	%2041 = sub i32 %2040, 16
	%2042 = sdiv i32 %56, 8
	%2043 = add i32 %2042, %2041
	%2044 = and i1 true, %1808
	%2045 = icmp slt i32 %2043, %NK
	%2046 = and i1 %2044, %2045
	%2047 = mul i32 %1, %NK
	%2048 = add i32 %2047, %2043
	%2049 = sext i32 %2048 to i64
	%2050 = mul i64 %2049, %1787
	%2051 = mul i32 %4, 16
	%2052 = add i32 %6, 8
	%2053 = add i32 %2051, %2052
	%2054 = add i32 %3, %2053
	%2055 = sext i32 %2054 to i64
	%2056 = add i64 %2050, %2055
	br i1 %2046, label %2057, label %2059

2057:
	%2058 = getelementptr float, float* %part, i64 %2056
	store float %1915, float* %2058
	br label %2059

2059:
	%2060 = add i32 28, %7
	%2061 = sub i32 %2060, 16
	%2062 = sdiv i32 %56, 8
	%2063 = add i32 %2062, %2061
	%2064 = and i1 true, %1808
	%2065 = icmp slt i32 %2063, %NK
	%2066 = and i1 %2064, %2065
	%2067 = mul i32 %1, %NK
	%2068 = add i32 %2067, %2063
	%2069 = sext i32 %2068 to i64
	%2070 = mul i64 %2069, %1787
	%2071 = mul i32 %4, 16
	%2072 = add i32 %6, 8
	%2073 = add i32 %2071, %2072
	%2074 = add i32 %3, %2073
	%2075 = sext i32 %2074 to i64
	%2076 = add i64 %2070, %2075
	br i1 %2066, label %2077, label %2079

2077:
	%2078 = getelementptr float, float* %part, i64 %2076
	store float %1919, float* %2078
	br label %2079

2079:
	%2080 = add i32 %49, 1
	br label %48

2081:
	%2082 = mul i32 %1, %R
	%2083 = add i32 %2082, %67
	%2084 = mul i32 %2083, 2
	%2085 = add i32 %2084, 0
	%2086 = sext i32 %2085 to i64
	%2087 = getelementptr float, float* %stats, i64 %2086
	store float %50, float* %2087
	%2088 = mul i32 %1, %R
	%2089 = add i32 %2088, %67
	%2090 = mul i32 %2089, 2
	%2091 = add i32 %2090, 1
	%2092 = sext i32 %2091 to i64
	%2093 = getelementptr float, float* %stats, i64 %2092
	store float %63, float* %2093
	br label %2094

2094:
	%2095 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %53, i32 1, i32 31)
	%2096 = fadd float %53, %2095
	%2097 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2096, i32 2, i32 31)
	%2098 = fadd float %2096, %2097
	%2099 = mul i32 %4, 16
	%2100 = add i32 %6, 8
	%2101 = add i32 %2099, %2100
	%2102 = add i32 %3, %2101
	%2103 = icmp slt i32 %2102, %R
	%2104 = icmp eq i32 %7, 0
	%2105 = and i1 %2103, %2104
	br i1 %2105, label %2106, label %2119

2106:
	%2107 = mul i32 %1, %R
	%2108 = add i32 %2107, %2102
	%2109 = mul i32 %2108, 2
	%2110 = add i32 %2109, 0
	%2111 = sext i32 %2110 to i64
	%2112 = getelementptr float, float* %stats, i64 %2111
	store float %51, float* %2112
	%2113 = mul i32 %1, %R
	%2114 = add i32 %2113, %2102
	%2115 = mul i32 %2114, 2
	%2116 = add i32 %2115, 1
	%2117 = sext i32 %2116 to i64
	%2118 = getelementptr float, float* %stats, i64 %2117
	store float %2098, float* %2118
	br label %2119

2119:
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

define ptx_kernel void @adfull_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @adfull_attn2_smem to i32
	%1 = add i32 %0, u0x1000
	%2 = add i32 %0, u0x2000
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%4 = lshr i32 %3, 5
	%5 = and i32 %3, 31
	%6 = lshr i32 %5, 2
	%7 = and i32 %5, 3
	%8 = sub i32 %NQ, 1
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = sub i32 %8, %9
	%11 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%12 = sdiv i32 %11, %group
	%13 = mul i32 %10, 64
	%14 = mul i32 %11, %M
	%15 = mul i32 %14, 64
	%16 = sext i32 %15 to i64
	%17 = getelementptr i16, i16* %q, i64 %16
	%18 = mul i32 %12, %N
	%19 = mul i32 %18, 64
	%20 = sext i32 %19 to i64
	%21 = getelementptr i16, i16* %k, i64 %20
	%22 = mul i32 %12, %N
	%23 = mul i32 %22, 64
	%24 = sext i32 %23 to i64
	%25 = getelementptr i16, i16* %v, i64 %24
	%26 = udiv i32 %11, %lh
	%27 = mul i32 %26, %NQ
	%28 = add i32 %27, %10
	%29 = mul i32 %28, 2
	%30 = mul i32 %29, %NK
	%31 = mul i32 %11, %ch
	%32 = mul i32 %31, %NQ
	%33 = add i32 %32, %10
	%34 = mul i32 %33, %NK
	%35 = add i32 %30, 0
	%36 = sext i32 %35 to i64
	%37 = getelementptr i32, i32* %list, i64 %36
	%38 = load i32, i32* %37
	%39 = icmp sgt i32 %NK, 0
	%40 = icmp sge i32 %38, 0
	%41 = and i1 %39, %40
	%42 = lshr i32 %3, 3
	%43 = and i32 %3, 7
	%44 = lshr i32 %43, 3
	%45 = mul i32 %44, u0x2000
	%46 = and i32 %43, 7
	%47 = and i32 %42, 7
	%48 = xor i32 %46, %47
	%49 = mul i32 %42, 128
	%50 = shl i32 %48, 4
	%51 = add i32 %49, %50
	%52 = add i32 %45, %51
	%53 = add i32 %2, %52
	%54 = add i32 %13, %42
	%55 = mul i32 %54, 64
	%56 = mul i32 %43, 8
	%57 = add i32 %55, %56
	%58 = sext i32 %57 to i64
	%59 = getelementptr i16, i16* %17, i64 %58
	%60 = add i32 %54, 0
	%61 = icmp slt i32 %60, %M
	%62 = getelementptr i16, i16* %59, i64 0
	%63 = select i1 %61, i16* %62, i16* %17
	%64 = add i32 %53, 0
	%65 = select i1 %61, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %64, i16* %63, i32 %65)
	%66 = add i32 %54, 16
	%67 = icmp slt i32 %66, %M
	%68 = getelementptr i16, i16* %59, i64 1024
	%69 = select i1 %67, i16* %68, i16* %17
	%70 = add i32 %53, 2048
	%71 = select i1 %67, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %70, i16* %69, i32 %71)
	%72 = add i32 %54, 32
	%73 = icmp slt i32 %72, %M
	%74 = getelementptr i16, i16* %59, i64 2048
	%75 = select i1 %73, i16* %74, i16* %17
	%76 = add i32 %53, u0x1000
	%77 = select i1 %73, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %76, i16* %75, i32 %77)
	%78 = add i32 %54, 48
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %59, i64 3072
	%81 = select i1 %79, i16* %80, i16* %17
	%82 = add i32 %53, 6144
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %41, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%84 = and i32 %5, 7
	%85 = lshr i32 %5, 3
	%86 = and i32 %85, 1
	%87 = shl i32 %86, 3
	%88 = add i32 %84, %87
	%89 = lshr i32 %5, 4
	%90 = mul i32 %4, 16
	%91 = add i32 %88, 0
	%92 = add i32 %90, %91
	%93 = mul i32 %92, 128
	%94 = add i32 %2, %93
	%95 = and i32 %5, 7
	%96 = xor i32 %89, %95
	%97 = shl i32 %96, 4
	%98 = add i32 %94, %97
	%99 = mul i32 %38, 32
	%100 = lshr i32 %3, 3
	%101 = and i32 %3, 7
	%102 = lshr i32 %101, 3
	%103 = mul i32 %102, u0x1000
	%104 = and i32 %101, 7
	%105 = and i32 %100, 7
	%106 = xor i32 %104, %105
	%107 = mul i32 %100, 128
	%108 = shl i32 %106, 4
	%109 = add i32 %107, %108
	%110 = add i32 %103, %109
	%111 = add i32 %0, %110
	%112 = add i32 %99, %100
	%113 = mul i32 %112, 64
	%114 = mul i32 %101, 8
	%115 = add i32 %113, %114
	%116 = sext i32 %115 to i64
	%117 = getelementptr i16, i16* %21, i64 %116
	%118 = add i32 %112, 0
	%119 = icmp slt i32 %118, %N
	%120 = getelementptr i16, i16* %117, i64 0
	%121 = select i1 %119, i16* %120, i16* %21
	%122 = add i32 %111, 0
	%123 = select i1 %119, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %122, i16* %121, i32 %123)
	%124 = add i32 %112, 16
	%125 = icmp slt i32 %124, %N
	%126 = getelementptr i16, i16* %117, i64 1024
	%127 = select i1 %125, i16* %126, i16* %21
	%128 = add i32 %111, 2048
	%129 = select i1 %125, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %128, i16* %127, i32 %129)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%130 = phi i32 [ 0, %prologue ], [ %582, %pv ]
	%131 = phi i32 [ %38, %prologue ], [ %589, %pv ]
	%132 = phi float [ 0.0, %prologue ], [ %749, %pv ]
	%133 = phi float [ 0.0, %prologue ], [ %750, %pv ]
	%134 = phi float [ 0.0, %prologue ], [ %751, %pv ]
	%135 = phi float [ 0.0, %prologue ], [ %752, %pv ]
	%136 = phi float [ 0.0, %prologue ], [ %753, %pv ]
	%137 = phi float [ 0.0, %prologue ], [ %754, %pv ]
	%138 = phi float [ 0.0, %prologue ], [ %755, %pv ]
	%139 = phi float [ 0.0, %prologue ], [ %756, %pv ]
	%140 = phi float [ 0.0, %prologue ], [ %757, %pv ]
	%141 = phi float [ 0.0, %prologue ], [ %758, %pv ]
	%142 = phi float [ 0.0, %prologue ], [ %759, %pv ]
	%143 = phi float [ 0.0, %prologue ], [ %760, %pv ]
	%144 = phi float [ 0.0, %prologue ], [ %761, %pv ]
	%145 = phi float [ 0.0, %prologue ], [ %762, %pv ]
	%146 = phi float [ 0.0, %prologue ], [ %763, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %764, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %765, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %766, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %767, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %768, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %769, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %770, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %771, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %772, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %773, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %774, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %775, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %776, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %777, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %778, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %779, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %780, %pv ]
	%164 = phi float [ 0xFFF0000000000000, %prologue ], [ %508, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %538, %pv ]
	%166 = phi float [ 0xFFF0000000000000, %prologue ], [ %551, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %581, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	%168 = mul i32 %131, 32
	%169 = lshr i32 %3, 3
	%170 = and i32 %3, 7
	%171 = lshr i32 %170, 3
	%172 = mul i32 %171, u0x1000
	%173 = and i32 %170, 7
	%174 = and i32 %169, 7
	%175 = xor i32 %173, %174
	%176 = mul i32 %169, 128
	%177 = shl i32 %175, 4
	%178 = add i32 %176, %177
	%179 = add i32 %172, %178
	%180 = add i32 %1, %179
	%181 = add i32 %168, %169
	%182 = mul i32 %181, 64
	%183 = mul i32 %170, 8
	%184 = add i32 %182, %183
	%185 = sext i32 %184 to i64
	%186 = getelementptr i16, i16* %25, i64 %185
	%187 = add i32 %181, 0
	%188 = icmp slt i32 %187, %N
	%189 = getelementptr i16, i16* %186, i64 0
	%190 = select i1 %188, i16* %189, i16* %25
	%191 = add i32 %180, 0
	%192 = select i1 %188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %191, i16* %190, i32 %192)
	%193 = add i32 %181, 16
	%194 = icmp slt i32 %193, %N
	%195 = getelementptr i16, i16* %186, i64 1024
	%196 = select i1 %194, i16* %195, i16* %25
	%197 = add i32 %180, 2048
	%198 = select i1 %194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %197, i16* %196, i32 %198)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%199 = add i32 %2, 0
	%200 = zext i32 %199 to i64
	%201 = lshr i64 %200, 4
	%202 = and i64 %201, u0x3FFF
	%203 = or i64 %202, u0x4000004000010000
	%204 = add i32 %0, 0
	%205 = zext i32 %204 to i64
	%206 = lshr i64 %205, 4
	%207 = and i64 %206, u0x3FFF
	%208 = or i64 %207, u0x4000004000010000
	%209 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, float 0.0, i64 %203, i64 %208, i32 1)
	%210 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 0
	%211 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 1
	%212 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 2
	%213 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 3
	%214 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 4
	%215 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 5
	%216 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 6
	%217 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 7
	%218 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 8
	%219 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 9
	%220 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 10
	%221 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 11
	%222 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 12
	%223 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 13
	%224 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 14
	%225 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %209, 15
	%226 = add i32 %2, 32
	%227 = zext i32 %226 to i64
	%228 = lshr i64 %227, 4
	%229 = and i64 %228, u0x3FFF
	%230 = or i64 %229, u0x4000004000010000
	%231 = add i32 %0, 32
	%232 = zext i32 %231 to i64
	%233 = lshr i64 %232, 4
	%234 = and i64 %233, u0x3FFF
	%235 = or i64 %234, u0x4000004000010000
	%236 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %210, float %211, float %212, float %213, float %214, float %215, float %216, float %217, float %218, float %219, float %220, float %221, float %222, float %223, float %224, float %225, i64 %230, i64 %235, i32 1)
	%237 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 0
	%238 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 1
	%239 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 2
	%240 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 3
	%241 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 4
	%242 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 5
	%243 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 6
	%244 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 7
	%245 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 8
	%246 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 9
	%247 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 10
	%248 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 11
	%249 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 12
	%250 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 13
	%251 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 14
	%252 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %236, 15
	%253 = add i32 %2, 64
	%254 = zext i32 %253 to i64
	%255 = lshr i64 %254, 4
	%256 = and i64 %255, u0x3FFF
	%257 = or i64 %256, u0x4000004000010000
	%258 = add i32 %0, 64
	%259 = zext i32 %258 to i64
	%260 = lshr i64 %259, 4
	%261 = and i64 %260, u0x3FFF
	%262 = or i64 %261, u0x4000004000010000
	%263 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %237, float %238, float %239, float %240, float %241, float %242, float %243, float %244, float %245, float %246, float %247, float %248, float %249, float %250, float %251, float %252, i64 %257, i64 %262, i32 1)
	%264 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 0
	%265 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 1
	%266 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 2
	%267 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 3
	%268 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 4
	%269 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 5
	%270 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 6
	%271 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 7
	%272 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 8
	%273 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 9
	%274 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 10
	%275 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 11
	%276 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 12
	%277 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 13
	%278 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 14
	%279 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %263, 15
	%280 = add i32 %2, 96
	%281 = zext i32 %280 to i64
	%282 = lshr i64 %281, 4
	%283 = and i64 %282, u0x3FFF
	%284 = or i64 %283, u0x4000004000010000
	%285 = add i32 %0, 96
	%286 = zext i32 %285 to i64
	%287 = lshr i64 %286, 4
	%288 = and i64 %287, u0x3FFF
	%289 = or i64 %288, u0x4000004000010000
	%290 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $34, 0; wgmma.mma_async.sync.aligned.m64n32k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15}, $32, $33, p, 1, 1, 0, 0; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,l,l,r"(float %264, float %265, float %266, float %267, float %268, float %269, float %270, float %271, float %272, float %273, float %274, float %275, float %276, float %277, float %278, float %279, i64 %284, i64 %289, i32 1)
	%291 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 0
	%292 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 1
	%293 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 2
	%294 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 3
	%295 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 4
	%296 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 5
	%297 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 6
	%298 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 7
	%299 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 8
	%300 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 9
	%301 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 10
	%302 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 11
	%303 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 12
	%304 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 13
	%305 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 14
	%306 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %290, 15
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%307 = call float asm sideeffect "", "=f,0"(float %291)
	%308 = call float asm sideeffect "", "=f,0"(float %292)
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
	%323 = mul i32 %4, 16
	%324 = add i32 %13, %323
	%325 = add i32 %6, 0
	%326 = add i32 %324, %325
	%327 = mul i32 %4, 16
	%328 = add i32 %13, %327
	%329 = add i32 %6, 8
	%330 = add i32 %328, %329
	%331 = sitofp i32 %11 to float
	%332 = add i32 %34, %131
	%333 = sext i32 %332 to i64
	%334 = getelementptr i8, i8* %cls, i64 %333
	%335 = load i8, i8* %334
	%336 = icmp ne i8 %335, 2
	br i1 %336, label %partial, label %softmax

epilogue:
	%337 = phi float [ 0.0, %entry ], [ %538, %pv ]
	%338 = phi float [ 0.0, %entry ], [ %581, %pv ]
	%339 = phi i32 [ 0, %entry ], [ %582, %pv ]
	%340 = phi float [ 0.0, %entry ], [ %749, %pv ]
	%341 = phi float [ 0.0, %entry ], [ %750, %pv ]
	%342 = phi float [ 0.0, %entry ], [ %751, %pv ]
	%343 = phi float [ 0.0, %entry ], [ %752, %pv ]
	%344 = phi float [ 0.0, %entry ], [ %753, %pv ]
	%345 = phi float [ 0.0, %entry ], [ %754, %pv ]
	%346 = phi float [ 0.0, %entry ], [ %755, %pv ]
	%347 = phi float [ 0.0, %entry ], [ %756, %pv ]
	%348 = phi float [ 0.0, %entry ], [ %757, %pv ]
	%349 = phi float [ 0.0, %entry ], [ %758, %pv ]
	%350 = phi float [ 0.0, %entry ], [ %759, %pv ]
	%351 = phi float [ 0.0, %entry ], [ %760, %pv ]
	%352 = phi float [ 0.0, %entry ], [ %761, %pv ]
	%353 = phi float [ 0.0, %entry ], [ %762, %pv ]
	%354 = phi float [ 0.0, %entry ], [ %763, %pv ]
	%355 = phi float [ 0.0, %entry ], [ %764, %pv ]
	%356 = phi float [ 0.0, %entry ], [ %765, %pv ]
	%357 = phi float [ 0.0, %entry ], [ %766, %pv ]
	%358 = phi float [ 0.0, %entry ], [ %767, %pv ]
	%359 = phi float [ 0.0, %entry ], [ %768, %pv ]
	%360 = phi float [ 0.0, %entry ], [ %769, %pv ]
	%361 = phi float [ 0.0, %entry ], [ %770, %pv ]
	%362 = phi float [ 0.0, %entry ], [ %771, %pv ]
	%363 = phi float [ 0.0, %entry ], [ %772, %pv ]
	%364 = phi float [ 0.0, %entry ], [ %773, %pv ]
	%365 = phi float [ 0.0, %entry ], [ %774, %pv ]
	%366 = phi float [ 0.0, %entry ], [ %775, %pv ]
	%367 = phi float [ 0.0, %entry ], [ %776, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %777, %pv ]
	%369 = phi float [ 0.0, %entry ], [ %778, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %779, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %780, %pv ]
	%372 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %337, i32 1, i32 31)
	%373 = fadd float %337, %372
	%374 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %373, i32 2, i32 31)
	%375 = fadd float %373, %374
	%376 = fcmp ogt float %375, 0.0
	%377 = fdiv float 1.0, %375
	%378 = select i1 %376, float %377, float 0.0
	%379 = mul i32 %4, 16
	%380 = add i32 %13, %379
	%381 = add i32 %6, 0
	%382 = add i32 %380, %381
	%383 = fmul float %340, %378
	%384 = fmul float %341, %378
	%385 = fmul float %344, %378
	%386 = fmul float %345, %378
	%387 = fmul float %348, %378
	%388 = fmul float %349, %378
	%389 = fmul float %352, %378
	%390 = fmul float %353, %378
	%391 = fmul float %356, %378
	%392 = fmul float %357, %378
	%393 = fmul float %360, %378
	%394 = fmul float %361, %378
	%395 = fmul float %364, %378
	%396 = fmul float %365, %378
	%397 = fmul float %368, %378
	%398 = fmul float %369, %378
	%399 = icmp slt i32 %382, %M
	br i1 %399, label %store0, label %stored0

partial:
	%400 = shl i32 %7, 1
	%401 = add i32 0, %400
	%402 = add i32 %168, %401
	%403 = icmp slt i32 %402, %N
	%404 = select i1 %403, float %307, float 0xFFF0000000000000
	%405 = shl i32 %7, 1
	%406 = add i32 1, %405
	%407 = add i32 %168, %406
	%408 = icmp slt i32 %407, %N
	%409 = select i1 %408, float %308, float 0xFFF0000000000000
	%410 = shl i32 %7, 1
	%411 = add i32 0, %410
	%412 = add i32 %168, %411
	%413 = icmp slt i32 %412, %N
	%414 = select i1 %413, float %309, float 0xFFF0000000000000
	%415 = shl i32 %7, 1
	%416 = add i32 1, %415
	%417 = add i32 %168, %416
	%418 = icmp slt i32 %417, %N
	%419 = select i1 %418, float %310, float 0xFFF0000000000000
	%420 = shl i32 %7, 1
	%421 = add i32 8, %420
	%422 = add i32 %168, %421
	%423 = icmp slt i32 %422, %N
	%424 = select i1 %423, float %311, float 0xFFF0000000000000
	%425 = shl i32 %7, 1
	%426 = add i32 9, %425
	%427 = add i32 %168, %426
	%428 = icmp slt i32 %427, %N
	%429 = select i1 %428, float %312, float 0xFFF0000000000000
	%430 = shl i32 %7, 1
	%431 = add i32 8, %430
	%432 = add i32 %168, %431
	%433 = icmp slt i32 %432, %N
	%434 = select i1 %433, float %313, float 0xFFF0000000000000
	%435 = shl i32 %7, 1
	%436 = add i32 9, %435
	%437 = add i32 %168, %436
	%438 = icmp slt i32 %437, %N
	%439 = select i1 %438, float %314, float 0xFFF0000000000000
	%440 = shl i32 %7, 1
	%441 = add i32 16, %440
	%442 = add i32 %168, %441
	%443 = icmp slt i32 %442, %N
	%444 = select i1 %443, float %315, float 0xFFF0000000000000
	%445 = shl i32 %7, 1
	%446 = add i32 17, %445
	%447 = add i32 %168, %446
	%448 = icmp slt i32 %447, %N
	%449 = select i1 %448, float %316, float 0xFFF0000000000000
	%450 = shl i32 %7, 1
	%451 = add i32 16, %450
	%452 = add i32 %168, %451
	%453 = icmp slt i32 %452, %N
	%454 = select i1 %453, float %317, float 0xFFF0000000000000
	%455 = shl i32 %7, 1
	%456 = add i32 17, %455
	%457 = add i32 %168, %456
	%458 = icmp slt i32 %457, %N
	%459 = select i1 %458, float %318, float 0xFFF0000000000000
	%460 = shl i32 %7, 1
	%461 = add i32 24, %460
	%462 = add i32 %168, %461
	%463 = icmp slt i32 %462, %N
	%464 = select i1 %463, float %319, float 0xFFF0000000000000
	%465 = shl i32 %7, 1
	%466 = add i32 25, %465
	%467 = add i32 %168, %466
	%468 = icmp slt i32 %467, %N
	%469 = select i1 %468, float %320, float 0xFFF0000000000000
	%470 = shl i32 %7, 1
	%471 = add i32 24, %470
	%472 = add i32 %168, %471
	%473 = icmp slt i32 %472, %N
	%474 = select i1 %473, float %321, float 0xFFF0000000000000
	%475 = shl i32 %7, 1
	%476 = add i32 25, %475
	%477 = add i32 %168, %476
	%478 = icmp slt i32 %477, %N
	%479 = select i1 %478, float %322, float 0xFFF0000000000000
	br label %softmax

softmax:
	%480 = phi float [ %307, %loop ], [ %404, %partial ]
	%481 = phi float [ %308, %loop ], [ %409, %partial ]
	%482 = phi float [ %309, %loop ], [ %414, %partial ]
	%483 = phi float [ %310, %loop ], [ %419, %partial ]
	%484 = phi float [ %311, %loop ], [ %424, %partial ]
	%485 = phi float [ %312, %loop ], [ %429, %partial ]
	%486 = phi float [ %313, %loop ], [ %434, %partial ]
	%487 = phi float [ %314, %loop ], [ %439, %partial ]
	%488 = phi float [ %315, %loop ], [ %444, %partial ]
	%489 = phi float [ %316, %loop ], [ %449, %partial ]
	%490 = phi float [ %317, %loop ], [ %454, %partial ]
	%491 = phi float [ %318, %loop ], [ %459, %partial ]
	%492 = phi float [ %319, %loop ], [ %464, %partial ]
	%493 = phi float [ %320, %loop ], [ %469, %partial ]
	%494 = phi float [ %321, %loop ], [ %474, %partial ]
	%495 = phi float [ %322, %loop ], [ %479, %partial ]
	%496 = call float @llvm.nvvm.fmax.f(float %480, float %481)
	%497 = call float @llvm.nvvm.fmax.f(float %484, float %485)
	%498 = call float @llvm.nvvm.fmax.f(float %488, float %489)
	%499 = call float @llvm.nvvm.fmax.f(float %492, float %493)
	%500 = call float @llvm.nvvm.fmax.f(float %496, float %497)
	%501 = call float @llvm.nvvm.fmax.f(float %498, float %499)
	%502 = call float @llvm.nvvm.fmax.f(float %500, float %501)
	%503 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %502, i32 1, i32 31)
	%504 = call float @llvm.nvvm.fmax.f(float %502, float %503)
	%505 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %504, i32 2, i32 31)
	%506 = call float @llvm.nvvm.fmax.f(float %504, float %505)
	%507 = fmul float %506, 0x3FC7154760000000
	%508 = call float @llvm.nvvm.fmax.f(float %164, float %507)
	%509 = fcmp oeq float %508, 0xFFF0000000000000
	%510 = select i1 %509, float 0.0, float %508
	%511 = fsub float %164, %510
	%512 = call float @llvm.nvvm.ex2.approx.ftz.f(float %511)
	%513 = fneg float %510
	%514 = call float @llvm.fma.f32(float %480, float 0x3FC7154760000000, float %513)
	%515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %514)
	%516 = call float @llvm.fma.f32(float %481, float 0x3FC7154760000000, float %513)
	%517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %516)
	%518 = call float @llvm.fma.f32(float %484, float 0x3FC7154760000000, float %513)
	%519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %518)
	%520 = call float @llvm.fma.f32(float %485, float 0x3FC7154760000000, float %513)
	%521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %520)
	%522 = call float @llvm.fma.f32(float %488, float 0x3FC7154760000000, float %513)
	%523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %522)
	%524 = call float @llvm.fma.f32(float %489, float 0x3FC7154760000000, float %513)
	%525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %524)
	%526 = call float @llvm.fma.f32(float %492, float 0x3FC7154760000000, float %513)
	%527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %526)
	%528 = call float @llvm.fma.f32(float %493, float 0x3FC7154760000000, float %513)
	%529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %528)
	%530 = fadd float %515, %517
	%531 = fadd float %519, %521
	%532 = fadd float %523, %525
	%533 = fadd float %527, %529
	%534 = fadd float %530, %531
	%535 = fadd float %532, %533
	%536 = fadd float %534, %535
	%537 = fmul float %165, %512
	%538 = fadd float %537, %536
	%539 = call float @llvm.nvvm.fmax.f(float %482, float %483)
	%540 = call float @llvm.nvvm.fmax.f(float %486, float %487)
	%541 = call float @llvm.nvvm.fmax.f(float %490, float %491)
	%542 = call float @llvm.nvvm.fmax.f(float %494, float %495)
	%543 = call float @llvm.nvvm.fmax.f(float %539, float %540)
	%544 = call float @llvm.nvvm.fmax.f(float %541, float %542)
	%545 = call float @llvm.nvvm.fmax.f(float %543, float %544)
	%546 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %545, i32 1, i32 31)
	%547 = call float @llvm.nvvm.fmax.f(float %545, float %546)
	%548 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %547, i32 2, i32 31)
	%549 = call float @llvm.nvvm.fmax.f(float %547, float %548)
	%550 = fmul float %549, 0x3FC7154760000000
	%551 = call float @llvm.nvvm.fmax.f(float %166, float %550)
	%552 = fcmp oeq float %551, 0xFFF0000000000000
	%553 = select i1 %552, float 0.0, float %551
	%554 = fsub float %166, %553
	%555 = call float @llvm.nvvm.ex2.approx.ftz.f(float %554)
	%556 = fneg float %553
	%557 = call float @llvm.fma.f32(float %482, float 0x3FC7154760000000, float %556)
	%558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %557)
	%559 = call float @llvm.fma.f32(float %483, float 0x3FC7154760000000, float %556)
	%560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %559)
	%561 = call float @llvm.fma.f32(float %486, float 0x3FC7154760000000, float %556)
	%562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %561)
	%563 = call float @llvm.fma.f32(float %487, float 0x3FC7154760000000, float %556)
	%564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %563)
	%565 = call float @llvm.fma.f32(float %490, float 0x3FC7154760000000, float %556)
	%566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %565)
	%567 = call float @llvm.fma.f32(float %491, float 0x3FC7154760000000, float %556)
	%568 = call float @llvm.nvvm.ex2.approx.ftz.f(float %567)
	%569 = call float @llvm.fma.f32(float %494, float 0x3FC7154760000000, float %556)
	%570 = call float @llvm.nvvm.ex2.approx.ftz.f(float %569)
	%571 = call float @llvm.fma.f32(float %495, float 0x3FC7154760000000, float %556)
	%572 = call float @llvm.nvvm.ex2.approx.ftz.f(float %571)
	%573 = fadd float %558, %560
	%574 = fadd float %562, %564
	%575 = fadd float %566, %568
	%576 = fadd float %570, %572
	%577 = fadd float %573, %574
	%578 = fadd float %575, %576
	%579 = fadd float %577, %578
	%580 = fmul float %167, %555
	%581 = fadd float %580, %579
	%582 = add i32 %130, 1
	%583 = icmp slt i32 %582, %NK
	%584 = select i1 %583, i32 %582, i32 0
	%585 = add i32 %30, %584
	%586 = sext i32 %585 to i64
	%587 = getelementptr i32, i32* %list, i64 %586
	%588 = load i32, i32* %587
	%589 = select i1 %583, i32 %588, i32 -1
	%590 = icmp sge i32 %589, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void asm sideeffect "fence.proxy.async.shared::cta;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %590, label %prefetch, label %pv

prefetch:
	%591 = mul i32 %589, 32
	%592 = lshr i32 %3, 3
	%593 = and i32 %3, 7
	%594 = lshr i32 %593, 3
	%595 = mul i32 %594, u0x1000
	%596 = and i32 %593, 7
	%597 = and i32 %592, 7
	%598 = xor i32 %596, %597
	%599 = mul i32 %592, 128
	%600 = shl i32 %598, 4
	%601 = add i32 %599, %600
	%602 = add i32 %595, %601
	%603 = add i32 %0, %602
	%604 = add i32 %591, %592
	%605 = mul i32 %604, 64
	%606 = mul i32 %593, 8
	%607 = add i32 %605, %606
	%608 = sext i32 %607 to i64
	%609 = getelementptr i16, i16* %21, i64 %608
	%610 = add i32 %604, 0
	%611 = icmp slt i32 %610, %N
	%612 = getelementptr i16, i16* %609, i64 0
	%613 = select i1 %611, i16* %612, i16* %21
	%614 = add i32 %603, 0
	%615 = select i1 %611, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %614, i16* %613, i32 %615)
	%616 = add i32 %604, 16
	%617 = icmp slt i32 %616, %N
	%618 = getelementptr i16, i16* %609, i64 1024
	%619 = select i1 %617, i16* %618, i16* %21
	%620 = add i32 %603, 2048
	%621 = select i1 %617, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %620, i16* %619, i32 %621)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%622 = fmul float %132, %512
	%623 = fmul float %133, %512
	%624 = fmul float %134, %555
	%625 = fmul float %135, %555
	%626 = fmul float %136, %512
	%627 = fmul float %137, %512
	%628 = fmul float %138, %555
	%629 = fmul float %139, %555
	%630 = fmul float %140, %512
	%631 = fmul float %141, %512
	%632 = fmul float %142, %555
	%633 = fmul float %143, %555
	%634 = fmul float %144, %512
	%635 = fmul float %145, %512
	%636 = fmul float %146, %555
	%637 = fmul float %147, %555
	%638 = fmul float %148, %512
	%639 = fmul float %149, %512
	%640 = fmul float %150, %555
	%641 = fmul float %151, %555
	%642 = fmul float %152, %512
	%643 = fmul float %153, %512
	%644 = fmul float %154, %555
	%645 = fmul float %155, %555
	%646 = fmul float %156, %512
	%647 = fmul float %157, %512
	%648 = fmul float %158, %555
	%649 = fmul float %159, %555
	%650 = fmul float %160, %512
	%651 = fmul float %161, %512
	%652 = fmul float %162, %555
	%653 = fmul float %163, %555
	%654 = and i32 %5, 7
	%655 = lshr i32 %5, 3
	%656 = and i32 %655, 1
	%657 = shl i32 %656, 3
	%658 = add i32 %654, %657
	%659 = mul i32 %658, 128
	%660 = add i32 %1, %659
	%661 = and i32 %5, 7
	%662 = xor i32 %89, %661
	%663 = shl i32 %662, 4
	%664 = add i32 %660, %663
	%665 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %517, float %515)
	%666 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %560, float %558)
	%667 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %521, float %519)
	%668 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %564, float %562)
	%669 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %525, float %523)
	%670 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %568, float %566)
	%671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %529, float %527)
	%672 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %572, float %570)
	call void asm sideeffect "wgmma.fence.sync.aligned;", ""()
	%673 = add i32 %1, 0
	%674 = zext i32 %673 to i64
	%675 = lshr i64 %674, 4
	%676 = and i64 %675, u0x3FFF
	%677 = or i64 %676, u0x4000004001000000
	%678 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %622, float %623, float %624, float %625, float %626, float %627, float %628, float %629, float %630, float %631, float %632, float %633, float %634, float %635, float %636, float %637, float %638, float %639, float %640, float %641, float %642, float %643, float %644, float %645, float %646, float %647, float %648, float %649, float %650, float %651, float %652, float %653, i32 %665, i32 %666, i32 %667, i32 %668, i64 %677, i32 1)
	%679 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 0
	%680 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 1
	%681 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 2
	%682 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 3
	%683 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 4
	%684 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 5
	%685 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 6
	%686 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 7
	%687 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 8
	%688 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 9
	%689 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 10
	%690 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 11
	%691 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 12
	%692 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 13
	%693 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 14
	%694 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 15
	%695 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 16
	%696 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 17
	%697 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 18
	%698 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 19
	%699 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 20
	%700 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 21
	%701 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 22
	%702 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 23
	%703 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 24
	%704 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 25
	%705 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 26
	%706 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 27
	%707 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 28
	%708 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 29
	%709 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 30
	%710 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %678, 31
	%711 = add i32 %1, 2048
	%712 = zext i32 %711 to i64
	%713 = lshr i64 %712, 4
	%714 = and i64 %713, u0x3FFF
	%715 = or i64 %714, u0x4000004001000000
	%716 = call { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } asm sideeffect "{ .reg .pred p; setp.ne.b32 p, $69, 0; wgmma.mma_async.sync.aligned.m64n64k16.f32.f16.f16 {$0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31}, {$64, $65, $66, $67}, $68, p, 1, 1, 1; }", "=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,=f,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,r,r,r,r,l,r"(float %679, float %680, float %681, float %682, float %683, float %684, float %685, float %686, float %687, float %688, float %689, float %690, float %691, float %692, float %693, float %694, float %695, float %696, float %697, float %698, float %699, float %700, float %701, float %702, float %703, float %704, float %705, float %706, float %707, float %708, float %709, float %710, i32 %669, i32 %670, i32 %671, i32 %672, i64 %715, i32 1)
	%717 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 0
	%718 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 1
	%719 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 2
	%720 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 3
	%721 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 4
	%722 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 5
	%723 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 6
	%724 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 7
	%725 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 8
	%726 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 9
	%727 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 10
	%728 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 11
	%729 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 12
	%730 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 13
	%731 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 14
	%732 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 15
	%733 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 16
	%734 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 17
	%735 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 18
	%736 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 19
	%737 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 20
	%738 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 21
	%739 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 22
	%740 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 23
	%741 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 24
	%742 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 25
	%743 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 26
	%744 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 27
	%745 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 28
	%746 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 29
	%747 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 30
	%748 = extractvalue { float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float, float } %716, 31
	call void asm sideeffect "wgmma.commit_group.sync.aligned;", ""()
	call void asm sideeffect "wgmma.wait_group.sync.aligned 0;", ""()
	%749 = call float asm sideeffect "", "=f,0"(float %717)
	%750 = call float asm sideeffect "", "=f,0"(float %718)
	%751 = call float asm sideeffect "", "=f,0"(float %719)
	%752 = call float asm sideeffect "", "=f,0"(float %720)
	%753 = call float asm sideeffect "", "=f,0"(float %721)
	%754 = call float asm sideeffect "", "=f,0"(float %722)
	%755 = call float asm sideeffect "", "=f,0"(float %723)
	%756 = call float asm sideeffect "", "=f,0"(float %724)
	%757 = call float asm sideeffect "", "=f,0"(float %725)
	%758 = call float asm sideeffect "", "=f,0"(float %726)
	%759 = call float asm sideeffect "", "=f,0"(float %727)
	%760 = call float asm sideeffect "", "=f,0"(float %728)
	%761 = call float asm sideeffect "", "=f,0"(float %729)
	%762 = call float asm sideeffect "", "=f,0"(float %730)
	%763 = call float asm sideeffect "", "=f,0"(float %731)
	%764 = call float asm sideeffect "", "=f,0"(float %732)
	%765 = call float asm sideeffect "", "=f,0"(float %733)
	%766 = call float asm sideeffect "", "=f,0"(float %734)
	%767 = call float asm sideeffect "", "=f,0"(float %735)
	%768 = call float asm sideeffect "", "=f,0"(float %736)
	%769 = call float asm sideeffect "", "=f,0"(float %737)
	%770 = call float asm sideeffect "", "=f,0"(float %738)
	%771 = call float asm sideeffect "", "=f,0"(float %739)
	%772 = call float asm sideeffect "", "=f,0"(float %740)
	%773 = call float asm sideeffect "", "=f,0"(float %741)
	%774 = call float asm sideeffect "", "=f,0"(float %742)
	%775 = call float asm sideeffect "", "=f,0"(float %743)
	%776 = call float asm sideeffect "", "=f,0"(float %744)
	%777 = call float asm sideeffect "", "=f,0"(float %745)
	%778 = call float asm sideeffect "", "=f,0"(float %746)
	%779 = call float asm sideeffect "", "=f,0"(float %747)
	%780 = call float asm sideeffect "", "=f,0"(float %748)
	br i1 %590, label %loop, label %epilogue

store0:
	%781 = mul i32 %11, %M
	%782 = add i32 %781, %382
	%783 = mul i32 %782, 64
	%784 = shl i32 %7, 1
	%785 = add i32 0, %784
	%786 = add i32 %783, %785
	%787 = sext i32 %786 to i64
	%788 = getelementptr i16, i16* %out, i64 %787
	%789 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %384, float %383)
	%790 = bitcast i16* %788 to i32*
	store i32 %789, i32* %790
	%791 = shl i32 %7, 1
	%792 = add i32 8, %791
	%793 = add i32 %783, %792
	%794 = sext i32 %793 to i64
	%795 = getelementptr i16, i16* %out, i64 %794
	%796 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %386, float %385)
	%797 = bitcast i16* %795 to i32*
	store i32 %796, i32* %797
	%798 = shl i32 %7, 1
	%799 = add i32 16, %798
	%800 = add i32 %783, %799
	%801 = sext i32 %800 to i64
	%802 = getelementptr i16, i16* %out, i64 %801
	%803 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %388, float %387)
	%804 = bitcast i16* %802 to i32*
	store i32 %803, i32* %804
	%805 = shl i32 %7, 1
	%806 = add i32 24, %805
	%807 = add i32 %783, %806
	%808 = sext i32 %807 to i64
	%809 = getelementptr i16, i16* %out, i64 %808
	%810 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %390, float %389)
	%811 = bitcast i16* %809 to i32*
	store i32 %810, i32* %811
	%812 = shl i32 %7, 1
	%813 = add i32 32, %812
	%814 = add i32 %783, %813
	%815 = sext i32 %814 to i64
	%816 = getelementptr i16, i16* %out, i64 %815
	%817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %392, float %391)
	%818 = bitcast i16* %816 to i32*
	store i32 %817, i32* %818
	%819 = shl i32 %7, 1
	%820 = add i32 40, %819
	%821 = add i32 %783, %820
	%822 = sext i32 %821 to i64
	%823 = getelementptr i16, i16* %out, i64 %822
	%824 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %394, float %393)
	%825 = bitcast i16* %823 to i32*
	store i32 %824, i32* %825
	%826 = shl i32 %7, 1
	%827 = add i32 48, %826
	%828 = add i32 %783, %827
	%829 = sext i32 %828 to i64
	%830 = getelementptr i16, i16* %out, i64 %829
	%831 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %396, float %395)
	%832 = bitcast i16* %830 to i32*
	store i32 %831, i32* %832
	%833 = shl i32 %7, 1
	%834 = add i32 56, %833
	%835 = add i32 %783, %834
	%836 = sext i32 %835 to i64
	%837 = getelementptr i16, i16* %out, i64 %836
	%838 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %398, float %397)
	%839 = bitcast i16* %837 to i32*
	store i32 %838, i32* %839
	br label %stored0

stored0:
	%840 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %338, i32 1, i32 31)
	%841 = fadd float %338, %840
	%842 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %841, i32 2, i32 31)
	%843 = fadd float %841, %842
	%844 = fcmp ogt float %843, 0.0
	%845 = fdiv float 1.0, %843
	%846 = select i1 %844, float %845, float 0.0
	%847 = mul i32 %4, 16
	%848 = add i32 %13, %847
	%849 = add i32 %6, 8
	%850 = add i32 %848, %849
	%851 = fmul float %342, %846
	%852 = fmul float %343, %846
	%853 = fmul float %346, %846
	%854 = fmul float %347, %846
	%855 = fmul float %350, %846
	%856 = fmul float %351, %846
	%857 = fmul float %354, %846
	%858 = fmul float %355, %846
	%859 = fmul float %358, %846
	%860 = fmul float %359, %846
	%861 = fmul float %362, %846
	%862 = fmul float %363, %846
	%863 = fmul float %366, %846
	%864 = fmul float %367, %846
	%865 = fmul float %370, %846
	%866 = fmul float %371, %846
	%867 = icmp slt i32 %850, %M
	br i1 %867, label %store1, label %stored1

store1:
	%868 = mul i32 %11, %M
	%869 = add i32 %868, %850
	%870 = mul i32 %869, 64
	%871 = shl i32 %7, 1
	%872 = add i32 0, %871
	%873 = add i32 %870, %872
	%874 = sext i32 %873 to i64
	%875 = getelementptr i16, i16* %out, i64 %874
	%876 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %852, float %851)
	%877 = bitcast i16* %875 to i32*
	store i32 %876, i32* %877
	%878 = shl i32 %7, 1
	%879 = add i32 8, %878
	%880 = add i32 %870, %879
	%881 = sext i32 %880 to i64
	%882 = getelementptr i16, i16* %out, i64 %881
	%883 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %854, float %853)
	%884 = bitcast i16* %882 to i32*
	store i32 %883, i32* %884
	%885 = shl i32 %7, 1
	%886 = add i32 16, %885
	%887 = add i32 %870, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr i16, i16* %out, i64 %888
	%890 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %856, float %855)
	%891 = bitcast i16* %889 to i32*
	store i32 %890, i32* %891
	%892 = shl i32 %7, 1
	%893 = add i32 24, %892
	%894 = add i32 %870, %893
	%895 = sext i32 %894 to i64
	%896 = getelementptr i16, i16* %out, i64 %895
	%897 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %858, float %857)
	%898 = bitcast i16* %896 to i32*
	store i32 %897, i32* %898
	%899 = shl i32 %7, 1
	%900 = add i32 32, %899
	%901 = add i32 %870, %900
	%902 = sext i32 %901 to i64
	%903 = getelementptr i16, i16* %out, i64 %902
	%904 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %860, float %859)
	%905 = bitcast i16* %903 to i32*
	store i32 %904, i32* %905
	%906 = shl i32 %7, 1
	%907 = add i32 40, %906
	%908 = add i32 %870, %907
	%909 = sext i32 %908 to i64
	%910 = getelementptr i16, i16* %out, i64 %909
	%911 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %862, float %861)
	%912 = bitcast i16* %910 to i32*
	store i32 %911, i32* %912
	%913 = shl i32 %7, 1
	%914 = add i32 48, %913
	%915 = add i32 %870, %914
	%916 = sext i32 %915 to i64
	%917 = getelementptr i16, i16* %out, i64 %916
	%918 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %864, float %863)
	%919 = bitcast i16* %917 to i32*
	store i32 %918, i32* %919
	%920 = shl i32 %7, 1
	%921 = add i32 56, %920
	%922 = add i32 %870, %921
	%923 = sext i32 %922 to i64
	%924 = getelementptr i16, i16* %out, i64 %923
	%925 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %866, float %865)
	%926 = bitcast i16* %924 to i32*
	store i32 %925, i32* %926
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32)* @adfull_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @adfull_adstats0, !"maxntidx", i32 256}
!2 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @adfull_adstats0, !"minctasm", i32 2}
!3 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @adfull_admass0, !"maxntidx", i32 256}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"maxntidx", i32 128}
!5 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"minctasm", i32 3}
