; oracle
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@oracle_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@oracle_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@oracle_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@oracle_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@oracle_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@oracle_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@oracle_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@oracle_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@oracle_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@oracle_adstats0_smem = internal addrspace(3) global [49152 x i8] undef, align 1024
@oracle_admass0_rows = internal addrspace(3) global [128 x float] undef, align 16
@oracle_attn2_smem = internal addrspace(3) global [32768 x i8] undef, align 1024

define ptx_kernel void @oracle_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK) {
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
	%39 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %18
	store i32 %38, i32 addrspace(3)* %39
	%40 = call float @llvm.nvvm.fmax.f(float %19, float %37)
	%41 = add i32 %18, 256
	br label %17

42:
	%43 = phi i32 [ %0, %30 ], [ %53, %45 ]
	%44 = icmp slt i32 %43, %16
	br i1 %44, label %45, label %54

45:
	%46 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %43
	%47 = load i32, i32 addrspace(3)* %46
	%48 = bitcast i32 %47 to float
	%49 = fcmp one float %48, 0xFFF0000000000000
	%50 = select i1 %49, float %48, float -1.0
	%51 = bitcast float %50 to i32
	%52 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %43
	store i32 %51, i32 addrspace(3)* %52
	%53 = add i32 %43, 256
	br label %42

54:
	%55 = mul i32 %1, 64
	%56 = sdiv i32 %55, 64
	%57 = add i32 %1, 1
	%58 = mul i32 %57, 64
	%59 = sub i32 %58, 1
	%60 = sdiv i32 %59, 64
	br label %61

61:
	%62 = phi i32 [ %0, %54 ], [ %106, %92 ]
	%63 = phi float [ 0.0, %54 ], [ %105, %92 ]
	%64 = icmp slt i32 %62, %16
	br i1 %64, label %65, label %73

65:
	%66 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %62
	%67 = load i32, i32 addrspace(3)* %66
	%68 = bitcast i32 %67 to float
	%69 = fcmp oge float %68, 0.0
	%70 = fmul float %68, 1.0
	%71 = select i1 %69, float %70, float -1.0
	%72 = icmp slt i32 %62, %NK
	br i1 %72, label %88, label %92

73:
	%74 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %63, i32 16, i32 31)
	%75 = fadd float %63, %74
	%76 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %75, i32 8, i32 31)
	%77 = fadd float %75, %76
	%78 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %77, i32 4, i32 31)
	%79 = fadd float %77, %78
	%80 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %79, i32 2, i32 31)
	%81 = fadd float %79, %80
	%82 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %81, i32 1, i32 31)
	%83 = fadd float %81, %82
	%84 = lshr i32 %0, 5
	%85 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%86 = icmp eq i32 %85, 0
	%87 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 %84
	br i1 %86, label %107, label %108

88:
	%89 = add i32 %11, %62
	%90 = sext i32 %89 to i64
	%91 = getelementptr float, float* %e, i64 %90
	store float %71, float* %91
	br label %92

92:
	%93 = icmp sge i32 %62, %56
	%94 = icmp sle i32 %62, %60
	%95 = and i1 %93, %94
	%96 = or i1 false, %95
	%97 = icmp eq i32 %62, 0
	%98 = or i1 %96, %97
	%99 = bitcast float %71 to i32
	%100 = add i32 %99, 2
	%101 = select i1 %98, i32 1, i32 %100
	%102 = select i1 %69, i32 %101, i32 0
	%103 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %62
	store i32 %102, i32 addrspace(3)* %103
	%104 = uitofp i1 %69 to float
	%105 = fadd float %63, %104
	%106 = add i32 %62, 256
	br label %61

107:
	store float %83, float addrspace(3)* %87
	br label %108

108:
	call void @llvm.nvvm.barrier0()
	%109 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 0
	%110 = load float, float addrspace(3)* %109
	%111 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 1
	%112 = load float, float addrspace(3)* %111
	%113 = fadd float %110, %112
	%114 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 2
	%115 = load float, float addrspace(3)* %114
	%116 = fadd float %113, %115
	%117 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 3
	%118 = load float, float addrspace(3)* %117
	%119 = fadd float %116, %118
	%120 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 4
	%121 = load float, float addrspace(3)* %120
	%122 = fadd float %119, %121
	%123 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 5
	%124 = load float, float addrspace(3)* %123
	%125 = fadd float %122, %124
	%126 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 6
	%127 = load float, float addrspace(3)* %126
	%128 = fadd float %125, %127
	%129 = getelementptr [32 x float], [32 x float] addrspace(3)* @oracle_select1_red, i32 0, i32 7
	%130 = load float, float addrspace(3)* %129
	%131 = fadd float %128, %130
	%132 = fptosi float %131 to i32
	%133 = icmp eq i32 %0, 0
	br i1 %133, label %134, label %138

134:
	%135 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 0
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp eq i32 %136, 1
	br i1 %137, label %146, label %154

138:
	call void @llvm.nvvm.barrier0()
	%139 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 0
	%140 = load i32, i32 addrspace(3)* %139
	%141 = sub i32 %132, %140
	%142 = icmp sgt i32 64, 0
	%143 = select i1 %142, i32 64, i32 0
	%144 = icmp slt i32 %143, %141
	%145 = select i1 %144, i32 %143, i32 %141
	br label %mass

146:
	%147 = add i32 %13, 0
	%148 = sext i32 %147 to i64
	%149 = getelementptr i32, i32* %list, i64 %148
	store i32 0, i32* %149
	%150 = add i32 %13, %NK
	%151 = add i32 %150, 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i32, i32* %list, i64 %152
	store i32 1, i32* %153
	br label %154

154:
	%155 = add i32 %11, 0
	%156 = sext i32 %155 to i64
	%157 = getelementptr float, float* %e, i64 %156
	%158 = load float, float* %157
	%159 = add i32 0, 1
	%160 = select i1 %137, i32 %159, i32 0
	%161 = fpext float %158 to double
	%162 = fadd double 0.0, %161
	%163 = select i1 %137, double %162, double 0.0
	%164 = icmp sgt i32 %56, 1
	%165 = select i1 %164, i32 %56, i32 1
	%166 = add i32 %60, 1
	%167 = icmp slt i32 %166, %NK
	%168 = select i1 %167, i32 %166, i32 %NK
	br label %169

169:
	%170 = phi i32 [ %165, %154 ], [ %199, %189 ]
	%171 = phi i32 [ %160, %154 ], [ %195, %189 ]
	%172 = phi double [ %163, %154 ], [ %198, %189 ]
	%173 = icmp slt i32 %170, %168
	br i1 %173, label %174, label %178

174:
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %170
	%176 = load i32, i32 addrspace(3)* %175
	%177 = icmp eq i32 %176, 1
	br i1 %177, label %181, label %189

178:
	%179 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 0
	store i32 %171, i32 addrspace(3)* %179
	%180 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
	store double %172, double addrspace(3)* %180
	br label %138

181:
	%182 = add i32 %13, %171
	%183 = sext i32 %182 to i64
	%184 = getelementptr i32, i32* %list, i64 %183
	store i32 %170, i32* %184
	%185 = add i32 %13, %NK
	%186 = add i32 %185, %171
	%187 = sext i32 %186 to i64
	%188 = getelementptr i32, i32* %list, i64 %187
	store i32 1, i32* %188
	br label %189

189:
	%190 = add i32 %11, %170
	%191 = sext i32 %190 to i64
	%192 = getelementptr float, float* %e, i64 %191
	%193 = load float, float* %192
	%194 = add i32 %171, 1
	%195 = select i1 %177, i32 %194, i32 %171
	%196 = fpext float %193 to double
	%197 = fadd double %172, %196
	%198 = select i1 %177, double %197, double %172
	%199 = add i32 %170, 1
	br label %169

mass:
	%200 = phi i32 [ %145, %138 ], [ %968, %958 ]
	%201 = icmp sgt i32 %200, 0
	br i1 %201, label %topk, label %topk_done

mass_done:
	%202 = icmp sgt i32 %960, 0
	%203 = select i1 %202, i32 %960, i32 0
	%204 = add i32 %140, %203
	%205 = add i32 %204, %0
	br label %1318

topk:
	call void @llvm.nvvm.barrier0()
	%206 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %206
	call void @llvm.nvvm.barrier0()
	br label %214

topk_done:
	%207 = sub i32 %200, 1
	%208 = call i32 @llvm.ctlz.i32(i32 %207, i1 false)
	%209 = icmp sgt i32 %200, 1
	%210 = sub i32 32, %208
	%211 = select i1 %209, i32 %210, i32 0
	%212 = shl i32 1, %211
	%213 = add i32 %200, %0
	br label %878

214:
	%215 = phi i32 [ %0, %topk ], [ %265, %264 ]
	%216 = icmp slt i32 %215, %16
	br i1 %216, label %217, label %233

217:
	%218 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %215
	%219 = load i32, i32 addrspace(3)* %218
	%220 = icmp uge i32 %219, 2
	%221 = and i32 %219, 0
	%222 = icmp eq i32 %221, 0
	%223 = and i1 %220, %222
	%224 = lshr i32 %219, 24
	%225 = and i32 %224, 255
	%226 = select i1 %223, i32 %225, i32 256
	%227 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %226)
	%228 = shl i32 1, %3
	%229 = sub i32 %228, 1
	%230 = and i32 %227, %229
	%231 = icmp eq i32 %230, 0
	%232 = and i1 %223, %231
	br i1 %232, label %260, label %264

233:
	call void @llvm.nvvm.barrier0()
	%234 = sub i32 255, %0
	%235 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %234
	%236 = load i32, i32 addrspace(3)* %235
	%237 = and i32 %0, 31
	%238 = lshr i32 %0, 5
	%239 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %236, i32 1, i32 0)
	%240 = icmp uge i32 %237, 1
	%241 = select i1 %240, i32 %239, i32 0
	%242 = add i32 %236, %241
	%243 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %242, i32 2, i32 0)
	%244 = icmp uge i32 %237, 2
	%245 = select i1 %244, i32 %243, i32 0
	%246 = add i32 %242, %245
	%247 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %246, i32 4, i32 0)
	%248 = icmp uge i32 %237, 4
	%249 = select i1 %248, i32 %247, i32 0
	%250 = add i32 %246, %249
	%251 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %250, i32 8, i32 0)
	%252 = icmp uge i32 %237, 8
	%253 = select i1 %252, i32 %251, i32 0
	%254 = add i32 %250, %253
	%255 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %254, i32 16, i32 0)
	%256 = icmp uge i32 %237, 16
	%257 = select i1 %256, i32 %255, i32 0
	%258 = add i32 %254, %257
	%259 = icmp eq i32 %237, 31
	br i1 %259, label %266, label %268

260:
	%261 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %225
	%262 = call i32 @llvm.ctpop.i32(i32 %227)
	%263 = atomicrmw add i32 addrspace(3)* %261, i32 %262 monotonic
	br label %264

264:
	%265 = add i32 %215, 256
	br label %214

266:
	%267 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %238
	store i32 %258, i32 addrspace(3)* %267
	br label %268

268:
	call void @llvm.nvvm.barrier0()
	%269 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%270 = load i32, i32 addrspace(3)* %269
	%271 = icmp sgt i32 %238, 0
	%272 = select i1 %271, i32 %270, i32 0
	%273 = add i32 0, %272
	%274 = add i32 0, %270
	%275 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%276 = load i32, i32 addrspace(3)* %275
	%277 = icmp sgt i32 %238, 1
	%278 = select i1 %277, i32 %276, i32 0
	%279 = add i32 %273, %278
	%280 = add i32 %274, %276
	%281 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%282 = load i32, i32 addrspace(3)* %281
	%283 = icmp sgt i32 %238, 2
	%284 = select i1 %283, i32 %282, i32 0
	%285 = add i32 %279, %284
	%286 = add i32 %280, %282
	%287 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%288 = load i32, i32 addrspace(3)* %287
	%289 = icmp sgt i32 %238, 3
	%290 = select i1 %289, i32 %288, i32 0
	%291 = add i32 %285, %290
	%292 = add i32 %286, %288
	%293 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%294 = load i32, i32 addrspace(3)* %293
	%295 = icmp sgt i32 %238, 4
	%296 = select i1 %295, i32 %294, i32 0
	%297 = add i32 %291, %296
	%298 = add i32 %292, %294
	%299 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%300 = load i32, i32 addrspace(3)* %299
	%301 = icmp sgt i32 %238, 5
	%302 = select i1 %301, i32 %300, i32 0
	%303 = add i32 %297, %302
	%304 = add i32 %298, %300
	%305 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%306 = load i32, i32 addrspace(3)* %305
	%307 = icmp sgt i32 %238, 6
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %303, %308
	%310 = add i32 %304, %306
	%311 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
	%312 = load i32, i32 addrspace(3)* %311
	%313 = icmp sgt i32 %238, 7
	%314 = select i1 %313, i32 %312, i32 0
	%315 = add i32 %309, %314
	%316 = add i32 %310, %312
	%317 = add i32 %315, %258
	%318 = sub i32 %317, %236
	%319 = icmp slt i32 %318, %200
	%320 = add i32 %318, %236
	%321 = icmp sle i32 %200, %320
	%322 = and i1 %319, %321
	br i1 %322, label %323, label %326

323:
	%324 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %234, i32 addrspace(3)* %324
	%325 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %318, i32 addrspace(3)* %325
	br label %326

326:
	call void @llvm.nvvm.barrier0()
	%327 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%328 = load i32, i32 addrspace(3)* %327
	%329 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%330 = load i32, i32 addrspace(3)* %329
	%331 = sub i32 %200, %330
	%332 = shl i32 %328, 24
	%333 = or i32 0, %332
	%334 = or i32 0, u0xFF000000
	call void @llvm.nvvm.barrier0()
	%335 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %335
	call void @llvm.nvvm.barrier0()
	br label %336

336:
	%337 = phi i32 [ %0, %326 ], [ %387, %386 ]
	%338 = icmp slt i32 %337, %16
	br i1 %338, label %339, label %355

339:
	%340 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %337
	%341 = load i32, i32 addrspace(3)* %340
	%342 = icmp uge i32 %341, 2
	%343 = and i32 %341, %334
	%344 = icmp eq i32 %343, %333
	%345 = and i1 %342, %344
	%346 = lshr i32 %341, 16
	%347 = and i32 %346, 255
	%348 = select i1 %345, i32 %347, i32 256
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %345, %353
	br i1 %354, label %382, label %386

355:
	call void @llvm.nvvm.barrier0()
	%356 = sub i32 255, %0
	%357 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %356
	%358 = load i32, i32 addrspace(3)* %357
	%359 = and i32 %0, 31
	%360 = lshr i32 %0, 5
	%361 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %358, i32 1, i32 0)
	%362 = icmp uge i32 %359, 1
	%363 = select i1 %362, i32 %361, i32 0
	%364 = add i32 %358, %363
	%365 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %364, i32 2, i32 0)
	%366 = icmp uge i32 %359, 2
	%367 = select i1 %366, i32 %365, i32 0
	%368 = add i32 %364, %367
	%369 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %368, i32 4, i32 0)
	%370 = icmp uge i32 %359, 4
	%371 = select i1 %370, i32 %369, i32 0
	%372 = add i32 %368, %371
	%373 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %372, i32 8, i32 0)
	%374 = icmp uge i32 %359, 8
	%375 = select i1 %374, i32 %373, i32 0
	%376 = add i32 %372, %375
	%377 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %376, i32 16, i32 0)
	%378 = icmp uge i32 %359, 16
	%379 = select i1 %378, i32 %377, i32 0
	%380 = add i32 %376, %379
	%381 = icmp eq i32 %359, 31
	br i1 %381, label %388, label %390

382:
	%383 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %347
	%384 = call i32 @llvm.ctpop.i32(i32 %349)
	%385 = atomicrmw add i32 addrspace(3)* %383, i32 %384 monotonic
	br label %386

386:
	%387 = add i32 %337, 256
	br label %336

388:
	%389 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %360
	store i32 %380, i32 addrspace(3)* %389
	br label %390

390:
	call void @llvm.nvvm.barrier0()
	%391 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%392 = load i32, i32 addrspace(3)* %391
	%393 = icmp sgt i32 %360, 0
	%394 = select i1 %393, i32 %392, i32 0
	%395 = add i32 0, %394
	%396 = add i32 0, %392
	%397 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%398 = load i32, i32 addrspace(3)* %397
	%399 = icmp sgt i32 %360, 1
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %395, %400
	%402 = add i32 %396, %398
	%403 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%404 = load i32, i32 addrspace(3)* %403
	%405 = icmp sgt i32 %360, 2
	%406 = select i1 %405, i32 %404, i32 0
	%407 = add i32 %401, %406
	%408 = add i32 %402, %404
	%409 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%410 = load i32, i32 addrspace(3)* %409
	%411 = icmp sgt i32 %360, 3
	%412 = select i1 %411, i32 %410, i32 0
	%413 = add i32 %407, %412
	%414 = add i32 %408, %410
	%415 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%416 = load i32, i32 addrspace(3)* %415
	%417 = icmp sgt i32 %360, 4
	%418 = select i1 %417, i32 %416, i32 0
	%419 = add i32 %413, %418
	%420 = add i32 %414, %416
	%421 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%422 = load i32, i32 addrspace(3)* %421
	%423 = icmp sgt i32 %360, 5
	%424 = select i1 %423, i32 %422, i32 0
	%425 = add i32 %419, %424
	%426 = add i32 %420, %422
	%427 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%428 = load i32, i32 addrspace(3)* %427
	%429 = icmp sgt i32 %360, 6
	%430 = select i1 %429, i32 %428, i32 0
	%431 = add i32 %425, %430
	%432 = add i32 %426, %428
	%433 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
	%434 = load i32, i32 addrspace(3)* %433
	%435 = icmp sgt i32 %360, 7
	%436 = select i1 %435, i32 %434, i32 0
	%437 = add i32 %431, %436
	%438 = add i32 %432, %434
	%439 = add i32 %437, %380
	%440 = sub i32 %439, %358
	%441 = icmp slt i32 %440, %331
	%442 = add i32 %440, %358
	%443 = icmp sle i32 %331, %442
	%444 = and i1 %441, %443
	br i1 %444, label %445, label %448

445:
	%446 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %356, i32 addrspace(3)* %446
	%447 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %440, i32 addrspace(3)* %447
	br label %448

448:
	call void @llvm.nvvm.barrier0()
	%449 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%450 = load i32, i32 addrspace(3)* %449
	%451 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%452 = load i32, i32 addrspace(3)* %451
	%453 = sub i32 %331, %452
	%454 = shl i32 %450, 16
	%455 = or i32 %333, %454
	%456 = or i32 %334, u0xFF0000
	call void @llvm.nvvm.barrier0()
	%457 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %457
	call void @llvm.nvvm.barrier0()
	br label %458

458:
	%459 = phi i32 [ %0, %448 ], [ %509, %508 ]
	%460 = icmp slt i32 %459, %16
	br i1 %460, label %461, label %477

461:
	%462 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %459
	%463 = load i32, i32 addrspace(3)* %462
	%464 = icmp uge i32 %463, 2
	%465 = and i32 %463, %456
	%466 = icmp eq i32 %465, %455
	%467 = and i1 %464, %466
	%468 = lshr i32 %463, 8
	%469 = and i32 %468, 255
	%470 = select i1 %467, i32 %469, i32 256
	%471 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %470)
	%472 = shl i32 1, %3
	%473 = sub i32 %472, 1
	%474 = and i32 %471, %473
	%475 = icmp eq i32 %474, 0
	%476 = and i1 %467, %475
	br i1 %476, label %504, label %508

477:
	call void @llvm.nvvm.barrier0()
	%478 = sub i32 255, %0
	%479 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %478
	%480 = load i32, i32 addrspace(3)* %479
	%481 = and i32 %0, 31
	%482 = lshr i32 %0, 5
	%483 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %480, i32 1, i32 0)
	%484 = icmp uge i32 %481, 1
	%485 = select i1 %484, i32 %483, i32 0
	%486 = add i32 %480, %485
	%487 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %486, i32 2, i32 0)
	%488 = icmp uge i32 %481, 2
	%489 = select i1 %488, i32 %487, i32 0
	%490 = add i32 %486, %489
	%491 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %490, i32 4, i32 0)
	%492 = icmp uge i32 %481, 4
	%493 = select i1 %492, i32 %491, i32 0
	%494 = add i32 %490, %493
	%495 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %494, i32 8, i32 0)
	%496 = icmp uge i32 %481, 8
	%497 = select i1 %496, i32 %495, i32 0
	%498 = add i32 %494, %497
	%499 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %498, i32 16, i32 0)
	%500 = icmp uge i32 %481, 16
	%501 = select i1 %500, i32 %499, i32 0
	%502 = add i32 %498, %501
	%503 = icmp eq i32 %481, 31
	br i1 %503, label %510, label %512

504:
	%505 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %469
	%506 = call i32 @llvm.ctpop.i32(i32 %471)
	%507 = atomicrmw add i32 addrspace(3)* %505, i32 %506 monotonic
	br label %508

508:
	%509 = add i32 %459, 256
	br label %458

510:
	%511 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %482
	store i32 %502, i32 addrspace(3)* %511
	br label %512

512:
	call void @llvm.nvvm.barrier0()
	%513 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%514 = load i32, i32 addrspace(3)* %513
	%515 = icmp sgt i32 %482, 0
	%516 = select i1 %515, i32 %514, i32 0
	%517 = add i32 0, %516
	%518 = add i32 0, %514
	%519 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%520 = load i32, i32 addrspace(3)* %519
	%521 = icmp sgt i32 %482, 1
	%522 = select i1 %521, i32 %520, i32 0
	%523 = add i32 %517, %522
	%524 = add i32 %518, %520
	%525 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%526 = load i32, i32 addrspace(3)* %525
	%527 = icmp sgt i32 %482, 2
	%528 = select i1 %527, i32 %526, i32 0
	%529 = add i32 %523, %528
	%530 = add i32 %524, %526
	%531 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%532 = load i32, i32 addrspace(3)* %531
	%533 = icmp sgt i32 %482, 3
	%534 = select i1 %533, i32 %532, i32 0
	%535 = add i32 %529, %534
	%536 = add i32 %530, %532
	%537 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%538 = load i32, i32 addrspace(3)* %537
	%539 = icmp sgt i32 %482, 4
	%540 = select i1 %539, i32 %538, i32 0
	%541 = add i32 %535, %540
	%542 = add i32 %536, %538
	%543 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%544 = load i32, i32 addrspace(3)* %543
	%545 = icmp sgt i32 %482, 5
	%546 = select i1 %545, i32 %544, i32 0
	%547 = add i32 %541, %546
	%548 = add i32 %542, %544
	%549 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%550 = load i32, i32 addrspace(3)* %549
	%551 = icmp sgt i32 %482, 6
	%552 = select i1 %551, i32 %550, i32 0
	%553 = add i32 %547, %552
	%554 = add i32 %548, %550
	%555 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
	%556 = load i32, i32 addrspace(3)* %555
	%557 = icmp sgt i32 %482, 7
	%558 = select i1 %557, i32 %556, i32 0
	%559 = add i32 %553, %558
	%560 = add i32 %554, %556
	%561 = add i32 %559, %502
	%562 = sub i32 %561, %480
	%563 = icmp slt i32 %562, %453
	%564 = add i32 %562, %480
	%565 = icmp sle i32 %453, %564
	%566 = and i1 %563, %565
	br i1 %566, label %567, label %570

567:
	%568 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %478, i32 addrspace(3)* %568
	%569 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %562, i32 addrspace(3)* %569
	br label %570

570:
	call void @llvm.nvvm.barrier0()
	%571 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%572 = load i32, i32 addrspace(3)* %571
	%573 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%574 = load i32, i32 addrspace(3)* %573
	%575 = sub i32 %453, %574
	%576 = shl i32 %572, 8
	%577 = or i32 %455, %576
	%578 = or i32 %456, u0xFF00
	call void @llvm.nvvm.barrier0()
	%579 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %579
	call void @llvm.nvvm.barrier0()
	br label %580

580:
	%581 = phi i32 [ %0, %570 ], [ %631, %630 ]
	%582 = icmp slt i32 %581, %16
	br i1 %582, label %583, label %599

583:
	%584 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %581
	%585 = load i32, i32 addrspace(3)* %584
	%586 = icmp uge i32 %585, 2
	%587 = and i32 %585, %578
	%588 = icmp eq i32 %587, %577
	%589 = and i1 %586, %588
	%590 = lshr i32 %585, 0
	%591 = and i32 %590, 255
	%592 = select i1 %589, i32 %591, i32 256
	%593 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %592)
	%594 = shl i32 1, %3
	%595 = sub i32 %594, 1
	%596 = and i32 %593, %595
	%597 = icmp eq i32 %596, 0
	%598 = and i1 %589, %597
	br i1 %598, label %626, label %630

599:
	call void @llvm.nvvm.barrier0()
	%600 = sub i32 255, %0
	%601 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %600
	%602 = load i32, i32 addrspace(3)* %601
	%603 = and i32 %0, 31
	%604 = lshr i32 %0, 5
	%605 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %602, i32 1, i32 0)
	%606 = icmp uge i32 %603, 1
	%607 = select i1 %606, i32 %605, i32 0
	%608 = add i32 %602, %607
	%609 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %608, i32 2, i32 0)
	%610 = icmp uge i32 %603, 2
	%611 = select i1 %610, i32 %609, i32 0
	%612 = add i32 %608, %611
	%613 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %612, i32 4, i32 0)
	%614 = icmp uge i32 %603, 4
	%615 = select i1 %614, i32 %613, i32 0
	%616 = add i32 %612, %615
	%617 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %616, i32 8, i32 0)
	%618 = icmp uge i32 %603, 8
	%619 = select i1 %618, i32 %617, i32 0
	%620 = add i32 %616, %619
	%621 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %620, i32 16, i32 0)
	%622 = icmp uge i32 %603, 16
	%623 = select i1 %622, i32 %621, i32 0
	%624 = add i32 %620, %623
	%625 = icmp eq i32 %603, 31
	br i1 %625, label %632, label %634

626:
	%627 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @oracle_select1_hist, i32 0, i32 %591
	%628 = call i32 @llvm.ctpop.i32(i32 %593)
	%629 = atomicrmw add i32 addrspace(3)* %627, i32 %628 monotonic
	br label %630

630:
	%631 = add i32 %581, 256
	br label %580

632:
	%633 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %604
	store i32 %624, i32 addrspace(3)* %633
	br label %634

634:
	call void @llvm.nvvm.barrier0()
	%635 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%636 = load i32, i32 addrspace(3)* %635
	%637 = icmp sgt i32 %604, 0
	%638 = select i1 %637, i32 %636, i32 0
	%639 = add i32 0, %638
	%640 = add i32 0, %636
	%641 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%642 = load i32, i32 addrspace(3)* %641
	%643 = icmp sgt i32 %604, 1
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %639, %644
	%646 = add i32 %640, %642
	%647 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%648 = load i32, i32 addrspace(3)* %647
	%649 = icmp sgt i32 %604, 2
	%650 = select i1 %649, i32 %648, i32 0
	%651 = add i32 %645, %650
	%652 = add i32 %646, %648
	%653 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%654 = load i32, i32 addrspace(3)* %653
	%655 = icmp sgt i32 %604, 3
	%656 = select i1 %655, i32 %654, i32 0
	%657 = add i32 %651, %656
	%658 = add i32 %652, %654
	%659 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%660 = load i32, i32 addrspace(3)* %659
	%661 = icmp sgt i32 %604, 4
	%662 = select i1 %661, i32 %660, i32 0
	%663 = add i32 %657, %662
	%664 = add i32 %658, %660
	%665 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%666 = load i32, i32 addrspace(3)* %665
	%667 = icmp sgt i32 %604, 5
	%668 = select i1 %667, i32 %666, i32 0
	%669 = add i32 %663, %668
	%670 = add i32 %664, %666
	%671 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%672 = load i32, i32 addrspace(3)* %671
	%673 = icmp sgt i32 %604, 6
	%674 = select i1 %673, i32 %672, i32 0
	%675 = add i32 %669, %674
	%676 = add i32 %670, %672
	%677 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
	%678 = load i32, i32 addrspace(3)* %677
	%679 = icmp sgt i32 %604, 7
	%680 = select i1 %679, i32 %678, i32 0
	%681 = add i32 %675, %680
	%682 = add i32 %676, %678
	%683 = add i32 %681, %624
	%684 = sub i32 %683, %602
	%685 = icmp slt i32 %684, %575
	%686 = add i32 %684, %602
	%687 = icmp sle i32 %575, %686
	%688 = and i1 %685, %687
	br i1 %688, label %689, label %692

689:
	%690 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	store i32 %600, i32 addrspace(3)* %690
	%691 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	store i32 %684, i32 addrspace(3)* %691
	br label %692

692:
	call void @llvm.nvvm.barrier0()
	%693 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 0
	%694 = load i32, i32 addrspace(3)* %693
	%695 = getelementptr [2 x i32], [2 x i32] addrspace(3)* @oracle_select1_sel, i32 0, i32 1
	%696 = load i32, i32 addrspace(3)* %695
	%697 = sub i32 %575, %696
	%698 = shl i32 %694, 0
	%699 = or i32 %577, %698
	%700 = or i32 %578, 255
	br label %701

701:
	%702 = phi i32 [ 0, %692 ], [ %877, %874 ]
	%703 = phi i32 [ 0, %692 ], [ %875, %874 ]
	%704 = phi i32 [ 0, %692 ], [ %876, %874 ]
	%705 = icmp slt i32 %702, %16
	br i1 %705, label %706, label %735

706:
	%707 = add i32 %702, %0
	%708 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %707
	%709 = load i32, i32 addrspace(3)* %708
	%710 = icmp eq i32 %709, %699
	%711 = zext i1 %710 to i32
	%712 = and i32 %0, 31
	%713 = lshr i32 %0, 5
	%714 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %711, i32 1, i32 0)
	%715 = icmp uge i32 %712, 1
	%716 = select i1 %715, i32 %714, i32 0
	%717 = add i32 %711, %716
	%718 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %717, i32 2, i32 0)
	%719 = icmp uge i32 %712, 2
	%720 = select i1 %719, i32 %718, i32 0
	%721 = add i32 %717, %720
	%722 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %721, i32 4, i32 0)
	%723 = icmp uge i32 %712, 4
	%724 = select i1 %723, i32 %722, i32 0
	%725 = add i32 %721, %724
	%726 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %725, i32 8, i32 0)
	%727 = icmp uge i32 %712, 8
	%728 = select i1 %727, i32 %726, i32 0
	%729 = add i32 %725, %728
	%730 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %729, i32 16, i32 0)
	%731 = icmp uge i32 %712, 16
	%732 = select i1 %731, i32 %730, i32 0
	%733 = add i32 %729, %732
	%734 = icmp eq i32 %712, 31
	br i1 %734, label %736, label %738

735:
	call void @llvm.nvvm.barrier0()
	br label %topk_done

736:
	%737 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 %713
	store i32 %733, i32 addrspace(3)* %737
	br label %738

738:
	call void @llvm.nvvm.barrier0()
	%739 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 0
	%740 = load i32, i32 addrspace(3)* %739
	%741 = icmp sgt i32 %713, 0
	%742 = select i1 %741, i32 %740, i32 0
	%743 = add i32 0, %742
	%744 = add i32 0, %740
	%745 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 1
	%746 = load i32, i32 addrspace(3)* %745
	%747 = icmp sgt i32 %713, 1
	%748 = select i1 %747, i32 %746, i32 0
	%749 = add i32 %743, %748
	%750 = add i32 %744, %746
	%751 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 2
	%752 = load i32, i32 addrspace(3)* %751
	%753 = icmp sgt i32 %713, 2
	%754 = select i1 %753, i32 %752, i32 0
	%755 = add i32 %749, %754
	%756 = add i32 %750, %752
	%757 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 3
	%758 = load i32, i32 addrspace(3)* %757
	%759 = icmp sgt i32 %713, 3
	%760 = select i1 %759, i32 %758, i32 0
	%761 = add i32 %755, %760
	%762 = add i32 %756, %758
	%763 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 4
	%764 = load i32, i32 addrspace(3)* %763
	%765 = icmp sgt i32 %713, 4
	%766 = select i1 %765, i32 %764, i32 0
	%767 = add i32 %761, %766
	%768 = add i32 %762, %764
	%769 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 5
	%770 = load i32, i32 addrspace(3)* %769
	%771 = icmp sgt i32 %713, 5
	%772 = select i1 %771, i32 %770, i32 0
	%773 = add i32 %767, %772
	%774 = add i32 %768, %770
	%775 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 6
	%776 = load i32, i32 addrspace(3)* %775
	%777 = icmp sgt i32 %713, 6
	%778 = select i1 %777, i32 %776, i32 0
	%779 = add i32 %773, %778
	%780 = add i32 %774, %776
	%781 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scana, i32 0, i32 7
	%782 = load i32, i32 addrspace(3)* %781
	%783 = icmp sgt i32 %713, 7
	%784 = select i1 %783, i32 %782, i32 0
	%785 = add i32 %779, %784
	%786 = add i32 %780, %782
	%787 = add i32 %785, %733
	%788 = sub i32 %787, %711
	%789 = icmp ugt i32 %709, %699
	%790 = add i32 %703, %788
	%791 = icmp slt i32 %790, %697
	%792 = and i1 %710, %791
	%793 = or i1 %789, %792
	%794 = zext i1 %793 to i32
	%795 = and i32 %0, 31
	%796 = lshr i32 %0, 5
	%797 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %794, i32 1, i32 0)
	%798 = icmp uge i32 %795, 1
	%799 = select i1 %798, i32 %797, i32 0
	%800 = add i32 %794, %799
	%801 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %800, i32 2, i32 0)
	%802 = icmp uge i32 %795, 2
	%803 = select i1 %802, i32 %801, i32 0
	%804 = add i32 %800, %803
	%805 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %804, i32 4, i32 0)
	%806 = icmp uge i32 %795, 4
	%807 = select i1 %806, i32 %805, i32 0
	%808 = add i32 %804, %807
	%809 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %808, i32 8, i32 0)
	%810 = icmp uge i32 %795, 8
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %808, %811
	%813 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %812, i32 16, i32 0)
	%814 = icmp uge i32 %795, 16
	%815 = select i1 %814, i32 %813, i32 0
	%816 = add i32 %812, %815
	%817 = icmp eq i32 %795, 31
	br i1 %817, label %818, label %820

818:
	%819 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 %796
	store i32 %816, i32 addrspace(3)* %819
	br label %820

820:
	call void @llvm.nvvm.barrier0()
	%821 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 0
	%822 = load i32, i32 addrspace(3)* %821
	%823 = icmp sgt i32 %796, 0
	%824 = select i1 %823, i32 %822, i32 0
	%825 = add i32 0, %824
	%826 = add i32 0, %822
	%827 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 1
	%828 = load i32, i32 addrspace(3)* %827
	%829 = icmp sgt i32 %796, 1
	%830 = select i1 %829, i32 %828, i32 0
	%831 = add i32 %825, %830
	%832 = add i32 %826, %828
	%833 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 2
	%834 = load i32, i32 addrspace(3)* %833
	%835 = icmp sgt i32 %796, 2
	%836 = select i1 %835, i32 %834, i32 0
	%837 = add i32 %831, %836
	%838 = add i32 %832, %834
	%839 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 3
	%840 = load i32, i32 addrspace(3)* %839
	%841 = icmp sgt i32 %796, 3
	%842 = select i1 %841, i32 %840, i32 0
	%843 = add i32 %837, %842
	%844 = add i32 %838, %840
	%845 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 4
	%846 = load i32, i32 addrspace(3)* %845
	%847 = icmp sgt i32 %796, 4
	%848 = select i1 %847, i32 %846, i32 0
	%849 = add i32 %843, %848
	%850 = add i32 %844, %846
	%851 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 5
	%852 = load i32, i32 addrspace(3)* %851
	%853 = icmp sgt i32 %796, 5
	%854 = select i1 %853, i32 %852, i32 0
	%855 = add i32 %849, %854
	%856 = add i32 %850, %852
	%857 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 6
	%858 = load i32, i32 addrspace(3)* %857
	%859 = icmp sgt i32 %796, 6
	%860 = select i1 %859, i32 %858, i32 0
	%861 = add i32 %855, %860
	%862 = add i32 %856, %858
	%863 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @oracle_select1_scanb, i32 0, i32 7
	%864 = load i32, i32 addrspace(3)* %863
	%865 = icmp sgt i32 %796, 7
	%866 = select i1 %865, i32 %864, i32 0
	%867 = add i32 %861, %866
	%868 = add i32 %862, %864
	%869 = add i32 %867, %816
	%870 = sub i32 %869, %794
	br i1 %793, label %871, label %874

