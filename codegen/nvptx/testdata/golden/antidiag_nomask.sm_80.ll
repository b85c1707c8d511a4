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

define ptx_kernel void @adfull_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [8192 x i8] addrspace(3)* @adfull_attn2_smem to i32
	%1 = add i32 %0, u0x1000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = sub i32 %NQ, 1
	%8 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%9 = sub i32 %7, %8
	%10 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%11 = sdiv i32 %10, %group
	%12 = mul i32 %9, 64
	%13 = mul i32 %10, %M
	%14 = mul i32 %13, 64
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 64
	%23 = sext i32 %22 to i64
	%24 = getelementptr i16, i16* %v, i64 %23
	%25 = udiv i32 %10, %lh
	%26 = mul i32 %25, %NQ
	%27 = add i32 %26, %9
	%28 = mul i32 %27, 2
	%29 = mul i32 %28, %NK
	%30 = mul i32 %10, %ch
	%31 = mul i32 %30, %NQ
	%32 = add i32 %31, %9
	%33 = mul i32 %32, %NK
	%34 = add i32 %29, 0
	%35 = sext i32 %34 to i64
	%36 = getelementptr i32, i32* %list, i64 %35
	%37 = load i32, i32* %36
	%38 = icmp sgt i32 %NK, 0
	%39 = icmp sge i32 %37, 0
	%40 = and i1 %38, %39
	%41 = lshr i32 %2, 3
	%42 = and i32 %2, 7
	%43 = and i32 %41, 7
	%44 = xor i32 %42, %43
	%45 = mul i32 %41, 8
	%46 = add i32 %45, %44
	%47 = shl i32 %46, 4
	%48 = add i32 %0, %47
	%49 = add i32 %12, %41
	%50 = mul i32 %49, 64
	%51 = mul i32 %42, 8
	%52 = add i32 %50, %51
	%53 = sext i32 %52 to i64
	%54 = getelementptr i16, i16* %16, i64 %53
	%55 = add i32 %49, 0
	%56 = icmp slt i32 %55, %M
	%57 = getelementptr i16, i16* %54, i64 0
	%58 = select i1 %56, i16* %57, i16* %16
	%59 = add i32 %48, 0
	%60 = select i1 %56, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %59, i16* %58, i32 %60)
	%61 = add i32 %49, 16
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %54, i64 1024
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %48, 2048
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %49, 32
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %54, i64 2048
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %48, u0x1000
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %49, 48
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %54, i64 3072
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %48, 6144
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %40, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%79 = and i32 %4, 7
	%80 = lshr i32 %4, 3
	%81 = and i32 %80, 1
	%82 = shl i32 %81, 3
	%83 = add i32 %79, %82
	%84 = lshr i32 %4, 4
	%85 = mul i32 %3, 16
	%86 = add i32 %83, 0
	%87 = add i32 %85, %86
	%88 = mul i32 %87, 128
	%89 = add i32 %0, %88
	%90 = and i32 %4, 7
	%91 = xor i32 %84, %90
	%92 = shl i32 %91, 4
	%93 = add i32 %89, %92
	%94 = xor i32 %93, 0
	%95 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %94)
	%96 = extractvalue { i32, i32, i32, i32 } %95, 0
	%97 = extractvalue { i32, i32, i32, i32 } %95, 1
	%98 = extractvalue { i32, i32, i32, i32 } %95, 2
	%99 = extractvalue { i32, i32, i32, i32 } %95, 3
	%100 = xor i32 %93, 32
	%101 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %100)
	%102 = extractvalue { i32, i32, i32, i32 } %101, 0
	%103 = extractvalue { i32, i32, i32, i32 } %101, 1
	%104 = extractvalue { i32, i32, i32, i32 } %101, 2
	%105 = extractvalue { i32, i32, i32, i32 } %101, 3
	%106 = xor i32 %93, 64
	%107 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %106)
	%108 = extractvalue { i32, i32, i32, i32 } %107, 0
	%109 = extractvalue { i32, i32, i32, i32 } %107, 1
	%110 = extractvalue { i32, i32, i32, i32 } %107, 2
	%111 = extractvalue { i32, i32, i32, i32 } %107, 3
	%112 = xor i32 %93, 96
	%113 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %112)
	%114 = extractvalue { i32, i32, i32, i32 } %113, 0
	%115 = extractvalue { i32, i32, i32, i32 } %113, 1
	%116 = extractvalue { i32, i32, i32, i32 } %113, 2
	%117 = extractvalue { i32, i32, i32, i32 } %113, 3
	call void @llvm.nvvm.barrier0()
	%118 = mul i32 %37, 32
	%119 = lshr i32 %2, 3
	%120 = and i32 %2, 7
	%121 = and i32 %119, 7
	%122 = xor i32 %120, %121
	%123 = mul i32 %119, 8
	%124 = add i32 %123, %122
	%125 = shl i32 %124, 4
	%126 = add i32 %0, %125
	%127 = add i32 %118, %119
	%128 = mul i32 %127, 64
	%129 = mul i32 %120, 8
	%130 = add i32 %128, %129
	%131 = sext i32 %130 to i64
	%132 = getelementptr i16, i16* %20, i64 %131
	%133 = add i32 %127, 0
	%134 = icmp slt i32 %133, %N
	%135 = getelementptr i16, i16* %132, i64 0
	%136 = select i1 %134, i16* %135, i16* %20
	%137 = add i32 %126, 0
	%138 = select i1 %134, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %137, i16* %136, i32 %138)
	%139 = add i32 %127, 16
	%140 = icmp slt i32 %139, %N
	%141 = getelementptr i16, i16* %132, i64 1024
	%142 = select i1 %140, i16* %141, i16* %20
	%143 = add i32 %126, 2048
	%144 = select i1 %140, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %143, i16* %142, i32 %144)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%145 = phi i32 [ 0, %prologue ], [ %693, %pv ]
	%146 = phi i32 [ %37, %prologue ], [ %700, %pv ]
	%147 = phi float [ 0.0, %prologue ], [ %824, %pv ]
	%148 = phi float [ 0.0, %prologue ], [ %825, %pv ]
	%149 = phi float [ 0.0, %prologue ], [ %826, %pv ]
	%150 = phi float [ 0.0, %prologue ], [ %827, %pv ]
	%151 = phi float [ 0.0, %prologue ], [ %829, %pv ]
	%152 = phi float [ 0.0, %prologue ], [ %830, %pv ]
	%153 = phi float [ 0.0, %prologue ], [ %831, %pv ]
	%154 = phi float [ 0.0, %prologue ], [ %832, %pv ]
	%155 = phi float [ 0.0, %prologue ], [ %841, %pv ]
	%156 = phi float [ 0.0, %prologue ], [ %842, %pv ]
	%157 = phi float [ 0.0, %prologue ], [ %843, %pv ]
	%158 = phi float [ 0.0, %prologue ], [ %844, %pv ]
	%159 = phi float [ 0.0, %prologue ], [ %846, %pv ]
	%160 = phi float [ 0.0, %prologue ], [ %847, %pv ]
	%161 = phi float [ 0.0, %prologue ], [ %848, %pv ]
	%162 = phi float [ 0.0, %prologue ], [ %849, %pv ]
	%163 = phi float [ 0.0, %prologue ], [ %858, %pv ]
	%164 = phi float [ 0.0, %prologue ], [ %859, %pv ]
	%165 = phi float [ 0.0, %prologue ], [ %860, %pv ]
	%166 = phi float [ 0.0, %prologue ], [ %861, %pv ]
	%167 = phi float [ 0.0, %prologue ], [ %863, %pv ]
	%168 = phi float [ 0.0, %prologue ], [ %864, %pv ]
	%169 = phi float [ 0.0, %prologue ], [ %865, %pv ]
	%170 = phi float [ 0.0, %prologue ], [ %866, %pv ]
	%171 = phi float [ 0.0, %prologue ], [ %875, %pv ]
	%172 = phi float [ 0.0, %prologue ], [ %876, %pv ]
	%173 = phi float [ 0.0, %prologue ], [ %877, %pv ]
	%174 = phi float [ 0.0, %prologue ], [ %878, %pv ]
	%175 = phi float [ 0.0, %prologue ], [ %880, %pv ]
	%176 = phi float [ 0.0, %prologue ], [ %881, %pv ]
	%177 = phi float [ 0.0, %prologue ], [ %882, %pv ]
	%178 = phi float [ 0.0, %prologue ], [ %883, %pv ]
	%179 = phi float [ 0xFFF0000000000000, %prologue ], [ %637, %pv ]
	%180 = phi float [ 0.0, %prologue ], [ %664, %pv ]
	%181 = phi float [ 0xFFF0000000000000, %prologue ], [ %665, %pv ]
	%182 = phi float [ 0.0, %prologue ], [ %692, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%183 = mul i32 %146, 32
	%184 = lshr i32 %2, 3
	%185 = and i32 %2, 7
	%186 = and i32 %184, 7
	%187 = xor i32 %185, %186
	%188 = mul i32 %184, 8
	%189 = add i32 %188, %187
	%190 = shl i32 %189, 4
	%191 = add i32 %1, %190
	%192 = add i32 %183, %184
	%193 = mul i32 %192, 64
	%194 = mul i32 %185, 8
	%195 = add i32 %193, %194
	%196 = sext i32 %195 to i64
	%197 = getelementptr i16, i16* %24, i64 %196
	%198 = add i32 %192, 0
	%199 = icmp slt i32 %198, %N
	%200 = getelementptr i16, i16* %197, i64 0
	%201 = select i1 %199, i16* %200, i16* %24
	%202 = add i32 %191, 0
	%203 = select i1 %199, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %202, i16* %201, i32 %203)
	%204 = add i32 %192, 16
	%205 = icmp slt i32 %204, %N
	%206 = getelementptr i16, i16* %197, i64 1024
	%207 = select i1 %205, i16* %206, i16* %24
	%208 = add i32 %191, 2048
	%209 = select i1 %205, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %208, i16* %207, i32 %209)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%210 = and i32 %4, 7
	%211 = shl i32 %84, 3
	%212 = add i32 %210, %211
	%213 = lshr i32 %4, 3
	%214 = and i32 %213, 1
	%215 = mul i32 %212, 128
	%216 = add i32 %0, %215
	%217 = and i32 %4, 7
	%218 = xor i32 %214, %217
	%219 = shl i32 %218, 4
	%220 = add i32 %216, %219
	%221 = xor i32 %220, 0
	%222 = add i32 %221, 0
	%223 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %222)
	%224 = extractvalue { i32, i32, i32, i32 } %223, 0
	%225 = extractvalue { i32, i32, i32, i32 } %223, 1
	%226 = extractvalue { i32, i32, i32, i32 } %223, 2
	%227 = extractvalue { i32, i32, i32, i32 } %223, 3
	%228 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %224, i32 %225, float 0.0, float 0.0, float 0.0, float 0.0)
	%229 = extractvalue { float, float, float, float } %228, 0
	%230 = extractvalue { float, float, float, float } %228, 1
	%231 = extractvalue { float, float, float, float } %228, 2
	%232 = extractvalue { float, float, float, float } %228, 3
	%233 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %226, i32 %227, float 0.0, float 0.0, float 0.0, float 0.0)
	%234 = extractvalue { float, float, float, float } %233, 0
	%235 = extractvalue { float, float, float, float } %233, 1
	%236 = extractvalue { float, float, float, float } %233, 2
	%237 = extractvalue { float, float, float, float } %233, 3
	%238 = add i32 %221, 2048
	%239 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %238)
	%240 = extractvalue { i32, i32, i32, i32 } %239, 0
	%241 = extractvalue { i32, i32, i32, i32 } %239, 1
	%242 = extractvalue { i32, i32, i32, i32 } %239, 2
	%243 = extractvalue { i32, i32, i32, i32 } %239, 3
	%244 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %240, i32 %241, float 0.0, float 0.0, float 0.0, float 0.0)
	%245 = extractvalue { float, float, float, float } %244, 0
	%246 = extractvalue { float, float, float, float } %244, 1
	%247 = extractvalue { float, float, float, float } %244, 2
	%248 = extractvalue { float, float, float, float } %244, 3
	%249 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %96, i32 %97, i32 %98, i32 %99, i32 %242, i32 %243, float 0.0, float 0.0, float 0.0, float 0.0)
	%250 = extractvalue { float, float, float, float } %249, 0
	%251 = extractvalue { float, float, float, float } %249, 1
	%252 = extractvalue { float, float, float, float } %249, 2
	%253 = extractvalue { float, float, float, float } %249, 3
	%254 = xor i32 %220, 32
	%255 = add i32 %254, 0
	%256 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %255)
	%257 = extractvalue { i32, i32, i32, i32 } %256, 0
	%258 = extractvalue { i32, i32, i32, i32 } %256, 1
	%259 = extractvalue { i32, i32, i32, i32 } %256, 2
	%260 = extractvalue { i32, i32, i32, i32 } %256, 3
	%261 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %257, i32 %258, float %229, float %230, float %231, float %232)
	%262 = extractvalue { float, float, float, float } %261, 0
	%263 = extractvalue { float, float, float, float } %261, 1
	%264 = extractvalue { float, float, float, float } %261, 2
	%265 = extractvalue { float, float, float, float } %261, 3
	%266 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %259, i32 %260, float %234, float %235, float %236, float %237)
	%267 = extractvalue { float, float, float, float } %266, 0
	%268 = extractvalue { float, float, float, float } %266, 1
	%269 = extractvalue { float, float, float, float } %266, 2
	%270 = extractvalue { float, float, float, float } %266, 3
	%271 = add i32 %254, 2048
	%272 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %271)
	%273 = extractvalue { i32, i32, i32, i32 } %272, 0
	%274 = extractvalue { i32, i32, i32, i32 } %272, 1
	%275 = extractvalue { i32, i32, i32, i32 } %272, 2
	%276 = extractvalue { i32, i32, i32, i32 } %272, 3
	%277 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %273, i32 %274, float %245, float %246, float %247, float %248)
	%278 = extractvalue { float, float, float, float } %277, 0
	%279 = extractvalue { float, float, float, float } %277, 1
	%280 = extractvalue { float, float, float, float } %277, 2
	%281 = extractvalue { float, float, float, float } %277, 3
	%282 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %102, i32 %103, i32 %104, i32 %105, i32 %275, i32 %276, float %250, float %251, float %252, float %253)
	%283 = extractvalue { float, float, float, float } %282, 0
	%284 = extractvalue { float, float, float, float } %282, 1
	%285 = extractvalue { float, float, float, float } %282, 2
	%286 = extractvalue { float, float, float, float } %282, 3
	%287 = xor i32 %220, 64
	%288 = add i32 %287, 0
	%289 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %288)
	%290 = extractvalue { i32, i32, i32, i32 } %289, 0
	%291 = extractvalue { i32, i32, i32, i32 } %289, 1
	%292 = extractvalue { i32, i32, i32, i32 } %289, 2
	%293 = extractvalue { i32, i32, i32, i32 } %289, 3
	%294 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %290, i32 %291, float %262, float %263, float %264, float %265)
	%295 = extractvalue { float, float, float, float } %294, 0
	%296 = extractvalue { float, float, float, float } %294, 1
	%297 = extractvalue { float, float, float, float } %294, 2
	%298 = extractvalue { float, float, float, float } %294, 3
	%299 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %292, i32 %293, float %267, float %268, float %269, float %270)
	%300 = extractvalue { float, float, float, float } %299, 0
	%301 = extractvalue { float, float, float, float } %299, 1
	%302 = extractvalue { float, float, float, float } %299, 2
	%303 = extractvalue { float, float, float, float } %299, 3
	%304 = add i32 %287, 2048
	%305 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %304)
	%306 = extractvalue { i32, i32, i32, i32 } %305, 0
	%307 = extractvalue { i32, i32, i32, i32 } %305, 1
	%308 = extractvalue { i32, i32, i32, i32 } %305, 2
	%309 = extractvalue { i32, i32, i32, i32 } %305, 3
	%310 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %306, i32 %307, float %278, float %279, float %280, float %281)
	%311 = extractvalue { float, float, float, float } %310, 0
	%312 = extractvalue { float, float, float, float } %310, 1
	%313 = extractvalue { float, float, float, float } %310, 2
	%314 = extractvalue { float, float, float, float } %310, 3
	%315 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %108, i32 %109, i32 %110, i32 %111, i32 %308, i32 %309, float %283, float %284, float %285, float %286)
	%316 = extractvalue { float, float, float, float } %315, 0
	%317 = extractvalue { float, float, float, float } %315, 1
	%318 = extractvalue { float, float, float, float } %315, 2
	%319 = extractvalue { float, float, float, float } %315, 3
	%320 = xor i32 %220, 96
	%321 = add i32 %320, 0
	%322 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %321)
	%323 = extractvalue { i32, i32, i32, i32 } %322, 0
	%324 = extractvalue { i32, i32, i32, i32 } %322, 1
	%325 = extractvalue { i32, i32, i32, i32 } %322, 2
	%326 = extractvalue { i32, i32, i32, i32 } %322, 3
	%327 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %323, i32 %324, float %295, float %296, float %297, float %298)
	%328 = extractvalue { float, float, float, float } %327, 0
	%329 = extractvalue { float, float, float, float } %327, 1
	%330 = extractvalue { float, float, float, float } %327, 2
	%331 = extractvalue { float, float, float, float } %327, 3
	%332 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %325, i32 %326, float %300, float %301, float %302, float %303)
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
	%343 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %339, i32 %340, float %311, float %312, float %313, float %314)
	%344 = extractvalue { float, float, float, float } %343, 0
	%345 = extractvalue { float, float, float, float } %343, 1
	%346 = extractvalue { float, float, float, float } %343, 2
	%347 = extractvalue { float, float, float, float } %343, 3
	%348 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %114, i32 %115, i32 %116, i32 %117, i32 %341, i32 %342, float %316, float %317, float %318, float %319)
	%349 = extractvalue { float, float, float, float } %348, 0
	%350 = extractvalue { float, float, float, float } %348, 1
	%351 = extractvalue { float, float, float, float } %348, 2
	%352 = extractvalue { float, float, float, float } %348, 3
	%353 = mul i32 %3, 16
	%354 = add i32 %12, %353
	%355 = add i32 %5, 0
	%356 = add i32 %354, %355
	%357 = mul i32 %3, 16
	%358 = add i32 %12, %357
	%359 = add i32 %5, 8
	%360 = add i32 %358, %359
	%361 = sitofp i32 %10 to float
	%362 = add i32 %33, %146
	%363 = sext i32 %362 to i64
	%364 = getelementptr i8, i8* %cls, i64 %363
	%365 = load i8, i8* %364
	%366 = icmp ne i8 %365, 2
	br i1 %366, label %partial, label %softmax