871:
	%872 = add i32 %704, %870
	%873 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %872
	store i32 %707, i32 addrspace(3)* %873
	br label %874

874:
	%875 = add i32 %703, %786
	%876 = add i32 %704, %868
	%877 = add i32 %702, 256
	br label %701

878:
	%879 = phi i32 [ %213, %topk_done ], [ %883, %881 ]
	%880 = icmp slt i32 %879, %212
	br i1 %880, label %881, label %884

881:
	%882 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %879
	store i32 -1, i32 addrspace(3)* %882
	%883 = add i32 %879, 256
	br label %878

884:
	call void @llvm.nvvm.barrier0()
	%885 = add i32 %211, 1
	br label %886

886:
	%887 = phi i32 [ 1, %884 ], [ %900, %899 ]
	%888 = icmp slt i32 %887, %885
	br i1 %888, label %889, label %891

889:
	%890 = shl i32 1, %887
	br label %892

891:
	br label %938

892:
	%893 = phi i32 [ 0, %889 ], [ %908, %907 ]
	%894 = icmp slt i32 %893, %887
	br i1 %894, label %895, label %899

895:
	%896 = sub i32 %887, 1
	%897 = sub i32 %896, %893
	%898 = shl i32 1, %897
	br label %901

899:
	%900 = add i32 %887, 1
	br label %886

901:
	%902 = phi i32 [ %0, %895 ], [ %933, %932 ]
	%903 = icmp slt i32 %902, %212
	br i1 %903, label %904, label %907

904:
	%905 = xor i32 %902, %898
	%906 = icmp sgt i32 %905, %902
	br i1 %906, label %909, label %932

907:
	call void @llvm.nvvm.barrier0()
	%908 = add i32 %893, 1
	br label %892

909:
	%910 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %902
	%911 = load i32, i32 addrspace(3)* %910
	%912 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %905
	%913 = load i32, i32 addrspace(3)* %912
	%914 = and i32 %902, %890
	%915 = icmp eq i32 %914, 0
	%916 = icmp sge i32 %913, 0
	%917 = select i1 %916, i32 %913, i32 0
	%918 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %917
	%919 = load i32, i32 addrspace(3)* %918
	%920 = select i1 %916, i32 %919, i32 0
	%921 = icmp sge i32 %911, 0
	%922 = select i1 %921, i32 %911, i32 0
	%923 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %922
	%924 = load i32, i32 addrspace(3)* %923
	%925 = select i1 %921, i32 %924, i32 0
	%926 = icmp ugt i32 %920, %925
	%927 = icmp eq i32 %920, %925
	%928 = icmp slt i32 %913, %911
	%929 = and i1 %927, %928
	%930 = or i1 %926, %929
	%931 = icmp eq i1 %930, %915
	br i1 %931, label %934, label %937

932:
	%933 = add i32 %902, 256
	br label %901

934:
	%935 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %902
	store i32 %913, i32 addrspace(3)* %935
	%936 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %905
	store i32 %911, i32 addrspace(3)* %936
	br label %937

937:
	br label %932

938:
	%939 = phi i32 [ %0, %891 ], [ %952, %941 ]
	%940 = icmp slt i32 %939, %200
	br i1 %940, label %941, label %953

941:
	%942 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_c, i32 0, i32 %939
	%943 = load i32, i32 addrspace(3)* %942
	%944 = add i32 %140, %939
	%945 = add i32 %13, %944
	%946 = sext i32 %945 to i64
	%947 = getelementptr i32, i32* %list, i64 %946
	store i32 %943, i32* %947
	%948 = add i32 %13, %NK
	%949 = add i32 %948, %944
	%950 = sext i32 %949 to i64
	%951 = getelementptr i32, i32* %list, i64 %950
	store i32 0, i32* %951
	%952 = add i32 %939, 256
	br label %938

953:
	call void @llvm.nvvm.barrier0()
	%954 = icmp eq i32 %4, 0
	br i1 %954, label %955, label %958

955:
	%956 = getelementptr [1 x double], [1 x double] addrspace(3)* @oracle_select1_mass, i32 0, i32 0
	%957 = load double, double addrspace(3)* %956
	br label %969

958:
	call void @llvm.nvvm.barrier0()
	%959 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 1
	%960 = load i32, i32 addrspace(3)* %959
	%961 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 2
	%962 = load i32, i32 addrspace(3)* %961
	%963 = icmp ne i32 %962, 0
	%964 = icmp sge i32 %200, %141
	%965 = or i1 %963, %964
	%966 = mul i32 %200, 4
	%967 = icmp slt i32 %966, %141
	%968 = select i1 %967, i32 %966, i32 %141
	br i1 %965, label %mass_done, label %mass

969:
	%970 = phi i32 [ 0, %955 ], [ %1311, %989 ]
	%971 = phi double [ %957, %955 ], [ %1308, %989 ]
	%972 = phi i32 [ 0, %955 ], [ %1310, %989 ]
	%973 = icmp slt i32 %970, %200
	br i1 %973, label %974, label %977

974:
	%975 = add i32 %970, %3
	%976 = icmp slt i32 %975, %200
	br i1 %976, label %979, label %989

977:
	%978 = icmp eq i32 %3, 0
	br i1 %978, label %1312, label %1317

979:
	%980 = add i32 %13, %140
	%981 = add i32 %980, %975
	%982 = sext i32 %981 to i64
	%983 = getelementptr i32, i32* %list, i64 %982
	%984 = load i32, i32* %983
	%985 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @oracle_select1_x, i32 0, i32 %984
	%986 = load i32, i32 addrspace(3)* %985
	%987 = sub i32 %986, 2
	%988 = bitcast i32 %987 to float
	br label %989

989:
	%990 = phi float [ 0.0, %974 ], [ %988, %979 ]
	%991 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 0, i32 31)
	%992 = fcmp olt double %971, 0x3FEE666666666666
	%993 = add i32 %970, 0
	%994 = icmp slt i32 %993, %200
	%995 = and i1 %992, %994
	%996 = fpext float %991 to double
	%997 = fadd double %971, %996
	%998 = select i1 %995, double %997, double %971
	%999 = add i32 %972, 1
	%1000 = select i1 %995, i32 %999, i32 %972
	%1001 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 1, i32 31)
	%1002 = fcmp olt double %998, 0x3FEE666666666666
	%1003 = add i32 %970, 1
	%1004 = icmp slt i32 %1003, %200
	%1005 = and i1 %1002, %1004
	%1006 = fpext float %1001 to double
	%1007 = fadd double %998, %1006
	%1008 = select i1 %1005, double %1007, double %998
	%1009 = add i32 %1000, 1
	%1010 = select i1 %1005, i32 %1009, i32 %1000
	%1011 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 2, i32 31)
	%1012 = fcmp olt double %1008, 0x3FEE666666666666
	%1013 = add i32 %970, 2
	%1014 = icmp slt i32 %1013, %200
	%1015 = and i1 %1012, %1014
	%1016 = fpext float %1011 to double
	%1017 = fadd double %1008, %1016
	%1018 = select i1 %1015, double %1017, double %1008
	%1019 = add i32 %1010, 1
	%1020 = select i1 %1015, i32 %1019, i32 %1010
	%1021 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 3, i32 31)
	%1022 = fcmp olt double %1018, 0x3FEE666666666666
	%1023 = add i32 %970, 3
	%1024 = icmp slt i32 %1023, %200
	%1025 = and i1 %1022, %1024
	%1026 = fpext float %1021 to double
	%1027 = fadd double %1018, %1026
	%1028 = select i1 %1025, double %1027, double %1018
	%1029 = add i32 %1020, 1
	%1030 = select i1 %1025, i32 %1029, i32 %1020
	%1031 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 4, i32 31)
	%1032 = fcmp olt double %1028, 0x3FEE666666666666
	%1033 = add i32 %970, 4
	%1034 = icmp slt i32 %1033, %200
	%1035 = and i1 %1032, %1034
	%1036 = fpext float %1031 to double
	%1037 = fadd double %1028, %1036
	%1038 = select i1 %1035, double %1037, double %1028
	%1039 = add i32 %1030, 1
	%1040 = select i1 %1035, i32 %1039, i32 %1030
	%1041 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 5, i32 31)
	%1042 = fcmp olt double %1038, 0x3FEE666666666666
	%1043 = add i32 %970, 5
	%1044 = icmp slt i32 %1043, %200
	%1045 = and i1 %1042, %1044
	%1046 = fpext float %1041 to double
	%1047 = fadd double %1038, %1046
	%1048 = select i1 %1045, double %1047, double %1038
	%1049 = add i32 %1040, 1
	%1050 = select i1 %1045, i32 %1049, i32 %1040
	%1051 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 6, i32 31)
	%1052 = fcmp olt double %1048, 0x3FEE666666666666
	%1053 = add i32 %970, 6
	%1054 = icmp slt i32 %1053, %200
	%1055 = and i1 %1052, %1054
	%1056 = fpext float %1051 to double
	%1057 = fadd double %1048, %1056
	%1058 = select i1 %1055, double %1057, double %1048
	%1059 = add i32 %1050, 1
	%1060 = select i1 %1055, i32 %1059, i32 %1050
	%1061 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 7, i32 31)
	%1062 = fcmp olt double %1058, 0x3FEE666666666666
	%1063 = add i32 %970, 7
	%1064 = icmp slt i32 %1063, %200
	%1065 = and i1 %1062, %1064
	%1066 = fpext float %1061 to double
	%1067 = fadd double %1058, %1066
	%1068 = select i1 %1065, double %1067, double %1058
	%1069 = add i32 %1060, 1
	%1070 = select i1 %1065, i32 %1069, i32 %1060
	%1071 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 8, i32 31)
	%1072 = fcmp olt double %1068, 0x3FEE666666666666
	%1073 = add i32 %970, 8
	%1074 = icmp slt i32 %1073, %200
	%1075 = and i1 %1072, %1074
	%1076 = fpext float %1071 to double
	%1077 = fadd double %1068, %1076
	%1078 = select i1 %1075, double %1077, double %1068
	%1079 = add i32 %1070, 1
	%1080 = select i1 %1075, i32 %1079, i32 %1070
	%1081 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 9, i32 31)
	%1082 = fcmp olt double %1078, 0x3FEE666666666666
	%1083 = add i32 %970, 9
	%1084 = icmp slt i32 %1083, %200
	%1085 = and i1 %1082, %1084
	%1086 = fpext float %1081 to double
	%1087 = fadd double %1078, %1086
	%1088 = select i1 %1085, double %1087, double %1078
	%1089 = add i32 %1080, 1
	%1090 = select i1 %1085, i32 %1089, i32 %1080
	%1091 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 10, i32 31)
	%1092 = fcmp olt double %1088, 0x3FEE666666666666
	%1093 = add i32 %970, 10
	%1094 = icmp slt i32 %1093, %200
	%1095 = and i1 %1092, %1094
	%1096 = fpext float %1091 to double
	%1097 = fadd double %1088, %1096
	%1098 = select i1 %1095, double %1097, double %1088
	%1099 = add i32 %1090, 1
	%1100 = select i1 %1095, i32 %1099, i32 %1090
	%1101 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 11, i32 31)
	%1102 = fcmp olt double %1098, 0x3FEE666666666666
	%1103 = add i32 %970, 11
	%1104 = icmp slt i32 %1103, %200
	%1105 = and i1 %1102, %1104
	%1106 = fpext float %1101 to double
	%1107 = fadd double %1098, %1106
	%1108 = select i1 %1105, double %1107, double %1098
	%1109 = add i32 %1100, 1
	%1110 = select i1 %1105, i32 %1109, i32 %1100
	%1111 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 12, i32 31)
	%1112 = fcmp olt double %1108, 0x3FEE666666666666
	%1113 = add i32 %970, 12
	%1114 = icmp slt i32 %1113, %200
	%1115 = and i1 %1112, %1114
	%1116 = fpext float %1111 to double
	%1117 = fadd double %1108, %1116
	%1118 = select i1 %1115, double %1117, double %1108
	%1119 = add i32 %1110, 1
	%1120 = select i1 %1115, i32 %1119, i32 %1110
	%1121 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 13, i32 31)
	%1122 = fcmp olt double %1118, 0x3FEE666666666666
	%1123 = add i32 %970, 13
	%1124 = icmp slt i32 %1123, %200
	%1125 = and i1 %1122, %1124
	%1126 = fpext float %1121 to double
	%1127 = fadd double %1118, %1126
	%1128 = select i1 %1125, double %1127, double %1118
	%1129 = add i32 %1120, 1
	%1130 = select i1 %1125, i32 %1129, i32 %1120
	%1131 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 14, i32 31)
	%1132 = fcmp olt double %1128, 0x3FEE666666666666
	%1133 = add i32 %970, 14
	%1134 = icmp slt i32 %1133, %200
	%1135 = and i1 %1132, %1134
	%1136 = fpext float %1131 to double
	%1137 = fadd double %1128, %1136
	%1138 = select i1 %1135, double %1137, double %1128
	%1139 = add i32 %1130, 1
	%1140 = select i1 %1135, i32 %1139, i32 %1130
	%1141 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 15, i32 31)
	%1142 = fcmp olt double %1138, 0x3FEE666666666666
	%1143 = add i32 %970, 15
	%1144 = icmp slt i32 %1143, %200
	%1145 = and i1 %1142, %1144
	%1146 = fpext float %1141 to double
	%1147 = fadd double %1138, %1146
	%1148 = select i1 %1145, double %1147, double %1138
	%1149 = add i32 %1140, 1
	%1150 = select i1 %1145, i32 %1149, i32 %1140
	%1151 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 16, i32 31)
	%1152 = fcmp olt double %1148, 0x3FEE666666666666
	%1153 = add i32 %970, 16
	%1154 = icmp slt i32 %1153, %200
	%1155 = and i1 %1152, %1154
	%1156 = fpext float %1151 to double
	%1157 = fadd double %1148, %1156
	%1158 = select i1 %1155, double %1157, double %1148
	%1159 = add i32 %1150, 1
	%1160 = select i1 %1155, i32 %1159, i32 %1150
	%1161 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 17, i32 31)
	%1162 = fcmp olt double %1158, 0x3FEE666666666666
	%1163 = add i32 %970, 17
	%1164 = icmp slt i32 %1163, %200
	%1165 = and i1 %1162, %1164
	%1166 = fpext float %1161 to double
	%1167 = fadd double %1158, %1166
	%1168 = select i1 %1165, double %1167, double %1158
	%1169 = add i32 %1160, 1
	%1170 = select i1 %1165, i32 %1169, i32 %1160
	%1171 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 18, i32 31)
	%1172 = fcmp olt double %1168, 0x3FEE666666666666
	%1173 = add i32 %970, 18
	%1174 = icmp slt i32 %1173, %200
	%1175 = and i1 %1172, %1174
	%1176 = fpext float %1171 to double
	%1177 = fadd double %1168, %1176
	%1178 = select i1 %1175, double %1177, double %1168
	%1179 = add i32 %1170, 1
	%1180 = select i1 %1175, i32 %1179, i32 %1170
	%1181 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 19, i32 31)
	%1182 = fcmp olt double %1178, 0x3FEE666666666666
	%1183 = add i32 %970, 19
	%1184 = icmp slt i32 %1183, %200
	%1185 = and i1 %1182, %1184
	%1186 = fpext float %1181 to double
	%1187 = fadd double %1178, %1186
	%1188 = select i1 %1185, double %1187, double %1178
	%1189 = add i32 %1180, 1
	%1190 = select i1 %1185, i32 %1189, i32 %1180
	%1191 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 20, i32 31)
	%1192 = fcmp olt double %1188, 0x3FEE666666666666
	%1193 = add i32 %970, 20
	%1194 = icmp slt i32 %1193, %200
	%1195 = and i1 %1192, %1194
	%1196 = fpext float %1191 to double
	%1197 = fadd double %1188, %1196
	%1198 = select i1 %1195, double %1197, double %1188
	%1199 = add i32 %1190, 1
	%1200 = select i1 %1195, i32 %1199, i32 %1190
	%1201 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 21, i32 31)
	%1202 = fcmp olt double %1198, 0x3FEE666666666666
	%1203 = add i32 %970, 21
	%1204 = icmp slt i32 %1203, %200
	%1205 = and i1 %1202, %1204
	%1206 = fpext float %1201 to double
	%1207 = fadd double %1198, %1206
	%1208 = select i1 %1205, double %1207, double %1198
	%1209 = add i32 %1200, 1
	%1210 = select i1 %1205, i32 %1209, i32 %1200
	%1211 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 22, i32 31)
	%1212 = fcmp olt double %1208, 0x3FEE666666666666
	%1213 = add i32 %970, 22
	%1214 = icmp slt i32 %1213, %200
	%1215 = and i1 %1212, %1214
	%1216 = fpext float %1211 to double
	%1217 = fadd double %1208, %1216
	%1218 = select i1 %1215, double %1217, double %1208
	%1219 = add i32 %1210, 1
	%1220 = select i1 %1215, i32 %1219, i32 %1210
	%1221 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 23, i32 31)
	%1222 = fcmp olt double %1218, 0x3FEE666666666666
	%1223 = add i32 %970, 23
	%1224 = icmp slt i32 %1223, %200
	%1225 = and i1 %1222, %1224
	%1226 = fpext float %1221 to double
	%1227 = fadd double %1218, %1226
	%1228 = select i1 %1225, double %1227, double %1218
	%1229 = add i32 %1220, 1
	%1230 = select i1 %1225, i32 %1229, i32 %1220
	%1231 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 24, i32 31)
	%1232 = fcmp olt double %1228, 0x3FEE666666666666
	%1233 = add i32 %970, 24
	%1234 = icmp slt i32 %1233, %200
	%1235 = and i1 %1232, %1234
	%1236 = fpext float %1231 to double
	%1237 = fadd double %1228, %1236
	%1238 = select i1 %1235, double %1237, double %1228
	%1239 = add i32 %1230, 1
	%1240 = select i1 %1235, i32 %1239, i32 %1230
	%1241 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 25, i32 31)
	%1242 = fcmp olt double %1238, 0x3FEE666666666666
	%1243 = add i32 %970, 25
	%1244 = icmp slt i32 %1243, %200
	%1245 = and i1 %1242, %1244
	%1246 = fpext float %1241 to double
	%1247 = fadd double %1238, %1246
	%1248 = select i1 %1245, double %1247, double %1238
	%1249 = add i32 %1240, 1
	%1250 = select i1 %1245, i32 %1249, i32 %1240
	%1251 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 26, i32 31)
	%1252 = fcmp olt double %1248, 0x3FEE666666666666
	%1253 = add i32 %970, 26
	%1254 = icmp slt i32 %1253, %200
	%1255 = and i1 %1252, %1254
	%1256 = fpext float %1251 to double
	%1257 = fadd double %1248, %1256
	%1258 = select i1 %1255, double %1257, double %1248
	%1259 = add i32 %1250, 1
	%1260 = select i1 %1255, i32 %1259, i32 %1250
	%1261 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 27, i32 31)
	%1262 = fcmp olt double %1258, 0x3FEE666666666666
	%1263 = add i32 %970, 27
	%1264 = icmp slt i32 %1263, %200
	%1265 = and i1 %1262, %1264
	%1266 = fpext float %1261 to double
	%1267 = fadd double %1258, %1266
	%1268 = select i1 %1265, double %1267, double %1258
	%1269 = add i32 %1260, 1
	%1270 = select i1 %1265, i32 %1269, i32 %1260
	%1271 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 28, i32 31)
	%1272 = fcmp olt double %1268, 0x3FEE666666666666
	%1273 = add i32 %970, 28
	%1274 = icmp slt i32 %1273, %200
	%1275 = and i1 %1272, %1274
	%1276 = fpext float %1271 to double
	%1277 = fadd double %1268, %1276
	%1278 = select i1 %1275, double %1277, double %1268
	%1279 = add i32 %1270, 1
	%1280 = select i1 %1275, i32 %1279, i32 %1270
	%1281 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 29, i32 31)
	%1282 = fcmp olt double %1278, 0x3FEE666666666666
	%1283 = add i32 %970, 29
	%1284 = icmp slt i32 %1283, %200
	%1285 = and i1 %1282, %1284
	%1286 = fpext float %1281 to double
	%1287 = fadd double %1278, %1286
	%1288 = select i1 %1285, double %1287, double %1278
	%1289 = add i32 %1280, 1
	%1290 = select i1 %1285, i32 %1289, i32 %1280
	%1291 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 30, i32 31)
	%1292 = fcmp olt double %1288, 0x3FEE666666666666
	%1293 = add i32 %970, 30
	%1294 = icmp slt i32 %1293, %200
	%1295 = and i1 %1292, %1294
	%1296 = fpext float %1291 to double
	%1297 = fadd double %1288, %1296
	%1298 = select i1 %1295, double %1297, double %1288
	%1299 = add i32 %1290, 1
	%1300 = select i1 %1295, i32 %1299, i32 %1290
	%1301 = call float @llvm.nvvm.shfl.sync.idx.f32(i32 -1, float %990, i32 31, i32 31)
	%1302 = fcmp olt double %1298, 0x3FEE666666666666
	%1303 = add i32 %970, 31
	%1304 = icmp slt i32 %1303, %200
	%1305 = and i1 %1302, %1304
	%1306 = fpext float %1301 to double
	%1307 = fadd double %1298, %1306
	%1308 = select i1 %1305, double %1307, double %1298
	%1309 = add i32 %1300, 1
	%1310 = select i1 %1305, i32 %1309, i32 %1300
	%1311 = add i32 %970, 32
	br label %969

1312:
	%1313 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 1
	store i32 %972, i32 addrspace(3)* %1313
	%1314 = fcmp oge double %971, 0x3FEE666666666666
	%1315 = zext i1 %1314 to i32
	%1316 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @oracle_select1_cnt, i32 0, i32 2
	store i32 %1315, i32 addrspace(3)* %1316
	br label %1317

1317:
	br label %958

1318:
	%1319 = phi i32 [ %205, %mass_done ], [ %1329, %1321 ]
	%1320 = icmp slt i32 %1319, %NK
	br i1 %1320, label %1321, label %1330

1321:
	%1322 = add i32 %13, %1319
	%1323 = sext i32 %1322 to i64
	%1324 = getelementptr i32, i32* %list, i64 %1323
	store i32 -1, i32* %1324
	%1325 = add i32 %13, %NK
	%1326 = add i32 %1325, %1319
	%1327 = sext i32 %1326 to i64
	%1328 = getelementptr i32, i32* %list, i64 %1327
	store i32 -1, i32* %1328
	%1329 = add i32 %1319, 256
	br label %1318

1330:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

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
	%46 = add i32 %3, 128
	%47 = icmp slt i32 %46, %T
	%48 = add i32 %3, 128
	%49 = select i1 %47, i32 %48, i32 %T
	%50 = add i32 %49, 63
	%51 = sdiv i32 %50, 64
	br label %52

52:
	%53 = phi i32 [ 0, %entry ], [ %1623, %1622 ]
	%54 = phi float [ 0xFFF0000000000000, %entry ], [ %1387, %1622 ]
	%55 = phi float [ 0xFFF0000000000000, %entry ], [ %1475, %1622 ]
	%56 = phi float [ 0.0, %entry ], [ %1440, %1622 ]
	%57 = phi float [ 0.0, %entry ], [ %1528, %1622 ]
	%58 = icmp slt i32 %53, %51
	br i1 %58, label %59, label %61

59:
	%60 = mul i32 %53, 64
	br label %73

61:
	%62 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %56, i32 1, i32 31)
	%63 = fadd float %56, %62
	%64 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %63, i32 2, i32 31)
	%65 = fadd float %63, %64
	%66 = mul i32 %4, 16
	%67 = add i32 %6, 0
	%68 = add i32 %66, %67
	%69 = add i32 %3, %68
	%70 = icmp slt i32 %69, %R
	%71 = icmp eq i32 %7, 0
	%72 = and i1 %70, %71
	br i1 %72, label %1624, label %1637

73:
	%74 = phi i32 [ 0, %59 ], [ %918, %108 ]
	%75 = phi float [ 0.0, %59 ], [ %861, %108 ]
	%76 = phi float [ 0.0, %59 ], [ %862, %108 ]
	%77 = phi float [ 0.0, %59 ], [ %863, %108 ]
	%78 = phi float [ 0.0, %59 ], [ %864, %108 ]
	%79 = phi float [ 0.0, %59 ], [ %866, %108 ]
	%80 = phi float [ 0.0, %59 ], [ %867, %108 ]
	%81 = phi float [ 0.0, %59 ], [ %868, %108 ]
	%82 = phi float [ 0.0, %59 ], [ %869, %108 ]
	%83 = phi float [ 0.0, %59 ], [ %877, %108 ]
	%84 = phi float [ 0.0, %59 ], [ %878, %108 ]
	%85 = phi float [ 0.0, %59 ], [ %879, %108 ]
	%86 = phi float [ 0.0, %59 ], [ %880, %108 ]
	%87 = phi float [ 0.0, %59 ], [ %882, %108 ]
	%88 = phi float [ 0.0, %59 ], [ %883, %108 ]
	%89 = phi float [ 0.0, %59 ], [ %884, %108 ]
	%90 = phi float [ 0.0, %59 ], [ %885, %108 ]
	%91 = phi float [ 0.0, %59 ], [ %893, %108 ]
	%92 = phi float [ 0.0, %59 ], [ %894, %108 ]
	%93 = phi float [ 0.0, %59 ], [ %895, %108 ]
	%94 = phi float [ 0.0, %59 ], [ %896, %108 ]
	%95 = phi float [ 0.0, %59 ], [ %898, %108 ]
	%96 = phi float [ 0.0, %59 ], [ %899, %108 ]
	%97 = phi float [ 0.0, %59 ], [ %900, %108 ]
	%98 = phi float [ 0.0, %59 ], [ %901, %108 ]
	%99 = phi float [ 0.0, %59 ], [ %909, %108 ]
	%100 = phi float [ 0.0, %59 ], [ %910, %108 ]
	%101 = phi float [ 0.0, %59 ], [ %911, %108 ]
	%102 = phi float [ 0.0, %59 ], [ %912, %108 ]
	%103 = phi float [ 0.0, %59 ], [ %914, %108 ]
	%104 = phi float [ 0.0, %59 ], [ %915, %108 ]
	%105 = phi float [ 0.0, %59 ], [ %916, %108 ]
	%106 = phi float [ 0.0, %59 ], [ %917, %108 ]
	%107 = icmp slt i32 %74, 1
	br i1 %107, label %108, label %919

108:
	%109 = sub i32 0, %74
	%110 = add i32 %0, 0
	%111 = lshr i32 %110, 4
	%112 = and i32 %110, 15
	%113 = add i32 %3, %111
	%114 = mul i32 %113, 1
	%115 = add i32 %114, %109
	%116 = icmp slt i32 %115, %M
	%117 = select i1 %116, i32 %115, i32 0
	%118 = mul i32 %117, 128
	%119 = mul i32 %112, 8
	%120 = add i32 %118, %119
	%121 = and i32 %111, 7
	%122 = xor i32 %112, %121
	%123 = mul i32 %111, 16
	%124 = add i32 %123, %122
	%125 = shl i32 %124, 4
	%126 = add i32 %19, %125
	%127 = sext i32 %120 to i64
	%128 = getelementptr i16, i16* %12, i64 %127
	%129 = select i1 %116, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %126, i16* %128, i32 %129)
	%130 = add i32 %0, 256
	%131 = lshr i32 %130, 4
	%132 = and i32 %130, 15
	%133 = add i32 %3, %131
	%134 = mul i32 %133, 1
	%135 = add i32 %134, %109
	%136 = icmp slt i32 %135, %M
	%137 = select i1 %136, i32 %135, i32 0
	%138 = mul i32 %137, 128
	%139 = mul i32 %132, 8
	%140 = add i32 %138, %139
	%141 = and i32 %131, 7
	%142 = xor i32 %132, %141
	%143 = mul i32 %131, 16
	%144 = add i32 %143, %142
	%145 = shl i32 %144, 4
	%146 = add i32 %19, %145
	%147 = sext i32 %140 to i64
	%148 = getelementptr i16, i16* %12, i64 %147
	%149 = select i1 %136, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %146, i16* %148, i32 %149)
	%150 = add i32 %0, 512
	%151 = lshr i32 %150, 4
	%152 = and i32 %150, 15
	%153 = add i32 %3, %151
	%154 = mul i32 %153, 1
	%155 = add i32 %154, %109
	%156 = icmp slt i32 %155, %M
	%157 = select i1 %156, i32 %155, i32 0
	%158 = mul i32 %157, 128
	%159 = mul i32 %152, 8
	%160 = add i32 %158, %159
	%161 = and i32 %151, 7
	%162 = xor i32 %152, %161
	%163 = mul i32 %151, 16
	%164 = add i32 %163, %162
	%165 = shl i32 %164, 4
	%166 = add i32 %19, %165
	%167 = sext i32 %160 to i64
	%168 = getelementptr i16, i16* %12, i64 %167
	%169 = select i1 %156, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %166, i16* %168, i32 %169)
	%170 = add i32 %0, 768
	%171 = lshr i32 %170, 4
	%172 = and i32 %170, 15
	%173 = add i32 %3, %171
	%174 = mul i32 %173, 1
	%175 = add i32 %174, %109
	%176 = icmp slt i32 %175, %M
	%177 = select i1 %176, i32 %175, i32 0
	%178 = mul i32 %177, 128
	%179 = mul i32 %172, 8
	%180 = add i32 %178, %179
	%181 = and i32 %171, 7
	%182 = xor i32 %172, %181
	%183 = mul i32 %171, 16
	%184 = add i32 %183, %182
	%185 = shl i32 %184, 4
	%186 = add i32 %19, %185
	%187 = sext i32 %180 to i64
	%188 = getelementptr i16, i16* %12, i64 %187
	%189 = select i1 %176, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %186, i16* %188, i32 %189)
	%190 = add i32 %0, 1024
	%191 = lshr i32 %190, 4
	%192 = and i32 %190, 15
	%193 = add i32 %3, %191
	%194 = mul i32 %193, 1
	%195 = add i32 %194, %109
	%196 = icmp slt i32 %195, %M
	%197 = select i1 %196, i32 %195, i32 0
	%198 = mul i32 %197, 128
	%199 = mul i32 %192, 8
	%200 = add i32 %198, %199
	%201 = and i32 %191, 7
	%202 = xor i32 %192, %201
	%203 = mul i32 %191, 16
	%204 = add i32 %203, %202
	%205 = shl i32 %204, 4
	%206 = add i32 %19, %205
	%207 = sext i32 %200 to i64
	%208 = getelementptr i16, i16* %12, i64 %207
	%209 = select i1 %196, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %206, i16* %208, i32 %209)
	%210 = add i32 %0, 1280
	%211 = lshr i32 %210, 4
	%212 = and i32 %210, 15
	%213 = add i32 %3, %211
	%214 = mul i32 %213, 1
	%215 = add i32 %214, %109
	%216 = icmp slt i32 %215, %M
	%217 = select i1 %216, i32 %215, i32 0
	%218 = mul i32 %217, 128
	%219 = mul i32 %212, 8
	%220 = add i32 %218, %219
	%221 = and i32 %211, 7
	%222 = xor i32 %212, %221
	%223 = mul i32 %211, 16
	%224 = add i32 %223, %222
	%225 = shl i32 %224, 4
	%226 = add i32 %19, %225
	%227 = sext i32 %220 to i64
	%228 = getelementptr i16, i16* %12, i64 %227
	%229 = select i1 %216, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %226, i16* %228, i32 %229)
	%230 = add i32 %0, 1536
	%231 = lshr i32 %230, 4
	%232 = and i32 %230, 15
	%233 = add i32 %3, %231
	%234 = mul i32 %233, 1
	%235 = add i32 %234, %109
	%236 = icmp slt i32 %235, %M
	%237 = select i1 %236, i32 %235, i32 0
	%238 = mul i32 %237, 128
	%239 = mul i32 %232, 8
	%240 = add i32 %238, %239
	%241 = and i32 %231, 7
	%242 = xor i32 %232, %241
	%243 = mul i32 %231, 16
	%244 = add i32 %243, %242
	%245 = shl i32 %244, 4
	%246 = add i32 %19, %245
	%247 = sext i32 %240 to i64
	%248 = getelementptr i16, i16* %12, i64 %247
	%249 = select i1 %236, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %246, i16* %248, i32 %249)
	%250 = add i32 %0, 1792
	%251 = lshr i32 %250, 4
	%252 = and i32 %250, 15
	%253 = add i32 %3, %251
	%254 = mul i32 %253, 1
	%255 = add i32 %254, %109
	%256 = icmp slt i32 %255, %M
	%257 = select i1 %256, i32 %255, i32 0
	%258 = mul i32 %257, 128
	%259 = mul i32 %252, 8
	%260 = add i32 %258, %259
	%261 = and i32 %251, 7
	%262 = xor i32 %252, %261
	%263 = mul i32 %251, 16
	%264 = add i32 %263, %262
	%265 = shl i32 %264, 4
	%266 = add i32 %19, %265
	%267 = sext i32 %260 to i64
	%268 = getelementptr i16, i16* %12, i64 %267
	%269 = select i1 %256, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %268, i32 %269)
	%270 = add i32 %0, 0
	%271 = lshr i32 %270, 4
	%272 = and i32 %270, 15
	%273 = add i32 %60, %271
	%274 = mul i32 %273, 1
	%275 = add i32 %274, %74
	%276 = icmp slt i32 %275, %N
	%277 = select i1 %276, i32 %275, i32 0
	%278 = mul i32 %277, 128
	%279 = mul i32 %272, 8
	%280 = add i32 %278, %279
	%281 = and i32 %271, 7
	%282 = xor i32 %272, %281
	%283 = mul i32 %271, 16
	%284 = add i32 %283, %282
	%285 = shl i32 %284, 4
	%286 = add i32 %20, %285
	%287 = sext i32 %280 to i64
	%288 = getelementptr i16, i16* %16, i64 %287
	%289 = select i1 %276, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %286, i16* %288, i32 %289)
	%290 = add i32 %0, 256
	%291 = lshr i32 %290, 4
	%292 = and i32 %290, 15
	%293 = add i32 %60, %291
	%294 = mul i32 %293, 1
	%295 = add i32 %294, %74
	%296 = icmp slt i32 %295, %N
	%297 = select i1 %296, i32 %295, i32 0
	%298 = mul i32 %297, 128
	%299 = mul i32 %292, 8
	%300 = add i32 %298, %299
	%301 = and i32 %291, 7
	%302 = xor i32 %292, %301
	%303 = mul i32 %291, 16
	%304 = add i32 %303, %302
	%305 = shl i32 %304, 4
	%306 = add i32 %20, %305
	%307 = sext i32 %300 to i64
	%308 = getelementptr i16, i16* %16, i64 %307
	%309 = select i1 %296, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %306, i16* %308, i32 %309)
	%310 = add i32 %0, 512
	%311 = lshr i32 %310, 4
	%312 = and i32 %310, 15
	%313 = add i32 %60, %311
	%314 = mul i32 %313, 1
	%315 = add i32 %314, %74
	%316 = icmp slt i32 %315, %N
	%317 = select i1 %316, i32 %315, i32 0
	%318 = mul i32 %317, 128
	%319 = mul i32 %312, 8
	%320 = add i32 %318, %319
	%321 = and i32 %311, 7
	%322 = xor i32 %312, %321
	%323 = mul i32 %311, 16
	%324 = add i32 %323, %322
	%325 = shl i32 %324, 4
	%326 = add i32 %20, %325
	%327 = sext i32 %320 to i64
	%328 = getelementptr i16, i16* %16, i64 %327
	%329 = select i1 %316, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %326, i16* %328, i32 %329)
	%330 = add i32 %0, 768
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %60, %331
	%334 = mul i32 %333, 1
	%335 = add i32 %334, %74
	%336 = icmp slt i32 %335, %N
	%337 = select i1 %336, i32 %335, i32 0
	%338 = mul i32 %337, 128
	%339 = mul i32 %332, 8
	%340 = add i32 %338, %339
	%341 = and i32 %331, 7
	%342 = xor i32 %332, %341
	%343 = mul i32 %331, 16
	%344 = add i32 %343, %342
	%345 = shl i32 %344, 4
	%346 = add i32 %20, %345
	%347 = sext i32 %340 to i64
	%348 = getelementptr i16, i16* %16, i64 %347
	%349 = select i1 %336, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %346, i16* %348, i32 %349)
	call void asm sideeffect "cp.async.commit_group;", ""()
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%350 = xor i32 %34, 0
	%351 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %350)
	%352 = extractvalue { i32, i32, i32, i32 } %351, 0
	%353 = extractvalue { i32, i32, i32, i32 } %351, 1
	%354 = extractvalue { i32, i32, i32, i32 } %351, 2
	%355 = extractvalue { i32, i32, i32, i32 } %351, 3
	%356 = xor i32 %45, 0
	%357 = add i32 %356, 0
	%358 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %357)
	%359 = extractvalue { i32, i32, i32, i32 } %358, 0
	%360 = extractvalue { i32, i32, i32, i32 } %358, 1
	%361 = extractvalue { i32, i32, i32, i32 } %358, 2
	%362 = extractvalue { i32, i32, i32, i32 } %358, 3
	%363 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %359, i32 %360, float %75, float %76, float %77, float %78)
	%364 = extractvalue { float, float, float, float } %363, 0
	%365 = extractvalue { float, float, float, float } %363, 1
	%366 = extractvalue { float, float, float, float } %363, 2
	%367 = extractvalue { float, float, float, float } %363, 3
	%368 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %361, i32 %362, float %79, float %80, float %81, float %82)
	%369 = extractvalue { float, float, float, float } %368, 0
	%370 = extractvalue { float, float, float, float } %368, 1
	%371 = extractvalue { float, float, float, float } %368, 2
	%372 = extractvalue { float, float, float, float } %368, 3
	%373 = add i32 %356, u0x1000
	%374 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %373)
	%375 = extractvalue { i32, i32, i32, i32 } %374, 0
	%376 = extractvalue { i32, i32, i32, i32 } %374, 1
	%377 = extractvalue { i32, i32, i32, i32 } %374, 2
	%378 = extractvalue { i32, i32, i32, i32 } %374, 3
	%379 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %375, i32 %376, float %83, float %84, float %85, float %86)
	%380 = extractvalue { float, float, float, float } %379, 0
	%381 = extractvalue { float, float, float, float } %379, 1
	%382 = extractvalue { float, float, float, float } %379, 2
	%383 = extractvalue { float, float, float, float } %379, 3
	%384 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %377, i32 %378, float %87, float %88, float %89, float %90)
	%385 = extractvalue { float, float, float, float } %384, 0
	%386 = extractvalue { float, float, float, float } %384, 1
	%387 = extractvalue { float, float, float, float } %384, 2
	%388 = extractvalue { float, float, float, float } %384, 3
	%389 = add i32 %356, u0x2000
	%390 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %389)
	%391 = extractvalue { i32, i32, i32, i32 } %390, 0
	%392 = extractvalue { i32, i32, i32, i32 } %390, 1
	%393 = extractvalue { i32, i32, i32, i32 } %390, 2
	%394 = extractvalue { i32, i32, i32, i32 } %390, 3
	%395 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %391, i32 %392, float %91, float %92, float %93, float %94)
	%396 = extractvalue { float, float, float, float } %395, 0
	%397 = extractvalue { float, float, float, float } %395, 1
	%398 = extractvalue { float, float, float, float } %395, 2
	%399 = extractvalue { float, float, float, float } %395, 3
	%400 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %393, i32 %394, float %95, float %96, float %97, float %98)
	%401 = extractvalue { float, float, float, float } %400, 0
	%402 = extractvalue { float, float, float, float } %400, 1
	%403 = extractvalue { float, float, float, float } %400, 2
	%404 = extractvalue { float, float, float, float } %400, 3
	%405 = add i32 %356, 12288
	%406 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %405)
	%407 = extractvalue { i32, i32, i32, i32 } %406, 0
	%408 = extractvalue { i32, i32, i32, i32 } %406, 1
	%409 = extractvalue { i32, i32, i32, i32 } %406, 2
	%410 = extractvalue { i32, i32, i32, i32 } %406, 3
	%411 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %407, i32 %408, float %99, float %100, float %101, float %102)
	%412 = extractvalue { float, float, float, float } %411, 0
	%413 = extractvalue { float, float, float, float } %411, 1
	%414 = extractvalue { float, float, float, float } %411, 2
	%415 = extractvalue { float, float, float, float } %411, 3
	%416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %352, i32 %353, i32 %354, i32 %355, i32 %409, i32 %410, float %103, float %104, float %105, float %106)
	%417 = extractvalue { float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float } %416, 3
	%421 = xor i32 %34, 32
	%422 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %421)
	%423 = extractvalue { i32, i32, i32, i32 } %422, 0
	%424 = extractvalue { i32, i32, i32, i32 } %422, 1
	%425 = extractvalue { i32, i32, i32, i32 } %422, 2
	%426 = extractvalue { i32, i32, i32, i32 } %422, 3
	%427 = xor i32 %45, 32
	%428 = add i32 %427, 0
	%429 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %428)
	%430 = extractvalue { i32, i32, i32, i32 } %429, 0
	%431 = extractvalue { i32, i32, i32, i32 } %429, 1
	%432 = extractvalue { i32, i32, i32, i32 } %429, 2
	%433 = extractvalue { i32, i32, i32, i32 } %429, 3
	%434 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %430, i32 %431, float %364, float %365, float %366, float %367)
	%435 = extractvalue { float, float, float, float } %434, 0
	%436 = extractvalue { float, float, float, float } %434, 1
	%437 = extractvalue { float, float, float, float } %434, 2
	%438 = extractvalue { float, float, float, float } %434, 3
	%439 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %432, i32 %433, float %369, float %370, float %371, float %372)
	%440 = extractvalue { float, float, float, float } %439, 0
	%441 = extractvalue { float, float, float, float } %439, 1
	%442 = extractvalue { float, float, float, float } %439, 2
	%443 = extractvalue { float, float, float, float } %439, 3
	%444 = add i32 %427, u0x1000
	%445 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %444)
	%446 = extractvalue { i32, i32, i32, i32 } %445, 0
	%447 = extractvalue { i32, i32, i32, i32 } %445, 1
	%448 = extractvalue { i32, i32, i32, i32 } %445, 2
	%449 = extractvalue { i32, i32, i32, i32 } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %446, i32 %447, float %380, float %381, float %382, float %383)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %448, i32 %449, float %385, float %386, float %387, float %388)
	%456 = extractvalue { float, float, float, float } %455, 0
	%457 = extractvalue { float, float, float, float } %455, 1
	%458 = extractvalue { float, float, float, float } %455, 2
	%459 = extractvalue { float, float, float, float } %455, 3
	%460 = add i32 %427, u0x2000
	%461 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %460)
	%462 = extractvalue { i32, i32, i32, i32 } %461, 0
	%463 = extractvalue { i32, i32, i32, i32 } %461, 1
	%464 = extractvalue { i32, i32, i32, i32 } %461, 2
	%465 = extractvalue { i32, i32, i32, i32 } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %462, i32 %463, float %396, float %397, float %398, float %399)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %464, i32 %465, float %401, float %402, float %403, float %404)
	%472 = extractvalue { float, float, float, float } %471, 0
	%473 = extractvalue { float, float, float, float } %471, 1
	%474 = extractvalue { float, float, float, float } %471, 2
	%475 = extractvalue { float, float, float, float } %471, 3
	%476 = add i32 %427, 12288
	%477 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %476)
	%478 = extractvalue { i32, i32, i32, i32 } %477, 0
	%479 = extractvalue { i32, i32, i32, i32 } %477, 1
	%480 = extractvalue { i32, i32, i32, i32 } %477, 2
	%481 = extractvalue { i32, i32, i32, i32 } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %478, i32 %479, float %412, float %413, float %414, float %415)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %423, i32 %424, i32 %425, i32 %426, i32 %480, i32 %481, float %417, float %418, float %419, float %420)
	%488 = extractvalue { float, float, float, float } %487, 0
	%489 = extractvalue { float, float, float, float } %487, 1
	%490 = extractvalue { float, float, float, float } %487, 2
	%491 = extractvalue { float, float, float, float } %487, 3
	%492 = xor i32 %34, 64
	%493 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %492)
	%494 = extractvalue { i32, i32, i32, i32 } %493, 0
	%495 = extractvalue { i32, i32, i32, i32 } %493, 1
	%496 = extractvalue { i32, i32, i32, i32 } %493, 2
	%497 = extractvalue { i32, i32, i32, i32 } %493, 3
	%498 = xor i32 %45, 64
	%499 = add i32 %498, 0
	%500 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %499)
	%501 = extractvalue { i32, i32, i32, i32 } %500, 0
	%502 = extractvalue { i32, i32, i32, i32 } %500, 1
	%503 = extractvalue { i32, i32, i32, i32 } %500, 2
	%504 = extractvalue { i32, i32, i32, i32 } %500, 3
	%505 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %501, i32 %502, float %435, float %436, float %437, float %438)
	%506 = extractvalue { float, float, float, float } %505, 0
	%507 = extractvalue { float, float, float, float } %505, 1
	%508 = extractvalue { float, float, float, float } %505, 2
	%509 = extractvalue { float, float, float, float } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %503, i32 %504, float %440, float %441, float %442, float %443)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = add i32 %498, u0x1000
	%516 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %515)
	%517 = extractvalue { i32, i32, i32, i32 } %516, 0
	%518 = extractvalue { i32, i32, i32, i32 } %516, 1
	%519 = extractvalue { i32, i32, i32, i32 } %516, 2
	%520 = extractvalue { i32, i32, i32, i32 } %516, 3
	%521 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %517, i32 %518, float %451, float %452, float %453, float %454)
	%522 = extractvalue { float, float, float, float } %521, 0
	%523 = extractvalue { float, float, float, float } %521, 1
	%524 = extractvalue { float, float, float, float } %521, 2
	%525 = extractvalue { float, float, float, float } %521, 3
	%526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %519, i32 %520, float %456, float %457, float %458, float %459)
	%527 = extractvalue { float, float, float, float } %526, 0
	%528 = extractvalue { float, float, float, float } %526, 1
	%529 = extractvalue { float, float, float, float } %526, 2
	%530 = extractvalue { float, float, float, float } %526, 3
	%531 = add i32 %498, u0x2000
	%532 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %531)
	%533 = extractvalue { i32, i32, i32, i32 } %532, 0
	%534 = extractvalue { i32, i32, i32, i32 } %532, 1
	%535 = extractvalue { i32, i32, i32, i32 } %532, 2
	%536 = extractvalue { i32, i32, i32, i32 } %532, 3
	%537 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %533, i32 %534, float %467, float %468, float %469, float %470)
	%538 = extractvalue { float, float, float, float } %537, 0
	%539 = extractvalue { float, float, float, float } %537, 1
	%540 = extractvalue { float, float, float, float } %537, 2
	%541 = extractvalue { float, float, float, float } %537, 3
	%542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %535, i32 %536, float %472, float %473, float %474, float %475)
	%543 = extractvalue { float, float, float, float } %542, 0
	%544 = extractvalue { float, float, float, float } %542, 1
	%545 = extractvalue { float, float, float, float } %542, 2
	%546 = extractvalue { float, float, float, float } %542, 3
	%547 = add i32 %498, 12288
	%548 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %547)
	%549 = extractvalue { i32, i32, i32, i32 } %548, 0
	%550 = extractvalue { i32, i32, i32, i32 } %548, 1
	%551 = extractvalue { i32, i32, i32, i32 } %548, 2
	%552 = extractvalue { i32, i32, i32, i32 } %548, 3
	%553 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %549, i32 %550, float %483, float %484, float %485, float %486)
	%554 = extractvalue { float, float, float, float } %553, 0
	%555 = extractvalue { float, float, float, float } %553, 1
	%556 = extractvalue { float, float, float, float } %553, 2
	%557 = extractvalue { float, float, float, float } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %494, i32 %495, i32 %496, i32 %497, i32 %551, i32 %552, float %488, float %489, float %490, float %491)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = xor i32 %34, 96
	%564 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %563)
	%565 = extractvalue { i32, i32, i32, i32 } %564, 0
	%566 = extractvalue { i32, i32, i32, i32 } %564, 1
	%567 = extractvalue { i32, i32, i32, i32 } %564, 2
	%568 = extractvalue { i32, i32, i32, i32 } %564, 3
	%569 = xor i32 %45, 96
	%570 = add i32 %569, 0
	%571 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %570)
	%572 = extractvalue { i32, i32, i32, i32 } %571, 0
	%573 = extractvalue { i32, i32, i32, i32 } %571, 1
	%574 = extractvalue { i32, i32, i32, i32 } %571, 2
	%575 = extractvalue { i32, i32, i32, i32 } %571, 3
	%576 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %572, i32 %573, float %506, float %507, float %508, float %509)
	%577 = extractvalue { float, float, float, float } %576, 0
	%578 = extractvalue { float, float, float, float } %576, 1
	%579 = extractvalue { float, float, float, float } %576, 2
	%580 = extractvalue { float, float, float, float } %576, 3
	%581 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %574, i32 %575, float %511, float %512, float %513, float %514)
	%582 = extractvalue { float, float, float, float } %581, 0
	%583 = extractvalue { float, float, float, float } %581, 1
	%584 = extractvalue { float, float, float, float } %581, 2
	%585 = extractvalue { float, float, float, float } %581, 3
	%586 = add i32 %569, u0x1000
	%587 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %586)
	%588 = extractvalue { i32, i32, i32, i32 } %587, 0
	%589 = extractvalue { i32, i32, i32, i32 } %587, 1
	%590 = extractvalue { i32, i32, i32, i32 } %587, 2
	%591 = extractvalue { i32, i32, i32, i32 } %587, 3
	%592 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %588, i32 %589, float %522, float %523, float %524, float %525)
	%593 = extractvalue { float, float, float, float } %592, 0
	%594 = extractvalue { float, float, float, float } %592, 1
	%595 = extractvalue { float, float, float, float } %592, 2
	%596 = extractvalue { float, float, float, float } %592, 3
	%597 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %590, i32 %591, float %527, float %528, float %529, float %530)
	%598 = extractvalue { float, float, float, float } %597, 0
	%599 = extractvalue { float, float, float, float } %597, 1
	%600 = extractvalue { float, float, float, float } %597, 2
	%601 = extractvalue { float, float, float, float } %597, 3
	%602 = add i32 %569, u0x2000
	%603 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %602)
	%604 = extractvalue { i32, i32, i32, i32 } %603, 0
	%605 = extractvalue { i32, i32, i32, i32 } %603, 1
	%606 = extractvalue { i32, i32, i32, i32 } %603, 2
	%607 = extractvalue { i32, i32, i32, i32 } %603, 3
	%608 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %604, i32 %605, float %538, float %539, float %540, float %541)
	%609 = extractvalue { float, float, float, float } %608, 0
	%610 = extractvalue { float, float, float, float } %608, 1
	%611 = extractvalue { float, float, float, float } %608, 2
	%612 = extractvalue { float, float, float, float } %608, 3
	%613 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %606, i32 %607, float %543, float %544, float %545, float %546)
	%614 = extractvalue { float, float, float, float } %613, 0
	%615 = extractvalue { float, float, float, float } %613, 1
	%616 = extractvalue { float, float, float, float } %613, 2
	%617 = extractvalue { float, float, float, float } %613, 3
	%618 = add i32 %569, 12288
	%619 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %618)
	%620 = extractvalue { i32, i32, i32, i32 } %619, 0
	%621 = extractvalue { i32, i32, i32, i32 } %619, 1
	%622 = extractvalue { i32, i32, i32, i32 } %619, 2
	%623 = extractvalue { i32, i32, i32, i32 } %619, 3
	%624 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %620, i32 %621, float %554, float %555, float %556, float %557)
	%625 = extractvalue { float, float, float, float } %624, 0
	%626 = extractvalue { float, float, float, float } %624, 1
	%627 = extractvalue { float, float, float, float } %624, 2
	%628 = extractvalue { float, float, float, float } %624, 3
	%629 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %565, i32 %566, i32 %567, i32 %568, i32 %622, i32 %623, float %559, float %560, float %561, float %562)
	%630 = extractvalue { float, float, float, float } %629, 0
	%631 = extractvalue { float, float, float, float } %629, 1
	%632 = extractvalue { float, float, float, float } %629, 2
	%633 = extractvalue { float, float, float, float } %629, 3
	%634 = xor i32 %34, 128
	%635 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %634)
	%636 = extractvalue { i32, i32, i32, i32 } %635, 0
	%637 = extractvalue { i32, i32, i32, i32 } %635, 1
	%638 = extractvalue { i32, i32, i32, i32 } %635, 2
	%639 = extractvalue { i32, i32, i32, i32 } %635, 3
	%640 = xor i32 %45, 128
	%641 = add i32 %640, 0
	%642 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %641)
	%643 = extractvalue { i32, i32, i32, i32 } %642, 0
	%644 = extractvalue { i32, i32, i32, i32 } %642, 1
	%645 = extractvalue { i32, i32, i32, i32 } %642, 2
	%646 = extractvalue { i32, i32, i32, i32 } %642, 3
	%647 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %643, i32 %644, float %577, float %578, float %579, float %580)
	%648 = extractvalue { float, float, float, float } %647, 0
	%649 = extractvalue { float, float, float, float } %647, 1
	%650 = extractvalue { float, float, float, float } %647, 2
	%651 = extractvalue { float, float, float, float } %647, 3
	%652 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %645, i32 %646, float %582, float %583, float %584, float %585)
	%653 = extractvalue { float, float, float, float } %652, 0
	%654 = extractvalue { float, float, float, float } %652, 1
	%655 = extractvalue { float, float, float, float } %652, 2
	%656 = extractvalue { float, float, float, float } %652, 3
	%657 = add i32 %640, u0x1000
	%658 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %657)
	%659 = extractvalue { i32, i32, i32, i32 } %658, 0
	%660 = extractvalue { i32, i32, i32, i32 } %658, 1
	%661 = extractvalue { i32, i32, i32, i32 } %658, 2
	%662 = extractvalue { i32, i32, i32, i32 } %658, 3
	%663 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %659, i32 %660, float %593, float %594, float %595, float %596)
	%664 = extractvalue { float, float, float, float } %663, 0
	%665 = extractvalue { float, float, float, float } %663, 1
	%666 = extractvalue { float, float, float, float } %663, 2
	%667 = extractvalue { float, float, float, float } %663, 3
	%668 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %661, i32 %662, float %598, float %599, float %600, float %601)
	%669 = extractvalue { float, float, float, float } %668, 0
	%670 = extractvalue { float, float, float, float } %668, 1
	%671 = extractvalue { float, float, float, float } %668, 2
	%672 = extractvalue { float, float, float, float } %668, 3
	%673 = add i32 %640, u0x2000
	%674 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %673)
	%675 = extractvalue { i32, i32, i32, i32 } %674, 0
	%676 = extractvalue { i32, i32, i32, i32 } %674, 1
	%677 = extractvalue { i32, i32, i32, i32 } %674, 2
	%678 = extractvalue { i32, i32, i32, i32 } %674, 3
	%679 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %675, i32 %676, float %609, float %610, float %611, float %612)
	%680 = extractvalue { float, float, float, float } %679, 0
	%681 = extractvalue { float, float, float, float } %679, 1
	%682 = extractvalue { float, float, float, float } %679, 2
	%683 = extractvalue { float, float, float, float } %679, 3
	%684 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %677, i32 %678, float %614, float %615, float %616, float %617)
	%685 = extractvalue { float, float, float, float } %684, 0
	%686 = extractvalue { float, float, float, float } %684, 1
	%687 = extractvalue { float, float, float, float } %684, 2
	%688 = extractvalue { float, float, float, float } %684, 3
	%689 = add i32 %640, 12288
	%690 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %689)
	%691 = extractvalue { i32, i32, i32, i32 } %690, 0
	%692 = extractvalue { i32, i32, i32, i32 } %690, 1
	%693 = extractvalue { i32, i32, i32, i32 } %690, 2
	%694 = extractvalue { i32, i32, i32, i32 } %690, 3
	%695 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %691, i32 %692, float %625, float %626, float %627, float %628)
	%696 = extractvalue { float, float, float, float } %695, 0
	%697 = extractvalue { float, float, float, float } %695, 1
	%698 = extractvalue { float, float, float, float } %695, 2
	%699 = extractvalue { float, float, float, float } %695, 3
	%700 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %636, i32 %637, i32 %638, i32 %639, i32 %693, i32 %694, float %630, float %631, float %632, float %633)
	%701 = extractvalue { float, float, float, float } %700, 0
	%702 = extractvalue { float, float, float, float } %700, 1
	%703 = extractvalue { float, float, float, float } %700, 2
	%704 = extractvalue { float, float, float, float } %700, 3
	%705 = xor i32 %34, 160
	%706 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %705)
	%707 = extractvalue { i32, i32, i32, i32 } %706, 0
	%708 = extractvalue { i32, i32, i32, i32 } %706, 1
	%709 = extractvalue { i32, i32, i32, i32 } %706, 2
	%710 = extractvalue { i32, i32, i32, i32 } %706, 3
	%711 = xor i32 %45, 160
	%712 = add i32 %711, 0
	%713 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %712)
	%714 = extractvalue { i32, i32, i32, i32 } %713, 0
	%715 = extractvalue { i32, i32, i32, i32 } %713, 1
	%716 = extractvalue { i32, i32, i32, i32 } %713, 2
	%717 = extractvalue { i32, i32, i32, i32 } %713, 3
	%718 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %714, i32 %715, float %648, float %649, float %650, float %651)
	%719 = extractvalue { float, float, float, float } %718, 0
	%720 = extractvalue { float, float, float, float } %718, 1
	%721 = extractvalue { float, float, float, float } %718, 2
	%722 = extractvalue { float, float, float, float } %718, 3
	%723 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %716, i32 %717, float %653, float %654, float %655, float %656)
	%724 = extractvalue { float, float, float, float } %723, 0
	%725 = extractvalue { float, float, float, float } %723, 1
	%726 = extractvalue { float, float, float, float } %723, 2
	%727 = extractvalue { float, float, float, float } %723, 3
	%728 = add i32 %711, u0x1000
	%729 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %728)
	%730 = extractvalue { i32, i32, i32, i32 } %729, 0
	%731 = extractvalue { i32, i32, i32, i32 } %729, 1
	%732 = extractvalue { i32, i32, i32, i32 } %729, 2
	%733 = extractvalue { i32, i32, i32, i32 } %729, 3
	%734 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %730, i32 %731, float %664, float %665, float %666, float %667)
	%735 = extractvalue { float, float, float, float } %734, 0
	%736 = extractvalue { float, float, float, float } %734, 1
	%737 = extractvalue { float, float, float, float } %734, 2
	%738 = extractvalue { float, float, float, float } %734, 3
	%739 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %732, i32 %733, float %669, float %670, float %671, float %672)
	%740 = extractvalue { float, float, float, float } %739, 0
	%741 = extractvalue { float, float, float, float } %739, 1
	%742 = extractvalue { float, float, float, float } %739, 2
	%743 = extractvalue { float, float, float, float } %739, 3
	%744 = add i32 %711, u0x2000
	%745 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %744)
	%746 = extractvalue { i32, i32, i32, i32 } %745, 0
	%747 = extractvalue { i32, i32, i32, i32 } %745, 1
	%748 = extractvalue { i32, i32, i32, i32 } %745, 2
	%749 = extractvalue { i32, i32, i32, i32 } %745, 3
	%750 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %746, i32 %747, float %680, float %681, float %682, float %683)
	%751 = extractvalue { float, float, float, float } %750, 0
	%752 = extractvalue { float, float, float, float } %750, 1
	%753 = extractvalue { float, float, float, float } %750, 2
	%754 = extractvalue { float, float, float, float } %750, 3
	%755 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %748, i32 %749, float %685, float %686, float %687, float %688)
	%756 = extractvalue { float, float, float, float } %755, 0
	%757 = extractvalue { float, float, float, float } %755, 1
	%758 = extractvalue { float, float, float, float } %755, 2
	%759 = extractvalue { float, float, float, float } %755, 3
	%760 = add i32 %711, 12288
	%761 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %760)
	%762 = extractvalue { i32, i32, i32, i32 } %761, 0
	%763 = extractvalue { i32, i32, i32, i32 } %761, 1
	%764 = extractvalue { i32, i32, i32, i32 } %761, 2
	%765 = extractvalue { i32, i32, i32, i32 } %761, 3
	%766 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %762, i32 %763, float %696, float %697, float %698, float %699)
	%767 = extractvalue { float, float, float, float } %766, 0
	%768 = extractvalue { float, float, float, float } %766, 1
	%769 = extractvalue { float, float, float, float } %766, 2
	%770 = extractvalue { float, float, float, float } %766, 3
	%771 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %707, i32 %708, i32 %709, i32 %710, i32 %764, i32 %765, float %701, float %702, float %703, float %704)
	%772 = extractvalue { float, float, float, float } %771, 0
	%773 = extractvalue { float, float, float, float } %771, 1
	%774 = extractvalue { float, float, float, float } %771, 2
	%775 = extractvalue { float, float, float, float } %771, 3
	%776 = xor i32 %34, 192
	%777 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %776)
	%778 = extractvalue { i32, i32, i32, i32 } %777, 0
	%779 = extractvalue { i32, i32, i32, i32 } %777, 1
	%780 = extractvalue { i32, i32, i32, i32 } %777, 2
	%781 = extractvalue { i32, i32, i32, i32 } %777, 3
	%782 = xor i32 %45, 192
	%783 = add i32 %782, 0
	%784 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %783)
	%785 = extractvalue { i32, i32, i32, i32 } %784, 0
	%786 = extractvalue { i32, i32, i32, i32 } %784, 1
	%787 = extractvalue { i32, i32, i32, i32 } %784, 2
	%788 = extractvalue { i32, i32, i32, i32 } %784, 3
	%789 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %785, i32 %786, float %719, float %720, float %721, float %722)
	%790 = extractvalue { float, float, float, float } %789, 0
	%791 = extractvalue { float, float, float, float } %789, 1
	%792 = extractvalue { float, float, float, float } %789, 2
	%793 = extractvalue { float, float, float, float } %789, 3
	%794 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %787, i32 %788, float %724, float %725, float %726, float %727)
	%795 = extractvalue { float, float, float, float } %794, 0
	%796 = extractvalue { float, float, float, float } %794, 1
	%797 = extractvalue { float, float, float, float } %794, 2
	%798 = extractvalue { float, float, float, float } %794, 3
	%799 = add i32 %782, u0x1000
	%800 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %799)
	%801 = extractvalue { i32, i32, i32, i32 } %800, 0
	%802 = extractvalue { i32, i32, i32, i32 } %800, 1
	%803 = extractvalue { i32, i32, i32, i32 } %800, 2
	%804 = extractvalue { i32, i32, i32, i32 } %800, 3
	%805 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %801, i32 %802, float %735, float %736, float %737, float %738)
	%806 = extractvalue { float, float, float, float } %805, 0
	%807 = extractvalue { float, float, float, float } %805, 1
	%808 = extractvalue { float, float, float, float } %805, 2
	%809 = extractvalue { float, float, float, float } %805, 3
	%810 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %803, i32 %804, float %740, float %741, float %742, float %743)
	%811 = extractvalue { float, float, float, float } %810, 0
	%812 = extractvalue { float, float, float, float } %810, 1
	%813 = extractvalue { float, float, float, float } %810, 2
	%814 = extractvalue { float, float, float, float } %810, 3
	%815 = add i32 %782, u0x2000
	%816 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %815)
	%817 = extractvalue { i32, i32, i32, i32 } %816, 0
	%818 = extractvalue { i32, i32, i32, i32 } %816, 1
	%819 = extractvalue { i32, i32, i32, i32 } %816, 2
	%820 = extractvalue { i32, i32, i32, i32 } %816, 3
	%821 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %817, i32 %818, float %751, float %752, float %753, float %754)
	%822 = extractvalue { float, float, float, float } %821, 0
	%823 = extractvalue { float, float, float, float } %821, 1
	%824 = extractvalue { float, float, float, float } %821, 2
	%825 = extractvalue { float, float, float, float } %821, 3
	%826 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %819, i32 %820, float %756, float %757, float %758, float %759)
	%827 = extractvalue { float, float, float, float } %826, 0
	%828 = extractvalue { float, float, float, float } %826, 1
	%829 = extractvalue { float, float, float, float } %826, 2
	%830 = extractvalue { float, float, float, float } %826, 3
	%831 = add i32 %782, 12288
	%832 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %831)
	%833 = extractvalue { i32, i32, i32, i32 } %832, 0
	%834 = extractvalue { i32, i32, i32, i32 } %832, 1
	%835 = extractvalue { i32, i32, i32, i32 } %832, 2
	%836 = extractvalue { i32, i32, i32, i32 } %832, 3
	%837 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %833, i32 %834, float %767, float %768, float %769, float %770)
	%838 = extractvalue { float, float, float, float } %837, 0
	%839 = extractvalue { float, float, float, float } %837, 1
	%840 = extractvalue { float, float, float, float } %837, 2
	%841 = extractvalue { float, float, float, float } %837, 3
	%842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %778, i32 %779, i32 %780, i32 %781, i32 %835, i32 %836, float %772, float %773, float %774, float %775)
	%843 = extractvalue { float, float, float, float } %842, 0
	%844 = extractvalue { float, float, float, float } %842, 1
	%845 = extractvalue { float, float, float, float } %842, 2
	%846 = extractvalue { float, float, float, float } %842, 3
	%847 = xor i32 %34, 224
	%848 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %847)
	%849 = extractvalue { i32, i32, i32, i32 } %848, 0
	%850 = extractvalue { i32, i32, i32, i32 } %848, 1
	%851 = extractvalue { i32, i32, i32, i32 } %848, 2
	%852 = extractvalue { i32, i32, i32, i32 } %848, 3
	%853 = xor i32 %45, 224
	%854 = add i32 %853, 0
	%855 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %854)
	%856 = extractvalue { i32, i32, i32, i32 } %855, 0
	%857 = extractvalue { i32, i32, i32, i32 } %855, 1
	%858 = extractvalue { i32, i32, i32, i32 } %855, 2
	%859 = extractvalue { i32, i32, i32, i32 } %855, 3
	%860 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %856, i32 %857, float %790, float %791, float %792, float %793)
	%861 = extractvalue { float, float, float, float } %860, 0
	%862 = extractvalue { float, float, float, float } %860, 1
	%863 = extractvalue { float, float, float, float } %860, 2
	%864 = extractvalue { float, float, float, float } %860, 3
	%865 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %858, i32 %859, float %795, float %796, float %797, float %798)
	%866 = extractvalue { float, float, float, float } %865, 0
	%867 = extractvalue { float, float, float, float } %865, 1
	%868 = extractvalue { float, float, float, float } %865, 2
	%869 = extractvalue { float, float, float, float } %865, 3
	%870 = add i32 %853, u0x1000
	%871 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %870)
	%872 = extractvalue { i32, i32, i32, i32 } %871, 0
	%873 = extractvalue { i32, i32, i32, i32 } %871, 1
	%874 = extractvalue { i32, i32, i32, i32 } %871, 2
	%875 = extractvalue { i32, i32, i32, i32 } %871, 3
	%876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %872, i32 %873, float %806, float %807, float %808, float %809)
	%877 = extractvalue { float, float, float, float } %876, 0
	%878 = extractvalue { float, float, float, float } %876, 1
	%879 = extractvalue { float, float, float, float } %876, 2
	%880 = extractvalue { float, float, float, float } %876, 3
	%881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %874, i32 %875, float %811, float %812, float %813, float %814)
	%882 = extractvalue { float, float, float, float } %881, 0
	%883 = extractvalue { float, float, float, float } %881, 1
	%884 = extractvalue { float, float, float, float } %881, 2
	%885 = extractvalue { float, float, float, float } %881, 3
	%886 = add i32 %853, u0x2000
	%887 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %886)
	%888 = extractvalue { i32, i32, i32, i32 } %887, 0
	%889 = extractvalue { i32, i32, i32, i32 } %887, 1
	%890 = extractvalue { i32, i32, i32, i32 } %887, 2
	%891 = extractvalue { i32, i32, i32, i32 } %887, 3
	%892 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %888, i32 %889, float %822, float %823, float %824, float %825)
	%893 = extractvalue { float, float, float, float } %892, 0
	%894 = extractvalue { float, float, float, float } %892, 1
	%895 = extractvalue { float, float, float, float } %892, 2
	%896 = extractvalue { float, float, float, float } %892, 3
	%897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %890, i32 %891, float %827, float %828, float %829, float %830)
	%898 = extractvalue { float, float, float, float } %897, 0
	%899 = extractvalue { float, float, float, float } %897, 1
	%900 = extractvalue { float, float, float, float } %897, 2
	%901 = extractvalue { float, float, float, float } %897, 3
	%902 = add i32 %853, 12288
	%903 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %902)
	%904 = extractvalue { i32, i32, i32, i32 } %903, 0
	%905 = extractvalue { i32, i32, i32, i32 } %903, 1
	%906 = extractvalue { i32, i32, i32, i32 } %903, 2
	%907 = extractvalue { i32, i32, i32, i32 } %903, 3
	%908 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %904, i32 %905, float %838, float %839, float %840, float %841)
	%909 = extractvalue { float, float, float, float } %908, 0
	%910 = extractvalue { float, float, float, float } %908, 1
	%911 = extractvalue { float, float, float, float } %908, 2
	%912 = extractvalue { float, float, float, float } %908, 3
	%913 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %849, i32 %850, i32 %851, i32 %852, i32 %906, i32 %907, float %843, float %844, float %845, float %846)
	%914 = extractvalue { float, float, float, float } %913, 0
	%915 = extractvalue { float, float, float, float } %913, 1
	%916 = extractvalue { float, float, float, float } %913, 2
	%917 = extractvalue { float, float, float, float } %913, 3
	call void @llvm.nvvm.barrier0()
	%918 = add i32 %74, 1
	br label %73