epilogue:
	%367 = phi float [ 0.0, %entry ], [ %664, %pv ]
	%368 = phi float [ 0.0, %entry ], [ %692, %pv ]
	%369 = phi i32 [ 0, %entry ], [ %693, %pv ]
	%370 = phi float [ 0.0, %entry ], [ %824, %pv ]
	%371 = phi float [ 0.0, %entry ], [ %825, %pv ]
	%372 = phi float [ 0.0, %entry ], [ %826, %pv ]
	%373 = phi float [ 0.0, %entry ], [ %827, %pv ]
	%374 = phi float [ 0.0, %entry ], [ %829, %pv ]
	%375 = phi float [ 0.0, %entry ], [ %830, %pv ]
	%376 = phi float [ 0.0, %entry ], [ %831, %pv ]
	%377 = phi float [ 0.0, %entry ], [ %832, %pv ]
	%378 = phi float [ 0.0, %entry ], [ %841, %pv ]
	%379 = phi float [ 0.0, %entry ], [ %842, %pv ]
	%380 = phi float [ 0.0, %entry ], [ %843, %pv ]
	%381 = phi float [ 0.0, %entry ], [ %844, %pv ]
	%382 = phi float [ 0.0, %entry ], [ %846, %pv ]
	%383 = phi float [ 0.0, %entry ], [ %847, %pv ]
	%384 = phi float [ 0.0, %entry ], [ %848, %pv ]
	%385 = phi float [ 0.0, %entry ], [ %849, %pv ]
	%386 = phi float [ 0.0, %entry ], [ %858, %pv ]
	%387 = phi float [ 0.0, %entry ], [ %859, %pv ]
	%388 = phi float [ 0.0, %entry ], [ %860, %pv ]
	%389 = phi float [ 0.0, %entry ], [ %861, %pv ]
	%390 = phi float [ 0.0, %entry ], [ %863, %pv ]
	%391 = phi float [ 0.0, %entry ], [ %864, %pv ]
	%392 = phi float [ 0.0, %entry ], [ %865, %pv ]
	%393 = phi float [ 0.0, %entry ], [ %866, %pv ]
	%394 = phi float [ 0.0, %entry ], [ %875, %pv ]
	%395 = phi float [ 0.0, %entry ], [ %876, %pv ]
	%396 = phi float [ 0.0, %entry ], [ %877, %pv ]
	%397 = phi float [ 0.0, %entry ], [ %878, %pv ]
	%398 = phi float [ 0.0, %entry ], [ %880, %pv ]
	%399 = phi float [ 0.0, %entry ], [ %881, %pv ]
	%400 = phi float [ 0.0, %entry ], [ %882, %pv ]
	%401 = phi float [ 0.0, %entry ], [ %883, %pv ]
	%402 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %367, i32 1, i32 31)
	%403 = fadd float %367, %402
	%404 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %403, i32 2, i32 31)
	%405 = fadd float %403, %404
	%406 = fcmp ogt float %405, 0.0
	%407 = fdiv float 1.0, %405
	%408 = select i1 %406, float %407, float 0.0
	%409 = mul i32 %3, 16
	%410 = add i32 %12, %409
	%411 = add i32 %5, 0
	%412 = add i32 %410, %411
	%413 = fmul float %370, %408
	%414 = fmul float %371, %408
	%415 = fmul float %374, %408
	%416 = fmul float %375, %408
	%417 = fmul float %378, %408
	%418 = fmul float %379, %408
	%419 = fmul float %382, %408
	%420 = fmul float %383, %408
	%421 = fmul float %386, %408
	%422 = fmul float %387, %408
	%423 = fmul float %390, %408
	%424 = fmul float %391, %408
	%425 = fmul float %394, %408
	%426 = fmul float %395, %408
	%427 = fmul float %398, %408
	%428 = fmul float %399, %408
	%429 = icmp slt i32 %412, %M
	br i1 %429, label %store0, label %stored0

partial:
	%430 = shl i32 %6, 1
	%431 = add i32 0, %430
	%432 = add i32 %183, %431
	%433 = icmp slt i32 %432, %N
	%434 = select i1 %433, float %328, float 0xFFF0000000000000
	%435 = shl i32 %6, 1
	%436 = add i32 1, %435
	%437 = add i32 %183, %436
	%438 = icmp slt i32 %437, %N
	%439 = select i1 %438, float %329, float 0xFFF0000000000000
	%440 = shl i32 %6, 1
	%441 = add i32 0, %440
	%442 = add i32 %183, %441
	%443 = icmp slt i32 %442, %N
	%444 = select i1 %443, float %330, float 0xFFF0000000000000
	%445 = shl i32 %6, 1
	%446 = add i32 1, %445
	%447 = add i32 %183, %446
	%448 = icmp slt i32 %447, %N
	%449 = select i1 %448, float %331, float 0xFFF0000000000000
	%450 = shl i32 %6, 1
	%451 = add i32 8, %450
	%452 = add i32 %183, %451
	%453 = icmp slt i32 %452, %N
	%454 = select i1 %453, float %333, float 0xFFF0000000000000
	%455 = shl i32 %6, 1
	%456 = add i32 9, %455
	%457 = add i32 %183, %456
	%458 = icmp slt i32 %457, %N
	%459 = select i1 %458, float %334, float 0xFFF0000000000000
	%460 = shl i32 %6, 1
	%461 = add i32 8, %460
	%462 = add i32 %183, %461
	%463 = icmp slt i32 %462, %N
	%464 = select i1 %463, float %335, float 0xFFF0000000000000
	%465 = shl i32 %6, 1
	%466 = add i32 9, %465
	%467 = add i32 %183, %466
	%468 = icmp slt i32 %467, %N
	%469 = select i1 %468, float %336, float 0xFFF0000000000000
	%470 = shl i32 %6, 1
	%471 = add i32 16, %470
	%472 = add i32 %183, %471
	%473 = icmp slt i32 %472, %N
	%474 = select i1 %473, float %344, float 0xFFF0000000000000
	%475 = shl i32 %6, 1
	%476 = add i32 17, %475
	%477 = add i32 %183, %476
	%478 = icmp slt i32 %477, %N
	%479 = select i1 %478, float %345, float 0xFFF0000000000000
	%480 = shl i32 %6, 1
	%481 = add i32 16, %480
	%482 = add i32 %183, %481
	%483 = icmp slt i32 %482, %N
	%484 = select i1 %483, float %346, float 0xFFF0000000000000
	%485 = shl i32 %6, 1
	%486 = add i32 17, %485
	%487 = add i32 %183, %486
	%488 = icmp slt i32 %487, %N
	%489 = select i1 %488, float %347, float 0xFFF0000000000000
	%490 = shl i32 %6, 1
	%491 = add i32 24, %490
	%492 = add i32 %183, %491
	%493 = icmp slt i32 %492, %N
	%494 = select i1 %493, float %349, float 0xFFF0000000000000
	%495 = shl i32 %6, 1
	%496 = add i32 25, %495
	%497 = add i32 %183, %496
	%498 = icmp slt i32 %497, %N
	%499 = select i1 %498, float %350, float 0xFFF0000000000000
	%500 = shl i32 %6, 1
	%501 = add i32 24, %500
	%502 = add i32 %183, %501
	%503 = icmp slt i32 %502, %N
	%504 = select i1 %503, float %351, float 0xFFF0000000000000
	%505 = shl i32 %6, 1
	%506 = add i32 25, %505
	%507 = add i32 %183, %506
	%508 = icmp slt i32 %507, %N
	%509 = select i1 %508, float %352, float 0xFFF0000000000000
	br label %softmax