919:
	%920 = mul i32 %4, 16
	%921 = add i32 %6, 0
	%922 = add i32 %920, %921
	%923 = add i32 %3, %922
	%924 = shl i32 %7, 1
	%925 = add i32 0, %924
	%926 = add i32 %60, %925
	%927 = icmp slt i32 %923, %R
	%928 = icmp slt i32 %926, %T
	%929 = and i1 %927, %928
	%930 = icmp sle i32 %926, %923
	%931 = and i1 %929, %930
	%932 = fmul float %75, 0x3FC0527DC0000000
	%933 = select i1 %931, float %932, float 0xFFF0000000000000
	%934 = mul i32 %4, 16
	%935 = add i32 %6, 0
	%936 = add i32 %934, %935
	%937 = add i32 %3, %936
	%938 = shl i32 %7, 1
	%939 = add i32 1, %938
	%940 = add i32 %60, %939
	%941 = icmp slt i32 %937, %R
	%942 = icmp slt i32 %940, %T
	%943 = and i1 %941, %942
	%944 = icmp sle i32 %940, %937
	%945 = and i1 %943, %944
	%946 = fmul float %76, 0x3FC0527DC0000000
	%947 = select i1 %945, float %946, float 0xFFF0000000000000
	%948 = mul i32 %4, 16
	%949 = add i32 %6, 8
	%950 = add i32 %948, %949
	%951 = add i32 %3, %950
	%952 = shl i32 %7, 1
	%953 = add i32 0, %952
	%954 = add i32 %60, %953
	%955 = icmp slt i32 %951, %R
	%956 = icmp slt i32 %954, %T
	%957 = and i1 %955, %956
	%958 = icmp sle i32 %954, %951
	%959 = and i1 %957, %958
	%960 = fmul float %77, 0x3FC0527DC0000000
	%961 = select i1 %959, float %960, float 0xFFF0000000000000
	%962 = mul i32 %4, 16
	%963 = add i32 %6, 8
	%964 = add i32 %962, %963
	%965 = add i32 %3, %964
	%966 = shl i32 %7, 1
	%967 = add i32 1, %966
	%968 = add i32 %60, %967
	%969 = icmp slt i32 %965, %R
	%970 = icmp slt i32 %968, %T
	%971 = and i1 %969, %970
	%972 = icmp sle i32 %968, %965
	%973 = and i1 %971, %972
	%974 = fmul float %78, 0x3FC0527DC0000000
	%975 = select i1 %973, float %974, float 0xFFF0000000000000
	%976 = mul i32 %4, 16
	%977 = add i32 %6, 0
	%978 = add i32 %976, %977
	%979 = add i32 %3, %978
	%980 = shl i32 %7, 1
	%981 = add i32 8, %980
	%982 = add i32 %60, %981
	%983 = icmp slt i32 %979, %R
	%984 = icmp slt i32 %982, %T
	%985 = and i1 %983, %984
	%986 = icmp sle i32 %982, %979
	%987 = and i1 %985, %986
	%988 = fmul float %79, 0x3FC0527DC0000000
	%989 = select i1 %987, float %988, float 0xFFF0000000000000
	%990 = mul i32 %4, 16
	%991 = add i32 %6, 0
	%992 = add i32 %990, %991
	%993 = add i32 %3, %992
	%994 = shl i32 %7, 1
	%995 = add i32 9, %994
	%996 = add i32 %60, %995
	%997 = icmp slt i32 %993, %R
	%998 = icmp slt i32 %996, %T
	%999 = and i1 %997, %998
	%1000 = icmp sle i32 %996, %993
	%1001 = and i1 %999, %1000
	%1002 = fmul float %80, 0x3FC0527DC0000000
	%1003 = select i1 %1001, float %1002, float 0xFFF0000000000000
	%1004 = mul i32 %4, 16
	%1005 = add i32 %6, 8
	%1006 = add i32 %1004, %1005
	%1007 = add i32 %3, %1006
	%1008 = shl i32 %7, 1
	%1009 = add i32 8, %1008
	%1010 = add i32 %60, %1009
	%1011 = icmp slt i32 %1007, %R
	%1012 = icmp slt i32 %1010, %T
	%1013 = and i1 %1011, %1012
	%1014 = icmp sle i32 %1010, %1007
	%1015 = and i1 %1013, %1014
	%1016 = fmul float %81, 0x3FC0527DC0000000
	%1017 = select i1 %1015, float %1016, float 0xFFF0000000000000
	%1018 = mul i32 %4, 16
	%1019 = add i32 %6, 8
	%1020 = add i32 %1018, %1019
	%1021 = add i32 %3, %1020
	%1022 = shl i32 %7, 1
	%1023 = add i32 9, %1022
	%1024 = add i32 %60, %1023
	%1025 = icmp slt i32 %1021, %R
	%1026 = icmp slt i32 %1024, %T
	%1027 = and i1 %1025, %1026
	%1028 = icmp sle i32 %1024, %1021
	%1029 = and i1 %1027, %1028
	%1030 = fmul float %82, 0x3FC0527DC0000000
	%1031 = select i1 %1029, float %1030, float 0xFFF0000000000000
	%1032 = mul i32 %4, 16
	%1033 = add i32 %6, 0
	%1034 = add i32 %1032, %1033
	%1035 = add i32 %3, %1034
	%1036 = shl i32 %7, 1
	%1037 = add i32 16, %1036
	%1038 = add i32 %60, %1037
	%1039 = icmp slt i32 %1035, %R
	%1040 = icmp slt i32 %1038, %T
	%1041 = and i1 %1039, %1040
	%1042 = icmp sle i32 %1038, %1035
	%1043 = and i1 %1041, %1042
	%1044 = fmul float %83, 0x3FC0527DC0000000
	%1045 = select i1 %1043, float %1044, float 0xFFF0000000000000
	%1046 = mul i32 %4, 16
	%1047 = add i32 %6, 0
	%1048 = add i32 %1046, %1047
	%1049 = add i32 %3, %1048
	%1050 = shl i32 %7, 1
	%1051 = add i32 17, %1050
	%1052 = add i32 %60, %1051
	%1053 = icmp slt i32 %1049, %R
	%1054 = icmp slt i32 %1052, %T
	%1055 = and i1 %1053, %1054
	%1056 = icmp sle i32 %1052, %1049
	%1057 = and i1 %1055, %1056
	%1058 = fmul float %84, 0x3FC0527DC0000000
	%1059 = select i1 %1057, float %1058, float 0xFFF0000000000000
	%1060 = mul i32 %4, 16
	%1061 = add i32 %6, 8
	%1062 = add i32 %1060, %1061
	%1063 = add i32 %3, %1062
	%1064 = shl i32 %7, 1
	%1065 = add i32 16, %1064
	%1066 = add i32 %60, %1065
	%1067 = icmp slt i32 %1063, %R
	%1068 = icmp slt i32 %1066, %T
	%1069 = and i1 %1067, %1068
	%1070 = icmp sle i32 %1066, %1063
	%1071 = and i1 %1069, %1070
	%1072 = fmul float %85, 0x3FC0527DC0000000
	%1073 = select i1 %1071, float %1072, float 0xFFF0000000000000
	%1074 = mul i32 %4, 16
	%1075 = add i32 %6, 8
	%1076 = add i32 %1074, %1075
	%1077 = add i32 %3, %1076
	%1078 = shl i32 %7, 1
	%1079 = add i32 17, %1078
	%1080 = add i32 %60, %1079
	%1081 = icmp slt i32 %1077, %R
	%1082 = icmp slt i32 %1080, %T
	%1083 = and i1 %1081, %1082
	%1084 = icmp sle i32 %1080, %1077
	%1085 = and i1 %1083, %1084
	%1086 = fmul float %86, 0x3FC0527DC0000000
	%1087 = select i1 %1085, float %1086, float 0xFFF0000000000000
	%1088 = mul i32 %4, 16
	%1089 = add i32 %6, 0
	%1090 = add i32 %1088, %1089
	%1091 = add i32 %3, %1090
	%1092 = shl i32 %7, 1
	%1093 = add i32 24, %1092
	%1094 = add i32 %60, %1093
	%1095 = icmp slt i32 %1091, %R
	%1096 = icmp slt i32 %1094, %T
	%1097 = and i1 %1095, %1096
	%1098 = icmp sle i32 %1094, %1091
	%1099 = and i1 %1097, %1098
	%1100 = fmul float %87, 0x3FC0527DC0000000
	%1101 = select i1 %1099, float %1100, float 0xFFF0000000000000
	%1102 = mul i32 %4, 16
	%1103 = add i32 %6, 0
	%1104 = add i32 %1102, %1103
	%1105 = add i32 %3, %1104
	%1106 = shl i32 %7, 1
	%1107 = add i32 25, %1106
	%1108 = add i32 %60, %1107
	%1109 = icmp slt i32 %1105, %R
	%1110 = icmp slt i32 %1108, %T
	%1111 = and i1 %1109, %1110
	%1112 = icmp sle i32 %1108, %1105
	%1113 = and i1 %1111, %1112
	%1114 = fmul float %88, 0x3FC0527DC0000000
	%1115 = select i1 %1113, float %1114, float 0xFFF0000000000000
	%1116 = mul i32 %4, 16
	%1117 = add i32 %6, 8
	%1118 = add i32 %1116, %1117
	%1119 = add i32 %3, %1118
	%1120 = shl i32 %7, 1
	%1121 = add i32 24, %1120
	%1122 = add i32 %60, %1121
	%1123 = icmp slt i32 %1119, %R
	%1124 = icmp slt i32 %1122, %T
	%1125 = and i1 %1123, %1124
	%1126 = icmp sle i32 %1122, %1119
	%1127 = and i1 %1125, %1126
	%1128 = fmul float %89, 0x3FC0527DC0000000
	%1129 = select i1 %1127, float %1128, float 0xFFF0000000000000
	%1130 = mul i32 %4, 16
	%1131 = add i32 %6, 8
	%1132 = add i32 %1130, %1131
	%1133 = add i32 %3, %1132
	%1134 = shl i32 %7, 1
	%1135 = add i32 25, %1134
	%1136 = add i32 %60, %1135
	%1137 = icmp slt i32 %1133, %R
	%1138 = icmp slt i32 %1136, %T
	%1139 = and i1 %1137, %1138
	%1140 = icmp sle i32 %1136, %1133
	%1141 = and i1 %1139, %1140
	%1142 = fmul float %90, 0x3FC0527DC0000000
	%1143 = select i1 %1141, float %1142, float 0xFFF0000000000000
	%1144 = mul i32 %4, 16
	%1145 = add i32 %6, 0
	%1146 = add i32 %1144, %1145
	%1147 = add i32 %3, %1146
	%1148 = shl i32 %7, 1
	%1149 = add i32 32, %1148
	%1150 = add i32 %60, %1149
	%1151 = icmp slt i32 %1147, %R
	%1152 = icmp slt i32 %1150, %T
	%1153 = and i1 %1151, %1152
	%1154 = icmp sle i32 %1150, %1147
	%1155 = and i1 %1153, %1154
	%1156 = fmul float %91, 0x3FC0527DC0000000
	%1157 = select i1 %1155, float %1156, float 0xFFF0000000000000
	%1158 = mul i32 %4, 16
	%1159 = add i32 %6, 0
	%1160 = add i32 %1158, %1159
	%1161 = add i32 %3, %1160
	%1162 = shl i32 %7, 1
	%1163 = add i32 33, %1162
	%1164 = add i32 %60, %1163
	%1165 = icmp slt i32 %1161, %R
	%1166 = icmp slt i32 %1164, %T
	%1167 = and i1 %1165, %1166
	%1168 = icmp sle i32 %1164, %1161
	%1169 = and i1 %1167, %1168
	%1170 = fmul float %92, 0x3FC0527DC0000000
	%1171 = select i1 %1169, float %1170, float 0xFFF0000000000000
	%1172 = mul i32 %4, 16
	%1173 = add i32 %6, 8
	%1174 = add i32 %1172, %1173
	%1175 = add i32 %3, %1174
	%1176 = shl i32 %7, 1
	%1177 = add i32 32, %1176
	%1178 = add i32 %60, %1177
	%1179 = icmp slt i32 %1175, %R
	%1180 = icmp slt i32 %1178, %T
	%1181 = and i1 %1179, %1180
	%1182 = icmp sle i32 %1178, %1175
	%1183 = and i1 %1181, %1182
	%1184 = fmul float %93, 0x3FC0527DC0000000
	%1185 = select i1 %1183, float %1184, float 0xFFF0000000000000
	%1186 = mul i32 %4, 16
	%1187 = add i32 %6, 8
	%1188 = add i32 %1186, %1187
	%1189 = add i32 %3, %1188
	%1190 = shl i32 %7, 1
	%1191 = add i32 33, %1190
	%1192 = add i32 %60, %1191
	%1193 = icmp slt i32 %1189, %R
	%1194 = icmp slt i32 %1192, %T
	%1195 = and i1 %1193, %1194
	%1196 = icmp sle i32 %1192, %1189
	%1197 = and i1 %1195, %1196
	%1198 = fmul float %94, 0x3FC0527DC0000000
	%1199 = select i1 %1197, float %1198, float 0xFFF0000000000000
	%1200 = mul i32 %4, 16
	%1201 = add i32 %6, 0
	%1202 = add i32 %1200, %1201
	%1203 = add i32 %3, %1202
	%1204 = shl i32 %7, 1
	%1205 = add i32 40, %1204
	%1206 = add i32 %60, %1205
	%1207 = icmp slt i32 %1203, %R
	%1208 = icmp slt i32 %1206, %T
	%1209 = and i1 %1207, %1208
	%1210 = icmp sle i32 %1206, %1203
	%1211 = and i1 %1209, %1210
	%1212 = fmul float %95, 0x3FC0527DC0000000
	%1213 = select i1 %1211, float %1212, float 0xFFF0000000000000
	%1214 = mul i32 %4, 16
	%1215 = add i32 %6, 0
	%1216 = add i32 %1214, %1215
	%1217 = add i32 %3, %1216
	%1218 = shl i32 %7, 1
	%1219 = add i32 41, %1218
	%1220 = add i32 %60, %1219
	%1221 = icmp slt i32 %1217, %R
	%1222 = icmp slt i32 %1220, %T
	%1223 = and i1 %1221, %1222
	%1224 = icmp sle i32 %1220, %1217
	%1225 = and i1 %1223, %1224
	%1226 = fmul float %96, 0x3FC0527DC0000000
	%1227 = select i1 %1225, float %1226, float 0xFFF0000000000000
	%1228 = mul i32 %4, 16
	%1229 = add i32 %6, 8
	%1230 = add i32 %1228, %1229
	%1231 = add i32 %3, %1230
	%1232 = shl i32 %7, 1
	%1233 = add i32 40, %1232
	%1234 = add i32 %60, %1233
	%1235 = icmp slt i32 %1231, %R
	%1236 = icmp slt i32 %1234, %T
	%1237 = and i1 %1235, %1236
	%1238 = icmp sle i32 %1234, %1231
	%1239 = and i1 %1237, %1238
	%1240 = fmul float %97, 0x3FC0527DC0000000
	%1241 = select i1 %1239, float %1240, float 0xFFF0000000000000
	%1242 = mul i32 %4, 16
	%1243 = add i32 %6, 8
	%1244 = add i32 %1242, %1243
	%1245 = add i32 %3, %1244
	%1246 = shl i32 %7, 1
	%1247 = add i32 41, %1246
	%1248 = add i32 %60, %1247
	%1249 = icmp slt i32 %1245, %R
	%1250 = icmp slt i32 %1248, %T
	%1251 = and i1 %1249, %1250
	%1252 = icmp sle i32 %1248, %1245
	%1253 = and i1 %1251, %1252
	%1254 = fmul float %98, 0x3FC0527DC0000000
	%1255 = select i1 %1253, float %1254, float 0xFFF0000000000000
	%1256 = mul i32 %4, 16
	%1257 = add i32 %6, 0
	%1258 = add i32 %1256, %1257
	%1259 = add i32 %3, %1258
	%1260 = shl i32 %7, 1
	%1261 = add i32 48, %1260
	%1262 = add i32 %60, %1261
	%1263 = icmp slt i32 %1259, %R
	%1264 = icmp slt i32 %1262, %T
	%1265 = and i1 %1263, %1264
	%1266 = icmp sle i32 %1262, %1259
	%1267 = and i1 %1265, %1266
	%1268 = fmul float %99, 0x3FC0527DC0000000
	%1269 = select i1 %1267, float %1268, float 0xFFF0000000000000
	%1270 = mul i32 %4, 16
	%1271 = add i32 %6, 0
	%1272 = add i32 %1270, %1271
	%1273 = add i32 %3, %1272
	%1274 = shl i32 %7, 1
	%1275 = add i32 49, %1274
	%1276 = add i32 %60, %1275
	%1277 = icmp slt i32 %1273, %R
	%1278 = icmp slt i32 %1276, %T
	%1279 = and i1 %1277, %1278
	%1280 = icmp sle i32 %1276, %1273
	%1281 = and i1 %1279, %1280
	%1282 = fmul float %100, 0x3FC0527DC0000000
	%1283 = select i1 %1281, float %1282, float 0xFFF0000000000000
	%1284 = mul i32 %4, 16
	%1285 = add i32 %6, 8
	%1286 = add i32 %1284, %1285
	%1287 = add i32 %3, %1286
	%1288 = shl i32 %7, 1
	%1289 = add i32 48, %1288
	%1290 = add i32 %60, %1289
	%1291 = icmp slt i32 %1287, %R
	%1292 = icmp slt i32 %1290, %T
	%1293 = and i1 %1291, %1292
	%1294 = icmp sle i32 %1290, %1287
	%1295 = and i1 %1293, %1294
	%1296 = fmul float %101, 0x3FC0527DC0000000
	%1297 = select i1 %1295, float %1296, float 0xFFF0000000000000
	%1298 = mul i32 %4, 16
	%1299 = add i32 %6, 8
	%1300 = add i32 %1298, %1299
	%1301 = add i32 %3, %1300
	%1302 = shl i32 %7, 1
	%1303 = add i32 49, %1302
	%1304 = add i32 %60, %1303
	%1305 = icmp slt i32 %1301, %R
	%1306 = icmp slt i32 %1304, %T
	%1307 = and i1 %1305, %1306
	%1308 = icmp sle i32 %1304, %1301
	%1309 = and i1 %1307, %1308
	%1310 = fmul float %102, 0x3FC0527DC0000000
	%1311 = select i1 %1309, float %1310, float 0xFFF0000000000000
	%1312 = mul i32 %4, 16
	%1313 = add i32 %6, 0
	%1314 = add i32 %1312, %1313
	%1315 = add i32 %3, %1314
	%1316 = shl i32 %7, 1
	%1317 = add i32 56, %1316
	%1318 = add i32 %60, %1317
	%1319 = icmp slt i32 %1315, %R
	%1320 = icmp slt i32 %1318, %T
	%1321 = and i1 %1319, %1320
	%1322 = icmp sle i32 %1318, %1315
	%1323 = and i1 %1321, %1322
	%1324 = fmul float %103, 0x3FC0527DC0000000
	%1325 = select i1 %1323, float %1324, float 0xFFF0000000000000
	%1326 = mul i32 %4, 16
	%1327 = add i32 %6, 0
	%1328 = add i32 %1326, %1327
	%1329 = add i32 %3, %1328
	%1330 = shl i32 %7, 1
	%1331 = add i32 57, %1330
	%1332 = add i32 %60, %1331
	%1333 = icmp slt i32 %1329, %R
	%1334 = icmp slt i32 %1332, %T
	%1335 = and i1 %1333, %1334
	%1336 = icmp sle i32 %1332, %1329
	%1337 = and i1 %1335, %1336
	%1338 = fmul float %104, 0x3FC0527DC0000000
	%1339 = select i1 %1337, float %1338, float 0xFFF0000000000000
	%1340 = mul i32 %4, 16
	%1341 = add i32 %6, 8
	%1342 = add i32 %1340, %1341
	%1343 = add i32 %3, %1342
	%1344 = shl i32 %7, 1
	%1345 = add i32 56, %1344
	%1346 = add i32 %60, %1345
	%1347 = icmp slt i32 %1343, %R
	%1348 = icmp slt i32 %1346, %T
	%1349 = and i1 %1347, %1348
	%1350 = icmp sle i32 %1346, %1343
	%1351 = and i1 %1349, %1350
	%1352 = fmul float %105, 0x3FC0527DC0000000
	%1353 = select i1 %1351, float %1352, float 0xFFF0000000000000
	%1354 = mul i32 %4, 16
	%1355 = add i32 %6, 8
	%1356 = add i32 %1354, %1355
	%1357 = add i32 %3, %1356
	%1358 = shl i32 %7, 1
	%1359 = add i32 57, %1358
	%1360 = add i32 %60, %1359
	%1361 = icmp slt i32 %1357, %R
	%1362 = icmp slt i32 %1360, %T
	%1363 = and i1 %1361, %1362
	%1364 = icmp sle i32 %1360, %1357
	%1365 = and i1 %1363, %1364
	%1366 = fmul float %106, 0x3FC0527DC0000000
	%1367 = select i1 %1365, float %1366, float 0xFFF0000000000000
	%1368 = call float @llvm.nvvm.fmax.f(float %933, float %947)
	%1369 = call float @llvm.nvvm.fmax.f(float %989, float %1003)
	%1370 = call float @llvm.nvvm.fmax.f(float %1045, float %1059)
	%1371 = call float @llvm.nvvm.fmax.f(float %1101, float %1115)
	%1372 = call float @llvm.nvvm.fmax.f(float %1157, float %1171)
	%1373 = call float @llvm.nvvm.fmax.f(float %1213, float %1227)
	%1374 = call float @llvm.nvvm.fmax.f(float %1269, float %1283)
	%1375 = call float @llvm.nvvm.fmax.f(float %1325, float %1339)
	%1376 = call float @llvm.nvvm.fmax.f(float %1368, float %1369)
	%1377 = call float @llvm.nvvm.fmax.f(float %1370, float %1371)
	%1378 = call float @llvm.nvvm.fmax.f(float %1372, float %1373)
	%1379 = call float @llvm.nvvm.fmax.f(float %1374, float %1375)
	%1380 = call float @llvm.nvvm.fmax.f(float %1376, float %1377)
	%1381 = call float @llvm.nvvm.fmax.f(float %1378, float %1379)
	%1382 = call float @llvm.nvvm.fmax.f(float %1380, float %1381)
	%1383 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1382, i32 1, i32 31)
	%1384 = call float @llvm.nvvm.fmax.f(float %1382, float %1383)
	%1385 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1384, i32 2, i32 31)
	%1386 = call float @llvm.nvvm.fmax.f(float %1384, float %1385)
	%1387 = call float @llvm.nvvm.fmax.f(float %54, float %1386)
	%1388 = fcmp oeq float %1387, 0xFFF0000000000000
	%1389 = select i1 %1388, float 0.0, float %1387
	%1390 = fsub float %933, %1389
	%1391 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1390)
	%1392 = fsub float %947, %1389
	%1393 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1392)
	%1394 = fsub float %989, %1389
	%1395 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1394)
	%1396 = fsub float %1003, %1389
	%1397 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1396)
	%1398 = fsub float %1045, %1389
	%1399 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1398)
	%1400 = fsub float %1059, %1389
	%1401 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1400)
	%1402 = fsub float %1101, %1389
	%1403 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1402)
	%1404 = fsub float %1115, %1389
	%1405 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1404)
	%1406 = fsub float %1157, %1389
	%1407 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1406)
	%1408 = fsub float %1171, %1389
	%1409 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1408)
	%1410 = fsub float %1213, %1389
	%1411 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1410)
	%1412 = fsub float %1227, %1389
	%1413 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1412)
	%1414 = fsub float %1269, %1389
	%1415 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1414)
	%1416 = fsub float %1283, %1389
	%1417 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1416)
	%1418 = fsub float %1325, %1389
	%1419 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1418)
	%1420 = fsub float %1339, %1389
	%1421 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1420)
	%1422 = fadd float %1391, %1393
	%1423 = fadd float %1395, %1397
	%1424 = fadd float %1399, %1401
	%1425 = fadd float %1403, %1405
	%1426 = fadd float %1407, %1409
	%1427 = fadd float %1411, %1413
	%1428 = fadd float %1415, %1417
	%1429 = fadd float %1419, %1421
	%1430 = fadd float %1422, %1423
	%1431 = fadd float %1424, %1425
	%1432 = fadd float %1426, %1427
	%1433 = fadd float %1428, %1429
	%1434 = fadd float %1430, %1431
	%1435 = fadd float %1432, %1433
	%1436 = fadd float %1434, %1435
	%1437 = fsub float %54, %1389
	%1438 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1437)
	%1439 = fmul float %56, %1438
	%1440 = fadd float %1439, %1436
	%1441 = fadd float %1391, %1393
	%1442 = fadd float %1395, %1397
	%1443 = fadd float %1399, %1401
	%1444 = fadd float %1403, %1405
	%1445 = fadd float %1407, %1409
	%1446 = fadd float %1411, %1413
	%1447 = fadd float %1415, %1417
	%1448 = fadd float %1419, %1421
	%1449 = fadd float %1441, %1442
	%1450 = fadd float %1443, %1444
	%1451 = fadd float %1445, %1446
	%1452 = fadd float %1447, %1448
	%1453 = fadd float %1449, %1450
	%1454 = fadd float %1451, %1452
	%1455 = fadd float %1453, %1454
	%1456 = call float @llvm.nvvm.fmax.f(float %961, float %975)
	%1457 = call float @llvm.nvvm.fmax.f(float %1017, float %1031)
	%1458 = call float @llvm.nvvm.fmax.f(float %1073, float %1087)
	%1459 = call float @llvm.nvvm.fmax.f(float %1129, float %1143)
	%1460 = call float @llvm.nvvm.fmax.f(float %1185, float %1199)
	%1461 = call float @llvm.nvvm.fmax.f(float %1241, float %1255)
	%1462 = call float @llvm.nvvm.fmax.f(float %1297, float %1311)
	%1463 = call float @llvm.nvvm.fmax.f(float %1353, float %1367)
	%1464 = call float @llvm.nvvm.fmax.f(float %1456, float %1457)
	%1465 = call float @llvm.nvvm.fmax.f(float %1458, float %1459)
	%1466 = call float @llvm.nvvm.fmax.f(float %1460, float %1461)
	%1467 = call float @llvm.nvvm.fmax.f(float %1462, float %1463)
	%1468 = call float @llvm.nvvm.fmax.f(float %1464, float %1465)
	%1469 = call float @llvm.nvvm.fmax.f(float %1466, float %1467)
	%1470 = call float @llvm.nvvm.fmax.f(float %1468, float %1469)
	%1471 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1470, i32 1, i32 31)
	%1472 = call float @llvm.nvvm.fmax.f(float %1470, float %1471)
	%1473 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1472, i32 2, i32 31)
	%1474 = call float @llvm.nvvm.fmax.f(float %1472, float %1473)
	%1475 = call float @llvm.nvvm.fmax.f(float %55, float %1474)
	%1476 = fcmp oeq float %1475, 0xFFF0000000000000
	%1477 = select i1 %1476, float 0.0, float %1475
	%1478 = fsub float %961, %1477
	%1479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1478)
	%1480 = fsub float %975, %1477
	%1481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1480)
	%1482 = fsub float %1017, %1477
	%1483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1482)
	%1484 = fsub float %1031, %1477
	%1485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1484)
	%1486 = fsub float %1073, %1477
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = fsub float %1087, %1477
	%1489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1488)
	%1490 = fsub float %1129, %1477
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = fsub float %1143, %1477
	%1493 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1492)
	%1494 = fsub float %1185, %1477
	%1495 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1494)
	%1496 = fsub float %1199, %1477
	%1497 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1496)
	%1498 = fsub float %1241, %1477
	%1499 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1498)
	%1500 = fsub float %1255, %1477
	%1501 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1500)
	%1502 = fsub float %1297, %1477
	%1503 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1502)
	%1504 = fsub float %1311, %1477
	%1505 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1504)
	%1506 = fsub float %1353, %1477
	%1507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1506)
	%1508 = fsub float %1367, %1477
	%1509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1508)
	%1510 = fadd float %1479, %1481
	%1511 = fadd float %1483, %1485
	%1512 = fadd float %1487, %1489
	%1513 = fadd float %1491, %1493
	%1514 = fadd float %1495, %1497
	%1515 = fadd float %1499, %1501
	%1516 = fadd float %1503, %1505
	%1517 = fadd float %1507, %1509
	%1518 = fadd float %1510, %1511
	%1519 = fadd float %1512, %1513
	%1520 = fadd float %1514, %1515
	%1521 = fadd float %1516, %1517
	%1522 = fadd float %1518, %1519
	%1523 = fadd float %1520, %1521
	%1524 = fadd float %1522, %1523
	%1525 = fsub float %55, %1477
	%1526 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1525)
	%1527 = fmul float %57, %1526
	%1528 = fadd float %1527, %1524
	%1529 = fadd float %1479, %1481
	%1530 = fadd float %1483, %1485
	%1531 = fadd float %1487, %1489
	%1532 = fadd float %1491, %1493
	%1533 = fadd float %1495, %1497
	%1534 = fadd float %1499, %1501
	%1535 = fadd float %1503, %1505
	%1536 = fadd float %1507, %1509
	%1537 = fadd float %1529, %1530
	%1538 = fadd float %1531, %1532
	%1539 = fadd float %1533, %1534
	%1540 = fadd float %1535, %1536
	%1541 = fadd float %1537, %1538
	%1542 = fadd float %1539, %1540
	%1543 = fadd float %1541, %1542
	%1544 = sext i32 %R to i64
	%1545 = mul i32 %4, 16
	%1546 = add i32 %6, 0
	%1547 = add i32 %1545, %1546
	%1548 = add i32 %3, %1547
	%1549 = icmp slt i32 %1548, %R
	%1550 = mul i32 %1, %18
	%1551 = add i32 %1550, %53
	%1552 = sext i32 %1551 to i64
	%1553 = mul i64 %1552, %1544
	%1554 = sext i32 %1548 to i64
	%1555 = add i64 %1553, %1554
	%1556 = icmp eq i32 %7, 0
	%1557 = and i1 %1549, %1556
	br i1 %1557, label %1558, label %1560

1558:
	%1559 = getelementptr float, float* %mx, i64 %1555
	store float %1389, float* %1559
	br label %1560

1560:
	%1561 = mul i32 %4, 16
	%1562 = add i32 %6, 8
	%1563 = add i32 %1561, %1562
	%1564 = add i32 %3, %1563
	%1565 = icmp slt i32 %1564, %R
	%1566 = mul i32 %1, %18
	%1567 = add i32 %1566, %53
	%1568 = sext i32 %1567 to i64
	%1569 = mul i64 %1568, %1544
	%1570 = sext i32 %1564 to i64
	%1571 = add i64 %1569, %1570
	%1572 = icmp eq i32 %7, 0
	%1573 = and i1 %1565, %1572
	br i1 %1573, label %1574, label %1576

1574:
	%1575 = getelementptr float, float* %mx, i64 %1571
	store float %1477, float* %1575
	br label %1576

1576:
	%1577 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1455, i32 1, i32 31)
	%1578 = fadd float %1455, %1577
	%1579 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1578, i32 2, i32 31)
	%1580 = fadd float %1578, %1579
	%1581 = icmp eq i32 %7, 0
	%1582 = sdiv i32 %60, 64
	%1583 = add i32 %1582, 0
	%1584 = and i1 %1581, %1549
	%1585 = icmp slt i32 %1583, %NK
	%1586 = and i1 %1584, %1585
	%1587 = mul i32 %1, %NK
	%1588 = add i32 %1587, %1583
	%1589 = sext i32 %1588 to i64
	%1590 = mul i64 %1589, %1544
	%1591 = mul i32 %4, 16
	%1592 = add i32 %6, 0
	%1593 = add i32 %1591, %1592
	%1594 = add i32 %3, %1593
	%1595 = sext i32 %1594 to i64
	%1596 = add i64 %1590, %1595
	br i1 %1586, label %1597, label %1599

1597:
	%1598 = getelementptr float, float* %part, i64 %1596
	store float %1580, float* %1598
	br label %1599

1599:
	%1600 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1543, i32 1, i32 31)
	%1601 = fadd float %1543, %1600
	%1602 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1601, i32 2, i32 31)
	%1603 = fadd float %1601, %1602
	%1604 = icmp eq i32 %7, 1
	%1605 = sdiv i32 %60, 64
	%1606 = add i32 %1605, 0
	%1607 = and i1 %1604, %1565
	%1608 = icmp slt i32 %1606, %NK
	%1609 = and i1 %1607, %1608
	%1610 = mul i32 %1, %NK
	%1611 = add i32 %1610, %1606
	%1612 = sext i32 %1611 to i64
	%1613 = mul i64 %1612, %1544
	%1614 = mul i32 %4, 16
	%1615 = add i32 %6, 8
	%1616 = add i32 %1614, %1615
	%1617 = add i32 %3, %1616
	%1618 = sext i32 %1617 to i64
	%1619 = add i64 %1613, %1618
	br i1 %1609, label %1620, label %1622

1620:
	%1621 = getelementptr float, float* %part, i64 %1619
	store float %1603, float* %1621
	br label %1622

1622:
	%1623 = add i32 %53, 1
	br label %52

1624:
	%1625 = mul i32 %1, %R
	%1626 = add i32 %1625, %69
	%1627 = mul i32 %1626, 2
	%1628 = add i32 %1627, 0
	%1629 = sext i32 %1628 to i64
	%1630 = getelementptr float, float* %stats, i64 %1629
	store float %54, float* %1630
	%1631 = mul i32 %1, %R
	%1632 = add i32 %1631, %69
	%1633 = mul i32 %1632, 2
	%1634 = add i32 %1633, 1
	%1635 = sext i32 %1634 to i64
	%1636 = getelementptr float, float* %stats, i64 %1635
	store float %65, float* %1636
	br label %1637

1637:
	%1638 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %57, i32 1, i32 31)
	%1639 = fadd float %57, %1638
	%1640 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1639, i32 2, i32 31)
	%1641 = fadd float %1639, %1640
	%1642 = mul i32 %4, 16
	%1643 = add i32 %6, 8
	%1644 = add i32 %1642, %1643
	%1645 = add i32 %3, %1644
	%1646 = icmp slt i32 %1645, %R
	%1647 = icmp eq i32 %7, 0
	%1648 = and i1 %1646, %1647
	br i1 %1648, label %1649, label %1662

1649:
	%1650 = mul i32 %1, %R
	%1651 = add i32 %1650, %1645
	%1652 = mul i32 %1651, 2
	%1653 = add i32 %1652, 0
	%1654 = sext i32 %1653 to i64
	%1655 = getelementptr float, float* %stats, i64 %1654
	store float %55, float* %1655
	%1656 = mul i32 %1, %R
	%1657 = add i32 %1656, %1645
	%1658 = mul i32 %1657, 2
	%1659 = add i32 %1658, 1
	%1660 = sext i32 %1659 to i64
	%1661 = getelementptr float, float* %stats, i64 %1660
	store float %1641, float* %1661
	br label %1662

1662:
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

define ptx_kernel void @oracle_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch) {
entry:
	%0 = ptrtoint [32768 x i8] addrspace(3)* @oracle_attn2_smem to i32
	%1 = add i32 %0, u0x4000
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
	%14 = mul i32 %13, 128
	%15 = sext i32 %14 to i64
	%16 = getelementptr i16, i16* %q, i64 %15
	%17 = mul i32 %11, %N
	%18 = mul i32 %17, 128
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %k, i64 %19
	%21 = mul i32 %11, %N
	%22 = mul i32 %21, 128
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
	%41 = lshr i32 %2, 4
	%42 = and i32 %2, 15
	%43 = and i32 %41, 7
	%44 = xor i32 %42, %43
	%45 = mul i32 %41, 16
	%46 = add i32 %45, %44
	%47 = shl i32 %46, 4
	%48 = add i32 %0, %47
	%49 = add i32 %12, %41
	%50 = mul i32 %49, 128
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
	%61 = add i32 %49, 8
	%62 = icmp slt i32 %61, %M
	%63 = getelementptr i16, i16* %54, i64 1024
	%64 = select i1 %62, i16* %63, i16* %16
	%65 = add i32 %48, 2048
	%66 = select i1 %62, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %65, i16* %64, i32 %66)
	%67 = add i32 %49, 16
	%68 = icmp slt i32 %67, %M
	%69 = getelementptr i16, i16* %54, i64 2048
	%70 = select i1 %68, i16* %69, i16* %16
	%71 = add i32 %48, u0x1000
	%72 = select i1 %68, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %71, i16* %70, i32 %72)
	%73 = add i32 %49, 24
	%74 = icmp slt i32 %73, %M
	%75 = getelementptr i16, i16* %54, i64 3072
	%76 = select i1 %74, i16* %75, i16* %16
	%77 = add i32 %48, 6144
	%78 = select i1 %74, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %77, i16* %76, i32 %78)
	%79 = add i32 %49, 32
	%80 = icmp slt i32 %79, %M
	%81 = getelementptr i16, i16* %54, i64 u0x1000
	%82 = select i1 %80, i16* %81, i16* %16
	%83 = add i32 %48, u0x2000
	%84 = select i1 %80, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %83, i16* %82, i32 %84)
	%85 = add i32 %49, 40
	%86 = icmp slt i32 %85, %M
	%87 = getelementptr i16, i16* %54, i64 5120
	%88 = select i1 %86, i16* %87, i16* %16
	%89 = add i32 %48, 10240
	%90 = select i1 %86, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %89, i16* %88, i32 %90)
	%91 = add i32 %49, 48
	%92 = icmp slt i32 %91, %M
	%93 = getelementptr i16, i16* %54, i64 6144
	%94 = select i1 %92, i16* %93, i16* %16
	%95 = add i32 %48, 12288
	%96 = select i1 %92, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %95, i16* %94, i32 %96)
	%97 = add i32 %49, 56
	%98 = icmp slt i32 %97, %M
	%99 = getelementptr i16, i16* %54, i64 7168
	%100 = select i1 %98, i16* %99, i16* %16
	%101 = add i32 %48, 14336
	%102 = select i1 %98, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %101, i16* %100, i32 %102)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %40, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%103 = and i32 %4, 7
	%104 = lshr i32 %4, 3
	%105 = and i32 %104, 1
	%106 = shl i32 %105, 3
	%107 = add i32 %103, %106
	%108 = lshr i32 %4, 4
	%109 = mul i32 %3, 16
	%110 = add i32 %107, 0
	%111 = add i32 %109, %110
	%112 = mul i32 %111, 256
	%113 = add i32 %0, %112
	%114 = and i32 %4, 7
	%115 = xor i32 %108, %114
	%116 = shl i32 %115, 4
	%117 = add i32 %113, %116
	%118 = xor i32 %117, 0
	%119 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %118)
	%120 = extractvalue { i32, i32, i32, i32 } %119, 0
	%121 = extractvalue { i32, i32, i32, i32 } %119, 1
	%122 = extractvalue { i32, i32, i32, i32 } %119, 2
	%123 = extractvalue { i32, i32, i32, i32 } %119, 3
	%124 = xor i32 %117, 32
	%125 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %124)
	%126 = extractvalue { i32, i32, i32, i32 } %125, 0
	%127 = extractvalue { i32, i32, i32, i32 } %125, 1
	%128 = extractvalue { i32, i32, i32, i32 } %125, 2
	%129 = extractvalue { i32, i32, i32, i32 } %125, 3
	%130 = xor i32 %117, 64
	%131 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %130)
	%132 = extractvalue { i32, i32, i32, i32 } %131, 0
	%133 = extractvalue { i32, i32, i32, i32 } %131, 1
	%134 = extractvalue { i32, i32, i32, i32 } %131, 2
	%135 = extractvalue { i32, i32, i32, i32 } %131, 3
	%136 = xor i32 %117, 96
	%137 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %136)
	%138 = extractvalue { i32, i32, i32, i32 } %137, 0
	%139 = extractvalue { i32, i32, i32, i32 } %137, 1
	%140 = extractvalue { i32, i32, i32, i32 } %137, 2
	%141 = extractvalue { i32, i32, i32, i32 } %137, 3
	%142 = xor i32 %117, 128
	%143 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %142)
	%144 = extractvalue { i32, i32, i32, i32 } %143, 0
	%145 = extractvalue { i32, i32, i32, i32 } %143, 1
	%146 = extractvalue { i32, i32, i32, i32 } %143, 2
	%147 = extractvalue { i32, i32, i32, i32 } %143, 3
	%148 = xor i32 %117, 160
	%149 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %148)
	%150 = extractvalue { i32, i32, i32, i32 } %149, 0
	%151 = extractvalue { i32, i32, i32, i32 } %149, 1
	%152 = extractvalue { i32, i32, i32, i32 } %149, 2
	%153 = extractvalue { i32, i32, i32, i32 } %149, 3
	%154 = xor i32 %117, 192
	%155 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %154)
	%156 = extractvalue { i32, i32, i32, i32 } %155, 0
	%157 = extractvalue { i32, i32, i32, i32 } %155, 1
	%158 = extractvalue { i32, i32, i32, i32 } %155, 2
	%159 = extractvalue { i32, i32, i32, i32 } %155, 3
	%160 = xor i32 %117, 224
	%161 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %160)
	%162 = extractvalue { i32, i32, i32, i32 } %161, 0
	%163 = extractvalue { i32, i32, i32, i32 } %161, 1
	%164 = extractvalue { i32, i32, i32, i32 } %161, 2
	%165 = extractvalue { i32, i32, i32, i32 } %161, 3
	call void @llvm.nvvm.barrier0()
	%166 = mul i32 %37, 64
	%167 = lshr i32 %2, 4
	%168 = and i32 %2, 15
	%169 = and i32 %167, 7
	%170 = xor i32 %168, %169
	%171 = mul i32 %167, 16
	%172 = add i32 %171, %170
	%173 = shl i32 %172, 4
	%174 = add i32 %0, %173
	%175 = add i32 %166, %167
	%176 = mul i32 %175, 128
	%177 = mul i32 %168, 8
	%178 = add i32 %176, %177
	%179 = sext i32 %178 to i64
	%180 = getelementptr i16, i16* %20, i64 %179
	%181 = add i32 %175, 0
	%182 = icmp slt i32 %181, %N
	%183 = getelementptr i16, i16* %180, i64 0
	%184 = select i1 %182, i16* %183, i16* %20
	%185 = add i32 %174, 0
	%186 = select i1 %182, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %185, i16* %184, i32 %186)
	%187 = add i32 %175, 8
	%188 = icmp slt i32 %187, %N
	%189 = getelementptr i16, i16* %180, i64 1024
	%190 = select i1 %188, i16* %189, i16* %20
	%191 = add i32 %174, 2048
	%192 = select i1 %188, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %191, i16* %190, i32 %192)
	%193 = add i32 %175, 16
	%194 = icmp slt i32 %193, %N
	%195 = getelementptr i16, i16* %180, i64 2048
	%196 = select i1 %194, i16* %195, i16* %20
	%197 = add i32 %174, u0x1000
	%198 = select i1 %194, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %197, i16* %196, i32 %198)
	%199 = add i32 %175, 24
	%200 = icmp slt i32 %199, %N
	%201 = getelementptr i16, i16* %180, i64 3072
	%202 = select i1 %200, i16* %201, i16* %20
	%203 = add i32 %174, 6144
	%204 = select i1 %200, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %203, i16* %202, i32 %204)
	%205 = add i32 %175, 32
	%206 = icmp slt i32 %205, %N
	%207 = getelementptr i16, i16* %180, i64 u0x1000
	%208 = select i1 %206, i16* %207, i16* %20
	%209 = add i32 %174, u0x2000
	%210 = select i1 %206, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %209, i16* %208, i32 %210)
	%211 = add i32 %175, 40
	%212 = icmp slt i32 %211, %N
	%213 = getelementptr i16, i16* %180, i64 5120
	%214 = select i1 %212, i16* %213, i16* %20
	%215 = add i32 %174, 10240
	%216 = select i1 %212, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %215, i16* %214, i32 %216)
	%217 = add i32 %175, 48
	%218 = icmp slt i32 %217, %N
	%219 = getelementptr i16, i16* %180, i64 6144
	%220 = select i1 %218, i16* %219, i16* %20
	%221 = add i32 %174, 12288
	%222 = select i1 %218, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %221, i16* %220, i32 %222)
	%223 = add i32 %175, 56
	%224 = icmp slt i32 %223, %N
	%225 = getelementptr i16, i16* %180, i64 7168
	%226 = select i1 %224, i16* %225, i16* %20
	%227 = add i32 %174, 14336
	%228 = select i1 %224, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %227, i16* %226, i32 %228)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%229 = phi i32 [ 0, %prologue ], [ %1584, %pv ]
	%230 = phi i32 [ %37, %prologue ], [ %1591, %pv ]
	%231 = phi float [ 0.0, %prologue ], [ %2163, %pv ]
	%232 = phi float [ 0.0, %prologue ], [ %2164, %pv ]
	%233 = phi float [ 0.0, %prologue ], [ %2165, %pv ]
	%234 = phi float [ 0.0, %prologue ], [ %2166, %pv ]
	%235 = phi float [ 0.0, %prologue ], [ %2168, %pv ]
	%236 = phi float [ 0.0, %prologue ], [ %2169, %pv ]
	%237 = phi float [ 0.0, %prologue ], [ %2170, %pv ]
	%238 = phi float [ 0.0, %prologue ], [ %2171, %pv ]
	%239 = phi float [ 0.0, %prologue ], [ %2180, %pv ]
	%240 = phi float [ 0.0, %prologue ], [ %2181, %pv ]
	%241 = phi float [ 0.0, %prologue ], [ %2182, %pv ]
	%242 = phi float [ 0.0, %prologue ], [ %2183, %pv ]
	%243 = phi float [ 0.0, %prologue ], [ %2185, %pv ]
	%244 = phi float [ 0.0, %prologue ], [ %2186, %pv ]
	%245 = phi float [ 0.0, %prologue ], [ %2187, %pv ]
	%246 = phi float [ 0.0, %prologue ], [ %2188, %pv ]
	%247 = phi float [ 0.0, %prologue ], [ %2197, %pv ]
	%248 = phi float [ 0.0, %prologue ], [ %2198, %pv ]
	%249 = phi float [ 0.0, %prologue ], [ %2199, %pv ]
	%250 = phi float [ 0.0, %prologue ], [ %2200, %pv ]
	%251 = phi float [ 0.0, %prologue ], [ %2202, %pv ]
	%252 = phi float [ 0.0, %prologue ], [ %2203, %pv ]
	%253 = phi float [ 0.0, %prologue ], [ %2204, %pv ]
	%254 = phi float [ 0.0, %prologue ], [ %2205, %pv ]
	%255 = phi float [ 0.0, %prologue ], [ %2214, %pv ]
	%256 = phi float [ 0.0, %prologue ], [ %2215, %pv ]
	%257 = phi float [ 0.0, %prologue ], [ %2216, %pv ]
	%258 = phi float [ 0.0, %prologue ], [ %2217, %pv ]
	%259 = phi float [ 0.0, %prologue ], [ %2219, %pv ]
	%260 = phi float [ 0.0, %prologue ], [ %2220, %pv ]
	%261 = phi float [ 0.0, %prologue ], [ %2221, %pv ]
	%262 = phi float [ 0.0, %prologue ], [ %2222, %pv ]
	%263 = phi float [ 0.0, %prologue ], [ %2231, %pv ]
	%264 = phi float [ 0.0, %prologue ], [ %2232, %pv ]
	%265 = phi float [ 0.0, %prologue ], [ %2233, %pv ]
	%266 = phi float [ 0.0, %prologue ], [ %2234, %pv ]
	%267 = phi float [ 0.0, %prologue ], [ %2236, %pv ]
	%268 = phi float [ 0.0, %prologue ], [ %2237, %pv ]
	%269 = phi float [ 0.0, %prologue ], [ %2238, %pv ]
	%270 = phi float [ 0.0, %prologue ], [ %2239, %pv ]
	%271 = phi float [ 0.0, %prologue ], [ %2248, %pv ]
	%272 = phi float [ 0.0, %prologue ], [ %2249, %pv ]
	%273 = phi float [ 0.0, %prologue ], [ %2250, %pv ]
	%274 = phi float [ 0.0, %prologue ], [ %2251, %pv ]
	%275 = phi float [ 0.0, %prologue ], [ %2253, %pv ]
	%276 = phi float [ 0.0, %prologue ], [ %2254, %pv ]
	%277 = phi float [ 0.0, %prologue ], [ %2255, %pv ]
	%278 = phi float [ 0.0, %prologue ], [ %2256, %pv ]
	%279 = phi float [ 0.0, %prologue ], [ %2265, %pv ]
	%280 = phi float [ 0.0, %prologue ], [ %2266, %pv ]
	%281 = phi float [ 0.0, %prologue ], [ %2267, %pv ]
	%282 = phi float [ 0.0, %prologue ], [ %2268, %pv ]
	%283 = phi float [ 0.0, %prologue ], [ %2270, %pv ]
	%284 = phi float [ 0.0, %prologue ], [ %2271, %pv ]
	%285 = phi float [ 0.0, %prologue ], [ %2272, %pv ]
	%286 = phi float [ 0.0, %prologue ], [ %2273, %pv ]
	%287 = phi float [ 0.0, %prologue ], [ %2282, %pv ]
	%288 = phi float [ 0.0, %prologue ], [ %2283, %pv ]
	%289 = phi float [ 0.0, %prologue ], [ %2284, %pv ]
	%290 = phi float [ 0.0, %prologue ], [ %2285, %pv ]
	%291 = phi float [ 0.0, %prologue ], [ %2287, %pv ]
	%292 = phi float [ 0.0, %prologue ], [ %2288, %pv ]
	%293 = phi float [ 0.0, %prologue ], [ %2289, %pv ]
	%294 = phi float [ 0.0, %prologue ], [ %2290, %pv ]
	%295 = phi float [ 0xFFF0000000000000, %prologue ], [ %1454, %pv ]
	%296 = phi float [ 0.0, %prologue ], [ %1508, %pv ]
	%297 = phi float [ 0xFFF0000000000000, %prologue ], [ %1529, %pv ]
	%298 = phi float [ 0.0, %prologue ], [ %1583, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%299 = mul i32 %230, 64
	%300 = lshr i32 %2, 4
	%301 = and i32 %2, 15
	%302 = and i32 %300, 7
	%303 = xor i32 %301, %302
	%304 = mul i32 %300, 16
	%305 = add i32 %304, %303
	%306 = shl i32 %305, 4
	%307 = add i32 %1, %306
	%308 = add i32 %299, %300
	%309 = mul i32 %308, 128
	%310 = mul i32 %301, 8
	%311 = add i32 %309, %310
	%312 = sext i32 %311 to i64
	%313 = getelementptr i16, i16* %24, i64 %312
	%314 = add i32 %308, 0
	%315 = icmp slt i32 %314, %N
	%316 = getelementptr i16, i16* %313, i64 0
	%317 = select i1 %315, i16* %316, i16* %24
	%318 = add i32 %307, 0
	%319 = select i1 %315, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %318, i16* %317, i32 %319)
	%320 = add i32 %308, 8
	%321 = icmp slt i32 %320, %N
	%322 = getelementptr i16, i16* %313, i64 1024
	%323 = select i1 %321, i16* %322, i16* %24
	%324 = add i32 %307, 2048
	%325 = select i1 %321, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %324, i16* %323, i32 %325)
	%326 = add i32 %308, 16
	%327 = icmp slt i32 %326, %N
	%328 = getelementptr i16, i16* %313, i64 2048
	%329 = select i1 %327, i16* %328, i16* %24
	%330 = add i32 %307, u0x1000
	%331 = select i1 %327, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %330, i16* %329, i32 %331)
	%332 = add i32 %308, 24
	%333 = icmp slt i32 %332, %N
	%334 = getelementptr i16, i16* %313, i64 3072
	%335 = select i1 %333, i16* %334, i16* %24
	%336 = add i32 %307, 6144
	%337 = select i1 %333, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %336, i16* %335, i32 %337)
	%338 = add i32 %308, 32
	%339 = icmp slt i32 %338, %N
	%340 = getelementptr i16, i16* %313, i64 u0x1000
	%341 = select i1 %339, i16* %340, i16* %24
	%342 = add i32 %307, u0x2000
	%343 = select i1 %339, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %342, i16* %341, i32 %343)
	%344 = add i32 %308, 40
	%345 = icmp slt i32 %344, %N
	%346 = getelementptr i16, i16* %313, i64 5120
	%347 = select i1 %345, i16* %346, i16* %24
	%348 = add i32 %307, 10240
	%349 = select i1 %345, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %348, i16* %347, i32 %349)
	%350 = add i32 %308, 48
	%351 = icmp slt i32 %350, %N
	%352 = getelementptr i16, i16* %313, i64 6144
	%353 = select i1 %351, i16* %352, i16* %24
	%354 = add i32 %307, 12288
	%355 = select i1 %351, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %354, i16* %353, i32 %355)
	%356 = add i32 %308, 56
	%357 = icmp slt i32 %356, %N
	%358 = getelementptr i16, i16* %313, i64 7168
	%359 = select i1 %357, i16* %358, i16* %24
	%360 = add i32 %307, 14336
	%361 = select i1 %357, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %360, i16* %359, i32 %361)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%362 = and i32 %4, 7
	%363 = shl i32 %108, 3
	%364 = add i32 %362, %363
	%365 = lshr i32 %4, 3
	%366 = and i32 %365, 1
	%367 = mul i32 %364, 256
	%368 = add i32 %0, %367
	%369 = and i32 %4, 7
	%370 = xor i32 %366, %369
	%371 = shl i32 %370, 4
	%372 = add i32 %368, %371
	%373 = xor i32 %372, 0
	%374 = add i32 %373, 0
	%375 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %374)
	%376 = extractvalue { i32, i32, i32, i32 } %375, 0
	%377 = extractvalue { i32, i32, i32, i32 } %375, 1
	%378 = extractvalue { i32, i32, i32, i32 } %375, 2
	%379 = extractvalue { i32, i32, i32, i32 } %375, 3
	%380 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %376, i32 %377, float 0.0, float 0.0, float 0.0, float 0.0)
	%381 = extractvalue { float, float, float, float } %380, 0
	%382 = extractvalue { float, float, float, float } %380, 1
	%383 = extractvalue { float, float, float, float } %380, 2
	%384 = extractvalue { float, float, float, float } %380, 3
	%385 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %378, i32 %379, float 0.0, float 0.0, float 0.0, float 0.0)
	%386 = extractvalue { float, float, float, float } %385, 0
	%387 = extractvalue { float, float, float, float } %385, 1
	%388 = extractvalue { float, float, float, float } %385, 2
	%389 = extractvalue { float, float, float, float } %385, 3
	%390 = add i32 %373, u0x1000
	%391 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %390)
	%392 = extractvalue { i32, i32, i32, i32 } %391, 0
	%393 = extractvalue { i32, i32, i32, i32 } %391, 1
	%394 = extractvalue { i32, i32, i32, i32 } %391, 2
	%395 = extractvalue { i32, i32, i32, i32 } %391, 3
	%396 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %392, i32 %393, float 0.0, float 0.0, float 0.0, float 0.0)
	%397 = extractvalue { float, float, float, float } %396, 0
	%398 = extractvalue { float, float, float, float } %396, 1
	%399 = extractvalue { float, float, float, float } %396, 2
	%400 = extractvalue { float, float, float, float } %396, 3
	%401 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %394, i32 %395, float 0.0, float 0.0, float 0.0, float 0.0)
	%402 = extractvalue { float, float, float, float } %401, 0
	%403 = extractvalue { float, float, float, float } %401, 1
	%404 = extractvalue { float, float, float, float } %401, 2
	%405 = extractvalue { float, float, float, float } %401, 3
	%406 = add i32 %373, u0x2000
	%407 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %406)
	%408 = extractvalue { i32, i32, i32, i32 } %407, 0
	%409 = extractvalue { i32, i32, i32, i32 } %407, 1
	%410 = extractvalue { i32, i32, i32, i32 } %407, 2
	%411 = extractvalue { i32, i32, i32, i32 } %407, 3
	%412 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %408, i32 %409, float 0.0, float 0.0, float 0.0, float 0.0)
	%413 = extractvalue { float, float, float, float } %412, 0
	%414 = extractvalue { float, float, float, float } %412, 1
	%415 = extractvalue { float, float, float, float } %412, 2
	%416 = extractvalue { float, float, float, float } %412, 3
	%417 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %410, i32 %411, float 0.0, float 0.0, float 0.0, float 0.0)
	%418 = extractvalue { float, float, float, float } %417, 0
	%419 = extractvalue { float, float, float, float } %417, 1
	%420 = extractvalue { float, float, float, float } %417, 2
	%421 = extractvalue { float, float, float, float } %417, 3
	%422 = add i32 %373, 12288
	%423 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %422)
	%424 = extractvalue { i32, i32, i32, i32 } %423, 0
	%425 = extractvalue { i32, i32, i32, i32 } %423, 1
	%426 = extractvalue { i32, i32, i32, i32 } %423, 2
	%427 = extractvalue { i32, i32, i32, i32 } %423, 3
	%428 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %424, i32 %425, float 0.0, float 0.0, float 0.0, float 0.0)
	%429 = extractvalue { float, float, float, float } %428, 0
	%430 = extractvalue { float, float, float, float } %428, 1
	%431 = extractvalue { float, float, float, float } %428, 2
	%432 = extractvalue { float, float, float, float } %428, 3
	%433 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %120, i32 %121, i32 %122, i32 %123, i32 %426, i32 %427, float 0.0, float 0.0, float 0.0, float 0.0)
	%434 = extractvalue { float, float, float, float } %433, 0
	%435 = extractvalue { float, float, float, float } %433, 1
	%436 = extractvalue { float, float, float, float } %433, 2
	%437 = extractvalue { float, float, float, float } %433, 3
	%438 = xor i32 %372, 32
	%439 = add i32 %438, 0
	%440 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %439)
	%441 = extractvalue { i32, i32, i32, i32 } %440, 0
	%442 = extractvalue { i32, i32, i32, i32 } %440, 1
	%443 = extractvalue { i32, i32, i32, i32 } %440, 2
	%444 = extractvalue { i32, i32, i32, i32 } %440, 3
	%445 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %441, i32 %442, float %381, float %382, float %383, float %384)
	%446 = extractvalue { float, float, float, float } %445, 0
	%447 = extractvalue { float, float, float, float } %445, 1
	%448 = extractvalue { float, float, float, float } %445, 2
	%449 = extractvalue { float, float, float, float } %445, 3
	%450 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %443, i32 %444, float %386, float %387, float %388, float %389)
	%451 = extractvalue { float, float, float, float } %450, 0
	%452 = extractvalue { float, float, float, float } %450, 1
	%453 = extractvalue { float, float, float, float } %450, 2
	%454 = extractvalue { float, float, float, float } %450, 3
	%455 = add i32 %438, u0x1000
	%456 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %455)
	%457 = extractvalue { i32, i32, i32, i32 } %456, 0
	%458 = extractvalue { i32, i32, i32, i32 } %456, 1
	%459 = extractvalue { i32, i32, i32, i32 } %456, 2
	%460 = extractvalue { i32, i32, i32, i32 } %456, 3
	%461 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %457, i32 %458, float %397, float %398, float %399, float %400)
	%462 = extractvalue { float, float, float, float } %461, 0
	%463 = extractvalue { float, float, float, float } %461, 1
	%464 = extractvalue { float, float, float, float } %461, 2
	%465 = extractvalue { float, float, float, float } %461, 3
	%466 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %459, i32 %460, float %402, float %403, float %404, float %405)
	%467 = extractvalue { float, float, float, float } %466, 0
	%468 = extractvalue { float, float, float, float } %466, 1
	%469 = extractvalue { float, float, float, float } %466, 2
	%470 = extractvalue { float, float, float, float } %466, 3
	%471 = add i32 %438, u0x2000
	%472 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %471)
	%473 = extractvalue { i32, i32, i32, i32 } %472, 0
	%474 = extractvalue { i32, i32, i32, i32 } %472, 1
	%475 = extractvalue { i32, i32, i32, i32 } %472, 2
	%476 = extractvalue { i32, i32, i32, i32 } %472, 3
	%477 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %473, i32 %474, float %413, float %414, float %415, float %416)
	%478 = extractvalue { float, float, float, float } %477, 0
	%479 = extractvalue { float, float, float, float } %477, 1
	%480 = extractvalue { float, float, float, float } %477, 2
	%481 = extractvalue { float, float, float, float } %477, 3
	%482 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %475, i32 %476, float %418, float %419, float %420, float %421)
	%483 = extractvalue { float, float, float, float } %482, 0
	%484 = extractvalue { float, float, float, float } %482, 1
	%485 = extractvalue { float, float, float, float } %482, 2
	%486 = extractvalue { float, float, float, float } %482, 3
	%487 = add i32 %438, 12288
	%488 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %487)
	%489 = extractvalue { i32, i32, i32, i32 } %488, 0
	%490 = extractvalue { i32, i32, i32, i32 } %488, 1
	%491 = extractvalue { i32, i32, i32, i32 } %488, 2
	%492 = extractvalue { i32, i32, i32, i32 } %488, 3
	%493 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %489, i32 %490, float %429, float %430, float %431, float %432)
	%494 = extractvalue { float, float, float, float } %493, 0
	%495 = extractvalue { float, float, float, float } %493, 1
	%496 = extractvalue { float, float, float, float } %493, 2
	%497 = extractvalue { float, float, float, float } %493, 3
	%498 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %126, i32 %127, i32 %128, i32 %129, i32 %491, i32 %492, float %434, float %435, float %436, float %437)
	%499 = extractvalue { float, float, float, float } %498, 0
	%500 = extractvalue { float, float, float, float } %498, 1
	%501 = extractvalue { float, float, float, float } %498, 2
	%502 = extractvalue { float, float, float, float } %498, 3
	%503 = xor i32 %372, 64
	%504 = add i32 %503, 0
	%505 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %504)
	%506 = extractvalue { i32, i32, i32, i32 } %505, 0
	%507 = extractvalue { i32, i32, i32, i32 } %505, 1
	%508 = extractvalue { i32, i32, i32, i32 } %505, 2
	%509 = extractvalue { i32, i32, i32, i32 } %505, 3
	%510 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %506, i32 %507, float %446, float %447, float %448, float %449)
	%511 = extractvalue { float, float, float, float } %510, 0
	%512 = extractvalue { float, float, float, float } %510, 1
	%513 = extractvalue { float, float, float, float } %510, 2
	%514 = extractvalue { float, float, float, float } %510, 3
	%515 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %508, i32 %509, float %451, float %452, float %453, float %454)
	%516 = extractvalue { float, float, float, float } %515, 0
	%517 = extractvalue { float, float, float, float } %515, 1
	%518 = extractvalue { float, float, float, float } %515, 2
	%519 = extractvalue { float, float, float, float } %515, 3
	%520 = add i32 %503, u0x1000
	%521 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %520)
	%522 = extractvalue { i32, i32, i32, i32 } %521, 0
	%523 = extractvalue { i32, i32, i32, i32 } %521, 1
	%524 = extractvalue { i32, i32, i32, i32 } %521, 2
	%525 = extractvalue { i32, i32, i32, i32 } %521, 3
	%526 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %522, i32 %523, float %462, float %463, float %464, float %465)
	%527 = extractvalue { float, float, float, float } %526, 0
	%528 = extractvalue { float, float, float, float } %526, 1
	%529 = extractvalue { float, float, float, float } %526, 2
	%530 = extractvalue { float, float, float, float } %526, 3
	%531 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %524, i32 %525, float %467, float %468, float %469, float %470)
	%532 = extractvalue { float, float, float, float } %531, 0
	%533 = extractvalue { float, float, float, float } %531, 1
	%534 = extractvalue { float, float, float, float } %531, 2
	%535 = extractvalue { float, float, float, float } %531, 3
	%536 = add i32 %503, u0x2000
	%537 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %536)
	%538 = extractvalue { i32, i32, i32, i32 } %537, 0
	%539 = extractvalue { i32, i32, i32, i32 } %537, 1
	%540 = extractvalue { i32, i32, i32, i32 } %537, 2
	%541 = extractvalue { i32, i32, i32, i32 } %537, 3
	%542 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %538, i32 %539, float %478, float %479, float %480, float %481)
	%543 = extractvalue { float, float, float, float } %542, 0
	%544 = extractvalue { float, float, float, float } %542, 1
	%545 = extractvalue { float, float, float, float } %542, 2
	%546 = extractvalue { float, float, float, float } %542, 3
	%547 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %540, i32 %541, float %483, float %484, float %485, float %486)
	%548 = extractvalue { float, float, float, float } %547, 0
	%549 = extractvalue { float, float, float, float } %547, 1
	%550 = extractvalue { float, float, float, float } %547, 2
	%551 = extractvalue { float, float, float, float } %547, 3
	%552 = add i32 %503, 12288
	%553 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %552)
	%554 = extractvalue { i32, i32, i32, i32 } %553, 0
	%555 = extractvalue { i32, i32, i32, i32 } %553, 1
	%556 = extractvalue { i32, i32, i32, i32 } %553, 2
	%557 = extractvalue { i32, i32, i32, i32 } %553, 3
	%558 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %554, i32 %555, float %494, float %495, float %496, float %497)
	%559 = extractvalue { float, float, float, float } %558, 0
	%560 = extractvalue { float, float, float, float } %558, 1
	%561 = extractvalue { float, float, float, float } %558, 2
	%562 = extractvalue { float, float, float, float } %558, 3
	%563 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %132, i32 %133, i32 %134, i32 %135, i32 %556, i32 %557, float %499, float %500, float %501, float %502)
	%564 = extractvalue { float, float, float, float } %563, 0
	%565 = extractvalue { float, float, float, float } %563, 1
	%566 = extractvalue { float, float, float, float } %563, 2
	%567 = extractvalue { float, float, float, float } %563, 3
	%568 = xor i32 %372, 96
	%569 = add i32 %568, 0
	%570 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %569)
	%571 = extractvalue { i32, i32, i32, i32 } %570, 0
	%572 = extractvalue { i32, i32, i32, i32 } %570, 1
	%573 = extractvalue { i32, i32, i32, i32 } %570, 2
	%574 = extractvalue { i32, i32, i32, i32 } %570, 3
	%575 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %571, i32 %572, float %511, float %512, float %513, float %514)
	%576 = extractvalue { float, float, float, float } %575, 0
	%577 = extractvalue { float, float, float, float } %575, 1
	%578 = extractvalue { float, float, float, float } %575, 2
	%579 = extractvalue { float, float, float, float } %575, 3
	%580 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %573, i32 %574, float %516, float %517, float %518, float %519)
	%581 = extractvalue { float, float, float, float } %580, 0
	%582 = extractvalue { float, float, float, float } %580, 1
	%583 = extractvalue { float, float, float, float } %580, 2
	%584 = extractvalue { float, float, float, float } %580, 3
	%585 = add i32 %568, u0x1000
	%586 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %585)
	%587 = extractvalue { i32, i32, i32, i32 } %586, 0
	%588 = extractvalue { i32, i32, i32, i32 } %586, 1
	%589 = extractvalue { i32, i32, i32, i32 } %586, 2
	%590 = extractvalue { i32, i32, i32, i32 } %586, 3
	%591 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %587, i32 %588, float %527, float %528, float %529, float %530)
	%592 = extractvalue { float, float, float, float } %591, 0
	%593 = extractvalue { float, float, float, float } %591, 1
	%594 = extractvalue { float, float, float, float } %591, 2
	%595 = extractvalue { float, float, float, float } %591, 3
	%596 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %589, i32 %590, float %532, float %533, float %534, float %535)
	%597 = extractvalue { float, float, float, float } %596, 0
	%598 = extractvalue { float, float, float, float } %596, 1
	%599 = extractvalue { float, float, float, float } %596, 2
	%600 = extractvalue { float, float, float, float } %596, 3
	%601 = add i32 %568, u0x2000
	%602 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %601)
	%603 = extractvalue { i32, i32, i32, i32 } %602, 0
	%604 = extractvalue { i32, i32, i32, i32 } %602, 1
	%605 = extractvalue { i32, i32, i32, i32 } %602, 2
	%606 = extractvalue { i32, i32, i32, i32 } %602, 3
	%607 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %603, i32 %604, float %543, float %544, float %545, float %546)
	%608 = extractvalue { float, float, float, float } %607, 0
	%609 = extractvalue { float, float, float, float } %607, 1
	%610 = extractvalue { float, float, float, float } %607, 2
	%611 = extractvalue { float, float, float, float } %607, 3
	%612 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %605, i32 %606, float %548, float %549, float %550, float %551)
	%613 = extractvalue { float, float, float, float } %612, 0
	%614 = extractvalue { float, float, float, float } %612, 1
	%615 = extractvalue { float, float, float, float } %612, 2
	%616 = extractvalue { float, float, float, float } %612, 3
	%617 = add i32 %568, 12288
	%618 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %617)
	%619 = extractvalue { i32, i32, i32, i32 } %618, 0
	%620 = extractvalue { i32, i32, i32, i32 } %618, 1
	%621 = extractvalue { i32, i32, i32, i32 } %618, 2
	%622 = extractvalue { i32, i32, i32, i32 } %618, 3
	%623 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %619, i32 %620, float %559, float %560, float %561, float %562)
	%624 = extractvalue { float, float, float, float } %623, 0
	%625 = extractvalue { float, float, float, float } %623, 1
	%626 = extractvalue { float, float, float, float } %623, 2
	%627 = extractvalue { float, float, float, float } %623, 3
	%628 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %138, i32 %139, i32 %140, i32 %141, i32 %621, i32 %622, float %564, float %565, float %566, float %567)
	%629 = extractvalue { float, float, float, float } %628, 0
	%630 = extractvalue { float, float, float, float } %628, 1
	%631 = extractvalue { float, float, float, float } %628, 2
	%632 = extractvalue { float, float, float, float } %628, 3
	%633 = xor i32 %372, 128
	%634 = add i32 %633, 0
	%635 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %634)
	%636 = extractvalue { i32, i32, i32, i32 } %635, 0
	%637 = extractvalue { i32, i32, i32, i32 } %635, 1
	%638 = extractvalue { i32, i32, i32, i32 } %635, 2
	%639 = extractvalue { i32, i32, i32, i32 } %635, 3
	%640 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %636, i32 %637, float %576, float %577, float %578, float %579)
	%641 = extractvalue { float, float, float, float } %640, 0
	%642 = extractvalue { float, float, float, float } %640, 1
	%643 = extractvalue { float, float, float, float } %640, 2
	%644 = extractvalue { float, float, float, float } %640, 3
	%645 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %638, i32 %639, float %581, float %582, float %583, float %584)
	%646 = extractvalue { float, float, float, float } %645, 0
	%647 = extractvalue { float, float, float, float } %645, 1
	%648 = extractvalue { float, float, float, float } %645, 2
	%649 = extractvalue { float, float, float, float } %645, 3
	%650 = add i32 %633, u0x1000
	%651 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %650)
	%652 = extractvalue { i32, i32, i32, i32 } %651, 0
	%653 = extractvalue { i32, i32, i32, i32 } %651, 1
	%654 = extractvalue { i32, i32, i32, i32 } %651, 2
	%655 = extractvalue { i32, i32, i32, i32 } %651, 3
	%656 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %652, i32 %653, float %592, float %593, float %594, float %595)
	%657 = extractvalue { float, float, float, float } %656, 0
	%658 = extractvalue { float, float, float, float } %656, 1
	%659 = extractvalue { float, float, float, float } %656, 2
	%660 = extractvalue { float, float, float, float } %656, 3
	%661 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %654, i32 %655, float %597, float %598, float %599, float %600)
	%662 = extractvalue { float, float, float, float } %661, 0
	%663 = extractvalue { float, float, float, float } %661, 1
	%664 = extractvalue { float, float, float, float } %661, 2
	%665 = extractvalue { float, float, float, float } %661, 3
	%666 = add i32 %633, u0x2000
	%667 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %666)
	%668 = extractvalue { i32, i32, i32, i32 } %667, 0
	%669 = extractvalue { i32, i32, i32, i32 } %667, 1
	%670 = extractvalue { i32, i32, i32, i32 } %667, 2
	%671 = extractvalue { i32, i32, i32, i32 } %667, 3
	%672 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %668, i32 %669, float %608, float %609, float %610, float %611)
	%673 = extractvalue { float, float, float, float } %672, 0
	%674 = extractvalue { float, float, float, float } %672, 1
	%675 = extractvalue { float, float, float, float } %672, 2
	%676 = extractvalue { float, float, float, float } %672, 3
	%677 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %670, i32 %671, float %613, float %614, float %615, float %616)
	%678 = extractvalue { float, float, float, float } %677, 0
	%679 = extractvalue { float, float, float, float } %677, 1
	%680 = extractvalue { float, float, float, float } %677, 2
	%681 = extractvalue { float, float, float, float } %677, 3
	%682 = add i32 %633, 12288
	%683 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %682)
	%684 = extractvalue { i32, i32, i32, i32 } %683, 0
	%685 = extractvalue { i32, i32, i32, i32 } %683, 1
	%686 = extractvalue { i32, i32, i32, i32 } %683, 2
	%687 = extractvalue { i32, i32, i32, i32 } %683, 3
	%688 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %684, i32 %685, float %624, float %625, float %626, float %627)
	%689 = extractvalue { float, float, float, float } %688, 0
	%690 = extractvalue { float, float, float, float } %688, 1
	%691 = extractvalue { float, float, float, float } %688, 2
	%692 = extractvalue { float, float, float, float } %688, 3
	%693 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %144, i32 %145, i32 %146, i32 %147, i32 %686, i32 %687, float %629, float %630, float %631, float %632)
	%694 = extractvalue { float, float, float, float } %693, 0
	%695 = extractvalue { float, float, float, float } %693, 1
	%696 = extractvalue { float, float, float, float } %693, 2
	%697 = extractvalue { float, float, float, float } %693, 3
	%698 = xor i32 %372, 160
	%699 = add i32 %698, 0
	%700 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %699)
	%701 = extractvalue { i32, i32, i32, i32 } %700, 0
	%702 = extractvalue { i32, i32, i32, i32 } %700, 1
	%703 = extractvalue { i32, i32, i32, i32 } %700, 2
	%704 = extractvalue { i32, i32, i32, i32 } %700, 3
	%705 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %701, i32 %702, float %641, float %642, float %643, float %644)
	%706 = extractvalue { float, float, float, float } %705, 0
	%707 = extractvalue { float, float, float, float } %705, 1
	%708 = extractvalue { float, float, float, float } %705, 2
	%709 = extractvalue { float, float, float, float } %705, 3
	%710 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %703, i32 %704, float %646, float %647, float %648, float %649)
	%711 = extractvalue { float, float, float, float } %710, 0
	%712 = extractvalue { float, float, float, float } %710, 1
	%713 = extractvalue { float, float, float, float } %710, 2
	%714 = extractvalue { float, float, float, float } %710, 3
	%715 = add i32 %698, u0x1000
	%716 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %715)
	%717 = extractvalue { i32, i32, i32, i32 } %716, 0
	%718 = extractvalue { i32, i32, i32, i32 } %716, 1
	%719 = extractvalue { i32, i32, i32, i32 } %716, 2
	%720 = extractvalue { i32, i32, i32, i32 } %716, 3
	%721 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %717, i32 %718, float %657, float %658, float %659, float %660)
	%722 = extractvalue { float, float, float, float } %721, 0
	%723 = extractvalue { float, float, float, float } %721, 1
	%724 = extractvalue { float, float, float, float } %721, 2
	%725 = extractvalue { float, float, float, float } %721, 3
	%726 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %719, i32 %720, float %662, float %663, float %664, float %665)
	%727 = extractvalue { float, float, float, float } %726, 0
	%728 = extractvalue { float, float, float, float } %726, 1
	%729 = extractvalue { float, float, float, float } %726, 2
	%730 = extractvalue { float, float, float, float } %726, 3
	%731 = add i32 %698, u0x2000
	%732 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %731)
	%733 = extractvalue { i32, i32, i32, i32 } %732, 0
	%734 = extractvalue { i32, i32, i32, i32 } %732, 1
	%735 = extractvalue { i32, i32, i32, i32 } %732, 2
	%736 = extractvalue { i32, i32, i32, i32 } %732, 3
	%737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %733, i32 %734, float %673, float %674, float %675, float %676)
	%738 = extractvalue { float, float, float, float } %737, 0
	%739 = extractvalue { float, float, float, float } %737, 1
	%740 = extractvalue { float, float, float, float } %737, 2
	%741 = extractvalue { float, float, float, float } %737, 3
	%742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %735, i32 %736, float %678, float %679, float %680, float %681)
	%743 = extractvalue { float, float, float, float } %742, 0
	%744 = extractvalue { float, float, float, float } %742, 1
	%745 = extractvalue { float, float, float, float } %742, 2
	%746 = extractvalue { float, float, float, float } %742, 3
	%747 = add i32 %698, 12288
	%748 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %747)
	%749 = extractvalue { i32, i32, i32, i32 } %748, 0
	%750 = extractvalue { i32, i32, i32, i32 } %748, 1
	%751 = extractvalue { i32, i32, i32, i32 } %748, 2
	%752 = extractvalue { i32, i32, i32, i32 } %748, 3
	%753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %749, i32 %750, float %689, float %690, float %691, float %692)
	%754 = extractvalue { float, float, float, float } %753, 0
	%755 = extractvalue { float, float, float, float } %753, 1
	%756 = extractvalue { float, float, float, float } %753, 2
	%757 = extractvalue { float, float, float, float } %753, 3
	%758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %150, i32 %151, i32 %152, i32 %153, i32 %751, i32 %752, float %694, float %695, float %696, float %697)
	%759 = extractvalue { float, float, float, float } %758, 0
	%760 = extractvalue { float, float, float, float } %758, 1
	%761 = extractvalue { float, float, float, float } %758, 2
	%762 = extractvalue { float, float, float, float } %758, 3
	%763 = xor i32 %372, 192
	%764 = add i32 %763, 0
	%765 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %764)
	%766 = extractvalue { i32, i32, i32, i32 } %765, 0
	%767 = extractvalue { i32, i32, i32, i32 } %765, 1
	%768 = extractvalue { i32, i32, i32, i32 } %765, 2
	%769 = extractvalue { i32, i32, i32, i32 } %765, 3
	%770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %766, i32 %767, float %706, float %707, float %708, float %709)
	%771 = extractvalue { float, float, float, float } %770, 0
	%772 = extractvalue { float, float, float, float } %770, 1
	%773 = extractvalue { float, float, float, float } %770, 2
	%774 = extractvalue { float, float, float, float } %770, 3
	%775 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %768, i32 %769, float %711, float %712, float %713, float %714)
	%776 = extractvalue { float, float, float, float } %775, 0
	%777 = extractvalue { float, float, float, float } %775, 1
	%778 = extractvalue { float, float, float, float } %775, 2
	%779 = extractvalue { float, float, float, float } %775, 3
	%780 = add i32 %763, u0x1000
	%781 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %780)
	%782 = extractvalue { i32, i32, i32, i32 } %781, 0
	%783 = extractvalue { i32, i32, i32, i32 } %781, 1
	%784 = extractvalue { i32, i32, i32, i32 } %781, 2
	%785 = extractvalue { i32, i32, i32, i32 } %781, 3
	%786 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %782, i32 %783, float %722, float %723, float %724, float %725)
	%787 = extractvalue { float, float, float, float } %786, 0
	%788 = extractvalue { float, float, float, float } %786, 1
	%789 = extractvalue { float, float, float, float } %786, 2
	%790 = extractvalue { float, float, float, float } %786, 3
	%791 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %784, i32 %785, float %727, float %728, float %729, float %730)
	%792 = extractvalue { float, float, float, float } %791, 0
	%793 = extractvalue { float, float, float, float } %791, 1
	%794 = extractvalue { float, float, float, float } %791, 2
	%795 = extractvalue { float, float, float, float } %791, 3
	%796 = add i32 %763, u0x2000
	%797 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %796)
	%798 = extractvalue { i32, i32, i32, i32 } %797, 0
	%799 = extractvalue { i32, i32, i32, i32 } %797, 1
	%800 = extractvalue { i32, i32, i32, i32 } %797, 2
	%801 = extractvalue { i32, i32, i32, i32 } %797, 3
	%802 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %798, i32 %799, float %738, float %739, float %740, float %741)
	%803 = extractvalue { float, float, float, float } %802, 0
	%804 = extractvalue { float, float, float, float } %802, 1
	%805 = extractvalue { float, float, float, float } %802, 2
	%806 = extractvalue { float, float, float, float } %802, 3
	%807 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %800, i32 %801, float %743, float %744, float %745, float %746)
	%808 = extractvalue { float, float, float, float } %807, 0
	%809 = extractvalue { float, float, float, float } %807, 1
	%810 = extractvalue { float, float, float, float } %807, 2
	%811 = extractvalue { float, float, float, float } %807, 3
	%812 = add i32 %763, 12288
	%813 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %812)
	%814 = extractvalue { i32, i32, i32, i32 } %813, 0
	%815 = extractvalue { i32, i32, i32, i32 } %813, 1
	%816 = extractvalue { i32, i32, i32, i32 } %813, 2
	%817 = extractvalue { i32, i32, i32, i32 } %813, 3
	%818 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %814, i32 %815, float %754, float %755, float %756, float %757)
	%819 = extractvalue { float, float, float, float } %818, 0
	%820 = extractvalue { float, float, float, float } %818, 1
	%821 = extractvalue { float, float, float, float } %818, 2
	%822 = extractvalue { float, float, float, float } %818, 3
	%823 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %156, i32 %157, i32 %158, i32 %159, i32 %816, i32 %817, float %759, float %760, float %761, float %762)
	%824 = extractvalue { float, float, float, float } %823, 0
	%825 = extractvalue { float, float, float, float } %823, 1
	%826 = extractvalue { float, float, float, float } %823, 2
	%827 = extractvalue { float, float, float, float } %823, 3
	%828 = xor i32 %372, 224
	%829 = add i32 %828, 0
	%830 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %829)
	%831 = extractvalue { i32, i32, i32, i32 } %830, 0
	%832 = extractvalue { i32, i32, i32, i32 } %830, 1
	%833 = extractvalue { i32, i32, i32, i32 } %830, 2
	%834 = extractvalue { i32, i32, i32, i32 } %830, 3
	%835 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %831, i32 %832, float %771, float %772, float %773, float %774)
	%836 = extractvalue { float, float, float, float } %835, 0
	%837 = extractvalue { float, float, float, float } %835, 1
	%838 = extractvalue { float, float, float, float } %835, 2
	%839 = extractvalue { float, float, float, float } %835, 3
	%840 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %833, i32 %834, float %776, float %777, float %778, float %779)
	%841 = extractvalue { float, float, float, float } %840, 0
	%842 = extractvalue { float, float, float, float } %840, 1
	%843 = extractvalue { float, float, float, float } %840, 2
	%844 = extractvalue { float, float, float, float } %840, 3
	%845 = add i32 %828, u0x1000
	%846 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %845)
	%847 = extractvalue { i32, i32, i32, i32 } %846, 0
	%848 = extractvalue { i32, i32, i32, i32 } %846, 1
	%849 = extractvalue { i32, i32, i32, i32 } %846, 2
	%850 = extractvalue { i32, i32, i32, i32 } %846, 3
	%851 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %847, i32 %848, float %787, float %788, float %789, float %790)
	%852 = extractvalue { float, float, float, float } %851, 0
	%853 = extractvalue { float, float, float, float } %851, 1
	%854 = extractvalue { float, float, float, float } %851, 2
	%855 = extractvalue { float, float, float, float } %851, 3
	%856 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %849, i32 %850, float %792, float %793, float %794, float %795)
	%857 = extractvalue { float, float, float, float } %856, 0
	%858 = extractvalue { float, float, float, float } %856, 1
	%859 = extractvalue { float, float, float, float } %856, 2
	%860 = extractvalue { float, float, float, float } %856, 3
	%861 = add i32 %828, u0x2000
	%862 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %861)
	%863 = extractvalue { i32, i32, i32, i32 } %862, 0
	%864 = extractvalue { i32, i32, i32, i32 } %862, 1
	%865 = extractvalue { i32, i32, i32, i32 } %862, 2
	%866 = extractvalue { i32, i32, i32, i32 } %862, 3
	%867 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %863, i32 %864, float %803, float %804, float %805, float %806)
	%868 = extractvalue { float, float, float, float } %867, 0
	%869 = extractvalue { float, float, float, float } %867, 1
	%870 = extractvalue { float, float, float, float } %867, 2
	%871 = extractvalue { float, float, float, float } %867, 3
	%872 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %865, i32 %866, float %808, float %809, float %810, float %811)
	%873 = extractvalue { float, float, float, float } %872, 0
	%874 = extractvalue { float, float, float, float } %872, 1
	%875 = extractvalue { float, float, float, float } %872, 2
	%876 = extractvalue { float, float, float, float } %872, 3
	%877 = add i32 %828, 12288
	%878 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %877)
	%879 = extractvalue { i32, i32, i32, i32 } %878, 0
	%880 = extractvalue { i32, i32, i32, i32 } %878, 1
	%881 = extractvalue { i32, i32, i32, i32 } %878, 2
	%882 = extractvalue { i32, i32, i32, i32 } %878, 3
	%883 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %879, i32 %880, float %819, float %820, float %821, float %822)
	%884 = extractvalue { float, float, float, float } %883, 0
	%885 = extractvalue { float, float, float, float } %883, 1
	%886 = extractvalue { float, float, float, float } %883, 2
	%887 = extractvalue { float, float, float, float } %883, 3
	%888 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %162, i32 %163, i32 %164, i32 %165, i32 %881, i32 %882, float %824, float %825, float %826, float %827)
	%889 = extractvalue { float, float, float, float } %888, 0
	%890 = extractvalue { float, float, float, float } %888, 1
	%891 = extractvalue { float, float, float, float } %888, 2
	%892 = extractvalue { float, float, float, float } %888, 3
	%893 = mul i32 %3, 16
	%894 = add i32 %12, %893
	%895 = add i32 %5, 0
	%896 = add i32 %894, %895
	%897 = mul i32 %3, 16
	%898 = add i32 %12, %897
	%899 = add i32 %5, 8
	%900 = add i32 %898, %899
	%901 = sitofp i32 %10 to float
	%902 = add i32 %33, %230
	%903 = sext i32 %902 to i64
	%904 = getelementptr i8, i8* %cls, i64 %903
	%905 = load i8, i8* %904
	%906 = icmp ne i8 %905, 2
	br i1 %906, label %partial, label %softmax