softmax:
	%510 = phi float [ %328, %loop ], [ %434, %partial ]
	%511 = phi float [ %329, %loop ], [ %439, %partial ]
	%512 = phi float [ %330, %loop ], [ %444, %partial ]
	%513 = phi float [ %331, %loop ], [ %449, %partial ]
	%514 = phi float [ %333, %loop ], [ %454, %partial ]
	%515 = phi float [ %334, %loop ], [ %459, %partial ]
	%516 = phi float [ %335, %loop ], [ %464, %partial ]
	%517 = phi float [ %336, %loop ], [ %469, %partial ]
	%518 = phi float [ %344, %loop ], [ %474, %partial ]
	%519 = phi float [ %345, %loop ], [ %479, %partial ]
	%520 = phi float [ %346, %loop ], [ %484, %partial ]
	%521 = phi float [ %347, %loop ], [ %489, %partial ]
	%522 = phi float [ %349, %loop ], [ %494, %partial ]
	%523 = phi float [ %350, %loop ], [ %499, %partial ]
	%524 = phi float [ %351, %loop ], [ %504, %partial ]
	%525 = phi float [ %352, %loop ], [ %509, %partial ]
	%526 = call float @llvm.nvvm.fmax.f(float %510, float %511)
	%527 = call float @llvm.nvvm.fmax.f(float %514, float %515)
	%528 = call float @llvm.nvvm.fmax.f(float %518, float %519)
	%529 = call float @llvm.nvvm.fmax.f(float %522, float %523)
	%530 = call float @llvm.nvvm.fmax.f(float %526, float %527)
	%531 = call float @llvm.nvvm.fmax.f(float %528, float %529)
	%532 = call float @llvm.nvvm.fmax.f(float %530, float %531)
	%533 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %532, i32 1, i32 31)
	%534 = call float @llvm.nvvm.fmax.f(float %532, float %533)
	%535 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %534, i32 2, i32 31)
	%536 = call float @llvm.nvvm.fmax.f(float %534, float %535)
	%537 = fmul float %536, 0x3FC7154760000000
	%538 = call float @llvm.nvvm.fmax.f(float %179, float %537)
	%539 = fadd float %179, 8.0
	%540 = fcmp ogt float %538, %539
	%541 = or i1 false, %540
	%542 = call float @llvm.nvvm.fmax.f(float %512, float %513)
	%543 = call float @llvm.nvvm.fmax.f(float %516, float %517)
	%544 = call float @llvm.nvvm.fmax.f(float %520, float %521)
	%545 = call float @llvm.nvvm.fmax.f(float %524, float %525)
	%546 = call float @llvm.nvvm.fmax.f(float %542, float %543)
	%547 = call float @llvm.nvvm.fmax.f(float %544, float %545)
	%548 = call float @llvm.nvvm.fmax.f(float %546, float %547)
	%549 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %548, i32 1, i32 31)
	%550 = call float @llvm.nvvm.fmax.f(float %548, float %549)
	%551 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %550, i32 2, i32 31)
	%552 = call float @llvm.nvvm.fmax.f(float %550, float %551)
	%553 = fmul float %552, 0x3FC7154760000000
	%554 = call float @llvm.nvvm.fmax.f(float %181, float %553)
	%555 = fadd float %181, 8.0
	%556 = fcmp ogt float %554, %555
	%557 = or i1 %541, %556
	%558 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %557)
	br i1 %558, label %559, label %602

559:
	%560 = fcmp oeq float %538, 0xFFF0000000000000
	%561 = select i1 %560, float 0.0, float %538
	%562 = fsub float %179, %561
	%563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %562)
	%564 = fcmp oeq float %554, 0xFFF0000000000000
	%565 = select i1 %564, float 0.0, float %554
	%566 = fsub float %181, %565
	%567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %566)
	%568 = fmul float %147, %563
	%569 = fmul float %148, %563
	%570 = fmul float %149, %567
	%571 = fmul float %150, %567
	%572 = fmul float %151, %563
	%573 = fmul float %152, %563
	%574 = fmul float %153, %567
	%575 = fmul float %154, %567
	%576 = fmul float %155, %563
	%577 = fmul float %156, %563
	%578 = fmul float %157, %567
	%579 = fmul float %158, %567
	%580 = fmul float %159, %563
	%581 = fmul float %160, %563
	%582 = fmul float %161, %567
	%583 = fmul float %162, %567
	%584 = fmul float %163, %563
	%585 = fmul float %164, %563
	%586 = fmul float %165, %567
	%587 = fmul float %166, %567
	%588 = fmul float %167, %563
	%589 = fmul float %168, %563
	%590 = fmul float %169, %567
	%591 = fmul float %170, %567
	%592 = fmul float %171, %563
	%593 = fmul float %172, %563
	%594 = fmul float %173, %567
	%595 = fmul float %174, %567
	%596 = fmul float %175, %563
	%597 = fmul float %176, %563
	%598 = fmul float %177, %567
	%599 = fmul float %178, %567
	%600 = fmul float %180, %563
	%601 = fmul float %182, %567
	br label %602