epilogue:
	%907 = phi float [ 0.0, %entry ], [ %1508, %pv ]
	%908 = phi float [ 0.0, %entry ], [ %1583, %pv ]
	%909 = phi i32 [ 0, %entry ], [ %1584, %pv ]
	%910 = phi float [ 0.0, %entry ], [ %2163, %pv ]
	%911 = phi float [ 0.0, %entry ], [ %2164, %pv ]
	%912 = phi float [ 0.0, %entry ], [ %2165, %pv ]
	%913 = phi float [ 0.0, %entry ], [ %2166, %pv ]
	%914 = phi float [ 0.0, %entry ], [ %2168, %pv ]
	%915 = phi float [ 0.0, %entry ], [ %2169, %pv ]
	%916 = phi float [ 0.0, %entry ], [ %2170, %pv ]
	%917 = phi float [ 0.0, %entry ], [ %2171, %pv ]
	%918 = phi float [ 0.0, %entry ], [ %2180, %pv ]
	%919 = phi float [ 0.0, %entry ], [ %2181, %pv ]
	%920 = phi float [ 0.0, %entry ], [ %2182, %pv ]
	%921 = phi float [ 0.0, %entry ], [ %2183, %pv ]
	%922 = phi float [ 0.0, %entry ], [ %2185, %pv ]
	%923 = phi float [ 0.0, %entry ], [ %2186, %pv ]
	%924 = phi float [ 0.0, %entry ], [ %2187, %pv ]
	%925 = phi float [ 0.0, %entry ], [ %2188, %pv ]
	%926 = phi float [ 0.0, %entry ], [ %2197, %pv ]
	%927 = phi float [ 0.0, %entry ], [ %2198, %pv ]
	%928 = phi float [ 0.0, %entry ], [ %2199, %pv ]
	%929 = phi float [ 0.0, %entry ], [ %2200, %pv ]
	%930 = phi float [ 0.0, %entry ], [ %2202, %pv ]
	%931 = phi float [ 0.0, %entry ], [ %2203, %pv ]
	%932 = phi float [ 0.0, %entry ], [ %2204, %pv ]
	%933 = phi float [ 0.0, %entry ], [ %2205, %pv ]
	%934 = phi float [ 0.0, %entry ], [ %2214, %pv ]
	%935 = phi float [ 0.0, %entry ], [ %2215, %pv ]
	%936 = phi float [ 0.0, %entry ], [ %2216, %pv ]
	%937 = phi float [ 0.0, %entry ], [ %2217, %pv ]
	%938 = phi float [ 0.0, %entry ], [ %2219, %pv ]
	%939 = phi float [ 0.0, %entry ], [ %2220, %pv ]
	%940 = phi float [ 0.0, %entry ], [ %2221, %pv ]
	%941 = phi float [ 0.0, %entry ], [ %2222, %pv ]
	%942 = phi float [ 0.0, %entry ], [ %2231, %pv ]
	%943 = phi float [ 0.0, %entry ], [ %2232, %pv ]
	%944 = phi float [ 0.0, %entry ], [ %2233, %pv ]
	%945 = phi float [ 0.0, %entry ], [ %2234, %pv ]
	%946 = phi float [ 0.0, %entry ], [ %2236, %pv ]
	%947 = phi float [ 0.0, %entry ], [ %2237, %pv ]
	%948 = phi float [ 0.0, %entry ], [ %2238, %pv ]
	%949 = phi float [ 0.0, %entry ], [ %2239, %pv ]
	%950 = phi float [ 0.0, %entry ], [ %2248, %pv ]
	%951 = phi float [ 0.0, %entry ], [ %2249, %pv ]
	%952 = phi float [ 0.0, %entry ], [ %2250, %pv ]
	%953 = phi float [ 0.0, %entry ], [ %2251, %pv ]
	%954 = phi float [ 0.0, %entry ], [ %2253, %pv ]
	%955 = phi float [ 0.0, %entry ], [ %2254, %pv ]
	%956 = phi float [ 0.0, %entry ], [ %2255, %pv ]
	%957 = phi float [ 0.0, %entry ], [ %2256, %pv ]
	%958 = phi float [ 0.0, %entry ], [ %2265, %pv ]
	%959 = phi float [ 0.0, %entry ], [ %2266, %pv ]
	%960 = phi float [ 0.0, %entry ], [ %2267, %pv ]
	%961 = phi float [ 0.0, %entry ], [ %2268, %pv ]
	%962 = phi float [ 0.0, %entry ], [ %2270, %pv ]
	%963 = phi float [ 0.0, %entry ], [ %2271, %pv ]
	%964 = phi float [ 0.0, %entry ], [ %2272, %pv ]
	%965 = phi float [ 0.0, %entry ], [ %2273, %pv ]
	%966 = phi float [ 0.0, %entry ], [ %2282, %pv ]
	%967 = phi float [ 0.0, %entry ], [ %2283, %pv ]
	%968 = phi float [ 0.0, %entry ], [ %2284, %pv ]
	%969 = phi float [ 0.0, %entry ], [ %2285, %pv ]
	%970 = phi float [ 0.0, %entry ], [ %2287, %pv ]
	%971 = phi float [ 0.0, %entry ], [ %2288, %pv ]
	%972 = phi float [ 0.0, %entry ], [ %2289, %pv ]
	%973 = phi float [ 0.0, %entry ], [ %2290, %pv ]
	%974 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %907, i32 1, i32 31)
	%975 = fadd float %907, %974
	%976 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %975, i32 2, i32 31)
	%977 = fadd float %975, %976
	%978 = fcmp ogt float %977, 0.0
	%979 = fdiv float 1.0, %977
	%980 = select i1 %978, float %979, float 0.0
	%981 = mul i32 %3, 16
	%982 = add i32 %12, %981
	%983 = add i32 %5, 0
	%984 = add i32 %982, %983
	%985 = fmul float %910, %980
	%986 = fmul float %911, %980
	%987 = fmul float %914, %980
	%988 = fmul float %915, %980
	%989 = fmul float %918, %980
	%990 = fmul float %919, %980
	%991 = fmul float %922, %980
	%992 = fmul float %923, %980
	%993 = fmul float %926, %980
	%994 = fmul float %927, %980
	%995 = fmul float %930, %980
	%996 = fmul float %931, %980
	%997 = fmul float %934, %980
	%998 = fmul float %935, %980
	%999 = fmul float %938, %980
	%1000 = fmul float %939, %980
	%1001 = fmul float %942, %980
	%1002 = fmul float %943, %980
	%1003 = fmul float %946, %980
	%1004 = fmul float %947, %980
	%1005 = fmul float %950, %980
	%1006 = fmul float %951, %980
	%1007 = fmul float %954, %980
	%1008 = fmul float %955, %980
	%1009 = fmul float %958, %980
	%1010 = fmul float %959, %980
	%1011 = fmul float %962, %980
	%1012 = fmul float %963, %980
	%1013 = fmul float %966, %980
	%1014 = fmul float %967, %980
	%1015 = fmul float %970, %980
	%1016 = fmul float %971, %980
	%1017 = icmp slt i32 %984, %M
	br i1 %1017, label %store0, label %stored0

partial:
	%1018 = shl i32 %6, 1
	%1019 = add i32 0, %1018
	%1020 = add i32 %299, %1019
	%1021 = icmp slt i32 %1020, %N
	%1022 = select i1 %1021, i32 %1020, i32 0
	%1023 = sitofp i32 %896 to float
	%1024 = sitofp i32 %1022 to float
	%1025 = fcmp ole float %1024, %1023
	%1026 = uitofp i1 %1025 to float
	%1027 = fcmp une float %1026, 0.0
	%1028 = and i1 %1021, %1027
	%1029 = select i1 %1028, float %836, float 0xFFF0000000000000
	%1030 = shl i32 %6, 1
	%1031 = add i32 1, %1030
	%1032 = add i32 %299, %1031
	%1033 = icmp slt i32 %1032, %N
	%1034 = select i1 %1033, i32 %1032, i32 0
	%1035 = sitofp i32 %896 to float
	%1036 = sitofp i32 %1034 to float
	%1037 = fcmp ole float %1036, %1035
	%1038 = uitofp i1 %1037 to float
	%1039 = fcmp une float %1038, 0.0
	%1040 = and i1 %1033, %1039
	%1041 = select i1 %1040, float %837, float 0xFFF0000000000000
	%1042 = shl i32 %6, 1
	%1043 = add i32 0, %1042
	%1044 = add i32 %299, %1043
	%1045 = icmp slt i32 %1044, %N
	%1046 = select i1 %1045, i32 %1044, i32 0
	%1047 = sitofp i32 %900 to float
	%1048 = sitofp i32 %1046 to float
	%1049 = fcmp ole float %1048, %1047
	%1050 = uitofp i1 %1049 to float
	%1051 = fcmp une float %1050, 0.0
	%1052 = and i1 %1045, %1051
	%1053 = select i1 %1052, float %838, float 0xFFF0000000000000
	%1054 = shl i32 %6, 1
	%1055 = add i32 1, %1054
	%1056 = add i32 %299, %1055
	%1057 = icmp slt i32 %1056, %N
	%1058 = select i1 %1057, i32 %1056, i32 0
	%1059 = sitofp i32 %900 to float
	%1060 = sitofp i32 %1058 to float
	%1061 = fcmp ole float %1060, %1059
	%1062 = uitofp i1 %1061 to float
	%1063 = fcmp une float %1062, 0.0
	%1064 = and i1 %1057, %1063
	%1065 = select i1 %1064, float %839, float 0xFFF0000000000000
	%1066 = shl i32 %6, 1
	%1067 = add i32 8, %1066
	%1068 = add i32 %299, %1067
	%1069 = icmp slt i32 %1068, %N
	%1070 = select i1 %1069, i32 %1068, i32 0
	%1071 = sitofp i32 %896 to float
	%1072 = sitofp i32 %1070 to float
	%1073 = fcmp ole float %1072, %1071
	%1074 = uitofp i1 %1073 to float
	%1075 = fcmp une float %1074, 0.0
	%1076 = and i1 %1069, %1075
	%1077 = select i1 %1076, float %841, float 0xFFF0000000000000
	%1078 = shl i32 %6, 1
	%1079 = add i32 9, %1078
	%1080 = add i32 %299, %1079
	%1081 = icmp slt i32 %1080, %N
	%1082 = select i1 %1081, i32 %1080, i32 0
	%1083 = sitofp i32 %896 to float
	%1084 = sitofp i32 %1082 to float
	%1085 = fcmp ole float %1084, %1083
	%1086 = uitofp i1 %1085 to float
	%1087 = fcmp une float %1086, 0.0
	%1088 = and i1 %1081, %1087
	%1089 = select i1 %1088, float %842, float 0xFFF0000000000000
	%1090 = shl i32 %6, 1
	%1091 = add i32 8, %1090
	%1092 = add i32 %299, %1091
	%1093 = icmp slt i32 %1092, %N
	%1094 = select i1 %1093, i32 %1092, i32 0
	%1095 = sitofp i32 %900 to float
	%1096 = sitofp i32 %1094 to float
	%1097 = fcmp ole float %1096, %1095
	%1098 = uitofp i1 %1097 to float
	%1099 = fcmp une float %1098, 0.0
	%1100 = and i1 %1093, %1099
	%1101 = select i1 %1100, float %843, float 0xFFF0000000000000
	%1102 = shl i32 %6, 1
	%1103 = add i32 9, %1102
	%1104 = add i32 %299, %1103
	%1105 = icmp slt i32 %1104, %N
	%1106 = select i1 %1105, i32 %1104, i32 0
	%1107 = sitofp i32 %900 to float
	%1108 = sitofp i32 %1106 to float
	%1109 = fcmp ole float %1108, %1107
	%1110 = uitofp i1 %1109 to float
	%1111 = fcmp une float %1110, 0.0
	%1112 = and i1 %1105, %1111
	%1113 = select i1 %1112, float %844, float 0xFFF0000000000000
	%1114 = shl i32 %6, 1
	%1115 = add i32 16, %1114
	%1116 = add i32 %299, %1115
	%1117 = icmp slt i32 %1116, %N
	%1118 = select i1 %1117, i32 %1116, i32 0
	%1119 = sitofp i32 %896 to float
	%1120 = sitofp i32 %1118 to float
	%1121 = fcmp ole float %1120, %1119
	%1122 = uitofp i1 %1121 to float
	%1123 = fcmp une float %1122, 0.0
	%1124 = and i1 %1117, %1123
	%1125 = select i1 %1124, float %852, float 0xFFF0000000000000
	%1126 = shl i32 %6, 1
	%1127 = add i32 17, %1126
	%1128 = add i32 %299, %1127
	%1129 = icmp slt i32 %1128, %N
	%1130 = select i1 %1129, i32 %1128, i32 0
	%1131 = sitofp i32 %896 to float
	%1132 = sitofp i32 %1130 to float
	%1133 = fcmp ole float %1132, %1131
	%1134 = uitofp i1 %1133 to float
	%1135 = fcmp une float %1134, 0.0
	%1136 = and i1 %1129, %1135
	%1137 = select i1 %1136, float %853, float 0xFFF0000000000000
	%1138 = shl i32 %6, 1
	%1139 = add i32 16, %1138
	%1140 = add i32 %299, %1139
	%1141 = icmp slt i32 %1140, %N
	%1142 = select i1 %1141, i32 %1140, i32 0
	%1143 = sitofp i32 %900 to float
	%1144 = sitofp i32 %1142 to float
	%1145 = fcmp ole float %1144, %1143
	%1146 = uitofp i1 %1145 to float
	%1147 = fcmp une float %1146, 0.0
	%1148 = and i1 %1141, %1147
	%1149 = select i1 %1148, float %854, float 0xFFF0000000000000
	%1150 = shl i32 %6, 1
	%1151 = add i32 17, %1150
	%1152 = add i32 %299, %1151
	%1153 = icmp slt i32 %1152, %N
	%1154 = select i1 %1153, i32 %1152, i32 0
	%1155 = sitofp i32 %900 to float
	%1156 = sitofp i32 %1154 to float
	%1157 = fcmp ole float %1156, %1155
	%1158 = uitofp i1 %1157 to float
	%1159 = fcmp une float %1158, 0.0
	%1160 = and i1 %1153, %1159
	%1161 = select i1 %1160, float %855, float 0xFFF0000000000000
	%1162 = shl i32 %6, 1
	%1163 = add i32 24, %1162
	%1164 = add i32 %299, %1163
	%1165 = icmp slt i32 %1164, %N
	%1166 = select i1 %1165, i32 %1164, i32 0
	%1167 = sitofp i32 %896 to float
	%1168 = sitofp i32 %1166 to float
	%1169 = fcmp ole float %1168, %1167
	%1170 = uitofp i1 %1169 to float
	%1171 = fcmp une float %1170, 0.0
	%1172 = and i1 %1165, %1171
	%1173 = select i1 %1172, float %857, float 0xFFF0000000000000
	%1174 = shl i32 %6, 1
	%1175 = add i32 25, %1174
	%1176 = add i32 %299, %1175
	%1177 = icmp slt i32 %1176, %N
	%1178 = select i1 %1177, i32 %1176, i32 0
	%1179 = sitofp i32 %896 to float
	%1180 = sitofp i32 %1178 to float
	%1181 = fcmp ole float %1180, %1179
	%1182 = uitofp i1 %1181 to float
	%1183 = fcmp une float %1182, 0.0
	%1184 = and i1 %1177, %1183
	%1185 = select i1 %1184, float %858, float 0xFFF0000000000000
	%1186 = shl i32 %6, 1
	%1187 = add i32 24, %1186
	%1188 = add i32 %299, %1187
	%1189 = icmp slt i32 %1188, %N
	%1190 = select i1 %1189, i32 %1188, i32 0
	%1191 = sitofp i32 %900 to float
	%1192 = sitofp i32 %1190 to float
	%1193 = fcmp ole float %1192, %1191
	%1194 = uitofp i1 %1193 to float
	%1195 = fcmp une float %1194, 0.0
	%1196 = and i1 %1189, %1195
	%1197 = select i1 %1196, float %859, float 0xFFF0000000000000
	%1198 = shl i32 %6, 1
	%1199 = add i32 25, %1198
	%1200 = add i32 %299, %1199
	%1201 = icmp slt i32 %1200, %N
	%1202 = select i1 %1201, i32 %1200, i32 0
	%1203 = sitofp i32 %900 to float
	%1204 = sitofp i32 %1202 to float
	%1205 = fcmp ole float %1204, %1203
	%1206 = uitofp i1 %1205 to float
	%1207 = fcmp une float %1206, 0.0
	%1208 = and i1 %1201, %1207
	%1209 = select i1 %1208, float %860, float 0xFFF0000000000000
	%1210 = shl i32 %6, 1
	%1211 = add i32 32, %1210
	%1212 = add i32 %299, %1211
	%1213 = icmp slt i32 %1212, %N
	%1214 = select i1 %1213, i32 %1212, i32 0
	%1215 = sitofp i32 %896 to float
	%1216 = sitofp i32 %1214 to float
	%1217 = fcmp ole float %1216, %1215
	%1218 = uitofp i1 %1217 to float
	%1219 = fcmp une float %1218, 0.0
	%1220 = and i1 %1213, %1219
	%1221 = select i1 %1220, float %868, float 0xFFF0000000000000
	%1222 = shl i32 %6, 1
	%1223 = add i32 33, %1222
	%1224 = add i32 %299, %1223
	%1225 = icmp slt i32 %1224, %N
	%1226 = select i1 %1225, i32 %1224, i32 0
	%1227 = sitofp i32 %896 to float
	%1228 = sitofp i32 %1226 to float
	%1229 = fcmp ole float %1228, %1227
	%1230 = uitofp i1 %1229 to float
	%1231 = fcmp une float %1230, 0.0
	%1232 = and i1 %1225, %1231
	%1233 = select i1 %1232, float %869, float 0xFFF0000000000000
	%1234 = shl i32 %6, 1
	%1235 = add i32 32, %1234
	%1236 = add i32 %299, %1235
	%1237 = icmp slt i32 %1236, %N
	%1238 = select i1 %1237, i32 %1236, i32 0
	%1239 = sitofp i32 %900 to float
	%1240 = sitofp i32 %1238 to float
	%1241 = fcmp ole float %1240, %1239
	%1242 = uitofp i1 %1241 to float
	%1243 = fcmp une float %1242, 0.0
	%1244 = and i1 %1237, %1243
	%1245 = select i1 %1244, float %870, float 0xFFF0000000000000
	%1246 = shl i32 %6, 1
	%1247 = add i32 33, %1246
	%1248 = add i32 %299, %1247
	%1249 = icmp slt i32 %1248, %N
	%1250 = select i1 %1249, i32 %1248, i32 0
	%1251 = sitofp i32 %900 to float
	%1252 = sitofp i32 %1250 to float
	%1253 = fcmp ole float %1252, %1251
	%1254 = uitofp i1 %1253 to float
	%1255 = fcmp une float %1254, 0.0
	%1256 = and i1 %1249, %1255
	%1257 = select i1 %1256, float %871, float 0xFFF0000000000000
	%1258 = shl i32 %6, 1
	%1259 = add i32 40, %1258
	%1260 = add i32 %299, %1259
	%1261 = icmp slt i32 %1260, %N
	%1262 = select i1 %1261, i32 %1260, i32 0
	%1263 = sitofp i32 %896 to float
	%1264 = sitofp i32 %1262 to float
	%1265 = fcmp ole float %1264, %1263
	%1266 = uitofp i1 %1265 to float
	%1267 = fcmp une float %1266, 0.0
	%1268 = and i1 %1261, %1267
	%1269 = select i1 %1268, float %873, float 0xFFF0000000000000
	%1270 = shl i32 %6, 1
	%1271 = add i32 41, %1270
	%1272 = add i32 %299, %1271
	%1273 = icmp slt i32 %1272, %N
	%1274 = select i1 %1273, i32 %1272, i32 0
	%1275 = sitofp i32 %896 to float
	%1276 = sitofp i32 %1274 to float
	%1277 = fcmp ole float %1276, %1275
	%1278 = uitofp i1 %1277 to float
	%1279 = fcmp une float %1278, 0.0
	%1280 = and i1 %1273, %1279
	%1281 = select i1 %1280, float %874, float 0xFFF0000000000000
	%1282 = shl i32 %6, 1
	%1283 = add i32 40, %1282
	%1284 = add i32 %299, %1283
	%1285 = icmp slt i32 %1284, %N
	%1286 = select i1 %1285, i32 %1284, i32 0
	%1287 = sitofp i32 %900 to float
	%1288 = sitofp i32 %1286 to float
	%1289 = fcmp ole float %1288, %1287
	%1290 = uitofp i1 %1289 to float
	%1291 = fcmp une float %1290, 0.0
	%1292 = and i1 %1285, %1291
	%1293 = select i1 %1292, float %875, float 0xFFF0000000000000
	%1294 = shl i32 %6, 1
	%1295 = add i32 41, %1294
	%1296 = add i32 %299, %1295
	%1297 = icmp slt i32 %1296, %N
	%1298 = select i1 %1297, i32 %1296, i32 0
	%1299 = sitofp i32 %900 to float
	%1300 = sitofp i32 %1298 to float
	%1301 = fcmp ole float %1300, %1299
	%1302 = uitofp i1 %1301 to float
	%1303 = fcmp une float %1302, 0.0
	%1304 = and i1 %1297, %1303
	%1305 = select i1 %1304, float %876, float 0xFFF0000000000000
	%1306 = shl i32 %6, 1
	%1307 = add i32 48, %1306
	%1308 = add i32 %299, %1307
	%1309 = icmp slt i32 %1308, %N
	%1310 = select i1 %1309, i32 %1308, i32 0
	%1311 = sitofp i32 %896 to float
	%1312 = sitofp i32 %1310 to float
	%1313 = fcmp ole float %1312, %1311
	%1314 = uitofp i1 %1313 to float
	%1315 = fcmp une float %1314, 0.0
	%1316 = and i1 %1309, %1315
	%1317 = select i1 %1316, float %884, float 0xFFF0000000000000
	%1318 = shl i32 %6, 1
	%1319 = add i32 49, %1318
	%1320 = add i32 %299, %1319
	%1321 = icmp slt i32 %1320, %N
	%1322 = select i1 %1321, i32 %1320, i32 0
	%1323 = sitofp i32 %896 to float
	%1324 = sitofp i32 %1322 to float
	%1325 = fcmp ole float %1324, %1323
	%1326 = uitofp i1 %1325 to float
	%1327 = fcmp une float %1326, 0.0
	%1328 = and i1 %1321, %1327
	%1329 = select i1 %1328, float %885, float 0xFFF0000000000000
	%1330 = shl i32 %6, 1
	%1331 = add i32 48, %1330
	%1332 = add i32 %299, %1331
	%1333 = icmp slt i32 %1332, %N
	%1334 = select i1 %1333, i32 %1332, i32 0
	%1335 = sitofp i32 %900 to float
	%1336 = sitofp i32 %1334 to float
	%1337 = fcmp ole float %1336, %1335
	%1338 = uitofp i1 %1337 to float
	%1339 = fcmp une float %1338, 0.0
	%1340 = and i1 %1333, %1339
	%1341 = select i1 %1340, float %886, float 0xFFF0000000000000
	%1342 = shl i32 %6, 1
	%1343 = add i32 49, %1342
	%1344 = add i32 %299, %1343
	%1345 = icmp slt i32 %1344, %N
	%1346 = select i1 %1345, i32 %1344, i32 0
	%1347 = sitofp i32 %900 to float
	%1348 = sitofp i32 %1346 to float
	%1349 = fcmp ole float %1348, %1347
	%1350 = uitofp i1 %1349 to float
	%1351 = fcmp une float %1350, 0.0
	%1352 = and i1 %1345, %1351
	%1353 = select i1 %1352, float %887, float 0xFFF0000000000000
	%1354 = shl i32 %6, 1
	%1355 = add i32 56, %1354
	%1356 = add i32 %299, %1355
	%1357 = icmp slt i32 %1356, %N
	%1358 = select i1 %1357, i32 %1356, i32 0
	%1359 = sitofp i32 %896 to float
	%1360 = sitofp i32 %1358 to float
	%1361 = fcmp ole float %1360, %1359
	%1362 = uitofp i1 %1361 to float
	%1363 = fcmp une float %1362, 0.0
	%1364 = and i1 %1357, %1363
	%1365 = select i1 %1364, float %889, float 0xFFF0000000000000
	%1366 = shl i32 %6, 1
	%1367 = add i32 57, %1366
	%1368 = add i32 %299, %1367
	%1369 = icmp slt i32 %1368, %N
	%1370 = select i1 %1369, i32 %1368, i32 0
	%1371 = sitofp i32 %896 to float
	%1372 = sitofp i32 %1370 to float
	%1373 = fcmp ole float %1372, %1371
	%1374 = uitofp i1 %1373 to float
	%1375 = fcmp une float %1374, 0.0
	%1376 = and i1 %1369, %1375
	%1377 = select i1 %1376, float %890, float 0xFFF0000000000000
	%1378 = shl i32 %6, 1
	%1379 = add i32 56, %1378
	%1380 = add i32 %299, %1379
	%1381 = icmp slt i32 %1380, %N
	%1382 = select i1 %1381, i32 %1380, i32 0
	%1383 = sitofp i32 %900 to float
	%1384 = sitofp i32 %1382 to float
	%1385 = fcmp ole float %1384, %1383
	%1386 = uitofp i1 %1385 to float
	%1387 = fcmp une float %1386, 0.0
	%1388 = and i1 %1381, %1387
	%1389 = select i1 %1388, float %891, float 0xFFF0000000000000
	%1390 = shl i32 %6, 1
	%1391 = add i32 57, %1390
	%1392 = add i32 %299, %1391
	%1393 = icmp slt i32 %1392, %N
	%1394 = select i1 %1393, i32 %1392, i32 0
	%1395 = sitofp i32 %900 to float
	%1396 = sitofp i32 %1394 to float
	%1397 = fcmp ole float %1396, %1395
	%1398 = uitofp i1 %1397 to float
	%1399 = fcmp une float %1398, 0.0
	%1400 = and i1 %1393, %1399
	%1401 = select i1 %1400, float %892, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1402 = phi float [ %836, %loop ], [ %1029, %partial ]
	%1403 = phi float [ %837, %loop ], [ %1041, %partial ]
	%1404 = phi float [ %838, %loop ], [ %1053, %partial ]
	%1405 = phi float [ %839, %loop ], [ %1065, %partial ]
	%1406 = phi float [ %841, %loop ], [ %1077, %partial ]
	%1407 = phi float [ %842, %loop ], [ %1089, %partial ]
	%1408 = phi float [ %843, %loop ], [ %1101, %partial ]
	%1409 = phi float [ %844, %loop ], [ %1113, %partial ]
	%1410 = phi float [ %852, %loop ], [ %1125, %partial ]
	%1411 = phi float [ %853, %loop ], [ %1137, %partial ]
	%1412 = phi float [ %854, %loop ], [ %1149, %partial ]
	%1413 = phi float [ %855, %loop ], [ %1161, %partial ]
	%1414 = phi float [ %857, %loop ], [ %1173, %partial ]
	%1415 = phi float [ %858, %loop ], [ %1185, %partial ]
	%1416 = phi float [ %859, %loop ], [ %1197, %partial ]
	%1417 = phi float [ %860, %loop ], [ %1209, %partial ]
	%1418 = phi float [ %868, %loop ], [ %1221, %partial ]
	%1419 = phi float [ %869, %loop ], [ %1233, %partial ]
	%1420 = phi float [ %870, %loop ], [ %1245, %partial ]
	%1421 = phi float [ %871, %loop ], [ %1257, %partial ]
	%1422 = phi float [ %873, %loop ], [ %1269, %partial ]
	%1423 = phi float [ %874, %loop ], [ %1281, %partial ]
	%1424 = phi float [ %875, %loop ], [ %1293, %partial ]
	%1425 = phi float [ %876, %loop ], [ %1305, %partial ]
	%1426 = phi float [ %884, %loop ], [ %1317, %partial ]
	%1427 = phi float [ %885, %loop ], [ %1329, %partial ]
	%1428 = phi float [ %886, %loop ], [ %1341, %partial ]
	%1429 = phi float [ %887, %loop ], [ %1353, %partial ]
	%1430 = phi float [ %889, %loop ], [ %1365, %partial ]
	%1431 = phi float [ %890, %loop ], [ %1377, %partial ]
	%1432 = phi float [ %891, %loop ], [ %1389, %partial ]
	%1433 = phi float [ %892, %loop ], [ %1401, %partial ]
	%1434 = call float @llvm.nvvm.fmax.f(float %1402, float %1403)
	%1435 = call float @llvm.nvvm.fmax.f(float %1406, float %1407)
	%1436 = call float @llvm.nvvm.fmax.f(float %1410, float %1411)
	%1437 = call float @llvm.nvvm.fmax.f(float %1414, float %1415)
	%1438 = call float @llvm.nvvm.fmax.f(float %1418, float %1419)
	%1439 = call float @llvm.nvvm.fmax.f(float %1422, float %1423)
	%1440 = call float @llvm.nvvm.fmax.f(float %1426, float %1427)
	%1441 = call float @llvm.nvvm.fmax.f(float %1430, float %1431)
	%1442 = call float @llvm.nvvm.fmax.f(float %1434, float %1435)
	%1443 = call float @llvm.nvvm.fmax.f(float %1436, float %1437)
	%1444 = call float @llvm.nvvm.fmax.f(float %1438, float %1439)
	%1445 = call float @llvm.nvvm.fmax.f(float %1440, float %1441)
	%1446 = call float @llvm.nvvm.fmax.f(float %1442, float %1443)
	%1447 = call float @llvm.nvvm.fmax.f(float %1444, float %1445)
	%1448 = call float @llvm.nvvm.fmax.f(float %1446, float %1447)
	%1449 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1448, i32 1, i32 31)
	%1450 = call float @llvm.nvvm.fmax.f(float %1448, float %1449)
	%1451 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1450, i32 2, i32 31)
	%1452 = call float @llvm.nvvm.fmax.f(float %1450, float %1451)
	%1453 = fmul float %1452, 0x3FC0527DC0000000
	%1454 = call float @llvm.nvvm.fmax.f(float %295, float %1453)
	%1455 = fcmp oeq float %1454, 0xFFF0000000000000
	%1456 = select i1 %1455, float 0.0, float %1454
	%1457 = fsub float %295, %1456
	%1458 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1457)
	%1459 = fneg float %1456
	%1460 = call float @llvm.fma.f32(float %1402, float 0x3FC0527DC0000000, float %1459)
	%1461 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1460)
	%1462 = call float @llvm.fma.f32(float %1403, float 0x3FC0527DC0000000, float %1459)
	%1463 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1462)
	%1464 = call float @llvm.fma.f32(float %1406, float 0x3FC0527DC0000000, float %1459)
	%1465 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1464)
	%1466 = call float @llvm.fma.f32(float %1407, float 0x3FC0527DC0000000, float %1459)
	%1467 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1466)
	%1468 = call float @llvm.fma.f32(float %1410, float 0x3FC0527DC0000000, float %1459)
	%1469 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1468)
	%1470 = call float @llvm.fma.f32(float %1411, float 0x3FC0527DC0000000, float %1459)
	%1471 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1470)
	%1472 = call float @llvm.fma.f32(float %1414, float 0x3FC0527DC0000000, float %1459)
	%1473 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1472)
	%1474 = call float @llvm.fma.f32(float %1415, float 0x3FC0527DC0000000, float %1459)
	%1475 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1474)
	%1476 = call float @llvm.fma.f32(float %1418, float 0x3FC0527DC0000000, float %1459)
	%1477 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1476)
	%1478 = call float @llvm.fma.f32(float %1419, float 0x3FC0527DC0000000, float %1459)
	%1479 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1478)
	%1480 = call float @llvm.fma.f32(float %1422, float 0x3FC0527DC0000000, float %1459)
	%1481 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1480)
	%1482 = call float @llvm.fma.f32(float %1423, float 0x3FC0527DC0000000, float %1459)
	%1483 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1482)
	%1484 = call float @llvm.fma.f32(float %1426, float 0x3FC0527DC0000000, float %1459)
	%1485 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1484)
	%1486 = call float @llvm.fma.f32(float %1427, float 0x3FC0527DC0000000, float %1459)
	%1487 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1486)
	%1488 = call float @llvm.fma.f32(float %1430, float 0x3FC0527DC0000000, float %1459)
	%1489 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1488)
	%1490 = call float @llvm.fma.f32(float %1431, float 0x3FC0527DC0000000, float %1459)
	%1491 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1490)
	%1492 = fadd float %1461, %1463
	%1493 = fadd float %1465, %1467
	%1494 = fadd float %1469, %1471
	%1495 = fadd float %1473, %1475
	%1496 = fadd float %1477, %1479
	%1497 = fadd float %1481, %1483
	%1498 = fadd float %1485, %1487
	%1499 = fadd float %1489, %1491
	%1500 = fadd float %1492, %1493
	%1501 = fadd float %1494, %1495
	%1502 = fadd float %1496, %1497
	%1503 = fadd float %1498, %1499
	%1504 = fadd float %1500, %1501
	%1505 = fadd float %1502, %1503
	%1506 = fadd float %1504, %1505
	%1507 = fmul float %296, %1458
	%1508 = fadd float %1507, %1506
	%1509 = call float @llvm.nvvm.fmax.f(float %1404, float %1405)
	%1510 = call float @llvm.nvvm.fmax.f(float %1408, float %1409)
	%1511 = call float @llvm.nvvm.fmax.f(float %1412, float %1413)
	%1512 = call float @llvm.nvvm.fmax.f(float %1416, float %1417)
	%1513 = call float @llvm.nvvm.fmax.f(float %1420, float %1421)
	%1514 = call float @llvm.nvvm.fmax.f(float %1424, float %1425)
	%1515 = call float @llvm.nvvm.fmax.f(float %1428, float %1429)
	%1516 = call float @llvm.nvvm.fmax.f(float %1432, float %1433)
	%1517 = call float @llvm.nvvm.fmax.f(float %1509, float %1510)
	%1518 = call float @llvm.nvvm.fmax.f(float %1511, float %1512)
	%1519 = call float @llvm.nvvm.fmax.f(float %1513, float %1514)
	%1520 = call float @llvm.nvvm.fmax.f(float %1515, float %1516)
	%1521 = call float @llvm.nvvm.fmax.f(float %1517, float %1518)
	%1522 = call float @llvm.nvvm.fmax.f(float %1519, float %1520)
	%1523 = call float @llvm.nvvm.fmax.f(float %1521, float %1522)
	%1524 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1523, i32 1, i32 31)
	%1525 = call float @llvm.nvvm.fmax.f(float %1523, float %1524)
	%1526 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1525, i32 2, i32 31)
	%1527 = call float @llvm.nvvm.fmax.f(float %1525, float %1526)
	%1528 = fmul float %1527, 0x3FC0527DC0000000
	%1529 = call float @llvm.nvvm.fmax.f(float %297, float %1528)
	%1530 = fcmp oeq float %1529, 0xFFF0000000000000
	%1531 = select i1 %1530, float 0.0, float %1529
	%1532 = fsub float %297, %1531
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = fneg float %1531
	%1535 = call float @llvm.fma.f32(float %1404, float 0x3FC0527DC0000000, float %1534)
	%1536 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1535)
	%1537 = call float @llvm.fma.f32(float %1405, float 0x3FC0527DC0000000, float %1534)
	%1538 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1537)
	%1539 = call float @llvm.fma.f32(float %1408, float 0x3FC0527DC0000000, float %1534)
	%1540 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1539)
	%1541 = call float @llvm.fma.f32(float %1409, float 0x3FC0527DC0000000, float %1534)
	%1542 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1541)
	%1543 = call float @llvm.fma.f32(float %1412, float 0x3FC0527DC0000000, float %1534)
	%1544 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1543)
	%1545 = call float @llvm.fma.f32(float %1413, float 0x3FC0527DC0000000, float %1534)
	%1546 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1545)
	%1547 = call float @llvm.fma.f32(float %1416, float 0x3FC0527DC0000000, float %1534)
	%1548 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1547)
	%1549 = call float @llvm.fma.f32(float %1417, float 0x3FC0527DC0000000, float %1534)
	%1550 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1549)
	%1551 = call float @llvm.fma.f32(float %1420, float 0x3FC0527DC0000000, float %1534)
	%1552 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1551)
	%1553 = call float @llvm.fma.f32(float %1421, float 0x3FC0527DC0000000, float %1534)
	%1554 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1553)
	%1555 = call float @llvm.fma.f32(float %1424, float 0x3FC0527DC0000000, float %1534)
	%1556 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1555)
	%1557 = call float @llvm.fma.f32(float %1425, float 0x3FC0527DC0000000, float %1534)
	%1558 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1557)
	%1559 = call float @llvm.fma.f32(float %1428, float 0x3FC0527DC0000000, float %1534)
	%1560 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1559)
	%1561 = call float @llvm.fma.f32(float %1429, float 0x3FC0527DC0000000, float %1534)
	%1562 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1561)
	%1563 = call float @llvm.fma.f32(float %1432, float 0x3FC0527DC0000000, float %1534)
	%1564 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1563)
	%1565 = call float @llvm.fma.f32(float %1433, float 0x3FC0527DC0000000, float %1534)
	%1566 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1565)
	%1567 = fadd float %1536, %1538
	%1568 = fadd float %1540, %1542
	%1569 = fadd float %1544, %1546
	%1570 = fadd float %1548, %1550
	%1571 = fadd float %1552, %1554
	%1572 = fadd float %1556, %1558
	%1573 = fadd float %1560, %1562
	%1574 = fadd float %1564, %1566
	%1575 = fadd float %1567, %1568
	%1576 = fadd float %1569, %1570
	%1577 = fadd float %1571, %1572
	%1578 = fadd float %1573, %1574
	%1579 = fadd float %1575, %1576
	%1580 = fadd float %1577, %1578
	%1581 = fadd float %1579, %1580
	%1582 = fmul float %298, %1533
	%1583 = fadd float %1582, %1581
	%1584 = add i32 %229, 1
	%1585 = icmp slt i32 %1584, %NK
	%1586 = select i1 %1585, i32 %1584, i32 0
	%1587 = add i32 %29, %1586
	%1588 = sext i32 %1587 to i64
	%1589 = getelementptr i32, i32* %list, i64 %1588
	%1590 = load i32, i32* %1589
	%1591 = select i1 %1585, i32 %1590, i32 -1
	%1592 = icmp sge i32 %1591, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1592, label %prefetch, label %pv