602:
	%603 = phi float [ %147, %softmax ], [ %568, %559 ]
	%604 = phi float [ %148, %softmax ], [ %569, %559 ]
	%605 = phi float [ %149, %softmax ], [ %570, %559 ]
	%606 = phi float [ %150, %softmax ], [ %571, %559 ]
	%607 = phi float [ %151, %softmax ], [ %572, %559 ]
	%608 = phi float [ %152, %softmax ], [ %573, %559 ]
	%609 = phi float [ %153, %softmax ], [ %574, %559 ]
	%610 = phi float [ %154, %softmax ], [ %575, %559 ]
	%611 = phi float [ %155, %softmax ], [ %576, %559 ]
	%612 = phi float [ %156, %softmax ], [ %577, %559 ]
	%613 = phi float [ %157, %softmax ], [ %578, %559 ]
	%614 = phi float [ %158, %softmax ], [ %579, %559 ]
	%615 = phi float [ %159, %softmax ], [ %580, %559 ]
	%616 = phi float [ %160, %softmax ], [ %581, %559 ]
	%617 = phi float [ %161, %softmax ], [ %582, %559 ]
	%618 = phi float [ %162, %softmax ], [ %583, %559 ]
	%619 = phi float [ %163, %softmax ], [ %584, %559 ]
	%620 = phi float [ %164, %softmax ], [ %585, %559 ]
	%621 = phi float [ %165, %softmax ], [ %586, %559 ]
	%622 = phi float [ %166, %softmax ], [ %587, %559 ]
	%623 = phi float [ %167, %softmax ], [ %588, %559 ]
	%624 = phi float [ %168, %softmax ], [ %589, %559 ]
	%625 = phi float [ %169, %softmax ], [ %590, %559 ]
	%626 = phi float [ %170, %softmax ], [ %591, %559 ]
	%627 = phi float [ %171, %softmax ], [ %592, %559 ]
	%628 = phi float [ %172, %softmax ], [ %593, %559 ]
	%629 = phi float [ %173, %softmax ], [ %594, %559 ]
	%630 = phi float [ %174, %softmax ], [ %595, %559 ]
	%631 = phi float [ %175, %softmax ], [ %596, %559 ]
	%632 = phi float [ %176, %softmax ], [ %597, %559 ]
	%633 = phi float [ %177, %softmax ], [ %598, %559 ]
	%634 = phi float [ %178, %softmax ], [ %599, %559 ]
	%635 = phi float [ %180, %softmax ], [ %600, %559 ]
	%636 = phi float [ %182, %softmax ], [ %601, %559 ]
	%637 = select i1 %558, float %538, float %179
	%638 = fcmp oeq float %637, 0xFFF0000000000000
	%639 = select i1 %638, float 0.0, float %637
	%640 = fneg float %639
	%641 = call float @llvm.fma.f32(float %510, float 0x3FC7154760000000, float %640)
	%642 = call float @llvm.nvvm.ex2.approx.ftz.f(float %641)
	%643 = call float @llvm.fma.f32(float %511, float 0x3FC7154760000000, float %640)
	%644 = call float @llvm.nvvm.ex2.approx.ftz.f(float %643)
	%645 = call float @llvm.fma.f32(float %514, float 0x3FC7154760000000, float %640)
	%646 = call float @llvm.nvvm.ex2.approx.ftz.f(float %645)
	%647 = call float @llvm.fma.f32(float %515, float 0x3FC7154760000000, float %640)
	%648 = call float @llvm.nvvm.ex2.approx.ftz.f(float %647)
	%649 = call float @llvm.fma.f32(float %518, float 0x3FC7154760000000, float %640)
	%650 = call float @llvm.nvvm.ex2.approx.ftz.f(float %649)
	%651 = call float @llvm.fma.f32(float %519, float 0x3FC7154760000000, float %640)
	%652 = call float @llvm.nvvm.ex2.approx.ftz.f(float %651)
	%653 = call float @llvm.fma.f32(float %522, float 0x3FC7154760000000, float %640)
	%654 = call float @llvm.nvvm.ex2.approx.ftz.f(float %653)
	%655 = call float @llvm.fma.f32(float %523, float 0x3FC7154760000000, float %640)
	%656 = call float @llvm.nvvm.ex2.approx.ftz.f(float %655)
	%657 = fadd float %642, %644
	%658 = fadd float %646, %648
	%659 = fadd float %650, %652
	%660 = fadd float %654, %656
	%661 = fadd float %657, %658
	%662 = fadd float %659, %660
	%663 = fadd float %661, %662
	%664 = fadd float %635, %663
	%665 = select i1 %558, float %554, float %181
	%666 = fcmp oeq float %665, 0xFFF0000000000000
	%667 = select i1 %666, float 0.0, float %665
	%668 = fneg float %667
	%669 = call float @llvm.fma.f32(float %512, float 0x3FC7154760000000, float %668)
	%670 = call float @llvm.nvvm.ex2.approx.ftz.f(float %669)
	%671 = call float @llvm.fma.f32(float %513, float 0x3FC7154760000000, float %668)
	%672 = call float @llvm.nvvm.ex2.approx.ftz.f(float %671)
	%673 = call float @llvm.fma.f32(float %516, float 0x3FC7154760000000, float %668)
	%674 = call float @llvm.nvvm.ex2.approx.ftz.f(float %673)
	%675 = call float @llvm.fma.f32(float %517, float 0x3FC7154760000000, float %668)
	%676 = call float @llvm.nvvm.ex2.approx.ftz.f(float %675)
	%677 = call float @llvm.fma.f32(float %520, float 0x3FC7154760000000, float %668)
	%678 = call float @llvm.nvvm.ex2.approx.ftz.f(float %677)
	%679 = call float @llvm.fma.f32(float %521, float 0x3FC7154760000000, float %668)
	%680 = call float @llvm.nvvm.ex2.approx.ftz.f(float %679)
	%681 = call float @llvm.fma.f32(float %524, float 0x3FC7154760000000, float %668)
	%682 = call float @llvm.nvvm.ex2.approx.ftz.f(float %681)
	%683 = call float @llvm.fma.f32(float %525, float 0x3FC7154760000000, float %668)
	%684 = call float @llvm.nvvm.ex2.approx.ftz.f(float %683)
	%685 = fadd float %670, %672
	%686 = fadd float %674, %676
	%687 = fadd float %678, %680
	%688 = fadd float %682, %684
	%689 = fadd float %685, %686
	%690 = fadd float %687, %688
	%691 = fadd float %689, %690
	%692 = fadd float %636, %691
	%693 = add i32 %145, 1
	%694 = icmp slt i32 %693, %NK
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %29, %695
	%697 = sext i32 %696 to i64
	%698 = getelementptr i32, i32* %list, i64 %697
	%699 = load i32, i32* %698
	%700 = select i1 %694, i32 %699, i32 -1
	%701 = icmp sge i32 %700, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %701, label %prefetch, label %pv

prefetch:
	%702 = mul i32 %700, 32
	%703 = lshr i32 %2, 3
	%704 = and i32 %2, 7
	%705 = and i32 %703, 7
	%706 = xor i32 %704, %705
	%707 = mul i32 %703, 8
	%708 = add i32 %707, %706
	%709 = shl i32 %708, 4
	%710 = add i32 %0, %709
	%711 = add i32 %702, %703
	%712 = mul i32 %711, 64
	%713 = mul i32 %704, 8
	%714 = add i32 %712, %713
	%715 = sext i32 %714 to i64
	%716 = getelementptr i16, i16* %20, i64 %715
	%717 = add i32 %711, 0
	%718 = icmp slt i32 %717, %N
	%719 = getelementptr i16, i16* %716, i64 0
	%720 = select i1 %718, i16* %719, i16* %20
	%721 = add i32 %710, 0
	%722 = select i1 %718, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %721, i16* %720, i32 %722)
	%723 = add i32 %711, 16
	%724 = icmp slt i32 %723, %N
	%725 = getelementptr i16, i16* %716, i64 1024
	%726 = select i1 %724, i16* %725, i16* %20
	%727 = add i32 %710, 2048
	%728 = select i1 %724, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %727, i16* %726, i32 %728)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%729 = and i32 %4, 7
	%730 = lshr i32 %4, 3
	%731 = and i32 %730, 1
	%732 = shl i32 %731, 3
	%733 = add i32 %729, %732
	%734 = mul i32 %733, 128
	%735 = add i32 %1, %734
	%736 = and i32 %4, 7
	%737 = xor i32 %84, %736
	%738 = shl i32 %737, 4
	%739 = add i32 %735, %738
	%740 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %644, float %642)
	%741 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %672, float %670)
	%742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %648, float %646)
	%743 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %676, float %674)
	%744 = xor i32 %739, 0
	%745 = add i32 %744, 0
	%746 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %745)
	%747 = extractvalue { i32, i32, i32, i32 } %746, 0
	%748 = extractvalue { i32, i32, i32, i32 } %746, 1
	%749 = extractvalue { i32, i32, i32, i32 } %746, 2
	%750 = extractvalue { i32, i32, i32, i32 } %746, 3
	%751 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %747, i32 %748, float %603, float %604, float %605, float %606)
	%752 = extractvalue { float, float, float, float } %751, 0
	%753 = extractvalue { float, float, float, float } %751, 1
	%754 = extractvalue { float, float, float, float } %751, 2
	%755 = extractvalue { float, float, float, float } %751, 3
	%756 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %749, i32 %750, float %607, float %608, float %609, float %610)
	%757 = extractvalue { float, float, float, float } %756, 0
	%758 = extractvalue { float, float, float, float } %756, 1
	%759 = extractvalue { float, float, float, float } %756, 2
	%760 = extractvalue { float, float, float, float } %756, 3
	%761 = xor i32 %739, 32
	%762 = add i32 %761, 0
	%763 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %762)
	%764 = extractvalue { i32, i32, i32, i32 } %763, 0
	%765 = extractvalue { i32, i32, i32, i32 } %763, 1
	%766 = extractvalue { i32, i32, i32, i32 } %763, 2
	%767 = extractvalue { i32, i32, i32, i32 } %763, 3
	%768 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %764, i32 %765, float %611, float %612, float %613, float %614)
	%769 = extractvalue { float, float, float, float } %768, 0
	%770 = extractvalue { float, float, float, float } %768, 1
	%771 = extractvalue { float, float, float, float } %768, 2
	%772 = extractvalue { float, float, float, float } %768, 3
	%773 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %766, i32 %767, float %615, float %616, float %617, float %618)
	%774 = extractvalue { float, float, float, float } %773, 0
	%775 = extractvalue { float, float, float, float } %773, 1
	%776 = extractvalue { float, float, float, float } %773, 2
	%777 = extractvalue { float, float, float, float } %773, 3
	%778 = xor i32 %739, 64
	%779 = add i32 %778, 0
	%780 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %779)
	%781 = extractvalue { i32, i32, i32, i32 } %780, 0
	%782 = extractvalue { i32, i32, i32, i32 } %780, 1
	%783 = extractvalue { i32, i32, i32, i32 } %780, 2
	%784 = extractvalue { i32, i32, i32, i32 } %780, 3
	%785 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %781, i32 %782, float %619, float %620, float %621, float %622)
	%786 = extractvalue { float, float, float, float } %785, 0
	%787 = extractvalue { float, float, float, float } %785, 1
	%788 = extractvalue { float, float, float, float } %785, 2
	%789 = extractvalue { float, float, float, float } %785, 3
	%790 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %783, i32 %784, float %623, float %624, float %625, float %626)
	%791 = extractvalue { float, float, float, float } %790, 0
	%792 = extractvalue { float, float, float, float } %790, 1
	%793 = extractvalue { float, float, float, float } %790, 2
	%794 = extractvalue { float, float, float, float } %790, 3
	%795 = xor i32 %739, 96
	%796 = add i32 %795, 0
	%797 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %796)
	%798 = extractvalue { i32, i32, i32, i32 } %797, 0
	%799 = extractvalue { i32, i32, i32, i32 } %797, 1
	%800 = extractvalue { i32, i32, i32, i32 } %797, 2
	%801 = extractvalue { i32, i32, i32, i32 } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %798, i32 %799, float %627, float %628, float %629, float %630)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %740, i32 %741, i32 %742, i32 %743, i32 %800, i32 %801, float %631, float %632, float %633, float %634)
	%808 = extractvalue { float, float, float, float } %807, 0
	%809 = extractvalue { float, float, float, float } %807, 1
	%810 = extractvalue { float, float, float, float } %807, 2
	%811 = extractvalue { float, float, float, float } %807, 3
	%812 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %652, float %650)
	%813 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %680, float %678)
	%814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %656, float %654)
	%815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %684, float %682)
	%816 = xor i32 %739, 0
	%817 = add i32 %816, 2048
	%818 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %817)
	%819 = extractvalue { i32, i32, i32, i32 } %818, 0
	%820 = extractvalue { i32, i32, i32, i32 } %818, 1
	%821 = extractvalue { i32, i32, i32, i32 } %818, 2
	%822 = extractvalue { i32, i32, i32, i32 } %818, 3
	%823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %819, i32 %820, float %752, float %753, float %754, float %755)
	%824 = extractvalue { float, float, float, float } %823, 0
	%825 = extractvalue { float, float, float, float } %823, 1
	%826 = extractvalue { float, float, float, float } %823, 2
	%827 = extractvalue { float, float, float, float } %823, 3
	%828 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %821, i32 %822, float %757, float %758, float %759, float %760)
	%829 = extractvalue { float, float, float, float } %828, 0
	%830 = extractvalue { float, float, float, float } %828, 1
	%831 = extractvalue { float, float, float, float } %828, 2
	%832 = extractvalue { float, float, float, float } %828, 3
	%833 = xor i32 %739, 32
	%834 = add i32 %833, 2048
	%835 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %834)
	%836 = extractvalue { i32, i32, i32, i32 } %835, 0
	%837 = extractvalue { i32, i32, i32, i32 } %835, 1
	%838 = extractvalue { i32, i32, i32, i32 } %835, 2
	%839 = extractvalue { i32, i32, i32, i32 } %835, 3
	%840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %836, i32 %837, float %769, float %770, float %771, float %772)
	%841 = extractvalue { float, float, float, float } %840, 0
	%842 = extractvalue { float, float, float, float } %840, 1
	%843 = extractvalue { float, float, float, float } %840, 2
	%844 = extractvalue { float, float, float, float } %840, 3
	%845 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %838, i32 %839, float %774, float %775, float %776, float %777)
	%846 = extractvalue { float, float, float, float } %845, 0
	%847 = extractvalue { float, float, float, float } %845, 1
	%848 = extractvalue { float, float, float, float } %845, 2
	%849 = extractvalue { float, float, float, float } %845, 3
	%850 = xor i32 %739, 64
	%851 = add i32 %850, 2048
	%852 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %851)
	%853 = extractvalue { i32, i32, i32, i32 } %852, 0
	%854 = extractvalue { i32, i32, i32, i32 } %852, 1
	%855 = extractvalue { i32, i32, i32, i32 } %852, 2
	%856 = extractvalue { i32, i32, i32, i32 } %852, 3
	%857 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %853, i32 %854, float %786, float %787, float %788, float %789)
	%858 = extractvalue { float, float, float, float } %857, 0
	%859 = extractvalue { float, float, float, float } %857, 1
	%860 = extractvalue { float, float, float, float } %857, 2
	%861 = extractvalue { float, float, float, float } %857, 3
	%862 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %855, i32 %856, float %791, float %792, float %793, float %794)
	%863 = extractvalue { float, float, float, float } %862, 0
	%864 = extractvalue { float, float, float, float } %862, 1
	%865 = extractvalue { float, float, float, float } %862, 2
	%866 = extractvalue { float, float, float, float } %862, 3
	%867 = xor i32 %739, 96
	%868 = add i32 %867, 2048
	%869 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %868)
	%870 = extractvalue { i32, i32, i32, i32 } %869, 0
	%871 = extractvalue { i32, i32, i32, i32 } %869, 1
	%872 = extractvalue { i32, i32, i32, i32 } %869, 2
	%873 = extractvalue { i32, i32, i32, i32 } %869, 3
	%874 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %870, i32 %871, float %803, float %804, float %805, float %806)
	%875 = extractvalue { float, float, float, float } %874, 0
	%876 = extractvalue { float, float, float, float } %874, 1
	%877 = extractvalue { float, float, float, float } %874, 2
	%878 = extractvalue { float, float, float, float } %874, 3
	%879 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %812, i32 %813, i32 %814, i32 %815, i32 %872, i32 %873, float %808, float %809, float %810, float %811)
	%880 = extractvalue { float, float, float, float } %879, 0
	%881 = extractvalue { float, float, float, float } %879, 1
	%882 = extractvalue { float, float, float, float } %879, 2
	%883 = extractvalue { float, float, float, float } %879, 3
	br i1 %701, label %loop, label %epilogue