prefetch:
	%1593 = mul i32 %1591, 64
	%1594 = lshr i32 %2, 4
	%1595 = and i32 %2, 15
	%1596 = and i32 %1594, 7
	%1597 = xor i32 %1595, %1596
	%1598 = mul i32 %1594, 16
	%1599 = add i32 %1598, %1597
	%1600 = shl i32 %1599, 4
	%1601 = add i32 %0, %1600
	%1602 = add i32 %1593, %1594
	%1603 = mul i32 %1602, 128
	%1604 = mul i32 %1595, 8
	%1605 = add i32 %1603, %1604
	%1606 = sext i32 %1605 to i64
	%1607 = getelementptr i16, i16* %20, i64 %1606
	%1608 = add i32 %1602, 0
	%1609 = icmp slt i32 %1608, %N
	%1610 = getelementptr i16, i16* %1607, i64 0
	%1611 = select i1 %1609, i16* %1610, i16* %20
	%1612 = add i32 %1601, 0
	%1613 = select i1 %1609, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1612, i16* %1611, i32 %1613)
	%1614 = add i32 %1602, 8
	%1615 = icmp slt i32 %1614, %N
	%1616 = getelementptr i16, i16* %1607, i64 1024
	%1617 = select i1 %1615, i16* %1616, i16* %20
	%1618 = add i32 %1601, 2048
	%1619 = select i1 %1615, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1618, i16* %1617, i32 %1619)
	%1620 = add i32 %1602, 16
	%1621 = icmp slt i32 %1620, %N
	%1622 = getelementptr i16, i16* %1607, i64 2048
	%1623 = select i1 %1621, i16* %1622, i16* %20
	%1624 = add i32 %1601, u0x1000
	%1625 = select i1 %1621, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1624, i16* %1623, i32 %1625)
	%1626 = add i32 %1602, 24
	%1627 = icmp slt i32 %1626, %N
	%1628 = getelementptr i16, i16* %1607, i64 3072
	%1629 = select i1 %1627, i16* %1628, i16* %20
	%1630 = add i32 %1601, 6144
	%1631 = select i1 %1627, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1630, i16* %1629, i32 %1631)
	%1632 = add i32 %1602, 32
	%1633 = icmp slt i32 %1632, %N
	%1634 = getelementptr i16, i16* %1607, i64 u0x1000
	%1635 = select i1 %1633, i16* %1634, i16* %20
	%1636 = add i32 %1601, u0x2000
	%1637 = select i1 %1633, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1636, i16* %1635, i32 %1637)
	%1638 = add i32 %1602, 40
	%1639 = icmp slt i32 %1638, %N
	%1640 = getelementptr i16, i16* %1607, i64 5120
	%1641 = select i1 %1639, i16* %1640, i16* %20
	%1642 = add i32 %1601, 10240
	%1643 = select i1 %1639, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1642, i16* %1641, i32 %1643)
	%1644 = add i32 %1602, 48
	%1645 = icmp slt i32 %1644, %N
	%1646 = getelementptr i16, i16* %1607, i64 6144
	%1647 = select i1 %1645, i16* %1646, i16* %20
	%1648 = add i32 %1601, 12288
	%1649 = select i1 %1645, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1648, i16* %1647, i32 %1649)
	%1650 = add i32 %1602, 56
	%1651 = icmp slt i32 %1650, %N
	%1652 = getelementptr i16, i16* %1607, i64 7168
	%1653 = select i1 %1651, i16* %1652, i16* %20
	%1654 = add i32 %1601, 14336
	%1655 = select i1 %1651, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1654, i16* %1653, i32 %1655)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1656 = fmul float %231, %1458
	%1657 = fmul float %232, %1458
	%1658 = fmul float %233, %1533
	%1659 = fmul float %234, %1533
	%1660 = fmul float %235, %1458
	%1661 = fmul float %236, %1458
	%1662 = fmul float %237, %1533
	%1663 = fmul float %238, %1533
	%1664 = fmul float %239, %1458
	%1665 = fmul float %240, %1458
	%1666 = fmul float %241, %1533
	%1667 = fmul float %242, %1533
	%1668 = fmul float %243, %1458
	%1669 = fmul float %244, %1458
	%1670 = fmul float %245, %1533
	%1671 = fmul float %246, %1533
	%1672 = fmul float %247, %1458
	%1673 = fmul float %248, %1458
	%1674 = fmul float %249, %1533
	%1675 = fmul float %250, %1533
	%1676 = fmul float %251, %1458
	%1677 = fmul float %252, %1458
	%1678 = fmul float %253, %1533
	%1679 = fmul float %254, %1533
	%1680 = fmul float %255, %1458
	%1681 = fmul float %256, %1458
	%1682 = fmul float %257, %1533
	%1683 = fmul float %258, %1533
	%1684 = fmul float %259, %1458
	%1685 = fmul float %260, %1458
	%1686 = fmul float %261, %1533
	%1687 = fmul float %262, %1533
	%1688 = fmul float %263, %1458
	%1689 = fmul float %264, %1458
	%1690 = fmul float %265, %1533
	%1691 = fmul float %266, %1533
	%1692 = fmul float %267, %1458
	%1693 = fmul float %268, %1458
	%1694 = fmul float %269, %1533
	%1695 = fmul float %270, %1533
	%1696 = fmul float %271, %1458
	%1697 = fmul float %272, %1458
	%1698 = fmul float %273, %1533
	%1699 = fmul float %274, %1533
	%1700 = fmul float %275, %1458
	%1701 = fmul float %276, %1458
	%1702 = fmul float %277, %1533
	%1703 = fmul float %278, %1533
	%1704 = fmul float %279, %1458
	%1705 = fmul float %280, %1458
	%1706 = fmul float %281, %1533
	%1707 = fmul float %282, %1533
	%1708 = fmul float %283, %1458
	%1709 = fmul float %284, %1458
	%1710 = fmul float %285, %1533
	%1711 = fmul float %286, %1533
	%1712 = fmul float %287, %1458
	%1713 = fmul float %288, %1458
	%1714 = fmul float %289, %1533
	%1715 = fmul float %290, %1533
	%1716 = fmul float %291, %1458
	%1717 = fmul float %292, %1458
	%1718 = fmul float %293, %1533
	%1719 = fmul float %294, %1533
	%1720 = and i32 %4, 7
	%1721 = lshr i32 %4, 3
	%1722 = and i32 %1721, 1
	%1723 = shl i32 %1722, 3
	%1724 = add i32 %1720, %1723
	%1725 = mul i32 %1724, 256
	%1726 = add i32 %1, %1725
	%1727 = and i32 %4, 7
	%1728 = xor i32 %108, %1727
	%1729 = shl i32 %1728, 4
	%1730 = add i32 %1726, %1729
	%1731 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1463, float %1461)
	%1732 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1538, float %1536)
	%1733 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1467, float %1465)
	%1734 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1542, float %1540)
	%1735 = xor i32 %1730, 0
	%1736 = add i32 %1735, 0
	%1737 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1736)
	%1738 = extractvalue { i32, i32, i32, i32 } %1737, 0
	%1739 = extractvalue { i32, i32, i32, i32 } %1737, 1
	%1740 = extractvalue { i32, i32, i32, i32 } %1737, 2
	%1741 = extractvalue { i32, i32, i32, i32 } %1737, 3
	%1742 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1738, i32 %1739, float %1656, float %1657, float %1658, float %1659)
	%1743 = extractvalue { float, float, float, float } %1742, 0
	%1744 = extractvalue { float, float, float, float } %1742, 1
	%1745 = extractvalue { float, float, float, float } %1742, 2
	%1746 = extractvalue { float, float, float, float } %1742, 3
	%1747 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1740, i32 %1741, float %1660, float %1661, float %1662, float %1663)
	%1748 = extractvalue { float, float, float, float } %1747, 0
	%1749 = extractvalue { float, float, float, float } %1747, 1
	%1750 = extractvalue { float, float, float, float } %1747, 2
	%1751 = extractvalue { float, float, float, float } %1747, 3
	%1752 = xor i32 %1730, 32
	%1753 = add i32 %1752, 0
	%1754 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1753)
	%1755 = extractvalue { i32, i32, i32, i32 } %1754, 0
	%1756 = extractvalue { i32, i32, i32, i32 } %1754, 1
	%1757 = extractvalue { i32, i32, i32, i32 } %1754, 2
	%1758 = extractvalue { i32, i32, i32, i32 } %1754, 3
	%1759 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1755, i32 %1756, float %1664, float %1665, float %1666, float %1667)
	%1760 = extractvalue { float, float, float, float } %1759, 0
	%1761 = extractvalue { float, float, float, float } %1759, 1
	%1762 = extractvalue { float, float, float, float } %1759, 2
	%1763 = extractvalue { float, float, float, float } %1759, 3
	%1764 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1757, i32 %1758, float %1668, float %1669, float %1670, float %1671)
	%1765 = extractvalue { float, float, float, float } %1764, 0
	%1766 = extractvalue { float, float, float, float } %1764, 1
	%1767 = extractvalue { float, float, float, float } %1764, 2
	%1768 = extractvalue { float, float, float, float } %1764, 3
	%1769 = xor i32 %1730, 64
	%1770 = add i32 %1769, 0
	%1771 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1770)
	%1772 = extractvalue { i32, i32, i32, i32 } %1771, 0
	%1773 = extractvalue { i32, i32, i32, i32 } %1771, 1
	%1774 = extractvalue { i32, i32, i32, i32 } %1771, 2
	%1775 = extractvalue { i32, i32, i32, i32 } %1771, 3
	%1776 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1772, i32 %1773, float %1672, float %1673, float %1674, float %1675)
	%1777 = extractvalue { float, float, float, float } %1776, 0
	%1778 = extractvalue { float, float, float, float } %1776, 1
	%1779 = extractvalue { float, float, float, float } %1776, 2
	%1780 = extractvalue { float, float, float, float } %1776, 3
	%1781 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1774, i32 %1775, float %1676, float %1677, float %1678, float %1679)
	%1782 = extractvalue { float, float, float, float } %1781, 0
	%1783 = extractvalue { float, float, float, float } %1781, 1
	%1784 = extractvalue { float, float, float, float } %1781, 2
	%1785 = extractvalue { float, float, float, float } %1781, 3
	%1786 = xor i32 %1730, 96
	%1787 = add i32 %1786, 0
	%1788 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1787)
	%1789 = extractvalue { i32, i32, i32, i32 } %1788, 0
	%1790 = extractvalue { i32, i32, i32, i32 } %1788, 1
	%1791 = extractvalue { i32, i32, i32, i32 } %1788, 2
	%1792 = extractvalue { i32, i32, i32, i32 } %1788, 3
	%1793 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1789, i32 %1790, float %1680, float %1681, float %1682, float %1683)
	%1794 = extractvalue { float, float, float, float } %1793, 0
	%1795 = extractvalue { float, float, float, float } %1793, 1
	%1796 = extractvalue { float, float, float, float } %1793, 2
	%1797 = extractvalue { float, float, float, float } %1793, 3
	%1798 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1791, i32 %1792, float %1684, float %1685, float %1686, float %1687)
	%1799 = extractvalue { float, float, float, float } %1798, 0
	%1800 = extractvalue { float, float, float, float } %1798, 1
	%1801 = extractvalue { float, float, float, float } %1798, 2
	%1802 = extractvalue { float, float, float, float } %1798, 3
	%1803 = xor i32 %1730, 128
	%1804 = add i32 %1803, 0
	%1805 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1804)
	%1806 = extractvalue { i32, i32, i32, i32 } %1805, 0
	%1807 = extractvalue { i32, i32, i32, i32 } %1805, 1
	%1808 = extractvalue { i32, i32, i32, i32 } %1805, 2
	%1809 = extractvalue { i32, i32, i32, i32 } %1805, 3
	%1810 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1806, i32 %1807, float %1688, float %1689, float %1690, float %1691)
	%1811 = extractvalue { float, float, float, float } %1810, 0
	%1812 = extractvalue { float, float, float, float } %1810, 1
	%1813 = extractvalue { float, float, float, float } %1810, 2
	%1814 = extractvalue { float, float, float, float } %1810, 3
	%1815 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1808, i32 %1809, float %1692, float %1693, float %1694, float %1695)
	%1816 = extractvalue { float, float, float, float } %1815, 0
	%1817 = extractvalue { float, float, float, float } %1815, 1
	%1818 = extractvalue { float, float, float, float } %1815, 2
	%1819 = extractvalue { float, float, float, float } %1815, 3
	%1820 = xor i32 %1730, 160
	%1821 = add i32 %1820, 0
	%1822 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1821)
	%1823 = extractvalue { i32, i32, i32, i32 } %1822, 0
	%1824 = extractvalue { i32, i32, i32, i32 } %1822, 1
	%1825 = extractvalue { i32, i32, i32, i32 } %1822, 2
	%1826 = extractvalue { i32, i32, i32, i32 } %1822, 3
	%1827 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1823, i32 %1824, float %1696, float %1697, float %1698, float %1699)
	%1828 = extractvalue { float, float, float, float } %1827, 0
	%1829 = extractvalue { float, float, float, float } %1827, 1
	%1830 = extractvalue { float, float, float, float } %1827, 2
	%1831 = extractvalue { float, float, float, float } %1827, 3
	%1832 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1825, i32 %1826, float %1700, float %1701, float %1702, float %1703)
	%1833 = extractvalue { float, float, float, float } %1832, 0
	%1834 = extractvalue { float, float, float, float } %1832, 1
	%1835 = extractvalue { float, float, float, float } %1832, 2
	%1836 = extractvalue { float, float, float, float } %1832, 3
	%1837 = xor i32 %1730, 192
	%1838 = add i32 %1837, 0
	%1839 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1838)
	%1840 = extractvalue { i32, i32, i32, i32 } %1839, 0
	%1841 = extractvalue { i32, i32, i32, i32 } %1839, 1
	%1842 = extractvalue { i32, i32, i32, i32 } %1839, 2
	%1843 = extractvalue { i32, i32, i32, i32 } %1839, 3
	%1844 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1840, i32 %1841, float %1704, float %1705, float %1706, float %1707)
	%1845 = extractvalue { float, float, float, float } %1844, 0
	%1846 = extractvalue { float, float, float, float } %1844, 1
	%1847 = extractvalue { float, float, float, float } %1844, 2
	%1848 = extractvalue { float, float, float, float } %1844, 3
	%1849 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1842, i32 %1843, float %1708, float %1709, float %1710, float %1711)
	%1850 = extractvalue { float, float, float, float } %1849, 0
	%1851 = extractvalue { float, float, float, float } %1849, 1
	%1852 = extractvalue { float, float, float, float } %1849, 2
	%1853 = extractvalue { float, float, float, float } %1849, 3
	%1854 = xor i32 %1730, 224
	%1855 = add i32 %1854, 0
	%1856 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1855)
	%1857 = extractvalue { i32, i32, i32, i32 } %1856, 0
	%1858 = extractvalue { i32, i32, i32, i32 } %1856, 1
	%1859 = extractvalue { i32, i32, i32, i32 } %1856, 2
	%1860 = extractvalue { i32, i32, i32, i32 } %1856, 3
	%1861 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1857, i32 %1858, float %1712, float %1713, float %1714, float %1715)
	%1862 = extractvalue { float, float, float, float } %1861, 0
	%1863 = extractvalue { float, float, float, float } %1861, 1
	%1864 = extractvalue { float, float, float, float } %1861, 2
	%1865 = extractvalue { float, float, float, float } %1861, 3
	%1866 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1731, i32 %1732, i32 %1733, i32 %1734, i32 %1859, i32 %1860, float %1716, float %1717, float %1718, float %1719)
	%1867 = extractvalue { float, float, float, float } %1866, 0
	%1868 = extractvalue { float, float, float, float } %1866, 1
	%1869 = extractvalue { float, float, float, float } %1866, 2
	%1870 = extractvalue { float, float, float, float } %1866, 3
	%1871 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1471, float %1469)
	%1872 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1546, float %1544)
	%1873 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1475, float %1473)
	%1874 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1550, float %1548)
	%1875 = xor i32 %1730, 0
	%1876 = add i32 %1875, u0x1000
	%1877 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1876)
	%1878 = extractvalue { i32, i32, i32, i32 } %1877, 0
	%1879 = extractvalue { i32, i32, i32, i32 } %1877, 1
	%1880 = extractvalue { i32, i32, i32, i32 } %1877, 2
	%1881 = extractvalue { i32, i32, i32, i32 } %1877, 3
	%1882 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1878, i32 %1879, float %1743, float %1744, float %1745, float %1746)
	%1883 = extractvalue { float, float, float, float } %1882, 0
	%1884 = extractvalue { float, float, float, float } %1882, 1
	%1885 = extractvalue { float, float, float, float } %1882, 2
	%1886 = extractvalue { float, float, float, float } %1882, 3
	%1887 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1880, i32 %1881, float %1748, float %1749, float %1750, float %1751)
	%1888 = extractvalue { float, float, float, float } %1887, 0
	%1889 = extractvalue { float, float, float, float } %1887, 1
	%1890 = extractvalue { float, float, float, float } %1887, 2
	%1891 = extractvalue { float, float, float, float } %1887, 3
	%1892 = xor i32 %1730, 32
	%1893 = add i32 %1892, u0x1000
	%1894 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1893)
	%1895 = extractvalue { i32, i32, i32, i32 } %1894, 0
	%1896 = extractvalue { i32, i32, i32, i32 } %1894, 1
	%1897 = extractvalue { i32, i32, i32, i32 } %1894, 2
	%1898 = extractvalue { i32, i32, i32, i32 } %1894, 3
	%1899 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1895, i32 %1896, float %1760, float %1761, float %1762, float %1763)
	%1900 = extractvalue { float, float, float, float } %1899, 0
	%1901 = extractvalue { float, float, float, float } %1899, 1
	%1902 = extractvalue { float, float, float, float } %1899, 2
	%1903 = extractvalue { float, float, float, float } %1899, 3
	%1904 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1897, i32 %1898, float %1765, float %1766, float %1767, float %1768)
	%1905 = extractvalue { float, float, float, float } %1904, 0
	%1906 = extractvalue { float, float, float, float } %1904, 1
	%1907 = extractvalue { float, float, float, float } %1904, 2
	%1908 = extractvalue { float, float, float, float } %1904, 3
	%1909 = xor i32 %1730, 64
	%1910 = add i32 %1909, u0x1000
	%1911 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1910)
	%1912 = extractvalue { i32, i32, i32, i32 } %1911, 0
	%1913 = extractvalue { i32, i32, i32, i32 } %1911, 1
	%1914 = extractvalue { i32, i32, i32, i32 } %1911, 2
	%1915 = extractvalue { i32, i32, i32, i32 } %1911, 3
	%1916 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1912, i32 %1913, float %1777, float %1778, float %1779, float %1780)
	%1917 = extractvalue { float, float, float, float } %1916, 0
	%1918 = extractvalue { float, float, float, float } %1916, 1
	%1919 = extractvalue { float, float, float, float } %1916, 2
	%1920 = extractvalue { float, float, float, float } %1916, 3
	%1921 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1914, i32 %1915, float %1782, float %1783, float %1784, float %1785)
	%1922 = extractvalue { float, float, float, float } %1921, 0
	%1923 = extractvalue { float, float, float, float } %1921, 1
	%1924 = extractvalue { float, float, float, float } %1921, 2
	%1925 = extractvalue { float, float, float, float } %1921, 3
	%1926 = xor i32 %1730, 96
	%1927 = add i32 %1926, u0x1000
	%1928 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1927)
	%1929 = extractvalue { i32, i32, i32, i32 } %1928, 0
	%1930 = extractvalue { i32, i32, i32, i32 } %1928, 1
	%1931 = extractvalue { i32, i32, i32, i32 } %1928, 2
	%1932 = extractvalue { i32, i32, i32, i32 } %1928, 3
	%1933 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1929, i32 %1930, float %1794, float %1795, float %1796, float %1797)
	%1934 = extractvalue { float, float, float, float } %1933, 0
	%1935 = extractvalue { float, float, float, float } %1933, 1
	%1936 = extractvalue { float, float, float, float } %1933, 2
	%1937 = extractvalue { float, float, float, float } %1933, 3
	%1938 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1931, i32 %1932, float %1799, float %1800, float %1801, float %1802)
	%1939 = extractvalue { float, float, float, float } %1938, 0
	%1940 = extractvalue { float, float, float, float } %1938, 1
	%1941 = extractvalue { float, float, float, float } %1938, 2
	%1942 = extractvalue { float, float, float, float } %1938, 3
	%1943 = xor i32 %1730, 128
	%1944 = add i32 %1943, u0x1000
	%1945 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1944)
	%1946 = extractvalue { i32, i32, i32, i32 } %1945, 0
	%1947 = extractvalue { i32, i32, i32, i32 } %1945, 1
	%1948 = extractvalue { i32, i32, i32, i32 } %1945, 2
	%1949 = extractvalue { i32, i32, i32, i32 } %1945, 3
	%1950 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1946, i32 %1947, float %1811, float %1812, float %1813, float %1814)
	%1951 = extractvalue { float, float, float, float } %1950, 0
	%1952 = extractvalue { float, float, float, float } %1950, 1
	%1953 = extractvalue { float, float, float, float } %1950, 2
	%1954 = extractvalue { float, float, float, float } %1950, 3
	%1955 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1948, i32 %1949, float %1816, float %1817, float %1818, float %1819)
	%1956 = extractvalue { float, float, float, float } %1955, 0
	%1957 = extractvalue { float, float, float, float } %1955, 1
	%1958 = extractvalue { float, float, float, float } %1955, 2
	%1959 = extractvalue { float, float, float, float } %1955, 3
	%1960 = xor i32 %1730, 160
	%1961 = add i32 %1960, u0x1000
	%1962 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1961)
	%1963 = extractvalue { i32, i32, i32, i32 } %1962, 0
	%1964 = extractvalue { i32, i32, i32, i32 } %1962, 1
	%1965 = extractvalue { i32, i32, i32, i32 } %1962, 2
	%1966 = extractvalue { i32, i32, i32, i32 } %1962, 3
	%1967 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1963, i32 %1964, float %1828, float %1829, float %1830, float %1831)
	%1968 = extractvalue { float, float, float, float } %1967, 0
	%1969 = extractvalue { float, float, float, float } %1967, 1
	%1970 = extractvalue { float, float, float, float } %1967, 2
	%1971 = extractvalue { float, float, float, float } %1967, 3
	%1972 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1965, i32 %1966, float %1833, float %1834, float %1835, float %1836)
	%1973 = extractvalue { float, float, float, float } %1972, 0
	%1974 = extractvalue { float, float, float, float } %1972, 1
	%1975 = extractvalue { float, float, float, float } %1972, 2
	%1976 = extractvalue { float, float, float, float } %1972, 3
	%1977 = xor i32 %1730, 192
	%1978 = add i32 %1977, u0x1000
	%1979 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1978)
	%1980 = extractvalue { i32, i32, i32, i32 } %1979, 0
	%1981 = extractvalue { i32, i32, i32, i32 } %1979, 1
	%1982 = extractvalue { i32, i32, i32, i32 } %1979, 2
	%1983 = extractvalue { i32, i32, i32, i32 } %1979, 3
	%1984 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1980, i32 %1981, float %1845, float %1846, float %1847, float %1848)
	%1985 = extractvalue { float, float, float, float } %1984, 0
	%1986 = extractvalue { float, float, float, float } %1984, 1
	%1987 = extractvalue { float, float, float, float } %1984, 2
	%1988 = extractvalue { float, float, float, float } %1984, 3
	%1989 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1982, i32 %1983, float %1850, float %1851, float %1852, float %1853)
	%1990 = extractvalue { float, float, float, float } %1989, 0
	%1991 = extractvalue { float, float, float, float } %1989, 1
	%1992 = extractvalue { float, float, float, float } %1989, 2
	%1993 = extractvalue { float, float, float, float } %1989, 3
	%1994 = xor i32 %1730, 224
	%1995 = add i32 %1994, u0x1000
	%1996 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1995)
	%1997 = extractvalue { i32, i32, i32, i32 } %1996, 0
	%1998 = extractvalue { i32, i32, i32, i32 } %1996, 1
	%1999 = extractvalue { i32, i32, i32, i32 } %1996, 2
	%2000 = extractvalue { i32, i32, i32, i32 } %1996, 3
	%2001 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1997, i32 %1998, float %1862, float %1863, float %1864, float %1865)
	%2002 = extractvalue { float, float, float, float } %2001, 0
	%2003 = extractvalue { float, float, float, float } %2001, 1
	%2004 = extractvalue { float, float, float, float } %2001, 2
	%2005 = extractvalue { float, float, float, float } %2001, 3
	%2006 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1871, i32 %1872, i32 %1873, i32 %1874, i32 %1999, i32 %2000, float %1867, float %1868, float %1869, float %1870)
	%2007 = extractvalue { float, float, float, float } %2006, 0
	%2008 = extractvalue { float, float, float, float } %2006, 1
	%2009 = extractvalue { float, float, float, float } %2006, 2
	%2010 = extractvalue { float, float, float, float } %2006, 3
	%2011 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1479, float %1477)
	%2012 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1554, float %1552)
	%2013 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1483, float %1481)
	%2014 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1558, float %1556)
	%2015 = xor i32 %1730, 0
	%2016 = add i32 %2015, u0x2000
	%2017 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2016)
	%2018 = extractvalue { i32, i32, i32, i32 } %2017, 0
	%2019 = extractvalue { i32, i32, i32, i32 } %2017, 1
	%2020 = extractvalue { i32, i32, i32, i32 } %2017, 2
	%2021 = extractvalue { i32, i32, i32, i32 } %2017, 3
	%2022 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2018, i32 %2019, float %1883, float %1884, float %1885, float %1886)
	%2023 = extractvalue { float, float, float, float } %2022, 0
	%2024 = extractvalue { float, float, float, float } %2022, 1
	%2025 = extractvalue { float, float, float, float } %2022, 2
	%2026 = extractvalue { float, float, float, float } %2022, 3
	%2027 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2020, i32 %2021, float %1888, float %1889, float %1890, float %1891)
	%2028 = extractvalue { float, float, float, float } %2027, 0
	%2029 = extractvalue { float, float, float, float } %2027, 1
	%2030 = extractvalue { float, float, float, float } %2027, 2
	%2031 = extractvalue { float, float, float, float } %2027, 3
	%2032 = xor i32 %1730, 32
	%2033 = add i32 %2032, u0x2000
	%2034 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2033)
	%2035 = extractvalue { i32, i32, i32, i32 } %2034, 0
	%2036 = extractvalue { i32, i32, i32, i32 } %2034, 1
	%2037 = extractvalue { i32, i32, i32, i32 } %2034, 2
	%2038 = extractvalue { i32, i32, i32, i32 } %2034, 3
	%2039 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2035, i32 %2036, float %1900, float %1901, float %1902, float %1903)
	%2040 = extractvalue { float, float, float, float } %2039, 0
	%2041 = extractvalue { float, float, float, float } %2039, 1
	%2042 = extractvalue { float, float, float, float } %2039, 2
	%2043 = extractvalue { float, float, float, float } %2039, 3
	%2044 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2037, i32 %2038, float %1905, float %1906, float %1907, float %1908)
	%2045 = extractvalue { float, float, float, float } %2044, 0
	%2046 = extractvalue { float, float, float, float } %2044, 1
	%2047 = extractvalue { float, float, float, float } %2044, 2
	%2048 = extractvalue { float, float, float, float } %2044, 3
	%2049 = xor i32 %1730, 64
	%2050 = add i32 %2049, u0x2000
	%2051 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2050)
	%2052 = extractvalue { i32, i32, i32, i32 } %2051, 0
	%2053 = extractvalue { i32, i32, i32, i32 } %2051, 1
	%2054 = extractvalue { i32, i32, i32, i32 } %2051, 2
	%2055 = extractvalue { i32, i32, i32, i32 } %2051, 3
	%2056 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2052, i32 %2053, float %1917, float %1918, float %1919, float %1920)
	%2057 = extractvalue { float, float, float, float } %2056, 0
	%2058 = extractvalue { float, float, float, float } %2056, 1
	%2059 = extractvalue { float, float, float, float } %2056, 2
	%2060 = extractvalue { float, float, float, float } %2056, 3
	%2061 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2054, i32 %2055, float %1922, float %1923, float %1924, float %1925)
	%2062 = extractvalue { float, float, float, float } %2061, 0
	%2063 = extractvalue { float, float, float, float } %2061, 1
	%2064 = extractvalue { float, float, float, float } %2061, 2
	%2065 = extractvalue { float, float, float, float } %2061, 3
	%2066 = xor i32 %1730, 96
	%2067 = add i32 %2066, u0x2000
	%2068 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2067)
	%2069 = extractvalue { i32, i32, i32, i32 } %2068, 0
	%2070 = extractvalue { i32, i32, i32, i32 } %2068, 1
	%2071 = extractvalue { i32, i32, i32, i32 } %2068, 2
	%2072 = extractvalue { i32, i32, i32, i32 } %2068, 3
	%2073 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2069, i32 %2070, float %1934, float %1935, float %1936, float %1937)
	%2074 = extractvalue { float, float, float, float } %2073, 0
	%2075 = extractvalue { float, float, float, float } %2073, 1
	%2076 = extractvalue { float, float, float, float } %2073, 2
	%2077 = extractvalue { float, float, float, float } %2073, 3
	%2078 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2071, i32 %2072, float %1939, float %1940, float %1941, float %1942)
	%2079 = extractvalue { float, float, float, float } %2078, 0
	%2080 = extractvalue { float, float, float, float } %2078, 1
	%2081 = extractvalue { float, float, float, float } %2078, 2
	%2082 = extractvalue { float, float, float, float } %2078, 3
	%2083 = xor i32 %1730, 128
	%2084 = add i32 %2083, u0x2000
	%2085 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2084)
	%2086 = extractvalue { i32, i32, i32, i32 } %2085, 0
	%2087 = extractvalue { i32, i32, i32, i32 } %2085, 1
	%2088 = extractvalue { i32, i32, i32, i32 } %2085, 2
	%2089 = extractvalue { i32, i32, i32, i32 } %2085, 3
	%2090 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2086, i32 %2087, float %1951, float %1952, float %1953, float %1954)
	%2091 = extractvalue { float, float, float, float } %2090, 0
	%2092 = extractvalue { float, float, float, float } %2090, 1
	%2093 = extractvalue { float, float, float, float } %2090, 2
	%2094 = extractvalue { float, float, float, float } %2090, 3
	%2095 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2088, i32 %2089, float %1956, float %1957, float %1958, float %1959)
	%2096 = extractvalue { float, float, float, float } %2095, 0
	%2097 = extractvalue { float, float, float, float } %2095, 1
	%2098 = extractvalue { float, float, float, float } %2095, 2
	%2099 = extractvalue { float, float, float, float } %2095, 3
	%2100 = xor i32 %1730, 160
	%2101 = add i32 %2100, u0x2000
	%2102 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2101)
	%2103 = extractvalue { i32, i32, i32, i32 } %2102, 0
	%2104 = extractvalue { i32, i32, i32, i32 } %2102, 1
	%2105 = extractvalue { i32, i32, i32, i32 } %2102, 2
	%2106 = extractvalue { i32, i32, i32, i32 } %2102, 3
	%2107 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2103, i32 %2104, float %1968, float %1969, float %1970, float %1971)
	%2108 = extractvalue { float, float, float, float } %2107, 0
	%2109 = extractvalue { float, float, float, float } %2107, 1
	%2110 = extractvalue { float, float, float, float } %2107, 2
	%2111 = extractvalue { float, float, float, float } %2107, 3
	%2112 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2105, i32 %2106, float %1973, float %1974, float %1975, float %1976)
	%2113 = extractvalue { float, float, float, float } %2112, 0
	%2114 = extractvalue { float, float, float, float } %2112, 1
	%2115 = extractvalue { float, float, float, float } %2112, 2
	%2116 = extractvalue { float, float, float, float } %2112, 3
	%2117 = xor i32 %1730, 192
	%2118 = add i32 %2117, u0x2000
	%2119 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2118)
	%2120 = extractvalue { i32, i32, i32, i32 } %2119, 0
	%2121 = extractvalue { i32, i32, i32, i32 } %2119, 1
	%2122 = extractvalue { i32, i32, i32, i32 } %2119, 2
	%2123 = extractvalue { i32, i32, i32, i32 } %2119, 3
	%2124 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2120, i32 %2121, float %1985, float %1986, float %1987, float %1988)
	%2125 = extractvalue { float, float, float, float } %2124, 0
	%2126 = extractvalue { float, float, float, float } %2124, 1
	%2127 = extractvalue { float, float, float, float } %2124, 2
	%2128 = extractvalue { float, float, float, float } %2124, 3
	%2129 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2122, i32 %2123, float %1990, float %1991, float %1992, float %1993)
	%2130 = extractvalue { float, float, float, float } %2129, 0
	%2131 = extractvalue { float, float, float, float } %2129, 1
	%2132 = extractvalue { float, float, float, float } %2129, 2
	%2133 = extractvalue { float, float, float, float } %2129, 3
	%2134 = xor i32 %1730, 224
	%2135 = add i32 %2134, u0x2000
	%2136 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2135)
	%2137 = extractvalue { i32, i32, i32, i32 } %2136, 0
	%2138 = extractvalue { i32, i32, i32, i32 } %2136, 1
	%2139 = extractvalue { i32, i32, i32, i32 } %2136, 2
	%2140 = extractvalue { i32, i32, i32, i32 } %2136, 3
	%2141 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2137, i32 %2138, float %2002, float %2003, float %2004, float %2005)
	%2142 = extractvalue { float, float, float, float } %2141, 0
	%2143 = extractvalue { float, float, float, float } %2141, 1
	%2144 = extractvalue { float, float, float, float } %2141, 2
	%2145 = extractvalue { float, float, float, float } %2141, 3
	%2146 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2011, i32 %2012, i32 %2013, i32 %2014, i32 %2139, i32 %2140, float %2007, float %2008, float %2009, float %2010)
	%2147 = extractvalue { float, float, float, float } %2146, 0
	%2148 = extractvalue { float, float, float, float } %2146, 1
	%2149 = extractvalue { float, float, float, float } %2146, 2
	%2150 = extractvalue { float, float, float, float } %2146, 3
	%2151 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1487, float %1485)
	%2152 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1562, float %1560)
	%2153 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1491, float %1489)
	%2154 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1566, float %1564)
	%2155 = xor i32 %1730, 0
	%2156 = add i32 %2155, 12288
	%2157 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2156)
	%2158 = extractvalue { i32, i32, i32, i32 } %2157, 0
	%2159 = extractvalue { i32, i32, i32, i32 } %2157, 1
	%2160 = extractvalue { i32, i32, i32, i32 } %2157, 2
	%2161 = extractvalue { i32, i32, i32, i32 } %2157, 3
	%2162 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2158, i32 %2159, float %2023, float %2024, float %2025, float %2026)
	%2163 = extractvalue { float, float, float, float } %2162, 0
	%2164 = extractvalue { float, float, float, float } %2162, 1
	%2165 = extractvalue { float, float, float, float } %2162, 2
	%2166 = extractvalue { float, float, float, float } %2162, 3
	%2167 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2160, i32 %2161, float %2028, float %2029, float %2030, float %2031)
	%2168 = extractvalue { float, float, float, float } %2167, 0
	%2169 = extractvalue { float, float, float, float } %2167, 1
	%2170 = extractvalue { float, float, float, float } %2167, 2
	%2171 = extractvalue { float, float, float, float } %2167, 3
	%2172 = xor i32 %1730, 32
	%2173 = add i32 %2172, 12288
	%2174 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2173)
	%2175 = extractvalue { i32, i32, i32, i32 } %2174, 0
	%2176 = extractvalue { i32, i32, i32, i32 } %2174, 1
	%2177 = extractvalue { i32, i32, i32, i32 } %2174, 2
	%2178 = extractvalue { i32, i32, i32, i32 } %2174, 3
	%2179 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2175, i32 %2176, float %2040, float %2041, float %2042, float %2043)
	%2180 = extractvalue { float, float, float, float } %2179, 0
	%2181 = extractvalue { float, float, float, float } %2179, 1
	%2182 = extractvalue { float, float, float, float } %2179, 2
	%2183 = extractvalue { float, float, float, float } %2179, 3
	%2184 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2177, i32 %2178, float %2045, float %2046, float %2047, float %2048)
	%2185 = extractvalue { float, float, float, float } %2184, 0
	%2186 = extractvalue { float, float, float, float } %2184, 1
	%2187 = extractvalue { float, float, float, float } %2184, 2
	%2188 = extractvalue { float, float, float, float } %2184, 3
	%2189 = xor i32 %1730, 64
	%2190 = add i32 %2189, 12288
	%2191 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2190)
	%2192 = extractvalue { i32, i32, i32, i32 } %2191, 0
	%2193 = extractvalue { i32, i32, i32, i32 } %2191, 1
	%2194 = extractvalue { i32, i32, i32, i32 } %2191, 2
	%2195 = extractvalue { i32, i32, i32, i32 } %2191, 3
	%2196 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2192, i32 %2193, float %2057, float %2058, float %2059, float %2060)
	%2197 = extractvalue { float, float, float, float } %2196, 0
	%2198 = extractvalue { float, float, float, float } %2196, 1
	%2199 = extractvalue { float, float, float, float } %2196, 2
	%2200 = extractvalue { float, float, float, float } %2196, 3
	%2201 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2194, i32 %2195, float %2062, float %2063, float %2064, float %2065)
	%2202 = extractvalue { float, float, float, float } %2201, 0
	%2203 = extractvalue { float, float, float, float } %2201, 1
	%2204 = extractvalue { float, float, float, float } %2201, 2
	%2205 = extractvalue { float, float, float, float } %2201, 3
	%2206 = xor i32 %1730, 96
	%2207 = add i32 %2206, 12288
	%2208 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2207)
	%2209 = extractvalue { i32, i32, i32, i32 } %2208, 0
	%2210 = extractvalue { i32, i32, i32, i32 } %2208, 1
	%2211 = extractvalue { i32, i32, i32, i32 } %2208, 2
	%2212 = extractvalue { i32, i32, i32, i32 } %2208, 3
	%2213 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2209, i32 %2210, float %2074, float %2075, float %2076, float %2077)
	%2214 = extractvalue { float, float, float, float } %2213, 0
	%2215 = extractvalue { float, float, float, float } %2213, 1
	%2216 = extractvalue { float, float, float, float } %2213, 2
	%2217 = extractvalue { float, float, float, float } %2213, 3
	%2218 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2211, i32 %2212, float %2079, float %2080, float %2081, float %2082)
	%2219 = extractvalue { float, float, float, float } %2218, 0
	%2220 = extractvalue { float, float, float, float } %2218, 1
	%2221 = extractvalue { float, float, float, float } %2218, 2
	%2222 = extractvalue { float, float, float, float } %2218, 3
	%2223 = xor i32 %1730, 128
	%2224 = add i32 %2223, 12288
	%2225 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2224)
	%2226 = extractvalue { i32, i32, i32, i32 } %2225, 0
	%2227 = extractvalue { i32, i32, i32, i32 } %2225, 1
	%2228 = extractvalue { i32, i32, i32, i32 } %2225, 2
	%2229 = extractvalue { i32, i32, i32, i32 } %2225, 3
	%2230 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2226, i32 %2227, float %2091, float %2092, float %2093, float %2094)
	%2231 = extractvalue { float, float, float, float } %2230, 0
	%2232 = extractvalue { float, float, float, float } %2230, 1
	%2233 = extractvalue { float, float, float, float } %2230, 2
	%2234 = extractvalue { float, float, float, float } %2230, 3
	%2235 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2228, i32 %2229, float %2096, float %2097, float %2098, float %2099)
	%2236 = extractvalue { float, float, float, float } %2235, 0
	%2237 = extractvalue { float, float, float, float } %2235, 1
	%2238 = extractvalue { float, float, float, float } %2235, 2
	%2239 = extractvalue { float, float, float, float } %2235, 3
	%2240 = xor i32 %1730, 160
	%2241 = add i32 %2240, 12288
	%2242 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2241)
	%2243 = extractvalue { i32, i32, i32, i32 } %2242, 0
	%2244 = extractvalue { i32, i32, i32, i32 } %2242, 1
	%2245 = extractvalue { i32, i32, i32, i32 } %2242, 2
	%2246 = extractvalue { i32, i32, i32, i32 } %2242, 3
	%2247 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2243, i32 %2244, float %2108, float %2109, float %2110, float %2111)
	%2248 = extractvalue { float, float, float, float } %2247, 0
	%2249 = extractvalue { float, float, float, float } %2247, 1
	%2250 = extractvalue { float, float, float, float } %2247, 2
	%2251 = extractvalue { float, float, float, float } %2247, 3
	%2252 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2245, i32 %2246, float %2113, float %2114, float %2115, float %2116)
	%2253 = extractvalue { float, float, float, float } %2252, 0
	%2254 = extractvalue { float, float, float, float } %2252, 1
	%2255 = extractvalue { float, float, float, float } %2252, 2
	%2256 = extractvalue { float, float, float, float } %2252, 3
	%2257 = xor i32 %1730, 192
	%2258 = add i32 %2257, 12288
	%2259 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2258)
	%2260 = extractvalue { i32, i32, i32, i32 } %2259, 0
	%2261 = extractvalue { i32, i32, i32, i32 } %2259, 1
	%2262 = extractvalue { i32, i32, i32, i32 } %2259, 2
	%2263 = extractvalue { i32, i32, i32, i32 } %2259, 3
	%2264 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2260, i32 %2261, float %2125, float %2126, float %2127, float %2128)
	%2265 = extractvalue { float, float, float, float } %2264, 0
	%2266 = extractvalue { float, float, float, float } %2264, 1
	%2267 = extractvalue { float, float, float, float } %2264, 2
	%2268 = extractvalue { float, float, float, float } %2264, 3
	%2269 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2262, i32 %2263, float %2130, float %2131, float %2132, float %2133)
	%2270 = extractvalue { float, float, float, float } %2269, 0
	%2271 = extractvalue { float, float, float, float } %2269, 1
	%2272 = extractvalue { float, float, float, float } %2269, 2
	%2273 = extractvalue { float, float, float, float } %2269, 3
	%2274 = xor i32 %1730, 224
	%2275 = add i32 %2274, 12288
	%2276 = call { i32, i32, i32, i32 } asm "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %2275)
	%2277 = extractvalue { i32, i32, i32, i32 } %2276, 0
	%2278 = extractvalue { i32, i32, i32, i32 } %2276, 1
	%2279 = extractvalue { i32, i32, i32, i32 } %2276, 2
	%2280 = extractvalue { i32, i32, i32, i32 } %2276, 3
	%2281 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2277, i32 %2278, float %2142, float %2143, float %2144, float %2145)
	%2282 = extractvalue { float, float, float, float } %2281, 0
	%2283 = extractvalue { float, float, float, float } %2281, 1
	%2284 = extractvalue { float, float, float, float } %2281, 2
	%2285 = extractvalue { float, float, float, float } %2281, 3
	%2286 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %2151, i32 %2152, i32 %2153, i32 %2154, i32 %2279, i32 %2280, float %2147, float %2148, float %2149, float %2150)
	%2287 = extractvalue { float, float, float, float } %2286, 0
	%2288 = extractvalue { float, float, float, float } %2286, 1
	%2289 = extractvalue { float, float, float, float } %2286, 2
	%2290 = extractvalue { float, float, float, float } %2286, 3
	br i1 %1592, label %loop, label %epilogue

store0:
	%2291 = mul i32 %10, %M
	%2292 = add i32 %2291, %984
	%2293 = mul i32 %2292, 128
	%2294 = shl i32 %6, 1
	%2295 = add i32 0, %2294
	%2296 = add i32 %2293, %2295
	%2297 = sext i32 %2296 to i64
	%2298 = getelementptr i16, i16* %out, i64 %2297
	%2299 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %986, float %985)
	%2300 = bitcast i16* %2298 to i32*
	store i32 %2299, i32* %2300
	%2301 = shl i32 %6, 1
	%2302 = add i32 8, %2301
	%2303 = add i32 %2293, %2302
	%2304 = sext i32 %2303 to i64
	%2305 = getelementptr i16, i16* %out, i64 %2304
	%2306 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %988, float %987)
	%2307 = bitcast i16* %2305 to i32*
	store i32 %2306, i32* %2307
	%2308 = shl i32 %6, 1
	%2309 = add i32 16, %2308
	%2310 = add i32 %2293, %2309
	%2311 = sext i32 %2310 to i64
	%2312 = getelementptr i16, i16* %out, i64 %2311
	%2313 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %990, float %989)
	%2314 = bitcast i16* %2312 to i32*
	store i32 %2313, i32* %2314
	%2315 = shl i32 %6, 1
	%2316 = add i32 24, %2315
	%2317 = add i32 %2293, %2316
	%2318 = sext i32 %2317 to i64
	%2319 = getelementptr i16, i16* %out, i64 %2318
	%2320 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %992, float %991)
	%2321 = bitcast i16* %2319 to i32*
	store i32 %2320, i32* %2321
	%2322 = shl i32 %6, 1
	%2323 = add i32 32, %2322
	%2324 = add i32 %2293, %2323
	%2325 = sext i32 %2324 to i64
	%2326 = getelementptr i16, i16* %out, i64 %2325
	%2327 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %994, float %993)
	%2328 = bitcast i16* %2326 to i32*
	store i32 %2327, i32* %2328
	%2329 = shl i32 %6, 1
	%2330 = add i32 40, %2329
	%2331 = add i32 %2293, %2330
	%2332 = sext i32 %2331 to i64
	%2333 = getelementptr i16, i16* %out, i64 %2332
	%2334 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %996, float %995)
	%2335 = bitcast i16* %2333 to i32*
	store i32 %2334, i32* %2335
	%2336 = shl i32 %6, 1
	%2337 = add i32 48, %2336
	%2338 = add i32 %2293, %2337
	%2339 = sext i32 %2338 to i64
	%2340 = getelementptr i16, i16* %out, i64 %2339
	%2341 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %998, float %997)
	%2342 = bitcast i16* %2340 to i32*
	store i32 %2341, i32* %2342
	%2343 = shl i32 %6, 1
	%2344 = add i32 56, %2343
	%2345 = add i32 %2293, %2344
	%2346 = sext i32 %2345 to i64
	%2347 = getelementptr i16, i16* %out, i64 %2346
	%2348 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1000, float %999)
	%2349 = bitcast i16* %2347 to i32*
	store i32 %2348, i32* %2349
	%2350 = shl i32 %6, 1
	%2351 = add i32 64, %2350
	%2352 = add i32 %2293, %2351
	%2353 = sext i32 %2352 to i64
	%2354 = getelementptr i16, i16* %out, i64 %2353
	%2355 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1002, float %1001)
	%2356 = bitcast i16* %2354 to i32*
	store i32 %2355, i32* %2356
	%2357 = shl i32 %6, 1
	%2358 = add i32 72, %2357
	%2359 = add i32 %2293, %2358
	%2360 = sext i32 %2359 to i64
	%2361 = getelementptr i16, i16* %out, i64 %2360
	%2362 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1004, float %1003)
	%2363 = bitcast i16* %2361 to i32*
	store i32 %2362, i32* %2363
	%2364 = shl i32 %6, 1
	%2365 = add i32 80, %2364
	%2366 = add i32 %2293, %2365
	%2367 = sext i32 %2366 to i64
	%2368 = getelementptr i16, i16* %out, i64 %2367
	%2369 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1006, float %1005)
	%2370 = bitcast i16* %2368 to i32*
	store i32 %2369, i32* %2370
	%2371 = shl i32 %6, 1
	%2372 = add i32 88, %2371
	%2373 = add i32 %2293, %2372
	%2374 = sext i32 %2373 to i64
	%2375 = getelementptr i16, i16* %out, i64 %2374
	%2376 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1008, float %1007)
	%2377 = bitcast i16* %2375 to i32*
	store i32 %2376, i32* %2377
	%2378 = shl i32 %6, 1
	%2379 = add i32 96, %2378
	%2380 = add i32 %2293, %2379
	%2381 = sext i32 %2380 to i64
	%2382 = getelementptr i16, i16* %out, i64 %2381
	%2383 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1010, float %1009)
	%2384 = bitcast i16* %2382 to i32*
	store i32 %2383, i32* %2384
	%2385 = shl i32 %6, 1
	%2386 = add i32 104, %2385
	%2387 = add i32 %2293, %2386
	%2388 = sext i32 %2387 to i64
	%2389 = getelementptr i16, i16* %out, i64 %2388
	%2390 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1012, float %1011)
	%2391 = bitcast i16* %2389 to i32*
	store i32 %2390, i32* %2391
	%2392 = shl i32 %6, 1
	%2393 = add i32 112, %2392
	%2394 = add i32 %2293, %2393
	%2395 = sext i32 %2394 to i64
	%2396 = getelementptr i16, i16* %out, i64 %2395
	%2397 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1014, float %1013)
	%2398 = bitcast i16* %2396 to i32*
	store i32 %2397, i32* %2398
	%2399 = shl i32 %6, 1
	%2400 = add i32 120, %2399
	%2401 = add i32 %2293, %2400
	%2402 = sext i32 %2401 to i64
	%2403 = getelementptr i16, i16* %out, i64 %2402
	%2404 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %1016, float %1015)
	%2405 = bitcast i16* %2403 to i32*
	store i32 %2404, i32* %2405
	br label %stored0

stored0:
	%2406 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %908, i32 1, i32 31)
	%2407 = fadd float %908, %2406
	%2408 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2407, i32 2, i32 31)
	%2409 = fadd float %2407, %2408
	%2410 = fcmp ogt float %2409, 0.0
	%2411 = fdiv float 1.0, %2409
	%2412 = select i1 %2410, float %2411, float 0.0
	%2413 = mul i32 %3, 16
	%2414 = add i32 %12, %2413
	%2415 = add i32 %5, 8
	%2416 = add i32 %2414, %2415
	%2417 = fmul float %912, %2412
	%2418 = fmul float %913, %2412
	%2419 = fmul float %916, %2412
	%2420 = fmul float %917, %2412
	%2421 = fmul float %920, %2412
	%2422 = fmul float %921, %2412
	%2423 = fmul float %924, %2412
	%2424 = fmul float %925, %2412
	%2425 = fmul float %928, %2412
	%2426 = fmul float %929, %2412
	%2427 = fmul float %932, %2412
	%2428 = fmul float %933, %2412
	%2429 = fmul float %936, %2412
	%2430 = fmul float %937, %2412
	%2431 = fmul float %940, %2412
	%2432 = fmul float %941, %2412
	%2433 = fmul float %944, %2412
	%2434 = fmul float %945, %2412
	%2435 = fmul float %948, %2412
	%2436 = fmul float %949, %2412
	%2437 = fmul float %952, %2412
	%2438 = fmul float %953, %2412
	%2439 = fmul float %956, %2412
	%2440 = fmul float %957, %2412
	%2441 = fmul float %960, %2412
	%2442 = fmul float %961, %2412
	%2443 = fmul float %964, %2412
	%2444 = fmul float %965, %2412
	%2445 = fmul float %968, %2412
	%2446 = fmul float %969, %2412
	%2447 = fmul float %972, %2412
	%2448 = fmul float %973, %2412
	%2449 = icmp slt i32 %2416, %M
	br i1 %2449, label %store1, label %stored1

store1:
	%2450 = mul i32 %10, %M
	%2451 = add i32 %2450, %2416
	%2452 = mul i32 %2451, 128
	%2453 = shl i32 %6, 1
	%2454 = add i32 0, %2453
	%2455 = add i32 %2452, %2454
	%2456 = sext i32 %2455 to i64
	%2457 = getelementptr i16, i16* %out, i64 %2456
	%2458 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2418, float %2417)
	%2459 = bitcast i16* %2457 to i32*
	store i32 %2458, i32* %2459
	%2460 = shl i32 %6, 1
	%2461 = add i32 8, %2460
	%2462 = add i32 %2452, %2461
	%2463 = sext i32 %2462 to i64
	%2464 = getelementptr i16, i16* %out, i64 %2463
	%2465 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2420, float %2419)
	%2466 = bitcast i16* %2464 to i32*
	store i32 %2465, i32* %2466
	%2467 = shl i32 %6, 1
	%2468 = add i32 16, %2467
	%2469 = add i32 %2452, %2468
	%2470 = sext i32 %2469 to i64
	%2471 = getelementptr i16, i16* %out, i64 %2470
	%2472 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2422, float %2421)
	%2473 = bitcast i16* %2471 to i32*
	store i32 %2472, i32* %2473
	%2474 = shl i32 %6, 1
	%2475 = add i32 24, %2474
	%2476 = add i32 %2452, %2475
	%2477 = sext i32 %2476 to i64
	%2478 = getelementptr i16, i16* %out, i64 %2477
	%2479 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2424, float %2423)
	%2480 = bitcast i16* %2478 to i32*
	store i32 %2479, i32* %2480
	%2481 = shl i32 %6, 1
	%2482 = add i32 32, %2481
	%2483 = add i32 %2452, %2482
	%2484 = sext i32 %2483 to i64
	%2485 = getelementptr i16, i16* %out, i64 %2484
	%2486 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2426, float %2425)
	%2487 = bitcast i16* %2485 to i32*
	store i32 %2486, i32* %2487
	%2488 = shl i32 %6, 1
	%2489 = add i32 40, %2488
	%2490 = add i32 %2452, %2489
	%2491 = sext i32 %2490 to i64
	%2492 = getelementptr i16, i16* %out, i64 %2491
	%2493 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2428, float %2427)
	%2494 = bitcast i16* %2492 to i32*
	store i32 %2493, i32* %2494
	%2495 = shl i32 %6, 1
	%2496 = add i32 48, %2495
	%2497 = add i32 %2452, %2496
	%2498 = sext i32 %2497 to i64
	%2499 = getelementptr i16, i16* %out, i64 %2498
	%2500 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2430, float %2429)
	%2501 = bitcast i16* %2499 to i32*
	store i32 %2500, i32* %2501
	%2502 = shl i32 %6, 1
	%2503 = add i32 56, %2502
	%2504 = add i32 %2452, %2503
	%2505 = sext i32 %2504 to i64
	%2506 = getelementptr i16, i16* %out, i64 %2505
	%2507 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2432, float %2431)
	%2508 = bitcast i16* %2506 to i32*
	store i32 %2507, i32* %2508
	%2509 = shl i32 %6, 1
	%2510 = add i32 64, %2509
	%2511 = add i32 %2452, %2510
	%2512 = sext i32 %2511 to i64
	%2513 = getelementptr i16, i16* %out, i64 %2512
	%2514 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2434, float %2433)
	%2515 = bitcast i16* %2513 to i32*
	store i32 %2514, i32* %2515
	%2516 = shl i32 %6, 1
	%2517 = add i32 72, %2516
	%2518 = add i32 %2452, %2517
	%2519 = sext i32 %2518 to i64
	%2520 = getelementptr i16, i16* %out, i64 %2519
	%2521 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2436, float %2435)
	%2522 = bitcast i16* %2520 to i32*
	store i32 %2521, i32* %2522
	%2523 = shl i32 %6, 1
	%2524 = add i32 80, %2523
	%2525 = add i32 %2452, %2524
	%2526 = sext i32 %2525 to i64
	%2527 = getelementptr i16, i16* %out, i64 %2526
	%2528 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2438, float %2437)
	%2529 = bitcast i16* %2527 to i32*
	store i32 %2528, i32* %2529
	%2530 = shl i32 %6, 1
	%2531 = add i32 88, %2530
	%2532 = add i32 %2452, %2531
	%2533 = sext i32 %2532 to i64
	%2534 = getelementptr i16, i16* %out, i64 %2533
	%2535 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2440, float %2439)
	%2536 = bitcast i16* %2534 to i32*
	store i32 %2535, i32* %2536
	%2537 = shl i32 %6, 1
	%2538 = add i32 96, %2537
	%2539 = add i32 %2452, %2538
	%2540 = sext i32 %2539 to i64
	%2541 = getelementptr i16, i16* %out, i64 %2540
	%2542 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2442, float %2441)
	%2543 = bitcast i16* %2541 to i32*
	store i32 %2542, i32* %2543
	%2544 = shl i32 %6, 1
	%2545 = add i32 104, %2544
	%2546 = add i32 %2452, %2545
	%2547 = sext i32 %2546 to i64
	%2548 = getelementptr i16, i16* %out, i64 %2547
	%2549 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2444, float %2443)
	%2550 = bitcast i16* %2548 to i32*
	store i32 %2549, i32* %2550
	%2551 = shl i32 %6, 1
	%2552 = add i32 112, %2551
	%2553 = add i32 %2452, %2552
	%2554 = sext i32 %2553 to i64
	%2555 = getelementptr i16, i16* %out, i64 %2554
	%2556 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2446, float %2445)
	%2557 = bitcast i16* %2555 to i32*
	store i32 %2556, i32* %2557
	%2558 = shl i32 %6, 1
	%2559 = add i32 120, %2558
	%2560 = add i32 %2452, %2559
	%2561 = sext i32 %2560 to i64
	%2562 = getelementptr i16, i16* %out, i64 %2561
	%2563 = call i32 asm "cvt.rn.bf16x2.f32 $0, $1, $2;", "=r,f,f"(float %2448, float %2447)
	%2564 = bitcast i16* %2562 to i32*
	store i32 %2563, i32* %2564
	br label %stored1

stored1:
	ret void
}

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

!nvvm.annotations = !{!0, !1, !2, !3, !4}
!0 = !{void (i8*, i32, float*, i32*, i32, i32)* @oracle_select1, !"maxntidx", i32 256}
!1 = !{void (i16*, i16*, i32, i32, i32, i32, i32, float*, float*, float*, i32)* @oracle_adstats0, !"maxntidx", i32 256}
!2 = !{void (float*, float*, float*, float*, i8*, i32, i32, i32, i32, i32, i32)* @oracle_admass0, !"maxntidx", i32 256}
!3 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @oracle_attn2, !"maxntidx", i32 128}
!4 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32)* @oracle_attn2, !"minctasm", i32 3}