store0:
	%884 = mul i32 %10, %M
	%885 = add i32 %884, %412
	%886 = mul i32 %885, 64
	%887 = shl i32 %6, 1
	%888 = add i32 0, %887
	%889 = add i32 %886, %888
	%890 = sext i32 %889 to i64
	%891 = getelementptr i16, i16* %out, i64 %890
	%892 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %414, float %413)
	%893 = bitcast i16* %891 to i32*
	store i32 %892, i32* %893
	%894 = shl i32 %6, 1
	%895 = add i32 8, %894
	%896 = add i32 %886, %895
	%897 = sext i32 %896 to i64
	%898 = getelementptr i16, i16* %out, i64 %897
	%899 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %416, float %415)
	%900 = bitcast i16* %898 to i32*
	store i32 %899, i32* %900
	%901 = shl i32 %6, 1
	%902 = add i32 16, %901
	%903 = add i32 %886, %902
	%904 = sext i32 %903 to i64
	%905 = getelementptr i16, i16* %out, i64 %904
	%906 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %418, float %417)
	%907 = bitcast i16* %905 to i32*
	store i32 %906, i32* %907
	%908 = shl i32 %6, 1
	%909 = add i32 24, %908
	%910 = add i32 %886, %909
	%911 = sext i32 %910 to i64
	%912 = getelementptr i16, i16* %out, i64 %911
	%913 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %420, float %419)
	%914 = bitcast i16* %912 to i32*
	store i32 %913, i32* %914
	%915 = shl i32 %6, 1
	%916 = add i32 32, %915
	%917 = add i32 %886, %916
	%918 = sext i32 %917 to i64
	%919 = getelementptr i16, i16* %out, i64 %918
	%920 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %422, float %421)
	%921 = bitcast i16* %919 to i32*
	store i32 %920, i32* %921
	%922 = shl i32 %6, 1
	%923 = add i32 40, %922
	%924 = add i32 %886, %923
	%925 = sext i32 %924 to i64
	%926 = getelementptr i16, i16* %out, i64 %925
	%927 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %424, float %423)
	%928 = bitcast i16* %926 to i32*
	store i32 %927, i32* %928
	%929 = shl i32 %6, 1
	%930 = add i32 48, %929
	%931 = add i32 %886, %930
	%932 = sext i32 %931 to i64
	%933 = getelementptr i16, i16* %out, i64 %932
	%934 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %426, float %425)
	%935 = bitcast i16* %933 to i32*
	store i32 %934, i32* %935
	%936 = shl i32 %6, 1
	%937 = add i32 56, %936
	%938 = add i32 %886, %937
	%939 = sext i32 %938 to i64
	%940 = getelementptr i16, i16* %out, i64 %939
	%941 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %428, float %427)
	%942 = bitcast i16* %940 to i32*
	store i32 %941, i32* %942
	br label %stored0

stored0:
	%943 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %368, i32 1, i32 31)
	%944 = fadd float %368, %943
	%945 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %944, i32 2, i32 31)
	%946 = fadd float %944, %945
	%947 = fcmp ogt float %946, 0.0
	%948 = fdiv float 1.0, %946
	%949 = select i1 %947, float %948, float 0.0
	%950 = mul i32 %3, 16
	%951 = add i32 %12, %950
	%952 = add i32 %5, 8
	%953 = add i32 %951, %952
	%954 = fmul float %372, %949
	%955 = fmul float %373, %949
	%956 = fmul float %376, %949
	%957 = fmul float %377, %949
	%958 = fmul float %380, %949
	%959 = fmul float %381, %949
	%960 = fmul float %384, %949
	%961 = fmul float %385, %949
	%962 = fmul float %388, %949
	%963 = fmul float %389, %949
	%964 = fmul float %392, %949
	%965 = fmul float %393, %949
	%966 = fmul float %396, %949
	%967 = fmul float %397, %949
	%968 = fmul float %400, %949
	%969 = fmul float %401, %949
	%970 = icmp slt i32 %953, %M
	br i1 %970, label %store1, label %stored1

store1:
	%971 = mul i32 %10, %M
	%972 = add i32 %971, %953
	%973 = mul i32 %972, 64
	%974 = shl i32 %6, 1
	%975 = add i32 0, %974
	%976 = add i32 %973, %975
	%977 = sext i32 %976 to i64
	%978 = getelementptr i16, i16* %out, i64 %977
	%979 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %955, float %954)
	%980 = bitcast i16* %978 to i32*
	store i32 %979, i32* %980
	%981 = shl i32 %6, 1
	%982 = add i32 8, %981
	%983 = add i32 %973, %982
	%984 = sext i32 %983 to i64
	%985 = getelementptr i16, i16* %out, i64 %984
	%986 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %957, float %956)
	%987 = bitcast i16* %985 to i32*
	store i32 %986, i32* %987
	%988 = shl i32 %6, 1
	%989 = add i32 16, %988
	%990 = add i32 %973, %989
	%991 = sext i32 %990 to i64
	%992 = getelementptr i16, i16* %out, i64 %991
	%993 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %959, float %958)
	%994 = bitcast i16* %992 to i32*
	store i32 %993, i32* %994
	%995 = shl i32 %6, 1
	%996 = add i32 24, %995
	%997 = add i32 %973, %996
	%998 = sext i32 %997 to i64
	%999 = getelementptr i16, i16* %out, i64 %998
	%1000 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %961, float %960)
	%1001 = bitcast i16* %999 to i32*
	store i32 %1000, i32* %1001
	%1002 = shl i32 %6, 1
	%1003 = add i32 32, %1002
	%1004 = add i32 %973, %1003
	%1005 = sext i32 %1004 to i64
	%1006 = getelementptr i16, i16* %out, i64 %1005
	%1007 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %963, float %962)
	%1008 = bitcast i16* %1006 to i32*
	store i32 %1007, i32* %1008
	%1009 = shl i32 %6, 1
	%1010 = add i32 40, %1009
	%1011 = add i32 %973, %1010
	%1012 = sext i32 %1011 to i64
	%1013 = getelementptr i16, i16* %out, i64 %1012
	%1014 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %965, float %964)
	%1015 = bitcast i16* %1013 to i32*
	store i32 %1014, i32* %1015
	%1016 = shl i32 %6, 1
	%1017 = add i32 48, %1016
	%1018 = add i32 %973, %1017
	%1019 = sext i32 %1018 to i64
	%1020 = getelementptr i16, i16* %out, i64 %1019
	%1021 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %967, float %966)
	%1022 = bitcast i16* %1020 to i32*
	store i32 %1021, i32* %1022
	%1023 = shl i32 %6, 1
	%1024 = add i32 56, %1023
	%1025 = add i32 %973, %1024
	%1026 = sext i32 %1025 to i64
	%1027 = getelementptr i16, i16* %out, i64 %1026
	%1028 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %969, float %968)
	%1029 = bitcast i16* %1027 to i32*
	store i32 %1028, i32* %1029
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
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @adfull_attn2, !"minctasm", i32 3}
